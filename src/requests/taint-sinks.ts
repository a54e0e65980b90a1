/**
 * Where tainted data meets a sink: SQL, NoSQL, HTML, shell, code, redirect and outbound-URL sinks from
 * `src/catalog/taint.ts` (resolved through imports, globals, recognised handler parameters and a few unambiguous
 * DOM/JSX names), each checked with the taint analysis. One pass per file.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '../ast/eslint-utils.js';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import type { UrlSink } from '../catalog/http-clients.js';
import {
  FORMAT_FUNCTION_NAMES,
  NEST_REDIRECT_DECORATOR,
  NEST_REDIRECT_KEY,
  HTML_METHODS,
  HTML_PROPERTIES,
  MODULE_SINKS,
  NOSQL_CODE_OPERATORS,
  NOSQL_LOGICAL_OPERATORS,
  NOSQL_READ_METHODS,
  NOSQL_NON_SECRET_QUALIFIERS,
  NOSQL_SECRET_FIELD_WORDS,
  NOSQL_QUERY_METHODS,
  NOSQL_SANITIZING_MIDDLEWARE,
  NOSQL_UPDATE_METHODS,
  NOSQL_WHOLE_ONLY_METHODS,
  NON_QUERY_RECEIVER_WORDS,
  OUTBOUND_URL_SINKS,
  PAYMENT_RETURN_URL_SINKS,
  RESPONSE_BODY_PROPERTIES,
  RESPONSE_CHAIN_METHODS,
  RESPONSE_SINKS,
  SQL_METHOD_NAMES,
  SQL_TEXT,
  UNSAFE_RAW_SQL_METHODS,
  SHELL_PROGRAMS,
  SHELL_SCRIPT_FLAGS,
  UPLOAD_SERVER_FIELDS,
  type SinkKind,
  type TaintSink,
} from '../catalog/taint.js';
import { calleeName, decoratorsOf, getStaticKeyName, isFunction, skipWrappers, specifierExportName, walk } from '../ast/ast.js';
import { nodesOfTypes } from '../ast/node-index.js';
import { NEST_MODULE } from '../catalog/frameworks.js';
import { argumentsOf, findApiReferences } from '../modules/module-references.js';
import { findProperty, findPropertyPath, propertyKey } from '../values/object-options.js';
import { declaredRange, minimumMajor } from '../modules/package-versions.js';
import { findRequestHandlers } from './request-handlers.js';
import { argumentFor, findProjectCalls, throughCall } from '../modules/project-functions.js';
import { parameterSinks } from './parameter-sinks.js';
import { resolveExpression, resolveIdentifier, staticString, staticValue } from '../values/static-values.js';
import type { TaintAnalysis, Tainted } from './taint.js';
import { CHAIN_LENGTH, STRING_PARTS, VALUE_RESOLUTION_DEPTH } from '../values/budget.js';
import { splitName } from '../values/names.js';
import {
  JQUERY_CALLS,
  JQUERY_CHAIN_METHODS,
  JQUERY_HTML_METHODS,
  SELECTOR_ONLY_SOURCES,
  TRUST_BYPASS_METHODS,
  UNESCAPED_HTML_SINKS,
} from '../catalog/browser-taint.js';

/** `this.paymentsService`, `ordersApi`: an application object whose `find()` is not a database query. */
function isApplicationReceiver(node: TSESTree.Node): boolean {
  const receiver = skipWrappers(node);
  const name =
    receiver.type === 'Identifier'
      ? receiver.name
      : receiver.type === 'MemberExpression'
        ? getStaticKeyName(receiver.property, receiver.computed)
        : null;
  if (name === null) return false;
  const last = splitName(name).at(-1);
  return last !== undefined && NON_QUERY_RECEIVER_WORDS.has(last);
}

/**
 * What a summarised function's sink receives of an argument: the argument itself, or, when only a field of the
 * parameter reaches the sink, that property of an object literal (`{ baseUrl, paymentMethod }`), or a whole
 * client-shaped object (`req.body`). Anything else: null (which field the caller's value holds is unknown).
 */
export function fieldOfArgument(argument: TSESTree.Node | null, field: string | null, analysis: TaintAnalysis): TSESTree.Node | null {
  if (!argument || field === null) return argument;
  const inner = skipWrappers(argument);
  if (inner.type === 'ObjectExpression') {
    let found: TSESTree.Node | null = null;
    for (const property of inner.properties) {
      if (property.type === 'SpreadElement') return null;
      if (getStaticKeyName(property.key, property.computed) === field) found = property.value;
    }
    return found;
  }
  const value = analysis.valueOf(argument);
  return value?.type === 'tainted' && value.whole ? argument : null;
}

export interface SinkFinding {
  readonly kind: SinkKind;
  /** The expression carrying the tainted data (report location). */
  readonly node: TSESTree.Node;
  /** Display name of the sink: `pg query`, `res.redirect`, `innerHTML`. */
  readonly sink: string;
  readonly taint: Tainted;
}


