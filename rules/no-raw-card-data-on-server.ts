import type { TSESTree } from '@typescript-eslint/utils';
import { RAW_CARD_CALLS, isRawCardCall } from '../src/catalog/raw-card-calls.js';
import { createRule } from '../src/create-rule.js';
import { CARD_DATA_ANY_CONTEXT_TRIGGER } from '../src/analyses/triggers.js';
import { REQUEST_HANDLER_TRIGGER } from '../src/requests/request-handlers.js';
import { stringListOption } from '../src/ast/options.js';
import { classifyFile } from '../src/modules/file-kinds.js';
import { argumentsOf, findApiReferences } from '../src/modules/module-references.js';
import { classifyName } from '../src/values/names.js';
import { findPropertyPath, listProperties, propertyKey, resolveObject } from '../src/values/object-options.js';
import { findRequestCardReads } from '../src/analyses/request-card-reads.js';
import { DEFAULT_TEST_FILE_GLOBS, isTestFile } from '../src/modules/test-files.js';

type MessageIds = 'requestCardData' | 'rawCardToProvider';

type Options = [{ checkTestFiles?: boolean; testFilePatterns?: string[] }];

const WHAT = { pan: 'card number', cvv: 'card security code', track: 'card track or PIN data' } as const;

export default createRule<Options, MessageIds>({
  name: 'no-raw-card-data-on-server',
  relevance: {
    // Card fields (card context is granted) read from a request, or passed to a provider's raw-card API.
    allOf: [CARD_DATA_ANY_CONTEXT_TRIGGER, { anyOf: [REQUEST_HANDLER_TRIGGER], apis: [RAW_CARD_CALLS] }],
  },
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow server code that reads raw card numbers or security codes from requests or sends them to a payment provider.',
      recommended: 'strict',
      category: 'Security',
      cwe: ['CWE-359'],
      pci: ['3.2.1', '3.5.1'],
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkTestFiles: {
            type: 'boolean',
            description: 'Also check test files (skipped by default: tests exercise raw-card flows on purpose).',
          },
          testFilePatterns: stringListOption(
            'Glob patterns that identify test files (replaces the built-in list).',
          ),
        },
      },
    ],
    defaultOptions: [{ checkTestFiles: false, testFilePatterns: [...DEFAULT_TEST_FILE_GLOBS] }],
    messages: {
      requestCardData:
        '`{{name}}` reads a raw {{what}} from the request, so card data passes through this server and puts it in full PCI DSS scope; collect cards with the provider\'s client-side fields (Stripe Elements, Braintree Hosted Fields, Adyen encrypted fields) and send only the resulting token.',
      rawCardToProvider:
        '`{{name}}` sends a raw {{what}} to {{provider}} from server code, which puts this server in full PCI DSS scope; tokenize the card client-side and pass the token or payment method id instead.',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const globs = options.testFilePatterns ?? DEFAULT_TEST_FILE_GLOBS;
    if (!options.checkTestFiles && isTestFile(context.filename, globs, { cwd: context.cwd })) return {};

    return {
      'Program:exit'(program) {
        if (classifyFile(context.filename, program as TSESTree.Program, { cwd: context.cwd }) === 'client') return;
        const reported = new Set<TSESTree.Node>();

        for (const read of findRequestCardReads(sourceCode, context.filename)) {
          if (reported.has(read.node)) continue;
          reported.add(read.node);
          context.report({ node: read.node, messageId: 'requestCardData', data: { name: read.name, what: WHAT[read.kind] } });
        }

        for (const reference of findApiReferences(sourceCode, RAW_CARD_CALLS)) {
          const data = reference.definition.data;
          if (!isRawCardCall(data)) continue;
          const argument = argumentsOf(reference)[0];
          if (!argument) continue;
          for (const path of data.cardPaths) {
            const holder = path.length === 0 ? resolveObject(sourceCode, argument) : findPropertyPath(sourceCode, argument, path)?.value;
            if (!holder || !resolveObject(sourceCode, holder)) continue;
            for (const { property } of listProperties(sourceCode, holder).properties) {
              const key = propertyKey(sourceCode, property);
              if (key === null) continue;
              const nameClass = classifyName(key, { cardContext: true });
              if (nameClass !== 'pan' && nameClass !== 'cvv' && nameClass !== 'track') continue;
              if (reported.has(property)) continue;
              reported.add(property);
              context.report({
                node: property,
                messageId: 'rawCardToProvider',
                data: { name: key, what: WHAT[nameClass], provider: data.provider },
              });
            }
          }
        }
      },
    };
  },
});
