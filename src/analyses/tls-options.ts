/**
 * TLS protocol and cipher-string facts: which `minVersion` / `maxVersion` / `secureProtocol` values allow protocols
 * below TLS 1.2, which OpenSSL / IANA cipher-list entries enable broken suites, and which `secureOptions` bits are
 * set. Pure string/number functions, linear in the input.
 */

/** Protocol versions below TLS 1.2 as Node spells them in `minVersion` / `maxVersion`. */
const WEAK_VERSIONS = new Set(['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1']);

/** The weak protocol a `minVersion` / `maxVersion` value names, or `null`. */
export function weakTlsVersion(value: string): string | null {
  return WEAK_VERSIONS.has(value) ? value : null;
}

const WEAK_METHOD = /^(SSLv2|SSLv3|TLSv1|TLSv1_1)_(?:client_|server_)?method$/u;
const GENERIC_METHOD = /^(?:SSLv23|TLS)_(?:client_|server_)?method$/u;

/** `secureProtocol` methods that force a protocol below TLS 1.2 → that protocol (`TLSv1_1_method` → `TLSv1.1`). */
export function weakSecureProtocol(value: string): string | null {
  const match = WEAK_METHOD.exec(value);
  if (!match) return null;
  return match[1] === 'TLSv1_1' ? 'TLSv1.1' : match[1]!;
}

/** `TLS_method`, `SSLv23_method` and their client/server variants: every protocol version the build allows. */
export function isGenericSecureProtocol(value: string): boolean {
  return GENERIC_METHOD.test(value);
}

/**
 * Cipher-list words that select broken suites, mapped to the name used in messages. Matched against whole
 * `-`/`_`/`+`-separated parts of an entry, upper-cased (`DES-CBC3-SHA` → `DES`, `TLS_DH_anon_WITH_…` → `ANON`).
 */
const WEAK_CIPHER_WORDS: Readonly<Record<string, string>> = {
  NULL: 'NULL',
  ENULL: 'NULL',
  ANULL: 'anonymous',
  ANON: 'anonymous',
  ADH: 'anonymous',
  AECDH: 'anonymous',
  EXPORT: 'EXPORT',
  EXPORT40: 'EXPORT',
  EXPORT56: 'EXPORT',
  EXPORT1024: 'EXPORT',
  EXP: 'EXPORT',
  EXP1024: 'EXPORT',
  LOW: 'LOW',
  RC4: 'RC4',
  RC2: 'RC2',
  DES: 'DES',
  DES40: 'DES',
  '3DES': '3DES',
  DES3: '3DES',
  CBC3: '3DES',
  MD5: 'MD5',
};

const MAX_CIPHER_LIST_LENGTH = 16_384;

/**
 * The broken suite families a cipher list enables, in order of appearance (deduplicated). Entries removed anywhere
 * with `!` or `-` do not count (OpenSSL's `!` removes for good; `-` is treated the same, which can only under-report),
 * and `+` entries only reorder.
 */
export function weakCiphers(list: string): string[] {
  if (list.length > MAX_CIPHER_LIST_LENGTH) return [];
  const entries = list.split(/[:,\s]+/u).filter((entry) => entry !== '');
  const removed = new Set<string>();
  for (const entry of entries) {
    if (entry.startsWith('!') || entry.startsWith('-')) {
      for (const part of entry.slice(1).toUpperCase().split(/[-_+]/u)) {
        const family = WEAK_CIPHER_WORDS[part];
        if (family !== undefined && entry.slice(1).toUpperCase() === part) removed.add(family);
      }
    }
  }
  const found: string[] = [];
  for (const entry of entries) {
    const first = entry[0];
    if (first === '!' || first === '-' || first === '+' || first === '@') continue;
    const families = new Set<string>();
    for (const part of entry.toUpperCase().split(/[-_+]/u)) {
      const family = WEAK_CIPHER_WORDS[part];
      if (family !== undefined) families.add(family);
    }
    if (families.has('3DES')) families.delete('DES'); // DES-CBC3-SHA is triple DES
    for (const family of families) {
      if (!removed.has(family) && !found.includes(family)) found.push(family);
    }
  }
  return found;
}

/** OpenSSL option bits (OpenSSL 1.1.1 / 3.x values, as exposed by `crypto.constants`). */
export const SSL_OP_BITS: Readonly<Record<string, number>> = {
  SSL_OP_NO_SSLv2: 0,
  SSL_OP_NO_SSLv3: 0x02000000,
  SSL_OP_NO_TLSv1: 0x04000000,
  SSL_OP_NO_TLSv1_2: 0x08000000,
  SSL_OP_NO_TLSv1_1: 0x10000000,
  SSL_OP_NO_TLSv1_3: 0x20000000,
};

/** True when a `secureOptions` bit mask turns off both TLS 1.0 and TLS 1.1. */
export function disablesLegacyTls(mask: number): boolean {
  const noTls1 = SSL_OP_BITS['SSL_OP_NO_TLSv1']!;
  const noTls11 = SSL_OP_BITS['SSL_OP_NO_TLSv1_1']!;
  return (mask & noTls1) !== 0 && (mask & noTls11) !== 0;
}
