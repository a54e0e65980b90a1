/**
 * What a hash is used for, for no-weak-crypto: the inputs of a hash object (`.update(x)` chains, also through a
 * variable holding the hash), the places its digest ends up in (variables, properties, returns of named functions,
 * comparisons, key-consuming calls), and the verdict those names give: a fast hash of a password, an unkeyed hash
 * of a card number, a broken hash in a security context, or nothing (`etag`, `cacheKey`, a truncated id).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { calleeName, getEnclosingFunction, getStaticKeyName, methodCallOn, skipWrappers, skipWrappersUp } from '../ast/ast.js';
import { findVariable } from '../ast/eslint-utils.js';
import { isSha1, normalizeHashAlgorithm } from '../catalog/crypto.js';
import { staticString } from '../values/static-values.js';
import { argumentsForParameter, functionName } from '../values/value-flow.js';
import { expressionNames, hashNameContext, strongestHashContext, type HashNameContext } from './crypto-names.js';
import { isRequestValue } from './signature-values.js';

/** Digest methods that cut the digest short: a truncated hash is an id, not a credential. */
const TRUNCATING_METHODS = new Set(['slice', 'substring', 'substr']);
/** Methods that hand the digest on whole. */
const PASS_THROUGH_METHODS = new Set(['toString', 'toHex', 'toUpperCase', 'toLowerCase', 'toBase64', 'digest', 'trim']);
/** Calls whose argument becomes key material (`createCipheriv(alg, md5(workingKey), iv)`). */
const KEY_CONSUMERS = new Set(['createCipheriv', 'createDecipheriv', 'createHmac', 'createSecretKey', 'importKey']);
const EQUALITY = new Set(['===', '==', '!==', '!=']);
/** How far a digest is followed up through `await`, templates, `+` and string methods. */
const MAX_UP_STEPS = 12;

export interface HashSite {
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
  /** Algorithm argument when it is a string literal a suggestion can rewrite. */
  readonly algorithmLiteral: TSESTree.Literal | null;
  /** Always a security use (HMAC, signing). */
  readonly inherentlySecure: boolean;
}

export type HashVerdict =
  | { readonly kind: 'fastPasswordHash' }
  | { readonly kind: 'unkeyedPanHash' }
  /** A broken hash; `purpose` says what it protects (`passwords`, `card data`, `security uses`, …). */
  | { readonly kind: 'weakHash'; readonly purpose: string };

export interface HashJudgeOptions {
  /** `'security'`: a broken hash only where names show a security use; `'always'`: every use. */
  readonly hashContext: 'security' | 'always';
  /** HMAC-SHA1 is still a sound MAC. */
  readonly allowHmacSha1: boolean;
}

const PURPOSE: Readonly<Record<Exclude<HashNameContext, 'non-security'>, string>> = {
  secret: 'secrets, tokens and signatures',
  card: 'card data',
  pan: 'card data',
  password: 'passwords',
};

/** `md5` → `MD5`, `sha1` / `SHA-1` → `SHA-1`, `sha256` → `SHA-256`. */
export function displayAlgorithm(name: string): string {
  const normalized = normalizeHashAlgorithm(name);
  if (normalized === 'sha1' || normalized === 'sha') return 'SHA-1';
  if (/^sha\d+$/.test(normalized)) return `SHA-${normalized.slice(3)}`;
  return name.toUpperCase();
}

