import rule from '../../rules/require-idempotency-key.js';
import { commonjs, createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

const STRIPE = "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\n";
const STRIPE_DOCS = 'https://docs.stripe.com/api/idempotent_requests';
const stripeData = (method: string, scope?: string) => ({
  provider: 'Stripe',
  method,
  keyHint: 'a `{ idempotencyKey }` request option',
  docs: STRIPE_DOCS,
  ...(scope ? { scope } : {}),
});

ruleTester.run('require-idempotency-key', rule, {
  valid: [
    { name: 'plain call outside retry logic (SDK auto-keys it)', code: `${STRIPE}export const pay = (amount: number) => stripe.paymentIntents.create({ amount, currency: 'usd' });` },
    {
      name: 'retry loop with a key derived from the order id',
      code: `${STRIPE}export async function charge(order: { id: string; total: number }) {\n  for (let attempt = 1; attempt <= 3; attempt++) {\n    try {\n      return await stripe.paymentIntents.create({ amount: order.total, currency: 'usd' }, { idempotencyKey: \`order-\${order.id}\` });\n    } catch (err) {\n      if (attempt === 3) throw err;\n    }\n  }\n}`,
    },
    {
      name: 'key generated once before the retry loop',
      code: `${STRIPE}import { randomUUID } from 'node:crypto';\nexport async function refund(pi: string) {\n  const key = randomUUID();\n  await saveAttempt(pi, key);\n  for (let retries = 0; retries < 5; retries++) {\n    try { return await stripe.refunds.create({ payment_intent: pi }, { idempotencyKey: key }); }\n    catch (e) { await sleep(2 ** retries * 100); }\n  }\n}`,
    },
    {
      name: 'batch loop over a collection is not a retry',
      code: `${STRIPE}export async function payoutAll(accounts: string[]) {\n  for (let i = 0; i < accounts.length; i++) {\n    try { await stripe.payouts.create({ amount: 100, currency: 'usd' }, { stripeAccount: accounts[i] }); }\n    catch (err) { console.error(err); }\n  }\n}`,
    },
    {
      name: 'for...of over orders is not a retry',
      code: `${STRIPE}export async function captureAll(ids: string[]) {\n  for (const id of ids) {\n    try { await stripe.paymentIntents.capture(id); break; } catch (err) { log(err); }\n  }\n}`,
    },
    {
      name: 'p-retry with a stable key',
      code: `${STRIPE}import pRetry from 'p-retry';\nexport const pay = (orderId: string, amount: number) => pRetry(() => stripe.paymentIntents.create({ amount, currency: 'eur' }, { idempotencyKey: orderId }), { retries: 3 });`,
    },
    {
      name: 'BullMQ worker with the job id as key',
      code: `${STRIPE}import { Worker } from 'bullmq';\nnew Worker('payouts', async (job) => {\n  await stripe.transfers.create({ amount: job.data.amount, currency: 'usd', destination: job.data.account }, { idempotencyKey: \`transfer-\${job.id}\` });\n}, { connection });`,
    },
    {
      name: 'key forwarded from a request header inside a retry helper',
      code: `${STRIPE}import retry from 'async-retry';\nexport async function handler(req: { headers: Record<string, string>; body: any }) {\n  const key = req.headers['idempotency-key'];\n  return retry(async () => stripe.paymentIntents.create(req.body, { idempotencyKey: key }), { retries: 2 });\n}`,
    },
    {
      name: 'options we cannot see',
      code: `${STRIPE}import pRetry from 'p-retry';\nexport const pay = (params: any, options: Stripe.RequestOptions) => pRetry(() => stripe.paymentIntents.create(params, options));`,
    },
    {
      name: 'Square key from the order id',
      code: "import { SquareClient } from 'square';\nconst square = new SquareClient({ token });\nexport const pay = (order: { id: string }, sourceId: string) => square.payments.create({ sourceId, idempotencyKey: order.id, amountMoney: { amount: BigInt(100), currency: 'USD' } });",
    },
    {
      name: 'Square randomUUID key outside retries',
      code: "import { SquareClient } from 'square';\nimport { randomUUID } from 'crypto';\nconst square = new SquareClient({ token });\nexport const pay = (sourceId: string) => square.payments.create({ sourceId, idempotencyKey: randomUUID(), amountMoney });",
    },
    {
      name: 'unknown client in a retry loop',
      code: "export async function f() {\n  for (let attempt = 0; attempt < 3; attempt++) {\n    try { return await payments.paymentIntents.create({ amount: 1 }); } catch {}\n  }\n}",
    },
    {
      name: 'read-only call in a retry loop',
      code: `${STRIPE}export async function get(id: string) {\n  for (let attempt = 0; attempt < 3; attempt++) {\n    try { return await stripe.paymentIntents.retrieve(id); } catch {}\n  }\n}`,
    },
    {
      name: 'shouldRetry predicate is not a retry runner',
      code: `${STRIPE}export async function f() {\n  if (shouldRetry(() => stripe.refunds.create({ charge: 'ch_1' }))) return;\n}`,
    },
    {
      name: 'PayPal order with paypalRequestId in a job handler',
      code: "import { Client, OrdersController } from '@paypal/paypal-server-sdk';\nimport Queue from 'bull';\nconst orders = new OrdersController(new Client({}));\nconst queue = new Queue('capture');\nqueue.process(async (job) => orders.captureOrder({ id: job.data.orderId, paypalRequestId: `capture-${job.data.orderId}` }));",
    },
    {
      name: 'while loop polling without try/catch',
      code: `${STRIPE}export async function f(id: string) {\n  let attempt = 0;\n  while (attempt++ < 3) {\n    const pi = await stripe.paymentIntents.capture(id, {}, { idempotencyKey: \`cap-\${id}\` });\n    if (pi.status === 'succeeded') break;\n  }\n}`,
    },
  ],
  invalid: [
    {
      name: 'retry loop without a key',
      code: `${STRIPE}export async function charge(amount: number, customer: string) {\n  for (let attempt = 1; attempt <= 3; attempt++) {\n    try {\n      return await stripe.paymentIntents.create({ amount, currency: 'usd', customer, confirm: true });\n    } catch (err) {\n      await new Promise((r) => setTimeout(r, attempt * 500));\n    }\n  }\n}`,
      errors: [{ messageId: 'missingKey', data: stripeData('paymentIntents.create', 'a retry loop'), line: 6, column: 20, endColumn: 48, suggestions: null }],
    },
    {
      name: 'while(true) loop that returns on success',
      code: `${STRIPE}export async function refund(pi: string) {\n  while (true) {\n    try {\n      const refund = await stripe.refunds.create({ payment_intent: pi });\n      return refund;\n    } catch (e: any) {\n      if (e.type !== 'StripeConnectionError') throw e;\n    }\n  }\n}`,
      errors: [{ messageId: 'missingKey', data: stripeData('refunds.create', 'a retry loop'), line: 6, column: 28, suggestions: null }],
    },
    {
      name: 'per-attempt uuid key inside the loop',
      code: `${STRIPE}import { v4 as uuidv4 } from 'uuid';\nexport async function payout(amount: number) {\n  let tries = 0;\n  do {\n    try {\n      const key = uuidv4();\n      return await stripe.payouts.create({ amount, currency: 'usd' }, { idempotencyKey: key });\n    } catch (err) { tries++; }\n  } while (tries < 3);\n}`,
      errors: [{ messageId: 'perAttemptKey', data: stripeData('payouts.create', 'a retry loop'), line: 9, column: 89, suggestions: null }],
    },
    {
      name: 'p-retry callback without a key',
      code: `${STRIPE}import pRetry from 'p-retry';\nexport const transfer = (amount: number, destination: string) =>\n  pRetry(() => stripe.transfers.create({ amount, currency: 'usd', destination }), { retries: 5 });`,
      errors: [{ messageId: 'missingKey', data: stripeData('transfers.create', 'a `p-retry` retry callback'), line: 5, column: 16, suggestions: null }],
    },
    {
      name: 'async-retry with a key made from Date.now()',
      code: `${STRIPE}import retry from 'async-retry';\nexport async function capture(id: string) {\n  await retry(async (bail) => {\n    await stripe.paymentIntents.capture(id, {}, { idempotencyKey: \`\${id}-\${Date.now()}\` });\n  }, { retries: 3 });\n}`,
      errors: [{ messageId: 'perAttemptKey', data: stripeData('paymentIntents.capture', 'a `async-retry` retry callback'), line: 6, column: 67, suggestions: null }],
    },
    {
      name: 'same-file withRetry helper (name heuristic)',
      code: `${STRIPE}async function withRetry<T>(fn: () => Promise<T>, attempts = 3): Promise<T> {\n  for (let i = 0; ; i++) { try { return await fn(); } catch (e) { if (i >= attempts) throw e; } }\n}\nexport const pay = (amount: number) => withRetry(() => stripe.paymentIntents.create({ amount, currency: 'eur' }));`,
      errors: [{ messageId: 'missingKey', data: stripeData('paymentIntents.create', 'a `withRetry` retry callback'), line: 6, column: 56, suggestions: null }],
    },
    {
      name: 'BullMQ worker with a named processor',
      code: `${STRIPE}import { Worker } from 'bullmq';\nasync function processRefund(job: { data: { pi: string } }) {\n  await stripe.refunds.create({ payment_intent: job.data.pi });\n}\nexport const worker = new Worker('refunds', processRefund, { connection });`,
      errors: [{ messageId: 'missingKey', data: stripeData('refunds.create', 'a BullMQ worker processor, which is re-run on failure'), line: 5, column: 9, suggestions: null }],
    },
    {
      name: 'SQS Lambda handler',
      code: `${STRIPE}import type { SQSEvent } from 'aws-lambda';\nexport const handler = async (event: SQSEvent) => {\n  for (const record of event.Records) {\n    const { amount, account } = JSON.parse(record.body);\n    await stripe.transfers.create({ amount, currency: 'usd', destination: account });\n  }\n};`,
      errors: [{ messageId: 'missingKey', data: stripeData('transfers.create', 'an AWS Lambda event handler, which is re-run on failure'), line: 7, column: 11, suggestions: null }],
    },
    {
      name: 'Adyen payments in a retry loop',
      code: "import { Client, CheckoutAPI } from '@adyen/api-library';\nconst checkout = new CheckoutAPI(new Client({ apiKey, environment: 'LIVE' }));\nexport async function pay(request: any) {\n  for (let attempt = 0; attempt < 3; attempt++) {\n    try { return await checkout.PaymentsApi.payments(request); } catch { continue; }\n  }\n}",
      errors: [{ messageId: 'missingKey', data: { provider: 'Adyen', method: 'PaymentsApi.payments', keyHint: 'a `{ idempotencyKey }` request option', docs: 'https://docs.adyen.com/development-resources/api-idempotency/', scope: 'a retry loop' }, line: 5, column: 24, suggestions: null }],
    },
    {
      name: 'Checkout.com payment in a retry loop, CommonJS',
      code: "const { Checkout } = require('checkout-sdk-node');\nconst cko = new Checkout(process.env.CKO_SECRET_KEY);\nexports.pay = async (body) => {\n  for (let retry = 0; retry < 3; retry++) {\n    try { return await cko.payments.request(body); } catch (e) { /* retry */ }\n  }\n};",
      ...commonjs,
      errors: [{ messageId: 'missingKey', data: { provider: 'Checkout.com', method: 'payments.request', keyHint: 'an idempotency-key argument (Cko-Idempotency-Key)', docs: 'https://www.checkout.com/docs/developer-resources/api/idempotency', scope: 'a retry loop' }, line: 5, column: 24, suggestions: null }],
    },
    {
      name: 'Square constant and empty keys',
      code: "import { SquareClient } from 'square';\nconst square = new SquareClient({ token });\nexport const a = (sourceId: string) => square.payments.create({ sourceId, idempotencyKey: 'checkout', amountMoney });\nexport const b = (paymentId: string) => square.refunds.refundPayment({ paymentId, idempotencyKey: '', amountMoney });",
      errors: [
        { messageId: 'constantKey', data: { provider: 'Square', method: 'payments.create', keyHint: 'a `idempotencyKey`', docs: 'https://developer.squareup.com/docs/build-basics/common-api-patterns/idempotency', what: 'the same constant string' }, line: 3, column: 91, suggestions: null },
        { messageId: 'constantKey', data: { provider: 'Square', method: 'refunds.refundPayment', keyHint: 'a `idempotencyKey`', docs: 'https://developer.squareup.com/docs/build-basics/common-api-patterns/idempotency', what: 'an empty string' }, line: 4, column: 99, suggestions: null },
      ],
    },
    {
      name: 'PayPal capture in an Agenda job without paypalRequestId',
      code: "import { Client, OrdersController } from '@paypal/paypal-server-sdk';\nimport Agenda from 'agenda';\nconst orders = new OrdersController(new Client({}));\nconst agenda = new Agenda({ db });\nagenda.define('capture order', async (job) => {\n  await orders.captureOrder({ id: job.attrs.data.orderId });\n});",
      errors: [{ messageId: 'missingKey', data: { provider: 'PayPal', method: 'captureOrder', keyHint: 'a `paypalRequestId` (PayPal-Request-Id)', docs: 'https://developer.paypal.com/api/rest/reference/idempotency/', scope: 'an Agenda job, which is re-run on failure' }, line: 6, column: 9, suggestions: null }],
    },
  ],
});
