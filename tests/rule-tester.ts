import { RuleTester, type InvalidTestCase, type RunTests, type ValidTestCase } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';
import * as babelParser from '@babel/eslint-parser';
import * as espree from 'espree';

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

/**
 * The tester every rule test uses. Each case runs as a TypeScript user runs it (`@typescript-eslint/parser`,
 * `file.ts` unless the case names a file) and, when its code is plain JavaScript, also as JavaScript users run it:
 * ESLint's default parser (espree, latest ecmaVersion, JSX on) and `@babel/eslint-parser` (no Babel config file,
 * JSX on), on the same file name with a JavaScript extension, expecting exactly the same results. Cases that need
 * TypeScript syntax, a parser of their own or type information run under the TypeScript parser only.
 */
export function createRuleTester(): Tester {
  const typescript = new RuleTester() as unknown as Tester;
  const javascript = new RuleTester({
    languageOptions: { parser: espree, parserOptions: { ecmaVersion: 'latest', ecmaFeatures: { jsx: true } } },
  }) as unknown as Tester;
  const babel = new RuleTester({
    languageOptions: {
      parser: babelParser,
      parserOptions: {
        requireConfigFile: false,
        babelOptions: { babelrc: false, configFile: false, parserOpts: { plugins: ['jsx'] } },
      },
    },
  }) as unknown as Tester;
  return {
    run(name, rule, tests) {
      const valid = tests.valid.map((test) => (typeof test === 'string' ? { code: test } : test));
      const jsValid = valid.filter(isPlainJavaScript).map(toJavaScriptCase);
      const jsInvalid = tests.invalid.filter(isPlainJavaScript).map(toJavaScriptCase);
      typescript.run(name, rule, tests);
      if (jsValid.length + jsInvalid.length > 0) {
        javascript.run(`${name} (ESLint's default parser)`, rule, { valid: jsValid, invalid: jsInvalid });
        babel.run(`${name} (Babel parser)`, rule, { valid: jsValid, invalid: jsInvalid });
      }
    },
  };
}

type AnyCase = ValidTestCase<readonly unknown[]> | InvalidTestCase<string, readonly unknown[]>;

/** Whether ESLint's default parser accepts the case's code as it is (no TypeScript syntax, no custom parser). */
function isPlainJavaScript(test: AnyCase): boolean {
  const languageOptions = test.languageOptions as { parser?: unknown; sourceType?: string; parserOptions?: { project?: unknown; projectService?: unknown } } | undefined;
  if (languageOptions?.parser !== undefined) return false;
  if (languageOptions?.parserOptions?.project || languageOptions?.parserOptions?.projectService) return false;
  if (test.filename !== undefined && /\.(?:d\.[cm]?ts|vue)$/u.test(test.filename)) return false;
  const sourceType = languageOptions?.sourceType === 'commonjs' || languageOptions?.sourceType === 'script' ? 'commonjs' : 'module';
  try {
    espree.parse(test.code, { ecmaVersion: 'latest', sourceType, ecmaFeatures: { jsx: true } });
    return true;
  } catch {
    return false;
  }
}

const JS_EXTENSIONS: Readonly<Record<string, string>> = { '.ts': '.js', '.tsx': '.jsx', '.mts': '.mjs', '.cts': '.cjs' };

/** The same case as a JavaScript project has it: the file keeps its name with the matching JavaScript extension. */
function toJavaScriptCase<T extends AnyCase>(test: T): T {
  if (test.filename === undefined) {
    // JSX is on for every JavaScript case (as in most JavaScript configs); only cases that ask for JSX get a `.jsx` name.
    const languageOptions = test.languageOptions as { parserOptions?: { ecmaFeatures?: { jsx?: boolean } } } | undefined;
    return { ...test, filename: languageOptions?.parserOptions?.ecmaFeatures?.jsx ? 'react.jsx' : 'file.js' };
  }
  const filename = test.filename.replace(/\.[cm]?tsx?$/u, (extension) => JS_EXTENSIONS[extension] ?? extension);
  return { ...test, filename };
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
