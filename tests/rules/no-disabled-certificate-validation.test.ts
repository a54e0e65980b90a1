import rule from '../../rules/no-disabled-certificate-validation.js';
import { commonjs, createRuleTester, nodeGlobals } from '../rule-tester.js';

const ruleTester = createRuleTester();

ruleTester.run('no-disabled-certificate-validation', rule, {
  valid: [
    { name: 'rejectUnauthorized true', code: "import https from 'https';\nhttps.request({ host: 'api.stripe.com', rejectUnauthorized: true });" },
    { name: 'runtime value is unknown', code: "import https from 'https';\nhttps.request({ rejectUnauthorized: cfg.tls.verify });" },
    { name: 'custom CA is the right fix', code: "import https from 'node:https';\nimport fs from 'node:fs';\nnew https.Agent({ ca: fs.readFileSync('ca.pem') });" },
    { name: 'reading the env var', code: "if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0') { console.warn('insecure'); }" },
    { name: 'setting the env var to 1', code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';" },
    { name: 'unrelated object literal', code: "const config = { rejectUnauthorized: false };\nexport default config;" },
    { name: 'unknown client', code: "client.request({ rejectUnauthorized: false });" },
    { name: 'locally defined https object', code: "const https = { request(o: unknown) { return o; } };\nhttps.request({ rejectUnauthorized: false });" },
    { name: 'shadowed require', code: "function load(require: (m: string) => any) { const https = require('https'); https.request({ rejectUnauthorized: false }); }" },
    { name: 'checkServerIdentity delegating to tls', code: "import tls from 'tls';\ntls.connect({ host: 'h', checkServerIdentity: (host, cert) => tls.checkServerIdentity(host, cert) });" },
    { name: 'checkServerIdentity that throws on mismatch', code: "import tls from 'tls';\ntls.connect({ checkServerIdentity(host, cert) { if (cert.fingerprint256 !== PIN) { throw new Error('pin mismatch'); } } });" },
    { name: 'checkServerIdentity returning an Error', code: "import tls from 'tls';\ntls.connect({ checkServerIdentity: (host, cert) => { if (!ok(cert)) return new Error('bad'); return undefined; } });" },
    { name: 'got with validation on', code: "import got from 'got';\nawait got('https://api.stripe.com', { https: { rejectUnauthorized: true } });" },
    { name: 'axios default agent', code: "import axios from 'axios';\nimport https from 'https';\naxios.create({ httpsAgent: new https.Agent({ keepAlive: true }) });" },
    { name: 'pg with CA', code: "import { Pool } from 'pg';\nnew Pool({ ssl: { rejectUnauthorized: true, ca: process.env.PG_CA } });" },
    { name: 'pg ssl false is not a validation override', code: "import { Pool } from 'pg';\nnew Pool({ ssl: false });" },
    { name: 'mongodb tls on', code: "import { MongoClient } from 'mongodb';\nnew MongoClient(uri, { tls: true, tlsAllowInvalidCertificates: false });" },
    { name: 'superagent without disableTLSCerts', code: "import superagent from 'superagent';\nawait superagent.get(url).set('Authorization', token).ca(caCert);" },
    { name: 'unrelated disableTLSCerts', code: "mockClient.get(url).disableTLSCerts();" },
    { name: 'later spread of unknown options may override', code: "import https from 'https';\nhttps.request({ rejectUnauthorized: false, ...userOptions });" },
    { name: 'strictSSL true', code: "const request = require('request');\nrequest({ url, strictSSL: true });", ...commonjs },
    { name: 'type-only reference', code: "import type { AgentOptions } from 'https';\nconst options: AgentOptions = { rejectUnauthorized: false };\nexport { options };" },
    { name: 'globalAgent set to true', code: "import https from 'https';\nhttps.globalAgent.options.rejectUnauthorized = true;" },
    { name: 'Object.assign on another object', code: "Object.assign(settings, { NODE_TLS_REJECT_UNAUTHORIZED: '0' });" },
    { name: 'nodemailer secure false is STARTTLS, not validation', code: "import nodemailer from 'nodemailer';\nnodemailer.createTransport({ host, port: 587, secure: false });" },
    {
      name: "rejectUnauthorized 0 keeps validation on in Node",
      code: "import https from 'https';\nnew https.Agent({ rejectUnauthorized: 0 as unknown as boolean });",
    },
    {
      name: "rejectUnauthorized 'false' string keeps validation on in Node",
      code: "import tls from 'tls';\ntls.connect({ host: 'h', rejectUnauthorized: 'false' as unknown as boolean });",
    },
    {
      name: "value from the TLS env var itself",
      code: "import https from 'https';\nnew https.Agent({ rejectUnauthorized: process.env.NODE_TLS_REJECT_UNAUTHORIZED !== '0' });",
    },
    {
      name: "value from an ops flag, not a deployment environment",
      code: "import { Pool } from 'pg';\nnew Pool({ ssl: { rejectUnauthorized: process.env.DB_SSL_VERIFY !== 'false' } });",
    },
    {
      name: "ws client with CA",
      code: "import WebSocket from 'ws';\nconst socket = new WebSocket('wss://stream.acme-pay.io', { ca: caBundle });",
    },
    {
      name: "http2 connect with validation on",
      code: "import http2 from 'node:http2';\nconst session = http2.connect('https://api.stripe.com', { rejectUnauthorized: true });",
    },
    {
      name: "checkServerIdentity returning true rejects in Node",
      code: "import tls from 'tls';\ntls.connect({ host: 'h', checkServerIdentity: () => true });",
    },
    {
      name: "async checkServerIdentity is not evaluated",
      code: "import tls from 'tls';\ntls.connect({ host: 'h', checkServerIdentity: async () => undefined });",
    },
    {
      name: "child process env without the override",
      code: "import { spawn } from 'child_process';\nspawn('node', ['worker.js'], { env: { ...process.env, NODE_EXTRA_CA_CERTS: '/etc/ssl/acme.pem' } });",
    },
    {
      name: "defineProperty on another object",
      code: "Object.defineProperty(config, 'NODE_TLS_REJECT_UNAUTHORIZED', { value: '0' });",
    },
    {
      name: "globalAgent options with CA",
      code: "import https from 'https';\nhttps.globalAgent.options.ca = caBundle;",
    },
    {
      name: "SDK options with unrelated insecure key outside a payment SDK",
      code: "import { createClient } from 'redis';\ncreateClient({ url, insecure: true });",
    },
    {
      name: "Stripe SDK with a keep-alive agent",
      code: "import Stripe from 'stripe';\nimport { HttpsAgent } from 'agentkeepalive';\nexport const stripe = new Stripe(key, { httpAgent: new HttpsAgent({ keepAlive: true }) });",
    },
    {
      name: "reading process.env with a constant key",
      code: "const KEY = 'NODE_TLS_REJECT_UNAUTHORIZED';\nif (process.env[KEY] === '0') { console.warn('insecure TLS'); }",
    },
    {
      name: "socket.io client with validation on",
      code: "import { io } from 'socket.io-client';\nconst socket = io('https://events.acme-pay.io', { rejectUnauthorized: true });",
    },
    {
      name: "Stripe SDK with standard options",
      code: "import Stripe from 'stripe';\nexport const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20', maxNetworkRetries: 2, timeout: 20_000 });",
    },
    {
      name: "PayPal server SDK client",
      code: "import { Client, Environment } from '@paypal/paypal-server-sdk';\nexport const paypal = new Client({ clientCredentialsAuthCredentials: { oAuthClientId: id, oAuthClientSecret: secret }, environment: Environment.Sandbox, timeout: 0 });",
    },
    {
      name: "Adyen client without TLS overrides",
      code: "import { Client, CheckoutAPI } from '@adyen/api-library';\nconst client = new Client({ apiKey: process.env.ADYEN_API_KEY!, environment: 'TEST' });\nexport const checkout = new CheckoutAPI(client);",
    },
    {
      name: "got with a private CA",
      code: "import got from 'got';\nimport { readFileSync } from 'node:fs';\nexport const ledger = got.extend({ prefixUrl: 'https://ledger.acme.io', https: { certificateAuthority: readFileSync('ca.pem') } });",
    },
    {
      name: "undici Agent with CA in connect",
      code: "import { Agent } from 'undici';\nexport const dispatcher = new Agent({ connect: { ca: process.env.CORP_CA, rejectUnauthorized: true } });",
    },
    {
      name: "tls.connect with servername and default validation",
      code: "import tls from 'node:tls';\nconst socket = tls.connect({ host: 'pos.acme.io', port: 8443, servername: 'pos.acme.io' });",
    },
    {
      name: "deleting the env override",
      code: "delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;",
    },
    {
      name: "mongodb with CA file",
      code: "import { MongoClient } from 'mongodb';\nexport const mongo = new MongoClient(uri, { tls: true, tlsCAFile: '/etc/ssl/mongo-ca.pem' });",
    },
    {
      name: "nodemailer with validation on",
      code: "import nodemailer from 'nodemailer';\nexport const mailer = nodemailer.createTransport({ host: 'smtp.acme.io', port: 465, secure: true, tls: { rejectUnauthorized: true } });",
    },
    {
      ...commonjs, name: "CommonJS request with CA",
      code: "const request = require('request');\nrequest.post({ url: 'https://api.braintreegateway.com', ca: caBundle, strictSSL: true }, cb);",
    },
    {
      name: "rejectUnauthorized from a parameter",
      code: "import https from 'https';\nexport const makeAgent = (verify: boolean) => new https.Agent({ rejectUnauthorized: verify });",
    },
    {
      name: "JSX component prop named rejectUnauthorized",
      code: "export const Settings = () => <TlsToggle rejectUnauthorized={false} label=\"Verify certificates\" />;",
      filename: "settings.tsx",
    },
    {
      name: "rejectUnauthorized from a TLS config flag",
      code: "import https from 'https';\nnew https.Agent({ rejectUnauthorized: config.tls.verifyPeer });",
    },
    {
      name: "Sequelize with a CA",
      code: "import { Sequelize } from 'sequelize';\nexport const db = new Sequelize(process.env.DATABASE_URL!, { dialectOptions: { ssl: { require: true, ca: process.env.DB_CA } } });",
    },
    {
      name: "knex with validation on",
      code: "import knex from 'knex';\nexport const db = knex({ client: 'pg', connection: { connectionString, ssl: { rejectUnauthorized: true } } });",
    },
    {
      name: "options object mutated to true",
      code: "import https from 'https';\nconst options: https.RequestOptions = { hostname: 'api.stripe.com' };\noptions.rejectUnauthorized = true;\nhttps.request(options);",
    },
    {
      name: "mutated object never reaches a client",
      code: "const settings: Record<string, unknown> = {};\nsettings.rejectUnauthorized = false;\nexport { settings };",
    },
    {
      name: 'class field written by two methods, neither disabling validation',
      code: "import { Agent, type AgentOptions, type RequestOptions } from 'https';\nexport class HttpClient {\n  private agentOptions!: AgentOptions;\n  request(options: RequestOptions) {\n    options.agent = new Agent(this.agentOptions);\n  }\n  useDefaultTrust(): void {\n    this.agentOptions = { rejectUnauthorized: true };\n  }\n  useCertificate(ca: Buffer): void {\n    this.agentOptions = { ca };\n  }\n}",
    },
    {
      name: 'class field chosen by a branch between two pinned certificate authorities',
      code: "import { Agent, type AgentOptions } from 'https';\nexport class TerminalClient {\n  private agentOptions!: AgentOptions;\n  configure(live: boolean, liveCa: Buffer, testCa: Buffer): void {\n    if (live) {\n      this.agentOptions = { ca: liveCa };\n    } else {\n      this.agentOptions = { ca: testCa };\n    }\n  }\n  agent(): Agent {\n    return new Agent(this.agentOptions);\n  }\n}",
    },
    {
      name: 'class field only declared',
      code: "import { Agent, type AgentOptions, type RequestOptions } from 'https';\nexport class HttpClient {\n  private agentOptions!: AgentOptions;\n  request(options: RequestOptions) {\n    options.agent = new Agent(this.agentOptions);\n  }\n}",
    },
    {
      name: 'class field assigned from a constructor argument in JS',
      code: "const https = require('https');\nclass TerminalClient {\n  constructor(agentOptions) {\n    this.agentOptions = agentOptions;\n  }\n  send(options) {\n    return https.request({ ...options, agent: new https.Agent(this.agentOptions) });\n  }\n  insecure() {\n    const client = new TerminalClient();\n    client.agentOptions = { rejectUnauthorized: false };\n    return client;\n  }\n}\nmodule.exports = TerminalClient;",
      ...commonjs,
    },
  ],
  invalid: [
    {
      name: 'class field: one method disables validation, another pins a certificate',
      code: "import { Agent, type AgentOptions, type RequestOptions } from 'https';\nexport class HttpClient {\n  private agentOptions!: AgentOptions;\n  request(options: RequestOptions) {\n    options.agent = new Agent(this.agentOptions);\n  }\n  useInsecureTerminal(): void {\n    this.agentOptions = { rejectUnauthorized: false };\n  }\n  useCertificate(ca: Buffer): void {\n    this.agentOptions = { ca };\n  }\n}",
      errors: [{ messageId: 'disabledOption', line: 8, column: 27, suggestions: [{ messageId: 'removeOption', output: "import { Agent, type AgentOptions, type RequestOptions } from 'https';\nexport class HttpClient {\n  private agentOptions!: AgentOptions;\n  request(options: RequestOptions) {\n    options.agent = new Agent(this.agentOptions);\n  }\n  useInsecureTerminal(): void {\n    this.agentOptions = {  };\n  }\n  useCertificate(ca: Buffer): void {\n    this.agentOptions = { ca };\n  }\n}" }] }],
    },
    {
      name: 'class field: an if/else in one method disables validation on one branch (payment SDK terminal shape)',
      code: "import { Agent, type AgentOptions } from 'https';\nexport class TerminalClient {\n  private agentOptions!: AgentOptions;\n  installCertificateVerifier(path: string, ca: Buffer): void {\n    if (path === 'unencrypted') {\n      this.agentOptions = { rejectUnauthorized: false };\n    } else {\n      this.agentOptions = { ca };\n    }\n  }\n  agent(): Agent {\n    return new Agent(this.agentOptions);\n  }\n}",
      errors: [{ messageId: 'disabledOption', line: 6, column: 29, suggestions: [{ messageId: 'removeOption', output: "import { Agent, type AgentOptions } from 'https';\nexport class TerminalClient {\n  private agentOptions!: AgentOptions;\n  installCertificateVerifier(path: string, ca: Buffer): void {\n    if (path === 'unencrypted') {\n      this.agentOptions = {  };\n    } else {\n      this.agentOptions = { ca };\n    }\n  }\n  agent(): Agent {\n    return new Agent(this.agentOptions);\n  }\n}" }] }],
    },
    {
      name: 'https.request inline',
      code: "import https from 'https';\nhttps.request({ host: 'api.stripe.com', rejectUnauthorized: false });",
      errors: [{ messageId: 'disabledOption', data: { option: 'rejectUnauthorized', value: 'false', client: 'https', what: '`rejectUnauthorized: false`' }, line: 2, column: 41, endColumn: 66,
        suggestions: [{ messageId: 'removeOption', data: { option: 'rejectUnauthorized', value: 'false' }, output: "import https from 'https';\nhttps.request({ host: 'api.stripe.com' });" }] }],
    },
    {
      name: 'node: prefix and const options object',
      code: "import * as https from 'node:https';\nconst agentOptions = { keepAlive: true, rejectUnauthorized: false };\nexport const agent = new https.Agent(agentOptions);",
      errors: [{ messageId: 'disabledOption', line: 2, column: 41,
        suggestions: [{ messageId: 'removeOption', data: { option: 'rejectUnauthorized', value: 'false' }, output: "import * as https from 'node:https';\nconst agentOptions = { keepAlive: true };\nexport const agent = new https.Agent(agentOptions);" }] }],
    },
    {
      name: 'options through a spread',
      code: "import { Agent } from 'https';\nconst insecure = { rejectUnauthorized: false };\nconst agent = new Agent({ ...insecure, keepAlive: true });",
      errors: [{ messageId: 'disabledOption', line: 2, column: 20, suggestions: [{ messageId: 'removeOption', output: "import { Agent } from 'https';\nconst insecure = {  };\nconst agent = new Agent({ ...insecure, keepAlive: true });" }] }],
    },
    {
      name: 'require in a TS file (undeclared require)',
      code: "const https = require('https');\nconst req = https.request({ hostname: 'api.paypal.com', rejectUnauthorized: false });",
      errors: [{ messageId: 'disabledOption', line: 2, column: 57, suggestions: [{ messageId: 'removeOption', output: "const https = require('https');\nconst req = https.request({ hostname: 'api.paypal.com' });" }] }],
    },
    {
      name: 'CommonJS destructured require',
      code: "const { Agent } = require('node:https');\nmodule.exports = new Agent({ rejectUnauthorized: false });",
      ...commonjs,
      errors: [{ messageId: 'disabledOption', line: 2, column: 30, suggestions: [{ messageId: 'removeOption', output: "const { Agent } = require('node:https');\nmodule.exports = new Agent({  });" }] }],
    },
    {
      name: 'TS import equals',
      code: "import https = require('https');\nhttps.get('https://api.stripe.com', { rejectUnauthorized: false }, () => {});",
      errors: [{ messageId: 'disabledOption', line: 2, column: 39, suggestions: [{ messageId: 'removeOption', output: "import https = require('https');\nhttps.get('https://api.stripe.com', {  }, () => {});" }] }],
    },
    {
      name: 'dynamic import',
      code: "const https = await import('https');\nnew https.Agent({ rejectUnauthorized: false });",
      errors: [{ messageId: 'disabledOption', line: 2, column: 19, suggestions: [{ messageId: 'removeOption', output: "const https = await import('https');\nnew https.Agent({  });" }] }],
    },
    {
      name: 'axios httpsAgent in a class field',
      code: "import axios from 'axios';\nimport https from 'https';\nclass PaymentClient {\n  private http = axios.create({ baseURL: 'https://api.stripe.com', httpsAgent: new https.Agent({ rejectUnauthorized: false }) });\n}\nexport { PaymentClient };",
      errors: [{ messageId: 'disabledOption', line: 4, column: 98, suggestions: [{ messageId: 'removeOption', output: "import axios from 'axios';\nimport https from 'https';\nclass PaymentClient {\n  private http = axios.create({ baseURL: 'https://api.stripe.com', httpsAgent: new https.Agent({  }) });\n}\nexport { PaymentClient };" }] }],
    },
    {
      name: 'got nested https options',
      code: "import got from 'got';\nconst client = got.extend({ prefixUrl: 'https://api.checkout.com', https: { rejectUnauthorized: false } });",
      errors: [{ messageId: 'disabledOption', data: { option: 'rejectUnauthorized', value: 'false', client: 'got', what: '`rejectUnauthorized: false`' }, line: 2, column: 77, suggestions: [{ messageId: 'removeOption', output: "import got from 'got';\nconst client = got.extend({ prefixUrl: 'https://api.checkout.com', https: {  } });" }] }],
    },
    {
      name: 'undici Agent connect options',
      code: "import { Agent, setGlobalDispatcher } from 'undici';\nsetGlobalDispatcher(new Agent({ connect: { rejectUnauthorized: false } }));",
      errors: [{ messageId: 'disabledOption', line: 2, column: 44, suggestions: [{ messageId: 'removeOption', output: "import { Agent, setGlobalDispatcher } from 'undici';\nsetGlobalDispatcher(new Agent({ connect: {  } }));" }] }],
    },
    {
      name: 'request strictSSL false',
      code: "const request = require('request');\nrequest.post({ url: 'https://api.braintreegateway.com', strictSSL: false }, cb);",
      ...commonjs,
      errors: [{ messageId: 'disabledOption', data: { option: 'strictSSL', value: 'false', client: 'request', what: '`strictSSL: false`' }, line: 2, column: 57, suggestions: [{ messageId: 'removeOption', output: "const request = require('request');\nrequest.post({ url: 'https://api.braintreegateway.com' }, cb);" }] }],
    },
    {
      name: 'env var write in a TS file',
      code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';",
      errors: [{ messageId: 'envVariable', line: 1, column: 1, endColumn: 41,
        suggestions: [{ messageId: 'removeStatement', output: '' }] }],
    },
    {
      name: 'env var write with bracket and number',
      code: "process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0;",
      ...commonjs,
      errors: [{ messageId: 'envVariable', line: 1, column: 1, suggestions: [{ messageId: 'removeStatement', output: '' }] }],
    },
    {
      name: 'env var through an alias and a constant',
      code: "const env = process.env;\nconst OFF = '0';\nenv.NODE_TLS_REJECT_UNAUTHORIZED = OFF;",
      ...nodeGlobals,
      errors: [{ messageId: 'envVariable', line: 3, column: 1, suggestions: [{ messageId: 'removeStatement', output: "const env = process.env;\nconst OFF = '0';\n" }] }],
    },
    {
      name: 'env var gated by NODE_ENV still ships',
      code: "if (process.env.NODE_ENV !== 'production') {\n  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';\n}",
      errors: [{ messageId: 'environmentGated', data: { what: "Setting NODE_TLS_REJECT_UNAUTHORIZED to '0'" }, line: 2, column: 3,
        suggestions: [{ messageId: 'removeStatement', output: "if (process.env.NODE_ENV !== 'production') {\n}" }] }],
    },
    {
      name: 'Object.assign on process.env',
      code: "Object.assign(process.env, { NODE_TLS_REJECT_UNAUTHORIZED: '0' });",
      errors: [{ messageId: 'envVariable', line: 1, column: 30, suggestions: [{ messageId: 'removeStatement', output: '' }] }],
    },
    {
      name: 'https.globalAgent.options write',
      code: "import https from 'https';\nhttps.globalAgent.options.rejectUnauthorized = false;",
      errors: [{ messageId: 'disabledOption', line: 2, column: 1, suggestions: [{ messageId: 'removeStatement', output: "import https from 'https';\n" }] }],
    },
    {
      name: 'checkServerIdentity always accepting',
      code: "import tls from 'tls';\ntls.connect({ host: 'api.stripe.com', port: 443, checkServerIdentity: () => undefined });",
      errors: [{ messageId: 'acceptAnyIdentity', line: 2, column: 50, suggestions: null }],
    },
    {
      name: 'checkServerIdentity with empty body in Agent',
      code: "import https from 'https';\nnew https.Agent({ checkServerIdentity() {} });",
      errors: [{ messageId: 'acceptAnyIdentity', line: 2, column: 19, suggestions: null }],
    },
    {
      name: 'superagent disableTLSCerts',
      code: "import superagent from 'superagent';\nawait superagent.post('https://api.razorpay.com/v1/orders').disableTLSCerts().send(body);",
      errors: [{ messageId: 'disableMethod', data: { client: 'superagent' }, line: 2, column: 7,
        suggestions: [{ messageId: 'removeCall', output: "import superagent from 'superagent';\nawait superagent.post('https://api.razorpay.com/v1/orders').send(body);" }] }],
    },
    {
      name: 'pg ssl rejectUnauthorized false',
      code: "import pg from 'pg';\nexport const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } });",
      errors: [{ messageId: 'disabledOption', data: { option: 'rejectUnauthorized', value: 'false', client: 'pg', what: '`rejectUnauthorized: false`' }, line: 2, column: 86, suggestions: [{ messageId: 'removeOption', output: "import pg from 'pg';\nexport const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, ssl: {  } });" }] }],
    },
    {
      name: 'mongodb tlsAllowInvalidCertificates',
      code: "import { MongoClient } from 'mongodb';\nnew MongoClient(uri, { tls: true, tlsAllowInvalidCertificates: true });",
      errors: [{ messageId: 'disabledOption', data: { option: 'tlsAllowInvalidCertificates', value: 'true', client: 'mongodb', what: '`tlsAllowInvalidCertificates: true`' }, line: 2, column: 35, suggestions: [{ messageId: 'removeOption', output: "import { MongoClient } from 'mongodb';\nnew MongoClient(uri, { tls: true });" }] }],
    },
    {
      name: 'Stripe SDK with an insecure agent from a factory',
      code: "import Stripe from 'stripe';\nimport { Agent } from 'https';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { httpAgent: new Agent({ rejectUnauthorized: false as const }) });",
      errors: [{ messageId: 'disabledOption', line: 3, column: 84, suggestions: [{ messageId: 'removeOption', output: "import Stripe from 'stripe';\nimport { Agent } from 'https';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { httpAgent: new Agent({  }) });" }] }],
    },
    {
      name: 'options in a class field used by a method',
      code: "import https from 'https';\nclass Client {\n  private readonly tlsOptions = { rejectUnauthorized: false };\n  send() { return https.request({ ...this.tlsOptions, host: 'api-m.paypal.com' }); }\n}\nexport { Client };",
      errors: [{ messageId: 'disabledOption', line: 3, column: 35, suggestions: [{ messageId: 'removeOption', output: "import https from 'https';\nclass Client {\n  private readonly tlsOptions = {  };\n  send() { return https.request({ ...this.tlsOptions, host: 'api-m.paypal.com' }); }\n}\nexport { Client };" }] }],
    },
    {
      name: 'ternary gated by NODE_ENV',
      code: "import https from 'https';\nconst agent = process.env.NODE_ENV === 'development' ? new https.Agent({ rejectUnauthorized: false }) : undefined;",
      errors: [{ messageId: 'environmentGated', line: 2, column: 74, suggestions: [{ messageId: 'removeOption', output: "import https from 'https';\nconst agent = process.env.NODE_ENV === 'development' ? new https.Agent({  }) : undefined;" }] }],
    },
    {
      name: "env-driven value is false outside production",
      code: "import https from 'https';\nnew https.Agent({ rejectUnauthorized: process.env.NODE_ENV === 'production' });",
      errors: [
        { messageId: "environmentGated", data: {"what": "`rejectUnauthorized: false`", "option": "rejectUnauthorized", "value": "false", "client": "https"}, line: 2, column: 19, suggestions: [{ messageId: "removeOption", data: {"option": "rejectUnauthorized", "value": "false"}, output: "import https from 'https';\nnew https.Agent({  });" }] },
      ],
    },
    {
      name: "isDev ternary chooses false",
      code: "import axios from 'axios';\nimport https from 'https';\nconst isDev = process.env.NODE_ENV !== 'production';\nexport const api = axios.create({ httpsAgent: new https.Agent({ rejectUnauthorized: isDev ? false : true }) });",
      errors: [
        { messageId: "environmentGated", line: 4, column: 65, suggestions: [{ messageId: "removeOption", data: {"option": "rejectUnauthorized", "value": "false"}, output: "import axios from 'axios';\nimport https from 'https';\nconst isDev = process.env.NODE_ENV !== 'production';\nexport const api = axios.create({ httpsAgent: new https.Agent({  }) });" }] },
      ],
    },
    {
      name: "ws client options",
      code: "import WebSocket from 'ws';\nconst feed = new WebSocket('wss://stream.acme-pay.io/events', { rejectUnauthorized: false });",
      errors: [
        { messageId: "disabledOption", data: {"option": "rejectUnauthorized", "value": "false", "client": "ws", "what": "`rejectUnauthorized: false`"}, line: 2, column: 65, suggestions: [{ messageId: "removeOption", data: {"option": "rejectUnauthorized", "value": "false"}, output: "import WebSocket from 'ws';\nconst feed = new WebSocket('wss://stream.acme-pay.io/events', {  });" }] },
      ],
    },
    {
      name: "http2 connect options",
      code: "import http2 from 'node:http2';\nconst session = http2.connect('https://api.stripe.com', { rejectUnauthorized: false });",
      errors: [
        { messageId: "disabledOption", data: {"option": "rejectUnauthorized", "value": "false", "client": "http2", "what": "`rejectUnauthorized: false`"}, line: 2, column: 59, suggestions: [{ messageId: "removeOption", data: {"option": "rejectUnauthorized", "value": "false"}, output: "import http2 from 'node:http2';\nconst session = http2.connect('https://api.stripe.com', {  });" }] },
      ],
    },
    {
      name: "socket.io client options",
      code: "import { io } from 'socket.io-client';\nconst socket = io('https://events.acme-pay.io', { transports: ['websocket'], rejectUnauthorized: false });",
      errors: [
        { messageId: "disabledOption", data: {"option": "rejectUnauthorized", "value": "false", "client": "socket.io-client", "what": "`rejectUnauthorized: false`"}, line: 2, column: 78, suggestions: [{ messageId: "removeOption", data: {"option": "rejectUnauthorized", "value": "false"}, output: "import { io } from 'socket.io-client';\nconst socket = io('https://events.acme-pay.io', { transports: ['websocket'] });" }] },
      ],
    },
    {
      ...commonjs, name: "needle options",
      code: "const needle = require('needle');\nneedle.post('https://api.razorpay.com/v1/orders', body, { json: true, rejectUnauthorized: false });",
      errors: [
        { messageId: "disabledOption", data: {"option": "rejectUnauthorized", "value": "false", "client": "needle", "what": "`rejectUnauthorized: false`"}, line: 2, column: 71, suggestions: [{ messageId: "removeOption", data: {"option": "rejectUnauthorized", "value": "false"}, output: "const needle = require('needle');\nneedle.post('https://api.razorpay.com/v1/orders', body, { json: true });" }] },
      ],
    },
    {
      name: "Bun fetch tls option",
      code: "await fetch('https://api.mollie.com/v2/payments', { method: 'POST', tls: { rejectUnauthorized: false } });",
      errors: [
        { messageId: "disabledOption", data: {"option": "rejectUnauthorized", "value": "false", "client": "fetch", "what": "`rejectUnauthorized: false`"}, line: 1, column: 76, suggestions: [{ messageId: "removeOption", data: {"option": "rejectUnauthorized", "value": "false"}, output: "await fetch('https://api.mollie.com/v2/payments', { method: 'POST', tls: {  } });" }] },
      ],
    },
    {
      name: "agentkeepalive HttpsAgent handed to Stripe",
      code: "import Stripe from 'stripe';\nimport { HttpsAgent } from 'agentkeepalive';\nexport const stripe = new Stripe(key, { httpAgent: new HttpsAgent({ keepAlive: true, rejectUnauthorized: false }) });",
      errors: [
        { messageId: "disabledOption", data: {"option": "rejectUnauthorized", "value": "false", "client": "agentkeepalive", "what": "`rejectUnauthorized: false`"}, line: 3, column: 86, suggestions: [{ messageId: "removeOption", data: {"option": "rejectUnauthorized", "value": "false"}, output: "import Stripe from 'stripe';\nimport { HttpsAgent } from 'agentkeepalive';\nexport const stripe = new Stripe(key, { httpAgent: new HttpsAgent({ keepAlive: true }) });" }] },
      ],
    },
    {
      name: "https-proxy-agent options",
      code: "import { HttpsProxyAgent } from 'https-proxy-agent';\nconst agent = new HttpsProxyAgent(process.env.HTTPS_PROXY!, { rejectUnauthorized: false });",
      errors: [
        { messageId: "disabledOption", data: {"option": "rejectUnauthorized", "value": "false", "client": "https-proxy-agent", "what": "`rejectUnauthorized: false`"}, line: 2, column: 63, suggestions: [{ messageId: "removeOption", data: {"option": "rejectUnauthorized", "value": "false"}, output: "import { HttpsProxyAgent } from 'https-proxy-agent';\nconst agent = new HttpsProxyAgent(process.env.HTTPS_PROXY!, {  });" }] },
      ],
    },
    {
      name: "payment SDK insecure flag",
      code: "import { Client } from '@adyen/api-library';\nconst client = new Client({ apiKey, environment: 'TEST', insecure: true });",
      errors: [
        { messageId: "disabledOption", data: {"option": "insecure", "value": "true", "client": "the Adyen SDK", "what": "`insecure: true`"}, line: 2, column: 58, suggestions: [{ messageId: "removeOption", data: {"option": "insecure", "value": "true"}, output: "import { Client } from '@adyen/api-library';\nconst client = new Client({ apiKey, environment: 'TEST' });" }] },
      ],
    },
    {
      name: "payment SDK nested tls options",
      code: "import Razorpay from 'razorpay';\nexport const razorpay = new Razorpay({ key_id, key_secret, tls: { rejectUnauthorized: false } });",
      errors: [
        { messageId: "disabledOption", data: {"option": "rejectUnauthorized", "value": "false", "client": "the Razorpay SDK", "what": "`rejectUnauthorized: false`"}, line: 2, column: 67, suggestions: [{ messageId: "removeOption", data: {"option": "rejectUnauthorized", "value": "false"}, output: "import Razorpay from 'razorpay';\nexport const razorpay = new Razorpay({ key_id, key_secret, tls: {  } });" }] },
      ],
    },
    {
      name: "env var through a constant computed key",
      code: "const TLS_FLAG = 'NODE_TLS_REJECT_UNAUTHORIZED';\nprocess.env[TLS_FLAG] = '0';",
      errors: [
        { messageId: "envVariable", line: 2, column: 1, suggestions: [{ messageId: "removeStatement", output: "const TLS_FLAG = 'NODE_TLS_REJECT_UNAUTHORIZED';\n" }] },
      ],
    },
    {
      name: "process.env replaced with a spread copy",
      code: "process.env = { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' };",
      errors: [
        { messageId: "envVariable", line: 1, column: 33, suggestions: [{ messageId: "removeStatement", output: "" }] },
      ],
    },
    {
      name: "defineProperty on process.env",
      code: "Object.defineProperty(process.env, 'NODE_TLS_REJECT_UNAUTHORIZED', { value: '0', writable: true });",
      errors: [
        { messageId: "envVariable", line: 1, column: 70, suggestions: [{ messageId: "removeStatement", output: "" }] },
      ],
    },
    {
      name: "Reflect.set on process.env",
      code: "Reflect.set(process.env, 'NODE_TLS_REJECT_UNAUTHORIZED', 0);",
      errors: [
        { messageId: "envVariable", line: 1, column: 1, suggestions: [{ messageId: "removeStatement", output: "" }] },
      ],
    },
    {
      name: "delete then set",
      code: "delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';",
      errors: [
        { messageId: "envVariable", line: 2, column: 1, suggestions: [{ messageId: "removeStatement", output: "delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;\n" }] },
      ],
    },
    {
      ...nodeGlobals, name: "destructured env object",
      code: "const { env } = process;\nenv.NODE_TLS_REJECT_UNAUTHORIZED = '0';",
      errors: [
        { messageId: "envVariable", line: 2, column: 1, suggestions: [{ messageId: "removeStatement", output: "const { env } = process;\n" }] },
      ],
    },
    {
      name: "child process env override",
      code: "import { fork } from 'node:child_process';\nfork('./payout-worker.js', [], { env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' } });",
      errors: [
        { messageId: "childEnvVariable", line: 2, column: 57, suggestions: null },
      ],
    },
    {
      name: "globalAgent options replaced",
      code: "import https from 'https';\nhttps.globalAgent.options = { ...https.globalAgent.options, rejectUnauthorized: false };",
      errors: [
        { messageId: "disabledOption", data: {"option": "rejectUnauthorized", "value": "false", "client": "every request through https.globalAgent", "what": "`rejectUnauthorized: false`"}, line: 2, column: 61, suggestions: [{ messageId: "removeOption", data: {"option": "rejectUnauthorized", "value": "false"}, output: "import https from 'https';\nhttps.globalAgent.options = { ...https.globalAgent.options };" }] },
      ],
    },
    {
      name: "Object.assign on globalAgent options",
      code: "import https from 'node:https';\nObject.assign(https.globalAgent.options, { rejectUnauthorized: false });",
      errors: [
        { messageId: "disabledOption", data: {"option": "rejectUnauthorized", "value": "false", "client": "every request through https.globalAgent", "what": "`rejectUnauthorized: false`"}, line: 2, column: 44, suggestions: [{ messageId: "removeOption", data: {"option": "rejectUnauthorized", "value": "false"}, output: "import https from 'node:https';\nObject.assign(https.globalAgent.options, {  });" }] },
      ],
    },
    {
      name: "checkServerIdentity returning null",
      code: "import https from 'https';\nnew https.Agent({ checkServerIdentity: (host, cert) => null });",
      errors: [
        { messageId: "acceptAnyIdentity", line: 2, column: 19, suggestions: null },
      ],
    },
    {
      name: "kafkajs ssl options",
      code: "import { Kafka } from 'kafkajs';\nexport const kafka = new Kafka({ clientId: 'payments', brokers, ssl: { rejectUnauthorized: false } });",
      errors: [
        { messageId: "disabledOption", data: {"option": "rejectUnauthorized", "value": "false", "client": "kafkajs", "what": "`rejectUnauthorized: false`"}, line: 2, column: 72, suggestions: [{ messageId: "removeOption", data: {"option": "rejectUnauthorized", "value": "false"}, output: "import { Kafka } from 'kafkajs';\nexport const kafka = new Kafka({ clientId: 'payments', brokers, ssl: {  } });" }] },
      ],
    },
    {
      name: "boolean named after the environment",
      code: "import https from 'https';\nimport { isProduction } from './env';\nexport const agent = new https.Agent({ rejectUnauthorized: isProduction });",
      errors: [
        { messageId: "environmentGated", data: {"what": "`rejectUnauthorized: false`", "option": "rejectUnauthorized", "value": "false", "client": "https"}, line: 3, column: 40, suggestions: [{ messageId: "removeOption", data: {"option": "rejectUnauthorized", "value": "false"}, output: "import https from 'https';\nimport { isProduction } from './env';\nexport const agent = new https.Agent({  });" }] },
      ],
    },
    {
      name: "negated dev flag from config",
      code: "import axios from 'axios';\nimport https from 'https';\nexport const api = axios.create({ httpsAgent: new https.Agent({ rejectUnauthorized: !config.isDev }) });",
      errors: [
        { messageId: "environmentGated", line: 3, column: 65, suggestions: [{ messageId: "removeOption", data: {"option": "rejectUnauthorized", "value": "false"}, output: "import axios from 'axios';\nimport https from 'https';\nexport const api = axios.create({ httpsAgent: new https.Agent({  }) });" }] },
      ],
    },
    {
      name: "Sequelize Heroku-style ssl options",
      code: "import { Sequelize } from 'sequelize';\nexport const db = new Sequelize(process.env.DATABASE_URL!, { dialect: 'postgres', dialectOptions: { ssl: { require: true, rejectUnauthorized: false } } });",
      errors: [
        { messageId: "disabledOption", data: {"option": "rejectUnauthorized", "value": "false", "client": "sequelize", "what": "`rejectUnauthorized: false`"}, line: 2, column: 123, suggestions: [{ messageId: "removeOption", data: {"option": "rejectUnauthorized", "value": "false"}, output: "import { Sequelize } from 'sequelize';\nexport const db = new Sequelize(process.env.DATABASE_URL!, { dialect: 'postgres', dialectOptions: { ssl: { require: true } } });" }] },
      ],
    },
    {
      name: "TypeORM DataSource ssl",
      code: "import { DataSource } from 'typeorm';\nexport const dataSource = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } });",
      errors: [
        { messageId: "disabledOption", data: {"option": "rejectUnauthorized", "value": "false", "client": "typeorm", "what": "`rejectUnauthorized: false`"}, line: 2, column: 100, suggestions: [{ messageId: "removeOption", data: {"option": "rejectUnauthorized", "value": "false"}, output: "import { DataSource } from 'typeorm';\nexport const dataSource = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, ssl: {  } });" }] },
      ],
    },
    {
      name: "options object mutated before the request",
      code: "import https from 'https';\nconst options: https.RequestOptions = { hostname: 'api-m.paypal.com', path: '/v2/checkout/orders', method: 'POST' };\noptions.rejectUnauthorized = false;\nconst req = https.request(options);",
      errors: [
        { messageId: "disabledOption", data: {"option": "rejectUnauthorized", "value": "false", "client": "https", "what": "`rejectUnauthorized: false`"}, line: 3, column: 1, suggestions: [{ messageId: "removeStatement", output: "import https from 'https';\nconst options: https.RequestOptions = { hostname: 'api-m.paypal.com', path: '/v2/checkout/orders', method: 'POST' };\nconst req = https.request(options);" }] },
      ],
    },
    {
      name: "class field assigned in one method and handed to https.Agent in another (payment SDK shape)",
      code: "import { Agent, type AgentOptions, type RequestOptions } from 'https';\nexport class HttpClient {\n  private agentOptions!: AgentOptions;\n  request(options: RequestOptions) {\n    options.agent = new Agent(this.agentOptions);\n  }\n  private installCertificateVerifier(): void {\n    this.agentOptions = {\n      rejectUnauthorized: false,\n    };\n  }\n}",
      errors: [
        { messageId: "disabledOption", line: 9, column: 7, suggestions: [{ messageId: "removeOption", output: "import { Agent, type AgentOptions, type RequestOptions } from 'https';\nexport class HttpClient {\n  private agentOptions!: AgentOptions;\n  request(options: RequestOptions) {\n    options.agent = new Agent(this.agentOptions);\n  }\n  private installCertificateVerifier(): void {\n    this.agentOptions = {\n      \n    };\n  }\n}" }] },
      ],
    },
    {
      name: "class field assigned in the constructor (JS) and handed to https.Agent in a method",
      code: "const https = require('https');\nclass TerminalClient {\n  constructor(config) {\n    this.config = config;\n    this.agentOptions = { rejectUnauthorized: false };\n  }\n  send(options) {\n    return https.request({ ...options, agent: new https.Agent(this.agentOptions) });\n  }\n}\nmodule.exports = TerminalClient;",
      ...commonjs,
      errors: [
        { messageId: "disabledOption", line: 5, column: 27, suggestions: [{ messageId: "removeOption", output: "const https = require('https');\nclass TerminalClient {\n  constructor(config) {\n    this.config = config;\n    this.agentOptions = {  };\n  }\n  send(options) {\n    return https.request({ ...options, agent: new https.Agent(this.agentOptions) });\n  }\n}\nmodule.exports = TerminalClient;" }] },
      ],
    },
  ],
});

/** A `disabledOption` (or `environmentGated`) error on the `rejectUnauthorized: false` property of `code`, removed by the suggestion. */
function configCase(name: string, filename: string, code: string, extra: Record<string, unknown> = {}, messageId: 'disabledOption' | 'environmentGated' = 'disabledOption') {
  const property = messageId === 'disabledOption' ? 'rejectUnauthorized: false' : /rejectUnauthorized: [^}]*?(?= \})/u.exec(code)![0];
  const index = code.indexOf(property);
  const before = code.slice(0, index);
  return {
    name, filename, code, ...extra,
    errors: [{
      messageId, line: before.split('\n').length, column: index - before.lastIndexOf('\n'),
      suggestions: [{ messageId: 'removeOption' as const, data: { option: 'rejectUnauthorized', value: 'false' }, output: code.slice(0, index) + code.slice(index + property.length) }],
    }],
  };
}

