/**
 * The users' setups, end to end: each folder of tests/fixtures/setups/ is a small project whose `eslint.config.js` is
 * a config snippet of README.md, verbatim (checked here), linted through the BUILT package by the ESLint 10 and
 * ESLint 9 CLIs run in that folder, as a user runs them:
 *
 * - `javascript`: the README's JavaScript config, so ESLint's default parser; ES classes with private and static
 *   fields, ESM and CommonJS.
 * - `react`: the README's JavaScript config with JSX turned on; class components in `.js` and `.jsx` files.
 * - `typescript`: the README's TypeScript config; a NestJS controller with decorators, and a `.js` file beside it.
 * - `typed`: the README's config with type information (`projectService`); a client known only from its declared
 *   type, next to a look-alike interface.
 * - `vue`: vue-eslint-parser for `.vue` files, `<script>` and `<script setup lang="ts">`.
 * - `babel`: @babel/eslint-parser with the project's own Babel config (JSX through @babel/preset-react).
 *
 * Each project is linted with the README's config (exact findings) and with every rule of the plugin turned on
 * (no crash, no parse error, no internal error, and the recommended findings still there).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { INTERNAL_ERROR } from '../src/create-rule.js';
import { rules } from '../rules/index.js';
import { runEslintCli, type CliLintResult } from './eslint-cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const setups = join(root, 'tests', 'fixtures', 'setups');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** `src/a.js:3 payment-security/rule` for each message; fatal and internal errors spelled out so a diff shows them. */
function normalize(results: readonly CliLintResult[], base: string): string[] {
  return results
    .flatMap((result) =>
      result.messages.map((message) => {
        const where = `${result.filePath.slice(base.length + 1)}:${message.line}`;
        if (message.fatal || message.ruleId === null) return `${where} FATAL ${message.message}`;
        if (message.messageId === INTERNAL_ERROR) return `${where} INTERNAL ERROR ${message.message}`;
        return `${where} ${message.ruleId}`;
      }),
    )
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** Run an ESLint CLI in `cwd` (a user's project folder) and return its findings. */
function eslintCli(eslintPackage: 'eslint' | 'eslint-v9', cwd: string, extraArgs: readonly string[] = []): string[] {
  return normalize(runEslintCli(eslintPackage, cwd, extraArgs), cwd);
}

/** Every rule of the plugin as an `--rule` argument, on top of the project's config. */
const EVERY_RULE = ['--rule', JSON.stringify(Object.fromEntries(Object.keys(rules).map((name) => [`payment-security/${name}`, 'error'])))];

/** The ```js block that follows `label` in README.md. */
function readmeSnippet(label: string): string {
  const start = readme.indexOf(label);
  if (start === -1) throw new Error(`README.md has no "${label}"`);
  const match = /```js\n([\s\S]*?)```/u.exec(readme.slice(start));
  if (!match) throw new Error(`README.md has no js block after "${label}"`);
  return match[1]!;
}

const SETUPS = {
  javascript: {
    label: '`eslint.config.js`, JavaScript project:',
    findings: [
      'src/checkout-controller.js:16 payment-security/no-client-controlled-amount',
      'src/legacy-gateway.cjs:4 payment-security/no-disabled-certificate-validation',
      'src/legacy-gateway.cjs:12 payment-security/no-insecure-payment-url',
      'src/legacy-gateway.cjs:15 payment-security/no-insecure-randomness',
      'src/legacy-gateway.cjs:21 payment-security/no-weak-crypto',
      'src/legacy-gateway.cjs:21 payment-security/no-weak-crypto',
    ],
  },
  react: {
    label: 'JavaScript with JSX in `.js` and `.jsx` files',
    findings: [
      'src/Checkout.jsx:5 payment-security/no-hardcoded-payment-secret',
      'src/Checkout.jsx:5 payment-security/no-secret-key-in-client',
      'src/PayButton.js:9 payment-security/no-card-data-storage',
    ],
  },
  typescript: {
    label: 'TypeScript project:',
    findings: [
      'src/payments.controller.ts:10 payment-security/no-client-controlled-amount',
      'src/payments.controller.ts:16 payment-security/no-sensitive-data-in-logs',
      'src/webhook.js:10 payment-security/require-raw-webhook-body',
    ],
  },
  typed: {
    label: 'TypeScript with type information',
    findings: [
      // `({ stripe }: Services)`: only the type checker knows `stripe` is the SDK client (the plain TypeScript
      // config reports nothing here); the priced route and the `FakeStripe` twin stay silent.
      'src/routes.ts:7 payment-security/no-client-controlled-amount',
    ],
  },
  vue: {
    label: 'Vue single-file components',
    findings: [
      'src/components/CheckoutForm.vue:21 payment-security/no-card-data-storage',
      'src/components/CheckoutForm.vue:22 payment-security/no-sensitive-data-in-logs',
      'src/components/CheckoutForm.vue:23 payment-security/no-insecure-payment-url',
      'src/components/PayButton.vue:7 payment-security/no-hardcoded-payment-secret',
      'src/components/PayButton.vue:7 payment-security/no-secret-key-in-client',
      'src/components/PayButton.vue:12 payment-security/no-insecure-randomness',
      'src/stripe.ts:3 payment-security/no-hardcoded-payment-secret',
    ],
  },
  babel: {
    label: 'Babel (`@babel/eslint-parser`, which',
    findings: [
      'src/refunds.js:11 payment-security/no-hardcoded-payment-secret',
      'src/refunds.js:20 payment-security/no-unsanitized-input',
    ],
  },
} as const;

describe.each(Object.entries(SETUPS))('the %s setup', (name, setup) => {
  const cwd = join(setups, name);

  it("uses README.md's config snippet verbatim", () => {
    expect(readFileSync(join(cwd, 'eslint.config.js'), 'utf8')).toBe(readmeSnippet(setup.label));
  });

  it('ESLint 10 CLI reports exactly the expected findings', () => {
    expect(eslintCli('eslint', cwd)).toEqual(setup.findings);
  });

  it('ESLint 9 CLI reports the same findings', () => {
    expect(eslintCli('eslint-v9', cwd)).toEqual(setup.findings);
  });

  it('every rule runs without a crash, a parse error or an internal error, and still reports', () => {
    const findings = eslintCli('eslint', cwd, EVERY_RULE);
    expect(findings.filter((line) => / (?:FATAL|INTERNAL ERROR) /u.test(line))).toEqual([]);
    expect(findings).toEqual(expect.arrayContaining([...setup.findings]));
  });
});

describe('the payment-security CLI on the JavaScript project', () => {
  // A copy outside this repository: inside it, every file under tests/ is a test file for the rules.
  const copy = mkdtempSync(join(tmpdir(), 'payment-security-js-setup-'));
  cpSync(join(setups, 'javascript'), copy, { recursive: true });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('lints files with classes through the default parser and exits 1 on findings', () => {
    let status = 0;
    let stdout: string;
    try {
      stdout = execFileSync(process.execPath, [join(root, 'dist', 'src', 'cli', 'main.js'), '--format', 'json', '.'], {
        cwd: copy,
        encoding: 'utf8',
      });
    } catch (error) {
      const failure = error as { status: number; stdout: string; stderr: string };
      status = failure.status;
      stdout = failure.stdout;
      expect(failure.stderr).toBe('');
    }
    expect(status).toBe(1);
    const findings = normalize(JSON.parse(stdout) as CliLintResult[], copy);
    expect(findings.filter((line) => !line.startsWith('eslint.config.js'))).toEqual(SETUPS.javascript.findings);
  });
});

describe('type information', () => {
  it('is what finds the client in the typed setup: the plain TypeScript config reports nothing there', () => {
    const cwd = join(setups, 'typed');
    expect(eslintCli('eslint', cwd, ['--config', join(setups, 'typescript', 'eslint.config.js')])).toEqual([]);
  });
});
