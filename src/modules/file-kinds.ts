/**
 * Client/server file classification: is this module bundled for the browser, or does it only run on a server?
 *
 * Decided, in order, by: a `'use client'` / `'use server'` directive; an `import 'server-only'` /
 * `'client-only'` marker; server globs (`*.server.*`, `app/api/**`, `pages/api/**`, App Router `route.*`);
 * client globs (`*.client.*`, Vue single-file components), except NestJS code, where `stripe.client.ts` is a
 * server-side API-client provider; a serverless function module (an exported `handler`
 * that answers with a `statusCode`: AWS Lambda, Netlify Functions); a back-end package (the nearest package.json
 * lists a server runtime such as express, fastify, @nestjs/core or firebase-functions and no UI framework or
 * bundler). Anything else is `unknown` — rules must not treat unknown as client code.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { BROWSER_PACKAGES, SERVER_RUNTIME_PACKAGES } from '../catalog/frameworks.js';
import { getStaticKeyName, skipWrappers, walk } from '../ast/ast.js';
import { nearestManifestDependencies } from './package-versions.js';
import { cachedMatcher } from './test-files.js';

export type FileKind = 'client' | 'server' | 'unknown';

/** Files bundled for the browser by naming convention (Remix, Nuxt, Qwik …). */
export const DEFAULT_CLIENT_FILE_GLOBS: readonly string[] = ['**/*.client.*', '**/*.client/**', '**/*.vue'];

/** Files that only run on a server by framework convention (Next.js API and route handlers, `*.server.*`). */
export const DEFAULT_SERVER_FILE_GLOBS: readonly string[] = [
  '**/*.server.*',
  '**/*.server/**',
  '**/app/api/**',
  '**/pages/api/**',
  '**/app/**/route.{js,jsx,ts,tsx,mjs,cjs,mts,cts}',
];

/** The module's leading directive (`'use client'` / `'use server'`), or `null`. */
export function moduleDirective(program: TSESTree.Program): 'use client' | 'use server' | null {
  for (const statement of program.body) {
    if (statement.type !== 'ExpressionStatement' || !('directive' in statement) || !statement.directive) break;
    if (statement.directive === 'use client' || statement.directive === 'use server') return statement.directive;
  }
  return null;
}

/** `import 'server-only'` → `'server'`, `import 'client-only'` → `'client'` (Next.js markers), else `null`. */
export function importMarker(program: TSESTree.Program): 'server' | 'client' | null {
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration') continue;
    if (statement.source.value === 'server-only') return 'server';
    if (statement.source.value === 'client-only') return 'client';
  }
  return null;
}

export interface FileKindOptions {
  /** Client-file globs (replace the defaults when given). */
  readonly clientFiles?: readonly string[];
  /** Server-file globs (replace the defaults when given). */
  readonly serverFiles?: readonly string[];
  /** Project root (`context.cwd`); globs match paths relative to it. */
  readonly cwd?: string;
  /** `sourceCode.visitorKeys`: enables the serverless-function check (it walks the module). */
  readonly visitorKeys?: SourceCode.VisitorKeys;
}

const SERVERLESS_EXPORTS = new Set(['handler']);
const serverlessModules = new WeakMap<TSESTree.Program, boolean>();

/** `exports.handler = …`, `module.exports.handler = …`, `module.exports = { handler }`, `export … handler`. */
function exportsHandler(program: TSESTree.Program): boolean {
  for (const statement of program.body) {
    if (statement.type === 'ExportNamedDeclaration') {
      const declaration = statement.declaration;
      if (declaration?.type === 'FunctionDeclaration' && declaration.id && SERVERLESS_EXPORTS.has(declaration.id.name)) return true;
      if (declaration?.type === 'VariableDeclaration') {
        if (declaration.declarations.some((d) => d.id.type === 'Identifier' && SERVERLESS_EXPORTS.has(d.id.name))) return true;
      }
      for (const specifier of statement.specifiers) {
        if (specifier.exported.type === 'Identifier' && SERVERLESS_EXPORTS.has(specifier.exported.name)) return true;
      }
      continue;
    }
    if (statement.type !== 'ExpressionStatement') continue;
    const expression = skipWrappers(statement.expression);
    if (expression.type !== 'AssignmentExpression' || expression.operator !== '=') continue;
    const left = skipWrappers(expression.left);
    if (left.type !== 'MemberExpression') continue;
    const key = getStaticKeyName(left.property, left.computed);
    const object = skipWrappers(left.object);
    const isModule = object.type === 'Identifier' && object.name === 'module';
    const isExports =
      (object.type === 'Identifier' && object.name === 'exports') ||
      (object.type === 'MemberExpression' &&
        skipWrappers(object.object).type === 'Identifier' &&
        (skipWrappers(object.object) as TSESTree.Identifier).name === 'module' &&
        getStaticKeyName(object.property, object.computed) === 'exports');
    if (isExports && key !== null && SERVERLESS_EXPORTS.has(key)) return true;
    if (isModule && key === 'exports') {
      const right = skipWrappers(expression.right);
      if (
        right.type === 'ObjectExpression' &&
        right.properties.some((p) => p.type === 'Property' && SERVERLESS_EXPORTS.has(getStaticKeyName(p.key, p.computed) ?? ''))
      ) {
        return true;
      }
    }
  }
  return false;
}

/**
 * A serverless function module (AWS Lambda, Netlify Functions): it exports `handler` and builds a response object
 * with a `statusCode`. Such a file is deployed as a function and never bundled for a browser.
 */
