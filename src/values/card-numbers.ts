/**
 * Card number recognition: Luhn, IIN/brand detection and a linear-time scanner for PANs in arbitrary text.
 * Never put a full number into a message: use {@link describeCard} / {@link maskCardNumber}.
 */
import {
  CARD_BRANDS,
  MAX_PAN_LENGTH,
  MIN_PAN_LENGTH,
  TEST_CARD_NUMBERS,
  UNDETECTABLE_TEST_CARD_NUMBERS,
} from '../catalog/card-data.js';
import type { CardBrand, IinPattern } from '../catalog/card-data.js';

export interface CardNumberMatch {
  /** Offset of the first digit in the scanned text. */
  readonly index: number;
  /** Length in the text, separators included. */
  readonly length: number;
  /** The number without separators. Never print it. */
  readonly digits: string;
  /** Display name of the brand (`Visa`, `American Express`). */
  readonly brand: string;
  readonly isTestCard: boolean;
  readonly last4: string;
  /**
   * 12/13-digit numbers and Maestro matches (broad `56–59`, `63`, `67` ranges, up to 19 digits) collide with
   * timestamps and numeric IDs: report them only with a card-ish name nearby.
   */
  readonly needsContext: boolean;
}

export interface FindCardNumbersOptions {
  /** Stop after this many matches (default {@link DEFAULT_MAX_CARD_MATCHES}). */
  readonly maxMatches?: number;
}

export const DEFAULT_MAX_CARD_MATCHES = 100;

const DIGITS_ONLY = /^\d+$/;

// ---------------------------------------------------------------------------------------------------------
// Luhn, brands, test cards
// ---------------------------------------------------------------------------------------------------------

/** Luhn (mod 10) check. False for empty strings and anything other than ASCII digits. */
export function luhnValid(digits: string): boolean {
  if (digits.length === 0 || !DIGITS_ONLY.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let value = digits.charCodeAt(i) - 48;
    if (double) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
    double = !double;
  }
  return sum % 10 === 0;
}

interface PatternMatch {
  readonly prefixLength: number;
  /** Numeric width of the range (0 for a single prefix); narrower is more specific. */
  readonly width: number;
}

function matchPattern(digits: string, pattern: IinPattern): PatternMatch | null {
  if (typeof pattern === 'string') {
    return digits.startsWith(pattern) ? { prefixLength: pattern.length, width: 0 } : null;
  }
  const [low, high] = pattern;
  const prefix = digits.slice(0, low.length);
  if (prefix.length < low.length || prefix < low || prefix > high) return null;
  return { prefixLength: low.length, width: Number(high) - Number(low) };
}

function isMoreSpecific(a: PatternMatch, b: PatternMatch): boolean {
  return a.prefixLength > b.prefixLength || (a.prefixLength === b.prefixLength && a.width < b.width);
}

/**
 * The brand whose IIN range matches and whose lengths allow this number. When several do, the longest
 * matching prefix wins, then the narrowest range, then table order.
 */
export function detectCardBrandSpec(digits: string): CardBrand | null {
  if (digits.length < MIN_PAN_LENGTH || digits.length > MAX_PAN_LENGTH || !DIGITS_ONLY.test(digits)) return null;
  let best: { brand: CardBrand; match: PatternMatch } | null = null;
  for (const brand of CARD_BRANDS) {
    if (!brand.lengths.includes(digits.length)) continue;
    for (const pattern of brand.patterns) {
      const match = matchPattern(digits, pattern);
      if (match !== null && (best === null || isMoreSpecific(match, best.match))) best = { brand, match };
    }
  }
  return best === null ? null : best.brand;
}

/** Brand display name from IIN range + brand length (Luhn not checked), or null. */
export function detectCardBrand(digits: string): string | null {
  return detectCardBrandSpec(digits)?.name ?? null;
}

/** Removes single spaces and dashes used as group separators (`4242 4242 …`, `4242-4242-…`). */
export function normalizeCardNumber(text: string): string {
  return text.replace(/[ -]/g, '');
}

const TEST_CARDS: ReadonlySet<string> = new Set([
  ...TEST_CARD_NUMBERS.map((card) => card.number),
  ...UNDETECTABLE_TEST_CARD_NUMBERS,
]);

