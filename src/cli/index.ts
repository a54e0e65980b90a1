import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, posix, relative, resolve, sep } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { INTERNAL_ERROR, ISSUES_URL } from '../create-rule.js';
import plugin from '../index.js';
import { NAMESPACE, PLUGIN_VERSION, REPOSITORY_URL } from '../meta.js';
import { parseCliArgs, USAGE, UsageError, type CliOptions } from './args.js';
import { buildEslintOptions, encodeSettings, type LintSettings } from './eslint-options.js';
import { toSarif, type SarifRuleInput } from './sarif.js';
import { DEFAULT_IGNORES, findRepositoryRoot, ignoredByGit } from './workspace.js';

export interface CliIo {
  readonly cwd: string;
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
}

const PROGRAM = 'payment-security';
const GLOB_CHARACTERS = /[*?[\]{}]/u;

const FILE_IGNORED = 'File ignored';
const FILE_IGNORED_MESSAGE = `${FILE_IGNORED}: ${PROGRAM} skips node_modules, build output, .gitignore'd files and --ignore globs.`;

/** `true` for ESLint messages we pass through: our rules, parse failures, and "file ignored" notices. */
function isOurMessage(message: Linter.LintMessage): boolean {
  if (message.ruleId === null) return message.fatal === true || message.message.startsWith(FILE_IGNORED);
  return message.ruleId.startsWith(`${NAMESPACE}/`);
}

/** ESLint's "file ignored" warning names ESLint CLI flags we do not have; say what we skip instead. */
function reword(message: Linter.LintMessage): Linter.LintMessage {
  return message.ruleId === null && message.message.startsWith(FILE_IGNORED)
    ? { ...message, message: FILE_IGNORED_MESSAGE }
    : message;
}

/** Keep only our messages (inline `/* eslint ... *\/` comments may enable other rules) and recount. */
export function onlyOurMessages(results: readonly ESLint.LintResult[]): ESLint.LintResult[] {
  return results.map((result) => {
    const messages = result.messages.filter(isOurMessage).map(reword);
    const errors = messages.filter((message) => message.severity === 2);
    return {
      ...result,
      messages,
      suppressedMessages: result.suppressedMessages.filter(isOurMessage),
      errorCount: errors.length,
      fatalErrorCount: errors.filter((message) => message.fatal === true).length,
      warningCount: messages.length - errors.length,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    };
  });
}

function checkRules(names: readonly string[]): void {
  const known = Object.keys(plugin.rules);
  for (const name of names) {
    if (!known.includes(name)) {
      throw new UsageError(`Unknown rule "${name}". Available rules: ${known.join(', ')}.`);
    }
  }
}

/** Rules that run: the `--rule`s, or the preset's rules. */
function enabledRules(options: CliOptions): SarifRuleInput[] {
  const names =
    options.rules.length > 0
      ? options.rules
      : Object.keys(plugin.configs[options.preset].rules ?? {}).map((id) => id.slice(NAMESPACE.length + 1));
  return names.map((name) => ({
    id: `${NAMESPACE}/${name}`,
    meta: (plugin.rules as Record<string, { meta?: SarifRuleInput['meta'] }>)[name]?.meta ?? {},
  }));
}

/** Patterns/paths as typed relative to the user's directory, rewritten for ESLint's base path (the repository root). */
function toBase(pattern: string, cwd: string, base: string): string {
  const negated = pattern.startsWith('!');
  const body = negated ? pattern.slice(1) : pattern;
  const prefix = relative(base, cwd).split(sep).join('/');
  const rebased = prefix === '' ? body : posix.join(prefix, body);
  return negated ? `!${rebased}` : rebased;
}

function startProgress(stderr: CliIo['stderr']): () => void {
  if (stderr.isTTY !== true) return () => undefined;
  const started = Date.now();
  let shown = false;
  const timer = setInterval(() => {
    shown = true;
    stderr.write(`\r${PROGRAM}: linting... ${Math.round((Date.now() - started) / 1000)}s`);
  }, 1000);
  timer.unref();
  return () => {
    clearInterval(timer);
    if (shown) stderr.write('\r\u001B[K');
  };
}

async function createEslint(settings: LintSettings): Promise<ESLint> {
  if (settings.concurrency === 'off') return new ESLint(await buildEslintOptions(settings));
  if (typeof ESLint.fromOptionsModule !== 'function') {
    throw new UsageError(`--concurrency needs ESLint 9.34 or later (found ${ESLint.version}).`);
  }
  const url = new URL(`./eslint-options-module.js?settings=${encodeSettings(settings)}`, import.meta.url);
  return ESLint.fromOptionsModule(url);
}

