import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TEST_FILE_GLOBS,
  MAX_MATCHED_PATH_LENGTH,
  createFileMatcher,
  globToRegExp,
  isTestFile,
} from '../../src/utils/test-files.js';

describe('DEFAULT_TEST_FILE_GLOBS', () => {
  it('matches the rule catalog', () => {
    expect(DEFAULT_TEST_FILE_GLOBS).toEqual([
      '**/*.{test,spec}.*',
      '**/__tests__/**',
      '**/__mocks__/**',
      '**/fixtures/**',
      '**/e2e/**',
      '**/cypress/**',
      '**/playwright/**',
    ]);
  });
});

describe('globToRegExp', () => {
  it('produces the expected sources', () => {
    expect(globToRegExp('**/*.{test,spec}.*').source).toBe('^(?:.*\\/)?[^/]*\\.(?:test|spec)\\.[^/]*$');
    expect(globToRegExp('**/fixtures/**').source).toBe('^(?:.*\\/)?fixtures(?:\\/.*)?$');
    expect(globToRegExp('a/**/b').source).toBe('^a\\/(?:.*\\/)?b$');
    expect(globToRegExp('**').source).toBe('^.*$');
    expect(globToRegExp('src/*.ts').source).toBe('^src\\/[^/]*\\.ts$');
    expect(globToRegExp('file?.js').source).toBe('^file[^/]\\.js$');
  });

  it('has no repeated groups and no adjacent wildcards', () => {
    for (const glob of [...DEFAULT_TEST_FILE_GLOBS, 'a/**/**/b/**', '**/**', '***', 'x**y', '{*.a,*.b}']) {
      const source = globToRegExp(glob).source;
      expect(source, glob).not.toMatch(/\)[*+{]/);
      expect(source, glob).not.toContain('[^/]*[^/]*');
      expect(source, glob).not.toContain('.*.*');
      expect(source, glob).not.toContain('.*(?:.*');
    }
  });

  it('collapses consecutive ** segments', () => {
    expect(globToRegExp('a/**/**/b').source).toBe(globToRegExp('a/**/b').source);
    expect(globToRegExp('**/**').source).toBe('^.*$');
    expect(globToRegExp('**/**/x').source).toBe('^(?:.*\\/)?x$');
  });

  it('matches ** across any number of directories, including none', () => {
    const regexp = globToRegExp('src/**/*.ts');
    expect(regexp.test('src/a.ts')).toBe(true);
    expect(regexp.test('src/x/a.ts')).toBe(true);
    expect(regexp.test('src/x/y/z/a.ts')).toBe(true);
    expect(regexp.test('lib/a.ts')).toBe(false);
    expect(regexp.test('src/a.js')).toBe(false);
    expect(regexp.test('xsrc/a.ts')).toBe(false);
  });

  it('lets a leading **/ match at the root and a trailing /** match the directory and below', () => {
    const regexp = globToRegExp('**/fixtures/**');
    expect(regexp.test('fixtures/a.ts')).toBe(true);
    expect(regexp.test('fixtures')).toBe(true);
    expect(regexp.test('tests/fixtures/a.ts')).toBe(true);
    expect(regexp.test('/home/u/proj/tests/fixtures/deep/a.ts')).toBe(true);
    expect(regexp.test('tests/fixtures2/a.ts')).toBe(false);
    expect(regexp.test('tests/my-fixtures/a.ts')).toBe(false);
    expect(regexp.test('tests/fixtures.ts')).toBe(false);
  });

  it('keeps * and ? inside one path segment', () => {
    expect(globToRegExp('*.ts').test('a.ts')).toBe(true);
    expect(globToRegExp('*.ts').test('dir/a.ts')).toBe(false);
    expect(globToRegExp('a?c').test('abc')).toBe(true);
    expect(globToRegExp('a?c').test('a/c')).toBe(false);
    expect(globToRegExp('a?c').test('ac')).toBe(false);
    expect(globToRegExp('x**y').test('xaby')).toBe(true);
    expect(globToRegExp('x**y').test('xa/by')).toBe(false);
  });

  it('expands {a,b} alternatives, including wildcards inside them', () => {
    const regexp = globToRegExp('**/*.{test,spec}.{ts,tsx}');
    expect(regexp.test('a.test.ts')).toBe(true);
    expect(regexp.test('src/a.spec.tsx')).toBe(true);
    expect(regexp.test('src/a.test.js')).toBe(false);
    expect(regexp.test('src/a.tests.ts')).toBe(false);
    const wild = globToRegExp('{*.a,b?}');
    expect(wild.test('x.a')).toBe(true);
    expect(wild.test('bc')).toBe(true);
    expect(wild.test('x.b')).toBe(false);
    expect(globToRegExp('{a/b,c}').test('a/b')).toBe(true);
    expect(globToRegExp('{,x}y').test('y')).toBe(true);
  });

  it('escapes regular-expression characters and supports backslash escapes', () => {
    expect(globToRegExp('a.b').test('axb')).toBe(false);
    expect(globToRegExp('a.b').test('a.b')).toBe(true);
    expect(globToRegExp('(a)+[b]^$|c').test('(a)+[b]^$|c')).toBe(true);
    expect(globToRegExp('\\*.ts').test('*.ts')).toBe(true);
    expect(globToRegExp('\\*.ts').test('a.ts')).toBe(false);
    expect(globToRegExp('\\{a,b\\}').test('{a,b}')).toBe(true);
    expect(globToRegExp('a{b').test('a{b')).toBe(true);
  });

  it('anchors absolute globs', () => {
    expect(globToRegExp('/abs/**').test('/abs/x.ts')).toBe(true);
    expect(globToRegExp('/abs/**').test('/other/abs/x.ts')).toBe(false);
  });

  it('stays fast on long adversarial paths', () => {
    const path = `${'a/'.repeat(2000)}${'.tes'.repeat(500)}x`;
    expect(DEFAULT_TEST_FILE_GLOBS.map((glob) => globToRegExp(glob).test(path))).toEqual(
      DEFAULT_TEST_FILE_GLOBS.map(() => false),
    );
    expect(globToRegExp('**/*.{test,spec}.*').test(`${path}/.test.x`)).toBe(true);
  });
});

