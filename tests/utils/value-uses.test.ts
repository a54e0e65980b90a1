import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { describe, expect, it } from 'vitest';
import { walk } from '../../src/ast/ast.js';
import { valueUses, type ValueUse, type ValueUseOptions } from '../../src/values/value-uses.js';
import { withSourceCode } from './probe.js';

/** The call `source()` in `code`. */
function sourceCall(sourceCode: SourceCode): TSESTree.Node {
  let found: TSESTree.Node | null = null;
  walk(sourceCode.ast, sourceCode.visitorKeys, (node) => {
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'source') found ??= node;
    return undefined;
  });
  if (!found) throw new Error('no source()');
  return found;
}

/** `kind text` for each use of `source()` (the use node's source text), plus `via a,b` when bindings were crossed. */
function uses(code: string, options: ValueUseOptions = {}): string[] {
  return withSourceCode(code, (sourceCode) =>
    valueUses(sourceCode, sourceCall(sourceCode), options).map((use: ValueUse) => {
      const text = sourceCode.getText(use.node).split('\n')[0]!;
      const via = use.hops.length > 0 ? ` via ${use.hops.map((hop) => `${hop.kind[0]}:${hop.identifier.name}@${hop.identifier.loc.start.line}`).join(',')}` : '';
      return `${use.kind} ${text}${via}`;
    }),
  );
}

