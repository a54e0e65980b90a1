#!/usr/bin/env node
/**
 * The cost of type information — prints numbers; asserts nothing. Not part of `npm test`.
 *
 * Lints one TypeScript project in place (its .ts/.tsx files outside node_modules, no .d.ts) four ways with ESLint's
 * Node API: parse-only and `recommended`, each without and with type information (`parserOptions.projectService`
 * with the project's own tsconfig.json). Typed linting is slower by itself (TypeScript builds the program); what the
 * plugin adds is `recommended`'s time over parse-only in the same mode, and the findings type information adds.
 *
 *   npm run build && node bench/typed.js --project <dir> [--runs 3]
 *
 * Reference project: the Stripe app of saleor/apps at the commit pinned in bench/real-code/repos.json
 * (`apps/stripe`; dependencies need not be installed: unresolved packages are simply unknown types).
 */
import { performance } from 'node:perf_hooks';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import plugin from '../dist/src/index.js';

const args = process.argv.slice(2);
const value = (name) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};
const project = value('--project');
const runs = Math.max(1, Number(value('--runs') ?? 3));
if (!project) {
  console.error('usage: node bench/typed.js --project <dir with tsconfig.json> [--runs N]');
  process.exit(0);
}
const cwd = resolve(project);
const root = fileURLToPath(new URL('..', import.meta.url));

function config(typed, rules) {
  const parserOptions = typed ? { projectService: true, tsconfigRootDir: cwd } : {};
  return [
    { ignores: ['**/node_modules/**', '**/dist/**', '**/build/**', '**/.next/**', '**/*.d.ts'] },
    { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser, parserOptions } },
    ...(rules ? [plugin.configs.recommended] : []),
  ];
}

async function lint(typed, rules) {
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config(typed, rules), errorOnUnmatchedPattern: false });
  const start = performance.now();
  const results = await eslint.lintFiles(['**/*.ts', '**/*.tsx']);
  const elapsed = performance.now() - start;
  const findings = results.flatMap((result) =>
    result.messages
      .filter((message) => message.ruleId?.startsWith('payment-security/'))
      .map((message) => `${result.filePath.slice(cwd.length + 1)}:${message.line} ${message.ruleId}`),
  );
  const fatal = results.reduce((sum, result) => sum + result.messages.filter((message) => message.fatal).length, 0);
  return { elapsed, files: results.length, findings, fatal };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = {};
for (let run = 0; run < runs; run++) {
  for (const [name, typed, rules] of [
    ['parse-only', false, false],
    ['recommended', false, true],
    ['typed parse-only', true, false],
    ['typed recommended', true, true],
  ]) {
    const result = await lint(typed, rules);
    (rows[name] ??= { times: [], result }).times.push(result.elapsed);
  }
}

console.log(`Project: ${cwd} (${rows['parse-only'].result.files} files, ${runs} runs, median wall time)`);
console.log(`Plugin: ${join(root, 'dist/src/index.js')}`);
for (const [name, row] of Object.entries(rows)) {
  const base = name.startsWith('typed') ? rows['typed parse-only'] : rows['parse-only'];
  const ratio = median(row.times) / median(base.times);
  console.log(
    `  ${name.padEnd(18)} ${median(row.times).toFixed(0).padStart(7)} ms  ${ratio.toFixed(2)}× its parse-only` +
      `  findings ${row.result.findings.length}${row.result.fatal ? `  parse errors ${row.result.fatal}` : ''}`,
  );
}
const untyped = new Set(rows.recommended.result.findings);
const typedOnly = rows['typed recommended'].result.findings.filter((finding) => !untyped.has(finding));
const typedSet = new Set(rows['typed recommended'].result.findings);
const untypedOnly = rows.recommended.result.findings.filter((finding) => !typedSet.has(finding));
console.log(`Findings only with type information: ${typedOnly.length}`);
for (const finding of typedOnly) console.log(`  + ${finding}`);
console.log(`Findings only without: ${untypedOnly.length}`);
for (const finding of untypedOnly) console.log(`  - ${finding}`);
