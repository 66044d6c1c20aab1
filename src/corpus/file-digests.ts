/**
 * Per-file content hashes of a corpus folder, with the same selection rules as loadCorpus (top-level `.md` /
 * `.txt` files, hidden files ignored): what says which articles were added, changed or removed, which
 * segments of the index still hold an article's current text, and whether the folder changed meanwhile.
 */
import { createHash } from 'node:crypto';
import { statSync, type BigIntStats } from 'node:fs';
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
/** Bumped at every change of `known`: a caller that kept the hashes can tell that it has nothing new to keep. */
let knownChanges = 0;

/** A number that changes whenever the known hashes change (of any folder). */
export function knownDigestsVersion(): number {
  return knownChanges;
}

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
  knownChanges++;
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

/** Files stat'ed in one go, between turns of the event loop (see digestArticleFiles). */
const STAT_BATCH = 256;

/** What a file's stat says for its hash: its key (inode, size, modification and change times), change time, size. */
interface Stamp {
  key: string;
  ctimeMs: number;
  size: number;
}

function stampOf(info: BigIntStats): Stamp {
  return { key: `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`, ctimeMs: Number(info.ctimeNs / 1_000_000n), size: Number(info.size) };
}

/** One file's digest, read and hashed (its stat was taken just before: `stamp`). */
async function readDigest(file: string, stamp: Stamp): Promise<FileDigest> {
  const startedMs = Date.now();
  const bytes = await readFile(file);
  const digest = { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  if (stamp.ctimeMs < startedMs - SETTLED_MS && bytes.length === stamp.size) {
    known.set(file, { key: stamp.key, digest });
    knownChanges++;
  } else if (known.delete(file)) knownChanges++;
  return digest;
}

/**
 * sha256 and size of every article file of `dir`, by file name in name order, those to read 32 at a time (a
 * file that vanishes meanwhile is left out). Content, not times: a file rewritten in place with its size and time kept
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
  // The stats first, synchronous, STAT_BATCH at a time with a turn of the event loop between: a stat through
  // the thread pool costs several times a synchronous one (10,000 files: 240 ms against 65 ms), and a start
  // with its hashes kept (recallKeptDigests) only stats. Gone or unreadable: loadCorpus will say so if it is
  // still there when it reads.
  const toRead: { index: number; file: string; stamp: Stamp }[] = [];
  for (let from = 0; from < names.length; from += STAT_BATCH) {
    if (from > 0) await new Promise((resolve) => setImmediate(resolve));
    for (let index = from; index < Math.min(names.length, from + STAT_BATCH); index++) {
      const file = path.join(root, names[index]!);
      let info: BigIntStats | undefined;
      try {
        info = statSync(file, { bigint: true, throwIfNoEntry: false });
      } catch {
        // unreadable: left out, as a vanished file
      }
      if (!info) continue;
      const stamp = stampOf(info);
      const cached = known.get(file);
      if (cached && cached.key === stamp.key) found[index] = cached.digest;
      else toRead.push({ index, file, stamp });
    }
  }
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < toRead.length) {
      const { index, file, stamp } = toRead[next++]!;
      found[index] = await readDigest(file, stamp).catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, toRead.length) }, worker));
  names.forEach((name, i) => {
    if (found[i]) digests[name] = found[i];
  });
  return digests;
}
