/**
 * Credential formats (secret and public) and credential sinks. Data only; the scanner lives in
 * `src/analyses/secrets.ts`. Sources: provider key documentation and public secret scanners (gitleaks, secretlint, trufflehog,
 * semgrep-rules, GitHub secret-scanning types, checkout-sdk-node key patterns).
 *
 * A format is a literal prefix followed by parts: fixed literals and character runs with length bounds. Formats
 * sharing a prefix are tried in catalog order and the first whose parts all match wins, so a specific shape that
 * decides the provider (`sk_live_` + 99 mixed alphanumerics → Stripe) comes before a generic one that names no
 * provider (`sk_live_` + anything alphanumeric: Stripe, Paystack, Moyasar and Highnote all use it).
 */
import { api, type ApiDefinition } from './api.js';
import { PROVIDER_CLIENTS, type ClientConstruction } from './providers.js';

export type Charset =
  | 'alnum' // A-Z a-z 0-9
  | 'upperAlnum' // A-Z 0-9
  | 'lowerAlnum' // a-z 0-9
  | 'hex' // 0-9 a-f A-F
  | 'base32Lower' // a-z 2-7
  | 'base32Upper' // A-Z 2-7
  | 'checkoutLast' // a-z 2-7 * # $ =
  | 'base64url' // A-Z a-z 0-9 _ -
  | 'base64' // A-Z a-z 0-9 + / =
  | 'pem'; // base64 plus whitespace (PEM bodies span lines)

export type FormatPart =
  | { readonly literal: string }
  | { readonly charset: Charset; readonly min: number; readonly max: number };

export type KeyEnvironment = 'live' | 'test' | 'unknown';

export interface CredentialFormat {
  /** Stable identifier, e.g. `stripe-secret-key-live`. */
  readonly id: string;
  /** What the value is, for messages: `Stripe live secret key`, `live secret key (sk_live_)`. */
  readonly label: string;
  /** Provider display name, only when the shape decides it. */
  readonly provider: string | null;
  /** Secret (report) or public/publishable (safe in browsers). */
  readonly secret: boolean;
  /** Live/production, test/sandbox, or not encoded in the value. */
  readonly environment: KeyEnvironment;
  /** Literal text the value starts with. The character before it must not be `[A-Za-z0-9_]`. */
  readonly prefix: string;
  /** What follows the prefix. The character after the last part must not continue the last run. */
  readonly parts: readonly FormatPart[];
  /** Minimum Shannon entropy (bits per character) of the random runs; below it the value is a placeholder. */
  readonly entropyFloor: number;
  /**
   * The random runs must contain both a digit and a letter. Used for generic prefixes (`live_`, `test_`,
   * `sandbox_`) where words such as `test_shouldRejectExpiredCards` would otherwise match.
   */
  readonly requireDigit?: boolean;
  /** Environment variable name used in the suggestion (`process.env.<envName>`). */
  readonly envName: string;
}

const run = (charset: Charset, min: number, max: number = min): FormatPart => ({ charset, min, max });
const lit = (literal: string): FormatPart => ({ literal });
const uuid: readonly FormatPart[] = [
  run('hex', 8), lit('-'), run('hex', 4), lit('-'), run('hex', 4), lit('-'), run('hex', 4), lit('-'), run('hex', 12),
];

type FormatSpec = Omit<CredentialFormat, 'entropyFloor' | 'envName'> &
  Partial<Pick<CredentialFormat, 'entropyFloor' | 'envName'>>;

const format = (spec: FormatSpec): CredentialFormat => ({ entropyFloor: 3, envName: 'SECRET_KEY', ...spec });

/** Stripe-style `sk_`/`rk_` keys: Stripe-shaped bodies first, then a provider-neutral fallback. */
function stripeStyle(kind: 'sk' | 'rk', environment: 'live' | 'test'): CredentialFormat[] {
  const prefix = `${kind}_${environment}_`;
  const what = kind === 'sk' ? 'secret key' : 'restricted key';
  const envName = kind === 'sk' ? 'STRIPE_SECRET_KEY' : 'STRIPE_RESTRICTED_KEY';
  const stripe = { label: `Stripe ${environment} ${what}`, provider: 'Stripe', secret: true, environment, prefix, envName };
  const neutral = { label: `${environment} ${what} (${prefix}…)`, provider: null, secret: true, environment, prefix, envName: 'PAYMENT_SECRET_KEY' };
  return [
    // Current Stripe keys: `51` + account id + random, ~99 characters; legacy keys: 24 characters.
    format({ id: `stripe-${kind}-${environment}`, ...stripe, parts: [run('alnum', 90, 110)] }),
    format({ id: `stripe-${kind}-${environment}-legacy`, ...stripe, parts: [run('alnum', 24)] }),
    // Checkout.com previous-generation keys: `sk_test_` + UUID (and `sk_` + UUID below).
    ...(kind === 'sk' && environment === 'test'
      ? [format({ id: 'checkout-sk-test-uuid', label: 'Checkout.com test secret key', provider: 'Checkout.com', secret: true, environment, prefix, parts: uuid, envName: 'CKO_SECRET_KEY' })]
      : []),
    // Paystack (40 hex), Moyasar, Highnote and others: same prefix, provider not decidable.
    format({ id: `${kind}-${environment}-generic`, ...neutral, parts: [run('alnum', 16, 247)] }),
  ];
}