describe('valueUses', () => {
  it('reports member reads, and writes as writes', () => {
    expect(uses('source().type;')).toEqual(['member source().type']);
    const [use] = withSourceCode('source().type = 1;', (sourceCode) => valueUses(sourceCode, sourceCall(sourceCode)));
    expect(use).toMatchObject({ kind: 'member', key: 'type', write: true });
  });

  it('climbs await, TS wrappers, optional chains and the value sides of ?:, ??, || and &&', () => {
    expect(uses('async function f() { (await source() as any)!.type; }')).toEqual(['member (await source() as any)!.type']);
    expect(uses('source()?.data.id;')).toEqual(['member source()?.data']);
    expect(uses('(c ? source() : {}).type;')).toEqual(['member (c ? source() : {}).type']);
    expect(uses('(source() ?? {}).type; ')).toEqual(['member (source() ?? {}).type']);
    expect(uses('(ok && source()).type;')).toEqual(['member (ok && source()).type']);
  });

  it('yields ?: branches and logical sides as alternatives when asked not to climb them', () => {
    const options = { alternatives: false };
    expect(uses('(c ? source() : {}).type;', options)).toEqual(['alternative c ? source() : {}']);
    expect(uses('(source() ?? {}).type;', options)).toEqual(['alternative source() ?? {}']);
    expect(uses('(ok || source()).type;', options)).toEqual(['alternative ok || source()']);
    expect(uses('(ok && source()).type;', options)).toEqual(['alternative ok && source()']);
    expect(uses('x(source() && y);', options)).toEqual(['condition source() && y']);
    expect(uses('x(source() ? 1 : 2);', options)).toEqual(['condition source() ? 1 : 2']);
  });

  it('follows promise pass-through only when asked', () => {
    expect(uses('async function f() { (await source().catch(() => ({}))).type; }', { promises: true })).toEqual([
      'member (await source().catch(() => ({}))).type',
    ]);
    expect(uses('source().catch(() => ({}));')).toEqual(['member source().catch']);
  });

  it('follows a variable to each of its reads', () => {
    expect(uses('const a = source();\nconst b = a;\nb.type;\na.id;')).toEqual([
      'member b.type via b:a@2,b:b@3',
      'member a.id via b:a@4',
    ]);
  });

  it('stops after CALL_HOPS bindings, counting hops the caller already spent', () => {
    const chain = 'const a = source();\nconst b = a;\nconst c = b;\nconst d = c;\nconst e = d;\ne.x;\nd.y;';
    expect(uses(chain)).toEqual(['unfollowed e = d via b:a@2,b:b@3,b:c@4,b:d@5', 'member d.y via b:a@2,b:b@3,b:c@4,b:d@7']);
    expect(uses(chain, { spent: 3 })).toEqual(['unfollowed b = a via b:a@2']);
  });

  it('reports destructuring, returns, assignments, literals, templates, operators, comparisons and tests', () => {
    expect(uses('const { type } = source();')).toEqual(['destructure { type }']);
    expect(uses('const [first] = source();')).toEqual(['destructure [first]']);
    expect(uses('function f() { return source(); }')).toEqual(['return return source();']);
    expect(uses('const f = () => source();')).toEqual(['return () => source()']);
    expect(uses('res.body = source();')).toEqual(['assigned res.body = source()']);
    expect(uses('x({ error: source() });')).toEqual(['element { error: source() }']);
    expect(uses('x({ ...source() });')).toEqual(['element { ...source() }']);
    expect(uses('x([1, source()]);')).toEqual(['element [1, source()]']);
    expect(uses('x(`${source()}`);')).toEqual(['template `${source()}`']);
    expect(uses('x("a" + source());')).toEqual(['operand "a" + source()']);
    expect(uses('x(source() === true);')).toEqual(['comparison source() === true']);
    expect(uses('if (source()) x();')).toEqual(['condition if (source()) x();']);
    expect(uses('x(!source());')).toEqual(['condition !source()']);
    expect(uses('x(source() ? 1 : 2);')).toEqual(['condition source() ? 1 : 2']);
    expect(uses('x(source() && y);')).toEqual(['condition source() && y']);
    expect(uses('while (source()) x();')).toEqual(['condition while (source()) x();']);
  });

  it('reports call arguments it does not enter, with their index', () => {
    const [use] = withSourceCode('queue.send(1, source());', (sourceCode) => valueUses(sourceCode, sourceCall(sourceCode)));
    expect(use).toMatchObject({ kind: 'argument', index: 1 });
    expect(uses('new Response(source());')).toEqual(['argument new Response(source())']);
  });

  it('stops at anything else: typeof, a computed key, a callee, a spread argument, a statement', () => {
    expect(uses('x(typeof source());')).toEqual(['other typeof source()']);
    expect(uses('map[source()];')).toEqual(['other map[source()]']);
    expect(uses('source()();')).toEqual(['other source()()']);
    expect(uses('x(...source());')).toEqual(['other ...source()']);
    expect(uses('source();')).toEqual(['other source();']);
  });

  it('enters same-file helpers only within the helper levels allowed', () => {
    const code = 'function handle(event) { return event.type; }\nhandle(source());';
    expect(uses(code)).toEqual(['argument handle(source())']);
    expect(uses(code, { helpers: 1 })).toEqual(['member event.type via p:event@1']);
    const nested = 'function inner(e) { e.id; }\nfunction outer(event) { inner(event); }\nouter(source());';
    expect(uses(nested, { helpers: 1 })).toEqual(['argument inner(event) via p:event@2']);
    expect(uses(nested, { helpers: 2 })).toEqual(['member e.id via p:event@2,p:e@1']);
  });

  it('enters arrow helpers, class methods on this, and destructuring parameters', () => {
    expect(uses('const handle = (e) => e.type;\nhandle(source());', { helpers: 1 })).toEqual(['member e.type via p:e@1']);
    expect(
      uses('class C {\n  run() { this.handle(source()); }\n  handle(e) { e.type; }\n}', { helpers: 1 }),
    ).toEqual(['member e.type via p:e@3']);
    expect(uses('function handle({ type }) {}\nhandle(source());', { helpers: 1 })).toEqual(['destructure { type }']);
  });

  it('does not enter unknown or imported functions, or arguments after a spread', () => {
    expect(uses('import { handle } from "./h";\nhandle(source());', { helpers: 1 })).toEqual(['argument handle(source())']);
    expect(uses('function handle(a, b) { b.type; }\nhandle(...xs, source());', { helpers: 1 })).toEqual([
      'argument handle(...xs, source())',
    ]);
  });

  it('lets the caller decide which helpers to enter', () => {
    const code = 'function handle(e) { e.type; }\nhandle(source());';
    const seen: string[] = [];
    const result = withSourceCode(code, (sourceCode) =>
      valueUses(sourceCode, sourceCall(sourceCode), {
        helpers: 1,
        helperOf: (call, index) => {
          seen.push(`${sourceCode.getText(call.callee)}#${index}`);
          return null;
        },
      }).map((use) => use.kind),
    );
    expect(seen).toEqual(['handle#0']);
    expect(result).toEqual(['argument']);
  });

  it('terminates on recursive helpers, reporting each use once', () => {
    expect(uses('function f(e) { f(e); e.x; }\nf(source());', { helpers: 8 })).toEqual(['member e.x via p:e@1,p:e@1']);
  });
});
