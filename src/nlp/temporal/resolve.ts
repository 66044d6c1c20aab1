/** Resolves what an expression says against an anchor day and the tense of its clause: a value, relative or not. */
import { DAYS_PER_WEEK, dayNumber, fromDayNumber, isValidDay, isoOf, MONTHS_PER_YEAR, weekdayOf } from './dates.js';
import type { Day, Direction, Spec, Tense } from './types.js';

/** Months after an article's month, at most, that a date told in the past may still fall (a plan it reports). */
const PAST_TENSE_AHEAD_MONTHS = 3;
/** Years on each side of the anchor searched for a weekday + day + month without a year. */
const WEEKDAY_YEAR_REACH = 4;

/**
 * The year, of the one before, of and after the reference's, that puts a month nearest to the reference's month; no
 * later than it for 'past' ("le 28 mai dernier"), no earlier for 'next'.
 */
export function yearNearest(m: number, ref: { y: number; m: number }, dir?: Direction): number {
  const at = ref.y * MONTHS_PER_YEAR + ref.m;
  const allowed = (y: number) => (dir === 'past' ? y * MONTHS_PER_YEAR + m <= at : dir === 'next' ? y * MONTHS_PER_YEAR + m >= at : true);
  return [ref.y - 1, ref.y, ref.y + 1].filter(allowed).sort((a, b) => Math.abs(a * MONTHS_PER_YEAR + m - at) - Math.abs(b * MONTHS_PER_YEAR + m - at))[0]!;
}

function nearestYearForMonth(m: number, anchor: Day, dir: Direction | undefined, tense: Tense): number {
  const { y, m: am } = anchor;
  if (dir === 'past') return m < am ? y : y - 1;
  if (dir === 'next') return m > am ? y : y + 1;
  if (tense === 'past') return m <= am ? y : y - 1;
  if (tense === 'future') return m >= am ? y : y + 1;
  return y; // present: the anchor's year
}

function resolveDayMonth(
  spec: { m: number; d: number; wd?: number; dir?: Direction },
  anchor: Day,
  tense: Tense,
): Day | undefined {
  const a = dayNumber(anchor);
  let candidates: Day[] = [];
  for (let y = anchor.y - WEEKDAY_YEAR_REACH; y <= anchor.y + WEEKDAY_YEAR_REACH; y++) {
    if (isValidDay(y, spec.m, spec.d)) candidates.push({ y, m: spec.m, d: spec.d });
  }
  if (spec.wd !== undefined) {
    const matching = candidates.filter((c) => Math.abs(c.y - anchor.y) <= 1 && weekdayOf(c) === spec.wd);
    if (matching.length > 0) candidates = matching;
  }
  const before = candidates.filter((c) => dayNumber(c) <= a);
  const after = candidates.filter((c) => dayNumber(c) >= a);
  const latestBefore = (list: Day[]): Day | undefined => list[list.length - 1];
  const firstAfter = (list: Day[]): Day | undefined => list[0];
  if (spec.dir === 'past') return latestBefore(candidates.filter((c) => dayNumber(c) < a));
  if (spec.dir === 'next') return firstAfter(candidates.filter((c) => dayNumber(c) > a));
  if (tense === 'past') return latestBefore(before) ?? firstAfter(after);
  if (tense === 'future') return firstAfter(after) ?? latestBefore(before);
  // Present: the anchor's year when the date exists there (and fits the weekday), else the nearest.
  const sameYear = candidates.find((c) => c.y === anchor.y);
  if (sameYear) return sameYear;
  const b = latestBefore(before);
  const f = firstAfter(after);
  if (!b) return f;
  if (!f) return b;
  return a - dayNumber(b) < dayNumber(f) - a ? b : f;
}

function resolveWeekday(wd: number, dir: Direction | undefined, anchor: Day, tense: Tense): Day {
  const aw = weekdayOf(anchor);
  const back = (aw - wd + DAYS_PER_WEEK) % DAYS_PER_WEEK;
  const fwd = (wd - aw + DAYS_PER_WEEK) % DAYS_PER_WEEK;
  let delta: number;
  if (dir === 'past') delta = -(back === 0 ? DAYS_PER_WEEK : back);
  else if (dir === 'next') delta = fwd === 0 ? DAYS_PER_WEEK : fwd;
  else if (dir !== 'this' && tense === 'past') delta = -back;
  else if (dir !== 'this' && tense === 'future') delta = fwd;
  else delta = back < fwd ? -back : fwd;
  return fromDayNumber(dayNumber(anchor) + delta);
}

function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const total = y * MONTHS_PER_YEAR + (m - 1) + n;
  return { y: Math.floor(total / MONTHS_PER_YEAR), m: (total % MONTHS_PER_YEAR + MONTHS_PER_YEAR) % MONTHS_PER_YEAR + 1 };
}

interface Resolved {
  value?: string;
  relative: boolean;
  /** True when the value names a day (what a time of day attaches to). */
  dayLike: boolean;
}

