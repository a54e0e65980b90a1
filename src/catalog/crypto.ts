/**
 * Cryptography and randomness APIs: what the crypto rules track and the algorithm/parameter facts they judge
 * against. Data only (plus tiny pure predicates over that data).
 *
 * Sources: Node.js `crypto` docs (createCipheriv, scrypt defaults N=16384 r=8 p=1, DEP0106 createCipher,
 * DEP0115 pseudoRandomBytes), OWASP Password Storage Cheat Sheet (work factors), crypto-js README (EVP_BytesToKey
 * MD5 key derivation for passphrases) and the false positives other linters are known for.
 */
import { api, type ApiDefinition } from './api.js';

// ---------------------------------------------------------------------------------------------------------
// 1. Crypto operations (no-weak-crypto)
// ---------------------------------------------------------------------------------------------------------

export type CryptoApi =
  /** `crypto.createCipher` / `createDecipher`: no IV, MD5-based key derivation (DEP0106). */
  | { readonly api: 'createCipher'; readonly name: string }
  /** `crypto.createCipheriv(algorithm, key, iv, options)` / `createDecipheriv`. */
  | { readonly api: 'cipheriv'; readonly decipher: boolean }
  /** `createHash(algorithm)` (Node), `crypto.hash(algorithm, data)` (one-shot). */
  | { readonly api: 'hash'; readonly oneShot: boolean }
  /** `createHmac(algorithm, key)`. */
  | { readonly api: 'hmac' }
  /** `createSign(algorithm)`: producing a signature is always a security use. */
  | { readonly api: 'sign' }
  /** `pbkdf2(password, salt, iterations, keylen, digest)` and the forge equivalent. */
  | { readonly api: 'pbkdf2'; readonly library: 'node' | 'forge' }
  /** `scrypt(password, salt, keylen, options)`. */
  | { readonly api: 'scrypt' }
  /** scrypt-js `scrypt(password, salt, N, r, p, dkLen)`. */
  | { readonly api: 'scrypt-js' }
  /** `generateKeyPair(type, options)`, jose `generateKeyPair(alg, options)`. */
  | { readonly api: 'keypair'; readonly library: 'node' | 'jose' }
  /** `generateKey('aes' | 'hmac', { length })`. */
  | { readonly api: 'secret-key' }
  /** forge `pki.rsa.generateKeyPair(bits | { bits })`. */
  | { readonly api: 'forge-rsa' }
  /** forge `cipher.createCipher(algorithm, key)`. */
  | { readonly api: 'forge-cipher' }
  /** forge `md.<algorithm>.create()` (a message digest object). */
  | { readonly api: 'forge-hash'; readonly algorithm: string }
  /** WebCrypto `subtle.<method>`. */
  | { readonly api: 'subtle'; readonly method: 'digest' | 'encrypt' | 'generateKey' | 'deriveBits' | 'deriveKey' }
  /** crypto-js `DES` / `TripleDES` / `RC4` / `Rabbit` encrypt/decrypt. */
  | { readonly api: 'cryptojs-weak-cipher'; readonly algorithm: string }
  /** crypto-js `AES.encrypt(data, key, cfg)` / `AES.decrypt(ciphertext, key, cfg)`. */
  | { readonly api: 'cryptojs-aes' }
  /** crypto-js `MD5(x)`, `SHA1(x)`, `HmacSHA1(x, key)`, …; also the `md5` / `sha1` packages. */
  | { readonly api: 'cryptojs-hash'; readonly algorithm: string; readonly keyed: boolean }
  /** crypto-js `PBKDF2(password, salt, cfg)`. */
  | { readonly api: 'cryptojs-pbkdf2' }
  /** crypto-js `mode.ECB` (any use selects ECB). */
  | { readonly api: 'cryptojs-ecb' }
  /** bcrypt / bcryptjs cost argument: `hash(pw, rounds)` (index 1), `genSalt(rounds)` (index 0). */
  | { readonly api: 'bcrypt'; readonly roundsIndex: 0 | 1 }
  /** node-argon2 `hash(password, options)`. */
  | { readonly api: 'argon2' }
  /** jsonwebtoken `sign(payload, key, options)`. */
  | { readonly api: 'jwt-sign' }
  /** jsonwebtoken `verify(token, key, options, callback)`. */
  | { readonly api: 'jwt-verify' }
  /** jose `UnsecuredJWT` (`alg: none`). */
  | { readonly api: 'jose-unsecured' };

