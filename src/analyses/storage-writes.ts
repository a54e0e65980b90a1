/**
 * Persistent-storage writes in a file: ORM/driver/cache/file/browser-storage calls from `src/catalog/storage.ts`,
 * resolved through imports and instances, plus what a trace map cannot express:
 * - Prisma model calls (`prisma.<anyModel>.create({ data })`) from reads of a tracked `PrismaClient`, and from
 *   members named `prisma` (`this.prisma.card.create`, the NestJS `PrismaService` pattern);
 * - members typed with a catalogued type (`private repo: Repository<Card>`, `Model<CardDocument>`);
 * - subclasses of ORM base classes (`class Card extends Model {}` → `Card.create(...)`);
 * - TypeORM entity classes (`@Entity()` with `@Column()` properties) as schema definitions;
 * - Sequelize models defined in the `(sequelize, DataTypes) => sequelize.define('Card', { … })` module shape that
 *   sequelize-cli generates (both names are parameters there, so no import resolves them);
 * - server sessions: `req.session.cardNumber = …`, `req.session = { … }` (cookie-session), Koa `ctx.session.x = …`;
 * - cookies set on a handler's response: Express `res.cookie(name, value)`, Fastify `reply.setCookie(name, value)`.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '../ast/eslint-utils.js';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import {
  MODEL_BASE_CLASSES,
  PRISMA_FAMILY,
  PRISMA_STORE,
  PRISMA_WRITE_METHODS,
  STORAGE_SINKS,
  TYPED_STORAGE_FAMILIES,
  TYPEORM_COLUMN_DECORATORS,
  TYPEORM_ENTITY_DECORATORS,
  type StorageCategory,
  type StorageSink,
} from '../catalog/storage.js';
import { decoratorsOf, getStaticKeyName, isFunction, skipWrappers, type AnyFunction } from '../ast/ast.js';
import { nodesOfType, nodesOfTypes } from '../ast/node-index.js';
import { isNamedRequest } from '../requests/request-values.js';
import { handlerParamOf } from '../requests/response-sinks.js';
import { findApiReferences, type ApiDefinition } from '../modules/module-references.js';
import { splitName } from '../values/names.js';
import { findProperty } from '../values/object-options.js';
import { familyOfTypedValue, importSource } from '../modules/typed-members.js';
import { CHAIN_LENGTH } from '../values/budget.js';

export { importSource } from '../modules/typed-members.js';
import {
  argumentFor,
  enclosingSummarisedFunction,
  findProjectCalls,
  functionSummary,
  parameterPassingCalls,
  parametersIn,
  throughCall,
  type ProjectCall,
  type ProjectFunction,
} from '../modules/project-functions.js';
import { mayHandOnSensitiveData } from './sensitive-data.js';

export interface StorageWrite {
  /** The call, construction, assignment or schema declaration. */
  readonly node: TSESTree.Node;
  readonly store: string;
  readonly category: StorageCategory;
  /** Expressions whose values are persisted. */
  readonly values: readonly TSESTree.Node[];
  /** A static name the value is stored under (`localStorage.setItem('cvv', v)`, a Redis hash field) and that value. */
  readonly fieldName?: { readonly node: TSESTree.Node; readonly name: string; readonly value: TSESTree.Node | null };
  /** Raw SQL statement and its parameters. */
  readonly sql?: { readonly text: TSESTree.Node; readonly params: TSESTree.Node | null };
  /** Schema definition: keys of `values` (or `columns`) declare stored columns. */
  readonly schema: boolean;
  /** Columns declared by a class-based schema (TypeORM `@Column()` properties). */
  readonly columns?: readonly { readonly node: TSESTree.Node; readonly name: string }[];
}


/** Sink definitions by instance family, for matching calls reached outside the tracker. */
const definitionsByFamily = new Map<string, ApiDefinition<StorageSink>[]>();
for (const definition of STORAGE_SINKS) {
  if (!('instance' in definition.from)) continue;
  const list = definitionsByFamily.get(definition.from.instance) ?? [];
  list.push(definition);
  definitionsByFamily.set(definition.from.instance, list);
}

