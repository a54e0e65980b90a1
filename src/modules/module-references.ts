/**
 * Module and global references: one place that answers "which nodes in this file call, construct or read
 * export X of module M (or global G), or a member of an instance created from it?".
 *
 * Built on `ReferenceTracker` (eslint-community/eslint-utils) in legacy mode, plus the fallbacks it lacks
 * (see tests/utils/module-references.test.ts): undeclared `require` / globals (TS and ESM files), `node:`
 * prefixes, TS `import x = require()`, dynamic `import()`, `createRequire`, instances kept in variables,
 * class fields and returned from same-file factory functions, and write detection.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { ReferenceTracker, findVariable } from '../ast/eslint-utils.js';
import type { Scope, SourceCode } from '@typescript-eslint/utils/ts-eslint';
import type { ApiDefinition, ReferenceKind } from '../catalog/api.js';
import {
  MAX_REEXPORT_DEPTH,
  MODULE_EXPORTS,
  REEXPORT,
  exportSites,
  filenameOf,
  injectionScopeFiles,
  isProjectParse,
  mayExportValues,
  mayNameProjectFile,
  mentionsModule,
  moduleExportName,
  parseProjectFile,
  projectModulesMention,
  relativeTargetsOf,
  projectFileText,
  resolveProjectFile,
  stampOf,
} from './project-modules.js';
import { whileUnchanged, type Stamped } from './file-stamps.js';
import {
  decoratorsOf,
  functionBinding,
  getEnclosingFunction,
  getStaticKeyName,
  isCreateRequireCall,
  isFunction,
  isTypeOnly,
  isValuePassThrough,
  isWriteTarget,
  skipWrappers,
  specifierExportName,
  walk,
} from '../ast/ast.js';
import { nodesOfType } from '../ast/node-index.js';
import { CALL_HOPS } from '../values/budget.js';
import { INJECTED_CLIENTS } from '../catalog/providers.js';
import { packageTypeOf, typedServices } from './type-checker.js';

export type { ApiDefinition, ApiRoot, ReferenceKind } from '../catalog/api.js';

export interface ApiReference<T = unknown> {
  /** CallExpression / NewExpression for calls and constructions; the read node otherwise. */
  readonly node: TSESTree.Node;
  readonly definition: ApiDefinition<T>;
  /** True when a read is the target of an assignment, update or delete (`process.env.X = '0'`). */
  readonly isWrite: boolean;
}

interface TrackerWithProperties {
  iterateGlobalReferences(map: TraceMap): Iterable<Found>;
  iterateCjsReferences(map: TraceMap): Iterable<Found>;
  iterateEsmReferences(map: TraceMap): Iterable<Found>;
  iteratePropertyReferences(node: TSESTree.Node, map: TraceMap): Iterable<Found>;
}

interface Found {
  node: TSESTree.Node;
  path: readonly string[];
  type: symbol;
  info: ApiDefinition[];
}

type TraceMap = Record<string | symbol, unknown>;

const { READ, CALL, CONSTRUCT } = ReferenceTracker;
const KIND_SYMBOL: Record<ReferenceKind, symbol> = { read: READ, call: CALL, construct: CONSTRUCT };
const GLOBAL_OBJECT_NAMES = ['global', 'globalThis', 'self', 'window'] as const;
const TS_WRAPPERS = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSTypeAssertion']);

/** Node built-in modules we may track; each also answers to its `node:` name. */
const NODE_BUILTINS = new Set([
  'assert', 'buffer', 'child_process', 'crypto', 'dns', 'events', 'fs', 'fs/promises', 'http', 'http2',
  'https', 'net', 'os', 'path', 'querystring', 'stream', 'tls', 'url', 'util', 'vm', 'worker_threads', 'zlib',
]);

export function normalizeModuleName(name: string): string {
  return name.startsWith('node:') ? name.slice(5) : name;
}

interface CompiledMaps {
  modules: TraceMap;
  globals: TraceMap;
  instances: Map<string, TraceMap>;
  /** Modules with an entry that returns an instance: a project file that mentions none of them exports none. */
  instanceModules: string[];
  /**
   * Classes whose instances are an API family, by `module\0export` (`stripe\0default`, `square\0SquareClient`): a
   * parameter, field or variable annotated with the class type holds such an instance (typed-instance tracking).
   */
  typedInstances: Map<string, string>;
}

function insert(root: TraceMap, path: readonly string[], definition: ApiDefinition): void {
  let node = root;
  for (const key of path) {
    const next = (node[key] as TraceMap | undefined) ?? {};
    node[key] = next;
    node = next;
  }
  const symbol = KIND_SYMBOL[definition.kind];
  const list = (node[symbol] as ApiDefinition[] | undefined) ?? [];
  list.push(definition);
  node[symbol] = list;
}

/** Merge trace map `source` into `target` (definition lists are concatenated). */
function mergeInto(target: TraceMap, source: TraceMap): void {
  for (const symbol of [READ, CALL, CONSTRUCT]) {
    const list = source[symbol] as ApiDefinition[] | undefined;
    if (list) target[symbol] = [...((target[symbol] as ApiDefinition[] | undefined) ?? []), ...list];
  }
  for (const key of Object.keys(source)) {
    const next = (target[key] as TraceMap | undefined) ?? {};
    target[key] = next;
    mergeInto(next, source[key] as TraceMap);
  }
}

/**
 * A catalog entry under a module's `default` key describes the same value as the module root for CommonJS-style
 * packages (`module.exports = fn; module.exports.default = fn`). The tracker's legacy mode maps a default import
 * to `{ default: root, ...root }`, so a literal `default` key would hide every other entry; fold it into the root.
 */
function foldDefaultExports(modules: TraceMap): void {
  for (const name of Object.keys(modules)) {
    const map = modules[name] as TraceMap;
    const defaults = map.default as TraceMap | undefined;
    if (!defaults) continue;
    delete map.default;
    mergeInto(map, defaults);
  }
}

/**
 * The export of its module whose type alone marks a value as what `definition` returns (`typedInstances`: a class
 * the entry constructs, `new Stripe()` → `default`, `new Hono()` → `Hono`), or null. file-facts.ts reads the same
 * names for its relevance checks of project modules.
 */
export function typedInstanceName(definition: ApiDefinition): string | null {
  if (!('module' in definition.from) || !definition.returns || definition.kind !== 'construct' || definition.path.length > 1) return null;
  return definition.path[0] ?? 'default';
}

