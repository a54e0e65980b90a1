/**
 * File stamps (`size:mtime`) of project files, shared by project-modules.ts and project-aliases.ts: a cached file or
 * summary is reused while its stamp is unchanged.
 */
import { statSync } from 'node:fs';

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
  let stamp: string | null;
  try {
    const stat = statSync(path, { throwIfNoEntry: false });
    stamp = stat?.isFile() && stat.size <= MAX_FILE_BYTES ? `${stat.size}:${stat.mtimeMs}` : null;
  } catch {
    stamp = null;
  }
  stamps.set(path, { at: now, stamp });
  if (stamps.size > 65_536) stamps.clear();
  return stamp;
}

