import type { RuleFix, RuleFixer } from '@typescript-eslint/utils/ts-eslint';
import {
  CERTIFICATE_VALIDATION_TRIGGER,
  findDisabledCertificateValidation,
  type CertificateFinding,
  type CertificateFindingKind,
} from '../src/analyses/certificate-validation.js';
import { removeProperty, removeStatement } from '../src/ast/fixes.js';
import { createRule } from '../src/create-rule.js';

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

const MESSAGE_IDS: Readonly<Record<CertificateFindingKind, MessageIds>> = {
  'disabled-option': 'disabledOption',
  'env-variable': 'envVariable',
  'child-env-variable': 'childEnvVariable',
  'accept-any-identity': 'acceptAnyIdentity',
  'disable-method': 'disableMethod',
};

export default createRule<[], MessageIds>({
  name: 'no-disabled-certificate-validation',
  relevance: CERTIFICATE_VALIDATION_TRIGGER,
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

    function suggestions({ data, removal }: CertificateFinding) {
      if (!removal) return null;
      switch (removal.kind) {
        case 'property':
          return [
            {
              messageId: 'removeOption' as const,
              data: { option: data.option ?? '', value: data.value ?? '' },
              fix: (fixer: RuleFixer): RuleFix => removeProperty(sourceCode, fixer, removal.node),
            },
          ];
        case 'statement':
          return [
            {
              messageId: 'removeStatement' as const,
              fix: (fixer: RuleFixer): RuleFix => removeStatement(sourceCode, fixer, removal.node),
            },
          ];
        case 'call':
          return [
            {
              messageId: 'removeCall' as const,
              fix: (fixer: RuleFixer): RuleFix =>
                fixer.replaceTextRange(removal.node.range, sourceCode.getText(removal.receiver)),
            },
          ];
      }
    }

    return {
      'Program:exit'() {
        for (const finding of findDisabledCertificateValidation(sourceCode, context.filename)) {
          context.report({
            node: finding.node,
            messageId: finding.environmentGated ? 'environmentGated' : MESSAGE_IDS[finding.kind],
            data: finding.data,
            suggest: suggestions(finding),
          });
        }
      },
    };
  },
});