function compile(definitions: readonly ApiDefinition[]): CompiledMaps {
  const maps: CompiledMaps = { modules: {}, globals: {}, instances: new Map(), instanceModules: [], typedInstances: new Map() };
  for (const definition of definitions) {
    const { from } = definition;
    if ('module' in from) {
      const name = normalizeModuleName(from.module);
      if (definition.returns && !maps.instanceModules.includes(name)) maps.instanceModules.push(name);
      const typed = typedInstanceName(definition);
      if (typed !== null) maps.typedInstances.set(`${name}\0${typed}`, definition.returns!);
      insert(maps.modules, [name, ...definition.path], definition);
      if (NODE_BUILTINS.has(name)) insert(maps.modules, [`node:${name}`, ...definition.path], definition);
    } else if ('global' in from) {
      insert(maps.globals, [from.global, ...definition.path], definition);
    } else {
      let map = maps.instances.get(from.instance);
      if (!map) {
        map = {};
        maps.instances.set(from.instance, map);
      }
      insert(map, definition.path, definition);
    }
  }
  foldDefaultExports(maps.modules);
  return maps;
}

const SYMBOL_TO_KIND = new Map<symbol, ReferenceKind>([
  [READ, 'read'],
  [CALL, 'call'],
  [CONSTRUCT, 'construct'],
]);

/** Trace map with the `default` export aliased to the module root (ESM view of a CommonJS module). */
function withDefault(map: TraceMap): TraceMap {
  return { ...map, default: map };
}

class ReferenceCollector {
  private readonly tracker: TrackerWithProperties;
  private readonly globalScope: Scope.Scope;
  private readonly results: ApiReference[] = [];
  private readonly seen = new Map<TSESTree.Node, Set<ApiDefinition>>();
  private readonly instanceSeen = new Set<TSESTree.Node>();
  private readonly typedOwners = new Set<string>();

  constructor(
    private readonly sourceCode: Readonly<SourceCode>,
    private readonly maps: CompiledMaps,
    /** How many project-import hops led here (0 for the linted file). */
    private readonly projectDepth = 0,
  ) {
    this.globalScope = sourceCode.scopeManager!.globalScope!;
    this.tracker = new ReferenceTracker(this.globalScope, {
      mode: 'legacy',
    }) as unknown as TrackerWithProperties;
  }

  collect(): ApiReference[] {
    const { modules, globals } = this.maps;
    const hasModules = Object.keys(modules).length > 0;
    const hasGlobals = Object.keys(globals).length > 0;
    if (hasModules) {
      this.addAll(this.tracker.iterateEsmReferences(modules), 0);
      this.addAll(this.tracker.iterateCjsReferences(modules), 0);
      this.collectUndeclaredRequires(modules);
      this.collectImportEquals(modules);
      this.collectDynamicImports(modules);
    }
    if (hasGlobals) {
      this.addAll(this.tracker.iterateGlobalReferences(globals), 0);
      this.collectUndeclaredGlobals(globals);
    }
    if (this.maps.instances.size > 0) {
      this.collectProjectImports();
      this.collectTypedInstances();
    }
    return this.results;
  }

  /**
   * Instances created in another project file and imported here (`import { stripe } from '../lib/stripe'`,
   * `const logger = require('./logger')`, `import * as clients from './clients'`): tracked as if created here.
   */
  private collectProjectImports(): void {
    const file = filenameOf(this.sourceCode);
    if (!file || this.projectDepth >= MAX_REEXPORT_DEPTH) return;
    let resolved = resolvedImports.get(this.sourceCode);
    if (!resolved) {
      resolved = new Map();
      resolvedImports.set(this.sourceCode, resolved);
    }
    const targets = resolved;
    const exportsOf = (specifier: string): ReadonlyMap<string, string> | null => {
      let target = targets.get(specifier);
      if (target === undefined) {
        target = resolveProjectFile(file, specifier);
        targets.set(specifier, target);
      }
      const families = target ? projectExportFamilies(target, this.maps, this.projectDepth + 1) : null;
      return families && families.size > 0 ? families : null;
    };
    for (const statement of this.sourceCode.ast.body) {
      if (statement.type === 'ImportDeclaration') {
        if (isTypeOnly(statement) || !mayNameProjectFile(file, statement.source.value)) continue;
        const families = exportsOf(statement.source.value);
        if (!families) continue;
        for (const specifier of statement.specifiers) {
          if (isTypeOnly(specifier)) continue;
          if (specifier.type === 'ImportNamespaceSpecifier') {
            this.trackPattern(specifier.local, this.namespaceMap(families), 1);
            continue;
          }
          const name = specifierExportName(specifier);
          const family = families.get(name) ?? (name === 'default' ? families.get(MODULE_EXPORTS) : undefined);
          const map = family ? this.maps.instances.get(family) : undefined;
          if (map) this.trackPattern(specifier.local, map, 1);
        }
      } else if (statement.type === 'VariableDeclaration') {
        for (const declarator of statement.declarations) {
          if (!declarator.init) continue;
          let init = skipWrappers(declarator.init);
          let member: string | null = null;
          if (init.type === 'MemberExpression') {
            member = getStaticKeyName(init.property, init.computed);
            if (member === null) continue;
            init = skipWrappers(init.object);
          }
          if (init.type !== 'CallExpression' || !isIdentifierNamed(init.callee, 'require')) continue;
          const specifier = moduleNameOf(init.arguments[0]);
          if (specifier === null || !mayNameProjectFile(file, specifier)) continue;
          const families = exportsOf(specifier);
          if (!families) continue;
          if (member !== null) {
            const family = families.get(member);
            const map = family ? this.maps.instances.get(family) : undefined;
            if (map) this.trackPattern(declarator.id, map, 1);
          } else {
            this.trackPattern(declarator.id, this.namespaceMap(families), 1);
          }
        }
      }
    }
  }

