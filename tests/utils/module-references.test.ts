import * as tsParser from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { PROVIDER_CLIENTS } from '../../src/catalog/providers.js';
import { api } from '../../src/catalog/api.js';
import { findApiReferences, type ApiDefinition } from '../../src/modules/module-references.js';

/** Lint `code` with a probe rule and return what `findApiReferences` saw, as `kind path@line:col` strings. */
function probe(
  code: string,
  definitions: readonly ApiDefinition<string>[],
  options: { filename?: string; commonjs?: boolean; globals?: Record<string, 'readonly'> } = {},
): string[] {
  const seen: string[] = [];
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.js'],
        languageOptions: {
          parser: tsParser,
          sourceType: options.commonjs ? 'commonjs' : 'module',
          globals: options.globals ?? {},
        },
        plugins: {
          probe: {
            rules: {
              probe: {
                create(context) {
                  return {
                    'Program:exit'() {
                      const sourceCode = context.sourceCode as unknown as SourceCode;
                      for (const reference of findApiReferences(sourceCode, definitions)) {
                        const node = reference.node as TSESTree.Node;
                        seen.push(
                          `${reference.definition.data}${reference.isWrite ? ' (write)' : ''}@${node.loc.start.line}:${node.loc.start.column}`,
                        );
                      }
                    },
                  };
                },
              },
            },
          },
        },
        rules: { 'probe/probe': 'error' },
      },
    ],
    options.filename ?? 'file.ts',
  );
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(fatal.message);
  return seen;
}

const HTTPS: readonly ApiDefinition<string>[] = [
  api.call('https', ['request'], 'https.request()'),
  api.construct('https', ['Agent'], 'new https.Agent()'),
];

describe('findApiReferences: modules', () => {
  it('finds default, namespace and named ESM imports, with node: prefixes', () => {
    expect(probe("import https from 'https';\nhttps.request(o);", HTTPS)).toEqual(['https.request()@2:0']);
    expect(probe("import * as h from 'node:https';\nh.request(o);", HTTPS)).toEqual(['https.request()@2:0']);
    expect(probe("import { request as r, Agent } from 'https';\nr(o);\nnew Agent();", HTTPS)).toEqual([
      'https.request()@2:0',
      'new https.Agent()@3:0',
    ]);
  });

  it('finds require() when require is undeclared (TS module) and when declared (CommonJS)', () => {
    const code = "const https = require('https');\nconst { Agent: A } = require('node:https');\nhttps.request(o);\nnew A();";
    const expected = ['https.request()@3:0', 'new https.Agent()@4:0'];
    expect(probe(code, HTTPS)).toEqual(expected);
    expect(probe(code, HTTPS, { filename: 'a.js', commonjs: true, globals: { require: 'readonly' } })).toEqual(expected);
  });

  it('follows aliases, chained require and TS wrappers', () => {
    expect(probe("const h = require('https');\nconst g = h as any;\ng.request(o);", HTTPS)).toEqual(['https.request()@3:0']);
    expect(probe("require('https').request(o);", HTTPS)).toEqual(['https.request()@1:0']);
  });

  it('finds TS import equals and dynamic imports', () => {
    expect(probe("import https = require('https');\nhttps.request(o);", HTTPS)).toEqual(['https.request()@2:0']);
    expect(probe("const https = await import('https');\nhttps.request(o);", HTTPS)).toEqual(['https.request()@2:0']);
    expect(probe("const { request } = await import('node:https');\nrequest(o);", HTTPS)).toEqual(['https.request()@2:0']);
    expect(probe("import('https').then((m) => m.request(o));", HTTPS)).toEqual(['https.request()@1:28']);
  });

  it('finds createRequire-based require', () => {
    const code = "import { createRequire } from 'module';\nconst require = createRequire(import.meta.url);\nconst https = require('https');\nhttps.request(o);";
    expect(probe(code, HTTPS)).toEqual(['https.request()@4:0']);
  });

  it('does not confuse local objects, shadowed require or type-only imports with the module', () => {
    expect(probe("const https = { request() {} };\nhttps.request(o);", HTTPS)).toEqual([]);
    expect(probe("function f(require: any) { require('https').request(o); }", HTTPS)).toEqual([]);
    expect(probe("import type { Agent } from 'https';\nlet a: Agent;", HTTPS)).toEqual([]);
    expect(probe("import https from 'http';\nhttps.request(o);", HTTPS)).toEqual([]);
    expect(probe('obj.request(o);', HTTPS)).toEqual([]);
  });
});

describe('findApiReferences: globals and writes', () => {
  const ENV: readonly ApiDefinition<string>[] = [
    api.global('process', ['env', 'NODE_TLS_REJECT_UNAUTHORIZED'], 'read', 'env.TLS'),
    api.global('fetch', [], 'call', 'fetch()'),
  ];

  it('finds undeclared process/fetch and tells writes from reads', () => {
    expect(
      probe("process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';\nif (process.env.NODE_TLS_REJECT_UNAUTHORIZED) {}\nfetch(u);", ENV),
    ).toEqual(['env.TLS (write)@1:0', 'env.TLS@2:4', 'fetch()@3:0']);
  });

  it('finds declared globals and globalThis access', () => {
    expect(probe('globalThis.fetch(u);\nfetch(u);', ENV, { globals: { fetch: 'readonly' } })).toEqual([
      'fetch()@1:0',
      'fetch()@2:0',
    ]);
  });

  it('ignores locally declared names', () => {
    expect(probe('const fetch = (u: string) => u;\nfetch(u);', ENV)).toEqual([]);
    expect(probe("function f(process: any) { process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; }", ENV)).toEqual([]);
  });
});