function staticStringOf(node: TSESTree.Node | undefined): string | null {
  if (!node) return null;
  const inner = skipWrappers(node);
  if (inner.type === 'Literal' && typeof inner.value === 'string') return inner.value;
  if (inner.type === 'TemplateLiteral' && inner.expressions.length === 0) return inner.quasis[0]?.value.cooked ?? null;
  return null;
}

function argumentList(node: TSESTree.Node): readonly TSESTree.Node[] {
  return node.type === 'CallExpression' || node.type === 'NewExpression' ? node.arguments : [];
}

function buildWrite(sourceCode: Readonly<SourceCode>, node: TSESTree.Node, sinkData: StorageSink): StorageWrite | null {
  const args = argumentList(node);
  const positions = sinkData.values === 'all' ? args.map((_, index) => index) : sinkData.values;
  const values: TSESTree.Node[] = [];
  for (const position of positions) {
    const argument = args[position];
    if (!argument || argument.type === 'SpreadElement') continue;
    if (sinkData.dataKeys) {
      for (const key of sinkData.dataKeys) {
        const found = findProperty(sourceCode, argument, key);
        if (found) values.push(found.value);
      }
    } else {
      values.push(argument);
    }
  }
  const nameNode = sinkData.nameArg === undefined ? undefined : args[sinkData.nameArg];
  const name = staticStringOf(nameNode);
  const sqlText = sinkData.sql ? args[sinkData.sql.text] : undefined;
  if (values.length === 0 && !sqlText) return null;
  return {
    node,
    store: sinkData.store,
    category: sinkData.category,
    values,
    ...(name !== null && nameNode
      ? { fieldName: { node: nameNode, name, value: args[sinkData.nameArg! + 1] ?? null } }
      : {}),
    ...(sqlText && sinkData.sql
      ? { sql: { text: sqlText, params: (sinkData.sql.params !== undefined ? args[sinkData.sql.params] : undefined) ?? null } }
      : {}),
    schema: sinkData.schema === true,
  };
}

/**
 * From a node holding an instance of `family`, climb its member chain to a call/construction and match the
 * family's definitions (`repo` → `repo.save(…)`). Prisma's arbitrary model segment is handled separately.
 */
function matchFamilyCall(root: TSESTree.Node, family: string): { node: TSESTree.Node; data: StorageSink } | null {
  if (family === PRISMA_FAMILY) return null;
  const definitions = definitionsByFamily.get(family);
  if (!definitions) return null;
  const path: string[] = [];
  let current: TSESTree.Node = root;
  for (let depth = 0; depth < CHAIN_LENGTH; depth++) {
    const parent = current.parent;
    if (!parent) return null;
    if (parent.type === 'MemberExpression' && parent.object === current) {
      const key = getStaticKeyName(parent.property, parent.computed);
      if (key === null) return null;
      path.push(key);
      current = parent;
      continue;
    }
    if (parent.type === 'ChainExpression' || parent.type === 'TSNonNullExpression') {
      current = parent;
      continue;
    }
    const kind =
      parent.type === 'CallExpression' && parent.callee === current
        ? 'call'
        : parent.type === 'NewExpression' && parent.callee === current
          ? 'construct'
          : null;
    if (!kind) return null;
    const definition = definitions.find(
      (candidate) =>
        candidate.kind === kind &&
        candidate.path.length === path.length &&
        candidate.path.every((segment, index) => segment === path[index]),
    );
    return definition ? { node: parent, data: definition.data } : null;
  }
  return null;
}

/** `prisma.card.create({ data })` from the node holding the client. */
function matchPrismaCall(sourceCode: Readonly<SourceCode>, root: TSESTree.Node): StorageWrite | null {
  const model = root.parent;
  if (model?.type !== 'MemberExpression' || model.object !== root) return null;
  const modelName = getStaticKeyName(model.property, model.computed);
  if (modelName === null || modelName.startsWith('$')) return null;
  const method = model.parent;
  if (method?.type !== 'MemberExpression' || method.object !== model) return null;
  const methodName = getStaticKeyName(method.property, method.computed);
  if (methodName === null || !Object.hasOwn(PRISMA_WRITE_METHODS, methodName)) return null;
  const call = method.parent;
  if (call?.type !== 'CallExpression' || call.callee !== method) return null;
  return buildWrite(sourceCode, call, {
    store: PRISMA_STORE,
    category: 'database',
    values: [0],
    dataKeys: PRISMA_WRITE_METHODS[methodName],
  });
}

