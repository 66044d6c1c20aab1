/**
 * The story's week: news is written in the days of the fact, so a weekday alone ("ce mardi matin") in an article
 * known only to its month means the day of that weekday nearest the story's main day — the day most articles date
 * a fact by. Read once at annotation (the mention's `weekOf`), which the timeline files such a fact under; the
 * answerers keep the weekday the text gives (a later fact — a funeral, an arrest — is often a week off the main day)
 * and take only the main day from here (`Knowledge.mainDay`).
 */
import { fold } from '../fold.js';
import timeWords from '../data/fr-time.json' with { type: 'json' };
import { weekdayOf } from './dates.js';
import { weekdayByName } from './patterns.js';

/** Fewest articles that date a fact by a day for it to be the story's main day. */
const MAIN_DAY_ARTICLES = 3;
/** Days, at most, between the story's main day and the weekday an article of its month means. */
const WEEKDAY_REACH = 3;
const DAY_MS = 86_400_000;
const FULL_DAY = 'YYYY-MM-DD'.length;
/** A weekday and nothing else that names a day ("mardi", "ce mardi matin", "dimanche soir"), folded. */
const WEEKDAY_ALONE = new RegExp(`^(?:(?:le|ce)\\s+)?(${timeWords.weekdays.map((w) => fold(w)).join('|')})(?![\\p{L}])[^\\d]*$`, 'u');

/** The folded French weekday of an ISO day ("2016-08-24" → "mercredi"), or undefined for no day. */
export function weekdayNameOf(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const n = weekdayOf({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) });
  return [...weekdayByName].find(([, i]) => i === n)?.[0];
}

/**
 * The story's main day: of [day, article] pairs, the day the most articles (three or more) give; the earlier day on a
 * tie. Read off the sentences' resolved days at annotation, and off the timeline's events by the answerers.
 */
export function mostReportedDay(pairs: Iterable<[string, string | number]>): string | undefined {
  const docs = new Map<string, Set<string | number>>();
  for (const [day, doc] of pairs) {
    if (day.length !== FULL_DAY) continue;
    (docs.get(day) ?? docs.set(day, new Set()).get(day)!).add(doc);
  }
  let most = MAIN_DAY_ARTICLES - 1;
  let day: string | undefined;
  for (const [d, set] of docs) if (set.size > most || (set.size === most && day !== undefined && d < day)) [most, day] = [set.size, d];
  return day;
}

/**
 * "ce mardi" in an article known only to its `month`, when the story's main day is in that month: the day of that
 * weekday nearest the main day (within WEEKDAY_REACH days, in the same month); undefined otherwise.
 */
export function weekdayNear(text: string, month: string, mainDay: string | undefined): string | undefined {
  if (!mainDay || !mainDay.startsWith(month)) return undefined;
  const m = WEEKDAY_ALONE.exec(fold(text).trim());
  if (!m) return undefined;
  const main = Date.parse(`${mainDay}T00:00:00Z`);
  for (let shift = 0; shift <= WEEKDAY_REACH; shift++) {
    for (const sign of shift ? [1, -1] : [1]) {
      const iso = new Date(main + sign * shift * DAY_MS).toISOString().slice(0, FULL_DAY);
      if (weekdayNameOf(iso) !== m[1]) continue;
      return iso.startsWith(month) ? iso : undefined;
    }
  }
  return undefined;
}
