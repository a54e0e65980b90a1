/**
 * Webhook handlers: which request handlers receive payment webhooks, where they use the payload, whether a
 * recognised signature verification runs on their path (the route's own functions plus one level of same-file
 * helpers), and what body reaches each verifier (raw bytes or re-serialised data). Used by require-webhook-signature-verification and
 * require-raw-webhook-body.
 *
 * Builds on `request-handlers.ts`: handlers registered by the same route call (`app.post('/hook', verify, handle)`)
 * are analysed as one route.
 */
import type { Trigger } from '../modules/file-facts.js';
import type { TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '../ast/eslint-utils.js';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { SERVER_SDK_MODULES } from '../catalog/providers.js';
import {
  AMBIGUOUS_SIGNATURE_HEADERS,
  BODY_PARSERS,
  PAYPAL_VERIFY_PATH,
  STRIPE_WEBHOOK_METHODS,
  WEBHOOK_BODY_FIELDS,
  NOTIFICATION_SDK_MODULES,
  USER_AUTH_SEGMENTS,
  WEAK_WEBHOOK_SEGMENTS,
  WEBHOOK_MANAGEMENT_SEGMENTS,
  WEBHOOK_NAME_SEGMENTS,
  WEBHOOK_PROVIDER_WORDS,
  WEBHOOK_SIGNATURE_HEADERS,
  WEBHOOK_VERIFIERS,
  isVerifier,
  type BodyParser,
  type WebhookProvider,
  type WebhookVerifier,
} from '../catalog/webhooks.js';
import { calledMethodName, decoratorsOf, getStaticKeyName, isFunction, isWriteTarget, skipWrappers, walk, type AnyFunction } from '../ast/ast.js';
import { nodesOfType } from '../ast/node-index.js';
import { findModuleImports, isModuleOrSubpath } from '../modules/module-imports.js';
import { findApiReferences, type ApiReference } from '../modules/module-references.js';
import { enclosingCallArgument, isProjectCallee } from '../modules/project-calls.js';
import { moduleSummary, resolveCalledFunction, summarisedFunctions, type ProjectFunction } from '../modules/project-functions.js';
import { splitName } from '../values/names.js';
import { findPropertyPath } from '../values/object-options.js';
import { findRequestHandlers, type RequestHandler } from '../requests/request-handlers.js';
import { isRequestObject } from '../requests/request-values.js';
import { resolveExpression, resolveIdentifier, staticBoolean, staticString, staticValue } from '../values/static-values.js';
import { CALL_HOPS, ROUTER_NESTING } from '../values/budget.js';
import { namedFunction, readsOf, sameFileCallee, valueUses, type ValueUse } from '../values/value-uses.js';

/** Members of a raw or parsed body that are not payload fields (`req.body.length`, `req.body.toString()`). */
const NON_FIELD_MEMBERS = new Set(['length', 'toString', 'byteLength']);
const WEBHOOK_WORDS = new Set(WEBHOOK_NAME_SEGMENTS);

/** SDK modules whose import makes a file "payment code" (server SDKs plus the webhook-only subpaths). */
const PAYMENT_MODULES = [...SERVER_SDK_MODULES, 'razorpay/dist/utils/razorpay-utils', 'gocardless-nodejs/webhooks'];

export interface WebhookRoute {
  /** The handler that processes the request (the last function of the route). */
  readonly handler: RequestHandler;
  /** Every function of the route: middleware first, then the handler. */
  readonly functions: readonly AnyFunction[];
  /** Provider inferred from signature headers, body fields or the SDK the file uses. */
  readonly provider: WebhookProvider;
}

export type VerificationState =
  /** A recognised verification runs on the path (or an unresolvable one that looks like it). */
  | { readonly kind: 'verified' }
  /**
   * A boolean/status verifier runs but its result is never checked or the handler does not bail out
   * (`reason: 'unchecked'`), or an async verifier's Promise is never awaited (`reason: 'notAwaited'`).
   */
  | {
      readonly kind: 'unchecked';
      readonly node: TSESTree.Node;
      readonly verifier: string;
      readonly reason: 'unchecked' | 'notAwaited';
    }
  | { readonly kind: 'none' };

// ---------------------------------------------------------------------------------------------------------
// Finding webhook routes

interface FileFacts {
  readonly paymentModules: readonly string[];
  readonly verifiers: readonly ApiReference<WebhookVerifier>[];
  readonly verifierByNode: ReadonlyMap<TSESTree.Node, ApiReference<WebhookVerifier>>;
}

const factsCache = new WeakMap<object, FileFacts>();

function fileFacts(sourceCode: Readonly<SourceCode>): FileFacts {
  const cached = factsCache.get(sourceCode);
  if (cached) return cached;
  const paymentModules = findModuleImports(sourceCode)
    .filter((entry) => !entry.typeOnly)
    .map((entry) => entry.module)
    .filter((module) => PAYMENT_MODULES.some((name) => isModuleOrSubpath(module, name)));
  const verifiers = findApiReferences(sourceCode, WEBHOOK_VERIFIERS).filter(
    (reference): reference is ApiReference<WebhookVerifier> =>
      isVerifier(reference.definition.data) && reference.definition.kind === 'call',
  );
  verifiers.push(...stripeShapedVerifiers(sourceCode, new Set(verifiers.map((reference) => reference.node))));
  verifiers.sort((a, b) => a.node.range[0] - b.node.range[0]);
  const verifierByNode = new Map(verifiers.map((reference) => [reference.node, reference] as const));
  const facts = { paymentModules, verifiers, verifierByNode };
  factsCache.set(sourceCode, facts);
  return facts;
}

/** `<x>.webhooks.constructEvent(…)` on a Stripe client imported from another module. */
function stripeShapedVerifiers(
  sourceCode: Readonly<SourceCode>,
  known: ReadonlySet<TSESTree.Node>,
): ApiReference<WebhookVerifier>[] {
  if (!sourceCode.text.includes('constructEvent')) return [];
  const found: ApiReference<WebhookVerifier>[] = [];
  for (const node of nodesOfType(sourceCode, 'CallExpression')) {
    if (known.has(node)) continue;
    const callee = skipWrappers(node.callee);
    if (callee.type !== 'MemberExpression') continue;
    const method = getStaticKeyName(callee.property, callee.computed);
    if (method === null || !Object.hasOwn(STRIPE_WEBHOOK_METHODS, method)) continue;
    const object = skipWrappers(callee.object);
    if (object.type !== 'MemberExpression' || getStaticKeyName(object.property, object.computed) !== 'webhooks') continue;
    const data = STRIPE_WEBHOOK_METHODS[method]!;
    found.push({ node, definition: { from: { module: 'stripe' }, path: ['webhooks', method], kind: 'call', data }, isWrite: false });
  }
  return found;
}

/**
 * What a file must load or contain for {@link findWebhookVerifiers} to find a verifier (see `relevance` in
 * src/create-rule.ts): a catalogued verifier's module or global, or a Stripe webhook method name.
 */
export const WEBHOOK_VERIFIER_TRIGGER: Trigger = { apis: [WEBHOOK_VERIFIERS], text: Object.keys(STRIPE_WEBHOOK_METHODS) };

/** Every verifier call in the file (Stripe `constructEvent`, Square `verifySignature`, `createHmac`, …). */
export function findWebhookVerifiers(sourceCode: Readonly<SourceCode>): readonly ApiReference<WebhookVerifier>[] {
  return fileFacts(sourceCode).verifiers;
}

/**
 * Handlers that receive payment webhooks: the route path or handler name has a webhook word (`webhook`, `hook`,
 * `notification`, `ipn`) in a file that uses a payment SDK, or the handler reads a provider signature header
 * (`stripe-signature`, `x-razorpay-signature`, …) or a provider-only body field (`notificationItems`, `bt_signature`).
 */
export function findWebhookRoutes(sourceCode: Readonly<SourceCode>, filename?: string): readonly WebhookRoute[] {
  // Shape-recognised `(req, res)` functions (controllers wired up in another file) count only when this file
  // never calls or passes them itself; otherwise they are analysed through the route that uses them.
  const handlers = findRequestHandlers(sourceCode, filename).filter(
    (handler) => handler.call !== null || handler.routePath !== null || !isShapeOnly(handler) || !isUsedInFile(sourceCode, handler.fn),
  );
  if (handlers.length === 0) return [];
  const facts = fileFacts(sourceCode);
  // Group the functions of one route call; the last one handles the request.
  const groups = new Map<TSESTree.Node, RequestHandler[]>();
  for (const handler of handlers) {
    const key = handler.call ?? handler.fn;
    const list = groups.get(key) ?? [];
    list.push(handler);
    groups.set(key, list);
  }
  const routes: WebhookRoute[] = [];
  for (const unordered of groups.values()) {
    const group = orderByArgument(sourceCode, unordered);
    const handler = group[group.length - 1]!;
    if (handler.method === null && handler.call && calledMethodName(handler.call) === 'use') continue; // middleware
    const functions = group.map((entry) => entry.fn);
    const marker = signatureMarker(sourceCode, functions, facts);
    if (marker) {
      routes.push({ handler, functions, provider: marker });
      continue;
    }
    const names = [handler.routePath ?? '', ...handlerNames(handler, filename)];
    // `/webhooks/paypal`: the path names the provider even when its SDK is used from another module.
    const namedProvider = providerFromNames(names);
    if (!isWebhookNamed(names, namedProvider !== null, facts)) continue;
    if (facts.paymentModules.length === 0 && !namedProvider) continue;
    if (servesLoggedInUsers(sourceCode, handler, functions, filename)) continue;
    routes.push({ handler, functions, provider: namedProvider ?? providerFromModules(facts.paymentModules) });
  }
  return routes.sort((a, b) => (a.handler.call ?? a.handler.fn).range[0] - (b.handler.call ?? b.handler.fn).range[0]);
}

/** A handler recognised only by its parameter shape (not a route registration, Next.js/Lambda export or NestJS method). */
function isShapeOnly(handler: RequestHandler): boolean {
  return handler.framework !== 'next-app' && handler.framework !== 'next-pages' && handler.framework !== 'lambda' && handler.framework !== 'nest';
}

/** The function's binding is read somewhere other than an export (`export { f }`, `module.exports = { f }`). */
function isUsedInFile(sourceCode: Readonly<SourceCode>, fn: AnyFunction): boolean {
  const binding =
    fn.type === 'FunctionDeclaration'
      ? fn.id
      : fn.parent?.type === 'VariableDeclarator' && fn.parent.init === fn && fn.parent.id.type === 'Identifier'
        ? fn.parent.id
        : null;
  if (!binding) return false;
  for (const reference of readsOf(sourceCode, binding)) {
    const parent = reference.parent;
    if (parent?.type === 'ExportSpecifier' || parent?.type === 'ExportDefaultDeclaration') continue;
    if (parent?.type === 'Property' && parent.value === reference && isModuleExportsObject(parent.parent)) continue;
    if (parent?.type === 'AssignmentExpression' && parent.right === reference) continue; // exports.x = f
    return true;
  }
  return false;
}

function isModuleExportsObject(node: TSESTree.Node | undefined): boolean {
  const assignment = node?.parent;
  return (
    node?.type === 'ObjectExpression' &&
    assignment?.type === 'AssignmentExpression' &&
    assignment.right === node &&
    sourceCodeText(assignment.left).endsWith('exports')
  );
}

function sourceCodeText(node: TSESTree.Node): string {
  const inner = skipWrappers(node);
  if (inner.type === 'Identifier') return inner.name;
  if (inner.type === 'MemberExpression') return getStaticKeyName(inner.property, inner.computed) ?? '';
  return '';
}

/** Handlers of one route call in argument order (`app.post(path, verify, handle)` → verify, handle). */
function orderByArgument(sourceCode: Readonly<SourceCode>, group: readonly RequestHandler[]): RequestHandler[] {
  const call = group[0]?.call;
  if (!call || group.length === 1) return [...group];
  const indexOf = (fn: AnyFunction): number => {
    const index = call.arguments.findIndex((argument) => {
      if (argument.range[0] <= fn.range[0] && fn.range[1] <= argument.range[1]) return true;
      const inner = skipWrappers(argument);
      return inner.type === 'Identifier' && namedFunction(sourceCode, inner) === fn;
    });
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...group].sort((a, b) => indexOf(a.fn) - indexOf(b.fn));
}

const WEAK_WORDS = new Set(WEAK_WEBHOOK_SEGMENTS);
const MANAGEMENT_WORDS = new Set(WEBHOOK_MANAGEMENT_SEGMENTS);
const AUTH_WORDS = new Set(USER_AUTH_SEGMENTS);

export function segmentsOf(names: readonly string[]): string[] {
  return names.flatMap((name) => name.split(/[/:.[\]]+/).flatMap((part) => splitName(part)));
}

/**
 * The route path or handler name says "webhook": a strong word (`webhook`, `hook`, `ipn`), or a weak one
 * (`notification`, `notify`) with a provider word or a notification-style SDK; never a management API
 * (`/webhooks/settings`, `updateWebhookEndpoint`).
 */
function isWebhookNamed(names: readonly string[], hasProviderWord: boolean, facts: FileFacts): boolean {
  const segments = segmentsOf(names);
  if (segments.some((segment) => MANAGEMENT_WORDS.has(segment))) return false;
  if (segments.some((segment) => WEBHOOK_WORDS.has(segment) && !WEAK_WORDS.has(segment))) return true;
  if (!segments.some((segment) => WEAK_WORDS.has(segment))) return false;
  return (
    hasProviderWord ||
    facts.paymentModules.some((module) => NOTIFICATION_SDK_MODULES.some((name) => isModuleOrSubpath(module, name)))
  );
}

/** The route has auth middleware or reads the logged-in user (`req.user`, `req.session`, `ctx.state.user`). */
export function servesLoggedInUsers(
  sourceCode: Readonly<SourceCode>,
  handler: RequestHandler,
  functions: readonly AnyFunction[],
  filename: string | undefined,
): boolean {
  for (const argument of handler.call?.arguments ?? []) {
    const name = expressionName(argument);
    if (name && splitName(name).some((segment) => AUTH_WORDS.has(segment))) return true;
  }
  let found = false;
  for (const fn of functions) {
    walk(fn.body, sourceCode.visitorKeys, (node) => {
      if (found) return false;
      if (node.type !== 'MemberExpression') return undefined;
      const key = getStaticKeyName(node.property, node.computed);
      if (key !== 'user' && key !== 'session' && key !== 'auth') return undefined;
      const object = skipWrappers(node.object);
      const isState = object.type === 'MemberExpression' && getStaticKeyName(object.property, object.computed) === 'state';
      if (isState || isRequestObject(sourceCode, object, { filename })) found = true;
      return undefined;
    });
    if (found) return true;
  }
  return false;
}

/** The handler function's own name and, for Lambda handlers, the file's base name. */
export function handlerNames(handler: RequestHandler, filename: string | undefined): string[] {
  const { fn } = handler;
  const names: string[] = [];
  const parent = fn.parent;
  if (fn.type !== 'ArrowFunctionExpression' && fn.id) names.push(fn.id.name);
  else if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') names.push(parent.id.name);
  else if (parent?.type === 'MethodDefinition' || parent?.type === 'Property' || parent?.type === 'PropertyDefinition') {
    const key = getStaticKeyName(parent.key, parent.computed);
    if (key !== null) names.push(key);
    // `class StripeWebhookController { handle(req, res) {} }`
    const owner = parent.parent?.parent;
    if (parent.type !== 'Property' && (owner?.type === 'ClassDeclaration' || owner?.type === 'ClassExpression') && owner.id) {
      names.push(owner.id.name);
    }
  }
  else if (parent?.type === 'AssignmentExpression' && parent.right === fn) {
    const left = skipWrappers(parent.left);
    if (left.type === 'MemberExpression') {
      const key = getStaticKeyName(left.property, left.computed);
      if (key !== null) names.push(key);
    }
  }
  if (handler.framework === 'lambda' && filename) {
    const base = filename.replace(/\\/g, '/').split('/').pop() ?? '';
    names.push(base.replace(/\.[^.]*$/, ''));
  }
  return names;
}

function providerFromNames(names: readonly string[]): WebhookProvider | null {
  for (const name of names) {
    for (const part of name.split(/[/:.[\]]+/)) {
      for (const segment of splitName(part)) {
        if (Object.hasOwn(WEBHOOK_PROVIDER_WORDS, segment)) return WEBHOOK_PROVIDER_WORDS[segment]!;
      }
    }
  }
  return null;
}

function providerFromModules(modules: readonly string[]): WebhookProvider {
  const providers = new Set<WebhookProvider>();
  for (const module of modules) {
    if (isModuleOrSubpath(module, 'stripe')) providers.add('stripe');
    else if (module.startsWith('@paypal/') || module.startsWith('paypal-rest-sdk')) providers.add('paypal');
    else if (isModuleOrSubpath(module, 'square')) providers.add('square');
    else if (module.startsWith('@adyen/')) providers.add('adyen');
    else if (isModuleOrSubpath(module, 'braintree')) providers.add('braintree');
    else if (isModuleOrSubpath(module, 'razorpay')) providers.add('razorpay');
    else if (module.startsWith('gocardless-nodejs')) providers.add('gocardless');
    else if (module.startsWith('@mollie/')) providers.add('mollie');
    else if (isModuleOrSubpath(module, 'checkout-sdk-node')) providers.add('checkout');
  }
  return providers.size === 1 ? [...providers][0]! : 'generic';
}

/** Provider named by a signature header / provider-only body field the route reads, or null. */
function signatureMarker(
  sourceCode: Readonly<SourceCode>,
  functions: readonly AnyFunction[],
  facts: FileFacts,
): WebhookProvider | null {
  let found: WebhookProvider | null = null;
  for (const fn of functions) {
    walk(fn.body, sourceCode.visitorKeys, (node) => {
      if (found) return false;
      if (node.type === 'Literal' && typeof node.value === 'string' && node.value.length < 64) {
        found = headerProvider(node.value, facts);
      } else if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier') {
        found = fieldProvider(node.property.name);
      } else if (node.type === 'Property' && node.parent?.type === 'ObjectPattern') {
        const key = getStaticKeyName(node.key, node.computed);
        if (key !== null) found = fieldProvider(key) ?? headerProvider(key, facts);
      }
      return undefined;
    });
    if (found) return found;
    // NestJS `@Headers('stripe-signature')` parameters.
    for (const param of fn.params) {
      for (const decorator of decoratorsOf(param)) {
        const expression = decorator.expression;
        if (expression.type !== 'CallExpression') continue;
        const key = expression.arguments[0] ? staticString(sourceCode, expression.arguments[0]) : null;
        if (key !== null) found ??= headerProvider(key, facts);
      }
    }
    if (found) return found;
  }
  return null;
}

