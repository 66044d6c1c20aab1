import { loadCorpusFiles, emptyCorpusError, listCorpusFiles } from '../corpus/load-corpus.js';
import type { FileDigest, LoadWarning } from '../corpus/types.js';
import type { Progress } from '../nlp/annotate.js';
import { buildCorpusIndexAsync, type CorpusIndex } from './corpus-index.js';
import { compactSegments } from './compact-segments.js';
import type { SegmentPart } from './merge-segments.js';
import { emptyManifest, loadSegment, newSegmentId, readManifest, removeUnreferenced, saveSegment, writeManifest, type Manifest, type SegmentEntry } from './segment-store.js';
import type { SnapshotMiss } from './snapshot.js';

/**
 * Brings a corpus's segment store up to date with its folder, annotating only what it has never annotated:
 * every article whose file (name and content hash) is live in a segment stays there; a removed or changed
 * article becomes a tombstone; the new and changed files are read and annotated together into one new small
 * segment; then the manifest is committed. An unchanged article is never annotated again — on a refresh, an
 * addition or a restart. Merging segments (when there are too many, or too many tombstones) writes their
 * annotations out as one segment, without annotating anything either.
 */

/** More live segments than this are merged into one. */
export const MAX_SEGMENTS = 20;
/** Segments are merged when more than this share of their documents are tombstones. */
export const MAX_DEAD_SHARE = 0.3;

/** Segments loaded by a long-lived process, by id: a segment is read from disk once. */
export type SegmentCache = Map<string, CorpusIndex>;

/** What to update. */
export interface UpdateStoreOptions {
  corpusDir: string;
  /** The store folder (see storePath in engine.ts). */
  dir: string;
  /** The folder's digests when the caller has them (digestArticleFiles). */
  digests: Record<string, FileDigest>;
  /** False: ignore the store and build one segment of everything. */
  useStore: boolean;
  /** `always`: merge every segment into one; `auto`: when mergeWanted says so; `never`. */
  merge: 'always' | 'auto' | 'never';
  segments?: SegmentCache;
  onWarning?: (warning: LoadWarning) => void;
  onProgress?: Progress;
}

/** The store after an update. */
export interface StoreState {
  manifest: Manifest;
  /** True when articles were annotated (a new segment). */
  built: boolean;
  /** True when segments were merged. */
  merged: boolean;
  /** Why the store could not serve the folder as it was, when something was built. */
  miss?: SnapshotMiss;
  /** A segment store the update could not save (the index is served from memory, not committed). */
  saveError?: string;
}

/** True when the manifest has too many segments or too many tombstones. */
export function mergeWanted(manifest: Manifest): boolean {
  let docs = 0;
  let dead = 0;
  for (const s of manifest.segments) (docs += s.articles.length), (dead += s.dead.length);
  return manifest.segments.length > MAX_SEGMENTS || (dead > 0 && dead > MAX_DEAD_SHARE * docs);
}

/** The live segments once the folder's digests are known: unchanged articles stay, the others are tombstones. */
function plan(manifest: Manifest, digests: Record<string, FileDigest>) {
  const claimed = new Set<string>();
  const taken = new Map<string, string>();
  const segments: SegmentEntry[] = [];
  for (const s of manifest.segments) {
    const dead = new Set(s.dead);
    s.articles.forEach((a, doc) => {
      if (dead.has(doc)) return;
      if (digests[a.file]?.sha256 === a.sha256 && !claimed.has(a.file) && !taken.has(a.id)) {
        claimed.add(a.file);
        taken.set(a.id, a.file);
      } else dead.add(doc);
    });
    if (dead.size < s.articles.length) segments.push({ ...s, dead: [...dead].sort((x, y) => x - y) });
  }
  const needed = Object.keys(digests).filter((f) => !claimed.has(f));
  const notes = manifest.notes.filter((w) => claimed.has(w.file));
  const changed = segments.length !== manifest.segments.length || segments.some((s, i) => s.dead.length !== manifest.segments[i].dead.length);
  return { segments, needed, taken, notes, changed };
}

