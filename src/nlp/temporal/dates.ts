/** Calendar arithmetic on plain days (UTC, no time zone), ISO strings, anchors and French numbers. */
import { firstOfMonth, numberJoiners, numberWords } from './patterns.js';
import type { Day } from './types.js';

/** Calendar and clock facts. */
export const DAYS_PER_WEEK = 7;
export const MONTHS_PER_YEAR = 12;
export const NOON = 12;
export const LAST_HOUR = 23;
export const LAST_MINUTE = 59;
/** A leap year: a day of a month is possible in some year when it is in this one (29 February). */
export const LEAP_YEAR = 2000;
/** Years a four-digit number may be read as in running text (outside, it is a quantity). */
export const TEXT_YEARS = { min: 1800, max: 2100 };
/** Digits of a year. */
export const YEAR_DIGITS = 4;
/** The last year an ISO date can write. */
const LAST_ISO_YEAR = 9999;
/** The day that stands in for an anchor known only to its month. */
const MID_MONTH = 15;

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= MONTHS_PER_YEAR && d >= 1 && d <= daysInMonth(y, m);
}

export function dayNumber(day: Day): number {
  return Math.round(Date.UTC(day.y, day.m - 1, day.d) / 86_400_000);
}

export function fromDayNumber(n: number): Day {
  const dt = new Date(n * 86_400_000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function weekdayOf(day: Day): number {
  return new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function isoOf(y: number, m?: number, d?: number): string | undefined {
  if (!Number.isInteger(y) || y < 1 || y > LAST_ISO_YEAR) return undefined;
  let s = pad(y, YEAR_DIGITS);
  if (m !== undefined) s += `-${pad(m, 2)}`;
  if (m !== undefined && d !== undefined) s += `-${pad(d, 2)}`;
  return s;
}

export function parseAnchor(anchor: string | undefined): Day | undefined {
  if (typeof anchor !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(anchor);
  if (!m) return undefined;
  // A month alone ("2018-07", a crawl marker) anchors years and months, never a weekday or "hier".
  const day: Day = m[3] ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : { y: Number(m[1]), m: Number(m[2]), d: MID_MONTH, monthOnly: true };
  return isValidDay(day.y, day.m, day.d) ? day : undefined;
}

export function parseDay(token: string): number {
  return firstOfMonth.has(token) ? 1 : Number(token);
}

/** Value of a number written in digits or French words ("huit", "vingt-cinq", "quatre-vingt-dix"). */
export function parseNumber(token: string): number | undefined {
  if (/^[0-9]+$/.test(token)) return Number(token);
  let total = 0;
  let current = 0;
  for (const part of token.split(/[-\s]+/)) {
    if (part === '' || numberJoiners.has(part)) continue;
    const v = numberWords.get(part);
    if (v === undefined) return undefined;
    if (v === 100) current = (current || 1) * 100;
    else if (v === 20 && current === 4) current = 80; // "quatre-vingt(s)"
    else current += v;
  }
  total += current;
  return total;
}
