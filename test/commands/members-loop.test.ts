/**
 * The members' loop at the command level, on the fake engine: what the answer commands hand the feedback log,
 * /feedback's lists and export on a real feedback log, /help's list and examples, and the message command.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { command as askMessage } from '../../commands/ask-message.js';
import { command as ask } from '../../commands/ask.js';
import { command as feedbackCommand } from '../../commands/feedback.js';
import { command as help } from '../../commands/help.js';
import { commands } from '../../commands/index.js';
import { command as quotes } from '../../commands/quotes.js';
import { command as where } from '../../commands/where.js';
import { command as who } from '../../commands/who.js';
import { commandContext, runCommand } from '../../src/command/run-command.js';
import { FeedbackLog } from '../../src/feedback/feedback-log.js';
import { plainMentions } from '../../src/reply/text.js';
import { fakeEngine } from './fake-engine.js';

const vladivostok = {
  answer: 'Vladivostok',
  kind: 'where' as const,
  evidence: [
    { doc: 'a1', paragraph: 2, text: 'Le sommet a eu lieu à Vladivostok.', score: 3 },
    { doc: 'a1', paragraph: 2, text: 'doublon', score: 2 },
    { doc: 'a2', paragraph: 4, text: 'Kim est arrivé à Vladivostok.', score: 2 },
  ],
};

describe('rated answers', () => {
  it('/ask hands over the question, the short answer, the kind and the evidence ids (one per paragraph)', async () => {
    const engine = fakeEngine({ answers: { 'Où ?': vladivostok } });
    const reply = await runCommand(ask, commandContext(engine, 'en'), { options: { question: 'Où ?' } });
    expect(reply.rated).toEqual({ command: 'ask', kind: 'where', question: 'Où ?', answer: 'Vladivostok', evidence: ['a1#2', 'a2#4'] });
  });

  it('an abstention hands over a null answer and no evidence', async () => {
    const reply = await runCommand(ask, commandContext(fakeEngine(), 'fr'), { options: { question: 'Rien ?' } });
    expect(reply).toMatchObject({ abstained: true, rated: { command: 'ask', question: 'Rien ?', answer: null, evidence: [] } });
  });

  it('/where, /who and /quotes hand over the question they stand for', async () => {
    const engine = fakeEngine({
      answers: { 'Où a eu lieu le sommet ?': vladivostok },
      quotes: [{ speaker: 'Vladimir Poutine', text: 'Nous avons parlé.', direct: true, doc: 'a2', paragraph: 3, sentence: '« Nous avons parlé. »' }],
    });
    const ctx = commandContext(engine, 'fr');
    expect((await runCommand(where, ctx, { options: { event: 'le sommet' } })).rated).toMatchObject({ command: 'where', question: 'Où a eu lieu le sommet ?', answer: 'Vladivostok' });
    expect((await runCommand(who, ctx, { options: { name: 'Poutine' } })).rated).toEqual({ command: 'who', kind: 'who', question: 'Qui est Vladimir Poutine ?', answer: 'président russe', evidence: ['a1#1', 'a2#2'] });
    expect((await runCommand(who, ctx, { options: { name: 'Personne' } })).rated).toEqual({ command: 'who', kind: 'who', question: 'Qui est Personne ?', answer: null, evidence: [] });
    expect((await runCommand(quotes, ctx, { options: { speaker: 'Vladimir Poutine' } })).rated).toEqual({ command: 'quotes', kind: 'quote', question: 'Qu’a dit Vladimir Poutine ?', answer: 'Nous avons parlé.', evidence: ['a2#3'] });
  });
});

describe('/feedback', () => {
  let dir: string;
  let log: FeedbackLog;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'feedback-command-'));
    let clock = Date.parse('2024-05-01T08:00:00Z');
    log = await FeedbackLog.open({ file: join(dir, 'feedback.jsonl'), now: () => new Date((clock += 60_000)) });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A moderator's context in server g1 (or, with `everywhere`, the console's: every server). */
  const ctx = (everywhere = false) => ({ ...commandContext(fakeEngine(), 'en'), feedback: { log, guild: everywhere ? undefined : 'g1' } });

  it('is a moderator command, private, and says so when no feedback log is served', async () => {
    expect(feedbackCommand).toMatchObject({ moderatorOnly: true, ephemeral: true });
    const reply = await runCommand(feedbackCommand, commandContext(fakeEngine(), 'en'), { options: {}, subcommand: 'frequent' });
    expect(reply).toMatchObject({ error: true, answer: 'Votes are not recorded on this bot.' });
  });

  it('lists the failed questions of the asker’s server with their counts, paginated by 8', async () => {
    for (let i = 0; i < 9; i++) await log.recordUnanswered({ command: 'ask', question: `Question ${i} ?`, answer: null, evidence: [] }, 'g1', `10000000000000000${i}`);
    await log.recordUnanswered({ command: 'ask', question: 'Ailleurs ?', answer: null, evidence: [] }, 'g2', '100000000000000009');
    const first = await runCommand(feedbackCommand, ctx(), { options: {}, subcommand: 'recent' });
    expect(first.fields.map((f) => f.name)).toEqual([8, 7, 6, 5, 4, 3, 2, 1].map((i) => `« Question ${i} ? »`));
    expect(first.fields[0]!.value).toMatch(/^wrong 0 · unanswered 1 · helpful 0 · last 2024-05-01 \d\d:\d\d\nNot answered: the corpus does not say\.$/);
    expect(first).toMatchObject({ description: '9 questions · 0 “wrong” votes · 9 unanswered', footer: 'Page 1/2', pagination: { command: 'feedback', page: 1, pages: 2, options: { sub: 'recent' } } });
    const second = await runCommand(feedbackCommand, ctx(), { options: { sub: 'recent' }, page: 2 });
    expect(second.fields.map((f) => f.name)).toEqual(['« Question 0 ? »']);
    const everywhere = await runCommand(feedbackCommand, ctx(true), { options: {}, subcommand: 'frequent' });
    expect(everywhere.description).toBe('10 questions · 0 “wrong” votes · 10 unanswered');
  });

  it('says plainly when nothing failed, and exports nothing then', async () => {
    for (const subcommand of ['frequent', 'export']) {
      const reply = await runCommand(feedbackCommand, ctx(), { options: {}, subcommand });
      expect(reply).toMatchObject({ abstained: true, answer: 'No question has been voted wrong or left unanswered yet.' });
      expect(reply.attachments).toBeUndefined();
    }
  });

  it('exports a JSON question set as an attachment', async () => {
    const id = await log.recordAnswer({ command: 'ask', kind: 'where', question: 'Où ?', answer: 'Paris', evidence: ['a1#2'] }, 'g1');
    await log.vote(id, '100000000000000001', 'wrong');
    const reply = await runCommand(feedbackCommand, ctx(), { options: {}, subcommand: 'export' });
    expect(reply.attachments).toHaveLength(1);
    const file = reply.attachments![0]!;
    expect(file).toMatchObject({ name: expect.stringMatching(/^feedback-questions-\d{4}-\d\d-\d\d\.json$/), contentType: 'application/json' });
    expect(JSON.parse(file.content).questions).toEqual([{ id: 'fb001', kind: 'where', q: 'Où ?', answer: [], got: 'Paris', cited: ['a1#2'], wrong: 1, unanswered: 0 }]);
    expect(reply.description).toMatch(/^1 question in the format of score\.mjs/);
  });
});

