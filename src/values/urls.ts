/**
 * URL facts from the *known leading text* of a string (see `staticPrefix`): scheme, host, and what kind of host it
 * is (loopback, documentation, link-local/metadata, cluster-internal, private network, namespace, public).
 * Pure string functions; no AST. Every scan is linear in the input.
 */

export interface UrlPrefix {
  /** Lower-case scheme without `:` (`http`, `ws`, `https`). */
  readonly scheme: string;
  /**
   * Lower-case host as far as it is known: no userinfo, no port, IPv6 without brackets. Empty when the prefix stops
   * right after `//` (`'http://' + host`).
   */
  readonly host: string;
  /** True when the whole host is known (followed by `:`, `/`, `?`, `#`, or the end of a complete string). */
  readonly hostComplete: boolean;
  /** The text after the authority (path, query, fragment) as far as known; empty when the authority is open. */
  readonly rest: string;
}

const SCHEME = /^([a-z][a-z0-9+.-]{0,30}):\/\//iu;
/** Characters that cannot appear in a URL's authority or path as written in code (prose, markup). */
const NOT_URL_CHARACTER = /[\s<>"|\\^`]/u;

/**
 * Parse the leading text of a string as a URL. `complete` says whether `text` is the whole string.
 * Returns `null` when the text does not start with `scheme://` or is not URL-shaped (whitespace, markup).
 */
export function parseUrlPrefix(text: string, complete: boolean): UrlPrefix | null {
  const match = SCHEME.exec(text);
  if (!match) return null;
  const scheme = match[1]!.toLowerCase();
  const afterScheme = text.slice(match[0].length);
  // Judge only the first 2 KB: URLs are short, and this keeps the checks below cheap on 1 MB strings.
  const head = afterScheme.length > 2048 ? afterScheme.slice(0, 2048) : afterScheme;
  if (NOT_URL_CHARACTER.test(head)) return null;
  let authorityEnd = -1;
  for (let index = 0; index < head.length; index++) {
    const character = head[index];
    if (character === '/' || character === '?' || character === '#') {
      authorityEnd = index;
      break;
    }
  }
  const authorityClosed = authorityEnd !== -1 || complete;
  const authority = authorityEnd === -1 ? head : head.slice(0, authorityEnd);
  const rest = authorityEnd === -1 ? '' : head.slice(authorityEnd);
  const at = authority.lastIndexOf('@');
  // While the authority is open, an `@` (userinfo) may still follow: `http://user:${password}@host`.
  const hostPort = at === -1 ? authority : authority.slice(at + 1);
  let hostComplete: boolean;
  let host: string;
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    host = close === -1 ? hostPort.slice(1) : hostPort.slice(1, close);
    hostComplete = close !== -1;
  } else {
    const colon = hostPort.indexOf(':');
    if (colon !== -1) {
      host = hostPort.slice(0, colon);
      // `http://user:pa` could be userinfo while the authority is open; a digit-only tail reads as a port.
      hostComplete = authorityClosed || at !== -1 || /^\d*$/u.test(hostPort.slice(colon + 1));
    } else {
      host = hostPort;
      hostComplete = authorityClosed;
    }
  }
  return { scheme, host: host.toLowerCase(), hostComplete, rest };
}

/** Clear-text schemes this plugin reports, mapped to their TLS counterparts. */
export const CLEARTEXT_SCHEMES: Readonly<Record<string, string>> = { http: 'https', ws: 'wss' };

export type HostKind =
  | 'loopback'
  | 'documentation'
  | 'link-local'
  | 'internal'
  | 'private'
  | 'namespace'
  | 'public'
  | 'unknown';

const DOCUMENTATION_DOMAINS = ['example.com', 'example.net', 'example.org', 'example.edu'];
/** RFC 6761 / 2606 reserved top-level names. */
const RESERVED_TLDS = ['test', 'example', 'invalid', 'localhost'];
/** Names that only resolve inside a machine, cluster or LAN. */
const INTERNAL_SUFFIXES = [
  'local', // RFC 6762 mDNS; also `svc.cluster.local`
  'internal', // ICANN-reserved private TLD; `host.docker.internal`, `metadata.google.internal`
  'localdomain',
  'home.arpa',
  'lan',
  'intranet',
  'corp',
  'svc',
];
/** Hosts whose `http://` URLs are XML / JSON-Schema / RDF identifiers, not endpoints. */
const NAMESPACE_HOSTS = [
  'w3.org',
  'www.w3.org',
  'schemas.xmlsoap.org',
  'schemas.microsoft.com',
  'schemas.openxmlformats.org',
  'schemas.android.com',
  'schemas.google.com',
  'purl.org',
  'purl.oclc.org',
  'xmlns.com',
  'json-schema.org',
  'ns.adobe.com',
  'docs.oasis-open.org',
  'www.omg.org',
  'java.sun.com',
  'xml.apache.org',
  'www.opengis.net',
  'schema.org',
  'www.sitemaps.org',
  'xml.org',
  'www.xml.org',
  'exslt.org',
  'relaxng.org',
  'www.springframework.org',
  'maven.apache.org',
  'xmlpull.org',
  'search.yahoo.com',
  'www.google.com',
  'xbrl.org',
  'www.xbrl.org',
];

