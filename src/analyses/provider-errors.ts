/**
 * Provider errors: which bindings hold an error thrown by a payment SDK call, and where such an error (or its raw
 * parts) reaches an HTTP response body.
 *
 * An error binding is the parameter of
 * - the `catch` clause of the innermost `try` whose block calls a payment SDK method (also inside callbacks passed
 *   as call arguments, e.g. `Promise.all(items.map(i => stripe.refunds.create(i)))`);
 * - a `.catch(err => …)` / `.then(ok, err => …)` handler chained on a payment SDK call;
 * - the first parameter of a Node-style callback passed last to a payment SDK call (`paypal.payment.create(json,
 *   (error, payment) => …)`, Braintree).
 *
 * From each binding the value is followed forward through member reads of raw fields (`err.raw`, `err.stack`,
 * `err.response.data`, …), object/array literals, spreads, `JSON.stringify`, templates (raw fields only), and — by
 * value-uses.ts — `?:`/`??`/`||`, TS wrappers, `const` aliases and same-file functions it is passed to, until it is
 * written by a response sink (`response-sinks.ts`). The left side of `&&` only tests the error and carries nothing.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '../ast/eslint-utils.js';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import {
  PAYMENT_SDK_RESOURCES,
  RAW_ERROR_FIELDS,
  RAW_ERROR_NESTED_FIELDS,
  type PaymentResource,
} from '../catalog/payment-calls.js';
import type { ProviderId } from '../catalog/providers.js';
import { getStaticKeyName, isFunction, skipWrappers } from '../ast/ast.js';
import { isEnvironmentGated } from '../values/conditions.js';
import { findApiReferences } from '../modules/module-references.js';
import { isHandlerResponse, responseSinkOf, type ResponseSink } from '../requests/response-sinks.js';
import { CALL_HOPS, CHAIN_LENGTH, USE_SITE_STEPS } from '../values/budget.js';
import { moduleSummary, resolveCalledFunction, summarisedFunctions, throughCall, type ProjectFunction } from '../modules/project-functions.js';
import { filenameOf } from '../modules/project-modules.js';
import { valueUses, type ValueHop } from '../values/value-uses.js';

export interface PaymentSdkCall {
  readonly call: TSESTree.CallExpression;
  readonly provider: ProviderId;
  readonly messageLeaks: boolean;
}

export interface ProviderErrorBinding {
  readonly param: TSESTree.Identifier;
  readonly provider: ProviderId;
  /** The SDK's `message` embeds the raw response (Square v40+). */
  readonly messageLeaks: boolean;
  readonly origin: 'catch' | 'promise-catch' | 'callback';
}

export interface ErrorLeak {
  /** The leaking expression: the error identifier or the raw member (`err.raw`). */
  readonly node: TSESTree.Node;
  /** `err` for the whole object, or the member path (`err.raw`, `error.response.data`). */
  readonly path: string;
  readonly whole: boolean;
  readonly binding: ProviderErrorBinding;
  readonly sink: ResponseSink;
}

/** The call whose callee starts at `node` (`stripe.paymentIntents` → `stripe.paymentIntents.create(...)`). */
function callRootedAt(node: TSESTree.Node): TSESTree.CallExpression | null {
  let current = node;
  for (let depth = 0; depth < CHAIN_LENGTH; depth++) {
    const parent = current.parent;
    if (!parent) return null;
    if (parent.type === 'TSNonNullExpression' || parent.type === 'TSAsExpression') {
      current = parent;
    } else if (parent.type === 'MemberExpression' && parent.object === current) {
      current = parent;
    } else if (parent.type === 'CallExpression' && parent.callee === current) {
      return parent;
    } else {
      return null;
    }
  }
  return null;
}

/** Every payment SDK call in the file (cached). */
export function findPaymentSdkCalls(sourceCode: Readonly<SourceCode>): readonly PaymentSdkCall[] {
  const cached = callCache.get(sourceCode);
  if (cached) return cached;
  const calls: PaymentSdkCall[] = [];
  const seen = new Set<TSESTree.Node>();
  for (const reference of findApiReferences(sourceCode, PAYMENT_SDK_RESOURCES)) {
    const data = reference.definition.data;
    if (!('role' in data) || (data as PaymentResource).role !== 'resource') continue;
    const resource = data as PaymentResource;
    const call = resource.isMethod
      ? reference.node.type === 'CallExpression'
        ? reference.node
        : null
      : callRootedAt(reference.node);
    if (!call || seen.has(call)) continue;
    seen.add(call);
    calls.push({ call, provider: resource.provider, messageLeaks: resource.messageLeaks === true });
  }
  callCache.set(sourceCode, calls);
  return calls;
}
const callCache = new WeakMap<object, readonly PaymentSdkCall[]>();

