/**
 * Weak cryptography in one file, for no-weak-crypto: every crypto operation of `CRYPTO_APIS` (Node `crypto`,
 * WebCrypto, crypto-js, node-forge, bcrypt, argon2, scrypt-js, jsonwebtoken, jose) judged against the algorithm
 * facts of src/catalog/crypto.ts. Yields typed findings `{ node, kind, data, replacement }`; the rule only words
 * them. Unknown algorithms, sizes and work factors yield nothing.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { getStaticKeyName, isFunction, skipWrappers } from '../ast/ast.js';
import {
  CRYPTO_APIS,
  DEFAULT_KDF_FLOORS,
  MIN_DSA_DIVISOR_BITS,
  MIN_RSA_BITS,
  MIN_SYMMETRIC_BITS,
  NODE_SCRYPT_DEFAULT_N,
  classifyCipher,
  isShortAes,
  isWeakCurve,
  isWeakHashAlgorithm,
  type CryptoApi,
} from '../catalog/crypto.js';
import { NODE_CRYPTO_MODULES, moduleMemberText } from '../modules/module-bindings.js';
import { argumentsOf, findApiReferences, type ApiReference } from '../modules/module-references.js';
import { declaredRange, minimumMajor } from '../modules/package-versions.js';
import { findProperty, listProperties, resolveObject } from '../values/object-options.js';
import { resolveExpression, staticNumber, staticPrefix, staticString, staticValue } from '../values/static-values.js';
import { isConstantBytes, moduleLevelIv, setsAuthTag } from './cipher-usage.js';
import { displayAlgorithm, followHashObject, judgeHash, type HashSite } from './hash-uses.js';

export type WeakCryptoKind =
  | 'createCipher'
  | 'weakCipher'
  | 'ecbMode'
  | 'shortAes'
  | 'staticIv'
  | 'reusedIv'
  | 'missingAuthTag'
  | 'cryptoJsPassphrase'
  | 'weakHash'
  | 'fastPasswordHash'
  | 'unkeyedPanHash'
  | 'weakKdfDigest'
  | 'weakPbkdf2'
  | 'lowIterations'
  | 'lowBcryptCost'
  | 'lowScryptCost'
  | 'lowArgon2Cost'
  | 'smallKey'
  | 'weakCurve'
  | 'jwtNone'
  | 'jwtVerifyWithoutAlgorithms';

/** A safe rewrite: replace `node` with `text` (`'sha256'`, `crypto.randomBytes(12)`, a bcrypt cost of 12). */
export interface WeakCryptoReplacement {
  readonly kind: 'useSha256' | 'useRandomIv' | 'raiseBcryptCost';
  readonly node: TSESTree.Node;
  readonly text: string;
  readonly data?: Readonly<Record<string, string>>;
}

export interface WeakCryptoFinding {
  readonly node: TSESTree.Node;
  readonly kind: WeakCryptoKind;
  /** Message data: the algorithm, size, floor, … at fault. */
  readonly data: Readonly<Record<string, string | number>>;
  readonly replacement: WeakCryptoReplacement | null;
}

export type KdfFloors = { readonly [K in keyof typeof DEFAULT_KDF_FLOORS]: number };

export interface WeakCryptoOptions {
  readonly hashContext?: 'security' | 'always';
  readonly allowHmacSha1?: boolean;
  readonly requireAes256?: boolean;
  readonly floors?: Partial<KdfFloors>;
  /**
   * Where the linted file lives, to read the jsonwebtoken range its package.json declares: `verify()` without
   * `algorithms` is reported only when that range allows a version before 9. Null skips that check.
   */
  readonly project?: { readonly filename: string; readonly cwd: string } | null;
}

type Reference = ApiReference<CryptoApi>;

