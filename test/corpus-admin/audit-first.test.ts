/**
 * Audit first, then act: an unwritable audit log makes every moderator action refuse and change nothing; an
 * action interrupted between its intent and its result is reported and settled at the next start; a failed undo
 * is told as it is (reply and audit), never as "nothing changed"; audit lines hold no raw line separators.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditLog, auditLine } from '../../src/corpus-admin/audit-log.js';
import { CorpusAdmin } from '../../src/corpus-admin/corpus-admin.js';
import type { AdminSession } from '../../src/corpus-admin/corpus-admin.js';
import { EngineHost } from '../../src/corpus-admin/engine-host.js';
import type { AttachmentRef, RefreshReport } from '../../src/corpus-admin/types.js';
import { inventedArticle, tmpCorpus } from './tmp-corpus.js';
import type { TmpCorpus } from './tmp-corpus.js';

let t: TmpCorpus;
let host: EngineHost;
const actor = { id: '123456789012345678', tag: 'modo', guildId: '223456789012345678' };
const uploads = new Map<string, Uint8Array>();

function session(refreshAll?: () => Promise<RefreshReport[]>): AdminSession {
  return {
    actor,
    refreshAll: refreshAll ?? (async () => [await host.refresh()]),
    readAttachment: async (ref) => uploads.get(ref.url)!,
  };
}

function upload(name: string, content: string): AttachmentRef {
  const bytes = new TextEncoder().encode(content);
  const url = `https://cdn.discordapp.com/attachments/1/${uploads.size}/${encodeURIComponent(name)}`;
  uploads.set(url, bytes);
  return { name, size: bytes.length, url };
}

function folderState(dir = t.corpusDir): string[] {
  return readdirSync(dir)
    .sort()
    .map((f) => `${f} ${createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')}`);
}

/** The pid of a process that has exited (an intent written by a process killed since). */
function deadPid(): number {
  return Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }));
}

beforeEach(async () => {
  t = tmpCorpus('audit-first');
  host = await EngineHost.open({ corpusDir: t.corpusDir, cacheDir: t.cacheDir, builder: 'inline' });
});
afterEach(() => t.remove());

describe('an audit log that cannot be written', () => {
  // A folder where the log file should be (EISDIR), and a log under a regular file (ENOTDIR): both hold for root too.
  const cases: [string, (root: string) => string, RegExp][] = [
    ['a folder in its place', (root) => {
      mkdirSync(join(root, 'data', 'audit.jsonl'), { recursive: true });
      return join(root, 'data', 'audit.jsonl');
    }, /EISDIR/],
    ['a file in place of its folder', (root) => {
      writeFileSync(join(root, 'data-file'), 'not a folder');
      return join(root, 'data-file', 'audit.jsonl');
    }, /ENOTDIR|EEXIST/],
  ];

  it.each(cases)('(%s) makes add, remove and refresh refuse with the reason, changing and rebuilding nothing', async (_what, make, code) => {
    const admin = new CorpusAdmin({ host, trashDir: t.trashDir, audit: new AuditLog(make(t.root)) });
    const before = folderState();
    const engine = host.engine;
    const builds = host.buildCount;
    let refreshes = 0;
    const counting = session(async () => {
      refreshes++;
      return [await host.refresh()];
    });

    const added = await admin.add(counting, upload('zz_tromso.md', inventedArticle()), {});
    expect(added).toMatchObject({ ok: false, result: 'refused', reason: expect.stringMatching(/^the audit log cannot be written: .*; nothing was changed$/) });
    if (!added.ok) {
      expect(added.reason).toMatch(code);
      expect(added.reason).not.toContain(t.root); // no absolute server path in what the moderator reads
    }
    const removed = await admin.remove(counting, '002_abf2f06815a71ceb.md');
    expect(removed).toMatchObject({ ok: false, result: 'refused', reason: expect.stringMatching(/^the audit log cannot be written: /) });
    const [report, ...others] = await admin.refresh(counting);
    expect(others).toEqual([]);
    expect(report).toMatchObject({ ok: false, error: expect.stringMatching(/^the audit log cannot be written: .*; nothing was changed$/) });
    expect(report!.before.articles).toBe(5); // the index still served, not zeros
    expect(report!.after).toEqual(report!.before);

    expect(refreshes).toBe(0);
    expect(host.buildCount).toBe(builds);
    expect(host.engine).toBe(engine);
    expect(folderState()).toEqual(before);
    expect(() => readdirSync(t.trashDir)).toThrow(); // nothing was ever moved there
    expect(await admin.audit.writable()).toBeInstanceOf(Error);
  });

  it('still lists the files (a read needs no audit line)', async () => {
    mkdirSync(join(t.root, 'data', 'audit.jsonl'), { recursive: true });
    const admin = new CorpusAdmin({ host, trashDir: t.trashDir, audit: new AuditLog(join(t.root, 'data', 'audit.jsonl')) });
    expect((await admin.list()).map((f) => f.status)).toEqual(['served', 'served', 'served', 'served', 'served']);
  });
});

