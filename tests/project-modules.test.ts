/**
 * The project beyond one file (src/modules/project-modules.ts): SDK clients created in one module and used in
 * another. tests/fixtures/projects/shared-clients/ is linted by the ESLint CLI with the README's TypeScript config
 * (a copy of tests/fixtures/setups/typescript/eslint.config.js, which tests/setups.test.ts checks against the README),
 * so JavaScript goes through ESLint's default parser as users run it. Every finding below appears only because an
 * imported client is resolved in its own file; the twins next to them must stay silent.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as babelParser from '@babel/eslint-parser';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import clientControlledAmount from '../rules/no-client-controlled-amount.js';
import { api } from '../src/catalog/api.js';
import { findApiReferences } from '../src/modules/module-references.js';
import { runEslintCli } from './eslint-cli.js';
import { aliasTargets } from '../src/modules/project-aliases.js';
import {
  exportSites,
  mayExportValues,
  MODULE_EXPORTS,
  mentionsModule,
  moduleMentions,
  parseProjectFile,
  projectFileText,
  resolveProjectFile,
} from '../src/modules/project-modules.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const project = join(root, 'tests', 'fixtures', 'projects', 'shared-clients');

describe('shared clients across modules (ESLint CLI, README TypeScript config)', () => {
  it('uses the README config verbatim', () => {
    expect(readFileSync(join(project, 'eslint.config.js'), 'utf8')).toBe(
      readFileSync(join(root, 'tests', 'fixtures', 'setups', 'typescript', 'eslint.config.js'), 'utf8'),
    );
  });

  it.each(['eslint', 'eslint-v9'] as const)('%s: reports calls on imported clients, and only those', (eslint) => {
    const found = runEslintCli(eslint, project)
      .flatMap((result) =>
        result.messages.map((message) => `${result.filePath.slice(project.length + 1)}:${message.line} ${message.ruleId}`),
      )
      .sort((x, y) => x.localeCompare(y, 'en', { numeric: true }));
    expect(found).toEqual([
      // `import { logger as audit } from '../lib/logger.js'` (a pino logger); `metrics.info` on the line above logs
      // the same field into an imported object that is not a logger.
      'routes/checkout.js:9 payment-security/no-sensitive-data-in-logs',
      // `const stripe = require('../lib/legacy-stripe.cjs')`, where `module.exports = require('stripe')(key)`.
      'routes/legacy.cjs:7 payment-security/no-legacy-payment-api',
      // `import { stripe } from '../lib/stripe.js'` (`export const stripe = new Stripe(…)`); the order-priced twin
      // below it and routes/sandbox.js (an in-memory object with the same shape) are not reported.
      'routes/orders.js:9 payment-security/no-client-controlled-amount',
      // `import * as clients from '../clients'` → index.ts `export { default as stripe } from './stripe'`.
      'src/controllers/refunds.ts:6 payment-security/no-client-controlled-amount',
      // `import { square } from '../clients'` → index.ts `export * from './square'`.
      'src/controllers/refunds.ts:14 payment-security/no-client-controlled-amount',
    ]);
  });
});

const aliased = join(root, 'tests', 'fixtures', 'projects', 'aliased-clients');

describe('clients imported through tsconfig/jsconfig aliases (ESLint CLI, README TypeScript config)', () => {
  it('uses the README config verbatim', () => {
    expect(readFileSync(join(aliased, 'eslint.config.js'), 'utf8')).toBe(readFileSync(join(project, 'eslint.config.js'), 'utf8'));
  });

  it.each(['eslint', 'eslint-v9'] as const)('%s: reports calls on aliased clients, and only those', (eslint) => {
    const found = runEslintCli(eslint, aliased)
      .flatMap((result) =>
        result.messages.map((message) => `${result.filePath.slice(aliased.length + 1)}:${message.line} ${message.ruleId}`),
      )
      .sort((x, y) => x.localeCompare(y, 'en', { numeric: true }));
    expect(found).toEqual([
      // tsconfig.json (with comments and trailing commas) extends tsconfig.base.json, whose `baseUrl: "src"` makes
      // `lib/logger` name src/lib/logger.ts (a pino logger); `lib/metrics` on the line above is not a logger.
      'service/src/routes/cards.ts:10 payment-security/no-sensitive-data-in-logs',
      // `@clients/*` → `clients/*` under the base config's baseUrl.
      'service/src/routes/cards.ts:11 payment-security/no-client-controlled-amount',
      // jsconfig.json `"@/*": ["./*"]` (the Next.js default); pages/api/plan.js prices from a server table and
      // pages/api/sandbox.js imports an in-memory object of the same shape through the same alias.
      'web/pages/api/checkout.js:4 payment-security/no-client-controlled-amount',
    ]);
  });
});

const nest = join(root, 'tests', 'fixtures', 'projects', 'nest-app');

describe('a NestJS app with injected clients and DTOs in their own modules (ESLint CLI, README TypeScript config)', () => {
  it('uses the README config verbatim', () => {
    expect(readFileSync(join(nest, 'eslint.config.js'), 'utf8')).toBe(readFileSync(join(project, 'eslint.config.js'), 'utf8'));
  });

  it.each(['eslint', 'eslint-v9'] as const)('%s: reports what the injected clients do with request amounts', (eslint) => {
    const results = runEslintCli(eslint, nest);
    const found = results
      .flatMap((result) => result.messages.map((message) => `${result.filePath.slice(nest.length + 1)}:${message.line} ${message.ruleId}`))
      .sort((x, y) => x.localeCompare(y, 'en', { numeric: true }));
    expect(found).toEqual([
      // `@InjectStripeClient() private readonly stripe: Stripe`; the `pay` route above prices from the order.
      'src/billing/billing.controller.ts:22 payment-security/no-client-controlled-amount',
      // `this.payments.create(dto)`: the injected `PaymentsService` (payments.service.ts) puts `dto.amount` into
      // `paymentIntents.create`; `chargeTotal(dto.amount, …)` takes the amount itself. The twins: `createForProduct`
      // prices from `ProductsService.find` (an entity it builds around the client's id), `createPlan` receives the
      // `@IsIn`-bounded plan DTO, and the `order` route passes the stored order total.
      'src/checkout/checkout.controller.ts:16 payment-security/no-client-controlled-amount',
      'src/checkout/checkout.controller.ts:21 payment-security/no-client-controlled-amount',
      // `@Inject(STRIPE_CLIENT) private readonly stripe: Stripe` and `@Body() dto: CreatePaymentDto`, whose `amount`
      // (create-payment.dto.ts) is only `@IsInt() @IsPositive()`; plans.controller.ts's DTO bounds it with `@IsIn`.
      // `@Inject(STRIPE_CLIENT) private readonly payments: PaymentsClient` (a project interface): the token is
      // imported from stripe/stripe.module.ts, whose provider's factory returns `new Stripe(…)`. The `sandbox` route
      // below injects SANDBOX_PAYMENTS, provided as an in-memory object of the same shape, and stays silent.
      'src/checkout/custom-token.controller.ts:16 payment-security/no-client-controlled-amount',
      'src/payments/payments.controller.ts:15 payment-security/no-client-controlled-amount',
      // `@Inject(WALLET_STRIPE) private readonly stripe: any`, where wallet.constants.ts has
      // `WALLET_STRIPE = 'WALLET_STRIPE'`: a string token, provided in wallet/wallet.clients.ts (which the sibling
      // wallet.module.ts imports) by an async factory returning a variable that holds `new Stripe(…)`. 'WALLET_CACHE'
      // is a Redis client there (storing an intent id is fine) and 'STRIPE_CONNECT' is provided nowhere in reach, so
      // `this.connect.payouts.create` is not a Stripe call.
      'src/wallet/wallet.controller.ts:14 payment-security/no-client-controlled-amount',
    ]);
    expect(results.flatMap((result) => result.messages.map((message) => message.message))).toContain(
      '`dto.amount` (@Body()) comes from the request and becomes `amount` of Stripe paymentIntents.create, decided in this.payments.create() in ../payments/payments.service.ts, so a client can pay whatever it wants; compute the amount on the server from a trusted price (look the product up by ID, or pass a Price/order ID) or validate it against server-side bounds before the call.',
    );
  });
});

describe('NestJS custom tokens in JavaScript (Babel legacy decorators)', () => {
  /** Lint `code` as if it were `file` of the nest-app fixture (the file need not exist: its imports do). */
  function lintAs(file: string, code: string): number[] {
    // The fixture folder is the working directory: under the repository's `tests/` every file is a test file.
    const linter = new Linter({ configType: 'flat', cwd: nest });
    const messages = linter.verify(
      code,
      [
        {
          files: ['**/*.js'],
          languageOptions: {
            parser: babelParser,
            parserOptions: {
              requireConfigFile: false,
              babelOptions: { babelrc: false, configFile: false, parserOpts: { plugins: ['decorators-legacy'] } },
            },
          },
          plugins: { ps: { rules: { 'no-client-controlled-amount': clientControlledAmount as never } } },
          rules: { 'ps/no-client-controlled-amount': 'error' },
        },
      ],
      { filename: join(nest, 'src', file) },
    );
    expect(messages.filter((message) => message.fatal)).toEqual([]);
    return messages.map((message) => message.line);
  }

  it('tracks `@Inject(TOKEN) stripe` assigned to a field, and `@Dependencies(TOKEN)` parameters', () => {
    const inject = [
      "import { Body, Controller, Inject, Post } from '@nestjs/common';",
      "import { STRIPE_CLIENT } from '../stripe/stripe.module';",
      "@Controller('legacy')",
      'export class LegacyController {',
      '  constructor(@Inject(STRIPE_CLIENT) stripe, @Inject(\'STRIPE_CONNECT\') connect) { this.stripe = stripe; this.connect = connect; }',
      '  @Post()',
      '  pay(@Body() body) { return this.stripe.paymentIntents.create({ amount: body.amount, currency: \'eur\' }); }',
      '  @Post(\'payout\')',
      '  payout(@Body() body) { return this.connect.payouts.create({ amount: body.amount, currency: \'eur\' }); }',
      '}',
    ].join('\n');
    expect(lintAs('checkout/legacy.controller.js', inject)).toEqual([7]);
    const dependencies = [
      "import { Body, Controller, Dependencies, Post } from '@nestjs/common';",
      "import { SANDBOX_PAYMENTS } from '../checkout/sandbox.provider';",
      "@Controller('wallet-legacy')",
      "@Dependencies('WALLET_STRIPE', SANDBOX_PAYMENTS)",
      'export class WalletLegacyController {',
      '  constructor(stripe, sandbox) { this.stripe = stripe; this.sandbox = sandbox; }',
      '  @Post()',
      '  pay(@Body() body) { return this.stripe.paymentIntents.create({ amount: body.amount, currency: \'eur\' }); }',
      '  @Post(\'sandbox\')',
      '  rehearse(@Body() body) { return this.sandbox.paymentIntents.create({ amount: body.amount, currency: \'eur\' }); }',
      '}',
    ].join('\n');
    expect(lintAs('wallet/wallet-legacy.controller.js', dependencies)).toEqual([8]);
  });
});

