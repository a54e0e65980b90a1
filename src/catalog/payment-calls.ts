/**
 * Payment SDK calls: which calls move money and where their idempotency key goes, which APIs and SDK modules are
 * legacy (and what replaces them), which calls confirm a Stripe PaymentIntent on the server, and the resources
 * whose calls throw raw provider errors. Data only. Sources: provider API and SDK references.
 *
 * Every list starts with `PROVIDER_CLIENTS`, so `stripe.paymentIntents.create(...)` on any tracked client matches.
 * Entries carry `role` so rules can tell them apart from the client constructions in the same list.
 */
import { api, type ApiDefinition } from './api.js';
import { PROVIDER_CLIENTS, type ClientConstruction, type ProviderId } from './providers.js';

// ---------------------------------------------------------------------------------------------------------------
// Idempotency (require-idempotency-key)
// ---------------------------------------------------------------------------------------------------------------

/**
 * Where a call takes its idempotency key.
 * - `options`: a property of a request-options object at `argument` or any later argument
 *   (Stripe `create(params, { idempotencyKey })`, Adyen `payments(req, { idempotencyKey })`).
 * - `positional`: the key itself is the argument at `argument` (Checkout.com `payments.request(body, key)`).
 * - `property`: a property of the request object at `argument` (PayPal `{ paypalRequestId }`, Square
 *   `{ idempotencyKey }`). `required` when the API rejects calls without one (Square).
 */
export type IdempotencySlot =
  | { readonly style: 'options'; readonly argument: number; readonly keys: readonly string[] }
  | { readonly style: 'positional'; readonly argument: number }
  | { readonly style: 'property'; readonly argument: number; readonly keys: readonly string[]; readonly required?: boolean };

export interface MoneyMovingCall {
  readonly role: 'money-moving';
  readonly provider: ProviderId;
  /** Display name: `paymentIntents.create`. */
  readonly method: string;
  readonly idempotency: IdempotencySlot;
  /** How to supply the key, for messages: "`{ idempotencyKey }` request option". */
  readonly keyHint: string;
  /** Provider docs page on idempotent requests. */
  readonly docs: string;
}

const STRIPE_IDEMPOTENCY_DOCS = 'https://docs.stripe.com/api/idempotent_requests';
const ADYEN_IDEMPOTENCY_DOCS = 'https://docs.adyen.com/development-resources/api-idempotency/';
const PAYPAL_IDEMPOTENCY_DOCS = 'https://developer.paypal.com/api/rest/reference/idempotency/';
const SQUARE_IDEMPOTENCY_DOCS = 'https://developer.squareup.com/docs/build-basics/common-api-patterns/idempotency';
const CHECKOUT_IDEMPOTENCY_DOCS = 'https://www.checkout.com/docs/developer-resources/api/idempotency';
const GOCARDLESS_IDEMPOTENCY_DOCS = 'https://developer.gocardless.com/api-reference/#making-requests-idempotency-keys';

/** stripe-node request-option names for the key (`idempotency_key` is the deprecated spelling). */
const STRIPE_KEYS = ['idempotencyKey', 'idempotency_key'] as const;

function stripeMoneyCall(path: readonly string[], firstOptionsArgument: number): ApiDefinition<MoneyMovingCall> {
  return api.instance('stripe', path, 'call', {
    role: 'money-moving',
    provider: 'stripe',
    method: path.join('.'),
    idempotency: { style: 'options', argument: firstOptionsArgument, keys: STRIPE_KEYS },
    keyHint: '`{ idempotencyKey }` request option',
    docs: STRIPE_IDEMPOTENCY_DOCS,
  });
}

function moneyCall(
  family: string,
  path: readonly string[],
  provider: ProviderId,
  idempotency: IdempotencySlot,
  keyHint: string,
  docs: string,
): ApiDefinition<MoneyMovingCall> {
  return api.instance(family, path, 'call', {
    role: 'money-moving',
    provider,
    method: path.join('.'),
    idempotency,
    keyHint,
    docs,
  });
}

const adyenOptions: IdempotencySlot = { style: 'options', argument: 1, keys: ['idempotencyKey'] };
const adyenModificationOptions: IdempotencySlot = { style: 'options', argument: 2, keys: ['idempotencyKey'] };
const paypalRequestId: IdempotencySlot = { style: 'property', argument: 0, keys: ['paypalRequestId'] };
const squareKey: IdempotencySlot = { style: 'property', argument: 0, keys: ['idempotencyKey'], required: true };

