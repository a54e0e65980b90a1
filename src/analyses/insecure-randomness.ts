/**
 * Predictable randomness in one file, for no-insecure-randomness: `Math.random()`-class sources, clock readings and
 * time-based UUIDs (src/catalog/crypto.ts) whose values flow (src/values/value-flow.ts) into a security value — a
 * name classified by `classifyRandomSink` (token, nonce, idempotency key, payment id, IV) or a `createCipheriv()`
 * key or IV. Yields one typed finding per source; the rule only words them.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { getEnclosingFunction, getStaticKeyName, methodCallOn, skipWrappers, skipWrappersUp } from '../ast/ast.js';
import {
  CRYPTO_APIS,
  DATE_CALENDAR_METHODS,
  INSECURE_RANDOM_SOURCES,
  MESSAGE_SENDS,
  NAMED_VALUE_SETTERS,
  SECURE_RANDOM_SOURCES,
  type InsecureRandomKind,
  type InsecureRandomSource,
  type RandomSinkCategory,
} from '../catalog/crypto.js';
import { findVariable } from '../ast/eslint-utils.js';
import { NODE_CRYPTO_MODULES, moduleMemberText } from '../modules/module-bindings.js';
import { argumentsOf, findApiReferences } from '../modules/module-references.js';
import { isDevelopmentOnly } from '../values/conditions.js';
import { findProperty } from '../values/object-options.js';
import { splitName } from '../values/names.js';
import { staticNumber } from '../values/static-values.js';
import { createValueFlow, namedValueWrites } from '../values/value-flow.js';
import { classifyRandomSink } from './crypto-names.js';

/** Which sinks each kind of weak source is reported for. */
const ALLOWED: Readonly<Record<InsecureRandomKind, ReadonlySet<RandomSinkCategory>>> = {
  prng: new Set(['secret', 'nonce', 'idempotency', 'identifier', 'cipher']),
  // A clock reading is only reported when it is the whole entropy of the value; monotonic timestamps are
  // legitimate nonces and sortable order numbers, so those sinks are left alone.
  time: new Set(['secret', 'idempotency', 'cipher']),
  // Time-based UUIDs are unique (fine for idempotency keys and ids) but guessable.
  'uuid-v1': new Set(['secret', 'cipher']),
};

const SETTERS = new Set(NAMED_VALUE_SETTERS);
const ID_SLICES = new Set(['slice', 'substring', 'substr']);

export interface InsecureRandomFinding {
  /** The weak source (`Math.random()`, `Date.now()`, `uuid.v1()`): the report location. */
  readonly node: TSESTree.Node;
  readonly kind: InsecureRandomKind;
  /** Display form of the source (`Math.random()`, `new Date()`, `uuid v1`). */
  readonly label: string;
  /** The name or place the value ends up in (`resetToken`, `createCipheriv() IV`). */
  readonly sink: string;
  readonly category: RandomSinkCategory;
  /** A secure rewrite of a recognised idiom around the source: replace `node` with `text`. */
  readonly replacement: { readonly node: TSESTree.Node; readonly text: string } | null;
}

export interface InsecureRandomnessOptions {
  /** Extra names (split into segments) whose values must come from a secure generator. */
  readonly additionalSinkNames?: readonly string[];
}

/** `new Date()` read only through calendar getters: `d.getFullYear() + pad(d.getMonth() + 1) + …`. */
function onlyCalendarFields(sourceCode: Readonly<SourceCode>, node: TSESTree.NewExpression): boolean {
  const isCalendarRead = (target: TSESTree.Node): boolean => {
    const use = methodCallOn(target);
    return use !== null && use.method !== null && DATE_CALENDAR_METHODS.has(use.method);
  };
  if (isCalendarRead(node)) return true;
  const declarator = skipWrappersUp(node).parent;
  if (declarator?.type !== 'VariableDeclarator' || declarator.id.type !== 'Identifier') return false;
  const variable = findVariable(sourceCode.getScope(declarator), declarator.id);
  if (!variable) return false;
  const reads = variable.references.filter((reference) => reference.identifier !== declarator.id);
  return (
    reads.length > 0 &&
    reads.every((reference) => reference.isRead() && !reference.isWrite() && isCalendarRead(reference.identifier as TSESTree.Node))
  );
}