function hasPrismaName(node: TSESTree.Node): boolean {
  const name =
    node.type === 'Identifier'
      ? node.name
      : node.type === 'MemberExpression' && node.object.type === 'ThisExpression'
        ? getStaticKeyName(node.property, node.computed)
        : null;
  return name !== null && splitName(name).includes('prisma');
}

/** Decorator callee name when it is imported from `module` (`@Column()` from typeorm). */
function decoratorFrom(sourceCode: Readonly<SourceCode>, decorator: TSESTree.Decorator, module: string): string | null {
  const expression = skipWrappers(decorator.expression);
  const callee = expression.type === 'CallExpression' ? skipWrappers(expression.callee) : expression;
  if (callee.type !== 'Identifier') return null;
  const source = importSource(sourceCode, callee);
  return source && source.module === module ? source.imported : null;
}

/**
 * Identifier uses of the variable a value is bound to (`const db = globalThis.db ?? new PrismaClient()`,
 * `const conn = await mysql.createConnection()`).
 */
function usesOfBoundValue(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): TSESTree.Node[] {
  let current: TSESTree.Node = node;
  while (
    current.parent &&
    (current.parent.type === 'LogicalExpression' ||
      current.parent.type === 'AwaitExpression' ||
      (current.parent.type === 'ConditionalExpression' && current.parent.test !== current) ||
      current.parent.type === 'TSAsExpression' ||
      current.parent.type === 'TSNonNullExpression' ||
      current.parent.type === 'TSSatisfiesExpression')
  ) {
    current = current.parent;
  }
  const declarator = current.parent;
  if (declarator?.type !== 'VariableDeclarator' || declarator.init !== current || declarator.id.type !== 'Identifier') return [];
  const variable = findVariable(sourceCode.getScope(declarator), declarator.id);
  if (!variable) return [];
  return variable.references
    .filter((reference) => reference.isRead())
    .map((reference) => reference.identifier as TSESTree.Node);
}

/** Classes whose `extends` clause uses the base-class reference (direct, imported binding or destructured). */
function classesExtending(
  sourceCode: Readonly<SourceCode>,
  node: TSESTree.Node,
): (TSESTree.ClassDeclaration | TSESTree.ClassExpression)[] {
  const direct = (candidate: TSESTree.Node): (TSESTree.ClassDeclaration | TSESTree.ClassExpression)[] => {
    const parent = candidate.parent;
    return (parent?.type === 'ClassDeclaration' || parent?.type === 'ClassExpression') && parent.superClass === candidate
      ? [parent]
      : [];
  };
  let variables: readonly { references: readonly { identifier: unknown }[] }[];
  if (node.type === 'ImportSpecifier' || node.type === 'ImportDefaultSpecifier' || node.type === 'ImportNamespaceSpecifier') {
    variables = sourceCode.scopeManager?.getDeclaredVariables(node) ?? [];
  } else if (node.type === 'Property' && node.value.type === 'Identifier') {
    const variable = findVariable(sourceCode.getScope(node), node.value);
    variables = variable ? [variable] : [];
  } else {
    return direct(node);
  }
  return variables.flatMap((variable) => variable.references.flatMap((reference) => direct(reference.identifier as TSESTree.Node)));
}

const SESSION_STORE = 'the session';
const COOKIE_STORE = 'a cookie';
/** Response methods that set a cookie: Express `res.cookie(name, value)`, Fastify `reply.setCookie(name, value)`. */
const RESPONSE_COOKIE_METHODS = new Set(['cookie', 'setCookie']);
const DATA_TYPES_PARAMS = new Set(['DataTypes', 'dataTypes', 'Sequelize']);

/** `ctx` of a Koa handler (or a parameter named `ctx`): `ctx.session` is the Koa session. */
function isSessionOwner(sourceCode: Readonly<SourceCode>, node: TSESTree.Node): boolean {
  const inner = skipWrappers(node);
  if (isNamedRequest(inner)) return true;
  if (inner.type !== 'Identifier') return false;
  if (inner.name === 'ctx') return true;
  return handlerParamOf(sourceCode, inner, undefined)?.role === 'context';
}

