/**
 * French temporal expressions: find them in a sentence, normalise them to ISO values against a
 * publication date, guess a sentence's tense, and estimate a publication date from a text.
 *
 * Pure and synchronous. All French words come from `data/fr-time.json`; the regular expressions are
 * built from it once, at module load. Matching runs on a folded copy of the text (lower case, no
 * accents, one kind of apostrophe and space) that keeps every character offset of the original.
 */
import data from './data/fr-time.json' with { type: 'json' };

/** One temporal expression found in a text, with its normalised value. */
export interface TemporalMention {
  /** Offset of the first character of the expression in the input text. */
  start: number;
  /** Offset just after the expression (exclusive). */
  end: number;
  /** `text.slice(start, end)`, e.g. "mercredi 24 avril", "en juin dernier", "il y a huit ans", "à 14h". */
  text: string;
  /** ISO 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD'; absent when it cannot be resolved (relative expression and no anchor). */
  value?: string;
  /** 'HH:MM' when the expression is a time of day ("14h", "14 h 30", "9 heures", "à midi"). */
  time?: string;
  /** True when the value depends on the anchor (weekday, hier, l'an dernier, il y a N ans, month without year…). */
  relative: boolean;
  /** True for fuzzy spans: fin/début/mi-, moitié, la semaine dernière, ce mois-ci, seasons, decades, "près de". */
  approximate?: boolean;
}

type Tense = 'past' | 'future' | 'present';
type Direction = 'past' | 'next' | 'this';
type Unit = 'year' | 'month' | 'week' | 'day';

/** What an expression says, before it is resolved against an anchor. Months 1..12; weekdays 0 = Sunday. */
type Spec =
  | { kind: 'absolute'; y: number; m?: number; d?: number; marker?: boolean }
  | { kind: 'dayMonth'; m: number; d: number; wd?: number; dir?: Direction }
  | { kind: 'month'; m: number; dir?: Direction }
  | { kind: 'weekday'; wd: number; dir?: Direction }
  | { kind: 'offset'; unit: Unit; n: number }
  | { kind: 'time'; hh: number; mm: number };

interface RawMention {
  start: number;
  end: number;
  spec: Spec;
  approximate: boolean;
}

