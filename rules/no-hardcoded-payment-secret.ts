import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFix, RuleFixer } from '@typescript-eslint/utils/ts-eslint';
import { findHardcodedSecrets, type HardcodedSecretKind, type TestKeys } from '../src/analyses/hardcoded-secrets.js';
import { createRule } from '../src/create-rule.js';
import { CREDENTIAL_SINKS } from '../src/catalog/credentials.js';
import { CREDENTIAL_TEXT_TRIGGER } from '../src/analyses/triggers.js';
import { stringListOption } from '../src/ast/options.js';
import { skipWrappersUp } from '../src/ast/ast.js';
import { DEFAULT_DOCUMENTATION_FILE_GLOBS, isTestFile } from '../src/modules/test-files.js';

type Options = [
  {
    testKeys?: TestKeys;
    testFilePatterns?: string[];
    allow?: string[];
  },
];

type MessageIds = 'hardcodedSecret' | 'urlCredentials' | 'authorizationHeader' | 'useEnv' | 'removeFallback';

const MESSAGE_IDS: Readonly<Record<HardcodedSecretKind, MessageIds>> = {
  secret: 'hardcodedSecret',
  'url-credentials': 'urlCredentials',
  'authorization-header': 'authorizationHeader',
};

export default createRule<Options, MessageIds>({
  name: 'no-hardcoded-payment-secret',
  relevance: {
    // Formats in strings and comments; URL credentials; Authorization values; SDK credential slots; secrets paired
    // with a client id in one object; keys split across concatenated literals (`'…' + '…'`).
    anyOf: [
      CREDENTIAL_TEXT_TRIGGER,
      { allOf: [{ words: ['secret'] }, { words: ['client'] }] },
      // `process.env.DB_PASSWORD || 'literal'`: a credential-named variable with a literal fallback.
      { allOf: [{ text: ['.env'] }, { words: ['password', 'passwd', 'pass', 'pwd', 'secret', 'token', 'key'] }] },
      // `{ accessKeyId, secretAccessKey }`
      { text: ['secretAccessKey'] },
      // `scheme://user:password@host`: a userinfo runs up to `@` without `/ ? # @`, whitespace, quotes or `< >`.
      { pattern: /:\/\/[^/?#@\s"'`<>]*@/u },
    ],
    apis: [CREDENTIAL_SINKS],
    textIgnoreCase: ['authorization'],
    pattern: /['"`][\s)]*\+[\s(]*['"`]/u,
  },
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow payment provider secret keys, webhook secrets, URL passwords and literal Authorization credentials in source code.',
      recommended: 'recommended',
      category: 'Security',
      cwe: ['CWE-798', 'CWE-259', 'CWE-321'],
      pci: ['8.6.2', '3.6.1', '3.7.1'],
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          testKeys: {
            type: 'string',
            enum: ['outside-tests', 'always', 'never'],
            description:
              'When test-mode keys (`sk_test_…`, sandbox tokens) and values without a live marker are reported: `outside-tests` (default) skips them in test files and documentation code (`examples/`, `samples/`, `docs/`, `demo/`), `always` reports them everywhere, `never` reports only live keys. Live keys are always reported.',
          },
          testFilePatterns: stringListOption(
            'Globs that identify test files; defaults to the plugin-wide test-file globs.',
          ),
          allow: stringListOption(
            'Exact values that are never reported (for example a shared, revoked demo key).',
          ),
        },
      },
    ],
    defaultOptions: [{ testKeys: 'outside-tests', allow: [] }],
    messages: {
      hardcodedSecret:
        '{{credential}} is hard-coded, so anyone who can read the repository, build output or CI logs can use it against your payment systems; rotate it now (it is compromised once committed) and load it from the environment or a secret manager.',
      urlCredentials:
        'This URL embeds the password for {{host}}, so anyone who can read the code can use it; rotate the password and build the URL from environment variables or a secret manager.',
      authorizationHeader:
        'This `Authorization` header hard-codes {{scheme}} credentials that grant API access to anyone who can read the code; rotate them (they are compromised once committed) and build the header from the environment or a secret manager.',
      useEnv: 'Replace with `process.env.{{name}}`.',
      removeFallback: 'Remove the hard-coded fallback.',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;

    /** Suggestions that move a replaceable literal to `process.env.NAME`. */
    function suggestionsFor(node: TSESTree.Node, name: string) {
      const outer = skipWrappersUp(node);
      const parent = outer.parent;
      if (!parent) return null;
      if (parent.type === 'LogicalExpression' && parent.right === outer && parent.operator !== '&&') {
        const left = parent.left;
        return [
          {
            messageId: 'removeFallback' as const,
            fix: (fixer: RuleFixer): RuleFix => fixer.replaceText(parent, sourceCode.getText(left)),
          },
        ];
      }
      if (parent.type === 'Property' && parent.key === outer && !parent.computed) return null;
      if (parent.type === 'Property' && parent.computed && parent.key === outer) return null;
      if (parent.type === 'TSLiteralType' || parent.type === 'TSEnumMember' || parent.type === 'TSPropertySignature') return null;
      if (parent.type === 'ExpressionStatement' && 'directive' in parent && parent.directive) return null;
      if (parent.type === 'ImportAttribute') return null;
      const replacement = parent.type === 'JSXAttribute' ? `{process.env.${name}}` : `process.env.${name}`;
      return [
        {
          messageId: 'useEnv' as const,
          data: { name },
          fix: (fixer: RuleFixer): RuleFix => fixer.replaceText(node, replacement),
        },
      ];
    }

    return {
      'Program:exit'() {
        // Test-mode keys are expected in tests and in documentation code (examples, samples, docs).
        const inTestFile =
          isTestFile(context.filename, options.testFilePatterns, { cwd: context.cwd }) ||
          isTestFile(context.filename, DEFAULT_DOCUMENTATION_FILE_GLOBS, { cwd: context.cwd });
        const findings = findHardcodedSecrets(sourceCode, {
          testKeys: options.testKeys ?? 'outside-tests',
          inTestFile,
          allow: options.allow ?? [],
        });
        for (const { node, loc, kind, data, envName } of findings) {
          context.report({
            ...(loc ? { loc } : { node }),
            messageId: MESSAGE_IDS[kind],
            data,
            suggest: envName === null ? null : suggestionsFor(node, envName),
          });
        }
      },
    };
  },
});
