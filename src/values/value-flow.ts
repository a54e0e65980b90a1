/**
 * Value flow: "which source expressions may this value derive from?" — a small, intra-file, flow-insensitive
 * backwards walk through variables (every write counts), arithmetic and string operators, template literals,
 * string/array methods (`.toString(36).slice(2)`, `chars.charAt(i)`, `chars[i]`, `.join('')`), `Math.*` and
 * conversion built-ins, callback results (`.replace(re, fn)`, `Array.from(n, fn)`, `.map(fn)`), and the returns of
 * same-file functions. Parameters, imports, properties of unknown objects and calls to unknown functions are
 * *opaque*: they contribute no source but mark the result as not fully known.
 *
 * Also: {@link namedValueWrites}, every place a value is given a name (variable, assignment, property, return of a
 * named function, parameter default, argument of a same-file function, `headers.set('Name', value)`).
 *
 * The walk is a domain of the shared backward evaluator (backward.ts), which memoises per node and variable and
 * bounds the work with a step budget, so cost stays linear in the file size.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '../ast/eslint-utils.js';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { functionBinding, getStaticKeyName, isFunction, skipWrappers, type AnyFunction } from '../ast/ast.js';
import { createBackwardEvaluator, returnedExpressions, type BackwardDomain } from './backward.js';
import { nodesOfTypes } from '../ast/node-index.js';
import { CALL_HOPS, VALUE_FLOW_DEPTH, VALUE_FLOW_STEPS } from './budget.js';
import { resolveExpression, resolveIdentifier, resolveLocalFunction } from './static-values.js';

export interface FlowResult<T> {
  /** Source nodes (as recognised by the `sourceOf` callback) the value may derive from, with their data. */
  readonly sources: ReadonlyMap<TSESTree.Node, T>;
  /** Some part of the value comes from something unknown (a parameter, an import, an unknown call). */
  readonly opaque: boolean;
}

export interface ValueFlow<T> {
  trace(node: TSESTree.Node): FlowResult<T>;
}

const EMPTY: FlowResult<never> = { sources: new Map<TSESTree.Node, never>(), opaque: false };
const OPAQUE: FlowResult<never> = { sources: new Map<TSESTree.Node, never>(), opaque: true };

/** Built-in namespaces whose static methods return a value derived only from their arguments. */
const PURE_NAMESPACES = new Set(['Math', 'String', 'Number', 'BigInt', 'Array', 'Buffer', 'JSON', 'Object']);
/** Built-in functions that convert their argument. */
const PURE_FUNCTIONS = new Set(['String', 'Number', 'BigInt', 'parseInt', 'parseFloat', 'encodeURIComponent', 'btoa']);
/** Methods whose result derives from the arguments as well as the receiver (`chars.charAt(i)`). */
const ARGUMENT_METHODS = new Set([
  'charAt', 'charCodeAt', 'codePointAt', 'at', 'concat', 'substr', 'substring', 'slice', 'padStart', 'padEnd',
  'repeat', 'replace', 'replaceAll', 'join', 'toString',
]);
/** Functions that return what their callback returns (React `useMemo(() => value, deps)`). */
const CALLBACK_RESULT_FUNCTIONS = new Set(['useMemo']);
/** Methods whose result derives from what their callback returns. */
const CALLBACK_METHODS = new Set(['map', 'flatMap', 'replace', 'replaceAll', 'from', 'sort', 'reduce', 'toSorted']);
const COMPARISON = new Set(['==', '===', '!=', '!==', '<', '<=', '>', '>=', 'in', 'instanceof']);
const NON_VALUE_UNARY = new Set(['typeof', '!', 'void', 'delete']);

function merge<T>(parts: readonly FlowResult<T>[]): FlowResult<T> {
  if (parts.length === 0) return EMPTY;
  if (parts.length === 1) return parts[0]!;
  const sources = new Map<TSESTree.Node, T>();
  let opaque = false;
  for (const part of parts) {
    for (const [node, data] of part.sources) sources.set(node, data);
    opaque ||= part.opaque;
  }
  return { sources, opaque };
}

