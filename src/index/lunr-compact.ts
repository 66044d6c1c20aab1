import lunr from 'lunr';

/**
 * Lunr's index in a compact form for snapshots. Lunr's own JSON spells every posting as an object, which takes
 * most of a large snapshot's load time to parse; here terms are a JSON list and postings and document vectors
 * are typed arrays. Loading rebuilds Lunr's token set (for term lookup), hands Lunr document vectors that are
 * views on the loaded bytes (a Float64Array of term number, score pairs: Lunr's own element layout), and an
 * inverted index whose postings are materialised, as Lunr's own objects, only for the terms a query reaches.
 * Queries then run through Lunr's unchanged code and give the same results as the JSON-loaded index.
 */
export interface PackedLunr {
  /** JSON: fields, terms (sorted), and the lengths of the binary arrays. */
  json: string;
  /**
   * The arrays, back to back: the document vectors (Float64: term number, score, … of each document in turn),
   * then the Int32 term indexes, posting starts, postings, vector refs and vector starts. Loaded from a buffer
   * whose offset is a multiple of 8 (a snapshot aligns its sections), the arrays are views on it, not copies.
   */
  binary: Buffer;
  /**
   * Int32: each document's length in terms, then each vector entry's term frequency (aligned with the vector
   * term indexes). What global BM25 statistics need to rescore a document across segments (segmented-lunr.ts);
   * made by buildPackedLunr only.
   */
  stats?: Buffer;
}

/** The arrays of a packed index, as an unpacked index keeps them (see packedArrays). */
export interface PackedArrays {
  terms: string[];
  termPosition: Map<string, number>;
  termIndex: Int32Array;
  postingStart: Int32Array;
  postings: Int32Array;
  vectorStart: Int32Array;
  /** The document vectors: term number then score of each entry (entry k at 2k, 2k + 1), by vectorStart. */
  vectors: Float64Array;
  /** Document lengths then term frequencies (see PackedLunr.stats), when the index was built so. */
  lengths?: Int32Array;
  tf?: Int32Array;
}

/** The packed arrays behind an index restored by unpackLunr, when it was. */
export function packedArrays(index: lunr.Index): PackedArrays | undefined {
  return (index as unknown as { packed?: PackedArrays }).packed;
}

interface Layout {
  version: string;
  fields: string[];
  terms: string[];
  /** Lengths of the arrays in the order of `binary`: the Float64 vectors, then the Int32 arrays. */
  lengths: number[];
}

/** Packs a Lunr index whose document refs are non-negative integers (ours: article numbers). */
export function packLunr(index: lunr.Index): PackedLunr {
  const json = index.toJSON() as unknown as {
    version: string;
    fields: string[];
    invertedIndex: [string, { _index: number } & Record<string, Record<string, unknown>>][];
    fieldVectors: [string, number[]][];
  };
  const field = json.fields[0];
  const terms: string[] = [];
  const termIndex: number[] = [];
  const postingStart: number[] = [0];
  const postings: number[] = [];
  for (const [term, posting] of json.invertedIndex) {
    terms.push(term);
    termIndex.push(posting._index);
    for (const ref of Object.keys(posting[field] ?? {})) postings.push(Number(ref));
    postingStart.push(postings.length);
  }
  const vectorRef: number[] = [];
  const vectorStart: number[] = [0];
  const vectors: number[] = [];
  for (const [fieldRef, elements] of json.fieldVectors) {
    vectorRef.push(Number(fieldRef.slice(fieldRef.indexOf('/') + 1)));
    for (let i = 0; i < elements.length; i++) vectors.push(elements[i]);
    vectorStart.push(vectors.length / 2);
  }
  const ints = [termIndex, postingStart, postings, vectorRef, vectorStart];
  const layout: Layout = { version: json.version, fields: json.fields, terms, lengths: [vectors.length, ...ints.map((a) => a.length)] };
  const binary = Buffer.concat([Buffer.from(Float64Array.from(vectors).buffer), ...ints.map((a) => Buffer.from(Int32Array.from(a).buffer))]);
  return { json: JSON.stringify(layout), binary };
}

