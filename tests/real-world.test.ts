/**
 * Real-world false-positive corpus (a ruling test in the style of SonarJS's).
 *
 * `tests/fixtures/real-world/clean/` holds correctly written payment integrations: with the `all` preset they must
 * produce ZERO findings of our rules and no parse errors. `tests/fixtures/real-world/planted/` mirrors them with
 * realistic mistakes, each marked `// planted: <rule-name>` on the line above. Its findings (`path:line ruleId`)
 * must equal the checked-in `planted.snapshot.json`, and every planted marker must have a finding of its rule on
 * the next line, so the snapshot cannot silently lose a planted mistake. Real mistakes a rule is known to miss are
 * marked `// planted-fn: <rule-name> — <why>` and must stay unreported until the marker is promoted.
 *
 * Regenerate the snapshot after an intended change: `UPDATE_SNAPSHOT=1 npx vitest run --config
 * tests/vitest.config.ts tests/real-world.test.ts`, then review the diff of `planted.snapshot.json`.
 *
 * Each set is linted with ESLint's `cwd` set to the set's directory: rules with test-file handling match their
 * globs (which include `** /fixtures/**`) against the path relative to `cwd`, so the corpus is treated as
 * application code, except where a project itself contains a test folder (`misc/__tests__/`).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { INTERNAL_ERROR } from '../src/create-rule.js';
import plugin from '../src/index.js';
import { isTestFile } from '../src/modules/test-files.js';

const CORPUS = fileURLToPath(new URL('fixtures/real-world/', import.meta.url));
const CLEAN = join(CORPUS, 'clean');
const PLANTED = join(CORPUS, 'planted');
const SNAPSHOT = join(CORPUS, 'planted.snapshot.json');
const PREFIX = `${plugin.meta.namespace}/`;
const UPDATE = process.env.UPDATE_SNAPSHOT === '1';
const LINTED = /\.(?:[cm]?[jt]s|[jt]sx)$/u;

const PROJECTS = [
  'express-stripe',
  'next-app-router',
  'nestjs-adyen',
  'paypal-orders',
  'square-payments',
  'react-checkout',
  'misc',
] as const;

type Setup = 'users' | 'typescript';

/**
 * `users`: the README's TypeScript config (its JavaScript config is the same without the first entry), so JavaScript
 * goes through ESLint's default parser (with JSX on, as React projects have it); `typescript`: the TS parser (with
 * JSX) for every file. `.cjs` files are CommonJS in both. Then every rule of the plugin.
 */
const CONFIGS: Readonly<Record<Setup, Linter.Config[]>> = {
  users: [
    { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
    { files: ['**/*.{js,mjs,cjs,jsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    plugin.configs.all as Linter.Config,
  ],
  typescript: [
    {
      files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
      languageOptions: {
        parser: tsParser,
        sourceType: 'module',
        parserOptions: { ecmaFeatures: { jsx: true } },
      },
    },
    { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
    plugin.configs.all as Linter.Config,
  ],
};

/** The 21 rule names of the plan this plugin implements; markers must use one of them (registered or not). */
const CATALOG_RULES: readonly string[] = [
  'no-insecure-payment-url',
  'no-disabled-certificate-validation',
  'no-weak-tls',
  'no-hardcoded-payment-secret',
  'no-secret-key-in-client',
  'no-unsanitized-input',
  'no-client-controlled-amount',
  'no-sensitive-data-in-logs',
  'no-card-data-storage',
  'no-raw-card-data-on-server',
  'require-pan-masking',
  'no-card-numbers-in-source',
  'no-weak-crypto',
  'no-insecure-randomness',
  'require-webhook-signature-verification',
  'require-raw-webhook-body',
  'no-timing-unsafe-compare',
  'no-legacy-payment-api',
  'require-idempotency-key',
  'no-payment-error-leak',
  'require-3ds-handling',
];

interface Finding {
  /** Path relative to the set directory, forward slashes. */
  readonly path: string;
  readonly line: number;
  readonly ruleId: string | null;
  readonly message: string;
  readonly fatal: boolean;
  readonly internalError: boolean;
}

async function lintSet(dir: string, setup: Setup): Promise<Finding[]> {
  // Only `node_modules` is ignored (ESLint's default); there are no ignore patterns of our own.
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: CONFIGS[setup] });
  const results = await eslint.lintFiles(['.']);
  return results.flatMap((result) =>
    result.messages.map((message) => ({
      path: relative(dir, result.filePath).split(sep).join('/'),
      line: message.line,
      ruleId: message.ruleId,
      message: message.message,
      fatal: message.fatal === true,
      internalError: message.messageId === INTERNAL_ERROR,
    })),
  );
}

/** `a.js:9` before `a.js:10`. */
const byPathAndLine = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });
const key = (finding: Finding): string => `${finding.path}:${finding.line} ${finding.ruleId}`;
const describeFinding = (finding: Finding): string => `${key(finding)} — ${finding.message}`;
const isOurs = (finding: Finding): boolean => finding.ruleId?.startsWith(PREFIX) === true;

