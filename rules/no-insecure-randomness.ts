import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFixer } from '@typescript-eslint/utils/ts-eslint';
import {
  CRYPTO_APIS,
  INSECURE_RANDOM_SOURCES,
  NAMED_VALUE_SETTERS,
  SECURE_RANDOM_SOURCES,
  type InsecureRandomKind,
  type InsecureRandomSource,
  type RandomSinkCategory,
} from '../src/catalog/crypto.js';
import { createRule } from '../src/create-rule.js';
import { isDevelopmentOnly } from '../src/values/conditions.js';
import { getEnclosingFunction, getStaticKeyName, skipWrappers, skipWrappersUp } from '../src/ast/ast.js';
import { classifyRandomSink } from '../src/analyses/crypto-names.js';
import { NODE_CRYPTO_MODULES, moduleMemberText } from '../src/modules/module-bindings.js';
import { argumentsOf, findApiReferences } from '../src/modules/module-references.js';
import { splitName } from '../src/values/names.js';
import { staticNumber } from '../src/values/static-values.js';
import { DEFAULT_TEST_FILE_GLOBS, isTestFile } from '../src/modules/test-files.js';
import { namedValueWrites, createValueFlow } from '../src/values/value-flow.js';

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

/** Which sinks each kind of weak source is reported for. */
const ALLOWED: Readonly<Record<InsecureRandomKind, ReadonlySet<RandomSinkCategory>>> = {
  prng: new Set(['secret', 'nonce', 'idempotency', 'identifier', 'cipher']),
  // A clock reading is only reported when it is the whole entropy of the value; monotonic timestamps are
  // legitimate nonces and sortable order numbers, so those sinks are left alone.
  time: new Set(['secret', 'idempotency', 'cipher']),
  // Time-based UUIDs are unique (fine for idempotency keys and ids) but guessable.
  'uuid-v1': new Set(['secret', 'cipher']),
};

const SETTERS = new Set(NAMED_VALUE_SETTERS);
const ID_SLICES = new Set(['slice', 'substring', 'substr']);