  /**
   * Instances the file receives rather than creates, known from their declared type or injection decorator:
   * `constructor(private readonly stripe: Stripe)` (NestJS providers and any constructor injection),
   * `@InjectStripeClient() private readonly client: Stripe`, a field `private gateway: braintree.BraintreeGateway`,
   * a parameter `function refund(stripe: Stripe, id: string)`. The type must be the class the catalog constructs,
   * imported from its package, so a local `Stripe` interface or a look-alike wrapper is not taken for the client.
   * The tracking starts from the imports (their type references in the scope manager), so a file that imports
   * none of these classes costs one pass over its import statements.
   */
  private collectTypedInstances(): void {
    const { typedInstances } = this.maps;
    const tokenDecorators = { inject: new Set<string>(), dependencies: new Set<string>(), injected: new Map<string, string>() };
    for (const statement of this.sourceCode.ast.body) {
      if (statement.type !== 'ImportDeclaration') continue;
      const module = normalizeModuleName(statement.source.value);
      for (const specifier of statement.specifiers) {
        const imported =
          specifier.type === 'ImportDefaultSpecifier'
            ? 'default'
            : specifier.type === 'ImportNamespaceSpecifier'
              ? '*'
              : moduleExportName(specifier.imported);
        const direct = imported === '*' ? undefined : typedInstances.get(`${module}\0${imported}`);
        const injected = INJECTED_CLIENTS.find((entry) => entry.module === module && entry.decorator === imported);
        const qualified = imported === '*' || imported === 'default';
        if (module === '@nestjs/common' && (imported === 'Inject' || imported === 'Dependencies')) {
          (imported === 'Inject' ? tokenDecorators.inject : tokenDecorators.dependencies).add(specifier.local.name);
          continue;
        }
        if (injected) tokenDecorators.injected.set(specifier.local.name, injected.family);
        if (!direct && !injected && !qualified) continue;
        const variable = findVariable(this.globalScope, specifier.local);
        if (!variable) continue;
        for (const reference of variable.references) {
          const identifier = reference.identifier as TSESTree.Node;
          if (injected) {
            // `@InjectStripeClient()` on a constructor parameter (property).
            const call = identifier.parent;
            const decorator = call?.type === 'CallExpression' && call.callee === identifier ? call.parent : undefined;
            if (decorator?.type === 'Decorator') this.trackTypedOwner(decorator.parent, injected.family);
            continue;
          }
          let typeName: TSESTree.Node = identifier;
          let family = direct;
          if (identifier.parent?.type === 'TSQualifiedName' && identifier.parent.left === identifier) {
            // `braintree.BraintreeGateway`, `Stripe.Stripe`
            typeName = identifier.parent;
            family = typedInstances.get(`${module}\0${identifier.parent.right.name}`);
          }
          const typeReference = typeName.parent;
          if (!family || typeReference?.type !== 'TSTypeReference' || typeReference.typeName !== typeName) continue;
          const annotation = typeReference.parent;
          if (annotation?.type === 'TSTypeAnnotation') this.trackTypedOwner(annotation.parent, family);
        }
      }
    }
    if (tokenDecorators.inject.size > 0 || tokenDecorators.dependencies.size > 0 || tokenDecorators.injected.size > 0) {
      this.collectTokenInjections(tokenDecorators);
    }
    if (typedServices(this.sourceCode)) this.collectCheckedInstances();
  }

  /**
   * With type information (type-checker.ts): any value whose declared type is a catalogued SDK class, wherever the
   * type came from (`{ stripe }: Services`, `this.deps.stripe`, a helper's declared return type). Only member
   * accesses whose property starts an instance API (`.paymentIntents`, `.info`) are asked about.
   */
  private collectCheckedInstances(): void {
    const firstKeys = instanceFirstKeys(this.maps);
    for (const node of nodesOfType(this.sourceCode, 'MemberExpression')) {
      if (node.computed || node.property.type !== 'Identifier') continue;
      const families = firstKeys.get(node.property.name);
      if (!families) continue;
      const declared = packageTypeOf(this.sourceCode, node.object);
      const family = declared ? this.maps.typedInstances.get(`${declared.module}\0${declared.name}`) : undefined;
      const map = family && families.includes(family) ? this.maps.instances.get(family) : undefined;
      if (map) this.addAll(this.tracker.iteratePropertyReferences(node.object, map), 1);
    }
  }

  /**
   * NestJS custom-token injection: `@Inject(STRIPE_CLIENT) private readonly stripe: any` (or a project interface, or
   * a plain JavaScript parameter under Babel's legacy decorators), and `@Dependencies(STRIPE_CLIENT)` on a class,
   * whose constructor parameters receive the tokens in order. The parameter is tracked as what the token's provider
   * creates (`{ provide: STRIPE_CLIENT, useFactory: () => new Stripe(key) }`, see providedClients), whatever its
   * annotation says. An identifier token is looked up in the project module it is imported from (and the modules
   * that one re-exports); a string token (`@Inject('STRIPE_CLIENT')`, or a same-file constant) in the modules
   * injectionScopeFiles (project-modules.ts) lists. A token provided nowhere in reach, or provided as different
   * things, tracks nothing.
   */
  private collectTokenInjections(names: {
    readonly inject: ReadonlySet<string>;
    readonly dependencies: ReadonlySet<string>;
    /** Package decorators that name what they inject (`@InjectRepository(Order)`), by local name. */
    readonly injected: ReadonlyMap<string, string>;
  }): void {
    // Decorators are found in the AST rather than through references: Babel's scope analysis does not visit
    // parameter decorators. Nest classes are top-level declarations.
    const tokenOf = (decorator: TSESTree.Decorator, calleeNames: ReadonlySet<string>): TSESTree.CallExpression | null => {
      const call = decorator.expression;
      return call.type === 'CallExpression' && call.callee.type === 'Identifier' && calleeNames.has(call.callee.name) ? call : null;
    };
    for (const statement of this.sourceCode.ast.body) {
      const declaration =
        statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : statement;
      if (declaration?.type !== 'ClassDeclaration') continue;
      const constructor = declaration.body.body.find(
        (member): member is TSESTree.MethodDefinition => member.type === 'MethodDefinition' && member.kind === 'constructor',
      );
      if (!constructor) continue;
      const { params } = constructor.value;
      for (const decorator of decoratorsOf(declaration)) {
        const call = tokenOf(decorator, names.dependencies);
        call?.arguments.forEach((argument, index) => {
          const parameter = params[index];
          const family = parameter && this.projectDepth < MAX_REEXPORT_DEPTH ? this.tokenFamily(argument) : undefined;
          if (parameter && family) this.trackTypedOwner(parameter, family);
        });
      }
      for (const parameter of params) {
        const decorated = parameter.type === 'TSParameterProperty' ? [parameter, parameter.parameter] : [parameter];
        for (const decorator of decorated.flatMap((node) => decoratorsOf(node))) {
          const call = tokenOf(decorator, names.inject);
          const callee = decorator.expression.type === 'CallExpression' ? decorator.expression.callee : null;
          const family =
            call?.arguments[0] && this.projectDepth < MAX_REEXPORT_DEPTH
              ? this.tokenFamily(call.arguments[0])
              : callee?.type === 'Identifier'
                ? names.injected.get(callee.name)
                : undefined;
          if (family) this.trackTypedOwner(parameter, family);
        }
      }
    }
  }

