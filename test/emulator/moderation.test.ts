/**
 * Moderators through the local Discord emulator, with the real discord.js client, the real engine host and a
 * copy of the corpus: a moderator adds an article by attachment and the next /ask answers from it with its
 * source; members without the permission are refused by the handler even though the emulator (like a server
 * whose admins overrode the defaults) lets them send the command; /refresh is acknowledged within 3 s, then
 * edited with progress and its counts; bad attachments are refused with the reason and nothing is written;
 * interactions sent during a long refresh are all acknowledged within 3 s.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../src/corpus-admin/audit-log.js';
import { CorpusAdmin } from '../../src/corpus-admin/corpus-admin.js';
import { EngineHost } from '../../src/corpus-admin/engine-host.js';
import { tmpCorpus } from '../corpus-admin/tmp-corpus.js';
import type { TmpCorpus } from '../corpus-admin/tmp-corpus.js';
import type { EmulatedAttachment, InteractionHandle, MemberOverride } from './emulator.js';
import { startHarness } from './harness.js';
import type { Harness } from './harness.js';
import { messageLimitViolations } from './limits.js';
import { encodePageId } from '../../src/bot/pagination.js';

interface Embed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
}

const EPHEMERAL = 64;
const MOD_ROLE = '323456789012345678';
/** The emulator's default member permissions, which do not include Manage Server (1 << 5). */
const MEMBER_PERMISSIONS = 2248473465835073n;
const moderator: MemberOverride = { permissions: String(MEMBER_PERMISSIONS | 32n) };
const member: MemberOverride = { permissions: String(MEMBER_PERMISSIONS) };
const roleModerator: MemberOverride = { permissions: String(MEMBER_PERMISSIONS), roles: [MOD_ROLE] };
const QUESTION = 'Où les ministres européens se sont-ils accordés sur le méthane ?';

let t: TmpCorpus;
let host: EngineHost;
let audit: AuditLog;
let h: Harness;

beforeAll(async () => {
  t = tmpCorpus('e2e-moderation');
  host = await EngineHost.open({ corpusDir: t.corpusDir, cacheDir: t.cacheDir });
  audit = new AuditLog(t.auditLog);
  const corpus = new CorpusAdmin({ host, trashDir: t.trashDir, audit });
  h = await startHarness(() => host.engine, { admin: { corpus, moderatorRoleIds: [MOD_ROLE] }, emulator: { roles: [{ id: MOD_ROLE, name: 'Modération' }] } });
});

afterAll(async () => {
  await h?.stop();
  host?.close();
  t?.remove();
});

function embedOf(message: Record<string, unknown>): Embed {
  const embeds = message.embeds as Embed[];
  expect(embeds).toHaveLength(1);
  return embeds[0]!;
}

/** Message content as the reader sees it (Discord shows a backslash-escaped mark as the mark). */
function plain(content: unknown): string {
  return String(content ?? '').replace(/\\([^A-Za-z0-9\s])/g, '$1');
}

function text(embed: Embed): string {
  return [embed.title, embed.description, ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]), embed.footer?.text].join('\n');
}

/** Every file of the corpus folder with its hash (hidden ones included). */
function folderState(): string[] {
  return readdirSync(t.corpusDir)
    .sort()
    .map((f) => `${f} ${createHash('sha256').update(readFileSync(join(t.corpusDir, f))).digest('hex')}`);
}

/** The final message of a deferred interaction (the last edit), once it is no longer a progress report. */
async function final(ix: InteractionHandle, timeoutMs = 30_000): Promise<{ message: Record<string, unknown>; at: number }> {
  await h.emulator.waitFor(
    () => ix.state().shown.some((s) => !String((s.message.embeds as Embed[] | undefined)?.[0]?.title ?? '').startsWith('Actualisation du corpus')),
    timeoutMs,
    `the final reply of ${ix.id}`,
  );
  const shown = ix.state().shown.filter((s) => !String((s.message.embeds as Embed[] | undefined)?.[0]?.title ?? '').startsWith('Actualisation du corpus'));
  return { message: shown.at(-1)!.message, at: shown.at(-1)!.at - ix.sentAt };
}

