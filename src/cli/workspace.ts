import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Build output and dependency folders skipped at any depth (plus ESLint's own default ignores). */
export const DEFAULT_IGNORES: readonly string[] = [
  '**/node_modules/',
  '**/dist/',
  '**/build/',
  '**/out/',
  '**/.next/',
  '**/.nuxt/',
  '**/.output/',
  '**/.svelte-kit/',
  '**/.vercel/',
  '**/.turbo/',
  '**/coverage/',
  '**/*.min.js',
];

/** The closest directory at or above `start` that holds a `.git` entry (directory, or file for worktrees). */
export function findRepositoryRoot(start: string): string | null {
  let directory = resolve(start);
  for (;;) {
    if (existsSync(join(directory, '.git'))) return directory;
    const parent = dirname(directory);
    if (parent === directory) return null;
    directory = parent;
  }
}

/** Escape minimatch syntax so a literal path from git matches only itself. */
function escapeGlob(path: string): string {
  return path.replace(/[!#()*+?@[\\\]{}]/gu, '\\$&');
}

/**
 * Paths git itself ignores under `root` (nested .gitignore files, .git/info/exclude and the global excludes file
 * included), as ESLint ignore patterns relative to `root`. `null` when git is unavailable or `root` is no work tree.
 */
export function gitIgnoredPatterns(root: string): string[] | null {
  let output: string;
  try {
    output = execFileSync('git', ['ls-files', '--others', '--ignored', '--exclude-standard', '--directory', '-z'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
      timeout: 60_000,
    });
  } catch {
    return null;
  }
  return output
    .split('\0')
    .filter((entry) => entry !== '')
    .map((entry) => escapeGlob(entry));
}

/**
 * Convert the lines of one `.gitignore` (at the lint root) to ESLint ignore patterns. Used when git is not
 * available; covers the common syntax (comments, negation, anchoring, directory-only patterns).
 */
export function gitignoreToPatterns(text: string): string[] {
  const patterns: string[] = [];
  for (const rawLine of text.split(/\r?\n/u)) {
    const line = rawLine.trimEnd();
    if (line === '' || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    let pattern = negated ? line.slice(1) : line;
    if (pattern.startsWith('\\#') || pattern.startsWith('\\!')) pattern = pattern.slice(1);
    const directoryOnly = pattern.endsWith('/');
    const body = directoryOnly ? pattern.slice(0, -1) : pattern;
    if (body === '') continue;
    const anchored = body.includes('/');
    const relative = anchored ? body.replace(/^\//u, '') : `**/${body}`;
    const converted = directoryOnly ? `${relative}/` : `${relative}{,/**}`;
    patterns.push(negated ? `!${converted}` : converted);
  }
  return patterns;
}

/** Ignore patterns for `.gitignore`d paths under `root`: from git when possible, else from `root/.gitignore`. */
export function ignoredByGit(root: string, isRepository: boolean): string[] {
  if (isRepository) {
    const fromGit = gitIgnoredPatterns(root);
    if (fromGit) return fromGit;
  }
  const file = join(root, '.gitignore');
  if (!existsSync(file)) return [];
  return gitignoreToPatterns(readFileSync(file, 'utf8'));
}