describe('aliasTargets', () => {
  const web = join(aliased, 'web', 'pages', 'api', 'checkout.js');
  const service = join(aliased, 'service', 'src', 'routes', 'cards.ts');

  it('maps `paths` patterns relative to the config (or its baseUrl), through `extends`', () => {
    expect(aliasTargets(web, '@/lib/stripe')).toEqual([join(aliased, 'web', 'lib', 'stripe')]);
    expect(aliasTargets(service, '@clients/stripe')).toEqual([join(aliased, 'service', 'src', 'clients', 'stripe')]);
    expect(resolveProjectFile(service, '@clients/stripe')).toBe(join(aliased, 'service', 'src', 'clients', 'stripe.ts'));
  });

  it('tries baseUrl only for names whose first segment is in that folder, so packages are never shadowed', () => {
    expect(aliasTargets(service, 'lib/logger')).toEqual([join(aliased, 'service', 'src', 'lib', 'logger')]);
    expect(aliasTargets(service, 'stripe')).toEqual([]);
    expect(aliasTargets(service, '@nestjs/common')).toEqual([]);
    expect(aliasTargets(web, 'lib/stripe')).toEqual([]); // jsconfig without baseUrl
    expect(resolveProjectFile(web, 'stripe')).toBeNull();
  });

  it('leaves files without a config with aliases alone', () => {
    expect(aliasTargets(join(project, 'routes', 'orders.js'), '@/lib/stripe')).toEqual([]);
  });
});

