/**
 * Static values: constant folding through `getStaticValue`, plus what it cannot give us — the known leading
 * text ("static prefix") of a string whose tail is dynamic, the expression a constant name stands for, and
 * the literal alternatives of `??` / `||` / `?:` fallbacks. Unknown is always `null`, never a guess.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { findVariable, getPropertyName, getStaticValue } from '../ast/eslint-utils.js';
import type { Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { functionBinding, getStaticKeyName, isFunction, isWriteTarget, skipWrappers, type AnyFunction } from '../ast/ast.js';
import { resolveClassField } from './class-fields.js';
import { VALUE_RESOLUTION_DEPTH, VALUE_SOURCES } from './budget.js';

export interface StaticValue {
  readonly value: unknown;
}

function scopeOf(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): Scope.Scope {
  return sourceCode.getScope(node);
}

/** `{ value }` when the expression folds to a constant, `null` when it is not known. */
export function staticValue(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): StaticValue | null {
  try {
    return getStaticValue(node as TSESTree.Expression, scopeOf(sourceCode, node)) as StaticValue | null;
  } catch {
    return null;
  }
}

/** The constant string value, or `null` when not a known string. */
export function staticString(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): string | null {
  const result = staticValue(sourceCode, node);
  return result && typeof result.value === 'string' ? result.value : null;
}

/** Tri-state boolean: `true` / `false` when known, `null` when unknown. */
export function staticBoolean(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): boolean | null {
  const result = staticValue(sourceCode, node);
  return result && typeof result.value === 'boolean' ? result.value : null;
}

/** Known number, or `null`. */
export function staticNumber(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): number | null {
  const result = staticValue(sourceCode, node);
  return result && typeof result.value === 'number' ? result.value : null;
}

/**
 * The single expression a variable stands for, or `null` (parameters of exported or callback functions, imports,
 * variables written more than once, anything conditional):
 * - a `const` (or never-reassigned `let`/`var`) declarator with an initializer;
 * - `let v; v = X;` — declared without a value and written once, by a statement of the declaring block, before the use;
 * - a binding destructured from an object or array literal (`const { v } = { v: X }`, `const [a] = [X]`, also through
 *   constants that name the literal), at the pattern's top level and without a default;
 * - a parameter of a function of this file that is only ever called, from exactly one place: that call's argument.
 */
export function resolveIdentifier(
  sourceCode: Readonly<SourceCode>,
  identifier: TSESTree.Identifier,
): TSESTree.Expression | null {
  const variable = findVariable(scopeOf(sourceCode, identifier), identifier);
  if (!variable || variable.defs.length !== 1) return null;
  const definition = variable.defs[0]!;
  if (definition.type === 'Parameter') return resolveParameter(sourceCode, definition.node, definition.name as TSESTree.Identifier);
  if (definition.type !== 'Variable') return null;
  const declarator = definition.node as TSESTree.VariableDeclarator;
  const writes = variable.references.filter((reference) => reference.isWrite());
  if (declarator.id.type === 'Identifier') {
    if (declarator.init) {
      if (writes.length !== 1 || writes[0]!.identifier !== declarator.id) return null;
      return declarator.init;
    }
    return writtenOnce(writes, declarator, identifier);
  }
  if (!declarator.init || writes.length !== 1 || writes[0]!.identifier !== definition.name) return null;
  return destructuredValue(sourceCode, declarator.id, declarator.init, definition.name as TSESTree.Identifier);
}

/** `let v; v = X;`: the one assignment, a statement of the declaration's own block, before `use`. */
function writtenOnce(
  writes: readonly Scope.Reference[],
  declarator: TSESTree.VariableDeclarator,
  use: TSESTree.Node,
): TSESTree.Expression | null {
  if (writes.length !== 1) return null;
  const target = writes[0]!.identifier as TSESTree.Node;
  const assignment = target.parent;
  if (assignment?.type !== 'AssignmentExpression' || assignment.operator !== '=' || assignment.left !== target) return null;
  const statement = assignment.parent;
  const declaration = declarator.parent;
  if (statement?.type !== 'ExpressionStatement' || !declaration || statement.parent !== declaration.parent) return null;
  return use.range[0] >= assignment.range[1] ? assignment.right : null;
}

