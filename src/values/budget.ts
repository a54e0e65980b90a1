/**
 * The analysis budget: every bound on how far the value analyses follow code, in one place. Each bound keeps lint
 * time linear in the file on pathological input (generated code, long chains, deep nesting) while staying far
 * above what hand-written integration code needs; when a bound is hit the answer is "unknown", which never reports.
 *
 * Bounds on text and formats (name and path lengths, URL parts, cipher lists, label lengths) and cache sizes stay
 * next to the code they guard: they are facts about input size, not about how far values are followed.
 */

/**
 * Steps from a value to the expression that produces it: constant and alias hops (`const a = b`), TS wrappers,
 * `await`, string wrappers (`String(x)`, `x.trim()`), spreads, the operands of `+` and `??`, member objects. Used by
 * static-values.ts, object-options.ts (spread nesting), url-paths.ts, unwrap.ts, taint-sinks.ts (SQL text parts),
 * request-values.ts, signature-values.ts, request-card-reads.ts and crypto-names.ts. Hand-written code rarely
 * needs more than three; the request-value, unwrap, card-read, spread and name walks used 6 before they shared
 * this budget, the constant and string walks 8; 8 is kept.
 */
export const VALUE_RESOLUTION_DEPTH = 8;

/**
 * Nesting levels of a structured value searched for fields: object literals inside object literals
 * (field-paths.ts) and the sub-expressions of a logged or stored value (sensitive-data.ts). field-paths.ts used
 * 12, sensitive-data.ts 10 and the type-annotation walk of retry-scopes.ts 6; 12 is kept (payload objects nest
 * deeper than five levels only in generated code).
 */
export const NESTED_VALUE_DEPTH = 12;

/**
 * Links of one member or call chain walked up or down: `res.status(500).set(h).json(x)`,
 * `stripe.paymentIntents.create`, `req.body.card.number`, `app.route('/p').get(a)`, `createHmac(…).update(…)`. Used
 * by request-handlers.ts, response-sinks.ts, taint-sinks.ts, provider-errors.ts, storage-writes.ts, sensitive-data.ts
 * and signature-values.ts. The copies used 6, 8, 10, 12 and 16; 16 is kept so that no chain one of them followed
 * is cut short.
 */
export const CHAIN_LENGTH = 16;

/**
 * Parent steps from a binding or value up to the statement that uses it (assignment targets inside destructuring
 * patterns in taint.ts, the provider-error trace in provider-errors.ts).
 */
export const USE_SITE_STEPS = 32;

/**
 * Hops of a value into another function or through a re-bound name: same-file helpers (value-flow.ts), SDK
 * instances handed on through variables, fields and factory returns (module-references.ts), handler wrappers
 * (`wrap(fn)`, request-handlers.ts), and the variables and helper parameters a value is followed forward through
 * (value-uses.ts: a webhook body in webhooks.ts, a provider error in provider-errors.ts). provider-errors.ts used
 * 3, the others 4; 4 is kept.
 */
export const CALL_HOPS = 4;

/** Routers mounted on routers (`app.use('/api', router)` with `router.use('/v1', inner)`) searched for a body parser. */
export const ROUTER_NESTING = 2;

/** Recursion depth of taint evaluation over one expression (taint.ts), including the values of variables it reads. */
export const TAINT_EVALUATION_DEPTH = 64;

/** Nodes scanned for a validation guard (`if (!isValid(x)) return`) before a tainted use (taint.ts). */
export const GUARD_SCAN_NODES = 400;

/** Steps of the intra-file value-flow evaluation of one file (value-flow.ts); beyond it values are opaque. */
export const VALUE_FLOW_STEPS = 50_000;

/**
 * Recursion depth of one value-flow evaluation (value-flow.ts on backward.ts): deep enough for a long
 * concatenation chain, shallow enough for the stack.
 */
export const VALUE_FLOW_DEPTH = 1_000;

/** Object-literal nodes visited when listing the field paths of one value (field-paths.ts). */
export const FIELD_PATH_NODES = 256;

/** Pieces of one concatenated string or template collected (url-paths.ts, taint-sinks.ts). */
export const STRING_PARTS = 64;

/** Alternative sources of one value through `??`, `||` and `?:` (static-values.ts `valueSources`). */
export const VALUE_SOURCES = 16;

/** Names collected from one expression for name-based classification (crypto-names.ts). */
export const EXPRESSION_NAMES = 32;

/**
 * Project modules followed from the linted file to the one that creates a client: an import, then re-exports
 * (`index.ts` → `export * from './stripe'`). Used by project-modules.ts and module-references.ts; barrels rarely
 * chain more than twice.
 */
export const PROJECT_MODULE_HOPS = 3;

/**
 * Re-exported project modules followed from one module: an app's `lib/index.ts` re-exports a handful of clients;
 * an SDK's barrel of a thousand generated types is not where a client comes from, and following it would cost a
 * text check per file per API list.
 */
export const PROJECT_REEXPORT_FANOUT = 32;

/**
 * Project files searched for the NestJS provider of a string injection token (`@Inject('STRIPE_CLIENT')`,
 * project-modules.ts `injectionScopeFiles`): the class's imports, its folder's `*.module.ts` and the modules they
 * import, two module hops deep. An app module that imports every feature module is cut off here rather than read whole.
 */
export const INJECTION_SCOPE_FILES = 64;

/**
 * Functions of one module that get a summary of what they do with their parameters (src/modules/project-functions.ts):
 * a DAO or helper module exports a few dozen; a generated client with thousands is not summarised past them.
 */
export const PROJECT_SUMMARY_FUNCTIONS = 64;
