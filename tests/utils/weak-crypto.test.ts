import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findWeakCrypto, type WeakCryptoOptions } from '../../src/analyses/weak-crypto.js';
import { withSourceCode } from './probe.js';

/** Findings as `kind@line:column` plus data, and the replacement as `kind→text`. */
function findings(code: string, options: WeakCryptoOptions = {}, filename?: string) {
  return withSourceCode(
    code,
    (sourceCode) =>
      findWeakCrypto(sourceCode, options).map(({ node, kind, data, replacement }) => ({
        at: `${kind}@${node.loc.start.line}:${node.loc.start.column}`,
        data,
        replacement: replacement ? `${replacement.kind}→${replacement.text}` : null,
      })),
    filename,
  );
}

const kinds = (code: string, options?: WeakCryptoOptions) => findings(code, options).map((finding) => finding.at.split('@')[0]);

describe('findWeakCrypto: ciphers', () => {
  it('reports weak algorithms, ECB and short AES only when required', () => {
    const code = "import crypto from 'crypto';\ncrypto.createCipheriv('des-ede3-cbc', k, iv);\ncrypto.createCipheriv('aes-128-ecb', k, null);\ncrypto.createCipheriv('aes-128-gcm', k, iv);";
    expect(kinds(code)).toEqual(['weakCipher', 'ecbMode']);
    expect(findings(code, { requireAes256: true })[2]).toEqual({ at: 'shortAes@4:22', data: { algorithm: 'aes-128-gcm' }, replacement: null });
  });

  it('reports constant and module-level IVs with a random replacement sized for the algorithm', () => {
    expect(findings("import crypto from 'crypto';\ncrypto.createCipheriv('aes-256-gcm', key, Buffer.alloc(12));")).toEqual([
      { at: 'staticIv@2:42', data: {}, replacement: 'useRandomIv→crypto.randomBytes(12)' },
    ]);
    const reused = "import { createCipheriv, randomBytes } from 'node:crypto';\nconst IV = randomBytes(16);\nexport const enc = (k: Buffer) => createCipheriv('aes-256-cbc', k, IV);";
    expect(findings(reused)).toEqual([{ at: 'reusedIv@3:67', data: { name: 'IV' }, replacement: 'useRandomIv→randomBytes(16)' }]);
    // Deciphering with a module-level IV is how the stored IV is read back: no finding.
    expect(kinds(reused.replace('createCipheriv(', 'createDecipheriv('))).toEqual([]);
  });

  it('reports an AEAD decipher whose auth tag is never set', () => {
    const code = "import crypto from 'crypto';\nexport function dec(k: Buffer, iv: Buffer, d: Buffer) {\n  const decipher = crypto.createDecipheriv('aes-256-gcm', k, iv);\n  return decipher.update(d);\n}";
    expect(kinds(code)).toEqual(['missingAuthTag']);
    expect(kinds(code.replace('return decipher', 'decipher.setAuthTag(tag);\n  return decipher'))).toEqual([]);
  });

  it('stays silent on unknown algorithms and IVs', () => {
    expect(kinds("import crypto from 'crypto';\ncrypto.createCipheriv(process.env.ALG!, key, iv);\ncrypto.createCipheriv('aes-256-cbc', key, makeIv());")).toEqual([]);
  });

  it('reports CryptoJS passphrase keys and weak ciphers', () => {
    expect(kinds("import CryptoJS from 'crypto-js';\nCryptoJS.AES.encrypt(data, process.env.SECRET);\nCryptoJS.AES.encrypt(data, key);\nCryptoJS.DES.encrypt(data, key);")).toEqual([
      'cryptoJsPassphrase',
      'weakCipher',
    ]);
  });
});

