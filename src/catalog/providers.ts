/**
 * Payment providers: server SDK modules, how clients are constructed, and the instance families the
 * module-reference utility follows (`const stripe = new Stripe(key)` → `stripe.paymentIntents.create`).
 * Data only. Sources: the providers' SDK and API references.
 *
 * Rules build their own API lists on top of `PROVIDER_CLIENTS`: a definition rooted at `{ instance: 'stripe' }`
 * with path `['paymentIntents', 'create']` matches calls on any tracked Stripe client.
 */
import { api, type ApiDefinition } from './api.js';

export type ProviderId =
  | 'stripe'
  | 'paypal'
  | 'square'
  | 'adyen'
  | 'braintree'
  | 'checkout'
  | 'razorpay'
  | 'mollie'
  | 'gocardless'
  | 'plaid'
  | 'authorizenet';

export interface ProviderInfo {
  readonly id: ProviderId;
  /** Display name for messages. */
  readonly name: string;
  /** Server SDK packages (must not be bundled into browser code). */
  readonly serverModules: readonly string[];
  /** Browser/mobile SDK packages (safe in client code). */
  readonly clientModules: readonly string[];
}

export const PROVIDERS: Readonly<Record<ProviderId, ProviderInfo>> = {
  stripe: {
    id: 'stripe',
    name: 'Stripe',
    serverModules: ['stripe'],
    clientModules: ['@stripe/stripe-js', '@stripe/react-stripe-js', '@stripe/stripe-react-native'],
  },
  paypal: {
    id: 'paypal',
    name: 'PayPal',
    serverModules: ['@paypal/paypal-server-sdk', '@paypal/checkout-server-sdk', 'paypal-rest-sdk'],
    clientModules: ['@paypal/paypal-js', '@paypal/react-paypal-js'],
  },
  square: { id: 'square', name: 'Square', serverModules: ['square'], clientModules: ['@square/web-sdk'] },
  adyen: { id: 'adyen', name: 'Adyen', serverModules: ['@adyen/api-library'], clientModules: ['@adyen/adyen-web'] },
  braintree: {
    id: 'braintree',
    name: 'Braintree',
    serverModules: ['braintree'],
    clientModules: ['braintree-web', 'braintree-web-drop-in', 'braintree-web-drop-in-react'],
  },
  checkout: {
    id: 'checkout',
    name: 'Checkout.com',
    serverModules: ['checkout-sdk-node'],
    clientModules: ['@checkout.com/checkout-web-components'],
  },
  razorpay: { id: 'razorpay', name: 'Razorpay', serverModules: ['razorpay'], clientModules: ['react-native-razorpay'] },
  mollie: { id: 'mollie', name: 'Mollie', serverModules: ['@mollie/api-client'], clientModules: [] },
  gocardless: { id: 'gocardless', name: 'GoCardless', serverModules: ['gocardless-nodejs'], clientModules: [] },
  plaid: { id: 'plaid', name: 'Plaid', serverModules: ['plaid'], clientModules: ['react-plaid-link'] },
  authorizenet: { id: 'authorizenet', name: 'Authorize.net', serverModules: ['authorizenet'], clientModules: [] },
};

/**
 * Provider UI components that collect card data inside the provider's own field (an iframe or a native view):
 * their callbacks receive brand, last four digits, expiry and completeness, never the card number or security
 * code, unless the prop named `unsafeProp` asks for them.
 */
export interface ProviderCardComponents {
  readonly module: string;
  readonly components: readonly string[];
  readonly unsafeProp?: string;
}

export const PROVIDER_CARD_COMPONENTS: readonly ProviderCardComponents[] = [
  { module: '@stripe/stripe-react-native', components: ['CardField', 'CardForm'], unsafeProp: 'dangerouslyGetFullCardDetails' },
  {
    module: '@stripe/react-stripe-js',
    components: ['CardElement', 'CardNumberElement', 'CardExpiryElement', 'CardCvcElement', 'PaymentElement'],
  },
  {
    module: '@paypal/react-paypal-js',
    components: ['PayPalHostedField', 'PayPalNumberField', 'PayPalCVVField', 'PayPalExpiryField', 'PayPalCardFieldsForm'],
  },
];

/** Every server SDK module name. */
export const SERVER_SDK_MODULES: readonly string[] = Object.values(PROVIDERS).flatMap((p) => p.serverModules);
/** Every client SDK module name. */
export const CLIENT_SDK_MODULES: readonly string[] = Object.values(PROVIDERS).flatMap((p) => p.clientModules);

/** What a client construction carries: the provider and where its credential goes. */
export interface ClientConstruction {
  readonly provider: ProviderId;
  /**
   * Credential slot: `{ argument: 0 }` for a positional key (`new Stripe(key)`), or `{ argument: 0, path: [...] }`
   * for a property of an options argument (`new Razorpay({ key_secret })`).
   */
  readonly credential?: { readonly argument: number; readonly path?: readonly string[] };
}

const stripeClient: ClientConstruction = { provider: 'stripe', credential: { argument: 0 } };

