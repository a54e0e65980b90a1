import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rule from '../../rules/no-secret-key-in-client.js';
import tsParser from '@typescript-eslint/parser';
import vueParser from 'vue-eslint-parser';
import { commonjs, createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

/** A repository with an Express back-end package and a React front-end package (the rule reads package.json). */
const repo = mkdtempSync(join(tmpdir(), 'payment-security-client-'));
for (const [name, dependencies] of [
  ['backend', { express: '^4.18.2', razorpay: '^2.8.6', dotenv: '^16.3.1' }],
  ['frontend', { react: '^18.2.0', 'react-scripts': '5.0.1' }],
] as const) {
  mkdirSync(join(repo, name, 'src'), { recursive: true });
  writeFileSync(join(repo, name, 'package.json'), JSON.stringify({ name, dependencies }));
}
const inPackage = (name: string, file: string) => join(repo, name, 'src', file);

const LEGACY = 'kX9dL2vQ7mR4tY8wB3nC6pZ1';
const SK_LIVE = `sk_live_${LEGACY}`;
const PK_LIVE = `pk_live_${LEGACY}`;
const USE_CLIENT = "'use client';\n";
/** A Vue single-file component as vue-eslint-parser reads it, `<script setup lang="ts">` through the TS parser. */
const vue = { languageOptions: { parser: vueParser, parserOptions: { parser: { ts: tsParser } } } } as const;

ruleTester.run('no-secret-key-in-client', rule, {
  valid: [
    // Files that never reach a browser: a back-end package, a serverless function, a Next.js API route.
    { name: 'public-prefixed secret read in an Express back-end package', filename: inPackage('backend', 'payment.js'), code: "const Razorpay = require('razorpay');\nconst instance = new Razorpay({ key_id: process.env.REACT_APP_RAZORPAY_KEY, key_secret: process.env.REACT_APP_RAZORPAY_SECRET });\nmodule.exports = instance;" },
    { name: 'public-prefixed secret read in a Netlify function', filename: 'src/functions/index.js', code: "const stripe = require('stripe')(process.env.GATSBY_STRIPE_SECRET_KEY);\nexports.handler = async (event) => {\n  await stripe.charges.list();\n  return { statusCode: 200, body: 'ok' };\n};" },
    { name: 'public-prefixed secret read in a Pages Router API route', filename: 'pages/api/pay.ts', code: "import Stripe from 'stripe';\nexport const stripe = new Stripe(process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY!);" },
    { name: 'publishable key in a client component', filename: 'app/checkout/page.tsx', code: `${USE_CLIENT}import { loadStripe } from '@stripe/stripe-js';\nconst stripePromise = loadStripe('${PK_LIVE}');\nexport default function Page() { return <div />; }` },
    { name: 'public env publishable key', filename: 'app/checkout/page.tsx', code: `${USE_CLIENT}import { loadStripe } from '@stripe/stripe-js';\nexport const p = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!);` },
    { name: 'browser SDKs in client code', filename: 'src/components/Pay.client.tsx', code: "import { Elements } from '@stripe/react-stripe-js';\nimport { PayPalButtons } from '@paypal/react-paypal-js';\nimport dropin from 'braintree-web-drop-in';\nimport AdyenCheckout from '@adyen/adyen-web';\nexport { Elements, PayPalButtons, dropin, AdyenCheckout };" },
    { name: 'server SDK in a NestJS provider file named *.client.ts (an API client, not a browser bundle)', filename: 'src/payments/stripe.client.ts', code: "import { Provider } from '@nestjs/common';\nimport Stripe from 'stripe';\nexport const STRIPE = 'STRIPE';\nexport const stripeProvider: Provider = { provide: STRIPE, useFactory: () => new Stripe(process.env.STRIPE_SECRET_KEY!) };" },
    { name: 'server SDK in an API route', filename: 'pages/api/checkout.ts', code: "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport default async function handler() { return stripe.paymentIntents.create({ amount: 1, currency: 'usd' }); }" },
    { name: 'server SDK in an App Router route handler', filename: 'app/api/webhooks/route.ts', code: "import Stripe from 'stripe';\nexport const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);" },
    { name: 'server SDK in a server action', filename: 'app/actions.ts', code: "'use server';\nimport Stripe from 'stripe';\nexport async function pay() { const s = new Stripe(process.env.STRIPE_SECRET_KEY); return s.balance.retrieve(); }" },
    { name: 'server-only marker', filename: 'lib/stripe.ts', code: "import 'server-only';\nimport Stripe from 'stripe';\nexport const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);" },
    { name: '*.server.* file', filename: 'app/payments.server.ts', code: "import Stripe from 'stripe';\nexport const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);" },
    { name: 'unknown file kind: server SDK not reported', filename: 'src/lib/stripe.ts', code: "import Stripe from 'stripe';\nexport const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);" },
    { name: 'publishable key env in a Vue component', filename: 'src/components/Pay.vue', code: "<script setup lang=\"ts\">\nimport { loadStripe } from '@stripe/stripe-js';\nconst stripe = loadStripe(import.meta.env.VITE_STRIPE_PUBLISHABLE_KEY);\n</script>", ...vue },
    { name: 'server SDK in a Nuxt server component', filename: 'components/Receipt.server.vue', code: "<script setup lang=\"ts\">\nimport Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\n</script>", ...vue },
    { name: 'secret env in a Nuxt server component', filename: 'components/Receipt.server.vue', code: "<script setup lang=\"ts\">\nconst key = process.env.STRIPE_SECRET_KEY;\n</script>", ...vue },
    { name: 'type-only import of a server SDK in a client file', filename: 'app/checkout/Summary.tsx', code: `${USE_CLIENT}import type Stripe from 'stripe';\nexport function Summary({ pi }: { pi: Stripe.PaymentIntent }) { return <p>{pi.amount}</p>; }` },
    { name: 'type specifiers only', filename: 'app/checkout/Summary.tsx', code: `${USE_CLIENT}import { type Stripe } from 'stripe';\nexport type PI = Stripe.PaymentIntent;` },
    { name: 'public non-secret env names', filename: 'app/page.tsx', code: `${USE_CLIENT}export const cfg = { key: process.env.NEXT_PUBLIC_FIREBASE_API_KEY, maps: import.meta.env.VITE_MAPBOX_ACCESS_TOKEN, ady: process.env.NEXT_PUBLIC_ADYEN_CLIENT_KEY };` },
    { name: 'secret meta names', filename: 'app/page.tsx', code: `${USE_CLIENT}export const n = process.env.NEXT_PUBLIC_AWS_SECRET_NAME;` },
    { name: 'secret env read in server code', filename: 'src/server/pay.ts', code: "export const key = process.env.STRIPE_SECRET_KEY;" },
    { name: 'shadowed process', filename: 'app/page.tsx', code: `${USE_CLIENT}export function f(process: { env: Record<string, string> }) { return process.env.STRIPE_SECRET_KEY; }` },
    { name: 'placeholder key in client code', filename: 'app/page.tsx', code: `${USE_CLIENT}export const hint = 'Your key looks like sk_live_...';` },
    { name: 'PaymentIntent client secret in a client component', filename: 'app/pay/page.tsx', code: `${USE_CLIENT}export const options = { clientSecret: 'pi_3MtwBwLkdIwHu7ix28a3tqPa_secret_YrKJUKribcBjcG8HVhfZluoGH' };` },
    { name: 'next.config env with public values', filename: 'next.config.js', code: "module.exports = { env: { STRIPE_PUBLISHABLE_KEY: process.env.STRIPE_PUBLISHABLE_KEY } };", ...commonjs },
    { name: 'env property outside next.config', filename: 'src/config.ts', code: "export const cfg = { env: { STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY } };" },
    { name: 'loadStripe with a placeholder', filename: 'app/page.tsx', code: `${USE_CLIENT}import { loadStripe } from '@stripe/stripe-js';\nloadStripe('sk_test_xxxxxxxxxxxxxxxxxxxxxxxx');` },
    { name: 'secret key in a comment of a client file', filename: 'app/page.tsx', code: `${USE_CLIENT}// never put ${'sk_live_'}... here\nexport {};` },
  ],
  invalid: [
    { name: 'public-prefixed secret read in a React front-end package', filename: inPackage('frontend', 'Pay.js'), code: "export const secret = process.env.REACT_APP_RAZORPAY_SECRET;", errors: [{ messageId: 'publicSecretEnv', data: { name: 'REACT_APP_RAZORPAY_SECRET', prefix: 'REACT_APP_' }, line: 1, column: 23 }] },
    { name: 'public-prefixed secret in a module that exports a handler without a serverless response', filename: 'src/functions/index.js', code: "export const handler = () => process.env.GATSBY_STRIPE_SECRET_KEY;", errors: [{ messageId: 'publicSecretEnv', data: { name: 'GATSBY_STRIPE_SECRET_KEY', prefix: 'GATSBY_' }, line: 1, column: 30 }] },
    {
      name: 'secret key literal in a client component',
      filename: 'app/checkout/page.tsx',
      code: `${USE_CLIENT}export const key = '${SK_LIVE}';`,
      errors: [{ messageId: 'secretValue', data: { credential: `Stripe live secret key …${SK_LIVE.slice(-4)}` }, line: 2, column: 20 }],
    },
    {
      name: 'loadStripe with a secret key (any file)',
      filename: 'src/stripe.ts',
      code: `import { loadStripe } from '@stripe/stripe-js';\nexport const stripePromise = loadStripe('${SK_LIVE}');`,
      errors: [{ messageId: 'secretInBrowserSdk', data: { call: 'loadStripe' }, line: 2, column: 41 }],
    },
    {
      name: 'server SDK imported in a client component',
      filename: 'app/checkout/page.tsx',
      code: `${USE_CLIENT}import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport default function Page() { return <div />; }`,
      errors: [
        { messageId: 'serverSdk', data: { module: 'stripe' }, line: 2, column: 20 },
        { messageId: 'secretEnv', data: { name: 'STRIPE_SECRET_KEY' }, line: 3, column: 27 },
      ],
    },
    {
      name: 'server SDK required in a *.client.* file',
      filename: 'src/pay.client.js',
      code: "const braintree = require('braintree');\nmodule.exports = braintree;",
      ...commonjs,
      errors: [{ messageId: 'serverSdk', data: { module: 'braintree' }, line: 1, column: 27 }],
    },
    {
      name: 'Adyen server library dynamic import in client code',
      filename: 'app/pay/page.tsx',
      code: `${USE_CLIENT}export async function pay() { const { Client } = await import('@adyen/api-library'); return Client; }`,
      errors: [{ messageId: 'serverSdk', data: { module: '@adyen/api-library' }, line: 2, column: 63 }],
    },
    {
      name: 'NEXT_PUBLIC_ secret anywhere',
      filename: 'src/lib/stripe.ts',
      code: "export const key = process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY;",
      errors: [{ messageId: 'publicSecretEnv', data: { name: 'NEXT_PUBLIC_STRIPE_SECRET_KEY', prefix: 'NEXT_PUBLIC_' }, line: 1, column: 20 }],
    },
    {
      name: 'VITE_ secret through import.meta.env',
      filename: 'src/main.ts',
      code: "const key = import.meta.env.VITE_PAYPAL_CLIENT_SECRET;\nexport { key };",
      errors: [{ messageId: 'publicSecretEnv', data: { name: 'VITE_PAYPAL_CLIENT_SECRET', prefix: 'VITE_' }, line: 1, column: 13 }],
    },
    {
      name: 'REACT_APP_ *_SK with bracket access',
      filename: 'src/App.jsx',
      code: "export const sk = process.env['REACT_APP_STRIPE_SK'];",
      errors: [{ messageId: 'publicSecretEnv', data: { name: 'REACT_APP_STRIPE_SK', prefix: 'REACT_APP_' }, line: 1, column: 19 }],
    },
    {
      name: 'secret env in a Vue single-file component',
      filename: 'src/components/Pay.vue',
      code: "<script setup lang=\"ts\">\nconst key = import.meta.env.VITE_STRIPE_SECRET_KEY;\n</script>\n<template><button>Pay</button></template>",
      ...vue,
      errors: [{ messageId: 'publicSecretEnv', data: { name: 'VITE_STRIPE_SECRET_KEY', prefix: 'VITE_' }, line: 2, column: 13 }],
    },
    {
      name: 'server SDK imported in a Vue component',
      filename: 'src/components/Checkout.vue',
      code: "<script>\nimport Stripe from 'stripe';\nexport default { methods: { pay() { return new Stripe(this.key).paymentIntents.create({ amount: 100, currency: 'usd' }); } } };\n</script>",
      ...vue,
      errors: [{ messageId: 'serverSdk', data: { module: 'stripe' }, line: 2, column: 20 }],
    },
    {
      name: 'destructured secret env in a client component',
      filename: 'app/pay/page.tsx',
      code: `${USE_CLIENT}const { BRAINTREE_PRIVATE_KEY } = process.env;\nexport { BRAINTREE_PRIVATE_KEY };`,
      errors: [{ messageId: 'secretEnv', data: { name: 'BRAINTREE_PRIVATE_KEY' }, line: 2, column: 9 }],
    },
    {
      name: 'next.config env exposes a secret',
      filename: 'next.config.mjs',
      code: "const nextConfig = {\n  env: {\n    STRIPE_PUBLISHABLE_KEY: process.env.STRIPE_PUBLISHABLE_KEY,\n    STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY,\n  },\n};\nexport default nextConfig;",
      errors: [{ messageId: 'nextConfigEnv', data: { name: 'STRIPE_SECRET_KEY' }, line: 4, column: 5 }],
    },
    {
      name: 'custom client globs',
      filename: 'src/components/Checkout.tsx',
      options: [{ clientFiles: ['src/components/**'] }],
      code: "import Razorpay from 'razorpay';\nexport { Razorpay };",
      errors: [{ messageId: 'serverSdk', data: { module: 'razorpay' }, line: 1, column: 22 }],
    },
    {
      name: 'secret in a template literal in a client component',
      filename: 'app/pay/page.tsx',
      code: `${USE_CLIENT}export const h = (id: string) => \`Bearer ${SK_LIVE} \${id}\`;`,
      errors: [{ messageId: 'secretValue', data: { credential: `Stripe live secret key …${SK_LIVE.slice(-4)}` }, line: 2, column: 34 }],
    },
    {
      name: 'custom public prefix',
      filename: 'src/env.ts',
      options: [{ publicEnvPrefixes: ['APP_PUBLIC_'] }],
      code: "export const s = process.env.APP_PUBLIC_SQUARE_SECRET;",
      errors: [{ messageId: 'publicSecretEnv', data: { name: 'APP_PUBLIC_SQUARE_SECRET', prefix: 'APP_PUBLIC_' }, line: 1, column: 18 }],
    },
  ],
});