/** Inputs and digests of a hash object: `.update(x)` / `.start()` chains, also on a variable holding the hash. */
export function followHashObject(
  sourceCode: Readonly<SourceCode>,
  call: TSESTree.Node,
): { inputs: TSESTree.Node[]; outputs: TSESTree.Node[] } {
  const inputs: TSESTree.Node[] = [];
  const outputs: TSESTree.Node[] = [];
  const followChain = (start: TSESTree.Node): TSESTree.Node => {
    let current = start;
    for (let next = methodCallOn(current); next; next = methodCallOn(current)) {
      if (next.method !== 'update' && next.method !== 'start') {
        if (next.method === 'digest') outputs.push(next.call);
        break;
      }
      const [input] = next.call.arguments;
      if (next.method === 'update' && input) inputs.push(input);
      current = next.call;
    }
    return skipWrappersUp(current);
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

/**
 * Name contexts of the places a digest ends up in, and whether it is truncated on the way. A variable without a
 * telling name is followed one level to its own uses.
 */
export function digestDestinations(
  sourceCode: Readonly<SourceCode>,
  output: TSESTree.Node,
  followVariables = true,
): { contexts: (HashNameContext | null)[]; truncated: boolean } {
  const contexts: (HashNameContext | null)[] = [];
  let truncated = false;
  let current = output;
  for (let steps = 0; steps < MAX_UP_STEPS; steps++) {
    const outer = skipWrappersUp(current);
    const parent = outer.parent;
    if (!parent) break;
    if (parent.type === 'AwaitExpression' || parent.type === 'TemplateLiteral' || (parent.type === 'BinaryExpression' && parent.operator === '+')) {
      current = parent;
      continue;
    }
    const method = methodCallOn(outer);
    if (method) {
      const name = method.method;
      if (name !== null && TRUNCATING_METHODS.has(name)) truncated = true;
      if (name !== null && (TRUNCATING_METHODS.has(name) || PASS_THROUGH_METHODS.has(name))) {
        current = method.call;
        continue;
      }
      break;
    }
    if (parent.type === 'VariableDeclarator' && parent.init === outer && parent.id.type === 'Identifier') {
      const own = hashNameContext(parent.id.name);
      contexts.push(own);
      if (own === null && followVariables) {
        const variable = findVariable(sourceCode.getScope(parent.id), parent.id);
        for (const reference of variable?.references ?? []) {
          if (reference.init || !reference.isRead()) continue;
          const next = digestDestinations(sourceCode, reference.identifier as TSESTree.Node, false);
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
    } else if (parent.type === 'BinaryExpression' && EQUALITY.has(parent.operator)) {
      const other = parent.left === outer ? parent.right : parent.left;
      if (isRequestValue(sourceCode, other)) contexts.push('secret');
      for (const { name } of expressionNames(sourceCode, other)) contexts.push(hashNameContext(name));
    } else if (parent.type === 'CallExpression' && parent.callee !== outer) {
      const name = calleeName(parent.callee);
      if (name === 'timingSafeEqual' || (name !== null && KEY_CONSUMERS.has(name))) contexts.push('secret');
      const first = parent.arguments[0];
      if (first && first !== outer) {
        // `res.setHeader('ETag', digest)`: the header or key name the digest is stored under.
        const key = staticString(sourceCode, first);
        if (key !== null) contexts.push(hashNameContext(key));
      }
    }
    break;
  }
  return { contexts, truncated };
}

/**
 * The verdict on one hash site. A hash helper (`function md5(str) { return createHash('md5').update(str)… }`) is
 * judged by what its callers pass in and where they put the result.
 */
export function judgeHash(sourceCode: Readonly<SourceCode>, site: HashSite, options: HashJudgeOptions): HashVerdict | null {
  const inputs = [...site.inputs];
  const outputs = [...site.outputs];
  for (const input of site.inputs) {
    for (const { call, argument } of argumentsForParameter(sourceCode, input) ?? []) {
      inputs.push(argument);
      outputs.push(call);
    }
  }
  const inputContexts = inputs.flatMap((input) =>
    expressionNames(sourceCode, input).map(({ name, cardContext }) => hashNameContext(name, cardContext)),
  );
  const destinations = outputs.map((output) => digestDestinations(sourceCode, output));
  const outputContexts = destinations.flatMap((destination) => destination.contexts);
  const truncated = destinations.some((destination) => destination.truncated);
  const outputContext = strongestHashContext(outputContexts);
  const inputContext = strongestHashContext(inputContexts.filter((context) => context !== 'non-security'));
  const nonSecurityDestination = outputContext === 'non-security';

  if (!site.keyed && !site.inherentlySecure && !nonSecurityDestination) {
    if (inputContext === 'password' || outputContexts.includes('password')) return { kind: 'fastPasswordHash' };
    if (inputContext === 'pan') return { kind: 'unkeyedPanHash' };
  }
  if (!site.weak) return null;
  if (site.keyed && isSha1(site.algorithm) && options.allowHmacSha1) return null;
  if (options.hashContext === 'always' || site.inherentlySecure) {
    return { kind: 'weakHash', purpose: site.inherentlySecure ? 'message authentication and signatures' : 'security uses' };
  }
  if (nonSecurityDestination || truncated) return null;
  const context = strongestHashContext([inputContext, outputContext]);
  if (context === null || context === 'non-security') return null;
  return { kind: 'weakHash', purpose: PURPOSE[context] };
}