describe('findApiReferences: instances', () => {
  const STRIPE: readonly ApiDefinition<string>[] = [
    ...PROVIDER_CLIENTS.filter((d) => d.data.provider === 'stripe').map((d) => ({ ...d, data: 'client' })),
    api.instance('stripe', ['paymentIntents', 'create'], 'call', 'paymentIntents.create'),
  ];

  it('follows const instances, require(...)(key) and chained construction', () => {
    expect(probe("import Stripe from 'stripe';\nconst stripe = new Stripe(k);\nawait stripe.paymentIntents.create({});", STRIPE)).toEqual([
      'client@2:15',
      'paymentIntents.create@3:6',
    ]);
    expect(probe("const stripe = require('stripe')(k);\nstripe.paymentIntents.create({});", STRIPE)).toEqual([
      'client@1:15',
      'paymentIntents.create@2:0',
    ]);
  });

  it('follows class fields and constructor assignments', () => {
    const field = "import Stripe from 'stripe';\nclass Payments {\n  private stripe = new Stripe(k);\n  pay() { return this.stripe.paymentIntents.create({}); }\n}";
    expect(probe(field, STRIPE)).toEqual(['client@3:19', 'paymentIntents.create@4:17']);
    const ctor = "import Stripe from 'stripe';\nclass Payments {\n  stripe: Stripe;\n  constructor() { this.stripe = new Stripe(k); }\n  pay = async () => this.stripe.paymentIntents.create({});\n}";
    expect(probe(ctor, STRIPE)).toEqual(['client@4:32', 'paymentIntents.create@5:20']);
  });

  it('follows a same-file factory function', () => {
    const code = "import Stripe from 'stripe';\nfunction getStripe() { return new Stripe(k); }\nconst s = getStripe();\ns.paymentIntents.create({});";
    expect(probe(code, STRIPE)).toEqual(['client@2:30', 'paymentIntents.create@4:0']);
  });

  it('follows instances known from their declared class type or injection decorator', () => {
    const injected = [
      "import { Inject } from '@nestjs/common';",
      "import Stripe from 'stripe';",
      "import { InjectStripeClient } from '@golevelup/nestjs-stripe';",
      'class Payments {',
      '  constructor(private readonly stripe: Stripe, @InjectStripeClient() private readonly client, @Inject(TOKEN) private readonly other: Stripe) {}',
      '  a() { return this.stripe.paymentIntents.create({}); }',
      '  b() { return this.client.paymentIntents.create({}); }',
      '  c() { return this.other.paymentIntents.create({}); }',
      '}',
    ].join('\n');
    expect(probe(injected, STRIPE)).toEqual(['paymentIntents.create@6:15', 'paymentIntents.create@7:15', 'paymentIntents.create@8:15']);
    const typed = [
      "import type { Stripe } from 'stripe';",
      'export async function refund(stripe: Stripe, id: string) { return stripe.paymentIntents.create({ id }); }',
      'class Jobs { gateway!: Stripe; run() { return this.gateway.paymentIntents.create({}); } }',
    ].join('\n');
    expect(probe(typed, STRIPE)).toEqual(['paymentIntents.create@2:66', 'paymentIntents.create@3:46']);
  });

  it('does not take a local or look-alike type for the SDK class', () => {
    const local = "interface Stripe { paymentIntents: any }\nclass P { constructor(private stripe: Stripe) {} a() { return this.stripe.paymentIntents.create({}); } }";
    expect(probe(local, STRIPE)).toEqual([]);
    const other = "import { Stripe } from './fake-stripe';\nclass P { constructor(private stripe: Stripe) {} a() { return this.stripe.paymentIntents.create({}); } }";
    expect(probe(other, STRIPE)).toEqual([]);
    const member = "import Stripe from 'stripe';\nclass P { constructor(private intent: Stripe.PaymentIntent) {} a() { return this.intent.paymentIntents.create({}); } }";
    expect(probe(member, STRIPE)).toEqual([]);
  });

  it('does not treat other objects with the same method names as instances', () => {
    expect(probe('const stripe = makeClient();\nstripe.paymentIntents.create({});', STRIPE)).toEqual([]);
    expect(probe("import Stripe from 'stripe';\nclass A { stripe = new Stripe(k); }\nclass B { stripe: any; run() { this.stripe.paymentIntents.create({}); } }", STRIPE)).toEqual(['client@2:19']);
  });
});

describe('findApiReferences: default-export entries', () => {
  const PINO: readonly ApiDefinition<string>[] = [
    api.call('pino', ['default'], 'pino.default()'),
    api.call('pino', ['destination'], 'pino.destination()'),
  ];

  it('a `default` entry does not hide the module’s other members for default imports', () => {
    expect(probe("import pino from 'pino';\npino();\npino.destination(1);", PINO)).toEqual([
      'pino.default()@2:0',
      'pino.destination()@3:0',
    ]);
    expect(probe("const pino = require('pino');\npino.destination(1);", PINO)).toEqual(['pino.destination()@2:0']);
  });
});

describe('findApiReferences: awaited instances', () => {
  const MYSQL: readonly ApiDefinition<string>[] = [
    api.call('mysql2/promise', ['createConnection'], 'createConnection()', 'mysql-connection'),
    api.instance('mysql-connection', ['query'], 'call', 'connection.query()'),
  ];

  it('follows an instance produced by an awaited factory', () => {
    const code = "import mysql from 'mysql2/promise';\nconst conn = await mysql.createConnection(url);\nawait conn.query(sql);";
    expect(probe(code, MYSQL)).toEqual(['createConnection()@2:19', 'connection.query()@3:6']);
  });
});
