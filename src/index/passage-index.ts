import lunr from 'lunr';

/**
 * The Lunr index. Documents are articles, indexed by the terms our French analyser produced at annotation time
 * (elisions split, lunr-languages' French stemmer, stop words removed, accents folded), so the index and the
 * questions share one analysis; Lunr's own pipeline is therefore emptied. Lunr finds the articles; the
 * sentences inside them are ranked by the question answering, which keeps Lunr's postings short (one per
 * article, not per paragraph). Queries are built with the query API, never parsed from user text: no input can
 * raise a QueryParseError.
 */
export interface ArticleHit {
  /** Article number. */
  doc: number;
  score: number;
}

/** A safe term: only letters and digits (Lunr reads `*` as a wildcard even through the query API). */
const SAFE = /^[\p{L}\p{N}]+$/u;

/**
 * Terms in more than this share of the articles (and more than COMMON_MIN of them) are left out of the Lunr
 * query when rarer ones are there. A small corpus is never pruned: there, every term is cheap.
 */
const COMMON = 0.05;
const COMMON_MIN = 200;
/** At most this many terms go to Lunr (the rarest); all still count when sentences are scored. */
const MAX_TERMS = 8;

/** Number of articles whose postings hold a term. */
export function articleFrequency(index: lunr.Index, term: string): number {
  // A compact index (see lunr-compact.ts) answers from its arrays.
  const fast = (index as unknown as { articleFrequency?: (t: string) => number }).articleFrequency;
  if (fast) return fast(term);
  const posting = (index as unknown as { invertedIndex: Record<string, { t?: Record<string, unknown> } | undefined> }).invertedIndex[term];
  return posting?.t ? Object.keys(posting.t).length : 0;
}

/**
 * Finds the articles that best match weighted, analysed query terms (any may match); at most `limit`, best
 * first. Lunr's cost grows with the postings it walks, so very common terms are left to sentence scoring when
 * the query has rarer ones; a large corpus gets only the MAX_TERMS that weigh most by weight and rarity.
 */
export function searchArticles(index: lunr.Index, weighted: Map<string, number>, articleCount: number, limit: number): ArticleHit[] {
  const known = [...weighted.entries()]
    .filter(([t]) => SAFE.test(t))
    .map(([t, w]) => ({ t, w, df: articleFrequency(index, t) }))
    .filter((x) => x.df > 0)
    .sort((a, b) => a.df - b.df);
  if (!known.length) return [];
  const rare = known.filter((x) => x.df <= Math.max(COMMON * articleCount, COMMON_MIN));
  // A small corpus sends every term. A large one sends the MAX_TERMS that weigh most by their weight and rarity
  // together: a rare synonym at a low weight does not push the question's own words out.
  const chosen = rare.length
    ? articleCount <= COMMON_MIN ? rare : [...rare].sort((a, b) => b.w * Math.log(1 + articleCount / b.df) - a.w * Math.log(1 + articleCount / a.df)).slice(0, MAX_TERMS)
    : known.slice(0, 2);
  let results: lunr.Index.Result[];
  try {
    results = index.query((q) => {
      for (const { t, w } of chosen) q.term(t, { usePipeline: false, boost: Math.max(0.01, w) });
    });
  } catch {
    return [];
  }
  return results.slice(0, limit).map((r) => ({ doc: Number(r.ref), score: r.score }));
}
