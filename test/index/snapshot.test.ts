import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types.js';
import { buildCorpusIndex, type CorpusIndex } from '../../src/index/corpus-index.js';
import { searchArticles } from '../../src/index/passage-index.js';
import { loadSnapshot, saveSnapshot, SNAPSHOT_VERSION } from '../../src/index/snapshot.js';
import { CoreEngine } from '../../src/qa/core-engine.js';

const article: Article = {
  id: '001', file: '001.md', title: 'Sommet', published: '2024-03-12', language: 'fr', bytes: 120,
  paragraphs: ["La ministre portugaise de l'Environnement, Ana Ribeiro, a ouvert mardi le sommet à Lisbonne.", '« Les citoyens nous regardent », a-t-elle ajouté.'],
};

let dir: string;
let built: CorpusIndex;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'snapshot-test-'));
  built = buildCorpusIndex([article]);
});

/** Everything a snapshot must give back, as plain data: metadata, every sentence, and what Lunr finds. */
function contents(index: CorpusIndex) {
  const sentences = Array.from({ length: index.sentences.count }, (_, i) => index.sentences.get(i));
  const search = searchArticles(index.lunr, new Map([['ribeiro', 1], ['lisbon', 1]]), index.meta.articles.length, 10);
  return JSON.parse(JSON.stringify({ meta: index.meta, sentences, search }));
}
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Each section's bytes in a snapshot file: they start at multiples of 8, zeros between. */
function sectionsOf(raw: Buffer): { name: string; at: number; bytes: number; crc32: number }[] {
  const header = JSON.parse(raw.subarray(0, raw.indexOf(10)).toString('utf8'));
  let at = raw.indexOf(10) + 1;
  return (Object.entries(header.sections) as [string, { bytes: number; crc32: number }][]).map(([name, { bytes, crc32 }]) => {
    at = Math.ceil(at / 8) * 8;
    const one = { name, at, bytes, crc32 };
    at += bytes;
    return one;
  });
}

/** Saves the body under a fresh name and returns the file. */
async function saved(name: string): Promise<string> {
  const file = path.join(dir, name, 'index.snapshot');
  await saveSnapshot(file, 'fp-1', built);
  return file;
}

