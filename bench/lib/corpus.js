/**
 * What the real-code benches (bench/real-code, bench/everyday-apps, bench/vulnerable-apps) share: reading their CSV
 * tables, finding a checkout, the users' ESLint setup, linting a checkout without letting one crash stop the run, and
 * joining findings with verdicts. How a bench script runs (options, plugin, the per-preset loop) is bench/lib/runner.js;
 * each bench keeps its own tables.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';

export const PREFIX = 'payment-security/';
export const INTERNAL_ERROR = 'internalError';

/** What no bench lints: dependencies, build output, minified files, declaration files. */
export const IGNORES = [
  '**/node_modules/**',
  '**/dist/**',
  '**/build/**',
  '**/*.min.js',
  '**/*-min.js',
  '**/*.d.ts',
  '**/*.d.mts',
  '**/*.d.cts',
];

// ESLint warns once per checkout that has a legacy .eslintignore file; irrelevant here.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.name !== 'ESLintIgnoreWarning') console.error(String(warning));
});

// ------------------------------------------------------------------------------------------------------------ data

/** Minimal RFC 4180 CSV parser (quoted fields, doubled quotes, CRLF or LF). */
export function parseCsv(text) {
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

/** A CSV table as objects with the given columns (trimmed), and a problem per missing column or file. */
export function readTable(file, columns) {
  if (!existsSync(file)) return { rows: [], problems: [`${file} not found`] };
  const [header = [], ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const col = Object.fromEntries(header.map((name, index) => [name.trim(), index]));
  const problems = columns.filter((name) => !(name in col)).map((name) => `${file} has no column ${name}`);
  return { rows: rows.map((row) => Object.fromEntries(columns.map((name) => [name, (row[col[name]] ?? '').trim()]))), problems };
}

export const key = (repo, file, line, rule) => `${repo}\u0000${file}\u0000${line}\u0000${rule}`;

/**
 * verdicts.csv: repo,commit,file,line,rule,verdict,reason — one human verdict (TP / FP / DEBATABLE) per finding,
 * keyed by repo + file + line + rule (without the `payment-security/` prefix).
 */
export function loadVerdicts(file) {
  const verdicts = new Map();
  if (!existsSync(file)) return { verdicts, problems: [`${file} not found: every finding is unjudged`] };
  const { rows, problems } = readTable(file, ['repo', 'commit', 'file', 'line', 'rule', 'verdict', 'reason']);
  for (const row of rows) {
    const verdict = row.verdict.toUpperCase();
    if (!['TP', 'FP', 'DEBATABLE'].includes(verdict)) {
      problems.push(`bad verdict "${row.verdict}" for ${row.repo} ${row.file}:${row.line}`);
      continue;
    }
    const entry = { ...row, line: Number(row.line), rule: row.rule.replace(PREFIX, ''), verdict };
    const k = key(entry.repo, entry.file, entry.line, entry.rule);
    if (verdicts.has(k)) problems.push(`duplicate verdict ${k}`);
    verdicts.set(k, entry);
  }
  return { verdicts, problems };
}

/** The folder holding `owner/name` under `root`: `owner+name`, `name` or `owner/name`. */
export function checkoutDir(root, repo) {
  const [owner, name] = repo.split('/');
  for (const candidate of [`${owner}+${name}`, name, join(owner, name)]) {
    const dir = join(root, candidate);
    if (existsSync(dir) && statSync(dir).isDirectory()) return dir;
  }
  return null;
}

export const nonEmptyLines = (text) => text.split(/\r\n|\r|\n/u).filter((line) => line.trim() !== '').length;
export const posix = (path) => path.split(sep).join('/');
export const pct = (value) => (value === null ? 'n/a' : `${(value * 100).toFixed(1)}%`);
export const pad = (value, width) => String(value).padStart(width);

// ------------------------------------------------------------------------------------------------------------ lint

const EXTENSIONS = /\.(?:[cm]?[jt]s|[jt]sx|vue)$/u;

/**
 * ESLint as the README sets it up for users: TypeScript through @typescript-eslint/parser, JS/JSX through espree with
 * JSX on, `.vue` through vue-eslint-parser when `vueParser` is given; then `plugin.configs[preset]`.
 */
export function createLinter(cwd, plugin, preset, { ignores = [], vueParser = null } = {}) {
  return new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      { ignores: [...IGNORES, ...ignores] },
      // The repositories' own `eslint-disable` comments name rules that are not loaded here: not our business.
      { linterOptions: { reportUnusedDisableDirectives: 'off' } },
      { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
      { files: ['**/*.{js,jsx,mjs,cjs}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
      ...(vueParser
        ? [
            {
              files: ['**/*.vue'],
              languageOptions: {
                parser: vueParser,
                parserOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } },
              },
            },
          ]
        : []),
      plugin.configs[preset],
    ],
    errorOnUnmatchedPattern: false,
    warnIgnored: false,
  });
}

