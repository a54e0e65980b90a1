/**
 * Money-defining fields of payment SDK calls (no-client-controlled-amount): which argument of which call sets the amount, currency and
 * fees. Paths use `'[]'` for "every element of this array" and `[]` (empty) for the argument itself.
 * Data only. Sources: the SDK references.
 */
import { api, type ApiDefinition } from './api.js';
import { PROVIDER_CLIENTS, type ClientConstruction } from './providers.js';

export interface MoneyFields {
  readonly role: 'money-fields';
  /** Display: `Stripe paymentIntents.create`. */
  readonly call: string;
  /** Argument holding the parameters. */
  readonly argument: number;
  readonly fields: readonly (readonly string[])[];
  /** Client-chosen quantities: only with `checkQuantity`. */
  readonly quantityFields?: readonly (readonly string[])[];
  /**
   * A catalog call (a Price of a product): setting it in a function that also creates the product, and charges
   * nothing, is an administrator pricing the catalog, not a customer choosing what to pay.
   */
  readonly catalog?: boolean;
}

/** A call that creates a catalog product (no-client-controlled-amount: catalog management). */
export interface CatalogProduct {
  readonly role: 'catalog-product';
}

const money = (
  family: string,
  path: readonly string[],
  provider: string,
  argument: number,
  fields: readonly (readonly string[])[],
  quantityFields?: readonly (readonly string[])[],
): ApiDefinition<MoneyFields> =>
  api.instance(family, path, 'call', {
    role: 'money-fields',
    call: `${provider} ${path.join('.')}`,
    argument,
    fields,
    ...(quantityFields ? { quantityFields } : {}),
  });

// Which payment methods the client offers (`payment_method_types`) and when it captures are the client's choice; they
// never change what is paid.
const STRIPE_PAYMENT = [['amount'], ['currency'], ['application_fee_amount']];
const STRIPE_LINE_ITEMS = [
  ['line_items', '[]', 'price_data', 'unit_amount'],
  ['line_items', '[]', 'price_data', 'unit_amount_decimal'],
  ['line_items', '[]', 'price_data', 'currency'],
  ['line_items', '[]', 'amount'],
  ['currency'],
  ['payment_intent_data', 'application_fee_amount'],
];
const STRIPE_QUANTITY = [['line_items', '[]', 'quantity']];

const PAYPAL_ORDER_SDK = [
  ['body', 'purchaseUnits', '[]', 'amount', 'value'],
  ['body', 'purchaseUnits', '[]', 'amount', 'currencyCode'],
  ['body', 'purchaseUnits', '[]', 'items', '[]', 'unitAmount', 'value'],
];
const PAYPAL_ORDER_REST = [
  ['purchase_units', '[]', 'amount', 'value'],
  ['purchase_units', '[]', 'amount', 'currency_code'],
  ['purchase_units', '[]', 'items', '[]', 'unit_amount', 'value'],
];

/** Paths for the legacy `@paypal/checkout-server-sdk` request objects. */
const PAYPAL_LEGACY_REQUEST = 'paypal-legacy-orders-create';

