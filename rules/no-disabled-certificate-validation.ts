import type { TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '../src/ast/eslint-utils.js';
import {
  CHILD_PROCESS_ENV_SINKS,
  DISABLING_METHODS,
  DISABLING_OPTIONS,
  PROCESS_TLS_SWITCHES,
  SDK_DISABLING_OPTIONS,
  TLS_OPTION_SINKS,
} from '../src/catalog/tls-clients.js';
import { createRule } from '../src/create-rule.js';
import { getStaticKeyName, isFunction, skipWrappers, walk } from '../src/ast/ast.js';
import { isEnvironmentGated } from '../src/values/conditions.js';
import { removeProperty, removeStatement } from '../src/ast/fixes.js';
import { argumentsOf, findApiReferences } from '../src/modules/module-references.js';
import { findProperty, findPropertyPath } from '../src/values/object-options.js';
import { resolveExpression, staticString, staticValue, valueSources } from '../src/values/static-values.js';

const ENV_TOKEN = 'NODE_TLS_REJECT_UNAUTHORIZED';
/** Conditions that select a deployment environment (not arbitrary feature flags). */
const DEPLOYMENT_CONDITION = /NODE_ENV|APP_ENV|\b(?:is)?(?:dev|development|prod|production|local|staging|test)\b/iu;
const COMPARISON_OPERATORS = new Set(['===', '!==', '==', '!=']);

type MessageIds =
  | 'disabledOption'
  | 'environmentGated'
  | 'envVariable'
  | 'childEnvVariable'
  | 'acceptAnyIdentity'
  | 'disableMethod'
  | 'removeOption'
  | 'removeStatement'
  | 'removeCall';

export default createRule<[], MessageIds>({
  name: 'no-disabled-certificate-validation',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow turning off TLS certificate or hostname validation for HTTP, TLS, database and mail clients.',
      recommended: 'recommended',
      testFiles: 'skip',
      category: 'Security',
      cwe: ['CWE-295', 'CWE-297'],
      pci: ['4.2.1'],
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      disabledOption:
        '`{{option}}: {{value}}` turns off certificate validation for {{client}}, so anyone on the network path can impersonate the server and read card data and API keys in transit; remove it and pass a private CA with `ca` if you need one.',
      environmentGated:
        '{{what}} is only guarded by an environment check, and such switches reach production and expose payment traffic to interception; remove it and trust a development CA with `ca` or NODE_EXTRA_CA_CERTS instead.',
      envVariable:
        "Setting NODE_TLS_REJECT_UNAUTHORIZED to '0' disables certificate validation for every TLS connection in the process, payment API calls included, exposing card data and API keys to interception; remove it and use NODE_EXTRA_CA_CERTS for a private CA.",
      childEnvVariable:
        "Passing NODE_TLS_REJECT_UNAUTHORIZED='0' to a child process disables certificate validation for every TLS connection it makes, payment API calls included; remove it and use NODE_EXTRA_CA_CERTS for a private CA.",
      acceptAnyIdentity:
        'This `checkServerIdentity` never returns an error, so it accepts every certificate hostname and any valid certificate can impersonate the payment endpoint; remove it, or return an Error on mismatch by delegating to `tls.checkServerIdentity`.',
      disableMethod:
        '`.disableTLSCerts()` turns off certificate validation for this {{client}} request, exposing card data and API keys to interception; remove it and pass a private CA with `.ca()` if you need one.',
      removeOption: 'Remove `{{option}}: {{value}}`.',
      removeStatement: 'Remove this statement.',
      removeCall: 'Remove `.disableTLSCerts()`.',
    },
  },
  create(context) {
    const { sourceCode } = context;
    const reported = new Set<TSESTree.Node>();

    function reportOption(
      property: TSESTree.Property,
      option: string,
      value: string,
      client: string,
      environmentChosen = false,
    ): void {
      if (reported.has(property)) return;
      reported.add(property);
      const gated = environmentChosen || isEnvironmentGated(sourceCode, property);
      context.report({
        node: property,
        messageId: gated ? 'environmentGated' : 'disabledOption',
        data: { option, value, client, what: `\`${option}: ${value}\`` },
        suggest: [
          {
            messageId: 'removeOption',
            data: { option, value },
            fix: (fixer) => removeProperty(sourceCode, fixer, property),
          },
        ],
      });
    }

    /**
     * How an option value turns validation off: `'always'` for the disabling constant, `'environment'` when it is
     * chosen by a deployment-environment condition (`NODE_ENV === 'production'`, `isDev ? false : true`), else null.
     */
    function disablingKind(valueNode: TSESTree.Node, disablingValue: boolean): 'always' | 'environment' | null {
      const value = staticValue(sourceCode, valueNode);
      if (value) return value.value === disablingValue ? 'always' : null;
      const inner = skipWrappers(resolveExpression(sourceCode, valueNode));
      // `rejectUnauthorized: process.env.NODE_ENV === 'production'` is false everywhere else.
      if (inner.type === 'BinaryExpression' && COMPARISON_OPERATORS.has(inner.operator)) {
        const text = sourceCode.getText(inner);
        if (text.length < 300 && DEPLOYMENT_CONDITION.test(text) && !text.includes(ENV_TOKEN)) return 'environment';
        return null;
      }
      // `rejectUnauthorized: isProduction`, `!config.isDev`: a boolean named after the deployment environment.
      if (
        inner.type === 'Identifier' ||
        inner.type === 'MemberExpression' ||
        (inner.type === 'UnaryExpression' && inner.operator === '!')
      ) {
        const text = sourceCode.getText(inner);
        return text.length < 120 && DEPLOYMENT_CONDITION.test(text) && !text.includes(ENV_TOKEN) ? 'environment' : null;
      }
      if (inner.type !== 'ConditionalExpression' && inner.type !== 'LogicalExpression') return null;
      for (const source of valueSources(sourceCode, inner)) {
        const branch = staticValue(sourceCode, source);
        if (!branch || branch.value !== disablingValue) continue;
        let child: TSESTree.Node = source;
        let parent = source.parent;
        while (parent && child !== inner) {
          const test =
            parent.type === 'ConditionalExpression' && parent.test !== child
              ? parent.test
              : parent.type === 'LogicalExpression' && parent.right === child
                ? parent.left
                : null;
          if (test) {
            const text = sourceCode.getText(test);
            if (text.length < 300 && DEPLOYMENT_CONDITION.test(text) && !text.includes(ENV_TOKEN)) return 'environment';
          }
          child = parent;
          parent = parent.parent;
        }
      }
      return null;
    }

    function checkOptionsObject(objectNode: TSESTree.Node, client: string, sdkSwitches = false): void {
      const options = sdkSwitches ? { ...DISABLING_OPTIONS, ...SDK_DISABLING_OPTIONS } : DISABLING_OPTIONS;
      for (const [option, disablingValue] of Object.entries(options)) {
        const found = findProperty(sourceCode, objectNode, option);
        if (!found) continue;
        // Node reads `rejectUnauthorized !== false`: only the boolean itself disables validation (0 and 'false' do not).
        const kind = disablingKind(found.value, disablingValue);
        if (kind) reportOption(found.property, option, String(disablingValue), client, kind === 'environment');
      }
      const identity = findProperty(sourceCode, objectNode, 'checkServerIdentity');
      if (identity && !reported.has(identity.property)) {
        const fn = resolveExpression(sourceCode, identity.value);
        if (isFunction(fn) && alwaysAccepts(fn)) {
          reported.add(identity.property);
          context.report({ node: identity.property, messageId: 'acceptAnyIdentity' });
        }
      }
    }

    /**
     * Every return yields a falsy constant (`undefined`, `null`, `false`) and the function never throws. Node treats a
     * truthy return as the verification error (tls `onConnectSecure`), so `() => true` rejects and is not reported.
     */
    function alwaysAccepts(fn: TSESTree.Node): boolean {
      if (!isFunction(fn)) return false;
      if (fn.async || fn.generator) return false;
      if (fn.body.type !== 'BlockStatement') {
        const value = staticValue(sourceCode, fn.body);
        return value !== null && !value.value;
      }
      let accepts = true;
      walk(fn.body, sourceCode.visitorKeys, (node) => {
        if (!accepts) return false;
        if (isFunction(node) || node.type === 'ClassBody') return false;
        if (node.type === 'ThrowStatement') accepts = false;
        if (node.type === 'ReturnStatement' && node.argument) {
          const value = staticValue(sourceCode, node.argument);
          if (!value || value.value) accepts = false;
        }
        return undefined;
      });
      return accepts;
    }

    function reportEnvWrite(
      node: TSESTree.Node,
      valueNode: TSESTree.Node,
      statementOf: TSESTree.Node | null,
      child = false,
    ): void {
      const value = staticValue(sourceCode, valueNode);
      if (!value || (value.value !== '0' && value.value !== 0)) return;
      if (reported.has(node)) return;
      reported.add(node);
      const gated = isEnvironmentGated(sourceCode, node);
      const statement = statementOf?.parent?.type === 'ExpressionStatement' ? statementOf.parent : null;
      context.report({
        node,
        messageId: gated ? 'environmentGated' : child ? 'childEnvVariable' : 'envVariable',
        data: { what: "Setting NODE_TLS_REJECT_UNAUTHORIZED to '0'" },
        suggest: statement
          ? [{ messageId: 'removeStatement', fix: (fixer) => removeStatement(sourceCode, fixer, statement) }]
          : null,
      });
    }

    /** `const options = {...}; options.rejectUnauthorized = false; https.request(options)`. */
    function checkOptionWrites(target: TSESTree.Node, client: string): void {
      const inner = skipWrappers(target);
      if (inner.type !== 'Identifier') return;
      const variable = findVariable(sourceCode.getScope(inner), inner);
      if (!variable) return;
      for (const reference of variable.references) {
        const member = reference.identifier.parent;
        if (member?.type !== 'MemberExpression' || member.object !== reference.identifier) continue;
        const assignment = member.parent;
        if (assignment?.type !== 'AssignmentExpression' || assignment.left !== member || assignment.operator !== '=') continue;
        const option = getStaticKeyName(member.property, member.computed);
        if (option === null || !Object.hasOwn(DISABLING_OPTIONS, option)) continue;
        const disablingValue = DISABLING_OPTIONS[option]!;
        const kind = disablingKind(assignment.right, disablingValue);
        if (!kind || reported.has(assignment)) continue;
        reported.add(assignment);
        const value = String(disablingValue);
        const statement = assignment.parent?.type === 'ExpressionStatement' ? assignment.parent : null;
        context.report({
          node: assignment,
          messageId: kind === 'environment' || isEnvironmentGated(sourceCode, assignment) ? 'environmentGated' : 'disabledOption',
          data: { option, value, client, what: `\`${option}: ${value}\`` },
          suggest: statement
            ? [{ messageId: 'removeStatement', fix: (fixer) => removeStatement(sourceCode, fixer, statement) }]
            : null,
        });
      }
    }

    function reportGlobalAgentWrite(assignment: TSESTree.AssignmentExpression): void {
      if (reported.has(assignment)) return;
      reported.add(assignment);
      context.report({
        node: assignment,
        messageId: isEnvironmentGated(sourceCode, assignment) ? 'environmentGated' : 'disabledOption',
        data: {
          option: 'rejectUnauthorized',
          value: 'false',
          client: 'every request through https.globalAgent',
          what: 'Disabling https.globalAgent certificate validation',
        },
        suggest:
          assignment.parent?.type === 'ExpressionStatement'
            ? [{ messageId: 'removeStatement', fix: (fixer) => removeStatement(sourceCode, fixer, assignment.parent!) }]
            : null,
      });
    }

    /** `process.env` writes in every shape, and `https.globalAgent.options`. */
    function checkProcessSwitches(): void {
      const switches = findApiReferences(sourceCode, PROCESS_TLS_SWITCHES);
      const envObjects = new Set<TSESTree.Node>();
      const agentOptions = new Set<TSESTree.Node>();
      for (const reference of switches) {
        const { target } = reference.definition.data;
        if (target === 'env-object') envObjects.add(reference.node);
        if (target === 'global-agent-options') agentOptions.add(reference.node);
      }
      const isEnvObject = (node: TSESTree.Node | undefined): boolean => !!node && envObjects.has(skipWrappers(node));
      const isAgentOptions = (node: TSESTree.Node | undefined): boolean =>
        !!node && agentOptions.has(skipWrappers(node));

      for (const reference of switches) {
        const { target } = reference.definition.data;
        const node = reference.node;
        const assignment = node.parent;
        const assigned =
          reference.isWrite && assignment?.type === 'AssignmentExpression' && assignment.operator === '=' && assignment.left === node
            ? assignment
            : null;
        switch (target) {
          case 'env':
            if (assigned) reportEnvWrite(node, assigned.right, assigned);
            break;
          case 'env-object': {
            // `process.env[KEY] = '0'` with a constant KEY (the tracker only follows literal keys).
            const member = node.parent;
            if (member?.type === 'MemberExpression' && member.object === node && member.computed) {
              const key = staticString(sourceCode, member.property);
              const outer = member.parent;
              if (key === ENV_TOKEN && outer?.type === 'AssignmentExpression' && outer.left === member && outer.operator === '=') {
                reportEnvWrite(member, outer.right, outer);
              }
            }
            // `process.env = { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' }`
            if (assigned) {
              const found = findProperty(sourceCode, assigned.right, ENV_TOKEN);
              if (found) reportEnvWrite(found.property, found.value, assigned);
            }
            break;
          }
          case 'global-agent':
            if (assigned && staticValue(sourceCode, assigned.right)?.value === false) reportGlobalAgentWrite(assigned);
            break;
          case 'global-agent-options':
            // `https.globalAgent.options = { rejectUnauthorized: false }`
            if (assigned) checkOptionsObject(assigned.right, 'every request through https.globalAgent');
            break;
          case 'object-assign': {
            const args = argumentsOf(reference);
            if (isEnvObject(args[0])) {
              for (const source of args.slice(1)) {
                const found = findProperty(sourceCode, source, ENV_TOKEN);
                if (found) reportEnvWrite(found.property, found.value, node);
              }
            } else if (isAgentOptions(args[0])) {
              for (const source of args.slice(1)) checkOptionsObject(source, 'every request through https.globalAgent');
            }
            break;
          }
          case 'define-property': {
            // `Object.defineProperty(process.env, 'NODE_TLS_REJECT_UNAUTHORIZED', { value: '0' })`
            const args = argumentsOf(reference);
            if (isEnvObject(args[0]) && args[1] && staticString(sourceCode, args[1]) === ENV_TOKEN) {
              const found = findProperty(sourceCode, args[2], 'value');
              if (found) reportEnvWrite(found.property, found.value, node);
            }
            break;
          }
          case 'reflect-set': {
            // `Reflect.set(process.env, 'NODE_TLS_REJECT_UNAUTHORIZED', '0')`
            const args = argumentsOf(reference);
            if (isEnvObject(args[0]) && args[1] && args[2] && staticString(sourceCode, args[1]) === ENV_TOKEN) {
              reportEnvWrite(node, args[2], node);
            }
            break;
          }
          default:
            break;
        }
      }
    }

    return {
      'Program:exit'() {
        for (const reference of findApiReferences(sourceCode, TLS_OPTION_SINKS)) {
          const sink = reference.definition.data;
          for (const argument of argumentsOf(reference)) {
            if (argument.type === 'SpreadElement') continue;
            for (const root of sink.roots) {
              const target = root.length === 0 ? argument : findPropertyPath(sourceCode, argument, root)?.value;
              if (target) {
                checkOptionsObject(target, sink.client, sink.sdkSwitches === true);
                checkOptionWrites(target, sink.client);
              }
            }
          }
        }

        for (const reference of findApiReferences(sourceCode, DISABLING_METHODS)) {
          if (reference.definition.data.method !== 'disableTLSCerts') continue;
          const call = reference.node as TSESTree.CallExpression;
          const callee = skipWrappers(call.callee);
          context.report({
            node: call,
            messageId: 'disableMethod',
            data: { client: reference.definition.data.client },
            suggest:
              callee.type === 'MemberExpression'
                ? [
                    {
                      messageId: 'removeCall',
                      fix: (fixer) =>
                        fixer.replaceTextRange(call.range, sourceCode.getText(callee.object)),
                    },
                  ]
                : null,
          });
        }

        checkProcessSwitches();

        for (const reference of findApiReferences(sourceCode, CHILD_PROCESS_ENV_SINKS)) {
          const args = argumentsOf(reference);
          for (const index of reference.definition.data.optionsArguments) {
            const argument = args[index];
            if (!argument || argument.type === 'SpreadElement') continue;
            const found = findPropertyPath(sourceCode, argument, ['env', ENV_TOKEN]);
            if (found) reportEnvWrite(found.property, found.value, null, true);
          }
        }
      },
    };
  },
});
