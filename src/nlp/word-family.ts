/**
 * Words that say the same thing another way, for matching a question against the text: colloquial words
 * members type ("hosto" → "hôpital"), synonym groups of news French ("débuter" / "commencer" / "ouverture"),
 * and word forms of one family that the stemmer keeps apart ("démission" / "démissionné",
 * "publication" / "publié"). All words are data (`data/fr-synonyms.json`); the family of a stem is read off
 * the corpus's own vocabulary.
 */
import data from './data/fr-synonyms.json' with { type: 'json' };
import verbForms from './data/fr-verb-forms.json' with { type: 'json' };
import { FR, fold } from './french.js';
import { terms } from './tokens.js';
import { escapeRegExp } from '../regexp.js';

const COLLOQUIAL = new Map(Object.entries(data.colloquial).map(([k, v]) => [k.toLowerCase(), v]));
/** Unaccented spellings too ("bosse" / "bossé"): the first listed wins. */
const COLLOQUIAL_FOLDED = new Map<string, string>();
for (const [k, v] of Object.entries(data.colloquial)) if (!COLLOQUIAL_FOLDED.has(fold(k))) COLLOQUIAL_FOLDED.set(fold(k), v);

/** The colloquial phrases of more than one word ("c qui", "où ça", "tête-à-tête"), longest first, as one pattern (either apostrophe). */
const PHRASES = (() => {
  const keys = [...COLLOQUIAL.keys()].filter((k) => /[\s-]/.test(k)).sort((a, b) => b.length - a.length);
  return keys.length ? new RegExp(`(?<![\\p{L}'’])(?:${keys.map((k) => escapeRegExp(k).replace(/'/g, "['’]").replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}])`, 'giu') : undefined;
})();