/** Publishable keys: `pk_live_` / `pk_test_`. */
function publishable(environment: 'live' | 'test'): CredentialFormat {
  return format({
    id: `pk-${environment}`, label: `${environment} publishable key`, provider: null, secret: false, environment,
    prefix: `pk_${environment}_`, parts: [run('alnum', 16, 247)], envName: 'STRIPE_PUBLISHABLE_KEY',
  });
}

const PEM_KINDS = ['', 'RSA ', 'EC ', 'DSA ', 'OPENSSH ', 'ENCRYPTED '] as const;

/** Every credential format, secret and public. */
export const CREDENTIAL_FORMATS: readonly CredentialFormat[] = [
  // Stripe (and prefix-sharing providers)
  ...stripeStyle('sk', 'live'),
  ...stripeStyle('sk', 'test'),
  ...stripeStyle('rk', 'live'),
  ...stripeStyle('rk', 'test'),
  // `whsec_` is Stripe's webhook signing secret, but Svix-based senders use the same prefix.
  format({ id: 'whsec', label: 'webhook signing secret (whsec_…)', provider: null, secret: true, environment: 'unknown', prefix: 'whsec_', parts: [run('base64', 24, 100)], envName: 'STRIPE_WEBHOOK_SECRET' }),
  publishable('live'),
  publishable('test'),
  // Checkout.com current keys (checkout-sdk `^sk_(sbox_)?[a-z2-7]{26}[a-z2-7*#$=]$`), previous live keys `sk_` + UUID
  format({ id: 'checkout-sk-sbox', label: 'Checkout.com sandbox secret key', provider: 'Checkout.com', secret: true, environment: 'test', prefix: 'sk_sbox_', parts: [run('base32Lower', 26), run('checkoutLast', 1)], envName: 'CKO_SECRET_KEY' }),
  format({ id: 'checkout-sk', label: 'Checkout.com secret key', provider: 'Checkout.com', secret: true, environment: 'live', prefix: 'sk_', parts: [run('base32Lower', 26), run('checkoutLast', 1)], envName: 'CKO_SECRET_KEY' }),
  format({ id: 'checkout-sk-uuid', label: 'Checkout.com secret key', provider: 'Checkout.com', secret: true, environment: 'live', prefix: 'sk_', parts: uuid, envName: 'CKO_SECRET_KEY' }),
  format({ id: 'checkout-pk-sbox', label: 'Checkout.com sandbox public key', provider: 'Checkout.com', secret: false, environment: 'test', prefix: 'pk_sbox_', parts: [run('base32Lower', 26), run('checkoutLast', 1)], envName: 'CKO_PUBLIC_KEY' }),
  format({ id: 'checkout-pk', label: 'Checkout.com public key', provider: 'Checkout.com', secret: false, environment: 'live', prefix: 'pk_', parts: [run('base32Lower', 26), run('checkoutLast', 1)], envName: 'CKO_PUBLIC_KEY' }),
  // Square
  format({ id: 'square-access-token', label: 'Square access token', provider: 'Square', secret: true, environment: 'unknown', prefix: 'EAAA', parts: [run('base64url', 56, 66)], envName: 'SQUARE_ACCESS_TOKEN' }),
  format({ id: 'square-access-token-legacy', label: 'Square access token', provider: 'Square', secret: true, environment: 'unknown', prefix: 'sq0atp-', parts: [run('base64url', 22)], envName: 'SQUARE_ACCESS_TOKEN' }),
  format({ id: 'square-oauth-secret', label: 'Square application secret', provider: 'Square', secret: true, environment: 'live', prefix: 'sq0csp-', parts: [run('base64url', 43)], envName: 'SQUARE_APPLICATION_SECRET' }),
  format({ id: 'square-oauth-secret-sandbox', label: 'Square sandbox application secret', provider: 'Square', secret: true, environment: 'test', prefix: 'sandbox-sq0csb-', parts: [run('base64url', 43)], envName: 'SQUARE_APPLICATION_SECRET' }),
  format({ id: 'square-application-id', label: 'Square application ID', provider: 'Square', secret: false, environment: 'live', prefix: 'sq0idp-', parts: [run('base64url', 16, 64)], envName: 'SQUARE_APPLICATION_ID' }),
  format({ id: 'square-application-id-sandbox', label: 'Square sandbox application ID', provider: 'Square', secret: false, environment: 'test', prefix: 'sandbox-sq0idb-', parts: [run('base64url', 16, 64)], envName: 'SQUARE_APPLICATION_ID' }),
  // Braintree (PayPal)
  format({ id: 'braintree-access-token', label: 'Braintree production access token', provider: 'Braintree', secret: true, environment: 'live', prefix: 'access_token$production$', parts: [run('lowerAlnum', 16), lit('$'), run('hex', 32)], envName: 'BRAINTREE_ACCESS_TOKEN' }),
  format({ id: 'braintree-access-token-sandbox', label: 'Braintree sandbox access token', provider: 'Braintree', secret: true, environment: 'test', prefix: 'access_token$sandbox$', parts: [run('lowerAlnum', 16), lit('$'), run('hex', 32)], envName: 'BRAINTREE_ACCESS_TOKEN' }),
  format({ id: 'braintree-tokenization-key', label: 'Braintree tokenization key', provider: 'Braintree', secret: false, environment: 'live', prefix: 'production_', parts: [run('lowerAlnum', 8), lit('_'), run('lowerAlnum', 16)], envName: 'BRAINTREE_TOKENIZATION_KEY' }),
  format({ id: 'braintree-tokenization-key-sandbox', label: 'Braintree sandbox tokenization key', provider: 'Braintree', secret: false, environment: 'test', prefix: 'sandbox_', parts: [run('lowerAlnum', 8), lit('_'), run('lowerAlnum', 16)], envName: 'BRAINTREE_TOKENIZATION_KEY' }),
  // Razorpay key ids are public; the secret has no prefix (slot mode finds it through `key_secret`).
  format({ id: 'razorpay-key-id', label: 'Razorpay live key ID', provider: 'Razorpay', secret: false, environment: 'live', prefix: 'rzp_live_', parts: [run('alnum', 14)], envName: 'RAZORPAY_KEY_ID' }),
  format({ id: 'razorpay-key-id-test', label: 'Razorpay test key ID', provider: 'Razorpay', secret: false, environment: 'test', prefix: 'rzp_test_', parts: [run('alnum', 14)], envName: 'RAZORPAY_KEY_ID' }),
  // Flutterwave
  format({ id: 'flutterwave-secret', label: 'Flutterwave live secret key', provider: 'Flutterwave', secret: true, environment: 'live', prefix: 'FLWSECK-', parts: [run('hex', 32), lit('-X')], envName: 'FLW_SECRET_KEY' }),
  format({ id: 'flutterwave-secret-test', label: 'Flutterwave test secret key', provider: 'Flutterwave', secret: true, environment: 'test', prefix: 'FLWSECK_TEST-', parts: [run('hex', 32), lit('-X')], envName: 'FLW_SECRET_KEY' }),
  format({ id: 'flutterwave-encryption-test', label: 'Flutterwave test encryption key', provider: 'Flutterwave', secret: true, environment: 'test', prefix: 'FLWSECK_TEST', parts: [run('hex', 12)], envName: 'FLW_ENCRYPTION_KEY' }),
  format({ id: 'flutterwave-public', label: 'Flutterwave public key', provider: 'Flutterwave', secret: false, environment: 'live', prefix: 'FLWPUBK-', parts: [run('hex', 32), lit('-X')], envName: 'FLW_PUBLIC_KEY' }),
  format({ id: 'flutterwave-public-test', label: 'Flutterwave test public key', provider: 'Flutterwave', secret: false, environment: 'test', prefix: 'FLWPUBK_TEST-', parts: [run('hex', 32), lit('-X')], envName: 'FLW_PUBLIC_KEY' }),
  // Shopify
  ...(['shpat_', 'shpca_', 'shppa_', 'shpss_'] as const).map((prefix) =>
    format({
      id: `shopify-${prefix.slice(0, -1)}`, label: prefix === 'shpss_' ? 'Shopify shared secret' : 'Shopify access token',
      provider: 'Shopify', secret: true, environment: 'unknown', prefix, parts: [run('hex', 32)],
      envName: prefix === 'shpss_' ? 'SHOPIFY_API_SECRET' : 'SHOPIFY_ACCESS_TOKEN',
    }),
  ),
  // Klarna API keys (body shape not published: be generous, the prefix is specific)
  format({ id: 'klarna-live', label: 'Klarna live API key', provider: 'Klarna', secret: true, environment: 'live', prefix: 'klarna_live_api_', parts: [run('base64url', 16, 256)], envName: 'KLARNA_API_KEY' }),
  format({ id: 'klarna-test', label: 'Klarna test API key', provider: 'Klarna', secret: true, environment: 'test', prefix: 'klarna_test_api_', parts: [run('base64url', 16, 256)], envName: 'KLARNA_API_KEY' }),
  // Plaid access tokens
  format({ id: 'plaid-access-production', label: 'Plaid production access token', provider: 'Plaid', secret: true, environment: 'live', prefix: 'access-production-', parts: uuid, envName: 'PLAID_ACCESS_TOKEN' }),
  format({ id: 'plaid-access-development', label: 'Plaid development access token', provider: 'Plaid', secret: true, environment: 'test', prefix: 'access-development-', parts: uuid, envName: 'PLAID_ACCESS_TOKEN' }),
  format({ id: 'plaid-access-sandbox', label: 'Plaid sandbox access token', provider: 'Plaid', secret: true, environment: 'test', prefix: 'access-sandbox-', parts: uuid, envName: 'PLAID_ACCESS_TOKEN' }),
  // GoCardless access tokens
  format({ id: 'gocardless-live', label: 'GoCardless live access token', provider: 'GoCardless', secret: true, environment: 'live', prefix: 'live_', parts: [run('base64url', 40)], entropyFloor: 3.5, requireDigit: true, envName: 'GOCARDLESS_ACCESS_TOKEN' }),
  format({ id: 'gocardless-sandbox', label: 'GoCardless sandbox access token', provider: 'GoCardless', secret: true, environment: 'test', prefix: 'sandbox_', parts: [run('base64url', 40)], entropyFloor: 3.5, requireDigit: true, envName: 'GOCARDLESS_ACCESS_TOKEN' }),
  // Mollie API keys: `live_` / `test_` + 30 alphanumerics
  format({ id: 'mollie-live', label: 'Mollie live API key', provider: 'Mollie', secret: true, environment: 'live', prefix: 'live_', parts: [run('alnum', 30)], entropyFloor: 3.5, requireDigit: true, envName: 'MOLLIE_API_KEY' }),
  format({ id: 'mollie-test', label: 'Mollie test API key', provider: 'Mollie', secret: true, environment: 'test', prefix: 'test_', parts: [run('alnum', 30)], entropyFloor: 3.5, requireDigit: true, envName: 'MOLLIE_API_KEY' }),
  // Adyen client keys (public): `live_` / `test_` + 32 upper-case alphanumerics
  format({ id: 'adyen-client-key', label: 'Adyen live client key', provider: 'Adyen', secret: false, environment: 'live', prefix: 'live_', parts: [run('upperAlnum', 32)], envName: 'ADYEN_CLIENT_KEY' }),
  format({ id: 'adyen-client-key-test', label: 'Adyen test client key', provider: 'Adyen', secret: false, environment: 'test', prefix: 'test_', parts: [run('upperAlnum', 32)], envName: 'ADYEN_CLIENT_KEY' }),
  // AWS access key ids (signal a paired secret nearby)
  ...(['AKIA', 'ASIA', 'ABIA', 'ACCA'] as const).map((prefix) =>
    format({ id: `aws-${prefix.toLowerCase()}`, label: 'AWS access key ID', provider: 'AWS', secret: true, environment: 'unknown', prefix, parts: [run('base32Upper', 16)], envName: 'AWS_ACCESS_KEY_ID' }),
  ),
  // PEM private keys (the body must be present: a bare header is a constant used to parse keys)
  ...PEM_KINDS.map((kind) =>
    format({
      id: `pem-${kind.trim().toLowerCase() || 'pkcs8'}`, label: 'private key (PEM)', provider: null, secret: true,
      environment: 'unknown', prefix: `-----BEGIN ${kind}PRIVATE KEY-----`, parts: [run('pem', 64, 16_384)],
      entropyFloor: 4, envName: 'PRIVATE_KEY',
    }),
  ),
];

