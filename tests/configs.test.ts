/**
 * Presets load in real ESLint 10 and ESLint 9 — as config objects and through the string `extends` form — and
 * report on a sample; `require()` of the built package from CommonJS returns the plugin object.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { defineConfig } from 'eslint/config';
import { ESLint as ESLint9 } from 'eslint-v9';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const SAMPLE = "import https from 'https';\nnew https.Agent({ rejectUnauthorized: false });\n";

type Engine = typeof ESLint | typeof ESLint9;

async function lintWith(Engine: Engine, config: Linter.Config[]): Promise<string[]> {
  const eslint = new Engine({ cwd: root, overrideConfigFile: true, overrideConfig: config as never });
  const [result] = await eslint.lintText(SAMPLE, { filePath: `${root}src/virtual.ts` });
  return result!.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`);
}

describe.each([
  ['ESLint 10', ESLint],
  ['ESLint 9', ESLint9],
] as const)('presets in %s', (_, Engine) => {
  const ts: Linter.Config = { files: ['**/*.ts'], languageOptions: { parser: tsParser as never } };

  it.each(['recommended', 'strict', 'all'] as const)('%s loads as a config object and reports', async (preset) => {
    const messages = await lintWith(Engine, [ts, plugin.configs[preset]]);
    expect(messages).toContain('2:19 payment-security/no-disabled-certificate-validation');
  });

  it('resolves the rule set the preset declares', async () => {
    const eslint = new Engine({ cwd: root, overrideConfigFile: true, overrideConfig: [ts, plugin.configs.recommended] as never });
    const config = (await eslint.calculateConfigForFile(`${root}src/virtual.ts`)) as Linter.Config;
    const ours = Object.keys(config.rules ?? {}).filter((name) => name.startsWith('payment-security/'));
    expect(ours.sort()).toEqual(Object.keys(plugin.configs.recommended.rules ?? {}).sort());
  });
});

describe('extends', () => {
  it('works with the string form through defineConfig', async () => {
    const config = defineConfig({
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser as never },
      plugins: { 'payment-security': plugin },
      extends: ['payment-security/recommended'],
    });
    const messages = await lintWith(ESLint, config);
    expect(messages).toEqual(['2:19 payment-security/no-disabled-certificate-validation']);
  });
});

describe('CommonJS consumers', () => {
  it('require() of the built package returns the plugin object', () => {
    const output = execFileSync(
      process.execPath,
      ['-e', "const p = require('eslint-plugin-payment-security'); console.log(JSON.stringify([p.meta.name, Object.keys(p.configs), typeof p.rules['no-disabled-certificate-validation'].create]))"],
      { cwd: root, encoding: 'utf8' },
    );
    expect(JSON.parse(output)).toEqual(['eslint-plugin-payment-security', ['recommended', 'strict', 'all'], 'function']);
  });
});