/** `req.session.cardNumber = v`, `req.session.checkout = { … }`, `req.session = { … }`, `ctx.session.card = v`. */
function sessionWrite(sourceCode: Readonly<SourceCode>, assignment: TSESTree.AssignmentExpression): StorageWrite | null {
  if (assignment.operator !== '=') return null;
  const left = skipWrappers(assignment.left);
  const keys: string[] = [];
  let current: TSESTree.Node = left;
  for (let depth = 0; depth < CHAIN_LENGTH && current.type === 'MemberExpression'; depth++) {
    const key = getStaticKeyName(current.property, current.computed);
    if (key === null) return null;
    if (key === 'session' && isSessionOwner(sourceCode, current.object)) {
      const field = keys.at(-1);
      return {
        node: assignment,
        store: SESSION_STORE,
        category: 'session',
        values: [assignment.right],
        ...(field === undefined ? {} : { fieldName: { node: left, name: field, value: assignment.right } }),
        schema: false,
      };
    }
    keys.unshift(key);
    current = skipWrappers(current.object);
  }
  return null;
}

/** `res.cookie('card', value)` on a handler's response parameter. */
function responseCookieWrite(sourceCode: Readonly<SourceCode>, call: TSESTree.CallExpression): StorageWrite | null {
  const callee = skipWrappers(call.callee);
  if (callee.type !== 'MemberExpression') return null;
  const method = getStaticKeyName(callee.property, callee.computed);
  if (method === null || !RESPONSE_COOKIE_METHODS.has(method)) return null;
  const owner = skipWrappers(callee.object);
  if (owner.type !== 'Identifier' || handlerParamOf(sourceCode, owner, undefined)?.role !== 'response') return null;
  const [nameNode, value] = call.arguments;
  if (!nameNode || !value || value.type === 'SpreadElement') return null;
  const name = staticStringOf(nameNode);
  return {
    node: call,
    store: COOKIE_STORE,
    category: 'cookie',
    values: [value],
    ...(name === null ? {} : { fieldName: { node: nameNode, name, value } }),
    schema: false,
  };
}

/** `sequelize.define('Card', attributes)` where `sequelize` is a parameter next to a `DataTypes` parameter. */
function sequelizeModuleDefine(sourceCode: Readonly<SourceCode>, call: TSESTree.CallExpression): StorageWrite | null {
  const callee = skipWrappers(call.callee);
  if (callee.type !== 'MemberExpression' || getStaticKeyName(callee.property, callee.computed) !== 'define') return null;
  const owner = skipWrappers(callee.object);
  const [modelName, attributes] = call.arguments;
  if (owner.type !== 'Identifier' || !attributes || staticStringOf(modelName) === null) return null;
  const definition = findVariable(sourceCode.getScope(owner), owner)?.defs[0];
  if (definition?.type !== 'Parameter' || !isFunction(definition.node)) return null;
  const hasDataTypes = definition.node.params.some(
    (param) => param.type === 'Identifier' && param !== definition.name && DATA_TYPES_PARAMS.has(param.name),
  );
  if (!hasDataTypes) return null;
  return { node: call, store: 'Sequelize', category: 'database', values: [attributes], schema: true };
}

const writesCache = new WeakMap<object, StorageWrite[]>();

/** Session assignments, response cookies and sequelize-cli `define` calls. */
const SESSION_COOKIE_TYPES = ['AssignmentExpression', 'CallExpression'] as const;
/** Classes (TypeORM entities). */
const CLASS_TYPES = ['ClassDeclaration', 'ClassExpression'] as const;

/** Every persistent-storage write in the file, in source order. */
export function findStorageWrites(sourceCode: Readonly<SourceCode>): readonly StorageWrite[] {
  const cached = writesCache.get(sourceCode);
  if (cached) return cached;
  const writes = [...directStorageWrites(sourceCode)];
  const seen = new Set<TSESTree.Node>(writes.map((write) => write.node));
  // Calls of project functions that store what they are given (`vault.saveCard(req.body.card)`).
  for (const projectCall of findProjectCalls(sourceCode)) {
    if (seen.has(projectCall.call) || !mayHandOnSensitiveData(sourceCode, projectCall.call)) continue;
    const write = projectStorageWrite(sourceCode, projectCall);
    if (!write) continue;
    seen.add(write.node);
    writes.push(write);
  }
  writes.sort((a, b) => a.node.range[0] - b.node.range[0]);
  writesCache.set(sourceCode, writes);
  return writes;
}

