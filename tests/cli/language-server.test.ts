/**
 * Editor proof: the real VS Code ESLint language server (`vscode-eslint-language-server --stdio` from
 * `vscode-langservers-extracted`, the server VS Code, Neovim and other LSP clients run) lints
 * tests/fixtures/lsp-workspace/ with its eslint.config.js (our `recommended` preset, imported by package name from
 * the built dist/). Diagnostics must carry our rule ids at the right ranges, and code actions must offer our
 * suggestions, which the server applies through `workspace/applyEdit`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from './helpers.js';
import { LspClient } from './lsp-client.js';

const workspaceDir = join(root, 'tests', 'fixtures', 'lsp-workspace');
const workspaceUri = pathToFileURL(workspaceDir).href;
const filePath = join(workspaceDir, 'src', 'checkout.ts');
const fileUri = pathToFileURL(filePath).href;
const text = readFileSync(filePath, 'utf8');
const serverBin = join(root, 'node_modules', 'vscode-langservers-extracted', 'bin', 'vscode-eslint-language-server');

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
interface Diagnostic {
  range: Range;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
  severity?: number;
}
interface TextEdit {
  range: Range;
  newText: string;
}
interface WorkspaceEdit {
  changes?: Record<string, TextEdit[]>;
  documentChanges?: { textDocument: { uri: string }; edits: TextEdit[] }[];
}
interface Command {
  title: string;
  command: string;
  arguments?: unknown[];
}
interface CodeAction {
  title: string;
  kind?: string;
  command?: Command;
  edit?: WorkspaceEdit;
  diagnostics?: Diagnostic[];
}

/** The settings object the VS Code extension sends for `workspace/configuration` section `""` (its `eslint.*`). */
const settings = {
  validate: 'on',
  packageManager: 'npm',
  useESLintClass: false,
  useFlatConfig: true,
  experimental: { useFlatConfig: false },
  codeAction: {
    disableRuleComment: { enable: true, location: 'separateLine', commentStyle: 'line' },
    showDocumentation: { enable: true },
  },
  codeActionOnSave: { enable: false, mode: 'all' },
  format: false,
  quiet: false,
  onIgnoredFiles: 'off',
  options: {},
  rulesCustomizations: [],
  run: 'onType',
  problems: { shortenToSingleLine: false },
  nodePath: null,
  workingDirectory: { directory: workspaceDir },
  workspaceFolder: { name: 'lsp-workspace', uri: workspaceUri },
};

const appliedEdits: WorkspaceEdit[] = [];
let client: LspClient;
let diagnostics: Diagnostic[];

function offsetOf(position: Position): number {
  const lines = text.split('\n');
  return lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;
}

/** Apply LSP text edits (non-overlapping) to the fixture text. */
function applyEdits(edits: readonly TextEdit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => offsetOf(b.range.start) - offsetOf(a.range.start))) {
    result = result.slice(0, offsetOf(edit.range.start)) + edit.newText + result.slice(offsetOf(edit.range.end));
  }
  return result;
}

function editsFor(edit: WorkspaceEdit): TextEdit[] {
  return [
    ...(edit.changes?.[fileUri] ?? []),
    ...(edit.documentChanges ?? []).filter((change) => change.textDocument.uri === fileUri).flatMap((change) => change.edits),
  ];
}

const range = (startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range => ({
  start: { line: startLine, character: startCharacter },
  end: { line: endLine, character: endCharacter },
});

const docsUrl = (rule: string): string =>
  expect.stringMatching(new RegExp(`^https://github\\.com/payment-security/eslint-plugin-payment-security/blob/v[\\d.]+/docs/rules/${rule}\\.md$`, 'u')) as unknown as string;

beforeAll(async () => {
  client = new LspClient(process.execPath, [serverBin, '--stdio'], workspaceDir, (method, params) => {
    switch (method) {
      case 'workspace/configuration':
        return (params as { items: unknown[] }).items.map(() => settings);
      case 'workspace/workspaceFolders':
        return [{ name: 'lsp-workspace', uri: workspaceUri }];
      case 'workspace/applyEdit':
        appliedEdits.push((params as { edit: WorkspaceEdit }).edit);
        return { applied: true };
      default:
        // client/registerCapability, window/workDoneProgress/create, eslint/* custom requests
        return null;
    }
  });
  await client.request('initialize', {
    processId: process.pid,
    rootUri: workspaceUri,
    workspaceFolders: [{ name: 'lsp-workspace', uri: workspaceUri }],
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true, applyEdit: true, workspaceEdit: { documentChanges: true } },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        diagnostic: { dynamicRegistration: false },
        publishDiagnostics: {},
        codeAction: {
          codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'source', 'source.fixAll'] } },
        },
      },
    },
  });
  client.notify('initialized', {});
  client.notify('textDocument/didOpen', { textDocument: { uri: fileUri, languageId: 'typescript', version: 1, text } });
  const report = await client.request<{ kind: string; items: Diagnostic[] }>(
    'textDocument/diagnostic',
    { textDocument: { uri: fileUri } },
    60_000,
  );
  expect(report.kind).toBe('full');
  diagnostics = report.items;
}, 90_000);

