/**
 * Segments on disk: an added article is annotated alone into a small segment, a removed one becomes a
 * tombstone, and the merge writes them out as one segment — without annotating anything, answering as before,
 * and leaving a whole index when the process is killed (kill -9) at any step of it.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import fsp from 'node:fs/promises';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EngineHost } from '../../src/corpus-admin/engine-host.js';
import { openEngine, storePath } from '../../src/engine.js';
import type { Engine } from '../../src/qa/types.js';
import { inventedArticle, syntheticArticle, tmpCorpus } from './tmp-corpus.js';
import type { TmpCorpus } from './tmp-corpus.js';

const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const stallScript = fileURLToPath(new URL('./fixtures/stall-merge.ts', import.meta.url));
const QUESTIONS = [
  "Où s'est tenu le sommet entre Kim Jong-un et Vladimir Poutine ?",
  'Où les pêcheurs ont-ils signé un accord sur les quotas ?',
  'Qui est Vladimir Poutine ?',
  'Quand le conseil municipal de Brennac s\'est-il réuni ?',
  "Qu'a déclaré Hélène Marchetti ?",
];

let t: TmpCorpus | undefined;
afterEach(() => t?.remove());

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const answers = (engine: Engine) => QUESTIONS.map((q) => engine.ask(q));
const segmentFiles = (store: string) => readdirSync(store).filter((f) => f.endsWith('.snapshot')).sort();

/** Opens the folder, recording the annotation stages run and the segments served. */
async function open(t: TmpCorpus, merge: 'never' | 'always' = 'never') {
  const stages = new Set<string>();
  let how: { fromSnapshot: boolean; ids: string[] } = { fromSnapshot: false, ids: [] };
  const engine = await openEngine({ corpusDir: t.corpusDir, cacheDir: t.cacheDir, merge, onProgress: (s) => stages.add(s), onIndex: (h) => (how = h) });
  return { engine, stages, ...how };
}

/** A store with three segments (the corpus, then one article added twice over) and one tombstone. */
async function segmented(prefix: string): Promise<TmpCorpus> {
  const tmp = tmpCorpus(prefix, 4);
  await open(tmp);
  writeFileSync(join(tmp.corpusDir, 'zz_tromso.md'), inventedArticle());
  await open(tmp);
  writeFileSync(join(tmp.corpusDir, 'zz_local.md'), syntheticArticle(7));
  await open(tmp);
  renameSync(join(tmp.corpusDir, 'local_0001.md'), join(tmp.root, 'removed.md'));
  return tmp;
}

/** Runs the stalling merge child until it stops at `where`, then kills it with SIGKILL. */
async function killMerge(t: TmpCorpus, where: 'segment' | 'manifest'): Promise<void> {
  const child = spawn(process.execPath, ['--import', tsx, stallScript, t.corpusDir, t.cacheDir, where], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes(`STALLED ${where}`)) {
        child.kill('SIGKILL');
        resolve();
      }
      if (out.includes('FINISHED')) reject(new Error('the merge finished'));
    });
    child.on('exit', (code) => (out.includes('STALLED') ? undefined : reject(new Error(`merge child exited (${code}): ${out}`))));
  });
  await new Promise((resolve) => child.once('exit', resolve));
}

