import rule from '../../rules/no-client-controlled-amount.js';
import { commonjs, createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

ruleTester.run('no-client-controlled-amount', rule, {
  valid: [
    {
      name: "a helper that looks the price up from the client's plan",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
const PRICES = { basic: 900, pro: 2900 };
async function chargePlan(plan, customer) {
  return stripe.paymentIntents.create({ amount: PRICES[plan], currency: 'usd', customer });
}
app.post('/subscribe', async (req, res) => {
  res.json(await chargePlan(req.body.plan, req.user.stripeCustomerId));
});`,
    },
    {
      name: "a helper that only describes the client's amount",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
async function chargeFlatFee(requested) {
  return stripe.paymentIntents.create({ amount: 500, currency: 'usd', description: \`requested \${requested}\`, metadata: { requested } });
}
app.post('/fee', async (req, res) => {
  res.json(await chargeFlatFee(req.body.amount));
});`,
    },
    {
      name: "a helper that checks the amount with a configured validator",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
async function topUp(amount) {
  if (!isAllowedTopUp(amount)) throw new RangeError('top-up not offered');
  return stripe.paymentIntents.create({ amount, currency: 'usd' });
}
app.post('/top-up', async (req, res) => {
  res.json(await topUp(req.body.amount));
});`,
      options: [{ validators: ['isAllowedTopUp'] }],
    },
    {
      name: "a helper handed parameters the server built (only a note is the client's)",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
const PRICES = { basic: 900, pro: 2900 };
function createIntent(params) {
  return stripe.paymentIntents.create(params);
}
app.post('/intents', async (req, res) => {
  res.json(await createIntent({ amount: PRICES[req.body.plan], currency: 'usd', metadata: { note: req.body.note } }));
});`,
    },
    {
      name: "NestJS DTO whose amount is bounded to the plan prices",
      code: `import { Body, Controller, Post } from '@nestjs/common';
import { IsIn, IsInt } from 'class-validator';
import Stripe from 'stripe';
class CheckoutDto {
  @IsInt()
  @IsIn([900, 2900])
  amount!: number;
}
@Controller('checkout')
export class CheckoutController {
  constructor(private readonly stripe: Stripe) {}
  @Post()
  create(@Body() dto: CheckoutDto) {
    return this.stripe.paymentIntents.create({ amount: dto.amount, currency: 'eur' });
  }
}`,
    },
    {
      name: "NestJS DTO imported from a module the rule cannot read stays trusted",
      code: `import { Body, Controller, Post } from '@nestjs/common';
import Stripe from 'stripe';
import { CheckoutDto } from '@acme/contracts';
@Controller('checkout')
export class CheckoutController {
  constructor(private readonly stripe: Stripe) {}
  @Post()
  create(@Body() dto: CheckoutDto) {
    return this.stripe.paymentIntents.create({ amount: dto.amount, currency: 'eur' });
  }
}`,
    },
    {
      name: "NestJS service with an injected Stripe client pricing from its own catalog",
      code: `import { Body, Controller, Post } from '@nestjs/common';
import Stripe from 'stripe';
import { InjectStripeClient } from '@golevelup/nestjs-stripe';
import { PlansService } from './plans.service';
@Controller('subscriptions')
export class SubscriptionsController {
  constructor(@InjectStripeClient() private readonly stripe: Stripe, private readonly plans: PlansService) {}
  @Post()
  async create(@Body() body: { plan: string }) {
    const plan = await this.plans.get(body.plan);
    return this.stripe.paymentIntents.create({ amount: plan.price, currency: 'eur' });
  }
}`,
    },
    {
      name: "constructor parameter typed with a local wrapper named like the SDK",
      code: `import { Body, Controller, Post } from '@nestjs/common';
import { StripeGateway as Stripe } from './gateways';
@Controller('pay')
export class PayController {
  constructor(private readonly stripe: Stripe) {}
  @Post()
  create(@Body() body: { amount: number }) {
    return this.stripe.paymentIntents.create({ amount: body.amount, currency: 'eur' });
  }
}`,
    },
    {
      name: "server-side price lookup by id",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
const PRICES: Record<string, number> = { basic: 900, pro: 2900 };
app.post('/pay', async (req, res) => {
  const amount = PRICES[req.body.plan];
  const intent = await stripe.paymentIntents.create({ amount, currency: 'usd' });
  res.json({ clientSecret: intent.client_secret });
});`,
    },
    {
      name: "JavaScript class controller pricing on the server",
      code: `import express from 'express';
import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
export class CheckoutController {
  #prices = new Map([['basic', 900], ['pro', 2900]]);
  static path = '/checkout';
  constructor(router = express.Router()) {
    router.post(CheckoutController.path, (req, res) => this.create(req, res));
  }
  async create(req, res) {
    const amount = this.#prices.get(req.body.plan);
    const intent = await stripe.paymentIntents.create({ amount, currency: 'usd' });
    res.json({ clientSecret: intent.client_secret });
  }
}`,
    },
    {
      name: "client picks the payment method types, the server sets amount and currency",
      code: `import express from 'express';
import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/create-payment-intent', async (req, res) => {
  const { paymentMethodType } = req.body;
  const intent = await stripe.paymentIntents.create({ payment_method_types: [paymentMethodType], amount: 1999, currency: 'eur', capture_method: req.body.captureMethod });
  res.json({ clientSecret: intent.client_secret });
});`,
    },
    {
      name: "parameters built in steps with a server amount",
      code: `import express from 'express';
import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/create-payment-intent', async (req, res) => {
  const { paymentMethodType } = req.body;
  let params = {};
  if (paymentMethodType === 'link') params = { payment_method_types: ['link', 'card'], amount: 5999, currency: 'usd' };
  else params = { payment_method_types: [paymentMethodType], amount: 5999, currency: 'usd' };
  if (paymentMethodType === 'acss_debit') params.payment_method_options = { acss_debit: { mandate_options: { payment_schedule: 'sporadic' } } };
  const intent = await stripe.paymentIntents.create(params);
  res.json({ clientSecret: intent.client_secret });
});`,
    },
    {
      name: "an exported object whose fetch helper takes a URL is not a server",
      code: `import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
export default {
  async fetch(url, amount) {
    return stripe.paymentIntents.create({ amount, currency: 'usd', metadata: { url } });
  },
};`,
    },
    {
      name: "Cloudflare Worker pricing on the server",
      code: `import Stripe from 'stripe';
export default {
  async fetch(request, env) {
    const stripe = new Stripe(env.STRIPE_SECRET_KEY);
    const { plan } = await request.json();
    const amount = plan === 'pro' ? 2900 : 900;
    const intent = await stripe.paymentIntents.create({ amount, currency: 'usd' });
    return Response.json({ clientSecret: intent.client_secret });
  },
};`,
    },
    {
      name: "amount from the database",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/pay', async (req, res) => {
  const product = await db.product.findUnique({ where: { id: req.body.productId } });
  const intent = await stripe.paymentIntents.create({ amount: product.price, currency: product.currency });
  res.json({ clientSecret: intent.client_secret });
});`,
    },
    {
      name: "Stripe Price id from the client",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/checkout', async (req, res) => {
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{ price: req.body.priceId, quantity: 1 }],
    success_url: 'https://shop.example.com/ok',
  });
  res.json({ url: session.url });
});`,
    },
    {
      name: "quantity is not checked by default",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/checkout', async (req, res) => {
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: req.body.items.map((item) => ({ price: item.priceId, quantity: item.quantity })),
    success_url: 'https://shop.example.com/ok',
  });
  res.json({ url: session.url });
});`,
    },
    {
      name: "zod-validated donation amount",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
import { z } from 'zod';
const Donation = z.object({ amount: z.number().int().min(100).max(100000) });
app.post('/donate', async (req, res) => {
  const { amount } = Donation.parse(req.body);
  await stripe.paymentIntents.create({ amount, currency: 'eur' });
});`,
    },
    {
      name: "bounds check before the call",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/tip', async (req, res) => {
  const amount = Number(req.body.amount);
  if (!Number.isInteger(amount) || amount < 100 || amount > 50000) return res.status(400).end();
  await stripe.paymentIntents.create({ amount, currency: 'usd' });
});`,
    },
    {
      name: "amount compared with the server total",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/pay', async (req, res) => {
  const order = await orders.get(req.body.orderId);
  if (req.body.amount !== order.total) throw new Error('Amount mismatch');
  await stripe.paymentIntents.create({ amount: req.body.amount, currency: 'usd' });
});`,
    },
    {
      name: "metadata from the request is fine",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/pay', async (req, res) => {
  await stripe.paymentIntents.create({ amount: 2000, currency: 'usd', metadata: { note: req.body.note }, description: req.body.description });
});`,
    },
    {
      name: "configured validator",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/topup', async (req, res) => {
  const amount = checkTopUp(req.body.amount);
  await stripe.paymentIntents.create({ amount, currency: 'usd' });
});`,
      options: [{"validators": ["checkTopUp"]}],
    },
    {
      name: "unknown object with a create method",
      code: `import express from 'express';
