/**
 * The project beyond the current file: which file a relative import or require names, and what that file exports.
 *
 * Real payment code creates its SDK client, logger or database pool in one module (`lib/stripe.ts`:
 * `export const stripe = new Stripe(key)`) and uses it in others. `findApiReferences` (module-references.ts) asks
 * this module which exports of an imported project file are instances of an API family of the catalog (`stripe`,
 * `pino-logger`, `pg-pool`, …) and then tracks the importing file's uses of them as if the instance were created
 * there, so every rule that works on SDK, logger, HTTP or storage calls sees through the module boundary.
 *
 * Bounded and safe: only relative specifiers and the aliases of the project's tsconfig.json / jsconfig.json
 * (project-aliases.ts) are followed (packages come from the catalog; `node_modules` is never read); files over 1 MB
 * are skipped; each file is read and parsed at most once per process and stamp (size and modification time,
 * file-stamps.ts), summaries are cached per file, stamp and API list; re-exports are followed to a fixed depth;
 * any read or parse failure means "nothing known". No state crosses files except these caches, so results are the
 * same with and without `--concurrency`. ESLint's `--cache` does not know that a file depends on another one: see
 * the README ("--cache and other files").
 */
import { Buffer } from 'node:buffer';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { getStaticKeyName, isTypeOnly, skipWrappers } from '../ast/ast.js';
import { INJECTION_SCOPE_FILES, PROJECT_MODULE_HOPS, PROJECT_REEXPORT_FANOUT } from '../values/budget.js';
import { aliasTargets } from './project-aliases.js';
import { isFolder, stampOf } from './file-stamps.js';

export { stampOf } from './file-stamps.js';

/** How many project modules a summary follows (see budget.ts). */
export const MAX_REEXPORT_DEPTH = PROJECT_MODULE_HOPS;
/**
 * Parsed files kept for summaries with other API lists; older ones are dropped first. A large project's files import
 * hundreds of modules: with 64 the same modules were parsed again and again (Vendure, 500 files linted in place:
 * 16.2 s and 992 MB with 64, 13.7 s and 872 MB with 256, bench/run.js --in-place).
 */
const MAX_PARSED_FILES = 256;

const JS_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

const filenames = new WeakMap<object, string>();

/** Remember which file a SourceCode belongs to (set for every rule run by src/create-rule.ts). */
export function registerFilename(sourceCode: Readonly<SourceCode>, filename: string): void {
  if (isAbsolute(filename)) filenames.set(sourceCode, filename);
}

/** The absolute file name of a SourceCode, when known. */
export function filenameOf(sourceCode: Readonly<SourceCode>): string | null {
  return filenames.get(sourceCode) ?? null;
}

export function isRelativeSpecifier(specifier: unknown): specifier is string {
  return typeof specifier === 'string' && (specifier.startsWith('./') || specifier.startsWith('../'));
}

/**
 * The project file a relative or aliased specifier names, as Node, bundlers and TypeScript resolve it: the exact
 * path, the path with a JS/TS extension, `./x.js` written for `./x.ts`, or the folder's `index` file; an alias of the
 * nearest tsconfig.json / jsconfig.json (`@/lib/stripe`, project-aliases.ts) stands for the path it maps to. Never
 * inside node_modules; a package name is never a project file.
 */
export function resolveProjectFile(fromFile: string, specifier: string): string | null {
  if (isRelativeSpecifier(specifier)) return resolveProjectPath(resolve(dirname(fromFile), specifier));
  for (const target of aliasTargets(fromFile, specifier)) {
    const file = resolveProjectPath(target);
    if (file) return file;
  }
  return null;
}

/**
 * Whether `specifier`, written in `fromFile`, may name a project file: it is relative, or an alias of the project's
 * config maps it to a path (whether that file exists is left to resolveProjectFile). No file look-up for packages.
 */
export function mayNameProjectFile(fromFile: string, specifier: string): boolean {
  return isRelativeSpecifier(specifier) || (isAbsolute(fromFile) && aliasTargets(fromFile, specifier).length > 0);
}

/** Whether `specifier`, written in `fromFile`, names a project file: relative, or an alias that resolves. */
export function isProjectSpecifier(fromFile: string | null, specifier: unknown): specifier is string {
  if (typeof specifier !== 'string') return false;
  if (isRelativeSpecifier(specifier)) return true;
  return fromFile !== null && isAbsolute(fromFile) && resolveProjectFile(fromFile, specifier) !== null;
}

/** A `node_modules` folder anywhere in a path. */
const NODE_MODULES = /(?:^|[\\/])node_modules(?:[\\/]|$)/u;

/** The alternatives of a JS extension: TypeScript sources written as their output (`./x.js` for `./x.ts`). */
const SOURCE_EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx'],
  '.jsx': ['.ts', '.tsx'],
  '.mjs': ['.mts'],
  '.cjs': ['.cts'],
};

/**
 * The first existing file of `base`'s candidates (see resolveProjectFile): the path itself, its TypeScript source
 * (`x.ts` for `x.js`), the path with a JS/TS extension, the folder's `index` file. Each candidate is looked up only
 * when the ones before it are missing.
 */
function resolveProjectPath(base: string): string | null {
  if (NODE_MODULES.test(base)) return null;
  if (!isFolder(dirname(base))) return null; // one look-up instead of one per candidate below
  const extension = extname(base);
  if (JS_EXTENSIONS.includes(extension)) {
    if (stampOf(base)) return base;
    const stem = base.slice(0, -extension.length);
    for (const alternative of SOURCE_EXTENSIONS[extension] ?? []) if (stampOf(stem + alternative)) return stem + alternative;
    return null;
  }
  for (const ext of JS_EXTENSIONS) if (stampOf(base + ext)) return base + ext;
  for (const ext of JS_EXTENSIONS) {
    const index = join(base, `index${ext}`);
    if (stampOf(index)) return index;
  }
  return null;
}

