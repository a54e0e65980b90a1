#!/usr/bin/env node
/**
 * Everyday payment apps — precision and recall of the plugin on small real applications (hobby, student and startup
 * projects that integrate Stripe, PayPal, Razorpay, Braintree, Square or M-Pesa). Prints numbers; asserts nothing;
 * always exits 0; not part of `npm test`.
 *
 * Every finding of the `recommended` and `strict` presets is joined with a human verdict from verdicts.csv, and the
 * real defects a careful reviewer of each app's payment code finds that the plugin does not report are listed in
 * misses.csv. Per preset it prints
 *   precision = TP / (TP + FP)                    (DEBATABLE and unjudged findings excluded)
 *   recall    = found TP / (found TP + misses)    (misses = rows of misses.csv no finding of this preset matches,
 *                                                  plus TP verdicts of the other preset this preset does not report)
 *
 * Checkouts (not part of this repository; never copy them in): repos.json lists each repository, the pinned commit
 * and the sub-paths that are linted. Put one folder per repository under a directory (default /work/everyday), named
 * `<owner>+<name>`, holding that repository's files at the pinned commit, e.g.
 *
 *   git clone https://github.com/<owner>/<name> /work/everyday/<owner>+<name>
 *   git -C /work/everyday/<owner>+<name> checkout <commit>
 *
 * or, from a bare mirror, `git --git-dir=<mirror> archive <commit> | tar -x -C /work/everyday/<owner>+<name>`.
 *
 * Run (from the repository root):
 *
 *   npm run build && node bench/everyday-apps/run.js [--dir /work/everyday]
 *
 * Options:
 *   --dir <dir>         directory holding the checkouts (default /work/everyday)
 *   --plugin <file>     plugin entry to load (default: ../../dist/src/index.js relative to this script)
 *   --preset <name>     recommended | strict | all (default: recommended, then strict)
 *   --json <file>       also write every finding (with its verdict, if any) as JSON
 *
 * Setup per repository (the users' setup, as bench/real-code/run.js): ESLint's `ESLint` class, cwd = the checkout
 * root, `overrideConfigFile: true`, TypeScript through @typescript-eslint/parser, JS/JSX through espree with JSX on,
 * `.vue` files through vue-eslint-parser, then plugin.configs[preset]; node_modules, dist, build, minified files and
 * declaration files are ignored.
 *
 * verdicts.csv: repo,commit,file,line,rule,verdict,reason — verdict TP, FP or DEBATABLE (any case); file relative to
 * the repository root; rule without the `payment-security/` prefix. A finding matches a verdict on repo + file +
 * line + rule. misses.csv: repo,commit,file,line,category,reason — category is the rule that should have reported the
 * defect (or a short category when no rule covers it). A miss that a finding of that rule on that line now reports
 * is listed as "now found" and not counted as a miss (give that finding a verdict).
 */
import { readFileSync, readdirSync, statSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as tsParser from '@typescript-eslint/parser';
import * as vueParser from 'vue-eslint-parser';
import { ESLint } from 'eslint';

// ESLint warns once per checkout that has a legacy .eslintignore file; irrelevant here.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.name !== 'ESLintIgnoreWarning') console.error(String(warning));
});

const here = dirname(fileURLToPath(import.meta.url));
const PREFIX = 'payment-security/';
const INTERNAL_ERROR = 'internalError';
const EXTENSIONS = /\.(?:[cm]?[jt]s|[jt]sx|vue)$/u;
const IGNORES = [
  '**/node_modules/**',
  '**/dist/**',
  '**/build/**',
  '**/*.min.js',
  '**/*-min.js',
  '**/*.d.ts',
  '**/*.d.mts',
  '**/*.d.cts',
];

// ---------------------------------------------------------------------------------------------------------- options

