import rule from '../../rules/no-card-numbers-in-source.js';
import { commonjs, createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

ruleTester.run('no-card-numbers-in-source', rule, {
  valid: [
    {
      name: "provider test object instead of a number",
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(key);\nawait stripe.paymentIntents.create({ amount: 1000, currency: 'usd', payment_method: 'pm_card_visa', confirm: true });",
    },
    {
      name: "test card in a test file",
      code: "const card = { number: '4242 4242 4242 4242', exp_month: 12, exp_year: 2030, cvc: '123' };\nexport { card };",
      filename: "src/checkout.test.ts",
    },
    {
      name: "test card in a fixtures directory",
      code: "export const visa = '4111111111111111';",
      filename: "tests/fixtures/cards.ts",
    },
    {
      name: "test card in cypress",
      code: "cy.get('[name=cardnumber]').type('4242424242424242');",
      filename: "cypress/e2e/checkout.cy.ts",
    },
    {
      name: "Stripe invalid-number test value fails Luhn",
      code: "export const invalidNumber = '4242424242424241';",
    },
    {
      name: "non-Luhn 16 digits",
      code: "export const orderNumber = '1234567890123456';",
    },
    {
      name: "epoch milliseconds",
      code: "export const createdAt = 1700000000000;\nexport const later = '1735689600000';",
    },
    {
      name: "ISBN and EAN contexts",
      code: "export const isbn13 = '9780306406157';\nexport const book = { ean: '4006381333931' };\nexport const note = 'ISBN 9780306406157';",
    },
    {
      name: "numeric ids in URLs and UUID-like strings",
      code: "export const url = 'https://example.com/orders/4242424242424242abc';\nexport const id = 'txn_4242424242424242';",
    },
    {
      name: "masked card numbers",
      code: "export const display = '4242 •••• •••• 4242';\nexport const masked = '************4242';",
    },
    {
      name: "placeholder text of a card input",
      code: "export const placeholder = '1234 1234 1234 1234';",
    },
    {
      name: "allowTestCards option",
      code: "export const demoCard = '4242 4242 4242 4242';",
      options: [{"allowTestCards":true}],
    },
    {
      name: "decimal and version numbers",
      code: "export const amount = 4242424242424242.5;\nexport const version = '4.242424242424242';",
    },
    {
      name: "JSX with masked number",
      code: "export function Card() {\n  return <p>Visa •••• 4242</p>;\n}",
      filename: "components/Card.tsx",
    },
    {
      name: "phone numbers with plus",
      code: "export const phone = '+4242424242424242';",
    },
    {
      name: "numeric ids without a card name",
      code: "export const tweetId = 1800000000000000002n;\nexport const pageId = 2300000000000003;",
    },
  ],
  invalid: [
    {
      name: "real-looking Visa number",
      code: "export const card = { number: '4556737586899855', exp_month: 12 };",
      errors: [
        { messageId: 'cardNumber', data: {"card":"Visa ending 9855"}, line: 1, column: 31, endLine: 1, endColumn: 49, suggestions: null },
      ],
    },
    {
      name: "Stripe test card outside tests",
      code: "export const DEMO_CARD = '4242 4242 4242 4242';",
      errors: [
        { messageId: 'testCardNumber', data: {"card":"Visa ending 4242"}, line: 1, column: 26, endLine: 1, endColumn: 47, suggestions: null },
      ],
    },
    {
      name: "dashed Mastercard test number",
      code: "const sample = '5555-5555-5555-4444';\nexport default sample;",
      errors: [
        { messageId: 'testCardNumber', data: {"card":"Mastercard ending 4444"}, line: 1, column: 16, endLine: 1, endColumn: 37, suggestions: null },
      ],
    },
    {
      name: "Amex in a template literal",
      code: "export const message = `Use card 378282246310005 to pay`;",
      errors: [
        { messageId: 'testCardNumber', data: {"card":"American Express ending 0005"}, line: 1, column: 24, endLine: 1, endColumn: 57, suggestions: null },
      ],
    },
    {
      name: "number literal",
      code: "export const pan = 4111111111111111;",
      errors: [
        { messageId: 'testCardNumber', data: {"card":"Visa ending 1111"}, line: 1, column: 20, endLine: 1, endColumn: 36, suggestions: null },
      ],
    },
    {
      name: "JSX text",
      code: "export function Help() {\n  return <p>Try 4000 0566 5566 5556 in the sandbox</p>;\n}",
      filename: "app/help/page.tsx",
      errors: [
        { messageId: 'testCardNumber', data: {"card":"Visa ending 5556"}, line: 2, column: 13, endLine: 2, endColumn: 51, suggestions: null },
      ],
    },
    {
      name: "test file checked when enabled",
      code: "export const visa = '4242424242424242';",
      filename: "src/pay.spec.ts",
      options: [{"checkTestFiles":true}],
      errors: [
        { messageId: 'testCardNumber', data: {"card":"Visa ending 4242"}, line: 1, column: 21, endLine: 1, endColumn: 39, suggestions: null },
      ],
    },
    {
      name: "CommonJS seed script",
      code: "module.exports = { cards: [{ cardNumber: '6011111111111117' }] };",
      ...commonjs,
      errors: [
        { messageId: 'testCardNumber', data: {"card":"Discover ending 1117"}, line: 1, column: 42, endLine: 1, endColumn: 60, suggestions: null },
      ],
    },
  ],
});
