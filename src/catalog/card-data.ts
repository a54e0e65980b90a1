/**
 * Card data catalog: IIN ranges, provider test card numbers and the field-name vocabularies used to
 * recognise card data and secrets by name. Data only — the matching logic lives in `src/values/names.ts`
 * and `src/values/card-numbers.ts`.
 *
 * Sources: braintree/credit-card-type `src/lib/card-types.ts` (IIN ranges), the providers' published test-card
 * pages and SDK test values, and provider API references for field and secret names.
 */

// ---------------------------------------------------------------------------------------------------------
// 1. IIN table
// ---------------------------------------------------------------------------------------------------------

/**
 * One IIN pattern: a single prefix (`'4'`, `'6011'`) or an inclusive range of equally long prefixes
 * (`['51', '55']`). A number matches a range when its first `low.length` digits lie within it.
 */
export type IinPattern = string | readonly [low: string, high: string];

export type CardBrandName =
  | 'Visa'
  | 'Mastercard'
  | 'American Express'
  | 'Diners Club'
  | 'Discover'
  | 'JCB'
  | 'UnionPay'
  | 'Maestro'
  | 'Elo'
  | 'Mir'
  | 'Hiper'
  | 'Hipercard'
  | 'Verve';

export interface CardBrand {
  /** Display name, used in messages (`Visa ending 4242`). */
  readonly name: CardBrandName;
  readonly patterns: readonly IinPattern[];
  /** Allowed PAN lengths in digits. */
  readonly lengths: readonly number[];
  readonly securityCode: { readonly name: string; readonly size: number };
}

/**
 * IIN table after braintree/credit-card-type. Maestro's bare `6` (a type-ahead prefix in the source library) is
 * deliberately omitted: literal detection needs a specific range.
 *
 * Overlaps are resolved by the matcher, not by order: the longest matching prefix wins, then the narrowest
 * range (so Elo `401178` beats Visa `4`, Verve `506099–506127` beats Maestro `504176–506698`).
 */
