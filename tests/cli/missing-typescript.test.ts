/**
 * `typescript` is an optional peer: when it (and so `@typescript-eslint/parser`) cannot be loaded, the CLI still
 * lints JavaScript and every TypeScript file gets one parse error that says what to install.
 */
import { ESLint } from 'eslint';
import { describe, expect, it, vi } from 'vitest';
import { buildEslintOptions, MISSING_TYPESCRIPT_MESSAGE } from '../../src/cli/eslint-options.js';

vi.mock('@typescript-eslint/parser', () => {
  throw new Error("Cannot find package 'typescript'");
});

describe('CLI config without the typescript package', () => {
  it('reports a clear parse error for TS files and still lints JS files', async () => {
    const options = await buildEslintOptions({ cwd: process.cwd(), preset: 'recommended', rules: [], ignores: [], concurrency: 'off' });
    const eslint = new ESLint(options);
    const code = "import https from 'node:https';\nexport const agent = new https.Agent({ rejectUnauthorized: false });\n";
    const [ts] = await eslint.lintText(code, { filePath: 'src/agent.ts' });
    expect(ts!.messages).toEqual([
      expect.objectContaining({ fatal: true, severity: 2, ruleId: null, message: `Parsing error: ${MISSING_TYPESCRIPT_MESSAGE}` }),
    ]);
    const [js] = await eslint.lintText(code, { filePath: 'src/agent.js' });
    expect(js!.messages.map((message) => message.ruleId)).toEqual(['payment-security/no-disabled-certificate-validation']);
  });
});
