import type { AnnotatedEntity, ArticleMeta } from '../nlp/annotate.js';
import type { SentenceStore } from '../index/sentence-store.js';
import { guessTense } from '../nlp/temporal.js';
import type { TimelineEvent } from './types.js';

/** An event of the timeline with the entities its reports name (kept for filtering by person). */
export interface BuiltEvent extends TimelineEvent {
  entities: number[];
}

/** Within one date, a report is compared with at most this many recent groups (keeps a big year linear). */
const GROUPS_COMPARED = 64;

/** Two sentences report the same event when they share this much of their terms and names (Jaccard). */
const SAME_EVENT = 0.18;

/**
 * Builds the timeline once, at index time: every sentence with a resolved date is an event candidate; within a
 * date, sentences that share enough words and names are one event with all their sources. The event's text is
 * the sentence most alike to the others of its group, preferring a report written after the fact.
 */
export function buildTimeline(ann: { articles: ArticleMeta[]; entities: AnnotatedEntity[]; sentences: SentenceStore }): BuiltEvent[] {
  interface Item { sentence: number; value: string; time?: string; bag: Set<string> }
  const byDate = new Map<string, Item[]>();
  for (let index = 0; index < ann.sentences.count; index++) {
    const s = ann.sentences.get(index);
    const seen = new Set<string>();
    for (const d of s.dates) {
      if (!d.value) continue;
      // "la semaine dernière" names no day: place it in its month.
      const value = d.approximate && d.value.length === 10 ? d.value.slice(0, 7) : d.value;
      if (seen.has(value)) continue;
      seen.add(value);
      const bag = new Set<string>([...s.terms, ...s.mentions.map((m) => `@${m.entity}`)]);
      const list = byDate.get(value) ?? [];
      list.push({ sentence: index, value, time: d.time, bag });
      byDate.set(value, list);
    }
  }
  const jaccard = (a: Set<string>, b: Set<string>) => {
    let inter = 0;
    for (const x of a) if (b.has(x)) inter++;
    return inter / (a.size + b.size - inter || 1);
  };
  const events: BuiltEvent[] = [];
  for (const [date, items] of byDate) {
    // Single-link grouping within one date.
    // A report joins a group it shares a name with (or, without names, one of the latest groups).
    const groups: Item[][] = [];
    const byName = new Map<string, Item[][]>();
    for (const item of items) {
      const names = [...item.bag].filter((x) => x.startsWith('@'));
      const near = names.length ? [...new Set(names.flatMap((n) => (byName.get(n) ?? []).slice(-GROUPS_COMPARED)))] : groups.slice(-8);
      let home = near.find((g) => g.slice(0, 16).some((o) => jaccard(o.bag, item.bag) >= SAME_EVENT));
      if (!home) groups.push((home = []));
      home.push(item);
      for (const n of names) {
        const list = byName.get(n) ?? [];
        if (list[list.length - 1] !== home) list.push(home);
        byName.set(n, list);
      }
    }
    for (const g of groups) {
      // The representative is chosen among (at most) the first 32 reports of a group.
      const sample = g.slice(0, 32);
      const central = (it: Item) => {
        const s = ann.sentences.get(it.sentence);
        const published = ann.articles[s.doc].published;
        const reported = published && published >= date.slice(0, published.length) && guessTense(s.text) === 'past' ? 0.15 : 0;
        const sim = sample.reduce((acc, o) => acc + (o === it ? 0 : jaccard(o.bag, it.bag)), 0);
        return sim + reported - s.text.length / 4000;
      };
      const rep = [...sample].sort((a, b) => central(b) - central(a))[0];
      const sentences = [...new Set(g.map((it) => it.sentence))];
      const sources = sentences.map((i) => ({ doc: ann.articles[ann.sentences.get(i).doc].id, paragraph: ann.sentences.get(i).para }))
        .filter((s, i, a) => a.findIndex((o) => o.doc === s.doc && o.paragraph === s.paragraph) === i);
      const entities = [...new Set(sentences.flatMap((i) => ann.sentences.get(i).mentions.map((m) => m.entity)))];
      const people = entities.filter((id) => ann.entities[id].type === 'person').map((id) => ann.entities[id].name);
      const time = g.find((it) => it.time)?.time;
      events.push({ date, ...(time ? { time } : {}), text: ann.sentences.get(rep.sentence).text, sources, people, entities });
    }
  }
  events.sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? '') || a.text.localeCompare(b.text));
  return events;
}
