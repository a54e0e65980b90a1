/**
 * Sync checks: registry, files, metadata, docs, tests, messages and presets agree.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import plugin from '../src/index.js';
import { presetsOf } from '../src/configs.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const packageJson = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { name: string; version: string };
const ruleFiles = readdirSync(`${root}rules`)
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.slice(0, -3))
  .sort();
const ruleEntries = Object.entries(rules);

type SchemaObject = { type?: string; properties?: Record<string, { description?: string }> };

describe('plugin', () => {
  it('meta matches package.json', () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version, namespace: 'payment-security' });
  });

  it('rules/ files, the registry and plugin.rules list the same rules', () => {
    expect(Object.keys(rules).sort()).toEqual(ruleFiles);
    expect(Object.keys(plugin.rules).sort()).toEqual(ruleFiles);
  });
});

describe.each(ruleEntries)('rule %s', (name, rule) => {
  const meta = rule.meta;

  it('has consistent metadata', () => {
    expect(rule.name).toBe(name);
    expect(meta.type).toBe('problem');
    expect(meta.docs!.url).toBe(
      `https://github.com/payment-security/eslint-plugin-payment-security/blob/v${packageJson.version}/docs/rules/${name}.md`,
    );
    expect(meta.docs!.description).toMatch(/^[A-Z].*\.$/u);
    expect(['recommended', 'strict']).toContain(meta.docs!.recommended);
    expect(meta.docs!.category).toBe('Security');
    expect(meta.docs!.cwe.length).toBeGreaterThan(0);
    for (const cwe of meta.docs!.cwe) expect(cwe).toMatch(/^CWE-\d+$/u);
    expect(Array.isArray(meta.schema)).toBe(true);
    expect((meta as { fixable?: unknown }).fixable).toBeUndefined();
  });

  it('declares defaultOptions exactly when the schema has options, and describes every option', () => {
    const schema = meta.schema as SchemaObject[];
    const hasOptions = schema.length > 0;
    expect(meta.defaultOptions !== undefined).toBe(hasOptions);
    for (const option of schema) {
      expect(option.type).toBe('object');
      expect((option as { additionalProperties?: boolean }).additionalProperties).toBe(false);
      for (const [key, property] of Object.entries(option.properties ?? {})) {
        expect(property.description, `${name} option ${key}`).toBeTruthy();
        expect((property as { default?: unknown }).default, `${name} option ${key} default`).toBeUndefined();
      }
    }
  });

  it('has messages that are full sentences saying what to do', () => {
    const messages = Object.entries(meta.messages as Record<string, string>);
    expect(messages.length).toBeGreaterThan(0);
    for (const [id, message] of messages) {
      expect(message, `${name}.${id}`).toMatch(/^[A-Z`'"{].*\.$/su);
      expect(message.length, `${name}.${id}`).toBeGreaterThan(12);
    }
    // Report messages (not suggestion labels) say why and what to do: a clause after ';' or a directive verb.
    const reportIds = messages.filter(([, message]) => message.length > 60);
    expect(reportIds.length).toBeGreaterThan(0);
    for (const [id, message] of reportIds) {
      expect(message, `${name}.${id}`).toMatch(/;|\b(?:use|remove|set|replace|move|pass|call|check|verify|switch|add|compare|keep|store|log|mask|validate|wrap|derive|handle|map|read|return|send|rotate|hash|encrypt)\b/iu);
    }
  });

  it('offers suggestions only when it declares hasSuggestions', () => {
    const source = readFileSync(`${root}rules/${name}.ts`, 'utf8');
    expect(source.includes('suggest')).toBe(meta.hasSuggestions === true);
  });

  it('has a docs page with the required sections and a test file', () => {
    const docsPath = `${root}docs/rules/${name}.md`;
    expect(existsSync(docsPath)).toBe(true);
    const docs = readFileSync(docsPath, 'utf8');
    expect(docs).toContain('<!-- end auto-generated rule header -->');
    expect(docs).toContain('## Rule details');
    expect(docs).toContain('## Examples');
    expect(docs).toContain('// ❌');
    expect(docs).toContain('// ✅');
    expect(docs).toContain('## When not to use it');
    expect(docs).toContain('## Further reading');
    expect(docs.includes('## Options')).toBe((meta.schema as unknown[]).length > 0);
    expect(existsSync(`${root}tests/rules/${name}.test.ts`)).toBe(true);
  });
});

describe('presets', () => {
  const enabled = (preset: 'recommended' | 'strict' | 'all'): string[] =>
    Object.keys(plugin.configs[preset].rules ?? {}).sort();
  const prefixed = (names: string[]): string[] => names.map((n) => `payment-security/${n}`).sort();

  it('recommended = rules with docs.recommended "recommended"', () => {
    expect(enabled('recommended')).toEqual(
      prefixed(ruleEntries.filter(([, r]) => r.meta.docs!.recommended === 'recommended').map(([n]) => n)),
    );
  });

  it('strict ⊇ recommended, and adds exactly the strict rules', () => {
    const strict = enabled('strict');
    for (const name of enabled('recommended')) expect(strict).toContain(name);
    expect(strict).toEqual(prefixed(ruleEntries.map(([n]) => n)));
  });

  it('all = every non-deprecated rule', () => {
    expect(enabled('all')).toEqual(
      prefixed(ruleEntries.filter(([, r]) => !(r.meta as { deprecated?: unknown }).deprecated).map(([n]) => n)),
    );
  });

  it('presets are named flat configs without parser, globals or files', () => {
    for (const preset of ['recommended', 'strict', 'all'] as const) {
      const config = plugin.configs[preset];
      expect(config.name).toBe(`payment-security/${preset}`);
      expect(config.plugins?.['payment-security']).toBe(plugin);
      expect(config.languageOptions).toBeUndefined();
      expect(config.files).toBeUndefined();
      for (const severity of Object.values(config.rules ?? {})) expect(severity).toBe('error');
    }
  });

  it('no preset needs type information', () => {
    for (const [, rule] of ruleEntries) {
      expect((rule.meta.docs as { requiresTypeChecking?: boolean }).requiresTypeChecking ?? false).toBe(false);
      expect(presetsOf(rule)).toContain('all');
    }
  });
});
