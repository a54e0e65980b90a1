/**
 * Retry scopes: code that runs again when it fails, so a non-idempotent call inside it can happen twice.
 *
 * - **Retry loops**: a `for` / `while` / `do…while` (not `for…of` / `for…in`, which iterate collections) whose body
 *   wraps the code in `try { … } catch`, and that either names attempts in its header (`attempt < maxRetries`,
 *   `tries--`; whole name segments `attempt(s)`, `retry`/`retries`, `tries`, `try`) or leaves the loop from the
 *   `try` block on success (`break` / `return`) while not iterating a collection (`i < items.length`).
 * - **Retry helpers**: the callback of `p-retry`, `async-retry`, `promise-retry`, `exponential-backoff`,
 *   `ts-retry-promise`, `@lifeomic/attempt`, `retry.operation().attempt`, cockatiel `retry(...).execute` (resolved
 *   through imports), and of any call whose callee name has a `retry`/`retries`/`retrying`/`retryable` segment
 *   (`withRetry(fn)`, `this.retryWithBackoff(fn)`) — a same-file or imported helper.
 * - **Job handlers** the framework re-runs on failure: BullMQ `new Worker(name, fn)`, Bull / Bee-Queue
 *   `queue.process(fn)`, Agenda `define(name, fn)`, pg-boss `work(name, fn)`, Inngest `createFunction(…, fn)`,
 *   Trigger.dev `task({ run })`, sqs-consumer `handleMessage`, NestJS `@Process()` / `@Processor` `process()` methods,
 *   and AWS Lambda handlers typed with SQS / SNS / EventBridge / Kinesis / DynamoDB-stream event types.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '../ast/eslint-utils.js';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { RETRIED_LAMBDA_EVENT_TYPES, RETRY_CONSTRUCTS, type RetryConstruct } from '../catalog/payment-calls.js';
import { annotatedType, calleeName, decoratorsOf, getStaticKeyName, isFunction, skipWrappers, walk, type AnyFunction } from '../ast/ast.js';
import { nodesOfTypes } from '../ast/node-index.js';
import { findModuleImports } from '../modules/module-imports.js';
import { findApiReferences } from '../modules/module-references.js';
import { splitName } from '../values/names.js';
import { findPropertyPath } from '../values/object-options.js';
import { resolveIdentifier } from '../values/static-values.js';
import { NESTED_VALUE_DEPTH } from '../values/budget.js';

export type RetryScopeKind = 'loop' | 'retry-helper' | 'job-handler';

export interface RetryScope {
  readonly kind: RetryScopeKind;
  /** The loop statement, or the callback / handler function. */
  readonly node: TSESTree.Node;
  /** Display name: `retry loop`, `p-retry`, `withRetry`, `BullMQ worker`. */
  readonly name: string;
}

const RETRY_SEGMENTS = new Set(['retry', 'retries', 'retrying', 'retryable', 'retried']);
/** Callee names with a retry segment that are not retry runners (`shouldRetry(err)`, `onRetry(fn)`). */
const NON_RUNNER_FIRST_SEGMENTS = new Set(['should', 'on', 'can', 'is', 'max', 'get', 'set', 'count', 'log', 'no', 'skip', 'disable', 'handle']);
const ATTEMPT_SEGMENTS = new Set(['attempt', 'attempts', 'retry', 'retries', 'tries', 'try', 'retried', 'retrying']);
const NEST_QUEUE_MODULES = ['@nestjs/bull', '@nestjs/bullmq'];

/** Same-file function an argument stands for: inline, a `function` declaration or a `const f = () => …`. */
function resolveFunction(sourceCode: Readonly<SourceCode>, node: TSESTree.Node | undefined): AnyFunction | null {
  if (!node || node.type === 'SpreadElement') return null;
  const inner = skipWrappers(node);
  if (isFunction(inner)) return inner;
  if (inner.type !== 'Identifier') return null;
  const variable = findVariable(sourceCode.getScope(inner), inner);
  const definition = variable?.defs[0];
  if (!definition || variable!.defs.length !== 1) return null;
  if (definition.type === 'FunctionName' && isFunction(definition.node)) return definition.node;
  const init = resolveIdentifier(sourceCode, inner);
  const resolved = init ? skipWrappers(init) : null;
  return resolved && isFunction(resolved) ? resolved : null;
}

