import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import {
  findSensitiveData,
  importsPaymentSdk,
  isMaskingCall,
  isPaymentContext,
  memberChainNames,
} from '../../src/analyses/sensitive-data.js';
import { initOf, withSourceCode } from './probe.js';

/** `kind:name` for every finding in the value of `const x = …` (the last top-level const named `x`). */
function kinds(code: string, maskFunctions?: string[]): string[] {
  return withSourceCode(code, (sourceCode, program) =>
    findSensitiveData(sourceCode, initOf(program, 'x'), maskFunctions ? { maskFunctions } : {}).map(
      (finding) => `${finding.kind}:${finding.name}${finding.isValue ? '' : ' (key)'}`,
    ),
  );
}

describe('findSensitiveData', () => {
  it('classifies member reads by segment with card context', () => {
    expect(kinds('const x = [card.number, req.body.cardNumber, body.cvc, payment.card.exp_month, t.track2];')).toEqual([
      'pan:card.number',
      'pan:req.body.cardNumber',
      'cvv:body.cvc',
      'expiry:payment.card.exp_month',
      'track:t.track2',
    ]);
  });

  it('needs card context for ambiguous names', () => {
    expect(kinds('const x = [order.number, user.pin, invoice.accountNumber, number, panel, company];')).toEqual([]);
  });

  it('treats safe fields, masked names and ids as safe', () => {
    expect(
      kinds('const x = [card.last4, card.brand, card.fingerprint, maskedPan, encryptedCardNumber, pm.id, paymentMethodId, amount];'),
    ).toEqual([]);
  });

  it('finds secrets, authorization headers and getters', () => {
    expect(
      kinds("const x = [process.env.STRIPE_SECRET_KEY, req.headers.authorization, req.get('Authorization'), apiKey, publishableKey];"),
    ).toEqual([
      'secret:process.env.STRIPE_SECRET_KEY',
      'secret:req.headers.authorization',
      "secret:req.get('Authorization')",
      'secret:apiKey',
    ]);
  });

  it('finds whole card objects and request bodies', () => {
    expect(kinds('const x = [paymentMethod.card, req.body.card, creditCard, cardDetails, req.body, req.headers, req.body.paymentMethod];')).toEqual([
      'card-object:paymentMethod.card',
      'card-object:req.body.card',
      'card-object:creditCard',
      'card-object:cardDetails',
      'request-body:req.body',
      'request-headers:req.headers',
    ]);
    // A posted `paymentMethod` is a card object only where the file shows it is card-shaped (Adyen's raw payment method).
    expect(kinds("import { CheckoutAPI } from '@adyen/api-library';\nconst x = [req.body.paymentMethod];")).toEqual([
      'card-object:req.body.paymentMethod',
    ]);
    expect(kinds('const x = [req.body.paymentMethod, req.body.paymentMethod.encryptedCardNumber ? 1 : 0];')).toEqual([
      'card-object:req.body.paymentMethod',
    ]);
    expect(kinds('async function f(req: Request) { return 1; }\nconst x = await request.json();')).toEqual(['request-body:request.json()']);
  });

  it('follows templates, concatenation, objects, spreads, arrays and conditionals', () => {
    expect(
      kinds('const x = [`card ${cardNumber}`, "cvc: " + cvc, { ...card, pan: input }, cond ? pan : null, a ?? cvv2];'),
    ).toEqual(['pan:cardNumber', 'cvv:cvc', 'pan:pan (key)', 'pan:pan', 'cvv:cvv2']);
  });

  it('does not report the enclosing object of a spread when its fields are unknown', () => {
    expect(kinds('const x = { ...paymentIntent, ...order };')).toEqual([]);
  });

  it('follows constants and destructuring, reporting at the use site', () => {
    expect(
      kinds("function f(req: any) { const { number: n, cvc } = req.body.card; const msg = 'x' + n; const pan = req.body.cardNumber; return [msg, cvc, pan]; }\nconst x = 1;"),
    ).toEqual([]);
    const found = withSourceCode(
      "const { number: n } = card;\nconst msg = 'declined ' + n;\nconst alias = n;\nconst x = [msg, alias];",
      (sourceCode, program) =>
        findSensitiveData(sourceCode, initOf(program, 'x')).map((f) => `${f.kind}:${f.name}:${f.isValue}:${f.node.loc.start.line}`),
    );
    expect(found).toEqual(['pan:msg:false:4', 'pan:alias:true:4']);
  });

  it('stops at mask, hash, encrypt and tokenize helpers by segment', () => {
    expect(
      kinds("const x = [maskPan(pan), redact(card), crypto.createHash('sha256').update(pan).digest('hex'), vault.tokenize(cardNumber), encryptCvv(cvv)];"),
    ).toEqual([]);
    expect(kinds('const x = [scrubCard(pan), String(pan)];', ['scrubCard'])).toEqual(['pan:pan']);
  });

  it('treats truncation and digit-masking replace as safe, other string methods as preserving', () => {
    expect(kinds("const x = [pan.slice(-4), pan.substring(0, 6), pan.replace(/\\d(?=\\d{4})/g, '*')];")).toEqual([]);
    expect(kinds("const x = [pan.trim(), pan.replace(/\\s/g, ''), String(cvc), JSON.stringify(creditCard)];")).toEqual([
      'pan:pan',
      'pan:pan',
      'cvv:cvc',
      'card-object:creditCard',
    ]);
  });

  it('follows errors built from values and ignores unknown calls', () => {
    expect(kinds('const x = [new Error(`Card ${cardNumber} declined`), formatCard(cardNumber), new Widget(cvc)];')).toEqual([
      'pan:cardNumber',
    ]);
  });

  it('finds Luhn-valid card numbers in strings and never puts them in names', () => {
    const found = withSourceCode("const x = ['paid with 4242 4242 4242 4242', 'ref 4242424242424241', 'at 1700000000000'];", (sourceCode, program) =>
      findSensitiveData(sourceCode, initOf(program, 'x')),
    );
    expect(found.map((f) => [f.kind, f.name, f.card?.last4, f.card?.brand])).toEqual([['card-number', 'card number', '4242', 'Visa']]);
  });

  it('reports object keys only when the value may carry data', () => {
    expect(
      kinds("const x = { cardNumber: input.value, cvv: '***', securityCode: undefined, pan: last4, cvc: !!cvc, expiry: cvvToken, card: { number: value } };"),
    ).toEqual(['pan:cardNumber (key)', 'pan:number (key)']);
  });

  it('treats values whose own name says they are protected as safe under a sensitive key', () => {
    expect(kinds('const x = { password: hashed, cardNumber: maskedValue, cvv: user.redactedCvv, apiKey: encryptedKey };')).toEqual([]);
  });

  it('ignores labels, gift cards and camera pan', () => {
    expect(kinds("const x = ['Card number', { label: 'CVV' }, giftCardNumber, panX, expiresAt];")).toEqual([]);
  });

  it('reports the whole process.env as a secret, not its non-secret entries or a local process', () => {
    expect(kinds('const x = [process.env, { env: process.env }, process.env.NODE_ENV, Object.keys(process.env)];')).toEqual([
      'secret:process.env',
      'secret:process.env',
    ]);
    expect(kinds('function f(process) { return process; }\nconst process = { env: {} };\nconst x = process.env;')).toEqual([]);
  });

  it('marks card objects read from the request body', () => {
    const origins = (code: string): string[] =>
      withSourceCode(code, (sourceCode, program) =>
        findSensitiveData(sourceCode, initOf(program, 'x')).map((finding) => `${finding.kind}:${finding.name}:${finding.fromRequest === true}`),
      );
    expect(origins('const body = req.body;\nconst { card } = req.body;\nconst x = [req.body.card, body.card, card, paymentMethod.card, creditCard];')).toEqual([
      'card-object:req.body.card:true',
      'card-object:body.card:true',
      'card-object:card:true',
      'card-object:paymentMethod.card:false',
      'card-object:creditCard:false',
    ]);
  });
});

