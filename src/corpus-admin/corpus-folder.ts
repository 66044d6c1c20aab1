/**
 * File operations on the corpus folder, each safe to interrupt: an article is written to a hidden temporary
 * file, flushed, then linked under its name (which fails if the name exists: nothing is ever overwritten); a
 * removed article is moved into the trash folder, never deleted, and can be put back.
 */
import { randomBytes } from 'node:crypto';
import { copyFile, link, mkdir, open, rename, rm, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { UploadError } from './article-upload.js';
import type { PreparedArticle } from './article-upload.js';
import { listArticleFiles } from './file-digests.js';
import { reason } from '../reasons/reasons.js';

/**
 * The article file whose id (file name without extension) is `id`, compared without case and in Unicode NFC (a
 * hand-placed decomposed `café.md` has the id of a composed `café.md`); undefined if none.
 */
export async function findById(corpusDir: string, id: string): Promise<string | undefined> {
  const wanted = id.normalize('NFC').toLowerCase();
  return (await listArticleFiles(corpusDir)).find((name) => idOf(name.normalize('NFC')).toLowerCase() === wanted);
}

/** File name without its last extension. */
export function idOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

/**
 * Writes a prepared article into the folder atomically and without overwriting: temporary file (hidden, so
 * the loader ignores it), fsync, hard link to the final name (EEXIST if taken), temporary removed. Refuses
 * with UploadError('exists') when an article with the same id exists, whatever its extension or case.
 * Returns the absolute path written.
 */
export async function writeArticle(corpusDir: string, prepared: PreparedArticle): Promise<string> {
  // The caller refused a taken id before downloading; between that check and this write, another process (a
  // shard, a hand-placed file) may have taken it.
  await refuseTakenId(corpusDir, prepared.id);
  const target = path.join(corpusDir, prepared.fileName);
  const tmp = path.join(corpusDir, `.upload-${prepared.id}-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(tmp, 'wx');
  try {
    await handle.writeFile(prepared.bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    try {
      await link(tmp, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw idTaken(prepared.id, prepared.fileName);
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw error;
      // No hard links on this file system: check, then rename (a narrow race instead of none).
      if (await exists(target)) throw idTaken(prepared.id, prepared.fileName);
      await rename(tmp, target);
    }
  } finally {
    await rm(tmp, { force: true });
  }
  await syncDir(corpusDir);
  return target;
}

/** The refusal of an upload whose id an article of the corpus already has. */
function idTaken(id: string, existing: string): UploadError {
  return new UploadError('exists', reason('idTaken', { id, existing }));
}

/** Throws UploadError('exists') when an article of the folder has this id, whatever its extension or case. */
export async function refuseTakenId(corpusDir: string, id: string): Promise<void> {
  const existing = await findById(corpusDir, id);
  if (existing) throw idTaken(id, existing);
}

/** Where a file went in the trash, to put it back. */
export interface TrashedFile {
  file: string;
  trashPath: string;
}

/**
 * Moves an article file of the folder into `trashDir` (created if needed) as `<UTC time>_<file>`; never
 * deletes. Across file systems it copies, flushes, then unlinks the original.
 */
export async function moveToTrash(corpusDir: string, file: string, trashDir: string): Promise<TrashedFile> {
  await mkdir(trashDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  let trashPath = path.join(trashDir, `${stamp}_${file}`);
  for (let n = 2; await exists(trashPath); n++) trashPath = path.join(trashDir, `${stamp}-${n}_${file}`);
  await move(path.join(corpusDir, file), trashPath);
  await syncDir(corpusDir);
  return { file, trashPath };
}

/** Puts a trashed file back under its name; refuses (returns false) when that name has been taken since. */
export async function restoreFromTrash(corpusDir: string, trashed: TrashedFile): Promise<boolean> {
  const target = path.join(corpusDir, trashed.file);
  if (await exists(target)) return false;
  await move(trashed.trashPath, target);
  await syncDir(corpusDir);
  return true;
}

async function move(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(from, to, 1 /* COPYFILE_EXCL */);
    const handle = await open(to, 'r+');
    await handle.sync().finally(() => handle.close());
    await unlink(from);
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Flushes a folder's entries (best effort: not every platform allows it). */
async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    await handle.sync().finally(() => handle.close());
  } catch {
    // Not supported here (e.g. Windows): the rename itself is still atomic.
  }
}
