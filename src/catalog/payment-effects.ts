/**
 * What "moves money" looks like in application code, so a request handler that does it on unverified data can be
 * told apart from one that only logs or acknowledges: status values that mean a payment went through, the keys they
 * are written under, balance fields, and the verbs and objects of function names that fulfil, credit or grant.
 * Data only; `src/analyses/payment-effects.ts` interprets it. All names are compared as whole lower-case segments
 * (`src/values/names.ts` `splitName`), values case-insensitively.
 */

/** Status values that say a payment succeeded, whatever record they are written to. */
export const PAID_STATUS_VALUES: readonly string[] = ['paid', 'txn_success', 'payment_success', 'payment_received'];

/**
 * Status values that say a payment succeeded only when the record written is a payment-ish one (`Order.updateOne`,
 * `prisma.payment.update`, `order.status = …`): a transcoding job is also "completed".
 */
export const SUCCESS_STATUS_VALUES: readonly string[] = [
  'completed', 'complete', 'success', 'successful', 'succeeded', 'confirmed', 'approved', 'captured', 'settled',
  'settlement', 'processing_complete', 'fulfilled', 'active',
];

/** Keys a status is written under (`status`, `paymentStatus`, `order_state`). */
export const STATUS_KEY_SEGMENTS: readonly string[] = ['status', 'state'];

/** Keys whose `true` / date value marks a record paid (`paid`, `isPaid`, `paid_at`). */
export const PAID_FLAG_SEGMENTS: readonly string[] = ['paid'];

/** Name segments of records, tables, models and objects that hold payments (`orders`, `Payment`, `invoice`). */
export const PAYMENT_RECORD_SEGMENTS: readonly string[] = [
  'order', 'orders', 'payment', 'payments', 'transaction', 'transactions', 'txn', 'invoice', 'invoices', 'purchase',
  'purchases', 'booking', 'bookings', 'subscription', 'subscriptions', 'deposit', 'deposits', 'topup', 'topups',
  'checkout', 'checkouts', 'mpesa', 'stk', 'charge', 'charges', 'donation', 'donations', 'ticket', 'tickets',
];

/** Keys of stored balances that a credit increments (`balance`, `walletBalance`, `credits`). */
export const BALANCE_KEY_SEGMENTS: readonly string[] = ['balance', 'balances', 'credit', 'credits', 'funds', 'wallet'];

/**
 * Function names that fulfil or mark paid, as segment sequences every one of which must appear (`markOrderPaid` →
 * `mark`, `order`, `paid`; `fulfillOrder` → `fulfill`).
 */
export const FULFILMENT_NAMES: readonly (readonly string[])[] = [
  ['paid'],
  ['fulfill'],
  ['fulfil'],
  ['fulfillment'],
  ['fulfilment'],
  ['credit', 'wallet'],
  ['credit', 'account'],
  ['credit', 'user'],
  ['credit', 'balance'],
  ['top', 'up'],
  ['topup'],
  // `processPaymentSuccess`, `handlePaymentSucceeded`, `completeOrder`, `confirmOrder`
  ['payment', 'success'],
  ['payment', 'successful'],
  ['payment', 'succeeded'],
  ['complete', 'order'],
  ['complete', 'payment'],
  ['confirm', 'order'],
  ['approve', 'order'],
];

/** Verbs of function names that add to a balance (`addCredits`, `incrementBalance`). */
export const CREDIT_VERBS: readonly string[] = ['add', 'increment', 'increase', 'credit', 'update'];

/** Verbs of function names that grant something bought (`createVoucher`, `activateSubscription`, `upgradePlan`). */
export const GRANT_VERBS: readonly string[] = [
  'create', 'issue', 'generate', 'add', 'activate', 'grant', 'upgrade', 'provision', 'extend', 'renew', 'give',
  'insert', 'save',
];

/** What a grant gives (`voucher`, `subscription`, `premium`). */
export const GRANT_OBJECTS: readonly string[] = [
  'voucher', 'vouchers', 'subscription', 'subscriptions', 'plan', 'premium', 'membership', 'license', 'licence',
];

/** ORM/driver methods whose call on a grant model (`Voucher.create`, `prisma.subscription.create`) grants it. */
export const RECORD_CREATE_METHODS: readonly string[] = [
  'create', 'insert', 'insertOne', 'insertMany', 'save', 'add', 'upsert', 'createMany', 'bulkCreate', 'build',
];
