/**
 * Taint catalog: where untrusted data comes from (per framework), what propagates it, what sanitizes it and where
 * it must not arrive. Data only; `src/requests/taint.ts` interprets it and `rules/no-unsanitized-input.ts` reports.
 * Sources: framework and library API references.
 */
import { api, type ApiDefinition } from './api.js';
import { PROVIDER_CLIENTS, type ClientConstruction } from './providers.js';
import { URL_SINKS, type UrlSink } from './http-clients.js';
import { BROWSER_ROOT_SOURCES, type BrowserRootKind } from './browser-taint.js';

/** Sink families of `no-unsanitized-input`. */
export type SinkKind = 'sql' | 'nosql' | 'html' | 'shell' | 'code' | 'redirect' | 'url' | 'path';
/** Everything a value can be unsafe for: the sink families plus `amount` (no-client-controlled-amount). */
export type TaintKind = SinkKind | 'amount';

export const SINK_KINDS: readonly SinkKind[] = ['sql', 'nosql', 'html', 'shell', 'code', 'redirect', 'url', 'path'];
/** Kinds a number can no longer exploit (`Number(x)`, `x * 100`); a number can still be a client-chosen amount. */
export const INJECTION_KINDS: readonly TaintKind[] = SINK_KINDS;

// ---------------------------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------------------------

/** Objects whose members are (or lead to) untrusted data. */
export type RootKind =
  | 'express-request'
  | 'node-request'
  | 'koa-context'
  | 'hono-context'
  | 'next-request'
  | 'next-route-context'
  | 'lambda-event'
  | 'firebase-callable-request'
  | 'stripe-event'
  | 'location'
  | 'document'
  | BrowserRootKind;

/**
 * An access path from a root that yields untrusted data. `call: true` when the last step is a method call
 * (`req.get('x')`, `await request.json()`). `whole` marks a complete request part (`req.body`, `req.query`) —
 * an object the client shapes entirely (NoSQL operator injection, spreading into SDK calls).
 */
export interface SourcePath {
  readonly path: readonly string[];
  readonly call?: boolean;
  readonly whole?: boolean;
  /**
   * The part is parsed from JSON or a nested query string (`qs`: `?id[$ne]=1`), so each of its fields may itself be
   * an object or array the client built: `{ email: req.body.email }` as a MongoDB filter takes `{ "$ne": null }`.
   */
  readonly objects?: boolean;
}

const EXPRESS_SOURCES: readonly SourcePath[] = [
  { path: ['body'], whole: true, objects: true },
  { path: ['query'], whole: true, objects: true },
  { path: ['params'], whole: true },
  { path: ['headers'] },
  { path: ['cookies'] },
  { path: ['signedCookies'] },
  { path: ['files'] },
  { path: ['file'] },
  { path: ['get'], call: true },
  { path: ['header'], call: true },
  { path: ['param'], call: true },
];

export const ROOT_SOURCES: Readonly<Record<RootKind, readonly SourcePath[]>> = {
  'express-request': EXPRESS_SOURCES,
  // Node's `http.IncomingMessage` (`http.createServer((req, res) => …)`): the request target and the headers.
  'node-request': [{ path: ['url'] }, { path: ['headers'] }, { path: ['rawHeaders'] }],
  'koa-context': [
    { path: ['request', 'body'], whole: true, objects: true },
    { path: ['request', 'query'], whole: true, objects: true },
    { path: ['request', 'headers'] },
    { path: ['request', 'querystring'] },
    { path: ['request', 'files'] },
    { path: ['query'], whole: true },
    { path: ['params'], whole: true },
    { path: ['headers'] },
    { path: ['querystring'] },
    { path: ['get'], call: true },
    { path: ['cookies', 'get'], call: true },
  ],
  'hono-context': [
    { path: ['req', 'json'], call: true, whole: true, objects: true },
    { path: ['req', 'parseBody'], call: true, whole: true },
    { path: ['req', 'formData'], call: true },
    { path: ['req', 'text'], call: true },
    { path: ['req', 'query'], call: true },
    { path: ['req', 'queries'], call: true },
    { path: ['req', 'param'], call: true },
    { path: ['req', 'header'], call: true },
    { path: ['req', 'url'] },
  ],
  'next-request': [
    { path: ['json'], call: true, whole: true, objects: true },
    { path: ['formData'], call: true },
    { path: ['text'], call: true },
    { path: ['nextUrl', 'searchParams'] },
    { path: ['nextUrl', 'search'] },
    { path: ['url'] },
    { path: ['headers'] },
    { path: ['cookies'] },
  ],
  // Route handler context (`{ params }`) and App Router page props (`{ params, searchParams }`).
  'next-route-context': [{ path: ['params'], whole: true }, { path: ['searchParams'], whole: true }],
  'lambda-event': [
    { path: ['body'], whole: true },
    { path: ['queryStringParameters'], whole: true },
    { path: ['multiValueQueryStringParameters'], whole: true },
    { path: ['pathParameters'], whole: true },
    { path: ['headers'] },
    { path: ['multiValueHeaders'] },
    { path: ['rawQueryString'] },
    { path: ['cookies'] },
  ],
  // Firebase v2 callable functions: `request.data` is the caller's payload (`request.auth` is verified by Firebase).
  'firebase-callable-request': [{ path: ['data'], whole: true, objects: true }],
  // Webhook payloads: customer-entered fields (names, emails, metadata) live under `data.object`.
  'stripe-event': [{ path: ['data', 'object'], whole: true }],
  location: [{ path: ['search'] }, { path: ['hash'] }, { path: ['href'] }],
  document: [
    { path: ['URL'] },
    { path: ['documentURI'] },
    { path: ['referrer'] },
    { path: ['location', 'search'] },
    { path: ['location', 'hash'] },
    { path: ['location', 'href'] },
  ],
  // Client-side routers and cross-window messages: src/catalog/browser-taint.ts.
  ...BROWSER_ROOT_SOURCES,
};

