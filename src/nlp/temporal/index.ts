/**
 * French temporal expressions: find them in a sentence, normalise them to ISO values against a
 * publication date, guess a sentence's tense, and estimate a publication date from a text (publication.ts).
 *
 * Pure and synchronous. All French words come from `data/fr-time.json` (patterns.ts); matching runs on a folded
 * copy of the text (src/nlp/fold.ts: lower case, no accents, one kind of apostrophe and space) that keeps every
 * character offset of the original.
 */
import { foldChars } from '../fold.js';
import { dayNumber, fromDayNumber, isoOf, isValidDay, pad, parseAnchor, weekdayOf } from './dates.js';
import { mayHoldTemporal } from './patterns.js';
import { resolve, yearNearest } from './resolve.js';
import { scan, selectNonOverlapping } from './scan.js';
import { tenseAt, tenseOf, tenseScore } from './tense.js';
import type { TenseScore } from './tense.js';
import type { Day, Spec, TemporalMention } from './types.js';

export { estimatePublication } from './publication.js';
export { mostReportedDay, weekdayNameOf, weekdayNear } from './story-week.js';
export type { TemporalMention } from './types.js';

/**
 * Finds and normalises the temporal expressions of one sentence or paragraph, in text order and
 * without overlaps (the longest reading wins). `anchor` is the publication date (YYYY-MM-DD, or YYYY-MM when
 * only the month is known: then "hier" and day offsets stay unresolved, and a weekday resolves only to the one day
 * of that weekday among `knownDays` — days the corpus's other reports name — within a month of it); relative
 * expressions (weekdays, "hier", "l'an dernier", months or days without a year…) are resolved against
 * it, and have no `value` without it (or with an invalid one). Months and days without a year, and bare
 * weekdays, follow the tense of their clause (else of their sentence, see guessTense): "dernier" /
 * "prochain" strictly before / after the anchor; past → on or before it; future → on or after it;
 * present → the anchor's year (weekdays: the nearest day, ties to the future). A time of day takes the
 * date of the nearest preceding day mention, else of the nearest following one. Never throws: odd
 * input gives [].
 */
export function findTemporal(text: string, anchor?: string, knownDays?: readonly string[], narrative?: string): TemporalMention[] {
  if (typeof text !== 'string') return [];
  try {
    return findTemporalUnsafe(text, anchor, knownDays, narrative);
  } catch {
    return [];
  }
}

/**
 * Rough tense of a French sentence from its verbs: 'past' (a/ont/est/sont/avait + participle,
 * passé simple, imperfect), 'future' (-ra/-ront/-rai/-rez endings, futur proche "va" + infinitive,
 * "prévu(e)", "devrait"), else 'present'. When past and future cues are equally many, 'present'.
 */
export function guessTense(text: string): 'past' | 'future' | 'present' {
  if (typeof text !== 'string' || text.length === 0) return 'present';
  try {
    return tenseOf(tenseScore(text));
  } catch {
    return 'present';
  }
}

