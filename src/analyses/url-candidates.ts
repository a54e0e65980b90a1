/**
 * Clear-text URL values: which `http:` / `ws:` URLs an expression may evaluate to, and where each one's leading text
 * is written. Follows what src/values/static-values.ts follows (constants, `??` / `||` / `?:` fallbacks,
 * concatenations, templates) plus `new URL(input, base)`, `.href`, `.toString()`, class fields and properties of
 * constant objects. Unknown parts never make a URL up: a scheme chosen at run time (`${secure ? 'wss' : 'ws'}://`)
 * or a bare `'http://'` is no candidate.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { getStaticKeyName, skipWrappers } from '../ast/ast.js';
import { api } from '../catalog/api.js';
import { findApiReferences, type ApiDefinition } from '../modules/module-references.js';
import { findProperty } from '../values/object-options.js';
import { resolveExpression, resolveIdentifier, staticPrefix, staticString, valueSources } from '../values/static-values.js';
import {
  CLEARTEXT_SCHEMES,
  classifyHost,
  classifyUrlHost,
  parseUrlPrefix,
  type HostKind,
  type UrlPrefix,
} from '../values/urls.js';

export interface UrlCandidate {
  /** Where the URL's leading text is written (report location and suggestion target). */
  readonly node: TSESTree.Node;
  readonly url: UrlPrefix;
  readonly hostKind: HostKind;
  /** Whether the whole URL string is known. */
  readonly complete: boolean;
}

const MAX_LEADING_DEPTH = 8;
const MAX_CANDIDATE_DEPTH = 4;
const MAX_OPERANDS = 32;

/** `new URL(input, base)`: the URL is `input` when absolute, otherwise `base`. */
const URL_CONSTRUCTORS: readonly ApiDefinition<null>[] = [
  api.global('URL', [], 'construct', null),
  api.construct('url', ['URL'], null),
];

const urlConstructionCache = new WeakMap<object, ReadonlySet<TSESTree.Node>>();

function urlConstructions(sourceCode: Readonly<SourceCode>): ReadonlySet<TSESTree.Node> {
  let found = urlConstructionCache.get(sourceCode);
  if (!found) {
    found = new Set(findApiReferences(sourceCode, URL_CONSTRUCTORS).map((reference) => reference.node));
    urlConstructionCache.set(sourceCode, found);
  }
  return found;
}

/** `[input, base]` of a `new URL(…)` the node is (or a constant holding one), else `null`. */
function urlConstructionArguments(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.Node,
): readonly (TSESTree.Node | undefined)[] | null {
  const resolved = node.type === 'Identifier' ? resolveExpression(sourceCode, node) : node;
  if (resolved.type !== 'NewExpression' || !urlConstructions(sourceCode).has(resolved)) return null;
  return [resolved.arguments[0], resolved.arguments[1]];
}

/** The literal or template literal holding the leading text of a string expression. */
function leadingString(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.Node,
  depth = 0,
): TSESTree.Literal | TSESTree.TemplateLiteral | null {
  if (depth > MAX_LEADING_DEPTH) return null;
  const inner = skipWrappers(node);
  switch (inner.type) {
    case 'Literal':
      return typeof inner.value === 'string' ? inner : null;
    case 'TemplateLiteral':
      if (inner.quasis[0]?.value.cooked !== '' || inner.expressions.length === 0) return inner;
      return leadingString(sourceCode, inner.expressions[0]!, depth + 1);
    case 'BinaryExpression':
      return inner.operator === '+' ? leadingString(sourceCode, inner.left, depth + 1) : null;
    case 'Identifier': {
      const resolved = resolveIdentifier(sourceCode, inner);
      return resolved ? leadingString(sourceCode, resolved, depth + 1) : null;
    }
    case 'MemberExpression': {
      const key = getStaticKeyName(inner.property, inner.computed);
      if (key === null) return null;
      const found = findProperty(sourceCode, inner.object, key);
      return found ? leadingString(sourceCode, found.value, depth + 1) : null;
    }
    default:
      return null;
  }
}

/** The expression that supplies the host right after `//` in a template or concatenation, if any. */
function hostExpressionOf(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): TSESTree.Node | undefined {
  let inner = skipWrappers(node);
  if (inner.type === 'Identifier') inner = skipWrappers(resolveExpression(sourceCode, inner));
  if (inner.type === 'TemplateLiteral' && (inner.quasis[0]?.value.cooked ?? '').endsWith('//')) {
    return inner.expressions[0];
  }
  if (inner.type !== 'BinaryExpression' || inner.operator !== '+') return undefined;
  const operands: TSESTree.Node[] = [];
  let current: TSESTree.Node = inner;
  while (current.type === 'BinaryExpression' && current.operator === '+' && operands.length < MAX_OPERANDS) {
    operands.unshift(current.right);
    current = skipWrappers(current.left);
  }
  operands.unshift(current);
  let text = '';
  for (const operand of operands) {
    const part = staticPrefix(sourceCode, operand);
    if (!part?.complete) return text.endsWith('//') ? operand : undefined;
    text += part.prefix;
  }
  return undefined;
}

