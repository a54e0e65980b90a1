import { describe, expect, it } from 'vitest';
import { LOGGER_SINKS, isLogCall } from '../../src/catalog/loggers.js';
import { findLogCalls } from '../../src/analyses/log-calls.js';
import { withSourceCode } from '../utils/probe.js';

/** `library@line` for every log call found. */
function logCalls(code: string, loggerNames: string[] = []): string[] {
  return withSourceCode(code, (sourceCode) =>
    findLogCalls(sourceCode, loggerNames).map((call) => `${call.library}@${call.call.loc.start.line}:${call.args.length}`),
  );
}

describe('LOGGER_SINKS', () => {
  it('marks factories as non-log calls', () => {
    const factories = LOGGER_SINKS.filter((definition) => definition.returns && !isLogCall(definition.data));
    expect(factories.length).toBeGreaterThan(5);
    expect(LOGGER_SINKS.every((definition) => definition.kind !== 'read')).toBe(true);
  });
});

describe('findLogCalls', () => {
  it('finds console, stdout and unknown-object negatives', () => {
    expect(logCalls("console.log(a, b);\nconsole.error(e);\nprocess.stdout.write(s);\naudit.log(x);\nconst console2 = console; console2.warn(w);")).toEqual([
      'console@1:2',
      'console@2:1',
      'process.stdout@3:1',
      'console@5:1',
    ]);
  });

  it('ignores a shadowed console', () => {
    expect(logCalls('function f(console: any) { console.log(1); }')).toEqual([]);
  });

  it('follows winston, pino, bunyan, log4js and debug instances (child bindings are logged too)', () => {
    expect(
      logCalls(
        [
          "import winston from 'winston';",
          "import pino from 'pino';",
          "import bunyan from 'bunyan';",
          "import { getLogger } from 'log4js';",
          "import createDebug from 'debug';",
          'const w = winston.createLogger({});',
          'const p = pino().child({ m: 1 });',
          "const b = bunyan.createLogger({ name: 'x' });",
          'const l = getLogger();',
          "const d = createDebug('pay').extend('refunds');",
          'w.info(1); p.warn(2); b.error(3); l.debug(4); d(5); winston.info(6);',
        ].join('\n'),
      ),
    ).toEqual(['pino@7:1', 'winston@11:1', 'pino@11:1', 'bunyan@11:1', 'log4js@11:1', 'debug@11:1', 'winston@11:1']);
  });

  it('follows NestJS loggers in class fields and static calls', () => {
    expect(
      logCalls(
        "import { Logger } from '@nestjs/common';\nclass S {\n  private logger = new Logger(S.name);\n  run() { this.logger.warn('x'); Logger.error('y'); }\n}",
      ),
    ).toEqual(['NestJS Logger@4:1', 'NestJS Logger@4:1']);
  });

  it('selects the data arguments of Sentry calls', () => {
    expect(
      logCalls(
        "import * as Sentry from '@sentry/node';\nSentry.captureException(err, { extra });\nSentry.setContext('card', ctx);\nSentry.setExtra('k', v);\nSentry.addBreadcrumb(b);",
      ),
    ).toEqual(['Sentry@2:2', 'Sentry@3:1', 'Sentry@4:1', 'Sentry@5:1']);
  });

  it('finds CommonJS requires in TS files', () => {
    expect(logCalls("const log = require('pino')();\nlog.info('x');")).toEqual(['pino@2:1']);
  });

  it('accepts configured project loggers only as imported bindings', () => {
    const code = "import { logger } from './logger';\nimport log from '../log';\nlogger.info(1);\nlog(2);\nlogger.unrelated(3);\nfunction f(logger: any) { logger.info(4); }";
    expect(logCalls(code, ['logger', 'log'])).toEqual(['logger@3:1', 'log@4:1']);
    expect(logCalls(code)).toEqual([]);
  });
});

describe('typed logger members', () => {
  it('finds injected NestJS and nestjs-pino loggers by their imported type', () => {
    expect(
      logCalls(
        "import { Logger } from '@nestjs/common';\nimport { PinoLogger } from 'nestjs-pino';\nclass S {\n  constructor(private readonly logger: Logger, private readonly pino: PinoLogger) {}\n  run(log: Logger) { this.logger.log(1); this.pino.info(2); log.warn(3); this.logger.other(4); }\n}",
      ),
      // `Logger` is the class the catalog constructs, so the module references already track its instances (the
      // same label as `new Logger()`); `PinoLogger` is known only from the typed-member list.
    ).toEqual(['NestJS Logger@5:1', 'pino-logger@5:1', 'NestJS Logger@5:1']);
  });

  it('ignores a local Logger type', () => {
    expect(logCalls('interface Logger { log(v: unknown): void }\nclass S { constructor(private logger: Logger) {}\n  run() { this.logger.log(1); } }')).toEqual([]);
  });
});

describe('findLogCalls: loggers no import resolves', () => {
  it('finds signale instances', () => {
    expect(logCalls("import signale, { Signale } from 'signale';\nsignale.info(1);\nnew Signale().scope('x').success(2);")).toEqual([
      'signale@2:1',
      'signale@3:1',
    ]);
  });

  it('finds request-scoped and plugin pino loggers on conventional parameters only', () => {
    expect(
      logCalls(
        "export async function routes(fastify) {\n  fastify.log.info(1);\n  fastify.post('/x', async (request, reply) => { request.log.warn(2); reply.log.error(3); });\n}\nconst req = { log: { info() {} } };\nreq.log.info(4);\nexport function h(req) { req.log.other(5); }",
      ),
    ).toEqual(['pino@2:1', 'pino@3:1', 'pino@3:1']);
  });

  it('finds this.logger in NestJS classes of any injected type', () => {
    expect(
      logCalls(
        "import { Injectable } from '@nestjs/common';\n@Injectable()\nexport class S {\n  constructor(private readonly logger: AppLogger) {}\n  run() { this.logger.info(1); [1].forEach(() => this.logger.warn(2)); this.logger.other(3); }\n}\nexport class T {\n  constructor(private readonly logger: AppLogger) {}\n  run() { this.logger.info(4); }\n}",
      ),
    ).toEqual(['NestJS logger@5:1', 'NestJS logger@5:1']);
  });
});
