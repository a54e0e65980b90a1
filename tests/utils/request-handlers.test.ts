import * as tsParser from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { findRequestHandlers, handlerOf, type RequestHandler } from '../../src/requests/request-handlers.js';

function paramText(param: TSESTree.Parameter | null): string | null {
  if (!param) return null;
  if (param.type === 'Identifier') return param.name;
  return param.type;
}

/** Summarise a handler as `framework METHOD path req/res/ctx @line`. */
function describeHandler(handler: RequestHandler): string {
  const parts = [
    handler.framework,
    handler.method ?? '*',
    handler.routePath ?? '-',
    `req=${paramText(handler.request)}`,
    `res=${paramText(handler.response)}`,
    `ctx=${paramText(handler.context)}`,
    `@${handler.fn.loc.start.line}`,
  ];
  if (handler.inputs.length > 0) {
    parts.push(`inputs=${handler.inputs.map((input) => `${input.kind}${input.key ? `:${input.key}` : ''}`).join(',')}`);
  }
  return parts.join(' ');
}

interface ProbeResult {
  handlers: string[];
  /** For every `probe()` call in the code: the handler its enclosing function belongs to, or 'none'. */
  markers: string[];
}

function probe(code: string, options: { filename?: string; commonjs?: boolean; passFilename?: boolean } = {}): ProbeResult {
  const result: ProbeResult = { handlers: [], markers: [] };
  const linter = new Linter({ configType: 'flat' });
  const filename = options.filename ?? 'file.ts';
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.js', '**/*.tsx'],
        languageOptions: { parser: tsParser, sourceType: options.commonjs ? 'commonjs' : 'module' },
        plugins: {
          probe: {
            rules: {
              probe: {
                create(context) {
                  return {
                    'Program:exit'() {
                      const sourceCode = context.sourceCode as unknown as SourceCode;
                      const name = options.passFilename === false ? undefined : context.filename;
                      result.handlers = findRequestHandlers(sourceCode, name).map(describeHandler);
                      const walk = (node: TSESTree.Node): void => {
                        if (
                          node.type === 'CallExpression' &&
                          node.callee.type === 'Identifier' &&
                          node.callee.name === 'probe'
                        ) {
                          const handler = handlerOf(sourceCode, node, name);
                          result.markers.push(handler ? `${handler.framework}@${handler.fn.loc.start.line}` : 'none');
                        }
                        for (const key of sourceCode.visitorKeys[node.type] ?? []) {
                          const child = (node as unknown as Record<string, unknown>)[key];
                          const children = Array.isArray(child) ? child : [child];
                          for (const item of children) {
                            if (item && typeof (item as TSESTree.Node).type === 'string') walk(item as TSESTree.Node);
                          }
                        }
                      };
                      walk(sourceCode.ast as unknown as TSESTree.Node);
                    },
                  };
                },
              },
            },
          },
        },
        rules: { 'probe/probe': 'error' },
      },
    ],
    filename,
  );
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(fatal.message);
  return result;
}

describe('findRequestHandlers: Express', () => {
  it('finds handlers on an app resolved through an ESM import, any parameter names', () => {
    const { handlers } = probe(`
import express from 'express';
const app = express();
app.post('/checkout', express.json(), async (request, response) => { probe(); });
app.get('/orders/:id', function show(q, s, n) {});
`);
    expect(handlers).toEqual([
      'express POST /checkout req=request res=response ctx=null @4',
      'express GET /orders/:id req=q res=s ctx=null @5',
    ]);
  });

  it('follows express.Router() in CommonJS and same-file named handlers', () => {
    const { handlers } = probe(
      `
const express = require('express');
const router = express.Router();
function createOrder(req, res) {}
const refund = async (req, res) => {};
router.post('/orders', createOrder);
router.post('/refunds', authenticate, refund);
module.exports = router;
`,
      { filename: 'routes.js', commonjs: true },
    );
    expect(handlers).toEqual([
      'express POST /orders req=req res=res ctx=null @4',
      'express POST /refunds req=req res=res ctx=null @5',
    ]);
  });

  it('handles app.route(path).get().post() chains, middleware and error handlers', () => {
    const { handlers } = probe(`
import express, { Router } from 'express';
const app = express();
const api = Router();
app.route('/cart').get((req, res) => {}).post((req, res) => {});
app.use((req, res, next) => next());
app.use((err, req, res, next) => {});
api.delete('/cart/:id', (req, res) => {});
`);
    expect(handlers).toEqual([
      'express GET /cart req=req res=res ctx=null @5',
      'express POST /cart req=req res=res ctx=null @5',
      'express * - req=req res=res ctx=null @6',
      'express * - req=req res=res ctx=null @7',
      'express DELETE /cart/:id req=req res=res ctx=null @8',
    ]);
  });

  it('recognises the conventional (req, res) shape on apps passed in from other files', () => {
    const { handlers } = probe(`
export function register(app: any) {
  app.post('/webhook', asyncHandler(async (req, res) => {}));
  app.get('/health', ({ query }, res) => {});
}
`);
    expect(handlers).toEqual([
      'express POST /webhook req=req res=res ctx=null @3',
      'express GET /health req=ObjectPattern res=res ctx=null @4',
    ]);
  });

  it('does not treat unknown objects or unconventional shapes as handlers', () => {
    const { handlers } = probe(`
const cache = new Map();
cache.get('key', (a, b) => {});
store.delete('/x', (item) => {});
map.get('/x', (value, key) => {});
router.get('/x', (ctx2) => {});
function helper(request) {}
`);
    expect(handlers).toEqual([]);
  });

  it('recognises (req, res) controllers wired up elsewhere, without a route', () => {
    const { handlers } = probe(`
export const createPayment = async (req: Request, res: Response, next: NextFunction) => {};
export class OrdersController {
  async refund(request, reply) {}
}
module.exports = function login() { return (req, res, next) => {}; };
app.post(dynamicPath, (req, res) => {});
server.on('request', (req, res) => {});
`);
    expect(handlers).toEqual([
      'express * - req=req res=res ctx=null @2',
      'fastify * - req=request res=reply ctx=null @4',
      'express * - req=req res=res ctx=null @6',
      'express * - req=req res=res ctx=null @7',
      'express * - req=req res=res ctx=null @8',
    ]);
  });
});

describe('findRequestHandlers: Fastify, Koa, Hono, hapi', () => {
  it('finds Fastify routes with options objects and route()', () => {
    const { handlers } = probe(`
import Fastify from 'fastify';
const fastify = Fastify({ logger: true });
fastify.post('/pay', { schema }, async (request, reply) => {});
fastify.route({ method: 'PUT', url: '/pay/:id', handler: async (request, reply) => {} });
`);
    expect(handlers).toEqual([
      'fastify POST /pay req=request res=reply ctx=null @4',
      'fastify PUT /pay/:id req=request res=reply ctx=null @5',
    ]);
  });

  it('recognises (request, reply) in a Fastify plugin whose instance is a parameter', () => {
    const { handlers } = probe(`
export default async function routes(instance) {
  instance.post('/refund', async (request, reply) => {});
}
`);
    expect(handlers).toEqual(['fastify POST /refund req=request res=reply ctx=null @3']);
  });

  it('finds Koa routers and apps', () => {
    const { handlers } = probe(`
import Koa from 'koa';
import Router from '@koa/router';
const app = new Koa();
const router = new Router();
router.post('/charge', async (context) => {});
app.use(async (ctx, next) => { await next(); });
`);
    expect(handlers).toEqual([
      'koa POST /charge req=null res=null ctx=context @6',
      'koa * - req=null res=null ctx=ctx @7',
    ]);
  });

  it('finds Hono apps including basePath chains', () => {
    const { handlers } = probe(`
import { Hono } from 'hono';
const app = new Hono().basePath('/api');
app.post('/checkout', zValidator('json', schema), async (c) => {});
`);
    expect(handlers).toEqual(['hono POST /checkout req=null res=null ctx=c @4']);
  });

  it('recognises hapi-style server.route({ handler(request, h) })', () => {
    const { handlers } = probe(`
server.route({ method: 'POST', path: '/pay', handler: (request, h) => {} });
`);
    expect(handlers).toEqual(['unknown POST /pay req=request res=h ctx=null @2']);
  });
});

describe('findRequestHandlers: Next.js', () => {
  it('finds App Router exports in route files, with the route path', () => {
    const { handlers } = probe(
      `
export async function POST(request: Request, { params }) {}
export const GET = async (req) => {};
export function helper(request) {}
`,
      { filename: 'src/app/(shop)/api/orders/[id]/route.ts' },
    );
    expect(handlers).toEqual([
      'next-app POST /api/orders/[id] req=request res=null ctx=ObjectPattern @2',
      'next-app GET /api/orders/[id] req=req res=null ctx=null @3',
    ]);
  });

  it('finds App Router exports from next/server usage without a file name', () => {
    const { handlers } = probe(
      `
import { NextResponse, type NextRequest } from 'next/server';
async function handler(request: NextRequest) { return NextResponse.json({}); }
export { handler as GET, handler as POST };
`,
      { passFilename: false },
    );
    expect(handlers).toEqual(['next-app GET - req=request res=null ctx=null @3']);
  });

  it('does not treat GET exports elsewhere as route handlers', () => {
    const { handlers } = probe(`export function GET(url) { return fetch(url); }`, { filename: 'lib/http.ts' });
    expect(handlers).toEqual([]);
  });

  it('finds Pages Router API defaults, wrapped or typed', () => {
    expect(
      probe(`export default async function handler(req, res) {}`, { filename: 'pages/api/webhooks/stripe.ts' }).handlers,
    ).toEqual(['next-pages * /api/webhooks/stripe req=req res=res ctx=null @1']);
    expect(
      probe(`const handler = async (req, res) => {};\nexport default withAuth(handler);`, {
        filename: 'src/pages/api/pay/index.js',
      }).handlers,
    ).toEqual(['next-pages * /api/pay req=req res=res ctx=null @1']);
    expect(
      probe(`import type { NextApiRequest, NextApiResponse } from 'next';
export default (req: NextApiRequest, res: NextApiResponse) => {};`).handlers,
    ).toEqual(['next-pages * - req=req res=res ctx=null @2']);
  });

  it('ignores default exports outside pages/api', () => {
    expect(probe(`export default function Page(props) {}`, { filename: 'pages/checkout.tsx' }).handlers).toEqual([]);
  });
});

describe('findRequestHandlers: AWS Lambda', () => {
  it('finds exported handlers by name + event parameter, by type, and through middy', () => {
    const { handlers } = probe(`
import type { APIGatewayProxyEvent, APIGatewayProxyHandler } from 'aws-lambda';
export const handler = async (event) => {};
export async function process(e: APIGatewayProxyEvent) {}
export const typed: APIGatewayProxyHandler = async (input) => {};
const base = async (event) => {};
export const main = middy(base).use(jsonBodyParser());
`);
    expect(handlers).toEqual([
      'lambda * - req=event res=null ctx=null @3',
      'lambda * - req=e res=null ctx=null @4',
      'lambda * - req=input res=null ctx=null @5',
      'lambda * - req=event res=null ctx=null @6',
    ]);
  });

  it('finds CommonJS exports.handler', () => {
    const { handlers } = probe(`exports.handler = async function (event, context) {};`, {
      filename: 'index.js',
      commonjs: true,
    });
    expect(handlers).toEqual(['lambda * - req=event res=null ctx=null @1']);
  });

  it('does not treat DOM event handlers as Lambda handlers', () => {
    expect(
      probe(`export const handleSubmit = (event) => { event.preventDefault(); };
export const handler = (event) => {};`, { filename: 'components/Checkout.tsx' }).handlers,
    ).toEqual([]);
  });
});

describe('findRequestHandlers: NestJS', () => {
  it('finds decorated controller methods and their inputs', () => {
    const { handlers } = probe(`
import { Body, Controller, Get, Headers, Param, Post as HttpPost, Query, Req } from '@nestjs/common';
@Controller('payments')
export class PaymentsController {
  @HttpPost('intent')
  create(@Body() dto: CreateDto, @Body('amount') amount: number, @Headers('stripe-signature') sig: string) {}
  @Get(':id')
  show(@Param('id') id: string, @Query() query: any, @Req() req: Request) {}
  helper(@Body() dto: any) {}
}
`);
    expect(handlers).toEqual([
      'nest POST /payments/intent req=null res=null ctx=null @6 inputs=body,body:amount,headers:stripe-signature',
      'nest GET /payments/:id req=req res=null ctx=null @8 inputs=params:id,query,request',
    ]);
  });

  it('ignores look-alike decorators not imported from @nestjs/common', () => {
    const { handlers } = probe(`
import { Controller, Post, Body } from 'routing-controllers-like';
@Controller('x')
export class C { @Post() create(@Body() body) {} }
`);
    expect(handlers).toEqual([]);
  });
});

describe('handlerOf', () => {
  it('returns the innermost handler containing a node, or null', () => {
    const { markers } = probe(`
import express from 'express';
const app = express();
probe();
app.post('/a', (req, res) => {
  probe();
  [1].map(() => probe());
  app.get('/b', (req2, res2) => { probe(); });
});
function notAHandler() { probe(); }
`);
    expect(markers).toEqual(['none', 'express@5', 'express@5', 'express@8', 'none']);
  });
});

describe('findRequestHandlers: Next.js App Router pages', () => {
  it('treats page props (params, searchParams) as request context', () => {
    expect(
      probe(`export default async function Page({ searchParams }) {}`, { filename: 'app/login/page.tsx' }).handlers,
    ).toEqual(['next-app * - req=null res=null ctx=ObjectPattern @1']);
    expect(probe(`export default function Layout({ children }) {}`, { filename: 'app/layout.tsx' }).handlers).toEqual([]);
  });
});

describe('findRequestHandlers: Node server listeners', () => {
  it("takes server.on('request') listeners and leaves other events alone", () => {
    const { handlers } = probe(`
import http from 'http';
const server = http.createServer();
server.on('request', (req, res) => {});
server.on('connection', (socket, head) => {});
server.on('upgrade', (req, socket, head) => {});
`);
    expect(handlers).toEqual(['node-http * - req=req res=res ctx=null @4']);
  });

  it('takes ({ body }, res) functions wired up elsewhere, not other destructured first parameters', () => {
    const { handlers } = probe(`
export const create = () => ({ body, params }, res, next) => {};
export const render = ({ title }, res) => {};
`);
    expect(handlers).toEqual(['express * - req=ObjectPattern res=res ctx=null @2']);
  });
});

describe('findRequestHandlers: GraphQL resolvers', () => {
  it('finds field resolvers of resolver maps and graphql-js object types, with args as input', () => {
    const { handlers } = probe(`
import { ApolloServer } from '@apollo/server';
import { GraphQLObjectType } from 'graphql';
const resolvers = {
  Query: { order: (parent, args) => {}, me: () => {} },
  Order: { items: { resolve(order, args, ctx) {} } },
};
new ApolloServer({ typeDefs, resolvers });
new GraphQLObjectType({ name: 'Mutation', fields: () => ({ pay: { resolve: (p, { amount }) => {} } }) });
const settings = { Query: { run: (a, b) => {} } };
`);
    expect(handlers).toEqual([
      'graphql * - req=null res=null ctx=null @5 inputs=body',
      'graphql * - req=null res=null ctx=null @6 inputs=body',
      'graphql * - req=null res=null ctx=null @9 inputs=body',
    ]);
  });

  it('finds NestJS and type-graphql resolver methods with @Args/@Arg parameters', () => {
    const { handlers } = probe(`
import { Resolver, Query, Args, Parent, ResolveField } from '@nestjs/graphql';
@Resolver()
export class OrdersResolver {
  @Query() order(@Args('id') id: string) {}
  @ResolveField() items(@Parent() order: Order) {}
  helper(@Args('x') x: string) {}
}
`);
    expect(handlers).toEqual(['graphql * - req=null res=null ctx=null @5 inputs=body:id']);
  });
});
