import rule from '../../rules/no-insecure-payment-url.js';
import { commonjs, createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

ruleTester.run("no-insecure-payment-url", rule, {
  valid: [
    {
      name: "https fetch to Stripe",
      code: "const res = await fetch('https://api.stripe.com/v1/payment_intents', { method: 'POST' });",
    },
    {
      name: "fetch to localhost with port from env",
      code: "await fetch(`http://localhost:${process.env.PORT}/api/health`);",
    },
    {
      name: "axios to 127.0.0.1",
      code: "import axios from 'axios';\nawait axios.post('http://127.0.0.1:4242/webhook', event);",
    },
    {
      name: "IPv6 loopback",
      code: "await fetch('http://[::1]:3000/checkout');",
    },
    {
      name: "stripe-mock host on localhost",
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(key, { host: 'localhost', port: 12111, protocol: 'http' });",
    },
    {
      name: "app.localhost subdomain",
      code: "import got from 'got';\nawait got.post('http://shop.localhost/api/orders');",
    },
    {
      name: "documentation domain",
      code: "await fetch('http://example.com/pay');",
    },
    {
      name: "reserved .test TLD",
      code: "import axios from 'axios';\nconst api = axios.create({ baseURL: 'http://payments.test' });",
    },
    {
      name: "IMDS link-local",
      code: "await fetch('http://169.254.169.254/latest/meta-data/iam/security-credentials/');",
    },
    {
      name: "GCP metadata server",
      code: "await fetch('http://metadata.google.internal/computeMetadata/v1/token', { headers: { 'Metadata-Flavor': 'Google' } });",
    },
    {
      name: "Kubernetes service DNS",
      code: "import axios from 'axios';\nawait axios.get('http://ledger.payments.svc.cluster.local:8080/balance');",
    },
    {
      name: "docker-compose service name",
      code: "await fetch('http://payments-api:3000/charge', { method: 'POST' });",
    },
    {
      name: "host.docker.internal",
      code: "await fetch('http://host.docker.internal:4000/graphql');",
    },
    {
      name: "private network address",
      code: "await fetch('http://10.0.3.17/internal/settle');",
    },
    {
      name: "XML namespace in createElementNS",
      code: "const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');",
    },
    {
      name: "JSON schema $schema and $id",
      code: "export const paymentSchema = { $schema: 'http://json-schema.org/draft-07/schema#', $id: 'http://acme.io/schemas/payment.json', type: 'object' };",
    },
    {
      name: "JSX xmlns attribute",
      code: "export const Lock = () => <svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\"><path d=\"M0 0\" /></svg>;",
      filename: "icon.tsx",
    },
    {
      name: "SOAP envelope namespace in template",
      code: "const envelope = `<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">${body}</soap:Envelope>`;\nexport { envelope };",
    },
    {
      name: "URL in a comment",
      code: "// Stripe used to accept http://api.stripe.com in 2011\nconst stripeBase = 'https://api.stripe.com';\nexport { stripeBase };",
    },
    {
      name: "prose string mentioning an http URL",
      code: "throw new Error('Do not call http://api.stripe.com directly; use the SDK');",
    },
    {
      name: "log text with an http URL",
      code: "console.warn('http://api.stripe.com/v1 is deprecated in this app');",
    },
    {
      name: "bare scheme constant",
      code: "const scheme = 'http://';\nexport const isInsecure = (u: string) => u.startsWith(scheme);",
    },
    {
      name: "scheme comparison",
      code: "export function isPlain(url: string) { return url.startsWith('http://api.stripe.com'); }",
    },
    {
      name: "equality check against a URL",
      code: "if (origin === 'http://checkout.acme-shop.com') { reject(); }",
    },
    {
      name: "unknown runtime URL",
      code: "import axios from 'axios';\nawait axios.post(process.env.PAYMENT_WEBHOOK_URL!, payload);",
    },
    {
      name: "scheme from request",
      code: "const session = await stripe.checkout.sessions.create({ success_url: `${req.protocol}://${req.get('host')}/success`, line_items });",
    },
    {
      name: "https env fallback",
      code: "const base = process.env.STRIPE_API_BASE ?? 'https://api.stripe.com';\nawait fetch(`${base}/v1/charges`);",
    },
    {
      name: "http literal never reaching a sink (default mode)",
      code: "export const docsLink = 'http://acme-shop.com/help/refunds';",
    },
    {
      name: "wss WebSocket",
      code: "const socket = new WebSocket('wss://stream.acme-pay.io/events');",
    },
    {
      name: "ws to localhost dev server",
      code: "import WebSocket from 'ws';\nconst ws = new WebSocket('ws://localhost:8080');",
    },
    {
      name: "unknown client with http URL",
      code: "await client.get('http://pay.acme.io/v1/charges');",
    },
    {
      name: "locally defined fetch",
      code: "function fetch(url: string) { return url; }\nfetch('http://pay.acme.io/v1/charges');",
    },
    {
      name: "allowedHosts option",
      code: "await fetch('http://ledger.corp.acme.io/v1/settle');",
      options: [{"allowedHosts": ["*.corp.acme.io"]}],
    },
    {
      name: "test file skipped by default",
      code: "await fetch('http://api.stripe.com/v1/charges');",
      filename: "src/__tests__/checkout.test.ts",
    },
    {
      name: "https success and cancel URLs",
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(key);\nawait stripe.checkout.sessions.create({ mode: 'payment', success_url: 'https://shop.acme.io/ok', cancel_url: 'https://shop.acme.io/cancel' });",
    },
    {
      name: "returnUrl outside payment context",
      code: "export const oauth = { clientId, returnUrl: 'http://sso.acme.io/callback' };",
    },
    {
      name: "redirect URL to localhost",
      code: "await stripe.checkout.sessions.create({ success_url: 'http://localhost:3000/success', cancel_url: 'http://localhost:3000/cancel', line_items });",
    },
    {
      name: "import source and type literal",
      code: "import type { Url } from './types';\ntype Legacy = 'http://api.stripe.com';\nexport type { Legacy, Url };",
    },
    {
      name: "http module to localhost",
      code: "import http from 'http';\nhttp.request({ host: 'localhost', port: 4242, path: '/webhook', method: 'POST' });",
    },
    {
      name: "http module with unknown host",
      code: "import http from 'node:http';\nhttp.get({ hostname: process.env.LEDGER_HOST, path: '/health' });",
    },
    {
      name: "https module request",
      code: "import https from 'https';\nhttps.request({ hostname: 'api.stripe.com', path: '/v1/charges', method: 'POST' });",
    },
    {
      name: "axios baseURL https in class field",
      code: "import axios from 'axios';\nclass PayPalClient {\n  private http = axios.create({ baseURL: 'https://api-m.paypal.com' });\n}\nexport { PayPalClient };",
    },
    {
      name: "new URL with https base",
      code: "const url = new URL('/v1/charges', 'https://api.stripe.com');\nawait fetch(url);",
    },
    {
      name: "checkAllUrls still skips namespaces and loopback",
      code: "const ns = 'http://www.w3.org/1999/xhtml';\nconst dev = 'http://localhost:3000';\nconst schema = 'http://acme.io/schemas/order.xsd';\nexport { ns, dev, schema };",
      options: [{"checkAllUrls": true}],
    },
    {
      ...commonjs, name: "CommonJS https request",
      code: "const axios = require('axios');\nmodule.exports = () => axios.get('https://api.razorpay.com/v1/orders');",
    },
    {
      name: "Plaid https basePath",
      code: "import { Configuration, PlaidApi, PlaidEnvironments } from 'plaid';\nconst client = new PlaidApi(new Configuration({ basePath: PlaidEnvironments.sandbox }));",
    },
    {
      name: "realistic Express server with Stripe over https",
      code: "import express from 'express';\nimport Stripe from 'stripe';\n\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });\nconst app = express();\nconst BASE_URL = process.env.PUBLIC_URL ?? 'http://localhost:3000';\n\napp.post('/checkout', async (req, res) => {\n  const session = await stripe.checkout.sessions.create({\n    mode: 'payment',\n    line_items: req.body.items,\n    success_url: `${BASE_URL}/success?session_id={CHECKOUT_SESSION_ID}`,\n    cancel_url: `${BASE_URL}/cart`,\n  });\n  res.json({ url: session.url });\n});\n\napp.listen(3000, () => console.log('listening on http://localhost:3000'));",
    },
    {
      name: "realistic Fastify plugin calling PayPal with got",
      code: "import type { FastifyInstance } from 'fastify';\nimport got from 'got';\n\nconst PAYPAL_API = process.env.PAYPAL_API_BASE ?? 'https://api-m.sandbox.paypal.com';\nconst paypal = got.extend({ prefixUrl: PAYPAL_API, responseType: 'json' });\n\nexport default async function routes(app: FastifyInstance) {\n  app.post('/orders', async (request) => {\n    const token = await paypal.post('v1/oauth2/token', { form: { grant_type: 'client_credentials' } }).json<{ access_token: string }>();\n    return paypal.post('v2/checkout/orders', { headers: { Authorization: `Bearer ${token.access_token}` }, json: request.body }).json();\n  });\n}",
    },
    {
      name: "realistic Next.js route handler with Adyen",
      code: "import { Client, CheckoutAPI } from '@adyen/api-library';\nimport { NextResponse } from 'next/server';\n\nconst client = new Client({ apiKey: process.env.ADYEN_API_KEY!, environment: 'TEST' });\nconst checkout = new CheckoutAPI(client);\n\nexport async function POST(request: Request) {\n  const { amount } = await request.json();\n  const origin = request.headers.get('origin') ?? 'http://localhost:3000';\n  const session = await checkout.PaymentsApi.sessions({ amount, merchantAccount: process.env.ADYEN_MERCHANT!, reference: crypto.randomUUID(), returnUrl: `${origin}/checkout/result` });\n  return NextResponse.json(session);\n}",
    },
    {
      name: "realistic NestJS service with axios and config",
      code: "import { Injectable } from '@nestjs/common';\nimport axios, { type AxiosInstance } from 'axios';\n\n@Injectable()\nexport class LedgerService {\n  private readonly http: AxiosInstance = axios.create({ baseURL: process.env.LEDGER_URL, timeout: 5000 });\n\n  record(entry: { amount: number; currency: string }) {\n    return this.http.post('/entries', entry);\n  }\n}",
    },
    {
      name: "URL parsing base that is never requested",
      code: "export function pathOf(input: string) { return new URL(input, 'http://placeholder.acme.io').pathname; }",
    },
    {
      name: "graphql-request over https",
      code: "import { GraphQLClient } from 'graphql-request';\nexport const braintree = new GraphQLClient('https://payments.sandbox.braintree-api.com/graphql', { headers });",
    },
    {
      name: "webhook endpoint registration over https",
      code: "await stripe.webhookEndpoints.create({ url: 'https://shop.acme.io/webhooks/stripe', enabled_events: ['payment_intent.succeeded'] });",
    },
    {
      name: "url key in a non-webhook call",
      code: "await analytics.track({ event: 'checkout', url: 'http://shop.acme.io/cart' });",
    },
    {
      name: "xhr open to a relative path",
      code: "const xhr = new XMLHttpRequest();\nxhr.open('POST', '/api/checkout');\nxhr.send(body);",
    },
    {
      name: "dynamic host that defaults to localhost",
      code: "const host = process.env.HOST || 'localhost';\nexport const health = () => fetch(`http://${host}:${process.env.PORT}/health`);",
    },
    {
      name: "concatenated host that defaults to a service name",
      code: "import axios from 'axios';\nconst ledgerHost = process.env.LEDGER_HOST ?? 'ledger';\nexport const post = (e: object) => axios.post('http://' + ledgerHost + ':8080/entries', e);",
    },
    {
      name: "scheme chosen from the page protocol",
      code: "const protocol = location.protocol === 'https:' ? 'wss' : 'ws';\nexport const socket = new WebSocket(`${protocol}://${location.host}/events`);",
    },
  ],
  invalid: [
    {
      name: "fetch to Stripe over http",
      code: "const res = await fetch('http://api.stripe.com/v1/payment_intents', { method: 'POST', body });",
      errors: [
        { messageId: "insecurePaymentHost", data: {"provider": "Stripe", "scheme": "http", "secure": "https"}, line: 1, column: 25, endLine: 1, endColumn: 67, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "const res = await fetch('https://api.stripe.com/v1/payment_intents', { method: 'POST', body });" }] },
      ],
    },
    {
      name: "axios post to a public host",
      code: "import axios from 'axios';\nawait axios.post('http://pay.acme-shop.com/api/charge', { amount });",
      errors: [
        { messageId: "insecureRequest", data: {"client": "axios", "scheme": "http", "secure": "https"}, line: 2, column: 18, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "import axios from 'axios';\nawait axios.post('https://pay.acme-shop.com/api/charge', { amount });" }] },
      ],
    },
    {
      name: "axios.create baseURL to PayPal",
      code: "import axios from 'axios';\nexport const paypal = axios.create({ baseURL: 'http://api-m.sandbox.paypal.com' });",
      errors: [
        { messageId: "insecurePaymentHost", data: {"provider": "PayPal", "scheme": "http", "secure": "https"}, line: 2, column: 47, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "import axios from 'axios';\nexport const paypal = axios.create({ baseURL: 'https://api-m.sandbox.paypal.com' });" }] },
      ],
    },
    {
      name: "axios instance call with template literal",
      code: "import axios from 'axios';\nconst api = axios.create({ timeout: 5000 });\nexport const capture = (id: string) => api.post(`http://ledger.acme.io/orders/${id}/capture`);",
      errors: [
        { messageId: "insecureRequest", data: {"client": "axios", "scheme": "http", "secure": "https"}, line: 3, column: 49, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "import axios from 'axios';\nconst api = axios.create({ timeout: 5000 });\nexport const capture = (id: string) => api.post(`https://ledger.acme.io/orders/${id}/capture`);" }] },
      ],
    },
    {
      name: "axios defaults baseURL write",
      code: "import axios from 'axios';\naxios.defaults.baseURL = 'http://api.acme-pay.com';",
      errors: [
        { messageId: "insecureRequest", data: {"client": "axios", "scheme": "http", "secure": "https"}, line: 2, column: 26, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "import axios from 'axios';\naxios.defaults.baseURL = 'https://api.acme-pay.com';" }] },
      ],
    },
    {
      name: "env fallback through a const and concatenation",
      code: "import axios from 'axios';\nconst base = process.env.PAYMENTS_URL ?? 'http://payments.acme.io';\nawait axios.get(base + '/v1/balance');",
      errors: [
        { messageId: "insecureRequest", data: {"client": "axios", "scheme": "http", "secure": "https"}, line: 2, column: 42, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "import axios from 'axios';\nconst base = process.env.PAYMENTS_URL ?? 'https://payments.acme.io';\nawait axios.get(base + '/v1/balance');" }] },
      ],
    },
    {
      name: "concatenated host at unknown",
      code: "export const charge = (host: string) => fetch('http://' + host + '/v1/charges', { method: 'POST' });",
      errors: [
        { messageId: "insecureRequest", data: {"client": "fetch", "scheme": "http", "secure": "https"}, line: 1, column: 47, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "export const charge = (host: string) => fetch('https://' + host + '/v1/charges', { method: 'POST' });" }] },
      ],
    },
    {
      name: "template with dynamic host",
      code: "await fetch(`http://${process.env.LEDGER_HOST}/settle`, { method: 'POST' });",
      errors: [
        { messageId: "insecureRequest", data: {"client": "fetch", "scheme": "http", "secure": "https"}, line: 1, column: 13, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "await fetch(`https://${process.env.LEDGER_HOST}/settle`, { method: 'POST' });" }] },
      ],
    },
    {
      name: "const URL used by got",
      code: "import got from 'got';\nconst CHECKOUT_API = 'http://api.checkout.com';\nexport const pay = (body: object) => got.post(`${CHECKOUT_API}/payments`, { json: body });",
      errors: [
        { messageId: "insecurePaymentHost", data: {"provider": "Checkout.com", "scheme": "http", "secure": "https"}, line: 2, column: 22, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "import got from 'got';\nconst CHECKOUT_API = 'https://api.checkout.com';\nexport const pay = (body: object) => got.post(`${CHECKOUT_API}/payments`, { json: body });" }] },
      ],
    },
    {
      name: "got extend prefixUrl",
      code: "import got from 'got';\nexport const ledger = got.extend({ prefixUrl: 'http://ledger.acme.io/api' });",
      errors: [
        { messageId: "insecureRequest", data: {"client": "got", "scheme": "http", "secure": "https"}, line: 2, column: 47, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "import got from 'got';\nexport const ledger = got.extend({ prefixUrl: 'https://ledger.acme.io/api' });" }] },
      ],
    },
    {
      name: "ky create prefixUrl",
      code: "import ky from 'ky';\nexport const api = ky.create({ prefixUrl: 'http://api.acme-pay.com' });",
      errors: [
        { messageId: "insecureRequest", data: {"client": "ky", "scheme": "http", "secure": "https"}, line: 2, column: 43, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "import ky from 'ky';\nexport const api = ky.create({ prefixUrl: 'https://api.acme-pay.com' });" }] },
      ],
    },
    {
      name: "undici request",
      code: "import { request } from 'undici';\nconst { body } = await request('http://risk.acme.io/score', { method: 'POST' });",
      errors: [
        { messageId: "insecureRequest", data: {"client": "undici", "scheme": "http", "secure": "https"}, line: 2, column: 32, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "import { request } from 'undici';\nconst { body } = await request('https://risk.acme.io/score', { method: 'POST' });" }] },
      ],
    },
    {
      name: "node-fetch via require in TS",
      code: "const fetch = require('node-fetch');\nfetch('http://api.mollie.com/v2/payments', { method: 'POST' });",
      errors: [
        { messageId: "insecurePaymentHost", data: {"provider": "Mollie", "scheme": "http", "secure": "https"}, line: 2, column: 7, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "const fetch = require('node-fetch');\nfetch('https://api.mollie.com/v2/payments', { method: 'POST' });" }] },
      ],
    },
    {
      ...commonjs, name: "superagent post",
      code: "const superagent = require('superagent');\nsuperagent.post('http://orders.acme.io/api/orders').send(order).end(cb);",
      errors: [
        { messageId: "insecureRequest", data: {"client": "superagent", "scheme": "http", "secure": "https"}, line: 2, column: 17, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "const superagent = require('superagent');\nsuperagent.post('https://orders.acme.io/api/orders').send(order).end(cb);" }] },
      ],
    },
    {
      name: "WebSocket global with ws scheme",
      code: "const socket = new WebSocket('ws://stream.acme-pay.io/payments');",
      errors: [
        { messageId: "insecureRequest", data: {"client": "WebSocket", "scheme": "ws", "secure": "wss"}, line: 1, column: 30, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "wss"}, output: "const socket = new WebSocket('wss://stream.acme-pay.io/payments');" }] },
      ],
    },
    {
      name: "ws module client",
      code: "import WebSocket from 'ws';\nconst feed = new WebSocket(`ws://feeds.acme.io/${merchantId}`);",
      errors: [
        { messageId: "insecureRequest", data: {"client": "ws", "scheme": "ws", "secure": "wss"}, line: 2, column: 28, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "wss"}, output: "import WebSocket from 'ws';\nconst feed = new WebSocket(`wss://feeds.acme.io/${merchantId}`);" }] },
      ],
    },
    {
      name: "EventSource global",
      code: "const events = new EventSource('http://notify.acme-pay.com/stream');",
      errors: [
        { messageId: "insecureRequest", data: {"client": "EventSource", "scheme": "http", "secure": "https"}, line: 1, column: 32, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "const events = new EventSource('https://notify.acme-pay.com/stream');" }] },
      ],
    },
    {
      name: "new URL with http base",
      code: "const url = new URL('/v1/refunds', 'http://api.stripe.com');\nawait fetch(url, { method: 'POST' });",
      errors: [
        { messageId: "insecurePaymentHost", data: {"provider": "Stripe", "scheme": "http", "secure": "https"}, line: 1, column: 36, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "const url = new URL('/v1/refunds', 'https://api.stripe.com');\nawait fetch(url, { method: 'POST' });" }] },
      ],
    },
    {
      name: "http.request to a payment host",
      code: "import http from 'http';\nconst req = http.request({ hostname: 'api.razorpay.com', path: '/v1/orders', method: 'POST' });",
      errors: [
        { messageId: "insecureHttpModule", data: {"host": "api.razorpay.com"}, line: 2, column: 28, suggestions: null },
      ],
    },
    {
      ...commonjs, name: "http.get with URL string",
      code: "const http = require('node:http');\nhttp.get('http://rates.acme-fx.com/latest', (res) => res.pipe(out));",
      errors: [
        { messageId: "insecureRequest", data: {"client": "http", "scheme": "http", "secure": "https"}, line: 2, column: 10, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "const http = require('node:http');\nhttp.get('https://rates.acme-fx.com/latest', (res) => res.pipe(out));" }] },
      ],
    },
    {
      name: "Stripe SDK over http protocol",
      code: "import Stripe from 'stripe';\nexport const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { host: 'stripe-proxy.acme.io', protocol: 'http' });",
      errors: [
        { messageId: "insecureSdkProtocol", data: {"provider": "Stripe"}, line: 2, column: 98, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "import Stripe from 'stripe';\nexport const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { host: 'stripe-proxy.acme.io', protocol: 'https' });" }] },
      ],
    },
    {
      name: "Plaid basePath http",
      code: "import { Configuration, PlaidApi } from 'plaid';\nconst plaid = new PlaidApi(new Configuration({ basePath: 'http://plaid-proxy.acme.io' }));",
      errors: [
        { messageId: "insecureSdkEndpoint", data: {"provider": "Plaid", "scheme": "http", "secure": "https"}, line: 2, column: 58, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "import { Configuration, PlaidApi } from 'plaid';\nconst plaid = new PlaidApi(new Configuration({ basePath: 'https://plaid-proxy.acme.io' }));" }] },
      ],
    },
    {
      name: "Square environment URL",
      code: "import { SquareClient } from 'square';\nconst square = new SquareClient({ token, environment: 'http://square-proxy.acme.io' });",
      errors: [
        { messageId: "insecureSdkEndpoint", data: {"provider": "Square", "scheme": "http", "secure": "https"}, line: 2, column: 55, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "import { SquareClient } from 'square';\nconst square = new SquareClient({ token, environment: 'https://square-proxy.acme.io' });" }] },
      ],
    },
    {
      name: "Stripe checkout success and cancel URLs",
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(key);\nawait stripe.checkout.sessions.create({\n  mode: 'payment',\n  line_items: items,\n  success_url: 'http://shop.acme.io/success?session_id={CHECKOUT_SESSION_ID}',\n  cancel_url: 'http://shop.acme.io/cart',\n});",
      errors: [
        { messageId: "insecureRedirect", data: {"key": "success_url", "scheme": "http", "secure": "https"}, line: 6, column: 16, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "import Stripe from 'stripe';\nconst stripe = new Stripe(key);\nawait stripe.checkout.sessions.create({\n  mode: 'payment',\n  line_items: items,\n  success_url: 'https://shop.acme.io/success?session_id={CHECKOUT_SESSION_ID}',\n  cancel_url: 'http://shop.acme.io/cart',\n});" }] },
        { messageId: "insecureRedirect", data: {"key": "cancel_url", "scheme": "http", "secure": "https"}, line: 7, column: 15, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "import Stripe from 'stripe';\nconst stripe = new Stripe(key);\nawait stripe.checkout.sessions.create({\n  mode: 'payment',\n  line_items: items,\n  success_url: 'http://shop.acme.io/success?session_id={CHECKOUT_SESSION_ID}',\n  cancel_url: 'https://shop.acme.io/cart',\n});" }] },
      ],
    },
    {
      name: "return_url built from a dynamic host in an imported stripe instance",
      code: "import { stripe } from '@/lib/stripe';\nexport async function confirm(host: string) {\n  return stripe.paymentIntents.confirm(id, { return_url: `http://${host}/orders/complete` });\n}",
      errors: [
        { messageId: "insecureRedirect", data: {"key": "return_url", "scheme": "http", "secure": "https"}, line: 3, column: 58, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "import { stripe } from '@/lib/stripe';\nexport async function confirm(host: string) {\n  return stripe.paymentIntents.confirm(id, { return_url: `https://${host}/orders/complete` });\n}" }] },
      ],
    },
    {
      name: "Mollie redirect and webhook URLs through a params const",
      code: "import { createMollieClient } from '@mollie/api-client';\nconst mollie = createMollieClient({ apiKey });\nconst params = { amount: { currency: 'EUR', value: '10.00' }, description: 'Order 12', redirectUrl: 'http://shop.acme.nl/return', webhookUrl: 'https://shop.acme.nl/hooks/mollie' };\nawait mollie.payments.create(params);",
      errors: [
        { messageId: "insecureRedirect", data: {"key": "redirectUrl", "scheme": "http", "secure": "https"}, line: 3, column: 101, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "import { createMollieClient } from '@mollie/api-client';\nconst mollie = createMollieClient({ apiKey });\nconst params = { amount: { currency: 'EUR', value: '10.00' }, description: 'Order 12', redirectUrl: 'https://shop.acme.nl/return', webhookUrl: 'https://shop.acme.nl/hooks/mollie' };\nawait mollie.payments.create(params);" }] },
      ],
    },
    {
      name: "PayPal experience context returnUrl",
      code: "const order = await ordersController.createOrder({ body: { intent: 'CAPTURE', purchaseUnits, paymentSource: { paypal: { experienceContext: { returnUrl: 'http://shop.acme.io/paypal/return', cancelUrl: 'https://shop.acme.io/cart' } } } } });",
      errors: [
        { messageId: "insecureRedirect", data: {"key": "returnUrl", "scheme": "http", "secure": "https"}, line: 1, column: 153, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "const order = await ordersController.createOrder({ body: { intent: 'CAPTURE', purchaseUnits, paymentSource: { paypal: { experienceContext: { returnUrl: 'https://shop.acme.io/paypal/return', cancelUrl: 'https://shop.acme.io/cart' } } } } });" }] },
      ],
    },
    {
      name: "Adyen returnUrl next to amount",
      code: "export const paymentRequest = { amount: { currency: 'EUR', value: 1000 }, reference, merchantAccount: 'AcmeECOM', returnUrl: 'http://shop.acme.eu/adyen/return' };",
      errors: [
        { messageId: "insecureRedirect", data: {"key": "returnUrl", "scheme": "http", "secure": "https"}, line: 1, column: 126, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "export const paymentRequest = { amount: { currency: 'EUR', value: 1000 }, reference, merchantAccount: 'AcmeECOM', returnUrl: 'https://shop.acme.eu/adyen/return' };" }] },
      ],
    },
    {
      name: "payment host literal anywhere",
      code: "export const config = { paypal: { api: 'http://api-m.paypal.com', clientId } };",
      errors: [
        { messageId: "insecurePaymentHost", data: {"provider": "PayPal", "scheme": "http", "secure": "https"}, line: 1, column: 40, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "export const config = { paypal: { api: 'https://api-m.paypal.com', clientId } };" }] },
      ],
    },
    {
      name: "Adyen live endpoint by suffix",
      code: "const ADYEN_CHECKOUT = `http://1797a841fbb37ca7-AdyenDemo-checkout-live.adyenpayments.com/checkout/v71`;\nexport { ADYEN_CHECKOUT };",
      errors: [
        { messageId: "insecurePaymentHost", data: {"provider": "Adyen", "scheme": "http", "secure": "https"}, line: 1, column: 24, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "const ADYEN_CHECKOUT = `https://1797a841fbb37ca7-AdyenDemo-checkout-live.adyenpayments.com/checkout/v71`;\nexport { ADYEN_CHECKOUT };" }] },
      ],
    },
    {
      name: "JSX form posting to PayPal over http",
      code: "export const PayButton = () => <form action=\"http://www.sandbox.paypal.com/cgi-bin/webscr\" method=\"post\"><button>Pay</button></form>;",
      filename: "checkout.tsx",
      errors: [
        { messageId: "insecurePaymentHost", data: {"provider": "PayPal", "scheme": "http", "secure": "https"}, line: 1, column: 45, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "export const PayButton = () => <form action=\"https://www.sandbox.paypal.com/cgi-bin/webscr\" method=\"post\"><button>Pay</button></form>;" }] },
      ],
    },
    {
      name: "class field base URL used in a method",
      code: "import axios from 'axios';\nclass LedgerClient {\n  private readonly base = 'http://ledger.acme.io';\n  balance() { return axios.get(`${this.base}/balance`); }\n}\nexport { LedgerClient };",
      errors: [
        { messageId: "insecureRequest", data: {"client": "axios", "scheme": "http", "secure": "https"}, line: 3, column: 27, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "import axios from 'axios';\nclass LedgerClient {\n  private readonly base = 'https://ledger.acme.io';\n  balance() { return axios.get(`${this.base}/balance`); }\n}\nexport { LedgerClient };" }] },
      ],
    },
    {
      name: "checkAllUrls reports a plain literal",
      code: "export const statusPage = 'http://status.acme-pay.com/api/v2/status.json';",
      options: [{"checkAllUrls": true}],
      errors: [
        { messageId: "insecureUrl", data: {"scheme": "http", "secure": "https"}, line: 1, column: 27, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "export const statusPage = 'https://status.acme-pay.com/api/v2/status.json';" }] },
      ],
    },
    {
      name: "test file checked on request",
      code: "await fetch('http://api.stripe.com/v1/charges');",
      filename: "src/__tests__/checkout.test.ts",
      options: [{"checkTestFiles": true}],
      errors: [
        { messageId: "insecurePaymentHost", data: {"provider": "Stripe", "scheme": "http", "secure": "https"}, line: 1, column: 13, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "await fetch('https://api.stripe.com/v1/charges');" }] },
      ],
    },
    {
      name: "conditional URL reports only the http branch",
      code: "const url = live ? 'https://api.acme-pay.com' : 'http://sandbox.acme-pay.com';\nawait fetch(url + '/charges');",
      errors: [
        { messageId: "insecureRequest", data: {"client": "fetch", "scheme": "http", "secure": "https"}, line: 1, column: 49, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "const url = live ? 'https://api.acme-pay.com' : 'https://sandbox.acme-pay.com';\nawait fetch(url + '/charges');" }] },
      ],
    },
    {
      name: "fetch through globalThis with optional chaining and as const",
      code: "const ENDPOINT = 'http://fraud.acme.io/v1/score' as const;\nawait globalThis.fetch?.(ENDPOINT);",
      errors: [
        { messageId: "insecureRequest", data: {"client": "fetch", "scheme": "http", "secure": "https"}, line: 1, column: 18, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "const ENDPOINT = 'https://fraud.acme.io/v1/score' as const;\nawait globalThis.fetch?.(ENDPOINT);" }] },
      ],
    },
    {
      name: "config object member with env fallback",
      code: "import axios from 'axios';\nconst config = { paymentServiceUrl: process.env.PAYMENT_SERVICE_URL || 'http://payments.acme-corp.com' };\nexport const charge = (body: object) => axios.post(config.paymentServiceUrl + '/charge', body);",
      errors: [
        { messageId: "insecureRequest", data: {"client": "axios", "scheme": "http", "secure": "https"}, line: 2, column: 72, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "import axios from 'axios';\nconst config = { paymentServiceUrl: process.env.PAYMENT_SERVICE_URL || 'https://payments.acme-corp.com' };\nexport const charge = (body: object) => axios.post(config.paymentServiceUrl + '/charge', body);" }] },
      ],
    },
    {
      name: "Stripe webhook endpoint registered over http",
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(key);\nawait stripe.webhookEndpoints.create({ url: 'http://shop.acme.io/webhooks/stripe', enabled_events: ['payment_intent.succeeded'] });",
      errors: [
        { messageId: "insecureRedirect", data: {"key": "url", "scheme": "http", "secure": "https"}, line: 3, column: 45, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "import Stripe from 'stripe';\nconst stripe = new Stripe(key);\nawait stripe.webhookEndpoints.create({ url: 'https://shop.acme.io/webhooks/stripe', enabled_events: ['payment_intent.succeeded'] });" }] },
      ],
    },
    {
      name: "Square webhook subscription notificationUrl",
      code: "import { SquareClient } from 'square';\nconst square = new SquareClient({ token });\nawait square.webhooks.subscriptions.create({ subscription: { name: 'payments', eventTypes: ['payment.updated'], notificationUrl: 'http://shop.acme.io/square/webhook' } });",
      errors: [
        { messageId: "insecureRedirect", data: {"key": "notificationUrl", "scheme": "http", "secure": "https"}, line: 3, column: 130, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "import { SquareClient } from 'square';\nconst square = new SquareClient({ token });\nawait square.webhooks.subscriptions.create({ subscription: { name: 'payments', eventTypes: ['payment.updated'], notificationUrl: 'https://shop.acme.io/square/webhook' } });" }] },
      ],
    },
    {
      name: "graphql-request client over http",
      code: "import { GraphQLClient } from 'graphql-request';\nexport const gateway = new GraphQLClient('http://payments-gateway.acme.io/graphql');",
      errors: [
        { messageId: "insecureRequest", data: {"client": "graphql-request", "scheme": "http", "secure": "https"}, line: 2, column: 42, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "import { GraphQLClient } from 'graphql-request';\nexport const gateway = new GraphQLClient('https://payments-gateway.acme.io/graphql');" }] },
      ],
    },
    {
      name: "jQuery ajax url option",
      code: "$.ajax({ url: 'http://shop.acme.io/api/pay', method: 'POST', data: form });",
      errors: [
        { messageId: "insecureRequest", data: {"client": "jQuery", "scheme": "http", "secure": "https"}, line: 1, column: 15, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "$.ajax({ url: 'https://shop.acme.io/api/pay', method: 'POST', data: form });" }] },
      ],
    },
    {
      name: "XMLHttpRequest open",
      code: "const xhr = new XMLHttpRequest();\nxhr.open('POST', 'http://shop.acme.io/api/pay');\nxhr.send(body);",
      errors: [
        { messageId: "insecureRequest", data: {"client": "XMLHttpRequest", "scheme": "http", "secure": "https"}, line: 2, column: 18, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "const xhr = new XMLHttpRequest();\nxhr.open('POST', 'https://shop.acme.io/api/pay');\nxhr.send(body);" }] },
      ],
    },
    {
      name: "socket.io client over http",
      code: "import { io } from 'socket.io-client';\nexport const socket = io('http://events.acme-pay.io', { transports: ['websocket'] });",
      errors: [
        { messageId: "insecureRequest", data: {"client": "socket.io-client", "scheme": "http", "secure": "https"}, line: 2, column: 26, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "import { io } from 'socket.io-client';\nexport const socket = io('https://events.acme-pay.io', { transports: ['websocket'] });" }] },
      ],
    },
    {
      name: "realistic Express server posting to a ledger over http",
      code: "import express from 'express';\nimport axios from 'axios';\nimport Stripe from 'stripe';\n\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nconst LEDGER = process.env.LEDGER_URL ?? 'http://ledger.acme-payments.com';\nconst app = express();\n\napp.post('/webhook', express.raw({ type: 'application/json' }), async (req, res) => {\n  const event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, process.env.STRIPE_WEBHOOK_SECRET!);\n  if (event.type === 'payment_intent.succeeded') {\n    await axios.post(`${LEDGER}/entries`, { id: event.data.object.id });\n  }\n  res.sendStatus(200);\n});",
      errors: [
        { messageId: "insecureRequest", data: {"client": "axios", "scheme": "http", "secure": "https"}, line: 6, column: 42, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "import express from 'express';\nimport axios from 'axios';\nimport Stripe from 'stripe';\n\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nconst LEDGER = process.env.LEDGER_URL ?? 'https://ledger.acme-payments.com';\nconst app = express();\n\napp.post('/webhook', express.raw({ type: 'application/json' }), async (req, res) => {\n  const event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, process.env.STRIPE_WEBHOOK_SECRET!);\n  if (event.type === 'payment_intent.succeeded') {\n    await axios.post(`${LEDGER}/entries`, { id: event.data.object.id });\n  }\n  res.sendStatus(200);\n});" }] },
      ],
    },
    {
      name: "realistic PayPal token call with fetch and environment switch",
      code: "const PAYPAL_BASE = process.env.NODE_ENV === 'production' ? 'https://api-m.paypal.com' : 'http://api-m.sandbox.paypal.com';\n\nexport async function getAccessToken(clientId: string, secret: string) {\n  const res = await fetch(`${PAYPAL_BASE}/v1/oauth2/token`, {\n    method: 'POST',\n    headers: { Authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}` },\n    body: 'grant_type=client_credentials',\n  });\n  return (await res.json()).access_token as string;\n}",
      errors: [
        { messageId: "insecurePaymentHost", data: {"provider": "PayPal", "scheme": "http", "secure": "https"}, line: 1, column: 90, suggestions: [{ messageId: "useSecureScheme", data: {"secure": "https"}, output: "const PAYPAL_BASE = process.env.NODE_ENV === 'production' ? 'https://api-m.paypal.com' : 'https://api-m.sandbox.paypal.com';\n\nexport async function getAccessToken(clientId: string, secret: string) {\n  const res = await fetch(`${PAYPAL_BASE}/v1/oauth2/token`, {\n    method: 'POST',\n    headers: { Authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}` },\n    body: 'grant_type=client_credentials',\n  });\n  return (await res.json()).access_token as string;\n}" }] },
      ],
    },
  ],
});
