/**
 * Browser-side taint catalog: where a page's untrusted input comes from (the address, router parameters, the window
 * name, cross-window messages), where it becomes markup (jQuery, Angular, Vue), and server template engines whose
 * escaping a configuration turns off. Data only; `src/requests/browser-sources.ts`, `src/requests/taint.ts` and
 * `src/requests/taint-sinks.ts` interpret it. Sources: vue-router, react-router, Next.js, Angular router, jQuery,
 * Handlebars, Nunjucks, Swig, Mustache and EJS API references.
 */
import { api, type ApiDefinition, type TypedFamily } from './api.js';

/** Objects of client-side routers whose members are parts of the page address. */
export type BrowserRootKind = 'vue-route' | 'next-router' | 'angular-route' | 'message-event';

/** Same shape as `SourcePath` in src/catalog/taint.ts (kept structural to avoid an import cycle). */
interface BrowserSourcePath {
  readonly path: readonly string[];
  readonly call?: boolean;
  readonly whole?: boolean;
}

export const BROWSER_ROOT_SOURCES: Readonly<Record<BrowserRootKind, readonly BrowserSourcePath[]>> = {
  // vue-router `useRoute()` / Options API `this.$route`.
  'vue-route': [{ path: ['query'], whole: true }, { path: ['params'], whole: true }, { path: ['hash'] }, { path: ['fullPath'] }],
  // next/router `useRouter()` (Pages Router).
  'next-router': [{ path: ['query'], whole: true }, { path: ['asPath'] }],
  // @angular/router `ActivatedRoute`: the snapshot's parameters and the observables of them.
  'angular-route': [
    { path: ['snapshot', 'queryParams'], whole: true },
    { path: ['snapshot', 'params'], whole: true },
    { path: ['snapshot', 'queryParamMap'] },
    { path: ['snapshot', 'paramMap'] },
    { path: ['snapshot', 'fragment'] },
    { path: ['queryParams'], whole: true },
    { path: ['params'], whole: true },
    { path: ['queryParamMap'] },
    { path: ['paramMap'] },
    { path: ['fragment'] },
  ],
  // A `message` event from another window: `data` is whatever any origin posted.
  'message-event': [{ path: ['data'], whole: true }],
};

/** A call whose result is a browser root (`useRoute()`) or browser data itself (`useParams()`). */
export interface BrowserSourceCall {
  readonly role: 'browser-source';
  /** The result is this root object (members per {@link BROWSER_ROOT_SOURCES}, or `location`'s). */
  readonly root?: BrowserRootKind | 'location';
  /** Label of the result in messages (`useParams()`). */
  readonly label: string;
  /** The result is a client-shaped object (`useParams()`), not a string. */
  readonly whole?: boolean;
}
const root = (kind: BrowserRootKind | 'location', label: string): BrowserSourceCall => ({ role: 'browser-source', root: kind, label });
const data = (label: string, whole = false): BrowserSourceCall => ({ role: 'browser-source', label, whole });

const REACT_ROUTER_MODULES = ['react-router', 'react-router-dom'];

export const BROWSER_SOURCE_CALLS: readonly ApiDefinition<BrowserSourceCall>[] = [
  api.call('vue-router', ['useRoute'], root('vue-route', 'useRoute()')),
  // Nuxt auto-imports vue-router's `useRoute` as a global.
  api.global('useRoute', [], 'call', root('vue-route', 'useRoute()')),
  api.call('next/router', ['useRouter'], root('next-router', 'useRouter()')),
  api.call('next/navigation', ['useSearchParams'], data('useSearchParams()')),
  api.call('next/navigation', ['useParams'], data('useParams()', true)),
  ...REACT_ROUTER_MODULES.flatMap((module) => [
    api.call(module, ['useParams'], data('useParams()', true)),
    // `[searchParams, setSearchParams]`: the first element is the address's URLSearchParams.
    api.call(module, ['useSearchParams'], data('useSearchParams()')),
    api.call(module, ['useLocation'], root('location', 'useLocation()')),
  ]),
];

/** Types whose instances are browser roots: `constructor(private route: ActivatedRoute)`, `inject(ActivatedRoute)`. */
export const BROWSER_ROOT_TYPES: readonly (TypedFamily & { readonly family: BrowserRootKind })[] = [
  { module: '@angular/router', type: 'ActivatedRoute', family: 'angular-route' },
];
/** The injector functions that return an instance of their type argument (`inject(ActivatedRoute)`). */
export const INJECT_FUNCTIONS: readonly { readonly module: string; readonly name: string }[] = [{ module: '@angular/core', name: 'inject' }];

/** Members of the global objects that are root objects themselves (`this.$route` in a Vue component). */
export const THIS_ROOTS: Readonly<Record<string, BrowserRootKind>> = { $route: 'vue-route' };
/** Members of `window`/`self`/`globalThis` that hold untrusted text: `window.name` survives cross-origin navigation. */
export const WINDOW_DATA_MEMBERS: ReadonlySet<string> = new Set(['name']);

