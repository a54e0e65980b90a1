/**
 * Follow a field path (`['line_items', '[]', 'price_data', 'unit_amount']`) through the parameters of a call:
 * object literals (following constants and spreads), array literals, and `items.map((item) => ({ … }))`.
 * Returns the expressions that set the field (`leaves`) and the opaque expressions the path disappears into
 * (`containers`: a variable, a spread, a request object) — a tainted container can set the field too.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { getStaticKeyName, isFunction, skipWrappers } from './ast.js';
import { propertyKey } from './object-options.js';
import { resolveExpression } from './static-values.js';

export interface FieldPathResult {
  readonly leaves: TSESTree.Node[];
  readonly containers: TSESTree.Node[];
}

const MAX_NODES = 256;
const MAX_DEPTH = 12;

export function followFieldPath(
  sourceCode: Readonly<SourceCode>,
  root: TSESTree.Node,
  path: readonly string[],
): FieldPathResult {
  const leaves: TSESTree.Node[] = [];
  const containers: TSESTree.Node[] = [];
  let budget = MAX_NODES;
  const visit = (node: TSESTree.Node, index: number, depth: number): void => {
    if (budget-- <= 0 || depth > MAX_DEPTH) return;
    if (index === path.length) {
      leaves.push(node);
      return;
    }
    const step = path[index]!;
    const inner = resolveExpression(sourceCode, node);
    if (step === '[]') {
      if (inner.type === 'ArrayExpression') {
        for (const element of inner.elements) {
          if (!element) continue;
          if (element.type === 'SpreadElement') containers.push(element.argument);
          else visit(element, index + 1, depth + 1);
        }
        return;
      }
      const mapped = mapCallback(inner);
      if (mapped) {
        for (const result of mapped) visit(result, index + 1, depth + 1);
        return;
      }
      containers.push(node);
      return;
    }
    if (inner.type === 'ObjectExpression') {
      let found = false;
      for (let position = inner.properties.length - 1; position >= 0; position--) {
        const property = inner.properties[position]!;
        if (property.type === 'SpreadElement') {
          const spread = resolveExpression(sourceCode, property.argument);
          if (spread.type === 'ObjectExpression') visit(spread, index, depth + 1);
          else containers.push(property.argument);
          continue;
        }
        if (!found && propertyKey(sourceCode, property) === step) {
          found = true;
          visit(property.value, index + 1, depth + 1);
        }
      }
      return;
    }
    if (inner.type === 'ConditionalExpression') {
      visit(inner.consequent, index, depth + 1);
      visit(inner.alternate, index, depth + 1);
      return;
    }
    if (inner.type === 'Literal' || inner.type === 'TemplateLiteral' || isFunction(inner)) return;
    containers.push(node);
  };
  visit(root, 0, 0);
  return { leaves, containers };
}

/** `items.map((item) => ({ … }))` / `items.map(function (item) { return { … }; })`: the returned expressions. */
function mapCallback(node: TSESTree.Node): TSESTree.Node[] | null {
  if (node.type !== 'CallExpression') return null;
  const callee = skipWrappers(node.callee);
  if (callee.type !== 'MemberExpression' || getStaticKeyName(callee.property, callee.computed) !== 'map') return null;
  const callback = node.arguments[0] ? skipWrappers(node.arguments[0]) : null;
  if (!callback || !isFunction(callback)) return null;
  if (callback.body.type !== 'BlockStatement') return [callback.body];
  const results: TSESTree.Node[] = [];
  for (const statement of callback.body.body) {
    if (statement.type === 'ReturnStatement' && statement.argument) results.push(statement.argument);
  }
  return results;
}
