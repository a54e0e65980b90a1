import type { TSESLint } from '@typescript-eslint/utils';
import noCardDataStorage from './no-card-data-storage.js';
import noCardNumbersInSource from './no-card-numbers-in-source.js';
import noClientControlledAmount from './no-client-controlled-amount.js';
import noDisabledCertificateValidation from './no-disabled-certificate-validation.js';
import noHardcodedPaymentSecret from './no-hardcoded-payment-secret.js';
import noInsecurePaymentUrl from './no-insecure-payment-url.js';
import noInsecureRandomness from './no-insecure-randomness.js';
import noLegacyPaymentApi from './no-legacy-payment-api.js';
import noPaymentErrorLeak from './no-payment-error-leak.js';
import noRawCardDataOnServer from './no-raw-card-data-on-server.js';
import noSecretKeyInClient from './no-secret-key-in-client.js';
import noSensitiveDataInLogs from './no-sensitive-data-in-logs.js';
import noTimingUnsafeCompare from './no-timing-unsafe-compare.js';
import noUnsanitizedInput from './no-unsanitized-input.js';
import noWeakCrypto from './no-weak-crypto.js';
import noWeakTls from './no-weak-tls.js';
import require3dsHandling from './require-3ds-handling.js';
import requireIdempotencyKey from './require-idempotency-key.js';
import requirePanMasking from './require-pan-masking.js';
import requireRawWebhookBody from './require-raw-webhook-body.js';
import requireWebhookSignatureVerification from './require-webhook-signature-verification.js';

/** Registry: rule name → rule. Test-enforced to list exactly the files in `rules/`. */
export const rules = {
  'no-card-data-storage': noCardDataStorage,
  'no-card-numbers-in-source': noCardNumbersInSource,
  'no-client-controlled-amount': noClientControlledAmount,
  'no-disabled-certificate-validation': noDisabledCertificateValidation,
  'no-hardcoded-payment-secret': noHardcodedPaymentSecret,
  'no-insecure-payment-url': noInsecurePaymentUrl,
  'no-insecure-randomness': noInsecureRandomness,
  'no-legacy-payment-api': noLegacyPaymentApi,
  'no-payment-error-leak': noPaymentErrorLeak,
  'no-raw-card-data-on-server': noRawCardDataOnServer,
  'no-secret-key-in-client': noSecretKeyInClient,
  'no-sensitive-data-in-logs': noSensitiveDataInLogs,
  'no-timing-unsafe-compare': noTimingUnsafeCompare,
  'no-unsanitized-input': noUnsanitizedInput,
  'no-weak-crypto': noWeakCrypto,
  'no-weak-tls': noWeakTls,
  'require-3ds-handling': require3dsHandling,
  'require-idempotency-key': requireIdempotencyKey,
  'require-pan-masking': requirePanMasking,
  'require-raw-webhook-body': requireRawWebhookBody,
  'require-webhook-signature-verification': requireWebhookSignatureVerification,
} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[]>>;
