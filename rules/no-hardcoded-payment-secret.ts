import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFix, RuleFixer } from '@typescript-eslint/utils/ts-eslint';
import { CREDENTIAL_SINKS, toCredentialSink, type CredentialFormat, type KeyEnvironment } from '../src/catalog/credentials.js';
import { createRule } from '../src/create-rule.js';
import { CREDENTIAL_TEXT_TRIGGER } from '../src/analyses/triggers.js';
import { stringListOption } from '../src/ast/options.js';
import { getStaticKeyName, skipWrappers, skipWrappersUp } from '../src/ast/ast.js';
import { argumentsOf, findApiReferences } from '../src/modules/module-references.js';
import { findPropertyPath } from '../src/values/object-options.js';
import {
  describeCredential,
  findCredentials,
  findUrlCredentials,
  isPlaceholderValue,
  isRealPasswordPair,
  matchWholeCredential,
  pairedSecrets,
  parseAuthorization,
} from '../src/analyses/secrets.js';
import { staticString, valueSources } from '../src/values/static-values.js';
import { DEFAULT_DOCUMENTATION_FILE_GLOBS, isTestFile } from '../src/modules/test-files.js';
import { classifyHost } from '../src/values/urls.js';

type TestKeys = 'outside-tests' | 'always' | 'never';

type Options = [
  {
    testKeys?: TestKeys;
    testFilePatterns?: string[];
    allow?: string[];
  },
];

type MessageIds = 'hardcodedSecret' | 'urlCredentials' | 'authorizationHeader' | 'useEnv' | 'removeFallback';

/** A string-valued node and its text: literal, expression-less template, template quasi or JSX text. */
interface TextNode {
  readonly node: TSESTree.Node;
  readonly text: string;
  /** The node holds exactly this text as a JS value (a literal we may replace). */
  readonly replaceable: boolean;
}

const AUTH_HEADER_METHODS = new Set(['set', 'setHeader', 'append', 'header', 'setRequestHeader']);