/** A call of a project function that stores some of its parameters: the arguments they receive. */
function projectStorageWrite(sourceCode: Readonly<SourceCode>, projectCall: ProjectCall): StorageWrite | null {
  const { call } = projectCall;
  const target = projectCall.target();
  if (!target) return null;
  const stored = storedParameters(target);
  const values = stored.flatMap((entry) => argumentFor(call, entry.parameter) ?? []);
  if (values.length === 0) return null;
  return { node: call, store: throughCall(sourceCode, target, stored[0]!.store), category: stored[0]!.category, values, schema: false };
}

const directWritesCache = new WeakMap<object, StorageWrite[]>();

/** The persistent-storage writes of a file other than calls of project functions, in source order. */
function directStorageWrites(sourceCode: Readonly<SourceCode>): readonly StorageWrite[] {
  const cached = directWritesCache.get(sourceCode);
  if (cached) return cached;
  const writes: StorageWrite[] = [];
  const seen = new Set<TSESTree.Node>();
  const push = (write: StorageWrite | null): void => {
    if (!write || seen.has(write.node)) return;
    seen.add(write.node);
    writes.push(write);
  };

  for (const reference of findApiReferences(sourceCode, STORAGE_SINKS)) {
    const { node, definition } = reference;
    const data = definition.data;
    if (definition.returns === PRISMA_FAMILY) {
      // `const prisma = new PrismaClient()` / `globalThis.prisma ?? new PrismaClient()`: model calls on its uses.
      for (const use of usesOfBoundValue(sourceCode, node)) push(matchPrismaCall(sourceCode, use));
      continue;
    }
    if (definition.kind === 'read') {
      // `document.cookie = …`
      if (reference.isWrite && node.parent?.type === 'AssignmentExpression' && node.parent.left === node) {
        push({ node: node.parent, store: data.store, category: data.category, values: [node.parent.right], schema: false });
      }
      continue;
    }
    if (definition.returns && node.parent?.type === 'AwaitExpression') {
      // `const conn = await mysql.createConnection()`, `const db = await openDB()`: the tracker stops at `await`.
      for (const use of usesOfBoundValue(sourceCode, node)) {
        const match = matchFamilyCall(use, definition.returns);
        if (match) push(buildWrite(sourceCode, match.node, match.data));
      }
    }
    if (data.values !== 'all' && data.values.length === 0 && !data.sql) continue;
    push(buildWrite(sourceCode, node, data));
  }

  // Subclasses of ORM base classes: `class Card extends Model {}` → `Card.create(…)`.
  for (const reference of findApiReferences(sourceCode, MODEL_BASE_CLASSES)) {
    for (const classNode of classesExtending(sourceCode, reference.node)) {
      const id = classNode.id;
      if (!id) continue;
      // The class binding in the enclosing scope (and the inner one visible inside the class body).
      for (const variable of sourceCode.scopeManager?.getDeclaredVariables(classNode) ?? []) {
        for (const use of variable.references) {
          if (use.identifier === id) continue;
          const match = matchFamilyCall(use.identifier as TSESTree.Node, reference.definition.data);
          if (match) push(buildWrite(sourceCode, match.node, match.data));
        }
      }
    }
  }

  // Typed members and Prisma clients by name.
  const text = sourceCode.text;
  const mayHaveTyped = TYPED_STORAGE_FAMILIES.some((entry) => text.includes(entry.type)) || /prisma/i.test(text);
  if (mayHaveTyped) {
    for (const node of nodesOfType(sourceCode, 'MemberExpression')) {
      const object = skipWrappers(node.object);
      if (object.type !== 'Identifier' && !(object.type === 'MemberExpression' && object.object.type === 'ThisExpression')) continue;
      const family = familyOfTypedValue(sourceCode, object, TYPED_STORAGE_FAMILIES);
      if (family === PRISMA_FAMILY || (family === null && hasPrismaName(object))) {
        push(matchPrismaCall(sourceCode, object));
        continue;
      }
      if (family) {
        const match = matchFamilyCall(object, family);
        if (match) push(buildWrite(sourceCode, match.node, match.data));
      }
    }
  }

  // Sessions, response cookies and sequelize-cli model modules.
  const hasSession = text.includes('session');
  const hasCookie = /cookie/i.test(text);
  const hasDefine = text.includes('.define(') && /DataTypes|Sequelize/.test(text);
  if (hasSession || hasCookie || hasDefine) {
    for (const node of nodesOfTypes(sourceCode, SESSION_COOKIE_TYPES)) {
      if (node.type === 'AssignmentExpression' && hasSession) push(sessionWrite(sourceCode, node));
      else if (node.type === 'CallExpression') {
        if (hasCookie) push(responseCookieWrite(sourceCode, node));
        if (hasDefine) push(sequelizeModuleDefine(sourceCode, node));
      }
    }
  }

  // TypeORM entity classes: `@Entity() class Card { @Column() cvv: string }`.
  if (text.includes('typeorm')) {
    for (const node of nodesOfTypes(sourceCode, CLASS_TYPES)) {
      const isEntity = decoratorsOf(node).some((decorator) => {
        const name = decoratorFrom(sourceCode, decorator, 'typeorm');
        return name !== null && TYPEORM_ENTITY_DECORATORS.includes(name);
      });
      if (!isEntity) continue;
      const columns: { node: TSESTree.Node; name: string }[] = [];
      for (const element of node.body.body) {
        if (element.type !== 'PropertyDefinition') continue;
        const name = getStaticKeyName(element.key, element.computed);
        if (name === null) continue;
        const isColumn = decoratorsOf(element).some((decorator) => {
          const decoratorName = decoratorFrom(sourceCode, decorator, 'typeorm');
          return decoratorName !== null && TYPEORM_COLUMN_DECORATORS.includes(decoratorName);
        });
        if (isColumn) columns.push({ node: element.key, name });
      }
      if (columns.length > 0) {
        push({ node, store: 'TypeORM', category: 'database', values: [], schema: true, columns });
      }
    }
  }

  writes.sort((a, b) => a.node.range[0] - b.node.range[0]);
  directWritesCache.set(sourceCode, writes);
  return writes;
}

