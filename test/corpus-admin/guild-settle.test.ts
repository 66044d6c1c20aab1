/**
 * One audit log serves the base and every server's own corpus: an action interrupted by a crash is settled at the
 * next start by the corpus it was made on — a server's by its own corpus, never by the base's folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { AuditLog } from '../../src/corpus-admin/audit-log.js';
import { CorpusAdmin } from '../../src/corpus-admin/corpus-admin.js';
import { EngineHost } from '../../src/corpus-admin/engine-host.js';
import { GuildCorpora } from '../../src/corpus-admin/guild-corpora.js';
import { guildFolder } from '../../src/corpus-admin/guild-overlay.js';
import { inventedArticle, tmpCorpus, type TmpCorpus } from './tmp-corpus.js';

let t: TmpCorpus;
beforeEach(() => {
  t = tmpCorpus('guild-settle');
});
afterEach(() => t.remove());

const SERVER_A = '300000000000000001';
const SERVER_B = '300000000000000002';
const user = { id: '123456789012345678', tag: 'modo' };

/** The pid of a process that has exited (an intent written by a process killed since). */
const deadPid = () => Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }));

it('settles each interrupted action by the corpus it was made on', async () => {
  const audit = new AuditLog(t.auditLog);
  const pid = deadPid();
  const intent = async (guildId: string | null, op: string, action: 'add' | 'remove', file: string) =>
    expect(await audit.record({ ...user, guildId }, { op, phase: 'intent', pid, action, file, detail: 'simulated' })).toBeUndefined();
  // Server A: an add that wrote its file into A's own folder and was killed before its result; one that wrote nothing.
  await intent(SERVER_A, 'op-a-added', 'add', 'zz_valdorre.md');
  const ownA = join(guildFolder(join(t.root, 'guilds'), SERVER_A), 'articles');
  mkdirSync(ownA, { recursive: true });
  writeFileSync(join(ownA, 'zz_valdorre.md'), inventedArticle());
  await intent(SERVER_A, 'op-a-lost', 'add', 'zz_jamais.md');
  // Server B: the removal of a base article (hiding it from B) killed before it hid anything.
  await intent(SERVER_B, 'op-b-kept', 'remove', '003_19a33123fb2647c6.md');
  // DMs (the base): an add that wrote nothing.
  await intent(null, 'op-base-lost', 'add', 'zz_rien.md');

  // Start again, as src/app/start.ts does.
  const host = await EngineHost.open({ corpusDir: t.corpusDir, cacheDir: t.cacheDir, builder: 'inline' });
  const base = new CorpusAdmin({ host, trashDir: t.trashDir, audit });
  const corpora = new GuildCorpora({ base, dir: join(t.root, 'guilds'), cacheDir: t.cacheDir, baseGuildIds: [], audit, builder: 'inline' });
  const settled = await corpora.settleInterrupted();
  const byOp = new Map(settled.map((s) => [s.intent.op, s.result]));
  expect([...byOp.keys()].sort()).toEqual(['op-a-added', 'op-a-lost', 'op-b-kept', 'op-base-lost']);
  // A's add is in A's own folder and served there: applied (the base's folder would have said the opposite).
  expect(byOp.get('op-a-added')).toMatchObject({ result: 'ok', guild: SERVER_A, settled: 'start' });
  expect(byOp.get('op-a-lost')).toMatchObject({ result: 'not-applied', guild: SERVER_A });
  expect(byOp.get('op-b-kept')).toMatchObject({ result: 'not-applied', guild: SERVER_B });
  expect(byOp.get('op-b-kept')!.detail).toMatch(/003_19a33123fb2647c6\.md is still served/);
  expect(byOp.get('op-base-lost')).toMatchObject({ result: 'not-applied', guild: null });
  // Settled once: the next start finds nothing.
  expect(await corpora.settleInterrupted()).toEqual([]);
  host.close();
});
