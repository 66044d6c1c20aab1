import { describe, expect, it } from 'vitest';
import { LazySentenceStore, packArticle } from '../../src/index/sentence-store.js';
import type { AnnotatedSentence } from '../../src/nlp/annotate.js';

describe('packArticle / LazySentenceStore', () => {
  it("keeps a sentence's index-time flags (points back, pronoun subject) through a snapshot", () => {
    const sentences: AnnotatedSentence[] = [
      { doc: 0, para: 0, text: 'Marten Kolberg a été arrêté.', terms: ['marten', 'kolberg', 'arret'], mentions: [], dates: [] },
      { doc: 0, para: 0, text: 'Né en 1976, il vivait seul.', terms: ['ne', 'viv', 'seul'], mentions: [], dates: [], anaphoric: true, pronounSubject: true },
    ];
    const blob = Buffer.from(packArticle(sentences), 'utf8');
    const store = new LazySentenceStore(blob, [0, blob.length], [0, 2]);
    expect(store.get(0).pronounSubject).toBeUndefined();
    expect(store.get(1)).toMatchObject({ anaphoric: true, pronounSubject: true, text: 'Né en 1976, il vivait seul.' });
  });
});