interface ParsedFile {
  readonly stamp: string;
  readonly sourceCode: Readonly<SourceCode> | null;
}

const texts = new Map<string, { readonly stamp: string; readonly text: string | null }>();
/**
 * Characters of the texts kept by projectFileText, least recently used dropped first. Each text is needed a few
 * times close together (the relevance checks of the files that import it, its mention index, its parse); the
 * entries of 4,096 files held 7.2 million characters after 500 Vendure files linted in place (1,271 files read).
 */
const MAX_TEXT_CHARS = 2_000_000;
let textChars = 0;

/** The text of a project file (cached per stamp, for cheap checks before any parse), or null. */
export function projectFileText(path: string): string | null {
  const stamp = stampOf(path);
  if (!stamp) return null;
  const cached = texts.get(path);
  if (cached?.stamp === stamp) {
    texts.delete(path); // keep the most recently used last
    texts.set(path, cached);
    return cached.text;
  }
  let text: string | null;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    text = null;
  }
  if (cached) {
    texts.delete(path);
    textChars -= cached.text?.length ?? 0;
  }
  texts.set(path, { stamp, text });
  textChars += text?.length ?? 0;
  while (texts.size > 1 && (texts.size > MAX_PARSED_FILES * 16 || textChars > MAX_TEXT_CHARS)) {
    const [oldest, entry] = texts.entries().next().value!;
    texts.delete(oldest);
    textChars -= entry.text?.length ?? 0;
  }
  return text;
}

const parsed = new Map<string, ParsedFile>();

/** Parse a project file once per stamp (TypeScript's parser reads every JS and TS dialect we lint). */
export function parseProjectFile(path: string): Readonly<SourceCode> | null {
  const stamp = stampOf(path);
  if (!stamp) return null;
  const cached = parsed.get(path);
  if (cached?.stamp === stamp) {
    parsed.delete(path); // keep the most recently used last
    parsed.set(path, cached);
    return cached.sourceCode;
  }
  let sourceCode: Readonly<SourceCode> | null;
  try {
    const text = projectFileText(path);
    sourceCode = text === null ? null : parse(path, text);
  } catch {
    sourceCode = null;
  }
  parsed.set(path, { stamp, sourceCode });
  if (parsed.size > MAX_PARSED_FILES) parsed.delete(parsed.keys().next().value!);
  return sourceCode;
}

const projectParses = new WeakSet<object>();

/** Whether a SourceCode is a project file parsed here (not the file ESLint is linting). */
export function isProjectParse(sourceCode: Readonly<SourceCode>): boolean {
  return projectParses.has(sourceCode);
}

/**
 * How a project module is parsed, for memory. ESLint parses the linted file; a project module is parsed here only to
 * answer questions about its exports and functions, and up to MAX_PARSED_FILES of them stay in memory. Of a full
 * `parseForESLint` parse, what no analysis reads on a project module is not made, and the scope manager only when read:
 * - tokens and comments (`parseForESLint` always makes them, so typescript-estree's `parse` is called with
 *   `tokens: false, comment: false`; the SourceCode gets empty `ast.tokens` / `ast.comments`, and
 *   module-references.ts finds a project module's `import()` expressions from the AST instead of the tokens);
 * - the parser services with typescript-estree's node maps (maps to the whole TypeScript AST, dropped at once);
 * - the scope manager until an analysis first asks for it (`sourceCode.scopeManager`, `getScope`,
 *   `getDeclaredVariables`): a module asked only for its export sites needs none. It is then made by
 *   scope-manager's `analyze` with the options `parseForESLint` passes it, so scopes are the same.
 * The AST is the one `parseForESLint` returns (same converter, same options) without `tokens` and `comments`.
 * Measured on Vendure, 500 files linted in place with `all` (101 project modules parsed, heap snapshots after the
 * lint): the parsed modules held 39 MB with full parses and hold 21 MB now (tokens and comments were nearly half of
 * each AST; 90 of the 101 modules are asked for scopes). V8 lets the heap grow in proportion to what stays alive,
 * so each retained megabyte costs several at the peak: with the mention index and text cache below, peak RSS went
 * from 510-735 MB (mean 632) to 439-670 MB (mean 547), ESLint parsing alone peaking at 319-347 MB.
 */
interface ParserModules {
  readonly parse: (text: string, options: Record<string, unknown>) => TSESTree.Program;
  readonly analyze: (ast: TSESTree.Program, options: Record<string, unknown>) => unknown;
  readonly visitorKeys: Readonly<Record<string, readonly string[]>>;
  readonly SourceCodeClass: SourceCodeConstructor;
}

let parserModules: ParserModules | null = null;

type SourceCodeConstructor = new (config: Record<string, unknown>) => SourceCode;

/** The scope manager of each project parse, made on first use. */
const lazyScopes = new WeakMap<object, { readonly ast: TSESTree.Program; scopeManager: unknown }>();

/** `analyze` options as `parseForESLint` builds them for `sourceType: 'module'` and no program. */
const ANALYZE_OPTIONS = {
  globalReturn: undefined,
  jsxFragmentName: undefined,
  jsxPragma: undefined,
  lib: undefined,
  sourceType: 'module',
};

function parse(path: string, text: string): Readonly<SourceCode> {
  parserModules ??= loadParser();
  const extension = extname(path);
  const ast = parserModules.parse(text, {
    filePath: path,
    // As parseForESLint passes it: TypeScript then parses every file as a module (top-level `await`, strict mode).
    sourceType: 'module',
    // `.ts` files may use `<T>expr` casts; every other dialect may contain JSX.
    jsx: !['.ts', '.mts', '.cts'].includes(extension),
    range: true,
    loc: true,
    tokens: false,
    comment: false,
  });
  ast.sourceType = 'module';
  (ast as { tokens: unknown[] }).tokens = [];
  (ast as { comments: unknown[] }).comments = [];
  setParents(ast, parserModules.visitorKeys);
  const sourceCode = new parserModules.SourceCodeClass({ text, ast, scopeManager: null, visitorKeys: parserModules.visitorKeys });
  lazyScopes.set(sourceCode, { ast, scopeManager: null });
  registerFilename(sourceCode, path);
  projectParses.add(sourceCode);
  return sourceCode;
}

