/**
 * Sensitive data in expressions: does this value carry a card number, security code, expiry, track/PIN data,
 * a secret (a secret name, or the whole `process.env`), a whole card object or a whole request body/headers?
 *
 * Names are matched by whole segment (`names.ts`), member chains supply card context (`card.number`), and the
 * analysis follows constants, destructuring, spreads, object literals, template literals, concatenation,
 * value-preserving string methods (`trim`, `replace`, `toString`), `JSON.stringify`, `String()` and errors built
 * from a value. Values through mask / redact / hash / encrypt / tokenize helpers, truncation (`slice(-4)`),
 * masking `replace` calls, safe fields (`last4`, `brand`, `fingerprint`) and ids are safe. Unknown calls are
 * unknown, and unknown is never reported.
 *
 * The analysis is a domain of the backward evaluator (src/values/backward.ts), one evaluator per file and option
 * combination: the core owns the memo per node, the cycle guard, the depth bound (NESTED_VALUE_DEPTH) and the shapes
 * it evaluates for every domain (sequences, conditionals, `await`, arrays, spreads); the modes that change answers
 * below a node (inside an encrypting call with `encryptedSecurityCodes`, below a card-named object key) are its
 * evaluation contexts. A node's answer is a list of origins independent of where the question came from; reporting
 * at the use site, `isValue` through plain aliases and the carrying object property are applied when answers are
 * combined (see `Origin`). What stays the analysis' own, and why:
 * - names are followed only to single-definition constants: a name whose declaration is its only write through the
 *   core's variable model (`variable`, memoised per variable), the rest through the shared resolver (static-values.ts
 *   `resolveIdentifier`/`resolveExpression`: `let v; v = X` only after the assignment, a parameter only through the
 *   one call of a nested helper, members of constant literals, same-file calls). The core's model would join every
 *   write of a `let` and every call's argument — more findings, against precision first — and the resolver's answers
 *   depend on the use site, so identifiers are decided per node in the domain's `node` rule;
 * - a name the analysis classifies (`pan` a finding, `last4` safe) is not followed at all, and a destructured name
 *   is classified by its key and the object it was read from (`const { number } = card`), not by pattern steps.
 * The depth bound counts nested steps from the question as before, but answers are memoised for the file: a node
 * first reached at the bound keeps the cut answer when asked again from closer (and the reverse), where the visitor
 * recomputed every question. Chains of a dozen constants are not seen in practice.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '../ast/eslint-utils.js';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { PROVIDER_CARD_COMPONENTS, PROVIDERS, SERVER_SDK_MODULES } from '../catalog/providers.js';
import { ENCRYPTION_SEGMENTS } from '../catalog/card-data.js';
import { REQUEST_BODY_METHODS } from '../catalog/frameworks.js';
import { getFileFacts, pathParts, type Trigger } from '../modules/file-facts.js';
import { CARD_DATA_TRIGGER, SECRET_NAME_TRIGGER } from './triggers.js';
import { CREDENTIAL_HEADERS, PAYMENT_ROUTE_WORDS } from '../catalog/payment-urls.js';
import { handlerOf } from '../requests/request-handlers.js';
import { SECRET_CARRYING_RESULTS, type SecretCarryingResult } from '../catalog/payment-calls.js';
import { findApiReferences } from '../modules/module-references.js';
import { getStaticKeyName, isFunction, skipWrappers, walk, type AnyFunction } from '../ast/ast.js';
import { enclosingSummarisedFunction, parametersIn, summarisedFunctions } from '../modules/project-functions.js';
import { nodesOfTypes } from '../ast/node-index.js';
import { findCardNumbers, type CardNumberMatch } from '../values/card-numbers.js';
import {
  classifyName,
  classifySegments,
  hasCardContext,
  isSecretName,
  isTokenName,
  matchesSequence,
  splitName,
} from '../values/names.js';
import { resolveExpression, resolveIdentifier, staticString, staticValue } from '../values/static-values.js';
import { isNamedRequest, isRequestBodyMethod } from '../requests/request-values.js';
import { CHAIN_LENGTH, NESTED_VALUE_DEPTH } from '../values/budget.js';
import { createBackwardEvaluator, perFileCache, type BackwardDomain, type BackwardEvaluator, type Frame } from '../values/backward.js';

export type SensitiveKind =
  | 'pan'
  | 'cvv'
  | 'expiry'
  | 'track'
  | 'secret'
  | 'card-object'
  | 'request-body'
  | 'request-headers'
  | 'card-number';

export interface SensitiveFinding {
  readonly kind: SensitiveKind;
  /** Where to report: the identifier, member read, object property or literal in the analysed expression. */
  readonly node: TSESTree.Node;
  /** Safe display label (a name or short source text); never contains a card number. */
  readonly name: string;
  /** The detected number, for `card-number` findings (print it only through `describeCard`). */
  readonly card?: CardNumberMatch;
  /** The object-literal property that carries the value, when the finding comes from one. */
  readonly property?: TSESTree.Property;
  /**
   * True when the value of `node` is exactly the sensitive value (an identifier or member read, or a constant
   * that aliases one), so wrapping `node` (`.slice(-4)`, `mask(…)`) makes it safe. False for property keys and
   * for constants that embed the value (`const msg = \`card ${pan}\``).
   */
  readonly isValue: boolean;
  /**
   * For `card-object` findings: the object was read from an incoming request body (`req.body.card`,
   * `const { card } = await req.json()`), so it is the raw card the client sent, not a provider's card summary.
   */
  readonly fromRequest?: boolean;
}

export interface SensitiveDataOptions {
  /**
   * Helper names that make a value safe (mask, redact, hash, encrypt, tokenize, …), matched by segment
   * sequence against the callee and the names along its member chain. Defaults to {@link DEFAULT_MASK_FUNCTIONS}.
   */
  readonly maskFunctions?: readonly string[];
  /** Stop after this many findings (default 20). */
  readonly maxFindings?: number;
  /**
   * Security codes and track data stay findings through encryption and hashing (ENCRYPTION_SEGMENTS in
   * catalog/card-data.ts): a value named `encryptedSecurityCode` (Adyen's encrypted card fields), `encrypt(dto.cvc)`.
   * For storage, where PCI DSS 3.3.1 forbids keeping them even encrypted; card numbers are unaffected.
   */
  readonly encryptedSecurityCodes?: boolean;
}

/** Single-word helper names that make a value safe to log or store. */
export const DEFAULT_MASK_FUNCTIONS: readonly string[] = [
  'mask', 'masked', 'redact', 'redacted', 'obfuscate', 'obfuscated', 'scrub', 'censor', 'anonymize',
  'anonymise', 'pseudonymize', 'pseudonymise', 'truncate', 'truncated', 'hash', 'hashed', 'hmac', 'digest',
  'encrypt', 'encrypted', 'cipher', 'seal', 'tokenize', 'tokenise', 'tokenized', 'tokenised', 'vault',
];

