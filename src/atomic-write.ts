/**
 * Writes a small file whole or not at all: into a temporary file beside it, flushed to disk, then renamed over
 * it. A crash leaves either the old file or the new one, never half of one (at most a stray `.tmp` file).
 */
import { open, rename, rm } from 'node:fs/promises';

/** The temporary name a process writes `file` under before renaming it: `<file>.<pid>.<time>.tmp`. */
export function tempNameFor(file: string): string {
  return `${file}.${process.pid}.${Date.now()}.tmp`;
}

/** Replaces `file` with `text` atomically; the temporary file is removed when the write or the rename fails. */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const tmp = tempNameFor(file);
  try {
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw error;
  }
}