/** Calls that move money and accept an idempotency key, on top of `PROVIDER_CLIENTS`. */
export const MONEY_MOVING_CALLS: readonly ApiDefinition<MoneyMovingCall | ClientConstruction>[] = [
  ...PROVIDER_CLIENTS,
  // Stripe: create(params, options); confirm/capture(id, params, options)
  stripeMoneyCall(['paymentIntents', 'create'], 1),
  stripeMoneyCall(['paymentIntents', 'confirm'], 1),
  stripeMoneyCall(['paymentIntents', 'capture'], 1),
  stripeMoneyCall(['charges', 'create'], 1),
  stripeMoneyCall(['charges', 'capture'], 1),
  stripeMoneyCall(['refunds', 'create'], 1),
  stripeMoneyCall(['transfers', 'create'], 1),
  stripeMoneyCall(['payouts', 'create'], 1),
  stripeMoneyCall(['invoices', 'pay'], 1),
  // Adyen: checkout.PaymentsApi.payments(req, { idempotencyKey }); pre-v11 checkout.payments(req, options)
  moneyCall('adyen-checkout', ['PaymentsApi', 'payments'], 'adyen', adyenOptions, '`{ idempotencyKey }` request option', ADYEN_IDEMPOTENCY_DOCS),
  moneyCall('adyen-checkout', ['payments'], 'adyen', adyenOptions, '`{ idempotencyKey }` request option', ADYEN_IDEMPOTENCY_DOCS),
  ...['captureAuthorisedPayment', 'refundCapturedPayment', 'refundOrCancelPayment'].map((method) =>
    moneyCall(
      'adyen-checkout',
      ['ModificationsApi', method],
      'adyen',
      adyenModificationOptions,
      '`{ idempotencyKey }` request option',
      ADYEN_IDEMPOTENCY_DOCS,
    ),
  ),
  // PayPal server SDK: ordersController.createOrder({ body, paypalRequestId }); 0.x beta names too
  ...['createOrder', 'captureOrder', 'authorizeOrder', 'ordersCreate', 'ordersCapture', 'ordersAuthorize'].map((method) =>
    moneyCall('paypal-orders', [method], 'paypal', paypalRequestId, '`paypalRequestId` (PayPal-Request-Id)', PAYPAL_IDEMPOTENCY_DOCS),
  ),
  ...['captureAuthorizedPayment', 'refundCapturedPayment', 'authorizationsCapture', 'capturesRefund'].map((method) =>
    moneyCall('paypal-payments', [method], 'paypal', paypalRequestId, '`paypalRequestId` (PayPal-Request-Id)', PAYPAL_IDEMPOTENCY_DOCS),
  ),
  // Square v40+ and ≤ v39 (`client.paymentsApi.createPayment`)
  moneyCall('square', ['payments', 'create'], 'square', squareKey, '`idempotencyKey`', SQUARE_IDEMPOTENCY_DOCS),
  moneyCall('square', ['refunds', 'refundPayment'], 'square', squareKey, '`idempotencyKey`', SQUARE_IDEMPOTENCY_DOCS),
  moneyCall('square', ['paymentsApi', 'createPayment'], 'square', squareKey, '`idempotencyKey`', SQUARE_IDEMPOTENCY_DOCS),
  moneyCall('square', ['refundsApi', 'refundPayment'], 'square', squareKey, '`idempotencyKey`', SQUARE_IDEMPOTENCY_DOCS),
  // Checkout.com: payments.request(body, key); capture/refund/void(id, body, key)
  moneyCall('checkout', ['payments', 'request'], 'checkout', { style: 'positional', argument: 1 }, 'idempotency-key argument (Cko-Idempotency-Key)', CHECKOUT_IDEMPOTENCY_DOCS),
  ...['capture', 'refund', 'void', 'increment'].map((method) =>
    moneyCall('checkout', ['payments', method], 'checkout', { style: 'positional', argument: 2 }, 'idempotency-key argument (Cko-Idempotency-Key)', CHECKOUT_IDEMPOTENCY_DOCS),
  ),
  // GoCardless: payments.create(params, idempotencyKey) (signature unverified; positional 2nd argument)
  moneyCall('gocardless', ['payments', 'create'], 'gocardless', { style: 'positional', argument: 1 }, 'idempotency-key argument', GOCARDLESS_IDEMPOTENCY_DOCS),
  moneyCall('gocardless', ['refunds', 'create'], 'gocardless', { style: 'positional', argument: 1 }, 'idempotency-key argument', GOCARDLESS_IDEMPOTENCY_DOCS),
];

