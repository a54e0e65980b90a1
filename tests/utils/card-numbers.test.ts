import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_CARD_MATCHES,
  describeCard,
  detectCardBrand,
  detectCardBrandSpec,
  findCardNumbers,
  isPatternCardNumber,
  isTestCardNumber,
  luhnValid,
  maskCardNumber,
  normalizeCardNumber,
} from '../../src/values/card-numbers.js';

describe('luhnValid', () => {
  it.each(['4242424242424242', '378282246310005', '0', '00', '18', '79927398713', '4222222222222', '6759649826438453'])(
    '%s is valid',
    (digits) => {
      expect(luhnValid(digits)).toBe(true);
    },
  );

  it.each([
    '4242424242424241',
    '4242424242424243',
    '79927398710',
    '1',
    '12',
    '',
    '4242 4242 4242 4242',
    '4242-4242-4242-4242',
    '42424242424242a2',
    '٤٢٤٢',
  ])('%j is invalid', (digits) => {
    expect(luhnValid(digits)).toBe(false);
  });

  it('accepts any single transposition-free doubling correctly', () => {
    // 5 doubled is 10 → 1; 9 doubled is 18 → 9.
    expect(luhnValid('59')).toBe(true);
    expect(luhnValid('91')).toBe(true);
    expect(luhnValid('95')).toBe(false);
  });
});

describe('detectCardBrand', () => {
  it.each([
    ['4242424242424242', 'Visa'],
    ['400000000000000002', 'Visa'],
    ['4000000000000000006', 'Visa'],
    ['5555555555554444', 'Mastercard'],
    ['2223003122003222', 'Mastercard'],
    ['2720000000000005', 'Mastercard'],
    ['378282246310005', 'American Express'],
    ['36000000000008', 'Diners Club'],
    ['3056930009020004', 'Diners Club'],
    ['6011111111111117', 'Discover'],
    ['6011000000000000001', 'Discover'],
    ['6500340000000002', 'Discover'],
    ['3566002020360505', 'JCB'],
    ['1800000000000000', 'JCB'],
    ['21310000000000001', 'JCB'],
    ['6200000000000005', 'UnionPay'],
    ['6218400000000007', 'UnionPay'],
    ['6220180000000001', 'UnionPay'],
    ['6282000000000006', 'UnionPay'],
    ['8110000000000000', 'UnionPay'],
    ['8171000000000000001', 'UnionPay'],
    ['81000000000002', 'UnionPay'],
    ['6759649826438453', 'Maestro'],
    ['5000000000000009', 'Maestro'],
    ['5600000000000003', 'Maestro'],
    ['6300000000000004', 'Maestro'],
    ['500000000009', 'Maestro'],
    ['5600000000002', 'Maestro'],
    ['2200000000000004', 'Mir'],
    ['2204000000000000006', 'Mir'],
    ['6062820000000003', 'Hipercard'],
  ] as const)('%s → %s', (digits, brand) => {
    expect(detectCardBrand(digits)).toBe(brand);
  });

  it('prefers the most specific range over a broader one', () => {
    expect(detectCardBrand('4011780000000006')).toBe('Elo'); // Elo 401178 over Visa 4
    expect(detectCardBrand('5041750000000000')).toBe('Elo'); // gap in Maestro's 500000–506698
    expect(detectCardBrand('6500310000000005')).toBe('Elo'); // Elo 650031 over Discover 65
    expect(detectCardBrand('6362970000000003')).toBe('Elo'); // Elo 636297 over Maestro 63
    expect(detectCardBrand('6370950000000005')).toBe('Hiper'); // Hiper 637095 over Maestro 63
    expect(detectCardBrand('6373742300000000')).toBe('Hiper'); // 8-digit Hiper prefix
    expect(detectCardBrand('4936980000000004')).toBe('Maestro'); // Maestro 493698 over Visa 4
    expect(detectCardBrand('5060990000000008')).toBe('Verve'); // Verve 506099–506127 narrower than Maestro
    expect(detectCardBrand('5061000000000005')).toBe('Verve');
    expect(detectCardBrand('5078650000000008')).toBe('Verve');
  });

  it('falls back to a brand whose lengths allow the number', () => {
    // 19 digits: Elo only allows 16, so the Visa range decides.
    expect(detectCardBrand('4011780000000000009')).toBe('Visa');
  });

  it.each([
    ['4000000000006', 'Visa prefix, 13 digits'],
    ['400000000000006', 'Visa prefix, 15 digits'],
    ['40000000000000006', 'Visa prefix, 17 digits'],
    ['3400000000000000', 'Amex prefix, 16 digits'],
    ['510000000000003', 'Mastercard prefix, 15 digits'],
    ['2721000000000004', 'just past Mastercard 2720'],
    ['2220000000000000', 'just before Mastercard 2221'],
    ['6280000000000008', 'UnionPay gap 6280'],
    ['1700000000004', 'millisecond timestamp'],
    ['1234000000000006', 'no IIN'],
    ['9999000000000004', 'no IIN'],
    ['7000000000000005', 'no IIN'],
    ['6000000000000000', 'bare Maestro 6 prefix is not used'],
    ['12345678901', 'too short'],
    ['42424242424242424242', 'too long'],
    ['4242 4242 4242 4242', 'separators are not normalised here'],
    ['', 'empty'],
  ])('%s → null (%s)', (digits) => {
    expect(detectCardBrand(digits)).toBeNull();
  });

  it('detectCardBrandSpec exposes lengths and security code', () => {
    expect(detectCardBrandSpec('378282246310005')).toMatchObject({
      name: 'American Express',
      lengths: [15],
      securityCode: { name: 'CID', size: 4 },
    });
    expect(detectCardBrandSpec('1234')).toBeNull();
  });
});

