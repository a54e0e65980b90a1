/**
 * HTTP frameworks: how apps/routers are created, which methods register routes, and what each handler parameter
 * is. Data only; `src/requests/request-handlers.ts` interprets it. Adding a framework is a change here.
 */
import { api, type ApiDefinition } from './api.js';

export type Framework =
  | 'express'
  | 'fastify'
  | 'koa'
  | 'hono'
  | 'next-app'
  | 'next-pages'
  | 'lambda'
  | 'nest'
  | 'firebase-callable'
  | 'node-http'
  | 'graphql'
  | 'unknown';

/** What a handler parameter stands for, by position. */
export type ParamRole = 'request' | 'response' | 'context' | 'next' | 'ignore';

export interface AppFactory {
  readonly framework: Framework;
}

/** Instance family produced by an app/router factory. */
export const APP_FAMILY: Readonly<Partial<Record<Framework, string>>> = {
  express: 'http-app-express',
  fastify: 'http-app-fastify',
  koa: 'http-app-koa',
  hono: 'http-app-hono',
};

const express: AppFactory = { framework: 'express' };
const fastify: AppFactory = { framework: 'fastify' };
const koa: AppFactory = { framework: 'koa' };
const hono: AppFactory = { framework: 'hono' };

/** App and router constructions. */
export const APP_FACTORIES: readonly ApiDefinition<AppFactory>[] = [
  // Express / Connect / standalone router
  api.call('express', [], express, APP_FAMILY.express),
  api.call('express', ['Router'], express, APP_FAMILY.express),
  api.call('connect', [], express, APP_FAMILY.express),
  api.call('router', [], express, APP_FAMILY.express),
  api.construct('router', [], express, APP_FAMILY.express),
  // Fastify
  api.call('fastify', [], fastify, APP_FAMILY.fastify),
  api.call('fastify', ['fastify'], fastify, APP_FAMILY.fastify),
  // Koa and its routers
  api.construct('koa', [], koa, APP_FAMILY.koa),
  api.construct('@koa/router', [], koa, APP_FAMILY.koa),
  api.construct('@koa/router', ['Router'], koa, APP_FAMILY.koa),
  api.construct('koa-router', [], koa, APP_FAMILY.koa),
  api.call('koa-router', [], koa, APP_FAMILY.koa),
  // Hono
  api.construct('hono', ['Hono'], hono, APP_FAMILY.hono),
  api.construct('hono/quick', ['Hono'], hono, APP_FAMILY.hono),
  api.construct('hono/tiny', ['Hono'], hono, APP_FAMILY.hono),
];

/** Methods that register a route or middleware: `app.post(path, ...handlers)`. */
export const ROUTE_METHODS: Readonly<Record<string, string | null>> = {
  get: 'GET',
  post: 'POST',
  put: 'PUT',
  patch: 'PATCH',
  delete: 'DELETE',
  del: 'DELETE',
  options: 'OPTIONS',
  head: 'HEAD',
  all: null,
  use: null,
  on: null,
};

/** Parameter roles by position, for handlers registered on a resolved app of this framework. */
export const FRAMEWORK_PARAMS: Readonly<Record<Framework, readonly ParamRole[]>> = {
  express: ['request', 'response', 'next'],
  fastify: ['request', 'response'],
  koa: ['context', 'next'],
  hono: ['context', 'next'],
  'next-app': ['request', 'context'],
  'next-pages': ['request', 'response'],
  lambda: ['request', 'ignore'],
  nest: [],
  // Firebase callable functions: `(data, context)` (v1) or `(request)` with `request.data` (v2); the auth context is
  // verified by Firebase.
  'firebase-callable': ['request', 'ignore'],
  'node-http': ['request', 'response'],
  // GraphQL resolvers `(parent, args, context, info)`: the client's arguments are `HandlerInput`s.
  graphql: [],
  unknown: ['request', 'response'],
};

