/**
 * Adversarial inputs: huge strings, deep nesting and unusual syntax must lint with every rule without an
 * exception or a non-parse fatal message. (Run time is reported by `npm run bench`; the vitest timeout is the
 * hang guard.)
 */
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';

const MB = 1024 * 1024;

function lint(code: string, filename = 'src/adversarial.ts'): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(
    code,
    [
      {
        files: ['**/*.{js,jsx,ts,tsx}'],
        languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
      },
      plugin.configs.all,
    ],
    { filename },
  );
}

function problems(messages: Linter.LintMessage[]): string[] {
  return messages.filter((message) => message.fatal || message.ruleId === null).map((message) => message.message);
}

const cases: [string, () => string, string?][] = [
  ['a 1 MB string literal', () => `const payload = '${'a'.repeat(MB)}';\nconsole.log(payload);`],
  ['a 1 MB string of digits and spaces', () => `const s = '${'4242 '.repeat(MB / 5)}';\nconsole.log(s);`],
  ['a 1 MB secret-shaped string', () => `const key = 'sk_live_${'A1b2'.repeat(MB / 4)}';\nexport default key;`],
  ['a 1 MB template literal with expressions', () => `const u = \`http://\${host}/${'x'.repeat(MB)}\${path}\`;\nfetch(u);`],
  ['a 1 MB comment', () => `// ${'sk_test_ '.repeat(MB / 9)}\nexport {};`],
  ['a 1 MB regex-like string', () => `const r = new RegExp('${'(a+)+'.repeat(MB / 5)}');\nexport { r };`],
  ['300 chained concatenations', () => `const url = 'http://' ${'+ part '.repeat(300)};\nfetch(url);`],
  ['deeply nested parentheses', () => `const v = ${'('.repeat(500)}1${')'.repeat(500)};\nexport { v };`],
  ['deeply nested objects', () => `const o = ${'{ a: '.repeat(200)}{ rejectUnauthorized: false }${' }'.repeat(200)};\nexport { o };`],
  ['deeply nested arrow functions', () => `const f = ${'() => '.repeat(400)}Math.random();\nexport { f };`],
  ['deeply nested member chains', () => `const x = req${'.body'.repeat(300)};\nconsole.log(x);`],
  ['deeply nested calls', () => `const x = ${'wrap('.repeat(400)}req.body.cardNumber${')'.repeat(400)};\nconsole.log(x);`],
  ['10,000 arguments', () => `console.log(${Array.from({ length: 10000 }, (_, i) => `a${i}`).join(', ')});`],
  ['10,000 statements in one function', () => `export function f(req: any) {\n${'  let x = req.body.cardNumber; x = x + 1;\n'.repeat(10000)}}`],
  [
    'decorators, using, import equals, accessors',
    () => `import fs = require('fs');
import type { Agent } from 'https';
export import h = require('https');
@Controller('payments')
export class PaymentsController {
  @Inject() private readonly stripe!: unknown;
  accessor amount = 0;
  #secret = process.env.STRIPE_SECRET_KEY;
  static { void 0; }
  get key() { return this.#secret; }
  set key(v) { this.#secret = v; }
  @Post('webhook') async hook(@Body() body: unknown, @Headers('stripe-signature') sig: string) { return [body, sig]; }
}
export async function run() {
  await using res = { async [Symbol.asyncDispose]() {} };
  using other = { [Symbol.dispose]() {} };
  const agent: Agent | undefined = undefined;
  return [fs, h, res, other, agent];
}`,
  ],
  [
    'JSX namespaces, spreads and computed keys',
    () => `export function Card(props: any) {
  const key = 'card' + 'Number';
  const o = { [key]: props[key], ...props, get last4() { return props.n?.slice?.(-4); } };
  return <svg:svg xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="http://example.com" {...o}>{props?.card?.number}</a></svg:svg>;
}`,
    'src/adversarial.tsx',
  ],
  [
    'optional call chains, labels, generators, with-like shapes',
    () => `export async function* g(req: any) {
  outer: for (const k in req?.body ?? {}) { if (k) continue outer; yield req?.body?.[k]?.(); }
  const { a = 1, ...rest } = req.query ?? {};
  const [x, , y = Math.random()] = [1, 2];
  yield* [a, rest, x, y, new.target, import.meta.url, typeof req, void 0, (req.body as any)!.cvv];
}`,
  ],
  ['CommonJS with shadowed globals', () => `const require = (m: string) => m;\nconst process = { env: {} as Record<string, string> };\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';\nrequire('https');\nexport {};`],
];

describe('adversarial inputs', () => {
  it.each(cases)('%s', (_, make, filename) => {
    const messages = lint(make(), filename);
    expect(problems(messages)).toEqual([]);
  });
});
