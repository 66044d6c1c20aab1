/**
 * An article corrected in place with its size and modification time kept (`cp -p`, `rsync -t`): names, sizes and
 * times all match the snapshot, only the content differs. /refresh must see it (content hashes), and so must a
 * restart (the snapshot is checked against the content, not the times).
 */
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprintCorpus, fingerprintOfDigests } from '../../src/corpus/load-corpus.js';
import { statFingerprint } from '../stat-fingerprint.js';
import { EngineHost } from '../../src/corpus-admin/engine-host.js';
import { digestArticleFiles } from '../../src/corpus-admin/file-digests.js';
import { openEngine } from '../../src/engine.js';
import { tmpCorpus } from './tmp-corpus.js';
import type { TmpCorpus } from './tmp-corpus.js';

const WHERE = "Où s'est tenu le sommet entre Kim Jong-un et Vladimir Poutine ?";

let t: TmpCorpus;
/** Whole-second times, which utimes restores exactly (cp -p keeps them to the nanosecond; utimes from a Date cannot). */
const KEPT_TIME = 1_700_000_000;

beforeEach(() => {
  t = tmpCorpus('in-place');
  for (const name of readdirSync(t.corpusDir)) utimesSync(join(t.corpusDir, name), KEPT_TIME, KEPT_TIME);
});
afterEach(() => t.remove());

/** Rewrites every article with "Vladivostok" → "Novosibirsk" (same length), keeping each file's size and times. */
function correctInPlace(): string[] {
  const changed: string[] = [];
  for (const name of readdirSync(t.corpusDir).filter((f) => f.endsWith('.md'))) {
    const file = join(t.corpusDir, name);
    const before = statSync(file);
    const text = readFileSync(file, 'utf8');
    if (!text.includes('Vladivostok')) continue;
    writeFileSync(file, text.replaceAll('Vladivostok', 'Novosibirsk'));
    utimesSync(file, KEPT_TIME, KEPT_TIME);
    const after = statSync(file);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
    changed.push(name);
  }
  expect(changed.length).toBeGreaterThan(0);
  return changed.sort();
}

describe('a same-size, same-time correction in place', () => {
  it('leaves the quick stat fingerprint unchanged (why it cannot decide) but changes the content fingerprint', async () => {
    const stat = await statFingerprint(t.corpusDir);
    const content = await fingerprintCorpus(t.corpusDir);
    expect(fingerprintOfDigests(await digestArticleFiles(t.corpusDir))).toBe(content);
    correctInPlace();
    expect(await statFingerprint(t.corpusDir)).toBe(stat);
    expect(await fingerprintCorpus(t.corpusDir)).not.toBe(content);
    expect(fingerprintOfDigests(await digestArticleFiles(t.corpusDir))).toBe(await fingerprintCorpus(t.corpusDir));
  });

  it('is picked up by /refresh: listed as changed, and answers come from the new text', async () => {
    const host = await EngineHost.open({ corpusDir: t.corpusDir, cacheDir: t.cacheDir, builder: 'inline' });
    expect(host.engine.ask(WHERE).answer).toBe('Vladivostok');
    const changed = correctInPlace();
    const report = await host.refresh();
    expect(report.ok).toBe(true);
    expect(report.changes).toEqual({ added: [], changed, removed: [] });
    expect(host.engine.ask(WHERE).answer).toBe('Novosibirsk');
  });

  it('is picked up by a restart (the bot was down during the correction), and by the command line', async () => {
    const first = await EngineHost.open({ corpusDir: t.corpusDir, cacheDir: t.cacheDir, builder: 'inline' });
    expect(first.engine.ask(WHERE).answer).toBe('Vladivostok');
    correctInPlace();
    const restarted = await EngineHost.open({ corpusDir: t.corpusDir, cacheDir: t.cacheDir, builder: 'inline' });
    expect(restarted.opened).toMatchObject({ fromSnapshot: false, snapshotMiss: 'stale' });
    expect(restarted.engine.ask(WHERE).answer).toBe('Novosibirsk');
    // The new snapshot is reused by the next start and by openEngine alone (the command line).
    const again = await openEngine({ corpusDir: t.corpusDir, cacheDir: t.cacheDir });
    expect(again.stats().fromSnapshot).toBe(true);
    expect(again.ask(WHERE).answer).toBe('Novosibirsk');
    // And a refresh after that restart has nothing left to report.
    expect((await restarted.refresh()).changes).toEqual({ added: [], changed: [], removed: [] });
  });

  it('is seen by openEngine alone, without the engine host', async () => {
    expect((await openEngine({ corpusDir: t.corpusDir, cacheDir: t.cacheDir })).ask(WHERE).answer).toBe('Vladivostok');
    correctInPlace();
    const engine = await openEngine({ corpusDir: t.corpusDir, cacheDir: t.cacheDir });
    expect(engine.stats().fromSnapshot).toBe(false);
    expect(engine.ask(WHERE).answer).toBe('Novosibirsk');
  });
});
