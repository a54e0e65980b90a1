import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { handlerOf } from '../../src/requests/request-handlers.js';
import {
  bodyProblem,
  findPayloadUse,
  findWebhookRoutes,
  findWebhookVerifiers,
  isVerifierLikeName,
  verificationState,
} from '../../src/analyses/webhooks.js';
import { withSourceCode } from './probe.js';

/** `path provider state @useLine` for every webhook route in the file. */
function routes(code: string, filename = 'file.ts'): string[] {
  return withSourceCode(
    code,
    (sourceCode) =>
      findWebhookRoutes(sourceCode, filename).map((route) => {
        const use = findPayloadUse(sourceCode, route, filename);
        const state = verificationState(sourceCode, route);
        return `${route.handler.routePath ?? '-'} ${route.provider} ${state.kind} @${use ? use.loc.start.line : '-'}`;
      }),
    filename,
  );
}

/** `verifier: problem` for every verifier call's first argument. */
function problems(code: string, filename = 'file.ts'): string[] {
  return withSourceCode(
    code,
    (sourceCode) =>
      findWebhookVerifiers(sourceCode)
        .filter((reference) => reference.definition.data.payload)
        .map((reference) => {
          const call = reference.node as TSESTree.CallExpression;
          const argument = call.arguments[reference.definition.data.payload!.argument]!;
          const problem = bodyProblem(sourceCode, argument, handlerOf(sourceCode, call, filename), filename);
          return `${reference.definition.data.name}: ${problem ? problem.kind : 'ok'}`;
        }),
    filename,
  );
}

const STRIPE = "import express from 'express';\nimport Stripe from 'stripe';\nconst stripe = new Stripe(KEY);\nconst app = express();\n";

describe('findWebhookRoutes', () => {
  it('recognises webhook paths in payment files, signature headers and provider body fields', () => {
    const code = `${STRIPE}app.post('/webhooks/stripe', (req, res) => { handle(req.body.type); });
app.post('/checkout', (req, res) => { create(req.body.items); });
app.post('/events', (req, res) => { const s = req.get('x-razorpay-signature'); handle(req.body.event); });
app.post('/adyen', (req, res) => { for (const i of req.body.notificationItems) handle(i); });`;
    expect(routes(code)).toEqual(['/webhooks/stripe stripe none @5', '/events razorpay none @7', '/adyen adyen none @8']);
  });
  it('needs a payment SDK for name-only matches; GoCardless header only with its SDK', () => {
    expect(routes("import express from 'express';\nconst app = express();\napp.post('/webhook', (req, res) => handle(req.body.action));")).toEqual([]);
    expect(routes("import express from 'express';\nconst app = express();\napp.post('/x', (req, res) => { req.get('webhook-signature'); handle(req.body.a); });")).toEqual([]);
    expect(
      routes("import express from 'express';\nimport gocardless from 'gocardless-nodejs';\nconst app = express();\napp.post('/x', (req, res) => { req.get('webhook-signature'); handle(req.body.a); });"),
    ).toEqual(['/x gocardless none @4']);
  });
  it('uses the handler name and the Lambda file name', () => {
    const code = `${STRIPE}export async function stripeWebhook(req: express.Request, res: express.Response) { handle(req.body.type); }
app.post('/api/events', stripeWebhook);`;
    expect(routes(code)).toEqual(['/api/events stripe none @5']);
    expect(routes("import Stripe from 'stripe';\nexport const handler = async (event: any) => { const body = JSON.parse(event.body); return body.type; };", 'lambda/stripe-webhook.ts')).toEqual([
      '- stripe none @2',
    ]);
  });
});

