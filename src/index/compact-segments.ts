import type { CorpusIndex } from './corpus-index.js';
import { buildPackedLunr, unpackLunr } from './lunr-compact.js';
import { mergeSegments, type SegmentPart } from './merge-segments.js';
import { LazySentenceStore, packArticle } from './sentence-store.js';

/**
 * A merge of segments into one (the background merge): the segments' view (merge-segments.ts) written out as
 * one index — the sentences packed again under their global numbers, the Lunr index computed again over the
 * live documents, so its statistics are the corpus's own. Nothing is annotated again: the annotations are the
 * segments'. The result answers exactly as the view did.
 */
export function compactSegments(parts: SegmentPart[]): CorpusIndex {
  const view = mergeSegments(parts);
  if (view.packedLunr) return view;
  const count = view.meta.articles.length;
  const blobs: Buffer[] = [];
  const offsets = [0];
  const packedLunr = buildPackedLunr(count, (doc) => {
    const [from, to] = view.sentences.range(doc);
    const sentences = [];
    const terms: string[] = [];
    for (let i = from; i < to; i++) {
      const s = view.sentences.get(i);
      sentences.push(s);
      for (const t of s.terms) terms.push(t);
    }
    const blob = Buffer.from(packArticle(sentences), 'utf8');
    blobs.push(blob);
    offsets.push(offsets[offsets.length - 1] + blob.length);
    return terms;
  });
  const sentences = new LazySentenceStore(Buffer.concat(blobs), offsets, view.meta.first);
  return { meta: view.meta, sentences, lunr: unpackLunr(packedLunr.json, packedLunr.binary, packedLunr.stats), packedLunr };
}
