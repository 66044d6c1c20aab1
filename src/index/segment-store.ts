import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileDigest, LoadWarning } from '../corpus/types.js';
import { writeFileAtomic } from '../atomic-write.js';
import { isProcessAlive } from '../runtime.js';
import type { CorpusIndex } from './corpus-index.js';
import { annotatorVersion, loadSnapshot, saveSnapshot, SNAPSHOT_VERSION, type SnapshotMiss } from './snapshot.js';

/**
 * The segments of a corpus on disk, as Lucene keeps them: a folder of immutable segment files (each a snapshot
 * of some articles: metadata, Lunr index, sentences — snapshot.ts) and a manifest naming the live segments,
 * the articles each was built from (file and content hash, in document order) and its tombstones (documents
 * whose file was removed or changed since). Segment files are written first, each to a temporary file renamed
 * into place; the manifest is written last, the same way: renaming it is the one step that commits a change.
 * A process killed at any point leaves the previous manifest and every segment it names whole; files no
 * manifest names are removed at the next start.
 */

/** Bumped when the manifest's layout changes: an older manifest is rebuilt from the corpus, never read. */
const MANIFEST_VERSION = 1;
const MANIFEST = 'manifest.json';

/** One segment of the manifest. */
export interface SegmentEntry {
  /** Random hex: the segment file is `<id>.snapshot`. */
  id: string;
  /** The article files it was built from, in document order, with their size and content hash. */
  articles: ({ file: string; id: string } & FileDigest)[];
  /** Document numbers removed since (tombstones), ascending. */
  dead: number[];
}

/** The manifest: the live segments and the warnings about the articles they serve. */
export interface Manifest {
  format: 'summit-bot-segments';
  version: number;
  /** Snapshot format and annotator code version (a segment made by other rules is rebuilt). */
  code: string;
  segments: SegmentEntry[];
  /** Warnings about articles served (fields dropped …), told again at every open. */
  notes: LoadWarning[];
}

/** An empty manifest for this code. */
export function emptyManifest(): Manifest {
  return { format: 'summit-bot-segments', version: MANIFEST_VERSION, code: `${SNAPSHOT_VERSION}:${annotatorVersion()}`, segments: [], notes: [] };
}

/** Reads the manifest of a store, or says why it cannot be used (`missing`, `corrupt`, `version`). */
export async function readManifest(dir: string): Promise<{ manifest: Manifest } | { miss: SnapshotMiss }> {
  let text: string;
  try {
    text = await readFile(join(dir, MANIFEST), 'utf8');
  } catch {
    return { miss: 'missing' };
  }
  try {
    const manifest = JSON.parse(text) as Manifest;
    if (manifest.format !== 'summit-bot-segments' || !Array.isArray(manifest.segments)) return { miss: 'corrupt' };
    if (manifest.version !== MANIFEST_VERSION || manifest.code !== emptyManifest().code) return { miss: 'version' };
    return { manifest };
  } catch {
    return { miss: 'corrupt' };
  }
}

/** Writes the manifest atomically (temporary file, flushed, renamed): the commit of a store change. */
export async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFileAtomic(join(dir, MANIFEST), JSON.stringify(manifest));
}

/** A new segment id. */
export function newSegmentId(): string {
  return randomBytes(8).toString('hex');
}

const segmentFile = (dir: string, id: string) => join(dir, `${id}.snapshot`);

/** Saves a segment (atomically, see saveSnapshot) under its id. */
export async function saveSegment(dir: string, id: string, index: CorpusIndex): Promise<void> {
  await saveSnapshot(segmentFile(dir, id), id, index);
}

/** Loads a segment, checking its format, code version and checksums. */
export async function loadSegment(dir: string, id: string): Promise<{ index: CorpusIndex } | { miss: SnapshotMiss }> {
  return loadSnapshot(segmentFile(dir, id), id);
}

/** A segment file no manifest names is left this long for the process that wrote it to commit it. */
const UNCOMMITTED_MS = 10 * 60_000;

/**
 * Removes what no manifest names: segment files of other manifests (replaced by a merge, or written by a
 * process killed before its commit) and temporary files whose writing process is gone. Returns the names.
 */
export async function removeUnreferenced(dir: string, manifest: Manifest | undefined): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const live = new Set((manifest?.segments ?? []).map((s) => `${s.id}.snapshot`));
  const removed: string[] = [];
  for (const name of names) {
    let gone = false;
    if (name.endsWith('.tmp')) {
      const pid = Number(name.split('.').at(-3));
      gone = Number.isInteger(pid) && pid > 0 && !isProcessAlive(pid);
    } else if (name.endsWith('.snapshot') && manifest !== undefined && !live.has(name)) {
      // Another process may have written it for a manifest it has not committed yet: only old ones go.
      const info = await stat(join(dir, name)).catch(() => undefined);
      gone = !!info && Date.now() - info.mtimeMs > UNCOMMITTED_MS;
    }
    if (!gone) continue;
    await rm(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}
