import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type * as FileFactsModule from '../../src/modules/file-facts.js';
import { compileTrigger, getFileFacts, matchesTrigger, wholeNames, type Trigger } from '../../src/modules/file-facts.js';
import { CARD_DATA_TRIGGER, CREDENTIAL_TEXT_TRIGGER, REQUEST_DATA_TRIGGER, WEBHOOK_HANDLER_TRIGGER } from '../../src/analyses/triggers.js';
import { REQUEST_HANDLER_TRIGGER } from '../../src/requests/request-handlers.js';
import { SENSITIVE_DATA_TRIGGER } from '../../src/analyses/sensitive-data.js';
import { SECRET_VALUE_TRIGGER } from '../../src/analyses/signature-values.js';
import { WEBHOOK_VERIFIER_TRIGGER } from '../../src/analyses/webhooks.js';
import * as triggers from '../../src/analyses/triggers.js';
import { PAYMENT_MODULE_TRIGGER } from '../../src/analyses/client-amounts.js';
import plugin from '../../src/index.js';
import { withSourceCode } from './probe.js';
import { projectModulesMention } from '../../src/modules/project-modules.js';
import unsanitizedInput from '../../rules/no-unsanitized-input.js';

// Every trigger compiled anywhere (each rule's `relevance`, the handler and payment-module triggers), for the word
// index check below.
const compiled = vi.hoisted(() => new Set<FileFactsModule.Trigger>());
vi.mock('../../src/modules/file-facts.js', async (importOriginal) => {
  const actual = await importOriginal<typeof FileFactsModule>();
  return {
    ...actual,
    compileTrigger(trigger: FileFactsModule.Trigger): FileFactsModule.CompiledTrigger {
      compiled.add(trigger);
      return actual.compileTrigger(trigger);
    },
  };
});

function facts(code: string, filename = 'file.ts') {
  return withSourceCode(code, (sourceCode) => {
    const found = getFileFacts(sourceCode, filename);
    return { modules: [...found.modules].sort(), unknown: found.unknownModules, facts: found };
  }, filename);
}

function relevant(code: string, trigger: Trigger, filename = 'file.ts'): boolean {
  return withSourceCode(code, (sourceCode) => matchesTrigger(getFileFacts(sourceCode, filename), compileTrigger(trigger)), filename);
}

describe('getFileFacts: modules', () => {
  it('finds ES module imports and re-exports, type-only ones included', () => {
    const code = [
      "import Stripe from 'stripe';",
      "import type { Logger } from 'pino';",
      "import 'side-effect';",
      "export * from 'node:fs';",
      "export { b } from './b';",
    ].join('\n');
    expect(facts(code).modules).toEqual(['./b', 'fs', 'pino', 'side-effect', 'stripe']);
  });

  it('finds CommonJS requires, also nested in functions', () => {
    const code = "function load() { const paypal = require('paypal-rest-sdk'); return require ( \"node:crypto\" ); }";
    expect(facts(code).modules).toEqual(['crypto', 'paypal-rest-sdk']);
    expect(facts(code).unknown).toBe(false);
  });

  it('finds dynamic imports and TS import-equals, also inside declare module blocks', () => {
    const code = [
      "import braintree = require('braintree');",
      "async function f() { return import(`square`); }",
      "declare module 'shim' { import x = require('adyen'); }",
    ].join('\n');
    expect(facts(code).modules).toEqual(['adyen', 'braintree', 'square']);
  });

  it('treats computed names and createRequire as "any module"', () => {
    expect(facts('const name = "stripe"; const s = require(name);').unknown).toBe(true);
    expect(facts("import { createRequire } from 'node:module'; const load = createRequire(import.meta.url); load('stripe');").unknown).toBe(true);
    expect(facts('const s = await import(moduleName);').unknown).toBe(true);
    const any = facts('const s = require(name);').facts;
    expect(any.importsModule('stripe')).toBe(true);
  });

  it('matches subpaths but not name prefixes', () => {
    const found = facts("import x from 'stripe/lib/stripe';\nimport y from 'stripe-mock';").facts;
    expect(found.importsModule('stripe')).toBe(true);
    expect(found.importsModule('stripe-mock')).toBe(true);
    expect(found.importsModule('stripe-m')).toBe(false);
  });

  it('matches every package level of a scoped subpath, not a partial segment', () => {
    const found = facts("import { loadStripe } from '@stripe/stripe-js/pure';").facts;
    expect(found.importsModule('@stripe/stripe-js')).toBe(true);
    expect(found.importsModule('@stripe/stripe-js/pure')).toBe(true);
    expect(found.importsModule('@stripe')).toBe(true);
    expect(found.importsModule('@stripe/stripe')).toBe(false);
    expect(found.importsModule('@stripe/stripe-js/pure/x')).toBe(false);
  });
});

