import lunr from 'lunr';
import type { Annotations } from '../nlp/annotate.js';

/**
 * The Lunr index over passages (paragraphs). Documents are indexed by the terms our French analyser
 * produced at annotation time (elisions split, lunr-languages' French stemmer, stop words removed, accents
 * folded), so the index and the questions share one analysis; Lunr's own pipeline is therefore emptied.
 * Queries are built with the query API, never parsed from user text: no input can raise a QueryParseError.
 */
export interface PassageHit {
  /** Index into `Annotations.paragraphs`. */
  passage: number;
  score: number;
}

/** Builds the Lunr index of every paragraph of the annotations. */
export function buildPassageIndex(ann: Annotations, onProgress?: (done: number, total: number) => void): lunr.Index {
  return lunr(function () {
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.ref('p');
    this.field('t');
    // Term positions are not needed: no highlighting from Lunr, our sentences carry offsets.
    this.metadataWhitelist = [];
    const total = ann.paragraphs.length;
    ann.paragraphs.forEach((p, i) => {
      const words: string[] = [];
      for (let s = p.first; s < p.first + p.count; s++) for (const t of ann.sentences[s].terms) words.push(t);
      this.add({ p: String(i), t: words.join(' ') });
      if (onProgress && i % 5000 === 0) onProgress(i, total);
    });
  });
}

/** Restores an index saved with `index.toJSON()`. */
export function loadPassageIndex(json: object): lunr.Index {
  return lunr.Index.load(json);
}

/** A safe term: only letters and digits (Lunr reads `*` as a wildcard even through the query API). */
const SAFE = /^[\p{L}\p{N}]+$/u;

/**
 * Searches passages for analysed query terms, each with a weight. Terms are optional (any may match);
 * returns at most `limit` passages, best first.
 */
export function searchPassages(index: lunr.Index, weighted: Map<string, number>, limit: number): PassageHit[] {
  const clean = [...weighted.entries()].filter(([t]) => SAFE.test(t));
  if (!clean.length) return [];
  let results: lunr.Index.Result[];
  try {
    results = index.query((q) => {
      for (const [term, boost] of clean) q.term(term, { usePipeline: false, boost: Math.max(0.01, boost) });
    });
  } catch {
    return [];
  }
  return results.slice(0, limit).map((r) => ({ passage: Number(r.ref), score: r.score }));
}