export function resolve(spec: Spec, anchor: Day | undefined, tense: () => Tense, known?: Day[]): Resolved {
  switch (spec.kind) {
    case 'absolute':
      return { value: isoOf(spec.y, spec.m, spec.d), relative: false, dayLike: spec.d !== undefined };
    case 'dayMonth': {
      if (!anchor) return { relative: true, dayLike: true };
      if (anchor.monthOnly) {
        // The day of the anchor is unknown: the year that puts the date nearest to the anchor's month.
        // "le 28 mai dernier" is no later than the anchor's month, "le 3 mars prochain" no earlier.
        // A weekday given with it ("vendredi 28 septembre") picks the year where that day is that weekday.
        const years = [anchor.y - 1, anchor.y, anchor.y + 1].filter((y) => isValidDay(y, spec.m, spec.d));
        const weekdayYears = spec.wd !== undefined ? years.filter((y) => weekdayOf({ y, m: spec.m, d: spec.d }) === spec.wd) : [];
        if (!spec.dir && weekdayYears.length === 1) return { value: isoOf(weekdayYears[0]!, spec.m, spec.d), relative: true, dayLike: true };
        let y = yearNearest(spec.m, anchor, spec.dir);
        // Told in the past ("avait été arrêté le 12 mars" in an article of October), a date the nearest year would put
        // months after the article is the year before. (A month or two ahead may be a plan the past tense reports: "la
        // détention devait prendre fin le 1er septembre" in an article of August.)
        if (!spec.dir && (y - anchor.y) * MONTHS_PER_YEAR + spec.m - anchor.m > PAST_TENSE_AHEAD_MONTHS && tense() === 'past') y -= 1;
        return { value: isValidDay(y, spec.m, spec.d) ? isoOf(y, spec.m, spec.d) : undefined, relative: true, dayLike: true };
      }
      const day = resolveDayMonth(spec, anchor, tense());
      return { value: day && isoOf(day.y, day.m, day.d), relative: true, dayLike: true };
    }
    case 'month': {
      if (!anchor) return { relative: true, dayLike: false };
      return { value: isoOf(nearestYearForMonth(spec.m, anchor, spec.dir, tense()), spec.m), relative: true, dayLike: false };
    }
    case 'weekday': {
      // "dimanche 10": the 10th of the anchor's month, or of the month before or after, that falls on a Sunday — the
      // anchor's own month first, then the nearest.
      if (spec.d !== undefined) {
        if (!anchor) return { relative: true, dayLike: true };
        const days = [-1, 0, 1].map((n) => ({ ...addMonths(anchor.y, anchor.m, n), d: spec.d! })).filter((c) => isValidDay(c.y, c.m, c.d) && weekdayOf(c) === spec.wd);
        const own = days.find((c) => c.m === anchor.m);
        const near = anchor.monthOnly ? (own ?? (days.length === 1 ? days[0] : undefined))
          : days.sort((a, b) => Math.abs(dayNumber(a) - dayNumber(anchor)) - Math.abs(dayNumber(b) - dayNumber(anchor)))[0];
        return { value: near && isoOf(near.y, near.m, near.d), relative: true, dayLike: true };
      }
      if (anchor?.monthOnly && known) {
        // The day is unknown, but the corpus's other reports name days: the one such day of this weekday
        // within a month of the anchor, if there is exactly one.
        const near = known.filter((k) => weekdayOf(k) === spec.wd && Math.abs((k.y - anchor.y) * MONTHS_PER_YEAR + k.m - anchor.m) <= 1);
        // (Two such days, one in the article's own month: that one — "mardi" in an August report, beside a Tuesday of
        // early September another report names.)
        const own = near.length > 1 ? near.filter((k) => k.y === anchor.y && k.m === anchor.m) : near;
        if (own.length === 1) return { value: isoOf(own[0]!.y, own[0]!.m, own[0]!.d), relative: true, dayLike: true };
      }
      if (!anchor || anchor.monthOnly) return { relative: true, dayLike: true };
      const day = resolveWeekday(spec.wd, spec.dir, anchor, tense());
      return { value: isoOf(day.y, day.m, day.d), relative: true, dayLike: true };
    }
    case 'offset': {
      const dayLike = spec.unit === 'day' || spec.unit === 'week';
      if (!anchor) return { relative: true, dayLike };
      if (spec.unit === 'year') return { value: isoOf(anchor.y + spec.n), relative: true, dayLike };
      if (anchor.monthOnly && spec.unit !== 'month') return { relative: true, dayLike };
      if (spec.unit === 'month') {
        const ym = addMonths(anchor.y, anchor.m, spec.n);
        return { value: isoOf(ym.y, ym.m), relative: true, dayLike };
      }
      const day = fromDayNumber(dayNumber(anchor) + spec.n * (spec.unit === 'week' ? DAYS_PER_WEEK : 1));
      return { value: isoOf(day.y, day.m, day.d), relative: true, dayLike };
    }
    case 'time':
      return { relative: false, dayLike: false };
  }
}
