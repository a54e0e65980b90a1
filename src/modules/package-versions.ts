/**
 * Which version of a package the linted project declares: the range in the nearest package.json above the file
 * that lists the package (dependencies, devDependencies, peerDependencies or optionalDependencies; a workspace
 * package.json that does not list it defers to the ones above it). Rules use it where a library's behaviour
 * changed between majors (`jsonwebtoken` 9 pins the algorithm to the key type).
 *
 * Each package.json is read at most once per process and directory. A file that cannot be read or parsed counts
 * as absent. ESLint's `--cache` does not know that a result depends on package.json: after changing a dependency
 * range, lint without the cache once (the README says so).
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;
const MAX_LEVELS = 64;
const MAX_CACHED = 4096;

/** Per directory: the dependency ranges its package.json declares, or `null` when it has none. */
const manifests = new Map<string, ReadonlyMap<string, string> | null>();

function readManifest(directory: string): ReadonlyMap<string, string> | null {
  if (manifests.has(directory)) return manifests.get(directory)!;
  let ranges: Map<string, string> | null;
  try {
    const parsed = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as Record<string, unknown>;
    ranges = new Map();
    for (const field of DEPENDENCY_FIELDS) {
      const entries = parsed[field];
      if (typeof entries !== 'object' || entries === null) continue;
      for (const [name, range] of Object.entries(entries)) {
        if (typeof range === 'string' && !ranges.has(name)) ranges.set(name, range);
      }
    }
  } catch {
    ranges = null;
  }
  if (manifests.size >= MAX_CACHED) manifests.clear();
  manifests.set(directory, ranges);
  return ranges;
}

/** The range the nearest package.json above `filename` declares for `packageName`, or `null`. */
export function declaredRange(filename: string, packageName: string, cwd?: string): string | null {
  if (filename === '' || filename.startsWith('<')) return null;
  let directory = dirname(isAbsolute(filename) ? filename : resolve(cwd ?? process.cwd(), filename));
  for (let level = 0; level < MAX_LEVELS; level++) {
    const range = readManifest(directory)?.get(packageName);
    if (range !== undefined) return range;
    const parent = dirname(directory);
    if (parent === directory) return null;
    directory = parent;
  }
  return null;
}

/**
 * The dependency names of the nearest package.json above `filename` (the first one that exists and parses), or
 * `null` when there is none. Used to tell a back-end package from a front-end one in a repository that holds both.
 */
export function nearestManifestDependencies(filename: string, cwd?: string): ReadonlySet<string> | null {
  if (filename === '' || filename.startsWith('<')) return null;
  let directory = dirname(isAbsolute(filename) ? filename : resolve(cwd ?? process.cwd(), filename));
  for (let level = 0; level < MAX_LEVELS; level++) {
    const manifest = readManifest(directory);
    if (manifest) return new Set(manifest.keys());
    const parent = dirname(directory);
    if (parent === directory) return null;
    directory = parent;
  }
  return null;
}

/**
 * The lowest major version a range allows (`^8.5.1` → 8, `>=7 <10` → 7, `8.x || ^9.0.0` → 8), or `null` when the
 * range is not a plain version range (`*`, `latest`, a tag, a URL, `workspace:*`, `npm:` aliases).
 */
export function minimumMajor(range: string): number | null {
  let lowest: number | null = null;
  for (const alternative of range.split('||')) {
    const match = /^(?:[=>^~]|>=)?v?(\d{1,4})(?:[\s.-]|$)/u.exec(alternative.trim().replace(/^(>=?)\s+/u, '$1'));
    if (!match) return null;
    const major = Number(match[1]);
    lowest = lowest === null ? major : Math.min(lowest, major);
  }
  return lowest;
}
