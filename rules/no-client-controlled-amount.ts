import type { TSESTree } from '@typescript-eslint/utils';
import { MONEY_FIELD_CALLS, type MoneyFields } from '../src/catalog/amount-fields.js';
import { createRule } from '../src/create-rule.js';
import { getEnclosingFunction } from '../src/ast/ast.js';
import { REQUEST_DATA_TRIGGER } from '../src/analyses/triggers.js';
import { argumentsOf, findApiReferences } from '../src/modules/module-references.js';
import { followFieldPath } from '../src/values/field-paths.js';
import { getTaintAnalysis } from '../src/requests/taint.js';

type Options = [{ validators?: string[]; extraAmountFields?: string[]; checkQuantity?: boolean }];
type MessageIds = 'clientAmount' | 'clientCurrency' | 'clientObject';

export default createRule<Options, MessageIds>({
  name: 'no-client-controlled-amount',
  relevance: { allOf: [{ apis: [MONEY_FIELD_CALLS] }, REQUEST_DATA_TRIGGER] },
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow request data defining the amount, currency or fees of a payment SDK call.',
      recommended: 'recommended',
      testFiles: 'skip',
      category: 'Security',
      cwe: ['CWE-472', 'CWE-602', 'CWE-20'],
      pci: ['6.2.4'],
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          validators: {
            type: 'array',
            description:
              'Extra function names that validate a client amount (bounds or allowlist): a value they return, or a value they check before the call, is accepted.',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
          },
          extraAmountFields: {
            type: 'array',
            description: 'Extra top-level parameter names that define money for every recognised payment call.',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
          },
          checkQuantity: {
            type: 'boolean',
            description: 'Also report client-chosen line-item quantities (off by default: carts normally send quantities).',
          },
        },
      },
    ],
    defaultOptions: [{ validators: [], extraAmountFields: [], checkQuantity: false }],
    messages: {
      clientAmount:
        '{{call}} takes `{{field}}` from the request ({{source}}), so a client can pay whatever it wants; compute it on the server from a trusted price (look the product up by ID, or pass a Price/order ID) or validate it against server-side bounds.',
      clientCurrency:
        '{{call}} takes `{{field}}` from the request ({{source}}) while the amount is fixed, so a client can pay the same number in a cheaper currency; derive the currency on the server (from the product, price or customer) or accept only the currencies you priced.',
      clientObject:
        '{{call}} receives a request-shaped object ({{source}}) that can set `{{field}}`, so a client can choose what it pays; build the parameters on the server from trusted prices and copy only the fields you expect.',
    },
  },
  create(context, [options]) {
    return {
      'Program:exit'() {
        const { sourceCode } = context;
        const references = findApiReferences(sourceCode, MONEY_FIELD_CALLS);
        if (references.length === 0) return;
        const analysis = getTaintAnalysis(sourceCode, { filename: context.filename, sanitizers: options.validators });
        const reported = new Set<TSESTree.Node>();
        const extra = (options.extraAmountFields ?? []).map((field) => [field]);
        // Functions that create a catalog product, and functions that set a charge-defining amount.
        const productFunctions = new Set<TSESTree.Node | null>();
        const chargeFunctions = new Set<TSESTree.Node | null>();
        for (const reference of references) {
          const data = reference.definition.data;
          if (!('role' in data)) continue;
          if (data.role === 'catalog-product') productFunctions.add(getEnclosingFunction(reference.node));
          else if (data.role === 'money-fields' && !(data as MoneyFields).catalog) chargeFunctions.add(getEnclosingFunction(reference.node));
        }
        for (const reference of references) {
          const data = reference.definition.data;
          if (!('role' in data) || data.role !== 'money-fields') continue;
          const fields = data as MoneyFields;
          if (fields.catalog) {
            // An administrator pricing a product created in the same function, with no charge there.
            const fn = getEnclosingFunction(reference.node);
            if (productFunctions.has(fn) && !chargeFunctions.has(fn)) continue;
          }
          const argument = argumentsOf(reference)[fields.argument];
          if (!argument || argument.type === 'SpreadElement') continue;
          const paths = [
            ...fields.fields,
            ...extra,
            ...(options.checkQuantity ? (fields.quantityFields ?? []) : []),
          ];
          for (const path of paths) {
            const display = path.filter((step) => step !== '[]').join('.') || 'amount';
            const { leaves, containers } = followFieldPath(sourceCode, argument, path);
            for (const leaf of leaves) {
              if (reported.has(leaf)) continue;
              const taint = analysis.taintAt(leaf, 'amount');
              if (!taint) continue;
              reported.add(leaf);
              context.report({
                node: leaf,
                messageId: /currency/iu.test(path.at(-1) ?? '') ? 'clientCurrency' : 'clientAmount',
                data: { call: fields.call, field: display, source: taint.label },
              });
            }
            for (const container of containers) {
              if (reported.has(container)) continue;
              const taint = analysis.taintAt(container, 'amount');
              if (!taint) continue;
              reported.add(container);
              context.report({
                node: container,
                messageId: 'clientObject',
                data: { call: fields.call, field: display, source: taint.label },
              });
            }
          }
        }
      },
    };
  },
});
