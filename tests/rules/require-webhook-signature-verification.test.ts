import rule from '../../rules/require-webhook-signature-verification.js';
import { commonjs, createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

const STRIPE = "import express from 'express';\nimport Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nconst app = express();\n";
const STRIPE_DOCS = 'https://docs.stripe.com/webhooks#verify-events';
const STRIPE_VERIFIER = '`stripe.webhooks.constructEvent(rawBody, signature, endpointSecret)`';

ruleTester.run('require-webhook-signature-verification', rule, {
  valid: [
    {
      name: 'Express Mollie webhook keeps the posted id in a const and hands it to a project module',
      code: "import express from 'express';\nimport { syncMolliePayment } from './payments/mollie';\nconst app = express();\napp.post('/mollie/webhook', express.urlencoded({ extended: true }), async (req, res) => {\n  const paymentId = req.body.id;\n  await syncMolliePayment({ paymentId });\n  res.sendStatus(200);\n});",
    },
    {
      name: 'NestJS Mollie controller hands only the posted id to an injected service (which can re-fetch it)',
      code: "import { Body, Controller, Post } from '@nestjs/common';\nimport { MollieService } from './mollie.service';\n@Controller('payments')\nexport class MollieController {\n  constructor(private mollieService: MollieService) {}\n  @Post('mollie/webhook')\n  async webhook(@Body() body: any) {\n    if (!body.id) return;\n    await this.mollieService.handleStatusUpdate({ paymentId: body.id });\n  }\n}",
    },
    {
      name: 'Express Mollie webhook passes the posted id to a project helper imported from another file',
      code: "import express from 'express';\nimport { syncMolliePayment } from './payments/mollie';\nconst app = express();\napp.post('/mollie/webhook', express.urlencoded({ extended: true }), async (req, res) => {\n  await syncMolliePayment(req.body.id);\n  res.sendStatus(200);\n});",
    },
    {
      name: 'CommonJS Mollie webhook passes the posted id to a required project module',
      code: "const express = require('express');\nconst orders = require('../services/orders');\nconst app = express();\napp.post('/mollie/webhook', express.urlencoded({ extended: true }), async (req, res) => {\n  await orders.refreshFromMollie(req.body.id);\n  res.sendStatus(200);\n});",
    },
    {
      name: 'Express + Stripe constructEvent on the raw body',
      code: `${STRIPE}app.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    return res.status(400).send('Webhook Error');
  }
  if (event.type === 'payment_intent.succeeded') fulfil(event.data.object);
  res.json({ received: true });
});`,
    },
    {
      name: 'Next.js route handler with constructEventAsync on request.text()',
      filename: 'app/api/webhooks/stripe/route.ts',
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport async function POST(request: Request) {\n  const body = await request.text();\n  const signature = request.headers.get('stripe-signature')!;\n  const event = await stripe.webhooks.constructEventAsync(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);\n  if (event.type === 'checkout.session.completed') await markPaid(event.data.object.id);\n  return Response.json({ received: true });\n}",
    },
    {
      name: 'static Stripe.webhooks.constructEvent in CommonJS',
      code: "const express = require('express');\nconst Stripe = require('stripe');\nconst router = express.Router();\nrouter.post('/stripe/webhook', express.raw({ type: 'application/json' }), (req, res) => {\n  const event = Stripe.webhooks.constructEvent(req.body, req.get('stripe-signature'), process.env.WHSEC);\n  handle(event.type, event.data);\n  res.sendStatus(200);\n});\nmodule.exports = router;",
      ...commonjs,
    },
    {
      name: 'Square verifySignature awaited and checked',
      code: "import express from 'express';\nimport { WebhooksHelper } from 'square';\nconst app = express();\napp.post('/square/webhook', express.text({ type: '*/*' }), async (req, res) => {\n  const valid = await WebhooksHelper.verifySignature({\n    requestBody: req.body,\n    signatureHeader: req.get('x-square-hmacsha256-signature')!,\n    signatureKey: process.env.SQUARE_SIGNATURE_KEY!,\n    notificationUrl: 'https://example.com/square/webhook',\n  });\n  if (!valid) {\n    return res.sendStatus(403);\n  }\n  const payload = JSON.parse(req.body);\n  await recordPayment(payload.data.object.payment);\n  res.sendStatus(200);\n});",
    },
    {
      name: 'Razorpay validateWebhookSignature checked with a positive branch',
      code: "import express from 'express';\nimport { validateWebhookSignature } from 'razorpay/dist/utils/razorpay-utils';\nconst app = express();\napp.post('/razorpay/webhook', express.raw({ type: 'application/json' }), (req, res) => {\n  const signature = req.headers['x-razorpay-signature'] as string;\n  if (validateWebhookSignature(req.body.toString(), signature, process.env.RAZORPAY_WEBHOOK_SECRET!)) {\n    const event = JSON.parse(req.body.toString());\n    capture(event.payload.payment.entity.id);\n    res.sendStatus(200);\n  } else {\n    res.sendStatus(400);\n  }\n});",
    },
    {
      name: 'Adyen validateHMAC per item with bail-out',
      code: "import express from 'express';\nimport { hmacValidator } from '@adyen/api-library';\nconst app = express();\napp.use(express.json());\nconst validator = new hmacValidator();\napp.post('/api/webhooks/notifications', (req, res) => {\n  for (const { NotificationRequestItem: item } of req.body.notificationItems) {\n    if (!validator.validateHMAC(item, process.env.ADYEN_HMAC_KEY!)) {\n      return res.status(401).send('invalid hmac');\n    }\n    queue.push(item);\n  }\n  res.send('[accepted]');\n});",
    },
    {
      name: 'Braintree webhookNotification.parse',
      code: "import express from 'express';\nimport braintree from 'braintree';\nconst gateway = new braintree.BraintreeGateway({ environment: braintree.Environment.Sandbox, merchantId: 'm', publicKey: 'p', privateKey: process.env.BT_PRIVATE_KEY! });\nconst app = express();\napp.use(express.urlencoded({ extended: false }));\napp.post('/braintree/webhooks', async (req, res) => {\n  const notification = await gateway.webhookNotification.parse(req.body.bt_signature, req.body.bt_payload);\n  console.log(notification.kind);\n  res.sendStatus(200);\n});",
    },
    {
      name: 'GoCardless webhooks.parse',
      code: "import express from 'express';\nimport { parse } from 'gocardless-nodejs/webhooks';\nconst app = express();\napp.post('/gocardless/webhooks', express.raw({ type: 'application/json' }), (req, res) => {\n  const events = parse(req.body, process.env.GC_WEBHOOK_SECRET!, req.headers['webhook-signature'] as string);\n  events.forEach((event) => process(event.resource_type));\n  res.sendStatus(204);\n});",
    },
    {
      name: 'PayPal verify-webhook-signature with status check',
      code: "import express from 'express';\nimport axios from 'axios';\nimport paypal from '@paypal/paypal-server-sdk';\nconst app = express();\napp.use(express.json());\napp.post('/paypal/webhook', async (req, res) => {\n  const { data } = await axios.post(`${PAYPAL_API}/v1/notifications/verify-webhook-signature`, {\n    transmission_id: req.headers['paypal-transmission-id'],\n    webhook_event: req.body,\n  });\n  if (data.verification_status !== 'SUCCESS') return res.sendStatus(400);\n  await onEvent(req.body.event_type, req.body.resource);\n  res.sendStatus(200);\n});",
    },
    {
      name: 'generic HMAC + timingSafeEqual (Checkout.com)',
      code: "import express from 'express';\nimport crypto from 'node:crypto';\nimport { Checkout } from 'checkout-sdk-node';\nconst app = express();\napp.post('/checkout/webhook', express.raw({ type: 'application/json' }), (req, res) => {\n  const expected = crypto.createHmac('sha256', process.env.CKO_SECRET!).update(req.body).digest();\n  const received = Buffer.from(String(req.headers['cko-signature']), 'hex');\n  if (received.length !== expected.length || !crypto.timingSafeEqual(received, expected)) return res.sendStatus(401);\n  const event = JSON.parse(req.body.toString());\n  handle(event.type);\n  res.sendStatus(200);\n});",
    },
    {
      name: 'Mollie: re-fetch the payment by id',
      code: "import express from 'express';\nimport createMollieClient from '@mollie/api-client';\nconst mollie = createMollieClient({ apiKey: process.env.MOLLIE_API_KEY! });\nconst app = express();\napp.use(express.urlencoded({ extended: true }));\napp.post('/mollie/webhook', async (req, res) => {\n  const payment = await mollie.payments.get(req.body.id);\n  if (payment.status === 'paid') await markPaid(payment.metadata.orderId);\n  res.sendStatus(200);\n});",
    },
    {
      name: 'verification in a same-file helper',
      code: `${STRIPE}function verifyStripeEvent(req: express.Request) {
  return stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, process.env.WHSEC!);
}
app.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {
  const event = verifyStripeEvent(req);
  if (event.type === 'invoice.paid') provision(event.data.object);
  res.sendStatus(200);
});`,
    },
    {
      name: 'boolean helper returning Square verification, checked by the caller',
      code: "import express from 'express';\nimport { WebhooksHelper } from 'square';\nconst app = express();\nasync function isFromSquare(req: express.Request) {\n  return WebhooksHelper.verifySignature({ requestBody: req.body, signatureHeader: req.get('x-square-hmacsha256-signature')!, signatureKey: KEY, notificationUrl: URL_ });\n}\napp.post('/square/webhook', express.text({ type: '*/*' }), async (req, res) => {\n  if (!(await isFromSquare(req))) return res.sendStatus(403);\n  const event = JSON.parse(req.body);\n  await save(event.data.id);\n  res.sendStatus(200);\n});",
    },
    {
      name: 'imported verification middleware on the route',
      code: `${STRIPE}import { verifyStripeSignature } from './middleware/stripe';
app.post('/webhook', express.raw({ type: 'application/json' }), verifyStripeSignature, (req, res) => {
  handle(req.body.type);
  res.sendStatus(200);
});`,
    },
    {
      name: 'imported verifier function called in the handler',
      code: `${STRIPE}import { constructWebhookEvent } from './lib/stripe';
app.post('/webhook', express.raw({ type: 'application/json' }), async (req, res) => {
  const event = await constructWebhookEvent(req);
  await route(event.type, req.body.id);
  res.sendStatus(200);
});`,
    },
    {
      name: 'raw body enqueued for a worker that verifies',
      code: `${STRIPE}app.post('/webhook', express.raw({ type: 'application/json' }), async (req, res) => {
  await webhookQueue.add('stripe', { rawBody: req.body, signature: req.headers['stripe-signature'] });
  res.sendStatus(202);
});`,
    },
    {
      name: 'GitHub webhook in a file without a payment SDK',
      code: "import express from 'express';\nconst app = express();\napp.use(express.json());\napp.post('/webhooks/github', (req, res) => {\n  if (req.body.action === 'opened') notify(req.body.pull_request);\n  res.sendStatus(204);\n});",
    },
    {
      name: 'test files are ignored',
      filename: 'src/__tests__/webhook.test.ts',
      code: `${STRIPE}app.post('/webhook', (req, res) => {
  handle(req.body.type);
  res.sendStatus(200);
});`,
    },
    {
      name: 'non-webhook route in a Stripe file',
      code: `${STRIPE}app.use(express.json());
app.post('/api/checkout', async (req, res) => {
  const session = await stripe.checkout.sessions.create({ mode: 'payment', line_items: req.body.items, success_url: SUCCESS });
  res.json({ url: session.url });
});`,
    },
    {
      name: 'webhook route that never reads the payload',
      code: `${STRIPE}app.post('/webhook', (req, res) => {
  console.log('ping');
  res.sendStatus(200);
});`,
    },
    {
      name: 'Koa with rawBody and constructEvent',
      code: "import Koa from 'koa';\nimport Router from '@koa/router';\nimport bodyParser from 'koa-bodyparser';\nimport Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nconst app = new Koa();\nconst router = new Router();\napp.use(bodyParser());\nrouter.post('/webhooks/stripe', async (ctx) => {\n  const event = stripe.webhooks.constructEvent(ctx.request.rawBody, ctx.get('stripe-signature'), SECRET);\n  await handle(event.type, ctx.request.body.id);\n  ctx.status = 200;\n});",
    },
    {
      name: 'Hono route with constructEventAsync',
      code: "import { Hono } from 'hono';\nimport Stripe from 'stripe';\nconst app = new Hono();\napp.post('/webhook', async (c) => {\n  const stripe = new Stripe(c.env.STRIPE_SECRET_KEY);\n  const event = await stripe.webhooks.constructEventAsync(await c.req.text(), c.req.header('stripe-signature')!, c.env.WHSEC);\n  const data = await c.req.json();\n  await handle(event.type, data.id);\n  return c.text('ok');\n});",
    },
    {
      name: 'Lambda handler with constructEvent on event.body',
      filename: 'functions/stripe-webhook.ts',
      code: "import Stripe from 'stripe';\nimport type { APIGatewayProxyEvent } from 'aws-lambda';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport const handler = async (event: APIGatewayProxyEvent) => {\n  const stripeEvent = stripe.webhooks.constructEvent(event.body!, event.headers['stripe-signature']!, process.env.WHSEC!);\n  const body = JSON.parse(event.body!);\n  await handle(stripeEvent.type, body.id);\n  return { statusCode: 200, body: '' };\n};",
    },
    {
      name: 'NestJS controller verifying through an injected service',
      code: "import { Controller, Post, Headers, Req, Body } from '@nestjs/common';\nimport Stripe from 'stripe';\n@Controller('webhooks')\nexport class StripeWebhookController {\n  constructor(private readonly payments: PaymentsService) {}\n  @Post('stripe')\n  async handle(@Headers('stripe-signature') signature: string, @Req() req: RawBodyRequest<Request>, @Body() body: any) {\n    const event = this.payments.constructEventFromPayload(signature, req.rawBody);\n    return this.payments.process(event, body.id);\n  }\n}",
    },
    {
      name: 'Stripe client imported from another module',
      filename: 'app/api/webhook/stripe/route.ts',
      code: "import { stripe } from '@/app/lib/stripe';\nimport { headers } from 'next/headers';\nexport async function POST(req: Request) {\n  const body = await req.text();\n  const signature = headers().get('Stripe-Signature') as string;\n  const event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET as string);\n  if (event.type === 'checkout.session.completed') await upgrade(event.data.object);\n  return new Response(null, { status: 200 });\n}",
    },
    {
      name: 'same-file app.use middleware verifies every webhook',
      code: `${STRIPE}function verifyStripe(req: any, res: any, next: any) {
  try {
    req.body = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], process.env.WHSEC!);
    next();
  } catch {
    res.sendStatus(400);
  }
}
app.use('/webhooks', express.raw({ type: 'application/json' }), verifyStripe);
app.post('/webhooks/stripe', (req: any, res) => {
  handle(req.body.type, req.body.data.object);
  res.sendStatus(200);
});`,
    },
    {
      name: 'Fastify route with rawBody',
      code: "import Fastify from 'fastify';\nimport Stripe from 'stripe';\nconst stripe = new Stripe(KEY);\nconst app = Fastify();\napp.post('/webhooks/stripe', { config: { rawBody: true } }, async (request, reply) => {\n  const event = stripe.webhooks.constructEvent(request.rawBody!, request.headers['stripe-signature'] as string, WHSEC);\n  await handle(event.type, (request.body as any).id);\n  return reply.send({ ok: true });\n});",
    },
    {
      name: 'checkout flow JSX file is not a webhook',
      filename: 'app/checkout/page.tsx',
      code: "import Stripe from 'stripe';\nexport default function Page({ status }: { status: string }) {\n  return <div>{status === 'succeeded' ? 'Paid' : 'Pending'}</div>;\n}",
    },
    {
      name: 'Square promise kept in a const and awaited in the check',
      code: "import express from 'express';\nimport { WebhooksHelper } from 'square';\nconst app = express();\napp.post('/square/webhook', express.text({ type: '*/*' }), async (req, res) => {\n  const verification = WebhooksHelper.verifySignature({ requestBody: req.body, signatureHeader: req.get('x-square-hmacsha256-signature')!, signatureKey: KEY, notificationUrl: URL_ });\n  if (!(await verification)) return res.sendStatus(403);\n  const event = JSON.parse(req.body);\n  await save(event.data.id);\n  res.sendStatus(200);\n});",
    },
    {
      name: 'provider-named webhook path that verifies through a same-file helper',
      code: "const express = require('express');\nconst router = express.Router();\nasync function verifyWithPaypal(req) {\n  const response = await fetch(`${API}/v1/notifications/verify-webhook-signature`, { method: 'POST', body: JSON.stringify({ transmission_id: req.get('paypal-transmission-id'), webhook_event: req.body }) });\n  const { verification_status: status } = await response.json();\n  return status === 'SUCCESS';\n}\nrouter.post('/webhooks/paypal', express.json(), async (req, res) => {\n  if (!(await verifyWithPaypal(req))) return res.sendStatus(400);\n  await markCaptured(req.body.resource.id);\n  res.sendStatus(200);\n});\nmodule.exports = router;",
      ...commonjs,
    },
    {
      name: 'user notification API in a Stripe file',
      code: `${STRIPE}app.use(express.json());
app.post('/api/notifications', async (req, res) => {
  await savePreference(req.body.channel, req.body.enabled);
  res.sendStatus(204);
});`,
    },
    {
      name: 'webhook endpoint management API behind auth middleware',
      code: `${STRIPE}import { requireAuth } from './auth';
app.use(express.json());
app.post('/api/webhooks', requireAuth, async (req, res) => {
  const endpoint = await stripe.webhookEndpoints.create({ url: req.body.url, enabled_events: ['charge.succeeded'] });
  res.json({ id: endpoint.id });
});`,
    },
    {
      name: 'webhook-named route that reads the logged-in user',
      code: `${STRIPE}app.use(express.json());
app.post('/account/webhook-url', async (req: any, res) => {
  await saveWebhookUrl(req.user.id, req.body.url);
  res.sendStatus(204);
});`,
    },
    {
      name: 'webhook settings route',
      code: `${STRIPE}app.use(express.json());
app.put('/webhooks/settings', async (req, res) => {
  await saveSettings(req.body.events);
  res.sendStatus(204);
});`,
    },
    {
      name: 'Adyen items filtered by validateHMAC',
      code: "import express from 'express';\nimport { hmacValidator } from '@adyen/api-library';\nconst app = express();\napp.use(express.json());\nconst validator = new hmacValidator();\napp.post('/adyen/webhooks', (req, res) => {\n  const items = req.body.notificationItems.map((entry: any) => entry.NotificationRequestItem);\n  const verified = items.filter((item: any) => validator.validateHMAC(item, process.env.ADYEN_HMAC_KEY!));\n  verified.forEach(process);\n  res.send('[accepted]');\n});",
    },
    {
      name: 'Razorpay check with the processing in the else branch (Koa)',
      code: "import Router from '@koa/router';\nimport Razorpay from 'razorpay';\nconst router = new Router();\nrouter.post('/razorpay/webhook', async (ctx) => {\n  const valid = Razorpay.validateWebhookSignature(ctx.request.rawBody, ctx.get('x-razorpay-signature'), SECRET);\n  if (!valid) {\n    ctx.status = 400;\n  } else {\n    await capture(ctx.request.body.payload.payment.entity.id);\n    ctx.status = 200;\n  }\n});",
    },
    {
      name: 'JSON.parse of configuration is not the payload',
      code: `${STRIPE}app.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {
  const routing = JSON.parse(process.env.WEBHOOK_ROUTING ?? '{}');
  forward(routing.target, req.body);
  res.sendStatus(202);
});`,
    },
    {
      name: 'Adyen loop that skips items failing validateHMAC',
      code: "import express from 'express';\nimport { hmacValidator } from '@adyen/api-library';\nconst app = express();\napp.use(express.json());\nconst validator = new hmacValidator();\napp.post('/adyen/webhooks', async (req, res) => {\n  for (const { NotificationRequestItem: item } of req.body.notificationItems) {\n    if (!validator.validateHMAC(item, process.env.ADYEN_HMAC_KEY!)) continue;\n    await record(item.pspReference, item.eventCode);\n  }\n  res.send('[accepted]');\n});",
    },
    {
      name: 'exported controller that verifies (route wired in another file)',
      code: "import type { Request, Response } from 'express';\nimport Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport async function stripeWebhook(req: Request, res: Response) {\n  const event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, WHSEC);\n  if (event.type === 'invoice.paid') await activate(event.data.object);\n  res.sendStatus(200);\n}",
    },
    {
      name: '(req, res) helper called from a verified route is judged through that route',
      code: `${STRIPE}function handleWebhookEvent(req: any, res: any) {
  provision(req.body.data.object);
  res.sendStatus(200);
}
app.post('/webhook', express.raw({ type: 'application/json' }), (req: any, res) => {
  req.body = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], WHSEC);
  handleWebhookEvent(req, res);
});`,
    },
  ],
  invalid: [
    {
      name: 'Mollie webhook hands the id to project code but trusts the posted status itself',
      code: "import express from 'express';\nimport { syncMolliePayment } from './payments/mollie';\nconst app = express();\napp.post('/mollie/webhook', express.urlencoded({ extended: true }), async (req, res) => {\n  if (req.body.status === 'paid') await syncMolliePayment(req.body.id);\n  res.sendStatus(200);\n});",
      errors: [{ messageId: 'missingVerification', data: { provider: 'Mollie', verifier: 'a fresh `mollieClient.payments.get(id)` (classic webhooks are unsigned)', docs: 'https://docs.mollie.com/reference/webhooks' }, line: 5, column: 7 }],
    },
    {
      name: 'Mollie webhook keeps the posted id in a const and passes it to a package function, not project code',
      code: "import express from 'express';\nimport { markOrderPaid } from '@acme/orders';\nconst app = express();\napp.post('/mollie/webhook', express.urlencoded({ extended: true }), async (req, res) => {\n  const paymentId = req.body.id;\n  await markOrderPaid({ paymentId });\n  res.sendStatus(200);\n});",
      errors: [{ messageId: 'missingVerification', data: { provider: 'Mollie', verifier: 'a fresh `mollieClient.payments.get(id)` (classic webhooks are unsigned)', docs: 'https://docs.mollie.com/reference/webhooks' }, line: 5, column: 21 }],
    },
    {
      name: 'Mollie webhook passes the posted id to a package function, not project code',
      code: "import express from 'express';\nimport { markOrderPaid } from '@acme/orders';\nconst app = express();\napp.post('/mollie/webhook', express.urlencoded({ extended: true }), async (req, res) => {\n  await markOrderPaid(req.body.id);\n  res.sendStatus(200);\n});",
      errors: [{ messageId: 'missingVerification', data: { provider: 'Mollie', verifier: 'a fresh `mollieClient.payments.get(id)` (classic webhooks are unsigned)', docs: 'https://docs.mollie.com/reference/webhooks' }, line: 5, column: 23 }],
    },
    {
      name: 'NestJS Mollie controller reads the posted amount as well as the id',
      code: "import { Body, Controller, Post } from '@nestjs/common';\nimport { MollieService } from './mollie.service';\n@Controller('payments')\nexport class MollieController {\n  constructor(private mollieService: MollieService) {}\n  @Post('mollie/webhook')\n  async webhook(@Body() body: any) {\n    await this.mollieService.credit(body.id, body.amount);\n  }\n}",
      errors: [{ messageId: 'missingVerification', data: { provider: 'Mollie', verifier: 'a fresh `mollieClient.payments.get(id)` (classic webhooks are unsigned)', docs: 'https://docs.mollie.com/reference/webhooks' }, line: 8, column: 37 }],
    },
    {
      name: 'Express Stripe webhook that trusts req.body',
      code: `${STRIPE}app.use(express.json());
app.post('/webhook', async (req, res) => {
  const event = req.body;
  if (event.type === 'payment_intent.succeeded') await markOrderPaid(event.data.object.metadata.orderId);
  res.json({ received: true });
});`,
      errors: [
        {
          messageId: 'missingVerification',
          data: { provider: 'Stripe', verifier: STRIPE_VERIFIER, docs: STRIPE_DOCS },
          line: 8,
          column: 7,
          endColumn: 17,
        },
      ],
    },
    {
      name: 'reads stripe-signature but never verifies',
      code: "import express from 'express';\nconst app = express();\napp.post('/payments/events', express.json(), (req, res) => {\n  const signature = req.headers['stripe-signature'];\n  if (!signature) return res.sendStatus(400);\n  const { type, data } = req.body;\n  handle(type, data);\n  res.sendStatus(200);\n});",
      errors: [
        {
          messageId: 'missingVerification',
          data: { provider: 'Stripe', verifier: STRIPE_VERIFIER, docs: STRIPE_DOCS },
          line: 6,
          column: 9,
        },
      ],
    },
    {
      name: 'Next.js route handler parsing the event without verification',
      filename: 'src/app/api/webhooks/stripe/route.ts',
      code: "import Stripe from 'stripe';\nimport { NextResponse } from 'next/server';\nexport async function POST(req: Request) {\n  const event = (await req.json()) as Stripe.Event;\n  switch (event.type) {\n    case 'checkout.session.completed':\n      await fulfil(event.data.object);\n  }\n  return NextResponse.json({ ok: true });\n}",
      errors: [
        {
          messageId: 'missingVerification',
          data: { provider: 'Stripe', verifier: STRIPE_VERIFIER, docs: STRIPE_DOCS },
          line: 5,
          column: 11,
        },
      ],
    },
    {
      name: 'Razorpay verification result ignored',
      code: "import express from 'express';\nimport Razorpay from 'razorpay';\nconst app = express();\napp.post('/razorpay/webhook', express.raw({ type: 'application/json' }), (req, res) => {\n  Razorpay.validateWebhookSignature(req.body.toString(), req.headers['x-razorpay-signature'] as string, SECRET);\n  const event = JSON.parse(req.body.toString());\n  capture(event.payload.payment.entity);\n  res.sendStatus(200);\n});",
      errors: [
        {
          messageId: 'uncheckedResult',
          data: { verifier: 'validateWebhookSignature', provider: 'Razorpay', docs: 'https://razorpay.com/docs/webhooks/validate-test/' },
          line: 5,
          column: 3,
        },
      ],
    },
    {
      name: 'Square check that responds but does not return',
      code: "import express from 'express';\nimport { WebhooksHelper } from 'square';\nconst app = express();\napp.post('/square/webhook', express.text({ type: '*/*' }), async (req, res) => {\n  const isValid = await WebhooksHelper.verifySignature({ requestBody: req.body, signatureHeader: req.get('x-square-hmacsha256-signature')!, signatureKey: KEY, notificationUrl: URL_ });\n  if (!isValid) {\n    res.sendStatus(403);\n  }\n  const event = JSON.parse(req.body);\n  await save(event.data.id);\n  res.sendStatus(200);\n});",
      errors: [
        {
          messageId: 'uncheckedResult',
          data: { verifier: 'WebhooksHelper.verifySignature', provider: 'Square', docs: 'https://developer.squareup.com/docs/webhooks/step3validate' },
          line: 5,
          column: 25,
        },
      ],
    },
    {
      name: 'Adyen notification items used without HMAC validation',
      code: "import express from 'express';\nconst app = express();\napp.use(express.json());\napp.post('/adyen/notifications', (req, res) => {\n  for (const { NotificationRequestItem: item } of req.body.notificationItems) {\n    if (item.eventCode === 'AUTHORISATION' && item.success === 'true') confirm(item.merchantReference);\n  }\n  res.send('[accepted]');\n});",
      errors: [
        {
          messageId: 'missingVerification',
          data: {
            provider: 'Adyen',
            verifier: '`new hmacValidator().validateHMAC(notificationItem, hmacKey)`',
            docs: 'https://docs.adyen.com/development-resources/webhooks/verify-hmac-signatures/',
          },
          line: 5,
          column: 51,
        },
      ],
    },
    {
      name: 'PayPal verification requested but status never checked',
      code: "import express from 'express';\nconst app = express();\napp.use(express.json());\napp.post('/paypal/webhook', async (req, res) => {\n  await fetch('https://api-m.paypal.com/v1/notifications/verify-webhook-signature', { method: 'POST', body: JSON.stringify({ transmission_sig: req.headers['paypal-transmission-sig'], webhook_event: req.body }) });\n  if (req.body.event_type === 'PAYMENT.CAPTURE.COMPLETED') await markPaid(req.body.resource.id);\n  res.sendStatus(200);\n});",
      errors: [
        {
          messageId: 'uncheckedResult',
          data: { verifier: 'verify-webhook-signature', provider: 'PayPal', docs: 'https://developer.paypal.com/api/rest/webhooks/' },
          line: 5,
          column: 9,
        },
      ],
    },
    {
      name: 'Lambda handler parsing the Stripe event body',
      filename: 'functions/stripe-webhook.ts',
      code: "import Stripe from 'stripe';\nexport const handler = async (event: { body: string; headers: Record<string, string> }) => {\n  const payload = JSON.parse(event.body);\n  if (payload.type === 'charge.refunded') await refund(payload.data.object.id);\n  return { statusCode: 200 };\n};",
      errors: [
        {
          messageId: 'missingVerification',
          data: { provider: 'Stripe', verifier: STRIPE_VERIFIER, docs: STRIPE_DOCS },
          line: 4,
          column: 7,
        },
      ],
    },
    {
      name: 'Koa router webhook trusting ctx.request.body',
      code: "import Router from '@koa/router';\nimport Stripe from 'stripe';\nconst router = new Router();\nrouter.post('/webhooks/stripe', async (ctx) => {\n  const { type, data } = ctx.request.body;\n  await handle(type, data);\n  ctx.status = 200;\n});\nexport default router;",
      errors: [
        {
          messageId: 'missingVerification',
          data: { provider: 'Stripe', verifier: STRIPE_VERIFIER, docs: STRIPE_DOCS },
          line: 5,
          column: 9,
        },
      ],
    },
    {
      name: 'Pages Router API route for Razorpay',
      filename: 'pages/api/webhooks/razorpay.ts',
      code: "import type { NextApiRequest, NextApiResponse } from 'next';\nimport Razorpay from 'razorpay';\nexport default async function handler(req: NextApiRequest, res: NextApiResponse) {\n  if (req.body.event === 'payment.captured') await markPaid(req.body.payload.payment.entity.order_id);\n  res.status(200).end();\n}",
      errors: [
        {
          messageId: 'missingVerification',
          data: { provider: 'Razorpay', verifier: '`validateWebhookSignature(rawBody, signature, webhookSecret)`', docs: 'https://razorpay.com/docs/webhooks/validate-test/' },
          line: 4,
          column: 7,
        },
      ],
    },
    {
      name: 'Mollie webhook trusting the posted id without re-fetching',
      code: "import express from 'express';\nimport createMollieClient from '@mollie/api-client';\nconst mollie = createMollieClient({ apiKey: process.env.MOLLIE_API_KEY! });\nconst app = express();\napp.post('/mollie/webhook', express.urlencoded({ extended: true }), async (req, res) => {\n  await db.orders.update({ status: 'paid' }, { where: { molliePaymentId: req.body.id } });\n  res.sendStatus(200);\n});",
      errors: [
        {
          messageId: 'missingVerification',
          data: { provider: 'Mollie', verifier: 'a fresh `mollieClient.payments.get(id)` (classic webhooks are unsigned)', docs: 'https://docs.mollie.com/reference/webhooks' },
          line: 6,
          column: 74,
        },
      ],
    },
    {
      name: 'payload passed to a same-file helper that uses it',
      code: `${STRIPE}function handleEvent(event: any) {
  if (event.type === 'invoice.paid') provision(event.data.object.customer);
}
app.post('/webhook', express.json(), (req, res) => {
  handleEvent(req.body);
  res.sendStatus(200);
});`,
      errors: [
        {
          messageId: 'missingVerification',
          data: { provider: 'Stripe', verifier: STRIPE_VERIFIER, docs: STRIPE_DOCS },
          line: 6,
          column: 7,
        },
      ],
    },
    {
      name: 'CommonJS webhook handler named like a webhook',
      code: "const express = require('express');\nconst stripe = require('stripe')(process.env.STRIPE_KEY);\nconst app = express();\napp.use(express.json());\nasync function stripeWebhookHandler(req, res) {\n  if (req.body.type === 'checkout.session.completed') await fulfil(req.body.data.object);\n  res.end();\n}\napp.post('/api/events', stripeWebhookHandler);",
      ...commonjs,
      errors: [
        {
          messageId: 'missingVerification',
          data: { provider: 'Stripe', verifier: STRIPE_VERIFIER, docs: STRIPE_DOCS },
          line: 6,
          column: 7,
        },
      ],
    },
    {
      name: 'NestJS controller trusting @Body()',
      code: "import { Controller, Post, Body } from '@nestjs/common';\nimport Stripe from 'stripe';\n@Controller('webhooks')\nexport class StripeWebhookController {\n  @Post('stripe')\n  async handle(@Body() body: Stripe.Event) {\n    if (body.type === 'invoice.paid') await this.activate(body.data.object);\n  }\n  private async activate(_: unknown) {}\n}",
      errors: [
        {
          messageId: 'missingVerification',
          data: { provider: 'Stripe', verifier: STRIPE_VERIFIER, docs: STRIPE_DOCS },
          line: 7,
          column: 9,
        },
      ],
    },
    {
      name: 'Fastify webhook reading the stripe-signature header only for logging',
      code: "import Fastify from 'fastify';\nconst app = Fastify();\napp.post('/hooks/payments', async (request, reply) => {\n  request.log.info({ sig: request.headers['stripe-signature'] });\n  const event = request.body as { type: string; data: { object: { id: string } } };\n  await markPaid(event.data.object.id);\n  return reply.send({ ok: true });\n});",
      errors: [
        {
          messageId: 'missingVerification',
          data: { provider: 'Stripe', verifier: STRIPE_VERIFIER, docs: STRIPE_DOCS },
          line: 6,
          column: 18,
        },
      ],
    },
    {
      name: 'Hono webhook trusting c.req.json()',
      code: "import { Hono } from 'hono';\nimport Stripe from 'stripe';\nconst app = new Hono();\napp.post('/stripe/webhook', async (c) => {\n  const event = await c.req.json<Stripe.Event>();\n  if (event.type === 'charge.refunded') await refund(event.data.object.id);\n  return c.text('ok');\n});",
      errors: [
        {
          messageId: 'missingVerification',
          data: { provider: 'Stripe', verifier: STRIPE_VERIFIER, docs: STRIPE_DOCS },
          line: 6,
          column: 7,
        },
      ],
    },
    {
      name: 'Square verifySignature without await (Fastify)',
      code: "import type { FastifyInstance } from 'fastify';\nimport { WebhooksHelper } from 'square';\nexport async function routes(app: FastifyInstance) {\n  app.post<{ Body: string }>('/webhooks/square', async (request, reply) => {\n    const valid = WebhooksHelper.verifySignature({ requestBody: request.body, signatureHeader: String(request.headers['x-square-hmacsha256-signature']), signatureKey: KEY, notificationUrl: URL_ });\n    if (!valid) return reply.code(403).send();\n    const event = JSON.parse(request.body);\n    await update(event.data.id);\n    return reply.code(200).send();\n  });\n}",
      errors: [
        {
          messageId: 'notAwaited',
          data: { verifier: 'WebhooksHelper.verifySignature', provider: 'Square', docs: 'https://developer.squareup.com/docs/webhooks/step3validate' },
          line: 5,
          column: 19,
        },
      ],
    },
    {
      name: 'constructEventAsync without await',
      filename: 'app/api/webhooks/stripe/route.ts',
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport async function POST(request: Request) {\n  const body = await request.text();\n  stripe.webhooks.constructEventAsync(body, request.headers.get('stripe-signature')!, WHSEC);\n  const event = JSON.parse(body);\n  await fulfil(event.data.object.id);\n  return new Response('ok');\n}",
      errors: [
        {
          messageId: 'notAwaited',
          data: { verifier: 'webhooks.constructEventAsync', provider: 'Stripe', docs: STRIPE_DOCS },
          line: 5,
          column: 3,
        },
      ],
    },
    {
      name: 'provider-named webhook path in a file that uses the SDK through another module',
      code: "const express = require('express');\nconst router = express.Router();\nrouter.post('/webhooks/paypal/disputes', express.json(), async (req, res) => {\n  const event = req.body;\n  if (event.event_type === 'CUSTOMER.DISPUTE.CREATED') await openCase(event.resource.dispute_id);\n  return res.sendStatus(200);\n});\nmodule.exports = router;",
      ...commonjs,
      errors: [
        {
          messageId: 'missingVerification',
          data: { provider: 'PayPal', verifier: 'the verify-webhook-signature API (and check `verification_status === "SUCCESS"`)', docs: 'https://developer.paypal.com/api/rest/webhooks/' },
          line: 5,
          column: 7,
        },
      ],
    },
    {
      name: 'Adyen notification route named by a weak word in an Adyen file',
      code: "import express from 'express';\nimport { Client } from '@adyen/api-library';\nconst app = express();\napp.use(express.json());\napp.post('/api/notify', (req, res) => {\n  const items = req.body.items;\n  items.forEach(handle);\n  res.send('[accepted]');\n});",
      errors: [
        {
          messageId: 'missingVerification',
          data: {
            provider: 'Adyen',
            verifier: '`new hmacValidator().validateHMAC(notificationItem, hmacKey)`',
            docs: 'https://docs.adyen.com/development-resources/webhooks/verify-hmac-signatures/',
          },
          line: 6,
          column: 17,
        },
      ],
    },
    {
      name: 'NestJS payload passed to a class method that uses it',
      code: "import { Controller, Post, Body } from '@nestjs/common';\n@Controller('webhooks/stripe')\nexport class StripeHooks {\n  @Post()\n  receive(@Body() body: any) {\n    return this.apply(body);\n  }\n  private apply(event: any) {\n    return event.data.object.id;\n  }\n}",
      errors: [
        {
          messageId: 'missingVerification',
          data: { provider: 'Stripe', verifier: STRIPE_VERIFIER, docs: STRIPE_DOCS },
          line: 9,
          column: 12,
        },
      ],
    },
    {
      name: 'CommonJS controller exported for a router in another file',
      code: "const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);\nexports.handleStripeWebhook = async (req, res) => {\n  const event = req.body;\n  if (event.type === 'payment_intent.succeeded') await markPaid(event.data.object.id);\n  res.json({ received: true });\n};",
      ...commonjs,
      errors: [
        {
          messageId: 'missingVerification',
          data: { provider: 'Stripe', verifier: STRIPE_VERIFIER, docs: STRIPE_DOCS },
          line: 4,
          column: 7,
        },
      ],
    },
    {
      name: 'controller class method in a webhook controller',
      code: "import type { Request, Response } from 'express';\nimport Razorpay from 'razorpay';\nexport class RazorpayWebhookController {\n  async handle(req: Request, res: Response) {\n    if (req.body.event === 'payment.captured') await this.capture(req.body.payload.payment.entity.id);\n    res.sendStatus(200);\n  }\n  private async capture(_: string) {}\n}",
      errors: [
        {
          messageId: 'missingVerification',
          data: { provider: 'Razorpay', verifier: '`validateWebhookSignature(rawBody, signature, webhookSecret)`', docs: 'https://razorpay.com/docs/webhooks/validate-test/' },
          line: 5,
          column: 9,
        },
      ],
    },
  ],
});

// Payment callbacks of providers outside the webhook catalog (M-Pesa and unknown providers).
const MPESA = {
  provider: 'M-Pesa',
  verifier:
    "re-query the transaction from Safaricom (STK Push Query `/mpesa/stkpushquery/v1/query` or the Transaction Status API) and accept callbacks only from Safaricom's published IP addresses",
  docs: 'https://developer.safaricom.co.ke/APIs/MpesaExpressQuery',
};
const GENERIC = {
  provider: 'payment',
  verifier:
    "verify the provider's signature if it signs callbacks, or re-query the transaction from the provider by its id, and accept callbacks only from the provider's IP addresses or with a secret you put in the callback URL",
  docs: 'https://cwe.mitre.org/data/definitions/345.html',
};
const EXPRESS_ORDERS = "const express = require('express');\nconst Order = require('../models/Order');\nconst router = express.Router();\n";

ruleTester.run('require-webhook-signature-verification (payment callbacks)', rule, {
  valid: [
    {
      name: 'M-Pesa STK callback that re-queries the transaction before marking the order paid',
      code: `${EXPRESS_ORDERS}const axios = require('axios');
router.post('/mpesa/callback', async (req, res) => {
  const cb = req.body.Body.stkCallback;
  const { data } = await axios.post('https://api.safaricom.co.ke/mpesa/stkpushquery/v1/query', { CheckoutRequestID: cb.CheckoutRequestID }, { headers: await auth() });
  if (data.ResultCode === '0') await Order.updateOne({ checkoutRequestId: cb.CheckoutRequestID }, { $set: { status: 'paid' } });
  res.json({ ResultCode: 0, ResultDesc: 'Accepted' });
});
module.exports = router;`,
      ...commonjs,
    },
    {
      name: 'M-Pesa callback behind an IP allow-list check',
      code: `${EXPRESS_ORDERS}const SAFARICOM_IPS = process.env.SAFARICOM_IPS.split(',');
router.post('/mpesa/callback', async (req, res) => {
  if (!SAFARICOM_IPS.includes(req.ip)) return res.sendStatus(403);
  const cb = req.body.Body.stkCallback;
  if (cb.ResultCode === 0) await Order.updateOne({ checkoutRequestId: cb.CheckoutRequestID }, { $set: { status: 'paid' } });
  res.json({ ResultCode: 0 });
});
module.exports = router;`,
      ...commonjs,
    },
    {
      name: 'M-Pesa callback with allow-list middleware',
      code: `${EXPRESS_ORDERS}const { safaricomIpWhitelist } = require('../middleware/ip');
router.post('/mpesa/callback', safaricomIpWhitelist, async (req, res) => {
  const cb = req.body.Body.stkCallback;
  if (cb.ResultCode === 0) await Order.updateOne({ checkoutRequestId: cb.CheckoutRequestID }, { $set: { status: 'paid' } });
  res.json({ ResultCode: 0 });
});
module.exports = router;`,
      ...commonjs,
    },
    {
      name: 'callback URL carries a secret the handler checks',
      code: `${EXPRESS_ORDERS}router.post('/mpesa/callback/:secret', async (req, res) => {
  if (req.params.secret !== process.env.MPESA_CALLBACK_SECRET) return res.sendStatus(404);
  const cb = req.body.Body.stkCallback;
  if (cb.ResultCode === 0) await Order.updateOne({ checkoutRequestId: cb.CheckoutRequestID }, { $set: { status: 'paid' } });
  res.json({ ResultCode: 0 });
});
module.exports = router;`,
      ...commonjs,
    },
    {
      name: 'callback that only logs and acknowledges the metadata',
      code: `const express = require('express');
const app = express();
app.use(express.json());
app.post('/callback', (req, res) => {
  const callbackData = req.body;
  if (!callbackData?.Body?.stkCallback?.CallbackMetadata) return res.status(400).json({ error: 'No metadata' });
  console.log('metadata', callbackData.Body.stkCallback.CallbackMetadata);
  res.json({ message: 'received', data: callbackData.Body.stkCallback.CallbackMetadata });
});`,
      ...commonjs,
    },
    {
      name: 'callback stores the raw payload for a worker that queries the transaction',
      code: `${EXPRESS_ORDERS}const CallbackLog = require('../models/CallbackLog');
router.post('/mpesa/callback', async (req, res) => {
  await CallbackLog.create({ payload: req.body, receivedAt: new Date(), state: 'received' });
  res.json({ ResultCode: 0 });
});
module.exports = router;`,
      ...commonjs,
    },
    {
      name: 'a transcoding job callback marks the job completed (not a payment record)',
      code: `const express = require('express');
const Job = require('../models/Job');
const app = express();
app.post('/transcode/callback', async (req, res) => {
  const job = await Job.findById(req.body.jobId);
  if (req.body.state === 'done') { job.status = 'completed'; await job.save(); }
  res.sendStatus(204);
});`,
      ...commonjs,
    },
    {
      name: 'callback answers with a paid flag but stores nothing',
      code: `const express = require('express');
const app = express();
app.post('/payment/callback', (req, res) => {
  if (req.body.ResultCode === 0) return res.json({ status: 'paid' });
  res.json({ status: 'failed' });
});`,
      ...commonjs,
    },
    {
      name: 'PayPal return callback that captures the order with the provider first',
      code: `import express from 'express';
import { Order } from './models';
const app = express();
app.get('/paypal/callback', async (req, res) => {
  const capture = await fetch(\`\${process.env.PAYPAL_API}/v2/checkout/orders/\${req.query.orderId}/capture\`, { method: 'POST', headers: await paypalHeaders() });
  const result = await capture.json();
  if (result.status === 'COMPLETED') await Order.updateOne({ paypalOrderId: req.query.orderId }, { status: 'paid' });
  res.redirect('/thanks');
});`,
    },
    {
      name: 'Stripe webhook route is left to the webhook checks (verified with constructEvent)',
      code: `${STRIPE}app.post('/stripe/callback', express.raw({ type: 'application/json' }), async (req, res) => {
  const event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, secret);
  if (event.type === 'checkout.session.completed') await Order.updateOne({ sessionId: event.data.object.id }, { status: 'paid' });
  res.json({ received: true });
});`,
    },
    {
      name: 'logged-in user route named callback (auth middleware)',
      code: `${EXPRESS_ORDERS}const { requireAuth } = require('../middleware/auth');
router.post('/checkout/callback', requireAuth, async (req, res) => {
  if (req.body.ResultCode === 0) await Order.updateOne({ _id: req.body.orderId }, { status: 'paid' });
  res.json({ ok: true });
});
module.exports = router;`,
      ...commonjs,
    },
    {
      name: 'callback that calls a transaction-status query helper from another module',
      code: `${EXPRESS_ORDERS}const { queryStkStatus } = require('../mpesa');
router.post('/mpesa/callback', async (req, res) => {
  const cb = req.body.Body.stkCallback;
  const status = await queryStkStatus(cb.CheckoutRequestID);
  if (status.ResultCode === '0') await Order.updateOne({ checkoutRequestId: cb.CheckoutRequestID }, { status: 'paid' });
  res.json({ ResultCode: 0 });
});
module.exports = router;`,
      ...commonjs,
    },
    {
      name: 'Firebase callback that only sends a payment-success e-mail',
      code: `const functions = require('firebase-functions');
const { sendPaymentSuccessEmail } = require('./mail');
exports.mpesaCallback = functions.https.onRequest(async (req, res) => {
  if (req.body.Body.stkCallback.ResultCode === 0) await sendPaymentSuccessEmail(req.body.Body.stkCallback.MerchantRequestID);
  res.json({ ResultCode: 0 });
});`,
      ...commonjs,
    },
    {
      name: 'a marking route that reads nothing from the request',
      code: `${EXPRESS_ORDERS}router.post('/cron/callback', async (_req, res) => {
  await Order.updateMany({ status: 'pending', expiresAt: { $lt: new Date() } }, { status: 'expired' });
  res.sendStatus(204);
});
module.exports = router;`,
      ...commonjs,
    },
  ],
  invalid: [
    {
      name: 'Express M-Pesa STK callback marks the order paid from ResultCode',
      code: `${EXPRESS_ORDERS}router.post('/mpesa/callback', async (req, res) => {
  const { Body } = req.body;
  const cb = Body.stkCallback;
  if (cb.ResultCode === 0) {
    await Order.updateOne({ checkoutRequestId: cb.CheckoutRequestID }, { $set: { status: 'paid', receipt: cb.CallbackMetadata.Item[1].Value } });
  }
  res.json({ ResultCode: 0, ResultDesc: 'Accepted' });
});
module.exports = router;`,
      ...commonjs,
      errors: [{ messageId: 'unverifiedCallback', data: { ...MPESA, effect: 'marks a payment as paid' }, line: 8, column: 82 }],
    },
    {
      name: 'Next.js App Router M-Pesa callback updates Supabase rows to paid',
      filename: 'app/api/mpesa/callback/route.ts',
      code: `import { supabase } from '@/lib/supabaseClient';
export async function POST(req: Request) {
  const body = await req.json();
  const callback = body?.Body?.stkCallback;
  if (callback?.ResultCode === 0) {
    await supabase.from('orders').update({ status: 'paid' }).eq('checkout_request_id', callback.CheckoutRequestID);
  }
  return Response.json({ ResultCode: 0 });
}`,
      errors: [{ messageId: 'unverifiedCallback', data: { ...MPESA, effect: 'marks a payment as paid' }, line: 6, column: 44 }],
    },
    {
      name: 'C2B confirmation credits a wallet with TransAmount',
      code: `const express = require('express');
const Wallet = require('../models/Wallet');
const router = express.Router();
router.post('/c2b/confirmation', async (req, res) => {
  const { TransAmount, BillRefNumber } = req.body;
  await Wallet.findOneAndUpdate({ account: BillRefNumber }, { $inc: { balance: Number(TransAmount) } });
  res.json({ ResultCode: 0, ResultDesc: 'Accepted' });
});
module.exports = router;`,
      ...commonjs,
      errors: [{ messageId: 'unverifiedCallback', data: { ...MPESA, effect: 'credits a balance' }, line: 6, column: 71 }],
    },
    {
      name: 'controller export issues a voucher after an early return on ResultCode',
      filename: 'controllers/paymentController.js',
      code: `const Voucher = require('../models/Voucher');
exports.mpesaCallback = async (req, res) => {
  const result = req.body.Body.stkCallback;
  if (result.ResultCode !== 0) return res.json({ ResultCode: 0 });
  const voucher = await Voucher.create({ code: newCode(), minutes: 60 });
  res.json({ ResultCode: 0, voucher: voucher.code });
};`,
      ...commonjs,
      errors: [{ messageId: 'unverifiedCallback', data: { ...MPESA, effect: 'grants what was bought (a voucher, subscription or plan)' }, line: 5, column: 25 }],
    },
    {
      name: 'unknown provider callback trusts the posted STATUS and completes the order',
      code: `import express from 'express';
import { Order } from '../models/order';
const app = express();
app.use(express.urlencoded({ extended: true }));
app.post('/payment/callback', async (req, res) => {
  const order = await Order.findById(req.body.ORDERID);
  if (req.body.STATUS === 'TXN_SUCCESS') {
    order.status = 'completed';
    await order.save();
  }
  res.redirect('/orders');
});`,
      errors: [{ messageId: 'unverifiedCallback', data: { ...GENERIC, effect: 'marks a payment as paid' }, line: 8, column: 5 }],
    },
    {
      name: 'Prisma credits increment in a TypeScript callback route',
      filename: 'src/routes/stk.ts',
      code: `import { Router } from 'express';
import { prisma } from '../db';
export const router = Router();
router.post('/stk/callback', async (req, res) => {
  const { stkCallback } = req.body.Body;
  if (stkCallback.ResultCode === 0) {
    const amount = stkCallback.CallbackMetadata.Item.find((i: any) => i.Name === 'Amount').Value;
    await prisma.user.update({ where: { checkoutId: stkCallback.CheckoutRequestID }, data: { credits: { increment: amount } } });
  }
  res.json({ ResultCode: 0 });
});`,
      errors: [{ messageId: 'unverifiedCallback', data: { ...MPESA, effect: 'credits a balance' }, line: 8, column: 94 }],
    },
    {
      name: 'Firebase onRequest callback (named by its export) marks the job paid',
      code: `const functions = require('firebase-functions');
const admin = require('firebase-admin');
const db = admin.firestore();
exports.mpesaCallback = functions.https.onRequest(async (req, res) => {
  const stkCallback = req.body.Body.stkCallback;
  if (stkCallback.ResultCode === 0) {
    await db.collection('jobs').doc(stkCallback.MerchantRequestID).update({ paymentStatus: 'Paid' });
  }
  res.json({ ResultCode: 0 });
});`,
      ...commonjs,
      errors: [{ messageId: 'unverifiedCallback', data: { ...MPESA, effect: 'marks a payment as paid' }, line: 7, column: 77 }],
    },
    {
      name: 'Next.js callback hands a successful payment to an imported processPaymentSuccess',
      filename: 'app/api/mpesa/callback/route.ts',
      code: `import { processPaymentSuccess } from '@/lib/mpesa';
export async function POST(req: Request) {
  const body = await req.json();
  const cb = body.Body.stkCallback;
  if (cb.ResultCode === 0) await processPaymentSuccess(cb.CheckoutRequestID);
  return Response.json({ ResultCode: 0 });
}`,
      errors: [{ messageId: 'unverifiedCallback', data: { ...MPESA, effect: 'fulfils an order' }, line: 5, column: 34 }],
    },
    {
      name: 'callback calls a same-file helper that marks the order paid',
      code: `${EXPRESS_ORDERS}async function markPaid(checkoutId, receipt) {
  await Order.updateOne({ checkoutRequestId: checkoutId }, { isPaid: true, paidAt: new Date(), receipt });
}
router.post('/callback', async (req, res) => {
  const cb = req.body.Body.stkCallback;
  if (cb.ResultCode == 0) await markPaid(cb.CheckoutRequestID, cb.CallbackMetadata.Item[1].Value);
  res.json({ ResultCode: 0 });
});
module.exports = router;`,
      ...commonjs,
      errors: [{ messageId: 'unverifiedCallback', data: { ...MPESA, effect: 'marks a payment as paid' }, line: 9, column: 33 }],
    },
  ],
});

// Checkout signature checks whose result does not protect the payment code.
const RAZORPAY_VERIFY = "const express = require('express');\nconst crypto = require('crypto');\nconst Order = require('../models/Order');\nconst router = express.Router();\n";
const HMAC = "crypto.createHmac('sha256', process.env.RAZORPAY_KEY_SECRET).update(razorpay_order_id + '|' + razorpay_payment_id).digest('hex')";

ruleTester.run('require-webhook-signature-verification (signature check results)', rule, {
  valid: [
    {
      name: 'Next.js verify route hands the typed verdict to unknown code (not only reported)',
      filename: 'app/api/razorpay/verify/route.ts',
      code: `import crypto from 'crypto';
export async function POST(request: Request) {
  const { razorpay_order_id, razorpay_payment_id, razorpay_signature } = await request.json();
  const expected = ${HMAC};
  return Response.json(await settle({ verified: expected === razorpay_signature } satisfies VerifyResult));
}`,
    },
    {
      name: 'verified branch marks the order bound to the signed Razorpay order id as paid',
      code: `${RAZORPAY_VERIFY}router.post('/payment/verify', async (req, res) => {
  const { razorpay_order_id, razorpay_payment_id, razorpay_signature } = req.body;
  const expected = ${HMAC};
  if (expected !== razorpay_signature) return res.status(400).json({ verified: false });
  await Order.findOneAndUpdate({ razorpayOrderId: razorpay_order_id }, { status: 'paid', paymentId: razorpay_payment_id });
  res.json({ verified: true });
});
module.exports = router;`,
      ...commonjs,
    },
    {
      name: 'client order id checked against the stored Razorpay order id before marking it paid',
      code: `${RAZORPAY_VERIFY}router.post('/payment/verify', async (req, res) => {
  const { razorpay_order_id, razorpay_payment_id, razorpay_signature, orderId } = req.body;
  const expected = ${HMAC};
  if (expected !== razorpay_signature) return res.status(400).json({ verified: false });
  const order = await Order.findById(orderId);
  if (order.razorpayOrderId !== razorpay_order_id) return res.status(400).json({ verified: false });
  await Order.findByIdAndUpdate(orderId, { paid: true });
  res.json({ verified: true });
});
module.exports = router;`,
      ...commonjs,
    },
    {
      name: 'signature computed over the stored order id (bound by construction)',
      code: `const express = require('express');
const crypto = require('crypto');
const Order = require('../models/Order');
const router = express.Router();
router.post('/payment/verify', async (req, res) => {
  const order = await Order.findById(req.body.orderId);
  const expected = crypto.createHmac('sha256', process.env.RAZORPAY_KEY_SECRET).update(order.razorpayOrderId + '|' + req.body.razorpay_payment_id).digest('hex');
  if (expected === req.body.razorpay_signature) {
    await Order.findByIdAndUpdate(req.body.orderId, { paid: true });
    return res.json({ verified: true });
  }
  res.status(400).json({ verified: false });
});
module.exports = router;`,
      ...commonjs,
    },
    {
      name: 'verification result decides a response and the payment is recorded in the verified branch',
      code: `${RAZORPAY_VERIFY}router.post('/verify', async (req, res) => {
  const { razorpay_order_id, razorpay_payment_id, razorpay_signature } = req.body;
  const expected = ${HMAC};
  const isValid = expected === razorpay_signature;
  if (isValid) await Order.updateOne({ razorpayOrderId: razorpay_order_id }, { $set: { isPaid: true } });
  res.json({ verified: isValid });
});
module.exports = router;`,
      ...commonjs,
    },
    {
      name: 'check in a helper that returns the result (unknown use, not judged)',
      code: `${RAZORPAY_VERIFY}function checkSignature(body) {
  const { razorpay_order_id, razorpay_payment_id, razorpay_signature } = body;
  return ${HMAC} === razorpay_signature;
}
router.post('/verify', async (req, res) => {
  res.json({ ok: checkSignature(req.body) });
});
module.exports = router;`,
      ...commonjs,
    },
    {
      name: 'webhook that verifies the header signature and only acknowledges',
      code: `const express = require('express');
const crypto = require('crypto');
const app = express();
app.post('/razorpay/webhook', express.raw({ type: 'application/json' }), (req, res) => {
  const expected = crypto.createHmac('sha256', process.env.RAZORPAY_WEBHOOK_SECRET).update(req.body).digest('hex');
  if (expected === req.headers['x-razorpay-signature']) res.json({ received: true });
  else res.status(400).end();
});`,
      ...commonjs,
    },
    {
      name: 'positive check whose else branch returns guards the code after the if',
      code: `${RAZORPAY_VERIFY}router.post('/payment/verify', async (req, res) => {
  const { razorpay_order_id, razorpay_payment_id, razorpay_signature } = req.body;
  const expected = ${HMAC};
  if (expected === razorpay_signature) {
    console.log('signature ok');
  } else {
    return res.status(400).json({ verified: false });
  }
  await Order.findOneAndUpdate({ razorpayOrderId: razorpay_order_id }, { status: 'paid' });
  res.json({ verified: true });
});
module.exports = router;`,
      ...commonjs,
    },
    {
      name: 'verify endpoint that records the payment id after the check (server action)',
      code: `${RAZORPAY_VERIFY}router.post('/verify', async (req, res) => {
  const { razorpay_order_id, razorpay_payment_id, razorpay_signature } = req.body;
  const expected = ${HMAC};
  const valid = expected === razorpay_signature;
  await Order.updateOne({ razorpayOrderId: razorpay_order_id }, { lastVerification: valid });
  res.json({ valid });
});
module.exports = router;`,
      ...commonjs,
    },
  ],
  invalid: [
    {
      name: 'signature check result only sent back to the browser (nothing recorded on the server)',
      code: `exports.verify = (req, res) => {
  let { response } = req.body;
  let body = response.razorpay_order_id + '|' + response.razorpay_payment_id;
  var crypto = require('crypto');
  var expectedSignature = crypto.createHmac('sha256', process.env.RAZORPAY_SECRET).update(body.toString()).digest('hex');
  var responseNow = { signatureIsValid: 'false' };
  if (expectedSignature === response.razorpay_signature) responseNow = { signatureIsValid: 'true' };
  res.send(responseNow);
};`,
      ...commonjs,
      errors: [{ messageId: 'checkOnlyReported', data: { verifier: 'HMAC signature' }, line: 7, column: 7 }],
    },
    {
      name: 'Next.js verify route returns the verdict only',
      filename: 'app/api/razorpay/verify/route.ts',
      code: `import crypto from 'crypto';
export async function POST(request: Request) {
  const { razorpay_order_id, razorpay_payment_id, razorpay_signature } = await request.json();
  const expected = ${HMAC};
  return Response.json({ verified: expected === razorpay_signature });
}`,
      errors: [{ messageId: 'checkOnlyReported', data: { verifier: 'HMAC signature' }, line: 5, column: 36 }],
    },
    {
      name: 'Next.js verify route returns the verdict only, in a typed body (satisfies)',
      filename: 'app/api/razorpay/verify/route.ts',
      code: `import crypto from 'crypto';
export async function POST(request: Request) {
  const { razorpay_order_id, razorpay_payment_id, razorpay_signature } = await request.json();
  const expected = ${HMAC};
  return Response.json({ verified: expected === razorpay_signature } satisfies VerifyResult);
}`,
      errors: [{ messageId: 'checkOnlyReported', data: { verifier: 'HMAC signature' }, line: 5, column: 36 }],
    },
    {
      name: 'order marked paid whether or not the signature matches',
      code: `${RAZORPAY_VERIFY}router.post('/payment/verify', async (req, res) => {
  const { razorpay_order_id, razorpay_payment_id, razorpay_signature, orderId } = req.body;
  const expected = ${HMAC};
  const isValid = expected === razorpay_signature;
  await Order.findByIdAndUpdate(orderId, { paymentStatus: 'paid', razorpayPaymentId: razorpay_payment_id });
  res.json({ verified: isValid });
});
module.exports = router;`,
      ...commonjs,
      errors: [{ messageId: 'ignoredCheck', data: { verifier: 'HMAC signature', effect: 'marks a payment as paid' }, line: 8, column: 19 }],
    },
    {
      name: 'validatePaymentVerification result only logged, then the order is marked paid',
      code: `import express from 'express';
import { validatePaymentVerification } from 'razorpay/dist/utils/razorpay-utils';
import { Order } from './models';
const app = express();
app.post('/checkout/verify', async (req, res) => {
  const ok = validatePaymentVerification({ order_id: req.body.razorpay_order_id, payment_id: req.body.razorpay_payment_id }, req.body.razorpay_signature, process.env.RAZORPAY_KEY_SECRET!);
  console.log('signature ok?', ok);
  await Order.updateOne({ razorpayOrderId: req.body.razorpay_order_id }, { $set: { status: 'paid' } });
  res.json({ ok: true });
});`,
      errors: [{ messageId: 'ignoredCheck', data: { verifier: '`validatePaymentVerification`', effect: 'marks a payment as paid' }, line: 6, column: 14 }],
    },
    {
      name: 'valid signature, but the order marked paid is the client-chosen orderId',
      code: `${RAZORPAY_VERIFY}router.post('/payment/verify', async (req, res) => {
  const { razorpay_order_id, razorpay_payment_id, razorpay_signature, orderId } = req.body;
  const expected = ${HMAC};
  if (expected !== razorpay_signature) return res.status(400).json({ verified: false });
  await Order.findByIdAndUpdate(orderId, { paid: true });
  res.json({ verified: true });
});
module.exports = router;`,
      ...commonjs,
      errors: [
        {
          messageId: 'unboundCheck',
          data: { signed: '`razorpay_order_id` and `razorpay_payment_id`', effect: 'marks a payment as paid', selector: 'orderId' },
          line: 9,
          column: 44,
        },
      ],
    },
  ],
});
