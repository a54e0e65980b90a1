/**
 * Network sinks for URLs: where each HTTP / WebSocket / SSE client takes the URL it connects to. Data only.
 * Sources: MDN (fetch, Request, WebSocket, EventSource), Node `http`/`https`, axios, got, ky, superagent, undici,
 * node-fetch, request, ofetch, socket.io-client, ws, eventsource API references.
 */
import { api, type ApiDefinition } from './api.js';
import { PROVIDER_CLIENTS, type ClientConstruction } from './providers.js';

export interface UrlSink {
  /** Human name used in messages. */
  readonly client: string;
  /** Positional argument that may be a URL string / `URL` object. */
  readonly urlArgument?: number;
  /** Positional argument that may be an options object; `urlKeys` name its URL-valued keys. */
  readonly optionsArgument?: number;
  /** Keys of the options object holding a URL or base URL. */
  readonly urlKeys?: readonly string[];
  /** The client itself speaks clear text (Node `http`): a known public `host`/`hostname` option is reported. */
  readonly cleartextModule?: boolean;
  /** A WebSocket client: the secure scheme is `wss:`. */
  readonly websocket?: boolean;
  /** A write of this property sets a client-wide base URL (`axios.defaults.baseURL = …`). */
  readonly baseUrlWrite?: boolean;
}

const URL_KEYS = ['url', 'baseURL'];
const GOT_KEYS = ['url', 'prefixUrl'];
const REQUEST_KEYS = ['url', 'uri', 'baseUrl'];
const AXIOS_METHODS = ['get', 'delete', 'head', 'options', 'post', 'put', 'patch', 'postForm', 'putForm', 'patchForm'];
const AXIOS_URL_FIRST: UrlSink = { client: 'axios', urlArgument: 0 };

const axiosSinks = (root: (path: string[], data: UrlSink, returns?: string) => ApiDefinition<UrlSink>) => [
  root([], AXIOS_URL_FIRST),
  root([], { client: 'axios', optionsArgument: 0, urlKeys: URL_KEYS }),
  root([], { client: 'axios', optionsArgument: 1, urlKeys: URL_KEYS }),
  root(['request'], { client: 'axios', optionsArgument: 0, urlKeys: URL_KEYS }),
  ...AXIOS_METHODS.map((method) => root([method], AXIOS_URL_FIRST)),
  ...['get', 'delete', 'head', 'options'].map((method) => root([method], { client: 'axios', optionsArgument: 1, urlKeys: ['baseURL'] })),
  ...['post', 'put', 'patch'].map((method) => root([method], { client: 'axios', optionsArgument: 2, urlKeys: ['baseURL'] })),
];

const GOT_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'stream', 'paginate'];
const KY_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head'];
const SUPERAGENT_METHODS = ['get', 'post', 'put', 'patch', 'del', 'delete', 'head', 'options'];
const REQUEST_MODULES = ['request', 'request-promise', 'request-promise-native', 'requestretry'];
const NODE_FETCH_MODULES = ['node-fetch', 'cross-fetch', 'isomorphic-fetch', 'make-fetch-happen'];

/**
 * Calls and constructions that send a request to (or open a connection with) a URL.
 * Never add a `default` key under a module: the reference tracker maps an ESM default import to `map.default` when
 * one exists, which would hide every other entry of that module.
 */
