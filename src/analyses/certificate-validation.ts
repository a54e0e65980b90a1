/**
 * Where a file turns TLS certificate or hostname validation off, for no-disabled-certificate-validation:
 * - `disabled-option`: a disabling option (`rejectUnauthorized: false`, `tlsAllowInvalidCertificates: true`, SDK
 *   switches such as `insecure: true`) in the options of a TLS client (src/catalog/tls-clients.ts `TLS_OPTION_SINKS`),
 *   written later onto such an options variable, or set on `https.globalAgent.options`;
 * - `env-variable` / `child-env-variable`: `NODE_TLS_REJECT_UNAUTHORIZED` set to `'0'` in `process.env` (in every
 *   write shape) or in a child process's `env` option;
 * - `accept-any-identity`: a `checkServerIdentity` that never returns an error;
 * - `disable-method`: superagent's `.disableTLSCerts()`.
 * A finding is `environmentGated` when only a deployment-environment check guards or chooses it.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { getStaticKeyName, isFunction, skipWrappers, walk, type AnyFunction } from '../ast/ast.js';
import { findVariable } from '../ast/eslint-utils.js';
import {
  CHILD_PROCESS_ENV_SINKS,
  DISABLING_METHODS,
  DISABLING_OPTIONS,
  PROCESS_TLS_SWITCHES,
  SDK_DISABLING_OPTIONS,
} from '../catalog/tls-clients.js';
import type { Trigger } from '../modules/file-facts.js';
import { argumentsOf, findApiReferences } from '../modules/module-references.js';
import { instanceClassOf, instanceFieldWrites } from '../values/class-fields.js';
import { isEnvironmentGated } from '../values/conditions.js';
import { findTlsOptionObjects } from './tls-option-objects.js';
import { findProperty, findPropertyPath } from '../values/object-options.js';
import { resolveExpression, staticString, staticValue, valueSources } from '../values/static-values.js';

export type CertificateFindingKind =
  | 'disabled-option'
  | 'env-variable'
  | 'child-env-variable'
  | 'accept-any-identity'
  | 'disable-method';

/** What a suggestion may remove: an object property, a whole statement, or a call (keeping its receiver). */
export type CertificateRemoval =
  | { readonly kind: 'property'; readonly node: TSESTree.Property }
  | { readonly kind: 'statement'; readonly node: TSESTree.Node }
  | { readonly kind: 'call'; readonly node: TSESTree.CallExpression; readonly receiver: TSESTree.Node };

export interface CertificateFinding {
  readonly node: TSESTree.Node;
  readonly kind: CertificateFindingKind;
  /**
   * Message data: `option`, `value`, `client` and `what` (the switch as shown in messages) for `disabled-option`;
   * `what` for the environment variable; `client` for `disable-method`.
   */
  readonly data: Readonly<Record<string, string>>;
  /** Only guarded (or chosen) by a deployment-environment condition: such switches still reach production. */
  readonly environmentGated: boolean;
  readonly removal: CertificateRemoval | null;
}

export const TLS_REJECT_ENV = 'NODE_TLS_REJECT_UNAUTHORIZED';
const GLOBAL_AGENT = 'every request through https.globalAgent';
const ENV_WHAT = "Setting NODE_TLS_REJECT_UNAUTHORIZED to '0'";
/** Conditions that select a deployment environment (not arbitrary feature flags). */
const DEPLOYMENT_CONDITION = /NODE_ENV|APP_ENV|\b(?:is)?(?:dev|development|prod|production|local|staging|test)\b/iu;
const COMPARISON_OPERATORS = new Set(['===', '!==', '==', '!=']);
const MAX_CONDITION_LENGTH = 300;
const MAX_FLAG_LENGTH = 120;

function isDeploymentCondition(sourceCode: Readonly<SourceCode>, node: TSESTree.Node, maxLength: number): boolean {
  const text = sourceCode.getText(node);
  return text.length < maxLength && DEPLOYMENT_CONDITION.test(text) && !text.includes(TLS_REJECT_ENV);
}

