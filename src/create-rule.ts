import type { TSESTree } from '@typescript-eslint/utils';
import { applyDefault, RuleCreator } from '@typescript-eslint/utils/eslint-utils';
import type { RuleWithMetaAndName } from '@typescript-eslint/utils/eslint-utils';
import type { RuleContext, RuleListener, RuleModule } from '@typescript-eslint/utils/ts-eslint';
import { NAMESPACE, PLUGIN_VERSION, REPOSITORY_URL } from './meta.js';
import { compileTrigger, getFileFacts, matchesTrigger, type Trigger } from './modules/file-facts.js';
import { isTestFile, testFileGlobs } from './modules/test-files.js';
import { registerFilename } from './modules/project-modules.js';

/** Extra `meta.docs` fields every rule declares; configs, docs and SARIF are generated from them. */
export interface PaymentPluginDocs {
  /** Preset that first enables the rule. `strict` includes `recommended`. */
  readonly recommended: 'recommended' | 'strict';
  readonly category: 'Security';
  /** CWE identifiers, e.g. `CWE-295`. */
  readonly cwe: readonly string[];
  /** PCI DSS v4.0.1 requirement numbers, e.g. `4.2.1`. */
  readonly pci: readonly string[];
  readonly requiresTypeChecking?: boolean;
  /**
   * `'skip'`: the rule does not run on test files (test code never handles live payments, so its findings there are
   * noise). Test files are the default globs of src/modules/test-files.ts, or `settings['payment-security'].testFiles`.
   * Rules that treat test files in their own way (with options) leave this out.
   */
  readonly testFiles?: 'skip';
}

export const ruleDocsUrl = (name: string): string =>
  `${REPOSITORY_URL}/blob/v${PLUGIN_VERSION}/docs/rules/${name}.md`;

/** Where users report an internal error; named in the message so the editor shows it. */
export const ISSUES_URL = `${REPOSITORY_URL}/issues`;

/**
 * The message id every rule reports when its own analysis throws. tests/rule-tester.ts and the corpus tests treat
 * any such message as a failure, so containment never hides a bug from this repository's test suite.
 */
export const INTERNAL_ERROR = 'internalError';

const INTERNAL_ERROR_MESSAGE =
  '{{rule}} stopped checking this file after an internal error ({{error}}); other rules and files are unaffected. ' +
  `Please report it with the code that triggers it at ${ISSUES_URL}.`;

const createUncontainedRule = RuleCreator<PaymentPluginDocs>(ruleDocsUrl);

/** A rule's spec: `RuleCreator`'s, plus what makes a file relevant to the rule. */
export type RuleSpec<Options extends readonly unknown[], MessageIds extends string> = Readonly<
  RuleWithMetaAndName<Options, MessageIds, PaymentPluginDocs>
> & {
  /**
   * A necessary condition, on the file's imports and text (src/modules/file-facts.ts), of every report the rule can
   * make. On a file that does not match, the rule does no work at all (`create()` returns no listeners). Derive it
   * from the catalog data the rule's analysis uses; leave it out when the rule can fire on any file.
   */
  readonly relevance?: Trigger;
};

/**
 * `RuleCreator` plus three cross-cutting behaviours. Containment: an exception thrown while a rule sets up or visits
 * a file becomes one `internalError` message on that file (rule name, error, where to report it) instead of aborting
 * the user's whole ESLint run or editor session; the rule's earlier findings on the file stay, its later listeners
 * are skipped. Test files: a rule whose docs say `testFiles: 'skip'` does not run on them. Relevance: a rule whose
 * spec has a `relevance` trigger does not run on files that cannot match it.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  spec: RuleSpec<Options, MessageIds>,
): ReturnType<typeof createUncontainedRule<Options, MessageIds>> {
  const { relevance, ...rest } = spec;
  const rule = createUncontainedRule(rest);
  return contain({ ...rule, create: withSharedOptions(spec) }, spec.name, relevance ? compileTrigger(relevance) : null);
}

/**
 * `create` with the options merged over the defaults once per distinct configuration rather than once per file
 * (`RuleCreator` deep-copies the defaults on every call, and ESLint hands each file a fresh options array). Rules
 * treat their options as read-only, so files with the same configuration share one merged object.
 */
function withSharedOptions<Options extends readonly unknown[], MessageIds extends string>(
  spec: RuleSpec<Options, MessageIds>,
): (context: Readonly<RuleContext<MessageIds, Options>>) => RuleListener {
  const defaults = (spec.meta.defaultOptions ?? spec.defaultOptions ?? []) as Options;
  const merged = new Map<string, Options>();
  return (context) => {
    const key = context.options.length === 0 ? '' : JSON.stringify(context.options);
    let options = merged.get(key);
    if (!options) {
      options = applyDefault(defaults, context.options) as Options;
      if (merged.size < 32) merged.set(key, options);
    }
    return spec.create(context, options);
  };
}

function contain<MessageIds extends string, Options extends readonly unknown[], Rule extends RuleModule<MessageIds, Options, PaymentPluginDocs>>(
  rule: Rule,
  name: string,
  relevance: ReturnType<typeof compileTrigger> | null,
): Rule {
  const create = rule.create;
  return {
    ...rule,
    meta: { ...rule.meta, messages: { ...rule.meta.messages, [INTERNAL_ERROR]: INTERNAL_ERROR_MESSAGE } },
    create(context: Readonly<RuleContext<MessageIds, Options>>): RuleListener {
      if (
        rule.meta.docs?.testFiles === 'skip' &&
        isTestFile(context.filename, testFileGlobs(context.settings), { cwd: context.cwd })
      ) {
        return {};
      }
      registerFilename(context.sourceCode, context.filename);
      if (relevance && !matchesTrigger(getFileFacts(context.sourceCode, context.filename), relevance)) return {};
      let failed = false;
      const fail = (error: unknown, node: TSESTree.Node | undefined): void => {
        if (failed) return;
        failed = true;
        context.report({
          node: node ?? context.sourceCode.ast,
          messageId: INTERNAL_ERROR as MessageIds,
          data: { rule: `${NAMESPACE}/${name}`, error: describeError(error) },
        });
      };
      let listeners: RuleListener;
      try {
        listeners = create(context);
      } catch (error) {
        fail(error, undefined);
        return {};
      }
      const contained: Record<string, (first: unknown, second: unknown, third: unknown) => void> = {};
      for (const [selector, listener] of Object.entries(listeners)) {
        if (typeof listener !== 'function') continue;
        const call = listener as unknown as (first: unknown, second: unknown, third: unknown) => void;
        // Fixed parameters rather than `...args`: listeners run once per node, and ESLint passes at most three
        // arguments (code-path events), so no array is allocated per call.
        contained[selector] = (first: unknown, second: unknown, third: unknown): void => {
          if (failed) return;
          try {
            call(first, second, third);
          } catch (error) {
            fail(error, [first, second, third].find(isNode));
          }
        };
      }
      return contained as unknown as RuleListener;
    },
  } as Rule;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string' && 'range' in value;
}

/**
 * `TypeError: Cannot read properties of undefined (reading 'length')`, on one line and short. Engine messages can
 * quote the input (`"sk_live_…" is not valid JSON`), so long quoted runs and long digit runs are cut out: the message
 * must never carry a secret or a card number from the linted file.
 */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const line = text
    .replace(/\s+/gu, ' ')
    .replace(/(["'`])[^"'`]{25,}\1/gu, '$1…$1')
    .replace(/\d[\d -]{10,}\d/gu, '…')
    .trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
