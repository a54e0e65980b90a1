import { describe, expect, it } from 'vitest';
import { findHardcodedSecrets, isCredentialEnvName, type SecretPolicy } from '../../src/analyses/hardcoded-secrets.js';
import { withSourceCode } from './probe.js';

// Assembled at run time so this file holds no credential-shaped literal.
const LIVE = ['sk', 'live', '51HxQ2fLkP9vTmW8rYz3bN7cD4eG6hJ1kM5nP8qR2sT4uV7wX9yZ'].join('_');
const TEST = ['sk', 'test', '51HxQ2fLkP9vTmW8rYz3bN7cD4eG6hJ1kM5nP8qR2sT4uV7wX9yZ'].join('_');

/** `line:kind data… [env NAME]` for every finding. */
function findings(code: string, policy?: SecretPolicy): string[] {
  return withSourceCode(code, (sourceCode) =>
    findHardcodedSecrets(sourceCode, policy).map((finding) => {
      const line = (finding.loc ?? finding.node.loc).start.line;
      const data = Object.values(finding.data).join(' ');
      return `${line}:${finding.kind} ${data}${finding.envName ? ` [env ${finding.envName}]` : ''}`;
    }),
  );
}

describe('findHardcodedSecrets', () => {
  it('reports catalogued keys in strings and comments, masking all but the last four characters', () => {
    const code = `import Stripe from 'stripe';\nconst stripe = new Stripe('${LIVE}');\n// old key: ${LIVE}`;
    const found = findings(code);
    // The slot (Stripe's constructor key) names the environment variable for the suggestion.
    expect(found).toEqual([
      '2:secret live secret key (sk_live_…) …X9yZ [env STRIPE_SECRET_KEY]',
      '3:secret live secret key (sk_live_…) …X9yZ',
    ]);
    expect(found.join('\n')).not.toContain(LIVE);
  });

  it('applies the test-key policy', () => {
    const code = `const key = '${TEST}';`;
    expect(findings(code)).toHaveLength(1);
    expect(findings(code, { inTestFile: true })).toEqual([]);
    expect(findings(code, { inTestFile: true, testKeys: 'always' })).toHaveLength(1);
    expect(findings(code, { testKeys: 'never' })).toEqual([]);
    expect(findings(`const key = '${LIVE}';`, { inTestFile: true, testKeys: 'never' })).toHaveLength(1);
    expect(findings(code, { allow: [TEST] })).toEqual([]);
  });

  it('reports keys split across a concatenation once, at the concatenation', () => {
    const half = Math.floor(LIVE.length / 2);
    const code = `const key = '${LIVE.slice(0, half)}' +\n  '${LIVE.slice(half)}';`;
    expect(findings(code).map((entry) => entry.split(' ')[0])).toEqual(['1:secret']);
  });

  it('reports URL passwords for public hosts and literal Authorization headers', () => {
    const basic = Buffer.from('merchant:Xk9#pL2vQ7zR').toString('base64');
    const code = [
      "const db = 'postgres://app:Xk9pL2vQ7zRw@db.acme-payments.com/prod';",
      "const local = 'postgres://app:Xk9pL2vQ7zRw@localhost/prod';",
      `fetch(url, { headers: { Authorization: 'Basic ${basic}' } });`,
      "fetch(url, { headers: { Authorization: 'Bearer <YOUR_TOKEN>' } });",
      `res.setHeader('Authorization', 'Basic ${basic}');`,
    ].join('\n');
    expect(findings(code)).toEqual([
      '1:url-credentials db.acme-payments.com',
      '3:authorization-header Basic',
      '5:authorization-header Basic',
    ]);
  });

  it('ignores placeholders and module names', () => {
    const code = "import x from 'sk_live_placeholder_module';\nconst key = 'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx';";
    expect(findings(code)).toEqual([]);
  });
});

describe('isCredentialEnvName', () => {
  it('recognises credential-named environment variables', () => {
    for (const name of ['DB_PASSWORD', 'PGPASSWORD', 'MYSQL_ROOT_PASSWORD', 'SMTP_PASS', 'DB_PWD', 'JWT_SECRET', 'STRIPE_SECRET_KEY', 'SENDGRID_API_KEY', 'GITHUB_TOKEN', 'APP_PRIVATE_KEY', 'AWS_SECRET_ACCESS_KEY', 'SESSION_SECRET', 'MPESA_CONSUMER_SECRET']) {
      expect(isCredentialEnvName(name), name).toBe(true);
    }
  });
  it('leaves other variables alone', () => {
    for (const name of ['PGUSER', 'PORT', 'JWT_EXPIRES_IN', 'TOKEN_HEADER', 'STRIPE_PUBLISHABLE_KEY', 'NEXT_PUBLIC_API_KEY', 'SECRET_NAME', 'BYPASS', 'DATABASE_URL', 'AWS_ACCESS_KEY_ID', 'STRIPE_KEY']) {
      expect(isCredentialEnvName(name), name).toBe(false);
    }
  });
});
