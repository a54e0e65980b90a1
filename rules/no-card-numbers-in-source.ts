import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../src/create-rule.js';
import { CARD_NUMBER_TRIGGER } from '../src/analyses/triggers.js';
import { stringListOption } from '../src/ast/options.js';
import { getStaticKeyName } from '../src/ast/ast.js';
import { describeCard, findCardNumbers, type CardNumberMatch } from '../src/values/card-numbers.js';
import { classifyName, hasCardContext, splitName } from '../src/values/names.js';
import { DEFAULT_TEST_FILE_GLOBS, isTestFile } from '../src/modules/test-files.js';

type MessageIds = 'cardNumber' | 'testCardNumber';

type Options = [{ checkTestFiles?: boolean; testFilePatterns?: string[]; allowTestCards?: boolean }];

/** Names that make a digit string a product code, not a card (`isbn`, `ean13`, `gtin`, `barcode`). */
const PRODUCT_CODE_SEGMENTS = new Set(['isbn', 'isbn13', 'isbn10', 'ean', 'ean13', 'ean8', 'gtin', 'gtin14', 'upc', 'barcode', 'sku', 'issn', 'imei', 'iccid']);
const PRODUCT_CODE_TEXT = /(?:isbn|ean|gtin|upc|issn|imei|iccid)[\s:#-]*$/i;
const MAX_TEXT_LENGTH = 1_000_000;

/** The name a literal is bound to: property key, variable, assignment target, JSX attribute or callee. */
function nearbyNames(node: TSESTree.Node): string[] {
  const names: string[] = [];
  let current: TSESTree.Node = node;
  for (let depth = 0; depth < 4 && current.parent; depth++) {
    const parent: TSESTree.Node = current.parent;
    switch (parent.type) {
      case 'Property': {
        const key = getStaticKeyName(parent.key, parent.computed);
        if (key !== null) names.push(key);
        break;
      }
      case 'PropertyDefinition': {
        const key = getStaticKeyName(parent.key, parent.computed);
        if (key !== null) names.push(key);
        break;
      }
      case 'VariableDeclarator':
        if (parent.id.type === 'Identifier') names.push(parent.id.name);
        break;
      case 'AssignmentExpression':
        if (parent.left.type === 'Identifier') names.push(parent.left.name);
        else if (parent.left.type === 'MemberExpression') {
          const key = getStaticKeyName(parent.left.property, parent.left.computed);
          if (key !== null) names.push(key);
        }
        break;
      case 'JSXAttribute':
        if (parent.name.type === 'JSXIdentifier') names.push(parent.name.name);
        break;
      case 'CallExpression':
      case 'NewExpression': {
        const callee = parent.callee;
        if (callee.type === 'Identifier') names.push(callee.name);
        else if (callee.type === 'MemberExpression') {
          const key = getStaticKeyName(callee.property, callee.computed);
          if (key !== null) names.push(key);
        }
        break;
      }
      default:
        break;
    }
    if (names.length > 0) break;
    current = parent;
  }
  return names;
}

export default createRule<Options, MessageIds>({
  name: 'no-card-numbers-in-source',
  relevance: CARD_NUMBER_TRIGGER,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Luhn-valid card numbers in non-test source code.',
      recommended: 'strict',
      category: 'Security',
      cwe: ['CWE-540', 'CWE-312'],
      pci: ['3.5.1'],
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkTestFiles: {
            type: 'boolean',
            description: 'Also check test files (skipped by default: test card numbers belong there).',
          },
          testFilePatterns: stringListOption(
            'Glob patterns that identify test files (replaces the built-in list).',
          ),
          allowTestCards: {
            type: 'boolean',
            description:
              'Leave provider test card numbers alone (default `true`): published sandbox numbers of every major provider and numbers built from a pattern (4111 1111 1111 1111). Set `false` to report them outside test files.',
          },
        },
      },
    ],
    defaultOptions: [{ checkTestFiles: false, testFilePatterns: [...DEFAULT_TEST_FILE_GLOBS], allowTestCards: true }],
    messages: {
      cardNumber:
        'This literal contains a valid card number ({{card}}); card numbers must not live in source code, where every clone, build artifact and CI log keeps a readable copy (PCI DSS 3.5.1); remove it and use a provider test object such as `pm_card_visa` or a token.',
      testCardNumber:
        'This literal contains the provider test card number {{card}}; outside test files it looks exactly like a live card to reviewers and scanners and may reach production paths; use a provider test object such as `pm_card_visa` or `tok_visa`, or move it to a test file.',
    },
  },
  create(context, [options]) {
    const globs = options.testFilePatterns ?? DEFAULT_TEST_FILE_GLOBS;
    if (!options.checkTestFiles && isTestFile(context.filename, globs, { cwd: context.cwd })) return {};

    function isProductCode(names: readonly string[]): boolean {
      return names.some((name) => splitName(name).some((segment) => PRODUCT_CODE_SEGMENTS.has(segment)));
    }

    function hasCardName(names: readonly string[]): boolean {
      return names.some((name) => classifyName(name) === 'pan') || hasCardContext(names);
    }

    /**
     * Where the matched number sits in JSX text or template text: found in the node's source text, which may spell
     * entities or escapes, and for template text includes the delimiters.
     */
    function numberLocation(node: TSESTree.JSXText | TSESTree.TemplateElement, match: CardNumberMatch): TSESTree.SourceLocation {
      const text = node.type === 'JSXText' ? node.value : (node.value.cooked ?? node.value.raw);
      const offset = context.sourceCode.getText(node).indexOf(text.slice(match.index, match.index + match.length));
      if (offset === -1) return node.loc;
      return {
        start: context.sourceCode.getLocFromIndex(node.range[0] + offset),
        end: context.sourceCode.getLocFromIndex(node.range[0] + offset + match.length),
      };
    }

    function check(node: TSESTree.Node, text: string, requireName = false): void {
      if (text.length < 12 || text.length > MAX_TEXT_LENGTH) return;
      const matches = findCardNumbers(text, { maxMatches: 10 });
      if (matches.length === 0) return;
      const names = nearbyNames(node);
      if (isProductCode(names)) return;
      const report = (match: CardNumberMatch): void => {
        context.report({
          // JSX text and template text span line breaks: point at the number itself.
          ...(node.type === 'JSXText' || node.type === 'TemplateElement' ? { loc: numberLocation(node, match) } : { node }),
          messageId: match.isTestCard ? 'testCardNumber' : 'cardNumber',
          data: { card: describeCard(match) },
        });
      };
      for (const match of matches) {
        if (match.isTestCard && options.allowTestCards) continue;
        if ((match.needsContext || requireName) && !hasCardName(names)) continue;
        const before = text.slice(Math.max(0, match.index - 12), match.index);
        if (PRODUCT_CODE_TEXT.test(before)) continue;
        report(match);
        return; // one report per literal
      }
    }

    return {
      Literal(node) {
        if (typeof node.value === 'string') check(node, node.value);
        else if (typeof node.value === 'number' || typeof node.value === 'bigint') {
          // `4242424242424242` as a number literal (the raw text keeps every digit). Large numeric literals are
          // mostly ids (snowflakes, Facebook ids), so a card name must be next to them.
          check(node, node.raw.replace(/n$/, '').replace(/_/g, ''), true);
        }
      },
      TemplateElement(node) {
        check(node, node.value.cooked ?? node.value.raw);
      },
      JSXText(node) {
        check(node, node.value);
      },
    };
  },
});
