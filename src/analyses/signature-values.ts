/**
 * Signature values: is an expression an HMAC/hash digest, a value named like a signature or secret, or a value
 * read from the incoming request? Used to decide whether an `===` is a timing-unsafe signature check (no-timing-unsafe-compare)
 * and to find signature headers in webhook handlers (require-webhook-signature-verification, require-raw-webhook-body).
 *
 * Everything here answers "yes" only on positive evidence: an unresolved value is neither a digest nor request
 * data.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '../ast/eslint-utils.js';
import type { Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { WEBHOOK_SIGNATURE_HEADERS } from '../catalog/webhooks.js';
import { getStaticKeyName, isFunction, skipWrappers, walk, type AnyFunction } from '../ast/ast.js';
import { api } from '../catalog/api.js';
import { findApiReferences, type ApiDefinition } from '../modules/module-references.js';
import { hasCardContext, isSecretSegments, isTokenSegments, splitName } from '../values/names.js';
import { handlerOf, type RequestHandler } from '../requests/request-handlers.js';
import { resolveIdentifier, staticValue } from '../values/static-values.js';

const MAX_DEPTH = 6;

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

/** Property names of a request object that hold client-controlled input. */
const REQUEST_PARTS = new Set([
  'headers', 'body', 'query', 'params', 'cookies', 'signedCookies', 'rawBody', 'multiValueHeaders',
  'queryStringParameters', 'multiValueQueryStringParameters', 'pathParameters', 'header',
]);
/** Conventional names of request / context objects, used when no handler is recognised (helpers, middleware). */
const REQUEST_NAMES = new Set(['req', 'request', 'ctx', 'context', 'event', 'evt']);
/** Members of a context object that are the request (`c.req`, `ctx.request`). */
const REQUEST_MEMBERS = new Set(['req', 'request']);
/** Methods that read a request header (`req.get()`, `req.header()`, `headers.get()`, `ctx.get()`, `c.req.header()`). */
const HEADER_GETTERS = new Set(['get', 'header', 'getHeader']);
/** String methods that keep the value request-controlled. */
const VALUE_METHODS = new Set([
  'toString', 'trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'slice', 'substring', 'substr',
  'replace', 'replaceAll', 'normalize', 'at',
]);

/** Leading verbs of functions whose name then describes their result (`computeSignature` → `Signature`). */
const RESULT_VERB = /^(?:get|compute|calculate|calc|create|generate|make|build|sign|expected|read)[A-Z]/u;

export type SecretKind = 'hmac' | 'hash' | 'signature' | 'secret' | 'token';

export interface ValueOptions {
  /** `context.filename`, for Next.js/Lambda handler recognition. */
  readonly filename?: string;
}

// ---------------------------------------------------------------------------------------------------------
// Unwrapping

/** Strip wrappers that keep the compared bytes: TS wrappers, `String(x)`, `x.toString()`, `Buffer.from(x)`, … */
export function unwrapValue(node: TSESTree.Node): TSESTree.Node {
  let current = skipWrappers(node);
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    if (current.type === 'AwaitExpression') {
      current = skipWrappers(current.argument);
      continue;
    }
    if (current.type === 'CallExpression') {
      const callee = skipWrappers(current.callee);
      const first = current.arguments[0];
      if (callee.type === 'Identifier' && callee.name === 'String' && first && first.type !== 'SpreadElement') {
        current = skipWrappers(first);
        continue;
      }
      if (callee.type === 'MemberExpression') {
        const method = getStaticKeyName(callee.property, callee.computed);
        const object = skipWrappers(callee.object);
        if (
          method === 'from' &&
          object.type === 'Identifier' &&
          object.name === 'Buffer' &&
          first &&
          first.type !== 'SpreadElement'
        ) {
          current = skipWrappers(first);
          continue;
        }
        if (method !== null && VALUE_METHODS.has(method)) {
          current = object;
          continue;
        }
      }
    }
    if (current.type === 'LogicalExpression' && (current.operator === '??' || current.operator === '||')) {
      // `header ?? ''`: the value is the left side.
      if (isLiteralish(current.right)) {
        current = skipWrappers(current.left);
        continue;
      }
    }
    if (
      current.type === 'MemberExpression' &&
      current.computed &&
      current.property.type === 'Literal' &&
      typeof current.property.value === 'number'
    ) {
      // `header.split(',')[0]`, `headers['x'][0]`
      const object = skipWrappers(current.object);
      if (object.type === 'CallExpression') {
        const callee = skipWrappers(object.callee);
        if (callee.type === 'MemberExpression' && getStaticKeyName(callee.property, callee.computed) === 'split') {
          current = skipWrappers(callee.object);
          continue;
        }
      }
      current = object;
      continue;
    }
    break;
  }
  return current;
}

