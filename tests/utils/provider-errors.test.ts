import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import {
  findPaymentSdkCalls,
  findProviderErrorBindings,
  findProviderErrorLeaks,
} from '../../src/analyses/provider-errors.js';
import { responseSinkOf } from '../../src/requests/response-sinks.js';
import { withSourceCode } from './probe.js';

const STRIPE = "import Stripe from 'stripe';\nconst stripe = new Stripe(k);\n";

describe('findPaymentSdkCalls', () => {
  it('finds calls rooted at resource namespaces and SDK methods', () => {
    const code = `${STRIPE}stripe.paymentIntents.create({});\nstripe.checkout.sessions.create({});\nstripe.paymentIntents;\nother.paymentIntents.create({});`;
    const calls = withSourceCode(code, (sourceCode) =>
      findPaymentSdkCalls(sourceCode).map((c) => `${c.provider}@${c.call.loc.start.line}`),
    );
    expect(calls).toEqual(['stripe@3', 'stripe@4']);
  });
});

describe('findProviderErrorBindings', () => {
  it('finds catch, promise and callback bindings', () => {
    const code = `${STRIPE}try { await stripe.refunds.create({}); } catch (a) {}\nstripe.payouts.create({}).then(ok, (b) => b).catch((c) => c);\nconst braintree = require('braintree');\nconst g = new braintree.BraintreeGateway({});\ng.transaction.sale({}, (d, result) => d);\ntry { await db.q(); } catch (e) {}\ntry { const f = () => stripe.refunds.create({}); } catch (g2) {}`;
    const bindings = withSourceCode(code, (sourceCode) =>
      findProviderErrorBindings(sourceCode).map((b) => `${b.param.name}:${b.origin}:${b.provider}`),
    );
    expect(bindings).toEqual(['a:catch:stripe', 'b:promise-catch:stripe', 'c:promise-catch:stripe', 'd:callback:braintree']);
  });
});

describe('findProviderErrorLeaks and responseSinkOf', () => {
  const leaks = (code: string, filename?: string): string[] =>
    withSourceCode(
      code,
      (sourceCode) => findProviderErrorLeaks(sourceCode, filename).map((l) => `${l.path}->${l.sink.name}`),
      filename,
    );

  it('follows raw fields, containers and aliases to the sink', () => {
    const code = `import express from 'express';\n${STRIPE}const app = express();\napp.post('/p', async (req, res) => {\n  try { await stripe.refunds.create({}); }\n  catch (err: any) {\n    const payload = { error: err.raw, stack: err.stack, msg: err.message };\n    res.status(500).json(payload);\n    res.send([err]);\n  }\n});`;
    expect(leaks(code)).toEqual(['err.raw->res.json()', 'err.stack->res.json()', 'err->res.send()']);
  });

  it('needs the response to be a handler parameter', () => {
    const code = `${STRIPE}export async function f(res: any) {\n  try { await stripe.refunds.create({}); } catch (err) { res.json(err); }\n}`;
    expect(leaks(code)).toEqual([]);
  });

  it('recognises the sink shapes', () => {
    const code = "import express from 'express';\nconst app = express();\napp.get('/a', (req, res) => { res.status(500).set('x', 'y').json(A); res.locals.json(B); });";
    const sinks = withSourceCode(code, (sourceCode, program) => {
      const found: string[] = [];
      const visit = (node: TSESTree.Node): void => {
        if (node.type === 'Identifier' && (node.name === 'A' || node.name === 'B')) {
          const sink = responseSinkOf(sourceCode, node);
          found.push(`${node.name}:${sink ? sink.name : 'none'}`);
        }
        for (const value of Object.values(node)) {
          if (value && typeof value === 'object' && value !== node.parent) {
            if (Array.isArray(value)) value.forEach((v) => v && typeof v.type === 'string' && visit(v));
            else if (typeof (value as TSESTree.Node).type === 'string') visit(value as TSESTree.Node);
          }
        }
      };
      visit(program);
      return found;
    });
    expect(sinks).toEqual(['A:res.json()', 'B:none']);
  });
});
