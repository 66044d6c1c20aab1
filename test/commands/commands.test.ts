import { describe, expect, it } from 'vitest';
import { command as ask } from '../../commands/ask.js';
import { command as quotes } from '../../commands/quotes.js';
import { command as sources } from '../../commands/sources.js';
import { command as timeline } from '../../commands/timeline.js';
import { command as when } from '../../commands/when.js';
import { command as where } from '../../commands/where.js';
import { eventQuestion } from '../../src/command/event-command.js';
import { command as who } from '../../commands/who.js';
import { commandContext, runCommand } from '../../src/command/run-command.js';
import type { PersonSummary, TimelineEvent } from '../../src/qa/types.js';
import { fakeEngine, poutine } from './fake-engine.js';

const vladivostok = {
  answer: 'Vladivostok',
  kind: 'where' as const,
  evidence: [
    { doc: 'a1', paragraph: 2, text: 'Le sommet a eu lieu à Vladivostok.', score: 3 },
    { doc: 'a1', paragraph: 2, text: 'doublon du même paragraphe', score: 2 },
    { doc: 'a2', paragraph: 4, text: 'Kim est arrivé à Vladivostok.', score: 2 },
    { doc: 'a2', paragraph: 5, text: 'Troisième.', score: 1 },
    { doc: 'a2', paragraph: 6, text: 'Quatrième.', score: 1 },
  ],
  agreeing: 2,
};

describe('/ask', () => {
  it('answers with at most 3 cited passages (one per paragraph) and the agreeing count', async () => {
    const engine = fakeEngine({ answers: { 'Où ?': vladivostok } });
    const reply = await runCommand(ask, commandContext(engine, 'en'), { options: { question: '  Où ? ' } });
    expect(reply.answer).toBe('Vladivostok');
    expect(reply.passages.map((p) => `${p.articleId}#${p.paragraph}`)).toEqual(['a1#2', 'a2#4', 'a2#5']);
    expect(reply.passages[0]).toMatchObject({ title: 'Sommet à Vladivostok', source: 'AFP', published: '2019-04-25', url: 'https://example.org/a1' });
    expect(reply.footer).toBe('2 articles agree');
    expect(reply.abstained).toBe(false);
  });

  it('abstains plainly: no passages, no count, the core reason worded in the asker\'s language', async () => {
    const engine = fakeEngine({ answers: { 'Coupe du monde ?': { answer: null, evidence: [], reason: { code: 'unknownName', params: { names: 'Coupe' } }, note: 'The corpus does not mention Coupe.' } } });
    const reply = await runCommand(ask, commandContext(engine, 'fr'), { options: { question: 'Coupe du monde ?' } });
    expect(reply).toMatchObject({ abstained: true, answer: 'Le corpus ne le dit pas.', passages: [], fields: [] });
    expect(reply.footer).toBeUndefined();
    expect(reply.description).toBe('Le corpus ne mentionne pas Coupe.');
  });

  it('cuts a question longer than 300 characters and says so', async () => {
    const engine = fakeEngine();
    const reply = await runCommand(ask, commandContext(engine, 'en'), { options: { question: 'mot '.repeat(1250) } });
    const asked = engine.calls.find((c) => c.method === 'ask')!.args[0] as string;
    expect(asked.length).toBeLessThanOrEqual(300);
    expect(reply.description).toContain('300 characters');
  });

  it('refuses an empty question before touching the engine', () => {
    const reply = ask.validate!(commandContext(fakeEngine(), 'fr'), { options: { question: '   ' } });
    expect(reply).toMatchObject({ error: true, ephemeral: true });
  });
});

describe('/when and /where', () => {
  it('build French questions from the event', () => {
    expect(eventQuestion('when', 'le sommet entre Kim et Poutine')).toBe('Quand a eu lieu le sommet entre Kim et Poutine ?');
    expect(eventQuestion('where', "l'arrivée de Kim ?")).toBe("Où a eu lieu l'arrivée de Kim ?");
    expect(eventQuestion('when', 'Kim est arrivé en Russie')).toBe('Quand Kim est arrivé en Russie ?');
    expect(eventQuestion('where', 'Où se tient le sommet?')).toBe('Où se tient le sommet ?');
  });

  it('ask the core and show the date with passages', async () => {
    const engine = fakeEngine({ answers: { 'Quand a eu lieu le sommet ?': { answer: 'jeudi 25 avril 2019', date: '2019-04-25', kind: 'when', evidence: vladivostok.evidence } } });
    const reply = await runCommand(when, commandContext(engine, 'fr'), { options: { event: 'le sommet' } });
    expect(reply.title).toBe('Quand : le sommet');
    expect(reply.answer).toBe('jeudi 25 avril 2019 (2019-04-25)');
    expect(reply.passages.length).toBe(3);
    const whereReply = await runCommand(where, commandContext(engine, 'en'), { options: { event: 'le sommet' } });
    expect(whereReply.title).toBe('Where: le sommet');
    expect(whereReply.abstained).toBe(true);
  });
});

