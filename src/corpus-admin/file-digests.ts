/**
 * Per-file content hashes of a corpus folder, with the same selection rules as loadCorpus (top-level `.md` /
 * `.txt` files, hidden files ignored): what a refresh compares to say which articles were added, changed or
 * removed, and to check that the folder did not change while an index was being built.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FileChanges, FileDigest } from './types.js';

/** Files read at the same time (as loadCorpus does). */
const READ_CONCURRENCY = 32;

/** Extensions of article files (compared in lower case), as in loadCorpus. */
export const ARTICLE_EXTENSIONS = new Set(['.md', '.txt']);

/** True for a name loadCorpus would read as an article file (not its content). */
export function isArticleFileName(name: string): boolean {
  return !name.startsWith('.') && ARTICLE_EXTENSIONS.has(path.extname(name).toLowerCase());
}

/** Names of the article files directly in `dir`, sorted; throws when `dir` cannot be listed. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const names: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!isArticleFileName(entry.name)) continue;
    if (entry.isFile()) names.push(entry.name);
    else if (entry.isSymbolicLink()) {
      const info = await stat(path.join(dir, entry.name)).catch(() => undefined);
      if (info?.isFile()) names.push(entry.name);
    }
  }
  return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * sha256 and size of every article file of `dir`, by file name in name order, read 32 at a time (a file that
 * vanishes meanwhile is left out). Content, not times: a file rewritten in place with its size and time kept is seen.
 * A folder that does not exist has no files (the loader then says what is wrong with it).
 */
export async function digestArticleFiles(dir: string): Promise<Record<string, FileDigest>> {
  const digests: Record<string, FileDigest> = {};
  let names: string[];
  try {
    names = await listArticleFiles(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return digests;
    throw error;
  }
  const found = new Array<FileDigest | undefined>(names.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < names.length) {
      const index = next++;
      try {
        const bytes = await readFile(path.join(dir, names[index]!));
        found[index] = { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
      } catch {
        // Gone or unreadable: loadCorpus will say so if it is still there when it reads.
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, names.length) }, worker));
  names.forEach((name, i) => {
    if (found[i]) digests[name] = found[i];
  });
  return digests;
}

/** True when both maps hold the same files with the same content. */
export function sameDigests(a: Record<string, FileDigest>, b: Record<string, FileDigest>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => b[k] !== undefined && b[k].sha256 === a[k]!.sha256);
}

/** Files added, changed and removed from `before` to `after`, each list sorted. */
export function diffDigests(before: Record<string, FileDigest>, after: Record<string, FileDigest>): FileChanges {
  const added: string[] = [];
  const changed: string[] = [];
  const removed: string[] = [];
  for (const [name, digest] of Object.entries(after)) {
    const old = before[name];
    if (!old) added.push(name);
    else if (old.sha256 !== digest.sha256) changed.push(name);
  }
  for (const name of Object.keys(before)) if (!after[name]) removed.push(name);
  return { added: added.sort(), changed: changed.sort(), removed: removed.sort() };
}
