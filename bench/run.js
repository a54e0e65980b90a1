#!/usr/bin/env node
/**
 * `npm run bench` — prints numbers; asserts nothing.
 *
 * 1. Corpus lint: the same real JS/TS files linted with ESLint's Node API four ways — no rules (parse-only), one
 *    no-op rule (the floor of any plugin: with no rules ESLint skips traversal and code-path analysis),
 *    `recommended`, `all` — RUNS times each, as users lint them: .js/.cjs/.mjs/.jsx through ESLint's default parser
 *    (espree, JSX on), .ts/.tsx/.mts/.cts through @typescript-eslint/parser. Median wall and CPU time, files/s, ratio
 *    to parse-only measured in the same run; per-rule share of lint time from ESLint's `stats` (`all` preset).
 *    Corpus: `--corpus <dir>`, a real TypeScript application (every JS/TS file of the tree outside node_modules, no
 *    .d.ts, ≤ 200 kB; `--files N` samples N of them deterministically). The reference corpus is Vendure at the
 *    commit pinned in bench/real-code/repos.json:
 *      git clone https://github.com/vendure-ecommerce/vendure.git /tmp/vendure
 *      git -C /tmp/vendure checkout 1633446f4ee203e5e3fbca628bee952893bffa5b
 *      npm run bench -- --corpus /tmp/vendure
 *    Without `--corpus`: a deterministic sample of node_modules (`--files N`, default 2000).
 * 2. Peak memory: each preset lints the corpus once in a child process of its own; its peak RSS
 *    (`process.resourceUsage().maxRSS`) next to parse-only's.
 * 3. Linear scaling: a generated payment-handler file at 1×, 4× and 16× size (16× ≈ 50k lines), `all` preset.
 * 4. Plugin load time in a fresh Node process.
 * 5. `concurrency: 2` vs off on the corpus: identical results and the speed-up.
 * 6. The performance targets, met or not: `recommended` ≤ 1.05× and `all` ≤ 1.10× parse-only (median wall time),
 *    peak RSS ≤ parse-only + 50 MB, no rule above 2 % of lint time.
 *
 * Options: --corpus DIR, --files N, --runs N (default 5), --skip-concurrency, --skip-scaling, --in-place, --plugin FILE.
 * By default the sampled files are copied into a temporary folder (so their relative imports do not resolve: the
 * figures leave out reading other project modules). `--in-place` lints them where they are, so the rules also read
 * the project modules the files import (src/modules/project-modules.ts, function summaries) as in a user's run;
 * the per-process caches of those modules stay warm across the timed runs (peak memory runs in fresh processes).
 * On a shared machine wall time is noisy: compare the CPU-time ratios too.
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as tsParser from '@typescript-eslint/parser';
import { ESLint, Linter } from 'eslint';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const stringOption = (name) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};
const option = (name, fallback) => {
  const value = stringOption(name);
  return value === undefined ? fallback : Number(value);
};
const CORPUS = stringOption('--corpus');
const IN_PLACE = args.includes('--in-place');
/** `--plugin FILE`: another build's entry (e.g. a frozen copy of an earlier commit's dist/src/index.js). */
const PLUGIN = stringOption('--plugin');
const { default: plugin } = await import(PLUGIN ? pathToFileURL(resolve(PLUGIN)).href : '../dist/src/index.js');
const FILES = option('--files', CORPUS ? Infinity : 2000);
const RUNS = Math.max(1, option('--runs', 5));
/** Child mode: lint `--child-dir` once with `--child-preset` and print the peak RSS (used by section 2). */
const CHILD_PRESET = stringOption('--child-preset');
const EXTENSIONS = /\.(?:[cm]?[jt]s|[jt]sx)$/u;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(0)} ms`;

/** Every JS/TS file (≤ 200 kB, no .d.ts) under `top`, skipping node_modules (and .bin), sorted by path. */
function listFiles(top, { skipNodeModules }) {
  const all = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === '.bin' || entry.name === '.git' || (skipNodeModules && entry.name === 'node_modules')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && EXTENSIONS.test(entry.name) && !/\.d\.[cm]?ts$/u.test(entry.name) && statSync(path).size <= 200_000) {
        all.push(path);
      }
    }
  };
  walk(top);
  return all.sort();
}

/** Deterministic sample: every k-th file, at most FILES. */
function sample(all) {
  if (!Number.isFinite(FILES) || all.length <= FILES) return all;
  const step = Math.max(1, Math.floor(all.length / FILES));
  return all.filter((_, index) => index % step === 0).slice(0, FILES);
}

function corpus() {
  if (CORPUS) {
    const all = listFiles(CORPUS, { skipNodeModules: true });
    return { description: `${CORPUS} (every JS/TS file outside node_modules)`, total: all.length, files: sample(all), root: CORPUS };
  }
  const all = listFiles(join(root, 'node_modules'), { skipNodeModules: false });
  return { description: 'node_modules of this repository', total: all.length, files: sample(all), root: join(root, 'node_modules') };
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

/** The users' setup: ESLint's default parser for JavaScript, @typescript-eslint/parser for TypeScript. */
const baseConfig = [
  { files: ['**/*.{js,mjs,cjs,jsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  { files: ['**/*.{ts,mts,cts,tsx}'], languageOptions: { parser: tsParser } },
  { linterOptions: { reportUnusedDisableDirectives: 'off' } },
];
/**
 * `one no-op rule`: ESLint with a single rule that registers nothing. With no rules at all ESLint skips the AST
 * traversal and code-path analysis, so this is the floor any plugin starts from; ratios to it are printed too.
 */
const noopRule = { plugins: { bench: { rules: { noop: { meta: { schema: [] }, create: () => ({}) } } } }, rules: { 'bench/noop': 'error' } };
const presets = {
  'parse-only': baseConfig,
  'one no-op rule': [...baseConfig, noopRule],
  recommended: [...baseConfig, plugin.configs.recommended],
  all: [...baseConfig, plugin.configs.all],
};

/** What the timed sections lint: the copied corpus, or (`--in-place`) the sampled files where they are. */
let inPlaceFiles = null;
function lintTarget(dir) {
  if (!IN_PLACE || !CORPUS) return { cwd: dir, patterns: ['.'] };
  inPlaceFiles ??= sample(listFiles(CORPUS, { skipNodeModules: true }));
  return { cwd: CORPUS, patterns: inPlaceFiles };
}

async function lintCorpus(dir, preset, extra = {}) {
  const target = lintTarget(dir);
  const eslint = new ESLint({ cwd: target.cwd, overrideConfigFile: true, overrideConfig: presets[preset], ...extra });
  const cpu = process.cpuUsage();
  const started = performance.now();
  const results = await eslint.lintFiles(target.patterns);
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { ms: wall, cpuMs: (used.user + used.system) / 1000, results };
}

if (CHILD_PRESET) {
  await lintCorpus(stringOption('--child-dir'), CHILD_PRESET);
  console.log(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
  process.exit(0);
}

const { description, total, files } = corpus();
const dir = mkdtempSync(join(tmpdir(), 'payment-security-bench-'));
files.forEach((file, index) => {
  const target = join(dir, String(index % 100), `${index}-${file.split('/').pop()}`);
  mkdirSync(join(dir, String(index % 100)), { recursive: true });
  copyFileSync(file, target);
});
const lines = files.reduce((sum, file) => sum + readFileSync(file, 'utf8').split('\n').length, 0);

console.log(`eslint-plugin-payment-security benchmark — Node ${process.version}, ESLint ${ESLint.version}, ${Object.keys(plugin.rules).length} rules`);
console.log(`Corpus: ${files.length} of ${total} files (${(lines / 1000).toFixed(0)} kLOC) from ${description}; ${RUNS} run(s) each after a warm-up.`);
console.log(IN_PLACE ? 'Linted in place: imports of other project modules resolve.\n' : 'Linted as copies in a temporary folder: imports of other project modules do not resolve (see --in-place).\n');

// Presets interleaved run by run, so that load from other processes hits all of them alike.
const wall = Object.fromEntries(Object.keys(presets).map((preset) => [preset, []]));
const cpu = Object.fromEntries(Object.keys(presets).map((preset) => [preset, []]));
for (const preset of Object.keys(presets)) await lintCorpus(dir, preset); // warm-up
for (let run = 0; run < RUNS; run++) {
  for (const preset of Object.keys(presets)) {
    const { ms: time, cpuMs } = await lintCorpus(dir, preset);
    wall[preset].push(time);
    cpu[preset].push(cpuMs);
  }
}
const timings = Object.fromEntries(Object.keys(presets).map((preset) => [preset, median(wall[preset])]));
const cpuTimings = Object.fromEntries(Object.keys(presets).map((preset) => [preset, median(cpu[preset])]));
const floor = 'one no-op rule';
console.log('| Preset | Median wall time | Files/s | Ratio to parse-only (wall) | Median CPU time | Ratio to parse-only (CPU) | Ratio to one no-op rule (wall / CPU) |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const [preset, time] of Object.entries(timings)) {
  console.log(
    `| ${preset} | ${ms(time)} | ${(files.length / (time / 1000)).toFixed(0)} | ${(time / timings['parse-only']).toFixed(3)}× | ${ms(cpuTimings[preset])} | ${(cpuTimings[preset] / cpuTimings['parse-only']).toFixed(3)}× | ${(time / timings[floor]).toFixed(3)}× / ${(cpuTimings[preset] / cpuTimings[floor]).toFixed(3)}× |`,
  );
}

// Peak memory: one child process per preset and lint, RSS_RUNS rounds interleaved; the median per preset (a single
// peak depends on when V8 decides to grow its heap, which swings by 200 MB on a loaded machine).
const RSS_RUNS = 3;
const rss = Object.fromEntries(Object.keys(presets).map((preset) => [preset, []]));
for (let round = 0; round < RSS_RUNS; round++) {
  for (const preset of Object.keys(presets)) {
    const childArgs = ['--child-preset', preset, '--child-dir', dir, ...(IN_PLACE ? ['--in-place', '--corpus', CORPUS, '--files', String(FILES)] : []), ...(PLUGIN ? ['--plugin', PLUGIN] : [])];
    const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url), ...childArgs], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    rss[preset].push(JSON.parse(output.trim().split('\n').pop()).maxRssKb / 1024);
  }
}
const peak = Object.fromEntries(Object.keys(presets).map((preset) => [preset, median(rss[preset])]));
console.log(`\nPeak memory (one lint of the corpus per child process, \`process.resourceUsage().maxRSS\`, median of ${RSS_RUNS}):`);
console.log('| Preset | Peak RSS (median) | Over parse-only | All rounds |');
console.log('|---|---:|---:|---|');
for (const [preset, mb] of Object.entries(peak)) {
  const over = preset === 'parse-only' ? '' : `${mb >= peak['parse-only'] ? '+' : ''}${(mb - peak['parse-only']).toFixed(0)} MB`;
  console.log(`| ${preset} | ${mb.toFixed(0)} MB | ${over} | ${rss[preset].map((value) => value.toFixed(0)).join(', ')} MB |`);
}