/**
 * How an option value turns validation off: `'always'` for the disabling constant, `'environment'` when it is chosen
 * by a deployment-environment condition (`NODE_ENV === 'production'`, `isDev ? false : true`, `isProduction`), else
 * `null`. Node reads `rejectUnauthorized !== false`: only the boolean itself disables validation (0 and 'false' do not).
 */
export function disablingKind(
  sourceCode: Readonly<SourceCode>,
  valueNode: TSESTree.Node,
  disablingValue: boolean,
): 'always' | 'environment' | null {
  const value = staticValue(sourceCode, valueNode);
  if (value) return value.value === disablingValue ? 'always' : null;
  const inner = skipWrappers(resolveExpression(sourceCode, valueNode));
  // A value the file writes elsewhere (`this.strict = false` in another method, a single-call helper's argument).
  const resolved = inner === skipWrappers(valueNode) ? null : staticValue(sourceCode, inner);
  if (resolved) return resolved.value === disablingValue ? 'always' : null;
  // `rejectUnauthorized: process.env.NODE_ENV === 'production'` is false everywhere else.
  if (inner.type === 'BinaryExpression' && COMPARISON_OPERATORS.has(inner.operator)) {
    return isDeploymentCondition(sourceCode, inner, MAX_CONDITION_LENGTH) ? 'environment' : null;
  }
  // `rejectUnauthorized: isProduction`, `!config.isDev`: a boolean named after the deployment environment.
  if (inner.type === 'Identifier' || inner.type === 'MemberExpression' || (inner.type === 'UnaryExpression' && inner.operator === '!')) {
    return isDeploymentCondition(sourceCode, inner, MAX_FLAG_LENGTH) ? 'environment' : null;
  }
  if (inner.type !== 'ConditionalExpression' && inner.type !== 'LogicalExpression') return null;
  const sources = valueSources(sourceCode, inner);
  // Every branch switches validation off (`flag ? false : false`): a condition that chooses nothing.
  if (sources.every((source) => staticValue(sourceCode, source)?.value === disablingValue)) return 'always';
  for (const source of sources) {
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
      if (test && isDeploymentCondition(sourceCode, test, MAX_CONDITION_LENGTH)) return 'environment';
      child = parent;
      parent = parent.parent;
    }
  }
  return null;
}

/**
 * Every return yields a falsy constant (`undefined`, `null`, `false`) and the function never throws. Node treats a
 * truthy return as the verification error (tls `onConnectSecure`), so `() => true` rejects and does not count.
 */
