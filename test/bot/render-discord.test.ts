import { describe, expect, it } from 'vitest';
import { decodePageId, encodePageId } from '../../src/bot/pagination.js';
import { citation, fitEmbed, renderDiscord } from '../../src/bot/render-discord.js';
import { cutAtWord } from '../../src/reply/text.js';
import type { Reply } from '../../src/reply/types.js';
import { messageLimitViolations } from '../emulator/limits.js';

/** The REST body discord.js would send (what the limits apply to). */
function asRest(reply: Reply) {
  const m = renderDiscord(reply);
  return { content: m.content, embeds: m.embeds, components: m.components, allowed_mentions: { parse: m.allowedMentions.parse } };
}

const ref = { articleId: 'a1', title: 'Sommet', source: 'AFP', published: '2019-04-25', paragraph: 3 };
const words = (n: number) => Array.from({ length: n }, (_, i) => `mot${i}`).join(' ');

describe('cutAtWord', () => {
  it('keeps text that fits and cuts long text at a word with an ellipsis', () => {
    expect(cutAtWord('court', 10)).toBe('court');
    const cut = cutAtWord('un deux trois quatre cinq six', 16);
    expect(cut).toBe('un deux trois…');
    expect(cut.length).toBeLessThanOrEqual(16);
  });

  it('never splits a surrogate pair and respects tiny limits', () => {
    const cut = cutAtWord('😀'.repeat(100), 11);
    expect(cut.length).toBeLessThanOrEqual(11);
    expect(cut).not.toMatch(/[\ud800-\udbff]…$/u);
    expect(cutAtWord('abc', 1)).toBe('…');
    expect(cutAtWord('abc', 0)).toBe('');
  });
});

