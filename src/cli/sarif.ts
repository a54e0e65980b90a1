/**
 * A small SARIF 2.1.0 writer for ESLint results. We do not use `@microsoft/eslint-formatter-sarif`: 3.1.0 hard-depends
 * on `eslint ^8.9.0` (a second, end-of-life ESLint in every install) and `jschardet@latest`, and it has no place for
 * `security-severity` or CWE tags, which GitHub code scanning needs to rank and filter alerts.
 */
import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ESLint, Linter } from 'eslint';
import { INTERNAL_ERROR } from '../create-rule.js';
import { securitySeverity } from './severity.js';

export interface SarifRuleInput {
  /** Full rule id, e.g. `payment-security/no-disabled-certificate-validation`. */
  readonly id: string;
  readonly meta: {
    readonly docs?: {
      readonly description?: string;
      readonly url?: string;
      readonly recommended?: unknown;
      readonly cwe?: readonly string[];
      readonly pci?: readonly string[];
    };
  };
}

export interface SarifToolInput {
  readonly name: string;
  readonly version: string;
  readonly informationUri: string;
}

/* Minimal SARIF 2.1.0 shapes (only what we write). */
interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
}
interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: SarifRegion };
}
interface SarifReportingDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: 'error' | 'warning' };
  properties: Record<string, unknown>;
}
interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: 'error' | 'warning';
  message: { text: string };
  locations: SarifLocation[];
}
interface SarifNotification {
  level: 'error' | 'warning';
  message: { text: string };
  locations?: SarifLocation[];
}
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [
    {
      tool: { driver: { name: string; semanticVersion: string; informationUri: string; rules: SarifReportingDescriptor[] } };
      invocations: [{ executionSuccessful: boolean; toolExecutionNotifications: SarifNotification[] }];
      columnKind: 'utf16CodeUnits';
      results: SarifResult[];
    },
  ];
}

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const SOURCE_ROOT = '%SRCROOT%';

/** `a/b c/d.ts` → `a/b%20c/d.ts`; paths outside `root` become absolute `file:` URIs. */
export function artifactLocation(filePath: string, root: string): { uri: string; uriBaseId?: string } {
  const relativePath = relative(root, filePath);
  if (relativePath === '' || relativePath.startsWith('..') || /^[a-z]:/iu.test(relativePath) || relativePath.startsWith(sep)) {
    return { uri: pathToFileURL(filePath).href };
  }
  return { uri: relativePath.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

function region(message: Linter.LintMessage): SarifRegion | undefined {
  if (!(message.line >= 1)) return undefined;
  const result: SarifRegion = { startLine: message.line, startColumn: Math.max(1, message.column) };
  if (message.endLine !== undefined && message.endLine >= message.line) {
    result.endLine = message.endLine;
    if (message.endColumn !== undefined && (message.endLine > message.line || message.endColumn > result.startColumn)) {
      result.endColumn = message.endColumn;
    }
  }
  return result;
}

/** `CWE-79` → `external/cwe/cwe-079` (the tag form GitHub code scanning and CodeQL use). */
export function cweTag(cwe: string): string {
  const number = /^CWE-(\d+)$/iu.exec(cwe)?.[1];
  return number === undefined ? cwe.toLowerCase() : `external/cwe/cwe-${number.padStart(3, '0')}`;
}

function pascalCase(id: string): string {
  const name = id.slice(id.lastIndexOf('/') + 1);
  return name.replace(/(?:^|-)([a-z\d])/gu, (_, letter: string) => letter.toUpperCase());
}

function describeRule(rule: SarifRuleInput): SarifReportingDescriptor {
  const docs = rule.meta.docs ?? {};
  const description = docs.description ?? rule.id;
  const url = docs.url ?? '';
  const cwe = [...(docs.cwe ?? [])];
  const pci = [...(docs.pci ?? [])];
  const references = [
    cwe.length > 0 ? `CWE: ${cwe.join(', ')}.` : '',
    pci.length > 0 ? `PCI DSS v4.0.1: ${pci.join(', ')}.` : '',
  ].filter((line) => line !== '');
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: description },
    fullDescription: { text: [description, ...references].join(' ') },
    helpUri: url,
    help: {
      text: [description, ...references, `Documentation: ${url}`].join('\n'),
      markdown: [`${description}`, '', ...references.map((line) => `- ${line}`), '', `[Documentation](${url})`].join('\n'),
    },
    defaultConfiguration: { level: 'error' },
    properties: {
      tags: ['security', 'payments', ...cwe.map(cweTag)],
      precision: 'high',
      'problem.severity': 'error',
      'security-severity': securitySeverity(cwe, typeof docs.recommended === 'string' ? docs.recommended : undefined),
      cwe,
      pci,
    },
  };
}

/**
 * Build the SARIF log: one run, `rules` = every rule that ran (so code scanning can close fixed alerts), results with
 * repo-relative locations, and parse failures and rules' internal errors as tool notifications instead of alerts
 * (an internal error also marks the run as not fully successful).
 */
export function toSarif(
  results: readonly ESLint.LintResult[],
  rules: readonly SarifRuleInput[],
  root: string,
  tool: SarifToolInput,
): SarifLog {
  const descriptors = rules.map(describeRule);
  const ruleIndex = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]));
  const sarifResults: SarifResult[] = [];
  const notifications: SarifNotification[] = [];
  let internalError = false;

  for (const result of results) {
    const artifact = artifactLocation(result.filePath, root);
    for (const message of result.messages) {
      const messageRegion = region(message);
      const location: SarifLocation = {
        physicalLocation: messageRegion ? { artifactLocation: artifact, region: messageRegion } : { artifactLocation: artifact },
      };
      const level = message.severity === 2 ? 'error' : 'warning';
      if (message.ruleId === null || message.messageId === INTERNAL_ERROR) {
        if (message.ruleId !== null) internalError = true;
        notifications.push({ level, message: { text: message.message }, locations: [location] });
        continue;
      }
      const index = ruleIndex.get(message.ruleId);
      sarifResults.push({
        ruleId: message.ruleId,
        ...(index === undefined ? {} : { ruleIndex: index }),
        level,
        message: { text: message.message },
        locations: [location],
      });
    }
  }

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: tool.name, semanticVersion: tool.version, informationUri: tool.informationUri, rules: descriptors },
        },
        // The run completed even when some files failed to parse; those failures are listed as notifications.
        invocations: [{ executionSuccessful: !internalError, toolExecutionNotifications: notifications }],
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}