/** Every tainted value reaching a sink of the given kinds, in source order, one finding per node. */
export interface SinkOptions {
  /**
   * Report operator objects in every field of a read filter (`User.findOne({ email: req.body.email })`), not only in
   * filters that check a secret or code (`findOne({ email, password })`) and in updates and deletes.
   */
  readonly operatorLookups?: boolean;
  /**
   * Resolve a call of a project function (and read its module) only when an argument, or a field of an object
   * literal argument, carries taint with a label this accepts: a function summary (parameter-sinks.ts) wants only
   * the sinks that the parameters of the functions asked about reach. Every label by default.
   */
  readonly wantedLabel?: (label: string) => boolean;
}

export function findTaintedSinks(
  sourceCode: Readonly<SourceCode>,
  analysis: TaintAnalysis,
  kinds: ReadonlySet<SinkKind>,
  filename?: string,
  options: SinkOptions = {},
): SinkFinding[] {
  return new SinkFinder(sourceCode, analysis, kinds, filename, options).find();
}

/** The node types `syntacticSinks` looks at. */
const SYNTACTIC_SINK_TYPES = ['AssignmentExpression', 'CallExpression', 'JSXAttribute', 'Property'] as const;

class SinkFinder {
  private readonly findings: SinkFinding[] = [];
  private readonly seen = new Set<TSESTree.Node>();
  private readonly resolvedCalls = new Set<TSESTree.Node>();

  constructor(
    private readonly sourceCode: Readonly<SourceCode>,
    private readonly analysis: TaintAnalysis,
    private readonly kinds: ReadonlySet<SinkKind>,
    private readonly filename: string | undefined,
    private readonly options: SinkOptions = {},
  ) {}

  find(): SinkFinding[] {
    this.moduleSinks();
    if (this.kinds.has('redirect')) this.paymentReturnUrls();
    if (this.kinds.has('url')) this.outboundUrls();
    this.responseSinks();
    if (this.kinds.has('html')) this.frontEndHtmlSinks();
    this.syntacticSinks();
    this.projectCalls();
    return this.findings.sort((a, b) => a.node.range[0] - b.node.range[0]);
  }

  /** Check one expression for `kind` and record a finding. */
  private check(kind: SinkKind, node: TSESTree.Node | null | undefined, sink: string, extra?: (n: TSESTree.Node) => boolean): void {
    if (!node || !this.kinds.has(kind) || this.seen.has(node)) return;
    const target = node.type === 'SpreadElement' ? node.argument : node;
    const taint = this.analysis.taintAt(target, kind);
    if (!taint) return;
    if ((kind === 'redirect' || kind === 'url') && !this.controlsOrigin(target, kind)) return;
    if (kind === 'path' && isServerChosenUploadPath(taint.label)) return;
    if (extra && !extra(target)) return;
    this.seen.add(node);
    this.findings.push({ kind, node: target, sink, taint });
  }

  // -------------------------------------------------------------------------------------------------------------

  /**
   * Calls of project functions whose parameter reaches a sink (src/requests/parameter-sinks.ts): the argument is
   * checked as if it were the sink's, at the call, and the sink is named through the callee.
   */
  private projectCalls(): void {
    for (const projectCall of findProjectCalls(this.sourceCode)) {
      const node = projectCall.call;
      if (this.resolvedCalls.has(node)) continue;
      if (!node.arguments.some((argument) => this.analysis.valueOf(argument)?.type === 'tainted')) continue;
      if (!this.passesWantedTaint(node)) continue;
      const target = projectCall.target();
      if (!target) continue;
      for (const sink of parameterSinks(target)) {
        const argument = fieldOfArgument(argumentFor(node, sink.parameter), sink.field, this.analysis);
        // A whole filter object reaches a NoSQL query: so must the caller's (a field of it is a plain value).
        const extra = sink.kind === 'nosql' ? (value: TSESTree.Node) => this.analysis.taintAt(value, 'nosql')?.whole === true : undefined;
        if (sink.kind === 'nosql' && !sink.whole) continue;
        this.check(sink.kind, argument, throughCall(this.sourceCode, target, sink.sink), extra);
      }
    }
  }

  /**
   * Whether a finding at `call` (an argument or a field of an object literal argument, see fieldOfArgument) may
   * carry taint that options.wantedLabel accepts.
   */
  private passesWantedTaint(call: TSESTree.CallExpression): boolean {
    const wanted = this.options.wantedLabel;
    if (!wanted) return true;
    const accepted = (node: TSESTree.Node): boolean => {
      const value = this.analysis.valueOf(node);
      return value?.type === 'tainted' && wanted(value.label);
    };
    return call.arguments.some((argument) => {
      if (accepted(argument)) return true;
      const inner = skipWrappers(argument);
      return inner.type === 'ObjectExpression' && inner.properties.some((property) => property.type === 'Property' && accepted(property.value));
    });
  }

  private moduleSinks(): void {
    for (const reference of findApiReferences(this.sourceCode, MODULE_SINKS)) {
      const data = reference.definition.data;
      if (data.role !== 'sink' || !this.kinds.has(data.kind)) continue;
      this.resolvedCalls.add(reference.node);
      if (reference.definition.kind === 'read') {
        // location.href = x
        const parent = reference.node.parent;
        if (reference.isWrite && parent?.type === 'AssignmentExpression') this.check(data.kind, parent.right, data.name);
        continue;
      }
      this.checkSinkCall(data, argumentsOf(reference));
    }
  }

