/**
 * Payment signature checks in request handlers whose result does not protect the money-moving code:
 * - `ignored`: the check (an HMAC digest compared with a request value, a boolean verifier such as Razorpay
 *   `validatePaymentVerification`) guards nothing, yet the handler marks a payment paid / credits / grants after it
 *   (`const valid = expected === razorpay_signature; await Order.updateOne(…, { status: 'paid' })`);
 * - `onlyReported`: the result only decides what is sent back to the browser (`res.json({ verified: valid })`) and
 *   nothing server-side happens after the check, so whatever later marks the order paid trusts the client;
 * - `unbound`: the check guards the write, but the HMAC covers request fields (`razorpay_order_id|razorpay_payment_id`)
 *   that nothing else in the handler uses, while the record marked paid is selected by a different request field
 *   (`Order.findByIdAndUpdate(req.body.orderId, { paid: true })`): one valid signature marks any order paid.
 *
 * Precision first: any use of the result the analysis does not understand (returned, passed to unknown code,
 * reassigned) makes the check unknown and nothing is reported. Used by require-webhook-signature-verification.
 */
import { SIGNATURE_CHECK_TEXT } from './triggers.js';
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { findVariable } from '../ast/eslint-utils.js';
import { getEnclosingFunction, getStaticKeyName, isFunction, mayLeaveFunction, skipWrappers, walk, type AnyFunction } from '../ast/ast.js';
import { nodesOfType } from '../ast/node-index.js';
import { handlerOf, type RequestHandler } from '../requests/request-handlers.js';
import { isRequestValue } from '../requests/request-values.js';
import { resolveIdentifier, staticBoolean } from '../values/static-values.js';
import { CALL_HOPS, CHAIN_LENGTH, VALUE_RESOLUTION_DEPTH } from '../values/budget.js';
import { readsOf, valueUses, type ValueUse } from '../values/value-uses.js';
import { findPaymentEffects, type PaymentEffect } from './payment-effects.js';
import { digestKind, isSignatureName, valueName } from './signature-values.js';
import { findWebhookVerifiers } from './webhooks.js';

export type SignatureCheckProblem =
  | { readonly kind: 'ignored'; readonly check: TSESTree.Node; readonly verifier: string; readonly effect: PaymentEffect }
  | { readonly kind: 'onlyReported'; readonly check: TSESTree.Node; readonly verifier: string }
  | {
      readonly kind: 'unbound';
      readonly check: TSESTree.Node;
      readonly verifier: string;
      readonly effect: PaymentEffect;
      /** Request field that selects the record marked paid (`orderId`). */
      readonly selector: string;
      /** Request fields the HMAC covers (`razorpay_order_id`, `razorpay_payment_id`). */
      readonly signed: readonly string[];
    };

interface Check {
  readonly node: TSESTree.Node;
  readonly verifier: string;
  /** The `createHmac(…).update(x)…` inputs, for HMAC comparisons. */
  readonly signedInputs: readonly TSESTree.Node[];
  /** The signature is read from a request header (a webhook), not sent back by the browser. */
  readonly fromHeader: boolean;
}

interface Guards {
  /** Source ranges of code that runs only when the check passed. */
  readonly regions: [number, number][];
  /** The result (or something chosen by it) is sent in a response. */
  reported: boolean;
  /** A use the analysis does not understand. */
  unknown: boolean;
}

const EQUALITY = new Set(['===', '==', '!==', '!=']);
const RESPONSE_METHODS = new Set(['json', 'send', 'jsonp', 'render', 'end', 'redirect', 'sendStatus', 'status', 'write']);
const LOG_METHODS = new Set(['log', 'info', 'warn', 'error', 'debug', 'trace']);
/** Callee roots and methods that never act on server state (responses, logs, encoding, the digest chain). */
const PURE_ROOTS = new Set(['console', 'JSON', 'Math', 'Buffer', 'String', 'Number', 'Boolean', 'Object', 'Array', 'Date', 'crypto', 'NextResponse', 'Response', 'logger', 'log']);
const PURE_METHODS = new Set([
  ...RESPONSE_METHODS, ...LOG_METHODS, 'toString', 'digest', 'update', 'createHmac', 'createHash', 'from', 'stringify',
  'parse', 'includes', 'toLowerCase', 'toUpperCase', 'trim', 'split', 'join', 'slice', 'set', 'header', 'setHeader',
  'timingSafeEqual', 'require', 'alert',
]);

