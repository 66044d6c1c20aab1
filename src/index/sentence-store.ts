import type { AnnotatedSentence } from '../nlp/annotate.js';
import type { EntityType } from '../nlp/entities.js';
import type { TemporalMention } from '../nlp/temporal/index.js';

/**
 * The corpus's annotated sentences, numbered 0…count-1 in article order. The store is what lets a large corpus
 * load fast and stay small in memory: a snapshot keeps each article's sentences as one compact JSON blob, and
 * only the articles a question reaches are parsed (and kept in a small cache).
 */
export interface SentenceStore {
  readonly count: number;
  /** The sentence with this number. */
  get(index: number): AnnotatedSentence;
  /** The numbers of an article's sentences: [first, end). */
  range(doc: number): [number, number];
  /** The article a sentence belongs to, without reading the sentence. */
  docOf(index: number): number;
}

/** The article holding sentence `index`, given each article's first sentence number (and the total). */
export function articleOf(first: number[], index: number): number {
  let lo = 0;
  let hi = first.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (first[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A store over sentences held in memory (right after a build). */
export class ArraySentenceStore implements SentenceStore {
  private readonly first: number[];
  constructor(private readonly sentences: AnnotatedSentence[], articleCount: number) {
    this.first = firstSentences(sentences.map((s) => s.doc), articleCount);
  }
  get count(): number {
    return this.sentences.length;
  }
  get(index: number): AnnotatedSentence {
    return this.sentences[index];
  }
  range(doc: number): [number, number] {
    return [this.first[doc], this.first[doc + 1]];
  }
  docOf(index: number): number {
    return this.sentences[index].doc;
  }
  /** The first sentence number of each article, and the total at the end. */
  firstOfEach(): number[] {
    return this.first;
  }
}

function firstSentences(docs: number[], articleCount: number): number[] {
  const first = new Array<number>(articleCount + 1).fill(docs.length);
  for (let i = docs.length - 1; i >= 0; i--) first[docs[i]] = i;
  // Articles without sentences start where the next one does.
  for (let d = articleCount - 1; d >= 0; d--) if (first[d] > first[d + 1]) first[d] = first[d + 1];
  return first;
}

const TYPES: EntityType[] = ['person', 'place', 'org', 'other'];

/** One sentence as stored: short keys, terms as one string, mentions as number tuples. */
interface Packed {
  p: number;
  x: string;
  t: string;
  m?: number[];
  d?: TemporalMention[];
  a?: 1;
  s?: 1;
  h?: [string, string];
}

/** Serialises the sentences of one article (all with the same `doc`) as a compact JSON blob. */
export function packArticle(sentences: AnnotatedSentence[]): string {
  const packed: Packed[] = sentences.map((s) => {
    const out: Packed = { p: s.para, x: s.text, t: s.terms.join(' ') };
    if (s.mentions.length) out.m = s.mentions.flatMap((m) => [m.entity, TYPES.indexOf(m.type), m.start, m.end]);
    if (s.dates.length) out.d = s.dates;
    if (s.anaphoric) out.a = 1;
    if (s.pronounSubject) out.s = 1;
    if (s.stamp) out.h = [s.stamp.text, s.stamp.time];
    return out;
  });
  return JSON.stringify(packed);
}

function unpackArticle(json: string, doc: number): AnnotatedSentence[] {
  const packed = JSON.parse(json) as Packed[];
  return packed.map((p) => {
    const mentions = [];
    const m = p.m ?? [];
    for (let i = 0; i + 3 < m.length; i += 4) mentions.push({ entity: m[i], type: TYPES[m[i + 1]] ?? 'other', start: m[i + 2], end: m[i + 3] });
    const s: AnnotatedSentence = { doc, para: p.p, text: p.x, terms: p.t ? p.t.split(' ') : [], mentions, dates: p.d ?? [] };
    if (p.a) s.anaphoric = true;
    if (p.s) s.pronounSubject = true;
    if (p.h) s.stamp = { text: p.h[0], time: p.h[1] };
    return s;
  });
}

/** Where a lazy store reads its packed articles when they are not in memory (a snapshot file). */
export interface BlobSource {
  /** The bytes [start, end) of the packed articles. */
  read(start: number, end: number): Buffer;
}

/** How many parsed articles the lazy store keeps. */
const CACHE_ARTICLES = 2048;

/** A store over packed article blobs, in memory or read when needed; articles are parsed on first use and cached (LRU). */
export class LazySentenceStore implements SentenceStore {
  private readonly cache = new Map<number, AnnotatedSentence[]>();

  /**
   * @param blobs the packed articles, back to back (UTF-8): in a buffer, or where to read them
   * @param offsets byte offset of each article's blob, and the end (articleCount + 1 values)
   * @param first first sentence number of each article, and the total (articleCount + 1 values)
   */
  constructor(private readonly blobs: Buffer | BlobSource, private readonly offsets: number[], private readonly first: number[]) {}

  /** The packed blob of one article, as stored. */
  blob(doc: number): Buffer {
    const [start, end] = [this.offsets[doc], this.offsets[doc + 1]];
    return Buffer.isBuffer(this.blobs) ? this.blobs.subarray(start, end) : this.blobs.read(start, end);
  }

  get count(): number {
    return this.first[this.first.length - 1] ?? 0;
  }

  range(doc: number): [number, number] {
    return [this.first[doc], this.first[doc + 1]];
  }

  get(index: number): AnnotatedSentence {
    const doc = this.docOf(index);
    return this.article(doc)[index - this.first[doc]];
  }

  docOf(index: number): number {
    return articleOf(this.first, index);
  }

  private article(doc: number): AnnotatedSentence[] {
    let sentences = this.cache.get(doc);
    if (sentences) {
      this.cache.delete(doc);
      this.cache.set(doc, sentences);
      return sentences;
    }
    sentences = unpackArticle(this.blob(doc).toString('utf8'), doc);
    this.cache.set(doc, sentences);
    if (this.cache.size > CACHE_ARTICLES) this.cache.delete(this.cache.keys().next().value as number);
    return sentences;
  }
}
