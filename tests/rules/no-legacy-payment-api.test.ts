import rule from '../../rules/no-legacy-payment-api.js';
import { commonjs, createRuleTester, nodeGlobals } from '../rule-tester.js';

const ruleTester = createRuleTester();

const STRIPE = "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\n";

const chargesData = {
  provider: 'Stripe',
  method: 'charges.create',
  reason:
    'creates a payment through the Charges API, which cannot run Strong Customer Authentication (3-D Secure 2), so cards that require it are declined',
  replacement: 'a PaymentIntent (`paymentIntents.create` with a `payment_method`)',
  docs: 'https://docs.stripe.com/payments/payment-intents/migration',
};
const tokensData = {
  provider: 'Stripe',
  method: 'tokens.create',
  reason:
    'creates a card token through the legacy Tokens API, which Stripe is retiring in favour of PaymentMethods and which cannot run Strong Customer Authentication',
  replacement: 'PaymentMethods collected client-side with Stripe Elements and a SetupIntent or PaymentIntent',
  docs: 'https://docs.stripe.com/payments/payment-methods/transitioning',
};
const sourcesData = {
  provider: 'Stripe',
  method: 'sources.create',
  reason: 'uses the deprecated Sources API, which is not ready for Strong Customer Authentication and is being turned off',
  replacement: 'PaymentMethods with the Payment Intents API',
  docs: 'https://docs.stripe.com/payments/payment-methods/transitioning',
};
const restSdkData = {
  module: 'paypal-rest-sdk',
  provider: 'PayPal',
  replacement: '`@paypal/paypal-server-sdk` with the Orders v2 API',
  docs: 'https://developer.paypal.com/serversdk/typescript/getting-started/how-to-get-started',
};
const checkoutSdkData = {
  module: '@paypal/checkout-server-sdk',
  provider: 'PayPal',
  replacement: '`@paypal/paypal-server-sdk`',
  docs: 'https://developer.paypal.com/serversdk/typescript/getting-started/how-to-get-started',
};
const v1Data = (path: string) => ({
  name: 'PayPal v1 Payments API',
  path,
  replacement: 'the Orders v2 (`/v2/checkout/orders`) and Payments v2 (`/v2/payments`) APIs',
  docs: 'https://developer.paypal.com/docs/api/orders/v2/',
});

const tokenizerData = (module: string) => ({
  module,
  provider: 'Stripe',
  replacement: '`@stripe/stripe-react-native` (PaymentSheet or CardField with a PaymentIntent or SetupIntent)',
  docs: 'https://docs.stripe.com/payments/accept-a-payment?platform=react-native',
});
const cardTokensData = {
  name: 'Stripe Tokens API with raw card numbers',
  path: '/v1/tokens',
  replacement: 'PaymentMethods collected with Stripe Elements or `@stripe/stripe-react-native` and a PaymentIntent or SetupIntent',
  docs: 'https://docs.stripe.com/payments/payment-methods/transitioning',
};