/**
 * Whether the digits were made up rather than issued: after the six-digit IIN, the account digits (check digit
 * excluded) use at most two distinct digits (`4111 1111 1111 1111`, `4242 4242 4242 4242`) or repeat with a period
 * of three or four (`5105 1051 0510 5100`), or the number holds a run of seven identical digits
 * (`4000 0000 0000 0002`). Providers build their sandbox numbers this way; an issued number looks like this about
 * once in 30,000.
 */
export function isPatternCardNumber(digits: string): boolean {
  if (/(\d)\1{6}/u.test(digits)) return true;
  const account = digits.slice(6, -1);
  if (account.length < 6) return false;
  if (new Set(account).size <= 2) return true;
  return [3, 4].some((period) => [...account].every((digit, index) => index < period || digit === account[index - period]));
}

/**
 * Whether this is a provider test number (spaces and dashes ignored): a published one (src/catalog/card-data.ts)
 * or one built from a pattern (`isPatternCardNumber`).
 */
export function isTestCardNumber(digits: string): boolean {
  const normalized = normalizeCardNumber(digits);
  return TEST_CARDS.has(normalized) || isPatternCardNumber(normalized);
}

// ---------------------------------------------------------------------------------------------------------
// Safe descriptions
// ---------------------------------------------------------------------------------------------------------

function lastFour(digits: string): string {
  const normalized = digits.replace(/\D/g, '');
  return normalized.length >= 4 ? normalized.slice(-4) : '';
}

/** `card ending 4242` — safe to print. Returns `card` when there are fewer than 4 digits. */
export function maskCardNumber(digits: string): string {
  const last4 = lastFour(digits);
  return last4 === '' ? 'card' : `card ending ${last4}`;
}

/** `Visa ending 4242` — safe to print. */
export function describeCard(match: Pick<CardNumberMatch, 'brand' | 'last4'>): string {
  return `${match.brand} ending ${match.last4}`;
}

// ---------------------------------------------------------------------------------------------------------
// Scanner
// ---------------------------------------------------------------------------------------------------------

const CODE_0 = 48;
const CODE_9 = 57;
const SPACE = 32;
const DASH = 45;
const DOT = 46;
const PLUS = 43;
const UNDERSCORE = 95;

/** Grouped numbers: first group of 4 (every card layout starts with one), other groups of 3–6 digits. */
const FIRST_GROUP_LENGTH = 4;
const MIN_GROUP_LENGTH = 3;
const MAX_GROUP_LENGTH = 6;

function isDigitCode(code: number): boolean {
  return code >= CODE_0 && code <= CODE_9;
}

