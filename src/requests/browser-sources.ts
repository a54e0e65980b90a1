/**
 * Browser-side sources for the taint analysis (src/requests/taint.ts): members and parameters that hold parts of
 * the page address or another window's message, recognised from src/catalog/browser-taint.ts.
 *
 * - `this.$route` (Vue Options API) and `this.route` / a parameter typed `ActivatedRoute` (Angular) are router roots;
 *   a class field `route = inject(ActivatedRoute)` counts like a typed one.
 * - `window.name` is text any earlier page in the tab chose.
 * - The event parameter of a `message` listener on `window` (`window.addEventListener('message', (e) => …)`,
 *   `window.onmessage = …`) carries another window's data, unless the listener looks at `event.origin` (or
 *   `event.source`): a listener that checks the sender is trusted to check it correctly.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import {
  BROWSER_ROOT_TYPES,
  INJECT_FUNCTIONS,
  MESSAGE_EVENTS,
  MESSAGE_HANDLER_PROPERTIES,
  MESSAGE_ORIGIN_MEMBERS,
  THIS_ROOTS,
  WINDOW_DATA_MEMBERS,
  type BrowserRootKind,
} from '../catalog/browser-taint.js';
import { GLOBAL_OBJECTS } from '../catalog/taint.js';
import { annotatedType, getStaticKeyName, isFunction, skipWrappers, walk, type AnyFunction } from '../ast/ast.js';
import { findVariable } from '../ast/eslint-utils.js';
import { familyOfType, familyOfTypedValue, importSource } from '../modules/typed-members.js';
import { staticString } from '../values/static-values.js';

/** A browser root object (`this.$route`) or browser data itself (`window.name`). */
export type BrowserSource =
  | { readonly type: 'root'; readonly root: BrowserRootKind; readonly label: string }
  | { readonly type: 'data'; readonly label: string };

function isGlobalIdentifier(sourceCode: Readonly<SourceCode>, node: TSESTree.Node, names: readonly string[]): boolean {
  if (node.type !== 'Identifier' || !names.includes(node.name)) return false;
  const variable = findVariable(sourceCode.getScope(node), node);
  return !variable || variable.defs.length === 0;
}

/** `this.$route`, `this.route` (ActivatedRoute), `window.name`; null for anything else. */
export function browserMemberSource(sourceCode: Readonly<SourceCode>, node: TSESTree.MemberExpression): BrowserSource | null {
  const object = skipWrappers(node.object);
  const key = getStaticKeyName(node.property, node.computed);
  if (key === null) return null;
  if (object.type === 'ThisExpression') {
    const root = Object.prototype.hasOwnProperty.call(THIS_ROOTS, key) ? THIS_ROOTS[key] : undefined;
    if (root) return { type: 'root', root, label: `this.${key}` };
    const typed = typedRoot(sourceCode, node);
    return typed ? { type: 'root', root: typed, label: `this.${key}` } : null;
  }
  if (WINDOW_DATA_MEMBERS.has(key) && isGlobalIdentifier(sourceCode, object, GLOBAL_OBJECTS)) {
    return { type: 'data', label: `${(object as TSESTree.Identifier).name}.${key}` };
  }
  return null;
}

/** The root a `this.member` holds by its declared type or its `inject(Type)` initialiser. */
function typedRoot(sourceCode: Readonly<SourceCode>, node: TSESTree.MemberExpression): BrowserRootKind | null {
  const family = familyOfTypedValue(sourceCode, node, BROWSER_ROOT_TYPES);
  if (family) return family as BrowserRootKind;
  const name = getStaticKeyName(node.property, node.computed);
  let classBody: TSESTree.Node | undefined = node.parent;
  while (classBody && classBody.type !== 'ClassBody') classBody = classBody.parent;
  if (!classBody || classBody.type !== 'ClassBody') return null;
  for (const element of classBody.body) {
    if (element.type !== 'PropertyDefinition' || getStaticKeyName(element.key, element.computed) !== name || !element.value) continue;
    return injectedRoot(sourceCode, element.value);
  }
  return null;
}

/** `inject(ActivatedRoute)` with both names imported from their modules. */
function injectedRoot(sourceCode: Readonly<SourceCode>, value: TSESTree.Node): BrowserRootKind | null {
  const call = skipWrappers(value);
  if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier') return null;
  const callee = importSource(sourceCode, call.callee);
  if (!callee || !INJECT_FUNCTIONS.some((entry) => entry.module === callee.module && entry.name === callee.imported)) return null;
  const argument = call.arguments[0];
  if (argument?.type !== 'Identifier') return null;
  const type = importSource(sourceCode, argument);
  const entry = type && BROWSER_ROOT_TYPES.find((candidate) => candidate.module === type.module && candidate.type === type.imported);
  return entry ? entry.family : null;
}