describe('isTestCardNumber / normalizeCardNumber', () => {
  it('recognises provider test cards with or without separators', () => {
    expect(isTestCardNumber('4242424242424242')).toBe(true);
    expect(isTestCardNumber('4242 4242 4242 4242')).toBe(true);
    expect(isTestCardNumber('5555-5555-5555-4444')).toBe(true);
    expect(isTestCardNumber('4000000000000002')).toBe(true);
    expect(isTestCardNumber('4242424242424241')).toBe(true);
  });

  it('does not treat issued-looking numbers as test cards', () => {
    expect(isTestCardNumber('4539578763621486')).toBe(false);
    expect(isTestCardNumber('4716934652107258')).toBe(false);
    expect(isTestCardNumber('')).toBe(false);
  });

  it('recognises numbers built from a pattern as test cards, with or without a list entry', () => {
    expect(isTestCardNumber('4011780000000006')).toBe(true); // a run of zeros
    expect(isTestCardNumber('4242424242424')).toBe(true); // two digits
    expect(isTestCardNumber('5105105105105100')).toBe(true); // period 3
    expect(isPatternCardNumber('4123451234512341')).toBe(false); // period 5 is not a pattern
    expect(isPatternCardNumber('4539578763621486')).toBe(false);
    expect(isPatternCardNumber('4000001')).toBe(false); // too short to judge
  });

  it('normalizeCardNumber drops spaces and dashes only', () => {
    expect(normalizeCardNumber('4242 4242-4242 4242')).toBe('4242424242424242');
    expect(normalizeCardNumber('4242.4242')).toBe('4242.4242');
  });
});

describe('maskCardNumber / describeCard', () => {
  it('shows at most the last four digits', () => {
    expect(maskCardNumber('4242424242424242')).toBe('card ending 4242');
    expect(maskCardNumber('3782 822463 10005')).toBe('card ending 0005');
    expect(maskCardNumber('123')).toBe('card');
    expect(maskCardNumber('')).toBe('card');
  });

  it('describes a match by brand and last four', () => {
    const [match] = findCardNumbers('5555 5555 5555 4444');
    expect(describeCard(match)).toBe('Mastercard ending 4444');
    expect(describeCard({ brand: 'Visa', last4: '4242' })).toBe('Visa ending 4242');
    expect(describeCard(match)).not.toContain('5555555555554444');
  });
});

