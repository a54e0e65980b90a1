import type { TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '../src/ast/eslint-utils.js';
import type { RuleFix, RuleFixer } from '@typescript-eslint/utils/ts-eslint';
import {
  CRYPTO_APIS,
  DEFAULT_KDF_FLOORS,
  MIN_DSA_DIVISOR_BITS,
  MIN_RSA_BITS,
  MIN_SYMMETRIC_BITS,
  NODE_SCRYPT_DEFAULT_N,
  classifyCipher,
  isSha1,
  isShortAes,
  isWeakCurve,
  isWeakHashAlgorithm,
  normalizeHashAlgorithm,
  type CryptoApi,
} from '../src/catalog/crypto.js';
import { createRule } from '../src/create-rule.js';
import { declaredRange, minimumMajor } from '../src/modules/package-versions.js';
import { getEnclosingFunction, getStaticKeyName, skipWrappers, skipWrappersUp } from '../src/ast/ast.js';
import {
  expressionNames,
  hashNameContext,
  strongestHashContext,
  type HashNameContext,
} from '../src/analyses/crypto-names.js';
import { NODE_CRYPTO_MODULES, moduleMemberText } from '../src/modules/module-bindings.js';
import { argumentsOf, findApiReferences, type ApiReference } from '../src/modules/module-references.js';
import { argumentsForParameter } from '../src/values/value-flow.js';
import { findProperty, listProperties, resolveObject } from '../src/values/object-options.js';
import {
  resolveExpression,
  staticNumber,
  staticPrefix,
  staticString,
  staticValue,
} from '../src/values/static-values.js';

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

type MessageIds =
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
  | 'jwtVerifyWithoutAlgorithms'
  | 'useSha256'
  | 'useRandomIv'
  | 'raiseBcryptCost';

const HASH_CONTEXT_TEXT: Readonly<Record<Exclude<HashNameContext, 'non-security'>, string>> = {
  secret: 'secrets, tokens and signatures',
  card: 'card data',
  pan: 'card data',
  password: 'passwords',
};

const TRUNCATING_METHODS = new Set(['slice', 'substring', 'substr']);
const PASS_THROUGH_METHODS = new Set(['toString', 'toHex', 'toUpperCase', 'toLowerCase', 'toBase64', 'digest', 'trim']);
const REQUEST_OBJECTS = new Set(['req', 'request', 'ctx', 'context', 'event']);
const KEY_CONSUMERS = new Set(['createCipheriv', 'createDecipheriv', 'createHmac', 'createSecretKey', 'importKey']);
const REQUEST_PARTS = new Set(['body', 'query', 'headers', 'params', 'header', 'cookies']);

interface HashSite {
  /** Node to report. */
  readonly node: TSESTree.Node;
  /** Display name of the algorithm (`MD5`, `SHA-1`, `SHA-256`). */
  readonly algorithm: string;
  readonly weak: boolean;
  readonly keyed: boolean;
  /** Input expressions (`.update(x)` arguments, one-shot data). */
  readonly inputs: readonly TSESTree.Node[];
  /** Expressions holding the digest. */
  readonly outputs: readonly TSESTree.Node[];
  /** Algorithm argument when it is a literal we can rewrite. */
  readonly algorithmLiteral: TSESTree.Literal | null;
  /** Always a security use (HMAC, signing). */
  readonly inherentlySecure: boolean;
}

function displayAlgorithm(name: string): string {
  const normalized = normalizeHashAlgorithm(name);
  if (normalized === 'sha1' || normalized === 'sha') return 'SHA-1';
  if (/^sha\d+$/.test(normalized)) return `SHA-${normalized.slice(3)}`;
  return name.toUpperCase();
}

export default createRule<Options, MessageIds>({
  name: 'no-weak-crypto',
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
    const { sourceCode } = context;
    const hashContextMode = options.hashContext ?? 'security';
    const allowHmacSha1 = options.allowHmacSha1 !== false;
    const floors = { ...DEFAULT_KDF_FLOORS, ...options.kdfFloors };
    const reported = new Set<TSESTree.Node>();

    function report(
      node: TSESTree.Node,
      messageId: MessageIds,
      data: Record<string, string | number> = {},
      suggest: { messageId: MessageIds; data?: Record<string, string>; fix: (fixer: RuleFixer) => RuleFix }[] | null = null,
    ): void {
      if (reported.has(node)) return;
      reported.add(node);
      context.report({ node, messageId, data, suggest });
    }

    // ---- ciphers ------------------------------------------------------------------------------------

    function isGlobalName(identifier: TSESTree.Identifier, name: string): boolean {
      if (identifier.name !== name) return false;
      const variable = findVariable(sourceCode.getScope(identifier), identifier);
      return !variable || variable.defs.length === 0;
    }

    /** A constant IV: literal/array, `Buffer.from(<constant>)`, `Buffer.alloc(n)`, `new Uint8Array(n)`. */
    function isConstantBytes(node: TSESTree.Node): boolean {
      const resolved = resolveExpression(sourceCode, node);
      const value = staticValue(sourceCode, resolved);
      if (value) {
        return (typeof value.value === 'string' && value.value.length > 0) || Array.isArray(value.value);
      }
      if (resolved.type === 'CallExpression' || resolved.type === 'NewExpression') {
        const callee = skipWrappers(resolved.callee);
        if (resolved.type === 'NewExpression' && callee.type === 'Identifier' && isGlobalName(callee, 'Uint8Array')) {
          const first = resolved.arguments[0];
          return first !== undefined && (staticNumber(sourceCode, first) !== null || isConstantBytes(first));
        }
        if (callee.type === 'MemberExpression' && !callee.computed && callee.object.type === 'Identifier') {
          const method = getStaticKeyName(callee.property, false);
          const owner = callee.object;
          if ((isGlobalName(owner, 'Buffer') || isGlobalName(owner, 'Uint8Array')) && method === 'from') {
            const first = resolved.arguments[0];
            return first !== undefined && staticValue(sourceCode, first) !== null;
          }
          if (isGlobalName(owner, 'Buffer') && (method === 'alloc' || method === 'allocUnsafe')) {
            const first = resolved.arguments[0];
            const second = resolved.arguments[1];
            // `Buffer.alloc(16)` is all zeros; `allocUnsafe` without fill is not constant.
            if (method === 'allocUnsafe') return false;
            return first !== undefined && staticNumber(sourceCode, first) !== null && (!second || staticValue(sourceCode, second) !== null);
          }
        }
      }
      return false;
    }

    /** `const IV = …` at module scope (or a class field) used inside a function that encrypts. */
    function moduleLevelIv(iv: TSESTree.Node, call: TSESTree.Node): string | null {
      const inner = skipWrappers(iv);
      if (inner.type !== 'Identifier' || !getEnclosingFunction(call)) return null;
      const variable = findVariable(sourceCode.getScope(inner), inner);
      if (!variable || variable.defs.length !== 1) return null;
      const definition = variable.defs[0]!;
      if (definition.type !== 'Variable') return null;
      const scopeType = variable.scope.type;
      if (scopeType !== 'module' && scopeType !== 'global') return null;
      const declarator = definition.node as TSESTree.VariableDeclarator;
      if (!declarator.init) return null;
      if (variable.references.some((reference) => reference.isWrite() && reference.identifier !== declarator.id)) {
        return null;
      }
      return inner.name;
    }

    function ivSuggestion(iv: TSESTree.Node, length: number) {
      const call = moduleMemberText(sourceCode, NODE_CRYPTO_MODULES, 'randomBytes');
      if (call === null) return null;
      const text = `${call}(${length})`;
      return [
        {
          messageId: 'useRandomIv' as const,
          data: { call: text },
          fix: (fixer: RuleFixer) => fixer.replaceText(iv, text),
        },
      ];
    }

    function checkIv(iv: TSESTree.Node | undefined, call: TSESTree.Node, ivLength: number | null, encrypting: boolean): void {
      if (!iv || iv.type === 'SpreadElement') return;
      const suggest = encrypting && ivLength !== null ? ivSuggestion(iv, ivLength) : null;
      if (isConstantBytes(iv)) {
        report(iv, 'staticIv', {}, suggest);
        return;
      }
      if (encrypting) {
        const name = moduleLevelIv(iv, call);
        if (name !== null) report(iv, 'reusedIv', { name }, suggest);
      }
    }

    /** Whether the decipher created by `call` gets an auth tag; null when its use cannot be followed. */
    function setsAuthTag(call: TSESTree.Node): boolean | null {
      const outer = skipWrappersUp(call);
      const parent = outer.parent;
      if (!parent) return null;
      if (parent.type === 'MemberExpression' && parent.object === outer) {
        return getStaticKeyName(parent.property, parent.computed) === 'setAuthTag';
      }
      if (parent.type !== 'VariableDeclarator' || parent.init !== outer || parent.id.type !== 'Identifier') return null;
      const variable = findVariable(sourceCode.getScope(parent.id), parent.id);
      if (!variable) return null;
      let sawUse = false;
      for (const reference of variable.references) {
        if (reference.init) continue;
        if (!reference.isRead() || reference.isWrite()) return null;
        const identifier = reference.identifier as TSESTree.Node;
        const member = identifier.parent;
        if (member?.type !== 'MemberExpression' || member.object !== identifier) return null; // escapes
        const method = getStaticKeyName(member.property, member.computed);
        if (method === 'setAuthTag') return true;
        sawUse = true;
      }
      return sawUse ? false : null;
    }

    function checkCipheriv(reference: ApiReference<CryptoApi>, decipher: boolean): void {
      const [algorithmNode, , iv] = argumentsOf(reference);
      if (!algorithmNode) return;
      const algorithm = staticString(sourceCode, algorithmNode);
      if (algorithm === null) return;
      const verdict = classifyCipher(algorithm);
      if (verdict.weakness === 'algorithm') report(algorithmNode, 'weakCipher', { algorithm });
      else if (verdict.weakness === 'ecb') report(algorithmNode, 'ecbMode', { algorithm });
      else if (options.requireAes256 && isShortAes(algorithm)) report(algorithmNode, 'shortAes', { algorithm });
      if (verdict.ivLength !== null) {
        // Only suggest a replacement IV whose length is certainly right (AES / ChaCha20).
        const suggestLength = /^(?:id-)?aes|^chacha20/i.test(algorithm) ? verdict.ivLength : null;
        checkIv(iv, reference.node, suggestLength, !decipher);
      }
      if (decipher && verdict.aead && setsAuthTag(reference.node) === false) {
        report(reference.node, 'missingAuthTag', { algorithm });
      }
    }

    function checkForgeCipher(reference: ApiReference<CryptoApi>): void {
      const [algorithmNode] = argumentsOf(reference);
      if (!algorithmNode) return;
      const algorithm = staticString(sourceCode, algorithmNode);
      if (algorithm === null) return;
      const verdict = classifyCipher(algorithm);
      if (verdict.weakness === 'algorithm') report(algorithmNode, 'weakCipher', { algorithm });
      else if (verdict.weakness === 'ecb') report(algorithmNode, 'ecbMode', { algorithm });
    }

    function checkSubtleEncrypt(reference: ApiReference<CryptoApi>): void {
      const [algorithm] = argumentsOf(reference);
      const name = algorithm ? findProperty(sourceCode, algorithm, 'name') : null;
      const algorithmName = name ? staticString(sourceCode, name.value) : null;
      if (!algorithm || algorithmName === null) return;
      const upper = algorithmName.toUpperCase();
      if (upper !== 'AES-GCM' && upper !== 'AES-CBC') return;
      const iv = findProperty(sourceCode, algorithm, 'iv');
      if (iv && isConstantBytes(iv.value)) report(iv.value, 'staticIv');
    }

    // ---- hashes -------------------------------------------------------------------------------------

    /** Inputs and digests of a hash object: `.update(x)` chains and a variable holding the hash. */
    function followHashObject(call: TSESTree.Node): { inputs: TSESTree.Node[]; outputs: TSESTree.Node[] } {
      const inputs: TSESTree.Node[] = [];
      const outputs: TSESTree.Node[] = [];
      const followChain = (start: TSESTree.Node): TSESTree.Node => {
        let current = start;
        for (;;) {
          const outer = skipWrappersUp(current);
          const member = outer.parent;
          if (member?.type !== 'MemberExpression' || member.object !== outer) return outer;
          const invocation = member.parent;
          if (invocation?.type !== 'CallExpression' || invocation.callee !== member) return outer;
          const method = getStaticKeyName(member.property, member.computed);
          if (method === 'update' || method === 'start') {
            if (method === 'update' && invocation.arguments[0]) inputs.push(invocation.arguments[0]);
            current = invocation;
            continue;
          }
          if (method === 'digest') outputs.push(invocation);
          return outer;
        }
      };
      const end = followChain(call);
      const parent = end.parent;
      if (parent?.type === 'VariableDeclarator' && parent.init === end && parent.id.type === 'Identifier') {
        const variable = findVariable(sourceCode.getScope(parent.id), parent.id);
        for (const reference of variable?.references ?? []) {
          if (reference.init || !reference.isRead()) continue;
          followChain(reference.identifier as TSESTree.Node);
        }
      }
      return { inputs, outputs };
    }

    function isRequestValue(node: TSESTree.Node): boolean {
      let current = skipWrappers(node);
      let sawPart = false;
      for (let depth = 0; depth < 6 && current.type === 'MemberExpression'; depth++) {
        const name = getStaticKeyName(current.property, current.computed);
        if (name !== null && REQUEST_PARTS.has(name)) sawPart = true;
        current = skipWrappers(current.object);
      }
      if (current.type === 'CallExpression') {
        const callee = skipWrappers(current.callee);
        if (callee.type === 'MemberExpression' && getStaticKeyName(callee.property, callee.computed) === 'get') {
          return isRequestValue(callee.object) || (callee.object.type === 'Identifier' && REQUEST_OBJECTS.has(callee.object.name));
        }
      }
      return sawPart && current.type === 'Identifier' && REQUEST_OBJECTS.has(current.name);
    }

    /** Name contexts of the places a digest ends up in, and whether it is truncated. */
    function destinationContexts(output: TSESTree.Node, depth = 0): { contexts: (HashNameContext | null)[]; truncated: boolean } {
      const contexts: (HashNameContext | null)[] = [];
      let truncated = false;
      let current = output;
      for (let steps = 0; steps < 12; steps++) {
        const outer = skipWrappersUp(current);
        const parent = outer.parent;
        if (!parent) break;
        if (parent.type === 'AwaitExpression' || parent.type === 'TemplateLiteral' || (parent.type === 'BinaryExpression' && parent.operator === '+')) {
          current = parent;
          continue;
        }
        if (parent.type === 'MemberExpression' && parent.object === outer && parent.parent?.type === 'CallExpression' && parent.parent.callee === parent) {
          const method = getStaticKeyName(parent.property, parent.computed);
          if (method !== null && TRUNCATING_METHODS.has(method)) truncated = true;
          if (method !== null && (TRUNCATING_METHODS.has(method) || PASS_THROUGH_METHODS.has(method))) {
            current = parent.parent;
            continue;
          }
          break;
        }
        if (parent.type === 'VariableDeclarator' && parent.init === outer && parent.id.type === 'Identifier') {
          const own = hashNameContext(parent.id.name);
          contexts.push(own);
          if (own === null && depth === 0) {
            const variable = findVariable(sourceCode.getScope(parent.id), parent.id);
            for (const reference of variable?.references ?? []) {
              if (reference.init || !reference.isRead()) continue;
              const next = destinationContexts(reference.identifier as TSESTree.Node, 1);
              contexts.push(...next.contexts);
              truncated ||= next.truncated;
            }
          }
        } else if (parent.type === 'AssignmentExpression' && parent.right === outer) {
          const left = skipWrappers(parent.left);
          const name = left.type === 'Identifier' ? left.name : left.type === 'MemberExpression' ? getStaticKeyName(left.property, left.computed) : null;
          if (name !== null) contexts.push(hashNameContext(name));
        } else if (parent.type === 'Property' && parent.value === outer) {
          const name = getStaticKeyName(parent.key, parent.computed);
          if (name !== null) contexts.push(hashNameContext(name));
        } else if (parent.type === 'ReturnStatement' || (parent.type === 'ArrowFunctionExpression' && parent.body === outer)) {
          const fn = parent.type === 'ReturnStatement' ? getEnclosingFunction(parent) : parent;
          const name = fn ? functionName(fn) : null;
          if (name !== null) contexts.push(hashNameContext(name));
        } else if (parent.type === 'BinaryExpression' && ['===', '==', '!==', '!='].includes(parent.operator)) {
          const other = parent.left === outer ? parent.right : parent.left;
          if (isRequestValue(other)) contexts.push('secret');
          for (const { name } of expressionNames(sourceCode, other)) contexts.push(hashNameContext(name));
        } else if (parent.type === 'CallExpression' && parent.callee !== outer) {
          const callee = skipWrappers(parent.callee);
          const method =
            callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? getStaticKeyName(callee.property, callee.computed) : null;
          if (method === 'timingSafeEqual') contexts.push('secret');
          // The digest becomes key material (`createCipheriv(alg, md5(workingKey), iv)`).
          if (method !== null && KEY_CONSUMERS.has(method)) contexts.push('secret');
          const first = parent.arguments[0];
          if (first && first !== outer) {
            const header = staticString(sourceCode, first);
            if (header !== null) contexts.push(hashNameContext(header));
          }
        }
        break;
      }
      return { contexts, truncated };
    }

    function functionName(fn: TSESTree.Node): string | null {
      if ((fn.type === 'FunctionDeclaration' || fn.type === 'FunctionExpression') && fn.id) return fn.id.name;
      const parent = fn.parent;
      if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') return parent.id.name;
      if ((parent?.type === 'Property' || parent?.type === 'MethodDefinition') && parent.value === fn) {
        return getStaticKeyName(parent.key, parent.computed);
      }
      return null;
    }

    function checkHash(site: HashSite): void {
      // A hash helper (`function md5(str) { return createHash('md5').update(str).digest('hex') }`) is judged by
      // what its callers pass in and where they put the result.
      const inputs = [...site.inputs];
      const outputs = [...site.outputs];
      for (const input of site.inputs) {
        for (const { call, argument } of argumentsForParameter(sourceCode, input)) {
          inputs.push(argument);
          outputs.push(call);
        }
      }
      const inputContexts = inputs.flatMap((input) =>
        expressionNames(sourceCode, input).map(({ name, cardContext }) => hashNameContext(name, cardContext)),
      );
      const destinations = outputs.map((output) => destinationContexts(output));
      const outputContexts = destinations.flatMap((destination) => destination.contexts);
      const truncated = destinations.some((destination) => destination.truncated);
      const outputContext = strongestHashContext(outputContexts);
      const inputContext = strongestHashContext(inputContexts.filter((c) => c !== 'non-security'));
      const nonSecurityDestination = outputContext === 'non-security';

      if (!site.keyed && !site.inherentlySecure && !nonSecurityDestination) {
        const passwordOutput = outputContexts.includes('password');
        if (inputContext === 'password' || passwordOutput) {
          report(site.node, 'fastPasswordHash', { algorithm: site.algorithm });
          return;
        }
        if (inputContext === 'pan') {
          report(site.node, 'unkeyedPanHash', { algorithm: site.algorithm });
          return;
        }
      }
      if (!site.weak) return;
      const suggest = site.algorithmLiteral
        ? [{ messageId: 'useSha256' as const, fix: (fixer: RuleFixer) => fixer.replaceText(site.algorithmLiteral!, "'sha256'") }]
        : null;
      if (site.keyed && isSha1(site.algorithm) && allowHmacSha1) return;
      if (hashContextMode === 'always' || site.inherentlySecure) {
        report(site.node, 'weakHash', { algorithm: site.algorithm, purpose: site.inherentlySecure ? 'message authentication and signatures' : 'security uses' }, suggest);
        return;
      }
      if (nonSecurityDestination || truncated) return;
      const contextKind = strongestHashContext([inputContext, outputContext]);
      if (contextKind === null || contextKind === 'non-security') return;
      report(site.node, 'weakHash', { algorithm: site.algorithm, purpose: HASH_CONTEXT_TEXT[contextKind] }, suggest);
    }

    function literalOf(node: TSESTree.Node | undefined): TSESTree.Literal | null {
      const inner = node ? skipWrappers(node) : null;
      return inner?.type === 'Literal' && typeof inner.value === 'string' ? inner : null;
    }

    function nodeHashSite(reference: ApiReference<CryptoApi>, data: Extract<CryptoApi, { api: 'hash' | 'hmac' | 'sign' }>): HashSite | null {
      const args = argumentsOf(reference);
      const algorithmNode = args[0];
      const algorithm = algorithmNode ? staticString(sourceCode, algorithmNode) : null;
      if (algorithm === null) return null;
      const oneShot = data.api === 'hash' && data.oneShot;
      const flow = oneShot ? { inputs: args[1] ? [args[1]] : [], outputs: [reference.node] } : followHashObject(reference.node);
      return {
        node: algorithmNode!,
        algorithm: displayAlgorithm(algorithm),
        weak: isWeakHashAlgorithm(algorithm),
        keyed: data.api === 'hmac',
        inputs: flow.inputs,
        outputs: flow.outputs,
        algorithmLiteral: literalOf(algorithmNode),
        inherentlySecure: data.api !== 'hash',
      };
    }

    // ---- key derivation and keys --------------------------------------------------------------------

    /** One finding per PBKDF2 call: both weaknesses in one message on the call, or the one weak argument. */
    function reportPbkdf2(
      call: TSESTree.Node,
      low: { readonly node: TSESTree.Node; readonly iterations: number } | null,
      weak: { readonly node: TSESTree.Node; readonly digest: string } | null,
    ): void {
      const floor = floors.pbkdf2Iterations;
      if (low && weak) report(call, 'weakPbkdf2', { iterations: low.iterations, floor, digest: displayAlgorithm(weak.digest) });
      else if (low) report(low.node, 'lowIterations', { iterations: low.iterations, floor });
      else if (weak) report(weak.node, 'weakKdfDigest', { digest: displayAlgorithm(weak.digest) });
    }

    function checkPbkdf2(reference: ApiReference<CryptoApi>, library: 'node' | 'forge'): void {
      const args = argumentsOf(reference);
      const iterationsNode = args[2];
      const iterations = iterationsNode ? staticNumber(sourceCode, iterationsNode) : null;
      const low = iterationsNode && iterations !== null && iterations < floors.pbkdf2Iterations ? { node: iterationsNode, iterations } : null;
      const digestNode = library === 'node' ? args[4] : undefined;
      const digest = digestNode ? staticString(sourceCode, digestNode) : null;
      const weak = digestNode && digest !== null && isWeakHashAlgorithm(digest) ? { node: digestNode, digest } : null;
      reportPbkdf2(reference.node, low, weak);
    }

    function checkScrypt(reference: ApiReference<CryptoApi>): void {
      const args = argumentsOf(reference);
      const optionsNode = args[3];
      let cost: number | null = NODE_SCRYPT_DEFAULT_N;
      let at: TSESTree.Node = reference.node;
      if (optionsNode && optionsNode.type !== 'SpreadElement' && !isFunctionLike(optionsNode)) {
        const object = resolveObject(sourceCode, optionsNode);
        if (!object) return;
        const { unknownSpread } = listProperties(sourceCode, optionsNode);
        const found = findProperty(sourceCode, optionsNode, 'N') ?? findProperty(sourceCode, optionsNode, 'cost');
        if (found) {
          cost = staticNumber(sourceCode, found.value);
          at = found.property;
        } else if (unknownSpread) {
          return;
        }
      }
      if (cost !== null && cost < floors.scryptCost) report(at, 'lowScryptCost', { cost, floor: floors.scryptCost });
    }

    function isFunctionLike(node: TSESTree.Node): boolean {
      const inner = skipWrappers(node);
      return inner.type === 'ArrowFunctionExpression' || inner.type === 'FunctionExpression';
    }

    function checkKeyPair(reference: ApiReference<CryptoApi>): void {
      const [typeNode, optionsNode] = argumentsOf(reference);
      const type = typeNode ? staticString(sourceCode, typeNode) : null;
      if (type === null || !optionsNode) return;
      const lower = type.toLowerCase();
      const isRsa = lower === 'rsa' || lower === 'rsa-pss' || /^(?:rs|ps)\d+$/.test(lower) || lower.startsWith('rsa-oaep');
      if (isRsa || lower === 'dsa' || lower === 'dh') {
        const key = lower === 'dh' ? 'primeLength' : 'modulusLength';
        const found = findProperty(sourceCode, optionsNode, key);
        const bits = found ? staticNumber(sourceCode, found.value) : null;
        if (found && bits !== null && bits < MIN_RSA_BITS) {
          report(found.property, 'smallKey', { bits, what: `${lower === 'dh' ? 'Diffie-Hellman prime' : lower.startsWith('d') ? 'DSA key' : 'RSA key'}`, floor: MIN_RSA_BITS });
        }
      }
      if (lower === 'dsa') {
        const found = findProperty(sourceCode, optionsNode, 'divisorLength');
        const bits = found ? staticNumber(sourceCode, found.value) : null;
        if (found && bits !== null && bits < MIN_DSA_DIVISOR_BITS) {
          report(found.property, 'smallKey', { bits, what: 'DSA divisor', floor: MIN_DSA_DIVISOR_BITS });
        }
      }
      if (lower === 'ec') {
        const found = findProperty(sourceCode, optionsNode, 'namedCurve');
        const curve = found ? staticString(sourceCode, found.value) : null;
        if (found && curve !== null && isWeakCurve(curve)) report(found.property, 'weakCurve', { curve });
      }
    }

    function checkSecretKey(reference: ApiReference<CryptoApi>): void {
      const [typeNode, optionsNode] = argumentsOf(reference);
      const type = typeNode ? staticString(sourceCode, typeNode) : null;
      if ((type !== 'aes' && type !== 'hmac') || !optionsNode) return;
      const found = findProperty(sourceCode, optionsNode, 'length');
      const bits = found ? staticNumber(sourceCode, found.value) : null;
      if (found && bits !== null && bits < MIN_SYMMETRIC_BITS) {
        report(found.property, 'smallKey', { bits, what: type === 'aes' ? 'AES key' : 'HMAC key', floor: MIN_SYMMETRIC_BITS });
      }
    }

    function checkForgeRsa(reference: ApiReference<CryptoApi>): void {
      const [first] = argumentsOf(reference);
      if (!first) return;
      let node: TSESTree.Node = first;
      let bits = staticNumber(sourceCode, first);
      if (bits === null) {
        const found = findProperty(sourceCode, first, 'bits');
        if (!found) return;
        node = found.property;
        bits = staticNumber(sourceCode, found.value);
      }
      if (bits !== null && bits < MIN_RSA_BITS) report(node, 'smallKey', { bits, what: 'RSA key', floor: MIN_RSA_BITS });
    }

    function checkSubtle(reference: ApiReference<CryptoApi>, method: string): void {
      const [algorithm, second] = argumentsOf(reference);
      if (!algorithm || algorithm.type === 'SpreadElement') return;
      if (method === 'encrypt') {
        checkSubtleEncrypt(reference);
        return;
      }
      const directName = staticString(sourceCode, algorithm);
      const nameProperty = directName === null ? findProperty(sourceCode, algorithm, 'name') : null;
      const name = directName ?? (nameProperty ? staticString(sourceCode, nameProperty.value) : null);
      if (name === null) return;
      if (method === 'digest') {
        checkHash({
          node: algorithm,
          algorithm: displayAlgorithm(name),
          weak: isWeakHashAlgorithm(name),
          keyed: false,
          inputs: second ? [second] : [],
          outputs: [reference.node],
          algorithmLiteral: null,
          inherentlySecure: false,
        });
        return;
      }
      const upper = name.toUpperCase();
      if (method === 'generateKey' && upper.startsWith('RSA')) {
        const found = findProperty(sourceCode, algorithm, 'modulusLength');
        const bits = found ? staticNumber(sourceCode, found.value) : null;
        if (found && bits !== null && bits < MIN_RSA_BITS) report(found.property, 'smallKey', { bits, what: 'RSA key', floor: MIN_RSA_BITS });
      }
      if ((method === 'deriveBits' || method === 'deriveKey') && upper === 'PBKDF2') {
        const iterations = findProperty(sourceCode, algorithm, 'iterations');
        const count = iterations ? staticNumber(sourceCode, iterations.value) : null;
        const hash = findProperty(sourceCode, algorithm, 'hash');
        const digest = hash ? staticString(sourceCode, hash.value) : null;
        reportPbkdf2(
          reference.node,
          iterations && count !== null && count < floors.pbkdf2Iterations ? { node: iterations.property, iterations: count } : null,
          hash && digest !== null && isWeakHashAlgorithm(digest) ? { node: hash.property, digest } : null,
        );
      }
    }

    // ---- password hashing libraries and JWT ---------------------------------------------------------

    function checkBcrypt(reference: ApiReference<CryptoApi>, roundsIndex: number): void {
      const roundsNode = argumentsOf(reference)[roundsIndex];
      if (!roundsNode || roundsNode.type === 'SpreadElement') return;
      const rounds = staticNumber(sourceCode, roundsNode);
      if (rounds === null || rounds >= floors.bcryptRounds) return;
      const literal = skipWrappers(roundsNode);
      report(
        roundsNode,
        'lowBcryptCost',
        { rounds, floor: floors.bcryptRounds },
        literal.type === 'Literal' && floors.bcryptRounds <= 12
          ? [{ messageId: 'raiseBcryptCost', fix: (fixer) => fixer.replaceText(literal, '12') }]
          : null,
      );
    }

    function checkArgon2(reference: ApiReference<CryptoApi>): void {
      const optionsNode = argumentsOf(reference)[1];
      if (!optionsNode) return;
      const memory = findProperty(sourceCode, optionsNode, 'memoryCost');
      const memoryValue = memory ? staticNumber(sourceCode, memory.value) : null;
      if (memory && memoryValue !== null && memoryValue < floors.argon2MemoryKiB) {
        report(memory.property, 'lowArgon2Cost', { parameter: 'memoryCost', value: memoryValue, floor: floors.argon2MemoryKiB });
      }
      const time = findProperty(sourceCode, optionsNode, 'timeCost');
      const timeValue = time ? staticNumber(sourceCode, time.value) : null;
      if (time && timeValue !== null && timeValue < floors.argon2TimeCost) {
        report(time.property, 'lowArgon2Cost', { parameter: 'timeCost', value: timeValue, floor: floors.argon2TimeCost });
      }
    }

    function checkScryptJs(reference: ApiReference<CryptoApi>): void {
      const costNode = argumentsOf(reference)[2];
      const cost = costNode ? staticNumber(sourceCode, costNode) : null;
      if (cost !== null && cost < floors.scryptCost) report(costNode!, 'lowScryptCost', { cost, floor: floors.scryptCost });
    }

    function checkJwtSign(reference: ApiReference<CryptoApi>): void {
      const optionsNode = argumentsOf(reference)[2];
      if (!optionsNode || optionsNode.type === 'SpreadElement') return;
      const found = findProperty(sourceCode, optionsNode, 'algorithm');
      const algorithm = found ? staticString(sourceCode, found.value) : null;
      if (found && algorithm !== null && algorithm.toLowerCase() === 'none') report(found.property, 'jwtNone');
    }

    /**
     * The declared jsonwebtoken range when it allows a version before 9, which lets the token header pick the
     * algorithm; 9 and later accept only the algorithms that fit the key and never `none`. Unknown: `null`.
     */
    function openJwtAlgorithmRange(): string | null {
      if (options.requireJwtAlgorithms === false) return null;
      const range = declaredRange(context.filename, 'jsonwebtoken', context.cwd);
      const major = range === null ? null : minimumMajor(range);
      return major !== null && major < 9 ? range : null;
    }

    function reportOpenJwtAlgorithm(node: TSESTree.Node): void {
      const range = openJwtAlgorithmRange();
      if (range !== null) report(node, 'jwtVerifyWithoutAlgorithms', { range });
    }

    function checkJwtVerify(reference: ApiReference<CryptoApi>): void {
      const args = argumentsOf(reference);
      const optionsNode = args[2];
      if (args.length < 2 || args.some((argument) => argument.type === 'SpreadElement')) return;
      if (!optionsNode || isFunctionLike(optionsNode)) {
        reportOpenJwtAlgorithm(reference.node);
        return;
      }
      if (!resolveObject(sourceCode, optionsNode)) return;
      const found = findProperty(sourceCode, optionsNode, 'algorithms');
      if (found) {
        const value = staticValue(sourceCode, found.value);
        if (value && Array.isArray(value.value) && value.value.some((item) => typeof item === 'string' && item.toLowerCase() === 'none')) {
          report(found.property, 'jwtNone');
        }
        return;
      }
      if (listProperties(sourceCode, optionsNode).unknownSpread) return;
      reportOpenJwtAlgorithm(reference.node);
    }

    function isStringKey(node: TSESTree.Node): boolean {
      const prefix = staticPrefix(sourceCode, node);
      if (prefix) return true;
      const inner = skipWrappers(resolveExpression(sourceCode, node));
      if (inner.type === 'TemplateLiteral') return true;
      // `process.env.SECRET` (a string) used directly as the CryptoJS key.
      if (inner.type === 'MemberExpression' && inner.object.type === 'MemberExpression') {
        const object = inner.object;
        return (
          object.object.type === 'Identifier' &&
          object.object.name === 'process' &&
          getStaticKeyName(object.property, object.computed) === 'env'
        );
      }
      return false;
    }

    return {
      'Program:exit'() {
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
            case 'scrypt-js':
              checkScryptJs(reference);
              break;
            case 'keypair':
              checkKeyPair(reference);
              break;
            case 'secret-key':
              checkSecretKey(reference);
              break;
            case 'forge-rsa':
              checkForgeRsa(reference);
              break;
            case 'forge-cipher':
              checkForgeCipher(reference);
              break;
            case 'forge-hash': {
              const flow = followHashObject(reference.node);
              checkHash({
                node: reference.node,
                algorithm: displayAlgorithm(data.algorithm),
                weak: isWeakHashAlgorithm(data.algorithm),
                keyed: false,
                inputs: flow.inputs,
                outputs: flow.outputs,
                algorithmLiteral: null,
                inherentlySecure: false,
              });
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
              checkHash({
                node: reference.node,
                algorithm: displayAlgorithm(data.algorithm),
                weak: isWeakHashAlgorithm(data.algorithm),
                keyed: data.keyed,
                inputs: input ? [input] : [],
                outputs: [reference.node],
                algorithmLiteral: null,
                inherentlySecure: data.keyed,
              });
              break;
            }
            case 'cryptojs-pbkdf2': {
              const cfg = argumentsOf(reference)[2];
              const found = cfg ? findProperty(sourceCode, cfg, 'iterations') : null;
              const iterations = found ? staticNumber(sourceCode, found.value) : null;
              if (found && iterations !== null && iterations < floors.pbkdf2Iterations) {
                report(found.property, 'lowIterations', { iterations, floor: floors.pbkdf2Iterations });
              }
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
      },
    };
  },
});
