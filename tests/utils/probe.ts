import * as tsParser from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { Linter } from 'eslint';

/**
 * Parse `code` as a TS module and hand the SourceCode and the AST to `inspect` inside a real ESLint run (so scope
 * analysis is ESLint's own). Returns whatever `inspect` returns.
 */
export function withSourceCode<T>(
  code: string,
  inspect: (sourceCode: SourceCode, program: TSESTree.Program) => T,
  filename = 'file.ts',
): T {
  let result: T | undefined;
  let ran = false;
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.{ts,tsx,js,jsx}'],
        languageOptions: { parser: tsParser },
        plugins: {
          probe: {
            rules: {
              probe: {
                create(context) {
                  return {
                    'Program:exit'(node) {
                      ran = true;
                      result = inspect(context.sourceCode as unknown as SourceCode, node as unknown as TSESTree.Program);
                    },
                  };
                },
              },
            },
          },
        },
        rules: { 'probe/probe': 'error' },
      },
    ],
    filename,
  );
  const problem = messages.find((message) => message.ruleId === null || message.ruleId === 'probe/probe');
  if (problem) throw new Error(problem.message);
  if (!ran) throw new Error('probe rule did not run');
  return result as T;
}

/** The init expression of `const <name> = …` declared at the top level. */
export function initOf(program: TSESTree.Program, name: string): TSESTree.Expression {
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type !== 'VariableDeclaration') continue;
    for (const declarator of declaration.declarations) {
      if (declarator.id.type === 'Identifier' && declarator.id.name === name && declarator.init) return declarator.init;
    }
  }
  throw new Error(`no const ${name}`);
}
