#!/usr/bin/env node
// `npm run demo`: lint the bundled sample payment app (tests/fixtures/sample-app) with the built plugin's `all`
// preset through ESLint's Node API, print the findings, then a per-rule summary. Exits 0: it is a demonstration.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const appDir = fileURLToPath(new URL('fixtures/sample-app/', import.meta.url));
const eslint = new ESLint({ cwd: appDir });
const results = await eslint.lintFiles(['.']);
const formatter = await eslint.loadFormatter('stylish');
const output = await formatter.format(results);

console.log('eslint-plugin-payment-security demo: linting tests/fixtures/sample-app (Express + Stripe + PayPal)\n');
console.log(output.trim() || 'No findings.');

const byRule = new Map();
for (const result of results) {
  for (const message of result.messages) {
    const key = message.ruleId ?? '(parse error)';
    byRule.set(key, (byRule.get(key) ?? 0) + 1);
  }
}
console.log('\nFindings by rule:');
for (const [rule, count] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(3)}  ${rule}`);
const suggestions = results.flatMap((r) => r.messages).filter((m) => m.suggestions?.length).length;
console.log(`\n${results.length} files linted; ${suggestions} findings carry an editor quick fix (suggestion).`);
