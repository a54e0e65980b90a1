import type { TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '../src/ast/eslint-utils.js';
import { SERVER_SDK_MODULES } from '../src/catalog/providers.js';
import { createRule } from '../src/create-rule.js';
import { CREDENTIAL_TEXT_TRIGGER } from '../src/analyses/triggers.js';
import { stringListOption } from '../src/ast/options.js';
import { getStaticKeyName, skipWrappers } from '../src/ast/ast.js';
import {
  DEFAULT_CLIENT_FILE_GLOBS,
  DEFAULT_SERVER_FILE_GLOBS,
  DEFAULT_PUBLIC_ENV_PREFIXES,
  classifyFile,
  isSecretEnvName,
  publicEnvPrefixOf,
} from '../src/modules/file-kinds.js';
import { api } from '../src/catalog/api.js';
import { argumentsOf, findApiReferences } from '../src/modules/module-references.js';
import { findModuleImports, isModuleOrSubpath } from '../src/modules/module-imports.js';
import { listProperties, propertyKey } from '../src/values/object-options.js';
import { describeCredential, findCredentials, matchWholeCredential } from '../src/analyses/secrets.js';
import { staticString } from '../src/values/static-values.js';

type Options = [
  {
    clientFiles?: string[];
    serverFiles?: string[];
    publicEnvPrefixes?: string[];
  },
];

type MessageIds =
  | 'secretValue'
  | 'secretEnv'
  | 'publicSecretEnv'
  | 'serverSdk'
  | 'nextConfigEnv'
  | 'secretInBrowserSdk';

/** Browser SDK entry points that take a publishable key. */
const BROWSER_KEY_CALLS = [
  api.call('@stripe/stripe-js', ['loadStripe'], 'loadStripe'),
  api.call('@stripe/stripe-js/pure', ['loadStripe'], 'loadStripe'),
  api.call('@stripe/stripe-react-native', ['initStripe'], 'initStripe'),
];

const NEXT_CONFIG = /(?:^|[\\/])next\.config\.(?:js|mjs|cjs|ts|mts)$/u;

export default createRule<Options, MessageIds>({
  name: 'no-secret-key-in-client',
  relevance: {
    // `process.env` / `import.meta.env` reads and next.config `env`; browser SDK keys; credential literals and
    // server SDK imports in client files.
    anyOf: [CREDENTIAL_TEXT_TRIGGER],
    pattern: /\benv\b/u,
    apis: [BROWSER_KEY_CALLS],
    modules: SERVER_SDK_MODULES,
  },
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow secret keys, secret environment variables and server payment SDKs in browser code.',
      recommended: 'recommended',
      category: 'Security',
      cwe: ['CWE-522', 'CWE-200'],
      pci: ['8.6.2', '7.2.1'],
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          clientFiles: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description:
              "Globs of files bundled for the browser, in addition to files with a `'use client'` directive. Replaces the default (`**/*.client.*`, `**/*.client/**`, `**/*.vue`).",
          },
          serverFiles: stringListOption(
            'Globs of server-only files, never treated as browser code. Replaces the default (`**/*.server.*`, `**/app/api/**`, `**/pages/api/**`, App Router `route.*` files).',
          ),
          publicEnvPrefixes: stringListOption(
            'Environment-variable prefixes that bundlers inline into browser code (`NEXT_PUBLIC_`, `VITE_`, `REACT_APP_`, `EXPO_PUBLIC_`, `PUBLIC_`, `GATSBY_` by default).',
          ),
        },
      },
    ],
    defaultOptions: [
      {
        clientFiles: [...DEFAULT_CLIENT_FILE_GLOBS],
        serverFiles: [...DEFAULT_SERVER_FILE_GLOBS],
        publicEnvPrefixes: [...DEFAULT_PUBLIC_ENV_PREFIXES],
      },
    ],
    messages: {
      secretValue:
        '{{credential}} is in browser code, where every visitor can read it from the bundle and use it against your payment account; rotate it, keep secret keys on the server and give the browser only publishable keys.',
      secretEnv:
        'Browser code reads the secret `{{name}}`; if the bundler inlines it every visitor can read it, so move this logic to a server route and pass the browser only publishable values.',
      publicSecretEnv:
        '`{{name}}` has the public prefix `{{prefix}}`, so its value is inlined into the browser bundle for every visitor to read; keep secrets in unprefixed server-only variables and rotate this one if it was ever deployed.',
      serverSdk:
        'The server SDK `{{module}}` is imported in browser code, where it needs a secret key that would ship to every visitor; call it from a server route and use the provider browser SDK here.',
      nextConfigEnv:
        '`{{name}}` in the Next.js `env` config is inlined into the client bundle, exposing the secret to every visitor; read it through `process.env` in server code only and rotate it if it was deployed.',
      secretInBrowserSdk:
        '`{{call}}` receives a secret key, which the browser SDK never needs and every visitor could read; pass the publishable key instead and rotate the secret.',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const prefixes = options.publicEnvPrefixes ?? [...DEFAULT_PUBLIC_ENV_PREFIXES];
    const reported = new Set<TSESTree.Node>();
    const envReads: { node: TSESTree.Node; name: string }[] = [];
    const texts: { node: TSESTree.Node; text: string }[] = [];
    const envProperties: TSESTree.Property[] = [];

    function report(node: TSESTree.Node, messageId: MessageIds, data: Record<string, string>): void {
      if (reported.has(node)) return;
      reported.add(node);
      context.report({ node, messageId, data });
    }

    /** `process.env` (with `process` not a local binding) or `import.meta.env`. */
    function isEnvObject(node: TSESTree.Node): boolean {
      const inner = skipWrappers(node);
      if (inner.type !== 'MemberExpression' || getStaticKeyName(inner.property, inner.computed) !== 'env') return false;
      const object = skipWrappers(inner.object);
      if (object.type === 'MetaProperty') return object.meta.name === 'import' && object.property.name === 'meta';
      if (object.type !== 'Identifier' || object.name !== 'process') return false;
      const variable = findVariable(sourceCode.getScope(object), object);
      return !variable || variable.defs.length === 0;
    }

    function checkEnvName(node: TSESTree.Node, name: string, kind: string): void {
      if (!isSecretEnvName(name)) return;
      const prefix = publicEnvPrefixOf(name, prefixes);
      // Server-only files are never bundled, so a public prefix there inlines nothing.
      if (prefix) {
        if (kind !== 'server') report(node, 'publicSecretEnv', { name, prefix });
      }
      else if (kind === 'client') report(node, 'secretEnv', { name });
    }

    return {
      MemberExpression(node) {
        if (!isEnvObject(node.object)) return;
        const name = node.computed ? staticString(sourceCode, node.property) : getStaticKeyName(node.property, false);
        if (name) envReads.push({ node, name });
      },
      VariableDeclarator(node) {
        if (node.id.type !== 'ObjectPattern' || !node.init || !isEnvObject(node.init)) return;
        for (const property of node.id.properties) {
          if (property.type !== 'Property') continue;
          const name = getStaticKeyName(property.key, property.computed);
          if (name) envReads.push({ node: property, name });
        }
      },
      Literal(node) {
        if (typeof node.value === 'string' && node.value.length >= 8) texts.push({ node, text: node.value });
      },
      TemplateElement(node) {
        const text = node.value.cooked ?? node.value.raw;
        if (text.length >= 8) texts.push({ node: node.parent.type === 'TemplateLiteral' && node.parent.expressions.length === 0 ? node.parent : node, text });
      },
      JSXText(node) {
        if (node.value.length >= 8) texts.push({ node, text: node.value });
      },
      Property(node) {
        if (propertyKey(sourceCode, node) === 'env') envProperties.push(node);
      },
      'Program:exit'(program) {
        const kind = classifyFile(context.filename, program, {
          clientFiles: options.clientFiles,
          serverFiles: options.serverFiles,
          cwd: context.cwd,
          visitorKeys: sourceCode.visitorKeys,
        });

        // Public-prefixed secret env names: in any file that may be bundled (bundlers inline them by definition).
        for (const read of envReads) checkEnvName(read.node, read.name, kind);

        // next.config `env` entries are inlined into the client bundle.
        if (NEXT_CONFIG.test(context.filename)) {
          for (const property of envProperties) {
            for (const entry of listProperties(sourceCode, property.value).properties) {
              const name = propertyKey(sourceCode, entry.property);
              if (name && isSecretEnvName(name)) report(entry.property, 'nextConfigEnv', { name });
            }
          }
        }

        // Secret keys handed to browser SDKs (`loadStripe('sk_live_…')`), in any file.
        for (const reference of findApiReferences(sourceCode, BROWSER_KEY_CALLS)) {
          const argument = argumentsOf(reference)[0];
          if (!argument || argument.type === 'SpreadElement') continue;
          const value = staticString(sourceCode, argument);
          const match = value === null ? null : matchWholeCredential(value);
          if (match && match.format.secret && !match.placeholder) {
            report(argument, 'secretInBrowserSdk', { call: reference.definition.data });
          }
        }

        if (kind !== 'client') return;

        for (const entry of texts) {
          if (reported.has(entry.node)) continue;
          const [match] = findCredentials(entry.text);
          if (match) report(entry.node, 'secretValue', { credential: describeCredential(match.format.label, match.value) });
        }
        // Comments are not shipped by bundlers: rule no-hardcoded-payment-secret covers them.

        for (const load of findModuleImports(sourceCode)) {
          if (load.typeOnly) continue;
          const module = SERVER_SDK_MODULES.find((name) => isModuleOrSubpath(load.module, name));
          if (module) report(load.source, 'serverSdk', { module });
        }
      },
    };
  },
});