/**
 * Words that mark a placeholder when they occur inside a key body or a credential value (case-insensitive).
 * Provider documentation placeholders plus CodeQL `isDummyPassword`.
 */
export const PLACEHOLDER_WORDS: readonly string[] = [
  'xxxx', 'your', 'example', 'sample', 'dummy', 'placeholder', 'replace', 'changeme', 'change_me', 'change-me',
  'fake', 'mock', 'redacted', 'insert', 'todo', 'tbd', 'test', 'secret', 'demo', 'here',
  // Prose that says what the value is not: "i'm not a real key", "not-a-real-secret", "invalid key".
  'not a real', 'not real', 'not-a-real', 'not_a_real', 'notareal', 'invalid', 'bogus',
];

/** Extra words that mark a generic (format-less) credential value as a dummy (CodeQL `isDummyPassword`). */
export const DUMMY_VALUE_WORDS: readonly string[] = ['pass', 'root', 'admin', 'user', 'auth', 'default', 'qwerty', 'letmein', 'postgres', 'guest'];

// ---------------------------------------------------------------------------------------------------------------
// Credential sinks (slot mode)
// ---------------------------------------------------------------------------------------------------------------

export interface CredentialSink {
  /** Provider display name for payment SDK slots, `null` for general sinks. */
  readonly provider: string | null;
  /** What the slot holds, for messages: `Stripe secret key`, `JWT signing secret`. */
  readonly credential: string;
  /**
   * Where the value goes: argument index, optional property path inside it. `via: 'register'`: the reference is a
   * plugin passed to `app.register(plugin, options)` and the argument is the register call's; `via: 'assignment'`:
   * the reference is a property written with `=` and the slot is the assigned value.
   */
  readonly slot: { readonly argument: number; readonly path?: readonly string[]; readonly via?: 'register' | 'assignment' };
  /** Suggested environment variable name. */
  readonly envName: string;
  /** The slot holds `user:password` (Node `http` `auth`): only the password part is the secret. */
  readonly userinfo?: boolean;
  /** The slot is unused when this option has this value (Sequelize `dialect: 'sqlite'` ignores the password). */
  readonly unusedWhen?: { readonly argument: number; readonly path: readonly string[]; readonly equals: string };
}

