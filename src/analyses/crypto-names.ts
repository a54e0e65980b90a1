/**
 * Name classification for the crypto rules, by whole segments (see names.ts): which names make a random value
 * security-relevant (`idempotencyKey`, `resetToken`, `generateOtp`), and which names put a hash in a security or
 * a non-security context (`password`, `signature` vs `etag`, `cacheKey`, `ContentMD5`).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { TOKEN_QUALIFIER_VETOES } from '../catalog/card-data.js';
import {
  HASH_NON_SECURITY_WORDS,
  HASH_SECURITY_SEQUENCES,
  HASH_SECURITY_WORDS,
  PASSWORD_TRAILING,
  RANDOM_CIPHER_SEQUENCES,
  RANDOM_CIPHER_WORDS,
  PASSWORD_WORDS,
  RANDOM_GENERATOR_VERBS,
  RANDOM_IDEMPOTENCY_SEQUENCES,
  RANDOM_IDENTIFIER_OWNERS,
  RANDOM_IDENTIFIER_WORDS,
  RANDOM_SECRET_EXACT_NAMES,
  RANDOM_SECRET_SEQUENCES,
  RANDOM_SECRET_WORDS,
  RANDOM_SINK_LEADING_VETOES,
  RANDOM_SINK_META_WORDS,
  type RandomSinkCategory,
} from '../catalog/crypto.js';
import { getStaticKeyName, skipWrappers } from '../ast/ast.js';
import { classifySegments, indexOfSequence, splitName } from '../values/names.js';
import { resolveIdentifier } from '../values/static-values.js';
import { EXPRESSION_NAMES, VALUE_RESOLUTION_DEPTH } from '../values/budget.js';

const META = new Set(RANDOM_SINK_META_WORDS);
const LEADING_VETOES = new Set(RANDOM_SINK_LEADING_VETOES);
const VERBS = new Set(RANDOM_GENERATOR_VERBS);
const SECRET_WORDS = new Set(RANDOM_SECRET_WORDS);
const CIPHER_WORDS = new Set(RANDOM_CIPHER_WORDS);
const OWNERS = new Set(RANDOM_IDENTIFIER_OWNERS);
const ID_WORDS = new Set(RANDOM_IDENTIFIER_WORDS);
const TOKEN_VETOES = new Set(TOKEN_QUALIFIER_VETOES.filter((word) => word !== 'idempotency'));
const PASSWORDS = new Set(PASSWORD_WORDS);
const PASSWORD_TAIL = new Set(PASSWORD_TRAILING);
const HASH_SECURITY = new Set(HASH_SECURITY_WORDS);
const PASSWORD_DIGEST_WORDS = new Set(['hash', 'hashed', 'digest']);
const HASH_NON_SECURITY = new Set(HASH_NON_SECURITY_WORDS);

function metaAfter(segments: readonly string[], from: number): boolean {
  for (let index = from; index < segments.length; index++) if (META.has(segments[index]!)) return true;
  return false;
}

function sequenceAsValue(segments: readonly string[], sequence: readonly string[]): boolean {
  for (let i = indexOfSequence(segments, sequence); i !== -1; i = indexOfSequence(segments, sequence, i + 1)) {
    if (!metaAfter(segments, i + sequence.length)) return true;
  }
  return false;
}

export interface RandomSinkOptions {
  /** The name is a function's name: leading generator verbs are stripped (`generateToken` → `token`). */
  readonly functionName?: boolean;
  /** Extra whole names (compared case-insensitively by segments) treated as secret sinks. */
  readonly extraSecretNames?: readonly (readonly string[])[];
}

/**
 * Which kind of security value a name holds, or null: `'idempotency'` (`idempotencyKey`, `Idempotency-Key`,
 * `paypalRequestId`), `'nonce'`, `'identifier'` (`orderId`, `paymentReference`), `'cipher'` (`iv`,
 * `encryptionKey`), `'secret'` (token, secret, password, OTP, salt, API keys, session ids, reset/verification codes). Names that describe
 * rather than hold the value are not sinks (`tokenLength`, `nonceSize`, `isToken`, `TOKEN_KEY`, `passwordField`).
 */