interface Day {
  y: number;
  m: number;
  d: number;
  /** True for an anchor known only to the month: the day is a stand-in. */
  monthOnly?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Folding: lower case, no accents, ' for every apostrophe, ' ' for every space; same length.

const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02bc', '\u2032', '\u00b4', '`']);
const HYPHENS = new Set(['\u2010', '\u2011']);
const WHITESPACE = /\s/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** The one-character folded form of one UTF-16 unit: lower case, no accent, ' for apostrophes, ' ' for spaces. */
function computeFold(c: string): string {
  if (APOSTROPHES.has(c)) return "'";
  if (HYPHENS.has(c)) return '-';
  if (WHITESPACE.test(c)) return ' ';
  const d = c.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
  if (d.length === 1) return d;
  const l = c.toLowerCase();
  return l.length === 1 ? l : c;
}

const foldCache = new Map<string, string>();

function foldChar(c: string): string {
  let f = foldCache.get(c);
  if (f === undefined) {
    f = computeFold(c);
    if (foldCache.size < 4096) foldCache.set(c, f);
  }
  return f;
}

/** Folded form of every character below U+2100 (Latin, Greek, Cyrillic, general punctuation), computed once. */
const FOLD_TABLE = (() => {
  const table = new Array<string>(0x2100);
  for (let code = 0; code < table.length; code++) {
    const c = String.fromCharCode(code);
    table[code] = code < 0x80 ? c.toLowerCase() : computeFold(c);
  }
  return table;
})();

/** Lower case, apostrophes and spaces normalised, accents removed, same length as the input (for matching). */
function foldText(text: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x41 || (code > 0x5a && code < 0x80)) continue; // ASCII other than A-Z stays as is
    const folded = code < 0x2100 ? FOLD_TABLE[code]! : foldChar(text[i]!);
    out += text.slice(runStart, i) + folded;
    runStart = i + 1;
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

// ---------------------------------------------------------------------------------------------
// Regex building blocks from the data file.

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

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
  for (const word of new Set(list.map((w) => foldText(w)))) {
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
  for (const ch of foldText(word)) {
    if (ch === "'") out += "['\u2019\u2018\u02bc]";
    else if (ch === ' ' || ch === '-') out += '[\\s\\-\u2011]';
    else out += classes[ch] ?? escapeRe(ch);
  }
  return out;
}

const monthByName = new Map<string, number>();
const fullMonthNames: string[] = [];
const allMonthNames: string[] = [];
for (const entry of data.months) {
  for (const name of entry.names) {
    monthByName.set(foldText(name), entry.number);
    fullMonthNames.push(name);
    allMonthNames.push(name);
  }
  for (const abbr of entry.abbreviations) {
    monthByName.set(foldText(abbr), entry.number);
    allMonthNames.push(abbr);
  }
}
const ambiguousMonths = new Set(data.ambiguousMonths.map((w) => foldText(w)));
const weekdayByName = new Map<string, number>(data.weekdays.map((w, i) => [foldText(w), (i + 1) % 7]));
const pastWords = new Set(data.pastWords.map((w) => foldText(w)));
const nextWords = new Set(data.nextWords.map((w) => foldText(w)));
const firstOfMonth = new Set(data.firstOfMonth.map((w) => foldText(w)));
const dayWordOffsets = new Map<string, number>(
  Object.entries(data.dayWords).map(([w, n]) => [squash(foldText(w)), n]),
);
const periodByPhrase = new Map<string, { unit: Unit; offset: number; approximate: boolean }>(
  data.periodPhrases.map((p) => [
    squash(foldText(p.phrase)),
    { unit: p.unit as Unit, offset: p.offset, approximate: p.approximate === true },
  ]),
);
const unitByWord = new Map<string, Unit>(
  Object.entries(data.units).map(([w, u]) => [foldText(w), u as Unit]),
);
const agoWords = new Set(data.agoWords.map((w) => squash(foldText(w))));
const numberJoiners = new Set(data.numberJoiners.map((w) => foldText(w)));
const numberWords = new Map<string, number>(Object.entries(data.numbers).map(([w, n]) => [foldText(w), n]));
const yearIncluded = new Set(data.yearContext.included.map((w) => squash(foldText(w))));
const yearApproximate = new Set(data.yearContext.approximate.map((w) => squash(foldText(w))));
const yearNeedsRange = new Set(data.yearContext.needsRange.map((w) => squash(foldText(w))));
const yearChecked = new Set(data.yearContext.checked.map((w) => squash(foldText(w))));
const yearUnitsAfter = new Set(data.yearUnitsAfter.map((w) => foldText(w)));
const functionWordsS = new Set(data.functionWordsEndingInS.map((w) => foldText(w)));
const fractionMinutes = new Map<string, number>(
  Object.entries(data.time.fractions).map(([w, n]) => [squash(foldText(w)), n]),
);
const dayPartShift = new Map<string, number>(
  Object.entries(data.time.dayParts).map(([w, n]) => [squash(foldText(w)), n]),
);
const noonWords = new Set(data.time.noon.map((w) => foldText(w)));

/** Collapses the spacing and hyphenation variants of a folded phrase to one key. */
function squash(s: string): string {
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
  const hundreds = alt(Object.keys(data.numbers).filter((k) => numberWords.get(foldText(k)) === 100));
  return `(?:${w}(?:(?:-${joiner}-|\\s+${joiner}\\s+|-|\\s+(?=${hundreds}${E}))${w})*)${E}`;
})();

const RE = {
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
  yearContext: new RegExp(
    `${B}(?:(?<x>${alt(data.yearContext.excluded)})\\s*|(?<i>${alt(data.yearContext.included)})\\s+|(?<p>${PART})[\\s-]+)${NOT_AFTER_NUMBER}(?<y>${YEAR})(?:\\s*(?:${data.yearRangeJoiners.map((j) => escapeRe(foldText(j))).join('|')})\\s*(?<y2>${YEAR}))?`,
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
      `(?:(?<h>[0-9]{1,2})\\s?${alt(data.time.hourWords.filter((w) => w.length === 1))}(?![a-z])(?:\\s?(?<mi>[0-5][0-9])(?![0-9]))?` +
      `|(?<h2>[0-9]{1,2}|${NUMBER_WORD})\\s+${alt(data.time.hourWords.filter((w) => w.length > 1))}${E}(?:\\s+(?<mi2>[0-5][0-9])${E})?` +
      `|(?<nm>${alt([...data.time.noon, ...data.time.midnight])})${E})` +
      `(?:\\s+(?<fr>${alt(Object.keys(data.time.fractions))})${E})?` +
      `(?:\\s+(?<dp>${alt(Object.keys(data.time.dayParts))}))?`,
    'g',
  ),
};

const TIME_PREPOSITION_BEFORE = new RegExp(`(?:^|[^a-z0-9])((${alt(data.time.prepositions)})\\s+)$`);
const DURATION_BEFORE = new RegExp(`(?:^|[^a-z0-9])${alt(data.time.durationCuesBefore)}\\s*$`);
const YEAR_QUANTIFIER_BEFORE = new RegExp(`(?:^|[^a-z0-9])${alt(data.yearQuantifiersBefore)}\\s*$`);
const RANGE_TO_NUMBER = new RegExp(`^\\s*(?:[-–]|${alt(data.yearRangeJoiners.filter((j) => /[a-zà-ÿ]/.test(j)))}${E})\\s*[0-9]`);
const WORD_AFTER = /^\s*([a-z]+|%|€|\$|£)/;
const DE_AFTER = new RegExp(`^\\s*${alt(data.time.notTimeIfFollowedBy)}(?:\\s|(?<='))`);
const RANGE_AFTER = new RegExp(`^\\s*${alt(data.time.rangeEnds)}\\s+[0-9]`);
const RANGE_FROM_BEFORE = new RegExp(`(?:^|[^a-z])${alt(data.time.rangeStarts)}\\s*$`);

/** One pass over the folded text saying which kinds of cue it holds, so that only the patterns that can match run. */
const CUES = new RegExp(
  `([0-9]{4})|([0-9])|\\b(?:(${MONTH_ANY})|(${WEEKDAY})|(${alt(Object.keys(data.dayWords))})` +
    `|(${alt(Object.keys(data.units))})|(${alt([...data.time.noon, ...data.time.midnight, ...data.time.hourWords.filter((w) => w.length > 1)])}))${E}`,
  'g',
);

interface Cues {
  year: boolean;
  digit: boolean;
  month: boolean;
  weekday: boolean;
  dayWord: boolean;
  unit: boolean;
  timeWord: boolean;
}

function findCues(folded: string): Cues {
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

function mayHoldTemporal(text: string): boolean {
  return HAS_DIGIT.test(text) || PREFILTER_WORDS.test(text);
}

// ---------------------------------------------------------------------------------------------
// Dates.

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function dayNumber(day: Day): number {
  return Math.round(Date.UTC(day.y, day.m - 1, day.d) / 86_400_000);
}

function fromDayNumber(n: number): Day {
  const dt = new Date(n * 86_400_000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

function weekdayOf(day: Day): number {
  return new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function isoOf(y: number, m?: number, d?: number): string | undefined {
  if (!Number.isInteger(y) || y < 1 || y > 9999) return undefined;
  let s = pad(y, 4);
  if (m !== undefined) s += `-${pad(m, 2)}`;
  if (m !== undefined && d !== undefined) s += `-${pad(d, 2)}`;
  return s;
}

function parseAnchor(anchor: string | undefined): Day | undefined {
  if (typeof anchor !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(anchor);
  if (!m) return undefined;
  // A month alone ("2018-07", a crawl marker) anchors years and months, never a weekday or "hier".
  const day: Day = m[3] ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : { y: Number(m[1]), m: Number(m[2]), d: 15, monthOnly: true };
  return isValidDay(day.y, day.m, day.d) ? day : undefined;
}

function parseDay(token: string): number {
  return firstOfMonth.has(token) ? 1 : Number(token);
}

/** Value of a number written in digits or French words ("huit", "vingt-cinq", "quatre-vingt-dix"). */
function parseNumber(token: string): number | undefined {
  if (/^[0-9]+$/.test(token)) return Number(token);
  let total = 0;
  let current = 0;
  for (const part of token.split(/[-\s]+/)) {
    if (part === '' || numberJoiners.has(part)) continue;
    const v = numberWords.get(part);
    if (v === undefined) return undefined;
    if (v === 100) current = (current || 1) * 100;
    else if (v === 20 && current === 4) current = 80;
    else current += v;
  }
  total += current;
  return total;
}

// ---------------------------------------------------------------------------------------------
// Scanning.

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
  if (YEAR_QUANTIFIER_BEFORE.test(folded.slice(Math.max(0, ctxStart - 16), ctxStart))) return true;
  const after = WORD_AFTER.exec(folded.slice(yearEnd, yearEnd + 24));
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
  if (y >= 1000 && y <= 2999 && isValidDay(y, mo, d)) push(st, m.index, m.index + m[0].length, { kind: 'absolute', y, m: mo, d });
}

function onIsoMonth(m: RegExpExecArray, g: Record<string, string | undefined>, st: ScanState): void {
  const y = Number(g.y), mo = Number(g.m);
  if (y < 1800 || y > 2100 || mo < 1 || mo > 12) return;
  if (!g.mk && (y + 1) % 100 === mo) return; // "2011-12" is a season, not December 2011
  const end = m.index + m[0].length;
  push(st, end - 7, end, { kind: 'absolute', y, m: mo, marker: true });
}

function onNumeric(m: RegExpExecArray, g: Record<string, string | undefined>, st: ScanState): void {
  const y = Number(g.y), mo = Number(g.m), d = Number(g.d);
  if (y >= 1800 && y <= 2100 && isValidDay(y, mo, d)) push(st, m.index, m.index + m[0].length, { kind: 'absolute', y, m: mo, d });
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
  } else if (d <= daysInMonth(2000, mo)) {
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
  } else if (d <= daysInMonth(2000, mo)) {
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
  const yEnd = yStart + 4;
  if (!g.y2 && yearNeedsRange.has(ctx)) return;
  // "de 2000 à 2500 euros": a range whose other end is no year is a range of quantities.
  if (!g.y2 && checked && RANGE_TO_NUMBER.test(st.folded.slice(yEnd, yEnd + 12))) return;
  if (checked && yearLooksLikeQuantity(st.folded, m.index, yEnd)) return;
  const approximate = !!g.p || yearApproximate.has(ctx);
  const start = yearIncluded.has(ctx) || g.p ? m.index : yStart;
  push(st, start, yEnd, { kind: 'absolute', y: Number(g.y) }, approximate);
  if (g.y2) {
    const end = m.index + m[0].length;
    if (!(checked && yearLooksLikeQuantity(st.folded, end - 4, end))) {
      push(st, end - 4, end, { kind: 'absolute', y: Number(g.y2) }, approximate);
    }
  }
}

function onWeekday(m: RegExpExecArray, g: Record<string, string | undefined>, st: ScanState): void {
  const wd = weekdayByName.get(g.wd!);
  if (wd === undefined) return;
  const dir = directionOf(g.dir) ?? (g.ce ? 'this' : undefined);
  push(st, m.index, m.index + m[0].length, { kind: 'weekday', wd, dir });
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

function onTime(m: RegExpExecArray, g: Record<string, string | undefined>, st: ScanState): void {
  const { raw, folded } = st;
  const end = m.index + m[0].length;
  const before = folded.slice(Math.max(0, m.index - 24), m.index);
  const prepMatch = TIME_PREPOSITION_BEFORE.exec(before);
  const prep = prepMatch?.[2];
  const start = m.index - (prepMatch?.[1]!.length ?? 0);
  let hh: number | undefined;
  let mm = 0;
  if (g.nm) {
    if (!prep) return; // "le Midi" is a region; only "à midi", "vers minuit"…
    hh = noonWords.has(g.nm) ? 12 : 0;
  } else if (g.h) {
    hh = Number(g.h);
    mm = g.mi ? Number(g.mi) : 0;
    if (!prep) {
      if (DURATION_BEFORE.test(before)) {
        const rangeStart = RANGE_FROM_BEFORE.test(before) && RANGE_AFTER.test(folded.slice(end, end + 16));
        if (!rangeStart) return; // "pendant 2h", "en 3h"; but "de 14h à 16h" is a time
      }
    }
  } else if (g.h2) {
    const n = parseNumber(g.h2);
    if (n === undefined) return;
    hh = n;
    mm = g.mi2 ? Number(g.mi2) : 0;
    // "N heures" is a duration unless introduced ("à 9 heures") or qualified ("10 heures du matin", "14 heures 30").
    if (!prep && !g.dp && !g.mi2 && !g.fr) return;
    // The verb "a" ("elle a deux heures pour…") is not the preposition "à".
    if (prep === 'a' && raw[start] === 'a' && !g.dp && !g.mi2) return;
  }
  if (hh === undefined || hh > 23 || mm > 59) return;
  if (g.fr && mm === 0) mm = fractionMinutes.get(squash(g.fr)) ?? 0;
  if (g.dp) {
    const shift = dayPartShift.get(squash(g.dp)) ?? 0;
    if (shift && hh < 12) hh += shift;
  } else if (DE_AFTER.test(folded.slice(end, end + 8))) {
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
  { re: RE.yearContext, needs: (c) => c.year, handle: onYearContext },
  { re: RE.weekday, needs: (c) => c.weekday, handle: onWeekday },
  { re: RE.dayWord, needs: (c) => c.dayWord, handle: onDayWord },
  { re: RE.period, needs: (c) => c.unit, handle: onPeriod },
  { re: RE.offset, needs: (c) => c.unit, handle: onOffset },
  { re: RE.time, needs: (c) => c.digit || c.timeWord, handle: onTime },
];

/** Every candidate expression of the text (overlapping; see selectNonOverlapping). */
function scan(raw: string, folded: string): RawMention[] {
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
function selectNonOverlapping(candidates: RawMention[]): RawMention[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: RawMention[] = [];
  for (const c of sorted) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// Tense.

const T = data.tense;
const skipAfterAux = new Set([
  ...T.adverbs.flatMap((w) => w.toLowerCase().split(/[-'’\s]+/)).filter((w) => w.length > 0),
  ...T.inversionWords,
]);
const nearFutureSkip = new Set([...T.nearFuturePronouns.map((w) => w.toLowerCase().replace(/['’]$/, '')), ...T.inversionWords]);

/** Characters that end a clause (for the tense of the expressions in it); sentence ends are tested apart. */
const CLAUSE_STOP = new Uint8Array(0x2100);
for (const c of T.clauseBoundaries) if (c.charCodeAt(0) < CLAUSE_STOP.length) CLAUSE_STOP[c.charCodeAt(0)] = 1;

interface TenseScore {
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
function tenseScore(text: string): TenseScore {
  const past = countMatches(TENSE_RE.pastCompound, text) + countMatches(TENSE_RE.pastSimple, text) + countMatches(TENSE_RE.imperfect, text);
  const future = countMatches(TENSE_RE.futureWord, text) + countMatches(TENSE_RE.futureEnding, text) + countMatches(TENSE_RE.nearFuture, text) + countMatches(TENSE_RE.conditional, text);
  return { past, future };
}

function tenseOf(score: TenseScore): Tense {
  if (score.past > score.future) return 'past';
  if (score.future > score.past) return 'future';
  return 'present';
}

/** True when position i ends a sentence ('.', '!', '?' before a space or the end; a line break) or, unless `sentence`, a clause. */
function isStop(text: string, i: number, sentence: boolean): boolean {
  const code = text.charCodeAt(i);
  if (code === 10) return true;
  if (code === 46 || code === 33 || code === 63) {
    const next = text.charCodeAt(i + 1);
    return Number.isNaN(next) || next === 32 || next === 9 || next === 10 || next === 13 || next === 0xa0 || next === 0x202f;
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
function tenseAt(text: string, start: number, end: number, cache: Map<number, TenseScore>): Tense {
  const score = (span: [number, number]): TenseScore => {
    const key = span[0] * 1_000_003 + span[1];
    let s = cache.get(key);
    if (!s) cache.set(key, (s = tenseScore(text.slice(span[0], span[1]))));
    return s;
  };
  const clause = score(spanAround(text, start, end, false));
  if (clause.past !== clause.future) return tenseOf(clause);
  return tenseOf(score(spanAround(text, start, end, true)));
}

// ---------------------------------------------------------------------------------------------
// Resolution.

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
  for (let y = anchor.y - 4; y <= anchor.y + 4; y++) {
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
  const back = (aw - wd + 7) % 7;
  const fwd = (wd - aw + 7) % 7;
  let delta: number;
  if (dir === 'past') delta = -(back === 0 ? 7 : back);
  else if (dir === 'next') delta = fwd === 0 ? 7 : fwd;
  else if (dir !== 'this' && tense === 'past') delta = -back;
  else if (dir !== 'this' && tense === 'future') delta = fwd;
  else delta = back < fwd ? -back : fwd;
  return fromDayNumber(dayNumber(anchor) + delta);
}

function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const total = y * 12 + (m - 1) + n;
  return { y: Math.floor(total / 12), m: (total % 12 + 12) % 12 + 1 };
}

interface Resolved {
  value?: string;
  relative: boolean;
  /** True when the value names a day (what a time of day attaches to). */
  dayLike: boolean;
}

function resolve(spec: Spec, anchor: Day | undefined, tense: () => Tense, known?: Day[]): Resolved {
  switch (spec.kind) {
    case 'absolute':
      return { value: isoOf(spec.y, spec.m, spec.d), relative: false, dayLike: spec.d !== undefined };
    case 'dayMonth': {
      if (!anchor) return { relative: true, dayLike: true };
      if (anchor.monthOnly) {
        // The day of the anchor is unknown: the year that puts the date nearest to the anchor's month.
        const y = [anchor.y - 1, anchor.y, anchor.y + 1].sort((a, b) => Math.abs((a - anchor.y) * 12 + spec.m - anchor.m) - Math.abs((b - anchor.y) * 12 + spec.m - anchor.m))[0]!;
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
      if (anchor?.monthOnly && known) {
        // The day is unknown, but the corpus's other reports name days: the one such day of this weekday
        // within a month of the anchor, if there is exactly one.
        const near = known.filter((k) => weekdayOf(k) === spec.wd && Math.abs((k.y - anchor.y) * 12 + k.m - anchor.m) <= 1);
        if (near.length === 1) return { value: isoOf(near[0]!.y, near[0]!.m, near[0]!.d), relative: true, dayLike: true };
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
      const day = fromDayNumber(dayNumber(anchor) + spec.n * (spec.unit === 'week' ? 7 : 1));
      return { value: isoOf(day.y, day.m, day.d), relative: true, dayLike };
    }
    case 'time':
      return { relative: false, dayLike: false };
  }
}

let lastAnchorText: string | undefined;
let lastAnchorDay: Day | undefined;

function cachedAnchor(anchor: string | undefined): Day | undefined {
  if (anchor !== lastAnchorText) {
    lastAnchorText = anchor;
    lastAnchorDay = parseAnchor(anchor);
  }
  return lastAnchorDay;
}

function findTemporalUnsafe(text: string, anchor?: string, knownDays?: readonly string[]): TemporalMention[] {
  if (text.length === 0 || !mayHoldTemporal(text)) return [];
  const folded = foldText(text);
  const raws = selectNonOverlapping(scan(text, folded));
  if (raws.length === 0) return [];
  const anchorDay = cachedAnchor(anchor);
  const known = anchorDay?.monthOnly && knownDays ? knownDays.map((d) => parseAnchor(d)).filter((d): d is Day => !!d && !d.monthOnly) : undefined;
  const tenseCache = new Map<number, TenseScore>();
  const mentions: TemporalMention[] = [];
  const dayLike: boolean[] = [];
  for (const r of raws) {
    const res = resolve(r.spec, anchorDay, () => tenseAt(text, r.start, r.end, tenseCache), known);
    const mention: TemporalMention = { start: r.start, end: r.end, text: text.slice(r.start, r.end), relative: res.relative };
    if (res.value !== undefined) mention.value = res.value;
    if (r.spec.kind === 'time') mention.time = `${pad(r.spec.hh, 2)}:${pad(r.spec.mm, 2)}`;
    if (r.approximate) mention.approximate = true;
    mentions.push(mention);
    dayLike.push(res.dayLike);
  }
  // A time of day takes the date of the nearest preceding day mention, else of the nearest following one.
  for (let i = 0; i < mentions.length; i++) {
    const t = mentions[i]!;
    if (t.time === undefined) continue;
    let source = -1;
    for (let j = i - 1; j >= 0 && source < 0; j--) if (dayLike[j]) source = j;
    for (let j = i + 1; j < mentions.length && source < 0; j++) if (dayLike[j]) source = j;
    if (source >= 0) {
      const value = mentions[source]!.value;
      if (value !== undefined) t.value = value;
      t.relative = mentions[source]!.relative;
    }
  }
  return mentions;
}

// ---------------------------------------------------------------------------------------------
// Public API.

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
export function findTemporal(text: string, anchor?: string, knownDays?: readonly string[]): TemporalMention[] {
  if (typeof text !== 'string') return [];
  try {
    return findTemporalUnsafe(text, anchor, knownDays);
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
 * the text mentions — or, when it is later, a 'YYYY-MM' marker ("date 2024-03"), returned as 'YYYY-MM'.
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
  for (const paragraph of paragraphs) {
    if (typeof paragraph !== 'string' || paragraph.length === 0 || !mayHoldTemporal(paragraph)) continue;
    const folded = foldText(paragraph);
    const tenseCache = new Map<number, TenseScore>();
    for (const r of selectNonOverlapping(scan(paragraph, folded))) {
      const spec = r.spec;
      const text = paragraph.slice(r.start, r.end);
      const future = (): boolean => tenseAt(paragraph, r.start, r.end, tenseCache) === 'future';
      if (spec.kind === 'absolute') {
        years.add(spec.y);
        const iso = isoOf(spec.y, spec.m, spec.d);
        if (!iso || spec.m === undefined) continue;
        if (spec.d !== undefined && !r.approximate) {
          candidates.push({ date: iso, key: iso, text, how: 'a full date', future: future() });
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
      // Nearest to a mentioned year; on a tie the later year.
      const ranked = fitting.sort((a, b) => distance(a) - distance(b) || b - a);
      const best = ranked[0];
      if (best === undefined) continue;
      const iso = isoOf(best, w.m, w.d)!;
      const how =
        `the weekday fixes the year nearest to the years mentioned (${known.sort((a, b) => a - b).join(', ')}); ` +
        `next fitting years ${ranked.slice(1, 3).sort((a, b) => a - b).join(', ')}`;
      candidates.push({ date: iso, key: iso, text: w.text, how, future: w.future });
    }
  }
  if (candidates.length === 0) return undefined;
  const settled = candidates.filter((c) => !c.future);
  const pool = settled.length > 0 ? settled : candidates;
  const best = pool.reduce((a, b) => (b.key > a.key ? b : a));
  const note = pool === settled ? '' : ' (only in a future-tense clause)';
  const others = pool.length > 1 ? `; latest of ${pool.length} dates` : '';
  return { date: best.date, basis: `read '${best.text}' as ${best.date}: ${best.how}${others}${note}` };
}
