/**
 * Per-file content hashes of a corpus folder, with the same selection rules as loadCorpus (top-level `.md` /
 * `.txt` files, hidden files ignored): what a refresh compares to say which articles were added, changed or
 * removed, and to check that the folder did not change while an index was being built.
 */
import type { FileChanges, FileDigest } from './types.js';

export { ARTICLE_EXTENSIONS, digestArticleFiles, isArticleFileName, listArticleFiles } from '../corpus/file-digests.js';

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
