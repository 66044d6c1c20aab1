/** Finds the temporal expressions of a text on its folded copy: one handler per pattern, then the longest readings that do not overlap. */
import { daysInMonth, isValidDay, LAST_HOUR, LAST_MINUTE, LEAP_YEAR, MONTHS_PER_YEAR, NOON, parseDay, parseNumber, TEXT_YEARS, YEAR_DIGITS } from './dates.js';
import {
  DE_AFTER,
  DURATION_BEFORE,
  DURATION_AFTER,
  RANGE_AFTER,
  RANGE_FROM_BEFORE,
  RANGE_TO_NUMBER,
  RE,
  TIME_PREPOSITION_BEFORE,
  WORD_AFTER,
  YEAR_QUANTIFIER_BEFORE,
  agoWords,
  ambiguousMonths,
  dayPartShift,
  dayWordOffsets,
  findCues,
  fractionMinutes,
  functionWordsS,
  monthByName,
  nextWords,
  noonWords,
  NOON_LEAD_BEFORE,
  COPULA_LEAD_BEFORE,
  pastWords,
  periodByPhrase,
  squash,
  unitByWord,
  weekdayByName,
  decadeTens,
  yearApproximate,
  yearChecked,
  yearIncluded,
  yearNeedsRange,
  yearUnitsAfter,
} from './patterns.js';
import type { Cues } from './patterns.js';
import type { Direction, RawMention, Spec } from './types.js';

/** Characters read before a year for a quantifier ("plus de 2000"), and after a time for the end of a range. */
const QUANTIFIER_REACH = 16;
/** Characters read around a number for the word that says what it counts, or for a time's preposition. */
const WORD_REACH = 24;
/** Characters read after a year for a range to a number ("2019-2020"). */
const RANGE_REACH = 12;
/** Characters read after a time for "de" that makes it a duration or a quantity. */
const PREPOSITION_REACH = 8;
/** Characters after a figure of hours read for what makes it an offset (" plus tard", " auparavant"). */
const OFFSET_REACH = 16;
/** Years an ISO date may carry. */
const ISO_YEARS = { min: 1000, max: 2999 };

function directionOf(word: string | undefined): Direction | undefined {
  if (word === undefined) return undefined;
  if (pastWords.has(word)) return 'past';
  if (nextWords.has(word)) return 'next';
  return undefined;
}

