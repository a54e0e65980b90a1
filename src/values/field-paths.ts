/**
 * Follow a field path (`['line_items', '[]', 'price_data', 'unit_amount']`) through the parameters of a call:
 * object literals (following constants and spreads), array literals, and `items.map((item) => ({ … }))`.
 * Returns the expressions that set the field (`leaves`) and the opaque expressions the path disappears into
 * (`containers`: a variable, a spread, a request object) — a tainted container can set the field too.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { getStaticKeyName, isFunction, skipWrappers, skipWrappersUp } from '../ast/ast.js';
import { findVariable } from '../ast/eslint-utils.js';
import { propertyKey } from './object-options.js';
import { resolveExpression } from './static-values.js';
import { FIELD_PATH_NODES, NESTED_VALUE_DEPTH } from './budget.js';

export interface FieldPathResult {
  readonly leaves: TSESTree.Node[];
  readonly containers: TSESTree.Node[];
}


export function followFieldPath(
  sourceCode: Readonly<SourceCode>,
  root: TSESTree.Node,
  path: readonly string[],
): FieldPathResult {
  const leaves: TSESTree.Node[] = [];
  const containers: TSESTree.Node[] = [];
  let budget = FIELD_PATH_NODES;
  const visit = (node: TSESTree.Node, index: number, depth: number): void => {
    if (budget-- <= 0 || depth > NESTED_VALUE_DEPTH) return;
    if (index === path.length) {
      leaves.push(node);
      return;
    }
    const step = path[index]!;
    // A local object built in steps (`let params = {}; if (…) params = { … }; params.amount = …`): follow every write.
    const bare = skipWrappers(node);
    const writes = step !== '[]' && bare.type === 'Identifier' ? objectWrites(sourceCode, bare, root) : null;
    if (writes) {
      for (const value of writes.values) visit(value, index, depth + 1);
      for (const value of writes.members.get(step) ?? []) visit(value, index + 1, depth + 1);
      return;
    }
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

interface ObjectWrites {
  /** Whole values written to the variable: its initializer and every `name = value`. */
  readonly values: readonly TSESTree.Node[];
  /** `name.key = value`, by key. */
  readonly members: ReadonlyMap<string, readonly TSESTree.Node[]>;
}

/**
 * Every write to a local variable that holds an object, when all of them are plain: initializers, `=` assignments and
 * `name.key = value` with a static key. `null` when the variable is unknown or may change in a way this cannot follow
 * (a compound or destructuring write, a computed member write, or the object handed to a call that could mutate it,
 * `Object.assign(params, req.body)`). `use` is the read being followed, which may be an argument of its own call.
 */
function objectWrites(sourceCode: Readonly<SourceCode>, identifier: TSESTree.Identifier, use: TSESTree.Node): ObjectWrites | null {
  const variable = findVariable(sourceCode.getScope(identifier), identifier);
  if (!variable || variable.defs.length !== 1 || variable.defs[0]!.type !== 'Variable') return null;
  const values: TSESTree.Node[] = [];
  const members = new Map<string, TSESTree.Node[]>();
  for (const reference of variable.references) {
    const id = reference.identifier as TSESTree.Identifier;
    if (reference.isWrite()) {
      const parent = id.parent;
      if (parent?.type === 'VariableDeclarator' && parent.id === id && parent.init) values.push(parent.init);
      else if (parent?.type === 'AssignmentExpression' && parent.operator === '=' && parent.left === id) values.push(parent.right);
      else return null;
      continue;
    }
    if (id === use) continue;
    const outer = skipWrappersUp(id);
    const parent = outer.parent;
    if (parent?.type === 'MemberExpression' && parent.object === outer) {
      const member = parent.parent;
      if (member?.type === 'AssignmentExpression' && member.left === parent) {
        const key = getStaticKeyName(parent.property, parent.computed);
        if (member.operator !== '=' || key === null) return null;
        members.set(key, [...(members.get(key) ?? []), member.right]);
      }
      continue;
    }
    if (parent?.type === 'CallExpression' || parent?.type === 'NewExpression' || parent?.type === 'SpreadElement') return null;
    if (parent?.type === 'AssignmentExpression' || parent?.type === 'Property' || parent?.type === 'ArrayExpression') return null;
  }
  return values.length > 0 ? { values, members } : null;
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
