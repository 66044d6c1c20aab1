import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Engine } from './qa/types.js';
import type { FileDigest, LoadWarning } from './corpus/types.js';
import { digestArticleFiles, knownDigests, knownDigestsVersion, rememberDigests } from './corpus/file-digests.js';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from './atomic-write.js';
import { mergeSegments, type SegmentPart } from './index/merge-segments.js';
import type { SnapshotMiss } from './index/snapshot.js';
import { dropSegment, loadSegments, updateStore, type SegmentCache, type StoreState } from './index/update-store.js';
import { CoreEngine } from './qa/core-engine.js';

/** How to open the question-answering core on a corpus folder. */
export interface OpenEngineOptions {
  /** Folder of `.md` / `.txt` articles. */
  corpusDir: string;
  /** Where segment stores go; default `.cache/index` under the current directory, never inside corpusDir. */
  cacheDir?: string;
  /** Reuse the segments already built for the folder (default true); false builds everything again. */
  useSnapshot?: boolean;
  /**
   * The folder's per-file content digests when the caller has just taken them (digestArticleFiles); otherwise
   * they are taken here. A segment's article is reused only when its content hash matches, never on names,
   * sizes and times alone.
   */
  digests?: Record<string, FileDigest>;
  /** Segments already in memory (a long-lived process keeps them), by id; new ones are added to it. */
  segments?: SegmentCache;
  /** `auto` (default): merge segments when there are too many; `always`: merge all into one; `never`. */
  merge?: 'always' | 'auto' | 'never';
  /** Called for each skipped file, and each warning about an article served. */
  onWarning?: (warning: LoadWarning) => void;
  /** Called as the build progresses (stage name, done, total). */
  onProgress?: (stage: string, done: number, total: number) => void;
  /** Called once with how the index was obtained (from stored segments only, or with a build and why). */
  onIndex?: (how: { fromSnapshot: boolean; miss?: SnapshotMiss; ms: number; ids: string[]; parts: SegmentPart[]; saveError?: string }) => void;
}

/** The segment store of a corpus folder: one folder per corpus folder, named by a hash of its absolute path. */
export function storePath(corpusDir: string, cacheDir = path.resolve('.cache', 'index')): string {
  const abs = path.resolve(corpusDir);
  const slug = path.basename(abs).replace(/[^\w.-]+/g, '_').slice(0, 40);
  const hash = createHash('sha256').update(abs).digest('hex').slice(0, 12);
  return path.join(path.resolve(cacheDir), `${slug}-${hash}.segments`);
}

/** Times a segment that cannot be loaded is dropped and its articles built again before giving up. */
const MAX_REPAIRS = 3;

/**
 * Hashes the corpus's files (or takes `digests`), brings its segment store up to date (update-store.ts: only
 * new and changed articles are annotated, into a new segment; removed ones become tombstones) and opens the
 * live segments as one index (merge-segments.ts). A segment file found damaged is dropped and its articles
 * built again. Throws CorpusError when the folder does not exist or holds no article.
 */
export async function openEngine(options: OpenEngineOptions): Promise<Engine> {
  const t0 = performance.now();
  const dir = storePath(options.corpusDir, options.cacheDir);
  if (!options.digests && options.useSnapshot !== false) await recallDigests(dir, options.corpusDir);
  const digests = options.digests ?? (await digestArticleFiles(options.corpusDir));
  let miss: SnapshotMiss | undefined;
  // A segment built here is served from memory even when it could not be saved (a read-only cache folder).
  const segments = options.segments ?? new Map();
  for (let attempt = 0; ; attempt++) {
    const state: StoreState = await updateStore({
      corpusDir: options.corpusDir,
      dir,
      digests,
      useStore: options.useSnapshot !== false,
      merge: options.merge ?? 'auto',
      segments,
      onWarning: attempt === 0 ? options.onWarning : undefined,
      onProgress: options.onProgress,
    });
    miss ??= state.miss;
    const loaded = await loadSegments(dir, state.manifest, segments);
    if ('miss' in loaded) {
      if (attempt >= MAX_REPAIRS) throw new Error(`the index segment ${loaded.id} cannot be loaded (${loaded.miss}), even after rebuilding it`);
      miss = loaded.miss;
      await dropSegment(dir, loaded.id);
      continue;
    }
    const built = state.built || attempt > 0;
    if (state.saveError) options.onWarning?.({ file: dir, reason: `could not save the index snapshot: ${state.saveError}` });
    const ms = performance.now() - t0;
    options.onIndex?.({ fromSnapshot: !built, ...(built && miss ? { miss } : {}), ms, ids: state.manifest.segments.map((s) => s.id), parts: loaded.parts, ...(state.saveError ? { saveError: state.saveError } : {}) });
    if (!state.saveError) await keepDigests(dir, options.corpusDir);
    return new CoreEngine(mergeSegments(loaded.parts), { buildMs: built ? ms : 0, fromSnapshot: !built });
  }
}

/** The file hashes kept beside the segments: a start stats the files instead of reading them all again. */
const DIGESTS = 'digests.json';

/**
 * Takes the file hashes a previous process kept beside the corpus's segments, so that hashing the folder stats the
 * unchanged files instead of reading them (for a caller that hashes the folder before openEngine).
 */
export async function recallKeptDigests(corpusDir: string, cacheDir?: string): Promise<void> {
  await recallDigests(storePath(corpusDir, cacheDir), corpusDir);
}

/** knownDigestsVersion() when this process last read or wrote a store's digests file: unchanged, it is not written again. */
const keptVersion = new Map<string, number>();

async function recallDigests(store: string, corpusDir: string): Promise<void> {
  try {
    rememberDigests(corpusDir, JSON.parse(await readFile(path.join(store, DIGESTS), 'utf8')) as Parameters<typeof rememberDigests>[1]);
    keptVersion.set(store, knownDigestsVersion());
  } catch {
    // None kept yet, or unreadable: the files are read and hashed.
  }
}

async function keepDigests(store: string, corpusDir: string): Promise<void> {
  const version = knownDigestsVersion();
  if (keptVersion.get(store) === version) return;
  try {
    await writeFileAtomic(path.join(store, DIGESTS), JSON.stringify(knownDigests(corpusDir)));
    keptVersion.set(store, version);
  } catch {
    // Not kept (a read-only cache folder): the next start reads and hashes the files.
  }
}
