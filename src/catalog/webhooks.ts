/**
 * Payment webhooks: the headers and body fields that carry provider signatures, the provider APIs that verify
 * them, the body-parser middleware that decides whether a handler still sees the raw bytes, and the constant-time
 * comparison helpers. Data only; `src/analyses/webhooks.ts`, require-webhook-signature-verification,
 * require-raw-webhook-body and no-timing-unsafe-compare interpret it. Sources: the providers' webhook documentation.
 */
import { api, type ApiDefinition } from './api.js';
import { PROVIDER_CLIENTS, type ClientConstruction } from './providers.js';

/** Providers that sign webhooks, plus `generic` for hand-written HMAC schemes. */
export type WebhookProvider =
  | 'stripe'
  | 'paypal'
  | 'square'
  | 'adyen'
  | 'braintree'
  | 'razorpay'
  | 'gocardless'
  | 'mollie'
  | 'checkout'
  | 'coinbase'
  | 'paystack'
  | 'flutterwave'
  | 'generic';

export interface WebhookProviderInfo {
  /** Display name for messages. */
  readonly name: string;
  /** What a correct verification looks like, for messages. */
  readonly verifier: string;
  /** The provider's page on verifying webhooks (linked from messages). */
  readonly docs: string;
}

export const WEBHOOK_PROVIDERS: Readonly<Record<WebhookProvider, WebhookProviderInfo>> = {
  stripe: {
    name: 'Stripe',
    verifier: '`stripe.webhooks.constructEvent(rawBody, signature, endpointSecret)`',
    docs: 'https://docs.stripe.com/webhooks#verify-events',
  },
  paypal: {
    name: 'PayPal',
    verifier: 'the verify-webhook-signature API (and check `verification_status === "SUCCESS"`)',
    docs: 'https://developer.paypal.com/api/rest/webhooks/',
  },
  square: {
    name: 'Square',
    verifier: '`await WebhooksHelper.verifySignature({ requestBody, signatureHeader, signatureKey, notificationUrl })`',
    docs: 'https://developer.squareup.com/docs/webhooks/step3validate',
  },
  adyen: {
    name: 'Adyen',
    verifier: '`new hmacValidator().validateHMAC(notificationItem, hmacKey)`',
    docs: 'https://docs.adyen.com/development-resources/webhooks/verify-hmac-signatures/',
  },
  braintree: {
    name: 'Braintree',
    verifier: '`gateway.webhookNotification.parse(btSignature, btPayload)`',
    docs: 'https://developer.paypal.com/braintree/docs/guides/webhooks/parse',
  },
  razorpay: {
    name: 'Razorpay',
    verifier: '`validateWebhookSignature(rawBody, signature, webhookSecret)`',
    docs: 'https://razorpay.com/docs/webhooks/validate-test/',
  },
  gocardless: {
    name: 'GoCardless',
    verifier: '`webhooks.parse(rawBody, webhookSecret, signatureHeader)` from `gocardless-nodejs/webhooks`',
    docs: 'https://developer.gocardless.com/getting-started/staying-up-to-date-with-webhooks',
  },
  mollie: {
    name: 'Mollie',
    verifier: 'a fresh `mollieClient.payments.get(id)` (classic webhooks are unsigned)',
    docs: 'https://docs.mollie.com/reference/webhooks',
  },
  checkout: {
    name: 'Checkout.com',
    verifier: 'an HMAC-SHA256 of the raw body compared with `crypto.timingSafeEqual`',
    docs: 'https://www.checkout.com/docs/developer-resources/webhooks',
  },
  coinbase: {
    name: 'Coinbase Commerce',
    verifier: 'an HMAC-SHA256 of the raw body compared with `crypto.timingSafeEqual`',
    docs: 'https://docs.cdp.coinbase.com/commerce-onchain/docs/webhooks-security',
  },
  paystack: {
    name: 'Paystack',
    verifier: 'an HMAC-SHA512 of the raw body compared with `crypto.timingSafeEqual`',
    docs: 'https://paystack.com/docs/payments/webhooks/#verify-event-origin',
  },
  flutterwave: {
    name: 'Flutterwave',
    verifier: 'a constant-time comparison of the `verif-hash` header with your secret hash',
    docs: 'https://developer.flutterwave.com/docs/webhooks',
  },
  generic: {
    name: 'payment',
    verifier: "the provider's signature check (or an HMAC of the raw body compared with `crypto.timingSafeEqual`)",
    docs: 'https://cwe.mitre.org/data/definitions/347.html',
  },
};

