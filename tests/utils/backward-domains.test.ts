import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { createBackwardEvaluator, type BackwardDomain, type BackwardEvaluator } from '../../src/values/backward.js';
import { initOf, withSourceCode } from './probe.js';

/**
 * A toy domain: the value is the list of string literals an expression may evaluate to; inside the `upper`
 * context (entered through a call of `upper(…)`) the literals are upper-cased, so answers differ per context.
 */
function literalDomain(calls: string[]): BackwardDomain<readonly string[]> {
  return {
    none: [],
    unknown: [],
    cycle: [],
    join: (values) => values.flat(),
    node(node, evaluator, frame) {
      calls.push(`${frame.context ?? 'root'}:${node.type}`);
      if (node.type === 'Literal' && typeof node.value === 'string') {
        return [frame.context === 'upper' ? node.value.toUpperCase() : node.value];
      }
      if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'upper' && node.arguments[0]) {
        return evaluator.evaluate(node.arguments[0], evaluator.context('upper'));
      }
      return undefined;
    },
    global: () => [],
    parameter: () => [],
    step: (value) => value,
    compound: (_operator, value) => value,
    writes: 'all',
  };
}

function evaluateX<T>(code: string, inspect: (evaluator: BackwardEvaluator<readonly string[]>, x: TSESTree.Node, calls: string[]) => T, depth = 50): T {
  return withSourceCode(code, (sourceCode, program) => {
    const calls: string[] = [];
    const evaluator = createBackwardEvaluator(sourceCode, literalDomain(calls), { depth, steps: 10_000, calls: 2 });
    return inspect(evaluator, initOf(program, 'x'), calls);
  });
}

describe('backward evaluator contexts', () => {
  it('gives one frame per key, with the key, and the root frame for the empty key', () => {
    evaluateX("const x = 'a';", (evaluator) => {
      const upper = evaluator.context('upper');
      expect(evaluator.context('upper')).toBe(upper);
      expect(upper.context).toBe('upper');
      expect(upper.fn).toBeNull();
      expect(evaluator.context('')).toBe(evaluator.root);
      expect(evaluator.root.context).toBeUndefined();
    });
  });

  it('keeps a memo per context: the same node answers differently in each', () => {
    evaluateX("const a = 'card'; const x = [a, upper(a)];", (evaluator, x) => {
      expect(evaluator.evaluate(x)).toEqual(['card', 'CARD']);
      const a = (x as TSESTree.ArrayExpression).elements[0]!;
      expect(evaluator.evaluate(a)).toEqual(['card']);
      expect(evaluator.evaluate(a, evaluator.context('upper'))).toEqual(['CARD']);
    });
  });

  it('memoises within a context', () => {
    evaluateX("const a = 'v'; const x = upper(a);", (evaluator, x, calls) => {
      evaluator.evaluate(x);
      const first = calls.length;
      const a = (x as TSESTree.CallExpression).arguments[0]!;
      expect(evaluator.evaluate(a, evaluator.context('upper'))).toEqual(['V']);
      expect(calls.length).toBe(first);
      expect(calls).toContain('upper:Literal');
    });
  });

  it('shares the depth bound across contexts', () => {
    // root: the call (depth 0) → upper: the array (1) → the literal (2).
    evaluateX("const x = upper(['deep']);", (evaluator, x) => expect(evaluator.evaluate(x)).toEqual([]), 1);
    evaluateX("const x = upper(['deep']);", (evaluator, x) => expect(evaluator.evaluate(x)).toEqual(['DEEP']), 2);
  });
});

describe('backward evaluator variable()', () => {
  it("gives the variable's value by the core's model, memoised per variable, for a domain that decides identifiers", () => {
    evaluateX("let a = 'one'; a = 'two'; const x = a;", (evaluator, x, calls) => {
      expect(evaluator.variable(x as TSESTree.Identifier)).toEqual(['one', 'two']);
      const before = calls.length;
      expect(evaluator.variable(x as TSESTree.Identifier)).toEqual(['one', 'two']);
      expect(calls.length).toBe(before);
    });
  });

  it('answers in the frame it is given', () => {
    evaluateX("const a = 'v'; const x = a;", (evaluator, x) => {
      expect(evaluator.variable(x as TSESTree.Identifier, evaluator.context('upper'))).toEqual(['V']);
      expect(evaluator.variable(x as TSESTree.Identifier)).toEqual(['v']);
    });
  });

  it('asks the domain for globals', () => {
    evaluateX('const x = someGlobal;', (evaluator, x) => expect(evaluator.variable(x as TSESTree.Identifier)).toEqual([]));
  });
});
