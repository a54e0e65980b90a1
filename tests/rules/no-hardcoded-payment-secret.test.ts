import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/no-hardcoded-payment-secret.js';
import { commonjs, createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

// Fake keys with realistic shapes (built from parts so the file never holds a scanner-ready key on one line).
const LEGACY = 'kX9dL2vQ7mR4tY8wB3nC6pZ1';
const CURRENT = '51HqLyjWDarjtT1zdp7dc4eC39HqLyjWDarjtT1zdp7dcZa8Qm2Rt5Vw9Xy3Bn6Lp0Hg4Jk7Fd1Sa8Qm2Rt5Vw9Xy3Bn6Lp0H';
const SK_LIVE = `sk_live_${LEGACY}`;
const SK_TEST = `sk_test_${LEGACY}`;
const SK_LIVE_CURRENT = `sk_live_${CURRENT}`;
const RK_LIVE = `rk_live_${LEGACY}`;
const WHSEC = 'whsec_Q7mR4tY8wB3nC6pZ1kX9dL2vQ7mR4tY8';
const SQ_SECRET = `sq0csp-${'Zr8Qm2Rt5Vw9Xy3Bn6Lp0Hg4Jk7Fd1Sa8Qm2Rt5Vw9X'}`;
const BT_TOKEN = `access_token$production$${'k7fd1sa8qm2rt5vw$3e1ad21bac234eb3ad1f375e9fb56481'}`;
const PK_LIVE = `pk_live_${LEGACY}`;
// Checkout.com keys: `sk_` + 26 base32 characters + one check character is live only because `sbox_` is missing.
const CKO_SK = `sk_${'k7fd1sa8qm2rt5vw3e1ad2bac2'.replace(/[0189]/g, 'q')}x`;
const last4 = (value: string) => `…${value.slice(-4)}`;

ruleTester.run('no-hardcoded-payment-secret', rule, {
  valid: [
    { name: 'passport-jwt and express-jwt secrets from env (CommonJS)', code: "const { Strategy, ExtractJwt } = require('passport-jwt');\nconst { expressjwt } = require('express-jwt');\npassport.use(new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET }, verify));\napp.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));", ...commonjs },
    // Secrets without a format of their own, recognised by the public id next to them.
    { name: 'Razorpay test key pair in a test file', filename: 'test/razorpay.test.js', code: "module.exports = { key_id: 'rzp_test_Kq9ZtLw8RbX2mN', key_secret: 'T7vQ2mR4tY8wB3nC6pZ1kX9d' };", ...commonjs },
    { name: 'Razorpay key id with the secret from the environment', code: "export const razorpay = { key_id: 'rzp_live_Kq9ZtLw8RbX2mN', key_secret: process.env.RAZORPAY_KEY_SECRET };" },
    { name: 'OAuth client pair with a placeholder secret', code: "export const paypal = { client_id: 'AZDxjDScFpQtjWTOUtWKbyN', client_secret: 'your-client-secret-here' };" },
    { name: 'client id next to where the secret is kept', code: "export const cfg = { client_id: 'AZDxjDScFpQtjWTOUtWKbyN', client_secret_name: 'prod/paypal/client-secret' };" },
    { name: 'env read', code: "import Stripe from 'stripe';\nexport const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });" },
    { name: 'env read with empty fallback', code: "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '');" },
    { name: 'import.meta.env', code: "import Stripe from 'stripe';\nconst stripe = new Stripe(import.meta.env.STRIPE_SECRET_KEY);" },
    { name: 'config service lookup (NestJS)', code: "import Stripe from 'stripe';\nexport class PaymentsService {\n  private stripe: Stripe;\n  constructor(config: ConfigService) { this.stripe = new Stripe(config.getOrThrow<string>('STRIPE_SECRET_KEY')); }\n}" },
    { name: 'publishable key in browser code', code: `import { loadStripe } from '@stripe/stripe-js';\nexport const stripePromise = loadStripe('${PK_LIVE}');` },
    { name: 'publishable key passed to a server SDK is not a leak', code: `import Stripe from 'stripe';\nconst s = new Stripe('${PK_LIVE}');` },
    { name: 'placeholder repeated x', code: "import Stripe from 'stripe';\nconst stripe = new Stripe('sk_test_xxxxxxxxxxxxxxxxxxxxxxxx');" },
    { name: 'placeholder ellipsis', code: "// Set STRIPE_SECRET_KEY to your key (sk_live_...) before deploying.\nexport {};" },
    { name: 'placeholder angle brackets', code: "const example = 'STRIPE_SECRET_KEY=<your sk_live_ key>';\nexport { example };" },
    { name: 'placeholder YOUR_ in a slot', code: "import Razorpay from 'razorpay';\nnew Razorpay({ key_id: 'rzp_test_Ab3dEf6hIj9kLm', key_secret: 'YOUR_KEY_SECRET' });" },
    { name: 'placeholder template in a slot', code: "import braintree from 'braintree';\nnew braintree.BraintreeGateway({ environment: braintree.Environment.Sandbox, merchantId: 'm', publicKey: 'p', privateKey: '${BRAINTREE_PRIVATE_KEY}' });" },
    { name: 'REPLACE_ME in a slot', code: "import { SquareClient } from 'square';\nnew SquareClient({ token: 'REPLACE_ME' });" },
    { name: 'Stripe test objects', code: "await stripe.paymentIntents.create({ amount: 1000, currency: 'usd', payment_method: 'pm_card_visa', confirm: true });\nconst token = 'tok_visa';" },
    { name: 'PaymentIntent client secret', code: "const clientSecret = 'pi_3MtwBwLkdIwHu7ix28a3tqPa_secret_YrKJUKribcBjcG8HVhfZluoGH';\nexport { clientSecret };" },
    { name: 'Razorpay key id is public', code: "import Razorpay from 'razorpay';\nnew Razorpay({ key_id: 'rzp_live_Ab3dEf6hIj9kLm', key_secret: process.env.RAZORPAY_KEY_SECRET });" },
    { name: 'Square application id is public', code: "const appId = 'sq0idp-Zr8Qm2Rt5Vw9Xy3Bn6Lp0H';\nexport { appId };" },
    { name: 'test key in an SDK example', filename: 'examples/charges/create.js', code: `const stripe = require('stripe')('${SK_TEST}');\nstripe.charges.create({ amount: 2000, currency: 'usd', source: 'tok_visa' });`, ...commonjs },
    { name: 'test key in a sample app', filename: 'samples/checkout/server.ts', code: `import Stripe from 'stripe';\nexport const stripe = new Stripe('${SK_TEST}');` },
    { name: 'test key in docs code', filename: 'docs/snippets/webhooks.ts', code: `export const endpointSecret = '${WHSEC.replace('whsec_', 'whsec_test')}';\nexport const key = '${SK_TEST}';` },
    { name: "prose placeholder in a secret slot", code: "import Stripe from 'stripe';\nexport const stripe = new Stripe(\"i'm not a real key\");" },
    { name: 'your-key-here placeholder', code: "import Stripe from 'stripe';\nexport const stripe = new Stripe('your-key-here');" },
    { name: 'angle-bracket placeholder', code: "import Braintree from 'braintree';\nexport const gateway = new Braintree.BraintreeGateway({ environment: Braintree.Environment.Sandbox, merchantId: '<merchant>', publicKey: '<public>', privateKey: '<secret>' });" },
    { name: 'Checkout.com key without a live marker in a test suite with HTTP mocks', filename: 'test/payments/payments-unit.js', code: `import { Checkout } from 'checkout-sdk-node';\nconst cko = new Checkout('${CKO_SK}');\nexport default cko;` },
    { name: 'test key in a test file (default)', filename: 'src/__tests__/checkout.test.ts', code: `import Stripe from 'stripe';\nconst stripe = new Stripe('${SK_TEST}');` },
    { name: 'slot literal in a jest fixture', filename: 'test/fixtures/session.ts', code: "import jwt from 'jsonwebtoken';\nexport const token = jwt.sign({ sub: 'u1' }, 'k9Tz-3LmP0wR7vQ2');" },
    { name: 'test key with testKeys never', options: [{ testKeys: 'never' }], code: `import Stripe from 'stripe';\nconst stripe = new Stripe('${SK_TEST}');` },
    { name: 'allow list', options: [{ allow: [SK_TEST] }], code: `const demoKey = '${SK_TEST}';\nexport { demoKey };` },
    { name: 'unknown value in a slot', code: "import Stripe from 'stripe';\nexport function make(key: string) { return new Stripe(key); }" },
    { name: 'not a Stripe constructor', code: "class Stripe { constructor(public key: string) {} }\nnew Stripe('k9Tz3LmP0wR7vQ2aZ');" },
    { name: 'reassigned variable is unknown', code: "import Stripe from 'stripe';\nlet key = 'k9Tz3LmP0wR7vQ2aZ';\nkey = load();\nnew Stripe(key);" },
    { name: 'localhost database URL', code: "const url = process.env.DATABASE_URL ?? 'postgres://app:Zq8rT2mV9x@localhost:5432/app';\nexport { url };" },
    { name: 'docker service database URL', code: "export const url = 'postgres://app:Zq8rT2mV9x@db:5432/app';" },
    { name: 'URL with placeholder password', code: "export const url = 'postgres://app:${DB_PASSWORD}@db.prod.acme.io/app';" },
    { name: 'URL with user == password', code: "export const url = 'amqp://guest:guest@mq.acme.io:5672';" },
    { name: 'dynamic Authorization header', code: "await fetch(url, { headers: { Authorization: `Bearer ${process.env.STRIPE_SECRET_KEY}` } });" },
    { name: 'Basic auth built at runtime', code: "const auth = Buffer.from(`${id}:${secret}`).toString('base64');\nawait fetch(url, { headers: { Authorization: 'Basic ' + auth } });" },
    { name: 'Authorization placeholder', code: "const headers = { Authorization: 'Bearer <token>' };\nexport { headers };" },
    { name: 'DB password from env', code: "import { Pool } from 'pg';\nexport const pool = new Pool({ host: 'db', user: 'app', password: process.env.PGPASSWORD });" },
    { name: 'createHmac with env key', code: "import { createHmac } from 'node:crypto';\nexport const sign = (body: string) => createHmac('sha256', process.env.WEBHOOK_SECRET!).update(body).digest('hex');" },
    { name: 'PEM header constant used for parsing', code: "const HEADER = '-----BEGIN PRIVATE KEY-----';\nexport const isPem = (s: string) => s.startsWith(HEADER);" },
    { name: 'prose mentions the prefix', code: "throw new Error('Expected a secret key starting with sk_live_ or sk_test_');" },
    { name: 'import path containing key-like text', code: `import x from './sk_live_${LEGACY}';\nexport { x };` },
    { name: 'webhook secret from env', code: "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport const handle = (body: string, sig: string) => stripe.webhooks.constructEvent(body, sig, process.env.STRIPE_WEBHOOK_SECRET!);" },
    { name: 'session secret from env (CommonJS)', code: "const session = require('express-session');\napp.use(session({ secret: process.env.SESSION_SECRET, resave: false }));", ...commonjs },
    { name: 'JSX publishable key', filename: 'checkout.tsx', code: `export const C = () => <StripeProvider publishableKey="${PK_LIVE}" />;` },
  ],
  invalid: [
    {
      name: 'passport-jwt secretOrKey literal (CommonJS)',
      code: "const { Strategy, ExtractJwt } = require('passport-jwt');\npassport.use(new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: 'Zq8rT2mV9xW4' }, verify));",
      ...commonjs,
      errors: [{ messageId: 'hardcodedSecret', data: { credential: 'JWT verification secret' }, line: 2, column: 100,
        suggestions: [{ messageId: 'useEnv', data: { name: 'JWT_SECRET' }, output: "const { Strategy, ExtractJwt } = require('passport-jwt');\npassport.use(new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET }, verify));" }] }],
    },
    {
      name: 'express-jwt secret literal',
      code: "import { expressjwt } from 'express-jwt';\napp.use(expressjwt({ secret: 'Zq8rT2mV9xW4', algorithms: ['HS256'] }));",
      errors: [{ messageId: 'hardcodedSecret', data: { credential: 'JWT verification secret' }, line: 2, column: 30,
        suggestions: [{ messageId: 'useEnv', data: { name: 'JWT_SECRET' }, output: "import { expressjwt } from 'express-jwt';\napp.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));" }] }],
    },
    {
      name: 'Razorpay key secret committed next to its live key id',
      filename: 'config/payment.js',
      code: "module.exports = { razorpay: { key_id: 'rzp_live_Kq9ZtLw8RbX2mN', key_secret: 'T7vQ2mR4tY8wB3nC6pZ1kX9d' } };",
      ...commonjs,
      errors: [{ messageId: 'hardcodedSecret', data: { credential: 'Razorpay key secret …kX9d' }, line: 1, column: 79, suggestions: [{ messageId: 'useEnv', data: { name: 'RAZORPAY_KEY_SECRET' }, output: "module.exports = { razorpay: { key_id: 'rzp_live_Kq9ZtLw8RbX2mN', key_secret: process.env.RAZORPAY_KEY_SECRET } };" }] }],
    },
    {
      name: 'PayPal live client secret in a config object',
      code: "export const paypalConfig = { mode: 'live', client_id: 'AZDxjDScFpQtjWTOUtWKbyN', client_secret: 'EGnHDxD_qRPdaLdZz8iCr8N7' };",
      errors: [{ messageId: 'hardcodedSecret', data: { credential: 'PayPal client secret …r8N7' }, line: 1, column: 98, suggestions: [{ messageId: 'useEnv', data: { name: 'PAYPAL_CLIENT_SECRET' }, output: "export const paypalConfig = { mode: 'live', client_id: 'AZDxjDScFpQtjWTOUtWKbyN', client_secret: process.env.PAYPAL_CLIENT_SECRET };" }] }],
    },
    {
      name: 'Checkout.com key without a live marker in application code',
      filename: 'src/payments.js',
      code: `import { Checkout } from 'checkout-sdk-node';\nconst cko = new Checkout('${CKO_SK}');\nexport default cko;`,
      errors: [{ messageId: 'hardcodedSecret', line: 2, column: 26, suggestions: [{ messageId: 'useEnv', data: { name: 'CKO_SECRET_KEY' }, output: "import { Checkout } from 'checkout-sdk-node';\nconst cko = new Checkout(process.env.CKO_SECRET_KEY);\nexport default cko;" }] }],
    },
    {
      name: 'Stripe live key in a test file is still reported',
      filename: 'test/payments/payments-unit.js',
      code: `import Stripe from 'stripe';\nexport const stripe = new Stripe('${SK_LIVE}');`,
      errors: [{ messageId: 'hardcodedSecret', data: { credential: `Stripe live secret key ${last4(SK_LIVE)}` }, line: 2, column: 34, suggestions: [{ messageId: 'useEnv', data: { name: 'STRIPE_SECRET_KEY' }, output: "import Stripe from 'stripe';\nexport const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);" }] }],
    },
    {
      name: 'live key in an example is still a leak',
      filename: 'examples/charges/create.js',
      code: `const stripe = require('stripe')('${SK_LIVE}');\nstripe.charges.create({ amount: 2000, currency: 'usd', source: 'tok_visa' });`,
      ...commonjs,
      errors: [{ messageId: 'hardcodedSecret', data: { credential: `Stripe live secret key ${last4(SK_LIVE)}` }, line: 1, column: 34,
        suggestions: [{ messageId: 'useEnv', data: { name: 'STRIPE_SECRET_KEY' }, output: "const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);\nstripe.charges.create({ amount: 2000, currency: 'usd', source: 'tok_visa' });" }] }],
    },
    {
      name: 'test key in an ordinary source folder named like docs',
      filename: 'src/documentation.ts',
      code: `import Stripe from 'stripe';\nexport const stripe = new Stripe('${SK_TEST}');`,
      errors: [{ messageId: 'hardcodedSecret', line: 2, column: 34,
        suggestions: [{ messageId: 'useEnv', data: { name: 'STRIPE_SECRET_KEY' }, output: "import Stripe from 'stripe';\nexport const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);" }] }],
    },
    {
      name: 'Stripe live key in the constructor',
      code: `import Stripe from 'stripe';\nexport const stripe = new Stripe('${SK_LIVE}', { apiVersion: '2024-06-20' });`,
      errors: [{ messageId: 'hardcodedSecret', data: { credential: `Stripe live secret key ${last4(SK_LIVE)}` }, line: 2, column: 34,
        suggestions: [{ messageId: 'useEnv', data: { name: 'STRIPE_SECRET_KEY' }, output: "import Stripe from 'stripe';\nexport const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, { apiVersion: '2024-06-20' });" }] }],
    },
    {
      name: 'current-format live key in a config module',
      code: `export const config = {\n  stripe: { secretKey: '${SK_LIVE_CURRENT}' },\n};`,
      errors: [{ messageId: 'hardcodedSecret', data: { credential: `Stripe live secret key ${last4(SK_LIVE_CURRENT)}` }, line: 2, column: 24,
        suggestions: [{ messageId: 'useEnv', data: { name: 'STRIPE_SECRET_KEY' }, output: 'export const config = {\n  stripe: { secretKey: process.env.STRIPE_SECRET_KEY },\n};' }] }],
    },
    {
      name: 'env fallback literal',
      code: `import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '${SK_TEST}');`,
      errors: [{ messageId: 'hardcodedSecret', data: { credential: `Stripe test secret key ${last4(SK_TEST)}` }, line: 2, column: 60,
        suggestions: [{ messageId: 'removeFallback', output: "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);" }] }],
    },
    {
      name: 'restricted key through a const (CommonJS require)',
      code: `const KEY = '${RK_LIVE}';\nconst stripe = require('stripe')(KEY);`,
      ...commonjs,
      errors: [{ messageId: 'hardcodedSecret', data: { credential: `Stripe live restricted key ${last4(RK_LIVE)}` }, line: 1, column: 13,
        suggestions: [{ messageId: 'useEnv', data: { name: 'STRIPE_SECRET_KEY' }, output: "const KEY = process.env.STRIPE_SECRET_KEY;\nconst stripe = require('stripe')(KEY);" }] }],
    },
    {
      name: 'live key in a test file is still reported',
      filename: 'src/payments.spec.ts',
      code: `const key = '${SK_LIVE}';\nexport { key };`,
      errors: [{ messageId: 'hardcodedSecret', data: { credential: `Stripe live secret key ${last4(SK_LIVE)}` }, line: 1, column: 13,
        suggestions: [{ messageId: 'useEnv', data: { name: 'STRIPE_SECRET_KEY' }, output: 'const key = process.env.STRIPE_SECRET_KEY;\nexport { key };' }] }],
    },
    {
      name: 'test key in a test file with testKeys always',
      filename: 'src/payments.spec.ts',
      options: [{ testKeys: 'always' }],
      code: `const key = '${SK_TEST}';\nexport { key };`,
      errors: [{ messageId: 'hardcodedSecret', data: { credential: `Stripe test secret key ${last4(SK_TEST)}` }, line: 1, column: 13,
        suggestions: [{ messageId: 'useEnv', data: { name: 'STRIPE_SECRET_KEY' }, output: 'const key = process.env.STRIPE_SECRET_KEY;\nexport { key };' }] }],
    },
    {
      name: 'webhook secret in constructEvent',
      code: `import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport const handle = (body: string, sig: string) => stripe.webhooks.constructEvent(body, sig, '${WHSEC}');`,
      errors: [{ messageId: 'hardcodedSecret', data: { credential: `webhook signing secret (whsec_…) ${last4(WHSEC)}` }, line: 3, column: 96,
        suggestions: [{ messageId: 'useEnv', data: { name: 'STRIPE_WEBHOOK_SECRET' }, output: "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport const handle = (body: string, sig: string) => stripe.webhooks.constructEvent(body, sig, process.env.STRIPE_WEBHOOK_SECRET);" }] }],
    },
    {
      name: 'Braintree private key slot (no format)',
      code: "import braintree from 'braintree';\nexport const gateway = new braintree.BraintreeGateway({\n  environment: braintree.Environment.Production,\n  merchantId: 'mrc7x2k9',\n  publicKey: 'pk9x2m4q7r',\n  privateKey: 'a8f3c61e94b27d05f1e8c3a6b92d47e0',\n});",
      errors: [{ messageId: 'hardcodedSecret', data: { credential: 'Braintree private key …47e0' }, line: 6, column: 15,
        suggestions: [{ messageId: 'useEnv', data: { name: 'BRAINTREE_PRIVATE_KEY' }, output: "import braintree from 'braintree';\nexport const gateway = new braintree.BraintreeGateway({\n  environment: braintree.Environment.Production,\n  merchantId: 'mrc7x2k9',\n  publicKey: 'pk9x2m4q7r',\n  privateKey: process.env.BRAINTREE_PRIVATE_KEY,\n});" }] }],
    },
    {
      name: 'Razorpay key_secret through a spread config',
      code: "import Razorpay from 'razorpay';\nconst creds = { key_id: 'rzp_live_Ab3dEf6hIj9kLm', key_secret: 'Zq8rT2mV9xW4bN7cK1pL5hJ3' };\nexport const rp = new Razorpay({ ...creds });",
      errors: [{ messageId: 'hardcodedSecret', data: { credential: 'Razorpay key secret …5hJ3' }, line: 2, column: 64,
        suggestions: [{ messageId: 'useEnv', data: { name: 'RAZORPAY_KEY_SECRET' }, output: "import Razorpay from 'razorpay';\nconst creds = { key_id: 'rzp_live_Ab3dEf6hIj9kLm', key_secret: process.env.RAZORPAY_KEY_SECRET };\nexport const rp = new Razorpay({ ...creds });" }] }],
    },
    {
      name: 'PayPal server SDK client secret',
      code: "import { Client, Environment } from '@paypal/paypal-server-sdk';\nexport const client = new Client({\n  clientCredentialsAuthCredentials: { oAuthClientId: 'AbC1', oAuthClientSecret: 'EKq7Zr8Qm2Rt5Vw9Xy3Bn6Lp0Hg4Jk7F' },\n  environment: Environment.Production,\n});",
      errors: [{ messageId: 'hardcodedSecret', data: { credential: 'PayPal client secret …Jk7F' }, line: 3, column: 81,
        suggestions: [{ messageId: 'useEnv', data: { name: 'PAYPAL_CLIENT_SECRET' }, output: "import { Client, Environment } from '@paypal/paypal-server-sdk';\nexport const client = new Client({\n  clientCredentialsAuthCredentials: { oAuthClientId: 'AbC1', oAuthClientSecret: process.env.PAYPAL_CLIENT_SECRET },\n  environment: Environment.Production,\n});" }] }],
    },
    {
      name: 'Square OAuth secret anywhere',
      code: `export const SQUARE = { applicationSecret: '${SQ_SECRET}' };`,
      errors: [{ messageId: 'hardcodedSecret', data: { credential: `Square application secret ${last4(SQ_SECRET)}` }, line: 1, column: 44,
        suggestions: [{ messageId: 'useEnv', data: { name: 'SQUARE_APPLICATION_SECRET' }, output: 'export const SQUARE = { applicationSecret: process.env.SQUARE_APPLICATION_SECRET };' }] }],
    },
    {
      name: 'Braintree access token in a class field',
      code: `import braintree from 'braintree';\nexport class Billing {\n  private gateway = new braintree.BraintreeGateway({ accessToken: '${BT_TOKEN}' });\n}`,
      errors: [{ messageId: 'hardcodedSecret', data: { credential: `Braintree production access token ${last4(BT_TOKEN)}` }, line: 3, column: 67,
        suggestions: [{ messageId: 'useEnv', data: { name: 'BRAINTREE_ACCESS_TOKEN' }, output: "import braintree from 'braintree';\nexport class Billing {\n  private gateway = new braintree.BraintreeGateway({ accessToken: process.env.BRAINTREE_ACCESS_TOKEN });\n}" }] }],
    },
    {
      name: 'key inside a comment',
      code: `// prod key: ${SK_LIVE}\nexport {};`,
      errors: [{ messageId: 'hardcodedSecret', data: { credential: `Stripe live secret key ${last4(SK_LIVE)}` }, line: 1, column: 14, endColumn: 46, suggestions: null }],
    },
    {
      name: 'key inside a template with expressions',
      code: `export const auth = (id: string) => \`Bearer ${SK_LIVE} for \${id}\`;`,
      errors: [{ messageId: 'hardcodedSecret', data: { credential: `Stripe live secret key ${last4(SK_LIVE)}` }, line: 1, column: 37, suggestions: null }],
    },
    {
      name: 'key in JSX attribute',
      filename: 'admin.tsx',
      code: `export const A = () => <StripeAdmin secretKey="${SK_LIVE}" />;`,
      errors: [{ messageId: 'hardcodedSecret', data: { credential: `Stripe live secret key ${last4(SK_LIVE)}` }, line: 1, column: 47,
        suggestions: [{ messageId: 'useEnv', data: { name: 'STRIPE_SECRET_KEY' }, output: 'export const A = () => <StripeAdmin secretKey={process.env.STRIPE_SECRET_KEY} />;' }] }],
    },
    {
      name: 'PEM private key split across concatenated literals',
      code: "export const key = '-----BEGIN PRIVATE KEY-----\\n' +\n  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\\n' +\n  'MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu\\n' +\n  '-----END PRIVATE KEY-----';",
      errors: [{ messageId: 'hardcodedSecret', data: { credential: 'private key (PEM)' }, line: 1, column: 20, suggestions: null }],
    },
    {
      name: 'JWT signing secret',
      code: "import jwt from 'jsonwebtoken';\nexport const issue = (sub: string) => jwt.sign({ sub }, 'k9Tz-3LmP0wR7vQ2', { expiresIn: '1h' });",
      errors: [{ messageId: 'hardcodedSecret', data: { credential: 'JWT signing secret …7vQ2' }, line: 2, column: 57,
        suggestions: [{ messageId: 'useEnv', data: { name: 'JWT_SECRET' }, output: "import jwt from 'jsonwebtoken';\nexport const issue = (sub: string) => jwt.sign({ sub }, process.env.JWT_SECRET, { expiresIn: '1h' });" }] }],
    },
    {
      name: 'createHmac key (short value is not unmasked)',
      code: "import crypto from 'crypto';\nexport const sig = crypto.createHmac('sha256', 'Zq8rT2mV9x').update(body).digest('hex');",
      errors: [{ messageId: 'hardcodedSecret', data: { credential: 'HMAC key' }, line: 2, column: 48,
        suggestions: [{ messageId: 'useEnv', data: { name: 'HMAC_KEY' }, output: "import crypto from 'crypto';\nexport const sig = crypto.createHmac('sha256', process.env.HMAC_KEY).update(body).digest('hex');" }] }],
    },
    {
      name: 'express-session secret array (CommonJS)',
      code: "const session = require('express-session');\napp.use(session({ secret: ['keyboard cat'], resave: false }));",
      ...commonjs,
      errors: [{ messageId: 'hardcodedSecret', data: { credential: 'session secret' }, line: 2, column: 28,
        suggestions: [{ messageId: 'useEnv', data: { name: 'SESSION_SECRET' }, output: "const session = require('express-session');\napp.use(session({ secret: [process.env.SESSION_SECRET], resave: false }));" }] }],
    },
    {
      name: 'database password',
      code: "import { Pool } from 'pg';\nexport const pool = new Pool({ host: 'db.prod.acme.io', user: 'payments', password: 'Zq8rT2mV9xW4' });",
      errors: [{ messageId: 'hardcodedSecret', data: { credential: 'database password' }, line: 2, column: 85,
        suggestions: [{ messageId: 'useEnv', data: { name: 'DATABASE_PASSWORD' }, output: "import { Pool } from 'pg';\nexport const pool = new Pool({ host: 'db.prod.acme.io', user: 'payments', password: process.env.DATABASE_PASSWORD });" }] }],
    },
    {
      name: 'URL credentials to a public host',
      code: "export const DATABASE_URL = 'postgres://payments:Zq8rT2mV9xW4@db.prod.acme.io:5432/payments';",
      errors: [{ messageId: 'urlCredentials', data: { host: 'db.prod.acme.io' }, line: 1, column: 29, suggestions: null }],
    },
    {
      name: 'literal Basic auth to PayPal',
      code: `await fetch('https://api-m.paypal.com/v1/oauth2/token', {\n  method: 'POST',\n  headers: { Authorization: 'Basic ${Buffer.from('AcL1entIdValue9:EKq7Zr8Qm2Rt5Vw9').toString('base64')}' },\n});`,
      errors: [{ messageId: 'authorizationHeader', data: { scheme: 'Basic' }, line: 3, column: 29, suggestions: null }],
    },
    {
      name: 'literal bearer token via setHeader',
      code: "export function handler(res: any) { res.setHeader('Authorization', 'Bearer Zq8rT2mV9xW4bN7cK1pL'); }",
      errors: [{ messageId: 'authorizationHeader', data: { scheme: 'Bearer' }, line: 1, column: 68, suggestions: null }],
    },
    {
      name: 'TS type-level literal has no suggestion',
      code: `type Key = '${SK_LIVE}';\nexport type { Key };`,
      errors: [{ messageId: 'hardcodedSecret', data: { credential: `Stripe live secret key ${last4(SK_LIVE)}` }, line: 1, column: 12, suggestions: null }],
    },
  ],
});

describe('no-hardcoded-payment-secret messages', () => {
  const secrets = [SK_LIVE, SK_LIVE_CURRENT, RK_LIVE, WHSEC, SQ_SECRET, BT_TOKEN, 'Zq8rT2mV9xW4', 'a8f3c61e94b27d05f1e8c3a6b92d47e0'];
  const code = [
    "import Stripe from 'stripe';",
    "import braintree from 'braintree';",
    "import { Pool } from 'pg';",
    `const a = new Stripe('${SK_LIVE}');`,
    `const b = '${SK_LIVE_CURRENT}';`,
    `// ${RK_LIVE}`,
    `const c = \`${WHSEC}\`;`,
    `const d = { s: '${SQ_SECRET}', t: '${BT_TOKEN}' };`,
    "const e = new Pool({ password: 'Zq8rT2mV9xW4' });",
    "const f = new braintree.BraintreeGateway({ privateKey: 'a8f3c61e94b27d05f1e8c3a6b92d47e0' });",
    "const g = 'mysql://root:Zq8rT2mV9xW4@db.prod.acme.io/x';",
  ].join('\n');

  it('never contain the secret (only the last four characters at most)', () => {
    const linter = new Linter({ configType: 'flat' });
    const messages = linter.verify(code, {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser as Linter.Parser },
      plugins: { ps: { rules: { 'no-hardcoded-payment-secret': rule as never } } },
      rules: { 'ps/no-hardcoded-payment-secret': 'error' },
    }, 'src/config.ts');
    expect(messages.length).toBe(9);
    for (const message of messages) {
      for (const secret of secrets) {
        expect(message.message).not.toContain(secret);
        expect(message.message).not.toContain(secret.slice(8, 20));
      }
      for (const suggestion of message.suggestions ?? []) {
        for (const secret of secrets) expect(suggestion.desc).not.toContain(secret);
      }
    }
  });
});