/** Event names whose listener's event carries data from another window. */
export const MESSAGE_EVENTS: ReadonlySet<string> = new Set(['message']);
/** Handler properties for those events (`window.onmessage = (event) => …`). */
export const MESSAGE_HANDLER_PROPERTIES: ReadonlySet<string> = new Set(['onmessage']);
/** The member of a message event whose check means the handler verifies the sender (`event.origin`). */
export const MESSAGE_ORIGIN_MEMBERS: ReadonlySet<string> = new Set(['origin', 'source']);

/**
 * Calls whose value is their first argument's (`ref(x)`, `marked.parse(x)`: Markdown passes raw HTML through) or
 * their callback's return value (`computed(() => …)`, `useMemo(() => …, deps)`).
 */
export interface ValueCall {
  /** `callback-result`: the first argument's return value; `wrapper`: the first argument (`ref(x)`). */
  readonly role: 'callback-result' | 'wrapper';
}
const CALLBACK: ValueCall = { role: 'callback-result' };
const WRAPPER: ValueCall = { role: 'wrapper' };
/** Vue's reactive wrappers hold their argument (`ref(x).value`; templates unwrap refs). */
const VUE_WRAPPERS = ['ref', 'shallowRef', 'reactive', 'readonly'];
export const VALUE_CALLS: readonly ApiDefinition<ValueCall>[] = [
  api.call('vue', ['computed'], CALLBACK),
  api.global('computed', [], 'call', CALLBACK),
  ...VUE_WRAPPERS.flatMap((name) => [api.call('vue', [name], WRAPPER), api.global(name, [], 'call', WRAPPER)]),
  // marked renders Markdown to HTML and keeps inline HTML as written (its `sanitize` option is gone since v8).
  ...[[], ['marked'], ['parse'], ['marked', 'parse'], ['parseInline']].map((path) => api.call('marked', path, WRAPPER)),
  api.global('marked', ['parse'], 'call', WRAPPER),
  api.call('react', ['useMemo'], CALLBACK),
  api.call('react', ['default', 'useMemo'], CALLBACK),
  api.global('React', ['useMemo'], 'call', CALLBACK),
];
/** Methods whose callback's first parameter is the receiver's value (`route.queryParams.subscribe((p) => …)`). */
export const VALUE_CALLBACK_METHODS: ReadonlySet<string> = new Set(['subscribe', 'then']);

// ---------------------------------------------------------------------------------------------------------------
// HTML sinks of front-end libraries
// ---------------------------------------------------------------------------------------------------------------

/** Angular `DomSanitizer` methods that mark a string as trusted markup or script (index of the value). */
export const TRUST_BYPASS_METHODS: Readonly<Record<string, number>> = { bypassSecurityTrustHtml: 0, bypassSecurityTrustScript: 0 };

/** jQuery's module and the globals it installs. */
export const JQUERY_MODULES: readonly string[] = ['jquery'];
export const JQUERY_GLOBALS: readonly string[] = ['$', 'jQuery'];
/** jQuery methods that parse a string argument as HTML. */
export const JQUERY_HTML_METHODS: ReadonlySet<string> = new Set([
  'html', 'append', 'prepend', 'after', 'before', 'replaceWith', 'wrap', 'wrapAll', 'wrapInner',
]);
/** jQuery static functions that parse HTML (`$.parseHTML(x)`). */
export const JQUERY_STATIC_HTML: ReadonlySet<string> = new Set(['parseHTML']);
/** jQuery methods that return the same selection (`$('#x').addClass('y').html(v)`). */
export const JQUERY_CHAIN_METHODS: ReadonlySet<string> = new Set([
  'find', 'children', 'closest', 'parent', 'first', 'last', 'eq', 'filter', 'addClass', 'removeClass', 'toggleClass',
  'attr', 'css', 'show', 'hide', 'empty', 'prop', 'next', 'prev', 'siblings',
]);
/** Address parts that start with a fixed character (`#`, `?`, a scheme, `/`): `$(location.hash)` is a selector. */
export const SELECTOR_ONLY_SOURCES = /^(?:hash|search|href|URL|documentURI|referrer|fullPath|asPath)$/u;

/** Vue directive that sets `innerHTML` (`v-html="x"`). */
export const VUE_HTML_DIRECTIVES: ReadonlySet<string> = new Set(['html']);
/** The template-scope name of the current route in a Vue template (`$route.query.x`). */
export const VUE_TEMPLATE_ROOTS: Readonly<Record<string, BrowserRootKind>> = { $route: 'vue-route' };
/** Options API sections whose members a template names directly: computed getters and `data()` fields. */
export const VUE_COMPONENT_DEFINERS: readonly string[] = ['defineComponent', 'defineNuxtComponent'];