describe('findWeakCrypto: hashes', () => {
  it('reports a broken hash by context, with a sha256 replacement for a literal algorithm', () => {
    expect(findings("import crypto from 'crypto';\nconst tokenHash = crypto.createHash('md5').update(token).digest('hex');")).toEqual([
      { at: 'weakHash@2:36', data: { algorithm: 'MD5', purpose: 'secrets, tokens and signatures' }, replacement: "useSha256→'sha256'" },
    ]);
    const etag = "import crypto from 'crypto';\nconst etag = crypto.createHash('md5').update(body).digest('hex');";
    expect(kinds(etag)).toEqual([]);
    expect(kinds(etag, { hashContext: 'always' })).toEqual(['weakHash']);
    expect(kinds(etag.replace("'md5'", "'sha256'"), { hashContext: 'always' })).toEqual([]);
  });

  it('reports fast password hashes and unkeyed PAN hashes whatever the algorithm', () => {
    expect(kinds("import crypto from 'crypto';\nconst stored = crypto.createHash('sha256').update(password).digest('hex');")).toEqual(['fastPasswordHash']);
    expect(kinds("import crypto from 'crypto';\nconst ref = crypto.createHash('sha256').update(card.number).digest('hex');")).toEqual(['unkeyedPanHash']);
    expect(kinds("import crypto from 'crypto';\nconst ref = crypto.createHmac('sha256', key).update(card.number).digest('hex');")).toEqual([]);
  });

  it('allows HMAC-SHA1 unless told otherwise', () => {
    const code = "import crypto from 'crypto';\nconst signature = crypto.createHmac('sha1', secret).update(body).digest('base64');";
    expect(kinds(code)).toEqual([]);
    expect(findings(code, { allowHmacSha1: false })[0]?.data).toEqual({ algorithm: 'SHA-1', purpose: 'message authentication and signatures' });
  });
});

describe('findWeakCrypto: key derivation, keys and JWT', () => {
  it('merges a low PBKDF2 count and a weak digest into one finding on the call', () => {
    expect(findings("import crypto from 'crypto';\ncrypto.pbkdf2Sync(pw, salt, 1000, 32, 'sha1');")).toEqual([
      { at: 'weakPbkdf2@2:0', data: { iterations: 1000, floor: 100_000, digest: 'SHA-1' }, replacement: null },
    ]);
    expect(kinds("import crypto from 'crypto';\ncrypto.pbkdf2Sync(pw, salt, 1000, 32, 'sha512');")).toEqual(['lowIterations']);
    expect(kinds("import crypto from 'crypto';\ncrypto.pbkdf2Sync(pw, salt, 1000, 32, 'sha512');", { floors: { pbkdf2Iterations: 1000 } })).toEqual([]);
  });

  it('judges work factors against the floors, defaulting omitted scrypt options to N = 16384', () => {
    const code = "import crypto from 'crypto';\nimport bcrypt from 'bcrypt';\ncrypto.scryptSync(pw, salt, 64);\nbcrypt.hash(pw, 8);";
    expect(findings(code)).toEqual([{ at: 'lowBcryptCost@4:16', data: { rounds: 8, floor: 10 }, replacement: 'raiseBcryptCost→12' }]);
    expect(kinds(code, { floors: { scryptCost: 131_072 } })).toEqual(['lowScryptCost', 'lowBcryptCost']);
    expect(kinds(code.replace('scryptSync(pw, salt, 64)', 'scryptSync(pw, salt, 64, { ...opts })'), { floors: { scryptCost: 131_072 } })).toEqual(['lowBcryptCost']);
  });

  it('reports small keys and weak curves', () => {
    expect(findings("import { generateKeyPairSync } from 'crypto';\ngenerateKeyPairSync('rsa', { modulusLength: 1024 });\ngenerateKeyPairSync('ec', { namedCurve: 'secp160r1' });").map((finding) => finding.data)).toEqual([
      { bits: 1024, what: 'RSA key', floor: 2048 },
      { curve: 'secp160r1' },
    ]);
  });

  it('reports `none` algorithms, and verify() without algorithms only for jsonwebtoken before 9', () => {
    const code = "import jwt from 'jsonwebtoken';\njwt.sign(p, k, { algorithm: 'none' });\njwt.verify(token, key);";
    const root = mkdtempSync(join(tmpdir(), 'weak-crypto-'));
    for (const [name, range] of [['v8', '^8.5.1'], ['v9', '^9.0.0']]) {
      mkdirSync(join(root, name));
      writeFileSync(join(root, name, 'package.json'), JSON.stringify({ dependencies: { jsonwebtoken: range } }));
    }
    const project = (name: string) => ({ filename: join(root, name, 'auth.ts'), cwd: root });
    expect(kinds(code)).toEqual(['jwtNone']);
    expect(findings(code, { project: project('v8') }).map((finding) => finding.at)).toEqual(['jwtNone@2:17', 'jwtVerifyWithoutAlgorithms@3:0']);
    expect(findings(code, { project: project('v8') })[1]?.data).toEqual({ range: '^8.5.1' });
    expect(kinds(code, { project: project('v9') })).toEqual(['jwtNone']);
  });

  it('finds nothing in a file without crypto', () => {
    expect(findings("const hash = createHash('md5');\nexport { hash };")).toEqual([]);
  });
});
