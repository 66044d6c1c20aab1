/**
 * Typed answer spans read off a sentence at question time: venues ("le hangar 12", "la place des Martyrs",
 * "un hall du parc des expositions") and quantities ("41 morts", "2 750 tonnes", "une centaine de
 * forages"). Names, dates and times come from the index; these are the answers that are not names.
 * The nouns are data (`data/question-nouns.json`, `data/quantity-words.json`).
 */
import nouns from './data/question-nouns.json' with { type: 'json' };
import quantityWords from './data/quantity-words.json' with { type: 'json' };
import answerWords from './data/fr-answer-words.json' with { type: 'json' };
import { FR, fold, isDemonym } from '../nlp/french.js';
import { foldChars } from '../nlp/fold.js';
import { alternation, escapeRegExp } from '../regexp.js';
import { isGivenName } from '../nlp/given-names.js';
import { isKnownPlace } from '../nlp/entities.js';
import { isFrenchTown } from '../nlp/french-towns.js';
import timeWords from '../nlp/data/fr-time.json' with { type: 'json' };
import { TUNING } from './tuning.js';

/** A span of a sentence with its head noun (folded, singular). */
export interface Span {
  start: number;
  end: number;
  text: string;
  noun: string;
  /** For a venue, true when its noun is a position and its complement the place it is of ("l'intérieur du hangar"). */
  position?: boolean;
  /** For a measure, the dimension it gives ("profondeur" in "43 mètres de profondeur"), folded. */
  dimension?: string;
  /** A bare venue a word of four letters or more follows, a stop word ("dans les toilettes après les faits"). */
  loose?: boolean;
}

/** Place nouns that name a venue of their own; words too vague to answer "where" are left out. */
const VENUES = new Set(nouns.place.map(fold).filter((n) => !quantityWords.vaguePlaces.includes(n)));
/** Nouns that place something in or beside a place ("l'entrée de la grotte"): a venue with their complement. */
// "au nord-ouest de la capitale": a compass point with its complement places too (see answerWhere for when it answers).
const POSITIONS = new Set([...answerWords.positions, ...answerWords.compassPoints]);

/** An abbreviation of up to three letters keeps its dot before the next capitalised word ("St. Johns", "Mt. Everest"). */
const ABBREVIATION_DOT = "(?:(?<=(?<![\\p{L}])\\p{Lu}\\p{Ll}{0,2})\\.(?=\\s+\\p{Lu}))?";
const WORD = `[\\p{L}][\\p{L}'’-]*${ABBREVIATION_DOT}`;
const NAME = `\\p{Lu}[\\p{L}\\d'’-]*${ABBREVIATION_DOT}`;
// "l'enceinte de ce collège-lycée": a demonstrative after "de" belongs to the complement, as an article does.
// "au pied d'une falaise": an indefinite article after "de" too.
const OF = "(?:de (?:ce|cet|cette|ces) |d['’]une? |de la|de l['’]|des|du|de|d['’])";
/**
 * One lowercase word of four letters or more between a venue noun and what names it ("tribunal correctionnel de",
 * "foyer municipal de", "route départementale 17"); a stop word ("était", "avait") is none (see venues).
 */
const ADJECTIVE = '\\p{Ll}[\\p{Ll}-]{3,}';
/** The adjective a venue's name opens on, if any. */
const ADJECTIVE_FIRST = new RegExp(`^\\s+(${ADJECTIVE})`, 'u');
/**
 * A venue noun, then what names it: a number, capitalised words, "de/du/des …" complements, "au/aux" and a capitalised
 * word after a name ("canal de la Marne au Rhin") — up to four parts.
 */
// "tribunal de grande instance de Perpignan": two words after "de" when another "de" follows them.
/**
 * "la décision de la Cour suprême de libérer X": an infinitive after "de", then its object (an article or a name), opens
 * what the body decided, no part of the venue's name. (A word in "-ier" is most often a noun: "le centre de quartier X".)
 */
