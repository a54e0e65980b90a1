/**
 * Where a payment call's money is set (rules/no-client-controlled-amount.ts): the expressions that set an amount,
 * currency or fee field of a recognised provider call (src/catalog/amount-fields.ts), and, as a function summary,
 * which parameters of a project function reach such a field — "parameter 0 (its `amount`) becomes the `amount` of
 * Stripe paymentIntents.create". A route that calls `chargeCustomer(req.body.amount)`, or a NestJS controller that
 * hands its `@Body()` DTO to `this.payments.create(dto)`, is where the client's value enters; the summary of the
 * callee's module says what the callee does with it, so the rule reports at the call.
 *
 * A module's summary is computed once (src/modules/project-functions.ts `moduleSummary`): the taint analysis of
 * src/requests/taint.ts runs over the module with the parameters of its summarised functions as the sources, and
 * every money field it reaches is recorded with the parameter (and the parameter's field) it came from. Guards in the
 * callee (a bounds check, an allowlist, a validator) clear the value there, so the summary records nothing; a price
 * the callee looks up itself is not a parameter. Calls inside the module to another project function use that
 * function's summary in turn (nested at most PROJECT_MODULE_HOPS deep, a same-module call through a first pass).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { MONEY_FIELD_CALLS, type MoneyFields } from '../catalog/amount-fields.js';
import { getEnclosingFunction } from '../ast/ast.js';
import { argumentsOf, findApiReferences } from '../modules/module-references.js';
import {
  findProjectCalls,
  isSameFileCall,
  moduleSummary,
  summarisedFunctions,
  type ProjectFunction,
} from '../modules/project-functions.js';
import { filenameOf } from '../modules/project-modules.js';
import { compileTrigger, getFileFacts, matchesTrigger, type Trigger } from '../modules/file-facts.js';
import { followFieldPath } from '../values/field-paths.js';
import { argumentFor } from '../modules/project-functions.js';
import { createParameterTaintAnalysis, parameterOfLabel, type TaintAnalysis, type Tainted } from '../requests/taint.js';
import { fieldOfArgument } from '../requests/taint-sinks.js';

/**
 * A module whose money can be set: it loads a payment SDK, or a project module it imports names one (file-facts.ts,
 * text only). A module that does neither has an empty summary without resolving a call, so a route's helpers that
 * never reach a payment module cost one text check each; a chain of two modules without an SDK between the caller
 * and the payment call is not followed.
 */
export const PAYMENT_MODULE_TRIGGER: Trigger = { apis: [MONEY_FIELD_CALLS] };

/** What a money site sets: an amount (or fee), a currency, or an opaque object that can set either. */
export type MoneyKind = 'amount' | 'currency' | 'object';

export interface AmountOptions {
  /** Extra top-level parameter names that define money for every recognised call. */
  readonly extraAmountFields?: readonly string[];
  /** Also line-item quantities. */
  readonly checkQuantity?: boolean;
  /** Extra validator names (taint.ts sanitizers). */
  readonly validators?: readonly string[];
}

/** An expression that sets money of a payment call. */
export interface MoneySite {
  readonly node: TSESTree.Node;
  readonly kind: MoneyKind;
  /** `Stripe paymentIntents.create`. */
  readonly call: string;
  /** The field it sets, dotted: `amount`, `line_items.price_data.unit_amount`. */
  readonly field: string;
}

/**
 * The expressions that set money fields of the recognised payment calls of a file: leaves of the field paths, and
 * the opaque objects (`containers`) a path disappears into. A catalog price in a function that creates the product
 * and charges nothing there is an administrator pricing the catalog and is left out.
 */
