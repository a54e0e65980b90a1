/**
 * How this file can refer to an export of a module it already imports: `crypto.randomBytes` after
 * `import crypto from 'node:crypto'` / `import * as crypto` / `const crypto = require('crypto')`, or `randomBytes`
 * after `import { randomBytes } from 'crypto'`. Used to build suggestion text that compiles without adding imports.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { getStaticKeyName, isTypeOnly, skipWrappers, specifierExportName } from '../ast/ast.js';

/** The module a `require('…')` / `import('…')` / `await import('…')` expression loads, or null. */
export function requiredModule(node: TSESTree.Node | null | undefined): string | null {
  if (!node) return null;
  let inner = skipWrappers(node);
  if (inner.type === 'AwaitExpression') inner = skipWrappers(inner.argument);
  if (inner.type === 'ImportExpression') {
    const source = skipWrappers(inner.source);
    return source.type === 'Literal' && typeof source.value === 'string' ? source.value : null;
  }
  if (inner.type !== 'CallExpression') return null;
  const callee = skipWrappers(inner.callee);
  if (callee.type !== 'Identifier' || callee.name !== 'require') return null;
  const first = inner.arguments[0];
  return first?.type === 'Literal' && typeof first.value === 'string' ? first.value : null;
}

/**
 * Source text that reaches `member` of one of `modules` through a top-level import or require in this file, or
 * null when the file has no such binding. Named bindings of the member win over namespace access.
 */
export function moduleMemberText(
  sourceCode: Readonly<SourceCode>,
  modules: readonly string[],
  member: string,
): string | null {
  let namespace: string | null = null;
  for (const statement of sourceCode.ast.body) {
    if (statement.type === 'ImportDeclaration') {
      if (isTypeOnly(statement) || !modules.includes(String(statement.source.value))) continue;
      for (const specifier of statement.specifiers) {
        if (specifier.type === 'ImportSpecifier') {
          if (isTypeOnly(specifier)) continue;
          if (specifierExportName(specifier) === member) return specifier.local.name;
        } else {
          namespace ??= specifier.local.name;
        }
      }
    } else if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations) {
        const module = requiredModule(declarator.init);
        if (module === null || !modules.includes(module)) continue;
        if (declarator.id.type === 'Identifier') {
          namespace ??= declarator.id.name;
        } else if (declarator.id.type === 'ObjectPattern') {
          for (const property of declarator.id.properties) {
            if (property.type !== 'Property' || property.value.type !== 'Identifier') continue;
            if (getStaticKeyName(property.key, property.computed) === member) return property.value.name;
          }
        }
      }
    } else if (statement.type === 'TSImportEqualsDeclaration') {
      const reference = statement.moduleReference;
      if (
        reference.type === 'TSExternalModuleReference' &&
        reference.expression.type === 'Literal' &&
        modules.includes(String(reference.expression.value))
      ) {
        namespace ??= statement.id.name;
      }
    }
  }
  return namespace === null ? null : `${namespace}.${member}`;
}

export const NODE_CRYPTO_MODULES: readonly string[] = ['crypto', 'node:crypto'];
