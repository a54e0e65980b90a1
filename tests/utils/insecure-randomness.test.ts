import { describe, expect, it } from 'vitest';
import { findInsecureRandomness, type InsecureRandomnessOptions } from '../../src/analyses/insecure-randomness.js';
import { withSourceCode } from './probe.js';

/** Findings as `label → sink (category)` with the replacement text, if any. */
function findings(code: string, options?: InsecureRandomnessOptions) {
  return withSourceCode(code, (sourceCode) =>
    findInsecureRandomness(sourceCode, options).map(({ label, sink, category, replacement }) => ({
      finding: `${label} → ${sink} (${category})`,
      replacement: replacement && `${sourceCode.getText(replacement.node)} ⇒ ${replacement.text}`,
    })),
  );
}

describe('findInsecureRandomness', () => {
  it('follows a weak source into a named security value, with a secure replacement for known idioms', () => {
    expect(findings("import crypto from 'node:crypto';\nexport const resetToken = Math.random().toString(36).slice(2);")).toEqual([
      { finding: 'Math.random() → resetToken (secret)', replacement: 'Math.random().toString(36).slice(2) ⇒ crypto.randomUUID()' },
    ]);
    expect(findings("import { randomInt } from 'crypto';\nfunction generateOtp() { return String(Math.floor(Math.random() * 1000000)); }\nexport { generateOtp };")).toEqual([
      { finding: 'Math.random() → generateOtp (secret)', replacement: 'Math.floor(Math.random() * 1000000) ⇒ randomInt(1000000)' },
    ]);
  });

  it('reports clock readings and uuid v1 only for the sinks they are weak for', () => {
    expect(findings('const idempotencyKey = `${Date.now()}`;\nconst nonce = Date.now();').map((f) => f.finding)).toEqual([
      'Date.now() → idempotencyKey (idempotency)',
    ]);
    expect(findings("import { v1 } from 'uuid';\nconst orderId = v1();\nconst sessionToken = v1();")).toEqual([
      { finding: 'uuid v1 → sessionToken (secret)', replacement: 'v1() ⇒ crypto.randomUUID()' },
    ]);
    expect(findings('const apiKey = `${new Date().getTime()}`;').map((f) => f.finding)).toEqual(['new Date() → apiKey (secret)']);
  });

  it('reports weak cipher keys and IVs', () => {
    expect(findings("import crypto from 'crypto';\nconst c = crypto.createCipheriv('aes-256-cbc', key, String(Math.random()));").map((f) => f.finding)).toEqual([
      'Math.random() → createCipheriv() IV (cipher)',
    ]);
  });

  it('treats a weak source next to a secure generator as a fallback, and skips development-only code', () => {
    expect(findings("function makeToken() {\n  if (globalThis.crypto?.randomUUID) return crypto.randomUUID();\n  return Math.random().toString(36);\n}\nexport { makeToken };")).toEqual([]);
    expect(findings("let orderId;\nif (process.env.NODE_ENV !== 'production') orderId = Math.random();\nexport { orderId };")).toEqual([]);
  });

  it('honours additional sink names and ignores unrelated names', () => {
    const code = 'export const voucherCode = Math.random().toString(36);\nexport const jitter = Math.random() * 100;';
    expect(findings(code)).toEqual([]);
    expect(findings(code, { additionalSinkNames: ['voucherCode'] }).map((f) => f.finding)).toEqual(['Math.random() → voucherCode (secret)']);
  });

  it('finds nothing without a weak source', () => {
    expect(findings("import crypto from 'crypto';\nexport const token = crypto.randomBytes(32).toString('hex');")).toEqual([]);
  });
});
