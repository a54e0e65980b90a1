/**
 * Code that moves money inside a function: a record written as paid (`{ status: 'paid' }`, `order.isPaid = true`,
 * `UPDATE orders SET status = 'completed'`), a balance incremented (`$inc: { balance }`, `{ credits: { increment } }`,
 * `wallet.balance += amount`), or a purchase granted or fulfilled by name (`Voucher.create`, `activateSubscription`,
 * `markOrderPaid`, `fulfillOrder`). Used by require-webhook-signature-verification to tell a payment callback that
 * acts on its payload from one that only logs or acknowledges it. Data in `src/catalog/payment-effects.ts`.
 *
 * Objects sent back in a response or logged (`res.json({ status: 'paid' })`, `console.log`) are not effects.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import {
  BALANCE_KEY_SEGMENTS,
  CREDIT_VERBS,
  FULFILMENT_NAMES,
  GRANT_OBJECTS,
  GRANT_VERBS,
  PAID_FLAG_SEGMENTS,
  PAID_STATUS_VALUES,
  PAYMENT_RECORD_SEGMENTS,
  RECORD_CREATE_METHODS,
  STATUS_KEY_SEGMENTS,
  SUCCESS_STATUS_VALUES,
} from '../catalog/payment-effects.js';
import { getStaticKeyName, skipWrappers, walk } from '../ast/ast.js';
import { splitName } from '../values/names.js';
import { staticValue } from '../values/static-values.js';
import { CHAIN_LENGTH } from '../values/budget.js';

export type PaymentEffectKind = 'paid' | 'credit' | 'grant' | 'fulfil';

export interface PaymentEffect {
  /** The write, call or SQL text that moves money. */
  readonly node: TSESTree.Node;
  readonly kind: PaymentEffectKind;
}

const PAID_VALUES = new Set(PAID_STATUS_VALUES);
const SUCCESS_VALUES = new Set(SUCCESS_STATUS_VALUES);
const STATUS_SEGMENTS = new Set(STATUS_KEY_SEGMENTS);
const PAID_FLAGS = new Set(PAID_FLAG_SEGMENTS);
const RECORD_SEGMENTS = new Set(PAYMENT_RECORD_SEGMENTS);
const BALANCE_SEGMENTS = new Set(BALANCE_KEY_SEGMENTS);
const CREDIT_VERB_SET = new Set(CREDIT_VERBS);
const GRANT_VERB_SET = new Set(GRANT_VERBS);
const GRANT_OBJECT_SET = new Set(GRANT_OBJECTS);
const CREATE_METHODS = new Set(RECORD_CREATE_METHODS);

/** Calls whose object arguments are responses, logs or serialisation, never stored state. */
const NON_WRITE_METHODS = new Set([
  'json', 'send', 'jsonp', 'render', 'end', 'write', 'redirect', 'status', 'log', 'info', 'warn', 'error', 'debug',
  'trace', 'stringify', 'emit', 'sendStatus', 'set', 'header', 'setHeader', 'cookie', 'text', 'html', 'body',
]);
/** Keys whose object value selects records rather than writing them (Prisma `where`, Mongo `filter` / `$match`). */
const FILTER_KEYS = new Set(['where', 'filter', 'query', '$match', 'conditions']);
/** Method name segments that write (`updateOne`, `findOneAndUpdate`, `insertMany`, `save`). */
const WRITE_SEGMENTS = new Set(['update', 'set', 'create', 'insert', 'save', 'upsert', 'add', 'put', 'replace', 'push', 'increment', 'patch', 'modify', 'write', 'store', 'mark', 'record', 'build']);
/** Leading method name verbs of queries (`find`, `findOne`, `count`, `where`, `eq`). */
const QUERY_VERBS = new Set(['find', 'get', 'count', 'exists', 'where', 'select', 'aggregate', 'list', 'search', 'distinct', 'eq', 'match', 'filter', 'has', 'is', 'includes', 'some', 'every']);
/** Leading verbs of function names that read or report rather than change (`getPaidOrders`, `isPaid`). */
const READ_VERBS = new Set([
  'get', 'find', 'is', 'has', 'list', 'fetch', 'load', 'check', 'count', 'show', 'read', 'query', 'select', 'search',
  'notify', 'log', 'render', 'format', 'calculate', 'compute', 'validate', 'verify', 'send', 'print', 'display',
  'was', 'should', 'can', 'filter', 'sum', 'total',
]);

