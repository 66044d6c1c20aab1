import { createHash } from 'node:crypto';
import { close, closeSync, fstat, open as openFd, read, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { crc32 } from 'node:zlib';
import { tempNameFor } from '../atomic-write.js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CorpusIndex, IndexMeta } from './corpus-index.js';
import { givenNamesVersion } from '../nlp/given-names.js';
import { frenchTownsVersion } from '../nlp/french-towns.js';
import { packLunr, unpackLunr } from './lunr-compact.js';
import { LazySentenceStore, packArticle, type BlobSource } from './sentence-store.js';

/** Bumped whenever the snapshot's layout changes: older snapshots are rebuilt, never served. */
export const SNAPSHOT_VERSION = 9;

let codeVersion: string | undefined;

/**
 * A hash of the code and data that produce a snapshot (src/corpus, src/nlp and src/index, resources included): a snapshot
 * made by other annotation rules is stale even when the corpus is unchanged.
 */
export function annotatorVersion(): string {
  if (codeVersion) return codeVersion;
  const hash = createHash('sha256').update(String(SNAPSHOT_VERSION)).update(givenNamesVersion()).update(frenchTownsVersion());
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const walk = (dir: string) => {
    let names: string[] = [];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|js|json)$/.test(name)) hash.update(name).update(readFileSync(path));
    }
  };
  walk(join(root, 'nlp'));
  walk(join(root, 'index'));
  // How a file is read into paragraphs (src/corpus) shapes the sentences too.
  walk(join(root, 'corpus'));
  codeVersion = hash.digest('hex').slice(0, 16);
  return codeVersion;
}
// Read when the code is loaded, not when a snapshot is first written: files edited while an index is being built would
// otherwise store the old annotation under the new code's version.
annotatorVersion();

/**
 * The sections of a snapshot file, in order. The metadata is in three: the speech acts and the timeline, the
 * two large parts (at 10,000 articles 11.5 and 9.5 MB of its 27), have their own, so the timeline is parsed
 * only when it is first asked for (see loadSnapshot).
 */
const SECTIONS = ['meta', 'speech', 'events', 'lunr', 'lunrArrays', 'lunrStats', 'sentences'] as const;
type Section = (typeof SECTIONS)[number];

/** The first line of a snapshot file: enough to reject it without parsing the rest. */
interface SnapshotHeader {
  format: 'summit-bot-snapshot';
  version: number;
  /** The annotator's code version (see annotatorVersion). */
  code: string;
  fingerprint: string;
  /**
   * Size and CRC-32 of each section, in file order: they tell a damaged or truncated file (a torn write, a bad
   * disk), which is all they are for — the corpus's content is identified by the fingerprint, and a checksum of
   * 100 MB costs 20 ms as CRC-32 (zlib), 250 ms as sha256.
   */
  sections: Record<Section, { bytes: number; crc32: number }>;
  /** Byte offset of each article's blob inside the sentences section, then its end. */
  offsets: number[];
}

/**
 * JSON with every character outside ASCII escaped (\uXXXX). Its bytes decode as latin1 into a one-byte string:
 * half the memory of UTF-8 decoded into a two-byte string, and parsed faster (the 11.5 MB of speech acts: 180 ms
 * to decode and parse as UTF-8, 100 ms so). Made in pieces of about 256 K characters (a list item by item, an
 * object key by key, two levels down), so a large section is never one string while it is written.
 */
function* asciiJson(value: unknown): Generator<string> {
  let pending = '';
  for (const piece of jsonPieces(value, 2)) {
    pending += piece;
    if (pending.length >= 262_144) {
      yield escapeNonAscii(pending);
      pending = '';
    }
  }
  if (pending) yield escapeNonAscii(pending);
}

/** JSON.stringify(value) in pieces: lists and plain objects `depth` levels down are taken apart. */
function* jsonPieces(value: unknown, depth: number): Generator<string> {
  if (depth > 0 && Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      if (i) yield ',';
      // As JSON.stringify writes a list item that has no JSON form.
      if (value[i] === undefined || typeof value[i] === 'function') yield 'null';
      else yield* jsonPieces(value[i], depth - 1);
    }
    yield ']';
  } else if (depth > 0 && value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value)) && !('toJSON' in value)) {
    yield '{';
    let first = true;
    for (const [key, item] of Object.entries(value)) {
      // As JSON.stringify leaves out a key whose value has no JSON form.
      if (item === undefined || typeof item === 'function') continue;
      yield `${first ? '' : ','}${JSON.stringify(key)}:`;
      first = false;
      yield* jsonPieces(item, depth - 1);
    }
    yield '}';
  } else yield JSON.stringify(value);
}

