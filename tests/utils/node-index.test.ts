import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { walk } from '../../src/ast/ast.js';
import { nodesOfType, nodesOfTypes } from '../../src/ast/node-index.js';
import { withSourceCode } from './probe.js';

const CODE = `
import Stripe from 'stripe';
import type { Request } from 'express';
export const stripe = new Stripe(process.env.KEY!, { apiVersion: '2024-06-20' });
@Controller('pay')
export class Pay {
  constructor(private readonly log: Logger) {}
  @Post() async charge(req: Request, { amount = 1 }: { amount?: number }) {
    const url = \`http://\${req.body.host}/\${f(g(1), h())}\`;
    this.log.info('charge', url + 'x' + (a || b));
    return stripe.paymentIntents.create({ amount, currency: 'usd', metadata: { nested: [1, 'two', () => k()] } });
  }
}
const handler = (req: any, res: any) => res.send(<div title="x">{req.query.name}{list.map((i) => <b>{i}</b>)}</div>);
module.exports.handler = handler;
`;

/** What ast.ts `walk` visits, in its order, filtered by type. */
function walked(sourceCode: Parameters<typeof nodesOfType>[0], types: readonly string[]): TSESTree.Node[] {
  const out: TSESTree.Node[] = [];
  walk(sourceCode.ast, sourceCode.visitorKeys, (node) => {
    if (types.includes(node.type)) out.push(node);
  });
  return out;
}

/** Same nodes (by identity) in the same order. */
function same(a: readonly TSESTree.Node[], b: readonly TSESTree.Node[]): boolean {
  return a.length === b.length && a.every((node, index) => node === b[index]);
}

describe('node-index', () => {
  it('lists the nodes of one type exactly as walk visits them', () => {
    withSourceCode(
      CODE,
      (sourceCode) => {
        for (const type of ['CallExpression', 'Literal', 'TemplateLiteral', 'Property', 'JSXExpressionContainer', 'Identifier', 'Program'] as const) {
          expect(same(nodesOfType(sourceCode, type), walked(sourceCode, [type]))).toBe(true);
        }
        expect(nodesOfType(sourceCode, 'CallExpression').length).toBeGreaterThan(5);
        expect(nodesOfType(sourceCode, 'WithStatement')).toHaveLength(0);
      },
      'file.tsx',
    );
  });

  it('merges several types in walk order', () => {
    withSourceCode(
      CODE,
      (sourceCode) => {
        const types = ['CallExpression', 'NewExpression', 'Literal', 'TemplateLiteral', 'BinaryExpression', 'ArrowFunctionExpression', 'Decorator'] as const;
        const merged = nodesOfTypes(sourceCode, types);
        expect(same(merged, walked(sourceCode, types))).toBe(true);
        expect(new Set(merged.map((node) => node.type)).size).toBe(types.length);
        expect(same(nodesOfTypes(sourceCode, ['CallExpression', 'CallExpression']), walked(sourceCode, ['CallExpression']))).toBe(true);
        expect(nodesOfTypes(sourceCode, [])).toHaveLength(0);
      },
      'file.tsx',
    );
  });

  it('builds the index once per file', () => {
    withSourceCode(CODE, (sourceCode) => {
      expect(nodesOfType(sourceCode, 'CallExpression')).toBe(nodesOfType(sourceCode, 'CallExpression'));
      const types = ['Literal', 'CallExpression'] as const;
      expect(nodesOfTypes(sourceCode, types)).toBe(nodesOfTypes(sourceCode, types));
    }, 'file.tsx');
  });
});