/**
 * Request headers (lower-case) that carry a provider signature. Reading one marks a handler as a webhook handler.
 * `webhook-signature` is also the Standard Webhooks header, so it only counts for GoCardless when the file uses the
 * GoCardless SDK (see {@link AMBIGUOUS_SIGNATURE_HEADERS}).
 */
export const WEBHOOK_SIGNATURE_HEADERS: Readonly<Record<string, WebhookProvider>> = {
  'stripe-signature': 'stripe',
  'paypal-transmission-id': 'paypal',
  'paypal-transmission-sig': 'paypal',
  'paypal-transmission-time': 'paypal',
  'paypal-cert-url': 'paypal',
  'paypal-auth-algo': 'paypal',
  'x-square-hmacsha256-signature': 'square',
  'x-square-signature': 'square',
  'x-razorpay-signature': 'razorpay',
  'webhook-signature': 'gocardless',
  'x-mollie-signature': 'mollie',
  'cko-signature': 'checkout',
  hmacsignature: 'adyen',
  'x-cc-webhook-signature': 'coinbase',
  'x-paystack-signature': 'paystack',
  'verif-hash': 'flutterwave',
};

/** Headers that name a provider only when the file also uses that provider's SDK. */
export const AMBIGUOUS_SIGNATURE_HEADERS: Readonly<Record<string, readonly string[]>> = {
  'webhook-signature': ['gocardless-nodejs'],
  hmacsignature: ['@adyen/api-library'],
};

/** Body fields (exact case) that only a provider's webhook payload has. */
export const WEBHOOK_BODY_FIELDS: Readonly<Record<string, WebhookProvider>> = {
  bt_signature: 'braintree',
  bt_payload: 'braintree',
  notificationItems: 'adyen',
  NotificationRequestItem: 'adyen',
};

/** Name segments that mark a route path or handler name as a webhook endpoint. */
export const WEBHOOK_NAME_SEGMENTS: readonly string[] = [
  'webhook',
  'webhooks',
  'hook',
  'hooks',
  'notification',
  'notifications',
  'notify',
  'ipn',
];

/**
 * Webhook words that are also common in user-facing APIs (`/api/notifications`): they mark a webhook only with a
 * provider word in the path/name or in files using an SDK whose webhooks are called notifications.
 */
export const WEAK_WEBHOOK_SEGMENTS: readonly string[] = ['notification', 'notifications', 'notify'];
/** SDK modules whose webhooks are called "notifications" (Adyen, PayPal IPN, Braintree). */
export const NOTIFICATION_SDK_MODULES: readonly string[] = [
  '@adyen/api-library',
  '@paypal/paypal-server-sdk',
  '@paypal/checkout-server-sdk',
  'paypal-rest-sdk',
  'braintree',
];
/** Segments of a path/name that make a webhook-named route a management API (`/webhooks/settings`). */
export const WEBHOOK_MANAGEMENT_SEGMENTS: readonly string[] = [
  'settings', 'setting', 'config', 'configuration', 'endpoint', 'endpoints', 'register', 'registration',
  'preferences', 'preference', 'unread', 'subscribers', 'logs', 'deliveries', 'retry', 'replay', 'test',
];
/** Middleware name segments that mean the route serves logged-in users, which a provider webhook never is. */
export const USER_AUTH_SEGMENTS: readonly string[] = [
  'auth', 'authenticate', 'authenticated', 'authorize', 'authorized', 'protect', 'protected', 'login', 'logged',
  'jwt', 'session', 'passport', 'admin', 'user', 'csrf',
];

