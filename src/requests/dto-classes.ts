/**
 * NestJS request DTOs (`@Body() dto: CreatePaymentDto`) and what their class-validator decorators promise about
 * money. `ValidationPipe` runs the decorators before the handler, but most of them check a type (`@IsInt()`,
 * `@IsNumber()`, `@IsPositive()`, `@Min(1)`), not that the value is the price: a DTO whose `amount` is only
 * `@IsPositive()` still lets the client pay 1 cent. An upper bound or a fixed set (`@Max()`, `@IsIn([…])`,
 * `@IsEnum()`, `@Equals()`) does bound it.
 *
 * The class is read where it is declared: in the same file, or in the project module it is imported from
 * (project-modules.ts, relative or aliased). A class that cannot be read counts as bounding (unknown means no report).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { annotatedType, calleeName, decoratorsOf, getStaticKeyName } from '../ast/ast.js';
import { findVariable } from '../ast/eslint-utils.js';
import { filenameOf, parseProjectFile, resolveProjectFile } from '../modules/project-modules.js';
import { importSource } from '../modules/typed-members.js';

/** Field names that carry money in a payment DTO (a whole name segment, case-insensitive). */
const MONEY_FIELD = /(?:^|_)(?:amount|price|total|cost|sum)(?:$|_)|(?:Amount|Price|Total|Cost)(?:$|[A-Z])/u;

/** class-validator decorators that bound a value from above or to a fixed set. */
const BOUNDING_DECORATORS = new Set(['Max', 'IsIn', 'IsEnum', 'Equals', 'MaxLength', 'IsDivisibleBy']);

/**
 * Whether the DTO class a handler parameter is annotated with bounds every money field it declares; true when the
 * class cannot be found or read (unknown), false when a money field is only type-checked.
 */
export function dtoBoundsMoneyFields(sourceCode: Readonly<SourceCode>, param: TSESTree.Parameter): boolean {
  const type = annotatedType(param);
  if (type?.type !== 'TSTypeReference' || type.typeName.type !== 'Identifier') return true;
  const declaration = dtoClass(sourceCode, type.typeName);
  if (!declaration) return true;
  for (const element of declaration.body.body) {
    if (element.type !== 'PropertyDefinition' || element.static) continue;
    const name = getStaticKeyName(element.key, element.computed);
    if (name === null || !MONEY_FIELD.test(name.length > 64 ? '' : name)) continue;
    const decorators = decoratorsOf(element).map(decoratorName);
    if (decorators.length === 0) continue; // not validated at all: the DTO says nothing about this field
    if (!decorators.some((decorator) => decorator !== null && BOUNDING_DECORATORS.has(decorator))) return false;
  }
  return true;
}

/** `@Max(100)`, `@validator.Max(100)` → `Max`. */
function decoratorName(decorator: TSESTree.Decorator): string | null {
  const expression = decorator.expression;
  return calleeName(expression.type === 'CallExpression' ? expression.callee : expression);
}

const classCache = new WeakMap<object, Map<string, TSESTree.ClassDeclaration | null>>();

/** The class declaration a type name refers to: same file, or exported by the project module it is imported from. */
function dtoClass(sourceCode: Readonly<SourceCode>, typeName: TSESTree.Identifier): TSESTree.ClassDeclaration | null {
  let perFile = classCache.get(sourceCode);
  if (!perFile) {
    perFile = new Map();
    classCache.set(sourceCode, perFile);
  }
  const cached = perFile.get(typeName.name);
  if (cached !== undefined) return cached;
  let found: TSESTree.ClassDeclaration | null = null;
  const variable = findVariable(sourceCode.getScope(typeName), typeName);
  const definition = variable?.defs[0];
  if (definition?.type === 'ClassName' && definition.node.type === 'ClassDeclaration') {
    found = definition.node;
  } else if (definition?.type === 'ImportBinding') {
    const source = importSource(sourceCode, typeName);
    const file = filenameOf(sourceCode);
    const target = source && file ? resolveProjectFile(file, source.module) : null;
    const imported = target ? parseProjectFile(target) : null;
    if (imported && source) found = exportedClass(imported.ast, source.imported);
  }
  perFile.set(typeName.name, found);
  return found;
}

function exportedClass(program: TSESTree.Program, name: string): TSESTree.ClassDeclaration | null {
  for (const statement of program.body) {
    const declaration =
      statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : null;
    if (declaration?.type !== 'ClassDeclaration' || !declaration.id) continue;
    if (declaration.id.name === name || (name === 'default' && statement.type === 'ExportDefaultDeclaration')) return declaration;
  }
  return null;
}
