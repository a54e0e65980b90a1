import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { staticBoolean, staticPrefix, staticString, valueSources, resolveExpression } from '../../src/values/static-values.js';
import { initOf, withSourceCode } from './probe.js';

const prefix = (code: string) => withSourceCode(code, (sc, program) => staticPrefix(sc, initOf(program, 'x')));

describe('staticPrefix', () => {
  it('folds fully static strings, templates and constants', () => {
    expect(prefix("const x = 'http://api.stripe.com';")).toEqual({ prefix: 'http://api.stripe.com', complete: true });
    expect(prefix("const BASE = 'http://api.stripe.com';\nconst x = `${BASE}/v1/charges`;")).toEqual({
      prefix: 'http://api.stripe.com/v1/charges',
      complete: true,
    });
  });

  it('keeps the known head of a dynamic template or concatenation', () => {
    expect(prefix('const x = `http://${host}/pay`;')).toEqual({ prefix: 'http://', complete: false });
    expect(prefix("const x = 'http://' + host + '/pay';")).toEqual({ prefix: 'http://', complete: false });
    expect(prefix("const SCHEME = 'ws://';\nconst x = SCHEME + host;")).toEqual({ prefix: 'ws://', complete: false });
    expect(prefix("const x = `${'http'}://${host}`;")).toEqual({ prefix: 'http://', complete: false });
  });

  it('returns null when the head is unknown or not a string', () => {
    expect(prefix('const x = host + "/pay";')).toBeNull();
    expect(prefix('const x = `${host}/pay`;')).toEqual({ prefix: '', complete: false });
    expect(prefix('const x = 1 + 2;')).toBeNull();
    expect(prefix("let base = 'http://a';\nbase = 'https://a';\nconst x = base + '/v1';")).toBeNull();
    expect(prefix('function f(p = "http://a") { return p; }\nconst x = f();')).toBeNull();
  });
});

describe('staticString / staticBoolean', () => {
  it('tells false from unknown', () => {
    const [known, unknown] = withSourceCode('const a = false;\nconst b = cfg.verify;', (sc, program) => [
      staticBoolean(sc, initOf(program, 'a')),
      staticBoolean(sc, initOf(program, 'b')),
    ]);
    expect(known).toBe(false);
    expect(unknown).toBeNull();
  });

  it('folds TS wrappers and rejects env reads', () => {
    const [wrapped, env] = withSourceCode("const a = 'sk_' as const;\nconst b = process.env.KEY;", (sc, program) => [
      staticString(sc, initOf(program, 'a')),
      staticString(sc, initOf(program, 'b')),
    ]);
    expect(wrapped).toBe('sk_');
    expect(env).toBeNull();
  });
});

describe('valueSources / resolveExpression', () => {
  it('lists the env read and the fallback literal', () => {
    const kinds = withSourceCode("const URL_ = process.env.API ?? 'http://api.test';\nconst x = URL_;", (sc, program) =>
      valueSources(sc, initOf(program, 'x')).map((node) => node.type),
    );
    expect(kinds).toEqual(['MemberExpression', 'Literal']);
  });

  it('follows conditional branches and stops at parameters', () => {
    const kinds = withSourceCode("function f(p: string) { return p; }\nconst x = flag ? 'a' : f('b');", (sc, program) =>
      valueSources(sc, initOf(program, 'x')).map((node) => node.type),
    );
    expect(kinds).toEqual(['Literal', 'CallExpression']);
  });

  it('resolves a class field initializer through this.field, unless reassigned', () => {
    const code = 'class A {\n  opts = { a: 1 };\n  other = { b: 2 };\n  run() { use(this.opts); use(this.other); }\n  reset() { this.other = {}; }\n}';
    const types = withSourceCode(code, (sc, program) => {
      const cls = program.body[0] as TSESTree.ClassDeclaration;
      const run = cls.body.body[2] as TSESTree.MethodDefinition;
      const statements = (run.value.body!.body as TSESTree.ExpressionStatement[]).map(
        (s) => (s.expression as TSESTree.CallExpression).arguments[0]!,
      );
      return statements.map((arg) => resolveExpression(sc, arg).type);
    });
    expect(types).toEqual(['ObjectExpression', 'MemberExpression']);
  });
});
