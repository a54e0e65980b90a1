/**
 * Signature values: is an expression an HMAC/hash digest, a value named like a signature or secret, or a value
 * read from the incoming request? Used to decide whether an `===` is a timing-unsafe signature check (no-timing-unsafe-compare)
 * and to find signature headers in webhook handlers (require-webhook-signature-verification, require-raw-webhook-body).
 *
 * Everything here answers "yes" only on positive evidence: an unresolved value is neither a digest nor request
 * data.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { WEBHOOK_SIGNATURE_HEADERS } from '../catalog/webhooks.js';
import { TOKEN_NAMES } from '../catalog/card-data.js';
import { SECRET_NAME_TRIGGER } from './triggers.js';
import type { Trigger } from '../modules/file-facts.js';
import { getStaticKeyName, isFunction, skipWrappers, walk, type AnyFunction } from '../ast/ast.js';
import { api } from '../catalog/api.js';
import { findApiReferences, type ApiDefinition } from '../modules/module-references.js';
import { hasCardContext, isSecretSegments, isTokenSegments, splitName } from '../values/names.js';
import { isHeaderGetter, isRequestObject, isRequestValue, type RequestValueOptions } from '../requests/request-values.js';
import { isLiteralish, unwrapValue } from '../values/unwrap.js';
import { resolveIdentifier, staticValue } from '../values/static-values.js';
import { CHAIN_LENGTH, VALUE_RESOLUTION_DEPTH } from '../values/budget.js';
import { namedFunction } from '../values/value-uses.js';


/** Request values are the request model's (src/requests/request-values.ts); re-exported for the signature rules. */
export { isRequestObject, isRequestValue, unwrapValue };

type DigestData = { readonly digest: 'hmac' | 'hash' };

/**
 * Node `crypto` HMAC and hash constructors, and Web Crypto `subtle.sign` / `subtle.digest` (their results are
 * the digest itself, so they are matched as the hasher and as the digest).
 */
export const DIGEST_CONSTRUCTORS: readonly ApiDefinition<DigestData>[] = [
  api.call('crypto', ['createHmac'], { digest: 'hmac' }),
  api.call('crypto', ['createHash'], { digest: 'hash' }),
  api.global('crypto', ['subtle', 'sign'], 'call', { digest: 'hmac' }),
  api.global('crypto', ['subtle', 'digest'], 'call', { digest: 'hash' }),
  api.call('crypto', ['webcrypto', 'subtle', 'sign'], { digest: 'hmac' }),
  api.call('crypto', ['subtle', 'sign'], { digest: 'hmac' }),
];

/** Segments that name a signature value (`signature`, `expectedSig`, `hmacHeader`, `digest`). */
export const SIGNATURE_SEGMENTS: readonly string[] = ['signature', 'signatures', 'sig', 'sigs', 'hmac', 'digest'];

/** Trailing segments that make a signature name refer to something else (`signatureVersion`, `sigAlgorithm`). */
export const SIGNATURE_META_SEGMENTS: readonly string[] = [
  'version', 'versions', 'type', 'types', 'kind', 'algorithm', 'algorithms', 'algo', 'alg', 'scheme', 'method',
  'name', 'names', 'length', 'len', 'size', 'count', 'format', 'encoding', 'prefix', 'status', 'valid', 'validator',
  'verified', 'verifier', 'verification', 'error', 'errors', 'message', 'msg', 'required', 'present', 'missing',
  'url', 'uri', 'path', 'file', 'id', 'ids', 'enabled', 'mode', 'config', 'options', 'index', 'pattern', 'regex',
  'date', 'time', 'timestamp', 'tolerance', 'field', 'label', 'help', 'text', 'docs', 'node', 'nodes', 'decl',
  'declaration', 'params', 'parameters', 'return', 'returns', 'help', 'info', 'tag',
];

/** Leading segments that make a signature name a predicate or action (`isSignatureValid`, `verifySignature`). */
const SIGNATURE_LEADING_VETOES = new Set([
  'is', 'has', 'should', 'can', 'needs', 'require', 'requires', 'with', 'without', 'no', 'validate', 'verify',
  'check', 'compare', 'on', 'handle', 'set', 'get', 'compute', 'calculate', 'calc', 'create', 'make', 'generate',
  'sign', 'parse', 'build', 'to', 'from', 'skip', 'disable', 'enable', 'use',
]);