const NODE_CRYPTO = 'crypto';

function nodeAndGlobalSubtle(method: 'digest' | 'encrypt' | 'generateKey' | 'deriveBits' | 'deriveKey'): ApiDefinition<CryptoApi>[] {
  const data: CryptoApi = { api: 'subtle', method };
  return [
    api.call(NODE_CRYPTO, ['subtle', method], data),
    api.call(NODE_CRYPTO, ['webcrypto', 'subtle', method], data),
    api.global('crypto', ['subtle', method], 'call', data),
  ];
}

const CRYPTOJS_WEAK_CIPHERS = ['DES', 'TripleDES', 'RC4', 'RC4Drop', 'Rabbit', 'RabbitLegacy'] as const;
const CRYPTOJS_SUBPATH_CIPHERS: Readonly<Record<string, string>> = {
  'crypto-js/tripledes': 'TripleDES',
  'crypto-js/rc4': 'RC4',
  'crypto-js/rabbit': 'Rabbit',
  'crypto-js/rabbit-legacy': 'RabbitLegacy',
};
const CRYPTOJS_HASHES: Readonly<Record<string, { algorithm: string; keyed: boolean; module: string }>> = {
  MD5: { algorithm: 'md5', keyed: false, module: 'crypto-js/md5' },
  SHA1: { algorithm: 'sha1', keyed: false, module: 'crypto-js/sha1' },
  RIPEMD160: { algorithm: 'ripemd160', keyed: false, module: 'crypto-js/ripemd160' },
  SHA224: { algorithm: 'sha224', keyed: false, module: 'crypto-js/sha224' },
  SHA256: { algorithm: 'sha256', keyed: false, module: 'crypto-js/sha256' },
  SHA384: { algorithm: 'sha384', keyed: false, module: 'crypto-js/sha384' },
  SHA512: { algorithm: 'sha512', keyed: false, module: 'crypto-js/sha512' },
  SHA3: { algorithm: 'sha3', keyed: false, module: 'crypto-js/sha3' },
  HmacMD5: { algorithm: 'md5', keyed: true, module: 'crypto-js/hmac-md5' },
  HmacSHA1: { algorithm: 'sha1', keyed: true, module: 'crypto-js/hmac-sha1' },
  HmacSHA256: { algorithm: 'sha256', keyed: true, module: 'crypto-js/hmac-sha256' },
  HmacSHA512: { algorithm: 'sha512', keyed: true, module: 'crypto-js/hmac-sha512' },
};
const FORGE_HASHES = ['md5', 'sha1', 'sha256', 'sha384', 'sha512'] as const;

