/**
 * Logging sinks: calls whose arguments end up in log files, log shippers or error trackers. Data only.
 * Sources: Node `console`, winston, pino, bunyan, log4js, debug, loglevel, consola, signale, tslog, NestJS `Logger`,
 * fastify's logger and the Sentry JavaScript SDKs (`captureMessage`, `captureException`, `setContext`,
 * `addBreadcrumb`, `setExtra`, `setExtras`, `setTag`).
 *
 * Loggers are followed through the instances they create (`const logger = pino()`,
 * `winston.createLogger()`, `logger.child()`, `new Logger(PaymentsService.name)` in a class field).
 */
import { api, type ApiDefinition } from './api.js';
import type { TypedFamily } from './api.js';

export interface LoggerSink {
  /** Library name for messages and tests. */
  readonly library: string;
  /** Which arguments are logged: every argument, or these positions (empty for logger factories). */
  readonly args: 'all' | readonly number[];
}

const CONSOLE_METHODS = [
  'log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'dirxml', 'table', 'group', 'groupCollapsed', 'assert',
];
const WINSTON_LEVELS = ['log', 'info', 'warn', 'error', 'debug', 'verbose', 'silly', 'http', 'emerg', 'alert', 'crit', 'notice', 'warning'];
const PINO_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'];
const LOG4JS_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'mark', 'log'];
const NEST_LEVELS = ['log', 'error', 'warn', 'debug', 'verbose', 'fatal'];
const LOGLEVEL_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'log'];
const CONSOLA_LEVELS = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'fatal', 'success', 'fail', 'start', 'ready', 'box', 'verbose'];
const TSLOG_LEVELS = ['silly', 'trace', 'debug', 'info', 'warn', 'error', 'fatal'];
const SIGNALE_LEVELS = [
  'await', 'complete', 'error', 'debug', 'fatal', 'fav', 'info', 'note', 'pause', 'pending', 'star', 'start',
  'success', 'wait', 'warn', 'watch', 'log',
];

/** Level method names shared by common loggers; used for user-configured logger names. */
export const LOG_LEVEL_METHODS: ReadonlySet<string> = new Set([
  ...WINSTON_LEVELS, ...PINO_LEVELS, ...LOG4JS_LEVELS, ...NEST_LEVELS, ...CONSOLA_LEVELS, ...TSLOG_LEVELS,
]);

export const SENTRY_MODULES: readonly string[] = [
  '@sentry/node', '@sentry/browser', '@sentry/react', '@sentry/nextjs', '@sentry/vue', '@sentry/angular',
  '@sentry/svelte', '@sentry/sveltekit', '@sentry/remix', '@sentry/nestjs', '@sentry/bun', '@sentry/deno',
  '@sentry/aws-serverless', '@sentry/google-cloud-serverless', '@sentry/serverless', '@sentry/react-native',
  '@sentry/electron', '@sentry/astro', '@sentry/nuxt', '@sentry/solid', '@sentry/ember', '@sentry/gatsby',
  '@sentry/core', '@sentry/cloudflare', '@sentry/vercel-edge',
];

const ALL = 'all' as const;
const sink = (library: string, args: LoggerSink['args'] = ALL): LoggerSink => ({ library, args });

const levels = (family: string, names: readonly string[], data: LoggerSink): ApiDefinition<LoggerSink>[] => [
  ...names.map((level) => api.instance(family, [level], 'call', data)),
  api.instance(family, ['child'], 'call', data, family),
];

const moduleLevels = (module: string, names: readonly string[], data: LoggerSink): ApiDefinition<LoggerSink>[] =>
  names.map((level) => api.call(module, [level], data));

const CONSOLE = sink('console');
const WINSTON = sink('winston');
const PINO = sink('pino');
const BUNYAN = sink('bunyan');
const LOG4JS = sink('log4js');
const DEBUG = sink('debug');
const NEST = sink('NestJS Logger');
const LOGLEVEL = sink('loglevel');
const CONSOLA = sink('consola');
const TSLOG = sink('tslog');
const SIGNALE = sink('signale');
const FASTIFY = sink('fastify');
const STDIO = sink('process.stdout', [0]);

/** Sentry functions and the argument positions that carry data. */
const SENTRY_FUNCTIONS: readonly (readonly [string, LoggerSink['args']])[] = [
  ['captureMessage', ALL],
  ['captureException', ALL],
  ['captureEvent', ALL],
  ['setContext', [1]],
  ['addBreadcrumb', [0]],
  ['setExtra', [1]],
  ['setExtras', [0]],
  ['setTag', [1]],
  ['setTags', [0]],
];

