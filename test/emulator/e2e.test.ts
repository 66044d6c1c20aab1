/**
 * End to end: the real discord.js Client and the real engine on corpus/, through the local Discord emulator.
 * Every command and autocomplete; answers, abstention, pagination, hostile input, resume after a dropped
 * socket, 50 concurrent /ask; and, over everything captured, Discord's limits and no possible ping.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEngine } from '../../src/engine.js';
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

let h: Harness;

beforeAll(async () => {
  const engine = await openEngine({ corpusDir: 'corpus', cacheDir: mkdtempSync(join(tmpdir(), 'bot-e2e-')) });
  h = await startHarness(engine);
});

afterAll(async () => {
  await h?.stop();
});

function embedOf(message: Record<string, unknown>): Embed {
  const embeds = message.embeds as Embed[];
  expect(embeds.length).toBe(1);
  return embeds[0];
}

function embedText(embed: Embed): string {
  return [embed.title, embed.description, ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]), embed.footer?.text].join('\n');
}

/** Sends a command, checks it is acknowledged and shown within 3 s, returns the shown message. */
async function ask(name: string, options: Record<string, string>, locale = 'fr') {
  const ix = h.emulator.sendCommand(name, options, { locale });
  const ackMs = await ix.acknowledged();
  const shown = await ix.shown();
  expect(ackMs).toBeLessThan(3000);
  expect(shown.at - ix.sentAt).toBeLessThan(3000);
  return { ix, ackMs, message: shown.message, shownMs: shown.at - ix.sentAt };
}

describe('deploy-commands through DISCORD_API_URL', () => {
  it('registered the twelve commands in the guild', () => {
    const put = h.emulator.records.find((r) => r.method === 'PUT');
    expect(put?.path).toBe(`/applications/${h.emulator.applicationId}/guilds/${h.emulator.guildId}/commands`);
    expect([...h.emulator.commands.keys()].sort()).toEqual(['Ask the corpus', 'ask', 'corpus', 'feedback', 'help', 'quotes', 'refresh', 'sources', 'timeline', 'when', 'where', 'who']);
  });
});

describe('/ask', () => {
  it('answers where the summit was held — Vladivostok — with sources, within 3 s', async () => {
    const { message, shownMs } = await ask('ask', { question: "Où s'est tenu le sommet entre Kim Jong-un et Vladimir Poutine ?" });
    const embed = embedOf(message);
    expect(embed.description).toContain('Vladivostok');
    expect(embed.fields?.length).toBeGreaterThanOrEqual(1);
    expect(embed.fields?.length).toBeLessThanOrEqual(3);
    for (const f of embed.fields ?? []) expect(f.value).toMatch(/§\d+/);
    expect(embed.footer?.text).toMatch(/\d+ articles? concorde/);
    expect(shownMs).toBeLessThan(3000);
  });

  it('says the corpus does not say for the football World Cup, with nothing misleading', async () => {
    const { message } = await ask('ask', { question: 'Qui a gagné la Coupe du monde de football ?' });
    const embed = embedOf(message);
    expect(embed.description).toContain('Le corpus ne le dit pas.');
    expect(embed.fields ?? []).toEqual([]);
    expect(embed.footer).toBeUndefined();
  });

  it('writes its labels in English for an English locale', async () => {
    const { message } = await ask('ask', { question: 'Qui a gagné la Coupe du monde de football ?' }, 'en-US');
    expect(embedOf(message).description).toContain('The corpus does not say.');
  });
});

describe('/when and /where', () => {
  it('/where the summit → Vladivostok with passages', async () => {
    const { message } = await ask('where', { event: 'le sommet entre Kim Jong-un et Vladimir Poutine' });
    const embed = embedOf(message);
    expect(embed.title).toContain('Où');
    expect(embed.description).toContain('Vladivostok');
    expect(embed.fields?.length).toBeGreaterThan(0);
  });

  it('/when the summit → a date with passages, or a plain abstention', async () => {
    const { message } = await ask('when', { event: 'le sommet entre Kim Jong-un et Vladimir Poutine à Vladivostok' });
    const embed = embedOf(message);
    expect(embed.title).toContain('Quand');
    if (!embed.description?.includes('Le corpus ne le dit pas')) {
      expect(embed.description).toMatch(/\d{4}|avril|février|jeudi/);
      expect(embed.fields?.length).toBeGreaterThan(0);
    }
  });
});