const escapeNonAscii = (json: string) => json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Parses a section written by asciiJson. */
function parseAscii(data: Buffer): unknown {
  return JSON.parse(data.toString('latin1'));
}

/** The metadata section: everything but the speech acts and the timeline, and the number of events. */
function metaSection(meta: IndexMeta): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // Key by key, not a spread: a loaded index's timeline is parsed on first read (see loadSnapshot).
  for (const key of Object.keys(meta) as (keyof IndexMeta)[]) if (key !== 'speech' && key !== 'events') out[key] = meta[key];
  out.eventCount = meta.eventCount ?? meta.events.length;
  return out;
}

/**
 * Where a section starts: the next multiple of 8 (zero bytes between). A file read whole into a buffer of its
 * own then holds each section at an offset typed arrays can view (the Lunr index's arrays: lunr-compact.ts).
 */
const alignedAt = (position: number) => Math.ceil(position / 8) * 8;

/** Room reserved for the header line, written last (sizes and checksums are known only then; a multiple of 8). */
const headerRoom = (articles: number) => 65_536 + 16 * (articles + 1);

/**
 * Writes a snapshot atomically: a header line (format version, code version, corpus fingerprint, size and
 * CRC-32 of each section) then the sections — metadata, the Lunr index, and the sentences as one compact blob
 * per article — to a temporary file that is flushed and renamed over the target. A crash leaves either the old
 * snapshot or the new one, never a half-written file under the target name.
 */
