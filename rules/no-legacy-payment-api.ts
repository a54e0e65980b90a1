import type { TSESTree } from '@typescript-eslint/utils';
import {
  HTTP_REQUEST_CALLS,
  LEGACY_PAYMENT_CALLS,
  LEGACY_PAYMENT_ENDPOINTS,
  LEGACY_PAYMENT_MODULES,
  type LegacyPaymentCall,
} from '../src/catalog/payment-calls.js';
import { PROVIDERS } from '../src/catalog/providers.js';
import { createRule } from '../src/create-rule.js';
import { stringListOption } from '../src/ast/options.js';
import { getStaticKeyName, isFunction, skipWrappers } from '../src/ast/ast.js';
import { findModuleImports, isModuleOrSubpath } from '../src/modules/module-imports.js';
import { argumentsOf, findApiReferences } from '../src/modules/module-references.js';
import { splitName } from '../src/values/names.js';
import { findProperty } from '../src/values/object-options.js';
import { staticValue } from '../src/values/static-values.js';
import { createFileMatcher } from '../src/modules/test-files.js';
import { findEndpointPath } from '../src/values/url-paths.js';

type MessageIds = 'legacyCall' | 'legacyModule' | 'legacyCardTokenizer' | 'legacyEndpoint';
type Options = [{ ignoreFiles?: string[] }];

const DEFAULT_IGNORE_FILES = ['**/migrations/**'];