/** Files under `path` ESLint would lint (used only to isolate a crash that escaped ESLint). */
function walk(path) {
  const out = [];
  const visit = (p) => {
    const stat = statSync(p);
    if (stat.isDirectory()) {
      if (/(?:^|[/\\])(?:node_modules|dist|build|\.git)$/u.test(p)) return;
      for (const entry of readdirSync(p).sort()) visit(join(p, entry));
    } else if (EXTENSIONS.test(p) && !/\.d\.[cm]?ts$/u.test(p) && !/[.-]min\.js$/u.test(p)) out.push(p);
  };
  visit(path);
  return out;
}

/**
 * Lint the sub-paths of a checkout. A crash that escapes ESLint is caught, that path is re-linted file by file and
 * the crashing files are listed; missing sub-paths are listed too. One result per file.
 */
export async function lintPaths(eslint, dir, paths) {
  const results = [];
  const crashes = [];
  const missing = [];
  for (const sub of paths) {
    const abs = join(dir, sub);
    if (!existsSync(abs)) {
      missing.push(sub);
      continue;
    }
    try {
      results.push(...(await eslint.lintFiles([abs])));
    } catch {
      for (const file of walk(abs)) {
        if (await eslint.isPathIgnored(file)) continue;
        try {
          results.push(...(await eslint.lintFiles([file])));
        } catch (error) {
          crashes.push({ file: posix(relative(dir, file)), error: String(error?.message ?? error).split('\n')[0] });
        }
      }
    }
  }
  const byFile = new Map();
  for (const result of results) byFile.set(result.filePath, result);
  return { results: [...byFile.values()], crashes, missing };
}

// ------------------------------------------------------------------------------------------------------------ join

/**
 * Lint every repository of `repos` (`{ repo, commit, paths }`) found under `checkouts` and join each finding with its
 * verdict. Parse errors, internal errors (rule crashes reported by the plugin), escaped crashes and missing
 * checkouts are collected separately.
 */
export async function measure(preset, repos, checkouts, plugin, verdicts, linterOptions = {}) {
  const totals = { files: 0, loc: 0, perRepo: new Map(), otherMessages: 0, parseErrors: [], internalErrors: [], crashes: [], missing: [], findings: [] };
  for (const entry of repos) {
    const dir = checkoutDir(checkouts, entry.repo);
    if (!dir) {
      totals.missing.push(`${entry.repo} (no checkout under ${checkouts})`);
      continue;
    }
    const { results, crashes, missing } = await lintPaths(createLinter(dir, plugin, preset, linterOptions), dir, entry.paths);
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

export function tally(findings) {
  const t = { findings: findings.length, TP: 0, FP: 0, DEBATABLE: 0, unjudged: 0 };
  for (const f of findings) t[f.verdict ?? 'unjudged'] += 1;
  t.precision = t.TP + t.FP === 0 ? null : t.TP / (t.TP + t.FP);
  return t;
}

// ---------------------------------------------------------------------------------------------------------- report

/**
 * The per-preset report of a real-code bench: totals, precision, per rule, per repository, problems, verdicts no
 * finding matches any more, unjudged findings. With `misses` (the application benches' misses.csv rows) also recall
 * and the misses' state. Returns the tally.
 */
export function report(preset, totals, plugin, verdicts, repos, misses = null) {
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
  const nowFound = (misses ?? []).filter((m) => linted.has(m.repo) && foundKeys.has(key(m.repo, m.file, m.line, m.category)));
  const stillMissed = (misses ?? []).filter((m) => linted.has(m.repo) && !foundKeys.has(key(m.repo, m.file, m.line, m.category)));
  if (misses) {
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
  }
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
