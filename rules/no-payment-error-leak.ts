import { GENERIC_ERROR_DOCS, PROVIDER_ERROR_DOCS } from '../src/catalog/payment-calls.js';
import { PROVIDERS } from '../src/catalog/providers.js';
import { createRule } from '../src/create-rule.js';
import { PAYMENT_SDK_RESOURCES } from '../src/catalog/payment-calls.js';
import { findProviderErrorLeaks } from '../src/analyses/provider-errors.js';

type MessageIds = 'wholeError' | 'rawField';

export default createRule<[], MessageIds>({
  name: 'no-payment-error-leak',
  relevance: { apis: [PAYMENT_SDK_RESOURCES] },
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow sending raw payment-provider errors (whole error objects, `err.raw`, stacks, raw responses) to HTTP clients.',
      recommended: 'strict',
      testFiles: 'skip',
      category: 'Security',
      cwe: ['CWE-209', 'CWE-497'],
      pci: ['6.2.4'],
    },
    schema: [],
    messages: {
      wholeError:
        'The whole {{provider}} error `{{name}}` is sent to the client with {{sink}}, exposing the raw API response, request IDs, stack trace and sometimes customer data; log it on the server and respond with a generic message or a mapped code (see {{docs}}).',
      rawField:
        '`{{path}}` from a {{provider}} error is sent to the client with {{sink}}, exposing provider internals (raw API responses, headers, stack traces) and sometimes customer data; log it on the server and respond with a generic message or a mapped code (see {{docs}}).',
    },
  },
  create(context) {
    return {
      'Program:exit'() {
        for (const leak of findProviderErrorLeaks(context.sourceCode, context.filename)) {
          const provider = leak.binding.provider;
          const data = {
            provider: PROVIDERS[provider].name,
            name: leak.path,
            path: leak.path,
            sink: leak.sink.name.startsWith('the ') ? leak.sink.name : `\`${leak.sink.name}\``,
            docs: PROVIDER_ERROR_DOCS[provider] ?? GENERIC_ERROR_DOCS,
          };
          context.report({ node: leak.node, messageId: leak.whole ? 'wholeError' : 'rawField', data });
        }
      },
    };
  },
});