/** Name segments that name a provider in a webhook route path or handler name (`/webhooks/paypal`). */
export const WEBHOOK_PROVIDER_WORDS: Readonly<Record<string, WebhookProvider>> = {
  stripe: 'stripe',
  paypal: 'paypal',
  square: 'square',
  adyen: 'adyen',
  braintree: 'braintree',
  razorpay: 'razorpay',
  gocardless: 'gocardless',
  mollie: 'mollie',
  paystack: 'paystack',
  flutterwave: 'flutterwave',
};

/**
 * How a verifier reports failure:
 * - `throws`: throws/rejects on a bad signature (a call statement is enough);
 * - `boolean`: returns (a promise of) a boolean the handler must check and bail out on;
 * - `status`: returns a status object (`verification_status`) the handler must check;
 * - `refetch`: re-reads the object from the provider by id (nothing in the payload but the id is trusted);
 * - `hmac`: computes an HMAC (counts together with a comparison);
 * - `compare`: constant-time comparison helper (counts together with an HMAC).
 */
export type VerifierStyle = 'throws' | 'boolean' | 'status' | 'refetch' | 'hmac' | 'compare';

export interface WebhookVerifier {
  readonly role: 'verifier';
  readonly provider: WebhookProvider;
  readonly style: VerifierStyle;
  /** Display name (`webhooks.constructEvent`). */
  readonly name: string;
  /** Where the raw payload goes; only for verifiers that hash the body bytes (require-raw-webhook-body). */
  readonly payload?: { readonly argument: number; readonly path?: readonly string[] };
  /** Returns a Promise: the result only counts once awaited (`!promise` is always false). */
  readonly async?: boolean;
}

function verifier(
  provider: WebhookProvider,
  style: VerifierStyle,
  name: string,
  payload?: WebhookVerifier['payload'],
  async = false,
): WebhookVerifier {
  return { role: 'verifier', provider, style, name, ...(payload ? { payload } : {}), ...(async ? { async } : {}) };
}

const stripeConstruct = verifier('stripe', 'throws', 'webhooks.constructEvent', { argument: 0 });
const stripeConstructAsync = verifier('stripe', 'throws', 'webhooks.constructEventAsync', { argument: 0 }, true);
const stripeNotification = verifier('stripe', 'throws', 'parseEventNotification', { argument: 0 });
const adyenItem = verifier('adyen', 'boolean', 'hmacValidator.validateHMAC');
const adyenPayload = verifier('adyen', 'boolean', 'hmacValidator.validateHMACSignature', { argument: 2 });
const adyenBanking = verifier('adyen', 'boolean', 'hmacValidator.validateBankingHMAC', { argument: 2 });
const squareVerify = verifier(
  'square',
  'boolean',
  'WebhooksHelper.verifySignature',
  { argument: 0, path: ['requestBody'] },
  true,
);
const squareLegacy = verifier('square', 'boolean', 'WebhooksHelper.isValidWebhookEventSignature', { argument: 0 });
const razorpayVerify = verifier('razorpay', 'boolean', 'validateWebhookSignature', { argument: 0 });
/** Checkout (not webhook) signature: `order_id|payment_id` signed with the key secret, sent back by the browser. */
const razorpayPaymentVerify = verifier('razorpay', 'boolean', 'validatePaymentVerification');
const goCardlessParse = verifier('gocardless', 'throws', 'webhooks.parse', { argument: 0 });
const standardWebhook = verifier('generic', 'throws', 'Webhook#verify', { argument: 0 });
const mollieRefetch = verifier('mollie', 'refetch', 'payments.get');
const hmac = verifier('generic', 'hmac', 'crypto.createHmac');
const constantTime = verifier('generic', 'compare', 'crypto.timingSafeEqual');
const subtleVerify = verifier('generic', 'boolean', 'crypto.subtle.verify', undefined, true);

const ADYEN_HMAC_FAMILY = 'adyen-hmac-validator';
const STANDARD_WEBHOOK_FAMILY = 'standard-webhook';
const ADYEN_HMAC_MODULE = '@adyen/api-library/lib/src/utils/hmacValidator';

export type WebhookApiData = WebhookVerifier | ClientConstruction;