function isServerlessFunctionModule(program: TSESTree.Program, visitorKeys: SourceCode.VisitorKeys): boolean {
  const cached = serverlessModules.get(program);
  if (cached !== undefined) return cached;
  let result = false;
  if (exportsHandler(program)) {
    walk(program, visitorKeys, (node) => {
      if (result) return false;
      if (node.type === 'Property' && getStaticKeyName(node.key, node.computed) === 'statusCode') result = true;
      return !result;
    });
  }
  serverlessModules.set(program, result);
  return result;
}

/** The nearest package.json lists a server runtime and no UI framework or bundler. */
function inBackEndPackage(filename: string, cwd: string | undefined): boolean {
  const dependencies = nearestManifestDependencies(filename, cwd);
  if (!dependencies) return false;
  if (BROWSER_PACKAGES.some((name) => dependencies.has(name))) return false;
  return SERVER_RUNTIME_PACKAGES.some((name) => dependencies.has(name));
}

/**
 * NestJS code, where `*.client.ts` names an API-client provider (`stripe.client.ts` exporting
 * `{ provide: STRIPE_CLIENT, useFactory: … }`) rather than a browser bundle (the Remix convention of the default
 * client globs): the module imports a `@nestjs/` package, or its nearest package.json lists `@nestjs/core` and no UI
 * framework or bundler. Nest compiles and runs every file of its source tree on the server.
 */
function isNestModule(filename: string, program: TSESTree.Program, cwd: string | undefined): boolean {
  const importsNest = program.body.some(
    (statement) => statement.type === 'ImportDeclaration' && statement.source.value.startsWith('@nestjs/'),
  );
  if (importsNest) return true;
  const dependencies = nearestManifestDependencies(filename, cwd);
  return dependencies?.has('@nestjs/core') === true && !BROWSER_PACKAGES.some((name) => dependencies.has(name));
}

/** Whether the file is browser code, server-only code, or unknown. */
export function classifyFile(filename: string, program: TSESTree.Program, options: FileKindOptions = {}): FileKind {
  const directive = moduleDirective(program);
  if (directive === 'use client') return 'client';
  if (directive === 'use server') return 'server';
  const marker = importMarker(program);
  if (marker) return marker;
  const match = { cwd: options.cwd };
  if (cachedMatcher(options.serverFiles ?? DEFAULT_SERVER_FILE_GLOBS)(filename, match)) return 'server';
  if (cachedMatcher(options.clientFiles ?? DEFAULT_CLIENT_FILE_GLOBS)(filename, match)) {
    // Rules pass their defaulted options: a list equal to the defaults is not a user's choice.
    const custom = options.clientFiles !== undefined && options.clientFiles.join('\0') !== DEFAULT_CLIENT_FILE_GLOBS.join('\0');
    return !custom && isNestModule(filename, program, options.cwd) ? 'server' : 'client';
  }
  if (options.visitorKeys && isServerlessFunctionModule(program, options.visitorKeys)) return 'server';
  if (inBackEndPackage(filename, options.cwd)) return 'server';
  return 'unknown';
}

/** Environment-variable prefixes that bundlers inline into browser code (Next.js, Vite, Create React App, Expo, Nuxt …). */
export const DEFAULT_PUBLIC_ENV_PREFIXES: readonly string[] = [
  'NEXT_PUBLIC_',
  'VITE_',
  'REACT_APP_',
  'EXPO_PUBLIC_',
  'PUBLIC_',
  'GATSBY_',
];

/** The public prefix `name` starts with, or `null`. */
export function publicEnvPrefixOf(name: string, prefixes: readonly string[] = DEFAULT_PUBLIC_ENV_PREFIXES): string | null {
  return prefixes.find((prefix) => name.startsWith(prefix)) ?? null;
}

/** Segments that make an environment variable a secret on their own. */
const SECRET_ENV_SEGMENTS = new Set(['SECRET', 'SECRETS', 'SECRETKEY', 'CLIENTSECRET', 'PRIVATEKEY', 'PASSWORD', 'PASSWD', 'RESTRICTED']);
/** Trailing segments naming something about the secret rather than the secret (`AWS_SECRET_NAME`). */
const SECRET_META_SEGMENTS = new Set(['NAME', 'ARN', 'ID', 'PATH', 'FILE', 'URL', 'REF', 'VERSION', 'LENGTH', 'HEADER', 'ENABLED']);

/**
 * Does an environment variable name hold a secret? Segment-matched on `_`: `STRIPE_SECRET_KEY`,
 * `PAYPAL_CLIENT_SECRET`, `BRAINTREE_PRIVATE_KEY`, `DB_PASSWORD`, `STRIPE_RESTRICTED_KEY`, `…_SK`.
 * Not: `STRIPE_PUBLISHABLE_KEY`, `NEXT_PUBLIC_FIREBASE_API_KEY` (public by design), `AWS_SECRET_NAME`,
 * `PRIVATE_BETA`, `NEXT_PUBLIC_PRIVACY_URL`.
 */
export function isSecretEnvName(name: string): boolean {
  const segments = name.toUpperCase().split(/[_\-.]+/u).filter((segment) => segment.length > 0);
  if (segments.length === 0) return false;
  const last = segments[segments.length - 1]!;
  if (SECRET_META_SEGMENTS.has(last)) return false;
  if (last === 'SK') return true;
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    if (SECRET_ENV_SEGMENTS.has(segment)) return true;
    if (segment === 'PRIVATE' && (segments[index + 1] === 'KEY' || segments[index + 1] === 'TOKEN')) return true;
  }
  return false;
}
