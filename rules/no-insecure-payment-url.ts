import type { TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '../src/ast/eslint-utils.js';
import type { RuleFix, RuleFixer } from '@typescript-eslint/utils/ts-eslint';
import { matchPaymentHost } from '../src/catalog/hosts.js';
import { SDK_ENDPOINT_KEYS, SDK_ENDPOINT_SINKS, URL_SINKS } from '../src/catalog/http-clients.js';
import { CLIENT_SDK_MODULES, SERVER_SDK_MODULES } from '../src/catalog/providers.js';
import { createRule } from '../src/create-rule.js';
import { stringListOption } from '../src/ast/options.js';
import { getStaticKeyName, skipWrappers } from '../src/ast/ast.js';
import { findModuleImports, isModuleOrSubpath } from '../src/modules/module-imports.js';
import { api } from '../src/catalog/api.js';
import { argumentsOf, findApiReferences, type ApiDefinition } from '../src/modules/module-references.js';
import { findProperty, propertyKey, resolveObject } from '../src/values/object-options.js';
import {
  resolveExpression,
  resolveIdentifier,
  staticPrefix,
  staticString,
  valueSources,
} from '../src/values/static-values.js';
import { isTestFile } from '../src/modules/test-files.js';
import {
  CLEARTEXT_SCHEMES,
  classifyHost,
  classifyUrlHost,
  hostMatches,
  looksLikeNamespaceUri,
  parseUrlPrefix,
  type HostKind,
  type UrlPrefix,
} from '../src/values/urls.js';

type Options = [
  {
    allowedHosts?: string[];
    checkAllUrls?: boolean;
    checkTestFiles?: boolean;
    testFilePatterns?: string[];
  },
];

type MessageIds =
  | 'insecureRequest'
  | 'insecurePaymentHost'
  | 'insecureSdkEndpoint'
  | 'insecureSdkProtocol'
  | 'insecureRedirect'
  | 'insecureHttpModule'
  | 'insecureUrl'
  | 'useSecureScheme';

/** Provider-facing fields that carry a URL the provider redirects customers or sends events to. */
const REDIRECT_KEYS = new Set([
  'success_url',
  'successUrl',
  'cancel_url',
  'cancelUrl',
  'cancel_return',
  'return_url',
  'returnUrl',
  'refresh_url',
  'redirect_url',
  'redirectUrl',
  'failure_url',
  'failureUrl',
  'webhook_url',
  'webhookUrl',
  'notification_url',
  'notificationUrl',
  'notify_url',
  'notifyUrl',
  'ipn_url',
  'callback_url',
  'callbackUrl',
]);

/** Calls that register a webhook endpoint with a provider: their `url` option is where payment events go. */
const WEBHOOK_REGISTRATION_WORDS = new Set(['webhookendpoints', 'webhooksubscriptions']);

/** Sibling keys that mark an object as a payment request payload. */
const PAYMENT_PAYLOAD_KEYS = new Set([
  'amount',
  'amountMoney',
  'currency',
  'line_items',
  'lineItems',
  'purchase_units',
  'purchaseUnits',
  'payment_method_types',
  'paymentMethodTypes',
  'merchantAccount',
  'price_data',
  'application_context',
  'applicationContext',
  'experience_context',
  'experienceContext',
  'checkoutOptions',
]);

/** Identifier segments in a callee chain that mark a call as a payment API call. */
const PAYMENT_CALL_WORDS = new Set([
  'stripe',
  'paypal',
  'square',
  'adyen',
  'braintree',
  'razorpay',
  'mollie',
  'gocardless',
  'klarna',
  'paystack',
  'flutterwave',
  'checkout',
  'payment',
  'payments',
  'paymentintents',
  'paymentlinks',
  'paymentlink',
  'setupintents',
  'billingportal',
  'accountlinks',
  'orderscontroller',
  'createorder',
  'hostedpayments',
  'paymentsapi',
  'webhookendpoints',
]);

/** Property keys whose string values are identifiers, never endpoints. */
const IDENTIFIER_KEYS = new Set([
  '$schema',
  '$id',
  '$ref',
  'xmlns',
  '@context',
  '@id',
  '@type',
  '@vocab',
  'namespace',
  'namespaceURI',
  'namespaceUri',
  'targetNamespace',
  'schema',
  'schemaLocation',
]);

const STRING_TEST_METHODS = new Set([
  'startsWith',
  'endsWith',
  'includes',
  'indexOf',
  'lastIndexOf',
  'replace',
  'replaceAll',
  'match',
  'matchAll',
  'search',
  'split',
  'test',
]);
const LOG_METHODS = new Set(['log', 'info', 'warn', 'error', 'debug', 'trace', 'fatal', 'verbose']);

/** `new URL(input, base)`: the URL is `input` when absolute, otherwise `base`. */
const URL_CONSTRUCTORS: readonly ApiDefinition<null>[] = [
  api.global('URL', [], 'construct', null),
  api.construct('url', ['URL'], null),
];

interface Candidate {
  /** Where the URL's leading text is written (report location and suggestion target). */
  readonly node: TSESTree.Node;
  readonly url: UrlPrefix;
  readonly hostKind: HostKind;
  /** Whether the whole URL string is known. */
  readonly complete: boolean;
}

export default createRule<Options, MessageIds>({
  name: 'no-insecure-payment-url',
  // Every report is about a clear-text scheme (`http:`/`ws:` in a URL, `protocol: 'http'`, the `http` module).
  relevance: { words: Object.keys(CLEARTEXT_SCHEMES) },
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow clear-text `http:` / `ws:` URLs for payment API traffic, SDK endpoints and payment redirect or webhook URLs.',
      recommended: 'recommended',
      category: 'Security',
      cwe: ['CWE-319'],
      pci: ['4.2.1'],
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allowedHosts: stringListOption(
            'Hosts that may be reached over clear text (exact names, or `*.domain` for a domain and its subdomains).',
          ),
          checkAllUrls: {
            type: 'boolean',
            description:
              'Also report every URL-shaped `http:` / `ws:` string with a public or private-network host, wherever it appears (SonarJS-style breadth).',
          },
          checkTestFiles: {
            type: 'boolean',
            description: 'Check test files too (by default files matching `testFilePatterns` are skipped).',
          },
          testFilePatterns: stringListOption(
            'Globs that identify test files; defaults to the plugin-wide test-file globs.',
          ),
        },
      },
    ],
    defaultOptions: [{ allowedHosts: [], checkAllUrls: false, checkTestFiles: false }],
    messages: {
      insecureRequest:
        'This {{client}} request uses a clear-text `{{scheme}}:` URL, so API keys, card data and payment responses can be read or altered on the network path; use `{{secure}}:`.',
      insecurePaymentHost:
        'This URL reaches {{provider}} over clear-text `{{scheme}}:`, exposing API keys and card data to anyone on the network path; use `{{secure}}:`.',
      insecureSdkEndpoint:
        'The {{provider}} client is pointed at a clear-text `{{scheme}}:` endpoint, so every API call and its credentials travel unencrypted; use an `{{secure}}:` endpoint.',
      insecureSdkProtocol:
        "`protocol: 'http'` makes the {{provider}} client send API calls and its secret key in clear text; use 'https'.",
      insecureRedirect:
        '`{{key}}` is a clear-text `http:` URL that the payment provider sends customers or events to, so checkout sessions and payment results can be intercepted or forged; use `https:`.',
      insecureHttpModule:
        'The `http` module sends this request to {{host}} in clear text, exposing API keys and card data in transit; use the `https` module.',
      insecureUrl:
        'This clear-text `{{scheme}}:` URL exposes whatever it carries to anyone on the network path; use `{{secure}}:`.',
      useSecureScheme: 'Switch to `{{secure}}:`.',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const allowedHosts = options.allowedHosts ?? [];
    const checkAllUrls = options.checkAllUrls === true;
    if (
      options.checkTestFiles !== true &&
      isTestFile(context.filename, options.testFilePatterns, { cwd: context.cwd })
    ) {
      return {};
    }

    const strings: TSESTree.Node[] = [];
    const redirectProperties: TSESTree.Property[] = [];
    const reported = new Set<TSESTree.Node>();

    function isAllowed(url: UrlPrefix): boolean {
      return url.hostComplete && allowedHosts.some((pattern) => hostMatches(url.host, pattern));
    }

    /** The literal or template literal holding the leading text of a string expression. */
    function leadingString(node: TSESTree.Node, depth = 0): TSESTree.Literal | TSESTree.TemplateLiteral | null {
      if (depth > 8) return null;
      const inner = skipWrappers(node);
      switch (inner.type) {
        case 'Literal':
          return typeof inner.value === 'string' ? inner : null;
        case 'TemplateLiteral':
          if (inner.quasis[0]?.value.cooked !== '' || inner.expressions.length === 0) return inner;
          return leadingString(inner.expressions[0]!, depth + 1);
        case 'BinaryExpression':
          return inner.operator === '+' ? leadingString(inner.left, depth + 1) : null;
        case 'Identifier': {
          const resolved = resolveIdentifier(sourceCode, inner);
          return resolved ? leadingString(resolved, depth + 1) : null;
        }
        case 'MemberExpression': {
          const key = getStaticKeyName(inner.property, inner.computed);
          if (key === null) return null;
          const found = findProperty(sourceCode, inner.object, key);
          return found ? leadingString(found.value, depth + 1) : null;
        }
        default:
          return null;
      }
    }

    /**
     * Parse one value expression into a URL candidate (`null` when not a clear-text URL with known scheme).
     * `continuation`: `undefined` when the expression is the whole value; otherwise the known text that follows it
     * in a concatenation or template (`null` when unknown).
     */
    function toCandidate(node: TSESTree.Node, continuation?: string | null): Candidate | null {
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
      const leading = leadingString(node);
      let hostKind = classifyUrlHost(url);
      if (hostKind === 'unknown' && url.host === '' && continuation === undefined && hasLocalHostDefault(node)) {
        hostKind = 'loopback';
      }
      return { node: leading ?? node, url, hostKind, complete: prefix.complete };
    }

    /**
     * `` `http://${host}:${port}` `` where `host` falls back to a local name (`process.env.HOST || 'localhost'`):
     * a local service whose address is configurable, not a public endpoint.
     */
    function hasLocalHostDefault(node: TSESTree.Node): boolean {
      let inner = skipWrappers(node);
      if (inner.type === 'Identifier') inner = skipWrappers(resolveExpression(sourceCode, inner));
      let hostExpression: TSESTree.Node | undefined;
      if (inner.type === 'TemplateLiteral' && (inner.quasis[0]?.value.cooked ?? '').endsWith('//')) {
        hostExpression = inner.expressions[0];
      } else if (inner.type === 'BinaryExpression' && inner.operator === '+') {
        const operands: TSESTree.Node[] = [];
        let current: TSESTree.Node = inner;
        while (current.type === 'BinaryExpression' && current.operator === '+' && operands.length < 32) {
          operands.unshift(current.right);
          current = skipWrappers(current.left);
        }
        operands.unshift(current);
        let text = '';
        for (const operand of operands) {
          const part = staticPrefix(sourceCode, operand);
          if (!part?.complete) {
            if (text.endsWith('//')) hostExpression = operand;
            break;
          }
          text += part.prefix;
        }
      }
      if (!hostExpression) return false;
      return valueSources(sourceCode, hostExpression).some((source) => {
        const value = staticString(sourceCode, source);
        if (value === null) return false;
        const kind = classifyHost(value.replace(/:\d*$/u, ''));
        return kind !== 'public' && kind !== 'unknown';
      });
    }

    /** Every clear-text URL a value expression may evaluate to: fallbacks, constants, `new URL()`, `.href`. */
    function urlCandidates(node: TSESTree.Node, depth = 0, continuation?: string | null): Candidate[] {
      const out: Candidate[] = [];
      if (depth > 4) return out;
      for (const source of valueSources(sourceCode, node)) {
        const inner = skipWrappers(source);
        const urlObject = urlConstructionArguments(inner);
        if (urlObject) {
          const [input, base] = urlObject;
          const inputCandidate = input ? urlCandidates(input, depth + 1) : [];
          const inputIsRelative = input ? isRelativeUrl(input) : false;
          out.push(...inputCandidate);
          if (base && inputIsRelative) out.push(...urlCandidates(base, depth + 1));
          continue;
        }
        if (inner.type === 'MemberExpression' && getStaticKeyName(inner.property, inner.computed) === 'href') {
          const object = resolveExpression(sourceCode, inner.object);
          if (urlConstructionArguments(object)) {
            out.push(...urlCandidates(object, depth + 1));
            continue;
          }
        }
        if (
          inner.type === 'CallExpression' &&
          inner.arguments.length === 0 &&
          inner.callee.type === 'MemberExpression' &&
          getStaticKeyName(inner.callee.property, inner.callee.computed) === 'toString'
        ) {
          out.push(...urlCandidates(inner.callee.object, depth + 1));
          continue;
        }
        const candidate = toCandidate(inner, continuation);
        if (candidate) {
          out.push(candidate);
        } else if (inner.type === 'BinaryExpression' && inner.operator === '+') {
          // `(process.env.API ?? 'http://…') + '/v1'`: judge the alternatives of the leading operand.
          out.push(...urlCandidates(inner.left, depth + 1, staticPrefix(sourceCode, inner.right)?.prefix ?? null));
        } else if (inner.type === 'TemplateLiteral' && inner.quasis[0]?.value.cooked === '' && inner.expressions[0]) {
          out.push(...urlCandidates(inner.expressions[0], depth + 1, inner.quasis[1]?.value.cooked || null));
        } else if (inner.type === 'MemberExpression') {
          // `this.baseUrl` (class field initialiser) and `config.api.url` (const object).
          const resolved = resolveExpression(sourceCode, inner);
          if (resolved !== inner) {
            out.push(...urlCandidates(resolved, depth + 1, continuation));
          } else {
            const key = getStaticKeyName(inner.property, inner.computed);
            const found = key === null ? null : findProperty(sourceCode, inner.object, key);
            if (found) out.push(...urlCandidates(found.value, depth + 1, continuation));
          }
        }
      }
      return out;
    }

    function isRelativeUrl(node: TSESTree.Node): boolean {
      const prefix = staticPrefix(sourceCode, node);
      if (!prefix) return false;
      return !/^[a-z][a-z0-9+.-]*:/iu.test(prefix.prefix) && prefix.prefix.length > 0;
    }

    const urlConstructions = new Set<TSESTree.Node>(
      findApiReferences(sourceCode, URL_CONSTRUCTORS).map((reference) => reference.node),
    );

    function urlConstructionArguments(node: TSESTree.Node): readonly (TSESTree.Node | undefined)[] | null {
      const resolved = node.type === 'Identifier' ? resolveExpression(sourceCode, node) : node;
      if (resolved.type !== 'NewExpression' || !urlConstructions.has(resolved)) return null;
      return [resolved.arguments[0], resolved.arguments[1]];
    }

    function suggestion(candidate: Candidate): { messageId: 'useSecureScheme'; data: Record<string, string>; fix: (fixer: RuleFixer) => RuleFix }[] | null {
      const secure = CLEARTEXT_SCHEMES[candidate.url.scheme]!;
      const { node } = candidate;
      if (node.type !== 'Literal' && node.type !== 'TemplateLiteral') return null;
      const text = sourceCode.getText(node);
      const match = /^['"`]([a-z]+):/iu.exec(text);
      if (!match || match[1]!.toLowerCase() !== candidate.url.scheme) return null;
      const start = node.range[0] + 1;
      const end = start + match[1]!.length;
      return [
        {
          messageId: 'useSecureScheme',
          data: { secure },
          fix: (fixer) => fixer.replaceTextRange([start, end], secure),
        },
      ];
    }

    function report(candidate: Candidate, messageId: MessageIds, data: Record<string, string>): void {
      if (reported.has(candidate.node)) return;
      reported.add(candidate.node);
      const secure = CLEARTEXT_SCHEMES[candidate.url.scheme]!;
      context.report({
        node: candidate.node,
        messageId,
        data: { scheme: candidate.url.scheme, secure, ...data },
        suggest: suggestion(candidate),
      });
    }

    /** Hosts reported in request/endpoint/redirect context: public or not statically known. */
    function isReportableInContext(candidate: Candidate): boolean {
      if (isAllowed(candidate.url)) return false;
      return candidate.hostKind === 'public' || candidate.hostKind === 'unknown';
    }

    function reportContext(candidate: Candidate, messageId: MessageIds, data: Record<string, string>): void {
      if (!isReportableInContext(candidate)) return;
      const provider = candidate.url.hostComplete ? matchPaymentHost(candidate.url.host) : null;
      if (provider) report(candidate, 'insecurePaymentHost', { provider });
      else report(candidate, messageId, data);
    }

    function checkNetworkSinks(): void {
      for (const reference of findApiReferences(sourceCode, URL_SINKS)) {
        const sink = reference.definition.data;
        if (sink.baseUrlWrite) {
          const assignment = reference.node.parent;
          if (reference.isWrite && assignment?.type === 'AssignmentExpression' && assignment.left === reference.node) {
            for (const candidate of urlCandidates(assignment.right)) {
              reportContext(candidate, 'insecureRequest', { client: sink.client });
            }
          }
          continue;
        }
        const args = argumentsOf(reference);
        if (sink.urlArgument !== undefined) {
          const argument = args[sink.urlArgument];
          if (argument && argument.type !== 'SpreadElement') {
            for (const candidate of urlCandidates(argument)) {
              reportContext(candidate, 'insecureRequest', { client: sink.client });
            }
          }
        }
        if (sink.optionsArgument !== undefined) {
          const argument = args[sink.optionsArgument];
          if (!argument || argument.type === 'SpreadElement') continue;
          for (const key of sink.urlKeys ?? []) {
            const found = findProperty(sourceCode, argument, key);
            if (!found) continue;
            for (const candidate of urlCandidates(found.value)) {
              reportContext(candidate, 'insecureRequest', { client: sink.client });
            }
          }
          if (sink.cleartextModule) checkHttpModuleOptions(argument);
        }
      }
    }

    /** `http.request({ hostname: 'api.stripe.com' })`: the module itself is clear text. */
    function checkHttpModuleOptions(argument: TSESTree.Node): void {
      if (!resolveObject(sourceCode, argument)) return;
      const protocol = findProperty(sourceCode, argument, 'protocol');
      if (protocol) {
        const value = staticString(sourceCode, protocol.value);
        if (value === null || value.toLowerCase() !== 'http:') return;
      }
      for (const key of ['hostname', 'host']) {
        const found = findProperty(sourceCode, argument, key);
        if (!found) continue;
        const host = staticString(sourceCode, found.value);
        if (host === null) return;
        const bare = host.replace(/:\d+$/u, '').toLowerCase();
        if (allowedHosts.some((pattern) => hostMatches(bare, pattern))) return;
        if (classifyHost(bare) !== 'public') return;
        if (reported.has(found.property)) return;
        reported.add(found.property);
        context.report({ node: found.property, messageId: 'insecureHttpModule', data: { host: bare } });
        return;
      }
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
            if (!found) continue;
            for (const candidate of urlCandidates(found.value)) {
              reportContext(candidate, 'insecureSdkEndpoint', { provider });
            }
          }
          checkSdkProtocol(argument, provider);
        }
      }
    }

    /** stripe-node style `{ host, protocol: 'http' }`. */
    function checkSdkProtocol(argument: TSESTree.Node, provider: string): void {
      const protocol = findProperty(sourceCode, argument, 'protocol');
      if (!protocol) return;
      const value = staticString(sourceCode, protocol.value);
      if (value === null || !/^http:?$/iu.test(value)) return;
      const hostProperty = findProperty(sourceCode, argument, 'host');
      if (!hostProperty) return;
      const host = staticString(sourceCode, hostProperty.value);
      if (host === null) return;
      const bare = host.replace(/:\d+$/u, '').toLowerCase();
      if (allowedHosts.some((pattern) => hostMatches(bare, pattern)) || classifyHost(bare) !== 'public') return;
      if (reported.has(protocol.property)) return;
      reported.add(protocol.property);
      const literal = skipWrappers(protocol.value);
      const text = literal.type === 'Literal' ? sourceCode.getText(literal) : '';
      context.report({
        node: protocol.property,
        messageId: 'insecureSdkProtocol',
        data: { provider },
        suggest: /^['"]http:?['"]$/iu.test(text)
          ? [
              {
                messageId: 'useSecureScheme',
                data: { secure: 'https' },
                fix: (fixer) => fixer.replaceTextRange([literal.range[0] + 1, literal.range[0] + 5], 'https'),
              },
            ]
          : null,
      });
    }

    let paymentModuleImported: boolean | null = null;
    function fileImportsPaymentSdk(): boolean {
      if (paymentModuleImported === null) {
        const modules = [...SERVER_SDK_MODULES, ...CLIENT_SDK_MODULES];
        paymentModuleImported = findModuleImports(sourceCode).some(
          (entry) => !entry.typeOnly && modules.some((name) => isModuleOrSubpath(entry.module, name)),
        );
      }
      return paymentModuleImported;
    }

    function calleeIsPaymentCall(callee: TSESTree.Node, words: ReadonlySet<string> = PAYMENT_CALL_WORDS): boolean {
      let current: TSESTree.Node = skipWrappers(callee);
      for (let depth = 0; depth < 8; depth++) {
        if (current.type === 'Identifier') return words.has(current.name.toLowerCase());
        if (current.type === 'MemberExpression') {
          const name = getStaticKeyName(current.property, current.computed);
          if (name !== null && words.has(name.toLowerCase())) return true;
          current = skipWrappers(current.object);
          continue;
        }
        if (current.type === 'ThisExpression') return false;
        if (current.type === 'CallExpression') {
          current = skipWrappers(current.callee);
          continue;
        }
        return false;
      }
      return false;
    }

    /** The object is (part of) an argument of a payment API call, or a payment payload itself. */
    function inPaymentContext(property: TSESTree.Property): boolean {
      let node: TSESTree.Node = property;
      for (let depth = 0; depth < 12 && node.parent; depth++) {
        const parent: TSESTree.Node = node.parent;
        if (parent.type === 'ObjectExpression') {
          for (const element of parent.properties) {
            if (element.type !== 'Property') continue;
            const key = propertyKey(sourceCode, element);
            if (key !== null && PAYMENT_PAYLOAD_KEYS.has(key)) return true;
          }
        } else if (parent.type === 'CallExpression' || parent.type === 'NewExpression') {
          if (parent.callee === node) return false;
          return calleeIsPaymentCall(parent.callee) || isPaymentFetch(parent);
        } else if (parent.type === 'VariableDeclarator' && parent.init === node && parent.id.type === 'Identifier') {
          return usedInPaymentCall(parent.id);
        } else if (
          parent.type !== 'Property' &&
          parent.type !== 'ArrayExpression' &&
          parent.type !== 'SpreadElement' &&
          parent.type !== 'TSAsExpression' &&
          parent.type !== 'TSSatisfiesExpression' &&
          parent.type !== 'ReturnStatement'
        ) {
          return false;
        }
        node = parent;
      }
      return false;
    }

    function usedInPaymentCall(identifier: TSESTree.Identifier): boolean {
      const variable = findVariable(sourceCode.getScope(identifier), identifier);
      if (!variable) return false;
      for (const reference of variable.references) {
        if (!reference.isRead()) continue;
        let node = reference.identifier as TSESTree.Node;
        for (let depth = 0; depth < 6 && node.parent; depth++) {
          const parent: TSESTree.Node = node.parent;
          if (parent.type === 'CallExpression' || parent.type === 'NewExpression') {
            if (parent.callee !== node && (calleeIsPaymentCall(parent.callee) || isPaymentFetch(parent))) return true;
            break;
          }
          if (!['SpreadElement', 'ObjectExpression', 'Property', 'ArrayExpression', 'TSAsExpression', 'TSSatisfiesExpression'].includes(parent.type)) {
            break;
          }
          node = parent;
        }
      }
      return false;
    }

    /** `fetch('https://api-m.paypal.com/…', { body: JSON.stringify({...}) })` and similar. */
    function isPaymentFetch(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
      if (call.callee.type === 'MemberExpression' && getStaticKeyName(call.callee.property, call.callee.computed) === 'stringify') {
        const outer = call.parent;
        if (outer?.type === 'Property' && outer.parent?.type === 'ObjectExpression') {
          const request = outer.parent.parent;
          if (request?.type === 'CallExpression' || request?.type === 'NewExpression') {
            return request.arguments.some((argument) => {
              const prefix = staticPrefix(sourceCode, argument);
              const url = prefix ? parseUrlPrefix(prefix.prefix, prefix.complete) : null;
              return url !== null && url.hostComplete && matchPaymentHost(url.host) !== null;
            });
          }
        }
      }
      return false;
    }

    /** `stripe.webhookEndpoints.create({ url })`: the property is a direct option of a webhook registration call. */
    function isWebhookRegistrationUrl(property: TSESTree.Property): boolean {
      const object = property.parent;
      const call = object?.parent;
      return (
        object?.type === 'ObjectExpression' &&
        call?.type === 'CallExpression' &&
        call.arguments.includes(object) &&
        calleeIsPaymentCall(call.callee, WEBHOOK_REGISTRATION_WORDS)
      );
    }

    function checkRedirectFields(): void {
      for (const property of redirectProperties) {
        const key = propertyKey(sourceCode, property);
        if (key === null) continue;
        if (key === 'url') {
          if (!isWebhookRegistrationUrl(property)) continue;
        } else if (!REDIRECT_KEYS.has(key)) {
          continue;
        }
        const candidates = urlCandidates(property.value).filter(
          (candidate) => candidate.url.scheme === 'http' && isReportableInContext(candidate),
        );
        if (candidates.length === 0) continue;
        if (key !== 'url' && !fileImportsPaymentSdk() && !inPaymentContext(property)) continue;
        for (const candidate of candidates) report(candidate, 'insecureRedirect', { key });
      }
    }

    /** String expressions that are not part of a larger string expression. */
    function isStringRoot(node: TSESTree.Node): boolean {
      const parent = node.parent;
      if (!parent) return false;
      if (parent.type === 'BinaryExpression' && parent.operator === '+') return false;
      if (parent.type === 'TemplateLiteral') return false;
      return true;
    }

    /** Positions where a string is a module name, a type, a key, an identifier URI, a comparison or log text. */
    function isNonUrlPosition(node: TSESTree.Node): boolean {
      let outer = node;
      while (outer.parent && ['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression'].includes(outer.parent.type)) {
        outer = outer.parent;
      }
      const parent = outer.parent;
      if (!parent) return true;
      switch (parent.type) {
        case 'ImportDeclaration':
        case 'ExportAllDeclaration':
        case 'ExportNamedDeclaration':
        case 'ImportExpression':
        case 'TSExternalModuleReference':
        case 'TSLiteralType':
        case 'TSModuleDeclaration':
        case 'TSEnumMember':
        case 'ExpressionStatement':
          return true;
        case 'JSXAttribute': {
          const name = parent.name.type === 'JSXNamespacedName' ? parent.name.namespace.name : parent.name.name;
          return name === 'xmlns' || name.startsWith('xmlns');
        }
        case 'Property': {
          if (parent.key === outer) return true;
          const key = propertyKey(sourceCode, parent);
          return key !== null && (IDENTIFIER_KEYS.has(key) || key.startsWith('xmlns'));
        }
        case 'BinaryExpression':
          return ['===', '!==', '==', '!='].includes(parent.operator);
        case 'SwitchCase':
          return parent.test === outer;
        case 'CallExpression':
        case 'NewExpression': {
          const callee = skipWrappers(parent.callee);
          if (callee.type === 'Identifier' && callee.name === 'RegExp') return true;
          if (callee.type === 'MemberExpression') {
            const name = getStaticKeyName(callee.property, callee.computed);
            if (name !== null && (STRING_TEST_METHODS.has(name) || LOG_METHODS.has(name))) return true;
            if (name === 'createElementNS' || name === 'setAttributeNS' || name === 'getAttributeNS') return true;
          }
          return false;
        }
        default:
          return false;
      }
    }

    function checkStrings(): void {
      for (const node of strings) {
        if (!isStringRoot(node) || isNonUrlPosition(node)) continue;
        const candidate = toCandidate(node);
        if (!candidate || !candidate.url.hostComplete || isAllowed(candidate.url)) continue;
        const provider = matchPaymentHost(candidate.url.host);
        if (provider) {
          report(candidate, 'insecurePaymentHost', { provider });
          continue;
        }
        if (!checkAllUrls) continue;
        if (candidate.hostKind !== 'public' && candidate.hostKind !== 'private') continue;
        if (looksLikeNamespaceUri(candidate.url)) continue;
        report(candidate, 'insecureUrl', {});
      }
    }

    /** Cheap pre-filter: could the leading text of this string be a clear-text URL? */
    function mayStartWithCleartextScheme(text: string): boolean {
      const head = text.slice(0, 5).toLowerCase();
      return head.startsWith('http:') || head.startsWith('ws:');
    }

    return {
      Literal(node) {
        if (typeof node.value === 'string' && mayStartWithCleartextScheme(node.value)) strings.push(node);
      },
      TemplateLiteral(node) {
        const first = node.quasis[0]?.value.cooked ?? '';
        if (first === '' ? node.expressions.length > 0 : mayStartWithCleartextScheme(first)) strings.push(node);
      },
      BinaryExpression(node) {
        if (node.operator !== '+' || (node.parent?.type === 'BinaryExpression' && node.parent.operator === '+')) return;
        let left: TSESTree.Node = skipWrappers(node.left);
        while (left.type === 'BinaryExpression' && left.operator === '+') left = skipWrappers(left.left);
        if (left.type === 'Literal') {
          if (typeof left.value === 'string' && mayStartWithCleartextScheme(left.value)) strings.push(node);
        } else if (left.type === 'TemplateLiteral') {
          if (mayStartWithCleartextScheme(left.quasis[0]?.value.cooked ?? '')) strings.push(node);
        } else if (left.type === 'Identifier' || left.type === 'MemberExpression') {
          strings.push(node);
        }
      },
      Property(node) {
        if (node.key.type === 'Identifier' || node.key.type === 'Literal') {
          const key = getStaticKeyName(node.key, node.computed);
          if (key !== null && (REDIRECT_KEYS.has(key) || key === 'url')) redirectProperties.push(node);
        }
      },
      'Program:exit'() {
        checkNetworkSinks();
        checkSdkEndpoints();
        checkRedirectFields();
        checkStrings();
      },
    };
  },
});
