/** Estimates an article's publication date from its text when its front matter gives none. */
import { foldChars } from '../fold.js';
import { isValidDay, isoOf, weekdayOf } from './dates.js';
import { mayHoldTemporal, pastWords, PUBLISHED_BEFORE, UPDATED_BEFORE, weekdayByName } from './patterns.js';
import { scan, selectNonOverlapping } from './scan.js';
import { tenseAt } from './tense.js';
import type { TenseScore } from './tense.js';

/** Characters before a date read for "publié le" or "mis à jour le" (folded text; the words are data). */
const LEAD_REACH = 24;

/** Before a date, the start of a span it ends ("du 9 au", "du 9 septembre au") or "jusqu'au" (folded). */
const SPAN_END_BEFORE = /(?:(?:^|[^a-z])du\s+\d{1,2}(?:er)?(?:\s+[a-z]+)?\s+au|jusqu'(?:au|a))\s*$/;

interface PublicationCandidate {
  date: string;
  /** Sort key: a month marker sorts before any full date of the same month. */
  key: string;
  text: string;
  how: string;
  future: boolean;
  /** Told in the past ("jeudi 20 avril dernier"): the article was written after it. */
  past?: boolean;
}

/** The words of the past ("dernier", "passée"), folded, as one alternation. */
const PAST = [...pastWords].join('|');
/** A word of the past right after a date ("le 20 avril dernier"), on folded text. */
const PAST_AFTER = new RegExp(`^\\s+(?:${PAST})(?![a-z])`);
/** A word of the past ending the date read ("jeudi 20 avril dernier"), on folded text. */
const PAST_END = new RegExp(`\\s(?:${PAST})$`);
/** A weekday told in the past with no day ("dimanche dernier"), on folded text: the weekday is the group. */
const PAST_WEEKDAY = new RegExp(`(?:^|[^a-z0-9])(${[...weekdayByName.keys()].join('|')})\\s+(?:${PAST})(?![a-z])`, 'g');

/**
 * Estimates a publication date from an article's paragraphs when its front matter has none: the
 * latest fully determined date in the text — day + month + year, an ISO or dd/mm/yyyy date, or
 * weekday + day + month whose weekday fixes the year within 1950..2100 nearest to the explicit years
 * the text mentions, and not before a year it tells in the past — or, when it is later, a 'YYYY-MM' marker ("date 2024-03"), returned as 'YYYY-MM'.
 * Dates in future-tense clauses ("prévue le…") count only when no other date does. `basis` says in
 * short English what was read. undefined when the text fixes no date.
 */
export function estimatePublication(paragraphs: string[]): { date: string; basis: string } | undefined {
  if (!Array.isArray(paragraphs)) return undefined;
  try {
    return estimatePublicationUnsafe(paragraphs);
  } catch {
    return undefined;
  }
}

/** True when a word of the past follows the date read between start and end ("20 avril dernier"). */
function toldPast(folded: string, start: number, end: number): boolean {
  return PAST_AFTER.test(folded.slice(end)) || PAST_END.test(folded.slice(start, end));
}

function estimatePublicationUnsafe(paragraphs: string[]): { date: string; basis: string } | undefined {
  const candidates: PublicationCandidate[] = [];
  const weekdayDates: { m: number; d: number; wd: number; text: string; future: boolean; past: boolean }[] = [];
  /** Weekdays the text tells in the past with no day ("dimanche dernier"). */
  const pastWeekdays = new Set<number>();
  const years = new Set<number>();
  // Years of facts told in the past ("C'est en 2008 qu'il avait décidé"): the article was written after them.
  let latestPast = -Infinity;
  let published: { date: string; text: string } | undefined;
  const updates: PublicationCandidate[] = [];
  for (const paragraph of paragraphs) {
    if (typeof paragraph !== 'string' || paragraph.length === 0 || !mayHoldTemporal(paragraph)) continue;
    const folded = foldChars(paragraph);
    for (const m of folded.matchAll(PAST_WEEKDAY)) pastWeekdays.add(weekdayByName.get(m[1]!)!);
    const tenseCache = new Map<number, TenseScore>();
    for (const r of selectNonOverlapping(scan(paragraph, folded))) {
      const spec = r.spec;
      const text = paragraph.slice(r.start, r.end);
      const future = (): boolean => tenseAt(paragraph, r.start, r.end, tenseCache) === 'future';
      if (spec.kind === 'absolute') {
        years.add(spec.y);
        if (spec.y > latestPast && tenseAt(paragraph, r.start, r.end, tenseCache) === 'past') latestPast = spec.y;
        const iso = isoOf(spec.y, spec.m, spec.d);
        if (!iso || spec.m === undefined) continue;
        if (spec.d !== undefined && !r.approximate) {
          // "Publié le 14 novembre 2018 … mis à jour le 1 décembre 2022": the page says when it was published, and a
          // later update is no publication.
          const lead = folded.slice(Math.max(0, r.start - LEAD_REACH), r.start);
          if (PUBLISHED_BEFORE.test(lead)) { published ??= { date: iso, text }; continue; }
          if (UPDATED_BEFORE.test(lead)) { updates.push({ date: iso, key: iso, text, how: 'the date of an update (no other full date)', future: false }); continue; }
          // "jugés du 2 au 6 mars 2026", "jusqu'au 6 mars": the end of a span runs past the writing as often
          // as not; it counts as a future date does.
          candidates.push({ date: iso, key: iso, text, how: 'a full date', future: SPAN_END_BEFORE.test(lead) || future(), past: toldPast(folded, r.start, r.end) });
        } else if (spec.marker) {
          candidates.push({ date: iso, key: `${iso}-00`, text, how: 'a month marker (no day given)', future: false });
        }
      } else if (spec.kind === 'dayMonth' && spec.wd !== undefined) {
        weekdayDates.push({ m: spec.m, d: spec.d, wd: spec.wd, text, future: future(), past: toldPast(folded, r.start, r.end) });
      }
    }
  }
  if (years.size > 0) {
    const known = [...years];
    for (const w of weekdayDates) {
      const fitting: number[] = [];
      for (let y = 1950; y <= 2100; y++) {
        if (isValidDay(y, w.m, w.d) && weekdayOf({ y, m: w.m, d: w.d }) === w.wd) fitting.push(y);
      }
      const distance = (y: number): number => Math.min(...known.map((k) => Math.abs(k - y)));
      // Not before a year the text tells in the past; nearest to a mentioned year; on a tie the later year.
      const after = fitting.filter((y) => y >= latestPast);
      const ranked = (after.length ? after : fitting).sort((a, b) => distance(a) - distance(b) || b - a);
      const best = ranked[0];
      if (best === undefined) continue;
      const iso = isoOf(best, w.m, w.d)!;
      const how =
        `the weekday fixes the year nearest to the years mentioned (${known.sort((a, b) => a - b).join(', ')}); ` +
        `next fitting years ${ranked.slice(1, 3).sort((a, b) => a - b).join(', ')}`;
      candidates.push({ date: iso, key: iso, text: w.text, how, future: w.future, past: w.past });
    }
  }
  if (published) return { date: published.date, basis: `read '${published.text}' as ${published.date}: the date the page says it was published` };
  if (candidates.length === 0) candidates.push(...updates);
  // "date 2011-10 … Mercredi 24 Décembre 2031": a page stored with its month was written by then; a later date in
  // its text is the day the page was shown (a site's header) or a fact to come, never its publication.
  const marker = candidates.find((c) => c.key.endsWith('-00'))?.date.slice(0, 7);
  if (marker) candidates.splice(0, candidates.length, ...candidates.filter((c) => c.date.slice(0, 7) <= marker));
  if (candidates.length === 0) return undefined;
  const settled = candidates.filter((c) => !c.future);
  const pool = settled.length > 0 ? settled : candidates;
  const best = pool.reduce((a, b) => (b.key > a.key ? b : a));
  const note = pool === settled ? '' : ' (only in a future-tense clause)';
  // "jeudi 20 avril dernier", or a "dimanche dernier" when the latest date is a Sunday: the article was written after
  // that day, on a day the text does not fix; only its month is kept, and relative days are then left unresolved.
  const [y, m, d] = best.date.split('-').map(Number);
  if (d !== undefined && (best.past || pastWeekdays.has(weekdayOf({ y: y!, m: m!, d })))) {
    return { date: best.date.slice(0, 7), basis: `read '${best.text}' as ${best.date}: told in the past, so written later; only the month is kept` };
  }
  const others = pool.length > 1 ? `; latest of ${pool.length} dates` : '';
  return { date: best.date, basis: `read '${best.text}' as ${best.date}: ${best.how}${others}${note}` };
}
