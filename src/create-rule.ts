import { RuleCreator } from '@typescript-eslint/utils/eslint-utils';
import { PLUGIN_VERSION, REPOSITORY_URL } from './meta.js';

/** Extra `meta.docs` fields every rule declares; configs, docs and SARIF are generated from them. */
export interface PaymentPluginDocs {
  /** Preset that first enables the rule. `strict` includes `recommended`. */
  readonly recommended: 'recommended' | 'strict';
  readonly category: 'Security';
  /** CWE identifiers, e.g. `CWE-295`. */
  readonly cwe: readonly string[];
  /** PCI DSS v4.0.1 requirement numbers, e.g. `4.2.1`. */
  readonly pci: readonly string[];
  readonly requiresTypeChecking?: boolean;
}

export const ruleDocsUrl = (name: string): string =>
  `${REPOSITORY_URL}/blob/v${PLUGIN_VERSION}/docs/rules/${name}.md`;

export const createRule = RuleCreator<PaymentPluginDocs>(ruleDocsUrl);
