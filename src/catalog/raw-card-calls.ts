/**
 * Payment-provider server calls that accept raw card details, and where the card object sits in their first
 * argument. Sending card numbers from your server through these calls puts the server in full PCI DSS scope;
 * client-side tokenization (Stripe Elements, Braintree Hosted Fields, Adyen encrypted fields, Checkout.com
 * Frames) keeps it out. Data only. Sources: Stripe API reference (PaymentMethods, Tokens, Sources), Braintree
 * Node SDK (`creditCard.create`, `transaction.sale`, `customer.create`), Adyen `/payments` `paymentMethod`,
 * Checkout.com `payments.request` `source`.
 */
import { PROVIDER_CLIENTS } from './providers.js';
import { api, type ApiDefinition } from './api.js';

export interface RawCardCall {
  /** Provider display name. */
  readonly provider: string;
  /** Paths inside the first argument to objects holding card fields (`[]` = the argument itself). */
  readonly cardPaths: readonly (readonly string[])[];
}

const stripe = (path: string[], cardPaths: RawCardCall['cardPaths']): ApiDefinition<RawCardCall> =>
  api.instance('stripe', path, 'call', { provider: 'Stripe', cardPaths });
const braintree = (path: string[], cardPaths: RawCardCall['cardPaths']): ApiDefinition<RawCardCall> =>
  api.instance('braintree', path, 'call', { provider: 'Braintree', cardPaths });

export const RAW_CARD_CALLS: readonly ApiDefinition<unknown>[] = [
  ...PROVIDER_CLIENTS,
  stripe(['paymentMethods', 'create'], [['card']]),
  stripe(['tokens', 'create'], [['card']]),
  stripe(['sources', 'create'], [['card']]),
  stripe(['customers', 'createSource'], [['source']]),
  braintree(['creditCard', 'create'], [[]]),
  braintree(['transaction', 'sale'], [['creditCard']]),
  braintree(['transaction', 'credit'], [['creditCard']]),
  braintree(['customer', 'create'], [['creditCard']]),
  braintree(['paymentMethod', 'create'], [['creditCard']]),
  api.instance('adyen-checkout', ['payments'], 'call', { provider: 'Adyen', cardPaths: [['paymentMethod']] }),
  api.instance('adyen-checkout', ['PaymentsApi', 'payments'], 'call', { provider: 'Adyen', cardPaths: [['paymentMethod']] }),
  api.instance('checkout', ['payments', 'request'], 'call', { provider: 'Checkout.com', cardPaths: [['source']] }),
];

export function isRawCardCall(data: unknown): data is RawCardCall {
  return typeof data === 'object' && data !== null && 'cardPaths' in data;
}
