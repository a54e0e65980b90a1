import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';

/** Expression wrappers that never change the runtime value. */
const TRANSPARENT = new Set<string>([
  'TSAsExpression',
  'TSSatisfiesExpression',
  'TSNonNullExpression',
  'TSTypeAssertion',
  'TSInstantiationExpression',
  'ChainExpression',
]);

/** Strip TS type wrappers (`as`, `satisfies`, `!`, `<T>x`) and optional-chain wrappers. */
export function skipWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (TRANSPARENT.has(current.type)) {
    current = (current as TSESTree.TSAsExpression).expression;
  }
  return current;
}

/** Walk up from `node` past wrappers; returns the outermost wrapper (whose parent is the real consumer). */
export function skipWrappersUp(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && TRANSPARENT.has(current.parent.type)) {
    current = current.parent;
  }
  return current;
}

/*
 * Parser-neutral readers for what only typescript-estree puts on ordinary nodes. `@typescript-eslint/parser` sets
 * `decorators: []`, `typeAnnotation`, `importKind`, `exportKind`, `optional`, `definite`, … on every class, function,
 * parameter and import; ESLint's default parser (espree) and vue-eslint-parser's JavaScript leave them out, and
 * @babel/eslint-parser sets only what the source spells. The `TSESTree` types say these properties always exist, so
 * the analysis reads them only through these helpers; tests/eslint.config.js rejects direct dereferences.
 */

/** What a node may carry when typescript-estree produced it, and may lack (or hold `null`) otherwise. */
type TypeScriptEstreeOnly<T> = { readonly [K in keyof T]?: T[K] | null };

/** Decorators of a class, class member or parameter; `[]` when the parser gives none. */
export function decoratorsOf(node: TSESTree.Node): readonly TSESTree.Decorator[] {
  const { decorators } = node as TypeScriptEstreeOnly<{ decorators: unknown }>;
  return Array.isArray(decorators) ? (decorators as TSESTree.Decorator[]) : [];
}

/** The declared type of an annotated binding, parameter or class field (`req: Request` → `Request`). */
export function annotatedType(node: TSESTree.Node): TSESTree.TypeNode | undefined {
  const { typeAnnotation } = node as TypeScriptEstreeOnly<{ typeAnnotation: TSESTree.Node }>;
  return typeAnnotation?.type === 'TSTypeAnnotation' ? typeAnnotation.typeAnnotation : undefined;
}

/** `import type …`, `import { type X }`, `export type … from`, `import type x = require(…)`: erased at run time. */
export function isTypeOnly(node: TSESTree.Node): boolean {
  const { importKind, exportKind } = node as TypeScriptEstreeOnly<{ importKind: string; exportKind: string }>;
  return importKind === 'type' || exportKind === 'type';
}

/** True when `node` is the target of an assignment, update or `delete` (a write, not a read). */
export function isWriteTarget(node: TSESTree.Node): boolean {
  const outer = skipWrappersUp(node);
  const parent = outer.parent;
  if (!parent) return false;
  switch (parent.type) {
    case 'AssignmentExpression':
      return parent.left === outer;
    case 'UpdateExpression':
      return true;
    case 'UnaryExpression':
      return parent.operator === 'delete';
    default:
      return false;
  }
}

/** Static (non-computed or literal-computed) name of a member or property key, without scope. */
export function getStaticKeyName(
  key: TSESTree.Node,
  computed: boolean,
): string | null {
  if (!computed && key.type === 'Identifier') return key.name;
  if (key.type === 'PrivateIdentifier') return `#${key.name}`;
  if (key.type === 'Literal') return String(key.value);
  if (key.type === 'TemplateLiteral' && key.expressions.length === 0) {
    return key.quasis[0]?.value.cooked ?? null;
  }
  return null;
}

/**
 * The name a call is made by: `f()` → `f`, `a.b.f()` / `a['f']()` → `f`; `null` for computed or other callees.
 * Pass the callee (`call.callee`); TS wrappers are skipped.
 */
export function calleeName(callee: TSESTree.Node): string | null {
  const inner = skipWrappers(callee);
  if (inner.type === 'Identifier') return inner.name;
  if (inner.type === 'MemberExpression') return getStaticKeyName(inner.property, inner.computed);
  return null;
}

/** The method name of a member call (`app.use(…)` → `use`); `null` for a plain function call `use(…)`. */
export function calledMethodName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | null {
  const callee = skipWrappers(call.callee);
  return callee.type === 'MemberExpression' ? getStaticKeyName(callee.property, callee.computed) : null;
}

/**
 * When `node` (past wrappers) is the receiver of a method call `node.m(…)`: the call and the method's static name
 * (null when computed). Null when `node` is used any other way.
 */