export function isVerifier(data: WebhookApiData): data is WebhookVerifier {
  return (data as WebhookVerifier).role === 'verifier';
}

/**
 * Every recognised webhook verification, as module-reference definitions. Includes the provider client
 * constructions so verifiers on client instances (`stripe.webhooks.constructEvent`) resolve; filter the references
 * with {@link isVerifier}.
 */
export const WEBHOOK_VERIFIERS: readonly ApiDefinition<WebhookApiData>[] = [
  ...PROVIDER_CLIENTS,
  // Stripe: on a client instance and on the static `Stripe.webhooks`.
  api.instance('stripe', ['webhooks', 'constructEvent'], 'call', stripeConstruct),
  api.instance('stripe', ['webhooks', 'constructEventAsync'], 'call', stripeConstructAsync),
  api.instance('stripe', ['parseEventNotification'], 'call', stripeNotification),
  api.instance('stripe', ['parseThinEvent'], 'call', stripeNotification),
  api.call('stripe', ['webhooks', 'constructEvent'], stripeConstruct),
  api.call('stripe', ['webhooks', 'constructEventAsync'], stripeConstructAsync),
  api.call('stripe', ['Stripe', 'webhooks', 'constructEvent'], stripeConstruct),
  api.call('stripe', ['Stripe', 'webhooks', 'constructEventAsync'], stripeConstructAsync),
  // Re-reading the event from Stripe is also proof of origin.
  api.instance('stripe', ['events', 'retrieve'], 'call', verifier('stripe', 'refetch', 'events.retrieve')),
  // Adyen
  api.construct('@adyen/api-library', ['hmacValidator'], adyenItem, ADYEN_HMAC_FAMILY),
  api.construct(ADYEN_HMAC_MODULE, [], adyenItem, ADYEN_HMAC_FAMILY),
  api.construct(ADYEN_HMAC_MODULE, ['default'], adyenItem, ADYEN_HMAC_FAMILY),
  api.instance(ADYEN_HMAC_FAMILY, ['validateHMAC'], 'call', adyenItem),
  api.instance(ADYEN_HMAC_FAMILY, ['validateHMACSignature'], 'call', adyenPayload),
  api.instance(ADYEN_HMAC_FAMILY, ['validateBankingHMAC'], 'call', adyenBanking),
  // Square (v40+ async, ≤ v39 sync)
  api.call('square', ['WebhooksHelper', 'verifySignature'], squareVerify),
  api.call('square', ['WebhooksHelper', 'isValidWebhookEventSignature'], squareLegacy),
  // Razorpay
  api.call('razorpay/dist/utils/razorpay-utils', ['validateWebhookSignature'], razorpayVerify),
  api.call('razorpay', ['validateWebhookSignature'], razorpayVerify),
  api.call('razorpay/dist/utils/razorpay-utils', ['validatePaymentVerification'], razorpayPaymentVerify),
  api.call('razorpay', ['validatePaymentVerification'], razorpayPaymentVerify),
  // Braintree
  api.instance('braintree', ['webhookNotification', 'parse'], 'call', verifier('braintree', 'throws', 'webhookNotification.parse')),
  // GoCardless
  api.call('gocardless-nodejs/webhooks', ['parse'], goCardlessParse),
  // PayPal legacy SDK (the REST call is recognised by its URL)
  api.call('paypal-rest-sdk', ['notification', 'webhookEvent', 'verify'], verifier('paypal', 'status', 'notification.webhookEvent.verify')),
  api.call('paypal-rest-sdk', ['notification', 'webhookEvent', 'getAndVerify'], verifier('paypal', 'status', 'notification.webhookEvent.getAndVerify')),
  // Mollie: classic webhooks carry only an id; re-fetching is the verification.
  ...['payments', 'orders', 'customerSubscriptions', 'subscriptions', 'paymentRefunds', 'refunds', 'paymentLinks', 'paymentChargebacks', 'chargebacks'].map(
    (resource) => api.instance('mollie', [resource, 'get'], 'call', mollieRefetch),
  ),
  // Standard Webhooks / Svix
  api.construct('svix', ['Webhook'], standardWebhook, STANDARD_WEBHOOK_FAMILY),
  api.construct('standardwebhooks', ['Webhook'], standardWebhook, STANDARD_WEBHOOK_FAMILY),
  api.instance(STANDARD_WEBHOOK_FAMILY, ['verify'], 'call', standardWebhook),
  // Generic HMAC + constant-time comparison
  api.call('crypto', ['createHmac'], hmac),
  api.call('crypto', ['timingSafeEqual'], constantTime),
  api.global('crypto', ['timingSafeEqual'], 'call', constantTime),
  api.call('crypto', ['webcrypto', 'subtle', 'verify'], subtleVerify),
  api.global('crypto', ['subtle', 'verify'], 'call', subtleVerify),
  api.call('tsscmp', [], constantTime),
  api.call('scmp', [], constantTime),
  api.call('secure-compare', [], constantTime),
  api.call('safe-compare', [], constantTime),
];

