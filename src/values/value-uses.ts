/**
 * Value uses: "where does this value go?" — the forward counterpart of static-values.ts `resolveExpression` (where a
 * value comes from). From an expression, {@link valueUses} climbs through the wrappers that hand the value on
 * unchanged (`await`, TS `as`/`!`/`satisfies`, optional chains, the branches of `?:`, `??`, `||` and the right side of
 * `&&`, and on request `.catch()`/`.finally()` of a promise), follows a variable it initialises to every read of
 * that variable, and a same-file helper it is passed to into the reads of the helper's parameter. Each place the
 * value ends up is one {@link ValueUse}: what the use is, the outermost expression still carrying the value, and
 * the bindings and parameters crossed on the way. Callers classify the uses (a payload field read, a response write)
 * and, where their value changes shape (`err.raw`, `{ error: err }`), continue from the use with the hops spent.
 *
 * The walk is flow-insensitive like value-flow.ts: a variable's reads are followed whatever is assigned to it later.
 * Bindings and helper parameters crossed are bounded together by `CALL_HOPS` (budget.ts).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { findVariable } from '../ast/eslint-utils.js';
import { getStaticKeyName, isFunction, isValuePassThrough, isWriteTarget, skipWrappers, type AnyFunction } from '../ast/ast.js';
import { CALL_HOPS } from './budget.js';
import { resolveIdentifier } from './static-values.js';

/** A name the value was followed through: a variable it initialises, or a helper's parameter it is passed to. */
export interface ValueHop {
  readonly kind: 'binding' | 'parameter';
  /** The read of the variable or parameter the walk continued from. */
  readonly identifier: TSESTree.Identifier;
}

interface UseBase {
  /** The outermost expression still carrying the value; its parent is the use. */
  readonly value: TSESTree.Node;
  /** Bindings and parameters crossed from the start (in order), not counting hops spent before the call. */
  readonly hops: readonly ValueHop[];
}

export type ValueUse = UseBase &
  (
    | /** `value.key` read (or written when `write`); `key` is null for a computed key that is not static. */
      { readonly kind: 'member'; readonly node: TSESTree.MemberExpression; readonly key: string | null; readonly write: boolean }
    | /** Argument `index` of a call or `new` the walk did not enter. */
      { readonly kind: 'argument'; readonly node: TSESTree.CallExpression | TSESTree.NewExpression; readonly index: number }
    | /** `const { a } = value`, or a helper parameter pattern `function f({ a })` it is passed to. */
      { readonly kind: 'destructure'; readonly node: TSESTree.ObjectPattern | TSESTree.ArrayPattern }
    | /** `return value` or the body of an expression-bodied arrow. */
      { readonly kind: 'return'; readonly node: TSESTree.ReturnStatement | TSESTree.ArrowFunctionExpression }
    | /** The right side of an assignment: `x.field = value`, `res.body = value`, `name = value`. */
      { readonly kind: 'assigned'; readonly node: TSESTree.AssignmentExpression }
    | /** Part of an object or array literal (a property value, a spread, an element); `node` is the literal. */
      { readonly kind: 'element'; readonly node: TSESTree.ObjectExpression | TSESTree.ArrayExpression }
    | /** An expression of a template literal. */
      { readonly kind: 'template'; readonly node: TSESTree.TemplateLiteral }
    | /** An operand of an arithmetic or string operator (`+`, `-`, …). */
      { readonly kind: 'operand'; readonly node: TSESTree.BinaryExpression }
    | /** A side of `==`, `===`, `!=`, `!==`, `<`, `<=`, `>`, `>=`, `in` or `instanceof`; `other` is the other side. */
      { readonly kind: 'comparison'; readonly node: TSESTree.BinaryExpression; readonly other: TSESTree.Node }
    | /**
       * A truth test: `if (value)`, `while (value)`, `value ? a : b`, `value && x`, `!value`. `node` is the
       * statement or expression testing it.
       */
      {
        readonly kind: 'condition';
        readonly node:
          | TSESTree.IfStatement
          | TSESTree.WhileStatement
          | TSESTree.DoWhileStatement
          | TSESTree.ForStatement
          | TSESTree.ConditionalExpression
          | TSESTree.LogicalExpression
          | TSESTree.UnaryExpression;
      }
    | /** A branch of `?:` or a side of `??`, `||`, `&&` (only when the walk was asked not to climb them). */
      { readonly kind: 'alternative'; readonly node: TSESTree.ConditionalExpression | TSESTree.LogicalExpression }
    | /** `const name = value` whose reads were not followed: the hop budget (`CALL_HOPS`) is spent. */
      { readonly kind: 'unfollowed'; readonly node: TSESTree.VariableDeclarator }
    | /** Anything else (a statement of its own, `typeof value`, a computed key, a callee, …); `node` is the parent. */
      { readonly kind: 'other'; readonly node: TSESTree.Node }
  );