export function alwaysAccepts(sourceCode: Readonly<SourceCode>, fn: AnyFunction): boolean {
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

/** The expression statement a write sits in, when it is the whole statement. */
function statementRemoval(node: TSESTree.Node | null | undefined): CertificateRemoval | null {
  const statement = node?.parent;
  return statement?.type === 'ExpressionStatement' ? { kind: 'statement', node: statement } : null;
}

/** Every place the file turns certificate validation off, at most one finding per node. */
/**
 * `this.agentOptions` written differently on different paths (`if (…) this.agentOptions = { rejectUnauthorized: false
 * }; else this.agentOptions = { ca }`): each written value reaches the TLS client on its path, as a conditional
 * `options.rejectUnauthorized = false` does, so each is checked. A single write is resolved by findProperty itself.
 */
function alternativeFieldValues(sourceCode: Readonly<SourceCode>, target: TSESTree.Node): readonly TSESTree.Expression[] {
  const member = skipWrappers(target);
  if (member.type !== 'MemberExpression' || skipWrappers(member.object).type !== 'ThisExpression') return [];
  const name = getStaticKeyName(member.property, member.computed);
  const classBody = name === null ? null : instanceClassOf(member);
  if (!classBody || name === null) return [];
  const values = instanceFieldWrites(sourceCode, classBody, name);
  return values && values.length > 1 ? values : [];
}

/** `filename` enables the database configuration modules of `findTlsOptionObjects`. */
/**
 * What a file's text must contain for findDisabledCertificateValidation to find anything (`relevance` of
 * no-disabled-certificate-validation): every finding names a disabling option, the environment variable,
 * `checkServerIdentity` or `disableTLSCerts` literally (as a key, a string or a member name).
 */
export const CERTIFICATE_VALIDATION_TRIGGER: Trigger = {
  text: [...Object.keys(DISABLING_OPTIONS), ...Object.keys(SDK_DISABLING_OPTIONS), TLS_REJECT_ENV, 'checkServerIdentity', 'disableTLSCerts'],
};

export function findDisabledCertificateValidation(sourceCode: Readonly<SourceCode>, filename?: string): CertificateFinding[] {
  const findings: CertificateFinding[] = [];
  const reported = new Set<TSESTree.Node>();

  function add(finding: CertificateFinding): void {
    if (reported.has(finding.node)) return;
    reported.add(finding.node);
    findings.push(finding);
  }

  function optionData(option: string, value: string, client: string, what = `\`${option}: ${value}\``): Record<string, string> {
    return { option, value, client, what };
  }

  function checkOptionsObject(objectNode: TSESTree.Node, client: string, sdkSwitches = false): void {
    const options = sdkSwitches ? { ...DISABLING_OPTIONS, ...SDK_DISABLING_OPTIONS } : DISABLING_OPTIONS;
    for (const [option, disablingValue] of Object.entries(options)) {
      const found = findProperty(sourceCode, objectNode, option);
      if (!found || reported.has(found.property)) continue;
      const kind = disablingKind(sourceCode, found.value, disablingValue);
      if (!kind) continue;
      add({
        node: found.property,
        kind: 'disabled-option',
        data: optionData(option, String(disablingValue), client),
        environmentGated: kind === 'environment' || isEnvironmentGated(sourceCode, found.property),
        removal: { kind: 'property', node: found.property },
      });
    }
    const identity = findProperty(sourceCode, objectNode, 'checkServerIdentity');
    if (identity && !reported.has(identity.property)) {
      const fn = resolveExpression(sourceCode, identity.value);
      if (isFunction(fn) && alwaysAccepts(sourceCode, fn)) {
        add({ node: identity.property, kind: 'accept-any-identity', data: {}, environmentGated: false, removal: null });
      }
    }
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
      const kind = disablingKind(sourceCode, assignment.right, disablingValue);
      if (!kind || reported.has(assignment)) continue;
      add({
        node: assignment,
        kind: 'disabled-option',
        data: optionData(option, String(disablingValue), client),
        environmentGated: kind === 'environment' || isEnvironmentGated(sourceCode, assignment),
        removal: statementRemoval(assignment),
      });
    }
  }

  /** `NODE_TLS_REJECT_UNAUTHORIZED` set to `'0'` (or `0`); `write` is the expression whose statement may be removed. */
  function checkEnvWrite(node: TSESTree.Node, valueNode: TSESTree.Node, write: TSESTree.Node | null, child = false): void {
    const value = staticValue(sourceCode, valueNode);
    if (!value || (value.value !== '0' && value.value !== 0) || reported.has(node)) return;
    add({
      node,
      kind: child ? 'child-env-variable' : 'env-variable',
      data: { what: ENV_WHAT },
      environmentGated: isEnvironmentGated(sourceCode, node),
      removal: statementRemoval(write),
    });
  }

  function checkGlobalAgentWrite(assignment: TSESTree.AssignmentExpression): void {
    add({
      node: assignment,
      kind: 'disabled-option',
      data: optionData('rejectUnauthorized', 'false', GLOBAL_AGENT, 'Disabling https.globalAgent certificate validation'),
      environmentGated: isEnvironmentGated(sourceCode, assignment),
      removal: statementRemoval(assignment),
    });
  }

  function checkTlsOptionSinks(): void {
    for (const { target, sink } of findTlsOptionObjects(sourceCode, filename)) {
      checkOptionsObject(target, sink.client, sink.sdkSwitches === true);
      checkOptionWrites(target, sink.client);
      for (const value of alternativeFieldValues(sourceCode, target)) checkOptionsObject(value, sink.client, sink.sdkSwitches === true);
    }
  }

  function checkDisablingMethods(): void {
    for (const reference of findApiReferences(sourceCode, DISABLING_METHODS)) {
      if (reference.definition.data.method !== 'disableTLSCerts') continue;
      const call = reference.node as TSESTree.CallExpression;
      const callee = skipWrappers(call.callee);
      findings.push({
        node: call,
        kind: 'disable-method',
        data: { client: reference.definition.data.client },
        environmentGated: false,
        removal: callee.type === 'MemberExpression' ? { kind: 'call', node: call, receiver: callee.object } : null,
      });
    }
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
    const isAgentOptions = (node: TSESTree.Node | undefined): boolean => !!node && agentOptions.has(skipWrappers(node));
    const isEnvKey = (node: TSESTree.Node | undefined): boolean => !!node && staticString(sourceCode, node) === TLS_REJECT_ENV;

    for (const reference of switches) {
      const node = reference.node;
      const parent = node.parent;
      const assigned =
        reference.isWrite && parent?.type === 'AssignmentExpression' && parent.operator === '=' && parent.left === node
          ? parent
          : null;
      switch (reference.definition.data.target) {
        case 'env':
          if (assigned) checkEnvWrite(node, assigned.right, assigned);
          break;
        case 'env-object': {
          // `process.env[KEY] = '0'` with a constant KEY (the tracker only follows literal keys).
          const outer = parent?.parent;
          if (
            parent?.type === 'MemberExpression' && parent.object === node && parent.computed && isEnvKey(parent.property) &&
            outer?.type === 'AssignmentExpression' && outer.left === parent && outer.operator === '='
          ) {
            checkEnvWrite(parent, outer.right, outer);
          }
          // `process.env = { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' }`
          const found = assigned ? findProperty(sourceCode, assigned.right, TLS_REJECT_ENV) : null;
          if (found) checkEnvWrite(found.property, found.value, assigned);
          break;
        }
        case 'global-agent':
          if (assigned && staticValue(sourceCode, assigned.right)?.value === false) checkGlobalAgentWrite(assigned);
          break;
        case 'global-agent-options':
          // `https.globalAgent.options = { rejectUnauthorized: false }`
          if (assigned) checkOptionsObject(assigned.right, GLOBAL_AGENT);
          break;
        case 'object-assign': {
          const [first, ...sources] = argumentsOf(reference);
          for (const source of sources) {
            if (isEnvObject(first)) {
              const found = findProperty(sourceCode, source, TLS_REJECT_ENV);
              if (found) checkEnvWrite(found.property, found.value, node);
            } else if (isAgentOptions(first)) {
              checkOptionsObject(source, GLOBAL_AGENT);
            }
          }
          break;
        }
        case 'define-property': {
          // `Object.defineProperty(process.env, 'NODE_TLS_REJECT_UNAUTHORIZED', { value: '0' })`
          const args = argumentsOf(reference);
          const found = isEnvObject(args[0]) && isEnvKey(args[1]) ? findProperty(sourceCode, args[2], 'value') : null;
          if (found) checkEnvWrite(found.property, found.value, node);
          break;
        }
        case 'reflect-set': {
          // `Reflect.set(process.env, 'NODE_TLS_REJECT_UNAUTHORIZED', '0')`
          const args = argumentsOf(reference);
          if (isEnvObject(args[0]) && isEnvKey(args[1]) && args[2]) checkEnvWrite(node, args[2], node);
          break;
        }
        default:
          break;
      }
    }
  }

  function checkChildProcessEnv(): void {
    for (const reference of findApiReferences(sourceCode, CHILD_PROCESS_ENV_SINKS)) {
      const args = argumentsOf(reference);
      for (const index of reference.definition.data.optionsArguments) {
        const argument = args[index];
        if (!argument || argument.type === 'SpreadElement') continue;
        const found = findPropertyPath(sourceCode, argument, ['env', TLS_REJECT_ENV]);
        if (found) checkEnvWrite(found.property, found.value, null, true);
      }
    }
  }

  checkTlsOptionSinks();
  checkDisablingMethods();
  checkProcessSwitches();
  checkChildProcessEnv();
  return findings;
}