function isLiteralish(node: TSESTree.Node): boolean {
  const inner = skipWrappers(node);
  return (
    inner.type === 'Literal' ||
    (inner.type === 'TemplateLiteral' && inner.expressions.length === 0) ||
    (inner.type === 'Identifier' && inner.name === 'undefined') ||
    inner.type === 'ArrayExpression' ||
    inner.type === 'ObjectExpression'
  );
}

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
  if (depth > MAX_DEPTH) return null;
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
        const fn = sameFileFunction(sourceCode, callee);
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
  for (let step = depth; step <= MAX_DEPTH + 4; step++) {
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

/** The function a same-file identifier names (`function f(){}` or `const f = () => …`), or null. */
export function sameFileFunction(sourceCode: Readonly<SourceCode>, identifier: TSESTree.Identifier): AnyFunction | null {
  const variable = findVariable(sourceCode.getScope(identifier), identifier);
  if (!variable || variable.defs.length !== 1) return null;
  const definition = variable.defs[0]!;
  if (definition.type === 'FunctionName' && isFunction(definition.node)) return definition.node;
  if (definition.type === 'Variable') {
    const init = resolveIdentifier(sourceCode, identifier);
    const inner = init ? skipWrappers(init) : null;
    if (inner && isFunction(inner)) return inner;
  }
  return null;
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
      if (method !== null && HEADER_GETTERS.has(method)) return keyText(sourceCode, first);
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

// ---------------------------------------------------------------------------------------------------------
// Request values

/**
 * Whether the expression is read from the incoming request: `req.headers[…]`, `req.get(…)`, `req.body.x`,
 * `request.headers.get(…)`, `c.req.header(…)`, `ctx.request.body`, `event.headers[…]`, NestJS `@Headers()` /
 * `@Body()` parameters, and consts or destructured bindings holding one.
 */
export function isRequestValue(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.Node,
  options: ValueOptions = {},
): boolean {
  return requestValue(sourceCode, node, options, 0);
}

function requestValue(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.Node,
  options: ValueOptions,
  depth: number,
): boolean {
  if (depth > MAX_DEPTH) return false;
  const inner = unwrapValue(node);
  switch (inner.type) {
    case 'MemberExpression': {
      const key = getStaticKeyName(inner.property, inner.computed);
      if (key !== null && REQUEST_PARTS.has(key) && isRequestObject(sourceCode, inner.object, options, depth + 1)) {
        return true;
      }
      return requestValue(sourceCode, inner.object, options, depth + 1);
    }
    case 'CallExpression': {
      const callee = skipWrappers(inner.callee);
      if (callee.type !== 'MemberExpression') return false;
      const method = getStaticKeyName(callee.property, callee.computed);
      if (method === null || !HEADER_GETTERS.has(method)) return false;
      const object = skipWrappers(callee.object);
      if (isRequestObject(sourceCode, object, options, depth + 1)) return true;
      if (isNextHeadersCall(sourceCode, object)) return true;
      return requestValue(sourceCode, object, options, depth + 1);
    }
    case 'Identifier':
      return identifierFromRequest(sourceCode, inner, options, depth + 1);
    default:
      return false;
  }
}

/** `headers()` imported from `next/headers`. */
function isNextHeadersCall(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): boolean {
  const inner = unwrapValue(node);
  if (inner.type !== 'CallExpression') return false;
  const callee = skipWrappers(inner.callee);
  if (callee.type !== 'Identifier') return false;
  const variable = findVariable(sourceCode.getScope(callee), callee);
  const definition = variable?.defs[0];
  return (
    definition?.type === 'ImportBinding' &&
    definition.parent.type === 'ImportDeclaration' &&
    definition.parent.source.value === 'next/headers'
  );
}

function identifierFromRequest(
  sourceCode: Readonly<SourceCode>,
  identifier: TSESTree.Identifier,
  options: ValueOptions,
  depth: number,
): boolean {
  const variable = findVariable(sourceCode.getScope(identifier), identifier);
  if (!variable || variable.defs.length !== 1) return false;
  const definition = variable.defs[0]!;
  if (definition.type === 'Variable') {
    const declarator = definition.node as TSESTree.VariableDeclarator;
    if (!declarator.init) return false;
    if (declarator.id.type === 'Identifier') {
      const init = resolveIdentifier(sourceCode, identifier);
      return init ? requestValue(sourceCode, init, options, depth + 1) : false;
    }
    // `const { signature } = req.body`, `const { headers } = req`.
    const key = destructuredKey(definition.name as TSESTree.Identifier);
    if (isRequestObject(sourceCode, declarator.init, options, depth + 1)) return key !== null && REQUEST_PARTS.has(key);
    return requestValue(sourceCode, declarator.init, options, depth + 1);
  }
  if (definition.type === 'Parameter') {
    const fn = definition.node;
    const handler = handlerOf(sourceCode, fn, options.filename);
    if (!handler || handler.fn !== fn) return false;
    // NestJS `@Headers('stripe-signature') signature`, `@Body() body`.
    for (const input of handler.inputs) {
      if (containsNode(input.param, definition.name)) {
        return input.kind === 'headers' || input.kind === 'body' || input.kind === 'query' || input.kind === 'params';
      }
    }
    // `({ headers, body }, res) => …`
    const request = handler.request ?? handler.context;
    if (request && request.type === 'ObjectPattern' && containsNode(request, definition.name)) {
      const key = destructuredKey(definition.name as TSESTree.Identifier);
      return key !== null && REQUEST_PARTS.has(key);
    }
  }
  return false;
}

function containsNode(root: TSESTree.Node, node: TSESTree.Node): boolean {
  return root.range[0] <= node.range[0] && node.range[1] <= root.range[1];
}

/** The top-level key a destructured binding came from (`{ headers: h }` → `headers`). */
function destructuredKey(binding: TSESTree.Identifier): string | null {
  let current: TSESTree.Node = binding;
  let key: string | null = null;
  while (current.parent && current.parent.type !== 'VariableDeclarator' && !isFunction(current.parent)) {
    const parent: TSESTree.Node = current.parent;
    if (parent.type === 'Property' && parent.value === current) key = getStaticKeyName(parent.key, parent.computed);
    if (parent.type === 'ObjectPattern' && (parent.parent?.type === 'VariableDeclarator' || isFunction(parent.parent!))) {
      return key;
    }
    current = parent;
  }
  return key;
}

/** A request object: a recognised handler's request/context parameter, a conventional name, `c.req`, `ctx.request`. */
export function isRequestObject(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.Node,
  options: ValueOptions = {},
  depth = 0,
): boolean {
  if (depth > MAX_DEPTH) return false;
  const inner = skipWrappers(node);
  if (inner.type === 'MemberExpression') {
    const key = getStaticKeyName(inner.property, inner.computed);
    return key !== null && REQUEST_MEMBERS.has(key) && isRequestObject(sourceCode, inner.object, options, depth + 1);
  }
  if (inner.type !== 'Identifier') return false;
  const variable = findVariable(sourceCode.getScope(inner), inner);
  if (!variable) return REQUEST_NAMES.has(inner.name);
  const definition = variable.defs[0];
  if (!definition) return false;
  if (definition.type === 'Parameter') {
    const handler = handlerOf(sourceCode, definition.node, options.filename);
    if (handler && handler.fn === definition.node) {
      return isHandlerParam(handler, definition.name);
    }
    return REQUEST_NAMES.has(inner.name) || inner.name === 'c';
  }
  if (definition.type === 'Variable' && variable.defs.length === 1) {
    const init = resolveIdentifier(sourceCode, inner);
    return init ? isRequestObject(sourceCode, init, options, depth + 1) : false;
  }
  return false;
}

function isHandlerParam(handler: RequestHandler, name: TSESTree.Node): boolean {
  return [handler.request, handler.context].some((param) => param !== null && containsNode(param, name));
}

/** The scope of a node, exported for rules that share these helpers. */
export function scopeOf(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): Scope.Scope {
  return sourceCode.getScope(node);
}