const SIGNATURE_WORDS = new Set(SIGNATURE_SEGMENTS);
const SIGNATURE_META = new Set(SIGNATURE_META_SEGMENTS);


/** Leading verbs of functions whose name then describes their result (`computeSignature` → `Signature`). */
const RESULT_VERB = /^(?:get|compute|calculate|calc|create|generate|make|build|sign|expected|read)[A-Z]/u;

export type SecretKind = 'hmac' | 'hash' | 'signature' | 'secret' | 'token';

/** Options of the request-value checks (src/requests/request-values.ts). */
export type ValueOptions = RequestValueOptions;

// ---------------------------------------------------------------------------------------------------------
// Unwrapping

// ---------------------------------------------------------------------------------------------------------
// Trivial operands

const SIZE_PROPERTIES = new Set(['length', 'size', 'byteLength']);

/**
 * Operands that never make a comparison a secret comparison: constants (`null`, `undefined`, `''`, booleans,
 * numbers, status strings, AST node types), `typeof x`, `.length` / `.size`, array and object literals.
 */
export function isTrivialOperand(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): boolean {
  const inner = skipWrappers(node);
  if (isLiteralish(inner)) return true;
  if (inner.type === 'UnaryExpression') return true; // typeof, void, !, -, +
  if (inner.type === 'MemberExpression') {
    const name = getStaticKeyName(inner.property, inner.computed);
    if (name !== null && SIZE_PROPERTIES.has(name)) return true;
  }
  if (inner.type === 'CallExpression') {
    const callee = skipWrappers(inner.callee);
    if (callee.type === 'MemberExpression') {
      const name = getStaticKeyName(callee.property, callee.computed);
      if (name === 'byteLength' || name === 'indexOf' || name === 'includes' || name === 'startsWith') return true;
    }
  }
  return staticValue(sourceCode, inner) !== null;
}

// ---------------------------------------------------------------------------------------------------------
// Digests

function digestCalls(sourceCode: Readonly<SourceCode>): Map<TSESTree.Node, 'hmac' | 'hash'> {
  const map = new Map<TSESTree.Node, 'hmac' | 'hash'>();
  for (const reference of findApiReferences(sourceCode, DIGEST_CONSTRUCTORS)) {
    if (reference.node.type === 'CallExpression') map.set(reference.node, reference.definition.data.digest);
  }
  return map;
}

/**
 * What a file's text or imports must contain for {@link secretKind} to name any value in it (see `relevance` in
 * src/create-rule.ts): a digest constructor's module or global, every segment of a secret or token name sequence
 * (src/values/names.ts), a trailing `pass`/`pw`, a signature word, or a webhook signature header name.
 */
export const SECRET_VALUE_TRIGGER: Trigger = {
  anyOf: [SECRET_NAME_TRIGGER],
  apis: [DIGEST_CONSTRUCTORS],
  names: TOKEN_NAMES,
  words: SIGNATURE_SEGMENTS,
  textIgnoreCase: Object.keys(WEBHOOK_SIGNATURE_HEADERS),
};

const digestCache = new WeakMap<object, Map<TSESTree.Node, 'hmac' | 'hash'>>();

function digestCallsCached(sourceCode: Readonly<SourceCode>): Map<TSESTree.Node, 'hmac' | 'hash'> {
  let map = digestCache.get(sourceCode);
  if (!map) {
    map = digestCalls(sourceCode);
    digestCache.set(sourceCode, map);
  }
  return map;
}

/**
 * `'hmac'` / `'hash'` when the expression is the digest of a `crypto.createHmac` / `createHash` chain
 * (`createHmac(…).update(body).digest('hex')`, a const holding one, `` `sha256=${digest}` ``, or the result of a
 * same-file function that returns one), else null.
 */
