import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { findRetryScope } from '../../src/analyses/retry-scopes.js';
import { withSourceCode } from './probe.js';

/** The retry scope of every `target()` call, as `kind:name` or `none`. */
function scopes(code: string): string[] {
  return withSourceCode(code, (sourceCode, program) => {
    const found: string[] = [];
    const visit = (node: TSESTree.Node): void => {
      if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'target') {
        const scope = findRetryScope(sourceCode, node);
        found.push(scope ? `${scope.kind}:${scope.name}` : 'none');
      }
      for (const [key, value] of Object.entries(node)) {
        if (key === 'parent' || !value || typeof value !== 'object') continue;
        if (Array.isArray(value)) value.forEach((item) => item && typeof item.type === 'string' && visit(item));
        else if (typeof (value as TSESTree.Node).type === 'string') visit(value as TSESTree.Node);
      }
    };
    visit(program);
    return found;
  });
}

describe('findRetryScope: loops', () => {
  it('recognises attempt-named loops and loops that exit on success', () => {
    expect(scopes('for (let attempt = 0; attempt < 3; attempt++) { try { await target(); } catch {} }')).toEqual(['loop:retry loop']);
    expect(scopes('let tries = 3;\nwhile (tries-- > 0) { try { await target(); } catch (e) {} }')).toEqual(['loop:retry loop']);
    expect(scopes('while (true) { try { await target(); break; } catch (e) { await sleep(1); } }')).toEqual(['loop:retry loop']);
    expect(scopes('async function f() { for (;;) { try { return await target(); } catch (e) {} } }')).toEqual(['loop:retry loop']);
  });

  it('ignores collection loops, loops without try/catch and try outside the loop', () => {
    expect(scopes('for (const x of xs) { try { await target(); break; } catch {} }')).toEqual(['none']);
    expect(scopes('for (let i = 0; i < xs.length; i++) { try { await target(); return; } catch {} }')).toEqual(['none']);
    expect(scopes('for (let attempt = 0; attempt < 3; attempt++) { await target(); }')).toEqual(['none']);
    expect(scopes('try { for (let attempt = 0; attempt < 3; attempt++) { await target(); } } catch {}')).toEqual(['none']);
    expect(scopes('while (hasMore) { try { await target(); } catch {} }')).toEqual(['none']);
    expect(scopes('for (let attempt = 0; attempt < 3; attempt++) { try { const f = function () { return target(); }; } catch {} }')).toEqual(['none']);
  });
});

describe('findRetryScope: helpers and job handlers', () => {
  it('resolves retry libraries through imports', () => {
    expect(scopes("import pRetry from 'p-retry';\npRetry(() => target(), { retries: 2 });")).toEqual(['retry-helper:p-retry']);
    expect(scopes("import retry from 'async-retry';\nawait retry(async (bail) => { await target(); });")).toEqual(['retry-helper:async-retry']);
    expect(scopes("import { backOff } from 'exponential-backoff';\nawait backOff(() => target());")).toEqual(['retry-helper:exponential-backoff']);
  });

  it('accepts retry-named runners but not predicates', () => {
    expect(scopes('await withRetry(() => target());\nawait this_.retryWithBackoff(async () => { await target(); });')).toEqual([
      'retry-helper:withRetry',
      'retry-helper:retryWithBackoff',
    ]);
    expect(scopes('shouldRetry(() => target());\nonRetry(() => target());\nregistry(() => target());')).toEqual(['none', 'none', 'none']);
  });

  it('recognises queue and job handlers', () => {
    expect(scopes("import { Worker } from 'bullmq';\nnew Worker('q', async (job) => { await target(); });")).toEqual(['job-handler:BullMQ worker processor']);
    expect(scopes("import Queue from 'bull';\nconst q = new Queue('q');\nasync function run(job) { await target(); }\nq.process(5, run);")).toEqual(['job-handler:Bull queue processor']);
    expect(scopes("import { task } from '@trigger.dev/sdk/v3';\nexport const t = task({ id: 'x', run: async (payload) => { await target(); } });")).toEqual(['job-handler:Trigger.dev task']);
    expect(scopes("import type { SQSHandler } from 'aws-lambda';\nexport const handler: SQSHandler = async (event) => { await target(); };")).toEqual(['job-handler:AWS Lambda event handler']);
    expect(scopes("import { Processor, Process } from '@nestjs/bull';\n@Processor('payments')\nexport class P { @Process('charge') async charge(job) { await target(); } }")).toEqual(['job-handler:NestJS queue processor']);
    expect(scopes("import type { APIGatewayProxyEvent } from 'aws-lambda';\nexport const handler = async (event: APIGatewayProxyEvent) => { await target(); };")).toEqual(['none']);
  });
});