export interface ValueUseOptions {
  /** Hops (bindings and parameters) already spent by the caller before this walk; bounded with the new ones. */
  readonly spent?: number;
  /** Same-file helper levels the walk may enter (0, the default, stops at every call argument). */
  readonly helpers?: number;
  /** `promise.catch(…)` and `promise.finally(…)` still carry the value (`request.json().catch(() => ({}))`). */
  readonly promises?: boolean;
  /**
   * Climb `?:` branches and the value sides of `??`, `||` and `&&` (the default); false yields them as
   * `alternative` uses (and the left side of `&&` as a `condition`) for callers that classify those themselves.
   */
  readonly alternatives?: boolean;
  /**
   * The same-file function whose parameter `index` receives the value passed to `call`, or null to stop there (an
   * `argument` use). Defaults to {@link sameFileCallee}. Called only while helper levels and hops remain.
   */
  readonly helperOf?: (call: TSESTree.CallExpression, index: number, value: TSESTree.Node) => AnyFunction | null;
}

const COMPARISON_OPERATORS = new Set(['==', '===', '!=', '!==', '<', '<=', '>', '>=', 'in', 'instanceof']);
const PROMISE_PASS_THROUGH = new Set(['catch', 'finally']);

/** Every place the value of `node` reaches (see the module comment). */
export function valueUses(sourceCode: Readonly<SourceCode>, node: TSESTree.Node, options: ValueUseOptions = {}): ValueUse[] {
  const uses: ValueUse[] = [];
  const seen = new Set<TSESTree.Node>();
  const helperOf = options.helperOf ?? ((call: TSESTree.CallExpression) => sameFileCallee(sourceCode, call));
  const spent = options.spent ?? 0;
  const helpers = options.helpers ?? 0;

  const visit = (start: TSESTree.Node, hops: readonly ValueHop[], levels: number): void => {
    if (seen.has(start)) return;
    seen.add(start);
    const value = climb(start, options.promises === true, options.alternatives !== false);
    const parent = value.parent;
    if (!parent) return;
    const canHop = spent + hops.length < CALL_HOPS;
    const follow = (identifier: TSESTree.Identifier, kind: ValueHop['kind'], nextLevels: number): void => {
      for (const reference of readsOf(sourceCode, identifier)) visit(reference, [...hops, { kind, identifier: reference }], nextLevels);
    };
    const use = useAt(value, parent);
    if (use.kind === 'binding') {
      if (use.id.type === 'Identifier') {
        if (canHop) follow(use.id, 'binding', levels);
        else uses.push({ kind: 'unfollowed', node: parent as TSESTree.VariableDeclarator, value, hops });
        return;
      }
      if (use.id.type === 'ObjectPattern' || use.id.type === 'ArrayPattern') uses.push({ kind: 'destructure', node: use.id, value, hops });
      return;
    }
    if (use.kind === 'argument' && use.node.type === 'CallExpression' && canHop && levels < helpers) {
      const precededBySpread = use.node.arguments.slice(0, use.index).some((argument) => argument.type === 'SpreadElement');
      const fn = precededBySpread ? null : helperOf(use.node, use.index, value);
      if (fn) {
        const param = fn.params[use.index];
        if (param?.type === 'Identifier') follow(param, 'parameter', levels + 1);
        else if (param?.type === 'ObjectPattern' || param?.type === 'ArrayPattern') {
          uses.push({ kind: 'destructure', node: param, value, hops });
        }
        return;
      }
    }
    uses.push({ ...use, value, hops } as ValueUse);
  };
  visit(node, [], 0);
  return uses;
}

type LocalUse = DistributiveOmit<ValueUse, keyof UseBase> | { readonly kind: 'binding'; readonly id: TSESTree.BindingName };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Climb from `node` through the wrappers that hand its value on unchanged. */
function climb(node: TSESTree.Node, promises: boolean, alternatives: boolean): TSESTree.Node {
  let outer = node;
  for (;;) {
    while (outer.parent && passesOn(outer, outer.parent, alternatives)) outer = outer.parent;
    const member = outer.parent;
    if (
      promises &&
      member?.type === 'MemberExpression' &&
      member.object === outer &&
      member.parent?.type === 'CallExpression' &&
      member.parent.callee === member &&
      PROMISE_PASS_THROUGH.has(getStaticKeyName(member.property, member.computed) ?? '')
    ) {
      outer = member.parent;
      continue;
    }
    return outer;
  }
}

function passesOn(node: TSESTree.Node, parent: TSESTree.Node, alternatives: boolean): boolean {
  if (!alternatives && (parent.type === 'LogicalExpression' || parent.type === 'ConditionalExpression')) return false;
  return isValuePassThrough(node, parent);
}

