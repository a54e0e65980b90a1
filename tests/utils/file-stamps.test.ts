import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isFolder, stampOf } from '../../src/modules/file-stamps.js';

const root = mkdtempSync(join(tmpdir(), 'payment-security-stamps-'));
mkdirSync(join(root, 'lib'));
writeFileSync(join(root, 'lib', 'stripe.ts'), 'export const x = 1;\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('stampOf and isFolder (answered from folder listings where a file cannot exist)', () => {
  it('stamps an existing file and nothing else', () => {
    expect(stampOf(join(root, 'lib', 'stripe.ts'))).toMatch(/^\d+:\d/u);
    expect(stampOf(join(root, 'lib', 'stripe.js'))).toBeNull();
    expect(stampOf(join(root, 'lib'))).toBeNull();
    expect(stampOf(join(root, 'missing', 'stripe.ts'))).toBeNull();
    expect(stampOf(join(root, 'lib', 'stripe.ts', 'inner.ts'))).toBeNull();
  });

  it('tells folders from files and missing paths', () => {
    expect(isFolder(root)).toBe(true);
    expect(isFolder(join(root, 'lib'))).toBe(true);
    expect(isFolder(join(root, 'lib', 'stripe.ts'))).toBe(false);
    expect(isFolder(join(root, 'missing'))).toBe(false);
  });
});
