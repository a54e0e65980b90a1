/**
 * TLS/HTTP clients and where their certificate-validation and protocol options live. Data only.
 * Sources: Node `https`/`tls` docs, axios, got, undici, request, superagent, ws, pg, mysql2, mongodb, ioredis,
 * nodemailer option references.
 */
import { api, type ApiDefinition } from './api.js';
import { PROVIDER_CLIENTS, PROVIDERS } from './providers.js';

export interface TlsSink {
  /** Human name used in messages. */
  readonly client: string;
  /**
   * Paths inside each object argument where TLS options sit: `[]` for the argument itself,
   * `['https']` for got, `['connect']` for undici, `['ssl']` for pg/mysql2.
   */
  readonly roots: readonly (readonly string[])[];
  /** Also a server-side TLS endpoint (for protocol-version checks). */
  readonly server?: boolean;
  /** Category used to choose the message. */
  readonly category: 'http' | 'tls' | 'database' | 'mail' | 'websocket' | 'sdk' | 'messaging';
  /** Also check the SDK-style switches of `SDK_DISABLING_OPTIONS` (`insecure: true`, `verifySsl: false`, …). */
  readonly sdkSwitches?: boolean;
}

const ROOT: readonly (readonly string[])[] = [[]];

const node = (
  module: 'https' | 'http' | 'tls' | 'http2',
  path: string[],
  kind: 'call' | 'construct',
  sink: TlsSink,
): ApiDefinition<TlsSink>[] =>
  kind === 'call' ? [api.call(module, path, sink)] : [api.construct(module, path, sink)];

const https: TlsSink = { client: 'https', roots: ROOT, category: 'http' };
const tls: TlsSink = { client: 'tls', roots: ROOT, category: 'tls' };
const tlsServer: TlsSink = { client: 'tls', roots: ROOT, category: 'tls', server: true };
const got: TlsSink = { client: 'got', roots: [[], ['https']], category: 'http' };
const undici: TlsSink = { client: 'undici', roots: [['connect'], ['requestTls'], ['proxyTls']], category: 'http' };
const request: TlsSink = { client: 'request', roots: ROOT, category: 'http' };
const ws: TlsSink = { client: 'ws', roots: ROOT, category: 'websocket' };
const database = (client: string, roots: (readonly string[])[]): TlsSink => ({ client, roots, category: 'database' });
const mail: TlsSink = { client: 'nodemailer', roots: [['tls']], category: 'mail' };