export const CARD_BRANDS: readonly CardBrand[] = [
  {
    name: 'Visa',
    patterns: ['4'],
    lengths: [16, 18, 19],
    securityCode: { name: 'CVV', size: 3 },
  },
  {
    name: 'Mastercard',
    patterns: [['51', '55'], ['2221', '2229'], ['223', '229'], ['23', '26'], ['270', '271'], '2720'],
    lengths: [16],
    securityCode: { name: 'CVC', size: 3 },
  },
  {
    name: 'American Express',
    patterns: ['34', '37'],
    lengths: [15],
    securityCode: { name: 'CID', size: 4 },
  },
  {
    name: 'Diners Club',
    patterns: [['300', '305'], '36', '38', '39'],
    lengths: [14, 16, 19],
    securityCode: { name: 'CVV', size: 3 },
  },
  {
    name: 'Discover',
    patterns: ['6011', ['644', '649'], '65'],
    lengths: [16, 19],
    securityCode: { name: 'CID', size: 3 },
  },
  {
    name: 'JCB',
    patterns: ['2131', '1800', ['3528', '3589']],
    lengths: [16, 17, 18, 19],
    securityCode: { name: 'CVV', size: 3 },
  },
  {
    name: 'UnionPay',
    patterns: [
      '620',
      ['62100', '62182'],
      ['62184', '62187'],
      ['62185', '62197'],
      ['62200', '62205'],
      ['622010', '622999'],
      '622018',
      ['62207', '62209'],
      ['623', '626'],
      '6270',
      '6272',
      '6276',
      ['627700', '627779'],
      ['627781', '627799'],
      ['6282', '6289'],
      '6291',
      '6292',
      '810',
      ['8110', '8171'],
    ],
    lengths: [14, 15, 16, 17, 18, 19],
    securityCode: { name: 'CVN', size: 3 },
  },
  {
    name: 'Maestro',
    patterns: ['493698', ['500000', '504174'], ['504176', '506698'], ['506779', '508999'], ['56', '59'], '63', '67'],
    lengths: [12, 13, 14, 15, 16, 17, 18, 19],
    securityCode: { name: 'CVC', size: 3 },
  },
  {
    name: 'Elo',
    patterns: [
      '401178',
      '401179',
      '431274',
      '438935',
      '451416',
      '457393',
      '457631',
      '457632',
      '504175',
      ['506699', '506778'],
      ['509000', '509999'],
      '627780',
      '636297',
      '636368',
      ['650031', '650033'],
      ['650035', '650051'],
      ['650405', '650439'],
      ['650485', '650538'],
      ['650541', '650598'],
      ['650700', '650718'],
      ['650720', '650727'],
      ['650901', '650978'],
      ['651652', '651679'],
      ['655000', '655019'],
      ['655021', '655058'],
    ],
    lengths: [16],
    securityCode: { name: 'CVE', size: 3 },
  },
  {
    name: 'Mir',
    patterns: [['2200', '2204']],
    lengths: [16, 17, 18, 19],
    securityCode: { name: 'CVP2', size: 3 },
  },
  {
    name: 'Hiper',
    patterns: ['637095', '63737423', '63743358', '637568', '637599', '637609', '637612'],
    lengths: [16],
    securityCode: { name: 'CVC', size: 3 },
  },
  {
    name: 'Hipercard',
    patterns: ['606282'],
    lengths: [16],
    securityCode: { name: 'CVC', size: 3 },
  },
  {
    name: 'Verve',
    patterns: [
      ['506099', '506127'],
      '506129',
      ['506133', '506150'],
      ['506158', '506163'],
      '506166',
      '506168',
      '506170',
      '506173',
      ['506176', '506180'],
      '506184',
      ['506187', '506188'],
      '506191',
      '506195',
      '506197',
      '507865',
      '507866',
      ['507868', '507877'],
      ['507880', '507888'],
      '507900',
      '507941',
    ],
    lengths: [16, 18, 19],
    securityCode: { name: 'CVV', size: 3 },
  },
];

/** Shortest and longest PAN length of any brand. */
export const MIN_PAN_LENGTH = 12;
export const MAX_PAN_LENGTH = 19;

// ---------------------------------------------------------------------------------------------------------
// 2. Provider test card numbers
// ---------------------------------------------------------------------------------------------------------

export interface TestCardNumber {
  readonly number: string;
  readonly brand: CardBrandName;
  /** Who documents it and what it triggers. */
  readonly note: string;
}

/**
 * Published sandbox card numbers of Stripe, Braintree, Adyen, Worldpay, Authorize.Net, Square, Checkout.com and
 * Razorpay (PayPal's and Mollie's documentation reuse Stripe's and Braintree's). All are Luhn-valid and inside real
 * IIN ranges. Numbers built from a pattern are recognised without a list entry (src/values/card-numbers.ts).
 */
