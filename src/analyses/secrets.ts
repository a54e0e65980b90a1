/**
 * Secret detection over arbitrary text (string literals, template quasis, comments), in linear time.
 *
 * Formats come from `src/catalog/credentials.ts`: a literal prefix (found with `indexOf`, never a backtracking
 * regex) followed by bounded character runs and literals, matched greedily by hand. Every candidate costs at most
 * the format's maximum length, so a 1 MB string is scanned in time proportional to its length.
 *
 * Placeholders are recognised rather than reported: repeated or sequential characters, bodies
 * under the per-format entropy floor, placeholder words (`xxx`, `your`, `example`, `REPLACE_ME` …), a prefix
 * followed by an ellipsis, template wrappers (`<…>`, `${…}`, `{{…}}`).
 *
 * Nothing here returns text meant for messages except `describeCredential` / `maskSecret`, which show at most the
 * last four characters of long values.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import {
  CREDENTIAL_FORMATS,
  DUMMY_VALUE_WORDS,
  PLACEHOLDER_WORDS,
  type Charset,
  type CredentialFormat,
  type KeyEnvironment,
} from '../catalog/credentials.js';
import { getStaticKeyName } from '../ast/ast.js';
import { splitName } from '../values/names.js';

export interface CredentialMatch {
  readonly format: CredentialFormat;
  /** Offset of the first character in the scanned text. */
  readonly start: number;
  /** Offset after the last character. */
  readonly end: number;
  /** The matched text. For decisions only: never put it in a message. */
  readonly value: string;
  /** True when the value is a placeholder (low entropy, placeholder word, truncated …). */
  readonly placeholder: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Character classes
// ---------------------------------------------------------------------------------------------------------------

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}
function isLower(code: number): boolean {
  return code >= 97 && code <= 122;
}
function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

const CHARSETS: Record<Charset, (code: number) => boolean> = {
  alnum: (c) => isDigit(c) || isUpper(c) || isLower(c),
  upperAlnum: (c) => isDigit(c) || isUpper(c),
  lowerAlnum: (c) => isDigit(c) || isLower(c),
  hex: (c) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102),
  base32Lower: (c) => isLower(c) || (c >= 50 && c <= 55),
  base32Upper: (c) => isUpper(c) || (c >= 50 && c <= 55),
  checkoutLast: (c) => isLower(c) || (c >= 50 && c <= 55) || c === 42 || c === 35 || c === 36 || c === 61,
  base64url: (c) => isDigit(c) || isUpper(c) || isLower(c) || c === 95 || c === 45,
  base64: (c) => isDigit(c) || isUpper(c) || isLower(c) || c === 43 || c === 47 || c === 61,
  pem: (c) => isDigit(c) || isUpper(c) || isLower(c) || c === 43 || c === 47 || c === 61 || isWhitespace(c),
};

/** `[A-Za-z0-9_]`: a prefix preceded by one of these is part of a longer word, not a key. */
function isWordCode(code: number): boolean {
  return isDigit(code) || isUpper(code) || isLower(code) || code === 95;
}

// ---------------------------------------------------------------------------------------------------------------
// Entropy and placeholder shapes
// ---------------------------------------------------------------------------------------------------------------