/** Calls and constructions that accept TLS options (client side and server side). */
export const TLS_OPTION_SINKS: readonly ApiDefinition<TlsSink>[] = [
  ...node('https', ['request'], 'call', https),
  ...node('https', ['get'], 'call', https),
  ...node('https', ['Agent'], 'construct', https),
  ...node('https', ['createServer'], 'call', { ...https, server: true }),
  ...node('https', ['Server'], 'construct', { ...https, server: true }),
  ...node('http2', ['connect'], 'call', { client: 'http2', roots: ROOT, category: 'http' }),
  ...node('http2', ['createSecureServer'], 'call', { client: 'http2', roots: ROOT, category: 'http', server: true }),
  api.call('tls', ['connect'], tls, 'tls-socket'),
  ...node('tls', ['createSecureContext'], 'call', tls),
  api.construct('tls', ['TLSSocket'], tls, 'tls-socket'),
  // `socket.renegotiate({ rejectUnauthorized: false }, cb)` re-handshakes without validating the peer.
  api.instance('tls-socket', ['renegotiate'], 'call', tls),
  ...node('tls', ['createServer'], 'call', tlsServer),
  ...node('tls', ['Server'], 'construct', tlsServer),
  // got: got(url, opts), got.get/post/…, got.extend(opts), got.stream(url, opts)
  ...['', 'get', 'post', 'put', 'patch', 'delete', 'head', 'extend', 'stream', 'paginate'].map((method) =>
    api.call('got', method ? [method] : [], got),
  ),
  // undici
  ...['Agent', 'Pool', 'Client', 'ProxyAgent', 'EnvHttpProxyAgent', 'BalancedPool'].map((ctor) =>
    api.construct('undici', [ctor], undici),
  ),
  api.call('undici', ['buildConnector'], { ...undici, roots: ROOT }),
  // request / request-promise family
  ...['request', 'request-promise', 'request-promise-native', 'requestretry'].flatMap((module) => [
    api.call(module, [], request),
    ...['get', 'post', 'put', 'patch', 'del', 'delete', 'head', 'defaults'].map((method) =>
      api.call(module, [method], request),
    ),
  ]),
  // WebSocket clients with TLS options
  api.construct('ws', [], ws),
  api.construct('ws', ['WebSocket'], ws),
  // Databases: payment data at rest travels over these connections
  api.construct('pg', ['Pool'], database('pg', [['ssl']])),
  api.construct('pg', ['Client'], database('pg', [['ssl']])),
  ...['createConnection', 'createPool', 'createPoolCluster'].flatMap((method) => [
    api.call('mysql2', [method], database('mysql2', [['ssl']])),
    api.call('mysql2/promise', [method], database('mysql2', [['ssl']])),
    api.call('mysql', [method], database('mysql', [['ssl']])),
  ]),
  api.construct('ioredis', [], database('ioredis', [['tls']])),
  api.construct('ioredis', ['Cluster'], database('ioredis', [['redisOptions', 'tls']])),
  api.call('redis', ['createClient'], database('redis', [['socket']])),
  api.construct('mongodb', ['MongoClient'], database('mongodb', ROOT as (readonly string[])[])),
  api.call('mongoose', ['connect'], database('mongoose', ROOT as (readonly string[])[])),
  api.call('mongoose', ['createConnection'], database('mongoose', ROOT as (readonly string[])[])),
  api.call('nodemailer', ['createTransport'], mail),
  // ORMs and query builders that pass `ssl` through to the database driver
  api.construct('sequelize', ['Sequelize'], database('sequelize', [['dialectOptions', 'ssl']])),
  api.construct('sequelize', [], database('sequelize', [['dialectOptions', 'ssl']])),
  api.call('knex', [], database('knex', [['connection', 'ssl']])),
  api.construct('typeorm', ['DataSource'], database('typeorm', [['ssl'], ['extra', 'ssl']])),
  api.call('typeorm', ['createConnection'], database('typeorm', [['ssl'], ['extra', 'ssl']])),
  api.call('@nestjs/typeorm', ['TypeOrmModule', 'forRoot'], database('typeorm', [['ssl'], ['extra', 'ssl']])),
  api.call('@nestjs/sequelize', ['SequelizeModule', 'forRoot'], database('sequelize', [['dialectOptions', 'ssl']])),
  api.call('postgres', [], database('postgres', [['ssl']])),
  api.call('pg-promise', [], database('pg-promise', [['ssl']])),
  // More HTTP-ish clients and servers with TLS options
  ...['get', 'head', 'post', 'put', 'patch', 'delete', 'request'].map((method) =>
    api.call('needle', [method], { client: 'needle', roots: ROOT, category: 'http' as const }),
  ),
  api.call('needle', ['defaults'], { client: 'needle', roots: ROOT, category: 'http' }),
  api.global('fetch', [], 'call', { client: 'fetch', roots: [['tls']], category: 'http' }), // Bun's `tls` option
  ...[[] as string[], ['io'], ['connect']].map((path) =>
    api.call('socket.io-client', path, { client: 'socket.io-client', roots: ROOT, category: 'websocket' as const }),
  ),
  api.call('fastify', [], { client: 'fastify', roots: [['https']], category: 'http', server: true }),
  api.call('fastify', ['fastify'], { client: 'fastify', roots: [['https']], category: 'http', server: true }),
  api.call('@hapi/hapi', ['server'], { client: 'hapi', roots: [['tls']], category: 'http', server: true }),
  api.construct('@hapi/hapi', ['Server'], { client: 'hapi', roots: [['tls']], category: 'http', server: true }),
  api.call('spdy', ['createServer'], { client: 'spdy', roots: ROOT, category: 'http', server: true }),
  // Agent libraries handed to axios / node-fetch / SDKs as `httpsAgent` / `agent`
  api.construct('agentkeepalive', ['HttpsAgent'], { client: 'agentkeepalive', roots: ROOT, category: 'http' }),
  api.construct('https-proxy-agent', ['HttpsProxyAgent'], { client: 'https-proxy-agent', roots: ROOT, category: 'http' }),
  api.construct('https-proxy-agent', [], { client: 'https-proxy-agent', roots: ROOT, category: 'http' }),
  api.construct('proxy-agent', ['ProxyAgent'], { client: 'proxy-agent', roots: ROOT, category: 'http' }),
  api.construct('hpagent', ['HttpsProxyAgent'], { client: 'hpagent', roots: ROOT, category: 'http' }),
  // Messaging and search clients that carry payment events
  api.call('mqtt', ['connect'], { client: 'mqtt', roots: ROOT, category: 'messaging' }),
  api.construct('kafkajs', ['Kafka'], { client: 'kafkajs', roots: [['ssl']], category: 'messaging' }),
  api.call('amqplib', ['connect'], { client: 'amqplib', roots: ROOT, category: 'messaging' }),
  api.construct('@elastic/elasticsearch', ['Client'], { client: 'elasticsearch', roots: [['tls'], ['ssl']], category: 'database' }),
  api.call('ldapjs', ['createClient'], { client: 'ldapjs', roots: [['tlsOptions']], category: 'tls' }),
  // Payment SDK clients: TLS switches in their own options and HTTP-client options
  ...PROVIDER_CLIENTS.map(({ from, path, kind, data }) => ({
    from,
    path,
    kind,
    data: {
      client: `the ${PROVIDERS[data.provider].name} SDK`,
      roots: [[], ['httpClientOptions'], ['httpOptions'], ['tls'], ['ssl'], ['agentOptions'], ['config']],
      category: 'sdk' as const,
      sdkSwitches: true,
    },
  })),
];