/** Every crypto operation `no-weak-crypto` inspects. Module-level constant (reference results are cached by identity). */
export const CRYPTO_APIS: readonly ApiDefinition<CryptoApi>[] = [
  // Node crypto (`node:crypto` is added automatically)
  api.call(NODE_CRYPTO, ['createCipher'], { api: 'createCipher', name: 'createCipher' }),
  api.call(NODE_CRYPTO, ['createDecipher'], { api: 'createCipher', name: 'createDecipher' }),
  api.call(NODE_CRYPTO, ['createCipheriv'], { api: 'cipheriv', decipher: false }),
  api.call(NODE_CRYPTO, ['createDecipheriv'], { api: 'cipheriv', decipher: true }),
  api.call(NODE_CRYPTO, ['createHash'], { api: 'hash', oneShot: false }),
  api.call(NODE_CRYPTO, ['hash'], { api: 'hash', oneShot: true }),
  api.call(NODE_CRYPTO, ['createHmac'], { api: 'hmac' }),
  api.call(NODE_CRYPTO, ['createSign'], { api: 'sign' }),
  api.call(NODE_CRYPTO, ['pbkdf2'], { api: 'pbkdf2', library: 'node' }),
  api.call(NODE_CRYPTO, ['pbkdf2Sync'], { api: 'pbkdf2', library: 'node' }),
  api.call(NODE_CRYPTO, ['scrypt'], { api: 'scrypt' }),
  api.call(NODE_CRYPTO, ['scryptSync'], { api: 'scrypt' }),
  api.call(NODE_CRYPTO, ['generateKeyPair'], { api: 'keypair', library: 'node' }),
  api.call(NODE_CRYPTO, ['generateKeyPairSync'], { api: 'keypair', library: 'node' }),
  api.call(NODE_CRYPTO, ['generateKey'], { api: 'secret-key' }),
  api.call(NODE_CRYPTO, ['generateKeySync'], { api: 'secret-key' }),
  // WebCrypto: global `crypto.subtle`, `require('crypto').subtle`, `require('crypto').webcrypto.subtle`
  ...nodeAndGlobalSubtle('digest'),
  ...nodeAndGlobalSubtle('encrypt'),
  ...nodeAndGlobalSubtle('generateKey'),
  ...nodeAndGlobalSubtle('deriveBits'),
  ...nodeAndGlobalSubtle('deriveKey'),
  // crypto-js (namespace and per-algorithm subpath modules)
  ...CRYPTOJS_WEAK_CIPHERS.flatMap((algorithm) =>
    (['encrypt', 'decrypt'] as const).map((method) =>
      api.call<CryptoApi>('crypto-js', [algorithm, method], { api: 'cryptojs-weak-cipher', algorithm }),
    ),
  ),
  ...Object.entries(CRYPTOJS_SUBPATH_CIPHERS).flatMap(([module, algorithm]) =>
    (['encrypt', 'decrypt'] as const).map((method) =>
      api.call<CryptoApi>(module, [method], { api: 'cryptojs-weak-cipher', algorithm }),
    ),
  ),
  ...(['encrypt', 'decrypt'] as const).flatMap((method) => [
    api.call<CryptoApi>('crypto-js', ['AES', method], { api: 'cryptojs-aes' }),
    api.call<CryptoApi>('crypto-js/aes', [method], { api: 'cryptojs-aes' }),
  ]),
  ...Object.entries(CRYPTOJS_HASHES).flatMap(([name, info]) => [
    api.call<CryptoApi>('crypto-js', [name], { api: 'cryptojs-hash', algorithm: info.algorithm, keyed: info.keyed }),
    api.call<CryptoApi>(info.module, [], { api: 'cryptojs-hash', algorithm: info.algorithm, keyed: info.keyed }),
  ]),
  // Single-purpose hash packages (`md5(x)`, `sha1(x)`).
  ...(['md5', 'js-md5', 'blueimp-md5'] as const).map((module) =>
    api.call<CryptoApi>(module, [], { api: 'cryptojs-hash', algorithm: 'md5', keyed: false }),
  ),
  ...(['sha1', 'js-sha1'] as const).map((module) =>
    api.call<CryptoApi>(module, [], { api: 'cryptojs-hash', algorithm: 'sha1', keyed: false }),
  ),
  api.call('crypto-js', ['PBKDF2'], { api: 'cryptojs-pbkdf2' }),
  api.call('crypto-js/pbkdf2', [], { api: 'cryptojs-pbkdf2' }),
  api.read('crypto-js', ['mode', 'ECB'], { api: 'cryptojs-ecb' }),
  api.read('crypto-js/mode-ecb', [], { api: 'cryptojs-ecb' }),
  // node-forge
  api.call('node-forge', ['cipher', 'createCipher'], { api: 'forge-cipher' }),
  api.call('node-forge', ['cipher', 'createDecipher'], { api: 'forge-cipher' }),
  ...FORGE_HASHES.map((algorithm) =>
    api.call<CryptoApi>('node-forge', ['md', algorithm, 'create'], { api: 'forge-hash', algorithm }),
  ),
  api.call('node-forge', ['pki', 'rsa', 'generateKeyPair'], { api: 'forge-rsa' }),
  api.call('node-forge', ['pkcs5', 'pbkdf2'], { api: 'pbkdf2', library: 'forge' }),
  // password hashing libraries
  ...['bcrypt', 'bcryptjs'].flatMap((module) => [
    api.call<CryptoApi>(module, ['hash'], { api: 'bcrypt', roundsIndex: 1 }),
    api.call<CryptoApi>(module, ['hashSync'], { api: 'bcrypt', roundsIndex: 1 }),
    api.call<CryptoApi>(module, ['genSalt'], { api: 'bcrypt', roundsIndex: 0 }),
    api.call<CryptoApi>(module, ['genSaltSync'], { api: 'bcrypt', roundsIndex: 0 }),
  ]),
  api.call('argon2', ['hash'], { api: 'argon2' }),
  api.call('scrypt-js', ['scrypt'], { api: 'scrypt-js' }),
  api.call('scrypt-js', ['syncScrypt'], { api: 'scrypt-js' }),
  // JWT
  api.call('jsonwebtoken', ['sign'], { api: 'jwt-sign' }),
  api.call('jsonwebtoken', ['verify'], { api: 'jwt-verify' }),
  api.construct('jose', ['UnsecuredJWT'], { api: 'jose-unsecured' }),
  api.call('jose', ['UnsecuredJWT', 'decode'], { api: 'jose-unsecured' }),
  api.call('jose', ['generateKeyPair'], { api: 'keypair', library: 'jose' }),
];

