/**
 * Project-level checks run as tests so CI's pass/fail count includes them: typecheck, self-lint (with our own
 * preset), generated docs in sync, and a publishable package (publint + are-the-types-wrong on `npm pack`).
 * `npm test` builds `dist/` first.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { publint } from 'publint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string): string => `${root}node_modules/.bin/${name}`;

function run(command: string, args: string[]): { status: number; output: string } {
  try {
    const output = execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
    return { status: 0, output };
  } catch (error) {
    const failure = error as { status?: number; stdout?: string; stderr?: string };
    return { status: failure.status ?? 1, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

describe('project', () => {
  it('typechecks (src, rules and tests)', () => {
    const result = run(bin('tsc'), ['-p', 'tests/tsconfig.json']);
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });

  it('passes its own lint configuration, which includes the recommended preset', async () => {
    const eslint = new ESLint({ cwd: root, overrideConfigFile: `${root}tests/eslint.config.js` });
    const results = await eslint.lintFiles(['.']);
    const problems = results.flatMap((result) =>
      result.messages.map((message) => `${result.filePath.slice(root.length)}:${message.line} ${message.ruleId} ${message.message}`),
    );
    expect(problems).toEqual([]);
    expect(results.length).toBeGreaterThan(10);
  });

  it('has generated docs (README rules table, rule headers) in sync', () => {
    const script = JSON.parse(run('node', ['-p', "JSON.stringify(require('./package.json').scripts['docs:check'])"]).output) as string;
    const result = run('sh', ['-c', script.replace(/^eslint-doc-generator/u, bin('eslint-doc-generator'))]);
    expect(result.output.trim()).toBe('');
    expect(result.status).toBe(0);
  });

  it('passes publint', async () => {
    const { messages } = await publint({ pkgDir: root, level: 'warning', strict: true });
    expect(messages.map((message) => `${message.type}: ${message.code} ${JSON.stringify(message.args)}`)).toEqual([]);
  });

  it('passes are-the-types-wrong for an ESM-only package', () => {
    const result = run(bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'ascii']);
    expect(result.status, result.output).toBe(0);
  });
});