/** Signature checks in the file's request handlers whose result leaves the payment code unprotected. */
export function findSignatureCheckProblems(sourceCode: Readonly<SourceCode>, filename?: string): SignatureCheckProblem[] {
  if (!SIGNATURE_CHECK_TEXT.test(sourceCode.text)) return [];
  const problems: SignatureCheckProblem[] = [];
  for (const check of findChecks(sourceCode, filename)) {
    const handler = handlerOf(sourceCode, check.node, filename);
    if (!handler) continue;
    const guards: Guards = { regions: [], reported: false, unknown: false };
    // `expected !== signature` is true when the check fails.
    const failsWhenTrue = check.node.type === 'BinaryExpression' && (check.node.operator === '!==' || check.node.operator === '!=');
    climb(sourceCode, check.node, failsWhenTrue, guards, 0);
    if (guards.unknown) continue;
    const problem = judge(sourceCode, check, handler, guards, filename);
    if (problem) problems.push(problem);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------
// Checks

function findChecks(sourceCode: Readonly<SourceCode>, filename: string | undefined): Check[] {
  const checks: Check[] = [];
  for (const reference of findWebhookVerifiers(sourceCode)) {
    if (reference.definition.data.style === 'boolean' && !reference.definition.data.async) {
      checks.push({ node: reference.node, verifier: `\`${reference.definition.data.name}\``, signedInputs: [], fromHeader: readsHeader(sourceCode, reference.node) });
    }
  }
  for (const node of nodesOfType(sourceCode, 'BinaryExpression')) {
    if (!EQUALITY.has(node.operator)) continue;
    for (const [digest, other] of [[node.left, node.right], [node.right, node.left]] as const) {
      if (digestKind(sourceCode, digest) !== 'hmac') continue;
      if (!isRequestValue(sourceCode, other, { filename }) && !isSignatureName(valueName(sourceCode, other) ?? '')) continue;
      checks.push({ node, verifier: 'HMAC signature', signedInputs: hmacInputs(sourceCode, digest), fromHeader: readsHeader(sourceCode, other) });
      break;
    }
  }
  return checks;
}

/** The expression (following consts) reads request headers (`req.headers[…]`, `req.get(…)`, `headers.get(…)`). */
function readsHeader(sourceCode: Readonly<SourceCode>, node: TSESTree.Node, depth = 0): boolean {
  if (depth > VALUE_RESOLUTION_DEPTH) return false;
  let found = false;
  walk(node, sourceCode.visitorKeys, (child) => {
    if (found || isFunction(child)) return false;
    if (child.type === 'MemberExpression') {
      const key = getStaticKeyName(child.property, child.computed);
      if (key === 'headers' || key === 'get' || key === 'header') found = true;
      // Only the object side names a value; a non-computed property is a key, not a variable.
      if (!child.computed) {
        if (!found && readsHeader(sourceCode, child.object, depth + 1)) found = true;
        return false;
      }
    } else if (child.type === 'Identifier') {
      const resolved = resolveIdentifier(sourceCode, child);
      if (resolved && readsHeader(sourceCode, resolved, depth + 1)) found = true;
    } else if (child.type === 'Property' && !child.computed && child.parent?.type === 'ObjectExpression') {
      if (readsHeader(sourceCode, child.value, depth + 1)) found = true;
      return false;
    }
    return undefined;
  });
  return found;
}

/** The `.update(x)` arguments of a `createHmac(…).update(x).digest()` chain (through one const), or [] when unknown. */
function hmacInputs(sourceCode: Readonly<SourceCode>, digest: TSESTree.Node): TSESTree.Node[] {
  let current = skipWrappers(digest);
  if (current.type === 'Identifier') {
    const resolved = resolveIdentifier(sourceCode, current);
    if (!resolved) return [];
    current = skipWrappers(resolved);
  }
  const inputs: TSESTree.Node[] = [];
  for (let steps = 0; steps < CHAIN_LENGTH && current.type === 'CallExpression'; steps++) {
    const callee = skipWrappers(current.callee);
    if (callee.type !== 'MemberExpression') break;
    const method = getStaticKeyName(callee.property, callee.computed);
    if (method === 'update') inputs.push(...current.arguments);
    if (method === 'createHmac') return inputs;
    current = skipWrappers(callee.object);
  }
  return [];
}

// ---------------------------------------------------------------------------------------------------------
// What the result guards

function climb(sourceCode: Readonly<SourceCode>, node: TSESTree.Node, negated: boolean, guards: Guards, spent: number): void {
  for (const use of valueUses(sourceCode, node, { spent, alternatives: false })) {
    guardOf(sourceCode, use, negated, guards, spent + use.hops.length);
  }
}

/** What one use of the result (value-uses.ts) guards. */
function guardOf(sourceCode: Readonly<SourceCode>, use: ValueUse, negated: boolean, guards: Guards, spent: number): void {
  switch (use.kind) {
    case 'condition': {
      const test = use.node;
      switch (test.type) {
        case 'UnaryExpression':
          return climb(sourceCode, test, !negated, guards, spent);
        case 'LogicalExpression':
          // `valid && markPaid()`
          if (!negated) guards.regions.push(test.right.range);
          return climb(sourceCode, test, negated, guards, spent);
        case 'IfStatement': {
          if (!negated) guards.regions.push(test.consequent.range);
          else if (test.alternate) guards.regions.push(test.alternate.range);
          // `if (!valid) return …;` / `if (valid) … else return …;`: the rest of the function runs only for a valid signature.
          const failure = negated ? test.consequent : test.alternate;
          if (failure && mayLeaveFunction(failure, sourceCode.visitorKeys)) {
            const fn = getEnclosingFunction(test);
            if (fn) guards.regions.push([test.range[1], fn.range[1]]);
          }
          return;
        }
        case 'ConditionalExpression':
          guards.regions.push((negated ? test.alternate : test.consequent).range);
          return climbValue(sourceCode, test, guards, spent);
        default:
          guards.unknown = true;
          return;
      }
    }
    case 'alternative':
      return climb(sourceCode, use.node, negated, guards, spent);
    case 'comparison': {
      const value = EQUALITY.has(use.node.operator) ? staticBoolean(sourceCode, use.other) : null;
      if (value === null) {
        guards.unknown = true;
        return;
      }
      const equal = use.node.operator === '===' || use.node.operator === '==';
      return climb(sourceCode, use.node, value === equal ? negated : !negated, guards, spent);
    }
    case 'element':
    case 'template':
    case 'argument':
      return climbValue(sourceCode, use.value, guards, spent);
    case 'other':
      // A statement of its own: `valid;`
      if (use.node.type !== 'ExpressionStatement') guards.unknown = true;
      return;
    default:
      guards.unknown = true;
  }
}

/** The result is part of a value: a response body (`res.json({ verified })`), a log, or something unknown. */
function climbValue(sourceCode: Readonly<SourceCode>, node: TSESTree.Node, guards: Guards, spent: number, steps = 0): void {
  if (steps >= CHAIN_LENGTH) {
    guards.unknown = true;
    return;
  }
  for (const use of valueUses(sourceCode, node, { spent, alternatives: false })) {
    const hops = spent + use.hops.length;
    switch (use.kind) {
      case 'element':
      case 'template':
        climbValue(sourceCode, use.node, guards, hops, steps + 1);
        continue;
      case 'condition':
      case 'alternative':
        // `res.json({ status: valid ? 'ok' : 'failed' })`; a logical use is not understood.
        if (use.node.type === 'ConditionalExpression') climbValue(sourceCode, use.node, guards, hops, steps + 1);
        else guards.unknown = true;
        continue;
      case 'argument': {
        const kind = use.node.type === 'CallExpression' ? callKind(use.node) : 'other';
        if (kind === 'response') guards.reported = true;
        else if (kind !== 'log') guards.unknown = true;
        continue;
      }
      case 'assigned': {
        // `responseNow = { signatureIsValid: 'true' }` inside a guarded branch: followed through the variable.
        const left = use.node.left;
        const declared = left.type === 'Identifier' ? declarationOf(sourceCode, left) : null;
        if (declared && hops < CALL_HOPS) {
          for (const reference of readsOf(sourceCode, declared)) climbValue(sourceCode, reference, guards, hops + 1, steps + 1);
        } else {
          guards.unknown = true;
        }
        continue;
      }
      default:
        guards.unknown = true;
    }
  }
}

function callKind(call: TSESTree.CallExpression): 'response' | 'log' | 'other' {
  const callee = skipWrappers(call.callee);
  if (callee.type !== 'MemberExpression') return 'other';
  const method = getStaticKeyName(callee.property, callee.computed);
  const root = rootName(callee);
  if (root === 'console' || (method !== null && LOG_METHODS.has(method) && root !== null && /log/i.test(root))) return 'log';
  if (method !== null && RESPONSE_METHODS.has(method)) return 'response';
  return 'other';
}

// ---------------------------------------------------------------------------------------------------------
// Judgement

function judge(
  sourceCode: Readonly<SourceCode>,
  check: Check,
  handler: RequestHandler,
  guards: Guards,
  filename: string | undefined,
): SignatureCheckProblem | null {
  const inRegion = (node: TSESTree.Node): boolean => guards.regions.some(([start, end]) => start <= node.range[0] && node.range[1] <= end);
  const after = (node: TSESTree.Node): boolean => node.range[0] >= check.node.range[1];
  const effects = findPaymentEffects(sourceCode, handler.fn.body).filter((effect) => after(effect.node));
  const unguarded = effects.find((effect) => !inRegion(effect.node));
  if (unguarded) return { kind: 'ignored', check: check.node, verifier: check.verifier, effect: unguarded };
  const guarded = effects.find((effect) => inRegion(effect.node));
  if (guarded) {
    const unbound = unboundSelector(sourceCode, check, handler, guarded, filename);
    return unbound ? { kind: 'unbound', check: check.node, verifier: check.verifier, effect: guarded, ...unbound } : null;
  }
  if (check.fromHeader || effects.length > 0 || !(guards.reported || regionsRespond(sourceCode, handler.fn, guards))) return null;
  // Nothing but responses and logs runs after the check.
  return actsAfter(sourceCode, handler.fn, check.node) ? null : { kind: 'onlyReported', check: check.node, verifier: check.verifier };
}

/**
 * A guarded branch answers the client: a response call in it, or an assignment to a local whose value is sent
 * (`if (valid) responseNow = { signatureIsValid: 'true' }; res.send(responseNow)`).
 */
function regionsRespond(sourceCode: Readonly<SourceCode>, fn: AnyFunction, guards: Guards): boolean {
  let responds = false;
  walk(fn.body, sourceCode.visitorKeys, (node) => {
    if (responds) return false;
    if (!guards.regions.some(([start, end]) => start <= node.range[0] && node.range[1] <= end)) return undefined;
    if (node.type === 'CallExpression' && callKind(node) === 'response') responds = true;
    if (node.type === 'AssignmentExpression' && node.left.type === 'Identifier') {
      const probe: Guards = { regions: [], reported: false, unknown: false };
      climbValue(sourceCode, node.right, probe, 0);
      if (probe.reported && !probe.unknown) responds = true;
    }
    return undefined;
  });
  return responds;
}

/** A call after the check that may change server state (not a response, log, encoding or digest call). */
function actsAfter(sourceCode: Readonly<SourceCode>, fn: AnyFunction, check: TSESTree.Node): boolean {
  let acts = false;
  walk(fn.body, sourceCode.visitorKeys, (node) => {
    if (acts) return false;
    if ((node.type === 'CallExpression' || node.type === 'NewExpression') && node.range[0] >= check.range[1] && !isPureCall(node)) acts = true;
    if (node.type === 'AssignmentExpression' && node.range[0] >= check.range[1] && skipWrappers(node.left).type === 'MemberExpression') acts = true;
    return undefined;
  });
  return acts;
}

function isPureCall(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const callee = skipWrappers(call.callee);
  if (callee.type === 'Identifier') return PURE_ROOTS.has(callee.name) || PURE_METHODS.has(callee.name);
  if (callee.type !== 'MemberExpression') return false;
  const method = getStaticKeyName(callee.property, callee.computed);
  const root = rootName(callee);
  if (root !== null && PURE_ROOTS.has(root)) return true;
  if (method === null || !PURE_METHODS.has(method)) return false;
  // `Order.update(…)` is not the digest chain's `update`.
  if (method === 'update' || method === 'set') return chainHasCall(callee.object);
  return true;
}

function chainHasCall(node: TSESTree.Node): boolean {
  let current = skipWrappers(node);
  for (let steps = 0; steps < CHAIN_LENGTH; steps++) {
    if (current.type === 'CallExpression') return true;
    if (current.type !== 'MemberExpression') return false;
    current = skipWrappers(current.object);
  }
  return false;
}

/**
 * The record marked paid is selected only by request fields the HMAC does not cover, and the covered fields are used
 * nowhere but in the HMAC: nothing ties the signed provider order to the order marked paid.
 */
function unboundSelector(
  sourceCode: Readonly<SourceCode>,
  check: Check,
  handler: RequestHandler,
  effect: PaymentEffect,
  filename: string | undefined,
): { selector: string; signed: string[] } | null {
  if (check.signedInputs.length === 0) return null;
  const signedNodes = new Set<TSESTree.Node>();
  const signed = new Set<string>();
  // Every value the HMAC covers must be a request field: a stored value (`order.razorpayOrderId`) or an unknown
  // local binds the signature to the server's own record.
  let serverValue = false;
  for (const input of check.signedInputs) {
    walk(input, sourceCode.visitorKeys, (node) => {
      if (node.type !== 'Identifier' && node.type !== 'MemberExpression' && node.type !== 'CallExpression') return undefined;
      const name = requestFieldName(sourceCode, node, filename);
      if (name !== null) {
        signed.add(name);
        signedNodes.add(node);
      } else {
        serverValue = true;
      }
      return false;
    });
  }
  if (serverValue || signed.size === 0) return null;
  const selectorNode = selectorOf(effect);
  if (!selectorNode) return null;
  const leaves: TSESTree.Node[] = [];
  walk(selectorNode, sourceCode.visitorKeys, (node) => {
    if (node.type === 'Identifier' || node.type === 'MemberExpression') {
      if (node.parent?.type === 'Property' && node.parent.key === node && !node.parent.computed) return false;
      leaves.push(node);
      return false;
    }
    return undefined;
  });
  if (leaves.length === 0) return null;
  let selector: string | null = null;
  for (const leaf of leaves) {
    const name = requestFieldName(sourceCode, leaf, filename);
    if (name === null || signed.has(name)) return null;
    selector ??= name;
  }
  // The signed fields must not be used anywhere else in the handler (a lookup or a comparison would bind them).
  let boundElsewhere = false;
  walk(handler.fn.body, sourceCode.visitorKeys, (node) => {
    if (boundElsewhere) return false;
    if (signedNodes.has(node)) return false;
    if (node.type === 'Property' && node.parent?.type === 'ObjectPattern') return false;
    if (node.type === 'Identifier' || node.type === 'MemberExpression') {
      const name = requestFieldName(sourceCode, node, filename);
      if (name !== null && signed.has(name) && !isInside(node, check.node)) boundElsewhere = true;
      if (name !== null) return false;
    }
    return undefined;
  });
  if (boundElsewhere || selector === null) return null;
  return { selector, signed: [...signed] };
}

/** The expression that chooses the record an effect writes: the filter / id argument, or the object assigned to. */
function selectorOf(effect: PaymentEffect): TSESTree.Node | null {
  const node = effect.node;
  if (node.type === 'Property') {
    let current: TSESTree.Node = node.parent!;
    while (current.parent && (current.parent.type === 'Property' || current.parent.type === 'ObjectExpression' || current.parent.type === 'ArrayExpression')) current = current.parent;
    const call = current.parent;
    if (call?.type !== 'CallExpression' || call.arguments.indexOf(current as TSESTree.CallExpressionArgument) < 1) return null;
    const first = call.arguments[0];
    return first && first.type !== 'SpreadElement' ? first : null;
  }
  if (node.type === 'CallExpression') {
    const first = node.arguments[0];
    return first && first.type !== 'SpreadElement' ? first : null;
  }
  return null;
}

/** The request field a value is read from (`req.body.orderId` → `orderId`, `const { orderId } = req.body`). */
function requestFieldName(sourceCode: Readonly<SourceCode>, node: TSESTree.Node, filename: string | undefined): string | null {
  const inner = skipWrappers(node);
  if (inner.type === 'MemberExpression') {
    const key = getStaticKeyName(inner.property, inner.computed);
    return key !== null && isRequestValue(sourceCode, inner, { filename }) && isRequestValue(sourceCode, inner.object, { filename }) ? key : null;
  }
  if (inner.type === 'Identifier') {
    const variable = findVariable(sourceCode.getScope(inner), inner);
    const definition = variable?.defs[0];
    if (!definition || variable!.defs.length !== 1 || definition.type !== 'Variable') return null;
    const name = definition.name as TSESTree.Identifier;
    const property = name.parent;
    if (property?.type !== 'Property' || property.parent?.type !== 'ObjectPattern') return null;
    const key = getStaticKeyName(property.key, property.computed);
    return key !== null && isRequestValue(sourceCode, inner, { filename }) ? key : null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Helpers

function isInside(node: TSESTree.Node, container: TSESTree.Node): boolean {
  return container.range[0] <= node.range[0] && node.range[1] <= container.range[1];
}

function declarationOf(sourceCode: Readonly<SourceCode>, identifier: TSESTree.Identifier): TSESTree.Identifier | null {
  const variable = findVariable(sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs[0];
  return definition?.type === 'Variable' && definition.name.type === 'Identifier' ? (definition.name as TSESTree.Identifier) : null;
}

function rootName(member: TSESTree.MemberExpression): string | null {
  let current: TSESTree.Node = skipWrappers(member.object);
  for (let steps = 0; steps < CHAIN_LENGTH; steps++) {
    if (current.type === 'MemberExpression') current = skipWrappers(current.object);
    else if (current.type === 'CallExpression') current = skipWrappers(current.callee);
    else break;
  }
  return current.type === 'Identifier' ? current.name : null;
}
