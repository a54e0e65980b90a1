import { describe, expect, it } from 'vitest';
import { findCleartextUrls, type CleartextUrlOptions } from '../../src/analyses/cleartext-urls.js';
import { withSourceCode } from './probe.js';

/** `line:kind data… [→ the line with the scheme upgraded]` for every finding. */
function findings(code: string, options?: CleartextUrlOptions): string[] {
  return withSourceCode(code, (sourceCode) =>
    findCleartextUrls(sourceCode, options).map((finding) => {
      const data = Object.entries(finding.data)
        .map(([key, value]) => `${key}=${value}`)
        .join(' ');
      if (!finding.upgrade) return `${finding.node.loc.start.line}:${finding.kind} ${data}`.trimEnd();
      const [start, end] = finding.upgrade.range;
      const fixed = sourceCode.text.slice(0, start) + finding.upgrade.secure + sourceCode.text.slice(end);
      return `${finding.node.loc.start.line}:${finding.kind} ${data} → ${fixed.split('\n')[finding.node.loc.start.line - 1]}`;
    }),
  );
}

describe('findCleartextUrls', () => {
  it('reports request URLs, naming a payment host when it is one', () => {
    expect(findings("fetch('http://api.acme.com/orders');\nfetch('http://api.stripe.com/v1/charges');")).toEqual([
      "1:request scheme=http secure=https client=fetch → fetch('https://api.acme.com/orders');",
      "2:payment-host scheme=http secure=https provider=Stripe → fetch('https://api.stripe.com/v1/charges');",
    ]);
  });

  it('leaves local, allowed and unknown-but-local hosts alone', () => {
    expect(findings("fetch('http://localhost:3000/api');\nfetch('http://payments.internal/x');")).toEqual([]);
    expect(findings("fetch('http://api.acme.com/orders');", { allowedHosts: ['*.acme.com'] })).toEqual([]);
  });

  it('reports the http module with a public host and stripe-node protocol switches', () => {
    expect(findings("import http from 'http';\nhttp.request({ hostname: 'api.acme.com', path: '/x' });")).toEqual([
      '2:http-module host=api.acme.com',
    ]);
    expect(findings("import Stripe from 'stripe';\nconst s = new Stripe(k, { host: 'api.acme.com', protocol: 'http' });")).toEqual([
      "2:sdk-protocol provider=Stripe → const s = new Stripe(k, { host: 'api.acme.com', protocol: 'https' });",
    ]);
    expect(findings("import Stripe from 'stripe';\nconst s = new Stripe(k, { host: 'localhost', protocol: 'http' });")).toEqual([]);
  });

  it('reports SDK endpoints and redirect fields in payment code', () => {
    expect(findings("import Stripe from 'stripe';\nconst s = new Stripe(k, { apiBase: 'http://proxy.acme.com' });")).toEqual([
      "2:sdk-endpoint scheme=http secure=https provider=Stripe → const s = new Stripe(k, { apiBase: 'https://proxy.acme.com' });",
    ]);
    expect(findings("stripe.checkout.sessions.create({ success_url: 'http://shop.acme.com/ok' });")).toEqual([
      "1:redirect scheme=http secure=https key=success_url → stripe.checkout.sessions.create({ success_url: 'https://shop.acme.com/ok' });",
    ]);
    expect(findings("const links = { success_url: 'http://shop.acme.com/ok' };")).toEqual([]);
  });

  it('reports other URL strings only with checkAllUrls, skipping identifiers and comparisons', () => {
    const code = "const a = 'http://shop.acme.com/x';\nconst ns = { xmlns: 'http://shop.acme.com/ns' };\nif (u === 'http://shop.acme.com/y') {}";
    expect(findings(code)).toEqual([]);
    expect(findings(code, { checkAllUrls: true })).toEqual([
      "1:url scheme=http secure=https → const a = 'https://shop.acme.com/x';",
    ]);
    expect(findings("const a = 'http://api.stripe.com/v1';")).toEqual([
      "1:payment-host scheme=http secure=https provider=Stripe → const a = 'https://api.stripe.com/v1';",
    ]);
  });

  it('reports each node once, by the first check that finds it', () => {
    expect(findings("const API = 'http://api.acme.com';\nfetch(API);\naxiosLike(API);", { checkAllUrls: true })).toEqual([
      "1:request scheme=http secure=https client=fetch → const API = 'https://api.acme.com';",
    ]);
  });
});