// ---------------------------------------------------------------------------------------------------------------
// Server template engines
// ---------------------------------------------------------------------------------------------------------------

/** `new Handlebars.SafeString(x)`: x is emitted without escaping. */
export interface UnescapedSink {
  readonly role: 'html-sink';
  readonly name: string;
}
const unescaped = (name: string): UnescapedSink => ({ role: 'html-sink', name });
export const UNESCAPED_HTML_SINKS: readonly ApiDefinition<UnescapedSink>[] = [
  api.construct('handlebars', ['SafeString'], unescaped('Handlebars.SafeString')),
  api.construct('handlebars', ['default', 'SafeString'], unescaped('Handlebars.SafeString')),
  api.construct('hbs', ['handlebars', 'SafeString'], unescaped('Handlebars.SafeString')),
  api.call('nunjucks', ['runtime', 'markSafe'], unescaped('nunjucks markSafe')),
];

/**
 * Engine configuration that turns output escaping off for every template it renders. `option` is the options
 * argument's key, `unsafe` the value that disables escaping; `argument` the options argument (-1: the last one).
 */
export interface EscapingOff {
  readonly role: 'escaping-off';
  readonly engine: string;
  readonly argument: number;
  readonly option: string;
  /** The option value that disables escaping; `'identity'`: an escape function that returns its input. */
  readonly unsafe: boolean | 'identity';
}
const off = (engine: string, argument: number, option: string, unsafe: boolean | 'identity'): EscapingOff => ({
  role: 'escaping-off', engine, argument, option, unsafe,
});
export const ESCAPING_OFF_CALLS: readonly ApiDefinition<EscapingOff>[] = [
  ...['swig', 'swig-templates'].flatMap((module) => [
    api.call(module, ['setDefaults'], off('Swig', 0, 'autoescape', false)),
    api.construct(module, ['Swig'], off('Swig', 0, 'autoescape', false)),
  ]),
  api.call('nunjucks', ['configure'], off('Nunjucks', -1, 'autoescape', false)),
  api.construct('nunjucks', ['Environment'], off('Nunjucks', 1, 'autoescape', false)),
  ...[['compile'], ['precompile'], ['default', 'compile'], ['create', 'compile']].map((path) =>
    api.call('handlebars', path, off('Handlebars', 1, 'noEscape', true)),
  ),
  api.call('ejs', ['render'], off('EJS', 2, 'escape', 'identity')),
  api.call('ejs', ['compile'], off('EJS', 1, 'escape', 'identity')),
];
/** Engine escape functions whose replacement by an identity function turns escaping off (`Mustache.escape = (t) => t`). */
export const ESCAPE_FUNCTION_WRITES: readonly ApiDefinition<EscapingOff>[] = [
  api.read('mustache', ['escape'], off('Mustache', 0, 'escape', 'identity')),
  api.read('mustache', ['default', 'escape'], off('Mustache', 0, 'escape', 'identity')),
  api.global('Mustache', ['escape'], 'read', off('Mustache', 0, 'escape', 'identity')),
  api.read('handlebars', ['Utils', 'escapeExpression'], off('Handlebars', 0, 'escapeExpression', 'identity')),
];
/**
 * Calls that make a file render web pages, so a template engine configured in it writes HTML: Express's
 * `app.set('view engine', …)` and `app.engine(ext, fn)`.
 */
export const VIEW_ENGINE_SETTINGS: ReadonlySet<string> = new Set(['view engine']);
export const VIEW_ENGINE_METHODS: ReadonlySet<string> = new Set(['engine']);
/** Modules of the engines above, for relevance. */
export const TEMPLATE_ENGINE_MODULES: readonly string[] = ['swig', 'swig-templates', 'nunjucks', 'handlebars', 'hbs', 'ejs', 'mustache'];

/** jQuery's `$(…)` / `jQuery(…)` (the global or the `jquery` module) and its HTML parser. */
export interface JQueryCall {
  readonly role: 'jquery' | 'jquery-parse-html';
}
export const JQUERY_CALLS: readonly ApiDefinition<JQueryCall>[] = [
  ...JQUERY_MODULES.flatMap((module) => [
    api.call(module, [], { role: 'jquery' } as JQueryCall),
    api.call(module, ['default'], { role: 'jquery' } as JQueryCall),
    ...[...JQUERY_STATIC_HTML].map((method) => api.call(module, [method], { role: 'jquery-parse-html' } as JQueryCall)),
  ]),
  ...JQUERY_GLOBALS.flatMap((name) => [
    api.global(name, [], 'call', { role: 'jquery' } as JQueryCall),
    ...[...JQUERY_STATIC_HTML].map((method) => api.global(name, [method], 'call', { role: 'jquery-parse-html' } as JQueryCall)),
  ]),
];
