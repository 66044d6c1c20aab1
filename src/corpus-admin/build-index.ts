/**
 * One build of the index for a corpus folder, through the core's `openEngine` (which saves the snapshot):
 * the step a refresh runs off the request path, in a child process (build-child.ts) or inline. It records the
 * folder's per-file digests before and after, and builds again when the folder changed meanwhile, so the
 * result always describes exactly the files the index was built from.
 */
import { fingerprintOfDigests } from '../corpus/load-corpus.js';
import { openEngine } from '../engine.js';
import type { LoadWarning } from '../corpus/types.js';
import type { Engine } from '../qa/types.js';
import { digestArticleFiles, sameDigests } from './file-digests.js';
import type { CorpusCounts, FileDigest } from './types.js';

/** What to build. */
export interface BuildRequest {
  corpusDir: string;
  /** Snapshot folder (the core's default when absent). */
  cacheDir?: string;
}

/** What a build produced (JSON-serialisable, so it can come back from a child process). */
export interface BuildResult {
  /** The article files the index was built from, with their digests. */
  files: Record<string, FileDigest>;
  /** Files of the articles that were loaded. */
  loaded: string[];
  /** Every warning of the build (skipped files, dropped fields, snapshot problems). */
  warnings: LoadWarning[];
  counts: CorpusCounts;
  /** ms spent building (0 when a fresh snapshot was reused). */
  buildMs: number;
  fromSnapshot: boolean;
  /** Why the snapshot was not used, when the index was built (`missing`, `corrupt`, `stale`, `version`). */
  snapshotMiss?: string;
}

/** Reports build progress: stage, done, total. */
export type BuildProgress = (stage: string, done: number, total: number) => void;

/** How many times a build restarts because the folder changed while it was being read. */
const MAX_ATTEMPTS = 3;

/** The engine's counts. */
export function countsOf(engine: Engine): CorpusCounts {
  const { articles, passages, people, events } = engine.stats();
  return { articles, passages, people, events };
}

/**
 * Opens the engine on the folder (loading a fresh snapshot, or building and saving one) and returns it with
 * what it was built from. Throws what openEngine throws (CorpusError for a missing or empty folder), or an
 * Error when the folder keeps changing during the build.
 */
export async function buildIndex(request: BuildRequest, onProgress?: BuildProgress): Promise<{ engine: Engine; result: BuildResult }> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    onProgress?.('reading', 0, 0);
    const before = await digestArticleFiles(request.corpusDir);
    const warnings: LoadWarning[] = [];
    let how: { fromSnapshot: boolean; ms: number; miss?: string } = { fromSnapshot: false, ms: 0 };
    const engine = await openEngine({
      corpusDir: request.corpusDir,
      cacheDir: request.cacheDir,
      useSnapshot: true,
      // The files were just hashed: the snapshot is checked against their content, without reading them again.
      fingerprint: fingerprintOfDigests(before),
      onWarning: (w) => warnings.push(w.why ? { file: w.file, reason: w.reason, why: w.why } : { file: w.file, reason: w.reason }),
      onProgress,
      onIndex: (h) => (how = { fromSnapshot: h.fromSnapshot, ms: h.ms, miss: h.miss }),
    });
    const after = await digestArticleFiles(request.corpusDir);
    if (!sameDigests(before, after)) continue;
    const stats = engine.stats();
    return {
      engine,
      result: {
        files: after,
        loaded: engine.articles().map((a) => a.file),
        warnings,
        counts: countsOf(engine),
        buildMs: how.fromSnapshot ? 0 : Math.round(stats.buildMs || how.ms),
        fromSnapshot: how.fromSnapshot,
        ...(how.miss ? { snapshotMiss: how.miss } : {}),
      },
    };
  }
  throw new Error(`the corpus folder kept changing while the index was being built (${MAX_ATTEMPTS} attempts); try again when it is quiet`);
}
