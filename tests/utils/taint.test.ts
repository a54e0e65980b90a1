import * as tsParser from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { getTaintAnalysis, type TaintKind } from '../../src/requests/taint.js';

/**
 * Lint `code`; for every `sink(expr)` call report the taint label reaching `expr` for `kind`, or `-` when clean.
 */
function sinks(
  code: string,
  kind: TaintKind = 'sql',
  options: { filename?: string; sanitizers?: string[]; commonjs?: boolean } = {},
): string[] {
  const out: string[] = [];
  const linter = new Linter({ configType: 'flat' });
  const filename = options.filename ?? 'file.ts';
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.js', '**/*.tsx'],
        languageOptions: { parser: tsParser, sourceType: options.commonjs ? 'commonjs' : 'module' },
        plugins: {
          probe: {
            rules: {
              probe: {
                create(context) {
                  return {
                    'CallExpression[callee.name="sink"]'(node: TSESTree.CallExpression) {
                      const sourceCode = context.sourceCode as unknown as SourceCode;
                      const analysis = getTaintAnalysis(sourceCode, { filename: context.filename, sanitizers: options.sanitizers });
                      const argument = node.arguments[0];
                      const taint = argument ? analysis.taintAt(argument, kind) : null;
                      out.push(taint ? taint.label : '-');
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
    filename,
  );
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(fatal.message);
  return out;
}

const EXPRESS = `import express from 'express';\nconst app = express();\n`;

describe('taint sources', () => {
  it('Express request parts, destructuring, defaults and renames', () => {
    expect(
      sinks(`${EXPRESS}
app.post('/x', (req, res) => {
  const { email, name: customer = 'anon', address: { city } } = req.body;
  const id = req.params.id;
  sink(email); sink(customer); sink(city); sink(id);
  sink(req.query); sink(req.get('x-forwarded-host')); sink(req.headers['user-agent']);
  sink(req.method); sink(req.user.id); sink(req.ip);
});`),
    ).toEqual([
      'req.body.email',
      'req.body.name',
      'req.body.address.city',
      'req.params.id',
      'req.query',
      "req.get('x-forwarded-host')",
      'req.headers.user-agent',
      '-',
      '-',
      '-',
    ]);
  });

  it('destructured request parameters and conventional shapes on unresolved apps', () => {
    expect(
      sinks(`export function routes(router) {
  router.get('/search', ({ query: { q } }, res) => { sink(q); });
  router.post('/p', async (request, reply) => { sink(request.body.note); });
}`),
    ).toEqual(['req.query.q', 'request.body.note']);
  });

  it('Koa, Hono, Next.js, Lambda and NestJS sources', () => {
    expect(
      sinks(`import Router from '@koa/router';
const router = new Router();
router.get('/a', async (ctx) => { sink(ctx.request.body.name); sink(ctx.query.q); sink(ctx.state.user); });
`),
    ).toEqual(['ctx.request.body.name', 'ctx.query.q', '-']);
    expect(
      sinks(`import { Hono } from 'hono';
const app = new Hono();
app.post('/a', async (c) => { const body = await c.req.json(); sink(body.name); sink(c.req.query('q')); sink(c.req.valid('json')); });
`),
    ).toEqual(["c.req.json().name", "c.req.query('q')", '-']);
    expect(
      sinks(
        `export async function POST(request: Request, { params }) {
  const { returnTo } = await request.json();
  const next = new URL(request.url).searchParams.get('next');
  sink(returnTo); sink(next); sink(params.id); sink(request.nextUrl.searchParams.get('q'));
}`,
        'sql',
        { filename: 'app/api/pay/route.ts' },
      ),
    ).toEqual(['request.json().returnTo', 'request.url.searchParams', 'context.params.id', 'request.nextUrl.searchParams']);
    expect(
      sinks(`export const handler = async (event) => {
  const body = JSON.parse(event.body ?? '{}');
  sink(body.orderId); sink(event.pathParameters.id); sink(event.requestContext.requestId);
};`),
    ).toEqual(['event.body.orderId', 'event.pathParameters.id', '-']);
    expect(
      sinks(`import { Body, Controller, Post, Query, Req } from '@nestjs/common';
@Controller('p')
class C {
  @Post()
  create(@Body('email') email: string, @Query() query, @Req() req) { sink(email); sink(query.sort); sink(req.body.x); }
}`),
    ).toEqual(["@Body('email')", '@Query().sort', 'req.body.x']);
  });

  it('Stripe webhook events are untrusted under data.object', () => {
    expect(
      sinks(`import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.KEY);
const app = express();
app.post('/webhook', (req, res) => {
  const event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], secret);
  const session = event.data.object;
  sink(session.customer_details.name); sink(event.type); sink(event.id);
});`),
    ).toEqual(['event.data.object.customer_details.name', '-', '-']);
  });

  it('browser location sources only reach client-side kinds', () => {
    const code = `const params = new URLSearchParams(window.location.search);\nsink(params.get('next'));\nsink(location.hash.slice(1));`;
    expect(sinks(code, 'redirect')).toEqual(['window.location.search', 'location.hash']);
    expect(sinks(code, 'sql')).toEqual(['-', '-']);
  });

  it('does not treat parameters of ordinary functions as sources', () => {
    expect(sinks(`export function build(req) { sink(req.body.id); }\nfunction f(event) { sink(event.body); }`)).toEqual(['-', '-']);
  });
});

describe('propagation', () => {
  it('templates, concatenation, arrays, objects, JSON, awaits and string methods', () => {
    expect(
      sinks(`${EXPRESS}
app.get('/x', async (req, res) => {
  const q = req.query.q;
  sink(\`SELECT * FROM t WHERE a = '\${q}'\`);
  sink('SELECT ' + q.trim().toLowerCase());
  sink([q, 'x'].join(','));
  sink(JSON.stringify({ q }));
  sink(String(q));
  sink(await q);
  sink(q.length);
  sink(q === 'a');
});`),
    ).toEqual(['req.query.q', 'req.query.q', 'req.query.q', 'req.query.q', 'req.query.q', 'req.query.q', '-', '-']);
  });

  it('unknown calls do not propagate; lookups keyed by client ids are clean', () => {
    expect(
      sinks(`${EXPRESS}
const PRICES = { basic: 500 };
app.post('/x', async (req, res) => {
  sink(lookup(req.body.id));
  sink(PRICES[req.body.plan]);
  sink((await db.product.findUnique({ where: { id: req.body.id } })).price);
});`),
    ).toEqual(['-', '-', '-']);
  });

  it('same-file helpers are followed one level', () => {
    expect(
      sinks(`${EXPRESS}
function buildQuery(name) { return "SELECT * FROM users WHERE name = '" + name + "'"; }
const wrap = (v) => inner(v);
function inner(v) { return v; }
app.get('/x', (req, res) => { sink(buildQuery(req.query.name)); sink(wrap(req.query.name)); sink(buildQuery('x')); });`),
    ).toEqual(['req.query.name', '-', '-']);
  });

  it('reassignment: a later clean plain write wins, appends keep taint', () => {
    expect(
      sinks(`${EXPRESS}
app.get('/x', (req, res) => {
  let id = req.query.id;
  id = Number(id);
  sink(id);
  let sql = 'SELECT * FROM t';
  sql += ' WHERE name = ' + req.query.name;
  sink(sql);
});`),
    ).toEqual(['-', 'req.query.name']);
  });

  it('for-of elements and array callbacks carry taint', () => {
    expect(
      sinks(`${EXPRESS}
app.post('/x', (req, res) => {
  for (const item of req.body.items) sink(item.name);
  req.body.items.map((line) => sink(line.price));
});`),
    ).toEqual(['req.body.items[].name', 'req.body.items[].price']);
  });
});

describe('sanitizers and guards', () => {
  it('numeric coercion clears injection kinds but not amounts', () => {
    const code = `${EXPRESS}
app.post('/x', (req, res) => { sink(Number(req.body.amount)); sink(parseInt(req.body.amount, 10)); sink(req.body.amount * 100); sink(+req.body.amount); });`;
    expect(sinks(code, 'sql')).toEqual(['-', '-', '-', '-']);
    expect(sinks(code, 'amount')).toEqual(['req.body.amount', 'req.body.amount', 'req.body.amount', 'req.body.amount']);
  });

  it('escapers clear only their own kind', () => {
    const code = `import escapeHtml from 'escape-html';
import mysql from 'mysql2';
${EXPRESS.replace("import express from 'express';\n", "import express from 'express';\n")}
app.get('/x', (req, res) => { sink(escapeHtml(req.query.q)); sink(mysql.escape(req.query.q)); sink(encodeURIComponent(req.query.q)); });`;
    expect(sinks(code, 'html')).toEqual(['-', 'req.query.q', '-']);
    expect(sinks(code, 'sql')).toEqual(['req.query.q', '-', 'req.query.q']);
  });

  it('schema parsing and configured sanitizers make values clean', () => {
    expect(
      sinks(
        `${EXPRESS}
app.post('/x', (req, res) => {
  const body = Schema.parse(req.body);
  sink(body.name);
  sink(cleanInput(req.body.name));
});`,
        'sql',
        { sanitizers: ['cleanInput'] },
      ),
    ).toEqual(['-', '-']);
  });

  it('guards: early exits, positive branches, allowlists, regexes, equality and bounds', () => {
    const code = `${EXPRESS}
const ALLOWED = ['/cart', '/orders'];
app.get('/x', (req, res) => {
  const { next, id, amount, sort } = req.query;
  if (!ALLOWED.includes(next)) return res.status(400).end();
  sink(next);
  if (validator.isUUID(id)) { sink(id); }
  sink(id);
  if (!/^[a-z_]+$/.test(sort)) throw new Error('bad sort');
  sink(sort);
  if (amount > 10000) return;
  sink(amount);
});`;
    expect(sinks(code, 'sql')).toEqual(['-', '-', 'req.query.id', '-', 'req.query.amount']);
    expect(sinks(code, 'amount')).toEqual(['-', '-', 'req.query.id', '-', '-']);
  });

  it('redirect-only guards: startsWith', () => {
    const code = `${EXPRESS}
app.get('/x', (req, res) => {
  const to = req.query.to;
  if (to.startsWith('/') && !to.startsWith('//')) sink(to);
});`;
    expect(sinks(code, 'redirect')).toEqual(['-']);
    expect(sinks(code, 'sql')).toEqual(['req.query.to']);
  });

  it('null checks are not guards', () => {
    expect(
      sinks(`${EXPRESS}
app.get('/x', (req, res) => { const q = req.query.q; if (q === undefined || q == null) return; sink(q); });`),
    ).toEqual(['req.query.q']);
  });
});

describe('robustness', () => {
  it('cyclic assignments and deep nesting terminate', () => {
    const deep = `${'('.repeat(200)}req.body.x${')'.repeat(200)}`;
    expect(
      sinks(`${EXPRESS}
app.get('/x', (req, res) => {
  let a = req.query.a; let b = a; a = b + '1';
  sink(a);
  sink(${deep});
});`),
    ).toEqual(['req.query.a', 'req.body.x']);
  });
});

describe('guards on the request object', () => {
  it('checking the request object itself does not clean its data', () => {
    expect(
      sinks(`${EXPRESS}
app.post('/x', (req, res) => {
  ensureAuthenticated(req);
  if (!isAdmin(req)) return res.sendStatus(403);
  sink(req.body.name);
  validateBody(req.body);
  sink(req.body.name);
});`),
    ).toEqual(['req.body.name', '-']);
  });
});
