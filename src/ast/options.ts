/**
 * Reusable pieces of rule option schemas (each rule has one object option with `additionalProperties: false`).
 */
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

/** A list of distinct strings (names, globs, hosts) with a description, as eslint-doc-generator renders it. */
export function stringListOption(description: string): JSONSchema4 {
  return { type: 'array', items: { type: 'string' }, uniqueItems: true, description };
}