/** Credential slot and suggestion data for each provider client construction in `PROVIDER_CLIENTS`. */
const PROVIDER_SLOT_NAMES: Record<string, { credential: string; envName: string }> = {
  stripe: { credential: 'Stripe secret key', envName: 'STRIPE_SECRET_KEY' },
  paypal: { credential: 'PayPal client secret', envName: 'PAYPAL_CLIENT_SECRET' },
  square: { credential: 'Square access token', envName: 'SQUARE_ACCESS_TOKEN' },
  adyen: { credential: 'Adyen API key', envName: 'ADYEN_API_KEY' },
  braintree: { credential: 'Braintree private key', envName: 'BRAINTREE_PRIVATE_KEY' },
  checkout: { credential: 'Checkout.com secret key', envName: 'CKO_SECRET_KEY' },
  razorpay: { credential: 'Razorpay key secret', envName: 'RAZORPAY_KEY_SECRET' },
  mollie: { credential: 'Mollie API key', envName: 'MOLLIE_API_KEY' },
  gocardless: { credential: 'GoCardless access token', envName: 'GOCARDLESS_ACCESS_TOKEN' },
  plaid: { credential: 'Plaid secret', envName: 'PLAID_SECRET' },
  authorizenet: { credential: 'Authorize.net transaction key', envName: 'AUTHORIZENET_TRANSACTION_KEY' },
};

const PROVIDER_NAMES: Record<string, string> = {
  stripe: 'Stripe', paypal: 'PayPal', square: 'Square', adyen: 'Adyen', braintree: 'Braintree',
  checkout: 'Checkout.com', razorpay: 'Razorpay', mollie: 'Mollie', gocardless: 'GoCardless', plaid: 'Plaid',
  authorizenet: 'Authorize.net',
};

