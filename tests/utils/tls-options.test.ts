import { describe, expect, it } from 'vitest';
import {
  SSL_OP_BITS,
  disablesLegacyTls,
  isGenericSecureProtocol,
  weakCiphers,
  weakSecureProtocol,
  weakTlsVersion,
} from '../../src/analyses/tls-options.js';

describe('versions and methods', () => {
  it('weak versions', () => {
    expect(weakTlsVersion('TLSv1')).toBe('TLSv1');
    expect(weakTlsVersion('TLSv1.1')).toBe('TLSv1.1');
    expect(weakTlsVersion('SSLv3')).toBe('SSLv3');
    expect(weakTlsVersion('TLSv1.2')).toBeNull();
    expect(weakTlsVersion('TLSv1.3')).toBeNull();
  });

  it('secureProtocol methods', () => {
    expect(weakSecureProtocol('TLSv1_method')).toBe('TLSv1');
    expect(weakSecureProtocol('TLSv1_1_client_method')).toBe('TLSv1.1');
    expect(weakSecureProtocol('SSLv3_server_method')).toBe('SSLv3');
    expect(weakSecureProtocol('SSLv2_method')).toBe('SSLv2');
    expect(weakSecureProtocol('TLSv1_2_method')).toBeNull();
    expect(weakSecureProtocol('TLS_method')).toBeNull();
    expect(isGenericSecureProtocol('SSLv23_method')).toBe(true);
    expect(isGenericSecureProtocol('TLS_client_method')).toBe(true);
    expect(isGenericSecureProtocol('TLSv1_2_method')).toBe(false);
  });
});

describe('weakCiphers', () => {
  it.each([
    ['ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384', []],
    ['HIGH:!aNULL:!MD5', []],
    ['HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!3DES', []],
    ['RC4-SHA', ['RC4']],
    ['DES-CBC3-SHA', ['3DES']],
    ['EXP-RC4-MD5', ['EXPORT', 'RC4', 'MD5']],
    ['ALL:eNULL', ['NULL']],
    ['aNULL', ['anonymous']],
    ['ADH-AES256-SHA', ['anonymous']],
    ['TLS_RSA_WITH_3DES_EDE_CBC_SHA', ['3DES']],
    ['TLS_DH_anon_WITH_AES_128_CBC_SHA', ['anonymous']],
    ['HIGH:LOW', ['LOW']],
    ['+RC4:HIGH', []],
    ['RC4:!RC4', []],
    ['ECDHE-RSA-AES128-SHA, AES256-SHA', []],
    ['@SECLEVEL=1:HIGH', []],
  ])('%s → %j', (list, expected) => {
    expect(weakCiphers(list)).toEqual(expected);
  });

  it('ignores absurdly long lists and stays fast', () => {
    expect(weakCiphers(`RC4:${'A'.repeat(20_000)}`)).toEqual([]);
    const start = performance.now();
    weakCiphers(Array.from({ length: 1000 }, () => 'ECDHE-RSA-AES128-GCM-SHA256').join(':'));
    expect(performance.now() - start).toBeLessThan(100);
  });
});

describe('secureOptions', () => {
  it('requires both TLS 1.0 and 1.1 to be off', () => {
    const noTls1 = SSL_OP_BITS['SSL_OP_NO_TLSv1']!;
    const noTls11 = SSL_OP_BITS['SSL_OP_NO_TLSv1_1']!;
    const noSsl3 = SSL_OP_BITS['SSL_OP_NO_SSLv3']!;
    expect(disablesLegacyTls(noTls1 | noTls11)).toBe(true);
    expect(disablesLegacyTls(noSsl3 | noTls1)).toBe(false);
    expect(disablesLegacyTls(0)).toBe(false);
  });
});
