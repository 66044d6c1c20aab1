/**
 * Each server its own corpus, through the local Discord emulator and the real client, with three servers:
 * A and B edit only their own corpus over the shared base, C is named in BASE_GUILD_IDS and edits the base.
 * An article added in A is answered in A, not in B nor in DMs; a base article removed in B stays in A; C's
 * addition reaches every server and DMs; a restart (a new engine host and servers' corpora on the same folders)
 * keeps every server's view.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../src/corpus-admin/audit-log.js';
import { CorpusAdmin } from '../../src/corpus-admin/corpus-admin.js';
import { EngineHost } from '../../src/corpus-admin/engine-host.js';
import { GuildCorpora } from '../../src/corpus-admin/guild-corpora.js';
import { inventedArticle, syntheticArticle, tmpCorpus } from '../corpus-admin/tmp-corpus.js';
import type { TmpCorpus } from '../corpus-admin/tmp-corpus.js';
import type { InteractionHandle, MemberOverride } from './emulator.js';
import { startHarness } from './harness.js';
import type { Harness } from './harness.js';

interface Embed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
}

const moderator: MemberOverride = { permissions: String(2248473465835073n | 32n) };
const TROMSO = 'Où les pêcheurs ont-ils signé un accord sur les quotas de cabillaud ?';
const WHERE = "Où s'est tenu le sommet entre Kim Jong-un et Vladimir Poutine ?";
const BRENNAC = "Quand le conseil municipal de Brennac s'est-il réuni ?";
const REMOVED = '003_19a33123fb2647c6';

let t: TmpCorpus;
let host: EngineHost;
let audit: AuditLog;
let corpora: GuildCorpora;
let h: Harness;
let A: string;
let B: string;
let C: string;

const newCorpora = (base: EngineHost, baseGuildIds: string[]) =>
  new GuildCorpora({ base: new CorpusAdmin({ host: base, trashDir: t.trashDir, audit }), dir: join(t.root, 'guilds'), cacheDir: t.cacheDir, baseGuildIds, audit, maxLoaded: 2 });

beforeAll(async () => {
  t = tmpCorpus('e2e-guilds');
  host = await EngineHost.open({ corpusDir: t.corpusDir, cacheDir: t.cacheDir });
  audit = new AuditLog(t.auditLog);
  h = await startHarness((guild) => corpora.engineFor(guild), {
    prepare: (guild) => corpora.prepare(guild),
    admin: { corpus: new CorpusAdmin({ host, trashDir: t.trashDir, audit }), corpusFor: (guild) => corpora.adminFor(guild), moderatorRoleIds: [] },
    emulator: { otherGuilds: 2 },
  });
  [A, B, C] = [h.emulator.guildId, h.emulator.otherGuildIds[0]!, h.emulator.otherGuildIds[1]!];
  corpora = newCorpora(host, [C]);
}, 60_000);

afterAll(async () => {
  await h?.stop();
  host?.close();
  t?.remove();
});

/** The text of the last reply shown (title, description and fields). */
async function reply(ix: InteractionHandle): Promise<string> {
  await h.emulator.waitFor(() => ix.state().shown.some((s) => !String((s.message.embeds as Embed[] | undefined)?.[0]?.title ?? '').startsWith('Actualisation')), 60_000, `reply to ${ix.id}`);
  const embed = (ix.state().shown.at(-1)!.message.embeds as Embed[])[0]!;
  return [embed.title, embed.description, ...(embed.fields ?? []).flatMap((f) => [f.name, f.value])].join('\n');
}

const ask = (question: string, guild: string | null) => reply(h.emulator.sendCommand('ask', { question }, { guild }));
const sources = (guild: string | null) => reply(h.emulator.sendCommand('sources', {}, { guild }));
function add(guild: string, name: string, text: string) {
  const attachment = h.emulator.attach(name, text);
  return reply(h.emulator.sendCommand('corpus', { file: attachment.id }, { subcommand: 'add', member: moderator, guild }));
}

