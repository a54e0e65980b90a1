import { describe, expect, it } from 'vitest';
import {
  CARD_BRANDS,
  CARD_DATA_CLASS_PRIORITY,
  CARD_FIELD_VOCABULARIES,
  MAX_PAN_LENGTH,
  MIN_PAN_LENGTH,
  NON_DATA_LEADING_SEGMENTS,
  NON_DATA_SEGMENTS,
  SAFE_CARD_NAMES,
  SECRET_ANYWHERE_VETOES,
  SECRET_NAMES,
  SECRET_NAMES_EXACT,
  TEST_CARD_NUMBERS,
  TOKEN_NAMES,
  UNDETECTABLE_TEST_CARD_NUMBERS,
} from '../../src/catalog/card-data.js';
import type { CardDataClass, NameSequence } from '../../src/catalog/card-data.js';
import {
  detectCardBrand,
  findCardNumbers,
  isTestCardNumber,
  luhnValid,
} from '../../src/values/card-numbers.js';
import { classifyName, isSecretName, isTokenName, splitName } from '../../src/values/names.js';

const asName = (sequence: NameSequence): string => sequence.join('_');

describe('CARD_BRANDS', () => {
  it('lists each brand once', () => {
    const names = CARD_BRANDS.map((brand) => brand.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual([
      'Visa',
      'Mastercard',
      'American Express',
      'Diners Club',
      'Discover',
      'JCB',
      'UnionPay',
      'Maestro',
      'Elo',
      'Mir',
      'Hiper',
      'Hipercard',
      'Verve',
    ]);
  });

  it('has well-formed digit patterns: equal-length inclusive ranges with low <= high', () => {
    for (const brand of CARD_BRANDS) {
      expect(brand.patterns.length, brand.name).toBeGreaterThan(0);
      for (const pattern of brand.patterns) {
        if (typeof pattern === 'string') {
          expect(pattern, brand.name).toMatch(/^\d{1,8}$/);
        } else {
          const [low, high] = pattern;
          expect(low, brand.name).toMatch(/^\d{2,8}$/);
          expect(high.length, `${brand.name} ${low}`).toBe(low.length);
          expect(low <= high, `${brand.name} ${low}-${high}`).toBe(true);
        }
      }
    }
  });

  it('keeps lengths within MIN_PAN_LENGTH..MAX_PAN_LENGTH', () => {
    const all = CARD_BRANDS.flatMap((brand) => brand.lengths);
    expect(Math.min(...all)).toBe(MIN_PAN_LENGTH);
    expect(Math.max(...all)).toBe(MAX_PAN_LENGTH);
    expect(MIN_PAN_LENGTH).toBe(12);
    expect(MAX_PAN_LENGTH).toBe(19);
  });

  it('omits the bare Maestro type-ahead prefix "6"', () => {
    const maestro = CARD_BRANDS.find((brand) => brand.name === 'Maestro');
    expect(maestro?.patterns).not.toContain('6');
    expect(maestro?.patterns).toContain('63');
    expect(maestro?.patterns).toContain('67');
  });

  it('records brand lengths and security codes from the reference table', () => {
    const byName = new Map(CARD_BRANDS.map((brand) => [brand.name, brand]));
    expect(byName.get('Visa')?.lengths).toEqual([16, 18, 19]);
    expect(byName.get('Mastercard')?.lengths).toEqual([16]);
    expect(byName.get('American Express')?.lengths).toEqual([15]);
    expect(byName.get('American Express')?.securityCode).toEqual({ name: 'CID', size: 4 });
    expect(byName.get('Diners Club')?.lengths).toEqual([14, 16, 19]);
    expect(byName.get('UnionPay')?.lengths).toEqual([14, 15, 16, 17, 18, 19]);
    expect(byName.get('Maestro')?.lengths).toEqual([12, 13, 14, 15, 16, 17, 18, 19]);
    expect(byName.get('Mir')?.securityCode.name).toBe('CVP2');
  });
});

describe('TEST_CARD_NUMBERS', () => {
  it('contains the documented provider numbers', () => {
    const numbers = TEST_CARD_NUMBERS.map((card) => card.number);
    expect(numbers).toHaveLength(77);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers).toContain('4242424242424242');
    expect(numbers).toContain('5555555555554444');
    expect(numbers).toContain('378282246310005');
    expect(numbers).toContain('36227206271667');
    expect(numbers).toContain('6200000000000005');
    expect(numbers).not.toContain('4242424242424241');
  });

  it.each(TEST_CARD_NUMBERS.map((card) => [card.number, card.brand] as const))(
    '%s is Luhn-valid and detected as %s',
    (number, brand) => {
      expect(luhnValid(number)).toBe(true);
      expect(detectCardBrand(number)).toBe(brand);
      expect(isTestCardNumber(number)).toBe(true);
    },
  );

  it.each(TEST_CARD_NUMBERS.map((card) => [card.number, card.brand] as const))(
    '%s is found in text as a %s test card',
    (number, brand) => {
      const matches = findCardNumbers(`const card = '${number}';`);
      expect(matches).toHaveLength(1);
      expect(matches[0]).toMatchObject({
        index: 14,
        length: number.length,
        digits: number,
        brand,
        isTestCard: true,
        last4: number.slice(-4),
        needsContext: brand === 'Maestro',
      });
    },
  );

  it('keeps the Luhn-invalid and legacy 13-digit test numbers out of detection but known as test cards', () => {
    expect(UNDETECTABLE_TEST_CARD_NUMBERS).toEqual([
      '4242424242424241',
      '4222222222222',
      '4007000000027',
      '4012888818888',
      '3088000000000017',
    ]);
    expect(luhnValid('4242424242424241')).toBe(false);
    expect(luhnValid('4222222222222')).toBe(true);
    expect(detectCardBrand('4222222222222')).toBeNull();
    expect(findCardNumbers(UNDETECTABLE_TEST_CARD_NUMBERS.join(' '))).toEqual([]);
    for (const number of UNDETECTABLE_TEST_CARD_NUMBERS) expect(isTestCardNumber(number)).toBe(true);
  });
});