/**
 * ESLint's own "no files" errors are user mistakes: a glob that matches nothing, or a path with nothing left to lint
 * (only ignored files, or no JS/TS files at all, which ESLint also words as "all files are ignored").
 */
function asUsageError(error: unknown, patterns: readonly string[], paths: readonly string[]): UsageError | null {
  const { messageTemplate, messageData } = (error ?? {}) as { messageTemplate?: unknown; messageData?: { pattern?: unknown } };
  if (messageTemplate !== 'file-not-found' && messageTemplate !== 'all-matched-files-ignored') return null;
  const index = patterns.indexOf(String(messageData?.pattern));
  const path = index === -1 ? String(messageData?.pattern) : paths[index]!;
  return new UsageError(
    messageTemplate === 'file-not-found'
      ? `No files match "${path}".`
      : `Nothing to lint in "${path}": no JavaScript or TypeScript files outside node_modules, build output, .gitignore'd paths and --ignore globs.`,
  );
}

async function lint(options: CliOptions, io: CliIo): Promise<number> {
  checkRules(options.rules);
  for (const path of options.paths) {
    if (!GLOB_CHARACTERS.test(path) && !existsSync(resolve(io.cwd, path))) {
      throw new UsageError(`No such file or directory: ${path}`);
    }
  }

  const repositoryRoot = findRepositoryRoot(io.cwd);
  const base = repositoryRoot ?? resolve(io.cwd);
  const settings: LintSettings = {
    cwd: base,
    preset: options.preset,
    rules: options.rules,
    ignores: [
      ...DEFAULT_IGNORES,
      ...ignoredByGit(base, repositoryRoot !== null),
      ...options.ignore.map((glob) => toBase(glob, io.cwd, base)),
    ],
    concurrency: options.concurrency,
  };
  const eslint = await createEslint(settings);
  const patterns = options.paths.map((path) =>
    GLOB_CHARACTERS.test(path) ? toBase(path, io.cwd, base) : resolve(io.cwd, path),
  );

  const stopProgress = startProgress(io.stderr);
  let results: ESLint.LintResult[];
  try {
    results = onlyOurMessages(await eslint.lintFiles(patterns));
  } catch (error) {
    throw asUsageError(error, patterns, options.paths) ?? error;
  } finally {
    stopProgress();
  }

  let report: string;
  if (options.format === 'sarif') {
    const log = toSarif(results, enabledRules(options), base, {
      name: PROGRAM,
      version: PLUGIN_VERSION,
      informationUri: REPOSITORY_URL,
    });
    report = `${JSON.stringify(log, null, 2)}\n`;
  } else {
    const formatter = await eslint.loadFormatter(options.format);
    report = await formatter.format(results, options.output === null ? {} : { color: false });
    if (options.format === 'json') report += '\n';
  }

  if (options.output === null) {
    io.stdout.write(report);
  } else {
    const file = resolve(io.cwd, options.output);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, report);
  }

  const failures = internalErrors(results, base);
  if (failures.length > 0) {
    io.stderr.write(
      `${PROGRAM}: a rule stopped early on ${failures.length} file(s) after an internal error; their other findings ` +
        `are in the report above, and every other file was linted:\n${failures.map((line) => `  ${line}\n`).join('')}` +
        `Please report it with the code that triggers it at ${ISSUES_URL}.\n`,
    );
    return 2;
  }
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  if (errors > 0) return 1;
  if (options.maxWarnings !== null && warnings > options.maxWarnings) {
    io.stderr.write(`${PROGRAM}: ${warnings} warnings exceed --max-warnings ${options.maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

/** `src/pay.ts (payment-security/no-weak-tls)` for each file where one of our rules reported an internal error. */
export function internalErrors(results: readonly ESLint.LintResult[], base: string): string[] {
  return results.flatMap((result) => {
    const rules = [
      ...new Set(result.messages.filter((message) => message.messageId === INTERNAL_ERROR).map((message) => message.ruleId)),
    ];
    return rules.length === 0 ? [] : [`${relative(base, result.filePath).split(sep).join('/')} (${rules.join(', ')})`];
  });
}

/** Run the CLI; resolves to the exit code (0 clean, 1 findings, 2 usage or internal error). Never throws. */
export async function run(
  argv: readonly string[],
  io: CliIo = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  try {
    const options = parseCliArgs(argv);
    if (options.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (options.version) {
      io.stdout.write(`${PLUGIN_VERSION}\n`);
      return 0;
    }
    return await lint(options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${PROGRAM}: ${error.message}\nRun "${PROGRAM} --help" for usage.\n`);
    } else {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      io.stderr.write(`${PROGRAM}: internal error: ${detail}\n`);
    }
    return 2;
  }
}