describe('getFileFacts: file name', () => {
  it('keeps the file name with `/` separators', () => {
    const sourceCode = { text: '', ast: { body: [] } } as unknown as SourceCode;
    expect(getFileFacts(sourceCode, 'C:\\app\\pages\\api\\x.ts').filename).toBe('C:/app/pages/api/x.ts');
    expect(getFileFacts(sourceCode, '/app/pages/api/x.ts').filename).toBe('/app/pages/api/x.ts');
    expect(getFileFacts(sourceCode).filename).toBe('/app/pages/api/x.ts');
  });
});

describe('getFileFacts: words', () => {
  const has = (code: string, word: string) => facts(code).facts.hasWord(word);

  it('finds whole name segments in identifiers, strings and comments', () => {
    expect(has('const cardNumber = 1;', 'card')).toBe(true);
    expect(has('const x = body.CARD_PAN;', 'pan')).toBe(true);
    expect(has('const x = 1; // the cvv2 field', 'cvv2')).toBe(true);
    expect(has("const x = 'XMLPan';", 'pan')).toBe(true);
  });

  it('does not take a substring for a segment', () => {
    expect(has('const company = 1; const panel = 2; const Japan = 3;', 'pan')).toBe(false);
    expect(has('const JAPAN = 1;', 'pan')).toBe(false);
    expect(has('const secretary = 1;', 'secret')).toBe(false);
  });
});

/** Facts of a bare text (no AST needed for words): any text, parseable or not. */
function textFacts(text: string) {
  return getFileFacts({ text, ast: { body: [] } } as unknown as SourceCode);
}

/**
 * The meaning of `hasWord`, written out plainly: the lower-case text has `word` at a position where a segment can
 * start (after anything but an ASCII letter, at a non-ASCII character, at a capital after a lower-case letter or
 * before one) and the character after it is not a lower-case ASCII letter; every word when case mapping changes the
 * text's length.
 */
function referenceHasWord(text: string, word: string): boolean {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return true;
  const asciiLetter = (char: string | undefined) => char !== undefined && /^[A-Za-z]$/u.test(char);
  const upper = (char: string | undefined) => char !== undefined && /^[A-Z]$/u.test(char);
  const lowerCase = (char: string | undefined) => char !== undefined && /^[a-z]$/u.test(char);
  const nonAscii = (char: string | undefined) => char !== undefined && char.charCodeAt(0) > 127;
  for (let index = lower.indexOf(word); index !== -1; index = lower.indexOf(word, index + 1)) {
    const before = text[index - 1];
    const first = text[index];
    const starts = !asciiLetter(before) || nonAscii(first) || (upper(first) && (lowerCase(before) || lowerCase(text[index + 1])));
    if (starts && !lowerCase(text[index + word.length])) return true;
  }
  return false;
}

function triggerWords(trigger: Trigger, into: Set<string>): Set<string> {
  for (const word of trigger.words ?? []) into.add(word.toLowerCase());
  for (const sequence of trigger.names ?? []) for (const word of sequence) into.add(word.toLowerCase());
  for (const inner of [...(trigger.anyOf ?? []), ...(trigger.allOf ?? [])]) triggerWords(inner, into);
  return into;
}

