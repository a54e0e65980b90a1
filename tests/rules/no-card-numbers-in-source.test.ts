import rule from '../../rules/no-card-numbers-in-source.js';
import { commonjs, createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

ruleTester.run('no-card-numbers-in-source', rule, {
  valid: [
    // Provider test numbers are not card data: not reported unless `allowTestCards: false`.
    { name: 'Stripe test card outside tests (default)', code: "export const DEMO_CARD = '4242 4242 4242 4242';" },
    { name: 'Adyen test card in a sample checkout', code: "export const sample = { number: '4111111145551142', cvc: '737', expiryMonth: '03', expiryYear: '2030' };" },
    { name: 'Worldpay and Checkout.com test cards in a config', code: "export const TEST_CARDS = { worldpay: '4444333322221111', checkout: '4543474002249996' };" },
    { name: 'Razorpay test card in docs text', code: "export const hint = `Use 5267 3181 8797 5449 with any CVV`;" },
    { name: 'numbers built from a pattern', code: "export const cards = ['4000 0000 0000 0077', '5454545454545454', '6011000990139424'];" },
    { name: 'Braintree sandbox numbers in a seed script', code: "module.exports = { cards: ['4009348888881881', '4217651111111119', '6243030000000001'] };", ...commonjs },
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
      name: "issued-looking Mastercard in a seed script",
      code: "module.exports = { cards: [{ cardNumber: '5379418263057180' }] };",
      ...commonjs,
      errors: [{ messageId: 'cardNumber', data: { card: 'Mastercard ending 7180' }, line: 1, column: 42, endLine: 1, endColumn: 60 }],
    },
    {
      name: "issued-looking Amex in a template literal",
      code: "export const message = `Charge card 374815926307413 now`;",
      errors: [{ messageId: 'cardNumber', data: { card: 'American Express ending 7413' }, line: 1, column: 37 }],
    },
    {
      name: "a number deep inside a multi-line template literal is reported on its own line",
      code: "export const html = `\n<form>\n  <input value=\"5379 4182 6305 7180\">\n</form>`;",
      errors: [{ messageId: 'cardNumber', data: { card: 'Mastercard ending 7180' }, line: 3, column: 17, endLine: 3, endColumn: 36 }],
    },
    {
      name: "issued-looking Discover number literal",
      code: "export const pan = 6011752839461027;",
      errors: [{ messageId: 'cardNumber', data: { card: 'Discover ending 1027' }, line: 1, column: 20 }],
    },
    {
      name: "issued-looking Visa in JSX text",
      code: "export function Help() {\n  return <p>Card 4532 0184 6659 3077 on file</p>;\n}",
      filename: "app/help/page.tsx",
      errors: [{ messageId: 'cardNumber', data: { card: 'Visa ending 3077' }, line: 2, column: 18 }],
    },
    {
      name: "JSX text on its own line points at the number, not at the line before",
      code: "export function Help() {\n  return (\n    <p>\n      Card 4532 0184 6659 3077 on file\n    </p>\n  );\n}",
      filename: "app/help/page.tsx",
      errors: [{ messageId: 'cardNumber', data: { card: 'Visa ending 3077' }, line: 4, column: 12, endLine: 4, endColumn: 31 }],
    },
    {
      name: "real-looking Visa number",
      code: "export const card = { number: '4556737586899855', exp_month: 12 };",
      errors: [
        { messageId: 'cardNumber', data: {"card":"Visa ending 9855"}, line: 1, column: 31, endLine: 1, endColumn: 49, suggestions: null },
      ],
    },
    {
      name: "Stripe test card outside tests",
      options: [{ allowTestCards: false }],
      code: "export const DEMO_CARD = '4242 4242 4242 4242';",
      errors: [
        { messageId: 'testCardNumber', data: {"card":"Visa ending 4242"}, line: 1, column: 26, endLine: 1, endColumn: 47, suggestions: null },
      ],
    },
    {
      name: "dashed Mastercard test number",
      options: [{ allowTestCards: false }],
      code: "const sample = '5555-5555-5555-4444';\nexport default sample;",
      errors: [
        { messageId: 'testCardNumber', data: {"card":"Mastercard ending 4444"}, line: 1, column: 16, endLine: 1, endColumn: 37, suggestions: null },
      ],
    },
    {
      name: "Amex in a template literal",
      options: [{ allowTestCards: false }],
      code: "export const message = `Use card 378282246310005 to pay`;",
      errors: [
        { messageId: 'testCardNumber', data: {"card":"American Express ending 0005"}, line: 1, column: 34, endLine: 1, endColumn: 49, suggestions: null },
      ],
    },
    {
      name: "number literal",
      options: [{ allowTestCards: false }],
      code: "export const pan = 4111111111111111;",
      errors: [
        { messageId: 'testCardNumber', data: {"card":"Visa ending 1111"}, line: 1, column: 20, endLine: 1, endColumn: 36, suggestions: null },
      ],
    },
    {
      name: "JSX text",
      options: [{ allowTestCards: false }],
      code: "export function Help() {\n  return <p>Try 4000 0566 5566 5556 in the sandbox</p>;\n}",
      filename: "app/help/page.tsx",
      errors: [
        { messageId: 'testCardNumber', data: {"card":"Visa ending 5556"}, line: 2, column: 17, endLine: 2, endColumn: 36, suggestions: null },
      ],
    },
    {
      name: "test file checked when enabled",
      code: "export const visa = '4242424242424242';",
      filename: "src/pay.spec.ts",
      options: [{ checkTestFiles: true, allowTestCards: false }],
      errors: [
        { messageId: 'testCardNumber', data: {"card":"Visa ending 4242"}, line: 1, column: 21, endLine: 1, endColumn: 39, suggestions: null },
      ],
    },
    {
      name: "CommonJS seed script",
      options: [{ allowTestCards: false }],
      code: "module.exports = { cards: [{ cardNumber: '6011111111111117' }] };",
      ...commonjs,
      errors: [
        { messageId: 'testCardNumber', data: {"card":"Discover ending 1117"}, line: 1, column: 42, endLine: 1, endColumn: 60, suggestions: null },
      ],
    },
  ],
});