const INFINITIVE_THEN_OBJECT = "\\p{Ll}+(?:(?<!i)er|ir)\\s+(?:\\p{Lu}|l['’]|la\\s|le\\s|les\\s|un\\s|une\\s|des\\s)";
/** "Crown of Thistles", "Tower of London": an English connector between the capitalised words of a venue's name. */
const ENGLISH_CONNECTOR = '(?:of|of the|and|for)';
const VENUE = new RegExp(`(?<![\\p{L}])(${WORD})((?:\\s+${ADJECTIVE}(?=\\s+(?:\\d|\\p{Lu}|${OF})))?(?:\\s+(?:n°|no|numéro)\\s*\\d+|\\s+(?:\\d+[a-zA-Z]?|\\p{Lu}{1,2}\\d{1,3})\\b|\\s+${NAME}|\\s+${OF}\\s*${ADJECTIVE}\\s+${ADJECTIVE}(?=\\s+${OF})|\\s+${OF}\\s*(?!${INFINITIVE_THEN_OBJECT})${WORD}|(?<=\\p{Lu}[\\p{L}'’-]*)\\s+(?:au|aux|${ENGLISH_CONNECTOR})\\s+${NAME}){1,4})`, 'uy');
/** A word where a venue may start (the first word of VENUE, without its abbreviation's dot). */
const WORD_START = /(?<![\p{L}])[\p{L}][\p{L}'’-]*/gu;

/** A venue's first word: the length of its elided article ("l'") and its noun, folded, in the singular. */
function venueWord(word: string): { elided: number; noun: string } {
  const elided = /^\p{L}{1,2}['’]/u.exec(word)?.[0].length ?? 0;
  const written = fold(word.slice(elided));
  return { elided, noun: POSITIONS.has(written) ? written : venueNoun(written) };
}

/** True for a noun that can open a venue: a venue noun, a position, or a noun too vague alone that takes its kind. */
function mayOpenVenue(noun: string): boolean {
  return VENUES.has(noun) || POSITIONS.has(noun) || VAGUE_WITH_KIND.has(noun);
}

/** The next word at or after `from` where a venue may start. */
function nextWord(text: string, from: number): RegExpExecArray | null {
  WORD_START.lastIndex = from;
  return WORD_START.exec(text);
}

/** "plates-formes", "sapeurs-pompiers": a compound whose parts are both in the plural, in the singular; else undefined. */
export function compoundSingular(noun: string): string | undefined {
  return /^\p{L}+s-\p{L}+s$/u.test(noun) ? noun.split('-').map((w) => w.replace(/s$/, '')).join('-') : undefined;
}

/** A counted noun in the singular, as the figures' nouns are kept ("des" → "de" too: a short word loses its s). */
function countedNoun(folded: string): string {
  return compoundSingular(folded) ?? folded.replace(/[sx]$/, '');
}

/** A folded noun in the singular ("hangars" → "hangar", "plates-formes" → "plate-forme"). */
export function singularOf(noun: string): string {
  return compoundSingular(noun) ?? noun.replace(/(?<=..)[sx]$/, '');
}

/** A venue noun as the place classes hold it: folded, singular, its elided article left out ("l'hôpital" → "hopital"). */
function venueNoun(word: string): string {
  const folded = fold(word.replace(/^\p{L}{1,2}['’]/u, ''));
  // "palais", "campus": a noun that ends on s in the singular keeps it.
  return VENUES.has(folded) ? folded : folded.replace(/s$/, '');
}

/** Nouns too vague to be a venue alone that name one with an adjective of kind ("centre funéraire", "base aérienne"). */
const VAGUE_WITH_KIND = new Set(quantityWords.vagueVenuesWithKind);
/** A lower-case word of four letters or more right after a venue's words: its adjective, when no end word. */
const KIND_TAIL = /^\s+(\p{Ll}{4,})(?![\p{L}'’-])/u;
/** A venue's noun, then "de", "d'", "du" or "des". */
const OF_AFTER_NOUN = /^\S+\s+(?:de|du|des|d['’])(?![\p{L}])/u;
/** A bare lower-case noun after "de" / "d'" ("d'accueil", "de réfugiés"), no article before it. */
const BARE_COMPLEMENT = /^\s+(?:de\s+|d['’])(\p{Ll}{3,})(?![\p{L}'’])/u;
/** An adjective of kind, by its ending ("funéraire", "commercial", "hospitalier", "militaire"), folded. */
const KIND_ADJECTIVE = /(?:aire|al|ale|aux|ier|iere|ique|ien|ienne)s?$/;
/** After a place preposition, an article, a venue noun and an adjective: "dans un cimetière gouvernemental". */
const PLAIN_VENUE = new RegExp(`(?<![\\p{L}])(?:dans|à|a|au|en|sur|vers)\\s+(?:un|une|le|la|l['’]|les|des)?\\s*(${WORD})\\s+(${ADJECTIVE})(?![\\p{L}])`, 'gu');

/**
 * Venues named by a noun and an adjective only ("dans un cimetière gouvernemental", "dans une pièce bétonnée"), which
 * {@link venues} leaves out (no name, no complement): an answer when no named place is found.
 */
export function plainVenues(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(PLAIN_VENUE)) {
    const noun = venueNoun(m[1]!);
    // "dans un centre funéraire", "sur une base aérienne": a noun too vague alone names a venue with an adjective of kind.
    const ofKind = VAGUE_WITH_KIND.has(noun) && KIND_ADJECTIVE.test(fold(m[2]!));
    if ((!VENUES.has(noun) && !ofKind) || FR.stopwords.has(fold(m[2]!)) || /^(?:de|du|des)$/.test(fold(m[2]!))) continue;
    const start = m.index! + m[0].length - m[1]!.length - m[2]!.length - 1;
    out.push({ start, end: m.index! + m[0].length, text: text.slice(start, m.index! + m[0].length), noun });
  }
  return out.map((v) => withAdjectiveBefore(text, v));
}

/** After a place preposition and a definite article, a venue noun alone: "devant la cathédrale", "à l'hôpital". */
// "sur place" (there) is none: the article, or "au", is required.
const BARE_VENUE = new RegExp(`(?<![\\p{L}])(?:(?:dans|à|sur|vers|devant|derrière|depuis)\\s+(?:(?:le|la|les)\\s+|l['’]\\s*)|(?:au|aux)\\s+)(${WORD})(?![\\p{L}\\d'’-])(?!\\s+(?:\\d|\\p{Lu}|${OF}))`, 'gu');
/** A lower-case word right after a venue noun: its adjective, unless a stop word ("dans les toilettes après les faits"). */
const VENUE_WORD_AFTER = new RegExp(`^\\s+(${ADJECTIVE})(?![\\p{L}])`, 'u');

/**
 * Venues named by their noun alone after a place preposition ("devant la cathédrale où se déroulait la cérémonie"),
 * which {@link venues} and {@link plainVenues} leave out: the weakest answer to "où".
 */
export function bareVenues(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(BARE_VENUE)) {
    const noun = venueNoun(m[1]!);
    if (!VENUES.has(noun)) continue;
    const next = VENUE_WORD_AFTER.exec(text.slice(m.index! + m[0].length))?.[1];
    if (next !== undefined && !FR.stopwords.has(fold(next))) continue;
    const loose = next !== undefined;
    const start = m.index! + m[0].length - m[1]!.length;
    // "dans la banlieue sud de la ville": the point of the compass after the noun tells which part.
    const compass = COMPASS_AFTER.exec(text.slice(m.index! + m[0].length))?.[0] ?? '';
    out.push({ start, end: m.index! + m[0].length + compass.length, text: m[1]! + compass, noun, ...(loose && !compass ? { loose } : {}) });
  }
  return out;
}
/** A point of the compass right after a venue noun ("banlieue sud"); "est" only before "de" (else it is the verb). */
const COMPASS_AFTER = new RegExp(`^\\s+(?:${answerWords.compassPoints.filter((w) => w !== 'est').sort((a, b) => b.length - a.length).join('|')}|est(?=\\s+(?:de|du|des|d['’])))(?![\\p{L}-])`, 'u');

/** An ordinal ("quatrième", "4e", "1er") then a noun: "quatrième étage", "1er arrondissement". */
const ORDINAL_VENUE = new RegExp(`(?<![\\p{L}\\d])((?:${quantityWords.ordinals.join('|')})|\\d{1,2}(?:e|er|re|ère|ème|eme))\\s+(\\p{L}+)`, 'giu');

/** Phrases that work as a preposition ("au cours de"), read around a venue noun: its start and a few characters after. */
const PHRASE_REACH = 8;
const PHRASE_TAIL = 4;
const IN_PREPOSITIONAL_PHRASE = new RegExp(`(?:^|[^\\p{L}])(?:${FR.prepositionalPhrases.map(escapeRegExp).join('|')})`, 'u');

/** An article (or one contracted with a preposition) right before a position noun. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:le|la|les|au|aux|du|des|un|une)\s+$/iu;
const ARTICLE_REACH = 5;

/** A house number right before a street noun ("7 ", "12 bis, "), and the street nouns it numbers (data: fr-answer-words.json). */
const HOUSE_NUMBER = /(?<![\d\p{L}.,])\d{1,4}(?:\s?(?:bis|ter))?,?\s+$/u;
const HOUSE_NUMBER_REACH = 12;
const STREET_NOUNS = new Set(answerWords.streetNouns.map(fold));
/** True for a street noun, folded and singular ("rue", "place", "quai"). */
export function isStreetNoun(noun: string): boolean {
  return STREET_NOUNS.has(noun);
}

/** Venue nouns that are adjectives too ("nationale", "centrale"), folded and singular (data: adjectivalVenues). */
const ADJECTIVAL = new Set<string>(answerWords.adjectivalVenues);
/** A word right before a venue noun ("l'Agence nationale", "les obsèques nationales"). */
const NOUN_BEFORE = /(?:^|[^\p{L}'’])(?:\p{L}['’])?(\p{L}[\p{L}-]+)\s+$/u;
const NOUN_BEFORE_REACH = 30;

/** Venues named in a sentence: "hangar 12", "place des Martyrs", "parc des expositions", "hôpital San Martino". */
/** Capitalised words ending on an English possessive right before a venue's noun ("Queen's ", "St John's "). */
const OWNER_BEFORE = /(?<![\p{L}'’])(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s\s+$/u;
const OWNER_REACH = 40;

/** After a venue's noun, "du même nom", "de même nom": a name said of something else before it. */
/** Venue nouns that say a scene when a place "was" one (data: fr-answer-words.json sceneNouns), folded. */
const SCENE_NOUNS = new Set(answerWords.sceneNouns.map((w) => fold(w)));
/** A lower-case complement after the noun ("d'émeutes", "de violences"). */
const SCENE_OF = /^\s*(?:de|d['’]|des|du)\s*\p{Ll}/u;
/** Characters before a venue noun read for a copula. */
const COPULA_REACH = 24;
/** A copula and an article right before the noun ("avait été le ", "est la ", "fut l'"; data: fr-answer-words.json sceneCopulas). */
const COPULA_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${answerWords.sceneCopulas.map(escapeRegExp).join('|')})\\s+(?:le|la|l['’])\\s*$`, 'u');
const SAME_NAME = /^\s+(?:du|de)\s+m[eê]me(?![\p{L}])/iu;

/** A determiner and an adjective written before a venue's noun ("le grand hall", "la petite chapelle"): the adjective captured. */
const ADJECTIVE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:le|la|les|l['’]|un|une|des|du|au|aux|son|sa|ses|leur)\\s*(${alternation(answerWords.prenominalAdjectives)})\\s+$`, 'iu');
const ADJECTIVE_BEFORE_REACH = 20;
/** A venue with the adjective written before its noun ("grand hall du ministère"). */
function withAdjectiveBefore(text: string, v: Span): Span {
  const m = ADJECTIVE_BEFORE.exec(text.slice(Math.max(0, v.start - ADJECTIVE_BEFORE_REACH), v.start));
  if (!m) return v;
  const start = v.start - /\S+\s+$/u.exec(m[0])![0].length;
  return { ...v, start, text: text.slice(start, v.end) };
}

/** Words as one alternation, the longest first. */
const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
/** Right before a venue noun: a figure or a word that counts it ("plusieurs", "trois", "200"). */
const COUNTED_BEFORE = new RegExp(`(?:^|[^\\p{L}\\d])(?:\\d+|${byLength([...quantityWords.numbers, ...quantityWords.quantifiers])})\\s+$`, 'iu');
const COUNTED_REACH = 16;

/** Words that end no venue's name: articles, possessives, prepositions, relatives, conjunctions, folded (data: objectEndWords, stopwords). */
const END_WORDS = new Set([...answerWords.objectEndWords, ...FR.stopwords].map(fold));
const LAST_WORD = /\s+([\p{Ll}]+)$/u;
/**
 * A venue without the function words its match ran on to ("le siège du gouvernement devant lequel …", "le parking devant
 * le musée"): a venue's words do not end on a preposition.
 */
function withoutEndWords(v: Span): Span {
  let text = v.text;
  for (let m = LAST_WORD.exec(text); m && END_WORDS.has(fold(m[1]!)); m = LAST_WORD.exec(text)) text = text.slice(0, m.index);
  return text === v.text ? v : { ...v, end: v.start + text.length, text };
}

export function venues(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (let w = nextWord(text, 0); w; w = nextWord(text, from)) {
    // Only a venue noun, a position or a vague noun of kind opens a venue: other words are passed at once (the words
    // inside one, after its apostrophe or hyphen, end where it ends and name no venue it does not).
    const first = venueWord(w[0]);
    if (!mayOpenVenue(first.noun)) {
      from = w.index + w[0].length;
      continue;
    }
    VENUE.lastIndex = w.index;
    const m = VENUE.exec(text);
    if (!m) {
      from = w.index + 1;
      continue;
    }
    // "l'hôpital San Martino": the venue starts after the elided article. (The match's first word is the word read,
    // or that word with an abbreviation's dot, which no venue noun has.)
    const { elided, noun } = m[1] === w[0] ? first : venueWord(m[1]!);
    if (!mayOpenVenue(noun)) {
      from = m.index + m[1]!.length;
      continue;
    }
    const adjective = ADJECTIVE_FIRST.exec(m[2]!)?.[1];
    if (adjective && FR.stopwords.has(fold(adjective))) {
      from = m.index + m[1]!.length;
      continue;
    }
    // "devant le café du même nom": the venue takes the name just said of another; its own words name nothing.
    // "le quartier avait été le théâtre d'émeutes": what a place was the scene of is no venue.
    if (SAME_NAME.test(m[2]!) || (SCENE_NOUNS.has(noun) && SCENE_OF.test(m[2]!) && COPULA_BEFORE.test(text.slice(Math.max(0, m.index - COPULA_REACH), m.index + elided)))) {
      from = m.index + m[1]!.length;
      continue;
    }
    // "l'entrée de la grotte" (a position, with the place it is of); "l'entrée principale" is none.
    // "à bord de leur véhicule" (aboard) places nothing: a position has its article ("au bord de", "l'entrée de").
    const position = POSITIONS.has(noun) && new RegExp(`^\\s+${OF}`, 'u').test(m[2]!) && (elided > 0 || ARTICLE_BEFORE.test(text.slice(Math.max(0, m.index - ARTICLE_REACH), m.index)));
    // "les obsèques nationales des victimes": a venue noun that is an adjective too ("nationale", "départementale"),
    // right after a noun, qualifies that noun.
    const wordBefore = ADJECTIVAL.has(noun) ? NOUN_BEFORE.exec(text.slice(Math.max(0, m.index - NOUN_BEFORE_REACH), m.index))?.[1] : undefined;
    if (wordBefore !== undefined && !FR.stopwords.has(fold(wordBefore))) {
      from = m.index + m[1]!.length;
      continue;
    }
    // "un centre commercial de plusieurs étages", "un hôtel de 200 chambres": a venue noun counted measures what it is
    // part of; it names no place (a street's number comes before its noun: "au 7 rue …", kept).
    if (!STREET_NOUNS.has(noun) && COUNTED_BEFORE.test(text.slice(Math.max(0, m.index - COUNTED_REACH), m.index))) {
      from = m.index + m[1]!.length;
      continue;
    }
    // "un centre d'accueil", "un camp de réfugiés", "le poste de police": a vague place noun and a bare noun after "de"
    // name a kind of venue ("le centre de la ville", with its article, is a position).
    const kindOf = VAGUE_WITH_KIND.has(noun) ? BARE_COMPLEMENT.exec(m[2]!)?.[1] : undefined;
    // "au centre médical Honor Health Osborn": so does an adjective of kind before the venue's name; the noun is read
    // with it ("centre medical").
    const kindNamed = VAGUE_WITH_KIND.has(noun) && adjective !== undefined && KIND_ADJECTIVE.test(fold(adjective)) && /^\s+\p{Lu}/u.test(m[2]!.slice(m[2]!.indexOf(adjective) + adjective.length));
    const ofKind = (kindOf !== undefined && !END_WORDS.has(fold(kindOf))) || kindNamed;
    if (!VENUES.has(noun) && !position && !ofKind) {
      // Not a venue noun: look again from the next word ("dans un hall du parc …").
      from = m.index + m[1]!.length;
      continue;
    }
    // "Au cours d'une cérémonie": the noun of a phrase that works as a preposition is no venue.
    if (IN_PREPOSITIONAL_PHRASE.test(foldChars(text.slice(Math.max(0, m.index - PHRASE_REACH), m.index + m[1]!.length + PHRASE_TAIL)).replace(/’/g, "'"))) {
      from = m.index + m[1]!.length;
      continue;
    }
    // "au 7 rue de l'Europe", "12 bis, avenue Foch": the number of the street's house is part of the address.
    const number = STREET_NOUNS.has(noun) && !elided ? HOUSE_NUMBER.exec(text.slice(Math.max(0, m.index - HOUSE_NUMBER_REACH), m.index)) : null;
    // "au Queen's College de Tartu": an English possessive name before the capitalised noun is part of the venue's name.
    const owner = !elided && /^\p{Lu}/u.test(m[1]!) ? OWNER_BEFORE.exec(text.slice(Math.max(0, m.index - OWNER_REACH), m.index)) : null;
    const start = number ? m.index - number[0].length : owner ? m.index - owner[0].length : m.index + elided;
    // "le Centre d'art contemporain": a kind of venue keeps the adjective after its bare noun.
    const kindTail = ofKind && /^(?:de\s+|d['’])\p{Ll}+$/u.test(m[2]!.trim()) ? KIND_TAIL.exec(text.slice(m.index + m[0].length)) : null;
    const end = m.index + m[0].length + (kindTail && !END_WORDS.has(fold(kindTail[1]!)) ? kindTail[0].length : 0);
    out.push({ start, end, text: text.slice(start, end), noun: kindNamed ? `${noun} ${fold(adjective!)}` : noun, ...(position ? { position: true } : {}) });
    // The place a position is of is a venue too ("l'intérieur du hangar 12").
    from = position ? m.index + m[1]!.length : m.index + m[0].length;
  }
  // "au quatrième étage", "dans le 1er arrondissement": an ordinal before a venue noun names the venue.
  ORDINAL_VENUE.lastIndex = 0;
  for (let m = ORDINAL_VENUE.exec(text); m; m = ORDINAL_VENUE.exec(text)) {
    const noun = fold(m[2]!).replace(/s$/, '');
    if (!VENUES.has(noun)) continue;
    const nounAt = m.index + m[0].length - m[2]!.length;
    // "le 1er arrondissement de Marseille": the venue read from its noun takes its ordinal.
    const named = out.findIndex((v) => v.start === nounAt);
    if (named >= 0) {
      const v = out[named]!;
      out[named] = { ...v, start: m.index, text: text.slice(m.index, v.end) };
    } else if (!out.some((v) => v.start < m!.index + m![0].length && v.end > m!.index)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], noun });
  }
  // "l'intérieur de la majestueuse cathédrale X": a position whose complement stops on a word written before the venue
  // it is of runs on to that venue's end.
  for (const [i, v] of out.entries()) {
    if (!v.position) continue;
    const of = out.find((w) => w.start > v.end && /^\s+$/u.test(text.slice(v.end, w.start)));
    if (of) out[i] = { ...v, end: of.end, text: text.slice(v.start, of.end) };
  }
  // "l'île de moins de 6000 habitants": a venue whose complement after "de" was all end words names nothing ("le parking
  // devant le musée" is still the parking).
  return out.map((v) => ({ v, kept: withoutEndWords(v) })).filter(({ v, kept }) => /\s/u.test(kept.text.trim()) || !OF_AFTER_NOUN.test(v.text))
    .map(({ kept }) => withAdjectiveBefore(text, kept)).sort((a, b) => a.start - b.start);
}

const NUMBER_WORDS = byLength(quantityWords.numbers);
const ROUNDS = `(?:une?\\s+)?(?:${byLength(quantityWords.rounds)})`;
/** A scale word after digits, part of the figure ("23 millions de personnes" counts personnes). */
const SCALE = '(?:\\s+(?:millions?|milliards?)(?![\\p{L}]))?';
// "de -7 degrés", "–6°": a sign written against the figure is part of it.
const FIGURE = `(?:plus de |moins de |près de |environ |quelque |au moins |pr[eè]s d['’])?(?:(?:[-–−](?=\\d))?(?:\\d{1,3}(?:[   .'’]\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?)${SCALE}|${ROUNDS}|(?:${NUMBER_WORDS})(?:[- ](?:${NUMBER_WORDS}))*)(?:\\s*(?:%|pour ?cent|€|\\$))?`;
/** The low end of a range before a figure: "5 à 600 délinquants", "entre 20 et 30 morts", "10-15 blessés". */
const RANGE_FROM = `(?:(?:entre\\s+|quelque\\s+|environ\\s+|de\\s+)?(?:\\d{1,3}|${NUMBER_WORDS})\\s*(?:à|et|-|–)\\s*(?=\\d|${NUMBER_WORDS}))?`;
/** A figure, then the word it counts ("41 morts"), through "de" after a round number ("une centaine de forages"). */
// ("482.000 de ses voitures": a possessive after "de" opens the noun counted.)
const QUANTITY = new RegExp(`(?<![\\p{L}\\d])(${RANGE_FROM}${FIGURE})(?![\\p{L}\\d:])(?:\\s+(?:(?:de|d['’])\\s*(?:(?:ses|leurs|nos|vos|mes|tes|ces)\\s+)?)?(${WORD}))?`, 'giu');
/** Hours and minutes written as a clock ("1h30", "2 h 15"), with an approximation before them. */
const HOURS = /(?<![\p{L}\d])((?:environ |près de |plus de |moins de |quelque )?\d{1,2}\s?h\s?(?:\d{2})?)(?![\p{L}\d])/giu;
/** Characters before a clock time read for what makes it a time of day. */
const CLOCK_LEAD_REACH = 12;
/**
 * Before a clock time, folded: a time preposition, a range's ends, a weekday or a part of the day make it a time of
 * day ("à 1h30", "vers 2h", "de 14h à 16h", "samedi 21h34"), not a duration (data: fr-time.json).
 */
const TIME_OF_DAY_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${[...timeWords.time.prepositions, ...timeWords.time.rangeStarts, ...timeWords.time.rangeEnds, ...timeWords.weekdays, ...timeWords.time.clockLeads]
  .map((w) => escapeRegExp(fold(w).replace(/’/g, "'"))).sort((a, b) => b.length - a.length).join('|')})\\s*$`, 'u');
/** A dimension after a measure ("de long", "de profondeur", "de haut"). */
const DIMENSION = new RegExp(`^\\s+(?:de|d['’])\\s*(${answerWords.dimensions.join('|')})(?!\\p{L})`, 'iu');
/** Words after a figure that are not what it counts. */
const NOT_UNITS = new Set(quantityWords.notUnits);

/** Month names, folded: a figure before one is a day of the month. */
const MONTHS = new Set(timeWords.months.flatMap((m) => m.names).map(fold));

/** After a distance unit: "/h", "heure", "à l'heure", "par heure" (a speed). */
const PER_HOUR = /^(?:\/h|\s+(?:heure|à\s+l['’]heure|par\s+heure))(?![\p{L}])/u;

/** Quantities in a sentence with the noun they count ("41 morts" → mort, "une centaine de forages" → forage). */
/** After hours, what they were spent on ("16 heures d'interrogatoire", "trois heures de route"; not "du matin"). */
const HOURS_OF = /^\s+(?:de\s+(?!la\s|l['’])|d['’]\s*)\p{L}/u;
/** " et demi", " et demie", " et quart" right after a figure's unit. */
const AND_A_HALF = /^\s+et\s+(?:demie?|quart)(?![\p{L}])/iu;

/** Units of time a bare figure after them continues ("2 minutes 16": seconds), folded. */
// (data: quantity-words.json unitsWithSmallerAfter)
const SMALLER_UNIT_AFTER = new Set(quantityWords.unitsWithSmallerAfter.map(fold));
/** A bare figure of one or two digits closing the clause ("… 2 minutes 16."). */
const BARE_SMALLER_UNIT = /^\s+\d{1,2}(?=\s*(?:[.,;:!?)]|$))/u;

export function quantities(text: string): Span[] {
  const out: Span[] = [];
  // "est resté environ 1h30 sur l'île": hours and minutes with no time preposition before them are a duration.
  const hours: Span[] = [];
  // Every clock notation, a duration or a time of day: no figure inside one counts anything ("perdu à 18 h 11").
  const clocks: Span[] = [];
  HOURS.lastIndex = 0;
  for (let m = HOURS.exec(text); m; m = HOURS.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length, text: m[0], noun: 'heure' };
    clocks.push(span);
    if (!TIME_OF_DAY_BEFORE.test(fold(text.slice(Math.max(0, m.index - CLOCK_LEAD_REACH), m.index)).replace(/’/g, "'"))) hours.push(span);
  }
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(text); m; m = QUANTITY.exec(text)) {
    const figure = m[1]!;
    // A year is not a count ("en 2014"), nor a clock time a duration ("à 12 heures").
    if (/^(1[5-9]|20)\d\d$/.test(figure.trim())) continue;
    if (clocks.some((h) => h.start < m!.index + m![0].length && h.end > m!.index)) continue;
    // "27 janvier" is a date.
    if (m[2] && MONTHS.has(fold(m[2]))) continue;
    // "à 12 heures" is a time of day; "après 16 heures d'interrogatoire" (hours of something after "après" or "avant") a
    // duration.
    const lead = m[2] && /^heures?$/i.test(m[2]) ? /(?:^|\s)(à|a|vers|dès|avant|après|jusqu['’]à)\s*$/i.exec(text.slice(Math.max(0, m.index - 10), m.index))?.[1] : undefined;
    if (lead && !(/^(?:avant|après)$/i.test(lead) && HOURS_OF.test(text.slice(m.index + m[0].length)))) continue;
    // A percentage or an amount is whole; "l'usage" after "30 % de" is not what it counts.
    const unit = m[2] && !/[%€$]|cent$/.test(figure) && !NOT_UNITS.has(fold(m[2])) && !/^\p{L}{1,2}['’]/u.test(m[2]) ? m[2] : undefined;
    // "153 kilomètres heure", "80 kilomètres à l'heure", "30 nœuds": a speed keeps its "per hour".
    const perHour = unit ? PER_HOUR.exec(text.slice(m.index + m[0].length))?.[0] : undefined;
    // "deux ans et demi", "trois heures et quart": the fraction belongs to the figure.
    // "2 minutes 16", "3 heures 20": a bare figure after a unit of time, closing the clause, counts the next smaller unit.
    const fraction = unit && !perHour ? AND_A_HALF.exec(text.slice(m.index + m[0].length))?.[0]
      ?? (SMALLER_UNIT_AFTER.has(fold(unit)) ? BARE_SMALLER_UNIT.exec(text.slice(m.index + m[0].length))?.[0] : undefined) : undefined;
    const span = unit ? m[0] + (perHour ?? fraction ?? '') : figure;
    // "43 mètres de profondeur": the dimension measured.
    const dimension = unit ? DIMENSION.exec(text.slice(m.index + m[0].length))?.[1] : undefined;
    // "16 cercueils, et un transporteur australien qui en contient 24": "en" stands for what the sentence counted before.
    // "29 terroristes ont été éliminés et trois autres capturés": "autres" counts the same.
    // "les deux autres hélicoptères": a noun after "autres" is what the figure counts.
    const others = unit && OTHERS.test(unit) ? nounAfterOthers(text.slice(m.index + m[0].length)) : undefined;
    const same = (!unit && EN_BEFORE.test(text.slice(Math.max(0, m.index - EN_REACH), m.index))) || (!!unit && OTHERS.test(unit) && !others);
    const counted = others?.noun ?? (same ? [...out].reverse().find((o) => o.noun)?.noun : undefined);
    // "deux autres hélicoptères" is shown with its noun.
    const shown = others ? span + others.written : span;
    out.push({ start: m.index, end: m.index + shown.length, text: shown.trim(), noun: counted ?? (unit ? countedNoun(fold(unit)) : ''), ...(dimension ? { dimension: fold(dimension) } : {}) });
    // (The figure a fraction took is read no more.)
    if (fraction) QUANTITY.lastIndex = m.index + shown.length;
  }
  // "une semaine après", "un mois plus tard": one unit of time is a duration too, one kilometre a distance (one of
  // anything else is no count).
  const folded = foldChars(text);
  ONE_UNIT.lastIndex = 0;
  for (let m = ONE_UNIT.exec(folded); m; m = ONE_UNIT.exec(folded)) {
    if (out.some((o) => o.start < m!.index + m![0].length && o.end > m!.index)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length), noun: m[1]!.replace(/s$/, '') });
  }
  return joinDurations(text, [...out, ...hours].sort((a, b) => a.start - b.start));
}

/** Units of time, larger first, as quantity nouns read them (folded, singular; "mois" loses its s). */
const TIME_UNIT_RANK = new Map([['an', 6], ['annee', 6], ['moi', 5], ['mois', 5], ['semaine', 4], ['jour', 3], ['heure', 2], ['minute', 1], ['seconde', 0]]);

/** "une minute et 23 secondes", "2 heures 15 minutes": a duration said in two units, larger first, is one quantity. */
function joinDurations(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    const a = prev ? TIME_UNIT_RANK.get(prev.noun) : undefined;
    const b = TIME_UNIT_RANK.get(s.noun);
    if (prev && a !== undefined && b !== undefined && a > b && /^\s*(?:et\s+)?$/u.test(text.slice(prev.end, s.start))) {
      out[out.length - 1] = { ...prev, end: s.end, text: text.slice(prev.start, s.end) };
      continue;
    }
    out.push(s);
  }
  return out;
}
/** "autres" after a figure: more of what the sentence counted before. */
const OTHERS = /^autres$/i;
/** The word right after "autres" ("deux autres hélicoptères"). */
const WORD_AFTER = /^\s+(\p{Ll}[\p{Ll}-]{2,})(?![\p{L}'’])/u;
/** A past participle's ending ("trois autres capturés", "deux autres blessées"). */
const PARTICIPLE_END = /[éÉ]e?s?$/u;
/**
 * The noun "autres" goes with ("deux autres hélicoptères" → helicoptere), folded and singular, and the text it adds to
 * the figure; none before a verb or a participle.
 */
function nounAfterOthers(after: string): { noun: string; written: string } | undefined {
  const m = WORD_AFTER.exec(after);
  if (!m) return undefined;
  const folded = fold(m[1]!);
  if (FR.stopwords.has(folded) || PARTICIPLE_END.test(m[1]!)) return undefined;
  return { noun: countedNoun(folded), written: m[0] };
}
/** Units of distance said with "un" ("plus d'un kilomètre"): one of them is a measure too. */
const ONE_DISTANCE = ['kilometre', 'mile'];
/** The pronoun "en" and a verb right before a figure ("qui en contient 24", "en a compté 12"). */
const EN_BEFORE = /(?:^|[\s,])en\s+(?:(?:a|ont|avait|avaient|aurait)\s+)?\p{L}+\s+$/u;
/** Characters before a figure read for that pronoun. */
const EN_REACH = 30;
/** "une semaine", "un an", "un kilomètre": "un" or "une" and a unit of time (data: quantity-words unitsOf.temps) or of distance, on folded text. */
const ONE_UNIT = new RegExp(`(?<![\\p{L}\\d])une?\\s+(${[...quantityWords.unitsOf.temps, ...ONE_DISTANCE].map((u) => escapeRegExp(fold(u))).join('|')})(?![\\p{L}])`, 'giu');

const MEASURES = new Set(nouns.quantity.map(fold));
/** True for a noun that names a measure ("montant", "bilan", "objectif") rather than a thing counted. */
export function isMeasureNoun(noun: string): boolean {
  return MEASURES.has(noun);
}

const UNITS = new Map(Object.entries(quantityWords.unitsOf).map(([k, v]) => [k, new Set(v)]));
/** The units that answer a count of a measure ("temps" → seconde, minute … ; "cout" → euro, dollar …). */
export function unitsOf(noun: string): Set<string> | undefined {
  // "temps" read as a plural loses its s.
  return UNITS.get(noun) ?? UNITS.get(`${noun}s`);
}

const SAME_COUNTS = new Map(Object.entries(quantityWords.sameCounts).map(([k, v]) => [k, new Set(v)]));
/** The nouns a figure may count the same things with as a noun counted ("annee" → an; "gens" → personne, individu). */
export function sameCounts(noun: string): Set<string> {
  return SAME_COUNTS.get(noun) ?? new Set();
}

const MEASURE_VERBS = new Map(Object.entries(quantityWords.measureVerbs as Record<string, string>));
/** The noun of the measure a question's verb asks ("Combien pèse …" → "poids"), if any. */
export function measureOfVerb(question: string): string | undefined {
  for (const w of fold(question).split(/[^a-z]+/)) if (MEASURE_VERBS.has(w)) return MEASURE_VERBS.get(w);
  return undefined;
}

const COST = new Set(quantityWords.costWords);
/** True when a question asks an amount of money ("Combien a coûté …"). */
export function isCostQuestion(question: string): boolean {
  return fold(question).split(/[^a-z]+/).some((w) => COST.has(w));
}

/**
 * A code-like name, with the brand before it: capitals and figures ("A310", "MD-83", "FF175BP", "A330 MRTT"), a brand
 * and a number ("Boeing 737-800", "Boeing 737 MAX 8", "Peugeot 3008"), or a name and a Roman numeral ("Alouette II").
 */
const MODEL = /(?<![\p{L}\d'’-])((?:\p{Lu}[\p{L}-]+\s+)?(?:\p{Lu}{1,4}-?\d{1,4}[\p{Lu}\d]{0,4}(?:-\d{1,4})?|\d{3}(?:-\d{1,4})?)(?:\s+\p{Lu}{3,5}(?![\p{Ll}])(?:\s+\d{1,2}(?![\d\p{L}]|[,.]\d))?)?|\p{Lu}\p{Ll}+\s+(?:II|III|IV|VI)(?![\p{L}])|\p{Lu}\p{Ll}+\s+\d{4}(?![\d\p{L}]|[,.]\d))(?![\p{L}\d])/gu;
/** "modèle 1892", "modèle Sirius": the model the text names with the word itself. */
const MODEL_NAMED = /(?<![\p{L}])([mM]od[eè]le\s+(?:\d{2,4}|\p{Lu}[\p{L}\d-]*))(?![\p{L}\d])/gu;
/** "de marque Yamaha": the brand the text names with the word itself. */
/** "Tarvik Classe B", "Kuru Série 3": a brand and its range by letter or figure. */
const RANGE_WORD = '(?:Classe|Série|Serie)';
const MODEL_RANGE = new RegExp(`(?<![\\p{L}\\d'’-])(\\p{Lu}[\\p{L}-]+\\s+${RANGE_WORD}\\s+[\\p{Lu}\\d]{1,3})(?![\\p{L}\\d])`, 'gu');
/** A model found by its range word ("… Classe A"). */
const IS_RANGE = new RegExp(`\\s${RANGE_WORD}\\s`, 'u');
const MODEL_BRAND = /(?<![\p{L}])(?:de\s+(?:la\s+)?marque|de\s+type)\s+(\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*)?)(?![\p{L}\d])/gu;
/** "une Vela", "d'un Tarvik": an indefinite article, then one capitalised word and no other after it. */
const MODEL_INDEFINITE = /(?<![\p{L}])(?:un|une)\s+(\p{Lu}\p{Ll}{2,})(?![\p{L}\d]|\s+\p{Lu}|-)/gu;
/** "un bimoteur Vega 7", "un Aurora Vega-7": a capitalised word and a small number, the brand perhaps before. */
const MODEL_WORD_NUMBER = /(?<![\p{L}\d'’-])((?:\p{Lu}[\p{L}-]+\s+)?\p{Lu}\p{Ll}{2,}[\s-]\d{1,2})(?![\p{L}\d]|[,.:]\d|\s*[hH]\b)/gu;
/** A Roman numeral after a name: a given name then names a person ("Felipe VI"), not a model ("Victor K-220" is one). */
const ROMAN_NUMERAL = /^(?:II|III|IV|VI)$/u;
/** Articles that may open a model's name ("Le Vega 7"), folded. */
const ARTICLES = new Set(['le', 'la', 'les', 'un', 'une']);
/** Words that name no model before a number: weekdays, months, stop words ("Mardi 2", "Le 3"), folded. */
const NOT_MODEL_WORDS = new Set([...timeWords.weekdays, ...timeWords.months.flatMap((m) => m.names), ...FR.stopwords].map((w) => fold(w)));
/** Words right before a code that make it no model: a flight, a number, a road ("le vol AH5017", "l'A7", "sur la D372"). */
const NOT_MODEL_BEFORE = /(?:\bvols?|\bn°|\bnuméro|\bligne|\broute|\bautoroute|\bl['’]|\bsur\s+la)\s*$/iu;
/** Characters before a code read for a word that makes it no model. */
const MODEL_LEAD = 12;
const MODEL_NOUNS = new Set(nouns.modelNouns);

/** True for a noun that asks a model ("quel modèle d'avion", "quelle version"; data: question-nouns.json modelNouns). */
export function isModelNoun(noun: string): boolean {
  return MODEL_NOUNS.has(noun);
}

/** A question about a game's score (data: quantity-words.json scoreAsked), folded. */
const SCORE_ASKED = new RegExp(`(?<![a-z])(?:${quantityWords.scoreAsked.map(escapeRegExp).join('|')})s?(?![a-z])`);
/**
 * A score as a text writes it, folded: "3-1", "(3-1)", "3 à 1", "3 buts à 1" — two small numbers, no date's or figure's;
 * the sets of one match in a row ("6-4, 6-4", "7-6 (7/4), 7-6 (7/3)") are one score.
 */
const TIE_BREAK = '(?:\\s*\\(\\d{1,2}(?:/\\d{1,2})?\\))?';
const SCORE = new RegExp(`(?<![\\d\\p{L},.:/-])(\\d{1,2}(?:\\s*buts?)?\\s*(?:[-–]|\\sa\\s)\\s*\\d{1,2}${TIE_BREAK}(?:,?\\s+\\d{1,2}\\s*[-–]\\s*\\d{1,2}${TIE_BREAK}){0,4})(?![\\d\\p{L}.:/-]|,\\d)`, 'gu');
/** A word of play (data: quantity-words.json scoreContext), in folded text: the sentence tells a game. */
const PLAY = new RegExp(`(?<![a-z])(?:${quantityWords.scoreContext.map(escapeRegExp).join('|')})`);

/** A phase of a game (data: quantity-words.json scorePhases), in folded text. */
const PHASE = new RegExp(`(?<![a-z])(?:${quantityWords.scorePhases.map(escapeRegExp).join('|')})(?![a-z])`, 'g');
/** The phases of a game a text names ("à la mi-temps" → ["mi-temps"]), folded. */
export function scorePhasesOf(text: string): string[] {
  return [...fold(text).matchAll(PHASE)].map((m) => (m[0] === 'mi temps' ? 'mi-temps' : m[0]));
}

/** True for a question that asks a game's score ("Le score final, c'était combien ?"). */
export function asksScore(question: string): boolean {
  return SCORE_ASKED.test(fold(question));
}

/** The scores a sentence that tells a game writes ("sa première défaite (3-1)"). */
export function scores(text: string): Span[] {
  const folded = foldChars(text);
  if (!PLAY.test(folded)) return [];
  return [...folded.matchAll(SCORE)].map((m) => ({ start: m.index!, end: m.index! + m[1]!.length, text: text.slice(m.index!, m.index! + m[1]!.length), noun: 'score' }));
}

/**
 * The coverage a sentence with a score needs to answer a score question: the noun coverage, less the weight of the
 * word "score" itself, which texts seldom write.
 */
export function scoreCoverage(q: { terms: ReadonlyMap<string, number>; entities: ReadonlyMap<number, number> }): number {
  const total = [...q.terms.values(), ...q.entities.values()].reduce((a, b) => a + b, 0);
  const asked = [...q.terms].filter(([t]) => quantityWords.scoreAsked.some((w) => w.startsWith(t))).reduce((a, [, w]) => a + w, 0);
  return TUNING.nounCoverage * (total ? 1 - asked / total : 1);
}

/**
 * Models named in a sentence ("un Airbus A310", "le modèle incriminé, le FF175BP"); not a flight or a road, a year,
 * a bare three-figure number, or a given name with a numeral ("Felipe VI").
 */
export function models(text: string): Span[] {
  const out: Span[] = [];
  const wordNumbers = new Set([...text.matchAll(MODEL_WORD_NUMBER)]);
  // "à l'aide d'une Vela": one capitalised word after an indefinite article names a make or a model — not a people
  // ("un Français"), a place or a given name.
  const indefinite = [...text.matchAll(MODEL_INDEFINITE)].filter((m) => {
    const f = fold(m[1]!);
    return !isDemonym(m[1]!) && !isKnownPlace(m[1]!) && !isGivenName(m[1]!) && !FR.stopwords.has(f);
  });
  for (const m of [...text.matchAll(MODEL_RANGE), ...text.matchAll(MODEL), ...text.matchAll(MODEL_NAMED), ...text.matchAll(MODEL_BRAND), ...wordNumbers, ...indefinite]) {
    // "de marque Yamaha": the brand starts after the words that name it one.
    const at = m.index! + m[0].indexOf(m[1]!);
    if (NOT_MODEL_BEFORE.test(text.slice(Math.max(0, at - MODEL_LEAD), at))) continue;
    // "Le DC-10 …": a capitalised article is no brand.
    const brand = /^(\p{L}+)\s+/u.exec(m[1]!)?.[1];
    const skip = brand && FR.stopwords.has(fold(brand)) ? brand.length + 1 : 0;
    const found = m[1]!.slice(skip);
    const code = found.replace(/^\p{Lu}[\p{L}-]+\s+/u, '');
    // A range ("Tarvik Classe B") is a model whatever its brand's word (a given name too).
    const range = IS_RANGE.test(found);
    // "Mardi 2", "Le 3": a word of time or a function word before a number names no model; a given name does ("Vega 7").
    if (wordNumbers.has(m)) {
      // "Le Vega 7": an article before the name is dropped; "Paris 8": a place and a number is no model.
      const words = m[1]!.split(/[\s-]/).filter((w, i) => i > 0 || !ARTICLES.has(fold(w)));
      if (words.some((w) => NOT_MODEL_WORDS.has(fold(w)) || FR.worldCities.has(fold(w)) || FR.knownPlaces.has(fold(w)) || isFrenchTown(w))) continue;
    } else if (/^\d{3}$/.test(found) || /^(?:1[5-9]|20)\d\d$/.test(code) || (!range && ROMAN_NUMERAL.test(code) && isGivenName(found.split(/\s/)[0]!))) continue;
    // A brand the text names inside a model read already ("de type Alouette II") is that model.
    if (out.some((o) => o.start <= at + skip && o.end >= at + m[1]!.length)) continue;
    out.push({ start: at + skip, end: at + m[1]!.length, text: found, noun: 'modele' });
  }
  out.sort((a, b) => a.start - b.start);
  // "Tarvik Classe B, modèle XR": a model named by the word right after another is its version — one model.
  for (let i = out.length - 1; i > 0; i--) {
    const [a, b] = [out[i - 1]!, out[i]!];
    if (/^[mM]od[eè]le\s/u.test(b.text) && /^\s*,\s*$/.test(text.slice(a.end, b.start))) {
      out.splice(i - 1, 2, { start: a.start, end: b.end, text: text.slice(a.start, b.end), noun: 'modele' });
    }
  }
  return out;
}

/** Nouns of works known by their title (data: fr-answer-words.json workNouns), folded. */
const WORK_NOUNS = new Set(answerWords.workNouns.map((w) => fold(w)));
/** True for a noun of a work known by its title ("film", "émission"), folded. */
export function isWorkNoun(noun: string): boolean {
  return WORK_NOUNS.has(noun);
}
/** Longest title read in quotation marks, in characters. */
const MAX_TITLE = 80;
/** "dans « … »", "intitulé « … »": a title quoted after what introduces one (folded text), its words captured. */
const TITLE_AFTER = new RegExp(`(?<![\\p{L}])(?:dans|intitulee?s?|titree?s?|baptisee?s?)\\s*:?\\s*[«"“]\\s*([^«»"“”]{3,${MAX_TITLE}}?)\\s*[»"”]`, 'gdu');
/** The titles a text quotes after "dans" or "intitulé" (pass folded text: offsets are kept by foldChars), with their indices. */
export function titlesQuoted(folded: string): RegExpExecArray[] {
  return [...folded.matchAll(TITLE_AFTER)];
}
