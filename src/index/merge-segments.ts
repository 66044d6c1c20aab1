import type { AnnotatedSentence, AnnotatedSpeech } from '../nlp/annotate.js';
import type { CorpusIndex, IndexMeta } from './corpus-index.js';
import type { BuiltEvent } from './build-timeline.js';
import { globalSentence, mergeEntities, type Placement } from './merge-entities.js';
import { SegmentedLunr } from './segmented-lunr.js';
import { articleOf, type SentenceStore } from './sentence-store.js';

/**
 * The corpus as one index over several segments: each segment an immutable index of some articles, some of
 * whose documents may be removed (tombstones: an article removed or changed since the segment was built).
 * The view numbers the live articles in id order, as one build over them would, and gives the question
 * answering the same shapes as one index (IndexMeta, a SentenceStore, a Lunr-like index): entities merged by
 * key (merge-entities.ts), speech and timeline with their numbers moved, term statistics added up without the
 * removed documents, and Lunr queries rescored with corpus-wide statistics (segmented-lunr.ts). One segment
 * with no tombstone is served as it is.
 */

/** One segment and the numbers of its removed documents. */
export interface SegmentPart {
  index: CorpusIndex;
  dead: ReadonlySet<number>;
}

/** The articles' ids in the order loadCorpus sorts them. */
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** How many remapped articles the merged store keeps. */
const CACHE_ARTICLES = 2048;

/** Sentences of several segments under global numbers, with mentions of global entities. */
class MergedSentenceStore implements SentenceStore {
  private readonly cache = new Map<number, AnnotatedSentence[]>();
  constructor(
    private readonly parts: CorpusIndex[],
    private readonly owner: { part: number; local: number }[],
    private readonly first: number[],
    private readonly entityMap: Int32Array[],
  ) {}
  get count(): number {
    return this.first[this.first.length - 1] ?? 0;
  }
  range(doc: number): [number, number] {
    return [this.first[doc], this.first[doc + 1]];
  }
  docOf(index: number): number {
    return articleOf(this.first, index);
  }
  get(index: number): AnnotatedSentence {
    const doc = this.docOf(index);
    return this.article(doc)[index - this.first[doc]];
  }
  private article(doc: number): AnnotatedSentence[] {
    const cached = this.cache.get(doc);
    if (cached) return cached;
    const { part, local } = this.owner[doc];
    const store = this.parts[part].sentences;
    const map = this.entityMap[part];
    const [from, to] = store.range(local);
    const out: AnnotatedSentence[] = [];
    for (let s = from; s < to; s++) {
      const one = store.get(s);
      const mentions = one.mentions.filter((m) => map[m.entity] >= 0).map((m) => ({ ...m, entity: map[m.entity] }));
      out.push({ ...one, doc, mentions });
    }
    this.cache.set(doc, out);
    if (this.cache.size > CACHE_ARTICLES) this.cache.delete(this.cache.keys().next().value as number);
    return out;
  }
}

/** Live documents in id order, and where each segment's documents go. */
function place(parts: SegmentPart[]): Placement & { owner: { part: number; local: number }[] } {
  const live: { part: number; local: number; id: string }[] = [];
  parts.forEach((p, part) => p.index.meta.articles.forEach((a, local) => !p.dead.has(local) && live.push({ part, local, id: a.id })));
  live.sort((a, b) => byId(a.id, b.id));
  const toGlobal = parts.map((p) => new Int32Array(p.index.meta.articles.length).fill(-1));
  const first = [0];
  live.forEach((d, g) => {
    toGlobal[d.part][d.local] = g;
    const [from, to] = parts[d.part].index.sentences.range(d.local);
    first.push(first[g] + (to - from));
  });
  return { toGlobal, first, owner: live.map(({ part, local }) => ({ part, local })) };
}