function methaneArticle(): string {
  // The fixture's article without its front matter: title, source, date and url come from the options.
  return readFileSync(new URL('../fixtures/other-event/003_lisbonne-accord.md', import.meta.url), 'utf8').replace(/^---[\s\S]*?---\n/, '');
}

describe('the moderator commands as registered', () => {
  it('default to Manage Server and guilds only', () => {
    for (const name of ['refresh', 'corpus']) {
      expect(h.emulator.commands.get(name)).toMatchObject({ default_member_permissions: '32', contexts: [0] });
    }
  });
});

describe('a member without the permission', () => {
  it('is refused /refresh by the handler, privately, and audited; nothing is rebuilt', async () => {
    const builds = host.buildCount;
    const ix = h.emulator.sendCommand('refresh', {}, { member, locale: 'en-US' });
    const shown = await ix.shown();
    expect(shown.kind).toBe('reply');
    expect(Number(shown.message.flags) & EPHEMERAL).toBe(EPHEMERAL);
    expect(shown.message.content).toBe('Only moderators can use /refresh: it needs the Manage Server permission or a moderator role.');
    expect(host.buildCount).toBe(builds);
    expect((await audit.entries()).at(-1)).toMatchObject({ user: { id: h.emulator.testUser.id, tag: 'tester' }, guild: h.emulator.guildId, action: 'refresh', result: 'denied' });
  });

  it('is refused /corpus add and remove: nothing downloaded, written or moved; no file names offered', async () => {
    const before = folderState();
    const attachment = h.emulator.attach('zz_intrus.md', `---\npublished: 2024-01-01\n---\n${methaneArticle()}`);
    const add = await h.emulator.sendCommand('corpus', { file: attachment.id }, { subcommand: 'add', member }).shown();
    expect(add.message.content).toMatch(/^Seuls les modérateurs peuvent utiliser \/corpus/);
    const remove = await h.emulator.sendCommand('corpus', { article: '003_19a33123fb2647c6.md' }, { subcommand: 'remove', member }).shown();
    expect(Number(remove.message.flags) & EPHEMERAL).toBe(EPHEMERAL);
    expect(await h.emulator.sendAutocomplete('corpus', { article: '0' }, 'article', { subcommand: 'remove', member }).choices()).toEqual([]);
    expect(folderState()).toEqual(before);
    expect(h.emulator.records.filter((r) => r.kind === 'attachment')).toEqual([]);
    expect((await audit.entries()).slice(-2).map((e) => [e.action, e.result])).toEqual([
      ['add', 'denied'],
      ['remove', 'denied'],
    ]);
  });

  it('is let in by a role of MODERATOR_ROLE_IDS, as is an Administrator', async () => {
    for (const who of [roleModerator, { permissions: '8' }]) {
      const { message } = await final(h.emulator.sendCommand('corpus', {}, { subcommand: 'list', member: who }));
      expect(embedOf(message).title).toBe('Fichiers du corpus');
    }
  });
});

describe('/refresh by a moderator', () => {
  it('is deferred privately within 3 s, then edited with the counts', async () => {
    const ix = h.emulator.sendCommand('refresh', {}, { member: moderator });
    const ackMs = await ix.acknowledged();
    expect(ackMs).toBeLessThan(3000);
    expect(ix.state().callbackType).toBe(5); // deferred
    const { message, at } = await final(ix);
    console.log(`/refresh on the shipped corpus: acknowledged in ${ackMs.toFixed(0)} ms, counts shown after ${at.toFixed(0)} ms`);
    expect(Number(message.flags) & EPHEMERAL).toBe(EPHEMERAL);
    const embed = embedOf(message);
    expect(embed.title).toBe('Corpus actualisé');
    expect(embed.description).toMatch(/^\*\*5 articles · \d+ passages · \d+ personnes · \d+ événements\*\*/);
    expect(embed.footer?.text).toMatch(/(Construit en [\d.]+ s|Index repris de son instantané) · chargé en \d+ ms · [\d.]+ s au total/);
    expect((await audit.entries()).at(-1)).toMatchObject({ action: 'refresh', result: 'ok', detail: expect.stringMatching(/^5 articles/) });
  });
});

