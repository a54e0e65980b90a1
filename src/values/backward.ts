/**
 * The backward evaluator: "what may this expression's value be?", answered by walking back from the expression to
 * where its parts come from. One core serves every analysis that asks the question; each brings a *domain* — the
 * kind of answer it wants (the taint of request data in src/requests/taint.ts, the sources a value derives from in
 * value-flow.ts, the card data and secrets a value may carry in src/analyses/sensitive-data.ts) and the rules that
 * are about that answer (sources, sanitizers, propagating calls).
 *
 * The core owns what is the same for every domain:
 * - memoisation per node and per variable, a cycle guard (`s = s + x`), a recursion bound and a step budget per
 *   evaluator (src/values/budget.ts);
 * - variables: every write in source order — declarations, assignments, compound assignments, `for…of` elements,
 *   destructuring (as a path of {@link PatternStep}s the domain applies), parameters (asked of the domain, or bound to
 *   argument values inside a same-file call);
 * - the shapes no domain needs to decide: wrappers (`await`, `as`, `!`, parentheses), sequences, plain assignments,
 *   conditionals, `||`/`??`, spreads, literals;
 * - same-file functions: their returned expressions, either once per function (parameters as the domain sees them)
 *   or per call with parameters bound to the argument values (a frame);
 * - evaluation contexts: modes a domain enters below a node that change its answers (a frame per key, see
 *   {@link BackwardEvaluator.context}).
 *
 * Domains decide everything else in {@link BackwardDomain.node}, which sees every node first.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { findVariable } from '../ast/eslint-utils.js';
import { getStaticKeyName, isFunction, skipWrappers, walk, type AnyFunction } from '../ast/ast.js';
import { staticString } from './static-values.js';
import { USE_SITE_STEPS } from './budget.js';

/** One step from a destructured value down to the name it binds, applied root first. */
export type PatternStep =
  | { readonly key: string | null }
  | { readonly element: true }
  | { readonly rest: true }
  | { readonly fallback: TSESTree.Expression };

/** Where evaluation runs: the file's top level, or the body of a same-file function called with known arguments. */
export interface Frame<V> {
  /** The function whose parameters are bound (null at the top). */
  readonly fn: AnyFunction | null;
  /** The domain-defined evaluation context of a top-level frame made by {@link BackwardEvaluator.context}. */
  readonly context?: string;
  /** Parameter values for this call. */
  readonly env: ReadonlyMap<Scope.Variable, V>;
  readonly memo: Map<TSESTree.Node, V>;
  readonly variables: Map<Scope.Variable, V>;
  readonly pending: Set<object>;
}

export interface BackwardDomain<V> {
  /** Nothing that matters to the domain (a literal, a clean value). */
  readonly none: V;
  /** Not known: the budget ran out, or the value comes from something the core cannot follow. */
  readonly unknown: V;
  /** The answer for a node or variable already being evaluated (a cycle); the other writes are evaluated anyway. */
  readonly cycle: V;
  /** Alternatives or parts combined. */
  join(values: readonly V[]): V;
  /**
   * The domain's rule for a node (after wrappers are skipped), or `undefined` to let the core evaluate its shape.
   * Sources, calls, members and operators are decided here.
   */
  node(node: TSESTree.Node, evaluator: BackwardEvaluator<V>, frame: Frame<V>): V | undefined;
  /** An identifier no declaration of the file binds (a global, an implicit global). */
  global(identifier: TSESTree.Identifier, evaluator: BackwardEvaluator<V>, frame: Frame<V>): V;
  /**
   * The value bound to `name` inside parameter `index` of `fn` (the parameter itself or a name in its pattern) when
   * no call binds it.
   */
  parameter(fn: AnyFunction, index: number, name: TSESTree.Identifier, evaluator: BackwardEvaluator<V>, frame: Frame<V>): V;
  /** One destructuring step applied to a value; `fallback` steps are joined by the core. */
  step(value: V, step: Exclude<PatternStep, { fallback: TSESTree.Expression }>): V;
  /** A compound assignment `x op= value` (`+=`, `||=`, `*=` …): what the write contributes. */
  compound(operator: string, value: V): V;
  /**
   * How a variable's writes combine. `ordered`: in source order, a plain write (`=`, a declaration) replaces what
   * came before and others (`+=`) add to it, and a self-reference in a write sees the value so far. `all`: every
   * write is one alternative.
   */
  readonly writes: 'ordered' | 'all';
  /** Values a read of a variable adds to it (`arr.push(v)`, `arr[i] = v`), for domains that count them. */
  readContributions?(read: TSESTree.Identifier, evaluator: BackwardEvaluator<V>, frame: Frame<V>): V[];
  /**
   * A destructured name, before the core applies the pattern's steps: the domain may know it exactly (a literal
   * the shared resolver reads). `undefined` = apply the steps.
   */
  destructured?(name: TSESTree.Identifier, evaluator: BackwardEvaluator<V>, frame: Frame<V>): V | undefined;
}

