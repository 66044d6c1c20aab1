import type lunr from 'lunr';
import type { Article, LoadWarning } from '../corpus/types.js';
import { splitAll, type Splits } from '../nlp/split-parallel.js';
import { annotate, type AnnotatedEntity, type AnnotatedSpeech, type ArticleMeta, type Progress } from '../nlp/annotate.js';
import { buildTimeline, type BuiltEvent } from './build-timeline.js';
import { buildPackedLunr, unpackLunr, type PackedLunr } from './lunr-compact.js';
import { ArraySentenceStore, LazySentenceStore, packArticle, type SentenceStore } from './sentence-store.js';

/** What the engine keeps in memory for a corpus, besides the sentences and the Lunr index. */
export interface IndexMeta {
  articles: ArticleMeta[];
  /** First sentence number of each article, then the total number of sentences. */
  first: number[];
  /** Number of paragraphs (passages) in the corpus. */
  passages: number;
  entities: AnnotatedEntity[];
  speech: AnnotatedSpeech[];
  /** Number of sentences that contain each term. */
  df: Record<string, number>;
  /** Mean number of terms per sentence (BM25 length normalisation). */
  avgTerms: number;
  /** Number of terms of all sentences (avgTerms × sentences, as an exact integer: segments add theirs up). */
  termCount?: number;
  /** The timeline, built at index time. A loaded snapshot parses it on first read (see loadSnapshot). */
  events: BuiltEvent[];
  /** Number of events of the timeline, known without reading it (a snapshot keeps it). */
  eventCount?: number;
  /** Files the corpus load skipped, and why (told again when the snapshot is used). */
  warnings?: LoadWarning[];
}

/** A searchable corpus: metadata, sentences and the Lunr index over articles. */
export interface CorpusIndex {
  meta: IndexMeta;
  sentences: SentenceStore;
  lunr: lunr.Index;
  /** The Lunr index in its packed form, when it was built or loaded so (the snapshot stores it as is). */
  packedLunr?: PackedLunr;
}

/**
 * Builds the index of a corpus: annotation (the expensive NLP, once), the timeline, and the Lunr index.
 */
export function buildCorpusIndex(articles: Article[], onProgress?: Progress, splits?: Splits): CorpusIndex {
  const ann = annotate(articles, onProgress, splits);
  let terms = 0;
  for (const s of ann.sentences) terms += s.terms.length;
  const inMemory = new ArraySentenceStore(ann.sentences, ann.articles.length);
  const first = inMemory.firstOfEach();
  const events = buildTimeline({ articles: ann.articles, entities: ann.entities, sentences: inMemory });
  onProgress?.('timeline', articles.length, articles.length);
  // Lunr's index, computed straight into its packed form (see buildPackedLunr: identical to Lunr's builder).
  const packedLunr = buildPackedLunr(ann.articles.length, (doc) => {
    const [from, to] = inMemory.range(doc);
    const terms: string[] = [];
    for (let i = from; i < to; i++) for (const t of inMemory.get(i).terms) terms.push(t);
    if (doc % 1000 === 0) onProgress?.('index', doc, ann.articles.length);
    return terms;
  });
  const index = unpackLunr(packedLunr.json, packedLunr.binary, packedLunr.stats);
  // Pack the sentences and let the objects go: a served corpus parses only the articles questions reach.
  const blobs: Buffer[] = [];
  const offsets = [0];
  for (let doc = 0; doc < ann.articles.length; doc++) {
    const blob = Buffer.from(packArticle(ann.sentences.slice(first[doc], first[doc + 1])), 'utf8');
    blobs.push(blob);
    offsets.push(offsets[offsets.length - 1] + blob.length);
  }
  ann.sentences.length = 0;
  const store = new LazySentenceStore(Buffer.concat(blobs), offsets, first);
  const meta: IndexMeta = {
    articles: ann.articles,
    first,
    passages: ann.paragraphs.length,
    entities: ann.entities,
    speech: ann.speech,
    df: ann.df,
    avgTerms: terms / Math.max(1, first[first.length - 1]),
    termCount: terms,
    events,
    eventCount: events.length,
  };
  return { meta, sentences: store, lunr: index, packedLunr };
}

/** buildCorpusIndex, with sentence splitting spread over worker threads for a large corpus. */
export async function buildCorpusIndexAsync(articles: Article[], onProgress?: Progress): Promise<CorpusIndex> {
  const splits = await splitAll(articles);
  onProgress?.('sentences', articles.length, articles.length);
  return buildCorpusIndex(articles, onProgress, splits);
}
