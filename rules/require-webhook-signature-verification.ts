import { WEBHOOK_PROVIDERS } from '../src/catalog/webhooks.js';
import { createRule } from '../src/create-rule.js';
import { findPayloadUse, findWebhookRoutes, verificationState } from '../src/analyses/webhooks.js';
import { findUnverifiedPaymentCallbacks } from '../src/analyses/payment-callbacks.js';
import { describeEffect } from '../src/analyses/payment-effects.js';

type MessageIds = 'missingVerification' | 'uncheckedResult' | 'notAwaited' | 'unverifiedCallback';

export default createRule<[], MessageIds>({
  name: 'require-webhook-signature-verification',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require payment webhook handlers to verify the provider signature before using the payload.',
      recommended: 'recommended',
      testFiles: 'skip',
      category: 'Security',
      cwe: ['CWE-345', 'CWE-347'],
      pci: ['6.2.4'],
    },
    schema: [],
    messages: {
      missingVerification:
        'This {{provider}} webhook handler acts on the request payload without verifying its signature, so anyone who finds the URL can forge payment events (mark orders paid, trigger refunds or fulfilment); verify the request first with {{verifier}} ({{docs}}).',
      notAwaited:
        '`{{verifier}}` returns a Promise, so checking or relying on it without `await` always passes and forged {{provider}} webhooks are processed; `await` the verification before using the payload ({{docs}}).',
      unverifiedCallback:
        'This {{provider}} callback {{effect}} on the strength of the request alone: nothing checks that the provider sent it, so anyone who finds the URL can post a fake success; before acting, {{verifier}} ({{docs}}).',
      uncheckedResult:
        'The result of `{{verifier}}` is never checked before the payload is used, so a forged {{provider}} webhook is processed anyway; return or throw when the verification fails ({{docs}}).',
    },
  },
  create(context) {
    const { sourceCode, filename } = context;
    return {
      'Program:exit'() {
        for (const route of findWebhookRoutes(sourceCode, filename)) {
          const use = findPayloadUse(sourceCode, route, filename);
          if (!use) continue;
          const state = verificationState(sourceCode, route);
          if (state.kind === 'verified') continue;
          const info = WEBHOOK_PROVIDERS[route.provider];
          if (state.kind === 'unchecked') {
            context.report({
              node: state.node,
              messageId: state.reason === 'notAwaited' ? 'notAwaited' : 'uncheckedResult',
              data: { verifier: state.verifier, provider: info.name, docs: info.docs },
            });
          } else {
            context.report({
              node: use,
              messageId: 'missingVerification',
              data: { provider: info.name, verifier: info.verifier, docs: info.docs },
            });
          }
        }
        for (const callback of findUnverifiedPaymentCallbacks(sourceCode, filename)) {
          context.report({
            node: callback.effect.node,
            messageId: 'unverifiedCallback',
            data: {
              provider: callback.provider?.name ?? 'payment',
              effect: describeEffect(callback.effect.kind),
              verifier: callback.verifier,
              docs: callback.docs,
            },
          });
        }
      },
    };
  },
});
