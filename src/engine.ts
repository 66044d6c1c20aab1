import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Engine } from './qa/types.js';
import type { LoadWarning } from './corpus/types.js';
import { fingerprintCorpus, loadCorpus } from './corpus/load-corpus.js';
import { buildCorpusIndexAsync, type CorpusIndex } from './index/corpus-index.js';
import { loadSnapshot, saveSnapshot, type SnapshotMiss } from './index/snapshot.js';
import { CoreEngine } from './qa/core-engine.js';

/** How to open the question-answering core on a corpus folder. */
export interface OpenEngineOptions {
  /** Folder of `.md` / `.txt` articles. */
  corpusDir: string;
  /** Where snapshots go; default `.cache/index` under the current directory, never inside corpusDir. */
  cacheDir?: string;
  /** Reuse a snapshot whose fingerprint matches the corpus (default true). */
  useSnapshot?: boolean;
  /**
   * The corpus's content fingerprint when the caller has just hashed the files (fingerprintOfDigests); otherwise
   * the files are read and hashed here. A snapshot is reused only when it matches the content, never on names,
   * sizes and times alone.
   */
  fingerprint?: string;
  /** Called for each skipped file. */
  onWarning?: (warning: LoadWarning) => void;
  /** Called as the build progresses (stage name, done, total). */
  onProgress?: (stage: string, done: number, total: number) => void;
  /** Called once with how the index was obtained (a snapshot, or a build and why). */
  onIndex?: (how: { fromSnapshot: boolean; miss?: SnapshotMiss; ms: number }) => void;
}

/** The snapshot file for a corpus folder: one per folder, named by a hash of its absolute path. */
export function snapshotPath(corpusDir: string, cacheDir = path.resolve('.cache', 'index')): string {
  const abs = path.resolve(corpusDir);
  const slug = path.basename(abs).replace(/[^\w.-]+/g, '_').slice(0, 40);
  const hash = createHash('sha256').update(abs).digest('hex').slice(0, 12);
  return path.join(path.resolve(cacheDir), `${slug}-${hash}.snapshot`);
}

/**
 * Hashes the corpus's files (or takes `fingerprint`), then loads the annotated passage index from its snapshot
 * when the content is unchanged (same fingerprint, same format, checksum intact), or reads the corpus, builds the
 * index and saves a new snapshot.
 * Throws CorpusError when the folder does not exist or holds no article.
 */
export async function openEngine(options: OpenEngineOptions): Promise<Engine> {
  const t0 = performance.now();
  const file = snapshotPath(options.corpusDir, options.cacheDir);
  const useSnapshot = options.useSnapshot !== false;
  const serve = (index: CorpusIndex, miss?: SnapshotMiss) => {
    for (const w of index.meta.warnings ?? []) options.onWarning?.(w);
    options.onIndex?.({ fromSnapshot: true, miss, ms: performance.now() - t0 });
    return new CoreEngine(index, { buildMs: 0, fromSnapshot: true });
  };
  // Fast path: the files' content hashes say the snapshot was made from them — no need to parse them. (Names,
  // sizes and times alone would miss an article corrected in place with its size and time kept.)
  let miss: SnapshotMiss | undefined;
  const hashed = useSnapshot ? (options.fingerprint ?? (await fingerprintCorpus(options.corpusDir))) : undefined;
  if (hashed !== undefined) {
    const quick = await loadSnapshot(file, hashed);
    if ('index' in quick) return serve(quick.index);
    miss = quick.miss;
  }
  const corpus = await loadCorpus(options.corpusDir, { onWarning: options.onWarning });
  if (useSnapshot && corpus.fingerprint !== hashed) {
    // The folder changed between the hashing and the reading: check the snapshot against what was read.
    const found = await loadSnapshot(file, corpus.fingerprint);
    if ('index' in found) {
      options.onIndex?.({ fromSnapshot: true, ms: performance.now() - t0 });
      return new CoreEngine(found.index, { buildMs: 0, fromSnapshot: true });
    }
    miss = found.miss;
  }
  const index = await buildCorpusIndexAsync(corpus.articles, options.onProgress);
  index.meta.warnings = corpus.warnings;
  const buildMs = performance.now() - t0;
  try {
    await saveSnapshot(file, corpus.fingerprint, index);
  } catch (error) {
    options.onWarning?.({ file, reason: `could not save the index snapshot: ${(error as Error).message}` });
  }
  options.onIndex?.({ fromSnapshot: false, miss, ms: buildMs });
  return new CoreEngine(index, { buildMs, fromSnapshot: false });
}