/** Generators whose value is new on every call: a key made from one inside a retry scope changes per attempt. */
export interface RandomSource {
  readonly role: 'random';
  readonly name: string;
}

const random = (name: string): RandomSource => ({ role: 'random', name });

export const RANDOM_KEY_SOURCES: readonly ApiDefinition<RandomSource>[] = [
  api.call('crypto', ['randomUUID'], random('randomUUID()')),
  api.call('crypto', ['randomBytes'], random('randomBytes()')),
  api.global('crypto', ['randomUUID'], 'call', random('crypto.randomUUID()')),
  api.global('Math', ['random'], 'call', random('Math.random()')),
  api.global('Date', ['now'], 'call', random('Date.now()')),
  ...['v1', 'v4', 'v6', 'v7'].map((version) => api.call('uuid', [version], random(`uuid ${version}()`))),
  api.call('nanoid', ['nanoid'], random('nanoid()')),
  api.call('ulid', ['ulid'], random('ulid()')),
  api.call('ulidx', ['ulid'], random('ulid()')),
  api.call('@paralleldrive/cuid2', ['createId'], random('createId()')),
  api.call('cuid', [], random('cuid()')),
];

// ---------------------------------------------------------------------------------------------------------------
// Retry constructs around payment calls (require-idempotency-key)
// ---------------------------------------------------------------------------------------------------------------

/**
 * A library call that runs a callback again on failure (`pRetry(fn)`) or a queue/job handler the framework re-runs
 * (`new Worker(name, fn)`). `callback` is the argument index of the function, or `'last'` for the last function
 * argument; `property` names an option holding the function (`{ handleMessage }`).
 */
export interface RetryConstruct {
  readonly role: 'retry';
  readonly kind: 'retry-helper' | 'job-handler';
  /** Display name for messages: `p-retry`, `BullMQ worker processor` (a noun phrase for job handlers). */
  readonly name: string;
  readonly callback: number | 'last';
  readonly property?: readonly string[];
}

const helper = (name: string, callback: number | 'last' = 0): RetryConstruct => ({
  role: 'retry',
  kind: 'retry-helper',
  name,
  callback,
});
const job = (name: string, callback: number | 'last', property?: readonly string[]): RetryConstruct => ({
  role: 'retry',
  kind: 'job-handler',
  name,
  callback,
  ...(property ? { property } : {}),
});

export const RETRY_CONSTRUCTS: readonly ApiDefinition<RetryConstruct>[] = [
  // Retry helpers
  api.call('p-retry', [], helper('p-retry')),
  api.call('p-retry', ['pRetry'], helper('p-retry')),
  api.call('async-retry', [], helper('async-retry')),
  api.call('promise-retry', [], helper('promise-retry')),
  api.call('exponential-backoff', ['backOff'], helper('exponential-backoff')),
  api.call('ts-retry-promise', ['retry'], helper('ts-retry-promise')),
  api.call('@lifeomic/attempt', ['retry'], helper('@lifeomic/attempt')),
  api.call('retry', ['operation'], helper('retry'), 'retry-operation'),
  api.instance('retry-operation', ['attempt'], 'call', helper('retry')),
  api.call('cockatiel', ['retry'], helper('cockatiel'), 'cockatiel-policy'),
  api.instance('cockatiel-policy', ['execute'], 'call', helper('cockatiel')),
  // Queue and job handlers: the framework re-runs a failed job
  api.construct('bullmq', ['Worker'], job('BullMQ worker processor', 1)),
  api.construct('bull', [], job('Bull queue', 0), 'bull-queue'),
  api.call('bull', [], job('Bull queue', 0), 'bull-queue'),
  api.instance('bull-queue', ['process'], 'call', job('Bull queue processor', 'last')),
  api.construct('bee-queue', [], job('Bee-Queue', 0), 'bee-queue'),
  api.instance('bee-queue', ['process'], 'call', job('Bee-Queue processor', 'last')),
  api.construct('agenda', [], job('Agenda', 0), 'agenda'),
  api.construct('agenda', ['Agenda'], job('Agenda', 0), 'agenda'),
  api.instance('agenda', ['define'], 'call', job('Agenda job', 'last')),
  api.construct('pg-boss', [], job('pg-boss', 0), 'pg-boss'),
  api.construct('pg-boss', ['PgBoss'], job('pg-boss', 0), 'pg-boss'),
  api.instance('pg-boss', ['work'], 'call', job('pg-boss work handler', 'last')),
  api.construct('inngest', ['Inngest'], job('Inngest', 0), 'inngest'),
  api.instance('inngest', ['createFunction'], 'call', job('Inngest function', 'last')),
  api.call('@trigger.dev/sdk', ['task'], job('Trigger.dev task', 0, ['run'])),
  api.call('@trigger.dev/sdk/v3', ['task'], job('Trigger.dev task', 0, ['run'])),
  api.call('@trigger.dev/sdk', ['schedules', 'task'], job('Trigger.dev scheduled task', 0, ['run'])),
  api.call('@trigger.dev/sdk/v3', ['schedules', 'task'], job('Trigger.dev scheduled task', 0, ['run'])),
  api.call('sqs-consumer', ['Consumer', 'create'], job('SQS consumer handler', 0, ['handleMessage'])),
  api.call('sqs-consumer', ['Consumer', 'create'], job('SQS consumer handler', 0, ['handleMessageBatch'])),
];

