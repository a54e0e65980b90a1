/**
 * Name analysis by whole segments: `cardNumber` → `card`, `number`. Substring matching is never used, so
 * `pan` does not match `panel`, `company` or `Japan`, and `secret` does not match `secretary`.
 */
import {
  CARD_CONTEXT_WORDS,
  CARD_DATA_CLASS_PRIORITY,
  CARD_FIELD_VOCABULARIES,
  CARD_NAME_PREFIXES,
  NON_DATA_LEADING_SEGMENTS,
  NON_DATA_SEGMENTS,
  NON_PAYMENT_CARD_QUALIFIERS,
  SAFE_CARD_NAMES,
  SECRET_ANYWHERE_VETOES,
  SECRET_LEADING_VETOES,
  SECRET_META_SUFFIXES,
  SECRET_NAMES,
  SECRET_NAMES_EXACT,
  SECRET_PUBLIC_QUALIFIERS,
  SECRET_TRAILING_WORDS,
  TOKEN_NAMES,
  TOKEN_QUALIFIER_VETOES,
} from '../catalog/card-data.js';
import type { CardDataClass, NameSequence } from '../catalog/card-data.js';

/** Names longer than this are not split (they are not identifiers anyone typed). */
export const MAX_NAME_LENGTH = 200;

export type NameClass = CardDataClass | 'safe';

export interface ClassifyNameOptions {
  /** The name is read from a card-ish object (`card.number`, `payment.pin`, `billing.accountNumber`). */
  readonly cardContext?: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// Splitting
// ---------------------------------------------------------------------------------------------------------

type CharKind = 'upper' | 'lower' | 'digit' | 'other';

const UNCASED_LETTER = /^\p{L}$/u;

function charKind(ch: string): CharKind {
  const code = ch.charCodeAt(0);
  if (code >= 48 && code <= 57) return 'digit';
  if (code >= 65 && code <= 90) return 'upper';
  if (code >= 97 && code <= 122) return 'lower';
  if (code < 128) return 'other';
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower !== upper) return ch === lower ? 'lower' : 'upper';
  return UNCASED_LETTER.test(ch) ? 'lower' : 'other';
}

/**
 * Whether an upper-case letter at `i`, following another upper-case letter, starts a new word: true for the
 * `C` in `CVVCode` and the `R` in `HTTPResponse`; false for the plural acronym `URLs` / `IDs`.
 */
function startsWordAfterAcronym(chars: readonly string[], kinds: readonly CharKind[], i: number): boolean {
  if (kinds[i + 1] !== 'lower') return false;
  const pluralS = chars[i + 1] === 's' && kinds[i + 2] !== 'lower';
  return !pluralS;
}

/**
 * Splits an identifier, property name or environment variable name into lower-case segments on
 * camelCase / PascalCase boundaries (acronym-aware), `_`, `-`, `.`, spaces, `$` and any other
 * non-alphanumeric character. Digits stay attached to the letters before them (`cvv2`, `track1`, `last4`).
 * Returns `[]` for names longer than {@link MAX_NAME_LENGTH}.
 */
export function splitName(name: string): string[] {
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) return [];
  const chars = Array.from(name);
  const kinds = chars.map(charKind);
  const segments: string[] = [];
  let current = '';
  let currentHasLetter = false;

  const flush = (): void => {
    if (current !== '') segments.push(current.toLowerCase());
    current = '';
    currentHasLetter = false;
  };

  for (let i = 0; i < chars.length; i++) {
    const kind = kinds[i];
    if (kind === 'other') {
      flush();
      continue;
    }
    if (current !== '') {
      const prev = kinds[i - 1];
      const isLetter = kind !== 'digit';
      const boundary =
        (prev === 'lower' && kind === 'upper') ||
        (prev === 'digit' && isLetter && currentHasLetter) ||
        (prev === 'upper' && kind === 'upper' && startsWordAfterAcronym(chars, kinds, i));
      if (boundary) flush();
    }
    current += chars[i];
    if (kind !== 'digit') currentHasLetter = true;
  }
  flush();
  return segments;
}

// ---------------------------------------------------------------------------------------------------------
// Sequence matching
// ---------------------------------------------------------------------------------------------------------

/** Index of the first contiguous whole-segment occurrence of `sequence` at or after `from`, or -1. */
export function indexOfSequence(segments: readonly string[], sequence: NameSequence, from = 0): number {
  if (sequence.length === 0) return -1;
  const last = segments.length - sequence.length;
  outer: for (let i = Math.max(0, from); i <= last; i++) {
    for (let j = 0; j < sequence.length; j++) {
      if (segments[i + j] !== sequence[j]) continue outer;
    }
    return i;
  }
  return -1;
}