export function findMoneySites(sourceCode: Readonly<SourceCode>, options: AmountOptions = {}): MoneySite[] {
  if (!loadsPaymentModule(sourceCode)) return [];
  const references = findApiReferences(sourceCode, MONEY_FIELD_CALLS);
  if (references.length === 0) return [];
  const extra = (options.extraAmountFields ?? []).map((field) => [field]);
  const productFunctions = new Set<TSESTree.Node | null>();
  const chargeFunctions = new Set<TSESTree.Node | null>();
  for (const reference of references) {
    const data = reference.definition.data;
    if (!('role' in data)) continue;
    if (data.role === 'catalog-product') productFunctions.add(getEnclosingFunction(reference.node));
    else if (data.role === 'money-fields' && !(data as MoneyFields).catalog) chargeFunctions.add(getEnclosingFunction(reference.node));
  }
  const sites: MoneySite[] = [];
  const seen = new Set<TSESTree.Node>();
  for (const reference of references) {
    const data = reference.definition.data;
    if (!('role' in data) || data.role !== 'money-fields') continue;
    const fields = data as MoneyFields;
    if (fields.catalog) {
      const fn = getEnclosingFunction(reference.node);
      if (productFunctions.has(fn) && !chargeFunctions.has(fn)) continue;
    }
    const argument = argumentsOf(reference)[fields.argument];
    if (!argument || argument.type === 'SpreadElement') continue;
    const paths = [...fields.fields, ...extra, ...(options.checkQuantity ? (fields.quantityFields ?? []) : [])];
    for (const path of paths) {
      const field = path.filter((step) => step !== '[]').join('.') || 'amount';
      const { leaves, containers } = followFieldPath(sourceCode, argument, path);
      const currency = /currency/iu.test(path.at(-1) ?? '');
      for (const node of leaves) {
        if (seen.has(node)) continue;
        seen.add(node);
        sites.push({ node, kind: currency ? 'currency' : 'amount', call: fields.call, field });
      }
      for (const node of containers) {
        if (seen.has(node)) continue;
        seen.add(node);
        sites.push({ node, kind: 'object', call: fields.call, field });
      }
    }
  }
  return sites;
}

// ---------------------------------------------------------------------------------------------------------------
// Function summaries

/** A parameter of a project function (or a field of it) that sets money of a payment call. */
export interface AmountParameter {
  readonly parameter: number;
  /** The field of the parameter that does (`amount` of `dto.amount`), or null for the parameter itself. */
  readonly field: string | null;
  readonly kind: MoneyKind;
  readonly call: string;
  readonly moneyField: string;
}

type AmountSummary = ReadonlyMap<number, readonly AmountParameter[]>;
const NONE: readonly AmountParameter[] = [];
/** First-pass results of a module being summarised, for calls between its own functions in the second pass. */
const provisional = new WeakMap<object, AmountSummary>();

function summaryKind(options: AmountOptions): string {
  const list = (values: readonly string[] | undefined): string => [...(values ?? [])].sort().join(',');
  return `client-amounts\0${list(options.extraAmountFields)}\0${list(options.validators)}\0${options.checkQuantity === true}`;
}

/** Which parameters of a project function set money of a payment call (empty when unknown). */
export function amountParameters(target: ProjectFunction, options: AmountOptions = {}): readonly AmountParameter[] {
  const draft = provisional.get(target.sourceCode);
  if (draft) return draft.get(target.fn.range[0]) ?? NONE;
  const summary = moduleSummary(target.sourceCode, summaryKind(options), () => summarise(target.sourceCode, options));
  return summary?.get(target.fn.range[0]) ?? NONE;
}


function loadsPaymentModule(sourceCode: Readonly<SourceCode>): boolean {
  return matchesTrigger(getFileFacts(sourceCode, filenameOf(sourceCode) ?? undefined), compileTrigger(PAYMENT_MODULE_TRIGGER));
}

