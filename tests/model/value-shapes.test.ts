/**
 * One set of value semantics for every rule: each analysis that asks "where does this value come from" (the taint
 * analysis of no-unsanitized-input and no-client-controlled-amount, the sensitive-data analysis of
 * no-sensitive-data-in-logs, static option values of no-disabled-certificate-validation, the value flow of
 * no-insecure-randomness) must see through the same shapes — the ones src/values/static-values.ts
 * `resolveExpression` / `resolveIdentifier` resolve and the wrappers src/ast/ast.ts `skipWrappers` skips. For every
 * rule and shape, the value at fault is reported, and a twin with a harmless value in the same shape is not; shapes
 * whose value is not one expression (a helper called from two places, a variable written in a branch) are unknown
 * and never reported.
 */
import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';

interface Probe {
  readonly rule: string;
  /** Lines before the shape (imports, the handler's opening line). */
  readonly before: string;
  readonly after: string;
  /** The value at fault and a harmless one of the same kind. */
  readonly bad: string;
  readonly good: string;
  /** The statement that uses `value`. */
  readonly sink: (value: string) => string;
}

const HANDLER_BEFORE = (imports: string) => `${imports}\nconst app = express();\napp.post('/orders/:id', async (req, res) => {`;
const HANDLER_AFTER = '  res.end();\n});';

const PROBES: Readonly<Record<string, Probe>> = {
  'no-unsanitized-input (SQL)': {
    rule: 'no-unsanitized-input',
    before: HANDLER_BEFORE(`import express from 'express';\nimport mysql from 'mysql2';\nconst db = mysql.createPool({});`),
    after: HANDLER_AFTER,
    bad: 'req.query.id',
    good: 'Number(req.query.id)',
    sink: (value) => `  await db.query('SELECT * FROM orders WHERE id = ' + ${value});`,
  },
  'no-client-controlled-amount': {
    rule: 'no-client-controlled-amount',
    before: HANDLER_BEFORE(
      `import express from 'express';\nimport Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nconst PRICES = { basic: 1500, pro: 4900 };`,
    ),
    after: HANDLER_AFTER,
    bad: 'req.body.amount',
    good: 'PRICES.basic',
    sink: (value) => `  await stripe.paymentIntents.create({ amount: ${value}, currency: 'usd' });`,
  },
  'no-sensitive-data-in-logs': {
    rule: 'no-sensitive-data-in-logs',
    before: HANDLER_BEFORE(`import express from 'express';`),
    after: HANDLER_AFTER,
    bad: 'req.body.cardNumber',
    good: 'req.body.cardNumber.slice(-4)',
    sink: (value) => `  console.log('paying with', ${value});`,
  },
  'no-disabled-certificate-validation': {
    rule: 'no-disabled-certificate-validation',
    before: `import https from 'node:https';\nexport async function connect(host) {`,
    after: '}',
    bad: 'false',
    good: 'true',
    sink: (value) => `  return https.request({ host, rejectUnauthorized: ${value} });`,
  },
  'no-insecure-randomness': {
    rule: 'no-insecure-randomness',
    before: `import Stripe from 'stripe';\nimport { randomUUID } from 'node:crypto';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport async function pay(order) {`,
    after: '}',
    bad: 'Math.random().toString(36).slice(2)',
    good: 'randomUUID()',
    sink: (value) => `  await stripe.paymentIntents.create({ amount: order.total, currency: 'usd' }, { idempotencyKey: ${value} });`,
  },
};

/** A shape puts the source expression somewhere and hands the sink a way to read it back. */
const SHAPES: Readonly<Record<string, (source: string, sink: (value: string) => string) => string>> = {
  'as is': (source, sink) => sink(source),
  'const': (source, sink) => `  const value = ${source};\n${sink('value')}`,
  'let written once after its declaration': (source, sink) => `  let value;\n  value = ${source};\n${sink('value')}`,
  'destructured from an object literal': (source, sink) => `  const { value } = { value: ${source}, other: 1 };\n${sink('value')}`,
  'destructured from an array literal': (source, sink) => `  const [first] = [${source}];\n${sink('first')}`,
  'field of an object literal': (source, sink) => `  const options = { value: ${source} };\n${sink('options.value')}`,
  'field reached through a spread': (source, sink) => `  const base = { value: ${source} };\n  const options = { ...base, label: 'x' };\n${sink('options.value')}`,
  'element of an array literal': (source, sink) => `  const values = [${source}];\n${sink('values[0]')}`,
  'returned by a helper of the file': (source, sink) => `  const read = () => ${source};\n${sink('read()')}`,
  "a single-call helper's parameter": (source, sink) => `  const use = async (input) => {\n${sink('input')}\n  };\n  await use(${source});`,
  'through parentheses and a conditional': (source, sink) => `  const value = (process.env.FLAG ? ${source} : ${source});\n${sink('value')}`,
};

/** Shapes whose value is not one expression: never reported, whatever the value. */
const UNKNOWN_SHAPES: Readonly<Record<string, (source: string, sink: (value: string) => string) => string>> = {
  'a helper called from two places': (source, sink) =>
    `  const use = async (input) => {\n${sink('input')}\n  };\n  await use(${source});\n  await use(undefined);`,
  'written only inside a branch': (source, sink) => `  let value;\n  if (process.env.FLAG) {\n    value = ${source};\n  }\n${sink('value')}`,
  'a field written into after the literal': (source, sink) =>
    `  const options = { value: ${source} };\n  options.value = undefined;\n${sink('options.value')}`,
};

function lint(probe: Probe, code: string): string[] {
  const linter = new Linter();
  const config = [
    {
      files: ['**/*.js'],
      plugins: { 'payment-security': plugin },
      rules: { [`payment-security/${probe.rule}`]: 'error' },
    },
    { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  ] as unknown as Linter.Config[];
  const messages = linter.verify(code, config, { filename: 'src/payments.js' });
  const fatal = messages.find((message) => message.fatal === true || message.ruleId === null);
  if (fatal) throw new Error(`${fatal.message}\n${code}`);
  return messages.map((message) => message.ruleId ?? '');
}

const program = (probe: Probe, body: string): string => `${probe.before}\n${body}\n${probe.after}\n`;

describe.each(Object.entries(PROBES))('%s', (_name, probe) => {
  it.each(Object.entries(SHAPES))('reports the value at fault %s', (_shape, shape) => {
    const reported = lint(probe, program(probe, shape(probe.bad, probe.sink)));
    expect(reported.length).toBeGreaterThan(0);
    expect(new Set(reported)).toEqual(new Set([`payment-security/${probe.rule}`]));
  });

  it.each(Object.entries(SHAPES))('does not report a harmless value %s', (_shape, shape) => {
    expect(lint(probe, program(probe, shape(probe.good, probe.sink)))).toEqual([]);
  });

  if (probe.rule === 'no-disabled-certificate-validation') {
    // Only a static value is reported here, so a value that is not one expression must stay silent.
    it.each(Object.entries(UNKNOWN_SHAPES))('does not report a value that is not known: %s', (_shape, shape) => {
      expect(lint(probe, program(probe, shape(probe.bad, probe.sink)))).toEqual([]);
    });
  }
});
