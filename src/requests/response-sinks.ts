/**
 * HTTP response sinks: "does this value end up in the body sent to the client?". Recognises
 * - methods on a request handler's response/context parameter (from `request-handlers.ts`, or a function shaped
 *   `(req, res)`, `(request, reply)`, `(ctx, next)` — controllers routed from another file): Express / Next.js Pages
 *   `res.json/send/jsonp/end/write` (also after `res.status(500)`, `.set()`, `.type()` chains), Fastify
 *   `reply.send` (after `.code()`/`.status()`/`.header()`), hapi `h.response`, Hono `c.json/text/html/body`;
 * - Koa `ctx.body = value` on a handler's context parameter;
 * - `Response.json(value)`, `new Response(value)`, and `NextResponse.json` / `new NextResponse` from `next/server`;
 * - NestJS HTTP exceptions (`new BadRequestException(body)`), whose first argument is the response body;
 * - the object returned by an AWS Lambda handler (API Gateway serialises it).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '../ast/eslint-utils.js';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { REQUEST_OBJECT_NAMES, type Framework } from '../catalog/frameworks.js';
import { getStaticKeyName, isFunction, skipWrappers } from '../ast/ast.js';
import { api } from '../catalog/api.js';
import { findApiReferences, type ApiDefinition } from '../modules/module-references.js';
import { handlerForFunction, type RequestHandler } from './request-handlers.js';
import { CHAIN_LENGTH } from '../values/budget.js';

export interface ResponseSink {
  /** Display form for messages: `res.json()`, `ctx.body`, `NextResponse.json()`. */
  readonly name: string;
  /** The call, `new`, assignment or return statement that sends the value. */
  readonly node: TSESTree.Node;
  /**
   * With `assumeResponseParameters`: the sink writes to a parameter named like a response (`res`) of a function
   * that is not a handler, at this index; a function summary holds only where the caller passes a real response.
   */
  readonly responseParameter?: { readonly fn: TSESTree.Node; readonly index: number };
}

/** Methods that write a body, by the parameter role that owns them. */
const RESPONSE_BODY_METHODS: Readonly<Partial<Record<Framework, readonly string[]>>> = {
  express: ['json', 'send', 'jsonp', 'end', 'write'],
  'next-pages': ['json', 'send', 'end', 'write'],
  fastify: ['send'],
  'node-http': ['end', 'write'],
  unknown: ['json', 'send', 'jsonp', 'end', 'write', 'response'],
};
const CONTEXT_BODY_METHODS: Readonly<Partial<Record<Framework, readonly string[]>>> = {
  hono: ['json', 'text', 'html', 'body'],
};
/** Methods that return the response object itself, so `res.status(500).json(x)` still writes to `res`. */
const CHAIN_METHODS = new Set(['status', 'code', 'set', 'type', 'header', 'headers', 'append', 'vary', 'cookie', 'clearCookie', 'setHeader', 'removeHeader']);

interface StaticSink {
  readonly name: string;
}

/** NestJS HTTP exceptions: the first argument becomes the JSON response body. */
const NEST_HTTP_EXCEPTIONS = [
  'HttpException', 'BadRequestException', 'UnauthorizedException', 'ForbiddenException', 'NotFoundException',
  'ConflictException', 'UnprocessableEntityException', 'InternalServerErrorException', 'BadGatewayException',
  'ServiceUnavailableException', 'GatewayTimeoutException', 'NotAcceptableException', 'PaymentRequiredException',
  'PreconditionFailedException',
];

const STATIC_SINKS: readonly ApiDefinition<StaticSink>[] = [
  api.global('Response', ['json'], 'call', { name: 'Response.json()' }),
  api.global('Response', [], 'construct', { name: 'new Response()' }),
  api.call('next/server', ['NextResponse', 'json'], { name: 'NextResponse.json()' }),
  api.construct('next/server', ['NextResponse'], { name: 'new NextResponse()' }),
  ...NEST_HTTP_EXCEPTIONS.map((name) => api.construct('@nestjs/common', [name], { name: `new ${name}()` })),
];

function staticSinkNodes(sourceCode: Readonly<SourceCode>): ReadonlyMap<TSESTree.Node, string> {
  let cached = staticCache.get(sourceCode);
  if (!cached) {
    const map = new Map<TSESTree.Node, string>();
    for (const reference of findApiReferences(sourceCode, STATIC_SINKS)) {
      map.set(reference.node, reference.definition.data.name);
    }
    cached = map;
    staticCache.set(sourceCode, cached);
  }
  return cached;
}
const staticCache = new WeakMap<object, ReadonlyMap<TSESTree.Node, string>>();

