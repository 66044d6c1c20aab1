/**
 * The Lunr index over articles built with Lunr's own builder: the reference that src/index/lunr-compact.ts
 * (which production uses) must match. Test-only.
 */
import lunr from 'lunr';
import type { SentenceStore } from '../../src/index/sentence-store.js';

/** Builds the Lunr index over articles, one document per article, from the annotated terms. */
export function buildArticleIndex(meta: { articles: unknown[] }, sentences: SentenceStore, onProgress?: (done: number, total: number) => void): lunr.Index {
  return lunr(function () {
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.ref('d');
    this.field('t');
    // Term positions are not needed: no highlighting from Lunr, our sentences carry offsets.
    this.metadataWhitelist = [];
    const total = meta.articles.length;
    for (let doc = 0; doc < total; doc++) {
      const [first, end] = sentences.range(doc);
      const words: string[] = [];
      for (let s = first; s < end; s++) for (const t of sentences.get(s).terms) words.push(t);
      this.add({ d: String(doc), t: words.join(' ') });
      if (onProgress && doc % 1000 === 0) onProgress(doc, total);
    }
  });
}
