/**
 * Run a real ESLint CLI (`eslint` = ESLint 10, `eslint-v9` = the ESLint 9 alias) in a project folder, as a user runs
 * it, and return its JSON report. Exit code 1 ("lint errors found") is a normal result; anything else throws.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface CliLintResult {
  readonly filePath: string;
  readonly messages: readonly {
    readonly ruleId: string | null;
    readonly messageId?: string;
    readonly line: number;
    readonly column: number;
    readonly message: string;
    readonly fatal?: boolean;
  }[];
}

export function runEslintCli(eslintPackage: 'eslint' | 'eslint-v9', cwd: string, args: readonly string[] = []): CliLintResult[] {
  const bin = join(root, 'node_modules', eslintPackage, 'bin', 'eslint.js');
  let stdout: string;
  try {
    stdout = execFileSync(process.execPath, [bin, '--format', 'json', ...args, '.'], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // Exit code 1 means "lint errors found"; the JSON is still on stdout.
    const failure = error as { status?: number; stdout?: string; stderr?: string };
    if (failure.status !== 1) throw new Error(`eslint exited ${failure.status}: ${failure.stderr}`, { cause: error });
    stdout = failure.stdout ?? '';
  }
  return JSON.parse(stdout) as CliLintResult[];
}
