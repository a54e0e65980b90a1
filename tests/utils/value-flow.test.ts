import * as tsParser from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { walk } from '../../src/ast/ast.js';
import { argumentsForParameter, createValueFlow, namedValueWrites } from '../../src/values/value-flow.js';

/** Runs `fn` with the SourceCode of `code` (TS parser, module, JSX enabled). */
function withSource<T>(code: string, fn: (sourceCode: SourceCode) => T): T {
  let result: T | undefined;
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.tsx'],
        languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
        plugins: {
          probe: {
            rules: {
              probe: {
                create(context) {
                  return {
                    'Program:exit'() {
                      result = fn(context.sourceCode as unknown as SourceCode);
                    },
                  };
                },
              },
            },
          },
        },
        rules: { 'probe/probe': 'error' },
      },
    ],
    'file.tsx',
  );
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(fatal.message);
  return result as T;
}

/** Sources are calls to `src()` / `time()`; traces the initializer of `const target = …`. */
function traceTarget(code: string): { sources: string[]; opaque: boolean } {
  return withSource(code, (sourceCode) => {
    let target: TSESTree.Node | null = null;
    walk(sourceCode.ast, sourceCode.visitorKeys, (node) => {
      if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.id.name === 'target') target = node.init;
    });
    const flow = createValueFlow(sourceCode, (node) =>
      node.type === 'CallExpression' && node.callee.type === 'Identifier' && ['src', 'time'].includes(node.callee.name)
        ? node.callee.name
        : undefined,
    );
    const result = flow.trace(target!);
    return {
      sources: [...result.sources].map(([node, data]) => `${data}@${node.loc.start.line}:${node.loc.start.column}`),
      opaque: result.opaque,
    };
  });
}

describe('createValueFlow', () => {
  it('follows string idioms and arithmetic', () => {
    expect(traceTarget('const target = src().toString(36).slice(2);')).toEqual({ sources: ['src@1:15'], opaque: false });
    expect(traceTarget('const target = Math.floor(src() * 1e6);')).toEqual({ sources: ['src@1:26'], opaque: false });
    expect(traceTarget('const target = `id-${src()}`;')).toEqual({ sources: ['src@1:21'], opaque: false });
  });

  it('follows variables, compound assignments and loops', () => {
    const code = "const chars = 'abc';\nlet out = '';\nfor (let i = 0; i < 8; i++) out += chars.charAt(Math.floor(src() * chars.length));\nconst target = out;";
    expect(traceTarget(code)).toEqual({ sources: ['src@3:59'], opaque: false });
  });

  it('follows same-file functions and callbacks', () => {
    const code = "function gen() { return 'xxxx'.replace(/x/g, () => (src() * 16 | 0).toString(16)); }\nconst target = gen();";
    expect(traceTarget(code).sources).toEqual(['src@1:52']);
    expect(traceTarget('const target = Array.from({ length: 4 }, () => src()).join("");').sources).toEqual(['src@1:47']);
    expect(traceTarget('const target = useMemo(() => src(), []);').sources).toEqual(['src@1:29']);
  });

  it('follows a generator stored in a variable', () => {
    expect(traceTarget('const gen = src();\nconst target = gen.string(8);').sources).toEqual(['src@1:12']);
    expect(traceTarget('const next = src();\nconst target = next();').sources).toEqual(['src@1:13']);
  });

  it('marks unknown parts as opaque', () => {
    expect(traceTarget('export function f(userId: string) { const target = `${userId}-${time()}`; return target; }')).toEqual({
      sources: ['time@1:64'],
      opaque: true,
    });
    expect(traceTarget('const target = time().toString(36);')).toEqual({ sources: ['time@1:15'], opaque: false });
    expect(traceTarget('import x from "y";\nconst target = x.make(src());')).toEqual({ sources: [], opaque: true });
  });

  it('does not propagate through comparisons, typeof or unknown calls', () => {
    expect(traceTarget("const target = src() < 0.5 ? 'a' : 'b';").sources).toEqual([]);
    expect(traceTarget('const target = typeof src();').sources).toEqual([]);
    expect(traceTarget('const target = sleep(src());')).toEqual({ sources: [], opaque: true });
  });

  it('follows element writes into arrays', () => {
    expect(traceTarget('const out: number[] = [];\nout[0] = src();\nout.push(src());\nconst target = out.join("");').sources).toEqual([
      'src@2:9',
      'src@3:9',
    ]);
  });

  it('terminates on self-referencing variables', () => {
    expect(traceTarget('let s = src();\ns = s + s;\nconst target = s;').sources).toEqual(['src@1:8']);
  });

  it('respects shadowed built-ins', () => {
    expect(traceTarget('const Math = { floor: (x: number) => 1 };\nconst target = Math.floor(src());')).toEqual({ sources: [], opaque: true });
  });
});

describe('namedValueWrites', () => {
  const names = (code: string) =>
    withSource(code, (sourceCode) =>
      namedValueWrites(sourceCode, new Set(['set', 'setHeader'])).map((write) => `${write.kind}:${write.name}`),
    );

  it('lists every way a value gets a name', () => {
    expect(
      names(
        [
          'const token = a;',
          'obj.secret = b;',
          "const o = { nonce: c, 'Idempotency-Key': d };",
          'class K { sid = e; }',
          'function generateOtp() { return f; }',
          'const makeKey = () => g;',
          'function take(idempotencyKey: string, n = 1) { return n; }',
          'take(h);',
          "headers.set('Idempotency-Key', i);",
          'module.exports.createResetCode = function () { return j; };',
        ].join('\n'),
      ),
    ).toEqual([
      'variable:token',
      'assignment:secret',
      'variable:o',
      'property:nonce',
      'property:Idempotency-Key',
      'property:sid',
      'return:generateOtp',
      'variable:makeKey',
      'return:makeKey',
      'return:take',
      'parameter-default:n',
      'argument:idempotencyKey',
      'setter:Idempotency-Key',
      'assignment:createResetCode',
      'return:createResetCode',
    ]);
  });
});

describe('argumentsForParameter', () => {
  it('maps a parameter read to the arguments of direct calls', () => {
    const found = withSource(
      "function md5(str: string) { return h(str); }\nmd5(password);\nmd5(body);\nconst f = md5;\nf(x);",
      (sourceCode) => {
        let read: TSESTree.Node | null = null;
        walk(sourceCode.ast, sourceCode.visitorKeys, (node) => {
          if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'h') read = node.arguments[0]!;
        });
        return argumentsForParameter(sourceCode, read!)?.map(({ argument }) => sourceCode.getText(argument));
      },
    );
    expect(found).toEqual(['password', 'body']);
  });

  it('tells a parameter nothing calls directly ([]) from a value that is no such parameter (null)', () => {
    const found = withSource(
      "function verify(body = '') { return h(body); }\napp.post('/wh', verify);\nconst local = 1;\nh(local);",
      (sourceCode) => {
        const reads: TSESTree.Node[] = [];
        walk(sourceCode.ast, sourceCode.visitorKeys, (node) => {
          if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'h') reads.push(node.arguments[0]!);
        });
        return reads.map((read) => argumentsForParameter(sourceCode, read));
      },
    );
    expect(found).toEqual([[], null]);
  });
});
