/**
 * Static values: constant folding through `getStaticValue`, plus what it cannot give us — the known leading
 * text ("static prefix") of a string whose tail is dynamic, the expression a constant name stands for, and
 * the literal alternatives of `??` / `||` / `?:` fallbacks. Unknown is always `null`, never a guess.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { findVariable, getStaticValue } from '../ast/eslint-utils.js';
import type { Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { skipWrappers } from '../ast/ast.js';
import { resolveClassField } from './class-fields.js';
import { VALUE_RESOLUTION_DEPTH, VALUE_SOURCES } from './budget.js';

export interface StaticValue {
  readonly value: unknown;
}

function scopeOf(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): Scope.Scope {
  return sourceCode.getScope(node);
}

/** `{ value }` when the expression folds to a constant, `null` when it is not known. */
export function staticValue(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): StaticValue | null {
  try {
    return getStaticValue(node as TSESTree.Expression, scopeOf(sourceCode, node)) as StaticValue | null;
  } catch {
    return null;
  }
}

/** The constant string value, or `null` when not a known string. */
export function staticString(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): string | null {
  const result = staticValue(sourceCode, node);
  return result && typeof result.value === 'string' ? result.value : null;
}

/** Tri-state boolean: `true` / `false` when known, `null` when unknown. */
export function staticBoolean(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): boolean | null {
  const result = staticValue(sourceCode, node);
  return result && typeof result.value === 'boolean' ? result.value : null;
}

/** Known number, or `null`. */
export function staticNumber(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): number | null {
  const result = staticValue(sourceCode, node);
  return result && typeof result.value === 'number' ? result.value : null;
}

/**
 * The single expression a variable stands for: a `const` (or never-reassigned `let`/`var`) declarator with an
 * initializer, followed transitively. Returns `null` for parameters, imports, reassigned variables, destructuring.
 */
export function resolveIdentifier(
  sourceCode: Readonly<SourceCode>,
  identifier: TSESTree.Identifier,
): TSESTree.Expression | null {
  const variable = findVariable(scopeOf(sourceCode, identifier), identifier);
  if (!variable || variable.defs.length !== 1) return null;
  const definition = variable.defs[0]!;
  if (definition.type !== 'Variable') return null;
  const declarator = definition.node as TSESTree.VariableDeclarator;
  if (declarator.id.type !== 'Identifier' || !declarator.init) return null;
  const writes = variable.references.filter((reference) => reference.isWrite());
  if (writes.length !== 1 || writes[0]!.identifier !== declarator.id) return null;
  return declarator.init;
}

/**
 * Follow constant names and value-preserving wrappers to the expression that produces the value:
 * `const opts = {...}; f(opts)` → the object literal; `this.opts` → the one value the class writes into the field
 * (`resolveClassField` in class-fields.ts). Stops (returning the last node) when it cannot go further.
 */
export function resolveExpression(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): TSESTree.Node {
  let current = skipWrappers(node);
  for (let depth = 0; depth < VALUE_RESOLUTION_DEPTH; depth++) {
    let next: TSESTree.Node | null = null;
    if (current.type === 'Identifier') {
      next = resolveIdentifier(sourceCode, current);
    } else if (current.type === 'MemberExpression' && current.object.type === 'ThisExpression') {
      next = resolveClassField(sourceCode, current);
    }
    if (!next) return current;
    current = skipWrappers(next);
  }
  return current;
}

/**
 * Known leading text of a string expression. `complete` is true when the whole string is known.
 * `'http://' + host` → `{ prefix: 'http://', complete: false }`; `` `${BASE}/v1` `` with a constant BASE folds.
 */
export interface StaticPrefix {
  readonly prefix: string;
  readonly complete: boolean;
}

export function staticPrefix(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): StaticPrefix | null {
  return prefixOf(sourceCode, node, 0);
}

function prefixOf(sourceCode: Readonly<SourceCode>, node: TSESTree.Node, depth: number): StaticPrefix | null {
  if (depth > VALUE_RESOLUTION_DEPTH) return null;
  const inner = skipWrappers(node);
  const whole = staticValue(sourceCode, inner);
  if (whole) return typeof whole.value === 'string' ? { prefix: whole.value, complete: true } : null;
  switch (inner.type) {
    case 'TemplateLiteral': {
      let prefix = inner.quasis[0]?.value.cooked ?? '';
      for (let index = 0; index < inner.expressions.length; index++) {
        const part = prefixOf(sourceCode, inner.expressions[index]!, depth + 1);
        if (!part) return { prefix, complete: false };
        prefix += part.prefix;
        if (!part.complete) return { prefix, complete: false };
        prefix += inner.quasis[index + 1]?.value.cooked ?? '';
      }
      return { prefix, complete: true };
    }
    case 'BinaryExpression': {
      if (inner.operator !== '+') return null;
      const left = prefixOf(sourceCode, inner.left, depth + 1);
      if (!left) return null;
      if (!left.complete) return left;
      const right = prefixOf(sourceCode, inner.right, depth + 1);
      if (!right) return { prefix: left.prefix, complete: false };
      return { prefix: left.prefix + right.prefix, complete: right.complete };
    }
    case 'Identifier': {
      const resolved = resolveIdentifier(sourceCode, inner);
      return resolved ? prefixOf(sourceCode, resolved, depth + 1) : null;
    }
    case 'CallExpression': {
      // `'http://x'.concat(y)` and `String(x)` are rare; `.toString()` on a known prefix keeps it.
      return null;
    }
    default:
      return null;
  }
}

/**
 * The expressions a value may come from, following constants and the branches of `??`, `||`, `&&` (right side),
 * and `?:`. `process.env.URL ?? 'http://x'` yields both the env read and the literal. Bounded in size.
 */
export function valueSources(sourceCode: Readonly<SourceCode>, node: TSESTree.Node, limit = VALUE_SOURCES): TSESTree.Node[] {
  const out: TSESTree.Node[] = [];
  const visit = (current: TSESTree.Node, depth: number): void => {
    if (out.length >= limit || depth > VALUE_RESOLUTION_DEPTH) return;
    const inner = skipWrappers(current);
    switch (inner.type) {
      case 'LogicalExpression':
        if (inner.operator !== '&&') visit(inner.left, depth + 1);
        visit(inner.right, depth + 1);
        return;
      case 'ConditionalExpression':
        visit(inner.consequent, depth + 1);
        visit(inner.alternate, depth + 1);
        return;
      case 'Identifier': {
        const resolved = resolveIdentifier(sourceCode, inner);
        if (resolved) visit(resolved, depth + 1);
        else out.push(inner);
        return;
      }
      default:
        out.push(inner);
    }
  };
  visit(node, 0);
  return out;
}
