import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rule from '../../rules/no-unsanitized-input.js';
import vueParser from 'vue-eslint-parser';
import tsParser from '@typescript-eslint/parser';
import { commonjs, createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

// Projects declaring old and current majors of libraries whose evaluation became safe in a later major.
const projects = mkdtempSync(join(tmpdir(), 'payment-security-taint-'));
for (const [name, dependencies] of [
  ['old', { mathjs: '3.10.1', 'js-yaml': '^3.14.1' }],
  ['current', { mathjs: '^12.4.0', 'js-yaml': '^4.1.0' }],
] as const) {
  mkdirSync(join(projects, name, 'src'), { recursive: true });
  writeFileSync(join(projects, name, 'package.json'), JSON.stringify({ name, dependencies }));
}
const inProject = (name: 'old' | 'current') => join(projects, name, 'src', 'calc.js');

ruleTester.run('no-unsanitized-input', rule, {
  valid: [
    {
      name: "country looked up by a JSON body country code (an ordinary attribute, operatorLookups off)",
      code: `import express from 'express';
const app = express();
app.post('/shipping/quote', async (req, res) => {
  const country = await Country.findOne({ code: req.body.countryCode });
  res.json({ rate: country ? country.shippingRate : null });
});`,
    },
    {
      name: "login lookup by a JSON body e-mail followed by a password check (operatorLookups off)",
      code: `import express from 'express';
import bcrypt from 'bcrypt';
const app = express();
app.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) return res.sendStatus(401);
  res.json({ token: issueToken(user.id) });
});`,
    },
    {
      name: "sign-up exists-check by a JSON body e-mail (operatorLookups off)",
      code: `import express from 'express';
const app = express();
app.post('/register', async (req, res) => {
  if (await User.findOne({ email: req.body.email })) return res.status(409).json({ error: 'email taken' });
  res.status(201).json(await User.create({ email: String(req.body.email) }));
});`,
    },
    {
      name: "Undeclared name reassigned to a fixed path before the write (sloppy script)",
      code: `const express = require('express');
const fsPromise = require('fs').promises;
const app = express();
app.post('/upload', async (req, res) => {
  target = __dirname + '/uploads/' + req.body.name;
  target = __dirname + '/uploads/latest.txt';
  await fsPromise.writeFile(target, req.body.content);
  res.end();
});`,
      ...commonjs,
    },
    {
      name: "File name that may not contain a slash, served from a fixed directory",
      code: `import path from 'path';
export function serveKeyFiles () {
  return ({ params }, res, next) => {
    const file = params.file;
    if (!file.includes('/')) {
      res.sendFile(path.resolve('encryptionkeys/', file));
    } else {
      next(new Error('File names cannot contain forward slashes!'));
    }
  };
}`,
    },
    // --- sinks branch: GraphQL resolver arguments ------------------------------------------------------------
    {
      name: "GraphQL resolver map: arguments bound as query parameters and a basename-only file path",
      code: `import { ApolloServer } from '@apollo/server';
import path from 'path';
import fs from 'fs/promises';
const resolvers = {
  Query: {
    order: (parent, args, context) => context.db.query('SELECT * FROM orders WHERE id = $1', [args.id]),
    receipt: async (parent, { file }) => fs.readFile(path.join('/receipts', path.basename(file))),
  },
};
export const server = new ApolloServer({ typeDefs, resolvers });`,
    },
    {
      name: "An object with a Query key that is no resolver map (a state object) is not a source",
      code: `import { exec } from 'child_process';
const state = {
  Query: {
    run: (parent, args) => exec('ls ' + args.dir),
  },
};
export default state;`,
    },
    {
      name: "NestJS GraphQL resolver: a parent field and a non-argument parameter are not client input",
      code: `import { Resolver, Query, ResolveField, Parent } from '@nestjs/graphql';
import { exec } from 'child_process';
@Resolver()
export class OrdersResolver {
  @ResolveField()
  label(@Parent() order: Order) {
    return exec('echo ' + order.name);
  }
}`,
    },
    // --- sinks branch: Node server events, vm contexts, NestJS @Redirect, execa -------------------------------
    {
      name: "Node server 'upgrade' and 'error' listeners are not request handlers; the request path only chooses a local path",
      code: `import http from 'http';
import { exec } from 'child_process';
const server = http.createServer();
server.on('error', (err, info) => exec('logger ' + info.url));
server.on('request', (req, res) => {
  res.writeHead(302, { Location: req.url });
  res.end();
});`,
    },
    {
      name: "vm context holding request data the static code only reads as data",
      code: `import express from 'express';
import vm from 'vm';
const app = express();
app.post('/total', (req, res) => {
  const context = { items: req.body.items, result: 0 };
  vm.runInNewContext('result = items.length', context);
  res.json({ total: context.result });
});`,
    },
    {
      name: "NestJS @Redirect() handler returning a fixed URL with the query as a parameter",
      code: `import { Controller, Get, Query, Redirect } from '@nestjs/common';
@Controller('checkout')
export class CheckoutController {
  @Get('done')
  @Redirect('https://shop.example/orders', 302)
  done(@Query('order') order: string) {
    return { url: \`https://shop.example/orders/\${encodeURIComponent(order)}\` };
  }
}`,
    },
    {
      name: "execa template and argument arrays without a shell",
      code: `import express from 'express';
import { execa, $ } from 'execa';
const app = express();
app.post('/convert', async (req, res) => {
  await execa('convert', [req.body.input, 'out.pdf']);
  await $\`convert \${req.body.input} out.pdf\`;
  res.end();
});`,
    },
    // --- sinks branch: NoSQL filter fields, text helpers, printf-style SQL -------------------------------------
    {
      name: "Mongo filter field from the route path (a string) and a body field checked to be a string",
      code: `import express from 'express';
const app = express();
app.post('/orders/:id', async (req, res) => {
  const order = await Order.findOne({ _id: req.params.id });
  if (typeof req.body.email !== 'string') return res.sendStatus(400);
  const customer = await Customer.findOne({ email: req.body.email });
  res.json({ order, customer });
});`,
    },
    {
      name: "Mongo filter fields cast to strings, or built from a template",
      code: `import express from 'express';
const app = express();
app.post('/login', async (req, res) => {
  const user = await User.findOne({ email: String(req.body.email), status: \`\${req.body.status}\` });
  res.json(user);
});`,
    },
    {
      name: "Sequelize where options and update(values, { where }) are not MongoDB filters",
      code: `import express from 'express';
const app = express();
app.post('/users/:id', async (req, res) => {
  const user = await User.findOne({ where: { email: req.body.email } });
  await User.update({ name: req.body.name }, { where: { id: req.params.id } });
  res.json(user);
});`,
    },
    {
      name: "NestJS validated DTO fields in a Mongo filter (class-validator types the fields)",
      code: `import { Body, Controller, Post } from '@nestjs/common';
@Controller('auth')
export class AuthController {
  constructor(private readonly userModel: UserModel) {}
  @Post('login')
  login(@Body() dto: LoginDto) {
    return this.userModel.findOne({ email: dto.email });
  }
}`,
    },
    {
      name: "mongo-sanitize on a body field before the filter",
      code: `import express from 'express';
import sanitize from 'mongo-sanitize';
const app = express();
app.post('/login', async (req, res) => {
  res.json(await User.findOne({ email: sanitize(req.body.email) }));
});`,
    },
    {
      name: "Unknown helpers that look up or format a number do not carry the request text",
      code: `import express from 'express';
import * as utils from './utils';
const app = express();
app.get('/orders/:id', async (req, res) => {
  const order = await utils.findOrder(req.params.id);
  const total = utils.formatPrice(req.query.total);
  res.send(\`<p>\${order}</p><p>\${total}</p>\`);
});`,
    },
    {
      name: "Same-file helper assigned to a var that parses to a number clears the value",
      code: `var express = require('express');
var app = express();
var toId = function (value) {
  return parseInt(value, 10);
};
app.get('/c/:id', function (req, res) {
  db.query('SELECT * FROM customers WHERE id = ' + toId(req.params.id), function (err, rows) { res.json(rows); });
});`,
    },
    {
      name: "Same-file helper named normalize that parses to a number clears the value",
      code: `import express from 'express';
const app = express();
function normalizeId(value) {
  return Number.parseInt(value, 10);
}
app.get('/reviews/:id', async (req, res) => {
  res.json(await Review.find({ $where: 'this.product == ' + normalizeId(req.params.id) }));
});`,
    },
    {
      name: "util.format SQL with a number and a pg placeholder query",
      code: `import express from 'express';
import util from 'util';
import { Pool } from 'pg';
const pool = new Pool();
const app = express();
app.get('/orders', async (req, res) => {
  const sql = util.format('SELECT * FROM orders LIMIT %d', Number(req.query.limit));
  res.json(await pool.query(sql));
});`,
    },
    {
      name: "NestJS controller hands the query DTO to its own service's find()",
      code: `import { Controller, Get, Query } from '@nestjs/common';
@Controller('payments')
export class PaymentsController {
  constructor(private readonly paymentsService: PaymentsService) {}
  @Get()
  list(@Query() filter: Record<string, unknown>) {
    return this.paymentsService.find(filter);
  }
}`,
    },
    {
      name: "cross-spawn with an argument array and no shell",
      code: `import express from 'express';
import spawn from 'cross-spawn';
const app = express();
app.post('/convert', (req, res) => {
  spawn.sync('convert', [String(req.body.input), 'out.pdf'], { stdio: 'inherit' });
  res.sendStatus(204);
});`,
    },
    {
      name: "shell program with a fixed script and request data as a positional argument",
      code: `import express from 'express';
import { spawn, execFile } from 'node:child_process';
const app = express();
app.post('/reports', (req, res) => {
  spawn('/bin/sh', ['scripts/report.sh', req.body.month]);
  execFile('bash', ['-c', 'make report', '--', req.body.month]);
  res.sendStatus(202);
});`,
    },
    {
      name: "Node http server: HTTPS redirect of the request target and a fixed-directory file by base name",
      code: `const http = require('http');
const path = require('path');
const fs = require('fs');
http.createServer((req, res) => {
  if (!req.headers['x-forwarded-proto']) {
    res.writeHead(301, { Location: 'https://shop.example.com' + req.url });
    return res.end();
  }
  const file = new URL(req.url, 'http://localhost').searchParams.get('receipt');
  fs.createReadStream(path.join('receipts', path.basename(String(file)))).pipe(res);
}).listen(8080);`,
      languageOptions: commonjs.languageOptions,
    },
    {
      name: "file extension taken from the request only when it is on an allowlist",
      code: `import express from 'express';
import fs from 'node:fs';
const app = express();
app.post('/avatar', (req, res) => {
  const url = String(req.body.imageUrl);
  const last = url.split('.').slice(-1)[0].toLowerCase();
  const ext = ['jpg', 'jpeg', 'png'].includes(last) ? last : 'jpg';
  fs.createWriteStream('avatars/' + req.user.id + '.' + ext);
  res.sendStatus(202);
});`,
    },
    {
      name: "emptiness check does not validate: equal-to-empty branch only sends an error",
      code: `import express from 'express';
const app = express();
import { Pool } from 'pg';
const pool = new Pool();
app.post('/plans', async (req, res) => {
  if (req.body.plan === 'gold') await pool.query("SELECT * FROM plans WHERE name = '" + req.body.plan + "'");
  res.sendStatus(204);
});`,
    },
    {
      name: "sendFile with a root option stays inside the root",
      code: `import express from 'express';
import path from 'node:path';
const app = express();
app.get('/files/:name', (req, res) => {
  res.sendFile(req.params.name, { root: path.join(process.cwd(), 'public') });
});`,
    },
    {
      name: "path.basename keeps only the last segment",
      code: `import express from 'express';
import fs from 'node:fs';
import path from 'node:path';
const app = express();
app.get('/invoices/:file', (req, res) => {
  fs.createReadStream(path.join('invoices', path.basename(req.params.file))).pipe(res);
});`,
    },
    {
      name: "resolved path checked to stay inside the directory",
      code: `import express from 'express';
import path from 'node:path';
const app = express();
const ROOT = path.resolve('receipts');
app.get('/receipts', (req, res) => {
  const full = path.resolve(ROOT, String(req.query.name));
  if (!full.startsWith(ROOT + path.sep)) return res.sendStatus(403);
  res.download(full);
});`,
    },
    {
      name: "parent-directory segments rejected before reading",
      code: `import express from 'express';
import { readFile } from 'node:fs/promises';
const app = express();
app.get('/docs', async (req, res) => {
  const name = String(req.query.doc);
  if (name.includes('..')) return res.sendStatus(400);
  res.type('text/plain').send(await readFile('docs/' + name, 'utf8'));
});`,
    },
    {
      name: "upload middleware's own file path (multer, express-fileupload)",
      code: `import express from 'express';
import fs from 'node:fs';
const app = express();
app.post('/statements', (req, res) => {
  const csv = fs.readFileSync(req.file.path, 'utf8');
  fs.unlinkSync(req.files.statement.tempFilePath);
  res.json({ rows: csv.split('\\n').length });
});`,
    },
    {
      name: "request data as file content, not as the path",
      code: `import express from 'express';
import { writeFile } from 'node:fs/promises';
const app = express();
app.post('/notes', async (req, res) => {
  await writeFile('notes/' + Date.now() + '.txt', req.body.text);
  res.sendStatus(201);
});`,
    },
    {
      name: "JSON.parse of an uploaded export instead of node-serialize",
      code: `const express = require('express');
const app = express();
app.post('/import', (req, res) => {
  const products = JSON.parse(req.files.products.data.toString('utf8'));
  res.json({ count: products.length });
});`,
      languageOptions: commonjs.languageOptions,
    },
    {
      name: "mathjs 12 evaluates in its own sandboxed expression language",
      code: `const express = require('express');
const mathjs = require('mathjs');
const app = express();
app.post('/calc', (req, res) => {
  res.json({ result: mathjs.evaluate(req.body.eqn) });
});`,
      filename: inProject('current'),
      languageOptions: commonjs.languageOptions,
    },
    {
      name: "mathjs with no declared version is unknown",
      code: `const express = require('express');
const mathjs = require('mathjs');
const app = express();
app.post('/calc', (req, res) => {
  res.json({ result: mathjs.eval(req.body.eqn) });
});`,
      languageOptions: commonjs.languageOptions,
    },
    {
      name: "js-yaml 4 load has no function types",
      code: `const express = require('express');
const yaml = require('js-yaml');
const app = express();
app.post('/config', (req, res) => {
  res.json(yaml.load(req.body.yaml));
});`,
      filename: inProject('current'),
      languageOptions: commonjs.languageOptions,
    },
    {
      name: "reload of the page's own address with the query stripped",
      code: `const url = window.location.href;
if (url.indexOf('redirectResult') !== -1) {
  window.location.href = url.substring(0, url.indexOf('?'));
}`,
    },
    {
      name: "pg parameterized query",
      code: `import express from 'express';
const app = express();
import { Pool } from 'pg';
const pool = new Pool();
app.get('/orders/:id', async (req, res) => {
  const { rows } = await pool.query('SELECT * FROM orders WHERE id = $1 AND customer = $2', [req.params.id, req.query.customer]);
  res.json(rows);
});`,
    },
    {
      name: "pg config object with values",
      code: `import express from 'express';
const app = express();
import { Pool } from 'pg';
const pool = new Pool();
app.get('/o', async (req, res) => {
  await pool.query({ text: 'SELECT * FROM orders WHERE id = $1', values: [req.query.id] });
});`,
    },
    {
      name: "mysql2 execute with placeholders",
      code: `import mysql from 'mysql2/promise';
const pool = mysql.createPool({});
export const handler = async (event) => {
  const body = JSON.parse(event.body);
  const [rows] = await pool.execute('SELECT * FROM payments WHERE ref = ?', [body.ref]);
  return { statusCode: 200, body: JSON.stringify(rows) };
};`,
    },
    {
      name: "Prisma tagged $queryRaw and Prisma.sql",
      code: `import Fastify from 'fastify';
import { PrismaClient, Prisma } from '@prisma/client';
const prisma = new PrismaClient();
const app = Fastify();
app.get('/p/:id', async (request, reply) => {
  const a = await prisma.$queryRaw\`SELECT * FROM p WHERE id = \${request.params.id}\`;
  const b = await prisma.$queryRaw(Prisma.sql\`SELECT * FROM p WHERE id = \${request.params.id}\`);
  return reply.send({ a, b });
});`,
    },
    {
      name: "number coercion before SQL",
      code: `import express from 'express';
const app = express();
app.get('/t/:id', async (req, res) => {
  const id = Number(req.params.id);
  const limit = parseInt(req.query.limit, 10);
  await db.query(\`SELECT * FROM t WHERE id = \${id} LIMIT \${limit}\`);
});`,
    },
    {
      name: "validator guard with early return",
      code: `import express from 'express';
const app = express();
import validator from 'validator';
app.get('/r', async (req, res) => {
  if (!validator.isUUID(req.query.ref)) return res.status(400).end();
  await db.query(\`SELECT * FROM t WHERE ref = '\${req.query.ref}'\`);
});`,
    },
    {
      name: "knex raw with bindings",
      code: `import express from 'express';
const app = express();
import knex from 'knex';
const db = knex({ client: 'pg' });
app.get('/u/:id', async (req, res) => {
  res.json(await db.raw('select * from users where id = ?', [req.params.id]));
});`,
    },
    {
      name: "knex query builder",
      code: `import express from 'express';
const app = express();
import knex from 'knex';
const db = knex({ client: 'pg' });
app.get('/u', async (req, res) => {
  res.json(await db('users').where({ email: req.query.email }).first());
});`,
    },
    {
      name: "res.json is not an HTML sink",
      code: `import express from 'express';
const app = express();
app.get('/search', (req, res) => {
  res.json({ q: req.query.q, results: [] });
});`,
    },
    {
      name: "res.send of plain text or objects",
      code: `import express from 'express';
const app = express();
app.get('/echo', (req, res) => {
  res.send({ received: req.body });
  res.status(400).send('Invalid amount');
});`,
    },
    {
      name: "escaped HTML",
      code: `import express from 'express';
const app = express();
import escapeHtml from 'escape-html';
app.get('/s', (req, res) => {
  res.send(\`<p>Results for \${escapeHtml(req.query.q)}</p>\`);
});`,
    },
    {
      name: "DOMPurify before innerHTML",
      code: `import DOMPurify from 'dompurify';
const params = new URLSearchParams(location.search);
document.getElementById('msg')!.innerHTML = DOMPurify.sanitize(params.get('msg') ?? '');`,
    },
    {
      name: "textContent is safe",
      code: `const params = new URLSearchParams(location.search);
document.getElementById('msg')!.textContent = params.get('msg');`,
    },
    {
      name: "execFile with argument array and no shell",
      code: `import express from 'express';
const app = express();
import { execFile } from 'node:child_process';
app.post('/receipt', (req, res) => {
  execFile('wkhtmltopdf', [req.body.url, '/tmp/out.pdf'], () => res.end());
});`,
    },
    {
      name: "exec with a constant command",
      code: `import express from 'express';
const app = express();
import { exec } from 'child_process';
app.post('/backup', (req, res) => {
  exec('pg_dump payments > /backups/payments.sql', () => res.end());
});`,
    },
    {
      name: "relative redirect with constant prefix",
      code: `import express from 'express';
const app = express();
app.get('/done', (req, res) => {
  res.redirect(\`/orders/\${encodeURIComponent(req.query.order)}\`);
  res.redirect('/orders/' + req.query.order);
});`,
    },
    {
      name: "redirect to a fixed origin",
      code: `import express from 'express';
const app = express();
app.get('/done', (req, res) => {
  res.redirect(\`https://shop.example.com/thanks?order=\${req.query.order}\`);
});`,
    },
    {
      name: "redirect after allowlist check",
      code: `import express from 'express';
const app = express();
const ALLOWED = ['/cart', '/account'];
app.get('/login', (req, res) => {
  const next = String(req.query.next);
  if (!ALLOWED.includes(next)) return res.redirect('/');
  res.redirect(next);
});`,
    },
    {
      name: "redirect after origin check",
      code: `import express from 'express';
const app = express();
const ORIGIN = 'https://shop.example.com';
app.get('/return', (req, res) => {
  const to = req.query.to;
  if (new URL(to, ORIGIN).origin !== ORIGIN) return res.sendStatus(400);
  res.redirect(to);
});`,
    },
    {
      name: "relative-path redirect guard",
      code: `import express from 'express';
const app = express();
app.get('/r', (req, res) => {
  const next = req.query.next;
  if (typeof next === 'string' && next.startsWith('/') && !next.startsWith('//')) res.redirect(next);
});`,
    },
    {
      name: "Next.js redirect to a fixed path",
      code: `import { NextResponse, type NextRequest } from 'next/server';
export async function GET(request: NextRequest) {
  return NextResponse.redirect(new URL('/login', request.url));
}`,
      filename: "app/auth/route.ts",
    },
    {
      name: "fetch to a fixed origin with a client id in the path",
      code: `import express from 'express';
const app = express();
import axios from 'axios';
app.get('/o/:id', async (req, res) => {
  const r = await fetch(\`https://api.partner.com/v1/orders/\${req.params.id}\`);
  const s = await axios.get(\`\${process.env.PARTNER_API}/orders/\${req.params.id}\`);
  res.json(await r.json());
});`,
    },
    {
      name: "Stripe success_url with a fixed origin",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/checkout', async (req, res) => {
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{ price: 'price_123', quantity: 1 }],
    success_url: \`https://shop.example.com/success?cart=\${req.body.cartId}\`,
    cancel_url: 'https://shop.example.com/cart',
  });
  res.json({ url: session.url });
});`,
    },
    {
      name: "values looked up server-side by request id",
      code: `import express from 'express';
const app = express();
const TEMPLATES = { basic: 'SELECT * FROM basic_plans' };
app.get('/plans', async (req, res) => {
  const sql = TEMPLATES[req.query.plan];
  res.json(await db.query(sql));
});`,
    },
    {
      name: "schema-parsed input",
      code: `import express from 'express';
const app = express();
import { z } from 'zod';
const Body = z.object({ name: z.string().max(50) });
app.post('/c', async (req, res) => {
  const { name } = Body.parse(req.body);
  await db.query(\`INSERT INTO customers (name) VALUES ('\${name}')\`);
});`,
    },
    {
      name: "configured sanitizer",
      code: `import express from 'express';
const app = express();
app.post('/c', async (req, res) => {
  const name = cleanSql(req.body.name);
  await db.query(\`INSERT INTO customers (name) VALUES ('\${name}')\`);
});`,
      options: [{"sanitizers": ["cleanSql"]}],
    },
    {
      name: "sink kinds can be limited",
      code: `import express from 'express';
const app = express();
app.get('/r', (req, res) => {
  res.redirect(req.query.next);
});`,
      options: [{"sinks": ["sql", "html"]}],
    },
    {
      name: "request data in log text",
      code: `import express from 'express';
const app = express();
app.get('/r', (req, res) => {
  console.log(\`SELECT requested by \${req.query.user}\`);
  logger.info('SELECT * FROM t WHERE a = ' + req.query.a);
});`,
    },
    {
      name: "not a request handler",
      code: `export async function findUser(db, req) {
  return db.query(\`SELECT * FROM users WHERE email = '\${req.body.email}'\`);
}`,
    },
    {
      name: "unknown helper result",
      code: `import express from 'express';
const app = express();
app.get('/r', async (req, res) => {
  const where = buildWhere(req.query);
  res.json(await db.query(\`SELECT * FROM t WHERE \${where}\`));
});`,
    },
    {
      name: "non-SQL query call on unknown object",
      code: `import express from 'express';
const app = express();
app.get('/r', async (req, res) => {
  const result = await search.query(\`name:\${req.query.q}\`);
  res.json(result);
});`,
    },
    {
      name: "Mongo filter with cast fields",
      code: `import express from 'express';
const app = express();
app.post('/login', async (req, res) => {
  const user = await User.findOne({ email: String(req.body.email) });
  res.json(user);
});`,
    },
    {
      name: "verified webhook metadata used safely",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/webhook', express.raw({ type: 'application/json' }), async (req, res) => {
  const event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, process.env.WHSEC!);
  const session = event.data.object;
  await db.query('UPDATE orders SET paid = true WHERE id = $1', [session.client_reference_id]);
  res.json({ received: true });
});`,
    },
    {
      name: "JSX text content is escaped by React",
      code: `export function Banner() {
  const msg = new URLSearchParams(location.search).get('msg');
  return <p className="banner">{msg}</p>;
}`,
      filename: "Banner.tsx",
    },
    {
      name: "CommonJS parameterized query",
      code: `const express = require('express');
const mysql = require('mysql');
const connection = mysql.createConnection({});
const app = express();
app.get('/u', (req, res) => {
  connection.query('SELECT * FROM users WHERE id = ?', [req.query.id], (err, rows) => res.json(rows));
});`,
      ...commonjs,
    },
    {
      name: "controller pg safe",
      code: `import { pool } from '../db';
export async function listInvoices(req, res) {
  const { rows } = await pool.query('SELECT * FROM invoices WHERE status = $1', [req.query.status]);
  res.json(rows);
}`,
    },
    {
      name: "nest parameterized",
      code: `import { Controller, Get, Query } from '@nestjs/common';
@Controller('reports')
export class ReportsController {
  @Get()
  list(@Query('from') from: string) {
    return this.repo.query('SELECT * FROM payments WHERE created_at > $1', [from]);
  }
}`,
    },
    {
      name: "lambda webhook SQL safe",
      code: `import { Client } from 'pg';
export const handler = async (event) => {
  const payload = JSON.parse(event.body);
  const client = new Client();
  await client.query('INSERT INTO events (type, email) VALUES ($1, $2)', [payload.type, payload.data.object.email]);
  return { statusCode: 200 };
};`,
    },
    {
      name: "fastify sqlite safe",
      code: `import Database from 'better-sqlite3';
const db = new Database('shop.db');
export default async function routes(fastify) {
  fastify.get('/orders', async (request, reply) => {
    return db.prepare('SELECT * FROM orders WHERE email = ?').all(request.query.email);
  });
}`,
    },
    {
      name: "hono fixed host",
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/rates', async (c) => {
  const res = await fetch(\`https://api.exchangerate.host/latest?base=\${c.req.query('base')}\`);
  return c.json(await res.json());
});`,
    },
    {
      name: "express validator middleware + typed number",
      code: `import express from 'express';
const app = express();
app.get('/orders/:id', async (req, res) => {
  const id = parseInt(req.params.id, 10);
  if (Number.isNaN(id)) return res.sendStatus(400);
  res.json(await db.query(\`SELECT * FROM orders WHERE id = \${id}\`));
});`,
    },
    {
      name: "koa json body",
      code: `import Router from '@koa/router';
const router = new Router();
router.post('/x', async (ctx) => { ctx.body = { ok: true, name: ctx.request.body.name }; });`,
    },
    {
      name: "sequelize replacements",
      code: `module.exports = function search () {
  return (req, res) => {
    models.sequelize.query('SELECT * FROM Products WHERE name LIKE :q', { replacements: { q: \`%\${req.query.q}%\` } }).then((r) => res.json(r))
  }
}`,
    },
    {
      name: "mongoose field filter",
      code: `export async function find(req, res) {
  res.json(await Order.find({ customer: String(req.query.customer) }).limit(20));
}`,
    },
    {
      name: "spawn array no shell",
      code: `import { spawn } from 'child_process';
export function convert(req, res) {
  const p = spawn('convert', [req.body.input, 'out.png']);
  p.on('close', () => res.end());
}`,
    },
    {
      name: "Lambda redirect to a fixed page",
      code: `export const handler = async (event) => {
  const order = event.queryStringParameters?.order;
  return { statusCode: 302, headers: { Location: \`/orders/\${encodeURIComponent(order ?? '')}\` } };
};`,
    },
    {
      name: "Next.js page with a relative redirect",
      code: `import { redirect } from 'next/navigation';
export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  redirect(\`/orders/\${id}/receipt\`);
}`,
      filename: "app/orders/[id]/page.tsx",
    },
  ],
  invalid: [
    {
      name: "NestJS validated DTO field is still the client's text in a shell command",
      code: `import { Body, Controller, Post } from '@nestjs/common';
import { IsString } from 'class-validator';
import { exec } from 'child_process';
class ExportDto {
  @IsString() format!: string;
}
@Controller('exports')
export class ExportController {
  @Post()
  create(@Body() dto: ExportDto) {
    exec('export-orders --format ' + dto.format);
  }
}`,
      errors: [{ messageId: 'shell', line: 11, column: 10 }],
    },
    {
      name: "Undeclared name assigned request data in a GraphQL mutation (sloppy script), fs.promises from require('fs')",
      code: `const fsPromise = require('fs').promises;
const resolvers = {
  Mutation: {
    updateUserUploadFile: async (parent, args, context, info) => {
      filePath = __dirname + '/../public/uploads/' + context.user + '/' + args.filePath;
      await fsPromise.writeFile(filePath, args.fileContent);
      return { filePath };
    },
  },
};
module.exports = { resolvers };`,
      ...commonjs,
      errors: [{ messageId: 'path', line: 6, column: 33 }],
    },
    // --- sinks branch: GraphQL resolver arguments ------------------------------------------------------------
    {
      name: "GraphQL resolver map passed to makeExecutableSchema: a mutation argument in a file path and in SQL",
      code: `const graphqlTools = require('graphql-tools');
const fsPromise = require('fs/promises');
const Gqresolvers = {
  Query: {
    passphrase: async (parent, args, context) => {
      return sql.query("select * from passphrases WHERE username = '" + args.username + "'");
    },
  },
  Mutation: {
    updateUserUploadFile: async (parent, args, context, info) => {
      const filePath = __dirname + '/../public/uploads/' + context.user + '/' + args.filePath;
      await fsPromise.writeFile(filePath, args.fileContent);
      return { filePath };
    },
  },
};
exports.GqSchema = graphqlTools.makeExecutableSchema({ typeDefs, resolvers: Gqresolvers });`,
      ...commonjs,
      errors: [
        { messageId: 'sql', line: 6, column: 24 },
        { messageId: 'path', line: 12, column: 33 },
      ],
    },
    {
      name: "graphql-js object type: a resolve function's argument into a shell command",
      code: `import { GraphQLObjectType, GraphQLString } from 'graphql';
import { execSync } from 'child_process';
export const MutationType = new GraphQLObjectType({
  name: 'Mutation',
  fields: () => ({
    ping: {
      type: GraphQLString,
      args: { host: { type: GraphQLString } },
      resolve(parent, { host }) {
        return execSync('ping -c 1 ' + host).toString();
      },
    },
  }),
});`,
      errors: [{ messageId: 'shell', line: 10, column: 25 }],
    },
    {
      name: "NestJS and type-graphql resolvers: @Args() and @Arg() parameters",
      code: `import { Resolver as NestResolver, Mutation, Args } from '@nestjs/graphql';
import { Resolver, Query, Arg } from 'type-graphql';
import { exec } from 'child_process';
@NestResolver()
export class ExportResolver {
  @Mutation(() => Boolean)
  exportOrders(@Args('format') format: string) {
    exec('export-orders --format ' + format);
    return true;
  }
}
@Resolver()
export class ReportResolver {
  @Query(() => String)
  report(@Arg('name') name: string) {
    return eval(name);
  }
}`,
      errors: [
        { messageId: 'shell', line: 8, column: 10 },
        { messageId: 'code', line: 16, column: 17 },
      ],
    },
    // --- sinks branch: Node server events, vm contexts, NestJS @Redirect, execa -------------------------------
    {
      name: "Node server 'request' listener: URL searchParams into a redirect and url.parse query into a fetch",
      code: `import http from 'http';
import url from 'url';
const server = http.createServer();
server.on('request', async (req, res) => {
  const next = new URL(req.url, 'http://localhost').searchParams.get('next');
  const { callback } = url.parse(req.url, true).query;
  await fetch(callback);
  res.writeHead(302, { Location: next });
  res.end();
});`,
      errors: [
        { messageId: 'url', line: 7, column: 15 },
        { messageId: 'redirect', line: 8, column: 34 },
      ],
    },
    {
      name: "vm context value the code hands to an evaluator",
      code: `import vm from 'vm';
import { safeEval } from 'notevil';
export function b2bOrder () {
  return ({ body }, res, next) => {
    const orderLinesData = body.orderLinesData || '';
    const sandbox = { safeEval, orderLinesData };
    vm.createContext(sandbox);
    vm.runInContext('safeEval(orderLinesData)', sandbox, { timeout: 2000 });
    res.json({ ok: true });
  };
}`,
      errors: [{ messageId: 'code', line: 6, column: 33 }],
    },
    {
      name: "NestJS @Redirect() handler returning the client's URL",
      code: `import { Controller, Get, Query, Redirect } from '@nestjs/common';
@Controller('auth')
export class AuthController {
  @Get('continue')
  @Redirect('/', 302)
  continue(@Query('returnTo') returnTo: string) {
    return { url: returnTo };
  }
}`,
      errors: [{ messageId: 'redirect', line: 7, column: 19 }],
    },
    {
      name: "execa command line built from request data",
      code: `import express from 'express';
import { execaCommand } from 'execa';
const app = express();
app.post('/convert', async (req, res) => {
  await execaCommand('convert ' + req.body.input + ' out.pdf');
  res.end();
});`,
      errors: [{ messageId: 'shell', line: 5, column: 22 }],
    },
    // --- sinks branch: NoSQL filter fields, text helpers, printf-style SQL -------------------------------------
    {
      name: "Mongo filter field from a JSON body field (operator injection)",
      code: `import express from 'express';
const app = express();
app.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email, password: req.body.password });
  res.json(user);
});`,
      errors: [
        { messageId: 'nosql', line: 4, column: 44 },
        { messageId: 'nosql', line: 4, column: 70 },
      ],
    },
    {
      name: "Legacy Mongo update with a body field in the filter and a JSON.parse filter under $or",
      code: `import express from 'express';
const app = express();
app.patch('/reviews', async (req, res) => {
  const filter = JSON.parse(req.query.filter);
  await db.reviewsCollection.update({ _id: req.body.id }, { $set: { message: req.body.message } }, { multi: true });
  res.json(await db.reviews.find({ $or: [{ author: filter.author }, { product: 'x' }] }));
});`,
      // The read on line 6 checks no secret: reported with `operatorLookups`; the update on line 5 always.
      options: [{ operatorLookups: true }],
      errors: [
        { messageId: 'nosql', line: 5, column: 44 },
        { messageId: 'nosql', line: 6, column: 52 },
      ],
    },
    {
      name: "MongoDB update filter from a JSON body field is reported without options",
      code: `import express from 'express';
const app = express();
app.post('/coupons/redeem', async (req, res) => {
  await db.couponUses.updateOne({ userId: req.body.userId }, { $inc: { uses: 1 } });
  res.sendStatus(204);
});`,
      errors: [{ messageId: 'nosql', line: 4, column: 43 }],
    },
    {
      name: "discount looked up by a client-sent code (the model and the value name the secret)",
      code: `import express from 'express';
const app = express();
app.post('/checkout', async (req, res) => {
  const { discountCode } = req.body;
  const discount = await Discount.findOne({ title: discountCode });
  res.json({ total: applyDiscount(req.body.items, discount) });
});`,
      errors: [{ messageId: 'nosql', line: 5, column: 52 }],
    },
    {
      name: "login filter that checks the password in the query itself",
      code: `import express from 'express';
const app = express();
app.post('/admin/login', async (req, res) => {
  const admin = await Admin.findOne({ email: req.body.email, password: req.body.password });
  if (!admin) return res.sendStatus(401);
  res.json({ token: issueToken(admin.id) });
});`,
      errors: [
        { messageId: 'nosql', line: 4, column: 46 },
        { messageId: 'nosql', line: 4, column: 72 },
      ],
    },
    {
      name: "Lambda handler: a field of JSON.parse(event.body) as a Mongo filter value",
      code: `export const handler = async (event) => {
  const body = JSON.parse(event.body);
  const user = await users.findOne({ email: body.email });
  return { statusCode: 200, body: JSON.stringify(user) };
};`,
      options: [{ operatorLookups: true }],
      errors: [{ messageId: 'nosql', line: 3, column: 45 }],
    },
    {
      name: "$where built from an imported truncating helper",
      code: `import express from 'express';
import * as utils from '../lib/utils';
const app = express();
app.get('/track/:id', async (req, res) => {
  const id = utils.trunc(req.params.id, 60);
  res.json(await db.ordersCollection.find({ $where: \`this.orderId === '\${id}'\` }));
});`,
      errors: [{ messageId: 'nosql', line: 6, column: 53 }],
    },
    {
      name: "Same-file truncating helper keeps the text",
      code: `import express from 'express';
import { exec } from 'child_process';
const app = express();
function shorten(value, max) {
  return value.length > max ? value.substring(0, max) : value;
}
app.get('/ping', (req, res) => {
  exec('ping -c 1 ' + shorten(req.query.host, 60));
});`,
      errors: [{ messageId: 'shell', line: 8, column: 8 }],
    },
    {
      name: "util.format and sprintf-js SQL text with request data",
      code: `import express from 'express';
import util from 'util';
import { sprintf } from 'sprintf-js';
import { Pool } from 'pg';
const pool = new Pool();
const app = express();
app.get('/orders', async (req, res) => {
  const sql = util.format("SELECT * FROM orders WHERE status = '%s'", req.query.status);
  await pool.query(sql);
  await db.query(sprintf("SELECT * FROM users WHERE name = '%s'", req.query.name));
  res.end();
});`,
      errors: [
        { messageId: 'sql', line: 9, column: 20 },
        { messageId: 'sql', line: 10, column: 18 },
      ],
    },
    {
      name: "cross-spawn with shell: true and request data",
      code: `import express from 'express';
import spawn from 'cross-spawn';
const app = express();
app.post('/convert', (req, res) => {
  spawn.sync('convert ' + req.body.input + ' out.pdf', [], { shell: true });
  res.sendStatus(204);
});`,
      errors: [
        { messageId: 'shell', data: {"source": "req.body.input", "sink": "cross-spawn"}, line: 5, column: 14, endLine: 5, endColumn: 54, suggestions: null },
      ],
    },
    {
      name: "spawn of /bin/sh -c and execFile of bash -c with request data",
      code: `import express from 'express';
import { spawn, execFile } from 'node:child_process';
const app = express();
app.post('/ping', (req, res) => {
  spawn('/bin/sh', ['-c', 'ping -c 1 ' + req.body.host]);
  execFile('bash', ['-c', \`nslookup \${req.body.host}\`], () => res.sendStatus(204));
});`,
      errors: [
        { messageId: 'shell', data: {"source": "req.body.host", "sink": "child_process.spawn"}, line: 5, column: 27, endLine: 5, endColumn: 55, suggestions: null },
        { messageId: 'shell', data: {"source": "req.body.host", "sink": "child_process.execFile"}, line: 6, column: 27, endLine: 6, endColumn: 54, suggestions: null },
      ],
    },
    {
      name: "Node http server: url.parse query into a shell and URL searchParams into HTML",
      code: `const http = require('node:http');
const url = require('node:url');
const { exec } = require('node:child_process');
const server = http.createServer((req, res) => {
  const query = url.parse(req.url, true).query;
  exec('ping -c 1 ' + query.host, () => {});
  const params = new URL(req.url, 'http://localhost').searchParams;
  res.end('<p>Hello ' + params.get('name') + '</p>');
});
server.listen(8080);`,
      languageOptions: commonjs.languageOptions,
      errors: [
        { messageId: 'shell', data: {"source": "req.url.query.host", "sink": "child_process.exec"}, line: 6, column: 8, endLine: 6, endColumn: 33, suggestions: null },
        { messageId: 'html', data: {"source": "req.url.searchParams", "sink": "res.end"}, line: 8, column: 11, endLine: 8, endColumn: 52, suggestions: null },
      ],
    },
    {
      name: "controller object with a fetch action shaped (req, res)",
      code: `const path = require('path');
module.exports = {
  fetch: (req, res) => {
    res.download(path.resolve(process.cwd() + '/public/uploads/' + req.body.filename));
  },
};`,
      languageOptions: commonjs.languageOptions,
      errors: [
        { messageId: 'path', data: {"source": "req.body.filename", "sink": "res.download"}, line: 4, column: 18, endLine: 4, endColumn: 86, suggestions: null },
      ],
    },
    {
      name: "file extension from the request behind a length check only",
      code: `import express from 'express';
import fs from 'node:fs';
const app = express();
app.post('/avatar', (req, res) => {
  const url = String(req.body.imageUrl);
  const ext = url.length > 4 ? url.split('.').slice(-1)[0] : 'jpg';
  fs.createWriteStream('avatars/' + req.user.id + '.' + ext);
  res.sendStatus(202);
});`,
      errors: [
        { messageId: 'path', data: {"source": "req.body.imageUrl[0]", "sink": "fs.createWriteStream"}, line: 7, column: 24, endLine: 7, endColumn: 60, suggestions: null },
      ],
    },
    {
      name: "else branch of an emptiness check still carries any value",
      code: `import express from 'express';
const app = express();
import { Pool } from 'pg';
const pool = new Pool();
app.post('/passphrases', async (req, res) => {
  if (req.body.passphrase === '' || req.body.reminder.length === 0) {
    res.send('Passphrase or reminder empty');
  } else {
    const saveQuery = "INSERT INTO passphrases (passphrase) VALUES ('" + req.body.passphrase + "')";
    await pool.query(saveQuery);
  }
});`,
      errors: [
        { messageId: 'sql', data: {"source": "req.body.passphrase", "sink": "pg query"}, line: 10, column: 22, endLine: 10, endColumn: 31, suggestions: null },
      ],
    },
    {
      name: "request path joined under a directory for sendFile and fs",
      code: `import express from 'express';
import fs from 'node:fs';
import path from 'node:path';
const app = express();
app.get('/files', (req, res) => {
  res.sendFile(path.join(__dirname, 'public', req.query.file));
});
app.get('/logs/:name', (req, res) => {
  fs.readFile('logs/' + req.params.name, 'utf8', (err, text) => res.type('text/plain').send(text));
});`,
      errors: [
        { messageId: 'path', data: {"source": "req.query.file", "sink": "res.sendFile"}, line: 6, column: 16, endLine: 6, endColumn: 62, suggestions: null },
        { messageId: 'path', data: {"source": "req.params.name", "sink": "fs.readFile"}, line: 9, column: 15, endLine: 9, endColumn: 40, suggestions: null },
      ],
    },
    {
      name: "download of a resolved request path, and fs.promises writes",
      code: `const express = require('express');
const path = require('path');
const fs = require('fs');
const app = express();
app.post('/download', (req, res) => {
  res.download(path.resolve(process.cwd() + '/public/uploads/' + req.body.filename));
});
app.post('/save', async (req, res) => {
  await fs.promises.writeFile('out/' + req.body.name, req.body.content);
  res.sendStatus(201);
});`,
      languageOptions: commonjs.languageOptions,
      errors: [
        { messageId: 'path', data: {"source": "req.body.filename", "sink": "res.download"}, line: 6, column: 16, endLine: 6, endColumn: 84, suggestions: null },
        { messageId: 'path', data: {"source": "req.body.name", "sink": "fs.promises.writeFile"}, line: 9, column: 31, endLine: 9, endColumn: 53, suggestions: null },
      ],
    },
    {
      name: "node-serialize unserialize of request data",
      code: `const express = require('express');
const serialize = require('node-serialize');
const app = express();
app.post('/import', (req, res) => {
  const payload = Buffer.from(req.body.data, 'base64');
  const data = serialize.unserialize(payload.toString());
  res.json(data);
});`,
      languageOptions: commonjs.languageOptions,
      errors: [
        { messageId: 'code', data: {"source": "req.body.data", "sink": "node-serialize unserialize"}, line: 6, column: 38, endLine: 6, endColumn: 56, suggestions: null },
      ],
    },
    {
      name: "mathjs 3 eval of request data",
      code: `const express = require('express');
const mathjs = require('mathjs');
const app = express();
app.post('/calc', (req, res) => {
  res.json({ result: mathjs.eval(req.body.eqn) });
});`,
      filename: inProject('old'),
      languageOptions: commonjs.languageOptions,
      errors: [
        { messageId: 'code', data: {"source": "req.body.eqn", "sink": "mathjs eval"}, line: 5, column: 34, endLine: 5, endColumn: 46, suggestions: null },
      ],
    },
    {
      name: "js-yaml 3 load of request data",
      code: `const express = require('express');
const yaml = require('js-yaml');
const app = express();
app.post('/config', (req, res) => {
  res.json(yaml.load(req.body.yaml));
});`,
      filename: inProject('old'),
      languageOptions: commonjs.languageOptions,
      errors: [
        { messageId: 'code', data: {"source": "req.body.yaml", "sink": "js-yaml load"}, line: 5, column: 22, endLine: 5, endColumn: 35, suggestions: null },
      ],
    },
    {
      name: "juice-shop style login (unresolved sequelize)",
      code: `import express from 'express';
const app = express();
app.post('/rest/user/login', async (req, res) => {
  const user = await models.sequelize.query(\`SELECT * FROM Users WHERE email = '\${req.body.email || ''}' AND password = '\${security.hash(req.body.password || '')}' AND deletedAt IS NULL\`, { model: UserModel, plain: true });
  res.json(user);
});`,
      errors: [
        { messageId: 'sql', data: {"source": "req.body.email", "sink": "query()"}, line: 4, column: 45, endLine: 4, endColumn: 187, suggestions: null },
      ],
    },
    {
      name: "juice-shop style search (concatenation)",
      code: `import express from 'express';
const app = express();
app.get('/rest/products/search', (req, res) => {
  let criteria = req.query.q === 'undefined' ? '' : req.query.q ?? '';
  criteria = criteria.length <= 200 ? criteria : criteria.substring(0, 200);
  models.sequelize.query("SELECT * FROM Products WHERE ((name LIKE '%" + criteria + "%' OR description LIKE '%" + criteria + "%') AND deletedAt IS NULL) ORDER BY name").then(([products]) => res.json(products));
});`,
      errors: [
        { messageId: 'sql', data: {"source": "req.query.q", "sink": "query()"}, line: 6, column: 26, endLine: 6, endColumn: 168, suggestions: null },
      ],
    },
    {
      name: "pg pool concatenation",
      code: `import express from 'express';
const app = express();
import { Pool } from 'pg';
const pool = new Pool();
app.get('/orders', async (req, res) => {
  const { rows } = await pool.query('SELECT * FROM orders WHERE customer = ' + req.query.customer);
  res.json(rows);
});`,
      errors: [
        { messageId: 'sql', data: {"source": "req.query.customer", "sink": "pg query"}, line: 6, column: 37, endLine: 6, endColumn: 98, suggestions: null },
      ],
    },
    {
      name: "pg config object text",
      code: `import express from 'express';
const app = express();
import { Client } from 'pg';
const client = new Client();
app.get('/o/:id', async (req, res) => {
  await client.query({ text: \`SELECT * FROM orders WHERE id = \${req.params.id}\` });
});`,
      errors: [
        { messageId: 'sql', data: {"source": "req.params.id", "sink": "pg query"}, line: 6, column: 30, endLine: 6, endColumn: 80, suggestions: null },
      ],
    },
    {
      name: "let sql += in a Lambda handler (CommonJS)",
      code: `const mysql = require('mysql');
const connection = mysql.createConnection({});
exports.handler = async (event) => {
  let sql = 'SELECT * FROM refunds';
  sql += " WHERE order_id = '" + event.queryStringParameters.orderId + "'";
  return new Promise((resolve) => connection.query(sql, (e, rows) => resolve(rows)));
};`,
      ...commonjs,
      errors: [
        { messageId: 'sql', data: {"source": "event.queryStringParameters.orderId", "sink": "mysql query"}, line: 6, column: 52, endLine: 6, endColumn: 55, suggestions: null },
      ],
    },
    {
      name: "NestJS TypeORM query with @Body",
      code: `import { Body, Controller, Post } from '@nestjs/common';
import { DataSource } from 'typeorm';
@Controller('payments')
export class PaymentsController {
  constructor(private readonly dataSource: DataSource) {}
  @Post('search')
  search(@Body('name') name: string) {
    return this.dataSource.query(\`SELECT * FROM payments WHERE payer_name = '\${name}'\`);
  }
}`,
      errors: [
        // The injected DataSource is known from its type, so the message names the library.
        { messageId: 'sql', data: {"source": "@Body('name')", "sink": "TypeORM query"}, line: 8, column: 34, endLine: 8, endColumn: 87, suggestions: null },
      ],
    },
    {
      name: "Prisma $queryRawUnsafe from an imported client",
      code: `import { prisma } from '@/lib/prisma';
export async function GET(request: Request) {
  const q = new URL(request.url).searchParams.get('q');
  return Response.json(await prisma.$queryRawUnsafe(\`SELECT * FROM invoices WHERE number LIKE '%\${q}%'\`));
}`,
      filename: "app/api/invoices/route.ts",
      errors: [
        { messageId: 'sql', data: {"source": "request.url.searchParams", "sink": "$queryRawUnsafe"}, line: 4, column: 53, endLine: 4, endColumn: 104, suggestions: null },
      ],
    },
    {
      name: "webhook payload into SQL",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/webhook', express.raw({ type: 'application/json' }), async (req, res) => {
  const event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, process.env.WHSEC!);
  const session = event.data.object;
  await db.query(\`INSERT INTO customers (name) VALUES ('\${session.customer_details.name}')\`);
  res.json({ received: true });
});`,
      errors: [
        { messageId: 'sql', data: {"source": "event.data.object.customer_details.name", "sink": "query()"}, line: 8, column: 18, endLine: 8, endColumn: 92, suggestions: null },
      ],
    },
    {
      name: "same-file query builder helper",
      code: `import express from 'express';
const app = express();
function byEmail(email) {
  return "SELECT * FROM customers WHERE email = '" + email + "'";
}
app.get('/c', async (req, res) => {
  res.json(await db.query(byEmail(req.query.email)));
});`,
      errors: [
        { messageId: 'sql', data: {"source": "req.query.email", "sink": "query()"}, line: 7, column: 27, endLine: 7, endColumn: 51, suggestions: null },
      ],
    },
    {
      name: "same-file query builder helper assigned to a var, as older Express apps write it",
      code: `var express = require('express');
var app = express();
var byEmail = function (email) {
  return "SELECT * FROM customers WHERE email = '" + email + "'";
};
app.get('/c', function (req, res) {
  db.query(byEmail(req.query.email), function (err, rows) { res.json(rows); });
});`,
      errors: [
        { messageId: 'sql', data: {"source": "req.query.email", "sink": "query()"}, line: 7, column: 12, endLine: 7, endColumn: 36, suggestions: null },
      ],
    },
    {
      name: "Mongo find with the whole body",
      code: `import express from 'express';
const app = express();
app.post('/orders/search', async (req, res) => {
  res.json(await Order.find(req.body));
});`,
      errors: [
        { messageId: 'nosql', data: {"source": "req.body", "sink": "find()"}, line: 4, column: 29, endLine: 4, endColumn: 37, suggestions: null },
      ],
    },
    {
      name: "NestJS injected Mongoose model queried with the whole query DTO",
      code: `import { Controller, Get, Query } from '@nestjs/common';
@Controller('payments')
export class PaymentsController {
  constructor(private readonly paymentModel: PaymentModel) {}
  @Get()
  list(@Query() filter: Record<string, unknown>) {
    return this.paymentModel.find(filter);
  }
}`,
      errors: [
        { messageId: 'nosql', data: {"source": "@Query()", "sink": "find()"}, line: 7, column: 35, endLine: 7, endColumn: 41, suggestions: null },
      ],
    },
    {
      name: "Mongo $where with request data",
      code: `import express from 'express';
const app = express();
app.get('/orders', async (req, res) => {
  res.json(await Order.find({ $where: 'this.total > ' + req.query.min }));
});`,
      errors: [
        { messageId: 'nosql', data: {"source": "req.query.min", "sink": "$where"}, line: 4, column: 39, endLine: 4, endColumn: 70, suggestions: null },
      ],
    },
    {
      name: "reflected HTML in res.send",
      code: `import express from 'express';
const app = express();
app.get('/search', (req, res) => {
  res.send(\`<h1>Results for \${req.query.q}</h1>\`);
});`,
      errors: [
        { messageId: 'html', data: {"source": "req.query.q", "sink": "res.send"}, line: 4, column: 12, endLine: 4, endColumn: 49, suggestions: null },
      ],
    },
    {
      name: "Koa ctx.body HTML",
      code: `import Koa from 'koa';
import Router from '@koa/router';
const router = new Router();
router.get('/hello', async (ctx) => {
  ctx.body = '<p>Hello ' + ctx.query.name + '</p>';
});`,
      errors: [
        { messageId: 'html', data: {"source": "ctx.query.name", "sink": "ctx.body"}, line: 5, column: 14, endLine: 5, endColumn: 51, suggestions: null },
      ],
    },
    {
      name: "Hono c.html",
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/receipt', (c) => c.html(\`<div>\${c.req.query('note')}</div>\`));`,
      errors: [
        { messageId: 'html', data: {"source": "c.req.query('note')", "sink": "c.html"}, line: 3, column: 35, endLine: 3, endColumn: 70, suggestions: null },
      ],
    },
    {
      name: "DOM innerHTML from location",
      code: `const params = new URLSearchParams(window.location.search);
document.getElementById('msg')!.innerHTML = params.get('msg') ?? '';`,
      errors: [
        { messageId: 'html', data: {"source": "window.location.search", "sink": "innerHTML"}, line: 2, column: 45, endLine: 2, endColumn: 68, suggestions: null },
      ],
    },
    {
      name: "dangerouslySetInnerHTML from the URL",
      code: `export function Banner() {
  const msg = new URLSearchParams(location.search).get('msg');
  return <div dangerouslySetInnerHTML={{ __html: msg ?? '' }} />;
}`,
      filename: "Banner.tsx",
      errors: [
        { messageId: 'html', data: {"source": "location.search", "sink": "dangerouslySetInnerHTML"}, line: 3, column: 50, endLine: 3, endColumn: 59, suggestions: null },
      ],
    },
    {
      name: "exec with a template",
      code: `import express from 'express';
const app = express();
import { exec } from 'child_process';
app.post('/receipt', (req, res) => {
  exec(\`wkhtmltopdf \${req.body.url} /tmp/receipt.pdf\`, () => res.end());
});`,
      errors: [
        { messageId: 'shell', data: {"source": "req.body.url", "sink": "child_process.exec"}, line: 5, column: 8, endLine: 5, endColumn: 54, suggestions: null },
      ],
    },
    {
      name: "spawn with shell: true",
      code: `import express from 'express';
const app = express();
import { spawn } from 'node:child_process';
app.post('/convert', (req, res) => {
  spawn('convert', [req.body.file, 'out.png'], { shell: true });
});`,
      errors: [
        { messageId: 'shell', data: {"source": "req.body.file", "sink": "child_process.spawn"}, line: 5, column: 21, endLine: 5, endColumn: 34, suggestions: null },
      ],
    },
    {
      name: "eval of request data",
      code: `import express from 'express';
const app = express();
app.post('/calc', (req, res) => {
  res.json({ total: eval(req.body.expression) });
});`,
      errors: [
        { messageId: 'code', data: {"source": "req.body.expression", "sink": "eval"}, line: 4, column: 26, endLine: 4, endColumn: 45, suggestions: null },
      ],
    },
    {
      name: "new Function and vm",
      code: `import express from 'express';
const app = express();
import vm from 'node:vm';
app.post('/rules', (req, res) => {
  const rule = new Function('order', req.body.rule);
  vm.runInNewContext(req.body.script, {});
});`,
      errors: [
        { messageId: 'code', data: {"source": "req.body.rule", "sink": "Function"}, line: 5, column: 38, endLine: 5, endColumn: 51, suggestions: null },
        { messageId: 'code', data: {"source": "req.body.script", "sink": "vm.runInNewContext"}, line: 6, column: 22, endLine: 6, endColumn: 37, suggestions: null },
      ],
    },
    {
      name: "open redirect in Express",
      code: `import express from 'express';
const app = express();
app.get('/return', (req, res) => {
  res.redirect(req.query.next);
});`,
      errors: [
        { messageId: 'redirect', data: {"source": "req.query.next", "sink": "res.redirect"}, line: 4, column: 16, endLine: 4, endColumn: 30, suggestions: null },
      ],
    },
    {
      name: "redirect with status code and Location header",
      code: `import express from 'express';
const app = express();
app.get('/return', (req, res) => {
  res.status(302).redirect(302, req.query.next);
  res.setHeader('Location', req.query.next);
});`,
      errors: [
        { messageId: 'redirect', data: {"source": "req.query.next", "sink": "res.redirect"}, line: 4, column: 33, endLine: 4, endColumn: 47, suggestions: null },
        { messageId: 'redirect', data: {"source": "req.query.next", "sink": "res.setHeader"}, line: 5, column: 29, endLine: 5, endColumn: 43, suggestions: null },
      ],
    },
    {
      name: "Fastify reply.redirect",
      code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/back', async (request, reply) => {
  return reply.redirect(request.query.back);
});`,
      errors: [
        { messageId: 'redirect', data: {"source": "request.query.back", "sink": "reply.redirect"}, line: 4, column: 25, endLine: 4, endColumn: 43, suggestions: null },
      ],
    },
    {
      name: "Next.js App Router redirect",
      code: `import { NextResponse, type NextRequest } from 'next/server';