function findTemporalUnsafe(text: string, anchor?: string, knownDays?: readonly string[], narrative?: string): TemporalMention[] {
  if (text.length === 0 || !mayHoldTemporal(text)) return [];
  const folded = foldChars(text);
  const raws = selectNonOverlapping(scan(text, folded));
  if (raws.length === 0) return [];
  const anchorDay = parseAnchor(anchor);
  const narrativeDay = parseAnchor(narrative);
  const known = anchorDay?.monthOnly && knownDays ? knownDays.map((d) => parseAnchor(d)).filter((d): d is Day => !!d && !d.monthOnly) : undefined;
  const tenseCache = new Map<number, TenseScore>();
  const mentions: TemporalMention[] = [];
  const dayLike: boolean[] = [];
  for (const r of raws) {
    // Only a date that opens its sentence ("Le 15 mars, Naoto Kan …") goes on with the story; "ce 10 septembre" is the article's.
    // A pluperfect ("Le véhicule avait été loué le 11 juillet") tells the past story too.
    const opens = (!/[\p{L}\d]/u.test(text.slice(0, r.start)) || PLUPERFECT.test(text)) && !/^c(?:e|et|ette)\s/i.test(text.slice(r.start, r.end));
    const res = narrativeDay && opens && isYearless(r.spec) ? inNarrative(r.spec, narrativeDay) : resolve(r.spec, anchorDay, () => tenseAt(text, r.start, r.end, tenseCache), known);
    const mention: TemporalMention = { start: r.start, end: r.end, text: text.slice(r.start, r.end), relative: res.relative };
    if (res.value !== undefined) mention.value = res.value;
    if (r.spec.kind === 'time') mention.time = `${pad(r.spec.hh, 2)}:${pad(r.spec.mm, 2)}`;
    if (r.approximate) mention.approximate = true;
    mentions.push(mention);
    dayLike.push(res.dayLike);
  }
  // "du 2 février au 28 mai derniers": a span's start without a year is in the year that puts it before its end.
  for (let i = 0; i + 1 < raws.length; i++) {
    const [a, b] = [mentions[i]!, mentions[i + 1]!];
    if (raws[i]!.spec.kind !== 'dayMonth' || !a.value || !b.value || a.value.length !== b.value.length || !SPAN_JOIN.test(text.slice(a.end, b.start))) continue;
    const y = Number(b.value.slice(0, 4)) - (a.value.slice(4) > b.value.slice(4) ? 1 : 0);
    const md = a.value.slice(4);
    if (isValidDay(y, Number(md.slice(1, 3)), Number(md.slice(4, 6)))) a.value = `${y}${md}`;
  }
  // "dans la nuit du samedi au dimanche 12 juin": a bare weekday that opens a span is the last such weekday before its end.
  // A morning time said of that night ("vers 2 heures du matin") is of the span's end, an evening one of its start.
  // The weekdays that open such a night; the dated day after each ends it.
  const nightStarts = new Set<number>();
  for (let i = 0; i + 1 < raws.length; i++) {
    const [a, b] = [mentions[i]!, mentions[i + 1]!];
    const spec = raws[i]!.spec;
    const end = parseAnchor(b.value);
    if (spec.kind !== 'weekday' || !end || end.monthOnly || !SPAN_JOIN.test(text.slice(a.end, b.start)) || !/\bdu\s+$/iu.test(text.slice(Math.max(0, a.start - 4), a.start))) continue;
    const back = (weekdayOf(end) - spec.wd + 7) % 7;
    if (back === 0) continue;
    const start = fromDayNumber(dayNumber(end) - back);
    a.value = isoOf(start.y, start.m, start.d);
    a.relative = b.relative;
    if (back === 1) nightStarts.add(i);
  }
  // "ce dimanche 8 décembre … . Ils ont annoncé un couvre-feu en vigueur jusqu'à l'aube lundi": a bare weekday that ends
  // a span, after a day the text dates, is the first such weekday after that day, whatever the tense of the sentence.
  for (let i = 1; i < raws.length; i++) {
    const spec = raws[i]!.spec;
    if (spec.kind !== 'weekday' || !UNTIL_BEFORE.test(folded.slice(Math.max(0, mentions[i]!.start - UNTIL_REACH), mentions[i]!.start))) continue;
    let j = i - 1;
    while (j >= 0 && !(dayLike[j] && !mentions[j]!.time)) j--;
    const from = j >= 0 ? parseAnchor(mentions[j]!.value) : undefined;
    if (!from || from.monthOnly) continue;
    const ahead = (spec.wd - weekdayOf(from) + 7) % 7 || 7;
    const day = fromDayNumber(dayNumber(from) + ahead);
    mentions[i]!.value = isoOf(day.y, day.m, day.d);
    mentions[i]!.relative = mentions[j]!.relative;
  }
  // "engagé le 12 mars 2016 avant d'être licencié le 3 octobre de la même année": a date without a year that the
  // text says is of the same year takes the year of the last date before it (or of the story, when none is).
  for (let i = 0; i < mentions.length; i++) {
    const spec = raws[i]!.spec;
    if (!isYearless(spec) || !SAME_YEAR_AFTER.test(folded.slice(mentions[i]!.end, mentions[i]!.end + SAME_YEAR_REACH))) continue;
    const before = mentions.slice(0, i).reverse().find((m) => m.value && !m.time && !m.relative)?.value;
    const y = before ? Number(before.slice(0, 4)) : narrativeDay?.y;
    if (y === undefined) continue;
    if (spec.kind === 'month') mentions[i]!.value = isoOf(y, spec.m);
    else if (isValidDay(y, spec.m, spec.d)) mentions[i]!.value = isoOf(y, spec.m, spec.d);
  }
  // "La reconstitution s'est déroulée hier, mercredi 11 mai": a date set right after a relative day restates it, and
  // says which day it is (an article's date may be only its month, or the day it was put online).
  for (let i = 0; i + 1 < raws.length; i++) {
    const [a, b] = [mentions[i]!, mentions[i + 1]!];
    const spec = raws[i]!.spec;
    const next = raws[i + 1]!.spec;
    if (spec.kind !== 'offset' || spec.unit !== 'day' || !(next.kind === 'dayMonth' || (next.kind === 'absolute' && next.d !== undefined)) || !b.value || !RESTATED_JOIN.test(text.slice(a.end, b.start))) continue;
    a.value = b.value;
    a.relative = b.relative;
  }
  // A time of day takes the date of the nearest preceding day mention, else of the nearest following one.
  for (let i = 0; i < mentions.length; i++) {
    const t = mentions[i]!;
    if (t.time === undefined) continue;
    let source = -1;
    for (let j = i - 1; j >= 0 && source < 0; j--) if (dayLike[j]) source = j;
    for (let j = i + 1; j < mentions.length && source < 0; j++) if (dayLike[j]) source = j;
    if (nightStarts.has(source) && t.time < NOON) source += 1;
    // "… du samedi au dimanche 12 juin, vers 23h": an evening time of that night is of the span's start.
    else if (nightStarts.has(source - 1) && t.time >= EVENING) source -= 1;
    if (source >= 0) {
      const value = mentions[source]!.value;
      if (value !== undefined) t.value = value;
      t.relative = mentions[source]!.relative;
    }
  }
  return mentions;
}