export function digestKind(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): 'hmac' | 'hash' | null {
  const constructors = digestCallsCached(sourceCode);
  if (constructors.size === 0) return null;
  return digestOf(sourceCode, constructors, node, 0, true);
}

function digestOf(
  sourceCode: Readonly<SourceCode>,
  constructors: Map<TSESTree.Node, 'hmac' | 'hash'>,
  node: TSESTree.Node,
  depth: number,
  followFunctions: boolean,
): 'hmac' | 'hash' | null {
  if (depth > VALUE_RESOLUTION_DEPTH) return null;
  const inner = unwrapValue(node);
  switch (inner.type) {
    case 'CallExpression': {
      // `await crypto.subtle.sign('HMAC', key, data)`
      const direct = constructors.get(inner);
      if (direct && isWebCryptoCall(inner)) return direct;
      const callee = skipWrappers(inner.callee);
      if (callee.type === 'MemberExpression' && getStaticKeyName(callee.property, callee.computed) === 'digest') {
        return hasherOf(sourceCode, constructors, callee.object, depth + 1);
      }
      if (followFunctions && callee.type === 'Identifier') {
        const fn = namedFunction(sourceCode, callee);
        if (fn) {
          const returned = returnedDigest(sourceCode, constructors, fn, depth + 1);
          if (returned) return returned;
        }
      }
      // Encoding helpers: `toHex(signature)`, `bufferToBase64(await subtle.sign(…))`.
      return encodedDigest(sourceCode, constructors, inner, depth, followFunctions);
    }
    case 'NewExpression':
      // `new Uint8Array(await crypto.subtle.sign(…))`
      return encodedDigest(sourceCode, constructors, inner, depth, followFunctions);
    case 'Identifier': {
      const resolved = resolveIdentifier(sourceCode, inner);
      return resolved ? digestOf(sourceCode, constructors, resolved, depth + 1, followFunctions) : null;
    }
    case 'TemplateLiteral': {
      for (const expression of inner.expressions) {
        const kind = digestOf(sourceCode, constructors, expression, depth + 1, followFunctions);
        if (kind) return kind;
      }
      return null;
    }
    case 'BinaryExpression': {
      if (inner.operator !== '+') return null;
      return (
        digestOf(sourceCode, constructors, inner.left, depth + 1, followFunctions) ??
        digestOf(sourceCode, constructors, inner.right, depth + 1, followFunctions)
      );
    }
    default:
      return null;
  }
}

function isWebCryptoCall(call: TSESTree.CallExpression): boolean {
  const callee = skipWrappers(call.callee);
  return callee.type === 'MemberExpression' && getStaticKeyName(callee.property, callee.computed) !== 'createHmac' &&
    getStaticKeyName(callee.property, callee.computed) !== 'createHash';
}

/** A call or construction whose only argument is a digest (an encoding helper keeps it a digest). */
function encodedDigest(
  sourceCode: Readonly<SourceCode>,
  constructors: Map<TSESTree.Node, 'hmac' | 'hash'>,
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  depth: number,
  followFunctions: boolean,
): 'hmac' | 'hash' | null {
  if (node.arguments.length !== 1) return null;
  const argument = node.arguments[0]!;
  if (argument.type === 'SpreadElement') return null;
  return digestOf(sourceCode, constructors, argument, depth + 1, followFunctions);
}

/** The hasher behind `x` in `x.digest()`: `createHmac(…)`, `createHmac(…).update(…)`, or a const holding one. */
function hasherOf(
  sourceCode: Readonly<SourceCode>,
  constructors: Map<TSESTree.Node, 'hmac' | 'hash'>,
  node: TSESTree.Node,
  depth: number,
): 'hmac' | 'hash' | null {
  let current = skipWrappers(node);
  for (let step = depth; step <= CHAIN_LENGTH; step++) {
    const known = constructors.get(current);
    if (known) return known;
    if (current.type === 'CallExpression') {
      const callee = skipWrappers(current.callee);
      if (callee.type === 'MemberExpression' && getStaticKeyName(callee.property, callee.computed) === 'update') {
        current = skipWrappers(callee.object);
        continue;
      }
      return null;
    }
    if (current.type === 'Identifier') {
      const resolved = resolveIdentifier(sourceCode, current);
      if (!resolved) return null;
      current = skipWrappers(resolved);
      continue;
    }
    return null;
  }
  return null;
}