export interface BackwardLimits {
  /** Nested evaluations at once beyond which the answer is `unknown` (keeps the stack shallow). */
  readonly depth: number;
  /** Node evaluations per evaluator (one file): the work bound. */
  readonly steps: number;
  /** Same-file functions entered one inside another. */
  readonly calls: number;
}

export interface BackwardEvaluator<V> {
  readonly sourceCode: Readonly<SourceCode>;
  /** The top-level frame (no parameters bound). */
  readonly root: Frame<V>;
  /** The value of `node` in `frame`. */
  evaluate(node: TSESTree.Node, frame?: Frame<V>): V;
  /**
   * What a same-file function returns. Without `bindings` computed once per function, its parameters as the domain
   * sees them; with `bindings` (parameter index → value) once per call, in a frame of its own. `unknown` past the
   * call limit or inside itself.
   */
  returns(fn: AnyFunction, bindings?: ReadonlyMap<number, V>): V;
  /** Destructuring steps (collected leaf first, as {@link stepsWithin} gives them) applied to a root value. */
  applySteps(base: V, pattern: readonly PatternStep[], frame: Frame<V>): V;
  /**
   * A top-level frame (no parameters bound) for an evaluation context the domain defines: a mode that changes the
   * domain's answers below a node (inside an encrypting call, below a card-named object key), so the answers must not
   * share the memo of other modes. One frame per key for the evaluator's lifetime, with its own memo, variables and
   * cycle guard; the depth and step bounds are the evaluator's, so switching contexts deepens the same stack. The
   * domain reads the key from {@link Frame.context} (undefined in the root frame, which is `context('')`, and in call frames).
   */
  context(key: string): Frame<V>;
  /**
   * The value of the variable `identifier` reads, by the core's variable model (every write, memoised per variable
   * in `frame`), as the core evaluates an identifier the domain leaves to it. For a domain that decides identifiers
   * itself in {@link BackwardDomain.node} (classifies the name, reports at the read) and then asks for the variable's
   * value. A global is asked of {@link BackwardDomain.global}.
   */
  variable(identifier: TSESTree.Identifier, frame?: Frame<V>): V;
}

function newFrame<V>(fn: AnyFunction | null, env: ReadonlyMap<Scope.Variable, V>, context?: string): Frame<V> {
  return { fn, ...(context === undefined ? {} : { context }), env, memo: new Map(), variables: new Map(), pending: new Set() };
}