export const TEST_CARD_NUMBERS: readonly TestCardNumber[] = [
  { number: '4242424242424242', brand: 'Visa', note: 'Stripe default success' },
  { number: '4012888888881881', brand: 'Visa', note: 'Stripe (older list)' },
  { number: '4000056655665556', brand: 'Visa', note: 'Stripe Visa debit' },
  { number: '4111111111111111', brand: 'Visa', note: 'Braintree / Adyen / Square sandbox and many others' },
  { number: '4005519200000004', brand: 'Visa', note: 'Braintree (unverified)' },
  { number: '5555555555554444', brand: 'Mastercard', note: 'Stripe' },
  { number: '2223003122003222', brand: 'Mastercard', note: 'Stripe (2-series)' },
  { number: '5200828282828210', brand: 'Mastercard', note: 'Stripe Mastercard debit' },
  { number: '5105105105105100', brand: 'Mastercard', note: 'Stripe Mastercard prepaid' },
  { number: '378282246310005', brand: 'American Express', note: 'Stripe' },
  { number: '371449635398431', brand: 'American Express', note: 'Stripe' },
  { number: '6011111111111117', brand: 'Discover', note: 'Stripe' },
  { number: '6011000990139424', brand: 'Discover', note: 'Stripe' },
  { number: '3056930009020004', brand: 'Diners Club', note: 'Stripe (16 digits)' },
  { number: '36227206271667', brand: 'Diners Club', note: 'Stripe (14 digits)' },
  { number: '30569309025904', brand: 'Diners Club', note: 'Stripe older list (14 digits)' },
  { number: '38520000023237', brand: 'Diners Club', note: 'Stripe older list (14 digits)' },
  { number: '3566002020360505', brand: 'JCB', note: 'Stripe' },
  { number: '3530111333300000', brand: 'JCB', note: 'Stripe' },
  { number: '6200000000000005', brand: 'UnionPay', note: 'Stripe' },
  { number: '4000002500003155', brand: 'Visa', note: 'Stripe 3DS / SCA trigger' },
  { number: '4000002760003184', brand: 'Visa', note: 'Stripe 3DS / SCA trigger' },
  { number: '4000000000003220', brand: 'Visa', note: 'Stripe 3DS / SCA trigger' },
  { number: '4000000000000002', brand: 'Visa', note: 'Stripe decline (generic)' },
  { number: '4000000000009995', brand: 'Visa', note: 'Stripe decline (insufficient funds)' },
  { number: '4000000000000127', brand: 'Visa', note: 'Stripe decline (incorrect CVC)' },
  { number: '4000000000000069', brand: 'Visa', note: 'Stripe decline (expired card)' },
  { number: '4009348888881881', brand: 'Visa', note: 'Braintree sandbox' },
  { number: '4012000033330026', brand: 'Visa', note: 'Braintree sandbox' },
  { number: '4012000077777777', brand: 'Visa', note: 'Braintree sandbox' },
  { number: '4217651111111119', brand: 'Visa', note: 'Braintree sandbox' },
  { number: '4500600000000061', brand: 'Visa', note: 'Braintree sandbox' },
  { number: '4000111111111115', brand: 'Visa', note: 'Braintree sandbox (processor declined)' },
  { number: '2223000048400011', brand: 'Mastercard', note: 'Braintree sandbox (2-series)' },
  { number: '36259600000004', brand: 'Diners Club', note: 'Braintree sandbox' },
  { number: '6304000000000000', brand: 'Maestro', note: 'Braintree sandbox' },
  { number: '6243030000000001', brand: 'UnionPay', note: 'Braintree sandbox' },
  { number: '378734493671000', brand: 'American Express', note: 'Braintree sandbox (processor declined)' },
  { number: '371260714673002', brand: 'American Express', note: 'Braintree sandbox (braintree_node test values)' },
  { number: '378267515471109', brand: 'American Express', note: 'Braintree sandbox (braintree_node test values)' },
  { number: '371544868764018', brand: 'American Express', note: 'Braintree sandbox (braintree_node test values)' },
  { number: '4023898493988028', brand: 'Visa', note: 'Braintree sandbox (braintree_node test values)' },
  { number: '6062820524845321', brand: 'Hipercard', note: 'Braintree sandbox (braintree_node test values)' },
  { number: '4485040371536584', brand: 'Visa', note: 'Checkout.com test card (checkout-sdk-node tests)' },
  { number: '4111111145551142', brand: 'Visa', note: 'Adyen test card' },
  { number: '4988438843884305', brand: 'Visa', note: 'Adyen test card' },
  { number: '4166676667666746', brand: 'Visa', note: 'Adyen test card' },
  { number: '4646464646464644', brand: 'Visa', note: 'Adyen test card' },
  { number: '4000620000000007', brand: 'Visa', note: 'Adyen test card' },
  { number: '4400000000000008', brand: 'Visa', note: 'Adyen test card' },
  { number: '5555444433331111', brand: 'Mastercard', note: 'Adyen test card' },
  { number: '2222400070000005', brand: 'Mastercard', note: 'Adyen test card (2-series)' },
  { number: '5454545454545454', brand: 'Mastercard', note: 'Adyen / Worldpay test card' },
  { number: '370000000000002', brand: 'American Express', note: 'Adyen / Authorize.Net test card' },
  { number: '6011601160116611', brand: 'Discover', note: 'Adyen test card' },
  { number: '36006666333344', brand: 'Diners Club', note: 'Adyen test card' },
  { number: '3569990010095841', brand: 'JCB', note: 'Adyen test card' },
  { number: '4444333322221111', brand: 'Visa', note: 'Worldpay test card' },
  { number: '4917610000000000', brand: 'Visa', note: 'Worldpay test card (Visa Electron)' },
  { number: '343434343434343', brand: 'American Express', note: 'Worldpay test card' },
  { number: '36700102000000', brand: 'Diners Club', note: 'Worldpay test card' },
  { number: '3528000700000000', brand: 'JCB', note: 'Worldpay test card' },
  { number: '6759649826438453', brand: 'Maestro', note: 'Worldpay test card' },
  { number: '5424000000000015', brand: 'Mastercard', note: 'Authorize.Net sandbox' },
  { number: '6011000000000012', brand: 'Discover', note: 'Authorize.Net sandbox' },
  { number: '38000000000006', brand: 'Diners Club', note: 'Authorize.Net sandbox' },
  { number: '6011000000000004', brand: 'Discover', note: 'Square sandbox' },
  { number: '340000000000009', brand: 'American Express', note: 'Square sandbox' },
  { number: '3569990000000009', brand: 'JCB', note: 'Square sandbox' },
  { number: '30000000000004', brand: 'Diners Club', note: 'Square sandbox' },
  { number: '4543474002249996', brand: 'Visa', note: 'Checkout.com test card' },
  { number: '5436031030606378', brand: 'Mastercard', note: 'Checkout.com test card' },
  { number: '345678901234564', brand: 'American Express', note: 'Checkout.com test card' },
  { number: '4484070000035519', brand: 'Visa', note: 'Checkout.com test card' },
  { number: '5352151570003404', brand: 'Mastercard', note: 'Checkout.com test card' },
  { number: '5267318187975449', brand: 'Mastercard', note: 'Razorpay test card' },
  { number: '4386289407660153', brand: 'Visa', note: 'Razorpay test card' },
];