  /** The instance family the provider of an injection token creates, or undefined (see trackTokenInjection). */
  private tokenFamily(token: TSESTree.Node): string | undefined {
    const file = filenameOf(this.sourceCode);
    if (!file) return undefined;
    const node = skipWrappers(token);
    const depth = this.projectDepth + 1;
    if (node.type === 'Literal' && typeof node.value === 'string') return this.stringTokenFamily(file, node.value, depth);
    if (node.type !== 'Identifier') return undefined;
    const variable = findVariable(this.globalScope, node);
    const definition = variable?.defs.length === 1 ? variable.defs[0]! : undefined;
    if (definition?.type === 'ImportBinding') {
      const declaration = definition.parent as TSESTree.ImportDeclaration;
      const specifier = definition.node;
      if (specifier.type !== 'ImportSpecifier' && specifier.type !== 'ImportDefaultSpecifier') return undefined;
      if (!mayNameProjectFile(file, declaration.source.value)) return undefined;
      const target = resolveProjectFile(file, declaration.source.value);
      if (!target) return undefined;
      const name = specifier.type === 'ImportDefaultSpecifier' ? 'default' : moduleExportName(specifier.imported);
      const family = providedByName(target, name, this.maps, depth);
      if (family) return family;
    }
    // `const STRIPE_CLIENT = 'STRIPE_CLIENT'` here or in the constants file it is imported from: a string token.
    const value = stringConstant(this.sourceCode, file, node);
    return value === null ? undefined : this.stringTokenFamily(file, value, depth);
  }

  private stringTokenFamily(file: string, token: string, depth: number): string | undefined {
    let found: string | undefined;
    for (const target of injectionScopeFiles(file, this.sourceCode.text)) {
      const family = providedClients(target, this.maps, depth).byString.get(token);
      if (family === undefined) continue;
      if (family === null || (found !== undefined && found !== family)) return undefined;
      found = family;
    }
    return found;
  }

  /** Track the value of a declaration whose type or decorator says it is an instance of `family`. */
  private trackTypedOwner(owner: TSESTree.Node | undefined, family: string): void {
    const map = this.maps.instances.get(family);
    if (!map || !owner) return;
    if (owner.type === 'Identifier' && owner.parent?.type === 'TSParameterProperty') owner = owner.parent;
    // A decorator found both through its references and in the AST (collectTokenInjections) is tracked once.
    const key = `${family}\0${owner.range[0]}`;
    if (this.typedOwners.has(key)) return;
    this.typedOwners.add(key);
    if (owner.type === 'TSParameterProperty') {
      const parameter = owner.parameter.type === 'AssignmentPattern' ? owner.parameter.left : owner.parameter;
      const classBody = enclosingClassBody(owner);
      if (parameter.type === 'Identifier') {
        this.trackPattern(parameter, map, 1);
        if (classBody) this.trackThisMember(classBody, parameter.name, map, 1);
      }
    } else if (owner.type === 'PropertyDefinition' && !owner.static) {
      const name = getStaticKeyName(owner.key, owner.computed);
      if (name !== null && owner.parent.type === 'ClassBody') this.trackThisMember(owner.parent, name, map, 1);
    } else if (owner.type === 'Identifier') {
      // A function parameter or a declared variable (`let stripe: Stripe`).
      const parent = owner.parent;
      if ((parent && isFunction(parent) && parent.params.includes(owner)) || parent?.type === 'VariableDeclarator') {
        this.trackPattern(owner, map, 1);
      }
      if (parent?.type === 'FunctionExpression' && parent.parent?.type === 'MethodDefinition' && parent.parent.kind === 'constructor') {
        this.trackConstructorAssignments(owner, parent.parent.parent, map);
      }
    }
  }

  /** `constructor(stripe) { this.stripe = stripe; }`: the parameter's class field is the instance too. */
  private trackConstructorAssignments(parameter: TSESTree.Identifier, classBody: TSESTree.ClassBody, map: TraceMap): void {
    const variable = findVariable(this.globalScope, parameter);
    for (const reference of variable?.references ?? []) {
      const identifier = reference.identifier as TSESTree.Node;
      const assignment = identifier.parent;
      if (assignment?.type !== 'AssignmentExpression' || assignment.right !== identifier || assignment.operator !== '=') continue;
      const left = assignment.left;
      if (left.type !== 'MemberExpression' || left.object.type !== 'ThisExpression') continue;
      const name = getStaticKeyName(left.property, left.computed);
      if (name !== null) this.trackThisMember(classBody, name, map, 1);
    }
  }

  /** A trace map for a whole imported project module: its instance exports by name, `module.exports` at the root. */
  private namespaceMap(families: ReadonlyMap<string, string>): TraceMap {
    const whole = families.get(MODULE_EXPORTS);
    const map: TraceMap = { ...(whole ? this.maps.instances.get(whole) : undefined) };
    for (const [name, family] of families) {
      if (name === MODULE_EXPORTS) continue;
      const instance = this.maps.instances.get(family);
      if (instance) map[name] = instance;
    }
    return map;
  }

  private addAll(found: Iterable<Found>, depth: number): void {
    for (const reference of found) this.add(reference, depth);
  }

  private add(reference: Found, depth: number): void {
    const kind = SYMBOL_TO_KIND.get(reference.type);
    if (!kind) return;
    for (const definition of reference.info) {
      if (definition.kind !== kind) continue;
      let seenDefinitions = this.seen.get(reference.node);
      if (!seenDefinitions) {
        seenDefinitions = new Set();
        this.seen.set(reference.node, seenDefinitions);
      }
      if (seenDefinitions.has(definition)) continue;
      seenDefinitions.add(definition);
      this.results.push({
        node: reference.node,
        definition,
        isWrite: kind === 'read' && isWriteTarget(reference.node),
      });
      if (definition.returns) this.trackInstance(reference.node, definition.returns, depth + 1);
    }
  }

  /** Continue tracking from an expression (module object, instance, …) using `map`. */
  private trackFrom(node: TSESTree.Node, map: TraceMap, depth: number): void {
    if (map[READ]) {
      this.add({ node, path: [], type: READ, info: map[READ] as ApiDefinition[] }, depth);
    }
    this.addAll(this.tracker.iteratePropertyReferences(node, map), depth);
  }

