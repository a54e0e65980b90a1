import { describe, expect, it } from 'vitest';
import {
  describeCredential,
  findCredentials,
  findUrlCredentials,
  hasPatternRun,
  isPlaceholderValue,
  isRealPasswordPair,
  isSlotPlaceholder,
  maskSecret,
  matchWholeCredential,
  mayContainCredential,
  parseAuthorization,
  shannonEntropy,
} from '../../src/analyses/secrets.js';

/** Deterministic pseudo-random strings, so fixtures look like real keys without being real. */
function randomString(seed: number, length: number, alphabet: string): string {
  let state = seed >>> 0;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    out += alphabet[(state >>> 8) % alphabet.length];
  }
  return out;
}
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const LEGACY = 'kX9dL2vQ7mR4tY8wB3nC6pZ1'; // 24 mixed alphanumerics
const CURRENT = `51H${randomString(7, 96, ALNUM)}`; // 99 characters, like current Stripe keys

const ids = (text: string) => findCredentials(text).map((match) => match.format.id);

describe('findCredentials: secret formats', () => {
  it.each([
    ['Stripe live secret key (current)', `sk_live_${CURRENT}`, 'stripe-sk-live'],
    ['Stripe live secret key (legacy)', `sk_live_${LEGACY}`, 'stripe-sk-live-legacy'],
    ['Stripe test secret key', `sk_test_${LEGACY}`, 'stripe-sk-test-legacy'],
    ['Stripe restricted key', `rk_live_${CURRENT}`, 'stripe-rk-live'],
    ['Paystack-shaped key (no provider)', `sk_live_${randomString(3, 40, HEX)}`, 'sk-live-generic'],
    ['webhook signing secret', `whsec_${randomString(11, 32, ALNUM)}`, 'whsec'],
    ['Checkout.com NAS secret', `sk_${randomString(5, 26, 'abcdefghijklmnopqrstuvwxyz234567')}#`, 'checkout-sk'],
    ['Checkout.com sandbox secret', `sk_sbox_${randomString(6, 27, 'abcdefghijklmnopqrstuvwxyz234567')}`, 'checkout-sk-sbox'],
    ['Checkout.com previous test key', 'sk_test_3e1ad21b-ac23-4eb3-ad1f-375e9fb56481', 'checkout-sk-test-uuid'],
    ['Square access token', `EAAA${randomString(9, 60, ALNUM + '-_')}`, 'square-access-token'],
    ['Square legacy token', `sq0atp-${randomString(12, 22, ALNUM)}`, 'square-access-token-legacy'],
    ['Square OAuth secret', `sq0csp-${randomString(13, 43, ALNUM)}`, 'square-oauth-secret'],
    ['Braintree access token', `access_token$production$${randomString(14, 16, 'abcdefghijklmnopqrstuvwxyz0123456789')}$${randomString(15, 32, HEX)}`, 'braintree-access-token'],
    ['Flutterwave secret', `FLWSECK-${randomString(16, 32, HEX)}-X`, 'flutterwave-secret'],
    ['Flutterwave test secret', `FLWSECK_TEST-${randomString(17, 32, HEX)}-X`, 'flutterwave-secret-test'],
    ['Shopify token', `shpat_${randomString(18, 32, HEX)}`, 'shopify-shpat'],
    ['Klarna key', `klarna_live_api_${randomString(19, 40, ALNUM)}`, 'klarna-live'],
    ['Plaid access token', `access-production-${'6c9d2b1e-4f7a-4e3b-9a8c-1d2e3f4a5b6c'}`, 'plaid-access-production'],
    ['GoCardless live token', `live_${randomString(20, 40, ALNUM + '-_')}`, 'gocardless-live'],
    ['Mollie live key', `live_${randomString(21, 30, ALNUM)}`, 'mollie-live'],
    ['AWS key id', 'AKIA2Q7ZLK5MRXT3B6WN', 'aws-akia'],
  ])('%s', (_name, value, id) => {
    expect(ids(`const key = "${value}";`)).toEqual([id]);
    expect(matchWholeCredential(value)?.format.id).toBe(id);
  });

  it('finds PEM private keys with a body', () => {
    const body = randomString(22, 64 * 4, ALNUM + '+/').replace(/(.{64})/g, '$1\n');
    const pem = `-----BEGIN RSA PRIVATE KEY-----\n${body}-----END RSA PRIVATE KEY-----`;
    expect(ids(pem)).toEqual(['pem-rsa']);
    expect(ids('-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----')).toEqual([]);
    expect(ids("if (pem.startsWith('-----BEGIN PRIVATE KEY-----')) parse(pem);")).toEqual([]);
  });

  it('names Stripe only when the shape decides it', () => {
    const [current] = findCredentials(`sk_live_${CURRENT}`);
    expect(current?.format.provider).toBe('Stripe');
    const [paystack] = findCredentials(`sk_live_${randomString(3, 40, HEX)}`);
    expect(paystack?.format.provider).toBeNull();
  });

  it('finds several keys and reports offsets', () => {
    const text = `a sk_live_${LEGACY} b rk_test_${LEGACY}`;
    const found = findCredentials(text);
    expect(found.map((m) => [m.start, m.end])).toEqual([[2, 34], [37, 69]]);
  });
});

