/**
 * Relevance triggers shared by several rules (see `relevance` in src/create-rule.ts), derived from the catalog: what
 * a file's imports or text must contain for an analysis in this folder to find anything. Each is a necessary
 * condition, not a heuristic: when an analysis learns a new way to find something, its trigger must learn it too.
 */
import {
  CARD_CONTEXT_WORDS,
  CARD_FIELD_VOCABULARIES,
  CARD_NAME_PREFIXES,
  SECRET_NAMES,
  SECRET_NAMES_EXACT,
  SECRET_TRAILING_WORDS,
} from '../catalog/card-data.js';
import { CREDENTIAL_FORMATS } from '../catalog/credentials.js';
import { PROVIDER_CARD_COMPONENTS } from '../catalog/providers.js';
import { GLOBAL_OBJECTS, GLOBAL_ROOTS, ROOT_CALLS, ROOT_SOURCES, type RootKind } from '../catalog/taint.js';
import {
  BROWSER_ROOT_TYPES,
  BROWSER_SOURCE_CALLS,
  MESSAGE_EVENTS,
  MESSAGE_HANDLER_PROPERTIES,
  TEMPLATE_ENGINE_MODULES,
  THIS_ROOTS,
  WINDOW_DATA_MEMBERS,
} from '../catalog/browser-taint.js';
import { pathParts, wholeNames, type Trigger } from '../modules/file-facts.js';
import { REQUEST_HANDLER_TRIGGER } from '../requests/request-handlers.js';
import {
  CALLBACK_NAME_SEGMENTS,
  WEAK_WEBHOOK_SEGMENTS,
  WEBHOOK_BODY_FIELDS,
  WEBHOOK_SIGNATURE_HEADERS,
  WEBHOOK_VERIFIERS,
} from '../catalog/webhooks.js';

/**
 * A run of 12+ digits with single space, dash or underscore separators: the shortest text src/values/card-numbers.ts
 * can read as a card number. Linear: each step consumes a digit.
 */
export const CARD_NUMBER_PATTERN = /\d(?:[ _-]?\d){11}/u;

/**
 * A card number in a string, template, JSX text or number literal: the digit run, or an escape or character reference
 * that could spell digits (`'\x34242…'`, `&#52;`).
 */
export const CARD_NUMBER_TRIGGER: Trigger = { pattern: CARD_NUMBER_PATTERN, text: ['\\u', '\\x', '&#'] };

const vocabularies = Object.values(CARD_FIELD_VOCABULARIES);

/**
 * Card data by name (src/values/names.ts `classifyName`) or by value: a name matching a vocabulary entry has every
 * segment of that entry; an ambiguous name (`number`, `pin`) needs a card context, which is a context word or a
 * leading card word somewhere in the file; a card number literal is a digit run; provider card components are
 * imports. A leading card word on its own (`card`, `creditCard`), `cardholder` and `paymentMethod` cover the
 * whole-card objects of src/analyses/sensitive-data.ts (`req.body.card`, `cardholderData`, a raw Adyen
 * `paymentMethod`).
 */
export const CARD_DATA_TRIGGER: Trigger = {
  names: vocabularies.flatMap((vocabulary) => vocabulary.names),
  words: [...CARD_NAME_PREFIXES, 'cardholder', 'paymentmethod'],
  anyOf: [
    CARD_NUMBER_TRIGGER,
    {
      allOf: [
        { words: [...CARD_CONTEXT_WORDS, ...CARD_NAME_PREFIXES] },
        { names: vocabularies.flatMap((vocabulary) => vocabulary.namesNeedingContext) },
      ],
    },
  ],
  modules: PROVIDER_CARD_COMPONENTS.map((entry) => entry.module),
};

/**
 * {@link CARD_DATA_TRIGGER} for analyses that grant card context themselves (request reads of a card form): the
 * ambiguous names count without a context word.
 */
export const CARD_DATA_ANY_CONTEXT_TRIGGER: Trigger = {
  anyOf: [CARD_DATA_TRIGGER],
  names: vocabularies.flatMap((vocabulary) => vocabulary.namesNeedingContext),
};

/**
 * A secret by name (src/values/names.ts `isSecretName`): every segment of one of the secret name sequences, or a
 * trailing `pass`/`pw` (`dbPass`).
 */