export async function GET(request: NextRequest) {
  const next = request.nextUrl.searchParams.get('next');
  return NextResponse.redirect(next ?? '/');
}`,
      filename: "app/auth/callback/route.ts",
      errors: [
        { messageId: 'redirect', data: {"source": "request.nextUrl.searchParams", "sink": "NextResponse.redirect"}, line: 4, column: 32, endLine: 4, endColumn: 43, suggestions: null },
      ],
    },
    {
      name: "Next.js redirect() from the body",
      code: `import { redirect } from 'next/navigation';
export async function POST(request: Request) {
  const { returnTo } = await request.json();
  redirect(returnTo);
}`,
      filename: "app/api/login/route.ts",
      errors: [
        { messageId: 'redirect', data: {"source": "request.json().returnTo", "sink": "redirect()"}, line: 4, column: 12, endLine: 4, endColumn: 20, suggestions: null },
      ],
    },
    {
      name: "Stripe Checkout success_url from the request",
      code: `import Stripe from 'stripe';
import express from 'express';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const app = express();
app.post('/checkout', async (req, res) => {
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{ price: 'price_123', quantity: 1 }],
    success_url: req.body.successUrl,
    cancel_url: 'https://shop.example.com/cart',
  });
  res.json({ url: session.url });
});`,
      errors: [
        { messageId: 'redirect', data: {"source": "req.body.successUrl", "sink": "Stripe checkout.sessions.create"}, line: 9, column: 18, endLine: 9, endColumn: 37, suggestions: null },
      ],
    },
    {
      name: "the page's own address cut somewhere other than its start is still client-chosen",
      code: `const url = window.location.href;