function returnedDigest(
  sourceCode: Readonly<SourceCode>,
  constructors: Map<TSESTree.Node, 'hmac' | 'hash'>,
  fn: AnyFunction,
  depth: number,
): 'hmac' | 'hash' | null {
  if (fn.body.type !== 'BlockStatement') return digestOf(sourceCode, constructors, fn.body, depth, false);
  let found: 'hmac' | 'hash' | null = null;
  walk(fn.body, sourceCode.visitorKeys, (inner) => {
    if (found) return false;
    if (inner !== fn.body && isFunction(inner)) return false;
    if (inner.type === 'ReturnStatement' && inner.argument) {
      found = digestOf(sourceCode, constructors, inner.argument, depth, false);
    }
    return undefined;
  });
  return found;
}


// ---------------------------------------------------------------------------------------------------------
// Names

/** The name an operand is known by: identifier, last property, header-getter argument, `process.env.NAME`. */
export function valueName(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): string | null {
  const inner = unwrapValue(node);
  if (inner.type === 'Identifier') return inner.name;
  // `` `Bearer ${process.env.WEBHOOK_TOKEN}` ``: named after its only interpolated value.
  if (inner.type === 'TemplateLiteral' && inner.expressions.length === 1) return valueName(sourceCode, inner.expressions[0]!);
  if (inner.type === 'MemberExpression') {
    const key = inner.computed ? keyText(sourceCode, inner.property) : getStaticKeyName(inner.property, false);
    return key;
  }
  if (inner.type === 'CallExpression') {
    const callee = skipWrappers(inner.callee);
    const first = inner.arguments[0];
    if (callee.type === 'MemberExpression' && first && first.type !== 'SpreadElement') {
      const method = getStaticKeyName(callee.property, callee.computed);
      if (isHeaderGetter(method)) return keyText(sourceCode, first);
    }
    if (callee.type === 'Identifier' || callee.type === 'MemberExpression') {
      // `getSignature(req)`, `computeSignature(body)`: the name after the verb describes the result.
      const name = callee.type === 'Identifier' ? callee.name : getStaticKeyName(callee.property, callee.computed);
      const match = name ? RESULT_VERB.exec(name) : null;
      if (match) return name!.slice(match[0].length - 1);
    }
  }
  return null;
}

function keyText(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): string | null {
  const value = staticValue(sourceCode, node);
  return value && typeof value.value === 'string' ? value.value : null;
}

/** `signature`, `expectedSig`, `stripe-signature`, `x-hub-signature-256`, `hmacHeader`; not `signatureVersion`. */
export function isSignatureName(name: string): boolean {
  const segments = splitName(name);
  if (segments.length === 0) return false;
  if (segments.length > 1 && SIGNATURE_LEADING_VETOES.has(segments[0]!)) return false;
  let found = -1;
  segments.forEach((segment, index) => {
    if (SIGNATURE_WORDS.has(segment)) found = index;
  });
  if (found === -1) return false;
  for (let index = found + 1; index < segments.length; index++) {
    if (SIGNATURE_META.has(segments[index]!)) return false;
  }
  return true;
}

/** What kind of secret value an operand holds, by digest origin first and name second; null when unknown. */
export function secretKind(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): SecretKind | null {
  const digest = digestKind(sourceCode, node);
  if (digest) return digest;
  const name = valueName(sourceCode, node);
  if (name === null) return null;
  if (isSignatureName(name) || Object.hasOwn(WEBHOOK_SIGNATURE_HEADERS, name.toLowerCase())) return 'signature';
  const segments = splitName(name);
  if (isSecretSegments(segments)) return 'secret';
  if (isTokenSegments(segments) && !hasCardContext([name]) && !segments.includes('method')) return 'token';
  return null;
}

/** The scope of a node, exported for rules that share these helpers. */
export function scopeOf(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): Scope.Scope {
  return sourceCode.getScope(node);
}
