/**
 * The members' loop through the local Discord emulator, with the real discord.js client, the real engine host
 * and the feedback log on a temporary data folder: answers carry rating buttons whose custom ids hold only the
 * answer record id; a press is acknowledged privately and stored once per member per answer, a second press
 * changes it; abstentions are recorded as unanswered without a press; /feedback is refused to members and
 * lists the failed questions to moderators, paginated, and exports them as a question set score.mjs reads;
 * the "Ask the corpus" message command answers privately from a message's text and pings nobody; /help lists
 * exactly the registered commands; no member id is written anywhere in the data folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { decodeVoteId } from '../../src/bot/feedback-buttons.js';
import { chatInputJson } from '../../src/command/command.js';
import { AuditLog } from '../../src/corpus-admin/audit-log.js';
import { CorpusAdmin } from '../../src/corpus-admin/corpus-admin.js';
import { EngineHost } from '../../src/corpus-admin/engine-host.js';
import { FeedbackLog } from '../../src/feedback/feedback-log.js';
import type { FeedbackLine } from '../../src/feedback/types.js';
import { tmpCorpus } from '../corpus-admin/tmp-corpus.js';
import type { TmpCorpus } from '../corpus-admin/tmp-corpus.js';
import type { InteractionHandle, MemberOverride } from './emulator.js';
import { startHarness } from './harness.js';
import type { Harness } from './harness.js';
import { messageLimitViolations } from './limits.js';

interface Embed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
}
interface Row {
  components: { custom_id: string; label: string; disabled?: boolean }[];
}

const EPHEMERAL = 64;
const MEMBER_PERMISSIONS = 2248473465835073n;
const SUMMIT = "Où s'est tenu le sommet entre Kim Jong-un et Vladimir Poutine ?";
const UNANSWERED = 'Qui a gagné la Coupe du monde de football ?';

/** Members with their own user ids (the default test member asks; these vote or try /feedback). */
const user = (id: string, username: string) => ({ id, username, global_name: username, discriminator: '0', avatar: null, public_flags: 0, flags: 0 });
const alice = user('523456789012345678', 'alice');
const bob = user('623456789012345678', 'bob');
const carol = user('723456789012345678', 'carol');
const moderator: MemberOverride = { permissions: String(MEMBER_PERMISSIONS | 32n) };
const asAlice: MemberOverride = { permissions: String(MEMBER_PERMISSIONS), user: alice };
const asBob: MemberOverride = { permissions: String(MEMBER_PERMISSIONS), user: bob };
const asCarol: MemberOverride = { permissions: String(MEMBER_PERMISSIONS), user: carol };

let t: TmpCorpus;
let host: EngineHost;
let audit: AuditLog;
let feedback: FeedbackLog;
let dataDir: string;
let h: Harness;

beforeAll(async () => {
  t = tmpCorpus('e2e-feedback');
  dataDir = join(t.root, 'data');
  host = await EngineHost.open({ corpusDir: t.corpusDir, cacheDir: t.cacheDir });
  audit = new AuditLog(t.auditLog);
  feedback = await FeedbackLog.open({ file: join(dataDir, 'feedback.jsonl'), retentionDays: 30 });
  const corpus = new CorpusAdmin({ host, trashDir: t.trashDir, audit });
  h = await startHarness(() => host.engine, { admin: { corpus, moderatorRoleIds: [] }, feedback });
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

function embedText(embed: Embed): string {
  return [embed.title, embed.description, ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]), embed.footer?.text].join('\n');
}

/** Message text as the reader sees it (Discord shows a backslash-escaped mark as the mark). */
function plain(text: unknown): string {
  return String(text ?? '').replace(/\\([^A-Za-z0-9\s])/g, '$1');
}

/** Acknowledged within 3 s; the first message shown (the edit of a deferred reply). */
async function shown(ix: InteractionHandle): Promise<Record<string, unknown>> {
  expect(await ix.acknowledged()).toBeLessThan(3000);
  return (await ix.shown(15_000)).message;
}

