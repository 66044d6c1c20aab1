import { cp, mkdtemp, readdir, rm, stat, utimes, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEngine } from '../../src/engine.js';
import { statFingerprint } from '../stat-fingerprint.js';
import type { LoadWarning } from '../../src/corpus/types.js';

let dir: string;
let cache: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'engine-snap-'));
  cache = await mkdtemp(path.join(tmpdir(), 'engine-cache-'));
  await cp('test/fixtures/other-event', dir, { recursive: true });
  await writeFile(path.join(dir, 'broken.md'), Buffer.from([0, 1, 2, 3]));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(cache, { recursive: true, force: true });
});

const open = async () => {
  const warnings: LoadWarning[] = [];
  const engine = await openEngine({ corpusDir: dir, cacheDir: cache, onWarning: (w) => warnings.push(w) });
  return { engine, warnings };
};

describe('openEngine and its snapshot', () => {
  it('builds once, then serves the snapshot while the files are unchanged, telling the skipped files again', async () => {
    const first = await open();
    expect(first.engine.stats().fromSnapshot).toBe(false);
    expect(first.warnings.map((w) => w.file)).toEqual(['broken.md']);
    const second = await open();
    expect(second.engine.stats().fromSnapshot).toBe(true);
    expect(second.warnings.map((w) => w.file)).toEqual(['broken.md']);
    expect(second.engine.ask('Qui est Ana Ribeiro ?').answer).toBe(first.engine.ask('Qui est Ana Ribeiro ?').answer);
  });

  it('does not write the kept file hashes again when a start found nothing new to keep', async () => {
    const store = (await readdir(cache)).find((n) => n.endsWith('.segments'))!;
    const file = path.join(cache, store, 'digests.json');
    await open();
    const before = await stat(file, { bigint: true });
    const again = await open();
    expect(again.engine.stats().fromSnapshot).toBe(true);
    const after = await stat(file, { bigint: true });
    expect([after.ino, after.mtimeNs]).toEqual([before.ino, before.mtimeNs]);
  });

  it('serves the snapshot when a file is only touched (same content), by its content fingerprint', async () => {
    const before = await statFingerprint(dir);
    const file = path.join(dir, '001_lisbonne-ouverture-annonce.md');
    const later = new Date(Date.now() + 60_000);
    await utimes(file, later, later);
    expect(await statFingerprint(dir)).not.toBe(before);
    expect((await open()).engine.stats().fromSnapshot).toBe(true);
  });

  it('rebuilds when an article changes, and answers from the new text', async () => {
    await appendFile(path.join(dir, '002_lisbonne-premier-jour.md'), '\n\nLe ministre islandais Gunnar Eyvindsson, porte-parole du groupe nordique, a quitté la salle.\n');
    const { engine } = await open();
    expect(engine.stats().fromSnapshot).toBe(false);
    expect(engine.ask('Qui est Gunnar Eyvindsson ?').answer).toContain('porte-parole du groupe nordique');
  });

  it('serves what it built when the segments cannot be saved (an unwritable cache folder), saying why', async () => {
    const notAFolder = path.join(cache, 'a-file');
    await writeFile(notAFolder, 'x');
    const warnings: LoadWarning[] = [];
    const engine = await openEngine({ corpusDir: dir, cacheDir: path.join(notAFolder, 'cache'), onWarning: (w) => warnings.push(w) });
    expect(warnings.map((w) => w.reason)).toContainEqual(expect.stringMatching(/^could not save the index snapshot: ENOTDIR/));
    expect(engine.ask('Qui est Ana Ribeiro ?').answer).toMatch(/ministre/);
  });
});