export const URL_SINKS: readonly ApiDefinition<UrlSink>[] = [
  // WHATWG globals
  api.global('fetch', [], 'call', { client: 'fetch', urlArgument: 0 }),
  api.global('Request', [], 'construct', { client: 'fetch', urlArgument: 0 }),
  api.global('WebSocket', [], 'construct', { client: 'WebSocket', urlArgument: 0, websocket: true }),
  api.global('EventSource', [], 'construct', { client: 'EventSource', urlArgument: 0 }),
  api.global('navigator', ['sendBeacon'], 'call', { client: 'navigator.sendBeacon', urlArgument: 0 }),
  // fetch ponyfills
  ...NODE_FETCH_MODULES.flatMap((module) => [
    api.call(module, [], { client: module, urlArgument: 0 }),
    api.construct(module, ['Request'], { client: module, urlArgument: 0 }),
  ]),
  // undici
  ...['fetch', 'request', 'stream', 'pipeline', 'connect', 'upgrade'].map((method) =>
    api.call('undici', [method], { client: 'undici', urlArgument: 0 }),
  ),
  ...['Client', 'Pool', 'BalancedPool'].map((ctor) => api.construct('undici', [ctor], { client: 'undici', urlArgument: 0 })),
  api.construct('undici', ['WebSocket'], { client: 'undici', urlArgument: 0, websocket: true }),
  api.construct('undici', ['EventSource'], { client: 'undici', urlArgument: 0 }),
  // axios and its instances
  ...axiosSinks((path, data) => api.call('axios', path, data)),
  api.call('axios', ['create'], { client: 'axios', optionsArgument: 0, urlKeys: ['baseURL'] }, 'axios-instance'),
  ...axiosSinks((path, data) => api.instance('axios-instance', path, 'call', data)),
  api.read('axios', ['defaults', 'baseURL'], { client: 'axios', baseUrlWrite: true }),
  api.instance('axios-instance', ['defaults', 'baseURL'], 'read', { client: 'axios', baseUrlWrite: true }),
  // got
  api.call('got', [], { client: 'got', urlArgument: 0, optionsArgument: 0, urlKeys: GOT_KEYS }),
  api.call('got', [], { client: 'got', optionsArgument: 1, urlKeys: GOT_KEYS }),
  ...GOT_METHODS.flatMap((method) => [
    api.call('got', [method], { client: 'got', urlArgument: 0, optionsArgument: 0, urlKeys: GOT_KEYS }),
    api.call('got', [method], { client: 'got', optionsArgument: 1, urlKeys: GOT_KEYS }),
  ]),
  api.call('got', ['extend'], { client: 'got', optionsArgument: 0, urlKeys: GOT_KEYS }),
  // ky
  api.call('ky', [], { client: 'ky', urlArgument: 0 }),
  api.call('ky', [], { client: 'ky', optionsArgument: 1, urlKeys: ['prefixUrl'] }),
  ...KY_METHODS.flatMap((method) => [
    api.call('ky', [method], { client: 'ky', urlArgument: 0 }),
    api.call('ky', [method], { client: 'ky', optionsArgument: 1, urlKeys: ['prefixUrl'] }),
  ]),
  api.call('ky', ['create'], { client: 'ky', optionsArgument: 0, urlKeys: ['prefixUrl'] }),
  api.call('ky', ['extend'], { client: 'ky', optionsArgument: 0, urlKeys: ['prefixUrl'] }),
  // ofetch / $fetch
  api.call('ofetch', ['ofetch'], { client: 'ofetch', urlArgument: 0, optionsArgument: 1, urlKeys: ['baseURL'] }),
  api.call('ofetch', ['$fetch'], { client: 'ofetch', urlArgument: 0, optionsArgument: 1, urlKeys: ['baseURL'] }),
  api.call('ofetch', ['ofetch', 'create'], { client: 'ofetch', optionsArgument: 0, urlKeys: ['baseURL'] }),
  // superagent
  api.call('superagent', [], { client: 'superagent', urlArgument: 0 }),
  api.call('superagent', [], { client: 'superagent', urlArgument: 1 }),
  ...SUPERAGENT_METHODS.map((method) => api.call('superagent', [method], { client: 'superagent', urlArgument: 0 })),
  // request family
  ...REQUEST_MODULES.flatMap((module) => [
    api.call(module, [], { client: 'request', urlArgument: 0, optionsArgument: 0, urlKeys: REQUEST_KEYS }),
    ...['get', 'post', 'put', 'patch', 'del', 'delete', 'head'].map((method) =>
      api.call(module, [method], { client: 'request', urlArgument: 0, optionsArgument: 0, urlKeys: REQUEST_KEYS }),
    ),
    api.call(module, ['defaults'], { client: 'request', optionsArgument: 0, urlKeys: REQUEST_KEYS }),
  ]),
  // needle
  ...['get', 'head', 'post', 'put', 'patch', 'delete'].map((method) =>
    api.call('needle', [method], { client: 'needle', urlArgument: 0 }),
  ),
  api.call('needle', [], { client: 'needle', urlArgument: 1 }),
  // Node http / https: a URL string or URL object first; for `http`, a public host in the options is clear text too.
  ...['request', 'get'].flatMap((method) => [
    api.call('http', [method], { client: 'http', urlArgument: 0, optionsArgument: 0, cleartextModule: true }),
    api.call('http', [method], { client: 'http', optionsArgument: 1, cleartextModule: true }),
    api.call('https', [method], { client: 'https', urlArgument: 0 }),
  ]),
  api.call('http2', ['connect'], { client: 'http2', urlArgument: 0 }),
  // WebSocket and SSE clients
  api.construct('ws', [], { client: 'ws', urlArgument: 0, websocket: true }),
  api.construct('ws', ['WebSocket'], { client: 'ws', urlArgument: 0, websocket: true }),
  api.construct('isomorphic-ws', [], { client: 'ws', urlArgument: 0, websocket: true }),
  api.construct('reconnecting-websocket', [], { client: 'reconnecting-websocket', urlArgument: 0, websocket: true }),
  api.call('socket.io-client', [], { client: 'socket.io-client', urlArgument: 0, websocket: true }),
  api.call('socket.io-client', ['io'], { client: 'socket.io-client', urlArgument: 0, websocket: true }),
  api.call('socket.io-client', ['connect'], { client: 'socket.io-client', urlArgument: 0, websocket: true }),
  // GraphQL clients
  api.construct('graphql-request', ['GraphQLClient'], { client: 'graphql-request', urlArgument: 0 }),
  api.call('graphql-request', ['request'], { client: 'graphql-request', urlArgument: 0 }),
  api.call('graphql-request', ['rawRequest'], { client: 'graphql-request', urlArgument: 0 }),
  api.construct('@apollo/client', ['ApolloClient'], { client: 'Apollo Client', optionsArgument: 0, urlKeys: ['uri'] }),
  api.construct('@apollo/client', ['HttpLink'], { client: 'Apollo Client', optionsArgument: 0, urlKeys: ['uri'] }),
  api.call('@apollo/client', ['createHttpLink'], { client: 'Apollo Client', optionsArgument: 0, urlKeys: ['uri'] }),
  api.call('urql', ['createClient'], { client: 'urql', optionsArgument: 0, urlKeys: ['url'] }),
  api.call('@urql/core', ['createClient'], { client: 'urql', optionsArgument: 0, urlKeys: ['url'] }),
  // jQuery and XMLHttpRequest
  ...['$', 'jQuery'].flatMap((name) => [
    api.global(name, ['ajax'], 'call', { client: 'jQuery', urlArgument: 0, optionsArgument: 0, urlKeys: ['url'] }),
    api.global(name, ['ajax'], 'call', { client: 'jQuery', optionsArgument: 1, urlKeys: ['url'] }),
    ...['get', 'post', 'getJSON'].map((method) => api.global(name, [method], 'call', { client: 'jQuery', urlArgument: 0 })),
  ]),
  api.call('jquery', ['ajax'], { client: 'jQuery', urlArgument: 0, optionsArgument: 0, urlKeys: ['url'] }),
  ...['get', 'post', 'getJSON'].map((method) => api.call('jquery', [method], { client: 'jQuery', urlArgument: 0 })),
  api.global('XMLHttpRequest', [], 'construct', { client: 'XMLHttpRequest' }, 'xhr'),
  api.instance('xhr', ['open'], 'call', { client: 'XMLHttpRequest', urlArgument: 1 }),
  api.construct('eventsource', [], { client: 'eventsource', urlArgument: 0 }),
  api.construct('eventsource', ['EventSource'], { client: 'eventsource', urlArgument: 0 }),
];

