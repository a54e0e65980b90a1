import { describe, expect, it } from 'vitest';
import { findProperty, findPropertyPath, listProperties } from '../../src/values/object-options.js';
import { staticValue } from '../../src/values/static-values.js';
import { initOf, withSourceCode } from './probe.js';

function valueAt(code: string, path: string[]): unknown {
  return withSourceCode(code, (sc, program) => {
    const found = findPropertyPath(sc, initOf(program, 'x'), path);
    if (!found) return 'not found';
    const value = staticValue(sc, found.value);
    return value ? value.value : 'unknown';
  });
}

describe('findProperty / findPropertyPath', () => {
  it('reads inline, nested, computed and constant-keyed properties', () => {
    expect(valueAt('const x = { rejectUnauthorized: false };', ['rejectUnauthorized'])).toBe(false);
    expect(valueAt('const x = { https: { rejectUnauthorized: false } };', ['https', 'rejectUnauthorized'])).toBe(false);
    expect(valueAt("const x = { ['rejectUnauthorized']: false };", ['rejectUnauthorized'])).toBe(false);
    expect(valueAt("const KEY = 'rejectUnauthorized';\nconst x = { [KEY]: false };", ['rejectUnauthorized'])).toBe(false);
  });

  it('follows constants and spreads, last write wins', () => {
    expect(valueAt('const base = { a: 1 };\nconst x = { ...base };', ['a'])).toBe(1);
    expect(valueAt('const base = { a: 1 };\nconst x = { ...base, a: 2 };', ['a'])).toBe(2);
    expect(valueAt('const base = { a: 1 };\nconst x = { a: 2, ...base };', ['a'])).toBe(1);
    expect(valueAt('const inner = { a: false };\nconst x = { tls: inner };', ['tls', 'a'])).toBe(false);
  });

  it('gives up when an unknown spread may override the key, or the value is not static', () => {
    expect(valueAt('const x = { a: 1, ...opts };', ['a'])).toBe('not found');
    expect(valueAt('const x = { ...opts, a: 1 };', ['a'])).toBe(1);
    expect(valueAt('const x = { a: cfg.a };', ['a'])).toBe('unknown');
    expect(valueAt('const x = makeOptions();', ['a'])).toBe('not found');
    expect(valueAt('const x = { b: 1 };', ['a'])).toBe('not found');
  });
});

describe('listProperties', () => {
  it('flattens spreads and reports unknown ones', () => {
    const result = withSourceCode('const base = { a: 1 };\nconst x = { ...base, b: 2, ...rest };', (sc, program) => {
      const listed = listProperties(sc, initOf(program, 'x'));
      return {
        keys: listed.properties.map((p) => (p.property.key.type === 'Identifier' ? p.property.key.name : '?')),
        unknownSpread: listed.unknownSpread,
      };
    });
    expect(result).toEqual({ keys: ['a', 'b'], unknownSpread: true });
  });

  it('finds nothing in non-objects', () => {
    expect(withSourceCode('const x = 42;', (sc, program) => findProperty(sc, initOf(program, 'x'), 'a'))).toBeNull();
  });
});
