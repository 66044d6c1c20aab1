/** Estimates an article's publication date from its text when its front matter gives none. */
import { foldChars } from '../fold.js';
import { isValidDay, isoOf, weekdayOf } from './dates.js';
import { mayHoldTemporal, PUBLISHED_BEFORE, UPDATED_BEFORE } from './patterns.js';
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
}

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

function estimatePublicationUnsafe(paragraphs: string[]): { date: string; basis: string } | undefined {
  const candidates: PublicationCandidate[] = [];
  const weekdayDates: { m: number; d: number; wd: number; text: string; future: boolean }[] = [];
  const years = new Set<number>();
  // Years of facts told in the past ("C'est en 2008 qu'il avait décidé"): the article was written after them.
  let latestPast = -Infinity;
  let published: { date: string; text: string } | undefined;
  const updates: PublicationCandidate[] = [];
  for (const paragraph of paragraphs) {
    if (typeof paragraph !== 'string' || paragraph.length === 0 || !mayHoldTemporal(paragraph)) continue;
    const folded = foldChars(paragraph);
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
          candidates.push({ date: iso, key: iso, text, how: 'a full date', future: SPAN_END_BEFORE.test(lead) || future() });
        } else if (spec.marker) {
          candidates.push({ date: iso, key: `${iso}-00`, text, how: 'a month marker (no day given)', future: false });
        }
      } else if (spec.kind === 'dayMonth' && spec.wd !== undefined) {
        weekdayDates.push({ m: spec.m, d: spec.d, wd: spec.wd, text, future: future() });
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
      candidates.push({ date: iso, key: iso, text: w.text, how, future: w.future });
    }
  }
  if (published) return { date: published.date, basis: `read '${published.text}' as ${published.date}: the date the page says it was published` };
  if (candidates.length === 0) candidates.push(...updates);
  if (candidates.length === 0) return undefined;
  const settled = candidates.filter((c) => !c.future);
  const pool = settled.length > 0 ? settled : candidates;
  const best = pool.reduce((a, b) => (b.key > a.key ? b : a));
  const note = pool === settled ? '' : ' (only in a future-tense clause)';
  const others = pool.length > 1 ? `; latest of ${pool.length} dates` : '';
  return { date: best.date, basis: `read '${best.text}' as ${best.date}: ${best.how}${others}${note}` };
}