/**
 * Conventional parameter shapes recognised on handlers registered on objects we cannot resolve (apps passed
 * across files): `<x>.post('/path', (req, res) => …)`. The first parameter may also be destructured.
 * `second: null` means the second parameter may be absent or anything.
 */
export interface ParamShape {
  readonly framework: Framework;
  readonly first: readonly string[];
  readonly second: readonly string[] | null;
  readonly roles: readonly ParamRole[];
}

/**
 * The request model's names, shared by every check of "is this request data" (src/requests/request-values.ts,
 * the conventional handler shapes below and in response-sinks.ts, sensitive-data.ts).
 */
/** Conventional names of the HTTP request object (`req`, `request`; as the last word: `incomingRequest`). */
export const REQUEST_OBJECT_NAMES: readonly string[] = ['req', 'request'];
/** Conventional names of a context or event object that is or carries the request (Koa `ctx`, Lambda `event`). */
export const REQUEST_CONTEXT_NAMES: readonly string[] = ['ctx', 'context', 'event', 'evt'];
/** The Hono context parameter (`c.req`); too short to trust as a name outside a parameter list. */
export const HONO_CONTEXT_PARAM = 'c';
/**
 * Properties of a request object that hold client-controlled input (Express, Koa, Hapi `payload`, Lambda events).
 */
export const REQUEST_INPUT_PARTS: readonly string[] = [
  'headers', 'header', 'body', 'rawBody', 'payload', 'query', 'params', 'cookies', 'signedCookies', 'multiValueHeaders',
  'queryStringParameters', 'multiValueQueryStringParameters', 'pathParameters',
];
/** Fetch API `Request` methods that read the body (`await request.json()`). */
export const REQUEST_BODY_METHODS: readonly string[] = ['json', 'formData', 'text'];

export const PARAM_SHAPES: readonly ParamShape[] = [
  { framework: 'express', first: REQUEST_OBJECT_NAMES, second: ['res', 'response', 'resp'], roles: ['request', 'response', 'next'] },
  { framework: 'fastify', first: REQUEST_OBJECT_NAMES, second: ['reply', 'rep'], roles: ['request', 'response'] },
  { framework: 'unknown', first: REQUEST_OBJECT_NAMES, second: ['h'], roles: ['request', 'response'] },
  { framework: 'koa', first: ['ctx'], second: null, roles: ['context', 'next'] },
];