/** Lambda event types whose handlers AWS re-invokes on failure (SQS, EventBridge, SNS, Kinesis, DynamoDB streams). */
export const RETRIED_LAMBDA_EVENT_TYPES: ReadonlySet<string> = new Set([
  'SQSEvent',
  'SQSHandler',
  'EventBridgeEvent',
  'EventBridgeHandler',
  'SNSEvent',
  'SNSHandler',
  'KinesisStreamEvent',
  'KinesisStreamHandler',
  'DynamoDBStreamEvent',
  'DynamoDBStreamHandler',
  'ScheduledEvent',
  'ScheduledHandler',
]);

// ---------------------------------------------------------------------------------------------------------------
// Legacy payment APIs and SDKs (no-legacy-payment-api)
// ---------------------------------------------------------------------------------------------------------------

/** What a legacy call needs before it is reported, and what replaces it. */
export interface LegacyPaymentCall {
  readonly role: 'legacy';
  readonly provider: ProviderId;
  /** Display name: `charges.create`. */
  readonly method: string;
  /**
   * Report only when the first argument sets one of these keys (`charges.create({ source })`); omitted = every call
   * (`sources.create`).
   */
  readonly whenArgumentHas?: readonly string[];
  /** Why it is legacy, a verb phrase after "Stripe `charges.create` …": "creates a payment through …". */
  readonly reason: string;
  /** Migration target, for messages. */
  readonly replacement: string;
  /** Migration guide. */
  readonly docs: string;
}

const STRIPE_CHARGES_MIGRATION = 'https://docs.stripe.com/payments/payment-intents/migration';
const STRIPE_PAYMENT_METHODS_MIGRATION = 'https://docs.stripe.com/payments/payment-methods/transitioning';

export const LEGACY_PAYMENT_CALLS: readonly ApiDefinition<LegacyPaymentCall | ClientConstruction>[] = [
  ...PROVIDER_CLIENTS,
  api.instance('stripe', ['charges', 'create'], 'call', {
    role: 'legacy',
    provider: 'stripe',
    method: 'charges.create',
    whenArgumentHas: ['source', 'card'],
    reason:
      'creates a payment through the Charges API, which cannot run Strong Customer Authentication (3-D Secure 2), so cards that require it are declined',
    replacement: 'a PaymentIntent (`paymentIntents.create` with a `payment_method`)',
    docs: STRIPE_CHARGES_MIGRATION,
  }),
  api.instance('stripe', ['tokens', 'create'], 'call', {
    role: 'legacy',
    provider: 'stripe',
    method: 'tokens.create',
    whenArgumentHas: ['card'],
    reason:
      'creates a card token through the legacy Tokens API, which Stripe is retiring in favour of PaymentMethods and which cannot run Strong Customer Authentication',
    replacement: 'PaymentMethods collected client-side with Stripe Elements and a SetupIntent or PaymentIntent',
    docs: STRIPE_PAYMENT_METHODS_MIGRATION,
  }),
  api.instance('stripe', ['sources', 'create'], 'call', {
    role: 'legacy',
    provider: 'stripe',
    method: 'sources.create',
    reason: 'uses the deprecated Sources API, which is not ready for Strong Customer Authentication and is being turned off',
    replacement: 'PaymentMethods with the Payment Intents API',
    docs: STRIPE_PAYMENT_METHODS_MIGRATION,
  }),
];

