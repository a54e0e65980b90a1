#!/usr/bin/env node
/**
 * `npm run bench` — prints numbers; asserts nothing.
 *
 * 1. Corpus lint: the same real JS/TS files (a deterministic sample of node_modules, see corpus()) linted with
 *    ESLint's Node API three ways — no rules (parse-only floor), `recommended`, `all` — RUNS times each; median wall
 *    time, files/s, ratio to parse-only; per-rule time from ESLint's `stats`.
 * 2. Linear scaling: a generated payment-handler file at 1×, 4× and 16× size (16× ≈ 50k lines), `all` preset.
 * 3. Plugin load time in a fresh Node process.
 * 4. `concurrency: 2` vs off on the corpus: identical results and the speed-up.
 *
 * Options: --files N (default 2000), --runs N (default 5), --skip-concurrency.
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tsParser from '@typescript-eslint/parser';
import { ESLint, Linter } from 'eslint';
import plugin from '../dist/src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index === -1 ? fallback : Number(args[index + 1]);
};
const FILES = option('--files', 2000);
const RUNS = option('--runs', 5);
const EXTENSIONS = /\.(?:[cm]?[jt]s|[jt]sx)$/u;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(0)} ms`;

/** Deterministic sample: every k-th JS/TS file (≤ 200 kB, no .d.ts) under node_modules, sorted by path. */
function corpus() {
  const all = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === '.bin') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (EXTENSIONS.test(entry.name) && !/\.d\.[cm]?ts$/u.test(entry.name) && statSync(path).size <= 200_000) {
        all.push(path);
      }
    }
  };
  walk(join(root, 'node_modules'));
  all.sort();
  const step = Math.max(1, Math.floor(all.length / FILES));
  return { total: all.length, files: all.filter((_, index) => index % step === 0).slice(0, FILES) };
}

const HANDLER = (i) => `
app.post('/api/orders/${i}/pay', async (req, res) => {
  const order = await db.orders.findById(req.params.id);
  if (!order) return res.status(404).json({ error: 'not found' });
  const customer = await stripe.customers.retrieve(order.customerId);
  logger.info({ orderId: order.id, amount: order.total }, 'creating payment ${i}');
  try {
    const intent = await stripe.paymentIntents.create(
      { amount: order.total, currency: order.currency, customer: customer.id, metadata: { orderId: order.id } },
      { idempotencyKey: \`order-\${order.id}-attempt-\${order.attempt}\` },
    );
    await db.orders.update(order.id, { paymentIntentId: intent.id, status: intent.status });
    const url = new URL(\`/orders/\${order.id}/receipt\`, process.env.PUBLIC_BASE_URL ?? 'https://shop.example');
    res.json({ clientSecret: intent.client_secret, receiptUrl: url.toString(), last4: order.card?.last4 });
  } catch (err) {
    logger.error({ code: err.code, type: err.type }, 'payment failed');
    res.status(402).json({ error: 'Payment could not be processed.' });
  }
});
`;

function generatedFile(copies) {
  const head = `import express from 'express';
import Stripe from 'stripe';
import pino from 'pino';
import { db } from './db.js';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const logger = pino({ redact: ['req.headers.authorization'] });
const app = express();
app.use(express.json());
`;
  return head + Array.from({ length: copies }, (_, i) => HANDLER(i)).join('') + '\nexport default app;\n';
}

const baseConfig = {
  files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
  languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
  linterOptions: { reportUnusedDisableDirectives: 'off' },
};
const presets = {
  'parse-only': [baseConfig],
  recommended: [baseConfig, plugin.configs.recommended],
  all: [baseConfig, plugin.configs.all],
};

async function lintCorpus(dir, preset, extra = {}) {
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: presets[preset], ...extra });
  const started = performance.now();
  const results = await eslint.lintFiles(['.']);
  return { ms: performance.now() - started, results };
}

const { total, files } = corpus();
const dir = mkdtempSync(join(tmpdir(), 'payment-security-bench-'));
files.forEach((file, index) => {
  const target = join(dir, String(index % 100), `${index}-${file.split('/').pop()}`);
  mkdirSync(join(dir, String(index % 100)), { recursive: true });
  copyFileSync(file, target);
});

console.log(`eslint-plugin-payment-security benchmark — Node ${process.version}, ESLint ${ESLint.version}, ${Object.keys(plugin.rules).length} rules`);
console.log(`Corpus: ${files.length} files sampled deterministically from ${total} JS/TS files in node_modules; ${RUNS} runs each.\n`);