/** ESLint sets `parent` on every node while it lints a file; a file parsed here needs the same. */
function setParents(root: TSESTree.Node, visitorKeys: Readonly<Record<string, readonly string[]>>): void {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const key of visitorKeys[node.type] ?? []) {
      const value = (node as unknown as Record<string, unknown>)[key];
      const children = Array.isArray(value) ? value : [value];
      for (const child of children) {
        if (child && typeof child === 'object' && typeof (child as { type?: unknown }).type === 'string') {
          (child as { parent?: TSESTree.Node }).parent = node;
          stack.push(child as TSESTree.Node);
        }
      }
    }
  }
}

function loadParser(): ParserModules {
  // Loaded on first use: a file that imports no project module never pays for it. typescript-estree and
  // scope-manager are resolved from @typescript-eslint/parser's own folder: the very modules its parseForESLint uses.
  const require = createRequire(import.meta.url);
  const parserRequire = createRequire(require.resolve('@typescript-eslint/parser'));
  const estree = parserRequire('@typescript-eslint/typescript-estree') as { parse: ParserModules['parse'] };
  const scopes = parserRequire('@typescript-eslint/scope-manager') as { analyze: ParserModules['analyze'] };
  const keys = parserRequire('@typescript-eslint/visitor-keys') as { visitorKeys: ParserModules['visitorKeys'] };
  const eslint = require('eslint') as { SourceCode: SourceCodeConstructor };
  /** ESLint's SourceCode whose `scopeManager` is analysed on first read (the constructor's `null` is ignored). */
  const Base = eslint.SourceCode as unknown as new (config: Record<string, unknown>) => object;
  class ProjectSourceCode extends Base {
    get scopeManager(): unknown {
      const lazy = lazyScopes.get(this);
      if (!lazy) return null;
      lazy.scopeManager ??= scopes.analyze(lazy.ast, ANALYZE_OPTIONS);
      return lazy.scopeManager;
    }

    set scopeManager(_value: unknown) {
      // SourceCode's constructor assigns `null`; the getter makes the real one.
    }
  }
  return { parse: estree.parse, analyze: scopes.analyze, visitorKeys: keys.visitorKeys, SourceCodeClass: ProjectSourceCode as unknown as SourceCodeConstructor };
}

/** Text that can re-export another project file's exports (`export * from './x'`, `export { a } from './x'`). */
export const REEXPORT = /\bexport\s*(?:\*|\{)/u;

/**
 * What follows `export` when it declares a class, function, interface, type or enum. After `export` these words
 * can only start a declaration (anything else does not parse); after `export default`, `async`, `abstract` and
 * `type` may be identifiers (`export default async(key)`), so there only `class`, `function`, `interface`,
 * `async function` and `abstract class` on one line count.
 */
const DECLARATION_AFTER_EXPORT =
  /\s*(?:abstract|async|class|enum|function|interface|type|default\s+(?:class|function|interface|async[\t ]+function|abstract[\t ]+class))(?![\w$])/uy;
const EXPORT_KEYWORD = /\bexport\b/gu;
/** CommonJS exports (`module.exports`, `exports.a`, `module['exports']`) or an escape that could spell one. */
const COMMON_JS_EXPORTS = /exports|\\u|\bmodule\s*[/[]/u;

/**
 * Whether a module's text can export a value that exportSites sees as an expression: `export const/let/var`,
 * `export default <expression>`, `export { a }`, a re-export, or a CommonJS export. A module whose every `export`
 * declares a class, function, interface, type or enum (a typical NestJS `export class PaymentsService`) exports
 * only declarations, which are never an SDK, logger or ORM instance, so its instance exports are known without a
 * parse. Text only and conservative: an `export` in a comment or string,
 * or followed by a comment, counts as one that may export a value. Linear: each `export` looks at the whitespace
 * and keyword right after it.
 */
export function mayExportValues(text: string): boolean {
  if (COMMON_JS_EXPORTS.test(text)) return true;
  for (const match of text.matchAll(EXPORT_KEYWORD)) {
    DECLARATION_AFTER_EXPORT.lastIndex = match.index + 'export'.length;
    if (!DECLARATION_AFTER_EXPORT.test(text)) return true;
  }
  return false;
}

/** `'stripe'`, `"stripe"`, `'stripe/lib/…'`, `'node:https'` or `` `stripe` `` appears in the text as a module name. */
export function mentionsModule(text: string, name: string): boolean {
  let index = text.indexOf(name);
  while (index !== -1) {
    const before = text[index - 1];
    const after = text[index + name.length];
    const opens = before === "'" || before === '"' || before === '`' || before === ':';
    const closes = after === "'" || after === '"' || after === '`' || after === '/';
    if (opens && closes) return true;
    index = text.indexOf(name, index + name.length);
  }
  return false;
}

/** Characters of the module names {@link moduleMentions} indexes: npm names, scopes, subpaths and builtins. */
const INDEXED_MODULE_NAME = /^[\w$+./@~-]+$/u;

/** A character of an indexed module name other than `/`: a letter, digit, `_`, `$`, `+`, `.`, `@`, `~` or `-`. */
function isNameCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 64 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95 ||
    code === 36 ||
    code === 43 ||
    code === 46 ||
    code === 126 ||
    code === 45
  );
}

