/**
 * File classification by glob (test files here; client/server files elsewhere). A small glob-to-RegExp
 * converter — no minimatch — whose output has no nested quantifiers.
 */

/** Default test-file globs (rule-catalog.md, "Cross-cutting behaviour"). */
export const DEFAULT_TEST_FILE_GLOBS: readonly string[] = [
  '**/*.{test,spec}.*',
  '**/__tests__/**',
  '**/__mocks__/**',
  '**/fixtures/**',
  '**/e2e/**',
  '**/cypress/**',
  '**/playwright/**',
];

/** Paths longer than this are never matched (no real file path is this long). */
export const MAX_MATCHED_PATH_LENGTH = 4096;

export interface FileMatchOptions {
  /**
   * Project directory (ESLint's `context.cwd`). When the file is inside it, globs are matched against the
   * path relative to it, so directories above the project (`/home/ci/fixtures/app/…`) do not count.
   * Otherwise globs are matched against the absolute path.
   */
  readonly cwd?: string;
}

/** Returns whether a filename matches; compiled once per glob list. */
export type FileMatcher = (filename: string, options?: FileMatchOptions) => boolean;

const REGEXP_SPECIAL = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}', '/']);

function escapeChar(ch: string): string {
  return REGEXP_SPECIAL.has(ch) ? `\\${ch}` : ch;
}

/** Splits on `/` outside `{…}` so `{a/b,c}` stays one segment. */
function splitGlobSegments(glob: string): string[] {
  const segments: string[] = [];
  let current = '';
  let braceDepth = 0;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '\\' && i + 1 < glob.length) {
      current += ch + glob[i + 1];
      i++;
      continue;
    }
    if (ch === '{') braceDepth++;
    else if (ch === '}' && braceDepth > 0) braceDepth--;
    if (ch === '/' && braceDepth === 0) {
      segments.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  segments.push(current);
  return segments;
}

/** One path segment: `*` → `[^/]*` (runs collapsed), `?` → `[^/]`, `{a,b}` → `(?:a|b)`, `\x` → literal. */
function segmentToRegExpSource(segment: string, inBraces = false): string {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i];
    if (ch === '\\' && i + 1 < segment.length) {
      source += escapeChar(segment[i + 1]);
      i++;
    } else if (ch === '*') {
      while (segment[i + 1] === '*') i++;
      source += '[^/]*';
    } else if (ch === '?') {
      source += '[^/]';
    } else if (ch === '{' && !inBraces) {
      const close = segment.indexOf('}', i + 1);
      if (close === -1) {
        source += escapeChar(ch);
        continue;
      }
      const alternatives = segment.slice(i + 1, close).split(',');
      source += `(?:${alternatives.map((alternative) => segmentToRegExpSource(alternative, true)).join('|')})`;
      i = close;
    } else {
      source += escapeChar(ch);
    }
  }
  return source;
}

/**
 * Converts a glob to an anchored RegExp for forward-slash paths. Supports `**` (any number of directories,
 * including none), `*`, `?`, `{a,b}` (not nested) and `\` escapes. A leading `**` segment also matches at
 * the root (the fixtures glob matches `fixtures/a.ts`); a trailing `/**` matches the directory and everything
 * below it.
 */
export function globToRegExp(glob: string): RegExp {
  // `a/**/**/b` is `a/**/b`.
  const segments = splitGlobSegments(glob).filter(
    (segment, index, all) => !(segment === '**' && all[index - 1] === '**'),
  );
  let source = '';
  let needsSlash = false;
  segments.forEach((segment, index) => {
    if (segment === '**') {
      const isLast = index === segments.length - 1;
      if (isLast) source += needsSlash ? '(?:/.*)?' : '.*';
      else source += needsSlash ? '/(?:.*/)?' : '(?:.*/)?';
      needsSlash = false;
      return;
    }
    if (needsSlash) source += '/';
    source += segmentToRegExpSource(segment);
    needsSlash = true;
  });
  return new RegExp(`^${source}$`);
}

function normalizePath(path: string): string {
  return path.replace(/\\/g, '/');
}

function stripTrailingSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

/** ESLint's placeholder names for code without a file (`<input>`, `<text>`). */
function isVirtualFilename(filename: string): boolean {
  return filename === '' || (filename.startsWith('<') && filename.endsWith('>'));
}

function isAbsoluteGlob(glob: string): boolean {
  return glob.startsWith('/') || /^[a-z]:\//i.test(glob);
}

interface CompiledGlob {
  /** Matches the path it is given (relative to the project, or absolute). */
  readonly anchored: RegExp;
  /** For relative globs without a known project root: match below any directory. */
  readonly floating: RegExp;
  readonly absolute: boolean;
}

function compileGlob(rawGlob: string): CompiledGlob {
  let glob = normalizePath(rawGlob);
  while (glob.startsWith('./')) glob = glob.slice(2);
  const absolute = isAbsoluteGlob(glob);
  const anchored = globToRegExp(glob);
  const floating = absolute || glob.startsWith('**/') ? anchored : globToRegExp(`**/${glob}`);
  return { anchored, floating, absolute };
}

function relativeTo(path: string, cwd: string | undefined): string | null {
  if (cwd === undefined || cwd === '') return null;
  const root = stripTrailingSlash(normalizePath(cwd));
  const prefix = root.endsWith('/') ? root : `${root}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : null;
}

/**
 * Builds a matcher for a glob list. Globs starting with `/` (or a drive letter) match the absolute path.
 * Other globs match the path relative to `options.cwd` when the file is inside it; without a usable `cwd`
 * they match below any directory of the absolute path (`tests/**` matches `/home/u/proj/tests/a.ts`).
 * Virtual filenames (`<input>`, `<text>`) never match.
 */
export function createFileMatcher(globs: readonly string[]): FileMatcher {
  const compiled = globs.map(compileGlob);
  return (filename, options = {}) => {
    if (isVirtualFilename(filename) || filename.length > MAX_MATCHED_PATH_LENGTH) return false;
    const path = normalizePath(filename);
    const relative = relativeTo(path, options.cwd);
    return compiled.some((glob) => {
      if (glob.absolute) return glob.anchored.test(path);
      return relative === null ? glob.floating.test(path) : glob.anchored.test(relative);
    });
  };
}

const MAX_CACHED_MATCHERS = 64;
const matcherCache = new Map<string, FileMatcher>();

function cachedMatcher(globs: readonly string[]): FileMatcher {
  const key = globs.join('\u0000');
  let matcher = matcherCache.get(key);
  if (matcher === undefined) {
    if (matcherCache.size >= MAX_CACHED_MATCHERS) matcherCache.clear();
    matcher = createFileMatcher(globs);
    matcherCache.set(key, matcher);
  }
  return matcher;
}

/** Whether `filename` (ESLint's `context.filename`) is a test file; pass `context.cwd` as `options.cwd`. */
export function isTestFile(
  filename: string,
  globs: readonly string[] = DEFAULT_TEST_FILE_GLOBS,
  options: FileMatchOptions = {},
): boolean {
  return cachedMatcher(globs)(filename, options);
}