/** A function literal passed directly as a call argument (callbacks stay in the try's dynamic extent). */
function isCallbackArgument(fn: TSESTree.Node): boolean {
  const parent = fn.parent;
  return (parent?.type === 'CallExpression' || parent?.type === 'NewExpression') && parent.arguments.includes(fn as TSESTree.CallExpressionArgument);
}

function catchBindingOf(call: TSESTree.Node): TSESTree.Identifier | null {
  let child: TSESTree.Node = call;
  let current = call.parent;
  while (current) {
    if (isFunction(current) && !isCallbackArgument(current)) return null;
    if (current.type === 'TryStatement' && current.block === child) {
      const param = current.handler?.param;
      return param?.type === 'Identifier' ? param : null;
    }
    child = current;
    current = current.parent;
  }
  return null;
}

function firstIdentifierParam(node: TSESTree.Node | undefined, minParams = 1): TSESTree.Identifier | null {
  if (!node) return null;
  const fn = skipWrappers(node);
  if (!isFunction(fn) || fn.params.length < minParams) return null;
  const param = fn.params[0];
  return param?.type === 'Identifier' ? param : null;
}

function promiseHandlerBindings(call: TSESTree.Node): TSESTree.Identifier[] {
  const found: TSESTree.Identifier[] = [];
  let current: TSESTree.Node = call;
  for (let depth = 0; depth < CHAIN_LENGTH; depth++) {
    let parent = current.parent;
    while (parent && (parent.type === 'TSNonNullExpression' || parent.type === 'TSAsExpression' || parent.type === 'ChainExpression')) {
      current = parent;
      parent = parent.parent;
    }
    if (parent?.type !== 'MemberExpression' || parent.object !== current) break;
    const name = getStaticKeyName(parent.property, parent.computed);
    const chained = parent.parent;
    if (chained?.type !== 'CallExpression' || chained.callee !== parent) break;
    if (name === 'catch') {
      const param = firstIdentifierParam(chained.arguments[0]);
      if (param) found.push(param);
    } else if (name === 'then') {
      const param = firstIdentifierParam(chained.arguments[1]);
      if (param) found.push(param);
    } else if (name !== 'finally') {
      break;
    }
    current = chained;
  }
  return found;
}

/** Every binding that holds a raw payment-provider error (cached). */
export function findProviderErrorBindings(sourceCode: Readonly<SourceCode>): readonly ProviderErrorBinding[] {
  const cached = bindingCache.get(sourceCode);
  if (cached) return cached;
  const bindings = new Map<TSESTree.Identifier, ProviderErrorBinding>();
  const add = (param: TSESTree.Identifier | null, sdkCall: PaymentSdkCall, origin: ProviderErrorBinding['origin']): void => {
    if (!param) return;
    const existing = bindings.get(param);
    if (existing) {
      if (sdkCall.messageLeaks && !existing.messageLeaks) bindings.set(param, { ...existing, messageLeaks: true });
      return;
    }
    bindings.set(param, { param, provider: sdkCall.provider, messageLeaks: sdkCall.messageLeaks, origin });
  };
  for (const sdkCall of findPaymentSdkCalls(sourceCode)) {
    add(catchBindingOf(sdkCall.call), sdkCall, 'catch');
    for (const param of promiseHandlerBindings(sdkCall.call)) add(param, sdkCall, 'promise-catch');
    const last = sdkCall.call.arguments[sdkCall.call.arguments.length - 1];
    if (sdkCall.call.arguments.length >= 2) add(firstIdentifierParam(last, 2), sdkCall, 'callback');
  }
  const list = [...bindings.values()].sort((a, b) => a.param.range[0] - b.param.range[0]);
  bindingCache.set(sourceCode, list);
  return list;
}
const bindingCache = new WeakMap<object, readonly ProviderErrorBinding[]>();

function isGlobalName(sourceCode: Readonly<SourceCode>, identifier: TSESTree.Node, name: string): boolean {
  if (identifier.type !== 'Identifier' || identifier.name !== name) return false;
  const variable = findVariable(sourceCode.getScope(identifier), identifier);
  return !variable || variable.defs.length === 0;
}