const app = express();
app.post('/pay', async (req, res) => {
  await payments.paymentIntents.create({ amount: req.body.amount, currency: 'usd' });
});`,
    },
    {
      name: "not in a request handler",
      code: `import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
export async function charge(amount: number) {
  return stripe.paymentIntents.create({ amount, currency: 'usd' });
}`,
    },
    {
      name: "NestJS DTO validated by class-validator",
      code: `import { Body, Controller, Post } from '@nestjs/common';
import Stripe from 'stripe';
@Controller('donations')
export class DonationsController {
  private stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
  @Post()
  create(@Body() dto: CreateDonationDto) {
    return this.stripe.paymentIntents.create({ amount: dto.amount, currency: 'usd' });
  }
}`,
    },
    {
      name: "PayPal order total computed from the cart",
      code: `import express from 'express';
import { Client, OrdersController } from '@paypal/paypal-server-sdk';
const client = new Client({});
const orders = new OrdersController(client);
const app = express();
app.post('/api/orders', async (req, res) => {
  const total = calculateTotal(req.body.cart);
  const { result } = await orders.createOrder({ body: { intent: 'CAPTURE', purchaseUnits: [{ amount: { currencyCode: 'USD', value: total } }] } });
  res.json(result);
});`,
    },
    {
      name: "Razorpay order from a server price",
      code: `import express from 'express';