export function methodCallOn(
  node: TSESTree.Node,
): { readonly call: TSESTree.CallExpression; readonly method: string | null } | null {
  const outer = skipWrappersUp(node);
  const member = outer.parent;
  if (member?.type !== 'MemberExpression' || member.object !== outer) return null;
  const call = member.parent;
  if (call?.type !== 'CallExpression' || call.callee !== member) return null;
  return { call, method: getStaticKeyName(member.property, member.computed) };
}

export type AnyFunction =
  | TSESTree.ArrowFunctionExpression
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression;

export function isFunction(node: TSESTree.Node): node is AnyFunction {
  return (
    node.type === 'ArrowFunctionExpression' ||
    node.type === 'FunctionDeclaration' ||
    node.type === 'FunctionExpression'
  );
}

/** Nearest enclosing function, or null at module level. */
export function getEnclosingFunction(node: TSESTree.Node): AnyFunction | null {
  let current = node.parent;
  while (current) {
    if (isFunction(current)) return current;
    current = current.parent;
  }
  return null;
}

/** The export an import specifier names: `{ a as b }` → `a`, `{ 'a-b' as c }` → `a-b`, a default import → `default`. */
export function specifierExportName(specifier: TSESTree.ImportSpecifier | TSESTree.ImportDefaultSpecifier): string {
  if (specifier.type === 'ImportDefaultSpecifier') return 'default';
  return specifier.imported.type === 'Identifier' ? specifier.imported.name : String(specifier.imported.value);
}

/** The identifier a function is bound to: `function f(){}`, `const f = () => {}`, `const f = function(){}`; or null. */
export function functionBinding(fn: TSESTree.Node): TSESTree.Identifier | null {
  if (fn.type === 'FunctionDeclaration') return fn.id;
  const parent = fn.parent;
  return parent?.type === 'VariableDeclarator' && parent.init === fn && parent.id.type === 'Identifier' ? parent.id : null;
}

/** A `return` or `throw` in `node` outside the functions nested in it: the statement may leave its function. */
export function mayLeaveFunction(node: TSESTree.Node, visitorKeys: SourceCode.VisitorKeys): boolean {
  let found = false;
  walk(node, visitorKeys, (inner) => {
    if (found || isFunction(inner)) return false;
    if (inner.type === 'ReturnStatement' || inner.type === 'ThrowStatement') found = true;
    return undefined;
  });
  return found;
}

/**
 * Depth-first walk using the parser's visitor keys. The callback may return `false` to skip a subtree.
 * Iterative (an explicit stack), so deeply nested code cannot overflow the call stack.
 */
export function walk(
  root: TSESTree.Node,
  visitorKeys: SourceCode.VisitorKeys,
  callback: (node: TSESTree.Node) => boolean | void,
): void {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (callback(node) === false) continue;
    const keys = visitorKeys[node.type] ?? [];
    for (let index = keys.length - 1; index >= 0; index--) {
      const child = (node as unknown as Record<string, unknown>)[keys[index]!];
      if (Array.isArray(child)) {
        for (let inner = child.length - 1; inner >= 0; inner--) {
          const item = child[inner] as TSESTree.Node | null;
          if (item && typeof item.type === 'string') stack.push(item);
        }
      } else if (child && typeof (child as TSESTree.Node).type === 'string') {
        stack.push(child as TSESTree.Node);
      }
    }
  }
}

/**
 * True when `parent` hands the value of `node` on unchanged: TS wrappers, optional chains, `await`, either branch
 * of `?:`, `a || node` / `a ?? node` / `node || b`, and the right side of `&&` (the left side of `&&` only decides).
 */
export function isValuePassThrough(node: TSESTree.Node, parent: TSESTree.Node): boolean {
  switch (parent.type) {
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
    case 'TSTypeAssertion':
    case 'ChainExpression':
    case 'AwaitExpression':
      return true;
    case 'LogicalExpression':
      return parent.operator !== '&&' || parent.right === node;
    case 'ConditionalExpression':
      return parent.test !== node;
    default:
      return false;
  }
}

/** True when `init` is `createRequire(…)` or `module.createRequire(…)` (possibly wrapped in TS assertions). */
export function isCreateRequireCall(init: TSESTree.Node | null | undefined): boolean {
  if (!init) return false;
  const call = skipWrappers(init);
  if (call.type !== 'CallExpression') return false;
  const callee = skipWrappers(call.callee);
  const name =
    callee.type === 'Identifier'
      ? callee.name
      : callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier'
        ? callee.property.name
        : null;
  return name === 'createRequire';
}