describe('saveSnapshot / loadSnapshot', () => {
  it('loads back the index that was saved', async () => {
    const file = await saved('roundtrip');
    const loaded = await loadSnapshot(file, 'fp-1');
    if (!('index' in loaded)) throw new Error(`not loaded: ${loaded.miss}`);
    expect(contents(loaded.index)).toEqual(contents(built));
    expect(contents(built).sentences).toHaveLength(2);
    expect(contents(built).search).toHaveLength(1);
  });

  it('parses the timeline on its first read, and gives back the events that were saved', async () => {
    const file = await saved('lazy-events');
    const loaded = await loadSnapshot(file, 'fp-1');
    if (!('index' in loaded)) throw new Error(`not loaded: ${loaded.miss}`);
    const { meta } = loaded.index;
    expect(built.meta.events.length).toBeGreaterThan(0);
    expect(meta.eventCount).toBe(built.meta.events.length);
    // The engine's stats count the events without reading them.
    expect(new CoreEngine(loaded.index, { buildMs: 0, fromSnapshot: true }).stats().events).toBe(built.meta.events.length);
    expect(Object.getOwnPropertyDescriptor(meta, 'events')?.get).toBeTypeOf('function');
    expect(meta.events).toEqual(built.meta.events);
    expect(Object.getOwnPropertyDescriptor(meta, 'events')).toMatchObject({ value: meta.events, enumerable: true });
    expect(meta.speech).toEqual(built.meta.speech);
    expect(meta.speech.length).toBeGreaterThan(0);
  });

  it('reads sentences and the timeline from the file it keeps open, even once the file is removed (a merge replaced it)', async () => {
    const file = await saved('removed');
    const loaded = await loadSnapshot(file, 'fp-1');
    if (!('index' in loaded)) throw new Error(`not loaded: ${loaded.miss}`);
    await rm(file);
    expect(contents(loaded.index)).toEqual(contents(built));
    expect(loaded.index.meta.events).toEqual(built.meta.events);
  });

  it('keeps text outside ASCII (accents, curly quotes, emoji) through its ASCII sections', async () => {
    const odd: Article = { ...article, id: '002', file: '002.md', paragraphs: ['Le Premier ministre Ólafur Þórðarson a déclaré mardi à Reykjavík : « L’œuvre 🌋 continue. »'] };
    const index = buildCorpusIndex([odd]);
    const file = path.join(dir, 'ascii', 'index.snapshot');
    await saveSnapshot(file, 'fp-a', index);
    const raw = await readFile(file);
    for (const { name, at, bytes } of sectionsOf(raw)) {
      if (['meta', 'speech', 'events'].includes(name)) expect([name, raw.subarray(at, at + bytes).every((b) => b < 0x80)]).toEqual([name, true]);
    }
    const loaded = await loadSnapshot(file, 'fp-a');
    if (!('index' in loaded)) throw new Error(`not loaded: ${loaded.miss}`);
    expect(contents(loaded.index)).toEqual(contents(index));
    expect(loaded.index.sentences.get(0).text).toContain('Þórðarson');
  });

  it('writes a header line with the format, version, fingerprint, sizes and checksums, and leaves no temporary file', async () => {
    const file = await saved('header');
    const raw = await readFile(file);
    const header = JSON.parse(raw.subarray(0, raw.indexOf(10)).toString('utf8'));
    expect(header).toMatchObject({ format: 'summit-bot-snapshot', version: SNAPSHOT_VERSION, fingerprint: 'fp-1' });
    expect(Object.keys(header.sections)).toEqual(['meta', 'speech', 'events', 'lunr', 'lunrArrays', 'lunrStats', 'sentences']);
    const sections = sectionsOf(raw);
    const last = sections[sections.length - 1];
    expect(last.at + last.bytes).toBe(raw.length);
    for (const x of sections) {
      // Each section starts at a multiple of 8, and its CRC-32 is zlib's over its bytes.
      expect(x.at % 8).toBe(0);
      expect(x.crc32).toBe(crc32(raw.subarray(x.at, x.at + x.bytes)));
    }
    expect(await readdir(path.dirname(file))).toEqual(['index.snapshot']);
  });

  it("says 'missing' when there is no file", async () => {
    expect(await loadSnapshot(path.join(dir, 'nothing-here.snapshot'), 'fp-1')).toEqual({ miss: 'missing' });
  });

  it("says 'stale' when the corpus fingerprint changed", async () => {
    const file = await saved('stale');
    expect(await loadSnapshot(file, 'fp-2')).toEqual({ miss: 'stale' });
  });

  it("says 'corrupt' when one byte of the body is flipped", async () => {
    const file = await saved('flipped');
    const raw = await readFile(file);
    const at = raw.indexOf(10) + 1 + Math.floor((raw.length - raw.indexOf(10)) / 2);
    raw[at] = raw[at] ^ 0x01;
    await writeFile(file, raw);
    expect(await loadSnapshot(file, 'fp-1')).toEqual({ miss: 'corrupt' });
  });

  it("says 'corrupt' when one byte of any section is flipped", async () => {
    const file = await saved('flipped-each');
    const raw = await readFile(file);
    let padding = 0;
    for (const { name, at, bytes } of sectionsOf(raw)) {
      if (bytes > 0) {
        const copy = Buffer.from(raw);
        copy[at + (bytes >> 1)] ^= 0x20;
        await writeFile(file, copy);
        expect([name, await loadSnapshot(file, 'fp-1')]).toEqual([name, { miss: 'corrupt' }]);
      }
      // A byte of the padding before a section, too.
      if (at > 0 && raw[at - 1] === 0) {
        padding++;
        const copy = Buffer.from(raw);
        copy[at - 1] = 0x20;
        await writeFile(file, copy);
        expect([name, await loadSnapshot(file, 'fp-1')]).toEqual([name, { miss: 'corrupt' }]);
      }
    }
    expect(padding).toBeGreaterThan(0);
    await writeFile(file, raw);
    expect('index' in (await loadSnapshot(file, 'fp-1'))).toBe(true);
  });

  it("says 'corrupt' when the file is truncated", async () => {
    const file = await saved('truncated');
    const raw = await readFile(file);
    await writeFile(file, raw.subarray(0, raw.length - 10));
    expect(await loadSnapshot(file, 'fp-1')).toEqual({ miss: 'corrupt' });
    await writeFile(file, raw.subarray(0, raw.indexOf(10) - 5)); // cut inside the header line
    expect(await loadSnapshot(file, 'fp-1')).toEqual({ miss: 'corrupt' });
  });

  it("says 'corrupt' for an empty file or a file that is not a snapshot", async () => {
    const file = path.join(dir, 'junk.snapshot');
    await writeFile(file, '');
    expect(await loadSnapshot(file, 'fp-1')).toEqual({ miss: 'corrupt' });
    await writeFile(file, '{"format":"something-else","version":1}\n{}');
    expect(await loadSnapshot(file, 'fp-1')).toEqual({ miss: 'corrupt' });
  });

  it("says 'version' when the snapshot was written by another format version", async () => {
    const file = await saved('version');
    const raw = await readFile(file, 'utf8');
    const newline = raw.indexOf('\n');
    const header = { ...JSON.parse(raw.slice(0, newline)), version: SNAPSHOT_VERSION + 1 };
    await writeFile(file, JSON.stringify(header) + raw.slice(newline));
    expect(await loadSnapshot(file, 'fp-1')).toEqual({ miss: 'version' });
    // Another annotator (its code or data changed) is another version too.
    const other = { ...JSON.parse(raw.slice(0, newline)), code: 'another-annotator' };
    await writeFile(file, JSON.stringify(other) + raw.slice(newline));
    expect(await loadSnapshot(file, 'fp-1')).toEqual({ miss: 'version' });
  });

  it('replaces an older snapshot at the same path', async () => {
    const file = await saved('replace');
    await saveSnapshot(file, 'fp-3', built);
    expect(await loadSnapshot(file, 'fp-1')).toEqual({ miss: 'stale' });
    const loaded = await loadSnapshot(file, 'fp-3');
    expect('index' in loaded).toBe(true);
  });
});
