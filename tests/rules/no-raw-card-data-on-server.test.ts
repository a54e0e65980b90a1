import rule from '../../rules/no-raw-card-data-on-server.js';
import { commonjs, createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester({ vue: false }); // every .vue file is browser code, where this rule never reports

ruleTester.run('no-raw-card-data-on-server', rule, {
  valid: [
    {
      name: "Stripe PaymentIntent with a payment method id from the client",
      code: "import express from 'express';\nimport Stripe from 'stripe';\nconst app = express();\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\napp.post('/pay', async (req, res) => {\n  const intent = await stripe.paymentIntents.create({ amount: 1000, currency: 'usd', payment_method: req.body.paymentMethodId, confirm: true });\n  res.json({ status: intent.status });\n});",
    },
    {
      name: "Braintree nonce from Drop-in",
      code: "import braintree from 'braintree';\nconst gateway = new braintree.BraintreeGateway({ environment: braintree.Environment.Sandbox, merchantId, publicKey, privateKey });\nexport async function checkout(req: any, res: any) {\n  const result = await gateway.transaction.sale({ amount: '10.00', paymentMethodNonce: req.body.nonce, options: { submitForSettlement: true } });\n  res.json({ ok: result.success });\n}",
    },
    {
      name: "Adyen encrypted fields",
      code: "import { Client, CheckoutAPI } from '@adyen/api-library';\nconst checkout = new CheckoutAPI(new Client({ apiKey, environment: 'TEST' }));\nexport async function pay(req: any) {\n  return checkout.PaymentsApi.payments({ amount: { currency: 'EUR', value: 1000 }, merchantAccount, reference, paymentMethod: { type: 'scheme', encryptedCardNumber: req.body.encryptedCardNumber, encryptedSecurityCode: req.body.encryptedSecurityCode } });\n}",
    },
    {
      name: "Square Web Payments token",
      code: "import express from 'express';\nconst app = express();\napp.post('/payments', async (req, res) => {\n  const { sourceId, amount } = req.body;\n  res.json(await pay(sourceId, amount));\n});",
    },
    {
      name: "Checkout.com Frames token",
      code: "import { Checkout } from 'checkout-sdk-node';\nconst cko = new Checkout(secret);\nexport async function pay(token: string) {\n  return cko.payments.request({ source: { type: 'token', token }, amount: 1000, currency: 'USD' });\n}",
    },
    {
      name: "last4 and brand from the request",
      code: "import express from 'express';\nconst app = express();\napp.post('/cards', (req, res) => {\n  const { last4, brand, expMonth } = req.body;\n  res.json({ last4, brand, expMonth });\n});",
    },
    {
      name: "card reads outside request handlers",
      code: "export function format(card: { number: string }) {\n  return card.number.replace(/\\s/g, '');\n}",
    },
    {
      name: "client component with a card form",
      code: "'use client';\nexport function Form() {\n  const submit = (e: any) => fetch('/api/pay', { method: 'POST', body: JSON.stringify({ cardNumber: e.target.cardNumber.value }) });\n  return <form onSubmit={submit} />;\n}",
      filename: "app/checkout/form.tsx",
    },
    {
      name: "test file using raw cards on purpose",
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe('sk_test_x');\nawait stripe.paymentMethods.create({ type: 'card', card: { number: '4242424242424242', exp_month: 12, exp_year: 2030, cvc: '123' } });",
      filename: "test/payments.spec.ts",
    },
    {
      name: "Stripe token passed as card",
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(key);\nawait stripe.customers.createSource('cus_123', { source: 'tok_visa' });\nawait stripe.paymentMethods.create({ type: 'card', card: { token: 'tok_visa' } });",
    },
    {
      name: "unknown gateway object",
      code: "export async function pay(gateway: any, req: any) {\n  return gateway.creditCard.create({ number: '4111111111111111' });\n}",
    },
    {
      name: "order number from the request",
      code: "import express from 'express';\nconst app = express();\napp.get('/orders/:number', (req, res) => {\n  res.json({ order: req.params.number, account: req.body.accountNumber });\n});",
    },
  ],
  invalid: [
    {
      name: "Express handler reading card fields",
      code: "import express from 'express';\nconst app = express();\napp.post('/pay', (req, res) => {\n  const number = req.body.cardNumber;\n  const cvc = req.body.cvc;\n  res.json(charge(number, cvc));\n});",
      errors: [
        { messageId: 'requestCardData', data: {"name":"cardNumber","what":"card number"}, line: 4, column: 18, endLine: 4, endColumn: 37, suggestions: null },
        { messageId: 'requestCardData', data: {"name":"cvc","what":"card security code"}, line: 5, column: 15, endLine: 5, endColumn: 27, suggestions: null },
      ],
    },
    {
      name: "destructuring from the request body",
      code: "import express from 'express';\nconst router = express.Router();\nrouter.post('/checkout', async (req, res) => {\n  const { cardNumber, cvv, amount } = req.body;\n  res.json(await processor.charge({ cardNumber, cvv, amount }));\n});",
      errors: [
        { messageId: 'requestCardData', data: {"name":"cardNumber","what":"card number"}, line: 4, column: 11, endLine: 4, endColumn: 21, suggestions: null },
        { messageId: 'requestCardData', data: {"name":"cvv","what":"card security code"}, line: 4, column: 23, endLine: 4, endColumn: 26, suggestions: null },
      ],
    },
    {
      name: "nested card object in the body",
      code: "import express from 'express';\nconst app = express();\napp.post('/pay', (req, res) => {\n  const { card } = req.body;\n  res.json(save(card.number));\n});",
      errors: [
        { messageId: 'requestCardData', data: {"name":"number","what":"card number"}, line: 5, column: 17, endLine: 5, endColumn: 28, suggestions: null },
      ],
    },
    {
      name: "Next.js route handler",
      code: "export async function POST(request: Request) {\n  const body = await request.json();\n  return Response.json(await charge(body.card_number, body.security_code));\n}",
      filename: "app/api/pay/route.ts",
      errors: [
        { messageId: 'requestCardData', data: {"name":"card_number","what":"card number"}, line: 3, column: 37, endLine: 3, endColumn: 53, suggestions: null },
        { messageId: 'requestCardData', data: {"name":"security_code","what":"card security code"}, line: 3, column: 55, endLine: 3, endColumn: 73, suggestions: null },
      ],
    },
    {
      name: "NestJS body DTO",
      code: "import { Body, Controller, Post } from '@nestjs/common';\n@Controller('payments')\nexport class PaymentsController {\n  @Post()\n  pay(@Body() dto: PayDto) {\n    return this.gateway.charge(dto.cardNumber);\n  }\n}",
      errors: [
        { messageId: 'requestCardData', data: {"name":"cardNumber","what":"card number"}, line: 6, column: 32, endLine: 6, endColumn: 46, suggestions: null },
      ],
    },
    {
      name: "Stripe paymentMethods.create with raw card",
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport function addCard(card: { number: string; cvc: string }) {\n  return stripe.paymentMethods.create({ type: 'card', card: { number: card.number, exp_month: 12, exp_year: 2030, cvc: card.cvc } });\n}",
      errors: [
        { messageId: 'rawCardToProvider', data: {"name":"number","what":"card number","provider":"Stripe"}, line: 4, column: 63, endLine: 4, endColumn: 82, suggestions: null },
        { messageId: 'rawCardToProvider', data: {"name":"cvc","what":"card security code","provider":"Stripe"}, line: 4, column: 115, endLine: 4, endColumn: 128, suggestions: null },
      ],
    },
    {
      name: "Stripe legacy tokens.create",
      code: "const Stripe = require('stripe');\nconst stripe = Stripe(process.env.STRIPE_SECRET_KEY);\nconst card = { number: input.number, exp_month: 1, exp_year: 2030 };\nstripe.tokens.create({ card });",
      ...commonjs,
      errors: [
        { messageId: 'rawCardToProvider', data: {"name":"number","what":"card number","provider":"Stripe"}, line: 3, column: 16, endLine: 3, endColumn: 36, suggestions: null },
      ],
    },
    {
      name: "Braintree creditCard.create and transaction.sale",
      code: "import braintree from 'braintree';\nconst gateway = new braintree.BraintreeGateway(config);\nexport async function vault(customerId: string, pan: string, cvv: string) {\n  await gateway.creditCard.create({ customerId, number: pan, cvv });\n  await gateway.transaction.sale({ amount: '5.00', creditCard: { number: pan, expirationDate: '12/30' } });\n}",
      errors: [
        { messageId: 'rawCardToProvider', data: {"name":"number","what":"card number","provider":"Braintree"}, line: 4, column: 49, endLine: 4, endColumn: 60, suggestions: null },
        { messageId: 'rawCardToProvider', data: {"name":"cvv","what":"card security code","provider":"Braintree"}, line: 4, column: 62, endLine: 4, endColumn: 65, suggestions: null },
        { messageId: 'rawCardToProvider', data: {"name":"number","what":"card number","provider":"Braintree"}, line: 5, column: 66, endLine: 5, endColumn: 77, suggestions: null },
      ],
    },
    {
      name: "Adyen raw card fields",
      code: "import { Client, CheckoutAPI } from '@adyen/api-library';\nconst checkout = new CheckoutAPI(new Client({ apiKey, environment: 'TEST' }));\nexport const pay = (p: any) => checkout.PaymentsApi.payments({ merchantAccount, paymentMethod: { type: 'scheme', number: p.number, cvc: p.cvc, expiryMonth: '03', expiryYear: '2030' } });",
      errors: [
        { messageId: 'rawCardToProvider', data: {"name":"number","what":"card number","provider":"Adyen"}, line: 3, column: 114, endLine: 3, endColumn: 130, suggestions: null },
        { messageId: 'rawCardToProvider', data: {"name":"cvc","what":"card security code","provider":"Adyen"}, line: 3, column: 132, endLine: 3, endColumn: 142, suggestions: null },
      ],
    },
    {
      name: "Checkout.com card source",
      code: "import { Checkout } from 'checkout-sdk-node';\nconst cko = new Checkout(process.env.CKO_SECRET);\nexport const pay = (c: any) => cko.payments.request({ source: { type: 'card', number: c.number, cvv: c.cvv, expiry_month: 6, expiry_year: 2030 }, amount: 100, currency: 'USD' });",
      errors: [
        { messageId: 'rawCardToProvider', data: {"name":"number","what":"card number","provider":"Checkout.com"}, line: 3, column: 79, endLine: 3, endColumn: 95, suggestions: null },
        { messageId: 'rawCardToProvider', data: {"name":"cvv","what":"card security code","provider":"Checkout.com"}, line: 3, column: 97, endLine: 3, endColumn: 107, suggestions: null },
      ],
    },
  ],
});
