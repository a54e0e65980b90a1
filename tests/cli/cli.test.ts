/**
 * The zero-config CLI (`payment-security`, package bin) run as users run it: the built `dist/src/cli/main.js` spawned
 * on copies of the fixture workspaces in tests/fixtures/cli/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import {
  findings,
  hasGit,
  INSECURE_AGENT,
  lintedFiles,
  removeWorkspaces,
  root,
  runCli,
  workspace,
  write,
} from './helpers.js';

const RULE = 'payment-security/no-disabled-certificate-validation';
const BASIC_FINDINGS = [
  `src/bootstrap.mjs:2:1 ${RULE}`,
  `src/checkout.ts:9:64 ${RULE}`,
  `src/legacy.cjs:6:78 ${RULE}`,
  `src/payment gateway/agent.ts:4:77 ${RULE}`,
];
const BASIC_LINTED = [
  'eslint.config.js',
  'src/PayButton.jsx',
  'src/bootstrap.mjs',
  'src/checkout.ts',
  'src/legacy.cjs',
  'src/payment gateway/agent.ts',
  'src/stripe-client.ts',
];

afterAll(removeWorkspaces);

/** A user mistake: exit 2 and a short message on stderr, no stack trace, nothing on stdout. */
function expectUsageError(run: ReturnType<typeof runCli>, message: string): void {
  expect(run.status, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toEqual([`payment-security: ${message}`, 'Run "payment-security --help" for usage.']);
  expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/u);
}