describe('findCredentials: not secrets', () => {
  it.each([
    ['publishable key', `pk_live_${LEGACY}`],
    ['Razorpay key id', 'rzp_live_Ab3dEf6hIj9kLm'],
    ['Square application id', `sq0idp-${randomString(30, 22, ALNUM)}`],
    ['Adyen client key', `test_${randomString(31, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`],
    ['Braintree tokenization key', 'sandbox_g42y39zw_348pk9cgf3bgyw2b'],
    ['Flutterwave public key', `FLWPUBK-${randomString(32, 32, HEX)}-X`],
    ['Stripe test objects', 'pm_card_visa tok_visa pi_3MtwBwLkdIwHu7ix28a3tqPa_secret_YrKJUKribcBjcG8HVhfZluoGH'],
    ['repeated x', 'sk_test_xxxxxxxxxxxxxxxxxxxxxxxx'],
    ['repeated zero', 'sk_live_000000000000000000000000'],
    ['prefix + ellipsis', 'sk_test_...'],
    ['truncated key', `sk_live_${LEGACY}...`],
    ['unicode ellipsis', `sk_live_${LEGACY}…`],
    ['angle placeholder', 'sk_live_<YOUR_KEY>'],
    ['template placeholder', 'sk_test_${STRIPE_KEY}'],
    ['mustache placeholder', 'sk_test_{{ stripe_key }}'],
    ['YOUR word', 'sk_test_YOURSTRIPESECRETKEYGOESHERE1'],
    ['REPLACE_ME word', 'sk_live_REPLACEME1234abcdEFGH5678ij'],
    ['sequential body', 'sk_test_abcdefghijklmnopqrstuvwx'],
    ['part of a longer identifier', `mask_sk_live_${LEGACY}`],
    ['body too short', 'sk_live_abc123'],
    ['test word in a Mollie-shaped identifier', 'test_shouldRejectExpiredCardsNowX'],
    ['AWS documentation example', 'AKIAIOSFODNN7EXAMPLE'],
    ['Svix-style whsec placeholder', 'whsec_test_secret'],
  ])('%s', (_name, text) => {
    expect(ids(text)).toEqual([]);
  });

  it('returns public formats and placeholders only on request', () => {
    expect(findCredentials(`pk_live_${LEGACY}`, { includePublic: true }).map((m) => m.format.id)).toEqual(['pk-live']);
    const placeholders = findCredentials('sk_test_xxxxxxxxxxxxxxxxxxxxxxxx', { includePlaceholders: true });
    expect(placeholders.map((m) => m.placeholder)).toEqual([true]);
  });

  it('mayContainCredential is a cheap prefix pre-check', () => {
    expect(mayContainCredential('hello world')).toBe(false);
    expect(mayContainCredential('sk_live_')).toBe(true);
  });
});

