import rule from '../../rules/no-payment-error-leak.js';
import { commonjs, createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

const EXPRESS_STRIPE = "import express from 'express';\nimport Stripe from 'stripe';\nconst app = express();\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\n";
const STRIPE_DOCS = 'https://docs.stripe.com/error-handling';

const whole = (name: string, sink: string, provider = 'Stripe', docs = STRIPE_DOCS) => ({ provider, name, path: name, sink, docs });

ruleTester.run('no-payment-error-leak', rule, {
  valid: [
    {
      name: 'mapped user-safe message and code',
      code: `${EXPRESS_STRIPE}app.post('/pay', async (req, res) => {\n  try {\n    const pi = await stripe.paymentIntents.create({ amount: 1000, currency: 'usd' });\n    res.json({ clientSecret: pi.client_secret });\n  } catch (err: any) {\n    console.error(err);\n    res.status(402).json({ error: err.type === 'StripeCardError' ? err.message : 'Payment failed', code: err.code });\n  }\n});`,
    },
    {
      name: 'error only tested by && (the message, not the error, is sent)',
      code: `${EXPRESS_STRIPE}app.post('/pay', async (req, res) => {\n  try { await stripe.paymentIntents.confirm(req.body.id); res.sendStatus(200); }\n  catch (err: any) { res.status(402).json({ error: err && err.message }); }\n});`,
    },
    {
      name: 'decline_code alone',
      code: `${EXPRESS_STRIPE}app.post('/pay', async (req, res) => {\n  try { await stripe.paymentIntents.confirm(req.body.id); res.sendStatus(200); }\n  catch (e: any) { res.status(402).send({ decline: e.decline_code }); }\n});`,
    },
    {
      name: 'error passed to next() (error middleware decides)',
      code: `${EXPRESS_STRIPE}app.post('/refund', async (req, res, next) => {\n  try { await stripe.refunds.create({ payment_intent: req.body.pi }); res.sendStatus(204); }\n  catch (err) { next(err); }\n});`,
    },
    {
      name: 'try block without a payment call',
      code: "import express from 'express';\nconst app = express();\napp.get('/x', async (req, res) => {\n  try { await db.query('select 1'); } catch (err) { res.status(500).json(err); }\n});",
    },
    {
      name: 'raw error only logged',
      code: `${EXPRESS_STRIPE}app.post('/pay', async (req, res) => {\n  try { await stripe.charges.capture(req.body.id); res.json({ ok: true }); }\n  catch (err: any) { logger.error({ raw: err.raw, stack: err.stack }); res.status(500).json({ error: 'Internal error' }); }\n});`,
    },
    {
      name: 'stack only in development',
      code: `${EXPRESS_STRIPE}app.post('/pay', async (req, res) => {\n  try { await stripe.paymentIntents.create({ amount: 1, currency: 'usd' }); }\n  catch (err: any) { res.status(500).json({ error: 'failed', stack: process.env.NODE_ENV === 'development' ? err.stack : undefined }); }\n});`,
    },
    {
      name: 'template with the error (message only)',
      code: `${EXPRESS_STRIPE}app.post('/pay', async (req, res) => {\n  try { await stripe.paymentIntents.create({ amount: 1, currency: 'usd' }); }\n  catch (err) { res.status(500).send(\`Payment failed: \${err}\`); }\n});`,
    },
    {
      name: 'error sent outside a request handler (no response object)',
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(k);\nexport async function job(queue: { reply(x: unknown): void }) {\n  try { await stripe.payouts.create({ amount: 100, currency: 'usd' }); } catch (err) { queue.reply(err); }\n}",
    },
    {
      name: 'unknown client in the try block',
      code: "import express from 'express';\nconst app = express();\napp.post('/pay', async (req, res) => {\n  try { await paymentService.charge(req.body); } catch (err) { res.status(500).json(err); }\n});",
    },
    {
      name: 'Square legacy SDK message is a status line',
      code: "import express from 'express';\nimport { Client } from 'square';\nconst app = express();\nconst client = new Client({ accessToken });\napp.post('/pay', async (req, res) => {\n  try { await client.paymentsApi.createPayment(body); } catch (err: any) { res.status(500).json({ error: err.message }); }\n});",
    },
    {
      name: 'promise .catch with a safe body',
      code: `${EXPRESS_STRIPE}app.post('/pay', (req, res) => {\n  stripe.paymentIntents.create({ amount: 1, currency: 'usd' })\n    .then((pi) => res.json({ id: pi.id }))\n    .catch((err) => res.status(402).json({ message: err.message }));\n});`,
    },
    {
      name: 'Next.js route with a generic error',
      filename: 'app/api/checkout/route.ts',
      code: "import { NextResponse } from 'next/server';\nimport Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport async function POST(request: Request) {\n  try {\n    const session = await stripe.checkout.sessions.create({ mode: 'payment', line_items: [] });\n    return NextResponse.json({ url: session.url });\n  } catch (error) {\n    console.error(error);\n    return NextResponse.json({ error: 'Unable to start checkout' }, { status: 500 });\n  }\n}",
    },
    {
      name: 'a different variable named err',
      code: `${EXPRESS_STRIPE}app.post('/pay', async (req, res) => {\n  try { await stripe.paymentIntents.create({ amount: 1, currency: 'usd' }); }\n  catch (e) { const err = new Error('Payment failed'); res.status(500).json({ error: err.message, stack: undefined }); }\n});`,
    },
    {
      name: 'Braintree callback with result message',
      code: "const braintree = require('braintree');\nconst express = require('express');\nconst app = express();\nconst gateway = new braintree.BraintreeGateway({ environment: braintree.Environment.Sandbox, merchantId, publicKey, privateKey });\napp.post('/checkout', (req, res) => {\n  gateway.transaction.sale({ amount: '10.00', paymentMethodNonce: req.body.nonce }, (err, result) => {\n    if (err) { return res.status(500).send({ error: 'Payment failed' }); }\n    res.send({ success: result.success });\n  });\n});",
      ...commonjs,
    },
    {
      name: 'NestJS exception with the message only',
      code: "import { Controller, Post, Body, BadRequestException } from '@nestjs/common';\nimport Stripe from 'stripe';\n@Controller('pay')\nexport class PayController {\n  private stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\n  @Post()\n  async pay(@Body() body: { pm: string }) {\n    try { return await this.stripe.paymentIntents.create({ amount: 100, currency: 'usd', payment_method: body.pm }); }\n    catch (err: any) { throw new BadRequestException(err.message); }\n  }\n}",
    },
    {
      name: 'helper with other parameter names is not a handler',
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(k);\nexport async function refund(id: string, out: { json(x: unknown): void }) {\n  try { await stripe.refunds.create({ payment_intent: id }); } catch (err) { out.json(err); }\n}",
    },
    {
      name: 'Koa with a mapped error',
      code: "import Koa from 'koa';\nimport Stripe from 'stripe';\nconst stripe = new Stripe(k);\nconst app = new Koa();\napp.use(async (ctx) => {\n  try { ctx.body = await stripe.refunds.create({ charge: 'ch_1' }); }\n  catch (err: any) { ctx.status = 500; ctx.body = { error: err.code ?? 'refund_failed' }; }\n});",
    },
  ],
  invalid: [
    {
      name: 'Express res.status().json(err)',
      code: `${EXPRESS_STRIPE}app.post('/pay', async (req, res) => {\n  try {\n    const pi = await stripe.paymentIntents.create({ amount: 1000, currency: 'usd' });\n    res.json(pi);\n  } catch (err) {\n    res.status(500).json(err);\n  }\n});`,
      errors: [{ messageId: 'wholeError', data: whole('err', '`res.json()`'), line: 10, column: 26, endColumn: 29, suggestions: null }],
    },
    {
      name: 'err.raw inside an object',
      code: `${EXPRESS_STRIPE}app.post('/pay', async (req, res) => {\n  try { await stripe.paymentIntents.confirm(req.body.id); }\n  catch (err: any) { return res.status(402).json({ error: err.message, details: err.raw }); }\n});`,
      errors: [{ messageId: 'rawField', data: whole('err.raw', '`res.json()`'), line: 7, column: 81, suggestions: null }],
    },
    {
      name: 'raw field behind an && test of the error',
      code: `${EXPRESS_STRIPE}app.post('/pay', async (req, res) => {\n  try { await stripe.paymentIntents.confirm(req.body.id); res.sendStatus(200); }\n  catch (err: any) { res.status(402).json({ error: err && err.raw }); }\n});`,
      errors: [{ messageId: 'rawField', data: whole('err.raw', '`res.json()`'), line: 7, column: 59, endColumn: 66, suggestions: null }],
    },
    {
      name: 'err.stack with res.send',
      code: `${EXPRESS_STRIPE}app.post('/refund', async (request, response) => {\n  try { await stripe.refunds.create({ payment_intent: request.body.pi }); }\n  catch (error: any) { response.status(500).send({ message: 'failed', stack: error.stack }); }\n});`,
      errors: [{ messageId: 'rawField', data: whole('error.stack', '`response.send()`'), line: 7, column: 78, suggestions: null }],
    },
    {
      name: 'JSON.stringify of the whole error through a const',
      code: `${EXPRESS_STRIPE}app.post('/pay', async (req, res) => {\n  try { await stripe.charges.create({ amount: 1, currency: 'usd', customer: 'cus_1' }); }\n  catch (e) {\n    const body = JSON.stringify({ ok: false, error: e });\n    res.status(500).end(body);\n  }\n});`,
      errors: [{ messageId: 'wholeError', data: whole('e', '`res.end()`'), line: 8, column: 53, suggestions: null }],
    },
    {
      name: 'promise .catch sending the error',
      code: `${EXPRESS_STRIPE}app.post('/pay', (req, res) => {\n  stripe.paymentIntents.create({ amount: 1, currency: 'usd' })\n    .then((pi) => res.json({ id: pi.id }))\n    .catch((err) => res.status(400).send(err));\n});`,
      errors: [{ messageId: 'wholeError', data: whole('err', '`res.send()`'), line: 8, column: 42, suggestions: null }],
    },
    {
      name: 'Next.js App Router NextResponse.json with the error spread',
      filename: 'app/api/pay/route.ts',
      code: "import { NextResponse } from 'next/server';\nimport Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport async function POST(request: Request) {\n  try {\n    const intent = await stripe.paymentIntents.create({ amount: 500, currency: 'eur' });\n    return NextResponse.json({ clientSecret: intent.client_secret });\n  } catch (error) {\n    return NextResponse.json({ ...(error as object) }, { status: 500 });\n  }\n}",
      errors: [{ messageId: 'wholeError', data: whole('error', '`NextResponse.json()`'), line: 9, column: 36, suggestions: null }],
    },
    {
      name: 'Response.json with an aliased Stripe error',
      filename: 'app/api/refund/route.ts',
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport async function POST(req: Request) {\n  try {\n    await stripe.refunds.create({ payment_intent: 'pi_1' });\n    return Response.json({ ok: true });\n  } catch (e) {\n    const stripeError = e as Stripe.errors.StripeError;\n    return Response.json({ error: stripeError.raw }, { status: 500 });\n  }\n}",
      errors: [{ messageId: 'rawField', data: whole('stripeError.raw', '`Response.json()`'), line: 9, column: 35, suggestions: null }],
    },
    {
      name: 'Fastify reply.code().send(err.raw)',
      code: "import Fastify from 'fastify';\nimport Stripe from 'stripe';\nconst stripe = new Stripe(k);\nconst fastify = Fastify();\nfastify.post('/pay', async (request, reply) => {\n  try { return await stripe.paymentIntents.create({ amount: 1, currency: 'usd' }); }\n  catch (err: any) { reply.code(402).send(err.raw); }\n});",
      errors: [{ messageId: 'rawField', data: whole('err.raw', '`reply.send()`'), line: 7, column: 43, suggestions: null }],
    },
    {
      name: 'Koa ctx.body = err',
      code: "import Koa from 'koa';\nimport Stripe from 'stripe';\nconst stripe = new Stripe(k);\nconst app = new Koa();\napp.use(async (ctx) => {\n  try { ctx.body = await stripe.refunds.create({ charge: 'ch_1' }); }\n  catch (err) { ctx.status = 500; ctx.body = err; }\n});",
      errors: [{ messageId: 'wholeError', data: whole('err', '`ctx.body`'), line: 7, column: 46, suggestions: null }],
    },
    {
      name: 'Hono c.json with err.response',
      code: "import { Hono } from 'hono';\nimport Stripe from 'stripe';\nconst stripe = new Stripe(k);\nconst app = new Hono();\napp.post('/pay', async (c) => {\n  try { return c.json(await stripe.paymentIntents.create({ amount: 1, currency: 'usd' })); }\n  catch (err: any) { return c.json({ error: err.response }, 500); }\n});",
      errors: [{ messageId: 'rawField', data: whole('err.response', '`c.json()`'), line: 7, column: 45, suggestions: null }],
    },
    {
      name: 'paypal-rest-sdk callback error in CommonJS',
      code: "const express = require('express');\nconst paypal = require('paypal-rest-sdk');\nconst app = express();\napp.post('/pay', (req, res) => {\n  paypal.payment.create(paymentJson, (error, payment) => {\n    if (error) { res.status(500).json(error.response); return; }\n    res.json(payment);\n  });\n});",
      ...commonjs,
      errors: [{ messageId: 'rawField', data: whole('error.response', '`res.json()`', 'PayPal', 'https://developer.paypal.com/api/rest/responses/'), line: 6, column: 39, suggestions: null }],
    },
    {
      name: 'PayPal server SDK ApiError result',
      code: "import express from 'express';\nimport { Client, OrdersController } from '@paypal/paypal-server-sdk';\nconst app = express();\nconst orders = new OrdersController(new Client({}));\napp.post('/orders', async (req, res) => {\n  try { const { result } = await orders.createOrder({ body }); res.json(result); }\n  catch (error: any) { res.status(error.statusCode ?? 500).json({ error: error.result }); }\n});",
      errors: [{ messageId: 'rawField', data: whole('error.result', '`res.json()`', 'PayPal', 'https://developer.paypal.com/api/rest/responses/'), line: 7, column: 74, suggestions: null }],
    },
    {
      name: 'Square v40 message embeds the response body',
      code: "import express from 'express';\nimport { SquareClient } from 'square';\nconst app = express();\nconst square = new SquareClient({ token: process.env.SQUARE_TOKEN });\napp.post('/pay', async (req, res) => {\n  try { await square.payments.create({ sourceId: req.body.token, idempotencyKey: req.body.key, amountMoney }); }\n  catch (err: any) { res.status(500).json({ error: err.message }); }\n});",
      errors: [{ messageId: 'rawField', data: whole('err.message', '`res.json()`', 'Square', 'https://developer.squareup.com/docs/build-basics/handling-errors'), line: 7, column: 52, suggestions: null }],
    },
    {
      name: 'Lambda handler returning the stack',
      code: "import Stripe from 'stripe';\nimport type { APIGatewayProxyEvent } from 'aws-lambda';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport const handler = async (event: APIGatewayProxyEvent) => {\n  try {\n    const pi = await stripe.paymentIntents.create({ amount: 100, currency: 'usd' });\n    return { statusCode: 200, body: JSON.stringify({ id: pi.id }) };\n  } catch (err: any) {\n    return { statusCode: 500, body: JSON.stringify({ message: 'failed', trace: err.stack }) };\n  }\n};",
      errors: [{ messageId: 'rawField', data: whole('err.stack', 'the Lambda response'), line: 9, column: 80, suggestions: null }],
    },
    {
      name: 'NestJS exception with the whole error',
      code: "import { Controller, Post, Body, InternalServerErrorException } from '@nestjs/common';\nimport Stripe from 'stripe';\n@Controller('refunds')\nexport class RefundsController {\n  private stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\n  @Post()\n  async refund(@Body() body: { pi: string }) {\n    try { return await this.stripe.refunds.create({ payment_intent: body.pi }); }\n    catch (err) { throw new InternalServerErrorException(err); }\n  }\n}",
      errors: [{ messageId: 'wholeError', data: whole('err', '`new InternalServerErrorException()`'), line: 9, column: 58, suggestions: null }],
    },
    {
      name: 'exported controller routed from another file',
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport const createRefund = async (req: any, res: any) => {\n  try { res.json(await stripe.refunds.create({ payment_intent: req.params.id })); }\n  catch (error) { res.status(500).json({ success: false, error }); }\n};",
      errors: [{ messageId: 'wholeError', data: whole('error', '`res.json()`'), line: 5, column: 58, suggestions: null }],
    },
    {
      name: 'Koa controller function with ctx',
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport async function capture(ctx, next) {\n  try { ctx.body = await stripe.paymentIntents.capture(ctx.params.id); }\n  catch (err: any) { ctx.status = 500; ctx.body = { message: 'failed', raw: err.raw }; }\n}",
      errors: [{ messageId: 'rawField', data: whole('err.raw', '`ctx.body`'), line: 5, column: 77, suggestions: null }],
    },
    {
      name: 'class field client in an Express router with template of the stack',
      code: "import { Router } from 'express';\nimport Stripe from 'stripe';\nclass Payments { stripe = new Stripe(k); async refund(id: string) { return this.stripe.refunds.create({ charge: id }); } }\nconst router = Router();\nconst stripe = new Stripe(k);\nrouter.post('/r', async (req, res) => {\n  try { await stripe.refunds.create({ charge: req.body.id }); }\n  catch (err: any) { res.status(500).send(`Refund failed\\n${err.stack}`); }\n});\nexport { Payments, router };",
      errors: [{ messageId: 'rawField', data: whole('err.stack', '`res.send()`'), line: 8, column: 61, suggestions: null }],
    },
  ],
});