window.location.href = url.substring(url.indexOf('next=') + 5);`,
      errors: [{ messageId: 'redirect', line: 2, column: 24, suggestions: null }],
    },
    {
      name: "browser location.href assignment",
      code: `const next = new URLSearchParams(location.search).get('next');
window.location.href = next;`,
      errors: [
        { messageId: 'redirect', data: {"source": "location.search", "sink": "location.href"}, line: 2, column: 24, endLine: 2, endColumn: 28, suggestions: null },
      ],
    },
    {
      name: "SSRF via fetch",
      code: `import express from 'express';
const app = express();
app.post('/hooks/test', async (req, res) => {
  const r = await fetch(req.body.callbackUrl, { method: 'POST' });
  res.json({ status: r.status });
});`,
      errors: [
        { messageId: 'url', data: {"source": "req.body.callbackUrl", "sink": "fetch"}, line: 4, column: 25, endLine: 4, endColumn: 45, suggestions: null },
      ],
    },
    {
      name: "SSRF via axios with a client host",
      code: `import express from 'express';
const app = express();
import axios from 'axios';
app.post('/notify', async (req, res) => {
  await axios.post('https://' + req.body.host + '/notify', {});
});`,
      errors: [
        { messageId: 'url', data: {"source": "req.body.host", "sink": "axios"}, line: 5, column: 20, endLine: 5, endColumn: 58, suggestions: null },
      ],
    },
    {
      name: "CommonJS Express exec",
      code: `const express = require('express');
