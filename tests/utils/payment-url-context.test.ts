import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import {
  importsAnyPaymentSdk,
  isPaymentCallee,
  isPaymentUrlContext,
  isWebhookRegistrationUrl,
} from '../../src/analyses/payment-url-context.js';
import { walk } from '../../src/ast/ast.js';
import { withSourceCode } from './probe.js';

/** For every property named `key`: `line:context` (payment context) / `line:webhook` / `line:-`. */
function judge(code: string, key = 'success_url'): string[] {
  return withSourceCode(code, (sourceCode, program) => {
    const out: string[] = [];
    walk(program, sourceCode.visitorKeys, (node) => {
      if (node.type !== 'Property' || node.key.type !== 'Identifier' || node.key.name !== key) return;
      const property = node as TSESTree.Property;
      const verdict = isPaymentUrlContext(sourceCode, property)
        ? 'context'
        : isWebhookRegistrationUrl(property)
          ? 'webhook'
          : '-';
      out.push(`${property.loc.start.line}:${verdict}`);
    });
    return out;
  });
}

describe('isPaymentCallee', () => {
  it('matches any segment of the callee chain, through calls', () => {
    const verdicts = withSourceCode(
      "stripe.checkout.sessions.create({});\ngetClient().payments.create({});\nlogger.info({});\nthis.http.post({});",
      (sourceCode, program) =>
        program.body.map((statement) =>
          statement.type === 'ExpressionStatement' && statement.expression.type === 'CallExpression'
            ? isPaymentCallee(statement.expression.callee)
            : null,
        ),
    );
    expect(verdicts).toEqual([true, true, false, false]);
  });
});

describe('isPaymentUrlContext', () => {
  it('accepts payment payloads, payment call arguments and variables passed to them', () => {
    expect(judge("const a = { amount: 100, currency: 'usd', success_url: u };")).toEqual(['1:context']);
    expect(judge('stripe.checkout.sessions.create({ mode: "payment", success_url: u });')).toEqual(['1:context']);
    expect(judge('const params = { success_url: u };\nawait paypal.orders.create(params);')).toEqual(['1:context']);
    expect(
      judge("fetch('https://api-m.paypal.com/v2/checkout/orders', { body: JSON.stringify({ success_url: u }) });"),
    ).toEqual(['1:context']);
  });

  it('rejects other objects and calls', () => {
    expect(judge('const links = { success_url: u, home: h };')).toEqual(['1:-']);
    expect(judge('router.redirect({ success_url: u });')).toEqual(['1:-']);
    expect(judge("fetch('https://api.acme.com/x', { body: JSON.stringify({ success_url: u }) });")).toEqual(['1:-']);
    expect(judge('const params = { success_url: u };\nlog(params);')).toEqual(['1:-']);
  });

  it('recognises webhook registrations', () => {
    expect(judge('stripe.webhookEndpoints.create({ url: u, enabled_events: [] });', 'url')).toEqual(['1:context']);
    expect(judge('client.webhookSubscriptions.create({ url: u });', 'url')).toEqual(['1:webhook']);
    expect(judge('client.subscriptions.create({ url: u });', 'url')).toEqual(['1:-']);
  });
});

describe('importsAnyPaymentSdk', () => {
  it('counts server and client SDKs and their subpaths, not type-only imports', () => {
    const check = (code: string): boolean => withSourceCode(code, (sourceCode) => importsAnyPaymentSdk(sourceCode));
    expect(check("import Stripe from 'stripe';")).toBe(true);
    expect(check("import { loadStripe } from '@stripe/stripe-js/pure';")).toBe(true);
    expect(check("const braintree = require('braintree');")).toBe(true);
    expect(check("import type Stripe from 'stripe';")).toBe(false);
    expect(check("import express from 'express';")).toBe(false);
  });
});