/** Browser globals that are roots (when not shadowed): `location.search`, `window.location.hash`. */
export const GLOBAL_ROOTS: Readonly<Record<string, RootKind>> = { location: 'location', document: 'document' };
/** Global objects whose `location`/`document` members are the roots above (`window.location.hash`). */
export const GLOBAL_OBJECTS: readonly string[] = ['window', 'globalThis', 'self'];
/** Browser sources only matter for client-side sinks. */
export const BROWSER_SOURCE_KINDS: readonly TaintKind[] = ['html', 'code', 'redirect'];

/** Calls whose result is a root: verified webhook events still carry customer-entered data. */
export interface RootCall {
  readonly role: 'root';
  readonly root: RootKind;
}
export const ROOT_CALLS: readonly ApiDefinition<RootCall | ClientConstruction>[] = [
  ...PROVIDER_CLIENTS,
  api.instance('stripe', ['webhooks', 'constructEvent'], 'call', { role: 'root', root: 'stripe-event' }),
  api.instance('stripe', ['webhooks', 'constructEventAsync'], 'call', { role: 'root', root: 'stripe-event' }),
];

// ---------------------------------------------------------------------------------------------------------------
// Propagation
// ---------------------------------------------------------------------------------------------------------------

/** Methods on a tainted value whose result is still tainted (strings, arrays, URLSearchParams, Headers). */
export const PROPAGATING_METHODS: ReadonlySet<string> = new Set([
  'get', 'getAll', 'toString', 'trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase',
  'toLocaleUpperCase', 'normalize', 'slice', 'substring', 'substr', 'split', 'join', 'concat', 'at', 'padStart',
  'padEnd', 'repeat', 'flat', 'find', 'findLast', 'filter', 'reverse', 'sort', 'toSorted', 'toReversed', 'pop',
  'shift', 'values', 'entries', 'keys', 'item', 'json', 'text', 'formData',
]);
/** Methods on a tainted value returning a number derived from it (still a client-chosen amount). */
export const NUMERIC_METHODS: ReadonlySet<string> = new Set(['toFixed', 'toPrecision', 'valueOf']);
/** Array methods whose callback's first parameter is an element of the receiver. */
export const ELEMENT_CALLBACK_METHODS: ReadonlySet<string> = new Set([
  'map', 'forEach', 'filter', 'find', 'findLast', 'some', 'every', 'flatMap',
]);

/** Global functions that keep taint (`String(x)`, `JSON.parse(x)`). */
export const GLOBAL_PROPAGATORS: ReadonlySet<string> = new Set([
  'String', 'JSON.parse', 'JSON.stringify', 'decodeURIComponent', 'decodeURI', 'unescape', 'atob', 'Array.from',
  'Object.values', 'Object.assign', 'Buffer.from', 'structuredClone',
]);
/** Global functions returning a number from their argument: safe for injection sinks, still an amount. */
export const GLOBAL_NUMERIC: ReadonlySet<string> = new Set([
  'Number', 'parseInt', 'parseFloat', 'BigInt', 'Number.parseInt', 'Number.parseFloat', 'Math.round', 'Math.floor',
  'Math.ceil', 'Math.trunc', 'Math.abs', 'Math.max', 'Math.min',
]);
/** Global encoders: the result is safe for the listed kinds only. */
export const GLOBAL_ENCODERS: Readonly<Record<string, readonly TaintKind[]>> = {
  encodeURIComponent: ['html', 'redirect', 'url', 'nosql'],
  encodeURI: ['html', 'nosql'],
  escape: ['html', 'redirect', 'url', 'nosql'],
};
/** Printf-style formatters whose first argument is the format text (module, export path). */
export const FORMAT_CALLS: readonly (readonly [string, readonly string[]])[] = [
  ['util', ['format']],
  ['sprintf-js', ['sprintf']],
  ['sprintf-js', ['vsprintf']],
];
/** Their names, for SQL text built on clients we cannot resolve (`db.query(util.format('SELECT …', id))`). */
export const FORMAT_FUNCTION_NAMES: ReadonlySet<string> = new Set(['format', 'sprintf', 'vsprintf']);
/** Library calls whose result keeps the taint of every argument (`path.join(UPLOADS, req.params.name)`). */
export interface Propagator {
  readonly role: 'propagator';
}
const PROPAGATES: Propagator = { role: 'propagator' };
export const PROPAGATING_CALLS: readonly ApiDefinition<Propagator>[] = [
  ...['path', 'path/posix', 'path/win32'].flatMap((module) =>
    ['join', 'resolve', 'normalize', 'format', 'toNamespacedPath'].map((method) => api.call(module, [method], PROPAGATES)),
  ),
  // `url.parse(req.url, true).query.name`, `querystring.parse(body)`.
  api.call('url', ['parse'], PROPAGATES),
  api.call('querystring', ['parse'], PROPAGATES),
  api.call('querystring', ['decode'], PROPAGATES),
  // Printf-style text builders: `util.format('SELECT … %s', req.query.id)` is as unsafe as the concatenation.
  ...FORMAT_CALLS.map(([module, path]) => api.call(module, path, PROPAGATES)),
];