/** What an SDK configuration call carries for no-insecure-payment-url: the provider and its endpoint option keys. */
export interface SdkEndpointSink {
  readonly provider: string;
  /** Argument positions that may hold the SDK's options object. */
  readonly optionsArguments: readonly number[];
}

/**
 * Option keys that set where a payment SDK sends its requests. `host` and `environment` only count when their value
 * is URL-shaped (`http://…`); stripe-node's `protocol: 'http'` is handled separately with `host`.
 */
export const SDK_ENDPOINT_KEYS: readonly string[] = [
  'baseURL',
  'baseUrl',
  'basePath',
  'apiBase',
  'apiBaseUrl',
  'apiUrl',
  'apiEndpoint',
  'endpoint',
  'host',
  'environment',
  'serverUrl',
  'customUrl',
  'url',
];

const PROVIDER_NAMES: Readonly<Record<string, string>> = {
  stripe: 'Stripe',
  paypal: 'PayPal',
  square: 'Square',
  adyen: 'Adyen',
  braintree: 'Braintree',
  checkout: 'Checkout.com',
  razorpay: 'Razorpay',
  mollie: 'Mollie',
  gocardless: 'GoCardless',
  plaid: 'Plaid',
  authorizenet: 'Authorize.net',
};

const sdkSink = ({ from, path, kind, data }: ApiDefinition<ClientConstruction>): ApiDefinition<SdkEndpointSink> => ({
  from,
  path,
  kind,
  data: { provider: PROVIDER_NAMES[data.provider] ?? data.provider, optionsArguments: [0, 1, 2] },
});

/** Payment SDK constructions (and SDK configuration objects) whose options choose the API endpoint. */
export const SDK_ENDPOINT_SINKS: readonly ApiDefinition<SdkEndpointSink>[] = [
  ...PROVIDER_CLIENTS.map(sdkSink),
  api.construct('plaid', ['Configuration'], { provider: 'Plaid', optionsArguments: [0] }),
  api.construct('@adyen/api-library', ['Config'], { provider: 'Adyen', optionsArguments: [0] }),
];