/** Whether `sequence` occurs in `segments` as contiguous whole segments (`['card','number']` in `creditCardNumber`). */
export function matchesSequence(segments: readonly string[], sequence: NameSequence): boolean {
  return indexOfSequence(segments, sequence) !== -1;
}

function equalsSequence(segments: readonly string[], sequence: NameSequence): boolean {
  return segments.length === sequence.length && indexOfSequence(segments, sequence) === 0;
}

function matchesAny(segments: readonly string[], sequences: readonly NameSequence[]): boolean {
  return sequences.some((sequence) => matchesSequence(segments, sequence));
}

// ---------------------------------------------------------------------------------------------------------
// Card data
// ---------------------------------------------------------------------------------------------------------

const NON_DATA = new Set(NON_DATA_SEGMENTS);
const NON_DATA_LEADING = new Set(NON_DATA_LEADING_SEGMENTS);
const NON_PAYMENT_QUALIFIERS = new Set(NON_PAYMENT_CARD_QUALIFIERS);
const CARD_PREFIXES = new Set(CARD_NAME_PREFIXES);
const CONTEXT_WORDS = new Set(CARD_CONTEXT_WORDS);

/** `giftCardNumber`, `simCardPin`: a card, but not a payment card. */
function isNonPaymentCard(segments: readonly string[]): boolean {
  for (let i = 1; i < segments.length; i++) {
    if ((segments[i] === 'card' || segments[i] === 'cards') && NON_PAYMENT_QUALIFIERS.has(segments[i - 1])) {
      return true;
    }
  }
  return false;
}

function countLeadingCardWords(segments: readonly string[]): number {
  let count = 0;
  while (count < segments.length && CARD_PREFIXES.has(segments[count])) count++;
  return count;
}

function findDataClass(segments: readonly string[], cardContext: boolean): CardDataClass | null {
  const leadingCardWords = countLeadingCardWords(segments);
  const rest = segments.slice(leadingCardWords);
  const hasContext = cardContext || leadingCardWords > 0;
  for (const dataClass of CARD_DATA_CLASS_PRIORITY) {
    const vocabulary = CARD_FIELD_VOCABULARIES[dataClass];
    if (matchesAny(segments, vocabulary.names)) return dataClass;
    if (hasContext && vocabulary.namesNeedingContext.some((sequence) => equalsSequence(rest, sequence))) {
      return dataClass;
    }
  }
  return null;
}

function isMetadataName(segments: readonly string[]): boolean {
  return NON_DATA_LEADING.has(segments[0]) || segments.some((segment) => NON_DATA.has(segment));
}

/** {@link classifyName} for an already split name. */
export function classifySegments(segments: readonly string[], options: ClassifyNameOptions = {}): NameClass | null {
  if (segments.length === 0 || isNonPaymentCard(segments)) return null;
  if (matchesAny(segments, SAFE_CARD_NAMES)) return 'safe';
  const dataClass = findDataClass(segments, options.cardContext === true);
  if (dataClass === null) return null;
  return isMetadataName(segments) ? 'safe' : dataClass;
}

/**
 * Classifies a name as card data by whole segments:
 * - `'pan'` (`cardNumber`, `ccnum`, `pan`), `'cvv'` (`cvc`, `securityCode`), `'expiry'` (`expMonth`,
 *   `expirationDate`), `'track'` (`track2`, `pinBlock`);
 * - `'safe'` for fields that may be shown/stored (`last4`, `brand`, `fingerprint`, `funding`, `bin`,
 *   `maskedPan`) and for data names turned into metadata (`cardNumberLength`, `isValidCardNumber`,
 *   `cvvPattern`, `encryptedPan`, `onCardNumberChange`);
 * - `null` otherwise.
 *
 * Ambiguous names (`number`, `accountNumber`, `verificationCode`, `pin`, `cid`, bare `exp` / `expiry` /
 * `expiration`, `trackData`) match only as the whole name and only with `cardContext: true` or after leading
 * card words (`cardPin`, `ccExp`, `cardExpiry`). `expires*` names (`expiresAt`) never match.
 */
export function classifyName(name: string, options: ClassifyNameOptions = {}): NameClass | null {
  return classifySegments(splitName(name), options);
}

