/** The tense of the clause or sentence around an expression, from its verbs: past, future or present. */
import data from '../data/fr-time.json' with { type: 'json' };
import { escapeRegExp as escapeRe } from '../../regexp.js';
import type { Tense } from './types.js';

/** Character codes a sentence or clause end is read by. */
const LINE_FEED = '\n'.charCodeAt(0);
const RETURN = '\r'.charCodeAt(0);
const TAB = '\t'.charCodeAt(0);
const SPACE = ' '.charCodeAt(0);
const NO_BREAK_SPACE = 0xa0;
const NARROW_NO_BREAK_SPACE = 0x202f;
const FULL_STOP = '.'.charCodeAt(0);
const EXCLAMATION = '!'.charCodeAt(0);
const QUESTION = '?'.charCodeAt(0);

const T = data.tense;
const skipAfterAux = new Set([
  ...T.adverbs.flatMap((w) => w.toLowerCase().split(/[-'’\s]+/)).filter((w) => w.length > 0),
  ...T.inversionWords,
]);
const nearFutureSkip = new Set([...T.nearFuturePronouns.map((w) => w.toLowerCase().replace(/['’]$/, '')), ...T.inversionWords]);

/** Characters that end a clause (for the tense of the expressions in it); sentence ends are tested apart. */
const CLAUSE_STOP = new Uint8Array(0x2100);
for (const c of T.clauseBoundaries) if (c.charCodeAt(0) < CLAUSE_STOP.length) CLAUSE_STOP[c.charCodeAt(0)] = 1;

export interface TenseScore {
  past: number;
  future: number;
}

const LC = 'a-zà-öø-ÿœæ';
const UC = 'A-ZÀ-ÖØ-ÞŒÆ';
const NB = `(?<![${LC}${UC}])`;
const NA = `(?![${LC}${UC}])`;
const SEP = "[\\s'’-]+";

/** Alternation of literal lower-case words, accents kept, longest first. */
function literalAlt(list: readonly string[]): string {
  const words = [...new Set(list.map((w) => w.toLowerCase().replace(/’/g, "'")))].sort((a, b) => b.length - a.length);
  return `(?:${words.map(escapeRe).join('|')})`;
}

const SKIP_AFTER_AUX = literalAlt([...skipAfterAux]);
const TENSE_RE = {
  pastCompound: new RegExp(
    `${NB}(?<!${NB}${escapeRe(T.existentialPronoun)}\\s)${literalAlt(T.pastAuxiliaries)}(?:${SEP}${SKIP_AFTER_AUX}${NA}){0,4}${SEP}` +
      `(?:${literalAlt(T.irregularParticiples)}|(?=[${LC}]{3})(?!${literalAlt(T.participleExceptions)}${NA})[${LC}]+${literalAlt(T.participleEndings)})${NA}`,
    'g',
  ),
  pastSimple: new RegExp(`${NB}(?:${literalAlt(T.pastSimpleWords)}|[${LC}]{2,}${literalAlt([T.pastSimplePluralEnding])})${NA}`, 'g'),
  imperfect: new RegExp(
    `${NB}(?!${literalAlt(T.imperfectExceptions)}${NA})[${LC}]{2,}${literalAlt(T.imperfectEndings)}${NA}` +
      `(?<![${T.conditionalStemLetters}]r${literalAlt(T.imperfectEndings)})`,
    'g',
  ),
  futureWord: new RegExp(`${NB}${literalAlt([...T.futureMarkers, ...T.futureSingleWords])}${NA}`, 'g'),
  futureEnding: new RegExp(
    `${NB}(?!${literalAlt(T.futureExceptions)}${NA})[${LC}]*[${LC}][${T.futureStemLetters}]${literalAlt(T.futureEndings)}${NA}`,
    'g',
  ),
  // A conditional looks ahead ("serait rejoué", "aurait lieu", "devrait"), but not "aurait" before a
  // participle, a past conditional ("aurait été tué").
  conditional: new RegExp(
    `${NB}(?:(?!aur)[${LC}]*[${T.conditionalStemLetters}]r(?:ait|aient)${NA}|aur(?:ait|aient)${NA}(?!${SEP}(?!lieu${NA})(?:été|eu|[${LC}]+(?:é|ée|és|ées|u|us|ue|ues|is|it|ise|ises)${NA})))`,
    'g',
  ),
  nearFuture: new RegExp(
    `${NB}${literalAlt(T.nearFutureAuxiliaries)}(?:${SEP}${literalAlt([...nearFutureSkip])}${NA}){0,4}${SEP}[${LC}]{2,}${literalAlt(T.infinitiveEndings)}${NA}`,
    'g',
  ),
};

function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) n++;
  return n;
}

/**
 * Counts the past and future verb cues of a text. Case is kept and the cues only match lower-case
 * words, since verbs are written in lower case ("Sandra", "Ankara" are no futures).
 */
export function tenseScore(text: string): TenseScore {
  const past = countMatches(TENSE_RE.pastCompound, text) + countMatches(TENSE_RE.pastSimple, text) + countMatches(TENSE_RE.imperfect, text);
  const future = countMatches(TENSE_RE.futureWord, text) + countMatches(TENSE_RE.futureEnding, text) + countMatches(TENSE_RE.nearFuture, text) + countMatches(TENSE_RE.conditional, text);
  return { past, future };
}

export function tenseOf(score: TenseScore): Tense {
  if (score.past > score.future) return 'past';
  if (score.future > score.past) return 'future';
  return 'present';
}

/** True when position i ends a sentence ('.', '!', '?' before a space or the end; a line break) or, unless `sentence`, a clause. */
function isStop(text: string, i: number, sentence: boolean): boolean {
  const code = text.charCodeAt(i);
  if (code === LINE_FEED) return true;
  if (code === FULL_STOP || code === EXCLAMATION || code === QUESTION) {
    const next = text.charCodeAt(i + 1);
    return Number.isNaN(next) || next === SPACE || next === TAB || next === LINE_FEED || next === RETURN || next === NO_BREAK_SPACE || next === NARROW_NO_BREAK_SPACE;
  }
  return !sentence && code < CLAUSE_STOP.length && CLAUSE_STOP[code] === 1;
}

/** How far a clause or sentence is looked for on each side of an expression (keeps long unpunctuated text linear). */
const MAX_SPAN_REACH = 400;

/** [start, end) of the clause (between punctuation marks) or, with `sentence`, the sentence around [start, end). */
function spanAround(text: string, start: number, end: number, sentence: boolean): [number, number] {
  const lowest = Math.max(0, start - MAX_SPAN_REACH);
  const highest = Math.min(text.length, end + MAX_SPAN_REACH);
  let a = start;
  while (a > lowest && !isStop(text, a - 1, sentence)) a--;
  // "a annoncé lundi que le match serait rejoué le 14 mars": a clause also opens at "que".
  if (!sentence) {
    const que = /\squ(?:e\s|['’])(?![\s\S]*\squ(?:e\s|['’]))/.exec(text.slice(a, start));
    if (que) a += que.index + 1;
  }
  let b = end;
  while (b < highest && !isStop(text, b, sentence)) b++;
  return [a, b];
}

/**
 * Tense for the expression at [start, end) of `text`: its clause's when the clause leans one way,
 * else its sentence's. `cache` (one per text) keeps the scores of spans already read.
 */
export function tenseAt(text: string, start: number, end: number, cache: Map<number, TenseScore>): Tense {
  const score = (span: [number, number]): TenseScore => {
    const key = span[0] * 1_000_003 + span[1];
    let s = cache.get(key);
    if (!s) cache.set(key, (s = tenseScore(text.slice(span[0], span[1]))));
    return s;
  };
  const span = spanAround(text, start, end, false);
  const clause = score(span);
  if (clause.past !== clause.future) return tenseOf(clause);
  // "X, mort le 12 mai, sera inhumé samedi": a participle with no auxiliary right before the date tells a past
  // fact, whatever the tense of the sentence.
  if (!clause.past && BARE_PARTICIPLE.test(text.slice(span[0], start))) return 'past';
  return tenseOf(score(spanAround(text, start, end, true)));
}

/** A past participle with no auxiliary, then at most six short words or figures, at the end of the text before a date. */
const BARE_PARTICIPLE = new RegExp(
  `${NB}(?:${literalAlt(T.irregularParticiples)}|(?=[${LC}]{3})(?!${literalAlt([...T.participleExceptions, ...T.futureMarkers])}${NA})[${LC}]+${literalAlt(T.participleEndings)})${NA}` +
    `(?:${SEP}[${LC}\\d]{1,5}${NA}){0,6}[\\s'’]*$`,
);