describe('an action killed between its intent and its result', () => {
  /** Writes an intent line as a process that has died since would have. */
  async function intent(audit: AuditLog, action: 'add' | 'remove' | 'refresh', file?: string, pid = deadPid()): Promise<string> {
    const op = `op-${action}-${file ?? 'all'}`;
    expect(await audit.record(actor, { op, phase: 'intent', pid, action, ...(file ? { file } : {}), detail: 'simulated' })).toBeUndefined();
    return op;
  }

  it('is reported and settled at the next start from what is true then', async () => {
    const audit = new AuditLog(t.auditLog);
    // An add that wrote its file and was killed during its refresh: the change is on disk, no result line.
    const added = await intent(audit, 'add', 'zz_tromso.md');
    writeFileSync(join(t.corpusDir, 'zz_tromso.md'), inventedArticle());
    // An add killed before it wrote anything; a remove whose file moved; a remove that never moved its file.
    const lost = await intent(audit, 'add', 'zz_never.md');
    const removed = await intent(audit, 'remove', '002_abf2f06815a71ceb.md');
    mkdirSync(t.trashDir, { recursive: true });
    writeFileSync(join(t.trashDir, '20240101T000000Z_002_abf2f06815a71ceb.md'), readFileSync(join(t.corpusDir, '002_abf2f06815a71ceb.md')));
    const { rmSync } = await import('node:fs');
    rmSync(join(t.corpusDir, '002_abf2f06815a71ceb.md'));
    const kept = await intent(audit, 'remove', '003_19a33123fb2647c6.md');
    const refreshed = await intent(audit, 'refresh');
    // A finished action (intent and result) and an action of a live process (another shard at work) are left alone.
    await audit.record(actor, { op: 'op-done', phase: 'intent', pid: deadPid(), action: 'refresh' });
    await audit.record(actor, { op: 'op-done', phase: 'result', action: 'refresh', result: 'ok' });
    const live = await intent(audit, 'add', 'zz_live.md', process.ppid);

    // Start again, as src/app/start.ts does.
    const started = await EngineHost.open({ corpusDir: t.corpusDir, cacheDir: t.cacheDir, builder: 'inline' });
    const admin = new CorpusAdmin({ host: started, trashDir: t.trashDir, audit: new AuditLog(t.auditLog) });
    const settled = await admin.settleInterrupted();
    expect(settled.map((s) => [s.intent.op, s.result.result])).toEqual([
      [added, 'ok'],
      [lost, 'not-applied'],
      [removed, 'ok'],
      [kept, 'not-applied'],
      [refreshed, 'ok'],
    ]);
    const byOp = new Map(settled.map((s) => [s.intent.op, s.result]));
    expect(byOp.get(added)!.detail).toMatch(/^settled at start .*: zz_tromso\.md is in the corpus folder and served$/);
    expect(byOp.get(lost)!.detail).toMatch(/zz_never\.md is not in the corpus folder/);
    expect(byOp.get(kept)!.detail).toMatch(/003_19a33123fb2647c6\.md is still in the corpus folder and served/);
    expect(started.engine.article('zz_tromso')).toBeDefined();

    // The settling lines are in the log, with the intent's user, operation id and `settled: start`.
    const lines = await admin.audit.entries();
    for (const op of [added, lost, removed, kept, refreshed]) {
      expect(lines.filter((e) => e.op === op).map((e) => e.phase)).toEqual(['intent', 'result']);
      expect(lines.find((e) => e.op === op && e.phase === 'result')).toMatchObject({ settled: 'start', user: { id: actor.id, tag: 'modo' }, guild: actor.guildId });
    }
    expect(lines.filter((e) => e.op === live)).toHaveLength(1);
    expect(lines.filter((e) => e.op === 'op-done')).toHaveLength(2);
    // Settled once: the next start finds nothing to settle.
    expect(await admin.settleInterrupted()).toEqual([]);
  });

  it('is caught for real: an add whose process stops during the refresh is settled as applied', async () => {
    const audit = new AuditLog(t.auditLog);
    const admin = new CorpusAdmin({ host, trashDir: t.trashDir, audit });
    // The refresh never returns (the process is killed there): the intent is written, the file is in place.
    const stuck = admin.add(session(() => new Promise<RefreshReport[]>(() => undefined)), upload('zz_tromso.md', inventedArticle()), {});
    await expect.poll(() => readdirSync(t.corpusDir).includes('zz_tromso.md')).toBe(true);
    void stuck;
    const entries = await audit.entries();
    expect(entries.map((e) => e.phase)).toEqual(['intent']);
    // Rewrite the intent's pid as a killed process's (this test's process is alive, and would be skipped).
    writeFileSync(t.auditLog, readFileSync(t.auditLog, 'utf8').replace(`"pid":${process.pid}`, `"pid":${deadPid()}`));

    const started = await EngineHost.open({ corpusDir: t.corpusDir, cacheDir: t.cacheDir, builder: 'inline' });
    const settled = await new CorpusAdmin({ host: started, trashDir: t.trashDir, audit: new AuditLog(t.auditLog) }).settleInterrupted();
    expect(settled).toHaveLength(1);
    expect(settled[0]!.result).toMatchObject({ op: entries[0]!.op, action: 'add', file: 'zz_tromso.md', result: 'ok', settled: 'start' });
  });
});

