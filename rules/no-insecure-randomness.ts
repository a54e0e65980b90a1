import type { RuleFixer } from '@typescript-eslint/utils/ts-eslint';
import type { RandomSinkCategory } from '../src/catalog/crypto.js';
import { createRule } from '../src/create-rule.js';
import { INSECURE_RANDOM_SOURCES } from '../src/catalog/crypto.js';
import { findInsecureRandomness } from '../src/analyses/insecure-randomness.js';
import { DEFAULT_TEST_FILE_GLOBS, isTestFile } from '../src/modules/test-files.js';

type Options = [{ additionalSinkNames?: string[]; testFilePatterns?: string[] }];

type MessageIds =
  | 'insecureSecret'
  | 'insecureNonce'
  | 'insecureIdempotencyKey'
  | 'insecureIdentifier'
  | 'insecureCipherInput'
  | 'replaceWith';

const MESSAGE_BY_CATEGORY: Readonly<Record<RandomSinkCategory, MessageIds>> = {
  secret: 'insecureSecret',
  nonce: 'insecureNonce',
  idempotency: 'insecureIdempotencyKey',
  identifier: 'insecureIdentifier',
  cipher: 'insecureCipherInput',
};

export default createRule<Options, MessageIds>({
  name: 'no-insecure-randomness',
  relevance: { apis: [INSECURE_RANDOM_SOURCES] },
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow Math.random()-class values in tokens, nonces, OTPs, secrets, session ids, payment ids, idempotency keys and cipher keys or IVs.',
      recommended: 'recommended',
      category: 'Security',
      cwe: ['CWE-338', 'CWE-330'],
      pci: ['6.2.4'],
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          additionalSinkNames: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description:
              'Extra names (matched by whole camelCase/snake_case segments, e.g. `voucherCode`) whose values must come from a secure generator.',
          },
          testFilePatterns: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description: 'Globs of test files the rule skips; `[]` checks every file.',
          },
        },
      },
    ],
    defaultOptions: [{ additionalSinkNames: [], testFilePatterns: [...DEFAULT_TEST_FILE_GLOBS] }],
    messages: {
      insecureSecret:
        '`{{source}}` is predictable, yet it generates `{{sink}}`; an attacker who observes a few values can guess tokens, passwords or codes and take over sessions or payment flows. Use `crypto.randomBytes()`, `crypto.randomInt()` or `crypto.randomUUID()`.',
      insecureNonce:
        '`{{source}}` is predictable, yet it generates the nonce `{{sink}}`; guessable or repeated nonces enable replay of signed payment requests. Use `crypto.randomBytes()` or `crypto.randomUUID()`.',
      insecureIdempotencyKey:
        '`{{source}}` is predictable, yet it generates the idempotency key `{{sink}}`; a colliding key makes the provider return another payment\'s result instead of charging or refunding. Use `crypto.randomUUID()` and persist the key with the order.',
      insecureIdentifier:
        '`{{source}}` is predictable, yet it generates the payment identifier `{{sink}}`; guessable ids let attackers enumerate orders and colliding ids mix up payments. Use `crypto.randomUUID()`.',
      insecureCipherInput:
        '`{{source}}` is predictable, yet it generates the encryption key or IV `{{sink}}`; a predictable key or IV lets an attacker decrypt or forge encrypted card data. Use `crypto.randomBytes()`.',
      replaceWith: 'Replace with `{{replacement}}`.',
    },
  },
  create(context, [options]) {
    return {
      'Program:exit'() {
        const globs = options.testFilePatterns ?? DEFAULT_TEST_FILE_GLOBS;
        if (globs.length > 0 && isTestFile(context.filename, globs, { cwd: context.cwd })) return;
        const findings = findInsecureRandomness(context.sourceCode, { additionalSinkNames: options.additionalSinkNames });
        for (const { node, label, sink, category, replacement } of findings) {
          context.report({
            node,
            messageId: MESSAGE_BY_CATEGORY[category],
            data: { source: label, sink },
            suggest: replacement && [
              {
                messageId: 'replaceWith',
                data: { replacement: replacement.text },
                fix: (fixer: RuleFixer) => fixer.replaceText(replacement.node, replacement.text),
              },
            ],
          });
        }
      },
    };
  },
});