/** Every weak use of cryptography in the file, at most one finding per node, in catalog-reference order. */
export function findWeakCrypto(sourceCode: Readonly<SourceCode>, options: WeakCryptoOptions = {}): WeakCryptoFinding[] {
  const floors: KdfFloors = { ...DEFAULT_KDF_FLOORS, ...options.floors };
  const hashOptions = { hashContext: options.hashContext ?? 'security', allowHmacSha1: options.allowHmacSha1 !== false };
  const findings: WeakCryptoFinding[] = [];
  const reported = new Set<TSESTree.Node>();

  const report = (
    node: TSESTree.Node,
    kind: WeakCryptoKind,
    data: Record<string, string | number> = {},
    replacement: WeakCryptoReplacement | null = null,
  ): void => {
    if (reported.has(node)) return;
    reported.add(node);
    findings.push({ node, kind, data, replacement });
  };
  const number = (node: TSESTree.Node | null | undefined): number | null => (node ? staticNumber(sourceCode, node) : null);
  const string = (node: TSESTree.Node | null | undefined): string | null => (node ? staticString(sourceCode, node) : null);
  /** `options.<key>` with a known number below `floor`: the property and the value. */
  const below = (optionsNode: TSESTree.Node | undefined, key: string, floor: number) => {
    const found = optionsNode ? findProperty(sourceCode, optionsNode, key) : null;
    const value = number(found?.value);
    return found && value !== null && value < floor ? { node: found.property, value } : null;
  };

  // ---- ciphers ------------------------------------------------------------------------------------

  function checkCipherName(algorithmNode: TSESTree.Node, algorithm: string, requireAes256: boolean): void {
    const verdict = classifyCipher(algorithm);
    if (verdict.weakness === 'algorithm') report(algorithmNode, 'weakCipher', { algorithm });
    else if (verdict.weakness === 'ecb') report(algorithmNode, 'ecbMode', { algorithm });
    else if (requireAes256 && isShortAes(algorithm)) report(algorithmNode, 'shortAes', { algorithm });
  }

  function checkCipheriv(reference: Reference, decipher: boolean): void {
    const [algorithmNode, , iv] = argumentsOf(reference);
    const algorithm = string(algorithmNode);
    if (!algorithmNode || algorithm === null) return;
    checkCipherName(algorithmNode, algorithm, options.requireAes256 === true);
    const verdict = classifyCipher(algorithm);
    if (verdict.ivLength !== null && iv && iv.type !== 'SpreadElement') {
      // Only suggest a replacement IV whose length is certainly right (AES / ChaCha20), and only when encrypting.
      const length = !decipher && /^(?:id-)?aes|^chacha20/i.test(algorithm) ? verdict.ivLength : null;
      const randomBytes = length === null ? null : moduleMemberText(sourceCode, NODE_CRYPTO_MODULES, 'randomBytes');
      const text = randomBytes === null ? null : `${randomBytes}(${length})`;
      const replacement: WeakCryptoReplacement | null = text === null ? null : { kind: 'useRandomIv', node: iv, text, data: { call: text } };
      if (isConstantBytes(sourceCode, iv)) report(iv, 'staticIv', {}, replacement);
      else if (!decipher) {
        const name = moduleLevelIv(sourceCode, iv, reference.node);
        if (name !== null) report(iv, 'reusedIv', { name }, replacement);
      }
    }
    if (decipher && verdict.aead && setsAuthTag(sourceCode, reference.node) === false) {
      report(reference.node, 'missingAuthTag', { algorithm });
    }
  }

  function checkSubtleEncrypt(algorithm: TSESTree.Node): void {
    const name = string(findProperty(sourceCode, algorithm, 'name')?.value)?.toUpperCase();
    if (name !== 'AES-GCM' && name !== 'AES-CBC') return;
    const iv = findProperty(sourceCode, algorithm, 'iv');
    if (iv && isConstantBytes(sourceCode, iv.value)) report(iv.value, 'staticIv');
  }

  /** A string CryptoJS key (a passphrase): a known string prefix, a template, or `process.env.X` itself. */
  function isStringKey(node: TSESTree.Node): boolean {
    if (staticPrefix(sourceCode, node)) return true;
    const inner = skipWrappers(resolveExpression(sourceCode, node));
    if (inner.type === 'TemplateLiteral') return true;
    if (inner.type !== 'MemberExpression' || inner.object.type !== 'MemberExpression') return false;
    const { object } = inner;
    return object.object.type === 'Identifier' && object.object.name === 'process' && getStaticKeyName(object.property, object.computed) === 'env';
  }

  // ---- hashes -------------------------------------------------------------------------------------

  function checkHash(site: HashSite): void {
    const verdict = judgeHash(sourceCode, site, hashOptions);
    if (verdict === null) return;
    if (verdict.kind !== 'weakHash') {
      report(site.node, verdict.kind, { algorithm: site.algorithm });
      return;
    }
    const literal = site.algorithmLiteral;
    report(site.node, 'weakHash', { algorithm: site.algorithm, purpose: verdict.purpose }, literal ? { kind: 'useSha256', node: literal, text: "'sha256'" } : null);
  }

  function hashSite(node: TSESTree.Node, algorithm: string, rest: Omit<HashSite, 'node' | 'algorithm' | 'weak'>): HashSite {
    return { node, algorithm: displayAlgorithm(algorithm), weak: isWeakHashAlgorithm(algorithm), ...rest };
  }

  function nodeHashSite(reference: Reference, data: Extract<CryptoApi, { api: 'hash' | 'hmac' | 'sign' }>): HashSite | null {
    const args = argumentsOf(reference);
    const algorithmNode = args[0];
    const algorithm = string(algorithmNode);
    if (!algorithmNode || algorithm === null) return null;
    const oneShot = data.api === 'hash' && data.oneShot;
    const flow = oneShot ? { inputs: args[1] ? [args[1]] : [], outputs: [reference.node] } : followHashObject(sourceCode, reference.node);
    const literal = skipWrappers(algorithmNode);
    return hashSite(algorithmNode, algorithm, {
      keyed: data.api === 'hmac',
      ...flow,
      algorithmLiteral: literal.type === 'Literal' && typeof literal.value === 'string' ? literal : null,
      inherentlySecure: data.api !== 'hash',
    });
  }

  // ---- key derivation and keys --------------------------------------------------------------------

  /** One finding per PBKDF2 call: both weaknesses in one message on the call, or the one weak argument. */
  function reportPbkdf2(
    call: TSESTree.Node,
    low: { readonly node: TSESTree.Node; readonly value: number } | null,
    weak: { readonly node: TSESTree.Node; readonly digest: string } | null,
  ): void {
    const floor = floors.pbkdf2Iterations;
    if (low && weak) report(call, 'weakPbkdf2', { iterations: low.value, floor, digest: displayAlgorithm(weak.digest) });
    else if (low) report(low.node, 'lowIterations', { iterations: low.value, floor });
    else if (weak) report(weak.node, 'weakKdfDigest', { digest: displayAlgorithm(weak.digest) });
  }

  function weakDigest(node: TSESTree.Node | undefined, digest: string | null) {
    return node && digest !== null && isWeakHashAlgorithm(digest) ? { node, digest } : null;
  }

  function checkPbkdf2(reference: Reference, library: 'node' | 'forge'): void {
    const args = argumentsOf(reference);
    const iterationsNode = args[2];
    const iterations = number(iterationsNode);
    const low = iterationsNode && iterations !== null && iterations < floors.pbkdf2Iterations ? { node: iterationsNode, value: iterations } : null;
    const digestNode = library === 'node' ? args[4] : undefined;
    reportPbkdf2(reference.node, low, weakDigest(digestNode, string(digestNode)));
  }

  function checkScrypt(reference: Reference): void {
    const optionsNode = argumentsOf(reference)[3];
    let cost: number | null = NODE_SCRYPT_DEFAULT_N;
    let at: TSESTree.Node = reference.node;
    if (optionsNode && optionsNode.type !== 'SpreadElement' && !isFunction(skipWrappers(optionsNode))) {
      if (!resolveObject(sourceCode, optionsNode)) return;
      const found = findProperty(sourceCode, optionsNode, 'N') ?? findProperty(sourceCode, optionsNode, 'cost');
      if (found) {
        cost = number(found.value);
        at = found.property;
      } else if (listProperties(sourceCode, optionsNode).unknownSpread) {
        return;
      }
    }
    if (cost !== null && cost < floors.scryptCost) report(at, 'lowScryptCost', { cost, floor: floors.scryptCost });
  }

  function checkKeyPair(reference: Reference): void {
    const [typeNode, optionsNode] = argumentsOf(reference);
    const type = string(typeNode)?.toLowerCase();
    if (type === undefined || !optionsNode) return;
    const isRsa = type === 'rsa' || type === 'rsa-pss' || /^(?:rs|ps)\d+$/.test(type) || type.startsWith('rsa-oaep');
    if (isRsa || type === 'dsa' || type === 'dh') {
      const small = below(optionsNode, type === 'dh' ? 'primeLength' : 'modulusLength', MIN_RSA_BITS);
      const what = type === 'dh' ? 'Diffie-Hellman prime' : type.startsWith('d') ? 'DSA key' : 'RSA key';
      if (small) report(small.node, 'smallKey', { bits: small.value, what, floor: MIN_RSA_BITS });
    }
    if (type === 'dsa') {
      const small = below(optionsNode, 'divisorLength', MIN_DSA_DIVISOR_BITS);
      if (small) report(small.node, 'smallKey', { bits: small.value, what: 'DSA divisor', floor: MIN_DSA_DIVISOR_BITS });
    }
    if (type === 'ec') {
      const found = findProperty(sourceCode, optionsNode, 'namedCurve');
      const curve = string(found?.value);
      if (found && curve !== null && isWeakCurve(curve)) report(found.property, 'weakCurve', { curve });
    }
  }

  function checkSecretKey(reference: Reference): void {
    const [typeNode, optionsNode] = argumentsOf(reference);
    const type = string(typeNode);
    if (type !== 'aes' && type !== 'hmac') return;
    const small = below(optionsNode, 'length', MIN_SYMMETRIC_BITS);
    if (small) report(small.node, 'smallKey', { bits: small.value, what: type === 'aes' ? 'AES key' : 'HMAC key', floor: MIN_SYMMETRIC_BITS });
  }

  function checkForgeRsa(reference: Reference): void {
    const [first] = argumentsOf(reference);
    if (!first) return;
    const bits = number(first);
    const small = bits === null ? below(first, 'bits', MIN_RSA_BITS) : bits < MIN_RSA_BITS ? { node: first, value: bits } : null;
    if (small) report(small.node, 'smallKey', { bits: small.value, what: 'RSA key', floor: MIN_RSA_BITS });
  }

  function checkSubtle(reference: Reference, method: Extract<CryptoApi, { api: 'subtle' }>['method']): void {
    const [algorithm, second] = argumentsOf(reference);
    if (!algorithm || algorithm.type === 'SpreadElement') return;
    if (method === 'encrypt') {
      checkSubtleEncrypt(algorithm);
      return;
    }
    const name = string(algorithm) ?? string(findProperty(sourceCode, algorithm, 'name')?.value);
    if (name === null) return;
    if (method === 'digest') {
      const inputs = second ? [second] : [];
      checkHash(hashSite(algorithm, name, { keyed: false, inputs, outputs: [reference.node], algorithmLiteral: null, inherentlySecure: false }));
      return;
    }
    const upper = name.toUpperCase();
    if (method === 'generateKey' && upper.startsWith('RSA')) {
      const small = below(algorithm, 'modulusLength', MIN_RSA_BITS);
      if (small) report(small.node, 'smallKey', { bits: small.value, what: 'RSA key', floor: MIN_RSA_BITS });
    }
    if ((method === 'deriveBits' || method === 'deriveKey') && upper === 'PBKDF2') {
      const hash = findProperty(sourceCode, algorithm, 'hash');
      reportPbkdf2(
        reference.node,
        below(algorithm, 'iterations', floors.pbkdf2Iterations),
        weakDigest(hash?.property, string(hash?.value)),
      );
    }
  }

  // ---- password hashing libraries and JWT ---------------------------------------------------------

  function checkBcrypt(reference: Reference, roundsIndex: number): void {
    const roundsNode = argumentsOf(reference)[roundsIndex];
    if (!roundsNode || roundsNode.type === 'SpreadElement') return;
    const rounds = number(roundsNode);
    if (rounds === null || rounds >= floors.bcryptRounds) return;
    const literal = skipWrappers(roundsNode);
    const canRaise = literal.type === 'Literal' && floors.bcryptRounds <= 12;
    report(roundsNode, 'lowBcryptCost', { rounds, floor: floors.bcryptRounds }, canRaise ? { kind: 'raiseBcryptCost', node: literal, text: '12' } : null);
  }

  function checkArgon2(reference: Reference): void {
    const optionsNode = argumentsOf(reference)[1];
    for (const [parameter, floor] of [['memoryCost', floors.argon2MemoryKiB], ['timeCost', floors.argon2TimeCost]] as const) {
      const low = below(optionsNode, parameter, floor);
      if (low) report(low.node, 'lowArgon2Cost', { parameter, value: low.value, floor });
    }
  }

  function checkJwtSign(reference: Reference): void {
    const optionsNode = argumentsOf(reference)[2];
    if (!optionsNode || optionsNode.type === 'SpreadElement') return;
    const found = findProperty(sourceCode, optionsNode, 'algorithm');
    if (found && string(found.value)?.toLowerCase() === 'none') report(found.property, 'jwtNone');
  }

  /**
   * The declared jsonwebtoken range when it allows a version before 9, which lets the token header pick the
   * algorithm; 9 and later accept only the algorithms that fit the key and never `none`. Unknown: `null`.
   */
  function openJwtAlgorithmRange(): string | null {
    if (!options.project) return null;
    const range = declaredRange(options.project.filename, 'jsonwebtoken', options.project.cwd);
    const major = range === null ? null : minimumMajor(range);
    return major !== null && major < 9 ? range : null;
  }

  function checkJwtVerify(reference: Reference): void {
    const args = argumentsOf(reference);
    const optionsNode = args[2];
    if (args.length < 2 || args.some((argument) => argument.type === 'SpreadElement')) return;
    if (optionsNode && !isFunction(skipWrappers(optionsNode))) {
      if (!resolveObject(sourceCode, optionsNode)) return;
      const found = findProperty(sourceCode, optionsNode, 'algorithms');
      if (found) {
        const value = staticValue(sourceCode, found.value)?.value;
        if (Array.isArray(value) && value.some((item) => typeof item === 'string' && item.toLowerCase() === 'none')) {
          report(found.property, 'jwtNone');
        }
        return;
      }
      if (listProperties(sourceCode, optionsNode).unknownSpread) return;
    }
    const range = openJwtAlgorithmRange();
    if (range !== null) report(reference.node, 'jwtVerifyWithoutAlgorithms', { range });
  }

  // ---- dispatch -----------------------------------------------------------------------------------

  for (const reference of findApiReferences(sourceCode, CRYPTO_APIS)) {
    const data = reference.definition.data;
    switch (data.api) {
      case 'createCipher':
        report(reference.node, 'createCipher', { name: data.name });
        break;
      case 'cipheriv':
        checkCipheriv(reference, data.decipher);
        break;
      case 'hash':
      case 'hmac':
      case 'sign': {
        const site = nodeHashSite(reference, data);
        if (site) checkHash(site);
        break;
      }
      case 'pbkdf2':
        checkPbkdf2(reference, data.library);
        break;
      case 'scrypt':
        checkScrypt(reference);
        break;
      case 'scrypt-js': {
        const costNode = argumentsOf(reference)[2];
        const cost = number(costNode);
        if (costNode && cost !== null && cost < floors.scryptCost) report(costNode, 'lowScryptCost', { cost, floor: floors.scryptCost });
        break;
      }
      case 'keypair':
        checkKeyPair(reference);
        break;
      case 'secret-key':
        checkSecretKey(reference);
        break;
      case 'forge-rsa':
        checkForgeRsa(reference);
        break;
      case 'forge-cipher': {
        const [algorithmNode] = argumentsOf(reference);
        const algorithm = string(algorithmNode);
        if (algorithmNode && algorithm !== null) checkCipherName(algorithmNode, algorithm, false);
        break;
      }
      case 'forge-hash': {
        const flow = followHashObject(sourceCode, reference.node);
        checkHash(hashSite(reference.node, data.algorithm, { keyed: false, ...flow, algorithmLiteral: null, inherentlySecure: false }));
        break;
      }
      case 'subtle':
        checkSubtle(reference, data.method);
        break;
      case 'cryptojs-weak-cipher':
        report(reference.node, 'weakCipher', { algorithm: `CryptoJS.${data.algorithm}` });
        break;
      case 'cryptojs-aes': {
        const key = argumentsOf(reference)[1];
        if (key && key.type !== 'SpreadElement' && isStringKey(key)) report(key, 'cryptoJsPassphrase');
        break;
      }
      case 'cryptojs-hash': {
        const [input] = argumentsOf(reference);
        const inputs = input ? [input] : [];
        const { keyed } = data;
        checkHash(hashSite(reference.node, data.algorithm, { keyed, inputs, outputs: [reference.node], algorithmLiteral: null, inherentlySecure: keyed }));
        break;
      }
      case 'cryptojs-pbkdf2': {
        const low = below(argumentsOf(reference)[2], 'iterations', floors.pbkdf2Iterations);
        if (low) report(low.node, 'lowIterations', { iterations: low.value, floor: floors.pbkdf2Iterations });
        break;
      }
      case 'cryptojs-ecb':
        report(reference.node, 'ecbMode', { algorithm: 'CryptoJS.mode.ECB' });
        break;
      case 'bcrypt':
        checkBcrypt(reference, data.roundsIndex);
        break;
      case 'argon2':
        checkArgon2(reference);
        break;
      case 'jwt-sign':
        checkJwtSign(reference);
        break;
      case 'jwt-verify':
        checkJwtVerify(reference);
        break;
      case 'jose-unsecured':
        report(reference.node, 'jwtNone');
        break;
    }
  }
  return findings;
}
