/** Session 22: behaviour read on real articles, checked on small invented ones. */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/corpus/read-article.js';
import type { Article } from '../../src/corpus/types.js';
import { engineOf } from './tiny-corpus.js';

/** An article read from a file's text, as the bot reads its corpus. */
const fromFile = (name: string, text: string): Article => {
  const { article } = readArticle(name, new TextEncoder().encode(`---\npublished: 2025-09-04\n---\n${text}\n`));
  if (!article) throw new Error(`${name} is no article`);
  return article;
};

describe('typographic hyphens inside names', () => {
  it('reads "Anne\\u2011Liis Kask" as one person', () => {
    const engine = engineOf([fromFile('001.md', 'Une touriste estonienne a été confirmée comme décédée par la ministre de la Culture Anne\u2011Liis Kask. Le bilan reste provisoire.')]);
    expect(engine.ask('Quelle ministre a confirmé le décès de la touriste ?').answer).toContain('Anne-Liis Kask');
  });
});

describe('models named by a brand that is also a given name', () => {
  it('answers "Victor K-220" though "Victor" is a given name; a given name and a Roman numeral stay a person', async () => {
    const { models } = await import('../../src/qa/spans.js');
    expect(models("Au volant d'un fourgon Victor K-220, le modèle le plus vendu du pays, un homme a forcé le barrage.").map((m) => m.text)).toEqual(["Victor K-220"]);
    expect(models('Le roi Felipe VI a présenté ses condoléances.')).toEqual([]);
  });
});
