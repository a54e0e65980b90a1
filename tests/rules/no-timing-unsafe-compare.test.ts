import rule from '../../rules/no-timing-unsafe-compare.js';
import { commonjs, createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

const HMAC = "import crypto from 'node:crypto';\n";

ruleTester.run('no-timing-unsafe-compare', rule, {
  valid: [
    {
      name: 'timingSafeEqual after a length check',
      code: `${HMAC}export function verify(body: string, header: string, secret: string) {
  const expected = crypto.createHmac('sha256', secret).update(body).digest('hex');
  const a = Buffer.from(expected);
  const b = Buffer.from(header);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}`,
    },
    {
      name: 'missing signature header check',
      code: "app.post('/webhook', (req, res) => {\n  const signature = req.headers['x-signature'];\n  if (signature === undefined || signature === null || signature === '') return res.sendStatus(400);\n});",
    },
    {
      name: 'typeof and length checks',
      code: `${HMAC}function verify(signature: unknown, expected: string) {
  if (typeof signature !== 'string') return false;
  if (signature.length !== expected.length) return false;
  return crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
}`,
    },
    {
      name: 'AST walker comparing node types',
      code: "export function visit(node: { type: string; key: { name: string } }, other: { key: { name: string } }) {\n  if (node.type === 'MethodSignature') return node.key.name === other.key.name;\n  return false;\n}",
    },
    {
      name: 'PayPal verification status is a public status',
      code: "export async function check(response: { verification_status: string }) {\n  return response.verification_status === 'SUCCESS';\n}",
    },
    {
      name: 'Stripe event type switch',
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport function handle(event: Stripe.Event) {\n  if (event.type === 'payment_intent.succeeded') return true;\n  return false;\n}",
    },
    {
      name: 'public ids compared with request data',
      code: "app.get('/orders/:id', (req, res) => {\n  if (order.customerId !== req.params.customerId) return res.sendStatus(404);\n  res.json(order);\n});",
    },
    {
      name: 'password confirmation: both values come from the request',
      code: "app.post('/signup', (req, res) => {\n  if (req.body.password !== req.body.confirmPassword) return res.status(400).send('mismatch');\n});",
    },
    {
      name: 'hash digest compared with a non-request value',
      code: `${HMAC}export function sameFile(a: Buffer, checksum: string) {
  return crypto.createHash('sha256').update(a).digest('hex') === checksum;
}`,
    },
    {
      name: 'signature version header compared with a constant',
      code: "app.post('/hook', (req, res) => {\n  if (req.headers['x-signature-version'] !== 'v1') return res.sendStatus(400);\n});",
    },
    {
      name: 'signature-named values outside crypto/request code',
      code: "export function sameOverload(signature: string, otherSignature: string) {\n  return signature === otherSignature;\n}",
    },
    {
      name: 'boolean verifier results',
      code: "import { validateWebhookSignature } from 'razorpay/dist/utils/razorpay-utils';\nexport function ok(body: string, signature: string, secret: string) {\n  const isSignatureValid = validateWebhookSignature(body, signature, secret);\n  return isSignatureValid === true;\n}",
    },
    {
      name: 'payment method token compared with request',
      code: "app.post('/pay', (req, res) => {\n  if (saved.paymentMethodToken === req.body.paymentMethodToken) res.send('same');\n});",
    },
    {
      name: 'localeCompare on names',
      code: "app.get('/x', (req, res) => {\n  const sorted = items.sort((a, b) => a.name.localeCompare(b.name));\n  res.json(sorted);\n});",
    },
    {
      name: 'Buffer.compare for sorting',
      code: 'export const sorted = (list: Buffer[]) => list.sort((a, b) => Buffer.compare(a, b));',
    },
    {
      name: 'unknown values only',
      code: "import crypto from 'crypto';\nexport function same(a: string, b: string) { return a === b; }",
    },
    {
      name: 'status from the request body',
      code: "app.post('/webhook', (req, res) => {\n  if (req.body.status === order.status) return res.sendStatus(200);\n});",
    },
    {
      name: 'CommonJS timingSafeEqual',
      code: "const crypto = require('crypto');\nfunction verify(payload, header, secret) {\n  const digest = crypto.createHmac('sha256', secret).update(payload).digest();\n  const received = Buffer.from(header, 'hex');\n  return received.length === digest.length && crypto.timingSafeEqual(received, digest);\n}\nmodule.exports = { verify };",
      ...commonjs,
    },
    {
      name: 'JSX status comparison',
      filename: 'app/checkout/status.tsx',
      code: "export function Status({ status, paymentIntent }: { status: string; paymentIntent: { status: string } }) {\n  return <p>{paymentIntent.status === status ? 'Up to date' : 'Refreshing'}</p>;\n}",
    },
    {
      name: 'signature prefix and presence checks',
      code: "app.post('/hook', (req, res) => {\n  const signature = req.get('x-signature') ?? '';\n  if (!signature.startsWith('v1=') || signature.length === 0) return res.sendStatus(400);\n  res.sendStatus(200);\n});",
    },
    {
      name: 'event types compared with request data',
      code: "app.post('/webhook', (req, res) => {\n  if (event.type === req.body.type) res.sendStatus(200);\n});",
    },
    {
      name: 'secret metadata names compared with request data',
      code: "app.get('/secrets', (req, res) => {\n  if (secretName === req.query.name) res.json({ ok: true });\n});",
    },
    {
      name: 'ETag hash compared with If-None-Match',
      code: "import { createHash } from 'node:crypto';\nexport function sendWithEtag(req: any, res: any, body: string) {\n  const etag = `\"${createHash('md5').update(body).digest('hex')}\"`;\n  if (req.headers['if-none-match'] === etag) return res.end();\n  return res.end(body);\n}",
    },
    {
      name: 'Web Crypto subtle.verify (constant time)',
      filename: 'app/api/webhooks/route.ts',
      code: "export async function POST(request: Request) {\n  const body = await request.text();\n  const key = await crypto.subtle.importKey('raw', ENC.encode(SECRET), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);\n  const ok = await crypto.subtle.verify('HMAC', key, fromHex(request.headers.get('x-signature') ?? ''), ENC.encode(body));\n  return new Response(null, { status: ok === true ? 200 : 401 });\n}",
    },
  ],
  invalid: [
    {
      name: 'HMAC digest compared with a header',
      code: `${HMAC}app.post('/webhooks/checkout', (req, res) => {
  const expected = crypto.createHmac('sha256', process.env.CKO_SECRET!).update(req.rawBody).digest('hex');
  if (req.headers['cko-signature'] !== expected) return res.sendStatus(401);
  res.sendStatus(200);
});`,
      errors: [
        {
          messageId: 'unsafeCompare',
          data: { what: 'an HMAC digest', operator: '!==' },
          line: 4,
          column: 7,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: `${HMAC}app.post('/webhooks/checkout', (req, res) => {
  const expected = crypto.createHmac('sha256', process.env.CKO_SECRET!).update(req.rawBody).digest('hex');
  if (!(Buffer.byteLength(req.headers['cko-signature']) === Buffer.byteLength(expected) && crypto.timingSafeEqual(Buffer.from(req.headers['cko-signature']), Buffer.from(expected)))) return res.sendStatus(401);
  res.sendStatus(200);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'helper comparing a computed HMAC with a parameter (named import extended)',
      code: "import { createHmac } from 'crypto';\nexport function verifySignature(body: string, signature: string, secret: string) {\n  const digest = createHmac('sha256', secret).update(body).digest('hex');\n  return digest === signature;\n}",
      errors: [
        {
          messageId: 'unsafeCompare',
          data: { what: 'an HMAC digest', operator: '===' },
          line: 4,
          column: 10,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: "import { createHmac, timingSafeEqual } from 'crypto';\nexport function verifySignature(body: string, signature: string, secret: string) {\n  const digest = createHmac('sha256', secret).update(body).digest('hex');\n  return (Buffer.byteLength(digest) === Buffer.byteLength(signature) && timingSafeEqual(Buffer.from(digest), Buffer.from(signature)));\n}",
            },
          ],
        },
      ],
    },
    {
      name: 'inline digest chain compared with a header getter',
      code: "import * as crypto from 'node:crypto';\nrouter.post('/paystack/webhook', (req, res) => {\n  const hash = crypto.createHmac('sha512', secret).update(JSON.stringify(req.body)).digest('hex');\n  if (hash == req.get('x-paystack-signature')) res.sendStatus(200);\n});",
      errors: [
        {
          messageId: 'unsafeCompare',
          data: { what: 'an HMAC digest', operator: '==' },
          line: 4,
          column: 7,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: "import * as crypto from 'node:crypto';\nrouter.post('/paystack/webhook', (req, res) => {\n  const hash = crypto.createHmac('sha512', secret).update(JSON.stringify(req.body)).digest('hex');\n  if ((Buffer.byteLength(hash) === Buffer.byteLength(req.get('x-paystack-signature')) && crypto.timingSafeEqual(Buffer.from(hash), Buffer.from(req.get('x-paystack-signature'))))) res.sendStatus(200);\n});",
            },
          ],
        },
      ],
    },
    {
      name: 'separate hmac object, update and digest statements (CommonJS)',
      code: "const crypto = require('crypto');\nfunction isValid(payload, header, key) {\n  const hmac = crypto.createHmac('sha256', key);\n  const expected = hmac.update(payload).digest('base64');\n  return header === `sha256=${expected}`;\n}\nmodule.exports = { isValid };",
      ...commonjs,
      errors: [
        {
          messageId: 'unsafeCompare',
          data: { what: 'an HMAC digest', operator: '===' },
          line: 5,
          column: 10,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: "const crypto = require('crypto');\nfunction isValid(payload, header, key) {\n  const hmac = crypto.createHmac('sha256', key);\n  const expected = hmac.update(payload).digest('base64');\n  return (Buffer.byteLength(header) === Buffer.byteLength(`sha256=${expected}`) && crypto.timingSafeEqual(Buffer.from(header), Buffer.from(`sha256=${expected}`)));\n}\nmodule.exports = { isValid };",
            },
          ],
        },
      ],
    },
    {
      name: 'Buffer equals on a raw digest',
      code: "import { createHmac } from 'node:crypto';\nexport const ok = (raw: Buffer, sig: string, key: string) => createHmac('sha256', key).update(raw).digest().equals(Buffer.from(sig, 'hex'));",
      errors: [
        {
          messageId: 'unsafeCompare',
          data: { what: 'an HMAC digest', operator: '.equals()' },
          line: 2,
          column: 62,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: "import { createHmac, timingSafeEqual } from 'node:crypto';\nexport const ok = (raw: Buffer, sig: string, key: string) => (Buffer.byteLength(createHmac('sha256', key).update(raw).digest()) === Buffer.byteLength(Buffer.from(sig, 'hex')) && timingSafeEqual(createHmac('sha256', key).update(raw).digest(), Buffer.from(sig, 'hex')));",
            },
          ],
        },
      ],
    },
    {
      name: 'Buffer.compare of a digest',
      code: "import crypto from 'crypto';\nexport function check(body: string, received: Buffer, key: string) {\n  const mac = crypto.createHmac('sha1', key).update(body).digest();\n  return Buffer.compare(mac, received) === 0;\n}",
      errors: [
        { messageId: 'unsafeCompare', data: { what: 'an HMAC digest', operator: 'Buffer.compare()' }, line: 4, column: 10, suggestions: null },
      ],
    },
    {
      name: 'webhook secret compared with a header (Flutterwave verif-hash)',
      code: "app.post('/flutterwave/webhook', (req, res) => {\n  const secretHash = process.env.FLW_SECRET_HASH;\n  if (req.headers['verif-hash'] !== secretHash) return res.status(401).end();\n  res.sendStatus(200);\n});",
      errors: [
        { messageId: 'unsafeCompare', data: { what: 'a signature', operator: '!==' }, line: 3, column: 7, suggestions: null },
      ],
    },
    {
      name: 'API key from env compared with a header getter (Koa)',
      code: "router.post('/internal/refunds', async (ctx) => {\n  if (ctx.get('x-api-key') != process.env.INTERNAL_API_KEY) ctx.throw(401);\n});",
      errors: [
        { messageId: 'unsafeCompare', data: { what: 'a secret', operator: '!=' }, line: 2, column: 7, suggestions: null },
      ],
    },
    {
      name: 'signature header destructured and compared with expected signature',
      code: "import { createHmac } from 'crypto';\nimport { computeSignature } from './sign';\napp.post('/webhook', (req, res) => {\n  const { 'x-signature': signature } = req.headers;\n  const expectedSignature = computeSignature(req.rawBody);\n  if (signature !== expectedSignature) return res.sendStatus(401);\n  res.sendStatus(204);\n});",
      errors: [
        {
          messageId: 'unsafeCompare',
          data: { what: 'a signature', operator: '!==' },
          line: 6,
          column: 7,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: "import { createHmac, timingSafeEqual } from 'crypto';\nimport { computeSignature } from './sign';\napp.post('/webhook', (req, res) => {\n  const { 'x-signature': signature } = req.headers;\n  const expectedSignature = computeSignature(req.rawBody);\n  if (!(Buffer.byteLength(signature) === Buffer.byteLength(expectedSignature) && timingSafeEqual(Buffer.from(signature), Buffer.from(expectedSignature)))) return res.sendStatus(401);\n  res.sendStatus(204);\n});",
            },
          ],
        },
      ],
    },
    {
      name: 'Next.js route: digest from a same-file helper vs headers.get',
      filename: 'app/api/webhooks/mollie/route.ts',
      code: "import { createHmac } from 'node:crypto';\nfunction sign(raw: string) {\n  return createHmac('sha256', process.env.MOLLIE_SECRET!).update(raw).digest('hex');\n}\nexport async function POST(request: Request) {\n  const raw = await request.text();\n  if (sign(raw) !== request.headers.get('x-mollie-signature')) return new Response(null, { status: 401 });\n  return new Response(null, { status: 200 });\n}",
      errors: [
        {
          messageId: 'unsafeCompare',
          data: { what: 'an HMAC digest', operator: '!==' },
          line: 7,
          column: 7,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: "import { createHmac, timingSafeEqual } from 'node:crypto';\nfunction sign(raw: string) {\n  return createHmac('sha256', process.env.MOLLIE_SECRET!).update(raw).digest('hex');\n}\nexport async function POST(request: Request) {\n  const raw = await request.text();\n  if (!(Buffer.byteLength(sign(raw)) === Buffer.byteLength(request.headers.get('x-mollie-signature')) && timingSafeEqual(Buffer.from(sign(raw)), Buffer.from(request.headers.get('x-mollie-signature'))))) return new Response(null, { status: 401 });\n  return new Response(null, { status: 200 });\n}",
            },
          ],
        },
      ],
    },
    {
      name: 'token from the query compared with a stored token',
      code: "app.get('/ipn', (req, res) => {\n  if (req.query.token !== storedToken) return res.sendStatus(403);\n  res.sendStatus(200);\n});",
      errors: [{ messageId: 'unsafeCompare', data: { what: 'a token', operator: '!==' }, line: 2, column: 7, suggestions: null }],
    },
    {
      name: 'Hono header vs expected signature',
      code: "import { Hono } from 'hono';\nimport { createHmac } from 'crypto';\nconst app = new Hono();\napp.post('/webhooks/coinbase', async (c) => {\n  const raw = await c.req.text();\n  const expected = createHmac('sha256', c.env.SECRET).update(raw).digest('hex');\n  if (c.req.header('x-cc-webhook-signature') !== expected) return c.text('bad', 400);\n  return c.text('ok');\n});",
      errors: [
        {
          messageId: 'unsafeCompare',
          data: { what: 'an HMAC digest', operator: '!==' },
          line: 7,
          column: 7,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: "import { Hono } from 'hono';\nimport { createHmac, timingSafeEqual } from 'crypto';\nconst app = new Hono();\napp.post('/webhooks/coinbase', async (c) => {\n  const raw = await c.req.text();\n  const expected = createHmac('sha256', c.env.SECRET).update(raw).digest('hex');\n  if (!(Buffer.byteLength(c.req.header('x-cc-webhook-signature')) === Buffer.byteLength(expected) && timingSafeEqual(Buffer.from(c.req.header('x-cc-webhook-signature')), Buffer.from(expected)))) return c.text('bad', 400);\n  return c.text('ok');\n});",
            },
          ],
        },
      ],
    },
    {
      name: 'localeCompare of signatures',
      code: "import crypto from 'crypto';\nexport function verify(signature: string, body: string, key: string) {\n  const expectedSig = crypto.createHmac('sha256', key).update(body).digest('hex');\n  return expectedSig.localeCompare(signature) === 0;\n}",
      errors: [{ messageId: 'unsafeCompare', data: { what: 'an HMAC digest', operator: '.localeCompare()' }, line: 4, column: 10, suggestions: null }],
    },
    {
      name: 'bearer token built from an env secret compared with the Authorization header',
      code: "app.post('/internal/payouts', (req, res) => {\n  if (req.header('authorization') !== `Bearer ${process.env.PAYOUTS_API_TOKEN}`) return res.sendStatus(401);\n  res.sendStatus(202);\n});",
      errors: [{ messageId: 'unsafeCompare', data: { what: 'a secret', operator: '!==' }, line: 2, column: 7, suggestions: null }],
    },
    {
      name: 'NestJS @Headers() signature compared with a computed digest',
      code: "import { Controller, Post, Headers, Req } from '@nestjs/common';\nimport * as crypto from 'crypto';\n@Controller('webhooks')\nexport class PaystackController {\n  @Post('paystack')\n  handle(@Headers('x-paystack-signature') signature: string, @Req() req: any) {\n    const hash = crypto.createHmac('sha512', process.env.PAYSTACK_SECRET!).update(req.rawBody).digest('hex');\n    if (hash !== signature) throw new Error('bad signature');\n  }\n}",
      errors: [
        {
          messageId: 'unsafeCompare',
          data: { what: 'an HMAC digest', operator: '!==' },
          line: 8,
          column: 9,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: "import { Controller, Post, Headers, Req } from '@nestjs/common';\nimport * as crypto from 'crypto';\n@Controller('webhooks')\nexport class PaystackController {\n  @Post('paystack')\n  handle(@Headers('x-paystack-signature') signature: string, @Req() req: any) {\n    const hash = crypto.createHmac('sha512', process.env.PAYSTACK_SECRET!).update(req.rawBody).digest('hex');\n    if (!(Buffer.byteLength(hash) === Buffer.byteLength(signature) && crypto.timingSafeEqual(Buffer.from(hash), Buffer.from(signature)))) throw new Error('bad signature');\n  }\n}",
            },
          ],
        },
      ],
    },
    {
      name: 'NestJS @Headers() signature compared with an unresolved expected value',
      code: "import { Controller, Post, Headers } from '@nestjs/common';\nimport { expectedFor } from './sign';\n@Controller('webhooks')\nexport class HooksController {\n  @Post('coinbase')\n  handle(@Headers('x-cc-webhook-signature') sig: string) {\n    if (sig != expectedFor(this)) return { ok: false };\n    return { ok: true };\n  }\n}",
      errors: [{ messageId: 'unsafeCompare', data: { what: 'a signature', operator: '!=' }, line: 7, column: 9, suggestions: null }],
    },
    {
      name: 'hash of a token compared with a token hash from the request',
      code: "import { createHash } from 'node:crypto';\napp.post('/callbacks/refund', (req, res) => {\n  const expected = createHash('sha256').update(process.env.CALLBACK_SECRET + req.body.id).digest('hex');\n  if (expected !== req.body.tokenHash) return res.sendStatus(403);\n  res.sendStatus(204);\n});",
      errors: [{ messageId: 'unsafeCompare', data: { what: 'a hash digest', operator: '!==' }, line: 4, column: 7, suggestions: [
        {
          messageId: 'useTimingSafeEqual',
          output: "import { createHash, timingSafeEqual } from 'node:crypto';\napp.post('/callbacks/refund', (req, res) => {\n  const expected = createHash('sha256').update(process.env.CALLBACK_SECRET + req.body.id).digest('hex');\n  if (!(Buffer.byteLength(expected) === Buffer.byteLength(req.body.tokenHash) && timingSafeEqual(Buffer.from(expected), Buffer.from(req.body.tokenHash)))) return res.sendStatus(403);\n  res.sendStatus(204);\n});",
        },
      ] }],
    },
    {
      name: 'Web Crypto subtle.sign result hex-encoded and compared (edge route)',
      filename: 'app/api/webhooks/lemon/route.ts',
      code: "function toHex(buffer: ArrayBuffer) {\n  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');\n}\nexport async function POST(request: Request) {\n  const body = await request.text();\n  const key = await crypto.subtle.importKey('raw', ENC.encode(SECRET), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);\n  const mac = await crypto.subtle.sign('HMAC', key, ENC.encode(body));\n  if (toHex(mac) !== request.headers.get('x-signature')) return new Response(null, { status: 401 });\n  return new Response(null, { status: 200 });\n}",
      errors: [{ messageId: 'unsafeCompare', data: { what: 'an HMAC digest', operator: '!==' }, line: 8, column: 7, suggestions: null }],
    },
    {
      name: 'signature parameter compared with an imported computeSignature()',
      code: "import crypto from 'node:crypto';\nimport { computeSignature } from './signing';\nexport function isAuthentic(payload: string, sig: string) {\n  return sig === computeSignature(payload);\n}",
      errors: [
        {
          messageId: 'unsafeCompare',
          data: { what: 'a signature', operator: '===' },
          line: 4,
          column: 10,
          suggestions: [
            {
              messageId: 'useTimingSafeEqual',
              output: "import crypto from 'node:crypto';\nimport { computeSignature } from './signing';\nexport function isAuthentic(payload: string, sig: string) {\n  return (Buffer.byteLength(sig) === Buffer.byteLength(computeSignature(payload)) && crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(computeSignature(payload))));\n}",
            },
          ],
        },
      ],
    },
  ],
});