describe('getFileFacts: the word index answers as a scan of the text would', () => {
  const words = new Set<string>();
  for (const trigger of [
    ...compiled,
    ...Object.values(triggers).filter((value) => typeof value === 'object' && !(value instanceof RegExp)),
    SENSITIVE_DATA_TRIGGER,
    SECRET_VALUE_TRIGGER,
    PAYMENT_MODULE_TRIGGER,
    REQUEST_HANDLER_TRIGGER,
  ] as Trigger[]) {
    triggerWords(trigger, words);
  }
  const extra = ['pan', 'xml', 'card', 'number', 'cardnumber', 'card_number', 'k', 'kms', 'a', 'ab', 'aba', 'abab', 'ababa', 'b_1a', '1', '11111', '_', '__a__'];
  const allWords = [...words, ...extra];

  const tricky = [
    'XMLPan PANNumber cardNumber card_number CARD_NUMBER cardNUMBER Card-Number cardnumbers',
    'JAPAN japan Japan panel company xmlPAN XMLPAN getHTTPSAgent XMLHttpRequest',
    'cvv2 3ds sha256 $pan pan$ _pan_ pan_ __pan 4242424242424242 cvc1 1cvc',
    'café Ünïcödé straße STRAẞE naïveCard ÀPan pan€ €pan',
    '\u212Ams \u212AMS KMS 😀card card😀 ǅcard',
    'bt_signature BT_SIGNATURE btSignature bt_signatures webhook_secret WEBHOOK_SECRET',
    'İstanbul card',
    '',
    'p',
    'P',
    'A'.repeat(5000) + 'pan',
    'A'.repeat(5000) + 'Pan',
    'a'.repeat(5000),
    '1'.repeat(3000) + 'card' + '1'.repeat(3000),
    '_'.repeat(3000) + 'secret',
    'aB'.repeat(2000),
    'Ab1_'.repeat(1500),
  ];

  // This repository's own sources: real code with every kind of name.
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const sources = ['src/modules', 'src/analyses', 'rules'].flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((name) => name.endsWith('.ts'))
      .slice(0, 12)
      .map((name) => readFileSync(join(root, folder, name), 'utf8')),
  );

  it('every trigger word, on tricky texts and real code', () => {
    // The rules' own triggers were seen (no-hardcoded-payment-secret's `passwd`, no-insecure-payment-url's schemes).
    expect(compiled.size).toBeGreaterThan(15);
    expect([words.has('passwd'), words.has('http'), words.size > 100]).toEqual([true, true, true]);
    for (const text of [...tricky, ...sources]) {
      const found = textFacts(text);
      const differing = allWords.filter((word) => found.hasWord(word) !== referenceHasWord(text, word));
      expect({ text: text.slice(0, 80), differing }).toEqual({ text: text.slice(0, 80), differing: [] });
      const absent = allWords.filter((word) => !referenceHasWord(text, word));
      const present = allWords.filter((word) => referenceHasWord(text, word));
      expect(textFacts(text).hasAnyWord(absent)).toBe(false);
      expect(textFacts(text).hasAnyWord([...absent.slice(0, 20), ...present.slice(0, 1)])).toBe(present.length > 0);
    }
  });

  it('every trigger pattern, on tricky texts and real code (whole-name patterns check their names as substrings first)', () => {
    const patterns = new Set<RegExp>();
    const collect = (value: unknown, seen: Set<unknown>): void => {
      if (value === null || typeof value !== 'object' || seen.has(value)) return;
      seen.add(value);
      if (value instanceof RegExp) return;
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'pattern' && inner instanceof RegExp) patterns.add(inner);
        else collect(inner, seen);
      }
    };
    const seen = new Set<unknown>();
    for (const trigger of [...compiled, SENSITIVE_DATA_TRIGGER, SECRET_VALUE_TRIGGER, PAYMENT_MODULE_TRIGGER, REQUEST_HANDLER_TRIGGER]) {
      collect(trigger, seen);
    }
    patterns.add(wholeNames(['ActivatedRoute', '$route', 'res', 'response']));
    expect(patterns.size).toBeGreaterThan(10);
    const texts = [...tricky, ...sources, 'const r: ActivatedRoute = x; this.$route', 'xActivatedRoute $router fooresponse', 'res'];
    for (const text of texts) {
      const found = textFacts(text);
      const differing = [...patterns].filter((pattern) => found.matches(pattern) !== new RegExp(pattern.source, pattern.flags).test(text));
      expect({ text: text.slice(0, 80), differing }).toEqual({ text: text.slice(0, 80), differing: [] });
    }
  });

  it('random texts and words over a small alphabet', () => {
    let seed = 7;
    const random = (below: number) => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return (seed >>> 16) % below;
    };
    const pick = (alphabet: string, length: number) => Array.from({ length }, () => alphabet[random(alphabet.length)]).join('');
    for (let round = 0; round < 300; round++) {
      const text = pick('abAB1_ é$K\u212A', 1 + random(120));
      const found = textFacts(text);
      for (let n = 0; n < 40; n++) {
        const word = pick('ab1_', 1 + random(8));
        expect([text, word, found.hasWord(word)]).toEqual([text, word, referenceHasWord(text, word)]);
      }
    }
  });

  it('stays linear on a megabyte of capitals, letters or digits', () => {
    for (const text of ['A'.repeat(1_000_000), 'a'.repeat(1_000_000), '7'.repeat(1_000_000), 'aB'.repeat(500_000)]) {
      const started = performance.now();
      const found = textFacts(text);
      const answers = allWords.map((word) => found.hasWord(word));
      expect(performance.now() - started).toBeLessThan(3000);
      expect(answers).toEqual(allWords.map((word) => referenceHasWord(text, word)));
    }
  });
});

