import rule from '../../rules/no-weak-tls.js';
import { commonjs, createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

ruleTester.run("no-weak-tls", rule, {
  valid: [
    { name: 'knexfile development ssl minVersion TLSv1 is not production', filename: 'knexfile.js', code: "module.exports = { development: { client: 'pg', connection: { host: 'localhost', ssl: { minVersion: 'TLSv1' } } } };", ...commonjs },
    {
      name: "minVersion TLSv1.2 on an Agent",
      code: "import https from 'https';\nexport const agent = new https.Agent({ keepAlive: true, minVersion: 'TLSv1.2' });",
    },
    {
      name: "minVersion TLSv1.3 on a server",
      code: "import https from 'node:https';\nhttps.createServer({ key, cert, minVersion: 'TLSv1.3' }, app).listen(443);",
    },
    {
      name: "generic TLS_method without secureOptions",
      code: "import tls from 'tls';\ntls.connect({ host: 'api.stripe.com', port: 443, secureProtocol: 'TLS_client_method' });",
    },
    {
      name: "SSLv23_method with legacy protocols disabled",
      code: "import https from 'https';\nimport { constants } from 'crypto';\nhttps.request({ secureProtocol: 'SSLv23_method', secureOptions: constants.SSL_OP_NO_SSLv3 | constants.SSL_OP_NO_TLSv1 | constants.SSL_OP_NO_TLSv1_1 });",
    },
    {
      name: "TLSv1_2_method",
      code: "import tls from 'tls';\ntls.createSecureContext({ secureProtocol: 'TLSv1_2_method' });",
    },
    {
      name: "options absent (Node default is TLS 1.2)",
      code: "import https from 'https';\nhttps.get('https://api-m.paypal.com/v1/oauth2/token', (res) => res.resume());",
    },
    {
      name: "runtime minVersion",
      code: "import tls from 'tls';\ntls.connect({ host, port, minVersion: process.env.TLS_MIN_VERSION as tls.SecureVersion });",
    },
    {
      name: "strong cipher list with exclusions",
      code: "import https from 'https';\nnew https.Agent({ ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!3DES' });",
    },
    {
      name: "cipher list mentioning weak suites only as exclusions",
      code: "import tls from 'tls';\ntls.createServer({ key, cert, ciphers: ['HIGH', '!aNULL', '!MD5', '!RC4'].join(':') });",
    },
    {
      name: "maxVersion TLSv1.3",
      code: "import tls from 'tls';\ntls.connect({ host: 'h', maxVersion: 'TLSv1.3', minVersion: 'TLSv1.2' });",
    },
    {
      name: "unrelated object with minVersion",
      code: "export const semver = { minVersion: 'TLSv1', package: 'tls-shim' };",
    },
    {
      name: "unknown client",
      code: "client.connect({ minVersion: 'TLSv1' });",
    },
    {
      name: "locally shadowed tls",
      code: "const tls = { connect(o: object) { return o; } };\ntls.connect({ minVersion: 'TLSv1' });",
    },
    {
      name: "reading tls.DEFAULT_MIN_VERSION",
      code: "import tls from 'tls';\nconsole.log(tls.DEFAULT_MIN_VERSION);",
    },
    {
      name: "tls.DEFAULT_MIN_VERSION raised",
      code: "import tls from 'tls';\ntls.DEFAULT_MIN_VERSION = 'TLSv1.3';",
    },
    {
      name: "got https minVersion 1.2",
      code: "import got from 'got';\nexport const client = got.extend({ prefixUrl: 'https://api.checkout.com', https: { minVersion: 'TLSv1.2' } });",
    },
    {
      name: "undici Agent with strong connect options",
      code: "import { Agent } from 'undici';\nexport const dispatcher = new Agent({ connect: { minVersion: 'TLSv1.2', ciphers: 'TLS_AES_256_GCM_SHA384' } });",
    },
    {
      name: "secureOptions with unknown constant",
      code: "import https from 'https';\nhttps.createServer({ secureProtocol: 'SSLv23_method', secureOptions: legacyFlags }, app);",
    },
    {
      name: "later unknown spread may override",
      code: "import tls from 'tls';\ntls.connect({ minVersion: 'TLSv1', ...hardenedDefaults });",
    },
    {
      ...commonjs, name: "CommonJS strong server",
      code: "const https = require('https');\nmodule.exports = https.createServer({ minVersion: 'TLSv1.2', honorCipherOrder: true }, handler);",
    },
    {
      name: "type annotation only",
      code: "import type { SecureContextOptions } from 'tls';\nexport const legacy: SecureContextOptions = { minVersion: 'TLSv1' };",
    },
    {
      name: "AES-CBC SHA1 suites are not flagged",
      code: "import tls from 'tls';\ntls.connect({ ciphers: 'ECDHE-RSA-AES128-SHA:AES256-SHA' });",
    },
  ],
  invalid: [
    {
      name: 'knexfile production ssl minVersion TLSv1 (database configuration module)',
      filename: 'knexfile.js',
      code: "module.exports = { production: { client: 'pg', connection: { connectionString: process.env.DATABASE_URL, ssl: { minVersion: 'TLSv1' } } } };",
      ...commonjs,
      errors: [
        { messageId: 'weakMinVersion', data: { value: '"TLSv1"', version: 'TLSv1', client: 'the database configuration' }, line: 1, column: 113, suggestions: [{ messageId: 'useTls12', output: "module.exports = { production: { client: 'pg', connection: { connectionString: process.env.DATABASE_URL, ssl: { minVersion: 'TLSv1.2' } } } };" }] },
      ],
    },
    {
      name: "minVersion TLSv1 on https.Agent",
      code: "import https from 'https';\nexport const agent = new https.Agent({ keepAlive: true, minVersion: 'TLSv1' });",
      errors: [
        { messageId: "weakMinVersion", data: {"value": "\"TLSv1\"", "version": "TLSv1", "client": "https"}, line: 2, column: 57, endLine: 2, endColumn: 76, suggestions: [{ messageId: "useTls12", output: "import https from 'https';\nexport const agent = new https.Agent({ keepAlive: true, minVersion: 'TLSv1.2' });" }] },
      ],
    },
    {
      name: "minVersion TLSv1.1 through a const options object",
      code: "import tls from 'node:tls';\nconst legacyOptions = { host: 'api.stripe.com', port: 443, minVersion: 'TLSv1.1' };\ntls.connect(legacyOptions);",
      errors: [
        { messageId: "weakMinVersion", data: {"value": "\"TLSv1.1\"", "version": "TLSv1.1", "client": "tls"}, line: 2, column: 60, suggestions: [{ messageId: "useTls12", output: "import tls from 'node:tls';\nconst legacyOptions = { host: 'api.stripe.com', port: 443, minVersion: 'TLSv1.2' };\ntls.connect(legacyOptions);" }] },
      ],
    },
    {
      name: "maxVersion TLSv1.1 on a server",
      code: "import https from 'https';\nhttps.createServer({ key, cert, maxVersion: 'TLSv1.1' }, app);",
      errors: [
        { messageId: "weakMaxVersion", data: {"value": "\"TLSv1.1\"", "version": "TLSv1.1", "client": "https"}, line: 2, column: 33, suggestions: [{ messageId: "useTls13Max", output: "import https from 'https';\nhttps.createServer({ key, cert, maxVersion: 'TLSv1.3' }, app);" }] },
      ],
    },
    {
      name: "secureProtocol TLSv1_method",
      code: "import https from 'https';\nhttps.request({ hostname: 'api.braintreegateway.com', secureProtocol: 'TLSv1_method' });",
      errors: [
        { messageId: "weakProtocol", data: {"value": "\"TLSv1_method\"", "version": "TLSv1", "client": "https"}, line: 2, column: 55, suggestions: [{ messageId: "replaceProtocol", output: "import https from 'https';\nhttps.request({ hostname: 'api.braintreegateway.com', minVersion: 'TLSv1.2' });" }] },
      ],
    },
    {
      ...commonjs, name: "secureProtocol SSLv3 client method in tls.connect",
      code: "const tls = require('tls');\ntls.connect(443, 'legacy-gateway.acme.io', { secureProtocol: \"SSLv3_client_method\" });",
      errors: [
        { messageId: "weakProtocol", data: {"value": "\"SSLv3_client_method\"", "version": "SSLv3", "client": "tls"}, line: 2, column: 46, suggestions: [{ messageId: "replaceProtocol", output: "const tls = require('tls');\ntls.connect(443, 'legacy-gateway.acme.io', { minVersion: \"TLSv1.2\" });" }] },
      ],
    },
    {
      name: "secureProtocol TLSv1_1 next to minVersion gets no suggestion",
      code: "import tls from 'tls';\ntls.createSecureContext({ secureProtocol: 'TLSv1_1_method', maxVersion: 'TLSv1.3' });",
      errors: [
        { messageId: "weakProtocol", data: {"value": "\"TLSv1_1_method\"", "version": "TLSv1.1", "client": "tls"}, line: 2, column: 27, suggestions: null },
      ],
    },
    {
      name: "RC4 and 3DES ciphers",
      code: "import https from 'https';\nnew https.Agent({ ciphers: 'ECDHE-RSA-AES128-GCM-SHA256:RC4-SHA:DES-CBC3-SHA' });",
      errors: [
        { messageId: "weakCiphers", data: {"ciphers": "RC4, 3DES", "client": "https"}, line: 2, column: 19, suggestions: [{ messageId: "removeCiphers", output: "import https from 'https';\nnew https.Agent({  });" }] },
      ],
    },
    {
      name: "NULL and EXPORT ciphers on a TLS server",
      code: "import { createServer } from 'tls';\nconst server = createServer({ key, cert, ciphers: 'eNULL:EXPORT' });",
      errors: [
        { messageId: "weakCiphers", data: {"ciphers": "NULL, EXPORT", "client": "tls"}, line: 2, column: 42, suggestions: [{ messageId: "removeCiphers", output: "import { createServer } from 'tls';\nconst server = createServer({ key, cert });" }] },
      ],
    },
    {
      name: "IANA anonymous suite name",
      code: "import tls from 'tls';\ntls.connect({ host: 'h', ciphers: 'TLS_DH_anon_WITH_AES_128_CBC_SHA' });",
      errors: [
        { messageId: "weakCiphers", data: {"ciphers": "anonymous", "client": "tls"}, line: 2, column: 26, suggestions: [{ messageId: "removeCiphers", output: "import tls from 'tls';\ntls.connect({ host: 'h' });" }] },
      ],
    },
    {
      name: "SSLv23 with secureOptions that keep TLS 1.0",
      code: "import https from 'https';\nimport crypto from 'crypto';\nhttps.createServer({ secureProtocol: 'SSLv23_method', secureOptions: crypto.constants.SSL_OP_NO_SSLv2 | crypto.constants.SSL_OP_NO_SSLv3 }, app);",
      errors: [
        { messageId: "legacyOptions", data: {"value": "\"SSLv23_method\"", "client": "https"}, line: 3, column: 55, suggestions: null },
      ],
    },
    {
      name: "got https minVersion",
      code: "import got from 'got';\nexport const client = got.extend({ prefixUrl: 'https://api.checkout.com', https: { minVersion: 'TLSv1' } });",
      errors: [
        { messageId: "weakMinVersion", data: {"value": "\"TLSv1\"", "version": "TLSv1", "client": "got"}, line: 2, column: 84, suggestions: [{ messageId: "useTls12", output: "import got from 'got';\nexport const client = got.extend({ prefixUrl: 'https://api.checkout.com', https: { minVersion: 'TLSv1.2' } });" }] },
      ],
    },
    {
      name: "undici connect options",
      code: "import { Agent, setGlobalDispatcher } from 'undici';\nsetGlobalDispatcher(new Agent({ connect: { minVersion: 'TLSv1.1' } }));",
      errors: [
        { messageId: "weakMinVersion", data: {"value": "\"TLSv1.1\"", "version": "TLSv1.1", "client": "undici"}, line: 2, column: 44, suggestions: [{ messageId: "useTls12", output: "import { Agent, setGlobalDispatcher } from 'undici';\nsetGlobalDispatcher(new Agent({ connect: { minVersion: 'TLSv1.2' } }));" }] },
      ],
    },
    {
      name: "axios httpsAgent with a weak Agent in a class field",
      code: "import axios from 'axios';\nimport { Agent } from 'https';\nclass AdyenGateway {\n  private http = axios.create({ baseURL: 'https://checkout-test.adyen.com', httpsAgent: new Agent({ minVersion: 'TLSv1' }) });\n}\nexport { AdyenGateway };",
      errors: [
        { messageId: "weakMinVersion", data: {"value": "\"TLSv1\"", "version": "TLSv1", "client": "https"}, line: 4, column: 101, suggestions: [{ messageId: "useTls12", output: "import axios from 'axios';\nimport { Agent } from 'https';\nclass AdyenGateway {\n  private http = axios.create({ baseURL: 'https://checkout-test.adyen.com', httpsAgent: new Agent({ minVersion: 'TLSv1.2' }) });\n}\nexport { AdyenGateway };" }] },
      ],
    },
    {
      name: "Fastify https server options",
      code: "import Fastify from 'fastify';\nconst app = Fastify({ https: { key, cert, minVersion: 'TLSv1' } });",
      errors: [
        { messageId: "weakMinVersion", data: {"value": "\"TLSv1\"", "version": "TLSv1", "client": "fastify"}, line: 2, column: 43, suggestions: [{ messageId: "useTls12", output: "import Fastify from 'fastify';\nconst app = Fastify({ https: { key, cert, minVersion: 'TLSv1.2' } });" }] },
      ],
    },
    {
      name: "tls.DEFAULT_MIN_VERSION lowered",
      code: "import tls from 'tls';\ntls.DEFAULT_MIN_VERSION = 'TLSv1';",
      errors: [
        { messageId: "weakDefault", data: {"setting": "DEFAULT_MIN_VERSION", "value": "\"TLSv1\""}, line: 2, column: 1, suggestions: [{ messageId: "useTls12", output: "import tls from 'tls';\ntls.DEFAULT_MIN_VERSION = 'TLSv1.2';" }] },
      ],
    },
    {
      name: "tls.DEFAULT_CIPHERS with RC4 via require in TS",
      code: "const tls = require('node:tls');\ntls.DEFAULT_CIPHERS = 'RC4-SHA:' + 'HIGH';",
      errors: [
        { messageId: "weakDefault", data: {"setting": "DEFAULT_CIPHERS", "value": "\"RC4-SHA:HIGH\""}, line: 2, column: 1, suggestions: null },
      ],
    },
    {
      name: "pg ssl with TLSv1",
      code: "import { Pool } from 'pg';\nexport const pool = new Pool({ connectionString, ssl: { rejectUnauthorized: true, minVersion: 'TLSv1' } });",
      errors: [
        { messageId: "weakMinVersion", data: {"value": "\"TLSv1\"", "version": "TLSv1", "client": "pg"}, line: 2, column: 83, suggestions: [{ messageId: "useTls12", output: "import { Pool } from 'pg';\nexport const pool = new Pool({ connectionString, ssl: { rejectUnauthorized: true, minVersion: 'TLSv1.2' } });" }] },
      ],
    },
    {
      name: "spread of a weak base into http2 secure server",
      code: "import http2 from 'http2';\nconst base = { minVersion: 'TLSv1' as const };\nhttp2.createSecureServer({ ...base, key, cert });",
      errors: [
        { messageId: "weakMinVersion", data: {"value": "\"TLSv1\"", "version": "TLSv1", "client": "http2"}, line: 2, column: 16, suggestions: [{ messageId: "useTls12", output: "import http2 from 'http2';\nconst base = { minVersion: 'TLSv1.2' };\nhttp2.createSecureServer({ ...base, key, cert });" }] },
      ],
    },
    {
      name: "min and max both weak",
      code: "import tls from 'tls';\ntls.connect({ minVersion: 'TLSv1', maxVersion: 'TLSv1.1' });",
      errors: [
        { messageId: "weakMinVersion", data: {"value": "\"TLSv1\"", "version": "TLSv1", "client": "tls"}, line: 2, column: 15, suggestions: [{ messageId: "useTls12", output: "import tls from 'tls';\ntls.connect({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.1' });" }] },
        { messageId: "weakMaxVersion", data: {"value": "\"TLSv1.1\"", "version": "TLSv1.1", "client": "tls"}, line: 2, column: 36, suggestions: [{ messageId: "useTls13Max", output: "import tls from 'tls';\ntls.connect({ minVersion: 'TLSv1', maxVersion: 'TLSv1.3' });" }] },
      ],
    },
    {
      name: "Stripe SDK agent with weak TLS",
      code: "import Stripe from 'stripe';\nimport https from 'https';\nexport const stripe = new Stripe(key, { httpAgent: new https.Agent({ minVersion: 'TLSv1' }) });",
      errors: [
        { messageId: "weakMinVersion", data: {"value": "\"TLSv1\"", "version": "TLSv1", "client": "https"}, line: 3, column: 70, suggestions: [{ messageId: "useTls12", output: "import Stripe from 'stripe';\nimport https from 'https';\nexport const stripe = new Stripe(key, { httpAgent: new https.Agent({ minVersion: 'TLSv1.2' }) });" }] },
      ],
    },
  ],
});
