/**
 * File classification by glob (test files here; client/server files in file-kinds.ts), matched with minimatch —
 * the glob matcher ESLint itself uses — on forward-slash paths relative to the project.
 */
import { Minimatch } from 'minimatch';

/**
 * Default test-file globs: how JS/TS projects lay out tests, test helpers and smoke-test projects. Rules decide
 * what test files get (most skip them; see each rule's docs page), and take their own list as an option.
 */
export const DEFAULT_TEST_FILE_GLOBS: readonly string[] = [
  '**/*.{test,spec}.*',
  '**/*{_,-}{test,spec}.*',
  '**/{test,tests,spec,specs,__tests__,__mocks__,fixtures,__fixtures__,e2e,cypress,playwright}/**',
  '**/{spec,test}{_,-}helper{,s}.*',
  '**/test{-,_}utils{,.*}',
  '**/test{-,_}utils/**',
  '**/{testProjects,test-projects,smoke-test,smoke-tests,smoketest,smoketests}/**',
  // Test doubles and sandbox-value modules: `__mocks__`-style folders, `payment.mock.ts`, `dummy-payment-handler.ts`,
  // an SDK's `test_values/`, a local `dev-server/`.
  '**/{mocks,stubs,fakes,test_values,test-values,testValues,dev-server}/**',
  '**/*.{mock,mocks,stub,fake}.*',
  '**/{mock,stub,fake,dummy}{-,_}*.*',
];

/**
 * Documentation code of SDK and sample repositories: examples and samples print the provider's documented
 * test-mode keys and sandbox values, which are not secrets there (live keys still are).
 */
export const DEFAULT_DOCUMENTATION_FILE_GLOBS: readonly string[] = [
  '**/{examples,example,samples,sample,docs,doc,demo,demos,snippets}/**',
];

/**
 * The test globs for rules without test-file options of their own: `settings['payment-security'].testFiles` from the
 * user's config when it is a list of strings (it replaces the defaults), else `DEFAULT_TEST_FILE_GLOBS`.
 */
export function testFileGlobs(settings: Readonly<Record<string, unknown>> | undefined): readonly string[] {
  const shared = settings?.['payment-security'] as { testFiles?: unknown } | undefined;
  const globs = shared?.testFiles;
  return Array.isArray(globs) && globs.every((glob) => typeof glob === 'string') ? (globs as string[]) : DEFAULT_TEST_FILE_GLOBS;
}

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

/** Dot files and folders match like any other (`.storybook/`, `.github/`); `!` and `#` have no special meaning. */
const MINIMATCH_OPTIONS = { dot: true, nonegate: true, nocomment: true } as const;

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
  readonly anchored: Minimatch;
  /** For relative globs without a known project root: match below any directory. */
  readonly floating: Minimatch;
  readonly absolute: boolean;
}

const compiledGlobs = new Map<string, CompiledGlob>();
const MAX_COMPILED_GLOBS = 512;

/** Compiled once per process and glob: rules build matchers per file (`ignoreFiles` options). */
function compileGlob(rawGlob: string): CompiledGlob {
  let compiled = compiledGlobs.get(rawGlob);
  if (compiled === undefined) {
    if (compiledGlobs.size >= MAX_COMPILED_GLOBS) compiledGlobs.clear();
    compiled = compileGlobUncached(rawGlob);
    compiledGlobs.set(rawGlob, compiled);
  }
  return compiled;
}

function compileGlobUncached(rawGlob: string): CompiledGlob {
  let glob = normalizePath(rawGlob);
  while (glob.startsWith('./')) glob = glob.slice(2);
  const absolute = isAbsoluteGlob(glob);
  const anchored = new Minimatch(glob, MINIMATCH_OPTIONS);
  const floating = absolute || glob.startsWith('**/') ? anchored : new Minimatch(`**/${glob}`, MINIMATCH_OPTIONS);
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
      if (glob.absolute) return glob.anchored.match(path);
      return relative === null ? glob.floating.match(path) : glob.anchored.match(relative);
    });
  };
}

const MAX_CACHED_MATCHERS = 64;
const matcherCache = new Map<string, FileMatcher>();

/** The matcher for a glob list, compiled once per process and list (test, client and server globs alike). */
export function cachedMatcher(globs: readonly string[]): FileMatcher {
  let matcher = matcherByList.get(globs);
  if (matcher !== undefined) return matcher;
  const key = globs.join('\u0000');
  matcher = matcherCache.get(key);
  if (matcher === undefined) {
    if (matcherCache.size >= MAX_CACHED_MATCHERS) matcherCache.clear();
    matcher = createFileMatcher(globs);
    matcherCache.set(key, matcher);
  }
  matcherByList.set(globs, matcher);
  return matcher;
}

/** The same list object (a rule's option array, the defaults) skips building the key. */
const matcherByList = new WeakMap<readonly string[], FileMatcher>();

/** Each matcher's last question and answer: every rule asks about the same file in turn, with one of a few lists. */
const lastAnswers = new WeakMap<FileMatcher, { readonly filename: string; readonly cwd: string | undefined; readonly result: boolean }>();

/** Whether `filename` (ESLint's `context.filename`) is a test file; pass `context.cwd` as `options.cwd`. */
export function isTestFile(
  filename: string,
  globs: readonly string[] = DEFAULT_TEST_FILE_GLOBS,
  options: FileMatchOptions = {},
): boolean {
  const matcher = cachedMatcher(globs);
  const last = lastAnswers.get(matcher);
  if (last?.filename === filename && last.cwd === options.cwd) return last.result;
  const result = matcher(filename, options);
  lastAnswers.set(matcher, { filename, cwd: options.cwd, result });
  return result;
}
