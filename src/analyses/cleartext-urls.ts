/**
 * Clear-text (`http:` / `ws:`) URLs in payment traffic, for no-insecure-payment-url. In order of precedence (a node
 * is reported once, by the first check that finds it):
 * 1. `request`: the URL argument or URL option of an HTTP client call, or a client's base-URL write
 *    (src/catalog/http-clients.ts `URL_SINKS`), with a public or unknown host; `http-module` for
 *    `http.request({ hostname: 'api.stripe.com' })`;
 * 2. `sdk-endpoint`: an endpoint option of a payment SDK client (`SDK_ENDPOINT_SINKS`); `sdk-protocol` for
 *    stripe-node's `{ host, protocol: 'http' }`;
 * 3. `redirect`: a redirect or webhook field (`success_url`, `notify_url`, a webhook registration's `url`) in payment
 *    code, with a public or unknown host (see src/analyses/payment-url-context.ts);
 * 4. `payment-host`: any URL string whose host is a known payment API host (src/catalog/hosts.ts), and with
 *    `checkAllUrls`, `url`: any URL-shaped string with a public or private-network host.
 * Steps 1 and 2 report a known payment host as `payment-host`. Hosts in `allowedHosts` are never reported.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { getStaticKeyName, skipWrappers } from '../ast/ast.js';
import { nodesOfTypes } from '../ast/node-index.js';
import { matchPaymentHost } from '../catalog/hosts.js';
import { SDK_ENDPOINT_KEYS, SDK_ENDPOINT_SINKS, URL_SINKS } from '../catalog/http-clients.js';
import { REDIRECT_URL_KEYS } from '../catalog/payment-urls.js';
import { argumentsOf, findApiReferences } from '../modules/module-references.js';
import { findProperty, propertyKey, resolveObject } from '../values/object-options.js';
import { staticString } from '../values/static-values.js';
import { CLEARTEXT_SCHEMES, classifyHost, hostMatches, looksLikeNamespaceUri, type UrlPrefix } from '../values/urls.js';
import { importsAnyPaymentSdk, isPaymentUrlContext, isWebhookRegistrationUrl } from './payment-url-context.js';
import { cleartextUrlCandidates, cleartextUrlOf, type UrlCandidate } from './url-candidates.js';

export type CleartextUrlKind =
  | 'request'
  | 'payment-host'
  | 'sdk-endpoint'
  | 'sdk-protocol'
  | 'redirect'
  | 'http-module'
  | 'url';

export interface CleartextUrlFinding {
  readonly node: TSESTree.Node;
  readonly kind: CleartextUrlKind;
  /**
   * Message data: `scheme` and `secure` for URLs; `client` (request), `provider` (payment-host, sdk-endpoint,
   * sdk-protocol), `key` (redirect), `host` (http-module).
   */
  readonly data: Readonly<Record<string, string>>;
  /** Writing `secure` over `range` switches the literal to TLS; `null` when the text is not a plain literal. */
  readonly upgrade: { readonly range: readonly [number, number]; readonly secure: string } | null;
}

export interface CleartextUrlOptions {
  /** Hosts that may be reached over clear text (exact names, or `*.domain` / `.domain`). */
  readonly allowedHosts?: readonly string[];
  /** Also report every URL-shaped clear-text string with a public or private-network host. */
  readonly checkAllUrls?: boolean;
}

/** Property keys whose string values are identifiers, never endpoints. */
const IDENTIFIER_KEYS = new Set([
  '$schema', '$id', '$ref', 'xmlns', '@context', '@id', '@type', '@vocab', 'namespace', 'namespaceURI', 'namespaceUri',
  'targetNamespace', 'schema', 'schemaLocation',
]);
/** String methods whose arguments are compared or searched for, not requested. */
const STRING_TEST_METHODS = new Set([
  'startsWith', 'endsWith', 'includes', 'indexOf', 'lastIndexOf', 'replace', 'replaceAll', 'match', 'matchAll',
  'search', 'split', 'test',
]);
const LOG_METHODS = new Set(['log', 'info', 'warn', 'error', 'debug', 'trace', 'fatal', 'verbose']);
const NAMESPACE_METHODS = new Set(['createElementNS', 'setAttributeNS', 'getAttributeNS']);
const TYPE_WRAPPERS = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression']);
const EQUALITY_OPERATORS = new Set(['===', '!==', '==', '!=']);
/** Parents in which a string is a module name, a type, an enum value or an unused expression. */
const NON_URL_PARENTS = new Set([
  'ImportDeclaration', 'ExportAllDeclaration', 'ExportNamedDeclaration', 'ImportExpression', 'TSExternalModuleReference',
  'TSLiteralType', 'TSModuleDeclaration', 'TSEnumMember', 'ExpressionStatement',
]);

