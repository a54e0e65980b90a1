/**
 * Intra-procedural taint tracking: which expressions carry request data (or webhook payloads, or browser URL
 * parts), through which propagation steps, and whether a sanitizer or guard made them safe for a sink kind.
 *
 * Design
 * - Demand-driven: `taintAt(node, kind)` evaluates the expression backwards, so cost is linear in the code actually
 *   reaching sinks. The Analyzer is a domain of the shared backward evaluator (src/values/backward.ts), which owns
 *   memoisation, cycles, the depth bound, variables and destructuring; this file decides sources, members, calls
 *   and guards. No path enumeration: variables are flow-insensitive with one precision rule ('ordered' writes) — a
 *   later plain reassignment to a clean value makes the variable clean.
 * - Sources come from `src/requests/request-handlers.ts`: only parameters of recognised handlers are request objects.
 * - Unknown function calls do not propagate (unknown ⇒ not tainted). Known propagators (string/array methods,
 *   `JSON.parse`, `String`, `new URL`), numeric coercions (safe for injection sinks, still a client amount),
 *   escapers (safe for their kind), and same-file helper functions (one level, arguments bound to parameters)
 *   are modelled from `src/catalog/taint.ts`.
 * - Guards: a use inside `if (isValid(x))`, after `if (!ALLOWED.includes(x)) return`, after a bounds check, …
 *   is clean for the kinds the guard covers.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '../ast/eslint-utils.js';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import {
  ALLOWLIST_METHODS,
  BROWSER_SOURCE_KINDS,
  ELEMENT_CALLBACK_METHODS,
  GLOBAL_ENCODERS,
  GLOBAL_NUMERIC,
  GLOBAL_OBJECTS,
  GLOBAL_PROPAGATORS,
  GLOBAL_ROOTS,
  GUARD_NAME_PATTERN,
  INJECTION_KINDS,
  NON_TEXT_HELPER_WORDS,
  NUMERIC_METHODS,
  PROPAGATING_CALLS,
  PROPAGATING_CONSTRUCTORS,
  PROPAGATING_METHODS,
  ROOT_CALLS,
  ROOT_SOURCES,
  SANITIZER_CALLS,
  SCHEMA_PARSE_METHODS,
  SINK_KINDS,
  TEXT_HELPER_WORDS,
  type RootKind,
  type TaintKind,
} from '../catalog/taint.js';
import { dtoBoundsMoneyFields } from './dto-classes.js';
import { annotatedType, calleeName, getEnclosingFunction, getStaticKeyName, isFunction, skipWrappers, type AnyFunction } from '../ast/ast.js';
import { findApiReferences } from '../modules/module-references.js';
import { handlerForFunction, type RequestHandler } from './request-handlers.js';
import { resolveExpression, resolveIdentifier, resolveLocalFunction, staticString } from '../values/static-values.js';
import { splitName } from '../values/names.js';
import { argumentFor, resolveCalledFunction, summarisedFunctions } from '../modules/project-functions.js';
import { returnedParameters } from './parameter-sinks.js';
import { GUARD_SCAN_NODES, TAINT_EVALUATION_DEPTH } from '../values/budget.js';
import {
  createBackwardEvaluator,
  perFileCache,
  stepsWithin,
  type BackwardDomain,
  type BackwardEvaluator,
  type Frame as BackwardFrame,
} from '../values/backward.js';
import { BROWSER_SOURCE_CALLS, VALUE_CALLS, VALUE_CALLBACK_METHODS, type BrowserSourceCall, type ValueCall } from '../catalog/browser-taint.js';
import { browserMemberSource, browserParameterSource, callbackReturns, type BrowserSource } from './browser-sources.js';

export type { SinkKind, TaintKind } from '../catalog/taint.js';

/** Untrusted data. */
export interface Tainted {
  readonly type: 'tainted';
  /** Where it came from, for messages: `req.body.amount`, `@Body()`, `event.data.object`. */
  readonly label: string;
  /** Kinds the value is already safe for (a number cannot inject SQL; an HTML-escaped string cannot inject HTML). */
  readonly cleared: ReadonlySet<TaintKind>;
  /** A complete client-shaped object (`req.body`, `req.query`), not a field of it. */
  readonly whole: boolean;
  /**
   * May be an object or array the client built (a field of a JSON body or of a nested query string, the result of
   * `JSON.parse`), not necessarily a string: MongoDB reads `{ "$ne": null }` there as an operator.
   */
  readonly shaped?: boolean;
}

/** An object that leads to untrusted data (`req`, `ctx.request`, `event`). */
export interface SourceObject {
  readonly type: 'object';
  readonly root: RootKind;
  readonly path: readonly string[];
  readonly label: string;
  /** Kinds that can never be reached from this root (browser sources only matter client-side). */
  readonly cleared: ReadonlySet<TaintKind>;
}

export type TaintValue = Tainted | SourceObject;

export interface TaintOptions {
  /** Extra function names treated as sanitizers/validators (call result clean; guard on the value). */
  readonly sanitizers?: readonly string[];
  /** `context.filename`, for file-path-based handler recognition (Next.js). */
  readonly filename?: string;
  /**
   * Functions whose parameters count as untrusted data, labelled with {@link parameterLabel} (function summaries,
   * src/requests/parameter-sinks.ts): what reaches a sink from them is what the function does with its arguments.
   */
  readonly parameterSources?: readonly AnyFunction[];
}

/** The taint label of parameter `parameter` of the `fn`-th function of `parameterSources`. */
export function parameterLabel(fn: number, parameter: number): string {
  return `\u0000${fn}:${parameter}\u0000`;
}

const PARAMETER_LABEL = /^\0(\d+):(\d+)\0/u;