/** The value `binding` takes from a pattern's top level when the source is a literal (`{ v } = { v: X }`). */
function destructuredValue(
  sourceCode: Readonly<SourceCode>,
  pattern: TSESTree.DestructuringPattern,
  init: TSESTree.Expression,
  binding: TSESTree.Identifier,
): TSESTree.Expression | null {
  if (pattern.type === 'ObjectPattern') {
    for (const property of pattern.properties) {
      if (property.type !== 'Property' || property.value !== binding) continue;
      const key = property.computed ? staticString(sourceCode, property.key) : getStaticKeyName(property.key, false);
      const object = key === null ? null : resolveExpression(sourceCode, init);
      if (key === null || object?.type !== 'ObjectExpression') return null;
      const found = findLiteralProperty(sourceCode, object, key);
      return found && isPlainValue(found.property) ? (found.property.value as TSESTree.Expression) : null;
    }
    return null;
  }
  if (pattern.type === 'ArrayPattern') {
    const index = pattern.elements.indexOf(binding);
    const array = index === -1 ? null : resolveExpression(sourceCode, init);
    if (array?.type !== 'ArrayExpression') return null;
    return arrayElement(array, index);
  }
  return null;
}

function isPlainValue(property: TSESTree.Property): boolean {
  return property.kind === 'init' && !property.method && property.value.type !== 'AssignmentPattern';
}

/** Element `index` of an array literal when no spread or hole comes before it. */
function arrayElement(array: TSESTree.ArrayExpression, index: number): TSESTree.Expression | null {
  if (index >= array.elements.length) return null;
  for (let position = 0; position <= index; position++) {
    const element = array.elements[position];
    if (!element || element.type === 'SpreadElement') return null;
  }
  return array.elements[index] as TSESTree.Expression;
}

/**
 * The argument a parameter receives when its function is bound to a name in this file, never exported or passed
 * around (every reference calls it), and called from exactly one place. Simple parameters only.
 */
function resolveParameter(
  sourceCode: Readonly<SourceCode>,
  fn: TSESTree.Node,
  parameter: TSESTree.Identifier,
): TSESTree.Expression | null {
  if (!isFunction(fn)) return null;
  const position = fn.params.indexOf(parameter);
  if (position === -1) return null;
  const binding = functionBinding(fn);
  if (!binding || isExported(fn)) return null;
  const variable = findVariable(scopeOf(sourceCode, binding), binding);
  if (!variable || variable.scope.type === 'global' || variable.defs.length !== 1) return null;
  let call: TSESTree.CallExpression | null = null;
  for (const reference of variable.references) {
    const identifier = reference.identifier as TSESTree.Node;
    if (identifier === binding) continue;
    const parent = identifier.parent;
    if (reference.isWrite() || parent?.type !== 'CallExpression' || parent.callee !== identifier || call) return null;
    call = parent;
  }
  if (!call || call.arguments.slice(0, position + 1).some((argument) => argument.type === 'SpreadElement')) return null;
  return (call.arguments[position] as TSESTree.Expression | undefined) ?? null;
}

/** `export function f`, `export default function`, `export const f = () => …`. */
function isExported(fn: AnyFunction): boolean {
  const holder = fn.type === 'FunctionDeclaration' ? fn.parent : fn.parent?.parent?.parent;
  return holder?.type === 'ExportNamedDeclaration' || holder?.type === 'ExportDefaultDeclaration';
}

/**
 * The property that finally sets `key` in an object literal (last write wins), looking into spreads of other object
 * literals; `null` when it is absent or a later spread the analysis cannot read may override it.
 */
export function findLiteralProperty(
  sourceCode: Readonly<SourceCode>,
  object: TSESTree.ObjectExpression,
  key: string,
  depth = 0,
): { readonly property: TSESTree.Property; readonly object: TSESTree.ObjectExpression } | null {
  for (let index = object.properties.length - 1; index >= 0; index--) {
    const element = object.properties[index]!;
    if (element.type === 'SpreadElement') {
      const inner = depth < VALUE_RESOLUTION_DEPTH ? resolveExpression(sourceCode, element.argument) : null;
      if (inner?.type !== 'ObjectExpression') return null; // an unknown spread later in the object may override the key
      const found = findLiteralProperty(sourceCode, inner, key, depth + 1);
      if (found) return found;
      continue;
    }
    if (getPropertyName(element, sourceCode.getScope(element)) === key) return { property: element, object };
  }
  return null;
}