/** True when `identifier` reads a global that no declaration in the file shadows (`Buffer`, `Math`). */
export function isUnshadowedGlobal(sourceCode: Readonly<SourceCode>, identifier: TSESTree.Identifier): boolean {
  const variable = findVariable(sourceCode.getScope(identifier), identifier);
  return !variable || variable.defs.length === 0;
}

/**
 * Creates a tracer on the shared backward evaluator (backward.ts). `sourceOf(node)` returns data for nodes that are
 * sources (checked before anything else), `undefined` otherwise. Results are memoised for the tracer's lifetime (one
 * file).
 */
export function createValueFlow<T>(
  sourceCode: Readonly<SourceCode>,
  sourceOf: (node: TSESTree.Node) => T | undefined,
): ValueFlow<T> {
  type Result = FlowResult<T>;
  const trace = (node: TSESTree.Node): Result => evaluator.evaluate(node);

  function callbackResults(args: readonly TSESTree.CallExpressionArgument[]): Result[] {
    const out: Result[] = [];
    for (const argument of args) {
      const inner = skipWrappers(argument);
      if (isFunction(inner)) out.push(evaluator.returns(inner));
    }
    return out;
  }

  function traceArguments(args: readonly TSESTree.CallExpressionArgument[]): Result[] {
    return args.map((argument) =>
      argument.type === 'SpreadElement' ? trace(argument.argument) : isFunction(skipWrappers(argument)) ? EMPTY : trace(argument),
    );
  }

  /**
   * A binding whose value the shared resolver knows (static-values.ts `resolveIdentifier`: a destructured literal, a
   * single-call helper's parameter); opaque otherwise.
   */
  function traceResolved(binding: TSESTree.Identifier): Result {
    const resolved = resolveIdentifier(sourceCode, binding);
    return resolved ? trace(resolved) : OPAQUE;
  }

  /** Values stored into an array/object through this read: `arr[i] = v`, `arr.push(v)`. */
  function elementWrites(identifier: TSESTree.Node): Result[] {
    const member = identifier.parent;
    if (member?.type !== 'MemberExpression' || member.object !== identifier) return [];
    const parent = member.parent;
    if (member.computed && parent?.type === 'AssignmentExpression' && parent.left === member) return [trace(parent.right)];
    const method = getStaticKeyName(member.property, member.computed);
    if ((method === 'push' || method === 'unshift') && parent?.type === 'CallExpression' && parent.callee === member) {
      return traceArguments(parent.arguments);
    }
    return [];
  }

  function traceCall(call: TSESTree.CallExpression): Result {
    const callee = skipWrappers(call.callee);
    if (callee.type === 'MemberExpression') {
      const method = getStaticKeyName(callee.property, callee.computed);
      const object = skipWrappers(callee.object);
      if (object.type === 'Identifier' && PURE_NAMESPACES.has(object.name) && isUnshadowedGlobal(sourceCode, object)) {
        return merge([...traceArguments(call.arguments), ...callbackResults(call.arguments)]);
      }
      const parts: Result[] = [trace(object)];
      if (method !== null && ARGUMENT_METHODS.has(method)) parts.push(...traceArguments(call.arguments));
      if (method !== null && CALLBACK_METHODS.has(method)) parts.push(...callbackResults(call.arguments));
      return merge(parts);
    }
    if (callee.type === 'Identifier') {
      if (PURE_FUNCTIONS.has(callee.name) && isUnshadowedGlobal(sourceCode, callee)) {
        return merge(traceArguments(call.arguments));
      }
      if (CALLBACK_RESULT_FUNCTIONS.has(callee.name)) return merge(callbackResults(call.arguments));
      const fn = resolveLocalFunction(sourceCode, callee);
      if (fn) return evaluator.returns(fn);
      // A generator value called as a function (`const next = uniqueRandom(1, 9); next()`).
      const viaCallee = trace(callee);
      return viaCallee.sources.size > 0 ? viaCallee : OPAQUE;
    }
    if (isFunction(callee)) return evaluator.returns(callee);
    return OPAQUE;
  }

  const domain: BackwardDomain<Result> = {
    none: EMPTY,
    unknown: OPAQUE,
    cycle: EMPTY, // `s = s + x`: the other writes are traced already
    writes: 'all',
    join: merge,
    node(node) {
      const data = sourceOf(node);
      if (data !== undefined) return { sources: new Map([[node, data]]), opaque: false };
      switch (node.type) {
        case 'MemberExpression': {
          // A field of a constant literal or a class field the class writes once: that value only.
          const resolved = resolveExpression(sourceCode, node);
          if (resolved !== node) return trace(resolved);
          const parts = [trace(node.object)];
          if (node.computed) parts.push(trace(node.property));
          return merge(parts);
        }
        case 'CallExpression':
          return traceCall(node);
        case 'BinaryExpression':
          return COMPARISON.has(node.operator) ? EMPTY : merge([trace(node.left), trace(node.right)]);
        case 'UnaryExpression':
          return NON_VALUE_UNARY.has(node.operator) ? EMPTY : trace(node.argument);
        default:
          return undefined;
      }
    },
    global: () => OPAQUE,
    parameter: (_fn, _index, name) => traceResolved(name),
    destructured: (name) => traceResolved(name),
    step: (value) => value,
    compound: (_operator, value) => value,
    readContributions: (read) => elementWrites(read),
  };
  const evaluator = createBackwardEvaluator(sourceCode, domain, { depth: VALUE_FLOW_DEPTH, steps: VALUE_FLOW_STEPS, calls: CALL_HOPS });
  return { trace };
}

