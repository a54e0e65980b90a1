import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../src/create-rule.js';
import { REQUEST_DATA_TRIGGER } from '../src/analyses/triggers.js';
import { PAYMENT_MODULE_TRIGGER, findAmountsThroughCalls, findMoneySites, type AmountThroughCall } from '../src/analyses/client-amounts.js';
import { whereDeclared } from '../src/modules/project-functions.js';
import { getTaintAnalysis } from '../src/requests/taint.js';

type Options = [{ validators?: string[]; extraAmountFields?: string[]; checkQuantity?: boolean }];
type MessageIds =
  | 'clientAmount'
  | 'clientCurrency'
  | 'clientObject'
  | 'clientAmountThrough'
  | 'clientCurrencyThrough'
  | 'clientObjectThrough';

const MAX_VALUE_TEXT = 60;

export default createRule<Options, MessageIds>({
  name: 'no-client-controlled-amount',
  // Request data must be in the file, and a payment SDK in the file or in a project module it imports: the payment
  // call may be in such a module (client-amounts.ts).
  relevance: { allOf: [REQUEST_DATA_TRIGGER, PAYMENT_MODULE_TRIGGER] },
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
      clientAmountThrough:
        '{{value}} comes from the request and becomes `{{field}}` of {{call}}, decided in {{function}}(){{where}}, so a client can pay whatever it wants; compute the amount on the server from a trusted price (look the product up by ID, or pass a Price/order ID) or validate it against server-side bounds before the call.',
      clientCurrencyThrough:
        '{{value}} comes from the request and becomes `{{field}}` of {{call}}, decided in {{function}}(){{where}}, so a client can pay in a cheaper currency; derive the currency on the server (from the product, price or customer) or accept only the currencies you priced.',
      clientObjectThrough:
        '{{value}} is a request-shaped object that {{function}}(){{where}} passes to {{call}}, where it can set `{{field}}`, so a client can choose what it pays; build the parameters on the server from trusted prices and copy only the fields you expect.',
    },
  },
  create(context, [options]) {
    return {
      'Program:exit'() {
        const { sourceCode } = context;
        const amountOptions = { ...options, validators: options.validators ?? [] };
        const sites = findMoneySites(sourceCode, amountOptions);
        const analysis = getTaintAnalysis(sourceCode, { filename: context.filename, sanitizers: options.validators });
        const reported = new Set<TSESTree.Node>();
        for (const site of sites) {
          if (reported.has(site.node)) continue;
          const taint = analysis.taintAt(site.node, 'amount');
          if (!taint) continue;
          reported.add(site.node);
          context.report({
            node: site.node,
            messageId: site.kind === 'object' ? 'clientObject' : site.kind === 'currency' ? 'clientCurrency' : 'clientAmount',
            data: { call: site.call, field: site.field, source: taint.label },
          });
        }
        // Request data handed to a project function that puts it into a payment call: reported at the call here.
        for (const finding of findAmountsThroughCalls(sourceCode, analysis, amountOptions)) {
          if (reported.has(finding.node)) continue;
          reported.add(finding.node);
          const { entry } = finding;
          context.report({
            node: finding.node,
            messageId: entry.kind === 'object' ? 'clientObjectThrough' : entry.kind === 'currency' ? 'clientCurrencyThrough' : 'clientAmountThrough',
            data: {
              value: valueText(sourceCode.getText(finding.node), finding),
              field: entry.moneyField,
              call: entry.call,
              function: finding.target.name,
              where: whereDeclared(sourceCode, finding.target),
            },
          });
        }
      },
    };
  },
});

/** `` `req.body.amount` ``, `` `dto.amount` (@Body()) ``: the value at the call, and its source when the text does not say it. */
function valueText(text: string, finding: AmountThroughCall): string {
  const { entry, taint } = finding;
  const node = finding.node;
  // A whole client object of which the callee reads one field.
  const base = entry.field !== null && node === finding.call.arguments[entry.parameter] ? `${text}.${entry.field}` : text;
  const shown = base.length > MAX_VALUE_TEXT || base.includes('\n') ? `${base.slice(0, MAX_VALUE_TEXT).split('\n')[0]!}…` : base;
  const named = shown === taint.label || (entry.field !== null && shown === `${taint.label}.${entry.field}`);
  return named ? `\`${shown}\`` : `\`${shown}\` (${taint.label})`;
}