/** Constructors that keep taint of their first argument (`new URL(x, base)` — the base does not count). */
export const PROPAGATING_CONSTRUCTORS: ReadonlySet<string> = new Set(['URL', 'URLSearchParams', 'String']);

// ---------------------------------------------------------------------------------------------------------------
// Sanitizers
// ---------------------------------------------------------------------------------------------------------------

/** A library escaper: the result is safe for `clears` (and still tainted for other kinds). */
export interface Sanitizer {
  readonly role: 'sanitizer';
  readonly clears: readonly TaintKind[] | 'all';
}
const clears = (kinds: readonly TaintKind[] | 'all'): Sanitizer => ({ role: 'sanitizer', clears: kinds });
const HTML = clears(['html']);
const SQL = clears(['sql']);
const SHELL = clears(['shell']);
const PATH = clears(['path']);

export const SANITIZER_CALLS: readonly ApiDefinition<Sanitizer>[] = [
  api.call('escape-html', [], HTML),
  api.call('he', ['encode'], HTML),
  api.call('he', ['escape'], HTML),
  api.call('lodash', ['escape'], HTML),
  api.call('lodash/escape', [], HTML),
  api.call('lodash.escape', [], HTML),
  api.call('validator', ['escape'], HTML),
  api.call('validator/lib/escape', [], HTML),
  api.call('dompurify', ['sanitize'], HTML),
  api.call('isomorphic-dompurify', ['sanitize'], HTML),
  // DOMPurify loaded by a script tag (browser global).
  api.global('DOMPurify', ['sanitize'], 'call', HTML),
  api.call('sanitize-html', [], HTML),
  api.call('xss', [], HTML),
  api.call('xss', ['filterXSS'], HTML),
  api.call('mysql', ['escape'], SQL),
  api.call('mysql', ['escapeId'], SQL),
  api.call('mysql2', ['escape'], SQL),
  api.call('mysql2', ['escapeId'], SQL),
  api.call('sqlstring', ['escape'], SQL),
  api.call('sqlstring', ['escapeId'], SQL),
  api.call('sqlstring', ['format'], SQL),
  api.call('pg-format', [], SQL),
  api.call('pg', ['escapeLiteral'], SQL),
  api.call('shell-quote', ['quote'], SHELL),
  api.call('shescape', ['quote'], SHELL),
  api.call('shescape', ['escape'], SHELL),
  // The last path segment cannot climb out of a directory.
  ...['path', 'path/posix', 'path/win32'].map((module) => api.call(module, ['basename'], PATH)),
  api.call('sanitize-filename', [], PATH),
  // Schema validation: the parsed value is what the schema allows.
  api.call('joi', ['attempt'], clears('all')),
  // Removes `$`-keys from one value (NoSQL operator injection).
  api.call('mongo-sanitize', [], clears(['nosql'])),
];

/** Method names that parse/validate with a schema library (zod, yup, joi, valibot, superstruct): the result is clean. */
export const SCHEMA_PARSE_METHODS: ReadonlySet<string> = new Set([
  'parse', 'parseAsync', 'safeParse', 'safeParseAsync', 'validate', 'validateSync', 'validateAsync', 'cast', 'attempt',
  'create', 'mask', 'valid',
]);

/**
 * Guard call names: `if (!validator.isEmail(x)) return` / `if (isValidUrl(x))`. A guard on the same value before a
 * use makes it clean for every kind. Configurable names are added by the rules.
 */
export const GUARD_NAME_PATTERN = /^(?:is|validate|check|assert|verify|ensure)[A-Z_]/;
/** Allowlist membership: `ALLOWED.includes(x)`, `set.has(x)`, `list.indexOf(x) !== -1`. */
export const ALLOWLIST_METHODS: ReadonlySet<string> = new Set(['includes', 'has', 'indexOf']);

// ---------------------------------------------------------------------------------------------------------------
// Sinks resolved through imports and globals
// ---------------------------------------------------------------------------------------------------------------

export interface TaintSink {
  readonly role: 'sink';
  readonly kind: SinkKind;
  /** Display name (`pg query`, `child_process.exec`). */
  readonly name: string;
  /** Positional arguments that must not carry taint; `'all'` for every argument. */
  readonly arguments?: readonly number[] | 'all';
  /** For options objects: the argument and the key paths inside it (`{ text }` for pg, `{ url }` for axios). */
  readonly optionsArgument?: number;
  readonly keys?: readonly (readonly string[])[];
  /** Only a sink when some object argument sets `shell: true` (spawn, execFile, execa). */
  readonly requiresShell?: boolean;
  /** For SQL: the argument may also be a config object with the query under these keys. */
  readonly queryKeys?: readonly string[];
  /**
   * Only a sink when the project declares this package below `major` (`mathjs` before 4 evaluated expressions
   * with access to JavaScript; `js-yaml` before 4 loaded `!!js/function` by default). No declared version: no sink.
   */
  readonly belowMajor?: { readonly package: string; readonly major: number };
  /**
   * For `vm`: the argument holding the context object. The code runs with its values as globals, so a value the
   * (static) code passes to a function (`vm.runInContext('safeEval(orderLines)', { safeEval, orderLines })`) is
   * evaluated as well: vm is no security boundary.
   */
  readonly sandboxArgument?: number;
}

