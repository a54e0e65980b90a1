import { describe, expect, it } from 'vitest';
import {
  HTTP_REQUEST_CALLS,
  LEGACY_PAYMENT_CALLS,
  LEGACY_PAYMENT_ENDPOINTS,
  LEGACY_PAYMENT_MODULES,
  MONEY_MOVING_CALLS,
  PAYMENT_SDK_RESOURCES,
  RETRY_CONSTRUCTS,
  STRIPE_INTENT_CONFIRMATIONS,
} from '../../src/catalog/payment-calls.js';
import { PROVIDER_CLIENTS } from '../../src/catalog/providers.js';

const roleOf = (data: unknown): string | undefined => (data as { role?: string }).role;

describe('payment-calls catalog', () => {
  it('starts every instance list with the provider clients', () => {
    for (const list of [MONEY_MOVING_CALLS, LEGACY_PAYMENT_CALLS, STRIPE_INTENT_CONFIRMATIONS, PAYMENT_SDK_RESOURCES]) {
      expect(list.slice(0, PROVIDER_CLIENTS.length)).toEqual(PROVIDER_CLIENTS);
    }
  });

  it('gives every money-moving call an https docs link and a key slot', () => {
    const calls = MONEY_MOVING_CALLS.filter((d) => roleOf(d.data) === 'money-moving');
    expect(calls.length).toBeGreaterThan(20);
    for (const definition of calls) {
      const data = definition.data as { docs: string; idempotency: { argument: number }; method: string };
      expect(data.docs).toMatch(/^https:\/\//u);
      expect(data.idempotency.argument).toBeGreaterThanOrEqual(0);
      expect(data.method).toBe(definition.path.join('.'));
    }
  });

  it('never lists read-only Stripe calls as legacy', () => {
    const legacy = LEGACY_PAYMENT_CALLS.filter((d) => roleOf(d.data) === 'legacy').map((d) => d.path.join('.'));
    expect(legacy).toEqual(['charges.create', 'tokens.create', 'sources.create']);
  });

  it('keeps current PayPal v1 APIs out of the legacy endpoints', () => {
    const paths = LEGACY_PAYMENT_ENDPOINTS.flatMap((endpoint) => endpoint.paths);
    expect(paths).toContain('/v1/payments/payment');
    expect(paths.some((path) => path.includes('payouts') || path.includes('oauth2'))).toBe(false);
    expect(LEGACY_PAYMENT_MODULES.map((m) => m.module)).toEqual([
      'paypal-rest-sdk',
      '@paypal/checkout-server-sdk',
      'tipsi-stripe',
      'react-native-stripe-api',
      'stripe-client',
    ]);
    // Only the React Native card tokenisers carry the card-tokeniser message.
    expect(LEGACY_PAYMENT_MODULES.filter((m) => m.tokenizesCards).map((m) => m.provider)).toEqual(['stripe', 'stripe', 'stripe']);
  });

  it('reports /v1/tokens only for requests that send card fields', () => {
    const tokens = LEGACY_PAYMENT_ENDPOINTS.find((endpoint) => endpoint.paths.includes('/v1/tokens'));
    expect(tokens?.hosts).toEqual(['api.stripe.com']);
    expect(tokens?.whenRequestMentions).toEqual(['card[']);
  });

  it('describes every retry construct and HTTP client', () => {
    for (const definition of RETRY_CONSTRUCTS) expect(definition.data.name.length).toBeGreaterThan(0);
    for (const definition of HTTP_REQUEST_CALLS) expect(definition.data.role).toBe('http');
  });
});
