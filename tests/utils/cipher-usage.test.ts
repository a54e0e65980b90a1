import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { isConstantBytes, moduleLevelIv, setsAuthTag } from '../../src/analyses/cipher-usage.js';
import { initOf, withSourceCode } from './probe.js';

const constant = (code: string) => withSourceCode(code, (sourceCode, program) => isConstantBytes(sourceCode, initOf(program, 'probe')));

describe('isConstantBytes', () => {
  it.each([
    "const probe = '0123456789abcdef';",
    "const IV = Buffer.from('0000000000000000', 'hex');\nconst probe = IV;",
    'const probe = Buffer.alloc(16);',
    'const probe = Buffer.alloc(16, 1);',
    'const probe = new Uint8Array(12);',
    'const probe = new Uint8Array([1, 2, 3]);',
    'const probe = Uint8Array.from([1, 2, 3]);',
    'const probe = [0, 0, 0];',
  ])('constant: %s', (code) => {
    expect(constant(code)).toBe(true);
  });

  it.each([
    "const probe = '';",
    'const probe = Buffer.allocUnsafe(16);',
    'const probe = Buffer.from(iv);',
    'const probe = crypto.randomBytes(16);',
    'const probe = new Uint8Array(size);',
    'class Buffer {}\nconst probe = Buffer.alloc(16);',
  ])('not constant: %s', (code) => {
    expect(constant(code)).toBe(false);
  });
});

describe('moduleLevelIv', () => {
  /** `moduleLevelIv` of the third argument of every `enc(…)` call. */
  const ivs = (code: string) =>
    withSourceCode(code, (sourceCode, program) => {
      const out: (string | null)[] = [];
      const visit = (node: TSESTree.Node): void => {
        if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'enc') {
          out.push(moduleLevelIv(sourceCode, node.arguments[2]!, node));
        }
        for (const [key, value] of Object.entries(node)) {
          if (key === 'parent' || !value || typeof value !== 'object') continue;
          for (const item of Array.isArray(value) ? value : [value]) if (item && typeof item.type === 'string') visit(item);
        }
      };
      visit(program);
      return out;
    });

  it('names a never-reassigned module binding read inside a function', () => {
    expect(ivs('const IV = make();\nfunction f() { enc(a, k, IV); }')).toEqual(['IV']);
    expect(ivs('let IV = make();\nfunction f() { enc(a, k, IV); }')).toEqual(['IV']);
  });

  it('ignores module-level calls, locals, parameters and reassigned bindings', () => {
    expect(ivs('const IV = make();\nenc(a, k, IV);')).toEqual([null]);
    expect(ivs('function f(iv) { const local = iv; enc(a, k, local); enc(a, k, iv); }')).toEqual([null, null]);
    expect(ivs('let IV = make();\nfunction rotate() { IV = make(); }\nfunction f() { enc(a, k, IV); }')).toEqual([null]);
    expect(ivs('const { iv } = config;\nfunction f() { enc(a, k, iv); }')).toEqual([null]);
  });
});

describe('setsAuthTag', () => {
  const tag = (code: string) => withSourceCode(code, (sourceCode, program) => {
    const declarator = (program.body.find((statement) => statement.type === 'FunctionDeclaration') as TSESTree.FunctionDeclaration).body.body[0] as TSESTree.VariableDeclaration;
    return setsAuthTag(sourceCode, declarator.declarations[0]!.init!);
  });

  it('follows the decipher variable', () => {
    expect(tag('function f() { const d = make(); d.setAuthTag(t); return d.update(x); }')).toBe(true);
    expect(tag('function f() { const d = make(); return d.update(x); }')).toBe(false);
    expect(tag('function f() { const d = make(); return d; }')).toBeNull();
    expect(tag('function f() { const d = make(); }')).toBeNull();
    expect(tag('function f() { const d = make(); pipeline(src, d); }')).toBeNull();
  });

  it('reads a call chained on the decipher itself', () => {
    const chained = (code: string) => withSourceCode(code, (sourceCode, program) => {
      let call = initOf(program, 'probe');
      while (call.type === 'CallExpression' && call.callee.type === 'MemberExpression') call = call.callee.object;
      return setsAuthTag(sourceCode, call);
    });
    expect(chained('const probe = make().setAuthTag(t);')).toBe(true);
    expect(chained('const probe = make().update(x);')).toBe(false);
  });
});