export const MONEY_FIELD_CALLS: readonly ApiDefinition<MoneyFields | CatalogProduct | ClientConstruction | { readonly role: 'request' }>[] = [
  ...PROVIDER_CLIENTS,
  // Stripe
  money('stripe', ['paymentIntents', 'create'], 'Stripe', 0, STRIPE_PAYMENT),
  money('stripe', ['paymentIntents', 'update'], 'Stripe', 1, STRIPE_PAYMENT),
  money('stripe', ['paymentIntents', 'capture'], 'Stripe', 1, [['amount_to_capture'], ['application_fee_amount']]),
  money('stripe', ['charges', 'create'], 'Stripe', 0, [['amount'], ['currency'], ['application_fee_amount']]),
  money('stripe', ['refunds', 'create'], 'Stripe', 0, [['amount']]),
  money('stripe', ['transfers', 'create'], 'Stripe', 0, [['amount'], ['currency']]),
  money('stripe', ['payouts', 'create'], 'Stripe', 0, [['amount'], ['currency']]),
  money('stripe', ['checkout', 'sessions', 'create'], 'Stripe', 0, STRIPE_LINE_ITEMS, STRIPE_QUANTITY),
  money('stripe', ['paymentLinks', 'create'], 'Stripe', 0, STRIPE_LINE_ITEMS, STRIPE_QUANTITY),
  money('stripe', ['invoiceItems', 'create'], 'Stripe', 0, [['amount'], ['unit_amount'], ['unit_amount_decimal'], ['currency']], [['quantity']]),
  api.instance<MoneyFields>('stripe', ['prices', 'create'], 'call', {
    role: 'money-fields',
    call: 'Stripe prices.create',
    argument: 0,
    fields: [['unit_amount'], ['unit_amount_decimal'], ['currency']],
    catalog: true,
  }),
  api.instance<CatalogProduct>('stripe', ['products', 'create'], 'call', { role: 'catalog-product' }),
  money('stripe', ['subscriptions', 'create'], 'Stripe', 0, [['items', '[]', 'price_data', 'unit_amount'], ['application_fee_percent']], [['items', '[]', 'quantity']]),
  // PayPal server SDK (OrdersController) and the legacy checkout SDK request bodies
  money('paypal-orders', ['createOrder'], 'PayPal', 0, PAYPAL_ORDER_SDK),
  money('paypal-orders', ['ordersCreate'], 'PayPal', 0, PAYPAL_ORDER_SDK),
  api.construct('@paypal/checkout-server-sdk', ['orders', 'OrdersCreateRequest'], { role: 'request' }, PAYPAL_LEGACY_REQUEST),
  money(PAYPAL_LEGACY_REQUEST, ['requestBody'], 'PayPal', 0, PAYPAL_ORDER_REST),
  // The deprecated paypal-rest-sdk (v1 Payments API): `paypal.payment.create({ transactions: [{ amount }] }, cb)`
  ...(['payment', 'order'] as const).map((resource) =>
    api.call<MoneyFields>('paypal-rest-sdk', [resource, 'create'], {
      role: 'money-fields',
      call: `PayPal ${resource}.create`,
      argument: 0,
      fields: [
        ['transactions', '[]', 'amount', 'total'],
        ['transactions', '[]', 'amount', 'currency'],
        ['transactions', '[]', 'item_list', 'items', '[]', 'price'],
      ],
    }),
  ),
  // Square (v40+ and legacy)
  money('square', ['payments', 'create'], 'Square', 0, [['amountMoney', 'amount'], ['amountMoney', 'currency'], ['appFeeMoney', 'amount']]),
  money('square', ['paymentsApi', 'createPayment'], 'Square', 0, [['amountMoney', 'amount'], ['amountMoney', 'currency'], ['appFeeMoney', 'amount']]),
  money('square', ['refunds', 'refundPayment'], 'Square', 0, [['amountMoney', 'amount']]),
  money('square', ['refundsApi', 'refundPayment'], 'Square', 0, [['amountMoney', 'amount']]),
  // Adyen
  money('adyen-checkout', ['PaymentsApi', 'payments'], 'Adyen', 0, [['amount', 'value'], ['amount', 'currency']]),
  money('adyen-checkout', ['PaymentsApi', 'sessions'], 'Adyen', 0, [['amount', 'value'], ['amount', 'currency']]),
  money('adyen-checkout', ['PaymentLinksApi', 'paymentLinks'], 'Adyen', 0, [['amount', 'value'], ['amount', 'currency']]),
  money('adyen-checkout', ['ModificationsApi', 'captureAuthorisedPayment'], 'Adyen', 1, [['amount', 'value']]),
  money('adyen-checkout', ['ModificationsApi', 'refundCapturedPayment'], 'Adyen', 1, [['amount', 'value']]),
  // Braintree
  money('braintree', ['transaction', 'sale'], 'Braintree', 0, [['amount']]),
  money('braintree', ['transaction', 'refund'], 'Braintree', 1, [[]]),
  // Razorpay
  money('razorpay', ['orders', 'create'], 'Razorpay', 0, [['amount'], ['currency']]),
  money('razorpay', ['payments', 'capture'], 'Razorpay', 1, [[]]),
  money('razorpay', ['paymentLink', 'create'], 'Razorpay', 0, [['amount'], ['currency']]),
  // Mollie
  money('mollie', ['payments', 'create'], 'Mollie', 0, [['amount', 'value'], ['amount', 'currency']]),
  money('mollie', ['paymentRefunds', 'create'], 'Mollie', 0, [['amount', 'value']]),
  // Checkout.com
  money('checkout', ['payments', 'request'], 'Checkout.com', 0, [['amount'], ['currency']]),
  money('checkout', ['payments', 'capture'], 'Checkout.com', 1, [['amount']]),
  money('checkout', ['payments', 'refund'], 'Checkout.com', 1, [['amount']]),
  // GoCardless
  money('gocardless', ['payments', 'create'], 'GoCardless', 0, [['amount'], ['currency']]),
];
