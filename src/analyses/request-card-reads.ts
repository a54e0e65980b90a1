/**
 * Card data read from HTTP requests in server handlers: `req.body.cardNumber`, `const { cvc } = req.body`,
 * `(await request.json()).card.number`, Koa `ctx.request.body.pan`, Lambda `JSON.parse(event.body).cvv`,
 * NestJS `@Body() dto` → `dto.cardNumber` and `@Body('cvc') cvc`. Handlers come from `request-handlers.ts`.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '../ast/eslint-utils.js';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { getStaticKeyName, isFunction, skipWrappers, walk } from '../ast/ast.js';
import { classifyName, hasCardContext } from '../values/names.js';
import { findRequestHandlers, type RequestHandler } from '../requests/request-handlers.js';
import { isHandlerRequest, isRequestBodyMethod, isRequestInputPart, paramBinding } from '../requests/request-values.js';
import { memberChainNames } from './sensitive-data.js';
import { resolveIdentifier } from '../values/static-values.js';
import { VALUE_RESOLUTION_DEPTH } from '../values/budget.js';

export type RequestCardKind = 'pan' | 'cvv' | 'track';

export interface RequestCardRead {
  readonly node: TSESTree.Node;
  readonly kind: RequestCardKind;
  /** The field name read (`cardNumber`, `cvc`). */
  readonly name: string;
  readonly handler: RequestHandler;
}


function cardKind(name: string, chain: readonly string[]): RequestCardKind | null {
  const nameClass = classifyName(name, { cardContext: hasCardContext(chain) });
  return nameClass === 'pan' || nameClass === 'cvv' || nameClass === 'track' ? nameClass : null;
}

/** Every PAN / CVV / track read from request input in the file's request handlers. */
export function findRequestCardReads(sourceCode: Readonly<SourceCode>, filename?: string): RequestCardRead[] {
  const reads: RequestCardRead[] = [];
  const seen = new Set<TSESTree.Node>();
  for (const handler of findRequestHandlers(sourceCode, filename)) {
    const bodyParams = new Set<TSESTree.Node>();
    for (const input of handler.inputs) {
      const binding = paramBinding(input.param);
      if (!binding || (input.kind !== 'body' && input.kind !== 'query')) continue;
      if (input.key !== null) {
        const kind = cardKind(input.key, []);
        if (kind && !seen.has(binding)) {
          seen.add(binding);
          reads.push({ node: binding, kind, name: input.key, handler });
        }
      } else {
        bodyParams.add(binding);
      }
    }

    /** Whether an identifier is bound by the handler's own parameter `binding`. */
    const isParam = (node: TSESTree.Node, binding: TSESTree.Node | null): boolean => {
      if (!binding || node.type !== 'Identifier' || binding.type !== 'Identifier') return false;
      const variable = findVariable(sourceCode.getScope(node), node);
      return variable?.defs.some((definition) => definition.name === binding) === true;
    };

    const isRequest = (node: TSESTree.Node): boolean => isHandlerRequest(sourceCode, node, handler);

    /** Whether the expression holds request input (the body, or something read from it). */
    const isInput = (node: TSESTree.Node, depth: number): boolean => {
      if (depth > VALUE_RESOLUTION_DEPTH) return false;
      const inner = skipWrappers(node);
      switch (inner.type) {
        case 'Identifier': {
          if ([...bodyParams].some((binding) => isParam(inner, binding))) return true;
          const variable = findVariable(sourceCode.getScope(inner), inner);
          const definition = variable?.defs[0];
          if (!definition || variable!.defs.length !== 1 || definition.type !== 'Variable') return false;
          const declarator = definition.node as TSESTree.VariableDeclarator;
          if (!declarator.init) return false;
          if (declarator.id.type === 'Identifier') {
            const init = resolveIdentifier(sourceCode, inner);
            return init !== null && isInput(init, depth + 1);
          }
          // `const { card } = req.body` → `card` is input.
          return isInput(declarator.init, depth + 1);
        }
        case 'MemberExpression': {
          const key = getStaticKeyName(inner.property, inner.computed);
          if (isRequestInputPart(key) && isRequest(inner.object)) return true;
          return isInput(inner.object, depth + 1);
        }
        case 'AwaitExpression':
          return isInput(inner.argument, depth + 1);
        case 'CallExpression': {
          const callee = skipWrappers(inner.callee);
          if (callee.type !== 'MemberExpression') return false;
          const method = getStaticKeyName(callee.property, callee.computed);
          if (isRequestBodyMethod(method) && isRequest(callee.object)) return true;
          // `JSON.parse(event.body)`
          const receiver = skipWrappers(callee.object);
          return (
            receiver.type === 'Identifier' &&
            receiver.name === 'JSON' &&
            method === 'parse' &&
            inner.arguments[0] !== undefined &&
            isInput(inner.arguments[0], depth + 1)
          );
        }
        default:
          return false;
      }
    };

    walk(handler.fn.body, sourceCode.visitorKeys, (node) => {
      if (node !== handler.fn.body && isFunction(node) && node.parent?.type !== 'CallExpression') return false;
      if (node.type === 'MemberExpression') {
        const key = getStaticKeyName(node.property, node.computed);
        if (key === null || seen.has(node)) return undefined;
        const kind = cardKind(key, memberChainNames(node.object));
        if (kind && isInput(node.object, 0)) {
          seen.add(node);
          reads.push({ node, kind, name: key, handler });
        }
      } else if (node.type === 'VariableDeclarator' && node.id.type === 'ObjectPattern' && node.init && isInput(node.init, 0)) {
        const chain = memberChainNames(node.init);
        for (const property of node.id.properties) {
          if (property.type !== 'Property') continue;
          const key = getStaticKeyName(property.key, property.computed);
          if (key === null) continue;
          const kind = cardKind(key, chain);
          if (kind && !seen.has(property)) {
            seen.add(property);
            reads.push({ node: property, kind, name: key, handler });
          }
        }
      }
      return undefined;
    });
  }
  return reads;
}
