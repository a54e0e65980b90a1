import type { TSESTree } from '@typescript-eslint/utils';
import {
  DISABLING_METHODS,
  DISABLING_OPTIONS,
  PROCESS_TLS_SWITCHES,
  TLS_OPTION_SINKS,
} from '../src/catalog/tls-clients.js';
import { createRule } from '../src/create-rule.js';
import { isFunction, skipWrappers, walk } from '../src/utils/ast.js';
import { isEnvironmentGated } from '../src/utils/conditions.js';
import { removeProperty, removeStatement } from '../src/utils/fixes.js';
import { argumentsOf, findApiReferences } from '../src/utils/module-references.js';
import { findProperty, findPropertyPath } from '../src/utils/object-options.js';
import { resolveExpression, staticValue } from '../src/utils/static-values.js';

type MessageIds =
  | 'disabledOption'
  | 'environmentGated'
  | 'envVariable'
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
      acceptAnyIdentity:
        'This `checkServerIdentity` accepts every certificate hostname, so any valid certificate can impersonate the payment endpoint; remove it, or return an Error on mismatch by delegating to `tls.checkServerIdentity`.',
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

    function reportOption(property: TSESTree.Property, option: string, value: string, client: string): void {
      if (reported.has(property)) return;
      reported.add(property);
      const gated = isEnvironmentGated(sourceCode, property);
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

    function checkOptionsObject(objectNode: TSESTree.Node, client: string): void {
      for (const [option, disablingValue] of Object.entries(DISABLING_OPTIONS)) {
        const found = findProperty(sourceCode, objectNode, option);
        if (!found) continue;
        const value = staticValue(sourceCode, found.value);
        if (!value) continue;
        // `rejectUnauthorized: 0` and `'false'` are coerced the same way by the clients that read them.
        const disabled =
          value.value === disablingValue ||
          (disablingValue === false && (value.value === 0 || value.value === 'false')) ||
          (disablingValue === true && (value.value === 1 || value.value === 'true'));
        if (disabled) reportOption(found.property, option, String(value.value), client);
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

    /** Every return yields `undefined` or `true`, and the function never throws. */
    function alwaysAccepts(fn: TSESTree.Node): boolean {
      if (!isFunction(fn)) return false;
      if (fn.body.type !== 'BlockStatement') {
        const value = staticValue(sourceCode, fn.body);
        return value !== null && (value.value === undefined || value.value === true);
      }
      let accepts = true;
      walk(fn.body, sourceCode.visitorKeys, (node) => {
        if (!accepts) return false;
        if (isFunction(node) || node.type === 'ClassBody') return false;
        if (node.type === 'ThrowStatement') accepts = false;
        if (node.type === 'ReturnStatement' && node.argument) {
          const value = staticValue(sourceCode, node.argument);
          if (!value || (value.value !== undefined && value.value !== true)) accepts = false;
        }
        return undefined;
      });
      return accepts;
    }

    function reportEnvWrite(node: TSESTree.Node, valueNode: TSESTree.Node, statementOf: TSESTree.Node): void {
      const value = staticValue(sourceCode, valueNode);
      if (!value || (value.value !== '0' && value.value !== 0)) return;
      if (reported.has(node)) return;
      reported.add(node);
      const gated = isEnvironmentGated(sourceCode, node);
      const statement = statementOf.parent?.type === 'ExpressionStatement' ? statementOf.parent : null;
      context.report({
        node,
        messageId: gated ? 'environmentGated' : 'envVariable',
        data: { what: "Setting NODE_TLS_REJECT_UNAUTHORIZED to '0'" },
        suggest: statement
          ? [{ messageId: 'removeStatement', fix: (fixer) => removeStatement(sourceCode, fixer, statement) }]
          : null,
      });
    }

    return {
      'Program:exit'() {
        for (const reference of findApiReferences(sourceCode, TLS_OPTION_SINKS)) {
          const sink = reference.definition.data;
          for (const argument of argumentsOf(reference)) {
            if (argument.type === 'SpreadElement') continue;
            for (const root of sink.roots) {
              const target = root.length === 0 ? argument : findPropertyPath(sourceCode, argument, root)?.value;
              if (target) checkOptionsObject(target, sink.client);
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

        const switches = findApiReferences(sourceCode, PROCESS_TLS_SWITCHES);
        const envObjects = new Set(
          switches.filter((r) => r.definition.data.target === 'env-object').map((r) => r.node),
        );
        for (const reference of switches) {
          const { target } = reference.definition.data;
          if ((target === 'env' || target === 'global-agent') && reference.isWrite) {
            const assignment = reference.node.parent;
            if (assignment?.type !== 'AssignmentExpression' || assignment.operator !== '=') continue;
            if (target === 'env') {
              reportEnvWrite(reference.node, assignment.right, assignment);
            } else {
              const value = staticValue(sourceCode, assignment.right);
              if (value && value.value === false && !reported.has(assignment)) {
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
                      ? [
                          {
                            messageId: 'removeStatement',
                            fix: (fixer) => removeStatement(sourceCode, fixer, assignment.parent!),
                          },
                        ]
                      : null,
                });
              }
            }
          } else if (target === 'object-assign') {
            const args = argumentsOf(reference);
            const first = args[0];
            if (!first || !envObjects.has(skipWrappers(first))) continue;
            for (const source of args.slice(1)) {
              const found = findProperty(sourceCode, source, 'NODE_TLS_REJECT_UNAUTHORIZED');
              if (found) reportEnvWrite(found.property, found.value, reference.node);
            }
          }
        }
      },
    };
  },
});
