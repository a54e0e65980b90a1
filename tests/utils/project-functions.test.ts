import { describe, expect, it } from 'vitest';
import { parameterPassingCalls, sameModuleCalls, summarisedFunctions } from '../../src/modules/project-functions.js';
import { withSourceCode } from './probe.js';

const MODULE = `import { audit } from './audit';
import { save } from './store';
export function charge(card, amount) {
  audit(card);
  save({ amount: 1 });
  save({ total: amount * 100 });
  return format(card, amount);
}
export function refund(card) {
  save(card);
}
function format(value, amount) {
  audit(\`\${value} \${amount}\`);
  return value;
}
function unused(card) {
  return format(card, 0);
}`;

describe('function summaries on demand (project-functions.ts)', () => {
  it('resolves only the calls of the asked functions that hand on one of their parameters whole', () => {
    const texts = withSourceCode(MODULE, (sourceCode) => {
      const [charge, refund, format] = summarisedFunctions(sourceCode);
      const of = (...functions: NonNullable<typeof charge>[]): string[] =>
        parameterPassingCalls(sourceCode, new Set(functions)).map((entry) => sourceCode.getText(entry.call));
      return { charge: of(charge!), refund: of(refund!), format: of(format!), both: of(charge!, format!) };
    });
    // `save({ amount: 1 })` passes no parameter, `save({ total: amount * 100 })` only a value computed from one.
    expect(texts.charge).toEqual(['audit(card)', 'format(card, amount)']);
    expect(texts.refund).toEqual(['save(card)']);
    expect(texts.format).toEqual(['audit(`${value} ${amount}`)']);
    expect(texts.both).toEqual(['audit(card)', 'format(card, amount)', 'audit(`${value} ${amount}`)']);
  });

  it('lists the calls between the functions of one module, with caller and callee', () => {
    const pairs = withSourceCode(MODULE, (sourceCode) => {
      const functions = summarisedFunctions(sourceCode);
      const name = (fn: (typeof functions)[number]): string => ['charge', 'refund', 'format', 'unused'][functions.indexOf(fn)]!;
      return sameModuleCalls(sourceCode).map((entry) => `${name(entry.caller)} -> ${name(entry.callee)}`);
    });
    expect(pairs).toEqual(['charge -> format', 'unused -> format']);
  });
});