describe('verificationState', () => {
  it('accepts throwing verifiers, checked booleans, HMAC + compare, refetches and verify-like unknown calls', () => {
    const code = `${STRIPE}import crypto from 'crypto';
import { validateWebhookSignature } from 'razorpay/dist/utils/razorpay-utils';
import { verifyPaypalWebhook } from './paypal';
app.post('/webhook/a', (req, res) => { const e = stripe.webhooks.constructEvent(req.body, sig, s); handle(e.type, req.body.id); });
app.post('/webhook/b', (req, res) => { if (!validateWebhookSignature(req.body, sig, s)) return res.end(); handle(req.body.id); });
app.post('/webhook/c', (req, res) => { const d = crypto.createHmac('sha256', s).update(req.body).digest(); if (!crypto.timingSafeEqual(d, x)) throw new Error(); handle(req.body.id); });
app.post('/webhook/d', async (req, res) => { await verifyPaypalWebhook(req); handle(req.body.id); });
app.post('/webhook/e', (req, res) => { validateWebhookSignature(req.body, sig, s); handle(req.body.id); });
app.post('/webhook/f', (req, res) => { handle(req.body.id); });`;
    expect(routes(code)).toEqual([
      // Stripe and Razorpay are both imported: the provider is not guessed.
      '/webhook/a generic verified @8',
      '/webhook/b generic verified @9',
      '/webhook/c generic verified @10',
      '/webhook/d generic verified @11',
      '/webhook/e generic unchecked @12',
      '/webhook/f generic none @13',
    ]);
  });
  it('follows one level of same-file helpers and route middleware', () => {
    const code = `${STRIPE}function verify(req: any) { return stripe.webhooks.constructEvent(req.body, req.get('stripe-signature'), S); }
function outer(req: any) { return verify(req); }
function check(req: any, res: any, next: any) { stripe.webhooks.constructEvent(req.body, req.get('stripe-signature'), S); next(); }
app.post('/webhook/a', (req, res) => { verify(req); handle(req.body.id); });
app.post('/webhook/b', (req, res) => { outer(req); handle(req.body.id); });
app.post('/webhook/c', check, (req, res) => { handle(req.body.id); });`;
    expect(routes(code)).toEqual(['/webhook/a stripe verified @8', '/webhook/b stripe none @9', '/webhook/c stripe verified @10']);
  });
});

describe('isVerifierLikeName', () => {
  it('matches names that say they verify a signature or webhook', () => {
    for (const name of ['verifyStripeWebhook', 'validateSignature', 'constructEvent', 'isValidHmac', 'checkWebhookSignature', 'verifyRequest']) {
      expect(isVerifierLikeName(name), name).toBe(true);
    }
    for (const name of ['handleWebhook', 'processEvent', 'verifyEmail', 'validateOrder', 'parseBody', 'sig']) {
      expect(isVerifierLikeName(name), name).toBe(false);
    }
  });
});

describe('bodyProblem', () => {
  it('classifies the payload passed to verifiers', () => {
    const code = `${STRIPE}app.use(express.json());
app.post('/a', (req, res) => { stripe.webhooks.constructEvent(JSON.stringify(req.body), s, k); });
app.post('/b', (req, res) => { stripe.webhooks.constructEvent(req.body, s, k); });
app.post('/c', (req, res) => { stripe.webhooks.constructEvent(JSON.parse(raw), s, k); });
app.post('/d', (req: any, res) => { stripe.webhooks.constructEvent(req.rawBody, s, k); });
app.post('/e', (req, res) => { stripe.webhooks.constructEvent(Buffer.from(JSON.stringify(req.body)), s, k); });`;
    expect(problems(code)).toEqual([
      'webhooks.constructEvent: stringify',
      'webhooks.constructEvent: parsedBody',
      'webhooks.constructEvent: jsonParse',
      'webhooks.constructEvent: ok',
      'webhooks.constructEvent: stringify',
    ]);
  });
  it('knows Fetch-style request.json() and Stripe clients imported from other modules', () => {
    const code = "import { stripe } from '@/lib/stripe';\nexport async function POST(request: Request) {\n  const body = await request.json();\n  stripe.webhooks.constructEvent(body, s, k);\n  await stripe.webhooks.constructEventAsync(await request.text(), s, k);\n}";
    expect(problems(code, 'app/api/hook/route.ts')).toEqual(['webhooks.constructEvent: parsedJson', 'webhooks.constructEventAsync: ok']);
  });
});