export default createRule<Options, MessageIds>({
  name: 'no-hardcoded-payment-secret',
  relevance: {
    // Formats in strings and comments; URL credentials; Authorization values; SDK credential slots; secrets paired
    // with a client id in one object; keys split across concatenated literals (`'…' + '…'`).
    anyOf: [
      CREDENTIAL_TEXT_TRIGGER,
      { allOf: [{ words: ['secret'] }, { words: ['client'] }] },
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
    const testKeys: TestKeys = options.testKeys ?? 'outside-tests';
    const allow = new Set(options.allow ?? []);
    // Test-mode keys are expected in tests and in documentation code (examples, samples, docs).
    const inTestFile =
      isTestFile(context.filename, options.testFilePatterns, { cwd: context.cwd }) ||
      isTestFile(context.filename, DEFAULT_DOCUMENTATION_FILE_GLOBS, { cwd: context.cwd });
    const reported = new Set<TSESTree.Node>();
    const texts: TextNode[] = [];
    const authProperties: TSESTree.Property[] = [];
    const authCalls: TSESTree.CallExpression[] = [];
    const concatenations: TSESTree.BinaryExpression[] = [];

    /**
     * A key is live by its own marker (`sk_live_`, `access_token$production$`). Formats that are live only because
     * the test marker is missing (Checkout.com `sk_` + base32) count as unknown, so test suites that pair such dummy
     * keys with HTTP mocks are not reported; outside test files they are reported as before.
     */
    function environmentOf(format: CredentialFormat): KeyEnvironment {
      return format.environment === 'live' && !/live|prod/iu.test(format.prefix) ? 'unknown' : format.environment;
    }

    function shouldReport(environment: KeyEnvironment): boolean {
      if (environment === 'live') return true;
      if (testKeys === 'always') return true;
      if (testKeys === 'never' && environment === 'test') return false;
      return !inTestFile;
    }

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

    function reportCredential(
      node: TSESTree.Node,
      credential: string,
      envName: string,
      replaceable: boolean,
      loc?: TSESTree.SourceLocation,
    ): void {
      if (reported.has(node)) return;
      reported.add(node);
      context.report({
        ...(loc ? { loc } : { node }),
        messageId: 'hardcodedSecret',
        data: { credential },
        suggest: replaceable ? suggestionsFor(node, envName) : null,
      });
    }

    /** Literal nodes that a credential slot resolves to, with the sink's env name and label. */
    const slotLiterals = new Map<TSESTree.Node, { credential: string; envName: string; environment?: KeyEnvironment }>();
    const objects: TSESTree.ObjectExpression[] = [];

    function stringOf(node: TSESTree.Node): string | null {
      const inner = skipWrappers(node);
      if (inner.type === 'Literal' && typeof inner.value === 'string') return inner.value;
      if (inner.type === 'TemplateLiteral' && inner.expressions.length === 0) {
        return inner.quasis[0]?.value.cooked ?? null;
      }
      return null;
    }

    function collectSlotLiterals(target: TSESTree.Node, credential: string, envName: string, depth = 0): void {
      for (const source of valueSources(sourceCode, target)) {
        if (source.type === 'ArrayExpression' && depth === 0) {
          for (const element of source.elements) {
            if (element && element.type !== 'SpreadElement') collectSlotLiterals(element, credential, envName, 1);
          }
          continue;
        }
        if (stringOf(source) !== null && !slotLiterals.has(source)) slotLiterals.set(source, { credential, envName });
      }
    }

    function checkSlots(): void {
      for (const reference of findApiReferences(sourceCode, CREDENTIAL_SINKS)) {
        const sink = toCredentialSink(reference.definition.data);
        if (!sink) continue;
        const argument = argumentsOf(reference)[sink.slot.argument];
        if (!argument || argument.type === 'SpreadElement') continue;
        const target = sink.slot.path ? findPropertyPath(sourceCode, argument, sink.slot.path)?.value : argument;
        if (!target) continue;
        collectSlotLiterals(target, sink.credential, sink.envName);
      }
      for (const object of objects) {
        for (const paired of pairedSecrets(object)) {
          if (!slotLiterals.has(paired.node)) slotLiterals.set(paired.node, paired);
        }
      }
      for (const [node, sink] of slotLiterals) {
        const value = stringOf(node);
        if (value === null || allow.has(value)) continue;
        const whole = matchWholeCredential(value);
        if (whole) {
          if (!whole.format.secret || whole.placeholder || !shouldReport(environmentOf(whole.format))) continue;
          reportCredential(node, describeCredential(whole.format.label, value), sink.envName, true);
          continue;
        }
        if (findCredentials(value).length > 0) continue; // reported by the format scan
        if (isPlaceholderValue(value) || !shouldReport(sink.environment ?? 'unknown')) continue;
        reportCredential(node, describeCredential(sink.credential, value), sink.envName, true);
      }
    }

    function checkFormats(entry: TextNode): void {
      if (reported.has(entry.node)) return;
      for (const match of findCredentials(entry.text)) {
        if (allow.has(match.value) || !shouldReport(environmentOf(match.format))) continue;
        const whole = entry.replaceable && match.start === 0 && match.end === entry.text.length;
        reportCredential(
          entry.node,
          describeCredential(match.format.label, match.value),
          slotLiterals.get(entry.node)?.envName ?? match.format.envName,
          whole,
        );
        return;
      }
      if (!entry.text.includes('://') || !shouldReport('unknown')) return;
      for (const url of findUrlCredentials(entry.text)) {
        if (classifyHost(url.host) !== 'public' || !isRealPasswordPair(url.user, url.password)) continue;
        if (allow.has(url.password)) continue;
        reported.add(entry.node);
        context.report({ node: entry.node, messageId: 'urlCredentials', data: { host: url.host } });
        return;
      }
    }

    function checkComments(): void {
      for (const comment of sourceCode.getAllComments()) {
        const matches = findCredentials(comment.value);
        const match = matches.find((m) => !allow.has(m.value) && shouldReport(environmentOf(m.format)));
        if (!match) continue;
        const offset = comment.range[0] + 2;
        const loc = {
          start: sourceCode.getLocFromIndex(offset + match.start),
          end: sourceCode.getLocFromIndex(offset + match.end),
        };
        reportCredential(comment as unknown as TSESTree.Node, describeCredential(match.format.label, match.value), match.format.envName, false, loc);
      }
    }

    /** `'-----BEGIN PRIVATE KEY-----\n' + 'MIIE…' + …`: scan the joined text for keys split across literals. */
    function checkConcatenation(node: TSESTree.BinaryExpression): void {
      const leaves: { node: TSESTree.Node; text: string }[] = [];
      const stack: TSESTree.Node[] = [node];
      while (stack.length > 0) {
        const current = skipWrappers(stack.pop()!);
        if (current.type === 'BinaryExpression' && current.operator === '+') {
          stack.push(current.right, current.left);
          continue;
        }
        const text = stringOf(current);
        if (text === null) return;
        leaves.push({ node: current, text });
      }
      if (leaves.length < 2) return;
      let joined = '';
      const bounds: [number, number][] = [];
      for (const leaf of leaves) {
        bounds.push([joined.length, joined.length + leaf.text.length]);
        joined += leaf.text;
      }
      for (const match of findCredentials(joined)) {
        if (bounds.some(([start, end]) => match.start >= start && match.end <= end)) continue; // one literal holds it
        if (allow.has(match.value) || !shouldReport(environmentOf(match.format))) continue;
        for (const leaf of leaves) reported.add(leaf.node);
        reportCredential(node, describeCredential(match.format.label, match.value), match.format.envName, false);
        return;
      }
    }

    function authorizationValue(valueNode: TSESTree.Node): void {
      for (const source of valueSources(sourceCode, valueNode)) {
        const value = stringOf(source);
        if (value === null || reported.has(source) || allow.has(value)) continue;
        if (findCredentials(value).length > 0) continue; // the format scan names it
        const parsed = parseAuthorization(value);
        if (!parsed) continue;
        const real = parsed.basic
          ? isRealPasswordPair(parsed.basic.user, parsed.basic.password)
          : parsed.credential.length >= 12 && !isPlaceholderValue(parsed.credential);
        if (!real || !shouldReport('unknown')) continue;
        reported.add(source);
        context.report({ node: source, messageId: 'authorizationHeader', data: { scheme: parsed.scheme } });
      }
    }

    function isAuthorizationKey(name: string | null): boolean {
      return name !== null && name.toLowerCase() === 'authorization';
    }

    return {
      ObjectExpression(node) {
        objects.push(node);
      },
      Literal(node) {
        if (typeof node.value !== 'string' || node.value.length < 8) return;
        const parent = node.parent;
        if (
          parent &&
          ((parent.type === 'ImportDeclaration' || parent.type === 'ExportAllDeclaration' || parent.type === 'ExportNamedDeclaration' || parent.type === 'ImportExpression') &&
            'source' in parent && parent.source === node)
        ) {
          return;
        }
        if (parent?.type === 'TSExternalModuleReference') return;
        texts.push({ node, text: node.value, replaceable: true });
      },
      TemplateLiteral(node) {
        if (node.expressions.length === 0) {
          const text = node.quasis[0]?.value.cooked;
          if (text && text.length >= 8) texts.push({ node, text, replaceable: true });
          return;
        }
        for (const quasi of node.quasis) {
          const text = quasi.value.cooked ?? quasi.value.raw;
          if (text.length >= 8) texts.push({ node: quasi, text, replaceable: false });
        }
      },
      JSXText(node) {
        if (node.value.length >= 8) texts.push({ node, text: node.value, replaceable: false });
      },
      'BinaryExpression[operator="+"]'(node: TSESTree.BinaryExpression) {
        const outer = skipWrappersUp(node);
        if (outer.parent?.type === 'BinaryExpression' && outer.parent.operator === '+') return;
        concatenations.push(node);
      },
      Property(node) {
        if (isAuthorizationKey(node.computed ? staticString(sourceCode, node.key) : getStaticKeyName(node.key, false))) {
          authProperties.push(node);
        }
      },
      CallExpression(node) {
        const callee = skipWrappers(node.callee);
        if (callee.type !== 'MemberExpression' || node.arguments.length < 2) return;
        const method = getStaticKeyName(callee.property, callee.computed);
        if (method === null || !AUTH_HEADER_METHODS.has(method)) return;
        const first = node.arguments[0]!;
        if (first.type !== 'SpreadElement' && isAuthorizationKey(staticString(sourceCode, first))) authCalls.push(node);
      },
      'Program:exit'() {
        checkSlots();
        for (const concatenation of concatenations) checkConcatenation(concatenation);
        for (const entry of texts) checkFormats(entry);
        checkComments();
        for (const property of authProperties) authorizationValue(property.value);
        for (const call of authCalls) {
          const value = call.arguments[1];
          if (value && value.type !== 'SpreadElement') authorizationValue(value);
        }
      },
    };
  },
});