/** The function and parameter index a taint label starts from, with what follows (`.id`), or null. */
export function parameterOfLabel(label: string): { fn: number; parameter: number; rest: string } | null {
  const match = PARAMETER_LABEL.exec(label);
  return match ? { fn: Number(match[1]), parameter: Number(match[2]), rest: label.slice(match[0].length) } : null;
}

/** A taint analysis of a file in which the parameters of `functions` are the sources (see TaintOptions). */
export function createParameterTaintAnalysis(
  sourceCode: Readonly<SourceCode>,
  functions: readonly AnyFunction[],
  filename?: string,
  sanitizers?: readonly string[],
): TaintAnalysis {
  return new Analyzer(sourceCode, { filename, parameterSources: functions, sanitizers });
}

export interface TaintAnalysis {
  /** The value an expression evaluates to (tainted data, a request object, or null for clean/unknown). */
  valueOf(node: TSESTree.Node): TaintValue | null;
  /** Tainted data reaching `node` that is unsafe for `kind` (not cleared, not guarded), or null. */
  taintAt(node: TSESTree.Node, kind: TaintKind): Tainted | null;
  /** True when `node` is inside a recognised request handler. */
  inHandler(node: TSESTree.Node): boolean;
}

const EMPTY: ReadonlySet<TaintKind> = new Set();
const FIREBASE_REQUEST_NAMES: ReadonlySet<string> = new Set(['request', 'req']);
const NUMERIC_CLEARED: ReadonlySet<TaintKind> = new Set(INJECTION_KINDS);
const ALL_KINDS: readonly TaintKind[] = [...SINK_KINDS, 'amount'];
const NODE_REQUEST_CLEARED: ReadonlySet<TaintKind> = new Set<TaintKind>(['redirect', 'url']);
const BROWSER_CLEARED: ReadonlySet<TaintKind> = new Set(ALL_KINDS.filter((kind) => !BROWSER_SOURCE_KINDS.includes(kind)));
const MAX_LABEL = 80;
/** Compound assignments that add what they write to the value (`sql += …`, `x ||= …`); the rest are arithmetic. */
const APPENDING_OPERATORS: ReadonlySet<string> = new Set(['+=', '||=', '??=']);
const URL_ORIGIN_PARTS: ReadonlySet<string> = new Set(['origin', 'host', 'hostname', 'protocol', 'port']);
const URL_QUERY_PARTS: ReadonlySet<string> = new Set(['searchParams', 'query']);
/** Global propagators whose result is still the client's object (the rest return strings or buffers). */
const OBJECT_PROPAGATORS: ReadonlySet<string> = new Set(['Object.assign', 'structuredClone']);

const analyses = perFileCache<TaintAnalysis>();

/** The (cached) analysis for a file. Rules with the same options share it. */
export function getTaintAnalysis(sourceCode: Readonly<SourceCode>, options: TaintOptions = {}): TaintAnalysis {
  const key = `${options.filename ?? ''}\u0000${[...(options.sanitizers ?? [])].sort().join(',')}`;
  return analyses(sourceCode, key, () => new Analyzer(sourceCode, options));
}

// ---------------------------------------------------------------------------------------------------------------

function tainted(label: string, cleared: ReadonlySet<TaintKind> = EMPTY, whole = false, shaped = whole): Tainted {
  return {
    type: 'tainted',
    label: label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label,
    cleared,
    whole,
    shaped,
  };
}

/** The same data as a string (a template, a concatenation): no longer an object the client could shape. */
function asText(value: TaintValue | null): TaintValue | null {
  return value?.type === 'tainted' && value.shaped ? { ...value, whole: false, shaped: false } : value;
}

/** Labels of the current page's full address (`location.href`, `window.location.href`, `document.URL`). */
const OWN_ADDRESS = /(?:^|\.)(?:location\.href|URL)$/u;

function withCleared(value: Tainted, kinds: Iterable<TaintKind>): Tainted {
  const cleared = new Set(value.cleared);
  for (const kind of kinds) cleared.add(kind);
  return { ...value, cleared, whole: false, shaped: false };
}

/** Combine alternatives/parts: tainted if any part is; safe for a kind only if every tainted part is. */
function union(values: readonly (TaintValue | null)[]): TaintValue | null {
  let first: Tainted | null = null;
  let cleared: Set<TaintKind> | null = null;
  let object: SourceObject | null = null;
  for (const value of values) {
    if (!value) continue;
    if (value.type === 'object') {
      object ??= value;
      continue;
    }
    if (!first) {
      first = value;
      cleared = new Set(value.cleared);
    } else {
      for (const kind of [...cleared!]) if (!value.cleared.has(kind)) cleared!.delete(kind);
    }
  }
  if (first) {
    if (values.length === 1) return first;
    const shaped = values.some((value) => value?.type === 'tainted' && value.shaped === true);
    return { ...first, cleared: cleared!, whole: false, shaped };
  }
  return object;
}

type Value = TaintValue | null;
type Frame = BackwardFrame<Value>;

class Analyzer implements TaintAnalysis {
  private readonly evaluator: BackwardEvaluator<Value>;
  private readonly sanitizerNames: ReadonlySet<string>;
  private rootCalls: Map<TSESTree.Node, RootKind> | null = null;
  private sanitizerCalls: Map<TSESTree.Node, readonly TaintKind[] | 'all'> | null = null;
  private propagatingCalls: Set<TSESTree.Node> | null = null;
  private browserCalls: Map<TSESTree.Node, BrowserSourceCall | ValueCall['role']> | null = null;