describe('/help', () => {
  const engine = fakeEngine();

  it('lists the registered commands with one example each, in French names for a French member', async () => {
    const ctx = { ...commandContext(engine, 'fr'), registered: { commands, moderator: true } };
    const reply = await runCommand(help, ctx, { options: {} });
    expect(reply.fields).toHaveLength(commands.length);
    expect(reply.footer).toBe(`${commands.length} commandes`);
    const byName = Object.fromEntries(reply.fields.map((f) => [f.name, f.value]));
    expect(byName['/qui']).toBe('Qui est cette personne ? Descriptions, citations et où elle apparaît\nExemple : /qui nom: Vladimir Poutine');
    expect(byName['/citations']).toMatch(/\nExemple : \/citations orateur: Vladimir Poutine$/);
    expect(byName['/chronologie']).toMatch(/\nExemple : \/chronologie personne: Vladimir Poutine$/);
    expect(byName['/où']).toMatch(/\nExemple : \/où événement: la signature de l’accord$/);
    expect(byName['/sources']).toMatch(/\nExemple : \/sources$/);
    expect(byName['/actualiser (modération)']).toMatch(/\nExemple : \/actualiser$/);
    expect(byName['Demander au corpus']).toMatch(/Demander au corpus/);
  });

  it('leaves the moderator commands out for other members, and falls back to a placeholder name', async () => {
    const ctx = { ...commandContext(fakeEngine({ people: [] }), 'en'), registered: { commands, moderator: false } };
    const reply = await runCommand(help, ctx, { options: {} });
    expect(reply.fields.map((f) => f.name)).toEqual(['/ask', '/who', '/when', '/where', '/quotes', '/timeline', '/sources', '/help', 'Ask the corpus']);
    expect(reply.fields[1]!.value).toMatch(/\nExample: \/who name: First Last$/);
    expect(reply.fields[5]!.value).toMatch(/\nExample: \/timeline$/);
  });
});

describe('the message command', () => {
  it('neutralises mentions: nothing of @everyone, @here, users, roles or channels is left', () => {
    expect(plainMentions('@everyone @here <@123456789012345678> <@!123456789012345678> <@&223456789012345678> dans <#323456789012345678>, où ? <t:1700000000:R> <:ok:42> </ask:99>')).toBe(
      'dans , où ? :ok: /ask',
    );
    expect(plainMentions('Le mail @heredia reste')).toBe('Le mail @heredia reste');
  });

  it('asks the message’s text, cut to 300 characters with a note, and hands it to the feedback log', async () => {
    const engine = fakeEngine({ answers: { 'Où ?': vladivostok } });
    const reply = await runCommand(askMessage, commandContext(engine, 'en'), { options: { text: '@everyone  Où ?' } });
    expect(reply).toMatchObject({ title: 'Où ?', answer: 'Vladivostok', rated: { command: 'ask-message', question: 'Où ?' } });
    const long = await runCommand(askMessage, commandContext(engine, 'en'), { options: { text: 'mot '.repeat(200) } });
    expect(long.title.length).toBeLessThanOrEqual(300);
    expect(long.description).toContain('300 characters');
  });

  it('refuses a message with no text once mentions are gone, before touching the engine', () => {
    const engine = fakeEngine();
    expect(askMessage.validate!(commandContext(engine, 'fr'), { options: { text: '<@123456789012345678> @here' } })).toMatchObject({ error: true, ephemeral: true, answer: 'Ce message n’a pas de texte sur lequel interroger le corpus.' });
    expect(engine.calls).toEqual([]);
  });
});