/**
 * Stripe verifier methods recognised by shape (`<client>.webhooks.constructEvent(…)`) when the client comes from
 * another module (`import { stripe } from '@/lib/stripe'`) and cannot be resolved through imports.
 */
export const STRIPE_WEBHOOK_METHODS: Readonly<Record<string, WebhookVerifier>> = {
  constructEvent: stripeConstruct,
  constructEventAsync: stripeConstructAsync,
};

/**
 * Path segment of PayPal's verification endpoint (`/v1/notifications/verify-webhook-signature`); a request whose
 * URL contains it counts as a `status` verifier (also through SDK wrappers that take the path without `/v1`).
 */
export const PAYPAL_VERIFY_PATH = 'verify-webhook-signature';

/** What a body-parser middleware does to `req.body`. */
export interface BodyParser {
  readonly role: 'body-parser';
  /** `parsed` turns JSON into an object; `raw` keeps a Buffer; `text` keeps a string; `form` parses urlencoded. */
  readonly effect: 'parsed' | 'raw' | 'text' | 'form';
  /** Display name (`express.json()`). */
  readonly name: string;
}

function parser(effect: BodyParser['effect'], name: string): BodyParser {
  return { role: 'body-parser', effect, name };
}

/** Body-parser middleware factories (Express, body-parser, Koa). */
export const BODY_PARSERS: readonly ApiDefinition<BodyParser>[] = [
  api.call('express', ['json'], parser('parsed', 'express.json()')),
  api.call('express', ['raw'], parser('raw', 'express.raw()')),
  api.call('express', ['text'], parser('text', 'express.text()')),
  api.call('express', ['urlencoded'], parser('form', 'express.urlencoded()')),
  api.call('body-parser', [], parser('parsed', 'bodyParser()')),
  api.call('body-parser', ['json'], parser('parsed', 'bodyParser.json()')),
  api.call('body-parser', ['raw'], parser('raw', 'bodyParser.raw()')),
  api.call('body-parser', ['text'], parser('text', 'bodyParser.text()')),
  api.call('body-parser', ['urlencoded'], parser('form', 'bodyParser.urlencoded()')),
  api.call('koa-bodyparser', [], parser('parsed', 'koa-bodyparser')),
  api.call('@koa/bodyparser', [], parser('parsed', '@koa/bodyparser')),
  api.call('@koa/bodyparser', ['bodyParser'], parser('parsed', '@koa/bodyparser')),
  api.call('koa-body', [], parser('parsed', 'koa-body')),
  api.call('koa-body', ['koaBody'], parser('parsed', 'koa-body')),
];

/** Modules whose helpers return the raw request bytes (`buffer(req)` from micro, `getRawBody(req)`). */
export const RAW_BODY_READERS: readonly ApiDefinition<{ readonly role: 'raw-reader' }>[] = [
  api.call('micro', ['buffer'], { role: 'raw-reader' }),
  api.call('micro', ['text'], { role: 'raw-reader' }),
  api.call('raw-body', [], { role: 'raw-reader' }),
  api.call('get-raw-body', [], { role: 'raw-reader' }),
];

