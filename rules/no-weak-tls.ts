import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFix, RuleFixer } from '@typescript-eslint/utils/ts-eslint';
import { DATABASE_CONFIG_FILES, TLS_DEFAULT_SETTINGS, TLS_OPTION_SINKS } from '../src/catalog/tls-clients.js';
import { findTlsOptionObjects } from '../src/analyses/tls-option-objects.js';
import { createRule } from '../src/create-rule.js';
import { getStaticKeyName, skipWrappers } from '../src/ast/ast.js';
import { removeProperty } from '../src/ast/fixes.js';
import { findApiReferences } from '../src/modules/module-references.js';
import { findProperty, type FoundProperty } from '../src/values/object-options.js';
import { resolveIdentifier, staticString, staticValue } from '../src/values/static-values.js';
import {
  SSL_OP_BITS,
  disablesLegacyTls,
  isGenericSecureProtocol,
  weakCiphers,
  weakSecureProtocol,
  weakTlsVersion,
} from '../src/analyses/tls-options.js';

type MessageIds =
  | 'weakMinVersion'
  | 'weakMaxVersion'
  | 'weakProtocol'
  | 'weakCiphers'
  | 'legacyOptions'
  | 'weakDefault'
  | 'useTls12'
  | 'useTls13Max'
  | 'replaceProtocol'
  | 'removeCiphers';

type Suggestion = { messageId: MessageIds; fix: (fixer: RuleFixer) => RuleFix };

