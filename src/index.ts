import type { TSESLint } from '@typescript-eslint/utils';
import { rules } from '../rules/index.js';
import { buildConfigs, type PresetName } from './configs.js';
import { NAMESPACE, PLUGIN_NAME, PLUGIN_VERSION } from './meta.js';

interface PaymentSecurityPlugin {
  meta: { name: string; version: string; namespace: string };
  rules: typeof rules;
  configs: Record<PresetName, TSESLint.FlatConfig.Config>;
}

const plugin: PaymentSecurityPlugin = {
  meta: { name: PLUGIN_NAME, version: PLUGIN_VERSION, namespace: NAMESPACE },
  rules,
  configs: {} as Record<PresetName, TSESLint.FlatConfig.Config>,
};
Object.assign(plugin.configs, buildConfigs(plugin as unknown as TSESLint.FlatConfig.Plugin, rules));

export default plugin;
export { plugin as 'module.exports' };