const DEFAULT_MAX_FINDINGS = 20;
const MAX_LABEL_LENGTH = 60;

/** String methods whose result carries the receiver's value. */
const PRESERVING_METHODS = new Set([
  'toString', 'valueOf', 'trim', 'trimStart', 'trimEnd', 'toUpperCase', 'toLowerCase', 'toLocaleUpperCase',
  'toLocaleLowerCase', 'normalize', 'padStart', 'padEnd', 'split', 'join', 'concat', 'replace', 'replaceAll',
  'toJSON', 'toObject',
]);
/** Truncation: at most a part of the value survives (BIN, last 4, a key prefix). */
const TRUNCATING_METHODS = new Set(['slice', 'substring', 'substr', 'at', 'charAt', 'startsWith', 'endsWith', 'includes', 'indexOf', 'test', 'match']);
/** Calls whose single argument's value flows into the result. */
const PRESERVING_FUNCTIONS = new Set(['String', 'structuredClone', 'encodeURIComponent', 'encodeURI', 'escape']);
/** Header/config getters whose string argument names the value (`req.get('authorization')`). */
const NAMED_GETTERS = new Set(['get', 'header', 'getHeader', 'getenv']);
/** Characters used to mask digits (`pan.replace(/\d(?=\d{4})/g, '*')`). */
const MASK_CHARACTERS = /^[*•x#·●∙-]+$/iu;

/** Whole card objects (by whole name): `creditCard`, `cardDetails`, `paymentCard`, `rawCard`. */
const CARD_OBJECT_NAMES: readonly (readonly string[])[] = [
  ['credit', 'card'], ['debit', 'card'], ['creditcard'], ['debitcard'], ['payment', 'card'], ['bank', 'card'],
  ['raw', 'card'], ['card', 'details'], ['card', 'detail'], ['card', 'data'], ['card', 'info'],
  ['card', 'information'], ['cardholder', 'data'], ['card', 'holder', 'data'], ['card', 'payload'],
  ['full', 'card'], ['plain', 'card'],
];
/** Objects whose `card` member is a payment card: request bodies, DTOs and provider objects. */
const CARD_HOLDER_NAMES = new Set([
  'body', 'dto', 'pm', 'source', 'charge', 'payload', 'wallet', 'checkout', 'transaction', 'txn', 'purchase',
  'setupIntent', 'paymentIntent', 'intent', 'paymentMethodDetails', 'payment_method_details', 'instrument',
]);

/**
 * What a file's text or imports must contain for {@link findSensitiveData} or {@link secretCarryingObject} to find
 * anything in it (see `relevance` in src/create-rule.ts): card data by name or number (CARD_DATA_TRIGGER, which
 * also covers the `card` member of a card holder), a secret name (src/values/names.ts `isSecretName`: every
 * segment of one of the secret name sequences, or a trailing `pass`/`pw`), a whole-card name, `paymentMethod`, the whole
 * `process.env`, a provider call whose result carries a secret, or a whole request body or headers in payment
 * code (a payment SDK, a payment route word in the text or path) or next to a credential header. A necessary
 * condition: when the analysis learns a new kind of finding, this must learn it too.
 */
export const SENSITIVE_DATA_TRIGGER: Trigger = {
  anyOf: [
    CARD_DATA_TRIGGER,
    SECRET_NAME_TRIGGER,
    { allOf: [{ words: ['process'] }, { words: ['env'] }] },
    {
      allOf: [
        { words: ['body', 'headers', ...REQUEST_BODY_METHODS.map((method) => method.toLowerCase())] },
        {
          words: [...PAYMENT_ROUTE_WORDS],
          modules: SERVER_SDK_MODULES,
          // A payment route word in the file's path (Next.js `app/api/checkout/route.ts`).
          files: pathParts([...PAYMENT_ROUTE_WORDS]),
          textIgnoreCase: [...CREDENTIAL_HEADERS],
        },
      ],
    },
  ],
  names: CARD_OBJECT_NAMES,
  words: ['paymentmethod'],
  apis: [SECRET_CARRYING_RESULTS],
};

const maskSequencesCache = new WeakMap<readonly string[], (readonly string[])[]>();

function maskSequences(names: readonly string[]): (readonly string[])[] {
  let sequences = maskSequencesCache.get(names);
  if (!sequences) {
    sequences = names.map((name) => splitName(name)).filter((sequence) => sequence.length > 0);
    maskSequencesCache.set(names, sequences);
  }
  return sequences;
}

function nameMatchesMask(name: string, sequences: readonly (readonly string[])[]): boolean {
  const segments = splitName(name);
  return sequences.some((sequence) => matchesSequence(segments, sequence));
}

/** Names along a callee: `crypto.createHash('sha256').update(x).digest` → `digest`, `update`, `createHash`, `crypto`. */
function calleeNames(callee: TSESTree.Node): string[] {
  const names: string[] = [];
  let current: TSESTree.Node = skipWrappers(callee);
  for (let depth = 0; depth < CHAIN_LENGTH; depth++) {
    if (current.type === 'Identifier') {
      names.push(current.name);
      return names;
    }
    if (current.type === 'MemberExpression') {
      const key = getStaticKeyName(current.property, current.computed);
      if (key !== null) names.push(key);
      current = skipWrappers(current.object);
    } else if (current.type === 'CallExpression') {
      current = skipWrappers(current.callee);
    } else if (current.type === 'ThisExpression') {
      return names;
    } else {
      return names;
    }
  }
  return names;
}

/** Whether a call passes its input through a mask/redact/hash/encrypt/tokenize helper (by segment). */
export function isMaskingCall(
  node: TSESTree.Node,
  maskFunctions: readonly string[] = DEFAULT_MASK_FUNCTIONS,
): boolean {
  const inner = skipWrappers(node);
  if (inner.type !== 'CallExpression' && inner.type !== 'NewExpression') return false;
  const sequences = maskSequences(maskFunctions);
  return calleeNames(inner.callee).some((name) => nameMatchesMask(name, sequences));
}

const ENCRYPTION = new Set(ENCRYPTION_SEGMENTS);

/**
 * `encryptedSecurityCode`, `cvvHash`: a name that says it holds an encrypted or hashed security code (or track
 * data), as the kind without those segments; null for any other name (`encryptedCardNumber`, `cvcCheck`).
 */
function encryptedSecurityCode(name: string): 'cvv' | 'track' | null {
  const segments = splitName(name);
  if (!segments.some((segment) => ENCRYPTION.has(segment.toLowerCase()))) return null;
  const rest = segments.filter((segment) => !ENCRYPTION.has(segment.toLowerCase()));
  if (rest.length === 0) return null;
  const kind = classifySegments(rest);
  return kind === 'cvv' || kind === 'track' ? kind : null;
}

/** A call whose callee names (by segment) encrypt or hash, as opposed to masking, truncating or tokenizing. */
function isEncryptingCall(node: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  return calleeNames(node.callee).some((name) => splitName(name).some((segment) => ENCRYPTION.has(segment.toLowerCase())));
}

/** Names from the root of a member chain up to (and including) `node`: `req.body.card` → `req`, `body`, `card`. */
export function memberChainNames(node: TSESTree.Node): string[] {
  const names: string[] = [];
  let current: TSESTree.Node = skipWrappers(node);
  for (let depth = 0; depth < CHAIN_LENGTH; depth++) {
    if (current.type === 'MemberExpression') {
      const key = getStaticKeyName(current.property, current.computed);
      if (key !== null) names.push(key);
      current = skipWrappers(current.object);
    } else if (current.type === 'Identifier') {
      names.push(current.name);
      break;
    } else if (current.type === 'CallExpression') {
      current = skipWrappers(current.callee);
    } else {
      break;
    }
  }
  return names.reverse();
}

function isCardObjectName(name: string): boolean {
  const segments = splitName(name);
  return CARD_OBJECT_NAMES.some(
    (sequence) => segments.length === sequence.length && matchesSequence(segments, sequence),
  );
}

function labelFor(sourceCode: Readonly<SourceCode>, node: TSESTree.Node, fallback: string): string {
  const text = sourceCode.getText(node);
  if (text.length > MAX_LABEL_LENGTH || /[\n\r`]/.test(text) || findCardNumbers(text, { maxMatches: 1 }).length > 0) {
    return fallback;
  }
  return text;
}

type KeyClass = Exclude<SensitiveKind, 'card-number'> | 'safe' | null;

/** Adyen's raw payment method fields: a posted `paymentMethod` that carries them is card-shaped. */
const RAW_PAYMENT_METHOD_FIELDS = ['encryptedCardNumber', 'encryptedSecurityCode'];
const RAW_PAYMENT_METHOD_MODULES = [...PROVIDERS.adyen.serverModules, ...PROVIDERS.adyen.clientModules];

/**
 * Does the file show that a `paymentMethod` posted by the client is a card object: it loads Adyen (whose raw
 * `paymentMethod` carries the encrypted card number and security code) or names those encrypted card fields? A
 * posted `paymentMethod` elsewhere is as often a label the shopper picked (`'PayPal'`, `'cod'`).
 */
function postsRawPaymentMethods(sourceCode: Readonly<SourceCode>): boolean {
  const facts = getFileFacts(sourceCode);
  return (
    RAW_PAYMENT_METHOD_MODULES.some((module) => facts.importsModule(module)) ||
    RAW_PAYMENT_METHOD_FIELDS.some((field) => facts.contains(field))
  );
}

/**
 * Classify the value of `key` read from `object` (a member read or a destructured property); `sourceCode` is needed
 * only to tell a posted `paymentMethod` (see {@link postsRawPaymentMethods}).
 */
function classifyKey(key: string, object: TSESTree.Node | null, sourceCode?: Readonly<SourceCode>): KeyClass {
  const chain = object ? memberChainNames(object) : [];
  const nameClass = classifyName(key, { cardContext: hasCardContext(chain) });
  if (nameClass === 'safe') return 'safe';
  if (nameClass !== null) return nameClass;
  if (isSecretName(key)) return 'secret';
  if (isCardObjectName(key)) return 'card-object';
  if (object) {
    if (key === 'card' && (hasCardContext(chain) || chain.some((name) => CARD_HOLDER_NAMES.has(name)))) {
      // `paymentMethod.card`, `req.body.card`, `source.card`, `pm.card` — a payment card member. Not `props.card`
      // or `deck.card` (UI and game cards).
      return 'card-object';
    }
    if (key === 'paymentMethod' && isRequestBodyExpression(object) && sourceCode && postsRawPaymentMethods(sourceCode)) {
      return 'card-object'; // Adyen raw payment method
    }
    if (isNamedRequest(object)) {
      if (key === 'body') return 'request-body';
      if (key === 'headers') return 'request-headers';
    }
  }
  return null;
}

/**
 * Whether an object expression is read from a request body: `req.body`, `req.body.payment`, `(await req.json()).x`,
 * or a const bound to one of them (`const body = req.body; body.card`).
 */
function readsRequestBody(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): boolean {
  let current = skipWrappers(node);
  for (let depth = 0; depth < CHAIN_LENGTH; depth++) {
    if (isRequestBodyExpression(current)) return true;
    if (current.type === 'AwaitExpression') current = skipWrappers(current.argument);
    if (current.type === 'CallExpression') {
      const callee = skipWrappers(current.callee);
      return (
        callee.type === 'MemberExpression' &&
        isRequestBodyMethod(getStaticKeyName(callee.property, callee.computed)) &&
        isNamedRequest(callee.object)
      );
    }
    if (current.type === 'MemberExpression') {
      current = skipWrappers(current.object);
    } else if (current.type === 'Identifier') {
      const init = resolveIdentifier(sourceCode, current);
      if (!init) return false;
      current = skipWrappers(init);
    } else {
      return false;
    }
  }
  return false;
}

/** `req.body`, `request.body`, `ctx.request.body`, or a const bound to one of them. */
function isRequestBodyExpression(node: TSESTree.Node): boolean {
  const inner = skipWrappers(node);
  if (inner.type === 'MemberExpression') {
    return getStaticKeyName(inner.property, inner.computed) === 'body' && isNamedRequest(inner.object);
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------
// The sensitive-data domain of the backward evaluator (src/values/backward.ts)
// ---------------------------------------------------------------------------------------------------------

/**
 * One piece of sensitive data a value may carry, independent of where the question was asked from (so that it can be
 * memoised per node): the finding as it reads where it was found, and — when it was reached through a constant,
 * a destructured name or a resolved member/call — the outermost node it was reached from and whether every constant
 * on the way was a plain alias.
 */
interface Origin {
  readonly finding: SensitiveFinding;
  /** The node the finding is reported at instead of `finding.node` (the outermost name or read that was followed). */
  readonly useSite: TSESTree.Node | null;
  /** Every constant followed on the way was a plain alias (`const pan = body.cardNumber`), see `isValue`. */
  readonly alias: boolean;
  /**
   * The object-literal property whose value is the reported node (`{ p: pan }`, `{ p: constantWithPan }`), set by
   * the object around it; dropped when the object itself is reached through a constant.
   */
  readonly property?: TSESTree.Property;
}

type Origins = readonly Origin[];

const NO_ORIGINS: Origins = [];

/**
 * The evaluation contexts (see `context` in src/values/backward.ts) that change answers below a node: inside an
 * encrypting or hashing call (with `encryptedSecurityCodes`) only security codes and track data are findings;
 * below an object key with card context (`{ card: { number } }`) keys are classified with that context.
 */
interface Mode {
  readonly codesOnly: boolean;
  readonly cardContext: boolean;
}

const MODES: Readonly<Record<string, Mode>> = {
  '': { codesOnly: false, cardContext: false },
  codes: { codesOnly: true, cardContext: false },
  card: { codesOnly: false, cardContext: true },
  'codes+card': { codesOnly: true, cardContext: true },
};

function modeKey(mode: Mode): string {
  return mode.codesOnly ? (mode.cardContext ? 'codes+card' : 'codes') : mode.cardContext ? 'card' : '';
}

/** Evaluators per file and option combination (mask helpers, encrypted security codes). */
const evaluators = perFileCache<BackwardEvaluator<Origins>>();

function sensitiveEvaluator(
  sourceCode: Readonly<SourceCode>,
  maskFunctions: readonly string[],
  encryptedSecurityCodes: boolean,
): BackwardEvaluator<Origins> {
  const key = `${encryptedSecurityCodes ? 1 : 0}\u0000${maskFunctions.join('\u0000')}`;
  return evaluators(sourceCode, key, () => createSensitiveEvaluator(sourceCode, maskFunctions, encryptedSecurityCodes));
}

/**
 * Every piece of sensitive data the value of `node` may carry. Findings point at the specific read
 * (`card.number`), not the enclosing object; values reached through a constant are reported at the use site.
 */
export function findSensitiveData(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.Node,
  options: SensitiveDataOptions = {},
): SensitiveFinding[] {
  const maxFindings = options.maxFindings ?? DEFAULT_MAX_FINDINGS;
  const evaluator = sensitiveEvaluator(
    sourceCode,
    options.maskFunctions ?? DEFAULT_MASK_FUNCTIONS,
    options.encryptedSecurityCodes === true,
  );
  const findings: SensitiveFinding[] = [];
  const reported = new Set<TSESTree.Node>();
  for (const origin of evaluator.evaluate(node)) {
    if (findings.length >= maxFindings) break;
    const finding = findingAt(sourceCode, origin);
    if (reported.has(finding.node)) continue;
    reported.add(finding.node);
    findings.push(finding);
  }
  return findings;
}

/** The finding an origin gives where the question was asked: at its use site when it was reached through one. */
function findingAt(sourceCode: Readonly<SourceCode>, origin: Origin): SensitiveFinding {
  const { finding, useSite, property } = origin;
  if (!useSite) return property ? { ...finding, property } : finding;
  const { property: _property, ...rest } = finding;
  void _property;
  const name = labelFor(sourceCode, useSite, finding.name);
  return { ...rest, node: useSite, name, isValue: finding.isValue && origin.alias, ...(property ? { property } : {}) };
}

/** The node an origin is reported at, and its property, as {@link findingAt} gives them. */
function reportedAt(origin: Origin): { readonly node: TSESTree.Node; readonly property: TSESTree.Property | undefined } {
  return origin.useSite
    ? { node: origin.useSite, property: origin.property }
    : { node: origin.finding.node, property: origin.finding.property ?? origin.property };
}

/**
 * The origins of a value reached from `useSite` (a followed name, member read or call): all of them are reported at
 * `useSite`, so only the first counts. `alias` is false when `useSite` is a constant that embeds rather than aliases
 * the value (`const msg = \`card ${pan}\``).
 */
function reachedFrom(origins: Origins, useSite: TSESTree.Node, alias: boolean): Origins {
  const first = origins[0];
  if (!first) return NO_ORIGINS;
  return [{ finding: first.finding, useSite, alias: first.alias && alias }];
}

function join(values: readonly Origins[]): Origins {
  let result: Origin[] | null = null;
  let single: Origins = NO_ORIGINS;
  for (const value of values) {
    if (value.length === 0) continue;
    if (single.length === 0 && result === null) {
      single = value;
      continue;
    }
    result ??= [...single];
    result.push(...value);
  }
  return result ?? single;
}

/** A constant's initializer that the use site aliases: a name or member read, an awaited one (not an awaited call). */
function isAliasInit(init: TSESTree.Node): boolean {
  const inner = skipWrappers(init);
  return (
    inner.type === 'Identifier' ||
    inner.type === 'MemberExpression' ||
    (inner.type === 'AwaitExpression' && skipWrappers(inner.argument).type !== 'CallExpression')
  );
}

/**
 * The value of the constant `identifier` reads, `init` being what static-values.ts `resolveIdentifier` resolved it
 * to: for a name written only by its declaration the core's variable model (memoised per variable) gives exactly its
 * initializer's value; the other resolutions (`let v; v = X` before this use, the one call's argument, a literal's
 * field) depend on the use site and are evaluated as they are.
 */
function constantValue<V>(evaluator: BackwardEvaluator<V>, identifier: TSESTree.Identifier, init: TSESTree.Node, frame: Frame<V>): V {
  const declarator = init.parent;
  const declaredOnly = declarator?.type === 'VariableDeclarator' && declarator.init === init && declarator.id.type === 'Identifier';
  return declaredOnly ? evaluator.variable(identifier, frame) : evaluator.evaluate(init, frame);
}

function createSensitiveEvaluator(
  sourceCode: Readonly<SourceCode>,
  maskFunctions: readonly string[],
  encryptedSecurityCodes: boolean,
): BackwardEvaluator<Origins> {
  const modeOf = (frame: Frame<Origins>): Mode => MODES[frame.context ?? ''] ?? MODES['']!;

  function found(mode: Mode, finding: SensitiveFinding): Origins {
    if (mode.codesOnly && finding.kind !== 'cvv' && finding.kind !== 'track') return NO_ORIGINS;
    return [{ finding, useSite: null, alias: true }];
  }

  /** The one expression the shared resolver (static-values.ts `resolveExpression`) says `node` stands for. */
  function followResolved(node: TSESTree.Node, frame: Frame<Origins>): Origins {
    const resolved = resolveExpression(sourceCode, node);
    if (resolved === skipWrappers(node)) return NO_ORIGINS;
    return reachedFrom(evaluator.evaluate(resolved, frame), node, true);
  }

  function text(mode: Mode, node: TSESTree.Node, value: string): Origins {
    if (value.length < 12) return NO_ORIGINS;
    for (const card of findCardNumbers(value, { maxMatches: 5 })) {
      if (card.needsContext) continue;
      return found(mode, { kind: 'card-number', node, name: 'card number', card, isValue: true });
    }
    return NO_ORIGINS;
  }

  function identifier(node: TSESTree.Identifier, frame: Frame<Origins>): Origins {
    const mode = modeOf(frame);
    if (node.name === 'undefined') return NO_ORIGINS;
    if (isProviderComponentCallbackParameter(sourceCode, node)) return NO_ORIGINS;
    const own = classifyKey(node.name, null);
    const encrypted = encryptedSecurityCodes ? encryptedSecurityCode(node.name) : null;
    if (encrypted) return found(mode, { kind: encrypted, node, name: labelFor(sourceCode, node, node.name), isValue: true });
    if (own === 'safe') return NO_ORIGINS;
    const ownKind = classToKind(own);
    if (ownKind) return found(mode, { kind: ownKind, node, name: labelFor(sourceCode, node, node.name), isValue: true });
    if (isTokenName(node.name)) return NO_ORIGINS;
    // Follow the declaration: a constant's initializer, or the key a destructured binding was read from.
    const variable = findVariable(sourceCode.getScope(node), node);
    if (!variable || variable.defs.length !== 1) return NO_ORIGINS;
    const definition = variable.defs[0]!;
    // The argument of the one call of a nested helper (`const show = (v) => log(v); show(pan)`). Functions with a
    // summary (project-functions.ts) are judged at their calls instead, naming the function.
    if (definition.type === 'Parameter') {
      return summarisedFunctions(sourceCode).includes(definition.node as AnyFunction) ? NO_ORIGINS : followResolved(node, frame);
    }
    if (definition.type !== 'Variable') return NO_ORIGINS;
    const declarator = definition.node as TSESTree.VariableDeclarator;
    if (declarator.id.type === 'Identifier') {
      const init = resolveIdentifier(sourceCode, node);
      if (!init) return NO_ORIGINS;
      return reachedFrom(constantValue(evaluator, node, init, frame), node, isAliasInit(init));
    }
    if (!declarator.init || declarator.id.type !== 'ObjectPattern') {
      return followResolved(node, frame); // `const [pan] = [req.body.cardNumber]`
    }
    if (variable.references.some((reference) => reference.isWrite() && reference.identifier !== definition.name)) return NO_ORIGINS;
    const key = destructuredKey(sourceCode, declarator.id, definition.name as TSESTree.Identifier);
    if (key === null) return NO_ORIGINS;
    const keyKind = classifyKey(key, declarator.init, sourceCode);
    const keyClass = classToKind(keyKind);
    if (!keyClass && keyKind !== 'safe') {
      return followResolved(node, frame); // `const { v } = { v: req.body.cardNumber }`
    }
    if (!keyClass) return NO_ORIGINS;
    const fromRequest = keyClass === 'card-object' && readsRequestBody(sourceCode, declarator.init);
    return found(mode, {
      kind: keyClass,
      node,
      name: labelFor(sourceCode, node, node.name),
      isValue: true,
      ...(fromRequest ? { fromRequest } : {}),
    });
  }

  function member(node: TSESTree.MemberExpression, frame: Frame<Origins>): Origins {
    const key = node.computed
      ? (getStaticKeyName(node.property, true) ?? staticString(sourceCode, node.property))
      : getStaticKeyName(node.property, false);
    if (key === null) return NO_ORIGINS;
    const mode = modeOf(frame);
    const object = skipWrappers(node.object);
    if (key === 'env' && object.type === 'Identifier' && object.name === 'process' && isGlobalReference(sourceCode, object)) {
      // The whole environment: every API key, webhook secret and database password the process was given.
      return found(mode, { kind: 'secret', node, name: labelFor(sourceCode, node, 'process.env'), isValue: true });
    }
    let root: TSESTree.Node = node.object;
    while (root.type === 'MemberExpression') root = root.object;
    if (root.type === 'Identifier' && isProviderComponentCallbackParameter(sourceCode, root)) return NO_ORIGINS;
    const keyClass = classifyKey(key, node.object, sourceCode);
    const kind = (encryptedSecurityCodes ? encryptedSecurityCode(key) : null) ?? classToKind(keyClass);
    if (kind) {
      const fromRequest = kind === 'card-object' && readsRequestBody(sourceCode, node.object);
      return found(mode, { kind, node, name: labelFor(sourceCode, node, key), isValue: true, ...(fromRequest ? { fromRequest } : {}) });
    }
    // A field of a constant object or array literal (`const o = { pan: req.body.cardNumber }; log(o.pan)`).
    return keyClass === 'safe' ? NO_ORIGINS : followResolved(node, frame);
  }

  function object(node: TSESTree.ObjectExpression, frame: Frame<Origins>): Origins {
    const mode = modeOf(frame);
    const parts: Origins[] = [];
    for (const element of node.properties) {
      if (element.type === 'SpreadElement') {
        parts.push(evaluator.evaluate(element.argument, frame));
        continue;
      }
      const key = element.computed
        ? (getStaticKeyName(element.key, true) ?? staticString(sourceCode, element.key))
        : getStaticKeyName(element.key, false);
      const value = element.value;
      if (value.type === 'AssignmentPattern' || isFunction(value)) continue;
      const nested = key !== null && !mode.cardContext && hasCardContext([key]) ? evaluator.context(modeKey({ ...mode, cardContext: true })) : frame;
      const inner = evaluator.evaluate(value, nested);
      if (inner.length > 0) {
        // Findings inside the value; remember the property when reported in place.
        const valueNode = skipWrappers(value);
        parts.push(
          inner.map((origin) => {
            const at = reportedAt(origin);
            return at.property === undefined && at.node === valueNode ? { ...origin, property: element } : origin;
          }),
        );
        continue;
      }
      if (key === null || element.shorthand) continue;
      // The key names the data (`{ cardNumber: input }`): report when the value may carry it.
      const keyClass = classifyKeyInObject(key, mode.cardContext);
      if (!keyClass || !mayCarryValue(sourceCode, maskFunctions, value)) continue;
      parts.push(found(mode, { kind: keyClass, node: element, name: key, property: element, isValue: false }));
    }
    return join(parts);
  }

  function call(node: TSESTree.CallExpression | TSESTree.NewExpression, frame: Frame<Origins>): Origins {
    const mode = modeOf(frame);
    const all = (nodes: readonly TSESTree.Node[], within: Frame<Origins> = frame): Origins =>
      join(nodes.map((argument) => evaluator.evaluate(argument, within)));
    if (isMaskingCall(node, maskFunctions)) {
      // `encrypt(dto.cvc)`, `sha256(cvv)`: still the security code, for storage.
      if (encryptedSecurityCodes && !mode.codesOnly && isEncryptingCall(node)) {
        return all(node.arguments, evaluator.context(modeKey({ ...mode, codesOnly: true })));
      }
      return NO_ORIGINS;
    }
    const callee = skipWrappers(node.callee);
    if (node.type === 'NewExpression') {
      // `new Error(\`Card ${cardNumber} declined\`)`
      return callee.type === 'Identifier' && /(?:Error|Exception)$/.test(callee.name) ? all(node.arguments) : NO_ORIGINS;
    }
    if (callee.type === 'Identifier') {
      if (PRESERVING_FUNCTIONS.has(callee.name) && node.arguments[0]) return evaluator.evaluate(node.arguments[0], frame);
      if (/(?:Error|Exception)$/.test(callee.name) && callee.name[0] === callee.name[0]!.toUpperCase()) return all(node.arguments);
      return followResolved(node, frame); // `const pan = () => req.body.cardNumber; log(pan())`
    }
    if (callee.type !== 'MemberExpression') return NO_ORIGINS;
    const method = getStaticKeyName(callee.property, callee.computed);
    if (method === null) return NO_ORIGINS;
    const receiver = skipWrappers(callee.object);
    const receiverName = receiver.type === 'Identifier' ? receiver.name : null;
    if (receiverName === 'JSON' && method === 'stringify') {
      const replacer = node.arguments[1];
      const replacerValue = replacer ? staticValue(sourceCode, replacer) : { value: null };
      return node.arguments[0] && replacerValue && replacerValue.value == null ? evaluator.evaluate(node.arguments[0], frame) : NO_ORIGINS;
    }
    if (receiverName === 'util' && (method === 'inspect' || method === 'format')) return all(node.arguments);
    if (receiverName === 'Object' && (method === 'assign' || method === 'entries' || method === 'values')) return all(node.arguments);
    if (NAMED_GETTERS.has(method) && node.arguments.length === 1) {
      const name = staticString(sourceCode, node.arguments[0]!);
      if (name !== null && name.length <= 100) {
        const keyClass = classToKind(classifyKey(name, receiver, sourceCode));
        if (keyClass === 'secret' || keyClass === 'pan' || keyClass === 'cvv' || keyClass === 'track') {
          return found(mode, { kind: keyClass, node, name: labelFor(sourceCode, node, name), isValue: true });
        }
        return NO_ORIGINS;
      }
    }
    if (isRequestBodyMethod(method) && node.arguments.length === 0 && isNamedRequest(receiver)) {
      return found(mode, { kind: 'request-body', node, name: labelFor(sourceCode, node, 'request body'), isValue: true });
    }
    if ((method === 'map' || method === 'flatMap') && node.arguments[0]) {
      // `cards.map((c) => c.cardNumber)`: the callback's result flows into the new array.
      const callback = skipWrappers(node.arguments[0]);
      return callback.type === 'ArrowFunctionExpression' && callback.body.type !== 'BlockStatement'
        ? evaluator.evaluate(callback.body, frame)
        : NO_ORIGINS;
    }
    if (TRUNCATING_METHODS.has(method)) return NO_ORIGINS;
    if ((method === 'replace' || method === 'replaceAll') && isMaskingReplace(sourceCode, node)) return NO_ORIGINS;
    if (!PRESERVING_METHODS.has(method)) return NO_ORIGINS;
    const value = evaluator.evaluate(receiver, frame);
    return method === 'concat' ? join([value, all(node.arguments)]) : value;
  }

  const domain: BackwardDomain<Origins> = {
    none: NO_ORIGINS,
    unknown: NO_ORIGINS,
    cycle: NO_ORIGINS,
    join,
    node(node, _evaluator, frame) {
      switch (node.type) {
        case 'Literal':
          return typeof node.value === 'string' ? text(modeOf(frame), node, node.value) : NO_ORIGINS;
        case 'TemplateLiteral': {
          // Every quasi is reported at the template itself: the first card number found counts.
          let own: Origins = NO_ORIGINS;
          for (const quasi of node.quasis) {
            own = text(modeOf(frame), node, quasi.value.cooked ?? quasi.value.raw);
            if (own.length > 0) break;
          }
          return join([own, ...node.expressions.map((expression) => evaluator.evaluate(expression, frame))]);
        }
        case 'BinaryExpression':
          return node.operator === '+' ? join([evaluator.evaluate(node.left, frame), evaluator.evaluate(node.right, frame)]) : NO_ORIGINS;
        case 'LogicalExpression':
          return node.operator === '&&'
            ? evaluator.evaluate(node.right, frame)
            : join([evaluator.evaluate(node.left, frame), evaluator.evaluate(node.right, frame)]);
        case 'ObjectExpression':
          return object(node, frame);
        case 'Identifier':
          return identifier(node, frame);
        case 'MemberExpression':
          return member(node, frame);
        case 'CallExpression':
        case 'NewExpression':
          return call(node, frame);
        case 'SequenceExpression':
        case 'ConditionalExpression':
        case 'AwaitExpression':
        case 'ArrayExpression':
        case 'SpreadElement':
          return undefined; // the core's shapes: the last expression, both branches, the operand, the elements
        default:
          return NO_ORIGINS; // assignments, tagged templates, functions, other operators
      }
    },
    // Identifiers, parameters and destructuring are decided in `node` above (single-definition constants only).
    global: () => NO_ORIGINS,
    parameter: () => NO_ORIGINS,
    step: () => NO_ORIGINS,
    compound: () => NO_ORIGINS,
    writes: 'ordered',
  };
  const evaluator = createBackwardEvaluator(sourceCode, domain, {
    depth: NESTED_VALUE_DEPTH,
    // Each node is evaluated once per mode: the memo bounds the work, as the visitor's findings did before.
    steps: Number.MAX_SAFE_INTEGER,
    calls: 0,
  });
  return evaluator;
}

function classToKind(keyClass: KeyClass): Exclude<SensitiveKind, 'card-number'> | null {
  return keyClass === 'safe' || keyClass === null ? null : keyClass;
}

/**
 * A parameter of a callback prop on a provider card component (`<CardField onCardChange={(details) => …} />` from
 * `@stripe/stripe-react-native`): the provider keeps the card number and security code inside its own field, so the
 * callback never receives them, unless the component's unsafe prop (`dangerouslyGetFullCardDetails`) is set.
 */
function isProviderComponentCallbackParameter(sourceCode: Readonly<SourceCode>, node: TSESTree.Identifier): boolean {
  const variable = findVariable(sourceCode.getScope(node), node);
  const definition = variable?.defs[0];
  if (definition?.type !== 'Parameter' || !isFunction(definition.node)) return false;
  const container = definition.node.parent;
  const attribute = container?.type === 'JSXExpressionContainer' ? container.parent : null;
  const element = attribute?.type === 'JSXAttribute' ? attribute.parent : null;
  if (element?.type !== 'JSXOpeningElement' || element.name.type !== 'JSXIdentifier') return false;
  const component = findVariable(sourceCode.getScope(element), element.name.name)?.defs[0];
  const declaration = component?.type === 'ImportBinding' ? component.parent : null;
  if (declaration?.type !== 'ImportDeclaration') return false;
  const importNode = component!.node;
  const imported =
    importNode.type === 'ImportSpecifier' && importNode.imported.type === 'Identifier' ? importNode.imported.name : null;
  const entry = PROVIDER_CARD_COMPONENTS.find((candidate) => candidate.module === declaration.source.value);
  if (!entry || imported === null || !entry.components.includes(imported)) return false;
  return !element.attributes.some(
    (prop) =>
      prop.type === 'JSXSpreadAttribute' ||
      (prop.name.type === 'JSXIdentifier' &&
        prop.name.name === entry.unsafeProp &&
        !(prop.value?.type === 'JSXExpressionContainer' && prop.value.expression.type === 'Literal' && prop.value.expression.value === false)),
  );
}

/** The key a binding was destructured from at the top level of a pattern (`const { number: pan } = card`). */
function destructuredKey(
  sourceCode: Readonly<SourceCode>,
  pattern: TSESTree.ObjectPattern,
  binding: TSESTree.Identifier,
): string | null {
  for (const property of pattern.properties) {
    if (property.type !== 'Property') continue;
    let value: TSESTree.Node = property.value;
    if (value.type === 'AssignmentPattern') value = value.left;
    if (value !== binding) continue;
    if (!property.computed) return getStaticKeyName(property.key, false);
    return staticString(sourceCode, property.key);
  }
  return null;
}

/** An identifier that no declaration in the file binds (a global such as `process`). */
function isGlobalReference(sourceCode: Readonly<SourceCode>, node: TSESTree.Identifier): boolean {
  const variable = findVariable(sourceCode.getScope(node), node);
  return !variable || variable.defs.length === 0;
}

function classifyKeyInObject(key: string, cardContext: boolean): Exclude<SensitiveKind, 'card-number'> | null {
  const nameClass = classifyName(key, { cardContext });
  if (nameClass === 'safe') return null;
  if (nameClass !== null) return nameClass;
  if (isSecretName(key)) return 'secret';
  return null;
}

/** Evaluators of {@link mayCarryValue} per file and mask helper list. */
const carryEvaluators = perFileCache<BackwardEvaluator<boolean>>();

/**
 * Whether a property value may carry the data its key names (not a literal, flag, callback or safe read): a
 * boolean domain of the backward evaluator (src/values/backward.ts), following single-definition constants as
 * {@link findSensitiveData} does; unknown, too deep or cyclic is false.
 */
function mayCarryValue(sourceCode: Readonly<SourceCode>, maskFunctions: readonly string[], node: TSESTree.Node): boolean {
  const evaluator = carryEvaluators(sourceCode, maskFunctions.join('\u0000'), () =>
    createBackwardEvaluator(sourceCode, carryDomain(sourceCode, maskFunctions), {
      depth: NESTED_VALUE_DEPTH,
      steps: Number.MAX_SAFE_INTEGER, // each node is evaluated once: the memo bounds the work
      calls: 0,
    }),
  );
  return evaluator.evaluate(node);
}

function carryDomain(sourceCode: Readonly<SourceCode>, maskFunctions: readonly string[]): BackwardDomain<boolean> {
  const masks = maskSequences(maskFunctions);
  return {
    none: false,
    unknown: false,
    cycle: false,
    join: (values) => values.includes(true),
    node(node, evaluator, frame) {
      switch (node.type) {
        case 'Identifier': {
          if (node.name === 'undefined') return false;
          const own = classifyName(node.name);
          if (own === 'safe' || isTokenName(node.name)) return false;
          // `{ password: hashed }`, `{ cardNumber: maskedValue }`: the value's own name says it is protected.
          if (nameMatchesMask(node.name, masks)) return false;
          const init = resolveIdentifier(sourceCode, node);
          return init ? constantValue(evaluator, node, init, frame) : true;
        }
        case 'MemberExpression': {
          const property = getStaticKeyName(node.property, node.computed);
          if (property === null) return false;
          if (classifyName(property) === 'safe' || isTokenName(property)) return false;
          // `{ cvv: card.cvv }` is reported on the read itself; `{ cardNumber: input.value }` by the key.
          return !nameMatchesMask(property, masks);
        }
        case 'CallExpression': {
          if (isMaskingCall(node, maskFunctions)) return false;
          const callee = skipWrappers(node.callee);
          if (callee.type === 'MemberExpression') {
            const method = getStaticKeyName(callee.property, callee.computed);
            if (method !== null && TRUNCATING_METHODS.has(method)) return false;
            if ((method === 'replace' || method === 'replaceAll') && isMaskingReplace(sourceCode, node)) return false;
          }
          return true;
        }
        case 'TemplateLiteral':
          return node.expressions.some((expression) => evaluator.evaluate(expression, frame));
        case 'BinaryExpression':
          return node.operator === '+' && (evaluator.evaluate(node.left, frame) || evaluator.evaluate(node.right, frame));
        case 'LogicalExpression':
          return (node.operator !== '&&' && evaluator.evaluate(node.left, frame)) || evaluator.evaluate(node.right, frame);
        case 'ConditionalExpression':
        case 'AwaitExpression':
          return undefined; // the core's shapes: either branch, the operand
        default:
          return false; // literals, objects, arrays, `new`, functions
      }
    },
    global: () => false,
    parameter: () => false,
    step: () => false,
    compound: () => false,
    writes: 'ordered',
  };
}

/**
 * Whether a call may hand sensitive data on: an argument carries card data or a secret as the rules see it (masking
 * helpers ignored, so this answers for every rule configuration), or a parameter of the function around the call (for
 * that function's summary). Checked before the called project function is resolved and its module read.
 */
export function mayHandOnSensitiveData(sourceCode: Readonly<SourceCode>, call: TSESTree.CallExpression): boolean {
  let answer = handsOn.get(call);
  if (answer === undefined) {
    answer = computeMayHandOn(sourceCode, call);
    handsOn.set(call, answer);
  }
  return answer;
}

/** Answers of {@link mayHandOnSensitiveData} per call node: the log and storage analyses ask about the same calls. */
const handsOn = new WeakMap<TSESTree.CallExpression, boolean>();

function computeMayHandOn(sourceCode: Readonly<SourceCode>, call: TSESTree.CallExpression): boolean {
  const fn = enclosingSummarisedFunction(sourceCode, call);
  return call.arguments.some(
    (argument) =>
      (fn !== null && parametersIn(sourceCode, argument, fn).length > 0) ||
      secretCarryingObject(sourceCode, argument) !== null ||
      findSensitiveData(sourceCode, argument, { maskFunctions: [], encryptedSecurityCodes: true, maxFindings: 1 }).length > 0,
  );
}

/**
 * Whether a value may carry the data a name says it holds: identifiers, member reads, calls that are not
 * mask/truncation helpers, templates and concatenations with such parts. Literals, flags, callbacks, tokens
 * and safe names (`last4`) do not.
 */
export function mayCarrySensitiveValue(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.Node,
  maskFunctions: readonly string[] = DEFAULT_MASK_FUNCTIONS,
): boolean {
  return mayCarryValue(sourceCode, maskFunctions, node);
}

/** `pan.replace(/\d(?=\d{4})/g, '*')`, `replace(/./g, '•')`: a replacement made only of mask characters. */
function isMaskingReplace(sourceCode: Readonly<SourceCode>, call: TSESTree.CallExpression): boolean {
  const replacement = call.arguments[1];
  if (!replacement) return false;
  const value = staticString(sourceCode, replacement);
  return value !== null && value.length > 0 && MASK_CHARACTERS.test(value);
}


// ---------------------------------------------------------------------------------------------------------
// Payment context
// ---------------------------------------------------------------------------------------------------------

const paymentModuleCache = new WeakMap<object, boolean>();
const SERVER_SDKS = new Set(SERVER_SDK_MODULES);

/** Nodes that load a module. */
const MODULE_LOAD_TYPES = ['ImportDeclaration', 'ImportExpression', 'CallExpression', 'TSExternalModuleReference'] as const;

/** Whether the file imports or requires a server payment SDK (`stripe`, `braintree`, `@adyen/api-library`, …). */
export function importsPaymentSdk(sourceCode: Readonly<SourceCode>): boolean {
  const cached = paymentModuleCache.get(sourceCode);
  if (cached !== undefined) return cached;
  let found = false;
  const text = sourceCode.text;
  if ([...SERVER_SDKS].some((name) => text.includes(name))) {
    for (const node of nodesOfTypes(sourceCode, MODULE_LOAD_TYPES)) {
      let source: TSESTree.Node | null | undefined = null;
      if (node.type === 'ImportDeclaration') source = node.source;
      else if (node.type === 'ImportExpression') source = node.source;
      else if (
        node.type === 'CallExpression' &&
        node.callee.type === 'Identifier' &&
        node.callee.name === 'require'
      ) {
        source = node.arguments[0];
      } else if (node.type === 'TSExternalModuleReference') source = node.expression;
      if (source && source.type === 'Literal' && typeof source.value === 'string' && SERVER_SDKS.has(source.value)) {
        found = true;
        break;
      }
    }
  }
  paymentModuleCache.set(sourceCode, found);
  return found;
}

/** Whether a static route path has a payment word as one of its segments (`/api/payments/:id`, `/checkout`). */
function isPaymentRoute(path: string): boolean {
  return path
    .split(/[^a-z0-9]+/i)
    .some((part) => part.length > 0 && splitName(part).some((segment) => PAYMENT_ROUTE_WORDS.has(segment)));
}

/**
 * Whether `node` sits in payment code: the file imports a server payment SDK, the enclosing request handler's route
 * is a payment route (`app.post('/checkout', …)`, `app/api/payments/route.ts` when `filename` is given), or the
 * enclosing function reads a card number or security code by name.
 */
export function isPaymentContext(sourceCode: Readonly<SourceCode>, node: TSESTree.Node, filename?: string): boolean {
  if (importsPaymentSdk(sourceCode)) return true;
  const routePath = handlerOf(sourceCode, node, filename)?.routePath;
  if (routePath && routePath.length <= 500 && isPaymentRoute(routePath)) return true;
  let fn: TSESTree.Node | undefined = node.parent;
  while (fn && !isFunction(fn)) fn = fn.parent;
  if (!fn) return false;
  let found = false;
  walk(fn, sourceCode.visitorKeys, (inner) => {
    if (found) return false;
    if (inner.type === 'MemberExpression') {
      const key = getStaticKeyName(inner.property, inner.computed);
      if (key !== null) {
        const nameClass = classifyName(key, { cardContext: hasCardContext(memberChainNames(inner.object)) });
        if (nameClass === 'pan' || nameClass === 'cvv') found = true;
      }
    }
    return undefined;
  });
  return found;
}

/**
 * Whether the function around `node` reads a credential from the request: the `Authorization`, `Cookie` or
 * `X-Api-Key` header (`req.headers.authorization`, `req.get('Authorization')`, `headers['x-api-key']`) or the
 * parsed cookies (`req.cookies`). Logging that request's whole headers then logs the credential.
 */
export function readsCredentialHeader(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): boolean {
  let fn: TSESTree.Node | undefined = node.parent;
  while (fn && !isFunction(fn)) fn = fn.parent;
  if (!fn) return false;
  let found = false;
  walk(fn, sourceCode.visitorKeys, (inner) => {
    if (found) return false;
    if (inner.type === 'MemberExpression') {
      const key = inner.computed ? staticString(sourceCode, inner.property) : getStaticKeyName(inner.property, false);
      if (key === null) return undefined;
      const object = skipWrappers(inner.object);
      const owner = object.type === 'MemberExpression' ? getStaticKeyName(object.property, object.computed) : object.type === 'Identifier' ? object.name : null;
      if (owner === 'headers' && CREDENTIAL_HEADERS.has(key.toLowerCase())) found = true;
      else if ((key === 'cookies' || key === 'signedCookies') && isNamedRequest(object)) found = true;
    } else if (inner.type === 'CallExpression' && inner.arguments.length === 1) {
      const callee = skipWrappers(inner.callee);
      if (callee.type !== 'MemberExpression') return undefined;
      const method = getStaticKeyName(callee.property, callee.computed);
      if (method === null || !NAMED_GETTERS.has(method)) return undefined;
      const name = staticString(sourceCode, inner.arguments[0]!);
      if (name !== null && CREDENTIAL_HEADERS.has(name.toLowerCase())) found = true;
    }
    return undefined;
  });
  return found;
}

const secretResultsCache = new WeakMap<object, ReadonlyMap<TSESTree.Node, SecretCarryingResult>>();

function secretResultCalls(sourceCode: Readonly<SourceCode>): ReadonlyMap<TSESTree.Node, SecretCarryingResult> {
  let cached = secretResultsCache.get(sourceCode);
  if (!cached) {
    const map = new Map<TSESTree.Node, SecretCarryingResult>();
    for (const reference of findApiReferences(sourceCode, SECRET_CARRYING_RESULTS)) {
      const data = reference.definition.data;
      if ('role' in data && data.role === 'secret-result') map.set(reference.node, data);
    }
    cached = map;
    secretResultsCache.set(sourceCode, cached);
  }
  return cached;
}

/**
 * When a logged value is a whole provider object that carries a client secret (`console.log(paymentIntent)` after
 * `const paymentIntent = await stripe.paymentIntents.create(…)`, also inside `JSON.stringify()`, as an object
 * property or spread): the object and its secret field. Reading single fields (`paymentIntent.id`) is not this.
 */
export function secretCarryingObject(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.Node,
): { readonly node: TSESTree.Node; readonly result: SecretCarryingResult } | null {
  const calls = secretResultCalls(sourceCode);
  if (calls.size === 0) return null;
  const check = (candidate: TSESTree.Node, depth: number): { node: TSESTree.Node; result: SecretCarryingResult } | null => {
    if (depth > NESTED_VALUE_DEPTH) return null;
    const inner = skipWrappers(candidate);
    if (inner.type === 'AwaitExpression') return check(inner.argument, depth + 1);
    if (inner.type === 'CallExpression') {
      const direct = calls.get(inner);
      if (direct) return { node: candidate, result: direct };
      const callee = skipWrappers(inner.callee);
      if (
        callee.type === 'MemberExpression' &&
        callee.object.type === 'Identifier' &&
        callee.object.name === 'JSON' &&
        getStaticKeyName(callee.property, callee.computed) === 'stringify' &&
        inner.arguments.length === 1
      ) {
        return check(inner.arguments[0]!, depth + 1);
      }
      return null;
    }
    if (inner.type === 'ObjectExpression') {
      for (const property of inner.properties) {
        const value = property.type === 'SpreadElement' ? property.argument : property.value;
        const found = check(value, depth + 1);
        if (found) return found;
      }
      return null;
    }
    if (inner.type === 'Identifier') {
      const init = resolveIdentifier(sourceCode, inner);
      const found = init ? check(init, depth + 1) : null;
      return found ? { node: candidate, result: found.result } : null;
    }
    return null;
  };
  return check(node, 0);
}