/**
 * The handler and role whose parameter `identifier` refers to (a recognised handler, or a function shaped
 * `(req, res)`, `(request, reply)`, `(ctx, next)`), or null.
 */
export function handlerParamOf(
  sourceCode: Readonly<SourceCode>,
  identifier: TSESTree.Identifier,
  filename: string | undefined,
  helperDepth = 0,
): { handler: RequestHandler; role: 'request' | 'response' | 'context' } | null {
  const variable = findVariable(sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs[0];
  if (!definition || definition.type !== 'Parameter' || !isFunction(definition.node)) return null;
  const name = definition.name;
  const handler = handlerForFunction(sourceCode, definition.node, filename) ?? conventionalHandler(definition.node);
  if (!handler) return helperDepth < 1 ? helperResponseOf(sourceCode, definition.node, name, filename) : null;
  const matches = (param: TSESTree.Parameter | null): boolean => {
    if (!param) return false;
    const inner = param.type === 'AssignmentPattern' ? param.left : param;
    return inner === name;
  };
  if (matches(handler.response)) return { handler, role: 'response' };
  if (matches(handler.context)) return { handler, role: 'context' };
  if (matches(handler.request)) return { handler, role: 'request' };
  return null;
}

/**
 * A same-file helper's response parameter (`function sendFailure(res, error) { res.status(502).json(…) }`): the
 * parameter is named like a response and every call of the helper in the file passes a handler's response there.
 */
function helperResponseOf(
  sourceCode: Readonly<SourceCode>,
  fn: TSESTree.Node,
  name: TSESTree.Node,
  filename: string | undefined,
): { handler: RequestHandler; role: 'response' } | null {
  if (!isFunction(fn) || name.type !== 'Identifier' || !(name.name in RESPONSE_NAMES)) return null;
  const index = fn.params.indexOf(name as TSESTree.Parameter);
  const id = fn.type === 'FunctionDeclaration' ? fn.id : fn.parent?.type === 'VariableDeclarator' && fn.parent.id.type === 'Identifier' ? fn.parent.id : null;
  if (index === -1 || !id) return null;
  const variable = findVariable(sourceCode.getScope(id), id);
  let found: RequestHandler | null = null;
  for (const reference of variable?.references ?? []) {
    if (reference.init) continue;
    const call = reference.identifier.parent;
    if (call?.type !== 'CallExpression' || call.callee !== reference.identifier) return null;
    const argument = call.arguments[index];
    const owner = argument?.type === 'Identifier' ? handlerParamOf(sourceCode, argument, filename, 1) : null;
    if (owner?.role !== 'response') return null;
    found = owner.handler;
  }
  return found ? { handler: found, role: 'response' } : null;
}

/** Whether `node` is a request handler's response object (`res` of `(req, res) => …`), for function summaries. */
export function isHandlerResponse(sourceCode: Readonly<SourceCode>, node: TSESTree.Node, filename?: string): boolean {
  const inner = skipWrappers(node);
  return inner.type === 'Identifier' && handlerParamOf(sourceCode, inner, filename)?.role === 'response';
}

const REQUEST_NAMES: ReadonlySet<string> = new Set(REQUEST_OBJECT_NAMES);
const RESPONSE_NAMES: Readonly<Record<string, Framework>> = { res: 'express', response: 'express', reply: 'fastify' };

/**
 * Controllers exported from one file and routed in another are not recognised as handlers; accept the conventional
 * shapes `(req, res[, next])`, `(request, reply)` and Koa `(ctx[, next])` as a fallback.
 */
function conventionalHandler(fn: TSESTree.Node): RequestHandler | null {
  if (!isFunction(fn)) return null;
  const [first, second] = fn.params;
  if (first?.type !== 'Identifier') return null;
  if (first.name === 'ctx' && (!second || (second.type === 'Identifier' && second.name === 'next'))) {
    return { fn, framework: 'koa', request: null, response: null, context: first, routePath: null, method: null, call: null, inputs: [] };
  }
  if (!REQUEST_NAMES.has(first.name) || second?.type !== 'Identifier') return null;
  const framework = RESPONSE_NAMES[second.name];
  if (!framework) return null;
  return { fn, framework, request: first, response: second, context: null, routePath: null, method: null, call: null, inputs: [] };
}

/** `res.json(x)` where `res` is a response-named parameter of a function that is not a handler (a summary's guess). */
function assumedResponseSink(
  sourceCode: Readonly<SourceCode>,
  root: TSESTree.Identifier,
  method: string,
  call: TSESTree.CallExpression,
): ResponseSink | null {
  const framework = RESPONSE_NAMES[root.name];
  if (!framework || !RESPONSE_BODY_METHODS[framework]?.includes(method)) return null;
  const variable = findVariable(sourceCode.getScope(root), root);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type !== 'Parameter' || !isFunction(definition.node)) return null;
  const index = definition.node.params.indexOf(definition.name as TSESTree.Parameter);
  if (index === -1) return null;
  return { name: `${root.name}.${method}()`, node: call, responseParameter: { fn: definition.node, index } };
}