// Per-rule time from ESLint's stats (`all` preset). A pass's `total` is parse + rules + fixes; the share is of the
// time spent in rules (and, for the "of lint time" figure, of the whole lint).
const { results } = await lintCorpus(dir, 'all', { stats: true });
const perRule = new Map();
let lintTotal = 0;
let rulesTotal = 0;
for (const result of results) {
  for (const pass of result.stats?.times?.passes ?? []) {
    lintTotal += Number(pass.total?.total ?? pass.total ?? 0) || 0;
    for (const [rule, timing] of Object.entries(pass.rules ?? {})) {
      const time = Number(timing?.total ?? 0) || 0;
      rulesTotal += time;
      perRule.set(rule, (perRule.get(rule) ?? 0) + time);
    }
  }
}
const share = (time) => (lintTotal > 0 ? (time / lintTotal) * 100 : 0);
console.log(`\nPer-rule time (\`all\`, ESLint stats; lint time ${ms(lintTotal)}, of which rules ${ms(rulesTotal)}):`);
console.log('| Rule | Time | Share of lint time |');
console.log('|---|---:|---:|');
const ranked = [...perRule].sort((a, b) => b[1] - a[1]);
for (const [rule, time] of ranked) {
  console.log(`| ${rule} | ${time.toFixed(1)} ms | ${share(time).toFixed(2)} % |`);
}

