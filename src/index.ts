import type { ESLint, Linter, Rule } from 'eslint';
import { rules } from '../rules/index.js';
import { buildConfigs, type PresetName } from './configs.js';
import { NAMESPACE, PLUGIN_NAME, PLUGIN_VERSION } from './meta.js';

export type RuleName = keyof typeof rules;

export interface PaymentSecurityPlugin extends ESLint.Plugin {
  meta: { name: string; version: string; namespace: string };
  /** typescript-eslint rule modules, exposed with ESLint's own rule type so configs type-check in user projects. */
  rules: Record<RuleName, Rule.RuleModule>;
  configs: Record<PresetName, Linter.Config>;
}

const plugin: PaymentSecurityPlugin = {
  meta: { name: PLUGIN_NAME, version: PLUGIN_VERSION, namespace: NAMESPACE },
  rules: rules as unknown as Record<RuleName, Rule.RuleModule>,
  configs: {} as Record<PresetName, Linter.Config>,
};
Object.assign(plugin.configs, buildConfigs(plugin, rules));

export default plugin;
export { plugin as 'module.exports' };
