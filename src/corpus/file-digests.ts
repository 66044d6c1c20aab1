/**
 * Per-file content hashes of a corpus folder, with the same selection rules as loadCorpus (top-level `.md` /
 * `.txt` files, hidden files ignored): what says which articles were added, changed or removed, which
 * segments of the index still hold an article's current text, and whether the folder changed meanwhile.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FileDigest } from './types.js';

/** Files read at the same time (as loadCorpus does). */
const READ_CONCURRENCY = 32;

/** Extensions of article files (compared in lower case), as in loadCorpus. */
export const ARTICLE_EXTENSIONS = new Set(['.md', '.txt']);

/**
 * A hash is reused without reading the file when its inode, size, modification and change times are those it
 * had when it was hashed, and its change time was over this long before the hashing (a write in the same
 * instant as a hash is read again). The change time cannot be set back by `cp -p`, `rsync -t` or `touch -d`:
 * any write to the file moves it, so a correction that keeps the size and the modification time is still read.
 */
const SETTLED_MS = 2000;

/** Hashes of files read by this process, with the stat they had: path → stat key, digest. */
const known = new Map<string, { key: string; digest: FileDigest }>();

/** The hashes this process knows for the files of `dir`, with their stat keys (to keep across a restart). */
export function knownDigests(dir: string): Record<string, { key: string } & FileDigest> {
  const root = path.resolve(dir) + path.sep;
  const out: Record<string, { key: string } & FileDigest> = {};
  for (const [file, { key, digest }] of known) if (file.startsWith(root) && !file.slice(root.length).includes(path.sep)) out[file.slice(root.length)] = { key, ...digest };
  return out;
}

/**
 * Takes hashes a previous process kept (knownDigests): each is used only while its file's stat key — inode,
 * size, modification and change times — is still the one it was hashed with (see SETTLED_MS).
 */
export function rememberDigests(dir: string, entries: Record<string, { key: string } & FileDigest>): void {
  const root = path.resolve(dir);
  for (const [name, { key, bytes, sha256 }] of Object.entries(entries)) {
    if (typeof key === 'string' && typeof sha256 === 'string' && Number.isInteger(bytes)) known.set(path.join(root, name), { key, digest: { bytes, sha256 } });
  }
}

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

/** One file's digest: the known one when its stat says it was not written since, else read and hashed. */
async function digestOne(file: string): Promise<FileDigest | undefined> {
  const info = await stat(file, { bigint: true });
  const key = `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
  const cached = known.get(file);
  if (cached && cached.key === key) return cached.digest;
  const startedMs = Date.now();
  const bytes = await readFile(file);
  const digest = { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  if (Number(info.ctimeNs / 1_000_000n) < startedMs - SETTLED_MS && BigInt(bytes.length) === info.size) known.set(file, { key, digest });
  else known.delete(file);
  return digest;
}

/**
 * sha256 and size of every article file of `dir`, by file name in name order, 32 at a time (a file that
 * vanishes meanwhile is left out). Content, not times: a file rewritten in place with its size and time kept
 * is read again (see SETTLED_MS). A folder that does not exist has no files (the loader then says what is
 * wrong with it).
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
  const root = path.resolve(dir);
  const found = new Array<FileDigest | undefined>(names.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < names.length) {
      const index = next++;
      // Gone or unreadable: loadCorpus will say so if it is still there when it reads.
      found[index] = await digestOne(path.join(root, names[index]!)).catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, names.length) }, worker));
  names.forEach((name, i) => {
    if (found[i]) digests[name] = found[i];
  });
  return digests;
}