export const LOGGER_SINKS: readonly ApiDefinition<LoggerSink>[] = [
  ...CONSOLE_METHODS.map((method) => api.global('console', [method], 'call', CONSOLE)),
  api.call('console', ['log'], CONSOLE), // `import console from 'console'` is rare but real
  api.global('process', ['stdout', 'write'], 'call', STDIO),
  api.global('process', ['stderr', 'write'], 'call', STDIO),

  // winston: default logger, createLogger(), loggers.get/add()
  ...moduleLevels('winston', WINSTON_LEVELS, WINSTON),
  api.call('winston', ['createLogger'], sink('winston', []), 'winston-logger'),
  api.call('winston', ['loggers', 'get'], sink('winston', []), 'winston-logger'),
  api.call('winston', ['loggers', 'add'], sink('winston', []), 'winston-logger'),
  ...levels('winston-logger', WINSTON_LEVELS, WINSTON),

  // pino: `pino()`, `pino.pino()`, `{ pino }`
  api.call('pino', [], sink('pino', []), 'pino-logger'),
  api.call('pino', ['pino'], sink('pino', []), 'pino-logger'),
  api.call('pino', ['default'], sink('pino', []), 'pino-logger'),
  ...levels('pino-logger', PINO_LEVELS, PINO),

  // fastify's built-in pino logger: `app.log.info()`
  api.call('fastify', [], sink('fastify', []), 'fastify-app'),
  api.call('fastify', ['fastify'], sink('fastify', []), 'fastify-app'),
  ...PINO_LEVELS.map((level) => api.instance('fastify-app', ['log', level], 'call', FASTIFY)),

  // bunyan
  api.call('bunyan', ['createLogger'], sink('bunyan', []), 'bunyan-logger'),
  ...levels('bunyan-logger', PINO_LEVELS, BUNYAN),

  // log4js
  api.call('log4js', ['getLogger'], sink('log4js', []), 'log4js-logger'),
  ...LOG4JS_LEVELS.map((level) => api.instance('log4js-logger', [level], 'call', LOG4JS)),

  // debug: `const log = debug('payments')`, `log.extend('refunds')`
  api.call('debug', [], sink('debug', []), 'debug-logger'),
  api.call('debug', ['default'], sink('debug', []), 'debug-logger'),
  api.instance('debug-logger', [], 'call', DEBUG),
  api.instance('debug-logger', ['extend'], 'call', sink('debug', []), 'debug-logger'),

  // NestJS: `new Logger(Ctx.name)` and the static `Logger.log()`
  api.construct('@nestjs/common', ['Logger'], sink('NestJS Logger', []), 'nest-logger'),
  ...NEST_LEVELS.map((level) => api.call('@nestjs/common', ['Logger', level], NEST)),
  ...NEST_LEVELS.map((level) => api.instance('nest-logger', [level], 'call', NEST)),

  // loglevel
  ...moduleLevels('loglevel', LOGLEVEL_LEVELS, LOGLEVEL),
  api.call('loglevel', ['getLogger'], sink('loglevel', []), 'loglevel-logger'),
  ...LOGLEVEL_LEVELS.map((level) => api.instance('loglevel-logger', [level], 'call', LOGLEVEL)),

  // consola
  ...moduleLevels('consola', CONSOLA_LEVELS, CONSOLA),
  ...CONSOLA_LEVELS.map((level) => api.call('consola', ['consola', level], CONSOLA)),
  api.call('consola', ['createConsola'], sink('consola', []), 'consola-logger'),
  ...CONSOLA_LEVELS.map((level) => api.instance('consola-logger', [level], 'call', CONSOLA)),

  // signale: the default instance, `new Signale(options)` and `scope()`
  ...moduleLevels('signale', SIGNALE_LEVELS, SIGNALE),
  ...SIGNALE_LEVELS.map((level) => api.call('signale', ['default', level], SIGNALE)),
  api.construct('signale', ['Signale'], sink('signale', []), 'signale-logger'),
  api.call('signale', ['scope'], sink('signale', []), 'signale-logger'),
  ...SIGNALE_LEVELS.map((level) => api.instance('signale-logger', [level], 'call', SIGNALE)),
  api.instance('signale-logger', ['scope'], 'call', sink('signale', []), 'signale-logger'),

  // tslog
  api.construct('tslog', ['Logger'], sink('tslog', []), 'tslog-logger'),
  ...levels('tslog-logger', TSLOG_LEVELS, TSLOG),

  // Sentry
  ...SENTRY_MODULES.flatMap((module) =>
    SENTRY_FUNCTIONS.map(([name, args]) => api.call(module, [name], sink('Sentry', args))),
  ),
];

/** Level methods of a pino logger (Fastify's `request.log`, pino-http's `req.log`). */
export const PINO_LEVEL_METHODS: readonly string[] = PINO_LEVELS;

/**
 * Conventional parameter names whose `.log` member is a pino logger: the request and reply of a Fastify route or
 * hook, the `req`/`res` of Express with pino-http, Koa's `ctx` with koa-pino-logger, and the instance a Fastify
 * plugin receives (`async function routes(fastify) { fastify.log.info(…) }`).
 */
export const PARAMETER_LOGGER_OWNERS: readonly string[] = ['req', 'request', 'res', 'reply', 'ctx', 'fastify', 'app', 'server', 'instance'];

/** Whether a reference is an actual log call (not a logger factory). */
export function isLogCall(sink: LoggerSink): boolean {
  return sink.args === 'all' || sink.args.length > 0;
}

/**
 * Logger types for injected members and parameters (`constructor(private readonly logger: Logger)` in NestJS,
 * `PinoLogger` from nestjs-pino, `winston.Logger`, `pino.Logger`): their level methods are log calls.
 */
export const TYPED_LOGGER_FAMILIES: readonly TypedFamily[] = [
  { module: '@nestjs/common', type: 'Logger', family: 'nest-logger' },
  { module: '@nestjs/common', type: 'LoggerService', family: 'nest-logger' },
  { module: 'nestjs-pino', type: 'PinoLogger', family: 'pino-logger' },
  { module: 'nestjs-pino', type: 'Logger', family: 'nest-logger' },
  { module: 'winston', type: 'Logger', family: 'winston-logger' },
  { module: 'pino', type: 'Logger', family: 'pino-logger' },
  { module: 'bunyan', type: 'Logger', family: 'bunyan-logger' },
  { module: 'log4js', type: 'Logger', family: 'log4js-logger' },
];

/** Level methods by logger family, for calls reached through typed members. */
export const TYPED_LOGGER_METHODS: Readonly<Record<string, readonly string[]>> = {
  'nest-logger': NEST_LEVELS,
  'pino-logger': [...PINO_LEVELS, 'log'],
  'winston-logger': WINSTON_LEVELS,
  'bunyan-logger': PINO_LEVELS,
  'log4js-logger': LOG4JS_LEVELS,
};