/** Where each `vm` function takes its context object. */
const VM_SANDBOXES: Readonly<Record<string, Partial<TaintSink>>> = {
  runInNewContext: { sandboxArgument: 1 },
  runInContext: { sandboxArgument: 1 },
};

const sink = (kind: SinkKind, name: string, extra: Partial<TaintSink> = {}): TaintSink => ({
  role: 'sink',
  kind,
  name,
  arguments: [0],
  ...extra,
});

const PG_QUERY = sink('sql', 'pg query', { queryKeys: ['text'] });
const MYSQL_QUERY = sink('sql', 'mysql query', { queryKeys: ['sql'] });
const SQL_FAMILIES = {
  pg: 'sql-pg',
  mysql: 'sql-mysql',
  sequelize: 'sql-sequelize',
  knex: 'sql-knex',
  typeorm: 'sql-typeorm',
  prisma: 'sql-prisma',
  sqlite: 'sql-sqlite',
  mssql: 'sql-mssql',
  oracle: 'sql-oracle',
  postgres: 'sql-postgres',
} as const;

const instanceSinks = (family: string, methods: readonly string[], data: TaintSink, returns?: string) =>
  methods.map((method) => api.instance(family, [method], 'call', data, returns));

const KNEX_RAW_METHODS = ['raw', 'whereRaw', 'orWhereRaw', 'havingRaw', 'orHavingRaw', 'joinRaw', 'orderByRaw', 'groupByRaw', 'fromRaw'];
const KNEX_BUILDER_METHODS = [
  'select', 'from', 'where', 'andWhere', 'orWhere', 'whereIn', 'join', 'leftJoin', 'innerJoin', 'orderBy', 'groupBy',
  'limit', 'offset', 'insert', 'update', 'del', 'delete', 'returning', 'first', 'table', 'queryBuilder',
];

/** `fs` functions that open, write, list or delete the file at a path argument (index list). */
const FS_PATH_METHODS: readonly (readonly [string, readonly number[]])[] = [
  ...['readFile', 'readFileSync', 'createReadStream', 'writeFile', 'writeFileSync', 'appendFile', 'appendFileSync',
    'createWriteStream', 'open', 'openSync', 'unlink', 'unlinkSync', 'rm', 'rmSync', 'readdir', 'readdirSync',
    'outputFile', 'outputFileSync', 'remove', 'removeSync', 'readJson', 'readJsonSync'].map(
    (method) => [method, [0]] as const,
  ),
  ...['copyFile', 'copyFileSync', 'rename', 'renameSync', 'copy', 'copySync', 'move', 'moveSync'].map(
    (method) => [method, [0, 1]] as const,
  ),
];

/** Placeholder data for app/client constructions in sink lists (never reported themselves). */
export interface SinkRoot {
  readonly role: 'root-construction';
}
const ROOT_DATA: SinkRoot = { role: 'root-construction' };

export type SinkApiData = TaintSink | SinkRoot;

