/**
 * Per-file facts that decide, before any AST walk, whether a rule can report anything in a file: which modules the
 * file loads and which words its text contains. Computed at most once per file (cached by `SourceCode`) and shared
 * by every rule; each rule declares a {@link Trigger} (see `relevance` in src/create-rule.ts) and does not run on
 * files that cannot match it.
 *
 * Every fact is a cheap, conservative over-approximation:
 * - modules: `import`/`export … from`/`import x = require()` statements at the top level (and in `declare module`
 *   blocks), plus every `require('…')` / `import('…')` with a literal name found by a linear scan of the text
 *   (comments included). A `require`/`import()` with a computed name, or a `createRequire`, makes the module set
 *   unknown: every module trigger then matches.
 * - words: whole name segments as src/values/names.ts splits them (`cardNumber` → `card`, `number`), found in the
 *   text anywhere (identifiers, strings, comments). A segment boundary that the splitter would not see is still
 *   accepted, so the check never misses a name that the rule's analysis would classify.
 * - text: plain substrings.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import type { ApiDefinition } from '../catalog/api.js';
import type { NameSequence } from '../catalog/card-data.js';
import { INJECTED_CLIENTS } from '../catalog/providers.js';
import { isAbsolute } from 'node:path';
import { normalizeModuleName, typedInstanceName } from './module-references.js';
import {
  injectionScopeFiles,
  type InstanceTypes,
  mayNameProjectFile,
  projectModulesMentioner,
  resolveProjectFiles,
} from './project-modules.js';
import { typedServices } from './type-checker.js';

export interface FileFacts {
  readonly text: string;
  /** The file's path with `/` separators (empty when unknown). */
  readonly filename: string;
  /** Module names the file loads (without `node:`), type-only imports included. */
  readonly modules: ReadonlySet<string>;
  /** A module is loaded by a computed name or through `createRequire`: any module may be loaded. */
  readonly unknownModules: boolean;
  /** The text has a `require(` or `import(` call (possibly in a comment): only then can a call load a module. */
  readonly hasLoadCalls: boolean;
  /**
   * The file loads `name` or a subpath of it (`stripe/lib/…`), or its module set is unknown, or it imports a project
   * module that names `name` (which may read other files). With `types` (the package's {@link InstanceTypes} for the
   * API lists asked about), a project module counts only when it can hand over an instance of the package: one that
   * imports only types of it, none of `types`, does not (project-modules.ts). Not when the file is linted with type
   * information: then module-references.ts finds instances by their declared type, which such a module may give.
   */
  importsModule(name: string, types?: InstanceTypes): boolean;
  /** {@link importsModule} without project modules: answered from this file alone. */
  loadsModule(name: string): boolean;
  /** `word` (lower case) occurs as a whole name segment somewhere in the text. */
  hasWord(word: string): boolean;
  /** The text contains `part` (memoized: rules asking for the same substring share the scan). */
  contains(part: string): boolean;
  /** {@link hasWord} for one of the words of a list (lower case). */
  hasAnyWord(words: readonly string[]): boolean;
  /** `pattern` matches the text (memoized per pattern object). */
  matches(pattern: RegExp): boolean;
  /** The text in lower case (computed once). */
  lowerText(): string;
}

