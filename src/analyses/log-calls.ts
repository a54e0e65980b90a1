/**
 * Log calls in a file: catalogued loggers resolved through imports and instances (`src/catalog/loggers.ts`),
 * plus what no import resolves:
 * - the request-scoped pino logger of Fastify and pino-http (`request.log.info(x)`, `req.log.error(x)`,
 *   `reply.log.warn(x)`, Koa `ctx.log`) and a Fastify plugin's instance logger (`fastify.log.info(x)`), on a
 *   function parameter with the framework's conventional name;
 * - `this.logger.<level>(x)` in a NestJS class (decorated from `@nestjs/*`), whatever type the logger was injected
 *   with (`AppLogger`, a project `LoggerService` implementation);
 * - project loggers named in options (`import { logger } from '../lib/logger'` with `loggers: ['logger']`).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '../ast/eslint-utils.js';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import {
  LOG_LEVEL_METHODS,
  LOGGER_SINKS,
  PARAMETER_LOGGER_OWNERS,
  PINO_LEVEL_METHODS,
  TYPED_LOGGER_FAMILIES,
  TYPED_LOGGER_METHODS,
  isLogCall,
} from '../catalog/loggers.js';
import { decoratorsOf, getStaticKeyName, isFunction, skipWrappers, type AnyFunction } from '../ast/ast.js';
import { nodesOfType } from '../ast/node-index.js';
import { findApiReferences } from '../modules/module-references.js';
import { familyOfTypedValue, importSource } from '../modules/typed-members.js';
import {
  argumentFor,
  enclosingSummarisedFunction,
  findProjectCalls,
  functionSummary,
  parameterPassingCalls,
  parametersIn,
  sameModuleCalls,
  whereDeclared,
  type ProjectCall,
  type ProjectFunction,
} from '../modules/project-functions.js';
import { mayHandOnSensitiveData } from './sensitive-data.js';
import { splitName } from '../values/names.js';

export interface LogCall {
  readonly call: TSESTree.CallExpression;
  /** The arguments whose values are logged. */
  readonly args: readonly TSESTree.Node[];
  readonly library: string;
}

function selectArguments(call: TSESTree.CallExpression, positions: 'all' | readonly number[]): TSESTree.Node[] {
  if (positions === 'all') return [...call.arguments];
  return positions.flatMap((index) => (call.arguments[index] ? [call.arguments[index]!] : []));
}

/**
 * Whether `identifier` is bound by an import (any module) or a module-level `require`: a project logger named
 * in options must come from somewhere, never from a parameter or a local object.
 */
function isImportedBinding(sourceCode: Readonly<SourceCode>, identifier: TSESTree.Identifier): boolean {
  const variable = findVariable(sourceCode.getScope(identifier), identifier);
  if (!variable || variable.defs.length !== 1) return false;
  const definition = variable.defs[0]!;
  if (definition.type === 'ImportBinding') return true;
  if (definition.type !== 'Variable') return false;
  const declarator = definition.node as TSESTree.VariableDeclarator;
  const init = declarator.init ? skipWrappers(declarator.init) : null;
  if (!init) return false;
  const call = init.type === 'MemberExpression' ? skipWrappers(init.object) : init;
  return (
    call.type === 'CallExpression' &&
    call.callee.type === 'Identifier' &&
    call.callee.name === 'require' &&
    variable.references.every((reference) => !reference.isWrite() || reference.init === true)
  );
}

/** `req.log`, `request.log`, `reply.log`, `fastify.log` where the owner is a function parameter with that name. */
function isParameterLogger(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): boolean {
  if (node.type !== 'MemberExpression' || getStaticKeyName(node.property, node.computed) !== 'log') return false;
  const owner = skipWrappers(node.object);
  if (owner.type !== 'Identifier' || !PARAMETER_LOGGER_OWNERS.includes(owner.name)) return false;
  const variable = findVariable(sourceCode.getScope(owner), owner);
  return variable?.defs.length === 1 && variable.defs[0]!.type === 'Parameter';
}

