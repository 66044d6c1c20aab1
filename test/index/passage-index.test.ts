import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types.js';
import { buildCorpusIndex } from '../../src/index/corpus-index.js';
import { articleFrequency, searchArticles } from '../../src/index/passage-index.js';
import { buildArticleIndex } from './reference-lunr.js';
import { ArraySentenceStore } from '../../src/index/sentence-store.js';
import { annotate } from '../../src/nlp/annotate.js';
import { terms } from '../../src/nlp/tokens.js';

const article = (id: string, paragraphs: string[]): Article => ({
  id, file: `${id}.md`, title: id, published: '2024-03-12', language: 'fr', paragraphs, bytes: 0,
});

const built = buildCorpusIndex([
  article('001', [
    'Les ministres européens se retrouvent mardi à Lisbonne pour négocier sur le méthane.',
    'La Pologne a fait savoir qu\'elle s\'opposerait à tout objectif contraignant.',
  ]),
  article('002', ['Le sommet sur le méthane s\'est ouvert à 10h30 au Centre culturel de Belém.']),
]);
const index = built.lunr;
const articles = built.meta.articles.length;
const searchPassages = (i: typeof index, q: Map<string, number>, limit: number) => searchArticles(i, q, articles, limit);

/** Weighted query of analysed terms, all of weight 1. */
const query = (text: string) => new Map(terms(text).map((t) => [t, 1]));
/** The articles hit, by id. */
const where = (hits: { doc: number }[]) => hits.map((h) => built.meta.articles[h.doc].id);

describe('buildArticleIndex / searchArticles', () => {
  it('indexes one document per article, and counts the passages', () => {
    expect(where(searchPassages(index, query('Lisbonne Pologne Belém'), 10)).sort()).toEqual(['001', '002']);
    expect(built.meta.passages).toBe(3);
    expect(articleFrequency(index, 'methan')).toBe(2);
    expect(articleFrequency(index, 'pologn')).toBe(1);
  });

  it('finds the paragraph holding an analysed term, whatever its inflection', () => {
    expect(where(searchPassages(index, query('contraignants'), 10))).toEqual(['001']);
    expect(where(searchPassages(index, query('négociations'), 10))).toEqual(['001']);
  });

  it('ranks best first and keeps to the limit', () => {
    const hits = searchPassages(index, query('méthane Belém'), 10);
    expect(where(hits)).toEqual(['002', '001']);
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
    expect(searchPassages(index, query('méthane'), 1)).toHaveLength(1);
  });

  it('returns nothing for terms the corpus lacks and for an empty query', () => {
    expect(searchPassages(index, query('football'), 10)).toEqual([]);
    expect(searchPassages(index, new Map(), 10)).toEqual([]);
  });

  it('never throws on Lunr query syntax in terms (*, :, ~, ^, +, -) and ignores those terms', () => {
    for (const bad of ['*', 'meth*', 'title:methan', 'methan~1', 'methan^10', '+methan', '-methan', ':', '~', '^', '', ' ']) {
      let hits: ReturnType<typeof searchPassages> = [];
      expect(() => (hits = searchPassages(index, new Map([[bad, 1]]), 10))).not.toThrow();
      expect(hits).toEqual([]);
    }
  });

  it('still answers with the safe terms of a query that mixes in unsafe ones', () => {
    const hits = searchPassages(index, new Map([['*', 1], ['pologn', 1], ['a:b', 1]]), 10);
    expect(where(hits)).toEqual(['001']);
  });

  it('leaves terms found in most articles of a large corpus out of the Lunr query when rarer ones are there', { timeout: 60_000 }, () => {
    // 600 articles on methane; three name Poland: 'methan' (in all) is too common to send when 'pologn' is there.
    const many = buildCorpusIndex(Array.from({ length: 600 }, (_, i) => article(`a${i}`, [i % 200 === 3 ? 'La Pologne refuse tout accord sur le méthane.' : `Le méthane inquiète la région numéro ${i}.`])));
    const ids = (hits: { doc: number }[]) => hits.map((h) => many.meta.articles[h.doc].id).sort();
    expect(ids(searchArticles(many.lunr, new Map([['methan', 5], ['pologn', 1]]), 600, 10))).toEqual(['a203', 'a3', 'a403']);
    // With only common terms, they are used.
    expect(searchArticles(many.lunr, new Map([['methan', 1]]), 600, 700)).toHaveLength(600);
    // A small corpus is never pruned: both terms count.
    expect(where(searchPassages(index, new Map([['methan', 1], ['pologn', 1]]), 10)).sort()).toEqual(['001', '002']);
  });

  it('finds what an index made by Lunr’s own builder finds, with the same scores', () => {
    const ann = annotate(built.meta.articles.map((a, doc) => {
      const [first, end] = built.sentences.range(doc);
      const paragraphs: string[] = [];
      for (let i = first; i < end; i++) paragraphs.push(built.sentences.get(i).text);
      return { ...a, paragraphs };
    }));
    const reference = buildArticleIndex(ann, new ArraySentenceStore(ann.sentences, ann.articles.length));
    for (const q of ['méthane Belém', 'Pologne', 'négociations ministres']) {
      expect(searchPassages(index, query(q), 10)).toEqual(searchPassages(reference, query(q), 10));
    }
  });
});