describe('helpers', () => {
  it('isMaskingCall matches callee chains by segment', () => {
    withSourceCode("const a = maskCardNumber(x);\nconst b = obj.redactFields(x);\nconst c = format(x);\nconst d = createHmac('sha256', k).update(x).digest();", (sourceCode, program) => {
      void sourceCode;
      expect(isMaskingCall(initOf(program, 'a'))).toBe(true);
      expect(isMaskingCall(initOf(program, 'b'))).toBe(true);
      expect(isMaskingCall(initOf(program, 'c'))).toBe(false);
      expect(isMaskingCall(initOf(program, 'd'))).toBe(true);
    });
  });

  it('memberChainNames lists names from the root', () => {
    withSourceCode('const a = req.body.card.number;\nconst b = this.payment?.card;', (_sourceCode, program) => {
      expect(memberChainNames(initOf(program, 'a'))).toEqual(['req', 'body', 'card', 'number']);
      expect(memberChainNames(initOf(program, 'b'))).toEqual(['payment', 'card']);
    });
  });

  it('importsPaymentSdk sees imports, requires and import-equals', () => {
    expect(withSourceCode("import Stripe from 'stripe';\nconst a = 1;", (s) => importsPaymentSdk(s))).toBe(true);
    expect(withSourceCode("const braintree = require('braintree');", (s) => importsPaymentSdk(s))).toBe(true);
    expect(withSourceCode("import x = require('@adyen/api-library');", (s) => importsPaymentSdk(s))).toBe(true);
    expect(withSourceCode("import { loadStripe } from '@stripe/stripe-js';\nconst stripe = 'stripe';", (s) => importsPaymentSdk(s))).toBe(false);
  });

  it('isPaymentContext looks for card reads in the enclosing function', () => {
    withSourceCode(
      'function a(req: any) { const x = req.body; return req.body.cardNumber; }\nfunction b(req: any) { const y = req.body; return req.body.email; }',
      (sourceCode, program) => {
        const initOfFirstStatement = (statement: TSESTree.ProgramStatement): TSESTree.Node => {
          const fn = statement as TSESTree.FunctionDeclaration;
          const declaration = fn.body.body[0] as TSESTree.VariableDeclaration;
          return declaration.declarations[0]!.init!;
        };
        expect(isPaymentContext(sourceCode, initOfFirstStatement(program.body[0]!))).toBe(true);
        expect(isPaymentContext(sourceCode, initOfFirstStatement(program.body[1]!))).toBe(false);
      },
    );
  });
});

