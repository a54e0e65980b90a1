import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { walk } from '../../src/ast/ast.js';
import { createBackwardEvaluator, type BackwardDomain, type BackwardLimits } from '../../src/values/backward.js';
import { resolveLocalFunction } from '../../src/values/static-values.js';
import { withSourceCode } from './probe.js';

interface Options {
  readonly writes?: 'ordered' | 'all';
  /** Same-file calls evaluated with their parameters bound to the arguments (a frame per call). */
  readonly bind?: boolean;
  readonly limits?: Partial<BackwardLimits>;
}

/**
 * A toy domain: `src('a')` is the source `a`; values are sets of source names, with `.key`, `[]` and `+` marking
 * destructuring steps, elements and compound writes; `?` is unknown; an unbound parameter `p` is `param:p`.
 */
function evaluateTarget(code: string, options: Options = {}): string[] {
  return withSourceCode(code, (sourceCode) => {
    let target: TSESTree.Node | null = null;
    walk(sourceCode.ast, sourceCode.visitorKeys, (node) => {
      if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.id.name === 'target') target = node.init;
    });
    type V = ReadonlySet<string>;
    const map = (value: V, fn: (name: string) => string): V => new Set([...value].map((name) => (name === '?' ? name : fn(name))));
    const domain: BackwardDomain<V> = {
      none: new Set(),
      unknown: new Set(['?']),
      cycle: new Set(),
      writes: options.writes ?? 'ordered',
      join: (values) => new Set(values.flatMap((value) => [...value])),
      node(node, evaluator, frame) {
        if (node.type === 'BinaryExpression') return domain.join([evaluator.evaluate(node.left, frame), evaluator.evaluate(node.right, frame)]);
        if (node.type !== 'CallExpression') return undefined;
        const [first] = node.arguments;
        if (node.callee.type === 'Identifier' && node.callee.name === 'src' && first?.type === 'Literal') return new Set([String(first.value)]);
        const fn = resolveLocalFunction(sourceCode, node.callee);
        if (!fn) return domain.unknown;
        if (!options.bind) return evaluator.returns(fn);
        return evaluator.returns(fn, new Map(node.arguments.map((argument, index) => [index, evaluator.evaluate(argument, frame)])));
      },
      global: () => domain.unknown,
      parameter: (_fn, _index, name) => new Set([`param:${name.name}`]),
      step: (value, step) => ('key' in step ? map(value, (name) => `${name}.${step.key}`) : 'element' in step ? map(value, (name) => `${name}[]`) : value),
      compound: (operator, value) => map(value, (name) => `${operator}${name}`),
    };
    const evaluator = createBackwardEvaluator(sourceCode, domain, { depth: 64, steps: 10_000, calls: 3, ...options.limits });
    return [...evaluator.evaluate(target!)].sort();
  });
}

describe('createBackwardEvaluator', () => {
  describe('variables', () => {
    it('a later plain write replaces the value in ordered mode; every write counts in all mode', () => {
      const code = "let x = src('a'); x = src('b'); const target = x;";
      expect(evaluateTarget(code)).toEqual(['b']);
      expect(evaluateTarget(code, { writes: 'all' })).toEqual(['a', 'b']);
    });

    it('a compound write adds to the value so far, and a self-reference sees it', () => {
      expect(evaluateTarget("let q = src('a'); q += src('b'); const target = q;")).toEqual(['+=b', 'a']);
      expect(evaluateTarget("let s = src('a'); s = s + src('b'); const target = s;")).toEqual(['a', 'b']);
    });

    it('a declaration without a value and an update contribute nothing', () => {
      expect(evaluateTarget('let n; n++; const target = n;', { writes: 'all' })).toEqual([]);
    });

    it('cuts a cycle between variables without losing the other writes', () => {
      expect(evaluateTarget("let a = src('a'); let b = a; a = b; const target = a;", { writes: 'all' })).toEqual(['a']);
    });

    it('function and class names are no value; a global and an import are unknown', () => {
      expect(evaluateTarget('function f() {} const target = f;')).toEqual([]);
      expect(evaluateTarget('const target = someGlobal;')).toEqual(['?']);
      expect(evaluateTarget("import x from 'm'; const target = x;")).toEqual(['?']);
    });
  });

  describe('destructuring', () => {
    it('applies the pattern from the root value down to the name', () => {
      expect(evaluateTarget("const { k: [v] } = src('a'); const target = v;")).toEqual(['a.k[]']);
      expect(evaluateTarget("let v; ({ k: v } = src('a')); const target = v;")).toEqual(['a.k']);
    });

    it('joins a default value with the destructured one', () => {
      expect(evaluateTarget("const { k = src('d') } = src('a'); const target = k;")).toEqual(['a.k', 'd']);
    });

    it('reads a for…of binding as an element of the iterated value', () => {
      expect(evaluateTarget("for (const item of src('list')) { const target = item; }")).toEqual(['list[]']);
      expect(evaluateTarget("for (const { id } of src('list')) { const target = id; }")).toEqual(['list[].id']);
    });
  });

  describe('same-file functions', () => {
    const code = "function f(p) { return p; } const target = f(src('a'));";

    it('evaluates returns once per function, parameters as the domain sees them', () => {
      expect(evaluateTarget(code)).toEqual(['param:p']);
    });

    it('binds parameters to the argument values in a frame per call', () => {
      expect(evaluateTarget(code, { bind: true })).toEqual(['a']);
      expect(evaluateTarget("const id = (v) => v; id(src('x')); const target = id(src('y'));", { bind: true })).toEqual(['y']);
    });

    it('stops at the call limit and inside a recursive function', () => {
      const chain = "function a() { return b(); } function b() { return c(); } function c() { return src('deep'); }";
      expect(evaluateTarget(`${chain} const target = a();`, { limits: { calls: 3 } })).toEqual(['deep']);
      expect(evaluateTarget(`${chain} const target = a();`, { limits: { calls: 2 } })).toEqual(['?']);
      expect(evaluateTarget('function r(n) { return r(n); } const target = r(1);', { bind: true })).toEqual(['?']);
    });
  });

  describe('bounds', () => {
    it('answers unknown past the step budget', () => {
      expect(evaluateTarget("const a = src('a'); const b = a; const c = b; const target = c;", { limits: { steps: 2 } })).toEqual(['?']);
    });

    it('answers unknown past the depth bound instead of overflowing the stack', () => {
      const terms = Array.from({ length: 300 }, (_, index) => `src('t${index}')`).join(' + ');
      const result = evaluateTarget(`const target = ${terms};`, { limits: { depth: 100 } });
      expect(result).toContain('?');
      expect(result).toContain('t299');
    });
  });
});
