/**
 * Crash-and-hang corpus: every rule (the `all` preset) over every JS/TS file in node_modules plus the repo's own
 * fixtures, in two setups: the users' (`users`: the README's JavaScript and TypeScript configs, so JavaScript goes
 * through ESLint's default parser and TypeScript through @typescript-eslint/parser) and everything through
 * @typescript-eslint/parser (`typescript`). A rule exception, a contained `internalError` message or a non-parse
 * fatal message fails the test; parse errors (Flow, invalid fixtures, scripts that are not valid modules) are
 * expected and only counted. Sharded so vitest can run the shards in parallel workers.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { INTERNAL_ERROR } from '../../src/create-rule.js';
import plugin from '../../src/index.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXTENSIONS = /\.(?:[cm]?[jt]s|[jt]sx)$/u;
const MAX_BYTES = 1024 * 1024;
/** A file taking longer than this is a hang, not a slow file (speed is measured by `npm run bench`). */
export const HANG_MS = 20_000;

function collect(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name === '.bin' || entry.name === '.cache') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) collect(path, out);
    else if (entry.isFile() && EXTENSIONS.test(entry.name)) {
      try {
        if (statSync(path).size <= MAX_BYTES) out.push(path);
      } catch {
        // broken symlink or race: skip
      }
    }
  }
}

let cached: string[] | undefined;
export function corpusFiles(): string[] {
  if (!cached) {
    const files: string[] = [];
    collect(join(ROOT, 'node_modules'), files);
    for (const dir of ['src', 'rules', 'tests/fixtures']) collect(join(ROOT, dir), files);
    cached = files.sort();
  }
  return cached;
}

export interface ShardResult {
  files: number;
  parseErrors: number;
  crashes: string[];
  hangs: string[];
  slowest: { file: string; ms: number };
}

export type Setup = 'users' | 'typescript';

const linterOptions: Linter.Config = { linterOptions: { reportUnusedDisableDirectives: 'off' } };

const CONFIGS: Readonly<Record<Setup, Linter.Config[]>> = {
  // The README's TypeScript config (its JavaScript config is the same without the first entry), plus JSX in
  // JavaScript files as React projects turn it on, and `.jsx` files linted.
  users: [
    { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
    { files: ['**/*.{js,mjs,cjs,jsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    linterOptions,
    plugin.configs.all,
  ],
  typescript: [
    {
      files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
      languageOptions: {
        parser: tsParser,
        parserOptions: { ecmaFeatures: { jsx: true } },
      },
    },
    linterOptions,
    plugin.configs.all,
  ],
};

export function lintShard(shard: number, shards: number, setup: Setup): ShardResult {
  const linter = new Linter({ configType: 'flat', cwd: ROOT });
  const result: ShardResult = { files: 0, parseErrors: 0, crashes: [], hangs: [], slowest: { file: '', ms: 0 } };
  const files = corpusFiles().filter((_, index) => index % shards === shard);
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    const relative = file.slice(ROOT.length);
    const started = performance.now();
    try {
      // ESLint ignores node_modules by default; lint the file under a neutral path with the same name and extension.
      const messages = linter.verify(code, CONFIGS[setup], { filename: join(ROOT, 'corpus', relative.replaceAll('node_modules', 'nm')) });
      for (const message of messages) {
        if (message.fatal && message.message.startsWith('Parsing error')) result.parseErrors++;
        else if (message.messageId === INTERNAL_ERROR) result.crashes.push(`${relative}: ${message.ruleId}: ${message.message}`);
        // ESLint 10 rejects the file's own legacy `/* eslint-env */` comments; that is about the file, not a rule.
        else if (message.ruleId === null && message.message.includes('eslint-env')) continue;
        // Fatal non-parse messages, and "no matching configuration" warnings (file not linted at all), fail.
        // Other rule-less messages are about the file's own eslint-disable comments and are ignored.
        else if (message.fatal || message.message.startsWith('No matching configuration')) {
          result.crashes.push(`${relative}: ${message.message}`);
        }
      }
    } catch (error) {
      result.crashes.push(`${relative}: ${(error as Error).message.split('\n').slice(0, 3).join(' | ')}`);
    }
    const ms = performance.now() - started;
    if (ms > result.slowest.ms) result.slowest = { file: relative, ms: Math.round(ms) };
    if (ms > HANG_MS) result.hangs.push(`${relative}: ${Math.round(ms)} ms`);
    result.files++;
  }
  return result;
}
