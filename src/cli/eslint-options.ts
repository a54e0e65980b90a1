import { ESLint, type Linter } from 'eslint';
import plugin from '../index.js';
import { NAMESPACE } from '../meta.js';
import type { CliPreset } from './args.js';

/**
 * Everything needed to build the ESLint options, as plain data: the same settings rebuild identical options in
 * ESLint's worker threads (`--concurrency`), which import `eslint-options-module.js` with the settings in its URL.
 */
export interface LintSettings {
  /** ESLint's base path: ignore patterns are relative to it. */
  readonly cwd: string;
  readonly preset: CliPreset;
  /** Rule names without prefix; empty = the preset. */
  readonly rules: readonly string[];
  /** Global ignore patterns relative to `cwd`. */
  readonly ignores: readonly string[];
  readonly concurrency: 'off' | 'auto' | number;
}

export const JS_FILES = ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.jsx'];
export const TS_FILES = ['**/*.ts', '**/*.mts', '**/*.cts', '**/*.tsx'];
export const VUE_FILES = ['**/*.vue'];

export const MISSING_TYPESCRIPT_MESSAGE =
  'TypeScript files need the `typescript` package: install it next to eslint-plugin-payment-security (npm install --save-dev typescript) and run again.';

/** `@typescript-eslint/parser` needs the optional peer `typescript`; without it every TS file reports one clear parse error. */
async function loadTypeScriptParser(): Promise<Linter.Parser> {
  try {
    const module = (await import('@typescript-eslint/parser')) as { default?: Linter.Parser } & Linter.Parser;
    return module.default ?? module;
  } catch {
    const fail = (): never => {
      throw new Error(MISSING_TYPESCRIPT_MESSAGE);
    };
    return { meta: { name: 'payment-security-missing-typescript' }, parse: fail, parseForESLint: fail } as Linter.Parser;
  }
}

/**
 * vue-eslint-parser when the project has it (an optional peer, as for ESLint users): `.vue` files are then linted
 * like the README's Vue setup; without it they are left out, as ESLint leaves out files no config matches.
 */
async function loadVueParser(): Promise<Linter.Parser | null> {
  try {
    const module = (await import('vue-eslint-parser')) as { default?: Linter.Parser } & Linter.Parser;
    return module.default ?? module;
  } catch {
    return null;
  }
}

function versionAtLeast(version: string, major: number, minor: number): boolean {
  const [actualMajor = 0, actualMinor = 0] = version.split('.').map(Number);
  return actualMajor > major || (actualMajor === major && actualMinor >= minor);
}

/** The flat config the CLI lints with: no project config, our preset (or `--rule`s), JS via espree, TS via typescript-eslint. */
export async function buildConfig(settings: LintSettings): Promise<Linter.Config[]> {
  const tsParser = await loadTypeScriptParser();
  const vueParser = await loadVueParser();
  const linterOptions: Linter.LinterOptions = { reportUnusedDisableDirectives: 'off' };
  // Inline `/* eslint rule: ... */` comments written for the project's own setup must not add noise to our run.
  if (versionAtLeast(ESLint.version, 9, 19)) linterOptions.reportUnusedInlineConfigs = 'off';

  const selected: Linter.Config =
    settings.rules.length > 0
      ? {
          name: `${NAMESPACE}/cli/selected-rules`,
          plugins: { [NAMESPACE]: plugin },
          rules: Object.fromEntries(settings.rules.map((rule) => [`${NAMESPACE}/${rule}`, 'error'])),
        }
      : plugin.configs[settings.preset];

  return [
    { name: `${NAMESPACE}/cli/ignores`, ignores: [...settings.ignores] },
    {
      name: `${NAMESPACE}/cli/javascript`,
      files: JS_FILES,
      languageOptions: { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    { name: `${NAMESPACE}/cli/commonjs`, files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
    { name: `${NAMESPACE}/cli/typescript`, files: TS_FILES, languageOptions: { parser: tsParser } },
    ...(vueParser
      ? [
          {
            name: `${NAMESPACE}/cli/vue`,
            files: VUE_FILES,
            languageOptions: {
              parser: vueParser,
              ecmaVersion: 'latest',
              sourceType: 'module',
              parserOptions: { parser: { ts: tsParser }, ecmaFeatures: { jsx: true } },
            },
          } satisfies Linter.Config,
        ]
      : []),
    { name: `${NAMESPACE}/cli/linter-options`, linterOptions },
    selected,
  ];
}

export async function buildEslintOptions(settings: LintSettings): Promise<ESLint.Options> {
  return {
    cwd: settings.cwd,
    overrideConfigFile: true,
    overrideConfig: await buildConfig(settings),
    errorOnUnmatchedPattern: true,
    warnIgnored: true,
    ...(settings.concurrency === 'off' ? {} : { concurrency: settings.concurrency }),
  };
}

export function encodeSettings(settings: LintSettings): string {
  return encodeURIComponent(JSON.stringify(settings));
}

export function decodeSettings(encoded: string | null): LintSettings {
  if (encoded === null) throw new Error('payment-security: eslint-options-module.js loaded without settings.');
  return JSON.parse(decodeURIComponent(encoded)) as LintSettings;
}
