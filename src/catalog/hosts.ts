/**
 * Known payment API hosts (from the providers' API references). Data only.
 * `domain` entries match the domain and every subdomain (`*.adyen.com`); `host` entries match exactly.
 */

export interface PaymentHost {
  /** Display name used in messages. */
  readonly provider: string;
  readonly host?: string;
  readonly domain?: string;
}

const hosts = (provider: string, names: readonly string[]): PaymentHost[] =>
  names.map((host) => ({ provider, host }));

/** Subdomains of a matched payment domain that serve people, not payment traffic (docs links, marketing). */
const NON_API_LABELS = new Set(['www', 'docs', 'developer', 'developers', 'support', 'help', 'status', 'blog']);

export const PAYMENT_HOSTS: readonly PaymentHost[] = [
  // Stripe: API, files, connect, checkout pages, Stripe.js, webhooks delivery.
  ...hosts('Stripe', [
    'api.stripe.com', 'files.stripe.com', 'uploads.stripe.com', 'connect.stripe.com', 'checkout.stripe.com',
    'billing.stripe.com', 'js.stripe.com', 'm.stripe.com', 'm.stripe.network', 'hooks.stripe.com',
  ]),
  // PayPal REST (api-m, legacy api, sandbox variants), IPN verification and the checkout pages payments post to.
  ...hosts('PayPal', [
    'api-m.paypal.com', 'api-m.sandbox.paypal.com', 'api.paypal.com', 'api.sandbox.paypal.com',
    'ipnpb.paypal.com', 'ipnpb.sandbox.paypal.com', 'www.paypal.com', 'www.sandbox.paypal.com',
  ]),
  // Square
  ...hosts('Square', [
    'connect.squareup.com', 'connect.squareupsandbox.com', 'pci-connect.squareup.com',
    'pci-connect.squareupsandbox.com', 'web.squarecdn.com', 'sandbox.web.squarecdn.com',
  ]),
  // Adyen: checkout-test.adyen.com, {PREFIX}-checkout-live.adyenpayments.com, pal-*, management-*, cdf-*
  { provider: 'Adyen', domain: 'adyen.com' },
  { provider: 'Adyen', domain: 'adyenpayments.com' },
  // Braintree
  { provider: 'Braintree', domain: 'braintreegateway.com' },
  { provider: 'Braintree', domain: 'braintree-api.com' },
  // Checkout.com: api, api.sandbox, {prefix}.api(.sandbox), access, files, transfers, forward, balances
  { provider: 'Checkout.com', domain: 'api.checkout.com' },
  { provider: 'Checkout.com', domain: 'api.sandbox.checkout.com' },
  ...hosts('Checkout.com', [
    'access.checkout.com', 'access.sandbox.checkout.com', 'files.checkout.com', 'files.sandbox.checkout.com',
    'transfers.checkout.com', 'transfers.sandbox.checkout.com', 'forward.checkout.com',
    'forward.sandbox.checkout.com', 'balances.checkout.com', 'balances.sandbox.checkout.com',
  ]),
  // Razorpay
  { provider: 'Razorpay', host: 'api.razorpay.com' },
  { provider: 'Razorpay', host: 'checkout.razorpay.com' },
  // Mollie
  { provider: 'Mollie', host: 'api.mollie.com' },
  // GoCardless
  { provider: 'GoCardless', host: 'api.gocardless.com' },
  { provider: 'GoCardless', host: 'api-sandbox.gocardless.com' },
  // Plaid
  { provider: 'Plaid', host: 'production.plaid.com' },
  { provider: 'Plaid', host: 'sandbox.plaid.com' },
  { provider: 'Plaid', host: 'development.plaid.com' },
  // Authorize.net
  { provider: 'Authorize.net', host: 'api.authorize.net' },
  { provider: 'Authorize.net', host: 'apitest.authorize.net' },
  { provider: 'Authorize.net', host: 'api2.authorize.net' },
  // Klarna (api, api-na, api-oc, playground)
  { provider: 'Klarna', domain: 'api.klarna.com' },
  { provider: 'Klarna', domain: 'api-na.klarna.com' },
  { provider: 'Klarna', domain: 'api-oc.klarna.com' },
  { provider: 'Klarna', domain: 'api.playground.klarna.com' },
  { provider: 'Klarna', domain: 'api-na.playground.klarna.com' },
  { provider: 'Klarna', domain: 'api-oc.playground.klarna.com' },
  // Paystack / Flutterwave
  { provider: 'Paystack', host: 'api.paystack.co' },
  { provider: 'Flutterwave', host: 'api.flutterwave.com' },
];

/** Provider display name when `host` (lower-case, complete) is a known payment host, otherwise `null`. */
export function matchPaymentHost(host: string): string | null {
  const lowered = host.toLowerCase().replace(/\.$/u, '');
  if (lowered === '') return null;
  for (const entry of PAYMENT_HOSTS) {
    if (entry.host !== undefined && lowered === entry.host) return entry.provider;
    if (entry.domain !== undefined && (lowered === entry.domain || lowered.endsWith(`.${entry.domain}`))) {
      const firstLabel = lowered.slice(0, lowered.indexOf('.'));
      if (lowered !== entry.domain && NON_API_LABELS.has(firstLabel)) continue;
      if (lowered === entry.domain && !entry.domain.includes('api')) continue;
      return entry.provider;
    }
  }
  return null;
}