  /** Track the variable bound by `pattern` (identifier or destructuring) with `map`. */
  private trackPattern(pattern: TSESTree.Node, map: TraceMap, depth: number): void {
    if (pattern.type === 'Identifier') {
      const variable = findVariable(this.globalScope, pattern);
      if (!variable) return;
      for (const reference of variable.references) {
        if (reference.isRead()) this.trackFrom(reference.identifier as TSESTree.Node, map, depth);
      }
    } else if (pattern.type === 'ObjectPattern') {
      for (const property of pattern.properties) {
        if (property.type !== 'Property') continue;
        const key = getStaticKeyName(property.key, property.computed);
        if (key === null || !Object.hasOwn(map, key)) continue;
        const next = map[key] as TraceMap;
        if (next[READ]) {
          this.add({ node: property, path: [], type: READ, info: next[READ] as ApiDefinition[] }, depth);
        }
        this.trackPattern(property.value, next, depth);
      }
    } else if (pattern.type === 'AssignmentPattern') {
      this.trackPattern(pattern.left, map, depth);
    }
  }

  /** `require('x')` where `require` is not a declared global (TS files, ESM files), or from `createRequire`. */
  private collectUndeclaredRequires(modules: TraceMap): void {
    const declared = this.globalScope.set.get('require');
    const requireIdentifiers: TSESTree.Identifier[] = [];
    if (!declared || declared.defs.length > 0) {
      for (const reference of this.globalScope.through) {
        if (reference.identifier.name === 'require' && !reference.resolved) {
          requireIdentifiers.push(reference.identifier as TSESTree.Identifier);
        }
      }
    }
    // `const require = createRequire(import.meta.url)` at module level.
    for (const scope of [this.globalScope, ...this.globalScope.childScopes]) {
      if (scope.type !== 'module' && scope !== this.globalScope) continue;
      const variable = scope.set.get('require');
      if (!variable || variable.defs.length !== 1) continue;
      const definition = variable.defs[0]!;
      if (definition.node.type !== 'VariableDeclarator' || !isCreateRequireCall(definition.node.init)) continue;
      for (const reference of variable.references) {
        if (reference.isRead()) requireIdentifiers.push(reference.identifier as TSESTree.Identifier);
      }
    }
    for (const identifier of requireIdentifiers) {
      const call = identifier.parent;
      if (call?.type !== 'CallExpression' || call.callee !== identifier) continue;
      const name = moduleNameOf(call.arguments[0]);
      if (name === null || !Object.hasOwn(modules, name)) continue;
      this.trackFrom(call, modules[name] as TraceMap, 0);
    }
  }

  /** TS `import x = require('y')` (and `export import`). */
  private collectImportEquals(modules: TraceMap): void {
    const program = this.sourceCode.ast;
    for (const statement of program.body) {
      const declaration =
        statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
      if (declaration?.type !== 'TSImportEqualsDeclaration') continue;
      if (isTypeOnly(declaration)) continue;
      const reference = declaration.moduleReference;
      if (reference.type !== 'TSExternalModuleReference') continue;
      const name = moduleNameOf(reference.expression);
      if (name === null || !Object.hasOwn(modules, name)) continue;
      this.trackPattern(declaration.id, modules[name] as TraceMap, 0);
    }
  }

  /** `await import('x')`, `import('x').then(m => …)`. */
  private collectDynamicImports(modules: TraceMap): void {
    for (const node of dynamicImports(this.sourceCode)) {
      const name = moduleNameOf(node.source);
      if (name === null || !Object.hasOwn(modules, name)) continue;
      const map = withDefault(modules[name] as TraceMap);
      const parent = node.parent;
      if (parent?.type === 'AwaitExpression') {
        const outer = parent.parent;
        if (outer?.type === 'VariableDeclarator' && outer.init === parent) {
          this.trackPattern(outer.id, map, 0);
        } else {
          this.addAll(this.tracker.iteratePropertyReferences(parent, map), 0);
        }
      } else if (
        parent?.type === 'MemberExpression' &&
        parent.object === node &&
        getStaticKeyName(parent.property, parent.computed) === 'then' &&
        parent.parent?.type === 'CallExpression'
      ) {
        const callback = parent.parent.arguments[0];
        if (callback && isFunction(callback) && callback.params[0]) {
          this.trackPattern(callback.params[0], map, 0);
        }
      }
    }
  }

  /** Globals that the scope manager does not know (e.g. `process`, `fetch` in TS files without env globals). */
  private collectUndeclaredGlobals(globals: TraceMap): void {
    for (const reference of this.globalScope.through) {
      if (reference.resolved || !reference.isRead()) continue;
      const identifier = reference.identifier as TSESTree.Identifier;
      const { name } = identifier;
      const declared = this.globalScope.set.get(name);
      if (declared && declared.defs.length === 0) continue; // already handled by the tracker
      if (Object.hasOwn(globals, name)) {
        this.trackFrom(identifier, globals[name] as TraceMap, 0);
      } else if ((GLOBAL_OBJECT_NAMES as readonly string[]).includes(name)) {
        this.addAll(this.tracker.iteratePropertyReferences(identifier, globals), 0);
      }
    }
  }