const timings = {};
for (const preset of Object.keys(presets)) {
  await lintCorpus(dir, preset); // warm-up
  const runs = [];
  for (let run = 0; run < RUNS; run++) runs.push((await lintCorpus(dir, preset)).ms);
  timings[preset] = median(runs);
}
console.log('| Preset | Median wall time | Files/s | Ratio to parse-only |');
console.log('|---|---:|---:|---:|');
for (const [preset, time] of Object.entries(timings)) {
  console.log(`| ${preset} | ${ms(time)} | ${(files.length / (time / 1000)).toFixed(0)} | ${(time / timings['parse-only']).toFixed(3)}× |`);
}

// Per-rule time from ESLint's stats (`all` preset).
const { results } = await lintCorpus(dir, 'all', { stats: true });
const perRule = new Map();
let lintTotal = 0;
for (const result of results) {
  for (const pass of result.stats?.times.passes ?? []) {
    lintTotal += pass.total;
    for (const [rule, { total: time }] of Object.entries(pass.rules ?? {})) perRule.set(rule, (perRule.get(rule) ?? 0) + time);
  }
}
console.log(`\nPer-rule time (\`all\`, ESLint stats; share of total lint time ${ms(lintTotal)}):`);
console.log('| Rule | Time | Share |');
console.log('|---|---:|---:|');
for (const [rule, time] of [...perRule].sort((a, b) => b[1] - a[1])) {
  console.log(`| ${rule} | ${time.toFixed(1)} ms | ${((time / lintTotal) * 100).toFixed(2)} % |`);
}

// Linear scaling on one generated file.
console.log('\nLinear scaling (generated payment-handler file, `all` preset, median of 3):');
console.log('| Size | Lines | Time | ms per 1k lines |');
console.log('|---|---:|---:|---:|');
const linter = new Linter({ configType: 'flat', cwd: dir });
for (const factor of [1, 4, 16]) {
  const code = generatedFile(190 * factor);
  const lines = code.split('\n').length;
  const times = [];
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    linter.verify(code, presets.all, { filename: join(dir, 'generated', 'server.ts') });
    times.push(performance.now() - started);
  }
  const time = median(times);
  console.log(`| ${factor}× | ${lines} | ${ms(time)} | ${((time / lines) * 1000).toFixed(1)} |`);
}

// Plugin load time in a fresh process.
const loadTimes = [];
for (let run = 0; run < 5; run++) {
  const output = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', "const t = performance.now(); await import('eslint-plugin-payment-security'); console.log(performance.now() - t);"],
    { cwd: root, encoding: 'utf8' },
  );
  loadTimes.push(Number(output.trim()));
}
console.log(`\nPlugin load (fresh process, import of the built package, median of 5): ${ms(median(loadTimes))}`);

if (!args.includes('--skip-concurrency')) {
  // Worker threads need cloneable options, so the `all` preset goes through a config file here.
  const configFile = join(dir, 'eslint.config.js');
  writeFileSync(
    configFile,
    `import * as tsParser from ${JSON.stringify(import.meta.resolve('@typescript-eslint/parser'))};
import plugin from ${JSON.stringify(new URL('../dist/src/index.js', import.meta.url).href)};
export default [
  { files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } }, linterOptions: { reportUnusedDisableDirectives: 'off' } },
  plugin.configs.all,
  { ignores: ['eslint.config.js'] },
];
`,
  );
  const viaFile = async (concurrency) => {
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: configFile, concurrency });
    const started = performance.now();
    const results = await eslint.lintFiles(['.']);
    return { ms: performance.now() - started, results };
  };
  await viaFile('off');
  const off = await viaFile('off');
  const two = await viaFile(2);
  const key = (list) =>
    JSON.stringify(
      list
        .map((r) => [r.filePath, r.messages.map((m) => [m.ruleId, m.line, m.column])])
        .sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    );
  console.log(
    `\nConcurrency (\`all\`): off ${ms(off.ms)}, 2 workers ${ms(two.ms)} → speed-up ${(off.ms / two.ms).toFixed(2)}×; identical results: ${key(off.results) === key(two.results)}`,
  );
}

rmSync(dir, { recursive: true, force: true });
writeFileSync(join(root, 'bench', '.last-run'), new Date().toISOString());
