import type { TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '../src/ast/eslint-utils.js';
import type { RuleFix, RuleFixer } from '@typescript-eslint/utils/ts-eslint';
import { createRule } from '../src/create-rule.js';
import { CARD_DATA_TRIGGER } from '../src/analyses/triggers.js';
import { stringListOption } from '../src/ast/options.js';
import { isFunction } from '../src/ast/ast.js';
import { nodesOfTypes } from '../src/ast/node-index.js';
import { api } from '../src/catalog/api.js';
import { argumentsOf, findApiReferences, type ApiDefinition } from '../src/modules/module-references.js';
import { findProperty } from '../src/values/object-options.js';
import { handlerForFunction } from '../src/requests/request-handlers.js';
import { responseSinkOf } from '../src/requests/response-sinks.js';
import { DEFAULT_MASK_FUNCTIONS, findSensitiveData, type SensitiveFinding } from '../src/analyses/sensitive-data.js';

type MessageIds = 'unmaskedPan' | 'showLast4' | 'wrapInMask';

type Options = [{ maskFunctions?: string[] }];

interface MailSink {
  readonly name: string;
}

/** Nodes whose value may reach an HTTP response or rendered JSX. */
const RESPONSE_VALUE_TYPES = ['CallExpression', 'NewExpression', 'AssignmentExpression', 'ReturnStatement', 'JSXExpressionContainer'] as const;

/** Email sends whose `text` / `html` / `subject` reach a person's inbox. */
const MAIL_SINKS: readonly ApiDefinition<MailSink>[] = [
  api.call('nodemailer', ['createTransport'], { name: 'nodemailer' }, 'nodemailer-transport'),
  api.instance('nodemailer-transport', ['sendMail'], 'call', { name: 'an email' }),
  api.call('@sendgrid/mail', ['send'], { name: 'an email' }),
  api.call('@sendgrid/mail', ['default', 'send'], { name: 'an email' }),
  api.construct('resend', ['Resend'], { name: 'resend' }, 'resend'),
  api.instance('resend', ['emails', 'send'], 'call', { name: 'an email' }),
];
const MAIL_BODY_KEYS = ['text', 'html', 'subject', 'react'];

export default createRule<Options, MessageIds>({
  name: 'require-pan-masking',
  // Only card numbers (`pan` findings of src/analyses/sensitive-data.ts) are reported.
  relevance: CARD_DATA_TRIGGER,
  meta: {
    type: 'problem',
    docs: {
      description: 'Require card numbers shown in HTTP responses, JSX or emails to be masked to at most the BIN and last four digits.',
      recommended: 'strict',
      testFiles: 'skip',
      category: 'Security',
      cwe: ['CWE-200', 'CWE-359'],
      pci: ['3.4.1'],
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          maskFunctions: stringListOption(
            'Extra names of helpers that mask a card number (matched by name segment, e.g. `maskPan`); the built-in mask/redact/truncate/hash/tokenize names always apply. The first one in scope is offered as a suggestion.',
          ),
        },
      },
    ],
    defaultOptions: [{ maskFunctions: [] }],
    messages: {
      unmaskedPan:
        '`{{name}}` shows a full card number in {{sink}}; PCI DSS 3.4.1 allows displaying at most the BIN and the last four digits, so mask it or show only `last4`.',
      showLast4: 'Show only the last four digits.',
      wrapInMask: 'Wrap the value in `{{fn}}()`.',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const userMaskFunctions = options.maskFunctions ?? [];
    const maskFunctions = [...DEFAULT_MASK_FUNCTIONS, ...userMaskFunctions];
    const reported = new Set<TSESTree.Node>();

    function maskHelperInScope(node: TSESTree.Node): string | null {
      const scope = sourceCode.getScope(node);
      for (const name of userMaskFunctions) {
        if (/^[a-z_$][\w$]*$/i.test(name) && findVariable(scope, name)) return name;
      }
      return null;
    }

    function replaceValue(fixer: RuleFixer, node: TSESTree.Node, text: string): RuleFix {
      const parent = node.parent;
      if (parent?.type === 'Property' && parent.shorthand && parent.value === node) {
        return fixer.replaceText(node, `${sourceCode.getText(node)}: ${text}`);
      }
      return fixer.replaceText(node, text);
    }

    function report(finding: SensitiveFinding, sink: string): void {
      if (finding.kind !== 'pan' || reported.has(finding.node)) return;
      reported.add(finding.node);
      const { node } = finding;
      const suggest: { messageId: MessageIds; data?: Record<string, string>; fix: (fixer: RuleFixer) => RuleFix }[] = [];
      if (finding.isValue && (node.type === 'Identifier' || node.type === 'MemberExpression')) {
        const text = sourceCode.getText(node);
        const dot = node.type === 'MemberExpression' && node.optional ? '?.' : '.';
        suggest.push({ messageId: 'showLast4', fix: (fixer) => replaceValue(fixer, node, `${text}${dot}slice(-4)`) });
        const fn = maskHelperInScope(node);
        if (fn) suggest.push({ messageId: 'wrapInMask', data: { fn }, fix: (fixer) => replaceValue(fixer, node, `${fn}(${text})`) });
      }
      context.report({ node, messageId: 'unmaskedPan', data: { name: finding.name, sink }, suggest });
    }

    function check(value: TSESTree.Node, sink: string): void {
      for (const finding of findSensitiveData(sourceCode, value, { maskFunctions })) report(finding, sink);
    }

    /** `return value` from a NestJS controller method is the response body. */
    function isNestReturn(statement: TSESTree.ReturnStatement): boolean {
      let fn: TSESTree.Node | undefined = statement.parent;
      while (fn && !isFunction(fn)) fn = fn.parent;
      return fn !== undefined && handlerForFunction(sourceCode, fn, context.filename)?.framework === 'nest';
    }

    return {
      'Program:exit'() {
        for (const node of nodesOfTypes(sourceCode, RESPONSE_VALUE_TYPES)) {
          switch (node.type) {
            case 'CallExpression':
            case 'NewExpression': {
              const first = node.arguments[0];
              if (!first) break;
              const sink = responseSinkOf(sourceCode, first, context.filename);
              if (sink) check(first, `the HTTP response (${sink.name})`);
              break;
            }
            case 'AssignmentExpression': {
              const sink = responseSinkOf(sourceCode, node.right, context.filename);
              if (sink) check(node.right, `the HTTP response (${sink.name})`);
              break;
            }
            case 'ReturnStatement': {
              if (!node.argument) break;
              const sink = responseSinkOf(sourceCode, node.argument, context.filename);
              if (sink) check(node.argument, `the HTTP response (${sink.name})`);
              else if (isNestReturn(node)) check(node.argument, 'the HTTP response');
              break;
            }
            case 'JSXExpressionContainer': {
              const parent = node.parent;
              if ((parent?.type === 'JSXElement' || parent?.type === 'JSXFragment') && node.expression.type !== 'JSXEmptyExpression') {
                check(node.expression, 'rendered JSX');
              }
              break;
            }
            default:
              break;
          }
        }
        for (const reference of findApiReferences(sourceCode, MAIL_SINKS)) {
          if (reference.definition.returns) continue;
          const message = argumentsOf(reference)[0];
          if (!message) continue;
          for (const key of MAIL_BODY_KEYS) {
            const found = findProperty(sourceCode, message, key);
            if (found) check(found.value, reference.definition.data.name);
          }
        }
      },
    };
  },
});