// ---------------------------------------------------------------------------------------------------------
// Named writes
// ---------------------------------------------------------------------------------------------------------

export type NamedWriteKind =
  | 'variable'
  | 'assignment'
  | 'property'
  | 'return'
  | 'parameter-default'
  | 'argument'
  | 'setter';

export interface NamedWrite {
  /** The name the value receives (variable, property, function or header name). */
  readonly name: string;
  /** The value expression. */
  readonly value: TSESTree.Node;
  readonly kind: NamedWriteKind;
}

/**
 * The name a function is known by: its own name, the variable, property, method or class field it initialises, or
 * the target it is assigned to (`exports.hashPassword = function …`). Null for anonymous callbacks.
 */
export function functionName(fn: AnyFunction): string | null {
  if (fn.type === 'FunctionExpression' && fn.id) return fn.id.name;
  const binding = functionBinding(fn);
  if (binding) return binding.name;
  const parent = fn.parent;
  if (!parent) return null;
  if ((parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') && parent.value === fn) {
    return getStaticKeyName(parent.key, parent.computed);
  }
  if (parent.type === 'AssignmentExpression' && parent.right === fn) return targetName(parent.left);
  return null;
}

function targetName(node: TSESTree.Node): string | null {
  const inner = skipWrappers(node);
  if (inner.type === 'Identifier') return inner.name;
  if (inner.type === 'MemberExpression') {
    const key = getStaticKeyName(inner.property, inner.computed);
    if (key !== null) return key;
    // `token[i] = c` fills the array named `token`.
    const object = skipWrappers(inner.object);
    return object.type === 'Identifier' ? object.name : null;
  }
  return null;
}

const NAMED_WRITE_TYPES = [
  'VariableDeclarator',
  'AssignmentExpression',
  'Property',
  'PropertyDefinition',
  'AssignmentPattern',
  'ArrowFunctionExpression',
  'FunctionExpression',
  'FunctionDeclaration',
  'CallExpression',
] as const;

/**
 * Every place in the file where a value receives a name. `setterNames` lists methods whose first argument is a
 * static string naming the second (`headers.set('Idempotency-Key', v)`, `localStorage.setItem('token', v)`).
 * Function names are reported as written (`generateToken`); callers strip verbs if they want.
 */
export function namedValueWrites(
  sourceCode: Readonly<SourceCode>,
  setterNames: ReadonlySet<string>,
): NamedWrite[] {
  const out: NamedWrite[] = [];
  for (const node of nodesOfTypes(sourceCode, NAMED_WRITE_TYPES)) {
    switch (node.type) {
      case 'VariableDeclarator':
        if (node.id.type === 'Identifier' && node.init) out.push({ name: node.id.name, value: node.init, kind: 'variable' });
        break;
      case 'AssignmentExpression': {
        const name = targetName(node.left);
        if (name !== null) out.push({ name, value: node.right, kind: 'assignment' });
        break;
      }
      case 'Property':
        if (node.parent?.type === 'ObjectExpression' && !isFunction(node.value)) {
          const name = getStaticKeyName(node.key, node.computed);
          if (name !== null) out.push({ name, value: node.value, kind: 'property' });
        }
        break;
      case 'PropertyDefinition':
        if (node.value && !isFunction(node.value)) {
          const name = getStaticKeyName(node.key, node.computed);
          if (name !== null) out.push({ name, value: node.value, kind: 'property' });
        }
        break;
      case 'AssignmentPattern':
        if (node.left.type === 'Identifier' && node.parent && isFunction(node.parent)) {
          out.push({ name: node.left.name, value: node.right, kind: 'parameter-default' });
        }
        break;
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
      case 'FunctionDeclaration': {
        const name = functionName(node);
        if (name !== null) {
          for (const value of returnedExpressions(node, sourceCode.visitorKeys)) out.push({ name, value, kind: 'return' });
        }
        break;
      }
      case 'CallExpression': {
        const callee = skipWrappers(node.callee);
        if (callee.type === 'MemberExpression') {
          const method = getStaticKeyName(callee.property, callee.computed);
          const [first, second] = node.arguments;
          if (method !== null && setterNames.has(method) && first && second && second.type !== 'SpreadElement') {
            const key = skipWrappers(first);
            const name =
              key.type === 'Literal' && typeof key.value === 'string'
                ? key.value
                : key.type === 'TemplateLiteral' && key.expressions.length === 0
                  ? (key.quasis[0]?.value.cooked ?? null)
                  : null;
            if (name !== null) out.push({ name, value: second, kind: 'setter' });
          }
        } else {
          const fn = resolveLocalFunction(sourceCode, callee);
          if (fn) {
            node.arguments.forEach((argument, index) => {
              const param = fn.params[index];
              const paramId = param?.type === 'AssignmentPattern' ? param.left : param;
              if (paramId?.type === 'Identifier' && argument.type !== 'SpreadElement') {
                out.push({ name: paramId.name, value: argument, kind: 'argument' });
              }
            });
          }
        }
        break;
      }
      default:
        break;
    }
  }
  return out;
}

/**
 * When `identifier` reads a parameter of a function bound to a name in this file (`function md5(str)`,
 * `const hash = (s) => …`), the arguments passed for that parameter at each direct call site, with the calls (`[]`
 * when nothing calls it directly). `null` for anything else (locals, imports, callbacks, functions that escape only
 * through other values).
 */
export function argumentsForParameter(
  sourceCode: Readonly<SourceCode>,
  identifier: TSESTree.Node,
): { call: TSESTree.CallExpression; argument: TSESTree.Node }[] | null {
  const inner = skipWrappers(identifier);
  if (inner.type !== 'Identifier') return null;
  const variable = findVariable(sourceCode.getScope(inner), inner);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!definition || definition.type !== 'Parameter') return null;
  const fn = definition.node as TSESTree.Node;
  if (!isFunction(fn)) return null;
  const index = fn.params.findIndex((param) => {
    const id = param.type === 'AssignmentPattern' ? param.left : param;
    return id.type === 'Identifier' && id.name === inner.name;
  });
  if (index === -1) return null;
  let binding: TSESTree.Identifier | null = null;
  if (fn.type === 'FunctionDeclaration') binding = fn.id;
  else if (fn.parent?.type === 'VariableDeclarator' && fn.parent.init === fn && fn.parent.id.type === 'Identifier') {
    binding = fn.parent.id;
  }
  if (!binding) return null;
  const bound = findVariable(sourceCode.getScope(binding), binding);
  const out: { call: TSESTree.CallExpression; argument: TSESTree.Node }[] = [];
  for (const reference of bound?.references ?? []) {
    const call = reference.identifier.parent;
    if (call?.type !== 'CallExpression' || call.callee !== reference.identifier) continue;
    const argument = call.arguments[index];
    if (argument && argument.type !== 'SpreadElement') out.push({ call, argument });
  }
  return out;
}