/** Restores a packed Lunr index (see packLunr). Throws on a malformed input. */
export function unpackLunr(json: string, binary: Buffer, stats?: Buffer): lunr.Index {
  const layout = JSON.parse(json) as Layout;
  const [nVectors, nTermIndex, nPostingStart, nPostings, nVectorRef, nVectorStart] = layout.lengths;
  const expected = 8 * nVectors + 4 * (nTermIndex + nPostingStart + nPostings + nVectorRef + nVectorStart);
  if (binary.length !== expected || layout.terms.length !== nTermIndex || nVectorStart !== nVectorRef + 1) throw new Error('packed Lunr index: sizes do not match');
  // Views on the bytes as they are when their offset allows (a snapshot section does), else on an aligned copy.
  const bytes = binary.byteOffset % 8 === 0 ? binary : new Uint8Array(binary);
  let at = bytes.byteOffset;
  const vectors = new Float64Array(bytes.buffer, at, nVectors);
  at += 8 * nVectors;
  const ints = (n: number) => {
    const a = new Int32Array(bytes.buffer, at, n);
    at += 4 * n;
    return a;
  };
  const termIndex = ints(nTermIndex);
  const postingStart = ints(nPostingStart);
  const postings = ints(nPostings);
  const vectorRef = ints(nVectorRef);
  const vectorStart = ints(nVectorStart);
  const field = layout.fields[0];

  const termPosition = new Map<string, number>();
  layout.terms.forEach((t, i) => termPosition.set(t, i));

  const noMetadata = Object.freeze({});
  const postingCache = new Map<string, object>();
  const invertedIndex = new Proxy(Object.create(null) as Record<string, object>, {
    get(_, term) {
      if (typeof term !== 'string') return undefined;
      let posting = postingCache.get(term);
      if (posting) return posting;
      const i = termPosition.get(term);
      if (i === undefined) return undefined;
      const docs: Record<string, object> = {};
      for (let p = postingStart[i]; p < postingStart[i + 1]; p++) docs[String(postings[p])] = noMetadata;
      posting = { _index: termIndex[i], [field]: docs };
      if (postingCache.size > 5000) postingCache.clear();
      postingCache.set(term, posting);
      return posting;
    },
    has(_, term) {
      return typeof term === 'string' && termPosition.has(term);
    },
  });
  // Each document's vector is a view on the vectors: Lunr reads its elements by index only (dot, magnitude).
  const fieldVectors: Record<string, lunr.Vector> = Object.create(null);
  for (let v = 0; v < vectorRef.length; v++) {
    fieldVectors[`${field}/${vectorRef[v]}`] = new lunr.Vector(vectors.subarray(2 * vectorStart[v], 2 * vectorStart[v + 1]) as unknown as number[]);
  }
  // TokenSet.fromArray exists in Lunr but is missing from its type definitions.
  const tokenSet = (lunr.TokenSet as unknown as { fromArray(terms: string[]): lunr.TokenSet }).fromArray(layout.terms);
  const index = new lunr.Index({ invertedIndex, fieldVectors, tokenSet, fields: layout.fields, pipeline: new lunr.Pipeline() } as unknown as lunr.Index.Attributes);
  // Document frequency straight from the arrays (no posting object needed).
  Object.defineProperty(index, 'articleFrequency', {
    value: (term: string) => {
      const i = termPosition.get(term);
      return i === undefined ? 0 : postingStart[i + 1] - postingStart[i];
    },
  });
  const packed: PackedArrays = { terms: layout.terms, termPosition, termIndex, postingStart, postings, vectorStart, vectors };
  if (stats && stats.length === 4 * (vectorRef.length + nVectors / 2)) {
    const aligned = stats.byteOffset % 4 === 0 ? stats : new Uint8Array(stats);
    const all = new Int32Array(aligned.buffer, aligned.byteOffset, stats.length / 4);
    packed.lengths = all.subarray(0, vectorRef.length);
    packed.tf = all.subarray(vectorRef.length);
  }
  Object.defineProperty(index, 'packed', { value: packed });
  return index;
}