/** One parameter of a project function that it persists whole. */
interface StoredParameter {
  readonly parameter: number;
  readonly store: string;
  readonly category: StorageCategory;
}

/**
 * Function summary (src/modules/project-functions.ts `functionSummary`): the parameters of a project function that it
 * writes whole to persistent storage (a value of the write, a bound SQL parameter, a part of the SQL text), directly
 * or through a function of another module that does.
 */
function storedParameters(target: ProjectFunction): readonly StoredParameter[] {
  return functionSummary(target, 'stored-parameters', false, (functions) => summariseStorage(target.sourceCode, functions)) ?? [];
}

function summariseStorage(sourceCode: Readonly<SourceCode>, functions: ReadonlySet<AnyFunction>): Map<AnyFunction, StoredParameter[]> {
  const direct = directStorageWrites(sourceCode);
  const writes = direct.filter((write) => {
    const fn = enclosingSummarisedFunction(sourceCode, write.node);
    return fn !== null && functions.has(fn);
  });
  // Calls of another module's functions (a function of this module is still being summarised here: unknown).
  const storing = new Set<TSESTree.Node>(direct.map((write) => write.node));
  for (const projectCall of parameterPassingCalls(sourceCode, functions)) {
    if (storing.has(projectCall.call)) continue;
    const write = projectStorageWrite(sourceCode, projectCall);
    if (write) writes.push(write);
  }
  writes.sort((a, b) => a.node.range[0] - b.node.range[0]);
  const found = new Map<AnyFunction, StoredParameter[]>();
  for (const write of writes) {
    if (write.schema) continue;
    const fn = enclosingSummarisedFunction(sourceCode, write.node);
    if (!fn) continue;
    const values = [...write.values];
    if (write.sql?.params) values.push(write.sql.params);
    if (write.fieldName?.value) values.push(write.fieldName.value);
    const list = found.get(fn) ?? [];
    for (const value of values) {
      for (const parameter of parametersIn(sourceCode, value, fn)) {
        if (!list.some((entry) => entry.parameter === parameter)) list.push({ parameter, store: write.store, category: write.category });
      }
    }
    found.set(fn, list);
  }
  return found;
}
