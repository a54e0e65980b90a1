/**
 * Function summaries across modules (src/modules/project-functions.ts and the summaries in src/requests and
 * src/analyses): what a project function does with its parameters, used where another module calls it.
 * tests/fixtures/projects/cross-module/ is linted by the ESLint CLI with the README's TypeScript config (plus
 * no-payment-error-leak, which is in `strict`). Every finding below appears only through a summary of a function in
 * another file; the twin next to each (a bound parameter, a helper that logs only safe fields, a helper that stores a
 * token, a helper that answers with a generic message, a helper that verifies the signature, a numeric conversion)
 * stays silent, and a pair of modules that import each other (lib/cycle-a.js, lib/cycle-b.js) lints without a crash.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runEslintCli } from './eslint-cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const project = join(root, 'tests', 'fixtures', 'projects', 'cross-module');

describe('function summaries across modules (ESLint CLI, README TypeScript config)', () => {
  it('uses the README config verbatim', () => {
    expect(readFileSync(join(project, 'eslint.config.js'), 'utf8')).toBe(
      readFileSync(join(root, 'tests', 'fixtures', 'setups', 'typescript', 'eslint.config.js'), 'utf8'),
    );
  });

  it.each(['eslint', 'eslint-v9'] as const)('%s: reports at the calls of summarised functions, and only there', (eslint) => {
    const results = runEslintCli(eslint, project, ['--rule', 'payment-security/no-payment-error-leak: error']);
    const found = results
      .flatMap((result) =>
        result.messages.map((message) => `${result.filePath.slice(project.length + 1)}:${message.line} ${message.ruleId}`),
      )
      .sort((x, y) => x.localeCompare(y, 'en', { numeric: true }));
    expect(found).toEqual([
      // `paymentByCustomer(customerId)` in shared/db.ts pastes its parameter into SQL; `paymentById` binds it.
      'lambda/payments.ts:6 payment-security/no-unsanitized-input',
      // `this.reports.paymentsOfCustomer(customer)`: the injected `ReportsService` (a class exported by
      // reports.service.ts) pastes its parameter into SQL; `paymentsOfMerchant` binds it.
      'nest/reports.controller.ts:10 payment-security/no-unsanitized-input',
      // `auditPayment(step, details)` logs `details` whole; `auditPaymentSummary` logs only two fields of it.
      'routes/checkout.js:12 payment-security/no-sensitive-data-in-logs',
      'routes/checkout.js:12 payment-security/no-sensitive-data-in-logs',
      // `rememberPaymentDetails(customerId, details)` stores `details` as a bound SQL value; the next call stores a
      // payment method id.
      'routes/checkout.js:14 payment-security/no-card-data-storage',
      // `ordersDao.findByReference(reference)` builds SQL from its parameter; `findById` binds it.
      'routes/orders.js:9 payment-security/no-unsanitized-input',
      // `findByStatus(status)` passes SQL text to a helper of its own module (`run(text)`); `countByStatus` binds.
      'routes/orders.js:19 payment-security/no-unsanitized-input',
      // `tidy(value)` in lib/text.js returns its (trimmed) parameter; `orderNumber` returns an integer.
      'routes/orders.js:30 payment-security/no-unsanitized-input',
      // services/billing.js: `chargeCustomer(amount)` and `chargeInCents(amount)` (`amount * 100`) charge their
      // parameter, `createIntent(body)` charges `body.amount`, `topUp(user, amount)` goes through `chargeCustomer`.
      // The twins below them: `chargeProduct` looks the price up, `chargeCustomer(product.price)` is a stored price,
      // `chargeFlatFee` only describes the requested amount, `donate` bounds it, the route bounds it, a package's
      // function and a function from the request's app are not read.
      'routes/pay.js:8 payment-security/no-client-controlled-amount',
      'routes/pay.js:9 payment-security/no-client-controlled-amount',
      'routes/pay.js:10 payment-security/no-client-controlled-amount',
      'routes/pay.js:11 payment-security/no-client-controlled-amount',
      // `sendPaymentError(res, error)` answers with the error object; `sendPaymentFailure` with a generic message.
      'routes/refunds.js:14 payment-security/no-payment-error-leak',
      // `recordDelivery(req)` checks nothing; `ensureFromStripe(req)` (line 9) verifies the signature.
      'routes/webhooks.js:21 payment-security/require-webhook-signature-verification',
    ]);
    const messages = results.flatMap((result) => result.messages.map((message) => message.message));
    expect(messages).toContain(
      'Request data (req.query.reference) is built into the SQL text passed to pg query (through ordersDao.findByReference() in ../lib/db.js), so a client can read or rewrite payment records (SQL injection); pass it as a bound parameter (placeholders with a values array, or a tagged sql`` template).',
    );
    expect(messages).toContain(
      '`req.body.amount` comes from the request and becomes `amount` of Stripe charges.create, decided in chargeCustomer() in ../services/billing.js, so a client can pay whatever it wants; compute the amount on the server from a trusted price (look the product up by ID, or pass a Price/order ID) or validate it against server-side bounds before the call.',
    );
    expect(messages.some((message) => message.includes('with the `res.json()` (through sendPaymentError() in ../lib/errors.js)'))).toBe(true);
    expect(messages.some((message) => message.includes('in the database (through rememberPaymentDetails() in ../lib/vault.js)'))).toBe(true);
    expect(results.every((result) => result.messages.every((message) => !message.fatal))).toBe(true);
  });
});

describe('summarised functions and the calls that reach them', () => {
  it('resolves imported, required, destructured and same-module calls to the declaring function', async () => {
    const { parseProjectFile } = await import('../src/modules/project-modules.js');
    const { findProjectCalls } = await import('../src/modules/project-functions.js');
    const describeCalls = (file: string) => {
      const sourceCode = parseProjectFile(join(project, file));
      expect(sourceCode).not.toBeNull();
      // Candidates resolve on demand (`target()`); those that are not project functions drop out here.
      return findProjectCalls(sourceCode!).flatMap(({ call, target }) => {
        const fn = target();
        return fn ? [`${call.loc.start.line} ${fn.name} → ${fn.file ? fn.file.slice(project.length + 1) : '?'}:${fn.fn.loc.start.line}`] : [];
      });
    };
    expect(describeCalls('routes/orders.js')).toEqual([
      '9 ordersDao.findByReference → lib/db.js:11',
      '14 ordersDao.findById → lib/db.js:15',
      '19 findByStatus → lib/db.js:19',
      '20 countByStatus → lib/db.js:23',
      '25 ordersDao.findByReference → lib/db.js:11',
      '30 ordersDao.findByReference → lib/db.js:11',
      '30 tidy → lib/text.js:2',
      '31 ordersDao.findByReference → lib/db.js:11',
      '31 orderNumber → lib/text.js:7',
    ]);
    // Calls between functions of one module resolve to the same file; a cycle of imports resolves both ways.
    expect(describeCalls('lib/db.js')).toEqual(['20 run → lib/db.js:5', '24 run → lib/db.js:5']);
    expect(describeCalls('lib/cycle-b.js')).toEqual(['4 couponByCode → lib/cycle-a.js:5']);
    expect(describeCalls('lib/cycle-a.js')).toEqual(['9 retryLater → lib/cycle-b.js:3']);
  });

  it('summarises at most PROJECT_SUMMARY_FUNCTIONS functions of a module', async () => {
    const { Linter } = await import('eslint');
    const { summarisedFunctions } = await import('../src/modules/project-functions.js');
    const { PROJECT_SUMMARY_FUNCTIONS } = await import('../src/values/budget.js');
    const text = Array.from({ length: 100 }, (_, index) => `export function f${index}(x) { return x; }`).join('\n');
    const linter = new Linter();
    let count = -1;
    linter.verify(text, {
      languageOptions: { sourceType: 'module' },
      plugins: {
        probe: {
          rules: {
            count: {
              create(context) {
                return { 'Program:exit'() { count = summarisedFunctions(context.sourceCode as never).length; } };
              },
            },
          },
        },
      },
      rules: { 'probe/count': 'error' },
    });
    expect(count).toBe(PROJECT_SUMMARY_FUNCTIONS);
  });
});
