import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { walk } from '../../src/ast/ast.js';
import { resolveClassField } from '../../src/values/class-fields.js';
import { resolveExpression } from '../../src/values/static-values.js';
import { withSourceCode } from './probe.js';

/** Source text of what each `use(this.x)` argument resolves to (`null` when unknown), in source order. */
function resolved(code: string, filename = 'file.ts'): (string | null)[] {
  return withSourceCode(
    code,
    (sourceCode, program) => {
      const out: (string | null)[] = [];
      walk(program, sourceCode.visitorKeys, (node) => {
        if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'use') return;
        const argument = node.arguments[0] as TSESTree.MemberExpression;
        const value = resolveClassField(sourceCode, argument);
        out.push(value ? sourceCode.getText(value) : null);
      });
      return out;
    },
    filename,
  );
}

describe('resolveClassField', () => {
  it('takes the initializer of a field that is never assigned', () => {
    expect(resolved('class A {\n  opts = { a: 1 };\n  run() { use(this.opts); }\n}')).toEqual(['{ a: 1 }']);
  });

  it('takes the one assignment in a method when the field has no initializer (the payment SDK shape)', () => {
    const code =
      "class Client {\n  private agentOptions!: object;\n  send() { use(this.agentOptions); }\n  private install(): void { this.agentOptions = { rejectUnauthorized: false }; }\n}";
    expect(resolved(code)).toEqual(['{ rejectUnauthorized: false }']);
  });

  it('takes the one assignment in the constructor (JavaScript)', () => {
    const code = 'class Client {\n  constructor() { this.opts = { a: 1 }; }\n  send() { use(this.opts); }\n}';
    expect(resolved(code, 'file.js')).toEqual(['{ a: 1 }']);
  });

  it('sees writes in arrow functions inside methods', () => {
    const code = 'class A {\n  opts = { a: 1 };\n  run() { use(this.opts); }\n  later() { setTimeout(() => { this.opts = { a: 2 }; }); }\n}';
    expect(resolved(code)).toEqual([null]);
  });

  it('is unknown when the class writes different values', () => {
    const code =
      'class A {\n  opts;\n  run() { use(this.opts); }\n  insecure() { this.opts = { a: false }; }\n  secure(ca) { this.opts = { ca }; }\n}';
    expect(resolved(code)).toEqual([null]);
    expect(resolved('class A {\n  opts = { a: 1 };\n  run() { use(this.opts); }\n  reset() { this.opts = { a: 1 }; }\n}')).toEqual([null]);
  });

  it('accepts several writes of the same constant', () => {
    const code = "class A {\n  mode = 'live';\n  run() { use(this.mode); }\n  reset() { this.mode = 'live'; }\n}";
    expect(resolved(code)).toEqual(["'live'"]);
  });

  it('treats a null or undefined initializer as the placeholder before the one assignment', () => {
    const code = 'class A {\n  opts: object | null = null;\n  run() { use(this.opts); }\n  init() { this.opts = { a: 1 }; }\n}';
    expect(resolved(code)).toEqual(['{ a: 1 }']);
    expect(resolved('class A {\n  opts = null;\n  run() { use(this.opts); }\n}')).toEqual(['null']);
  });

  it('is unknown when the field is only declared', () => {
    expect(resolved('class A {\n  private opts!: object;\n  run() { use(this.opts); }\n}')).toEqual([null]);
  });

  it('is unknown after writes it cannot follow', () => {
    const shapes = [
      'this.opts.a = 2; this.opts += 1;',
      'this.opts++;',
      'delete this.opts;',
      '[this.opts] = pair;',
      '({ o: this.opts } = bag);',
      'Object.assign(this, options);',
      'this[key] = value;',
      'this.opts ??= {};',
    ];
    for (const shape of shapes) {
      expect(resolved(`class A {\n  opts = { a: 1 };\n  run() { use(this.opts); }\n  set(pair, bag, options, key, value) { ${shape} }\n}`), shape).toEqual([null]);
    }
  });

  it('keeps member mutations and comparisons as reads', () => {
    const code = 'class A {\n  opts = { a: 1 };\n  run() { if (this.opts === other) return; use(this.opts); }\n}';
    expect(resolved(code)).toEqual(['{ a: 1 }']);
  });

  it('is unknown for TypeScript parameter properties', () => {
    const code = 'class A {\n  constructor(private opts: object) {}\n  run() { use(this.opts); }\n}';
    expect(resolved(code)).toEqual([null]);
  });

  it('only resolves `this` that is the instance', () => {
    const code =
      'class A {\n  opts = { a: 1 };\n  run() { [1].forEach(function () { use(this.opts); }); [1].forEach(() => use(this.opts)); }\n  static make() { use(this.opts); }\n}';
    expect(resolved(code)).toEqual([null, '{ a: 1 }', null]);
  });

  it('ignores writes of a nested class to its own fields', () => {
    const code =
      'class A {\n  opts = { a: 1 };\n  run() { use(this.opts); }\n  inner() { return class B { constructor() { this.opts = {}; } }; }\n}';
    expect(resolved(code)).toEqual(['{ a: 1 }']);
  });

  it('feeds resolveExpression', () => {
    const code = 'class A {\n  opts;\n  init() { this.opts = { a: 1 }; }\n  run() { use(this.opts); }\n}';
    const type = withSourceCode(code, (sourceCode, program) => {
      let found: TSESTree.Node | null = null;
      walk(program, sourceCode.visitorKeys, (node) => {
        if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'use') {
          found = resolveExpression(sourceCode, node.arguments[0]!);
        }
      });
      return (found as TSESTree.Node | null)?.type;
    });
    expect(type).toBe('ObjectExpression');
  });
});