describe('triggers', () => {
  it('alternatives: modules, globals, words, text, patterns, files, allOf', () => {
    expect(relevant("import x from 'stripe/lib/x';", { modules: ['stripe'] })).toBe(true);
    expect(relevant("import x from 'left-pad';", { modules: ['stripe'] })).toBe(false);
    expect(relevant('const a = 1;', { text: ['sk_'] })).toBe(false);
    expect(relevant("const a = 'sk_live_x';", { text: ['sk_live_', 'sk_'] })).toBe(true);
    expect(relevant('const A = 1;', { textIgnoreCase: ['authorization'] })).toBe(false);
    expect(relevant("headers.Authorization = 'x';", { textIgnoreCase: ['authorization'] })).toBe(true);
    expect(relevant('const a = 1;', { files: /(?:^|\/)pages\//u }, 'pages/api/x.ts')).toBe(true);
    expect(relevant("import { Injectable } from '@nestjs/common';", { ownModules: ['@nestjs/common'] })).toBe(true);
    expect(relevant("import { Order } from './order';", { ownModules: ['@nestjs/common'] })).toBe(false);
    const both: Trigger = { allOf: [{ words: ['secret'] }, { words: ['client'] }] };
    expect(relevant('const clientSecret = 1;', both)).toBe(true);
    expect(relevant('const secret = 1;', both)).toBe(false);
  });

  it('card data: names, context words and digit runs', () => {
    expect(relevant('save({ cvc: x });', CARD_DATA_TRIGGER)).toBe(true);
    expect(relevant('save({ payment: { number } });', CARD_DATA_TRIGGER)).toBe(true);
    expect(relevant("save({ note: '4242 4242 4242 4242' });", CARD_DATA_TRIGGER)).toBe(true);
    expect(relevant('save({ company, panel, number: 12345 });', CARD_DATA_TRIGGER)).toBe(false);
  });

  it('whole names: an identifier of its own, not part of a longer one', () => {
    const names: Trigger = { pattern: wholeNames(['GET', 'Query', 'location', '$route']) };
    expect(relevant('export async function GET() {}', names)).toBe(true);
    expect(relevant("const resolvers = { 'Query': {} };", names)).toBe(true);
    expect(relevant('this.$route.query.next', names)).toBe(true);
    expect(relevant('window.location.href', names)).toBe(true);
    expect(relevant('const TARGET = useQuery(); const StockLocation = 1; const $router = 2;', names)).toBe(false);
  });

  it('name sequences: every segment of one sequence, each as a whole segment', () => {
    const names: Trigger = { names: [['access', 'token'], ['secret']] };
    expect(relevant('log(user.accessToken);', names)).toBe(true);
    expect(relevant('log(ACCESS_LEVEL, refreshToken);', names)).toBe(true);
    expect(relevant('log(secret);', names)).toBe(true);
    expect(relevant('log(accessLevel);', names)).toBe(false);
    expect(relevant('class A { private readonly access = 1; }', names)).toBe(false);
  });

  it('sensitive data: secret and card names, process.env, request bodies in payment code', () => {
    expect(relevant('logger.info(config.apiKey);', SENSITIVE_DATA_TRIGGER)).toBe(true);
    expect(relevant('console.log(dbPass);', SENSITIVE_DATA_TRIGGER)).toBe(true);
    expect(relevant('console.log(process.env);', SENSITIVE_DATA_TRIGGER)).toBe(true);
    expect(relevant('console.log(creditCard);', SENSITIVE_DATA_TRIGGER)).toBe(true);
    expect(relevant("app.post('/checkout', (req) => console.log(req.body));", SENSITIVE_DATA_TRIGGER)).toBe(true);
    expect(relevant('export async function POST(request) { console.log(await request.json()); }', SENSITIVE_DATA_TRIGGER, 'app/api/payments/route.ts')).toBe(true);
    expect(relevant("app.get('/me', (req) => { if (req.headers.authorization) console.log(req.headers); });", SENSITIVE_DATA_TRIGGER)).toBe(true);
    // Common words that only start a secret name are not enough on their own.
    expect(relevant('class Api { private readonly client = 1; access(): void { console.log(this.client); } }', SENSITIVE_DATA_TRIGGER)).toBe(false);
    expect(relevant("app.post('/users', (req) => console.log(req.body));", SENSITIVE_DATA_TRIGGER)).toBe(false);
    expect(relevant('console.log(order.total, env);', SENSITIVE_DATA_TRIGGER)).toBe(false);
  });

  it('secret values: digests, secret and token names, signature words and headers', () => {
    expect(relevant("import { createHmac } from 'node:crypto';\nconst d = createHmac('sha256', k);", SECRET_VALUE_TRIGGER)).toBe(true);
    expect(relevant('if (apiKey !== expected) deny();', SECRET_VALUE_TRIGGER)).toBe(true);
    expect(relevant("if (req.headers['verif-hash'] !== hash) deny();", SECRET_VALUE_TRIGGER)).toBe(true);
    expect(relevant('if (sig === expected) ok();', SECRET_VALUE_TRIGGER)).toBe(true);
    expect(relevant('if (order.status === expected) ok();', SECRET_VALUE_TRIGGER)).toBe(false);
    expect(relevant('class A { private readonly api = 1; }', SECRET_VALUE_TRIGGER)).toBe(false);
  });

  it('webhook verifiers: a verifier module or a Stripe webhook method', () => {
    expect(relevant("import Stripe from 'stripe';", WEBHOOK_VERIFIER_TRIGGER)).toBe(true);
    expect(relevant('const event = client.webhooks.constructEvent(body, sig, secret);', WEBHOOK_VERIFIER_TRIGGER)).toBe(true);
    expect(relevant("import express from 'express';", WEBHOOK_VERIFIER_TRIGGER)).toBe(false);
  });

  it('webhook handlers: a handler with a webhook word, a signature header, a verifier or a check', () => {
    const express = "import express from 'express';\nconst app = express();\n";
    expect(relevant(`${express}app.post('/webhooks/stripe', (req, res) => res.end());`, WEBHOOK_HANDLER_TRIGGER)).toBe(true);
    expect(relevant(`${express}app.post('/events', (req, res) => res.end(req.headers['x-razorpay-signature']));`, WEBHOOK_HANDLER_TRIGGER)).toBe(true);
    expect(relevant('export async function POST(request) { return Response.json(await request.json()); }', WEBHOOK_HANDLER_TRIGGER, 'app/api/webhook/route.ts')).toBe(true);
    expect(relevant(`${express}app.post('/orders', (req, res) => res.json(req.body));`, WEBHOOK_HANDLER_TRIGGER)).toBe(false);
    expect(relevant('export function hook() { return 1; }', WEBHOOK_HANDLER_TRIGGER)).toBe(false);
  });

  it('request handlers: what each way of finding a handler needs', () => {
    const handler = (code: string, filename?: string): boolean => relevant(code, REQUEST_HANDLER_TRIGGER, filename);
    // A registration on an imported app names the registering method.
    expect(handler("import express from 'express';\nconst app = express();\napp.post('/pay', pay);")).toBe(true);
    expect(handler("import express from 'express';\nexport const json = express.json();")).toBe(false);
    // Conventional pairs: a named or destructured request beside a response, reply or Hapi toolkit parameter.
    expect(handler('module.exports = function (req, res) { res.end(req.body.x); };')).toBe(true);
    expect(handler('export const create = ({ payload }, h) => h.response(payload);')).toBe(true);
    expect(handler('class Api { create(@Req() req: Request, @Res() res: Response) { res.json(req.body); } }')).toBe(true);
    expect(handler('export function list(req, // the request\n  res) { res.json([]); }')).toBe(true);
    expect(handler('export const list = (req: Request, res?) => res?.json([]);')).toBe(true);
    expect(handler("server.route({ method: 'POST', path: x, handler: ({ auth }, h) => h.response(auth) });")).toBe(true);
    // Koa `(ctx)` on an unresolved registration: a route call or a path literal.
    expect(handler("router.post('/orders', async (ctx) => { ctx.body = ctx.request.body; });")).toBe(true);
    expect(handler('router.post(`${base}/orders`, async (ctx) => { ctx.body = ctx.request.body; });')).toBe(true);
    expect(handler('router.post(String.fromCharCode(47) + "orders", async (ctx) => { ctx.body = ctx.request.body; });')).toBe(true);
    // Lambda, Workers, Next.js, GraphQL.
    expect(handler('export const handler = async (event) => ({ statusCode: 200, body: event.body });')).toBe(true);
    expect(handler('export default { async fetch(request, env) { return new Response(await request.text()); } };')).toBe(true);
    expect(handler('export async function GET() { return Response.json([]); }', 'src/app/api/orders/route.ts')).toBe(true);
    expect(handler("import { NextRequest } from 'next/server';\nexport async function POST(request: NextRequest) {}")).toBe(true);
    expect(handler('export default function handle(q, s) {}', 'pages/api/pay.ts')).toBe(true);
    expect(handler('export default function Page({ searchParams }) {}', 'src/app/orders/page.tsx')).toBe(true);
    expect(handler('const resolvers = { Query: { order: (_, args) => find(args.id) } };')).toBe(true);
    expect(handler("import { Controller, Post } from '@nestjs/common';\n@Controller('pay') export class PayController {}")).toBe(true);
    expect(handler("import { Resolver, Args, Query } from '@nestjs/graphql';\n@Resolver() export class R { @Query() o(@Args('id') id: string) {} }")).toBe(true);
    // Excluded: `h` and `res` that are no second parameter, a `ctx` with no registration, page files that are
    // neither API routes nor App Router pages, services that only import NestJS, a constant named like a method.
    expect(handler('const h = 1;\nexport const Title = () => <h2>Orders</h2>;', 'src/components/title.tsx')).toBe(false);
    expect(handler('export default { render(h) { return h(App); } };')).toBe(false);
    expect(handler('this.request$ = this.http.get(url).pipe(switchMap((res) => res ? of(res) : EMPTY));')).toBe(false);
    expect(handler("import { Injectable } from '@nestjs/common';\n@Injectable() export class OrderService { find(ctx: RequestContext, id: ID) { return this.repo.findOne(ctx, id); } }")).toBe(false);
    expect(handler("import { Injectable } from '@nestjs/common';\n@Injectable() export class OnOrder { handle(event: OrderEvent) { return event.order; } }")).toBe(false);
    expect(handler('export const list = () => fetchOrders();', 'src/pages/orders/index.tsx')).toBe(false);
    expect(handler('export const list = () => fetchOrders();', 'src/app/orders/list.component.ts')).toBe(false);
    expect(handler("import { Query } from '@nestjs/graphql';\nexport const GET_ORDER = gql`query GetOrder { order { id } }`;")).toBe(false);
  });

  it('request data: a handler, or a browser source that gives data', () => {
    expect(relevant('const next = new URLSearchParams(location.search).get("next");', REQUEST_DATA_TRIGGER)).toBe(true);
    expect(relevant('el.innerHTML = document.referrer;', REQUEST_DATA_TRIGGER)).toBe(true);
    expect(relevant('const tab = window.location.hash;', REQUEST_DATA_TRIGGER)).toBe(true);
    expect(relevant("window.addEventListener('message', (e) => render(e.data));", REQUEST_DATA_TRIGGER)).toBe(true);
    expect(relevant('el.innerHTML = window.name;', REQUEST_DATA_TRIGGER)).toBe(true);
    expect(relevant('class C { constructor(private route: ActivatedRoute) {} id() { return this.route.snapshot.paramMap; } }', REQUEST_DATA_TRIGGER)).toBe(true);
    expect(relevant("document.getElementById('card').focus();\nlocation.reload();\nwindow.scrollTo(0, 0);", REQUEST_DATA_TRIGGER)).toBe(false);
  });

  it('credential text: format prefixes', () => {
    expect(relevant("const k = 'rk_live_abc';", CREDENTIAL_TEXT_TRIGGER)).toBe(true);
    expect(relevant('const k = process.env.KEY;', CREDENTIAL_TEXT_TRIGGER)).toBe(false);
  });
});

describe('relevance gating does not hide findings', () => {
  const linter = new Linter({ configType: 'flat' });
  const lint = (code: string, filename = 'src/server.ts') =>
    linter
      .verify(code, [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, plugin.configs.all as Linter.Config], filename)
      .map((message) => message.ruleId);

  it('a payment file still gets its reports, an unrelated file gets none', () => {
    // The key is assembled here so that this repository's own lint does not flag the test file.
    const liveKey = ['sk', 'live', '51HqLyjWDarjtT1zdp7dcXSsMbJ2pt4Mb'].join('_');
    expect(lint(`import Stripe from 'stripe';\nconst stripe = new Stripe('${liveKey}');\n`)).toContain(
      'payment-security/no-hardcoded-payment-secret',
    );
    expect(lint("import { PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();\nawait prisma.card.create({ data: { cvv: body.cvv } });\n")).toContain(
      'payment-security/no-card-data-storage',
    );
    expect(lint('export function add(a: number, b: number): number { return a + b; }\n')).toEqual([]);
  });

  it('log calls: a secret, the environment or a posted card form in a log still gets its report', () => {
    const rule = 'payment-security/no-sensitive-data-in-logs';
    expect(lint('export function f(user: { accessToken: string }) { console.log(user.accessToken); }\n')).toContain(rule);
    expect(lint('console.log(process.env);\n')).toContain(rule);
    expect(lint("import express from 'express';\nconst app = express();\napp.post('/checkout', (req, res) => { console.log(req.body); res.end(); });\n")).toContain(rule);
    expect(lint("import express from 'express';\nconst app = express();\napp.post('/users', (req, res) => { console.log(req.body); res.end(); });\n")).not.toContain(rule);
  });

  it('request data: Koa and Hapi handlers on unresolved registrations still get their reports', () => {
    const rule = 'payment-security/no-unsanitized-input';
    expect(lint("router.get('/r', (ctx) => { ctx.redirect(ctx.query.next); });\n")).toContain(rule);
    expect(lint("server.route({ method: 'GET', path: '/go', handler: ({ query }, h) => h.redirect(query.next) });\n")).toContain(rule);
    expect(lint('export const go = ({ query }, h) => h.redirect(query.next);\n')).toContain(rule);
    expect(lint("const next = new URLSearchParams(location.search).get('next');\nlocation.href = next;\n", 'src/app.ts')).toContain(rule);
  });

  it('a key split across concatenated literals is still found', () => {
    expect(lint("const key = 'sk_li' + 've_51HqLyjWDarjtT1zdp7dcXSsMbJ2pt4Mb';\n")).toContain('payment-security/no-hardcoded-payment-secret');
  });
});

describe('project modules that import only types of a framework do not make a file relevant', () => {
  const folder = mkdtempSync(join(tmpdir(), 'payment-security-type-imports-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  // Written before any look-up: folder listings are trusted for a moment (file-stamps.ts).
  mkdirSync(join(folder, 'src'));
  mkdirSync(join(folder, 'web'));
  writeFileSync(join(folder, 'src', 'app.ts'), "import express from 'express';\nexport const app = express();\n");
  writeFileSync(join(folder, 'src', 'context.ts'), "import { Request } from 'express';\nexport class Ctx { constructor(readonly req: Request) {} }\n");
  writeFileSync(join(folder, 'web', 'server.ts'), "import express from 'express';\nexport const app = express();\n");
  writeFileSync(join(folder, 'web', 'hono-app.ts'), "import type { Hono } from 'hono';\ndeclare const make: () => Hono;\nconst app: Hono = make();\nexport const api = app.basePath('/api');\n");
  writeFileSync(join(folder, 'web', 'http-types.ts'), "import { Request, Response } from 'express';\nexport type Route = (q: Request, s: Response) => void;\n");
  let count = 0;
  /**
   * A project module with `code`, as its absolute path: each in a folder of its own, since folder listings are
   * trusted for a moment (file-stamps.ts).
   */
  const module = (code: string): string => {
    const path = join(folder, `m${count++}`, 'index.ts');
    mkdirSync(dirname(path));
    writeFileSync(path, code);
    return path;
  };
  /** Whether the module can hand over an instance of `name` (no type of the package marks one: `[]`). */
  const handsOver = (code: string, name = 'express', types: readonly string[] = []): boolean =>
    projectModulesMention([module(code)], name, 1, types);

  it('excludes type-only imports: `import type`, `type` specifiers, bindings used only in annotations', () => {
    expect(handsOver("import type { Request, Response } from 'express';\nexport interface Ctx { req: Request; res: Response }")).toBe(false);
    expect(handsOver("import type express from 'express';\nexport type Req = express.Request;")).toBe(false);
    expect(handsOver("import type * as express from 'express';\nexport type Req = express.Request;")).toBe(false);
    expect(handsOver("import { type Request, type Response as Res, } from 'express';\nexport type Pair = [Request, Res];")).toBe(false);
    // As in a NestJS request context: the express type on a field, a parameter, a return type, an interface.
    const context = [
      "import { Request } from 'express';",
      "import { Injectable } from '@nestjs/common';",
      'interface RequestWithStores extends Request { stores?: unknown }',
      '/** The Express "Request" object. */',
      '@Injectable()',
      'export class RequestContext {',
      '  private readonly _req?: Request;',
      '  constructor(req?: Request) { this._req = req; }',
      '  get req(): Request | undefined { return this._req; }',
      '  clone(req: RequestWithStores): Partial<Request> { return { ...req }; }',
      '}',
    ].join('\n');
    expect(handsOver(context)).toBe(false);
    expect(handsOver("import express from 'express';\nexport function f(req: express.Request): void {}")).toBe(false);
    expect(handsOver("import { Request } from 'express';\nimport type { Response } from 'express';\nexport type H = (q: Request, s: Response) => void;")).toBe(false);
  });

  it('keeps every import that may be a value, and every shape it cannot read', () => {
    expect(handsOver("import express from 'express';\nexport const app = express();")).toBe(true);
    expect(handsOver("import { Router } from 'express';\nexport const router = Router();")).toBe(true);
    expect(handsOver("import * as e from 'express';\nexport const json = e.json();")).toBe(true);
    expect(handsOver("import { Request } from 'express';\nexport const R = Request;")).toBe(true);
    expect(handsOver("import { Request } from 'express';\nexport { Request };")).toBe(true);
    expect(handsOver("import { Request } from 'express';\nexport type R = typeof Request;")).toBe(true);
    expect(handsOver("import express, { type Request } from 'express';\nexport const app = express();")).toBe(true);
    // Not TypeScript, but what the instance summaries would still follow: a type-only binding that is called.
    expect(handsOver("import type express from 'express';\nexport const app = express();")).toBe(true);
    expect(handsOver("export * from 'express';")).toBe(true);
    expect(handsOver("export type { Request } from 'express';")).toBe(true);
    expect(handsOver("const express = require('express');\nmodule.exports = express();")).toBe(true);
    expect(handsOver("import express = require('express');\nexport const app = express();")).toBe(true);
    expect(handsOver("export const load = () => import('express');")).toBe(true);
    expect(handsOver("import 'express';")).toBe(true);
    expect(handsOver("import {} from 'express';")).toBe(true);
    expect(handsOver("import router from 'express/lib/router';\nexport type R = router;")).toBe(true);
    expect(handsOver("import { Request /* the request */ } from 'express';\nexport type R = Request;")).toBe(true);
    expect(handsOver("import type { Request } from 'express';\n// mocked with jest.mock('express')\nexport type R = Request;")).toBe(true);
    // A type of the package whose annotation alone makes an instance (`const app: Hono = …`) counts.
    const typed = "import type { Hono } from 'hono';\ndeclare const make: () => Hono;\nconst app: Hono = make();\nexport const api = app.basePath('/api');";
    expect(handsOver(typed, 'hono', ['Hono'])).toBe(true);
    expect(handsOver(typed, 'hono', [])).toBe(false);
    expect(handsOver("import type Koa from 'koa';\nexport type App = Koa;", 'koa', ['default'])).toBe(true);
    expect(handsOver("import type { Context } from 'hono';\nexport type C = Context;", 'hono', ['Hono'])).toBe(false);
    // Without types, any mention counts, as before.
    expect(projectModulesMention([module("import type { Request } from 'express';\nexport type R = Request;")], 'express')).toBe(true);
  });

  /** Whether `code`, as `<name>.ts` of the folder, passes `trigger`. */
  const relevantAt = (name: string, code: string, trigger: Trigger, services?: object): boolean => {
    const filename = join(folder, `${name}.ts`);
    let answer: boolean | undefined;
    const parser = services
      ? { parseForESLint: (text: string, options: object) => {
          const parsed = tsParser.parseForESLint(text, options as never);
          return { ...parsed, services: { ...parsed.services, ...services } };
        } }
      : tsParser;
    const linter = new Linter({ configType: 'flat', cwd: folder });
    linter.verify(
      code,
      [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: parser as never },
          plugins: { probe: { rules: { probe: { create(context) {
            answer = matchesTrigger(getFileFacts(context.sourceCode as never, context.filename), compileTrigger(trigger));
            return {};
          } } } } },
          rules: { 'probe/probe': 'error' },
        },
      ],
      { filename },
    );
    return answer!;
  };

  it('the request-handler trigger: a registration on an imported app, not on a file importing express types', () => {
    expect(relevantAt('src/routes', "import { app } from './app';\napp.get(ROUTE, (q, s) => s.end());", REQUEST_HANDLER_TRIGGER)).toBe(true);
    expect(relevantAt('src/service', "import { Ctx } from './context';\nexport function find(ctx: Ctx, id: string) { return repo.get(ctx, id); }", REQUEST_HANDLER_TRIGGER)).toBe(false);
    // A trigger naming the module itself (`modules`) is not told which types matter: any mention counts.
    expect(relevantAt('src/service', "import { Ctx } from './context';\nexport const f = (ctx: Ctx) => ctx;", { modules: ['express'] })).toBe(true);
    // Linted with type information, a value's declared type may come from such a module: it counts.
    const typeChecked = { program: { getTypeChecker: () => ({}) }, esTreeNodeToTSNodeMap: new WeakMap() };
    expect(relevantAt('src/service', "import { Ctx } from './context';\nexport function find(ctx: Ctx, id: string) { return repo.get(ctx, id); }", REQUEST_HANDLER_TRIGGER, typeChecked)).toBe(true);
  });

  it('end to end: an Express app created in another module and used here still gets its report', () => {
    const lint = (name: string, code: string): number[] =>
      new Linter({ configType: 'flat', cwd: folder })
        .verify(
          code,
          [
            {
              files: ['**/*.ts'],
              languageOptions: { parser: tsParser },
              plugins: { ps: { rules: { 'no-unsanitized-input': unsanitizedInput as never } } },
              rules: { 'ps/no-unsanitized-input': 'error' },
            },
          ],
          { filename: join(folder, 'web', `${name}.ts`) },
        )
        .map((message) => (message.fatal ? -1 : message.line));
    // Parameters named neither `req` nor `res` and no path literal: only the imported app makes this a handler.
    expect(lint('redirect', "import { app } from './server';\napp.get(ROUTE, (q, s) => s.redirect(String(q.query.next)));\n")).toEqual([2]);
    // Only a type of Hono, but the one whose annotation makes an instance (`const app: Hono`): still found.
    expect(lint('hono-redirect', "import { api } from './hono-app';\napi.get(ROUTE, (c) => c.redirect(c.req.query('next')));\n")).toEqual([2]);
    // The twin imports only express types from the project: a look-alike object, nothing to report.
    expect(lint('redirect-twin', "import type { Route } from './http-types';\nconst app = { get(path: string, handle: Route) {} };\napp.get(ROUTE, (q, s) => s.redirect(String(q.query.next)));\n")).toEqual([]);
    expect(relevantAt('web/redirect-twin', "import type { Route } from './http-types';\nconst app = { get(path: string, handle: Route) {} };\napp.get(ROUTE, (q, s) => s.redirect(String(q.query.next)));\n", REQUEST_HANDLER_TRIGGER)).toBe(false);
  });
});