const { execSync } = require('child_process');
const app = express();
app.get('/ping', (req, res) => {
  res.send(execSync('ping -c 1 ' + req.query.host).toString());
});`,
      ...commonjs,
      errors: [
        { messageId: 'shell', data: {"source": "req.query.host", "sink": "child_process.execSync"}, line: 5, column: 21, endLine: 5, endColumn: 50, suggestions: null },
      ],
    },
    {
      name: "Lambda SQL via destructuring",
      code: `import { Pool } from 'pg';
const pool = new Pool();
export const handler = async (event) => {
  const { customerId } = event.pathParameters;
  return pool.query(\`SELECT * FROM cards WHERE customer_id = '\${customerId}'\`);
};`,
      errors: [
        { messageId: 'sql', data: {"source": "event.pathParameters.customerId", "sink": "pg query"}, line: 5, column: 21, endLine: 5, endColumn: 78, suggestions: null },
      ],
    },
    {
      name: "juice-shop login route factory",
      code: `import { type Request, type Response, type NextFunction } from 'express'
import * as models from '../models/index'
module.exports = function login () {
  return (req: Request, res: Response, next: NextFunction) => {
    models.sequelize.query(\`SELECT * FROM Users WHERE email = '\${req.body.email || ''}' AND password = '\${security.hash(req.body.password || '')}' AND deletedAt IS NULL\`, { model: UserModel, plain: true })
      .then((authenticatedUser) => { res.json(authenticatedUser) }).catch((error: Error) => { next(error) })
  }
}`,
      errors: [
        { messageId: 'sql', data: {"source": "req.body.email", "sink": "query()"}, line: 5, column: 28, endLine: 5, endColumn: 170, suggestions: null },
      ],
    },
    {
      name: "juice-shop search with a self-referencing reassignment",
      code: `module.exports = function searchProducts () {
  return (req: Request, res: Response, next: NextFunction) => {
    let criteria: any = req.query.q === 'undefined' ? '' : req.query.q ?? ''
    criteria = (criteria.length <= 200) ? criteria : criteria.substring(0, 200)
    models.sequelize.query(\`SELECT * FROM Products WHERE ((name LIKE '%\${criteria}%' OR description LIKE '%\${criteria}%') AND deletedAt IS NULL) ORDER BY name\`)
      .then(([products]: any) => { res.json(products) })
  }
}`,
      errors: [
        { messageId: 'sql', data: {"source": "req.query.q", "sink": "query()"}, line: 5, column: 28, endLine: 5, endColumn: 160, suggestions: null },
      ],
    },
    {
      name: "controller class method wired elsewhere",
      code: `export class RefundController {
  async create(req: Request, res: Response) {
    const [rows] = await this.db.execute("UPDATE orders SET refunded = 1 WHERE id = " + req.body.orderId);
    res.json(rows);
  }
}`,
      errors: [
        { messageId: 'sql', data: {"source": "req.body.orderId", "sink": "execute()"}, line: 3, column: 42, endLine: 3, endColumn: 105, suggestions: null },
      ],
    },
    {
      name: "Lambda webhook payload into pg",
      code: `import { Client } from 'pg';
export const handler = async (event) => {
  const payload = JSON.parse(event.body);
  const client = new Client();
  await client.connect();
  await client.query(\`INSERT INTO events (type, email) VALUES ('\${payload.type}', '\${payload.data.object.email}')\`);
  return { statusCode: 200 };
};`,
      errors: [
        { messageId: 'sql', data: {"source": "event.body.type", "sink": "pg query"}, line: 6, column: 22, endLine: 6, endColumn: 115, suggestions: null },
      ],
    },
    {
      name: "Adyen sessions returnUrl from the body",
      code: `import express from 'express';
import { Client, CheckoutAPI } from '@adyen/api-library';
const checkout = new CheckoutAPI(new Client({ apiKey: process.env.ADYEN_KEY, environment: 'TEST' }));
const app = express();
app.post('/api/sessions', async (req, res) => {
  const response = await checkout.PaymentsApi.sessions({ amount: { currency: 'EUR', value: 1000 }, reference: 'r', returnUrl: req.body.returnUrl, merchantAccount: 'M' });
  res.json(response);
});`,
      errors: [
        { messageId: 'redirect', data: {"source": "req.body.returnUrl", "sink": "Adyen PaymentsApi.sessions"}, line: 6, column: 127, endLine: 6, endColumn: 145, suggestions: null },
      ],
    },
    {
      name: "Fastify plugin with better-sqlite3",
      code: `import Database from 'better-sqlite3';
const db = new Database('shop.db');
export default async function routes(fastify) {
  fastify.get('/orders', async (request, reply) => {
    return db.prepare(\`SELECT * FROM orders WHERE email = '\${request.query.email}'\`).all();
  });
}`,
      errors: [
        { messageId: 'sql', data: {"source": "request.query.email", "sink": "SQLite query"}, line: 5, column: 23, endLine: 5, endColumn: 84, suggestions: null },
      ],
    },
    {
      name: "Hono preview fetch (SSRF)",
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/preview', async (c) => {
  const res = await fetch(c.req.query('url')!);
  return c.text(await res.text());
});`,
      errors: [
        { messageId: 'url', data: {"source": "c.req.query('url')", "sink": "fetch"}, line: 4, column: 27, endLine: 4, endColumn: 46, suggestions: null },
      ],
    },
    {
      name: "Next.js origin followed by a client path (@host trick)",
      code: `import { NextResponse } from 'next/server';
