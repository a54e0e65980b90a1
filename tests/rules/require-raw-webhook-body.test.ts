import rule from '../../rules/require-raw-webhook-body.js';
import { commonjs, createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

const HEAD = "import express from 'express';\nimport Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nconst app = express();\n";
const STRIPE_DOCS = 'https://docs.stripe.com/webhooks#verify-events';
const RAZORPAY_DOCS = 'https://razorpay.com/docs/webhooks/validate-test/';
const stripeData = (verifier = 'webhooks.constructEvent') => ({ verifier, provider: 'Stripe', docs: STRIPE_DOCS });

const SIGNED_TEST = "import express from 'express';\nimport Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nconst app = express();\napp.post('/webhook', express.json(), (req, res) => {\n  const event = stripe.webhooks.constructEvent(JSON.stringify(req.body), req.headers['stripe-signature'], WHSEC);\n  res.json({ id: event.id });\n});";

ruleTester.run('require-raw-webhook-body', rule, {
  valid: [
    // Test code never receives a live webhook: the stringified payload is the body the test signed itself.
    { name: 'webhook test app in a test folder', filename: 'test/webhooks/app.js', code: SIGNED_TEST },
    { name: 'webhook test app in a *_spec file', filename: 'spec/stripe_webhook_spec.js', code: SIGNED_TEST },
    { name: 'webhook test app in a NestJS e2e spec', filename: 'test/app.e2e-spec.ts', code: SIGNED_TEST },
    {
      name: 'express.raw on the webhook route',
      code: `${HEAD}app.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {
  const event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, WHSEC);
  res.json({ received: event.id });
});`,
    },
    {
      name: 'global express.json registered after the webhook route',
      code: `${HEAD}app.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {
  stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, WHSEC);
  res.sendStatus(200);
});
app.use(express.json());`,
    },
    {
      name: 'rawBody kept by a verify callback',
      code: `${HEAD}app.use(express.json({ verify: (req: any, _res, buf) => { req.rawBody = buf; } }));
app.post('/webhook', (req: any, res) => {
  stripe.webhooks.constructEvent(req.rawBody, req.headers['stripe-signature'], WHSEC);
  res.sendStatus(200);
});`,
    },
    {
      name: 'Stripe-recommended conditional JSON middleware',
      code: `${HEAD}app.use((req, res, next) => (req.originalUrl === '/webhook' ? next() : express.json()(req, res, next)));
app.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {
  stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, WHSEC);
  res.sendStatus(200);
});`,
    },
    {
      name: 'JSON parser mounted on another path prefix',
      code: `${HEAD}app.use('/api', express.json());
app.post('/webhooks/stripe', express.raw({ type: 'application/json' }), (req, res) => {
  stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, WHSEC);
  res.sendStatus(200);
});`,
    },
    {
      name: 'Next.js route handler reading request.text()',
      filename: 'app/api/webhooks/stripe/route.ts',
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport async function POST(request: Request) {\n  const payload = await request.text();\n  const event = stripe.webhooks.constructEvent(payload, request.headers.get('stripe-signature')!, WHSEC);\n  return Response.json({ id: event.id });\n}",
    },
    {
      name: 'Hono c.req.text()',
      code: "import { Hono } from 'hono';\nimport Stripe from 'stripe';\nconst app = new Hono();\napp.post('/webhook', async (c) => {\n  const stripe = new Stripe(c.env.KEY);\n  await stripe.webhooks.constructEventAsync(await c.req.text(), c.req.header('stripe-signature')!, c.env.WHSEC);\n  return c.text('ok');\n});",
    },
    {
      name: 'Lambda event.body string',
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport const handler = async (event: { body: string; headers: Record<string, string> }) => {\n  stripe.webhooks.constructEvent(event.body, event.headers['stripe-signature'], WHSEC);\n  return { statusCode: 200 };\n};",
    },
    {
      name: 'Pages Router with bodyParser disabled and a raw buffer',
      filename: 'pages/api/webhook.ts',
      code: "import type { NextApiRequest, NextApiResponse } from 'next';\nimport { buffer } from 'micro';\nimport Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport const config = { api: { bodyParser: false } };\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  const raw = await buffer(req);\n  stripe.webhooks.constructEvent(raw, req.headers['stripe-signature'] as string, WHSEC);\n  res.status(200).end();\n}",
    },
    {
      name: 'Razorpay over the raw body string',
      code: "import express from 'express';\nimport { validateWebhookSignature } from 'razorpay/dist/utils/razorpay-utils';\nconst app = express();\napp.post('/razorpay/webhook', express.text({ type: 'application/json' }), (req, res) => {\n  if (!validateWebhookSignature(req.body, req.get('x-razorpay-signature')!, SECRET)) return res.sendStatus(400);\n  res.sendStatus(200);\n});",
    },
    {
      name: 'HMAC over our own outgoing JSON',
      code: "import { createHmac } from 'node:crypto';\nexport function signOutgoing(payload: Record<string, unknown>, secret: string) {\n  return createHmac('sha256', secret).update(JSON.stringify(payload)).digest('hex');\n}",
    },
    {
      name: 'Square with request.text()',
      filename: 'app/api/square/route.ts',
      code: "import { WebhooksHelper } from 'square';\nexport async function POST(request: Request) {\n  const body = await request.text();\n  const ok = await WebhooksHelper.verifySignature({ requestBody: body, signatureHeader: request.headers.get('x-square-hmacsha256-signature')!, signatureKey: KEY, notificationUrl: URL_ });\n  return new Response(null, { status: ok ? 200 : 403 });\n}",
    },
    {
      name: 'GoCardless parse under express.raw (CommonJS)',
      code: "const express = require('express');\nconst webhooks = require('gocardless-nodejs/webhooks');\nconst app = express();\napp.post('/gc/webhooks', express.raw({ type: 'application/json' }), (req, res) => {\n  webhooks.parse(req.body, process.env.GC_SECRET, req.headers['webhook-signature']);\n  res.sendStatus(204);\n});",
      ...commonjs,
    },
    {
      name: 'helper with a payload parameter that is never called here',
      code: "import { validateWebhookSignature } from 'razorpay/dist/utils/razorpay-utils';\nexport function verifyRazorpay(payload: string, signature: string) {\n  return validateWebhookSignature(payload, signature, process.env.RAZORPAY_WEBHOOK_SECRET!);\n}",
    },
    {
      name: 'Adyen item validation works on the parsed item',
      code: "import express from 'express';\nimport { hmacValidator } from '@adyen/api-library';\nconst app = express();\napp.use(express.json());\napp.post('/adyen/webhook', (req, res) => {\n  const item = req.body.notificationItems[0].NotificationRequestItem;\n  if (!new hmacValidator().validateHMAC(item, KEY)) return res.sendStatus(401);\n  res.send('[accepted]');\n});",
    },
    {
      name: 'Fastify request.body is unknown (parser configured elsewhere)',
      code: "import Fastify from 'fastify';\nimport Stripe from 'stripe';\nconst stripe = new Stripe(KEY);\nconst fastify = Fastify();\nfastify.post('/webhook', async (request, reply) => {\n  stripe.webhooks.constructEvent(request.body as Buffer, request.headers['stripe-signature'] as string, WHSEC);\n  return { ok: true };\n});",
    },
    {
      name: 'JSON parser limited to another content type',
      code: `${HEAD}app.use(express.json({ type: 'application/vnd.api+json' }));
app.post('/webhook', (req, res) => {
  stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, WHSEC);
  res.sendStatus(200);
});`,
    },
    {
      name: 'NestJS rawBody',
      code: "import { Controller, Post, Req, Headers } from '@nestjs/common';\nimport Stripe from 'stripe';\nconst stripe = new Stripe(KEY);\n@Controller('webhooks')\nexport class StripeController {\n  @Post('stripe')\n  handle(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') sig: string) {\n    return stripe.webhooks.constructEvent(req.rawBody!, sig, WHSEC);\n  }\n}",
    },
    {
      name: 'Stripe client imported from another module, raw text',
      filename: 'app/api/webhooks/stripe/route.js',
      code: "import { stripe } from '@/lib/stripe';\nexport async function POST(req) {\n  const body = await req.text();\n  const event = stripe.webhooks.constructEvent(body, req.headers.get('stripe-signature'), process.env.WHSEC);\n  return Response.json({ id: event.id });\n}",
    },
    {
      name: 'Koa rawBody kept by koa-bodyparser',
      code: "import Koa from 'koa';\nimport Router from '@koa/router';\nimport bodyParser from 'koa-bodyparser';\nimport Stripe from 'stripe';\nconst stripe = new Stripe(KEY);\nconst app = new Koa();\nconst router = new Router();\napp.use(bodyParser());\nrouter.post('/webhooks/stripe', async (ctx) => {\n  stripe.webhooks.constructEvent(ctx.request.rawBody, ctx.get('stripe-signature'), WHSEC);\n  ctx.status = 200;\n});",
    },
    {
      name: 'JSON parser registered on another router',
      code: `${HEAD}const api = express.Router();
api.use(express.json());
app.use('/api', api);
app.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {
  stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, WHSEC);
  res.sendStatus(200);
});`,
    },
  ],
  invalid: [
    {
      name: 'test folders checked when settings clear the test globs',
      filename: 'test/webhooks/app.js',
      code: SIGNED_TEST,
      settings: { 'payment-security': { testFiles: [] } },
      errors: [{ messageId: 'stringify', data: stripeData(), line: 6, column: 48, suggestions: [{ messageId: 'useRawParser', data: { parser: 'express' }, output: SIGNED_TEST.replace('express.json()', "express.raw({ type: 'application/json' })").replace('JSON.stringify(req.body)', 'req.body') }] }],
    },
    {
      name: 'a file named like a test helper but outside the test globs is checked',
      filename: 'src/webhooks/testimonials.js',
      code: SIGNED_TEST,
      errors: [{ messageId: 'stringify', data: stripeData(), line: 6, column: 48, suggestions: [{ messageId: 'useRawParser', data: { parser: 'express' }, output: SIGNED_TEST.replace('express.json()', "express.raw({ type: 'application/json' })").replace('JSON.stringify(req.body)', 'req.body') }] }],
    },
    {
      name: 'JSON.stringify(req.body) behind a route-level express.json()',
      code: `${HEAD}app.post('/webhook', express.json(), (req, res) => {
  const event = stripe.webhooks.constructEvent(JSON.stringify(req.body), req.headers['stripe-signature'] as string, WHSEC);
  res.json({ id: event.id });
});`,
      errors: [
        {
          messageId: 'stringify',
          data: stripeData(),
          line: 6,
          column: 48,
          endColumn: 72,
          suggestions: [
            {
              messageId: 'useRawParser',
              data: { parser: 'express' },
              output: `${HEAD}app.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {
  const event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, WHSEC);
  res.json({ id: event.id });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'req.body after a global express.json()',
      code: `${HEAD}app.use(express.json());
app.post('/webhook', (req, res) => {
  stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, WHSEC);
  res.sendStatus(200);
});`,
      errors: [
        { messageId: 'parsedBody', data: { ...stripeData(), parser: 'express.json()' }, line: 7, column: 34, suggestions: null },
      ],
    },
    {
      name: 'route-level raw parser after a global bodyParser.json() still sees parsed data',
      code: "import express from 'express';\nimport bodyParser from 'body-parser';\nimport Stripe from 'stripe';\nconst stripe = new Stripe(KEY);\nconst app = express();\napp.use(bodyParser.json());\napp.post('/stripe/webhook', bodyParser.raw({ type: 'application/json' }), (req, res) => {\n  stripe.webhooks.constructEvent(req.body, req.header('stripe-signature')!, WHSEC);\n  res.sendStatus(200);\n});",
      errors: [
        { messageId: 'parsedBody', data: { ...stripeData(), parser: 'bodyParser.json()' }, line: 8, column: 34, suggestions: null },
      ],
    },
    {
      name: 'route-level express.json() with req.body',
      code: `${HEAD}app.post('/webhook', express.json(), (req, res) => {
  stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, WHSEC);
  res.sendStatus(200);
});`,
      errors: [
        {
          messageId: 'parsedBody',
          data: { ...stripeData(), parser: 'express.json()' },
          line: 6,
          column: 34,
          suggestions: [
            {
              messageId: 'useRawParser',
              data: { parser: 'express' },
              output: `${HEAD}app.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {
  stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, WHSEC);
  res.sendStatus(200);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'Next.js route handler verifying request.json()',
      filename: 'app/api/webhooks/stripe/route.ts',
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport async function POST(req: Request) {\n  const body = await req.json();\n  const event = stripe.webhooks.constructEvent(body, req.headers.get('stripe-signature')!, WHSEC);\n  return Response.json({ id: event.id });\n}",
      errors: [
        {
          messageId: 'parsedJson',
          data: { ...stripeData(), call: 'req.json()' },
          line: 4,
          column: 22,
          suggestions: [
            {
              messageId: 'useText',
              output: "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport async function POST(req: Request) {\n  const body = await req.text();\n  const event = stripe.webhooks.constructEvent(body, req.headers.get('stripe-signature')!, WHSEC);\n  return Response.json({ id: event.id });\n}",
            },
          ],
        },
      ],
    },
    {
      name: 'JSON.stringify(await request.json())',
      filename: 'app/api/stripe/route.ts',
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport async function POST(request: Request) {\n  const event = stripe.webhooks.constructEvent(JSON.stringify(await request.json()), request.headers.get('stripe-signature')!, WHSEC);\n  return Response.json({ id: event.id });\n}",
      errors: [
        {
          messageId: 'stringify',
          data: stripeData(),
          line: 4,
          column: 48,
          suggestions: [
            {
              messageId: 'useText',
              output: "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport async function POST(request: Request) {\n  const event = stripe.webhooks.constructEvent(await request.text(), request.headers.get('stripe-signature')!, WHSEC);\n  return Response.json({ id: event.id });\n}",
            },
          ],
        },
      ],
    },
    {
      name: 'Razorpay over JSON.stringify(req.body) after a global parser',
      code: "import express from 'express';\nimport Razorpay from 'razorpay';\nconst app = express();\napp.use(express.json());\napp.post('/razorpay/webhook', (req, res) => {\n  const ok = Razorpay.validateWebhookSignature(JSON.stringify(req.body), req.headers['x-razorpay-signature'] as string, SECRET);\n  res.sendStatus(ok ? 200 : 400);\n});",
      errors: [
        {
          messageId: 'stringify',
          data: { verifier: 'validateWebhookSignature', provider: 'Razorpay', docs: RAZORPAY_DOCS },
          line: 6,
          column: 48,
          suggestions: null,
        },
      ],
    },
    {
      name: 'Hono c.req.json() passed straight to the verifier',
      code: "import { Hono } from 'hono';\nimport Stripe from 'stripe';\nconst app = new Hono();\nconst stripe = new Stripe(KEY);\napp.post('/webhook', async (c) => {\n  await stripe.webhooks.constructEventAsync(await c.req.json(), c.req.header('stripe-signature')!, WHSEC);\n  return c.text('ok');\n});",
      errors: [
        {
          messageId: 'parsedJson',
          data: { ...stripeData('webhooks.constructEventAsync'), call: 'c.req.json()' },
          line: 6,
          column: 51,
          suggestions: [
            {
              messageId: 'useText',
              output: "import { Hono } from 'hono';\nimport Stripe from 'stripe';\nconst app = new Hono();\nconst stripe = new Stripe(KEY);\napp.post('/webhook', async (c) => {\n  await stripe.webhooks.constructEventAsync(await c.req.text(), c.req.header('stripe-signature')!, WHSEC);\n  return c.text('ok');\n});",
            },
          ],
        },
      ],
    },
    {
      name: 'GoCardless parse over JSON.parse of the raw body',
      code: "import express from 'express';\nimport { parse } from 'gocardless-nodejs/webhooks';\nconst app = express();\napp.post('/gc/webhooks', express.text({ type: '*/*' }), (req, res) => {\n  parse(JSON.parse(req.body), SECRET, req.get('webhook-signature')!);\n  res.sendStatus(204);\n});",
      errors: [
        {
          messageId: 'jsonParse',
          data: { verifier: 'webhooks.parse', provider: 'GoCardless', docs: 'https://developer.gocardless.com/getting-started/staying-up-to-date-with-webhooks' },
          line: 5,
          column: 9,
          suggestions: [
            {
              messageId: 'passRawString',
              output: "import express from 'express';\nimport { parse } from 'gocardless-nodejs/webhooks';\nconst app = express();\napp.post('/gc/webhooks', express.text({ type: '*/*' }), (req, res) => {\n  parse(req.body, SECRET, req.get('webhook-signature')!);\n  res.sendStatus(204);\n});",
            },
          ],
        },
      ],
    },
    {
      name: 'Pages Router keeps the default body parser',
      filename: 'pages/api/stripe-webhook.ts',
      code: "import type { NextApiRequest, NextApiResponse } from 'next';\nimport Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport default function handler(req: NextApiRequest, res: NextApiResponse) {\n  stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, WHSEC);\n  res.status(200).end();\n}",
      errors: [{ messageId: 'nextPagesBody', data: stripeData(), line: 5, column: 34, suggestions: null }],
    },
    {
      name: 'same-file helper called with JSON.stringify(req.body)',
      code: "import express from 'express';\nimport { validateWebhookSignature } from 'razorpay/dist/utils/razorpay-utils';\nconst app = express();\napp.use(express.json());\nfunction verify(body: string, signature: string) {\n  return validateWebhookSignature(body, signature, process.env.RAZORPAY_WEBHOOK_SECRET!);\n}\napp.post('/razorpay/webhook', (req, res) => {\n  if (!verify(JSON.stringify(req.body), req.headers['x-razorpay-signature'] as string)) return res.sendStatus(400);\n  res.sendStatus(200);\n});",
      errors: [
        {
          messageId: 'stringify',
          data: { verifier: 'validateWebhookSignature', provider: 'Razorpay', docs: RAZORPAY_DOCS },
          line: 9,
          column: 15,
          suggestions: null,
        },
      ],
    },
    {
      name: 'hand-written HMAC over JSON.stringify(req.body)',
      code: "import crypto from 'crypto';\nimport express from 'express';\nconst app = express();\napp.use(express.json());\napp.post('/paystack/webhook', (req, res) => {\n  const hash = crypto.createHmac('sha512', SECRET).update(JSON.stringify(req.body)).digest('hex');\n  if (!crypto.timingSafeEqual(Buffer.from(hash), Buffer.from(String(req.headers['x-paystack-signature'])))) return res.sendStatus(401);\n  res.sendStatus(200);\n});",
      errors: [
        {
          messageId: 'stringify',
          data: { verifier: 'crypto.createHmac().update', provider: 'the sender', docs: 'https://cwe.mitre.org/data/definitions/347.html' },
          line: 6,
          column: 59,
          suggestions: null,
        },
      ],
    },
    {
      name: 'Square requestBody re-serialised',
      code: "import express from 'express';\nimport { WebhooksHelper } from 'square';\nconst app = express();\napp.use(express.json());\napp.post('/square/webhook', async (req, res) => {\n  const ok = await WebhooksHelper.verifySignature({ requestBody: JSON.stringify(req.body), signatureHeader: req.get('x-square-hmacsha256-signature')!, signatureKey: KEY, notificationUrl: URL_ });\n  res.sendStatus(ok ? 200 : 403);\n});",
      errors: [
        {
          messageId: 'stringify',
          data: { verifier: 'WebhooksHelper.verifySignature', provider: 'Square', docs: 'https://developer.squareup.com/docs/webhooks/step3validate' },
          line: 6,
          column: 66,
          suggestions: null,
        },
      ],
    },
    {
      name: 'router mounted after a global JSON parser',
      code: `${HEAD}const router = express.Router();
router.post('/stripe', (req, res) => {
  stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, WHSEC);
  res.sendStatus(200);
});
app.use(express.json());
app.use('/webhooks', router);`,
      errors: [{ messageId: 'parsedBody', data: { ...stripeData(), parser: 'express.json()' }, line: 7, column: 34, suggestions: null }],
    },
    {
      name: 'Koa body parser with ctx.request.body',
      code: "import Koa from 'koa';\nimport Router from '@koa/router';\nimport bodyParser from 'koa-bodyparser';\nimport Stripe from 'stripe';\nconst stripe = new Stripe(KEY);\nconst app = new Koa();\nconst router = new Router();\napp.use(bodyParser());\nrouter.post('/webhooks/stripe', async (ctx) => {\n  stripe.webhooks.constructEvent(ctx.request.body, ctx.get('stripe-signature'), WHSEC);\n  ctx.status = 200;\n});",
      errors: [{ messageId: 'parsedBody', data: { ...stripeData(), parser: 'koa-bodyparser' }, line: 10, column: 34, suggestions: null }],
    },
    {
      name: 'Stripe client imported from another module, request.json()',
      filename: 'src/app/api/webhooks/stripe/route.js',
      code: "import { stripe } from '@/lib/stripe';\nexport async function POST(req) {\n  const payload = await req.json();\n  const event = stripe.webhooks.constructEvent(payload, req.headers.get('Stripe-Signature'), process.env.WHSEC);\n  return Response.json({ id: event.id });\n}",
      errors: [
        {
          messageId: 'parsedJson',
          data: { ...stripeData(), call: 'req.json()' },
          line: 3,
          column: 25,
          suggestions: [
            {
              messageId: 'useText',
              output: "import { stripe } from '@/lib/stripe';\nexport async function POST(req) {\n  const payload = await req.text();\n  const event = stripe.webhooks.constructEvent(payload, req.headers.get('Stripe-Signature'), process.env.WHSEC);\n  return Response.json({ id: event.id });\n}",
            },
          ],
        },
      ],
    },
    {
      name: 'hasher kept in a const and updated with JSON.stringify(req.body) (CommonJS)',
      code: "const express = require('express');\nconst crypto = require('crypto');\nconst app = express();\napp.use(express.json());\napp.post('/webhook', (req, res) => {\n  const shasum = crypto.createHmac('sha256', process.env.RAZORPAY_WEBHOOK_SECRET);\n  shasum.update(JSON.stringify(req.body));\n  const digest = shasum.digest('hex');\n  res.sendStatus(digest ? 200 : 400);\n});",
      ...commonjs,
      errors: [
        {
          messageId: 'stringify',
          data: { verifier: 'crypto.createHmac().update', provider: 'the sender', docs: 'https://cwe.mitre.org/data/definitions/347.html' },
          line: 7,
          column: 17,
          suggestions: null,
        },
      ],
    },
    {
      name: 'exported middleware hashing JSON.stringify(req.body)',
      code: "import crypto from 'crypto';\nconst validateWebhook = (req: any, res: any, next: () => void) => {\n  const body = JSON.stringify(req.body);\n  const expected = crypto.createHmac('sha256', process.env.SECRET!).update(body).digest('hex');\n  if (!crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(String(req.headers['x-razorpay-signature'])))) return res.sendStatus(400);\n  next();\n};\nexport default validateWebhook;",
      errors: [
        {
          messageId: 'stringify',
          data: { verifier: 'crypto.createHmac().update', provider: 'the sender', docs: 'https://cwe.mitre.org/data/definitions/347.html' },
          line: 3,
          column: 16,
          suggestions: null,
        },
      ],
    },
    {
      name: 'route-level express.json({ type: "*/*" }) with req.body',
      code: `${HEAD}app.post('/webhook', express.json({ type: '*/*' }), (req, res) => {
  stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, WHSEC);
  res.sendStatus(200);
});`,
      errors: [
        {
          messageId: 'parsedBody',
          data: { ...stripeData(), parser: 'express.json()' },
          line: 6,
          column: 34,
          suggestions: [
            {
              messageId: 'useRawParser',
              data: { parser: 'express' },
              output: `${HEAD}app.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {
  stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, WHSEC);
  res.sendStatus(200);
});`,
            },
          ],
        },
      ],
    },
  ],
});