describe('findCardNumbers', () => {
  it('finds a plain number with position, brand and last four', () => {
    expect(findCardNumbers('card: 4242424242424242')).toEqual([
      {
        index: 6,
        length: 16,
        digits: '4242424242424242',
        brand: 'Visa',
        isTestCard: true,
        last4: '4242',
        needsContext: false,
      },
    ]);
  });

  it('finds numbers grouped by single spaces or dashes', () => {
    const text = 'a 4242 4242 4242 4242 b 4111-1111-1111-1111 c 3782 822463 10005 d 5555 5555 5555 4444';
    expect(findCardNumbers(text).map((m) => [m.index, m.length, m.digits, m.brand])).toEqual([
      [2, 19, '4242424242424242', 'Visa'],
      [24, 19, '4111111111111111', 'Visa'],
      [46, 17, '378282246310005', 'American Express'],
      [66, 19, '5555555555554444', 'Mastercard'],
    ]);
  });

  it('reports a non-test number as such', () => {
    const [match] = findCardNumbers('"4539578763621486"');
    expect(match).toMatchObject({ index: 1, digits: '4539578763621486', brand: 'Visa', isTestCard: false, last4: '1486' });
    expect(findCardNumbers('"4011780000000006"')[0]).toMatchObject({ brand: 'Elo', isTestCard: true });
  });

  it('accepts common punctuation around a number', () => {
    for (const text of [
      '4242424242424242',
      '(4242424242424242)',
      '[4242424242424242]',
      '{"pan":"4242424242424242"}',
      'card=4242424242424242&x=1',
      'card:4242424242424242',
      'ends with a period 4242424242424242.',
      '4242424242424242, next',
      '`4242424242424242`',
      '/cards/4242424242424242/',
      '#4242424242424242',
      '-4242424242424242',
      '4242424242424242-',
      'line\n4242424242424242\n',
      '\t4242 4242 4242 4242\t',
    ]) {
      expect(findCardNumbers(text).map((m) => m.digits), text).toEqual(['4242424242424242']);
    }
  });

  it('finds several numbers in a space-separated list', () => {
    expect(findCardNumbers('4242424242424242 5555555555554444').map((m) => m.digits)).toEqual([
      '4242424242424242',
      '5555555555554444',
    ]);
    expect(findCardNumbers('12 4242424242424242 7').map((m) => [m.index, m.digits])).toEqual([
      [3, '4242424242424242'],
    ]);
    expect(findCardNumbers('4242-4242-4242-4242 5555-5555-5555-4444').map((m) => m.digits)).toEqual([
      '4242424242424242',
      '5555555555554444',
    ]);
  });

  it.each([
    ['4242424242424241', 'fails Luhn'],
    ['1234567812345678', 'no IIN range'],
    ['4000000000006', '13-digit Visa'],
    ['1700000000004', 'millisecond timestamp'],
    ['1712345678901', 'millisecond timestamp'],
    ['42424242424242424242', '20 digits'],
    ['424242424242424242424242', '24 digits'],
    ['x4242424242424242', 'letter before'],
    ['4242424242424242x', 'letter after'],
    ['deadbeef4242424242424242cafe', 'inside a hex string'],
    ['a4242424242424242', 'identifier'],
    ['id_4242424242424242', 'underscore before'],
    ['4242424242424242_1', 'underscore after'],
    ['1.4242424242424242', 'decimal fraction'],
    ['4242424242424242.5', 'decimal'],
    ['v1.2.4242424242424242', 'version'],
    ['4242424242424242.1', 'version-like'],
    ['+4242424242424242', 'phone number'],
    ['ORD-4242424242424242', 'compound id'],
    ['4242424242424242-01', 'compound id suffix'],
    ['2024-4242424242424242', 'dash-joined mixed groups'],
    ['14242424242424242', 'longer run'],
    ['42424242424242420', 'longer run'],
    ['4242  4242  4242  4242', 'double spaces'],
    ['4242--4242--4242--4242', 'double dashes'],
    ['4242 4242-4242 4242', 'mixed separators'],
    ['4242.4242.4242.4242', 'dots'],
    ['4242_4242_4242_4242', 'underscores'],
    ['42 4242 4242 4242 42', 'first group not 4 digits'],
    ['4242 42 4242 4242 4242', 'group of 2'],
    ['4242 4242424242 4242', 'group of 10'],
    ['4242 4242 4242 4242 1234', 'grouped run longer than 19'],
    ['4242 4242 4242', 'grouped run shorter than 12'],
    ['123e4567-e89b-12d3-a456-426614174000', 'uuid'],
    ['0 0 24 24', 'svg viewBox'],
    ['M4242 4242 4242 4242', 'svg path'],
    ['6280000000000008', 'unassigned UnionPay gap'],
    ['3400000000000000', 'Amex prefix, wrong length'],
    ['', 'empty'],
    ['12345678901', 'too short to scan'],
  ])('%j is not a card number (%s)', (text) => {
    expect(findCardNumbers(text)).toEqual([]);
  });

  it('flags 12/13-digit and Maestro matches as needing context', () => {
    expect(findCardNumbers('500000000009')).toMatchObject([{ brand: 'Maestro', needsContext: true }]);
    expect(findCardNumbers('5600000000002')).toMatchObject([{ brand: 'Maestro', needsContext: true }]);
    expect(findCardNumbers('6759649826438453')).toMatchObject([{ brand: 'Maestro', needsContext: true }]);
    expect(findCardNumbers('36000000000008')).toMatchObject([{ brand: 'Diners Club', needsContext: false }]);
    expect(findCardNumbers('4242424242424242')).toMatchObject([{ needsContext: false }]);
  });

  it('stops after maxMatches', () => {
    const text = Array.from({ length: 150 }, () => '4242424242424242').join(', ');
    expect(DEFAULT_MAX_CARD_MATCHES).toBe(100);
    expect(findCardNumbers(text)).toHaveLength(100);
    expect(findCardNumbers(text, { maxMatches: 3 }).map((m) => m.index)).toEqual([0, 18, 36]);
    expect(findCardNumbers(text, { maxMatches: 0 })).toEqual([]);
    expect(findCardNumbers(text, { maxMatches: 1000 })).toHaveLength(150);
  });

  describe('huge inputs', () => {
    it('handles 1 MB of digits', () => {
      expect(findCardNumbers('4'.repeat(1_000_000))).toEqual([]);
    });

    it('handles 1 MB of repeated grouped digits', () => {
      expect(findCardNumbers('4242 '.repeat(200_000))).toEqual([]);
      expect(findCardNumbers('4242-'.repeat(200_000))).toEqual([]);
    });

    it('handles 1 MB of mixed text', () => {
      const chunk = 'order 12345 at 1712345678901, id=a1b2c3 4242-42 x9 3.14159 ';
      const text = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
      expect(text.length).toBeGreaterThanOrEqual(1_000_000);
      expect(findCardNumbers(text)).toEqual([]);
    });

    it('handles 1 MB of space-separated long numbers', () => {
      const text = '4242424242424241 '.repeat(60_000);
      expect(findCardNumbers(text)).toEqual([]);
      const withCards = `${'1234567890123 '.repeat(70_000)}4242424242424242`;
      expect(findCardNumbers(withCards).map((m) => m.digits)).toEqual(['4242424242424242']);
    });

    it('handles 1 MB of mixed digit groups and separators', () => {
      const text = '4242 4242 4242 4242 '.repeat(50_000) + '1-2 3-4 '.repeat(10_000);
      expect(findCardNumbers(text)).toEqual([]);
    });
  });
});
