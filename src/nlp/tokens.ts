import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import lunrFr from 'lunr-languages/lunr.fr.js';
import { FR, fold, isStopword } from './french.js';

stemmerSupport(lunr);
lunrFr(lunr);

/** The French Lunr plugin, registered once for the whole process. */
// lunr-languages extends the lunr namespace at run time; its types do not declare `fr`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const lunrFrench = (lunr as any).fr as lunr.Builder.Plugin & { stemmer: (t: lunr.Token) => lunr.Token };

/** A word of a text with its character offsets. */
export interface Token {
  /** The word as written, elision removed ("équipement" for "l'équipement"). */
  text: string;
  start: number;
  end: number;
  /** True when the word starts with an upper-case letter. */
  upper: boolean;
}

// Words: letters and digits, joined by inner hyphens or apostrophes ("sud-africain", "aujourd'hui", "l'île"); a
// decimal number with one or two decimals is one word ("6,7" is no "6" and "7"; "2.379" stays two words, as "2 379" is).
const DECIMAL_WORD = String.raw`\d+[,.]\d{1,2}`;
const WORD = new RegExp(String.raw`${DECIMAL_WORD}(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*`, 'gu');
const ELISION = /^([\p{L}]{1,7})['’](?=[\p{L}])/u;

/**
 * Splits a text into words, separating French elisions ("l'équipement" → "équipement", "qu'il" → "il"),
 * keeping offsets. Never throws.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    let start = m.index ?? 0;
    // Peel elisions, possibly several ("jusqu'à l'aube" is two words; "d'l'" never happens but loop is safe).
    for (let guard = 0; guard < 3; guard++) {
      const e = ELISION.exec(word);
      if (!e || !FR.elisions.has(fold(e[1]))) break;
      const cut = e[0].length;
      tokens.push({ text: word.slice(0, cut), start, end: start + cut, upper: isCapitalised(word) });
      word = word.slice(cut);
      start += cut;
    }
    tokens.push({ text: word, start, end: start + word.length, upper: isCapitalised(word) });
  }
  return tokens;
}

/** "al-Manfi", "ben-Ali": a lower-case particle joined to a capitalised name (data: joinedNameParticles). */
const JOINED_PARTICLE = new RegExp(`^(?:${FR.joinedNameParticles.join('|')})-\\p{Lu}`, 'u');

/** True for a word that starts with a capital, or with a name particle joined to one ("al-Manfi"). */
function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) || JOINED_PARTICLE.test(word);
}

/** Tokens packed as [start, end] offset pairs: a tenth of the memory of token objects, for long builds. */
export function packTokens(tokens: Token[]): Int32Array {
  const packed = new Int32Array(tokens.length * 2);
  tokens.forEach((t, i) => {
    packed[2 * i] = t.start;
    packed[2 * i + 1] = t.end;
  });
  return packed;
}

/** The tokens of `text` packed by `packTokens`. */
export function unpackTokens(text: string, packed: Int32Array): Token[] {
  const tokens: Token[] = new Array(packed.length / 2);
  for (let i = 0; i < tokens.length; i++) {
    const start = packed[2 * i];
    const end = packed[2 * i + 1];
    const word = text.slice(start, end);
    tokens[i] = { text: word, start, end, upper: isCapitalised(word) };
  }
  return tokens;
}

/** True for an elided article or pronoun token ("l'", "qu'"). */
export function isElision(token: Token): boolean {
  return /['’]$/.test(token.text);
}

const stemCache = new Map<string, string>();

/** Lunr's French stem of a folded-case word (cached). */
export function stem(word: string): string {
  const lower = word.toLowerCase();
  let s = stemCache.get(lower);
  if (s === undefined) {
    s = lunrFrench.stemmer(new lunr.Token(lower, {})).toString();
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(lower, s);
  }
  return s;
}

/**
 * Search terms of a text: words split on hyphens, elisions and stop words dropped, stemmed and folded.
 * The same function serves the index and the questions, so both sides agree.
 */
export function terms(text: string): string[] {
  return termsOf(tokenize(text));
}

/** `terms` of a text already tokenised. */
export function termsOf(tokens: Token[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isElision(t)) continue;
    // "pour sa part", "d'autre part": the last word of an adverbial phrase says nothing of the text's topic.
    if (endsLocution(tokens, i)) continue;
    for (const part of t.text.split(/[-'’]/)) {
      if (!part) continue;
      const term = termOf(part);
      if (term) out.push(term);
    }
    // "anti-corruption" is written "anticorruption" too: a bound prefix and its word give their joined term as well.
    const joined = PREFIXED.exec(t.text);
    if (joined) {
      const term = termOf(joined[1]! + joined[2]!);
      if (term) out.push(term);
    }
  }
  return out;
}

/** The adverbial phrases by their last word. */
const LOCUTIONS_BY_LAST = new Map<string, string[][]>();
for (const words of FR.adverbialLocutions) {
  const last = words[words.length - 1]!;
  LOCUTIONS_BY_LAST.set(last, [...(LOCUTIONS_BY_LAST.get(last) ?? []), words]);
}
/** True when the token at `i` ends one of the adverbial phrases. */
function endsLocution(tokens: Token[], i: number): boolean {
  const phrases = LOCUTIONS_BY_LAST.get(tokens[i]!.text.toLowerCase());
  if (!phrases) return false;
  return phrases.some((words) => words.length <= i + 1 && words.every((w, j) => tokens[i - words.length + 1 + j]!.text.toLowerCase().replace(/’/g, "'") === w));
}

/** A bound prefix, a hyphen and a word ("anti-corruption", "co-pilote", "contre-attaque"). */
const PREFIXED = /^(anti|auto|co|contre|extra|hyper|inter|intra|micro|multi|néo|neo|post|pré|pre|semi|super|ultra)-(\p{L}{3,})$/iu;

const termCache = new Map<string, string>();
/** A decimal number's word ("6,7", "7.5"). */
const DECIMAL = new RegExp(`^${DECIMAL_WORD}$`);

/** The search term of one word, or '' for a stop word (cached: the vocabulary is small next to the text). */
export function termOf(word: string): string {
  let term = termCache.get(word);
  if (term === undefined) {
    // "7.5" and "7,5" are one figure.
    // "né le 3 mai": a word whose folded form is another word takes the term of the word it stands for ("naissance").
    const standsFor = FR.writtenTerms.get(word.toLowerCase());
    term = standsFor !== undefined ? termOf(standsFor) : isStopword(word) ? '' : DECIMAL.test(word) ? word.replace('.', ',') : fold(stem(word));
    if (termCache.size > 500_000) termCache.clear();
    termCache.set(word, term);
  }
  return term;
}