/** Creates an evaluator for one file. Results are memoised for its lifetime. */
export function createBackwardEvaluator<V>(
  sourceCode: Readonly<SourceCode>,
  domain: BackwardDomain<V>,
  limits: BackwardLimits,
): BackwardEvaluator<V> {
  const root = newFrame<V>(null, new Map());
  const contexts = new Map<string, Frame<V>>([['', root]]);
  const functionMemo = new Map<AnyFunction, V>();
  const functionsInProgress = new Set<AnyFunction>();
  let depth = 0;
  let steps = 0;
  let callDepth = 0;

  function evaluate(node: TSESTree.Node, frame: Frame<V> = root): V {
    const inner = skipWrappers(node);
    const memo = frame.memo;
    if (memo.has(inner)) return memo.get(inner)!;
    if (frame.pending.has(inner)) return domain.cycle;
    if (depth > limits.depth || ++steps > limits.steps) return domain.unknown;
    frame.pending.add(inner);
    depth++;
    let result: V;
    try {
      result = domain.node(inner, evaluator, frame) ?? shape(inner, frame);
    } finally {
      depth--;
      frame.pending.delete(inner);
    }
    memo.set(inner, result);
    return result;
  }

  /** The shapes every domain evaluates the same way. */
  function shape(node: TSESTree.Node, frame: Frame<V>): V {
    switch (node.type) {
      case 'Literal':
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
        return domain.none;
      case 'Identifier':
        return identifier(node, frame);
      case 'SequenceExpression':
        return node.expressions.length > 0 ? evaluate(node.expressions[node.expressions.length - 1]!, frame) : domain.none;
      case 'AssignmentExpression':
        return node.operator === '=' ? evaluate(node.right, frame) : domain.compound(node.operator, evaluate(node.right, frame));
      case 'ConditionalExpression':
        return domain.join([evaluate(node.consequent, frame), evaluate(node.alternate, frame)]);
      case 'LogicalExpression':
        return domain.join([evaluate(node.left, frame), evaluate(node.right, frame)]);
      case 'SpreadElement':
        return evaluate(node.argument, frame);
      case 'AwaitExpression':
        return evaluate(node.argument, frame);
      case 'TemplateLiteral':
        return domain.join(node.expressions.map((expression) => evaluate(expression, frame)));
      case 'ArrayExpression':
        return domain.join(node.elements.map((element) => (element ? evaluate(element, frame) : domain.none)));
      default:
        return domain.unknown;
    }
  }

  function identifier(node: TSESTree.Identifier, frame: Frame<V>): V {
    if (node.name === 'undefined') return domain.none;
    const variable = findVariable(sourceCode.getScope(node), node);
    if (!variable || variable.defs.length === 0) return domain.global(node, evaluator, frame);
    if (frame.env.has(variable)) return frame.env.get(variable)!;
    if (frame.variables.has(variable)) return frame.variables.get(variable)!;
    if (frame.pending.has(variable)) return domain.cycle;
    frame.pending.add(variable);
    let value: V;
    try {
      value = variableValue(variable, frame);
    } finally {
      frame.pending.delete(variable);
    }
    frame.variables.set(variable, value);
    return value;
  }

  function variableValue(variable: Scope.Variable, frame: Frame<V>): V {
    const parts: V[] = [];
    const definition = variable.defs[0]!;
    if (variable.defs.length === 1 && definition.type === 'Parameter') {
      const fn = definition.node as AnyFunction;
      const name = definition.name as TSESTree.Identifier;
      const index = fn.params.findIndex((param) => param.range[0] <= name.range[0] && name.range[1] <= param.range[1]);
      return index === -1 ? domain.unknown : domain.parameter(fn, index, name, evaluator, frame);
    }
    for (const def of variable.defs) {
      if (def.type === 'FunctionName' || def.type === 'ClassName') return domain.none;
      if (def.type !== 'Variable') return domain.unknown;
    }
    const writes = variable.references.filter((reference) => reference.isWrite());
    writes.sort((a, b) => a.identifier.range[0] - b.identifier.range[0]);
    if (domain.writes === 'ordered') {
      let result = domain.none;
      let any = false;
      for (const write of writes) {
        const target = write.identifier as TSESTree.Identifier;
        // Self-references in later writes (`q = q.trim()`) see the value so far.
        if (any) frame.variables.set(variable, result);
        const value = writeValue(target, frame);
        result = isPlainWrite(target) || !any ? value : domain.join([result, value]);
        any = true;
      }
      frame.variables.delete(variable);
      parts.push(result);
    } else {
      for (const write of writes) parts.push(writeValue(write.identifier as TSESTree.Identifier, frame));
    }
    if (domain.readContributions) {
      for (const reference of variable.references) {
        if (!reference.isWrite()) parts.push(...domain.readContributions(reference.identifier as TSESTree.Identifier, evaluator, frame));
      }
    }
    return domain.join(parts);
  }

  /** The value written to `target` (a declarator id, an assignment target or a destructuring leaf). */
  function writeValue(target: TSESTree.Identifier, frame: Frame<V>): V {
    const pattern: PatternStep[] = [];
    let current: TSESTree.Node = target;
    for (let guard = 0; guard < USE_SITE_STEPS; guard++) {
      const parent: TSESTree.Node | undefined = current.parent;
      if (!parent) return domain.unknown;
      switch (parent.type) {
        case 'Property':
          if (parent.value !== current) return domain.unknown;
          pattern.push({ key: patternKey(sourceCode, parent) });
          current = parent.parent!;
          continue;
        case 'ArrayPattern':
          pattern.push({ element: true });
          current = parent;
          continue;
        case 'AssignmentPattern':
          if (parent.left !== current) return domain.unknown;
          pattern.push({ fallback: parent.right });
          current = parent;
          continue;
        case 'RestElement':
          pattern.push({ rest: true });
          current = parent.parent!;
          continue;
        case 'ObjectPattern':
          current = parent;
          continue;
        case 'VariableDeclarator': {
          if (parent.id !== current) return domain.unknown;
          const loop = parent.parent?.parent;
          if (loop && (loop.type === 'ForOfStatement' || loop.type === 'ForInStatement') && loop.left === parent.parent) {
            if (loop.type === 'ForInStatement') return domain.unknown;
            return applySteps(domain.step(evaluate(loop.right, frame), { element: true }), pattern, frame);
          }
          return parent.init ? destructure(target, evaluate(parent.init, frame), pattern, frame) : domain.none;
        }
        case 'AssignmentExpression':
          if (parent.left !== current) return domain.unknown;
          if (parent.operator !== '=') return domain.compound(parent.operator, evaluate(parent.right, frame));
          return destructure(target, evaluate(parent.right, frame), pattern, frame);
        case 'ForOfStatement':
          if (parent.left !== current) return domain.unknown;
          return applySteps(domain.step(evaluate(parent.right, frame), { element: true }), pattern, frame);
        case 'UpdateExpression':
          return domain.none;
        default:
          return domain.unknown;
      }
    }
    return domain.unknown;
  }

  function destructure(target: TSESTree.Identifier, base: V, pattern: readonly PatternStep[], frame: Frame<V>): V {
    if (pattern.length === 0) return base;
    const exact = domain.destructured?.(target, evaluator, frame);
    return exact === undefined ? applySteps(base, pattern, frame) : exact;
  }

  /** Steps collected leaf first, applied from the root value down to the leaf. */
  function applySteps(base: V, pattern: readonly PatternStep[], frame: Frame<V>): V {
    let value = base;
    for (let index = pattern.length - 1; index >= 0; index--) {
      const step = pattern[index]!;
      value = 'fallback' in step ? domain.join([value, evaluate(step.fallback, frame)]) : domain.step(value, step);
    }
    return value;
  }


  function returns(fn: AnyFunction, bindings?: ReadonlyMap<number, V>): V {
    if (!bindings && functionMemo.has(fn)) return functionMemo.get(fn)!;
    if (callDepth >= limits.calls || functionsInProgress.has(fn)) return domain.unknown;
    let frame = root;
    if (bindings) {
      const env = new Map<Scope.Variable, V>();
      const declared = sourceCode.scopeManager?.getDeclaredVariables(fn) ?? [];
      for (const [index, value] of bindings) {
        const param = fn.params[index];
        const variable = param && declared.find((candidate) => candidate.defs.some((def) => def.name === param));
        if (variable) env.set(variable, value);
      }
      frame = newFrame(fn, env);
    }
    functionsInProgress.add(fn);
    callDepth++;
    let result: V;
    try {
      result = domain.join(returnedExpressions(fn, sourceCode.visitorKeys).map((expression) => evaluate(expression, frame)));
    } finally {
      callDepth--;
      functionsInProgress.delete(fn);
    }
    if (!bindings) functionMemo.set(fn, result);
    return result;
  }

  function context(key: string): Frame<V> {
    let frame = contexts.get(key);
    if (!frame) {
      frame = newFrame<V>(null, new Map(), key);
      contexts.set(key, frame);
    }
    return frame;
  }

  const evaluator: BackwardEvaluator<V> = {
    sourceCode,
    root,
    evaluate,
    returns,
    applySteps,
    context,
    variable: (node, frame = root) => identifier(node, frame),
  };
  return evaluator;
}

