/**
 * The TLS options objects a file hands to TLS clients (src/catalog/tls-clients.ts `TLS_OPTION_SINKS`): each argument
 * of a recognised call, or the nested object at one of the sink's option roots (`{ tls: {...} }`); and, in database
 * configuration modules recognised by file name (`DATABASE_CONFIG_FILES`: knexfile, ormconfig, data-source, Sequelize
 * CLI config), the `ssl` options of the exported configuration and of each of its production environments. Shared by
 * no-weak-tls and certificate-validation.ts so that both read the same objects.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import {
  DATABASE_CONFIG_FILES,
  DATABASE_CONFIG_KEYS,
  DATABASE_CONFIG_SINK,
  NON_PRODUCTION_ENVIRONMENTS,
  TLS_OPTION_SINKS,
  type TlsSink,
} from '../catalog/tls-clients.js';
import { getStaticKeyName, skipWrappers } from '../ast/ast.js';
import { argumentsOf, findApiReferences } from '../modules/module-references.js';
import { findProperty, findPropertyPath, listProperties, propertyKey } from '../values/object-options.js';
import { resolveExpression } from '../values/static-values.js';

export interface TlsOptionObject {
  /** The expression holding the options (an object literal, a variable, `this.agentOptions`, …). */
  readonly target: TSESTree.Node;
  readonly sink: TlsSink;
}

/** Is `node` `module.exports` or `exports`? */
function isModuleExports(node: TSESTree.Node): boolean {
  const inner = skipWrappers(node);
  if (inner.type === 'Identifier') return inner.name === 'exports';
  return (
    inner.type === 'MemberExpression' && inner.object.type === 'Identifier' && inner.object.name === 'module' &&
    getStaticKeyName(inner.property, inner.computed) === 'exports'
  );
}

/** The values a module exports at its top level: `module.exports = X`, `exports.x = X`, `export default X`, `export const x = X`. */
function exportedValues(program: TSESTree.Program): TSESTree.Node[] {
  const values: TSESTree.Node[] = [];
  for (const statement of program.body) {
    if (statement.type === 'ExportDefaultDeclaration') {
      if (statement.declaration.type !== 'FunctionDeclaration' && statement.declaration.type !== 'ClassDeclaration') {
        values.push(statement.declaration);
      }
    } else if (statement.type === 'ExportNamedDeclaration' && statement.declaration?.type === 'VariableDeclaration') {
      for (const declarator of statement.declaration.declarations) if (declarator.init) values.push(declarator.init);
    } else if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression') {
      const { left, right } = statement.expression;
      if (isModuleExports(left)) values.push(right);
      else if (left.type === 'MemberExpression' && isModuleExports(left.object)) values.push(right);
    }
  }
  return values;
}

/** The configuration object of an exported value: the object itself, or the first argument of `defineConfig({…})` / `new DataSource({…})`. */
function configObject(sourceCode: Readonly<SourceCode>, value: TSESTree.Node): TSESTree.ObjectExpression | null {
  let inner = skipWrappers(resolveExpression(sourceCode, value));
  if ((inner.type === 'CallExpression' || inner.type === 'NewExpression') && inner.arguments[0]?.type !== 'SpreadElement' && inner.arguments[0]) {
    inner = skipWrappers(resolveExpression(sourceCode, inner.arguments[0]));
  }
  return inner.type === 'ObjectExpression' ? inner : null;
}

function isDatabaseConfig(sourceCode: Readonly<SourceCode>, object: TSESTree.ObjectExpression): boolean {
  return DATABASE_CONFIG_KEYS.some((key) => findProperty(sourceCode, object, key) !== null);
}

/** The database configurations a configuration module exports: the object, or each production environment of it. */
function databaseConfigObjects(sourceCode: Readonly<SourceCode>): TSESTree.ObjectExpression[] {
  const configs: TSESTree.ObjectExpression[] = [];
  for (const value of exportedValues(sourceCode.ast)) {
    const object = configObject(sourceCode, value);
    if (!object) continue;
    if (isDatabaseConfig(sourceCode, object)) {
      configs.push(object);
      continue;
    }
    // `{ development: {...}, production: {...} }` (knexfile, Sequelize CLI config)
    for (const { property, value: environment } of listProperties(sourceCode, object).properties) {
      const key = propertyKey(sourceCode, property);
      if (key === null || NON_PRODUCTION_ENVIRONMENTS.includes(key.toLowerCase())) continue;
      const nested = configObject(sourceCode, environment);
      if (nested && isDatabaseConfig(sourceCode, nested)) configs.push(nested);
    }
  }
  return configs;
}

/** Every TLS options object of the file; `filename` enables the database configuration modules. */
export function findTlsOptionObjects(sourceCode: Readonly<SourceCode>, filename?: string): TlsOptionObject[] {
  const objects: TlsOptionObject[] = [];
  for (const reference of findApiReferences(sourceCode, TLS_OPTION_SINKS)) {
    const sink = reference.definition.data;
    for (const argument of argumentsOf(reference)) {
      if (argument.type === 'SpreadElement') continue;
      for (const root of sink.roots) {
        const target = root.length === 0 ? argument : findPropertyPath(sourceCode, argument, root)?.value;
        if (target) objects.push({ target, sink });
      }
    }
  }
  if (filename !== undefined && DATABASE_CONFIG_FILES.test(filename.replaceAll('\\', '/'))) {
    for (const config of databaseConfigObjects(sourceCode)) {
      for (const root of DATABASE_CONFIG_SINK.roots) {
        const target = findPropertyPath(sourceCode, config, root)?.value;
        if (target) objects.push({ target, sink: DATABASE_CONFIG_SINK });
      }
    }
  }
  return objects;
}
