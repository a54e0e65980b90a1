import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFix, RuleFixer, SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { createRule } from '../src/create-rule.js';
import { getStaticKeyName, isTypeOnly, skipWrappers } from '../src/ast/ast.js';
import { findModuleImports } from '../src/modules/module-imports.js';
import { findRequestHandlers } from '../src/requests/request-handlers.js';
import {
  isRequestValue,
  isTrivialOperand,
  SECRET_VALUE_TRIGGER,
  secretKind,
  unwrapValue,
  valueName,
  type SecretKind,
} from '../src/analyses/signature-values.js';
import { splitName } from '../src/values/names.js';

type MessageIds = 'unsafeCompare' | 'useTimingSafeEqual';

const EQUALITY = new Set(['===', '!==', '==', '!=']);

const DESCRIPTIONS: Record<SecretKind, string> = {
  hmac: 'an HMAC digest',
  hash: 'a hash digest',
  signature: 'a signature',
  secret: 'a secret',
  token: 'a token',
};

/** Modules whose presence makes a file "crypto or request code", where name-only evidence is enough. */
const CONTEXT_MODULES = ['crypto', 'stripe', 'square', 'razorpay', '@adyen/api-library', 'gocardless-nodejs', 'braintree'];

interface CryptoBinding {
  /** How to call timingSafeEqual, or null when it must be added to an import/require. */
  readonly callee: string;
  /** Fix that adds `timingSafeEqual` to an existing named import / destructured require, if needed. */
  readonly addSpecifier: ((fixer: RuleFixer) => RuleFix) | null;
}