/** Cheap pre-filter: could the leading text of this string be a clear-text URL? */
function mayStartWithCleartextScheme(text: string): boolean {
  const head = text.slice(0, 5).toLowerCase();
  return head.startsWith('http:') || head.startsWith('ws:');
}

/** String expressions that are not part of a larger string expression. */
function isStringRoot(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  return !(parent.type === 'BinaryExpression' && parent.operator === '+') && parent.type !== 'TemplateLiteral';
}

/** Positions where a string is a module name, a type, a key, an identifier URI, a comparison or log text. */
function isNonUrlPosition(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): boolean {
  let outer = node;
  while (outer.parent && TYPE_WRAPPERS.has(outer.parent.type)) outer = outer.parent;
  const parent = outer.parent;
  if (!parent || NON_URL_PARENTS.has(parent.type)) return true;
  switch (parent.type) {
    case 'JSXAttribute': {
      const name = parent.name.type === 'JSXNamespacedName' ? parent.name.namespace.name : parent.name.name;
      return name.startsWith('xmlns');
    }
    case 'Property': {
      if (parent.key === outer) return true;
      const key = propertyKey(sourceCode, parent);
      return key !== null && (IDENTIFIER_KEYS.has(key) || key.startsWith('xmlns'));
    }
    case 'BinaryExpression':
      return EQUALITY_OPERATORS.has(parent.operator);
    case 'SwitchCase':
      return parent.test === outer;
    case 'CallExpression':
    case 'NewExpression': {
      const callee = skipWrappers(parent.callee);
      if (callee.type === 'Identifier' && callee.name === 'RegExp') return true;
      if (callee.type !== 'MemberExpression') return false;
      const name = getStaticKeyName(callee.property, callee.computed);
      return name !== null && (STRING_TEST_METHODS.has(name) || LOG_METHODS.has(name) || NAMESPACE_METHODS.has(name));
    }
    default:
      return false;
  }
}

/** String roots and properties that `collect` looks at. */
const URL_SCAN_TYPES = ['Literal', 'TemplateLiteral', 'BinaryExpression', 'Property'] as const;

/** String roots that may start with a clear-text scheme, and properties named like redirect or webhook URLs. */
function collect(sourceCode: Readonly<SourceCode>): { strings: TSESTree.Node[]; redirects: TSESTree.Property[] } {
  const strings: TSESTree.Node[] = [];
  const redirects: TSESTree.Property[] = [];
  for (const node of nodesOfTypes(sourceCode, URL_SCAN_TYPES)) {
    switch (node.type) {
      case 'Literal':
        if (typeof node.value === 'string' && mayStartWithCleartextScheme(node.value)) strings.push(node);
        break;
      case 'TemplateLiteral': {
        const first = node.quasis[0]?.value.cooked ?? '';
        if (first === '' ? node.expressions.length > 0 : mayStartWithCleartextScheme(first)) strings.push(node);
        break;
      }
      case 'BinaryExpression': {
        if (node.operator !== '+' || (node.parent?.type === 'BinaryExpression' && node.parent.operator === '+')) break;
        let left: TSESTree.Node = skipWrappers(node.left);
        while (left.type === 'BinaryExpression' && left.operator === '+') left = skipWrappers(left.left);
        if (left.type === 'Literal') {
          if (typeof left.value === 'string' && mayStartWithCleartextScheme(left.value)) strings.push(node);
        } else if (left.type === 'TemplateLiteral') {
          if (mayStartWithCleartextScheme(left.quasis[0]?.value.cooked ?? '')) strings.push(node);
        } else if (left.type === 'Identifier' || left.type === 'MemberExpression') {
          strings.push(node);
        }
        break;
      }
      case 'Property':
        if (node.key.type === 'Identifier' || node.key.type === 'Literal') {
          const key = getStaticKeyName(node.key, node.computed);
          if (key !== null && (REDIRECT_URL_KEYS.has(key) || key === 'url')) redirects.push(node);
        }
        break;
      default:
        break;
    }
  }
  return { strings, redirects };
}