describe('resolveProjectFile', () => {
  const from = join(project, 'src', 'controllers', 'refunds.ts');

  it('resolves extensions, folder index files and `.js` written for `.ts`', () => {
    expect(resolveProjectFile(from, '../clients')).toBe(join(project, 'src', 'clients', 'index.ts'));
    expect(resolveProjectFile(from, '../clients/stripe')).toBe(join(project, 'src', 'clients', 'stripe.ts'));
    expect(resolveProjectFile(from, '../clients/stripe.js')).toBe(join(project, 'src', 'clients', 'stripe.ts'));
    expect(resolveProjectFile(join(project, 'routes', 'legacy.cjs'), '../lib/legacy-stripe.cjs')).toBe(
      join(project, 'lib', 'legacy-stripe.cjs'),
    );
  });

  it('follows only relative specifiers, never packages or node_modules', () => {
    expect(resolveProjectFile(from, 'stripe')).toBeNull();
    expect(resolveProjectFile(from, '@acme/clients')).toBeNull();
    expect(resolveProjectFile(from, '../../node_modules/stripe')).toBeNull();
    expect(resolveProjectFile(from, '../clients/missing')).toBeNull();
  });

  it('takes the first existing candidate: the path, its TypeScript source, an extension, the folder index', () => {
    const folder = mkdtempSync(join(tmpdir(), 'resolve-'));
    try {
      for (const file of ['a.ts', 'a/index.ts', 'b.js', 'b.ts', 'c.tsx', 'd.mts', 'e/index.cjs', 'f.jsx', 'node_modules/g.ts', 'h.mjs.ts']) {
        mkdirSync(join(folder, file, '..'), { recursive: true });
        writeFileSync(join(folder, file), 'export {};\n');
      }
      const main = join(folder, 'main.ts');
      const resolved = ['./a', './b.js', './c.js', './c.jsx', './d.mjs', './e', './f.jsx', './f', './node_modules/g', './h.mjs', './h', './b.cjs'].map(
        (specifier) => resolveProjectFile(main, specifier)?.slice(folder.length + 1) ?? null,
      );
      expect(resolved).toEqual(['a.ts', 'b.js', 'c.tsx', 'c.tsx', 'd.mts', join('e', 'index.cjs'), 'f.jsx', 'f.jsx', null, null, null, null]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('exportSites', () => {
  const sites = (file: string) => {
    const path = join(project, file);
    const sourceCode = parseProjectFile(path);
    expect(sourceCode).not.toBeNull();
    return exportSites(sourceCode!, path).map((site) =>
      site.value ? `${site.name} = ${site.value.type}` : `${site.name} from ${site.from!.file.slice(project.length + 1)}#${site.from!.name}`,
    );
  };

  it('reads ESM declarations, default exports and re-exports', () => {
    expect(sites('lib/stripe.js')).toEqual(['stripe = NewExpression']);
    expect(sites('src/clients/stripe.ts')).toEqual(['default = NewExpression']);
    expect(sites('src/clients/index.ts')).toEqual(['stripe from src/clients/stripe.ts#default', '* from src/clients/square.ts#*']);
  });

  it('reads CommonJS module.exports', () => {
    expect(sites('lib/legacy-stripe.cjs')).toEqual([`${MODULE_EXPORTS} = CallExpression`]);
  });
});

describe('project modules are parsed lean (no tokens, comments or node maps; scopes on first use)', () => {
  const sources: Record<string, string> = {
    'service.ts': [
      "import { Injectable } from '@nestjs/common';",
      "import type { Config } from './config';",
      '/** A service. */',
      '@Injectable()',
      'export class PaymentService<T extends object = {}> {',
      '  // a comment',
      '  private readonly client = new Map<string, T>();',
      '  constructor(private readonly config: Config) {}',
      '  async charge(amount: number, { currency = "usd", ...rest }: { currency?: string }) {',
      "    const { default: Stripe } = await import('stripe');",
      '    const n = <number>(amount as unknown);',
      '    for (const [k, v] of this.client) label: { if (k) break label; void v; }',
      '    return new Stripe(this.config.key).charges.create({ amount: n, currency, ...rest });',
      '  }',
      '}',
      'export enum Kind { A = 1, B }',
      'export default function helper(this: void, x?: string): x is string { return typeof x === "string"; }',
      "module.exports.legacy = () => import('https').then((m) => m.request({}));",
    ].join('\n'),
    'view.tsx': [
      "import React, { useState } from 'react';",
      'export const View = ({ items }: { items: string[] }) => {',
      '  const [open, setOpen] = useState(false);',
      '  return <><ul onClick={() => setOpen(!open)}>{items.map((item) => <li key={item}>{item}</li>)}</ul></>;',
      '};',
    ].join('\n'),
    'legacy.cjs': "'use strict';\nconst https = require('https');\nmodule.exports = { get: (u) => https.get(u) };\n",
    // No import or export: parsed as a module all the same (top-level `await`).
    'script.js': "const config = await load('x');\nfor await (const chunk of config) use(chunk);\n",
  };
  const folder = mkdtempSync(join(tmpdir(), 'lean-parse-'));
  for (const [name, text] of Object.entries(sources)) writeFileSync(join(folder, name), text);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /** What parseProjectFile made before: a full parseForESLint parse with the same options. */
  const full = (path: string) =>
    tsParser.parseForESLint(projectFileText(path)!, {
      filePath: path,
      sourceType: 'module',
      ecmaVersion: 'latest',
      ecmaFeatures: { jsx: !path.endsWith('.ts') },
      range: true,
      loc: true,
      tokens: true,
      comment: true,
    });
  const withoutParents = (ast: unknown) =>
    JSON.stringify(ast, (key, value: unknown) => (key === 'parent' || key === 'tokens' || key === 'comments' ? undefined : value));
  type Scopes = { scopes: { type: string; block: { range: number[] }; variables: { name: string; defs: { type: string }[] }[]; references: { identifier: { name: string; range: number[] }; resolved: { name: string } | null; isWrite(): boolean }[]; through: { identifier: { name: string } }[] }[] };
  const scopesOf = (manager: Scopes) =>
    manager.scopes.map((scope) => ({
      type: scope.type,
      block: scope.block.range,
      variables: scope.variables.map((variable) => `${variable.name}:${variable.defs.map((def) => def.type).join(',')}`),
      references: scope.references.map((ref) => `${ref.identifier.name}@${ref.identifier.range[0]}->${ref.resolved?.name ?? '?'}${ref.isWrite() ? ' (write)' : ''}`),
      through: scope.through.map((ref) => ref.identifier.name),
    }));

  it.each(Object.keys(sources))('%s: the same AST and scopes as a full parse, without tokens and comments', (name) => {
    const path = join(folder, name);
    const lean = parseProjectFile(path)!;
    const reference = full(path);
    expect(lean.ast.tokens).toEqual([]);
    expect(lean.ast.comments).toEqual([]);
    expect(withoutParents(lean.ast)).toBe(withoutParents(reference.ast));
    expect(scopesOf(lean.scopeManager as unknown as Scopes)).toEqual(scopesOf(reference.scopeManager as unknown as Scopes));
    // The scope manager is made once and kept; the SourceCode's scope helpers read it.
    expect(lean.scopeManager).toBe(lean.scopeManager);
    expect(lean.getScope(lean.ast)).toBe(lean.scopeManager!.scopes[0]);
    const declared = (manager: { getDeclaredVariables(node: unknown): { name: string }[] }, body: readonly unknown[]) =>
      body.map((statement) => manager.getDeclaredVariables(statement).map((variable) => variable.name).join(','));
    expect(lean.ast.body.map((statement) => lean.getDeclaredVariables(statement).map((variable) => variable.name).join(','))).toEqual(
      declared(reference.scopeManager as never, reference.ast.body),
    );
  });

  it('finds dynamic imports of a project module from its AST', () => {
    const lean = parseProjectFile(join(folder, 'service.ts'))!;
    const found = findApiReferences(lean, [api.call('https', ['request'], 'https.request()'), api.construct('stripe', [], 'new Stripe()')]);
    expect(found.map((reference) => `${reference.definition.data}@${reference.node.range[0]}`).sort()).toEqual(
      [
        `https.request()@${sources['service.ts']!.indexOf('m.request')}`,
        `new Stripe()@${sources['service.ts']!.indexOf('new Stripe')}`,
      ].sort(),
    );
  });
});

describe('moduleMentions (every module name of a text at once) answers as mentionsModule', () => {
  const names = [
    'stripe',
    'stripe/lib',
    'stripe/lib/x',
    'stripe-mock',
    '@stripe/stripe-js',
    '@stripe/stripe-js/pure',
    '@stripe',
    'crypto',
    'node:crypto',
    'https',
    './stripe',
    '../lib/stripe',
    '/abs',
    's',
    'Stripe',
    'stripe.js',
    'a b',
    "it's",
    'é',
    'firebase-admin-long',
    'firebase-admin-long/app',
    '@aws-sdk-long-scope/client',
  ];
  const texts = [
    "import Stripe from 'stripe';\nimport x from \"stripe/lib/x\";\nconst y = await import(`stripe-mock`);",
    "const a = require('node:crypto'); const b = { driver: 'https' }; type T = 'Stripe';",
    "'@stripe/stripe-jsx' '@stripe/stripe-js/purest' '@stripe/' \"@stripe/stripe-js/pure/\"",
    "stripe' 'stripe \"stripe `stripe: :stripe/ :stripe:stripe' ''stripe'' 'stripestripe'",
    "require('./stripe'); require('../lib/stripe.js'); import('/abs'); x = 'a b'; y = \"it's\"; z = 'é';",
    "'s/s/s/s' :s' 's/ ''/abs' ':/' '' \"\" ``",
    "'stripe\\' 'stri\\pe' 'stripe.js' 'stripe..js' 'Stripe/lib'",
    "x:'stripe/lib'y:\"stripe/lib/x'z`stripe/lib/",
    '',
    "'",
    ':stripe',
    "import 'firebase-admin-long/app'; require(\"@aws-sdk-long-scope/client\"); x = 'firebase-admin-long';",
    "'firebase-admin-longer' '@aws-sdk-long-scope/clientx' 'firebase-admin-long/'",
    "'stripe/",
    ':'.repeat(1000) + "stripe'" + "/".repeat(1000),
  ];

  it('on tricky texts', () => {
    for (const text of texts) {
      const mentions = moduleMentions(text);
      expect([text, names.map((name) => mentions(name))]).toEqual([text, names.map((name) => mentionsModule(text, name))]);
    }
  });

  it('on random texts and names', () => {
    let seed = 11;
    const random = (below: number) => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return (seed >>> 16) % below;
    };
    const pick = (alphabet: string, length: number) => Array.from({ length }, () => alphabet[random(alphabet.length)]).join('');
    for (let round = 0; round < 300; round++) {
      const text = pick("st/'\":`-@ .x", 1 + random(80));
      const mentions = moduleMentions(text);
      for (let n = 0; n < 30; n++) {
        const name = pick('st/-@.:', 1 + random(6));
        expect([text, name, mentions(name)]).toEqual([text, name, mentionsModule(text, name)]);
      }
    }
  });
});

describe('mayExportValues (which imported modules are parsed for their instance exports)', () => {
  it('is false for modules that export only classes, functions, interfaces, types and enums', () => {
    const service = [
      "import { Injectable, Logger } from '@nestjs/common';",
      "import { Repository } from 'typeorm';",
      '@Injectable()',
      'export class OrdersService {',
      "  private readonly logger = new Logger('orders');",
      '  constructor(private readonly orders: Repository<Order>) {}',
      '}',
      'export default class Fallback {}',
      'export abstract class Base {}',
      'export async function load() { return new Logger(); }',
      'export default async function main() {}',
      'export interface Order { id: string }',
      'export type Id = string;',
      'export type { Customer } from "./customer";',
      'export enum Status { Open }',
      'export  function  spaced() {}',
      'const exported = 1; // export class',
    ].join('\n');
    expect(mayExportValues(service)).toBe(false);
    expect(mayExportValues('')).toBe(false);
  });

  it('is true whenever an export can be an expression: const/let/var, default expression, lists, re-exports, CommonJS', () => {
    for (const text of [
      "export const logger = new Logger('app');",
      'export class A {}\nexport let client = createClient();',
      'export var pool = new Pool();',
      'export const enum Level { Info }',
      'export default new Stripe(key);',
      // After `default`, `async`, `abstract` and `type` can be identifiers.
      'export default async(key);',
      'export default async\nfunction f() {}',
      'export default abstract\nclass A {}',
      'export default type;',
      'export default stripe;',
      'export { stripe as default };',
      'export{stripe}',
      "export * from './clients';",
      "export * as clients from './clients';",
      'export /* the client */ const stripe = new Stripe(key);',
      'export declare const stripe: Stripe;',
      'export import Stripe = Payments.Stripe;',
      'module.exports = new Stripe(key);',
      "module['exports'] = new Stripe(key);",
      'exports.stripe = new Stripe(key);',
      'module /* legacy */ [key] = new Stripe(key);',
      'module.\\u0065xports = new Stripe(key);',
      'export class A {}\nexport\nconst b = c();',
      // Text only: an `export` in a string or comment counts as one that may export a value.
      'const note = "export this file";',
    ]) {
      expect(mayExportValues(text), text).toBe(true);
    }
  });
});

describe('instance exports of imported modules: what is parsed and what is not', () => {
  const folder = mkdtempSync(join(tmpdir(), 'payment-security-exports-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  mkdirSync(join(folder, 'src'));
  // Declarations and a client: still parsed, the client is found.
  const clients = [
    "import Stripe from 'stripe';",
    "export class PaymentsConfig { currency = 'eur'; }",
    'export const stripe = new Stripe(process.env.STRIPE_KEY!);',
  ].join('\n');
  // A NestJS service naming the SDK but exporting only its class: not parsed for instance exports.
  const service = [
    "import { Injectable } from '@nestjs/common';",
    "import Stripe from 'stripe';",
    '@Injectable()',
    'export class PaymentsService {',
    '  readonly stripe = new Stripe(process.env.STRIPE_KEY!);',
    '}',
  ].join('\n');
  writeFileSync(join(folder, 'src', 'clients.ts'), clients);
  writeFileSync(join(folder, 'src', 'payments.service.ts'), service);

  it('parses a module that exports a value and skips one that exports only declarations', () => {
    expect(mayExportValues(clients)).toBe(true);
    expect(mayExportValues(service)).toBe(false);
    const code = [
      "import express from 'express';",
      "import { PaymentsConfig, stripe } from './clients';",
      "import { PaymentsService } from './payments.service';",
      'const app = express();',
      'const config = new PaymentsConfig();',
      "app.post('/pay', async (req, res) => {",
      '  res.json(await stripe.paymentIntents.create({ amount: req.body.amount, currency: config.currency }));',
      '});',
      "app.post('/service', async (req, res) => {",
      '  const payments = new PaymentsService();',
      '  res.json(await payments.stripe.paymentIntents.create({ amount: req.body.amount, currency: "eur" }));',
      '});',
    ].join('\n');
    const linter = new Linter({ configType: 'flat', cwd: folder });
    const messages = linter.verify(
      code,
      [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tsParser },
          plugins: { ps: { rules: { 'no-client-controlled-amount': clientControlledAmount as never } } },
          rules: { 'ps/no-client-controlled-amount': 'error' },
        },
      ],
      { filename: join(folder, 'src', 'checkout.ts') },
    );
    expect(messages.filter((message) => message.fatal)).toEqual([]);
    // The service's field is not an export: `payments.stripe` is unknown with or without a parse.
    expect(messages.map((message) => message.line)).toEqual([7]);
  });
});