describe('/who', () => {
  it('autocompletes "Pou" to Vladimir Poutine (≤ 25 choices)', async () => {
    const ix = h.emulator.sendAutocomplete('who', { name: 'Pou' }, 'name');
    const choices = await ix.choices();
    expect(await ix.acknowledged()).toBeLessThan(3000);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.map((c) => c.value)).toContain('Vladimir Poutine');
  });

  it('describes Vladimir Poutine with sources, quotes and articles', async () => {
    const { message } = await ask('who', { name: 'Vladimir Poutine' });
    const embed = embedOf(message);
    expect(embed.title).toContain('Vladimir Poutine');
    expect(embed.description).toMatch(/président/);
    expect(embed.fields?.some((f) => /§\d+/.test(f.value))).toBe(true);
    expect(embed.footer?.text).toMatch(/mention/);
  });

  it('abstains plainly for someone the corpus does not name', async () => {
    const { message } = await ask('who', { name: 'Zinédine Zidane' });
    expect(embedOf(message).description).toContain('Le corpus ne le dit pas.');
  });
});

describe('/quotes', () => {
  it('autocompletes the speaker', async () => {
    const choices = await h.emulator.sendAutocomplete('quotes', { speaker: 'Kim' }, 'speaker').choices();
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.some((c) => String(c.value).includes('Kim'))).toBe(true);
  });

  it('lists what Kim Jong-un said, with article and paragraph', async () => {
    const { message } = await ask('quotes', { speaker: 'Kim Jong-un' });
    const embed = embedOf(message);
    if (!embed.description?.includes('Le corpus ne le dit pas')) {
      expect(embed.fields?.length).toBeGreaterThan(0);
      for (const f of embed.fields ?? []) expect(f.value).toMatch(/§\d+/);
    }
  });

  it('narrows with about', async () => {
    const { message } = await ask('quotes', { speaker: 'Kim Jong-un', about: 'succès' });
    expect(embedOf(message).title).toContain('succès');
  });
});