/** A browser root a function parameter holds: a typed `route: ActivatedRoute`, or a `message` listener's event. */
export function browserParameterSource(
  sourceCode: Readonly<SourceCode>,
  fn: AnyFunction,
  param: TSESTree.Parameter,
): BrowserSource | null {
  const bound = param.type === 'TSParameterProperty' ? param.parameter : param;
  const annotation = bound.type === 'Identifier' ? annotatedType(bound) : undefined;
  if (bound.type === 'Identifier' && annotation) {
    const family = familyOfType(sourceCode, annotation, BROWSER_ROOT_TYPES);
    if (family) return { type: 'root', root: family as BrowserRootKind, label: bound.name };
  }
  if (fn.params[0] === param && isMessageListener(sourceCode, fn) && !checksSender(sourceCode, fn, param)) {
    return { type: 'root', root: 'message-event', label: bound.type === 'Identifier' ? bound.name : 'event' };
  }
  return null;
}

/** Is `target` a `window` object (`window`, `self`, `globalThis`, not shadowed)? */
function isWindow(sourceCode: Readonly<SourceCode>, target: TSESTree.Node): boolean {
  return isGlobalIdentifier(sourceCode, skipWrappers(target), GLOBAL_OBJECTS);
}

/** Is `fn` registered as a `message` listener on the window (inline, or by its name in this file)? */
function isMessageListener(sourceCode: Readonly<SourceCode>, fn: AnyFunction): boolean {
  if (registersMessage(sourceCode, fn)) return true;
  // function onMessage(event) {…}; window.addEventListener('message', onMessage)
  let name: TSESTree.Identifier | null = null;
  if (fn.type === 'FunctionDeclaration') name = fn.id;
  else if (fn.parent?.type === 'VariableDeclarator' && fn.parent.id.type === 'Identifier') name = fn.parent.id;
  if (!name) return false;
  const variable = findVariable(sourceCode.getScope(name), name);
  return (variable?.references ?? []).some((reference) => reference.identifier !== name && registersMessage(sourceCode, reference.identifier as TSESTree.Node));
}

/** Is `value` the listener of `window.addEventListener('message', value)` or `window.onmessage = value`? */
function registersMessage(sourceCode: Readonly<SourceCode>, value: TSESTree.Node): boolean {
  const parent = value.parent;
  if (!parent) return false;
  if (parent.type === 'CallExpression' && parent.arguments[1] === value) {
    const callee = skipWrappers(parent.callee);
    if (callee.type !== 'MemberExpression' || getStaticKeyName(callee.property, callee.computed) !== 'addEventListener') return false;
    const event = parent.arguments[0] ? staticString(sourceCode, parent.arguments[0]) : null;
    return event !== null && MESSAGE_EVENTS.has(event) && isWindow(sourceCode, callee.object);
  }
  if (parent.type === 'AssignmentExpression' && parent.right === value && parent.left.type === 'MemberExpression') {
    const key = getStaticKeyName(parent.left.property, parent.left.computed);
    return key !== null && MESSAGE_HANDLER_PROPERTIES.has(key) && isWindow(sourceCode, parent.left.object);
  }
  return false;
}

/** Does the listener read `event.origin` / `event.source` (or destructure `origin`)? */
function checksSender(sourceCode: Readonly<SourceCode>, fn: AnyFunction, param: TSESTree.Parameter): boolean {
  if (param.type === 'ObjectPattern') {
    return param.properties.some((property) => {
      if (property.type !== 'Property') return false;
      const key = getStaticKeyName(property.key, property.computed);
      return key !== null && MESSAGE_ORIGIN_MEMBERS.has(key);
    });
  }
  if (param.type !== 'Identifier') return false;
  const variable = findVariable(sourceCode.getScope(fn.body), param.name);
  if (!variable) return false;
  return variable.references.some((reference) => {
    const member = reference.identifier.parent;
    if (member?.type === 'MemberExpression' && member.object === reference.identifier) {
      const key = getStaticKeyName(member.property, member.computed);
      return key !== null && MESSAGE_ORIGIN_MEMBERS.has(key);
    }
    // const { origin, data } = event
    if (member?.type === 'VariableDeclarator' && member.init === reference.identifier && member.id.type === 'ObjectPattern') {
      return member.id.properties.some((property) => {
        if (property.type !== 'Property') return false;
        const key = getStaticKeyName(property.key, property.computed);
        return key !== null && MESSAGE_ORIGIN_MEMBERS.has(key);
      });
    }
    return false;
  });
}

/** The return expressions of an inline callback (`() => x`, `() => { return x }`), for `computed`/`useMemo`. */
export function callbackReturns(fn: TSESTree.Node, visitorKeys: SourceCode.VisitorKeys): TSESTree.Node[] {
  const callback = skipWrappers(fn);
  if (!isFunction(callback)) return [];
  if (callback.body.type !== 'BlockStatement') return [callback.body];
  const out: TSESTree.Node[] = [];
  walk(callback.body, visitorKeys, (node) => {
    if (isFunction(node)) return false;
    if (node.type === 'ReturnStatement' && node.argument) out.push(node.argument);
    return undefined;
  });
  return out;
}