/**
 * `o.key` / `a[0]` read from a constant object or array literal that nothing writes into (`o.key = …`,
 * `delete o.key`, `Object.assign(o, …)`, `a.push(…)`): the literal's value for the key.
 */
function resolveMember(sourceCode: Readonly<SourceCode>, member: TSESTree.MemberExpression): TSESTree.Node | null {
  const objectNode = skipWrappers(member.object);
  if (objectNode.type !== 'Identifier' || isWriteTarget(member)) return null;
  const variable = findVariable(scopeOf(sourceCode, objectNode), objectNode);
  if (!variable || variable.references.some((reference) => mayChangeContents(reference.identifier as TSESTree.Node))) return null;
  const container = resolveExpression(sourceCode, objectNode);
  if (container.type === 'ObjectExpression') {
    const key = member.computed ? staticString(sourceCode, member.property) : getStaticKeyName(member.property, false);
    const found = key === null ? null : findLiteralProperty(sourceCode, container, key);
    return found && isPlainValue(found.property) ? found.property.value : null;
  }
  if (container.type === 'ArrayExpression' && member.computed) {
    const index = staticValue(sourceCode, member.property);
    return typeof index?.value === 'number' && Number.isInteger(index.value) && index.value >= 0 ? arrayElement(container, index.value) : null;
  }
  return null;
}

const MUTATING_METHODS = new Set(['push', 'unshift', 'splice', 'fill', 'copyWithin', 'reverse', 'sort', 'pop', 'shift']);

/** A reference through which the object or array it names may be changed. */
function mayChangeContents(identifier: TSESTree.Node): boolean {
  const parent = identifier.parent;
  if (parent?.type === 'MemberExpression' && parent.object === identifier) {
    if (isWriteTarget(parent) || parent.parent?.type === 'UnaryExpression') return true;
    const method = getStaticKeyName(parent.property, parent.computed);
    return method !== null && MUTATING_METHODS.has(method) && parent.parent?.type === 'CallExpression';
  }
  // `Object.assign(o, …)`, `merge(o, …)`: the object handed to a call as its first argument may be filled in.
  return parent?.type === 'CallExpression' && parent.arguments[0] === identifier;
}

/** The function a callee identifier is bound to in this file (`function f` or `const f = () => …`), or null. */
export function resolveLocalFunction(sourceCode: Readonly<SourceCode>, callee: TSESTree.Node): AnyFunction | null {
  const inner = skipWrappers(callee);
  if (inner.type !== 'Identifier') return null;
  const variable = findVariable(scopeOf(sourceCode, inner), inner);
  if (!variable || variable.defs.length !== 1) return null;
  const definition = variable.defs[0]!;
  if (definition.type === 'FunctionName' && definition.node.type === 'FunctionDeclaration') return definition.node;
  if (definition.type === 'Variable') {
    const declarator = definition.node as TSESTree.VariableDeclarator;
    if (declarator.id.type !== 'Identifier' || !declarator.init) return null;
    if (variable.references.some((reference) => reference.isWrite() && reference.identifier !== declarator.id)) {
      return null;
    }
    const init = skipWrappers(declarator.init);
    return isFunction(init) ? init : null;
  }
  return null;
}

/** `get()` where `get` is a function of this file with a single returned expression. */
function resolveLocalCall(sourceCode: Readonly<SourceCode>, call: TSESTree.CallExpression): TSESTree.Node | null {
  if (call.arguments.length > 0) return null;
  const fn = resolveLocalFunction(sourceCode, call.callee);
  if (!fn || fn.async || fn.generator) return null;
  if (fn.body.type !== 'BlockStatement') return fn.body;
  const statements = fn.body.body;
  const last = statements.length === 1 ? statements[0] : undefined;
  return last?.type === 'ReturnStatement' ? last.argument : null;
}

/**
 * Follow names and value-preserving wrappers to the expression that produces the value: `const opts = {...};
 * f(opts)` → the object literal; `this.opts` → the one value the class writes into the field (`resolveClassField`
 * in class-fields.ts); `o.key` of a constant object literal; `get()` of a function that only returns one
 * expression; a destructured or single-call parameter binding (`resolveIdentifier`). Stops (returning the last node)
 * when it cannot go further.
 */
