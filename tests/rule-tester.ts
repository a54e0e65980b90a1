import { RuleTester, type RunTests } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';

/**
 * `@typescript-eslint/rule-tester` may resolve its own copy of `@typescript-eslint/utils` (its release lags one
 * minor behind), which makes rule module types nominally different; this narrow interface keeps tests typed.
 */
export interface Tester {
  run<MessageIds extends string, Options extends readonly unknown[]>(
    name: string,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- docs type and listener differ per rule
    rule: TSESLint.RuleModule<MessageIds, Options, any, any>,
    tests: RunTests<MessageIds, Options>,
  ): void;
}

/** Default tester: TS parser, `file.ts`, ESM (so `require`, `process` and `fetch` are undeclared globals). */
export function createRuleTester(): Tester {
  return new RuleTester() as unknown as Tester;
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