function isRetryRunnerName(name: string): boolean {
  const segments = splitName(name);
  if (segments.length === 0 || NON_RUNNER_FIRST_SEGMENTS.has(segments[0]!)) return false;
  return segments.some((segment) => RETRY_SEGMENTS.has(segment));
}

function typeNames(annotation: TSESTree.Node | undefined): string[] {
  if (!annotation) return [];
  const names: string[] = [];
  const visit = (node: TSESTree.Node | undefined, depth: number): void => {
    if (!node || depth > NESTED_VALUE_DEPTH) return;
    if (node.type === 'TSTypeAnnotation') visit(node.typeAnnotation, depth + 1);
    else if (node.type === 'TSTypeReference') {
      const name = node.typeName;
      if (name.type === 'Identifier') names.push(name.name);
      else if (name.type === 'TSQualifiedName') names.push(name.right.name);
      for (const argument of node.typeArguments?.params ?? []) visit(argument, depth + 1);
    } else if (node.type === 'TSUnionType' || node.type === 'TSIntersectionType') {
      for (const type of node.types) visit(type, depth + 1);
    }
  };
  visit(annotation, 0);
  return names;
}

function isRetriedLambda(fn: AnyFunction): boolean {
  const first = fn.params[0];
  if (first && typeNames(annotatedType(first)).some((n) => RETRIED_LAMBDA_EVENT_TYPES.has(n))) {
    return true;
  }
  const parent = fn.parent;
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') {
    return typeNames(annotatedType(parent.id)).some((n) => RETRIED_LAMBDA_EVENT_TYPES.has(n));
  }
  return false;
}

function decoratorNames(decorators: readonly TSESTree.Decorator[]): string[] {
  return decorators.map((decorator) => {
    const expression = skipWrappers(decorator.expression);
    const callee = expression.type === 'CallExpression' ? skipWrappers(expression.callee) : expression;
    return callee.type === 'Identifier' ? callee.name : '';
  });
}

interface FileScopes {
  readonly functions: ReadonlyMap<TSESTree.Node, RetryScope>;
}

/** Retry-runner calls, functions (AWS Lambda handlers) and methods (NestJS queue processors). */
const RETRY_SCAN_TYPES = ['CallExpression', 'ArrowFunctionExpression', 'FunctionDeclaration', 'FunctionExpression', 'MethodDefinition'] as const;

function collect(sourceCode: Readonly<SourceCode>): FileScopes {
  const functions = new Map<TSESTree.Node, RetryScope>();
  const add = (fn: AnyFunction | null, kind: RetryScopeKind, name: string): void => {
    if (fn && !functions.has(fn)) functions.set(fn, { kind, node: fn, name });
  };

  for (const reference of findApiReferences(sourceCode, RETRY_CONSTRUCTS)) {
    const node = reference.node;
    if (node.type !== 'CallExpression' && node.type !== 'NewExpression') continue;
    const construct: RetryConstruct = reference.definition.data;
    const args = node.arguments;
    let target: TSESTree.Node | undefined;
    if (construct.callback === 'last') {
      for (let index = args.length - 1; index >= 0; index--) {
        if (resolveFunction(sourceCode, args[index])) {
          target = args[index];
          break;
        }
      }
    } else {
      target = args[construct.callback];
    }
    if (target && construct.property) target = findPropertyPath(sourceCode, target, construct.property)?.value;
    add(resolveFunction(sourceCode, target), construct.kind, construct.name);
  }

  const nestQueues = findModuleImports(sourceCode).some((imported) => NEST_QUEUE_MODULES.includes(imported.module));
  const text = sourceCode.text;
  const mayRetry = /retr/iu.test(text);
  for (const node of nodesOfTypes(sourceCode, RETRY_SCAN_TYPES)) {
    if (node.type === 'CallExpression' && mayRetry) {
      const name = calleeName(node.callee);
      if (name !== null && isRetryRunnerName(name)) {
        for (const argument of node.arguments) add(resolveFunction(sourceCode, argument), 'retry-helper', name);
      }
    } else if (isFunction(node) && isRetriedLambda(node)) {
      add(node, 'job-handler', 'AWS Lambda event handler');
    } else if (nestQueues && node.type === 'MethodDefinition' && node.value.type === 'FunctionExpression') {
      const names = decoratorNames(decoratorsOf(node));
      const classNode = node.parent.parent;
      const classDecorators = classNode ? decoratorNames(decoratorsOf(classNode)) : [];
      const key = getStaticKeyName(node.key, node.computed);
      if (names.includes('Process') || (classDecorators.includes('Processor') && key === 'process')) {
        add(node.value, 'job-handler', 'NestJS queue processor');
      }
    }
  }
  return { functions };
}

