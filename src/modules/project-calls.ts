/**
 * Calls into this project's own code in another file: a function imported or required from a relative path
 * (`import { markPaid } from './orders'`, `const dao = require('../dao'); dao.find(x)`) or a method of a class
 * field (`this.ordersService.settle(x)`, NestJS constructor injection). Function summaries
 * (src/modules/project-functions.ts) say what some of them do with their arguments; for the rest (class fields,
 * dynamic members, what a summary cannot follow) it is unknown, and rules use this to treat a value handed there
 * as "unknown" rather than "unused" or "unchecked".
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { findVariable } from '../ast/eslint-utils.js';
import { skipWrappers } from '../ast/ast.js';
import { requiredModule } from './module-bindings.js';
import { filenameOf, isProjectSpecifier } from './project-modules.js';

/** The module a `require('…')` / `import('…')` initializer loads, also through a member (`require('./dao').orders`). */
function loadedModule(init: TSESTree.Node | null | undefined): string | null {
  const inner = init ? skipWrappers(init) : null;
  return inner?.type === 'MemberExpression' ? loadedModule(inner.object) : requiredModule(inner);
}

/** Whether `identifier` is bound by an import or require of a project module (relative or aliased). */
function isProjectBinding(sourceCode: Readonly<SourceCode>, identifier: TSESTree.Identifier): boolean {
  const variable = findVariable(sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!definition) return false;
  const file = filenameOf(sourceCode);
  if (definition.type === 'ImportBinding') {
    const declaration = definition.parent as TSESTree.Node | null;
    return declaration?.type === 'ImportDeclaration' && isProjectSpecifier(file, declaration.source.value);
  }
  if (definition.type === 'Variable') {
    const declarator = definition.node as TSESTree.VariableDeclarator;
    return isProjectSpecifier(file, loadedModule(declarator.init));
  }
  return false;
}

/**
 * Whether `callee` calls project code in another file: an identifier imported from a relative module, a member of
 * one (`dao.orders.find`), or a method of an object held in a class field (`this.service.handle`).
 */
export function isProjectCallee(sourceCode: Readonly<SourceCode>, callee: TSESTree.Node): boolean {
  let node = skipWrappers(callee);
  let depth = 0;
  while (node.type === 'MemberExpression') {
    node = skipWrappers(node.object);
    depth++;
  }
  if (node.type === 'ThisExpression') return depth >= 2;
  return node.type === 'Identifier' && isProjectBinding(sourceCode, node);
}

/**
 * The call `node` is an argument of — directly or inside an object/array literal, a spread or a template literal
 * in the argument list — or null.
 */
export function enclosingCallArgument(node: TSESTree.Node): TSESTree.CallExpression | TSESTree.NewExpression | null {
  let current = node;
  for (let steps = 0; steps < 8 && current.parent; steps++) {
    const parent: TSESTree.Node = current.parent;
    if ((parent.type === 'CallExpression' || parent.type === 'NewExpression') && parent.callee !== current) return parent;
    if (
      parent.type === 'Property' ||
      parent.type === 'ObjectExpression' ||
      parent.type === 'ArrayExpression' ||
      parent.type === 'SpreadElement' ||
      parent.type === 'TemplateLiteral' ||
      parent.type === 'AwaitExpression' ||
      parent.type === 'TSAsExpression' ||
      parent.type === 'TSNonNullExpression' ||
      parent.type === 'ChainExpression'
    ) {
      current = parent;
      continue;
    }
    return null;
  }
  return null;
}