describe('a failed undo', () => {
  it('of an add (the trash cannot be written) is told to the moderator and audited: the file is still in the corpus folder', async () => {
    writeFileSync(join(t.corpusDir, 'zz_broken.md'), Buffer.from([0, 1, 2, 3])); // makes the refresh fail
    writeFileSync(join(t.root, 'not-a-folder'), 'x');
    const admin = new CorpusAdmin({ host, trashDir: join(t.root, 'not-a-folder', 'trash'), audit: new AuditLog(t.auditLog) });
    const outcome = await admin.add(session(), upload('zz_tromso.md', inventedArticle()), {});
    expect(outcome).toMatchObject({ ok: false, result: 'undo-failed', file: 'zz_tromso.md' });
    if (outcome.ok) return;
    expect(outcome.reason).toMatch(/the refresh failed \(.*zz_broken\.md: binary file.*\), and undoing the addition failed too: zz_tromso\.md could not be moved to the trash \(ENOTDIR|EEXIST/);
    expect(outcome.reason).toMatch(/zz_tromso\.md is still in the corpus folder: it is not served now, but will be served after the next successful refresh or a restart/);
    expect(outcome.reason).not.toMatch(/nothing changed|unchanged/);
    expect(outcome.reason).not.toContain(t.root);
    expect(readdirSync(t.corpusDir)).toContain('zz_tromso.md');
    expect(host.engine.article('zz_tromso')).toBeUndefined();
    const last = (await admin.audit.entries()).at(-1);
    expect(last).toMatchObject({ phase: 'result', action: 'add', file: 'zz_tromso.md', result: 'undo-failed', detail: outcome.reason });
    // What the reply said holds: a restart serves it.
    const restarted = await EngineHost.open({ corpusDir: t.corpusDir, cacheDir: t.cacheDir, builder: 'inline' });
    expect(restarted.engine.article('zz_tromso')).toBeDefined();
  });

  it('of a remove (the name was taken meanwhile) says the article stays in the trash and will drop out', async () => {
    const admin = new CorpusAdmin({ host, trashDir: t.trashDir, audit: new AuditLog(t.auditLog) });
    const failing = session(async () => {
      // While the refresh runs, a file takes the removed article's name, and the refresh fails.
      writeFileSync(join(t.corpusDir, '004_daeebc2e57e307ab.txt'), 'placeholder');
      writeFileSync(join(t.corpusDir, '004_daeebc2e57e307ab.md'), 'Un autre texte posé à la main.\n');
      return [{ ...(await host.refresh()), ok: false, error: 'the build crashed', errorReason: undefined }];
    });
    const outcome = await admin.remove(failing, '004_daeebc2e57e307ab.md');
    expect(outcome).toMatchObject({ ok: false, result: 'undo-failed' });
    if (outcome.ok) return;
    expect(outcome.reason).toMatch(/^the refresh failed \(the build crashed\), and putting 004_daeebc2e57e307ab\.md back failed too \(its name was taken in the corpus folder meanwhile\)\. 004_daeebc2e57e307ab\.md is no longer in the corpus folder: it stays in the trash as data\/trash\/\d{8}T\d{6}Z_004_daeebc2e57e307ab\.md/);
    expect(readdirSync(t.trashDir)).toEqual([expect.stringMatching(/_004_daeebc2e57e307ab\.md$/)]);
    expect((await admin.audit.entries()).at(-1)).toMatchObject({ action: 'remove', result: 'undo-failed', detail: outcome.reason });
  });
});

describe('audit lines', () => {
  it('hold no raw line separator or control character, and read back as written', async () => {
    const audit = new AuditLog(t.auditLog);
    const detail = 'a\u2028b\u2029c\u0085d\u009be\u202ef\u0007g\ttab';
    await audit.record(actor, { action: 'refresh', result: 'ok', detail });
    const raw = readFileSync(t.auditLog, 'utf8');
    expect(raw).not.toMatch(/[\u2028\u2029\u0085\u009b\u202e\u0007]/);
    expect(raw).toContain('a\\u2028b\\u2029c\\u0085d\\u009be\\u202ef\\u0007g\\ttab');
    expect(raw.split('\n').filter(Boolean)).toHaveLength(1);
    expect((await audit.entries())[0]!.detail).toBe(detail);
    expect(JSON.parse(auditLine({ at: 'x', user: { id: '1', tag: 'a\u2028' }, guild: null, action: 'add' }))).toMatchObject({ user: { tag: 'a\u2028' } });
  });

  it('of an add whose title holds U+2028 stay one line', async () => {
    const admin = new CorpusAdmin({ host, trashDir: t.trashDir, audit: new AuditLog(t.auditLog) });
    const outcome = await admin.add(session(), upload('zz_tromso.md', inventedArticle()), { title: 'Accord\u2028de Tromsø' });
    expect(outcome.ok).toBe(true);
    const raw = readFileSync(t.auditLog, 'utf8');
    expect(raw).not.toContain('\u2028');
    expect(raw.trim().split('\n')).toHaveLength(2);
  });
});
