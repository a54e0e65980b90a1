/**
 * src/create-rule.ts merges a rule's options over its defaults once per distinct configuration and shares the
 * result between files: files linted with different options in one process must still each see their own.
 */
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

const LOGIN = `import express from 'express';
const app = express();
app.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  res.json({ id: user && user.id });
});
`;

function lint(linter: Linter, options: readonly unknown[]): string[] {
  const config = {
    files: ['**/*.js'],
    plugins: { 'payment-security': plugin },
    rules: { 'payment-security/no-unsanitized-input': ['error', ...options] },
  } as unknown as Linter.Config;
  return linter.verify(LOGIN, [config], { filename: 'src/login.js' }).map((message) => message.messageId ?? message.message);
}

describe('options shared between files of one configuration', () => {
  it('gives each configuration its own merged options, in any order and repeatedly', () => {
    const linter = new Linter();
    const off = lint(linter, []);
    const on = lint(linter, [{ operatorLookups: true }]);
    expect(off).toEqual([]);
    expect(on).toEqual(['nosql']);
    expect(lint(linter, [{ operatorLookups: false }])).toEqual([]);
    expect(lint(linter, [{ operatorLookups: true }])).toEqual(['nosql']);
    expect(lint(linter, [])).toEqual([]);
  });
});