import Razorpay from 'razorpay';
const razorpay = new Razorpay({ key_id: 'rzp_test_x', key_secret: process.env.RZP_SECRET });
const app = express();
const PLANS = { gold: 49900 };
app.post('/order', async (req, res) => {
  res.json(await razorpay.orders.create({ amount: PLANS[req.body.plan], currency: 'INR', receipt: req.body.receipt }));
});`,
    },
    {
      name: "refund amount from the stored charge",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/refund', async (req, res) => {
  const charge = await stripe.charges.retrieve(req.body.chargeId);
  await stripe.refunds.create({ charge: charge.id, amount: charge.amount_captured });
});`,
    },
    {
      name: "Firebase callable function that prices the order on the server",
      code: `const functions = require('firebase-functions');
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
exports.createPaymentIntent = functions.https.onCall(async (data, context) => {
  const price = await loadPrice(data.partyPackage);
  const intent = await stripe.paymentIntents.create({ amount: price, currency: 'usd', metadata: { uid: context.auth.uid } });
  return intent.client_secret;
});`,
      ...commonjs,
    },
    {
      name: "Firebase v2 callable function with the amount from the signed-in user's record",
      code: `import { onCall } from 'firebase-functions/v2/https';
import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
export const pay = onCall(async (request) => {
  const account = await loadAccount(request.auth.uid);
  return stripe.paymentIntents.create({ amount: account.balanceDue, currency: 'usd' });
});`,
    },
    {
      name: "paypal-rest-sdk payment with the total computed from the stored cart",
      code: `const paypal = require('paypal-rest-sdk');
app.post('/pay', async (req, res) => {
  const cart = await Cart.findById(req.body.cartId);
  paypal.payment.create({ intent: 'sale', transactions: [{ amount: { total: cart.total.toFixed(2), currency: 'USD' } }] }, (error, payment) => res.json(payment));
});`,
      ...commonjs,
    },
    {
      name: "admin creates a product and its price from the form (catalog management)",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/events', requireAdmin, async (req, res) => {
  const product = await stripe.products.create({ name: req.body.eventTitle });
  const price = await stripe.prices.create({ product: product.id, currency: 'nzd', unit_amount: Math.round(parseFloat(req.body.eventPrice) * 100) });
  await stripe.products.update(product.id, { default_price: price.id });
  res.json({ productId: product.id });
});`,
    },
    {
      name: "CommonJS with server-side amount",
      code: `const express = require('express');
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/pay', async (req, res) => {
  const cart = await loadCart(req.session.cartId);
  const intent = await stripe.paymentIntents.create({ amount: cart.total, currency: 'usd' });
  res.json({ clientSecret: intent.client_secret });
});`,
      ...commonjs,
    },
    {
      name: "Hono handler with a validated body",
      code: `import { Hono } from 'hono';