/** The sink data of a `PROVIDER_CLIENTS` construction, or `null` when it has no credential slot. */
export function sinkOfClient(construction: ClientConstruction): CredentialSink | null {
  if (!construction.credential) return null;
  const names = PROVIDER_SLOT_NAMES[construction.provider];
  return {
    provider: PROVIDER_NAMES[construction.provider] ?? null,
    credential: names?.credential ?? 'API secret',
    slot: construction.credential,
    envName: names?.envName ?? 'API_SECRET',
  };
}

const sink = (
  provider: string | null,
  credential: string,
  argument: number,
  envName: string,
  path?: readonly string[],
): CredentialSink => ({ provider, credential, slot: path ? { argument, path } : { argument }, envName });

/** A reference that only produces an instance (its own arguments are no slot). */
const noSlot = sink(null, 'none', -1, 'NONE');

const stripeWebhook = sink('Stripe', 'Stripe webhook signing secret', 2, 'STRIPE_WEBHOOK_SECRET');
const adyenHmac = sink('Adyen', 'Adyen HMAC key', 1, 'ADYEN_HMAC_KEY');
const jwtSecret = sink(null, 'JWT signing secret', 1, 'JWT_SECRET');
const hmacKey = sink(null, 'HMAC key', 1, 'HMAC_KEY');
const sessionSecret = sink(null, 'session secret', 0, 'SESSION_SECRET', ['secret']);
const dbPassword = (path: readonly string[] = ['password']): CredentialSink =>
  sink(null, 'database password', 0, 'DATABASE_PASSWORD', path);

const jwtKey = (argument: number): CredentialSink => sink(null, 'JWT signing secret', argument, 'JWT_SECRET');
const JOSE_SETTERS = [
  'setProtectedHeader', 'setIssuedAt', 'setExpirationTime', 'setIssuer', 'setAudience', 'setSubject', 'setJti',
  'setNotBefore',
] as const;

/** jose: `new SignJWT(claims).setProtectedHeader(…)….sign(key)`, `jwtVerify(token, key)`; node:crypto secret keys. */
const JOSE_SINKS: readonly ApiDefinition<CredentialSink>[] = [
  api.construct('jose', ['SignJWT'], noSlot, 'jose-sign-jwt'),
  ...JOSE_SETTERS.map((setter) => api.instance('jose-sign-jwt', [setter], 'call', noSlot, 'jose-sign-jwt')),
  api.instance('jose-sign-jwt', ['sign'], 'call', jwtKey(0)),
  api.call('jose', ['jwtVerify'], jwtKey(1)),
  api.call('crypto', ['createSecretKey'], sink(null, 'secret key', 0, 'SECRET_KEY')),
];

const oauthSecret = (argument: number, path?: readonly string[]): CredentialSink =>
  sink(null, 'OAuth client secret', argument, 'OAUTH_CLIENT_SECRET', path);
/** passport OAuth strategies: `new Strategy({ clientID, clientSecret }, verify)`; the module is often the class too. */
const PASSPORT_OAUTH_MODULES = [
  'passport-google-oauth20', 'passport-google-oauth2', 'passport-github2', 'passport-github', 'passport-facebook',
  'passport-oauth2', 'passport-linkedin-oauth2', 'passport-discord', 'passport-microsoft', 'passport-gitlab2',
  'passport-slack', 'passport-slack-oauth2', 'passport-auth0', 'passport-openidconnect', 'passport-spotify',
  'passport-twitch-new', 'passport-azure-ad-oauth2', 'passport-apple',
] as const;
/** next-auth / Auth.js providers: `GoogleProvider({ clientId, clientSecret })`. */
const NEXT_AUTH_PROVIDERS = [
  'google', 'github', 'facebook', 'twitter', 'discord', 'auth0', 'azure-ad', 'azure-ad-b2c', 'microsoft-entra-id',
  'cognito', 'gitlab', 'linkedin', 'okta', 'apple', 'keycloak', 'slack', 'spotify', 'twitch', 'atlassian',
  'bitbucket', 'zoom', 'reddit', 'line', 'instagram', 'battlenet', 'coinbase', 'dropbox', 'salesforce', 'strava',
] as const;

