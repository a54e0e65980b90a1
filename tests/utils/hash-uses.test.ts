import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import {
  digestDestinations,
  displayAlgorithm,
  followHashObject,
  judgeHash,
  type HashSite,
} from '../../src/analyses/hash-uses.js';
import { initOf, withSourceCode } from './probe.js';

const text = (code: string, nodes: readonly TSESTree.Node[]) => nodes.map((node) => code.slice(node.range[0], node.range[1]));

/** The `createHash(…)` call that `const probe = …` starts with (the innermost call of its chain). */
function hashCall(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.type === 'CallExpression' && current.callee.type === 'MemberExpression') current = current.callee.object;
  return current;
}

describe('displayAlgorithm', () => {
  it.each([
    ['md5', 'MD5'],
    ['sha1', 'SHA-1'],
    ['SHA-1', 'SHA-1'],
    ['RSA-SHA1', 'SHA-1'],
    ['sha256', 'SHA-256'],
    ['ripemd160', 'RIPEMD160'],
  ])('%s → %s', (name, display) => {
    expect(displayAlgorithm(name)).toBe(display);
  });
});

describe('followHashObject', () => {
  it('follows update chains and a variable holding the hash', () => {
    const code = "const probe = createHash('md5').update(a).update(b);\nprobe.update(c);\nconst out = probe.digest('hex');";
    const flow = withSourceCode(code, (sourceCode, program) => {
      const { inputs, outputs } = followHashObject(sourceCode, hashCall(initOf(program, 'probe')));
      return { inputs: text(code, inputs), outputs: text(code, outputs) };
    });
    expect(flow).toEqual({ inputs: ['a', 'b', 'c'], outputs: ["probe.digest('hex')"] });
  });
});

describe('digestDestinations', () => {
  const destinations = (code: string) =>
    withSourceCode(code, (sourceCode, program) => digestDestinations(sourceCode, initOf(program, 'probe')));

  it('reads the names a digest is stored under', () => {
    expect(destinations("const probe = digest();\nconst passwordHash = probe;").contexts).toEqual([null, 'password']);
    expect(destinations("const probe = digest();\nres.setHeader('Content-MD5', `\"${probe}\"`);").contexts).toEqual([null, 'non-security']);
    expect(destinations('const probe = digest();\nif (probe === req.headers.sig) ok();').contexts).toEqual([null, 'secret', 'secret']);
    expect(destinations('const probe = digest();\ncreateCipheriv(alg, probe, iv);').contexts).toEqual([null, 'secret']);
  });

  it('notices truncation', () => {
    expect(destinations('const probe = digest();\nconst id = probe.slice(0, 8);')).toEqual({ contexts: [null, null], truncated: true });
  });
});

describe('judgeHash', () => {
  const site = (overrides: Partial<HashSite>, code: string): ReturnType<typeof judgeHash> =>
    withSourceCode(code, (sourceCode, program) => {
      const node = initOf(program, 'probe');
      const base: HashSite = {
        node,
        algorithm: 'MD5',
        weak: true,
        keyed: false,
        inputs: [],
        outputs: [node],
        algorithmLiteral: null,
        inherentlySecure: false,
      };
      return judgeHash(sourceCode, { ...base, ...overrides }, { hashContext: 'security', allowHmacSha1: true });
    });

  it('gives the purpose from the destination name', () => {
    expect(site({}, 'const probe = h();\nconst apiToken = probe;')).toEqual({ kind: 'weakHash', purpose: 'secrets, tokens and signatures' });
    expect(site({}, 'const probe = h();\nconst cacheKey = probe;')).toBeNull();
    expect(site({ inherentlySecure: true }, 'const probe = h();')).toEqual({ kind: 'weakHash', purpose: 'message authentication and signatures' });
    expect(site({ keyed: true, inherentlySecure: true, algorithm: 'SHA-1' }, 'const probe = h();')).toBeNull();
  });

  it('judges a hash helper by its callers', () => {
    const code = 'function md5(s: string) { return h(s); }\nconst probe = 0;\nconst stored = md5(password);';
    const verdict = withSourceCode(code, (sourceCode, program) => {
      const helper = program.body[0] as TSESTree.FunctionDeclaration;
      const parameter = (helper.body.body[0] as TSESTree.ReturnStatement).argument as TSESTree.CallExpression;
      const input = parameter.arguments[0]!;
      return judgeHash(
        sourceCode,
        { node: parameter, algorithm: 'MD5', weak: true, keyed: false, inputs: [input], outputs: [parameter], algorithmLiteral: null, inherentlySecure: false },
        { hashContext: 'security', allowHmacSha1: true },
      );
    });
    expect(verdict).toEqual({ kind: 'fastPasswordHash' });
  });
});
