/**
 * How a cipher is used, for no-weak-crypto: whether an IV is a constant (`Buffer.alloc(16)`, `'0000…'`), whether it
 * is a module-level value shared by every encryption, and whether an AEAD decipher gets its auth tag. Unknown
 * values are never constant, unfollowed uses never count as a missing tag.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { getEnclosingFunction, getStaticKeyName, skipWrappers, skipWrappersUp } from '../ast/ast.js';
import { findVariable } from '../ast/eslint-utils.js';
import { resolveExpression, resolveIdentifier, staticNumber, staticValue } from '../values/static-values.js';
import { isUnshadowedGlobal } from '../values/value-flow.js';

function isGlobal(sourceCode: Readonly<SourceCode>, node: TSESTree.Node, name: string): boolean {
  return node.type === 'Identifier' && node.name === name && isUnshadowedGlobal(sourceCode, node);
}

/**
 * A constant byte sequence: a non-empty string or array literal (through constants), `Buffer.from(<constant>)`,
 * `Uint8Array.from(<constant>)`, `Buffer.alloc(n[, constant fill])` (zeros) and `new Uint8Array(n | <constant>)`.
 * `Buffer.allocUnsafe(n)` and anything unresolved are not constant.
 */
export function isConstantBytes(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): boolean {
  const resolved = resolveExpression(sourceCode, node);
  const value = staticValue(sourceCode, resolved);
  if (value) return (typeof value.value === 'string' && value.value.length > 0) || Array.isArray(value.value);
  if (resolved.type !== 'CallExpression' && resolved.type !== 'NewExpression') return false;
  const callee = skipWrappers(resolved.callee);
  const [first, second] = resolved.arguments;
  if (resolved.type === 'NewExpression' && isGlobal(sourceCode, callee, 'Uint8Array')) {
    return first !== undefined && (staticNumber(sourceCode, first) !== null || isConstantBytes(sourceCode, first));
  }
  if (callee.type !== 'MemberExpression' || callee.computed) return false;
  const owner = callee.object;
  const method = getStaticKeyName(callee.property, false);
  if (method === 'from' && (isGlobal(sourceCode, owner, 'Buffer') || isGlobal(sourceCode, owner, 'Uint8Array'))) {
    return first !== undefined && staticValue(sourceCode, first) !== null;
  }
  // `Buffer.alloc(16)` is all zeros (or the constant fill).
  if (method === 'alloc' && isGlobal(sourceCode, owner, 'Buffer')) {
    return first !== undefined && staticNumber(sourceCode, first) !== null && (!second || staticValue(sourceCode, second) !== null);
  }
  return false;
}

/**
 * The name of a module-level constant (`const IV = randomBytes(16)` at the top of the file, never reassigned) that
 * `iv` reads inside a function: every call of that function encrypts with the same IV. Null otherwise.
 */
export function moduleLevelIv(sourceCode: Readonly<SourceCode>, iv: TSESTree.Node, call: TSESTree.Node): string | null {
  const inner = skipWrappers(iv);
  if (inner.type !== 'Identifier' || !getEnclosingFunction(call) || !resolveIdentifier(sourceCode, inner)) return null;
  const scope = findVariable(sourceCode.getScope(inner), inner)?.scope.type;
  return scope === 'module' || scope === 'global' ? inner.name : null;
}

/**
 * Whether the decipher created by `call` gets an auth tag: `true` when `setAuthTag()` is called on it, `false` when
 * every use is another member of it, `null` when its uses cannot be followed (returned, passed on, reassigned).
 */
export function setsAuthTag(sourceCode: Readonly<SourceCode>, call: TSESTree.Node): boolean | null {
  const outer = skipWrappersUp(call);
  const parent = outer.parent;
  if (!parent) return null;
  if (parent.type === 'MemberExpression' && parent.object === outer) {
    return getStaticKeyName(parent.property, parent.computed) === 'setAuthTag';
  }
  if (parent.type !== 'VariableDeclarator' || parent.init !== outer || parent.id.type !== 'Identifier') return null;
  const variable = findVariable(sourceCode.getScope(parent.id), parent.id);
  if (!variable) return null;
  let sawUse = false;
  for (const reference of variable.references) {
    if (reference.init) continue;
    if (!reference.isRead() || reference.isWrite()) return null;
    const identifier = reference.identifier as TSESTree.Node;
    const member = identifier.parent;
    if (member?.type !== 'MemberExpression' || member.object !== identifier) return null; // escapes
    if (getStaticKeyName(member.property, member.computed) === 'setAuthTag') return true;
    sawUse = true;
  }
  return sawUse ? false : null;
}