/**
 * `` `http://${host}:${port}` `` where `host` falls back to a local name (`process.env.HOST || 'localhost'`):
 * a local service whose address is configurable, not a public endpoint.
 */
function hasLocalHostDefault(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): boolean {
  const hostExpression = hostExpressionOf(sourceCode, node);
  if (!hostExpression) return false;
  return valueSources(sourceCode, hostExpression).some((source) => {
    const value = staticString(sourceCode, source);
    if (value === null) return false;
    const kind = classifyHost(value.replace(/:\d*$/u, ''));
    return kind !== 'public' && kind !== 'unknown';
  });
}

/**
 * One value expression as a clear-text URL candidate (`null` when not a clear-text URL with a known scheme).
 * `continuation`: `undefined` when the expression is the whole value; otherwise the known text that follows it in a
 * concatenation or template (`null` when unknown).
 */
export function cleartextUrlOf(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.Node,
  continuation?: string | null,
): UrlCandidate | null {
  const found = staticPrefix(sourceCode, node);
  if (!found) return null;
  // `${secure ? 'wss' : 'ws'}://${host}`: a scheme name chosen at run time is not a fixed clear-text URL.
  if (continuation !== undefined && !found.prefix.includes('//')) return null;
  const prefix =
    continuation === undefined
      ? found
      : { prefix: found.complete ? found.prefix + (continuation ?? '') : found.prefix, complete: false };
  const url = parseUrlPrefix(prefix.prefix, prefix.complete);
  if (!url || !(url.scheme in CLEARTEXT_SCHEMES)) return null;
  // A bare scheme (`'http://'`) that is not concatenated is not a URL.
  if (prefix.complete && url.host === '') return null;
  const leading = leadingString(sourceCode, node);
  let hostKind = classifyUrlHost(url);
  if (hostKind === 'unknown' && url.host === '' && continuation === undefined && hasLocalHostDefault(sourceCode, node)) {
    hostKind = 'loopback';
  }
  return { node: leading ?? node, url, hostKind, complete: prefix.complete };
}

/** A relative URL (`'/v1/charges'`): known, non-empty leading text without a scheme. */
function isRelativeUrl(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): boolean {
  const prefix = staticPrefix(sourceCode, node);
  if (!prefix) return false;
  return !/^[a-z][a-z0-9+.-]*:/iu.test(prefix.prefix) && prefix.prefix.length > 0;
}

/** Every clear-text URL a value expression may evaluate to: fallbacks, constants, `new URL()`, `.href`. */
export function cleartextUrlCandidates(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.Node,
  depth = 0,
  continuation?: string | null,
): UrlCandidate[] {
  const out: UrlCandidate[] = [];
  if (depth > MAX_CANDIDATE_DEPTH) return out;
  const next = (child: TSESTree.Node, tail?: string | null): UrlCandidate[] =>
    cleartextUrlCandidates(sourceCode, child, depth + 1, tail);
  for (const source of valueSources(sourceCode, node)) {
    const inner = skipWrappers(source);
    const urlObject = urlConstructionArguments(sourceCode, inner);
    if (urlObject) {
      const [input, base] = urlObject;
      out.push(...(input ? next(input) : []));
      if (base && input && isRelativeUrl(sourceCode, input)) out.push(...next(base));
      continue;
    }
    if (inner.type === 'MemberExpression' && getStaticKeyName(inner.property, inner.computed) === 'href') {
      const object = resolveExpression(sourceCode, inner.object);
      if (urlConstructionArguments(sourceCode, object)) {
        out.push(...next(object));
        continue;
      }
    }
    if (
      inner.type === 'CallExpression' &&
      inner.arguments.length === 0 &&
      inner.callee.type === 'MemberExpression' &&
      getStaticKeyName(inner.callee.property, inner.callee.computed) === 'toString'
    ) {
      out.push(...next(inner.callee.object));
      continue;
    }
    const candidate = cleartextUrlOf(sourceCode, inner, continuation);
    if (candidate) {
      out.push(candidate);
    } else if (inner.type === 'BinaryExpression' && inner.operator === '+') {
      // `(process.env.API ?? 'http://…') + '/v1'`: judge the alternatives of the leading operand.
      out.push(...next(inner.left, staticPrefix(sourceCode, inner.right)?.prefix ?? null));
    } else if (inner.type === 'TemplateLiteral' && inner.quasis[0]?.value.cooked === '' && inner.expressions[0]) {
      out.push(...next(inner.expressions[0], inner.quasis[1]?.value.cooked || null));
    } else if (inner.type === 'MemberExpression') {
      // `this.baseUrl` (class field initialiser) and `config.api.url` (const object).
      const resolved = resolveExpression(sourceCode, inner);
      if (resolved !== inner) {
        out.push(...next(resolved, continuation));
      } else {
        const key = getStaticKeyName(inner.property, inner.computed);
        const found = key === null ? null : findProperty(sourceCode, inner.object, key);
        if (found) out.push(...next(found.value, continuation));
      }
    }
  }
  return out;
}
