/**
 * What the real-code benches (bench/real-code, bench/everyday-apps, bench/vulnerable-apps) share: reading their CSV
 * tables, finding a checkout, the users' ESLint setup, linting a checkout without letting one crash stop the run, and
 * joining findings with verdicts. Each bench keeps its own options, tables and report.
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