function lines(): FeedbackLine[] {
  return readFileSync(join(dataDir, 'feedback.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as FeedbackLine);
}

/** The rating buttons of a message: their custom ids, decoded. */
function ratingButtons(message: Record<string, unknown>) {
  const buttons = ((message.components ?? []) as Row[]).flatMap((r) => r.components);
  return buttons.map((b) => ({ ...b, vote: decodeVoteId(b.custom_id) })).filter((b) => b.vote);
}

let rated: { message: Record<string, unknown>; recordId: string; helpful: string; wrong: string };

describe('rating buttons', () => {
  it('come under an /ask answer, labelled in the member’s language, carrying only the answer record id', async () => {
    const message = await shown(h.emulator.sendCommand('ask', { question: SUMMIT }));
    expect(embedOf(message).description).toContain('Vladivostok');
    const buttons = ratingButtons(message);
    expect(buttons.map((b) => [b.label, b.vote?.vote])).toEqual([
      ['Utile', 'helpful'],
      ['Fausse', 'wrong'],
    ]);
    const recordId = buttons[0]!.vote!.recordId;
    expect(recordId).toMatch(/^[0-9a-f]{16}$/);
    for (const b of buttons) {
      expect(b.custom_id.length).toBeLessThanOrEqual(100);
      expect(b.custom_id).toBe(`vote\u001f${recordId}\u001f${b.vote!.vote}`);
    }
    const record = lines().find((l) => l.id === recordId);
    expect(record).toMatchObject({ type: 'answer', guild: h.emulator.guildId, command: 'ask', kind: 'where', question: SUMMIT });
    expect(record?.answer).toContain('Vladivostok');
    expect(record?.evidence.length).toBeGreaterThan(0);
    for (const e of record!.evidence) expect(e).toMatch(/^\d{3}_[0-9a-f]+#\d+$/);
    rated = { message, recordId, helpful: buttons[0]!.custom_id, wrong: buttons[1]!.custom_id };
  });
});

describe('a vote', () => {
  it('is acknowledged privately and stored once; a second press changes it', async () => {
    const votesOf = (member: string) => lines().filter((l) => l.type === 'vote' && l.id === rated.recordId && l.member === member);
    const aliceHash = await feedback.memberHash(alice.id);

    const first = await shown(h.emulator.sendButton(rated.message, rated.helpful, { member: asAlice }));
    expect(Number(first.flags) & EPHEMERAL).toBe(EPHEMERAL);
    expect(plain(first.content)).toBe('Merci — votre avis est enregistré : utile.');
    expect(votesOf(aliceHash).map((l) => (l.type === 'vote' ? l.vote : ''))).toEqual(['helpful']);

    const again = await shown(h.emulator.sendButton(rated.message, rated.helpful, { member: asAlice }));
    expect(plain(again.content)).toMatch(/^Vous avez déjà donné cet avis : utile\./);
    expect(votesOf(aliceHash)).toHaveLength(1);

    const changed = await shown(h.emulator.sendButton(rated.message, rated.wrong, { member: asAlice, locale: 'en-GB' }));
    expect(Number(changed.flags) & EPHEMERAL).toBe(EPHEMERAL);
    expect(changed.content).toBe('Your vote is changed to: wrong.');
    const counted = await feedback.votesOn(rated.recordId);
    expect(counted.map((v) => [v.member, v.vote])).toEqual([[aliceHash, 'wrong']]);

    await shown(h.emulator.sendButton(rated.message, rated.helpful, { member: asBob }));
    const both = await feedback.votesOn(rated.recordId);
    expect(both.map((v) => v.vote).sort()).toEqual(['helpful', 'wrong']);
    // The vote line says what was judged.
    expect(lines().at(-1)).toMatchObject({ type: 'vote', id: rated.recordId, guild: h.emulator.guildId, member: await feedback.memberHash(bob.id), vote: 'helpful', question: SUMMIT });
    // The answer itself was not touched by the presses.
    expect(h.emulator.messages.get(String(rated.message.id))?.components).toEqual(rated.message.components);
  });

  it('on an answer the log no longer holds says so, privately', async () => {
    const message = await shown(h.emulator.sendButton(rated.message, 'vote\u001f00000000deadbeef\u001fwrong', { member: asAlice }));
    expect(Number(message.flags) & EPHEMERAL).toBe(EPHEMERAL);
    expect(plain(message.content)).toMatch(/^Cette réponse ne peut plus être notée/);
  });
});

describe('an abstention', () => {
  it('is recorded as unanswered without any press, and shows no rating buttons', async () => {
    const before = lines().length;
    const message = await shown(h.emulator.sendCommand('ask', { question: UNANSWERED }));
    expect(embedOf(message).description).toContain('Le corpus ne le dit pas.');
    expect(message.components ?? []).toEqual([]);
    const added = lines().slice(before);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ type: 'vote', vote: 'unanswered', question: UNANSWERED, answer: null, evidence: [], guild: h.emulator.guildId, member: await feedback.memberHash(String(h.emulator.testUser.id)) });
  });
});

describe('/feedback', () => {
  it('is registered for moderators only, in servers only', () => {
    expect(h.emulator.commands.get('feedback')).toMatchObject({ default_member_permissions: '32', contexts: [0], name_localizations: { fr: 'avis' } });
  });

  it('is refused to a member who is not a moderator, privately, and audited', async () => {
    for (const subcommand of ['frequent', 'export']) {
      const message = await shown(h.emulator.sendCommand('feedback', {}, { subcommand, member: asCarol }));
      expect(Number(message.flags) & EPHEMERAL).toBe(EPHEMERAL);
      expect(message.content).toBe('Seuls les modérateurs peuvent utiliser /feedback : il faut la permission Gérer le serveur ou un rôle de modération.');
      expect(message.embeds ?? []).toEqual([]);
      expect(message.attachments ?? []).toEqual([]);
    }
    const hidden = await feedback.memberHash(carol.id);
    expect(hidden).not.toContain(carol.id);
    expect((await audit.entries()).slice(-2).map((e) => [e.user.id, e.user.tag, e.action, e.result])).toEqual([
      [hidden, 'member', 'feedback', 'denied'],
      [hidden, 'member', 'feedback', 'denied'],
    ]);
  });

  it('shows moderators the questions answered wrong or not at all, with counts, most frequent first', async () => {
    await shown(h.emulator.sendCommand('ask', { question: UNANSWERED }, { member: asBob }));
    const message = await shown(h.emulator.sendCommand('feedback', {}, { subcommand: 'frequent', member: moderator }));
    expect(Number(message.flags) & EPHEMERAL).toBe(EPHEMERAL);
    const embed = embedOf(message);
    expect(embed.title).toBe('Questions mal ou non répondues — les plus fréquentes d’abord');
    const fields = (embed.fields ?? []).map((f) => ({ name: plain(f.name), value: plain(f.value) }));
    expect(fields.map((f) => f.name)).toEqual([`« ${UNANSWERED} »`, `« ${SUMMIT} »`]);
    expect(fields[0]!.value).toMatch(/^fausse 0 · sans réponse 2 · utile 0 · dernière fois \d{4}-\d\d-\d\d \d\d:\d\d\nSans réponse : le corpus ne le dit pas\.$/);
    expect(fields[1]!.value).toMatch(/^fausse 1 · sans réponse 0 · utile 1 · dernière fois [\d: -]+\nRéponse donnée : .*Vladivostok/);
    expect(plain(embed.description)).toBe('2 questions · 1 avis « fausse » · 2 sans réponse');
  });

  it('pages through a long list with Previous/Next, most recent first', async () => {
    for (let i = 1; i <= 8; i++) await shown(h.emulator.sendCommand('ask', { question: `Qui a gagné le tournoi de pétanque numéro ${i} ?` }));
    const message = await shown(h.emulator.sendCommand('feedback', {}, { subcommand: 'recent', member: moderator }));
    const embed = embedOf(message);
    expect(embed.footer?.text).toBe('Page 1/2');
    expect(plain(embed.fields?.[0]?.name)).toBe('« Qui a gagné le tournoi de pétanque numéro 8 ? »');
    const [, next] = (message.components as Row[])[0]!.components;
    const page2 = (await h.emulator.sendButton(message, next!.custom_id, { member: moderator }).shown()).message;
    const embed2 = embedOf(page2);
    expect(embed2.footer?.text).toBe('Page 2/2');
    expect(embed2.fields?.map((f) => plain(f.name))).toEqual([`« ${UNANSWERED} »`, `« ${SUMMIT} »`]);
    // The page buttons are moderators' too.
    const refused = await shown(h.emulator.sendButton(message, next!.custom_id, { member: asCarol }));
    expect(refused.content).toMatch(/^Seuls les modérateurs peuvent utiliser \/feedback/);
  });

  it('exports them as an attached question set that score.mjs reads, the answers left to fill', async () => {
    const message = await shown(h.emulator.sendCommand('feedback', {}, { subcommand: 'export', member: moderator, locale: 'en-US' }));
    expect(Number(message.flags) & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedOf(message).description).toMatch(/^10 questions in the format of score\.mjs/);
    const attachments = message.attachments as { filename: string }[];
    expect(attachments.map((a) => a.filename)).toEqual([expect.stringMatching(/^feedback-questions-\d{4}-\d\d-\d\d\.json$/)]);
    const set = JSON.parse(h.emulator.attachmentText(message)) as { about: string; questions: { id: string; kind?: string; q: string; answer: string[] | null; docs?: string[]; got: string | null }[] };

    // Read the way score.mjs reads a set: `set.questions`, each with `q` (sent to the CLI one per line),
    // `answer` (null: expect an abstention; else a list of accepted answers, `.join` and `.some` on it),
    // optional `kind` (compared with the core's) and `docs`.
    expect(typeof set.about).toBe('string');
    expect(Array.isArray(set.questions)).toBe(true);
    expect(set.questions).toHaveLength(10);
    expect(new Set(set.questions.map((q) => q.id)).size).toBe(10);
    for (const q of set.questions) {
      expect(q.q).toMatch(/\S/);
      expect(q.q).not.toContain('\n');
      expect(q.answer).toEqual([]);
      if (q.kind !== undefined) expect(['who', 'when', 'where', 'quote', 'what']).toContain(q.kind);
      expect(q.docs).toBeUndefined();
    }
    expect(set.questions[0]).toMatchObject({ id: 'fb001', q: UNANSWERED, kind: 'who', got: null });
    expect(set.questions.find((q) => q.q === SUMMIT)).toMatchObject({ kind: 'where', got: expect.stringContaining('Vladivostok') });

    // And score.mjs itself takes it: it asks every question through the CLI and scores them (none right yet).
    const scorer = new URL('../../../shared/eval/score.mjs', import.meta.url);
    if (existsSync(scorer)) {
      const file = join(t.root, 'exported.json');
      writeFileSync(file, h.emulator.attachmentText(message));
      const run = spawnSync('node', [scorer.pathname, file, '--corpus', t.corpusDir], { encoding: 'utf8', timeout: 60_000 });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^mode: batch /m);
      expect(run.stdout).toMatch(/^score: answers 0\/10 \(0%\).* broken 0, /m);
    }
  }, 60_000);
});

