import { RuleTester, type InvalidTestCase, type RunTests, type ValidTestCase } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';
import * as babelParser from '@babel/eslint-parser';
import * as espree from 'espree';
import * as vueParser from 'vue-eslint-parser';

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

export interface RuleTesterOptions {
  /**
   * Also run the plain-JavaScript cases inside a Vue single-file component (default `true`). Turn it off for rules
   * whose results depend on the file being browser code: every `.vue` file is (see src/modules/file-kinds.ts).
   */
  readonly vue?: boolean;
}

/**
 * The tester every rule test uses. Each case runs as a TypeScript user runs it (`@typescript-eslint/parser`,
 * `file.ts` unless the case names a file) and, when its code is plain JavaScript, also as JavaScript users run it:
 * ESLint's default parser (espree, latest ecmaVersion, JSX on) and `@babel/eslint-parser` (no Babel config file,
 * JSX on), on the same file name with a JavaScript extension, expecting exactly the same results. Plain-JavaScript
 * ES module cases that name no file also run as the `<script>` of a Vue component through vue-eslint-parser, with
 * the same results one line lower. Cases that need TypeScript syntax, a parser of their own or type information run
 * under the TypeScript parser only.
 */
export function createRuleTester(options: RuleTesterOptions = {}): Tester {
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
  const vue = new RuleTester({
    languageOptions: { parser: vueParser, parserOptions: { ecmaVersion: 'latest', ecmaFeatures: { jsx: true } } },
  }) as unknown as Tester;
  return {
    run(name, rule, tests) {
      const valid = tests.valid.map((test) => (typeof test === 'string' ? { code: test } : test));
      const jsValid = valid.filter(isPlainJavaScript);
      const jsInvalid = tests.invalid.filter(isPlainJavaScript);
      typescript.run(name, rule, tests);
      if (jsValid.length + jsInvalid.length > 0) {
        const javascriptTests = { valid: jsValid.map(toJavaScriptCase), invalid: jsInvalid.map(toJavaScriptCase) };
        javascript.run(`${name} (ESLint's default parser)`, rule, javascriptTests);
        babel.run(`${name} (Babel parser)`, rule, javascriptTests);
      }
      if (options.vue !== false) {
        const vueValid = jsValid.filter(fitsVueScript).map(toVueCase);
        const vueInvalid = jsInvalid.filter(fitsVueScript).map(toVueCase);
        if (vueValid.length + vueInvalid.length > 0) {
          vue.run(`${name} (vue-eslint-parser)`, rule, { valid: vueValid, invalid: vueInvalid });
        }
      }
    },
  };
}

/** An ES module case with no file name of its own (names carry framework meaning) and no `<script>` tag in it. */
function fitsVueScript(test: AnyCase): boolean {
  const languageOptions = test.languageOptions as { sourceType?: string } | undefined;
  return (
    test.filename === undefined &&
    (languageOptions?.sourceType === undefined || languageOptions.sourceType === 'module') &&
    !/<\/?script/iu.test(test.code)
  );
}

const inVueScript = (code: string): string => `<script>\n${code}</script>\n`;

/** The case as the `<script>` block of `component.vue`: the code, expected output and locations move one line down. */
function toVueCase<T extends AnyCase>(test: T): T {
  const moved = { ...test, code: inVueScript(test.code), filename: 'component.vue' };
  if (!('errors' in test)) return moved;
  return {
    ...moved,
    ...(typeof test.output === 'string' ? { output: inVueScript(test.output) } : {}),
    errors: test.errors.map((error) => ({
      ...error,
      ...(error.line === undefined ? {} : { line: error.line + 1 }),
      ...(error.endLine === undefined ? {} : { endLine: error.endLine + 1 }),
      ...(error.suggestions
        ? { suggestions: error.suggestions.map((suggestion) => ({ ...suggestion, output: inVueScript(suggestion.output) })) }
        : {}),
    })),
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
