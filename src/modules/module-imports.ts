/**
 * Module import sites: every place a file loads a module by a constant name — `import … from`, `export … from`,
 * `import x = require()`, `require()` (when `require` is not a local binding), `import()` and `createRequire`'d
 * requires are all reported with the module-name node, so a rule can say "this file depends on package X".
 * Unlike `findApiReferences`, this does not need the module to be used.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { isCreateRequireCall, isTypeOnly, skipWrappers } from '../ast/ast.js';
import { nodesOfTypes } from '../ast/node-index.js';
import { normalizeModuleName } from './module-references.js';
import { getFileFacts } from './file-facts.js';

export type ImportKind = 'import' | 'export-from' | 'import-equals' | 'require' | 'dynamic-import';

export interface ModuleImport {
  /** The module-name literal (report location). */
  readonly source: TSESTree.Node;
  /** Module name as written, without a `node:` prefix. */
  readonly module: string;
  readonly kind: ImportKind;
  /** `import type …`, `export type … from`, or an import whose every specifier is `type`. */
  readonly typeOnly: boolean;
}

function literalName(node: TSESTree.Node | undefined | null): string | null {
  if (!node) return null;
  const inner = skipWrappers(node);
  if (inner.type === 'Literal' && typeof inner.value === 'string') return inner.value;
  if (inner.type === 'TemplateLiteral' && inner.expressions.length === 0) return inner.quasis[0]?.value.cooked ?? null;
  return null;
}

function isTypeOnlyImport(node: TSESTree.ImportDeclaration): boolean {
  if (isTypeOnly(node)) return true;
  return (
    node.specifiers.length > 0 &&
    node.specifiers.every((specifier) => specifier.type === 'ImportSpecifier' && isTypeOnly(specifier))
  );
}

/** `require` here is the CommonJS require (global, undeclared, or from `createRequire`), not a local function. */
function isModuleRequire(sourceCode: Readonly<SourceCode>, identifier: TSESTree.Identifier): boolean {
  let scope: ReturnType<SourceCode['getScope']> | null = sourceCode.getScope(identifier);
  while (scope) {
    const variable = scope.set.get('require');
    if (variable) {
      if (variable.defs.length === 0) return true; // declared global (commonjs / env globals)
      const definition = variable.defs[0]!;
      if (definition.type !== 'Variable' || variable.defs.length !== 1) return false;
      return isCreateRequireCall((definition.node as TSESTree.VariableDeclarator).init);
    }
    scope = scope.upper;
  }
  return true; // undeclared: TS and ESM files without Node globals
}

const LOAD_TYPES = [
  'ImportDeclaration',
  'ExportNamedDeclaration',
  'ExportAllDeclaration',
  'TSImportEqualsDeclaration',
  'ImportExpression',
  'CallExpression',
] as const;

/** Every constant-name module load in the file, in source order. */
export function findModuleImports(sourceCode: Readonly<SourceCode>): readonly ModuleImport[] {
  const cached = cache.get(sourceCode);
  if (cached) return cached;
  const results: ModuleImport[] = [];
  const add = (source: TSESTree.Node, kind: ImportKind, typeOnly: boolean): void => {
    const name = literalName(source);
    if (name === null) return;
    results.push({ source, module: normalizeModuleName(name), kind, typeOnly });
  };
  const facts = getFileFacts(sourceCode);
  const mayRequire = facts.hasLoadCalls && facts.text.includes('require');
  const mayImport = facts.hasLoadCalls && facts.text.includes('import');
  const visit = (node: TSESTree.Node): boolean | undefined => {
    switch (node.type) {
      case 'ImportDeclaration':
        add(node.source, 'import', isTypeOnlyImport(node));
        return false;
      case 'ExportNamedDeclaration':
        if (node.source) add(node.source, 'export-from', isTypeOnly(node));
        return undefined;
      case 'ExportAllDeclaration':
        add(node.source, 'export-from', isTypeOnly(node));
        return false;
      case 'TSImportEqualsDeclaration':
        if (node.moduleReference.type === 'TSExternalModuleReference') {
          add(node.moduleReference.expression, 'import-equals', isTypeOnly(node));
        }
        return false;
      case 'ImportExpression':
        if (mayImport) add(node.source, 'dynamic-import', false);
        return undefined;
      case 'CallExpression': {
        if (!mayRequire) return undefined;
        const callee = node.callee;
        if (
          callee.type === 'Identifier' &&
          callee.name === 'require' &&
          node.arguments.length >= 1 &&
          isModuleRequire(sourceCode, callee)
        ) {
          add(node.arguments[0]!, 'require', false);
        }
        return undefined;
      }
      default:
        return undefined;
    }
  };
  if (mayRequire || mayImport) {
    // `visit` skips the inside of import declarations, which holds none of these types: the index gives the same list.
    for (const node of nodesOfTypes(sourceCode, LOAD_TYPES)) visit(node);
  } else {
    // Without a `require(`/`import(` call in the text, only statements load modules, and those sit at the top
    // level or in `declare module` / namespace blocks: no need to walk expressions.
    const statements = (body: readonly TSESTree.Node[]): void => {
      for (const statement of body) {
        visit(statement);
        const inner = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
        if (inner?.type === 'TSModuleDeclaration' && inner.body?.type === 'TSModuleBlock') statements(inner.body.body);
      }
    };
    statements(sourceCode.ast.body);
  }
  cache.set(sourceCode, results);
  return results;
}

const cache = new WeakMap<object, readonly ModuleImport[]>();

/** Whether `module` is `name` or a subpath of it (`paypal-rest-sdk/lib/api`). */
export function isModuleOrSubpath(module: string, name: string): boolean {
  return module === name || (module.startsWith(name) && module.charAt(name.length) === '/');
}