export default createRule<[], MessageIds>({
  name: 'no-weak-tls',
  relevance: { anyOf: [{ apis: [TLS_OPTION_SINKS, TLS_DEFAULT_SETTINGS] }, { files: DATABASE_CONFIG_FILES }] },
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow TLS protocol versions below 1.2 and broken cipher suites in TLS options of clients and servers.',
      recommended: 'recommended',
      testFiles: 'skip',
      category: 'Security',
      cwe: ['CWE-326', 'CWE-327'],
      pci: ['4.2.1'],
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      weakMinVersion:
        '`minVersion: {{value}}` lets {{client}} negotiate {{version}}, which PCI DSS no longer accepts for card data in transit; set `minVersion` to "TLSv1.2" or higher.',
      weakMaxVersion:
        '`maxVersion: {{value}}` caps {{client}} at {{version}}, which PCI DSS no longer accepts for card data in transit; remove it or set it to "TLSv1.3".',
      weakProtocol:
        '`secureProtocol: {{value}}` forces {{version}} on {{client}}, which PCI DSS no longer accepts for card data in transit; use `minVersion: "TLSv1.2"` instead.',
      weakCiphers:
        'The `ciphers` list of {{client}} enables {{ciphers}} suites, which attackers can break to read card data in transit; remove them or exclude them with `!` entries.',
      legacyOptions:
        '`secureProtocol: {{value}}` allows every protocol version and `secureOptions` does not turn off TLS 1.0 and 1.1, so {{client}} can negotiate protocols PCI DSS no longer accepts; use `minVersion: "TLSv1.2"` instead.',
      weakDefault:
        'Setting `tls.{{setting}}` to {{value}} weakens every TLS connection in the process, payment API calls included, to protocols or ciphers PCI DSS no longer accepts; remove it.',
      useTls12: 'Set `minVersion` to "TLSv1.2".',
      useTls13Max: 'Set `maxVersion` to "TLSv1.3".',
      replaceProtocol: 'Replace it with `minVersion: "TLSv1.2"`.',
      removeCiphers: "Remove the `ciphers` option to use Node's default cipher list.",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const reported = new Set<TSESTree.Node>();

    function quoteOf(node: TSESTree.Node): string {
      const text = sourceCode.getText(node);
      return text.startsWith('"') ? '"' : "'";
    }

    function replaceValue(found: FoundProperty, text: string): (fixer: RuleFixer) => RuleFix {
      const quote = quoteOf(skipWrappers(found.value));
      return (fixer) => fixer.replaceText(found.value, `${quote}${text}${quote}`);
    }

    function report(
      found: FoundProperty,
      messageId: MessageIds,
      data: Record<string, string>,
      suggest: Suggestion[] | null,
    ): void {
      if (reported.has(found.property)) return;
      reported.add(found.property);
      context.report({ node: found.property, messageId, data, suggest });
    }

    /** Literal bit mask of `secureOptions` (numbers and `SSL_OP_*` constants joined with `|` or `+`), or `null`. */
    function secureOptionsMask(node: TSESTree.Node, depth = 0): number | null {
      if (depth > 16) return null;
      const inner = skipWrappers(node);
      if (inner.type === 'Literal' && typeof inner.value === 'number') return inner.value;
      if (inner.type === 'BinaryExpression' && (inner.operator === '|' || inner.operator === '+')) {
        const left = secureOptionsMask(inner.left, depth + 1);
        const right = left === null ? null : secureOptionsMask(inner.right, depth + 1);
        return left === null || right === null ? null : left | right;
      }
      if (inner.type === 'MemberExpression') {
        const name = getStaticKeyName(inner.property, inner.computed);
        if (name !== null && Object.hasOwn(SSL_OP_BITS, name)) return SSL_OP_BITS[name]!;
        return null;
      }
      if (inner.type === 'Identifier') {
        const resolved = resolveIdentifier(sourceCode, inner);
        if (resolved) return secureOptionsMask(resolved, depth + 1);
        // `const { SSL_OP_NO_TLSv1 } = crypto.constants`
        return Object.hasOwn(SSL_OP_BITS, inner.name) ? SSL_OP_BITS[inner.name]! : null;
      }
      const folded = staticValue(sourceCode, inner);
      return folded && typeof folded.value === 'number' ? folded.value : null;
    }

    function checkOptions(objectNode: TSESTree.Node, client: string): void {
      const min = findProperty(sourceCode, objectNode, 'minVersion');
      if (min) {
        const value = staticString(sourceCode, min.value);
        const version = value === null ? null : weakTlsVersion(value);
        if (value !== null && version) {
          report(min, 'weakMinVersion', { value: JSON.stringify(value), version, client }, [
            { messageId: 'useTls12', fix: replaceValue(min, 'TLSv1.2') },
          ]);
        }
      }
      const max = findProperty(sourceCode, objectNode, 'maxVersion');
      if (max) {
        const value = staticString(sourceCode, max.value);
        const version = value === null ? null : weakTlsVersion(value);
        if (value !== null && version) {
          report(max, 'weakMaxVersion', { value: JSON.stringify(value), version, client }, [
            { messageId: 'useTls13Max', fix: replaceValue(max, 'TLSv1.3') },
          ]);
        }
      }
      const protocol = findProperty(sourceCode, objectNode, 'secureProtocol');
      const protocolValue = protocol ? staticString(sourceCode, protocol.value) : null;
      if (protocol && protocolValue !== null) {
        const version = weakSecureProtocol(protocolValue);
        const replaceProtocol: Suggestion = {
          messageId: 'replaceProtocol',
          fix: (fixer) => fixer.replaceText(protocol.property, `minVersion: ${quoteOf(skipWrappers(protocol.value))}TLSv1.2${quoteOf(skipWrappers(protocol.value))}`),
        };
        const canReplace = !min && !max;
        if (version) {
          report(protocol, 'weakProtocol', { value: JSON.stringify(protocolValue), version, client }, canReplace ? [replaceProtocol] : null);
        } else if (isGenericSecureProtocol(protocolValue)) {
          const options = findProperty(sourceCode, objectNode, 'secureOptions');
          const mask = options ? secureOptionsMask(options.value) : null;
          if (options && mask !== null && !disablesLegacyTls(mask)) {
            report(options, 'legacyOptions', { value: JSON.stringify(protocolValue), client }, null);
          }
        }
      }
      const ciphers = findProperty(sourceCode, objectNode, 'ciphers');
      if (ciphers) {
        const value = staticString(sourceCode, ciphers.value);
        const weak = value === null ? [] : weakCiphers(value);
        if (weak.length > 0) {
          report(ciphers, 'weakCiphers', { ciphers: weak.join(', '), client }, [
            { messageId: 'removeCiphers', fix: (fixer) => removeProperty(sourceCode, fixer, ciphers.property) },
          ]);
        }
      }
    }

    function checkDefaults(): void {
      for (const reference of findApiReferences(sourceCode, TLS_DEFAULT_SETTINGS)) {
        if (!reference.isWrite) continue;
        const assignment = reference.node.parent;
        if (assignment?.type !== 'AssignmentExpression' || assignment.left !== reference.node) continue;
        const { setting } = reference.definition.data;
        const value = staticString(sourceCode, assignment.right);
        if (value === null) continue;
        const weak =
          setting === 'DEFAULT_CIPHERS' ? weakCiphers(value).length > 0 : weakTlsVersion(value) !== null;
        if (!weak || reported.has(assignment)) continue;
        reported.add(assignment);
        const quote = quoteOf(skipWrappers(assignment.right));
        context.report({
          node: assignment,
          messageId: 'weakDefault',
          data: { setting, value: JSON.stringify(value) },
          suggest:
            setting === 'DEFAULT_MIN_VERSION'
              ? [{ messageId: 'useTls12', fix: (fixer) => fixer.replaceText(assignment.right, `${quote}TLSv1.2${quote}`) }]
              : setting === 'DEFAULT_MAX_VERSION'
                ? [{ messageId: 'useTls13Max', fix: (fixer) => fixer.replaceText(assignment.right, `${quote}TLSv1.3${quote}`) }]
                : null,
        });
      }
    }

    return {
      'Program:exit'() {
        for (const { target, sink } of findTlsOptionObjects(sourceCode, context.filename)) checkOptions(target, sink.client);
        checkDefaults();
      },
    };
  },
});
