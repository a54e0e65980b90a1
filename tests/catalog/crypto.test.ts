import { describe, expect, it } from 'vitest';
import {
  CRYPTO_APIS,
  INSECURE_RANDOM_SOURCES,
  SECURE_RANDOM_SOURCES,
  classifyCipher,
  isSha1,
  isShortAes,
  isWeakCurve,
  isWeakHashAlgorithm,
  normalizeHashAlgorithm,
} from '../../src/catalog/crypto.js';

describe('crypto catalog', () => {
  it.each([
    ['des-ede3-cbc', 'algorithm'],
    ['des-cbc', 'algorithm'],
    ['des3', 'algorithm'],
    ['3DES-CBC', 'algorithm'],
    ['bf-cbc', 'algorithm'],
    ['blowfish', 'algorithm'],
    ['rc4', 'algorithm'],
    ['rc2-cbc', 'algorithm'],
    ['cast5-cbc', 'algorithm'],
    ['idea-cbc', 'algorithm'],
    ['aes-128-ecb', 'ecb'],
    ['AES-256-ECB', 'ecb'],
    ['aes-256-gcm', null],
    ['aes-256-cbc', null],
    ['aes-256-ctr', null],
    ['chacha20-poly1305', null],
  ] as const)('classifies %s as %s', (algorithm, weakness) => {
    expect(classifyCipher(algorithm).weakness).toBe(weakness);
  });

  it('knows AEAD modes and IV lengths', () => {
    expect(classifyCipher('aes-256-gcm')).toEqual({ weakness: null, aead: true, ivLength: 12 });
    expect(classifyCipher('aes-256-cbc')).toEqual({ weakness: null, aead: false, ivLength: 16 });
    expect(classifyCipher('aes-128-ecb').ivLength).toBeNull();
  });

  it('recognises weak hashes in any spelling', () => {
    for (const name of ['md5', 'MD5', 'sha1', 'SHA-1', 'RSA-SHA1', 'ripemd160', 'md4', 'sha1WithRSAEncryption']) {
      expect(isWeakHashAlgorithm(name)).toBe(true);
    }
    for (const name of ['sha256', 'SHA-256', 'sha512', 'sha3-256', 'blake2b512']) {
      expect(isWeakHashAlgorithm(name)).toBe(false);
    }
    expect(normalizeHashAlgorithm('RSA-SHA1')).toBe('sha1');
    expect(isSha1('SHA-1')).toBe(true);
    expect(isSha1('md5')).toBe(false);
  });

  it('knows short AES keys and weak curves', () => {
    expect(isShortAes('aes-128-gcm')).toBe(true);
    expect(isShortAes('aes192')).toBe(true);
    expect(isShortAes('aes-256-gcm')).toBe(false);
    expect(isWeakCurve('secp192k1')).toBe(true);
    expect(isWeakCurve('prime256v1')).toBe(false);
    expect(isWeakCurve('secp384r1')).toBe(false);
  });

  it('has well-formed API lists', () => {
    for (const list of [CRYPTO_APIS, INSECURE_RANDOM_SOURCES, SECURE_RANDOM_SOURCES]) {
      expect(list.length).toBeGreaterThan(0);
      for (const definition of list) expect(['read', 'call', 'construct']).toContain(definition.kind);
    }
  });
});
