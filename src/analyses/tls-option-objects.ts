/**
 * The TLS options objects a file hands to TLS clients (src/catalog/tls-clients.ts `TLS_OPTION_SINKS`): each argument
 * of a recognised call, or the nested object at one of the sink's option roots (`{ tls: {...} }`). Shared by
 * no-weak-tls and certificate-validation.ts so that both read the same objects.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { TLS_OPTION_SINKS, type TlsSink } from '../catalog/tls-clients.js';
import { argumentsOf, findApiReferences } from '../modules/module-references.js';
import { findPropertyPath } from '../values/object-options.js';

export interface TlsOptionObject {
  /** The expression holding the options (an object literal, a variable, `this.agentOptions`, …). */
  readonly target: TSESTree.Node;
  readonly sink: TlsSink;
}

export function findTlsOptionObjects(sourceCode: Readonly<SourceCode>): TlsOptionObject[] {
  const objects: TlsOptionObject[] = [];
  for (const reference of findApiReferences(sourceCode, TLS_OPTION_SINKS)) {
    const sink = reference.definition.data;
    for (const argument of argumentsOf(reference)) {
      if (argument.type === 'SpreadElement') continue;
      for (const root of sink.roots) {
        const target = root.length === 0 ? argument : findPropertyPath(sourceCode, argument, root)?.value;
        if (target) objects.push({ target, sink });
      }
    }
  }
  return objects;
}