/** A time of day before it is a morning's; from the other, an evening's. */
const NOON = '12:00';
const EVENING = '18:00';

/** "de la même année", "la même année", right after a date (folded). */
const SAME_YEAR_AFTER = /^\s*,?\s*(?:de\s+)?(?:la|cette)\s+meme\s+annee/;
const SAME_YEAR_REACH = 30;

/** A verb in the pluperfect: "avait été loué", "avaient quitté". */
const PLUPERFECT = /(?:^|[^\p{L}])(?:avait|avaient)\s+(?:\p{L}+\s+){0,2}?\p{L}+(?:é|ée|és|ées|i|ie|is|u|ue|us|it|ert)(?![\p{L}])/iu;

/** Between a relative day and the date that restates it ("hier, mercredi 11 mai", "hier (le 11 mai)"). */
const RESTATED_JOIN = /^\s*(?:,|\()\s*(?:le\s+)?$/iu;

/** "jusqu'à", "jusqu'à l'aube", "jusqu'au matin de" right before a weekday (folded): the weekday ends a span. */
const UNTIL_BEFORE = /jusqu['’]\s*(?:a|au)\s+(?:[\p{L}'’-]+\s+){0,3}$/u;
/** Characters read before a weekday for it. */
const UNTIL_REACH = 40;

/** Between the two ends of a span ("du 2 février au 28 mai", "entre le 19 et le 22 septembre"). */
const SPAN_JOIN = /^\s*(?:au|et|à|-|–)\s+(?:le\s+)?$/iu;

/** A day and month, or a month, with no year, no weekday and no "dernier" / "prochain": its year is the story's. */
function isYearless(spec: Spec): spec is Extract<Spec, { kind: 'dayMonth' | 'month' }> {
  return (spec.kind === 'dayMonth' && spec.wd === undefined && spec.dir === undefined) || (spec.kind === 'month' && spec.dir === undefined);
}

/**
 * "Le 11 mars 2011, un séisme … Le 15 mars, le Premier ministre …" in an article of 2017: a date without a year, in
 * an article that tells a past story, is in the year of the story's last full date (the nearest such date to it).
 */
function inNarrative(spec: Extract<Spec, { kind: 'dayMonth' | 'month' }>, story: Day): { value?: string; relative: boolean; dayLike: boolean } {
  const y = yearNearest(spec.m, story);
  if (spec.kind === 'month') return { value: isoOf(y, spec.m), relative: true, dayLike: false };
  return { value: isValidDay(y, spec.m, spec.d) ? isoOf(y, spec.m, spec.d) : undefined, relative: true, dayLike: true };
}
