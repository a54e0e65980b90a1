/**
 * Functions of this project that a call reaches: a function imported or required from another project module
 * (`import { find } from './lib/db'`, `const db = require('./lib/db'); db.find(q)`, `import * as db`, a method of
 * an exported object or of an exported instance of a same-file class, a method of an injected instance of an
 * exported class: `this.reports.byCustomer(q)`), or a top-level function of the same file.
 *
 * Function summaries (src/requests/parameter-sinks.ts, src/analyses/log-calls.ts, storage-writes.ts,
 * client-amounts.ts, provider-errors.ts, webhooks.ts) describe what such a function does with its parameters; this
 * module finds the function and caches the summaries: per parsed project file and stamp (size and modification
 * time, like project-modules.ts), per SourceCode for the linted file. `moduleSummary` computes one for a whole
 * module at once; `functionSummary` one for the function asked about (and the functions of its module that it
 * calls), so that only the calls inside those functions send it to other modules, and only those that hand on one of
 * their parameters (`parameterPassingCalls`). Summaries nest (a DAO calling a helper of a third module) at most
 * PROJECT_MODULE_HOPS deep; a summary asked for while it is being computed (a imports b imports a) is "nothing
 * known", so cycles end.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { findVariable } from '../ast/eslint-utils.js';
import { dirname, relative } from 'node:path';
import { getStaticKeyName, isFunction, skipWrappers, specifierExportName, type AnyFunction } from '../ast/ast.js';
import { nodesOfType } from '../ast/node-index.js';
import { PROJECT_MODULE_HOPS, PROJECT_SUMMARY_FUNCTIONS } from '../values/budget.js';
import { requiredModule } from './module-bindings.js';
import { aliasesFor } from './project-aliases.js';
import { importSource, typeAnnotationOf } from './typed-members.js';
import {
  exportSites,
  filenameOf,
  isProjectParse,
  mayNameProjectFile,
  MODULE_EXPORTS,
  parseProjectFile,
  resolveProjectFile,
  stampOf,
  type ExportSite,
} from './project-modules.js';
import { whileUnchanged, type Stamped } from './file-stamps.js';

/** A function of this project reached by a call. */
export interface ProjectFunction {
  /** The file that declares it (the linted file for same-file functions). */
  readonly file: string | null;
  readonly sourceCode: Readonly<SourceCode>;
  readonly fn: AnyFunction;
  /** How the call names it, for messages: `ordersDao.find`. */
  readonly name: string;
  /** Declared in another module. */
  readonly imported: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Summarised functions of a module

const functionLists = new WeakMap<object, readonly AnyFunction[]>();

/**
 * The functions of a module that get a summary, in source order, at most PROJECT_SUMMARY_FUNCTIONS: top-level
 * function declarations and `const f = () => …`, the functions of a top-level object literal (`module.exports = {
 * find(q) {…} }`, `export const dao = { … }`) and the methods of top-level classes.
 */
export function summarisedFunctions(sourceCode: Readonly<SourceCode>): readonly AnyFunction[] {
  let list = functionLists.get(sourceCode);
  if (list) return list;
  const out: AnyFunction[] = [];
  const add = (node: TSESTree.Node | null | undefined): void => {
    if (!node || out.length >= PROJECT_SUMMARY_FUNCTIONS) return;
    const inner = skipWrappers(node);
    if (isFunction(inner)) out.push(inner);
    else if (inner.type === 'ObjectExpression') {
      for (const property of inner.properties) if (property.type === 'Property') add(property.value);
    } else if (inner.type === 'ClassDeclaration' || inner.type === 'ClassExpression') {
      for (const member of inner.body.body) if (member.type === 'MethodDefinition' && member.kind === 'method') add(member.value);
    }
  };
  for (const statement of sourceCode.ast.body) {
    let node: TSESTree.Node | null | undefined = statement;
    if (node.type === 'ExportNamedDeclaration' || node.type === 'ExportDefaultDeclaration') node = node.declaration;
    if (!node) continue;
    if (node.type === 'VariableDeclaration') for (const declarator of node.declarations) add(declarator.init);
    else if (node.type === 'ExpressionStatement' && node.expression.type === 'AssignmentExpression') add(node.expression.right);
    else add(node);
  }
  list = out;
  functionLists.set(sourceCode, list);
  return list;
}

// ---------------------------------------------------------------------------------------------------------------
// Call sites

/** `f`, `ns.f`, `ns.a.f`: the identifier at the root of a callee and the member names after it. */
function calleeParts(callee: TSESTree.Node): { root: TSESTree.Identifier; members: string[] } | null {
  let node = skipWrappers(callee);
  const members: string[] = [];
  while (node.type === 'MemberExpression' && members.length < 3) {
    const key = getStaticKeyName(node.property, node.computed);
    if (key === null) return null;
    members.unshift(key);
    node = skipWrappers(node.object);
  }
  return node.type === 'Identifier' ? { root: node, members } : null;
}

/** The callee's parts, the variable its root names and that variable's single definition; null for any other callee. */
function calleeBinding(
  sourceCode: Readonly<SourceCode>,
  callee: TSESTree.Node,
): { root: TSESTree.Identifier; members: string[]; variable: Scope.Variable; definition: Scope.Definition } | null {
  const parts = calleeParts(callee);
  if (!parts) return null;
  const variable = findVariable(sourceCode.getScope(parts.root), parts.root);
  const definition = variable?.defs.length === 1 ? variable.defs[0]! : undefined;
  return variable && definition ? { ...parts, variable, definition } : null;
}

function calleeText(root: TSESTree.Identifier, members: readonly string[]): string {
  return [root.name, ...members].join('.');
}

/**
 * The function a call reaches in another project module or in this file, or null when it is not one (a package,
 * a parameter, a re-assigned variable, anything the resolution below cannot follow).
 */
export function resolveCalledFunction(sourceCode: Readonly<SourceCode>, callee: TSESTree.Node): ProjectFunction | null {
  const injected = injectedMethod(sourceCode, callee);
  if (injected !== undefined) return injected;
  const parts = calleeBinding(sourceCode, callee);
  if (!parts) return null;
  const { variable, definition } = parts;
  if (variable.references.some((reference) => reference.isWrite() && reference.init !== true)) return null;
  const name = calleeText(parts.root, parts.members);
  const file = filenameOf(sourceCode);
  if (definition.type === 'ImportBinding') {
    const declaration = definition.parent as TSESTree.Node | null;
    if (declaration?.type !== 'ImportDeclaration' || !file || !mayNameProjectFile(file, declaration.source.value)) return null;
    const target = resolveProjectFile(file, declaration.source.value);
    const specifier = definition.node;
    if (!target) return null;
    if (specifier.type === 'ImportNamespaceSpecifier') {
      const [first, ...rest] = parts.members;
      return first === undefined ? null : exportedFunction(target, first, rest, name, 0);
    }
    if (specifier.type !== 'ImportDefaultSpecifier' && specifier.type !== 'ImportSpecifier') return null;
    return exportedFunction(target, specifierExportName(specifier), parts.members, name, 0);
  }
  if (definition.type === 'Variable') {
    const declarator = definition.node as TSESTree.VariableDeclarator;
    const required = requiredBinding(declarator, definition.name as TSESTree.Identifier);
    if (required) {
      if (!file) return null;
      const target = resolveProjectFile(file, required.specifier);
      if (!target) return null;
      const path = [...required.path, ...parts.members];
      const [first, ...rest] = path;
      if (first === undefined) return exportedFunction(target, MODULE_EXPORTS, [], name, 0);
      return exportedFunction(target, first, rest, name, 0) ?? exportedFunction(target, MODULE_EXPORTS, path, name, 0);
    }
  }
  // Same file: a top-level function, or a function of a top-level object or class instance.
  const local = definition.type === 'FunctionName' || definition.type === 'ClassName' ? definition.node : definition.type === 'Variable' ? (definition.node as TSESTree.VariableDeclarator).init : null;
  if (!local || variable.scope.block.type !== 'Program') return null; // top level (also CommonJS's module scope)
  const fn = functionIn(sourceCode, local, parts.members);
  return fn ? { file, sourceCode, fn, name, imported: false } : null;
}

/**
 * `this.payments.create(dto)` where the class receives `payments` typed with a class exported by a project module
 * (`constructor(private readonly payments: PaymentsService)`, NestJS providers and any constructor injection): the
 * method of that class. `undefined` when the callee is not `this.<field>.<method>` (other forms are resolved
 * below), null when it is but the field's class cannot be followed.
 */
function injectedMethod(sourceCode: Readonly<SourceCode>, callee: TSESTree.Node): ProjectFunction | null | undefined {
  const outer = skipWrappers(callee);
  if (outer.type !== 'MemberExpression') return undefined;
  const holder = skipWrappers(outer.object);
  if (holder.type !== 'MemberExpression' || holder.object.type !== 'ThisExpression') return undefined;
  const method = getStaticKeyName(outer.property, outer.computed);
  const field = getStaticKeyName(holder.property, holder.computed);
  const file = filenameOf(sourceCode);
  if (method === null || field === null || !file) return null;
  const annotation = typeAnnotationOf(sourceCode, holder);
  if (annotation?.type !== 'TSTypeReference' || annotation.typeName.type !== 'Identifier') return null;
  const source = importSource(sourceCode, annotation.typeName);
  if (!source || source.imported === '*' || !mayNameProjectFile(file, source.module)) return null;
  const target = resolveProjectFile(file, source.module);
  return target ? exportedFunction(target, source.imported, [method], `this.${field}.${method}`, 0) : null;
}

/** `require('./db')` (path []), `require('./db').orders` (['orders']), `const { find } = require('./db')`. */
function requiredBinding(
  declarator: TSESTree.VariableDeclarator,
  binding: TSESTree.Identifier,
): { specifier: string; path: string[] } | null {
  let init = declarator.init ? skipWrappers(declarator.init) : null;
  const path: string[] = [];
  while (init?.type === 'MemberExpression' && path.length < 2) {
    const key = getStaticKeyName(init.property, init.computed);
    if (key === null) return null;
    path.unshift(key);
    init = skipWrappers(init.object);
  }
  const specifier = requiredModule(init);
  if (typeof specifier !== 'string') return null; // relative or aliased: resolveProjectFile decides
  if (declarator.id.type === 'Identifier') return { specifier, path };
  if (declarator.id.type === 'ObjectPattern') {
    for (const property of declarator.id.properties) {
      if (property.type !== 'Property' || property.value !== binding) continue;
      const key = getStaticKeyName(property.key, property.computed);
      return key === null ? null : { specifier, path: [...path, key] };
    }
  }
  return null;
}

/** The function export `name` (then `members`) of a project file names, following re-exports. */
function exportedFunction(
  file: string,
  name: string,
  members: readonly string[],
  display: string,
  hops: number,
): ProjectFunction | null {
  if (hops >= PROJECT_MODULE_HOPS) return null;
  const sourceCode = parseProjectFile(file);
  if (!sourceCode) return null;
  const sites = exportSites(sourceCode, file);
  const site: ExportSite | undefined =
    sites.find((candidate) => candidate.name === name) ??
    (name === 'default' ? sites.find((candidate) => candidate.name === MODULE_EXPORTS) : undefined);
  if (site?.value) {
    const fn = functionIn(sourceCode, site.value, members);
    return fn ? { file, sourceCode, fn, name: display, imported: true } : null;
  }
  if (site?.from) return exportedFunction(site.from.file, site.from.name, members, display, hops + 1);
  for (const star of sites) {
    if (star.name !== '*' || !star.from) continue;
    const found = exportedFunction(star.from.file, name, members, display, hops + 1);
    if (found) return found;
  }
  return null;
}

/** The function `value` (then its `members`) is: a function, a property of an object literal, a class method. */
function functionIn(sourceCode: Readonly<SourceCode>, value: TSESTree.Node, members: readonly string[], steps = 0): AnyFunction | null {
  if (steps > 4) return null;
  const inner = skipWrappers(value);
  const summarised = summarisedFunctions(sourceCode);
  if (members.length === 0) return isFunction(inner) && summarised.includes(inner) ? inner : identifierFunction(sourceCode, inner, members, steps);
  const [first, ...rest] = members;
  if (inner.type === 'ObjectExpression') {
    for (const property of inner.properties) {
      if (property.type === 'Property' && getStaticKeyName(property.key, property.computed) === first) {
        return functionIn(sourceCode, property.value, rest, steps + 1);
      }
    }
    return null;
  }
  if (inner.type === 'NewExpression' || inner.type === 'ClassDeclaration' || inner.type === 'ClassExpression') {
    // `module.exports = new OrdersDao(pool)`: a method of a class declared in the same file; an exported class whose
    // instance another module receives (injectedMethod).
    const callee = inner.type === 'NewExpression' ? skipWrappers(inner.callee) : null;
    const declared = callee === null ? inner : callee.type === 'Identifier' ? topLevelDeclaration(sourceCode, callee.name) : null;
    if (declared?.type !== 'ClassDeclaration' && declared?.type !== 'ClassExpression') return null;
    for (const member of declared.body.body) {
      if (member.type === 'MethodDefinition' && member.kind === 'method' && !member.static && getStaticKeyName(member.key, member.computed) === first) {
        const method = member.value;
        return rest.length === 0 && isFunction(method) && summarised.includes(method) ? method : null;
      }
    }
    return null;
  }
  return identifierFunction(sourceCode, inner, members, steps);
}

function identifierFunction(sourceCode: Readonly<SourceCode>, node: TSESTree.Node, members: readonly string[], steps: number): AnyFunction | null {
  if (node.type !== 'Identifier') return null;
  const declared = topLevelDeclaration(sourceCode, node.name);
  return declared ? functionIn(sourceCode, declared, members, steps + 1) : null;
}

/** A top-level `function name`, `class name` or the initializer of `const name = …`. */
function topLevelDeclaration(sourceCode: Readonly<SourceCode>, name: string): TSESTree.Node | null {
  for (const statement of sourceCode.ast.body) {
    const node =
      statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : statement;
    if (!node) continue;
    if ((node.type === 'FunctionDeclaration' || node.type === 'ClassDeclaration') && node.id?.name === name) return node;
    if (node.type === 'VariableDeclaration' && node.kind === 'const') {
      for (const declarator of node.declarations) {
        if (declarator.id.type === 'Identifier' && declarator.id.name === name && declarator.init) return declarator.init;
      }
    }
  }
  return null;
}

/**
 * A call that may reach a project function. The function is resolved — and the module that declares it read and
 * parsed — only when `target()` is first asked for, so an analysis checks the arguments first and a large project's
 * modules are read only for calls that carry something that matters (request data, card data, a parameter).
 */
export interface ProjectCall {
  readonly call: TSESTree.CallExpression;
  /** The called function, or null when the callee turns out not to be one (memoized). */
  target(): ProjectFunction | null;
}

const callLists = new WeakMap<object, readonly ProjectCall[]>();
/** Text that can import or require a project module by a relative path (aliases: project-aliases.ts). */
const RELATIVE_IMPORT = /['"`]\.\.?\//u;

/**
 * Every call with arguments in a file whose callee may be a function resolveCalledFunction finds (bound by an import
 * or require of a project module, declared at the top level of the file, or a method of a field `this.x.m()`), in
 * source order (cached per file). A file with no relative import, no tsconfig/jsconfig alias and no summarised
 * function of its own has none and costs one text search.
 */
export function findProjectCalls(sourceCode: Readonly<SourceCode>): readonly ProjectCall[] {
  let list = callLists.get(sourceCode);
  if (list) return list;
  const calls: ProjectCall[] = [];
  const file = filenameOf(sourceCode);
  if (RELATIVE_IMPORT.test(sourceCode.text) || summarisedFunctions(sourceCode).length > 0 || (file !== null && aliasesFor(file) !== null)) {
    for (const node of nodesOfType(sourceCode, 'CallExpression')) {
      if (node.arguments.length === 0 || !mayBeProjectCallee(sourceCode, node.callee)) continue;
      let resolved: ProjectFunction | null | undefined;
      calls.push({
        call: node,
        target: () => (resolved === undefined ? (resolved = resolveCalledFunction(sourceCode, node.callee)) : resolved),
      });
    }
  }
  list = calls.sort((a, b) => a.call.range[0] - b.call.range[0]);
  callLists.set(sourceCode, list);
  return list;
}

/** A call of a function declared at the top level of this file (no other module needs to be read to resolve it). */
export function isSameFileCall(sourceCode: Readonly<SourceCode>, call: TSESTree.CallExpression): boolean {
  const binding = calleeBinding(sourceCode, call.callee);
  if (!binding || binding.variable.scope.block.type !== 'Program') return false;
  const { definition } = binding;
  if (definition.type === 'FunctionName' || definition.type === 'ClassName') return true;
  return definition.type === 'Variable' && requiredBinding(definition.node as TSESTree.VariableDeclarator, definition.name as TSESTree.Identifier) === null;
}

/** The cheap part of resolveCalledFunction: what binds the callee's root, without reading another module. */
function mayBeProjectCallee(sourceCode: Readonly<SourceCode>, callee: TSESTree.Node): boolean {
  const outer = skipWrappers(callee);
  if (outer.type === 'MemberExpression') {
    const holder = skipWrappers(outer.object);
    if (holder.type === 'MemberExpression' && holder.object.type === 'ThisExpression') return true;
  }
  const binding = calleeBinding(sourceCode, callee);
  if (!binding) return false;
  const { variable, definition } = binding;
  if (definition.type === 'ImportBinding') return true;
  return variable.scope.block.type === 'Program' || definition.type === 'Variable';
}

/**
 * The parameters of `fn` that `expression` contains whole: the parameter itself, or inside an object or array
 * literal, a spread, a template literal, a `+` concatenation or `JSON.stringify(…)` — not a field of it, not a
 * value computed from it (`mask(card)`, `card.slice(-4)`).
 */
export function parametersIn(sourceCode: Readonly<SourceCode>, expression: TSESTree.Node, fn: AnyFunction): number[] {
  const found = new Set<number>();
  const visit = (node: TSESTree.Node, depth: number): void => {
    if (depth > 8) return;
    const inner = skipWrappers(node);
    switch (inner.type) {
      case 'Identifier': {
        const variable = findVariable(sourceCode.getScope(inner), inner);
        const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
        if (definition?.type === 'Parameter' && definition.node === fn) {
          const index = fn.params.indexOf(definition.name as TSESTree.Parameter);
          if (index !== -1) found.add(index);
        }
        return;
      }
      case 'ObjectExpression':
        for (const property of inner.properties) visit(property.type === 'Property' ? property.value : property.argument, depth + 1);
        return;
      case 'ArrayExpression':
        for (const element of inner.elements) if (element) visit(element.type === 'SpreadElement' ? element.argument : element, depth + 1);
        return;
      case 'TemplateLiteral':
        for (const part of inner.expressions) visit(part, depth + 1);
        return;
      case 'BinaryExpression':
        if (inner.operator === '+') {
          visit(inner.left, depth + 1);
          visit(inner.right, depth + 1);
        }
        return;
      case 'CallExpression': {
        const callee = skipWrappers(inner.callee);
        if (
          callee.type === 'MemberExpression' &&
          getStaticKeyName(callee.property, callee.computed) === 'stringify' &&
          skipWrappers(callee.object).type === 'Identifier' &&
          (skipWrappers(callee.object) as TSESTree.Identifier).name === 'JSON' &&
          inner.arguments[0]
        ) {
          visit(inner.arguments[0], depth + 1);
        }
        return;
      }
      default:
    }
  };
  visit(expression, 0);
  return [...found];
}

/** The innermost summarised function of `sourceCode` that contains `node`, or null. */
export function enclosingSummarisedFunction(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): AnyFunction | null {
  const summarised = summarisedFunctions(sourceCode);
  for (let current = node.parent; current; current = current.parent) {
    if (isFunction(current) && summarised.includes(current)) return current;
  }
  return null;
}

/**
 * `pg query (through ordersDao.find() in ../lib/db.js)`: what a summarised function does, named as its caller sees
 * it (the outermost call only, when the summary itself went through another function).
 */
export function throughCall(caller: Readonly<SourceCode>, target: ProjectFunction, what: string): string {
  const bare = what.replace(/ \(through [^()]*\(\)[^()]*\)$/u, '');
  return `${bare} (through ${target.name}()${whereDeclared(caller, target)})`;
}

/** ` in ../lib/db.js` for another module's function as seen from `caller`; empty for the caller's own. */
export function whereDeclared(caller: Readonly<SourceCode>, target: ProjectFunction): string {
  const from = filenameOf(caller);
  return target.imported && target.file && from ? ` in ${relative(dirname(from), target.file).replace(/\\/gu, '/')}` : '';
}

// ---------------------------------------------------------------------------------------------------------------
// One summary per module

const byFile = new Map<string, Stamped<Map<string, unknown>>>();
const bySource = new WeakMap<object, Map<string, unknown>>();
const computing = new Set<string>();
const MAX_SUMMARISED_FILES = 4096;

/** The summaries of a module: per project file and stamp (a re-parse reuses them), or per SourceCode (the linted file). */
function summaryValues(sourceCode: Readonly<SourceCode>, file: string | null): Map<string, unknown> {
  const stamp = file ? stampOf(file) : null;
  if (file && stamp && isProjectParse(sourceCode)) {
    return whileUnchanged(byFile, file, stamp, MAX_SUMMARISED_FILES, () => new Map<string, unknown>());
  }
  let values = bySource.get(sourceCode);
  if (!values) {
    values = new Map();
    bySource.set(sourceCode, values);
  }
  return values;
}

function computingKey(kind: string, file: string | null): string {
  return `${kind}\0${file ?? ''}`;
}

/** Runs `compute` as the summary `kind` of `file`; null in a cycle or past PROJECT_MODULE_HOPS nested summaries. */
function whileComputing<T>(kind: string, file: string | null, compute: () => T): { value: T } | null {
  const key = computingKey(kind, file);
  if (computing.has(key) || computing.size >= PROJECT_MODULE_HOPS) return null;
  computing.add(key);
  try {
    return { value: compute() };
  } finally {
    computing.delete(key);
  }
}

/**
 * The summary `kind` of a module, computed once by `compute`: cached per project file and stamp (so a re-parse
 * reuses it) or per SourceCode (the linted file, whose text may not be on disk yet). Null while the same summary
 * is being computed (a cycle) or when PROJECT_MODULE_HOPS summaries are already being computed (nesting).
 * Summaries of one `family` (by default the kind alone) count as the same summary for cycles: while one of them is
 * being computed for a module, the others of that module are unknown too.
 */
export function moduleSummary<T>(sourceCode: Readonly<SourceCode>, kind: string, compute: () => T, family = kind): T | null {
  const file = filenameOf(sourceCode);
  const values = summaryValues(sourceCode, file);
  if (values.has(kind)) return values.get(kind) as T;
  const computed = whileComputing(family, file, compute);
  if (!computed) return null;
  values.set(kind, computed.value);
  return computed.value;
}

/** Whether a module summary is being computed right now (a summary's own analysis asks for no more of them). */
export function summaryDepth(): number {
  return computing.size;
}

// ---------------------------------------------------------------------------------------------------------------
// One summary per function, on demand

/** A call from one summarised function of a module to another of the same module. */
interface SameModuleCall {
  readonly call: TSESTree.CallExpression;
  readonly caller: AnyFunction;
  readonly callee: AnyFunction;
}

const sameModuleLists = new WeakMap<object, readonly SameModuleCall[]>();

/**
 * The calls between the summarised functions of a module (`isSameFileCall`: resolving them reads no other module),
 * in source order (cached per file).
 */
export function sameModuleCalls(sourceCode: Readonly<SourceCode>): readonly SameModuleCall[] {
  let list = sameModuleLists.get(sourceCode);
  if (list) return list;
  const calls: SameModuleCall[] = [];
  for (const entry of findProjectCalls(sourceCode)) {
    if (!isSameFileCall(sourceCode, entry.call)) continue;
    const target = entry.target();
    if (target?.sourceCode !== sourceCode) continue;
    const caller = enclosingSummarisedFunction(sourceCode, entry.call);
    if (caller) calls.push({ call: entry.call, caller, callee: target.fn });
  }
  list = calls;
  sameModuleLists.set(sourceCode, list);
  return list;
}

/** `fn` and the summarised functions of its module that it calls, directly or through each other. */
function calledFunctions(sourceCode: Readonly<SourceCode>, fn: AnyFunction): Set<AnyFunction> {
  const found = new Set<AnyFunction>([fn]);
  const calls = sameModuleCalls(sourceCode);
  for (let grew = true; grew; ) {
    grew = false;
    for (const { caller, callee } of calls) {
      if (found.has(caller) && !found.has(callee)) {
        found.add(callee);
        grew = true;
      }
    }
  }
  return found;
}

/**
 * The calls in `functions` (summarised functions of `sourceCode`) that hand a parameter of the function they are in
 * on whole (parametersIn): the only calls through which what another function does with its parameters can become
 * what these functions do with theirs, so the only ones whose callee a parameter summary resolves.
 */
export function parameterPassingCalls(sourceCode: Readonly<SourceCode>, functions: ReadonlySet<AnyFunction>): ProjectCall[] {
  return findProjectCalls(sourceCode).filter((entry) => {
    const fn = enclosingSummarisedFunction(sourceCode, entry.call);
    return fn !== null && functions.has(fn) && entry.call.arguments.some((argument) => parametersIn(sourceCode, argument, fn).length > 0);
  });
}

/**
 * The summary `kind` of one summarised function, computed on demand, so that a module whose function is asked about
 * resolves (and reads the modules of) only the calls of that function and not those of its every other function.
 * `compute(functions)` summarises `functions`: `target.fn` alone, or with `sameModule` also the functions of its
 * module that it calls, transitively (a summary that passes what a function does on to its callers computes nothing
 * else: what a function's summary says depends only on those functions). Each answer is cached like a module summary
 * (per project file and stamp, or per SourceCode); null when nothing is known, in a cycle (the module's `kind`, or
 * another summary of its `family`, is being computed) or past PROJECT_MODULE_HOPS nested summaries.
 */
export function functionSummary<T>(
  target: ProjectFunction,
  kind: string,
  sameModule: boolean,
  compute: (functions: ReadonlySet<AnyFunction>) => ReadonlyMap<AnyFunction, T>,
  family = kind,
): T | null {
  const { sourceCode, fn } = target;
  const file = filenameOf(sourceCode);
  // While the module's summary `kind` is being computed, none of its functions' is known (as for moduleSummary).
  if (computing.has(computingKey(family, file))) return null;
  const values = summaryValues(sourceCode, file);
  let answers = values.get(kind) as Map<number, T | null> | undefined;
  if (answers?.has(fn.range[0])) return answers.get(fn.range[0])!;
  const functions = sameModule ? calledFunctions(sourceCode, fn) : new Set([fn]);
  const computed = whileComputing(family, file, () => compute(functions));
  if (!computed) return null;
  if (!answers) {
    answers = new Map();
    values.set(kind, answers);
  }
  for (const each of functions) if (!answers.has(each.range[0])) answers.set(each.range[0], computed.value.get(each) ?? null);
  return answers.get(fn.range[0]) ?? null;
}

/** The argument of `call` that parameter `index` receives (not after a spread), or null. */
export function argumentFor(call: TSESTree.CallExpression | TSESTree.NewExpression, index: number): TSESTree.Node | null {
  for (let position = 0; position <= index; position++) {
    const argument = call.arguments[position];
    if (!argument || argument.type === 'SpreadElement') return null;
    if (position === index) return argument;
  }
  return null;
}