/** OAuth / OpenID Connect client secrets. */
const OAUTH_CLIENT_SINKS: readonly ApiDefinition<CredentialSink>[] = [
  ...PASSPORT_OAUTH_MODULES.flatMap((module) => [
    api.construct(module, [], oauthSecret(0, ['clientSecret'])),
    api.construct(module, ['Strategy'], oauthSecret(0, ['clientSecret'])),
  ]),
  api.construct('passport-google-oauth', ['OAuth2Strategy'], oauthSecret(0, ['clientSecret'])),
  api.construct('passport-twitter', ['Strategy'], sink(null, 'OAuth consumer secret', 0, 'TWITTER_CONSUMER_SECRET', ['consumerSecret'])),
  api.construct('passport-azure-ad', ['OIDCStrategy'], oauthSecret(0, ['clientSecret'])),
  ...NEXT_AUTH_PROVIDERS.flatMap((provider) => [
    api.call(`next-auth/providers/${provider}`, [], oauthSecret(0, ['clientSecret'])),
    api.call(`@auth/core/providers/${provider}`, [], oauthSecret(0, ['clientSecret'])),
  ]),
  // openid-client up to v5: `new issuer.Client({ client_id, client_secret })`; v6: `discovery(url, id, secret)`.
  api.call('openid-client', ['Issuer', 'discover'], noSlot, 'openid-issuer'),
  api.construct('openid-client', ['Issuer'], noSlot, 'openid-issuer'),
  api.instance('openid-issuer', ['Client'], 'construct', oauthSecret(0, ['client_secret'])),
  api.call('openid-client', ['discovery'], oauthSecret(2)),
  api.call('openid-client', ['ClientSecretPost'], oauthSecret(0)),
  api.call('openid-client', ['ClientSecretBasic'], oauthSecret(0)),
  api.call('openid-client', ['ClientSecretJwt'], oauthSecret(0)),
  // simple-oauth2: `new AuthorizationCode({ client: { id, secret }, auth })`, v2 `create({ client })`.
  ...['AuthorizationCode', 'ClientCredentials', 'ResourceOwnerPassword'].map((name) =>
    api.construct('simple-oauth2', [name], oauthSecret(0, ['client', 'secret'])),
  ),
  api.call('simple-oauth2', ['create'], oauthSecret(0, ['client', 'secret'])),
  // Google: `new google.auth.OAuth2(id, secret, redirect)`, `new OAuth2Client(id, secret)` or `({ clientSecret })`.
  api.construct('googleapis', ['google', 'auth', 'OAuth2'], oauthSecret(1)),
  api.construct('google-auth-library', ['OAuth2Client'], oauthSecret(1)),
  api.construct('google-auth-library', ['OAuth2Client'], oauthSecret(0, ['clientSecret'])),
];

const awsSecret = (argument: number, path?: readonly string[]): CredentialSink =>
  sink('AWS', 'AWS secret access key', argument, 'AWS_SECRET_ACCESS_KEY', path);
/**
 * AWS SDK v2 credentials. (Object literals holding both `accessKeyId` and `secretAccessKey`, the SDK's credential
 * shape for v2 and v3 clients alike, are recognised by their pairing in `src/analyses/secrets.ts`.)
 */
const AWS_SINKS: readonly ApiDefinition<CredentialSink>[] = [
  api.construct('aws-sdk', ['Credentials'], awsSecret(1)),
  api.construct('aws-sdk', ['Credentials'], awsSecret(0, ['secretAccessKey'])),
  api.call('aws-sdk', ['config', 'update'], awsSecret(0, ['secretAccessKey'])),
];

const httpPassword = (argument: number, path: readonly string[]): CredentialSink =>
  sink(null, 'HTTP basic-auth password', argument, 'HTTP_PASSWORD', path);
const AXIOS_ROOTS = [
  (path: readonly string[], data: CredentialSink) => api.call('axios', path, data),
  (path: readonly string[], data: CredentialSink) => api.instance('axios-auth', path, 'call', data),
];
const SUPERAGENT_METHODS = ['get', 'post', 'put', 'patch', 'del', 'delete', 'head', 'options'] as const;
const SUPERAGENT_CHAIN = ['set', 'query', 'send', 'type', 'accept', 'timeout', 'retry', 'field', 'attach'] as const;

/** HTTP basic-auth passwords in client options: axios `auth`, Node `http` `auth: 'user:pass'`, got, request, superagent. */
const HTTP_AUTH_SINKS: readonly ApiDefinition<CredentialSink>[] = [
  ...AXIOS_ROOTS.flatMap((root) => [
    root([], httpPassword(0, ['auth', 'password'])),
    root([], httpPassword(1, ['auth', 'password'])),
    root(['request'], httpPassword(0, ['auth', 'password'])),
    ...['get', 'delete', 'head', 'options'].map((method) => root([method], httpPassword(1, ['auth', 'password']))),
    ...['post', 'put', 'patch'].map((method) => root([method], httpPassword(2, ['auth', 'password']))),
  ]),
  api.call('axios', ['create'], httpPassword(0, ['auth', 'password']), 'axios-auth'),
  ...(['http', 'https'] as const).flatMap((module) =>
    ['request', 'get'].flatMap((method) => [
      api.call(module, [method], { ...httpPassword(0, ['auth']), userinfo: true }),
      api.call(module, [method], { ...httpPassword(1, ['auth']), userinfo: true }),
    ]),
  ),
  api.call('got', [], httpPassword(1, ['password'])),
  api.call('got', [], httpPassword(0, ['password'])),
  api.call('got', ['extend'], httpPassword(0, ['password'])),
  ...['request', 'postman-request'].flatMap((module) => [
    api.call(module, [], httpPassword(0, ['auth', 'pass'])),
    api.call(module, [], httpPassword(1, ['auth', 'pass'])),
    ...['get', 'post', 'put', 'patch', 'del', 'delete', 'head'].map((method) => api.call(module, [method], httpPassword(1, ['auth', 'pass']))),
  ]),
  // superagent: `request.get(url).set(…).auth(user, password)`.
  ...SUPERAGENT_METHODS.map((method) => api.call('superagent', [method], noSlot, 'superagent-request')),
  ...SUPERAGENT_CHAIN.map((method) => api.instance('superagent-request', [method], 'call', noSlot, 'superagent-request')),
  api.instance('superagent-request', ['auth'], 'call', sink(null, 'HTTP basic-auth password', 1, 'HTTP_PASSWORD')),
];

const cookieSecret = (argument: number, path?: readonly string[]): CredentialSink =>
  sink(null, 'cookie signing secret', argument, 'COOKIE_SECRET', path);
const registered = (credential: string, envName: string, key: string): CredentialSink => ({
  provider: null, credential, slot: { argument: 1, path: [key], via: 'register' }, envName,
});