/** Shannon entropy in bits per character. */
export function shannonEntropy(text: string): number {
  if (text.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  const length = [...counts.values()].reduce((sum, count) => sum + count, 0);
  for (const count of counts.values()) {
    const p = count / length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

/** A run of `length` identical characters, or of consecutive ascending/descending characters (`abcdef`, `654321`). */
export function hasPatternRun(text: string, length = 6): boolean {
  let same = 1;
  let up = 1;
  let down = 1;
  for (let index = 1; index < text.length; index++) {
    const previous = text.charCodeAt(index - 1);
    const current = text.charCodeAt(index);
    same = current === previous ? same + 1 : 1;
    up = current === previous + 1 ? up + 1 : 1;
    down = current === previous - 1 ? down + 1 : 1;
    if (same >= length || up >= length || down >= length) return true;
  }
  return false;
}

function containsWord(lower: string, words: readonly string[]): boolean {
  for (const word of words) if (lower.includes(word)) return true;
  return false;
}

function followedByEllipsis(text: string, end: number): boolean {
  return text.startsWith('...', end) || text.startsWith('…', end);
}

/** Is the random part of a format match a placeholder? */
function isPlaceholderBody(format: CredentialFormat, body: string): boolean {
  const isPem = format.parts.some((part) => 'charset' in part && part.charset === 'pem');
  const compact = isPem ? body.replace(/\s+/g, '') : body;
  if (shannonEntropy(compact) < format.entropyFloor) return true;
  if (format.requireDigit && !(/\d/.test(compact) && /[a-z]/i.test(compact))) return true;
  const lower = compact.toLowerCase();
  if (isPem) return lower.includes('xxxx') || lower.includes('example');
  if (hasPatternRun(compact)) return true;
  return compact.length <= 256 && containsWord(lower, PLACEHOLDER_WORDS);
}

// ---------------------------------------------------------------------------------------------------------------
// Format matching
// ---------------------------------------------------------------------------------------------------------------

/** Formats grouped by prefix, prefixes in catalog order. */
const BY_PREFIX: ReadonlyMap<string, readonly CredentialFormat[]> = (() => {
  const map = new Map<string, CredentialFormat[]>();
  for (const format of CREDENTIAL_FORMATS) {
    const list = map.get(format.prefix) ?? [];
    list.push(format);
    map.set(format.prefix, list);
  }
  return map;
})();

/** Match `format.parts` at `position`; returns the end offset and the random body, or `null`. */
function matchParts(text: string, position: number, format: CredentialFormat): { end: number; body: string } | null {
  let cursor = position;
  let body = '';
  const { parts } = format;
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    const last = index === parts.length - 1;
    if ('literal' in part) {
      if (!text.startsWith(part.literal, cursor)) return null;
      cursor += part.literal.length;
      if (last && cursor < text.length && isWordCode(text.charCodeAt(cursor))) return null;
      continue;
    }
    const accepts = CHARSETS[part.charset];
    // A final run must end exactly (the value may not continue); an inner run stops at its maximum.
    const limit = last ? part.max + 1 : part.max;
    let count = 0;
    while (count < limit && cursor + count < text.length && accepts(text.charCodeAt(cursor + count))) count++;
    if (count < part.min || count > part.max) return null;
    body += text.slice(cursor, cursor + count);
    cursor += count;
  }
  return { end: cursor, body };
}

export interface ScanOptions {
  /** Also return public (publishable) formats. Default false. */
  readonly includePublic?: boolean;
  /** Also return placeholder matches (flagged `placeholder: true`). Default false. */
  readonly includePlaceholders?: boolean;
}

/**
 * Every credential-format occurrence in `text`, non-overlapping, in order. Linear in `text.length`: each prefix is
 * located with `indexOf`, and each candidate is checked in at most its format's maximum length.
 */
export function findCredentials(text: string, options: ScanOptions = {}): CredentialMatch[] {
  const found: CredentialMatch[] = [];
  for (const [prefix, formats] of BY_PREFIX) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(prefix, from);
      if (start === -1) break;
      from = start + 1;
      if (start > 0 && isWordCode(text.charCodeAt(start - 1))) continue;
      for (const format of formats) {
        const matched = matchParts(text, start + prefix.length, format);
        if (!matched) continue;
        const placeholder =
          followedByEllipsis(text, matched.end) || isPlaceholderBody(format, matched.body);
        found.push({ format, start, end: matched.end, value: text.slice(start, matched.end), placeholder });
        from = matched.end;
        break;
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: CredentialMatch[] = [];
  let lastEnd = -1;
  for (const match of found) {
    if (match.start < lastEnd) continue; // overlaps a longer/earlier match (`pk_` inside `pk_live_` …)
    lastEnd = match.end;
    if (!options.includePublic && !match.format.secret) continue;
    if (!options.includePlaceholders && match.placeholder) continue;
    result.push(match);
  }
  return result;
}

/** The format the whole `value` has (secret or public, placeholder or not), or `null`. */
export function matchWholeCredential(value: string): CredentialMatch | null {
  const trimmed = value.trim();
  const matches = findCredentials(trimmed, { includePublic: true, includePlaceholders: true });
  const first = matches[0];
  return first && first.start === 0 && first.end === trimmed.length ? first : null;
}

/** Cheap check before a full scan: does the text contain any catalogued prefix? */
export function mayContainCredential(text: string): boolean {
  for (const prefix of BY_PREFIX.keys()) if (text.includes(prefix)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Generic values (slot mode) and masking
// ---------------------------------------------------------------------------------------------------------------

const WRAPPERS: readonly (readonly [string, string])[] = [
  ['<', '>'], ['{{', '}}'], ['${', '}'], ['[', ']'], ['%', '%'], ['@', '@'], ['(', ')'], ['{', '}'],
];

/**
 * Is a credential value (a literal passed to a credential slot) a placeholder or dummy rather than a secret?
 * Covers documentation placeholders and CodeQL `isDummyPassword`: short values, wrappers, template markers, ellipses,
 * placeholder words, one repeated character, sequential runs, very low entropy, env-variable names and paths.
 */
export function isPlaceholderValue(value: string): boolean {
  const text = value.trim();
  if (text.length < 6) return true;
  for (const [open, close] of WRAPPERS) {
    if (text.startsWith(open) && text.endsWith(close)) return true;
  }
  if (text.includes('${') || text.includes('{{') || text.includes('...') || text.includes('…')) return true;
  if (text.startsWith('$') || text.startsWith('/') || text.startsWith('./') || text.includes('://')) return true;
  // An environment variable or constant name, not its value: STRIPE_SECRET_KEY
  if (/^[A-Z][A-Z0-9_]*$/.test(text) && text.includes('_')) return true;
  const lower = text.toLowerCase();
  if (containsWord(lower, PLACEHOLDER_WORDS) || containsWord(lower, DUMMY_VALUE_WORDS)) return true;
  if (hasPatternRun(text)) return true;
  return shannonEntropy(text) < 2;
}

/** Words that mark an obvious placeholder in a known credential slot (`changeme`, `your-secret-here`, `xxx`). */
const SLOT_PLACEHOLDER_WORDS: readonly string[] = [
  'xxx', 'your', 'changeme', 'change_me', 'change-me', 'change this', 'change-this', 'change_this', 'replace',
  'placeholder', 'insert', 'redacted', 'todo', 'example', 'sample', 'dummy', 'fake', 'not a real', 'not real',
  'not-a-real', 'not_a_real', 'notareal', 'missing', 'not set', 'not-set', 'not_set', 'demo',
];

/** Whole values that stand for "no value" (`process.env.API_TOKEN || 'none'`). */
const NO_VALUE_WORDS: ReadonlySet<string> = new Set(['none', 'null', 'undefined', 'false', 'n/a', 'na', 'nil', 'unknown']);

/**
 * Is a literal in a known credential slot (an SDK key, a session secret, a database password) an obvious
 * placeholder? Narrower than {@link isPlaceholderValue}: a value the program will use as its key is a hard-coded
 * credential whatever its length or entropy (`'keyboard cat'`, `'secret'`, `'postgres'` ship as the real key), so
 * only the empty string, template markers (`<…>`, `${…}`, `{{…}}`), ellipses, environment-variable names
 * (`JWT_SECRET`), paths, masks (`********`), PEM public keys and placeholder words (`changeme`, `your-…-here`,
 * `xxx`, `replace`, `example`) are exempt.
 */
export function isSlotPlaceholder(value: string): boolean {
  const text = value.trim();
  if (text.length === 0 || NO_VALUE_WORDS.has(text.toLowerCase())) return true;
  for (const [open, close] of WRAPPERS) {
    if (text.length > open.length + close.length && text.startsWith(open) && text.endsWith(close)) return true;
  }
  if (text.includes('${') || text.includes('{{') || text.includes('...') || text.includes('…')) return true;
  if (text.startsWith('$') || text.startsWith('/') || text.startsWith('./') || text.startsWith('-----BEGIN')) return true;
  if (/^[A-Z][A-Z0-9_]*$/.test(text) && text.includes('_')) return true;
  if (text.length >= 3 && text.split('').every((char) => char === text[0])) return true; // a mask: `********`
  return containsWord(text.toLowerCase(), SLOT_PLACEHOLDER_WORDS);
}

/** `…a1B2` for values of 16+ characters (at most a quarter of the value); nothing for shorter ones. */
export function maskSecret(value: string): string {
  return value.length >= 16 ? `…${value.slice(-4)}` : '';
}

/** `Stripe live secret key …a1B2` — safe for messages. PEM keys get no suffix. */
export function describeCredential(label: string, value: string): string {
  if (value.startsWith('-----BEGIN')) return label;
  const mask = maskSecret(value);
  return mask ? `${label} ${mask}` : label;
}

// ---------------------------------------------------------------------------------------------------------------
// URL credentials and Basic authorization
// ---------------------------------------------------------------------------------------------------------------

export interface UrlCredential {
  readonly start: number;
  readonly end: number;
  readonly scheme: string;
  readonly host: string;
  /** For decisions only. */
  readonly user: string;
  /** For decisions only. */
  readonly password: string;
}

const MAX_SCHEME = 20;
const MAX_USERINFO = 256;
const MAX_HOST = 253;

function isSchemeCode(code: number): boolean {
  return isDigit(code) || isUpper(code) || isLower(code) || code === 43 || code === 45 || code === 46;
}

/** Characters that end a userinfo part: `/ ? # @`, whitespace, quotes, brackets. */
function endsUserinfo(code: number): boolean {
  return (
    code === 47 || code === 63 || code === 35 || code === 64 || isWhitespace(code) ||
    code === 34 || code === 39 || code === 96 || code === 60 || code === 62
  );
}

function isHostCode(code: number): boolean {
  return isDigit(code) || isUpper(code) || isLower(code) || code === 45 || code === 46 || code === 95;
}

/**
 * `scheme://user:password@host` occurrences, linear time (each candidate scans at most a bounded userinfo and host,
 * and a userinfo never spans another `://`).
 */
export function findUrlCredentials(text: string): UrlCredential[] {
  const out: UrlCredential[] = [];
  let from = 0;
  for (;;) {
    const marker = text.indexOf('://', from);
    if (marker === -1) break;
    from = marker + 3;
    let schemeStart = marker;
    while (schemeStart > 0 && marker - schemeStart < MAX_SCHEME && isSchemeCode(text.charCodeAt(schemeStart - 1))) {
      schemeStart--;
    }
    if (schemeStart === marker) continue;
    if (!isLower(text.charCodeAt(schemeStart)) && !isUpper(text.charCodeAt(schemeStart))) continue;
    const userStart = marker + 3;
    let cursor = userStart;
    while (cursor < text.length && cursor - userStart < MAX_USERINFO && !endsUserinfo(text.charCodeAt(cursor))) cursor++;
    if (text.charCodeAt(cursor) !== 64 /* @ */) continue;
    const userinfo = text.slice(userStart, cursor);
    const colon = userinfo.indexOf(':');
    if (colon === -1) continue;
    const hostStart = cursor + 1;
    let hostEnd = hostStart;
    while (hostEnd < text.length && hostEnd - hostStart < MAX_HOST && isHostCode(text.charCodeAt(hostEnd))) hostEnd++;
    if (hostEnd === hostStart) continue;
    out.push({
      start: schemeStart,
      end: hostEnd,
      scheme: text.slice(schemeStart, marker).toLowerCase(),
      host: text.slice(hostStart, hostEnd).toLowerCase(),
      user: safeDecode(userinfo.slice(0, colon)),
      password: safeDecode(userinfo.slice(colon + 1)),
    });
    from = hostEnd;
  }
  return out;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Is a `user:password` pair a real-looking credential (not a placeholder, not `guest:guest`)? */
export function isRealPasswordPair(user: string, password: string): boolean {
  if (password.length === 0 || password === user) return false;
  return !isPlaceholderValue(password);
}

/** Parsed `Authorization` header value: scheme and the credential part. */
export interface AuthorizationValue {
  readonly scheme: string;
  readonly credential: string;
  /** For `Basic`: the decoded `user:password`, when it decodes to one. */
  readonly basic?: { readonly user: string; readonly password: string };
}

/** Split `Basic dXNlcjpwYXNz` / `Bearer abc` / `Token abc`; `null` when it is not of that shape. */
export function parseAuthorization(value: string): AuthorizationValue | null {
  const text = value.trim();
  const space = text.indexOf(' ');
  if (space <= 0) return null;
  const scheme = text.slice(0, space);
  const credential = text.slice(space + 1).trim();
  if (!/^[a-z][a-z0-9-]*$/i.test(scheme) || credential.length === 0 || /\s/.test(credential)) return null;
  if (scheme.toLowerCase() !== 'basic') return { scheme, credential };
  if (!/^[a-z0-9+/]+={0,2}$/i.test(credential)) return { scheme, credential };
  const decoded = Buffer.from(credential, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  // eslint-disable-next-line no-control-regex
  if (colon <= 0 || /[\u0000-\u001f\ufffd]/.test(decoded)) return { scheme, credential };
  return { scheme, credential, basic: { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) } };
}

// ---------------------------------------------------------------------------------------------------------------
// Secrets recognised by the public id next to them
// ---------------------------------------------------------------------------------------------------------------

export interface PairedSecret {
  /** The secret's string literal. */
  readonly node: TSESTree.Literal;
  /** `Razorpay key secret`, `PayPal client secret`, `OAuth client secret`. */
  readonly credential: string;
  readonly envName: string;
  readonly environment: KeyEnvironment;
}

interface ObjectEntry {
  readonly segments: readonly string[];
  readonly value: TSESTree.Literal | null;
}

function objectEntries(object: TSESTree.ObjectExpression): ObjectEntry[] {
  const entries: ObjectEntry[] = [];
  for (const property of object.properties) {
    if (property.type !== 'Property') continue;
    const key = getStaticKeyName(property.key, property.computed);
    if (key === null) continue;
    const value = property.value.type === 'Literal' && typeof property.value.value === 'string' ? property.value : null;
    entries.push({ segments: splitName(key), value });
  }
  return entries;
}

/** `key_secret`, `clientSecret`, `secret_key`, `secret`; not where a secret is kept (`secretName`, `secret_arn`). */
const SECRET_REFERENCE_SEGMENTS = new Set(['name', 'id', 'arn', 'path', 'ref', 'version', 'manager', 'store', 'file', 'env']);
const isSecretKey = (segments: readonly string[]): boolean =>
  segments.includes('secret') && !SECRET_REFERENCE_SEGMENTS.has(segments.at(-1) ?? '');
/** The name the object is stored under: `const paypalConfig = {…}`, `{ paypal: {…} }`. */
function holderName(object: TSESTree.ObjectExpression): string {
  const parent = object.parent;
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') return parent.id.name;
  if (parent?.type === 'Property') return getStaticKeyName(parent.key, parent.computed) ?? '';
  return '';
}

const isClientId = (segments: readonly string[]): boolean => segments.join(' ') === 'client id';

/**
 * Provider secrets without a format of their own, recognised by the public id committed next to them in one object
 * literal: `{ key_id: 'rzp_live_…', key_secret: '…' }` (the Razorpay key id names the provider and its mode), and
 * `{ client_id: '…', client_secret: '…' }` (an OAuth client; PayPal when a key or value says so, sandbox when
 * `mode`/`environment` says so). Placeholder values are left to the caller.
 */
export function pairedSecrets(object: TSESTree.ObjectExpression): PairedSecret[] {
  const entries = objectEntries(object);
  if (entries.length < 2 || !entries.some((entry) => isSecretKey(entry.segments) && entry.value)) return [];
  let credential: string | null = null;
  let envName = 'PAYMENT_CLIENT_SECRET';
  let environment: KeyEnvironment = 'unknown';
  // `{ accessKeyId, secretAccessKey }`: the AWS SDK credential shape (v2 options, v3 `credentials`).
  if (entries.some((entry) => entry.segments.join(' ') === 'access key id')) {
    credential = 'AWS secret access key';
    envName = 'AWS_SECRET_ACCESS_KEY';
  }
  for (const entry of entries) {
    if (credential !== null || !entry.value || isSecretKey(entry.segments)) continue;
    const id = matchWholeCredential(entry.value.value as string);
    if (id && !id.format.secret && id.format.provider === 'Razorpay') {
      credential = 'Razorpay key secret';
      envName = 'RAZORPAY_KEY_SECRET';
      environment = id.format.environment;
    }
  }
  if (credential === null && entries.some((entry) => isClientId(entry.segments) && entry.value)) {
    const text = [holderName(object), ...entries.map((entry) => `${entry.segments.join(' ')} ${String(entry.value?.value ?? '')}`)]
      .join(' ')
      .toLowerCase();
    const paypal = text.includes('paypal');
    credential = paypal ? 'PayPal client secret' : 'OAuth client secret';
    envName = paypal ? 'PAYPAL_CLIENT_SECRET' : 'CLIENT_SECRET';
    environment = /\b(?:sandbox|test)\b/u.test(text) ? 'test' : /\b(?:live|production)\b/u.test(text) ? 'live' : 'unknown';
  }
  if (credential === null) return [];
  return entries
    .filter((entry) => isSecretKey(entry.segments) && entry.value)
    .map((entry) => ({ node: entry.value!, credential: credential!, envName, environment }));
}