afterAll(async () => {
  await client?.dispose();
}, 15_000);

async function codeActionsFor(diagnostic: Diagnostic): Promise<CodeAction[]> {
  return client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri: fileUri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], only: ['quickfix'] },
  });
}

/** Run the code action's command, as an editor does, and return the edit the server asks the editor to apply. */
async function applyCodeAction(action: CodeAction): Promise<string> {
  const before = appliedEdits.length;
  if (action.edit) return applyEdits(editsFor(action.edit));
  expect(action.command).toBeDefined();
  await client.request('workspace/executeCommand', { command: action.command!.command, arguments: action.command!.arguments });
  expect(appliedEdits.length).toBe(before + 1);
  return applyEdits(editsFor(appliedEdits[before]!));
}

const lineOf = (source: string, line: number): string => source.split('\n')[line]!;

describe('VS Code ESLint language server with the recommended preset', () => {
  it('publishes our diagnostics with rule ids, documentation links and exact ranges', () => {
    expect(
      diagnostics.map((diagnostic) => ({
        code: diagnostic.code,
        range: diagnostic.range,
        source: diagnostic.source,
        severity: diagnostic.severity,
        href: diagnostic.codeDescription?.href,
      })),
    ).toEqual([
      {
        code: 'payment-security/no-disabled-certificate-validation',
        range: range(7, 56, 7, 81),
        source: 'eslint',
        severity: 1,
        href: docsUrl('no-disabled-certificate-validation'),
      },
      {
        code: 'payment-security/no-sensitive-data-in-logs',
        range: range(10, 31, 10, 47),
        source: 'eslint',
        severity: 1,
        href: docsUrl('no-sensitive-data-in-logs'),
      },
      {
        code: 'payment-security/no-insecure-payment-url',
        range: range(11, 15, 11, 57),
        source: 'eslint',
        severity: 1,
        href: docsUrl('no-insecure-payment-url'),
      },
    ]);
    const [certificate, log, url] = diagnostics;
    expect(certificate!.message).toMatch(/^`rejectUnauthorized: false` turns off certificate validation for https/u);
    expect(log!.message).toMatch(/^`input\.cardNumber` carries a full card number into a log/u);
    expect(url!.message).toMatch(/^This URL reaches Stripe over clear-text `http:`/u);
    // The ranges cover exactly the offending source text.
    const covered = diagnostics.map((diagnostic) => text.slice(offsetOf(diagnostic.range.start), offsetOf(diagnostic.range.end)));
    expect(covered).toEqual([
      'rejectUnauthorized: false',
      'input.cardNumber',
      "'http://api.stripe.com/v1/payment_intents'",
    ]);
  });

  it('offers "Remove `rejectUnauthorized: false`." as a quick fix that removes the option', async () => {
    const actions = await codeActionsFor(diagnostics[0]!);
    const titles = actions.map((action) => action.title);
    expect(titles).toContain('Remove `rejectUnauthorized: false`. (payment-security/no-disabled-certificate-validation)');
    expect(titles).toContain('Show documentation for payment-security/no-disabled-certificate-validation');
    // Suggestions only: our rules never offer an autofix ("Fix this ... problem").
    expect(titles.filter((title) => title.startsWith('Fix this'))).toEqual([]);
    const suggestion = actions.find((action) => action.title.startsWith('Remove `rejectUnauthorized'))!;
    expect(suggestion.kind).toBe('quickfix');
    const fixed = await applyCodeAction(suggestion);
    expect(lineOf(fixed, 7)).toBe('export const agent = new https.Agent({ keepAlive: true });');
  });

  it('offers "Switch to `https:`." for the plain-HTTP Stripe URL', async () => {
    const actions = await codeActionsFor(diagnostics[2]!);
    const suggestion = actions.find((action) => action.title === 'Switch to `https:`. (payment-security/no-insecure-payment-url)');
    expect(suggestion, JSON.stringify(actions.map((action) => action.title))).toBeDefined();
    const fixed = await applyCodeAction(suggestion!);
    expect(lineOf(fixed, 11)).toBe("  return fetch('https://api.stripe.com/v1/payment_intents', {");
  });

  it('offers to log only the last four digits of the card number', async () => {
    const actions = await codeActionsFor(diagnostics[1]!);
    const suggestion = actions.find((action) => action.title.endsWith('(payment-security/no-sensitive-data-in-logs)') && !action.title.startsWith('Disable'));
    expect(suggestion, JSON.stringify(actions.map((action) => action.title))).toBeDefined();
    expect(suggestion!.title).toBe('Log only the last four digits. (payment-security/no-sensitive-data-in-logs)');
    const fixed = await applyCodeAction(suggestion!);
    expect(lineOf(fixed, 10)).toBe("  console.log('charging card', input.cardNumber.slice(-4));");
  });
});
