import { RuleTester } from '@typescript-eslint/rule-tester';

/** Default tester: TS parser, `file.ts`, ESM (so `require`, `process` and `fetch` are undeclared globals). */
export function createRuleTester(): RuleTester {
  return new RuleTester();
}

/** CommonJS JavaScript with Node globals declared, as in a plain `server.js`. */
export const commonjs = {
  languageOptions: {
    sourceType: 'commonjs' as const,
    globals: { require: 'readonly', process: 'readonly', module: 'writable', Buffer: 'readonly', fetch: 'readonly' } as const,
  },
};

/** ESM JavaScript with Node globals declared. */
export const nodeGlobals = {
  languageOptions: {
    globals: { process: 'readonly', Buffer: 'readonly', fetch: 'readonly', URL: 'readonly' } as const,
  },
};
