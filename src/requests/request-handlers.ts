/**
 * Request handlers: which functions in a file receive an HTTP request (or an API Gateway event), from which
 * framework, and which parameter is the request / response / context.
 *
 * Recognised (data in `src/catalog/frameworks.ts`):
 * - route registrations on apps resolved through imports (`const app = express(); app.post('/x', h)`), with any
 *   parameter names;
 * - route registrations on unresolved objects (apps passed across files) when the path is a static string and the
 *   handler has a conventional shape: `(req, res[, next])`, `(request, reply)`, `(request, h)`, `(ctx[, next])`;
 * - Next.js App Router exports (`export async function POST(request)`) and Pages Router API defaults;
 * - AWS Lambda exported handlers (`export const handler = async (event) => …`);
 * - NestJS controller methods (`@Post()` + `@Body()` / `@Query()` / `@Param()` / `@Headers()` / `@Req()`);
 * - Firebase Cloud Functions: `https.onRequest` handlers (Express request/response) and `https.onCall` handlers
 *   (the caller's payload);
 * - Node servers' `server.on('request', (req, res) => …)` listeners;
 * - GraphQL field resolvers (their `args` are `inputs`): resolver maps (`{ Query: { … } }`) passed as `resolvers` or
 *   named so, graphql-js `new GraphQLObjectType({ fields })`, NestJS / type-graphql `@Resolver()` classes.
 *
 * Results are cached per file (per `SourceCode`).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '../ast/eslint-utils.js';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import {
  FRAMEWORK_PARAMS,
  GRAPHQL_ARGS_DECORATORS,
  GRAPHQL_ARGS_INDEX,
  GRAPHQL_CLASS_DECORATOR,
  GRAPHQL_CLASS_MODULES,
  GRAPHQL_METHOD_DECORATORS,
  GRAPHQL_OBJECT_TYPE_CONSTRUCTORS,
  GRAPHQL_RESOLVER_KEYS,
  GRAPHQL_RESOLVERS_KEY,
  GRAPHQL_ROOT_TYPES,
  LAMBDA_EVENT_NAMES,
  LAMBDA_EVENT_TYPES,
  LAMBDA_HANDLER_TYPES,
  NEST_MODULE,
  NEST_PARAM_DECORATORS,
  NEST_ROUTE_DECORATORS,
  NEXT_REQUEST_TYPES,
  NEXT_ROUTE_EXPORTS,
  NEXT_SERVER_MODULES,
  PARAM_SHAPES,
  REQUEST_INPUT_PARTS,
  REQUEST_OBJECT_NAMES,
  ROUTE_METHODS,
  ROUTE_REGISTRATIONS,
  type Framework,
  type NestInputKind,
  type ParamRole,
  type RouteRegistration,
} from '../catalog/frameworks.js';
import { annotatedType, decoratorsOf, getStaticKeyName, isFunction, skipWrappers, specifierExportName, type AnyFunction } from '../ast/ast.js';
import { nodesOfTypes } from '../ast/node-index.js';
import { findApiReferences } from '../modules/module-references.js';
import { compileTrigger, getFileFacts, matchesTrigger, wholeNames, type Trigger } from '../modules/file-facts.js';
import { findProperty } from '../values/object-options.js';
import { resolveIdentifier, staticString } from '../values/static-values.js';
import { CALL_HOPS, CHAIN_LENGTH } from '../values/budget.js';

export type { Framework } from '../catalog/frameworks.js';

/** A NestJS decorated parameter (`@Body('amount') amount: number`). */
export interface HandlerInput {
  readonly param: TSESTree.Parameter;
  readonly kind: NestInputKind;
  /** Static key argument (`@Body('amount')` → `'amount'`), or null for the whole object. */
  readonly key: string | null;
  /** How to name it in messages when not a NestJS HTTP decorator: `args`, `@Args('id')`. */
  readonly label?: string;
}

export interface RequestHandler {
  readonly fn: AnyFunction;
  readonly framework: Framework;
  /** `req` / `request` / Lambda `event` parameter (Identifier, ObjectPattern, …), or null. */
  readonly request: TSESTree.Parameter | null;
  /** `res` / `reply` / `h` parameter, or null. */
  readonly response: TSESTree.Parameter | null;
  /** Koa `ctx`, Hono `c`, Next.js App Router route context (`{ params }`), or null. */
  readonly context: TSESTree.Parameter | null;
  /** Static route path (`app.post('/webhook', …)`), the route derived from a Next.js file path, or null. */
  readonly routePath: string | null;
  /** Upper-case HTTP method, or null for middleware / any method / unknown. */
  readonly method: string | null;
  /** The route registration call (`app.post(...)`), if any. */
  readonly call: TSESTree.CallExpression | null;
  /** NestJS decorated parameters; empty for other frameworks. */
  readonly inputs: readonly HandlerInput[];
}

interface FileHandlers {
  readonly filename: string | undefined;
  readonly list: readonly RequestHandler[];
  readonly byFunction: ReadonlyMap<TSESTree.Node, RequestHandler>;
}

const cache = new WeakMap<object, FileHandlers>();

/**
 * Every request handler in the file, in source order. Pass `filename` (`context.filename`) to enable the
 * file-path-based Next.js recognition (`app/**\/route.ts`, `pages/api/**`); without it, Next.js handlers are
 * recognised from `next/server` imports and `NextRequest` / `NextApiRequest` parameter types only.
 */
export function findRequestHandlers(
  sourceCode: Readonly<SourceCode>,
  filename?: string,
): readonly RequestHandler[] {
  return load(sourceCode, filename).list;
}

