import type { TSESTree } from '@typescript-eslint/utils';
import {
  MONEY_MOVING_CALLS,
  RANDOM_KEY_SOURCES,
  type IdempotencySlot,
  type MoneyMovingCall,
} from '../src/catalog/payment-calls.js';
import { PROVIDERS } from '../src/catalog/providers.js';
import { createRule } from '../src/create-rule.js';
import { skipWrappers, walk } from '../src/ast/ast.js';
import { findApiReferences } from '../src/modules/module-references.js';
import { findProperty, listProperties, resolveObject } from '../src/values/object-options.js';
import { findRetryScope, type RetryScope } from '../src/analyses/retry-scopes.js';
import { resolveIdentifier, staticValue } from '../src/values/static-values.js';

type MessageIds = 'missingKey' | 'perAttemptKey' | 'constantKey';

/** Where the key is: the key expression, `'missing'`, or `'unknown'` (options we cannot see). */
type KeyLookup = TSESTree.Node | 'missing' | 'unknown';

const MAX_KEY_DEPTH = 4;

/** Not a non-computed member name or object key (`order.id`, `{ id: x }`). */
function isValueIdentifier(identifier: TSESTree.Identifier): boolean {
  const parent = identifier.parent;
  if (parent?.type === 'MemberExpression' && parent.property === identifier && !parent.computed) return false;
  if (parent?.type === 'Property' && parent.key === identifier && !parent.computed && parent.value !== identifier) return false;
  return true;
}

export default createRule<[], MessageIds>({
  name: 'require-idempotency-key',
  relevance: { apis: [MONEY_MOVING_CALLS] },
  meta: {
    type: 'problem',
    docs: {
      description:
        'Require a stable, caller-supplied idempotency key on money-moving payment calls that run inside retries, queues or job handlers.',
      recommended: 'strict',
      testFiles: 'skip',
      category: 'Security',
      cwe: ['CWE-837'],
      pci: [],
    },
    schema: [],
    messages: {
      missingKey:
        '{{provider}} `{{method}}` runs inside {{scope}} without a caller-supplied idempotency key, so a retry after a timeout or crash is a new request and can move the money twice (the SDK\'s automatic key changes on every call); pass a {{keyHint}} derived from a persisted order or attempt ID (see {{docs}}).',
      perAttemptKey:
        'The idempotency key of {{provider}} `{{method}}` is generated inside {{scope}}, so every retry sends a new key and the provider treats it as a new payment; derive the key from a persisted order or attempt ID created before the retry (see {{docs}}).',
      constantKey:
        '{{provider}} `{{method}}` uses {{what}} as its idempotency key, so every payment after the first is rejected or replays the first result; derive the key from the order or attempt ID (see {{docs}}).',
    },
  },
  create(context) {
    const { sourceCode } = context;

    function lookupInObject(node: TSESTree.Node, keys: readonly string[]): KeyLookup {
      const object = resolveObject(sourceCode, node);
      if (!object) return 'unknown';
      for (const key of keys) {
        const found = findProperty(sourceCode, object, key);
        if (found) return found.value;
      }
      return listProperties(sourceCode, object).unknownSpread ? 'unknown' : 'missing';
    }

    function lookupKey(call: TSESTree.CallExpression, slot: IdempotencySlot): KeyLookup {
      const args = call.arguments;
      if (args.some((argument) => argument.type === 'SpreadElement')) return 'unknown';
      if (slot.style === 'positional') return args[slot.argument] ?? 'missing';
      if (slot.style === 'property') {
        const request = args[slot.argument];
        return request ? lookupInObject(request, slot.keys) : 'missing';
      }
      // Request options: any object argument from `slot.argument` on (stripe-node takes options last).
      let result: KeyLookup = 'missing';
      for (let index = slot.argument; index < args.length; index++) {
        const argument = args[index]!;
        const inner = skipWrappers(argument);
        if (inner.type === 'Literal' || (inner.type === 'Identifier' && inner.name === 'undefined')) continue;
        const found = lookupInObject(argument, slot.keys);
        if (found === 'unknown') result = 'unknown';
        else if (found !== 'missing') return found;
      }
      return result;
    }

    const randomCalls = (): ReadonlySet<TSESTree.Node> => {
      randomCache ??= new Set(findApiReferences(sourceCode, RANDOM_KEY_SOURCES).map((reference) => reference.node));
      return randomCache;
    };
    let randomCache: Set<TSESTree.Node> | undefined;

    /** A per-call random value (`randomUUID()`, `Date.now()`) that feeds the key and is created inside `scope`. */
    function randomInside(key: TSESTree.Node, scope: RetryScope): TSESTree.Node | null {
      const random = randomCalls();
      if (random.size === 0) return null;
      let found: TSESTree.Node | null = null;
      const visit = (node: TSESTree.Node, depth: number): void => {
        if (found || depth > MAX_KEY_DEPTH) return;
        walk(node, sourceCode.visitorKeys, (inner) => {
          if (found) return false;
          if (random.has(inner)) {
            if (inner.range[0] >= scope.node.range[0] && inner.range[1] <= scope.node.range[1]) found = inner;
            return false;
          }
          if (inner.type === 'Identifier' && isValueIdentifier(inner)) {
            const resolved = resolveIdentifier(sourceCode, inner);
            if (resolved) visit(resolved, depth + 1);
          }
          return undefined;
        });
      };
      visit(key, 0);
      return found;
    }

    function describeScope(scope: RetryScope): string {
      if (scope.kind === 'loop') return 'a retry loop';
      if (scope.kind === 'retry-helper') return `a \`${scope.name}\` retry callback`;
      const article = /^[aeiou]/iu.test(scope.name) ? 'an' : 'a';
      return `${article} ${scope.name}, which is re-run on failure`;
    }

    return {
      'Program:exit'() {
        for (const reference of findApiReferences(sourceCode, MONEY_MOVING_CALLS)) {
          const data = reference.definition.data;
          if (!('role' in data) || data.role !== 'money-moving') continue;
          const call = reference.node;
          if (call.type !== 'CallExpression') continue;
          const money = data as MoneyMovingCall;
          const provider = PROVIDERS[money.provider].name;
          const { method, docs } = money;
          const keyHint = money.idempotency.style === 'positional' ? `an ${money.keyHint}` : `a ${money.keyHint}`;
          const key = lookupKey(call, money.idempotency);
          if (key === 'unknown') continue;
          const callee = skipWrappers(call.callee);
          const reportMissing = (): void => {
            const scope = findRetryScope(sourceCode, call);
            if (!scope) return;
            context.report({
              node: callee,
              messageId: 'missingKey',
              data: { provider, method, keyHint, docs, scope: describeScope(scope) },
            });
          };

          if (key === 'missing') {
            reportMissing();
            continue;
          }
          const value = staticValue(sourceCode, key);
          if (value) {
            if (value.value === undefined || value.value === null) {
              reportMissing(); // `idempotencyKey: undefined` is the same as no key
            } else if (typeof value.value === 'string') {
              const what = value.value === '' ? 'an empty string' : 'the same constant string';
              context.report({ node: key, messageId: 'constantKey', data: { provider, method, docs, what } });
            }
            continue;
          }
          const scope = findRetryScope(sourceCode, call);
          if (scope && randomInside(key, scope)) {
            context.report({
              node: key,
              messageId: 'perAttemptKey',
              data: { provider, method, docs, scope: describeScope(scope) },
            });
          }
        }
      },
    };
  },
});