interface Finding {
  readonly sink: string;
  readonly category: RandomSinkCategory;
}

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
    const { sourceCode } = context;
    const extraSecretNames = (options.additionalSinkNames ?? []).map(splitName).filter((segments) => segments.length > 0);

    /** Functions (and the Program) that also use a secure generator: their weak sources are fallbacks. */
    function secureScopes(): Set<TSESTree.Node> {
      const scopes = new Set<TSESTree.Node>();
      for (const reference of findApiReferences(sourceCode, SECURE_RANDOM_SOURCES)) {
        let fn = getEnclosingFunction(reference.node);
        if (!fn) scopes.add(sourceCode.ast);
        while (fn) {
          scopes.add(fn);
          fn = getEnclosingFunction(fn);
        }
      }
      return scopes;
    }

    function isGlobalCrypto(): boolean {
      const variable = sourceCode.scopeManager?.globalScope?.set.get('crypto');
      return !variable || variable.defs.length === 0;
    }

    function randomUuidText(): string | null {
      const imported = moduleMemberText(sourceCode, NODE_CRYPTO_MODULES, 'randomUUID');
      if (imported !== null) return `${imported}()`;
      return isGlobalCrypto() ? 'crypto.randomUUID()' : null;
    }

    /** A safe replacement for a recognised idiom around the source, or null. */
    function suggestionFor(source: TSESTree.Node, kind: InsecureRandomKind) {
      let target: TSESTree.Node | null = null;
      let replacement: string | null = null;
      if (kind === 'uuid-v1' && source.type === 'CallExpression' && source.arguments.length === 0) {
        target = source;
        replacement = randomUuidText();
      } else if (kind === 'prng' && isMathRandom(source)) {
        const chained = randomIdIdiom(source);
        if (chained) {
          target = chained;
          replacement = randomUuidText();
        } else {
          const floor = floorIdiom(source);
          const randomInt = floor ? moduleMemberText(sourceCode, NODE_CRYPTO_MODULES, 'randomInt') : null;
          if (floor && randomInt !== null) {
            target = floor.node;
            replacement = `${randomInt}(${floor.bound})`;
          }
        }
      }
      if (!target || replacement === null) return null;
      const range = target.range;
      const text = replacement;
      return [{ messageId: 'replaceWith' as const, data: { replacement: text }, fix: (fixer: RuleFixer) => fixer.replaceTextRange(range, text) }];
    }

    function isMathRandom(node: TSESTree.Node): node is TSESTree.CallExpression {
      if (node.type !== 'CallExpression') return false;
      const callee = skipWrappers(node.callee);
      return callee.type === 'MemberExpression' && getStaticKeyName(callee.property, callee.computed) === 'random';
    }

    /** `Math.random().toString(36).slice(2)` / `.substring(2, 10)` / `.substr(2, 9)` → the outermost call. */
    function randomIdIdiom(call: TSESTree.CallExpression): TSESTree.Node | null {
      const toString = memberCall(call, 'toString');
      if (!toString) return null;
      const slice = memberCallAny(toString, ID_SLICES);
      return slice ?? null;
    }

    /** `Math.floor(Math.random() * N)` with a constant N → `{ node, bound }`. */
    function floorIdiom(call: TSESTree.CallExpression): { node: TSESTree.Node; bound: string } | null {
      const product = skipWrappersUp(call).parent;
      if (product?.type !== 'BinaryExpression' || product.operator !== '*' || product.left !== skipWrappersUp(call)) return null;
      const floor = product.parent;
      if (floor?.type !== 'CallExpression' || floor.arguments[0] !== product || floor.arguments.length !== 1) return null;
      const callee = skipWrappers(floor.callee);
      if (
        callee.type !== 'MemberExpression' ||
        callee.object.type !== 'Identifier' ||
        callee.object.name !== 'Math' ||
        getStaticKeyName(callee.property, callee.computed) !== 'floor'
      ) {
        return null;
      }
      const bound = staticNumber(sourceCode, product.right);
      if (bound === null || !Number.isSafeInteger(bound) || bound < 1) return null;
      return { node: floor, bound: sourceCode.getText(product.right) };
    }

    function memberCall(node: TSESTree.Node, method: string): TSESTree.CallExpression | null {
      return memberCallAny(node, new Set([method]));
    }

    function memberCallAny(node: TSESTree.Node, methods: ReadonlySet<string>): TSESTree.CallExpression | null {
      const outer = skipWrappersUp(node);
      const member = outer.parent;
      if (member?.type !== 'MemberExpression' || member.object !== outer) return null;
      const name = getStaticKeyName(member.property, member.computed);
      const call = member.parent;
      if (name === null || !methods.has(name) || call?.type !== 'CallExpression' || call.callee !== member) return null;
      return call;
    }

    function sourceLabel(node: TSESTree.Node, data: InsecureRandomSource): string {
      if (data.kind === 'time' && node.type === 'NewExpression') return 'new Date()';
      return data.label;
    }

    return {
      'Program:exit'() {
        const globs = options.testFilePatterns ?? DEFAULT_TEST_FILE_GLOBS;
        if (globs.length > 0 && isTestFile(context.filename, globs, { cwd: context.cwd })) return;
        const references = findApiReferences(sourceCode, INSECURE_RANDOM_SOURCES);
        if (references.length === 0) return;

        const sources = new Map<TSESTree.Node, InsecureRandomSource>();
        for (const reference of references) {
          const { node } = reference;
          if (node.type === 'NewExpression' && node.arguments.length > 0) continue; // `new Date(value)` is not "now"
          sources.set(node, reference.definition.data);
        }
        if (sources.size === 0) return;

        const secure = secureScopes();
        // CodeQL's exclusion: a weak source inside a function (or any enclosing function) that also uses a
        // secure generator is a fallback path, not the generator.
        const excluded = (source: TSESTree.Node): boolean => {
          let fn = getEnclosingFunction(source);
          if (!fn) return secure.has(sourceCode.ast);
          while (fn) {
            if (secure.has(fn)) return true;
            fn = getEnclosingFunction(fn);
          }
          return false;
        };
        const flow = createValueFlow(sourceCode, (node) => sources.get(node));
        const findings = new Map<TSESTree.Node, Finding>();

        const consider = (value: TSESTree.Node, sink: string, category: RandomSinkCategory): void => {
          const result = flow.trace(value);
          for (const [source, data] of result.sources) {
            if (findings.has(source) || !ALLOWED[data.kind].has(category)) continue;
            if (data.kind === 'time' && result.opaque) continue;
            // Fallback generators appear in token/UUID helpers, not in cipher keys: no exclusion for those.
            if (category !== 'cipher' && excluded(source)) continue;
            findings.set(source, { sink, category });
          }
        };

        for (const write of namedValueWrites(sourceCode, SETTERS)) {
          const category = classifyRandomSink(write.name, { functionName: write.kind === 'return', extraSecretNames });
          if (category !== null) consider(write.value, write.name, category);
        }
        for (const reference of findApiReferences(sourceCode, CRYPTO_APIS)) {
          if (reference.definition.data.api !== 'cipheriv') continue;
          const [, key, iv] = argumentsOf(reference);
          if (key && key.type !== 'SpreadElement') consider(key, 'createCipheriv() key', 'cipher');
          if (iv && iv.type !== 'SpreadElement') consider(iv, 'createCipheriv() IV', 'cipher');
        }

        const ordered = [...findings].sort(([a], [b]) => a.range[0] - b.range[0]);
        for (const [source, finding] of ordered) {
          // Fake ids for a local or mock flow (`if (process.env.NODE_ENV !== 'production')`) never reach a payment.
          if (isDevelopmentOnly(source)) continue;
          const data = sources.get(source)!;
          context.report({
            node: source,
            messageId: MESSAGE_BY_CATEGORY[finding.category],
            data: { source: sourceLabel(source, data), sink: finding.sink },
            suggest: suggestionFor(source, data.kind),
          });
        }
      },
    };
  },
});
