/**
 * Test helper: a fingerprint of a folder's article files from their names, sizes and modification times only —
 * what an in-place edit with `cp -p` / `rsync -t` leaves unchanged, so a test can show it changed nothing of those.
 */
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** The names, sizes and times of the `.md` / `.txt` files directly in `dir`, hashed. */
export async function statFingerprint(dir: string): Promise<string> {
  const names = (await readdir(dir)).filter((n) => /\.(md|txt)$/i.test(n) && !n.startsWith('.')).sort();
  const hash = createHash('sha256');
  for (const name of names) {
    const info = await stat(path.join(dir, name));
    hash.update(`${name}\u0000${info.size}\u0000${info.mtimeMs}\n`);
  }
  return hash.digest('hex');
}