function endsWithLabel(host: string, suffix: string): boolean {
  return host === suffix || host.endsWith(`.${suffix}`);
}

function parseIPv4(host: string): number[] | null {
  const parts = host.split('.');
  if (parts.length !== 4) return null;
  const numbers: number[] = [];
  for (const part of parts) {
    if (!/^\d{1,3}$/u.test(part)) return null;
    const value = Number(part);
    if (value > 255) return null;
    numbers.push(value);
  }
  return numbers;
}

/**
 * What kind of host a (complete, lower-case) host name is. `unknown` for an empty host.
 * Single-label names (`payments-service`, `redis`) are treated as internal (Docker/Kubernetes service names).
 */
export function classifyHost(rawHost: string): HostKind {
  const host = rawHost.toLowerCase().replace(/\.$/u, '');
  if (host === '') return 'unknown';
  if (host === 'localhost' || endsWithLabel(host, 'localhost')) return 'loopback';
  if (host.includes(':')) return classifyIPv6(host);
  const ipv4 = parseIPv4(host);
  if (ipv4) {
    const [a, b] = ipv4 as [number, number, number, number];
    if (a === 127 || (a === 0 && ipv4.every((part) => part === 0))) return 'loopback';
    if (a === 169 && b === 254) return 'link-local';
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127)) {
      return 'private';
    }
    if ((a === 192 && b === 0) || (a === 198 && (b === 51 || b === 18 || b === 19)) || (a === 203 && b === 0)) {
      // 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 (RFC 5737) and 198.18.0.0/15 (benchmarking)
      return 'documentation';
    }
    return 'public';
  }
  if (/^\d+$/u.test(host)) return 'private'; // decimal IPs and other oddities: do not guess
  if (DOCUMENTATION_DOMAINS.some((domain) => endsWithLabel(host, domain))) return 'documentation';
  const tld = host.slice(host.lastIndexOf('.') + 1);
  if (RESERVED_TLDS.includes(tld)) return 'documentation';
  if (host === 'metadata.google.internal' || host === 'metadata') return 'link-local';
  if (INTERNAL_SUFFIXES.some((suffix) => endsWithLabel(host, suffix))) return 'internal';
  if (!host.includes('.')) return 'internal';
  if (NAMESPACE_HOSTS.includes(host)) return 'namespace';
  return 'public';
}

function classifyIPv6(host: string): HostKind {
  if (host === '::1' || host === '::' || host === '0:0:0:0:0:0:0:1') return 'loopback';
  if (host.startsWith('::ffff:')) return classifyHost(host.slice(7));
  if (/^fe[89ab]/u.test(host)) return 'link-local';
  if (/^f[cd]/u.test(host)) return 'private';
  if (host.startsWith('2001:db8:') || host === '2001:db8') return 'documentation';
  if (host === 'fd00:ec2::254') return 'link-local';
  return 'public';
}

/**
 * Classify the host of a URL prefix, including partly known hosts: `http://localhost${port}` is loopback and
 * `http://${host}` is `unknown`. A partly known host is judged only when its known part already decides it
 * (an IP literal, `localhost`), never by a suffix that may still grow.
 */
export function classifyUrlHost(url: UrlPrefix): HostKind {
  if (url.hostComplete) return classifyHost(url.host);
  const host = url.host;
  if (host === '') return 'unknown';
  if (host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host === '::1') return 'loopback';
  return 'unknown';
}

/** True for hosts that must never be reported: loopback, documentation, link-local/metadata, namespaces. */
export function isNeverReportedHost(kind: HostKind): boolean {
  return kind === 'loopback' || kind === 'documentation' || kind === 'link-local' || kind === 'namespace';
}

/**
 * True when the URL is an identifier rather than an endpoint: a namespace host, or a path shaped like a schema or
 * namespace URI (`/2001/XMLSchema`, `/schema/…`, `/ns/…`, `…#`). Used for the broad `checkAllUrls` mode.
 */
export function looksLikeNamespaceUri(url: UrlPrefix): boolean {
  if (url.hostComplete && classifyHost(url.host) === 'namespace') return true;
  const path = url.rest.toLowerCase();
  return (
    /^\/(?:\d{4}\/)?(?:xml)?(?:schemas?|ns|namespaces?|xmlns|dtd|rdf|ontology|vocab)(?:[/#._-]|$)/u.test(path) ||
    /\.(?:xsd|dtd|rdf|owl)(?:[#?]|$)/u.test(path)
  );
}

/** Host against an allowlist entry: exact host, or `*.domain` / `.domain` for the domain and its subdomains. */
export function hostMatches(host: string, pattern: string): boolean {
  const lowered = pattern.toLowerCase();
  if (lowered.startsWith('*.')) return endsWithLabel(host, lowered.slice(2));
  if (lowered.startsWith('.')) return endsWithLabel(host, lowered.slice(1));
  return host === lowered;
}
