/**
 * Hard-coded credentials in a file, for no-hardcoded-payment-secret. Text scanning is src/analyses/secrets.ts; this
 * module decides where to look and what counts:
 * - `secret`: a literal passed to a credential slot (a payment SDK constructor's key, `src/catalog/credentials.ts`
 *   `CREDENTIAL_SINKS`) or paired with a public id in one object (`pairedSecrets`); a catalogued key format in any
 *   string, template quasi, JSX text or comment; a key split across a `'…' + '…'` concatenation;
 * - `url-credentials`: `scheme://user:password@public-host` in a string;
 * - `authorization-header`: a literal `Authorization` header value (`Basic …`, `Bearer …`) in an object or a
 *   `headers.set('Authorization', …)` call.
 * Which environments are reported follows {@link SecretPolicy}: live keys always; test-mode keys and values without a
 * live marker depend on `testKeys` and whether the file is a test or documentation file.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { getStaticKeyName, skipWrappers, skipWrappersUp } from '../ast/ast.js';
import { nodesOfTypes } from '../ast/node-index.js';
import {
  CREDENTIAL_ENV_SUFFIXES,
  CREDENTIAL_SINKS,
  PUBLIC_ENV_WORDS,
  toCredentialSink,
  type CredentialFormat,
  type KeyEnvironment,
} from '../catalog/credentials.js';
import { argumentsOf, findApiReferences, type ApiReference } from '../modules/module-references.js';
import { findPropertyPath } from '../values/object-options.js';
import { staticString, valueSources } from '../values/static-values.js';
import { classifyHost } from '../values/urls.js';
import {
  describeCredential,
  findCredentials,
  findUrlCredentials,
  isPlaceholderValue,
  isRealPasswordPair,
  isSlotPlaceholder,
  matchWholeCredential,
  pairedSecrets,
  parseAuthorization,
} from './secrets.js';

export type TestKeys = 'outside-tests' | 'always' | 'never';

export interface SecretPolicy {
  /** `outside-tests` (default): test-mode and unmarked values are skipped in test files; `always`; `never` (live only). */
  readonly testKeys?: TestKeys;
  /** The file is a test or documentation file. */
  readonly inTestFile?: boolean;
  /** Exact values that are never reported. */
  readonly allow?: readonly string[];
}

export type HardcodedSecretKind = 'secret' | 'url-credentials' | 'authorization-header';

export interface HardcodedSecretFinding {
  /** The literal, quasi, JSX text, concatenation or comment holding the credential. */
  readonly node: TSESTree.Node;
  /** For a comment: the location of the credential inside it. */
  readonly loc?: TSESTree.SourceLocation;
  readonly kind: HardcodedSecretKind;
  /** `credential` (a safe description: provider, kind and at most the last four characters), `host` or `scheme`. */
  readonly data: Readonly<Record<string, string>>;
  /** The environment variable to read instead, when the node holds exactly the value and may be replaced. */
  readonly envName: string | null;
}

/** A string-valued node and its text: literal, expression-less template, template quasi or JSX text. */
interface TextNode {
  readonly node: TSESTree.Node;
  readonly text: string;
  /** The node holds exactly this text as a JS value (a literal we may replace). */
  readonly replaceable: boolean;
}

interface SlotSink {
  readonly credential: string;
  readonly envName: string;
  readonly environment?: KeyEnvironment;
  /** A known credential slot: every literal but an obvious placeholder is reported (`isSlotPlaceholder`). */
  readonly known?: boolean;
  /** The literal is `user:password`; only the password counts. */
  readonly userinfo?: boolean;
}

/** `process.env.NAME || 'literal'` (also `??`, `import.meta.env`, `const { NAME = 'literal' } = process.env`). */
interface EnvFallback {
  readonly name: string;
  readonly value: TSESTree.Node;
}

interface Collected {
  readonly texts: TextNode[];
  readonly objects: TSESTree.ObjectExpression[];
  readonly concatenations: TSESTree.BinaryExpression[];
  /** Authorization header values: of `authorization` properties and of `headers.set('Authorization', value)`. */
  readonly authorizationValues: TSESTree.Node[];
  /** Literal fallbacks of credential-named environment variables. */
  readonly envFallbacks: EnvFallback[];
}

