/**
 * The French words of dates and times, from `data/fr-time.json`, as folded word maps and as the regular expressions
 * the scanner runs (built once, at module load, as prefix trees so that each position tries few characters).
 */
import data from '../data/fr-time.json' with { type: 'json' };
import { foldChars } from '../fold.js';
import type { Unit } from './types.js';

import { escapeRegExp as escapeRe } from '../../regexp.js';

/** One folded character of a data phrase as a regex source: spaces match any run of spaces, hyphens are optional. */
function charRe(ch: string): string {
  if (ch === ' ') return '\\s+';
  if (ch === '-') return '[-\\s]?';
  if (ch === "'") return "'\\s?";
  return escapeRe(ch);
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

function emitTrie(node: TrieNode): string {
  const branches = [...node.next].map(([ch, child]) => charRe(ch) + emitTrie(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  return node.end ? `(?:${body})?` : body;
}

/**
 * Alternation of phrases as a prefix tree ("avant-hier|avril|…" → "av(?:ant…|ril)"): the regex engine
 * then tries a handful of characters per position instead of every phrase. Greedy, so the longest
 * phrase wins ("avant-hier" over "hier" is handled by word boundaries, "septembre" over "sept" here).
 */
function alt(list: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of new Set(list.map((w) => foldChars(w)))) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return `(?:${emitTrie(root)})`;
}

/** Regex source that matches a word with or without its accents, any case (for the raw-text prefilter). */
function tolerantRe(word: string): string {
  const classes: Record<string, string> = {
    a: '[aàâä]', e: '[eéèêë]', i: '[iîï]', o: '[oôö]', u: '[uùûü]', c: '[cç]',
  };
  let out = '';
  for (const ch of foldChars(word)) {
    if (ch === "'") out += "['\u2019\u2018\u02bc]";
    else if (ch === ' ' || ch === '-') out += '[\\s\\-\u2011]';
    else out += classes[ch] ?? escapeRe(ch);
  }
  return out;
}

export const monthByName = new Map<string, number>();
const fullMonthNames: string[] = [];
const allMonthNames: string[] = [];
for (const entry of data.months) {
  for (const name of entry.names) {
    monthByName.set(foldChars(name), entry.number);
    fullMonthNames.push(name);
    allMonthNames.push(name);
  }
  for (const abbr of entry.abbreviations) {
    monthByName.set(foldChars(abbr), entry.number);
    allMonthNames.push(abbr);
  }
}
export const ambiguousMonths = new Set(data.ambiguousMonths.map((w) => foldChars(w)));
export const weekdayByName = new Map<string, number>(data.weekdays.map((w, i) => [foldChars(w), (i + 1) % 7]));
export const pastWords = new Set(data.pastWords.map((w) => foldChars(w)));
export const nextWords = new Set(data.nextWords.map((w) => foldChars(w)));
export const firstOfMonth = new Set(data.firstOfMonth.map((w) => foldChars(w)));
export const dayWordOffsets = new Map<string, number>(
  Object.entries(data.dayWords).map(([w, n]) => [squash(foldChars(w)), n]),
);
export const periodByPhrase = new Map<string, { unit: Unit; offset: number; approximate: boolean }>(
  data.periodPhrases.map((p) => [
    squash(foldChars(p.phrase)),
    { unit: p.unit as Unit, offset: p.offset, approximate: p.approximate === true },
  ]),
);
export const unitByWord = new Map<string, Unit>(
  Object.entries(data.units).map(([w, u]) => [foldChars(w), u as Unit]),
);
export const agoWords = new Set(data.agoWords.map((w) => squash(foldChars(w))));
export const numberJoiners = new Set(data.numberJoiners.map((w) => foldChars(w)));
export const numberWords = new Map<string, number>(Object.entries(data.numbers).map(([w, n]) => [foldChars(w), n]));
export const yearIncluded = new Set(data.yearContext.included.map((w) => squash(foldChars(w))));
export const yearApproximate = new Set(data.yearContext.approximate.map((w) => squash(foldChars(w))));
export const yearNeedsRange = new Set(data.yearContext.needsRange.map((w) => squash(foldChars(w))));
export const yearChecked = new Set(data.yearContext.checked.map((w) => squash(foldChars(w))));
/** The tens of a decade said after "années" ("soixante" → 60). */
export const decadeTens = new Map<string, number>(Object.entries(data.decades as Record<string, number>).map(([w, n]) => [foldChars(w), n]));
export const yearUnitsAfter = new Set(data.yearUnitsAfter.map((w) => foldChars(w)));
export const functionWordsS = new Set(data.functionWordsEndingInS.map((w) => foldChars(w)));
export const fractionMinutes = new Map<string, number>(
  Object.entries(data.time.fractions).map(([w, n]) => [squash(foldChars(w)), n]),
);
export const dayPartShift = new Map<string, number>(
  Object.entries(data.time.dayParts).map(([w, n]) => [squash(foldChars(w)), n]),
);
export const noonWords = new Set(data.time.noon.map((w) => foldChars(w)));

/** Collapses the spacing and hyphenation variants of a folded phrase to one key. */
export function squash(s: string): string {
  return s.replace(/[\s'-]+/g, '');
}

const L = '[a-z0-9]';
const B = '\\b';
const E = `(?!${L})`;
const NOT_AFTER_NUMBER = '(?<![0-9][.,]?|[0-9]\\s)';
const MONTH_FULL = alt(fullMonthNames);
const MONTH_ANY = alt(allMonthNames);
const WEEKDAY = alt(data.weekdays);
const DAY = `(?:${alt(data.firstOfMonth)}|[12][0-9]|3[01]|0?[1-9])(?![0-9])`;
const YEAR = '(?:1[89][0-9]{2}|20[0-9]{2}|2100)(?![0-9]|[.,][0-9]|\\s[0-9]{3}(?![0-9]))';
const PART = alt(data.parts);
const DIRECTION = alt([...data.pastWords, ...data.nextWords]);
const MONTH_OF = alt(data.monthOfPhrases);
const NOT_DISTAL = `(?!-\\s*${alt([data.distalSuffix])}${E})`;
const NUMBER_WORD = (() => {
  const w = alt(Object.keys(data.numbers));
  const joiner = alt(data.numberJoiners);
  const hundreds = alt(Object.keys(data.numbers).filter((k) => numberWords.get(foldChars(k)) === 100));
  return `(?:${w}(?:(?:-${joiner}-|\\s+${joiner}\\s+|-|\\s+(?=${hundreds}${E}))${w})*)${E}`;
})();

export const RE = {
  isoDate: /(?<![0-9])(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})(?![0-9])/g,
  isoMonth: new RegExp(
    `(?:${B}(?<mk>${alt(data.publicationMarkers)})(?:\\s*:)?\\s*)?(?<![0-9-])(?<y>[0-9]{4})-(?<m>[0-9]{2})(?![0-9]|-[0-9])`,
    'g',
  ),
  numeric: /(?<![0-9/.,])(?<d>[0-9]{1,2})(?<s>[/.])(?<m>[0-9]{1,2})\k<s>(?<y>[0-9]{4})(?![0-9]|[.,/][0-9])/g,
  dayRange: new RegExp(
    `${B}${NOT_AFTER_NUMBER}(?<d1>${DAY})(?:\\s*[-–]\\s*|\\s+${alt(data.dayRangeJoiners)}\\s+)(?:${alt(data.dayRangeRepeats)}\\s+)?(?<d2>${DAY})\\s+(?<mo>${MONTH_ANY})${E}(?:\\s+(?<y>${YEAR}))?`,
    'g',
  ),
  dayMonth: new RegExp(
    `${B}(?:${alt(data.dayIntroducers)}\\s+)?(?:(?<wd>${WEEKDAY})(?:\\s*,)?\\s+)?${NOT_AFTER_NUMBER}(?<d>${DAY})\\s+(?<mo>${MONTH_ANY})${E}(?:\\s+(?<y>${YEAR})|\\s+(?<dir>${DIRECTION})${E})?`,
    'g',
  ),
  monthYear: new RegExp(
    `${B}(?:${alt(data.monthIncludedPrefixes)}\\s+)?(?:(?<part>${PART})[\\s-]+)?(?:${MONTH_OF}\\s*)?(?<mo>${MONTH_ANY})\\s+(?<y>${YEAR})`,
    'g',
  ),
  monthPart: new RegExp(
    `${B}(?:${alt(data.monthPartArticles)}\\s+)?${alt(data.monthPartOrdinals)}\\s+${alt(data.monthPartNouns)}\\s+${alt(data.monthPartLinks)}\\s*(?<mo>${MONTH_FULL})${E}(?:\\s+(?<y>${YEAR}))?`,
    'g',
  ),
  monthAlone: new RegExp(
    `${B}(?:(?<ctx>${alt(data.monthContext)})\\s*)?(?<span>(?:(?<inc>${alt(data.monthIncludedPrefixes)})\\s+)?(?:(?<part>${PART})[\\s-]+)?(?:(?<of>${MONTH_OF})\\s*)?(?<mo>${MONTH_FULL})${E}(?:\\s+(?<dir>${DIRECTION})${E})?)`,
    'g',
  ),
  decade: new RegExp(`${B}annees\\s+(?<d>${alt(Object.keys(data.decades))})${E}`, 'g'),
  yearContext: new RegExp(
    `${B}(?:(?<x>${alt(data.yearContext.excluded)})\\s*|(?<i>${alt(data.yearContext.included)})\\s+|(?<p>${PART})[\\s-]+)${NOT_AFTER_NUMBER}(?<y>${YEAR})(?:\\s*(?:${data.yearRangeJoiners.map((j) => escapeRe(foldChars(j))).join('|')})\\s*(?<y2>${YEAR}))?`,
    'g',
  ),
  weekday: new RegExp(
    `${B}(?:(?<ce>${alt(data.thisWords)})\\s+)?(?<wd>${WEEKDAY})${E}(?:\\s+(?<dir>${DIRECTION})${E})?`,
    'g',
  ),
  dayWord: new RegExp(`${B}(?<w>${alt(Object.keys(data.dayWords))})${E}${NOT_DISTAL}`, 'g'),
  period: new RegExp(
    `${B}(?<p>${alt(data.periodPhrases.map((p) => p.phrase))})${E}${NOT_DISTAL}(?!\\s*[0-9])`,
    'g',
  ),
  offset: new RegExp(
    `${B}(?<w>${alt([...data.agoWords, ...data.inWords])})\\s+(?:(?<q>${alt(data.approximateQuantifiers)})\\s+)?(?<n>[0-9]{1,3}(?![0-9]|[.,][0-9]|\\s[0-9]{3})|${NUMBER_WORD})\\s+(?<u>${alt(Object.keys(data.units))})${E}`,
    'g',
  ),
  /** The core of a time of day; its preposition ("à", "vers"…) is looked for just before it (TIME_PREPOSITION_BEFORE). */
  time: new RegExp(
    `${B}(?<![0-9][.,])` +
      `(?:(?<h>[0-9]{1,2})\\s?${alt(data.time.hourWords.filter((w) => w.length === 1))}(?![a-z])(?:\\s?(?<mi>[0-5][0-9](?![0-9])|[0-9](?=\\s*(?:[.,;)]|$))))?(?![0-9])` +
      `|(?<h2>[0-9]{1,2}|${NUMBER_WORD})\\s+${alt(data.time.hourWords.filter((w) => w.length > 1))}${E}(?:\\s+(?<mi2>[0-5][0-9])${E})?` +
      `|(?<h3>[0-9]{1,2}):(?<mi3>[0-5][0-9])(?![0-9]|:[0-9])` +
      `|(?<nm>${alt([...data.time.noon, ...data.time.midnight])})${E})` +
      `(?:\\s+(?<fr>${alt(Object.keys(data.time.fractions))})${E})?` +
      `(?:\\s+(?<dp>${alt(Object.keys(data.time.dayParts))}))?`,
    'g',
  ),
};

export const TIME_PREPOSITION_BEFORE = new RegExp(`(?:^|[^a-z0-9])((${alt(data.time.prepositions)})\\s+)$`);
/** "depuis minuit": a word that makes "midi" or "minuit" after it a moment, not a region ("le Midi"). */
/** "Il était (environ) 22 heures": a copula that makes the hours after it a time of day, not a duration. */
export const COPULA_LEAD_BEFORE = new RegExp(`(?:^|[^a-z0-9])((${alt(data.time.copulaLeads)})\\s+)$`);
export const NOON_LEAD_BEFORE = new RegExp(`(?:^|[^a-z0-9])((${alt(data.time.noonLeads)})\\s+)$`);
export const DURATION_BEFORE = new RegExp(`(?:^|[^a-z0-9])${alt(data.time.durationCuesBefore)}\\s*$`);
/** "Publié le (mardi)" right before a date, folded: the page's publication. */
export const PUBLISHED_BEFORE = new RegExp(`(?:^|[^a-z])${alt(data.time.publishedLeads)}\\s+(?:le\\s+)?(?:[a-z]+\\s+)?$`);
/** "mis à jour le", "actualisé le" right before a date, folded: an update of the page. */
export const UPDATED_BEFORE = new RegExp(`(?:^|[^a-z])${alt(data.time.updatedLeads)}\\s+(?:le\\s+)?(?:[a-z]+\\s+)?$`);
/** "[Mis à jour", "Publié" opening a sentence (or after a bracket or a bar), folded: a page's stamp. */
const STAMP_LEAD = `^\\s*[\\[(|]?\\s*${alt([...data.time.publishedLeads, ...data.time.updatedLeads])}`;
/** A sentence that opens on a page's stamp, folded. */
export const STAMP_OPENS = new RegExp(`${STAMP_LEAD}\\s`);
/** A page's stamp right before a date ("[Mis à jour le "), folded: the date is the page's, no fact's. */
export const STAMP_BEFORE = new RegExp(`${STAMP_LEAD}\\s+(?:le\\s+)?(?:[a-z]+\\s+)?$`);
/** After a figure of hours with no preposition: an offset, not a time of day ("1h45 après le départ"). */
export const DURATION_AFTER = new RegExp(`^\\s*${alt(data.time.durationCuesAfter)}(?![a-z])`);
export const YEAR_QUANTIFIER_BEFORE = new RegExp(`(?:^|[^a-z0-9])${alt(data.yearQuantifiersBefore)}\\s*$`);
export const RANGE_TO_NUMBER = new RegExp(`^\\s*(?:[-–]|${alt(data.yearRangeJoiners.filter((j) => /[a-zà-ÿ]/.test(j)))}${E})\\s*[0-9]`);
export const WORD_AFTER = /^\s*([a-z]+|%|€|\$|£)/;
export const DE_AFTER = new RegExp(`^\\s*${alt(data.time.notTimeIfFollowedBy)}(?:\\s|(?<='))`);
export const RANGE_AFTER = new RegExp(`^\\s*${alt(data.time.rangeEnds)}\\s+[0-9]`);
export const RANGE_FROM_BEFORE = new RegExp(`(?:^|[^a-z])${alt(data.time.rangeStarts)}\\s*$`);

/** One pass over the folded text saying which kinds of cue it holds, so that only the patterns that can match run. */
const CUES = new RegExp(
  `([0-9]{4})|([0-9])|\\b(?:(${MONTH_ANY})|(${WEEKDAY})|(${alt(Object.keys(data.dayWords))})` +
    `|(${alt(Object.keys(data.units))})|(${alt([...data.time.noon, ...data.time.midnight, ...data.time.hourWords.filter((w) => w.length > 1)])}))${E}`,
  'g',
);

export interface Cues {
  year: boolean;
  digit: boolean;
  month: boolean;
  weekday: boolean;
  dayWord: boolean;
  unit: boolean;
  timeWord: boolean;
}

export function findCues(folded: string): Cues {
  const c: Cues = { year: false, digit: false, month: false, weekday: false, dayWord: false, unit: false, timeWord: false };
  CUES.lastIndex = 0;
  for (let m = CUES.exec(folded); m !== null; m = CUES.exec(folded)) {
    if (m[1] !== undefined) c.year = c.digit = true;
    else if (m[2] !== undefined) c.digit = true;
    else if (m[3] !== undefined) c.month = true;
    else if (m[4] !== undefined) c.weekday = true;
    else if (m[5] !== undefined) c.dayWord = true;
    else if (m[6] !== undefined) c.unit = true;
    else if (m[7] !== undefined) c.timeWord = true;
  }
  return c;
}

/** Cheap test on the raw text: digits or any temporal cue word. No match means no mention. */
const PREFILTER_WORDS = new RegExp(
  `(?<![a-zà-ÿ])(?:${[
    ...allMonthNames.map((w) => w.replace(/\.$/, '')),
    ...data.weekdays,
    ...Object.keys(data.dayWords),
    ...Object.keys(data.units),
    ...data.time.noon,
    ...data.time.midnight,
    ...data.time.hourWords.filter((w) => w.length > 1),
  ]
    .map(tolerantRe)
    .join('|')})(?![a-zà-ÿ])`,
  'i',
);
const HAS_DIGIT = /[0-9]/;

export function mayHoldTemporal(text: string): boolean {
  return HAS_DIGIT.test(text) || PREFILTER_WORDS.test(text);
}