export function classifyRandomSink(name: string, options: RandomSinkOptions = {}): RandomSinkCategory | null {
  let segments = splitName(name);
  if (options.functionName) {
    let start = 0;
    while (start < segments.length - 1 && VERBS.has(segments[start]!)) start++;
    segments = segments.slice(start);
  }
  if (segments.length === 0 || LEADING_VETOES.has(segments[0]!)) return null;
  if (segments.length === 1 && RANDOM_SECRET_EXACT_NAMES.includes(segments[0]!)) return 'secret';
  if (RANDOM_IDEMPOTENCY_SEQUENCES.some((sequence) => sequenceAsValue(segments, sequence))) return 'idempotency';
  if (options.extraSecretNames?.some((sequence) => sequenceAsValue(segments, sequence))) return 'secret';
  if (RANDOM_CIPHER_SEQUENCES.some((sequence) => sequenceAsValue(segments, sequence))) return 'cipher';
  if (RANDOM_SECRET_SEQUENCES.some((sequence) => sequenceAsValue(segments, sequence))) return 'secret';
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    if (OWNERS.has(segment) && index + 1 < segments.length && ID_WORDS.has(segments[index + 1]!)) {
      if (!metaAfter(segments, index + 2)) return 'identifier';
    }
    if (metaAfter(segments, index + 1)) continue;
    if (segment === 'nonce') return 'nonce';
    if (segment === 'token' && index > 0 && TOKEN_VETOES.has(segments[index - 1]!)) continue;
    if (SECRET_WORDS.has(segment)) return 'secret';
    if (CIPHER_WORDS.has(segment)) return 'cipher';
    if (segment === 'pin' && index === segments.length - 1 && segments[index - 1] === 'card') return 'secret';
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Hash context
// ---------------------------------------------------------------------------------------------------------

export type HashNameContext = 'password' | 'pan' | 'card' | 'secret' | 'non-security';

/**
 * The context a name gives a hash input or destination: `'non-security'` (`etag`, `cacheKey`, `ContentMD5`,
 * `checksum`, `gravatarUrl`), `'password'` (`password`, `newPassword`, `DB_PASS`; not `passwordResetToken`),
 * `'pan'` / `'card'` (card number / CVV / track data), `'secret'` (`token`, `signature`, `sign`, `apiKey`,
 * `passwordHash`), or null.
 */
export function hashNameContext(name: string, cardContext = false): HashNameContext | null {
  const segments = splitName(name);
  if (segments.length === 0) return null;
  if (segments.some((segment) => HASH_NON_SECURITY.has(segment))) return 'non-security';
  const last = segments[segments.length - 1]!;
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    const isPasswordWord =
      PASSWORDS.has(segment) && ((segment !== 'pass' && segment !== 'pw') || (index > 0 && index === segments.length - 1));
    if (isPasswordWord && segments.slice(index + 1).every((rest) => PASSWORD_TAIL.has(rest))) return 'password';
    // The digest of a password: `passwordHash`, `password_digest`, `hashedPassword` (handled above).
    if (isPasswordWord && index + 1 < segments.length && PASSWORD_DIGEST_WORDS.has(segments[index + 1]!)) return 'password';
  }
  const card = classifySegments(segments, { cardContext });
  if (card === 'pan') return 'pan';
  if (card === 'cvv' || card === 'track') return 'card';
  if (segments.some((segment) => HASH_SECURITY.has(segment))) return 'secret';
  if (HASH_SECURITY_SEQUENCES.some((sequence) => indexOfSequence(segments, sequence) !== -1)) return 'secret';
  if (last === 'pass' && segments.length > 1) return 'password';
  return null;
}

const CONTEXT_STRENGTH: Readonly<Record<HashNameContext, number>> = {
  'non-security': 0,
  secret: 1,
  card: 2,
  password: 3,
  pan: 4,
};

/** The strongest context among several names, with `'non-security'` winning over everything (a veto). */
export function strongestHashContext(contexts: readonly (HashNameContext | null)[]): HashNameContext | null {
  if (contexts.includes('non-security')) return 'non-security';
  let best: HashNameContext | null = null;
  for (const context of contexts) {
    if (context && (best === null || CONTEXT_STRENGTH[context] > CONTEXT_STRENGTH[best])) best = context;
  }
  return best;
}

const CARD_OBJECT_WORDS = new Set(['card', 'cards', 'payment', 'billing', 'credit', 'debit', 'creditcard', 'paymentmethod']);

/**
 * Names an expression is built from, with whether each was read off a card-ish object (`card.number`):
 * identifiers, member property names, parts of template literals and `+` chains, arguments of `JSON.stringify`,
 * `String()`, `Buffer.from()`, `.concat()`, `.join()`, `.toString()`, and the initialisers of constants. Bounded.
 */
export function expressionNames(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.Node,
): { name: string; cardContext: boolean }[] {
  const out: { name: string; cardContext: boolean }[] = [];
  const visit = (current: TSESTree.Node, depth: number): void => {
    if (depth > VALUE_RESOLUTION_DEPTH || out.length > EXPRESSION_NAMES) return;
    const inner = skipWrappers(current);
    switch (inner.type) {
      case 'Identifier': {
        out.push({ name: inner.name, cardContext: false });
        const resolved = resolveIdentifier(sourceCode, inner);
        if (resolved) visit(resolved, depth + 1);
        return;
      }
      case 'MemberExpression': {
        const name = getStaticKeyName(inner.property, inner.computed);
        if (name !== null) {
          const object = skipWrappers(inner.object);
          const objectName =
            object.type === 'Identifier'
              ? object.name
              : object.type === 'MemberExpression'
                ? getStaticKeyName(object.property, object.computed)
                : null;
          const cardContext = objectName !== null && splitName(objectName).some((segment) => CARD_OBJECT_WORDS.has(segment));
          out.push({ name, cardContext });
        }
        return;
      }
      case 'TemplateLiteral':
        for (const expression of inner.expressions) visit(expression, depth + 1);
        return;
      case 'BinaryExpression':
        if (inner.operator === '+') {
          visit(inner.left, depth + 1);
          visit(inner.right, depth + 1);
        }
        return;
      case 'LogicalExpression':
        visit(inner.left, depth + 1);
        visit(inner.right, depth + 1);
        return;
      case 'ArrayExpression':
        for (const element of inner.elements) if (element && element.type !== 'SpreadElement') visit(element, depth + 1);
        return;
      case 'CallExpression': {
        const callee = skipWrappers(inner.callee);
        if (callee.type === 'MemberExpression') {
          const method = getStaticKeyName(callee.property, callee.computed);
          if (method === 'join' || method === 'toString' || method === 'concat' || method === 'trim' || method === 'normalize' || method === 'toLowerCase') {
            visit(callee.object, depth + 1);
          }
          if (method === 'stringify' || method === 'from' || method === 'concat' || method === 'encode') {
            for (const argument of inner.arguments) visit(argument, depth + 1);
          }
        } else if (callee.type === 'Identifier' && callee.name === 'String') {
          for (const argument of inner.arguments) visit(argument, depth + 1);
        }
        return;
      }
      default:
        return;
    }
  };
  visit(node, 0);
  return out;
}