/** Every finding of the value of `x` with where it is reported, whether it is the value, and its property. */
function details(code: string, options: Parameters<typeof findSensitiveData>[2] = {}): string[] {
  return withSourceCode(code, (sourceCode, program) =>
    findSensitiveData(sourceCode, initOf(program, 'x'), options).map(
      (finding) =>
        `${finding.kind}:${finding.name}@${sourceCode.getText(finding.node)}` +
        `${finding.isValue ? '' : ' (embedded)'}${finding.property ? ` [${sourceCode.getText(finding.property.key)}]` : ''}`,
    ),
  );
}

describe('findSensitiveData as a domain of the backward evaluator', () => {
  it('reports values reached through constants at the use site, as values only through plain aliases', () => {
    expect(details('const a = card.number; const b = a; const x = [b, a];')).toEqual(['pan:b@b', 'pan:a@a']);
    expect(details('const msg = `card ${card.number}`; const x = [msg, { m: msg }];')).toEqual([
      'pan:msg@msg (embedded)',
      'pan:msg@msg (embedded) [m]',
    ]);
    expect(details('const o = { pan: req.body.cardNumber }; const x = o.pan;')).toEqual(['pan:o.pan@o.pan']);
    expect(details('const read = () => req.body.cardNumber; const x = read();')).toEqual(['pan:read()@read()']);
  });

  it('keeps the first finding of a constant, and the property whose value is the reported node', () => {
    expect(details('const o = { cvv: card.cvc, number: card.number }; const x = { o, n: card.number };')).toEqual([
      'cvv:o@o (embedded) [o]',
      'pan:card.number@card.number [n]',
    ]);
  });

  it('classifies nested keys with the card context of enclosing keys, also through a constant', () => {
    expect(details('const inner = { number: input }; const x = [{ card: inner }, inner];')).toEqual([
      'pan:inner@inner (embedded) [card]',
    ]);
    expect(details('const x = { card: { number: input, exp: 1 }, other: { number: input } };')).toEqual([
      'pan:number@number: input (embedded) [number]',
    ]);
  });

  it('keeps only security codes inside encrypting calls when asked, also for keys', () => {
    const code = 'const value = input; const x = [encrypt({ cvv: value, cardNumber: value }), encrypt(card.number), hash(card.cvc)];';
    expect(details(code, { encryptedSecurityCodes: true })).toEqual(['cvv:cvv@cvv: value (embedded) [cvv]', 'cvv:card.cvc@card.cvc']);
    expect(details(code)).toEqual([]);
  });

  it('stops at maxFindings and answers the same when asked again', () => {
    const code = 'const x = [card.number, card.cvc, card.expiry];';
    expect(details(code, { maxFindings: 2 })).toEqual(['pan:card.number@card.number', 'cvv:card.cvc@card.cvc']);
    expect(details(code, { maxFindings: 1 })).toEqual(['pan:card.number@card.number']);
    withSourceCode(code, (sourceCode, program) => {
      const x = initOf(program, 'x');
      expect(findSensitiveData(sourceCode, x).length).toBe(3);
      expect(findSensitiveData(sourceCode, x, { maxFindings: 1 }).length).toBe(1);
      expect(findSensitiveData(sourceCode, x).length).toBe(3);
    });
  });

  it('follows only single-definition constants', () => {
    expect(details('let a = input; a = card.number; const x = a;')).toEqual([]);
    expect(details('let a; a = card.number; const x = a;')).toEqual(['pan:a@a']);
    expect(details('const a = [b]; const b = [a]; const x = a;')).toEqual([]);
  });
});
