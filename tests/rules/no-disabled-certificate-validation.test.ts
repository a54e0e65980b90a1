import rule from '../../rules/no-disabled-certificate-validation.js';
import { commonjs, createRuleTester, nodeGlobals } from '../rule-tester.js';

const ruleTester = createRuleTester();

ruleTester.run('no-disabled-certificate-validation', rule, {
  valid: [
    { name: 'rejectUnauthorized true', code: "import https from 'https';\nhttps.request({ host: 'api.stripe.com', rejectUnauthorized: true });" },
    { name: 'runtime value is unknown', code: "import https from 'https';\nhttps.request({ rejectUnauthorized: cfg.tls.verify });" },
    { name: 'env-driven value is unknown', code: "import https from 'https';\nnew https.Agent({ rejectUnauthorized: process.env.NODE_ENV === 'production' });" },
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
  ],
  invalid: [
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
  ],
});