/** The innermost request handler whose function contains `node` (or is `node`), or null. */
export function handlerOf(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.Node,
  filename?: string,
): RequestHandler | null {
  const { byFunction } = load(sourceCode, filename);
  if (byFunction.size === 0) return null;
  let current: TSESTree.Node | undefined = node;
  while (current) {
    const found = byFunction.get(current);
    if (found) return found;
    current = current.parent;
  }
  return null;
}

/** The handler whose function is exactly `fn`, or null. */
export function handlerForFunction(
  sourceCode: Readonly<SourceCode>,
  fn: TSESTree.Node,
  filename?: string,
): RequestHandler | null {
  return load(sourceCode, filename).byFunction.get(fn) ?? null;
}

function load(sourceCode: Readonly<SourceCode>, filename: string | undefined): FileHandlers {
  const cached = cache.get(sourceCode);
  if (cached && (filename === undefined || cached.filename === filename)) return cached;
  const result = new Collector(sourceCode, filename).collect();
  cache.set(sourceCode, result);
  return result;
}

const ROUTE_FILE = /(?:^|\/)app\/(?:.*\/)?route\.[cm]?[jt]sx?$/;
const PAGES_API_FILE = /(?:^|\/)pages\/api\/.+\.[cm]?[jt]sx?$/;
const APP_PAGE_FILE = /(?:^|\/)app\/(?:.*\/)?page\.[cm]?[jt]sx?$/;
const NEXT_PAGES_TYPES = ['NextApiRequest'];
const LAMBDA_EXPORT_NAMES = new Set(['handler', 'main', 'lambdaHandler']);
/** A file whose exported resolver map counts without a `resolvers` name (`Collector.isResolverMap`). */
const RESOLVER_FILE = /resolver/iu;
/**
 * A root type as the key of a resolver map (`Query: {`, `'Mutation': {`, `['Query']: {`), the colon possibly after
 * a comment; not `@Query()` or `Query.field`. Literal alternatives, then fixed optional characters: linear.
 */
const RESOLVER_MAP_KEY = new RegExp(`(?<![\\w$])(?:${GRAPHQL_ROOT_TYPES.join('|')})['"\`]?\\]?\\s*[:/]`, 'u');

/** A registration entry whose calls take handlers (not an app factory, not the start of a `route` chain). */
function registersHandlers(data: RouteRegistration): boolean {
  return data.method !== undefined && !data.routeChain;
}

/** What such a call names: `post`, `on`, `route`, `onRequest`, `createServer`, … (collected from the catalog). */
const REGISTRATION_NAMES = [
  ...new Set(ROUTE_REGISTRATIONS.filter((entry) => registersHandlers(entry.data)).map((entry) => entry.path[entry.path.length - 1]!)),
];

/** First and second parameter names of the conventional shapes that need both (`(req, res)`, `(request, h)`). */
const PAIRED_FIRST = PARAM_SHAPES.filter((shape) => shape.second !== null).flatMap((shape) => shape.first);
const PAIRED_SECOND = PARAM_SHAPES.flatMap((shape) => shape.second ?? []);
/** First parameter names of the shapes that need no second parameter (Koa `(ctx)`). */
const LONE_FIRST = PARAM_SHAPES.filter((shape) => shape.second === null).flatMap((shape) => shape.first);

/**
 * A second parameter of a conventional shape: the name after a comma, white space, a comment or a decorator
 * (`(req, @Res() res)`), then what can follow a parameter name (`)`, `,`, a default, a type, `?`, a comment).
 * `(res) => …`, `res => …`, `res ? a : b`, `h.response()`, `h(App)`, `<h2>` and `res.json()` do not count. A
 * fixed-width look-behind, literal alternatives and runs of white space before a fixed character: linear.
 */
const SECOND_PARAM = new RegExp(`(?<=[\\s,/)])(?:${PAIRED_SECOND.join('|')})\\s*(?:[),:/]|=(?!>)|\\?\\s*[),:/])`, 'u');

/**
 * What an unresolved registration (`Collector.unresolvedRegistration`) needs besides the handler's shape: a
 * `route` call (`server.route({ handler })`, `app.route('/p').get(…)`), or a static path starting with `/` or `*`.
 * Its text starts a string or template literal (`'/x'`, `` `/x/${id}` ``, `'*'`), possibly with an escape of either
 * character (`'\/x'`, `'\x2f'`, an octal `'\57'`, a line continuation; a `\u` keeps every file in), or follows
 * a template expression (`` `${base}/x` `` with `base` being `''`), or is built from character codes
 * (`String.fromCharCode(47)`). A path sliced out of a literal that does not start with one (`'x/p'.slice(1)`) is not
 * expected.
 */