/** Lunr's BM25 parameters (lunr.Builder defaults). */
export const K1 = 1.2;
export const B = 0.75;

/**
 * Computes the Lunr index of documents 0…count-1 with one field `t` holding `termsOf(doc)` — exactly what
 * `lunr.Builder` would index from those terms joined by spaces with an empty pipeline (same term numbering
 * in order of first occurrence, same idf, same BM25 field vectors rounded to three decimals) — straight into
 * the packed form. Lunr's builder would first make an object per posting and per document; at ten thousand
 * articles that costs seconds and hundreds of megabytes, for the same index.
 */
export function buildPackedLunr(count: number, termsOf: (doc: number) => string[]): PackedLunr {
  const termId = new Map<string, number>();
  const names: string[] = [];
  const df: number[] = [];
  const docStart: number[] = [0];
  const docTerm: number[] = [];
  const docTf: number[] = [];
  const lengths = new Float64Array(count);
  let total = 0;
  for (let doc = 0; doc < count; doc++) {
    const terms = termsOf(doc).filter((t) => t.length > 0);
    lengths[doc] = terms.length;
    total += terms.length;
    const local = new Map<number, number>();
    for (const t of terms) {
      let id = termId.get(t);
      if (id === undefined) {
        id = names.length;
        termId.set(t, id);
        names.push(t);
        df.push(0);
      }
      local.set(id, (local.get(id) ?? 0) + 1);
    }
    for (const [id, tf] of local) {
      docTerm.push(id);
      docTf.push(tf);
      df[id]++;
    }
    docStart.push(docTerm.length);
  }
  const average = total / Math.max(1, count);
  const idf = df.map((d) => Math.log(1 + Math.abs((count - d + 0.5) / (d + 0.5))));

  // Postings, by term name in sort order, documents ascending.
  const order = names.map((_, i) => i).sort((a, b) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0));
  const postingCount = new Int32Array(names.length);
  for (const id of docTerm) postingCount[id]++;
  const start = new Int32Array(names.length + 1);
  order.forEach((id, k) => (start[k + 1] = start[k] + postingCount[id]));
  const slot = new Int32Array(names.length);
  order.forEach((id, k) => (slot[id] = start[k]));
  const postings = new Int32Array(docTerm.length);
  for (let doc = 0; doc < count; doc++) for (let k = docStart[doc]; k < docStart[doc + 1]; k++) postings[slot[docTerm[k]]++] = doc;

  // Field vectors: per document, (term number, score) by term number.
  const vectors = new Float64Array(2 * docTerm.length);
  const tfs = new Int32Array(docTerm.length);
  for (let doc = 0; doc < count; doc++) {
    const pairs: [number, number][] = [];
    for (let k = docStart[doc]; k < docStart[doc + 1]; k++) {
      const id = docTerm[k];
      const tf = docTf[k];
      const score = (idf[id] * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (lengths[doc] / average)) + tf);
      pairs.push([id, Math.round(score * 1000) / 1000]);
    }
    const tfOf = new Map<number, number>();
    for (let k = docStart[doc]; k < docStart[doc + 1]; k++) tfOf.set(docTerm[k], docTf[k]);
    pairs.sort((a, b) => a[0] - b[0]);
    pairs.forEach(([id, v], j) => {
      vectors[2 * (docStart[doc] + j)] = id;
      vectors[2 * (docStart[doc] + j) + 1] = v;
      tfs[docStart[doc] + j] = tfOf.get(id)!;
    });
  }
  const termIndex = Int32Array.from(order);
  const vectorRef = Int32Array.from({ length: count }, (_, i) => i);
  const ints = [termIndex, start, postings, vectorRef, Int32Array.from(docStart)];
  const layout: Layout = { version: lunr.version, fields: ['t'], terms: order.map((id) => names[id]), lengths: [vectors.length, ...ints.map((a) => a.length)] };
  const binary = Buffer.concat([Buffer.from(vectors.buffer), ...ints.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength))]);
  const stats = Buffer.concat([Buffer.from(Int32Array.from(lengths).buffer), Buffer.from(tfs.buffer)]);
  return { json: JSON.stringify(layout), binary, stats };
}
