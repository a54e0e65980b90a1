import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TEST_FILE_GLOBS,
  MAX_MATCHED_PATH_LENGTH,
  createFileMatcher,
  isTestFile,
} from '../../src/modules/test-files.js';

describe('DEFAULT_TEST_FILE_GLOBS', () => {
  it('covers test files, test folders, test helpers and smoke-test projects', () => {
    expect(DEFAULT_TEST_FILE_GLOBS).toEqual([
      '**/*.{test,spec}.*',
      '**/*{_,-}{test,spec}.*',
      '**/{test,tests,spec,specs,__tests__,__mocks__,fixtures,__fixtures__,e2e,cypress,playwright}/**',
      '**/{spec,test}{_,-}helper{,s}.*',
      '**/test{-,_}utils{,.*}',
      '**/test{-,_}utils/**',
      '**/{testProjects,test-projects,smoke-test,smoke-tests,smoketest,smoketests}/**',
      '**/{mocks,stubs,fakes,test_values,test-values,testValues,dev-server}/**',
      '**/*.{mock,mocks,stub,fake}.*',
      '**/{mock,stub,fake,dummy}{-,_}*.*',
    ]);
  });
});

describe('glob matching (minimatch)', () => {
  const matches = (glob: string, path: string): boolean => createFileMatcher([glob])(path, { cwd: '/p' });
  const at = (path: string): string => `/p/${path}`;

  it('matches ** across any number of directories, including none', () => {
    expect(matches('src/**/*.ts', at('src/a.ts'))).toBe(true);
    expect(matches('src/**/*.ts', at('src/x/a.ts'))).toBe(true);
    expect(matches('src/**/*.ts', at('src/x/y/z/a.ts'))).toBe(true);
    expect(matches('src/**/*.ts', at('lib/a.ts'))).toBe(false);
    expect(matches('src/**/*.ts', at('src/a.js'))).toBe(false);
    expect(matches('src/**/*.ts', at('xsrc/a.ts'))).toBe(false);
  });

  it('lets a leading **/ match at the root', () => {
    expect(matches('**/fixtures/**', at('fixtures/a.ts'))).toBe(true);
    expect(matches('**/fixtures/**', at('tests/fixtures/deep/a.ts'))).toBe(true);
    expect(matches('**/fixtures/**', at('tests/fixtures2/a.ts'))).toBe(false);
    expect(matches('**/fixtures/**', at('tests/my-fixtures/a.ts'))).toBe(false);
    expect(matches('**/fixtures/**', at('tests/fixtures.ts'))).toBe(false);
  });

  it('keeps * and ? inside one path segment and expands {a,b}', () => {
    expect(matches('*.ts', at('a.ts'))).toBe(true);
    expect(matches('*.ts', at('dir/a.ts'))).toBe(false);
    expect(matches('a?c', at('abc'))).toBe(true);
    expect(matches('a?c', at('ac'))).toBe(false);
    expect(matches('**/*.{test,spec}.{ts,tsx}', at('src/a.spec.tsx'))).toBe(true);
    expect(matches('**/*.{test,spec}.{ts,tsx}', at('src/a.test.js'))).toBe(false);
    expect(matches('**/*.{test,spec}.{ts,tsx}', at('src/a.tests.ts'))).toBe(false);
  });

  it('treats regular-expression characters literally and matches dot folders', () => {
    expect(matches('a.b', at('axb'))).toBe(false);
    expect(matches('a.b', at('a.b'))).toBe(true);
    expect(matches('(a)+^$|c', at('(a)+^$|c'))).toBe(true);
    expect(matches('**/*.stories.*', at('.storybook/pay.stories.tsx'))).toBe(true);
  });

  it('stays fast and correct on long adversarial paths', () => {
    const path = `/p/${'a/'.repeat(1000)}${'.tes'.repeat(400)}x`;
    expect(isTestFile(path, DEFAULT_TEST_FILE_GLOBS, { cwd: '/p' })).toBe(false);
    expect(isTestFile(`${path}/.test.x`, DEFAULT_TEST_FILE_GLOBS, { cwd: '/p' })).toBe(true);
    expect(isTestFile(`/p/${'a/'.repeat(2000)}${'-'.repeat(1000)}`, DEFAULT_TEST_FILE_GLOBS, { cwd: '/p' })).toBe(false);
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
    '/home/u/proj/test/webhook.js',
    '/home/u/proj/tests/helpers/sign.ts',
    '/home/u/proj/spec/payments_spec.js',
    '/home/u/proj/specs/pay.ts',
    '/home/u/proj/src/pay_test.js',
    '/home/u/proj/src/pay-test.ts',
    '/home/u/proj/src/pay_spec.js',
    '/home/u/proj/src/pay-spec.ts',
    '/home/u/proj/test/app.e2e-spec.ts',
    '/home/u/proj/src/spec_helper.js',
    '/home/u/proj/src/test-helpers.ts',
    '/home/u/proj/src/test-utils.tsx',
    '/home/u/proj/src/test-utils/render.tsx',
    '/home/u/proj/src/__fixtures__/charge.json.ts',
    '/home/u/proj/testProjects/esm/index.ts',
    '/home/u/proj/smoke-tests/checkout.js',
    '/home/u/proj/lib/braintree/test_values/credit_card_numbers.js',
    '/home/u/proj/src/payments/stripe.mock.ts',
    '/home/u/proj/src/config/payment/dummy-payment-method-handler.ts',
    '/home/u/proj/packages/dev-server/plugins/pay.ts',
    '/home/u/proj/src/mocks/handlers.ts',
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
    '/home/u/proj/src/ab-testing.ts',
    '/home/u/proj/src/testimonials/pay.ts',
    '/home/u/proj/src/contest/pay.ts',
    '/home/u/proj/src/inspector.ts',
    '/home/u/proj/src/payments/mockup-gallery.tsx',
    '/home/u/proj/src/payments/dummyData.ts',
    '/home/u/proj/src/dev/server.ts',
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
