/**
 * Server template engines configured to write values unescaped (src/catalog/browser-taint.ts `ESCAPING_OFF_CALLS`,
 * `ESCAPE_FUNCTION_WRITES`): `swig.setDefaults({ autoescape: false })`, `nunjucks.configure({ autoescape: false })`,
 * `Handlebars.compile(src, { noEscape: true })`, `ejs.render(src, data, { escape: (s) => s })`,
 * `Mustache.escape = (s) => s`. Templates themselves are not linted: this reads only the JavaScript-visible switch.
 *
 * Precision: engines also render plain text (code generators, e-mails, YAML), where escaping is off on purpose. A
 * configuration counts only in a file that serves web pages: it has a recognised request handler, or registers a
 * view engine with Express (`app.set('view engine', …)`, `app.engine(…)`).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import {
  ESCAPE_FUNCTION_WRITES,
  ESCAPING_OFF_CALLS,
  VIEW_ENGINE_METHODS,
  VIEW_ENGINE_SETTINGS,
  type EscapingOff,
} from '../catalog/browser-taint.js';
import { getStaticKeyName, isFunction, skipWrappers } from '../ast/ast.js';
import { nodesOfType } from '../ast/node-index.js';
import { argumentsOf, findApiReferences } from '../modules/module-references.js';
import { findProperty } from '../values/object-options.js';
import { resolveExpression, staticString, staticValue } from '../values/static-values.js';
import { findRequestHandlers } from './request-handlers.js';

export interface EscapingOffFinding {
  /** The option's value (or the assigned escape function). */
  readonly node: TSESTree.Node;
  readonly engine: string;
  readonly option: string;
}

/** Engine configurations in this file that turn HTML escaping off, when the file serves web pages. */
export function findEscapingOff(sourceCode: Readonly<SourceCode>, filename?: string): EscapingOffFinding[] {
  const found: EscapingOffFinding[] = [];
  for (const reference of findApiReferences(sourceCode, ESCAPING_OFF_CALLS)) {
    const data = reference.definition.data;
    const args = argumentsOf(reference);
    const options = data.argument === -1 ? args[args.length - 1] : args[data.argument];
    if (!options || options.type === 'SpreadElement') continue;
    const property = findProperty(sourceCode, options, data.option);
    if (property && isUnsafe(sourceCode, property.value, data)) found.push({ node: property.value, engine: data.engine, option: data.option });
  }
  for (const reference of findApiReferences(sourceCode, ESCAPE_FUNCTION_WRITES)) {
    const data = reference.definition.data;
    const assignment = reference.node.parent;
    if (!reference.isWrite || assignment?.type !== 'AssignmentExpression' || assignment.left !== reference.node) continue;
    if (isUnsafe(sourceCode, assignment.right, data)) found.push({ node: assignment.right, engine: data.engine, option: data.option });
  }
  if (found.length === 0 || !servesPages(sourceCode, filename)) return [];
  // A default import matches both `compile` and `default.compile`: one finding per option.
  return found.filter((finding, index) => found.findIndex((other) => other.node === finding.node) === index);
}

function isUnsafe(sourceCode: Readonly<SourceCode>, value: TSESTree.Node, data: EscapingOff): boolean {
  if (data.unsafe === 'identity') return isIdentityFunction(sourceCode, value);
  const known = staticValue(sourceCode, value);
  return known !== null && known.value === data.unsafe;
}

/** `(s) => s`, `function (s) { return s; }`, `(s) => String(s)`, `` (s) => `${s}` ``. */
function isIdentityFunction(sourceCode: Readonly<SourceCode>, value: TSESTree.Node): boolean {
  const fn = skipWrappers(resolveExpression(sourceCode, value));
  if (!isFunction(fn)) return false;
  const param = fn.params[0];
  if (param?.type !== 'Identifier') return false;
  let returned: TSESTree.Node | null | undefined = null;
  if (fn.body.type !== 'BlockStatement') returned = fn.body;
  else if (fn.body.body.length === 1 && fn.body.body[0]!.type === 'ReturnStatement') returned = fn.body.body[0]!.argument;
  if (!returned) return false;
  let inner = skipWrappers(returned);
  if (inner.type === 'CallExpression' && inner.callee.type === 'Identifier' && inner.callee.name === 'String' && inner.arguments.length === 1) {
    inner = skipWrappers(inner.arguments[0]!);
  }
  if (inner.type === 'TemplateLiteral' && inner.expressions.length === 1 && inner.quasis.every((quasi) => quasi.value.cooked === '')) {
    inner = skipWrappers(inner.expressions[0]!);
  }
  return inner.type === 'Identifier' && inner.name === param.name;
}

/** Does the file serve web pages (a request handler, or an Express view engine registration)? */
function servesPages(sourceCode: Readonly<SourceCode>, filename?: string): boolean {
  if (findRequestHandlers(sourceCode, filename).length > 0) return true;
  for (const node of nodesOfType(sourceCode, 'CallExpression')) {
    if (node.callee.type !== 'MemberExpression') continue;
    const method = getStaticKeyName(node.callee.property, node.callee.computed);
    if (method !== null && VIEW_ENGINE_METHODS.has(method) && node.arguments.length >= 2) return true;
    if (method === 'set' && node.arguments[0]) {
      const setting = staticString(sourceCode, node.arguments[0]);
      if (setting !== null && VIEW_ENGINE_SETTINGS.has(setting)) return true;
    }
  }
  return false;
}