/** Takes a segment that cannot be loaded out of the manifest: its articles are built again by the next update. */
export async function dropSegment(dir: string, id: string): Promise<void> {
  const found = await readManifest(dir);
  if ('manifest' in found) await writeManifest(dir, { ...found.manifest, segments: found.manifest.segments.filter((s) => s.id !== id) });
}

/** Loads the segments of a manifest (from the cache when there), or the first reason one cannot be. */
export async function loadSegments(dir: string, manifest: Manifest, cache?: SegmentCache): Promise<{ parts: SegmentPart[] } | { miss: SnapshotMiss; id: string }> {
  const parts: SegmentPart[] = [];
  for (const s of manifest.segments) {
    let index = cache?.get(s.id);
    if (!index) {
      const loaded = await loadSegment(dir, s.id);
      if ('miss' in loaded) return { miss: loaded.miss, id: s.id };
      index = loaded.index;
      cache?.set(s.id, index);
    }
    parts.push({ index, dead: new Set(s.dead) });
  }
  return { parts };
}

/** Updates the store (see the file's comment). Throws CorpusError when no article can be served. */
export async function updateStore(options: UpdateStoreOptions): Promise<StoreState> {
  await listCorpusFiles(options.corpusDir); // a missing folder, or a file in its place, is the loader's error
  const found = options.useStore ? await readManifest(options.dir) : { miss: 'missing' as const };
  const before = 'manifest' in found ? found.manifest : emptyManifest();
  const planned = plan(before, options.digests);
  for (const w of planned.notes) options.onWarning?.(w);
  const manifest: Manifest = { ...emptyManifest(), segments: planned.segments, notes: planned.notes };
  const state: StoreState = { manifest, built: false, merged: false };
  const save = async (what: () => Promise<void>) => {
    if (state.saveError) return;
    try {
      await what();
    } catch (error) {
      state.saveError = (error as Error).message;
    }
  };
  if (planned.needed.length) {
    const loaded = await loadCorpusFiles(options.corpusDir, planned.needed, planned.taken, { onWarning: options.onWarning });
    if (loaded.articles.length) {
      const index = await buildCorpusIndexAsync(loaded.articles, options.onProgress);
      const id = newSegmentId();
      options.segments?.set(id, index);
      await save(() => saveSegment(options.dir, id, index));
      manifest.segments.push({ id, articles: index.meta.articles.map((a) => ({ file: a.file, id: a.id, ...loaded.digests[a.file] })), dead: [] });
      const served = new Set(loaded.articles.map((a) => a.file));
      manifest.notes.push(...loaded.warnings.filter((w) => served.has(w.file)));
      state.built = true;
      state.miss = 'miss' in found ? found.miss : 'stale';
    }
  }
  if (!manifest.segments.length) throw emptyCorpusError(options.corpusDir, Object.keys(options.digests).length, []);
  if (options.merge === 'always' ? manifest.segments.length > 1 || manifest.segments[0].dead.length > 0 : options.merge === 'auto' && mergeWanted(manifest)) {
    await mergeAll(options, state);
  }
  if (state.built || state.merged || planned.changed || !('manifest' in found)) await save(() => writeManifest(options.dir, manifest));
  if (!state.saveError) await removeUnreferenced(options.dir, manifest).catch(() => []);
  return state;
}

/** Merges every segment of the state's manifest into one new segment (nothing annotated: see compact-segments.ts). */
async function mergeAll(options: UpdateStoreOptions, state: StoreState): Promise<void> {
  const { manifest } = state;
  const loaded = await loadSegments(options.dir, manifest, options.segments);
  if ('miss' in loaded) return;
  options.onProgress?.('merge', 0, manifest.segments.length);
  const index = compactSegments(loaded.parts);
  const id = newSegmentId();
  const articles = manifest.segments.flatMap((s) => {
    const dead = new Set(s.dead);
    return s.articles.filter((_, doc) => !dead.has(doc));
  });
  const byFile = new Map(articles.map((a) => [a.file, a]));
  try {
    await saveSegment(options.dir, id, index);
  } catch (error) {
    state.saveError = (error as Error).message;
    return;
  }
  options.segments?.set(id, index);
  manifest.segments = [{ id, articles: index.meta.articles.map((a) => byFile.get(a.file)!), dead: [] }];
  state.merged = true;
  options.onProgress?.('merge', 1, 1);
}