/** `JSON.stringify(x)` or `util.inspect(x)` / `inspect(x)`: serialisers that keep every enumerable field. */
function isSerializer(sourceCode: Readonly<SourceCode>, call: TSESTree.CallExpression): boolean {
  const callee = skipWrappers(call.callee);
  if (callee.type === 'MemberExpression') {
    const name = getStaticKeyName(callee.property, callee.computed);
    const object = skipWrappers(callee.object);
    if (name === 'stringify') return isGlobalName(sourceCode, object, 'JSON');
    if (name === 'inspect') return object.type === 'Identifier' && object.name === 'util';
    return false;
  }
  return callee.type === 'Identifier' && callee.name === 'inspect';
}

interface TraceState {
  readonly whole: boolean;
  /** The value is the error itself (not an object or string containing it). */
  readonly direct?: boolean;
  readonly path: string;
  readonly node: TSESTree.Node;
}

/** Raw provider errors (or their raw parts) written to HTTP responses. */
export function findProviderErrorLeaks(sourceCode: Readonly<SourceCode>, filename?: string): readonly ErrorLeak[] {
  const leaks: ErrorLeak[] = [];
  const reported = new Set<string>();

  const record = (state: TraceState, binding: ProviderErrorBinding, sink: ResponseSink): void => {
    const key = `${state.node.range[0]}:${state.node.range[1]}:${sink.node.range[0]}`;
    if (reported.has(key)) return;
    reported.add(key);
    if (isEnvironmentGated(sourceCode, state.node)) return;
    leaks.push({ node: state.node, path: state.path, whole: state.whole, binding, sink });
  };
  const trace = errorTracer(sourceCode, filename, record);
  for (const binding of findProviderErrorBindings(sourceCode)) {
    const variable = findVariable(sourceCode.getScope(binding.param), binding.param);
    if (!variable) continue;
    for (const reference of variable.references) {
      if (!reference.isRead()) continue;
      const identifier = reference.identifier as TSESTree.Identifier;
      trace(identifier, { whole: true, direct: true, path: identifier.name, node: identifier }, binding, 0);
    }
  }
  return leaks.sort((a, b) => a.node.range[0] - b.node.range[0]);
}

type Tracer = (start: TSESTree.Node, initial: TraceState, binding: ProviderErrorBinding, depth: number) => void;

/** One parameter of a project function that writes what it receives (or its raw parts) to a response. */
interface ErrorParameterSink {
  readonly parameter: number;
  /** `.raw` when only a raw field of it is written; empty for the whole value. */
  readonly rest: string;
  readonly whole: boolean;
  readonly sink: string;
  /** The parameter that must receive a handler's response for the write to be one (`res` of `send(res, err)`). */
  readonly response: number | null;
}

/**
 * Function summary (src/modules/project-functions.ts): which parameters of a module's functions, when they hold a
 * provider error, reach a response body — traced from each parameter as from a `catch` binding.
 */
function errorParameterSinks(target: ProjectFunction): readonly ErrorParameterSink[] {
  const summary = moduleSummary(target.sourceCode, 'provider-error-parameters', () => {
    const found = new Map<number, ErrorParameterSink[]>();
    const { sourceCode } = target;
    for (const fn of summarisedFunctions(sourceCode)) {
      fn.params.forEach((param, parameter) => {
        if (param.type !== 'Identifier') return;
        const variable = findVariable(sourceCode.getScope(param), param);
        if (!variable) return;
        const binding: ProviderErrorBinding = { param, provider: 'stripe', messageLeaks: false, origin: 'catch' };
        const trace = errorTracer(sourceCode, filenameOf(sourceCode) ?? undefined, (state, _binding, sink) => {
          if (isEnvironmentGated(sourceCode, state.node)) return;
          const response = sink.responseParameter ? (sink.responseParameter.fn === fn ? sink.responseParameter.index : -1) : null;
          if (response === -1) return;
          const list = found.get(fn.range[0]) ?? [];
          const rest = state.path.startsWith('.') ? state.path : '';
          if (!list.some((entry) => entry.parameter === parameter && entry.rest === rest)) {
            list.push({ parameter, rest, whole: state.whole, sink: sink.name, response });
          }
          found.set(fn.range[0], list);
        }, true);
        for (const reference of variable.references) {
          if (!reference.isRead()) continue;
          trace(reference.identifier, { whole: true, direct: true, path: '', node: reference.identifier }, binding, 1);
        }
      });
    }
    return found;
  });
  return summary?.get(target.fn.range[0]) ?? [];
}