export const MODULE_SINKS: readonly ApiDefinition<SinkApiData>[] = [
  // --- SQL -----------------------------------------------------------------------------------------------------
  api.construct('pg', ['Pool'], ROOT_DATA, SQL_FAMILIES.pg),
  api.construct('pg', ['Client'], ROOT_DATA, SQL_FAMILIES.pg),
  api.construct('pg', ['default', 'Pool'], ROOT_DATA, SQL_FAMILIES.pg),
  ...instanceSinks(SQL_FAMILIES.pg, ['query'], PG_QUERY),
  api.instance(SQL_FAMILIES.pg, ['connect'], 'call', ROOT_DATA, SQL_FAMILIES.pg),
  ...['mysql', 'mysql2', 'mysql2/promise'].flatMap((module) => [
    ...['createConnection', 'createPool', 'createPoolCluster'].map((method) =>
      api.call(module, [method], ROOT_DATA, SQL_FAMILIES.mysql),
    ),
  ]),
  ...instanceSinks(SQL_FAMILIES.mysql, ['query', 'execute'], MYSQL_QUERY),
  ...['getConnection', 'promise'].map((method) => api.instance(SQL_FAMILIES.mysql, [method], 'call', ROOT_DATA, SQL_FAMILIES.mysql)),
  api.construct('sequelize', [], ROOT_DATA, SQL_FAMILIES.sequelize),
  api.construct('sequelize', ['Sequelize'], ROOT_DATA, SQL_FAMILIES.sequelize),
  api.construct('@sequelize/core', ['Sequelize'], ROOT_DATA, SQL_FAMILIES.sequelize),
  ...instanceSinks(SQL_FAMILIES.sequelize, ['query'], sink('sql', 'sequelize.query', { queryKeys: ['query'] })),
  api.call('knex', [], ROOT_DATA, SQL_FAMILIES.knex),
  api.call('knex', ['knex'], ROOT_DATA, SQL_FAMILIES.knex),
  api.instance(SQL_FAMILIES.knex, [], 'call', ROOT_DATA, SQL_FAMILIES.knex),
  ...instanceSinks(SQL_FAMILIES.knex, KNEX_RAW_METHODS, sink('sql', 'knex raw SQL')),
  ...KNEX_BUILDER_METHODS.map((method) => api.instance(SQL_FAMILIES.knex, [method], 'call', ROOT_DATA, SQL_FAMILIES.knex)),
  api.construct('typeorm', ['DataSource'], ROOT_DATA, SQL_FAMILIES.typeorm),
  api.call('typeorm', ['getConnection'], ROOT_DATA, SQL_FAMILIES.typeorm),
  api.call('typeorm', ['getManager'], ROOT_DATA, SQL_FAMILIES.typeorm),
  api.instance(SQL_FAMILIES.typeorm, ['manager'], 'read', ROOT_DATA, SQL_FAMILIES.typeorm),
  api.instance(SQL_FAMILIES.typeorm, ['createQueryRunner'], 'call', ROOT_DATA, SQL_FAMILIES.typeorm),
  api.instance(SQL_FAMILIES.typeorm, ['getRepository'], 'call', ROOT_DATA, SQL_FAMILIES.typeorm),
  ...instanceSinks(SQL_FAMILIES.typeorm, ['query'], sink('sql', 'TypeORM query')),
  api.construct('@prisma/client', ['PrismaClient'], ROOT_DATA, SQL_FAMILIES.prisma),
  ...instanceSinks(SQL_FAMILIES.prisma, ['$queryRawUnsafe', '$executeRawUnsafe'], sink('sql', 'Prisma raw query')),
  api.construct('better-sqlite3', [], ROOT_DATA, SQL_FAMILIES.sqlite),
  api.construct('sqlite3', ['Database'], ROOT_DATA, SQL_FAMILIES.sqlite),
  api.call('sqlite3', ['verbose'], ROOT_DATA, 'sql-sqlite3-module'),
  api.instance('sql-sqlite3-module', ['Database'], 'construct', ROOT_DATA, SQL_FAMILIES.sqlite),
  api.call('sqlite', ['open'], ROOT_DATA, SQL_FAMILIES.sqlite),
  ...instanceSinks(SQL_FAMILIES.sqlite, ['prepare', 'exec', 'run', 'all', 'get', 'each'], sink('sql', 'SQLite query')),
  api.call('mssql', ['connect'], ROOT_DATA, SQL_FAMILIES.mssql),
  api.construct('mssql', ['ConnectionPool'], ROOT_DATA, SQL_FAMILIES.mssql),
  api.construct('mssql', ['Request'], ROOT_DATA, SQL_FAMILIES.mssql),
  api.instance(SQL_FAMILIES.mssql, ['request'], 'call', ROOT_DATA, SQL_FAMILIES.mssql),
  api.instance(SQL_FAMILIES.mssql, ['input'], 'call', ROOT_DATA, SQL_FAMILIES.mssql),
  ...instanceSinks(SQL_FAMILIES.mssql, ['query', 'batch'], sink('sql', 'mssql query')),
  api.call('mssql', ['query'], sink('sql', 'mssql query')),
  api.call('oracledb', ['getConnection'], ROOT_DATA, SQL_FAMILIES.oracle),
  api.call('oracledb', ['createPool'], ROOT_DATA, SQL_FAMILIES.oracle),
  api.instance(SQL_FAMILIES.oracle, ['getConnection'], 'call', ROOT_DATA, SQL_FAMILIES.oracle),
  ...instanceSinks(SQL_FAMILIES.oracle, ['execute', 'executeMany'], sink('sql', 'oracledb execute')),
  api.call('postgres', [], ROOT_DATA, SQL_FAMILIES.postgres),
  ...instanceSinks(SQL_FAMILIES.postgres, ['unsafe'], sink('sql', 'postgres.js unsafe')),
  // --- Shell ---------------------------------------------------------------------------------------------------
  ...['exec', 'execSync'].map((method) => api.call('child_process', [method], sink('shell', `child_process.${method}`))),
  ...['spawn', 'spawnSync', 'execFile', 'execFileSync'].map((method) =>
    api.call('child_process', [method], sink('shell', `child_process.${method}`, { arguments: [0, 1], requiresShell: true })),
  ),
  api.call('execa', ['execa'], sink('shell', 'execa', { arguments: [0, 1], requiresShell: true })),
  api.call('execa', ['execaSync'], sink('shell', 'execa', { arguments: [0, 1], requiresShell: true })),
  api.call('execa', [], sink('shell', 'execa', { arguments: [0, 1], requiresShell: true })),
  api.call('shelljs', ['exec'], sink('shell', 'shelljs exec')),
  // execa's command-line form splits the text into a program and its arguments (no shell, but the client picks
  // both); its `$` template passes each interpolation as one argument and is no sink.
  ...['execaCommand', 'execaCommandSync'].map((method) => api.call('execa', [method], sink('shell', `execa ${method}`))),
  ...[[], ['spawn'], ['sync']].map((path) =>
    api.call('cross-spawn', path, sink('shell', 'cross-spawn', { arguments: [0, 1], requiresShell: true })),
  ),
  // --- Code ----------------------------------------------------------------------------------------------------
  api.global('eval', [], 'call', sink('code', 'eval')),
  api.global('Function', [], 'call', sink('code', 'Function', { arguments: 'all' })),
  api.global('Function', [], 'construct', sink('code', 'Function', { arguments: 'all' })),
  api.global('setTimeout', [], 'call', sink('code', 'setTimeout')),
  api.global('setInterval', [], 'call', sink('code', 'setInterval')),
  ...['runInNewContext', 'runInThisContext', 'runInContext', 'compileFunction'].map((method) =>
    api.call('vm', [method], sink('code', `vm.${method}`, VM_SANDBOXES[method])),
  ),
  api.construct('vm', ['Script'], sink('code', 'vm.Script')),
  // Deserialisers that revive functions: `node-serialize` runs `_$$ND_FUNC$$_` payloads.
  api.call('node-serialize', ['unserialize'], sink('code', 'node-serialize unserialize')),
  ...['evaluate', 'eval', 'compile'].map((method) =>
    api.call('mathjs', [method], sink('code', `mathjs ${method}`, { belowMajor: { package: 'mathjs', major: 4 } })),
  ),
  api.call('js-yaml', ['load'], sink('code', 'js-yaml load', { belowMajor: { package: 'js-yaml', major: 4 } })),
  // --- Paths (traversal) -----------------------------------------------------------------------------------------
  ...['fs', 'fs/promises', 'fs-extra'].flatMap((module) =>
    FS_PATH_METHODS.flatMap(([method, args]) => [
      api.call(module, [method], sink('path', `${module === 'fs/promises' ? 'fs.promises' : module}.${method}`, { arguments: args })),
      ...(module === 'fs' ? [api.call(module, ['promises', method], sink('path', `fs.promises.${method}`, { arguments: args }))] : []),
    ]),
  ),
  // --- HTML (DOM) ----------------------------------------------------------------------------------------------
  api.global('document', ['write'], 'call', sink('html', 'document.write', { arguments: 'all' })),
  api.global('document', ['writeln'], 'call', sink('html', 'document.writeln', { arguments: 'all' })),
  // --- Redirects -----------------------------------------------------------------------------------------------
  api.call('next/navigation', ['redirect'], sink('redirect', 'redirect()')),
  api.call('next/navigation', ['permanentRedirect'], sink('redirect', 'permanentRedirect()')),
  api.call('next/server', ['NextResponse', 'redirect'], sink('redirect', 'NextResponse.redirect')),
  api.global('Response', ['redirect'], 'call', sink('redirect', 'Response.redirect')),
  api.global('location', ['assign'], 'call', sink('redirect', 'location.assign')),
  api.global('location', ['replace'], 'call', sink('redirect', 'location.replace')),
  api.global('location', ['href'], 'read', sink('redirect', 'location.href')),
  api.global('window', ['location', 'assign'], 'call', sink('redirect', 'location.assign')),
  api.global('window', ['location', 'replace'], 'call', sink('redirect', 'location.replace')),
  api.global('window', ['location', 'href'], 'read', sink('redirect', 'location.href')),
  api.global('window', ['open'], 'call', sink('redirect', 'window.open')),
];