// Linear scaling on one generated file.
if (!args.includes('--skip-scaling')) {
  console.log('\nLinear scaling (generated payment-handler file, `all` preset, median of 3):');
  console.log('| Size | Lines | Time | ms per 1k lines |');
  console.log('|---|---:|---:|---:|');
  const linter = new Linter({ configType: 'flat', cwd: dir });
  for (const factor of [1, 4, 16]) {
    const code = generatedFile(190 * factor);
    const count = code.split('\n').length;
    const times = [];
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      linter.verify(code, presets.all, { filename: join(dir, 'generated', 'server.ts') });
      times.push(performance.now() - started);
    }
    const time = median(times);
    console.log(`| ${factor}× | ${count} | ${ms(time)} | ${((time / count) * 1000).toFixed(1)} |`);
  }
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
import plugin from ${JSON.stringify(PLUGIN ? pathToFileURL(resolve(PLUGIN)).href : new URL('../dist/src/index.js', import.meta.url).href)};
export default [
  { files: ['**/*.{js,mjs,cjs,jsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  { files: ['**/*.{ts,mts,cts,tsx}'], languageOptions: { parser: tsParser } },
  { linterOptions: { reportUnusedDisableDirectives: 'off' } },
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

// The targets (README "Performance").
const verdict = (met) => (met ? 'met' : 'not met');
const recommendedRatio = timings.recommended / timings['parse-only'];
const allRatio = timings.all / timings['parse-only'];
const recommendedCpu = cpuTimings.recommended / cpuTimings['parse-only'];
const allCpu = cpuTimings.all / cpuTimings['parse-only'];
const extraRss = Math.max(peak.recommended, peak.all) - peak['parse-only'];
const [topRule, topTime] = ranked[0] ?? ['(none)', 0];
// A time target counts as met only when both the wall-time and the CPU-time ratio are within it: on a shared machine
// either one alone can flatter the plugin.
console.log('\ntargets:');
console.log(
  `- recommended ≤1.05× parse-only: ${verdict(recommendedRatio <= 1.05 && recommendedCpu <= 1.05)} (${recommendedRatio.toFixed(3)}× wall, ${recommendedCpu.toFixed(3)}× CPU)`,
);
console.log(`- all ≤1.10× parse-only: ${verdict(allRatio <= 1.1 && allCpu <= 1.1)} (${allRatio.toFixed(3)}× wall, ${allCpu.toFixed(3)}× CPU)`);
console.log(
  `- peak RSS ≤ parse-only + 50 MB: ${verdict(extraRss <= 50)} (${extraRss >= 0 ? '+' : ''}${extraRss.toFixed(0)} MB: recommended ${peak.recommended.toFixed(0)} MB, all ${peak.all.toFixed(0)} MB, parse-only ${peak['parse-only'].toFixed(0)} MB)`,
);
console.log(`- no rule above 2 % of lint time: ${verdict(share(topTime) <= 2)} (top: ${topRule} ${share(topTime).toFixed(2)} %)`);
console.log(
  `  (ESLint with one no-op rule already costs ${(timings[floor] / timings['parse-only']).toFixed(3)}× wall / ${(cpuTimings[floor] / cpuTimings['parse-only']).toFixed(3)}× CPU of parse-only; over that floor: recommended ${(timings.recommended / timings[floor]).toFixed(3)}× / ${(cpuTimings.recommended / cpuTimings[floor]).toFixed(3)}×, all ${(timings.all / timings[floor]).toFixed(3)}× / ${(cpuTimings.all / cpuTimings[floor]).toFixed(3)}×)`,
);

rmSync(dir, { recursive: true, force: true });
writeFileSync(join(root, 'bench', '.last-run'), new Date().toISOString());
