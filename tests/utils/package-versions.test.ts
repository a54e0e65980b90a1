import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredRange, minimumMajor } from '../../src/modules/package-versions.js';

describe('minimumMajor', () => {
  it.each([
    ['^8.5.1', 8],
    ['~9.0.0', 9],
    ['9.0.2', 9],
    ['>=7 <10', 7],
    ['8.x || ^9.0.0', 8],
    ['v9.1.0', 9],
    ['>= 8.0.0', 8],
  ])('%s starts at major %i', (range, major) => {
    expect(minimumMajor(range)).toBe(major);
  });

  it.each(['*', 'latest', 'workspace:*', 'npm:jsonwebtoken@9', 'github:auth0/node-jsonwebtoken', '', 'x'])(
    '%j is not a plain version range',
    (range) => {
      expect(minimumMajor(range)).toBeNull();
    },
  );
});

describe('declaredRange', () => {
  const root = mkdtempSync(join(tmpdir(), 'payment-security-versions-'));
  mkdirSync(join(root, 'packages', 'api', 'src'), { recursive: true });
  mkdirSync(join(root, 'packages', 'web', 'src'), { recursive: true });
  writeFileSync(join(root, 'package.json'), JSON.stringify({ devDependencies: { jsonwebtoken: '^8.5.1' } }));
  writeFileSync(join(root, 'packages', 'api', 'package.json'), JSON.stringify({ dependencies: { jsonwebtoken: '^9.0.2' } }));
  writeFileSync(join(root, 'packages', 'web', 'package.json'), '{ not json');

  it('reads the nearest package.json that lists the package', () => {
    expect(declaredRange(join(root, 'packages', 'api', 'src', 'auth.ts'), 'jsonwebtoken')).toBe('^9.0.2');
  });

  it('defers to the ones above when the nearest does not list it or cannot be parsed', () => {
    expect(declaredRange(join(root, 'packages', 'web', 'src', 'auth.ts'), 'jsonwebtoken')).toBe('^8.5.1');
  });

  it('resolves relative file names against cwd and ignores virtual ones', () => {
    expect(declaredRange(join('packages', 'api', 'src', 'auth.ts'), 'jsonwebtoken', root)).toBe('^9.0.2');
    expect(declaredRange('<input>', 'jsonwebtoken', root)).toBeNull();
    expect(declaredRange(join(root, 'a.ts'), 'not-a-dependency')).toBeNull();
  });
});
