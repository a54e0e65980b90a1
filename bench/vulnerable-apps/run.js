#!/usr/bin/env node
/**
 * Recall on deliberately vulnerable apps — prints numbers; asserts nothing; always exits 0. Not part of `npm test`.
 *
 * Lints deliberately vulnerable Node.js/TypeScript applications (OWASP NodeGoat, DVNA, dvws-node, OWASP Juice Shop)
 * with the plugin's `all` config the way users set it up, and matches the findings against expected.csv: one row per
 * vulnerability the app's own documentation names (tutorial page, solution document, README list or challenge
 * definition) that falls in the plugin's categories. Prints caught / missed per row, totals per category and per
 * app, and every finding that is NOT on the list, joined with a human verdict from verdicts.csv (TP / FP /
 * DEBATABLE) so that precision can be judged.
 *
 * Checkouts (not part of this repository; never copy them in): repos.json lists each repository and the pinned
 * commit. Put one folder per repository under a directory (default /work/vulnapps), named `<owner>+<name>` (or just
 * `<name>`), holding that repository's files at the pinned commit, e.g.
 *
 *   git clone https://github.com/<owner>/<name> <dir>/<owner>+<name> && git -C <dir>/<owner>+<name> checkout <commit>
 *
 * or, from any clone or bare mirror: `mkdir -p <dir>/<owner>+<name> && git --git-dir=<mirror> archive <commit> |
 * tar -x -C <dir>/<owner>+<name>`.
 *
 * Run (from the repository root):
 *
 *   npm run build && node bench/vulnerable-apps/run.js [--dir /work/vulnapps]
 *
 * Options:
 *   --dir <dir>         directory holding the checkouts (default /work/vulnapps)
 *   --plugin <file>     plugin entry to load (default: ../../dist/src/index.js relative to this script)
 *   --preset <name>     config to use (default: all)
 *   --window <n>        a finding matches an expected row within n lines (default 2)
 *   --json <file>       also write rows, findings and verdicts as JSON
 *
 * Setup per repository: ESLint's `ESLint` class, cwd = the checkout root, `overrideConfigFile: true`, TypeScript files
 * through @typescript-eslint/parser, JS/JSX through espree with JSX on, then plugin.configs[preset]; node_modules,
 * dist, build, minified files, declaration files and Juice Shop's coding-challenge answer snippets
 * (data/static/codefixes: quiz material, not application code) are ignored.
 *
 * expected.csv: repo,commit,file,line,category,expected_rules,source — expected_rules separated by `|`, without the
 * `payment-security/` prefix. A row is caught when a finding of one of its rules lies in the same file within the
 * window. verdicts.csv: repo,commit,file,line,rule,verdict,reason for findings that match no row. Precision =
 * (findings on the list + TP) / (findings on the list + TP + FP); DEBATABLE and unjudged are excluded.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkoutDir, createLinter, INTERNAL_ERROR, key, posix, PREFIX, readTable } from '../lib/corpus.js';
import { loadPlugin, parseOptions, readRepos, runBench } from '../lib/runner.js';

const here = dirname(fileURLToPath(import.meta.url));

function parseArgs(argv) {
  const setDir = (options, value) => {
    options.dir = resolve(value);
  };
  return parseOptions(argv, { dir: '/work/vulnapps', preset: 'all', window: 2 }, {
    '--dir': setDir,
    '--checkouts': setDir,
    '--preset': (options, value) => {
      options.preset = value;
    },
    '--window': (options, value) => {
      options.window = Number(value);
    },
  });
}

/** Juice Shop's coding-challenge answer snippets: quiz material, not application code. */
const JUICE_SHOP_ANSWERS = ['data/static/codefixes/**'];