describe('segments on disk', () => {
  it('annotates only what changed: an added article alone, a removed one as a tombstone, nothing when unchanged', async () => {
    t = tmpCorpus('seg-add', 4);
    const first = await open(t);
    expect(first.stages.has('sentences')).toBe(true);
    expect(first.ids).toHaveLength(1);
    const unchanged = await open(t);
    expect(unchanged).toMatchObject({ fromSnapshot: true, ids: first.ids });
    expect(unchanged.stages.size).toBe(0); // nothing read, nothing annotated
    writeFileSync(join(t.corpusDir, 'zz_tromso.md'), inventedArticle());
    let progress: number[] = [];
    const added = await openEngine({ corpusDir: t.corpusDir, cacheDir: t.cacheDir, merge: 'never', onProgress: (s, _d, total) => s === 'sentences' && progress.push(total) });
    expect(progress.every((total) => total === 1)).toBe(true); // one article annotated
    expect(added.ask(QUESTIONS[1]!).evidence[0]?.doc).toBe('zz_tromso');
    renameSync(join(t.corpusDir, 'zz_tromso.md'), join(t.root, 'gone.md'));
    progress = [];
    const removed = await open(t);
    expect(removed.stages.size).toBe(0);
    expect(removed.ids).toEqual(first.ids); // a segment whose every article is gone is dropped
    expect(removed.engine.article('zz_tromso')).toBeUndefined();
    expect(removed.engine.ask(QUESTIONS[1]!).evidence.some((e) => e.doc === 'zz_tromso')).toBe(false);
    expect(answers(removed.engine)).toEqual(answers(first.engine));
  }, 60_000);

  it('merges the segments into one without annotating, answering exactly as before', async () => {
    t = await segmented('seg-merge');
    const before = await open(t);
    expect(before.ids).toHaveLength(3);
    const merged = await open(t, 'always');
    expect(merged.ids).toHaveLength(1);
    expect(merged.stages.has('sentences')).toBe(false);
    expect(merged.stages.has('merge')).toBe(true);
    expect(answers(merged.engine)).toEqual(answers(before.engine));
    expect(merged.engine.people()).toEqual(before.engine.people());
    expect(merged.engine.timeline()).toEqual(before.engine.timeline());
    expect(merged.engine.articles().map((a) => a.id)).not.toContain('local_0001');
    // A merged store is reused as is, and the replaced segment files go once no manifest names them.
    expect((await open(t)).ids).toEqual(merged.ids);
  }, 60_000);

  it.each(['segment', 'manifest'] as const)('killed (SIGKILL) while writing the merged %s, leaves the index whole', async (where) => {
    t = await segmented(`seg-kill-${where}`);
    const store = storePath(t.corpusDir, t.cacheDir);
    const before = await open(t);
    const manifest = sha(join(store, 'manifest.json'));
    const segments = segmentFiles(store);
    await killMerge(t, where);
    expect(sha(join(store, 'manifest.json'))).toBe(manifest); // never committed
    for (const f of segments) expect(segmentFiles(store)).toContain(f);
    const host = await EngineHost.open({ corpusDir: t.corpusDir, cacheDir: t.cacheDir });
    expect(host.opened.fromSnapshot).toBe(true); // served from the old segments, nothing rebuilt
    expect(host.opened.removedTemps).toHaveLength(1); // the killed process's half-written file
    expect(answers(host.engine)).toEqual(answers(before.engine));
    expect(host.engine.stats().articles).toBe(before.engine.stats().articles);
  }, 60_000);

  it('merges in the background after a refresh leaves too many tombstones, and swaps the merged index in', async () => {
    t = tmpCorpus('seg-host', 6);
    const host = await EngineHost.open({ corpusDir: t.corpusDir, cacheDir: t.cacheDir });
    writeFileSync(join(t.corpusDir, 'zz_tromso.md'), inventedArticle());
    expect((await host.refresh()).ok).toBe(true);
    expect(host.segmentCount).toBe(2);
    const expected = answers(host.engine);
    for (const i of [0, 1, 2, 3, 4]) renameSync(join(t.corpusDir, `local_000${i}.md`), join(t.root, `removed_${i}.md`));
    const report = await host.refresh();
    expect(report.changes.removed).toHaveLength(5);
    expect(host.merge).toBeDefined(); // 5 of 13 documents are tombstones: over the share that asks for a merge
    const segmented = host.engine;
    await host.merge;
    expect(host.segmentCount).toBe(1);
    expect(host.engine).not.toBe(segmented);
    expect(answers(host.engine)).toEqual(answers(segmented));
    expect(host.engine.articles().map((a) => a.id)).toEqual(['000_439350766ee36b46', '001_ce70923b1b177842', '002_abf2f06815a71ceb', '003_19a33123fb2647c6', '004_daeebc2e57e307ab', 'local_0005', 'zz_tromso']);
    expect(host.engine.ask(QUESTIONS[0]!).answer).toBe(expected[0]!.answer);
    host.close();
  }, 60_000);
});

describe('file hashes kept beside the segments', () => {
  it('spare a start reading unchanged files, and never hide a correction that keeps the size and the time', async () => {
    t = tmpCorpus('seg-digests');
    await new Promise((resolve) => setTimeout(resolve, 2100)); // files older than a hash's settling time
    await open(t);
    const kept = JSON.parse(readFileSync(join(storePath(t.corpusDir, t.cacheDir), 'digests.json'), 'utf8')) as Record<string, { key: string; sha256: string }>;
    expect(Object.keys(kept).sort()).toEqual(readdirSync(t.corpusDir).sort());
    expect((await open(t)).fromSnapshot).toBe(true);
    const file = join(t.corpusDir, '003_19a33123fb2647c6.md');
    const before = statSync(file);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('title: Premier sommet', 'title: Dernier sommet'));
    utimesSync(file, before.atime, before.mtime);
    expect(statSync(file).size).toBe(before.size);
    const after = await open(t);
    expect(after.fromSnapshot).toBe(false); // read again: its change time moved
    expect(after.stages.has('sentences')).toBe(true);
    expect(after.engine.article('003_19a33123fb2647c6')?.title).toMatch(/^Dernier sommet/);
  }, 60_000);

  it("spare the bot's start too: the engine host of a new process reads no unchanged article", async () => {
    t = tmpCorpus('seg-digests-host');
    await new Promise((resolve) => setTimeout(resolve, 2100)); // files older than a hash's settling time
    (await EngineHost.open({ corpusDir: t.corpusDir, cacheDir: t.cacheDir, builder: 'inline' })).close();
    // A new process: fresh modules, so no hash is known in memory; every file read is recorded.
    vi.resetModules();
    const { EngineHost: FreshHost } = await import('../../src/corpus-admin/engine-host.js');
    const read: string[] = [];
    // (the original taken before the patch: a named import of it would follow the patch and call itself)
    const realReadFile = fsp.readFile;
    fsp.readFile = ((file: Parameters<typeof realReadFile>[0], ...rest: never[]) => {
      read.push(String(file));
      return (realReadFile as (...a: unknown[]) => unknown)(file, ...rest);
    }) as typeof realReadFile;
    syncBuiltinESMExports();
    try {
      const host = await FreshHost.open({ corpusDir: t.corpusDir, cacheDir: t.cacheDir, builder: 'inline' });
      expect(host.opened.fromSnapshot).toBe(true);
      host.close();
    } finally {
      fsp.readFile = realReadFile;
      syncBuiltinESMExports();
    }
    expect(read.some((f) => f.includes('digests.json'))).toBe(true);
    expect(read.filter((f) => f.startsWith(t!.corpusDir))).toEqual([]);
  }, 60_000);
});