/** Line-level diff of two sorted lists; `-` expected only, `+` actual only. */
function diffSorted(expected: readonly string[], actual: readonly string[]): string[] {
  const lines: string[] = [];
  const remaining = new Map<string, number>();
  for (const entry of actual) remaining.set(entry, (remaining.get(entry) ?? 0) + 1);
  for (const entry of expected) {
    const count = remaining.get(entry) ?? 0;
    if (count > 0) remaining.set(entry, count - 1);
    else lines.push(`- ${entry}   (in the snapshot, no longer reported)`);
  }
  for (const [entry, count] of remaining) {
    for (let i = 0; i < count; i++) lines.push(`+ ${entry}   (reported, not in the snapshot)`);
  }
  return lines.sort((a, b) => a.slice(2).localeCompare(b.slice(2)) || a.localeCompare(b));
}

function listFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listFiles(path, out);
    else if (LINTED.test(entry.name)) out.push(path);
  }
  return out.sort();
}

interface PlantedMarker {
  readonly path: string;
  /** Line the mistake is on (the line after the marker comment). */
  readonly line: number;
  readonly rule: string;
  /** `planted-fn`: a real mistake the rule is known to miss (the reason follows the rule name). */
  readonly knownMiss: boolean;
}

/**
 * `// planted: <rule>` — the next line must be reported by <rule>.
 * In JSX text the marker is a JSX block comment around `planted: <rule>`.
 * `// planted-fn: <rule> — <why>` — a known false negative: the next line must NOT be reported by <rule> (yet); when
 * the rule learns to catch it, the test says so and the marker becomes `planted:`.
 */
const MARKER = /(?:\/\/|\{\/\*) planted(-fn)?: ([a-z0-9-]+)(?: — [^*]+)?(?: \*\/\})?$/u;

function plantedMarkers(): PlantedMarker[] {
  const markers: PlantedMarker[] = [];
  for (const file of listFiles(PLANTED)) {
    const path = relative(PLANTED, file).split(sep).join('/');
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, index) => {
        const match = MARKER.exec(text);
        if (match) markers.push({ path, line: index + 2, rule: match[2], knownMiss: match[1] !== undefined });
      });
  }
  return markers;
}

const findings: Record<Setup, { clean: Finding[]; planted: Finding[] }> = {
  users: { clean: [], planted: [] },
  typescript: { clean: [], planted: [] },
};

beforeAll(async () => {
  for (const setup of ['users', 'typescript'] as const) {
    const [clean, planted] = await Promise.all([lintSet(CLEAN, setup), lintSet(PLANTED, setup)]);
    findings[setup] = { clean, planted };
  }
});

