/**
 * One build of the index for a corpus folder, through the core's `openEngine` (which saves the snapshot):
 * the step a refresh runs off the request path, in a child process (build-child.ts) or inline. It records the
 * folder's per-file digests before and after, and builds again when the folder changed meanwhile, so the
 * result always describes exactly the files the index was built from.
 */
import { openEngine, recallKeptDigests, storePath } from '../engine.js';
import { mergeWanted, updateStore, type SegmentCache } from '../index/update-store.js';
import type { SegmentPart } from '../index/merge-segments.js';
import type { LoadWarning } from '../corpus/types.js';
import type { Engine } from '../qa/types.js';
import { digestArticleFiles, sameDigests } from './file-digests.js';
import type { CorpusCounts, FileDigest } from './types.js';

/** What to build. */
export interface BuildRequest {
  corpusDir: string;
  /** Snapshot folder (the core's default when absent). */
  cacheDir?: string;
  /** `always`: merge every segment into one (the background merge); default `never` for a refresh. */
  merge?: 'always' | 'auto' | 'never';
}

/** What a build produced (JSON-serialisable, so it can come back from a child process). */
export interface BuildResult {
  /** The article files the index was built from, with their digests. */
  files: Record<string, FileDigest>;
  /** Files of the articles that were loaded. */
  loaded: string[];
  /** Every warning of the build (skipped files, dropped fields, snapshot problems). */
  warnings: LoadWarning[];
  /** ms spent building (0 when the stored segments served every article). */
  buildMs: number;
  fromSnapshot: boolean;
  /** Why the stored segments did not serve the folder, when something was built (`missing`, `corrupt`, `stale`, `version`). */
  snapshotMiss?: string;
  /** Ids of the segments served, whether the build merged them, and whether they now want merging. */
  segmentIds: string[];
  merged: boolean;
  mergeWanted: boolean;
  /** The store could not be saved: the error (a refresh then fails). */
  saveError?: string;
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
 * Brings the folder's segment store up to date without opening the index (a refresh's child process: the
 * serving process then loads only the new segment). Throws what updateStore throws (CorpusError for a missing
 * or empty folder), or an Error when the folder keeps changing during the build.
 */
export async function updateIndex(request: BuildRequest, onProgress?: BuildProgress): Promise<BuildResult> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    onProgress?.('reading', 0, 0);
    const started = performance.now();
    const before = await digestArticleFiles(request.corpusDir);
    const warnings: LoadWarning[] = [];
    const state = await updateStore({
      corpusDir: request.corpusDir,
      dir: storePath(request.corpusDir, request.cacheDir),
      digests: before,
      useStore: true,
      merge: request.merge ?? 'never',
      onWarning: (w) => warnings.push(copyWarning(w)),
      onProgress,
    });
    const after = await digestArticleFiles(request.corpusDir);
    if (!sameDigests(before, after)) continue;
    const loaded = state.manifest.segments.flatMap((s) => s.articles.filter((_, doc) => !s.dead.includes(doc)).map((a) => a.file));
    const built = state.built || state.merged;
    return {
      files: after,
      loaded,
      warnings,
      buildMs: built ? Math.round(performance.now() - started) : 0,
      fromSnapshot: !state.built,
      ...(state.miss && state.built ? { snapshotMiss: state.miss } : {}),
      segmentIds: state.manifest.segments.map((s) => s.id),
      merged: state.merged,
      mergeWanted: mergeWanted(state.manifest),
      ...(state.saveError ? { saveError: state.saveError } : {}),
    };
  }
  throw new Error(`the corpus folder kept changing while the index was being built (${MAX_ATTEMPTS} attempts); try again when it is quiet`);
}

/** A warning as plain data. */
function copyWarning(w: LoadWarning): LoadWarning {
  return w.why ? { file: w.file, reason: w.reason, why: w.why } : { file: w.file, reason: w.reason };
}

/**
 * Opens the engine on the folder (stored segments, plus a new one for what changed) and returns it with what
 * it was built from. `segments` keeps the loaded segments for the next open. Throws what openEngine throws
 * (CorpusError for a missing or empty folder), or an Error when the folder keeps changing during the build.
 */
export async function buildIndex(request: BuildRequest, onProgress?: BuildProgress, segments?: SegmentCache): Promise<{ engine: Engine; result: BuildResult; parts: SegmentPart[] }> {
  // The hashes a previous process kept: a start stats the unchanged files instead of reading them all.
  await recallKeptDigests(request.corpusDir, request.cacheDir);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    onProgress?.('reading', 0, 0);
    const before = await digestArticleFiles(request.corpusDir);
    const warnings: LoadWarning[] = [];
    let how: { fromSnapshot: boolean; ms: number; miss?: string; ids: string[]; parts: SegmentPart[]; saveError?: string } = { fromSnapshot: false, ms: 0, ids: [], parts: [] };
    const engine = await openEngine({
      corpusDir: request.corpusDir,
      cacheDir: request.cacheDir,
      useSnapshot: true,
      // The files were just hashed: the segments are checked against their content, without reading them again.
      digests: before,
      segments,
      merge: request.merge ?? 'auto',
      onWarning: (w) => warnings.push(copyWarning(w)),
      onProgress,
      onIndex: (h) => (how = h),
    });
    const after = await digestArticleFiles(request.corpusDir);
    if (!sameDigests(before, after)) continue;
    const stats = engine.stats();
    return {
      engine,
      parts: how.parts,
      result: {
        files: after,
        loaded: engine.articles().map((a) => a.file),
        warnings,
        buildMs: how.fromSnapshot ? 0 : Math.round(stats.buildMs || how.ms),
        fromSnapshot: how.fromSnapshot,
        ...(how.miss ? { snapshotMiss: how.miss } : {}),
        segmentIds: how.ids,
        merged: false,
        mergeWanted: false,
        ...(how.saveError ? { saveError: how.saveError } : {}),
      },
    };
  }
  throw new Error(`the corpus folder kept changing while the index was being built (${MAX_ATTEMPTS} attempts); try again when it is quiet`);
}