/** Payment calls whose options hold a customer-facing return URL (open redirect after checkout). */
export const PAYMENT_RETURN_URL_SINKS: readonly ApiDefinition<SinkApiData | ClientConstruction>[] = [
  ...PROVIDER_CLIENTS,
  ...[
    ['checkout', 'sessions', 'create'],
    ['paymentIntents', 'create'],
    ['paymentIntents', 'confirm'],
    ['setupIntents', 'create'],
    ['setupIntents', 'confirm'],
    ['billingPortal', 'sessions', 'create'],
    ['accountLinks', 'create'],
  ].map((path) =>
    api.instance('stripe', path, 'call', sink('redirect', `Stripe ${path.join('.')}`, {
      arguments: [],
      optionsArgument: 0,
      keys: [['success_url'], ['cancel_url'], ['return_url'], ['refresh_url']],
    })),
  ),
  ...['createOrder', 'ordersCreate'].map((method) =>
    api.instance('paypal-orders', [method], 'call', sink('redirect', `PayPal ${method}`, {
      arguments: [],
      optionsArgument: 0,
      keys: [
        ['body', 'applicationContext', 'returnUrl'],
        ['body', 'applicationContext', 'cancelUrl'],
        ['body', 'paymentSource', 'paypal', 'experienceContext', 'returnUrl'],
        ['body', 'paymentSource', 'paypal', 'experienceContext', 'cancelUrl'],
      ],
    })),
  ),
  ...[['PaymentsApi', 'payments'], ['PaymentsApi', 'sessions']].map((path) =>
    api.instance('adyen-checkout', path, 'call', sink('redirect', `Adyen ${path.join('.')}`, {
      arguments: [],
      optionsArgument: 0,
      keys: [['returnUrl']],
    })),
  ),
  api.instance('mollie', ['payments', 'create'], 'call', sink('redirect', 'Mollie payments.create', {
    arguments: [],
    optionsArgument: 0,
    keys: [['redirectUrl'], ['cancelUrl']],
  })),
  api.instance('checkout', ['payments', 'request'], 'call', sink('redirect', 'Checkout.com payments.request', {
    arguments: [],
    optionsArgument: 0,
    keys: [['success_url'], ['failure_url']],
  })),
];