/** Strip `.status(500)`-style chain calls: `res.status(500).set(h)` → `res`. */
function chainRoot(node: TSESTree.Node): TSESTree.Node {
  let current = skipWrappers(node);
  for (let depth = 0; depth < CHAIN_LENGTH; depth++) {
    if (current.type !== 'CallExpression') return current;
    const callee = skipWrappers(current.callee);
    if (callee.type !== 'MemberExpression') return current;
    const name = getStaticKeyName(callee.property, callee.computed);
    if (name === null || !CHAIN_METHODS.has(name)) return current;
    current = skipWrappers(callee.object);
  }
  return current;
}

/**
 * When `value` is used directly as the body written by a response sink, that sink. `value` must be the argument
 * node itself (call argument, assigned value, returned object); callers walk up from their expression first.
 */
export function responseSinkOf(
  sourceCode: Readonly<SourceCode>,
  value: TSESTree.Node,
  filename?: string,
  assumeResponseParameters = false,
): ResponseSink | null {
  const parent = value.parent;
  if (!parent) return null;
  if ((parent.type === 'CallExpression' || parent.type === 'NewExpression') && parent.arguments[0] === value) {
    const staticName = staticSinkNodes(sourceCode).get(parent);
    if (staticName) return { name: staticName, node: parent };
    if (parent.type !== 'CallExpression') return null;
    const callee = skipWrappers(parent.callee);
    if (callee.type !== 'MemberExpression') return null;
    const method = getStaticKeyName(callee.property, callee.computed);
    if (method === null) return null;
    const root = chainRoot(callee.object);
    if (root.type !== 'Identifier') return null;
    const owner = handlerParamOf(sourceCode, root, filename);
    if (!owner) return assumeResponseParameters ? assumedResponseSink(sourceCode, root, method, parent) : null;
    if (owner.role === 'request') return null;
    const methods =
      owner.role === 'response'
        ? RESPONSE_BODY_METHODS[owner.handler.framework]
        : CONTEXT_BODY_METHODS[owner.handler.framework];
    if (!methods?.includes(method)) return null;
    return { name: `${root.name}.${method}()`, node: parent };
  }
  if (parent.type === 'AssignmentExpression' && parent.right === value && parent.operator === '=') {
    const left = skipWrappers(parent.left);
    if (left.type !== 'MemberExpression' || getStaticKeyName(left.property, left.computed) !== 'body') return null;
    const object = skipWrappers(left.object);
    if (object.type !== 'Identifier') return null;
    const owner = handlerParamOf(sourceCode, object, filename);
    if (!owner || owner.handler.framework !== 'koa' || owner.role !== 'context') return null;
    return { name: `${object.name}.body`, node: parent };
  }
  if (parent.type === 'ReturnStatement' && parent.argument === value) {
    let fn: TSESTree.Node | undefined = parent.parent;
    while (fn && !isFunction(fn)) fn = fn.parent;
    if (!fn) return null;
    const handler = handlerForFunction(sourceCode, fn, filename);
    if (handler?.framework !== 'lambda') return null;
    return { name: 'the Lambda response', node: parent };
  }
  if (parent.type === 'ArrowFunctionExpression' && parent.body === value) {
    const handler = handlerForFunction(sourceCode, parent, filename);
    if (handler?.framework !== 'lambda') return null;
    return { name: 'the Lambda response', node: parent };
  }
  return null;
}
