/**
 * Members and variables typed with a catalogued type: `constructor(private readonly repo: Repository<Card>)`,
 * `private logger: Logger` (NestJS), `function f(model: mongoose.Model<Doc>)`. The type must be imported from the
 * catalogued module, so a local `Logger` class or an unrelated `Repository` interface does not match.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '../ast/eslint-utils.js';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { annotatedType, getStaticKeyName, specifierExportName } from '../ast/ast.js';
import { packageTypeOf } from './type-checker.js';

import type { TypedFamily } from '../catalog/api.js';
export type { TypedFamily };

/** The module and imported name an identifier is bound to by an `import`, or `null`. */
export function importSource(
  sourceCode: Readonly<SourceCode>,
  identifier: TSESTree.Identifier,
): { module: string; imported: string } | null {
  const variable = findVariable(sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs[0];
  if (!definition || definition.type !== 'ImportBinding') return null;
  const specifier = definition.node;
  const declaration = specifier.parent;
  if (declaration?.type !== 'ImportDeclaration') return null;
  const module = declaration.source.value;
  const named = specifier.type === 'ImportSpecifier' || specifier.type === 'ImportDefaultSpecifier';
  return { module, imported: named ? specifierExportName(specifier) : '*' };
}

/** The catalogued family of a type annotation (`Repository<Card>`, `Model<CardDoc>`), or `null`. */
export function familyOfType(
  sourceCode: Readonly<SourceCode>,
  annotation: TSESTree.TypeNode | undefined,
  families: readonly TypedFamily[],
): string | null {
  if (!annotation || annotation.type !== 'TSTypeReference') return null;
  const name = annotation.typeName;
  let identifier: TSESTree.Identifier | null = null;
  let typeName: string | null = null;
  if (name.type === 'Identifier') {
    identifier = name;
    typeName = name.name;
  } else if (name.type === 'TSQualifiedName' && name.left.type === 'Identifier') {
    identifier = name.left; // `mongoose.Model<…>`
    typeName = name.right.name;
  }
  if (!identifier || !typeName) return null;
  const source = importSource(sourceCode, identifier);
  if (!source) return null;
  const imported = name.type === 'Identifier' ? source.imported : typeName;
  const entry = families.find(
    (candidate) => candidate.module === source.module && candidate.type === imported,
  );
  return entry ? entry.family : null;
}

/** Type annotation of `this.<name>` (constructor parameter property or class property) or of a parameter/variable. */
export function typeAnnotationOf(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): TSESTree.TypeNode | undefined {
  if (node.type === 'MemberExpression' && node.object.type === 'ThisExpression') {
    const name = getStaticKeyName(node.property, node.computed);
    if (name === null) return undefined;
    let classBody: TSESTree.Node | undefined = node.parent;
    while (classBody && classBody.type !== 'ClassBody') classBody = classBody.parent;
    if (!classBody || classBody.type !== 'ClassBody') return undefined;
    for (const element of classBody.body) {
      if (element.type === 'PropertyDefinition' && getStaticKeyName(element.key, element.computed) === name) {
        return annotatedType(element);
      }
      if (element.type === 'MethodDefinition' && element.kind === 'constructor') {
        for (const param of element.value.params) {
          if (param.type === 'TSParameterProperty' && param.parameter.type === 'Identifier' && param.parameter.name === name) {
            return annotatedType(param.parameter);
          }
        }
      }
    }
    return undefined;
  }
  if (node.type === 'Identifier') {
    const variable = findVariable(sourceCode.getScope(node), node);
    const definition = variable?.defs[0];
    if (!definition || variable!.defs.length !== 1) return undefined;
    const bound = definition.name as TSESTree.Node;
    if (bound.type === 'Identifier') return annotatedType(bound);
  }
  return undefined;
}

/** The family of the value `node` holds, judged by its declared type (`this.repo`, a typed parameter). */
export function familyOfTypedValue(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.Node,
  families: readonly TypedFamily[],
): string | null {
  const family = familyOfType(sourceCode, typeAnnotationOf(sourceCode, node), families);
  if (family !== null) return family;
  // With type information, the declared type wherever it was written (type-checker.ts).
  const declared = packageTypeOf(sourceCode, node);
  return declared ? (families.find((entry) => entry.module === declared.module && entry.type === declared.name)?.family ?? null) : null;
}