/** Outbound request sinks (SSRF): the shared URL sink catalog, mapped to this catalog's shape. */
export const OUTBOUND_URL_SINKS: readonly ApiDefinition<UrlSink>[] = URL_SINKS;

// ---------------------------------------------------------------------------------------------------------------
// Sinks on handler parameters and by unambiguous names
// ---------------------------------------------------------------------------------------------------------------

/**
 * Methods on a handler's response/context parameter (`res.redirect(url)`, `ctx.redirect(url)`, `c.html(x)`).
 * `arguments: 'all'` checks every argument (Express accepts `redirect(status, url)`); `markup` means only strings
 * built with HTML markup count (`res.send(\`<p>${name}</p>\`)`); `header` checks `(name, value)` for `Location`.
 */
export interface ResponseSink {
  readonly kind: SinkKind;
  readonly path: readonly string[];
  readonly arguments: readonly number[] | 'all';
  readonly markup?: boolean;
  readonly header?: boolean;
  /** Not a sink when an options argument sets this key (`res.sendFile(name, { root })` stays inside `root`). */
  readonly unlessOption?: string;
}

export const RESPONSE_SINKS: readonly ResponseSink[] = [
  { kind: 'redirect', path: ['redirect'], arguments: 'all' },
  { kind: 'redirect', path: ['location'], arguments: [0] },
  { kind: 'redirect', path: ['response', 'redirect'], arguments: 'all' },
  { kind: 'redirect', path: ['setHeader'], arguments: [1], header: true },
  { kind: 'redirect', path: ['set'], arguments: [1], header: true },
  { kind: 'redirect', path: ['header'], arguments: [1], header: true },
  { kind: 'html', path: ['send'], arguments: [0], markup: true },
  { kind: 'html', path: ['write'], arguments: [0], markup: true },
  { kind: 'html', path: ['end'], arguments: [0], markup: true },
  { kind: 'html', path: ['html'], arguments: [0] },
  { kind: 'path', path: ['sendFile'], arguments: [0], unlessOption: 'root' },
  { kind: 'path', path: ['sendfile'], arguments: [0], unlessOption: 'root' },
  { kind: 'path', path: ['download'], arguments: [0], unlessOption: 'root' },
];
/**
 * NestJS `@Redirect()` handlers: the returned object's `url` overrides the decorator's target
 * (`@Redirect() go(@Query('to') to) { return { url: to } }`).
 */
export const NEST_REDIRECT_DECORATOR = 'Redirect';
export const NEST_REDIRECT_KEY = 'url';

/** Response methods that return the response itself (`res.status(302).redirect(url)`). */
export const RESPONSE_CHAIN_METHODS: ReadonlySet<string> = new Set(['status', 'type', 'set', 'header', 'code', 'cookie', 'vary', 'append']);
/** Assignments on a Koa context / response that send HTML (`ctx.body = html`). */
export const RESPONSE_BODY_PROPERTIES: readonly (readonly string[])[] = [['body'], ['response', 'body']];

/** Programs that run their `-c` argument as a shell script (`spawn('/bin/sh', ['-c', cmd])`), compared by base name. */
export const SHELL_PROGRAMS: ReadonlySet<string> = new Set([
  'sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'fish', 'cmd', 'cmd.exe', 'powershell', 'powershell.exe', 'pwsh', 'pwsh.exe',
]);
/** Flags after which those programs take a script. */
export const SHELL_SCRIPT_FLAGS: ReadonlySet<string> = new Set(['-c', '/c', '/k', '-command', '-lc']);

/** Fields of an uploaded file (`req.file.path`) that hold a path the upload middleware chose, not the client. */
export const UPLOAD_SERVER_FIELDS: ReadonlySet<string> = new Set(['path', 'tempFilePath', 'destination', 'filename']);

/** DOM properties whose assignment parses HTML. */
export const HTML_PROPERTIES: ReadonlySet<string> = new Set(['innerHTML', 'outerHTML']);
/** DOM methods that parse HTML from an argument (index). */
export const HTML_METHODS: Readonly<Record<string, number>> = { insertAdjacentHTML: 1, createContextualFragment: 0 };

/** Methods of SQL clients we could not resolve (instances from other files): flagged only for SQL-looking strings. */
export const SQL_METHOD_NAMES: ReadonlySet<string> = new Set([
  'query', 'execute', 'raw', 'whereRaw', 'orWhereRaw', 'havingRaw', 'joinRaw', 'orderByRaw', 'exec', 'run', 'all',
  'get', 'prepare', 'unsafe', 'any', 'one', 'oneOrNone', 'many', 'manyOrNone', 'none', 'result',
]);
/** Prisma's unsafe raw APIs are unambiguous by name. */
export const UNSAFE_RAW_SQL_METHODS: ReadonlySet<string> = new Set(['$queryRawUnsafe', '$executeRawUnsafe']);
/** Static start of a string that makes it SQL. */
export const SQL_TEXT = /^\s*(?:SELECT|INSERT\s+INTO|UPDATE|DELETE\s+FROM|WITH|REPLACE\s+INTO|MERGE|CALL|EXEC|CREATE|DROP|ALTER|TRUNCATE)\b/i;

