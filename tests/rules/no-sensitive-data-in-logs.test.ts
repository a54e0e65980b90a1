import rule from '../../rules/no-sensitive-data-in-logs.js';
import { commonjs, createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

const CARD_FIELD_UNSAFE = "import { CardField } from '@stripe/stripe-react-native';\nexport function Card() {\n  return <CardField postalCodeEnabled dangerouslyGetFullCardDetails onCardChange={(cardDetails) => console.log('card', cardDetails, cardDetails.number)} />;\n}";
const CARD_FIELD_UNKNOWN = "import { CardField } from './my-card-field';\nexport function Card() {\n  return <CardField postalCodeEnabled onCardChange={(cardDetails) => console.log('card', cardDetails, cardDetails.number)} />;\n}";

ruleTester.run('no-sensitive-data-in-logs', rule, {
  valid: [
    { name: "M-Pesa passkey presence only", code: "console.log('PASSKEY set:', Boolean(process.env.PASSKEY), 'shortcode:', process.env.MPESA_SHORTCODE);" },
    {
      name: "last4 and brand from a Stripe payment method",
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport async function show(id: string) {\n  const pm = await stripe.paymentMethods.retrieve(id);\n  console.log(`Charging ${pm.card?.brand} ending ${pm.card?.last4}`, pm.id);\n}",
    },
    {
      name: "ids and amounts",
      code: "import pino from 'pino';\nconst logger = pino();\nlogger.info({ paymentIntentId: intent.id, customerId: 'cus_123', amount: intent.amount, currency: intent.currency }, 'payment created');",
    },
    {
      name: "masked with slice(-4)",
      code: "console.log('card', cardNumber.slice(-4));",
    },
    {
      name: "mask helper by segment",
      code: "import { maskPan } from './masking';\nconsole.info('card', maskPan(req.body.cardNumber));",
    },
    {
      name: "redact/hash/encrypt/tokenize helpers",
      code: "console.log(redact(card), hashValue(cvv), encryptField(pan), tokenizeCard(cardNumber));",
    },
    {
      name: "createHash digest of the PAN",
      code: "import crypto from 'crypto';\nconsole.log(crypto.createHmac('sha256', key).update(cardNumber).digest('hex'));",
    },
    {
      name: "digit-masking replace",
      code: "console.log(cardNumber.replace(/\\d(?=\\d{4})/g, '*'));",
    },
    {
      name: "configured mask helper",
      code: "console.log(scrubCard(card.number));",
      options: [{"maskFunctions":["scrubCard"]}],
    },
    {
      name: "segment matching: panel, company, expand, Japan",
      code: "console.log(panel, company, expand, Japan, panX, expiresAt);",
    },
    {
      name: "ambiguous names without card context",
      code: "console.log(number, accountNumber, verificationCode, pin, order.number, user.pin);",
    },
    {
      name: "metadata names around card data",
      code: "console.log(cardNumberLength, isValidCardNumber, cardNumberError, cvvPattern, cardNumberLabel, onCardNumberChange);",
    },
    {
      name: "UI labels are not data",
      code: "console.log('Card number', 'Enter the CVV on the back of your card');\nconsole.log({ label: 'Card number', placeholder: '1234 1234 1234 1234' });",
    },
    {
      name: "non-payment cards",
      code: "console.log(giftCardNumber, simCardPin, loyaltyCardNumber);",
    },
    {
      name: "masked and encrypted names",
      code: "console.log(maskedPan, encryptedCardNumber, cardToken, hashedPan, maskedNumber);",
    },
    {
      name: "public keys and secret metadata",
      code: "console.log(publishableKey, secretName, isSecret, passwordStrength, clientId, keyId, secretary);",
    },
    {
      name: "expiry on its own by default",
      code: "console.log('expires', card.exp_month, card.exp_year, expiryDate);",
    },
    {
      name: "request body outside payment code",
      code: "import express from 'express';\nconst app = express();\napp.post('/signup', (req, res) => {\n  console.log(req.body);\n  res.sendStatus(204);\n});",
    },
    {
      name: "selected request fields",
      code: "import Stripe from 'stripe';\nexport function handler(req: any) {\n  console.log('checkout', req.body.amount, req.body.currency, req.headers['user-agent']);\n}",
    },
    {
      name: "non-Luhn and timestamp numbers",
      code: "console.log('order 1234567890123456', Date.now(), 1700000000000, 'ref 4242424242424241');",
    },
    {
      name: "test card in a test file",
      code: "console.log('paying with', '4242 4242 4242 4242', card.number);",
      filename: "src/__tests__/checkout.test.ts",
    },
    {
      name: "unknown logger object",
      code: "audit.info(card.number);\nmyLogger.log(cvv);",
    },
    {
      name: "logger name option needs an import",
      code: "function run(logger: { info(v: unknown): void }) {\n  logger.info(card.number);\n}",
      options: [{"loggers":["logger"]}],
    },
    {
      name: "locally defined console-like object",
      code: "const console = { log(..._args: unknown[]) {} };\nconsole.log(cardNumber);",
    },
    {
      name: "JSON.stringify with a replacer",
      code: "console.log(JSON.stringify(card, redactKeys));",
    },
    {
      name: "token names are not secrets",
      code: "console.log(token, paymentMethodToken, nextPageToken, clientToken);",
    },
    {
      name: "unknown call results are unknown",
      code: "console.log(formatCard(card), summarize(paymentMethod));",
    },
    {
      name: "boolean checks on card data",
      code: "console.log('has cvc', Boolean(cvc), !!cardNumber, typeof cvv, cvc === undefined);",
    },
    {
      name: "Sentry setContext key names are not data",
      code: "import * as Sentry from '@sentry/node';\nSentry.setContext('card', { brand: card.brand, last4: card.last4, funding: card.funding });",
    },
    {
      name: "nested safe card fields",
      code: "import winston from 'winston';\nconst logger = winston.createLogger({ level: 'info' });\nlogger.info('charged', { card: { brand: pm.card.brand, last4: pm.card.last4 }, amount });",
    },
    {
      name: "CommonJS safe log",
      code: "const pino = require('pino');\nconst log = pino();\nlog.info({ orderId: order.id, status: charge.status });",
      ...commonjs,
    },
    {
      name: "JSX component logging safe fields",
      code: "export function Summary({ card }: { card: { last4: string; brand: string } }) {\n  console.log(card.last4);\n  return <p>{card.brand} •••• {card.last4}</p>;\n}",
      filename: "components/Summary.tsx",
    },
    {
      name: "property keys with literal values",
      code: "console.log({ cardNumber: '****', cvv: undefined, apiKey: null, expiry: 'redacted' });",
    },
    {
      name: "UI and game cards are not payment cards",
      code: "export function Board({ deck, props }: any) {\n  console.log(props.card, deck.card, this_card);\n  return null;\n}",
      filename: "components/Board.tsx",
    },
    {
      name: "pino with redaction paths logging safe fields",
      code: "import pino from 'pino';\nconst logger = pino({ redact: { paths: ['req.headers.authorization', 'card.number', 'card.cvc'], censor: '[REDACTED]' } });\nexport function charged(charge: { id: string; amount: number; payment_method_details: { card: { last4: string; brand: string } } }) {\n  logger.info({ chargeId: charge.id, amount: charge.amount, last4: charge.payment_method_details.card.last4 }, 'charge succeeded');\n}",
    },
    {
      name: "Stripe webhook logging the event type and ids",
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport async function webhook(req: any, res: any) {\n  const event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET!);\n  const intent = event.data.object as Stripe.PaymentIntent;\n  console.log(`Received ${event.type} for ${intent.id}`, intent.status, intent.amount_received);\n  res.sendStatus(200);\n}",
    },
    {
      name: "Express error handler logging the message",
      code: "import express from 'express';\nconst app = express();\napp.use((err: Error, req: express.Request, res: express.Response, next: express.NextFunction) => {\n  console.error('checkout failed', err.message, req.method, req.path);\n  res.status(500).json({ error: 'Payment failed' });\n});",
    },
    {
      name: "Stripe React Native CardField change details hold no card number",
      code: "import { CardField } from '@stripe/stripe-react-native';\nexport function Card() {\n  return <CardField postalCodeEnabled onCardChange={(cardDetails) => console.log('card', cardDetails, cardDetails.number)} />;\n}",
      filename: "app/Card.jsx",
    },
    {
      name: "PayPal hosted number field event",
      code: "import { PayPalHostedField } from '@paypal/react-paypal-js';\nexport const Number = () => <PayPalHostedField hostedFieldType='number' onChange={(event) => console.log(event.cardNumber)} />;",
      filename: "app/Number.jsx",
    },
    {
      name: "Stripe Elements change event in a React form",
      code: "import { CardElement } from '@stripe/react-stripe-js';\nexport function CardForm() {\n  return <CardElement onChange={(event) => console.log('card complete', event.complete, event.brand, event.error?.message)} />;\n}",
      filename: "components/CardForm.tsx",
    },
    {
      name: "debug logger with order ids",
      code: "const debug = require('debug')('app:pay');\nexport function paid(req) {\n  debug('order %s paid with %s', req.body.orderId, req.body.paymentMethodId);\n}",
    },
    {
      name: "signale logs the payment intent id",
      code: "import signale from 'signale';\nexport function done(intent) {\n  signale.success('payment %s %s', intent.id, intent.status);\n}",
    },
    {
      name: "NestJS service logs ids through an injected project logger",
      code: "import { Injectable } from '@nestjs/common';\n@Injectable()\nexport class PaymentsService {\n  constructor(private readonly logger: AppLogger) {}\n  charged(intent: { id: string; status: string }) {\n    this.logger.log(`charged ${intent.id}: ${intent.status}`);\n  }\n}",
    },
    {
      name: "this.logger outside a NestJS class is unknown",
      code: "export class Exporter {\n  constructor(private readonly logger: { info(v: unknown): void }) {}\n  run(card: { number: string }) {\n    this.logger.info(card.number);\n  }\n}",
    },
    {
      name: "Fastify request logger with the order id",
      code: "import Fastify from 'fastify';\nconst app = Fastify({ logger: true });\napp.post('/checkout', async (request) => {\n  request.log.info({ orderId: request.body.orderId }, 'checkout started');\n  return { ok: true };\n});",
    },
    {
      name: "Fastify plugin logs the port",
      code: "export default async function routes(fastify) {\n  fastify.log.info('payments routes registered');\n}",
    },
    {
      name: "log member of a local object is not a request logger",
      code: "const req = { log: { info(..._args) {} } };\nreq.log.info(card.number);",
    },
    {
      name: "headers of a health check",
      code: "import express from 'express';\nconst app = express();\napp.get('/health', (req, res) => {\n  console.log(req.headers);\n  res.sendStatus(200);\n});",
    },
    {
      name: "one non-credential header in a checkout route",
      code: "import express from 'express';\nconst app = express();\napp.post('/checkout', (req, res) => {\n  console.log('checkout from', req.headers['user-agent'], req.body.orderId);\n  res.sendStatus(202);\n});",
    },
    {
      name: "body of a non-payment webhook",
      code: "import express from 'express';\nconst app = express();\napp.post('/webhooks/github', (req, res) => {\n  console.log(req.body);\n  res.sendStatus(204);\n});",
    },
    {
      name: "body of a cart route",
      code: "import express from 'express';\nconst app = express();\napp.post('/cart/items', (req, res) => {\n  console.log(req.body);\n  res.sendStatus(201);\n});",
    },
    {
      name: "PaymentIntent id and status",
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport async function pay(amount) {\n  const paymentIntent = await stripe.paymentIntents.create({ amount, currency: 'usd' });\n  console.log('created', paymentIntent.id, paymentIntent.status);\n  return paymentIntent.client_secret;\n}",
    },
    {
      name: "whole Stripe PaymentMethod has no card number or secret",
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport async function show(id) {\n  const paymentMethod = await stripe.paymentMethods.retrieve(id);\n  console.log(paymentMethod);\n}",
    },
    {
      name: "environment names and counts",
      code: "console.log('mode', process.env.NODE_ENV, 'port', process.env.PORT, Object.keys(process.env).length);",
    },
    {
      name: "env of a local object",
      code: "export function show(process) {\n  console.log(process.env);\n}",
    },
    {
      name: "body of a kanban cards route",
      code: "import express from 'express';\nconst app = express();\napp.post('/boards/:boardId/cards', (req, res) => {\n  console.log('new card', req.body);\n  res.sendStatus(201);\n});",
    },
  ],
  invalid: [
    {
      name: "CardField with dangerouslyGetFullCardDetails hands the full number to the callback",
      code: CARD_FIELD_UNSAFE,
      filename: "app/Card.jsx",
      errors: [
        { messageId: 'cardObject', line: 3, column: 120 },
        { messageId: 'cardNumber', line: 3, column: 133, suggestions: [{ messageId: 'logLast4', output: CARD_FIELD_UNSAFE.replace('cardDetails.number)', 'cardDetails.number.slice(-4))') }] },
      ],
    },
    {
      name: "a callback prop of an unknown card component is not trusted",
      code: CARD_FIELD_UNKNOWN,
      filename: "app/Card.jsx",
      errors: [
        { messageId: 'cardObject', line: 3, column: 90 },
        { messageId: 'cardNumber', line: 3, column: 103, suggestions: [{ messageId: 'logLast4', output: CARD_FIELD_UNKNOWN.replace('cardDetails.number)', 'cardDetails.number.slice(-4))') }] },
      ],
    },
    {
      name: "card number from the request body",
      code: "import express from 'express';\nconst app = express();\napp.post('/pay', (req, res) => {\n  console.log('paying with', req.body.cardNumber);\n  res.sendStatus(202);\n});",
      errors: [
        { messageId: 'cardNumber', data: {"name":"req.body.cardNumber"}, line: 4, column: 30, endLine: 4, endColumn: 49, suggestions: [{ messageId: 'logLast4', output: "import express from 'express';\nconst app = express();\napp.post('/pay', (req, res) => {\n  console.log('paying with', req.body.cardNumber.slice(-4));\n  res.sendStatus(202);\n});" }] },
      ],
    },
    {
      name: "destructured card fields",
      code: "export function pay(req: any) {\n  const { cardNumber, cvc } = req.body;\n  console.log('card', cardNumber, cvc);\n}",
      errors: [
        { messageId: 'cardNumber', data: {"name":"cardNumber"}, line: 3, column: 23, endLine: 3, endColumn: 33, suggestions: [{ messageId: 'logLast4', output: "export function pay(req: any) {\n  const { cardNumber, cvc } = req.body;\n  console.log('card', cardNumber.slice(-4), cvc);\n}" }] },
        { messageId: 'securityCode', data: {"name":"cvc"}, line: 3, column: 35, endLine: 3, endColumn: 38, suggestions: null },
      ],
    },
    {
      name: "number inside a card object",
      code: "export function pay(card: { number: string }) {\n  console.log(card.number);\n}",
      errors: [
        { messageId: 'cardNumber', data: {"name":"card.number"}, line: 2, column: 15, endLine: 2, endColumn: 26, suggestions: [{ messageId: 'logLast4', output: "export function pay(card: { number: string }) {\n  console.log(card.number.slice(-4));\n}" }] },
      ],
    },
    {
      name: "destructured number from a card",
      code: "export function pay(req: any) {\n  const { number, cvc: securityCode } = req.body.card;\n  console.debug(number, securityCode);\n}",
      errors: [
        { messageId: 'cardNumber', data: {"name":"number"}, line: 3, column: 17, endLine: 3, endColumn: 23, suggestions: [{ messageId: 'logLast4', output: "export function pay(req: any) {\n  const { number, cvc: securityCode } = req.body.card;\n  console.debug(number.slice(-4), securityCode);\n}" }] },
        { messageId: 'securityCode', data: {"name":"securityCode"}, line: 3, column: 25, endLine: 3, endColumn: 37, suggestions: null },
      ],
    },
    {
      name: "template literal",
      code: "console.log(`charging card ${cardNumber} for ${amount}`);",
      errors: [
        { messageId: 'cardNumber', data: {"name":"cardNumber"}, line: 1, column: 30, endLine: 1, endColumn: 40, suggestions: [{ messageId: 'logLast4', output: "console.log(`charging card ${cardNumber.slice(-4)} for ${amount}`);" }] },
      ],
    },
    {
      name: "string concatenation",
      code: "console.error('declined: ' + payment.card.number);",
      errors: [
        { messageId: 'cardNumber', data: {"name":"payment.card.number"}, line: 1, column: 30, endLine: 1, endColumn: 49, suggestions: [{ messageId: 'logLast4', output: "console.error('declined: ' + payment.card.number.slice(-4));" }] },
      ],
    },
    {
      name: "object literal key with unknown value",
      code: "console.log({ cardNumber: input.value, amount });",
      errors: [
        { messageId: 'cardNumber', data: {"name":"cardNumber"}, line: 1, column: 15, endLine: 1, endColumn: 38, suggestions: null },
      ],
    },
    {
      name: "shorthand property",
      code: "export function pay(pan: string, amount: number) {\n  console.log({ pan, amount });\n}",
      errors: [
        { messageId: 'cardNumber', data: {"name":"pan"}, line: 2, column: 17, endLine: 2, endColumn: 20, suggestions: [{ messageId: 'logLast4', output: "export function pay(pan: string, amount: number) {\n  console.log({ pan: pan.slice(-4), amount });\n}" }] },
      ],
    },
    {
      name: "spread of a card object",
      code: "console.log({ ...paymentMethod.card, orderId });",
      errors: [
        { messageId: 'cardObject', data: {"name":"paymentMethod.card"}, line: 1, column: 18, endLine: 1, endColumn: 36, suggestions: null },
      ],
    },
    {
      name: "whole card object",
      code: "console.log('card', req.body.card);",
      errors: [
        { messageId: 'cardObject', data: {"name":"req.body.card"}, line: 1, column: 21, endLine: 1, endColumn: 34, suggestions: null },
      ],
    },
    {
      name: "Braintree creditCard object",
      code: "import braintree from 'braintree';\nexport function save(creditCard: unknown) {\n  console.log(creditCard);\n}",
      errors: [
        { messageId: 'cardObject', data: {"name":"creditCard"}, line: 3, column: 15, endLine: 3, endColumn: 25, suggestions: null },
      ],
    },
    {
      name: "whole request body in a Stripe handler",
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(key);\nexport async function POST(req: Request) {\n  const body = await req.json();\n  console.log('checkout request', body);\n  return stripe.paymentIntents.create({ amount: 1000, currency: 'usd' });\n}",
      errors: [
        { messageId: 'requestData', data: {"name":"body","part":"body"}, line: 5, column: 35, endLine: 5, endColumn: 39, suggestions: null },
      ],
    },
    {
      name: "request body when the handler reads card fields",
      code: "export function pay(req: any) {\n  console.log(req.body);\n  return charge(req.body.cardNumber);\n}",
      errors: [
        { messageId: 'requestData', data: {"name":"req.body","part":"body"}, line: 2, column: 15, endLine: 2, endColumn: 23, suggestions: null },
      ],
    },
    {
      name: "request headers in payment code",
      code: "import Stripe from 'stripe';\nexport function hook(req: any) {\n  console.log(req.headers);\n}",
      errors: [
        { messageId: 'requestData', data: {"name":"req.headers","part":"headers"}, line: 3, column: 15, endLine: 3, endColumn: 26, suggestions: null },
      ],
    },
    {
      name: "authorization header",
      code: "console.log('auth', req.headers.authorization, req.get('Authorization'));",
      errors: [
        { messageId: 'secret', data: {"name":"req.headers.authorization"}, line: 1, column: 21, endLine: 1, endColumn: 46, suggestions: null },
        { messageId: 'secret', data: {"name":"req.get('Authorization')"}, line: 1, column: 48, endLine: 1, endColumn: 72, suggestions: null },
      ],
    },
    {
      name: "M-Pesa passkey printed at start-up",
      code: "console.log('PASSKEY:', process.env.PASSKEY || 'missing');",
      errors: [
        { messageId: 'secret', data: {"name":"process.env.PASSKEY"}, line: 1, column: 25, endLine: 1, endColumn: 44, suggestions: null },
      ],
    },
    {
      name: "secret key from env",
      code: "console.log('using key', process.env.STRIPE_SECRET_KEY);",
      errors: [
        { messageId: 'secret', data: {"name":"process.env.STRIPE_SECRET_KEY"}, line: 1, column: 26, endLine: 1, endColumn: 55, suggestions: null },
      ],
    },
    {
      name: "webhook secret in a template",
      code: "const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET;\nconsole.log(`verifying with ${webhookSecret}`);",
      errors: [
        { messageId: 'secret', data: {"name":"webhookSecret"}, line: 2, column: 31, endLine: 2, endColumn: 44, suggestions: null },
      ],
    },
    {
      name: "card number literal",
      code: "console.log('charging 4111 1111 1111 1111');",
      errors: [
        { messageId: 'cardNumberLiteral', data: {"card":"Visa ending 1111"}, line: 1, column: 13, endLine: 1, endColumn: 43, suggestions: null },
      ],
    },
    {
      name: "error built from the PAN",
      code: "import * as Sentry from '@sentry/node';\nSentry.captureException(new Error(`Card ${cardNumber} declined`));",
      errors: [
        { messageId: 'cardNumber', data: {"name":"cardNumber"}, line: 2, column: 43, endLine: 2, endColumn: 53, suggestions: [{ messageId: 'logLast4', output: "import * as Sentry from '@sentry/node';\nSentry.captureException(new Error(`Card ${cardNumber.slice(-4)} declined`));" }] },
      ],
    },
    {
      name: "constant message built from the PAN",
      code: "export function fail(pan: string) {\n  const msg = 'declined ' + pan;\n  console.warn(msg);\n}",
      errors: [
        { messageId: 'cardNumber', data: {"name":"msg"}, line: 3, column: 16, endLine: 3, endColumn: 19, suggestions: null },
      ],
    },
    {
      name: "JSON.stringify of a card object",
      code: "console.log(JSON.stringify(creditCard));",
      errors: [
        { messageId: 'cardObject', data: {"name":"creditCard"}, line: 1, column: 28, endLine: 1, endColumn: 38, suggestions: null },
      ],
    },
    {
      name: "pino instance and child",
      code: "import pino from 'pino';\nconst logger = pino().child({ module: 'payments' });\nlogger.info({ cvv: dto.cvv }, 'received');",
      errors: [
        { messageId: 'securityCode', data: {"name":"dto.cvv"}, line: 3, column: 20, endLine: 3, endColumn: 27, suggestions: [{ messageId: 'removeProperty', output: "import pino from 'pino';\nconst logger = pino().child({ module: 'payments' });\nlogger.info({  }, 'received');" }] },
      ],
    },
    {
      name: "winston created logger",
      code: "import winston from 'winston';\nconst logger = winston.createLogger({ transports: [new winston.transports.Console()] });\nexport function log(card: any) {\n  logger.info('card', { number: card.number });\n}",
      errors: [
        { messageId: 'cardNumber', data: {"name":"card.number"}, line: 4, column: 33, endLine: 4, endColumn: 44, suggestions: [{ messageId: 'logLast4', output: "import winston from 'winston';\nconst logger = winston.createLogger({ transports: [new winston.transports.Console()] });\nexport function log(card: any) {\n  logger.info('card', { number: card.number.slice(-4) });\n}" }] },
      ],
    },
    {
      name: "NestJS Logger in a class field",
      code: "import { Injectable, Logger } from '@nestjs/common';\n@Injectable()\nexport class PaymentsService {\n  private readonly logger = new Logger(PaymentsService.name);\n  charge(dto: { cardNumber: string }) {\n    this.logger.log(`charging ${dto.cardNumber}`);\n  }\n}",
      errors: [
        { messageId: 'cardNumber', data: {"name":"dto.cardNumber"}, line: 6, column: 33, endLine: 6, endColumn: 47, suggestions: [{ messageId: 'logLast4', output: "import { Injectable, Logger } from '@nestjs/common';\n@Injectable()\nexport class PaymentsService {\n  private readonly logger = new Logger(PaymentsService.name);\n  charge(dto: { cardNumber: string }) {\n    this.logger.log(`charging ${dto.cardNumber.slice(-4)}`);\n  }\n}" }] },
      ],
    },
    {
      name: "debug instance",
      code: "import createDebug from 'debug';\nconst debug = createDebug('checkout');\ndebug('card %s exp %s', card.number, card.exp);",
      errors: [
        { messageId: 'cardNumber', data: {"name":"card.number"}, line: 3, column: 25, endLine: 3, endColumn: 36, suggestions: [{ messageId: 'logLast4', output: "import createDebug from 'debug';\nconst debug = createDebug('checkout');\ndebug('card %s exp %s', card.number.slice(-4), card.exp);" }] },
      ],
    },
    {
      name: "Sentry setExtra and addBreadcrumb",
      code: "import * as Sentry from '@sentry/nextjs';\nSentry.setExtra('card', cardDetails);\nSentry.addBreadcrumb({ message: 'cvc entered', data: { cvc } });",
      errors: [
        { messageId: 'cardObject', data: {"name":"cardDetails"}, line: 2, column: 25, endLine: 2, endColumn: 36, suggestions: null },
        { messageId: 'securityCode', data: {"name":"cvc"}, line: 3, column: 56, endLine: 3, endColumn: 59, suggestions: [{ messageId: 'removeProperty', output: "import * as Sentry from '@sentry/nextjs';\nSentry.setExtra('card', cardDetails);\nSentry.addBreadcrumb({ message: 'cvc entered', data: {  } });" }] },
      ],
    },
    {
      name: "bunyan and log4js",
      code: "import bunyan from 'bunyan';\nimport log4js from 'log4js';\nconst b = bunyan.createLogger({ name: 'pay' });\nconst l = log4js.getLogger('pay');\nb.info(track2);\nl.error(pinBlock);",
      errors: [
        { messageId: 'trackData', data: {"name":"track2"}, line: 5, column: 8, endLine: 5, endColumn: 14, suggestions: null },
        { messageId: 'trackData', data: {"name":"pinBlock"}, line: 6, column: 9, endLine: 6, endColumn: 17, suggestions: null },
      ],
    },
    {
      name: "CommonJS winston default logger",
      code: "const winston = require('winston');\nwinston.info('card %s', req.body.card_number);",
      ...commonjs,
      errors: [
        { messageId: 'cardNumber', data: {"name":"req.body.card_number"}, line: 2, column: 25, endLine: 2, endColumn: 45, suggestions: [{ messageId: 'logLast4', output: "const winston = require('winston');\nwinston.info('card %s', req.body.card_number.slice(-4));" }] },
      ],
    },
    {
      name: "project logger named in options",
      code: "import { logger } from '../lib/logger';\nlogger.info({ cardNumber: body.cardNumber });",
      options: [{"loggers":["logger"]}],
      errors: [
        { messageId: 'cardNumber', data: {"name":"body.cardNumber"}, line: 2, column: 27, endLine: 2, endColumn: 42, suggestions: [{ messageId: 'logLast4', output: "import { logger } from '../lib/logger';\nlogger.info({ cardNumber: body.cardNumber.slice(-4) });" }] },
      ],
    },
    {
      name: "mask helper suggestion",
      code: "import { maskPan } from './mask';\nconsole.log(card.number);",
      options: [{"maskFunctions":["maskPan"]}],
      errors: [
        { messageId: 'cardNumber', data: {"name":"card.number"}, line: 2, column: 13, endLine: 2, endColumn: 24, suggestions: [{ messageId: 'logLast4', output: "import { maskPan } from './mask';\nconsole.log(card.number.slice(-4));" }, { messageId: 'wrapInMask', data: {"fn":"maskPan"}, output: "import { maskPan } from './mask';\nconsole.log(maskPan(card.number));" }] },
      ],
    },
    {
      name: "expiry when includeExpiry is on",
      code: "console.log(card.exp_month, expirationDate);",
      options: [{"includeExpiry":true}],
      errors: [
        { messageId: 'expiry', data: {"name":"card.exp_month"}, line: 1, column: 13, endLine: 1, endColumn: 27, suggestions: null },
        { messageId: 'expiry', data: {"name":"expirationDate"}, line: 1, column: 29, endLine: 1, endColumn: 43, suggestions: null },
      ],
    },
    {
      name: "test files when checkTestFiles is on",
      code: "console.log(card.cvc);",
      filename: "src/pay.test.ts",
      options: [{"checkTestFiles":true}],
      errors: [
        { messageId: 'securityCode', data: {"name":"card.cvc"}, line: 1, column: 13, endLine: 1, endColumn: 21, suggestions: null },
      ],
    },
    {
      name: "JSX file logging a card number",
      code: "export function CardForm() {\n  const [cardNumber, setCardNumber] = useState('');\n  const submit = () => console.log('submitting', cardNumber);\n  return <form onSubmit={submit}><input value={cardNumber} onChange={(e) => setCardNumber(e.target.value)} /></form>;\n}",
      filename: "app/checkout/CardForm.tsx",
      errors: [
        { messageId: 'cardNumber', data: {"name":"cardNumber"}, line: 3, column: 50, endLine: 3, endColumn: 60, suggestions: [{ messageId: 'logLast4', output: "export function CardForm() {\n  const [cardNumber, setCardNumber] = useState('');\n  const submit = () => console.log('submitting', cardNumber.slice(-4));\n  return <form onSubmit={submit}><input value={cardNumber} onChange={(e) => setCardNumber(e.target.value)} /></form>;\n}" }] },
      ],
    },
    {
      name: "optional chaining and TS wrappers",
      code: "console.log((order?.payment?.card?.number as string)!);",
      errors: [
        { messageId: 'cardNumber', data: {"name":"order?.payment?.card?.number"}, line: 1, column: 14, endLine: 1, endColumn: 42, suggestions: [{ messageId: 'logLast4', output: "console.log((order?.payment?.card?.number?.slice(-4) as string)!);" }] },
      ],
    },
    {
      name: "injected NestJS Logger",
      code: "import { Injectable, Logger } from '@nestjs/common';\n@Injectable()\nexport class RefundsService {\n  constructor(private readonly logger: Logger) {}\n  refund(dto: { cvc: string }) {\n    this.logger.warn({ msg: 'refund', cvc: dto.cvc });\n  }\n}",
      errors: [
        { messageId: 'securityCode', data: {"name":"dto.cvc"}, line: 6, column: 44, endLine: 6, endColumn: 51, suggestions: [{ messageId: 'removeProperty', output: "import { Injectable, Logger } from '@nestjs/common';\n@Injectable()\nexport class RefundsService {\n  constructor(private readonly logger: Logger) {}\n  refund(dto: { cvc: string }) {\n    this.logger.warn({ msg: 'refund' });\n  }\n}" }] },
      ],
    },
    {
      name: "debug logger created by a curried require",
      code: "const debug = require('debug')('app:pay');\nexport function pay(req) {\n  debug('paying with %o', req.body.card);\n}",
      errors: [
        { messageId: "cardObject", data: {"name":"req.body.card"}, line: 3, column: 27, endLine: 3, endColumn: 40, suggestions: null },
      ],
    },
    {
      name: "signale default and Signale instances",
      code: "import signale, { Signale } from 'signale';\nconst payments = new Signale({ scope: 'payments' });\nexport function pay(dto) {\n  signale.info('card %s', dto.cardNumber);\n  payments.pending({ cvc: dto.cvc });\n}",
      errors: [
        { messageId: "cardNumber", data: {"name":"dto.cardNumber"}, line: 4, column: 27, endLine: 4, endColumn: 41, suggestions: [{ messageId: "logLast4", output: "import signale, { Signale } from 'signale';\nconst payments = new Signale({ scope: 'payments' });\nexport function pay(dto) {\n  signale.info('card %s', dto.cardNumber.slice(-4));\n  payments.pending({ cvc: dto.cvc });\n}" }] },
        { messageId: "securityCode", data: {"name":"dto.cvc"}, line: 5, column: 27, endLine: 5, endColumn: 34, suggestions: [{ messageId: "removeProperty", output: "import signale, { Signale } from 'signale';\nconst payments = new Signale({ scope: 'payments' });\nexport function pay(dto) {\n  signale.info('card %s', dto.cardNumber);\n  payments.pending({  });\n}" }] },
      ],
    },
    {
      name: "NestJS service with a logger of a project type",
      code: "import { Injectable } from '@nestjs/common';\n@Injectable()\nexport class PaymentsService {\n  constructor(private readonly logger: AppLogger) {}\n  charge(dto: { cardNumber: string }) {\n    this.logger.log(`charging ${dto.cardNumber}`);\n  }\n}",
      errors: [
        { messageId: "cardNumber", data: {"name":"dto.cardNumber"}, line: 6, column: 33, endLine: 6, endColumn: 47, suggestions: [{ messageId: "logLast4", output: "import { Injectable } from '@nestjs/common';\n@Injectable()\nexport class PaymentsService {\n  constructor(private readonly logger: AppLogger) {}\n  charge(dto: { cardNumber: string }) {\n    this.logger.log(`charging ${dto.cardNumber.slice(-4)}`);\n  }\n}" }] },
      ],
    },
    {
      name: "Fastify request logger",
      code: "import Fastify from 'fastify';\nconst app = Fastify({ logger: true });\napp.post('/pay', async (request, reply) => {\n  request.log.info({ cvv: request.body.cvv }, 'paying');\n  return reply.send({ ok: true });\n});",
      errors: [
        { messageId: "securityCode", data: {"name":"request.body.cvv"}, line: 4, column: 27, endLine: 4, endColumn: 43, suggestions: [{ messageId: "removeProperty", output: "import Fastify from 'fastify';\nconst app = Fastify({ logger: true });\napp.post('/pay', async (request, reply) => {\n  request.log.info({  }, 'paying');\n  return reply.send({ ok: true });\n});" }] },
      ],
    },
    {
      name: "Fastify plugin instance logger",
      code: "export default async function routes(fastify) {\n  fastify.post('/pay', async (request) => {\n    fastify.log.debug('card %s', request.body.cardNumber);\n    return { ok: true };\n  });\n}",
      errors: [
        { messageId: "cardNumber", data: {"name":"request.body.cardNumber"}, line: 3, column: 34, endLine: 3, endColumn: 57, suggestions: [{ messageId: "logLast4", output: "export default async function routes(fastify) {\n  fastify.post('/pay', async (request) => {\n    fastify.log.debug('card %s', request.body.cardNumber.slice(-4));\n    return { ok: true };\n  });\n}" }] },
      ],
    },
    {
      name: "pino-http request logger in Express",
      code: "import express from 'express';\nimport pinoHttp from 'pino-http';\nconst app = express();\napp.use(pinoHttp());\napp.post('/pay', (req, res) => {\n  req.log.info({ card: req.body.card }, 'pay');\n  res.sendStatus(202);\n});",
      errors: [
        { messageId: "cardObject", data: {"name":"req.body.card"}, line: 6, column: 24, endLine: 6, endColumn: 37, suggestions: null },
      ],
    },
    {
      name: "winston child logger used inline",
      code: "import winston from 'winston';\nconst logger = winston.createLogger({});\nexport function pay(req) {\n  logger.child({ requestId: req.id }).info('pay', { cardNumber: req.body.cardNumber });\n}",
      errors: [
        { messageId: "cardNumber", data: {"name":"req.body.cardNumber"}, line: 4, column: 65, endLine: 4, endColumn: 84, suggestions: [{ messageId: "logLast4", output: "import winston from 'winston';\nconst logger = winston.createLogger({});\nexport function pay(req) {\n  logger.child({ requestId: req.id }).info('pay', { cardNumber: req.body.cardNumber.slice(-4) });\n}" }] },
      ],
    },
    {
      name: "whole headers in a checkout route",
      code: "import express from 'express';\nconst app = express();\napp.post('/checkout', (req, res) => {\n  console.log(req.headers);\n  res.sendStatus(202);\n});",
      errors: [
        { messageId: "requestData", data: {"name":"req.headers","part":"headers"}, line: 4, column: 15, endLine: 4, endColumn: 26, suggestions: null },
      ],
    },
    {
      name: "whole headers in a handler that reads the Authorization header",
      code: "import express from 'express';\nconst app = express();\napp.get('/account', (req, res) => {\n  const token = req.get('Authorization');\n  console.log('request', req.headers);\n  res.json({ ok: Boolean(token) });\n});",
      errors: [
        { messageId: "requestHeadersCredential", data: {"name":"req.headers","part":"headers"}, line: 5, column: 26, endLine: 5, endColumn: 37, suggestions: null },
      ],
    },
    {
      name: "whole body in a payments route",
      code: "import express from 'express';\nconst router = express.Router();\nrouter.post('/api/payments', (req, res) => {\n  console.log('payment request', req.body);\n  res.sendStatus(202);\n});",
      errors: [
        { messageId: "requestData", data: {"name":"req.body","part":"body"}, line: 4, column: 34, endLine: 4, endColumn: 42, suggestions: null },
      ],
    },
    {
      name: "whole body in a Stripe webhook route",
      code: "import express from 'express';\nconst app = express();\napp.post('/stripe/webhook', express.raw({ type: 'application/json' }), (req, res) => {\n  console.log(req.body);\n  res.sendStatus(200);\n});",
      errors: [
        { messageId: "requestData", data: {"name":"req.body","part":"body"}, line: 4, column: 15, endLine: 4, endColumn: 23, suggestions: null },
      ],
    },
    {
      name: "whole body in a Next.js checkout route file",
      code: "export async function POST(request: Request) {\n  const body = await request.json();\n  console.log('checkout', body);\n  return Response.json({ ok: true });\n}",
      filename: "app/api/checkout/route.ts",
      errors: [
        { messageId: "requestData", data: {"name":"body","part":"body"}, line: 3, column: 27, endLine: 3, endColumn: 31, suggestions: null },
      ],
    },
    {
      name: "whole PaymentIntent with its client secret",
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport async function pay(amount) {\n  const paymentIntent = await stripe.paymentIntents.create({ amount, currency: 'usd' });\n  console.log('created', paymentIntent);\n  return paymentIntent.id;\n}",
      errors: [
        { messageId: "providerSecretObject", data: {"name":"paymentIntent","object":"PaymentIntent","field":"client_secret"}, line: 5, column: 26, endLine: 5, endColumn: 39, suggestions: null },
      ],
    },
    {
      name: "SetupIntent through JSON.stringify and an object",
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport async function setup(customer) {\n  const setupIntent = await stripe.setupIntents.create({ customer });\n  console.log(JSON.stringify(setupIntent));\n  console.info({ setupIntent });\n}",
      errors: [
        { messageId: "providerSecretObject", data: {"name":"setupIntent","object":"SetupIntent","field":"client_secret"}, line: 5, column: 30, endLine: 5, endColumn: 41, suggestions: null },
        { messageId: "providerSecretObject", data: {"name":"setupIntent","object":"SetupIntent","field":"client_secret"}, line: 6, column: 18, endLine: 6, endColumn: 29, suggestions: null },
      ],
    },
    {
      name: "the whole environment",
      code: "console.log(process.env);\nconsole.debug({ env: process.env, pid: process.pid });",
      errors: [
        { messageId: "secret", data: {"name":"process.env"}, line: 1, column: 13, endLine: 1, endColumn: 24, suggestions: null },
        { messageId: "secret", data: {"name":"process.env"}, line: 2, column: 22, endLine: 2, endColumn: 33, suggestions: [{ messageId: "removeProperty", output: "console.log(process.env);\nconsole.debug({  pid: process.pid });" }] },
      ],
    },
    {
      name: "a secret key in a template",
      code: "console.log(`starting with key=${process.env.STRIPE_SECRET_KEY}`);",
      errors: [
        { messageId: "secret", data: {"name":"process.env.STRIPE_SECRET_KEY"}, line: 1, column: 34, endLine: 1, endColumn: 63, suggestions: null },
      ],
    },

  ],
});
