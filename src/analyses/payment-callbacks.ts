/**
 * Payment callbacks that move money on an unverified request, for providers outside the webhook catalog too
 * (M-Pesa STK Push / C2B callbacks, which Safaricom does not sign, and any other provider's `/callback`,
 * `/confirmation` or IPN route): a request handler whose route path, handler name or file name says callback,
 * that marks a payment paid, credits a balance, grants a voucher/subscription or fulfils an order (see
 * `payment-effects.ts`) under a condition on the payload or with payload values, and that neither verifies a
 * signature, re-queries the provider (an outgoing HTTP request, a provider SDK call, `stkQuery(…)`), checks the
 * caller's address (`req.ip`, `x-forwarded-for`, IP allow-list middleware) nor reads a caller secret (`req.query.token`,
 * an `x-callback-token` header). Used by require-webhook-signature-verification; routes it already treats as
 * webhooks (`findWebhookRoutes`) are left to its webhook checks.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';
import {
  CALLBACK_NAME_SEGMENTS,
  CALLER_SECRET_SEGMENTS,
  CLIENT_ADDRESS_HEADERS,
  CLIENT_ADDRESS_MEMBERS,
  GENERIC_CALLBACK_DOCS,
  GENERIC_CALLBACK_VERIFIER,
  REQUERY_SEGMENTS,
  SOURCE_CHECK_SEGMENTS,
  UNSIGNED_CALLBACK_PROVIDERS,
  WEBHOOK_MANAGEMENT_SEGMENTS,
  type UnsignedCallbackProvider,
} from '../catalog/webhooks.js';
import { HTTP_REQUEST_CALLS } from '../catalog/payment-calls.js';
import { calledMethodName, getStaticKeyName, isFunction, mayLeaveFunction, walk, type AnyFunction } from '../ast/ast.js';
import { findVariable } from '../ast/eslint-utils.js';
import { findApiReferences } from '../modules/module-references.js';
import { findRequestHandlers, type RequestHandler } from '../requests/request-handlers.js';
import { isRequestObject, isRequestValue } from '../requests/request-values.js';
import { splitName } from '../values/names.js';
import { staticString } from '../values/static-values.js';
import { CALL_HOPS } from '../values/budget.js';
import { findPaymentEffects, type PaymentEffect } from './payment-effects.js';
import { findPaymentSdkCalls } from './provider-errors.js';
import {
  calledHelpers,
  expressionName,
  findWebhookRoutes,
  handlerNames,
  isPayloadRoot,
  segmentsOf,
  servesLoggedInUsers,
  verificationState,
} from './webhooks.js';

export interface UnverifiedCallback {
  readonly handler: RequestHandler;
  /** The first money-moving effect that depends on the payload. */
  readonly effect: PaymentEffect;
  /** The provider recognised from payload fields or names, or null (unknown provider). */
  readonly provider: UnsignedCallbackProvider | null;
  /** What a verification looks like, for messages. */
  readonly verifier: string;
  readonly docs: string;
}

const CALLBACK_WORDS = new Set(CALLBACK_NAME_SEGMENTS);
const MANAGEMENT_WORDS = new Set(WEBHOOK_MANAGEMENT_SEGMENTS);
const SOURCE_WORDS = new Set(SOURCE_CHECK_SEGMENTS);
const SECRET_WORDS = new Set(CALLER_SECRET_SEGMENTS);
const REQUERY_WORDS = new Set(REQUERY_SEGMENTS);
const ADDRESS_HEADERS = new Set(CLIENT_ADDRESS_HEADERS);
const ADDRESS_MEMBERS = new Set(CLIENT_ADDRESS_MEMBERS);
/** Re-query words that say so on their own; the others need a second segment (`pool.query(sql)` is not one). */
const STANDALONE_REQUERY = new Set(['requery', 'verify', 'retrieve', 'reconcile', 'lookup']);