/** Every money-moving effect inside `root` (nested callbacks included), in source order. */
export function findPaymentEffects(sourceCode: Readonly<SourceCode>, root: TSESTree.Node): PaymentEffect[] {
  const effects: PaymentEffect[] = [];
  walk(root, sourceCode.visitorKeys, (node) => {
    switch (node.type) {
      case 'Property': {
        const kind = propertyEffect(sourceCode, node);
        if (kind) effects.push({ node, kind });
        break;
      }
      case 'AssignmentExpression': {
        const kind = assignmentEffect(sourceCode, node);
        if (kind) effects.push({ node, kind });
        break;
      }
      case 'CallExpression':
      case 'NewExpression': {
        const kind = callEffect(sourceCode, node);
        if (kind) effects.push({ node, kind });
        break;
      }
      case 'Literal':
      case 'TemplateLiteral': {
        const kind = sqlEffect(node);
        if (kind) effects.push({ node, kind });
        break;
      }
      default:
        break;
    }
    return undefined;
  });
  return effects;
}

/** A human phrase for messages: "marks a payment as paid". */
export function describeEffect(kind: PaymentEffectKind): string {
  switch (kind) {
    case 'paid':
      return 'marks a payment as paid';
    case 'credit':
      return 'credits a balance';
    case 'grant':
      return 'grants what was bought (a voucher, subscription or plan)';
    case 'fulfil':
      return 'fulfils an order';
  }
}

// ---------------------------------------------------------------------------------------------------------
// Object properties: `{ status: 'paid' }`, `{ isPaid: true }`, `$inc: { balance: x }`, `{ credits: { increment } }`

function propertyEffect(sourceCode: Readonly<SourceCode>, property: TSESTree.Property): PaymentEffectKind | null {
  if (property.parent?.type !== 'ObjectExpression') return null;
  const key = getStaticKeyName(property.key, property.computed);
  if (key === null) return null;
  const segments = splitName(key);
  const value = property.value as TSESTree.Node;
  const write = writtenObjectCall(property.parent);
  if (!write) return null;
  if (segments.some((segment) => PAID_FLAGS.has(segment)) && isPaidFlagValue(sourceCode, value)) return 'paid';
  if (segments.some((segment) => STATUS_SEGMENTS.has(segment))) {
    const status = lowerString(sourceCode, value);
    if (status !== null && PAID_VALUES.has(status)) return 'paid';
    if (status !== null && SUCCESS_VALUES.has(status) && (segmentsMention(segments, RECORD_SEGMENTS) || chainSegments(write.callee).some((segment) => RECORD_SEGMENTS.has(segment)))) {
      return 'paid';
    }
  }
  if (segments.some((segment) => BALANCE_SEGMENTS.has(segment))) {
    if (isIncrementObject(value)) return 'credit';
    if (isSelfIncrement(value, key)) return 'credit';
    // `$inc: { balance: amount }`
    const outer = property.parent.parent;
    if (outer?.type === 'Property' && getStaticKeyName(outer.key, outer.computed) === '$inc' && !isNonPositive(sourceCode, value)) return 'credit';
  }
  return null;
}

/**
 * The call an object literal (possibly nested in other literals / arrays) is an argument of, when that call can
 * store it (not a response, log or serialisation): `Order.updateOne(filter, { $set: { status } })`.
 */
function writtenObjectCall(object: TSESTree.ObjectExpression): TSESTree.CallExpression | TSESTree.NewExpression | null {
  let current: TSESTree.Node = object;
  for (let steps = 0; steps < CHAIN_LENGTH; steps++) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (!parent) return null;
    if (parent.type === 'Property' && FILTER_KEYS.has(getStaticKeyName(parent.key, parent.computed) ?? '')) return null;
    if (parent.type === 'Property' || parent.type === 'ObjectExpression' || parent.type === 'ArrayExpression' || parent.type === 'TSAsExpression') {
      current = parent;
      continue;
    }
    if ((parent.type === 'CallExpression' || parent.type === 'NewExpression') && parent.arguments.includes(current as TSESTree.CallExpressionArgument)) {
      const method = calleeLastName(parent.callee);
      if (method !== null && NON_WRITE_METHODS.has(method)) return null;
      const segments = method === null ? [] : splitName(method);
      const writes = segments.some((segment) => WRITE_SEGMENTS.has(segment));
      // `Order.find({ paid: true })`, `count`, `where`: a query, not a write.
      if (!writes && segments.length > 0 && QUERY_VERBS.has(segments[0]!)) return null;
      // The filter of `updateOne(filter, update)` / `findOneAndUpdate(filter, update)`.
      if (writes && parent.arguments.length >= 2 && parent.arguments[0] === current && segments.some((segment) => segment === 'update' || segment === 'replace')) return null;
      const callee = skipWrappers(parent.callee);
      if (parent.type === 'NewExpression' && callee.type === 'Identifier' && (callee.name === 'Response' || callee.name === 'Error')) return null;
      if (callee.type === 'MemberExpression' && rootName(callee) === 'console') return null;
      return parent;
    }
    return null;
  }
  return null;
}

