import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types.js';
import { annotate } from '../../src/nlp/annotate.js';
import { buildPassageIndex, loadPassageIndex, searchPassages } from '../../src/index/passage-index.js';
import { terms } from '../../src/nlp/tokens.js';

const article = (id: string, paragraphs: string[]): Article => ({
  id, file: `${id}.md`, title: id, published: '2024-03-12', language: 'fr', paragraphs, bytes: 0,
});

const ann = annotate([
  article('001', [
    'Les ministres européens se retrouvent mardi à Lisbonne pour négocier sur le méthane.',
    'La Pologne a fait savoir qu\'elle s\'opposerait à tout objectif contraignant.',
  ]),
  article('002', ['Le sommet sur le méthane s\'est ouvert à 10h30 au Centre culturel de Belém.']),
]);
const index = buildPassageIndex(ann);

/** Weighted query of analysed terms, all of weight 1. */
const query = (text: string) => new Map(terms(text).map((t) => [t, 1]));
/** The passages hit, as "doc#paragraph". */
const where = (hits: { passage: number }[]) => hits.map((h) => `${ann.articles[ann.paragraphs[h.passage].doc].id}#${ann.paragraphs[h.passage].para}`);

describe('buildPassageIndex / searchPassages', () => {
  it('indexes one document per paragraph', () => {
    expect(ann.paragraphs).toHaveLength(3);
  });

  it('finds the paragraph holding an analysed term, whatever its inflection', () => {
    expect(where(searchPassages(index, query('contraignants'), 10))).toEqual(['001#2']);
    expect(where(searchPassages(index, query('négociations'), 10))).toEqual(['001#1']);
  });

  it('ranks best first and keeps to the limit', () => {
    const hits = searchPassages(index, query('méthane Belém'), 10);
    expect(where(hits)).toEqual(['002#1', '001#1']);
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
    expect(where(hits)).toEqual(['001#2']);
  });

  it('survives a save and load through JSON with the same results', () => {
    const copy = loadPassageIndex(JSON.parse(JSON.stringify(index.toJSON())));
    expect(searchPassages(copy, query('méthane Belém'), 10)).toEqual(searchPassages(index, query('méthane Belém'), 10));
  });
});
