/**
 * Object options: read a property of an options object passed to a call, following constant identifiers,
 * spreads, nested objects and class fields. `{ ...base, https: { rejectUnauthorized: false } }` → the `false`.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { getPropertyName } from '../ast/eslint-utils.js';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { findLiteralProperty, resolveExpression } from './static-values.js';
import { VALUE_RESOLUTION_DEPTH } from './budget.js';

export interface FoundProperty {
  /** The `Property` node that sets the key (report location). */
  readonly property: TSESTree.Property;
  /** The value expression (not resolved; use `resolveExpression` / static helpers on it). */
  readonly value: TSESTree.Node;
  /** The object literal the property was found in (may differ from the call argument through spreads). */
  readonly object: TSESTree.ObjectExpression;
}

/** The object literal an expression evaluates to, or `null` when not statically an object literal. */
export function resolveObject(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.Node | null | undefined,
): TSESTree.ObjectExpression | null {
  if (!node) return null;
  const resolved = resolveExpression(sourceCode, node);
  return resolved.type === 'ObjectExpression' ? resolved : null;
}

/** Static key of a property (`a`, `'a'`, `['a']`, `[KEY]` with a constant KEY). */
export function propertyKey(sourceCode: Readonly<SourceCode>, property: TSESTree.Property): string | null {
  return getPropertyName(property, sourceCode.getScope(property));
}

/**
 * Every statically known property of an object expression, spreads flattened, in source order (later wins).
 * `unknownSpread` tells whether an unresolvable spread may add or override keys.
 */
export function listProperties(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.Node | null | undefined,
): { properties: FoundProperty[]; unknownSpread: boolean } {
  const properties: FoundProperty[] = [];
  let unknownSpread = false;
  const visit = (object: TSESTree.ObjectExpression, depth: number): void => {
    for (const element of object.properties) {
      if (element.type === 'SpreadElement') {
        const inner = depth < VALUE_RESOLUTION_DEPTH ? resolveObject(sourceCode, element.argument) : null;
        if (inner) visit(inner, depth + 1);
        else unknownSpread = true;
      } else {
        properties.push({ property: element, value: element.value, object });
      }
    }
  };
  const object = resolveObject(sourceCode, node);
  if (object) visit(object, 0);
  return { properties, unknownSpread };
}

/**
 * The property that finally sets `key` in the object `node` evaluates to (last write wins), or `null`.
 * Returns `null` when a later unknown spread might override it.
 */
export function findProperty(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.Node | null | undefined,
  key: string,
): FoundProperty | null {
  const object = resolveObject(sourceCode, node);
  const found = object ? findLiteralProperty(sourceCode, object, key) : null;
  return found ? { property: found.property, value: found.property.value, object: found.object } : null;
}

/** Follow a key path through nested objects: `['https', 'rejectUnauthorized']`. */
export function findPropertyPath(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.Node | null | undefined,
  path: readonly string[],
): FoundProperty | null {
  let current: TSESTree.Node | null | undefined = node;
  let found: FoundProperty | null = null;
  for (const key of path) {
    found = findProperty(sourceCode, current, key);
    if (!found) return null;
    current = found.value;
  }
  return found;
}
