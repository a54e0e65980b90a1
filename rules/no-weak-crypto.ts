import type { RuleFixer } from '@typescript-eslint/utils/ts-eslint';
import { CRYPTO_APIS, DEFAULT_KDF_FLOORS } from '../src/catalog/crypto.js';
import { createRule } from '../src/create-rule.js';
import { findWeakCrypto, type WeakCryptoKind, type WeakCryptoReplacement } from '../src/analyses/weak-crypto.js';

type Options = [
  {
    hashContext?: 'security' | 'always';
    allowHmacSha1?: boolean;
    requireAes256?: boolean;
    requireJwtAlgorithms?: boolean;
    kdfFloors?: {
      pbkdf2Iterations?: number;
      bcryptRounds?: number;
      scryptCost?: number;
      argon2MemoryKiB?: number;
      argon2TimeCost?: number;
    };
  },
];

type MessageIds = WeakCryptoKind | WeakCryptoReplacement['kind'];

export default createRule<Options, MessageIds>({
  name: 'no-weak-crypto',
  // Every finding starts at a reference to one of these APIs (src/analyses/weak-crypto.ts).
  relevance: { apis: [CRYPTO_APIS] },
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow weak ciphers, modes, static IVs, small keys, cheap key derivation, fast password hashes and weak hashes of secrets or card data.',
      recommended: 'recommended',
      testFiles: 'skip',
      category: 'Security',
      cwe: ['CWE-327', 'CWE-328', 'CWE-326', 'CWE-329', 'CWE-1204', 'CWE-916'],
      pci: ['3.5.1', '3.5.1.1', '4.2.1', '6.2.4', '8.3.2'],
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          hashContext: {
            type: 'string',
            enum: ['security', 'always'],
            description:
              "'security' reports MD5/SHA-1 only when the input or the digest's destination is a password, secret, token, signature or card data; 'always' reports every use.",
          },
          allowHmacSha1: {
            type: 'boolean',
            description: 'Allow HMAC-SHA1 (still a sound MAC, and required by some providers for legacy webhook signatures).',
          },
          requireAes256: {
            type: 'boolean',
            description: 'Also report AES with 128- or 192-bit keys.',
          },
          requireJwtAlgorithms: {
            type: 'boolean',
            description:
              'Report `jsonwebtoken` `verify()` calls that do not pin `algorithms` when the nearest package.json allows jsonwebtoken before 9.',
          },
          kdfFloors: {
            type: 'object',
            additionalProperties: false,
            description: 'Minimum work factors for password hashing and key derivation.',
            properties: {
              pbkdf2Iterations: { type: 'integer', minimum: 1, description: 'Minimum PBKDF2 iteration count.' },
              bcryptRounds: { type: 'integer', minimum: 4, maximum: 31, description: 'Minimum bcrypt cost (log2 rounds).' },
              scryptCost: {
                type: 'integer',
                minimum: 2,
                description:
                  "Minimum scrypt N. Omitted options count as Node's default N = 16384, so raising this above 16384 also reports calls without options.",
              },
              argon2MemoryKiB: { type: 'integer', minimum: 1, description: 'Minimum Argon2 memoryCost in KiB.' },
              argon2TimeCost: { type: 'integer', minimum: 1, description: 'Minimum Argon2 timeCost (iterations).' },
            },
          },
        },
      },
    ],
    defaultOptions: [
      {
        hashContext: 'security',
        allowHmacSha1: true,
        requireAes256: false,
        requireJwtAlgorithms: true,
        kdfFloors: { ...DEFAULT_KDF_FLOORS },
      },
    ],
    messages: {
      createCipher:
        '`{{name}}()` derives the key with a single unsalted MD5 round and uses no IV, so identical card data encrypts identically and the key is cheap to brute-force; use `createCipheriv()` with `aes-256-gcm`, a random IV and a key from a KDF.',
      weakCipher:
        '`{{algorithm}}` is a broken or 64-bit-block cipher that does not meet PCI DSS strong cryptography for card data and secrets; use `aes-256-gcm` with a random 12-byte IV.',
      ecbMode:
        '`{{algorithm}}` uses ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of card data; use `aes-256-gcm` with a random 12-byte IV.',
      shortAes:
        '`{{algorithm}}` uses a key shorter than 256 bits, below the AES-256 this project requires for card data; use `aes-256-gcm`.',
      staticIv:
        'This IV is a constant, so equal plaintexts encrypt to equal ciphertexts (and with GCM/CTR the keystream repeats, exposing card data); generate a fresh IV with `randomBytes()` for every encryption and store it next to the ciphertext.',
      reusedIv:
        'The IV `{{name}}` is created once at module load and reused for every encryption, so equal plaintexts encrypt identically (and GCM/CTR keystreams repeat); generate a fresh IV with `randomBytes()` inside this function and store it next to the ciphertext.',
      missingAuthTag:
        'This `{{algorithm}}` decipher never calls `setAuthTag()`, so forged or tampered ciphertext is accepted without authentication; call `setAuthTag(tag)` before `final()`.',
      cryptoJsPassphrase:
        'A string key makes CryptoJS treat it as a passphrase and derive the AES key and IV with one MD5 round (EVP_BytesToKey), which is cheap to brute-force; pass a random 256-bit key as a WordArray with a random IV, or use AES-GCM from Node `crypto` or WebCrypto.',
      weakHash:
        '{{algorithm}} is broken for {{purpose}}: collisions are practical and it is fast to brute-force; use SHA-256 or HMAC-SHA-256 instead.',
      fastPasswordHash:
        'Passwords hashed with a fast {{algorithm}} digest can be brute-forced at billions of guesses per second (PCI DSS 8.3.2); hash passwords with argon2id, scrypt or bcrypt.',
      unkeyedPanHash:
        'An unkeyed {{algorithm}} hash of a card number can be reversed by enumerating the possible PANs of a BIN (PCI DSS 3.5.1.1 requires keyed hashes); use HMAC-SHA-256 with a secret key or your provider\'s tokenization.',
      weakKdfDigest:
        'PBKDF2 with {{digest}} needs far more iterations to resist cracking and is discouraged for password storage; use SHA-256 or SHA-512 as the PBKDF2 digest, or argon2id/scrypt/bcrypt.',
      weakPbkdf2:
        'PBKDF2 with {{iterations}} iterations (below the floor of {{floor}}) and the {{digest}} digest makes stolen password hashes or derived keys cheap to crack; use SHA-256 or SHA-512 with at least {{floor}} iterations (OWASP: 600,000 for SHA-256), or argon2id.',
      lowIterations:
        'PBKDF2 with {{iterations}} iterations is below the floor of {{floor}}, so stolen password hashes or derived keys are cheap to crack; raise the iteration count (OWASP: 600,000 for SHA-256) or use argon2id.',
      lowBcryptCost:
        'The bcrypt cost {{rounds}} is below the floor of {{floor}}, so stolen password hashes are cheap to crack; use a cost of at least {{floor}} (12 is common).',
      lowScryptCost:
        'The scrypt cost N = {{cost}} is below the floor of {{floor}}, so stolen password hashes or derived keys are cheap to crack; raise N (OWASP: 2^17 with r = 8, p = 1) and `maxmem` to match.',
      lowArgon2Cost:
        'Argon2 {{parameter}} {{value}} is below the floor of {{floor}}, so stolen password hashes are cheap to crack; use at least OWASP\'s minimum (19 MiB memory, 2 iterations) or the library defaults.',
      smallKey:
        'A {{bits}}-bit {{what}} is below the {{floor}}-bit minimum for protecting payment data and can be broken with current hardware; use at least {{floor}} bits.',
      weakCurve:
        'Curve `{{curve}}` provides less than 112-bit security and is not acceptable for new keys protecting payment data; use P-256 (`prime256v1`) or stronger.',
      jwtNone:
        'JWT algorithm `none` means the token carries no signature, so anyone can forge session or payment tokens; sign with HS256, RS256 or ES256 and accept only that algorithm.',
      jwtVerifyWithoutAlgorithms:
        '`verify()` without an `algorithms` list lets the token header choose the algorithm in jsonwebtoken {{range}} (before 9), which enables algorithm-confusion forgeries; pass `{ algorithms: [...] }` with exactly the algorithm you sign with, or upgrade to jsonwebtoken 9.',
      useSha256: 'Switch to SHA-256.',
      useRandomIv: 'Use a fresh random IV from `{{call}}`.',
      raiseBcryptCost: 'Raise the cost to 12.',
    },
  },
  create(context, [options]) {
    return {
      'Program:exit'() {
        const findings = findWeakCrypto(context.sourceCode, {
          hashContext: options.hashContext,
          allowHmacSha1: options.allowHmacSha1,
          requireAes256: options.requireAes256,
          floors: options.kdfFloors,
          project: options.requireJwtAlgorithms === false ? null : { filename: context.filename, cwd: context.cwd },
        });
        for (const { node, kind, data, replacement } of findings) {
          context.report({
            node,
            messageId: kind,
            data,
            suggest: replacement && [
              {
                messageId: replacement.kind,
                ...(replacement.data && { data: replacement.data }),
                fix: (fixer: RuleFixer) => fixer.replaceText(replacement.node, replacement.text),
              },
            ],
          });
        }
      },
    };
  },
});