// ---------------------------------------------------------------------------------------------------------
// 2. Algorithm facts
// ---------------------------------------------------------------------------------------------------------

/** Normalise a hash algorithm name: lower case, `RSA-` prefix and dashes removed (`SHA-1` → `sha1`). */
export function normalizeHashAlgorithm(name: string): string {
  return name.toLowerCase().replace(/^rsa-/, '').replaceAll('-', '').replaceAll('_', '');
}

/** Broken hash functions (collisions practical or cheap): MD2/MD4/MD5, SHA-0/SHA-1, RIPEMD(-128/160). */
const WEAK_HASHES = new Set([
  'md2', 'md4', 'md5', 'sha', 'sha1', 'md5sha1', 'ripemd', 'ripemd128', 'ripemd160', 'rmd160', 'mdc2',
  'sha1withrsaencryption', 'md5withrsaencryption', 'md4withrsaencryption', 'dsasha1', 'dsawithsha1',
]);

export function isWeakHashAlgorithm(name: string): boolean {
  return WEAK_HASHES.has(normalizeHashAlgorithm(name));
}

/** SHA-1 (kept apart because HMAC-SHA1 is still a sound MAC). */
export function isSha1(name: string): boolean {
  const normalized = normalizeHashAlgorithm(name);
  return normalized === 'sha1' || normalized === 'sha';
}

export interface CipherVerdict {
  /** Why the cipher is weak, or null when it is acceptable. */
  readonly weakness: 'algorithm' | 'ecb' | null;
  /** Authenticated (AEAD) mode that needs an auth tag on decryption. */
  readonly aead: boolean;
  /** Recommended IV length in bytes for a fresh random IV; null for ECB (no IV). */
  readonly ivLength: number | null;
}

/**
 * Weak block/stream ciphers by OpenSSL name prefix: DES, 3DES (`des-ede3`, `des3`, forge `3DES`), DESX, RC2, RC4,
 * RC5, Blowfish (`bf`, `blowfish`), CAST5, IDEA (64-bit blocks or broken key schedules). ECB mode is weak whatever
 * the block cipher.
 */
const WEAK_CIPHER = /^(?:3des|des(?:[-_3x]|$)|rc[245]|bf(?:-|$)|blowfish|cast|idea)/;

