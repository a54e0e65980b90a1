/**
 * Is a URL-carrying property part of payment traffic? Answers for no-insecure-payment-url: the property sits in a
 * payment payload (`{ amount, currency, success_url }`), in an argument of a payment API call (`stripe.checkout.
 * sessions.create({...})`, `fetch('https://api-m.paypal.com/…', { body: JSON.stringify({...}) })`), in a variable
 * later passed to one, or in the options of a webhook registration (`stripe.webhookEndpoints.create({ url })`); and
 * does the file import a payment SDK at all. Words and keys come from src/catalog/payment-urls.ts.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { getStaticKeyName } from '../ast/ast.js';
import { findVariable } from '../ast/eslint-utils.js';
import { matchPaymentHost } from '../catalog/hosts.js';
import { PAYMENT_CALL_WORDS, PAYMENT_PAYLOAD_KEYS, WEBHOOK_REGISTRATION_WORDS } from '../catalog/payment-urls.js';
import { CLIENT_SDK_MODULES, SERVER_SDK_MODULES } from '../catalog/providers.js';
import { findModuleImports, isModuleOrSubpath } from '../modules/module-imports.js';
import { propertyKey } from '../values/object-options.js';
import { staticPrefix } from '../values/static-values.js';
import { parseUrlPrefix } from '../values/urls.js';
import { memberChainNames } from './sensitive-data.js';

const MAX_CONTAINER_DEPTH = 12;
const MAX_ARGUMENT_DEPTH = 6;
/** Nodes a property's object may sit in on its way to a call argument or variable (`[{...}]`, `{ a: {...} }`). */
const CONTAINERS = new Set(['Property', 'ArrayExpression', 'SpreadElement', 'TSAsExpression', 'TSSatisfiesExpression']);
const ARGUMENT_CONTAINERS = new Set([...CONTAINERS, 'ObjectExpression']);

/** Some segment of the callee chain (`stripe.checkout.sessions.create`, `getClient().payments.create`) is in `words`. */
export function isPaymentCallee(callee: TSESTree.Node, words: ReadonlySet<string> = PAYMENT_CALL_WORDS): boolean {
  return memberChainNames(callee).some((name) => words.has(name.toLowerCase()));
}

const paymentSdkImports = new WeakMap<object, boolean>();

/** The file imports or requires a server or client payment SDK, or a subpath of one (type-only imports do not count). */
export function importsAnyPaymentSdk(sourceCode: Readonly<SourceCode>): boolean {
  let found = paymentSdkImports.get(sourceCode);
  if (found === undefined) {
    const modules = [...SERVER_SDK_MODULES, ...CLIENT_SDK_MODULES];
    found = findModuleImports(sourceCode).some(
      (entry) => !entry.typeOnly && modules.some((name) => isModuleOrSubpath(entry.module, name)),
    );
    paymentSdkImports.set(sourceCode, found);
  }
  return found;
}

/** `fetch('https://api-m.paypal.com/…', { body: JSON.stringify({...}) })`: `call` is the `JSON.stringify` of such a request. */
function isPaymentFetchBody(sourceCode: Readonly<SourceCode>, call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  if (call.callee.type !== 'MemberExpression' || getStaticKeyName(call.callee.property, call.callee.computed) !== 'stringify') {
    return false;
  }
  const outer = call.parent;
  if (outer?.type !== 'Property' || outer.parent?.type !== 'ObjectExpression') return false;
  const request = outer.parent.parent;
  if (request?.type !== 'CallExpression' && request?.type !== 'NewExpression') return false;
  return request.arguments.some((argument) => {
    const prefix = staticPrefix(sourceCode, argument);
    const url = prefix ? parseUrlPrefix(prefix.prefix, prefix.complete) : null;
    return url !== null && url.hostComplete && matchPaymentHost(url.host) !== null;
  });
}

function isPaymentCall(sourceCode: Readonly<SourceCode>, call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  return isPaymentCallee(call.callee) || isPaymentFetchBody(sourceCode, call);
}

/** Some read of the variable is (inside) an argument of a payment API call. */
function usedInPaymentCall(sourceCode: Readonly<SourceCode>, identifier: TSESTree.Identifier): boolean {
  const variable = findVariable(sourceCode.getScope(identifier), identifier);
  if (!variable) return false;
  for (const reference of variable.references) {
    if (!reference.isRead()) continue;
    let node = reference.identifier as TSESTree.Node;
    for (let depth = 0; depth < MAX_ARGUMENT_DEPTH && node.parent; depth++) {
      const parent: TSESTree.Node = node.parent;
      if (parent.type === 'CallExpression' || parent.type === 'NewExpression') {
        if (parent.callee !== node && isPaymentCall(sourceCode, parent)) return true;
        break;
      }
      if (!ARGUMENT_CONTAINERS.has(parent.type)) break;
      node = parent;
    }
  }
  return false;
}

/**
 * The property's object is (part of) an argument of a payment API call, a payment payload itself (a sibling or
 * enclosing object has a payment key such as `amount` or `line_items`), or the value of a variable used so.
 */
export function isPaymentUrlContext(sourceCode: Readonly<SourceCode>, property: TSESTree.Property): boolean {
  let node: TSESTree.Node = property;
  for (let depth = 0; depth < MAX_CONTAINER_DEPTH && node.parent; depth++) {
    const parent: TSESTree.Node = node.parent;
    if (parent.type === 'ObjectExpression') {
      for (const element of parent.properties) {
        if (element.type !== 'Property') continue;
        const key = propertyKey(sourceCode, element);
        if (key !== null && PAYMENT_PAYLOAD_KEYS.has(key)) return true;
      }
    } else if (parent.type === 'CallExpression' || parent.type === 'NewExpression') {
      if (parent.callee === node) return false;
      return isPaymentCall(sourceCode, parent);
    } else if (parent.type === 'VariableDeclarator' && parent.init === node && parent.id.type === 'Identifier') {
      return usedInPaymentCall(sourceCode, parent.id);
    } else if (!CONTAINERS.has(parent.type) && parent.type !== 'ReturnStatement') {
      return false;
    }
    node = parent;
  }
  return false;
}

/** `stripe.webhookEndpoints.create({ url })`: the property is a direct option of a webhook registration call. */
export function isWebhookRegistrationUrl(property: TSESTree.Property): boolean {
  const object = property.parent;
  const call = object?.parent;
  return (
    object?.type === 'ObjectExpression' &&
    call?.type === 'CallExpression' &&
    call.arguments.includes(object) &&
    isPaymentCallee(call.callee, WEBHOOK_REGISTRATION_WORDS)
  );
}