function errorTracer(
  sourceCode: Readonly<SourceCode>,
  filename: string | undefined,
  record: (state: TraceState, binding: ProviderErrorBinding, sink: ResponseSink) => void,
  assumeResponseParameters = false,
): Tracer {
  /**
   * The error handed whole to a function of another project module (`sendPaypalFailure(res, error)`): reported at
   * the call when the function's summary says the parameter reaches a response. (Same-file functions are entered by
   * value-uses.ts, see `helperOf` below.)
   */
  const handOver = (call: TSESTree.CallExpression, index: number, node: TSESTree.Node, state: TraceState, binding: ProviderErrorBinding, depth: number): boolean => {
    if (!state.direct || depth >= CALL_HOPS || call.arguments.slice(0, index).some((argument) => argument.type === 'SpreadElement')) {
      return false;
    }
    const target = resolveCalledFunction(sourceCode, call.callee);
    if (!target || target.sourceCode === sourceCode) return false;
    for (const entry of errorParameterSinks(target)) {
      if (entry.parameter !== index || (!state.whole && entry.rest !== '')) continue;
      const response = entry.response === null ? null : call.arguments[entry.response];
      if (entry.response !== null && (!response || !isHandlerResponse(sourceCode, response, filename))) continue;
      record(
        { whole: state.whole && entry.whole, direct: false, path: `${state.path}${entry.rest}`, node },
        binding,
        { name: `the ${throughCall(sourceCode, target, `\`${entry.sink}\``)}`, node: call },
      );
    }
    return true;
  };

  /** The state after the variables and helper parameters crossed (a whole-error alias is reported where it is used). */
  const across = (state: TraceState, hops: readonly ValueHop[]): TraceState => {
    let next = state;
    for (const { kind, identifier } of hops) {
      if (kind === 'parameter') next = { ...next, path: next.whole ? identifier.name : next.path, node: identifier };
      else if (next.whole && next.direct) next = { whole: true, direct: true, path: identifier.name, node: identifier };
    }
    return next;
  };

  const follow = (start: TSESTree.Node, initial: TraceState, binding: ProviderErrorBinding, depth: number, steps: number): void => {
    if (steps >= USE_SITE_STEPS) return;
    const uses = valueUses(sourceCode, start, {
      spent: depth,
      helpers: CALL_HOPS,
      // The whole error (or a raw part) passed to a same-file function that is not itself a response sink.
      helperOf: (call, _index, value) => {
        if (!initial.direct || responseSinkOf(sourceCode, value, filename, assumeResponseParameters)) return null;
        const target = resolveCalledFunction(sourceCode, call.callee);
        return target && target.sourceCode === sourceCode ? target.fn : null;
      },
    });
    for (const use of uses) {
      const state = across(initial, use.hops);
      const hops = depth + use.hops.length;
      const next = (node: TSESTree.Node, changed: TraceState): void => follow(node, changed, binding, hops, steps + 1);
      switch (use.kind) {
        case 'member': {
          if (use.key === null) break;
          const raw = state.whole
            ? RAW_ERROR_FIELDS.has(use.key) || (use.key === 'message' && binding.messageLeaks)
            : RAW_ERROR_NESTED_FIELDS.has(use.key);
          if (raw) next(use.node, { whole: false, direct: true, path: `${state.path}.${use.key}`, node: use.node });
          break;
        }
        case 'element':
          next(use.node, { ...state, direct: false });
          break;
        case 'template':
          if (!state.whole) next(use.node, { ...state, direct: false }); // `${err}` is the message only
          break;
        case 'operand':
          if (!state.whole && use.node.operator === '+') next(use.node, { ...state, direct: false });
          break;
        case 'argument': {
          const sink = responseSinkOf(sourceCode, use.value, filename, assumeResponseParameters);
          if (sink) {
            record(state, binding, sink);
            break;
          }
          const call = use.node;
          if (call.type !== 'CallExpression' || handOver(call, use.index, use.value, state, binding, hops) || use.index !== 0) break;
          if (isSerializer(sourceCode, call) || (!state.whole && isGlobalName(sourceCode, skipWrappers(call.callee), 'String'))) {
            next(call, { ...state, direct: false });
          }
          break;
        }
        case 'assigned':
        case 'return': {
          const sink = responseSinkOf(sourceCode, use.value, filename, assumeResponseParameters);
          if (sink) record(state, binding, sink);
          break;
        }
        default:
          break;
      }
    }
  };
  return (start, initial, binding, depth) => follow(start, initial, binding, depth, 0);
}
