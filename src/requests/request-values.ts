/**
 * The request model's answer to "is this expression request data": one place for every rule family (timing-safe
 * signature checks, webhook handlers, card data read from requests, sensitive data in logs). Request objects are the
 * request/context parameters of the handlers that request-handlers.ts recognises; outside a recognised handler the
 * conventional names of src/catalog/frameworks.ts (`REQUEST_OBJECT_NAMES`, `REQUEST_CONTEXT_NAMES`) stand in.
 * Request data is what a request object's input parts (`REQUEST_INPUT_PARTS`) and header getters give.
 *
 * Everything here answers "yes" only on positive evidence: an unresolved value is not request data.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { getStaticKeyName, isFunction, skipWrappers } from '../ast/ast.js';
import { findVariable } from '../ast/eslint-utils.js';
import {
  HONO_CONTEXT_PARAM,
  REQUEST_BODY_METHODS,
  REQUEST_CONTEXT_NAMES,
  REQUEST_INPUT_PARTS,
  REQUEST_OBJECT_NAMES,
} from '../catalog/frameworks.js';
import { splitName } from '../values/names.js';
import { resolveIdentifier } from '../values/static-values.js';
import { unwrapValue } from '../values/unwrap.js';
import { handlerOf, type RequestHandler } from './request-handlers.js';
import { VALUE_RESOLUTION_DEPTH } from '../values/budget.js';

const REQUEST_PARTS_SET: ReadonlySet<string> = new Set(REQUEST_INPUT_PARTS);
const REQUEST_OBJECTS_SET: ReadonlySet<string> = new Set(REQUEST_OBJECT_NAMES);
const REQUEST_CONTEXTS_SET: ReadonlySet<string> = new Set(REQUEST_CONTEXT_NAMES);
const BODY_METHODS_SET: ReadonlySet<string> = new Set(REQUEST_BODY_METHODS);
/** Methods that read a request header (`req.get()`, `req.header()`, `headers.get()`, `ctx.get()`, `c.req.header()`). */
const HEADER_GETTERS: ReadonlySet<string> = new Set(['get', 'header', 'getHeader']);

export interface RequestValueOptions {
  /** `context.filename`, for Next.js/Lambda handler recognition. */
  readonly filename?: string;
}

/** A method that reads a request header by name (`req.get('stripe-signature')`, `headers.get(…)`). */
export function isHeaderGetter(method: string | null): boolean {
  return method !== null && HEADER_GETTERS.has(method);
}

/** A property of a request object that holds client input (`body`, `query`, `headers`, Lambda `pathParameters`, …). */
export function isRequestInputPart(key: string | null): boolean {
  return key !== null && REQUEST_PARTS_SET.has(key);
}

/** A Fetch API `Request` method that reads the body (`json`, `formData`, `text`). */
export function isRequestBodyMethod(method: string | null): boolean {
  return method !== null && BODY_METHODS_SET.has(method);
}

/** `req`, `request`, `ctx`, `context`, `event`, `evt`: a conventional name of a request or of its context. */
export function isConventionalRequestName(name: string): boolean {
  return REQUEST_OBJECTS_SET.has(name) || REQUEST_CONTEXTS_SET.has(name);
}

/**
 * A request object by name alone, for places with no handler in sight (a logger call in a helper): an identifier
 * or member whose last word is a request name: `req`, `request`, `incomingRequest`, `ctx.request`, `c.req`.
 */
export function isNamedRequest(node: TSESTree.Node): boolean {
  const inner = skipWrappers(node);
  let name: string | null = null;
  if (inner.type === 'Identifier') name = inner.name;
  else if (inner.type === 'MemberExpression') name = getStaticKeyName(inner.property, inner.computed);
  if (name === null) return false;
  const segments = splitName(name);
  const last = segments[segments.length - 1];
  return last !== undefined && REQUEST_OBJECTS_SET.has(last);
}

/**
 * The request of one recognised handler: its own request parameter, or `<context>.req` / `<context>.request` of
 * its context parameter (Koa `ctx.request`, Hono `c.req`). Stricter than `isRequestObject`: no conventional names.
 */