/** Session and cookie secrets beyond express-session / cookie-parser / cookie-session (listed above). */
const SESSION_SINKS: readonly ApiDefinition<CredentialSink>[] = [
  // Koa: `app.keys = ['…']` signs cookies; koa-session takes the app.
  api.construct('koa', [], noSlot, 'koa-app'),
  api.instance('koa-app', ['keys'], 'read', { provider: null, credential: 'cookie signing key', slot: { argument: 0, via: 'assignment' }, envName: 'COOKIE_KEYS' }),
  // Fastify plugins: `app.register(fastifyCookie, { secret })`.
  ...['@fastify/cookie', 'fastify-cookie'].map((module) => api.read(module, [], registered('cookie signing secret', 'COOKIE_SECRET', 'secret'))),
  ...['@fastify/session', 'fastify-session', '@fastify/secure-session', 'fastify-secure-session'].flatMap((module) => [
    api.read(module, [], registered('session secret', 'SESSION_SECRET', 'secret')),
    api.read(module, [], registered('session key', 'SESSION_KEY', 'key')),
  ]),
  ...['@fastify/jwt', 'fastify-jwt'].map((module) => api.read(module, [], registered('JWT signing secret', 'JWT_SECRET', 'secret'))),
  // iron-session / next-iron-session
  api.call('iron-session', ['getIronSession'], sink(null, 'session secret', 2, 'SESSION_SECRET', ['password'])),
  api.call('koa-session', [], cookieSecret(0, ['secret'])),
];

/** Sequelize takes `(database, username, password, options)` or `(options)`; SQLite ignores the password. */
const sequelizePassword = (argument: number, path?: readonly string[]): CredentialSink => ({
  ...sink(null, 'database password', argument, 'DATABASE_PASSWORD', path),
  unusedWhen: { argument: argument === 2 ? 3 : argument, path: ['dialect'], equals: 'sqlite' },
});

const MORE_DATABASE_SINKS: readonly ApiDefinition<CredentialSink>[] = [
  api.construct('sequelize', ['Sequelize'], sequelizePassword(0, ['password'])),
  api.construct('sequelize', [], sequelizePassword(0, ['password'])),
  api.construct('sequelize', ['Sequelize'], sequelizePassword(3, ['password'])),
  api.call('typeorm', ['createConnection'], dbPassword()),
  api.call('@nestjs/typeorm', ['TypeOrmModule', 'forRoot'], dbPassword()),
  api.call('@nestjs/sequelize', ['SequelizeModule', 'forRoot'], sequelizePassword(0, ['password'])),
  api.call('mongoose', ['connect'], dbPassword(['pass'])),
  api.call('mongoose', ['createConnection'], dbPassword(['pass'])),
  api.call('mongoose', ['connect'], dbPassword(['auth', 'password'])),
  api.construct('mongodb', ['MongoClient'], dbPassword(['auth', 'password'])),
  api.construct('mongodb', ['MongoClient'], sink(null, 'database password', 1, 'DATABASE_PASSWORD', ['auth', 'password'])),
  api.call('postgres', [], dbPassword()),
  api.call('postgres', [], sink(null, 'database password', 1, 'DATABASE_PASSWORD', ['password'])),
];