  /** Follow an instance value: variables, assignments, class fields (`this.x`), same-file factory returns. */
  private trackInstance(node: TSESTree.Node, family: string, depth: number): void {
    if (depth > CALL_HOPS || this.instanceSeen.has(node)) return;
    this.instanceSeen.add(node);
    const map = this.maps.instances.get(family);
    if (!map) return;
    this.addAll(this.tracker.iteratePropertyReferences(node, map), depth);
    // The tracker stops at `await`: `const conn = await mysql.createConnection()` continues from the await.
    let awaited: TSESTree.Node = node;
    while (awaited.parent && (awaited.parent.type === 'AwaitExpression' || TS_WRAPPERS.has(awaited.parent.type))) {
      awaited = awaited.parent;
    }
    if (awaited !== node) this.addAll(this.tracker.iteratePropertyReferences(awaited, map), depth);

    let outer = node;
    while (outer.parent && isValuePassThrough(outer, outer.parent)) outer = outer.parent;
    const parent = outer.parent;
    if (!parent) return;

    if (parent.type === 'PropertyDefinition' && parent.value === outer && !parent.static) {
      const name = getStaticKeyName(parent.key, parent.computed);
      const classBody = parent.parent;
      if (name !== null && classBody.type === 'ClassBody') this.trackThisMember(classBody, name, map, depth);
      return;
    }
    if (parent.type === 'AssignmentExpression' && parent.right === outer) {
      const left = parent.left;
      if (left.type === 'MemberExpression' && left.object.type === 'ThisExpression') {
        const name = getStaticKeyName(left.property, left.computed);
        const classBody = enclosingClassBody(parent);
        if (name !== null && classBody) this.trackThisMember(classBody, name, map, depth);
      }
      return;
    }
    // `function getStripe() { return new Stripe(k) }` / `const getStripe = () => new Stripe(k)`.
    const fn =
      parent.type === 'ReturnStatement'
        ? getEnclosingFunction(parent)
        : parent.type === 'ArrowFunctionExpression' && parent.body === outer
          ? parent
          : null;
    if (fn) {
      const binding = functionBinding(fn);
      if (!binding) return;
      const variable = findVariable(this.globalScope, binding);
      if (!variable) return;
      for (const reference of variable.references) {
        const identifier = reference.identifier as TSESTree.Node;
        const call = identifier.parent;
        if (call?.type === 'CallExpression' && call.callee === identifier) {
          let result: TSESTree.Node = call;
          if (call.parent?.type === 'AwaitExpression') result = call.parent;
          this.trackInstanceValue(result, map, depth + 1);
        }
      }
    }
  }

  private trackInstanceValue(node: TSESTree.Node, map: TraceMap, depth: number): void {
    if (depth > CALL_HOPS) return;
    const parent = node.parent;
    if (parent?.type === 'VariableDeclarator' && parent.init === node) {
      this.trackPattern(parent.id, map, depth);
    } else {
      this.addAll(this.tracker.iteratePropertyReferences(node, map), depth);
    }
  }

  private trackThisMember(classBody: TSESTree.ClassBody, name: string, map: TraceMap, depth: number): void {
    const visit = (root: TSESTree.Node): void => {
      walk(root, this.sourceCode.visitorKeys, (inner) => {
        // `this` is rebound inside nested classes and non-arrow functions that are not class members.
        if (inner !== root && (inner.type === 'ClassBody' || inner.type === 'FunctionDeclaration')) return false;
        if (
          inner.type === 'FunctionExpression' &&
          inner.parent?.type !== 'MethodDefinition' &&
          inner.parent?.type !== 'PropertyDefinition'
        ) {
          return false;
        }
        if (
          inner.type === 'MemberExpression' &&
          inner.object.type === 'ThisExpression' &&
          getStaticKeyName(inner.property, inner.computed) === name &&
          !isWriteTarget(inner)
        ) {
          this.addAll(this.tracker.iteratePropertyReferences(inner, map), depth);
        }
        return undefined;
      });
    };
    visit(classBody);
  }
}

const firstKeysCache = new WeakMap<CompiledMaps, ReadonlyMap<string, readonly string[]>>();

/** The families whose instance APIs start with each property name (`paymentIntents` → stripe), once per API list. */
function instanceFirstKeys(maps: CompiledMaps): ReadonlyMap<string, readonly string[]> {
  let firstKeys = firstKeysCache.get(maps);
  if (!firstKeys) {
    const built = new Map<string, string[]>();
    for (const [family, map] of maps.instances) {
      for (const key of Object.keys(map)) built.set(key, [...(built.get(key) ?? []), family]);
    }
    firstKeys = built;
    firstKeysCache.set(maps, firstKeys);
  }
  return firstKeys;
}

function isIdentifierNamed(node: TSESTree.Node, name: string): boolean {
  return node.type === 'Identifier' && node.name === name;
}

/** Per linted file: the project file each relative specifier resolves to (rules share the file-system lookups). */
const resolvedImports = new WeakMap<object, Map<string, string | null>>();
/** How many project files keep export and provider summaries. */
const MAX_SUMMARY_FILES = 8192;
/** Export summaries per project file, valid while its text is unchanged, per API list. */
const summaries = new Map<string, Stamped<WeakMap<CompiledMaps, ReadonlyMap<string, string>>>>();
const summarising = new Set<string>();
const NO_EXPORTS: ReadonlyMap<string, string> = new Map();

/**
 * Which exports of a project file are instances of which API family of `maps` (`stripe` → 'stripe'), following
 * re-exports of other project files. Cached per parsed file and API list; a file whose text mentions none of the
 * instance-producing modules and re-exports nothing is not parsed.
 */
function projectExportFamilies(path: string, maps: CompiledMaps, depth: number): ReadonlyMap<string, string> {
  const text = projectFileText(path);
  if (text === null) return NO_EXPORTS;
  const perMaps = whileUnchanged(summaries, path, stampOf(path), MAX_SUMMARY_FILES, () => new WeakMap());
  const cached = perMaps.get(maps);
  if (cached) return cached;
  // Cheap text checks before any parse: the file exports something other than declarations (a class or function
  // is never an instance), and it names an instance-producing package or re-exports project files of which one
  // (through re-exports, PROJECT_MODULE_HOPS) does. Barrels of type-only files and NestJS service files
  // (`export class OrdersService`, importing `@nestjs/common`) are never parsed here.
  const mentioned = maps.instanceModules.some((name) => mentionsModule(text, name));
  if (
    !mayExportValues(text) ||
    (!mentioned &&
      (!REEXPORT.test(text) ||
        !maps.instanceModules.some((name) => projectModulesMention(relativeTargetsOf(path, text), name, depth + 1))))
  ) {
    perMaps.set(maps, NO_EXPORTS);
    return NO_EXPORTS;
  }
  const sourceCode = parseProjectFile(path);
  if (!sourceCode || summarising.has(path)) return NO_EXPORTS;
  summarising.add(path);
  const families = new Map<string, string>();
  try {
    const produced = new Map<TSESTree.Node, string>();
    if (sourceCode.scopeManager?.globalScope) {
      for (const reference of new ReferenceCollector(sourceCode, maps, depth).collect()) {
        if (reference.definition.returns) produced.set(reference.node, reference.definition.returns);
      }
    }
    for (const site of exportSites(sourceCode, path)) {
      if (site.value) {
        let value = skipWrappers(site.value);
        if (value.type === 'AwaitExpression') value = skipWrappers(value.argument);
        const family = produced.get(value);
        if (family) families.set(site.name, family);
      } else if (site.from && depth < MAX_REEXPORT_DEPTH) {
        const linked = projectExportFamilies(site.from.file, maps, depth + 1);
        if (site.from.name === '*') {
          for (const [name, family] of linked) if (name !== 'default' && name !== MODULE_EXPORTS) families.set(name, family);
        } else {
          const family = linked.get(site.from.name) ?? (site.from.name === 'default' ? linked.get(MODULE_EXPORTS) : undefined);
          if (family) families.set(site.name, family);
        }
      }
    }
  } finally {
    summarising.delete(path);
  }
  perMaps.set(maps, families);
  return families;
}

