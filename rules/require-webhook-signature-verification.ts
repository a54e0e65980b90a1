import type { TSESTree } from '@typescript-eslint/utils';
import { WEBHOOK_HANDLER_TRIGGER } from '../src/analyses/triggers.js';
import { WEBHOOK_PROVIDERS } from '../src/catalog/webhooks.js';
import { createRule } from '../src/create-rule.js';
import { findPayloadUse, findWebhookRoutes, verificationState } from '../src/analyses/webhooks.js';
import { findUnverifiedPaymentCallbacks } from '../src/analyses/payment-callbacks.js';
import { describeEffect } from '../src/analyses/payment-effects.js';
import { findSignatureCheckProblems } from '../src/analyses/signature-checks.js';

type MessageIds = 'missingVerification' | 'uncheckedResult' | 'notAwaited' | 'unverifiedCallback' | 'ignoredCheck' | 'checkOnlyReported' | 'unboundCheck';

export default createRule<[], MessageIds>({
  name: 'require-webhook-signature-verification',
  relevance: WEBHOOK_HANDLER_TRIGGER,
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
      ignoredCheck:
        'This {{verifier}} check guards nothing: the handler {{effect}} whether or not the signature matches, so a forged or replayed payment confirmation is accepted; return an error when the check fails and record the payment only after it passes.',
      checkOnlyReported:
        'This {{verifier}} check only decides what is sent back to the client; nothing on the server records the verified payment, so whatever later marks the order paid trusts the browser. Record the payment (mark the order bound to the signed provider order id as paid) on the server once the check passes.',
      unboundCheck:
        'The signature covers {{signed}}, but the write that {{effect}} selects its record by `{{selector}}` from the request, which the signature does not cover: a valid signature for one (cheap) order can mark any other order paid. Select the order by the signed provider order id, or check that it matches the one stored with the order.',
      uncheckedResult:
        'The result of `{{verifier}}` is never checked before the payload is used, so a forged {{provider}} webhook is processed anyway; return or throw when the verification fails ({{docs}}).',
    },
  },
  create(context) {
    const { sourceCode, filename } = context;
    const reported = new Set<TSESTree.Node>();
    return {
      'Program:exit'() {
        for (const route of findWebhookRoutes(sourceCode, filename)) {
          const use = findPayloadUse(sourceCode, route, filename);
          if (!use) continue;
          const state = verificationState(sourceCode, route);
          if (state.kind === 'verified') continue;
          const info = WEBHOOK_PROVIDERS[route.provider];
          if (state.kind === 'unchecked') {
            reported.add(state.node);
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
        for (const problem of findSignatureCheckProblems(sourceCode, filename)) {
          if (reported.has(problem.check)) continue;
          reported.add(problem.check);
          if (problem.kind === 'onlyReported') {
            context.report({ node: problem.check, messageId: 'checkOnlyReported', data: { verifier: problem.verifier } });
          } else if (problem.kind === 'ignored') {
            context.report({ node: problem.check, messageId: 'ignoredCheck', data: { verifier: problem.verifier, effect: describeEffect(problem.effect.kind) } });
          } else {
            context.report({
              node: problem.effect.node,
              messageId: 'unboundCheck',
              data: {
                signed: problem.signed.map((name) => `\`${name}\``).join(' and '),
                effect: describeEffect(problem.effect.kind),
                selector: problem.selector,
              },
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