function headerProvider(value: string, facts: FileFacts): WebhookProvider | null {
  const header = value.toLowerCase();
  if (!Object.hasOwn(WEBHOOK_SIGNATURE_HEADERS, header)) return null;
  const requires = AMBIGUOUS_SIGNATURE_HEADERS[header];
  if (requires && !facts.paymentModules.some((module) => requires.some((name) => isModuleOrSubpath(module, name)))) {
    return null;
  }
  return WEBHOOK_SIGNATURE_HEADERS[header]!;
}

function fieldProvider(name: string): WebhookProvider | null {
  return Object.hasOwn(WEBHOOK_BODY_FIELDS, name) ? WEBHOOK_BODY_FIELDS[name]! : null;
}

// ---------------------------------------------------------------------------------------------------------
// Payload use

/**
 * The first place the route reads a field of the request payload (`req.body.type`, `const { data } = await
 * request.json()`, `JSON.parse(event.body).type`, `notificationItems`), following consts and one level of same-file
 * helpers the payload is passed to. Forwarding the whole payload to unknown code (a queue) is not a use.
 */
export function findPayloadUse(
  sourceCode: Readonly<SourceCode>,
  route: WebhookRoute,
  filename?: string,
): TSESTree.Node | null {
  const options = { filename };
  const uses: TSESTree.Node[] = [];
  for (const fn of route.functions) {
    walk(fn.body, sourceCode.visitorKeys, (node) => {
      if (isPayloadRoot(sourceCode, node, options)) collectUses(sourceCode, node, uses);
      return undefined;
    });
    // NestJS `@Body() body` parameters.
    const handler = fn === route.handler.fn ? route.handler : null;
    for (const input of handler?.inputs ?? []) {
      if (input.kind !== 'body' || input.param.type !== 'Identifier') continue;
      for (const reference of readsOf(sourceCode, input.param)) collectUses(sourceCode, reference, uses);
    }
  }
  if (uses.length === 0 || handsOnlyIdToProjectCode(sourceCode, uses)) return null;
  return uses.reduce((first, node) => (node.range[0] < first.range[0] ? node : first));
}