/**
 * Published test numbers that are not detectable PANs: Stripe's deliberately Luhn-invalid number and legacy
 * 13-digit Visa and other test cards outside the detected lengths and ranges. Still "test card numbers".
 */
export const UNDETECTABLE_TEST_CARD_NUMBERS: readonly string[] = [
  '4242424242424241',
  '4222222222222',
  // Authorize.Net sandbox: 13-digit Visa numbers and a JCB number outside the detected ranges.
  '4007000000027',
  '4012888818888',
  '3088000000000017',
];

// ---------------------------------------------------------------------------------------------------------
// 3. Field-name vocabulary
// ---------------------------------------------------------------------------------------------------------

/**
 * A name pattern: a sequence of lower-case segments that must appear contiguously and as whole segments in
 * the split name (`['card', 'number']` matches `creditCardNumber` and `card_number_raw`, not `cardNumbers`).
 */
export type NameSequence = readonly string[];

export type CardDataClass = 'pan' | 'cvv' | 'expiry' | 'track';

export interface CardFieldVocabulary {
  /** Match anywhere in the name. */
  readonly names: readonly NameSequence[];
  /**
   * Ambiguous names: match only when they are the whole name (after leading card words such as `card`,
   * `cc`, `credit`, `debit` are stripped) and a card context exists — either the caller says so
   * (`card.number`, `payment.pin`) or the stripped leading words provided it (`cardPin`, `ccExp`).
   */
  readonly namesNeedingContext: readonly NameSequence[];
}

