/**
 * Containment: a bug in one rule's analysis never takes down a user's run. A failure is injected into the analysis
 * no-weak-tls calls (`weakTlsVersion` from src/analyses/tls-options.ts throws for the value `TLSv1`), then the plugin is
 * used through ESLint's API and through the `payment-security` CLI (in process, so the injected module is used).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint, Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SarifLog } from '../src/cli/sarif.js';
import { describeError, INTERNAL_ERROR, ISSUES_URL } from '../src/create-rule.js';
import type * as TlsOptions from '../src/analyses/tls-options.js';

vi.mock('../src/analyses/tls-options.js', async (importOriginal) => {
  const actual = await importOriginal<typeof TlsOptions>();
  return {
    ...actual,
    weakTlsVersion(value: string): string | null {
      if (value === 'TLSv1') throw new TypeError("Cannot read properties of undefined (reading 'length')");
      return actual.weakTlsVersion(value);
    },
  };
});

const { default: plugin } = await import('../src/index.js');
const { run } = await import('../src/cli/index.js');

const FAILING = `import https from 'node:https';
import express from 'express';
const app = express();
app.get('/cart', (req, res) => res.send('<h1>' + req.query.name + '</h1>'));
export const legacy = new https.Agent({ minVersion: 'TLSv1.1' });
export const agent = new https.Agent({ minVersion: 'TLSv1' });
`;
const HEALTHY = `import https from 'node:https';
export const agent = new https.Agent({ minVersion: 'TLSv1.1' });
`;

let directory: string;

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'payment-security-containment-'));
  mkdirSync(join(directory, 'src'));
  writeFileSync(join(directory, 'src', 'failing.js'), FAILING);
  writeFileSync(join(directory, 'src', 'healthy.js'), HEALTHY);
});

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

const summary = (messages: readonly Linter.LintMessage[]): string[] =>
  messages.map((message) => `${message.line} ${message.ruleId} ${message.messageId ?? ''}`);

describe('an exception inside a rule', () => {
  it('becomes one internalError message on that file; the other findings of the file and the run remain', async () => {
    const eslint = new ESLint({ cwd: directory, overrideConfigFile: true, overrideConfig: [plugin.configs.all] });
    const [failing, healthy] = await eslint.lintFiles(['src/failing.js', 'src/healthy.js']);

    expect(summary(failing!.messages)).toEqual([
      // no-weak-tls analyses the file when leaving Program, so its internal error is reported there (line 1), after
      // its finding on line 5 and before the exception on line 6 stopped it.
      `1 payment-security/no-weak-tls ${INTERNAL_ERROR}`,
      '4 payment-security/no-unsanitized-input html',
      '5 payment-security/no-weak-tls weakMinVersion',
    ]);
    const internal = failing!.messages.find((message) => message.messageId === INTERNAL_ERROR)!;
    expect(internal.message).toBe(
      "payment-security/no-weak-tls stopped checking this file after an internal error (TypeError: Cannot read " +
        "properties of undefined (reading 'length')); other rules and files are unaffected. Please report it with " +
        `the code that triggers it at ${ISSUES_URL}.`,
    );
    expect(internal.severity).toBe(2);
    expect(summary(healthy!.messages)).toEqual(['2 payment-security/no-weak-tls weakMinVersion']);
  });

  it('reports once per rule and file, however many nodes would fail', () => {
    const linter = new Linter();
    const code = `import https from 'node:https';\n${["'TLSv1'", "'TLSv1'", "'TLSv1'"].map((v, i) => `export const a${i} = new https.Agent({ minVersion: ${v} });`).join('\n')}`;
    const messages = linter.verify(code, [plugin.configs.all], 'src/agents.js');
    expect(summary(messages)).toEqual([`1 payment-security/no-weak-tls ${INTERNAL_ERROR}`]);
  });

  it('makes the CLI list the file, keep every finding in its report, and exit 2', async () => {
    let stdout = '';
    let stderr = '';
    const status = await run(['--format', 'json', '--preset', 'all', 'src'], {
      cwd: directory,
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
    });
    expect(status).toBe(2);
    const results = JSON.parse(stdout) as ESLint.LintResult[];
    expect(results.map((result) => [result.filePath.slice(directory.length + 1), summary(result.messages)])).toEqual([
      [
        'src/failing.js',
        [
          `1 payment-security/no-weak-tls ${INTERNAL_ERROR}`,
          '4 payment-security/no-unsanitized-input html',
          '5 payment-security/no-weak-tls weakMinVersion',
        ],
      ],
      ['src/healthy.js', ['2 payment-security/no-weak-tls weakMinVersion']],
    ]);
    expect(stderr).toBe(
      'payment-security: a rule stopped early on 1 file(s) after an internal error; their other findings are in the ' +
        'report above, and every other file was linted:\n  src/failing.js (payment-security/no-weak-tls)\n' +
        `Please report it with the code that triggers it at ${ISSUES_URL}.\n`,
    );
  });

  it('is a SARIF tool notification, not an alert, and the run is marked not fully successful', async () => {
    let stdout = '';
    const status = await run(['--format', 'sarif', '--preset', 'all', 'src'], {
      cwd: directory,
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: () => true },
    });
    expect(status).toBe(2);
    const [sarifRun] = (JSON.parse(stdout) as SarifLog).runs;
    expect(sarifRun!.results.map((result) => result.ruleId).sort()).toEqual([
      'payment-security/no-unsanitized-input',
      'payment-security/no-weak-tls',
      'payment-security/no-weak-tls',
    ]);
    const invocation = sarifRun!.invocations[0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications.map((notification) => notification.message.text)).toEqual([
      expect.stringContaining('payment-security/no-weak-tls stopped checking this file after an internal error'),
    ]);
  });

  it('is contained for every rule of the plugin', () => {
    for (const [name, rule] of Object.entries(plugin.rules)) {
      expect((rule.meta?.messages as Record<string, string>)[INTERNAL_ERROR], name).toContain(ISSUES_URL);
    }
  });
});

describe('internal error text', () => {
  it('never carries a quoted secret or a card number from the linted file', () => {
    const secret = `sk_live_${'a1B2c3D4'.repeat(4)}`;
    expect(describeError(new SyntaxError(`Unexpected token 'k', "${secret}" is not valid JSON`))).toBe(
      `SyntaxError: Unexpected token 'k', "…" is not valid JSON`,
    );
    expect(describeError(new Error('bad value 4242 4242 4242 4242 here'))).toBe('Error: bad value … here');
    expect(describeError('x'.repeat(500))).toHaveLength(200);
  });
});