describe('real-world corpus layout', () => {
  it('has every project in both sets', () => {
    const projects = (dir: string) =>
      readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort();
    expect(projects(CLEAN)).toEqual([...PROJECTS].sort());
    expect(projects(PLANTED)).toEqual([...PROJECTS].sort());
  });

  it('is linted as application code: test-file globs are anchored to the set directory', () => {
    const file = join(PLANTED, 'express-stripe', 'src', 'stripe.js');
    // Without a cwd the absolute path's `tests/fixtures/` segment makes every corpus file a "test file"…
    expect(isTestFile(file)).toBe(true);
    // …which is why each set is linted with `cwd` set to its own directory.
    expect(isTestFile(file, undefined, { cwd: PLANTED })).toBe(false);
    expect(isTestFile(join(PLANTED, 'misc', '__tests__', 'card-format.test.ts'), undefined, { cwd: PLANTED })).toBe(
      true,
    );
  });

  it('every planted marker names a rule from the catalog', () => {
    const markers = plantedMarkers();
    expect(markers.length).toBeGreaterThan(0);
    const unknown = markers.filter((marker) => !CATALOG_RULES.includes(marker.rule));
    expect(unknown.map((marker) => `${marker.path}:${marker.line} ${marker.rule}`)).toEqual([]);
  });
});

describe.each(['users', 'typescript'] as const)('in the %s setup', (setup) => {
  describe('clean set', () => {
    const clean = (): Finding[] => findings[setup].clean;
    it('parses every file, and no rule has an internal error', () => {
      expect(clean().filter((finding) => finding.fatal || finding.internalError).map(describeFinding)).toEqual([]);
    });

    it('has zero findings of our rules with the `all` preset', () => {
      expect(clean().filter(isOurs).map(describeFinding).sort()).toEqual([]);
    });
  });

  describe('planted set', () => {
    const planted = (): Finding[] => findings[setup].planted;
    it('parses every file, and no rule has an internal error', () => {
      expect(planted().filter((finding) => finding.fatal || finding.internalError).map(describeFinding)).toEqual([]);
    });

    it('findings equal planted.snapshot.json', () => {
      const actual = planted().filter(isOurs).map(key).sort(byPathAndLine);
      if (UPDATE && setup === 'users') {
        writeFileSync(SNAPSHOT, `${JSON.stringify(actual, null, 2)}\n`);
        return;
      }
      let expected: string[];
      try {
        expected = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as string[];
      } catch {
        throw new Error(`Cannot read ${SNAPSHOT}; create it with UPDATE_SNAPSHOT=1.`);
      }
      const diff = diffSorted(expected, actual);
      if (diff.length > 0) {
        throw new Error(
          `Planted findings differ from tests/fixtures/real-world/planted.snapshot.json ` +
            `(${diff.length} line(s)). If the change is intended, rerun with UPDATE_SNAPSHOT=1 and review the diff.\n` +
            diff.join('\n'),
        );
      }
    });

    // One test per rule named in a marker; rules not registered yet are listed as skipped.
    const byRule = new Map<string, PlantedMarker[]>();
    for (const marker of plantedMarkers()) {
      byRule.set(marker.rule, [...(byRule.get(marker.rule) ?? []), marker]);
    }
    for (const [rule, markers] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
      const registered = Object.hasOwn(plugin.rules, rule);
      it.skipIf(!registered)(`${rule}: every "planted" marker is reported, no "planted-fn" marker is`, () => {
        const reported = new Set(planted().map(key));
        const isReported = (marker: PlantedMarker) => reported.has(`${marker.path}:${marker.line} ${PREFIX}${rule}`);
        const missed = markers.filter((marker) => !marker.knownMiss && !isReported(marker));
        const nowCaught = markers.filter((marker) => marker.knownMiss && isReported(marker));
        expect(
          [
            ...missed.map((marker) => `${marker.path}:${marker.line} planted mistake not reported`),
            ...nowCaught.map((marker) => `${marker.path}:${marker.line} known miss is now reported: make it "planted:"`),
          ],
          `${rule} on the planted set`,
        ).toEqual([]);
      });
    }
  });
});
