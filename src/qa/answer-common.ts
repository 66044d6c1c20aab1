/**
 * What the answerers share: the sentences worth reading for candidates, how much a sentence's candidates weigh,
 * how an answer is finished with its evidence, and how a person is best described.
 */
import { SPEECH_FORMS, fold, hasSpeechForm, isAuxiliary } from '../nlp/french.js';
import { stem, terms, tokenize } from '../nlp/tokens.js';
import { foldChars } from '../nlp/fold.js';
import type { Knowledge, ScoredSentence } from './knowledge.js';
import type { AnalyzedQuestion } from './analyze-question.js';
import { articlesAmong, evidenceFor, type Candidate } from './candidates.js';
import { TUNING } from './tuning.js';
import { escapeRegExp } from '../regexp.js';
import { feminineForms } from './question-kind.js';
import type { Answer } from './types.js';
import answerWords from './data/fr-answer-words.json' with { type: 'json' };
import timeWords from '../nlp/data/fr-time.json' with { type: 'json' };
import { findTemporal } from '../nlp/temporal/index.js';
import type { AnnotatedSentence } from '../nlp/annotate.js';
import quantityWords from './data/quantity-words.json' with { type: 'json' };
import questionNouns from './data/question-nouns.json' with { type: 'json' };

/** What an answerer returns: the answer fields, or null when it has no candidate of the kind asked. */
export type Partial = Pick<Answer, 'answer' | 'evidence' | 'agreeing'> & { date?: string; time?: string };

/** How many of the best-ranked sentences are read for candidates. */
export const TOP = 15;

/** The longest who / when / where answer, in characters. */
export const CUT = 120;

/** Longest sentence or quotation given as an answer, in characters. */
export const MAX_ANSWER = 400;

/** A quotation of fewer words is shown in its sentence rather than alone. */
export const MIN_QUOTATION_WORDS = 5;

/** Words, at most, of a heading: a short line that does not end as a sentence ends. */
const HEADING_WORDS = 8;

/** A dash, a name, a comma and what they are: the line that signs a quotation. */
const ATTRIBUTION = /^[-–—]\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*,\s*\p{L}/u;