/** `this.logger`, `this.log`, `this.paymentsLogger` inside a class decorated from a `@nestjs/*` module. */
function isNestClassLogger(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): boolean {
  if (node.type !== 'MemberExpression' || skipWrappers(node.object).type !== 'ThisExpression') return false;
  const field = getStaticKeyName(node.property, node.computed);
  if (field === null || (field !== 'log' && splitName(field).at(-1) !== 'logger')) return false;
  // `this` of the nearest non-arrow function, which must be a member of the class.
  let fn: TSESTree.Node | undefined = node.parent;
  while (fn && !(isFunction(fn) && fn.type !== 'ArrowFunctionExpression') && fn.type !== 'PropertyDefinition') fn = fn.parent;
  const member = fn?.type === 'PropertyDefinition' ? fn : fn?.parent;
  if (member?.type !== 'MethodDefinition' && member?.type !== 'PropertyDefinition') return false;
  const classNode = member.parent.parent;
  if (classNode?.type !== 'ClassDeclaration' && classNode?.type !== 'ClassExpression') return false;
  return decoratorsOf(classNode).some((decorator) => {
    const expression = skipWrappers(decorator.expression);
    const callee = expression.type === 'CallExpression' ? skipWrappers(expression.callee) : expression;
    return callee.type === 'Identifier' && (importSource(sourceCode, callee)?.module.startsWith('@nestjs/') ?? false);
  });
}

/** Every log call in the file. `loggerNames`: imported bindings that are project loggers. */
export function findLogCalls(sourceCode: Readonly<SourceCode>, loggerNames: readonly string[] = []): LogCall[] {
  const calls = [...directLogCalls(sourceCode, loggerNames)];
  const seen = new Set<TSESTree.Node>(calls.map((logCall) => logCall.call));
  // Calls of project functions that log what they are given (`auditPayment('charge', req.body)`).
  for (const projectCall of findProjectCalls(sourceCode)) {
    const { call } = projectCall;
    if (seen.has(call) || !mayHandOnSensitiveData(sourceCode, call)) continue;
    const logCall = projectLogCall(sourceCode, projectCall);
    if (!logCall) continue;
    seen.add(call);
    calls.push(logCall);
  }
  calls.sort((a, b) => a.call.range[0] - b.call.range[0]);
  return calls;
}

/** A call of a project function that logs some of its parameters: the arguments they receive. */
function projectLogCall(sourceCode: Readonly<SourceCode>, projectCall: ProjectCall): LogCall | null {
  const { call } = projectCall;
  const target = projectCall.target();
  if (!target) return null;
  const logged = loggedParameters(target);
  if (logged.length === 0) return null;
  const args = logged.flatMap((index) => argumentFor(call, index) ?? []);
  return args.length === 0 ? null : { call, args, library: `${target.name}()${whereDeclared(sourceCode, target)}` };
}

/** directLogCalls without project loggers named in options, per file (every function summary of a module asks). */
const directCallsCache = new WeakMap<object, readonly LogCall[]>();

