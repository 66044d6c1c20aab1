import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types.js';
import { packedArrays, packLunr, unpackLunr } from '../../src/index/lunr-compact.js';
import lunr from 'lunr';
import { articleFrequency, searchArticles } from '../../src/index/passage-index.js';
import { buildArticleIndex } from './reference-lunr.js';
import { ArraySentenceStore } from '../../src/index/sentence-store.js';
import { annotate } from '../../src/nlp/annotate.js';

const article = (id: string, text: string): Article => ({ id, file: `${id}.md`, title: id, published: '2024-03-12', language: 'fr', paragraphs: [text], bytes: 0 });
const ann = annotate([
  article('a', 'Les ministres européens se retrouvent mardi à Lisbonne pour négocier sur le méthane.'),
  article('b', 'La Pologne refuse tout objectif contraignant sur le méthane et le charbon.'),
  article('c', 'Le sommet de Lisbonne sur le climat s\'ouvre au Centre culturel de Belém.'),
  article('d', 'Un accord sur le méthane a été conclu mercredi soir à Lisbonne.'),
]);

/** An index made by Lunr's own builder. */
const builderIndex = buildArticleIndex(ann, new ArraySentenceStore(ann.sentences, ann.articles.length));

describe('packLunr / unpackLunr', () => {
  const packed = packLunr(builderIndex);
  // Packing goes through a Buffer copy at an odd offset, as a file read would give.
  const odd = Buffer.concat([Buffer.from([1]), packed.binary]).subarray(1);
  const compact = unpackLunr(packed.json, odd);
  const reference = lunr.Index.load(JSON.parse(JSON.stringify(builderIndex.toJSON())));

  it('gives exactly the results of the JSON-loaded index', () => {
    const queries: [string, number][][] = [[['methan', 1]], [['lisbon', 2], ['methan', 1]], [['pologn', 1], ['charbon', 3]], [['belem', 1], ['accord', 1], ['absent', 4]]];
    for (const q of queries) {
      const a = reference.query((b) => q.forEach(([t, w]) => b.term(t, { usePipeline: false, boost: w })));
      const b = compact.query((x) => q.forEach(([t, w]) => x.term(t, { usePipeline: false, boost: w })));
      expect(b).toEqual(a);
      expect(b.length).toBeGreaterThan(0);
    }
  });

  it('knows each term’s article frequency without building postings', () => {
    expect(articleFrequency(compact, 'methan')).toBe(3);
    expect(articleFrequency(compact, 'lisbon')).toBe(3);
    expect(articleFrequency(compact, 'pologn')).toBe(1);
    expect(articleFrequency(compact, 'nothing')).toBe(0);
    expect(searchArticles(compact, new Map([['pologn', 1]]), 4, 10).map((h) => h.doc)).toEqual([1]);
  });

  it('is smaller than Lunr’s JSON', () => {
    expect(packed.json.length + packed.binary.length).toBeLessThan(JSON.stringify(builderIndex.toJSON()).length);
  });

  it('views the arrays on the bytes it is given when their offset is a multiple of 8, and copies them otherwise', () => {
    const aligned = Buffer.alloc(packed.binary.length + 8);
    packed.binary.copy(aligned, 8);
    const onFile = unpackLunr(packed.json, aligned.subarray(8));
    expect(packedArrays(onFile)!.vectors.buffer).toBe(aligned.buffer);
    expect(packedArrays(compact)!.vectors.buffer).not.toBe(odd.buffer);
    // Either way, the same document vectors: term number, score pairs, as Lunr's JSON has them.
    const fromJson = builderIndex.toJSON() as unknown as { fieldVectors: [string, number[]][] };
    for (const index of [onFile, compact]) {
      const vectors = (index as unknown as { fieldVectors: Record<string, { elements: ArrayLike<number> }> }).fieldVectors;
      for (const [ref, elements] of fromJson.fieldVectors) expect(Array.from(vectors[ref].elements)).toEqual(elements);
    }
  });

  it('refuses arrays of the wrong size', () => {
    expect(() => unpackLunr(packed.json, packed.binary.subarray(0, packed.binary.length - 4))).toThrow(/sizes/);
  });
});

describe('buildPackedLunr', () => {
  it('computes byte for byte the index Lunr’s own builder makes, on the shipped corpus and the fixture', async () => {
    const { loadCorpus } = await import('../../src/corpus/load-corpus.js');
    const { buildPackedLunr } = await import('../../src/index/lunr-compact.js');
    const { ArraySentenceStore } = await import('../../src/index/sentence-store.js');
    const { annotate } = await import('../../src/nlp/annotate.js');
    for (const dir of ['corpus', 'test/fixtures/other-event']) {
      const ann = annotate((await loadCorpus(dir)).articles);
      const store = new ArraySentenceStore(ann.sentences, ann.articles.length);
      const byLunr = packLunr(buildArticleIndex(ann, store));
      const direct = buildPackedLunr(ann.articles.length, (doc) => {
        const [first, end] = store.range(doc);
        const out: string[] = [];
        for (let i = first; i < end; i++) out.push(...store.get(i).terms);
        return out;
      });
      expect(direct.json).toBe(byLunr.json);
      expect(direct.binary.equals(byLunr.binary)).toBe(true);
      expect(direct.binary.length).toBeGreaterThan(1000);
    }
  });
});