/** A deprecated SDK package. */
export interface LegacyModule {
  readonly provider: ProviderId;
  readonly module: string;
  readonly replacement: string;
  readonly docs: string;
  /**
   * The package exists to turn raw card numbers typed into the app into tokens through Stripe's legacy Tokens API
   * (React Native wrappers from before Stripe's own SDK); reported with its own message.
   */
  readonly tokenizesCards?: boolean;
}

const STRIPE_REACT_NATIVE = '`@stripe/stripe-react-native` (PaymentSheet or CardField with a PaymentIntent or SetupIntent)';
const STRIPE_REACT_NATIVE_DOCS = 'https://docs.stripe.com/payments/accept-a-payment?platform=react-native';

export const LEGACY_PAYMENT_MODULES: readonly LegacyModule[] = [
  {
    provider: 'paypal',
    module: 'paypal-rest-sdk',
    replacement: '`@paypal/paypal-server-sdk` with the Orders v2 API',
    docs: 'https://developer.paypal.com/serversdk/typescript/getting-started/how-to-get-started',
  },
  {
    provider: 'paypal',
    module: '@paypal/checkout-server-sdk',
    replacement: '`@paypal/paypal-server-sdk`',
    docs: 'https://developer.paypal.com/serversdk/typescript/getting-started/how-to-get-started',
  },
  // React Native card tokenisers: `stripe.createTokenWithCard({ number, … })` (tipsi-stripe, deprecated by its
  // authors in favour of Stripe's SDK), `new Stripe(key).createToken({ number, … })` (react-native-stripe-api),
  // `require('stripe-client')(key).createToken({ card })` (stripe-client).
  { provider: 'stripe', module: 'tipsi-stripe', replacement: STRIPE_REACT_NATIVE, docs: STRIPE_REACT_NATIVE_DOCS, tokenizesCards: true },
  { provider: 'stripe', module: 'react-native-stripe-api', replacement: STRIPE_REACT_NATIVE, docs: STRIPE_REACT_NATIVE_DOCS, tokenizesCards: true },
  { provider: 'stripe', module: 'stripe-client', replacement: STRIPE_REACT_NATIVE, docs: STRIPE_REACT_NATIVE_DOCS, tokenizesCards: true },
];

/**
 * Legacy REST endpoints by path. `paths` are path prefixes matched on whole segments (`/v1/payments/payment`
 * matches `/v1/payments/payment/PAY-1/execute` but not `/v1/payments/payouts`). `hosts` are the provider's API hosts:
 * when a URL's host is known and is not one of them, it is not reported.
 */
export interface LegacyEndpoint {
  readonly provider: ProviderId;
  readonly name: string;
  readonly paths: readonly string[];
  readonly hosts: readonly string[];
  readonly replacement: string;
  readonly docs: string;
  /**
   * Report only when the function making the request (or the module, at top level) mentions one of these texts:
   * `/v1/tokens` also creates Connect account, bank-account and PII tokens, which are current APIs.
   */
  readonly whenRequestMentions?: readonly string[];
}

export const LEGACY_PAYMENT_ENDPOINTS: readonly LegacyEndpoint[] = [
  {
    provider: 'paypal',
    name: 'PayPal v1 Payments API',
    // The v1 Payments resources; `/v1/payments/payouts` and `/v1/payments/referenced-payouts` are current APIs.
    paths: [
      '/v1/payments/payment',
      '/v1/payments/sale',
      '/v1/payments/authorization',
      '/v1/payments/capture',
      '/v1/payments/orders',
      '/v1/payments/refund',
    ],
    hosts: ['api.paypal.com', 'api-m.paypal.com', 'api.sandbox.paypal.com', 'api-m.sandbox.paypal.com'],
    replacement: 'the Orders v2 (`/v2/checkout/orders`) and Payments v2 (`/v2/payments`) APIs',
    docs: 'https://developer.paypal.com/docs/api/orders/v2/',
  },
  {
    provider: 'stripe',
    name: 'Stripe Tokens API with raw card numbers',
    paths: ['/v1/tokens'],
    hosts: ['api.stripe.com'],
    // Form-encoded card fields (`card[number]=…`, `'card[cvc]': cvc`).
    whenRequestMentions: ['card['],
    replacement: 'PaymentMethods collected with Stripe Elements or `@stripe/stripe-react-native` and a PaymentIntent or SetupIntent',
    docs: STRIPE_PAYMENT_METHODS_MIGRATION,
  },
];

