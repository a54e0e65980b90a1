import type { TSESTree } from '@typescript-eslint/utils';
import {
  SCA_RESULT_FIELDS,
  SCA_STATUS_STRINGS,
  STRIPE_INTENT_CONFIRMATIONS,
  type IntentConfirmation,
} from '../src/catalog/payment-calls.js';
import { createRule } from '../src/create-rule.js';
import { getEnclosingFunction, getStaticKeyName, skipWrappers, walk } from '../src/ast/ast.js';
import { findApiReferences } from '../src/modules/module-references.js';
import { findProperty } from '../src/values/object-options.js';
import { staticValue } from '../src/values/static-values.js';
import { NESTED_VALUE_DEPTH } from '../src/values/budget.js';
import { valueUses } from '../src/values/value-uses.js';

type MessageIds = 'onSession' | 'offSession';

/** Payment method types that can require 3-D Secure. */
const SCA_METHOD_TYPES = new Set(['card', 'link']);
const RESPONSE_METHODS = new Set(['json', 'send', 'jsonp']);

export default createRule<[], MessageIds>({
  name: 'require-3ds-handling',
  relevance: { apis: [STRIPE_INTENT_CONFIRMATIONS] },
  meta: {
    type: 'problem',
    docs: {
      description:
        'Require server-confirmed Stripe PaymentIntents to handle `requires_action` (3-D Secure) or `authentication_required` declines.',
      recommended: 'strict',
      testFiles: 'skip',
      category: 'Security',
      cwe: ['CWE-754'],
      pci: [],
    },
    schema: [],
    messages: {
      onSession:
        '`{{method}}` confirms the PaymentIntent on the server, but this function never checks `status` for `requires_action`, reads `next_action` or returns the `client_secret`, so payments that need 3-D Secure (PSD2 Strong Customer Authentication) are left unfinished; handle `requires_action` by sending the `client_secret` to the client for `stripe.handleNextAction` (see https://docs.stripe.com/payments/finalize-payments-on-the-server).',
      offSession:
        '`{{method}}` charges off-session, but nothing here handles the `authentication_required` decline, so payments the bank wants authenticated fail without bringing the customer back; catch the error, check `code === \'authentication_required\'` and ask the customer to confirm on-session (see https://docs.stripe.com/payments/save-and-reuse#charge-saved-payment-method).',
    },
  },
  create(context) {
    const { sourceCode } = context;
    const scanned = new Map<TSESTree.Node, boolean>();

    function propertyValue(params: TSESTree.Node | undefined, key: string): { known: boolean; value: unknown } | null {
      if (!params) return null;
      const found = findProperty(sourceCode, params, key);
      if (!found) return null;
      const value = staticValue(sourceCode, found.value);
      return value ? { known: true, value: value.value } : { known: false, value: undefined };
    }

    /** Any SCA status string, `next_action` / `client_secret` read or destructured anywhere in `root`. */
    function handlesSca(root: TSESTree.Node): boolean {
      const cached = scanned.get(root);
      if (cached !== undefined) return cached;
      let handles = false;
      walk(root, sourceCode.visitorKeys, (node) => {
        if (handles) return false;
        if (node.type === 'Literal' && typeof node.value === 'string' && SCA_STATUS_STRINGS.has(node.value)) handles = true;
        else if (node.type === 'TemplateElement' && SCA_STATUS_STRINGS.has(node.value.cooked ?? '')) handles = true;
        else if (node.type === 'MemberExpression') {
          const key = getStaticKeyName(node.property, node.computed);
          if (key !== null && SCA_RESULT_FIELDS.has(key)) handles = true;
        } else if (node.type === 'Property' && node.parent.type === 'ObjectPattern') {
          const key = getStaticKeyName(node.key, node.computed);
          if (key !== null && SCA_RESULT_FIELDS.has(key)) handles = true;
        }
        return undefined;
      });
      scanned.set(root, handles);
      return handles;
    }

    /**
     * The value leaves the function whole (returned, or sent as a response body, also inside an object or array
     * literal and through variables, value-uses.ts): the caller/client handles it.
     */
    function escapes(value: TSESTree.Node, spent = 0, steps = 0): boolean {
      if (steps >= NESTED_VALUE_DEPTH) return false;
      return valueUses(sourceCode, value, { spent }).some((use) => {
        switch (use.kind) {
          case 'return':
            return true;
          case 'element':
            return escapes(use.node, spent + use.hops.length, steps + 1);
          case 'argument': {
            const callee = skipWrappers(use.node.callee);
            const name = callee.type === 'MemberExpression' ? getStaticKeyName(callee.property, callee.computed) : null;
            return use.node.type === 'CallExpression' && name !== null && RESPONSE_METHODS.has(name);
          }
          default:
            return false;
        }
      });
    }

    return {
      'Program:exit'(program) {
        for (const reference of findApiReferences(sourceCode, STRIPE_INTENT_CONFIRMATIONS)) {
          const data = reference.definition.data;
          if (!('role' in data) || data.role !== 'confirm-intent') continue;
          const confirmation = data as IntentConfirmation;
          const call = reference.node;
          if (call.type !== 'CallExpression') continue;
          const paramsArgument = call.arguments[confirmation.paramsArgument];
          const params = paramsArgument && paramsArgument.type !== 'SpreadElement' ? paramsArgument : undefined;
          if (confirmation.needsConfirmFlag) {
            const confirm = propertyValue(params, 'confirm');
            if (!confirm?.known || confirm.value !== true) continue;
          } else if (paramsArgument?.type === 'SpreadElement') {
            continue;
          }
          // `error_on_requires_action: true` turns the action into a decline the caller sees as an error.
          const errorOnAction = propertyValue(params, 'error_on_requires_action');
          if (errorOnAction && (!errorOnAction.known || errorOnAction.value === true)) continue;
          const types = params ? findProperty(sourceCode, params, 'payment_method_types') : null;
          if (types) {
            const value = staticValue(sourceCode, types.value);
            if (!value || !Array.isArray(value.value)) continue;
            if (!value.value.some((type) => typeof type === 'string' && SCA_METHOD_TYPES.has(type))) continue;
          }
          const offSession = propertyValue(params, 'off_session');
          if (offSession && !offSession.known) continue;
          // The outermost function holding the call: handling often sits in a sibling callback (`.then(pi => …)`).
          let scope: TSESTree.Node = program;
          for (let fn = getEnclosingFunction(call); fn; fn = getEnclosingFunction(fn)) scope = fn;
          if (handlesSca(scope) || escapes(call)) continue;
          const callee = skipWrappers(call.callee);
          context.report({
            node: callee,
            // Older API versions also accept `off_session: 'one_off' | 'recurring'`.
            messageId: offSession && offSession.value !== false && offSession.value != null ? 'offSession' : 'onSession',
            data: { method: confirmation.method },
          });
        }
      },
    };
  },
});
