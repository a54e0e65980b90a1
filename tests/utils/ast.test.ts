import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { calleeName, methodCallOn } from '../../src/ast/ast.js';
import { initOf, withSourceCode } from './probe.js';

describe('calleeName', () => {
  it.each([
    ['const probe = f();', 'f'],
    ['const probe = a.b.m();', 'm'],
    ["const probe = a['m']();", 'm'],
    ['const probe = (a.m as any)();', 'm'],
    ['const probe = a[k]();', null],
    ['const probe = (() => 1)();', null],
  ])('%s → %s', (code, name) => {
    expect(withSourceCode(code, (_, program) => calleeName((initOf(program, 'probe') as TSESTree.CallExpression).callee))).toBe(name);
  });
});

describe('methodCallOn', () => {
  /** The method called on the receiver `x` in `const probe = …`. */
  const method = (code: string) =>
    withSourceCode(code, (_, program) => {
      let node: TSESTree.Node = initOf(program, 'probe');
      while (node.type !== 'Identifier') {
        if (node.type === 'CallExpression') node = node.callee;
        else if (node.type === 'MemberExpression') node = node.object;
        else node = (node as TSESTree.TSAsExpression).expression;
      }
      const found = methodCallOn(node);
      return found && { method: found.method, call: code.slice(found.call.range[0], found.call.range[1]) };
    });

  it('finds the call made on a receiver, past wrappers', () => {
    expect(method('const probe = x.update(a);')).toEqual({ method: 'update', call: 'x.update(a)' });
    expect(method('const probe = (x as Hash).digest();')).toEqual({ method: 'digest', call: '(x as Hash).digest()' });
    expect(method('const probe = x[k]();')).toEqual({ method: null, call: 'x[k]()' });
  });

  it('is null for property reads', () => {
    expect(method('const probe = x.length;')).toBeNull();
  });
});