describe('field-name vocabularies', () => {
  const vocabularies = Object.entries(CARD_FIELD_VOCABULARIES) as [CardDataClass, (typeof CARD_FIELD_VOCABULARIES)[CardDataClass]][];

  it('tries the most sensitive class first', () => {
    expect(CARD_DATA_CLASS_PRIORITY).toEqual(['track', 'cvv', 'pan', 'expiry']);
    expect(Object.keys(CARD_FIELD_VOCABULARIES).sort()).toEqual([...CARD_DATA_CLASS_PRIORITY].sort());
  });

  it('writes every sequence the way splitName splits it', () => {
    const sequences = [
      ...vocabularies.flatMap(([, vocabulary]) => [...vocabulary.names, ...vocabulary.namesNeedingContext]),
      ...SAFE_CARD_NAMES,
      ...SECRET_NAMES,
      ...SECRET_NAMES_EXACT,
      ...TOKEN_NAMES,
    ];
    for (const sequence of sequences) expect(splitName(asName(sequence)), asName(sequence)).toEqual([...sequence]);
  });

  it('never uses a metadata segment inside a data name (it would veto itself)', () => {
    const vetoes = new Set([...NON_DATA_SEGMENTS, ...NON_DATA_LEADING_SEGMENTS]);
    for (const [, vocabulary] of vocabularies) {
      for (const sequence of [...vocabulary.names, ...vocabulary.namesNeedingContext]) {
        for (const segment of sequence) expect(vetoes.has(segment), `${segment} in ${asName(sequence)}`).toBe(false);
      }
    }
    const secretVetoes = new Set(SECRET_ANYWHERE_VETOES);
    for (const sequence of [...SECRET_NAMES, ...SECRET_NAMES_EXACT, ...TOKEN_NAMES]) {
      for (const segment of sequence) expect(secretVetoes.has(segment), asName(sequence)).toBe(false);
    }
  });

  it.each(vocabularies)('classifies every unambiguous %s name as its class', (dataClass, vocabulary) => {
    for (const sequence of vocabulary.names) expect(classifyName(asName(sequence)), asName(sequence)).toBe(dataClass);
  });

  it.each(vocabularies)('classifies ambiguous %s names only with card context', (dataClass, vocabulary) => {
    expect(vocabulary.namesNeedingContext.length).toBeGreaterThan(0);
    for (const sequence of vocabulary.namesNeedingContext) {
      expect(classifyName(asName(sequence)), asName(sequence)).toBeNull();
      expect(classifyName(asName(sequence), { cardContext: true }), asName(sequence)).toBe(dataClass);
    }
  });

  it('classifies every safe name as safe', () => {
    for (const sequence of SAFE_CARD_NAMES) expect(classifyName(asName(sequence)), asName(sequence)).toBe('safe');
  });

  it('includes the reference vocabulary', () => {
    const has = (dataClass: CardDataClass, sequence: string[]): boolean =>
      CARD_FIELD_VOCABULARIES[dataClass].names.some((entry) => entry.join() === sequence.join());
    const needsContext = (dataClass: CardDataClass, sequence: string[]): boolean =>
      CARD_FIELD_VOCABULARIES[dataClass].namesNeedingContext.some((entry) => entry.join() === sequence.join());
    expect(has('pan', ['card', 'number'])).toBe(true);
    expect(has('pan', ['cc', 'number'])).toBe(true);
    expect(has('pan', ['ccnum'])).toBe(true);
    expect(has('pan', ['pan'])).toBe(true);
    expect(has('pan', ['primary', 'account', 'number'])).toBe(true);
    expect(needsContext('pan', ['number'])).toBe(true);
    expect(needsContext('pan', ['account', 'number'])).toBe(true);
    expect(has('cvv', ['cvv'])).toBe(true);
    expect(has('cvv', ['cvv2'])).toBe(true);
    expect(has('cvv', ['security', 'code'])).toBe(true);
    expect(needsContext('cvv', ['verification', 'code'])).toBe(true);
    expect(has('expiry', ['exp', 'month'])).toBe(true);
    expect(needsContext('expiry', ['exp'])).toBe(true);
    expect(has('track', ['pin', 'block'])).toBe(true);
    expect(needsContext('track', ['pin'])).toBe(true);
  });

  it('every secret name is recognised as a secret, tokens as tokens', () => {
    for (const sequence of [...SECRET_NAMES, ...SECRET_NAMES_EXACT]) {
      expect(isSecretName(asName(sequence)), asName(sequence)).toBe(true);
    }
    expect(TOKEN_NAMES).toEqual([['token']]);
    expect(isSecretName('token')).toBe(false);
    expect(isTokenName('token')).toBe(true);
  });
});