/** MongoDB/Mongoose query methods: a whole client-shaped object as the filter is operator injection. */
export const NOSQL_QUERY_METHODS: ReadonlySet<string> = new Set([
  'find', 'findOne', 'findOneAndUpdate', 'findOneAndDelete', 'findOneAndReplace', 'findOneAndRemove', 'updateOne',
  'updateMany', 'deleteOne', 'deleteMany', 'countDocuments', 'count', 'where', 'exists', 'replaceOne', 'distinct',
]);
/**
 * Last name segments of receivers that are application objects, not database models or collections:
 * `this.paymentsService.find(dto)` calls the app's own method, whatever it is named.
 */
export const NON_QUERY_RECEIVER_WORDS: ReadonlySet<string> = new Set([
  'service', 'services', 'controller', 'usecase', 'facade', 'helper', 'helpers', 'api', 'client', 'router',
]);
/** Query operators that evaluate JavaScript. */
export const NOSQL_CODE_OPERATORS: ReadonlySet<string> = new Set(['$where', '$function', '$accumulator']);

// ---------------------------------------------------------------------------------------------------------------
// NoSQL operator injection through filter fields
// ---------------------------------------------------------------------------------------------------------------

/**
 * MongoDB's legacy `update(filter, update)`: a query method only when its update document uses update operators
 * (`{ $set: … }`); Sequelize's and knex's `update(values, …)` write columns instead.
 */
export const NOSQL_UPDATE_METHODS: ReadonlySet<string> = new Set(['update']);
/** Read queries: a client-chosen filter field only picks which document is returned. */
export const NOSQL_READ_METHODS: ReadonlySet<string> = new Set(['find', 'findOne', 'countDocuments', 'count']);
/**
 * Filter fields that check a secret or a code in the query itself (`findOne({ email, password })`,
 * `findOne({ code: req.body.coupon })`): an operator object there (`{ "$ne": null }`) passes the check without
 * knowing the secret. Whole name segments, lower case.
 */
export const NOSQL_SECRET_FIELD_WORDS: ReadonlySet<string> = new Set([
  'password', 'passwd', 'pass', 'pwd', 'pin', 'otp', 'code', 'token', 'secret', 'answer', 'coupon', 'voucher',
  'discount', 'promo', 'key', 'hash',
]);
/** Words that make a `code` or `key` an ordinary attribute (`countryCode`, `currencyCode`, `zipCode`, `sortKey`). */
export const NOSQL_NON_SECRET_QUALIFIERS: ReadonlySet<string> = new Set([
  'country', 'currency', 'zip', 'postal', 'post', 'lang', 'language', 'locale', 'area', 'region', 'state', 'product',
  'sku', 'color', 'colour', 'status', 'error', 'sort', 'partition', 'primary', 'foreign',
]);
/** Filter operators whose value is a list of sub-filters, checked field by field like the filter itself. */
export const NOSQL_LOGICAL_OPERATORS: ReadonlySet<string> = new Set(['$and', '$or', '$nor']);
/** Query methods whose filter fields are not checked one by one (`knex.where({ id })` is SQL, not MongoDB). */
export const NOSQL_WHOLE_ONLY_METHODS: ReadonlySet<string> = new Set(['where', 'exists', 'distinct']);
/**
 * Packages that strip `$`-keys from every request body and query (Express middleware): a project declaring one has
 * no operator objects in request fields.
 */
export const NOSQL_SANITIZING_MIDDLEWARE: readonly string[] = ['express-mongo-sanitize', '@exortek/express-mongo-sanitize'];

// ---------------------------------------------------------------------------------------------------------------
// Helpers we cannot see into
// ---------------------------------------------------------------------------------------------------------------

/**
 * Words of a helper's name (split like `splitName`) that say it reshapes its text argument and returns it:
 * `utils.trunc(id, 40)`, `normalizeName(x)`, `cutOffPoisonNullByte(file)`. A call to such a helper that we cannot
 * resolve keeps the taint of its arguments; other unknown calls (`findOrder(id)`) return something else.
 */
export const TEXT_HELPER_WORDS: ReadonlySet<string> = new Set([
  'trunc', 'truncate', 'normalize', 'normalise', 'format', 'trim', 'lower', 'upper', 'lowercase', 'uppercase',
  'capitalize', 'capitalise', 'decode', 'unescape', 'pad', 'cut', 'shorten', 'concat', 'camel', 'snake', 'kebab',
]);
/**
 * Words that make such a helper an escaper, validator or number/boolean/date formatter instead: its result is not
 * the client's text (`formatPrice(x)`, `normalizeAndEscape(x)`, `isNormalized(x)`).
 */
export const NON_TEXT_HELPER_WORDS: ReadonlySet<string> = new Set([
  'sanitize', 'sanitise', 'escape', 'encode', 'clean', 'strip', 'quote', 'safe', 'validate', 'valid', 'check', 'is',
  'has', 'number', 'int', 'integer', 'float', 'bool', 'boolean', 'parse', 'hash', 'count', 'length', 'size', 'bytes',
  'price', 'amount', 'currency', 'money', 'cents', 'date', 'time', 'duration', 'percent', 'id', 'slug', 'basename',
]);