/**
 * A thin notification: the handler reads nothing from the payload but its top-level `id` (`body.id`) and hands it to
 * project code in another file (`this.paymentService.handleStatusUpdate({ paymentId: body.id })`). Re-fetching the
 * object by that id is the provider's verification for such events (Mollie's classic webhooks carry only the id),
 * and the code that does it is out of sight, so whether the handler verifies is unknown.
 */
function handsOnlyIdToProjectCode(sourceCode: Readonly<SourceCode>, uses: readonly TSESTree.Node[]): boolean {
  let handedOver = false;
  for (const use of uses) {
    if (use.type !== 'MemberExpression' || getStaticKeyName(use.property, use.computed) !== 'id') return false;
    // Also through a variable: `const paymentId = body.id; await this.payments.sync({ paymentId })`.
    for (const reached of valueUses(sourceCode, use)) {
      const call = enclosingCallArgument(reached.value);
      if (call && isProjectCallee(sourceCode, call.callee)) handedOver = true;
    }
  }
  return handedOver;
}

/** `req.body`, `ctx.request.body`, `await request.json()`, `c.req.parseBody()`, `JSON.parse(<request text>)`. */
export function isPayloadRoot(sourceCode: Readonly<SourceCode>, node: TSESTree.Node, options: { filename?: string }): boolean {
  if (node.type === 'MemberExpression') {
    const key = getStaticKeyName(node.property, node.computed);
    return key === 'body' && !isWriteTarget(node) && isRequestObject(sourceCode, node.object, options) && !isRawLambdaBody(node);
  }
  if (node.type === 'CallExpression') {
    const callee = skipWrappers(node.callee);
    if (callee.type !== 'MemberExpression') return false;
    const method = getStaticKeyName(callee.property, callee.computed);
    if (method === 'json' || method === 'formData' || method === 'parseBody') {
      return node.arguments.length === 0 && isRequestObject(sourceCode, callee.object, options);
    }
    if (method === 'parse' && skipWrappers(callee.object).type === 'Identifier') {
      const argument = node.arguments[0];
      return (
        (skipWrappers(callee.object) as TSESTree.Identifier).name === 'JSON' &&
        argument !== undefined &&
        argument.type !== 'SpreadElement' &&
        isRawRequestBody(sourceCode, argument, options, 0)
      );
    }
  }
  return false;
}