const MIN_TEXT_LENGTH = 8;
const AUTH_HEADER_METHODS = new Set(['set', 'setHeader', 'append', 'header', 'setRequestHeader']);
const MODULE_SOURCE_PARENTS = new Set(['ImportDeclaration', 'ExportAllDeclaration', 'ExportNamedDeclaration', 'ImportExpression']);

/** The text of a string literal or expression-less template, else `null`. */
function literalText(node: TSESTree.Node): string | null {
  const inner = skipWrappers(node);
  if (inner.type === 'Literal' && typeof inner.value === 'string') return inner.value;
  if (inner.type === 'TemplateLiteral' && inner.expressions.length === 0) return inner.quasis[0]?.value.cooked ?? null;
  return null;
}

/** Do two names spell the same words, ignoring case and separators (`stripe_api_key`, `STRIPE_API_KEY`, `stripe-api-key`)? */
function sameName(value: string, name: string): boolean {
  const bare = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/gu, '');
  const words = bare(name);
  return words.length > 0 && bare(value) === words;
}

/** `process.env` or `import.meta.env`. */
function isEnvObject(node: TSESTree.Node): boolean {
  const inner = skipWrappers(node);
  if (inner.type !== 'MemberExpression' || getStaticKeyName(inner.property, inner.computed) !== 'env') return false;
  const object = inner.object;
  return (object.type === 'Identifier' && object.name === 'process') || object.type === 'MetaProperty';
}

/** The variable name of `process.env.NAME` / `process.env['NAME']`, else `null`. */
function envReadName(node: TSESTree.Node): string | null {
  const inner = skipWrappers(node);
  if (inner.type !== 'MemberExpression' || !isEnvObject(inner.object)) return null;
  return getStaticKeyName(inner.property, inner.computed);
}

/** Does an environment variable name say it holds a credential (`DB_PASSWORD`, `JWT_SECRET`, not `STRIPE_PUBLISHABLE_KEY`)? */
export function isCredentialEnvName(name: string): boolean {
  const words = name.toLowerCase().split(/[_-]/u).filter((word) => word.length > 0);
  if (words.some((word) => PUBLIC_ENV_WORDS.includes(word))) return false;
  // Run-together names of a single word: `PGPASSWORD`, `MYSQLPASSWORD`, `APPSECRET`.
  const last = words.at(-1) ?? '';
  if (['password', 'passwd', 'secret'].some((word) => last.endsWith(word))) return true;
  return CREDENTIAL_ENV_SUFFIXES.some(
    (suffix) => suffix.length <= words.length && suffix.every((word, index) => words[words.length - suffix.length + index] === word),
  );
}

const DISPLAY_METHODS = new Set(['log', 'info', 'warn', 'error', 'debug', 'trace']);

/**
 * Is a value only shown, not used: an argument of `console.log(…)` / `logger.info(…)`, or text built into a
 * template or `+` concatenation (`process.env.API_SECRET || '❌ Missing'` in a start-up check)?
 */
function isDisplayed(node: TSESTree.Node): boolean {
  const outer = skipWrappersUp(node);
  const parent = outer.parent;
  if (parent?.type === 'TemplateLiteral') return true;
  if (parent?.type === 'BinaryExpression' && parent.operator === '+') return true;
  if (parent?.type !== 'CallExpression' || parent.callee === outer) return false;
  const callee = skipWrappers(parent.callee);
  const method = callee.type === 'MemberExpression' ? getStaticKeyName(callee.property, callee.computed) : null;
  return method !== null && DISPLAY_METHODS.has(method);
}

/** `new TextEncoder().encode(x)`, `Buffer.from(x[, encoding])`, `new Buffer(x)`: the key material `x`, else `null`. */
function keyMaterialOf(node: TSESTree.Node): TSESTree.Node | null {
  if (node.type !== 'CallExpression' && node.type !== 'NewExpression') return null;
  const [first] = node.arguments;
  if (!first || first.type === 'SpreadElement') return null;
  const callee = skipWrappers(node.callee);
  if (node.type === 'NewExpression') return callee.type === 'Identifier' && callee.name === 'Buffer' ? first : null;
  if (callee.type !== 'MemberExpression') return null;
  const method = getStaticKeyName(callee.property, callee.computed);
  const object = skipWrappers(callee.object);
  if (method === 'from' && object.type === 'Identifier' && object.name === 'Buffer') return first;
  if (method === 'encode' && object.type === 'NewExpression') {
    const encoder = skipWrappers(object.callee);
    if (encoder.type === 'Identifier' && encoder.name === 'TextEncoder') return first;
  }
  return null;
}