/** A module load call in code or comments: `require('x')`, `import('x')`, `require?.( "x" )`, `require(name)`. Linear. */
const LOAD_CALL = /\b(?:require|import)\s*(?:\?\.\s*)?\(\s*(?:(['"`])([^'"`\n\\]{1,300})\1)?/gu;

const cache = new WeakMap<object, FileFacts>();

/** Facts of the file; `filename` (`context.filename`) is only needed by triggers with a `files` pattern. */
export function getFileFacts(sourceCode: Readonly<SourceCode>, filename?: string): FileFacts {
  let facts = cache.get(sourceCode);
  // Asked by every rule on every file: a new string only for a Windows path (with backslashes).
  const normalized = filename?.includes('\\') ? filename.replace(/\\/gu, '/') : filename;
  if (!facts || (normalized !== undefined && facts.filename !== normalized)) {
    facts = computeFacts(sourceCode, normalized ?? '');
    cache.set(sourceCode, facts);
  }
  return facts;
}

function computeFacts(sourceCode: Readonly<SourceCode>, filename: string): FileFacts {
  const text = sourceCode.text;
  const modules = new Set<string>();
  let unknownModules = text.includes('createRequire');
  const addStatements = (body: readonly TSESTree.Node[]): void => {
    for (const statement of body) {
      switch (statement.type) {
        case 'ImportDeclaration':
        case 'ExportAllDeclaration':
          addLiteral(statement.source);
          break;
        case 'ExportNamedDeclaration':
          if (statement.source) addLiteral(statement.source);
          break;
        case 'TSImportEqualsDeclaration':
          if (statement.moduleReference.type === 'TSExternalModuleReference') addLiteral(statement.moduleReference.expression);
          break;
        case 'TSModuleDeclaration':
          if (statement.body?.type === 'TSModuleBlock') addStatements(statement.body.body);
          break;
        default:
          break;
      }
    }
  };
  const addLiteral = (node: TSESTree.Node): void => {
    if (node.type === 'Literal' && typeof node.value === 'string') modules.add(normalizeModuleName(node.value));
  };
  addStatements((sourceCode.ast as TSESTree.Program).body);
  let hasLoadCalls = false;
  if (text.includes('require') || text.includes('import')) {
    for (const match of text.matchAll(LOAD_CALL)) {
      hasLoadCalls = true;
      if (match[2] === undefined) unknownModules = true;
      else modules.add(normalizeModuleName(match[2]));
    }
  }

  // Every package a loaded subpath belongs to (`stripe/lib/x` → `stripe`, `stripe/lib`), so that `importsModule` is
  // a set look-up whatever the length of the trigger's module list.
  const packages = new Set<string>();
  for (const module of modules) {
    for (let slash = module.indexOf('/', 1); slash !== -1; slash = module.indexOf('/', slash + 1)) packages.add(module.slice(0, slash));
  }
  let projectModules: string[] | null = null;
  let injects: boolean | null = null;
  let typeChecked: boolean | null = null;
  const projectAnswers = new Map<string, boolean>();
  let projectMention: ((name: string, types?: InstanceTypes) => boolean) | null = null;
  let lower: string | null = null;
  let index: WordIndex | null = null;
  const parts = new Map<string, boolean>();
  const patterns = new Map<RegExp, boolean>();
  const hasWord = (word: string): boolean => {
    lower ??= text.toLowerCase();
    // Case mapping changed the length (rare non-ASCII letters): positions no longer line up, so accept.
    if (lower.length !== text.length) return true;
    index ??= wordIndex(text, lower);
    return index(word);
  };
  return {
    text,
    filename,
    modules,
    unknownModules,
    hasLoadCalls,
    loadsModule(name: string): boolean {
      return unknownModules || modules.has(name) || packages.has(name);
    },
    importsModule(name: string, types?: InstanceTypes): boolean {
      if (unknownModules || modules.has(name) || packages.has(name)) return true;
      // A client of the package created in a project module and imported from there (project-modules.ts).
      if (!isAbsolute(filename)) return false;
      // Relative and aliased (`@/lib/stripe`, project-aliases.ts) module names, found once per file.
      projectModules ??= [...modules].filter((module) => mayNameProjectFile(filename, module));
      // A NestJS string injection token (`@Inject('STRIPE_CLIENT')`) may be provided by a module the file's folder
      // declares (project-modules.ts injectionScopeFiles), which the file itself does not import.
      injects ??= text.includes('Inject(') || text.includes('Dependencies(');
      if (projectModules.length === 0 && !injects) return false;
      typeChecked ??= typedServices(sourceCode) !== null;
      const asked = typeChecked ? undefined : types;
      const key = asked === undefined ? name : `${name}\0${asked.join('\0')}`;
      let answer = projectAnswers.get(key);
      if (answer === undefined) {
        // Resolved once per file: a file with hundreds of relative requires must not stat them once per trigger.
        projectMention ??= projectModulesMentioner(
          injects
            ? [...new Set([...resolveProjectFiles(filename, projectModules), ...injectionScopeFiles(filename, text)])]
            : resolveProjectFiles(filename, projectModules),
        );
        answer = projectMention(name, asked);
        projectAnswers.set(key, answer);
      }
      return answer;
    },
    hasWord,
    hasAnyWord(list: readonly string[]): boolean {
      return list.some(hasWord);
    },
    contains(part: string): boolean {
      let found = parts.get(part);
      if (found === undefined) {
        found = text.includes(part);
        parts.set(part, found);
      }
      return found;
    },
    matches(pattern: RegExp): boolean {
      let found = patterns.get(pattern);
      if (found === undefined) {
        const names = WHOLE_NAME_PARTS.get(pattern);
        pattern.lastIndex = 0;
        found = (names === undefined || names.some((name) => text.includes(name))) && pattern.test(text);
        patterns.set(pattern, found);
      }
      return found;
    },
    lowerText(): string {
      lower ??= text.toLowerCase();
      return lower;
    },
  };
}

const isUpper = (code: number): boolean => code >= 65 && code <= 90;
const isLower = (code: number): boolean => code >= 97 && code <= 122;
const isLetter = (code: number): boolean => isUpper(code) || isLower(code) || code > 127;

/*
 * Name segments. `word` occurs in `text` as a segment when the lower-case text has it at a position where
 * src/values/names.ts `splitName` could start a segment and the position after it could end one. Accepts a superset:
 * a start after a non-letter, at a lower→upper step, or at the last capital of an acronym (`XMLPan`); an end before
 * anything but a lower-case letter (non-ASCII letters count as letters on both sides, conservatively).
 */

/** Whether a segment can start at `text[index]` (see above). */
function startsSegment(text: string, index: number): boolean {
  const first = text.charCodeAt(index);
  const before = index > 0 ? text.charCodeAt(index - 1) : 32;
  return (
    !isLetter(before) ||
    before > 127 ||
    first > 127 ||
    (isUpper(first) && (isLower(before) || isLower(text.charCodeAt(index + 1))))
  );
}

/** Whether a segment can end right before `text[index]` (or at the end of the text). */
function endsSegment(text: string, index: number): boolean {
  return index >= text.length || !isLower(text.charCodeAt(index));
}

/**
 * Words up to this length are looked up in the set of the text's segments (as numbers: a letter, digit or `_` is a
 * digit in base 38, so five of them stay a small integer); longer ones in the set of segment starts by their first
 * five characters, and only when one matches, by a scan of the text.
 */
const SHORT_WORD = 5;
const BASE = 38;
/** The characters of the words the index knows: other words are found by {@link hasSegment}. */
const INDEXED_WORD = /^[\d_a-z]+$/u;

/** A character's digit in the word code: `a`–`z` 1–26, `0`–`9` 27–36, `_` 37; 0 for any other character. */
function wordDigit(code: number): number {
  if (code >= 97 && code <= 122) return code - 96;
  if (code >= 48 && code <= 57) return code - 21;
  return code === 95 ? 37 : 0;
}

/** The number for the first `length` characters of an indexed word. */
function wordCode(word: string, length: number): number {
  let code = 0;
  for (let index = 0; index < length; index++) code = code * BASE + wordDigit(word.charCodeAt(index));
  return code;
}

/** Whether a lower-case word occurs as a segment of the text (the text's lower case has the same length). */
type WordIndex = (word: string) => boolean;

/**
 * One pass over the text: the number of every segment of up to SHORT_WORD letters, digits and `_`, and (negated)
 * of the first SHORT_WORD characters of every longer run from a segment start. At most SHORT_WORD + 1 steps and
 * numbers per position, however long the run of letters or digits: linear, and no strings made. A short word is then
 * one look-up; a longer one is scanned for only when a segment starts with its first characters.
 */
function wordIndex(text: string, lower: string): WordIndex {
  const segments = new Set<number>();
  for (let start = 0; start < lower.length; start++) {
    if (wordDigit(lower.charCodeAt(start)) === 0 || !startsSegment(text, start)) continue;
    let code = 0;
    let end = start;
    while (end < start + SHORT_WORD) {
      const digit = wordDigit(lower.charCodeAt(end));
      if (digit === 0) break;
      code = code * BASE + digit;
      end++;
      if (endsSegment(text, end)) segments.add(code);
    }
    // A longer run from here: its first characters, for words longer than SHORT_WORD.
    if (end === start + SHORT_WORD && wordDigit(lower.charCodeAt(end)) !== 0) segments.add(-code);
  }
  // Scans for longer words and words of other characters, once per word.
  const scanned = new Map<string, boolean>();
  const scan = (word: string): boolean => {
    let found = scanned.get(word);
    if (found === undefined) {
      found = hasSegment(text, lower, word);
      scanned.set(word, found);
    }
    return found;
  };
  return (word) => {
    const code = codeOf(word);
    if (code > 0) return segments.has(code);
    return (Number.isNaN(code) || segments.has(code)) && scan(word);
  };
}

/**
 * The number of each word asked so far, for every file (the words come from the triggers' vocabularies): a short
 * word's segment number, the negated number of a longer word's first SHORT_WORD characters, or NaN for a word with
 * other characters. Cleared when it grows past a bound.
 */
const wordCodes = new Map<string, number>();
const MAX_WORD_CODES = 65_536;

function codeOf(word: string): number {
  let code = wordCodes.get(word);
  if (code === undefined) {
    if (!INDEXED_WORD.test(word)) code = Number.NaN;
    else code = word.length <= SHORT_WORD ? wordCode(word, word.length) : -wordCode(word, SHORT_WORD);
    if (wordCodes.size >= MAX_WORD_CODES) wordCodes.clear();
    wordCodes.set(word, code);
  }
  return code;
}

/** Whether `word` occurs in `text` as a segment, by a scan of the lower-case text. */
function hasSegment(text: string, lower: string, word: string): boolean {
  for (let index = lower.indexOf(word); index !== -1; index = lower.indexOf(word, index + 1)) {
    if (startsSegment(text, index) && endsSegment(text, index + word.length)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Triggers
// ---------------------------------------------------------------------------------------------------------------

/**
 * What makes a file relevant to a rule. The file is relevant when ANY field matches (fields are alternatives);
 * `allOf` is one more alternative that needs every listed trigger. A trigger must be a necessary condition of every
 * report the rule can make: when in doubt, add an alternative.
 */
export interface Trigger {
  /** The file loads one of these modules (or a subpath), itself or through a project module it imports. */
  readonly modules?: readonly string[];
  /**
   * The file itself loads one of these modules (or a subpath): for analyses that read the file's own import
   * declarations, which a project module loading the package does not change.
   */
  readonly ownModules?: readonly string[];
  /**
   * The modules and globals the API entries are rooted at: the file loads such a module or names such a global, or
   * imports a project module that can hand over an instance of the lists (one that imports only types of the
   * module, none of them a type whose annotation marks an instance, cannot: project-modules.ts InstanceTypes).
   */
  readonly apis?: readonly (readonly ApiDefinition[])[];
  /** Whole name segments, lower case (`cvv`, `secret`). */
  readonly words?: readonly string[];
  /**
   * Name segment sequences, lower case (`['access', 'token']`): a name containing the sequence has each of its
   * segments as a whole segment of the text, so the file must have them all.
   */
  readonly names?: readonly NameSequence[];
  /** Substrings of the text, case-sensitive. */
  readonly text?: readonly string[];
  /** Substrings of the text, case-insensitive (given in lower case). */
  readonly textIgnoreCase?: readonly string[];
  /** A linear-time pattern tested on the text. */
  readonly pattern?: RegExp;
  /** A pattern tested on the file's path (`/` separators): for analyses that recognise files by path. */
  readonly files?: RegExp;
  readonly anyOf?: readonly Trigger[];
  readonly allOf?: readonly Trigger[];
}

export interface CompiledTrigger {
  readonly modules: readonly string[];
  /**
   * For modules that come from `apis` only: the names whose type marks an instance in those lists (apiRoots), so a
   * project module importing only other types of the package does not count ({@link FileFacts.importsModule}).
   */
  readonly instanceTypes: ReadonlyMap<string, InstanceTypes>;
  readonly ownModules: readonly string[];
  /** Case-sensitive substrings (text parts and global names) as one alternation: one scan of the text. */
  readonly text: RegExp | null;
  readonly textIgnoreCase: RegExp | null;
  /** Whole name segments, lower case ({@link Trigger.words} and single-segment {@link Trigger.names}). */
  readonly words: readonly string[];
  /** Sequences of two or more segments ({@link Trigger.names}; single segments join `words`). */
  readonly names: readonly (readonly string[])[];
  readonly pattern: RegExp | null;
  readonly files: RegExp | null;
  readonly anyOf: readonly CompiledTrigger[];
  readonly allOf: readonly CompiledTrigger[] | null;
}

const compiledCache = new WeakMap<Trigger, CompiledTrigger>();

/** Compiles a trigger once (shared triggers used by several rules share the compiled form and its answers). */
export function compileTrigger(trigger: Trigger): CompiledTrigger {
  let compiled = compiledCache.get(trigger);
  if (!compiled) {
    compiled = compile(trigger);
    compiledCache.set(trigger, compiled);
  }
  return compiled;
}

function compile(trigger: Trigger): CompiledTrigger {
  const named = new Set(trigger.modules?.map(normalizeModuleName) ?? []);
  const modules = new Set(named);
  const text = [...(trigger.text ?? [])];
  const types = new Map<string, Set<string>>();
  for (const list of trigger.apis ?? []) {
    const roots = apiRoots(list);
    for (const root of roots.modules) {
      modules.add(root);
      const known = types.get(root) ?? new Set();
      for (const name of roots.types.get(root) ?? []) known.add(name);
      types.set(root, known);
    }
    text.push(...roots.globals);
  }
  // A module also listed by name may be asked about for any API list: every type counts there.
  const instanceTypes = new Map<string, InstanceTypes>();
  for (const [module, names] of types) if (!named.has(module)) instanceTypes.set(module, [...names].sort());
  const sequences = (trigger.names ?? []).map((sequence) => sequence.map((word) => word.toLowerCase()).filter((word) => word !== ''));
  const single = sequences.filter((sequence) => sequence.length === 1).map((sequence) => sequence[0]!);
  const wordList = [...new Set([...(trigger.words ?? []).map((word) => word.toLowerCase()), ...single])].filter((word) => word !== '');
  return {
    modules: [...modules],
    instanceTypes,
    ownModules: [...new Set(trigger.ownModules?.map(normalizeModuleName) ?? [])],
    text: alternation(minimalParts(text), 'u'),
    textIgnoreCase: alternation(minimalParts((trigger.textIgnoreCase ?? []).map((part) => part.toLowerCase())), 'iu'),
    words: wordList,
    names: sequences.filter((sequence) => sequence.length > 1),
    pattern: trigger.pattern ?? null,
    files: trigger.files ?? null,
    anyOf: (trigger.anyOf ?? []).map(compileTrigger),
    allOf: trigger.allOf ? trigger.allOf.map(compileTrigger) : null,
  };
}

/**
 * The names of each {@link wholeNames} pattern, for a plain substring check before the pattern runs: a pattern that
 * starts with a look-behind gets no fast literal scan from the regex engine, and most files contain none of the names.
 */
const WHOLE_NAME_PARTS = new WeakMap<RegExp, readonly string[]>();

/**
 * A pattern for a trigger's `pattern`: one of `names` as a whole identifier (not preceded or followed by a letter,
 * digit, `_` or `$`). Literal alternatives between fixed-width look-arounds: linear.
 */
export function wholeNames(names: readonly string[]): RegExp {
  const sorted = [...new Set(names)].sort((x, y) => y.length - x.length);
  const pattern = new RegExp(`(?<![\\w$])(?:${sorted.map((name) => name.replace(/[$\\]/gu, '\\$&')).join('|')})(?![\\w$])`, 'u');
  WHOLE_NAME_PARTS.set(pattern, minimalParts(sorted));
  return pattern;
}

/** A pattern for a trigger's `files`: one of `parts` anywhere in the path, ignoring case (literals only: linear). */
export function pathParts(parts: readonly string[]): RegExp {
  return alternation(parts, 'iu') ?? /$^/u;
}

/** Drops every substring that contains another one of the list: a text containing `sk_live_` contains `sk_`. */
function minimalParts(parts: readonly string[]): string[] {
  const unique = [...new Set(parts)].filter((part) => part !== '');
  return unique.filter((part) => !unique.some((other) => other !== part && part.includes(other)));
}

/** Literal alternatives, longest first, as one regex (literals only: linear). */
function alternation(parts: readonly string[], flags: string): RegExp | null {
  if (parts.length === 0) return null;
  const sorted = [...parts].sort((x, y) => y.length - x.length);
  return new RegExp(sorted.map((part) => part.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')).join('|'), flags);
}

const answers = new WeakMap<FileFacts, Map<CompiledTrigger, boolean>>();

/** Whether the file can be relevant; answers are kept per file and trigger, so rules sharing a trigger share them. */
export function matchesTrigger(facts: FileFacts, trigger: CompiledTrigger): boolean {
  let perFile = answers.get(facts);
  if (!perFile) {
    perFile = new Map();
    answers.set(facts, perFile);
  }
  let answer = perFile.get(trigger);
  if (answer === undefined) {
    answer = evaluate(facts, trigger);
    perFile.set(trigger, answer);
  }
  return answer;
}

/** Cheapest checks first: the file's own imports and text, then nested triggers, then project modules' texts. */
function evaluate(facts: FileFacts, trigger: CompiledTrigger): boolean {
  return evaluateLocally(facts, trigger) || trigger.modules.some((module) => facts.importsModule(module, trigger.instanceTypes.get(module)));
}

function evaluateLocally(facts: FileFacts, trigger: CompiledTrigger): boolean {
  if (trigger.modules.some((module) => facts.loadsModule(module))) return true;
  if (trigger.ownModules.some((module) => facts.loadsModule(module))) return true;
  if (trigger.text && facts.matches(trigger.text)) return true;
  if (trigger.textIgnoreCase && facts.matches(trigger.textIgnoreCase)) return true;
  if (facts.hasAnyWord(trigger.words)) return true;
  if (trigger.names.some((sequence) => sequence.every((word) => facts.hasWord(word)))) return true;
  if (trigger.pattern && facts.matches(trigger.pattern)) return true;
  if (trigger.files?.test(facts.filename)) return true;
  if (trigger.anyOf.some((inner) => matchesTrigger(facts, inner))) return true;
  return trigger.allOf !== null && trigger.allOf.every((inner) => matchesTrigger(facts, inner));
}

interface ApiRoots {
  readonly modules: readonly string[];
  readonly globals: readonly string[];
  /** Per module: the names whose type marks an instance of the list (module-references.ts `typedInstanceName`). */
  readonly types: ReadonlyMap<string, readonly string[]>;
}

const rootsCache = new WeakMap<readonly ApiDefinition[], ApiRoots>();

/**
 * Modules and globals a list of API entries is rooted at (instance entries hang off other entries of the list), and
 * the packages whose injection decorators hand over an instance the list produces.
 */
export function apiRoots(definitions: readonly ApiDefinition[]): ApiRoots {
  let roots = rootsCache.get(definitions);
  if (!roots) {
    const modules = new Set<string>();
    const globals = new Set<string>();
    const families = new Set<string>();
    const types = new Map<string, string[]>();
    for (const definition of definitions) {
      const { from, returns } = definition;
      if ('module' in from) {
        const module = normalizeModuleName(from.module);
        modules.add(module);
        const typed = typedInstanceName(definition);
        if (typed !== null) types.set(module, [...(types.get(module) ?? []), typed]);
      } else if ('global' in from) globals.add(from.global);
      if (returns) families.add(returns);
    }
    // A client the file receives from a NestJS injection decorator (module-references.ts, typed instances).
    for (const entry of INJECTED_CLIENTS) if (families.has(entry.family)) modules.add(entry.module);
    roots = { modules: [...modules], globals: [...globals], types };
    rootsCache.set(definitions, roots);
  }
  return roots;
}