/** A `hardcodedSecret` error on `literal` (with its quotes) in `code`, with the `useEnv` suggestion when `envName` is given. */
function slotCase(name: string, code: string, literal: string, credential: string, envName: string | null, extra: Record<string, unknown> = {}) {
  const index = code.indexOf(literal);
  if (index === -1) throw new Error(`${name}: literal not in code`);
  const before = code.slice(0, index);
  const line = before.split('\n').length;
  const column = index - before.lastIndexOf('\n');
  const suggestions =
    envName === null
      ? null
      : [{ messageId: 'useEnv' as const, data: { name: envName }, output: `${before}process.env.${envName}${code.slice(index + literal.length)}` }];
  return { name, code, errors: [{ messageId: 'hardcodedSecret' as const, data: { credential }, line, column, suggestions }], ...extra };
}

/** A `hardcodedSecret` error on a `||`/`??` fallback `literal`, with the `removeFallback` suggestion. */
function fallbackCase(name: string, code: string, fallback: string, literal: string, credential: string, extra: Record<string, unknown> = {}) {
  const index = code.indexOf(literal);
  const before = code.slice(0, index);
  const start = code.indexOf(fallback);
  const left = fallback.slice(0, fallback.lastIndexOf(literal)).trimEnd().slice(0, -2).trimEnd(); // drop `||` / `??`
  return {
    name, code, ...extra,
    errors: [{
      messageId: 'hardcodedSecret' as const, data: { credential }, line: before.split('\n').length, column: index - before.lastIndexOf('\n'),
      suggestions: [{ messageId: 'removeFallback' as const, output: code.slice(0, start) + left + code.slice(start + fallback.length) }],
    }],
  };
}