/** Every clear-text URL finding of the file, at most one per node. */
export function findCleartextUrls(
  sourceCode: Readonly<SourceCode>,
  options: CleartextUrlOptions = {},
): CleartextUrlFinding[] {
  const allowedHosts = options.allowedHosts ?? [];
  const findings: CleartextUrlFinding[] = [];
  const reported = new Set<TSESTree.Node>();
  const isAllowedHost = (host: string): boolean => allowedHosts.some((pattern) => hostMatches(host, pattern));
  const isAllowed = (url: UrlPrefix): boolean => url.hostComplete && isAllowedHost(url.host);

  function add(finding: CleartextUrlFinding): void {
    if (reported.has(finding.node)) return;
    reported.add(finding.node);
    findings.push(finding);
  }

  /** The literal's scheme as written (`'http:…'`, `` `ws:…` ``), to be replaced by its TLS counterpart. */
  function schemeUpgrade(candidate: UrlCandidate): CleartextUrlFinding['upgrade'] {
    const { node } = candidate;
    if (node.type !== 'Literal' && node.type !== 'TemplateLiteral') return null;
    const match = /^['"`]([a-z]+):/iu.exec(sourceCode.getText(node));
    if (!match || match[1]!.toLowerCase() !== candidate.url.scheme) return null;
    const start = node.range[0] + 1;
    return { range: [start, start + match[1]!.length], secure: CLEARTEXT_SCHEMES[candidate.url.scheme]! };
  }

  function report(candidate: UrlCandidate, kind: CleartextUrlKind, data: Record<string, string>): void {
    const secure = CLEARTEXT_SCHEMES[candidate.url.scheme]!;
    if (reported.has(candidate.node)) return;
    add({ node: candidate.node, kind, data: { scheme: candidate.url.scheme, secure, ...data }, upgrade: schemeUpgrade(candidate) });
  }

  /** Hosts reported in request/endpoint/redirect context: public or not statically known. */
  function isReportableInContext(candidate: UrlCandidate): boolean {
    if (isAllowed(candidate.url)) return false;
    return candidate.hostKind === 'public' || candidate.hostKind === 'unknown';
  }

  function reportInContext(candidates: readonly UrlCandidate[], kind: CleartextUrlKind, data: Record<string, string>): void {
    for (const candidate of candidates) {
      if (!isReportableInContext(candidate)) continue;
      const provider = candidate.url.hostComplete ? matchPaymentHost(candidate.url.host) : null;
      if (provider) report(candidate, 'payment-host', { provider });
      else report(candidate, kind, data);
    }
  }

  /** The bare public host an options object names (`hostname` / `host`), unless allowed; else `null`. */
  function publicHostOption(argument: TSESTree.Node, keys: readonly string[]): { host: string; property: TSESTree.Property } | null {
    for (const key of keys) {
      const found = findProperty(sourceCode, argument, key);
      if (!found) continue;
      const host = staticString(sourceCode, found.value);
      if (host === null) return null;
      const bare = host.replace(/:\d+$/u, '').toLowerCase();
      if (isAllowedHost(bare) || classifyHost(bare) !== 'public') return null;
      return { host: bare, property: found.property };
    }
    return null;
  }

  /** `http.request({ hostname: 'api.stripe.com' })`: the module itself is clear text. */
  function checkHttpModuleOptions(argument: TSESTree.Node): void {
    if (!resolveObject(sourceCode, argument)) return;
    const protocol = findProperty(sourceCode, argument, 'protocol');
    if (protocol && staticString(sourceCode, protocol.value)?.toLowerCase() !== 'http:') return;
    const found = publicHostOption(argument, ['hostname', 'host']);
    if (found) add({ node: found.property, kind: 'http-module', data: { host: found.host }, upgrade: null });
  }

  function checkNetworkSinks(): void {
    for (const reference of findApiReferences(sourceCode, URL_SINKS)) {
      const sink = reference.definition.data;
      const data = { client: sink.client };
      if (sink.baseUrlWrite) {
        const assignment = reference.node.parent;
        if (reference.isWrite && assignment?.type === 'AssignmentExpression' && assignment.left === reference.node) {
          reportInContext(cleartextUrlCandidates(sourceCode, assignment.right), 'request', data);
        }
        continue;
      }
      const args = argumentsOf(reference);
      if (sink.urlArgument !== undefined) {
        const argument = args[sink.urlArgument];
        if (argument && argument.type !== 'SpreadElement') {
          reportInContext(cleartextUrlCandidates(sourceCode, argument), 'request', data);
        }
      }
      if (sink.optionsArgument === undefined) continue;
      const argument = args[sink.optionsArgument];
      if (!argument || argument.type === 'SpreadElement') continue;
      for (const key of sink.urlKeys ?? []) {
        const found = findProperty(sourceCode, argument, key);
        if (found) reportInContext(cleartextUrlCandidates(sourceCode, found.value), 'request', data);
      }
      if (sink.cleartextModule) checkHttpModuleOptions(argument);
    }
  }

  /** stripe-node style `{ host, protocol: 'http' }`. */
  function checkSdkProtocol(argument: TSESTree.Node, provider: string): void {
    const protocol = findProperty(sourceCode, argument, 'protocol');
    if (!protocol) return;
    const value = staticString(sourceCode, protocol.value);
    if (value === null || !/^http:?$/iu.test(value)) return;
    if (!publicHostOption(argument, ['host'])) return;
    const literal = skipWrappers(protocol.value);
    const text = literal.type === 'Literal' ? sourceCode.getText(literal) : '';
    add({
      node: protocol.property,
      kind: 'sdk-protocol',
      data: { provider },
      upgrade: /^['"]http:?['"]$/iu.test(text) ? { range: [literal.range[0] + 1, literal.range[0] + 5], secure: 'https' } : null,
    });
  }

  function checkSdkEndpoints(): void {
    for (const reference of findApiReferences(sourceCode, SDK_ENDPOINT_SINKS)) {
      const { provider, optionsArguments } = reference.definition.data;
      const args = argumentsOf(reference);
      for (const index of optionsArguments) {
        const argument = args[index];
        if (!argument || argument.type === 'SpreadElement' || !resolveObject(sourceCode, argument)) continue;
        for (const key of SDK_ENDPOINT_KEYS) {
          const found = findProperty(sourceCode, argument, key);
          if (found) reportInContext(cleartextUrlCandidates(sourceCode, found.value), 'sdk-endpoint', { provider });
        }
        checkSdkProtocol(argument, provider);
      }
    }
  }

  function checkRedirectFields(redirects: readonly TSESTree.Property[]): void {
    for (const property of redirects) {
      const key = propertyKey(sourceCode, property);
      if (key === null) continue;
      if (key === 'url' ? !isWebhookRegistrationUrl(property) : !REDIRECT_URL_KEYS.has(key)) continue;
      const candidates = cleartextUrlCandidates(sourceCode, property.value).filter(
        (candidate) => candidate.url.scheme === 'http' && isReportableInContext(candidate),
      );
      if (candidates.length === 0) continue;
      if (key !== 'url' && !importsAnyPaymentSdk(sourceCode) && !isPaymentUrlContext(sourceCode, property)) continue;
      for (const candidate of candidates) report(candidate, 'redirect', { key });
    }
  }

  function checkStrings(strings: readonly TSESTree.Node[]): void {
    for (const node of strings) {
      if (!isStringRoot(node) || isNonUrlPosition(sourceCode, node)) continue;
      const candidate = cleartextUrlOf(sourceCode, node);
      if (!candidate || !candidate.url.hostComplete || isAllowed(candidate.url)) continue;
      const provider = matchPaymentHost(candidate.url.host);
      if (provider) {
        report(candidate, 'payment-host', { provider });
      } else if (
        options.checkAllUrls === true &&
        (candidate.hostKind === 'public' || candidate.hostKind === 'private') &&
        !looksLikeNamespaceUri(candidate.url)
      ) {
        report(candidate, 'url', {});
      }
    }
  }

  const { strings, redirects } = collect(sourceCode);
  checkNetworkSinks();
  checkSdkEndpoints();
  checkRedirectFields(redirects);
  checkStrings(strings);
  return findings;
}