/** Callback routes in the file that move money on an unverified payload. */
export function findUnverifiedPaymentCallbacks(sourceCode: Readonly<SourceCode>, filename?: string): UnverifiedCallback[] {
  const handlers = findRequestHandlers(sourceCode, filename);
  if (handlers.length === 0) return [];
  const webhookHandlers = new Set(findWebhookRoutes(sourceCode, filename).map((route) => route.handler.fn));
  // Group the functions of one route call; the last one handles the request.
  const groups = new Map<TSESTree.Node, RequestHandler[]>();
  for (const handler of handlers) {
    if (handler.method === null && handler.call && calledMethodName(handler.call) === 'use') continue;
    const key = handler.call ?? handler.fn;
    const list = groups.get(key) ?? [];
    list.push(handler);
    groups.set(key, list);
  }
  const found: UnverifiedCallback[] = [];
  for (const group of groups.values()) {
    const handler = group[group.length - 1]!;
    if (group.some((entry) => webhookHandlers.has(entry.fn))) continue;
    const names = callbackNames(handler, filename);
    if (!isCallbackNamed(names)) continue;
    const functions = group.map((entry) => entry.fn);
    if (servesLoggedInUsers(sourceCode, handler, functions, filename)) continue;
    const payload = payloadBindings(sourceCode, functions, filename);
    const effect = firstPayloadEffect(sourceCode, functions, payload, filename);
    if (!effect) continue;
    if (isVerified(sourceCode, handler, functions, filename)) continue;
    const provider = providerOf(sourceCode, names, functions, payload, filename);
    found.push({ handler, effect, provider, verifier: provider?.verifier ?? GENERIC_CALLBACK_VERIFIER, docs: provider?.docs ?? GENERIC_CALLBACK_DOCS });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------
// Names

/** Route path, handler names and, for routers mounted at `/` or unknown paths, the file's base name. */
function callbackNames(handler: RequestHandler, filename: string | undefined): string[] {
  const names = [handler.routePath ?? '', ...handlerNames(handler, filename), ...wrapperBindingNames(handler.fn)];
  if ((handler.routePath === null || handler.routePath === '/') && filename) {
    const base = filename.replace(/\\/g, '/').split('/').pop() ?? '';
    names.push(base.replace(/\.[^.]*$/, ''));
  }
  return names;
}

/**
 * The name a wrapped handler is exported or bound under: `exports.mpesaCallback = onRequest(async (req, res) => …)`,
 * `export const stkCallback = functions.https.onRequest(…)`, `const c2bConfirmation = asyncHandler(async (req, res) => …)`.
 */
function wrapperBindingNames(fn: AnyFunction): string[] {
  let current: TSESTree.Node = fn;
  for (let steps = 0; steps < CALL_HOPS; steps++) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (parent?.type !== 'CallExpression' || !parent.arguments.includes(current as TSESTree.CallExpressionArgument)) break;
    current = parent;
  }
  if (current === fn) return [];
  const parent = current.parent;
  if (parent?.type === 'VariableDeclarator' && parent.init === current && parent.id.type === 'Identifier') return [parent.id.name];
  if (parent?.type === 'AssignmentExpression' && parent.right === current) {
    const name = expressionName(parent.left);
    return name ? [name] : [];
  }
  return [];
}

function isCallbackNamed(names: readonly string[]): boolean {
  const segments = segmentsOf(names);
  if (segments.some((segment) => MANAGEMENT_WORDS.has(segment))) return false;
  return segments.some((segment) => CALLBACK_WORDS.has(segment));
}

function providerOf(
  sourceCode: Readonly<SourceCode>,
  names: readonly string[],
  functions: readonly AnyFunction[],
  payload: PayloadBindings,
  filename: string | undefined,
): UnsignedCallbackProvider | null {
  const segments = new Set(segmentsOf(names));
  const fields = payloadFieldNames(sourceCode, functions, payload, filename);
  for (const provider of UNSIGNED_CALLBACK_PROVIDERS) {
    if (provider.fields.some((field) => fields.has(field))) return provider;
    if (provider.words.some((word) => segments.has(word))) return provider;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Payload dependence

interface PayloadBindings {
  readonly variables: ReadonlySet<Scope.Variable>;
}

/** `req.body`, `await request.json()`, `ctx.request.body`, and for callbacks also `req.query` / `req.params`. */
function isCallbackPayloadRoot(sourceCode: Readonly<SourceCode>, node: TSESTree.Node, filename: string | undefined): boolean {
  if (isPayloadRoot(sourceCode, node, { filename })) return true;
  if (node.type !== 'MemberExpression') return false;
  const key = getStaticKeyName(node.property, node.computed);
  return (key === 'query' || key === 'params') && isRequestObject(sourceCode, node.object, { filename });
}

/** Variables that hold the payload or a part of it (`const { Body } = req.body`, `const cb = body.Body.stkCallback`). */
function payloadBindings(sourceCode: Readonly<SourceCode>, functions: readonly AnyFunction[], filename: string | undefined): PayloadBindings {
  const variables = new Set<Scope.Variable>();
  const declarators: TSESTree.VariableDeclarator[] = [];
  for (const fn of functions) {
    walk(fn.body, sourceCode.visitorKeys, (node) => {
      if (node.type === 'VariableDeclarator' && node.init) declarators.push(node);
      return undefined;
    });
  }
  const bindings = { variables };
  // Declarations come in source order, so one pass follows chains; a second catches out-of-order helpers.
  for (let pass = 0; pass < 2; pass++) {
    for (const declarator of declarators) {
      if (!dependsOnPayload(sourceCode, declarator.init!, bindings, filename)) continue;
      for (const variable of sourceCode.getDeclaredVariables(declarator)) variables.add(variable);
    }
  }
  return bindings;
}

/** The expression reads the payload (a root or a variable holding part of it). */
function dependsOnPayload(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.Node,
  payload: PayloadBindings,
  filename: string | undefined,
): boolean {
  let found = false;
  walk(node, sourceCode.visitorKeys, (child) => {
    if (found) return false;
    if (isFunction(child) && child !== node) return false;
    if (isCallbackPayloadRoot(sourceCode, child, filename)) {
      found = true;
      return false;
    }
    if (child.type === 'Identifier' && payload.variables.size > 0) {
      const variable = findVariable(sourceCode.getScope(child), child);
      if (variable && payload.variables.has(variable) && !isDeclarationName(child)) found = true;
    }
    return undefined;
  });
  return found;
}

function isDeclarationName(identifier: TSESTree.Identifier): boolean {
  const parent = identifier.parent;
  if (parent?.type === 'VariableDeclarator' && parent.id === identifier) return true;
  if (parent?.type === 'Property' && parent.parent?.type === 'ObjectPattern') return true;
  return parent?.type === 'MemberExpression' && parent.property === identifier && !parent.computed;
}

/** Field names read from the payload (`Body`, `stkCallback`, `ResultCode`), for naming the provider. */
function payloadFieldNames(
  sourceCode: Readonly<SourceCode>,
  functions: readonly AnyFunction[],
  payload: PayloadBindings,
  filename: string | undefined,
): Set<string> {
  const fields = new Set<string>();
  for (const fn of functions) {
    walk(fn.body, sourceCode.visitorKeys, (node) => {
      if (node.type === 'MemberExpression') {
        const key = getStaticKeyName(node.property, node.computed);
        if (key !== null && dependsOnPayload(sourceCode, node.object, payload, filename)) fields.add(key);
      } else if (node.type === 'Property' && node.parent?.type === 'ObjectPattern') {
        const key = getStaticKeyName(node.key, node.computed);
        if (key !== null) fields.add(key);
      }
      return undefined;
    });
  }
  return fields;
}

/**
 * The first effect in the route's functions (or a same-file helper they call, one level) that depends on the
 * payload: its own arguments carry payload values, or it runs under a condition on the payload (an enclosing
 * `if` / `?:` / `&&` / `switch`, or an earlier `if (…) return` in an enclosing block).
 */
function firstPayloadEffect(
  sourceCode: Readonly<SourceCode>,
  functions: readonly AnyFunction[],
  payload: PayloadBindings,
  filename: string | undefined,
): PaymentEffect | null {
  for (const fn of functions) {
    for (const effect of findPaymentEffects(sourceCode, fn.body)) {
      if (effectDependsOnPayload(sourceCode, effect.node, fn, payload, filename)) return effect;
    }
    // One level of same-file helpers called with payload values or under a payload condition.
    for (const helper of calledHelpers(sourceCode, fn)) {
      if (functions.includes(helper.fn)) continue;
      if (!effectDependsOnPayload(sourceCode, helper.call, fn, payload, filename)) continue;
      const effect = findPaymentEffects(sourceCode, helper.fn.body)[0];
      if (effect) return { node: helper.call, kind: effect.kind };
    }
  }
  return null;
}

function effectDependsOnPayload(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.Node,
  fn: AnyFunction,
  payload: PayloadBindings,
  filename: string | undefined,
): boolean {
  if (dependsOnPayload(sourceCode, effectValues(node), payload, filename)) return true;
  let child: TSESTree.Node = node;
  let parent = node.parent;
  for (let steps = 0; parent && child !== fn.body && steps < 200; steps++) {
    switch (parent.type) {
      case 'IfStatement':
      case 'ConditionalExpression':
        if (parent.test !== child && dependsOnPayload(sourceCode, parent.test, payload, filename)) return true;
        break;
      case 'LogicalExpression':
        if (parent.right === child && dependsOnPayload(sourceCode, parent.left, payload, filename)) return true;
        break;
      case 'SwitchCase':
        if (parent.parent?.type === 'SwitchStatement' && dependsOnPayload(sourceCode, parent.parent.discriminant, payload, filename)) return true;
        if (parent.test && dependsOnPayload(sourceCode, parent.test, payload, filename)) return true;
        break;
      case 'BlockStatement':
      case 'Program':
        // `if (ResultCode !== 0) return …;` earlier in the block guards the rest.
        for (const statement of parent.body) {
          if (statement === child) break;
          if (statement.type === 'IfStatement' && mayLeaveFunction(statement.consequent, sourceCode.visitorKeys) && dependsOnPayload(sourceCode, statement.test, payload, filename)) {
            return true;
          }
        }
        break;
      default:
        break;
    }
    child = parent;
    parent = parent.parent;
  }
  return false;
}

/** The part of an effect whose values are written: a call's arguments, an assignment's right side, a property value. */
function effectValues(node: TSESTree.Node): TSESTree.Node {
  if (node.type === 'Property' && node.parent?.type === 'ObjectExpression') {
    // The whole call the literal is written by (`Order.updateOne({ checkoutId: cb.CheckoutRequestID }, { status })`).
    let current: TSESTree.Node = node.parent;
    while (current.parent && (current.parent.type === 'Property' || current.parent.type === 'ObjectExpression' || current.parent.type === 'ArrayExpression')) {
      current = current.parent;
    }
    const call = current.parent;
    return call && (call.type === 'CallExpression' || call.type === 'NewExpression') ? call : node;
  }
  return node;
}

// ---------------------------------------------------------------------------------------------------------
// Verification

function isVerified(
  sourceCode: Readonly<SourceCode>,
  handler: RequestHandler,
  functions: readonly AnyFunction[],
  filename: string | undefined,
): boolean {
  if (verificationState(sourceCode, { handler, functions, provider: 'generic' }).kind === 'verified') return true;
  // Route middleware that checks the source (`mpesaIpWhitelist`).
  for (const argument of handler.call?.arguments ?? []) {
    const name = expressionName(argument);
    if (name && splitName(name).some((segment) => SOURCE_WORDS.has(segment))) return true;
  }
  const scopes: AnyFunction[] = [...functions];
  for (const fn of functions) {
    for (const helper of calledHelpers(sourceCode, fn)) if (!scopes.includes(helper.fn)) scopes.push(helper.fn);
  }
  const inScope = (node: TSESTree.Node): boolean => scopes.some((fn) => fn.range[0] <= node.range[0] && node.range[1] <= fn.range[1]);
  // Re-query: any outgoing HTTP request or provider SDK call on the path.
  for (const reference of findApiReferences(sourceCode, HTTP_REQUEST_CALLS)) if (inScope(reference.node)) return true;
  for (const call of findPaymentSdkCalls(sourceCode)) if (inScope(call.call)) return true;
  let verified = false;
  for (const fn of scopes) {
    walk(fn.body, sourceCode.visitorKeys, (node) => {
      if (verified) return false;
      if (node.type === 'CallExpression' && isRequeryCall(node)) verified = true;
      else if (node.type === 'MemberExpression' && readsCallerCheck(sourceCode, node, filename)) verified = true;
      else if (node.type === 'Property' && node.parent?.type === 'ObjectPattern' && destructuresCallerCheck(sourceCode, node, filename)) verified = true;
      else if (node.type === 'Literal' && typeof node.value === 'string' && ADDRESS_HEADERS.has(node.value.toLowerCase())) verified = true;
      return undefined;
    });
    if (verified) return true;
  }
  return false;
}

/** `stkQuery(id)`, `queryTransactionStatus`, `verifyPayment`, `mpesa.retrieve(id)`, `checkIpWhitelist`. */
function isRequeryCall(call: TSESTree.CallExpression): boolean {
  const name = expressionName(call.callee);
  if (!name) return false;
  const segments = splitName(name);
  if (segments.some((segment) => SOURCE_WORDS.has(segment)) && segments.length > 1) return true;
  return segments.some((segment) => REQUERY_WORDS.has(segment) && (segments.length > 1 || STANDALONE_REQUERY.has(segment)));
}

/** `req.ip`, `req.socket.remoteAddress`, `req.query.secret`, `req.headers['x-callback-token']`, `req.get('x-token')`. */
function readsCallerCheck(sourceCode: Readonly<SourceCode>, member: TSESTree.MemberExpression, filename: string | undefined): boolean {
  const key = getStaticKeyName(member.property, member.computed);
  if (key === null) return false;
  if (ADDRESS_MEMBERS.has(key)) return true;
  if (!isSecretName(key)) return headerGetterSecret(sourceCode, member, filename);
  return isRequestValue(sourceCode, member, { filename });
}

function headerGetterSecret(sourceCode: Readonly<SourceCode>, member: TSESTree.MemberExpression, filename: string | undefined): boolean {
  const call = member.parent;
  if (call?.type !== 'CallExpression' || call.callee !== member) return false;
  const argument = call.arguments[0];
  const header = argument && argument.type !== 'SpreadElement' ? staticString(sourceCode, argument) : null;
  if (header === null) return false;
  if (ADDRESS_HEADERS.has(header.toLowerCase())) return true;
  return isSecretName(header) && isRequestValue(sourceCode, call, { filename });
}

/** `const { token } = req.query`. */
function destructuresCallerCheck(sourceCode: Readonly<SourceCode>, property: TSESTree.Property, filename: string | undefined): boolean {
  const key = getStaticKeyName(property.key, property.computed);
  if (key === null || !isSecretName(key)) return false;
  let pattern: TSESTree.Node = property.parent!;
  for (let steps = 0; steps < CALL_HOPS && pattern.parent?.type === 'Property'; steps++) pattern = pattern.parent.parent!;
  const declarator = pattern.parent;
  return declarator?.type === 'VariableDeclarator' && declarator.init !== null && isRequestValue(sourceCode, declarator.init, { filename });
}

function isSecretName(name: string): boolean {
  return splitName(name).some((segment) => SECRET_WORDS.has(segment));
}