/** A NestJS injection decorator of a package whose injected value is an SDK client. */
export interface InjectedClient {
  readonly module: string;
  readonly decorator: string;
  /** The instance family of the injected value (see PROVIDER_CLIENTS). */
  readonly family: string;
}

/**
 * Injection decorators of NestJS integration packages: `@InjectStripe()` (nestjs-stripe) and
 * `@InjectStripeClient()` (@golevelup/nestjs-stripe) hand the constructor the `Stripe` client their module created;
 * the ORM and Redis packages' decorators hand it a repository, model or client.
 */
export const INJECTED_CLIENTS: readonly InjectedClient[] = [
  { module: 'nestjs-stripe', decorator: 'InjectStripe', family: 'stripe' },
  { module: '@golevelup/nestjs-stripe', decorator: 'InjectStripeClient', family: 'stripe' },
  // ORM and cache handles (families of catalog/storage.ts): `@InjectRepository(Order) orders` is a TypeORM
  // repository whatever its annotation says (none in JavaScript, `any`, a project alias).
  { module: '@nestjs/typeorm', decorator: 'InjectRepository', family: 'typeorm-repository' },
  { module: '@nestjs/typeorm', decorator: 'InjectEntityManager', family: 'typeorm-manager' },
  { module: '@nestjs/typeorm', decorator: 'InjectDataSource', family: 'typeorm-datasource' },
  { module: '@nestjs/mongoose', decorator: 'InjectModel', family: 'mongoose-model' },
  { module: '@nestjs/sequelize', decorator: 'InjectModel', family: 'sequelize-model' },
  { module: '@nestjs-modules/ioredis', decorator: 'InjectRedis', family: 'redis' },
  { module: '@liaoliaots/nestjs-redis', decorator: 'InjectRedis', family: 'redis' },
];

/**
 * Client constructions. Each returns an instance family named after the provider (`'stripe'`, `'paypal'`, …;
 * sub-clients such as PayPal controllers and Adyen services have their own families: `'paypal-orders'`, …).
 */
export const PROVIDER_CLIENTS: readonly ApiDefinition<ClientConstruction>[] = [
  // Stripe: new Stripe(key), Stripe(key), require('stripe')(key), import { Stripe } from 'stripe'
  api.construct('stripe', [], stripeClient, 'stripe'),
  api.call('stripe', [], stripeClient, 'stripe'),
  api.construct('stripe', ['Stripe'], stripeClient, 'stripe'),
  api.call('stripe', ['Stripe'], stripeClient, 'stripe'),
  // PayPal server SDK
  api.construct(
    '@paypal/paypal-server-sdk',
    ['Client'],
    { provider: 'paypal', credential: { argument: 0, path: ['clientCredentialsAuthCredentials', 'oAuthClientSecret'] } },
    'paypal',
  ),
  api.construct('@paypal/paypal-server-sdk', ['OrdersController'], { provider: 'paypal' }, 'paypal-orders'),
  api.construct('@paypal/paypal-server-sdk', ['PaymentsController'], { provider: 'paypal' }, 'paypal-payments'),
  // Square v40+ and legacy
  api.construct('square', ['SquareClient'], { provider: 'square', credential: { argument: 0, path: ['token'] } }, 'square'),
  api.construct('square', ['Client'], { provider: 'square', credential: { argument: 0, path: ['accessToken'] } }, 'square'),
  // Adyen
  api.construct('@adyen/api-library', ['Client'], { provider: 'adyen', credential: { argument: 0, path: ['apiKey'] } }, 'adyen'),
  api.construct('@adyen/api-library', ['CheckoutAPI'], { provider: 'adyen' }, 'adyen-checkout'),
  // Braintree
  api.construct(
    'braintree',
    ['BraintreeGateway'],
    { provider: 'braintree', credential: { argument: 0, path: ['privateKey'] } },
    'braintree',
  ),
  api.call('braintree', ['connect'], { provider: 'braintree', credential: { argument: 0, path: ['privateKey'] } }, 'braintree'),
  // Checkout.com
  api.construct('checkout-sdk-node', [], { provider: 'checkout', credential: { argument: 0 } }, 'checkout'),
  api.construct('checkout-sdk-node', ['Checkout'], { provider: 'checkout', credential: { argument: 0 } }, 'checkout'),
  // Razorpay
  api.construct('razorpay', [], { provider: 'razorpay', credential: { argument: 0, path: ['key_secret'] } }, 'razorpay'),
  // Mollie
  api.call('@mollie/api-client', ['createMollieClient'], { provider: 'mollie', credential: { argument: 0, path: ['apiKey'] } }, 'mollie'),
  api.call('@mollie/api-client', [], { provider: 'mollie', credential: { argument: 0, path: ['apiKey'] } }, 'mollie'),
  // GoCardless
  api.call('gocardless-nodejs', [], { provider: 'gocardless', credential: { argument: 0 } }, 'gocardless'),
  // Plaid
  api.construct('plaid', ['PlaidApi'], { provider: 'plaid' }, 'plaid'),
];

/** Instance family → provider, for messages. */
export function providerOfFamily(family: string): ProviderId | null {
  const base = family.split('-')[0] as ProviderId;
  return base in PROVIDERS ? base : null;
}