const UNRESOLVED_REGISTRATION: Trigger = {
  words: ['route'],
  text: ['fromCharCode', 'fromCodePoint'],
  pattern: /['"`](?:[*/]|\\(?:[*/]|x2[afAF]|0?5[27]|\r?\n))|\}[*/]/u,
};

/**
 * A necessary condition (src/modules/file-facts.ts) for any handler in a file, one alternative per way
 * `Collector.collect` finds one. Files without any of them are not walked, and every rule whose reports need a
 * handler may use it (REQUEST_DATA_TRIGGER and WEBHOOK_HANDLER_TRIGGER in src/analyses/triggers.ts,
 * no-raw-card-data-on-server):
 * - a NestJS controller: `Controller` imported by the file itself from `@nestjs/common` (`nestDecorator` reads the
 *   file's own import declarations, so a project module that loads the package does not count);
 * - a code-first GraphQL resolver class: `Resolver` and an `@Args()`/`@Arg()` decorator imported by the file itself;
 * - a conventional pair of parameters (step 3 and unresolved registrations): a second parameter named `res`,
 *   `reply`, `h`, … (SECOND_PARAM) beside a first one named `req`/`request`, or destructured; a destructured one
 *   names request input parts (`({ payload }, h)`, `destructuresRequestParts`) or sits on an unresolved
 *   registration, which may destructure anything;
 * - a Koa `(ctx)` function, recognised only on an unresolved registration;
 * - a Workers `fetch(request, env)` method of a default export (first parameter `request`/`req` or typed `Request`);
 * - a Lambda export named `handler`/`main`/`lambdaHandler` with an `event`/`evt` first parameter, or a parameter or
 *   binding typed with an aws-lambda type;
 * - a Next.js route export (`GET`, `POST`, …) in a `route.ts` file, beside a `next/server` import of the file, or with
 *   a `NextRequest` parameter; a Pages Router API file or a `NextApiRequest` parameter; an App Router page file;
 * - a GraphQL resolver map (a `Query`/`Mutation`/`Subscription` key kept under a `resolvers` key, in a variable named
 *   `…resolvers`, or exported from a `resolver` file) or a `GraphQLObjectType`;
 * - a registration on an app resolved through imports (`apis`, which may be an instance created in a project module
 *   and imported from there), whose call names the registering method or function whole (`app.post`, `router['use']`,
 *   `const { get } = router`, `onRequest`).
 * Names are compared whole (`GET`, not `TARGET`); an identifier spelled with a `\u` escape keeps the file in.
 */
export const REQUEST_HANDLER_TRIGGER: Trigger = {
  anyOf: [
    { allOf: [{ ownModules: [NEST_MODULE] }, { pattern: wholeNames(['Controller']) }] },
    {
      allOf: [
        { ownModules: GRAPHQL_CLASS_MODULES },
        { pattern: wholeNames([GRAPHQL_CLASS_DECORATOR]) },
        { pattern: wholeNames(GRAPHQL_ARGS_DECORATORS) },
      ],
    },
    {
      allOf: [
        { pattern: SECOND_PARAM },
        { pattern: wholeNames([...PAIRED_FIRST, ...REQUEST_INPUT_PARTS]), anyOf: [UNRESOLVED_REGISTRATION] },
      ],
    },
    { allOf: [{ pattern: wholeNames(LONE_FIRST) }, UNRESOLVED_REGISTRATION] },
    { allOf: [{ pattern: wholeNames([...REQUEST_OBJECT_NAMES, 'Request']) }, { pattern: wholeNames(['fetch']) }] },
    { allOf: [{ pattern: wholeNames(LAMBDA_EVENT_NAMES) }, { pattern: wholeNames([...LAMBDA_EXPORT_NAMES]) }] },
    {
      allOf: [
        { pattern: wholeNames(NEXT_ROUTE_EXPORTS) },
        { files: ROUTE_FILE, ownModules: NEXT_SERVER_MODULES, pattern: wholeNames(['NextRequest']) },
      ],
    },
    { files: PAGES_API_FILE },
    { files: APP_PAGE_FILE },
    {
      allOf: [
        { pattern: RESOLVER_MAP_KEY },
        { textIgnoreCase: ['resolver'], files: RESOLVER_FILE },
      ],
    },
    // Last: the only alternative that may read project modules (an app created in one and imported).
    { allOf: [{ pattern: wholeNames(REGISTRATION_NAMES) }, { apis: [ROUTE_REGISTRATIONS] }] },
  ],
  pattern: wholeNames([...NEXT_PAGES_TYPES, ...LAMBDA_EVENT_TYPES, ...LAMBDA_HANDLER_TYPES, ...GRAPHQL_OBJECT_TYPE_CONSTRUCTORS]),
  text: ['\\u'],
};
const compiledHandlerTrigger = compileTrigger(REQUEST_HANDLER_TRIGGER);

/** The node types the one pass of `Collector.collect` looks at. */
const HANDLER_SCAN_TYPES = [
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
  'CallExpression',
  'ExportNamedDeclaration',
  'ExportDefaultDeclaration',
  'AssignmentExpression',
  'ClassDeclaration',
  'ClassExpression',
  'ObjectExpression',
  'NewExpression',
] as const;

class Collector {
  private readonly byFunction = new Map<TSESTree.Node, RequestHandler>();
  private readonly handledCalls = new Set<TSESTree.Node>();
  private readonly normalizedName: string;
  private nextServerImported = false;

  constructor(
    private readonly sourceCode: Readonly<SourceCode>,
    private readonly filename: string | undefined,
  ) {
    this.normalizedName = (filename ?? '').replace(/\\/g, '/');
  }

  collect(): FileHandlers {
    if (!matchesTrigger(getFileFacts(this.sourceCode, this.filename), compiledHandlerTrigger)) {
      return { filename: this.filename, list: [], byFunction: this.byFunction };
    }
    const program = this.sourceCode.ast as TSESTree.Program;
    for (const statement of program.body) {
      if (
        statement.type === 'ImportDeclaration' &&
        NEXT_SERVER_MODULES.includes(String(statement.source.value))
      ) {
        this.nextServerImported = true;
      }
    }
    // 1. Registrations on apps resolved through imports.
    for (const reference of findApiReferences(this.sourceCode, ROUTE_REGISTRATIONS)) {
      const data = reference.definition.data;
      if (!registersHandlers(data) || reference.node.type !== 'CallExpression') continue;
      if (this.handledCalls.has(reference.node)) continue;
      this.handledCalls.add(reference.node);
      this.registration(reference.node, data, true);
    }
    // 2. One pass over the file for the rest.
    const shaped: AnyFunction[] = [];
    for (const node of nodesOfTypes(this.sourceCode, HANDLER_SCAN_TYPES)) {
      switch (node.type) {
        case 'FunctionDeclaration':
        case 'FunctionExpression':
        case 'ArrowFunctionExpression':
          if (node.params.length >= 2) shaped.push(node);
          break;
        case 'CallExpression':
          if (!this.handledCalls.has(node)) this.unresolvedRegistration(node);
          break;
        case 'ExportNamedDeclaration':
          this.namedExport(node);
          break;
        case 'ExportDefaultDeclaration':
          this.defaultExport(node);
          break;
        case 'AssignmentExpression':
          this.commonjsExport(node);
          break;
        case 'ClassDeclaration':
        case 'ClassExpression':
          if (decoratorsOf(node).length > 0) {
            this.nestController(node);
            this.graphqlResolverClass(node);
          }
          break;
        case 'ObjectExpression':
          if (this.isResolverMap(node)) this.resolverMap(node);
          break;
        case 'NewExpression':
          this.graphqlObjectType(node);
          break;
        default:
          break;
      }
    }
    // 3. Controllers wired up in another file: any function shaped `(req, res[, next])` / `(request, reply)`.
    for (const fn of shaped) {
      if (this.byFunction.has(fn)) continue;
      const shape = matchShape(fn);
      if (shape && shape.second !== null && (paramName(fn.params[0]!) !== null || destructuresRequestParts(fn.params[0]!))) {
        this.add(this.build(fn, shape.framework, shape.roles, null, null, null));
      }
    }
    const list = [...this.byFunction.values()].sort((a, b) => a.fn.range[0] - b.fn.range[0]);
    return { filename: this.filename, list, byFunction: this.byFunction };
  }

  private add(handler: RequestHandler): void {
    if (!this.byFunction.has(handler.fn)) this.byFunction.set(handler.fn, handler);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Route registrations

  private registration(call: TSESTree.CallExpression, data: RouteRegistration, resolved: boolean): void {
    const args = call.arguments;
    const callee = skipWrappers(call.callee);
    const methodName =
      callee.type === 'MemberExpression' ? getStaticKeyName(callee.property, callee.computed) : null;
    // Fastify `fastify.route({ method, url, handler })`.
    if (methodName === 'route' && data.framework !== 'express') {
      const options = args[0];
      if (!options) return;
      const handler = findProperty(this.sourceCode, options, 'handler');
      const url = findProperty(this.sourceCode, options, 'url') ?? findProperty(this.sourceCode, options, 'path');
      const method = findProperty(this.sourceCode, options, 'method');
      const methodValue = method ? staticString(this.sourceCode, method.value) : null;
      if (handler) {
        this.registerHandlerArgument(handler.value, call, {
          framework: data.framework,
          method: methodValue ? methodValue.toUpperCase() : null,
          routePath: url ? staticString(this.sourceCode, url.value) : null,
          resolved,
        });
      }
      return;
    }
    if (data.event !== undefined) {
      // `server.on('request', handler)`: the event name is no route path, and other events carry no request.
      const event = args[0] ? staticString(this.sourceCode, args[0]) : null;
      if (event !== data.event) return;
      for (const argument of args.slice(1)) {
        this.registerHandlerArgument(argument, call, { framework: data.framework, method: null, routePath: null, resolved });
      }
      return;
    }
    let routePath: string | null = null;
    let handlerArgs: readonly TSESTree.Node[] = args;
    const first = args[0];
    if (first && first.type !== 'SpreadElement') {
      const path = staticString(this.sourceCode, first);
      if (path !== null) {
        routePath = path;
        handlerArgs = args.slice(1);
      } else if (!this.isHandlerLike(first)) {
        // Non-static path (array, RegExp, variable): still a route, path unknown.
        handlerArgs = args.slice(1);
      }
    }
    if (routePath === null && callee.type === 'MemberExpression') routePath = this.chainedRoutePath(callee.object);
    if (!resolved && routePath === null) return;
    for (const argument of handlerArgs) {
      this.registerHandlerArgument(argument, call, {
        framework: data.framework,
        method: data.method ?? null,
        routePath,
        resolved,
      });
    }
  }

  /** `app.route('/p').get(a).post(b)`: the path of the `.route()` call the chain starts from. */
  private chainedRoutePath(object: TSESTree.Node): string | null {
    let current = skipWrappers(object);
    for (let depth = 0; depth < CHAIN_LENGTH && current.type === 'CallExpression'; depth++) {
      const callee = skipWrappers(current.callee);
      if (callee.type !== 'MemberExpression') return null;
      if (getStaticKeyName(callee.property, callee.computed) === 'route' && current.arguments[0]) {
        return staticString(this.sourceCode, current.arguments[0]);
      }
      current = skipWrappers(callee.object);
    }
    return null;
  }

  private isHandlerLike(node: TSESTree.Node): boolean {
    const inner = skipWrappers(node);
    return isFunction(inner) || inner.type === 'Identifier' || inner.type === 'CallExpression';
  }

  /** `<x>.post('/path', …)` on an object we could not resolve: accept conventional handler shapes only. */
  private unresolvedRegistration(call: TSESTree.CallExpression): void {
    const callee = skipWrappers(call.callee);
    if (callee.type !== 'MemberExpression') return;
    const name = getStaticKeyName(callee.property, callee.computed);
    if (name === null) return;
    if (name === 'route') {
      // Fastify/hapi style `server.route({ method, url, handler })`.
      const options = call.arguments[0];
      if (options && skipWrappers(options).type === 'ObjectExpression') {
        this.registration(call, { framework: 'unknown' }, false);
      }
      return;
    }
    if (!Object.prototype.hasOwnProperty.call(ROUTE_METHODS, name)) return;
    const first = call.arguments[0];
    let routePath: string | null = first ? staticString(this.sourceCode, first) : null;
    if (routePath === null) routePath = this.chainedRoutePath(callee.object);
    if (routePath === null || !/^[/*]/.test(routePath)) return;
    this.registration(call, { framework: 'unknown', method: ROUTE_METHODS[name] ?? null }, false);
  }

  private registerHandlerArgument(
    argument: TSESTree.Node,
    call: TSESTree.CallExpression,
    info: { framework: Framework; method: string | null; routePath: string | null; resolved: boolean },
  ): void {
    if (argument.type === 'SpreadElement') return;
    const fn = this.resolveFunction(argument, 0);
    if (!fn) return;
    let framework = info.framework;
    let roles: readonly ParamRole[];
    if (info.resolved && framework !== 'unknown') {
      roles = FRAMEWORK_PARAMS[framework];
      // Express error middleware: (err, req, res, next).
      if (framework === 'express' && fn.params.length === 4) roles = ['ignore', 'request', 'response', 'next'];
    } else {
      const shape = matchShape(fn);
      if (!shape) return;
      if (framework === 'unknown') framework = shape.framework;
      roles = shape.roles;
    }
    this.add(this.build(fn, framework, roles, info.routePath, info.method, call));
  }

  private build(
    fn: AnyFunction,
    framework: Framework,
    roles: readonly ParamRole[],
    routePath: string | null,
    method: string | null,
    call: TSESTree.CallExpression | null,
  ): RequestHandler {
    const slots: Record<'request' | 'response' | 'context', TSESTree.Parameter | null> = {
      request: null,
      response: null,
      context: null,
    };
    roles.forEach((role, index) => {
      const param = fn.params[index];
      if (param && (role === 'request' || role === 'response' || role === 'context')) slots[role] = param;
    });
    return { fn, framework, ...slots, routePath, method, call, inputs: [] };
  }

  /** A function expression/declaration an argument stands for: inline, a same-file name, or `wrap(fn)`. */
  private resolveFunction(node: TSESTree.Node, depth: number): AnyFunction | null {
    const inner = skipWrappers(node);
    if (isFunction(inner)) return inner;
    if (depth >= CALL_HOPS) return null;
    if (inner.type === 'Identifier') {
      const declaration = this.functionDeclarationOf(inner);
      if (declaration) return declaration;
      const init = resolveIdentifier(this.sourceCode, inner);
      return init ? this.resolveFunction(init, depth + 1) : null;
    }
    if (inner.type === 'CallExpression') {
      // asyncHandler(fn), withAuth(handler), middy(base).use(...)
      const callee = skipWrappers(inner.callee);
      if (callee.type === 'MemberExpression' && skipWrappers(callee.object).type === 'CallExpression') {
        return this.resolveFunction(callee.object, depth + 1);
      }
      const argument = inner.arguments[0];
      if (argument && argument.type !== 'SpreadElement') {
        const candidate = skipWrappers(argument);
        if (isFunction(candidate) || candidate.type === 'Identifier') return this.resolveFunction(candidate, depth + 1);
      }
    }
    return null;
  }

  private functionDeclarationOf(identifier: TSESTree.Identifier): TSESTree.FunctionDeclaration | null {
    const variable = findVariable(this.sourceCode.getScope(identifier), identifier);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (definition?.type === 'FunctionName' && definition.node.type === 'FunctionDeclaration') {
      return definition.node;
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Exports: Next.js and Lambda

  private namedExport(node: TSESTree.ExportNamedDeclaration): void {
    const declaration = node.declaration;
    if (declaration?.type === 'FunctionDeclaration' && declaration.id) {
      this.exported(declaration.id.name, declaration, null);
    } else if (declaration?.type === 'VariableDeclaration') {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type !== 'Identifier' || !declarator.init) continue;
        this.exported(declarator.id.name, declarator.init, declarator.id);
      }
    } else if (!node.source) {
      for (const specifier of node.specifiers) {
        if (specifier.type !== 'ExportSpecifier' || specifier.local.type !== 'Identifier') continue;
        const exportedName =
          specifier.exported.type === 'Identifier' ? specifier.exported.name : String(specifier.exported.value);
        this.exported(exportedName, specifier.local, null);
      }
    }
  }

  private defaultExport(node: TSESTree.ExportDefaultDeclaration): void {
    this.exported('default', node.declaration, null);
  }

  /** `exports.handler = …`, `module.exports.handler = …`, `module.exports = …`. */
  private commonjsExport(node: TSESTree.AssignmentExpression): void {
    if (node.operator !== '=') return;
    const left = skipWrappers(node.left);
    if (left.type !== 'MemberExpression') return;
    const key = getStaticKeyName(left.property, left.computed);
    const object = skipWrappers(left.object);
    if (object.type === 'Identifier' && object.name === 'module' && key === 'exports') {
      this.exported('default', node.right, null);
      return;
    }
    const isExports =
      (object.type === 'Identifier' && object.name === 'exports') ||
      (object.type === 'MemberExpression' &&
        skipWrappers(object.object).type === 'Identifier' &&
        (skipWrappers(object.object) as TSESTree.Identifier).name === 'module' &&
        getStaticKeyName(object.property, object.computed) === 'exports');
    if (isExports && key !== null) this.exported(key, node.right, null);
  }

  private exported(name: string, value: TSESTree.Node, binding: TSESTree.Identifier | null): void {
    if (name === 'default') this.fetchHandler(value);
    const fn = this.resolveFunction(value, 0);
    if (!fn || this.byFunction.has(fn)) return;
    const first = fn.params[0];
    // Next.js App Router route handlers.
    if (NEXT_ROUTE_EXPORTS.includes(name)) {
      const inRouteFile = ROUTE_FILE.test(this.normalizedName);
      const typed = first !== undefined && typeNames(first).some((type) => NEXT_REQUEST_TYPES.includes(type));
      if (inRouteFile || this.nextServerImported || (typed && typeNames(first).includes('NextRequest'))) {
        this.add(this.build(fn, 'next-app', FRAMEWORK_PARAMS['next-app'], this.nextRoutePath(), name, null));
        return;
      }
    }
    // Next.js Pages Router API routes.
    if (name === 'default') {
      const inPagesApi = PAGES_API_FILE.test(this.normalizedName);
      const typed = first !== undefined && typeNames(first).some((type) => NEXT_PAGES_TYPES.includes(type));
      if ((inPagesApi && fn.params.length >= 1) || typed) {
        this.add(this.build(fn, 'next-pages', FRAMEWORK_PARAMS['next-pages'], this.nextRoutePath(), null, null));
        return;
      }
    }
    // Next.js App Router pages: `export default function Page({ params, searchParams })` — both come from the URL.
    if (name === 'default' && first !== undefined && APP_PAGE_FILE.test(this.normalizedName)) {
      this.add(this.build(fn, 'next-app', ['context'], null, null, null));
      return;
    }
    // AWS Lambda.
    if (!first) return;
    const eventTyped = typeNames(first).some((type) => LAMBDA_EVENT_TYPES.includes(type));
    const bindingType = binding ? annotatedType(binding) : undefined;
    const handlerTyped =
      bindingType !== undefined &&
      typeNamesOf(bindingType).some((type) => LAMBDA_HANDLER_TYPES.includes(type));
    const conventional =
      LAMBDA_EXPORT_NAMES.has(name) &&
      paramName(first) !== null &&
      LAMBDA_EVENT_NAMES.includes(paramName(first)!) &&
      !/\.[jt]sx$/.test(this.normalizedName);
    if (eventTyped || handlerTyped || conventional) {
      this.add(this.build(fn, 'lambda', FRAMEWORK_PARAMS.lambda, null, null, null));
    }
  }

  /**
   * Cloudflare Workers, Deno and Bun servers: `export default { async fetch(request, env, ctx) { … } }`. The first
   * parameter is a Fetch API `Request`, as in a Next.js route handler; `env` holds bindings, not request data. Only
   * a first parameter named `request`/`req` or typed `Request` counts, so an exported API client with a `fetch`
   * helper is not mistaken for a server.
   */
  private fetchHandler(value: TSESTree.Node): void {
    const object = skipWrappers(value);
    if (object.type !== 'ObjectExpression') return;
    for (const property of object.properties) {
      if (property.type !== 'Property' || getStaticKeyName(property.key, property.computed) !== 'fetch') continue;
      const fn = skipWrappers(property.value);
      const first = isFunction(fn) ? fn.params[0] : undefined;
      if (!first || this.byFunction.has(fn as AnyFunction)) continue;
      // `module.exports = { fetch: (req, res) => … }` is an Express controller action, not a Workers `fetch(request, env)`.
      if (matchShape(fn as AnyFunction)?.second) continue;
      const named = paramName(first);
      if ((named !== null && REQUEST_OBJECT_NAMES.includes(named)) || typeNames(first).includes('Request')) {
        this.add(this.build(fn as AnyFunction, 'next-app', ['request', 'ignore', 'ignore'], null, null, null));
      }
    }
  }

  /** `src/app/api/checkout/[id]/route.ts` → `/api/checkout/[id]`; `pages/api/webhook.ts` → `/api/webhook`. */
  private nextRoutePath(): string | null {
    const name = this.normalizedName;
    const route = /(?:^|\/)app\/((?:.*\/)?)route\.[cm]?[jt]sx?$/.exec(name);
    if (route) {
      const segments = route[1]!.split('/').filter((segment) => segment && !/^\(.*\)$/.test(segment));
      return `/${segments.join('/')}`;
    }
    const pages = /(?:^|\/)pages\/(api\/.+)\.[cm]?[jt]sx?$/.exec(name);
    if (pages) return `/${pages[1]!.replace(/\/index$/, '')}`;
    return null;
  }

  // ---------------------------------------------------------------------------------------------------------
  // NestJS

  private nestController(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression): void {
    let prefix: string | null = null;
    let isController = false;
    for (const decorator of decoratorsOf(node)) {
      const resolved = this.nestDecorator(decorator);
      if (resolved?.name === 'Controller') {
        isController = true;
        const argument = resolved.call?.arguments[0];
        if (!argument) prefix = '';
        else {
          const path = staticString(this.sourceCode, argument);
          if (path !== null) prefix = path;
          else {
            const option = findProperty(this.sourceCode, argument, 'path');
            prefix = option ? staticString(this.sourceCode, option.value) : null;
          }
        }
      }
    }
    if (!isController) return;
    for (const element of node.body.body) {
      if (element.type !== 'MethodDefinition' || element.kind !== 'method' || element.value.type !== 'FunctionExpression') {
        continue;
      }
      for (const decorator of decoratorsOf(element)) {
        const resolved = this.nestDecorator(decorator);
        if (!resolved || !Object.prototype.hasOwnProperty.call(NEST_ROUTE_DECORATORS, resolved.name)) continue;
        const argument = resolved.call?.arguments[0];
        const sub = argument ? staticString(this.sourceCode, argument) : '';
        this.add(this.nestHandler(element.value, NEST_ROUTE_DECORATORS[resolved.name] ?? null, joinPath(prefix, sub)));
        break;
      }
    }
  }

  private nestHandler(fn: TSESTree.FunctionExpression, method: string | null, routePath: string | null): RequestHandler {
    const inputs: HandlerInput[] = [];
    let request: TSESTree.Parameter | null = null;
    let response: TSESTree.Parameter | null = null;
    for (const param of fn.params) {
      for (const decorator of decoratorsOf(param)) {
        const resolved = this.nestDecorator(decorator);
        if (!resolved || !Object.prototype.hasOwnProperty.call(NEST_PARAM_DECORATORS, resolved.name)) continue;
        const kind = NEST_PARAM_DECORATORS[resolved.name]!;
        const keyArgument = resolved.call?.arguments[0];
        const key = keyArgument ? staticString(this.sourceCode, keyArgument) : null;
        inputs.push({ param, kind, key });
        if (kind === 'request') request ??= param;
        if (kind === 'response') response ??= param;
      }
    }
    return { fn, framework: 'nest', request, response, context: null, routePath, method, call: null, inputs };
  }

  /** `@Post('x')` / `@Post` / `@common.Post()` resolved to its `@nestjs/common` export name. */
  private nestDecorator(decorator: TSESTree.Decorator): { name: string; call: TSESTree.CallExpression | null } | null {
    const expression = skipWrappers(decorator.expression);
    const call = expression.type === 'CallExpression' ? expression : null;
    const target = skipWrappers(call ? call.callee : expression);
    if (target.type === 'Identifier') {
      const name = this.importedName(target);
      return name ? { name, call } : null;
    }
    if (target.type === 'MemberExpression' && skipWrappers(target.object).type === 'Identifier') {
      const namespace = this.importedName(skipWrappers(target.object) as TSESTree.Identifier);
      const name = getStaticKeyName(target.property, target.computed);
      return namespace === '*' && name ? { name, call } : null;
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------------------
  // GraphQL

  /**
   * `{ Query: { … }, Mutation: { … } }` handed to a server as `resolvers`, or kept under a name ending in
   * `resolvers` (`const resolvers = …`, `export const orderResolvers = …`), or exported from a resolvers file.
   */
  private isResolverMap(node: TSESTree.ObjectExpression): boolean {
    const hasRootType = node.properties.some((property) => {
      if (property.type !== 'Property') return false;
      const key = getStaticKeyName(property.key, property.computed);
      return key !== null && GRAPHQL_ROOT_TYPES.includes(key) && skipWrappers(property.value).type === 'ObjectExpression';
    });
    if (!hasRootType) return false;
    let holder: TSESTree.Node = node;
    while (holder.parent && (holder.parent.type === 'TSAsExpression' || holder.parent.type === 'TSSatisfiesExpression' || holder.parent.type === 'ArrayExpression')) {
      holder = holder.parent;
    }
    const parent = holder.parent;
    if (parent?.type === 'Property' && parent.value === holder) return getStaticKeyName(parent.key, parent.computed) === GRAPHQL_RESOLVERS_KEY;
    if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') return /resolvers?$/i.test(parent.id.name);
    const exported = parent?.type === 'ExportDefaultDeclaration' || (parent?.type === 'AssignmentExpression' && parent.right === holder);
    return exported && RESOLVER_FILE.test(this.normalizedName);
  }

  private resolverMap(map: TSESTree.ObjectExpression): void {
    for (const type of map.properties) {
      if (type.type !== 'Property') continue;
      const fields = skipWrappers(type.value);
      if (fields.type === 'ObjectExpression') this.resolverFields(fields);
    }
  }

  /** Field resolvers: `order: (parent, args) => …`, `order(parent, args) {…}`, `order: { resolve(parent, args) {…} }`. */
  private resolverFields(fields: TSESTree.ObjectExpression): void {
    for (const field of fields.properties) {
      if (field.type !== 'Property') continue;
      const value = skipWrappers(field.value);
      if (value.type === 'ObjectExpression') {
        for (const key of GRAPHQL_RESOLVER_KEYS) {
          const found = findProperty(this.sourceCode, value, key);
          const fn = found ? this.resolveFunction(found.value, 0) : null;
          if (fn) this.resolver(fn);
        }
        continue;
      }
      const fn = this.resolveFunction(value, 0);
      if (fn) this.resolver(fn);
    }
  }

  private resolver(fn: AnyFunction): void {
    const args = fn.params[GRAPHQL_ARGS_INDEX];
    if (!args || this.byFunction.has(fn)) return;
    this.add({ fn, framework: 'graphql', request: null, response: null, context: null, routePath: null, method: null, call: null, inputs: [{ param: args, kind: 'body', key: null, label: 'args' }] });
  }

  /** `new GraphQLObjectType({ fields: { … } })` or `fields: () => ({ … })`. */
  private graphqlObjectType(node: TSESTree.NewExpression): void {
    const callee = skipWrappers(node.callee);
    const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? getStaticKeyName(callee.property, callee.computed) : null;
    if (name === null || !GRAPHQL_OBJECT_TYPE_CONSTRUCTORS.includes(name) || !node.arguments[0]) return;
    const found = findProperty(this.sourceCode, node.arguments[0], 'fields');
    if (!found) return;
    let fields = skipWrappers(found.value);
    if (isFunction(fields) && fields.body.type !== 'BlockStatement') fields = skipWrappers(fields.body);
    if (fields.type === 'ObjectExpression') this.resolverFields(fields);
  }

  /** NestJS `@Resolver()` / type-graphql `@Resolver()` classes: `@Query() order(@Args('id') id: string)`. */
  private graphqlResolverClass(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression): void {
    if (!decoratorsOf(node).some((decorator) => this.graphqlDecorator(decorator) === GRAPHQL_CLASS_DECORATOR)) return;
    for (const element of node.body.body) {
      if (element.type !== 'MethodDefinition' || element.value.type !== 'FunctionExpression' || this.byFunction.has(element.value)) continue;
      const operation = decoratorsOf(element).some((decorator) => GRAPHQL_METHOD_DECORATORS.includes(this.graphqlDecorator(decorator) ?? ''));
      if (!operation) continue;
      const inputs: HandlerInput[] = [];
      for (const param of element.value.params) {
        for (const decorator of decoratorsOf(param)) {
          const name = this.graphqlDecorator(decorator);
          if (name === null || !GRAPHQL_ARGS_DECORATORS.includes(name)) continue;
          const expression = skipWrappers(decorator.expression);
          const keyArgument = expression.type === 'CallExpression' ? expression.arguments[0] : undefined;
          const key = keyArgument ? staticString(this.sourceCode, keyArgument) : null;
          inputs.push({ param, kind: 'body', key, label: `@${name}(${key === null ? '' : `'${key}'`})` });
        }
      }
      if (inputs.length > 0) {
        this.add({ fn: element.value, framework: 'graphql', request: null, response: null, context: null, routePath: null, method: null, call: null, inputs });
      }
    }
  }

  /** Export name of a decorator imported from a code-first GraphQL module (`@Args` → `Args`), or null. */
  private graphqlDecorator(decorator: TSESTree.Decorator): string | null {
    const expression = skipWrappers(decorator.expression);
    const target = skipWrappers(expression.type === 'CallExpression' ? expression.callee : expression);
    if (target.type !== 'Identifier') return null;
    const definition = findVariable(this.sourceCode.getScope(target), target)?.defs[0];
    if (definition?.type !== 'ImportBinding' || definition.parent.type !== 'ImportDeclaration') return null;
    if (!GRAPHQL_CLASS_MODULES.includes(String(definition.parent.source.value))) return null;
    const specifier = definition.node;
    if (specifier.type !== 'ImportSpecifier') return null;
    return specifierExportName(specifier);
  }

  /** Export name an identifier is imported as from `@nestjs/common` (`'*'` for a namespace import), or null. */
  private importedName(identifier: TSESTree.Identifier): string | null {
    const variable = findVariable(this.sourceCode.getScope(identifier), identifier);
    const definition = variable?.defs[0];
    if (!definition || definition.type !== 'ImportBinding') return null;
    const declaration = definition.parent as TSESTree.ImportDeclaration | TSESTree.TSImportEqualsDeclaration;
    if (declaration.type !== 'ImportDeclaration' || declaration.source.value !== NEST_MODULE) return null;
    const specifier = definition.node;
    if (specifier.type === 'ImportNamespaceSpecifier') return '*';
    if (specifier.type === 'ImportSpecifier') {
      return specifierExportName(specifier);
    }
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------------
// GraphQL resolvers (methods of the Collector, kept together)

function joinPath(prefix: string | null, sub: string | null): string | null {
  if (prefix === null || sub === null) return null;
  const parts = [prefix, sub].flatMap((part) => part.split('/')).filter(Boolean);
  return `/${parts.join('/')}`;
}

/** `({ body, query }, res) => …`: a destructured first parameter that names request input parts. */
function destructuresRequestParts(param: TSESTree.Parameter): boolean {
  if (param.type !== 'ObjectPattern' || param.properties.length === 0) return false;
  return param.properties.every((property) => {
    if (property.type !== 'Property') return false;
    const key = getStaticKeyName(property.key, property.computed);
    return key !== null && REQUEST_INPUT_PARTS.includes(key);
  });
}

/** Name of a plain or defaulted identifier parameter. */
function paramName(param: TSESTree.Parameter): string | null {
  if (param.type === 'Identifier') return param.name;
  if (param.type === 'AssignmentPattern' && param.left.type === 'Identifier') return param.left.name;
  return null;
}

/** Type reference names of a parameter's annotation (`req: Request | NextRequest` → both). */
function typeNames(param: TSESTree.Parameter): string[] {
  const target = param.type === 'AssignmentPattern' ? param.left : param;
  const type = annotatedType(target);
  return type ? typeNamesOf(type) : [];
}

function typeNamesOf(type: TSESTree.TypeNode): string[] {
  if (type.type === 'TSUnionType' || type.type === 'TSIntersectionType') return type.types.flatMap(typeNamesOf);
  if (type.type === 'TSTypeReference') {
    const name = type.typeName;
    if (name.type === 'Identifier') return [name.name];
    if (name.type === 'TSQualifiedName') return [name.right.name];
  }
  return [];
}

/** The conventional parameter shape a function matches, or null. */
function matchShape(fn: AnyFunction): (typeof PARAM_SHAPES)[number] | null {
  const [first, second] = fn.params;
  if (!first) return null;
  const firstName = paramName(first);
  const secondName = second ? paramName(second) : null;
  for (const shape of PARAM_SHAPES) {
    if (shape.second === null) {
      if (firstName !== null && shape.first.includes(firstName)) return shape;
      continue;
    }
    if (secondName === null || !shape.second.includes(secondName)) continue;
    // A destructured request (`({ body }, res) => …`) counts when the response name matches.
    if (firstName === null ? first.type === 'ObjectPattern' : shape.first.includes(firstName)) return shape;
  }
  return null;
}
