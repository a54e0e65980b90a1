/**
 * Integration: lint the sample payment app through the BUILT package (self-referenced by name from the fixture's
 * eslint.config.js) with ESLint 10 and ESLint 9 (npm alias `eslint-v9`), and through the ESLint 10 CLI with
 * `--concurrency 2` and with `--cache` (cold and warm). All runs must report identical findings.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { ESLint as ESLint9 } from 'eslint-v9';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEslintCli, type CliLintResult } from './eslint-cli.js';

const appDir = fileURLToPath(new URL('fixtures/sample-app/', import.meta.url));

function normalize(results: readonly CliLintResult[]): string[] {
  return results
    .flatMap((result) =>
      result.messages.map(
        (message) =>
          `${result.filePath.slice(appDir.length)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`,
      ),
    )
    .sort();
}

function cli(eslintPackage: 'eslint' | 'eslint-v9', args: string[]): string[] {
  return normalize(runEslintCli(eslintPackage, appDir, args));
}

let reference: string[];
let cacheDir: string;

beforeAll(async () => {
  reference = normalize(await new ESLint({ cwd: appDir }).lintFiles(['.']));
  cacheDir = mkdtempSync(join(tmpdir(), 'payment-security-cache-'));
});

afterAll(() => {
  rmSync(cacheDir, { recursive: true, force: true });
});

describe('sample app through the built package', () => {
  it('ESLint 10 reports the planted certificate-validation mistakes and no parse errors', () => {
    expect(reference.filter((line) => line.includes(' null '))).toEqual([]);
    const certificate = reference.filter((line) => line.includes('payment-security/no-disabled-certificate-validation'));
    expect(certificate.map((line) => line.split(' ')[0])).toEqual([
      'src/lib/db.ts:13:10',
      'src/lib/paypal.ts:18:33',
      'src/server.js:11:3',
      'src/server.js:14:50',
    ]);
  });

  it('never reports the correctly configured files', () => {
    expect(reference.filter((line) => line.startsWith('src/lib/stripe.ts'))).toEqual([]);
    expect(reference.filter((line) => line.startsWith('public/checkout.tsx'))).toEqual([]);
  });

  it('ESLint 9 reports exactly the same findings', async () => {
    expect(ESLint9.version).toMatch(/^9\./u);
    expect(ESLint.version).toMatch(/^10\./u);
    expect(normalize(await new ESLint9({ cwd: appDir }).lintFiles(['.']))).toEqual(reference);
  });

  it('the ESLint 10 CLI with --concurrency 2 reports exactly the same findings', () => {
    expect(cli('eslint', ['--concurrency', '2'])).toEqual(reference);
  });

  it('the ESLint 9 CLI with --concurrency 2 reports exactly the same findings', () => {
    expect(cli('eslint-v9', ['--concurrency', '2'])).toEqual(reference);
  });

  it('--cache gives the same findings cold and warm', () => {
    const args = ['--cache', '--cache-location', join(cacheDir, 'eslintcache')];
    expect(cli('eslint', args)).toEqual(reference);
    expect(cli('eslint', args)).toEqual(reference);
  });
});