  constructor(
    private readonly sourceCode: Readonly<SourceCode>,
    private readonly options: TaintOptions,
  ) {
    this.sanitizerNames = new Set(options.sanitizers ?? []);
    const domain: BackwardDomain<Value> = {
      none: null,
      unknown: null,
      cycle: null,
      writes: 'ordered',
      join: union,
      node: (node, _evaluator, frame) => this.compute(node, frame),
      global: (identifier, _evaluator, frame) => {
        const root = GLOBAL_ROOTS[identifier.name];
        return root ? this.rootObject(root, identifier.name, BROWSER_CLEARED) : this.implicitGlobal(identifier, frame);
      },
      parameter: (fn, index, name, _evaluator, frame) => this.parameterValue(fn, index, name, frame),
      step: (value, step) =>
        'key' in step ? (value ? this.member(value, step.key) : null) : 'element' in step ? this.element(value) : onlyTainted(value),
      // `sql += …` and `x ||= …` add what they write; arithmetic (`n *= …`) leaves a number.
      compound: (operator, value) =>
        APPENDING_OPERATORS.has(operator) ? value : value?.type === 'tainted' ? withCleared(value, NUMERIC_CLEARED) : null,
    };
    // One level of same-file helpers (see `call`); no step budget: memoisation keeps the work linear.
    this.evaluator = createBackwardEvaluator(sourceCode, domain, {
      depth: TAINT_EVALUATION_DEPTH,
      steps: Number.POSITIVE_INFINITY,
      calls: 1,
    });
  }

  valueOf(node: TSESTree.Node): TaintValue | null {
    return this.evaluator.evaluate(node);
  }

  taintAt(node: TSESTree.Node, kind: TaintKind): Tainted | null {
    const value = this.valueOf(node);
    if (!value || value.type !== 'tainted' || value.cleared.has(kind)) return null;
    if (this.isGuarded(node, value, kind)) return null;
    return value;
  }

  inHandler(node: TSESTree.Node): boolean {
    let current: TSESTree.Node | undefined = node;
    while (current) {
      if (isFunction(current) && this.handlerFor(current)) return true;
      current = current.parent;
    }
    return false;
  }