/** Whether any of the names contains a card context word (`card`, `payment`, `billing`, `credit`, `debit`). */
export function hasCardContext(names: readonly string[]): boolean {
  return names.some((name) => splitName(name).some((segment) => CONTEXT_WORDS.has(segment)));
}

// ---------------------------------------------------------------------------------------------------------
// Secrets and tokens
// ---------------------------------------------------------------------------------------------------------

const SECRET_META = new Set(SECRET_META_SUFFIXES);
const SECRET_LEADING = new Set(SECRET_LEADING_VETOES);
const SECRET_ANYWHERE = new Set(SECRET_ANYWHERE_VETOES);
const PUBLIC_QUALIFIERS = new Set(SECRET_PUBLIC_QUALIFIERS);
const TRAILING_SECRET_WORDS = new Set(SECRET_TRAILING_WORDS);
const TOKEN_QUALIFIERS = new Set(TOKEN_QUALIFIER_VETOES);

/** Predicates, actions and derived values: `isSecret`, `withCredentials`, `passwordHash`. */
function isVetoedSecretName(segments: readonly string[]): boolean {
  return (segments.length > 1 && SECRET_LEADING.has(segments[0])) || segments.some((s) => SECRET_ANYWHERE.has(s));
}

function hasMetaAfter(segments: readonly string[], from: number): boolean {
  for (let i = from; i < segments.length; i++) {
    if (SECRET_META.has(segments[i])) return true;
  }
  return false;
}

/**
 * Whether some occurrence of `sequence` names the value itself: not followed by a meta word
 * (`secretName`) and not preceded by a qualifier in `vetoBefore` (`publicApiKey`).
 */
function hasValueOccurrence(
  segments: readonly string[],
  sequence: NameSequence,
  vetoBefore: ReadonlySet<string>,
): boolean {
  for (let i = indexOfSequence(segments, sequence); i !== -1; i = indexOfSequence(segments, sequence, i + 1)) {
    const qualified = i > 0 && vetoBefore.has(segments[i - 1]);
    if (!qualified && !hasMetaAfter(segments, i + sequence.length)) return true;
  }
  return false;
}

/** {@link isSecretName} for an already split name. */
export function isSecretSegments(segments: readonly string[]): boolean {
  if (segments.length === 0 || isVetoedSecretName(segments)) return false;
  if (SECRET_NAMES_EXACT.some((sequence) => equalsSequence(segments, sequence))) return true;
  if (SECRET_NAMES.some((sequence) => hasValueOccurrence(segments, sequence, PUBLIC_QUALIFIERS))) return true;
  const last = segments.length - 1;
  return last > 0 && TRAILING_SECRET_WORDS.has(segments[last]) && !PUBLIC_QUALIFIERS.has(segments[last - 1]);
}

/**
 * Whether a name holds a secret value: `apiKey`, `STRIPE_SECRET_KEY`, `webhookSecret`, `dbPassword`,
 * `DB_PASS`, `accessToken`, `credentials`, `authorization`. Not: `secretary`, `publishableKey`, `publicKey`,
 * `clientId`, names that refer to the secret (`secretName`, `secretArn`, `apiKeyEnv`, `privateKeyPath`),
 * metadata (`passwordStrength`, `PASSWORD_MIN_LENGTH`), predicates (`isSecret`, `withCredentials`) and
 * derived values (`passwordHash`, `hashedPassword`). A bare `token` is not a secret: see {@link isTokenName}.
 */
export function isSecretName(name: string): boolean {
  return isSecretSegments(splitName(name));
}

/** {@link isTokenName} for an already split name. */
export function isTokenSegments(segments: readonly string[]): boolean {
  if (segments.length === 0 || isVetoedSecretName(segments)) return false;
  return TOKEN_NAMES.some((sequence) => hasValueOccurrence(segments, sequence, TOKEN_QUALIFIERS));
}

/**
 * Whether a name holds a token value (`token`, `accessToken`, `csrfToken`, `paymentMethodToken`). Tokens
 * are a separate class from secrets because many are harmless payment tokens (`tok_…`, Braintree
 * `paymentMethodToken`); credential tokens (`accessToken`, `authToken`) are also {@link isSecretName}.
 * Not: `tokenizer`, `tokens`, `tokenType`, `tokenUrl`, `nextPageToken`, `cancelToken`, `maxTokens`,
 * `clientToken` (Braintree/PayPal client tokens are meant for the browser).
 */
export function isTokenName(name: string): boolean {
  return isTokenSegments(splitName(name));
}
