import { describe, expect, it } from 'vitest';
import { cleartextUrlCandidates, cleartextUrlOf } from '../../src/analyses/url-candidates.js';
import { initOf, withSourceCode } from './probe.js';

/** `scheme://host kind [complete] @ text of the node holding the leading text` for every candidate of `x`. */
function candidates(code: string): string[] {
  return withSourceCode(code, (sourceCode, program) =>
    cleartextUrlCandidates(sourceCode, initOf(program, 'x')).map(
      (c) => `${c.url.scheme}://${c.url.host} ${c.hostKind}${c.complete ? ' complete' : ''} @ ${sourceCode.getText(c.node)}`,
    ),
  );
}

function single(code: string): string | null {
  return withSourceCode(code, (sourceCode, program) => {
    const c = cleartextUrlOf(sourceCode, initOf(program, 'x'));
    return c ? `${c.url.scheme}://${c.url.host} ${c.hostKind}` : null;
  });
}

describe('cleartextUrlOf', () => {
  it('parses whole and partly known clear-text URLs', () => {
    expect(single("const x = 'http://api.example-pay.com/v1';")).toBe('http://api.example-pay.com public');
    expect(single("const x = 'ws://10.0.0.5:8080/socket';")).toBe('ws://10.0.0.5 private');
    expect(single("const x = 'http://' + host + '/v1';")).toBe('http:// unknown');
    expect(single("const BASE = 'http://localhost:3000';\nconst x = `${BASE}/api`;")).toBe('http://localhost loopback');
  });

  it('is null for TLS schemes, bare schemes and non-URLs', () => {
    expect(single("const x = 'https://api.stripe.com';")).toBeNull();
    expect(single("const x = 'http://';")).toBeNull();
    expect(single("const x = 'not a url';")).toBeNull();
    expect(single('const x = url;')).toBeNull();
  });

  it('treats a host that falls back to a local name as loopback', () => {
    expect(single("const host = process.env.HOST || 'localhost';\nconst x = `http://${host}:3000`;")).toBe(
      'http:// loopback',
    );
    expect(single("const host = process.env.HOST || 'db.internal';\nconst x = 'http://' + host + '/v1';")).toBe(
      'http:// loopback',
    );
    expect(single("const host = process.env.HOST || 'api.acme.com';\nconst x = `http://${host}`;")).toBe('http:// unknown');
  });
});

describe('cleartextUrlCandidates', () => {
  it('follows fallbacks and constants, pointing at the literal that holds the scheme', () => {
    expect(candidates("const x = process.env.API_URL ?? 'http://api.acme.com';")).toEqual([
      "http://api.acme.com public complete @ 'http://api.acme.com'",
    ]);
    expect(candidates("const A = 'http://api.acme.com';\nconst x = A;")).toEqual([
      "http://api.acme.com public complete @ 'http://api.acme.com'",
    ]);
  });

  it('judges the alternatives of a leading operand with the known continuation', () => {
    expect(candidates("const x = (process.env.API || 'http://api.acme.com') + '/v1';")).toEqual([
      "http://api.acme.com public @ 'http://api.acme.com'",
    ]);
    expect(candidates("const x = `${cond ? 'http://a.acme.com' : 'https://b.acme.com'}/v1`;")).toEqual([
      "http://a.acme.com public @ 'http://a.acme.com'",
    ]);
    // A scheme chosen at run time is not a fixed clear-text URL.
    expect(candidates("const x = `${secure ? 'wss' : 'ws'}://${host}`;")).toEqual([]);
  });

  it('reads new URL(), .href, .toString() and const object properties', () => {
    expect(candidates("const x = new URL('/v1/charges', 'http://api.acme.com').href;")).toEqual([
      "http://api.acme.com public complete @ 'http://api.acme.com'",
    ]);
    expect(candidates("const x = new URL('http://api.acme.com/v1', base).toString();")).toEqual([
      "http://api.acme.com public complete @ 'http://api.acme.com/v1'",
    ]);
    // An absolute input wins over the base.
    expect(candidates("const x = new URL('https://api.acme.com/v1', 'http://other.acme.com');")).toEqual([]);
    expect(candidates("const config = { url: 'http://api.acme.com' };\nconst x = config.url;")).toEqual([
      "http://api.acme.com public complete @ 'http://api.acme.com'",
    ]);
    // Nested fields of a constant literal are followed to the literal (static-values.ts resolveExpression).
    expect(candidates("const config = { api: { url: 'http://api.acme.com' } };\nconst x = config.api.url;")).toEqual([
      "http://api.acme.com public complete @ 'http://api.acme.com'",
    ]);
    // …unless something writes into the object: then the use is the location.
    expect(
      candidates("const config = { api: { url: 'http://api.acme.com' } };\nconfig.api = other;\nconst x = config.api.url;"),
    ).toEqual([]);
  });

  it('stays silent on unknown values', () => {
    expect(candidates('const x = process.env.API_URL;')).toEqual([]);
    expect(candidates('const x = getUrl();')).toEqual([]);
  });
});