ruleTester.run('no-legacy-payment-api', rule, {
  valid: [
    {
      name: "Stripe's React Native SDK with CardField and a PaymentIntent",
      filename: 'src/screens/Checkout.tsx',
      code: "import { useConfirmPayment } from '@stripe/stripe-react-native';\nexport function useCheckout() { const { confirmPayment } = useConfirmPayment(); return (clientSecret: string) => confirmPayment(clientSecret, { paymentMethodType: 'Card' }); }",
    },
    {
      name: 'a project module named stripe-client (relative import)',
      code: "import { stripe } from './stripe-client';\nexport const list = () => stripe.paymentIntents.list({ limit: 3 });",
    },
    {
      name: 'Connect account token through /v1/tokens (current API)',
      code: "export async function accountToken(key: string) {\n  return fetch('https://api.stripe.com/v1/tokens', { method: 'POST', headers: { Authorization: `Bearer ${key}` }, body: new URLSearchParams({ 'account[business_type]': 'individual', 'account[tos_shown_and_accepted]': 'true' }) });\n}",
    },
    {
      name: 'reading a Stripe token by id',
      code: "export const getToken = (id: string, key: string) => fetch(`https://api.stripe.com/v1/tokens/${id}`, { headers: { Authorization: `Bearer ${key}` } });",
    },
    { name: 'PaymentIntent create', code: `${STRIPE}await stripe.paymentIntents.create({ amount: 1000, currency: 'eur', payment_method: pm, confirm: true });` },
    { name: 'reading existing charges', code: `${STRIPE}const charge = await stripe.charges.retrieve(id);\nconst list = await stripe.charges.list({ limit: 10, customer });` },
    { name: 'charges.create without source or card (customer default)', code: `${STRIPE}await stripe.charges.create({ amount: 500, currency: 'usd', customer: customerId });` },
    { name: 'charges.create with unknown params', code: `${STRIPE}export async function charge(params: Stripe.ChargeCreateParams) { return stripe.charges.create(params); }` },
    { name: 'charges.create with an unknown spread after', code: `${STRIPE}await stripe.charges.create({ amount: 500, currency: 'usd', ...rest });` },
    { name: 'charges.create with source: undefined', code: `${STRIPE}await stripe.charges.create({ amount: 500, currency: 'usd', customer, source: undefined });` },
    { name: 'Connect account debit with a static acct id', code: `${STRIPE}await stripe.charges.create({ amount: 1500, currency: 'usd', source: 'acct_1032D82eZvKYlo2C' });` },
    { name: 'Connect account debit with an account variable', code: `${STRIPE}export const debit = (connectedAccountId: string) => stripe.charges.create({ amount: 1500, currency: 'usd', source: connectedAccountId });\nexport const debit2 = (seller: { stripeAccount: string }) => stripe.charges.create({ amount: 1, currency: 'usd', source: seller.stripeAccount });` },
    { name: 'refund of a legacy charge', code: `${STRIPE}await stripe.refunds.create({ charge: chargeId });` },
    { name: 'bank account token (Connect onboarding)', code: `${STRIPE}await stripe.tokens.create({ bank_account: { country: 'US', currency: 'usd', routing_number, account_number } });` },
    { name: 'account token', code: `${STRIPE}await stripe.tokens.create({ account: { business_type: 'individual', tos_shown_and_accepted: true } });` },
    { name: 'retrieving a source', code: `${STRIPE}await stripe.sources.retrieve(sourceId);` },
    { name: 'unknown object with a charges API', code: "const gateway = makeGateway();\nawait gateway.charges.create({ amount: 500, source: token });" },
    { name: 'other SDK with charges.create', code: "import Omise from 'omise';\nconst omise = Omise({ secretKey });\nawait omise.charges.create({ amount: 500, card: token });" },
    { name: 'client-side stripe-js', code: "import { loadStripe } from '@stripe/stripe-js';\nconst stripe = await loadStripe('pk_test_x');\nawait stripe!.createToken(cardElement);" },
    { name: 'current PayPal server SDK', code: "import { Client, OrdersController, Environment } from '@paypal/paypal-server-sdk';\nconst client = new Client({ environment: Environment.Sandbox });\nnew OrdersController(client);" },
    { name: 'type-only import of the legacy SDK', code: "import type { Payment } from 'paypal-rest-sdk';\nexport function id(p: Payment) { return p.id; }" },
    { name: 'PayPal Orders v2 with fetch', code: "await fetch('https://api-m.paypal.com/v2/checkout/orders', { method: 'POST', headers, body });" },
    { name: 'PayPal Payouts is a current v1 API', code: "await fetch(`${PAYPAL_API}/v1/payments/payouts`, { method: 'POST', headers, body });" },
    { name: 'PayPal v1 OAuth token endpoint', code: "import axios from 'axios';\nawait axios.post('https://api-m.paypal.com/v1/oauth2/token', 'grant_type=client_credentials');" },
    { name: 'similar path on another host', code: "await fetch('https://api.mystore.example/v1/payments/payment', { method: 'POST' });" },
    { name: 'own backend relative route', code: "await fetch('/v1/payments/payment', { method: 'POST', body });" },
    { name: 'path segment continues', code: "await fetch(`${base}/v1/payments/payments-report`);" },
    { name: 'path is not at the URL path start', code: "await fetch(`${base}/proxy?next=/v1/payments/payment`);" },
    { name: 'not an HTTP client', code: "logger.info('/v1/payments/payment called');\nconst url = `${base}/v1/payments/payment`;" },
    { name: 'locally defined fetch', code: "const fetch = (u: string) => u;\nfetch('https://api.paypal.com/v1/payments/payment');" },
    { name: 'package with a similar name', code: "import paypal from 'paypal-rest-sdk-wrapper';\nimport sdk from '@paypal/checkout-server-sdk-types';\nexport { paypal, sdk };" },
    { name: 'local require function', code: "function load(require: (m: string) => unknown) { return require('paypal-rest-sdk'); }" },
    { name: 'migrations folder is ignored by default', filename: 'db/migrations/20190101-backfill-charges.ts', code: `${STRIPE}await stripe.charges.create({ amount: 100, currency: 'usd', source: 'tok_visa' });` },
    { name: 'custom ignore glob', filename: 'scripts/legacy/replay.ts', options: [{ ignoreFiles: ['**/legacy/**'] }], code: `${STRIPE}await stripe.sources.create({ type: 'ach_credit_transfer', currency: 'usd' });` },
    { name: 'CommonJS Payment Intents', code: "const stripe = require('stripe')(process.env.STRIPE_KEY);\nmodule.exports = (amount) => stripe.paymentIntents.create({ amount, currency: 'usd' });", ...commonjs },
    { name: 'JSX page using Elements', filename: 'app/checkout/page.tsx', code: "import { Elements } from '@stripe/react-stripe-js';\nexport default function Page() { return <Elements stripe={promise}><Form /></Elements>; }" },
    { name: 'request-promise on Orders v2', code: "const rp = require('request-promise');\nmodule.exports = (token) => rp({ method: 'POST', uri: `${process.env.PAYPAL_API}/v2/checkout/orders`, auth: { bearer: token }, json: true });", ...commonjs },
    { name: 'type-only re-export of the legacy SDK', code: "export type { Payment } from 'paypal-rest-sdk';" },
    { name: 'axios GET on v2', code: "import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://api-m.paypal.com' });\nawait api.get(`/v2/checkout/orders/${id}`);" },
  ],
  invalid: [
    {
      name: 'tipsi-stripe createTokenWithCard in a React Native screen',
      filename: 'src/screens/Payment.js',
      code: "import stripe from 'tipsi-stripe';\nstripe.setOptions({ publishableKey: PK });\nexport const pay = (card) => stripe.createTokenWithCard({ number: card.number, expMonth: card.month, expYear: card.year, cvc: card.cvc });",
      errors: [{ messageId: 'legacyCardTokenizer', data: tokenizerData('tipsi-stripe'), line: 1, column: 20, suggestions: null }],
    },
    {
      name: 'react-native-stripe-api client createToken',
      filename: 'src/components/AddCard.js',
      code: "import Stripe from 'react-native-stripe-api';\nconst client = new Stripe(config.stripeKey);\nexport const addCard = (number, month, year, cvc) => client.createToken({ number, exp_month: month, exp_year: year, cvc });",
      errors: [{ messageId: 'legacyCardTokenizer', data: tokenizerData('react-native-stripe-api'), line: 1, column: 20, suggestions: null }],
    },
    {
      name: 'stripe-client require with createToken({ card })',
      code: "const stripe = require('stripe-client')(STRIPE_KEY);\nmodule.exports.addCard = async (form) => stripe.createToken({ card: { number: form.number, exp_month: form.month, exp_year: form.year, cvc: form.cvc } });",
      ...commonjs,
      errors: [{ messageId: 'legacyCardTokenizer', data: tokenizerData('stripe-client'), line: 1, column: 24, suggestions: null }],
    },
    {
      name: 'fetch to /v1/tokens with form-encoded card fields',
      filename: 'src/api/stripe.js',
      code: "export async function createCardToken(card) {\n  const body = `card[number]=${card.number}&card[exp_month]=${card.month}&card[exp_year]=${card.year}&card[cvc]=${card.cvc}`;\n  const res = await fetch('https://api.stripe.com/v1/tokens', { method: 'POST', headers: { Authorization: `Bearer ${PK}`, 'Content-Type': 'application/x-www-form-urlencoded' }, body });\n  return res.json();\n}",
      errors: [{ messageId: 'legacyEndpoint', data: cardTokensData, line: 3, column: 27, suggestions: null }],
    },
    {
      name: 'charges.create with a card token source',
      code: `${STRIPE}const charge = await stripe.charges.create({ amount: 2000, currency: 'usd', source: req.body.stripeToken });`,
      errors: [{ messageId: 'legacyCall', data: chargesData, line: 3, column: 22, endColumn: 43, suggestions: null }],
    },
    {
      name: 'charges.create with raw card data',
      code: `${STRIPE}await stripe.charges.create({ amount: 2000, currency: 'usd', card: { number, exp_month, exp_year, cvc } });`,
      errors: [{ messageId: 'legacyCall', data: chargesData, line: 3, column: 7, suggestions: null }],
    },
    {
      name: 'charges.create with a params constant',
      code: `${STRIPE}const params = { amount: 500, currency: 'eur', source: 'tok_visa', description: 'Order 1' };\nexport const pay = () => stripe.charges.create(params);`,
      errors: [{ messageId: 'legacyCall', data: chargesData, line: 4, column: 26, suggestions: null }],
    },
    {
      name: 'charges.create with source through a spread',
      code: `${STRIPE}const base = { currency: 'usd', source: token };\nawait stripe.charges.create({ ...base, amount });`,
      errors: [{ messageId: 'legacyCall', data: chargesData, line: 4, column: 7, suggestions: null }],
    },
    {
      name: 'CommonJS require(stripe)(key) with optional chaining',
      code: "const stripe = require('stripe')(process.env.STRIPE_KEY);\nexports.pay = async (token) => stripe.charges?.create({ amount: 100, currency: 'usd', source: token });",
      ...commonjs,
      errors: [{ messageId: 'legacyCall', data: chargesData, line: 2, column: 32, suggestions: null }],
    },
    {
      name: 'class field client',
      code: "import Stripe from 'stripe';\nexport class Billing {\n  private stripe = new Stripe(key, { apiVersion: '2024-06-20' });\n  pay(token: string) { return this.stripe.charges.create({ amount: 100, currency: 'usd', source: token }); }\n}",
      errors: [{ messageId: 'legacyCall', data: chargesData, line: 4, column: 31, suggestions: null }],
    },
    {
      name: 'tokens.create with card details',
      code: `${STRIPE}const token = await stripe.tokens.create({ card: { number: cardNumber, exp_month: 12, exp_year: 2030, cvc } });`,
      errors: [{ messageId: 'legacyCall', data: tokensData, line: 3, column: 21, suggestions: null }],
    },
    {
      name: 'sources.create',
      code: `${STRIPE}const source = await stripe.sources.create({ type: 'three_d_secure', amount: 1099, currency: 'eur', three_d_secure: { card: src } });`,
      errors: [{ messageId: 'legacyCall', data: sourcesData, line: 3, column: 22, suggestions: null }],
    },
    {
      name: 'sources.create via a named Stripe import and a factory',
      code: "import { Stripe } from 'stripe';\nfunction client() { return new Stripe(key); }\nconst s = client();\nawait s.sources.create({ type: 'sofort', amount, currency: 'eur' });",
      errors: [{ messageId: 'legacyCall', data: sourcesData, line: 4, column: 7, suggestions: null }],
    },
    {
      name: 'paypal-rest-sdk import',
      code: "import paypal from 'paypal-rest-sdk';\npaypal.configure({ mode: 'live', client_id, client_secret });",
      errors: [{ messageId: 'legacyModule', data: restSdkData, line: 1, column: 20, endColumn: 37, suggestions: null }],
    },
    {
      name: 'paypal-rest-sdk require in CommonJS',
      code: "const paypal = require('paypal-rest-sdk');\npaypal.payment.create(json, (error, payment) => {});",
      ...commonjs,
      errors: [{ messageId: 'legacyModule', data: restSdkData, line: 1, column: 24, suggestions: null }],
    },
    {
      name: 'checkout-server-sdk namespace import',
      code: "import * as paypal from '@paypal/checkout-server-sdk';\nconst request = new paypal.orders.OrdersCreateRequest();",
      errors: [{ messageId: 'legacyModule', data: checkoutSdkData, line: 1, column: 25, suggestions: null }],
    },
    {
      name: 'checkout-server-sdk require in a TS file',
      code: "const checkoutNodeJssdk = require('@paypal/checkout-server-sdk');\nexport const env = new checkoutNodeJssdk.core.SandboxEnvironment(id, secret);",
      errors: [{ messageId: 'legacyModule', data: checkoutSdkData, line: 1, column: 35, suggestions: null }],
    },
    {
      name: 'checkout-server-sdk via import equals and dynamic import',
      code: "import paypal = require('@paypal/checkout-server-sdk');\nconst lazy = await import('paypal-rest-sdk');\nexport { paypal, lazy };",
      errors: [
        { messageId: 'legacyModule', data: checkoutSdkData, line: 1, column: 25, suggestions: null },
        { messageId: 'legacyModule', data: restSdkData, line: 2, column: 27, suggestions: null },
      ],
    },
    {
      name: 'v1 payment endpoint in fetch with an env base',
      code: "const base = process.env.PAYPAL_API_BASE;\nconst res = await fetch(`${base}/v1/payments/payment`, { method: 'POST', headers, body: JSON.stringify(payment) });",
      errors: [{ messageId: 'legacyEndpoint', data: v1Data('/v1/payments/payment'), line: 2, column: 25, suggestions: null }],
    },
    {
      name: 'v1 execute endpoint with a literal sandbox host',
      code: "await fetch(`https://api.sandbox.paypal.com/v1/payments/payment/${paymentId}/execute`, { method: 'POST', body });",
      ...nodeGlobals,
      errors: [{ messageId: 'legacyEndpoint', data: v1Data('/v1/payments/payment'), line: 1, column: 13, suggestions: null }],
    },
    {
      name: 'axios.post with a constant host and concatenation',
      code: "import axios from 'axios';\nconst PAYPAL = 'https://api-m.paypal.com';\nawait axios.post(PAYPAL + '/v1/payments/sale/' + saleId + '/refund', {}, { headers });",
      errors: [{ messageId: 'legacyEndpoint', data: v1Data('/v1/payments/sale'), line: 3, column: 18, suggestions: null }],
    },
    {
      name: 'axios config object url',
      code: "import axios from 'axios';\nawait axios({ method: 'post', url: `${paypalBase}/v1/payments/payment`, data });",
      errors: [{ messageId: 'legacyEndpoint', data: v1Data('/v1/payments/payment'), line: 2, column: 36, suggestions: null }],
    },
    {
      name: 'request-promise with a uri option in CommonJS',
      code: "const rp = require('request-promise');\nmodule.exports.execute = (id, token) => rp({ method: 'POST', uri: process.env.PAYPAL_API + '/v1/payments/payment/' + id + '/execute', auth: { bearer: token }, json: true });",
      ...commonjs,
      errors: [{ messageId: 'legacyEndpoint', data: v1Data('/v1/payments/payment'), line: 2, column: 67, suggestions: null }],
    },
    {
      name: 'legacy SDK in a React server component file (tsx)',
      filename: 'app/admin/payments/page.tsx',
      code: "import paypal from 'paypal-rest-sdk';\nexport default async function Page() { const list = await paypal.payment.list(); return <ul>{list.payments.map((p: any) => <li key={p.id}>{p.id}</li>)}</ul>; }",
      errors: [{ messageId: 'legacyModule', data: restSdkData, line: 1, column: 20, suggestions: null }],
    },
    {
      name: 'axios instance get',
      code: "import axios from 'axios';\nconst http = axios.create({ timeout: 5000 });\nawait http.get(`${config.paypal.url}/v1/payments/authorization/${id}`);",
      errors: [{ messageId: 'legacyEndpoint', data: v1Data('/v1/payments/authorization'), line: 3, column: 16, suggestions: null }],
    },
  ],
});
