import lunr from 'lunr';
import { B, K1, packedArrays, type PackedArrays } from './lunr-compact.js';

/**
 * Lunr over several segments, answering as one Lunr index over their live documents would.
 *
 * Each segment keeps its own Lunr index, whose BM25 weights were computed with that segment's statistics (its
 * document count, each term's document frequency, its mean document length). Those weights are not comparable
 * across segments: a term rare in a small new segment would outweigh the same term in the base. So the
 * segments are used only to **find** the documents a query's terms reach (their postings), and every document
 * found is **rescored with corpus-wide statistics** computed over the live documents of all segments: the
 * number of live documents, each query term's live document frequency, and the mean live document length,
 * from the term frequencies and document lengths each segment stores beside its index (PackedLunr.stats).
 * The formula, the rounding of each weight to three decimals, the query vector, the order of the sum and the
 * order of ties are Lunr's own (lunr.Index#query, lunr.Builder), so a corpus split into segments ranks its
 * articles exactly as the same corpus in one index (test/index/segments.test.ts). Rescoring only the documents
 * found is cheap: retrieval sends at most a few rare terms (passage-index.ts).
 */

/** One segment's index and where its documents sit in the corpus. */
export interface LunrPart {
  index: lunr.Index;
  /** Global document number of each of the segment's documents, or -1 for a removed one (a tombstone). */
  toGlobal: Int32Array;
}

/** A clause as passage-index.ts sends it: an analysed term and its boost. */
interface Clause {
  term: string;
  boost: number;
}

interface TokenSetLike {
  intersect(other: TokenSetLike): TokenSetLike;
  toArray(): string[];
}

/** The subset of lunr.Index the question answering uses, over segments. */
export class SegmentedLunr {
  private readonly arrays: PackedArrays[];
  /** Segment and local document of each global document. */
  private readonly partOf: Int32Array;
  private readonly localOf: Int32Array;
  private readonly average: number;

  constructor(private readonly parts: LunrPart[], private readonly docCount: number) {
    this.arrays = parts.map((p, n) => {
      const a = packedArrays(p.index);
      if (!a?.lengths || !a.tf) throw new Error(`segment ${n}: its index has no term statistics; rebuild it`);
      return a;
    });
    this.partOf = new Int32Array(docCount).fill(-1);
    this.localOf = new Int32Array(docCount);
    let total = 0;
    parts.forEach((p, n) => {
      p.toGlobal.forEach((g, local) => {
        if (g < 0) return;
        this.partOf[g] = n;
        this.localOf[g] = local;
        total += this.arrays[n].lengths![local];
      });
    });
    this.average = total / Math.max(1, docCount);
  }

  /** Live documents whose postings hold `term`. */
  articleFrequency = (term: string): number => this.docsWith(term).length;

  /** Lunr's token set over the live terms, for wildcard lookups (Knowledge#family). */
  get tokenSet(): TokenSetLike {
    return {
      intersect: (other: TokenSetLike) => {
        const found = new Set<string>();
        for (const p of this.parts) for (const t of (p.index as unknown as { tokenSet: TokenSetLike }).tokenSet.intersect(other).toArray()) found.add(t);
        const live = [...found].filter((t) => this.articleFrequency(t) > 0).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        // The same terms as one token set, intersected again: Lunr's own order of the matches.
        const one = (lunr.TokenSet as unknown as { fromArray(terms: string[]): TokenSetLike }).fromArray(live);
        return one.intersect(other);
      },
      toArray: () => {
        throw new Error('SegmentedLunr.tokenSet: only intersect is supported');
      },
    };
  }

  /**
   * Runs a query built with Lunr's query API (optional terms with boosts, no pipeline, as passage-index.ts
   * builds them) and returns Lunr's results: every live document any term reaches, best first.
   */
  query(build: (q: { term(term: string, options?: { boost?: number }): unknown }) => void): { ref: string; score: number }[] {
    const clauses: Clause[] = [];
    const recorder = { term: (term: string, options?: { boost?: number }) => (clauses.push({ term: String(term), boost: options?.boost ?? 1 }), recorder) };
    build(recorder);
    const boosts = new Map<string, number>();
    const docsOf = new Map<string, number[]>();
    const order: number[] = [];
    const seen = new Set<number>();
    for (const { term, boost } of clauses) {
      const docs = docsOf.get(term) ?? this.docsWith(term);
      if (!docs.length) continue;
      boosts.set(term, (boosts.get(term) ?? 0) + boost);
      if (docsOf.has(term)) continue;
      docsOf.set(term, docs);
      for (const g of docs) if (!seen.has(g)) (seen.add(g), order.push(g));
    }
    // Lunr sums in the order of its term numbers: the order in which terms first appear in the corpus.
    const terms = [...boosts.keys()].sort((a, b) => this.firstSeen(a, docsOf.get(a)!) - this.firstSeen(b, docsOf.get(b)!));
    let squares = 0;
    for (const t of terms) squares += boosts.get(t)! * boosts.get(t)!;
    const magnitude = Math.sqrt(squares);
    const idf = new Map(terms.map((t) => [t, idfOf(this.docCount, docsOf.get(t)!.length)]));
    const results = order.map((g) => {
      let dot = 0;
      for (const t of terms) {
        const w = this.weight(g, t, idf.get(t)!);
        if (w !== undefined) dot += boosts.get(t)! * w;
      }
      return { ref: String(g), score: dot / magnitude || 0 };
    });
    return results.sort((a, b) => b.score - a.score);
  }

  /** Global numbers of the live documents holding `term`, ascending. */
  private docsWith(term: string): number[] {
    const out: number[] = [];
    this.parts.forEach((p, n) => {
      const a = this.arrays[n];
      const i = a.termPosition.get(term);
      if (i === undefined) return;
      for (let k = a.postingStart[i]; k < a.postingStart[i + 1]; k++) {
        const g = p.toGlobal[a.postings[k]];
        if (g >= 0) out.push(g);
      }
    });
    return out.sort((x, y) => x - y);
  }

  /**
   * Where a term first appears in the corpus, as a sortable number: its first live document, then its number
   * in that document's segment (numbers follow first appearance there).
   */
  private firstSeen(term: string, docs: number[]): number {
    const g = docs[0];
    const a = this.arrays[this.partOf[g]];
    return g * 2 ** 24 + a.termIndex[a.termPosition.get(term)!];
  }

  /** A live document's BM25 weight for a term, with the corpus-wide statistics (lunr.Builder's formula). */
  private weight(g: number, term: string, idf: number): number | undefined {
    const a = this.arrays[this.partOf[g]];
    const local = this.localOf[g];
    const id = a.termIndex[a.termPosition.get(term) ?? -1];
    if (id === undefined) return undefined;
    let lo = a.vectorStart[local];
    let hi = a.vectorStart[local + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (a.vectors[2 * mid] < id) lo = mid + 1;
      else if (a.vectors[2 * mid] > id) hi = mid - 1;
      else {
        const tf = a.tf![mid];
        const score = (idf * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (a.lengths![local] / this.average)) + tf);
        return Math.round(score * 1000) / 1000;
      }
    }
    return undefined;
  }
}

/** Lunr's inverse document frequency. */
function idfOf(count: number, df: number): number {
  return Math.log(1 + Math.abs((count - df + 0.5) / (df + 0.5)));
}