describe('/timeline', () => {
  it('autocompletes the person', async () => {
    const choices = await h.emulator.sendAutocomplete('timeline', { person: 'Ki' }, 'person').choices();
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.some((c) => String(c.value).startsWith('Kim'))).toBe(true);
  });

  it('lists dated events with sources, and Previous/Next page through them', async () => {
    const { message } = await ask('timeline', {});
    const embed = embedOf(message);
    expect(embed.fields?.length).toBeGreaterThan(0);
    for (const f of embed.fields ?? []) {
      expect(f.name).toMatch(/^\d{4}(-\d{2}){0,2}/);
      expect(f.value).toMatch(/§\d+/);
    }
    const rows = message.components as Row[];
    expect(rows.length).toBe(1); // the shipped corpus has more dated events than one message shows
    const [prev, next] = rows[0].components;
    expect(prev.disabled).toBe(true);
    expect(next.disabled).toBe(false);
    expect(embed.footer?.text).toMatch(/Page 1\//);

    const click = h.emulator.sendButton(message, next.custom_id);
    expect(await click.acknowledged()).toBeLessThan(3000);
    const page2 = (await click.shown()).message;
    expect(page2.id).toBe(message.id); // the same message, edited
    const embed2 = embedOf(page2);
    expect(embed2.footer?.text).toMatch(/Page 2\//);
    expect(embed2.fields?.map((f) => f.value)).not.toEqual(embed.fields?.map((f) => f.value));
    const back = (page2.components as Row[])[0].components[0];
    expect(back.disabled).toBe(false);
    const page1 = (await h.emulator.sendButton(page2, back.custom_id).shown()).message;
    expect(embedOf(page1).footer?.text).toMatch(/Page 1\//);
  });

  it('filters by dates', async () => {
    const { message } = await ask('timeline', { from: '2019-04-01', to: '2019-04-30' });
    const embed = embedOf(message);
    for (const f of embed.fields ?? []) expect(f.name.slice(0, 7) >= '2019-04' || f.name.startsWith('2019 ')).toBe(true);
  });

  it('rejects a malformed date with a clear private message', async () => {
    const ix = h.emulator.sendCommand('timeline', { from: '25/04/2019' }, { locale: 'fr' });
    const shown = await ix.shown();
    expect(shown.kind).toBe('reply');
    expect(Number(shown.message.flags) & 64).toBe(64);
    expect(String(shown.message.content)).toContain('AAAA-MM-JJ');
  });
});

describe('/sources', () => {
  it('lists the five articles with date and paragraphs', async () => {
    const { message } = await ask('sources', {});
    const embed = embedOf(message);
    expect(embed.fields?.length).toBe(5);
    expect(embed.description).toMatch(/5 articles/);
    for (const f of embed.fields ?? []) expect(f.value).toMatch(/paragraphes/);
  });
});

describe('hostile input', () => {
  const hostile = [
    '@everyone @here qui est Kim ?',
    '<@&123456789012345678> <@123456789012345678> <#123456789012345678> où ?',
    'x'.repeat(5000),
    'Où ' + 'Vladivostok '.repeat(450),
    'Kim: foo~ ^ * +Poutine -sommet bar~2 ^10 "guillemets',
    '**gras** __souligné__ `code` ```bloc``` [lien](https://evil.example) > citation # titre ||spoiler||',
  ];

  it.each(hostile.map((text, i) => [i, text] as const))('/ask #%i is answered without error', async (_i, text) => {
    const { message } = await ask('ask', { question: text });
    expect(Number(message.flags ?? 0) & 64).toBe(0); // not the ephemeral error
    const embed = embedOf(message);
    expect(embed.title?.length).toBeLessThanOrEqual(256);
    expect(embedText(embed)).not.toMatch(/@everyone|@here|<@&?\d|<#\d/);
  });

  it('is harmless in every text option', async () => {
    for (const [name, options] of [
      ['who', { name: '@everyone' }],
      ['when', { event: '<@&123456789012345678> ' + 'y'.repeat(4000) }],
      ['where', { event: 'Kim: ^ * ~' }],
      ['quotes', { speaker: '@here', about: '**x**' }],
      ['timeline', { person: '<@123456789012345678>' }],
    ] as const) {
      const { message } = await ask(name, options as Record<string, string>);
      expect(Number(message.flags ?? 0) & 64).toBe(0);
      expect(embedText(embedOf(message))).not.toMatch(/@everyone|@here|<@&?\d/);
    }
    const choices = await h.emulator.sendAutocomplete('who', { name: '@everyone ' + 'z'.repeat(200) }, 'name').choices();
    expect(Array.isArray(choices)).toBe(true);
  });
});

describe('gateway resilience', () => {
  it('resumes after the socket is closed, and keeps answering', async () => {
    const identifies = h.emulator.identifies;
    const resumes = h.emulator.resumes;
    h.emulator.drop({ code: 4000 });
    await h.emulator.waitFor(() => h.emulator.resumes === resumes + 1 && h.emulator.liveSessions === 1, 15_000, 'a RESUME');
    expect(h.emulator.identifies).toBe(identifies);
    const { message } = await ask('ask', { question: "Où s'est tenu le sommet entre Kim Jong-un et Vladimir Poutine ?" });
    expect(embedOf(message).description).toContain('Vladivostok');
  });

  it('resumes after a network cut (no close frame) and answers an interaction sent while it was away', async () => {
    const resumes = h.emulator.resumes;
    h.emulator.drop({ terminate: true });
    // Sent while disconnected: Discord replays it on RESUME.
    const ix = h.emulator.sendCommand('sources', {}, { locale: 'fr' });
    await h.emulator.waitFor(() => h.emulator.resumes === resumes + 1, 15_000, 'a RESUME');
    const shown = await ix.shown();
    expect(embedOf(shown.message).fields?.length).toBe(5);
    expect(await ix.acknowledged()).toBeLessThan(3000);
  });
});

describe('load', () => {
  it('acknowledges 50 concurrent /ask each within 3 s and answers them all', async () => {
    const questions = [
      "Où s'est tenu le sommet entre Kim Jong-un et Vladimir Poutine ?",
      'Quand a eu lieu le sommet ?',
      'Qui est Iouri Ouchakov ?',
      'Qui a gagné la Coupe du monde de football ?',
      'Qu’a dit Kim Jong-un ?',
    ];
    const handles = Array.from({ length: 50 }, (_, i) => h.emulator.sendCommand('ask', { question: `${questions[i % questions.length]}` }, { locale: i % 2 ? 'fr' : 'en-GB' }));
    const acks = await Promise.all(handles.map((ix) => ix.acknowledged(10_000)));
    const shown = await Promise.all(handles.map((ix) => ix.shown(20_000)));
    const answerMs = shown.map((s, i) => s.at - handles[i].sentAt);
    const max = Math.max(...acks);
    const sorted = [...acks].sort((a, b) => a - b);
    console.log(
      `50 concurrent /ask: ack p50 ${sorted[24].toFixed(0)} ms, max ${max.toFixed(0)} ms; answer max ${Math.max(...answerMs).toFixed(0)} ms`,
    );
    expect(max).toBeLessThan(3000);
    for (const s of shown) expect((s.message.embeds as unknown[]).length).toBe(1);
  });
});

describe('everything captured', () => {
  it('respects Discord limits and never allows a mention', () => {
    const bodies = h.emulator.sentMessageBodies();
    expect(bodies.length).toBeGreaterThan(50);
    for (const { path, body } of bodies) {
      expect(messageLimitViolations(body), path).toEqual([]);
      expect((body.allowed_mentions as { parse?: unknown[] } | undefined)?.parse, path).toEqual([]);
    }
  });

  it('made no refused or unknown request, and logged no error', () => {
    const refused = h.emulator.records.filter((r) => r.status >= 400 || r.kind === 'unhandled');
    expect(refused.map((r) => `${r.method} ${r.path} ${r.status} ${r.violations?.join('; ') ?? ''}`)).toEqual([]);
    expect(h.logs.filter((l) => l.level === 'error')).toEqual([]);
  });
});