/** Primary account number. */
export const PAN_VOCABULARY: CardFieldVocabulary = {
  names: [
    ['card', 'number'],
    ['card', 'num'],
    ['card', 'no'],
    ['cardnumber'],
    ['cardnum'],
    ['cardno'],
    ['cc', 'number'],
    ['cc', 'num'],
    ['cc', 'no'],
    ['ccnumber'],
    ['ccnum'],
    ['ccn'],
    ['creditcardnumber'],
    ['debitcardnumber'],
    ['pan'],
    ['primary', 'account', 'number'],
  ],
  namesNeedingContext: [['number'], ['num'], ['account', 'number'], ['acct', 'number'], ['account', 'no']],
};

/** Card verification code: sensitive authentication data, never stored after authorization. */
export const SECURITY_CODE_VOCABULARY: CardFieldVocabulary = {
  names: [
    ['cvv'],
    ['cvv2'],
    ['cvc'],
    ['cvc2'],
    ['cvc3'],
    ['csc'],
    ['cvn'],
    ['cvn2'],
    ['cvp2'],
    ['cvvcode'],
    ['security', 'code'],
    ['securitycode'],
    ['card', 'code'],
    ['cardcode'],
    ['card', 'verification', 'value'],
    ['card', 'verification', 'code'],
    ['card', 'verification', 'number'],
  ],
  // `cid` is also nodemailer's attachment content id; `cve` a vulnerability id.
  namesNeedingContext: [['cid'], ['cve'], ['verification', 'code'], ['verification', 'value']],
};

/**
 * Card expiry. Bare `exp` (the JWT claim), `expiry` and `expiration` need a card context; `expires*`
 * (`expiresAt`, `expires_in`) never matches — it names session/token/link lifetimes, not card expiry.
 */
export const EXPIRY_VOCABULARY: CardFieldVocabulary = {
  names: [
    ['exp', 'month'],
    ['exp', 'year'],
    ['exp', 'date'],
    ['exp', 'mm'],
    ['exp', 'yy'],
    ['exp', 'yyyy'],
    ['expiry', 'month'],
    ['expiry', 'year'],
    ['expiry', 'date'],
    ['expiry', 'mm'],
    ['expiry', 'yy'],
    ['expiry', 'yyyy'],
    ['expiration', 'month'],
    ['expiration', 'year'],
    ['expiration', 'date'],
    ['expmonth'],
    ['expyear'],
    ['expdate'],
    ['expirydate'],
    ['expirationdate'],
    ['card', 'expiry'],
    ['card', 'expiration'],
    ['card', 'exp'],
    ['cc', 'exp'],
    ['ccexp'],
    ['cardexpiry'],
  ],
  namesNeedingContext: [['exp'], ['expiry'], ['expiration']],
};

/**
 * Magnetic-stripe track data and PINs (never in e-commerce code). `trackData` needs a card context because
 * analytics code uses it for event payloads (`analytics.track(name, trackData)`).
 */
export const TRACK_VOCABULARY: CardFieldVocabulary = {
  names: [
    ['track1'],
    ['track2'],
    ['track3'],
    ['track', '1'],
    ['track', '2'],
    ['track', '3'],
    ['magstripe'],
    ['mag', 'stripe'],
    ['magnetic', 'stripe'],
    ['pin', 'block'],
    ['pinblock'],
  ],
  namesNeedingContext: [['track', 'data'], ['pin'], ['pin', 'code'], ['pin', 'number']],
};

export const CARD_FIELD_VOCABULARIES: Readonly<Record<CardDataClass, CardFieldVocabulary>> = {
  pan: PAN_VOCABULARY,
  cvv: SECURITY_CODE_VOCABULARY,
  expiry: EXPIRY_VOCABULARY,
  track: TRACK_VOCABULARY,
};

