/**
 * Unwrapping a value to the expression whose bytes it carries: `String(x)`, `x.toString()`, `Buffer.from(x)`,
 * `x.trim()`, `header ?? ''`, `header.split(',')[0]`, `await x`. Used where the question is "what does this value
 * come from" (signature comparisons in signature-values.ts, request values in src/requests/request-values.ts).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { getStaticKeyName, skipWrappers } from '../ast/ast.js';
import { VALUE_RESOLUTION_DEPTH } from './budget.js';

/** String methods whose result keeps the bytes of the receiver that matter (case, trimming, slicing, replacing). */
const VALUE_METHODS = new Set([
  'toString', 'trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'slice', 'substring', 'substr',
  'replace', 'replaceAll', 'normalize', 'at',
]);

/** Strip wrappers that keep the compared bytes: TS wrappers, `String(x)`, `x.toString()`, `Buffer.from(x)`, … */
export function unwrapValue(node: TSESTree.Node): TSESTree.Node {
  let current = skipWrappers(node);
  for (let depth = 0; depth < VALUE_RESOLUTION_DEPTH; depth++) {
    if (current.type === 'AwaitExpression') {
      current = skipWrappers(current.argument);
      continue;
    }
    if (current.type === 'CallExpression') {
      const callee = skipWrappers(current.callee);
      const first = current.arguments[0];
      if (callee.type === 'Identifier' && callee.name === 'String' && first && first.type !== 'SpreadElement') {
        current = skipWrappers(first);
        continue;
      }
      if (callee.type === 'MemberExpression') {
        const method = getStaticKeyName(callee.property, callee.computed);
        const object = skipWrappers(callee.object);
        if (
          method === 'from' &&
          object.type === 'Identifier' &&
          object.name === 'Buffer' &&
          first &&
          first.type !== 'SpreadElement'
        ) {
          current = skipWrappers(first);
          continue;
        }
        if (method !== null && VALUE_METHODS.has(method)) {
          current = object;
          continue;
        }
      }
    }
    if (current.type === 'LogicalExpression' && (current.operator === '??' || current.operator === '||')) {
      // `header ?? ''`: the value is the left side.
      if (isLiteralish(current.right)) {
        current = skipWrappers(current.left);
        continue;
      }
    }
    if (
      current.type === 'MemberExpression' &&
      current.computed &&
      current.property.type === 'Literal' &&
      typeof current.property.value === 'number'
    ) {
      // `header.split(',')[0]`, `headers['x'][0]`
      const object = skipWrappers(current.object);
      if (object.type === 'CallExpression') {
        const callee = skipWrappers(object.callee);
        if (callee.type === 'MemberExpression' && getStaticKeyName(callee.property, callee.computed) === 'split') {
          current = skipWrappers(callee.object);
          continue;
        }
      }
      current = object;
      continue;
    }
    break;
  }
  return current;
}

/** A literal, a plain template, `undefined`, or an array / object literal: a fallback that carries no data. */
export function isLiteralish(node: TSESTree.Node): boolean {
  const inner = skipWrappers(node);
  return (
    inner.type === 'Literal' ||
    (inner.type === 'TemplateLiteral' && inner.expressions.length === 0) ||
    (inner.type === 'Identifier' && inner.name === 'undefined') ||
    inner.type === 'ArrayExpression' ||
    inner.type === 'ObjectExpression'
  );
}