/** Replaces the colloquial words of a question by the standard words news text uses ("hosto" → "hôpital"). */
export function standardize(text: string): string {
  return (PHRASES ? text.replace(PHRASES, (phrase) => COLLOQUIAL.get(phrase.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ')) ?? phrase) : text)
    // "Quel garde des Sceaux …": the title the set phrase stands for, as the articles may give it.
    .replace(PERIPHRASES, (phrase) => PERIPHRASE_TITLES.get(fold(phrase).replace(/\s+/g, ' ')) ?? phrase)
    // "St-Barth", "Ste Rose": the abbreviated saint of a place's name, as the articles spell it out.
    .replace(/(?<![\p{L}\d])(St|Ste)\.?([- ])(?=\p{Lu})/gu, (_, st: string, sep: string) => `${st === 'St' ? 'Saint' : 'Sainte'}${sep === ' ' ? '-' : sep}`)
    .replace(/[\p{L}·]+(?:['’][\p{L}]+)?/gu, (word, at: number, all: string) => {
      // "sur France Info", "au micro de Radio Boîte": a capitalised word inside the question is a name's, kept as typed.
      if (/^\p{Lu}\p{Ll}/u.test(word) && at > 0 && !/[.!?«"“:]\s*$/u.test(all.slice(0, at))) return word;
      // "les boîtes noires": the word keeps its own sense before these words.
      const kept = KEPT_BEFORE.get(fold(word));
      if (kept && kept.some((next) => fold(all.slice(at + word.length)).trimStart().startsWith(next))) return word;
      // ("Peter X, il a dit quoi ?": a capitalised first word is read without its accents only when it has none to lose —
      // "Peter" is no "péter".)
      return COLLOQUIAL.get(word.toLowerCase()) ?? (/^\p{Lu}/u.test(word) ? undefined : COLLOQUIAL_FOLDED.get(fold(word))) ?? word;
    });
}
/** Set phrases for titles, folded, with their title; and a pattern for them, accents and case aside. */
const PERIPHRASE_TITLES = new Map([...FR.titlePeriphrases].map(([phrase, title]) => [fold(phrase), title]));
const PERIPHRASES = new RegExp(`(?<![\\p{L}])(?:${[...new Set([...FR.titlePeriphrases.keys()].flatMap((k) => [k, fold(k)]))].map((k) => escapeRegExp(k).replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'giu');
/** Folded colloquial word → the folded words after which it keeps its own sense. */
const KEPT_BEFORE = new Map(Object.entries(data.colloquialKeptBefore as Record<string, string[]>).map(([k, v]) => [fold(k), v.map(fold)]));

/**
 * Stem → the stems of the other single words of its synonym groups (and of a verb's agent nouns), verbs in all
 * their forms (from the Lefff, `data/fr-verb-forms.json`: "rendre" stands for "rendu", "rend", "rendra" …; stems of
 * three letters or less left out, they are too ambiguous).
 */
/** Words whose short stem is kept in their synonym groups (data: fr-synonyms.json shortWords). */
const SHORT_WORDS = new Set<string>(data.shortWords as string[]);
const RELATED = (() => {
  const forms = verbForms.forms as Record<string, string[]>;
  // "communique", "revendiques": the stemmer reads "-ique" as an adjective's ending ("commun", "revend"), which would
  // join "commune" and "revendre" to the group; the verb's other forms stand for it.
  // A noun's plural may stem otherwise ("passagers" → "passager", "passager" → "passag").
  const stemsOf = (word: string) => [word, ...(/[sxz]$/.test(word) || forms[word] ? [] : [`${word}s`]), ...(forms[word] ?? []).filter((f) => !(/iquer$/.test(word) && /iques?$/.test(f)))]
    .map((w) => terms(w)).filter((t) => t.length === 1).map((t) => t[0]!).filter((t) => t.length > 3 || SHORT_WORDS.has(t));
  const map = new Map<string, Set<string>>();
  const agents = Object.entries(data.agents as Record<string, string[]>).map(([verb, nouns]) => [verb, ...nouns]);
  // A verb whose forms stem apart ("entendait" / "entendu") is a group of its own.
  const inflected = (verbForms as { inflected?: string[] }).inflected ?? [];
  for (const group of [...data.groups, ...agents, ...inflected.map((verb) => [verb])]) {
    const stems = [...new Set(group.flatMap(stemsOf))];
    for (const s of stems) {
      const set = map.get(s) ?? new Set<string>();
      for (const o of stems) if (o !== s) set.add(o);
      map.set(s, set);
    }
  }
  return map;
})();

/** A verb's conjugated forms as the Lefff gives them (`data/fr-verb-forms.json`; verbs of the synonym groups), or none. */
export function formsOfVerb(lemma: string): string[] {
  return (verbForms.forms as Record<string, string[]>)[lemma] ?? [];
}

/** The analysed terms of the verbs whose object gives them another sense than their group's (data: objectSenseVerbs), in all their forms. */
const OBJECT_SENSE = new Set(((data as { objectSenseVerbs?: string[] }).objectSenseVerbs ?? []).flatMap((verb) => [verb, ...formsOfVerb(verb)]).flatMap((w) => terms(w)));
/** True for the analysed term of such a verb ("confi" of "a confié l'organisation à …"). */
export function isObjectSenseTerm(term: string): boolean {
  return OBJECT_SENSE.has(term);
}

/** The analysed terms that a synonym group puts beside an analysed term (empty when none). */
export function relatedTerms(term: string): string[] {
  return [...(RELATED.get(term) ?? [])];
}

/** Shortest shared stem for two words to count as one family ("demiss" / "demission"). */
export const FAMILY_MIN_STEM = 5;
/** How many last letters two siblings of one family may differ by ("abattr" / "abattu"). */
export const FAMILY_SIBLING_CUT = 2;

/**
 * The terms of a vocabulary that belong to the family of `term`: those that extend it ("demiss" →
 * "demission"), read with `startingWith`, and those it extends ("publication" → "publi"), checked with `has`,
 * down to FAMILY_MIN_STEM characters. At most `limit`, nearest in length first.
 */
export function familyOf(term: string, startingWith: (prefix: string) => string[], has: (t: string) => boolean, limit = 12): string[] {
  if (term.length < FAMILY_MIN_STEM) return [];
  const out = startingWith(term).filter((t) => t !== term).sort().slice(0, limit);
  for (let len = term.length - 1; len >= FAMILY_MIN_STEM && out.length < limit; len--) {
    const prefix = term.slice(0, len);
    if (has(prefix)) out.push(prefix);
  }
  // Siblings that share all but the last letters ("abattr" / "abattu", "réélect" / "réélu" no: too short).
  const stemOf = term.slice(0, Math.max(FAMILY_MIN_STEM, term.length - FAMILY_SIBLING_CUT));
  if (stemOf.length < term.length) {
    for (const t of startingWith(stemOf).sort()) {
      if (out.length >= limit) break;
      if (t !== term && !out.includes(t) && t.length <= term.length) out.push(t);
    }
  }
  return out.sort((x, y) => Math.abs(x.length - term.length) - Math.abs(y.length - term.length) || (x < y ? -1 : 1));
}

/** `startingWith` over a sorted list of terms, for {@link familyOf}. */
export function sortedPrefixLookup(sorted: readonly string[]): (prefix: string) => string[] {
  return (prefix) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) out.push(sorted[i]!);
    return out;
  };
}

/** Verb form (lower case) → the verbs of the Lefff data it is a form of. */
const VERBS_OF_FORM = (() => {
  const map = new Map<string, string[]>();
  for (const [verb, forms] of Object.entries(verbForms.forms as Record<string, string[]>)) for (const f of forms) map.set(f, [...(map.get(f) ?? []), verb]);
  return map;
})();

/**
 * True for a past participle of a verb the data knows, in any gender and number ("décédé", "mortes", "élus"): a form
 * whose masculine singular, feminine and plurals are all forms of one verb ("présidente" is none of "présider", so
 * "président" is no participle).
 */
export function isPastParticiple(word: string): boolean {
  const w = word.toLowerCase();
  const base = w.replace(/(?:es|e|s)$/u, '');
  for (const m of new Set([w, base])) {
    const verbs = VERBS_OF_FORM.get(m);
    if (!verbs) continue;
    if (verbs.some((v) => [`${m}e`, `${m}s`, `${m}es`].every((f) => VERBS_OF_FORM.get(f)?.includes(v)) && [m, `${m}e`, `${m}s`, `${m}es`].includes(w))) return true;
  }
  return false;
}