const RAW_BODY_MEMBERS = new Set(['body', 'rawBody']);
const RAW_TEXT_METHODS = new Set(['text', 'toString', 'arrayBuffer']);

/**
 * The raw request body as text: `req.body` / `req.rawBody` / `event.body`, `await request.text()`,
 * `buffer.toString('utf8')`, `Buffer.from(event.body, 'base64').toString()`, a const holding one, or a `?:` of them.
 */
function isRawRequestBody(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.Node,
  options: { filename?: string },
  depth: number,
): boolean {
  if (depth > CALL_HOPS) return false;
  let inner = skipWrappers(node);
  if (inner.type === 'AwaitExpression') inner = skipWrappers(inner.argument);
  switch (inner.type) {
    case 'MemberExpression': {
      const key = getStaticKeyName(inner.property, inner.computed);
      if (key !== null && RAW_BODY_MEMBERS.has(key)) {
        const object = skipWrappers(inner.object);
        return isRequestObject(sourceCode, object, options) || (object.type === 'MemberExpression' && getStaticKeyName(object.property, object.computed) === 'request');
      }
      return false;
    }
    case 'CallExpression': {
      const callee = skipWrappers(inner.callee);
      if (callee.type !== 'MemberExpression') return false;
      const method = getStaticKeyName(callee.property, callee.computed);
      const object = skipWrappers(callee.object);
      if (method !== null && RAW_TEXT_METHODS.has(method)) {
        if (method === 'text' && isRequestObject(sourceCode, object, options)) return true;
        return isRawRequestBody(sourceCode, object, options, depth + 1);
      }
      if (method === 'from' && object.type === 'Identifier' && object.name === 'Buffer') {
        const argument = inner.arguments[0];
        return argument !== undefined && argument.type !== 'SpreadElement' && isRawRequestBody(sourceCode, argument, options, depth + 1);
      }
      return false;
    }
    case 'Identifier': {
      const resolved = resolveIdentifier(sourceCode, inner);
      return resolved !== null && isRawRequestBody(sourceCode, resolved, options, depth + 1);
    }
    case 'ConditionalExpression':
      return (
        isRawRequestBody(sourceCode, inner.consequent, options, depth + 1) ||
        isRawRequestBody(sourceCode, inner.alternate, options, depth + 1)
      );
    case 'LogicalExpression':
      return isRawRequestBody(sourceCode, inner.left, options, depth + 1) || isRawRequestBody(sourceCode, inner.right, options, depth + 1);
    default:
      return false;
  }
}

/** Lambda `event.body` is a string: reading `.length` of it or parsing it is not a field use by itself. */
function isRawLambdaBody(node: TSESTree.MemberExpression): boolean {
  const object = skipWrappers(node.object);
  return object.type === 'Identifier' && (object.name === 'event' || object.name === 'evt');
}

/**
 * Record field reads of the payload expression `node`: member reads and object destructuring, through consts,
 * awaits, `.catch()`/`.finally()` and one level of same-file helpers (value-uses.ts).
 */