/** Attachments a moderator may send that must be refused: what, the upload, the reason, whether it is downloaded. */
const bad: [string, () => EmulatedAttachment, RegExp, boolean][] = [
  ['too big', () => h.emulator.attach('gros.md', 'x', { announcedSize: 2_000_000 }), /the file is 2,000,000 bytes; articles may be at most 1 MB \(1,048,576 bytes\)/, false],
  ['bigger than it says', () => h.emulator.attach('menteur.md', `---\npublished: 2024-01-01\n---\n${'a'.repeat(1_100_000)}`, { announcedSize: 1000 }), /the file is (1,100,0\d\d|more than 1,048,576) bytes; articles may be at most 1 MB/, true],
  ['binary', () => h.emulator.attach('image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])), /binary file \(contains NUL bytes\)/, true],
  ['empty', () => h.emulator.attach('vide.md', ''), /empty file \(0 bytes\)/, false],
  ['badly formed', () => h.emulator.attach('mal.md', '---\ntitle: Sans fin\nPas une clé\n---\nTexte.'), /malformed front matter: line 3 is not 'key: value'/, true],
  ['undated', () => h.emulator.attach('sansdate.txt', 'Un texte sans date.'), /no publication date/, true],
  ['a PDF', () => h.emulator.attach('rapport.pdf', '%PDF-1.7'), /'rapport\.pdf' is not a \.md or \.txt file/, false],
  ['an existing id', () => h.emulator.attach('zz_lisbonne.txt', methaneArticle()), /an article with id 'zz_lisbonne' already exists \(zz_lisbonne\.md\); nothing was overwritten/, false],
];

describe('/corpus add by a moderator', () => {
  it('adds an attached article; the next /ask answers from it with its source', async () => {
    const before = await h.emulator.sendCommand('ask', { question: QUESTION }).shown();
    expect(embedOf(before.message).description).toContain('Le corpus ne le dit pas.');

    const attachment = h.emulator.attach('zz_lisbonne.md', methaneArticle(), { contentType: 'text/markdown; charset=utf-8' });
    const ix = h.emulator.sendCommand(
      'corpus',
      { file: attachment.id, title: 'Méthane : accord à Lisbonne', source: 'AFP', published: '2024-03-13', url: 'https://example.org/lisbonne' },
      { subcommand: 'add', member: moderator },
    );
    expect(await ix.acknowledged()).toBeLessThan(3000);
    const { message } = await final(ix);
    const embed = embedOf(message);
    expect(embed.title).toBe('Article ajouté : Méthane : accord à Lisbonne');
    expect(plain(embed.description)).toContain('zz_lisbonne.md fait maintenant partie du corpus');
    expect(plain(text(embed))).toMatch(/Ajoutés \(1\)\nzz_lisbonne\.md/);
    // Downloaded from the URL Discord gave, through the emulator.
    expect(h.emulator.records.filter((r) => r.kind === 'attachment' && r.status === 200)).toHaveLength(1);
    expect(readFileSync(join(t.corpusDir, 'zz_lisbonne.md'), 'utf8')).toMatch(/^---\ntitle: Méthane : accord à Lisbonne\nsource: AFP\nurl: https:\/\/example\.org\/lisbonne\npublished: 2024-03-13\n---\nLes ministres/);

    const after = await h.emulator.sendCommand('ask', { question: QUESTION }).shown();
    const answer = embedOf(after.message);
    expect(answer.description).toContain('Lisbonne');
    expect(answer.fields?.length).toBeGreaterThan(0);
    expect(answer.fields![0]!.name).toContain('Méthane : accord à Lisbonne');
    expect(answer.fields![0]!.value).toMatch(/\[Source\]\(https:\/\/example\.org\/lisbonne\) · AFP · 2024-03-13 · §\d+/);
    expect((await audit.entries()).at(-1)).toMatchObject({ action: 'add', file: 'zz_lisbonne.md', result: 'ok', user: { id: h.emulator.testUser.id } });
  });


  it.each(bad)('refuses an attachment %s, privately, with the reason; nothing is written', async (_what, make, reason, downloads) => {
    const before = folderState();
    const served = host.engine;
    const fetched = h.emulator.records.filter((r) => r.kind === 'attachment').length;
    const attachment = make();
    const ix = h.emulator.sendCommand('corpus', { file: attachment.id }, { subcommand: 'add', member: moderator, locale: 'en-US' });
    expect(await ix.acknowledged()).toBeLessThan(3000);
    const { message } = await final(ix);
    expect(Number(message.flags) & EPHEMERAL).toBe(EPHEMERAL);
    expect(plain(message.content)).toMatch(/^Article not added: /);
    expect(plain(message.content)).toMatch(reason);
    expect(plain(message.content)).toMatch(/The corpus is unchanged\.$/);
    expect(folderState()).toEqual(before);
    expect(host.engine).toBe(served);
    expect(h.emulator.records.filter((r) => r.kind === 'attachment').length).toBe(fetched + (downloads ? 1 : 0));
    expect((await audit.entries()).at(-1)).toMatchObject({ action: 'add', result: 'refused', file: attachment.filename });
  });
});

describe('/corpus list and remove', () => {
  it('lists the files with their sizes and states', async () => {
    const { message } = await final(h.emulator.sendCommand('corpus', {}, { subcommand: 'list', member: moderator }));
    const embed = embedOf(message);
    expect(plain(embed.description)).toMatch(/^6 fichiers \([\d.]+ KB\) · 6 en service · 0 ignorés · 0 en attente de \/refresh/);
    expect(embed.fields?.map((f) => plain(f.name))).toContain(`zz_lisbonne.md · ${(readFileSync(join(t.corpusDir, 'zz_lisbonne.md')).length / 1024).toFixed(1)} KB`);
    expect(plain(embed.fields?.find((f) => plain(f.name).startsWith('zz_lisbonne.md'))?.value)).toMatch(/^Méthane : accord à Lisbonne · en service · modifié le \d{4}-\d\d-\d\d \d\d:\d\d$/);
  });

  it('autocompletes the article files and moves the chosen one to the trash', async () => {
    const choices = await h.emulator.sendAutocomplete('corpus', { article: 'lisb' }, 'article', { subcommand: 'remove', member: moderator }).choices();
    expect(choices).toEqual([{ name: 'zz_lisbonne.md — Méthane : accord à Lisbonne', value: 'zz_lisbonne.md' }]);
    const ix = h.emulator.sendCommand('corpus', { article: 'zz_lisbonne.md' }, { subcommand: 'remove', member: moderator });
    const { message } = await final(ix);
    expect(plain(embedOf(message).title)).toBe('Article retiré : zz_lisbonne.md');
    expect(readdirSync(t.corpusDir)).not.toContain('zz_lisbonne.md');
    expect(readdirSync(t.trashDir)).toEqual([expect.stringMatching(/_zz_lisbonne\.md$/)]);
    const sources = await h.emulator.sendCommand('sources', {}).shown();
    expect(embedOf(sources.message).fields).toHaveLength(5);
    const ask = await h.emulator.sendCommand('ask', { question: QUESTION }).shown();
    expect(embedOf(ask.message).description).toContain('Le corpus ne le dit pas.');
  });
});

describe('the audit log', () => {
  it('has one JSON line per action and refusal: who, guild, what, file, result, when', async () => {
    const lines = readFileSync(t.auditLog, 'utf8').trim().split('\n');
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(entries.length).toBe(await audit.entries().then((e) => e.length));
    for (const e of entries) {
      expect(Object.keys(e)).toEqual(expect.arrayContaining(['at', 'user', 'guild', 'action', e.phase === 'intent' ? 'op' : 'result']));
      expect(e.user).toEqual({ id: h.emulator.testUser.id, tag: 'tester' });
      expect(e.guild).toBe(h.emulator.guildId);
    }
    // Every action is an intent line then a result line with the same operation id; denied attempts are one line.
    const open = new Map<unknown, string>();
    for (const e of entries) {
      if (e.phase === 'intent') open.set(e.op, String(e.action));
      else if (e.phase === 'result') {
        expect(open.get(e.op)).toBe(e.action);
        open.delete(e.op);
      } else expect(e.result).toBe('denied');
    }
    expect([...open.keys()]).toEqual([]);
    expect(entries.filter((e) => e.phase !== 'intent').map((e) => `${e.action}:${e.result}`)).toEqual([
      'refresh:denied',
      'add:denied',
      'remove:denied',
      'refresh:ok',
      'add:ok',
      ...bad.map(() => 'add:refused'),
      'remove:ok',
    ]);
  });
});

describe('when the audit log or the trash cannot be written', () => {
  let w: TmpCorpus;
  let wHost: EngineHost;
  let wh: Harness;
  const admin: { corpus: CorpusAdmin; moderatorRoleIds: string[] } = { corpus: undefined as unknown as CorpusAdmin, moderatorRoleIds: [] };

  beforeAll(async () => {
    w = tmpCorpus('e2e-unwritable');
    wHost = await EngineHost.open({ corpusDir: w.corpusDir, cacheDir: w.cacheDir });
    mkdirSync(w.auditLog, { recursive: true }); // a folder where the audit file should be
    admin.corpus = new CorpusAdmin({ host: wHost, trashDir: w.trashDir, audit: new AuditLog(w.auditLog) });
    wh = await startHarness(() => wHost.engine, { admin });
  }, 60_000);
  afterAll(async () => {
    await wh?.stop();
    wHost?.close();
    w?.remove();
  });

  it('refuses /corpus add, /corpus remove and /refresh with the reason, changing nothing', async () => {
    const before = readdirSync(w.corpusDir).sort();
    const builds = wHost.buildCount;
    const attachment = wh.emulator.attach('zz_lisbonne.md', `---\npublished: 2024-03-13\n---\n${methaneArticle()}`);
    const add = await wh.emulator.sendCommand('corpus', { file: attachment.id }, { subcommand: 'add', member: moderator, locale: 'en-US' }).shown(20_000);
    expect(plain(add.message.content)).toMatch(/^Article not added: the audit log cannot be written: EISDIR.*; nothing was changed\. The corpus is unchanged\.$/);
    expect(plain(add.message.content)).not.toContain(w.root);
    const remove = await wh.emulator.sendCommand('corpus', { article: '003_19a33123fb2647c6.md' }, { subcommand: 'remove', member: moderator, locale: 'en-US' }).shown(20_000);
    expect(plain(remove.message.content)).toMatch(/^Article not removed: the audit log cannot be written: /);
    const refresh = wh.emulator.sendCommand('refresh', {}, { member: moderator, locale: 'en-US' });
    await wh.emulator.waitFor(() => refresh.state().shown.length > 0, 20_000, 'the refresh reply');
    const embed = embedOf(refresh.state().shown.at(-1)!.message);
    expect(embed.title).toBe('Refresh failed — the previous index is still served');
    expect(plain(embed.description)).toMatch(/the audit log cannot be written: EISDIR.*; nothing was changed/);
    expect(readdirSync(w.corpusDir).sort()).toEqual(before);
    expect(wHost.buildCount).toBe(builds);
    expect(wh.emulator.records.filter((r) => r.kind === 'attachment')).toEqual([]); // not even downloaded
  });

  it('says so when the undo of a failed /corpus add fails: the file is still in the corpus folder', async () => {
    rmSync(w.auditLog, { recursive: true });
    writeFileSync(join(w.root, 'not-a-folder'), 'x');
    admin.corpus = new CorpusAdmin({ host: wHost, trashDir: join(w.root, 'not-a-folder', 'trash'), audit: new AuditLog(w.auditLog) });
    writeFileSync(join(w.corpusDir, 'zz_broken.md'), Buffer.from([0, 1, 2, 3])); // the refresh will fail
    const attachment = wh.emulator.attach('zz_lisbonne.md', `---\npublished: 2024-03-13\n---\n${methaneArticle()}`);
    const { message } = await final(wh.emulator.sendCommand('corpus', { file: attachment.id }, { subcommand: 'add', member: moderator }));
    const said = plain(message.content);
    expect(said).toMatch(/^Article non ajouté, et l'annulation a échoué : l’actualisation a échoué \(un fichier d’article ne peut pas être lu \(zz_broken\.md : fichier binaire \(il contient des octets nuls\)\)/);
    expect(said).not.toMatch(/\b(the|file|cannot|binary)\b/);
    expect(said).toMatch(/zz_lisbonne\.md est toujours dans le dossier du corpus : il n’est pas servi maintenant, mais le sera après la prochaine actualisation réussie ou un redémarrage/);
    expect(said).toMatch(/Le dossier du corpus a changé\.$/);
    expect(said).not.toMatch(/n'a pas changé|unchanged/);
    expect(said).not.toContain(w.root);
    expect(readdirSync(w.corpusDir)).toContain('zz_lisbonne.md');
    expect((await admin.corpus.audit.entries()).at(-1)).toMatchObject({ phase: 'result', action: 'add', result: 'undo-failed', file: 'zz_lisbonne.md' });
  });
});

describe('during a long refresh', () => {
  let big: TmpCorpus;
  let bigHost: EngineHost;
  let bh: Harness;

  beforeAll(async () => {
    big = tmpCorpus('e2e-long-refresh', 500);
    bigHost = await EngineHost.open({ corpusDir: big.corpusDir, cacheDir: big.cacheDir });
    const corpus = new CorpusAdmin({ host: bigHost, trashDir: big.trashDir, audit: new AuditLog(big.auditLog) });
    bh = await startHarness(() => bigHost.engine, { admin: { corpus, moderatorRoleIds: [] } });
  }, 120_000);
  afterAll(async () => {
    await bh?.stop();
    bigHost?.close();
    big?.remove();
  });

  it('acknowledges every interaction within 3 s, answers them, and edits the refresh with progress then counts', async () => {
    const { appendFileSync } = await import('node:fs');
    // 400 articles corrected: a rebuild of all of them (a new segment) lasting over a second.
    for (let i = 0; i < 400; i++) appendFileSync(join(big.corpusDir, `local_${String(i).padStart(4, '0')}.md`), '\nLe dossier sera réexaminé en commission.\n');
    const refresh = bh.emulator.sendCommand('refresh', {}, { member: moderator });
    const asks: InteractionHandle[] = [];
    while (!refresh.state().shown.some((s) => (s.message.embeds as Embed[] | undefined)?.[0]?.title === 'Corpus actualisé')) {
      asks.push(bh.emulator.sendCommand('ask', { question: "Où s'est tenu le sommet entre Kim Jong-un et Vladimir Poutine ?" }));
      if (asks.length > 400) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const acks = await Promise.all(asks.map((ix) => ix.acknowledged()));
    const shown = await Promise.all(asks.map((ix) => ix.shown(20_000)));
    const refreshAck = await refresh.acknowledged();
    const { at } = await final(refresh);
    const sorted = [...acks].sort((a, b) => a - b);
    console.log(
      `/refresh of 505 articles: ack ${refreshAck.toFixed(0)} ms, counts after ${at.toFixed(0)} ms; ${asks.length} /ask during it: ack p50 ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`,
    );
    expect(refreshAck).toBeLessThan(3000);
    expect(asks.length).toBeGreaterThan(5);
    expect(Math.max(...acks)).toBeLessThan(3000);
    for (const s of shown) expect(embedOf(s.message).description).toContain('Vladivostok');
    const titles = refresh.state().shown.map((s) => (s.message.embeds as Embed[])[0]?.title);
    expect(titles[0]).toBe('Actualisation du corpus…'); // progress first (the rebuild lasts over a second) …
    expect(titles.at(-1)).toBe('Corpus actualisé'); // … then the counts
    expect(text((refresh.state().shown[0]!.message.embeds as Embed[])[0]!)).toMatch(/\d+ s\. Les réponses continuent de venir de l'index actuel/);
  }, 120_000);

  it('pages /corpus list with buttons, for moderators', async () => {
    const { message } = await final(bh.emulator.sendCommand('corpus', {}, { subcommand: 'list', member: moderator }));
    const embed = embedOf(message);
    expect(embed.footer?.text).toBe('Page 1/51');
    expect(embed.fields).toHaveLength(10);
    const [, next] = (message.components as { components: { custom_id: string }[] }[])[0]!.components;
    const click = bh.emulator.sendButton(message, next!.custom_id, { member: moderator });
    expect(await click.acknowledged()).toBeLessThan(3000);
    const page2 = embedOf((await click.shown()).message);
    expect(page2.footer?.text).toBe('Page 2/51');
    expect(page2.fields?.map((f) => f.name)).not.toEqual(embed.fields?.map((f) => f.name));
    // A member without the permission cannot page through it either.
    const denied = await bh.emulator.sendButton(message, next!.custom_id, { member }).shown();
    expect(Number(denied.message.flags) & EPHEMERAL).toBe(EPHEMERAL);
    expect(plain(denied.message.content)).toMatch(/^Seuls les modérateurs/);
  });

  it('made no refused request and respected Discord limits everywhere, without mentions', () => {
    for (const harness of [h, bh]) {
      const refused = harness.emulator.records.filter((r) => r.status >= 400 || r.kind === 'unhandled');
      expect(refused.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([]);
      for (const { path, body } of harness.emulator.sentMessageBodies()) {
        expect(messageLimitViolations(body), path).toEqual([]);
        expect((body.allowed_mentions as { parse?: unknown[] } | undefined)?.parse, path).toEqual([]);
      }
      expect(harness.logs.filter((l) => l.level === 'error')).toEqual([]);
    }
  });
});

describe('forged interactions', () => {
  it('never runs a moderator action from a button, even pressed by a moderator', async () => {
    const before = folderState();
    const auditBefore = (await audit.entries()).length;
    const message = { ...h.emulator.messages.values().next().value, components: [] } as Record<string, unknown>;
    const forged = [
      encodePageId({ command: 'corpus', options: { sub: 'remove', article: '003_19a33123fb2647c6.md' } }, 1)!,
      encodePageId({ command: 'refresh', options: {} }, 1)!,
      encodePageId({ command: 'corpus', options: { sub: 'add' } }, 1)!,
      encodePageId({ command: 'ask', options: { question: 'Où ?' } }, 1)!,
    ];
    for (const customId of forged) {
      const shown = await h.emulator.sendButton(message, customId, { member: moderator }).shown();
      expect(shown.message.content).toBe('Cette liste a changé ou a expiré ; merci de relancer la commande.');
    }
    expect(folderState()).toEqual(before);
    expect((await audit.entries()).length).toBe(auditBefore);
    expect(h.logs.filter((l) => l.message === 'unknown button').length).toBeGreaterThanOrEqual(forged.length);
  });

  it('reads forged permission fields as no permission, without a throw in discord.js', async () => {
    for (const permissions of ['abc', '1e3', '-1']) {
      const { message } = await final(h.emulator.sendCommand('corpus', {}, { subcommand: 'list', member: { permissions } }));
      expect(message.content).toMatch(/^Seuls les modérateurs peuvent utiliser \/corpus/);
    }
    expect(h.logs.filter((l) => l.message === 'malformed permissions read as none')).toHaveLength(3);
    // Still serving.
    const { message } = await final(h.emulator.sendCommand('corpus', {}, { subcommand: 'list', member: moderator }));
    expect(embedOf(message).title).toBe('Fichiers du corpus');
  });
});
