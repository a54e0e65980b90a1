/**
 * Every docs example executes: each `// ❌` block makes its rule report, each `// ✅` block keeps it silent.
 * Block header: `// ❌` or `// ✅`, optionally ` file=<path>` and ` options=<json>`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import plugin from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));

interface Example {
  readonly kind: 'bad' | 'good';
  readonly code: string;
  readonly filename: string;
  readonly options: unknown;
  readonly line: number;
}

const FENCE = /^```(ts|tsx|js|jsx|mjs|cjs|typescript|javascript)\s*$/u;
const HEADER = /^\/\/ (❌|✅)(?: file=(\S+))?(?: options=(\{.*\}))?\s*$/u;

function extractExamples(markdown: string): Example[] {
  const lines = markdown.split('\n');
  const examples: Example[] = [];
  for (let index = 0; index < lines.length; index++) {
    const fence = FENCE.exec(lines[index]!);
    if (!fence) continue;
    const start = index + 1;
    let end = start;
    while (end < lines.length && !lines[end]!.startsWith('```')) end++;
    const header = HEADER.exec(lines[start] ?? '');
    if (header) {
      const language = fence[1]!.replace('typescript', 'ts').replace('javascript', 'js');
      examples.push({
        kind: header[1] === '❌' ? 'bad' : 'good',
        code: lines.slice(start, end).join('\n'),
        filename: header[2] ?? `example.${language}`,
        options: header[3] ? (JSON.parse(header[3]) as unknown) : undefined,
        line: start + 1,
      });
    }
    index = end;
  }
  return examples;
}

describe.each(Object.keys(rules))('docs examples of %s', (name) => {
  const examples = extractExamples(readFileSync(`${root}docs/rules/${name}.md`, 'utf8'));

  it('has at least one ❌ and one ✅ example', () => {
    expect(examples.some((example) => example.kind === 'bad')).toBe(true);
    expect(examples.some((example) => example.kind === 'good')).toBe(true);
  });

  it.each(examples.map((example) => [`${example.kind} example at line ${example.line}`, example] as const))(
    '%s',
    (_, example) => {
      const linter = new Linter({ configType: 'flat' });
      const ruleId = `payment-security/${name}`;
      const messages = linter.verify(
        example.code,
        [
          {
            files: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
            languageOptions: {
              parser: tsParser,
              parserOptions: { ecmaFeatures: { jsx: true } },
              sourceType: 'module',
            },
            plugins: { 'payment-security': plugin },
            rules: { [ruleId]: example.options === undefined ? 'error' : ['error', example.options] },
          },
        ],
        { filename: example.filename },
      );
      // Parse errors and "no matching configuration" warnings have no ruleId.
      expect(messages.filter((message) => message.ruleId === null)).toEqual([]);
      const own = messages.filter((message) => message.ruleId === ruleId);
      if (example.kind === 'bad') expect(own.length).toBeGreaterThan(0);
      else expect(own.map((message) => message.message)).toEqual([]);
    },
  );
});
