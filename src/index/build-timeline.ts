import type { AnnotatedEntity, ArticleMeta } from '../nlp/annotate.js';
import type { SentenceStore } from './sentence-store.js';
import { guessTense } from '../nlp/temporal/index.js';
import { terms } from '../nlp/tokens.js';
import { escapeRegExp } from '../regexp.js';
import lexicon from '../nlp/data/fr-lexicon.json' with { type: 'json' };

/** One dated event of the timeline; one event reported by several articles has all their sources. */
export interface TimelineEvent {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** HH:MM when known. */
  time?: string;
  /** What happened: the sentence that reports it (or, for a fact told in a side clause, that clause). */
  text: string;
  sources: { doc: string; paragraph: number }[];
  /** Display names of the people the event mentions. */
  people: string[];
}

/** An event of the timeline with the entities its reports name (kept for filtering by person). */
export interface BuiltEvent extends TimelineEvent {
  entities: number[];
}

/** Within one date, a report is compared with at most this many recent groups (keeps a big year linear). */
const GROUPS_COMPARED = 64;

/** Words that open a side clause, whose dates are not the sentence's own (data: fr-lexicon.json). */
const SIDE_CLAUSE = new RegExp(`(?:^|[\\s'’])(?:${lexicon.sideClauseCues.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');

const SIDE_CLAUSE_ALL = new RegExp(SIDE_CLAUSE.source, 'gu');

/**
 * The side clause a date at [start, end) stands in, when it does: the date follows a word that opens one
 * anywhere before it in the sentence ("…, à un moment où les négociations, entamées après le sommet …, en juin
 * dernier"), or sits inside parentheses. News French dates the main fact first; what follows such a word is
 * background — a fact of its own, told by the clause from that word to the end of the date's clause.
 */
function sideClause(text: string, start: number, end: number): string | undefined {
  const before = text.slice(0, start);
  let from = -1;
  if (before.lastIndexOf('(') > before.lastIndexOf(')')) from = before.lastIndexOf('(') + 1;
  for (const m of before.toLowerCase().matchAll(SIDE_CLAUSE_ALL)) from = m.index! + (m[0].length - m[0].trimStart().length);
  if (from < 0) return undefined;
  // To the end of the date's clause: the next comma, semicolon or closing parenthesis outside a parenthesis.
  let to = text.length;
  let depth = 0;
  for (let i = end; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')' && depth-- === 0) { to = i; break; }
    else if (depth === 0 && (ch === ',' || ch === ';')) { to = i; break; }
  }
  const clause = text.slice(from, to).trim().replace(/[\s.]+$/, '');
  return clause.charAt(0).toUpperCase() + clause.slice(1);
}

/** Two sentences report the same event when they share this much of their terms and names (Jaccard). */
const SAME_EVENT = 0.18;
/** Without names, a report is compared with this many of the latest groups of its date … */
const UNNAMED_GROUPS_COMPARED = 8;
/** … and with at most this many reports of each group. */
const MEMBERS_COMPARED = 16;
/** A group's representative sentence is chosen among its first this many reports … */
const REPRESENTATIVE_POOL = 32;
/** … favouring one that reports the event as past after it happened … */
const REPORTED_BONUS = 0.15;
/** … one dated by its main clause … */
const MAIN_CLAUSE_BONUS = 0.2;
/** … and a shorter one (a point off per this many characters). */
const LENGTH_PENALTY_CHARS = 4000;

/**
 * Builds the timeline once, at index time: every sentence with a resolved date is an event candidate; within a
 * date, sentences that share enough words and names are one event with all their sources. The event's text is
 * the sentence most alike to the others of its group, preferring a report written after the fact.
 */
export function buildTimeline(ann: { articles: ArticleMeta[]; entities: AnnotatedEntity[]; sentences: SentenceStore }): BuiltEvent[] {
  interface Item { sentence: number; value: string; time?: string; bag: Set<string>; clause?: string }
  const byDate = new Map<string, Item[]>();
  for (let index = 0; index < ann.sentences.count; index++) {
    const s = ann.sentences.get(index);
    // The sentence's event is dated by its main clause: a date in a side clause ("à un moment où …, en juin
    // dernier", "depuis sa prise de pouvoir en 2011") belongs to another fact.
    const seen = new Map<string, Item>();
    // "samedi", "hier soir" in an article known only to its month: the day is unknown, the month is the article's.
    const month = ann.articles[s.doc].publishedMonth;
    for (const d of s.dates) {
      if (!d.value && !(d.relative && month)) continue;
      // "la semaine dernière" names no day: place it in its month.
      // "ce mardi matin" in such an article, when the story's main day falls in its month: the day of that week.
      const value = !d.value ? d.weekOf ?? month! : d.approximate && d.value.length === 'YYYY-MM-DD'.length ? d.value.slice(0, 'YYYY-MM'.length) : d.value;
      const known = seen.get(value);
      // "jeudi, à 14h": the time of day joins the day it belongs to.
      if (known) {
        if (!known.time && d.time) known.time = d.time;
        continue;
      }
      // A date in a side clause dates the clause's fact, not the sentence's: the clause is the event's text.
      const clause = sideClause(s.text, d.start, d.end);
      const bag = clause
        ? new Set<string>([...terms(clause), ...s.mentions.filter((m) => clause.includes(s.text.slice(m.start, m.end))).map((m) => `@${m.entity}`)])
        : new Set<string>([...s.terms, ...s.mentions.map((m) => `@${m.entity}`)]);
      const item: Item = { sentence: index, value, time: d.time, bag, ...(clause ? { clause } : {}) };
      seen.set(value, item);
      const list = byDate.get(value) ?? [];
      list.push(item);
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
      const near = names.length ? [...new Set(names.flatMap((n) => (byName.get(n) ?? []).slice(-GROUPS_COMPARED)))] : groups.slice(-UNNAMED_GROUPS_COMPARED);
      let home = near.find((g) => g.slice(0, MEMBERS_COMPARED).some((o) => jaccard(o.bag, item.bag) >= SAME_EVENT));
      if (!home) groups.push((home = []));
      home.push(item);
      for (const n of names) {
        const list = byName.get(n) ?? [];
        if (list[list.length - 1] !== home) list.push(home);
        byName.set(n, list);
      }
    }
    for (const g of groups) {
      // The representative is chosen among (at most) the first reports of a group.
      const sample = g.slice(0, REPRESENTATIVE_POOL);
      const central = (it: Item) => {
        const s = ann.sentences.get(it.sentence);
        const published = ann.articles[s.doc].published;
        const reported = published && published >= date.slice(0, published.length) && guessTense(s.text) === 'past' ? REPORTED_BONUS : 0;
        // A whole sentence dated by its main clause tells the event better than a side clause does.
        const own = it.clause ? 0 : MAIN_CLAUSE_BONUS;
        const sim = sample.reduce((acc, o) => acc + (o === it ? 0 : jaccard(o.bag, it.bag)), 0);
        return sim + reported + own - s.text.length / LENGTH_PENALTY_CHARS;
      };
      const rep = [...sample].sort((a, b) => central(b) - central(a))[0];
      const sentences = [...new Set(g.map((it) => it.sentence))];
      const sources = sentences.map((i) => ({ doc: ann.articles[ann.sentences.get(i).doc].id, paragraph: ann.sentences.get(i).para }))
        .filter((s, i, a) => a.findIndex((o) => o.doc === s.doc && o.paragraph === s.paragraph) === i);
      const entities = [...new Set(sentences.flatMap((i) => ann.sentences.get(i).mentions.map((m) => m.entity)))];
      const people = entities.filter((id) => ann.entities[id].type === 'person').map((id) => ann.entities[id].name);
      const time = g.find((it) => it.time)?.time;
      events.push({ date, ...(time ? { time } : {}), text: rep.clause ?? ann.sentences.get(rep.sentence).text, sources, people, entities });
    }
  }
  events.sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? '') || a.text.localeCompare(b.text));
  return events;
}