/** What `parent` does with `value` (a child it does not pass through). */
function useAt(value: TSESTree.Node, parent: TSESTree.Node): LocalUse {
  switch (parent.type) {
    case 'MemberExpression':
      if (parent.object !== value) break;
      return { kind: 'member', node: parent, key: getStaticKeyName(parent.property, parent.computed), write: isWriteTarget(parent) };
    case 'CallExpression':
    case 'NewExpression': {
      const index = parent.arguments.indexOf(value as TSESTree.CallExpressionArgument);
      if (index === -1) break;
      return { kind: 'argument', node: parent, index };
    }
    case 'VariableDeclarator':
      if (parent.init !== value) break;
      return { kind: 'binding', id: parent.id };
    case 'ReturnStatement':
      return { kind: 'return', node: parent };
    case 'ArrowFunctionExpression':
      if (parent.body !== value) break;
      return { kind: 'return', node: parent };
    case 'AssignmentExpression':
      if (parent.right !== value) break;
      return { kind: 'assigned', node: parent };
    case 'Property':
      if (parent.value !== value || parent.parent.type !== 'ObjectExpression') break;
      return { kind: 'element', node: parent.parent };
    case 'SpreadElement':
      if (parent.parent.type !== 'ObjectExpression' && parent.parent.type !== 'ArrayExpression') break;
      return { kind: 'element', node: parent.parent };
    case 'ArrayExpression':
      return { kind: 'element', node: parent };
    case 'TemplateLiteral':
      return { kind: 'template', node: parent };
    case 'BinaryExpression':
      if (COMPARISON_OPERATORS.has(parent.operator)) {
        return { kind: 'comparison', node: parent, other: parent.left === value ? parent.right : parent.left };
      }
      return { kind: 'operand', node: parent };
    case 'IfStatement':
    case 'WhileStatement':
    case 'DoWhileStatement':
    case 'ForStatement':
      if (parent.test !== value) break;
      return { kind: 'condition', node: parent };
    case 'ConditionalExpression':
      return parent.test === value ? { kind: 'condition', node: parent } : { kind: 'alternative', node: parent };
    case 'LogicalExpression':
      // The left side of `&&` is a test; the other sides are alternatives (climbed unless `alternatives: false`).
      return parent.operator === '&&' && parent.left === value ? { kind: 'condition', node: parent } : { kind: 'alternative', node: parent };
    case 'UnaryExpression':
      if (parent.operator !== '!') break;
      return { kind: 'condition', node: parent };
    default:
      break;
  }
  return { kind: 'other', node: parent };
}

/** The reads of a declared identifier (a variable or parameter), the declaration itself excluded. */
export function readsOf(sourceCode: Readonly<SourceCode>, identifier: TSESTree.Identifier): TSESTree.Identifier[] {
  const variable = findVariable(sourceCode.getScope(identifier), identifier);
  if (!variable) return [];
  return variable.references
    .filter((reference) => reference.isRead() && reference.identifier !== identifier)
    .map((reference) => reference.identifier as TSESTree.Identifier);
}

/**
 * The same-file function a call invokes: a function bound to a name (`function verify(…)`, `const verify = (…) =>`)
 * or a method of the enclosing class called on `this` (`this.handle(…)`); null for anything else.
 */
export function sameFileCallee(sourceCode: Readonly<SourceCode>, call: TSESTree.CallExpression): AnyFunction | null {
  const callee = skipWrappers(call.callee);
  if (callee.type === 'Identifier') return namedFunction(sourceCode, callee);
  if (callee.type === 'MemberExpression' && skipWrappers(callee.object).type === 'ThisExpression') return classMethod(callee);
  return null;
}

/** The function `identifier` names in this file (its only definition is the function or a binding of one). */
export function namedFunction(sourceCode: Readonly<SourceCode>, identifier: TSESTree.Identifier): AnyFunction | null {
  const variable = findVariable(sourceCode.getScope(identifier), identifier);
  if (!variable || variable.defs.length !== 1) return null;
  const definition = variable.defs[0]!;
  if (definition.type === 'FunctionName' && isFunction(definition.node)) return definition.node;
  if (definition.type === 'Variable') {
    const init = resolveIdentifier(sourceCode, identifier);
    const inner = init ? skipWrappers(init) : null;
    if (inner && isFunction(inner)) return inner;
  }
  return null;
}

/** The method or function-valued field `this.<name>` of the class enclosing `member`. */
export function classMethod(member: TSESTree.MemberExpression): AnyFunction | null {
  const name = getStaticKeyName(member.property, member.computed);
  if (name === null) return null;
  let current: TSESTree.Node | undefined = member.parent;
  while (current && current.type !== 'ClassBody') current = current.parent;
  if (!current) return null;
  for (const element of current.body) {
    if (
      (element.type === 'MethodDefinition' || element.type === 'PropertyDefinition') &&
      getStaticKeyName(element.key, element.computed) === name &&
      element.value &&
      isFunction(element.value)
    ) {
      return element.value;
    }
  }
  return null;
}