function parseArgs(argv) {
  const options = { checkouts: '/work/everyday', plugin: join(here, '../../dist/src/index.js'), presets: ['recommended', 'strict'], json: null };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      i += 1;
      if (i >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[i];
    };
    if (arg === '--dir' || arg === '--checkouts') options.checkouts = resolve(value());
    else if (arg === '--plugin') options.plugin = resolve(value());
    else if (arg === '--preset') options.presets = [value()];
    else if (arg === '--json') options.json = resolve(value());
    else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

// ------------------------------------------------------------------------------------------------------------ data

/** Minimal RFC 4180 CSV parser (quoted fields, doubled quotes, CRLF or LF). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      if (row.some((value) => value !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field);
  if (row.some((value) => value !== '')) rows.push(row);
  return rows;
}

function loadVerdicts(file) {
  const verdicts = new Map();
  const problems = [];
  if (!existsSync(file)) return { verdicts, problems: [`${file} not found: every finding is unjudged`] };
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const col = Object.fromEntries(header.map((name, index) => [name.trim(), index]));
  for (const name of ['repo', 'commit', 'file', 'line', 'rule', 'verdict', 'reason']) {
    if (!(name in col)) problems.push(`verdicts.csv has no column ${name}`);
  }
  for (const row of rows) {
    const get = (name) => (row[col[name]] ?? '').trim();
    const verdict = get('verdict').toUpperCase();
    if (!['TP', 'FP', 'DEBATABLE'].includes(verdict)) {
      problems.push(`bad verdict "${get('verdict')}" for ${get('repo')} ${get('file')}:${get('line')}`);
      continue;
    }
    const entry = {
      repo: get('repo'),
      commit: get('commit'),
      file: get('file'),
      line: Number(get('line')),
      rule: get('rule').replace(PREFIX, ''),
      verdict,
      reason: get('reason'),
    };
    const k = key(entry.repo, entry.file, entry.line, entry.rule);
    if (verdicts.has(k)) problems.push(`duplicate verdict ${k}`);
    verdicts.set(k, entry);
  }
  return { verdicts, problems };
}

function loadMisses(file) {
  const misses = [];
  const problems = [];
  if (!existsSync(file)) return { misses, problems: [`${file} not found: no misses`] };
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const col = Object.fromEntries(header.map((name, index) => [name.trim(), index]));
  for (const name of ['repo', 'commit', 'file', 'line', 'category', 'reason']) {
    if (!(name in col)) problems.push(`misses.csv has no column ${name}`);
  }
  for (const row of rows) {
    const get = (name) => (row[col[name]] ?? '').trim();
    misses.push({
      repo: get('repo'),
      commit: get('commit'),
      file: get('file'),
      line: Number(get('line')),
      category: get('category').replace(PREFIX, ''),
      reason: get('reason'),
    });
  }
  return { misses, problems };
}

const key = (repo, file, line, rule) => `${repo}\u0000${file}\u0000${line}\u0000${rule}`;

function checkoutDir(root, repo) {
  const [owner, name] = repo.split('/');
  for (const candidate of [`${owner}+${name}`, name, join(owner, name)]) {
    const dir = join(root, candidate);
    if (existsSync(dir) && statSync(dir).isDirectory()) return dir;
  }
  return null;
}

const nonEmptyLines = (text) => text.split(/\r\n|\r|\n/u).filter((line) => line.trim() !== '').length;
const posix = (path) => path.split(sep).join('/');

/** Files under `path` ESLint would lint (used only to isolate a crash that escaped ESLint). */
function walk(path, eslintIgnored) {
  const out = [];
  const visit = (p) => {
    const stat = statSync(p);
    if (stat.isDirectory()) {
      if (/(?:^|[/\\])(?:node_modules|dist|build|\.git)$/u.test(p)) return;
      for (const entry of readdirSync(p).sort()) visit(join(p, entry));
    } else if (EXTENSIONS.test(p) && !/\.d\.[cm]?ts$/u.test(p) && !/[.-]min\.js$/u.test(p) && !eslintIgnored(p)) out.push(p);
  };
  visit(path);
  return out;
}

// ------------------------------------------------------------------------------------------------------------ lint

async function lintRepo(entry, dir, plugin, preset) {
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      { ignores: IGNORES },
      // The repositories' own `eslint-disable` comments name rules that are not loaded here: not our business.
      { linterOptions: { reportUnusedDisableDirectives: 'off' } },
      { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
      { files: ['**/*.{js,jsx,mjs,cjs}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
      {
        files: ['**/*.vue'],
        languageOptions: {
          parser: vueParser,
          parserOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } },
        },
      },
      plugin.configs[preset],
    ],
    errorOnUnmatchedPattern: false,
    warnIgnored: false,
  });
  const results = [];
  const crashes = [];
  const missing = [];
  for (const sub of entry.paths) {
    const abs = join(dir, sub);
    if (!existsSync(abs)) {
      missing.push(sub);
      continue;
    }
    try {
      results.push(...(await eslint.lintFiles([abs])));
    } catch {
      const files = walk(abs, () => false);
      for (const file of files) {
        if (await eslint.isPathIgnored(file)) continue;
        try {
          results.push(...(await eslint.lintFiles([file])));
        } catch (error) {
          crashes.push({ file: posix(relative(dir, file)), error: String(error?.message ?? error).split('\n')[0] });
        }
      }
    }
  }
  // Sub-paths may overlap: keep one result per file.
  const byFile = new Map();
  for (const result of results) byFile.set(result.filePath, result);
  return { results: [...byFile.values()], crashes, missing };
}