/** Every weak source that feeds a security value, in source order, at most one finding per source. */
export function findInsecureRandomness(
  sourceCode: Readonly<SourceCode>,
  options: InsecureRandomnessOptions = {},
): InsecureRandomFinding[] {
  const references = findApiReferences(sourceCode, INSECURE_RANDOM_SOURCES);
  if (references.length === 0) return [];
  const sources = new Map<TSESTree.Node, InsecureRandomSource>();
  for (const { node, definition } of references) {
    if (node.type === 'NewExpression' && node.arguments.length > 0) continue; // `new Date(value)` is not "now"
    if (node.type === 'NewExpression' && onlyCalendarFields(sourceCode, node)) continue; // a formatted timestamp, not entropy
    sources.set(node, definition.data);
  }
  if (sources.size === 0) return [];

  const extraSecretNames = (options.additionalSinkNames ?? []).map(splitName).filter((segments) => segments.length > 0);
  const isFallback = secureFallbacks(sourceCode);
  const flow = createValueFlow(sourceCode, (node) => sources.get(node));
  const sinks = new Map<TSESTree.Node, { sink: string; category: RandomSinkCategory }>();
  const consider = (value: TSESTree.Node, sink: string, category: RandomSinkCategory): void => {
    const result = flow.trace(value);
    for (const [source, data] of result.sources) {
      if (sinks.has(source) || !ALLOWED[data.kind].has(category)) continue;
      if (data.kind === 'time' && result.opaque) continue;
      // Fallback generators appear in token/UUID helpers, not in cipher keys: no exclusion for those.
      if (category !== 'cipher' && isFallback(source)) continue;
      sinks.set(source, { sink, category });
    }
  };
  for (const write of namedValueWrites(sourceCode, SETTERS)) {
    const category = classifyRandomSink(write.name, { functionName: write.kind === 'return', extraSecretNames });
    if (category !== null) consider(write.value, write.name, category);
  }
  for (const reference of findApiReferences(sourceCode, MESSAGE_SENDS)) {
    const { label, fields } = reference.definition.data;
    const [message] = argumentsOf(reference);
    if (!message || message.type === 'SpreadElement') continue;
    for (const field of fields) {
      const found = findProperty(sourceCode, message, field);
      if (found) consider(found.value, `${label} ${field}`, 'secret');
    }
  }
  for (const reference of findApiReferences(sourceCode, CRYPTO_APIS)) {
    if (reference.definition.data.api !== 'cipheriv') continue;
    const [, key, iv] = argumentsOf(reference);
    if (key && key.type !== 'SpreadElement') consider(key, 'createCipheriv() key', 'cipher');
    if (iv && iv.type !== 'SpreadElement') consider(iv, 'createCipheriv() IV', 'cipher');
  }

  const findings: InsecureRandomFinding[] = [];
  for (const [node, { sink, category }] of [...sinks].sort(([a], [b]) => a.range[0] - b.range[0])) {
    // Fake ids for a local or mock flow (`if (process.env.NODE_ENV !== 'production')`) never reach a payment.
    if (isDevelopmentOnly(node)) continue;
    const { kind, label } = sources.get(node)!;
    findings.push({
      node,
      kind,
      label: kind === 'time' && node.type === 'NewExpression' ? 'new Date()' : label,
      sink,
      category,
      replacement: secureReplacement(sourceCode, node, kind),
    });
  }
  return findings;
}

/**
 * CodeQL's exclusion: a weak source inside a function (or any enclosing function; the Program for module code) that
 * also uses a secure generator is a fallback path, not the generator.
 */