/** Classes in the order they are tried: the most sensitive class wins (`cardNumberAndCvv` is `cvv`). */
export const CARD_DATA_CLASS_PRIORITY: readonly CardDataClass[] = ['track', 'cvv', 'pan', 'expiry'];

/**
 * Fields that are safe to log, store and display (PCI DSS 3.4.1 allows BIN + last 4). A name containing one
 * of these is classified `safe` even if it also contains data vocabulary (`cardNumberLast4`).
 */
export const SAFE_CARD_NAMES: readonly NameSequence[] = [
  ['last4'],
  ['last', '4'],
  ['last', 'four'],
  ['lastfour'],
  ['last', 'digits'],
  ['first6'],
  ['first8'],
  ['first', '6'],
  ['first', 'six'],
  ['brand'],
  ['fingerprint'],
  ['funding'],
  ['bin'],
  ['iin'],
  ['masked', 'number'],
  ['masked', 'pan'],
  ['masked', 'card'],
];

/**
 * Segments of names and helpers that encrypt or hash a value (`encryptedSecurityCode`, `encrypt(cvc)`,
 * `sha256(cvv)`). They make a stored card number acceptable (PCI DSS 3.5.1 asks for it to be unreadable), but not a
 * security code or track data, which must not be kept after authorization even encrypted (PCI DSS 3.3.1); a hash
 * of a three-digit code is reversed by trying all thousand. Masking, truncation and tokenization are not here.
 */
export const ENCRYPTION_SEGMENTS: readonly string[] = [
  'encrypt', 'encrypted', 'encryption', 'cipher', 'ciphertext', 'enc', 'seal', 'sealed',
  'hash', 'hashed', 'hmac', 'digest', 'md5', 'sha1', 'sha256', 'sha512', 'bcrypt', 'scrypt', 'argon2',
];

/**
 * Segments that turn a data name into metadata about the data (anywhere in the name): masked/derived values,
 * lengths, types, UI labels and elements, validation helpers, event handlers, identifiers.
 * `formatted` is deliberately absent (a formatted PAN is still the PAN); so are `value`, `data`, `code`,
 * `raw`, `full`, `plain`.
 */
export const NON_DATA_SEGMENTS: readonly string[] = [
  // masked, derived or replaced by a token
  'mask', 'masked', 'redact', 'redacted', 'obfuscated', 'truncated', 'hash', 'hashed', 'hmac', 'digest',
  'md5', 'sha1', 'sha256', 'sha512', 'encrypt', 'encrypted', 'encryption', 'cipher', 'ciphertext',
  'tokenize', 'tokenise', 'tokenized', 'tokenised', 'token', 'tokens', 'vault', 'vaulted',
  // identifiers and references
  'id', 'ids', 'uuid', 'key', 'keys', 'ref', 'reference', 'name', 'path', 'column', 'col', 'attr',
  'attribute', 'url', 'uri', 'endpoint', 'route',
  // shape and type
  'length', 'len', 'size', 'count', 'min', 'max', 'limit', 'type', 'kind', 'network', 'prefix', 'suffix',
  'ending', 'country', 'issuer',
  // UI text and elements
  'label', 'placeholder', 'hint', 'title', 'caption', 'description', 'desc', 'tooltip', 'help', 'icon',
  'image', 'img', 'logo', 'field', 'element', 'el', 'input', 'container', 'selector', 'wrapper', 'frame',
  'iframe', 'component', 'mount', 'slot', 'style', 'styles', 'class', 'classname', 'css', 'config',
  'options', 'opts', 'props', 'prop', 'settings', 'mode', 'policy',
  // validation and state
  'format', 'regex', 'regexp', 'pattern', 'template', 'rule', 'rules', 'schema', 'valid', 'invalid',
  'validate', 'validation', 'validator', 'validators', 'validity', 'is', 'has', 'should', 'can', 'show',
  'hide', 'toggle', 'needs', 'require', 'requires', 'required', 'optional', 'allow', 'allows', 'accept',
  'accepts', 'supports', 'supported', 'did', 'will', 'enabled', 'disabled', 'visible', 'hidden', 'focused',
  'touched', 'dirty', 'pristine', 'complete', 'completed', 'empty', 'missing', 'present', 'provided',
  'supplied', 'entered', 'verified', 'match', 'matches', 'matched', 'check', 'checks', 'result', 'response',
  'status', 'state', 'error', 'errors', 'message', 'msg', 'warning',
  // events
  'event', 'events', 'listener', 'handler', 'callback', 'cb', 'on', 'handle', 'change', 'blur', 'focus',
  // camera/gesture "pan" (`panX`, `panOffset`, `panGesture`)
  'x', 'y', 'zoom', 'gesture', 'offset', 'delta', 'responder', 'speed', 'axis', 'direction',
];

