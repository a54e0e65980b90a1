import rule from '../../rules/require-3ds-handling.js';
import { commonjs, createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

const EXPRESS_STRIPE = "import express from 'express';\nimport Stripe from 'stripe';\nconst app = express();\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\n";

ruleTester.run('require-3ds-handling', rule, {
  valid: [
    {
      name: 'checks requires_action and returns client_secret',
      code: `${EXPRESS_STRIPE}app.post('/pay', async (req, res) => {\n  const intent = await stripe.paymentIntents.create({ amount: 1000, currency: 'eur', payment_method: req.body.pm, confirm: true, return_url: RETURN_URL });\n  if (intent.status === 'requires_action') {\n    return res.json({ requiresAction: true, clientSecret: intent.client_secret });\n  }\n  res.json({ success: intent.status === 'succeeded' });\n});`,
    },
    {
      name: 'switch on status',
      code: `${EXPRESS_STRIPE}app.post('/confirm', async (req, res) => {\n  const pi = await stripe.paymentIntents.confirm(req.body.id);\n  switch (pi.status) {\n    case 'succeeded': return res.json({ ok: true });\n    case 'requires_action': return res.json({ action: true });\n    default: return res.status(402).json({ ok: false });\n  }\n});`,
    },
    {
      name: 'reads next_action by destructuring',
      code: `${EXPRESS_STRIPE}export async function pay(pm: string) {\n  const { status, next_action } = await stripe.paymentIntents.create({ amount: 100, currency: 'eur', payment_method: pm, confirm: true });\n  return { status, redirect: next_action?.redirect_to_url?.url };\n}`,
    },
    {
      name: 'client-side confirmation flow (no confirm: true)',
      code: `${EXPRESS_STRIPE}app.post('/intent', async (req, res) => {\n  const intent = await stripe.paymentIntents.create({ amount: 1000, currency: 'usd', automatic_payment_methods: { enabled: true } });\n  res.json({ ok: true, id: intent.id });\n});`,
    },
    {
      name: 'Stripe Checkout',
      code: `${EXPRESS_STRIPE}app.post('/checkout', async (req, res) => {\n  const session = await stripe.checkout.sessions.create({ mode: 'payment', line_items: items, success_url, cancel_url });\n  res.redirect(303, session.url!);\n});`,
    },
    {
      name: 'confirm: false',
      code: `${EXPRESS_STRIPE}await stripe.paymentIntents.create({ amount: 100, currency: 'usd', confirm: false });`,
    },
    {
      name: 'confirm flag unknown',
      code: `${EXPRESS_STRIPE}export const create = (confirm: boolean) => stripe.paymentIntents.create({ amount: 100, currency: 'usd', confirm }).then((pi) => pi.id);`,
    },
    {
      name: 'result returned to the caller',
      code: `${EXPRESS_STRIPE}export async function chargeSaved(customer: string, pm: string, amount: number) {\n  return stripe.paymentIntents.create({ amount, currency: 'usd', customer, payment_method: pm, confirm: true });\n}`,
    },
    {
      name: 'result stored then returned',
      code: `${EXPRESS_STRIPE}export async function confirm(id: string) {\n  const paymentIntent = await stripe.paymentIntents.confirm(id, { payment_method: 'pm_card_visa' });\n  await audit(paymentIntent.id);\n  return paymentIntent;\n}`,
    },
    {
      name: 'whole intent returned through ?? (the caller handles it)',
      code: `${EXPRESS_STRIPE}export async function confirm(id: string, fallback?: Stripe.PaymentIntent) {\n  const paymentIntent = await stripe.paymentIntents.confirm(id, { payment_method: 'pm_card_visa' });\n  return paymentIntent ?? fallback;\n}`,
    },
    {
      name: 'whole intent sent to the client',
      code: `${EXPRESS_STRIPE}app.post('/pay', async (req, res) => {\n  const intent = await stripe.paymentIntents.create({ amount: 500, currency: 'eur', payment_method: req.body.pm, confirm: true });\n  res.json({ intent });\n});`,
    },
    {
      name: 'off-session with authentication_required handling',
      code: `${EXPRESS_STRIPE}export async function renew(customer: string, pm: string) {\n  try {\n    await stripe.paymentIntents.create({ amount: 999, currency: 'eur', customer, payment_method: pm, off_session: true, confirm: true });\n  } catch (err: any) {\n    if (err.code === 'authentication_required') await notifyCustomer(customer, err.raw.payment_intent.id);\n    else throw err;\n  }\n}`,
    },
    {
      name: 'error_on_requires_action',
      code: `${EXPRESS_STRIPE}export async function charge(pm: string) {\n  const pi = await stripe.paymentIntents.create({ amount: 100, currency: 'usd', payment_method: pm, confirm: true, error_on_requires_action: true });\n  await save(pi.id);\n}`,
    },
    {
      name: 'non-card payment method types',
      code: `${EXPRESS_STRIPE}export async function debit(pm: string) {\n  const pi = await stripe.paymentIntents.create({ amount: 100, currency: 'eur', payment_method_types: ['sepa_debit'], payment_method: pm, confirm: true, mandate_data });\n  await save(pi.id);\n}`,
    },
    {
      name: 'handling in a sibling .then callback',
      code: `${EXPRESS_STRIPE}app.post('/pay', (req, res) => {\n  stripe.paymentIntents.create({ amount: 100, currency: 'usd', payment_method: req.body.pm, confirm: true })\n    .then((pi) => pi.status === 'requires_action' ? res.json({ clientSecret: pi.client_secret }) : res.json({ ok: true }));\n});`,
    },
    {
      name: 'unknown object with paymentIntents',
      code: "const client = getClient();\nexport async function f() { const pi = await client.paymentIntents.create({ confirm: true }); await save(pi.id); }",
    },
    {
      name: 'params are unknown',
      code: `${EXPRESS_STRIPE}export async function f(params: Stripe.PaymentIntentCreateParams) { const pi = await stripe.paymentIntents.create(params); await save(pi.id); }`,
    },
  ],
  invalid: [
    {
      name: 'server confirm that only checks succeeded',
      code: `${EXPRESS_STRIPE}app.post('/pay', async (req, res) => {\n  const intent = await stripe.paymentIntents.create({ amount: 1000, currency: 'eur', payment_method: req.body.paymentMethodId, confirm: true });\n  if (intent.status === 'succeeded') return res.json({ success: true });\n  res.status(402).json({ success: false });\n});`,
      errors: [{ messageId: 'onSession', data: { method: 'paymentIntents.create' }, line: 6, column: 24, endColumn: 52, suggestions: null }],
    },
    {
      name: 'intent only tested by && before returning a flag',
      code: `${EXPRESS_STRIPE}export async function confirm(id: string) {\n  const paymentIntent = await stripe.paymentIntents.confirm(id, { payment_method: 'pm_card_visa' });\n  return paymentIntent && paymentIntent.status === 'succeeded';\n}`,
      errors: [{ messageId: 'onSession', data: { method: 'paymentIntents.confirm' }, line: 6, column: 31, endColumn: 60, suggestions: null }],
    },
    {
      name: 'paymentIntents.confirm with only the id returned',
      code: `${EXPRESS_STRIPE}app.post('/confirm', async (req, res) => {\n  const pi = await stripe.paymentIntents.confirm(req.body.paymentIntentId, { payment_method: req.body.pm });\n  res.json({ id: pi.id, status: pi.status });\n});`,
      errors: [{ messageId: 'onSession', data: { method: 'paymentIntents.confirm' }, line: 6, column: 20, suggestions: null }],
    },
    {
      name: 'confirm flag through a params constant and a class field client',
      code: "import Stripe from 'stripe';\nconst base = { currency: 'usd', confirm: true } as const;\nexport class Billing {\n  private stripe = new Stripe(key);\n  async pay(pm: string, amount: number) {\n    const pi = await this.stripe.paymentIntents.create({ ...base, amount, payment_method: pm });\n    await this.orders.markPaid(pi.id);\n  }\n}",
      errors: [{ messageId: 'onSession', data: { method: 'paymentIntents.create' }, line: 6, column: 22, suggestions: null }],
    },
    {
      name: 'off-session without authentication_required handling',
      code: `${EXPRESS_STRIPE}export async function renew(customer: string, pm: string) {\n  try {\n    await stripe.paymentIntents.create({ amount: 999, currency: 'eur', customer, payment_method: pm, off_session: true, confirm: true });\n  } catch (err) {\n    await markFailed(customer);\n  }\n}`,
      errors: [{ messageId: 'offSession', data: { method: 'paymentIntents.create' }, line: 7, column: 11, suggestions: null }],
    },
    {
      name: 'CommonJS require(stripe)(key)',
      code: "const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);\nexports.pay = async function (pm, amount) {\n  const pi = await stripe.paymentIntents.create({ amount, currency: 'usd', payment_method: pm, confirm: true, payment_method_types: ['card'] });\n  return { ok: pi.status === 'succeeded' };\n};",
      ...commonjs,
      errors: [{ messageId: 'onSession', data: { method: 'paymentIntents.create' }, line: 3, column: 20, suggestions: null }],
    },
    {
      name: 'Fastify route with a then chain that only checks succeeded',
      code: "import Fastify from 'fastify';\nimport Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nconst app = Fastify();\napp.post('/pay', (request: any, reply) => stripe.paymentIntents\n  .create({ amount: 1200, currency: 'gbp', payment_method: request.body.pm, confirm: true })\n  .then((pi) => reply.send({ paid: pi.status === 'succeeded' })));",
      errors: [{ messageId: 'onSession', data: { method: 'paymentIntents.create' }, line: 5, column: 43, suggestions: null }],
    },
    {
      name: 'service method returning only the status',
      code: "import Stripe from 'stripe';\nexport class CheckoutService {\n  constructor() { this.stripe = new Stripe(process.env.STRIPE_SECRET_KEY); }\n  stripe: Stripe;\n  async payNow(customer: string, paymentMethod: string, amount: number) {\n    const intent = await this.stripe.paymentIntents.create({ amount, currency: 'eur', customer, payment_method: paymentMethod, confirm: true, return_url: 'https://shop.example/done' });\n    return { id: intent.id, status: intent.status };\n  }\n}",
      errors: [{ messageId: 'onSession', data: { method: 'paymentIntents.create' }, line: 6, column: 26, suggestions: null }],
    },
    {
      name: 'Next.js route handler with optional chaining',
      filename: 'app/api/pay/route.ts',
      code: "import { NextResponse } from 'next/server';\nimport Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport async function POST(request: Request) {\n  const { paymentMethodId } = await request.json();\n  const intent = await stripe?.paymentIntents.create({ amount: 2000, currency: 'eur', payment_method: paymentMethodId, confirm: true });\n  return NextResponse.json({ paid: intent.status === 'succeeded' });\n}",
      errors: [{ messageId: 'onSession', data: { method: 'paymentIntents.create' }, line: 6, column: 24, suggestions: null }],
    },
  ],
});
