/**
 * Shared helpers for the CLI tests: run the BUILT bin (`npm test` builds dist/ first) and make throw-away copies of
 * the fixture workspaces outside this repository (so this repo's .gitignore and git root do not leak in).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const cliPath = join(root, 'dist', 'src', 'cli', 'main.js');
const fixtures = join(root, 'tests', 'fixtures', 'cli');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run `payment-security ...args` in `cwd`; killed after 90 s so a hang fails the test instead of CI. */
export function runCli(args: readonly string[], cwd: string): CliRun {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 90_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const hasGit = spawnSync('git', ['--version'], { encoding: 'utf8' }).status === 0;

export function git(cwd: string, args: readonly string[]): void {
  const result = spawnSync('git', [...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
}

const temporaryDirectories: string[] = [];

export function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** The planted finding used in build-output folders that must be skipped. */
export const INSECURE_AGENT = "import https from 'node:https';\n\nexport const agent = new https.Agent({ rejectUnauthorized: false });\n";

/**
 * Copy `tests/fixtures/cli/<name>` to a fresh temporary directory: `gitignore` becomes `.gitignore`, and build-output
 * and dependency folders (which this repo's own .gitignore keeps out of git) are created with a planted finding.
 */
export function workspace(name: string, options: { git?: boolean } = {}): string {
  const directory = mkdtempSync(join(tmpdir(), `payment-security-cli-${name}-`));
  temporaryDirectories.push(directory);
  cpSync(join(fixtures, name), directory, { recursive: true });
  try {
    renameSync(join(directory, 'gitignore'), join(directory, '.gitignore'));
  } catch {
    // this fixture has no gitignore
  }
  for (const folder of ['node_modules/payment-sdk', 'dist', 'build', 'out', '.next/server', 'coverage/lcov-report']) {
    write(join(directory, folder, 'index.js'), INSECURE_AGENT);
  }
  if (options.git === true) {
    git(directory, ['init', '-q']);
  }
  return directory;
}

export function removeWorkspaces(): void {
  for (const directory of temporaryDirectories.splice(0)) rmSync(directory, { recursive: true, force: true });
}

export interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; column: number; endLine?: number; endColumn?: number; fatal?: boolean; message: string; severity: number }[];
}

/** `relative/path:line:column ruleId` for every message of an ESLint JSON report, sorted. */
export function findings(stdout: string, directory: string): string[] {
  return (JSON.parse(stdout) as JsonResult[])
    .flatMap((result) =>
      result.messages.map(
        (message) => `${result.filePath.slice(directory.length + 1)}:${message.line}:${message.column} ${message.ruleId}`,
      ),
    )
    .sort();
}

/** The files an ESLint JSON report says were linted, relative to `directory`, sorted. */
export function lintedFiles(stdout: string, directory: string): string[] {
  return (JSON.parse(stdout) as JsonResult[]).map((result) => result.filePath.slice(directory.length + 1)).sort();
}