describe('payment-security CLI', () => {
  it('lints JS, MJS, CJS, JSX and TS with the recommended preset and exits 1 on findings', () => {
    const directory = workspace('basic');
    const run = runCli(['--format', 'json'], directory);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toBe('');
    expect(findings(run.stdout, directory)).toEqual(BASIC_FINDINGS);
  });

  it("never loads the project's own eslint.config.js and skips build output, node_modules and .gitignore'd files", () => {
    const directory = workspace('basic');
    // eslint.config.js throws when imported, so a zero exit from the JSON report proves it was only linted as a file.
    const run = runCli(['--format', 'json', '.'], directory);
    expect(run.status, run.stderr).toBe(1);
    expect(lintedFiles(run.stdout, directory)).toEqual(BASIC_LINTED);
  });

  it('reads nested .gitignore files through git inside a repository', () => {
    if (!hasGit) return;
    const directory = workspace('basic', { git: true });
    write(join(directory, 'src', 'vendor', '.gitignore'), 'copied-*.js\n');
    write(join(directory, 'src', 'vendor', 'copied-sdk.js'), INSECURE_AGENT);
    write(join(directory, 'src', 'vendor', 'own.js'), INSECURE_AGENT);
    const run = runCli(['--format', 'json'], directory);
    expect(run.status, run.stderr).toBe(1);
    expect(findings(run.stdout, directory)).toEqual(
      [...BASIC_FINDINGS, `src/vendor/own.js:3:40 ${RULE}`].sort(),
    );
  });

  it('lints Vue single-file components (script and script setup, JS and TS) through vue-eslint-parser', () => {
    const directory = workspace('clean');
    write(
      join(directory, 'src', 'CheckoutForm.vue'),
      `<template><button @click="pay">Pay</button></template>
<script setup lang="ts">
import https from 'node:https';
const agent = new https.Agent({ rejectUnauthorized: false });
async function pay(): Promise<void> {
  await fetch('/api/pay', { method: 'POST' });
}
</script>
`,
    );
    write(
      join(directory, 'src', 'Receipt.vue'),
      `<template><p>{{ total }}</p></template>
<script>
export default { data: () => ({ total: 0 }) };
</script>
`,
    );
    const run = runCli(['--format', 'json'], directory);
    expect(run.status, run.stderr).toBe(1);
    expect(lintedFiles(run.stdout, directory)).toEqual(['src/CheckoutForm.vue', 'src/Receipt.vue', 'src/index.js', 'src/pay.ts']);
    expect(findings(run.stdout, directory)).toEqual([`src/CheckoutForm.vue:4:33 ${RULE}`]);
  });

  it('prints nothing and exits 0 on a clean project', () => {
    const directory = workspace('clean');
    const run = runCli([], directory);
    expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('prints stylish output by default', () => {
    const directory = workspace('basic');
    const run = runCli(['src/checkout.ts'], directory);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(join(directory, 'src', 'checkout.ts'));
    expect(run.stdout).toMatch(/ {2}9:64 {2}error {2}`rejectUnauthorized: false` turns off certificate validation/u);
    expect(run.stdout).toContain('1 problem (1 error, 0 warnings)');
  });

  it('lints only the given files, directories and globs', () => {
    const directory = workspace('basic');
    const run = runCli(['--format', 'json', 'src/legacy.cjs', 'src/payment gateway', 'src/*.mjs'], directory);
    expect(run.status).toBe(1);
    expect(findings(run.stdout, directory)).toEqual([BASIC_FINDINGS[0], BASIC_FINDINGS[2], BASIC_FINDINGS[3]]);
  });

  it('--ignore skips matching files, relative to the current directory', () => {
    // In a repository, so that the run from src/ still finds the root .gitignore (outside one, only ./.gitignore counts).
    const directory = workspace('basic', { git: hasGit });
    const run = runCli(['--format', 'json', '--ignore', 'src/legacy.cjs', '--ignore', '**/payment gateway/**'], directory);
    expect(findings(run.stdout, directory)).toEqual([BASIC_FINDINGS[0], BASIC_FINDINGS[1]]);
    const fromSubdirectory = runCli(['--format', 'json', '--ignore', '*.cjs', '.'], join(directory, 'src'));
    expect(findings(fromSubdirectory.stdout, directory)).toEqual([BASIC_FINDINGS[0], BASIC_FINDINGS[1], BASIC_FINDINGS[3]]);
  });

  it('--rule restricts the run to the named rules (with or without the plugin prefix)', () => {
    const directory = workspace('basic');
    const other = Object.keys(rules).find((name) => name !== 'no-disabled-certificate-validation');
    if (other !== undefined) {
      const run = runCli(['--rule', other], directory);
      expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
    }
    const prefixed = runCli(['--format', 'json', '--rule', RULE], directory);
    expect(findings(prefixed.stdout, directory)).toEqual(BASIC_FINDINGS);
  });

  it('--preset strict and all include the recommended findings', () => {
    const directory = workspace('basic');
    for (const preset of ['strict', 'all']) {
      const run = runCli(['--format', 'json', '--preset', preset], directory);
      expect(run.status, run.stderr).toBe(1);
      expect(findings(run.stdout, directory).filter((line) => line.endsWith(RULE))).toEqual(BASIC_FINDINGS);
    }
  });

  it('--concurrency 2 and auto report exactly what a single thread reports', () => {
    const directory = workspace('basic');
    for (const concurrency of ['2', 'auto']) {
      const run = runCli(['--format', 'json', '--concurrency', concurrency], directory);
      expect(run.status, run.stderr).toBe(1);
      expect(findings(run.stdout, directory)).toEqual(BASIC_FINDINGS);
    }
  });

  it('--output writes the report to a file (creating folders) and nothing to stdout', () => {
    const directory = workspace('basic');
    const run = runCli(['--format', 'sarif', '--output', 'reports/payment-security.sarif'], directory);
    expect(run).toEqual({ status: 1, stdout: '', stderr: '' });
    const log = JSON.parse(readFileSync(join(directory, 'reports', 'payment-security.sarif'), 'utf8')) as {
      runs: { results: unknown[] }[];
    };
    expect(log.runs[0]!.results).toHaveLength(BASIC_FINDINGS.length);
  });

  it('reports parse errors as fatal errors and still lints the other files', () => {
    const directory = workspace('broken');
    const run = runCli(['--format', 'json'], directory);
    expect(run.status).toBe(1);
    expect(findings(run.stdout, directory)).toEqual(['src/broken.ts:1:21 null', `src/ok.ts:3:40 ${RULE}`]);
  });

  it('an explicitly named ignored file is a warning; --max-warnings 0 turns it into exit 1', () => {
    const directory = workspace('clean');
    const run = runCli(['--format', 'json', 'dist/index.js', 'src'], directory);
    expect(run.status).toBe(0);
    const [ignored] = (JSON.parse(run.stdout) as { messages: { message: string; severity: number }[] }[]).filter(
      (result) => result.messages.length > 0,
    );
    expect(ignored!.messages).toEqual([
      expect.objectContaining({
        severity: 1,
        message: "File ignored: payment-security skips node_modules, build output, .gitignore'd files and --ignore globs.",
      }),
    ]);
    const strict = runCli(['--format', 'json', '--max-warnings', '0', 'dist/index.js', 'src'], directory);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toBe('payment-security: 1 warnings exceed --max-warnings 0.\n');
  });

  it('--help and --version exit 0', () => {
    const help = runCli(['--help'], root);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: payment-security \[options\] \[paths\.\.\.\]/u);
    for (const option of ['--preset', '--rule', '--format', '--output', '--max-warnings', '--concurrency', '--ignore']) {
      expect(help.stdout).toContain(option);
    }
    const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };
    expect(runCli(['--version'], root)).toEqual({ status: 0, stdout: `${packageJson.version}\n`, stderr: '' });
    expect(existsSync(join(root, packageJson.bin['payment-security']!))).toBe(true);
  });

  describe('user mistakes: exit 2, one clear line, no stack trace', () => {
    const cases: [string, string[], string][] = [
      ['missing path', ['src', 'no-such-dir'], 'No such file or directory: no-such-dir'],
      ['glob matching nothing', ['lib/**/*.ts'], 'No files match "lib/**/*.ts".'],
      [
        'nothing left to lint',
        ['dist'],
        `Nothing to lint in "dist": no JavaScript or TypeScript files outside node_modules, build output, .gitignore'd paths and --ignore globs.`,
      ],
      ['unknown format', ['--format', 'xml'], '--format must be one of stylish, json, sarif (got "xml").'],
      ['unknown preset', ['--preset', 'loose'], '--preset must be one of recommended, strict, all (got "loose").'],
      ['bad --max-warnings', ['--max-warnings', 'ten'], '--max-warnings must be a non-negative integer (got "ten").'],
      ['bad --concurrency', ['--concurrency', '0'], '--concurrency must be at least 1, "auto" or "off".'],
      ['missing option value', ['--format'], "Option '-f, --format <value>' argument missing"],
    ];
    it.each(cases)('%s', (_name, args, message) => {
      expectUsageError(runCli(args, workspace('clean')), message);
    });

    it('unknown option', () => {
      const run = runCli(['--fix'], workspace('clean'));
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^payment-security: Unknown option '--fix'\./u);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(2);
    });

    it('unknown rule', () => {
      const run = runCli(['--rule', 'no-such-rule'], workspace('clean'));
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^payment-security: Unknown rule "no-such-rule"\. Available rules: .*no-disabled-certificate-validation/u);
    });
  });

  it('locations in SARIF are relative to the repository root when run from a subdirectory', () => {
    if (!hasGit) return;
    const directory = workspace('basic', { git: true });
    const run = runCli(['--format', 'sarif', '.'], join(directory, 'src', 'payment gateway'));
    expect(run.status, run.stderr).toBe(1);
    const log = JSON.parse(run.stdout) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    expect(log.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual([
      'src/payment%20gateway/agent.ts',
    ]);
  });
});