/** What {@link mentionsModule} accepts before a name (`'`, `"`, `` ` `` or `:`) and after it (a quote or `/`). */
const opensName = (code: number): boolean => code === 39 || code === 34 || code === 96 || code === 58;
const closesName = (code: number): boolean => code === 39 || code === 34 || code === 96 || code === 47;

/**
 * {@link mentionsModule} for every name at once, from one pass over the text: after each quote or `:`, the run of
 * name characters up to a quote or `/` (a name's part before its first `/`). A name without `/` is then a look-up of
 * that part; a name with a `/` is mentioned only if its first part is, and then mentionsModule tells. Same answers:
 * an indexed name has no quote or `:`, so a mention of it cannot overlap an earlier occurrence that mentionsModule
 * skips. A name with other characters is answered by mentionsModule.
 */
export function moduleMentions(text: string): (name: string) => boolean {
  const parts = moduleNameParts(text);
  return (name) => partsMention(parts, name, () => text);
}

/**
 * The parts {@link moduleMentions} looks names up in, a set of strings: kept per project file (see Mentions) instead
 * of every part's positions, which took 8 MB for the 1,046 files whose imports 500 Vendure files ask about.
 */
function moduleNameParts(text: string): ReadonlySet<string> {
  const parts = new Set<string>();
  for (let open = 0; open < text.length; open++) {
    if (!opensName(text.charCodeAt(open))) continue;
    let end = open + 1;
    while (end < text.length && isNameCode(text.charCodeAt(end))) end++;
    if (end < text.length && closesName(text.charCodeAt(end))) parts.add(ownString(text.slice(open + 1, end)));
    // The run holds no opener: the next one is at `end` at the earliest.
    open = end - 1;
  }
  return parts;
}

/**
 * A copy of a slice that does not keep the text it was cut from alive. V8 makes a slice of 13 or more characters a
 * view of the whole text: the parts of the mention index kept every indexed file's text in memory (5.9 MB after 500
 * Vendure files). Parts are ASCII (isNameCode), so a Latin-1 round trip copies them exactly.
 */
function ownString(slice: string): string {
  return slice.length < 13 ? slice : Buffer.from(slice, 'latin1').toString('latin1');
}

/** {@link moduleMentions} from the parts of a text; `text` is read only for a name that needs a scan. */
function partsMention(parts: ReadonlySet<string>, name: string, text: () => string | null): boolean {
  if (INDEXED_MODULE_NAME.test(name)) {
    const slash = name.indexOf('/');
    if (slash === -1) return parts.has(name);
    if (!parts.has(name.slice(0, slash))) return false;
  }
  const whole = text();
  return whole !== null && mentionsModule(whole, name);
}

/** Whether {@link partsMention} answers `name` from the parts alone (no scan of the text). */
function answeredByParts(parts: ReadonlySet<string>, name: string): boolean {
  if (!INDEXED_MODULE_NAME.test(name)) return false;
  const slash = name.indexOf('/');
  return slash === -1 || !parts.has(name.slice(0, slash));
}

