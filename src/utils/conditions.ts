import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { isFunction } from './ast.js';

const ENVIRONMENT_TEST = /NODE_ENV|process\.env|import\.meta\.env|\b(?:is)?(?:dev|development|prod|production|local|staging)\b/iu;

/**
 * True when `node` only runs under a condition that reads the environment (`if (process.env.NODE_ENV !== 'production')`).
 * Such switches still ship; rules use this to say so in their message. Stops at the enclosing function.
 */
export function isEnvironmentGated(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  let current = node.parent;
  while (current && !isFunction(current)) {
    let test: TSESTree.Node | null = null;
    if (current.type === 'IfStatement' && current.test !== child) test = current.test;
    else if (current.type === 'ConditionalExpression' && current.test !== child) test = current.test;
    else if (current.type === 'LogicalExpression' && current.right === child) test = current.left;
    if (test) {
      const text = sourceCode.getText(test);
      if (text.length < 500 && ENVIRONMENT_TEST.test(text)) return true;
    }
    child = current;
    current = current.parent;
  }
  return false;
}
