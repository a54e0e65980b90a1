import { describe, expect, it } from 'vitest';
import {
  classifyHost,
  classifyUrlHost,
  hostMatches,
  isNeverReportedHost,
  looksLikeNamespaceUri,
  parseUrlPrefix,
} from '../../src/values/urls.js';

describe('parseUrlPrefix', () => {
  it('parses complete URLs', () => {
    expect(parseUrlPrefix('http://api.stripe.com/v1/charges?x=1', true)).toEqual({
      scheme: 'http',
      host: 'api.stripe.com',
      hostComplete: true,
      rest: '/v1/charges?x=1',
    });
    expect(parseUrlPrefix('WS://Feed.Acme.io', true)).toMatchObject({ scheme: 'ws', host: 'feed.acme.io', hostComplete: true });
  });

  it('strips userinfo, ports and IPv6 brackets', () => {
    expect(parseUrlPrefix('http://user:pw@pay.acme.io:8080/x', true)).toMatchObject({ host: 'pay.acme.io', hostComplete: true });
    expect(parseUrlPrefix('http://[::1]:3000/', true)).toMatchObject({ host: '::1', hostComplete: true });
  });

  it('keeps partly known hosts open', () => {
    expect(parseUrlPrefix('http://', false)).toMatchObject({ host: '', hostComplete: false });
    expect(parseUrlPrefix('http://api.', false)).toMatchObject({ host: 'api.', hostComplete: false });
    expect(parseUrlPrefix('http://localhost:', false)).toMatchObject({ host: 'localhost', hostComplete: true });
    expect(parseUrlPrefix('http://pay.acme.io/', false)).toMatchObject({ host: 'pay.acme.io', hostComplete: true });
  });

  it('rejects non-URLs and prose', () => {
    expect(parseUrlPrefix('see http://api.stripe.com', true)).toBeNull();
    expect(parseUrlPrefix('http://api.stripe.com is down', true)).toBeNull();
    expect(parseUrlPrefix('api.stripe.com', true)).toBeNull();
    expect(parseUrlPrefix('<a href="http://x">', true)).toBeNull();
    expect(parseUrlPrefix('mailto:billing@acme.io', true)).toBeNull();
  });

  it('accepts URL templates with placeholders', () => {
    expect(parseUrlPrefix('http://shop.acme.io/success?session_id={CHECKOUT_SESSION_ID}', true)).toMatchObject({
      host: 'shop.acme.io',
    });
  });

  it('is fast on a 1 MB string', () => {
    const long = `http://pay.acme.io/${'a'.repeat(1_000_000)}`;
    const start = performance.now();
    expect(parseUrlPrefix(long, true)).toMatchObject({ host: 'pay.acme.io' });
    expect(performance.now() - start).toBeLessThan(200);
  });
});

describe('classifyHost', () => {
  it.each([
    ['localhost', 'loopback'],
    ['shop.localhost', 'loopback'],
    ['127.0.0.1', 'loopback'],
    ['127.12.0.3', 'loopback'],
    ['0.0.0.0', 'loopback'],
    ['::1', 'loopback'],
    ['example.com', 'documentation'],
    ['api.example.org', 'documentation'],
    ['payments.test', 'documentation'],
    ['shop.example', 'documentation'],
    ['x.invalid', 'documentation'],
    ['192.0.2.10', 'documentation'],
    ['2001:db8::1', 'documentation'],
    ['169.254.169.254', 'link-local'],
    ['metadata.google.internal', 'link-local'],
    ['fe80::1', 'link-local'],
    ['ledger.payments.svc.cluster.local', 'internal'],
    ['host.docker.internal', 'internal'],
    ['printer.local', 'internal'],
    ['payments-api', 'internal'],
    ['10.1.2.3', 'private'],
    ['172.20.0.5', 'private'],
    ['192.168.1.10', 'private'],
    ['www.w3.org', 'namespace'],
    ['schemas.xmlsoap.org', 'namespace'],
    ['api.stripe.com', 'public'],
    ['8.8.8.8', 'public'],
    ['examples.com', 'public'],
    ['', 'unknown'],
  ])('%s is %s', (host, kind) => {
    expect(classifyHost(host)).toBe(kind);
  });

  it('never-reported kinds', () => {
    expect(isNeverReportedHost('loopback')).toBe(true);
    expect(isNeverReportedHost('namespace')).toBe(true);
    expect(isNeverReportedHost('public')).toBe(false);
    expect(isNeverReportedHost('private')).toBe(false);
  });
});

describe('classifyUrlHost', () => {
  it('judges partly known hosts only when the known part decides', () => {
    expect(classifyUrlHost(parseUrlPrefix('http://localhost', false)!)).toBe('loopback');
    expect(classifyUrlHost(parseUrlPrefix('http://127.0.0.1', false)!)).toBe('loopback');
    expect(classifyUrlHost(parseUrlPrefix('http://api.', false)!)).toBe('unknown');
    expect(classifyUrlHost(parseUrlPrefix('http://example.com', false)!)).toBe('unknown');
    expect(classifyUrlHost(parseUrlPrefix('http://', false)!)).toBe('unknown');
  });
});

describe('looksLikeNamespaceUri', () => {
  it.each([
    ['http://www.w3.org/2000/svg', true],
    ['http://acme.io/schemas/order.json', true],
    ['http://acme.io/ns/payments#', true],
    ['http://acme.io/2001/XMLSchema', true],
    ['http://acme.io/types/order.xsd', true],
    ['http://pay.acme.io/v1/charges', false],
  ])('%s → %s', (url, expected) => {
    expect(looksLikeNamespaceUri(parseUrlPrefix(url, true)!)).toBe(expected);
  });
});

describe('hostMatches', () => {
  it('matches exact names and wildcard domains', () => {
    expect(hostMatches('ledger.corp.acme.io', '*.corp.acme.io')).toBe(true);
    expect(hostMatches('corp.acme.io', '*.corp.acme.io')).toBe(true);
    expect(hostMatches('evilcorp.acme.io', '*.corp.acme.io')).toBe(false);
    expect(hostMatches('ledger.corp.acme.io', '.corp.acme.io')).toBe(true);
    expect(hostMatches('pay.acme.io', 'PAY.acme.io')).toBe(true);
    expect(hostMatches('pay.acme.io', 'acme.io')).toBe(false);
  });
});