// ---------------------------------------------------------------------------------------------------------------
// Payment callbacks of providers that do not sign them (require-webhook-signature-verification)
// ---------------------------------------------------------------------------------------------------------------

/**
 * Name segments that mark a route path or handler name as a provider callback (`/mpesa/callback`,
 * `c2bConfirmation`, `/stk/result` is left out: `result` is also a quiz or search route). Checked together with a
 * money-moving effect that depends on the payload, so they may be broader than {@link WEBHOOK_NAME_SEGMENTS}.
 */
export const CALLBACK_NAME_SEGMENTS: readonly string[] = [
  ...WEBHOOK_NAME_SEGMENTS, 'callback', 'callbacks', 'confirmation', 'confirmations', 'c2b', 'stk', 'stkpush',
];

/** A provider whose payment callbacks carry no signature: how to recognise its payload and how to verify it. */
export interface UnsignedCallbackProvider {
  readonly name: string;
  /** Payload field names (exact case) only this provider's callbacks have. */
  readonly fields: readonly string[];
  /** Name segments of routes, handlers and files that name the provider. */
  readonly words: readonly string[];
  /** What a verification looks like, for messages. */
  readonly verifier: string;
  readonly docs: string;
}

/** Safaricom M-Pesa (Daraja): STK Push, C2B confirmation and B2C/transaction-status result callbacks. */
export const UNSIGNED_CALLBACK_PROVIDERS: readonly UnsignedCallbackProvider[] = [
  {
    name: 'M-Pesa',
    fields: [
      'stkCallback', 'CallbackMetadata', 'MpesaReceiptNumber', 'CheckoutRequestID', 'MerchantRequestID', 'TransID',
      'TransAmount', 'BillRefNumber', 'ResultParameters', 'OriginatorConversationID',
    ],
    words: ['mpesa', 'daraja', 'safaricom', 'stk', 'stkpush', 'c2b', 'b2c'],
    verifier:
      're-query the transaction from Safaricom (STK Push Query `/mpesa/stkpushquery/v1/query` or the Transaction Status API) and accept callbacks only from Safaricom\'s published IP addresses',
    docs: 'https://developer.safaricom.co.ke/APIs/MpesaExpressQuery',
  },
];

/** Generic advice for callbacks of other unsigned or unknown providers. */
export const GENERIC_CALLBACK_VERIFIER =
  "verify the provider's signature if it signs callbacks, or re-query the transaction from the provider by its id, and accept callbacks only from the provider's IP addresses or with a secret you put in the callback URL";

/** Request headers that carry the caller's address (an IP allow-list reads them). */
export const CLIENT_ADDRESS_HEADERS: readonly string[] = ['x-forwarded-for', 'x-real-ip', 'cf-connecting-ip', 'true-client-ip', 'x-client-ip'];
/** Request members that carry the caller's address (`req.ip`, `req.socket.remoteAddress`). */
export const CLIENT_ADDRESS_MEMBERS: readonly string[] = ['ip', 'ips', 'remoteAddress'];
/** Middleware / helper name segments of a source check (`mpesaIpWhitelist`, `allowSafaricomIps`). */
export const SOURCE_CHECK_SEGMENTS: readonly string[] = ['ip', 'ips', 'whitelist', 'allowlist', 'firewall', 'safaricom'];
/**
 * Name segments of request values that authenticate the caller (a secret in the callback URL, a callback token
 * header such as Xendit's `x-callback-token`, a checksum field).
 */
export const CALLER_SECRET_SEGMENTS: readonly string[] = [
  'token', 'secret', 'key', 'signature', 'sig', 'hash', 'hmac', 'auth', 'authorization', 'password', 'apikey', 'checksum',
  'checksumhash',
];
/** Name segments of calls that re-read a transaction from the provider (`stkQuery`, `verifyTransaction`). */
export const REQUERY_SEGMENTS: readonly string[] = [
  'query', 'requery', 'verify', 'verification', 'validate', 'lookup', 'retrieve', 'reconcile',
];
export const GENERIC_CALLBACK_DOCS = 'https://cwe.mitre.org/data/definitions/345.html';