/** Module names in a text (`from './x'`, `require('@/y')`, `import('./z')`), comments included. Linear. */
const MODULE_SOURCE = /\b(?:from|require|import)[\s(]*(['"])([^'"\n]{1,300})\1/gu;

/** The relative and aliased module names of a project file's text. */
function projectSpecifiers(path: string, text: string): string[] {
  return [...text.matchAll(MODULE_SOURCE)].map((match) => match[2]!).filter((specifier) => mayNameProjectFile(path, specifier));
}

/**
 * Per project file (while its stamp is unchanged): which module names it mentions, directly or through the files it
 * re-exports (answers per hops and name). Kept per file rather than per question, so a large project's barrels
 * (`export * from …` of dozens of files) are walked once per name and not again after the cache overflows. For
 * memory, an entry keeps neither the text (projectFileText has it while it is cached, and reads it again when not)
 * nor answers that a look-up of its parts gives: only the answers that scanned the text or followed re-exports.
 */
interface Mentions {
  readonly path: string;
  readonly stamp: string;
  /** The text's module name parts ({@link moduleNameParts}). */
  readonly parts: ReadonlySet<string>;
  /** The text can re-export ({@link REEXPORT}). */
  readonly reexports: boolean;
  /** Answers by hops, then by question ({@link questionKey}), of questions not answered by `parts` alone. */
  readonly answers: Map<string, boolean>[];
  /** Per module name: the imported names of a type-only use ({@link typeOnlyImports}), or null for a value use. */
  uses: Map<string, readonly string[] | null> | null;
}

const mentions = new Map<string, Mentions>();
const MAX_MENTION_FILES = 16_384;
const reexportTargets = new Map<string, { readonly text: string; readonly files: readonly string[] }>();

/**
 * Whether one of the project modules `targets` (see resolveProjectFiles) can hand the importing file a client of
 * package `name`: the module's text names the package, or it re-exports (`export * from`, `export { … }`) and one
 * of its own relative modules does, up to PROJECT_MODULE_HOPS. Text only, no parse; a necessary condition for what
 * module-references.ts finds through project imports, used by the per-file relevance checks (file-facts.ts).
 */
export function projectModulesMention(targets: readonly string[], name: string, hops = 1, types?: InstanceTypes): boolean {
  const key = questionKey(name, types);
  return targets.some((target) => fileMentions(target, name, key, types, hops));
}

/**
 * {@link projectModulesMention} of the same `targets` for one name after another (file-facts.ts asks it for every
 * module of every trigger): each target's text is looked up once, not once per name.
 */
export function projectModulesMentioner(targets: readonly string[]): (name: string, types?: InstanceTypes) => boolean {
  const entries = targets.map(mentionsOf).filter((entry) => entry !== null);
  return (name, types) => {
    const key = questionKey(name, types);
    return entries.some((entry) => entryMentions(entry, name, key, types, 1));
  };
}

/**
 * The names a package exports whose type alone lets module-references.ts track an instance (its `typedInstances`:
 * a class the API list constructs, `new Hono()` → `Hono`, a default export → `default`), as file-facts.ts reads
 * them from a trigger's API lists. Given to {@link projectModulesMention}, it makes the question "can a project
 * module hand over an instance of the package" rather than "does it name the package":
 *
 * A project module hands an importing file an instance (module-references.ts `projectExportFamilies`, or a NestJS
 * provider's factory, `providedClients`) only through a reference its own parse yields: one that starts at an
 * import of the package used as a value, or at a declaration annotated with one of these types
 * (`collectTypedInstances`; the parse has no type information). A binding used only as a type, none of these names,
 * yields no reference: its type references are never the value of an export or of a provider, and ReferenceTracker
 * follows no member of a type name (`express.Request` is a qualified name, not a member expression). So a module
 * whose every mention of the package is such an import cannot hand over an instance of it, and the importing file
 * cannot find one there. Without `types`, any mention counts, as before.
 */
export type InstanceTypes = readonly string[];

function questionKey(name: string, types: InstanceTypes | undefined): string {
  return types === undefined ? name : `${name}\0${types.join('\0')}`;
}

/** The project files that the relative `specifiers` of `fromFile` name (missing ones and packages left out). */
export function resolveProjectFiles(fromFile: string, specifiers: Iterable<string>): string[] {
  const targets = new Set<string>();
  for (const specifier of specifiers) {
    const target = resolveProjectFile(fromFile, specifier);
    if (target) targets.add(target);
  }
  return [...targets];
}

/** The project files a text's relative and aliased imports and re-exports name, cached per file and text. */
export function relativeTargetsOf(path: string, text: string): readonly string[] {
  let targets = reexportTargets.get(path);
  if (targets?.text !== text) {
    const specifiers = projectSpecifiers(path, text);
    targets = { text, files: specifiers.length > PROJECT_REEXPORT_FANOUT ? [] : resolveProjectFiles(path, specifiers) };
    reexportTargets.set(path, targets);
  }
  return targets.files;
}

function fileMentions(path: string, name: string, key: string, types: InstanceTypes | undefined, hops: number): boolean {
  const entry = mentionsOf(path);
  return entry !== null && entryMentions(entry, name, key, types, hops);
}

/** The cache entry of a project file for its current stamp, or null when it cannot be read. */
function mentionsOf(path: string): Mentions | null {
  const stamp = stampOf(path);
  if (!stamp) return null;
  let entry = mentions.get(path);
  if (entry?.stamp !== stamp) {
    const text = projectFileText(path);
    if (text === null) return null;
    entry = { path, stamp, parts: moduleNameParts(text), reexports: REEXPORT.test(text), answers: [], uses: null };
    mentions.set(path, entry);
    if (mentions.size > MAX_MENTION_FILES) mentions.delete(mentions.keys().next().value!);
  }
  return entry;
}

function entryMentions(entry: Mentions, name: string, key: string, types: InstanceTypes | undefined, hops: number): boolean {
  const follows = hops < PROJECT_MODULE_HOPS && entry.reexports;
  if (answeredByParts(entry.parts, name)) {
    // The parts answer whether the text names the package; with `types` a mention still needs handsOver.
    const named = entry.parts.has(name);
    if (!named && !follows) return false;
    if (named && types === undefined) return true;
  }
  const answers = (entry.answers[hops] ??= new Map());
  const cached = answers.get(key);
  if (cached !== undefined) return cached;
  const text = (): string | null => projectFileText(entry.path);
  let answer = partsMention(entry.parts, name, text) && (types === undefined || handsOver(entry, name, types));
  if (!answer && follows) {
    const whole = text();
    answer = whole !== null && projectModulesMention(relativeTargetsOf(entry.path, whole), name, hops + 1, types);
  }
  answers.set(key, answer);
  if (reexportTargets.size > MAX_PARSED_FILES * 16) reexportTargets.delete(reexportTargets.keys().next().value!);
  return answer;
}

/**
 * Whether a project module that mentions package `name` can hand over an instance of it (see {@link InstanceTypes}):
 * some mention may load a value, or a binding used only as a type is one of `types` (a namespace or default binding
 * may name any of them, `Koa.Application` or `default`).
 */
function handsOver(entry: Mentions, name: string, types: InstanceTypes): boolean {
  entry.uses ??= new Map();
  let names = entry.uses.get(name);
  if (names === undefined) {
    names = typeOnlyImports(entry, name);
    entry.uses.set(name, names);
  }
  return names === null || names.some((imported) => (imported === '*' || imported === 'default' ? types.length > 0 : types.includes(imported)));
}

/** A binding of an import clause: what it imports (`default`, `*` for a namespace, or a name) and its local name. */
interface ClauseBinding {
  readonly imported: string;
  readonly local: string;
}

/**
 * When every mention of package `name` in a project module is the source of an import declaration whose bindings
 * are all types, the imported names of those bindings (`Request`, `default`, `*`); null when one mention may load
 * a value. A binding is a type when the declaration or specifier says so (`import type …`, `import { type X }`:
 * TypeScript rejects any value use of it, and the text screen below still keeps a module that calls it), or when
 * the module's parse shows only type references to it (`import { Request } from 'express'` with `req: Request`
 * annotations; the parse the instance summaries use, so exactly what they see). Anything else is a value use: a
 * `require`, `import()`, `import x = require()`, a re-export (`export * from 'express'`), an import without
 * bindings, a subpath (`'express/lib/…'`), a mention in a string or comment, a clause with a comment or an unusual
 * shape, a binding whose name is followed by a call, a lower-case member or a template anywhere in the text
 * (checked first, without a parse), a parse failure.
 */
function typeOnlyImports(entry: Mentions, name: string): readonly string[] | null {
  const text = projectFileText(entry.path);
  if (text === null) return null;
  const types: ClauseBinding[] = [];
  const values: ClauseBinding[] = [];
  let found = false;
  for (let index = text.indexOf(name); index !== -1; index = text.indexOf(name, index + name.length)) {
    const before = text.charCodeAt(index - 1);
    const after = text.charCodeAt(index + name.length);
    if (!opensName(before) || !closesName(after)) continue; // not a mention (as mentionsModule)
    found = true;
    // A quoted module name exactly, in `'` or `"` (not `node:…`, a subpath or a template).
    if ((before !== 39 && before !== 34) || after !== before) return null;
    const clause = importClause(text, index - 1);
    if (!clause) return null;
    types.push(...clause.types);
    values.push(...clause.values);
  }
  // Each binding costs a scan of the text: a module importing dozens of names from the package is kept instead.
  if (!found || types.length + values.length > MAX_SCREENED_BINDINGS) return null;
  if ([...types, ...values].some((binding) => mayBeValueUse(text, binding.local))) return null;
  if (values.length === 0) return types.map((binding) => binding.imported);
  const sourceCode = parseProjectFile(entry.path);
  if (!sourceCode || !values.every((binding) => usedOnlyAsType(sourceCode, name, binding.local))) return null;
  return [...types, ...values].map((binding) => binding.imported);
}

/** How many bindings of one package {@link typeOnlyImports} screens in a module. */
const MAX_SCREENED_BINDINGS = 32;

/** How far before `from` an import clause may start (a longer one is not recognised, which keeps the file in). */
const MAX_CLAUSE_LENGTH = 2000;

/** White space, an identifier character, or `{`, `}`, `,`, `*`: what an import clause without comments holds. */
function isClauseCode(code: number): boolean {
  return isIdentifierCode(code) || code === 123 || code === 125 || code === 44 || code === 42 || isSpaceCode(code);
}

function isIdentifierCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36;
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** The tokens of a clause: identifiers and the characters `{`, `}`, `,`, `*` (white space skipped). Linear. */
const CLAUSE_TOKEN = /[\w$]+|[{},*]/gu;

/**
 * The import clause whose source is the string opening at `quote`: `import <clause> from '<name>'`, read back from
 * the quote over clause characters to the `import` keyword. Null for anything else (a re-export, an import without
 * bindings, a clause with a comment or any other character, a shape not listed here).
 */
function importClause(text: string, quote: number): { types: ClauseBinding[]; values: ClauseBinding[] } | null {
  let end = quote;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end < 4 || !text.startsWith('from', end - 4) || (end > 4 && isIdentifierCode(text.charCodeAt(end - 5)))) return null;
  const clauseEnd = end - 4;
  let start = clauseEnd;
  while (start > 0 && clauseEnd - start < MAX_CLAUSE_LENGTH && isClauseCode(text.charCodeAt(start - 1))) start--;
  const run = text.slice(start, clauseEnd);
  let keyword = run.lastIndexOf('import');
  while (keyword !== -1 && !isKeywordAt(text, start + keyword)) keyword = keyword === 0 ? -1 : run.lastIndexOf('import', keyword - 1);
  if (keyword === -1) return null;
  const tokens = run.slice(keyword + 'import'.length).match(CLAUSE_TOKEN) ?? [];
  return parseClause(tokens);
}

/** `import` at `index` as a word of its own. */
function isKeywordAt(text: string, index: number): boolean {
  return (index === 0 || !isIdentifierCode(text.charCodeAt(index - 1))) && !isIdentifierCode(text.charCodeAt(index + 'import'.length));
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/u;

/**
 * `[type] Default`, `[type] * as Ns`, `[type] { a, type b, c as d, }`, `Default, * as Ns`, `Default, { … }`, as
 * tokens: the bindings that are types (the declaration's or the specifier's `type`) and the others. Null for any
 * other sequence, an ambiguous use of `type` or `as` as a name, or no binding at all.
 */
function parseClause(tokens: readonly string[]): { types: ClauseBinding[]; values: ClauseBinding[] } | null {
  let index = 0;
  // `import type from 'm'` and `import type, { a } from 'm'` bind a default named `type`.
  const typeOnly = tokens[0] === 'type' && tokens.length > 1 && tokens[1] !== ',';
  if (typeOnly) index = 1;
  const types: ClauseBinding[] = [];
  const values: ClauseBinding[] = [];
  const bind = (binding: ClauseBinding, type: boolean): void => {
    (typeOnly || type ? types : values).push(binding);
  };
  const isName = (token: string | undefined): token is string => token !== undefined && IDENTIFIER.test(token);
  if (isName(tokens[index])) {
    bind({ imported: 'default', local: tokens[index]! }, false);
    index++;
    if (index === tokens.length) return { types, values };
    if (tokens[index] !== ',') return null;
    index++;
  }
  if (tokens[index] === '*') {
    if (tokens[index + 1] !== 'as' || !isName(tokens[index + 2]) || index + 3 !== tokens.length) return null;
    bind({ imported: '*', local: tokens[index + 2]! }, false);
    return { types, values };
  }
  if (tokens[index] !== '{' || tokens.length < index + 2 || tokens[tokens.length - 1] !== '}') return null;
  const specifiers: string[][] = [[]];
  for (const token of tokens.slice(index + 1, -1)) {
    if (token === ',') specifiers.push([]);
    else if (isName(token)) specifiers[specifiers.length - 1]!.push(token);
    else return null;
  }
  if (specifiers[specifiers.length - 1]!.length === 0) specifiers.pop(); // a trailing comma
  for (const specifier of specifiers) {
    const [first, second, third, fourth] = specifier;
    if (specifier.length === 1) bind({ imported: first!, local: first! }, false);
    else if (specifier.length === 2 && first === 'type' && second !== 'as') bind({ imported: second!, local: second! }, true);
    else if (specifier.length === 3 && first !== 'type' && second === 'as') bind({ imported: first!, local: third! }, false);
    else if (specifier.length === 4 && first === 'type' && second !== 'as' && third === 'as') bind({ imported: second!, local: fourth! }, true);
    else return null;
  }
  return types.length + values.length === 0 ? null : { types, values };
}

/**
 * A use of `local` that is certainly or probably a value, by text alone: its name, as a whole identifier, followed
 * by `(`, `` ` `` or `.` and a lower-case letter (`express()`, `Router()`, `express.json`). A screen before the
 * parse that settles the rest: `true` only costs the file its exclusion.
 */
function mayBeValueUse(text: string, local: string): boolean {
  for (let index = text.indexOf(local); index !== -1; index = text.indexOf(local, index + local.length)) {
    if (index > 0 && isIdentifierCode(text.charCodeAt(index - 1))) continue;
    let next = index + local.length;
    if (isIdentifierCode(text.charCodeAt(next))) continue;
    while (isSpaceCode(text.charCodeAt(next))) next++;
    const code = text.charCodeAt(next);
    if (code === 40 || code === 96) return true;
    if (code === 46 && !(text.charCodeAt(next + 1) >= 65 && text.charCodeAt(next + 1) <= 90)) return true;
  }
  return false;
}

/** In the module's parse, the import binding `local` of package `name` has only type references (none as a value). */
function usedOnlyAsType(sourceCode: Readonly<SourceCode>, name: string, local: string): boolean {
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== 'ImportDeclaration' || statement.source.value !== name) continue;
    const specifier = statement.specifiers.find((candidate) => candidate.local.name === local);
    if (!specifier) continue;
    const variables = sourceCode.scopeManager?.getDeclaredVariables(specifier) ?? [];
    return (
      variables.length === 1 &&
      variables[0]!.references.every((reference) => (reference as { isValueReference?: boolean }).isValueReference === false)
    );
  }
  return false;
}

/** A NestJS module file by name (`stripe.module.ts`) or by its `@Module(` decorator. */
const MODULE_FILE = /\.module\.[cm]?[jt]sx?$/u;

function isNestModuleFile(path: string): boolean {
  if (MODULE_FILE.test(basename(path))) return true;
  return projectFileText(path)?.includes('@Module(') === true;
}

const siblingModules = new Map<string, { readonly stamp: number | null; readonly files: readonly string[] }>();

/** The `*.module.ts` (any JS/TS extension) files of a folder, cached per folder while its modification time holds. */
function siblingModuleFiles(folder: string): readonly string[] {
  let stamp: number | null;
  try {
    stamp = statSync(folder, { throwIfNoEntry: false })?.mtimeMs ?? null;
  } catch {
    stamp = null;
  }
  if (stamp === null) return [];
  const cached = siblingModules.get(folder);
  if (cached?.stamp === stamp) return cached.files;
  let files: string[];
  try {
    files = readdirSync(folder)
      .filter((name) => MODULE_FILE.test(name))
      .slice(0, PROJECT_REEXPORT_FANOUT)
      .map((name) => join(folder, name));
  } catch {
    files = [];
  }
  siblingModules.set(folder, { stamp, files });
  if (siblingModules.size > MAX_PARSED_FILES * 16) siblingModules.delete(siblingModules.keys().next().value!);
  return files;
}

/**
 * The project files where the NestJS provider of a string injection token used in `file` (`@Inject('STRIPE_CLIENT')`)
 * can be declared: the files `file` imports, the `*.module.ts` files of its folder (the module that declares the
 * class) and, through module files only, what they import, two hops deep (`payments.module.ts` imports
 * `StripeModule`, whose `providers` come from `./stripe.client`). Nest resolves a string token in the declaring
 * module and the modules it imports; this is that graph, read from import statements and bounded by
 * INJECTION_SCOPE_FILES. `text` is the file's text (the linted file may not be on disk). Relative and aliased
 * imports only; node_modules is never read. Not cached itself: its parts (texts, import targets, folder listings) are.
 */
export function injectionScopeFiles(file: string, text: string): readonly string[] {
  const scope = new Set<string>();
  const add = (target: string): boolean => {
    if (target === file || scope.has(target) || scope.size >= INJECTION_SCOPE_FILES) return false;
    scope.add(target);
    return true;
  };
  let modules: string[] = [];
  for (const target of relativeTargetsOf(file, text)) if (add(target) && isNestModuleFile(target)) modules.push(target);
  for (const sibling of siblingModuleFiles(dirname(file))) if (add(sibling)) modules.push(sibling);
  for (let hop = 0; hop < 2 && modules.length > 0; hop++) {
    const next: string[] = [];
    for (const module of modules) {
      const moduleText = projectFileText(module);
      if (moduleText === null) continue;
      for (const target of relativeTargetsOf(module, moduleText)) if (add(target) && isNestModuleFile(target)) next.push(target);
    }
    modules = next;
  }
  return [...scope];
}

/** What one export of a project file is: an instance of an API family. */
export type ExportSummary = ReadonlyMap<string, string>;

/** The key under which a CommonJS `module.exports = value` is summarised (also what a default import gets). */
export const MODULE_EXPORTS = 'module.exports';

/**
 * The exports of a project file, each as the top-level expression that produces it: `export const x = e`,
 * `export function f`, `export class C`, `export default e`, `export { a as b }`, `module.exports = e`, `module.exports = { a: e }`, `exports.a = e`,
 * plus re-exports `export { a } from './m'` / `export * from './m'` as links to other files.
 */
export interface ExportSite {
  readonly name: string;
  readonly value?: TSESTree.Node;
  readonly from?: { readonly file: string; readonly name: string };
}

export function exportSites(sourceCode: Readonly<SourceCode>, path: string): ExportSite[] {
  const sites: ExportSite[] = [];
  const reexports = sourceCode.ast.body.filter((statement) => statement.type === 'ExportAllDeclaration' || (statement.type === 'ExportNamedDeclaration' && statement.source)).length;
  const followReexports = reexports <= PROJECT_REEXPORT_FANOUT;
  const local = (name: string): TSESTree.Node | undefined => topLevelInit(sourceCode.ast, name);
  for (const statement of sourceCode.ast.body) {
    if (statement.type === 'ExportNamedDeclaration') {
      if (isTypeOnly(statement)) continue;
      const declaration = statement.declaration;
      if (declaration?.type === 'VariableDeclaration') {
        for (const declarator of declaration.declarations) {
          if (declarator.id.type === 'Identifier' && declarator.init) sites.push({ name: declarator.id.name, value: declarator.init });
        }
      } else if ((declaration?.type === 'FunctionDeclaration' || declaration?.type === 'ClassDeclaration') && declaration.id) {
        sites.push({ name: declaration.id.name, value: declaration });
      }
      const source = statement.source?.value;
      const target = typeof source === 'string' ? resolveProjectFile(path, source) : null;
      for (const specifier of statement.specifiers) {
        if (specifier.type !== 'ExportSpecifier' || isTypeOnly(specifier)) continue;
        const exported = moduleExportName(specifier.exported);
        const localName = moduleExportName(specifier.local);
        if (statement.source) {
          if (target && followReexports) sites.push({ name: exported, from: { file: target, name: localName } });
        } else {
          const value = local(localName) ?? importedFrom(sourceCode, path, localName);
          if (value && 'type' in value) sites.push({ name: exported, value });
          else if (value) sites.push({ name: exported, from: value });
        }
      }
    } else if (statement.type === 'ExportAllDeclaration' && !statement.exported && !isTypeOnly(statement)) {
      const target = resolveProjectFile(path, statement.source.value);
      if (target && followReexports) sites.push({ name: '*', from: { file: target, name: '*' } });
    } else if (statement.type === 'ExportDefaultDeclaration') {
      const declaration = statement.declaration;
      if (declaration.type === 'Identifier') {
        const value = local(declaration.name) ?? importedFrom(sourceCode, path, declaration.name);
        if (value && 'type' in value) sites.push({ name: 'default', value });
        else if (value) sites.push({ name: 'default', from: value });
      } else {
        sites.push({ name: 'default', value: declaration });
      }
    } else if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression') {
      commonJsSites(statement.expression, local, sites);
    }
  }
  return sites;
}