async function measure(preset, repos, options, plugin, verdicts) {
  const totals = { files: 0, loc: 0, perRepo: new Map(), otherMessages: 0, parseErrors: [], internalErrors: [], crashes: [], missing: [], findings: [] };
  for (const entry of repos) {
    const dir = checkoutDir(options.checkouts, entry.repo);
    if (!dir) {
      totals.missing.push(`${entry.repo} (no checkout under ${options.checkouts})`);
      continue;
    }
    const { results, crashes, missing } = await lintRepo(entry, dir, plugin, preset);
    totals.perRepo.set(entry.repo, { files: 0, loc: 0 });
    totals.crashes.push(...crashes.map((c) => ({ repo: entry.repo, ...c })));
    totals.missing.push(...missing.map((m) => `${entry.repo}: ${m}`));
    for (const result of results) {
      const file = posix(relative(dir, result.filePath));
      const loc = nonEmptyLines(result.source ?? readFileSync(result.filePath, 'utf8'));
      const size = totals.perRepo.get(entry.repo);
      size.files += 1;
      size.loc += loc;
      totals.files += 1;
      totals.loc += loc;
      for (const message of result.messages) {
        if (message.fatal) {
          totals.parseErrors.push({ repo: entry.repo, file, line: message.line, message: message.message });
          continue;
        }
        if (message.ruleId === null) {
          totals.otherMessages += 1; // e.g. inline `/* eslint ... */` comments naming rules not loaded here
          continue;
        }
        if (!message.ruleId.startsWith(PREFIX)) continue;
        const rule = message.ruleId.slice(PREFIX.length);
        if (message.messageId === INTERNAL_ERROR) {
          totals.internalErrors.push({ repo: entry.repo, file, line: message.line, rule, message: message.message });
          continue;
        }
        const verdict = verdicts.get(key(entry.repo, file, message.line, rule));
        totals.findings.push({
          repo: entry.repo,
          commit: entry.commit,
          file,
          line: message.line,
          column: message.column,
          rule,
          message: message.message,
          verdict: verdict?.verdict ?? null,
          reason: verdict?.reason ?? null,
          verdictCommit: verdict?.commit ?? null,
        });
      }
    }
  }
  totals.findings.sort(
    (a, b) => a.repo.localeCompare(b.repo) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
  return totals;
}

// ---------------------------------------------------------------------------------------------------------- report

function tally(findings) {
  const t = { findings: findings.length, TP: 0, FP: 0, DEBATABLE: 0, unjudged: 0 };
  for (const f of findings) t[f.verdict ?? 'unjudged'] += 1;
  t.precision = t.TP + t.FP === 0 ? null : t.TP / (t.TP + t.FP);
  return t;
}

const pct = (value) => (value === null ? 'n/a' : `${(value * 100).toFixed(1)}%`);
const pad = (value, width) => String(value).padStart(width);

function report(preset, totals, plugin, verdicts, repos, misses) {
  const kloc = totals.loc / 1000;
  const t = tally(totals.findings);
  const line = '='.repeat(100);
  console.log(`\n${line}\nPreset: ${preset} (${Object.keys(plugin.configs[preset].rules ?? {}).length} rules)\n${line}`);
  console.log(`Files linted:        ${totals.files}`);
  console.log(`kLOC (non-empty):    ${kloc.toFixed(1)}`);
  console.log(`Findings:            ${t.findings}`);
  console.log(`Findings / kLOC:     ${kloc === 0 ? 'n/a' : (t.findings / kloc).toFixed(3)}`);
  console.log(`TP / FP / DEBATABLE: ${t.TP} / ${t.FP} / ${t.DEBATABLE}`);
  console.log(`Unjudged:            ${t.unjudged}`);
  console.log(`Precision:           ${pct(t.precision)}  (TP / (TP + FP); DEBATABLE excluded; unjudged excluded)`);
  const foundKeys = new Set(totals.findings.map((f) => key(f.repo, f.file, f.line, f.rule)));
  const linted = new Set(repos.map((r) => r.repo));
  const nowFound = misses.filter((m) => linted.has(m.repo) && foundKeys.has(key(m.repo, m.file, m.line, m.category)));
  const stillMissed = misses.filter((m) => linted.has(m.repo) && !foundKeys.has(key(m.repo, m.file, m.line, m.category)));
  const otherTp = [...verdicts.values()].filter(
    (v) => v.verdict === 'TP' && linted.has(v.repo) && !foundKeys.has(key(v.repo, v.file, v.line, v.rule)),
  );
  const missed = stillMissed.length + otherTp.length;
  const recall = t.TP + missed === 0 ? null : t.TP / (t.TP + missed);
  console.log(
    `Recall:              ${pct(recall)}  (found TP / (found TP + misses); misses: ${stillMissed.length} from misses.csv + ` +
      `${otherTp.length} TP verdict(s) this preset does not report)`,
  );
  t.recall = recall;
  t.misses = missed;
  console.log(`Parse errors:        ${totals.parseErrors.length} file(s)`);
  console.log(`internalError:       ${totals.internalErrors.length}`);
  console.log(`Other messages:      ${totals.otherMessages} (no rule id, not fatal: inline config comments; ignored)`);
  console.log(`Crashes (escaped):   ${totals.crashes.length}`);

  const rules = [...new Set(totals.findings.map((f) => f.rule))].sort();
  if (rules.length > 0) {
    console.log(`\nPer rule:\n  ${'rule'.padEnd(42)}${pad('found', 7)}${pad('TP', 6)}${pad('FP', 6)}${pad('DEB', 6)}${pad('unj', 6)}  precision`);
    for (const rule of rules) {
      const r = tally(totals.findings.filter((f) => f.rule === rule));
      console.log(
        `  ${rule.padEnd(42)}${pad(r.findings, 7)}${pad(r.TP, 6)}${pad(r.FP, 6)}${pad(r.DEBATABLE, 6)}${pad(r.unjudged, 6)}  ${pct(r.precision)}`,
      );
    }
  }
  if (totals.perRepo.size > 0) {
    console.log(
      `\nPer repository:\n  ${'repo'.padEnd(42)}${pad('files', 7)}${pad('kLOC', 8)}${pad('found', 7)}${pad('TP', 6)}${pad('FP', 6)}${pad('DEB', 6)}${pad('unj', 6)}`,
    );
    for (const [repo, size] of totals.perRepo) {
      const r = tally(totals.findings.filter((f) => f.repo === repo));
      console.log(
        `  ${repo.padEnd(42)}${pad(size.files, 7)}${pad((size.loc / 1000).toFixed(1), 8)}${pad(r.findings, 7)}${pad(r.TP, 6)}${pad(r.FP, 6)}${pad(r.DEBATABLE, 6)}${pad(r.unjudged, 6)}`,
      );
    }
  }

  if (totals.missing.length > 0) console.log(`\nMissing checkouts / paths (not linted):\n${totals.missing.map((m) => `  ${m}`).join('\n')}`);
  if (totals.parseErrors.length > 0) {
    console.log('\nParse errors:');
    for (const p of totals.parseErrors) console.log(`  ${p.repo} ${p.file}:${p.line} ${p.message}`);
  }
  if (totals.internalErrors.length > 0) {
    console.log('\ninternalError messages:');
    for (const p of totals.internalErrors) console.log(`  ${p.repo} ${p.file}:${p.line} ${p.rule} ${p.message.split('\n')[0]}`);
  }
  if (totals.crashes.length > 0) {
    console.log('\nCrashes that escaped ESLint:');
    for (const c of totals.crashes) console.log(`  ${c.repo} ${c.file}: ${c.error}`);
  }

  const stale = totals.findings.filter((f) => f.verdict && f.verdictCommit && f.verdictCommit !== f.commit);
  if (stale.length > 0) console.log(`\nNote: ${stale.length} verdict(s) were recorded at another commit than repos.json pins.`);

  // Verdicts no finding matches: for a rule this preset enables, a TP here is a lost true positive (or moved line).
  const enabled = new Set(Object.keys(plugin.configs[preset].rules ?? {}).map((r) => r.replace(PREFIX, '')));
  const found = new Set(totals.findings.map((f) => key(f.repo, f.file, f.line, f.rule)));
  const gone = [...verdicts.values()].filter(
    (v) => enabled.has(v.rule) && linted.has(v.repo) && !found.has(key(v.repo, v.file, v.line, v.rule)),
  );
  if (gone.length > 0) {
    const count = (verdict) => gone.filter((v) => v.verdict === verdict).length;
    console.log(
      `\nVerdicts no longer matched by a finding (rule enabled in this preset): ${gone.length} ` +
        `(FP ${count('FP')} — false positives gone; TP ${count('TP')} — true positives lost or moved; DEBATABLE ${count('DEBATABLE')})`,
    );
    for (const v of gone.filter((g) => g.verdict === 'TP')) console.log(`  lost TP: ${v.repo} ${v.file}:${v.line} ${v.rule}`);
  }

  if (nowFound.length > 0) {
    console.log(`\nMisses now reported by a finding of their rule (${nowFound.length}) — move them to verdicts.csv:`);
    for (const m of nowFound) console.log(`  ${m.repo} ${m.file}:${m.line} ${m.category}`);
  }
  if (stillMissed.length > 0) {
    const byCategory = new Map();
    for (const m of stillMissed) byCategory.set(m.category, (byCategory.get(m.category) ?? 0) + 1);
    console.log(`\nMisses by category (${stillMissed.length}):`);
    for (const [category, count] of [...byCategory].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
      console.log(`  ${category.padEnd(42)}${pad(count, 5)}`);
    }
  }

  const unjudged = totals.findings.filter((f) => !f.verdict);
  if (unjudged.length > 0) {
    console.log(`\nUnjudged findings (${unjudged.length}) — add a row to verdicts.csv for each:`);
    for (const f of unjudged) console.log(`  ${f.repo} ${f.file}:${f.line} ${f.rule} ${f.message.replace(/\s+/gu, ' ')}`);
  }
  return t;
}

// ------------------------------------------------------------------------------------------------------------ main

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const repos = JSON.parse(readFileSync(join(here, 'repos.json'), 'utf8'));
  const mod = await import(pathToFileURL(options.plugin).href);
  const plugin = mod.default ?? mod;
  const { verdicts, problems: verdictProblems } = loadVerdicts(join(here, 'verdicts.csv'));
  const { misses, problems: missProblems } = loadMisses(join(here, 'misses.csv'));
  const problems = [...verdictProblems, ...missProblems];
  console.log(`Plugin: ${options.plugin}`);
  console.log(`Checkouts: ${options.checkouts}`);
  console.log(`Repositories: ${repos.length}; verdicts: ${verdicts.size}; misses: ${misses.length}`);
  for (const problem of problems) console.log(problem);
  const summary = [];
  const dump = {};
  for (const preset of options.presets) {
    if (!plugin.configs?.[preset]) {
      console.log(`\nPreset ${preset}: not defined by this plugin build; skipped.`);
      continue;
    }
    const started = Date.now();
    const totals = await measure(preset, repos, options, plugin, verdicts);
    const t = report(preset, totals, plugin, verdicts, repos, misses);
    summary.push({ preset, ...t });
    console.log(`\n(${preset}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    dump[preset] = {
      files: totals.files,
      loc: totals.loc,
      perRepo: Object.fromEntries(totals.perRepo),
      findings: totals.findings,
      parseErrors: totals.parseErrors,
      internalErrors: totals.internalErrors,
      crashes: totals.crashes,
    };
  }
  if (summary.length > 1) {
    console.log(`\n${'='.repeat(100)}\nSummary\n  ${'preset'.padEnd(14)}${pad('found', 7)}${pad('TP', 6)}${pad('FP', 6)}${pad('DEB', 6)}${pad('unj', 6)}${pad('missed', 8)}  precision  recall`);
    for (const s of summary) {
      console.log(
        `  ${s.preset.padEnd(14)}${pad(s.findings, 7)}${pad(s.TP, 6)}${pad(s.FP, 6)}${pad(s.DEBATABLE, 6)}${pad(s.unjudged, 6)}${pad(s.misses, 8)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}`,
      );
    }
  }
  if (options.json) writeFileSync(options.json, `${JSON.stringify(dump, null, 2)}\n`);
}

try {
  await main();
} catch (error) {
  console.log(`run.js: ${error?.stack ?? error}`);
}
process.exitCode = 0;