describe('rating buttons on the other answers', () => {
  it('come under /who, /when, /where and /quotes answers (in English for an English locale)', async () => {
    for (const [name, options] of [
      ['who', { name: 'Vladimir Poutine' }],
      ['where', { event: 'le sommet entre Kim Jong-un et Vladimir Poutine' }],
      ['when', { event: 'le sommet entre Kim Jong-un et Vladimir Poutine à Vladivostok' }],
      ['quotes', { speaker: 'Kim Jong-un' }],
    ] as const) {
      const message = await shown(h.emulator.sendCommand(name, options, { locale: 'en-US' }));
      const abstained = embedOf(message).description?.includes('The corpus does not say');
      const buttons = ratingButtons(message);
      if (abstained) {
        expect(buttons, name).toEqual([]);
      } else {
        expect(buttons.map((b) => b.label), name).toEqual(['Helpful', 'Wrong']);
        expect(lines().find((l) => l.id === buttons[0]!.vote!.recordId), name).toMatchObject({ type: 'answer', command: name });
      }
    }
  });
});

describe('the message command "Ask the corpus"', () => {
  it('is registered as a message context-menu command, named in French', () => {
    expect(h.emulator.commands.get('Ask the corpus')).toMatchObject({ type: 3, name_localizations: { fr: 'Demander au corpus' } });
  });

  it('answers privately from a message’s text, its mentions neutralised, pinging nobody', async () => {
    const posted = h.emulator.userMessage(`@everyone @here <@${alice.id}> <@&923456789012345678> ${SUMMIT}`, { author: bob, mentions: [alice], mentionEveryone: true });
    const ix = h.emulator.sendMessageCommand('Ask the corpus', posted);
    expect(await ix.acknowledged()).toBeLessThan(3000);
    expect(Number((ix.state().original as Record<string, unknown>).flags) & EPHEMERAL).toBe(EPHEMERAL);
    const message = await shown(ix);
    expect(Number(message.flags) & EPHEMERAL).toBe(EPHEMERAL);
    const embed = embedOf(message);
    expect(embed.description).toContain('Vladivostok');
    expect(plain(embed.title)).toBe(SUMMIT);
    expect(embedText(embed)).not.toMatch(/@everyone|@here|<@&?\d|<#\d/);
    expect(ratingButtons(message).map((b) => b.vote?.vote)).toEqual(['helpful', 'wrong']);
    const bodies = h.emulator.records.filter((r) => r.interactionId === ix.id && (r.kind === 'edit' || r.kind === 'followup'));
    expect(bodies.length).toBeGreaterThan(0);
    for (const r of bodies) expect((r.body as { allowed_mentions?: { parse?: unknown[] } }).allowed_mentions?.parse).toEqual([]);
    const record = lines().find((l) => l.id === ratingButtons(message)[0]!.vote!.recordId);
    expect(record).toMatchObject({ command: 'ask-message', question: SUMMIT });
  });

  it('cuts a long message to the question length limit and says so', async () => {
    const posted = h.emulator.userMessage(`${SUMMIT} ${'et encore '.repeat(60)}`);
    const embed = embedOf(await shown(h.emulator.sendMessageCommand('Ask the corpus', posted, { locale: 'en-US' })));
    expect(plain(embed.title).length).toBeLessThanOrEqual(300);
    expect(embed.description).toContain('Your text was shortened to 300 characters.');
  });

  it('refuses a message without text, privately', async () => {
    const message = await shown(h.emulator.sendMessageCommand('Ask the corpus', h.emulator.userMessage(`<@${alice.id}>`, { mentions: [] })));
    expect(Number(message.flags) & EPHEMERAL).toBe(EPHEMERAL);
    expect(message.content).toBe('Ce message n’a pas de texte sur lequel interroger le corpus.');
  });
});

describe('/help', () => {
  /** What /help should list for each command of commands/index.ts, in French. */
  const expected = (moderator: boolean) =>
    commands
      .filter((c) => moderator || !c.moderatorOnly)
      .map((c) => {
        const json = c.data.toJSON();
        const fr = json.name_localizations?.fr ?? json.name;
        if (!chatInputJson(c)) return fr;
        return c.moderatorOnly ? `/${fr} (modération)` : `/${fr}`;
      });

  it('lists exactly the registered commands, each with an example, moderators’ ones included for a moderator', async () => {
    expect([...h.emulator.commands.keys()].sort()).toEqual(commands.map((c) => c.data.name).sort());
    const message = await shown(h.emulator.sendCommand('help', {}, { member: moderator }));
    expect(Number(message.flags) & EPHEMERAL).toBe(EPHEMERAL);
    const embed = embedOf(message);
    expect(embed.title).toBe('Commandes');
    const fields = (embed.fields ?? []).map((f) => ({ name: plain(f.name), value: plain(f.value) }));
    expect(fields.map((f) => f.name)).toEqual(expected(true));
    expect(embed.footer?.text).toBe(`${commands.length} commandes`);
    const value = (name: string) => fields.find((f) => f.name === name)!.value;
    expect(value('/demander')).toBe('Poser une question sur les articles ; réponse courte avec passages cités\nExemple : /demander question: Qui a signé l’accord ?');
    expect(value('/qui')).toMatch(/\nExemple : \/qui nom: \S.+$/);
    expect(value('/avis (modération)')).toMatch(/\nExemple : \/avis fréquentes$/);
    expect(value('/corpus (modération)')).toMatch(/\nExemple : \/corpus lister$/);
    expect(value('Demander au corpus')).toMatch(/^Clic droit sur un message → Applications → Demander au corpus/);
  });

  it('leaves the moderators’ commands out for a member, and speaks English for an English locale', async () => {
    const message = await shown(h.emulator.sendCommand('help', {}, { member: asCarol, locale: 'en-US' }));
    const fields = embedOf(message).fields ?? [];
    const names = commands.filter((c) => !c.moderatorOnly).map((c) => (chatInputJson(c) ? `/${c.data.name}` : c.data.name));
    expect(fields.map((f) => plain(f.name))).toEqual(names);
    expect(fields.map((f) => plain(f.name))).not.toContain('/feedback');
    expect(plain(fields.find((f) => f.name === '/when')?.value)).toBe('When did an event happen? The date, with passages\nExample: /when event: la signature de l’accord');
  });
});

describe('on disk', () => {
  it('has no member id in clear anywhere in the data folder: only salted hashes', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else files.push(path);
      }
    };
    walk(dataDir);
    expect(files.map((f) => f.slice(dataDir.length + 1)).sort()).toEqual(['audit.jsonl', 'feedback-salt', 'feedback.jsonl']);
    const voters = [String(h.emulator.testUser.id), alice.id, bob.id, carol.id];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const id of voters) expect(text.includes(id), `${id} in ${file}`).toBe(false);
    }
    expect(lines().filter((l) => l.type === 'vote').length).toBeGreaterThan(10);
    // The member refused /feedback is in the audit log by the salted hash only.
    const denied = readFileSync(t.auditLog, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { result: string; user: { id: string } });
    expect(denied.filter((e) => e.result === 'denied').length).toBe(3);
    for (const e of denied.filter((x) => x.result === 'denied')) expect(e.user.id).toMatch(/^[0-9a-f]{16,}$/);
  });
});

describe('everything captured', () => {
  it('respects Discord limits, never allows a mention, and made no refused request nor logged an error', () => {
    const bodies = h.emulator.sentMessageBodies();
    expect(bodies.length).toBeGreaterThan(20);
    for (const { path, body } of bodies) {
      expect(messageLimitViolations(body), path).toEqual([]);
      expect((body.allowed_mentions as { parse?: unknown[] } | undefined)?.parse, path).toEqual([]);
    }
    const refused = h.emulator.records.filter((r) => r.status >= 400 || r.kind === 'unhandled');
    expect(refused.map((r) => `${r.method} ${r.path} ${r.status} ${r.violations?.join('; ') ?? ''}`)).toEqual([]);
    expect(h.logs.filter((l) => l.level === 'error')).toEqual([]);
  });
});