const AWS_SECRET = 'q7Vb2mKx9TzR4wLp8sNc3HdY6fGj1aUe5oQiZ0rB';

ruleTester.run('no-hardcoded-payment-secret: known credential slots', rule, {
  valid: [
    // JWT libraries
    { name: 'jsonwebtoken verify with a PEM public key literal', code: "import jwt from 'jsonwebtoken';\nconst PUBLIC_KEY = '-----BEGIN PUBLIC KEY-----\\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\\n-----END PUBLIC KEY-----';\nexport const check = (t: string) => jwt.verify(t, PUBLIC_KEY, { algorithms: ['RS256'] });" },
    { name: 'jose secret encoded from the environment', code: "import { SignJWT, jwtVerify } from 'jose';\nconst secret = new TextEncoder().encode(process.env.JWT_SECRET);\nexport const issue = (sub: string) => new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('2h').sign(secret);\nexport const check = (t: string) => jwtVerify(t, secret);" },
    { name: 'createSecretKey from an environment variable', code: "import { createSecretKey } from 'node:crypto';\nexport const key = createSecretKey(Buffer.from(process.env.SIGNING_KEY!, 'base64'));" },
    { name: 'jsonwebtoken secret placeholder', code: "import jwt from 'jsonwebtoken';\nexport const issue = (sub: string) => jwt.sign({ sub }, 'changeme');" },
    { name: 'jsonwebtoken secret named like an env var', code: "import jwt from 'jsonwebtoken';\nexport const issue = (sub: string) => jwt.sign({ sub }, 'JWT_SECRET');" },
    // OAuth clients
    { name: 'passport Google strategy with secrets from env (CommonJS)', code: "const GoogleStrategy = require('passport-google-oauth20').Strategy;\npassport.use(new GoogleStrategy({ clientID: process.env.GOOGLE_CLIENT_ID, clientSecret: process.env.GOOGLE_CLIENT_SECRET, callbackURL: '/auth/google/callback' }, verify));", ...commonjs },
    { name: 'next-auth provider with an empty fallback', code: "import GitHubProvider from 'next-auth/providers/github';\nexport const providers = [GitHubProvider({ clientId: process.env.GITHUB_ID ?? '', clientSecret: process.env.GITHUB_SECRET ?? '' })];" },
    { name: 'openid-client with the secret from config', code: "import { Issuer } from 'openid-client';\nexport async function client(config: { secret: string }) {\n  const issuer = await Issuer.discover('https://accounts.google.com');\n  return new issuer.Client({ client_id: 'payments-portal', client_secret: config.secret, redirect_uris: ['https://pay.acme.io/cb'] });\n}" },
    { name: 'simple-oauth2 client secret placeholder', code: "import { AuthorizationCode } from 'simple-oauth2';\nexport const oauth = new AuthorizationCode({ client: { id: 'github-app', secret: '<client-secret>' }, auth: { tokenHost: 'https://github.com' } });" },
    // AWS
    { name: 'AWS credentials from the environment', code: "import { S3Client } from '@aws-sdk/client-s3';\nexport const s3 = new S3Client({ region: 'eu-west-1', credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! } });" },
    { name: 'AWS credentials from a provider chain', code: "import { S3Client } from '@aws-sdk/client-s3';\nimport { fromIni } from '@aws-sdk/credential-providers';\nexport const s3 = new S3Client({ region: 'eu-west-1', credentials: fromIni({ profile: 'payments' }) });" },
    { name: 'AWS docs example secret', code: "import AWS from 'aws-sdk';\nAWS.config.update({ accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' });" },
    // HTTP basic auth
    { name: 'axios auth password from env', code: "import axios from 'axios';\nexport const report = () => axios.get('https://api.acme.io/report', { auth: { username: 'payments', password: process.env.REPORT_PASSWORD! } });" },
    { name: 'http auth built from env', code: "import https from 'node:https';\nexport const req = https.request({ host: 'api.acme.io', auth: `payments:${process.env.API_PASSWORD}` });" },
    { name: 'http auth without a password', code: "import https from 'node:https';\nexport const req = https.request({ host: 'api.acme.io', auth: 'payments' });" },
    { name: 'supertest basic auth in a test file', filename: 'test/admin.test.ts', code: "import request from 'supertest';\nimport superagent from 'superagent';\nit('logs in', () => request(app).get('/admin').auth('admin', 'Zq8rT2mV9xW4').expect(200));\nit('calls', () => superagent.get('https://api.acme.io').auth('admin', 'Zq8rT2mV9xW4'));" },
    { name: 'superagent bearer token from env', code: "import superagent from 'superagent';\nexport const call = () => superagent.get('https://api.acme.io').auth(process.env.API_TOKEN!, { type: 'bearer' });" },
    // Sessions and cookies
    { name: 'koa keys from the environment', code: "import Koa from 'koa';\nconst app = new Koa();\napp.keys = process.env.COOKIE_KEYS!.split(',');\nexport default app;" },
    { name: 'fastify cookie secret from env', code: "import Fastify from 'fastify';\nimport fastifyCookie from '@fastify/cookie';\nconst app = Fastify();\napp.register(fastifyCookie, { secret: process.env.COOKIE_SECRET });" },
    { name: 'fastify secure-session key from a file', code: "import fs from 'node:fs';\nimport secureSession from '@fastify/secure-session';\nexport default async (app: any) => app.register(secureSession, { key: fs.readFileSync('/run/secrets/session-key'), cookie: { path: '/' } });" },
    { name: 'register of an unrelated plugin', code: "import cors from '@fastify/cors';\nexport default async (app: any) => app.register(cors, { secret: 'not-a-slot-of-cors' });" },
    // Database passwords and environment fallbacks
    { name: 'non-credential env fallbacks', code: "export const config = { user: process.env.PGUSER || 'postgres', expiresIn: process.env.JWT_EXPIRES_IN || '1h', publishable: process.env.STRIPE_PUBLISHABLE_KEY ?? 'pk_test_Zq8rT2mV9xW4bN7cK1pL3sT5', tokenHeader: process.env.TOKEN_HEADER || 'x-auth-token' };" },
    { name: 'credential env fallbacks that are only displayed', code: "console.log('MPESA_CONSUMER_SECRET:', process.env.MPESA_CONSUMER_SECRET || 'Missing!');\nlogger.info(`token: ${process.env.API_TOKEN ?? 'none configured'}`);\nexport const status = 'secret: ' + (process.env.APP_SECRET || 'unset value');" },
    { name: 'credential env fallbacks that only repeat the variable name (no value given)', code: "import Stripe from 'stripe';\nexport const billing = () => ({ apiKey: process.env.BILLING_API_KEY || 'billing_api_key', hookSecret: process.env.BILLING_HOOK_SECRET ?? 'billing-hook-secret' });\nexport const stripe = new Stripe(process.env.STRIPE_SECRET_KEY || 'stripe_secret_key');" },
    { name: 'credential env var with an empty fallback', code: "export const password = process.env.DB_PASSWORD || '';\nexport const secret = process.env.JWT_SECRET ?? 'change-me';" },
    { name: 'localhost database URL as fallback (dev default)', code: "import mongoose from 'mongoose';\nmongoose.connect(process.env.MONGO_URL || 'mongodb://admin:Zq8rT2mV9xW4@localhost:27017/shop');" },
    { name: 'Sequelize with SQLite ignores the credentials', code: "import { Sequelize } from 'sequelize';\nexport const db = new Sequelize('database', 'username', 'password', { dialect: 'sqlite', storage: 'data/juiceshop.sqlite' });\nexport const db2 = new Sequelize({ dialect: 'sqlite', password: 'unused-pass', storage: ':memory:' });" },
    { name: 'database password fallback beside a localhost host fallback (a developer database)', code: "import { Module } from '@nestjs/common';\nimport { TypeOrmModule } from '@nestjs/typeorm';\n@Module({ imports: [TypeOrmModule.forRoot({ type: 'postgres', host: process.env.DB_HOST || 'localhost', username: process.env.DB_USERNAME || 'postgres', password: process.env.DB_PASSWORD || '123456', autoLoadEntities: true })] })\nexport class AppModule {}" },
    { name: 'compose-service database with its development password', code: "import { Pool } from 'pg';\nexport const pool = new Pool({ host: 'db', user: 'postgres', password: 'postgres', database: 'shop' });" },
    { name: 'database password fallback in a test file', filename: 'test/db.test.ts', code: "import { Pool } from 'pg';\nexport const pool = new Pool({ password: process.env.PGPASSWORD ?? 'postgres' });" },
  ],
  invalid: [
    slotCase('jsonwebtoken secret "secret"', "import jwt from 'jsonwebtoken';\nexport const issue = (sub: string) => jwt.sign({ sub }, 'secret');", "'secret'", 'JWT signing secret', 'JWT_SECRET'),
    slotCase('jose SignJWT secret through TextEncoder',
      "import { SignJWT, jwtVerify } from 'jose';\nconst secret = new TextEncoder().encode('cc7e0d44fd473002f1c4216745900114');\nexport const issue = (sub: string) => new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime('2h').sign(secret);\nexport const check = (t: string) => jwtVerify(t, secret);",
      "'cc7e0d44fd473002f1c4216745900114'", 'JWT signing secret …0114', 'JWT_SECRET'),
    slotCase('jose jwtVerify only', "import * as jose from 'jose';\nexport const check = (t: string) => jose.jwtVerify(t, new TextEncoder().encode('k9Tz-3LmP0wR7vQ2'));", "'k9Tz-3LmP0wR7vQ2'", 'JWT signing secret …7vQ2', 'JWT_SECRET'),
    slotCase('createSecretKey(Buffer.from(literal))', "import { createSecretKey } from 'node:crypto';\nexport const key = createSecretKey(Buffer.from('k9Tz-3LmP0wR7vQ2aB'));", "'k9Tz-3LmP0wR7vQ2aB'", 'secret key …Q2aB', 'SECRET_KEY'),
    slotCase('passport Google strategy clientSecret (CommonJS)', "const GoogleStrategy = require('passport-google-oauth20').Strategy;\npassport.use(new GoogleStrategy({ clientID: process.env.GOOGLE_CLIENT_ID, clientSecret: 'GOCSPX-Zq8rT2mV9xW4bN7cK1pL', callbackURL: '/auth/google/callback' }, verify));", "'GOCSPX-Zq8rT2mV9xW4bN7cK1pL'", 'OAuth client secret …K1pL', 'OAUTH_CLIENT_SECRET', commonjs),
    slotCase('passport GitHub strategy (module is the class)', "import GitHubStrategy from 'passport-github2';\npassport.use(new GitHubStrategy({ clientID: process.env.GITHUB_ID, clientSecret: 'b4c1e0f7a9d2', callbackURL: '/cb' }, verify));", "'b4c1e0f7a9d2'", 'OAuth client secret', 'OAUTH_CLIENT_SECRET'),
    slotCase('next-auth provider clientSecret', "import GoogleProvider from 'next-auth/providers/google';\nexport const authOptions = { providers: [GoogleProvider({ clientId: process.env.GOOGLE_ID!, clientSecret: 'GOCSPX-Zq8rT2mV9xW4bN7cK1pL' })] };", "'GOCSPX-Zq8rT2mV9xW4bN7cK1pL'", 'OAuth client secret …K1pL', 'OAUTH_CLIENT_SECRET'),
    slotCase('openid-client Issuer client_secret', "import { Issuer } from 'openid-client';\nexport async function client() {\n  const issuer = await Issuer.discover('https://accounts.google.com');\n  return new issuer.Client({ client_id: process.env.OIDC_CLIENT_ID!, client_secret: 'Zq8rT2mV9xW4bN7c', redirect_uris: ['https://pay.acme.io/cb'] });\n}", "'Zq8rT2mV9xW4bN7c'", 'OAuth client secret …bN7c', 'OAUTH_CLIENT_SECRET'),
    slotCase('simple-oauth2 client secret', "import { AuthorizationCode } from 'simple-oauth2';\nexport const oauth = new AuthorizationCode({ client: { id: process.env.GH_ID!, secret: 'Zq8rT2mV9xW4bN7c' }, auth: { tokenHost: 'https://github.com' } });", "'Zq8rT2mV9xW4bN7c'", 'OAuth client secret …bN7c', 'OAUTH_CLIENT_SECRET'),
    slotCase('AWS v3 client credentials', `import { S3Client } from '@aws-sdk/client-s3';\nexport const s3 = new S3Client({ region: 'eu-west-1', credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: '${AWS_SECRET}' } });`, `'${AWS_SECRET}'`, `AWS secret access key ${last4(AWS_SECRET)}`, 'AWS_SECRET_ACCESS_KEY'),
    slotCase('AWS v2 config.update', `import AWS from 'aws-sdk';\nAWS.config.update({ region: 'us-east-1', accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: '${AWS_SECRET}' });`, `'${AWS_SECRET}'`, `AWS secret access key ${last4(AWS_SECRET)}`, 'AWS_SECRET_ACCESS_KEY'),
    slotCase('AWS v2 Credentials positional (CommonJS)', `const AWS = require('aws-sdk');\nAWS.config.credentials = new AWS.Credentials(process.env.AWS_ACCESS_KEY_ID, '${AWS_SECRET}');`, `'${AWS_SECRET}'`, `AWS secret access key ${last4(AWS_SECRET)}`, 'AWS_SECRET_ACCESS_KEY', commonjs),
    slotCase('axios basic-auth password', "import axios from 'axios';\nexport const report = () => axios.get('https://api.acme.io/report', { auth: { username: 'payments', password: 'Zq8rT2mV9xW4' } });", "'Zq8rT2mV9xW4'", 'HTTP basic-auth password', 'HTTP_PASSWORD'),
    slotCase('axios instance basic-auth password', "import axios from 'axios';\nexport const api = axios.create({ baseURL: 'https://api.acme.io', auth: { username: 'payments', password: 'hunter2' } });", "'hunter2'", 'HTTP basic-auth password', 'HTTP_PASSWORD'),
    slotCase('Node https auth user:password', "import https from 'node:https';\nexport const req = https.request({ host: 'api.acme.io', path: '/v1', auth: 'payments:Zq8rT2mV9xW4' });", "'payments:Zq8rT2mV9xW4'", 'HTTP basic-auth password', null),
    slotCase('superagent .auth(user, password)', "import superagent from 'superagent';\nexport const call = () => superagent.post('https://api.acme.io/v1').set('Accept', 'application/json').auth('payments', 'Zq8rT2mV9xW4');", "'Zq8rT2mV9xW4'", 'HTTP basic-auth password', 'HTTP_PASSWORD'),
    slotCase('express-session secret string (CommonJS)', "const session = require('express-session');\napp.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: true }));", "'keyboard cat'", 'session secret', 'SESSION_SECRET', commonjs),
    slotCase('cookie-parser secret', "import cookieParser from 'cookie-parser';\napp.use(cookieParser('s3cr3t'));", "'s3cr3t'", 'cookie signing secret', 'COOKIE_SECRET'),
    {
      name: 'koa app.keys',
      code: "import Koa from 'koa';\nconst app = new Koa();\napp.keys = ['im a newer secret', 'i like turtle'];\nexport default app;",
      errors: [
        { messageId: 'hardcodedSecret', data: { credential: 'cookie signing key …cret' }, line: 3, column: 13, suggestions: [{ messageId: 'useEnv', data: { name: 'COOKIE_KEYS' }, output: "import Koa from 'koa';\nconst app = new Koa();\napp.keys = [process.env.COOKIE_KEYS, 'i like turtle'];\nexport default app;" }] },
        { messageId: 'hardcodedSecret', data: { credential: 'cookie signing key' }, line: 3, column: 34, suggestions: [{ messageId: 'useEnv', data: { name: 'COOKIE_KEYS' }, output: "import Koa from 'koa';\nconst app = new Koa();\napp.keys = ['im a newer secret', process.env.COOKIE_KEYS];\nexport default app;" }] },
      ],
    },
    slotCase('fastify cookie secret', "import Fastify from 'fastify';\nimport fastifyCookie from '@fastify/cookie';\nconst app = Fastify();\napp.register(fastifyCookie, { secret: 'my-secret', hook: 'onRequest' });", "'my-secret'", 'cookie signing secret', 'COOKIE_SECRET'),
    slotCase('fastify secure-session secret (CommonJS)', "const fastify = require('fastify')();\nfastify.register(require('@fastify/secure-session'), { secret: 'averylogphrasebiggerthanthirtytwochars', salt: 'mq9hDxBVDbspDR6n' });", "'averylogphrasebiggerthanthirtytwochars'", 'session secret …hars', 'SESSION_SECRET', commonjs),
    slotCase('fastify jwt secret through a require binding (CommonJS)', "const fastifyJwt = require('@fastify/jwt');\nmodule.exports = async function (app) { app.register(fastifyJwt, { secret: 'supersecret' }); };", "'supersecret'", 'JWT signing secret', 'JWT_SECRET', commonjs),
    fallbackCase('mysql2 password with an env fallback', "import mysql from 'mysql2/promise';\nexport const pool = mysql.createPool({ host: process.env.DB_HOST, user: 'shop', password: process.env.DB_PASS ?? 'Zq8rT2mV9xW4' });", "process.env.DB_PASS ?? 'Zq8rT2mV9xW4'", "'Zq8rT2mV9xW4'", 'database password'),
    fallbackCase('database password fallback beside a remote host fallback', "import { Pool } from 'pg';\nexport const pool = new Pool({ host: process.env.DB_HOST || 'payments-db.acme-corp.com', user: 'shop', password: process.env.DB_PASSWORD || 'Zq8rT2mV9xW4' });", "process.env.DB_PASSWORD || 'Zq8rT2mV9xW4'", "'Zq8rT2mV9xW4'", 'database password'),
    fallbackCase('credential env var fallback outside any slot', "export const dbPassword = process.env.PGPASSWORD || 'postgres';", "process.env.PGPASSWORD || 'postgres'", "'postgres'", 'PGPASSWORD fallback'),
    fallbackCase('webhook secret env fallback that is a default value, not the variable name', "export const billing = () => ({ hookSecret: process.env.BILLING_HOOK_SECRET ?? 'billing_hook_default' });", "process.env.BILLING_HOOK_SECRET ?? 'billing_hook_default'", "'billing_hook_default'", 'BILLING_HOOK_SECRET fallback …ault'),
    fallbackCase('JWT secret env fallback', "export const config = { jwtSecret: process.env.JWT_SECRET || 'dev-jwt-secret' };", "process.env.JWT_SECRET || 'dev-jwt-secret'", "'dev-jwt-secret'", 'JWT_SECRET fallback'),
    slotCase('destructured env default', "const { SESSION_SECRET = 'super-secret-session' } = process.env;\nexport { SESSION_SECRET };", "'super-secret-session'", 'SESSION_SECRET fallback …sion', 'SESSION_SECRET'),
    slotCase('sequelize positional password "root"', "import { Sequelize } from 'sequelize';\nexport const db = new Sequelize('shop', 'shop_app', 'root', { host: 'db.acme.io', dialect: 'mysql' });", "'root'", 'database password', 'DATABASE_PASSWORD'),
    slotCase('NestJS TypeOrmModule.forRoot password', "import { Module } from '@nestjs/common';\nimport { TypeOrmModule } from '@nestjs/typeorm';\n@Module({ imports: [TypeOrmModule.forRoot({ type: 'postgres', host: 'db.acme.io', username: 'shop', password: 'Zq8rT2mV9xW4', autoLoadEntities: true })] })\nexport class AppModule {}", "'Zq8rT2mV9xW4'", 'database password', 'DATABASE_PASSWORD'),
    slotCase('createHmac key "secret"', "import crypto from 'node:crypto';\nexport const sign = (body: string) => crypto.createHmac('sha256', 'secret').update(body).digest('hex');", "'secret'", 'HMAC key', 'HMAC_KEY'),
  ],
});