  private checkSinkCall(data: TaintSink, args: readonly TSESTree.CallExpressionArgument[]): void {
    if (data.requiresShell && !args.some((argument) => this.setsShell(argument))) {
      // Without `shell: true` only the script of `sh -c <script>` is shell text; later elements are `$0`, `$1`, …
      const script = this.shellScript(args);
      if (script) this.check('shell', script, data.name);
      return;
    }
    if (data.belowMajor && !this.declaredBelow(data.belowMajor.package, data.belowMajor.major)) return;
    const indexes = data.arguments === 'all' ? args.map((_, index) => index) : (data.arguments ?? []);
    for (const index of indexes) {
      const argument = args[index];
      if (!argument) continue;
      if (data.kind === 'sql' && data.queryKeys) {
        for (const key of data.queryKeys) {
          const found = findProperty(this.sourceCode, argument, key);
          if (found) this.check('sql', found.value, data.name);
        }
      }
      if (data.kind === 'shell' && index > 0) {
        // spawn(cmd, [args], { shell: true }): the argument array is joined into the command line.
        const array = skipWrappers(argument);
        if (array.type === 'ArrayExpression') {
          for (const element of array.elements) if (element) this.check('shell', element, data.name);
          continue;
        }
      }
      // An options object is not SQL/shell/code text itself (its keys are checked above).
      const shape = resolveExpression(this.sourceCode, argument).type;
      if (shape === 'ObjectExpression' && data.kind !== 'redirect' && data.kind !== 'url') continue;
      this.check(data.kind, argument, data.name);
    }
    if (data.sandboxArgument !== undefined) this.sandboxValues(data, args);
    if (data.optionsArgument !== undefined && data.keys) {
      const options = args[data.optionsArgument];
      for (const path of data.keys) {
        const found = findPropertyPath(this.sourceCode, options, path);
        if (found) this.check(data.kind, found.value, data.name);
      }
    }
  }

  /** `vm.runInContext('safeEval(orderLines)', { safeEval, orderLines })`: context values the code passes to a call. */
  private sandboxValues(data: TaintSink, args: readonly TSESTree.CallExpressionArgument[]): void {
    const code = args[0] ? staticString(this.sourceCode, args[0]) : null;
    const argument = args[data.sandboxArgument!];
    if (code === null || !argument || argument.type === 'SpreadElement') return;
    let sandbox = resolveExpression(this.sourceCode, argument);
    // `vm.createContext(sandbox)` returns its argument, contextified.
    if (sandbox.type === 'CallExpression' && calleeName(skipWrappers(sandbox.callee)) === 'createContext' && sandbox.arguments[0]) {
      sandbox = resolveExpression(this.sourceCode, sandbox.arguments[0]);
    }
    if (sandbox.type !== 'ObjectExpression') return;
    for (const property of sandbox.properties) {
      if (property.type !== 'Property') continue;
      const key = propertyKey(this.sourceCode, property);
      if (key !== null && passedToCall(code, key)) this.check('code', property.value, data.name);
    }
  }

  /** Does the linted project declare `name` with a range whose lowest major is below `major`? */
  private declaredBelow(name: string, major: number): boolean {
    if (!this.filename) return false;
    const range = declaredRange(this.filename, name);
    const lowest = range === null ? null : minimumMajor(range);
    return lowest !== null && lowest < major;
  }

  /** The script of `spawn('/bin/sh', ['-c', cmd])`, `execFile('bash', ['-c', cmd])`, `spawn('cmd.exe', ['/c', cmd])`. */
  private shellScript(args: readonly TSESTree.CallExpressionArgument[]): TSESTree.Node | null {
    const program = args[0] ? staticString(this.sourceCode, args[0]) : null;
    const list = args[1] ? skipWrappers(args[1]) : null;
    if (program === null || list?.type !== 'ArrayExpression') return null;
    const name = program.split(/[/\\]/).pop()!.toLowerCase();
    if (!SHELL_PROGRAMS.has(name)) return null;
    const flagIndex = list.elements.findIndex((element) => {
      const flag = element && element.type !== 'SpreadElement' ? staticString(this.sourceCode, element) : null;
      return flag !== null && SHELL_SCRIPT_FLAGS.has(flag.toLowerCase());
    });
    const script = flagIndex === -1 ? null : list.elements[flagIndex + 1];
    return script && script.type !== 'SpreadElement' ? script : null;
  }

  private setsShell(argument: TSESTree.Node): boolean {
    const found = findProperty(this.sourceCode, argument, 'shell');
    if (!found) return false;
    const value = staticValue(this.sourceCode, found.value);
    return value !== null && Boolean(value.value);
  }

  private paymentReturnUrls(): void {
    for (const reference of findApiReferences(this.sourceCode, PAYMENT_RETURN_URL_SINKS)) {
      const data = reference.definition.data;
      if (!('role' in data) || data.role !== 'sink') continue;
      this.checkSinkCall(data, argumentsOf(reference));
    }
  }