const cache = new WeakMap<object, FileScopes>();

function load(sourceCode: Readonly<SourceCode>): FileScopes {
  let scopes = cache.get(sourceCode);
  if (!scopes) {
    scopes = collect(sourceCode);
    cache.set(sourceCode, scopes);
  }
  return scopes;
}

function headerNames(loop: TSESTree.ForStatement | TSESTree.WhileStatement | TSESTree.DoWhileStatement, sourceCode: Readonly<SourceCode>): { retryNamed: boolean; iteratesCollection: boolean } {
  const parts: (TSESTree.Node | null)[] =
    loop.type === 'ForStatement' ? [loop.init, loop.test, loop.update] : [loop.test];
  let retryNamed = false;
  let iteratesCollection = false;
  for (const part of parts) {
    if (!part) continue;
    walk(part, sourceCode.visitorKeys, (node) => {
      if (isFunction(node)) return false;
      if (node.type === 'Identifier' && splitName(node.name).some((segment) => ATTEMPT_SEGMENTS.has(segment))) retryNamed = true;
      if (node.type === 'MemberExpression') {
        const key = getStaticKeyName(node.property, node.computed);
        if (key === 'length' || key === 'size') iteratesCollection = true;
        if (key !== null && splitName(key).some((segment) => ATTEMPT_SEGMENTS.has(segment))) retryNamed = true;
      }
      return undefined;
    });
  }
  return { retryNamed, iteratesCollection };
}

type LoopNode = TSESTree.ForStatement | TSESTree.WhileStatement | TSESTree.DoWhileStatement;

function isLoop(node: TSESTree.Node): node is LoopNode {
  return node.type === 'ForStatement' || node.type === 'WhileStatement' || node.type === 'DoWhileStatement';
}

/** `break` (leaving `loop`) or `return` directly in `block`, outside nested functions, loops and switches. */
function exitsLoop(block: TSESTree.BlockStatement, loop: LoopNode, sourceCode: Readonly<SourceCode>): boolean {
  const label = loop.parent?.type === 'LabeledStatement' ? loop.parent.label.name : null;
  let exits = false;
  walk(block, sourceCode.visitorKeys, (node) => {
    if (exits || isFunction(node)) return false;
    if (node.type === 'ReturnStatement') exits = true;
    else if (node.type === 'BreakStatement') {
      if (node.label ? node.label.name === label : true) exits = true;
    } else if (isLoop(node) || node.type === 'ForOfStatement' || node.type === 'ForInStatement' || node.type === 'SwitchStatement') {
      // A plain `break` inside leaves the inner construct; a labelled one may still leave ours.
      if (label === null) return false;
    }
    return undefined;
  });
  return exits;
}

/** A function literal passed directly as a call argument (runs within the caller's extent). */
function isCallbackArgument(fn: TSESTree.Node): boolean {
  const parent = fn.parent;
  return (
    (parent?.type === 'CallExpression' || parent?.type === 'NewExpression') &&
    parent.arguments.includes(fn as TSESTree.CallExpressionArgument)
  );
}

/** The innermost retry scope that contains `node`, or null. */
export function findRetryScope(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): RetryScope | null {
  const { functions } = load(sourceCode);
  let child: TSESTree.Node = node;
  let tryBlock: TSESTree.TryStatement | null = null;
  let crossedFunction = false;
  for (let current = node.parent; current; child = current, current = current.parent) {
    if (current.type === 'TryStatement' && current.block === child && current.handler && !crossedFunction) {
      tryBlock ??= current;
    }
    if (isFunction(current)) {
      const scope = functions.get(current);
      if (scope) return scope;
      if (!isCallbackArgument(current)) crossedFunction = true;
      continue;
    }
    if (isLoop(current) && current.body === child && tryBlock && !crossedFunction) {
      const header = headerNames(current, sourceCode);
      if (header.retryNamed || (!header.iteratesCollection && exitsLoop(tryBlock.block, current, sourceCode))) {
        return { kind: 'loop', node: current, name: 'retry loop' };
      }
    }
  }
  return null;
}
