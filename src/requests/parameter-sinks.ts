/**
 * Function summaries for taint sinks: "parameter i of this function reaches a SQL (NoSQL, shell, code, file,
 * redirect, URL, HTML) sink". A DAO in `lib/db.js` builds SQL from its parameter; the route that calls
 * `ordersDao.find(req.query.q)` is where request data enters it, so that is where no-unsanitized-input reports,
 * naming the callee and the sink.
 *
 * A function's summary is computed when a call of it is first asked about (src/modules/project-functions.ts
 * `functionSummary`): the taint analysis of src/requests/taint.ts runs over its module with the parameters of the
 * module's summarised functions as the only sources, and the sink finder of src/requests/taint-sinks.ts reports
 * which of them reach which sink. Calls inside the module to another project module use that function's summary in
 * turn (nested at most PROJECT_MODULE_HOPS deep), and are resolved only when they pass on what the asked function's
 * parameters carry; calls to a function of the same module use a first pass's result in a second pass. What the
 * summary cannot follow is unknown and adds nothing.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { SINK_KINDS, type SinkKind, type TaintKind } from '../catalog/taint.js';
import type { AnyFunction } from '../ast/ast.js';
import { returnedExpressions } from '../values/backward.js';
import { resolveExpression } from '../values/static-values.js';
import { filenameOf } from '../modules/project-modules.js';
import { functionSummary, summarisedFunctions, type ProjectFunction } from '../modules/project-functions.js';
import { createParameterTaintAnalysis, parameterOfLabel } from './taint.js';
import { findTaintedSinks } from './taint-sinks.js';

/** One parameter of a function that reaches a sink. */
export interface ParameterSink {
  readonly parameter: number;
  readonly kind: SinkKind;
  /** The sink's display name inside the function (`pg query`). */
  readonly sink: string;
  /** The whole parameter reaches it (not a field or a part of a string). */
  readonly whole: boolean;
  /** The field of the parameter that reaches it (`baseUrl` of `session.baseUrl`), or null for the parameter itself. */
  readonly field: string | null;
}

/** A parameter whose value the function returns (possibly transformed), and the kinds the transformation clears. */
export interface ReturnedParameter {
  readonly parameter: number;
  readonly cleared: ReadonlySet<TaintKind>;
}

type SinkSummary = ReadonlyMap<number, readonly ParameterSink[]>;

const ALL_KINDS: ReadonlySet<SinkKind> = new Set(SINK_KINDS);
const NONE: readonly ParameterSink[] = [];
/** First-pass results of a module being summarised, for calls between its own functions in the second pass. */
const provisional = new WeakMap<object, SinkSummary>();
/** During a first pass: the functions of the module being summarised that its calls reach (their summary is unknown). */
const reached = new WeakMap<object, Set<AnyFunction>>();
/** The summaries of one module that count as one for cycles (project-functions.ts `moduleSummary`). */
const FAMILY = 'parameter-sinks';

/** Which parameters of a project function reach which sinks (empty when unknown). */
export function parameterSinks(target: ProjectFunction): readonly ParameterSink[] {
  const draft = provisional.get(target.sourceCode);
  if (draft) return draft.get(target.fn.range[0]) ?? NONE;
  reached.get(target.sourceCode)?.add(target.fn);
  return functionSummary(target, 'parameter-sinks', false, (functions) => sinkSummary(target.sourceCode, functions), FAMILY) ?? NONE;
}

/**
 * Which parameters of another module's function it returns, possibly transformed (`normalise(q)` returning
 * `q.trim()`, `escapeHtml(s)` returning an escaped copy: then clean for HTML). Empty when unknown.
 */
export function returnedParameters(target: ProjectFunction): readonly ReturnedParameter[] {
  return functionSummary(target, 'returned-parameters', false, (wanted) => summariseReturns(target.sourceCode, wanted), FAMILY) ?? [];
}

