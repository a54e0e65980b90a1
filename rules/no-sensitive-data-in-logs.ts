import type { TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '../src/ast/eslint-utils.js';
import type { RuleFix, RuleFixer } from '@typescript-eslint/utils/ts-eslint';
import { createRule } from '../src/create-rule.js';
import { stringListOption } from '../src/ast/options.js';
import { describeCard } from '../src/values/card-numbers.js';
import { removeProperty } from '../src/ast/fixes.js';
import { findLogCalls } from '../src/analyses/log-calls.js';
import {
  DEFAULT_MASK_FUNCTIONS,
  findSensitiveData,
  isPaymentContext,
  readsCredentialHeader,
  secretCarryingObject,
  type SensitiveFinding,
  SENSITIVE_DATA_TRIGGER,
} from '../src/analyses/sensitive-data.js';
import { DEFAULT_TEST_FILE_GLOBS, isTestFile } from '../src/modules/test-files.js';

type MessageIds =
  | 'cardNumber'
  | 'securityCode'
  | 'trackData'
  | 'expiry'
  | 'secret'
  | 'cardObject'
  | 'requestData'
  | 'requestHeadersCredential'
  | 'providerSecretObject'
  | 'cardNumberLiteral'
  | 'logLast4'
  | 'wrapInMask'
  | 'removeProperty';

type Options = [
  {
    maskFunctions?: string[];
    loggers?: string[];
    includeExpiry?: boolean;
    checkTestFiles?: boolean;
    testFilePatterns?: string[];
  },
];

export default createRule<Options, MessageIds>({
  name: 'no-sensitive-data-in-logs',
  relevance: SENSITIVE_DATA_TRIGGER,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow card numbers, security codes, secrets and raw payment objects in log calls.',
      recommended: 'recommended',
      category: 'Security',
      cwe: ['CWE-532', 'CWE-312', 'CWE-359'],
      pci: ['3.3.1', '3.5.1'],
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          maskFunctions: stringListOption(
            'Extra names of helpers that make a value safe to log (matched by name segment, e.g. `maskPan`, `scrubCard`); the built-in mask/redact/hash/encrypt/tokenize names always apply. The first name that is in scope is offered as a suggestion.',
          ),
          loggers: stringListOption(
            'Names of project loggers imported from your own modules (e.g. `logger`, `log`): calls such as `logger.info(...)` or `log(...)` on these imported bindings are checked too.',
          ),
          includeExpiry: {
            type: 'boolean',
            description: 'Also report card expiry dates on their own (they are cardholder data only alongside the card number).',
          },
          checkTestFiles: {
            type: 'boolean',
            description: 'Also check test files (by default they are skipped: they log fixtures, not real card data).',
          },
          testFilePatterns: stringListOption(
            'Glob patterns that identify test files (replaces the built-in list).',
          ),
        },
      },
    ],
    defaultOptions: [
      {
        maskFunctions: [],
        loggers: [],
        includeExpiry: false,
        checkTestFiles: false,
        testFilePatterns: [...DEFAULT_TEST_FILE_GLOBS],
      },
    ],
    messages: {
      cardNumber:
        '`{{name}}` carries a full card number into a log; log stores are copied and retained, so an unmasked PAN there breaks PCI DSS 3.5.1; log only the last four digits or pass it through a mask helper.',
      securityCode:
        '`{{name}}` carries a card security code into a log; CVV/CVC must never be kept after authorization, not even in logs (PCI DSS 3.3.1); remove it from the log call.',
      trackData:
        '`{{name}}` carries card track or PIN data into a log; it must never be stored after authorization (PCI DSS 3.3.1); remove it from the log call.',
      expiry:
        '`{{name}}` carries a card expiry date into a log, where it is cardholder data next to the card number; remove it or log only the fields you need.',
      secret:
        '`{{name}}` carries what looks like a secret or credential into a log, where anyone with log access could use it against your payment accounts; remove it or log a redacted form.',
      cardObject:
        '`{{name}}` writes a whole card or payment-method object to a log, which may carry the card number, expiry or security code; log selected safe fields such as `last4` and `brand` instead.',
      requestData:
        '`{{name}}` writes the whole request {{part}} of a payment handler to a log, which can carry card numbers, security codes or credentials; log selected non-sensitive fields instead.',
      requestHeadersCredential:
        '`{{name}}` writes the whole request headers to a log, including the `Authorization` header or cookies this handler reads, so anyone with log access can replay them; log selected non-sensitive headers instead.',
      providerSecretObject:
        '`{{name}}` writes a whole Stripe {{object}} to a log, including its `{{field}}`, which lets anyone who reads the log complete or act on the payment; log its `id` and `status` instead.',
      cardNumberLiteral:
        'This log call contains a card number ({{card}}); the same log line ships real card numbers to log stores in production, so remove it or mask it to the last four digits.',
      logLast4: 'Log only the last four digits.',
      wrapInMask: 'Wrap the value in `{{fn}}()`.',
      removeProperty: 'Remove this property from the logged object.',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const globs = options.testFilePatterns ?? DEFAULT_TEST_FILE_GLOBS;
    if (!options.checkTestFiles && isTestFile(context.filename, globs, { cwd: context.cwd })) return {};
    const userMaskFunctions = options.maskFunctions ?? [];
    const maskFunctions = [...DEFAULT_MASK_FUNCTIONS, ...userMaskFunctions];

    function maskHelperInScope(node: TSESTree.Node): string | null {
      const scope = sourceCode.getScope(node);
      for (const name of userMaskFunctions) {
        if (!/^[a-z_$][\w$]*$/i.test(name)) continue;
        if (findVariable(scope, name)) return name;
      }
      return null;
    }

    /** Replace the value expression (keeping `{ cardNumber }` shorthand valid). */
    function replaceValue(fixer: RuleFixer, node: TSESTree.Node, text: string): RuleFix {
      const parent = node.parent;
      if (parent?.type === 'Property' && parent.shorthand && parent.value === node) {
        return fixer.replaceText(node, `${sourceCode.getText(node)}: ${text}`);
      }
      return fixer.replaceText(node, text);
    }

    function suggestionsFor(finding: SensitiveFinding) {
      const { node } = finding;
      const suggestions: {
        messageId: MessageIds;
        data?: Record<string, string>;
        fix: (fixer: RuleFixer) => RuleFix;
      }[] = [];
      const isPlainValue = finding.isValue && (node.type === 'Identifier' || node.type === 'MemberExpression');
      if (finding.kind === 'pan' && isPlainValue) {
        const text = sourceCode.getText(node);
        const optional = node.type === 'MemberExpression' && node.optional ? '?.' : '.';
        suggestions.push({
          messageId: 'logLast4',
          fix: (fixer) => replaceValue(fixer, node, `${text}${node.type === 'Identifier' ? '.' : optional}slice(-4)`),
        });
      }
      if ((finding.kind === 'pan' || finding.kind === 'card-object' || finding.kind === 'expiry') && isPlainValue) {
        const fn = maskHelperInScope(node);
        if (fn) {
          const text = sourceCode.getText(node);
          suggestions.push({ messageId: 'wrapInMask', data: { fn }, fix: (fixer) => replaceValue(fixer, node, `${fn}(${text})`) });
        }
      }
      const property = finding.property ?? (node.parent?.type === 'Property' && node.parent.value === node ? node.parent : null);
      if (
        (finding.kind === 'cvv' || finding.kind === 'track' || finding.kind === 'secret') &&
        property &&
        property.parent.type === 'ObjectExpression' &&
        isInside(property, currentCall)
      ) {
        suggestions.push({ messageId: 'removeProperty', fix: (fixer) => removeProperty(sourceCode, fixer, property) });
      }
      return suggestions;
    }

    /** Short source text for a message, or a generic label for long or multi-line expressions. */
    function labelOf(node: TSESTree.Node): string {
      const text = sourceCode.getText(node);
      return text.length <= 60 && !/[\n\r`]/.test(text) ? text : 'this value';
    }

    let currentCall: TSESTree.Node | null = null;

    function isInside(node: TSESTree.Node, container: TSESTree.Node | null): boolean {
      return container !== null && node.range[0] >= container.range[0] && node.range[1] <= container.range[1];
    }

    const reported = new Set<TSESTree.Node>();

    return {
      'Program:exit'() {
        for (const logCall of findLogCalls(sourceCode, options.loggers ?? [])) {
          currentCall = logCall.call;
          for (const argument of logCall.args) {
            const secretObject = secretCarryingObject(sourceCode, argument);
            if (secretObject && !reported.has(secretObject.node)) {
              reported.add(secretObject.node);
              context.report({
                node: secretObject.node,
                messageId: 'providerSecretObject',
                data: {
                  name: labelOf(secretObject.node),
                  object: secretObject.result.object,
                  field: secretObject.result.field,
                },
              });
            }
            for (const finding of findSensitiveData(sourceCode, argument, { maskFunctions })) {
              if (reported.has(finding.node)) continue;
              if (finding.kind === 'expiry' && !options.includeExpiry) continue;
              let credentialHeaders = false;
              if (finding.kind === 'request-body' || finding.kind === 'request-headers') {
                if (!isPaymentContext(sourceCode, logCall.call, context.filename)) {
                  credentialHeaders = finding.kind === 'request-headers' && readsCredentialHeader(sourceCode, logCall.call);
                  if (!credentialHeaders) continue;
                }
              }
              reported.add(finding.node);
              const suggest = suggestionsFor(finding);
              switch (finding.kind) {
                case 'card-number':
                  context.report({
                    node: finding.node,
                    messageId: 'cardNumberLiteral',
                    data: { card: finding.card ? describeCard(finding.card) : 'card number' },
                    suggest,
                  });
                  break;
                case 'request-body':
                case 'request-headers':
                  context.report({
                    node: finding.node,
                    messageId: credentialHeaders ? 'requestHeadersCredential' : 'requestData',
                    data: { name: finding.name, part: finding.kind === 'request-body' ? 'body' : 'headers' },
                    suggest,
                  });
                  break;
                default:
                  context.report({ node: finding.node, messageId: MESSAGE_BY_KIND[finding.kind], data: { name: finding.name }, suggest });
              }
            }
          }
        }
        currentCall = null;
      },
    };
  },
});

const MESSAGE_BY_KIND = {
  pan: 'cardNumber',
  cvv: 'securityCode',
  track: 'trackData',
  expiry: 'expiry',
  secret: 'secret',
  'card-object': 'cardObject',
} as const satisfies Record<string, MessageIds>;