export function resolveExpression(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): TSESTree.Node {
  const current = skipWrappers(node);
  // Members, spreads and destructuring resolve their containers through this function: bound the nesting too.
  if (nesting >= VALUE_RESOLUTION_DEPTH) return current;
  nesting++;
  try {
    return resolveSteps(sourceCode, current);
  } finally {
    nesting--;
  }
}

let nesting = 0;

function resolveSteps(sourceCode: Readonly<SourceCode>, start: TSESTree.Node): TSESTree.Node {
  let current = start;
  for (let depth = 0; depth < VALUE_RESOLUTION_DEPTH; depth++) {
    let next: TSESTree.Node | null = null;
    if (current.type === 'Identifier') {
      next = resolveIdentifier(sourceCode, current);
    } else if (current.type === 'MemberExpression') {
      next = current.object.type === 'ThisExpression' ? resolveClassField(sourceCode, current) : resolveMember(sourceCode, current);
    } else if (current.type === 'CallExpression') {
      next = resolveLocalCall(sourceCode, current);
    }
    if (!next) return current;
    current = skipWrappers(next);
  }
  return current;
}

/**
 * Known leading text of a string expression. `complete` is true when the whole string is known.
 * `'http://' + host` → `{ prefix: 'http://', complete: false }`; `` `${BASE}/v1` `` with a constant BASE folds.
 */
export interface StaticPrefix {
  readonly prefix: string;
  readonly complete: boolean;
}

export function staticPrefix(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): StaticPrefix | null {
  return prefixOf(sourceCode, node, 0);
}

function prefixOf(sourceCode: Readonly<SourceCode>, node: TSESTree.Node, depth: number): StaticPrefix | null {
  if (depth > VALUE_RESOLUTION_DEPTH) return null;
  const inner = skipWrappers(node);
  const whole = staticValue(sourceCode, inner);
  if (whole) return typeof whole.value === 'string' ? { prefix: whole.value, complete: true } : null;
  switch (inner.type) {
    case 'TemplateLiteral': {
      let prefix = inner.quasis[0]?.value.cooked ?? '';
      for (let index = 0; index < inner.expressions.length; index++) {
        const part = prefixOf(sourceCode, inner.expressions[index]!, depth + 1);
        if (!part) return { prefix, complete: false };
        prefix += part.prefix;
        if (!part.complete) return { prefix, complete: false };
        prefix += inner.quasis[index + 1]?.value.cooked ?? '';
      }
      return { prefix, complete: true };
    }
    case 'BinaryExpression': {
      if (inner.operator !== '+') return null;
      const left = prefixOf(sourceCode, inner.left, depth + 1);
      if (!left) return null;
      if (!left.complete) return left;
      const right = prefixOf(sourceCode, inner.right, depth + 1);
      if (!right) return { prefix: left.prefix, complete: false };
      return { prefix: left.prefix + right.prefix, complete: right.complete };
    }
    case 'Identifier': {
      const resolved = resolveIdentifier(sourceCode, inner);
      return resolved ? prefixOf(sourceCode, resolved, depth + 1) : null;
    }
    case 'CallExpression': {
      // `'http://x'.concat(y)` and `String(x)` are rare; `.toString()` on a known prefix keeps it.
      return null;
    }
    default:
      return null;
  }
}

/**
 * The expressions a value may come from, following constants and the branches of `??`, `||`, `&&` (right side),
 * and `?:`. `process.env.URL ?? 'http://x'` yields both the env read and the literal. Bounded in size.
 */
export function valueSources(sourceCode: Readonly<SourceCode>, node: TSESTree.Node, limit = VALUE_SOURCES): TSESTree.Node[] {
  const out: TSESTree.Node[] = [];
  const visit = (current: TSESTree.Node, depth: number): void => {
    if (out.length >= limit || depth > VALUE_RESOLUTION_DEPTH) return;
    const inner = skipWrappers(current);
    switch (inner.type) {
      case 'LogicalExpression':
        if (inner.operator !== '&&') visit(inner.left, depth + 1);
        visit(inner.right, depth + 1);
        return;
      case 'ConditionalExpression':
        visit(inner.consequent, depth + 1);
        visit(inner.alternate, depth + 1);
        return;
      case 'Identifier': {
        const resolved = resolveIdentifier(sourceCode, inner);
        if (resolved) visit(resolved, depth + 1);
        else out.push(inner);
        return;
      }
      default:
        out.push(inner);
    }
  };
  visit(node, 0);
  return out;
}