export function classifyCipher(algorithm: string): CipherVerdict {
  const name = algorithm.toLowerCase();
  const aead = /-(?:gcm|ccm|ocb)$/.test(name) || name === 'chacha20-poly1305';
  const ecb = /(?:^|-)ecb$/.test(name) || name.includes('-ecb-');
  let weakness: CipherVerdict['weakness'] = null;
  if (WEAK_CIPHER.test(name)) weakness = 'algorithm';
  else if (ecb) weakness = 'ecb';
  const ivLength = ecb ? null : aead ? 12 : 16;
  return { weakness, aead, ivLength };
}

/** AES with a key shorter than 256 bits (`aes-128-gcm`, `aes192`); used by the `requireAes256` option. */
export function isShortAes(algorithm: string): boolean {
  return /^(?:id-)?aes-?(?:128|192)(?:-|$)/i.test(algorithm);
}

/** Elliptic curves below 224 bits (no longer acceptable for new keys). */
const WEAK_CURVES = new Set([
  'secp112r1', 'secp112r2', 'secp128r1', 'secp128r2', 'secp160k1', 'secp160r1', 'secp160r2', 'secp192k1',
  'prime192v1', 'prime192v2', 'prime192v3', 'p-192', 'sect113r1', 'sect113r2', 'sect131r1', 'sect131r2',
  'sect163k1', 'sect163r1', 'sect163r2', 'sect193r1', 'sect193r2', 'brainpoolp160r1', 'brainpoolp160t1',
  'brainpoolp192r1', 'brainpoolp192t1', 'wap-wsg-idm-ecid-wtls1', 'wap-wsg-idm-ecid-wtls6',
  'wap-wsg-idm-ecid-wtls8', 'wap-wsg-idm-ecid-wtls9',
]);

export function isWeakCurve(name: string): boolean {
  return WEAK_CURVES.has(name.toLowerCase());
}

/** Minimum sizes (bits) for new keys: NIST SP 800-131A / SP 800-57. */
export const MIN_RSA_BITS = 2048;
export const MIN_DSA_DIVISOR_BITS = 224;
export const MIN_SYMMETRIC_BITS = 128;

/** Default work-factor floors (OWASP Password Storage Cheat Sheet; see the rule docs for the scrypt choice). */
export const DEFAULT_KDF_FLOORS = {
  pbkdf2Iterations: 100_000,
  bcryptRounds: 10,
  /** scrypt `N`. Node's default is 16384 (2^14); OWASP's primary recommendation is 2^17. */
  scryptCost: 16_384,
  argon2MemoryKiB: 19_456,
  argon2TimeCost: 2,
} as const;

/** Node `crypto.scrypt` default cost when `N` / `cost` is omitted. */
export const NODE_SCRYPT_DEFAULT_N = 16_384;

// ---------------------------------------------------------------------------------------------------------
// 3. Randomness (no-insecure-randomness)
// ---------------------------------------------------------------------------------------------------------

/**
 * `prng`: a predictable generator (Math.random and libraries built on it) — reported for every sink.
 * `time`: a clock reading used as entropy — reported only when the value is built from the clock alone.
 * `uuid-v1`: time-based UUIDs — unique but guessable, reported for secret sinks only.
 */
export type InsecureRandomKind = 'prng' | 'time' | 'uuid-v1';

export interface InsecureRandomSource {
  readonly kind: InsecureRandomKind;
  /** Display form for messages. */
  readonly label: string;
}

const prng = (label: string): InsecureRandomSource => ({ kind: 'prng', label });

export const INSECURE_RANDOM_SOURCES: readonly ApiDefinition<InsecureRandomSource>[] = [
  api.global('Math', ['random'], 'call', prng('Math.random()')),
  api.call(NODE_CRYPTO, ['pseudoRandomBytes'], prng('crypto.pseudoRandomBytes()')),
  // Libraries built on Math.random: the call or construction yields the generator; its methods are followed.
  api.call('chance', [], prng('chance')),
  api.construct('chance', [], prng('chance')),
  api.call('chance', ['Chance'], prng('chance')),
  api.construct('chance', ['Chance'], prng('chance')),
  api.call('random-number', [], prng('random-number')),
  api.call('random-number', ['generator'], prng('random-number')),
  api.call('random-int', [], prng('random-int')),
  api.call('random-float', [], prng('random-float')),
  api.call('random-seed', ['create'], prng('random-seed')),
  api.call('random-seed', [], prng('random-seed')),
  api.call('unique-random', [], prng('unique-random')),
  // Clock readings.
  api.global('Date', ['now'], 'call', { kind: 'time', label: 'Date.now()' }),
  api.global('Date', [], 'construct', { kind: 'time', label: 'new Date()' }),
  api.global('performance', ['now'], 'call', { kind: 'time', label: 'performance.now()' }),
  // Time-based UUIDs.
  api.call('uuid', ['v1'], { kind: 'uuid-v1', label: 'uuid v1' }),
  api.call('uuid/v1', [], { kind: 'uuid-v1', label: 'uuid v1' }),
];

