/**
 * `v-html` bindings in Vue single-file component templates (vue-eslint-parser puts the `<template>` on
 * `Program.templateBody`): the bound expression is evaluated against the component's script with the taint
 * analysis — `$route.query.x` directly, a `<script setup>` binding (`const msg = computed(() => route.query.msg)`),
 * or an Options API computed getter or `data()` field (`computed: { msg() { return this.$route.query.msg } }`).
 * Calls in the template (`v-html="sanitize(msg)"`) and props are not followed: unknown means no report.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { BROWSER_ROOT_SOURCES, VUE_COMPONENT_DEFINERS, VUE_HTML_DIRECTIVES, VUE_TEMPLATE_ROOTS } from '../catalog/browser-taint.js';
import { getStaticKeyName, isFunction, skipWrappers } from '../ast/ast.js';
import { propertyKey } from '../values/object-options.js';
import { callbackReturns } from './browser-sources.js';
import type { TaintAnalysis, Tainted } from './taint.js';
import { CHAIN_LENGTH } from '../values/budget.js';

export interface TemplateHtmlFinding {
  /** The bound expression in the template. */
  readonly node: TSESTree.Node;
  readonly taint: Tainted;
}

/** Minimal shape of vue-eslint-parser's template nodes. */
interface VNode {
  readonly type: string;
  readonly children?: readonly VNode[];
  readonly startTag?: { readonly attributes: readonly VNode[] };
  readonly directive?: boolean;
  readonly key?: { readonly name?: { readonly name?: string } };
  readonly value?: { readonly type: string; readonly expression?: TSESTree.Node | null } | null;
}

/** Every `v-html` expression of the template whose value carries browser or request data unsafe for HTML. */
export function findTemplateHtmlSinks(sourceCode: Readonly<SourceCode>, analysis: TaintAnalysis): TemplateHtmlFinding[] {
  const template = (sourceCode.ast as { templateBody?: VNode }).templateBody;
  if (!template) return [];
  const expressions: TSESTree.Node[] = [];
  const stack: VNode[] = [template];
  while (stack.length > 0) {
    const element = stack.pop()!;
    for (const attribute of element.startTag?.attributes ?? []) {
      const name = attribute.key?.name?.name;
      const expression = attribute.value?.type === 'VExpressionContainer' ? attribute.value.expression : null;
      if (attribute.directive && name !== undefined && VUE_HTML_DIRECTIVES.has(name) && expression) expressions.push(expression);
    }
    for (const child of element.children ?? []) if (child.type === 'VElement') stack.push(child);
  }
  if (expressions.length === 0) return [];
  const evaluator = new TemplateEvaluator(sourceCode, analysis);
  const findings: TemplateHtmlFinding[] = [];
  for (const expression of expressions) {
    const taint = evaluator.value(expression, 0);
    if (taint && !taint.cleared.has('html')) findings.push({ node: expression, taint });
  }
  return findings.sort((a, b) => a.node.range[0] - b.node.range[0]);
}

class TemplateEvaluator {
  private component: TSESTree.ObjectExpression | null | undefined;

  constructor(
    private readonly sourceCode: Readonly<SourceCode>,
    private readonly analysis: TaintAnalysis,
  ) {}

  value(node: TSESTree.Node, depth: number): Tainted | null {
    if (depth > CHAIN_LENGTH) return null;
    const inner = skipWrappers(node);
    switch (inner.type) {
      case 'Identifier':
        return this.binding(inner.name);
      case 'MemberExpression':
        return this.member(inner, depth);
      case 'BinaryExpression':
        return inner.operator === '+' ? this.first([inner.left, inner.right], depth) : null;
      case 'TemplateLiteral':
        return this.first(inner.expressions, depth);
      case 'LogicalExpression':
        return inner.operator === '&&' ? this.value(inner.right, depth + 1) : this.first([inner.left, inner.right], depth);
      case 'ConditionalExpression':
        return this.first([inner.consequent, inner.alternate], depth);
      default:
        return null;
    }
  }

  private first(nodes: readonly TSESTree.Node[], depth: number): Tainted | null {
    for (const node of nodes) {
      const value = this.value(node, depth + 1);
      if (value && !value.cleared.has('html')) return value;
    }
    return null;
  }