/** Speech acts of the live documents, under global sentence and entity numbers, in sentence order. */
function mergeSpeech(parts: CorpusIndex[], placement: Placement, map: Int32Array[]): AnnotatedSpeech[] {
  const out: AnnotatedSpeech[] = [];
  parts.forEach((index, part) => {
    for (const act of index.meta.speech) {
      const sentence = globalSentence(index, placement.toGlobal[part], placement.first, act.sentence);
      if (sentence < 0) continue;
      const { entity, ...rest } = act;
      const g = entity === undefined ? -1 : map[part][entity];
      out.push(g >= 0 ? { ...rest, sentence, entity: g } : { ...rest, sentence });
    }
  });
  return out.sort((a, b) => a.sentence - b.sentence);
}

/** Sentence frequencies and term counts added up, without the removed documents' sentences. */
function mergeTerms(parts: SegmentPart[]): { df: Record<string, number>; terms: number } {
  const df: Record<string, number> = Object.create(null);
  let terms = 0;
  for (const { index, dead } of parts) {
    for (const t in index.meta.df) df[t] = (df[t] ?? 0) + index.meta.df[t];
    terms += index.meta.termCount ?? Math.round(index.meta.avgTerms * index.sentences.count);
    for (const doc of dead) {
      const [from, to] = index.sentences.range(doc);
      for (let s = from; s < to; s++) {
        const sentence = index.sentences.get(s);
        terms -= sentence.terms.length;
        for (const t of new Set(sentence.terms)) if (--df[t] === 0) delete df[t];
      }
    }
  }
  return { df, terms };
}

/**
 * The timeline of the live documents: each segment's events without their removed sources, entities under
 * global numbers; one event (same date, time and text) told in several segments is one event with all sources.
 */
function mergeEvents(parts: SegmentPart[], map: Int32Array[], entities: IndexMeta['entities'], order: Map<string, number>): BuiltEvent[] {
  const byKey = new Map<string, BuiltEvent>();
  parts.forEach(({ index, dead }, part) => {
    const gone = new Set([...dead].map((d) => index.meta.articles[d].id));
    for (const e of index.meta.events) {
      const sources = e.sources.filter((s) => !gone.has(s.doc));
      if (!sources.length) continue;
      const ids = e.entities.map((id) => map[part][id]).filter((id) => id >= 0);
      const key = `${e.date}\u0000${e.time ?? ''}\u0000${e.text}`;
      const known = byKey.get(key);
      if (!known) byKey.set(key, { ...e, sources, entities: ids });
      else {
        known.sources = [...known.sources, ...sources].sort((a, b) => order.get(a.doc)! - order.get(b.doc)! || a.paragraph - b.paragraph);
        known.entities = [...new Set([...known.entities, ...ids])];
      }
    }
  });
  const events = [...byKey.values()].map((e) => ({ ...e, people: e.entities.filter((id) => entities[id].type === 'person').map((id) => entities[id].name) }));
  return events.sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? '') || a.text.localeCompare(b.text));
}

/** The corpus over its segments (see the file's comment). Throws when no article is live. */
export function mergeSegments(parts: SegmentPart[]): CorpusIndex {
  if (parts.length === 1 && parts[0].dead.size === 0) return parts[0].index;
  const placement = place(parts);
  const indexes = parts.map((p) => p.index);
  const { entities, map } = mergeEntities(indexes, placement);
  const articles = placement.owner.map(({ part, local }) => indexes[part].meta.articles[local]);
  if (!articles.length) throw new Error('no live article in the segments');
  const order = new Map(articles.map((a, g) => [a.id, g]));
  const { df, terms } = mergeTerms(parts);
  const sentences = new MergedSentenceStore(indexes, placement.owner, placement.first, map);
  const events = mergeEvents(parts, map, entities, order);
  const meta: IndexMeta = {
    articles,
    first: placement.first,
    passages: articles.reduce((n, a) => n + a.paragraphCount, 0),
    entities,
    speech: mergeSpeech(indexes, placement, map),
    df,
    avgTerms: terms / Math.max(1, sentences.count),
    termCount: terms,
    events,
    eventCount: events.length,
  };
  const lunr = new SegmentedLunr(parts.map((p, n) => ({ index: p.index.lunr, toGlobal: placement.toGlobal[n] })), articles.length);
  return { meta, sentences, lunr: lunr as unknown as CorpusIndex['lunr'] };
}
