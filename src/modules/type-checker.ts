/**
 * Type information, when the user's config provides it (`parserOptions.projectService` or `project` with
 * @typescript-eslint/parser). Never required: without a program every function here answers "unknown" and the
 * analyses keep to what syntax shows. With one, module-references.ts and typed-members.ts ask which package class a
 * value's declared type is, where syntax has to guess: `{ stripe }: Services` destructured from an interface,
 * `this.deps.logger`, a client returned by a helper with a declared return type.
 *
 * The class is recognised by where TypeScript found its declaration: inside `declare module 'stripe' { … }` (how
 * stripe-node and hand-written shims declare a package), or in a file under `node_modules/<package>/` (or
 * `node_modules/@types/<package>/`), so a project's own `Stripe` interface or wrapper is never taken for the SDK.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import type * as ts from 'typescript';

interface TypedServices {
  readonly checker: ts.TypeChecker;
  readonly map: { get(node: TSESTree.Node): ts.Node | undefined };
}

const servicesOf = new WeakMap<object, TypedServices | null>();

/** The type checker of the linted file's program, or null when linting runs without type information. */
export function typedServices(sourceCode: Readonly<SourceCode>): TypedServices | null {
  let services = servicesOf.get(sourceCode);
  if (services === undefined) {
    services = null;
    const parserServices = sourceCode.parserServices as
      | { program?: ts.Program | null; esTreeNodeToTSNodeMap?: TypedServices['map'] }
      | undefined;
    try {
      const program = parserServices?.program;
      if (program && parserServices.esTreeNodeToTSNodeMap) {
        services = { checker: program.getTypeChecker(), map: parserServices.esTreeNodeToTSNodeMap };
      }
    } catch {
      services = null;
    }
    servicesOf.set(sourceCode, services);
  }
  return services;
}

/** A class or interface declared by a package: `{ module: 'stripe', name: 'Stripe' }`. */
export interface PackageType {
  readonly module: string;
  readonly name: string;
}

/**
 * The package type the value of `node` is declared as (through `| undefined`, aliases and promises it is not:
 * only the value's own type), or null without type information or when the type is not a package's.
 */
export function packageTypeOf(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): PackageType | null {
  const services = typedServices(sourceCode);
  if (!services) return null;
  try {
    const tsNode = services.map.get(node);
    if (!tsNode) return null;
    const type = services.checker.getNonNullableType(services.checker.getTypeAtLocation(tsNode));
    const symbol = type.getSymbol() ?? type.aliasSymbol;
    const declaration = symbol?.getDeclarations()?.[0];
    if (!symbol || !declaration) return null;
    const module = ambientModuleOf(declaration) ?? packageOfFile(declaration.getSourceFile().fileName);
    return module ? { module, name: symbol.getName() } : null;
  } catch {
    return null; // a checker failure on odd code means "unknown", never a crash
  }
}

/** The package an ambient `declare module 'name' { … }` around the declaration names, if any. */
function ambientModuleOf(declaration: ts.Node): string | null {
  for (let node: ts.Node | undefined = declaration.parent; node; node = node.parent) {
    const name = (node as { name?: { text?: unknown; kind?: number } }).name;
    // ModuleDeclaration with a string-literal name (checked structurally: no runtime import of TypeScript here).
    if ('body' in node && name && typeof name.text === 'string' && isStringLiteralName(node, name)) return name.text;
  }
  return null;
}

function isStringLiteralName(node: ts.Node, name: object): boolean {
  const source = node.getSourceFile().text;
  const start = (name as ts.Node).getStart();
  return (source[start] === "'" || source[start] === '"') && /^\s*(?:export\s+)?declare\s+module\b/u.test(source.slice(node.getStart(), start));
}

/** `…/node_modules/stripe/types/index.d.ts` → `stripe`; `…/node_modules/@types/express-session/…` → `express-session`. */
export function packageOfFile(fileName: string): string | null {
  const normalized = fileName.replaceAll('\\', '/');
  const index = normalized.lastIndexOf('/node_modules/');
  if (index === -1) return null;
  const segments = normalized.slice(index + '/node_modules/'.length).split('/');
  const [first, second] = segments;
  if (!first) return null;
  if (first === '@types' && second) {
    // `@types/scope__name` declares `@scope/name`.
    const scoped = second.indexOf('__');
    return scoped > 0 ? `@${second.slice(0, scoped)}/${second.slice(scoped + 2)}` : second;
  }
  if (first.startsWith('@')) return second ? `${first}/${second}` : null;
  return first;
}
