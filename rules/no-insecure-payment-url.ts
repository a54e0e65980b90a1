import { findCleartextUrls, type CleartextUrlKind } from '../src/analyses/cleartext-urls.js';
import { createRule } from '../src/create-rule.js';
import { CLEARTEXT_SCHEMES } from '../src/values/urls.js';
import { stringListOption } from '../src/ast/options.js';
import { isTestFile } from '../src/modules/test-files.js';

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

const MESSAGE_IDS: Readonly<Record<CleartextUrlKind, MessageIds>> = {
  request: 'insecureRequest',
  'payment-host': 'insecurePaymentHost',
  'sdk-endpoint': 'insecureSdkEndpoint',
  'sdk-protocol': 'insecureSdkProtocol',
  redirect: 'insecureRedirect',
  'http-module': 'insecureHttpModule',
  url: 'insecureUrl',
};

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
    if (
      options.checkTestFiles !== true &&
      isTestFile(context.filename, options.testFilePatterns, { cwd: context.cwd })
    ) {
      return {};
    }
    return {
      'Program:exit'() {
        const findings = findCleartextUrls(context.sourceCode, {
          allowedHosts: options.allowedHosts ?? [],
          checkAllUrls: options.checkAllUrls === true,
        });
        for (const { node, kind, data, upgrade } of findings) {
          context.report({
            node,
            messageId: MESSAGE_IDS[kind],
            data,
            suggest: upgrade
              ? [
                  {
                    messageId: 'useSecureScheme',
                    data: { secure: upgrade.secure },
                    fix: (fixer) => fixer.replaceTextRange([upgrade.range[0], upgrade.range[1]], upgrade.secure),
                  },
                ]
              : null,
          });
        }
      },
    };
  },
});