ruleTester.run('no-disabled-certificate-validation: database configuration modules and renegotiation', rule, {
  valid: [
    { name: 'knexfile: only the development environment skips validation', filename: 'knexfile.js', code: "module.exports = {\n  development: { client: 'pg', connection: { host: 'localhost', ssl: { rejectUnauthorized: false } } },\n  production: { client: 'pg', connection: { connectionString: process.env.DATABASE_URL, ssl: { ca: process.env.PG_CA } } },\n};", ...commonjs },
    { name: 'knexfile under a test folder', filename: 'test/knexfile.js', code: "module.exports = { production: { client: 'pg', connection: { connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } } } };", ...commonjs },
    { name: 'ormconfig with a CA file', filename: 'ormconfig.ts', code: "import fs from 'node:fs';\nexport default { type: 'postgres', url: process.env.DATABASE_URL, ssl: { ca: fs.readFileSync('/etc/ssl/rds-ca.pem').toString() } };" },
    { name: 'same object in a file that is not a database configuration module', filename: 'src/settings.js', code: "module.exports = { client: 'pg', connection: { ssl: { rejectUnauthorized: false } } };", ...commonjs },
    { name: 'exported object that is not a database configuration', filename: 'config/database.js', code: "export default { tlsDefaults: { ssl: { rejectUnauthorized: false } } };" },
    { name: 'renegotiate keeping validation on', code: "import tls from 'node:tls';\nconst socket = tls.connect(443, 'api.acme.io');\nsocket.renegotiate({ rejectUnauthorized: true }, (err) => { if (err) socket.destroy(err); });" },
    { name: 'renegotiate on an unknown socket', code: "export function again(socket: any) { socket.renegotiate({ rejectUnauthorized: false }, () => {}); }" },
  ],
  invalid: [
    configCase('NestJS TypeOrmModule.forRoot ssl', 'src/app.module.ts', "import { Module } from '@nestjs/common';\nimport { TypeOrmModule } from '@nestjs/typeorm';\n@Module({ imports: [TypeOrmModule.forRoot({ type: 'postgres', url: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } })] })\nexport class AppModule {}"),
    configCase('knexfile production environment (CommonJS)', 'knexfile.js', "module.exports = {\n  development: { client: 'pg', connection: 'postgres://localhost/app' },\n  production: { client: 'pg', connection: { connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } } },\n};", commonjs),
    configCase('knexfile.ts typed config object', 'src/db/knexfile.ts', "import type { Knex } from 'knex';\nconst config: Record<string, Knex.Config> = {\n  production: { client: 'postgresql', connection: { connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } } },\n};\nexport default config;"),
    configCase('Sequelize CLI config/config.js (CommonJS)', 'config/config.js', "module.exports = {\n  test: { dialect: 'sqlite', storage: ':memory:' },\n  production: { use_env_variable: 'DATABASE_URL', dialect: 'postgres', dialectOptions: { ssl: { rejectUnauthorized: false } } },\n};", commonjs),
    configCase('ormconfig default export', 'ormconfig.ts', "export default { type: 'postgres', url: process.env.DATABASE_URL, entities: ['dist/**/*.entity.js'], ssl: { rejectUnauthorized: false } };"),
    configCase('drizzle.config.ts through defineConfig', 'drizzle.config.ts', "import { defineConfig } from 'drizzle-kit';\nexport default defineConfig({ dialect: 'postgresql', schema: './src/schema.ts', dbCredentials: { url: process.env.DATABASE_URL!, ssl: { rejectUnauthorized: false } } });"),
    configCase('ormconfig gated on NODE_ENV', 'ormconfig.js', "module.exports = { type: 'postgres', url: process.env.DATABASE_URL, ssl: { rejectUnauthorized: process.env.NODE_ENV === 'production' } };", commonjs, 'environmentGated'),
    {
      name: 'TLS socket renegotiation without validation',
      code: "import tls from 'node:tls';\nconst socket = tls.connect(443, 'api.acme.io');\nsocket.renegotiate({ rejectUnauthorized: false }, (err) => { if (err) socket.destroy(err); });",
      errors: [{ messageId: 'disabledOption', data: { option: 'rejectUnauthorized', value: 'false', client: 'tls', what: '`rejectUnauthorized: false`' }, line: 3, column: 22,
        suggestions: [{ messageId: 'removeOption', data: { option: 'rejectUnauthorized', value: 'false' }, output: "import tls from 'node:tls';\nconst socket = tls.connect(443, 'api.acme.io');\nsocket.renegotiate({  }, (err) => { if (err) socket.destroy(err); });" }] }],
    },
  ],
});