/**
 * Database configuration modules, recognised by file name (`knexfile.js`, `ormconfig.ts`, `data-source.ts`,
 * Sequelize CLI `config/config.js`, `config/database.js`, `drizzle.config.ts`): the object they export (or each
 * deployment environment in it: `{ production: {...} }`) is handed to the driver by the ORM's tooling, so its `ssl`
 * options reach a TLS client without a call in the file.
 */
export const DATABASE_CONFIG_FILES =
  /(?:^|\/)(?:knexfile|ormconfig|data-?source|drizzle\.config|database|db)\.[cm]?[jt]s$|(?:^|\/)config\/config\.[cm]?[jt]s$/u;

/** Where such a configuration keeps its TLS options (knex `connection.ssl`, Sequelize `dialectOptions.ssl`, …). */
export const DATABASE_CONFIG_TLS_ROOTS: readonly (readonly string[])[] = [
  ['ssl'], ['connection', 'ssl'], ['dialectOptions', 'ssl'], ['extra', 'ssl'], ['dbCredentials', 'ssl'],
];

/** Keys that mark an exported object as a database configuration (one of them must be present). */
export const DATABASE_CONFIG_KEYS: readonly string[] = [
  'client', 'dialect', 'type', 'driver', 'connection', 'connectionString', 'host', 'database', 'dbCredentials', 'url',
];

/** Deployment environments of a multi-environment configuration that never serve production traffic. */
export const NON_PRODUCTION_ENVIRONMENTS: readonly string[] = ['test', 'testing', 'development', 'dev', 'local', 'ci', 'e2e'];

/** The sink data for options found in such a configuration. */
export const DATABASE_CONFIG_SINK: TlsSink = { client: 'the database configuration', roots: DATABASE_CONFIG_TLS_ROOTS, category: 'database' };

/** SDK-style switches that turn certificate validation off, by option name (checked on payment SDK options). */
export const SDK_DISABLING_OPTIONS: Readonly<Record<string, boolean>> = {
  insecure: true,
  allowInsecure: true,
  skipTlsVerify: true,
  skipTLSVerify: true,
  insecureSkipVerify: true,
  verifySsl: false,
  verifySSL: false,
  sslVerify: false,
  ssl_verify: false,
  verify_ssl: false,
  tlsVerify: false,
};