describe('isTestFile', () => {
  it.each([
    '/home/u/proj/src/pay.test.ts',
    '/home/u/proj/src/pay.spec.js',
    '/home/u/proj/src/pay.test.tsx',
    '/home/u/proj/src/pay.spec.mjs',
    'pay.test.ts',
    'src/__tests__/pay.ts',
    '/home/u/proj/src/__tests__/nested/pay.ts',
    '/home/u/proj/src/__mocks__/stripe.ts',
    '/home/u/proj/tests/fixtures/a.ts',
    'fixtures/a.ts',
    '/home/u/proj/e2e/checkout.ts',
    '/home/u/proj/cypress/integration/pay.js',
    '/home/u/proj/playwright/pay.ts',
    'C:\\Users\\u\\proj\\src\\pay.test.ts',
    'C:\\Users\\u\\proj\\tests\\fixtures\\a.ts',
    'src\\__tests__\\a.ts',
  ])('%s is a test file', (filename) => {
    expect(isTestFile(filename)).toBe(true);
  });

  it.each([
    '/home/u/proj/src/pay.ts',
    '/home/u/proj/src/testing.ts',
    '/home/u/proj/src/contest.ts',
    '/home/u/proj/src/latest.ts',
    '/home/u/proj/src/test.ts',
    '/home/u/proj/src/spec.ts',
    '/home/u/proj/src/pay.tests.ts',
    '/home/u/proj/src/pay-test.ts',
    '/home/u/proj/src/fixture.ts',
    '/home/u/proj/src/fixtures.ts',
    '/home/u/proj/src/my-fixtures/a.ts',
    '/home/u/proj/src/__tests/a.ts',
    '/home/u/proj/src/e2e-utils/a.ts',
    '/home/u/proj/src/cypress-config.ts',
    '/home/u/proj/src/playwrightHelpers.ts',
    '<input>',
    '<text>',
    '',
    'C:\\Users\\u\\proj\\src\\pay.ts',
  ])('%s is not a test file', (filename) => {
    expect(isTestFile(filename)).toBe(false);
  });

  it('ignores directories above cwd when cwd is given', () => {
    const filename = '/home/ci/fixtures/app/src/pay.ts';
    expect(isTestFile(filename)).toBe(true);
    expect(isTestFile(filename, DEFAULT_TEST_FILE_GLOBS, { cwd: '/home/ci/fixtures/app' })).toBe(false);
    expect(isTestFile(filename, DEFAULT_TEST_FILE_GLOBS, { cwd: '/home/ci/fixtures/app/' })).toBe(false);
    expect(isTestFile('/home/ci/fixtures/app/tests/fixtures/a.ts', DEFAULT_TEST_FILE_GLOBS, { cwd: '/home/ci/fixtures/app' })).toBe(true);
    expect(isTestFile('C:\\ci\\e2e\\app\\src\\pay.ts', DEFAULT_TEST_FILE_GLOBS, { cwd: 'C:\\ci\\e2e\\app' })).toBe(false);
  });

  it('falls back to the absolute path for files outside cwd', () => {
    expect(isTestFile('/elsewhere/__tests__/a.ts', DEFAULT_TEST_FILE_GLOBS, { cwd: '/home/u/proj' })).toBe(true);
    expect(isTestFile('/home/u/project2/src/a.ts', DEFAULT_TEST_FILE_GLOBS, { cwd: '/home/u/proj' })).toBe(false);
  });

  it('never matches virtual filenames, even with a catch-all glob', () => {
    expect(isTestFile('<input>', ['**'])).toBe(false);
    expect(isTestFile('<text>', ['**'])).toBe(false);
    expect(isTestFile('src/a.ts', ['**'])).toBe(true);
  });

  it('does not match overlong paths', () => {
    expect(isTestFile(`/${'a/'.repeat(MAX_MATCHED_PATH_LENGTH)}x.test.ts`)).toBe(false);
  });

  it('uses custom globs', () => {
    const globs = ['test/**', '*.stories.tsx'];
    expect(isTestFile('/home/u/proj/test/a.ts', globs)).toBe(true);
    expect(isTestFile('/home/u/proj/src/button.stories.tsx', globs)).toBe(true);
    expect(isTestFile('/home/u/proj/src/pay.test.ts', globs)).toBe(false);
    expect(isTestFile('/home/u/proj/test/a.ts', globs, { cwd: '/home/u/proj' })).toBe(true);
    expect(isTestFile('/home/u/proj/src/test/a.ts', globs, { cwd: '/home/u/proj' })).toBe(false);
    expect(isTestFile('/home/u/proj/src/test/a.ts', globs)).toBe(true);
    expect(isTestFile('/home/u/proj/src/a.ts', [])).toBe(false);
  });
});

describe('createFileMatcher', () => {
  it('builds a reusable matcher for other file classes', () => {
    const isServerFile = createFileMatcher(['**/*.server.*', 'app/api/**', 'pages/api/**', './server/**']);
    expect(isServerFile('/p/app/lib/db.server.ts')).toBe(true);
    expect(isServerFile('/p/app/api/checkout/route.ts', { cwd: '/p' })).toBe(true);
    expect(isServerFile('/p/src/app/api/checkout/route.ts', { cwd: '/p' })).toBe(false);
    expect(isServerFile('/p/pages/api/pay.ts')).toBe(true);
    expect(isServerFile('/p/server/index.ts', { cwd: '/p' })).toBe(true);
    expect(isServerFile('/p/app/page.tsx')).toBe(false);
    expect(isServerFile('/p/app/server.ts')).toBe(false);
  });

  it('matches absolute globs against the absolute path only', () => {
    const matcher = createFileMatcher(['/opt/shared/**']);
    expect(matcher('/opt/shared/a.ts')).toBe(true);
    expect(matcher('/opt/shared/a.ts', { cwd: '/opt' })).toBe(true);
    expect(matcher('/home/opt/shared/a.ts')).toBe(false);
  });
});
