/**
 * The engine host's guarantees: queries are answered during a refresh and see the old index or the new one,
 * never a half-built one; concurrent refreshes coalesce; a broken file, an emptied folder or a failed build
 * keeps the old index and says why, naming the file.
 */
import { rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childBuilder } from '../../src/corpus-admin/child-builder.js';
import { EngineHost } from '../../src/corpus-admin/engine-host.js';
import type { Builder } from '../../src/corpus-admin/child-builder.js';
import type { RefreshProgress } from '../../src/corpus-admin/types.js';
import type { Engine } from '../../src/qa/types.js';
import { inventedArticle, tmpCorpus } from './tmp-corpus.js';
import type { TmpCorpus } from './tmp-corpus.js';

const WHERE = "Où s'est tenu le sommet entre Kim Jong-un et Vladimir Poutine ?";

describe('EngineHost.refresh, while queries run', () => {
  let t: TmpCorpus;
  let host: EngineHost;
  const extra = 500;

  beforeAll(async () => {
    t = tmpCorpus('host-live', extra);
    host = await EngineHost.open({ corpusDir: t.corpusDir, cacheDir: t.cacheDir });
  });
  afterAll(() => {
    host?.close();
    t?.remove();
  });

  it('answers every query from the old index or the new one, never a mix, and keeps the event loop free', async () => {
    const before = host.engine.stats().articles;
    expect(before).toBe(5 + extra);
    writeFileSync(join(t.corpusDir, 'zz_tromso.md'), inventedArticle());
    writeFileSync(join(t.corpusDir, 'zz_tromso_2.md'), inventedArticle('Un second paragraphe.'));

    const seen: Engine[] = [];
    const problems: string[] = [];
    let queries = 0;
    let done = false;
    const progress: RefreshProgress[] = [];
    const stop = host.onProgress((p) => progress.push(p));
    const querying = (async () => {
      for (let final = false; !final; ) {
        final = done; // one more query after the refresh resolved: it must see the new engine
        const engine = host.engine; // once per request, as the dispatcher does
        if (seen.at(-1) !== engine) seen.push(engine);
        const articles = engine.articles().length;
        if (articles !== engine.stats().articles || (articles !== before && articles !== before + 2)) problems.push(`saw ${articles} articles`);
        const answer = engine.ask(WHERE);
        if (answer.answer !== 'Vladivostok' || answer.evidence.length === 0) problems.push(`answered ${answer.answer}`);
        queries++;
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();
    // The event loop's responsiveness: the longest wait between two ticks of a 5 ms timer.
    let maxGap = 0;
    let tick = performance.now();
    const gaps = setInterval(() => {
      const now = performance.now();
      maxGap = Math.max(maxGap, now - tick);
      tick = now;
    }, 5);
    const report = await host.refresh();
    done = true;
    await querying;
    clearInterval(gaps);
    stop();

    console.log(`refresh of ${before + 2} articles: ${report.ms} ms (build ${report.buildMs} ms in a child, load ${report.loadMs} ms here); ${queries} queries answered meanwhile; longest event-loop gap ${maxGap.toFixed(0)} ms`);
    expect(problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.changes).toEqual({ added: ['zz_tromso.md', 'zz_tromso_2.md'], changed: [], removed: [] });
    expect(report.before.articles).toBe(before);
    expect(report.after.articles).toBe(before + 2);
    expect(report.after.passages).toBeGreaterThan(report.before.passages);
    expect(report.buildMs).toBeGreaterThan(0);
    // The old engine until the swap, then the new one: never a third state.
    expect(seen.length).toBe(2);
    expect(seen[1]).toBe(host.engine);
    expect(queries).toBeGreaterThan(20);
    // The build ran off this thread: only the snapshot load blocks, far below Discord's 3 s.
    expect(maxGap).toBeLessThan(400);
    expect(progress.map((p) => p.stage)).toContain('loading');
    expect(host.engine.ask('Où les pêcheurs ont-ils signé un accord sur les quotas ?').evidence.some((e) => e.doc.startsWith('zz_tromso'))).toBe(true);
  });

  it('answers a refresh with nothing changed at once: no build, nothing loaded, the same engine', async () => {
    const builds = host.buildCount;
    const engine = host.engine;
    const report = await host.refresh();
    expect(report).toMatchObject({ ok: true, changes: { added: [], changed: [], removed: [] }, buildMs: 0, loadMs: 0 });
    expect(report.after).toEqual(report.before);
    expect(host.buildCount).toBe(builds);
    expect(host.engine).toBe(engine);
  });

  it('coalesces concurrent refreshes into one build', async () => {
    const builds = host.buildCount;
    writeFileSync(join(t.corpusDir, 'zz_coalesced.md'), inventedArticle('Trois actualisations à la fois.'));
    const [a, b, c] = await Promise.all([host.refresh(), host.refresh(), host.refresh()]);
    expect(host.buildCount).toBe(builds + 1);
    expect(a.ok && b.ok && c.ok).toBe(true);
    expect(a.coalesced).toBeFalsy();
    expect(b).toBe(c); // the waiting request is shared
    expect(b.coalesced).toBe(true);
  });

  it('never misses a file written while a refresh runs, even after its build read the folder', async () => {
    writeFileSync(join(t.corpusDir, 'zz_early.md'), inventedArticle('Écrit avant une actualisation.'));
    const stop = host.onProgress((p) => {
      // The build is done and the serving thread is about to load it: too late for this build.
      if (p.stage === 'loading') writeFileSync(join(t.corpusDir, 'zz_late.md'), inventedArticle('Écrit pendant une actualisation.'));
    });
    const running = host.refresh();
    const [first, second] = await Promise.all([running, new Promise((r) => setTimeout(r, 50)).then(() => host.refresh())]);
    stop();
    expect(first.ok && second.ok).toBe(true);
    expect(host.engine.article('zz_late')).toBeDefined();
    expect([...first.changes.added, ...second.changes.added]).toContain('zz_late.md');
  });
});

describe('EngineHost.refresh, when something is wrong', () => {
  let t: TmpCorpus;
  let host: EngineHost;

  beforeAll(async () => {
    t = tmpCorpus('host-broken');
    writeFileSync(join(t.corpusDir, 'old-broken.md'), Buffer.from([0xff, 0xfe, 0x41, 0x00]));
    host = await EngineHost.open({ corpusDir: t.corpusDir, cacheDir: t.cacheDir });
  });
  afterAll(() => {
    host?.close();
    t?.remove();
  });

  it('keeps the old index when a file is newly unreadable, and names the file and the reason', async () => {
    const engine = host.engine;
    writeFileSync(join(t.corpusDir, 'zz_new.md'), inventedArticle());
    writeFileSync(join(t.corpusDir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    writeFileSync(join(t.corpusDir, 'latin1.txt'), Buffer.from('Le sommet a eu lieu à Vladivostok.', 'latin1'));
    const report = await host.refresh();
    expect(report.ok).toBe(false);
    expect(host.engine).toBe(engine);
    expect(report.error).toMatch(/2 article files cannot be read \(binary\.md: binary file.*; latin1\.txt: not UTF-8.*\); the previous index is kept/);
    expect(report.blocking.map((w) => w.file)).toEqual(['binary.md', 'latin1.txt']);
    // A file that was already skipped when the served index was built does not block, but is still listed.
    expect(report.skipped.map((w) => w.file)).toEqual(['binary.md', 'latin1.txt', 'old-broken.md']);
    expect(report.changes.added).toEqual(['binary.md', 'latin1.txt', 'zz_new.md']);
    expect(report.after).toEqual(report.before);
    expect(host.engine.ask(WHERE).answer).toBe('Vladivostok');
    expect(host.engine.article('zz_new')).toBeUndefined();

    unlinkSync(join(t.corpusDir, 'binary.md'));
    unlinkSync(join(t.corpusDir, 'latin1.txt'));
    const fixed = await host.refresh();
    expect(fixed.ok).toBe(true);
    expect(fixed.skipped).toEqual([expect.objectContaining({ file: 'old-broken.md', reason: expect.stringMatching(/UTF-16/) })]);
    expect(host.engine.article('zz_new')).toBeDefined();
  });

  it('keeps the old index when a served article is overwritten with garbage', async () => {
    const engine = host.engine;
    writeFileSync(join(t.corpusDir, 'zz_new.md'), '---\ntitle: unclosed\n');
    const report = await host.refresh();
    expect(report.ok).toBe(false);
    expect(report.blocking).toEqual([expect.objectContaining({ file: 'zz_new.md', reason: expect.stringMatching(/front matter/) })]);
    expect(report.changes.changed).toEqual(['zz_new.md']);
    expect(host.engine).toBe(engine);
    unlinkSync(join(t.corpusDir, 'zz_new.md'));
    expect((await host.refresh()).ok).toBe(true);
  });

  it('keeps the old index when the folder is emptied or gone', async () => {
    const engine = host.engine;
    const saved = join(t.root, 'saved');
    const { renameSync, mkdirSync } = await import('node:fs');
    renameSync(t.corpusDir, saved);
    mkdirSync(t.corpusDir);
    const emptied = await host.refresh();
    expect(emptied.ok).toBe(false);
    expect(emptied.error).toMatch(/no \.md or \.txt files in corpus folder/);
    expect(host.engine).toBe(engine);
    rmSync(t.corpusDir, { recursive: true });
    const gone = await host.refresh();
    expect(gone.ok).toBe(false);
    expect(gone.error).toMatch(/corpus folder not found/);
    expect(host.engine.ask(WHERE).answer).toBe('Vladivostok');
    renameSync(saved, t.corpusDir);
  });

  it('keeps the old index when the build throws or its process is killed', async () => {
    const failing = await EngineHost.open({
      corpusDir: t.corpusDir,
      cacheDir: t.cacheDir,
      builder: async () => {
        throw new Error('annotator exploded');
      },
    });
    const engine = failing.engine;
    writeFileSync(join(t.corpusDir, 'zz_exploding.md'), inventedArticle());
    expect(await failing.refresh()).toMatchObject({ ok: false, error: 'annotator exploded' });
    expect(failing.engine).toBe(engine);

    const child = childBuilder(60_000);
    const killing: Builder = (request, onProgress, onChild) =>
      child(request, onProgress, (process) => {
        onChild?.(process);
        process.once('spawn', () => process.kill('SIGKILL'));
      });
    const killed = await EngineHost.open({ corpusDir: t.corpusDir, cacheDir: t.cacheDir, builder: killing });
    writeFileSync(join(t.corpusDir, 'zz_other.md'), inventedArticle());
    const report = await killed.refresh();
    expect(report).toMatchObject({ ok: false, error: 'the index build process was killed (SIGKILL)' });
    expect(killed.engine.article('zz_other')).toBeUndefined();
    expect(killed.engine.ask(WHERE).answer).toBe('Vladivostok');
  });
});