  private handlerFor(fn: TSESTree.Node): RequestHandler | null {
    return handlerForFunction(this.sourceCode, fn, this.options.filename);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Expression evaluation

  private evaluate(node: TSESTree.Node, frame: Frame): Value {
    return this.evaluator.evaluate(node, frame);
  }

  /** The value of the one expression the shared resolver says `node` stands for, when it finds one. */
  private resolvedValue(node: TSESTree.Node, frame: Frame): TaintValue | null {
    const resolved = resolveExpression(this.sourceCode, node);
    return resolved === node ? null : this.evaluate(resolved, frame);
  }

  /** The taint rules for a node; `undefined` leaves identifiers, awaits, sequences and spreads to backward.ts. */
  private compute(node: TSESTree.Node, frame: Frame): Value | undefined {
    switch (node.type) {
      case 'MemberExpression': {
        const windowRoot = this.windowMember(node);
        if (windowRoot) return windowRoot;
        const browser = browserMemberSource(this.sourceCode, node);
        if (browser) return this.browserValue(browser);
        const object = this.evaluate(node.object, frame);
        if (!object) return null;
        return this.member(object, this.memberKey(node));
      }
      case 'CallExpression':
        // `get()` of a helper of this file that only returns one expression (static-values.ts `resolveExpression`).
        return this.call(node, frame) ?? this.resolvedValue(node, frame);
      case 'NewExpression': {
        const callee = skipWrappers(node.callee);
        if (callee.type === 'Identifier' && PROPAGATING_CONSTRUCTORS.has(callee.name) && this.isGlobal(callee)) {
          const first = node.arguments[0];
          return first ? this.evaluate(first, frame) : null;
        }
        return null;
      }
      case 'TemplateLiteral':
        return asText(union(node.expressions.map((expression) => this.evaluate(expression, frame))));
      case 'BinaryExpression': {
        if (node.operator === '+') {
          return asText(union([this.evaluate(node.left, frame), this.evaluate(node.right, frame)]));
        }
        if (['-', '*', '/', '%', '**', '&', '|', '^', '<<', '>>', '>>>'].includes(node.operator)) {
          const value = union([this.evaluate(node.left, frame), this.evaluate(node.right, frame)]);
          return value?.type === 'tainted' ? withCleared(value, NUMERIC_CLEARED) : null;
        }
        return null;
      }
      case 'UnaryExpression': {
        if (node.operator === '+' || node.operator === '-' || node.operator === '~') {
          const value = this.evaluate(node.argument, frame);
          return value?.type === 'tainted' ? withCleared(value, NUMERIC_CLEARED) : null;
        }
        return null;
      }
      case 'LogicalExpression':
        if (node.operator === '&&') return this.evaluate(node.right, frame);
        return union([this.evaluate(node.left, frame), this.evaluate(node.right, frame)]);
      case 'ConditionalExpression':
        // `ALLOWED.includes(x) ? x : 'jpg'`: a branch the test validates is clean for the kinds the test guards.
        return union([this.guardedBranch(node.test, node.consequent, frame, true), this.guardedBranch(node.test, node.alternate, frame, false)]);
      case 'AssignmentExpression':
        return node.operator === '=' ? this.evaluate(node.right, frame) : null;
      case 'ArrayExpression':
        return literalContainer(
          union(node.elements.map((element) => (element ? this.evaluate(element.type === 'SpreadElement' ? element.argument : element, frame) : null))),
        );
      case 'ObjectExpression':
        return literalContainer(
          union(
            node.properties.map((property) =>
              property.type === 'SpreadElement'
                ? this.evaluate(property.argument, frame)
                : this.evaluate(property.value, frame),
            ),
          ),
        );
      case 'Identifier':
      case 'AwaitExpression':
      case 'SequenceExpression':
      case 'SpreadElement':
        return undefined;
      default:
        return null;
    }
  }

  private memberKey(node: TSESTree.MemberExpression): string | null {
    const key = getStaticKeyName(node.property, node.computed);
    if (key !== null) return key;
    return node.computed ? staticString(this.sourceCode, node.property) : null;
  }

  /** `value.key`: extend a source object's path, or keep taint on data. `key === null` = computed unknown. */
  private member(value: TaintValue, key: string | null): TaintValue | null {
    if (value.type === 'tainted') {
      if (key === 'length') return null;
      // The server's own origin, parsed from the request URL (`new URL(request.url).origin`), is not client data.
      if (key !== null && URL_ORIGIN_PARTS.has(key) && /\.url$/.test(value.label)) return null;
      // The query of a Node request target (`new URL(req.url, base).searchParams`, `url.parse(req.url, true).query`)
      // is free text: unlike the target itself it can hold a whole address for a redirect or a fetch.
      if (key !== null && URL_QUERY_PARTS.has(key) && /\.url$/.test(value.label) && value.cleared.has('redirect')) {
        const cleared = new Set(value.cleared);
        for (const kind of NODE_REQUEST_CLEARED) cleared.delete(kind);
        return tainted(`${value.label}.${key}`, cleared);
      }
      return tainted(
        `${value.label}${key === null ? '[…]' : /^\d+$/.test(key) ? `[${key}]` : `.${key}`}`,
        value.cleared,
        false,
        value.shaped === true,
      );
    }
    if (key === null) return null;
    const path = [...value.path, key];
    const label = `${value.label}.${key}`;
    let prefix = false;
    for (const source of ROOT_SOURCES[value.root]) {
      if (source.path.length === path.length && !source.call && source.path.every((part, index) => part === path[index])) {
        return tainted(label, value.cleared, source.whole === true, source.objects === true);
      }
      if (source.path.length > path.length && path.every((part, index) => part === source.path[index])) prefix = true;
    }
    return prefix ? { ...value, path, label } : null;
  }

  private isGlobal(identifier: TSESTree.Identifier): boolean {
    const variable = findVariable(this.sourceCode.getScope(identifier), identifier);
    return !variable || variable.defs.length === 0;
  }

  /** Dotted name of a global function callee (`JSON.parse`, `Number`), or null. */
  private globalCalleeName(callee: TSESTree.Node): string | null {
    if (callee.type === 'Identifier') return this.isGlobal(callee) ? callee.name : null;
    if (callee.type === 'MemberExpression') {
      const object = skipWrappers(callee.object);
      const key = getStaticKeyName(callee.property, callee.computed);
      if (object.type === 'Identifier' && key !== null && this.isGlobal(object)) return `${object.name}.${key}`;
    }
    return null;
  }

  private call(node: TSESTree.CallExpression, frame: Frame): TaintValue | null {
    const callee = skipWrappers(node.callee);
    const name = calleeName(callee);
    if (name !== null && this.sanitizerNames.has(name)) return null;
    const root = this.rootCallMap().get(node);
    if (root) return this.rootObject(root, root === 'stripe-event' ? 'event' : root);
    const browserCall = this.browserCallMap().get(node);
    if (browserCall) {
      if (browserCall === 'callback-result' || browserCall === 'wrapper') {
        const argument = node.arguments[0];
        if (!argument) return null;
        if (browserCall === 'wrapper') return this.evaluate(argument, frame);
        return union(callbackReturns(argument, this.sourceCode.visitorKeys).map((value) => this.evaluate(value, frame)));
      }
      if (browserCall.root) return this.rootObject(browserCall.root, browserCall.label, BROWSER_CLEARED);
      return tainted(browserCall.label, BROWSER_CLEARED, browserCall.whole === true);
    }
    const sanitizer = this.sanitizerMap().get(node);
    if (sanitizer) {
      if (sanitizer === 'all') return null;
      const value = node.arguments[0] ? this.evaluate(node.arguments[0], frame) : null;
      return value?.type === 'tainted' ? withCleared(value, sanitizer) : null;
    }
    if (this.propagatorSet().has(node)) {
      return onlyTainted(union(node.arguments.map((argument) => this.evaluate(argument, frame))));
    }
    const first = node.arguments[0];
    const globalName = this.globalCalleeName(callee);
    if (globalName !== null) {
      if (GLOBAL_PROPAGATORS.has(globalName)) {
        const value = onlyTainted(union(node.arguments.map((argument) => this.evaluate(argument, frame))));
        if (value?.type !== 'tainted') return value;
        // `JSON.parse(req.query.filter)`: whatever object the client wrote.
        if (globalName === 'JSON.parse') return { ...value, whole: true, shaped: true };
        return OBJECT_PROPAGATORS.has(globalName) ? value : asText(value);
      }
      if (GLOBAL_NUMERIC.has(globalName)) {
        const value = onlyTainted(union(node.arguments.map((argument) => this.evaluate(argument, frame))));
        return value?.type === 'tainted' ? withCleared(value, NUMERIC_CLEARED) : null;
      }
      const encoder = GLOBAL_ENCODERS[globalName];
      if (encoder) {
        const value = first ? this.evaluate(first, frame) : null;
        return value?.type === 'tainted' ? withCleared(value, encoder) : null;
      }
      if (globalName === 'Boolean') return null;
    }
    if (callee.type === 'MemberExpression' && name !== null) {
      const receiver = this.evaluate(callee.object, frame);
      if (receiver?.type === 'object') {
        const path = [...receiver.path, name];
        for (const source of ROOT_SOURCES[receiver.root]) {
          if (source.call && source.path.length === path.length && source.path.every((part, index) => part === path[index])) {
            const argument = first ? staticString(this.sourceCode, first) : null;
            const label = `${receiver.label}.${name}(${argument === null ? '' : `'${argument}'`})`;
            return tainted(label, receiver.cleared, source.whole === true, source.objects === true);
          }
        }
        return null;
      }
      if (receiver?.type === 'tainted') {
        // The start of the page's own address (`location.href.substring(0, i)`) keeps the page's origin: the client
        // may choose the rest of the address, not where a redirect to it goes.
        if (
          (name === 'substring' || name === 'slice') &&
          OWN_ADDRESS.test(receiver.label) &&
          node.arguments[0]?.type === 'Literal' &&
          node.arguments[0].value === 0
        ) {
          return withCleared(receiver, ['redirect']);
        }
        if (PROPAGATING_METHODS.has(name)) return tainted(receiver.label, receiver.cleared);
        if (NUMERIC_METHODS.has(name)) return withCleared(receiver, NUMERIC_CLEARED);
        return null;
      }
      if (SCHEMA_PARSE_METHODS.has(name)) return null;
    }
    // Same-file helper, one level deep.
    if (callee.type === 'Identifier') {
      const helper = resolveLocalFunction(this.sourceCode, callee);
      if (helper && frame.fn === null && !this.handlerFor(helper)) return this.helperResult(helper, node, frame);
    }
    // A helper we cannot see into whose name says it returns its text reshaped (`utils.trunc(id, 40)`).
    if (name !== null && isTextHelperName(name)) {
      return asText(onlyTainted(union(node.arguments.map((argument) => this.evaluate(argument, frame)))));
    }
    // A function of another project module that returns its parameter (src/requests/parameter-sinks.ts). Only a
    // tainted argument can make its result tainted, so the callee (often a module to parse) is resolved only then.
    if (
      node.arguments.length > 0 &&
      (callee.type === 'Identifier' || callee.type === 'MemberExpression') &&
      node.arguments.some((argument) => this.evaluate(argument, frame)?.type === 'tainted')
    ) {
      const target = resolveCalledFunction(this.sourceCode, callee);
      if (target?.imported) {
        const parts: (TaintValue | null)[] = [];
        for (const returned of returnedParameters(target)) {
          const argument = argumentFor(node, returned.parameter);
          const value = argument ? this.evaluate(argument, frame) : null;
          if (value?.type === 'tainted') parts.push(withCleared({ ...value, whole: false }, returned.cleared));
        }
        if (parts.length > 0) return union(parts);
      }
    }
    return null;
  }

  /** The value of a ternary branch; clean for what the test checks when that branch runs only if the check passed. */
  private guardedBranch(test: TSESTree.Node, branch: TSESTree.Node, frame: Frame, whenTrue: boolean): TaintValue | null {
    const value = this.evaluate(branch, frame);
    if (value?.type !== 'tainted') return value;
    // Polarity: `ok(x) ? x : d` and `!ok(x) ? d : x` validate x; `x === 'undefined' ? '' : x` does not. Compound
    // tests are left alone.
    let check = skipWrappers(test);
    let passes = true;
    while (check.type === 'UnaryExpression' && check.operator === '!') {
      passes = !passes;
      check = skipWrappers(check.argument);
    }
    if (check.type === 'LogicalExpression') return value;
    if (check.type === 'BinaryExpression' && (check.operator === '!==' || check.operator === '!=')) passes = !passes;
    if (passes !== whenTrue) return value;
    const guarded = ALL_KINDS.filter((kind) => !value.cleared.has(kind) && this.testGuards(test, value, kind));
    return guarded.length > 0 ? withCleared(value, guarded) : value;
  }

  private rootObject(root: RootKind, label: string, cleared: ReadonlySet<TaintKind> = EMPTY): SourceObject {
    return { type: 'object', root, path: [], label, cleared };
  }

  private rootCallMap(): Map<TSESTree.Node, RootKind> {
    if (!this.rootCalls) {
      this.rootCalls = new Map();
      for (const reference of findApiReferences(this.sourceCode, ROOT_CALLS)) {
        const data = reference.definition.data;
        if ('role' in data && data.role === 'root') this.rootCalls.set(reference.node, data.root);
      }
    }
    return this.rootCalls;
  }

  /** Browser router hooks (`useRoute()`, `useParams()`) and callback-result calls (`computed(() => …)`). */
  private browserCallMap(): Map<TSESTree.Node, BrowserSourceCall | ValueCall['role']> {
    if (!this.browserCalls) {
      this.browserCalls = new Map();
      for (const reference of findApiReferences(this.sourceCode, BROWSER_SOURCE_CALLS)) {
        if (reference.definition.kind === 'call') this.browserCalls.set(reference.node, reference.definition.data);
      }
      for (const reference of findApiReferences(this.sourceCode, VALUE_CALLS)) {
        if (reference.definition.kind === 'call') this.browserCalls.set(reference.node, reference.definition.data.role);
      }
    }
    return this.browserCalls;
  }

  private browserValue(source: BrowserSource): TaintValue {
    return source.type === 'root' ? this.rootObject(source.root, source.label, BROWSER_CLEARED) : tainted(source.label, BROWSER_CLEARED);
  }

  private propagatorSet(): Set<TSESTree.Node> {
    if (!this.propagatingCalls) {
      this.propagatingCalls = new Set(findApiReferences(this.sourceCode, PROPAGATING_CALLS).map((reference) => reference.node));
    }
    return this.propagatingCalls;
  }

  private sanitizerMap(): Map<TSESTree.Node, readonly TaintKind[] | 'all'> {
    if (!this.sanitizerCalls) {
      this.sanitizerCalls = new Map();
      for (const reference of findApiReferences(this.sourceCode, SANITIZER_CALLS)) {
        this.sanitizerCalls.set(reference.node, reference.definition.data.clears);
      }
    }
    return this.sanitizerCalls;
  }

  /** A same-file helper's returns with its parameters bound to the argument values, when one of them is tainted. */
  private helperResult(helper: AnyFunction, call: TSESTree.CallExpression, frame: Frame): Value {
    const bindings = new Map<number, Value>();
    let anyTainted = false;
    helper.params.forEach((param, index) => {
      const argument = call.arguments[index];
      if (param.type !== 'Identifier' || !argument || argument.type === 'SpreadElement') return;
      const value = this.evaluate(argument, frame);
      if (value) anyTainted = true;
      bindings.set(index, value);
    });
    return anyTainted ? this.evaluator.returns(helper, bindings) : null;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Variables

  /**
   * Sloppy-mode scripts assign undeclared names (`filePath = dir + args.filePath; fs.writeFile(filePath, …)`): the
   * value is the last plain assignment before the use in the same function.
   */
  private implicitGlobal(node: TSESTree.Identifier, frame: Frame): TaintValue | null {
    const writes = this.implicitWrites().get(node.name);
    if (!writes) return null;
    const fn = getEnclosingFunction(node);
    let last: TSESTree.Identifier | null = null;
    for (const write of writes) {
      if (write.range[1] <= node.range[0] && getEnclosingFunction(write) === fn) last = write;
    }
    const assignment = last?.parent;
    if (assignment?.type !== 'AssignmentExpression' || assignment.operator !== '=' || assignment.left !== last) return null;
    return this.evaluate(assignment.right, frame);
  }

  private implicitWriteMap: Map<string, TSESTree.Identifier[]> | null = null;

  /** Writes to undeclared names, by name, in source order. */
  private implicitWrites(): Map<string, TSESTree.Identifier[]> {
    if (!this.implicitWriteMap) {
      this.implicitWriteMap = new Map();
      for (const reference of this.sourceCode.scopeManager?.globalScope?.through ?? []) {
        if (!reference.isWrite() || reference.identifier.type !== 'Identifier') continue;
        const list = this.implicitWriteMap.get(reference.identifier.name) ?? [];
        list.push(reference.identifier);
        this.implicitWriteMap.set(reference.identifier.name, list);
      }
      for (const list of this.implicitWriteMap.values()) list.sort((a, b) => a.range[0] - b.range[0]);
    }
    return this.implicitWriteMap;
  }

  /** `window.location` / `globalThis.document`: the browser roots reached through a global object. */
  private windowMember(node: TSESTree.MemberExpression): SourceObject | null {
    const object = skipWrappers(node.object);
    if (object.type !== 'Identifier' || !GLOBAL_OBJECTS.includes(object.name) || !this.isGlobal(object)) return null;
    const key = getStaticKeyName(node.property, node.computed);
    const root = key === null ? undefined : GLOBAL_ROOTS[key];
    return root ? this.rootObject(root, `${object.name}.${key}`, BROWSER_CLEARED) : null;
  }

  private element(value: TaintValue | null): TaintValue | null {
    return value?.type === 'tainted' ? tainted(`${value.label}[]`, value.cleared) : null;
  }

  /** A parameter: a handler's request/context, a NestJS input, a helper binding, or an array-callback element. */
  private parameterValue(fn: AnyFunction, index: number, name: TSESTree.Identifier, frame: Frame): Value {
    const param = fn.params[index]!;
    let base: TaintValue | null = null;
    const handler = this.handlerFor(fn);
    const source = this.options.parameterSources?.indexOf(fn) ?? -1;
    if (handler) {
      base = this.handlerParamValue(handler, param);
    } else if (source !== -1) {
      // A summarised function's parameter: the whole argument, whatever the caller passes.
      base = tainted(parameterLabel(source, index), EMPTY, true);
    } else if (isFunction(fn) && fn.parent?.type === 'CallExpression' && fn.parent.arguments[0] === fn) {
      // items.map((item) => …): item is an element of the receiver.
      const call = fn.parent;
      const callee = skipWrappers(call.callee);
      if (callee.type === 'MemberExpression' && index === 0) {
        const method = getStaticKeyName(callee.property, callee.computed);
        if (method !== null && ELEMENT_CALLBACK_METHODS.has(method)) {
          base = this.element(this.evaluate(callee.object, frame));
        } else if (method !== null && VALUE_CALLBACK_METHODS.has(method)) {
          // route.queryParams.subscribe((params) => …): params is the observable's (or promise's) value.
          base = onlyTainted(this.evaluate(callee.object, frame));
        }
      }
    }
    if (!base && !handler) {
      const browser = browserParameterSource(this.sourceCode, fn, param);
      if (browser) base = this.browserValue(browser);
    }
    if (!base && !handler && source === -1 && param === name && !summarisedFunctions(this.sourceCode).includes(fn)) {
      // A nested helper called from one place (static-values.ts `resolveIdentifier`): that call's argument. Functions
      // with a summary (project-functions.ts) are judged at their calls instead, naming the function.
      const argument = resolveIdentifier(this.sourceCode, name);
      if (argument) base = this.evaluate(argument, frame);
    }
    if (!base) return null;
    if (param === name) return base;
    return this.evaluator.applySteps(base, stepsWithin(this.sourceCode, name, param), frame);
  }

  private handlerParamValue(handler: RequestHandler, param: TSESTree.Parameter): TaintValue | null {
    if (handler.framework === 'graphql') {
      // Resolver arguments are typed by the schema (a `String` argument cannot be an operator object).
      const input = handler.inputs.find((candidate) => candidate.param === param);
      return input ? tainted(input.label ?? paramLabel(param, 'args'), EMPTY, false, false) : null;
    }
    if (handler.framework === 'nest') {
      const input = handler.inputs.find((candidate) => candidate.param === param);
      if (!input) return null;
      if (input.kind === 'request') return this.rootObject('express-request', paramLabel(param, 'req'));
      if (input.kind === 'response' || input.kind === 'ip') return null;
      const decorator = { body: 'Body', query: 'Query', params: 'Param', headers: 'Headers', file: 'UploadedFile' }[input.kind];
      const label = `@${decorator}(${input.key ? `'${input.key}'` : ''})`;
      // A DTO class type means class-validator rules ran (ValidationPipe): trusted for amounts when its money fields
      // are bounded, or when the class cannot be read (dto-classes.ts); `@IsPositive() amount` alone is not a price.
      // Its fields have the declared types (a string field cannot carry a MongoDB operator); their content is still
      // the client's.
      const typed = hasClassType(param);
      const cleared: ReadonlySet<TaintKind> =
        typed && dtoBoundsMoneyFields(this.sourceCode, param) ? new Set<TaintKind>(['amount']) : EMPTY;
      const whole = input.key === null && (input.kind === 'body' || input.kind === 'query');
      return tainted(label, cleared, whole, whole && !typed);
    }
    if (param === handler.request) {
      switch (handler.framework) {
        case 'next-app':
          return this.rootObject('next-request', paramLabel(param, 'request'));
        case 'lambda':
          return this.rootObject('lambda-event', paramLabel(param, 'event'));
        case 'firebase-callable':
          // v2 `(request)` carries the payload in `request.data`; v1 `(data, context)` is the payload itself.
          return FIREBASE_REQUEST_NAMES.has(paramLabel(param, ''))
            ? this.rootObject('firebase-callable-request', paramLabel(param, 'request'))
            : tainted(paramLabel(param, 'data'), EMPTY, true);
        case 'node-http':
          // `req.url` is the request target (`/path?query`): it cannot choose where a redirect or fetch goes.
          return this.rootObject('node-request', paramLabel(param, 'req'), NODE_REQUEST_CLEARED);
        default:
          return this.rootObject('express-request', paramLabel(param, 'req'));
      }
    }
    if (param === handler.context) {
      switch (handler.framework) {
        case 'koa':
          return this.rootObject('koa-context', paramLabel(param, 'ctx'));
        case 'hono':
          return this.rootObject('hono-context', paramLabel(param, 'c'));
        case 'next-app':
          return this.rootObject('next-route-context', paramLabel(param, 'context'));
        default:
          return null;
      }
    }
    return null;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Guards

  private isGuarded(node: TSESTree.Node, value: Tainted, kind: TaintKind): boolean {
    let child: TSESTree.Node = node;
    let parent = node.parent;
    let insideFunction = false;
    while (parent) {
      if (isFunction(parent)) insideFunction = true;
      // Request data only exists inside its handler: module-level statements cannot guard it.
      if (parent.type === 'Program' && insideFunction) break;
      switch (parent.type) {
        case 'IfStatement':
        case 'ConditionalExpression':
          if (parent.test !== child && this.testGuards(parent.test, value, kind)) return true;
          break;
        case 'LogicalExpression':
          if (parent.operator === '&&' && parent.right === child && this.testGuards(parent.left, value, kind)) return true;
          break;
        case 'BlockStatement':
        case 'Program':
        case 'StaticBlock':
        case 'SwitchCase': {
          const body = (parent.type === 'SwitchCase' ? parent.consequent : parent.body) as TSESTree.Node[];
          for (const statement of body) {
            if (statement === child) break;
            if (this.statementGuards(statement, value, kind)) return true;
          }
          break;
        }
        default:
          break;
      }
      child = parent;
      parent = parent.parent;
    }
    return false;
  }

  /** `if (!valid(x)) return;` / `assert(valid(x))` / `if (!ok) throw …`. */
  private statementGuards(statement: TSESTree.Node, value: Tainted, kind: TaintKind): boolean {
    if (statement.type === 'IfStatement') {
      return exits(statement.consequent) && this.testGuards(statement.test, value, kind);
    }
    if (statement.type === 'ExpressionStatement') {
      const expression = skipWrappers(statement.expression);
      const awaited = expression.type === 'AwaitExpression' ? skipWrappers(expression.argument) : expression;
      if (awaited.type === 'CallExpression') {
        const name = calleeName(skipWrappers(awaited.callee));
        if (name !== null && (/^(?:assert|invariant|ok|strictEqual|equal)/.test(name) || this.sanitizerNames.has(name) || GUARD_NAME_PATTERN.test(name))) {
          // `assert(isValid(x))` checks a condition; `assertInvoiceId(x)` / `validateAmount(x)` checks the value itself.
          const checksValue = name !== 'assert' && name !== 'ok' && name !== 'invariant';
          return awaited.arguments.some(
            (argument) => this.testGuards(argument, value, kind) || (checksValue && this.covers(argument, value)),
          );
        }
      }
    }
    return false;
  }

  /** Does a condition validate the tainted value (in either polarity) for `kind`? */
  private testGuards(test: TSESTree.Node, value: Tainted, kind: TaintKind): boolean {
    let found = false;
    let visited = 0;
    const visit = (node: TSESTree.Node): void => {
      if (found || visited++ > GUARD_SCAN_NODES) return;
      const inner = skipWrappers(node);
      switch (inner.type) {
        case 'UnaryExpression':
          if (inner.operator === '!') visit(inner.argument);
          // `typeof x === 'string'` rules out operator objects (NoSQL) and nothing else.
          else if (inner.operator === 'typeof' && kind === 'nosql' && this.covers(inner.argument, value)) found = true;
          return;
        case 'LogicalExpression':
          visit(inner.left);
          visit(inner.right);
          return;
        case 'BinaryExpression':
          found = this.comparisonGuards(inner, value, kind);
          if (!found) {
            visit(inner.left);
            visit(inner.right);
          }
          return;
        case 'CallExpression':
          found = this.callGuards(inner, value, kind);
          return;
        case 'AwaitExpression':
          visit(inner.argument);
          return;
        default:
          return;
      }
    };
    visit(test);
    return found;
  }

  private comparisonGuards(node: TSESTree.BinaryExpression, value: Tainted, kind: TaintKind): boolean {
    const left = skipWrappers(node.left);
    const right = node.right;
    const sides: [TSESTree.Node, TSESTree.Node][] = [
      [left, right],
      [right, left],
    ];
    for (const [subject, other] of sides) {
      if (!this.covers(subject, value)) continue;
      const otherValue = this.valueOf(other);
      if (otherValue?.type === 'tainted') continue;
      if (['===', '==', '!==', '!='].includes(node.operator)) {
        // Equality against a server value / constant: an allowlist (null/undefined checks are not).
        const constant = skipWrappers(other);
        if (constant.type === 'Literal' && constant.value === null) continue;
        if (constant.type === 'Identifier' && constant.name === 'undefined') continue;
        if (constant.type === 'UnaryExpression' && constant.operator === 'void') continue;
        // `x === ''` / `x.length === 0` ask whether there is a value, not which one (the else branch has any value).
        if (constant.type === 'Literal' && constant.value === '') continue;
        if (subject.type === 'MemberExpression' && getStaticKeyName(subject.property, subject.computed) === 'length') continue;
        return true;
      }
      // A bounds check limits an amount; it does not make a string safe.
      if (['<', '<=', '>', '>='].includes(node.operator)) return kind === 'amount';
    }
    return false;
  }

  private callGuards(node: TSESTree.CallExpression, value: Tainted, kind: TaintKind): boolean {
    const callee = skipWrappers(node.callee);
    const name = calleeName(callee);
    if (name === null) return false;
    const argumentCovers = (): boolean => node.arguments.some((argument) => this.covers(argument, value));
    if (this.sanitizerNames.has(name)) return argumentCovers();
    if (callee.type === 'MemberExpression') {
      const receiverCovers = this.covers(callee.object, value);
      // ALLOWED.includes(x) / allowed.has(x)
      if (ALLOWLIST_METHODS.has(name) && !receiverCovers) return argumentCovers();
      // /^[a-z0-9_-]+$/.test(x)
      if (name === 'test' && skipWrappers(callee.object).type === 'Literal') return argumentCovers();
      // x.startsWith('/') (redirect), x.startsWith('https://shop.example/') (redirect, url)
      // fullPath.startsWith(UPLOAD_DIR) (path)
      if ((name === 'startsWith' || name === 'match') && receiverCovers) return kind === 'redirect' || kind === 'url' || kind === 'path';
      // name.includes('..') / name.indexOf('..') rejects parent-directory segments (path); name.includes('/')
      // keeps the name to one segment (at worst `..`, a directory, not a file outside it).
      if ((name === 'includes' || name === 'indexOf') && receiverCovers && kind === 'path') {
        const needle = node.arguments[0] ? staticString(this.sourceCode, node.arguments[0]) : null;
        return needle !== null && (needle.includes('..') || needle === '/');
      }
      if (name === 'isInteger' || name === 'isSafeInteger' || name === 'isFinite') return argumentCovers();
    }
    if (GUARD_NAME_PATTERN.test(name) || SCHEMA_PARSE_METHODS.has(name)) return argumentCovers();
    return false;
  }

  /** Is `node` (in a guard) the same data as `value` — or a part/whole of it? */
  private covers(node: TSESTree.Node, value: Tainted): boolean {
    const other = this.valueOf(node);
    // Checking the request object itself (`requireAuth(req)`) says nothing about its data.
    if (!other || other.type !== 'tainted') return false;
    const label = other.label;
    return (
      label === value.label ||
      value.label.startsWith(`${label}.`) ||
      value.label.startsWith(`${label}[`) ||
      label.startsWith(`${value.label}.`)
    );
  }
}

/** `trunc`, `normalizeName`, `cutOffPoisonNullByte`; not `escapeHtml`, `formatPrice`, `isNormalized`. */
function isTextHelperName(name: string): boolean {
  const words = splitName(name);
  return words.some((word) => TEXT_HELPER_WORDS.has(word)) && !words.some((word) => NON_TEXT_HELPER_WORDS.has(word));
}

/** An object or array literal holding tainted data: the literal is the server's, only its parts are the client's. */
function literalContainer(value: TaintValue | null): TaintValue | null {
  const data = onlyTainted(value);
  return data?.type === 'tainted' && data.shaped === true ? { ...data, shaped: false } : data;
}

function onlyTainted(value: TaintValue | null): TaintValue | null {
  return value?.type === 'tainted' ? value : null;
}


function paramLabel(param: TSESTree.Parameter, fallback: string): string {
  if (param.type === 'Identifier') return param.name;
  if (param.type === 'AssignmentPattern' && param.left.type === 'Identifier') return param.left.name;
  return fallback;
}

/** `@Body() dto: CreatePaymentDto` — a class-typed parameter (not a primitive, `any`, object literal or Record). */
function hasClassType(param: TSESTree.Parameter): boolean {
  const type = annotatedType(param);
  if (type?.type !== 'TSTypeReference' || type.typeName.type !== 'Identifier') return false;
  return !['Record', 'Partial', 'Object', 'Array', 'Map', 'Promise', 'Request', 'Response'].includes(type.typeName.name);
}

/** A statement that always leaves the enclosing block: `return`, `throw`, `continue`, `break`, or a block ending so. */
function exits(statement: TSESTree.Statement): boolean {
  switch (statement.type) {
    case 'ReturnStatement':
    case 'ThrowStatement':
    case 'ContinueStatement':
    case 'BreakStatement':
      return true;
    case 'BlockStatement': {
      const last = statement.body[statement.body.length - 1];
      return last !== undefined && exits(last);
    }
    case 'IfStatement':
      return statement.alternate !== null && exits(statement.consequent) && exits(statement.alternate);
    default:
      return false;
  }
}