describe('renderDiscord', () => {
  it('holds every Discord limit on a reply far over all of them', () => {
    const huge: Reply = {
      locale: 'fr',
      title: words(400),
      answer: words(2000),
      description: words(3000),
      passages: Array.from({ length: 10 }, () => ({ ...ref, title: words(200), text: words(1000), source: words(100) })),
      fields: Array.from({ length: 40 }, () => ({ name: words(300), value: words(2000), sources: Array.from({ length: 20 }, () => ({ ...ref, title: words(100) })) })),
      footer: words(3000),
      abstained: false,
      pagination: { command: 'timeline', page: 2, pages: 9, options: { person: 'Vladimir Poutine', from: '2019-04', to: '2019-04-30' } },
    };
    const body = asRest(huge);
    expect(messageLimitViolations(body)).toEqual([]);
    const embed = body.embeds[0];
    expect(embed.title!.endsWith('…')).toBe(true);
    expect(embed.title!.length).toBeLessThanOrEqual(256);
    expect(embed.fields!.length).toBeGreaterThan(0); // citations are kept before a long description
    expect(embed.fields!.length).toBeLessThanOrEqual(25);
    for (const f of embed.fields!) expect(f.value).toMatch(/§3/); // citations survive the cut
  });

  it('cuts an over-long error at 2000 characters of content', () => {
    const body = asRest({ locale: 'en', title: '', answer: words(1000), passages: [], fields: [], abstained: false, error: true, ephemeral: true });
    expect(body.content!.length).toBeLessThanOrEqual(2000);
    expect(body.content!.endsWith('…')).toBe(true);
    expect(renderDiscord({ locale: 'en', title: '', answer: 'x', passages: [], fields: [], abstained: false, error: true, ephemeral: true }).flags).toBe(64);
  });

  it('escapes markdown and defuses mentions in every piece of user or corpus text', () => {
    const hostile = '**gras** @everyone @here <@&123456789012345678> <@42> <#7> `code` [lien](https://evil) > cite';
    const body = asRest({
      locale: 'en',
      title: hostile,
      answer: hostile,
      description: hostile,
      passages: [{ ...ref, title: hostile, text: hostile, source: hostile }],
      fields: [{ name: hostile, value: hostile, sources: [{ ...ref, title: hostile }] }],
      footer: '1 article agrees',
      abstained: false,
    });
    const text = JSON.stringify(body.embeds);
    expect(text).not.toMatch(/@everyone|@here|<@&?\d|<#\d/);
    expect(text).not.toContain('[lien](https://evil)');
    expect(body.embeds[0].title).toContain('\\*\\*gras\\*\\*');
    expect(body.embeds[0].title).toContain('\\[lien\\]\\(https://evil\\)');
    expect(body.allowed_mentions.parse).toEqual([]);
  });

  it('shows the answer in bold, then passages with title, source, date and paragraph, linked when there is a url', () => {
    const message = renderDiscord({
      locale: 'fr',
      title: 'Où ?',
      answer: 'Vladivostok',
      passages: [{ ...ref, url: 'https://example.org/a(1)', text: 'Le sommet a eu lieu à Vladivostok.' }, { ...ref, publishedEstimated: true, text: 'Autre.' }],
      fields: [],
      footer: '2 articles concordent',
      abstained: false,
    });
    const [embed] = message.embeds;
    expect(embed.description).toBe('**Vladivostok**');
    expect(embed.fields![0]).toEqual({ name: 'Passage 1 — Sommet', value: '> Le sommet a eu lieu à Vladivostok.\n— [Source](https://example.org/a%281%29) · AFP · 2019-04-25 · §3' });
    expect(embed.fields![1].value).toContain('2019-04-25 (estimée) · §3');
    expect(embed.footer).toEqual({ text: '2 articles concordent' });
    expect(message.components).toEqual([]);
  });

  it('draws an abstention grey, without fields or count', () => {
    const [embed] = renderDiscord({ locale: 'en', title: 'Q', answer: 'The corpus does not say.', passages: [], fields: [], abstained: true }).embeds;
    expect(embed.color).toBe(0x99aab5);
    expect(embed.fields).toBeUndefined();
    expect(embed.footer).toBeUndefined();
  });

  it('adds Previous/Next buttons in the reply language, disabled at the ends', () => {
    const reply: Reply = { locale: 'fr', title: 'Chronologie', passages: [], fields: [{ name: '2019', value: 'x' }], abstained: false, pagination: { command: 'timeline', page: 1, pages: 3, options: { from: '2019' } } };
    const [row] = renderDiscord(reply).components;
    const [prev, next] = row.components as { label: string; disabled: boolean; custom_id: string }[];
    expect(prev).toMatchObject({ label: '◀ Précédent', disabled: true });
    expect(next).toMatchObject({ label: 'Suivant ▶', disabled: false });
    expect(decodePageId(next.custom_id)).toEqual({ command: 'timeline', page: 2, options: { from: '2019' } });
    expect(prev.custom_id).not.toBe(next.custom_id);
  });

  it('limits the embed total to 6000 by dropping trailing fields first', () => {
    const fitted = fitEmbed({ title: 't', description: 'd'.repeat(4000), fields: Array.from({ length: 10 }, (_, i) => ({ name: `f${i}`, value: 'v'.repeat(1000) })) });
    const total = 1 + fitted.description!.length + fitted.fields!.reduce((n, f) => n + f.name.length + f.value.length, 0);
    expect(total).toBeLessThanOrEqual(6000);
    expect(fitted.fields!.length).toBeGreaterThanOrEqual(4);
    expect(fitted.description!.length).toBeGreaterThanOrEqual(1000);
  });
});

describe('citation', () => {
  it('ignores non-http links', () => {
    expect(citation({ ...ref, url: 'javascript:alert(1)' }, true, 'en')).toBe('Sommet · AFP · 2019-04-25 · §3');
  });
});

describe('pagination ids', () => {
  it('round-trip and stay within 100 characters, refusing state that would not fit', () => {
    const options = { person: 'é'.repeat(40), from: '2019-04-01', to: '2019-04-30' };
    const id = encodePageId({ command: 'timeline', options }, 12);
    expect(id!.length).toBeLessThanOrEqual(100);
    expect(decodePageId(id!)).toEqual({ command: 'timeline', page: 12, options });
    const quotes = encodePageId({ command: 'quotes', options: { speaker: 'x'.repeat(40), about: 'y'.repeat(30) } }, 99);
    expect(quotes!.length).toBeLessThanOrEqual(100);
    expect(encodePageId({ command: 'timeline', options: { person: 'x'.repeat(200) } }, 1)).toBeUndefined();
    expect(decodePageId('page\u001ftimeline\u001f-1')).toBeUndefined();
    expect(decodePageId('page\u001ftimeline\u001f2\u001fbroken')).toBeUndefined();
    expect(decodePageId('other')).toBeUndefined();
  });
});
