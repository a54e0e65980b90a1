/**
 * Module aliases a project declares in its `tsconfig.json` or `jsconfig.json`: `compilerOptions.paths`
 * (`"@/*": ["./src/*"]`, the Next.js and Vite default) and `compilerOptions.baseUrl` (`import { stripe } from
 * 'lib/stripe'` with `"baseUrl": "src"`). project-modules.ts turns an aliased specifier into the path it stands for
 * and resolves that like a relative one, so a client created in `src/lib/stripe.ts` is found whether the importing
 * file writes `../lib/stripe` or `@/lib/stripe`.
 *
 * As TypeScript does it: the nearest config file above the importing file counts; `extends` chains of relative
 * files are followed (a few levels; package configs such as `@tsconfig/node20` are not read, they declare no
 * aliases); `paths` patterns are relative to `baseUrl` when set and otherwise to the config that declares them; the
 * exact pattern wins, then the one with the longest prefix; each substitution is tried in order. A bare specifier
 * goes through `baseUrl` only when its first segment is an entry of that folder, so packages (`stripe`,
 * `@nestjs/common`) are never shadowed by a guess. Config files are read at most once per stamp; an unreadable or
 * malformed config means "no aliases".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { stampOf } from './file-stamps.js';

/** Config files names, in TypeScript's order: a folder with both uses `tsconfig.json`. */
const CONFIG_NAMES = ['tsconfig.json', 'jsconfig.json'];
/** `extends` hops followed (real projects use one or two: package config → repository base). */
const MAX_EXTENDS = 4;

interface PathPattern {
  readonly prefix: string;
  /** Null for an exact pattern (no `*`). */
  readonly suffix: string | null;
  readonly targets: readonly string[];
}

export interface ModuleAliases {
  readonly patterns: readonly PathPattern[];
  /** Absolute `baseUrl`, when the config sets one. */
  readonly baseUrl: string | null;
  /**
   * Entries of the `baseUrl` folder, also without their extension (a bare specifier is tried there only when its
   * first segment is one of them).
   */
  readonly baseEntries: ReadonlySet<string>;
}

const configOfFolder = new Map<string, string | null>();
const aliasesOfConfig = new Map<string, { readonly stamp: string; readonly aliases: ModuleAliases | null }>();

/** The aliases in force for `file` (from the nearest tsconfig.json / jsconfig.json), or null when there are none. */
export function aliasesFor(file: string): ModuleAliases | null {
  const config = nearestConfig(dirname(file));
  if (!config) return null;
  const stamp = stampOf(config);
  if (!stamp) return null;
  const cached = aliasesOfConfig.get(config);
  if (cached?.stamp === stamp) return cached.aliases;
  let aliases: ModuleAliases | null;
  try {
    aliases = readAliases(config);
  } catch {
    aliases = null;
  }
  aliasesOfConfig.set(config, { stamp, aliases });
  if (aliasesOfConfig.size > 1024) aliasesOfConfig.delete(aliasesOfConfig.keys().next().value!);
  return aliases;
}

/**
 * The absolute paths (without extension resolution) an aliased specifier stands for, in the order TypeScript tries
 * them; empty when no alias applies.
 */
export function aliasTargets(file: string, specifier: string): string[] {
  if (specifier.startsWith('.') || isAbsolute(specifier) || specifier.includes('\0')) return [];
  const aliases = aliasesFor(file);
  if (!aliases) return [];
  const pattern = bestPattern(aliases.patterns, specifier);
  if (pattern) {
    const star = pattern.suffix === null ? '' : specifier.slice(pattern.prefix.length, specifier.length - pattern.suffix.length);
    return pattern.targets.map((target) => target.replace('*', star));
  }
  if (aliases.baseUrl) {
    if (aliases.baseEntries.has(specifier.split('/', 1)[0]!)) return [join(aliases.baseUrl, specifier)];
  }
  return [];
}

function bestPattern(patterns: readonly PathPattern[], specifier: string): PathPattern | null {
  let best: PathPattern | null = null;
  for (const pattern of patterns) {
    if (pattern.suffix === null) {
      if (pattern.prefix === specifier) return pattern;
      continue;
    }
    const matches =
      specifier.length >= pattern.prefix.length + pattern.suffix.length &&
      specifier.startsWith(pattern.prefix) &&
      specifier.endsWith(pattern.suffix);
    if (matches && (!best || pattern.prefix.length > best.prefix.length)) best = pattern;
  }
  return best;
}