function secureFallbacks(sourceCode: Readonly<SourceCode>): (source: TSESTree.Node) => boolean {
  const scopes = new Set<TSESTree.Node>();
  for (const reference of findApiReferences(sourceCode, SECURE_RANDOM_SOURCES)) {
    let fn = getEnclosingFunction(reference.node);
    if (!fn) scopes.add(sourceCode.ast);
    for (; fn; fn = getEnclosingFunction(fn)) scopes.add(fn);
  }
  return (source) => {
    let fn = getEnclosingFunction(source);
    if (!fn) return scopes.has(sourceCode.ast);
    for (; fn; fn = getEnclosingFunction(fn)) if (scopes.has(fn)) return true;
    return false;
  };
}

function randomUuidText(sourceCode: Readonly<SourceCode>): string | null {
  const imported = moduleMemberText(sourceCode, NODE_CRYPTO_MODULES, 'randomUUID');
  if (imported !== null) return `${imported}()`;
  const variable = sourceCode.scopeManager?.globalScope?.set.get('crypto');
  return !variable || variable.defs.length === 0 ? 'crypto.randomUUID()' : null;
}

/**
 * A secure rewrite of the idiom around a weak source: `uuid.v1()` and `Math.random().toString(36).slice(2)` →
 * `randomUUID()`, `Math.floor(Math.random() * N)` with a constant N → `randomInt(N)`. Null for anything else.
 */
export function secureReplacement(
  sourceCode: Readonly<SourceCode>,
  source: TSESTree.Node,
  kind: InsecureRandomKind,
): { node: TSESTree.Node; text: string } | null {
  if (kind === 'uuid-v1' && source.type === 'CallExpression' && source.arguments.length === 0) {
    const text = randomUuidText(sourceCode);
    return text === null ? null : { node: source, text };
  }
  if (kind !== 'prng' || !isMathRandom(source)) return null;
  const toString = methodCallOn(source);
  const slice = toString?.method === 'toString' ? methodCallOn(toString.call) : null;
  if (slice && slice.method !== null && ID_SLICES.has(slice.method)) {
    const text = randomUuidText(sourceCode);
    return text === null ? null : { node: slice.call, text };
  }
  const floor = floorIdiom(sourceCode, source);
  const randomInt = floor ? moduleMemberText(sourceCode, NODE_CRYPTO_MODULES, 'randomInt') : null;
  return floor && randomInt !== null ? { node: floor.node, text: `${randomInt}(${floor.bound})` } : null;
}

function isMathRandom(node: TSESTree.Node): node is TSESTree.CallExpression {
  if (node.type !== 'CallExpression') return false;
  const callee = skipWrappers(node.callee);
  return callee.type === 'MemberExpression' && getStaticKeyName(callee.property, callee.computed) === 'random';
}

/** `Math.floor(Math.random() * N)` with a constant N → `{ node, bound }`. */
function floorIdiom(sourceCode: Readonly<SourceCode>, call: TSESTree.CallExpression): { node: TSESTree.Node; bound: string } | null {
  const product = skipWrappersUp(call).parent;
  if (product?.type !== 'BinaryExpression' || product.operator !== '*' || product.left !== skipWrappersUp(call)) return null;
  const floor = product.parent;
  if (floor?.type !== 'CallExpression' || floor.arguments[0] !== product || floor.arguments.length !== 1) return null;
  const callee = skipWrappers(floor.callee);
  if (
    callee.type !== 'MemberExpression' ||
    callee.object.type !== 'Identifier' ||
    callee.object.name !== 'Math' ||
    getStaticKeyName(callee.property, callee.computed) !== 'floor'
  ) {
    return null;
  }
  const bound = staticNumber(sourceCode, product.right);
  if (bound === null || !Number.isSafeInteger(bound) || bound < 1) return null;
  return { node: floor, bound: sourceCode.getText(product.right) };
}