/**
 * `Date` methods that read calendar fields (year … second) or format a calendar date. A `new Date()` read only
 * through these builds a formatted timestamp (the M-Pesa STK `Timestamp`, a receipt date), not a token: nobody draws
 * entropy from `getFullYear()`. `getTime()`, `valueOf()`, `getMilliseconds()` and `toISOString()` are not here.
 */
export const DATE_CALENDAR_METHODS: ReadonlySet<string> = new Set([
  'getFullYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getMinutes', 'getSeconds',
  'getUTCFullYear', 'getUTCMonth', 'getUTCDate', 'getUTCDay', 'getUTCHours', 'getUTCMinutes', 'getUTCSeconds',
  'getYear', 'toDateString', 'toLocaleDateString', 'toLocaleTimeString', 'toLocaleString',
]);

/** Cryptographically secure generators; a function using one of them is treated as handled (CodeQL's exclusion). */
export const SECURE_RANDOM_SOURCES: readonly ApiDefinition<string>[] = [
  ...['randomBytes', 'randomUUID', 'randomInt', 'randomFill', 'randomFillSync', 'getRandomValues'].map((name) =>
    api.call(NODE_CRYPTO, [name], name),
  ),
  api.call(NODE_CRYPTO, ['webcrypto', 'getRandomValues'], 'getRandomValues'),
  api.global('crypto', ['getRandomValues'], 'call', 'getRandomValues'),
  api.global('crypto', ['randomUUID'], 'call', 'randomUUID'),
  api.global('msCrypto', ['getRandomValues'], 'call', 'getRandomValues'),
  api.call('uuid', ['v4'], 'uuid v4'),
  api.call('uuid/v4', [], 'uuid v4'),
  api.call('uuid', ['v7'], 'uuid v7'),
  api.call('nanoid', ['nanoid'], 'nanoid'),
  api.call('nanoid', ['customAlphabet'], 'nanoid'),
  api.call('node-forge', ['random', 'getBytesSync'], 'forge.random'),
  api.call('node-forge', ['random', 'getBytes'], 'forge.random'),
  api.call('crypto-random-string', [], 'crypto-random-string'),
];

/** Node crypto exports a secure replacement may call (`crypto.randomUUID()` suggestion). */
export const NODE_CRYPTO_MODULE_READS: readonly ApiDefinition<string>[] = [api.read(NODE_CRYPTO, [], 'crypto')];

// ---------------------------------------------------------------------------------------------------------
// 4. Name vocabulary (segments, see src/values/names.ts splitName)
// ---------------------------------------------------------------------------------------------------------

/** Categories of security-sensitive values a random value must not feed. */
export type RandomSinkCategory = 'secret' | 'nonce' | 'idempotency' | 'identifier' | 'cipher';

/** Words that make a name a secret value when they appear as a whole segment. */
export const RANDOM_SECRET_WORDS: readonly string[] = [
  'token', 'secret', 'password', 'passwd', 'pwd', 'passphrase', 'passcode', 'otp', 'totp', 'hotp', 'salt',
  'csrf', 'xsrf', 'apikey', 'pepper', 'credential', 'credentials',
];

/** Secret names that count only as the whole name (`sid` is a session id; `accountSid`/`messageSid` are Twilio ids). */
export const RANDOM_SECRET_EXACT_NAMES: readonly string[] = ['sid', 'pin'];