/** The key a destructuring property reads (`{ id }`, `{ ['id']: x }`); null when it is not static. */
function patternKey(sourceCode: Readonly<SourceCode>, property: TSESTree.Property): string | null {
  return property.computed ? staticString(sourceCode, property.key) : getStaticKeyName(property.key, false);
}

/**
 * A cache of one value per file and key, such as a domain's evaluator per option set (evaluators memoise for the
 * file, so analyses with the same options share one).
 */
export function perFileCache<T>(): (sourceCode: Readonly<SourceCode>, key: string, create: () => T) => T {
  const files = new WeakMap<object, Map<string, T>>();
  return (sourceCode, key, create) => {
    let perFile = files.get(sourceCode);
    if (!perFile) {
      perFile = new Map();
      files.set(sourceCode, perFile);
    }
    let value = perFile.get(key);
    if (value === undefined) {
      value = create();
      perFile.set(key, value);
    }
    return value;
  };
}

/** A declaration or `=` write (it replaces the value), as opposed to `+=`, `||=` and the like. */
function isPlainWrite(identifier: TSESTree.Identifier): boolean {
  let current: TSESTree.Node = identifier;
  while (current.parent && current.parent.type !== 'VariableDeclarator' && current.parent.type !== 'AssignmentExpression') {
    current = current.parent;
  }
  const parent = current.parent;
  return parent?.type === 'VariableDeclarator' || (parent?.type === 'AssignmentExpression' && parent.operator === '=');
}