export async function GET(request: Request) {
  const { searchParams, origin } = new URL(request.url);
  const next = searchParams.get('next') ?? '/';
  return NextResponse.redirect(\`\${origin}\${next}\`);
}`,
      filename: "app/auth/callback/route.ts",
      errors: [
        { messageId: 'redirect', data: {"source": "request.url.searchParams", "sink": "NextResponse.redirect"}, line: 5, column: 32, endLine: 5, endColumn: 50, suggestions: null },
      ],
    },
    {
      name: "Lambda redirect through the Location header",
      code: `export const handler = async (event) => {
  const target = event.queryStringParameters?.returnUrl;
  return { statusCode: 302, headers: { Location: target } };
};`,
      errors: [
        { messageId: 'redirect', data: {"source": "event.queryStringParameters.returnUrl", "sink": "the Lambda Location header"}, line: 3, column: 50, endLine: 3, endColumn: 56, suggestions: null },
      ],
    },
    {
      name: "Next.js page searchParams into redirect()",
      code: `import { redirect } from 'next/navigation';
export default async function LoginDone({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  redirect(callbackUrl ?? '/');
}`,
      filename: "app/login/done/page.tsx",
      errors: [
        { messageId: 'redirect', data: {"source": "context.searchParams.callbackUrl", "sink": "redirect()"}, line: 4, column: 12, endLine: 4, endColumn: 30, suggestions: null },
      ],
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// Browser sources (router parameters, window.name, postMessage) and front-end HTML sinks (jQuery, Angular, Vue),
// server template engines with escaping turned off.
// ---------------------------------------------------------------------------------------------------------------
const html = (source: string, sink: string) => ({ messageId: 'html' as const, data: { source, sink } });

ruleTester.run('no-unsanitized-input (browser)', rule, {
  valid: [
    {
      name: 'Vue route query rendered through DOMPurify',
      code: `import { useRoute } from 'vue-router';
import DOMPurify from 'dompurify';
export function showNotice(el) {
  const route = useRoute();
  el.innerHTML = DOMPurify.sanitize(String(route.query.notice ?? ''));
}`,
    },
    {
      name: 'Vue route query set as text',
      code: `import { useRoute } from 'vue-router';
export function showNotice(el) {
  const route = useRoute();
  el.textContent = route.query.notice;
}`,
    },
    {
      name: 'React Router useParams id parsed as a number',
      code: `import { useParams } from 'react-router-dom';
export function OrderTitle() {
  const { orderId } = useParams();
  return <h1 dangerouslySetInnerHTML={{ __html: 'Order #' + Number(orderId) }} />;
}`,
      filename: 'OrderTitle.jsx',
    },
    {
      name: 'React Router search param rendered as a JSX child (escaped by React)',
      code: `import { useSearchParams } from 'react-router-dom';
export function Notice() {
  const [params] = useSearchParams();
  return <p className="notice">{params.get('msg')}</p>;
}`,
      filename: 'Notice.jsx',
    },
    {
      name: 'Next.js useRouter query encoded into a link',
      code: `import { useRouter } from 'next/router';
export function Share() {
  const router = useRouter();
  document.getElementById('share').innerHTML = '<a href="/s?r=' + encodeURIComponent(router.query.ref) + '">share</a>';
}`,
    },
    {
      name: 'postMessage listener that checks the origin',
      code: `window.addEventListener('message', (event) => {
  if (event.origin !== 'https://checkout.example.com') return;
  document.getElementById('status').innerHTML = event.data.html;
});`,
    },
    {
      name: 'message listener on a worker (own script, not another window)',
      code: `const worker = new Worker('/totals.js');
worker.addEventListener('message', (event) => {
  document.getElementById('total').innerHTML = event.data;
});`,
    },
    {
      name: 'window.name read into a text node',
      code: `document.getElementById('who').textContent = window.name;`,
    },
    {
      name: 'jQuery .text() of a query parameter',
      code: `const q = new URLSearchParams(location.search).get('q');
$('#results-title').text(q);`,
    },
    {
      name: 'jQuery id selector from the hash',
      code: `$('#' + location.hash.slice(1)).addClass('active');
$(location.hash).show();`,
    },
    {
      name: 'native Element.append of a string is text',
      code: `const q = new URLSearchParams(location.search).get('q');
document.getElementById('results').append(q);`,
    },
    {
      name: 'jQuery .html() of an escaped query parameter',
      code: `import escapeHtml from 'escape-html';
const q = new URLSearchParams(location.search).get('q');
$('#results-title').html('Results for ' + escapeHtml(q));`,
    },
    {
      name: 'cheerio $ is not jQuery',
      code: `import * as cheerio from 'cheerio';
export function preview(markup) {
  const $ = cheerio.load(markup);
  $('#title').html(location.hash);
  return $.html();
}`,
    },
    {
      name: 'Angular bypassSecurityTrustHtml of a constant template',
      code: `import { Component } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer } from '@angular/platform-browser';
@Component({ selector: 'app-badge', template: '<span [innerHTML]="badge"></span>' })
export class BadgeComponent {
  badge: unknown;
  constructor(private route: ActivatedRoute, private sanitizer: DomSanitizer) {}
  ngOnInit() {
    const level = this.route.snapshot.queryParams.level === 'gold' ? '<b>Gold</b>' : '<i>Standard</i>';
    this.badge = this.sanitizer.bypassSecurityTrustHtml(level);
  }
}`,
    },
    {
      name: 'Angular route parameter used as a number',
      code: `import { Component, inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer } from '@angular/platform-browser';
@Component({ selector: 'app-order', template: '' })
export class OrderComponent {
  private route = inject(ActivatedRoute);
  private sanitizer = inject(DomSanitizer);
  html: unknown;
  ngOnInit() {
    this.route.paramMap.subscribe((params) => {
      const id = parseInt(params.get('id') ?? '0', 10);
      this.html = this.sanitizer.bypassSecurityTrustHtml('<b>' + id + '</b>');
    });
  }
}`,
    },
    {
      name: 'Handlebars SafeString of escaped request data',
      code: `import express from 'express';
import Handlebars from 'handlebars';
const app = express();
app.get('/greet', (req, res) => {
  const safe = new Handlebars.SafeString('<b>' + Handlebars.escapeExpression(req.query.name) + '</b>');
  res.json({ safe: safe.toString() });
});`,
    },
  ],
  invalid: [
    {
      name: 'Vue useRoute query into innerHTML',
      code: `import { useRoute } from 'vue-router';
export function showNotice(el) {
  const route = useRoute();
  el.innerHTML = route.query.notice;
}`,
      errors: [html('useRoute().query.notice', 'innerHTML')],
    },
    {
      name: 'Vue Options API this.$route params into innerHTML',
      code: `export default {
  mounted() {
    this.$refs.banner.innerHTML = 'Welcome ' + this.$route.params.name;
  },
};`,
      errors: [html('this.$route.params.name', 'innerHTML')],
    },
    {
      name: 'React Router useParams into dangerouslySetInnerHTML',
      code: `import { useParams } from 'react-router-dom';
export function OrderTitle() {
  const { orderId } = useParams();
  return <h1 dangerouslySetInnerHTML={{ __html: 'Order ' + orderId }} />;
}`,
      filename: 'OrderTitle.jsx',
      errors: [html('useParams().orderId', 'dangerouslySetInnerHTML')],
    },
    {
      name: 'React Router useSearchParams()[0].get into dangerouslySetInnerHTML',
      code: `import { useSearchParams } from 'react-router';
export function Notice() {
  const message = useSearchParams()[0].get('msg');
  return <p dangerouslySetInnerHTML={{ __html: message }} />;
}`,
      filename: 'Notice.jsx',
      errors: [html('useSearchParams()[0]', 'dangerouslySetInnerHTML')],
    },
    {
      name: 'React Router useLocation search into dangerouslySetInnerHTML through useMemo',
      code: `import { useMemo } from 'react';
import { useLocation } from 'react-router-dom';
export function Banner() {
  const { search } = useLocation();
  const note = useMemo(() => new URLSearchParams(search).get('note'), [search]);
  return <div dangerouslySetInnerHTML={{ __html: note }} />;
}`,
      filename: 'Banner.jsx',
      errors: [html('useLocation().search', 'dangerouslySetInnerHTML')],
    },
    {
      name: 'Next.js useRouter query into dangerouslySetInnerHTML',
      code: `import { useRouter } from 'next/router';
export default function Receipt() {
  const { query } = useRouter();
  return <div dangerouslySetInnerHTML={{ __html: \`<p>Thanks, \${query.name}</p>\` }} />;
}`,
      filename: 'pages/receipt.jsx',
      errors: [html('useRouter().query.name', 'dangerouslySetInnerHTML')],
    },
    {
      name: 'Next.js useSearchParams().get into innerHTML',
      code: `'use client';
import { useSearchParams } from 'next/navigation';
export function Promo() {
  const searchParams = useSearchParams();
  document.getElementById('promo').innerHTML = searchParams.get('promo');
}`,
      errors: [html('useSearchParams()', 'innerHTML')],
    },
    {
      name: 'postMessage data into innerHTML without an origin check',
      code: `window.addEventListener('message', (event) => {
  document.getElementById('status').innerHTML = event.data.html;
});`,
      errors: [html('event.data.html', 'innerHTML')],
    },
    {
      name: 'named window.onmessage handler writing the message',
      code: `function onPaymentMessage({ data }) {
  document.write(data.receipt);
}
window.onmessage = onPaymentMessage;`,
      errors: [html('event.data.receipt', 'document.write')],
    },
    {
      name: 'window.name into innerHTML',
      code: `document.getElementById('who').innerHTML = 'Hello ' + window.name;`,
      errors: [html('window.name', 'innerHTML')],
    },
    {
      name: 'document.referrer and document.URL into document.write',
      code: `document.write('<a href="' + document.referrer + '">back</a>');
document.writeln(document.URL);`,
      errors: [html('document.referrer', 'document.write'), html('document.URL', 'document.writeln')],
    },
    {
      name: 'jQuery .html() and .append() of query parameters',
      code: `const params = new URLSearchParams(location.search);
$('#results-title').html('Results for ' + params.get('q'));
$('#cart').find('ul').append('<li>' + params.get('item') + '</li>');`,
      errors: [html('location.search', 'jQuery .html()'), html('location.search', 'jQuery .append()')],
    },
    {
      name: 'jQuery $() with markup and a query parameter (imported jquery)',
      code: `import $ from 'jquery';
const name = new URLSearchParams(window.location.search).get('name');
const row = $('<div class="row">' + name + '</div>');
$(name).appendTo('#list');`,
      errors: [html('window.location.search', 'jQuery $()'), html('window.location.search', 'jQuery $()')],
    },
    {
      name: 'Angular bypassSecurityTrustHtml of a snapshot query parameter',
      code: `import { Component } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer } from '@angular/platform-browser';
@Component({ selector: 'app-search', template: '<span [innerHTML]="searchValue"></span>' })
export class SearchComponent {
  searchValue: unknown;
  constructor(private readonly route: ActivatedRoute, private readonly sanitizer: DomSanitizer) {}
  filterTable() {
    let queryParam: string = this.route.snapshot.queryParams.q;
    if (queryParam) {
      queryParam = queryParam.trim();
      this.searchValue = this.sanitizer.bypassSecurityTrustHtml(queryParam);
    }
  }
}`,
      errors: [html('this.route.snapshot.queryParams.q', 'bypassSecurityTrustHtml')],
    },
    {
      name: 'Angular queryParams.subscribe and queryParamMap.get with inject()',
      code: `import { Component, inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer } from '@angular/platform-browser';
@Component({ selector: 'app-promo', template: '' })
export class PromoComponent {
  private route = inject(ActivatedRoute);
  private sanitizer = inject(DomSanitizer);
  html: unknown;
  banner: unknown;
  ngOnInit() {
    this.route.queryParams.subscribe((params) => {
      this.html = this.sanitizer.bypassSecurityTrustHtml(params['promo']);
    });
    this.banner = this.sanitizer.bypassSecurityTrustHtml(this.route.snapshot.queryParamMap.get('banner'));
  }
}`,
      errors: [
        html('this.route.queryParams.promo', 'bypassSecurityTrustHtml'),
        html('this.route.snapshot.queryParamMap', 'bypassSecurityTrustHtml'),
      ],
    },
    {
      name: 'Angular constructor parameter route (not a property)',
      code: `import { ActivatedRoute } from '@angular/router';
import { DomSanitizer } from '@angular/platform-browser';
export class NoteComponent {
  note: unknown;
  constructor(route: ActivatedRoute, sanitizer: DomSanitizer) {
    this.note = sanitizer.bypassSecurityTrustHtml(route.snapshot.fragment);
  }
}`,
      errors: [html('route.snapshot.fragment', 'bypassSecurityTrustHtml')],
    },
    {
      name: 'promise then callback receives the request body',
      code: `import { Hono } from 'hono';
const app = new Hono();
app.post('/preview', (c) => c.req.json().then((draft) => c.html('<div class="preview">' + draft.note + '</div>')));`,
      errors: [html("c.req.json().note", 'c.html')],
    },
    {
      name: 'Handlebars SafeString of request data',
      code: `import express from 'express';
import Handlebars from 'handlebars';
const app = express();
app.get('/greet', (req, res) => {
  const safe = new Handlebars.SafeString('<b>' + req.query.name + '</b>');
  res.json({ safe: safe.toString() });
});`,
      errors: [html('req.query.name', 'Handlebars.SafeString')],
    },
  ],
});

const escapingOff = (engine: string, option: string) => ({ messageId: 'templateEscaping' as const, data: { engine, option } });

ruleTester.run('no-unsanitized-input (template engines)', rule, {
  valid: [
    {
      name: 'swig with autoescape on',
      code: `const express = require('express');
const swig = require('swig');
const app = express();
app.engine('html', swig.renderFile);
app.set('view engine', 'html');
swig.setDefaults({ autoescape: true, cache: false });`,
      languageOptions: commonjs.languageOptions,
    },
    {
      name: 'Nunjucks without escaping in a code generator (no web pages served)',
      code: `import nunjucks from 'nunjucks';
import { writeFileSync } from 'node:fs';
const env = nunjucks.configure('templates/sdk', { autoescape: false, trimBlocks: true });
writeFileSync('src/generated/client.ts', env.render('client.ts.njk', { operations: [] }));`,
    },
    {
      name: 'Handlebars noEscape for a plain-text e-mail in a script without handlers',
      code: `import Handlebars from 'handlebars';
export const receiptText = Handlebars.compile('Thanks {{name}}, you paid {{amount}}.', { noEscape: true });`,
    },
    {
      name: 'Mustache.escape replaced by a real escaper',
      code: `import express from 'express';
import Mustache from 'mustache';
import escapeHtml from 'escape-html';
Mustache.escape = (text) => escapeHtml(text);
const app = express();
app.get('/receipt', (req, res) => res.send(Mustache.render('<p>{{name}}</p>', { name: req.query.name })));`,
    },
  ],
  invalid: [
    {
      name: 'swig autoescape disabled in an Express app',
      code: `const express = require('express');
const consolidate = require('consolidate');
const swig = require('swig');
const app = express();
app.engine('html', consolidate.swig);
app.set('view engine', 'html');
swig.setDefaults({
  autoescape: false
});`,
      languageOptions: commonjs.languageOptions,
      errors: [escapingOff('Swig', 'autoescape')],
    },
    {
      name: 'Nunjucks configured without autoescape for the app views',
      code: `import express from 'express';
import nunjucks from 'nunjucks';
const app = express();
nunjucks.configure('views', { autoescape: false, express: app });
app.get('/checkout', (req, res) => res.render('checkout.njk', { coupon: req.query.coupon }));`,
      errors: [escapingOff('Nunjucks', 'autoescape')],
    },
    {
      name: 'Handlebars noEscape template rendered in a handler',
      code: `import express from 'express';
import Handlebars from 'handlebars';
const page = Handlebars.compile('<h1>Hello {{name}}</h1>', { noEscape: true });
const app = express();
app.get('/hello', (req, res) => res.send(page({ name: req.query.name })));`,
      errors: [escapingOff('Handlebars', 'noEscape')],
    },
    {
      name: 'Mustache.escape replaced by identity and EJS escape override',
      code: `import express from 'express';
import Mustache from 'mustache';
import ejs from 'ejs';
Mustache.escape = (text) => text;
const app = express();
app.get('/a', (req, res) => res.send(ejs.render('<p><%= name %></p>', { name: req.query.name }, { escape: (s) => String(s) })));`,
      errors: [escapingOff('Mustache', 'escape'), escapingOff('EJS', 'escape')],
    },
  ],
});

/** A Vue single-file component as vue-eslint-parser reads it (template and script). */
const vueSfc = { filename: 'Notice.vue', languageOptions: { parser: vueParser, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } } } as const;

ruleTester.run('no-unsanitized-input (Vue templates)', rule, {
  valid: [
    {
      name: 'v-html of a computed that sanitizes the route query',
      code: `<template><div v-html="notice"></div></template>
<script setup>
import { computed } from 'vue';
import { useRoute } from 'vue-router';
import DOMPurify from 'dompurify';
const route = useRoute();
const notice = computed(() => DOMPurify.sanitize(String(route.query.notice ?? '')));
</script>`,
      ...vueSfc,
    },
    {
      name: 'route query interpolated as text ({{ }} is escaped)',
      code: `<template><p>{{ $route.query.notice }}</p><div v-html="footer"></div></template>
<script>
export default {
  data() { return { footer: '<small>Secure checkout</small>' }; },
};
</script>`,
      ...vueSfc,
    },
    {
      name: 'v-html of a prop (the parent decides)',
      code: `<template><div v-html="body"></div></template>
<script>
export default { props: { body: String } };
</script>`,
      ...vueSfc,
    },
  ],
  invalid: [
    {
      name: 'v-html bound to $route.query in the template',
      code: `<template><div class="notice" v-html="$route.query.notice"></div></template>
<script>
export default { name: 'Notice' };
</script>`,
      ...vueSfc,
      errors: [html('$route.query.notice', 'v-html')],
    },
    {
      name: 'v-html of a script-setup computed fed by useRoute',
      code: `<template><div v-html="notice"></div></template>
<script setup>
import { computed } from 'vue';
import { useRoute } from 'vue-router';
const route = useRoute();
const notice = computed(() => '<b>' + route.query.notice + '</b>');
</script>`,
      ...vueSfc,
      errors: [html('useRoute().query.notice', 'v-html')],
    },
    {
      name: 'v-html of an Options API computed and data field fed by this.$route',
      code: `<template><div v-html="greeting"></div><p v-html="coupon"></p></template>
<script>
export default {
  data() { return { coupon: this.$route.query.coupon }; },
  computed: {
    greeting() { return 'Hello ' + this.$route.params.name; },
  },
};
</script>`,
      ...vueSfc,
      errors: [html('this.$route.params.name', 'v-html'), html('this.$route.query.coupon', 'v-html')],
    },
    {
      name: 'v-html of a ref holding a route parameter (lang="ts" script through the TypeScript parser)',
      code: `<template><section v-html="banner"></section></template>
<script setup lang="ts">
import { ref } from 'vue';
import { useRoute } from 'vue-router';
const banner = ref<string>(String(useRoute().params.slug));
</script>`,
      filename: 'Banner.vue',
      languageOptions: { parser: vueParser, parserOptions: { parser: { ts: tsParser }, sourceType: 'module' } },
      errors: [html('useRoute().params.slug', 'v-html')],
    },
  ],
});

ruleTester.run('no-unsanitized-input (DOM sinks and sanitizers)', rule, {
  valid: [
    {
      name: 'local escape helper before insertAdjacentHTML',
      code: `function escapeHtml(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
const coupon = new URLSearchParams(document.location.search).get('coupon');
document.getElementById('summary').insertAdjacentHTML('beforeend', '<li>' + escapeHtml(coupon) + '</li>');`,
    },
    {
      name: 'global DOMPurify around marked output',
      code: `const note = decodeURIComponent(location.hash.slice(1));
document.getElementById('note').innerHTML = DOMPurify.sanitize(marked.parse(note));`,
    },
    {
      name: 'hash parsed with parseInt before outerHTML',
      code: `const step = parseInt(location.hash.slice(1), 10);
document.getElementById('step').outerHTML = '<span id="step">Step ' + step + '</span>';`,
    },
  ],
  invalid: [
    {
      name: 'document.location.search into insertAdjacentHTML',
      code: `const coupon = new URLSearchParams(document.location.search).get('coupon');
document.getElementById('summary').insertAdjacentHTML('beforeend', '<li>' + coupon + '</li>');`,
      errors: [html('document.location.search', 'insertAdjacentHTML')],
    },
    {
      name: 'hash rendered through marked into innerHTML',
      code: `import { marked } from 'marked';
const note = decodeURIComponent(location.hash.slice(1));
document.getElementById('note').innerHTML = marked.parse(note);`,
      errors: [html('location.hash', 'innerHTML')],
    },
    {
      name: 'hash into outerHTML',
      code: `const step = location.hash.slice(1);
document.getElementById('step').outerHTML = '<span id="step">' + step + '</span>';`,
      errors: [html('location.hash', 'outerHTML')],
    },
  ],
});