export function moduleExportName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === 'Identifier' ? node.name : node.value;
}

/** `module.exports = e`, `module.exports = { a, b: e }`, `exports.a = e`, `module.exports.a = e`. */
function commonJsSites(
  assignment: TSESTree.AssignmentExpression,
  local: (name: string) => TSESTree.Node | undefined,
  sites: ExportSite[],
): void {
  if (assignment.operator !== '=') return;
  const left = assignment.left;
  const right = assignment.right;
  if (isModuleExports(left)) {
    const value = skipWrappers(right);
    if (value.type === 'ObjectExpression') {
      for (const property of value.properties) {
        if (property.type !== 'Property') continue;
        const key = getStaticKeyName(property.key, property.computed);
        if (key === null) continue;
        const inner = skipWrappers(property.value);
        sites.push({ name: key, value: inner.type === 'Identifier' ? (local(inner.name) ?? inner) : inner });
      }
    } else {
      sites.push({ name: MODULE_EXPORTS, value: value.type === 'Identifier' ? (local(value.name) ?? value) : value });
    }
    return;
  }
  if (left.type === 'MemberExpression' && (isModuleExports(left.object) || isIdentifier(left.object, 'exports'))) {
    const key = getStaticKeyName(left.property, left.computed);
    const value = skipWrappers(right);
    if (key !== null) sites.push({ name: key, value: value.type === 'Identifier' ? (local(value.name) ?? value) : value });
  }
}

