/**
 * Class fields: what `this.name` holds, judged from every write of `name` in the class. The writes are the field
 * initializer (`opts = {...}`) and each `this.name = …` in the constructor, the methods, the field initializers and
 * the arrow functions inside them. An SDK that fills a field in one method and hands it to a client in another
 * (`this.agentOptions = { rejectUnauthorized: false }` … `new https.Agent(this.agentOptions)`) is resolved the same
 * way as a field with an initializer.
 *
 * The field's value is known only when the class writes it once (or every write folds to the same constant), and
 * nothing else in the class may write it: compound assignments, `++`, `delete`, destructuring targets, computed
 * `this[key] = …`, `Object.assign(this, …)` and TypeScript parameter properties make it unknown. A declaration without
 * a value (`private agentOptions!: AgentOptions;`) is no write, and a `null` / `undefined` initializer is the
 * "not set yet" placeholder when the class assigns the field elsewhere. Writes from outside the class
 * (`client.agentOptions = …`) and through aliases of `this` are not seen, as for module constants.
 *
 * Results are cached per class body (an AST node of the file being linted), so each class is walked once.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { getStaticKeyName, skipWrappers, skipWrappersUp, walk } from '../ast/ast.js';
import { getStaticValue } from '../ast/eslint-utils.js';

/** How the class writes one field name: the written values, or `unknown` when some write cannot be followed. */
interface FieldWrites {
  readonly values: TSESTree.Expression[];
  /** A `null` / `undefined` initializer, kept apart so it only counts when nothing else writes the field. */
  placeholder: TSESTree.Expression | null;
  unknown: boolean;
}

interface ClassWrites {
  readonly fields: Map<string, FieldWrites>;
  /** `Object.assign(this, …)` or `this[key] = …` with a dynamic key: any field may be written. */
  readonly anyField: boolean;
}

const cache = new WeakMap<TSESTree.ClassBody, ClassWrites>();

/**
 * The class body whose instance `this` stands for at `node`, or `null` when `this` is something else there: a plain
 * function or object method rebinds it, and static members and static blocks see the class itself.
 */
export function instanceClassOf(node: TSESTree.Node): TSESTree.ClassBody | null {
  let current: TSESTree.Node | undefined = node.parent;
  while (current) {
    switch (current.type) {
      case 'ClassBody':
        return current;
      case 'StaticBlock':
      case 'FunctionDeclaration':
        return null;
      case 'FunctionExpression': {
        const owner = current.parent;
        if (owner?.type !== 'MethodDefinition' && owner?.type !== 'PropertyDefinition') return null;
        if (owner.static) return null;
        current = owner.parent;
        continue;
      }
      case 'PropertyDefinition':
      case 'MethodDefinition':
        if (current.static) return null;
        break;
      default:
        break;
    }
    current = current.parent;
  }
  return null;
}

function isPlaceholder(value: TSESTree.Expression): boolean {
  const inner = skipWrappers(value);
  if (inner.type === 'Literal') return inner.value === null && !('regex' in inner && inner.regex);
  if (inner.type === 'Identifier') return inner.name === 'undefined';
  return inner.type === 'UnaryExpression' && inner.operator === 'void';
}

