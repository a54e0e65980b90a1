import { describe, expect, it } from 'vitest';
import {
  alwaysAccepts,
  disablingKind,
  findDisabledCertificateValidation,
} from '../../src/analyses/certificate-validation.js';
import { isFunction } from '../../src/ast/ast.js';
import { initOf, withSourceCode } from './probe.js';

/** `line:kind[ gated] data… [removal]` for every finding. */
function findings(code: string): string[] {
  return withSourceCode(code, (sourceCode) =>
    findDisabledCertificateValidation(sourceCode).map((finding) => {
      const data = Object.entries(finding.data)
        .filter(([key]) => key !== 'what')
        .map(([key, value]) => `${key}=${value}`)
        .join(' ');
      const removal = finding.removal ? ` [${finding.removal.kind}]` : '';
      return `${finding.node.loc.start.line}:${finding.kind}${finding.environmentGated ? ' gated' : ''} ${data}${removal}`;
    }),
  );
}

describe('findDisabledCertificateValidation', () => {
  it('finds disabling options of TLS clients, inline, nested and written later', () => {
    const code = [
      "import https from 'https';",
      "import got from 'got';",
      'https.request({ rejectUnauthorized: false });',
      'got(url, { https: { rejectUnauthorized: false } });',
      'const options = {};',
      'options.rejectUnauthorized = false;',
      'https.get(options);',
      'https.request({ rejectUnauthorized: true });',
    ].join('\n');
    expect(findings(code)).toEqual([
      '3:disabled-option option=rejectUnauthorized value=false client=https [property]',
      '4:disabled-option option=rejectUnauthorized value=false client=got [property]',
      '6:disabled-option option=rejectUnauthorized value=false client=https [statement]',
    ]);
  });

  it('marks switches guarded or chosen by the deployment environment', () => {
    const code = [
      "import https from 'https';",
      "if (process.env.NODE_ENV !== 'production') https.request({ rejectUnauthorized: false });",
      "https.request({ rejectUnauthorized: process.env.NODE_ENV === 'production' });",
      'https.request({ rejectUnauthorized: featureFlag });',
    ].join('\n');
    expect(findings(code)).toEqual([
      '2:disabled-option gated option=rejectUnauthorized value=false client=https [property]',
      '3:disabled-option gated option=rejectUnauthorized value=false client=https [property]',
    ]);
  });

  it('finds NODE_TLS_REJECT_UNAUTHORIZED writes in the process and in child processes', () => {
    const code = [
      "import { spawn } from 'child_process';",
      "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';",
      "Object.assign(process.env, { NODE_TLS_REJECT_UNAUTHORIZED: '0' });",
      "spawn('node', ['x.js'], { env: { NODE_TLS_REJECT_UNAUTHORIZED: '0' } });",
      "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';",
    ].join('\n');
    expect(findings(code)).toEqual([
      '2:env-variable  [statement]',
      '3:env-variable  [statement]',
      '4:child-env-variable ',
    ]);
  });

  it('finds the global agent, accept-all identity checks and superagent disableTLSCerts', () => {
    const code = [
      "import https from 'https';",
      "import superagent from 'superagent';",
      'https.globalAgent.options.rejectUnauthorized = false;',
      'https.request({ checkServerIdentity: () => undefined });',
      "superagent.get(url).disableTLSCerts().end(cb);",
    ].join('\n');
    expect(findings(code)).toEqual([
      '4:accept-any-identity ',
      '5:disable-method client=superagent [call]',
      '3:disabled-option option=rejectUnauthorized value=false client=every request through https.globalAgent [statement]',
    ]);
  });
});

describe('disablingKind', () => {
  const kind = (code: string, disablingValue = false): string | null =>
    withSourceCode(code, (sourceCode, program) => disablingKind(sourceCode, initOf(program, 'x'), disablingValue));

  it('tells constants from environment-chosen values', () => {
    expect(kind('const x = false;')).toBe('always');
    expect(kind('const x = true;')).toBeNull();
    expect(kind("const x = 'false';")).toBeNull();
    expect(kind('const x = isDev ? false : true;')).toBe('environment');
    expect(kind('const x = !config.isProduction;')).toBe('environment');
    expect(kind('const x = cond ? false : true;')).toBeNull();
    expect(kind('const x = true;', true)).toBe('always');
  });
});

describe('alwaysAccepts', () => {
  const accepts = (code: string): boolean =>
    withSourceCode(code, (sourceCode, program) => {
      const fn = initOf(program, 'x');
      return isFunction(fn) && alwaysAccepts(sourceCode, fn);
    });

  it('accepts only functions that never return an error', () => {
    expect(accepts('const x = () => undefined;')).toBe(true);
    expect(accepts('const x = function () { return; };')).toBe(true);
    expect(accepts('const x = () => true;')).toBe(false);
    expect(accepts('const x = (host, cert) => tls.checkServerIdentity(host, cert);')).toBe(false);
    expect(accepts("const x = (h) => { if (h !== 'a') throw new Error('x'); };")).toBe(false);
    expect(accepts('const x = async () => undefined;')).toBe(false);
  });
});