function isIdentifier(node: TSESTree.Node, name: string): boolean {
  return node.type === 'Identifier' && node.name === name;
}

function isModuleExports(node: TSESTree.Node): boolean {
  return (
    node.type === 'MemberExpression' &&
    isIdentifier(node.object, 'module') &&
    getStaticKeyName(node.property, node.computed) === 'exports'
  );
}

/** The initializer of a top-level `const`/`let`/`var` named `name` (or the function or class so named), or undefined. */
function topLevelInit(program: TSESTree.Program, name: string): TSESTree.Node | undefined {
  for (const statement of program.body) {
    const declaration =
      statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if ((declaration?.type === 'FunctionDeclaration' || declaration?.type === 'ClassDeclaration') && declaration.id?.name === name) {
      return declaration;
    }
    if (declaration?.type !== 'VariableDeclaration') continue;
    for (const declarator of declaration.declarations) {
      if (declarator.id.type === 'Identifier' && declarator.id.name === name && declarator.init) return declarator.init;
    }
  }
  return undefined;
}

/** `import { stripe } from './stripe'; export { stripe }`: the file and export name a local import binding names. */
function importedFrom(
  sourceCode: Readonly<SourceCode>,
  path: string,
  name: string,
): { file: string; name: string } | undefined {
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== 'ImportDeclaration') continue;
    for (const specifier of statement.specifiers) {
      if (specifier.local.name !== name || specifier.type === 'ImportNamespaceSpecifier') continue;
      const target = resolveProjectFile(path, statement.source.value);
      if (!target) return undefined;
      const imported = specifier.type === 'ImportDefaultSpecifier' ? 'default' : moduleExportName(specifier.imported);
      return { file: target, name: imported };
    }
  }
  return undefined;
}