/** What the NestJS providers of one project file create: by the token's identifier name and by its string value. */
interface ProvidedClients {
  /** `provide: STRIPE_CLIENT` → family; null when providers of that token create different things. */
  readonly byName: ReadonlyMap<string, string | null>;
  /** `provide: 'STRIPE_CLIENT'` or a constant holding that string → family (null likewise). */
  readonly byString: ReadonlyMap<string, string | null>;
  /** Project files the file re-exports (`export * from './stripe.provider'`). */
  readonly reexported: readonly string[];
}

const NO_PROVIDERS: ProvidedClients = { byName: new Map(), byString: new Map(), reexported: [] };
const provided = new Map<string, Stamped<WeakMap<CompiledMaps, ProvidedClients>>>();

/** The family an identifier token imported as `name` from `path` is provided as: there or in a module it re-exports. */
function providedByName(path: string, name: string, maps: CompiledMaps, depth: number): string | undefined {
  const own = providedClients(path, maps, depth);
  const family = own.byName.get(name);
  if (family !== undefined) return family ?? undefined;
  let found: string | undefined;
  for (const target of own.reexported) {
    const linked = providedClients(target, maps, depth + 1).byName.get(name);
    if (linked === undefined) continue;
    if (linked === null || (found !== undefined && found !== linked)) return undefined;
    found = linked;
  }
  return found;
}

/**
 * The NestJS provider objects of a project file (`{ provide: TOKEN, useFactory: (…) => new Stripe(key) }`, a block
 * body that returns the client or a variable holding it, `async` factories, `useValue: new Stripe(key)`) with the API
 * family of what they create, found by the same reference collection as exports (projectExportFamilies). `useClass`
 * and `useExisting` name project classes or other tokens, not SDK clients, and are left out. Cached per file stamp
 * and API list; a file whose text has no `provide` or names no instance-producing package is not parsed.
 */
function providedClients(path: string, maps: CompiledMaps, depth: number): ProvidedClients {
  if (depth > MAX_REEXPORT_DEPTH) return NO_PROVIDERS;
  const text = projectFileText(path);
  if (text === null) return NO_PROVIDERS;
  const perMaps = whileUnchanged(provided, path, stampOf(path), MAX_SUMMARY_FILES, () => new WeakMap());
  const cached = perMaps.get(maps);
  if (cached) return cached;
  const hasProviders = text.includes('provide') && maps.instanceModules.some((name) => mentionsModule(text, name));
  if (!hasProviders && !REEXPORT.test(text)) {
    perMaps.set(maps, NO_PROVIDERS);
    return NO_PROVIDERS;
  }
  const sourceCode = parseProjectFile(path);
  const globalScope = sourceCode?.scopeManager?.globalScope;
  if (!sourceCode || !globalScope || summarising.has(path)) return NO_PROVIDERS;
  const reexported = REEXPORT.test(text)
    ? exportSites(sourceCode, path).flatMap((site) => (site.from ? [site.from.file] : []))
    : [];
  const byName = new Map<string, string | null>();
  const byString = new Map<string, string | null>();
  if (hasProviders) {
    summarising.add(path);
    try {
      const produced = new Map<TSESTree.Node, string>();
      for (const reference of new ReferenceCollector(sourceCode, maps, depth).collect()) {
        if (reference.definition.returns) produced.set(reference.node, reference.definition.returns);
      }
      const record = (map: Map<string, string | null>, key: string, family: string): void => {
        const known = map.get(key);
        map.set(key, known === undefined || known === family ? family : null);
      };
      walk(sourceCode.ast, sourceCode.visitorKeys, (node) => {
        if (node.type !== 'ObjectExpression') return undefined;
        const provider = providerParts(node);
        if (!provider) return undefined;
        const family = providedFamily(provider.created, provider.factory, produced, globalScope, sourceCode.visitorKeys);
        if (!family) return undefined;
        const token = skipWrappers(provider.token);
        if (token.type === 'Literal' && typeof token.value === 'string') record(byString, token.value, family);
        if (token.type === 'Identifier') {
          record(byName, token.name, family);
          const value = stringConstant(sourceCode, path, token);
          if (value !== null) record(byString, value, family);
        }
        return undefined;
      });
    } finally {
      summarising.delete(path);
    }
  }
  const result: ProvidedClients = { byName, byString, reexported };
  perMaps.set(maps, result);
  return result;
}

/** `{ provide: token, useFactory: fn }` or `{ provide: token, useValue: value }`, or null. */
function providerParts(node: TSESTree.ObjectExpression): { token: TSESTree.Node; created: TSESTree.Node; factory: boolean } | null {
  let token: TSESTree.Node | undefined;
  let created: TSESTree.Node | undefined;
  let factory = false;
  for (const property of node.properties) {
    if (property.type !== 'Property') continue;
    const key = getStaticKeyName(property.key, property.computed);
    if (key === 'provide') token = property.value;
    else if (key === 'useFactory' || key === 'useValue') {
      created = property.value;
      factory = key === 'useFactory';
    }
  }
  return token && created ? { token, created, factory } : null;
}

/** The family of what a `useFactory` function returns (every return agreeing) or a `useValue` value is. */
function providedFamily(
  created: TSESTree.Node,
  factory: boolean,
  produced: ReadonlyMap<TSESTree.Node, string>,
  globalScope: Scope.Scope,
  visitorKeys: SourceCode['visitorKeys'],
): string | undefined {
  if (!factory) return valueFamily(created, produced, globalScope, 0);
  const fn = skipWrappers(created);
  if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') return undefined;
  if (fn.body.type !== 'BlockStatement') return valueFamily(fn.body, produced, globalScope, 0);
  let found: string | undefined;
  let agreed = true;
  walk(fn.body, visitorKeys, (inner) => {
    if (inner !== fn.body && isFunction(inner)) return false;
    if (inner.type !== 'ReturnStatement') return undefined;
    const family = inner.argument ? valueFamily(inner.argument, produced, globalScope, 0) : undefined;
    if (!family || (found !== undefined && found !== family)) agreed = false;
    found = family;
    return undefined;
  });
  return agreed ? found : undefined;
}