export default createRule<Options, MessageIds>({
  name: 'no-legacy-payment-api',
  relevance: {
    apis: [LEGACY_PAYMENT_CALLS],
    modules: LEGACY_PAYMENT_MODULES.map((entry) => entry.module),
    // Legacy endpoints: an HTTP client call and a path segment of an endpoint (`payments` of `/v1/payments/sale`).
    allOf: [
      { apis: [HTTP_REQUEST_CALLS] },
      { words: LEGACY_PAYMENT_ENDPOINTS.flatMap((endpoint) => endpoint.paths.map((path) => path.split('/').filter(Boolean)[1] ?? path)) },
    ],
  },
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow payment APIs and SDKs that are deprecated or not ready for Strong Customer Authentication (Stripe Charges, Tokens and Sources; PayPal v1 SDKs and endpoints).',
      recommended: 'recommended',
      testFiles: 'skip',
      category: 'Security',
      cwe: ['CWE-477', 'CWE-1104'],
      pci: ['6.3.3'],
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          ignoreFiles: stringListOption(
            'Globs of files where legacy payment code is expected (data migrations, backfills); matched against the path relative to the working directory.',
          ),
        },
      },
    ],
    defaultOptions: [{ ignoreFiles: DEFAULT_IGNORE_FILES }],
    messages: {
      legacyCall:
        '{{provider}} `{{method}}` {{reason}}; migrate to {{replacement}} (see {{docs}}).',
      legacyModule:
        '`{{module}}` is a deprecated {{provider}} SDK that no longer receives fixes and only speaks the legacy APIs; migrate to {{replacement}} (see {{docs}}).',
      legacyCardTokenizer:
        '`{{module}}` turns card numbers typed into the app into tokens through {{provider}}\'s legacy Tokens API: the raw card data passes through your own code and the payment cannot run Strong Customer Authentication; migrate to {{replacement}} (see {{docs}}).',
      legacyEndpoint:
        'This request calls the deprecated {{name}} (`{{path}}`), which gets no new payment methods or buyer-authentication support; migrate to {{replacement}} (see {{docs}}).',
    },
  },
  create(context, [options]) {
    const ignoreFiles = options.ignoreFiles ?? DEFAULT_IGNORE_FILES;
    if (ignoreFiles.length > 0 && createFileMatcher(ignoreFiles)(context.filename, { cwd: context.cwd })) return {};
    const { sourceCode } = context;

    /** True when the first argument sets one of `keys` to something other than `undefined`/`null`. */
    function argumentSets(call: TSESTree.Node, keys: readonly string[]): boolean {
      if (call.type !== 'CallExpression') return false;
      const first = call.arguments[0];
      if (!first || first.type === 'SpreadElement') return false;
      return keys.some((key) => {
        const found = findProperty(sourceCode, first, key);
        if (!found) return false;
        const value = staticValue(sourceCode, found.value);
        if (value && (value.value === undefined || value.value === null)) return false;
        return !(key === 'source' && isConnectedAccount(found.value, value));
      });
    }

    /**
     * Connect account debits (`charges.create({ source: 'acct_…' })`) have no PaymentIntents equivalent and are still
     * the documented API: a static `acct_` id, or a value whose name has an `account`/`acct` segment.
     */
    function isConnectedAccount(node: TSESTree.Node, value: { value: unknown } | null): boolean {
      if (value) return typeof value.value === 'string' && value.value.startsWith('acct_');
      const inner = skipWrappers(node);
      const name =
        inner.type === 'Identifier'
          ? inner.name
          : inner.type === 'MemberExpression'
            ? (getStaticKeyName(inner.property, inner.computed) ?? '') +
              (skipWrappers(inner.object).type === 'Identifier' ? ` ${(skipWrappers(inner.object) as TSESTree.Identifier).name}` : '')
            : '';
      return splitName(name).some((segment) => segment === 'account' || segment === 'acct' || segment === 'accounts');
    }

    /** The function making the request (or the whole file at top level) contains one of `texts`. */
    function requestMentions(call: TSESTree.Node, texts: readonly string[]): boolean {
      let scope: TSESTree.Node = call;
      while (scope.parent && !isFunction(scope)) scope = scope.parent;
      const text = sourceCode.getText(scope);
      return texts.some((fragment) => text.includes(fragment));
    }

    function reportCall(node: TSESTree.Node, legacy: LegacyPaymentCall): void {
      const callee = node.type === 'CallExpression' ? skipWrappers(node.callee) : node;
      context.report({
        node: callee,
        messageId: 'legacyCall',
        data: {
          provider: PROVIDERS[legacy.provider].name,
          method: legacy.method,
          reason: legacy.reason,
          replacement: legacy.replacement,
          docs: legacy.docs,
        },
      });
    }

    return {
      'Program:exit'() {
        for (const reference of findApiReferences(sourceCode, LEGACY_PAYMENT_CALLS)) {
          const data = reference.definition.data;
          if (!('role' in data) || data.role !== 'legacy') continue;
          if (data.whenArgumentHas && !argumentSets(reference.node, data.whenArgumentHas)) continue;
          reportCall(reference.node, data);
        }

        for (const imported of findModuleImports(sourceCode)) {
          if (imported.typeOnly) continue;
          const legacy = LEGACY_PAYMENT_MODULES.find((entry) => isModuleOrSubpath(imported.module, entry.module));
          if (!legacy) continue;
          context.report({
            node: imported.source,
            messageId: legacy.tokenizesCards ? 'legacyCardTokenizer' : 'legacyModule',
            data: {
              module: legacy.module,
              provider: PROVIDERS[legacy.provider].name,
              replacement: legacy.replacement,
              docs: legacy.docs,
            },
          });
        }

        const reportedUrls = new Set<TSESTree.Node>();
        for (const reference of findApiReferences(sourceCode, HTTP_REQUEST_CALLS)) {
          const { argument, property } = reference.definition.data;
          if (argument < 0) continue;
          const value = argumentsOf(reference)[argument];
          if (!value || value.type === 'SpreadElement') continue;
          const url = property ? findProperty(sourceCode, value, property)?.value : value;
          if (!url || reportedUrls.has(url)) continue;
          for (const endpoint of LEGACY_PAYMENT_ENDPOINTS) {
            const match = findEndpointPath(sourceCode, url, endpoint.paths);
            if (!match || (match.host !== null && !endpoint.hosts.includes(match.host))) continue;
            if (endpoint.whenRequestMentions && !requestMentions(reference.node, endpoint.whenRequestMentions)) continue;
            reportedUrls.add(url);
            context.report({
              node: url,
              messageId: 'legacyEndpoint',
              data: { name: endpoint.name, path: match.path, replacement: endpoint.replacement, docs: endpoint.docs },
            });
            break;
          }
        }
      },
    };
  },
});