export const SECRET_NAME_TRIGGER: Trigger = {
  names: [...SECRET_NAMES, ...SECRET_NAMES_EXACT],
  words: SECRET_TRAILING_WORDS,
};

/**
 * A credential literal in the text: a format prefix (src/catalog/credentials.ts), or an escape sequence that could
 * spell one (`'sk\u005flive_…'`).
 */
export const CREDENTIAL_TEXT_TRIGGER: Trigger = {
  text: [...new Set(CREDENTIAL_FORMATS.map((format) => format.prefix)), '\\u', '\\x'],
};

/** The last key of every source path of a root (`location.search` → `search`): a read of it names that key. */
const leafKeys = (root: RootKind): string[] => [...new Set(ROOT_SOURCES[root].map((source) => source.path[source.path.length - 1]!))];

/**
 * Request data (src/requests/taint.ts): a request handler (src/requests/request-handlers.ts), a browser source
 * (src/requests/browser-sources.ts), a verified webhook event from a provider SDK, or a template engine whose
 * escaping a configuration turns off. Names are compared whole (`location`, not `StockLocation`); an identifier
 * spelled with a `\u` escape keeps the file in.
 * - The `location` and `document` globals (also as `window.location`) are root objects: they give data only through
 *   a source path of ROOT_SOURCES, whose last key the file then names (`location.search`, `document.referrer`);
 *   `document.getElementById()` and `location.reload()` do not.
 * - `window`/`self`/`globalThis` give data of their own only as `window.name` or through a `message` listener
 *   (`addEventListener('message', …)`, `onmessage`).
 * - `this.$route` and `ActivatedRoute` are router roots.
 */
export const REQUEST_DATA_TRIGGER: Trigger = {
  anyOf: [
    ...Object.entries(GLOBAL_ROOTS).map(([name, root]) => ({ allOf: [{ pattern: wholeNames([name]) }, { pattern: wholeNames(leafKeys(root)) }] })),
    { allOf: [{ pattern: wholeNames(GLOBAL_OBJECTS) }, { pattern: wholeNames([...WINDOW_DATA_MEMBERS, ...MESSAGE_EVENTS, ...MESSAGE_HANDLER_PROPERTIES]) }] },
    // After the text-only alternatives: it may read project modules.
    REQUEST_HANDLER_TRIGGER,
  ],
  apis: [ROOT_CALLS, BROWSER_SOURCE_CALLS],
  pattern: wholeNames([...Object.keys(THIS_ROOTS), ...BROWSER_ROOT_TYPES.map((entry) => entry.type)]),
  text: ['\\u'],
  // Template engines whose escaping a configuration turns off (src/requests/template-escaping.ts).
  modules: TEMPLATE_ENGINE_MODULES,
};

/** Text of a hand-written signature check (src/analyses/signature-checks.ts): a digest, a verify or a validate step. */
export const SIGNATURE_CHECK_TEXT = /digest|verif|validat/iu;

const WEBHOOK_NAME_WORDS = [...new Set([...CALLBACK_NAME_SEGMENTS, ...WEAK_WEBHOOK_SEGMENTS])];

/**
 * A request handler that can receive a payment webhook or callback (src/analyses/webhooks.ts `findWebhookRoutes`,
 * payment-callbacks.ts, signature-checks.ts): a handler, and a webhook or callback word in the text (route path,
 * handler, class or export name) or in the file's path (Next.js and Lambda routes), a signature header or a
 * provider-only body field, a verifier, or the text of a hand-written signature check.
 */
export const WEBHOOK_HANDLER_TRIGGER: Trigger = {
  allOf: [
    REQUEST_HANDLER_TRIGGER,
    {
      words: [...WEBHOOK_NAME_WORDS, ...Object.keys(WEBHOOK_BODY_FIELDS).map((field) => field.toLowerCase())],
      files: pathParts(WEBHOOK_NAME_WORDS),
      textIgnoreCase: Object.keys(WEBHOOK_SIGNATURE_HEADERS),
      pattern: SIGNATURE_CHECK_TEXT,
      apis: [WEBHOOK_VERIFIERS],
    },
  ],
};