/** ASCII letter, digit or `_`. NaN (outside the text) is false. */
function isWordCode(code: number): boolean {
  return (
    isDigitCode(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === UNDERSCORE
  );
}

/** Nothing before `start` makes the digits part of a longer token: word chars, decimals, phone numbers, `x-4242`. */
function hasCleanStart(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (isWordCode(before) || before === DOT || before === PLUS) return false;
  if (before === DASH) {
    const beforeDash = text.charCodeAt(start - 2);
    return !isWordCode(beforeDash) && beforeDash !== DOT;
  }
  return true;
}

/** Nothing after `end` continues the token: word chars, `.5` decimals, `-01` suffixes. */
function hasCleanEnd(text: string, end: number): boolean {
  const after = text.charCodeAt(end);
  if (isWordCode(after)) return false;
  if (after === DOT || after === DASH) return !isWordCode(text.charCodeAt(end + 1));
  return true;
}

interface DigitGroup {
  readonly start: number;
  readonly end: number;
}

/**
 * A maximal run of digit groups joined by one consistent single-character separator (space or dash).
 * Only aggregate facts and the groups that could be a PAN on their own are kept, so memory stays small.
 */
interface GroupChain {
  readonly start: number;
  readonly end: number;
  readonly separator: number | null;
  readonly groupCount: number;
  readonly totalDigits: number;
  /** Every group fits a card layout (first 4 digits, others 3–6). */
  readonly cardLayout: boolean;
  /** Groups of 12–19 digits (candidates when the chain is a space-separated list of numbers). */
  readonly standaloneGroups: readonly DigitGroup[];
}

function readDigits(text: string, from: number): number {
  let i = from;
  while (i < text.length && isDigitCode(text.charCodeAt(i))) i++;
  return i;
}

function readChain(text: string, start: number): GroupChain {
  let separator: number | null = null;
  let groupCount = 0;
  let totalDigits = 0;
  let cardLayout = true;
  const standaloneGroups: DigitGroup[] = [];
  let groupStart = start;
  for (;;) {
    const end = readDigits(text, groupStart);
    const size = end - groupStart;
    const allowed = groupCount === 0 ? size === FIRST_GROUP_LENGTH : size >= MIN_GROUP_LENGTH && size <= MAX_GROUP_LENGTH;
    cardLayout &&= allowed;
    groupCount++;
    totalDigits += size;
    if (size >= MIN_PAN_LENGTH && size <= MAX_PAN_LENGTH) standaloneGroups.push({ start: groupStart, end });
    const next = text.charCodeAt(end);
    const continues =
      (next === SPACE || next === DASH) &&
      (separator === null || separator === next) &&
      isDigitCode(text.charCodeAt(end + 1));
    if (!continues) return { start, end, separator, groupCount, totalDigits, cardLayout, standaloneGroups };
    separator = next;
    groupStart = end + 1;
  }
}

function toMatch(text: string, start: number, end: number, digits: string): CardNumberMatch | null {
  if (!luhnValid(digits)) return null;
  const brand = detectCardBrandSpec(digits);
  if (brand === null) return null;
  return {
    index: start,
    length: end - start,
    digits,
    brand: brand.name,
    isTestCard: TEST_CARDS.has(digits) || isPatternCardNumber(digits),
    last4: digits.slice(-4),
    needsContext: digits.length <= 13 || brand.name === 'Maestro',
  };
}

function* chainCandidates(text: string, chain: GroupChain): Generator<CardNumberMatch> {
  const cleanStart = hasCleanStart(text, chain.start);
  const cleanEnd = hasCleanEnd(text, chain.end);
  if (chain.groupCount === 1 || (chain.cardLayout && chain.groupCount > 1)) {
    if (!cleanStart || !cleanEnd) return;
    if (chain.totalDigits < MIN_PAN_LENGTH || chain.totalDigits > MAX_PAN_LENGTH) return;
    const digits = normalizeCardNumber(text.slice(chain.start, chain.end));
    const match = toMatch(text, chain.start, chain.end, digits);
    if (match !== null) yield match;
    return;
  }
  // Space-separated list of numbers (`4242424242424242 5555555555554444`): each long group on its own.
  // Dash-joined mixed groups (`2024-4242424242424242`) are compound identifiers: skip.
  if (chain.separator !== SPACE) return;
  for (const group of chain.standaloneGroups) {
    if (group.start === chain.start && !cleanStart) continue;
    if (group.end === chain.end && !cleanEnd) continue;
    const match = toMatch(text, group.start, group.end, text.slice(group.start, group.end));
    if (match !== null) yield match;
  }
}

/**
 * Finds candidate PANs in arbitrary text: 12–19 digits, plain or grouped by single spaces or single dashes
 * (`4242 4242 4242 4242`, `3782 822463 10005`), not part of a longer token (adjacent letters, digits, `_`,
 * `.` decimals/versions, `+` phone numbers, `id-…` compounds), inside a brand's IIN range with an allowed
 * length, and Luhn-valid. Runs longer than 19 digits are never split into candidates.
 *
 * Linear in the text length: each character is read a constant number of times and no regex is used.
 */
export function findCardNumbers(text: string, options: FindCardNumbersOptions = {}): CardNumberMatch[] {
  const maxMatches = options.maxMatches ?? DEFAULT_MAX_CARD_MATCHES;
  const matches: CardNumberMatch[] = [];
  if (text.length < MIN_PAN_LENGTH || maxMatches <= 0) return matches;
  let i = 0;
  while (i < text.length) {
    if (!isDigitCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const chain = readChain(text, i);
    for (const match of chainCandidates(text, chain)) {
      matches.push(match);
      if (matches.length >= maxMatches) return matches;
    }
    i = chain.end;
  }
  return matches;
}
