import rule from '../../rules/no-insecure-randomness.js';
import { commonjs, createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

const MR = 'Math.random()';

ruleTester.run('no-insecure-randomness', rule, {
  valid: [
    // Messages sent to a person: random text that is not a code, and codes from a secure generator.
    { name: 'A/B subject line and a jittered send time around a receipt email', code: "import nodemailer from 'nodemailer';\nconst transporter = nodemailer.createTransport({ host: 'smtp.example.com' });\nexport function sendReceipt(email, orderId) {\n  const subject = Math.random() < 0.5 ? 'Your receipt' : 'Thanks for your order';\n  setTimeout(() => transporter.sendMail({ to: email, subject, text: `Order ${orderId} is paid.` }), Math.random() * 1000);\n}" },
    { name: 'SMS code from crypto.randomInt', code: "const crypto = require('crypto');\nconst twilio = require('twilio');\nconst client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);\nasync function notify(phone) {\n  const value = crypto.randomInt(100000, 1000000);\n  await client.messages.create({ to: phone, from: process.env.TWILIO_FROM, body: 'Your verification code: ' + value });\n}\nmodule.exports = { notify };", ...commonjs },
    { name: 'random text handed to an unknown object, not a message client', code: "export function track(analytics) {\n  analytics.track({ text: String(Math.random()).slice(2, 8) });\n}" },
    { name: 'random text in a test email sent only outside production', code: "import nodemailer from 'nodemailer';\nconst transporter = nodemailer.createTransport({ host: 'localhost', port: 1025 });\nexport async function smokeTest(to) {\n  if (process.env.NODE_ENV !== 'production') {\n    await transporter.sendMail({ to, subject: 'smoke', text: 'run ' + String(Math.random()).slice(2, 8) });\n  }\n}" },
    // Fake ids in development, test or mock branches never reach a real payment.
    { name: 'fake transaction id in a non-production branch', code: "export function charge(order) {\n  if (process.env.NODE_ENV !== 'production') {\n    return { transactionId: 'dev_' + Math.random().toString(36).slice(2) };\n  }\n  return gateway.charge(order);\n}" },
    { name: 'fake payment id in the else of a production check', code: "export function charge(order) {\n  if (process.env.NODE_ENV === 'production') return gateway.charge(order);\n  else return { paymentId: Math.random().toString(36).slice(2) };\n}" },
    { name: 'mock flag with &&', code: "const useMocks = process.env.USE_MOCKS === '1';\nexport const orderId = useMocks && `mock_${Math.random()}`;" },
    { name: 'Vite DEV flag in a ternary', code: "export const paymentId = import.meta.env.DEV ? `dev_${Math.random()}` : undefined;" },
    { name: 'jitter in backoff', code: "export function backoff(attempt: number) {\n  const jitter = Math.random() * 100;\n  return Math.min(30000, 2 ** attempt * 100 + jitter);\n}" },
    { name: 'sampling', code: "if (Math.random() < 0.1) analytics.track('checkout_viewed');\nconst sampleRate = Math.random();" },
    { name: 'React list key', filename: 'list.tsx', code: "export const Items = ({ items }: { items: string[] }) => <ul>{items.map((i) => <li key={Math.random()}>{i}</li>)}</ul>;" },
    { name: 'shuffle and random pick for display', code: "const shuffled = [...products].sort(() => Math.random() - 0.5);\nconst bannerColor = colors[Math.floor(Math.random() * colors.length)];" },
    { name: 'fallback inside a function that uses a secure generator', code: "import crypto from 'node:crypto';\nexport function generateToken() {\n  if (crypto.randomUUID) return crypto.randomUUID();\n  return Math.random().toString(36).slice(2);\n}" },
    { name: 'secure generators', code: "import { randomBytes } from 'crypto';\nconst token = randomBytes(32).toString('hex');\nconst otp = crypto.randomInt(100000, 999999);" },
    { name: 'uuid v4 idempotency key', code: "import { v4 as uuidv4 } from 'uuid';\nconst idempotencyKey = uuidv4();" },
    { name: 'nanoid session id', code: "import { nanoid } from 'nanoid';\nconst sessionId = nanoid();" },
    { name: 'metadata names next to tokens', code: "const tokenExpiresAt = Date.now() + 3600 * 1000;\nconst tokenLength = Math.floor(Math.random() * 10) + 20;\nconst isToken = Math.random() > 0.5;" },
    { name: 'request and trace ids are not secrets', code: "const requestId = Math.random().toString(36).slice(2);\nconst traceId = `${Date.now()}-${Math.random()}`;" },
    { name: 'M-Pesa STK password from a formatted calendar timestamp', code: "function timestamp() {\n  const date = new Date();\n  return date.getFullYear() + ('0' + (date.getMonth() + 1)).slice(-2) + ('0' + date.getDate()).slice(-2) + ('0' + date.getHours()).slice(-2) + ('0' + date.getMinutes()).slice(-2) + ('0' + date.getSeconds()).slice(-2);\n}\nexport const mPassword = btoa(shortcode + passkey + timestamp());" },
    { name: 'password from an inline calendar getter', code: "export const password = Buffer.from(`${shortcode}${passkey}${new Date().getFullYear()}`).toString('base64');" },
    { name: 'timestamps as order numbers and nonces', code: "const orderNumber = `ORD-${Date.now()}`;\nconst nonce = Date.now();\nconst timestamp = Date.now();\nconst createdAt = new Date();" },
    { name: 'clock mixed with a real identifier', code: "const token = `${user.id}-${Date.now()}`;\nconst paymentIntentId = paymentIntent.id;" },
    { name: 'Stripe idempotency key from the order, jittered sleep', code: "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport async function charge(orderId: string, amount: number) {\n  await sleep(Math.random() * 1000);\n  return stripe.paymentIntents.create({ amount, currency: 'usd' }, { idempotencyKey: `order-${orderId}` });\n}" },
    { name: 'uuid v1 is unique enough for idempotency keys and event ids', code: "import { v1 as uuidv1 } from 'uuid';\nconst idempotencyKey = uuidv1();\nconst eventId = uuidv1();" },
    { name: 'demo and mock data', code: "const demoToken = Math.random().toString(36).slice(2);\nconst mockPassword = 'x' + Math.random();" },
    { name: 'retry delay', code: "const delay = Math.random() * 500;\nsetTimeout(() => retry(), delay);" },
    { name: 'storage key name constant', code: "const TOKEN_KEY = 'auth_token';\nlocalStorage.setItem(TOKEN_KEY, token);\nconst x = Math.random();" },
    { name: 'random colour and avatar seed', code: "export function randomColor() { return '#' + Math.floor(Math.random() * 16777215).toString(16); }\nconst avatarSeed = Math.random();" },
    { name: 'raffle winner id', code: "function pickWinner(entries: string[]) { return entries[Math.floor(Math.random() * entries.length)]; }\nconst winnerId = pickWinner(ids);" },
    { name: 'shadowed Math', code: "const Math = { random: () => 4 };\nconst token = Math.random();" },
    { name: 'tokenizer and pagination token', code: "const tokenizer = Math.random();\nconst nextPageToken = Math.random().toString();" },
    { name: 'secure generator in an enclosing function', code: "import crypto from 'crypto';\nexport function makeSecret() {\n  const bytes = new Uint8Array(16);\n  crypto.getRandomValues(bytes);\n  return Array.from(bytes, (b) => (b + Math.floor(Math.random() * 0)).toString(16)).join('');\n}" },
    { name: 'counts and DOM lookups', code: "const tokenCount = Math.round(Math.random() * 100);\nconst passwordField = document.getElementById('pw' + Math.random());" },
    { name: 'generic and cache keys', code: "const key = Math.random();\nconst cacheKey = `k-${Math.random()}`;" },
    { name: 'test files are skipped', filename: 'src/__tests__/payments.test.ts', code: "const idempotencyKey = Math.random().toString(36).slice(2);" },
    { name: 'fixtures are skipped', filename: 'tests/fixtures/seed.ts', code: "const resetToken = Math.random().toString(36);" },
    { name: 'new Date(value) is not a clock reading', code: "const sessionId = new Date(input).getTime().toString(36);" },
    { name: 'custom sink name not configured', code: "const voucherCode = Math.random().toString(36).slice(2, 10);" },
    { name: 'CommonJS jitter', code: "const delayMs = 1000 + Math.floor(Math.random() * 250);\nmodule.exports = { delayMs };", ...commonjs },
    { name: 'A/B split', code: "const variant = Math.random() < 0.5 ? 'a' : 'b';\nexport const experiment = { variant };" },
  ],
  invalid: [
    {
      name: 'sign-in code in a neutral variable, emailed with nodemailer',
      code: "import nodemailer from 'nodemailer';\nconst transporter = nodemailer.createTransport({ host: 'smtp.example.com', port: 587 });\nexport async function notify(email) {\n  const result = String(Math.random()).slice(2, 8);\n  await transporter.sendMail({ to: email, subject: 'Your sign-in code', text: `Your code is ${result}` });\n}",
      errors: [{ messageId: 'insecureSecret', data: { source: MR, sink: 'nodemailer sendMail() text' }, line: 4, column: 25 }],
    },
    {
      name: 'verification code in a neutral variable, texted with Twilio',
      code: "const twilio = require('twilio');\nconst client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);\nasync function notify(phone) {\n  const value = String(Math.random()).substring(2, 8);\n  await client.messages.create({ to: phone, from: process.env.TWILIO_FROM, body: 'Your verification code: ' + value });\n}\nmodule.exports = { notify };",
      ...commonjs,
      errors: [{ messageId: 'insecureSecret', data: { source: MR, sink: 'Twilio messages.create() body' }, line: 4, column: 24 }],
    },
    {
      name: 'payment id built in the production branch',
      code: "export function id() {\n  if (process.env.NODE_ENV === 'production') {\n    const paymentId = Math.random().toString(36).slice(2);\n    return paymentId;\n  }\n  return 'dev';\n}",
      errors: [{ messageId: 'insecureIdentifier', line: 3, column: 23, suggestions: [{ messageId: 'replaceWith', data: { replacement: 'crypto.randomUUID()' }, output: "export function id() {\n  if (process.env.NODE_ENV === 'production') {\n    const paymentId = crypto.randomUUID();\n    return paymentId;\n  }\n  return 'dev';\n}" }] }],
    },
    {
      name: 'a feature flag is not a development switch',
      code: "export function id(isEnabled) {\n  if (isEnabled) {\n    const paymentId = Math.random().toString(36).slice(2);\n    return paymentId;\n  }\n  return null;\n}",
      errors: [{ messageId: 'insecureIdentifier', line: 3, column: 23, suggestions: [{ messageId: 'replaceWith', data: { replacement: 'crypto.randomUUID()' }, output: "export function id(isEnabled) {\n  if (isEnabled) {\n    const paymentId = crypto.randomUUID();\n    return paymentId;\n  }\n  return null;\n}" }] }],
    },
    {
      name: 'token generator function with suggestion',
      code: "export function generateToken() {\n  return Math.random().toString(36).slice(2);\n}",
      errors: [{ messageId: 'insecureSecret', data: { source: MR, sink: 'generateToken' }, line: 2, column: 10, endColumn: 23, suggestions: [{ messageId: 'replaceWith', data: { replacement: 'crypto.randomUUID()' }, output: "export function generateToken() {\n  return crypto.randomUUID();\n}" }] }],
    },
    {
      name: 'reset token variable, node crypto default import in suggestion',
      code: "import crypto from 'node:crypto';\nconst resetToken = Math.random().toString(36).substring(2, 15);",
      errors: [{ messageId: 'insecureSecret', data: { source: MR, sink: 'resetToken' }, line: 2, column: 20, suggestions: [{ messageId: 'replaceWith', data: { replacement: 'crypto.randomUUID()' }, output: "import crypto from 'node:crypto';\nconst resetToken = crypto.randomUUID();" }] }],
    },
    {
      name: 'Math.random UUID helper used as a Stripe idempotency key',
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nfunction uuid() {\n  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {\n    const r = (Math.random() * 16) | 0;\n    const v = c === 'x' ? r : (r & 0x3) | 0x8;\n    return v.toString(16);\n  });\n}\nexport async function pay(amount: number) {\n  return stripe.paymentIntents.create({ amount, currency: 'usd' }, { idempotencyKey: uuid() });\n}",
      errors: [{ messageId: 'insecureIdempotencyKey', data: { source: MR, sink: 'idempotencyKey' }, line: 5, column: 16, suggestions: null }],
    },
    {
      name: 'OTP with randomInt suggestion',
      code: "import { randomInt } from 'crypto';\nconst otp = Math.floor(Math.random() * 1000000);",
      errors: [{ messageId: 'insecureSecret', data: { source: MR, sink: 'otp' }, line: 2, column: 24, suggestions: [{ messageId: 'replaceWith', data: { replacement: 'randomInt(1000000)' }, output: "import { randomInt } from 'crypto';\nconst otp = randomInt(1000000);" }] }],
    },
    {
      name: 'password generator loop',
      code: "function makePassword(length = 12) {\n  const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';\n  let password = '';\n  for (let i = 0; i < length; i++) {\n    password += chars.charAt(Math.floor(Math.random() * chars.length));\n  }\n  return password;\n}\nexport { makePassword };",
      errors: [{ messageId: 'insecureSecret', data: { source: MR, sink: 'makePassword' }, line: 5, column: 41, suggestions: null }],
    },
    {
      name: 'order id',
      code: "const orderId = 'ORD-' + Math.floor(Math.random() * 1e9);",
      errors: [{ messageId: 'insecureIdentifier', data: { source: MR, sink: 'orderId' }, line: 1, column: 37, suggestions: null }],
    },
    {
      name: 'clock-only session id',
      code: "const sessionId = Date.now().toString(36);",
      errors: [{ messageId: 'insecureSecret', data: { source: 'Date.now()', sink: 'sessionId' }, line: 1, column: 19, suggestions: null }],
    },
    {
      name: 'uuid v1 API key',
      code: "import { v1 as uuidv1 } from 'uuid';\nconst apiKey = uuidv1();",
      errors: [{ messageId: 'insecureSecret', data: { source: 'uuid v1', sink: 'apiKey' }, line: 2, column: 16, suggestions: [{ messageId: 'replaceWith', data: { replacement: 'crypto.randomUUID()' }, output: "import { v1 as uuidv1 } from 'uuid';\nconst apiKey = crypto.randomUUID();" }] }],
    },
    {
      name: 'Math.random IV',
      code: "import crypto from 'crypto';\nconst iv = Buffer.from(String(Math.random()).repeat(2).slice(0, 16));\nconst c = crypto.createCipheriv('aes-256-cbc', key, iv);",
      errors: [{ messageId: 'insecureCipherInput', data: { source: MR, sink: 'iv' }, line: 2, column: 31, suggestions: null }],
    },
    {
      name: 'Math.random key passed straight to createCipheriv (no secure-generator exclusion for keys)',
      code: "import { createCipheriv, randomBytes } from 'crypto';\nexport function enc(data: string) {\n  const c = createCipheriv('aes-256-gcm', Buffer.from(Math.random().toString(36).repeat(4).slice(0, 32)), randomBytes(12));\n  return c.update(data);\n}",
      errors: [{ messageId: 'insecureCipherInput', data: { source: MR, sink: 'createCipheriv() key' }, line: 3, column: 55, suggestions: null }],
    },
    {
      name: 'Idempotency-Key header in fetch',
      code: "fetch(url, { method: 'POST', headers: { 'Idempotency-Key': `${Math.random()}` } });",
      errors: [{ messageId: 'insecureIdempotencyKey', data: { source: MR, sink: 'Idempotency-Key' }, line: 1, column: 63, suggestions: null }],
    },
    {
      name: 'Idempotency-Key header setter with suggestion',
      code: "headers.set('Idempotency-Key', Math.random().toString(36).slice(2));",
      errors: [{ messageId: 'insecureIdempotencyKey', data: { source: MR, sink: 'Idempotency-Key' }, line: 1, column: 32, suggestions: [{ messageId: 'replaceWith', data: { replacement: 'crypto.randomUUID()' }, output: "headers.set('Idempotency-Key', crypto.randomUUID());" }] }],
    },
    {
      name: 'PayPal-Request-Id header',
      code: "import paypal from '@paypal/checkout-server-sdk';\nconst request = new paypal.orders.OrdersCreateRequest();\nrequest.headers['PayPal-Request-Id'] = Math.random().toString(36).slice(2);",
      errors: [{ messageId: 'insecureIdempotencyKey', data: { source: MR, sink: 'PayPal-Request-Id' }, line: 3, column: 40, suggestions: [{ messageId: 'replaceWith', data: { replacement: 'crypto.randomUUID()' }, output: "import paypal from '@paypal/checkout-server-sdk';\nconst request = new paypal.orders.OrdersCreateRequest();\nrequest.headers['PayPal-Request-Id'] = crypto.randomUUID();" }] }],
    },
    {
      name: 'Square idempotency key from the clock',
      code: "import { Client } from 'square';\nconst client = new Client({ accessToken: process.env.SQUARE_TOKEN });\nawait client.paymentsApi.createPayment({ sourceId, idempotencyKey: String(Date.now()), amountMoney });",
      errors: [{ messageId: 'insecureIdempotencyKey', data: { source: 'Date.now()', sink: 'idempotencyKey' }, line: 3, column: 75, suggestions: null }],
    },
    {
      name: 'chance generator',
      code: "import Chance from 'chance';\nconst chance = new Chance();\nconst couponSecret = chance.string({ length: 16 });",
      errors: [{ messageId: 'insecureSecret', data: { source: 'chance', sink: 'couponSecret' }, line: 2, column: 16, suggestions: null }],
    },
    {
      name: 'unique-random verification code',
      code: "import uniqueRandom from 'unique-random';\nconst random = uniqueRandom(100000, 999999);\nconst verificationCode = random();",
      errors: [{ messageId: 'insecureSecret', data: { source: 'unique-random', sink: 'verificationCode' }, line: 2, column: 16, suggestions: null }],
    },
    {
      name: 'pseudoRandomBytes salt',
      code: "import { pseudoRandomBytes } from 'crypto';\nconst salt = pseudoRandomBytes(16).toString('hex');",
      errors: [{ messageId: 'insecureSecret', data: { source: 'crypto.pseudoRandomBytes()', sink: 'salt' }, line: 2, column: 14, suggestions: null }],
    },
    {
      name: 'Array.from hex token',
      code: "const token = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');",
      errors: [{ messageId: 'insecureSecret', data: { source: MR, sink: 'token' }, line: 1, column: 59, suggestions: null }],
    },
    {
      name: 'class field session id',
      code: "class Session { sid = Math.random().toString(36).slice(2); }\nexport { Session };",
      errors: [{ messageId: 'insecureSecret', data: { source: MR, sink: 'sid' }, line: 1, column: 23, suggestions: [{ messageId: 'replaceWith', data: { replacement: 'crypto.randomUUID()' }, output: "class Session { sid = crypto.randomUUID(); }\nexport { Session };" }] }],
    },
    {
      name: 'argument to a same-file function parameter',
      code: "function createPaymentIntent(idempotencyKey: string) { return idempotencyKey; }\ncreatePaymentIntent(Math.random().toString());",
      errors: [{ messageId: 'insecureIdempotencyKey', data: { source: MR, sink: 'idempotencyKey' }, line: 2, column: 21, suggestions: null }],
    },
    {
      name: 'CommonJS reset code exported as a property',
      code: "const { randomUUID } = require('crypto');\nmodule.exports.createResetCode = function () {\n  return String(Math.floor(100000 + Math.random() * 900000));\n};",
      ...commonjs,
      errors: [{ messageId: 'insecureSecret', data: { source: MR, sink: 'createResetCode' }, line: 3, column: 37, suggestions: null }],
    },
    {
      name: 'nested property write',
      code: "const user = { resetPasswordToken: Math.random().toString(36).substr(2, 10) };",
      errors: [{ messageId: 'insecureSecret', data: { source: MR, sink: 'resetPasswordToken' }, line: 1, column: 36, suggestions: [{ messageId: 'replaceWith', data: { replacement: 'crypto.randomUUID()' }, output: "const user = { resetPasswordToken: crypto.randomUUID() };" }] }],
    },
    {
      name: 'aliased Math.random',
      code: "const r = Math.random;\nconst apiKey = 'sk_' + r().toString(36);",
      errors: [{ messageId: 'insecureSecret', data: { source: MR, sink: 'apiKey' }, line: 2, column: 24, suggestions: null }],
    },
    {
      name: 'this.csrfToken assignment',
      code: "export class Auth {\n  private csrfToken?: string;\n  init() { this.csrfToken = (Math.random() * 1e17).toString(36); }\n}",
      errors: [{ messageId: 'insecureSecret', data: { source: MR, sink: 'csrfToken' }, line: 3, column: 30, suggestions: null }],
    },
    {
      name: 'nonce in a signed payload',
      code: "const payload = { nonce: Math.random().toString(36).slice(2), ts: Date.now() };",
      errors: [{ messageId: 'insecureNonce', data: { source: MR, sink: 'nonce' }, line: 1, column: 26, suggestions: [{ messageId: 'replaceWith', data: { replacement: 'crypto.randomUUID()' }, output: "const payload = { nonce: crypto.randomUUID(), ts: Date.now() };" }] }],
    },
    {
      name: 'verification code through an intermediate variable',
      code: "const code = Math.floor(Math.random() * 1e6);\nconst verificationCode = code.toString().padStart(6, '0');",
      errors: [{ messageId: 'insecureSecret', data: { source: MR, sink: 'verificationCode' }, line: 1, column: 25, suggestions: null }],
    },
    {
      name: 'React useMemo idempotency key',
      filename: 'checkout.tsx',
      code: "export const Checkout = () => {\n  const idempotencyKey = useMemo(() => Math.random().toString(36).slice(2), []);\n  return <PayButton idempotencyKey={idempotencyKey} />;\n};",
      errors: [{ messageId: 'insecureIdempotencyKey', data: { source: MR, sink: 'idempotencyKey' }, line: 2, column: 40, suggestions: [{ messageId: 'replaceWith', data: { replacement: 'crypto.randomUUID()' }, output: "export const Checkout = () => {\n  const idempotencyKey = useMemo(() => crypto.randomUUID(), []);\n  return <PayButton idempotencyKey={idempotencyKey} />;\n};" }] }],
    },
    {
      name: 'additional sink name',
      code: "const voucherCode = Math.random().toString(36).slice(2, 10);",
      options: [{ additionalSinkNames: ['voucherCode'] }],
      errors: [{ messageId: 'insecureSecret', data: { source: MR, sink: 'voucherCode' }, line: 1, column: 21, suggestions: [{ messageId: 'replaceWith', data: { replacement: 'crypto.randomUUID()' }, output: "const voucherCode = crypto.randomUUID();" }] }],
    },
    {
      name: 'test files checked when patterns are empty',
      filename: 'src/__tests__/payments.test.ts',
      code: "const idempotencyKey = Math.random().toString(36).slice(2);",
      options: [{ testFilePatterns: [] }],
      errors: [{ messageId: 'insecureIdempotencyKey', data: { source: MR, sink: 'idempotencyKey' }, line: 1, column: 24, suggestions: [{ messageId: 'replaceWith', data: { replacement: 'crypto.randomUUID()' }, output: "const idempotencyKey = crypto.randomUUID();" }] }],
    },
    {
      name: 'token array filled element by element',
      code: "export function generate(length = 32) {\n  const symbols = 'abcdefghijklmnopqrstuvwxyz0123456789'.split('');\n  const token: string[] = [];\n  for (let i = 0; i < length; i++) {\n    const j = (Math.random() * (symbols.length - 1)).toFixed(0);\n    token[i] = symbols[Number(j)];\n  }\n  return token.join('');\n}",
      errors: [{ messageId: 'insecureSecret', data: { source: MR, sink: 'token' }, line: 5, column: 16, suggestions: null }],
    },
    {
      name: 'helper generator reused by a token generator',
      code: "const gen = () => Math.floor(Math.random() * 36).toString(36);\nexport const tokenGenerator = (tokenLength = 16) => {\n  let ret = '';\n  for (let i = 0; i < tokenLength; i++) ret = ret + gen();\n  return ret;\n};",
      errors: [{ messageId: 'insecureSecret', data: { source: MR, sink: 'tokenGenerator' }, line: 1, column: 30, suggestions: null }],
    },
    {
      name: 'a Date read through getTime as well as calendar getters is still a clock reading',
      code: "const d = new Date();\nexport const resetToken = d.getFullYear() + '-' + d.getTime().toString(36);",
      errors: [{ messageId: 'insecureSecret', data: { source: 'new Date()', sink: 'resetToken' }, line: 1, column: 11, suggestions: null }],
    },
    {
      name: 'globalThis.Math.random and new Date() getTime',
      code: "const otpSecret = globalThis.Math.random().toString(36);\nconst apiToken = new Date().getTime().toString(16);",
      errors: [
        { messageId: 'insecureSecret', data: { source: MR, sink: 'otpSecret' }, line: 1, column: 19, suggestions: null },
        { messageId: 'insecureSecret', data: { source: 'new Date()', sink: 'apiToken' }, line: 2, column: 18, suggestions: null },
      ],
    },
  ],
});