/** Credential slots beyond client constructions: webhook secrets, HMAC keys, JWT, sessions, database drivers. */
export const EXTRA_CREDENTIAL_SINKS: readonly ApiDefinition<CredentialSink>[] = [
  // Stripe webhook signing secret: stripe.webhooks.constructEvent(body, signature, secret)
  api.instance('stripe', ['webhooks', 'constructEvent'], 'call', stripeWebhook),
  api.instance('stripe', ['webhooks', 'constructEventAsync'], 'call', stripeWebhook),
  api.instance('stripe', ['webhooks', 'generateTestHeaderString'], 'call', sink('Stripe', 'Stripe webhook signing secret', 0, 'STRIPE_WEBHOOK_SECRET', ['secret'])),
  // Braintree access-token construction
  api.construct('braintree', ['BraintreeGateway'], sink('Braintree', 'Braintree access token', 0, 'BRAINTREE_ACCESS_TOKEN', ['accessToken'])),
  // PayPal legacy SDKs
  api.call('paypal-rest-sdk', ['configure'], sink('PayPal', 'PayPal client secret', 0, 'PAYPAL_CLIENT_SECRET', ['client_secret'])),
  api.construct('@paypal/checkout-server-sdk', ['core', 'SandboxEnvironment'], sink('PayPal', 'PayPal client secret', 1, 'PAYPAL_CLIENT_SECRET')),
  api.construct('@paypal/checkout-server-sdk', ['core', 'LiveEnvironment'], sink('PayPal', 'PayPal client secret', 1, 'PAYPAL_CLIENT_SECRET')),
  // Adyen HMAC validation
  api.construct('@adyen/api-library', ['hmacValidator'], sink('Adyen', 'Adyen HMAC key', -1, 'ADYEN_HMAC_KEY'), 'adyen-hmac'),
  api.instance('adyen-hmac', ['validateHMAC'], 'call', adyenHmac),
  api.instance('adyen-hmac', ['calculateHmac'], 'call', adyenHmac),
  // Square webhook signature key
  api.call('square', ['WebhooksHelper', 'verifySignature'], sink('Square', 'Square webhook signature key', 0, 'SQUARE_WEBHOOK_SIGNATURE_KEY', ['signatureKey'])),
  // Razorpay webhook secret
  api.call('razorpay', ['validateWebhookSignature'], sink('Razorpay', 'Razorpay webhook secret', 2, 'RAZORPAY_WEBHOOK_SECRET')),
  // Plaid: new Configuration({ baseOptions: { headers: { 'PLAID-SECRET': … } } })
  api.construct('plaid', ['Configuration'], sink('Plaid', 'Plaid secret', 0, 'PLAID_SECRET', ['baseOptions', 'headers', 'PLAID-SECRET'])),
  // Authorize.net: new APIContracts.MerchantAuthenticationType().setTransactionKey(key)
  api.construct('authorizenet', ['APIContracts', 'MerchantAuthenticationType'], sink('Authorize.net', 'Authorize.net transaction key', -1, 'AUTHORIZENET_TRANSACTION_KEY'), 'authorizenet-auth'),
  api.instance('authorizenet-auth', ['setTransactionKey'], 'call', sink('Authorize.net', 'Authorize.net transaction key', 0, 'AUTHORIZENET_TRANSACTION_KEY')),
  // jsonwebtoken
  api.call('jsonwebtoken', ['sign'], jwtSecret),
  api.call('jsonwebtoken', ['verify'], jwtSecret),
  // JWT middleware and strategies: the shared secret that verifies tokens
  api.construct('passport-jwt', ['Strategy'], sink(null, 'JWT verification secret', 0, 'JWT_SECRET', ['secretOrKey'])),
  api.call('express-jwt', [], sink(null, 'JWT verification secret', 0, 'JWT_SECRET', ['secret'])),
  api.call('express-jwt', ['expressjwt'], sink(null, 'JWT verification secret', 0, 'JWT_SECRET', ['secret'])),
  api.call('koa-jwt', [], sink(null, 'JWT verification secret', 0, 'JWT_SECRET', ['secret'])),
  // node:crypto HMAC keys
  api.call('crypto', ['createHmac'], hmacKey),
  // express-session, cookie-parser, cookie-session
  api.call('express-session', [], sessionSecret),
  api.call('cookie-parser', [], sink(null, 'cookie signing secret', 0, 'COOKIE_SECRET')),
  api.call('cookie-session', [], sink(null, 'cookie signing secret', 0, 'COOKIE_SECRET', ['secret'])),
  api.call('cookie-session', [], sink(null, 'cookie signing secret', 0, 'COOKIE_SECRET', ['keys'])),
  // Database drivers
  api.construct('pg', ['Pool'], dbPassword()),
  api.construct('pg', ['Client'], dbPassword()),
  ...(['mysql', 'mysql2', 'mysql2/promise'] as const).flatMap((module) => [
    api.call(module, ['createConnection'], dbPassword()),
    api.call(module, ['createPool'], dbPassword()),
  ]),
  api.construct('sequelize', ['Sequelize'], sequelizePassword(2)),
  api.construct('sequelize', [], sequelizePassword(2)),
  api.construct('typeorm', ['DataSource'], dbPassword()),
  api.call('knex', [], dbPassword(['connection', 'password'])),
  api.construct('ioredis', [], dbPassword()),
  api.construct('ioredis', ['Redis'], dbPassword()),
  api.call('redis', ['createClient'], dbPassword()),
  api.call('mssql', ['connect'], dbPassword()),
  api.construct('mssql', ['ConnectionPool'], dbPassword()),
  api.call('nodemailer', ['createTransport'], sink(null, 'SMTP password', 0, 'SMTP_PASSWORD', ['auth', 'pass'])),
  ...MORE_DATABASE_SINKS,
  ...JOSE_SINKS,
  ...OAUTH_CLIENT_SINKS,
  ...AWS_SINKS,
  ...HTTP_AUTH_SINKS,
  ...SESSION_SINKS,
];

/**
 * Environment variables whose value is a credential, by the last words of their `_`-separated name
 * (`DB_PASSWORD`, `JWT_SECRET`, `STRIPE_SECRET_KEY`, `GITHUB_TOKEN`): a literal fallback
 * (`process.env.DB_PASSWORD || 'literal'`) ships as the credential wherever the variable is unset.
 */
export const CREDENTIAL_ENV_SUFFIXES: readonly (readonly string[])[] = [
  ['password'], ['passwd'], ['pass'], ['pwd'], ['secret'], ['token'], ['secret', 'key'], ['api', 'key'],
  ['private', 'key'], ['access', 'key'], ['signing', 'key'], ['encryption', 'key'], ['hmac', 'key'], ['master', 'key'],
  ['session', 'key'], ['cookie', 'key'], ['webhook', 'key'], ['auth', 'key'],
];

/** Words in an environment variable name that say its value is not secret (`STRIPE_PUBLISHABLE_KEY`). */
export const PUBLIC_ENV_WORDS: readonly string[] = ['public', 'publishable', 'pub'];

export type SinkData = ClientConstruction | CredentialSink;

/** Everything slot mode tracks: provider client constructions plus the extra sinks. Module-level constant. */
export const CREDENTIAL_SINKS: readonly ApiDefinition<SinkData>[] = [...PROVIDER_CLIENTS, ...EXTRA_CREDENTIAL_SINKS];

/** Normalise the data of a `CREDENTIAL_SINKS` reference to a sink, or `null` when it has no slot. */
export function toCredentialSink(data: SinkData): CredentialSink | null {
  if ('slot' in data) return data.slot.argument < 0 ? null : data;
  return sinkOfClient(data);
}