/**
 * HTTP clients whose URL argument is checked for legacy endpoints: `argument` is where the URL sits, `property` the
 * URL key of a config object (`axios({ url })`).
 */
export interface HttpRequestCall {
  readonly role: 'http';
  readonly client: string;
  readonly argument: number;
  readonly property?: string;
}

const http = (client: string, argument = 0, property?: string): HttpRequestCall => ({
  role: 'http',
  client,
  argument,
  ...(property ? { property } : {}),
});

const AXIOS_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request'] as const;

export const HTTP_REQUEST_CALLS: readonly ApiDefinition<HttpRequestCall>[] = [
  api.global('fetch', [], 'call', http('fetch')),
  api.call('node-fetch', [], http('node-fetch')),
  api.call('undici', ['fetch'], http('undici')),
  api.call('undici', ['request'], http('undici')),
  api.call('axios', [], http('axios')),
  api.call('axios', [], http('axios', 0, 'url')),
  ...AXIOS_METHODS.map((method) => api.call('axios', [method], http('axios', 0, method === 'request' ? 'url' : undefined))),
  api.call('axios', ['create'], http('axios', -1), 'axios-instance'),
  api.instance('axios-instance', [], 'call', http('axios')),
  ...AXIOS_METHODS.map((method) =>
    api.instance('axios-instance', [method], 'call', http('axios', 0, method === 'request' ? 'url' : undefined)),
  ),
  ...['request', 'request-promise', 'request-promise-native'].flatMap((module) => [
    api.call(module, [], http('request')),
    api.call(module, [], http('request', 0, 'url')),
    api.call(module, [], http('request', 0, 'uri')),
    ...['get', 'post', 'put', 'patch', 'del', 'delete'].flatMap((method) => [
      api.call(module, [method], http('request')),
      api.call(module, [method], http('request', 0, 'url')),
      api.call(module, [method], http('request', 0, 'uri')),
    ]),
  ]),
  api.call('got', [], http('got')),
  ...['get', 'post', 'put', 'patch', 'delete'].map((method) => api.call('got', [method], http('got'))),
  api.call('ky', [], http('ky')),
  ...['get', 'post', 'put', 'patch', 'delete'].map((method) => api.call('ky', [method], http('ky'))),
  ...['get', 'post', 'put', 'patch', 'del', 'delete'].map((method) => api.call('superagent', [method], http('superagent'))),
  api.call('superagent', [], http('superagent', 1)),
];

// ---------------------------------------------------------------------------------------------------------------
// Server-side PaymentIntent confirmation (require-3ds-handling)
// ---------------------------------------------------------------------------------------------------------------

export interface IntentConfirmation {
  readonly role: 'confirm-intent';
  readonly method: 'paymentIntents.create' | 'paymentIntents.confirm';
  /** Argument holding the params object (`create(params)`, `confirm(id, params)`). */
  readonly paramsArgument: number;
  /** `create` only confirms with `confirm: true`; `confirm` always does. */
  readonly needsConfirmFlag: boolean;
}

export const STRIPE_INTENT_CONFIRMATIONS: readonly ApiDefinition<IntentConfirmation | ClientConstruction>[] = [
  ...PROVIDER_CLIENTS,
  api.instance('stripe', ['paymentIntents', 'create'], 'call', {
    role: 'confirm-intent',
    method: 'paymentIntents.create',
    paramsArgument: 0,
    needsConfirmFlag: true,
  }),
  api.instance('stripe', ['paymentIntents', 'confirm'], 'call', {
    role: 'confirm-intent',
    method: 'paymentIntents.confirm',
    paramsArgument: 1,
    needsConfirmFlag: false,
  }),
];

/** Status values and fields that show a result handles Strong Customer Authentication. */
export const SCA_STATUS_STRINGS: ReadonlySet<string> = new Set([
  'requires_action',
  'requires_source_action',
  'authentication_required',
]);
export const SCA_RESULT_FIELDS: ReadonlySet<string> = new Set(['next_action', 'client_secret']);