/** A line that opens on a time of day and a capitalised word ("09h12 Un incendie éclate …", "10:40 - Les pompiers …"). */
const TIMED_ENTRY = /^[-–•]?\s*\d{1,2}\s?[hH:]\s?\d{2}\s*[-–:]?\s+\p{Lu}\p{Ll}*\s+\p{L}/u;
/** A line that opens on a figure and the noun it counts ("40 bateaux de pêche mobilisés", "12'000 visiteurs cette année"). */
const COUNTED_ENTRY = /^(?:plus\s+de\s+|près\s+de\s+|au\s+moins\s+)?\d[\d\s.'’\u00a0\u202f]*\s+\p{Ll}{3,}\s+\p{L}/u;
/** Letters a line in capitals has at least, to be read as a kicker (not an acronym: "OTAN."). */
const HEADING_CAPITALS = 8;
/** True for a heading: a short line with no closing punctuation ("Hélicoptère et fumigènes", « "Monsieur X" »), or a short line in capitals. */
export function isHeading(text: string): boolean {
  const t = text.trim();
  // "- Robert Olive, maire de X" after a quotation: who said it, no heading.
  if (ATTRIBUTION.test(t)) return false;
  // "09h12 Un incendie éclate dans le port" (a chronology's entry): a time then a clause states what happened then.
  if (TIMED_ENTRY.test(t)) return false;
  // "40 bateaux de pêche mobilisés": a figure and its noun state a count, as a sentence would.
  if (COUNTED_ENTRY.test(t)) return false;
  // "MORT D'UN BATTEUR.": a line of capitals is a kicker, full stop or not.
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (letters.length >= HEADING_CAPITALS && letters === letters.toUpperCase() && t.split(/\s+/).length <= HEADING_WORDS) return true;
  return !/[.!?…][\s»"”')]*$/.test(t) && t.split(/\s+/).length <= HEADING_WORDS;
}

/** Prefixes joined to a noun that make another role of it ("vice-", "sous-"), as a pattern. */
const OTHER_ROLE_PREFIXES = questionNouns.otherRolePrefixes.map(escapeRegExp).join('|');
/** Any of these folded words as a whole word of folded text, feminine or plural too ("procureure", "salles"). */
export function anyWord(words: Iterable<string>): RegExp | undefined {
  // "directeur" is said by "la directrice", "chercheur" by "la chercheuse", "gardien" by "la gardienne".
  const list = [...new Set([...words].flatMap(withFeminine))].map(escapeRegExp);
  // "la vice-présidente" says no "présidente" (data: otherRolePrefixes).
  return list.length ? new RegExp(`(?:^|[^\\p{L}])(?<!(?:${OTHER_ROLE_PREFIXES})-)(?:${list.join('|')})(?:e|s|es)?(?![\\p{L}])`, 'u') : undefined;
}

/** A word and its feminine forms (folded: "-rice", "-euse", "-ienne", "-iere"…). */
const withFeminine = (word: string) => [word, ...feminineForms(word)];

/** The sentences worth reading for candidates: the best ones, and only those covering enough of the question. */
export function readable(ranked: ScoredSentence[], namesRequired = true, holds?: (r: ScoredSentence) => boolean, floor = TUNING.timedCoverage): ScoredSentence[] {
  if (!ranked.length) return [];
  const top = ranked[0].score;
  // A sentence that names none of the people or places asked about cannot say where or when they did it (for
  // who-questions the names often only set the scene: "Qui préside la conférence de X ?").
  // A heading ("Hélicoptère et fumigènes", « "Monsieur X" ») names a topic and states nothing.
  const fits = (r: ScoredSentence, coverage = TUNING.readableCoverage) => r.score >= TUNING.readableScore * top && r.coverage >= coverage && (!namesRequired || r.entityCoverage >= TUNING.namedCoverage) && !isHeading(r.sentence.text);
  // A rare kind of candidate (a time of day) is looked for further down the ranking, in the sentences that hold one,
  // which may cover as little of the question as lets the abstention policy answer with one (TUNING.timedCoverage).
  // So is a sentence that names the venue asked ("Devant quel hôtel …"), down to TUNING.nounCoverage.
  if (holds) return ranked.filter((r, i) => (holds(r) ? fits(r, Math.min(TUNING.readableCoverage, floor)) : i < TOP && fits(r)));
  return ranked.slice(0, TOP).filter((r) => fits(r));
}

/** How much a sentence's candidates count: its score, discounted when it misses the question's own words. */
export function weightOf(r: ScoredSentence): number {
  return r.score * r.coverage * r.coverage * r.contentCoverage;
}

export function finish(k: Knowledge, ranked: ScoredSentence[], c: Candidate, answer: string, extra: { date?: string; time?: string } = {}): Partial {
  const supporting = [...c.support.entries()].sort((a, b) => b[1] - a[1]).map(([i]) => i);
  return { answer, evidence: evidenceFor(k, ranked, supporting), agreeing: articlesAmong(k, supporting), ...extra };
}

/** A person's best description: the most frequent, then the most informative (longer, up to a point). */
/** What a description that names what it is of weighs beside its count (one more word weighs a quarter). */
const NAMED_DESCRIPTION = 0.5;

export function describe(k: Knowledge, entity: number): string | undefined {
  const counts = new Map<string, { text: string; n: number }>();
  for (const d of k.ann.entities[entity].descriptions) {
    const key = fold(d.text);
    const c = counts.get(key) ?? { text: d.text, n: 0 };
    c.n++;
    counts.set(key, c);
  }
  // "maire de Strasbourg" over "maire de la ville": a description that names what it is of says more.
  const scored = [...counts.values()].map((c) => ({ ...c, s: c.n + Math.min(c.text.split(/\s+/).length, 8) / 4 + (/\s\p{Lu}/u.test(c.text) ? NAMED_DESCRIPTION : 0) }));
  return scored.sort((a, b) => b.s - a.s)[0]?.text;
}

/** A folded noun in the singular (one rule with the spans' counted nouns). */
export { singularOf } from './spans.js';

/** Analysed terms of the speech verbs, to tell "Qui a annoncé …" from other who-questions. */
export const SPEECH_TERMS = new Set([...SPEECH_FORMS].map((f) => fold(stem(f))));


export function isSpeechTerm(term: string): boolean {
  return SPEECH_TERMS.has(term);
}

/**
 * "pendant la cérémonie funèbre", "lors du match", "au cours de son audition" (folded): the occasion a statement was made
 * on, its noun and up to two words after it (not past a preposition).
 */
const OCCASION_PHRASE = /(?:^|[^a-z])(?:pendant|durant|lors\s+d(?:e\s|u\s|es\s|')|au\s+cours\s+d(?:e\s|u\s|es\s|'))\s*(?:(?:son|sa|ses|leur|leurs|un|une|le|la|les|l'|ce|cet|cette|ces)\s*)?([a-z][a-z-]*(?:\s+(?!(?:de|du|des|d|sur|a|au|aux|pour|avec|en|et|contre|apres|avant)\b)[a-z][a-z-]*){0,2})/g;
/** The analysed words of the occasions a question says a statement was made on ("pendant la cérémonie funèbre"). */
export function occasionTerms(question: string): Set<string> {
  return new Set([...fold(question).replace(/’/g, "'").matchAll(OCCASION_PHRASE)].flatMap((m) => terms(m[1]!)));
}

/**
 * True for a sentence that reports speech: a speech verb ("a déclaré", "estime"), "selon", or a quotation that
 * sounds spoken ("« C'est du lourd ! »": a first or second person, "c'est", an exclamation) — quotation marks
 * alone may hold a title.
 */
export function reportsSpeech(text: string): boolean {
  if (hasSpeechForm(text) || /(?:^|[^\p{L}])selon(?![\p{L}])/iu.test(text)) return true;
  return [...text.matchAll(/[«“"]([^«»“”"]{3,})[»”"]/g)].some((m) => SPOKEN.test(m[1]!));
}

/**
 * True for a sentence that gives someone's words: it reports speech (see reportsSpeech) and holds a quotation mark
 * (perhaps only the end of a quotation opened in the sentence before) or opens on "Selon X, …". A sentence that
 * only credits a detail to a source ("un incendie dû selon les autorités à …") is no statement for "qu'a dit X".
 */
export function quotesSomeone(text: string): boolean {
  // "Selon nos informations, …" is the outlet's own reporting, no one's words.
  return (/["«»“”]/.test(text) || /^\s*(?:selon|d['’]apr[eè]s)\s+(?!nos\s|notre\s)/iu.test(text)) && reportsSpeech(text);
}

/** Marks of spoken words inside a quotation. */
const SPOKEN = /(?:^|[^\p{L}])(?:je|j['’]|on|nous|tu|vous|c['’]est|ça)(?![\p{L}])|[!?]/iu;

/** A word of birth, folded ("né", "née", "naissance"; data: fr-answer-words.json birthWords), not inside "nouveau-né". */
const BIRTH = new RegExp(`(?<![\\p{L}-])(?:${answerWords.birthWords.map((w) => escapeRegExp(fold(w))).join('|')})(?![\\p{L}-])`, 'u');
/** The folded words of a question ("Durand et Lucie …" → durand, et, lucie), hyphenated words kept whole. */
export function questionWords(q: AnalyzedQuestion): Set<string> {
  return new Set(fold(q.text).split(/[^\p{L}-]+/u));
}

/**
 * True when a text says a birth. A question about one ("il est né quand ?", "Où est né X ?") is answered only by a
 * sentence that says it: a birth is told in no other words, and any other date or place of the person is another fact's.
 */
export function saysBirth(text: string): boolean {
  return BIRTH.test(fold(text));
}

/** True when a text's terms hold `term` or one of the question's alternatives for it (synonyms, word family). */
export function saysTerm(said: readonly string[] | ReadonlySet<string>, term: string, q: AnalyzedQuestion): boolean {
  const has = (t: string) => ('has' in said ? said.has(t) : said.includes(t));
  return has(term) || [...q.alternatives].some(([alt, a]) => a.of === term && has(alt));
}

/** Ordinal words and their ranks (data: quantity-words.json ordinalRanks), folded. */
const ORDINAL_RANKS = new Map(Object.entries(quantityWords.ordinalRanks as Record<string, number>));
/** Words after which an ordinal ranks no fact ("Premier ministre", "1er janvier"; data: notOrdinalAfter), folded. */
const NOT_ORDINAL_AFTER = new Set(quantityWords.notOrdinalAfter);
/** An ordinal word or figure ("premier", "3e", "1er", "2ème") and the word after it, in lower-case text. */
const ORDINAL = /(?<![\p{L}\d])(\p{L}+|\d{1,2}(?:e|er|re|ère|ere|ème|eme|nd|nde))(?=(?:\s+|\s*-\s*)(\p{L}+))/gu;

/** "la suite de", "sa suite du" (folded; data: continuationNouns) — not "à la suite de", which says after what. */
const CONTINUATION = new RegExp(`(?<!(?:^|[^a-z])a )(?:la|sa|leur) (?:${quantityWords.continuationNouns.join('|')}) (?:de|du|des|d')`);

/** The rank of the fact a question asks of ("le premier sommet", "le 3e procès") and the analysed noun ranked. */
export interface OrdinalAsked { rank: number; term: string }

/** The ordinals of a text, with their rank and the word after them, not "Premier ministre" nor "1er mars". */
function ordinalsOf(text: string): { rank: number; next: string }[] {
  const out: { rank: number; next: string }[] = [];
  // Matched as written (the word after is analysed as the question's terms are), its ordinal and the next word folded.
  for (const m of text.toLowerCase().matchAll(ORDINAL)) {
    const word = fold(m[1]!);
    const rank = ORDINAL_RANKS.get(word) ?? (/^\d/.test(word) ? parseInt(word, 10) : undefined);
    if (rank !== undefined && !NOT_ORDINAL_AFTER.has(fold(m[2]!))) out.push({ rank, next: m[2]! });
  }
  return out;
}

/** "la première des deux visites", "le dernier de ses trois vols" (folded): an ordinal, then "des" or "de ses …" and a count. */
const RANK_AMONG = /(?:^|[^a-z])(?:le|la|l')\s*([a-z]+)\s+(?:des|de ses|de leurs|de ces)\s+(?:deux|trois|quatre|cinq|six|\d+)\s/;
/**
 * The rank a question asks of one fact among several the text lists ("la première des deux visites" → 1, "la dernière
 * des trois" → -1), if any.
 */
export function rankAmong(question: string): number | undefined {
  const word = RANK_AMONG.exec(fold(question))?.[1];
  if (word === undefined) return undefined;
  return /^derni/.test(word) ? -1 : ORDINAL_RANKS.get(word);
}

/** The rank a question gives its fact and the noun it ranks ("le premier sommet" → 1, "sommet"), if any. */
export function ordinalAsked(q: AnalyzedQuestion): OrdinalAsked | undefined {
  const [first] = ordinalsOf(q.text);
  if (!first) return undefined;
  const [term] = terms(first.next);
  return term && q.terms.has(term) ? { rank: first.rank, term } : undefined;
}

/**
 * How much a sentence's candidates count for a question that ranks its fact ("le premier sommet"): more when the
 * sentence gives that noun (or its synonym) the same rank, or the rank alone ("Le premier a eu lieu à …"), less when it
 * gives the noun only another ("son second sommet … à Hanoï"), 1 otherwise.
 */
export function ordinalFactor(asked: OrdinalAsked | undefined, text: string, q: AnalyzedQuestion): number {
  if (!asked) return 1;
  // "La suite de l'interview sera diffusée vendredi" tells a later part than "la première partie" asked.
  if (asked.rank === 1 && CONTINUATION.test(fold(text))) return TUNING.otherOrdinal;
  const ranked = ordinalsOf(text).filter((o) => {
    const [t] = terms(o.next);
    return t === asked.term || q.alternatives.get(t)?.of === asked.term || isAuxiliary(o.next);
  });
  if (!ranked.length) return 1;
  return ranked.some((o) => o.rank === asked.rank) ? TUNING.sameOrdinal : TUNING.otherOrdinal;
}

/** A word a pattern found in folded text: where its group starts, the group folded, and its analysed term as written. */
export interface WrittenMatch {
  start: number;
  /** Where the group ends in the text. */
  end: number;
  folded: string;
  term: string | undefined;
}
/**
 * The matches of a pattern (flag d; g to read them all) on the folded text, their group 1 analysed as the text
 * writes it ("procès" and "proces" stem apart): `foldChars` keeps every offset, so the group points back into the text.
 */
export function matchWritten(re: RegExp, text: string): WrittenMatch[] {
  const folded = foldChars(text);
  const found = re.global ? [...folded.matchAll(re)] : [re.exec(folded)].filter((m): m is RegExpExecArray => m !== null);
  return found.map((m) => {
    const [from, to] = m.indices![1]!;
    return { start: from, end: to, folded: m[1]!, term: terms(text.slice(from, to))[0] };
  });
}

/**
 * True when only sentences far down the ranking support a candidate (its best supporting sentence ranks at `rank` or
 * lower, 0 being the best) and none covers `share` of what the best-ranked sentence covers: an answer more often of
 * another fact than of the one asked.
 */
export function farSupport(ranked: readonly ScoredSentence[], c: Candidate, rank: number, share: number): boolean {
  if (!ranked.length) return false;
  const support = ranked.filter((r) => c.support.has(r.index));
  const at = support.length ? ranked.indexOf(support[0]!) : ranked.length;
  return at >= rank && Math.max(0, ...support.map((r) => r.coverage)) < share * ranked[0]!.coverage;
}

/** Any year to read a question's days against: only their month and day are kept. */
const SOME_YEAR = '2001-07-01';
/** The length of an ISO date to the day, and where its month starts. */
const DAY_LENGTH = 'YYYY-MM-DD'.length;
export const MONTH_DAY = 5;

/** A day written with its number ("samedi 27 août", not "samedi" nor "14h"), resolved to the day. */
function writtenDay(d: { text: string; value?: string; time?: string }): boolean {
  return !d.time && /\d/.test(d.text) && d.value?.length === DAY_LENGTH;
}

/** The days a question states with their month ("du mercredi 11 octobre"), as "MM-DD". */
export function daysStated(question: string): Set<string> {
  const out = new Set<string>();
  for (const d of findTemporal(question, SOME_YEAR)) if (writtenDay(d)) out.add(d.value!.slice(MONTH_DAY));
  return out;
}

/** A weekday's name (data: fr-time.json weekdays), folded. */
const WEEKDAY = new RegExp(`(?<![a-z])(${timeWords.weekdays.map(fold).join('|')})(?![a-z])`, 'g');

/** The weekdays a text names ("le bilan donné mardi matin" → {"mardi"}), folded. */
export function weekdaysNamed(text: string): Set<string> {
  return new Set([...fold(text).matchAll(WEEKDAY)].map((m) => m[1]!));
}

/**
 * True when a sentence names weekdays, none of them one the question names ("l'explosion survenue ce lundi a fait 47
 * blessés" for "le bilan donné mardi matin").
 */
export function namesOtherWeekdays(text: string, days: ReadonlySet<string>): boolean {
  const named = weekdaysNamed(text);
  return days.size > 0 && named.size > 0 && [...named].every((d) => !days.has(d));
}

/**
 * True when a sentence dates its fact by days it writes with their number, none of them one the question states
 * ("une autre cérémonie est prévue mercredi 31 août" for "les funérailles du samedi 27 août").
 */
export function datesOtherDays(sentence: AnnotatedSentence, days: ReadonlySet<string>): boolean {
  const written = sentence.dates.filter(writtenDay);
  return written.length > 0 && written.every((d) => !days.has(d.value!.slice(MONTH_DAY)));
}

/** A year as a text writes it ("1987", "2011"). */
const YEAR = /(?<!\d|\d[,.])(?:1[89]|20)\d\d(?!\d|[,.]\d)/g;

/** The years a question writes ("la finale de la coupe 1987" → {"1987"}). */
export function yearsStated(question: string): Set<string> {
  return new Set(question.match(YEAR) ?? []);
}

/**
 * True when a sentence is of another year than every one the question writes: its dates and years are all of others,
 * or it gives none and its article was published in another ("la finale prévue à Brelance" in an article of 2011, for
 * "la finale de 1987").
 */
export function ofOtherYear(k: Knowledge, sentence: AnnotatedSentence, years: ReadonlySet<string>): boolean {
  if (!years.size) return false;
  const said = [...(sentence.text.match(YEAR) ?? []), ...sentence.dates.map((d) => d.value?.slice(0, 4)).filter((y): y is string => !!y)];
  if (said.length) return said.every((y) => !years.has(y));
  const article = k.ann.articles[sentence.doc];
  const year = (article?.published ?? article?.crawlDate)?.slice(0, 4);
  return !!year && !years.has(year);
}

/** A share in per cent ("62 %", "51,8%", "40 pour cent"); captured: the figure. */
const SHARE = /(?<![\d,.])(\d{1,3}(?:[,.]\d+)?)\s*(?:%|pour\s*cent\b)/giu;
/** The shares in per cent a text writes, their decimal comma as a point ("51,8 %" → "51.8"). */
export function sharesStated(text: string): Set<string> {
  return new Set([...text.matchAll(SHARE)].map((m) => m[1]!.replace(',', '.')));
}
/**
 * True when a sentence gives shares in per cent and none is one the question writes ("Où 70 % des votants ont-ils dit
 * non ?" of "à 54,2 % contre 45,8 %, les électeurs ont dit oui"): it tells another count.
 */
export function ofOtherShare(sentence: AnnotatedSentence, shares: ReadonlySet<string>): boolean {
  if (!shares.size) return false;
  const said = sharesStated(sentence.text);
  return said.size > 0 && ![...said].some((x) => shares.has(x));
}

/** A determiner, then the noun it opens (captured), right after a verb — past one word ("a rendu public le contenu"). */
const OBJECT_AFTER_VERB = /^\s+(?:(?!(?:le|la|les|un|une|des|du|de|son|sa|ses|leur|leurs|ce|cet|cette|ces)\s)\p{Ll}+\s+)?(?:le|la|les|l['’]|un|une|des|du|de la|son|sa|ses|leur|leurs|ce|cet|cette|ces)\s*(\p{L}{3,})/iu;
/**
 * The term of the direct object after each word of `text` that says one of `verbs` ("a rendu les clés" → "cle"), in
 * order; undefined where that word has none.
 */
export function objectsAfter(text: string, verbs: ReadonlySet<string>): (string | undefined)[] {
  const found: (string | undefined)[] = [];
  for (const t of tokenize(text)) {
    if (!terms(t.text).some((x) => verbs.has(x))) continue;
    const m = OBJECT_AFTER_VERB.exec(text.slice(t.end));
    found.push(m ? terms(m[1]!)[0] : undefined);
  }
  return found;
}

/** A place noun and the "de" that leads to a name ("l'île de ", "la ville d'"), at the end of a text (folded). */
// ("l'île de Car Nicobar": a name's first word may not be part of its mention.)
const NOUN_OF_BEFORE = /(?:^|[^a-z])([a-z-]{3,}?)s?\s+(?:de|du|d')\s*(?:[a-z-]+\s+)?$/;
const NOUN_OF_REACH = 30;

/**
 * The places a question names by a noun ("sur l'île de Phuket" → île: {Phuket}), by that noun (folded, singular): the
 * place asked of, which another place the same noun names in a sentence is not.
 */
export function placesByNoun(k: Knowledge, q: AnalyzedQuestion): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  const text = foldChars(q.text);
  for (const id of q.entities.keys()) {
    if (k.entityType(id) !== 'place') continue;
    const at = text.indexOf(foldChars(k.ann.entities[id]!.name));
    const noun = at > 0 ? NOUN_OF_BEFORE.exec(text.slice(Math.max(0, at - NOUN_OF_REACH), at))?.[1] : undefined;
    if (noun === undefined || !PLACE_NOUNS.has(noun)) continue;
    out.set(noun, (out.get(noun) ?? new Set()).add(id));
  }
  return out;
}
/** Place nouns, folded (a word before "de" that is none, "près de", names no place by a noun). */
const PLACE_NOUNS = new Set<string>(questionNouns.place.map((n: string) => fold(n)));

/**
 * True when a sentence names, by a noun the question names a place by, another place and not the question's ("pour
 * l'île de Car Nicobar" for "sur l'île de Phuket"): its figures and facts are that other place's.
 */
export function namesOtherPlaceOfNoun(sentence: AnnotatedSentence, byNoun: ReadonlyMap<string, ReadonlySet<number>>): boolean {
  if (!byNoun.size) return false;
  const text = foldChars(sentence.text);
  let other = false;
  for (const m of sentence.mentions) {
    for (const [noun, ids] of byNoun) {
      if (ids.has(m.entity)) return false;
      const before = NOUN_OF_BEFORE.exec(text.slice(Math.max(0, m.start - NOUN_OF_REACH), m.start))?.[1];
      if (before === noun) other = true;
    }
  }
  return other;
}