describe('linear time', () => {
  it.each([
    ['repeated prefixes', 'sk_live_'.repeat(130_000)],
    ['long alphanumeric run after a prefix', `sk_live_${'a1B2'.repeat(250_000)}`],
    ['many EAAA candidates', '-EAAA'.repeat(200_000)],
    ['PEM headers without bodies', '-----BEGIN PRIVATE KEY-----'.repeat(40_000)],
    ['URL-ish noise', 'a://b:c'.repeat(150_000)],
    ['userinfo without @', `x://${'u:p'.repeat(300_000)}`],
  ])('scans 1 MB of %s quickly', (_name, text) => {
    const started = performance.now();
    findCredentials(text, { includePublic: true, includePlaceholders: true });
    findUrlCredentials(text);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

describe('placeholder values (slot mode)', () => {
  it.each([
    '', 'abc', 'xxxxxxxx', '<your-secret>', '{{ SECRET }}', '${JWT_SECRET}', '[redacted]', '%API_KEY%', 'REPLACE_ME',
    'changeme', 'your_api_key_here', 'STRIPE_SECRET_KEY', 'keyboard...', 'supersecret', 'password123', 'test-key-1',
    'admin1234', 'aaaaaaaaaaaa', 'abcabcabcabc', '123456789', '/run/secrets/stripe', 'https://vault/secret', 'dummy-value',
    'shhhhh', "i'm not a real key", 'your-key-here', '<secret>', 'not-a-real-secret', 'invalid_key_value',
    'this is not real', 'bogus-token-value',
  ])('%j is a placeholder', (value) => {
    expect(isPlaceholderValue(value)).toBe(true);
  });

  it.each(['kX9dL2vQ7mR4tY8w', 'hunter2!', 'Tr0ub4dor&3', 'keyboard cat', 'q8Fz-3LmP0wR'])('%j is a real-looking value', (value) => {
    expect(isPlaceholderValue(value)).toBe(false);
  });

  it('hasPatternRun finds repeats and sequences only', () => {
    expect(hasPatternRun('x111111y')).toBe(true);
    expect(hasPatternRun('za123456')).toBe(true);
    expect(hasPatternRun('fedcba98')).toBe(true);
    expect(hasPatternRun('kX9dL2vQ7mR4')).toBe(false);
  });

  it('shannonEntropy', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
  });
});

describe('masking', () => {
  it('shows at most the last four characters of long values', () => {
    expect(maskSecret(`sk_live_${LEGACY}`)).toBe('…vQ1'.replace('vQ1', LEGACY.slice(-4)));
    expect(maskSecret('hunter2!')).toBe('');
    expect(describeCredential('Stripe live secret key', `sk_live_${LEGACY}`)).toBe(`Stripe live secret key …${LEGACY.slice(-4)}`);
    expect(describeCredential('private key (PEM)', '-----BEGIN PRIVATE KEY-----\nMIIE')).toBe('private key (PEM)');
  });
});

describe('URL credentials and Authorization values', () => {
  it('finds user:password@host', () => {
    const [found] = findUrlCredentials("const url = 'postgres://app:S3cr%2Fet9@db.prod.acme.io:5432/app';");
    expect(found).toMatchObject({ scheme: 'postgres', host: 'db.prod.acme.io', user: 'app', password: 'S3cr/et9' });
    expect(findUrlCredentials('https://api.stripe.com/v1/charges')).toEqual([]);
    expect(findUrlCredentials('https://user@host.com/')).toEqual([]);
    expect(findUrlCredentials('mailto:a@b.com')).toEqual([]);
  });

  it('isRealPasswordPair rejects placeholders and user==password', () => {
    expect(isRealPasswordPair('guest', 'guest')).toBe(false);
    expect(isRealPasswordPair('app', '')).toBe(false);
    expect(isRealPasswordPair('app', '${DB_PASSWORD}')).toBe(false);
    expect(isRealPasswordPair('app', 'Zq8rT2mV9x')).toBe(true);
  });

  it('parseAuthorization decodes Basic credentials', () => {
    const encoded = Buffer.from('AcL1ent:EKs3cr3tVal9').toString('base64');
    expect(parseAuthorization(`Basic ${encoded}`)).toEqual({
      scheme: 'Basic', credential: encoded, basic: { user: 'AcL1ent', password: 'EKs3cr3tVal9' },
    });
    expect(parseAuthorization('Bearer abc.def')).toEqual({ scheme: 'Bearer', credential: 'abc.def' });
    expect(parseAuthorization('Bearer')).toBeNull();
    expect(parseAuthorization('Basic not base64!')).toBeNull();
  });
});

describe('isSlotPlaceholder (literals in known credential slots)', () => {
  it('exempts only obvious placeholders', () => {
    for (const value of ['', '   ', 'changeme', 'your-secret-here', 'YOUR_KEY_SECRET', 'xxx', 'xxxxxxxx', '<client-secret>', '${JWT_SECRET}', '{{secret}}', 'JWT_SECRET', '********', 'sk_…', 'replace-with-a-secret', '-----BEGIN PUBLIC KEY-----\nMIIB', '/run/secrets/jwt', 'Missing!', 'none', 'undefined', 'demo']) {
      expect(isSlotPlaceholder(value), value).toBe(true);
    }
  });
  it('reports short, low-entropy and dictionary values that ship as the key', () => {
    for (const value of ['secret', 'keyboard cat', 'postgres', 'root', 'hunter2', 's3cr3t', 'kekse', 'test', 'password', 'a', 'secretKeyChangeThisLater']) {
      expect(isSlotPlaceholder(value), value).toBe(false);
    }
  });
});
