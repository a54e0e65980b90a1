import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { isFunction } from '../ast/ast.js';

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

/** Environment names that only run on a developer's machine or in tests. */
const DEVELOPMENT_VALUES = new Set(['development', 'dev', 'test', 'testing', 'local']);
const PRODUCTION_VALUES = new Set(['production', 'prod']);
/** Flags and environment reads that say "not production": `isDev`, `__DEV__`, `import.meta.env.DEV`, `useMocks`. */
const DEVELOPMENT_FLAG = /^_*(?:is|use|enable)?_?(?:dev|development|test|testing|mocks?|mocked|fake|stubs?|local)(?:_?(?:mode|env|environment))?_*$/iu;
const PRODUCTION_FLAG = /^_*(?:is_?)?(?:prod|production)(?:_?(?:mode|env|environment))?_*$/iu;
/** Where the environment name lives: `process.env.NODE_ENV`, `APP_ENV`, `import.meta.env.MODE`, `config.env`. */
const ENVIRONMENT_NAME = /^(?:[A-Z]+_)?(?:ENV|ENVIRONMENT|MODE|STAGE)$|^(?:env|environment|mode|stage|nodeEnv)$/u;

function lastName(node: TSESTree.Node): string | null {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier') return node.property.name;
  return null;
}

/** `'development'` → `'development'`; anything that is not a string literal → `null`. */
function literalString(node: TSESTree.Node): string | null {
  return node.type === 'Literal' && typeof node.value === 'string' ? node.value.toLowerCase() : null;
}

/** `true` when the test holds only outside production, `false` only in production, `null` when it says neither. */
function developmentTest(test: TSESTree.Node): boolean | null {
  if (test.type === 'UnaryExpression' && test.operator === '!') {
    const inner = developmentTest(test.argument);
    return inner === null ? null : !inner;
  }
  if (test.type === 'LogicalExpression' && test.operator === '&&') {
    // Both sides hold when the branch runs: one development-only side is enough.
    return developmentTest(test.left) === true || developmentTest(test.right) === true ? true : null;
  }
  if (test.type === 'BinaryExpression' && ['===', '==', '!==', '!='].includes(test.operator)) {
    const [subject, value] = literalString(test.right) === null ? [test.right, test.left] : [test.left, test.right];
    const name = lastName(subject);
    const text = literalString(value);
    if (name === null || text === null || !ENVIRONMENT_NAME.test(name)) return null;
    const equal = test.operator === '===' || test.operator === '==';
    if (DEVELOPMENT_VALUES.has(text)) return equal ? true : null;
    if (PRODUCTION_VALUES.has(text)) return equal ? false : true;
    return null;
  }
  const name = lastName(test);
  if (name === null) return null;
  if (DEVELOPMENT_FLAG.test(name)) return true;
  if (PRODUCTION_FLAG.test(name)) return false;
  return null;
}

/**
 * True when `node` only runs outside production: in the branch of an `if`, `?:` or `&&` whose condition says
 * development, test or mock mode (`if (process.env.NODE_ENV !== 'production')`, `if (isDev)`,
 * `import.meta.env.DEV && …`, the `else` of `if (NODE_ENV === 'production')`). Stops at the enclosing function.
 */
export function isDevelopmentOnly(node: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  let current = node.parent;
  while (current && !isFunction(current)) {
    if ((current.type === 'IfStatement' || current.type === 'ConditionalExpression') && current.test !== child) {
      const development = developmentTest(current.test);
      if (development !== null && (current.consequent === child) === development) return true;
    } else if (current.type === 'LogicalExpression' && current.operator === '&&' && current.right === child) {
      if (developmentTest(current.left) === true) return true;
    }
    child = current;
    current = current.parent;
  }
  return false;
}