export function isHandlerRequest(sourceCode: Readonly<SourceCode>, node: TSESTree.Node, handler: RequestHandler): boolean {
  const inner = skipWrappers(node);
  if (isParamBinding(sourceCode, inner, handler.request)) return true;
  if (inner.type === 'MemberExpression') {
    const key = getStaticKeyName(inner.property, inner.computed);
    return key !== null && REQUEST_OBJECTS_SET.has(key) && isParamBinding(sourceCode, skipWrappers(inner.object), handler.context);
  }
  return false;
}

/** Whether an identifier is bound by the handler parameter `param` (a plain identifier parameter). */
function isParamBinding(sourceCode: Readonly<SourceCode>, node: TSESTree.Node, param: TSESTree.Parameter | null): boolean {
  const binding = paramBinding(param);
  if (!binding || node.type !== 'Identifier' || binding.type !== 'Identifier') return false;
  const variable = findVariable(sourceCode.getScope(node), node);
  return variable?.defs.some((definition) => definition.name === binding) === true;
}

/** The binding of a handler parameter: `req`, `req = {}` → `req`, TS `private req` → `req`. */
export function paramBinding(param: TSESTree.Parameter | null): TSESTree.Node | null {
  if (!param) return null;
  if (param.type === 'AssignmentPattern') return param.left;
  if (param.type === 'TSParameterProperty') return param.parameter;
  return param;
}

/**
 * Whether the expression is read from the incoming request: `req.headers[…]`, `req.get(…)`, `req.body.x`,
 * `request.headers.get(…)`, `c.req.header(…)`, `ctx.request.body`, `event.headers[…]`, NestJS `@Headers()` /
 * `@Body()` parameters, and consts or destructured bindings holding one.
 */
export function isRequestValue(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.Node,
  options: RequestValueOptions = {},
): boolean {
  return requestValue(sourceCode, node, options, 0);
}

function requestValue(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.Node,
  options: RequestValueOptions,
  depth: number,
): boolean {
  if (depth > VALUE_RESOLUTION_DEPTH) return false;
  const inner = unwrapValue(node);
  switch (inner.type) {
    case 'MemberExpression': {
      const key = getStaticKeyName(inner.property, inner.computed);
      if (key !== null && REQUEST_PARTS_SET.has(key) && isRequestObject(sourceCode, inner.object, options, depth + 1)) {
        return true;
      }
      return requestValue(sourceCode, inner.object, options, depth + 1);
    }
    case 'CallExpression': {
      const callee = skipWrappers(inner.callee);
      if (callee.type !== 'MemberExpression') return false;
      const method = getStaticKeyName(callee.property, callee.computed);
      if (method === null || !HEADER_GETTERS.has(method)) return false;
      const object = skipWrappers(callee.object);
      if (isRequestObject(sourceCode, object, options, depth + 1)) return true;
      if (isNextHeadersCall(sourceCode, object)) return true;
      return requestValue(sourceCode, object, options, depth + 1);
    }
    case 'Identifier':
      return identifierFromRequest(sourceCode, inner, options, depth + 1);
    default:
      return false;
  }
}

/** `headers()` imported from `next/headers`. */
function isNextHeadersCall(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): boolean {
  const inner = unwrapValue(node);
  if (inner.type !== 'CallExpression') return false;
  const callee = skipWrappers(inner.callee);
  if (callee.type !== 'Identifier') return false;
  const variable = findVariable(sourceCode.getScope(callee), callee);
  const definition = variable?.defs[0];
  return (
    definition?.type === 'ImportBinding' &&
    definition.parent.type === 'ImportDeclaration' &&
    definition.parent.source.value === 'next/headers'
  );
}