export async function saveSnapshot(file: string, fingerprint: string, index: CorpusIndex): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = tempNameFor(file);
  const handle = await open(tmp, 'w');
  try {
    const room = headerRoom(index.meta.articles.length);
    let position = room;
    const sections = {} as SnapshotHeader['sections'];
    const write = async (section: Section, chunks: Iterable<string | Buffer>) => {
      const gap = alignedAt(position) - position;
      if (gap) await handle.write(Buffer.alloc(gap), 0, gap, position);
      position += gap;
      let crc = 0;
      let bytes = 0;
      for (const chunk of chunks) {
        const data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        crc = crc32(data, crc);
        await handle.write(data, 0, data.length, position);
        position += data.length;
        bytes += data.length;
      }
      sections[section] = { bytes, crc32: crc };
    };
    await write('meta', asciiJson(metaSection(index.meta)));
    await write('speech', asciiJson(index.meta.speech));
    await write('events', asciiJson(index.meta.events));
    const packed = index.packedLunr ?? packLunr(index.lunr);
    await write('lunr', [packed.json]);
    await write('lunrArrays', [packed.binary]);
    await write('lunrStats', packed.stats ? [packed.stats] : []);
    const offsets: number[] = [0];
    const articles = index.meta.articles.length;
    function* blobs() {
      let at = 0;
      const store = index.sentences;
      for (let doc = 0; doc < articles; doc++) {
        let blob: Buffer;
        if (store instanceof LazySentenceStore) blob = store.blob(doc);
        else {
          const [first, end] = store.range(doc);
          const list = [];
          for (let i = first; i < end; i++) list.push(store.get(i));
          blob = Buffer.from(packArticle(list), 'utf8');
        }
        at += blob.length;
        offsets.push(at);
        yield blob;
      }
    }
    await write('sentences', blobs());
    const header: SnapshotHeader = { format: 'summit-bot-snapshot', version: SNAPSHOT_VERSION, code: annotatorVersion(), fingerprint, sections, offsets };
    let line = Buffer.from(JSON.stringify(header), 'utf8');
    if (line.length >= room) throw new Error(`snapshot header too large (${line.length} bytes)`);
    line = Buffer.concat([line, Buffer.alloc(room - line.length - 1, 0x20), Buffer.from('\n')]);
    await handle.write(line, 0, line.length, 0);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(tmp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/** Why a snapshot was not used. */
export type SnapshotMiss = 'missing' | 'corrupt' | 'stale' | 'version';

/** Bytes read at a time while a snapshot is checked, into one buffer reused throughout. */
const CHUNK = 1 << 20;

/**
 * Sections a loaded index reads from the file when it needs them, not at load: the sentences (an article's when
 * a question reaches it) and the timeline (when first asked for). At 10,000 articles they are 68 MB of the
 * file's 118; not holding them makes the load cheaper by more than their reading (fresh memory is what costs).
 */
const ON_DEMAND: ReadonlySet<Section> = new Set(['events', 'sentences']);

const openAsync = promisify(openFd);
const readAt = promisify(read);
const fstatAsync = promisify(fstat);

/** Closes the file of a loaded snapshot once nothing of its index can read it any more. */
const closeWhenCollected = new FinalizationRegistry<number>((fd) => close(fd, () => undefined));

/**
 * A snapshot file held open for the sections read on demand. Segment files are never written again once renamed
 * into place; one removed (a merge replaced it) stays readable through its open descriptor.
 */
class SnapshotFile {
  constructor(private readonly fd: number) {
    closeWhenCollected.register(this, fd);
  }

  /** The bytes [start, end) of the file (synchronous: the question answering is). */
  read(start: number, end: number): Buffer {
    const out = Buffer.allocUnsafe(end - start);
    for (let done = 0; done < out.length; ) {
      const n = readSync(this.fd, out, done, out.length - done, start + done);
      if (n === 0) throw new Error('snapshot file shorter than its header says');
      done += n;
    }
    return out;
  }

  /** The bytes of the file from `base` on, as a blob source (offsets relative to `base`). */
  from(base: number): BlobSource {
    return { read: (start, end) => this.read(base + start, base + end) };
  }
}

/**
 * Reads a snapshot if it matches the corpus fingerprint, the current format and code, and every section's size
 * and checksum hold. Returns the reason otherwise; never throws on a bad file. The whole file is checked at load,
 * in one pass through a 1 MB buffer (every byte is a section's, under its CRC-32, or padding, zero); the
 * metadata, speech acts and Lunr index are kept, the sentences and the timeline are read from the file — held
 * open — when needed: an article's sentences when a question reaches them (then parsed and cached), the
 * timeline (`meta.events`) the first time it is read, as only the timeline command does (the engine's stats take
 * `meta.eventCount`).
 */
export async function loadSnapshot(file: string, fingerprint: string): Promise<{ index: CorpusIndex; fingerprint: string } | { miss: SnapshotMiss }> {
  let fd: number;
  try {
    fd = await openAsync(file, 'r');
  } catch {
    return { miss: 'missing' };
  }
  let loaded: { index: CorpusIndex; fingerprint: string } | { miss: SnapshotMiss } = { miss: 'corrupt' };
  try {
    const info = await fstatAsync(fd);
    if (!info.isFile()) return (loaded = { miss: 'missing' });
    loaded = await readSnapshot(fd, info.size, fingerprint);
    return loaded;
  } catch {
    return (loaded = { miss: 'corrupt' });
  } finally {
    // A loaded index keeps the file open (SnapshotFile); any other outcome closes it now.
    if (!('index' in loaded)) closeSync(fd);
  }
}

async function readSnapshot(fd: number, size: number, fingerprint: string): Promise<{ index: CorpusIndex; fingerprint: string } | { miss: SnapshotMiss }> {
  const scratch = Buffer.allocUnsafeSlow(Math.min(CHUNK, Math.max(1, size)));
  // The header line: the first chunk holds it up to some sixty thousand articles (see headerRoom).
  const head: Buffer[] = [];
  let newline = -1;
  for (let at = 0; newline < 0 && at < size; ) {
    const { bytesRead } = await readAt(fd, scratch, 0, Math.min(scratch.length, size - at), at);
    if (!bytesRead) break;
    const chunk = scratch.subarray(0, bytesRead);
    const i = chunk.indexOf(10);
    head.push(Buffer.from(i < 0 ? chunk : chunk.subarray(0, i)));
    if (i >= 0) newline = at + i;
    at += bytesRead;
  }
  if (newline < 0) return { miss: 'corrupt' };
  let header: SnapshotHeader;
  try {
    header = JSON.parse(Buffer.concat(head).toString('utf8')) as SnapshotHeader;
  } catch {
    return { miss: 'corrupt' };
  }
  if (header.format !== 'summit-bot-snapshot' || !header.sections) return { miss: 'corrupt' };
  if (header.version !== SNAPSHOT_VERSION || header.code !== annotatorVersion()) return { miss: 'version' };
  // The content fingerprint decides; a matching quick fingerprint (same names, sizes and times) stands in for it.
  if (header.fingerprint !== fingerprint) return { miss: 'stale' };

  // Where each section lies; the file ends with the last one.
  const layout: { section: Section; start: number; end: number; crc: number; kept?: Buffer }[] = [];
  let end = newline + 1;
  for (const section of SECTIONS) {
    const info = header.sections[section];
    if (!info || !Number.isSafeInteger(info.bytes) || info.bytes < 0) return { miss: 'corrupt' };
    const start = alignedAt(end);
    end = start + info.bytes;
    layout.push({ section, start, end, crc: 0, ...(ON_DEMAND.has(section) ? {} : { kept: Buffer.allocUnsafeSlow(info.bytes) }) });
  }
  if (end !== size) return { miss: 'corrupt' };

  // One pass over the body: padding must be zero, each section's bytes go into its CRC (and its buffer, if kept).
  for (let at = newline + 1; at < size; ) {
    const { bytesRead } = await readAt(fd, scratch, 0, Math.min(scratch.length, size - at), at);
    if (!bytesRead) return { miss: 'corrupt' };
    const to = at + bytesRead;
    let from = at;
    for (const part of layout) {
      if (from >= to) break;
      if (part.end <= from) continue;
      if (from < part.start) {
        const gapEnd = Math.min(part.start, to);
        for (let i = from; i < gapEnd; i++) if (scratch[i - at] !== 0) return { miss: 'corrupt' };
        from = gapEnd;
        if (from >= to) break;
      }
      const stop = Math.min(part.end, to);
      const bytes = scratch.subarray(from - at, stop - at);
      part.crc = crc32(bytes, part.crc);
      if (part.kept) bytes.copy(part.kept, from - part.start);
      from = stop;
    }
    at = to;
  }
  const parts = {} as Record<Section, { start: number; end: number; kept?: Buffer }>;
  for (const part of layout) {
    if (part.crc !== header.sections[part.section].crc32) return { miss: 'corrupt' };
    parts[part.section] = part;
  }
  const kept = (section: Section) => parts[section].kept!;
  try {
    const meta = parseAscii(kept('meta')) as IndexMeta;
    const sentences = parts.sentences;
    if (header.offsets.length !== meta.articles.length + 1 || header.offsets[meta.articles.length] !== sentences.end - sentences.start) return { miss: 'corrupt' };
    meta.speech = parseAscii(kept('speech')) as IndexMeta['speech'];
    const lunrJson = kept('lunr').toString('utf8');
    const stats = kept('lunrStats').length ? kept('lunrStats') : undefined;
    const index = unpackLunr(lunrJson, kept('lunrArrays'), stats);
    // Last, when nothing can fail any more: from here the file is the index's, closed when it is collected.
    const file = new SnapshotFile(fd);
    lazyProperty(meta, 'events', () => parseAscii(file.read(parts.events.start, parts.events.end)) as IndexMeta['events']);
    return { fingerprint: header.fingerprint, index: { meta, lunr: index, packedLunr: { json: lunrJson, binary: kept('lunrArrays'), ...(stats ? { stats } : {}) }, sentences: new LazySentenceStore(file.from(sentences.start), header.offsets, meta.first) } };
  } catch {
    return { miss: 'corrupt' };
  }
}

/** Defines `object[key]` as `make()`, made on the first read and kept (a plain data property from then on). */
function lazyProperty<T extends object, K extends keyof T>(object: T, key: K, make: () => T[K]): void {
  const settle = (value: T[K]) => Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(object, key, {
    get() {
      const value = make();
      settle(value);
      return value;
    },
    set: settle,
    enumerable: true,
    configurable: true,
  });
}