describe('each server its own corpus', () => {
  it('an article added in A is answered in A, and not in B nor in DMs; the base folder is untouched', async () => {
    expect(await ask(TROMSO, A)).not.toMatch(/Tromsø/);
    expect(await add(A, 'zz_tromso.md', inventedArticle())).toMatch(/Article ajouté : Les pêcheurs de Tromsø/);
    expect(await ask(TROMSO, A)).toMatch(/Tromsø/);
    expect(await ask(TROMSO, B)).not.toMatch(/Tromsø/);
    expect(await ask(TROMSO, null)).not.toMatch(/Tromsø/);
    expect(existsSync(join(t.corpusDir, 'zz_tromso.md'))).toBe(false);
    expect(existsSync(join(t.root, 'guilds', A, 'articles', 'zz_tromso.md'))).toBe(true);
    expect(await sources(A)).toMatch(/Les pêcheurs de Tromsø/);
    expect(await sources(B)).not.toMatch(/Tromsø/);
  }, 120_000);

  it('a base article removed in B is gone from B only: A and DMs keep it whole', async () => {
    const removed = await reply(h.emulator.sendCommand('corpus', { article: `${REMOVED}.md` }, { subcommand: 'remove', member: moderator, guild: B }));
    expect(removed).toMatch(/Retiré du corpus de ce serveur/);
    expect(existsSync(join(t.corpusDir, `${REMOVED}.md`))).toBe(true);
    expect(JSON.parse(readFileSync(join(t.root, 'guilds', B, 'hidden.json'), 'utf8'))).toEqual({ hidden: [`${REMOVED}.md`] });
    const list = await reply(h.emulator.sendCommand('corpus', {}, { subcommand: 'list', member: moderator, guild: B }));
    expect(list).not.toMatch(new RegExp(REMOVED));
    expect(await sources(B)).not.toMatch(/Premier sommet bilatéral/);
    expect(await sources(A)).toMatch(/Premier sommet bilatéral/);
    expect(await sources(null)).toMatch(/Premier sommet bilatéral/);
    expect(corpora.engineFor(B).ask(WHERE).evidence.map((e) => e.doc)).not.toContain(REMOVED);
    expect(corpora.engineFor(A).ask(WHERE).evidence.map((e) => e.doc)).toContain(REMOVED);
    expect(await ask(TROMSO, A)).toMatch(/Tromsø/);
  }, 120_000);

  it('an article added by a base-editing server (BASE_GUILD_IDS) reaches every server and DMs', async () => {
    expect(await add(C, 'zz_brennac.md', syntheticArticle(0))).toMatch(/Article ajouté : Brennac/);
    expect(existsSync(join(t.corpusDir, 'zz_brennac.md'))).toBe(true);
    for (const guild of [A, B, C, null]) expect(await ask(BRENNAC, guild)).toMatch(/Brennac/);
    // Each server keeps its own changes over the new base.
    expect(await ask(TROMSO, A)).toMatch(/Tromsø/);
    expect(corpora.engineFor(B).article(REMOVED)).toBeUndefined();
  }, 120_000);

  it('keeps every server’s view across a restart, each read on its first question', async () => {
    const before = Object.fromEntries([A, B, C].map((g) => [g, corpora.engineFor(g).articles().map((a) => a.id)]));
    const restarted = await EngineHost.open({ corpusDir: t.corpusDir, cacheDir: t.cacheDir });
    const again = newCorpora(restarted, [C]);
    expect(again.loadedGuilds).toEqual([]);
    for (const g of [A, B, C]) await again.prepare(g);
    for (const g of [A, B, C]) expect(again.engineFor(g).articles().map((a) => a.id)).toEqual(before[g]);
    expect(again.engineFor(A).articles().map((a) => a.id)).toContain('zz_tromso');
    expect(again.engineFor(B).articles().map((a) => a.id)).not.toContain(REMOVED);
    expect(again.engineFor(null).articles().map((a) => a.id)).toEqual([...before[C]!]);
    expect(again.loadedGuilds.sort()).toEqual([A, B].sort()); // C edits the base: nothing of its own
    // Over the cap, the least recently used server is let go from memory, and read again on its next question.
    const capped = new GuildCorpora({ base: new CorpusAdmin({ host: restarted, trashDir: t.trashDir, audit }), dir: join(t.root, 'guilds'), cacheDir: t.cacheDir, baseGuildIds: [C], audit, maxLoaded: 1 });
    await capped.prepare(A);
    await capped.prepare(B);
    expect(capped.loadedGuilds).toEqual([B]);
    expect(capped.engineFor(A).article('zz_tromso')).toBeUndefined(); // not in memory: the base until prepared
    await capped.prepare(A);
    expect(capped.loadedGuilds).toEqual([A]);
    expect(capped.engineFor(A).article('zz_tromso')).toBeDefined();
    restarted.close();
  }, 120_000);
});