/** Names of cipher inputs (`iv`, `encryptionKey`). */
export const RANDOM_CIPHER_WORDS: readonly string[] = ['iv'];
export const RANDOM_CIPHER_SEQUENCES: readonly (readonly string[])[] = [
  ['initialization', 'vector'], ['encryption', 'key'], ['aes', 'key'], ['cipher', 'key'], ['crypto', 'key'],
  ['data', 'key'], ['master', 'key'],
];

/** Multi-word secret names (`api key`, `session id`, `reset code`). */
export const RANDOM_SECRET_SEQUENCES: readonly (readonly string[])[] = [
  ['api', 'key'], ['secret', 'key'], ['private', 'key'], ['access', 'key'],
  ['signing', 'key'], ['hmac', 'key'], ['session', 'key'], ['license', 'key'], ['jwt', 'key'], ['session', 'id'], ['sessionid'], ['session', 'secret'],
  ['reset', 'code'], ['verification', 'code'], ['verify', 'code'], ['confirmation', 'code'], ['auth', 'code'],
  ['security', 'code'], ['one', 'time', 'code'], ['activation', 'code'], ['invite', 'code'], ['magic', 'link'],
  ['pin', 'code'], ['recovery', 'code'], ['backup', 'code'],
];

/** Idempotency keys (Stripe/Square/Adyen/Checkout.com `idempotencyKey`, PayPal `PayPal-Request-Id`). */
export const RANDOM_IDEMPOTENCY_SEQUENCES: readonly (readonly string[])[] = [
  ['idempotency', 'key'], ['idempotency', 'token'], ['idempotency'], ['idempotent', 'key'],
  ['paypal', 'request', 'id'], ['pay', 'pal', 'request', 'id'],
];

/** Payment identifiers: a guessable or colliding order/payment id enables enumeration and mix-ups. */
export const RANDOM_IDENTIFIER_OWNERS: readonly string[] = [
  'order', 'payment', 'transaction', 'txn', 'tx', 'invoice', 'charge', 'refund', 'checkout', 'payout',
  'transfer', 'merchant', 'reference',
];
export const RANDOM_IDENTIFIER_WORDS: readonly string[] = ['id', 'number', 'no', 'num', 'ref', 'reference', 'uid'];

/** Segments after the sink word that make the name describe the value rather than hold it. */
export const RANDOM_SINK_META_WORDS: readonly string[] = [
  'length', 'len', 'size', 'count', 'min', 'max', 'expiry', 'expires', 'expiration', 'exp', 'at', 'date', 'time',
  'ttl', 'timeout', 'age', 'delay', 'interval', 'jitter', 'backoff', 'retry', 'retries', 'attempt', 'attempts',
  'index', 'idx', 'rounds', 'round', 'cost', 'id', 'ids', 'version', 'issued', 'created', 'updated', 'used', 'sent',
  'name', 'names', 'field', 'label', 'placeholder', 'hint', 'type', 'kind', 'url', 'uri', 'path',
  'header', 'prefix', 'format', 'pattern', 'regex', 'valid', 'visible', 'enabled', 'strength', 'policy', 'error',
  'message', 'status', 'state', 'input', 'el', 'element', 'ref', 'key', 'cache', 'color', 'sample', 'rate',
  'weight', 'percent', 'ratio', 'position', 'offset', 'width', 'height', 'x', 'y',
];

/** First segments that make a name a predicate or an action rather than the value. */
export const RANDOM_SINK_LEADING_VETOES: readonly string[] = [
  'is', 'has', 'should', 'can', 'show', 'hide', 'toggle', 'validate', 'verify', 'check', 'on', 'handle', 'use',
  'with', 'without', 'needs', 'compare', 'parse', 'format', 'render', 'mock', 'fake', 'dummy', 'sample', 'demo',
];

/** Verbs stripped from function names before the rest is classified (`generateToken` → `token`). */
export const RANDOM_GENERATOR_VERBS: readonly string[] = [
  'get', 'gen', 'generate', 'create', 'make', 'new', 'random', 'rand', 'build', 'issue', 'compute', 'next',
  'mint', 'produce', 'init', 'initial', 'fresh',
];