// ---------------------------------------------------------------------------------------------------------------
// Payment SDK resources whose calls throw raw provider errors (no-payment-error-leak)
// ---------------------------------------------------------------------------------------------------------------

export interface PaymentResource {
  readonly role: 'resource';
  readonly provider: ProviderId;
  /** True when the definition is the method itself (a call); false for a resource namespace read. */
  readonly isMethod: boolean;
  /**
   * The SDK's error `message` embeds the whole response body (Square v40+ `SquareError`: "Status code: …\nBody: …"),
   * so even `err.message` is a raw provider error.
   */
  readonly messageLeaks?: boolean;
}

const resource = (
  family: string,
  provider: ProviderId,
  names: readonly string[],
  extra: { readonly messageLeaks?: boolean } = {},
): ApiDefinition<PaymentResource>[] =>
  names.map((name) => api.instance(family, [name], 'read', { role: 'resource', provider, isMethod: false, ...extra }));
const methods = (family: string, provider: ProviderId, names: readonly string[]): ApiDefinition<PaymentResource>[] =>
  names.map((name) => api.instance(family, [name], 'call', { role: 'resource', provider, isMethod: true }));

const PAYPAL_REST_SDK_RESOURCES = [
  'payment', 'sale', 'authorization', 'capture', 'order', 'refund', 'billingPlan', 'billingAgreement', 'payout',
  'creditCard', 'invoice', 'webProfile', 'notification',
];

/**
 * Resource namespaces (read) and methods (call) of payment SDK clients. A call whose callee starts at one of these
 * reads (`stripe.paymentIntents.create`, `stripe.checkout.sessions.create`) is a payment SDK call.
 */
export const PAYMENT_SDK_RESOURCES: readonly ApiDefinition<PaymentResource | ClientConstruction>[] = [
  ...PROVIDER_CLIENTS,
  ...resource('stripe', 'stripe', [
    'paymentIntents', 'setupIntents', 'paymentMethods', 'charges', 'refunds', 'customers', 'checkout', 'subscriptions',
    'invoices', 'transfers', 'payouts', 'tokens', 'sources', 'disputes', 'billingPortal', 'accounts', 'prices',
    'products', 'balance', 'balanceTransactions', 'paymentLinks', 'subscriptionItems', 'terminal', 'issuing', 'radar',
    'topups', 'applicationFees', 'confirmationTokens', 'customerSessions', 'ephemeralKeys', 'quotes',
    'creditNotes', 'coupons', 'promotionCodes', 'treasury', 'financialConnections', 'identity', 'tax', 'events',
  ]),
  ...methods('paypal-orders', 'paypal', [
    'createOrder', 'captureOrder', 'authorizeOrder', 'getOrder', 'patchOrder', 'confirmOrder',
    'ordersCreate', 'ordersCapture', 'ordersAuthorize', 'ordersGet', 'ordersPatch', 'ordersConfirm',
  ]),
  ...methods('paypal-payments', 'paypal', [
    'captureAuthorizedPayment', 'refundCapturedPayment', 'voidPayment', 'getAuthorizedPayment', 'getCapturedPayment',
    'getRefund', 'reauthorizePayment', 'authorizationsCapture', 'capturesRefund', 'authorizationsVoid',
  ]),
  // Legacy PayPal SDKs: `paypal.payment.create(json, cb)`; `new paypal.core.PayPalHttpClient(env).execute(request)`
  ...PAYPAL_REST_SDK_RESOURCES.map((name) =>
    api.read('paypal-rest-sdk', [name], { role: 'resource', provider: 'paypal', isMethod: false } as PaymentResource),
  ),
  api.construct('@paypal/checkout-server-sdk', ['core', 'PayPalHttpClient'], { provider: 'paypal' } as ClientConstruction, 'paypal-legacy-http'),
  ...methods('paypal-legacy-http', 'paypal', ['execute']),
  ...resource('square', 'square', ['payments', 'refunds', 'customers', 'orders', 'cards', 'checkout', 'invoices', 'subscriptions', 'giftCards'], {
    messageLeaks: true,
  }),
  ...resource('square', 'square', ['paymentsApi', 'refundsApi', 'customersApi', 'ordersApi', 'cardsApi', 'checkoutApi', 'invoicesApi']),
  ...resource('adyen-checkout', 'adyen', [
    'PaymentsApi', 'ModificationsApi', 'RecurringApi', 'OrdersApi', 'PaymentLinksApi', 'UtilityApi',
  ]),
  ...methods('adyen-checkout', 'adyen', ['payments', 'paymentsDetails', 'paymentMethods', 'sessions', 'paymentLinks']),
  ...resource('braintree', 'braintree', [
    'transaction', 'customer', 'paymentMethod', 'subscription', 'clientToken', 'creditCard', 'paymentMethodNonce',
    'merchantAccount', 'dispute',
  ]),
  ...resource('checkout', 'checkout', ['payments', 'tokens', 'instruments', 'customers', 'paymentLinks', 'hostedPayments', 'disputes']),
  ...resource('razorpay', 'razorpay', ['orders', 'payments', 'refunds', 'customers', 'subscriptions', 'paymentLink', 'invoices', 'transfers']),
  ...resource('mollie', 'mollie', ['payments', 'paymentRefunds', 'refunds', 'customers', 'customerPayments', 'orders', 'subscriptions', 'mandates']),
  ...resource('gocardless', 'gocardless', ['payments', 'refunds', 'mandates', 'customers', 'subscriptions', 'billingRequests', 'billingRequestFlows']),
];