/** The parameters that the functions of `wanted` return: only their return values are evaluated. */
function summariseReturns(sourceCode: Readonly<SourceCode>, wanted: ReadonlySet<AnyFunction>): Map<AnyFunction, ReturnedParameter[]> {
  const functions = summarisedFunctions(sourceCode);
  const returns = new Map<AnyFunction, ReturnedParameter[]>();
  const returnsAnalysis = createParameterTaintAnalysis(sourceCode, functions, filenameOf(sourceCode) ?? undefined);
  functions.forEach((fn, index) => {
    if (!wanted.has(fn)) return;
    for (const expression of returnedExpressions(fn, sourceCode.visitorKeys)) {
      const value = returnsAnalysis.valueOf(expression);
      const origin = value?.type === 'tainted' ? parameterOfLabel(value.label) : null;
      if (!origin || origin.fn !== index || value?.type !== 'tainted') continue;
      // An object the function builds around the parameter (`return { id, price }`, an entity looked up by a client
      // id): which field holds the parameter is not tracked, and the object's money fields are not the client's.
      const cleared = builtObject(sourceCode, expression) ? new Set<TaintKind>([...value.cleared, 'amount']) : value.cleared;
      const list = returns.get(fn) ?? [];
      const existing = list.findIndex((entry) => entry.parameter === origin.parameter);
      // Two returns of the same parameter: clean only for what both clear.
      if (existing === -1) list.push({ parameter: origin.parameter, cleared });
      else list[existing] = { parameter: origin.parameter, cleared: new Set([...list[existing]!.cleared].filter((kind) => cleared.has(kind))) };
      returns.set(fn, list);
    }
  });
  return returns;
}

/**
 * The sinks that the parameters of `wanted` reach. A pass runs the taint analysis over the module with the parameters
 * of every summarised function as sources, and resolves a call of a project function only when what it passes on
 * carries a parameter of `wanted` (taint-sinks.ts `wantedLabel`): so only their calls' callees (and modules) are
 * read. A second pass follows the calls between the module's own functions with the first pass's results for the
 * functions they reach (themselves summarised by a first pass if they are not in `wanted`).
 */
function sinkSummary(sourceCode: Readonly<SourceCode>, wanted: ReadonlySet<AnyFunction>): Map<AnyFunction, ParameterSink[]> {
  const functions = summarisedFunctions(sourceCode);
  const filename = filenameOf(sourceCode) ?? undefined;
  const pass = (origins: ReadonlySet<AnyFunction>): Map<AnyFunction, ParameterSink[]> => {
    const analysis = createParameterTaintAnalysis(sourceCode, functions, filename);
    const indexes = new Set([...origins].map((fn) => functions.indexOf(fn)));
    const wantedLabel = (label: string): boolean => indexes.has(parameterOfLabel(label)?.fn ?? -1);
    const summary = new Map<AnyFunction, ParameterSink[]>();
    for (const finding of findTaintedSinks(sourceCode, analysis, ALL_KINDS, filename, { wantedLabel })) {
      const origin = parameterOfLabel(finding.taint.label);
      const fn = origin ? functions[origin.fn] : undefined;
      if (!origin || !fn || !origins.has(fn)) continue;
      const list = summary.get(fn) ?? [];
      const field = /^\.([\w$]+)/u.exec(origin.rest)?.[1] ?? (origin.rest === '' ? null : '');
      if (field === '') continue; // a computed or element access: which part reaches the sink is unknown
      if (!list.some((entry) => entry.parameter === origin.parameter && entry.kind === finding.kind && entry.field === field)) {
        list.push({ parameter: origin.parameter, kind: finding.kind, sink: finding.sink, whole: finding.taint.whole, field });
      }
      summary.set(fn, list);
    }
    return summary;
  };
  const calls = new Set<AnyFunction>();
  reached.set(sourceCode, calls);
  let first: Map<AnyFunction, ParameterSink[]>;
  try {
    first = pass(wanted);
  } finally {
    reached.delete(sourceCode);
  }
  if (functions.length === 1) return first;
  // The second pass differs from the first only at the calls of the module's own functions that the first reached.
  const draft = new Map<number, ParameterSink[]>();
  for (const [fn, list] of first) draft.set(fn.range[0], list);
  const missing = new Set([...calls].filter((fn) => !wanted.has(fn)));
  if (missing.size > 0) for (const [fn, list] of pass(missing)) draft.set(fn.range[0], list);
  if (![...calls].some((fn) => draft.has(fn.range[0]))) return first;
  provisional.set(sourceCode, draft);
  try {
    return pass(wanted);
  } finally {
    provisional.delete(sourceCode);
  }
}

/** An object literal with no spread (possibly through a constant): its fields are the function's choice. */
function builtObject(sourceCode: Readonly<SourceCode>, expression: TSESTree.Node): boolean {
  const value = resolveExpression(sourceCode, expression);
  return value.type === 'ObjectExpression' && value.properties.every((property) => property.type === 'Property');
}