function isPaidFlagValue(sourceCode: Readonly<SourceCode>, value: TSESTree.Node): boolean {
  const inner = skipWrappers(value);
  if (inner.type === 'NewExpression' && skipWrappers(inner.callee).type === 'Identifier' && (skipWrappers(inner.callee) as TSESTree.Identifier).name === 'Date') return true;
  if (inner.type === 'CallExpression') {
    const callee = skipWrappers(inner.callee);
    return callee.type === 'MemberExpression' && rootName(callee) === 'Date' && getStaticKeyName(callee.property, callee.computed) === 'now';
  }
  const known = staticValue(sourceCode, inner);
  if (!known) return false;
  if (known.value === true) return true;
  return typeof known.value === 'string' && (PAID_VALUES.has(known.value.toLowerCase()) || known.value.toLowerCase() === 'yes');
}

function lowerString(sourceCode: Readonly<SourceCode>, value: TSESTree.Node): string | null {
  const known = staticValue(sourceCode, value);
  return known && typeof known.value === 'string' ? known.value.toLowerCase() : null;
}

/** `{ increment: amount }` (Prisma), `FieldValue.increment(amount)` / `increment(amount)` (Firestore). */
function isIncrementObject(value: TSESTree.Node): boolean {
  const inner = skipWrappers(value);
  if (inner.type === 'ObjectExpression') {
    return inner.properties.some((property) => property.type === 'Property' && getStaticKeyName(property.key, property.computed) === 'increment');
  }
  if (inner.type === 'CallExpression') return calleeLastName(inner.callee) === 'increment';
  return false;
}

/** `balance: user.balance + amount` / `balance: Number(wallet.balance) + amount`. */
function isSelfIncrement(value: TSESTree.Node, key: string): boolean {
  const inner = skipWrappers(value);
  if (inner.type !== 'BinaryExpression' || inner.operator !== '+') return false;
  return mentionsMember(inner.left, key);
}

function mentionsMember(node: TSESTree.Node, key: string): boolean {
  let inner = skipWrappers(node);
  for (let steps = 0; steps < CHAIN_LENGTH; steps++) {
    if (inner.type === 'CallExpression' && inner.arguments.length === 1 && inner.arguments[0]!.type !== 'SpreadElement') {
      inner = skipWrappers(inner.arguments[0]!);
    } else if (inner.type === 'BinaryExpression' && inner.operator === '+') {
      inner = skipWrappers(inner.left);
    } else {
      break;
    }
  }
  return inner.type === 'MemberExpression' && getStaticKeyName(inner.property, inner.computed) === key;
}

function isNonPositive(sourceCode: Readonly<SourceCode>, value: TSESTree.Node): boolean {
  const inner = skipWrappers(value);
  if (inner.type === 'UnaryExpression' && inner.operator === '-') return true;
  const known = staticValue(sourceCode, inner);
  return known !== null && typeof known.value === 'number' && known.value <= 0;
}

// ---------------------------------------------------------------------------------------------------------
// Assignments: `order.isPaid = true`, `order.status = 'paid'`, `wallet.balance += amount`

