import { describe, expect, it } from 'vitest';
import { PAYMENT_HOSTS, matchPaymentHost } from '../../src/catalog/hosts.js';

describe('matchPaymentHost', () => {
  it.each([
    ['api.stripe.com', 'Stripe'],
    ['files.stripe.com', 'Stripe'],
    ['API.STRIPE.COM.', 'Stripe'],
    ['api-m.paypal.com', 'PayPal'],
    ['api-m.sandbox.paypal.com', 'PayPal'],
    ['connect.squareupsandbox.com', 'Square'],
    ['checkout-test.adyen.com', 'Adyen'],
    ['1797a841fbb37ca7-adyendemo-checkout-live.adyenpayments.com', 'Adyen'],
    ['payments.braintree-api.com', 'Braintree'],
    ['api.sandbox.braintreegateway.com', 'Braintree'],
    ['api.checkout.com', 'Checkout.com'],
    ['123456.api.sandbox.checkout.com', 'Checkout.com'],
    ['access.checkout.com', 'Checkout.com'],
    ['api.razorpay.com', 'Razorpay'],
    ['api.mollie.com', 'Mollie'],
    ['api-sandbox.gocardless.com', 'GoCardless'],
    ['sandbox.plaid.com', 'Plaid'],
    ['apitest.authorize.net', 'Authorize.net'],
    ['api.playground.klarna.com', 'Klarna'],
    ['api.paystack.co', 'Paystack'],
    ['api.flutterwave.com', 'Flutterwave'],
  ])('%s → %s', (host, provider) => {
    expect(matchPaymentHost(host)).toBe(provider);
  });

  it.each([
    'stripe.com',
    'docs.stripe.com',
    'dashboard-stripe.com',
    'api.stripe.com.evil.io',
    'www.adyen.com',
    'docs.adyen.com',
    'adyen.com',
    'www.checkout.com',
    'checkout.com',
    'paypal.com',
    'developer.paypal.com',
    'example.com',
    '',
  ])('%s is not a payment API host', (host) => {
    expect(matchPaymentHost(host)).toBeNull();
  });

  it('every entry names a provider and exactly one of host / domain', () => {
    for (const entry of PAYMENT_HOSTS) {
      expect(entry.provider).not.toBe('');
      expect((entry.host === undefined) !== (entry.domain === undefined)).toBe(true);
      expect((entry.host ?? entry.domain)!).toBe((entry.host ?? entry.domain)!.toLowerCase());
    }
  });
});