  private outboundUrls(): void {
    for (const reference of findApiReferences(this.sourceCode, OUTBOUND_URL_SINKS)) {
      const data: UrlSink = reference.definition.data;
      if (data.baseUrlWrite) continue;
      const args = argumentsOf(reference);
      if (data.urlArgument !== undefined) {
        const argument = args[data.urlArgument];
        if (argument && skipWrappers(argument).type !== 'ObjectExpression') this.check('url', argument, data.client);
      }
      if (data.optionsArgument !== undefined) {
        const options = args[data.optionsArgument];
        for (const key of data.urlKeys ?? ['url']) {
          const found = findProperty(this.sourceCode, options, key);
          if (found) this.check('url', found.value, data.client);
        }
        for (const key of ['host', 'hostname']) {
          const found = findProperty(this.sourceCode, options, key);
          if (found) this.check('url', found.value, data.client);
        }
      }
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // Response objects of recognised handlers

  private responseSinks(): void {
    for (const handler of findRequestHandlers(this.sourceCode, this.filename)) {
      if (handler.framework === 'lambda' && this.kinds.has('redirect')) this.lambdaLocation(handler.fn);
      if (handler.framework === 'nest' && this.kinds.has('redirect')) this.nestRedirect(handler.fn);
      for (const param of [handler.response, handler.context]) {
        if (!param || param.type !== 'Identifier') continue;
        const variable = findVariable(this.sourceCode.getScope(param), param);
        if (!variable) continue;
        for (const reference of variable.references) {
          if (reference.identifier !== param) this.responseUse(reference.identifier as TSESTree.Identifier, param.name);
        }
      }
    }
  }

  /** Values a handler returns (not those of nested functions). */
  private returnedValues(fn: TSESTree.Node): TSESTree.Node[] {
    const body = (fn as { body?: TSESTree.Node }).body;
    if (!body) return [];
    const returned: TSESTree.Node[] = [];
    if (body.type !== 'BlockStatement') returned.push(body);
    else {
      walk(body, this.sourceCode.visitorKeys, (node) => {
        if (node !== body && isFunction(node)) return false;
        if (node.type === 'ReturnStatement' && node.argument) returned.push(node.argument);
        return undefined;
      });
    }
    return returned;
  }

  /** NestJS `@Redirect()` handler returning `{ url }`: the returned URL is where the client is sent. */
  private nestRedirect(fn: TSESTree.Node): void {
    const method = fn.parent;
    if (method?.type !== 'MethodDefinition') return;
    const redirects = decoratorsOf(method).some((decorator) => {
      const expression = skipWrappers(decorator.expression);
      const target = skipWrappers(expression.type === 'CallExpression' ? expression.callee : expression);
      return target.type === 'Identifier' && importedFrom(this.sourceCode, target, NEST_MODULE) === NEST_REDIRECT_DECORATOR;
    });
    if (!redirects) return;
    for (const value of this.returnedValues(fn)) {
      const returned = skipWrappers(value);
      const found = findProperty(this.sourceCode, returned.type === 'AwaitExpression' ? returned.argument : returned, NEST_REDIRECT_KEY);
      if (found) this.check('redirect', found.value, '@Redirect() handler');
    }
  }

  /** API Gateway responses: `return { statusCode: 302, headers: { Location: url } }`. */
  private lambdaLocation(fn: TSESTree.Node): void {
    for (const value of this.returnedValues(fn)) {
      const found =
        findPropertyPath(this.sourceCode, value, ['headers', 'Location']) ??
        findPropertyPath(this.sourceCode, value, ['headers', 'location']);
      if (found) this.check('redirect', found.value, 'the Lambda Location header');
    }
  }

  /** Follow `res.status(302).redirect(url)` / `ctx.response.body = html` from one reference of the response. */
  private responseUse(identifier: TSESTree.Identifier, name: string): void {
    let current: TSESTree.Node = identifier;
    const path: string[] = [];
    for (let guard = 0; guard < CHAIN_LENGTH; guard++) {
      const parent: TSESTree.Node | undefined = current.parent;
      if (!parent || parent.type !== 'MemberExpression' || parent.object !== current) return;
      const key = getStaticKeyName(parent.property, parent.computed);
      if (key === null) return;
      const call: TSESTree.Node | undefined = parent.parent;
      if (call?.type === 'CallExpression' && call.callee === parent) {
        const sinkPath = [...path, key];
        this.responseCall(call, sinkPath, name);
        if (!RESPONSE_CHAIN_METHODS.has(key)) return;
        current = call; // chained: res.status(400).send(...)
        continue;
      }
      path.push(key);
      if (call?.type === 'AssignmentExpression' && call.left === parent && call.operator === '=') {
        if (RESPONSE_BODY_PROPERTIES.some((candidate) => sameArray(candidate, path))) {
          this.check('html', call.right, `${name}.${path.join('.')}`, (node) => this.hasMarkup(node));
        }
        return;
      }
      current = parent;
    }
  }

  private responseCall(call: TSESTree.CallExpression, path: readonly string[], name: string): void {
    const display = `${name}.${path.join('.')}`;
    if (path.length === 1 && path[0] === 'writeHead') {
      for (const argument of call.arguments) {
        const found = findProperty(this.sourceCode, argument, 'Location') ?? findProperty(this.sourceCode, argument, 'location');
        if (found) this.check('redirect', found.value, display);
      }
      return;
    }
    for (const sink of RESPONSE_SINKS) {
      if (!sameArray(sink.path, path)) continue;
      if (sink.header) {
        const header = call.arguments[0] ? staticString(this.sourceCode, call.arguments[0]) : null;
        if (header === null || header.toLowerCase() !== 'location') continue;
      }
      if (sink.unlessOption && call.arguments.slice(1).some((argument) => findProperty(this.sourceCode, argument, sink.unlessOption!))) continue;
      const indexes = sink.arguments === 'all' ? call.arguments.map((_, index) => index) : sink.arguments;
      for (const index of indexes) {
        const argument = call.arguments[index];
        if (!argument || argument.type === 'SpreadElement') continue;
        this.check(sink.kind, argument, display, sink.markup ? (node) => this.hasMarkup(node) : undefined);
      }
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // DOM/JSX names, SQL on unresolved clients, NoSQL

  private syntacticSinks(): void {
    for (const node of nodesOfTypes(this.sourceCode, SYNTACTIC_SINK_TYPES)) {
      switch (node.type) {
        case 'AssignmentExpression': {
          const left = skipWrappers(node.left);
          if (left.type === 'MemberExpression') {
            const key = getStaticKeyName(left.property, left.computed);
            if (key !== null && HTML_PROPERTIES.has(key)) this.check('html', node.right, key);
          }
          break;
        }
        case 'CallExpression':
          this.syntacticCall(node);
          break;
        case 'JSXAttribute':
          if (node.name.type === 'JSXIdentifier' && node.name.name === 'dangerouslySetInnerHTML' && node.value?.type === 'JSXExpressionContainer') {
            const found = findProperty(this.sourceCode, node.value.expression, '__html');
            if (found) this.check('html', found.value, 'dangerouslySetInnerHTML');
          }
          break;
        case 'Property':
          if (this.kinds.has('nosql') && node.parent.type === 'ObjectExpression') {
            const key = propertyKey(this.sourceCode, node);
            if (key !== null && NOSQL_CODE_OPERATORS.has(key)) this.check('nosql', node.value, key);
          }
          break;
        default:
          break;
      }
    }
  }

  private syntacticCall(node: TSESTree.CallExpression): void {
    const callee = skipWrappers(node.callee);
    if (callee.type !== 'MemberExpression') return;
    const name = getStaticKeyName(callee.property, callee.computed);
    if (name === null) return;
    if (this.kinds.has('html') && this.frontEndHtmlCall(node, callee, name)) return;
    const htmlArgument = HTML_METHODS[name];
    if (htmlArgument !== undefined && Object.prototype.hasOwnProperty.call(HTML_METHODS, name)) {
      this.check('html', node.arguments[htmlArgument], name);
      return;
    }
    if (this.resolvedCalls.has(node)) return;
    const first = node.arguments[0];
    if (!first || first.type === 'SpreadElement') return;
    if (UNSAFE_RAW_SQL_METHODS.has(name)) {
      this.check('sql', first, name);
      return;
    }
    if (SQL_METHOD_NAMES.has(name) && this.kinds.has('sql')) {
      const query = this.queryText(first);
      if (query !== null && SQL_TEXT.test(query)) this.check('sql', first, `${name}()`);
    }
    if (!this.kinds.has('nosql') || isApplicationReceiver(callee.object)) return;
    if (NOSQL_QUERY_METHODS.has(name)) {
      // Model.find(req.body): the client shapes the whole filter, operators included.
      const value = this.analysis.taintAt(first, 'nosql');
      if (value?.whole) this.check('nosql', first, `${name}()`);
      // A read that only picks a document (an account by e-mail, then a password check) is not reported field by
      // field unless the filter itself checks a secret or code, or `operatorLookups` is on.
      const lookup =
        NOSQL_READ_METHODS.has(name) &&
        !this.options.operatorLookups &&
        !namesSecret(callee.object) &&
        !this.checksSecretField(first, 0);
      if (!NOSQL_WHOLE_ONLY_METHODS.has(name) && !lookup) this.filterFields(first, `${name}()`, 0);
    } else if (NOSQL_UPDATE_METHODS.has(name) && this.isUpdateDocument(node.arguments[1])) {
      this.filterFields(first, `${name}()`, 0);
    }
  }

  /**
   * `User.findOne({ email: req.body.email })`: a filter field taken from a JSON body or nested query string may be
   * an operator object (`{ "$ne": null }`) that matches any document. Fields of `$and`/`$or` lists count too.
   */
  private filterFields(filter: TSESTree.Node, sink: string, depth: number): void {
    if (depth > VALUE_RESOLUTION_DEPTH || this.operatorsStripped()) return;
    const object = resolveExpression(this.sourceCode, filter);
    if (object.type === 'ArrayExpression') {
      for (const element of object.elements) if (element && element.type !== 'SpreadElement') this.filterFields(element, sink, depth + 1);
      return;
    }
    if (object.type !== 'ObjectExpression') return;
    for (const property of object.properties) {
      if (property.type !== 'Property') continue;
      const key = propertyKey(this.sourceCode, property);
      if (key === null) continue;
      if (NOSQL_LOGICAL_OPERATORS.has(key)) this.filterFields(property.value, sink, depth + 1);
      if (key.startsWith('$')) continue;
      this.check('nosql', property.value, sink, (node) => this.analysis.taintAt(node, 'nosql')?.shaped === true);
    }
  }

  /**
   * Whether a filter (or one of its `$and`/`$or` branches) checks a secret or code: a field or the value put in it
   * names one (`password`, `otp`, `{ title: discountCode }`).
   */
  private checksSecretField(filter: TSESTree.Node, depth: number): boolean {
    if (depth > VALUE_RESOLUTION_DEPTH) return false;
    const object = resolveExpression(this.sourceCode, filter);
    if (object.type === 'ArrayExpression') {
      return object.elements.some((element) => element !== null && element.type !== 'SpreadElement' && this.checksSecretField(element, depth + 1));
    }
    if (object.type !== 'ObjectExpression') return false;
    return object.properties.some((property) => {
      if (property.type !== 'Property') return false;
      const key = propertyKey(this.sourceCode, property);
      if (key === null) return false;
      if (NOSQL_LOGICAL_OPERATORS.has(key)) return this.checksSecretField(property.value, depth + 1);
      // The field and the value put in it together: `{ code: req.body.code }` and `{ title: discountCode }` check
      // a code, `{ code: req.body.countryCode }` does not.
      const valueName = calleeName(property.value);
      return namesSecretWord(valueName === null ? key : `${key}_${valueName}`);
    });
  }

  /** `{ $set: { … } }`: a MongoDB update document (update operators), not a row of column values. */
  private isUpdateDocument(argument: TSESTree.Node | undefined): boolean {
    if (!argument || argument.type === 'SpreadElement') return false;
    const object = resolveExpression(this.sourceCode, argument);
    return (
      object.type === 'ObjectExpression' &&
      object.properties.some((property) => property.type === 'Property' && propertyKey(this.sourceCode, property)?.startsWith('$') === true)
    );
  }

  private stripped: boolean | null = null;

  /** The project declares middleware that strips `$`-keys from every request (express-mongo-sanitize). */
  private operatorsStripped(): boolean {
    if (this.stripped === null) {
      const filename = this.filename;
      this.stripped = filename !== undefined && NOSQL_SANITIZING_MIDDLEWARE.some((name) => declaredRange(filename, name) !== null);
    }
    return this.stripped;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Front-end HTML sinks (src/catalog/browser-taint.ts): jQuery, Angular DomSanitizer, Handlebars SafeString

  private jqueryCalls: Map<TSESTree.Node, 'jquery' | 'jquery-parse-html'> | null = null;

  private jqueryMap(): Map<TSESTree.Node, 'jquery' | 'jquery-parse-html'> {
    if (!this.jqueryCalls) {
      this.jqueryCalls = new Map();
      for (const reference of findApiReferences(this.sourceCode, JQUERY_CALLS)) {
        if (reference.definition.kind === 'call') this.jqueryCalls.set(reference.node, reference.definition.data.role);
      }
    }
    return this.jqueryCalls;
  }

  /** `$(html)`, `$.parseHTML(html)`, `new Handlebars.SafeString(html)`. */
  private frontEndHtmlSinks(): void {
    for (const [node, role] of this.jqueryMap()) {
      const argument = (node as TSESTree.CallExpression).arguments[0];
      if (!argument || argument.type === 'SpreadElement') continue;
      if (role === 'jquery-parse-html') this.check('html', argument, 'jQuery.parseHTML');
      else this.check('html', argument, 'jQuery $()', (target) => this.parsedAsHtml(target));
    }
    for (const reference of findApiReferences(this.sourceCode, UNESCAPED_HTML_SINKS)) {
      const argument = argumentsOf(reference)[0];
      if (argument && argument.type !== 'SpreadElement') this.check('html', argument, reference.definition.data.name);
    }
  }

  /**
   * jQuery parses its argument as HTML only when the string starts with `<`: `$('<div>' + x)` and a wholly
   * client-chosen string do; `$('#' + id)` and `$(location.hash)` (always `#…`) are selectors.
   */
  private parsedAsHtml(node: TSESTree.Node): boolean {
    const first = this.parts(node)[0];
    if (typeof first === 'string') return /^\s*</.test(first);
    return first !== undefined && this.analysis.taintAt(first, 'html') !== null && !this.isFixedStartAddressPart(first);
  }

  /** `location.hash`, `document.URL` (or a const holding one): text that always starts with `#`, `?` or a scheme. */
  private isFixedStartAddressPart(node: TSESTree.Node, depth = 0): boolean {
    const inner = skipWrappers(node);
    if (inner.type === 'Identifier' && depth < VALUE_RESOLUTION_DEPTH) {
      const resolved = resolveIdentifier(this.sourceCode, inner);
      return resolved !== null && this.isFixedStartAddressPart(resolved, depth + 1);
    }
    if (inner.type !== 'MemberExpression') return false;
    const key = getStaticKeyName(inner.property, inner.computed);
    return key !== null && SELECTOR_ONLY_SOURCES.test(key);
  }

  /** Is `node` a jQuery selection (`$(…)`, `$(…).find(…)`, a const holding one)? */
  private isJQuery(node: TSESTree.Node, depth = 0): boolean {
    const inner = skipWrappers(node);
    if (depth > CHAIN_LENGTH) return false;
    if (inner.type === 'CallExpression') {
      if (this.jqueryMap().get(inner) === 'jquery') return true;
      const callee = skipWrappers(inner.callee);
      if (callee.type !== 'MemberExpression') return false;
      const method = getStaticKeyName(callee.property, callee.computed);
      return method !== null && JQUERY_CHAIN_METHODS.has(method) && this.isJQuery(callee.object, depth + 1);
    }
    if (inner.type === 'Identifier') {
      const resolved = resolveIdentifier(this.sourceCode, inner);
      return resolved !== null && resolved !== undefined && this.isJQuery(resolved, depth + 1);
    }
    return false;
  }

  /** `$(sel).html(x)` / `.append(x)` …, `sanitizer.bypassSecurityTrustHtml(x)`: true when handled. */
  private frontEndHtmlCall(node: TSESTree.CallExpression, callee: TSESTree.MemberExpression, name: string): boolean {
    if (JQUERY_HTML_METHODS.has(name) && this.isJQuery(callee.object)) {
      const argument = node.arguments[0];
      if (argument && argument.type !== 'SpreadElement') this.check('html', argument, `jQuery .${name}()`);
      return true;
    }
    if (Object.prototype.hasOwnProperty.call(TRUST_BYPASS_METHODS, name)) {
      this.check('html', node.arguments[TRUST_BYPASS_METHODS[name]!], name);
      return true;
    }
    return false;
  }

  /** The known start of a SQL string argument (following a `let sql = '…'; sql += …` first write), or null. */
  private queryText(node: TSESTree.Node): string | null {
    let current = skipWrappers(node);
    for (let depth = 0; depth < VALUE_RESOLUTION_DEPTH; depth++) {
      let next: TSESTree.Node | null;
      if (current.type === 'Identifier') next = resolveIdentifier(this.sourceCode, current) ?? this.firstWrite(current);
      else if (current.type === 'CallExpression') next = this.helperReturn(current) ?? formatText(current);
      else break;
      if (!next) return null;
      current = skipWrappers(next);
    }
    const parts = this.parts(current);
    const first = parts[0];
    return first && typeof first === 'string' ? first : null;
  }

  /** `buildQuery(x)` with a same-file `function buildQuery(v) { return '…' }`: the first returned expression. */
  private helperReturn(call: TSESTree.CallExpression): TSESTree.Node | null {
    const callee = skipWrappers(call.callee);
    if (callee.type !== 'Identifier') return null;
    const variable = findVariable(this.sourceCode.getScope(callee), callee);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    let fn: TSESTree.Node | null | undefined = null;
    if (definition?.type === 'FunctionName') fn = definition.node;
    else if (definition?.type === 'Variable' && definition.node.type === 'VariableDeclarator') fn = definition.node.init;
    fn = fn ? skipWrappers(fn) : null;
    if (!fn || !isFunction(fn)) return null;
    if (fn.body.type !== 'BlockStatement') return fn.body;
    for (const statement of fn.body.body) {
      if (statement.type === 'ReturnStatement' && statement.argument) return statement.argument;
    }
    return null;
  }

  private firstWrite(identifier: TSESTree.Identifier): TSESTree.Expression | null {
    const variable = findVariable(this.sourceCode.getScope(identifier), identifier);
    const definition = variable?.defs[0];
    if (!definition || definition.type !== 'Variable' || definition.node.type !== 'VariableDeclarator') return null;
    return definition.node.id.type === 'Identifier' ? definition.node.init : null;
  }

  // -------------------------------------------------------------------------------------------------------------
  // String shape

  /** Ordered pieces of a string expression: known text, or the dynamic expression node. */
  private parts(node: TSESTree.Node): (string | TSESTree.Node)[] {
    const out: (string | TSESTree.Node)[] = [];
    const visit = (current: TSESTree.Node, depth: number): void => {
      const inner = skipWrappers(current);
      if (out.length > STRING_PARTS || depth > VALUE_RESOLUTION_DEPTH) {
        out.push(inner);
        return;
      }
      if (inner.type === 'Literal') {
        out.push(inner.value === null ? 'null' : String(inner.value));
        return;
      }
      if (inner.type === 'TemplateLiteral') {
        inner.quasis.forEach((quasi, index) => {
          out.push(quasi.value.cooked ?? '');
          const expression = inner.expressions[index];
          if (expression) visit(expression, depth + 1);
        });
        return;
      }
      if (inner.type === 'BinaryExpression' && inner.operator === '+') {
        visit(inner.left, depth + 1);
        visit(inner.right, depth + 1);
        return;
      }
      if (inner.type === 'Identifier') {
        const resolved = resolveIdentifier(this.sourceCode, inner);
        const target = resolved ? skipWrappers(resolved) : null;
        if (target && (target.type === 'TemplateLiteral' || target.type === 'BinaryExpression' || target.type === 'Literal')) {
          visit(target, depth + 1);
          return;
        }
      }
      const known = staticString(this.sourceCode, inner);
      out.push(known ?? inner);
    };
    visit(node, 0);
    // Merge adjacent strings.
    const merged: (string | TSESTree.Node)[] = [];
    for (const part of out) {
      const last = merged[merged.length - 1];
      if (typeof part === 'string' && typeof last === 'string') merged[merged.length - 1] = last + part;
      else merged.push(part);
    }
    return merged;
  }

  /** HTML built with markup: some known piece of the string contains a tag. */
  private hasMarkup(node: TSESTree.Node): boolean {
    return this.parts(node).some((part) => typeof part === 'string' && /<[a-z!/]/i.test(part));
  }

  /**
   * Can the tainted part of a URL choose where it points (scheme or host)? `'/orders/' + id` and
   * `` `https://shop.example/return?o=${id}` `` cannot; `req.query.next`, `'https://' + host` and `'/' + x` can.
   */
  private controlsOrigin(node: TSESTree.Node, kind: SinkKind): boolean {
    let text = '';
    for (const part of this.parts(node)) {
      if (typeof part === 'string') {
        text += part;
        continue;
      }
      if (this.analysis.taintAt(part, kind)) return prefixLeavesOriginOpen(text);
      text += 'X';
    }
    // The taint is not in a visible string part: the whole value is client-chosen.
    return true;
  }
}

/** Known text before the client-controlled part of a URL: does it leave scheme/host open? */
export function prefixLeavesOriginOpen(text: string): boolean {
  if (text === '') return true;
  const scheme = /^[a-z][a-z0-9+.-]*:(?:\/\/)?/i.exec(text);
  if (scheme || text.startsWith('//')) {
    const rest = text.slice(scheme ? scheme[0].length : 2);
    return !/[/?#]/.test(rest);
  }
  if (text.startsWith('?') || text.startsWith('#')) return false;
  if (text.startsWith('/') || text.startsWith('\\')) return text.length < 2 || text[1] === '/' || text[1] === '\\';
  // Opaque dynamic base (`${API_BASE}`) or relative text: safe once a path separator follows it.
  return !/[/?#]/.test(text);
}

/** The export name an identifier is imported as from `module`, or null. */
function importedFrom(sourceCode: Readonly<SourceCode>, identifier: TSESTree.Identifier, module: string): string | null {
  const definition = findVariable(sourceCode.getScope(identifier), identifier)?.defs[0];
  if (definition?.type !== 'ImportBinding') return null;
  const declaration = definition.parent;
  if (declaration.type !== 'ImportDeclaration' || declaration.source.value !== module) return null;
  const specifier = definition.node;
  if (specifier.type !== 'ImportSpecifier') return null;
  return specifierExportName(specifier);
}

/** Does the code text pass the global `name` as an argument (`f(name)`, `f(a, name)`)? */
function passedToCall(code: string, name: string): boolean {
  for (let index = code.indexOf(name); index !== -1; index = code.indexOf(name, index + 1)) {
    const after = code[index + name.length];
    if (after !== undefined && /[\w$]/.test(after)) continue;
    let before = index - 1;
    while (before >= 0 && /\s/.test(code[before]!)) before--;
    if (before >= 0 && (code[before] === '(' || code[before] === ',') && (index === 0 || !/[\w$.]/.test(code[index - 1]!))) return true;
  }
  return false;
}

/** The format text of `util.format('SELECT … %s', id)` / `sprintf(…)`. */
function formatText(call: TSESTree.CallExpression): TSESTree.Node | null {
  const name = calleeName(skipWrappers(call.callee));
  const first = call.arguments[0];
  return name !== null && FORMAT_FUNCTION_NAMES.has(name) && first && first.type !== 'SpreadElement' ? first : null;
}

function sameArray(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/**
 * Upload middleware stores a file under a name the server chose and exposes that path (multer `req.file.path`,
 * express-fileupload `tempFilePath`): reading or deleting it is no traversal. The client's own name
 * (`originalname`, `name`) still counts.
 */
function isServerChosenUploadPath(label: string): boolean {
  const parts = label.split(/[.[]/);
  const last = parts[parts.length - 1] ?? '';
  return UPLOAD_SERVER_FIELDS.has(last) && parts.some((part) => part === 'file' || part === 'files' || part === 'file]' || part === 'files]');
}

/** A name segment of `name` is a secret or code word (NOSQL_SECRET_FIELD_WORDS). */
function namesSecretWord(name: string): boolean {
  const segments = splitName(name).map((segment) => segment.toLowerCase());
  return segments.some((segment) => NOSQL_SECRET_FIELD_WORDS.has(segment)) && !segments.some((segment) => NOSQL_NON_SECRET_QUALIFIERS.has(segment));
}

/**
 * The expression is named for a secret or code: `discountCode`, `req.body.otp`, a `Coupon`/`PromoCode` model or
 * collection (`Coupon.findOne(…)`, `db.otpCodes.findOne(…)`).
 */
function namesSecret(node: TSESTree.Node): boolean {
  const name = calleeName(node); // an identifier, or the last key of a member chain (`req.body.otp` → `otp`)
  return name !== null && namesSecretWord(name);
}