/** Verbs that, as the first segment, make the name a function rather than a value (`setCardNumber`). */
export const NON_DATA_LEADING_SEGMENTS: readonly string[] = ['set', 'render', 'update', 'reset'];

/** Words before `card` that make it something other than a payment card (`giftCardNumber`, `simCardPin`). */
export const NON_PAYMENT_CARD_QUALIFIERS: readonly string[] = [
  'gift', 'loyalty', 'membership', 'member', 'sim', 'sd', 'id', 'identity', 'insurance', 'health', 'student',
  'library', 'business', 'report', 'score', 'memory', 'sound', 'video', 'graphics', 'wild', 'flash',
  'rewards', 'access', 'key',
];

/** Leading card words stripped before ambiguous names are compared; they also supply card context. */
export const CARD_NAME_PREFIXES: readonly string[] = ['card', 'cc', 'credit', 'debit', 'creditcard', 'debitcard'];

/** Segments that put a name in a card context (`card.number`, `billing.accountNumber`, `payment.pin`). */
export const CARD_CONTEXT_WORDS: readonly string[] = [
  'card', 'cards', 'payment', 'payments', 'billing', 'credit', 'debit', 'creditcard', 'debitcard',
  'paymentmethod', 'paymentmethods',
];

// ---------------------------------------------------------------------------------------------------------
// 4. Secret vocabulary
// ---------------------------------------------------------------------------------------------------------

/** Names of secret values (keys, passwords, credential tokens). Matched anywhere in the name. */
export const SECRET_NAMES: readonly NameSequence[] = [
  ['secret'],
  ['secrets'],
  ['password'],
  ['passwords'],
  ['passwd'],
  ['pwd'],
  ['passphrase'],
  ['pass', 'phrase'],
  ['passcode'],
  // M-Pesa Daraja `passkey` (the STK push password is derived from it); WebAuthn passkeys are credentials too.
  ['passkey'],
  ['pass', 'key'],
  ['api', 'key'],
  ['apikey'],
  ['api', 'secret'],
  ['api', 'token'],
  ['private', 'key'],
  ['privatekey'],
  ['priv', 'key'],
  ['privkey'],
  ['secret', 'key'],
  ['secretkey'],
  ['access', 'key'],
  ['access', 'token'],
  ['accesstoken'],
  ['auth', 'token'],
  ['authtoken'],
  ['refresh', 'token'],
  ['session', 'token'],
  ['bearer', 'token'],
  ['oauth', 'token'],
  ['client', 'secret'],
  ['webhook', 'secret'],
  ['webhook', 'key'],
  ['signing', 'secret'],
  ['signing', 'key'],
  ['signature', 'key'],
  ['hmac', 'key'],
  ['hmac', 'secret'],
  ['transaction', 'key'],
  ['encryption', 'key'],
  ['master', 'key'],
  ['jwt', 'key'],
  ['credential'],
  ['credentials'],
  ['creds'],
  ['auth', 'header'],
  ['authorization', 'header'],
  ['whsec'],
];

/**
 * Secret names that match only as the whole name: `authorization` is also a payment concept (PayPal
 * authorizations, authorization codes) and `bearer` alone is a header value only when it is the whole name.
 */