function nearestConfig(folder: string): string | null {
  const visited: string[] = [];
  let current = folder;
  let found: string | null | undefined;
  for (;;) {
    found = configOfFolder.get(current);
    if (found !== undefined) break;
    visited.push(current);
    if (current.split(/[\\/]/u).includes('node_modules')) {
      found = null;
      break;
    }
    found = CONFIG_NAMES.map((name) => join(current, name)).find((path) => stampOf(path) !== null) ?? null;
    if (found) break;
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const path of visited) configOfFolder.set(path, found);
  if (configOfFolder.size > 16_384) configOfFolder.clear();
  return found;
}

interface CompilerOptionsJson {
  readonly baseUrl?: unknown;
  readonly paths?: unknown;
}

/** The aliases of one config file, merged over the configs it extends (the nearest declaration of each wins). */
function readAliases(config: string): ModuleAliases | null {
  let baseUrl: string | null | undefined;
  let paths: { readonly value: Record<string, unknown>; readonly folder: string } | undefined;
  let current: string | null = config;
  for (let hop = 0; current && hop <= MAX_EXTENDS; hop++) {
    const json = readJsonc(current);
    if (!json || typeof json !== 'object') break;
    const options = (json as { compilerOptions?: CompilerOptionsJson }).compilerOptions;
    const folder = dirname(current);
    if (options && typeof options === 'object') {
      if (baseUrl === undefined && typeof options.baseUrl === 'string') baseUrl = resolve(folder, options.baseUrl);
      if (paths === undefined && options.paths && typeof options.paths === 'object' && !Array.isArray(options.paths)) {
        paths = { value: options.paths as Record<string, unknown>, folder };
      }
    }
    current = extendedConfig(folder, (json as { extends?: unknown }).extends);
  }
  const patterns: PathPattern[] = [];
  if (paths) {
    const root = baseUrl ?? paths.folder;
    for (const [key, targets] of Object.entries(paths.value)) {
      if (!Array.isArray(targets)) continue;
      const star = key.indexOf('*');
      if (star !== key.lastIndexOf('*')) continue;
      const resolved = targets.filter((target): target is string => typeof target === 'string').map((target) => resolve(root, target));
      if (resolved.length === 0) continue;
      patterns.push(
        star === -1
          ? { prefix: key, suffix: null, targets: resolved }
          : { prefix: key.slice(0, star), suffix: key.slice(star + 1), targets: resolved },
      );
    }
  }
  if (patterns.length === 0 && !baseUrl) return null;
  return { patterns, baseUrl: baseUrl ?? null, baseEntries: baseUrl ? folderEntries(baseUrl) : new Set() };
}

/** The first relative config an `extends` names (a string or, since TypeScript 5.0, a list; the last one wins there). */
function extendedConfig(folder: string, extendsValue: unknown): string | null {
  const names = Array.isArray(extendsValue) ? [...extendsValue].reverse() : [extendsValue];
  for (const name of names) {
    if (typeof name !== 'string' || !(name.startsWith('.') || isAbsolute(name))) continue;
    const path = resolve(folder, name);
    for (const candidate of [path, `${path}.json`, join(path, 'tsconfig.json')]) {
      if (stampOf(candidate)) return candidate;
    }
  }
  return null;
}

function folderEntries(folder: string): ReadonlySet<string> {
  try {
    const entries = new Set<string>();
    for (const entry of readdirSync(folder)) {
      if (entry === 'node_modules' || entry.startsWith('.')) continue;
      entries.add(entry);
      const dot = entry.indexOf('.');
      if (dot > 0) entries.add(entry.slice(0, dot));
    }
    return entries;
  } catch {
    return new Set();
  }
}

type ParseConfigText = (fileName: string, text: string) => { config?: unknown };

let parseConfigText: ParseConfigText | null | undefined;

/**
 * A config file as JSON. Most are plain JSON; ones with comments or trailing commas go through TypeScript's own
 * config reader when TypeScript is installed (it is whenever TypeScript files are linted), otherwise nothing.
 */
function readJsonc(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    if (parseConfigText === undefined) {
      try {
        const require = createRequire(import.meta.url);
        parseConfigText = (require('typescript') as { parseConfigFileTextToJson: ParseConfigText }).parseConfigFileTextToJson;
      } catch {
        parseConfigText = null;
      }
    }
    return parseConfigText ? parseConfigText(path, text).config : null;
  }
}