import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = new Hono();
app.post('/pay', zValidator('json', schema), async (c) => {
  const { amount } = c.req.valid('json');
  return c.json(await stripe.paymentIntents.create({ amount, currency: 'usd' }));
});`,
    },
    {
      name: "amount allowlisted against fixed tiers",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
const TIERS = [500, 1000, 2500];
app.post('/donate', async (req, res) => {
  const amount = Number(req.body.amount);
  if (!TIERS.includes(amount)) return res.status(400).json({ error: 'Invalid tier' });
  await stripe.paymentIntents.create({ amount, currency: 'usd' } satisfies Stripe.PaymentIntentCreateParams);
});`,
    },
    {
      name: "client currency mapped through a server table",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
const CURRENCY_BY_COUNTRY = { US: 'usd', DE: 'eur' } as const;
app.post('/pay', async (req, res) => {
  const currency = CURRENCY_BY_COUNTRY[req.body.country as 'US' | 'DE'] ?? 'usd';
  await stripe.paymentIntents.create({ amount: 1500, currency });
});`,
    },
    {
      name: "Mollie payment with a server amount",
      code: `import express from 'express';
import createMollieClient from '@mollie/api-client';
const mollie = createMollieClient({ apiKey: process.env.MOLLIE_KEY! });
const app = express();
app.post('/pay', async (req, res) => {
  const order = await getOrder(req.body.orderId);
  const payment = await mollie.payments.create({ amount: { currency: 'EUR', value: order.total.toFixed(2) }, description: \`Order \${order.id}\`, redirectUrl: 'https://shop.example.com/done' });
  res.redirect(payment.getCheckoutUrl()!);
});`,
    },
  ],
  invalid: [
    {
      name: "request amount in an object literal handed to a helper with a destructured parameter",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
async function createIntent({ amount, currency = 'usd' }) {
  return stripe.paymentIntents.create({ amount, currency });
}
app.post('/intents', async (req, res) => {
  res.json(await createIntent({ amount: req.body.amount }));
});`,
      errors: [
        { messageId: 'clientAmountThrough', data: { value: '`req.body.amount`', field: 'amount', call: 'Stripe paymentIntents.create', function: 'createIntent', where: '' }, line: 9, column: 41, endLine: 9, endColumn: 56, suggestions: null },
      ],
    },
    {
      name: "request amount handed to a helper that charges it",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
async function chargeCustomer(amount, customer) {
  return stripe.charges.create({ amount, currency: 'usd', customer });
}
app.post('/pay', async (req, res) => {
  res.json(await chargeCustomer(req.body.amount, req.user.stripeCustomerId));
});`,
      errors: [
        { messageId: 'clientAmountThrough', data: { value: '`req.body.amount`', field: 'amount', call: 'Stripe charges.create', function: 'chargeCustomer', where: '' }, line: 9, column: 33, endLine: 9, endColumn: 48, suggestions: null },
      ],
    },
    {
      name: "request currency handed to a helper, and the whole body to another",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
const billing = {
  chargeIn(currency) {
    return stripe.paymentIntents.create({ amount: 4200, currency });
  },
  createIntent(params) {
    return stripe.paymentIntents.create(params);
  },
};
app.post('/pay', async (req, res) => {
  await billing.chargeIn(req.query.currency);
  res.json(await billing.createIntent(req.body));
});`,
      errors: [
        { messageId: 'clientCurrencyThrough', data: { value: '`req.query.currency`', field: 'currency', call: 'Stripe paymentIntents.create', function: 'billing.chargeIn', where: '' }, line: 14, column: 26, endLine: 14, endColumn: 44, suggestions: null },
        { messageId: 'clientObjectThrough', data: { value: '`req.body`', field: 'amount', call: 'Stripe paymentIntents.create', function: 'billing.createIntent', where: '' }, line: 15, column: 39, endLine: 15, endColumn: 47, suggestions: null },
      ],
    },
    {
      name: "NestJS DTO whose amount is only type-checked",
      code: `import { Body, Controller, Post } from '@nestjs/common';
import { IsInt, IsPositive } from 'class-validator';
import Stripe from 'stripe';
class CheckoutDto {
  @IsInt()
  @IsPositive()
  amount!: number;
}
@Controller('checkout')
export class CheckoutController {
  constructor(private readonly stripe: Stripe) {}
  @Post()
  create(@Body() dto: CheckoutDto) {
    return this.stripe.paymentIntents.create({ amount: dto.amount, currency: 'eur' });
  }
}`,
      errors: [{ messageId: 'clientAmount', data: { call: 'Stripe paymentIntents.create', field: 'amount', source: '@Body().amount' }, line: 14 }],
    },
    {
      name: "NestJS controller with a constructor-injected Stripe client (typed parameter property)",
      code: `import { Body, Controller, Post } from '@nestjs/common';
import Stripe from 'stripe';
@Controller('pay')
export class PayController {
  constructor(private readonly stripe: Stripe) {}
  @Post()
  create(@Body() body: { amount: number }) {
    return this.stripe.paymentIntents.create({ amount: body.amount, currency: 'eur' });
  }
}`,
      errors: [{ messageId: 'clientAmount', data: { call: 'Stripe paymentIntents.create', field: 'amount', source: '@Body().amount' }, line: 8 }],
    },
    {
      name: "NestJS service with a client injected by the nestjs-stripe decorator and no type",
      code: `import { Body, Controller, Post } from '@nestjs/common';
import { InjectStripe } from 'nestjs-stripe';
@Controller('pay')
export class PayController {
  constructor(@InjectStripe() private readonly client) {}
  @Post()
  create(@Body() body) {
    return this.client.paymentIntents.create({ amount: body.amount, currency: 'eur' });
  }
}`,
      errors: [{ messageId: 'clientAmount', data: { call: 'Stripe paymentIntents.create', field: 'amount', source: '@Body().amount' }, line: 8 }],
    },
    {
      name: "Cloudflare Worker reading the amount from the request body",
      code: `import Stripe from 'stripe';
export default {
  async fetch(request, env) {
    const stripe = new Stripe(env.STRIPE_SECRET_KEY);
    const { amount } = await request.json();
    const intent = await stripe.paymentIntents.create({ amount, currency: 'usd' });
    return Response.json({ clientSecret: intent.client_secret });
  },
};`,
      errors: [{ messageId: 'clientAmount', data: { call: 'Stripe paymentIntents.create', field: 'amount', source: 'request.json().amount' }, line: 6, column: 57, suggestions: null }],
    },
    {
      name: "parameters built in steps: the request picks the currency",
      code: `import express from 'express';
import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/create-payment-intent', async (req, res) => {
  const { paymentMethodType, currency } = req.body;
  let params = {};
  if (paymentMethodType === 'link') params = { payment_method_types: ['link', 'card'], amount: 5999, currency: currency };
  else params = { payment_method_types: [paymentMethodType], amount: 5999, currency: currency };
  const intent = await stripe.paymentIntents.create(params);
  res.json({ clientSecret: intent.client_secret });
});`,
      errors: [
        { messageId: 'clientCurrency', data: { call: 'Stripe paymentIntents.create', field: 'currency', source: 'req.body.currency' }, line: 8, column: 112, suggestions: null },
        { messageId: 'clientCurrency', data: { call: 'Stripe paymentIntents.create', field: 'currency', source: 'req.body.currency' }, line: 9, column: 86, suggestions: null },
      ],
    },
    {
      name: "parameters built in steps: a member write sets the amount from the request",
      code: `import express from 'express';
import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/pay', async (req, res) => {
  const params = { currency: 'usd' };
  params.amount = req.body.amount;
  const intent = await stripe.paymentIntents.create(params);
  res.json({ clientSecret: intent.client_secret });
});`,
      errors: [{ messageId: 'clientAmount', data: { call: 'Stripe paymentIntents.create', field: 'amount', source: 'req.body.amount' }, line: 7, column: 19, suggestions: null }],
    },
    {
      name: "JavaScript class controller with private and static fields",
      code: `import express from 'express';
import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
export class CheckoutController {
  #currency = 'usd';
  static path = '/checkout';
  constructor(router = express.Router()) {
    router.post(CheckoutController.path, (req, res) => this.create(req, res));
  }
  async create(req, res) {
    const intent = await stripe.paymentIntents.create({ amount: req.body.amount, currency: this.#currency });
    res.json({ clientSecret: intent.client_secret });
  }
}`,
      errors: [
        { messageId: 'clientAmount', data: {"call": "Stripe paymentIntents.create", "field": "amount", "source": "req.body.amount"}, line: 11, column: 65, endLine: 11, endColumn: 80, suggestions: null },
      ],
    },
    {
      name: "amount from req.body",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/create-payment-intent', async (req, res) => {
  const { amount, currency } = req.body;
  const intent = await stripe.paymentIntents.create({ amount, currency, automatic_payment_methods: { enabled: true } });
  res.json({ clientSecret: intent.client_secret });
});`,
      errors: [
        { messageId: 'clientAmount', data: {"call": "Stripe paymentIntents.create", "field": "amount", "source": "req.body.amount"}, line: 7, column: 55, endLine: 7, endColumn: 61, suggestions: null },
        { messageId: 'clientCurrency', data: {"call": "Stripe paymentIntents.create", "field": "currency", "source": "req.body.currency"}, line: 7, column: 63, endLine: 7, endColumn: 71, suggestions: null },
      ],
    },
    {
      name: "coercion keeps the amount client-chosen",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/pay', async (req, res) => {
  const intent = await stripe.paymentIntents.create({ amount: Math.round(Number(req.body.total) * 100), currency: 'usd' });
  res.json({ clientSecret: intent.client_secret });
});`,
      errors: [
        { messageId: 'clientAmount', data: {"call": "Stripe paymentIntents.create", "field": "amount", "source": "req.body.total"}, line: 6, column: 63, endLine: 6, endColumn: 103, suggestions: null },
      ],
    },
    {
      name: "whole body passed to the SDK",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/pay', async (req, res) => {
  res.json(await stripe.paymentIntents.create(req.body));
});`,
      errors: [
        { messageId: 'clientObject', data: {"call": "Stripe paymentIntents.create", "source": "req.body", "field": "amount"}, line: 6, column: 47, endLine: 6, endColumn: 55, suggestions: null },
      ],
    },
    {
      name: "spread of the body",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/pay', async (req, res) => {
  res.json(await stripe.paymentIntents.create({ ...req.body, currency: 'usd' }));
});`,
      errors: [
        { messageId: 'clientObject', data: {"call": "Stripe paymentIntents.create", "source": "req.body", "field": "amount"}, line: 6, column: 52, endLine: 6, endColumn: 60, suggestions: null },
      ],
    },
    {
      name: "Checkout price_data.unit_amount",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/checkout', async (req, res) => {
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: req.body.items.map((item) => ({
      price_data: { currency: 'usd', unit_amount: item.price, product_data: { name: item.name } },
      quantity: item.quantity,
    })),
    success_url: 'https://shop.example.com/ok',
  });
  res.json({ url: session.url });
});`,
      errors: [
        { messageId: 'clientAmount', data: {"call": "Stripe checkout.sessions.create", "field": "line_items.price_data.unit_amount", "source": "req.body.items[].price"}, line: 9, column: 51, endLine: 9, endColumn: 61, suggestions: null },
      ],
    },
    {
      name: "line_items straight from the client",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/checkout', async (req, res) => {
  const session = await stripe.checkout.sessions.create({ mode: 'payment', line_items: req.body.lineItems, success_url: 'https://shop.example.com/ok' });
  res.json({ url: session.url });
});`,
      errors: [
        { messageId: 'clientObject', data: {"call": "Stripe checkout.sessions.create", "source": "req.body.lineItems", "field": "line_items.price_data.unit_amount"}, line: 6, column: 88, endLine: 6, endColumn: 106, suggestions: null },
      ],
    },
    {
      name: "quantity when checkQuantity is on",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/checkout', async (req, res) => {
  await stripe.checkout.sessions.create({ mode: 'payment', line_items: [{ price: 'price_123', quantity: req.body.qty }], success_url: 'https://shop.example.com/ok' });
});`,
      options: [{"checkQuantity": true}],
      errors: [
        { messageId: 'clientAmount', data: {"call": "Stripe checkout.sessions.create", "field": "line_items.quantity", "source": "req.body.qty"}, line: 6, column: 105, endLine: 6, endColumn: 117, suggestions: null },
      ],
    },
    {
      name: "refund amount from the client",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/refund', async (req, res) => {
  await stripe.refunds.create({ payment_intent: req.body.pi, amount: req.body.amount });
});`,
      errors: [
        { messageId: 'clientAmount', data: {"call": "Stripe refunds.create", "field": "amount", "source": "req.body.amount"}, line: 6, column: 70, endLine: 6, endColumn: 85, suggestions: null },
      ],
    },
    {
      name: "application fee from the query string",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/connect/pay', async (req, res) => {
  await stripe.paymentIntents.create({ amount: 5000, currency: 'usd', application_fee_amount: parseInt(req.query.fee, 10), transfer_data: { destination: 'acct_1' } });
});`,
      errors: [
        { messageId: 'clientAmount', data: {"call": "Stripe paymentIntents.create", "field": "application_fee_amount", "source": "req.query.fee"}, line: 6, column: 95, endLine: 6, endColumn: 122, suggestions: null },
      ],
    },
    {
      name: "PayPal purchase unit value from the body",
      code: `import express from 'express';
import { Client, OrdersController } from '@paypal/paypal-server-sdk';
const client = new Client({});
const ordersController = new OrdersController(client);
const app = express();
app.post('/api/orders', async (req, res) => {
  const { result } = await ordersController.createOrder({ body: { intent: 'CAPTURE', purchaseUnits: [{ amount: { currencyCode: 'USD', value: req.body.total } }] } });
  res.json(result);
});`,
      errors: [
        { messageId: 'clientAmount', data: {"call": "PayPal createOrder", "field": "body.purchaseUnits.amount.value", "source": "req.body.total"}, line: 7, column: 142, endLine: 7, endColumn: 156, suggestions: null },
      ],
    },
    {
      name: "Square amountMoney in Next.js route",
      code: `import { SquareClient } from 'square';
const square = new SquareClient({ token: process.env.SQUARE_TOKEN });
export async function POST(request: Request) {
  const { sourceId, amount } = await request.json();
  const { payment } = await square.payments.create({ sourceId, idempotencyKey: crypto.randomUUID(), amountMoney: { amount: BigInt(amount), currency: 'USD' } });
  return Response.json({ id: payment?.id });
}`,
      filename: "app/api/pay/route.ts",
      errors: [
        { messageId: 'clientAmount', data: {"call": "Square payments.create", "field": "amountMoney.amount", "source": "request.json().amount"}, line: 5, column: 124, endLine: 5, endColumn: 138, suggestions: null },
      ],
    },
    {
      name: "Braintree sale in Fastify",
      code: `import Fastify from 'fastify';
import braintree from 'braintree';
const gateway = new braintree.BraintreeGateway({ environment: braintree.Environment.Sandbox, merchantId: 'm', publicKey: 'p', privateKey: process.env.BT_KEY });
const app = Fastify();
app.post('/checkout', async (request, reply) => {
  return gateway.transaction.sale({ amount: request.body.amount, paymentMethodNonce: request.body.nonce, options: { submitForSettlement: true } });
});`,
      errors: [
        { messageId: 'clientAmount', data: {"call": "Braintree transaction.sale", "field": "amount", "source": "request.body.amount"}, line: 6, column: 45, endLine: 6, endColumn: 64, suggestions: null },
      ],
    },
    {
      name: "Razorpay order amount in a Lambda",
      code: `import Razorpay from 'razorpay';
const razorpay = new Razorpay({ key_id: 'rzp_test_x', key_secret: process.env.RZP_SECRET });
export const handler = async (event) => {
  const body = JSON.parse(event.body);
  const order = await razorpay.orders.create({ amount: body.amount * 100, currency: 'INR' });
  return { statusCode: 200, body: JSON.stringify(order) };
};`,
      errors: [
        { messageId: 'clientAmount', data: {"call": "Razorpay orders.create", "field": "amount", "source": "event.body.amount"}, line: 5, column: 56, endLine: 5, endColumn: 73, suggestions: null },
      ],
    },
    {
      name: "Adyen amount value in Koa",
      code: `import Router from '@koa/router';
import { Client, CheckoutAPI } from '@adyen/api-library';
const client = new Client({ apiKey: process.env.ADYEN_KEY, environment: 'TEST' });
const checkout = new CheckoutAPI(client);
const router = new Router();
router.post('/pay', async (ctx) => {
  const { value, currency } = ctx.request.body.amount;
  ctx.body = await checkout.PaymentsApi.payments({ amount: { value, currency }, merchantAccount: 'Shop', reference: 'r1', paymentMethod: ctx.request.body.paymentMethod });
});`,
      errors: [
        { messageId: 'clientAmount', data: {"call": "Adyen PaymentsApi.payments", "field": "amount.value", "source": "ctx.request.body.amount.value"}, line: 8, column: 62, endLine: 8, endColumn: 67, suggestions: null },
        { messageId: 'clientCurrency', data: {"call": "Adyen PaymentsApi.payments", "field": "amount.currency", "source": "ctx.request.body.amount.currency"}, line: 8, column: 69, endLine: 8, endColumn: 77, suggestions: null },
      ],
    },
    {
      name: "NestJS @Body field without a DTO class",
      code: `import { Body, Controller, Post } from '@nestjs/common';
import Stripe from 'stripe';
@Controller('pay')
export class PayController {
  private stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
  @Post()
  create(@Body('amount') amount: number) {
    return this.stripe.paymentIntents.create({ amount, currency: 'usd' });
  }
}`,
      errors: [
        { messageId: 'clientAmount', data: {"call": "Stripe paymentIntents.create", "field": "amount", "source": "@Body('amount')"}, line: 8, column: 48, endLine: 8, endColumn: 54, suggestions: null },
      ],
    },
    {
      name: "Firebase callable function charging the amount the app sends",
      code: `const functions = require('firebase-functions');
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
exports.createPaymentIntent = functions.https.onCall(async (data) => {
  const intent = await stripe.paymentIntents.create({ amount: parseInt(data.price), currency: 'usd' });
  return intent.client_secret;
});`,
      ...commonjs,
      errors: [
        { messageId: 'clientAmount', data: {"call": "Stripe paymentIntents.create", "field": "amount", "source": "data.price"}, line: 4, column: 63, suggestions: null },
      ],
    },
    {
      name: "Firebase v2 callable function charging request.data.amount",
      code: `import { onCall } from 'firebase-functions/v2/https';
import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
export const pay = onCall({ cors: true }, async (request) => {
  return stripe.paymentIntents.create({ amount: request.data.amount, currency: 'usd' });
});`,
      errors: [
        { messageId: 'clientAmount', data: {"call": "Stripe paymentIntents.create", "field": "amount", "source": "request.data.amount"}, line: 5, column: 49, suggestions: null },
      ],
    },
    {
      name: "Firebase onRequest function with unconventional parameter names",
      code: `const functions = require('firebase-functions');
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
exports.pay = functions.https.onRequest(async (rq, rs) => {
  const intent = await stripe.paymentIntents.create({ amount: rq.body.amount, currency: 'usd' });
  rs.send({ clientSecret: intent.client_secret });
});`,
      ...commonjs,
      errors: [
        { messageId: 'clientAmount', data: {"call": "Stripe paymentIntents.create", "field": "amount", "source": "rq.body.amount"}, line: 4, column: 63, suggestions: null },
      ],
    },
    {
      name: "paypal-rest-sdk payment with the total from the request body",
      code: `const paypal = require('paypal-rest-sdk');
app.post('/pay', (req, res) => {
  paypal.payment.create({ intent: 'sale', transactions: [{ amount: { total: req.body.amount, currency: 'USD' } }] }, (error, payment) => res.json(payment));
});`,
      ...commonjs,
      errors: [
        { messageId: 'clientAmount', data: {"call": "PayPal payment.create", "field": "transactions.amount.total", "source": "req.body.amount"}, line: 3, column: 77, suggestions: null },
      ],
    },
    {
      name: "ad-hoc product and price from the request, charged in the same handler",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/checkout', async (req, res) => {
  const product = await stripe.products.create({ name: 'Order' });
  const price = await stripe.prices.create({ product: product.id, currency: 'usd', unit_amount: req.body.amount });
  const session = await stripe.checkout.sessions.create({ mode: 'payment', line_items: [{ price: price.id, quantity: 1 }], success_url: 'https://shop.example/ok' });
  res.json({ url: session.url });
});`,
      errors: [
        { messageId: 'clientAmount', data: {"call": "Stripe prices.create", "field": "unit_amount", "source": "req.body.amount"}, line: 7, column: 97, suggestions: null },
      ],
    },
    {
      name: "price from the request for an existing product",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/price', async (req, res) => {
  const price = await stripe.prices.create({ product: req.body.productId, currency: 'usd', unit_amount: req.body.amount });
  res.json({ price: price.id });
});`,
      errors: [
        { messageId: 'clientAmount', data: {"call": "Stripe prices.create", "field": "unit_amount", "source": "req.body.amount"}, line: 6, column: 105, suggestions: null },
      ],
    },
    {
      name: "CommonJS require(stripe)(key) with a const params object",
      code: `const express = require('express');
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/pay', async (req, res) => {
  const params = { amount: req.body.amount, currency: 'usd' };
  const intent = await stripe.paymentIntents.create(params);
  res.json({ clientSecret: intent.client_secret });
});`,
      ...commonjs,
      errors: [
        { messageId: 'clientAmount', data: {"call": "Stripe paymentIntents.create", "field": "amount", "source": "req.body.amount"}, line: 5, column: 28, endLine: 5, endColumn: 43, suggestions: null },
      ],
    },
    {
      name: "extra amount field option",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/pay', async (req, res) => {
  await stripe.paymentIntents.create({ amount: 1000, currency: 'usd', amount_details: req.body.details });
});`,
      options: [{"extraAmountFields": ["amount_details"]}],
      errors: [
        { messageId: 'clientAmount', data: {"call": "Stripe paymentIntents.create", "field": "amount_details", "source": "req.body.details"}, line: 6, column: 87, endLine: 6, endColumn: 103, suggestions: null },
      ],
    },
  ],
});
