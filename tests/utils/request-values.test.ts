import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { calleeName, calledMethodName } from '../../src/ast/ast.js';
import { isNamedRequest, isRequestObject, isRequestValue } from '../../src/requests/request-values.js';
import { initOf, withSourceCode } from './probe.js';

describe('request values (one request model)', () => {
  it('reads request input parts, header getters and destructured parts of a handler request', () => {
    const code =
      "import express from 'express';\nconst app = express();\napp.post('/hook', (req, res) => {\n  const sig = req.get('stripe-signature');\n  const { body } = req;\n  const id = req.payload;\n  check(sig, body, id, req.app);\n});";
    const answers = withSourceCode(code, (sourceCode, program) => {
      const out: boolean[] = [];
      const handler = ((program.body[2] as TSESTree.ExpressionStatement).expression as TSESTree.CallExpression)
        .arguments[1] as TSESTree.ArrowFunctionExpression;
      const call = ((handler.body as TSESTree.BlockStatement).body[3] as TSESTree.ExpressionStatement)
        .expression as TSESTree.CallExpression;
      for (const argument of call.arguments) out.push(isRequestValue(sourceCode, argument));
      return out;
    });
    expect(answers).toEqual([true, true, true, false]);
  });

  it('knows request objects by handler, by conventional name, and by name alone', () => {
    const code = 'const a = ctx.request;\nconst b = incomingRequest;\nconst c = reqLogger;\nconst d = c2.req;';
    const answers = withSourceCode(code, (sourceCode, program) => [
      isRequestObject(sourceCode, initOf(program, 'a')),
      isNamedRequest(initOf(program, 'b')),
      isNamedRequest(initOf(program, 'c')),
      isNamedRequest(initOf(program, 'd')),
    ]);
    expect(answers).toEqual([true, true, false, true]);
  });
});

describe('calleeName / calledMethodName', () => {
  it('tells the called name from the called method', () => {
    const names = withSourceCode("const a = use(x);\nconst b = app.use(x);\nconst c = app['use'](x);", (_sourceCode, program) =>
      ['a', 'b', 'c'].map((name) => {
        const call = initOf(program, name) as TSESTree.CallExpression;
        return [calleeName(call.callee), calledMethodName(call)];
      }),
    );
    expect(names).toEqual([
      ['use', null],
      ['use', 'use'],
      ['use', 'use'],
    ]);
  });
});