/** Option values that switch certificate validation off, by option name. */
export const DISABLING_OPTIONS: Readonly<Record<string, boolean>> = {
  rejectUnauthorized: false,
  strictSSL: false,
  // mongodb driver
  tlsAllowInvalidCertificates: true,
  tlsAllowInvalidHostnames: true,
  tlsInsecure: true,
  sslValidate: false,
};

/** Client libraries whose request builders have a method that turns validation off. */
export const DISABLING_METHODS: readonly ApiDefinition<{ readonly client: string; readonly method: string }>[] = [
  ...['get', 'post', 'put', 'patch', 'del', 'delete', 'head', 'options'].map((method) =>
    api.call('superagent', [method], { client: 'superagent', method }, 'superagent-request'),
  ),
  api.call('superagent', [], { client: 'superagent', method: '' }, 'superagent-request'),
  api.call('superagent', ['agent'], { client: 'superagent', method: 'agent' }, 'superagent-request'),
  api.instance('superagent-request', ['disableTLSCerts'], 'call', { client: 'superagent', method: 'disableTLSCerts' }),
  ...['set', 'send', 'query', 'type', 'accept', 'auth', 'timeout', 'retry', 'ca', 'cert', 'key'].map((method) =>
    api.instance('superagent-request', [method], 'call', { client: 'superagent', method }, 'superagent-request'),
  ),
];

/** Process-wide switches. */
export const PROCESS_TLS_SWITCHES: readonly ApiDefinition<{ readonly target: string }>[] = [
  api.global('process', ['env', 'NODE_TLS_REJECT_UNAUTHORIZED'], 'read', { target: 'env' }),
  api.global('process', ['env'], 'read', { target: 'env-object' }),
  api.global('Object', ['assign'], 'call', { target: 'object-assign' }),
  api.read('https', ['globalAgent', 'options', 'rejectUnauthorized'], { target: 'global-agent' }),
  api.read('https', ['globalAgent', 'options'], { target: 'global-agent-options' }),
  api.global('Object', ['defineProperty'], 'call', { target: 'define-property' }),
  api.global('Reflect', ['set'], 'call', { target: 'reflect-set' }),
];

/** Child-process launchers whose `env` option can switch validation off for the child (`{ env: { NODE_TLS_REJECT_UNAUTHORIZED: '0' } }`). */
export const CHILD_PROCESS_ENV_SINKS: readonly ApiDefinition<{ readonly optionsArguments: readonly number[] }>[] = [
  ...['spawn', 'spawnSync', 'execFile', 'execFileSync', 'fork'].map((method) =>
    api.call('child_process', [method], { optionsArguments: [1, 2] }),
  ),
  ...['exec', 'execSync'].map((method) => api.call('child_process', [method], { optionsArguments: [1] })),
  api.call('execa', [], { optionsArguments: [1, 2] }),
  api.call('execa', ['execa'], { optionsArguments: [1, 2] }),
  api.call('execa', ['execaNode'], { optionsArguments: [1, 2] }),
  api.call('execa', ['execaCommand'], { optionsArguments: [1] }),
];

/** Process-wide TLS defaults (`tls.DEFAULT_MIN_VERSION = 'TLSv1'`). */
export const TLS_DEFAULT_SETTINGS: readonly ApiDefinition<{ readonly setting: 'DEFAULT_MIN_VERSION' | 'DEFAULT_MAX_VERSION' | 'DEFAULT_CIPHERS' }>[] = [
  api.read('tls', ['DEFAULT_MIN_VERSION'], { setting: 'DEFAULT_MIN_VERSION' }),
  api.read('tls', ['DEFAULT_MAX_VERSION'], { setting: 'DEFAULT_MAX_VERSION' }),
  api.read('tls', ['DEFAULT_CIPHERS'], { setting: 'DEFAULT_CIPHERS' }),
];
