/**
 * `--format sarif` validated against the SARIF 2.1.0 JSON schema (the copy Microsoft's SARIF SDK ships in
 * `@microsoft/jest-sarif`, schemastore's `sarif-2.1.0-rtm.5.json`, a draft-04 schema) with ajv + ajv-formats, plus
 * the properties GitHub code scanning reads: helpUri, short description, security-severity, CWE tags, relative URIs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Ajv as AjvCore } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import type { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { artifactLocation, cweTag, toSarif, type SarifLog } from '../../src/cli/sarif.js';
import { CWE_SECURITY_SEVERITY, securitySeverity } from '../../src/cli/severity.js';
import plugin from '../../src/index.js';
import { hasGit, removeWorkspaces, runCli, workspace } from './helpers.js';

const require = createRequire(import.meta.url);
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;

// CommonJS packages: take the constructor/function whichever way the interop hands it over.
type AjvInstance = AjvCore;
const Ajv = ((AjvDraft04 as unknown as { default?: unknown }).default ?? AjvDraft04) as new (options: object) => AjvInstance;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: AjvInstance) => void;

// `strict: false`: the official schema itself trips ajv's strict-mode lint (e.g. `required` under `anyOf`).
// `unicodeRegExp: false`: its `language` pattern has a stray `]` that is only valid without the `u` flag.
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function expectValid(log: unknown): void {
  const valid = validate(log);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(valid).toBe(true);
}

afterAll(removeWorkspaces);

interface Descriptor {
  id: string;
  shortDescription: { text: string };
  helpUri: string;
  properties: { tags: string[]; 'security-severity': string; cwe: string[] };
}

describe('SARIF schema validation', () => {
  it('the schema is the SARIF 2.1.0 schema and the validator rejects invalid logs', () => {
    expect(schema.title).toMatch(/SARIF\) Version 2\.1\.0/u);
    expect(validate({ version: '2.1.0', runs: [] })).toBe(true);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(
      validate({
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'x', rules: [{ id: 'r', helpUri: 'not a uri' }] } }, results: [] }],
      }),
    ).toBe(false);
  });

  it('CLI output on the basic workspace is valid SARIF 2.1.0 with one result per finding', () => {
    const directory = workspace('basic', { git: hasGit });
    const run = runCli(['--format', 'sarif'], directory);
    expect(run.status, run.stderr).toBe(1);
    const log = JSON.parse(run.stdout) as SarifLog;
    expectValid(log);

    const [sarifRun] = log.runs;
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(sarifRun.tool.driver.name).toBe('payment-security');
    expect(sarifRun.columnKind).toBe('utf16CodeUnits');
    expect(
      sarifRun.results.map((result) => {
        const { artifactLocation: artifact, region } = result.locations[0]!.physicalLocation;
        return `${artifact.uriBaseId} ${artifact.uri} ${region!.startLine}:${region!.startColumn}-${region!.endLine}:${region!.endColumn} ${result.ruleId} ${result.level}`;
      }),
    ).toEqual([
      '%SRCROOT% src/bootstrap.mjs 2:1-2:41 payment-security/no-disabled-certificate-validation error',
      '%SRCROOT% src/checkout.ts 9:64-9:89 payment-security/no-disabled-certificate-validation error',
      '%SRCROOT% src/legacy.cjs 6:78-6:103 payment-security/no-disabled-certificate-validation error',
      '%SRCROOT% src/payment%20gateway/agent.ts 4:77-4:102 payment-security/no-disabled-certificate-validation error',
    ]);
    for (const result of sarifRun.results) {
      expect(sarifRun.tool.driver.rules[result.ruleIndex!]!.id).toBe(result.ruleId);
      expect(result.message.text).toMatch(/certificate validation.*\.$/u);
    }
    expect(sarifRun.invocations[0].toolExecutionNotifications).toEqual([]);
  });

  it('lists every rule of the preset with helpUri, short description, security-severity and CWE tags', () => {
    const directory = workspace('clean');
    for (const preset of ['recommended', 'all'] as const) {
      const run = runCli(['--format', 'sarif', '--preset', preset], directory);
      expect(run.status, run.stderr).toBe(0);
      const log = JSON.parse(run.stdout) as SarifLog;
      expectValid(log);
      expect(log.runs[0].results).toEqual([]);
      const descriptors = log.runs[0].tool.driver.rules as unknown as Descriptor[];
      expect(descriptors.map((descriptor) => descriptor.id).sort()).toEqual(
        Object.keys(plugin.configs[preset].rules ?? {}).sort(),
      );
      for (const descriptor of descriptors) {
        const name = descriptor.id.replace('payment-security/', '') as keyof typeof rules;
        const docs = rules[name].meta.docs!;
        expect(descriptor.helpUri).toBe(docs.url);
        expect(descriptor.helpUri).toMatch(/^https:\/\/github\.com\/.+\/docs\/rules\/[a-z\d-]+\.md$/u);
        expect(descriptor.shortDescription.text).toBe(docs.description);
        const severity = Number(descriptor.properties['security-severity']);
        expect(severity).toBeGreaterThan(0);
        expect(severity).toBeLessThanOrEqual(10);
        expect(descriptor.properties['security-severity']).toMatch(/^\d+\.\d$/u);
        expect(descriptor.properties.tags).toContain('security');
        expect(docs.cwe.length).toBeGreaterThan(0);
        for (const cwe of docs.cwe) expect(descriptor.properties.tags).toContain(cweTag(cwe));
        expect(descriptor.properties.cwe).toEqual(docs.cwe);
      }
    }
  });

  it('parse failures become tool notifications, not alerts, and the log stays valid', () => {
    const directory = workspace('broken');
    const run = runCli(['--format', 'sarif'], directory);
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout) as SarifLog;
    expectValid(log);
    expect(log.runs[0].results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual([
      'src/ok.ts',
    ]);
    expect(log.runs[0].invocations[0].toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: expect.stringMatching(/^Parsing error: /u) as unknown as string },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'src/broken.ts', uriBaseId: '%SRCROOT%' },
              region: { startLine: 1, startColumn: 21 },
            },
          },
        ],
      },
    ]);
  });
});

describe('SARIF writer', () => {
  const result = (filePath: string, messages: ESLint.LintResult['messages']): ESLint.LintResult =>
    ({ filePath, messages, suppressedMessages: [], errorCount: 0, warningCount: 0 }) as unknown as ESLint.LintResult;

  it('handles files outside the root, messages without a position, warnings and unknown rules', () => {
    const log = toSarif(
      [
        result('/elsewhere/lib/pay.js', [
          { ruleId: 'payment-security/no-disabled-certificate-validation', severity: 1, message: 'Warn.', line: 3, column: 5 },
        ]),
        result('/repo/src/a#b?.ts', [
          { ruleId: null, severity: 1, message: 'File ignored.', line: 0, column: 0 },
          { ruleId: 'payment-security/not-in-the-list', severity: 2, message: 'Other.', line: 1, column: 1, endLine: 1, endColumn: 1 },
        ]),
      ],
      [{ id: 'payment-security/no-disabled-certificate-validation', meta: rules['no-disabled-certificate-validation'].meta }],
      '/repo',
      { name: 'payment-security', version: '0.0.0', informationUri: 'https://example.com/' },
    );
    expectValid(log);
    const [first, second] = log.runs[0].results;
    expect(first).toEqual({
      ruleId: 'payment-security/no-disabled-certificate-validation',
      ruleIndex: 0,
      level: 'warning',
      message: { text: 'Warn.' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///elsewhere/lib/pay.js' }, region: { startLine: 3, startColumn: 5 } } }],
    });
    // An empty range keeps no endColumn (SARIF regions must not end before they start).
    expect(second!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'src/a%23b%3F.ts', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, startColumn: 1, endLine: 1 },
    });
    expect(second).not.toHaveProperty('ruleIndex');
    expect(log.runs[0].invocations[0].toolExecutionNotifications).toEqual([
      { level: 'warning', message: { text: 'File ignored.' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a%23b%3F.ts', uriBaseId: '%SRCROOT%' } } }] },
    ]);
  });

  it('builds repo-relative URIs', () => {
    expect(artifactLocation(join('/repo', 'src', 'payment gateway', 'agent.ts'), '/repo')).toEqual({
      uri: 'src/payment%20gateway/agent.ts',
      uriBaseId: '%SRCROOT%',
    });
    expect(artifactLocation('/repo-other/x.ts', '/repo')).toEqual({ uri: 'file:///repo-other/x.ts' });
  });

  it('formats CWE tags the way GitHub code scanning and CodeQL do', () => {
    expect(cweTag('CWE-79')).toBe('external/cwe/cwe-079');
    expect(cweTag('CWE-295')).toBe('external/cwe/cwe-295');
    expect(cweTag('CWE-1204')).toBe('external/cwe/cwe-1204');
  });

  it('has a security-severity for every CWE any rule cites; a rule scores its highest CWE', () => {
    const missing = Object.entries(rules).flatMap(([name, rule]) =>
      rule.meta.docs!.cwe.filter((cwe) => CWE_SECURITY_SEVERITY[cwe] === undefined).map((cwe) => `${name}: ${cwe}`),
    );
    expect(missing, 'add a score for each new CWE to CWE_SECURITY_SEVERITY in src/cli/severity.ts').toEqual([]);
    expect(securitySeverity(['CWE-295', 'CWE-297'], 'recommended')).toBe('7.5');
    expect(securitySeverity(['CWE-532', 'CWE-798'], 'recommended')).toBe('9.8');
    expect(securitySeverity(['CWE-99999'], 'recommended')).toBe('7.0');
    expect(securitySeverity([], 'strict')).toBe('5.0');
  });
});