function isAuthorizationKey(name: string | null): boolean {
  return name !== null && name.toLowerCase() === 'authorization';
}

/**
 * A key is live by its own marker (`sk_live_`, `access_token$production$`). Formats that are live only because the
 * test marker is missing (Checkout.com `sk_` + base32) count as unknown, so test suites that pair such dummy keys
 * with HTTP mocks are not reported; outside test files they are reported as before.
 */
function environmentOf(format: CredentialFormat): KeyEnvironment {
  return format.environment === 'live' && !/live|prod/iu.test(format.prefix) ? 'unknown' : format.environment;
}

const SECRET_SCAN_TYPES = [
  'ObjectExpression',
  'Literal',
  'TemplateLiteral',
  'LogicalExpression',
  'VariableDeclarator',
  'JSXText',
  'BinaryExpression',
  'Property',
  'CallExpression',
] as const;

/** Strings, objects, top-level concatenations and Authorization header values, in source order. */
function collect(sourceCode: Readonly<SourceCode>): Collected {
  const collected: Collected = { texts: [], objects: [], concatenations: [], authorizationValues: [], envFallbacks: [] };
  const { texts } = collected;
  for (const node of nodesOfTypes(sourceCode, SECRET_SCAN_TYPES)) {
    switch (node.type) {
      case 'ObjectExpression':
        collected.objects.push(node);
        break;
      case 'Literal': {
        if (typeof node.value !== 'string' || node.value.length < MIN_TEXT_LENGTH) break;
        const parent = node.parent;
        if (parent && MODULE_SOURCE_PARENTS.has(parent.type) && 'source' in parent && parent.source === node) break;
        if (parent?.type !== 'TSExternalModuleReference') texts.push({ node, text: node.value, replaceable: true });
        break;
      }
      case 'TemplateLiteral':
        if (node.expressions.length === 0) {
          const text = node.quasis[0]?.value.cooked;
          if (text && text.length >= MIN_TEXT_LENGTH) texts.push({ node, text, replaceable: true });
          break;
        }
        for (const quasi of node.quasis) {
          const text = quasi.value.cooked ?? quasi.value.raw;
          if (text.length >= MIN_TEXT_LENGTH) texts.push({ node: quasi, text, replaceable: false });
        }
        break;
      case 'LogicalExpression': {
        const name = node.operator === '&&' ? null : envReadName(node.left);
        if (name !== null && isCredentialEnvName(name) && !isDisplayed(node)) collected.envFallbacks.push({ name, value: node.right });
        break;
      }
      case 'VariableDeclarator':
        if (node.id.type === 'ObjectPattern' && node.init && isEnvObject(node.init)) {
          for (const property of node.id.properties) {
            if (property.type !== 'Property' || property.value.type !== 'AssignmentPattern') continue;
            const name = getStaticKeyName(property.key, property.computed);
            if (name !== null && isCredentialEnvName(name)) collected.envFallbacks.push({ name, value: property.value.right });
          }
        }
        break;
      case 'JSXText':
        if (node.value.length >= MIN_TEXT_LENGTH) texts.push({ node, text: node.value, replaceable: false });
        break;
      case 'BinaryExpression': {
        const outer = skipWrappersUp(node);
        const nested = outer.parent?.type === 'BinaryExpression' && outer.parent.operator === '+';
        if (node.operator === '+' && !nested) collected.concatenations.push(node);
        break;
      }
      case 'Property':
        if (isAuthorizationKey(node.computed ? staticString(sourceCode, node.key) : getStaticKeyName(node.key, false))) {
          collected.authorizationValues.push(node.value);
        }
        break;
      case 'CallExpression': {
        const callee = skipWrappers(node.callee);
        if (callee.type !== 'MemberExpression' || node.arguments.length < 2) break;
        const method = getStaticKeyName(callee.property, callee.computed);
        if (method === null || !AUTH_HEADER_METHODS.has(method)) break;
        const [first, value] = node.arguments as [TSESTree.CallExpressionArgument, TSESTree.CallExpressionArgument];
        if (first.type !== 'SpreadElement' && isAuthorizationKey(staticString(sourceCode, first)) && value.type !== 'SpreadElement') {
          collected.authorizationValues.push(value);
        }
        break;
      }
      default:
        break;
    }
  }
  return collected;
}