function identifierFromRequest(
  sourceCode: Readonly<SourceCode>,
  identifier: TSESTree.Identifier,
  options: RequestValueOptions,
  depth: number,
): boolean {
  const variable = findVariable(sourceCode.getScope(identifier), identifier);
  if (!variable || variable.defs.length !== 1) return false;
  const definition = variable.defs[0]!;
  if (definition.type === 'Variable') {
    const declarator = definition.node as TSESTree.VariableDeclarator;
    if (!declarator.init) return false;
    if (declarator.id.type === 'Identifier') {
      const init = resolveIdentifier(sourceCode, identifier);
      return init ? requestValue(sourceCode, init, options, depth + 1) : false;
    }
    // `const { signature } = req.body`, `const { headers } = req`.
    const key = destructuredKey(definition.name as TSESTree.Identifier);
    if (isRequestObject(sourceCode, declarator.init, options, depth + 1)) return key !== null && REQUEST_PARTS_SET.has(key);
    return requestValue(sourceCode, declarator.init, options, depth + 1);
  }
  if (definition.type === 'Parameter') {
    const fn = definition.node;
    const handler = handlerOf(sourceCode, fn, options.filename);
    if (!handler || handler.fn !== fn) return false;
    // NestJS `@Headers('stripe-signature') signature`, `@Body() body`.
    for (const input of handler.inputs) {
      if (containsNode(input.param, definition.name)) {
        return input.kind === 'headers' || input.kind === 'body' || input.kind === 'query' || input.kind === 'params';
      }
    }
    // `({ headers, body }, res) => …`
    const request = handler.request ?? handler.context;
    if (request && request.type === 'ObjectPattern' && containsNode(request, definition.name)) {
      const key = destructuredKey(definition.name as TSESTree.Identifier);
      return key !== null && REQUEST_PARTS_SET.has(key);
    }
  }
  return false;
}

function containsNode(root: TSESTree.Node, node: TSESTree.Node): boolean {
  return root.range[0] <= node.range[0] && node.range[1] <= root.range[1];
}

/** The top-level key a destructured binding came from (`{ headers: h }` → `headers`). */
function destructuredKey(binding: TSESTree.Identifier): string | null {
  let current: TSESTree.Node = binding;
  let key: string | null = null;
  while (current.parent && current.parent.type !== 'VariableDeclarator' && !isFunction(current.parent)) {
    const parent: TSESTree.Node = current.parent;
    if (parent.type === 'Property' && parent.value === current) key = getStaticKeyName(parent.key, parent.computed);
    if (parent.type === 'ObjectPattern' && (parent.parent?.type === 'VariableDeclarator' || isFunction(parent.parent!))) {
      return key;
    }
    current = parent;
  }
  return key;
}

/** A request object: a recognised handler's request/context parameter, a conventional name, `c.req`, `ctx.request`. */
export function isRequestObject(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.Node,
  options: RequestValueOptions = {},
  depth = 0,
): boolean {
  if (depth > VALUE_RESOLUTION_DEPTH) return false;
  const inner = skipWrappers(node);
  if (inner.type === 'MemberExpression') {
    const key = getStaticKeyName(inner.property, inner.computed);
    return key !== null && REQUEST_OBJECTS_SET.has(key) && isRequestObject(sourceCode, inner.object, options, depth + 1);
  }
  if (inner.type !== 'Identifier') return false;
  const variable = findVariable(sourceCode.getScope(inner), inner);
  if (!variable) return isConventionalRequestName(inner.name);
  const definition = variable.defs[0];
  if (!definition) return false;
  if (definition.type === 'Parameter') {
    const handler = handlerOf(sourceCode, definition.node, options.filename);
    if (handler && handler.fn === definition.node) {
      return isHandlerParam(handler, definition.name);
    }
    return isConventionalRequestName(inner.name) || inner.name === HONO_CONTEXT_PARAM;
  }
  if (definition.type === 'Variable' && variable.defs.length === 1) {
    const init = resolveIdentifier(sourceCode, inner);
    return init ? isRequestObject(sourceCode, init, options, depth + 1) : false;
  }
  return false;
}

function isHandlerParam(handler: RequestHandler, name: TSESTree.Node): boolean {
  return [handler.request, handler.context].some((param) => param !== null && containsNode(param, name));
}