function summarise(sourceCode: Readonly<SourceCode>, options: AmountOptions): AmountSummary {
  if (!loadsPaymentModule(sourceCode)) return new Map();
  const functions = summarisedFunctions(sourceCode);
  if (functions.length === 0) return new Map();
  const sites = findMoneySites(sourceCode, options);
  const calls = findProjectCalls(sourceCode);
  if (sites.length === 0 && calls.length === 0) return new Map();
  const filename = filenameOf(sourceCode) ?? undefined;
  const pass = (): Map<number, AmountParameter[]> => {
    const analysis = createParameterTaintAnalysis(sourceCode, functions, filename, options.validators);
    const summary = new Map<number, AmountParameter[]>();
    const record = (taint: Tainted | null, kind: MoneyKind, call: string, moneyField: string): void => {
      const origin = taint ? parameterOfLabel(taint.label) : null;
      const fn = origin ? functions[origin.fn] : undefined;
      if (!origin || !fn) return;
      // `.amount` of the parameter, or the parameter itself; an element or computed access is unknown.
      const field = /^\.([\w$]+)/u.exec(origin.rest)?.[1] ?? (origin.rest === '' ? null : '');
      if (field === '') return;
      const list = summary.get(fn.range[0]) ?? [];
      if (!list.some((entry) => entry.parameter === origin.parameter && entry.field === field && entry.moneyField === moneyField)) {
        list.push({ parameter: origin.parameter, field, kind, call, moneyField });
      }
      summary.set(fn.range[0], list);
    };
    for (const site of sites) {
      const taint = analysis.taintAt(site.node, 'amount');
      // An opaque object sets money only when it is the parameter (or a field of it) as the caller passed it.
      if (site.kind === 'object' && taint && !taint.whole) continue;
      record(taint, site.kind, site.call, site.field);
    }
    for (const finding of callFindings(sourceCode, analysis, calls, options)) {
      record(finding.taint, finding.entry.kind, finding.entry.call, finding.entry.moneyField);
    }
    return summary;
  };
  const first = pass();
  if (first.size === 0 || functions.length === 1 || !calls.some((entry) => isSameFileCall(sourceCode, entry.call) && entry.target()?.sourceCode === sourceCode)) {
    return first;
  }
  provisional.set(sourceCode, first);
  try {
    return pass();
  } finally {
    provisional.delete(sourceCode);
  }
}

/** A client value that a project function called here puts into a payment call's money. */
export interface AmountThroughCall {
  /** The argument (or its property) carrying the value. */
  readonly node: TSESTree.Node;
  readonly call: TSESTree.CallExpression;
  readonly target: ProjectFunction;
  readonly entry: AmountParameter;
  readonly taint: Tainted;
}

function callFindings(
  sourceCode: Readonly<SourceCode>,
  analysis: TaintAnalysis,
  calls: ReturnType<typeof findProjectCalls>,
  options: AmountOptions,
): AmountThroughCall[] {
  const findings: AmountThroughCall[] = [];
  const seen = new Set<TSESTree.Node>();
  for (const projectCall of calls) {
    const { call } = projectCall;
    if (!call.arguments.some((argument) => analysis.valueOf(argument)?.type === 'tainted')) continue;
    const target = projectCall.target();
    const entries = target ? amountParameters(target, options) : [];
    if (!target || entries.length === 0) continue;
    for (const entry of entries) {
      const node = fieldOfArgument(argumentFor(call, entry.parameter), entry.field, analysis);
      if (!node || seen.has(node)) continue;
      const taint = analysis.taintAt(node, 'amount');
      if (!taint || (entry.kind === 'object' && !taint.whole)) continue;
      seen.add(node);
      findings.push({ node, call, target, entry, taint });
    }
  }
  return findings;
}

/**
 * Request data (as `analysis` sees it) passed to a project function whose summary puts that parameter into a payment
 * call's money, one finding per argument, in source order.
 */
export function findAmountsThroughCalls(
  sourceCode: Readonly<SourceCode>,
  analysis: TaintAnalysis,
  options: AmountOptions = {},
): AmountThroughCall[] {
  // Money is only decided in a module that loads a payment SDK: the file must load one or import a project module
  // that names one (file-facts.ts), or no call here can reach a payment call and no argument needs evaluating.
  if (!loadsPaymentModule(sourceCode)) return [];
  return callFindings(sourceCode, analysis, findProjectCalls(sourceCode), options);
}