/** Destructuring steps from a parameter pattern down to `name`, leaf first (apply them with the root value last). */
export function stepsWithin(sourceCode: Readonly<SourceCode>, name: TSESTree.Identifier, param: TSESTree.Node): PatternStep[] {
  const pattern: PatternStep[] = [];
  let current: TSESTree.Node = name;
  while (current !== param && current.parent) {
    const parent: TSESTree.Node = current.parent;
    if (parent.type === 'Property' && parent.value === current) {
      pattern.push({ key: patternKey(sourceCode, parent) });
    } else if (parent.type === 'ArrayPattern') {
      pattern.push({ element: true });
    } else if (parent.type === 'AssignmentPattern' && parent.left === current) {
      pattern.push({ fallback: parent.right });
    } else if (parent.type === 'RestElement') {
      pattern.push({ rest: true });
    }
    current = parent;
  }
  return pattern;
}

/** Return expressions of a function (not of nested functions or classes); the body of an expression-bodied arrow. */
export function returnedExpressions(fn: AnyFunction, visitorKeys: SourceCode.VisitorKeys): TSESTree.Node[] {
  if (fn.body.type !== 'BlockStatement') return [fn.body];
  const out: TSESTree.Node[] = [];
  walk(fn.body, visitorKeys, (node) => {
    if (isFunction(node) || node.type === 'ClassBody') return false;
    if (node.type === 'ReturnStatement' && node.argument) out.push(node.argument);
    return undefined;
  });
  return out;
}