/** Next.js App Router: exported functions with these names in `route.ts` files. */
export const NEXT_ROUTE_EXPORTS: readonly string[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
/** Type names that mark a Next.js route handler's request parameter. */
export const NEXT_REQUEST_TYPES: readonly string[] = ['NextRequest', 'Request'];
/** Modules whose import marks a file as Next.js server code. */
export const NEXT_SERVER_MODULES: readonly string[] = ['next/server', 'next'];

/** AWS Lambda: event parameter names and types (aws-lambda typings). */
export const LAMBDA_EVENT_NAMES: readonly string[] = ['event', 'evt'];
export const LAMBDA_EVENT_TYPES: readonly string[] = [
  'APIGatewayProxyEvent',
  'APIGatewayProxyEventV2',
  'APIGatewayProxyEventV2WithJWTAuthorizer',
  'APIGatewayEvent',
  'ALBEvent',
  'LambdaFunctionURLEvent',
];
export const LAMBDA_HANDLER_TYPES: readonly string[] = [
  'APIGatewayProxyHandler',
  'APIGatewayProxyHandlerV2',
  'ALBHandler',
  'LambdaFunctionURLHandler',
  'Handler',
];

/** NestJS (`@nestjs/common`) route decorators → HTTP method (null = any). */
export const NEST_MODULE = '@nestjs/common';
export const NEST_ROUTE_DECORATORS: Readonly<Record<string, string | null>> = {
  Get: 'GET',
  Post: 'POST',
  Put: 'PUT',
  Patch: 'PATCH',
  Delete: 'DELETE',
  Options: 'OPTIONS',
  Head: 'HEAD',
  All: null,
};

/** What a NestJS parameter decorator injects. */
export type NestInputKind = 'body' | 'query' | 'params' | 'headers' | 'request' | 'response' | 'ip' | 'file';
export const NEST_PARAM_DECORATORS: Readonly<Record<string, NestInputKind>> = {
  Body: 'body',
  Query: 'query',
  Param: 'params',
  Headers: 'headers',
  Req: 'request',
  Request: 'request',
  Res: 'response',
  Response: 'response',
  Ip: 'ip',
  UploadedFile: 'file',
  UploadedFiles: 'file',
};

/** Data carried by a route-registration reference. */
export interface RouteRegistration {
  readonly framework: Framework;
  /** HTTP method the registration is for (null = any/middleware); undefined for app factories. */
  readonly method?: string | null;
  /** True for `app.route('/path')` (Express): the path applies to the chained method calls. */
  readonly routeChain?: boolean;
  /** An event listener registration (`server.on('request', h)`): only for this event name, given first. */
  readonly event?: string;
}

function registrations(framework: Framework): ApiDefinition<RouteRegistration>[] {
  const family = APP_FAMILY[framework]!;
  const list = Object.entries(ROUTE_METHODS).map(([name, method]) =>
    api.instance<RouteRegistration>(family, [name], 'call', { framework, method }),
  );
  if (framework === 'fastify') list.push(api.instance<RouteRegistration>(family, ['route'], 'call', { framework, method: null }));
  if (framework === 'express') {
    const route = `${family}-route`;
    list.push(api.instance<RouteRegistration>(family, ['route'], 'call', { framework, routeChain: true }, route));
    for (const [name, method] of Object.entries(ROUTE_METHODS)) {
      list.push(api.instance<RouteRegistration>(route, [name], 'call', { framework, method }, route));
    }
  }
  if (framework === 'hono') {
    list.push(api.instance<RouteRegistration>(family, ['basePath'], 'call', { framework }, family));
  }
  return list;
}

/**
 * Firebase Cloud Functions: `functions.https.onRequest((req, res) => …)` hands an Express request and response;
 * `functions.https.onCall((data, context) => …)` / v2 `onCall((request) => …)` hands the caller's payload.
 */
const FIREBASE_HTTPS_MODULES: readonly (readonly [string, readonly string[]])[] = [
  ['firebase-functions', ['https']],
  ['firebase-functions/v1', ['https']],
  ['firebase-functions/v2', ['https']],
  ['firebase-functions/v2/https', []],
  ['firebase-functions/https', []],
];
const FIREBASE_REGISTRATIONS: readonly ApiDefinition<RouteRegistration>[] = FIREBASE_HTTPS_MODULES.flatMap(([module, path]) => [
  api.call<RouteRegistration>(module, [...path, 'onRequest'], { framework: 'express', method: null }),
  api.call<RouteRegistration>(module, [...path, 'onCall'], { framework: 'firebase-callable', method: 'POST' }),
]);

/** Instance family of the servers Node's `createServer` returns. */
const NODE_SERVER_FAMILY = 'http-server-node';

/** App factories plus every route-registration method on the apps they return. */
export const ROUTE_REGISTRATIONS: readonly ApiDefinition<RouteRegistration>[] = [
  ...(APP_FACTORIES as readonly ApiDefinition<RouteRegistration>[]),
  ...FIREBASE_REGISTRATIONS,
  ...registrations('express'),
  ...registrations('fastify'),
  ...registrations('koa'),
  ...registrations('hono'),
  // Node's own servers: `http.createServer((req, res) => …)`, `https.createServer(options, handler)`.
  ...[
    ['http', 'createServer'],
    ['https', 'createServer'],
    ['http2', 'createServer'],
    ['http2', 'createSecureServer'],
  ].map(([module, method]) =>
    api.call<RouteRegistration>(module!, [method!], { framework: 'node-http', method: null }, NODE_SERVER_FAMILY),
  ),
  // `const server = http.createServer(); server.on('request', (req, res) => …)`.
  ...['on', 'addListener', 'once', 'prependListener'].map((method) =>
    api.instance<RouteRegistration>(NODE_SERVER_FAMILY, [method], 'call', { framework: 'node-http', method: null, event: 'request' }),
  ),
];

/**
 * Packages whose presence in a package.json marks it as a back-end package (HTTP servers, serverless runtimes): files
 * of such a package never reach a browser unless it also lists one of `BROWSER_PACKAGES`
 * (`src/modules/file-kinds.ts`).
 */
export const SERVER_RUNTIME_PACKAGES: readonly string[] = [
  'express',
  'fastify',
  'koa',
  '@nestjs/core',
  '@hapi/hapi',
  'hapi',
  'restify',
  'polka',
  'micro',
  'firebase-functions',
  '@netlify/functions',
  '@vercel/node',
  '@azure/functions',
  '@google-cloud/functions-framework',
  'serverless-http',
  'aws-lambda',
  '@types/aws-lambda',
];

/**
 * Packages that make a package.json a front-end (or full-stack) package: UI frameworks, bundlers and meta-frameworks
 * that ship some of the package's files to browsers or apps.
 */
export const BROWSER_PACKAGES: readonly string[] = [
  'react',
  'react-dom',
  'react-scripts',
  'react-native',
  'expo',
  'next',
  'gatsby',
  'vue',
  'nuxt',
  '@angular/core',
  'svelte',
  '@sveltejs/kit',
  'preact',
  'solid-js',
  'astro',
  '@remix-run/react',
  'vite',
  'webpack',
  'parcel',
  'parcel-bundler',
  'rollup',
  'esbuild',
  'jquery',
  'electron',
  '@stripe/stripe-js',
  '@paypal/paypal-js',
];

// ---------------------------------------------------------------------------------------------------------------
// GraphQL resolvers
// ---------------------------------------------------------------------------------------------------------------

/**
 * Root operation types of a resolver map (`{ Query: { order: (parent, args) => … } }`, Apollo Server,
 * graphql-tools `makeExecutableSchema`, GraphQL Yoga, Mercurius): a map with one of them is a resolver map, and
 * every field resolver in it (of these types and of object types beside them) receives the client's arguments.
 */
export const GRAPHQL_ROOT_TYPES: readonly string[] = ['Query', 'Mutation', 'Subscription'];
/** Where the arguments are in a field resolver's parameter list (`(parent, args, context, info)`). */
export const GRAPHQL_ARGS_INDEX = 1;
/** Keys of a field config object whose function is the resolver (`{ type, args, resolve(parent, args) {…} }`). */
export const GRAPHQL_RESOLVER_KEYS: readonly string[] = ['resolve', 'subscribe'];
/** The option key that carries a resolver map (`new ApolloServer({ typeDefs, resolvers })`). */
export const GRAPHQL_RESOLVERS_KEY = 'resolvers';
/** graphql-js object types built in code: `new GraphQLObjectType({ fields: { x: { args, resolve } } })`. */
export const GRAPHQL_OBJECT_TYPE_CONSTRUCTORS: readonly string[] = ['GraphQLObjectType'];
/** Code-first resolver classes: modules, the class decorator, method decorators and argument decorators. */
export const GRAPHQL_CLASS_MODULES: readonly string[] = ['@nestjs/graphql', 'type-graphql'];
export const GRAPHQL_CLASS_DECORATOR = 'Resolver';
export const GRAPHQL_METHOD_DECORATORS: readonly string[] = ['Query', 'Mutation', 'Subscription', 'ResolveField', 'FieldResolver'];
export const GRAPHQL_ARGS_DECORATORS: readonly string[] = ['Args', 'Arg'];