  /** `$route.query.q` (template root) or `state.msg` (member of a tainted binding). */
  private member(node: TSESTree.MemberExpression, depth: number): Tainted | null {
    const keys: string[] = [];
    let current: TSESTree.Node = node;
    while (current.type === 'MemberExpression') {
      const key = getStaticKeyName(current.property, current.computed);
      keys.unshift(key ?? '[…]');
      current = skipWrappers(current.object);
    }
    if (current.type === 'Identifier' && Object.prototype.hasOwnProperty.call(VUE_TEMPLATE_ROOTS, current.name)) {
      const sources = BROWSER_ROOT_SOURCES[VUE_TEMPLATE_ROOTS[current.name]!];
      const source = sources.find((candidate) => !candidate.call && candidate.path.every((part, index) => keys[index] === part));
      if (!source) return null;
      return { type: 'tainted', label: [current.name, ...keys].join('.'), cleared: new Set(), whole: false };
    }
    const base = this.value(node.object, depth + 1);
    if (!base || keys[keys.length - 1] === 'length') return null;
    return { ...base, whole: false };
  }

  /** The value of a name the template can see: a `<script setup>` binding or an Options API computed/data member. */
  private binding(name: string): Tainted | null {
    const scriptBinding = this.scriptSetupVariable(name);
    if (scriptBinding) {
      const identifier = scriptBinding.defs[0]?.name;
      const value = identifier ? this.analysis.valueOf(identifier) : null;
      return value?.type === 'tainted' ? value : null;
    }
    const component = this.componentObject();
    if (!component) return null;
    const values: TSESTree.Node[] = [];
    for (const section of component.properties) {
      if (section.type !== 'Property') continue;
      const sectionName = propertyKey(this.sourceCode, section);
      if (sectionName === 'computed') values.push(...this.computedReturns(section.value, name));
      if (sectionName === 'data') values.push(...this.dataFields(section.value, name));
    }
    for (const value of values) {
      const result = this.analysis.valueOf(value);
      if (result?.type === 'tainted' && !result.cleared.has('html')) return result;
    }
    return null;
  }

  private scriptSetupVariable(name: string): Scope.Variable | null {
    const global = this.sourceCode.scopeManager?.globalScope;
    if (!global) return null;
    for (const scope of [global, ...global.childScopes.filter((child) => child.type === 'module')]) {
      const variable = scope.set.get(name);
      if (variable && variable.defs.length > 0) return variable;
    }
    return null;
  }

  /** `export default { … }` or `export default defineComponent({ … })`. */
  private componentObject(): TSESTree.ObjectExpression | null {
    if (this.component !== undefined) return this.component;
    this.component = null;
    for (const statement of (this.sourceCode.ast as TSESTree.Program).body) {
      if (statement.type !== 'ExportDefaultDeclaration') continue;
      let value: TSESTree.Node = skipWrappers(statement.declaration);
      if (value.type === 'CallExpression' && value.callee.type === 'Identifier' && VUE_COMPONENT_DEFINERS.includes(value.callee.name) && value.arguments[0]) {
        value = skipWrappers(value.arguments[0]);
      }
      if (value.type === 'ObjectExpression') this.component = value;
    }
    return this.component;
  }

  /** `computed: { name() { return … } }`, `name: () => …`, `name: { get() { return … } }`. */
  private computedReturns(section: TSESTree.Node, name: string): TSESTree.Node[] {
    const object = skipWrappers(section);
    if (object.type !== 'ObjectExpression') return [];
    for (const property of object.properties) {
      if (property.type !== 'Property' || propertyKey(this.sourceCode, property) !== name) continue;
      let getter: TSESTree.Node = skipWrappers(property.value);
      if (getter.type === 'ObjectExpression') {
        const get = getter.properties.find((entry) => entry.type === 'Property' && propertyKey(this.sourceCode, entry) === 'get');
        if (!get || get.type !== 'Property') return [];
        getter = get.value;
      }
      return callbackReturns(getter, this.sourceCode.visitorKeys);
    }
    return [];
  }

  /** `data() { return { name: … } }`: the field's initial value. */
  private dataFields(section: TSESTree.Node, name: string): TSESTree.Node[] {
    const fn = skipWrappers(section);
    if (!isFunction(fn)) return [];
    const out: TSESTree.Node[] = [];
    for (const returned of callbackReturns(fn, this.sourceCode.visitorKeys)) {
      const object = skipWrappers(returned);
      if (object.type !== 'ObjectExpression') continue;
      for (const property of object.properties) {
        if (property.type === 'Property' && propertyKey(this.sourceCode, property) === name) out.push(property.value);
      }
    }
    return out;
  }
}