/** The log calls of a file other than calls of project functions, in no particular order. */
function directLogCalls(sourceCode: Readonly<SourceCode>, loggerNames: readonly string[]): readonly LogCall[] {
  const cached = loggerNames.length === 0 ? directCallsCache.get(sourceCode) : undefined;
  if (cached) return cached;
  const calls: LogCall[] = [];
  const seen = new Set<TSESTree.Node>();
  for (const reference of findApiReferences(sourceCode, LOGGER_SINKS)) {
    const { node } = reference;
    if (node.type !== 'CallExpression' || !isLogCall(reference.definition.data) || seen.has(node)) continue;
    seen.add(node);
    calls.push({
      call: node,
      args: selectArguments(node, reference.definition.data.args),
      library: reference.definition.data.library,
    });
  }
  // Injected loggers typed with a catalogued type: `constructor(private readonly logger: Logger) {}`.
  if (/\bLogger\b|PinoLogger|LoggerService/.test(sourceCode.text)) {
    for (const node of nodesOfType(sourceCode, 'CallExpression')) {
      if (seen.has(node)) continue;
      const callee = skipWrappers(node.callee);
      if (callee.type !== 'MemberExpression') continue;
      const method = getStaticKeyName(callee.property, callee.computed);
      const object = skipWrappers(callee.object);
      if (method === null) continue;
      if (object.type !== 'Identifier' && !(object.type === 'MemberExpression' && object.object.type === 'ThisExpression')) continue;
      const family = familyOfTypedValue(sourceCode, object, TYPED_LOGGER_FAMILIES);
      if (family === null || !TYPED_LOGGER_METHODS[family]?.includes(method)) continue;
      seen.add(node);
      calls.push({ call: node, args: [...node.arguments], library: family });
    }
  }
  // Request-scoped and plugin loggers by parameter, and NestJS class loggers of any injected type.
  const text = sourceCode.text;
  const mayHaveParameterLogger = text.includes('.log.');
  const mayHaveNestLogger = text.includes('@nestjs/') && /this\.(?:log\b|\w*[lL]ogger\b)/.test(text);
  if (mayHaveParameterLogger || mayHaveNestLogger) {
    for (const node of nodesOfType(sourceCode, 'CallExpression')) {
      if (seen.has(node)) continue;
      const callee = skipWrappers(node.callee);
      if (callee.type !== 'MemberExpression') continue;
      const method = getStaticKeyName(callee.property, callee.computed);
      if (method === null) continue;
      const object = skipWrappers(callee.object);
      let library: string | null = null;
      if (mayHaveParameterLogger && PINO_LEVEL_METHODS.includes(method) && isParameterLogger(sourceCode, object)) {
        library = 'pino';
      } else if (mayHaveNestLogger && LOG_LEVEL_METHODS.has(method) && isNestClassLogger(sourceCode, object)) {
        library = 'NestJS logger';
      }
      if (library === null) continue;
      seen.add(node);
      calls.push({ call: node, args: [...node.arguments], library });
    }
  }
  if (loggerNames.length > 0) {
    const names = new Set(loggerNames);
    for (const node of nodesOfType(sourceCode, 'CallExpression')) {
      if (seen.has(node)) continue;
      const callee = skipWrappers(node.callee);
      let root: TSESTree.Node | null = null;
      if (callee.type === 'Identifier') {
        root = callee;
      } else if (callee.type === 'MemberExpression') {
        const method = getStaticKeyName(callee.property, callee.computed);
        if (method !== null && LOG_LEVEL_METHODS.has(method)) root = skipWrappers(callee.object);
      }
      if (root?.type !== 'Identifier' || !names.has(root.name) || !isImportedBinding(sourceCode, root)) continue;
      seen.add(node);
      calls.push({ call: node, args: [...node.arguments], library: root.name });
    }
  }
  if (loggerNames.length === 0) directCallsCache.set(sourceCode, calls);
  return calls;
}

/**
 * Function summary (src/modules/project-functions.ts `functionSummary`): the parameters of a project function that it
 * logs whole, directly, through a function of another module that does (that function's summary) or through a
 * function of the same module (up to three rounds over the calls between the functions summarised together).
 */
export function loggedParameters(target: ProjectFunction): readonly number[] {
  return functionSummary(target, 'logged-parameters', true, (functions) => summariseLogging(target.sourceCode, functions)) ?? [];
}

function summariseLogging(sourceCode: Readonly<SourceCode>, functions: ReadonlySet<AnyFunction>): Map<AnyFunction, readonly number[]> {
  const found = new Map<AnyFunction, Set<number>>();
  const add = (call: TSESTree.CallExpression, args: readonly TSESTree.Node[]): boolean => {
    const fn = enclosingSummarisedFunction(sourceCode, call);
    if (!fn || !functions.has(fn)) return false;
    let grew = false;
    const set = found.get(fn) ?? new Set<number>();
    for (const argument of args) {
      for (const index of parametersIn(sourceCode, argument, fn)) {
        if (!set.has(index)) grew = true;
        set.add(index);
      }
    }
    found.set(fn, set);
    return grew;
  };
  const direct = directLogCalls(sourceCode, []);
  for (const logCall of direct) add(logCall.call, logCall.args);
  // Calls of project functions: another module's (a function of this module is still being summarised here, so its
  // summary is unknown: the rounds below follow those).
  const logging = new Set<TSESTree.Node>(direct.map((logCall) => logCall.call));
  for (const projectCall of parameterPassingCalls(sourceCode, functions)) {
    if (logging.has(projectCall.call)) continue;
    const logCall = projectLogCall(sourceCode, projectCall);
    if (logCall) add(logCall.call, logCall.args);
  }
  const local = sameModuleCalls(sourceCode).filter((entry) => functions.has(entry.caller));
  for (let round = 0; round < 3; round++) {
    let grew = false;
    for (const { call, callee } of local) {
      const logged = found.get(callee);
      if (logged?.size) grew = add(call, [...logged].flatMap((index) => (call.arguments[index] ? [call.arguments[index]!] : []))) || grew;
    }
    if (!grew) break;
  }
  return new Map([...found].map(([fn, set]) => [fn, [...set].sort((a, b) => a - b)]));
}
