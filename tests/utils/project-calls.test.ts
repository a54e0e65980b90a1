import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { walk } from '../../src/ast/ast.js';
import { enclosingCallArgument, isProjectCallee } from '../../src/modules/project-calls.js';
import { withSourceCode } from './probe.js';

/** For each call `…(marker)` in `code`: [callee text, whether it calls project code in another file]. */
function classify(code: string): [string, boolean][] {
  return withSourceCode(code, (sourceCode, program) => {
    const results: [string, boolean][] = [];
    walk(program, sourceCode.visitorKeys, (node) => {
      if (node.type === 'Identifier' && node.name === 'marker') {
        const call = enclosingCallArgument(node);
        if (call) results.push([sourceCode.getText(call.callee), isProjectCallee(sourceCode, call.callee)]);
      }
      return undefined;
    });
    return results;
  });
}

describe('isProjectCallee', () => {
  it('recognises functions imported or required from relative paths and their members', () => {
    const code = `import { settle } from './orders';
import * as dao from '../dao/index.js';
import payments from './payments';
const billing = require('./billing');
const { refund } = require('../refunds');
const ledger = require('./ledger').entries;
settle(marker);
dao.orders.find({ id: marker });
payments.capture([marker]);
billing.charge(\`\${marker}\`);
refund(marker);
ledger.add(marker);`;
    expect(classify(code)).toEqual([
      ['settle', true],
      ['dao.orders.find', true],
      ['payments.capture', true],
      ['billing.charge', true],
      ['refund', true],
      ['ledger.add', true],
    ]);
  });

  it('recognises methods of objects held in class fields (injected services)', () => {
    const code = `class Controller {
  constructor(private readonly payments: PaymentsService) {}
  handle() {
    this.payments.sync(marker);
    this.local(marker);
  }
  local(id: string) {}
}`;
    expect(classify(code)).toEqual([
      ['this.payments.sync', true],
      ['this.local', false],
    ]);
  });

  it('does not treat packages, globals, locals or unknown names as project code', () => {
    const code = `import { markPaid } from '@acme/orders';
import Stripe from 'stripe';
const stripe = new Stripe(key);
const db = require('pg');
function local(x: string) {}
markPaid(marker);
stripe.paymentIntents.retrieve(marker);
db.query(marker);
local(marker);
unknownGlobal.update(marker);
console.log(marker);`;
    expect(classify(code).every(([, project]) => !project)).toBe(true);
    expect(classify(code)).toHaveLength(6);
  });
});

describe('enclosingCallArgument', () => {
  it('stops at anything that is not an argument list, literal or wrapper', () => {
    const code = `settle(marker + 1);
const value = { id: marker };
settle(...[marker]);`;
    const calls = withSourceCode(code, (sourceCode, program) => {
      const found: (TSESTree.CallExpression | TSESTree.NewExpression | null)[] = [];
      walk(program, sourceCode.visitorKeys, (node) => {
        if (node.type === 'Identifier' && node.name === 'marker') found.push(enclosingCallArgument(node));
        return undefined;
      });
      return found.map((call) => (call ? sourceCode.getText(call.callee) : null));
    });
    expect(calls).toEqual([null, null, 'settle']);
  });
});