function collectUses(sourceCode: Readonly<SourceCode>, node: TSESTree.Node, uses: TSESTree.Node[]): void {
  for (const use of valueUses(sourceCode, node, { helpers: 1, promises: true })) {
    if (use.kind === 'member') {
      if (!use.write && (use.key === null || !NON_FIELD_MEMBERS.has(use.key))) uses.push(use.node);
    } else if (use.kind === 'destructure' && use.node.type === 'ObjectPattern' && use.node.properties.length > 0) {
      uses.push(use.node);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Verification on the path

const VERIFY_WORDS = new Set(['verify', 'verified', 'verifies', 'validate', 'validated', 'authenticate', 'authenticated', 'check', 'construct', 'assert']);
const VERIFY_OBJECT_WORDS = new Set([
  'signature', 'signatures', 'sig', 'hmac', 'webhook', 'webhooks', 'hook', 'event', 'events', 'notification',
  'notifications', 'payload', 'request', 'origin', 'ipn',
]);
const SIGNATURE_WORDS = new Set(['signature', 'signatures', 'sig', 'hmac']);

/** `verifyStripeWebhook`, `validateSignature`, `constructEvent`, `isValidHmac`: an unresolvable verifier. */
export function isVerifierLikeName(name: string): boolean {
  const segments = splitName(name);
  if (segments.some((segment) => SIGNATURE_WORDS.has(segment)) && segments.length > 1) return true;
  return segments.some((segment) => VERIFY_WORDS.has(segment)) && segments.some((segment) => VERIFY_OBJECT_WORDS.has(segment));
}

/** Whether the route verifies the webhook before use, and how. */
export function verificationState(sourceCode: Readonly<SourceCode>, route: WebhookRoute): VerificationState {
  const facts = fileFacts(sourceCode);
  let unchecked: VerificationState | null = null;
  // Functions to search: the route's functions plus one level of same-file helpers they call.
  const visited = new Set<TSESTree.Node>();
  const search = (fn: AnyFunction, level: number): VerificationState | null => {
    if (visited.has(fn)) return null;
    visited.add(fn);
    const state = verificationIn(sourceCode, fn, facts, level);
    if (state.kind === 'verified') return state;
    if (state.kind === 'unchecked') unchecked ??= state;
    if (level > 0) return null;
    for (const helper of calledHelpers(sourceCode, fn)) {
      const inner = search(helper.fn, level + 1);
      if (inner) return inner;
    }
    return null;
  };
  for (const fn of route.functions) {
    const state = search(fn, 0);
    if (state) return state;
  }
  // Route-level middleware we cannot resolve (`router.post('/hook', verifyStripeSignature, handle)`), NestJS guards.
  if (route.handler.call) {
    for (const argument of route.handler.call.arguments) {
      const name = expressionName(argument);
      if (name && isVerifierLikeName(name)) return { kind: 'verified' };
    }
  }
  if (hasVerifyingGuard(route.handler.fn)) return { kind: 'verified' };
  // `app.use(verifyWebhook)` / `app.use('/webhooks', verify)` in this file.
  if (middlewareVerifies(sourceCode, route, facts)) return { kind: 'verified' };
  return unchecked ?? { kind: 'none' };
}

export interface HelperCall {
  readonly fn: AnyFunction;
  readonly call: TSESTree.CallExpression;
}

/** Same-file functions called directly from `fn` (`verify(req)`, `this.verify(req)` on the same class). */
export function calledHelpers(sourceCode: Readonly<SourceCode>, fn: AnyFunction): HelperCall[] {
  const helpers: HelperCall[] = [];
  walk(fn.body, sourceCode.visitorKeys, (node) => {
    if (node.type !== 'CallExpression') return undefined;
    const target = sameFileCallee(sourceCode, node);
    if (target && target !== fn) helpers.push({ fn: target, call: node });
    return undefined;
  });
  return helpers;
}

export function expressionName(node: TSESTree.Node): string | null {
  const inner = skipWrappers(node);
  if (inner.type === 'Identifier') return inner.name;
  if (inner.type === 'MemberExpression') return getStaticKeyName(inner.property, inner.computed);
  if (inner.type === 'CallExpression') return expressionName(inner.callee);
  return null;
}

/** NestJS `@UseGuards(StripeSignatureGuard)` on the method or its class. */
function hasVerifyingGuard(fn: AnyFunction): boolean {
  const method = fn.parent?.type === 'MethodDefinition' ? fn.parent : null;
  if (!method) return false;
  const classNode = method.parent.parent;
  const decorators = [...decoratorsOf(method), ...(classNode ? decoratorsOf(classNode) : [])];
  for (const decorator of decorators) {
    const expression = decorator.expression;
    if (expression.type !== 'CallExpression' || expressionName(expression.callee) !== 'UseGuards') continue;
    if (expression.arguments.some((argument) => isVerifierLikeName(expressionName(argument) ?? '') || /Webhook|Signature|Hmac/.test(expressionName(argument) ?? ''))) {
      return true;
    }
  }
  return false;
}

function middlewareVerifies(sourceCode: Readonly<SourceCode>, route: WebhookRoute, facts: FileFacts): boolean {
  const handlers = findRequestHandlers(sourceCode);
  for (const handler of handlers) {
    if (!handler.call || calledMethodName(handler.call) !== 'use' || route.functions.includes(handler.fn)) continue;
    if (handler.routePath && route.handler.routePath && !route.handler.routePath.startsWith(handler.routePath)) continue;
    if (verificationIn(sourceCode, handler.fn, facts, 0).kind === 'verified') return true;
  }
  return false;
}

/** Verification inside one function body (nested callbacks included, other functions not followed). */
function verificationIn(
  sourceCode: Readonly<SourceCode>,
  fn: AnyFunction,
  facts: FileFacts,
  level: number,
): VerificationState {
  let hmac = false;
  let compare = false;
  let statusChecked = false;
  let statusCall: TSESTree.Node | null = null;
  let unchecked: VerificationState | null = null;
  let verified = false;
  walk(fn.body, sourceCode.visitorKeys, (node) => {
    if (verified) return false;
    if (node.type === 'CallExpression') {
      const reference = facts.verifierByNode.get(node);
      if (reference) {
        const { style, name } = reference.definition.data;
        if (reference.definition.data.async && !isAwaited(sourceCode, node)) {
          unchecked ??= { kind: 'unchecked', node, verifier: name, reason: 'notAwaited' };
          return undefined;
        }
        switch (style) {
          case 'throws':
          case 'refetch':
            verified = true;
            break;
          case 'hmac':
            hmac = true;
            break;
          case 'compare':
            compare = true;
            break;
          case 'status':
            statusCall = node;
            break;
          case 'boolean': {
            const result = resultUse(sourceCode, node);
            if (result === 'checked' || (result === 'returned' && level > 0)) verified = true;
            else unchecked ??= { kind: 'unchecked', node, verifier: name, reason: 'unchecked' };
            break;
          }
        }
        return undefined;
      }
      if (isPayPalVerifyRequest(sourceCode, node)) statusCall ??= node;
      // Unresolvable verify-like calls (`verifyWebhook(req)`, `paymentService.constructEvent(...)`).
      const callee = skipWrappers(node.callee);
      const name = expressionName(callee);
      const local = callee.type === 'Identifier' && namedFunction(sourceCode, callee) !== null;
      // A function of another project module whose summary says it verifies (`readStripeEvent(req)`).
      const target = local ? null : resolveCalledFunction(sourceCode, callee);
      const summary = target && target.sourceCode !== sourceCode ? verifiesWebhook(target) : 'none';
      if (summary === 'verified') verified = true;
      else if (summary === 'returned') {
        const result = resultUse(sourceCode, node);
        if (result === 'checked' || (result === 'returned' && level > 0)) verified = true;
        else unchecked ??= { kind: 'unchecked', node, verifier: `${target!.name}()`, reason: 'unchecked' };
      }
      // Unknown code: it may throw or be checked elsewhere, so it counts.
      else if (!local && name && isVerifierLikeName(name)) verified = true;
    }
    if (node.type === 'BinaryExpression' && (node.operator === '===' || node.operator === '==' || node.operator === '!==' || node.operator === '!=')) {
      const sides = [node.left, node.right];
      if (sides.some((side) => staticString(sourceCode, side) === 'SUCCESS') || sides.some((side) => memberName(side) === 'verification_status')) {
        statusChecked = true;
      }
      compare = true;
    }
    return undefined;
  });
  if (verified) return { kind: 'verified' };
  if (hmac && compare) return { kind: 'verified' };
  if (statusCall) {
    if (statusChecked) return { kind: 'verified' };
    unchecked ??= { kind: 'unchecked', node: statusCall, verifier: 'verify-webhook-signature', reason: 'unchecked' };
  }
  return unchecked ?? { kind: 'none' };
}

/**
 * Function summary (src/modules/project-functions.ts) for a project function of another module: `verified` when its
 * body (or a same-file helper it calls) verifies a webhook signature before returning (a throwing verifier, an HMAC
 * compared, a checked boolean verifier), `returned` when it returns a boolean verifier's result for its caller to
 * check, `none` otherwise.
 */
function verifiesWebhook(target: ProjectFunction): 'verified' | 'returned' | 'none' {
  const summary = moduleSummary(target.sourceCode, 'verifies-webhook', () => {
    const { sourceCode } = target;
    const facts = fileFacts(sourceCode);
    const found = new Map<number, 'verified' | 'returned'>();
    if (facts.verifierByNode.size === 0 && !/\b(?:createHmac|verify|hmac)/iu.test(sourceCode.text)) return found;
    for (const fn of summarisedFunctions(sourceCode)) {
      const strict = verificationIn(sourceCode, fn, facts, 0).kind === 'verified' || calledHelpers(sourceCode, fn).some((helper) => verificationIn(sourceCode, helper.fn, facts, 0).kind === 'verified');
      if (strict) found.set(fn.range[0], 'verified');
      else if (verificationIn(sourceCode, fn, facts, 1).kind === 'verified') found.set(fn.range[0], 'returned');
    }
    return found;
  });
  return summary?.get(target.fn.range[0]) ?? 'none';
}

/**
 * Whether a Promise-returning call is awaited: `await call`, `call.then(…)`, returned to the caller, passed to
 * `Promise.all([...])`, or kept in a const that is awaited later.
 */
function isAwaited(sourceCode: Readonly<SourceCode>, call: TSESTree.Node): boolean {
  let outer = call;
  while (outer.parent && (isTypeWrapper(outer.parent) || outer.parent.type === 'ChainExpression')) outer = outer.parent;
  const parent = outer.parent;
  if (!parent) return false;
  switch (parent.type) {
    case 'AwaitExpression':
    case 'ReturnStatement':
    case 'ArrayExpression':
      return true;
    case 'ArrowFunctionExpression':
      return parent.body === outer;
    case 'MemberExpression': {
      const key = getStaticKeyName(parent.property, parent.computed);
      return parent.object === outer && (key === 'then' || key === 'catch' || key === 'finally');
    }
    case 'VariableDeclarator':
      if (parent.init !== outer || parent.id.type !== 'Identifier') return false;
      return readsOf(sourceCode, parent.id).some((reference) => isAwaited(sourceCode, reference));
    default:
      return false;
  }
}

function isTypeWrapper(node: TSESTree.Node): boolean {
  return (
    node.type === 'TSAsExpression' ||
    node.type === 'TSSatisfiesExpression' ||
    node.type === 'TSNonNullExpression' ||
    node.type === 'TSTypeAssertion'
  );
}

function memberName(node: TSESTree.Node): string | null {
  const inner = skipWrappers(node);
  return inner.type === 'MemberExpression' ? getStaticKeyName(inner.property, inner.computed) : null;
}

/** A request to PayPal's `/v1/notifications/verify-webhook-signature` (fetch, axios, got, …). */
function isPayPalVerifyRequest(sourceCode: Readonly<SourceCode>, call: TSESTree.CallExpression): boolean {
  for (const argument of call.arguments) {
    if (argument.type === 'SpreadElement') continue;
    const resolved = resolveExpression(sourceCode, argument);
    if (resolved.type === 'Literal' || resolved.type === 'TemplateLiteral' || resolved.type === 'BinaryExpression' || resolved.type === 'ObjectExpression') {
      if (sourceCode.getText(resolved).includes(PAYPAL_VERIFY_PATH)) return true;
    }
  }
  return false;
}

export type ResultUse = 'checked' | 'returned' | 'unchecked';

/**
 * How a boolean verifier's result is used: `checked` when it decides an `if` that bails out (return/throw) or
 * guards the processing, a ternary, a logical expression or an assertion; `returned` when a helper returns it;
 * `unchecked` otherwise (ignored, logged, or an `if` that responds but keeps going).
 */
export function resultUse(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): ResultUse {
  return useOf(sourceCode, node, 0, false);
}

const EQUALITY_OPERATORS = new Set(['===', '==', '!==', '!=']);
const ASSERTIONS = new Set(['assert', 'ok', 'invariant', 'strictEqual']);

/** The best use of a boolean (value-uses.ts): `checked` if any use checks it, else `returned` if any returns it. */
function useOf(sourceCode: Readonly<SourceCode>, node: TSESTree.Node, spent: number, negated: boolean): ResultUse {
  let best: ResultUse = 'unchecked';
  for (const use of valueUses(sourceCode, node, { spent, alternatives: false })) {
    // A variable's reads are judged afresh: `const invalid = !valid; if (invalid) { … }` by its own `if`.
    const result = resultOf(sourceCode, use, spent + use.hops.length, use.hops.length > 0 ? false : negated);
    if (result === 'checked') return 'checked';
    if (result === 'returned') best = 'returned';
  }
  return best;
}

function resultOf(sourceCode: Readonly<SourceCode>, use: ValueUse, spent: number, negated: boolean): ResultUse {
  switch (use.kind) {
    case 'condition':
      switch (use.node.type) {
        case 'UnaryExpression':
          return useOf(sourceCode, use.node, spent, !negated);
        case 'LogicalExpression':
          return combinedUse(sourceCode, use.node, spent, negated);
        case 'IfStatement':
          // `if (valid) { process }` and `if (!valid) { reject } else { process }` guard the processing.
          if (!negated || use.node.alternate) return 'checked';
          return bailsOut(sourceCode, use.node.consequent) ? 'checked' : 'unchecked';
        case 'ConditionalExpression':
          return 'checked';
        default:
          return 'unchecked';
      }
    case 'alternative':
      return use.node.type === 'LogicalExpression' ? combinedUse(sourceCode, use.node, spent, negated) : 'unchecked';
    case 'comparison': {
      if (!EQUALITY_OPERATORS.has(use.node.operator)) return 'unchecked';
      const value = staticBoolean(sourceCode, use.other);
      if (value === null) return 'unchecked';
      const equal = use.node.operator === '===' || use.node.operator === '==';
      return useOf(sourceCode, use.node, spent, value !== equal ? !negated : negated);
    }
    case 'return':
      // `items.filter((item) => validator.validateHMAC(item, key))` keeps only verified items.
      return use.node.type === 'ArrowFunctionExpression' && isPredicateCallback(use.node) ? 'checked' : 'returned';
    case 'argument':
      return use.node.type === 'CallExpression' && ASSERTIONS.has(expressionName(use.node.callee) ?? '') ? 'checked' : 'unchecked';
    default:
      return 'unchecked';
  }
}

/** `if (!sig || !valid)`: the combined condition is judged where it is used; any other logical use counts as a check. */
function combinedUse(sourceCode: Readonly<SourceCode>, logical: TSESTree.LogicalExpression, spent: number, negated: boolean): ResultUse {
  const parent = logical.parent;
  if (parent.type === 'IfStatement' || parent.type === 'LogicalExpression' || parent.type === 'UnaryExpression') {
    return useOf(sourceCode, logical, spent, negated);
  }
  return 'checked';
}

const PREDICATE_METHODS = new Set(['filter', 'every', 'some', 'find', 'findIndex']);

function isPredicateCallback(fn: TSESTree.ArrowFunctionExpression): boolean {
  const call = fn.parent;
  if (call?.type !== 'CallExpression' || !call.arguments.includes(fn)) return false;
  const callee = skipWrappers(call.callee);
  return callee.type === 'MemberExpression' && PREDICATE_METHODS.has(getStaticKeyName(callee.property, callee.computed) ?? '');
}

/** The branch leaves the handler or skips the item: `return`, `throw`, `continue`, or `ctx.throw()`. */
function bailsOut(sourceCode: Readonly<SourceCode>, branch: TSESTree.Statement): boolean {
  let bails = false;
  walk(branch, sourceCode.visitorKeys, (node) => {
    if (bails) return false;
    if (isFunction(node)) return false;
    // `continue` skips an unverified item inside a loop over notification items.
    if (node.type === 'ReturnStatement' || node.type === 'ThrowStatement' || node.type === 'ContinueStatement') bails = true;
    if (node.type === 'CallExpression') {
      const callee = skipWrappers(node.callee);
      if (callee.type === 'MemberExpression' && getStaticKeyName(callee.property, callee.computed) === 'throw') bails = true;
    }
    return undefined;
  });
  return bails;
}

// ---------------------------------------------------------------------------------------------------------
// Raw body

export type BodyProblem =
  /** `JSON.stringify(…)` of the parsed body. */
  | { readonly kind: 'stringify'; readonly node: TSESTree.CallExpression; readonly inner: TSESTree.Node }
  /** `await request.json()` / `c.req.json()` result. */
  | { readonly kind: 'parsedJson'; readonly node: TSESTree.CallExpression; readonly direct: boolean }
  /** `JSON.parse(raw)` result. */
  | { readonly kind: 'jsonParse'; readonly node: TSESTree.CallExpression; readonly direct: boolean }
  /** `req.body` after a JSON body parser. */
  | { readonly kind: 'parsedBody'; readonly node: TSESTree.Node; readonly parser: string; readonly routeParser: TSESTree.CallExpression | null }
  /** `req.body` in a Next.js Pages Router API route that keeps the default body parser. */
  | { readonly kind: 'nextPagesBody'; readonly node: TSESTree.Node };

/** Why the payload argument of a verifier is not the raw body, or null when it is raw or unknown. */
export function bodyProblem(
  sourceCode: Readonly<SourceCode>,
  payload: TSESTree.Node,
  handler: RequestHandler | null,
  filename?: string,
): BodyProblem | null {
  return problemOf(sourceCode, payload, handler, filename, 0, true);
}

function problemOf(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.Node,
  handler: RequestHandler | null,
  filename: string | undefined,
  depth: number,
  direct: boolean,
): BodyProblem | null {
  if (depth > CALL_HOPS) return null;
  let inner = skipWrappers(node);
  if (inner.type === 'AwaitExpression') inner = skipWrappers(inner.argument);
  switch (inner.type) {
    case 'CallExpression': {
      const callee = skipWrappers(inner.callee);
      if (callee.type !== 'MemberExpression') return null;
      const method = getStaticKeyName(callee.property, callee.computed);
      const object = skipWrappers(callee.object);
      if (object.type === 'Identifier' && object.name === 'JSON' && !sourceCode.getScope(object).set.has('JSON')) {
        const argument = inner.arguments[0];
        if (method === 'stringify' && argument && argument.type !== 'SpreadElement') {
          return { kind: 'stringify', node: inner, inner: argument };
        }
        if (method === 'parse') return { kind: 'jsonParse', node: inner, direct };
        return null;
      }
      if (object.type === 'Identifier' && object.name === 'Buffer' && method === 'from') {
        const argument = inner.arguments[0];
        return argument && argument.type !== 'SpreadElement'
          ? problemOf(sourceCode, argument, handler, filename, depth + 1, false)
          : null;
      }
      if (method === 'json' && inner.arguments.length === 0 && isRequestObject(sourceCode, object, { filename })) {
        return { kind: 'parsedJson', node: inner, direct };
      }
      return null;
    }
    case 'Identifier': {
      const resolved = resolveIdentifier(sourceCode, inner);
      if (!resolved) return null;
      const single = readsOf(sourceCode, declaredIdentifier(resolved) ?? inner).length <= 1;
      return problemOf(sourceCode, resolved, handler, filename, depth + 1, direct && single);
    }
    case 'MemberExpression': {
      if (getStaticKeyName(inner.property, inner.computed) !== 'body') return null;
      if (!handler || !isRequestObject(sourceCode, inner.object, { filename })) return null;
      if (handler.framework === 'next-pages') {
        return nextPagesBodyParserDisabled(sourceCode) ? null : { kind: 'nextPagesBody', node: inner };
      }
      if (handler.framework === 'express' || handler.framework === 'unknown') {
        const parsed = expressJsonBefore(sourceCode, handler);
        return parsed ? { kind: 'parsedBody', node: inner, parser: parsed.name, routeParser: parsed.routeParser } : null;
      }
      if (handler.framework === 'koa') {
        const parsed = koaBodyParser(sourceCode);
        return parsed ? { kind: 'parsedBody', node: inner, parser: parsed, routeParser: null } : null;
      }
      return null;
    }
    default:
      return null;
  }
}

function declaredIdentifier(init: TSESTree.Node): TSESTree.Identifier | null {
  const parent = init.parent;
  return parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier' ? parent.id : null;
}

/** `export const config = { api: { bodyParser: false } }` in a Pages Router API file. */
function nextPagesBodyParserDisabled(sourceCode: Readonly<SourceCode>): boolean {
  for (const statement of sourceCode.ast.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type !== 'VariableDeclaration') continue;
    for (const declarator of declaration.declarations) {
      if (declarator.id.type !== 'Identifier' || declarator.id.name !== 'config' || !declarator.init) continue;
      const found = findPropertyPath(sourceCode, declarator.init, ['api', 'bodyParser']);
      if (!found) return false;
      return staticBoolean(sourceCode, found.value) !== true;
    }
  }
  return false;
}

interface ParserUse {
  readonly name: string;
  /** The parser call in the route's own arguments, when that is where it is. */
  readonly routeParser: TSESTree.CallExpression | null;
}

/** `type` option values of a JSON parser that still match `application/json` webhook requests. */
const PARSER_TYPES_COVERING_JSON = new Set(['application/json', '*/*', 'application/*', '*/json', 'json']);

const parserCache = new WeakMap<object, Map<TSESTree.Node, ApiReference<BodyParser>>>();

function parserCalls(sourceCode: Readonly<SourceCode>): Map<TSESTree.Node, ApiReference<BodyParser>> {
  let map = parserCache.get(sourceCode);
  if (!map) {
    map = new Map();
    for (const reference of findApiReferences(sourceCode, BODY_PARSERS)) map.set(reference.node, reference);
    parserCache.set(sourceCode, map);
  }
  return map;
}

/** The body parser an argument of `.use()` / a route stands for (`express.json()`, `const json = bodyParser.json()`). */
function parserOf(sourceCode: Readonly<SourceCode>, argument: TSESTree.Node): ApiReference<BodyParser> | null {
  const resolved = resolveExpression(sourceCode, argument);
  const reference = parserCalls(sourceCode).get(resolved) ?? null;
  if (!reference || reference.node.type !== 'CallExpression') return reference;
  // `express.json({ type: 'application/vnd.custom+json' })` may not touch webhook requests: unknown.
  const options = reference.node.arguments[0];
  const type = options ? findPropertyPath(sourceCode, options, ['type']) : null;
  if (type) {
    const value = staticValue(sourceCode, type.value);
    const types = value && (typeof value.value === 'string' || Array.isArray(value.value)) ? [value.value].flat() : [];
    const parsesJson = types.some((entry) => typeof entry === 'string' && PARSER_TYPES_COVERING_JSON.has(entry));
    if (!parsesJson) return null;
  }
  return reference;
}

/**
 * A JSON body parser that runs before this Express route: in the route's own arguments, or registered with
 * `.use()` on the same app/router (or on the app the router is mounted on) earlier in the file.
 */
function expressJsonBefore(sourceCode: Readonly<SourceCode>, handler: RequestHandler): ParserUse | null {
  const call = handler.call;
  if (!call) return null;
  const handlerIndex = call.arguments.findIndex((argument) => argument.range[0] <= handler.fn.range[0] && handler.fn.range[1] <= argument.range[1]);
  for (const [index, argument] of call.arguments.entries()) {
    if (handlerIndex !== -1 && index >= handlerIndex) break;
    const parser = parserOf(sourceCode, argument);
    if (parser?.definition.data.effect === 'parsed') {
      return { name: parser.definition.data.name, routeParser: parser.node as TSESTree.CallExpression };
    }
  }
  const callee = skipWrappers(call.callee);
  if (callee.type !== 'MemberExpression') return null;
  const app = skipWrappers(callee.object);
  if (app.type !== 'Identifier') return null;
  const global = parserUsedBefore(sourceCode, app, call.range[0], handler.routePath, 0);
  return global ? { name: global, routeParser: null } : null;
}

function parserUsedBefore(
  sourceCode: Readonly<SourceCode>,
  app: TSESTree.Identifier,
  position: number,
  routePath: string | null,
  depth: number,
): string | null {
  if (depth > ROUTER_NESTING) return null;
  const variable = findVariable(sourceCode.getScope(app), app);
  if (!variable) return null;
  for (const reference of variable.references) {
    const identifier = reference.identifier as TSESTree.Node;
    const member = identifier.parent;
    if (member?.type === 'MemberExpression' && member.object === identifier && getStaticKeyName(member.property, member.computed) === 'use') {
      const use = member.parent;
      if (use?.type !== 'CallExpression' || use.callee !== member || use.range[0] >= position) continue;
      let args = use.arguments;
      const first = args[0];
      const prefix = first && first.type !== 'SpreadElement' ? staticString(sourceCode, first) : null;
      if (prefix !== null) {
        if (routePath === null || !pathCovers(prefix, routePath)) continue;
        args = args.slice(1);
      }
      for (const argument of args) {
        const parser = parserOf(sourceCode, argument);
        if (parser?.definition.data.effect === 'parsed') return parser.definition.data.name;
      }
    }
    // The router is mounted on another app: `app.use('/webhooks', router)`.
    if (identifier.parent?.type === 'CallExpression' && identifier.parent.arguments.includes(identifier as TSESTree.CallExpressionArgument)) {
      const mount = identifier.parent;
      const mountCallee = skipWrappers(mount.callee);
      if (mountCallee.type !== 'MemberExpression' || getStaticKeyName(mountCallee.property, mountCallee.computed) !== 'use') continue;
      const parent = skipWrappers(mountCallee.object);
      if (parent.type !== 'Identifier' || parent.name === app.name) continue;
      const first = mount.arguments[0];
      const prefix = first && first.type !== 'SpreadElement' ? staticString(sourceCode, first) : null;
      const fullPath = routePath === null ? null : prefix === null ? routePath : joinPaths(prefix, routePath);
      const found = parserUsedBefore(sourceCode, parent, mount.range[0], fullPath, depth + 1);
      if (found) return found;
    }
  }
  return null;
}

/** `prefix` without trailing slashes (a loop: a `/\/+$/` regex is quadratic on long slash runs). */
function trimTrailingSlashes(prefix: string): string {
  let end = prefix.length;
  while (end > 0 && prefix.charCodeAt(end - 1) === 47) end--;
  return prefix.slice(0, end);
}

function pathCovers(prefix: string, path: string): boolean {
  const a = trimTrailingSlashes(prefix);
  return a === '' || path === a || path.startsWith(`${a}/`);
}

function joinPaths(prefix: string, path: string): string {
  let start = 0;
  while (start < path.length && path.charCodeAt(start) === 47) start++;
  return `${trimTrailingSlashes(prefix)}/${path.slice(start)}`;
}

/** A Koa body parser registered in this file (`app.use(bodyParser())`). */
function koaBodyParser(sourceCode: Readonly<SourceCode>): string | null {
  for (const reference of parserCalls(sourceCode).values()) {
    const data = reference.definition.data;
    if (data.effect !== 'parsed' || !/koa/.test(data.name)) continue;
    const parent = reference.node.parent;
    if (parent?.type === 'CallExpression' && expressionName(parent.callee) === 'use') return data.name;
  }
  return null;
}
