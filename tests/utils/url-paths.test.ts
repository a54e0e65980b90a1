import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { findEndpointPath, staticTextParts } from '../../src/values/url-paths.js';
import { initOf, withSourceCode } from './probe.js';

const PATHS = ['/v1/payments/payment', '/v1/payments/sale'];

function parts(code: string): unknown {
  return withSourceCode(code, (sourceCode, program) => staticTextParts(sourceCode, initOf(program, 'url')));
}

function match(code: string, allowRelative = false): unknown {
  return withSourceCode(code, (sourceCode, program) =>
    findEndpointPath(sourceCode, initOf(program, 'url') as TSESTree.Node, PATHS, { allowRelative }),
  );
}

describe('staticTextParts', () => {
  it('returns the known pieces of templates and concatenations', () => {
    expect(parts('const url = `${base}/v1/payments/${id}/x`;')).toEqual([
      { text: '/v1/payments/', atStart: false },
      { text: '/x', atStart: false },
    ]);
    expect(parts("const HOST = 'https://api.paypal.com';\nconst url = HOST + '/v1/payments/sale/' + id;")).toEqual([
      { text: 'https://api.paypal.com/v1/payments/sale/', atStart: true },
    ]);
    expect(parts("const url = 'https://a.example/b';")).toEqual([{ text: 'https://a.example/b', atStart: true }]);
  });

  it('returns null for unknown or non-string values', () => {
    expect(parts('const url = makeUrl();')).toBeNull();
    expect(parts('const url = 42 > 1;')).toBeNull();
    expect(parts('const url = `${a}${b}`;')).toBeNull();
  });
});

describe('findEndpointPath', () => {
  it('matches whole-segment path prefixes after a host or an unknown base', () => {
    expect(match("const url = 'https://api-m.paypal.com/v1/payments/payment';")).toEqual({ path: '/v1/payments/payment', host: 'api-m.paypal.com' });
    expect(match('const url = `${base}/v1/payments/payment/${id}/execute`;')).toEqual({ path: '/v1/payments/payment', host: null });
    expect(match("const url = 'https://user@API.PAYPAL.COM:443/v1/payments/sale?x=1';")).toEqual({ path: '/v1/payments/sale', host: 'api.paypal.com' });
  });

  it('does not match other segments, other positions or relative URLs by default', () => {
    expect(match('const url = `${base}/v1/payments/payouts`;')).toBeNull();
    expect(match('const url = `${base}/v1/payments/payments`;')).toBeNull();
    expect(match('const url = `${base}/api?next=/v1/payments/payment`;')).toBeNull();
    expect(match("const url = '/v1/payments/payment';")).toBeNull();
    expect(match("const url = '/v1/payments/payment';", true)).toEqual({ path: '/v1/payments/payment', host: null });
  });
});