function assignmentEffect(sourceCode: Readonly<SourceCode>, assignment: TSESTree.AssignmentExpression): PaymentEffectKind | null {
  const target = skipWrappers(assignment.left);
  if (target.type !== 'MemberExpression') return null;
  const key = getStaticKeyName(target.property, target.computed);
  if (key === null) return null;
  const segments = splitName(key);
  if (assignment.operator === '=') {
    if (segments.some((segment) => PAID_FLAGS.has(segment)) && isPaidFlagValue(sourceCode, assignment.right)) return 'paid';
    if (segments.some((segment) => STATUS_SEGMENTS.has(segment))) {
      const status = lowerString(sourceCode, assignment.right);
      if (status !== null && PAID_VALUES.has(status)) return 'paid';
      if (status !== null && SUCCESS_VALUES.has(status) && (segmentsMention(segments, RECORD_SEGMENTS) || chainSegments(target.object).some((segment) => RECORD_SEGMENTS.has(segment)))) {
        return 'paid';
      }
    }
    if (segments.some((segment) => BALANCE_SEGMENTS.has(segment)) && isSelfIncrement(assignment.right, key)) return 'credit';
    return null;
  }
  if (assignment.operator === '+=' && segments.some((segment) => BALANCE_SEGMENTS.has(segment)) && !isNonPositive(sourceCode, assignment.right)) {
    return 'credit';
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Calls by name: `markOrderPaid(id)`, `fulfillOrder`, `addCredits`, `createVoucher`, `Voucher.create`

function callEffect(sourceCode: Readonly<SourceCode>, call: TSESTree.CallExpression | TSESTree.NewExpression): PaymentEffectKind | null {
  const name = calleeLastName(call.callee);
  if (name === null) return null;
  const segments = splitName(name);
  if (segments.length === 0) return null;
  const verb = segments[0]!;
  if (!READ_VERBS.has(verb)) {
    for (const sequence of FULFILMENT_NAMES) {
      if (sequence.every((word) => segments.includes(word))) return sequence.includes('paid') ? 'paid' : sequence[0] === 'credit' || sequence.includes('up') || sequence.includes('topup') ? 'credit' : 'fulfil';
    }
    if (CREDIT_VERB_SET.has(verb) && segments.slice(1).some((segment) => BALANCE_SEGMENTS.has(segment))) return 'credit';
    if (GRANT_VERB_SET.has(verb) && segments.slice(1).some((segment) => GRANT_OBJECT_SET.has(segment))) return 'grant';
  }
  // `Voucher.create(...)`, `prisma.subscription.create(...)`, `db.collection('vouchers').insertOne(...)`
  const callee = skipWrappers(call.callee);
  if (call.type === 'CallExpression' && callee.type === 'MemberExpression' && CREATE_METHODS.has(name)) {
    if (chainSegments(callee.object).some((segment) => GRANT_OBJECT_SET.has(segment))) return 'grant';
  }
  // `new Voucher({ … })`, `new Subscription(…)`
  if (call.type === 'NewExpression' && callee.type === 'Identifier' && splitName(callee.name).some((segment) => GRANT_OBJECT_SET.has(segment))) {
    return sourceCode.getText(callee) === callee.name ? 'grant' : null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// SQL: `UPDATE orders SET status = 'paid'`, `UPDATE wallets SET balance = balance + ?`

const SQL_WORD = /[a-z_]+/g;

function sqlEffect(node: TSESTree.Literal | TSESTree.TemplateLiteral): PaymentEffectKind | null {
  const text = node.type === 'Literal' ? (typeof node.value === 'string' ? node.value : null) : node.quasis.map((quasi) => quasi.value.cooked ?? '').join(' ? ');
  if (text === null || text.length > 2000) return null;
  const lower = text.toLowerCase();
  if (!lower.includes('update') || !lower.includes('set')) return null;
  const words: string[] = lower.match(SQL_WORD) ?? [];
  const updateIndex = words.indexOf('update');
  const setIndex = words.indexOf('set', updateIndex + 1);
  if (updateIndex === -1 || setIndex === -1) return null;
  const compact = lower.replace(/\s+/g, '');
  for (const key of BALANCE_KEY_SEGMENTS) {
    if (compact.includes(`${key}=${key}+`)) return 'credit';
  }
  for (const value of PAID_STATUS_VALUES) {
    if (compact.includes(`='${value}'`) || compact.includes(`="${value}"`)) return 'paid';
  }
  if (compact.includes('paid=true') || compact.includes('paid=1')) return 'paid';
  const table = words.slice(updateIndex + 1, setIndex).flatMap((word) => word.split('_'));
  if (!table.some((word) => RECORD_SEGMENTS.has(word))) return null;
  for (const value of SUCCESS_STATUS_VALUES) {
    if (compact.includes(`status='${value}'`) || compact.includes(`status="${value}"`)) return 'paid';
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Names

function segmentsMention(segments: readonly string[], words: ReadonlySet<string>): boolean {
  return segments.some((segment) => words.has(segment));
}

/** Segments of the names along a callee chain, string arguments included (`supabase.from('payments').update`). */
function chainSegments(node: TSESTree.Node): string[] {
  const segments: string[] = [];
  let current: TSESTree.Node = skipWrappers(node);
  for (let steps = 0; steps < CHAIN_LENGTH; steps++) {
    if (current.type === 'MemberExpression') {
      const key = getStaticKeyName(current.property, current.computed);
      if (key !== null) segments.push(...splitName(key));
      current = skipWrappers(current.object);
    } else if (current.type === 'CallExpression') {
      for (const argument of current.arguments) {
        if (argument.type === 'Literal' && typeof argument.value === 'string') segments.push(...splitName(argument.value));
      }
      current = skipWrappers(current.callee);
    } else if (current.type === 'Identifier') {
      segments.push(...splitName(current.name));
      break;
    } else {
      break;
    }
  }
  return segments;
}

function calleeLastName(callee: TSESTree.Node): string | null {
  const inner = skipWrappers(callee);
  if (inner.type === 'Identifier') return inner.name;
  if (inner.type === 'MemberExpression') return getStaticKeyName(inner.property, inner.computed);
  return null;
}

function rootName(member: TSESTree.MemberExpression): string | null {
  let current: TSESTree.Node = skipWrappers(member.object);
  for (let steps = 0; steps < CHAIN_LENGTH && current.type === 'MemberExpression'; steps++) current = skipWrappers(current.object);
  return current.type === 'Identifier' ? current.name : null;
}