/**
 * Fields of provider error objects that carry raw API responses, request metadata or stack traces (no-payment-error-leak):
 * Stripe `raw`/`headers`, axios-style `response`/`config`/`request`, PayPal `result`/`body`, Square `body`/`rawResponse`,
 * Adyen `responseBody`, plus `stack`. User-facing fields (`message`, `code`, `type`, `decline_code`) are not listed.
 */
export const RAW_ERROR_FIELDS: ReadonlySet<string> = new Set([
  'raw', 'stack', 'response', 'headers', 'config', 'request', 'body', 'result', 'responseBody', 'rawResponse',
]);
/** Fields below a raw field that still carry raw content (`err.response.data`). */
export const RAW_ERROR_NESTED_FIELDS: ReadonlySet<string> = new Set([
  'data', 'body', 'headers', 'config', 'request', 'raw', 'response', 'stack', 'errors', 'details',
]);

/** Provider docs on handling and presenting API errors, for messages. */
export const PROVIDER_ERROR_DOCS: Readonly<Partial<Record<ProviderId, string>>> = {
  stripe: 'https://docs.stripe.com/error-handling',
  paypal: 'https://developer.paypal.com/api/rest/responses/',
  square: 'https://developer.squareup.com/docs/build-basics/handling-errors',
  adyen: 'https://docs.adyen.com/development-resources/error-codes/',
  braintree: 'https://developer.paypal.com/braintree/docs/reference/general/exceptions/node',
  checkout: 'https://www.checkout.com/docs/developer-resources/api/errors',
};
export const GENERIC_ERROR_DOCS = 'https://cheatsheetseries.owasp.org/cheatsheets/Error_Handling_Cheat_Sheet.html';

// ---------------------------------------------------------------------------------------------------------------
// Results that carry a client secret (no-sensitive-data-in-logs)
// ---------------------------------------------------------------------------------------------------------------

/** A provider call whose whole result object carries a secret field. */
export interface SecretCarryingResult {
  readonly role: 'secret-result';
  /** Display name of the returned object: `PaymentIntent`. */
  readonly object: string;
  /** The secret field: `client_secret`. */
  readonly field: string;
}

const secretResult = (resource: string, methods: readonly string[], object: string, field: string) =>
  methods.map((method) =>
    api.instance<SecretCarryingResult>('stripe', [resource, method], 'call', { role: 'secret-result', object, field }),
  );

/**
 * Stripe objects whose `client_secret` (or `secret`) lets its holder confirm the payment or act for the customer;
 * Stripe's docs ask that it not be logged. Card objects are not listed: Stripe never returns a card number.
 */
export const SECRET_CARRYING_RESULTS: readonly ApiDefinition<SecretCarryingResult | ClientConstruction>[] = [
  ...PROVIDER_CLIENTS,
  ...secretResult('paymentIntents', ['create', 'retrieve', 'update', 'confirm', 'capture', 'cancel', 'incrementAuthorization'], 'PaymentIntent', 'client_secret'),
  ...secretResult('setupIntents', ['create', 'retrieve', 'update', 'confirm', 'cancel'], 'SetupIntent', 'client_secret'),
  ...secretResult('customerSessions', ['create'], 'CustomerSession', 'client_secret'),
  ...secretResult('ephemeralKeys', ['create'], 'ephemeral key', 'secret'),
];