/** The family of an expression: a tracked construction or call, awaited or not, or a `const` holding one. */
function valueFamily(
  node: TSESTree.Node,
  produced: ReadonlyMap<TSESTree.Node, string>,
  globalScope: Scope.Scope,
  steps: number,
): string | undefined {
  let value = skipWrappers(node);
  if (value.type === 'AwaitExpression') value = skipWrappers(value.argument);
  const family = produced.get(value);
  if (family || value.type !== 'Identifier' || steps >= CALL_HOPS) return family;
  const variable = findVariable(globalScope, value);
  const definition = variable?.defs.length === 1 ? variable.defs[0]! : undefined;
  if (definition?.type !== 'Variable' || !definition.node.init || definition.node.id !== definition.name) return undefined;
  if ((definition.parent as TSESTree.VariableDeclaration).kind !== 'const') return undefined;
  return valueFamily(definition.node.init, produced, globalScope, steps + 1);
}

/**
 * The string a token identifier stands for: a top-level `const TOKEN = 'TOKEN'` of the file, or one of the project
 * module it is imported from (`import { TOKEN } from './stripe.constants'`), or null.
 */
function stringConstant(sourceCode: Readonly<SourceCode>, path: string, identifier: TSESTree.Identifier): string | null {
  let program: TSESTree.Program | undefined = sourceCode.ast;
  let name = identifier.name;
  const definition = findVariable(sourceCode.scopeManager!.globalScope!, identifier)?.defs[0];
  if (definition?.type === 'ImportBinding') {
    const declaration = definition.parent as TSESTree.ImportDeclaration;
    const specifier = definition.node;
    if (specifier.type !== 'ImportSpecifier') return null;
    name = moduleExportName(specifier.imported);
    const target = resolveProjectFile(path, declaration.source.value);
    program = target && projectFileText(target)?.includes(`const ${name}`) ? parseProjectFile(target)?.ast : undefined;
  }
  const value = program ? topLevelConstant(program, name) : undefined;
  return value?.type === 'Literal' && typeof value.value === 'string' ? value.value : null;
}

/** The initializer of a top-level `const name = …` (exported or not), unwrapped. */
function topLevelConstant(program: TSESTree.Program, name: string): TSESTree.Node | undefined {
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const') continue;
    for (const declarator of declaration.declarations) {
      if (declarator.id.type === 'Identifier' && declarator.id.name === name && declarator.init) return skipWrappers(declarator.init);
    }
  }
  return undefined;
}

function enclosingClassBody(node: TSESTree.Node): TSESTree.ClassBody | null {
  let current: TSESTree.Node | undefined = node.parent;
  while (current) {
    if (current.type === 'ClassBody') return current;
    if (current.type === 'FunctionDeclaration') return null;
    if (
      current.type === 'FunctionExpression' &&
      current.parent?.type !== 'MethodDefinition' &&
      current.parent?.type !== 'PropertyDefinition'
    ) {
      return null;
    }
    current = current.parent;
  }
  return null;
}

const dynamicImportCache = new WeakMap<object, readonly TSESTree.ImportExpression[]>();

/**
 * Every `import(…)` expression of the file, found once per file from the token stream (an `import` keyword followed
 * by `(`) rather than by walking the AST for every rule that tracks modules.
 */
function dynamicImports(sourceCode: Readonly<SourceCode>): readonly TSESTree.ImportExpression[] {
  let found = dynamicImportCache.get(sourceCode);
  if (found) return found;
  const list: TSESTree.ImportExpression[] = [];
  if (isProjectParse(sourceCode)) {
    // A project module is parsed without tokens (project-modules.ts): the same nodes, from the AST.
    list.push(...nodesOfType(sourceCode, 'ImportExpression'));
  } else if (sourceCode.text.includes('import')) {
    const tokens = sourceCode.ast.tokens ?? [];
    for (let index = 0; index < tokens.length - 1; index++) {
      const token = tokens[index]!;
      if (token.value !== 'import' || tokens[index + 1]!.value !== '(') continue;
      const node = sourceCode.getNodeByRangeIndex(token.range[0]) as TSESTree.Node | null;
      if (node?.type === 'ImportExpression') list.push(node);
    }
  }
  found = list;
  dynamicImportCache.set(sourceCode, found);
  return found;
}

function moduleNameOf(node: TSESTree.Node | undefined): string | null {
  if (!node) return null;
  const inner = skipWrappers(node);
  if (inner.type === 'Literal' && typeof inner.value === 'string') return inner.value;
  if (inner.type === 'TemplateLiteral' && inner.expressions.length === 0) {
    return inner.quasis[0]?.value.cooked ?? null;
  }
  return null;
}

const compiledCache = new WeakMap<readonly ApiDefinition[], CompiledMaps>();
const resultCache = new WeakMap<object, WeakMap<readonly ApiDefinition[], ApiReference[]>>();

/**
 * All references in the file to the given APIs. Results are cached per file and per definition list, so rules
 * sharing a catalog list pay for the tracking once. Pass module-level constant arrays.
 */
export function findApiReferences<T>(
  sourceCode: Readonly<SourceCode>,
  definitions: readonly ApiDefinition<T>[],
): readonly ApiReference<T>[] {
  let perFile = resultCache.get(sourceCode);
  if (!perFile) {
    perFile = new WeakMap();
    resultCache.set(sourceCode, perFile);
  }
  const cached = perFile.get(definitions);
  if (cached) return cached as ApiReference<T>[];
  let maps = compiledCache.get(definitions);
  if (!maps) {
    maps = compile(definitions);
    compiledCache.set(definitions, maps);
  }
  const results = sourceCode.scopeManager?.globalScope
    ? new ReferenceCollector(sourceCode, maps).collect()
    : [];
  results.sort((a, b) => a.node.range[0] - b.node.range[0]);
  perFile.set(definitions, results);
  return results as ApiReference<T>[];
}

/** Node of the call's arguments, or an empty list for reads. */
export function argumentsOf(reference: ApiReference): readonly TSESTree.CallExpressionArgument[] {
  const { node } = reference;
  return node.type === 'CallExpression' || node.type === 'NewExpression' ? node.arguments : [];
}