/** Every hard-coded credential of the file that the policy reports, at most one finding per node. */
export function findHardcodedSecrets(
  sourceCode: Readonly<SourceCode>,
  policy: SecretPolicy = {},
): HardcodedSecretFinding[] {
  const testKeys = policy.testKeys ?? 'outside-tests';
  const allow = new Set(policy.allow ?? []);
  const findings: HardcodedSecretFinding[] = [];
  const reported = new Set<TSESTree.Node>();
  /** Literal nodes that a credential slot resolves to, with the sink's env name and label. */
  const slotLiterals = new Map<TSESTree.Node, SlotSink>();

  function shouldReport(environment: KeyEnvironment): boolean {
    if (environment === 'live' || testKeys === 'always') return true;
    if (testKeys === 'never' && environment === 'test') return false;
    return policy.inTestFile !== true;
  }

  function add(finding: HardcodedSecretFinding): void {
    if (reported.has(finding.node)) return;
    reported.add(finding.node);
    findings.push(finding);
  }

  function secret(node: TSESTree.Node, credential: string, envName: string | null, loc?: TSESTree.SourceLocation): void {
    add({ node, ...(loc ? { loc } : {}), kind: 'secret', data: { credential }, envName });
  }

  function collectSlotLiterals(target: TSESTree.Node, sink: SlotSink, depth = 0): void {
    for (const source of valueSources(sourceCode, target)) {
      const material = depth < 2 ? keyMaterialOf(source) : null;
      if (material) {
        collectSlotLiterals(material, sink, 2);
      } else if (source.type === 'ArrayExpression' && depth === 0) {
        for (const element of source.elements) {
          if (element && element.type !== 'SpreadElement') collectSlotLiterals(element, sink, 1);
        }
      } else if (literalText(source) !== null && !slotLiterals.has(source)) {
        slotLiterals.set(source, sink);
      }
    }
  }

  /**
   * A password written next to a host that is only ever a developer's machine or a compose service
   * (`{ host: process.env.DB_HOST || 'localhost', password: process.env.DB_PASSWORD || 'postgres' }`): the literal only
   * opens a local database, like the localhost connection URLs findUrlCredentials leaves alone. A host that may be
   * remote (a public name, an environment variable without a local fallback) keeps the finding.
   */
  function besideLocalHost(node: TSESTree.Node): boolean {
    let current: TSESTree.Node = skipWrappersUp(node);
    while (current.parent?.type === 'LogicalExpression' || current.parent?.type === 'ConditionalExpression') {
      current = skipWrappersUp(current.parent);
    }
    const property = current.parent;
    if (property?.type !== 'Property' || property.value !== current || property.parent.type !== 'ObjectExpression') return false;
    for (const sibling of property.parent.properties) {
      if (sibling.type !== 'Property' || sibling === property) continue;
      const key = getStaticKeyName(sibling.key, sibling.computed);
      if (key !== 'host' && key !== 'hostname' && key !== 'server') continue;
      // The environment decides in production; its literal fallbacks are what this code adds.
      const hosts = valueSources(sourceCode, sibling.value)
        .filter((source) => envReadName(source) === null)
        .map((source) => staticString(sourceCode, source));
      return hosts.length > 0 && hosts.every((host) => host !== null && isLocalHost(host));
    }
    return false;
  }

  /** `app.register(plugin, options)` around `node` (the plugin): the call's arguments, else `null`. */
  function registerArguments(node: TSESTree.Node): readonly TSESTree.Node[] | null {
    const outer = skipWrappersUp(node);
    const parent = outer.parent;
    if (parent?.type !== 'CallExpression' || parent.arguments[0] !== outer) return null;
    const callee = skipWrappers(parent.callee);
    const method = callee.type === 'MemberExpression' ? getStaticKeyName(callee.property, callee.computed) : null;
    return method === 'register' ? parent.arguments : null;
  }

  /**
   * The argument lists that fill a slot: the reference's own; the assigned value of a write; or the arguments of
   * each `app.register(plugin, …)` the plugin module is passed to (inline, or through its import or `require` binding).
   */
  function slotArgumentLists(reference: ApiReference, via: 'register' | 'assignment' | undefined): (readonly TSESTree.Node[])[] {
    if (via === undefined) return [argumentsOf(reference)];
    const outer = skipWrappersUp(reference.node);
    const parent = outer.parent;
    if (via === 'assignment') {
      return reference.isWrite && parent?.type === 'AssignmentExpression' && parent.left === outer && parent.operator === '='
        ? [[parent.right]]
        : [];
    }
    const inline = registerArguments(reference.node);
    if (inline) return [inline];
    const declarations =
      reference.node.type === 'ImportDeclaration'
        ? reference.node.specifiers.filter((specifier) => specifier.type !== 'ImportSpecifier')
        : parent?.type === 'VariableDeclarator' && parent.init === outer && parent.id.type === 'Identifier'
          ? [parent]
          : [];
    const lists: (readonly TSESTree.Node[])[] = [];
    for (const declaration of declarations) {
      for (const variable of sourceCode.getDeclaredVariables(declaration)) {
        for (const use of variable.references) {
          const found = use.isRead() ? registerArguments(use.identifier as TSESTree.Node) : null;
          if (found) lists.push(found);
        }
      }
    }
    return lists;
  }

  function checkSlots(objects: readonly TSESTree.ObjectExpression[], envFallbacks: readonly EnvFallback[]): void {
    for (const reference of findApiReferences(sourceCode, CREDENTIAL_SINKS)) {
      const sink = toCredentialSink(reference.definition.data);
      if (!sink) continue;
      const userinfo = 'userinfo' in sink && sink.userinfo === true;
      for (const list of slotArgumentLists(reference, sink.slot.via)) {
        const argument = list[sink.slot.argument];
        if (!argument || argument.type === 'SpreadElement') continue;
        const unused = 'unusedWhen' in sink ? sink.unusedWhen : undefined;
        if (unused) {
          const option = findPropertyPath(sourceCode, list[unused.argument], unused.path)?.value;
          if (option && staticString(sourceCode, option) === unused.equals) continue;
        }
        const target = sink.slot.path ? findPropertyPath(sourceCode, argument, sink.slot.path)?.value : argument;
        if (target) collectSlotLiterals(target, { credential: sink.credential, envName: sink.envName, known: true, userinfo });
      }
    }
    // Literal fallbacks by the variable they stand in for: `process.env.STRIPE_API_KEY || 'stripe_api_key'` names the
    // variable again instead of giving it a value (no provider accepts it, nothing is disclosed).
    const fallbackOf = new Map<TSESTree.Node, string>();
    for (const fallback of envFallbacks) {
      fallbackOf.set(skipWrappers(fallback.value), fallback.name);
      collectSlotLiterals(fallback.value, { credential: `${fallback.name} fallback`, envName: fallback.name, known: true });
    }
    for (const object of objects) {
      for (const paired of pairedSecrets(object)) {
        if (!slotLiterals.has(paired.node)) slotLiterals.set(paired.node, paired);
      }
    }
    for (const [node, sink] of slotLiterals) {
      const text = literalText(node);
      // `auth: 'user:password'`: the password after the first colon.
      const value = sink.userinfo ? (text?.includes(':') ? text.slice(text.indexOf(':') + 1) : null) : text;
      if (value === null || allow.has(value) || besideLocalHost(node)) continue;
      const variable = fallbackOf.get(node);
      if (variable !== undefined && sameName(value, variable)) continue;
      const whole = matchWholeCredential(value);
      if (whole) {
        if (!whole.format.secret || whole.placeholder || !shouldReport(environmentOf(whole.format))) continue;
        secret(node, describeCredential(whole.format.label, value), sink.envName);
      } else if (
        findCredentials(value).length === 0 &&
        !(sink.known ? isSlotPlaceholder(value) : isPlaceholderValue(value)) &&
        shouldReport(sink.environment ?? 'unknown')
      ) {
        // (Values with a catalogued format inside are left to the format scan.)
        secret(node, describeCredential(sink.credential, value), sink.userinfo ? null : sink.envName);
      }
    }
  }

  function checkFormats(entry: TextNode): void {
    if (reported.has(entry.node)) return;
    for (const match of findCredentials(entry.text)) {
      if (allow.has(match.value) || !shouldReport(environmentOf(match.format))) continue;
      const whole = entry.replaceable && match.start === 0 && match.end === entry.text.length;
      const envName = slotLiterals.get(entry.node)?.envName ?? match.format.envName;
      secret(entry.node, describeCredential(match.format.label, match.value), whole ? envName : null);
      return;
    }
    if (!entry.text.includes('://') || !shouldReport('unknown')) return;
    for (const url of findUrlCredentials(entry.text)) {
      if (classifyHost(url.host) !== 'public' || !isRealPasswordPair(url.user, url.password)) continue;
      if (allow.has(url.password)) continue;
      add({ node: entry.node, kind: 'url-credentials', data: { host: url.host }, envName: null });
      return;
    }
  }

  function checkComments(): void {
    for (const comment of sourceCode.getAllComments()) {
      const match = findCredentials(comment.value).find((m) => !allow.has(m.value) && shouldReport(environmentOf(m.format)));
      if (!match) continue;
      const offset = comment.range[0] + 2;
      const loc = {
        start: sourceCode.getLocFromIndex(offset + match.start),
        end: sourceCode.getLocFromIndex(offset + match.end),
      };
      secret(comment as unknown as TSESTree.Node, describeCredential(match.format.label, match.value), null, loc);
    }
  }

  /** `'-----BEGIN PRIVATE KEY-----\n' + 'MIIE…' + …`: scan the joined text for keys split across literals. */
  function checkConcatenation(node: TSESTree.BinaryExpression): void {
    const leaves: { node: TSESTree.Node; text: string }[] = [];
    const stack: TSESTree.Node[] = [node];
    while (stack.length > 0) {
      const current = skipWrappers(stack.pop()!);
      if (current.type === 'BinaryExpression' && current.operator === '+') {
        stack.push(current.right, current.left);
        continue;
      }
      const text = literalText(current);
      if (text === null) return;
      leaves.push({ node: current, text });
    }
    if (leaves.length < 2) return;
    let joined = '';
    const bounds: [number, number][] = [];
    for (const leaf of leaves) {
      bounds.push([joined.length, joined.length + leaf.text.length]);
      joined += leaf.text;
    }
    for (const match of findCredentials(joined)) {
      if (bounds.some(([start, end]) => match.start >= start && match.end <= end)) continue; // one literal holds it
      if (allow.has(match.value) || !shouldReport(environmentOf(match.format))) continue;
      for (const leaf of leaves) reported.add(leaf.node);
      secret(node, describeCredential(match.format.label, match.value), null);
      return;
    }
  }

  function checkAuthorizationValue(valueNode: TSESTree.Node): void {
    for (const source of valueSources(sourceCode, valueNode)) {
      const value = literalText(source);
      if (value === null || reported.has(source) || allow.has(value)) continue;
      if (findCredentials(value).length > 0) continue; // the format scan names it
      const parsed = parseAuthorization(value);
      if (!parsed) continue;
      const real = parsed.basic
        ? isRealPasswordPair(parsed.basic.user, parsed.basic.password)
        : parsed.credential.length >= 12 && !isPlaceholderValue(parsed.credential);
      if (!real || !shouldReport('unknown')) continue;
      add({ node: source, kind: 'authorization-header', data: { scheme: parsed.scheme }, envName: null });
    }
  }

  const { texts, objects, concatenations, authorizationValues, envFallbacks } = collect(sourceCode);
  checkSlots(objects, envFallbacks);
  for (const concatenation of concatenations) checkConcatenation(concatenation);
  for (const entry of texts) checkFormats(entry);
  checkComments();
  for (const value of authorizationValues) checkAuthorizationValue(value);
  return findings;
}

/** A database host that is a developer's machine or a container network name (`localhost`, `127.0.0.1`, `db`). */
function isLocalHost(host: string): boolean {
  const kind = classifyHost(host);
  return kind === 'loopback' || kind === 'private' || kind === 'internal';
}
