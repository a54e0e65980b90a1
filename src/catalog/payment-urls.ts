/**
 * Where payment code carries URLs the provider uses: redirect and webhook fields of payment requests, the calls that
 * register a webhook endpoint, and the words that mark an object or a call as payment traffic. Data only; read by
 * src/analyses/payment-url-context.ts for no-insecure-payment-url.
 */

/** Provider-facing fields that carry a URL the provider redirects customers or sends events to. */
export const REDIRECT_URL_KEYS: ReadonlySet<string> = new Set([
  'success_url',
  'successUrl',
  'cancel_url',
  'cancelUrl',
  'cancel_return',
  'return_url',
  'returnUrl',
  'refresh_url',
  'redirect_url',
  'redirectUrl',
  'failure_url',
  'failureUrl',
  'webhook_url',
  'webhookUrl',
  'notification_url',
  'notificationUrl',
  'notify_url',
  'notifyUrl',
  'ipn_url',
  'callback_url',
  'callbackUrl',
]);

/** Callee segments (lower case) of calls that register a webhook endpoint: their `url` option is where events go. */
export const WEBHOOK_REGISTRATION_WORDS: ReadonlySet<string> = new Set(['webhookendpoints', 'webhooksubscriptions']);

/** Sibling keys that mark an object as a payment request payload. */
export const PAYMENT_PAYLOAD_KEYS: ReadonlySet<string> = new Set([
  'amount',
  'amountMoney',
  'currency',
  'line_items',
  'lineItems',
  'purchase_units',
  'purchaseUnits',
  'payment_method_types',
  'paymentMethodTypes',
  'merchantAccount',
  'price_data',
  'application_context',
  'applicationContext',
  'experience_context',
  'experienceContext',
  'checkoutOptions',
]);

/** Identifier segments (lower case) in a callee chain that mark a call as a payment API call. */
export const PAYMENT_CALL_WORDS: ReadonlySet<string> = new Set([
  'stripe',
  'paypal',
  'square',
  'adyen',
  'braintree',
  'razorpay',
  'mollie',
  'gocardless',
  'klarna',
  'paystack',
  'flutterwave',
  'checkout',
  'payment',
  'payments',
  'paymentintents',
  'paymentlinks',
  'paymentlink',
  'setupintents',
  'billingportal',
  'accountlinks',
  'orderscontroller',
  'createorder',
  'hostedpayments',
  'paymentsapi',
  'webhookendpoints',
]);

/**
 * Route path words (lower case, by segment) that mark a request handler as payment code, so logging its whole request
 * body or headers is logging card data or credentials: `/checkout`, `/api/payments/:id`, `/stripe/webhook`,
 * `/billing/update-card`. A bare `/webhook` is not among them (most webhooks carry no payment data), nor `/cards`
 * (kanban boards and flash cards have them too).
 */
export const PAYMENT_ROUTE_WORDS: ReadonlySet<string> = new Set([
  'pay', 'payment', 'payments', 'checkout', 'charge', 'charges', 'billing', 'purchase', 'purchases', 'refund',
  'refunds', 'donate', 'donation', 'donations', 'stripe', 'paypal', 'braintree', 'adyen', 'razorpay', 'mollie',
  'klarna', 'paystack', 'flutterwave', 'mpesa',
]);

/** Request headers that carry a credential: logging the whole headers of a handler that reads one leaks it. */
export const CREDENTIAL_HEADERS: ReadonlySet<string> = new Set(['authorization', 'cookie', 'x-api-key', 'proxy-authorization']);
