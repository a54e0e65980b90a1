import { describe, expect, it } from 'vitest';
import {
  CREDENTIAL_FORMATS,
  CREDENTIAL_SINKS,
  EXTRA_CREDENTIAL_SINKS,
  toCredentialSink,
} from '../../src/catalog/credentials.js';
import { PROVIDER_CLIENTS } from '../../src/catalog/providers.js';

describe('CREDENTIAL_FORMATS', () => {
  it('has unique ids and sane bounds', () => {
    const ids = CREDENTIAL_FORMATS.map((format) => format.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const format of CREDENTIAL_FORMATS) {
      expect(format.prefix.length).toBeGreaterThan(0);
      expect(format.parts.length).toBeGreaterThan(0);
      for (const part of format.parts) {
        if ('charset' in part) {
          expect(part.min).toBeGreaterThan(0);
          expect(part.max).toBeGreaterThanOrEqual(part.min);
        }
      }
      expect(format.envName).toMatch(/^[A-Z][A-Z0-9_]*$/);
    }
  });

  it('names a provider only for formats whose shape decides it', () => {
    const neutral = CREDENTIAL_FORMATS.filter((format) => format.provider === null).map((format) => format.id);
    expect(neutral).toEqual(expect.arrayContaining(['sk-live-generic', 'sk-test-generic', 'whsec']));
    expect(CREDENTIAL_FORMATS.find((format) => format.id === 'stripe-sk-live')?.provider).toBe('Stripe');
  });

  it('keeps publishable and public identifiers non-secret', () => {
    const publicIds = CREDENTIAL_FORMATS.filter((format) => !format.secret).map((format) => format.id);
    expect(publicIds).toEqual(
      expect.arrayContaining(['pk-live', 'pk-test', 'razorpay-key-id', 'square-application-id', 'adyen-client-key', 'braintree-tokenization-key', 'flutterwave-public', 'checkout-pk']),
    );
    expect(CREDENTIAL_FORMATS.filter((format) => format.secret).every((format) => !format.prefix.startsWith('pk_'))).toBe(true);
  });

  it('orders specific shapes before the neutral fallback of the same prefix', () => {
    const order = CREDENTIAL_FORMATS.filter((format) => format.prefix === 'sk_live_').map((format) => format.id);
    expect(order.at(-1)).toBe('sk-live-generic');
  });
});

describe('credential sinks', () => {
  it('includes every provider client construction', () => {
    expect(CREDENTIAL_SINKS.slice(0, PROVIDER_CLIENTS.length)).toEqual(PROVIDER_CLIENTS);
    expect(CREDENTIAL_SINKS.length).toBe(PROVIDER_CLIENTS.length + EXTRA_CREDENTIAL_SINKS.length);
  });

  it('normalises client constructions and extra sinks', () => {
    const stripe = toCredentialSink({ provider: 'stripe', credential: { argument: 0 } });
    expect(stripe).toEqual({ provider: 'Stripe', credential: 'Stripe secret key', slot: { argument: 0 }, envName: 'STRIPE_SECRET_KEY' });
    expect(toCredentialSink({ provider: 'plaid' })).toBeNull();
    const instanceOnly = EXTRA_CREDENTIAL_SINKS.find((definition) => definition.returns === 'adyen-hmac');
    expect(instanceOnly && toCredentialSink(instanceOnly.data)).toBeNull();
    for (const definition of EXTRA_CREDENTIAL_SINKS) {
      const sink = toCredentialSink(definition.data);
      if (sink) expect(sink.envName).toMatch(/^[A-Z][A-Z0-9_]*$/);
    }
  });
});
