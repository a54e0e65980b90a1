/**
 * File stamps (`size:mtime`) of project files, shared by project-modules.ts and project-aliases.ts: a cached file or
 * summary is reused while its stamp is unchanged.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';

/** Project files larger than this are not read (generated bundles, data). */
export const MAX_FILE_BYTES = 1_000_000;

/** How long a file's stamp is trusted before it is looked up again (a lint run reads many files many times). */
const STAMP_TTL_MS = 2000;
const stamps = new Map<string, { readonly at: number; readonly stamp: string | null }>();

/** `size:mtime` of a project file, or null when it is missing, not a file or too large. */
export function stampOf(path: string): string | null {
  const now = Date.now();
  const cached = stamps.get(path);
  if (cached && now - cached.at < STAMP_TTL_MS) return cached.stamp;
  const stamp = mayExist(path, now) ? lookUp(path) : null;
  stamps.set(path, { at: now, stamp });
  if (stamps.size > 65_536) stamps.clear();
  return stamp;
}

/** What a cache of per-file values holds for one file: the value, and the stamp it was made for. */
export interface Stamped<T> {
  readonly stamp: string | null;
  readonly value: T;
}

/**
 * The value `cache` keeps for `path` while the file's stamp is `stamp`; for a new or changed file, a fresh one from
 * `create`. The cache holds at most `limit` files and drops the oldest first.
 */
export function whileUnchanged<T>(cache: Map<string, Stamped<T>>, path: string, stamp: string | null, limit: number, create: () => T): T {
  let entry = cache.get(path);
  if (entry?.stamp !== stamp) {
    entry = { stamp, value: create() };
    cache.set(path, entry);
    if (cache.size > limit) cache.delete(cache.keys().next().value!);
  }
  return entry.value;
}

function lookUp(path: string): string | null {
  try {
    const stat = statSync(path, { throwIfNoEntry: false });
    return stat?.isFile() && stat.size <= MAX_FILE_BYTES ? `${stat.size}:${stat.mtimeMs}` : null;
  } catch {
    return null;
  }
}

/**
 * Lower-case entry names of each folder looked up (trusted as long as stamps): resolving `./x` tries up to sixteen
 * candidate files, and most of them do not exist, so one listing of the folder replaces a failed look-up per
 * candidate. `null` = not a folder; `undefined` = unreadable (permissions), so every name may exist.
 */
const listings = new Map<string, { readonly at: number; readonly names: ReadonlySet<string> | null | undefined }>();

function listing(folder: string, now: number): ReadonlySet<string> | null | undefined {
  const cached = listings.get(folder);
  if (cached && now - cached.at < STAMP_TTL_MS) return cached.names;
  let names: ReadonlySet<string> | null | undefined;
  try {
    names = new Set(readdirSync(folder).map((name) => name.toLowerCase()));
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    names = code === 'ENOENT' || code === 'ENOTDIR' ? null : undefined;
  }
  listings.set(folder, { at: now, names });
  if (listings.size > 4096) listings.clear();
  return names;
}

/**
 * Whether `path` may name an existing entry: its folder lists the name. Compared case-insensitively, so on a
 * case-insensitive file system the final answer is still the look-up's (stampOf).
 */
function mayExist(path: string, now: number): boolean {
  const names = listing(dirname(path), now);
  return names === undefined || (names !== null && names.has(basename(path).toLowerCase()));
}

/** Whether `path` is an existing folder (answered from its parent's listing and its own). */
export function isFolder(path: string): boolean {
  const now = Date.now();
  return mayExist(path, now) && listing(path, now) !== null;
}