export default createRule<[], MessageIds>({
  name: 'no-timing-unsafe-compare',
  // Every report needs an operand that secretKind names.
  relevance: SECRET_VALUE_TRIGGER,
  meta: {
    type: 'problem',
    docs: {
      description: 'Require signatures, HMAC digests and secrets to be compared in constant time.',
      recommended: 'recommended',
      testFiles: 'skip',
      category: 'Security',
      cwe: ['CWE-208'],
      pci: ['6.2.4'],
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      unsafeCompare:
        'Comparing {{what}} with `{{operator}}` stops at the first differing byte, so response timing lets an attacker forge a webhook signature or recover the secret byte by byte; compare with `crypto.timingSafeEqual` after checking that the lengths match (https://nodejs.org/api/crypto.html#cryptotimingsafeequala-b).',
      useTimingSafeEqual: 'Compare with `crypto.timingSafeEqual` after a length check.',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const filename = context.filename;
    const options = { filename };
    const candidates: { node: TSESTree.Node; left: TSESTree.Node; right: TSESTree.Node; operator: string }[] = [];

    return {
      BinaryExpression(node) {
        if (!EQUALITY.has(node.operator) || node.left.type === 'PrivateIdentifier') return;
        candidates.push({ node, left: node.left, right: node.right, operator: node.operator });
      },
      CallExpression(node) {
        const callee = skipWrappers(node.callee);
        if (callee.type !== 'MemberExpression') return;
        const method = getStaticKeyName(callee.property, callee.computed);
        const first = node.arguments[0];
        if (!first || first.type === 'SpreadElement') return;
        if ((method === 'equals' || method === 'localeCompare') && node.arguments.length <= 3) {
          candidates.push({ node, left: callee.object, right: first, operator: `.${method}()` });
        } else if (method === 'compare') {
          const object = skipWrappers(callee.object);
          const second = node.arguments[1];
          if (object.type === 'Identifier' && object.name === 'Buffer' && second && second.type !== 'SpreadElement') {
            candidates.push({ node, left: first, right: second, operator: 'Buffer.compare()' });
          }
        }
      },
      'Program:exit'() {
        if (candidates.length === 0) return;
        let fileContext: boolean | null = null;
        const hasFileContext = (): boolean => {
          fileContext ??=
            findModuleImports(sourceCode).some((entry) => !entry.typeOnly && CONTEXT_MODULES.includes(entry.module)) ||
            findRequestHandlers(sourceCode, filename).length > 0;
          return fileContext;
        };
        let binding: CryptoBinding | null | undefined;
        for (const candidate of candidates) {
          const kind = classify(candidate.left, candidate.right, hasFileContext);
          if (!kind) continue;
          binding ??= cryptoBinding(sourceCode);
          context.report({
            node: candidate.node,
            messageId: 'unsafeCompare',
            data: { what: DESCRIPTIONS[kind], operator: candidate.operator },
            suggest: suggestionFor(candidate, binding),
          });
        }
      },
    };

    function classify(left: TSESTree.Node, right: TSESTree.Node, hasFileContext: () => boolean): SecretKind | null {
      if (isTrivialOperand(sourceCode, left) || isTrivialOperand(sourceCode, right)) return null;
      const leftRequest = isRequestValue(sourceCode, left, options);
      const rightRequest = isRequestValue(sourceCode, right, options);
      // Both values came from the client (`password === confirmPassword`): nothing secret to leak.
      if (leftRequest && rightRequest) return null;
      const leftKind = secretKind(sourceCode, left);
      const rightKind = secretKind(sourceCode, right);
      // A computed HMAC compared with anything is a signature check.
      if (leftKind === 'hmac' || rightKind === 'hmac') return 'hmac';
      if (leftKind && !leftRequest && rightRequest && (leftKind !== 'hash' || namesSecret(right))) return leftKind;
      if (rightKind && !rightRequest && leftRequest && (rightKind !== 'hash' || namesSecret(left))) return rightKind;
      if (!hasFileContext()) return null;
      // `expectedSignature === signature`, `req.headers['x-signature'] !== expected`.
      if (leftKind === 'signature' && rightKind === 'signature') return 'signature';
      if (leftRequest && leftKind === 'signature') return 'signature';
      if (rightRequest && rightKind === 'signature') return 'signature';
      return null;
    }

    /**
     * A plain hash is only secret when the request value it is compared with is named like one
     * (`x-signature`, `token`); an ETag (`if-none-match`) or a checksum is public.
     */
    function namesSecret(node: TSESTree.Node): boolean {
      const kind = secretKind(sourceCode, node);
      if (kind !== null) return true;
      const name = valueName(sourceCode, node);
      return name !== null && splitName(name).some((segment) => segment === 'hash' || segment === 'hmac' || segment === 'digest');
    }

    function suggestionFor(
      candidate: (typeof candidates)[number],
      binding: CryptoBinding | null,
    ): { messageId: 'useTimingSafeEqual'; fix: (fixer: RuleFixer) => RuleFix[] }[] | null {
      if (!binding) return null;
      const { node } = candidate;
      let negate: boolean;
      if (node.type === 'BinaryExpression') negate = node.operator === '!==' || node.operator === '!=';
      else if (candidate.operator === '.equals()') negate = false;
      else return null;
      const a = operandText(sourceCode, candidate.left);
      const b = operandText(sourceCode, candidate.right);
      const check = `Buffer.byteLength(${a.bytes}) === Buffer.byteLength(${b.bytes}) && ${binding.callee}(${a.buffer}, ${b.buffer})`;
      const replacement = negate ? `!(${check})` : `(${check})`;
      return [
        {
          messageId: 'useTimingSafeEqual',
          fix: (fixer) => {
            const fixes = [fixer.replaceText(node, replacement)];
            if (binding.addSpecifier) fixes.push(binding.addSpecifier(fixer));
            return fixes;
          },
        },
      ];
    }
  },
});

/** Operand text as bytes: `Buffer.from(x)` for strings, the Buffer itself for `digest()` without an encoding. */
function operandText(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): { bytes: string; buffer: string } {
  const inner = skipWrappers(node);
  const text = sourceCode.getText(node);
  const safe = inner.type === 'SequenceExpression' ? `(${text})` : text;
  if (inner.type === 'CallExpression') {
    const callee = skipWrappers(inner.callee);
    if (callee.type === 'MemberExpression') {
      const method = getStaticKeyName(callee.property, callee.computed);
      const object = skipWrappers(callee.object);
      const isBufferFrom = method === 'from' && object.type === 'Identifier' && object.name === 'Buffer';
      const isRawDigest = method === 'digest' && inner.arguments.length === 0;
      if (isBufferFrom || isRawDigest) return { bytes: safe, buffer: safe };
    }
  }
  return { bytes: safe, buffer: `Buffer.from(${safe})` };
}

/** How this file can call `timingSafeEqual`: an existing import/require of `crypto`, extended if needed. */
function cryptoBinding(sourceCode: Readonly<SourceCode>): CryptoBinding | null {
  const program = sourceCode.ast;
  let named: TSESTree.ImportDeclaration | TSESTree.ObjectPattern | null = null;
  const moduleScope = sourceCode.scopeManager?.globalScope?.childScopes.find((scope) => scope.type === 'module');
  const topScope = moduleScope ?? sourceCode.scopeManager?.globalScope ?? null;
  const nameTaken = topScope?.set.has('timingSafeEqual') ?? true;
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration' && !isTypeOnly(statement)) {
      const source = String(statement.source.value);
      if (source !== 'crypto' && source !== 'node:crypto') continue;
      for (const specifier of statement.specifiers) {
        if (specifier.type === 'ImportNamespaceSpecifier' || specifier.type === 'ImportDefaultSpecifier') {
          return { callee: `${specifier.local.name}.timingSafeEqual`, addSpecifier: null };
        }
        if (
          specifier.type === 'ImportSpecifier' &&
          !isTypeOnly(specifier) &&
          specifier.imported.type === 'Identifier' &&
          specifier.imported.name === 'timingSafeEqual'
        ) {
          return { callee: specifier.local.name, addSpecifier: null };
        }
      }
      if (statement.specifiers.some((specifier) => specifier.type === 'ImportSpecifier')) named ??= statement;
    }
    if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations) {
        const init = declarator.init ? unwrapValue(declarator.init) : null;
        if (!init || init.type !== 'CallExpression') continue;
        const callee = skipWrappers(init.callee);
        const argument = init.arguments[0];
        if (callee.type !== 'Identifier' || callee.name !== 'require' || !argument || argument.type !== 'Literal') continue;
        if (argument.value !== 'crypto' && argument.value !== 'node:crypto') continue;
        if (declarator.id.type === 'Identifier') return { callee: `${declarator.id.name}.timingSafeEqual`, addSpecifier: null };
        if (declarator.id.type === 'ObjectPattern') {
          for (const property of declarator.id.properties) {
            if (
              property.type === 'Property' &&
              getStaticKeyName(property.key, property.computed) === 'timingSafeEqual' &&
              property.value.type === 'Identifier'
            ) {
              return { callee: property.value.name, addSpecifier: null };
            }
          }
          named ??= declarator.id;
        }
      }
    }
  }
  if (!named || nameTaken) return null;
  const target = named;
  if (target.type === 'ImportDeclaration') {
    const specifiers = target.specifiers.filter((specifier) => specifier.type === 'ImportSpecifier');
    const last = specifiers[specifiers.length - 1]!;
    return { callee: 'timingSafeEqual', addSpecifier: (fixer) => fixer.insertTextAfter(last, ', timingSafeEqual') };
  }
  const last = target.properties[target.properties.length - 1];
  if (!last || last.type === 'RestElement') return null;
  return { callee: 'timingSafeEqual', addSpecifier: (fixer) => fixer.insertTextAfter(last, ', timingSafeEqual') };
}