const pct = (n, d) => (d === 0 ? 'n/a' : `${((n / d) * 100).toFixed(1)}%`);

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const repos = readRepos(here);
  const plugin = await loadPlugin(options.plugin);
  if (!plugin.configs?.[options.preset]) throw new Error(`preset ${options.preset} is not defined by ${options.plugin}`);
  const expected = readTable(join(here, 'expected.csv'), ['repo', 'commit', 'file', 'line', 'category', 'expected_rules', 'source']);
  const judged = readTable(join(here, 'verdicts.csv'), ['repo', 'commit', 'file', 'line', 'rule', 'verdict', 'reason']);
  for (const problem of [...expected.problems, ...judged.problems]) console.log(problem);
  const rows = expected.rows.map((row) => ({ ...row, line: Number(row.line), rules: row.expected_rules.split('|').map((r) => r.trim()), caughtBy: [] }));
  const verdicts = new Map(judged.rows.map((v) => [key(v.repo, v.file, Number(v.line), v.rule.replace(PREFIX, '')), v]));

  console.log(`Plugin: ${options.plugin}\nCheckouts: ${options.dir}\nPreset: ${options.preset}; window ±${options.window} lines`);
  const findings = [];
  const parseErrors = [];
  const internalErrors = [];
  const missing = [];
  const sizes = new Map();
  for (const entry of repos) {
    const dir = checkoutDir(options.dir, entry.repo);
    if (!dir) {
      missing.push(entry.repo);
      continue;
    }
    const started = Date.now();
    const results = await createLinter(dir, plugin, options.preset, { ignores: JUICE_SHOP_ANSWERS }).lintFiles(['.']);
    sizes.set(entry.repo, { files: results.length, seconds: (Date.now() - started) / 1000 });
    for (const result of results) {
      const file = posix(relative(dir, result.filePath));
      for (const message of result.messages) {
        if (message.fatal) parseErrors.push(`${entry.repo} ${file}:${message.line} ${message.message}`);
        if (!message.ruleId?.startsWith(PREFIX)) continue;
        const rule = message.ruleId.slice(PREFIX.length);
        if (message.messageId === INTERNAL_ERROR) {
          internalErrors.push(`${entry.repo} ${file}:${message.line} ${rule} ${message.message.split('\n')[0]}`);
          continue;
        }
        findings.push({ repo: entry.repo, commit: entry.commit, file, line: message.line, rule, message: message.message.replace(/\s+/gu, ' ') });
      }
    }
  }

  // Match findings to expected rows.
  for (const f of findings) {
    const hits = rows.filter(
      (row) => row.repo === f.repo && row.file === f.file && Math.abs(row.line - f.line) <= options.window && row.rules.includes(f.rule),
    );
    // A finding counts for the nearest row(s) only, so one finding cannot cover several adjacent rows.
    const nearest = Math.min(...hits.map((row) => Math.abs(row.line - f.line)));
    for (const row of hits) if (Math.abs(row.line - f.line) === nearest) row.caughtBy.push(`${f.rule}@${f.line}`);
    f.expected = hits.length > 0;
    const verdict = verdicts.get(key(f.repo, f.file, f.line, f.rule));
    f.verdict = f.expected ? 'EXPECTED' : (verdict?.verdict?.toUpperCase() ?? null);
    f.reason = verdict?.reason ?? null;
  }

  console.log('\nExpected rows:');
  for (const row of rows) {
    const status = row.caughtBy.length > 0 ? 'CAUGHT' : 'missed';
    console.log(`  ${status.padEnd(7)}${row.repo} ${row.file}:${row.line} [${row.category}] ${row.caughtBy.join(', ')}`);
  }
  const summarise = (title, by) => {
    console.log(`\n${title}:`);
    const groups = new Map();
    for (const row of rows) {
      for (const name of by(row)) {
        const g = groups.get(name) ?? { caught: 0, total: 0 };
        g.total += 1;
        if (row.caughtBy.length > 0) g.caught += 1;
        groups.set(name, g);
      }
    }
    for (const [name, g] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
      console.log(`  ${name.padEnd(34)}${String(g.caught).padStart(4)} / ${String(g.total).padEnd(4)} ${pct(g.caught, g.total)}`);
    }
  };
  summarise('Per category (caught / documented)', (row) => [row.category.split('|')[0]]);
  summarise('Per app (caught / documented)', (row) => [row.repo]);
  const caught = rows.filter((row) => row.caughtBy.length > 0).length;

  const extra = findings.filter((f) => !f.expected);
  const count = (v) => extra.filter((f) => f.verdict === v).length;
  const onList = findings.length - extra.length;
  console.log(`\nFindings: ${findings.length} (${onList} on the list, ${extra.length} not on the list)`);
  console.log(`Not on the list: TP ${count('TP')} / FP ${count('FP')} / DEBATABLE ${count('DEBATABLE')} / unjudged ${count(null)}`);
  for (const [repo, size] of sizes) console.log(`  ${repo}: ${size.files} files linted in ${size.seconds.toFixed(1)} s`);
  if (missing.length > 0) console.log(`Missing checkouts: ${missing.join(', ')}`);
  if (parseErrors.length > 0) console.log(`Parse errors (${parseErrors.length}):\n${parseErrors.map((p) => `  ${p}`).join('\n')}`);
  if (internalErrors.length > 0) console.log(`internalError (${internalErrors.length}):\n${internalErrors.map((p) => `  ${p}`).join('\n')}`);

  console.log('\nFindings not on the list:');
  for (const f of extra) {
    console.log(`  ${(f.verdict ?? 'UNJUDGED').padEnd(10)}${f.repo} ${f.file}:${f.line} ${f.rule} ${f.message.slice(0, 160)}`);
  }
  console.log(`\nRecall: ${caught} / ${rows.length} documented vulnerabilities caught (${pct(caught, rows.length)})`);
  const tp = onList + count('TP');
  console.log(`Precision: ${pct(tp, tp + count('FP'))} ((on the list + TP) / (on the list + TP + FP); DEBATABLE and unjudged excluded)`);

  if (options.json) writeFileSync(options.json, `${JSON.stringify({ rows, findings }, null, 2)}\n`);
}

await runBench(main);