/**
 * Messages sent to a person: whatever reaches these fields is read by the recipient, so a random value in them is a
 * one-time code, a temporary password or a magic-link token whatever the variable is called (`result`, `code`).
 * Entries with no fields create the client whose instance methods send.
 */
export interface MessageSend {
  /** Display name of the sending call. */
  readonly label: string;
  /** Fields of the first argument that carry the message text. */
  readonly fields: readonly string[];
}

const MESSAGE_CLIENT: MessageSend = { label: '', fields: [] };
const MAIL_FIELDS = ['text', 'html', 'subject'];

export const MESSAGE_SENDS: readonly ApiDefinition<MessageSend>[] = [
  api.call('nodemailer', ['createTransport'], MESSAGE_CLIENT, 'mail-transport'),
  api.instance('mail-transport', ['sendMail'], 'call', { label: 'nodemailer sendMail()', fields: MAIL_FIELDS }),
  api.call('@sendgrid/mail', ['send'], { label: 'SendGrid send()', fields: MAIL_FIELDS }),
  api.construct('resend', ['Resend'], MESSAGE_CLIENT, 'resend'),
  api.instance('resend', ['emails', 'send'], 'call', { label: 'Resend emails.send()', fields: MAIL_FIELDS }),
  api.call('twilio', [], MESSAGE_CLIENT, 'twilio'),
  api.construct('twilio', ['Twilio'], MESSAGE_CLIENT, 'twilio'),
  api.instance('twilio', ['messages', 'create'], 'call', { label: 'Twilio messages.create()', fields: ['body'] }),
];

/** Header-style setters whose first argument names the value: `headers.set('Idempotency-Key', v)`. */
export const NAMED_VALUE_SETTERS: readonly string[] = ['set', 'setHeader', 'header', 'append', 'setItem', 'cookie'];

// ---------------------------------------------------------------------------------------------------------
// 5. Hash-context vocabulary (no-weak-crypto)
// ---------------------------------------------------------------------------------------------------------

/** Password words: a value named with one of these as its last segment is a password. */
export const PASSWORD_WORDS: readonly string[] = ['password', 'passwd', 'pwd', 'passphrase', 'passcode', 'pass', 'pw'];

/** Segments allowed after a password word that still name the password itself (`passwordConfirm`, `passwordPlain`). */
export const PASSWORD_TRAILING: readonly string[] = ['plain', 'raw', 'text', 'value', 'str', 'string', 'confirm', 'confirmation', 'clear'];

/** Segments that make a hash input or output security-relevant. */
export const HASH_SECURITY_WORDS: readonly string[] = [
  'password', 'passwd', 'pwd', 'passphrase', 'passcode', 'secret', 'secrets', 'token', 'signature', 'sig',
  'sign', 'signed', 'hmac', 'otp', 'apikey', 'credential', 'credentials', 'creds', 'privatekey', 'cvv', 'cvc',
];

export const HASH_SECURITY_SEQUENCES: readonly (readonly string[])[] = [
  ['api', 'key'], ['private', 'key'], ['secret', 'key'], ['access', 'key'], ['merchant', 'key'], ['app', 'key'],
  ['api', 'secret'], ['pay', 'key'],
];

/**
 * Segments that mark a non-security purpose for a digest: ETags, cache keys, checksums, S3 `ContentMD5`,
 * Gravatar URLs, file de-duplication, sharding. A digest with one of these in its destination is never reported.
 */
export const HASH_NON_SECURITY_WORDS: readonly string[] = [
  'etag', 'cache', 'cached', 'checksum', 'checksums', 'content', 'integrity', 'gravatar', 'avatar', 'file',
  'filename', 'dedupe', 'dedup', 'shard', 'bucket', 'partition', 'version', 'revision', 'color', 'seed',
  'fingerprint', 'crc', 'chunk', 'asset', 'build', 'etags', 'lock', 'cachekey',
];