describe('/who', () => {
  it('describes the person once per distinct description, citing every place', async () => {
    const engine = fakeEngine({ quotes: [{ speaker: 'Vladimir Poutine', personId: 'vladimir poutine', text: 'Nous aiderons', direct: true, doc: 'a1', paragraph: 3, sentence: '« Nous aiderons », a dit Poutine.' }] });
    const reply = await runCommand(who, commandContext(engine, 'en'), { options: { name: 'Poutine' } });
    expect(reply.title).toBe('Who is Vladimir Poutine?');
    expect(reply.answer).toBe('président russe');
    const [descriptions, said, appears] = reply.fields;
    expect(descriptions.value).toBe('• président russe');
    expect(descriptions.sources?.map((s) => s.articleId)).toEqual(['a1', 'a2']);
    expect(said.value).toBe('« Nous aiderons »');
    expect(appears.value).toContain('Kim en Russie');
    expect(reply.footer).toBe('7 mentions in 2 articles');
  });

  it('abstains for an unknown name', async () => {
    const reply = await runCommand(who, commandContext(fakeEngine(), 'fr'), { options: { name: 'Zidane' } });
    expect(reply).toMatchObject({ abstained: true, answer: 'Le corpus ne le dit pas.' });
  });

  it('autocompletes at most 25 people, names and values within 100 characters', async () => {
    const many: PersonSummary[] = Array.from({ length: 40 }, (_, i) => ({
      ...poutine,
      id: `p${i}`,
      name: `Pou${i} ${'x'.repeat(120)}`,
      descriptions: [{ text: 'd'.repeat(200), doc: 'a1', paragraph: 1 }],
    }));
    const choices = await who.autocomplete!(commandContext(fakeEngine({ people: many }), 'en'), { name: 'name', value: 'Pou' });
    expect(choices.length).toBe(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(60);
    }
  });
});

describe('/quotes', () => {
  it('says plainly when nothing was said', async () => {
    const reply = await runCommand(quotes, commandContext(fakeEngine(), 'en'), { options: { speaker: 'Poutine', about: 'football' } });
    expect(reply.abstained).toBe(true);
    expect(reply.description).toBe('The corpus reports nothing said by Vladimir Poutine about football.');
  });
});

describe('/timeline', () => {
  const events: TimelineEvent[] = Array.from({ length: 20 }, (_, i) => ({
    date: `2019-04-${String(i + 1).padStart(2, '0')}`,
    text: `Événement ${i + 1} `.repeat(20),
    sources: [{ doc: 'a1', paragraph: i + 1 }],
    people: ['Vladimir Poutine'],
  }));

  it('validates dates: YYYY, YYYY-MM or YYYY-MM-DD, real days, from before to', () => {
    const ctx = commandContext(fakeEngine(), 'en');
    for (const ok of ['2019', '2019-04', '2019-04-25', '2020-02-29']) expect(timeline.validate!(ctx, { options: { from: ok } }), ok).toBeUndefined();
    for (const bad of ['19', '2019-4', '2019-13', '2019-02-29', '25/04/2019', 'hier', '2019-04-25T10:00']) {
      const reply = timeline.validate!(ctx, { options: { to: bad } });
      expect(reply?.answer, bad).toContain('YYYY-MM-DD');
      expect(reply?.ephemeral).toBe(true);
    }
    expect(timeline.validate!(ctx, { options: { from: '2019-05', to: '2019-04-30' } })?.answer).toContain('after');
    expect(timeline.validate!(ctx, { options: { from: '2019-04', to: '2019' } })).toBeUndefined();
  });

  it('pages long timelines and passes the filter to the engine', async () => {
    const engine = fakeEngine({ events });
    const ctx = commandContext(engine, 'fr');
    const first = await runCommand(timeline, ctx, { options: { person: 'Poutine', from: '2019-04' } });
    expect(engine.calls.find((c) => c.method === 'timeline')?.args[0]).toEqual({ person: 'Vladimir Poutine', from: '2019-04', to: undefined });
    expect(first.pagination).toMatchObject({ command: 'timeline', page: 1, options: { person: 'Vladimir Poutine', from: '2019-04' } });
    const pages = first.pagination!.pages;
    expect(pages).toBeGreaterThan(1);
    const seen = new Set<string>();
    for (let page = 1; page <= pages; page++) {
      const reply = await runCommand(timeline, ctx, { options: first.pagination!.options, page });
      for (const f of reply.fields) seen.add(f.name + f.value);
      expect(reply.footer).toContain(`Page ${page}/${pages}`);
    }
    expect(seen.size).toBe(20);
    const beyond = await runCommand(timeline, ctx, { options: {}, page: 99 });
    expect(beyond.pagination?.page).toBe(pages);
  });

  it('abstains when no event matches', async () => {
    const reply = await runCommand(timeline, commandContext(fakeEngine(), 'en'), { options: { from: '1990' } });
    expect(reply).toMatchObject({ abstained: true, answer: 'The corpus reports no dated event for this selection.' });
  });
});

describe('/sources', () => {
  it('lists articles with source, date (estimated marked) and paragraphs', async () => {
    const reply = await runCommand(sources, commandContext(fakeEngine(), 'fr'), { options: {} });
    expect(reply.description).toBe('2 articles, 13 passages');
    expect(reply.fields[0].value).toBe('AFP · publié le 2019-04-25 · 5 paragraphes · a1.md');
    expect(reply.fields[0].sources?.[0].url).toBe('https://example.org/a1');
    expect(reply.fields[1].value).toContain('2019-04-24 (estimée)');
  });

  it('gives the month of an article known only to its month, and says when no date is known', async () => {
    const articles = [
      { id: 'm', file: 'm.txt', title: 'Sans jour', paragraphs: 3, bytes: 10, publishedMonth: '2017-12' },
      { id: 'n', file: 'n.txt', title: 'Sans date', paragraphs: 2, bytes: 10 },
    ];
    const reply = await runCommand(sources, commandContext(fakeEngine({ articles }), 'en'), { options: {} });
    expect(reply.fields.map((f) => f.value)).toEqual(['published 2017-12 (est.) · 3 paragraphs · m.txt', 'date unknown · 2 paragraphs · n.txt']);
  });
});
