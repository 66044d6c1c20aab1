/**
 * A process killed while writing a segment, or a segment damaged on disk, leaves a state the next start
 * loads or rebuilds — it never serves a partial or stale index.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { EngineHost } from '../../src/corpus-admin/engine-host.js';
import { storePath } from '../../src/engine.js';
import { inventedArticle, tmpCorpus } from './tmp-corpus.js';
import type { TmpCorpus } from './tmp-corpus.js';

const WHERE = "Où s'est tenu le sommet entre Kim Jong-un et Vladimir Poutine ?";
const TROMSO = 'Où les pêcheurs ont-ils signé un accord sur les quotas ?';
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const stallScript = fileURLToPath(new URL('./fixtures/stall-snapshot-write.ts', import.meta.url));

let t: TmpCorpus | undefined;
afterEach(() => t?.remove());

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Runs the stalling child until it is halfway through the snapshot's body, then kills it with SIGKILL. */
async function killMidWrite(corpusDir: string, cacheDir: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', tsx, stallScript, corpusDir, cacheDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('MIDWRITE')) {
        child.kill('SIGKILL');
        resolve();
      }
      if (out.includes('FINISHED')) reject(new Error('the child finished its write'));
    });
    child.on('exit', (code) => (out.includes('MIDWRITE') ? undefined : reject(new Error(`child exited (${code}) before writing: ${out}`))));
  });
  await new Promise((resolve) => child.once('exit', resolve));
}

function tempsOf(store: string): string[] {
  return existsSync(store) ? readdirSync(store).filter((f) => f.endsWith('.tmp')) : [];
}

/** The segment files of a store. */
function segmentsOf(store: string): string[] {
  return readdirSync(store).filter((f) => f.endsWith('.snapshot')).map((f) => join(store, f));
}

/** The answers of an engine to the test questions. */
function answers(host: EngineHost): (string | null)[] {
  return [host.engine.ask(WHERE).answer, host.engine.ask(TROMSO).evidence.some((e) => e.doc === 'zz_tromso') ? 'tromso' : null];
}

describe('a process killed while writing a segment', () => {
  it('leaves the previous snapshot untouched; the next start rebuilds from the corpus and cleans up', async () => {
    t = tmpCorpus('snap-kill');
    const first = await EngineHost.open({ corpusDir: t.corpusDir, cacheDir: t.cacheDir });
    const store = storePath(t.corpusDir, t.cacheDir);
    const [segment] = segmentsOf(store);
    const manifest = join(store, 'manifest.json');
    const before = [sha(segment!), sha(manifest)];
    writeFileSync(join(t.corpusDir, 'zz_tromso.md'), inventedArticle());

    await killMidWrite(t.corpusDir, t.cacheDir);
    expect([sha(segment!), sha(manifest)]).toEqual(before); // the manifest was never committed: the old state is whole
    const [temp] = tempsOf(store);
    expect(temp).toBeDefined(); // the half-written new segment is there, under a temporary name
    expect(segmentsOf(store)).toEqual([segment]);

    const next = await EngineHost.open({ corpusDir: t.corpusDir, cacheDir: t.cacheDir });
    expect(next.opened).toMatchObject({ fromSnapshot: false, snapshotMiss: 'stale', removedTemps: [temp] });
    expect(tempsOf(store)).toEqual([]);
    expect(segmentsOf(store)).toHaveLength(2); // the old segment, and a new one with only the added article
    expect(answers(next)).toEqual(['Vladivostok', 'tromso']);
    expect(first.engine.article('zz_tromso')).toBeUndefined();

    const again = await EngineHost.open({ corpusDir: t.corpusDir, cacheDir: t.cacheDir });
    expect(again.opened.fromSnapshot).toBe(true); // the rebuild saved a good snapshot
    expect(answers(again)).toEqual(['Vladivostok', 'tromso']);
  }, 60_000);

  it('with no previous snapshot, leaves none; the next start builds one', async () => {
    t = tmpCorpus('snap-kill-first');
    await killMidWrite(t.corpusDir, t.cacheDir);
    expect(existsSync(join(storePath(t.corpusDir, t.cacheDir), 'manifest.json'))).toBe(false);
    const next = await EngineHost.open({ corpusDir: t.corpusDir, cacheDir: t.cacheDir });
    expect(next.opened).toMatchObject({ fromSnapshot: false, snapshotMiss: 'missing' });
    expect(next.opened.removedTemps).toHaveLength(1);
    expect(next.engine.ask(WHERE).answer).toBe('Vladivostok');
  }, 60_000);
});

describe('a segment damaged on disk', () => {
  const damages: [string, (file: string) => void, string][] = [
    ['truncated', (file) => truncateSync(file, Math.floor(statSync(file).size / 2)), 'corrupt'],
    [
      'with one flipped byte',
      (file) => {
        const bytes = readFileSync(file);
        const at = bytes.length - 100;
        bytes[at] = bytes[at]! ^ 0x01;
        writeFileSync(file, bytes);
      },
      'corrupt',
    ],
    ['emptied', (file) => writeFileSync(file, ''), 'corrupt'],
    [
      'from another format version',
      (file) => {
        const bytes = readFileSync(file);
        const newline = bytes.indexOf(10);
        const header = JSON.parse(bytes.subarray(0, newline).toString('utf8')) as { version: number };
        header.version += 1;
        writeFileSync(file, Buffer.concat([Buffer.from(JSON.stringify(header)), bytes.subarray(newline)]));
      },
      'version',
    ],
  ];

  it.each(damages)('%s: is detected at start and rebuilt, never served', async (_name, damage, miss) => {
    t = tmpCorpus('snap-damage');
    await EngineHost.open({ corpusDir: t.corpusDir, cacheDir: t.cacheDir });
    damage(segmentsOf(storePath(t.corpusDir, t.cacheDir))[0]!);
    const next = await EngineHost.open({ corpusDir: t.corpusDir, cacheDir: t.cacheDir });
    expect(next.opened).toMatchObject({ fromSnapshot: false, snapshotMiss: miss });
    expect(next.engine.ask(WHERE).answer).toBe('Vladivostok');
    expect(next.engine.stats().articles).toBe(5);
    expect((await EngineHost.open({ corpusDir: t.corpusDir, cacheDir: t.cacheDir })).opened.fromSnapshot).toBe(true);
  });
});