export const SECRET_NAMES_EXACT: readonly NameSequence[] = [['authorization'], ['bearer']];

/** Secret words that match only as the last segment of a longer name (`DB_PASS`, `smtpPass`, not `passThrough`). */
export const SECRET_TRAILING_WORDS: readonly string[] = ['pass', 'pw'];

/**
 * Token names — a separate class: a token may be a credential (`accessToken`, also in `SECRET_NAMES`) or a
 * harmless payment token (`tok_…`, Braintree `paymentMethodToken`, Square `token`), so rules decide per sink.
 */
export const TOKEN_NAMES: readonly NameSequence[] = [['token']];

/**
 * Segments after the secret word that make the name refer *to* the secret rather than hold it
 * (`secretName`, `secretArn`, `passwordStrength`, `apiKeyEnv`, `tokenExpiry`).
 */
export const SECRET_META_SUFFIXES: readonly string[] = [
  'strength', 'policy', 'policies', 'length', 'len', 'hint', 'hints', 'field', 'fields', 'label', 'placeholder',
  'regex', 'regexp', 'pattern', 'min', 'max', 'required', 'input', 'element', 'el', 'ref', 'name', 'names',
  'arn', 'id', 'ids', 'path', 'url', 'uri', 'endpoint', 'env', 'var', 'variable', 'file', 'filename',
  'version', 'count', 'type', 'kind', 'expiry', 'expires', 'expiration', 'exp', 'at', 'date', 'time', 'ttl',
  'timeout', 'age', 'error', 'errors', 'message', 'msg', 'valid', 'validator', 'validation', 'visible',
  'visibility', 'shown', 'enabled', 'rule', 'rules', 'prompt', 'form', 'schema', 'manager', 'store', 'provider',
  'service', 'client', 'loader', 'resolver', 'location', 'changed', 'updated', 'rotated', 'created', 'reset',
  'header', 'prefix', 'format', 'mode', 'option', 'options', 'config', 'scope', 'scopes',
];

/**
 * First segments that make the name a predicate or an action that does not return the secret
 * (`isSecret`, `hasPassword`, `withCredentials`, `resetPassword`). Getters (`getApiKey`) are not vetoed.
 */
export const SECRET_LEADING_VETOES: readonly string[] = [
  'is', 'has', 'should', 'can', 'show', 'hide', 'toggle', 'needs', 'need', 'require', 'requires', 'with',
  'without', 'no', 'validate', 'verify', 'check', 'forgot', 'reset', 'change', 'update', 'rotate', 'compare',
  'on', 'handle', 'set',
];

/** Segments anywhere in the name that mean the value is derived, not the secret itself. */
export const SECRET_ANYWHERE_VETOES: readonly string[] = [
  'hash', 'hashed', 'hasher', 'digest', 'md5', 'sha1', 'sha256', 'sha512', 'mask', 'masked', 'redact',
  'redacted', 'censored', 'obfuscated', 'encrypted', 'bcrypt', 'scrypt', 'argon2', 'salt',
];

/** Segments immediately before the secret word that make it public (`publicApiKey`, `publishableKey`). */
export const SECRET_PUBLIC_QUALIFIERS: readonly string[] = ['public', 'publishable', 'pub'];

/**
 * Segments immediately before `token` that make it a non-credential token: pagination cursors, cancellation
 * tokens, LLM/lexer tokens, design tokens, publishable client tokens, idempotency tokens.
 */
export const TOKEN_QUALIFIER_VETOES: readonly string[] = [
  'next', 'prev', 'previous', 'page', 'continuation', 'cursor', 'pagination', 'sync', 'cancel', 'cancellation',
  'abort', 'max', 'min', 'num', 'total', 'prompt', 'completion', 'input', 'output', 'design', 'theme', 'css',
  'lexer', 'parser', 'syntax', 'client', 'idempotency', 'public', 'publishable', 'notification', 'push',
  'device', 'fcm', 'apns',
];