function classWrites(sourceCode: Readonly<SourceCode>, classBody: TSESTree.ClassBody): ClassWrites {
  const cached = cache.get(classBody);
  if (cached) return cached;
  const fields = new Map<string, FieldWrites>();
  let anyField = false;
  const entry = (name: string): FieldWrites => {
    let found = fields.get(name);
    if (!found) {
      found = { values: [], placeholder: null, unknown: false };
      fields.set(name, found);
    }
    return found;
  };

  for (const element of classBody.body) {
    if (element.type === 'PropertyDefinition' && !element.static && element.value) {
      const name = getStaticKeyName(element.key, element.computed);
      if (name === null) continue;
      if (isPlaceholder(element.value)) entry(name).placeholder = element.value;
      else entry(name).values.push(element.value);
    }
    if (element.type === 'MethodDefinition' && element.kind === 'constructor') {
      for (const param of element.value.params) {
        if (param.type !== 'TSParameterProperty') continue;
        const bound = param.parameter.type === 'AssignmentPattern' ? param.parameter.left : param.parameter;
        if (bound.type === 'Identifier') entry(bound.name).unknown = true;
      }
    }
  }

  walk(classBody, sourceCode.visitorKeys, (node) => {
    // A nested class has its own `this`.
    if (node !== classBody && node.type === 'ClassBody') return false;
    if (node.type === 'CallExpression') {
      // `Object.assign(this, options)` may set any field.
      const callee = skipWrappers(node.callee);
      if (
        callee.type === 'MemberExpression' &&
        callee.object.type === 'Identifier' &&
        callee.object.name === 'Object' &&
        getStaticKeyName(callee.property, callee.computed) === 'assign' &&
        node.arguments[0] &&
        skipWrappers(node.arguments[0]).type === 'ThisExpression'
      ) {
        anyField = true;
      }
      return undefined;
    }
    if (node.type !== 'MemberExpression' || skipWrappers(node.object).type !== 'ThisExpression') return undefined;
    const outer = skipWrappersUp(node);
    const parent = outer.parent;
    if (!parent) return undefined;
    const name = getStaticKeyName(node.property, node.computed);
    let kind: 'value' | 'unknown' | null = null;
    if (parent.type === 'AssignmentExpression' && parent.left === outer) {
      kind = parent.operator === '=' ? 'value' : 'unknown';
    } else if (
      parent.type === 'UpdateExpression' ||
      (parent.type === 'UnaryExpression' && parent.operator === 'delete') ||
      // Destructuring targets: `[this.a] = …`, `({ k: this.a } = …)`, `for (this.a of …)`, defaults and rests.
      parent.type === 'ArrayPattern' ||
      parent.type === 'RestElement' ||
      (parent.type === 'AssignmentPattern' && parent.left === outer) ||
      (parent.type === 'Property' && parent.value === outer && parent.parent.type === 'ObjectPattern') ||
      ((parent.type === 'ForOfStatement' || parent.type === 'ForInStatement') && parent.left === outer)
    ) {
      kind = 'unknown';
    }
    if (!kind) return undefined;
    if (name === null) {
      anyField = true;
      return undefined;
    }
    if (kind === 'unknown') entry(name).unknown = true;
    else entry(name).values.push((parent as TSESTree.AssignmentExpression).right);
    return undefined;
  });

  const result: ClassWrites = { fields, anyField };
  cache.set(classBody, result);
  return result;
}

/** True when every write folds to the same known primitive constant. */
function agreeingConstant(sourceCode: Readonly<SourceCode>, values: readonly TSESTree.Expression[]): boolean {
  let first: { value: unknown } | null = null;
  for (const value of values) {
    let folded: { value: unknown } | null;
    try {
      folded = getStaticValue(value, sourceCode.getScope(value));
    } catch {
      folded = null;
    }
    if (!folded || (typeof folded.value === 'object' && folded.value !== null) || typeof folded.value === 'function') {
      return false;
    }
    if (first && !Object.is(first.value, folded.value)) return false;
    first ??= folded;
  }
  return true;
}

/**
 * The expressions the class writes into instance field `name`, or `null` when some write cannot be followed.
 * An empty list means the class never gives the field a value.
 */
export function instanceFieldWrites(
  sourceCode: Readonly<SourceCode>,
  classBody: TSESTree.ClassBody,
  name: string,
): readonly TSESTree.Expression[] | null {
  const writes = classWrites(sourceCode, classBody);
  if (writes.anyField) return null;
  const field = writes.fields.get(name);
  if (!field) return [];
  if (field.unknown) return null;
  if (field.values.length > 0) return field.values;
  return field.placeholder ? [field.placeholder] : [];
}

/**
 * `this.name` → the single expression the instance field holds: its only write (the initializer or one
 * `this.name = …` anywhere in the class), or the first of several writes that all fold to the same constant.
 * `null` when the field is written differently in several places, written in a way that cannot be followed, never
 * written, or when `this` is not the class instance.
 */
export function resolveClassField(
  sourceCode: Readonly<SourceCode>,
  member: TSESTree.MemberExpression,
): TSESTree.Expression | null {
  if (skipWrappers(member.object).type !== 'ThisExpression') return null;
  const name = getStaticKeyName(member.property, member.computed);
  if (name === null) return null;
  const classBody = instanceClassOf(member);
  if (!classBody) return null;
  const values = instanceFieldWrites(sourceCode, classBody, name);
  if (!values || values.length === 0) return null;
  if (values.length === 1 || agreeingConstant(sourceCode, values)) return values[0]!;
  return null;
}
