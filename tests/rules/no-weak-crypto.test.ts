import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rule from '../../rules/no-weak-crypto.js';
import { commonjs, createRuleTester } from '../rule-tester.js';

/** Projects on disk that declare jsonwebtoken 8, 9 or nothing (the rule reads the nearest package.json). */
const projects = mkdtempSync(join(tmpdir(), 'payment-security-jwt-'));
for (const [name, dependencies] of [['v8', { jsonwebtoken: '^8.5.1' }], ['v9', { jsonwebtoken: '^9.0.2' }], ['any', { jsonwebtoken: '*' }], ['none', {}]] as const) {
  mkdirSync(join(projects, name, 'src'), { recursive: true });
  writeFileSync(join(projects, name, 'package.json'), JSON.stringify({ name, dependencies }));
}
const inProject = (name: 'v8' | 'v9' | 'any' | 'none') => join(projects, name, 'src', 'auth.js');

const ruleTester = createRuleTester();

const RSA_1024 = { bits: 1024, what: 'RSA key', floor: 2048 };

ruleTester.run('no-weak-crypto', rule, {
  valid: [
    // Strong encryption
    { name: 'aes-256-gcm with a random IV and auth tag', code: "import crypto from 'node:crypto';\nexport function encrypt(plaintext: string, key: Buffer) {\n  const iv = crypto.randomBytes(12);\n  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);\n  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);\n  return { iv, data, tag: cipher.getAuthTag() };\n}" },
    { name: 'gcm decipher with setAuthTag', code: "import crypto from 'node:crypto';\nexport function decrypt(box: { iv: Buffer; data: Buffer; tag: Buffer }, key: Buffer) {\n  const decipher = crypto.createDecipheriv('aes-256-gcm', key, box.iv);\n  decipher.setAuthTag(box.tag);\n  return Buffer.concat([decipher.update(box.data), decipher.final()]).toString('utf8');\n}" },
    { name: 'gcm decipher returned to the caller (use unknown)', code: "import crypto from 'crypto';\nexport function dec(d: Buffer, key: Buffer, iv: Buffer) { return crypto.createDecipheriv('aes-256-gcm', key, iv); }" },
    { name: 'chacha20-poly1305 with random nonce', code: "import crypto from 'crypto';\nconst c = crypto.createCipheriv('chacha20-poly1305', key, crypto.randomBytes(12), { authTagLength: 16 });" },
    { name: 'algorithm from configuration is unknown', code: "import crypto from 'crypto';\nconst algorithm = process.env.CIPHER_ALGORITHM;\nconst c = crypto.createCipheriv(algorithm!, key, iv);" },
    { name: 'IV from a parameter', code: "import { createCipheriv } from 'crypto';\nexport const enc = (key: Buffer, iv: Buffer, data: string) => createCipheriv('aes-256-cbc', key, iv).update(data);" },
    { name: 'module-level IV used at module level only (one encryption)', code: "import crypto from 'crypto';\nconst iv = crypto.randomBytes(16);\nconst c = crypto.createCipheriv('aes-256-cbc', key, iv);" },
    { name: 'type-only import', code: "import type { Cipher } from 'crypto';\nlet c: Cipher;\nexport { c };" },
    { name: 'unrelated createHash on a local object', code: "const hasher = { createHash: (a: string) => a };\nhasher.createHash('md5');" },
    { name: 'WebCrypto AES-GCM with getRandomValues IV', code: "const iv = crypto.getRandomValues(new Uint8Array(12));\nconst ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, data);" },
    // Hashes outside a security context
    { name: 'md5 ETag', code: "import { createHash } from 'crypto';\nexport function etagFor(body: string) {\n  return `\"${createHash('md5').update(body).digest('hex')}\"`;\n}" },
    { name: 'sha1 cache key', code: "import { createHash } from 'crypto';\nexport const cacheKey = (url: string) => createHash('sha1').update(url).digest('hex');" },
    { name: 'md5 S3 ContentMD5 checksum', code: "import crypto from 'crypto';\nconst checksum = crypto.createHash('md5').update(fileBuffer).digest('base64');\nawait s3.putObject({ Bucket: 'b', Key: 'k', Body: fileBuffer, ContentMD5: checksum });" },
    { name: 'truncated sha1 digest', code: "import crypto from 'crypto';\nconst shortId = crypto.createHash('sha1').update(token).digest('hex').slice(0, 8);" },
    { name: 'md5 ETag header', code: "import crypto from 'crypto';\nres.setHeader('ETag', crypto.createHash('md5').update(JSON.stringify(payload)).digest('hex'));" },
    { name: 'gravatar md5 of an email', code: "import crypto from 'crypto';\nfunction gravatarUrl(email: string) {\n  const hash = crypto.createHash('md5').update(email.trim().toLowerCase()).digest('hex');\n  return `https://www.gravatar.com/avatar/${hash}`;\n}\nexport { gravatarUrl };" },
    { name: 'crypto-js md5 of file contents', code: "import CryptoJS from 'crypto-js';\nconst contentHash = CryptoJS.MD5(fileContents).toString();" },
    { name: 'crypto-js subpath md5 for a gravatar', code: "import MD5 from 'crypto-js/md5';\nconst gravatar = `https://www.gravatar.com/avatar/${MD5(email)}`;" },
    { name: 'git object sha1', code: "import crypto from 'crypto';\nconst commitSha = crypto.createHash('sha1').update(gitObject).digest('hex');" },
    { name: 'md5 dedupe id of order line', code: "import crypto from 'crypto';\nconst id = crypto.createHash('md5').update(`${orderId}:${lineItem.sku}`).digest('hex');" },
    { name: 'WebCrypto SHA-1 of a file', code: "const fileDigest = await crypto.subtle.digest('SHA-1', await file.arrayBuffer());" },
    { name: 'sha256 of an API key for lookup', code: "import crypto from 'crypto';\nconst apiKeyHash = crypto.createHash('sha256').update(apiKey).digest('hex');" },
    { name: 'sha256 of a reset token (high entropy)', code: "import crypto from 'crypto';\nconst resetTokenHash = crypto.createHash('sha256').update(passwordResetToken).digest('hex');" },
    { name: 'HMAC-SHA1 allowed by default (Twilio-style webhook)', code: "import crypto from 'crypto';\nconst signature = crypto.createHmac('sha1', process.env.TWILIO_AUTH_TOKEN!).update(url + params).digest('base64');" },
    { name: 'HMAC-SHA256 signature', code: "import crypto from 'crypto';\nconst sig = crypto.createHmac('sha256', webhookSecret).update(rawBody).digest('hex');" },
    { name: 'keyed hash of a PAN', code: "import crypto from 'crypto';\nconst panHmac = crypto.createHmac('sha256', panKey).update(cardNumber).digest('hex');" },
    { name: 'md5 package used for a cache key', code: "import md5 from 'md5';\nconst cacheKey = md5(url);" },
    // Key derivation, password hashing, keys
    { name: 'pbkdf2 with OWASP iterations', code: "import crypto from 'crypto';\nconst key = crypto.pbkdf2Sync(password, salt, 600000, 32, 'sha256');\nconst key2 = crypto.pbkdf2Sync(password, salt, iterations, 32, 'sha512');" },
    { name: 'scrypt with Node defaults and with raised N', code: "import crypto from 'crypto';\nconst derived = crypto.scryptSync(password, salt, 64);\nconst derived2 = crypto.scryptSync(password, salt, 64, { N: 2 ** 17, maxmem: 256 * 1024 * 1024 });" },
    { name: 'scrypt with callback and no options', code: "import { scrypt } from 'node:crypto';\nscrypt(password, salt, 64, (err, key) => { done(err, key); });" },
    { name: 'bcrypt cost 12 through a constant', code: "import bcrypt from 'bcryptjs';\nconst saltRounds = 12;\nconst hash = await bcrypt.hash(password, saltRounds);\nconst ok = await bcrypt.compare(password, hash);" },
    { name: 'bcrypt with a generated salt string', code: "import bcrypt from 'bcrypt';\nconst salt = await bcrypt.genSalt();\nconst hash = await bcrypt.hash(password, salt);" },
    { name: 'argon2id with strong parameters', code: "import argon2 from 'argon2';\nconst hash = await argon2.hash(password, { type: argon2.argon2id, memoryCost: 65536, timeCost: 3 });" },
    { name: 'argon2 defaults', code: "import * as argon2 from 'argon2';\nexport const hashPassword = (password: string) => argon2.hash(password);" },
    { name: 'RSA 4096 and P-256', code: "import { generateKeyPairSync } from 'crypto';\nconst { privateKey } = generateKeyPairSync('rsa', { modulusLength: 4096 });\nconst ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });" },
    { name: 'crypto-js AES with a WordArray key and random IV', code: "import CryptoJS from 'crypto-js';\nconst key = CryptoJS.enc.Hex.parse(process.env.KEY_HEX!);\nconst iv = CryptoJS.lib.WordArray.random(16);\nconst ct = CryptoJS.AES.encrypt(data, key, { iv }).toString();" },
    { name: 'crypto-js PBKDF2 with default iterations (version-dependent)', code: "import CryptoJS from 'crypto-js';\nconst key = CryptoJS.PBKDF2(password, salt, { keySize: 8 });" },
    // JWT
    { name: 'jwt verify with pinned algorithms, sign with RS256, decode', code: "import jwt from 'jsonwebtoken';\nconst claims = jwt.verify(token, publicKey, { algorithms: ['RS256'], audience: 'payments' });\nconst t = jwt.sign({ sub: user.id }, privateKey, { algorithm: 'RS256', expiresIn: '15m' });\nconst decoded = jwt.decode(token);" },
    { name: 'jwt verify options with an unknown spread', code: "import jwt from 'jsonwebtoken';\nconst verifyOptions = { ...baseOptions, audience: 'api' };\njwt.verify(token, key, verifyOptions);" },
    { name: 'jwt verify options from a parameter', code: "import { verify } from 'jsonwebtoken';\nexport const check = (token: string, key: string, opts: object) => verify(token, key, opts);" },
    // jsonwebtoken 9 accepts only the algorithms that fit the key; an unknown version is not reported.
    { name: 'jwt verify without algorithms on jsonwebtoken 9', filename: inProject('v9'), code: "import jwt from 'jsonwebtoken';\nexport const claims = (token, secret) => jwt.verify(token, secret);" },
    { name: 'jwt verify without algorithms, version range unknown', filename: inProject('any'), code: "import jwt from 'jsonwebtoken';\nexport const claims = (token, secret) => jwt.verify(token, secret);" },
    { name: 'jwt verify without algorithms, no package.json lists jsonwebtoken', filename: inProject('none'), code: "import jwt from 'jsonwebtoken';\nexport const claims = (token, secret) => jwt.verify(token, secret);" },
    { name: 'jwt verify without algorithms when the option is off', code: "import jwt from 'jsonwebtoken';\njwt.verify(token, secret);", options: [{ requireJwtAlgorithms: false }] },
    { name: 'md5 of a password in JSX-free tsx helper ignored when output is a cache key', filename: 'cache.tsx', code: "import { createHash } from 'crypto';\nexport const Avatar = ({ email }: { email: string }) => <img src={`https://www.gravatar.com/avatar/${createHash('md5').update(email).digest('hex')}`} />;" },
    { name: 'md5 helper used only for Gravatar and ETags', code: "import { createHash } from 'crypto';\nconst md5 = (s: string) => createHash('md5').update(s).digest('hex');\nexport const avatar = (email: string) => `https://www.gravatar.com/avatar/${md5(email)}`;\nexport const etag = (body: string) => md5(body);" },
    { name: 'CommonJS sha256 for content addressing', code: "const crypto = require('crypto');\nmodule.exports = (buf) => crypto.createHash('sha256').update(buf).digest('hex');", ...commonjs },
  ],
  invalid: [
    {
      name: 'jwt verify without algorithms on jsonwebtoken 8, CommonJS',
      filename: join(projects, 'v8', 'src', 'auth.cjs'),
      code: "const jwt = require('jsonwebtoken');\nmodule.exports = (token, secret) => jwt.verify(token, secret);",
      ...commonjs,
      errors: [{ messageId: 'jwtVerifyWithoutAlgorithms', data: { range: '^8.5.1' }, line: 2, column: 37, suggestions: null }],
    },
    {
      name: 'createCipher (no IV, MD5 KDF)',
      code: "import crypto from 'crypto';\nconst cipher = crypto.createCipher('aes-256-cbc', process.env.KEY!);",
      errors: [{ messageId: 'createCipher', data: { name: 'createCipher' }, line: 2, column: 16, endColumn: 68, suggestions: null }],
    },
    {
      name: '3DES with a zero IV (no IV suggestion for 64-bit block ciphers)',
      code: "import { createCipheriv, randomBytes } from 'node:crypto';\nexport function encrypt(pan: string, key: Buffer) {\n  const c = createCipheriv('des-ede3-cbc', key, Buffer.alloc(8));\n  return c.update(pan, 'utf8', 'hex') + c.final('hex');\n}",
      errors: [
        { messageId: 'weakCipher', data: { algorithm: 'des-ede3-cbc' }, line: 3, column: 28, suggestions: null },
        { messageId: 'staticIv', line: 3, column: 49, suggestions: null },
      ],
    },
    {
      name: 'static IV constant with namespace import suggestion',
      code: "import * as crypto from 'crypto';\nconst IV = Buffer.from('0123456789abcdef');\nexport function enc(data: string, key: Buffer) {\n  const c = crypto.createCipheriv('aes-256-cbc', key, IV);\n  return c.update(data);\n}",
      errors: [{ messageId: 'staticIv', line: 4, column: 55, endColumn: 57, suggestions: [{ messageId: 'useRandomIv', data: { call: 'crypto.randomBytes(16)' }, output: "import * as crypto from 'crypto';\nconst IV = Buffer.from('0123456789abcdef');\nexport function enc(data: string, key: Buffer) {\n  const c = crypto.createCipheriv('aes-256-cbc', key, crypto.randomBytes(16));\n  return c.update(data);\n}" }] }],
    },
    {
      name: 'literal IV string',
      code: "import crypto from 'crypto';\nexport function encryptCard(pan: string, key: Buffer) {\n  const cipher = crypto.createCipheriv('aes-256-cbc', key, '0000000000000000');\n  return cipher.update(pan, 'utf8', 'hex') + cipher.final('hex');\n}",
      errors: [{ messageId: 'staticIv', line: 3, column: 60, endColumn: 78, suggestions: [{ messageId: 'useRandomIv', data: { call: 'crypto.randomBytes(16)' }, output: "import crypto from 'crypto';\nexport function encryptCard(pan: string, key: Buffer) {\n  const cipher = crypto.createCipheriv('aes-256-cbc', key, crypto.randomBytes(16));\n  return cipher.update(pan, 'utf8', 'hex') + cipher.final('hex');\n}" }] }],
    },
    {
      name: 'zero Uint8Array IV for GCM',
      code: "import crypto from 'crypto';\nconst ZERO_IV = new Uint8Array(12);\nconst c = crypto.createCipheriv('aes-256-gcm', key, ZERO_IV);",
      errors: [{ messageId: 'staticIv', line: 3, column: 53, suggestions: [{ messageId: 'useRandomIv', data: { call: 'crypto.randomBytes(12)' }, output: "import crypto from 'crypto';\nconst ZERO_IV = new Uint8Array(12);\nconst c = crypto.createCipheriv('aes-256-gcm', key, crypto.randomBytes(12));" }] }],
    },
    {
      name: 'module-level random IV reused in every call',
      code: "import crypto from 'crypto';\nconst iv = crypto.randomBytes(16);\nexport function enc(data: string, key: Buffer) {\n  return crypto.createCipheriv('aes-256-gcm', key, iv).update(data);\n}",
      errors: [{ messageId: 'reusedIv', data: { name: 'iv' }, line: 4, column: 52, suggestions: [{ messageId: 'useRandomIv', data: { call: 'crypto.randomBytes(12)' }, output: "import crypto from 'crypto';\nconst iv = crypto.randomBytes(16);\nexport function enc(data: string, key: Buffer) {\n  return crypto.createCipheriv('aes-256-gcm', key, crypto.randomBytes(12)).update(data);\n}" }] }],
    },
    {
      name: 'WebCrypto AES-GCM with a zero IV',
      code: "const key = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, k, data);",
      errors: [{ messageId: 'staticIv', line: 1, column: 64, suggestions: null }],
    },
    {
      name: 'ECB mode',
      code: "import crypto from 'crypto';\nconst c = crypto.createCipheriv('aes-128-ecb', key, null);",
      errors: [{ messageId: 'ecbMode', data: { algorithm: 'aes-128-ecb' }, line: 2, column: 33, suggestions: null }],
    },
    {
      name: 'Blowfish and RC4',
      code: "import crypto from 'crypto';\nconst c = crypto.createCipheriv('bf-cbc', key, iv);\nconst r = crypto.createCipheriv('rc4', key, '');",
      errors: [
        { messageId: 'weakCipher', data: { algorithm: 'bf-cbc' }, line: 2, column: 33, suggestions: null },
        { messageId: 'weakCipher', data: { algorithm: 'rc4' }, line: 3, column: 33, suggestions: null },
      ],
    },
    {
      name: 'GCM decipher without setAuthTag',
      code: "import crypto from 'crypto';\nexport function dec(data: Buffer, key: Buffer, iv: Buffer) {\n  const d = crypto.createDecipheriv('aes-256-gcm', key, iv);\n  return Buffer.concat([d.update(data), d.final()]);\n}",
      errors: [{ messageId: 'missingAuthTag', data: { algorithm: 'aes-256-gcm' }, line: 3, column: 13, suggestions: null }],
    },
    {
      name: 'GCM decipher chained straight into update',
      code: "import crypto from 'crypto';\nconst plain = crypto.createDecipheriv('aes-256-gcm', key, iv).update(data);",
      errors: [{ messageId: 'missingAuthTag', line: 2, column: 15, suggestions: null }],
    },
    {
      name: 'aes-128 when AES-256 is required',
      code: "import crypto from 'crypto';\nconst c = crypto.createCipheriv('aes-128-gcm', key, crypto.randomBytes(12));",
      options: [{ requireAes256: true }],
      errors: [{ messageId: 'shortAes', data: { algorithm: 'aes-128-gcm' }, line: 2, column: 33, suggestions: null }],
    },
    {
      name: 'sha256 password hash',
      code: "import crypto from 'crypto';\nexport function hashPassword(password: string) {\n  return crypto.createHash('sha256').update(password).digest('hex');\n}",
      errors: [{ messageId: 'fastPasswordHash', data: { algorithm: 'SHA-256' }, line: 3, column: 28, suggestions: null }],
    },
    {
      name: 'md5 password hash through require in TS',
      code: "const crypto = require('crypto');\nconst key = crypto.createHash('md5').update(password).digest();",
      errors: [{ messageId: 'fastPasswordHash', data: { algorithm: 'MD5' }, line: 2, column: 31, suggestions: null }],
    },
    {
      name: 'sha512 password hash through a hash variable in a class method',
      code: "import { createHash } from 'crypto';\nexport class Users { hash(password: string) { const h = createHash('sha512'); h.update(password); return h.digest('hex'); } }",
      errors: [{ messageId: 'fastPasswordHash', data: { algorithm: 'SHA-512' }, line: 2, column: 68, suggestions: null }],
    },
    {
      name: 'md5 package on a password',
      code: "import md5 from 'md5';\nconst h = md5(password);",
      errors: [{ messageId: 'fastPasswordHash', data: { algorithm: 'MD5' }, line: 2, column: 11, suggestions: null }],
    },
    {
      name: 'WebCrypto SHA-1 of a password',
      code: "const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(password));",
      errors: [{ messageId: 'fastPasswordHash', data: { algorithm: 'SHA-1' }, line: 1, column: 43, suggestions: null }],
    },
    {
      name: 'unkeyed sha1 of a card number (import equals)',
      code: "import crypto = require('crypto');\nexport function hashCard(cardNumber: string): string {\n  return crypto.createHash('sha1').update(cardNumber).digest('hex');\n}",
      errors: [{ messageId: 'unkeyedPanHash', data: { algorithm: 'SHA-1' }, line: 3, column: 28, suggestions: null }],
    },
    {
      name: 'unkeyed sha256 of card.number',
      code: "import crypto from 'crypto';\nconst cardHash = crypto.createHash('sha256').update(card.number).digest('hex');",
      errors: [{ messageId: 'unkeyedPanHash', data: { algorithm: 'SHA-256' }, line: 2, column: 36, suggestions: null }],
    },
    {
      name: 'forge md5 of a card number',
      code: "import forge from 'node-forge';\nconst md = forge.md.md5.create();\nmd.update(cardNumber);\nconst fp = md.digest().toHex();",
      errors: [{ messageId: 'unkeyedPanHash', data: { algorithm: 'MD5' }, line: 2, column: 12, suggestions: null }],
    },
    {
      name: 'md5 merchant signature',
      code: "import crypto from 'crypto';\nexport function sign(params: string, apiKey: string) {\n  const sign = crypto.createHash('md5').update(params + '&key=' + apiKey).digest('hex').toUpperCase();\n  return sign;\n}",
      errors: [{ messageId: 'weakHash', data: { algorithm: 'MD5', purpose: 'secrets, tokens and signatures' }, line: 3, column: 34, suggestions: [{ messageId: 'useSha256', output: "import crypto from 'crypto';\nexport function sign(params: string, apiKey: string) {\n  const sign = crypto.createHash('sha256').update(params + '&key=' + apiKey).digest('hex').toUpperCase();\n  return sign;\n}" }] }],
    },
    {
      name: 'md5 digest compared to a request value',
      code: "import { createHash } from 'crypto';\nexport function verifyCallback(req: any) {\n  const expected = createHash('md5').update(req.body.orderId + ':' + req.body.amount).digest('hex');\n  if (expected !== req.body.checkValue) throw new Error('bad');\n}",
      errors: [{ messageId: 'weakHash', data: { algorithm: 'MD5', purpose: 'secrets, tokens and signatures' }, line: 3, column: 31, suggestions: [{ messageId: 'useSha256', output: "import { createHash } from 'crypto';\nexport function verifyCallback(req: any) {\n  const expected = createHash('sha256').update(req.body.orderId + ':' + req.body.amount).digest('hex');\n  if (expected !== req.body.checkValue) throw new Error('bad');\n}" }] }],
    },
    {
      name: 'sha1 of a session token',
      code: "import { createHash } from 'node:crypto';\nconst tokenDigest = createHash('sha1').update(sessionToken).digest('hex');",
      errors: [{ messageId: 'weakHash', data: { algorithm: 'SHA-1', purpose: 'secrets, tokens and signatures' }, line: 2, column: 32, suggestions: [{ messageId: 'useSha256', output: "import { createHash } from 'node:crypto';\nconst tokenDigest = createHash('sha256').update(sessionToken).digest('hex');" }] }],
    },
    {
      name: 'HMAC-MD5',
      code: "import crypto from 'crypto';\nconst h = crypto.createHmac('md5', secret).update(payload).digest('hex');",
      errors: [{ messageId: 'weakHash', data: { algorithm: 'MD5', purpose: 'message authentication and signatures' }, line: 2, column: 29, suggestions: [{ messageId: 'useSha256', output: "import crypto from 'crypto';\nconst h = crypto.createHmac('sha256', secret).update(payload).digest('hex');" }] }],
    },
    {
      name: 'HMAC-SHA1 when not allowed',
      code: "import crypto from 'crypto';\nconst hmac = crypto.createHmac('sha1', secret).update(payload).digest('base64');",
      options: [{ allowHmacSha1: false }],
      errors: [{ messageId: 'weakHash', data: { algorithm: 'SHA-1', purpose: 'message authentication and signatures' }, line: 2, column: 32, suggestions: [{ messageId: 'useSha256', output: "import crypto from 'crypto';\nconst hmac = crypto.createHmac('sha256', secret).update(payload).digest('base64');" }] }],
    },
    {
      name: 'RSA-SHA1 signing',
      code: "import crypto from 'crypto';\nconst s = crypto.createSign('RSA-SHA1');",
      errors: [{ messageId: 'weakHash', data: { algorithm: 'SHA-1', purpose: 'message authentication and signatures' }, line: 2, column: 29, suggestions: [{ messageId: 'useSha256', output: "import crypto from 'crypto';\nconst s = crypto.createSign('sha256');" }] }],
    },
    {
      name: 'md5 ETag reported with hashContext always',
      code: "import { createHash } from 'crypto';\nexport const etag = (body: string) => createHash('md5').update(body).digest('hex');",
      options: [{ hashContext: 'always' }],
      errors: [{ messageId: 'weakHash', data: { algorithm: 'MD5', purpose: 'security uses' }, line: 2, column: 50, suggestions: [{ messageId: 'useSha256', output: "import { createHash } from 'crypto';\nexport const etag = (body: string) => createHash('sha256').update(body).digest('hex');" }] }],
    },
    {
      name: 'pbkdf2 with low iterations and sha1: one finding naming both',
      code: "import crypto from 'crypto';\nconst key = crypto.pbkdf2Sync(password, salt, 1000, 32, 'sha1');",
      errors: [{ messageId: 'weakPbkdf2', data: { iterations: 1000, floor: 100000, digest: 'SHA-1' }, line: 2, column: 13, suggestions: null }],
    },
    {
      name: 'pbkdf2 with enough iterations but sha1',
      code: "import crypto from 'crypto';\nconst key = crypto.pbkdf2Sync(password, salt, 600000, 32, 'sha1');",
      errors: [{ messageId: 'weakKdfDigest', data: { digest: 'SHA-1' }, line: 2, column: 59, suggestions: null }],
    },
    {
      name: 'pbkdf2 with sha512 but low iterations',
      code: "import crypto from 'crypto';\nconst key = crypto.pbkdf2Sync(password, salt, 1000, 64, 'sha512');",
      errors: [{ messageId: 'lowIterations', data: { iterations: 1000, floor: 100000 }, line: 2, column: 47, suggestions: null }],
    },
    {
      name: 'pbkdf2 custom floor',
      code: "import { pbkdf2 } from 'crypto';\npbkdf2(password, salt, 310000, 32, 'sha256', cb);",
      options: [{ kdfFloors: { pbkdf2Iterations: 600000 } }],
      errors: [{ messageId: 'lowIterations', data: { iterations: 310000, floor: 600000 }, line: 2, column: 24, suggestions: null }],
    },
    {
      name: 'WebCrypto PBKDF2 with low iterations and SHA-1',
      code: "const { subtle } = globalThis.crypto;\nconst bits = await subtle.deriveBits({ name: 'PBKDF2', salt, iterations: 10000, hash: 'SHA-1' }, baseKey, 256);",
      errors: [{ messageId: 'weakPbkdf2', data: { iterations: 10000, floor: 100000, digest: 'SHA-1' }, line: 2, column: 20, suggestions: null }],
    },
    {
      name: 'crypto-js PBKDF2 with low iterations and HmacMD5',
      code: "import CryptoJS from 'crypto-js';\nconst key = CryptoJS.PBKDF2(password, salt, { keySize: 8, iterations: 1000 });\nconst t = CryptoJS.HmacMD5(message, secret);",
      errors: [
        { messageId: 'lowIterations', data: { iterations: 1000, floor: 100000 }, line: 2, column: 59, suggestions: null },
        { messageId: 'weakHash', data: { algorithm: 'MD5', purpose: 'message authentication and signatures' }, line: 3, column: 11, suggestions: null },
      ],
    },
    {
      name: 'scrypt with low N',
      code: "import crypto from 'crypto';\nconst key = crypto.scryptSync(password, salt, 64, { N: 1024 });",
      errors: [{ messageId: 'lowScryptCost', data: { cost: 1024, floor: 16384 }, line: 2, column: 53, suggestions: null }],
    },
    {
      name: 'scrypt defaults below a raised floor',
      code: "import crypto from 'crypto';\nconst key = crypto.scryptSync(password, salt, 64);",
      options: [{ kdfFloors: { scryptCost: 131072 } }],
      errors: [{ messageId: 'lowScryptCost', data: { cost: 16384, floor: 131072 }, line: 2, column: 13, suggestions: null }],
    },
    {
      name: 'scrypt-js with low N',
      code: "import { scrypt } from 'scrypt-js';\nconst k = await scrypt(pw, salt, 1024, 8, 1, 32);",
      errors: [{ messageId: 'lowScryptCost', data: { cost: 1024, floor: 16384 }, line: 2, column: 34, suggestions: null }],
    },
    {
      name: 'bcrypt cost 8 with suggestion',
      code: "import bcrypt from 'bcrypt';\nconst hash = await bcrypt.hash(password, 8);",
      errors: [{ messageId: 'lowBcryptCost', data: { rounds: 8, floor: 10 }, line: 2, column: 42, suggestions: [{ messageId: 'raiseBcryptCost', output: "import bcrypt from 'bcrypt';\nconst hash = await bcrypt.hash(password, 12);" }] }],
    },
    {
      name: 'bcryptjs genSaltSync through a constant (no suggestion)',
      code: "const bcrypt = require('bcryptjs');\nconst ROUNDS = 6;\nconst salt = bcrypt.genSaltSync(ROUNDS);",
      ...commonjs,
      errors: [{ messageId: 'lowBcryptCost', data: { rounds: 6, floor: 10 }, line: 3, column: 33, suggestions: null }],
    },
    {
      name: 'argon2 low memory and time',
      code: "import argon2 from 'argon2';\nconst h = await argon2.hash(password, { memoryCost: 4096, timeCost: 1 });",
      errors: [
        { messageId: 'lowArgon2Cost', data: { parameter: 'memoryCost', value: 4096, floor: 19456 }, line: 2, column: 41, suggestions: null },
        { messageId: 'lowArgon2Cost', data: { parameter: 'timeCost', value: 1, floor: 2 }, line: 2, column: 59, suggestions: null },
      ],
    },
    {
      name: 'RSA 1024 and weak curve',
      code: "import { generateKeyPairSync } from 'crypto';\nconst { publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });\nconst ec = generateKeyPairSync('ec', { namedCurve: 'secp192k1' });",
      errors: [
        { messageId: 'smallKey', data: RSA_1024, line: 2, column: 52, suggestions: null },
        { messageId: 'weakCurve', data: { curve: 'secp192k1' }, line: 3, column: 40, suggestions: null },
      ],
    },
    {
      name: 'DSA divisor and short HMAC key',
      code: "import crypto from 'crypto';\ncrypto.generateKeyPair('dsa', { modulusLength: 2048, divisorLength: 160 }, cb);\nconst k = crypto.generateKeySync('hmac', { length: 64 });",
      errors: [
        { messageId: 'smallKey', data: { bits: 160, what: 'DSA divisor', floor: 224 }, line: 2, column: 54, suggestions: null },
        { messageId: 'smallKey', data: { bits: 64, what: 'HMAC key', floor: 128 }, line: 3, column: 44, suggestions: null },
      ],
    },
    {
      name: 'jose RSA 1024',
      code: "import { generateKeyPair } from 'jose';\nconst { privateKey } = await generateKeyPair('RS256', { modulusLength: 1024 });",
      errors: [{ messageId: 'smallKey', data: RSA_1024, line: 2, column: 57, suggestions: null }],
    },
    {
      name: 'forge RSA 1024',
      code: "import forge from 'node-forge';\nconst keys = forge.pki.rsa.generateKeyPair({ bits: 1024 });",
      errors: [{ messageId: 'smallKey', data: RSA_1024, line: 2, column: 46, suggestions: null }],
    },
    {
      name: 'forge DES-ECB cipher',
      code: "import forge from 'node-forge';\nconst c = forge.cipher.createCipher('3DES-ECB', key);",
      errors: [{ messageId: 'weakCipher', data: { algorithm: '3DES-ECB' }, line: 2, column: 37, suggestions: null }],
    },
    {
      name: 'jwt algorithm none, verify without algorithms (jsonwebtoken 8)',
      filename: inProject('v8'),
      code: "import jwt from 'jsonwebtoken';\njwt.sign(payload, '', { algorithm: 'none' });\nconst d = jwt.verify(token, publicKey);",
      errors: [
        { messageId: 'jwtNone', line: 2, column: 25, suggestions: null },
        { messageId: 'jwtVerifyWithoutAlgorithms', data: { range: '^8.5.1' }, line: 3, column: 11, suggestions: null },
      ],
    },
    {
      name: 'jwt verify with callback, and algorithms containing none (jsonwebtoken 8)',
      filename: inProject('v8'),
      code: "import jwt from 'jsonwebtoken';\njwt.verify(token, secret, (err, decoded) => {});\njwt.verify(token, secret, { algorithms: ['HS256', 'none'] });",
      errors: [
        { messageId: 'jwtVerifyWithoutAlgorithms', data: { range: '^8.5.1' }, line: 2, column: 1, suggestions: null },
        { messageId: 'jwtNone', line: 3, column: 29, suggestions: null },
      ],
    },
    {
      name: 'jose UnsecuredJWT',
      code: "import { UnsecuredJWT } from 'jose';\nconst jwt = new UnsecuredJWT({ sub: 'x' }).encode();",
      errors: [{ messageId: 'jwtNone', line: 2, column: 13, suggestions: null }],
    },
    {
      name: 'crypto-js passphrase, TripleDES, ECB, MD5 password',
      code: "import CryptoJS from 'crypto-js';\nconst enc = CryptoJS.AES.encrypt(JSON.stringify(card), 'my-secret-passphrase').toString();\nconst e2 = CryptoJS.TripleDES.encrypt(data, key);\nconst e3 = CryptoJS.AES.encrypt(data, k, { mode: CryptoJS.mode.ECB });\nconst s = CryptoJS.MD5(password).toString();",
      errors: [
        { messageId: 'cryptoJsPassphrase', line: 2, column: 56, suggestions: null },
        { messageId: 'weakCipher', data: { algorithm: 'CryptoJS.TripleDES' }, line: 3, column: 12, suggestions: null },
        { messageId: 'ecbMode', data: { algorithm: 'CryptoJS.mode.ECB' }, line: 4, column: 50, suggestions: null },
        { messageId: 'fastPasswordHash', data: { algorithm: 'MD5' }, line: 5, column: 11, suggestions: null },
      ],
    },
    {
      name: 'crypto-js decrypt with a literal passphrase in TSX',
      filename: 'wallet.tsx',
      code: "import CryptoJS from 'crypto-js';\nexport const Card = ({ blob }: { blob: string }) => <span>{CryptoJS.AES.decrypt(blob, 'card-vault').toString(CryptoJS.enc.Utf8)}</span>;",
      errors: [{ messageId: 'cryptoJsPassphrase', line: 2, column: 87, suggestions: null }],
    },
    {
      name: 'crypto-js subpath modules with an env passphrase',
      code: "import AES from 'crypto-js/aes';\nimport TripleDES from 'crypto-js/tripledes';\nconst a = AES.encrypt(cardNumber, process.env.SECRET);\nconst b = TripleDES.encrypt(cardNumber, key);",
      errors: [
        { messageId: 'cryptoJsPassphrase', line: 3, column: 35, suggestions: null },
        { messageId: 'weakCipher', data: { algorithm: 'CryptoJS.TripleDES' }, line: 4, column: 11, suggestions: null },
      ],
    },
    {
      name: 'md5 helper called with a password',
      code: "import crypto from 'crypto';\nfunction md5(str) {\n  const hash = crypto.createHash('md5');\n  hash.update(str);\n  return hash.digest('hex');\n}\nexport class UserService {\n  async register(user) {\n    return this.repo.save({ username: user.username, password: md5(user.password) });\n  }\n}",
      errors: [{ messageId: 'fastPasswordHash', data: { algorithm: 'MD5' }, line: 3, column: 34, suggestions: null }],
    },
    {
      name: 'md5 helper producing a merchant signature',
      code: "import { createHash } from 'crypto';\nconst md5 = (s: string) => createHash('md5').update(s).digest('hex');\nexport function sign(params: Record<string, string>, key: string) {\n  const str = Object.keys(params).sort().map((k) => `${k}=${params[k]}`).join('&');\n  return md5(`${str}&key=${key}`).toUpperCase();\n}",
      errors: [{ messageId: 'weakHash', data: { algorithm: 'MD5', purpose: 'secrets, tokens and signatures' }, line: 2, column: 39, suggestions: [{ messageId: 'useSha256', output: "import { createHash } from 'crypto';\nconst md5 = (s: string) => createHash('sha256').update(s).digest('hex');\nexport function sign(params: Record<string, string>, key: string) {\n  const str = Object.keys(params).sort().map((k) => `${k}=${params[k]}`).join('&');\n  return md5(`${str}&key=${key}`).toUpperCase();\n}" }] }],
    },
    {
      name: 'gateway kit: md5 of the working key as AES key, fixed IV',
      code: "const crypto = require('crypto');\nexports.encrypt = function (plainText, workingKey) {\n  const m = crypto.createHash('md5');\n  m.update(workingKey);\n  const key = m.digest();\n  const iv = '\\x00\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08\\x09\\x0a\\x0b\\x0c\\x0d\\x0e\\x0f';\n  const cipher = crypto.createCipheriv('aes-128-cbc', key, iv);\n  return cipher.update(plainText, 'utf8', 'hex') + cipher.final('hex');\n};",
      ...commonjs,
      errors: [
        { messageId: 'weakHash', data: { algorithm: 'MD5', purpose: 'secrets, tokens and signatures' }, line: 3, column: 31, suggestions: [{ messageId: 'useSha256', output: "const crypto = require('crypto');\nexports.encrypt = function (plainText, workingKey) {\n  const m = crypto.createHash('sha256');\n  m.update(workingKey);\n  const key = m.digest();\n  const iv = '\\x00\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08\\x09\\x0a\\x0b\\x0c\\x0d\\x0e\\x0f';\n  const cipher = crypto.createCipheriv('aes-128-cbc', key, iv);\n  return cipher.update(plainText, 'utf8', 'hex') + cipher.final('hex');\n};" }] },
        { messageId: 'staticIv', line: 7, column: 60, suggestions: [{ messageId: 'useRandomIv', data: { call: 'crypto.randomBytes(16)' }, output: "const crypto = require('crypto');\nexports.encrypt = function (plainText, workingKey) {\n  const m = crypto.createHash('md5');\n  m.update(workingKey);\n  const key = m.digest();\n  const iv = '\\x00\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08\\x09\\x0a\\x0b\\x0c\\x0d\\x0e\\x0f';\n  const cipher = crypto.createCipheriv('aes-128-cbc', key, crypto.randomBytes(16));\n  return cipher.update(plainText, 'utf8', 'hex') + cipher.final('hex');\n};" }] },
      ],
    },
    {
      name: 'CommonJS createDecipher',
      code: "const { createDecipher } = require('node:crypto');\nmodule.exports = (data, password) => createDecipher('aes192', password).update(data, 'hex', 'utf8');",
      ...commonjs,
      errors: [{ messageId: 'createCipher', data: { name: 'createDecipher' }, line: 2, column: 38, suggestions: null }],
    },
  ],
});
