import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { describe, expect, it } from 'vitest';
import {
  digestKind,
  isRequestValue,
  isSignatureName,
  isTrivialOperand,
  secretKind,
  valueName,
} from '../../src/analyses/signature-values.js';
import { initOf, withSourceCode } from './probe.js';

/** Evaluate `fn` on the init of every top-level `const probeN = …` and return the results in order. */
function probes<T>(code: string, fn: (sc: SourceCode, node: TSESTree.Node) => T, filename?: string): T[] {
  return withSourceCode(
    code,
    (sourceCode, program) => {
      const out: T[] = [];
      for (let index = 0; ; index++) {
        let init: TSESTree.Node;
        try {
          init = initOf(program, `probe${index}`);
        } catch {
          break;
        }
        out.push(fn(sourceCode, init));
      }
      return out;
    },
    filename,
  );
}

/** Probes inside a handler body: `const probeN = …` statements in the first function. */
function handlerProbes<T>(code: string, fn: (sc: SourceCode, node: TSESTree.Node) => T, filename?: string): T[] {
  return withSourceCode(
    code,
    (sourceCode) => {
      const out: { name: string; value: T }[] = [];
      const visit = (node: TSESTree.Node): void => {
        if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.id.name.startsWith('probe') && node.init) {
          out.push({ name: node.id.name, value: fn(sourceCode, node.init) });
        }
        for (const key of sourceCode.visitorKeys[node.type] ?? []) {
          const child = (node as unknown as Record<string, unknown>)[key];
          for (const item of Array.isArray(child) ? child : [child]) {
            if (item && typeof (item as TSESTree.Node).type === 'string') visit(item as TSESTree.Node);
          }
        }
      };
      visit(sourceCode.ast as unknown as TSESTree.Node);
      return out.sort((a, b) => Number(a.name.slice(5)) - Number(b.name.slice(5))).map((entry) => entry.value);
    },
    filename,
  );
}

describe('isSignatureName', () => {
  it('matches signature values by whole segment', () => {
    for (const name of ['signature', 'sig', 'expectedSig', 'stripe-signature', 'x-hub-signature-256', 'hmacHeader', 'receivedDigest', 'SIGNATURE', 'computed_hmac', 'signatureHeader']) {
      expect(isSignatureName(name), name).toBe(true);
    }
  });
  it('rejects metadata, predicates, actions and look-alike words', () => {
    for (const name of ['signatureVersion', 'sigAlgorithm', 'isSignatureValid', 'verifySignature', 'signal', 'significant', 'signup', 'design', 'hasSig', 'signatureLength', 'digestAlgorithm', 'sign']) {
      expect(isSignatureName(name), name).toBe(false);
    }
  });
});

describe('digestKind', () => {
  it('follows createHmac/createHash chains, consts, hasher variables, templates and same-file helpers', () => {
    const code = `import crypto, { createHash } from 'node:crypto';
const hasher = crypto.createHmac('sha256', key);
const digest = hasher.update(body).digest('hex');
function sign(b: string) { return crypto.createHmac('sha1', key).update(b).digest('base64'); }
const probe0 = crypto.createHmac('sha256', key).update(body).digest('hex');
const probe1 = digest;
const probe2 = \`sha256=\${digest}\`;
const probe3 = createHash('sha256').update(body).digest();
const probe4 = sign(body);
const probe5 = Buffer.from(digest, 'hex');
const probe6 = hasher;
const probe7 = other.digest('hex');
const probe8 = compute(body);`;
    expect(probes(code, digestKind)).toEqual(['hmac', 'hmac', 'hmac', 'hash', 'hmac', 'hmac', null, null, null]);
  });
  it('needs crypto to be imported', () => {
    expect(probes("const probe0 = createHmac('sha256', k).update(b).digest('hex');", digestKind)).toEqual([null]);
  });
});

describe('isRequestValue', () => {
  it('recognises headers, body, query and header getters on request objects', () => {
    const code = `import express from 'express';
import { headers } from 'next/headers';
const app = express();
app.post('/hook', (req, res) => {
  const { 'x-signature': destructured } = req.headers;
  const probe5 = destructured;
  const probe0 = req.headers['stripe-signature'];
  const probe1 = req.get('x-signature');
  const probe2 = String(req.body.signature ?? '');
  const probe3 = req.headers['x-sig'].split(',')[0];
  const probe4 = res.locals.signature;
  const probe6 = headers().get('x-signature');
  const probe7 = probe0;
});`;
    expect(handlerProbes(code, (sc, node) => isRequestValue(sc, node))).toEqual([true, true, true, true, false, true, true, true]);
  });
  it('recognises Fetch, Hono, Koa and Lambda shapes and conventional names in helpers', () => {
    const code = `function helper(req: any, ctx: any, c: any, event: any, other: any) {
  const probe0 = req.headers.get('x-signature');
  const probe1 = c.req.header('x-signature');
  const probe2 = ctx.request.body.sig;
  const probe3 = event.headers['x-signature'];
  const probe4 = other.headers['x-signature'];
  const probe5 = ctx.get('x-signature');
}`;
    expect(handlerProbes(code, (sc, node) => isRequestValue(sc, node))).toEqual([true, true, true, true, false, true]);
  });
  it('recognises NestJS @Headers() parameters', () => {
    const code = `import { Controller, Post, Headers } from '@nestjs/common';
@Controller('webhooks')
export class Hooks {
  @Post('stripe')
  handle(@Headers('stripe-signature') signature: string, local: string) {
    const probe0 = signature;
    const probe1 = local;
  }
}`;
    expect(handlerProbes(code, (sc, node) => isRequestValue(sc, node))).toEqual([true, false]);
  });
});

describe('isTrivialOperand and secretKind', () => {
  it('treats constants, typeof, unary and size reads as trivial', () => {
    const code = `const s = 'x';
const probe0 = null;
const probe1 = undefined;
const probe2 = '';
const probe3 = true;
const probe4 = s;
const probe5 = typeof value;
const probe6 = value.length;
const probe7 = value;
const probe8 = \`\${value}\`;`;
    expect(probes(code, isTrivialOperand)).toEqual([true, true, true, true, true, true, true, false, false]);
  });
  it('classifies by digest first, then by name', () => {
    const code = `import crypto from 'crypto';
const probe0 = crypto.createHmac('sha256', k).update(b).digest('hex');
const probe1 = expectedSignature;
const probe2 = process.env.STRIPE_WEBHOOK_SECRET;
const probe3 = req.query.token;
const probe4 = saved.paymentMethodToken;
const probe5 = order.status;
const probe6 = req.headers['verif-hash'];
const probe7 = \`Bearer \${process.env.INTERNAL_API_KEY}\`;
const probe8 = getSignature(req);`;
    expect(probes(code, secretKind)).toEqual(['hmac', 'signature', 'secret', 'token', null, null, 'signature', 'secret', 'signature']);
  });
  it('names values by identifier, property, header getter argument and env var', () => {
    const code = `const probe0 = sig;
const probe1 = req.headers['x-razorpay-signature'];
const probe2 = req.get('X-Square-Signature');
const probe3 = process.env.WEBHOOK_SECRET;
const probe4 = Buffer.from(received, 'hex');
const probe5 = a + b;`;
    expect(probes(code, valueName)).toEqual(['sig', 'x-razorpay-signature', 'X-Square-Signature', 'WEBHOOK_SECRET', 'received', null]);
  });
});