function isUpper(c: string | undefined): boolean {
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

const SKIPPED_BEFORE_SENTENCE = /[\s"«»“”'‘’(\-—–]/;
const SENTENCE_PUNCT = /[.!?:;…]/;

/** True when nothing but spaces, quotes or dashes separate `pos` from the start or the previous sentence end. */
function atSentenceStart(raw: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const c = raw[i]!;
    if (SKIPPED_BEFORE_SENTENCE.test(c)) continue;
    return SENTENCE_PUNCT.test(c);
  }
  return true;
}

/** A bare year after a weak context is no year when a quantity or unit surrounds it ("plus de 2000 manifestants"). */
function yearLooksLikeQuantity(folded: string, ctxStart: number, yearEnd: number): boolean {
  if (YEAR_QUANTIFIER_BEFORE.test(folded.slice(Math.max(0, ctxStart - QUANTIFIER_REACH), ctxStart))) return true;
  const after = WORD_AFTER.exec(folded.slice(yearEnd, yearEnd + WORD_REACH));
  if (!after) return false;
  const w = after[1]!;
  if (w.length === 1 && !/[a-z]/.test(w)) return true;
  if (yearUnitsAfter.has(w)) return true;
  return /[sx]$/.test(w) && w.length > 2 && !functionWordsS.has(w);
}

function monthNumber(name: string | undefined): number {
  return name === undefined ? 0 : monthByName.get(name.replace(/\s+/g, '')) ?? 0;
}

interface ScanState {
  raw: string;
  folded: string;
  out: RawMention[];
}

function push(st: ScanState, start: number, end: number, spec: Spec, approximate = false): void {
  if (end > start) st.out.push({ start, end, spec, approximate });
}

type Handler = (m: RegExpExecArray, g: Record<string, string | undefined>, st: ScanState) => void;

function onIsoDate(m: RegExpExecArray, g: Record<string, string | undefined>, st: ScanState): void {
  const y = Number(g.y), mo = Number(g.m), d = Number(g.d);
  if (y >= ISO_YEARS.min && y <= ISO_YEARS.max && isValidDay(y, mo, d)) push(st, m.index, m.index + m[0].length, { kind: 'absolute', y, m: mo, d });
}

function onIsoMonth(m: RegExpExecArray, g: Record<string, string | undefined>, st: ScanState): void {
  const y = Number(g.y), mo = Number(g.m);
  if (y < TEXT_YEARS.min || y > TEXT_YEARS.max || mo < 1 || mo > MONTHS_PER_YEAR) return;
  if (!g.mk && (y + 1) % 100 === mo) return; // "2011-12" is a season, not December 2011
  const end = m.index + m[0].length;
  push(st, end - 'YYYY-MM'.length, end, { kind: 'absolute', y, m: mo, marker: true });
}

function onNumeric(m: RegExpExecArray, g: Record<string, string | undefined>, st: ScanState): void {
  const y = Number(g.y), mo = Number(g.m), d = Number(g.d);
  if (y >= TEXT_YEARS.min && y <= TEXT_YEARS.max && isValidDay(y, mo, d)) push(st, m.index, m.index + m[0].length, { kind: 'absolute', y, m: mo, d });
}

/** "les 2 et 3 mai": the first day; the second is found by the day-month pattern. */
function onDayRange(m: RegExpExecArray, g: Record<string, string | undefined>, st: ScanState): void {
  const mo = monthNumber(g.mo);
  const d = parseDay(g.d1!);
  if (!mo) return;
  const end = m.index + g.d1!.length;
  if (g.y) {
    const y = Number(g.y);
    if (isValidDay(y, mo, d)) push(st, m.index, end, { kind: 'absolute', y, m: mo, d });
  } else if (d <= daysInMonth(LEAP_YEAR, mo)) {
    push(st, m.index, end, { kind: 'dayMonth', m: mo, d });
  }
}

function onDayMonth(m: RegExpExecArray, g: Record<string, string | undefined>, st: ScanState): void {
  const mo = monthNumber(g.mo);
  const d = parseDay(g.d!);
  if (!mo) return;
  const end = m.index + m[0].length;
  if (g.y) {
    const y = Number(g.y);
    if (isValidDay(y, mo, d)) push(st, m.index, end, { kind: 'absolute', y, m: mo, d });
  } else if (d <= daysInMonth(LEAP_YEAR, mo)) {
    const wd = g.wd ? weekdayByName.get(g.wd) : undefined;
    push(st, m.index, end, { kind: 'dayMonth', m: mo, d, wd, dir: directionOf(g.dir) });
  }
}

function onMonthYear(m: RegExpExecArray, g: Record<string, string | undefined>, st: ScanState): void {
  const mo = monthNumber(g.mo);
  if (mo) push(st, m.index, m.index + m[0].length, { kind: 'absolute', y: Number(g.y), m: mo }, !!g.part);
}

function onMonthPart(m: RegExpExecArray, g: Record<string, string | undefined>, st: ScanState): void {
  const mo = monthNumber(g.mo);
  if (!mo) return;
  const spec: Spec = g.y ? { kind: 'absolute', y: Number(g.y), m: mo } : { kind: 'month', m: mo };
  push(st, m.index, m.index + m[0].length, spec, true);
}

function onMonthAlone(m: RegExpExecArray, g: Record<string, string | undefined>, st: ScanState): void {
  const name = g.mo!;
  const mo = monthNumber(name);
  if (!mo) return;
  const end = m.index + m[0].length;
  const spanStart = end - g.span!.length;
  // "les attaques du 7-Octobre", "depuis le 11-Septembre": a day joined to its month by a hyphen names an event of some
  // year the text does not give; the month alone is no date of this one.
  if (/\d[-‐‑]\s*$/.test(st.raw.slice(Math.max(0, spanStart - 3), spanStart))) return;
  if (ambiguousMonths.has(name)) {
    if (!(g.ctx || g.inc || g.part || g.of || g.dir)) return;
    const at = st.folded.indexOf(name, spanStart);
    if (isUpper(st.raw[at]) && !atSentenceStart(st.raw, at)) return; // "Avril", "Mars" as names
  }
  push(st, spanStart, end, { kind: 'month', m: mo, dir: directionOf(g.dir) }, !!g.part);
}

const FOUR_DIGITS = /[0-9]{4}/;

function onYearContext(m: RegExpExecArray, g: Record<string, string | undefined>, st: ScanState): void {
  const ctx = squash(g.x ?? g.i ?? '');
  const checked = yearChecked.has(ctx);
  const yStart = m.index + m[0].search(FOUR_DIGITS);
  const yEnd = yStart + YEAR_DIGITS;
  if (!g.y2 && yearNeedsRange.has(ctx)) return;
  // "de 2000 à 2500 euros": a range whose other end is no year is a range of quantities.
  if (!g.y2 && checked && RANGE_TO_NUMBER.test(st.folded.slice(yEnd, yEnd + RANGE_REACH))) return;
  if (checked && yearLooksLikeQuantity(st.folded, m.index, yEnd)) return;
  const approximate = !!g.p || yearApproximate.has(ctx);
  const start = yearIncluded.has(ctx) || g.p ? m.index : yStart;
  push(st, start, yEnd, { kind: 'absolute', y: Number(g.y) }, approximate);
  if (g.y2) {
    const end = m.index + m[0].length;
    if (!(checked && yearLooksLikeQuantity(st.folded, end - YEAR_DIGITS, end))) {
      push(st, end - YEAR_DIGITS, end, { kind: 'absolute', y: Number(g.y2) }, approximate);
    }
  }
}

/** The first year of the twentieth century's decade ("dans les années soixante" → 1960), approximate. */
const CENTURY = 1900;
function onDecade(m: RegExpExecArray, g: Record<string, string | undefined>, st: ScanState): void {
  const tens = decadeTens.get(g.d!);
  if (tens !== undefined) push(st, m.index, m.index + m[0].length, { kind: 'absolute', y: CENTURY + tens }, true);
}

/** A day number right after a weekday, with no month after it: then the end of a phrase or a word that ends one. */
const DAY_AFTER_WEEKDAY = /^\s+(1er|[1-9]|[12][0-9]|3[01])(?![0-9\p{L}])(?=\s*(?:$|[,.;:)!?]|(?:au|a|et|dans|en|lors|vers|matin|soir|apres-midi|midi|pour|le|la|les|l')(?![\p{L}])))/u;

function onWeekday(m: RegExpExecArray, g: Record<string, string | undefined>, st: ScanState): void {
  const wd = weekdayByName.get(g.wd!);
  if (wd === undefined) return;
  const dir = directionOf(g.dir) ?? (g.ce ? 'this' : undefined);
  const end = m.index + m[0].length;
  // "dimanche 10 au soir": a day of the month without its month, which the weekday pins down near the anchor.
  const day = g.dir || g.ce ? null : DAY_AFTER_WEEKDAY.exec(st.folded.slice(end));
  if (day) push(st, m.index, end + day[0].length, { kind: 'weekday', wd, d: parseDay(day[1]!) });
  else push(st, m.index, end, { kind: 'weekday', wd, dir });
}

function onDayWord(m: RegExpExecArray, g: Record<string, string | undefined>, st: ScanState): void {
  const n = dayWordOffsets.get(squash(g.w!));
  if (n !== undefined) push(st, m.index, m.index + m[0].length, { kind: 'offset', unit: 'day', n });
}

function onPeriod(m: RegExpExecArray, g: Record<string, string | undefined>, st: ScanState): void {
  const p = periodByPhrase.get(squash(g.p!));
  if (p) push(st, m.index, m.index + m[0].length, { kind: 'offset', unit: p.unit, n: p.offset }, p.approximate);
}

function onOffset(m: RegExpExecArray, g: Record<string, string | undefined>, st: ScanState): void {
  const n = parseNumber(g.n!);
  const unit = unitByWord.get(g.u!);
  if (n === undefined || unit === undefined) return;
  const sign = agoWords.has(squash(g.w!)) ? -1 : 1;
  push(st, m.index, m.index + m[0].length, { kind: 'offset', unit, n: sign * n }, !!g.q || unit === 'week');
}

/** Between a time and the bracket that restates it in another clock: a few words, no bracket ("locales ("). */
const RESTATED_GAP = /^[^()]{0,20}\(\s*$/;

function onTime(m: RegExpExecArray, g: Record<string, string | undefined>, st: ScanState): void {
  const { raw, folded } = st;
  const end = m.index + m[0].length;
  const before = folded.slice(Math.max(0, m.index - WORD_REACH), m.index);
  // "Il était 22 heures": read only when no preposition leads (a copula before a time is rare).
  let prepMatch = TIME_PREPOSITION_BEFORE.exec(before) ?? (g.nm ? NOON_LEAD_BEFORE.exec(before) : null) ?? (before.includes('il ') ? COPULA_LEAD_BEFORE.exec(before) : null);
  // "la barre des deux heures": the article "des" folds as "dès" does; written without its accent, it is no preposition.
  if (prepMatch?.[2] === 'des' && /(?:^|[^\p{L}])des\s+$/iu.test(raw.slice(Math.max(0, m.index - WORD_REACH), m.index))) prepMatch = null;
  const prep = prepMatch?.[2];
  const start = m.index - (prepMatch?.[1]!.length ?? 0);
  let hh: number | undefined;
  let mm = 0;
  if (g.nm) {
    if (!prep) return; // "le Midi" is a region; only "à midi", "vers minuit"…
    hh = noonWords.has(g.nm) ? NOON : 0;
  } else if (g.h) {
    hh = Number(g.h);
    mm = g.mi ? Number(g.mi) : 0;
    if (!prep) {
      // "1h45 après le début de sa descente": an offset from another moment.
      if (DURATION_AFTER.test(folded.slice(end, end + OFFSET_REACH))) return;
      if (DURATION_BEFORE.test(before)) {
        const rangeStart = RANGE_FROM_BEFORE.test(before) && RANGE_AFTER.test(folded.slice(end, end + QUANTIFIER_REACH));
        if (!rangeStart) return; // "pendant 2h", "en 3h"; but "de 14h à 16h" is a time
      }
    }
  } else if (g.h3) {
    // "vers 16:30": the clock's notation, read only after a preposition (a score or a verse is no time).
    if (!prep) return;
    hh = Number(g.h3);
    mm = Number(g.mi3);
  } else if (g.h2) {
    const n = parseNumber(g.h2);
    if (n === undefined) return;
    hh = n;
    mm = g.mi2 ? Number(g.mi2) : 0;
    // "N heures" is a duration unless introduced ("à 9 heures") or qualified ("10 heures du matin", "14 heures 30"), or
    // in brackets right after a time, which it restates in another place's clock ("À 8 heures locales (2 heures à Paris)").
    const restates = /\(\s*$/.test(before) && st.out.some((o) => o.spec.kind === 'time' && o.end <= m.index && RESTATED_GAP.test(folded.slice(o.end, m.index)));
    if (!prep && !g.dp && !g.mi2 && !g.fr && !restates) return;
    // The verb "a" ("elle a deux heures pour…") is not the preposition "à".
    if (prep === 'a' && raw[start] === 'a' && !g.dp && !g.mi2) return;
    // "à une heure fréquentée", "à une heure tardive", "à une heure où …": a word after "une heure" makes it a moment of
    // some kind, not one o'clock.
    if (/^une?$/.test(g.h2) && !g.dp && !g.mi2 && !g.fr && /^\s+\p{Ll}/u.test(raw.slice(end, end + PREPOSITION_REACH))) return;
  }
  if (hh === undefined || hh > LAST_HOUR || mm > LAST_MINUTE) return;
  if (g.fr && mm === 0) mm = fractionMinutes.get(squash(g.fr)) ?? 0;
  if (g.dp) {
    const shift = dayPartShift.get(squash(g.dp)) ?? 0;
    if (shift && hh < NOON) hh += shift;
  } else if (DE_AFTER.test(folded.slice(end, end + PREPOSITION_REACH))) {
    return; // "à 2 heures de route", "à 14h de Paris"
  }
  push(st, start, end, { kind: 'time', hh, mm });
}

/** Each pattern, the cues it needs to have a chance, and what it makes of a match. */
const PATTERNS: { re: RegExp; needs: (c: Cues) => boolean; handle: Handler }[] = [
  { re: RE.isoDate, needs: (c) => c.year, handle: onIsoDate },
  { re: RE.isoMonth, needs: (c) => c.year, handle: onIsoMonth },
  { re: RE.numeric, needs: (c) => c.year, handle: onNumeric },
  { re: RE.dayRange, needs: (c) => c.month && c.digit, handle: onDayRange },
  { re: RE.dayMonth, needs: (c) => c.month, handle: onDayMonth },
  { re: RE.monthYear, needs: (c) => c.month && c.year, handle: onMonthYear },
  { re: RE.monthPart, needs: (c) => c.month, handle: onMonthPart },
  { re: RE.monthAlone, needs: (c) => c.month, handle: onMonthAlone },
  { re: RE.decade, needs: (c) => c.unit, handle: onDecade },
  { re: RE.yearContext, needs: (c) => c.year, handle: onYearContext },
  { re: RE.weekday, needs: (c) => c.weekday, handle: onWeekday },
  { re: RE.dayWord, needs: (c) => c.dayWord, handle: onDayWord },
  { re: RE.period, needs: (c) => c.unit, handle: onPeriod },
  { re: RE.offset, needs: (c) => c.unit, handle: onOffset },
  { re: RE.time, needs: (c) => c.digit || c.timeWord, handle: onTime },
];

/** Every candidate expression of the text (overlapping; see selectNonOverlapping). */
export function scan(raw: string, folded: string): RawMention[] {
  const st: ScanState = { raw, folded, out: [] };
  const cues = findCues(folded);
  for (const { re, needs, handle } of PATTERNS) {
    if (!needs(cues)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
      if (m[0].length === 0) re.lastIndex++;
      else handle(m, m.groups ?? {}, st);
    }
  }
  return st.out;
}

/** Keeps the longest of overlapping candidates (earliest on ties), in text order. */
export function selectNonOverlapping(candidates: RawMention[]): RawMention[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: RawMention[] = [];
  for (const c of sorted) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
