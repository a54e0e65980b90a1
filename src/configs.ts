import type { ESLint, Linter } from 'eslint';
import type { PaymentPluginDocs } from './create-rule.js';
import { NAMESPACE } from './meta.js';

type AnyRule = { meta: { docs?: Partial<PaymentPluginDocs>; deprecated?: unknown } };
export type PresetName = 'recommended' | 'strict' | 'all';

/** Which presets enable a rule, derived from `meta.docs.recommended` (strict ⊇ recommended, all = non-deprecated). */
export function presetsOf(rule: AnyRule): PresetName[] {
  if (rule.meta.deprecated) return [];
  const level = rule.meta.docs?.recommended;
  if (level === 'recommended') return ['recommended', 'strict', 'all'];
  if (level === 'strict') return ['strict', 'all'];
  return ['all'];
}

export function buildConfigs(
  plugin: ESLint.Plugin,
  rules: Readonly<Record<string, AnyRule>>,
): Record<PresetName, Linter.Config> {
  const make = (preset: PresetName): Linter.Config => {
    const enabled: Record<string, 'error'> = {};
    for (const [name, rule] of Object.entries(rules)) {
      if (presetsOf(rule).includes(preset)) enabled[`${NAMESPACE}/${name}`] = 'error';
    }
    return { name: `${NAMESPACE}/${preset}`, plugins: { [NAMESPACE]: plugin }, rules: enabled };
  };
  return { recommended: make('recommended'), strict: make('strict'), all: make('all') };
}
