import { FR, SET_OFF_OPENING, SPEECH_FORMS, VERB_NEXT, fold, isAuxiliary, isDemonym, nameKey, soundKey } from './french.js';
import { isElision, type Token } from './tokens.js';
import lexicon from './data/fr-lexicon.json' with { type: 'json' };
import { isGivenName } from './given-names.js';
import timeWords from './data/fr-time.json' with { type: 'json' };
import verbForms from './data/fr-verb-forms.json' with { type: 'json' };
import { isFrenchTown } from './french-towns.js';

/** What an entity is, read from the contexts it appears in. */
export type EntityType = 'person' | 'place' | 'org' | 'other';

/** A capitalised name found in a sentence, with the context cues around it. */
export interface NameSpan {
  /** Character offsets in the sentence. */
  start: number;
  end: number;
  text: string;
  /** Grouping key (folded, hyphens as spaces). */
  key: string;
  /** Cue scores read from the context of this one mention. */
  cues: { person: number; place: number; org: number };
  /** A description read next to the name (title before it or apposition after it), for people. */
  description?: string;
  /** True when an article stands right before the name ("le X", "du X", "l'X"): no person's name takes one. */
  articled?: boolean;
  /** The article the mention is in, when known. */
  doc?: number;
}

const HONORIFIC = new RegExp(`^(?:${lexicon.addressWords.join('|')})$`);
/** Nouns that open an institution's or a building's name ("Centre culturel de …", "Parti communiste du …"). */
const INSTITUTION_HEADS = new Set([...FR.placeNouns, ...FR.orgNouns, ...FR.venueHeads, ...FR.institutionHeads]);
/** Number words ("trois", "quatre"), folded. */
const NUMBER_WORDS = new Set(Object.keys(timeWords.numbers).map((w) => fold(w)));
/** A name opening on a place word of compounds, hyphenated or not ("Mont-Blanc", "Porte Maillot"). */
const PLACE_PREFIX = new RegExp(`^(?:${[...FR.placePrefixes].join('|')})(?:[-‐‑\\s]+)\\p{Lu}`, 'iu');
/** Letters, at least, of a word in capitals that is a name written loud ("ISMAILIA, 30 mars") rather than an acronym. */
const SHOUTED_LENGTH = 8;
/**
 * Capitals (and figures) only, like "ONU", "G7" or "BEA-TT" (parts joined by a hyphen; "MD-83" is a model) — but not
 * a regnal number ("Mohammed VI", "Louis XIV"), nor a word of SHOUTED_LENGTH capitals or more, most often a name
 * written in capitals ("ISMAILIA, 30 mars").
 */
const ACRONYM = new RegExp(`^(?!(?:X{0,3})(?:IX|IV|V?I{0,3})$)(?!\\p{Lu}{${SHOUTED_LENGTH},}$)[\\p{Lu}\\d]{2,}(?:[-‐‑]\\p{Lu}[\\p{Lu}\\d]*)*$`, 'u');
/** Capitals then three figures or more ("AH5017", "A320"): a flight or a model, not an organisation like "TF1". */
const FLIGHT_OR_MODEL = /^\p{Lu}{1,3}\d{3,}$/u;
/** A title of a field of government, maybe its adjective, and its "de" before a name (data: domainTitles), folded. */
const DOMAIN_OF_BEFORE = new RegExp(`(?:^|[^a-z])(?:${lexicon.domainTitles.join('|')})s?(?:\\s+[a-z]+)?\\s+(?:de\\s+la|de\\s+l'|du|des|de|d')\\s*$`);
/** Characters read before a name for a field's title. */
const DOMAIN_REACH = 48;
/** Place nouns of Romance languages that open a name (data: romancePlaceHeads), folded. */
const ROMANCE_PLACE_HEADS = new Set<string>(lexicon.romancePlaceHeads);
/** Online platforms (data: platforms), folded. */
const PLATFORMS = new Set<string>(lexicon.platforms);
/** True for the name of an online platform ("Twitter", "Telegram"), which "sur" puts as it puts a place. */
export function isPlatform(name: string): boolean {
  return PLATFORMS.has(fold(name));
}
/** "XIXe", "IIIe", "Ier": a rank in Roman numerals ("au XIXe siècle"), no name. */
const ROMAN_ORDINAL = /^[IVX]+(?:e|er|re|ème|eme)$/u;
/** "la division politique VI": a number in Roman numerals of two letters or more opens no name (it may end one: "Felipe VI"). */
const ROMAN_NUMBER = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XVI|XVII|XVIII|XIX|XX)$/u;
/** Articles, and prepositions joined with one, folded, apostrophe dropped. */
const ARTICLES = new Set(['le', 'la', 'les', 'l', 'du', 'des', 'au', 'aux']);
/** Nouns of a member of a body, folded ("membre de la Ligue"; data: memberNouns). */
const MEMBER_NOUNS = new Set<string>(lexicon.memberNouns);
/** Nouns that, after "d'" and a lower-case noun, complete it ("coup d'État"; data: stateNouns), folded. */
const STATE_NOUNS = new Set<string>(lexicon.stateNouns);
/** Short forms a full stop ends inside a name ("St. Albans"; data: nameAbbreviations), as written. */
const NAME_ABBREVIATIONS = new Set<string>(lexicon.nameAbbreviations);
/**
 * A middle initial after a given name, or a name's short form, then its full stop, then a capitalised word of the same name
 * ("Marcus T. Ellroy", "St. Albans"). A leading initial ("R. Delcourt") stays apart: it is no more than a given name's
 * first letter, which several people share.
 */
function stopInsideName(tokens: Token[], i: number, j: number, between: string): boolean {
  return /^\.[\s\u00a0]+$/u.test(between) && ((j > i && /^\p{Lu}$/u.test(tokens[j]!.text)) || NAME_ABBREVIATIONS.has(tokens[j]!.text))
    && !!tokens[j + 1]?.upper && !isElision(tokens[j + 1]!) && !HONORIFIC.test(tokens[j]!.text);
}
/** Words that join the parts of an organisation's name after its noun ("Comité pour la Paix"; data: orgNameLinks). */
const ORG_NAME_LINKS = new Set<string>(lexicon.orgNameLinks);
/** Words that join more parts after such a link ("… et la Réforme des Armées"; data: orgNameMoreLinks). */
const ORG_NAME_MORE_LINKS = new Set<string>(lexicon.orgNameMoreLinks);
/** Before an inverted speech verb: a closing quotation or a comma, and an auxiliary ("», a confié", ", raconte"). */
const INVERTED_SPEECH = /[»"”,]\s*(?:(?:a|avait|aura|aurait)\s+)?$/u;
/** Characters read before a title for the preposition of a complement set off before a name. */
const SET_OFF_REACH = 30;
/** A set-off complement's preposition and article right before a title ("avec le "; data: setOffLeads), folded. */
const SET_OFF_BEFORE = new RegExp(`${SET_OFF_OPENING}\\s*$`);
/** Determiners of a plural noun, folded ("les pays de …"; data: pluralDeterminers). */
const PLURAL_DETERMINERS = new Set<string>(lexicon.pluralDeterminers);

/** How much each context reads a name as a person, a place or an organisation; the type with most wins. */
const CUE = {
  /** A place or venue noun opening the name ("Centre culturel de …", "Place …"), or placed before it by the caller. */
  placeHead: 2,
  /** A place word of compounds opening the name ("Mont-Blanc", "Porte Maillot", "Saint-Barth"). */
  placePrefix: 1,
  /** An organisation noun opening the name ("Parti …"). */
  orgHead: 2,
  /** A country or region the place list knows. */
  knownPlace: 3,
  /** An honorific before it ("M.", "Mme"). */
  honorific: 3,
  /** "en", "à", "au", "aux" right before it; other place prepositions count 1. */
  strongPlacePreposition: 2,
  /** A definite article before it ("le Parlement a voté"). */
  definiteArticle: 0.25,
  /** An acronym inside a short name. */
  acronym: 2,
  /** A title before it ("le président russe X") or in apposition after it ("X, ministre …"). */
  title: 2,
  /** An age in apposition after it ("X, 19 ans, …"). */
  age: 2,
  /** A place noun touching it ("la ville de X"). */
  placeNoun: 1.5,
  /** After "de" a title that heads a body ("le président de Rail World"). */
  bodyComplement: 1,
  /** An organisation noun a few words before it ("l'agence officielle X"). */
  orgNoun: 2,
  /** A French town, department or region of the gazetteer (french-towns.ts). */
  knownTown: 2,
  /** A given name opening a name of two to four words with no connector ("Sophie X"), see given-names.ts. */
  givenName: 2.5,
};
/** Cues of this much or less leave a name untyped. */
const WEAK_CUES = 0.5;
/** A family name read as a place joins the person it ends when it stands alone at most this many times as often as the full name. */
const FAMILY_NAME_SHARE = 3;
/** Mentions, at least, of a given name alone for it to be read as someone's name. */
const LONE_GIVEN_NAME_MENTIONS = 2;
/** Words looked at to the left of a name for a title or a noun. */
const LEFT_REACH = 7;
/** After a name: a comma, a compass point and "de", then the place's name ("…, à l'ouest de Londres"). */
const COMPASS_AFTER = /^\s*,\s*(?:à\s+l['’]\s*|au\s+)(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+(?:de\s+(?:la\s+|l['’]\s*)?|du\s+|des\s+|d['’]\s*)(\p{Lu}[\p{L}-]*)/u;
const COMPASS_REACH = 60;
/** A venue noun, an adjective maybe, and an opening quotation mark before a name (folded): "l'église baptiste « ". */
const QUOTED_VENUE_BEFORE = /(?:^|[^a-z])([a-z]+)(?:\s+[a-z-]+)?\s*[«"“]\s*$/;
const QUOTED_VENUE_REACH = 40;
/** Titles read before the one found nearest a name, at most ("médecin légiste adjoint"). */
const STACKED_TITLES = 2;
/** An organisation noun is read up to this many words before the name. */
const ORG_NOUN_REACH = 3;
/** Letters at least of a person's initials written as one word ("IBK"). */
const INITIALS_MIN = 3;
/** Words an acronym's name may span and still read as an organisation (fewer than this). */
const ACRONYM_NAME_WORDS = 3;
/** What follows a dateline's town ("MAYTOWN, N.Y. — Un juge …", "RIVERTON (AFP) – Le maire …"): a region's short form or an agency in brackets, then a dash. */
const DATELINE_AFTER = /^\s*(?:,\s*(?:\p{Lu}[\p{L}.]*\.?\s*){1,3}|\(\s*\p{Lu}[^()]{0,30}\)\s*)[–—-]\s/u;
/** A known town's dateline needs no more than the dash ("LISBONNE — …"); a word in capitals alone may be a rubric's ("VIDÉO — …"). */
const DATELINE_DASH = /^\s*[–—-]\s/u;
/** An age right after a name, in apposition: ", 19 ans", ", âgé de 73 ans", " (35 ans)" — not ", 30 ans après". */
// "X avait 37 ans.", "X a 52 ans": the age a verb gives the name, up to the end of its clause.
// ", un grand garçon de 23 ans": a noun in apposition, given an age.
const AGE_AFTER = /^\s*(?:,\s*(?:âgée?s?\s+de\s+|une?\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}de\s+)?|\(\s*|\s(?:avait|a|aurait|aura)\s+)\d{1,3}\s+ans(?![\p{L}])(?!\s+(?:après|apres|plus|avant|de|d['’]|jour))/u;
/** "à l'", "à la", "au" right before initials: the body one speaks to ("a déclaré à l'AFP"). */
const RECIPIENT_BEFORE = /(?:^|\s)(?:à\s+l['’]|à\s+la\s+|au\s+)$/iu;
const RECIPIENT_REACH = 8;
/** Articles and qualifiers skipped before a title in apposition ("l'actuel Premier ministre"). */
const APPOSITION_SKIP = 3;
/** Links, at most, followed from a name to the one it is grouped under. */
const CHAIN_REACH = 4;
/** "X, se présentant comme le frère …", "X, qui se dit l'organisateur …": the role a person gives themself, in apposition. */
const SELF_DESCRIBED = /^\s*,\s*(?:qui\s+)?(?:se\s+présent\p{L}*|se\s+disant|se\s+dit|se\s+disait|s['’]identifiant|s['’]identifie)\s+(?:comme\s+)?(?=\p{Ll})/u;
/** A lower-case word in the imperfect or the conditional ("parlait", "seraient"), not a noun so written ("portrait"). */
export function hasImperfectVerb(text: string): boolean {
  return text.split(/[\s'’]+/).some((w) => /^\p{Ll}{2,}(?:ait|aient)$/u.test(w) && !FR.imperfectNouns.has(fold(w)));
}

/** The dot of an honorific abbreviation before a capitalised word ("M. Navalny", "Mme Kask"). */
const HONORIFIC_DOT = /(?<![\p{L}])(M|MM|Mme|Mlle|Dr|Pr|Me|Mgr)\.(?=\s+\p{Lu})/gu;

/** English connectors inside a name: a sentence's first word before one ("Save the Children") is the name's. */
const ENGLISH_CONNECTORS = new Set(['the', 'of', 'and', 'for']);

/** Length of a description in apposition, in characters. */
const MIN_DESCRIPTION = 3;
const MAX_DESCRIPTION = 140;
/** Capitalised words of an untyped name read as a person's name (with no connector). */
const PERSON_NAME_WORDS = { min: 2, max: 4 };
/**
 * Particles of family names ("de Gaulle", "d'Estaing", "van Gogh", "Le Maire", "Carlos da Costa", "ben Laden"), folded.
 * They join a name only after a given name; not "di" or "della", which join Italian place names, some of which open
 * on a word that is a given name too ("Meta di Sorrento").
 */
const PARTICLES = new Set(['de', "d'", 'd’', 'du', 'des', 'van', 'von', 'der', 'le', 'la', 'da', 'das', 'do', 'dos', 'del', 'ben', 'bin', 'ibn']);
/** "Centre culturel de Belém": the institution noun, one lower-case word, a connector, then the inner name. */
const INNER_NAME_OFFSET = 3;


/** Lower-case adjectives, at most, that an organisation's capitalised noun takes into its name ("Armée syrienne libre"). */
const ORG_ADJECTIVES = 3;
/** Adjectives of kind, origin or creed ("socialiste", "syrien", "populaire", "islamique", "national", "libre"), folded (data: fr-lexicon orgAdjectiveEndings, orgAdjectiveWords). */
const ORG_ADJECTIVE_ENDING = new RegExp(`^(?:\\p{Ll}[\\p{Ll}-]{2,}(?:${lexicon.orgAdjectiveEndings.join('|')})|${lexicon.orgAdjectiveWords.join('|')})$`, 'u');
/** A present participle of one word ("combattant", "dirigeante"). */
const ACTIVE_PARTICIPLE = /^\p{Ll}{3,}ante?s?$/u;
/** Verb forms (from the Lefff): "indique", "explique" end like adjectives and are none. */
const VERB_FORMS = new Set(Object.values(verbForms.forms).flat());
function isOrgAdjective(t: Token): boolean {
  const f = fold(t.text);
  return !t.upper && ORG_ADJECTIVE_ENDING.test(f) && !FR.stopwords.has(f) && !VERB_FORMS.has(t.text.toLowerCase());
}
/** Feasts of the calendar ("Nouvel An", "Toussaint"; data: fr-time feasts), folded: they name a day, not a person or a place. */
const FEASTS = new Set<string>(timeWords.feasts.map(fold));
/** Words written in capitals that name nothing (time zones, units, abbreviations: "22h11 GMT"). */
const NOT_NAMES = new Set<string>(lexicon.notNames);
/** Function words that open a sentence and never end a name ("En", "Dans", "Il"; data: sentenceOpeners), folded. */
const SENTENCE_OPENERS = new Set<string>(lexicon.sentenceOpeners);
/** A verb joined to a pronoun ("Identifiez-vous", "Dites-moi", "Rendez-vous"): no name ends on a lower-case pronoun. */
const VERB_AND_PRONOUN = /\p{L}-(?:t-)?(?:moi|toi|vous|nous|lui|leur|les|le|la|en|y|ce|il|elle|ils|elles|on)$/u;
const isConnector = (t: Token | undefined) => !!t && FR.connectors.has(fold(t.text));
/** "des champions", "du monde" right after a name: "de" and a lower-case noun that complete it. */
const INSTITUTION_AFTER = /^\s+(?:des|du|de\s+la|de)\s+\p{Ll}{3,}(?![\p{L}'’-])/u;
const INSTITUTION_REACH = 30;

/** Words of a name with a Dutch or German particle, at most ("Joris van der Molen"). */
const PARTICLE_NAME_WORDS = 5;
/**
 * True for the folded words of a name that opens on a word of its own, holds a Dutch or German particle, and joins its
 * words by such particles (and "de", "der", "den") alone, ending on a word of its own.
 */
function germanicName(tokens: readonly string[]): boolean {
  const joins = (t: string) => FR.germanicParticles.has(t) || t === 'de' || t === 'der' || t === 'den';
  return tokens.length >= 3 && !joins(tokens[0]!) && !joins(tokens.at(-1)!) && tokens.some((t) => FR.germanicParticles.has(t))
    && tokens.every((t) => joins(t) || !FR.connectors.has(t));
}

/** Particles of names ("ben", "abou"; data: joinedNameParticles), folded. */
const NAME_PARTICLES = new Set(FR.joinedNameParticles.map(fold));
const isStop = (t: Token) => FR.stopwords.has(fold(t.text).replace(/['’]$/, ''));

/** The raw text between two tokens, to see punctuation the tokenizer drops. */
function gap(sentence: string, a: Token | undefined, b: Token | undefined): string {
  return sentence.slice(a ? a.end : 0, b ? b.start : sentence.length);
}

/** True for a title written in capitals at token `i` with no capitalised word after it ("le PDG de Tepco"). */
function capsTitleAt(tokens: Token[], i: number): boolean {
  return /^\p{Lu}{2,}$/u.test(tokens[i]!.text) && FR.titles.has(tokens[i]!.text.toLowerCase()) && !tokens[i + 1]?.upper;
}

/**
 * A title written with a capital right before a name ("du Général Andrzej Blasik", "Le Président X"): a title, as an
 * honorific is — not in a place's name ("rue du Général Leclerc", "au cimetière du Père Lachaise", "au Père Lachaise").
 */
function capitalTitleAt(sentence: string, tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  // "Mari Kask": a kinship noun is a title in lower case only ("son mari Peeter"), never capitalised before a name.
  return FR.titles.has(tokens[i]!.text.toLowerCase()) && !FR.lowerCaseTitles.has(fold(tokens[i]!.text)) && !!next?.upper && !isElision(next) && !/[^\s]/.test(gap(sentence, tokens[i], next)) && !namesPlaceBefore(tokens, i)
    && !listedName(sentence, tokens, i);
}

/**
 * "ses enfants, Prince Michael (12 ans), Paris (11 ans) et Prince Michael II": a capitalised title word that opens an item
 * of a list (after a comma or "et", no article) is part of that name; French writes a title before a name in lower case.
 */
const LIST_REACH = 30;
function listedName(sentence: string, tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || !/^\p{Lu}\p{Ll}/u.test(tokens[i]!.text)) return false;
  return /,\s*$/.test(sentence.slice(Math.max(0, tokens[i]!.start - 3), tokens[i]!.start))
    || ((fold(prev.text) === 'et' || fold(prev.text) === 'ou') && /[,)]/.test(sentence.slice(Math.max(0, prev.start - LIST_REACH), prev.start)));
}

/** Words before a capitalised title that make it part of a place's name ("rue du", "au", "cimetière du"). */
const PLACE_BEFORE_REACH = 3;
function namesPlaceBefore(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1] ? fold(tokens[i - 1]!.text) : '';
  if (prev === 'au' || prev === 'a' || prev === 'aux') return true;
  for (let k = i - 1; k >= Math.max(0, i - PLACE_BEFORE_REACH); k--) {
    const w = fold(tokens[k]!.text).replace(/['’]$/, '');
    if (FR.placeNouns.has(w) || FR.venueHeads.has(w)) return true;
    if (!/^(?:du|de|des|la|l|d)$/.test(w)) return false;
  }
  return false;
}

/**
 * Finds the capitalised names of one sentence and the cues that say what they are: a title or honorific
 * before a name ("le président russe X", "M. X"), an apposition ("X, expert de …"), a place preposition or
 * place noun ("à X", "la ville de X", "l'île X"), an organisation noun or an acronym ("l'agence X", "ONU").
 * `seenInside` tells whether a folded word was seen capitalised inside a sentence somewhere in the corpus:
 * a capitalised first word of a sentence counts as a name only then, or when other capitalised words follow it.
 */
/** True when the token at `i` is a capital N' or M' joined to a capitalised word ("N'Gala", "M'Bala"): a part of a name. */
function nameParticleAt(sentence: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return !!t && !!next && /^[NM]['’]$/.test(t.text) && next.upper && !isElision(next) && t.end === next.start && !/[^\s]/.test(gap(sentence, tokens[i - 1] ?? t, t) || ' ');
}

/** After a sentence's first word, an apposition on an indefinite article and its noun ("Tarvak, une agence de …"). */
const APPOSITION_NOUN = /^\s*,\s*(?:une|un)\s+(\p{L}+)/u;
/**
 * True when an apposition after a sentence's first capitalised word gives it an organisation's noun ("Tarvak, une agence
 * de presse …"); a person's noun does not ("Seul, le copilote …": an adjective opens the sentence).
 */
function appositionNamesIt(after: string): boolean {
  const noun = APPOSITION_NOUN.exec(after)?.[1];
  return !!noun && FR.orgNouns.has(fold(noun));
}

/** A place's name as the known places are keyed: folded, hyphens, dots and apostrophes as spaces. */
const placeKey = (name: string) => fold(name).replace(/[-.'\s]+/g, ' ').trim();
/** Lower-case words, at most, that may end a known place's name ("Émirats arabes unis"). */
const KNOWN_PLACE_TAIL = 2;

/** The last token of the name that starts at `i`: `j`, or further when lower-case words after it end a known place's name. */
function knownPlaceTail(sentence: string, tokens: Token[], i: number, j: number): number {
  for (let extra = KNOWN_PLACE_TAIL; extra >= 1; extra--) {
    const tail = tokens.slice(j + 1, j + 1 + extra);
    if (tail.length < extra || tail.some((x, n) => x.upper || /[^\s\u00a0]/u.test(gap(sentence, tokens[j + n]!, x)))) continue;
    // "Les Émirats arabes unis": an article opening the name is no part of it.
    const from = i < j && isStop(tokens[i]!) ? i + 1 : i;
    if (FR.knownPlaces.has(placeKey(sentence.slice(tokens[from]!.start, tail[extra - 1]!.end)))) return j + extra;
  }
  return j;
}

/**
 * "les funérailles d'État", "un coup d'Etat", "le chef de l'État": "État" alone after "d'" and a lower-case noun is part of
 * that noun (data: stateNouns), no name ("le Conseil d'État" opens on a capital; "l'État libre" has its article).
 */
export function nounOfState(sentence: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !STATE_NOUNS.has(fold(t.text)) || (next?.upper && !/[^\s]/.test(gap(sentence, t, next)))) return false;
  // ("le chef de l'État": "de l'" too — not "au nom de l'État libre", whose adjective makes a name.)
  const of = tokens[i - 1];
  const article = !!of && /^l['’]$/i.test(of.text) && tokens[i - 2]?.text.toLowerCase() === 'de';
  if (article && next && !/[^\s]/.test(gap(sentence, t, next)) && /^\p{Ll}{4,}$/u.test(next.text) && !isStop(next) && !isDemonym(next.text)) return false;
  const noun = tokens[i - (article ? 3 : 2)];
  return !!of && !!noun && (/^d['’]$/i.test(of.text) || article) && of.end === t.start && !noun.upper && /\p{L}{3,}/u.test(noun.text);
}

/**
 * "le Portugais Tiago Vernal", "la Française Anne X": a people's noun in capitals, after an article and right before a
 * capitalised word, says where the one the name after it is comes from; it is no part of that name. (No person's cue:
 * the press writes "le Suédois X" of a company too.)
 */
function peopleNounAt(sentence: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  return !!before && !!next && next.upper && !isElision(next) && isDemonym(t.text) && !FR.knownPlaces.has(fold(t.text))
    && ARTICLES.has(fold(before.text).replace(/['’]$/, '')) && !/[^\s'’]/.test(gap(sentence, before, t)) && !/[^\s]/.test(gap(sentence, t, next));
}

/** True when a capitalised word follows a Roman ordinal ("la Ve République", "le IIIe Reich"): it names a period or an
 * institution, no one. */
function afterOrdinal(sentence: string, tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return !!before && ROMAN_ORDINAL.test(before.text) && !/[^\s]/.test(gap(sentence, before, tokens[i]!));
}

export function findNames(sentence: string, tokens: Token[], seenInside: (folded: string) => boolean): NameSpan[] {
  const spans: NameSpan[] = [];
  const firstWord = tokens.findIndex((t) => /\p{L}/u.test(t.text));
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const titled = (HONORIFIC.test(t.text) && tokens[i + 1]?.upper) || capitalTitleAt(sentence, tokens, i);
    // "l'ancien Premier ministre": the capitalised first word of a title of two words names no one; nor does a title
    // written in capitals ("le PDG de Tepco").
    const titleWord = (!!tokens[i + 1] && !tokens[i + 1]!.upper && FR.titles.has(`${t.text.toLowerCase()} ${tokens[i + 1]!.text.toLowerCase()}`))
      || capsTitleAt(tokens, i);
    if (!t.upper || (isElision(t) && !nameParticleAt(sentence, tokens, i)) || /^\d/.test(t.text) || ROMAN_ORDINAL.test(t.text) || ROMAN_NUMBER.test(t.text) || titled || titleWord || NOT_NAMES.has(t.text) || VERB_AND_PRONOUN.test(t.text) || nounOfState(sentence, tokens, i)
      || peopleNounAt(sentence, tokens, i) || afterOrdinal(sentence, tokens, i)) {
      i++;
      continue;
    }
    // Grow the span over capitalised words, and connectors followed by a capitalised word.
    let j = i;
    // Whether the span opens on an organisation's noun, and has taken a link of its name ("pour la …").
    const orgNamed = INSTITUTION_HEADS.has(fold(t.text));
    let linked = false;
    while (j + 1 < tokens.length) {
      const between = gap(sentence, tokens[j], tokens[j + 1]);
      const next = tokens[j + 1];
      // "Marcus T. Ellroy", "St. Albans": an initial's or a short form's full stop is inside the name.
      if (stopInsideName(tokens, i, j, between)) { j++; continue; }
      if (/[^\s\u00a0\u202f'’]/.test(between)) break; // punctuation ends a name
      // "Le PDG de la compagnie": a title in capitals after a capitalised first word names no one either.
      if (capsTitleAt(tokens, j + 1)) break;
      // "Son ADN": a short form of a common noun is no word of a name, after a capitalised word either.
      if (next.upper && !isElision(next) && !HONORIFIC.test(next.text) && !NOT_NAMES.has(next.text)) { j++; continue; }
      // "Awa N'Gala", "N'Deye Sepp": a capital N' or M' joined to a capitalised word is part of the name.
      if (nameParticleAt(sentence, tokens, j + 1)) { j += 2; continue; }
      // "sur Facebook le Préfet de Corrèze Henri Lavaud": an article before a capitalised title opens the title; it joins
      // no names.
      if (isConnector(next) && tokens[j + 2]?.upper && !/[^\s'’]/.test(gap(sentence, next, tokens[j + 2])) && !(ARTICLES.has(fold(next.text).replace(/['’]$/, '')) && FR.titles.has(tokens[j + 2]!.text.toLowerCase()))) {
        // "Costa Rica", "Parti communiste du Vietnam" (only capitalised words on both sides)
        j += 2;
        continue;
      }
      // "Comité pour la Paix et la Réforme des Armées": a link and an article between capitalised words
      // of an organisation's name.
      const link = fold(next.text);
      if (orgNamed && (ORG_NAME_LINKS.has(link) || (linked && ORG_NAME_MORE_LINKS.has(link))) && /^(?:la|le|les)$/.test(tokens[j + 2]?.text ?? '') && tokens[j + 3]?.upper
        && !/[^\s]/.test(gap(sentence, next, tokens[j + 2])) && !/[^\s]/.test(gap(sentence, tokens[j + 2], tokens[j + 3]))) {
        linked = true;
        j += 3;
        continue;
      }
      // "Autostrade per l'Italia": a foreign connector and an article between capitalised words ("Andreu de
      // l'Audience" stays two names).
      // "Ana de la Rosa", "Luis de los Santos": a given name, "de la", "de los" and a capitalised word are one name.
      if (j === i && isGivenName(tokens[i].text) && next.text === 'de' && /^(?:la|las|los)$/.test(tokens[j + 2]?.text ?? '') && tokens[j + 3]?.upper
        && !/[^\s]/.test(gap(sentence, next, tokens[j + 2])) && !/[^\s]/.test(gap(sentence, tokens[j + 2], tokens[j + 3]))) {
        j += 3;
        continue;
      }
      if (isConnector(next) && !/^(?:de|du|des|d['’])$/i.test(next.text) && tokens[j + 2] && isConnector(tokens[j + 2]!) && tokens[j + 3]?.upper && !/[^\s'’]/.test(gap(sentence, next, tokens[j + 2])) && !/[^\s'’]/.test(gap(sentence, tokens[j + 2], tokens[j + 3]))) {
        j += 3;
        continue;
      }
      break;
    }
    // "Guinée équatoriale", "Émirats arabes unis": a known place whose name goes on in lower case.
    j = knownPlaceTail(sentence, tokens, i, j);
    // "Office national des forêts (ONF)", "Bureau d'enquêtes et d'analyses (BEA)": an institution's name in lower case
    // after its capitalised noun is one name when the short form in brackets after it spells it out.
    // A body so named is an organisation ("La Direction générale de la sécurité intérieure (DGSI)").
    const head = j === i ? i : j === i + 1 && isStop(t) ? i + 1 : -1;
    const spelled = head >= 0 ? spelledOut(sentence, tokens, head) : -1;
    if (spelled > head) {
      const span = readCues(sentence, tokens, head, spelled, false);
      span.cues.org += CUE.orgHead;
      spans.push(span);
      i = spelled + 1;
      continue;
    }
    // "Centre culturel de Belém", "Parti communiste du Vietnam": an institution's name may hold one lower-case
    // word when it opens on an institution or place noun; the inner name is kept as a mention of its own too.
    if (j === i && INSTITUTION_HEADS.has(fold(t.text)) && tokens[i + 1] && !tokens[i + 1].upper && !FR.stopwords.has(fold(tokens[i + 1].text))
      && isConnector(tokens[i + 2]) && tokens[i + INNER_NAME_OFFSET]?.upper && !/[^\s'’]/.test(gap(sentence, tokens[i], tokens[i + INNER_NAME_OFFSET]).replace(/\s+\p{Ll}+\s+(de|du|des|d['’])\s*/u, ' '))) {
      let end = i + INNER_NAME_OFFSET;
      while (tokens[end + 1]?.upper && !/[^\s]/.test(gap(sentence, tokens[end], tokens[end + 1]))) end++;
      spans.push(readCues(sentence, tokens, i, end, false));
      spans.push(readCues(sentence, tokens, i + INNER_NAME_OFFSET, end, false));
      i = end + 1;
      continue;
    }
    // "le Parti socialiste", "le « Mouvement populaire syrien »", "l'Armée syrienne libre", "l'État islamique": an
    // organisation's capitalised noun (or a noun that opens an organisation's name) inside a sentence and the lower-case
    // adjectives right after it are one name.
    const orgAt = j === i && i !== firstWord ? i : j === i + 1 && isStop(t) ? i + 1 : -1;
    const orgHead = orgAt >= 0 ? fold(tokens[orgAt]!.text) : '';
    const nameHead = !FR.orgNouns.has(orgHead) && FR.orgNameHeads.has(orgHead);
    if (orgAt >= 0 && (FR.orgNouns.has(orgHead) || nameHead)) {
      let end = orgAt;
      const joined = (n: number) => !!tokens[n] && !/[^\s\u00a0]/u.test(gap(sentence, tokens[n - 1]!, tokens[n]!));
      // "Groupe islamique combattant libyen": a participle in -ant qualifies the name when an adjective follows it.
      while (end - orgAt < ORG_ADJECTIVES && joined(end + 1) && (isOrgAdjective(tokens[end + 1]!) || (ACTIVE_PARTICIPLE.test(tokens[end + 1]!.text) && joined(end + 2) && isOrgAdjective(tokens[end + 2]!)))) end++;
      // "le chef de l'État tunisien": a noun that opens a name only with adjectives of kind is no name with a people's.
      if (nameHead && tokens.slice(orgAt + 1, end + 1).every((t) => isDemonym(t.text))) end = orgAt;
      if (end > orgAt) {
        const span = readCues(sentence, tokens, orgAt, end, false);
        span.cues.org += CUE.orgHead;
        spans.push(span);
        // "la Banque centrale polonaise": the name without the country's adjective is a mention of its own too.
        if (end - 1 > orgAt && isDemonym(tokens[end]!.text)) {
          const inner = readCues(sentence, tokens, orgAt, end - 1, false);
          inner.cues.org += CUE.orgHead;
          spans.push(inner);
        }
        i = end + 1;
        continue;
      }
    }
    let s = i;
    const atStart = i === firstWord || /[«“"(:]\s*$/.test(gap(sentence, tokens[i - 1], t));
    // Drop leading function words and words never seen capitalised inside a sentence ("Le Parlement", "Drapeaux").
    // "Quatre Français", "Trois Roumains": a number opening the span counts people; it names no one.
    // "Accident de Millas : …": a common noun opening a sentence (never seen capitalised inside one) before "de X"
    // is no part of the name after it.
    // "Ana de la Rosa, 30 ans, …" opens a sentence on a name read whole above.
    const spanishParticle = s + 3 <= j && tokens[s + 1]!.text === 'de' && /^(?:la|las|los)$/.test(tokens[s + 2]!.text) && isGivenName(tokens[s].text);
    // "Outre Dupont, …": a function word opening the sentence (data: sentenceOpeners) is no part of the name after it.
    while (s <= j && ((isStop(tokens[s]) && !nameParticleAt(sentence, tokens, s)) || (atStart && s === i && SENTENCE_OPENERS.has(fold(tokens[s].text))) || fold(tokens[s].text).split('-').every((part) => NUMBER_WORDS.has(part)) || (atStart && s === i && (s === j || (isConnector(tokens[s + 1]) && !ENGLISH_CONNECTORS.has(tokens[s + 1]!.text))) && !seenInside(fold(tokens[s].text)) && !spanishParticle && !(s === j && appositionNamesIt(sentence.slice(tokens[j].end)))))) s++;
    // "Le Général Andrzej Blasik" at a sentence's start: the title is no part of the name.
    if (s < j && s > i && capitalTitleAt(sentence, tokens, s)) s++;
    // "le Préfet de Corrèze Henri Lavaud": a capitalised title opening the span is no part of it when its complement and
    // a name follow ("le Président de la République" alone stays one name).
    if (s < j && FR.titles.has(tokens[s]!.text.toLowerCase()) && !FR.lowerCaseTitles.has(fold(tokens[s]!.text)) && isConnector(tokens[s + 1])) {
      let k = s + 1;
      while (k < j && isConnector(tokens[k])) k++;
      if (opensOnComplement(tokens, k, j)) s = k;
    }
    // A place noun opening the span is a cue, not part of the name ("Île Maurice").
    let placeHead = false;
    // A known place's own name keeps its noun ("République centrafricaine").
    if (s < j && FR.placeNouns.has(fold(tokens[s].text)) && !FR.knownPlaces.has(placeKey(sentence.slice(tokens[s].start, tokens[j].end)))) { s++; placeHead = true; }
    // "Ben Issa Ousseni", "Abou Bakr": a capitalised particle of Arabic names opens the name it is part of.
    while (s <= j && isConnector(tokens[s]) && !(s < j && /^\p{Lu}/u.test(tokens[s].text) && NAME_PARTICLES.has(fold(tokens[s].text)))) s++;
    // "La Teste-de-Buch", "à la Teste-de-Buch", "Le Havre": a town whose official name opens on its article keeps it.
    if (s <= j && s > 0 && FR.townArticles.has(fold(tokens[s - 1]!.text)) && !/[^\s\u00a0]/u.test(gap(sentence, tokens[s - 1]!, tokens[s]!))
      && isFrenchTown(sentence.slice(tokens[s - 1]!.start, tokens[j]!.end)) && !isFrenchTown(sentence.slice(tokens[s]!.start, tokens[j]!.end))) s--;
    let e = j;
    while (e >= s && isConnector(tokens[e])) e--;
    // "… du nord de la Lettonie En mai, …": a capitalised function word ending the span opens the next
    // sentence, its full stop lost; it is no part of the name.
    while (e > s && SENTENCE_OPENERS.has(fold(tokens[e]!.text))) e--;
    // "Deep Ocean Search (DOS)": a name its short form in brackets spells out is one name.
    const spelt = SHORT_FORM_AFTER.exec(sentence.slice(tokens[e].end))?.[1] === initialsOf(tokens.slice(s, e + 1).map((t) => t.text));
    const placeEnd = knownPlaceBeforeGivenName(sentence, tokens, s, e);
    if (placeEnd >= 0) {
      // "à Rio de Janeiro Ana Lopes", "à New York Paul Dinh": a place known by its whole name, then a given name,
      // are two names — the place's, then the person's — whatever its last word would be alone.
      const of = readCues(sentence, tokens, s, placeEnd, false);
      spans.push({ ...of, cues: { ...of.cues, person: 0 }, description: undefined });
      spans.push(readCues(sentence, tokens, placeEnd + 1, e, false));
    } else if (e - s >= 2 && !spelt && !ACRONYM.test(tokens[s].text) && (!isGivenName(tokens[s].text) || isKnownPlace(tokens[s].text)) && isGivenName(tokens[s + 1].text) && !isConnector(tokens[s + 1]) && !PLACE_PREFIX.test(tokens[s].text)
      // ("le New York Times": a name that ends on an organisation's word of another language is one.)
      && !FR.foreignOrgWords.has(fold(tokens[e].text))
      // "au Jardin Bella Vista", "le Stade Pierre Mauroy": a venue's noun opens a venue named after someone.
      && !FR.venueHeads.has(fold(tokens[s].text))) {
      // "Education Jean-Michel Blanquer", "Outre Nicolas Sarkozy": a capitalised word before a given name and a family
      // name is no part of the person's name (a complement, a word opening the sentence); "de Paris François Molins"
      // too, though "Paris" is a given name as well: a known place is not the first word of a person's name.
      const of = readCues(sentence, tokens, s, s, false);
      spans.push({ ...of, cues: { ...of.cues, person: 0 }, description: undefined });
      spans.push(readCues(sentence, tokens, s + 1, e, false));
    } else if (s < e && ACRONYM.test(tokens[s].text) && (isGivenName(tokens[s + 1].text) || RECIPIENT_BEFORE.test(sentence.slice(Math.max(0, tokens[s].start - RECIPIENT_REACH), tokens[s].start)))) {
      // "(AFP) Thierry Gomes", "AFP Antonio Dias": an agency's initials before a given name are no part of the name.
      // "a déclaré à l'AFP Tsugumasa Mihara": initials one speaks to, then the speaker's name, of any origin.
      spans.push(readCues(sentence, tokens, s, s, false));
      spans.push(readCues(sentence, tokens, s + 1, e, false));
    } else if (s < e && workOfAt(tokens, s, e) > 0) {
      // "le film La Baule-les-Pins de Diane Kurys": a work's name, then "de" and a person's given and family names, are
      // two names (not "Charles de Gaulle": no given name after the "de").
      const by = workOfAt(tokens, s, e);
      const of = readCues(sentence, tokens, s, by - 1, false);
      spans.push({ ...of, cues: { ...of.cues, person: 0 }, description: undefined });
      spans.push(readCues(sentence, tokens, by + 1, e, false));
    } else if (s <= e && opensOnComplement(tokens, s, e)) {
      // "la ministre de la Justice Ana Ribeiro", "l'archevêque de Lisbonne Paulo Dias": the first word completes
      // the noun before it; the name is the words after it — from the first given name on, when one follows
      // ("du conseil d'Air France-KLM Jean-Cyril Spinetta").
      // ("la ministre de la Culture Zorya X": a field of government is one word; the name is all that follows, its given
      // name known or not.)
      const field = DOMAIN_OF_BEFORE.test(fold(sentence.slice(Math.max(0, tokens[s].start - DOMAIN_REACH), tokens[s].start)).replace(/’/g, "'"));
      let split = s + 1;
      while (!field && split < e && !isGivenName(tokens[split].text)) split++;
      if (split === e) split = s + 1;
      // The complement is what the title is of, not a person the title describes.
      const of = readCues(sentence, tokens, s, split - 1, false);
      spans.push({ ...of, cues: { ...of.cues, person: 0 }, description: undefined });
      spans.push(readCues(sentence, tokens, split, e, false));
    } else if (s <= e && !FEASTS.has(fold(sentence.slice(tokens[s].start, tokens[e].end)))) {
      const span = readCues(sentence, tokens, s, e, placeHead);
      // A name its organisation's noun opens and a link joins ("Ligue pour la Santé …") is that organisation's.
      if (linked && s === i) span.cues.org += CUE.orgHead;
      spans.push(span);
    }
    i = j + 1;
  }
  return spans;
}

/** Words at most of a known place read before a given name. */
const PLACE_BEFORE_NAME_WORDS = 4;

/** The last token of a known place's name of two words or more opening tokens s..e before a given name, or -1. */
function knownPlaceBeforeGivenName(sentence: string, tokens: Token[], s: number, e: number): number {
  for (let k = Math.min(e - 2, s + PLACE_BEFORE_NAME_WORDS - 1); k > s; k--) {
    if (isGivenName(tokens[k + 1]!.text) && isKnownPlace(sentence.slice(tokens[s]!.start, tokens[k]!.end))) return k;
  }
  return -1;
}

/** Lower-case words at most read after an institution's noun for the name its short form spells out. */
const SPELLED_WORDS = 8;
/** The index of the last word of "Noun lower-case words (SHORT)" opening at token i when SHORT spells it out, else -1. */
function spelledOut(sentence: string, tokens: Token[], i: number): number {
  for (let end = i + 1; end < tokens.length && end - i <= SPELLED_WORDS; end++) {
    if (tokens[end]!.upper || /[^\s\u00a0\u202f'’]/.test(gap(sentence, tokens[end - 1]!, tokens[end]!))) return -1;
    const short = SHORT_FORM_AFTER.exec(sentence.slice(tokens[end]!.end))?.[1];
    if (short === undefined) continue;
    const words = tokens.slice(i, end + 1).flatMap((t) => t.text.split(/['’]/).filter((w) => w.length > 1));
    return short.length >= 2 && short === initialsOf(words) ? end : -1;
  }
  return -1;
}

/**
 * The initials of words that spell a short form out, connecting words and stop words aside ("Bureau d'enquêtes et
 * d'analyses" → "BEA", "Deep Ocean Search" → "DOS").
 */
export function initialsOf(words: readonly string[]): string {
  return words.filter((w) => !FR.connectors.has(fold(w)) && !FR.stopwords.has(fold(w.replace(/['’]$/, '')))).map((w) => w[0]!.toUpperCase()).join('');
}

/** A short form in brackets right after a name ("(DOS)"). */
const SHORT_FORM_AFTER = /^\s*\(\s*(\p{Lu}{2,8})\s*\)/u;

/** True when one word is the other with one letter more ("jaakob" / "jakob"), the longer of five letters or more. */
export function oneLetterMore(x: string, y: string): boolean {
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  if (long.length !== short.length + 1 || long.length < 5) return false;
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** Words, at most, between a title and the title it completes ("avocate du défunt chanteur": "du", "défunt"). */
const OUTER_TITLE_GAP = 3;
/** The index of the title a title at `k` completes ("avocate" of "l'avocate du chanteur"), or -1. */
function outerTitle(sentence: string, tokens: Token[], k: number): number {
  let sawOf = false;
  for (let j = k - 1; j >= 0 && k - j <= OUTER_TITLE_GAP + 1; j--) {
    if (/[,.;:!?«»()–—]/.test(gap(sentence, tokens[j], tokens[j + 1]))) return -1;
    const f = fold(tokens[j].text).replace(/['’]$/, '');
    if (/^(de|du|des|d)$/.test(f)) sawOf = true;
    else if (/^(le|la|les|l)$/.test(f)) continue;
    else if (sawOf && FR.titles.has(tokens[j].text.toLowerCase())) return j;
    // Between the two titles: an article or a lower-case adjective ("défunt") only.
    else if (!/^\p{Ll}+$/u.test(tokens[j].text)) return -1;
  }
  return -1;
}

/** "côté", "coté" as written: the side, which folds as the coast ("côte") does. */
const SIDE_WRITTEN = /^c[oô]tés?$/iu;

/** True for a place the lexicons know by its name alone ("Paris", "Lisbonne"). */
export function isKnownPlace(word: string): boolean {
  return FR.knownPlaces.has(nameKey(word)) || FR.worldCities.has(nameKey(word)) || isFrenchTown(word, '');
}

/** Lower-case words, at most, between a title and the "de" of its complement ("président de la collectivité territoriale de"). */
const COMPLEMENT_GAP = 4;
/** Capitalised words, at least, of a span that may open on the complement of the noun before it. */
const COMPLEMENT_SPAN_WORDS = 3;

/**
 * True when a span of three or more capitalised words, none a connector, follows a title and "de", "du", "des",
 * "d'" or "de la" / "de l'": its first word is then the complement of the noun before ("ministre de l'Intérieur",
 * "secrétaire d'État", "archevêque de Lisbonne") and the words after it a name of their own.
 */
function opensOnComplement(tokens: Token[], s: number, e: number): boolean {
  // "le président du Portugal Joana da Costa Reis": a lower-case particle inside the name after the complement is no connector
  // of the complement's own name ("la République du Congo" is one name).
  // ("la présidente du Parti Nouveau Anne Le Gall": a capitalised article right after a given name opens a family name.)
  const familyArticle = (n: number) => n >= 2 && /^(?:Le|La)$/.test(tokens[s + n]!.text) && isGivenName(tokens[s + n - 1]!.text);
  if (e - s + 1 < COMPLEMENT_SPAN_WORDS || tokens.slice(s, e + 1).some((t, n) => isConnector(t) && (n < 2 || t.upper || !PARTICLES.has(t.text)) && !familyArticle(n))) return false;
  // "le président du Harley Owners Group", "la directrice de la Banque Centrale Européenne": an organisation's name.
  if (tokens.slice(s, e + 1).some((t) => FR.orgNouns.has(fold(t.text)) || FR.foreignOrgWords.has(fold(t.text)) || ACRONYM.test(t.text))) return false;
  // "l'avocat de Franck Elong Abé": a given name right after "de" (no article: no field, "de la Justice"), then no other,
  // opens the one person's name the title is of. (Its last word may be a given name too: "Abé".)
  if (/^d(?:e|['’])$/i.test(tokens[s - 1]?.text ?? '') && isGivenName(tokens[s]!.text) && !isKnownPlace(tokens[s]!.text) && !tokens.slice(s + 1, e).some((t) => isGivenName(t.text))) return false;
  const word = (k: number) => (tokens[k] ? fold(tokens[k].text).replace(/['’]$/, '') : '');
  // The noun completed must be a title ("ministre", "procureur") or stand for one ("celle de la Justice"): in
  // "la visite de Jean Marc Sousa" the three words are one name.
  const titled = (k: number) => !!tokens[k] && (FR.titles.has(tokens[k].text.toLowerCase()) || FR.titlePronouns.has(word(k)));
  // "le président de la collectivité territoriale de Saint-Martin Daniel Gibbs": the title may stand a few lower-case
  // words before the "de" that opens the complement.
  if (/^(de|du|des|d)$/.test(word(s - 1))) {
    for (let k = s - 2; k >= Math.max(0, s - 2 - COMPLEMENT_GAP); k--) {
      if (titled(k)) return true;
      if (tokens[k].upper) return false;
    }
    return false;
  }
  return /^(la|l)$/.test(word(s - 1)) && word(s - 2) === 'de' && titled(s - 3);
}

/**
 * In the span [s, e], the index of a lower-case "de" between a name that opens on no given name and a person's given
 * name and family name(s) ("La Baule-les-Pins de Diane Kurys"); -1 when there is none.
 */
function workOfAt(tokens: Token[], s: number, e: number): number {
  if (isGivenName(tokens[s]!.text)) return -1;
  for (let c = s + 1; c + 2 <= e; c++) {
    if (!/^(?:de|d['’])$/.test(tokens[c]!.text)) continue;
    const rest = tokens.slice(c + 2, e + 1);
    return isGivenName(tokens[c + 1]!.text) && !isConnector(tokens[c + 1]) && rest.length <= 2 && rest.every((t) => t.upper && !isConnector(t) && !isGivenName(t.text))
      && !tokens.slice(s, c).some((t) => isConnector(t) && !t.upper) ? c : -1;
  }
  return -1;
}

/** Prepositions that, with an article, place the name after them ("à la Sorbonne", "dans le Marais"), folded. */
const PLACE_BEFORE_ARTICLE = /^(?:a|dans|vers|devant|derriere)$/;

/** Words, at most, between a title and the organisation noun that completes it ("chef" … "du" … "gouvernement"). */
const TITLE_COMPLEMENT_GAP = 2;

/** The index of the title an organisation noun at `k` completes ("chef du gouvernement"), or -1. */
function titleOf(tokens: Token[], k: number): number {
  for (let j = k - 1; j >= 0 && j >= k - 1 - TITLE_COMPLEMENT_GAP; j--) {
    if (FR.titles.has(tokens[j].text.toLowerCase())) return j < k - 1 ? j : -1;
    if (!isConnector(tokens[j]) && !isStop(tokens[j])) return -1;
  }
  return -1;
}

function readCues(sentence: string, tokens: Token[], s: number, e: number, placeHead: boolean): NameSpan {
  const start = tokens[s].start;
  const end = tokens[e].end;
  const text = sentence.slice(start, end);
  const cues = { person: 0, place: placeHead ? CUE.placeHead : 0, org: 0 };
  const head = fold(tokens[s].text);
  // "Piazza Verdi", "Calle Mayor": a Romance place noun opens its place's name.
  if (s < e && (FR.placeNouns.has(head) || FR.venueHeads.has(head) || ROMANCE_PLACE_HEADS.has(head))) cues.place += CUE.placeHead;
  else if (s < e && FR.orgNouns.has(head)) cues.org += CUE.orgHead;
  // "Harley Owners Group", "Acme Shipping Company": a name that ends on a foreign organisation word is one.
  if (s < e && FR.foreignOrgWords.has(fold(tokens[e].text))) cues.org += CUE.orgHead;
  // "Grenfell Tower", "Oxford Street": a name that ends on a foreign place word is a place.
  else if (s < e && FR.foreignPlaceWords.has(fold(tokens[e].text))) cues.place += CUE.placeHead;
  // "Genoa Club Portuali Voltri", "Banque Populaire Sud": an organisation word inside a name of three words or more.
  else if (e - s >= 2 && tokens.slice(s + 1, e).some((t) => FR.foreignOrgWords.has(fold(t.text)))) cues.org += CUE.orgHead;
  // "Mont-Valérien", "Porte Maillot", "Saint-Barth": a name opening on a place word of compounds ("Mont-", "Porte",
  // "Saint-") is a place cue — unless a given name follows ("Saint-Exupéry" stays whatever its context says).
  if (PLACE_PREFIX.test(text) && !(s < e && isGivenName(tokens[s + 1].text))) cues.place += CUE.placePrefix;
  if (FR.knownPlaces.has(nameKey(text)) || FR.worldCities.has(nameKey(text))) cues.place += CUE.knownPlace;
  // The article before a name is part of a town's ("La Ciotat") unless it opens the sentence ("L'Union a voté").
  else if (isFrenchTown(text, s >= 2 ? tokens[s - 1].text : '')) cues.place += CUE.knownTown;
  const words = e - s + 1;
  // "Frédéric de Lanouvelle", "Charles de Gaulle": a particle between a given name and the family name is part of it.
  // "le marché de Noël de Colmar": a town after "de" is a complement, no family name.
  const particle = (k: number) => {
    if (k <= s || k >= e || !PARTICLES.has(fold(tokens[k].text)) || !tokens[k + 1]?.upper) return false;
    const after = tokens.slice(k + 1, e + 1).map((t) => t.text).join(' ');
    return !isFrenchTown(after, '') && !FR.knownPlaces.has(nameKey(after));
  };
  // Read before the other cues: a name that opens on a place or organisation noun, or is a known place, is none.
  const opensOnGivenName = words >= PERSON_NAME_WORDS.min && words <= PERSON_NAME_WORDS.max && !placeHead && cues.place === 0
    && cues.org === 0 && isGivenName(tokens[s].text) && !tokens.slice(s, e + 1).some((t, i) => (isConnector(t) && !particle(s + i)) || ACRONYM.test(t.text));
  let description: string | undefined;
  const prev = tokens[s - 1];
  const prevF = prev ? fold(prev.text).replace(/['’]$/, '') : '';
  const before = gap(sentence, prev, tokens[s]);
  // "dans le «Lower Narva Ward»": an opening quotation mark between the cue and the name hides no cue.
  const touching = !/[^\s\u00a0\u202f'’]/.test(before.replace(/[«“"]\s*$/u, ''));

  if (prev && HONORIFIC.test(prev.text) && /^\.?\s+$/.test(before)) cues.person += CUE.honorific;
  // "…", a confié Mireille à la radio: a given name alone, the speaker after an inverted speech verb, is someone's.
  if (s === e && prev && touching && SPEECH_FORMS.has(prevF) && isGivenName(tokens[s].text) && !FR.worldCities.has(fold(tokens[s].text)) && INVERTED_SPEECH.test(sentence.slice(0, prev.start))) cues.person += CUE.honorific;
  // "le petit Dylan", "la jeune Emma": an article and a word for a child before a given name make a person of it.
  if (prev && touching && cues.place === 0 && FR.childQualifiers.has(prevF) && isGivenName(tokens[s].text) && s >= 2 && ARTICLES.has(fold(tokens[s - 2].text).replace(/['’]$/, ''))) cues.person += CUE.honorific;
  // "en Coupe des nations", "en Ligue du nord": a capitalised word that "de" and a lower-case noun complete names a
  // competition or a body, no place (a known place aside: "en Amérique du sud").
  const namesInstitution = prevF === 'en' && INSTITUTION_AFTER.test(sentence.slice(tokens[e].end, tokens[e].end + INSTITUTION_REACH)) && !cues.place;
  if (prev && touching && FR.placePrepositions.has(prevF) && !namesInstitution) cues.place += prevF === 'en' || prevF === 'a' || prevF === 'au' || prevF === 'aux' ? CUE.strongPlacePreposition : 1;
  // "à La Bollène", "à Le Cannet": a capitalised article inside a sentence belongs to a town's name after "à".
  const beforePrev = s >= 2 ? tokens[s - 2] : undefined;
  if (prev && touching && prev.upper && /^(la|le|les)$/.test(prevF) && beforePrev && /^(a|à)$/i.test(beforePrev.text)
    && !/[^\s\u00a0\u202f]/.test(gap(sentence, beforePrev, prev))) cues.place += CUE.strongPlacePreposition;
  // "une cérémonie à la Sorbonne, le chef de l'État …": a name after "à la", "dans le" is where something is; the title
  // after its comma opens the main clause, no apposition of it. An acronym ("à la SNCF") stays what it is.
  const placeArticled = !!prev && touching && !prev.upper && /^(la|le|les|l)$/.test(prevF) && !!beforePrev && PLACE_BEFORE_ARTICLE.test(fold(beforePrev.text))
    && !/[^\s\u00a0\u202f]/.test(gap(sentence, beforePrev, prev)) && !tokens.slice(s, e + 1).some((t) => ACRONYM.test(t.text))
    // "à l'Hôtel de police", "à la Cathédrale": a common noun written with a capital is the venue's noun, read elsewhere.
    && !(s === e && (FR.venueHeads.has(head) || FR.placeNouns.has(head) || FR.orgNouns.has(head)));
  if (placeArticled) cues.place += CUE.strongPlacePreposition;
  // "le Parlement a voté" hints at an institution; "la ministre de l'Environnement" does not (a complement).
  const beforeArticle = tokens[s - 2] ? fold(tokens[s - 2].text).replace(/['’]$/, '') : '';
  if (prev && touching && (prevF === 'l' || prevF === 'le' || prevF === 'la' || prevF === 'les') && !/^(de|d|du|des|a|au|aux)$/.test(beforeArticle)) cues.org += CUE.definiteArticle;
  // "le président de Rail World", "le PDG d'Acme": the complement of a title that heads a body is an organisation or a
  // place, not a person — unless it opens on a given name ("le fondateur de Jean Dupont" does not occur; "l'avocat de
  // Jean Dupont" is no body's title).
  const ofWord = prev && touching && /^(de|du|d)$/.test(prevF) ? tokens[s - 2] : undefined;
  // "membre de la Ligue des ports": a member's noun, with the article after "de" too ("le président de la République" names
  // a place as often as a body).
  const memberOf = prev && touching && /^(la|l)$/.test(prevF) && tokens[s - 2] && fold(tokens[s - 2]!.text) === 'de' ? tokens[s - 3] : undefined;
  if (((ofWord && FR.bodyTitles.has(fold(ofWord.text))) || (memberOf && MEMBER_NOUNS.has(fold(memberOf.text)))) && !isGivenName(tokens[s].text)) cues.org += CUE.bodyComplement;
  // "le ministre grec de la Santé": the field a minister's title is of is no one's name, even a word that reads as a
  // given name (a cue against a person; no body's either: "l'Intérieur" names no company).
  else if (s === e && touching && DOMAIN_OF_BEFORE.test(fold(sentence.slice(Math.max(0, tokens[s].start - DOMAIN_REACH), tokens[s].start)).replace(/’/g, "'"))) cues.person -= CUE.bodyComplement;
  // "vol AH 5017", "un Boeing 737": capitals then a figure are a code or a model, no organisation.
  const coded = !!tokens[e + 1] && /^\d/.test(tokens[e + 1].text) && !/[^\s\u00a0\u202f]/.test(gap(sentence, tokens[e], tokens[e + 1]));
  if (!coded && tokens.slice(s, e + 1).some((t) => ACRONYM.test(t.text) && !FLIGHT_OR_MODEL.test(t.text)) && e - s < ACRONYM_NAME_WORDS) cues.org += CUE.acronym;

  // Look left for a title or a place/organisation noun: "le président russe X", "son ministre des Affaires
  // étrangères X", "un conseiller de la présidence, X", "la ville russe de X", "l'agence officielle X".
  const nameLeftIsConnector = touching && isConnector(prev);
  let placeNounTouching = false;
  // "son homologue à X", "le commissaire européen au Climat": a preposition makes X a complement, not the titled one.
  // "le conjoint du policier abattu sur les Champs-Élysées": so with an article between the preposition and the name.
  const nameLeftIsPreposition = touching && !!prev && (FR.complementPrepositions.has(prev.text.toLowerCase())
    || (ARTICLES.has(prevF) && !!beforePrev && !beforePrev.upper && FR.complementPrepositions.has(beforePrev.text.toLowerCase()) && !/[^\s\u00a0\u202f]/.test(gap(sentence, beforePrev, prev))));
  // "l'église baptiste « New Hope »": a name in quotation marks right after a venue noun (and an adjective) is the venue's.
  const quotedVenue = QUOTED_VENUE_BEFORE.exec(fold(sentence.slice(Math.max(0, tokens[s].start - QUOTED_VENUE_REACH), tokens[s].start)));
  if (quotedVenue && FR.venueHeads.has(quotedVenue[1]!) && /^\s*[»"”]/.test(sentence.slice(tokens[e].end))) { cues.place += CUE.placeNoun; placeNounTouching = true; }
  else for (let k = s - 1, steps = 0; k >= 0 && steps < LEFT_REACH; k--, steps++) {
    const between = gap(sentence, tokens[k], tokens[k + 1]);
    if (/[.;:!?«»“”"()–—]/.test(between)) break;
    if (/,/.test(between) && k + 1 !== s) break; // only a comma just before the name (apposition)
    const f = fold(tokens[k].text);
    // A verb or a subordinator between a title and a name means they belong to different phrases.
    if (isAuxiliary(tokens[k].text) || FR.phraseBreakWords.has(f)) break;
    if (FR.titles.has(tokens[k].text.toLowerCase()) && !nameLeftIsConnector && !nameLeftIsPreposition) {
      // "En froid avec le neveu Kessler, Hugo Brandt fut …": a title in a complement the comma sets before the name is
      // not the name's.
      // ("… acquise avec sa compagne, X." ends on the name: an apposition, kept.)
      if (/,/.test(gap(sentence, tokens[s - 1], tokens[s])) && VERB_NEXT.test(sentence.slice(tokens[e]!.end)) && SET_OFF_BEFORE.test(fold(sentence.slice(Math.max(0, tokens[k].start - SET_OFF_REACH), tokens[k].start)))) break;
      cues.person += CUE.title;
      // "le médecin légiste adjoint X": titles right before the title found are part of it.
      let first = k;
      while (first > 0 && k - first < STACKED_TITLES && FR.titles.has(tokens[first - 1].text.toLowerCase()) && /^\s+$/.test(gap(sentence, tokens[first - 1], tokens[first]))) first--;
      description = sentence.slice(tokens[first].start, tokens[s - 1].end).replace(/[\s,]+$/, '');
      // "premier ministre", "vice-président": keep a preceding qualifier that is part of the title.
      if (k > 0 && FR.titles.has(`${tokens[k - 1].text} ${tokens[k].text}`.toLowerCase())) description = sentence.slice(tokens[k - 1].start, tokens[s - 1].end).replace(/[\s,]+$/, '');
      // "l'avocate du défunt chanteur, X": a title that completes another title before it ("de", an article, an
      // adjective between) is whom the other is of; the name set beside the whole phrase by a comma is the other's
      // ("le père du policier X", with no comma, names the policeman).
      else if (/,/.test(gap(sentence, tokens[s - 1], tokens[s]))) {
        const outer = outerTitle(sentence, tokens, k);
        if (outer >= 0) description = sentence.slice(tokens[outer].start, tokens[s - 1].end).replace(/[\s,]+$/, '');
      }
      break;
    }
    // A common noun touching the name ("la ville de X", "l'île X"); a capitalised word is a name itself
    // ("la Mer, Karl Tamm"), and a comma means an apposition, not a cue.
    const commonNoun = !tokens[k].upper && !/,/.test(gap(sentence, tokens[k], tokens[s]));
    // "la capitale estonienne Tallinn": a people's adjective between the place noun and the name touches it too.
    const touching = k === s - 1 || (k === s - 2 && !tokens[k + 1].upper && isDemonym(fold(tokens[k + 1].text)));
    // ("du côté de X": "côté" folds as "côte" does, and is no place noun.)
    if (commonNoun && FR.placeNouns.has(f) && !SIDE_WRITTEN.test(tokens[k].text) && (nameLeftIsConnector || touching)) {
      // "le bourgmestre de la commune Bernard Dumont": a title completed by the place noun, then a person's full name
      // (a given name and more), is the titled person; "le maire de la commune de Tartu" names the place.
      // A given name the lists do not know ("la maire de la ville Kersti Kaljulaid") reads so too when the title is a person's
      // and the two or three words are no known place and join no connector.
      const nameLike = isGivenName(tokens[s].text) || (e - s <= 2 && !tokens.slice(s, e + 1).some((t) => isConnector(t) || ACRONYM.test(t.text))
        && !isKnownPlace(sentence.slice(tokens[s].start, tokens[e].end)) && !tokens.slice(s, e + 1).some((t) => isKnownPlace(t.text)));
      const title = !nameLeftIsConnector && s < e && nameLike ? titleOf(tokens, k) : -1;
      if (title >= 0) {
        cues.person += CUE.title;
        description = sentence.slice(tokens[title].start, tokens[s - 1].end).replace(/[\s,]+$/, '');
        break;
      }
      // "les pays de l'Unioport": the places of a name are its members; the name is a body, not a place.
      if (nameLeftIsConnector && k > 0 && PLURAL_DETERMINERS.has(fold(tokens[k - 1]!.text))) { cues.org += CUE.bodyComplement; break; }
      cues.place += CUE.placeNoun; placeNounTouching = true; break;
    }
    // "le suspect de l'attentat du lycée Gambetta": a venue noun touching the name makes it the venue's name, and a
    // title further left is someone else's.
    if (commonNoun && k === s - 1 && FR.venueHeads.has(f)) { cues.place += CUE.placeNoun; placeNounTouching = true; break; }
    if (commonNoun && FR.orgNouns.has(f) && (k >= s - ORG_NOUN_REACH) && !nameLeftIsConnector) {
      // "le chef du gouvernement letton X": the organisation, with its adjective, completes a title, and the name
      // is the titled person's ("le porte-parole de l'agence Baltinfo": a name touching the noun is the organisation's).
      const title = k < s - 1 ? titleOf(tokens, k) : -1;
      if (title >= 0) {
        cues.person += CUE.title;
        description = sentence.slice(tokens[title].start, tokens[s - 1].end).replace(/[\s,]+$/, '');
      } else cues.org += CUE.orgNoun;
      break;
    }
    if (tokens[k].upper && !isStop(tokens[k]) && k < s - 1 && !isConnector(tokens[k - 1])) break; // another name in between
  }

  // "MAYTOWN, N.Y. — Un juge a refusé …": a name in capitals that opens the text, then a dash, is the dateline's town;
  // what follows the dash is the story's first sentence, no apposition of it.
  const shoutedOpening = s === 0 && !/\p{Ll}/u.test(text) && /\p{Lu}{3}/u.test(text);
  if (shoutedOpening && (DATELINE_AFTER.test(sentence.slice(end)) || (DATELINE_DASH.test(sentence.slice(end)) && isKnownPlace(text)))) {
    return { start, end, text, key: nameKey(text), cues: { person: 0, place: CUE.strongPlacePreposition, org: 0 } };
  }
  // "Fayzov, 19 ans, est le plus jeune", "Tsugumasa Mihara (73 ans)": an age in apposition makes a person of the name
  // ("Tchernobyl, 30 ans après" is no age).
  if (AGE_AFTER.test(sentence.slice(end))) cues.person += CUE.age;

  // Apposition after the name: "X, expert du Costa Rica et professeur …," or "X – le père de … –".
  const next = tokens[e + 1];
  // "Abdalmasih H., l'assaillant …": the full stop of an initial ends the name, not the sentence.
  const after = /^\p{Lu}$/u.test(tokens[e].text) ? gap(sentence, tokens[e], next).replace(/^\./, '') : gap(sentence, tokens[e], next);
  // "X, et le commandant Y": a list goes on after the comma; that is no apposition of X.
  if (next && !placeArticled && /^\s*[,–—(]\s*$/.test(after) && !FR.phraseBreakWords.has(fold(next.text))) {
    let k = e + 1;
    // "X, se présentant comme le frère d'un otage": the role that follows is the apposition.
    const self = SELF_DESCRIBED.exec(sentence.slice(end));
    if (self) while (k < tokens.length && tokens[k].start < end + self[0].length) k++;
    const opening = k;
    // skip an article and up to two qualifiers ("l'actuel Premier ministre")
    let skipped = 0;
    // "le pont de Westminster, est un homme de 50 ans": a verb after the comma makes the name no one's subject of an apposition.
    while (k < tokens.length && skipped < APPOSITION_SKIP && !isAuxiliary(tokens[k].text) && !FR.titles.has(tokens[k].text.toLowerCase()) && (isStop(tokens[k]) || isElision(tokens[k]) || FR.titleQualifiers.has(fold(tokens[k].text)))) { k++; skipped++; }
    if (k < tokens.length && isAuxiliary(tokens[k].text)) k = tokens.length;
    // "Villedubert, un village voisin de Carcassonne": a place noun in apposition makes a place of the name.
    if (k < tokens.length && !tokens[k].upper && FR.placeNouns.has(fold(tokens[k].text))) cues.place += CUE.placeNoun;
    // "Tarvak, une agence de presse …": an organisation's noun in apposition makes a body of the name ("X, la police
    // fermait …" opens the next clause).
    else if (k < tokens.length && skipped > 0 && /^(?:un|une)$/i.test(tokens[e + 1]!.text) && !tokens[k].upper && FR.orgNouns.has(fold(tokens[k].text))) cues.org += CUE.orgHead;
    if (k < tokens.length && FR.titles.has(tokens[k].text.toLowerCase())) {
      const from = tokens[opening].start;
      const rest = sentence.slice(from);
      // "porte-parole de M. Navalny": the dot of an honorific before a name ends no apposition.
      // ("X, recteur de la paroisse comme l'a appris Radio Y": "comme" opens a clause of the reporting, not the role.)
      // "X, petite-fille de Y et le Premier ministre Z": "et" then an article and a name open another person's phrase
      // ("X, le gérant d'une société et l'ancien employeur du suspect" describes X twice).
      const stop = rest.replace(HONORIFIC_DOT, '$1\u2024').search(/\s*(?:[,;:.!?()–—«»]|\s(?:a|avait|est|sera|aurait|ont|qui|que|dont|comme)\s|\s(?:se\s|s['’])|\s(?:et|ou)\s+(?:(?:le|la|les|un|une)\s+|l['’]\s*)[^,;:.!?()«»]{0,40}?(?<![\p{L}])\p{Lu})/u);
      const appo = (stop >= 0 ? rest.slice(0, stop) : rest).trim();
      // "Selon Postimees, le tireur est entré …": after a source's name, a title that runs into its verb opens the clause's
      // subject; only one closed by a comma is the source's apposition ("Selon X, le porte-parole du club, …").
      const sourced = !!prev && touching && (FR.sourceLeads.includes(prevF) || (!!beforePrev && FR.sourceLeads.includes(fold(beforePrev.text + prev.text))));
      const closed = stop >= 0 && /^\s*,/.test(rest.slice(stop));
      // "Sur son compte Twitter, l'homme se présente comme …": a title that runs into a reflexive verb is the subject of
      // the clause after the name, no apposition of it.
      const clauseSubject = stop >= 0 && /^\s+(?:se\s|s['’])/u.test(rest.slice(stop));
      if ((!sourced || closed) && !clauseSubject) {
        cues.person += CUE.title;
        // "Avec le grand Charles, la maire du village parlait de tout": a phrase that goes on to its own verb is the
        // subject of the clause after the name, not an apposition of it.
        if (appo.length >= MIN_DESCRIPTION && appo.length <= MAX_DESCRIPTION && !hasImperfectVerb(appo)) description = appo;
      }
    }
  }
  // "la brigade de Koursk en Russie", "Nara, au Japon": a name followed by the country or region it lies in is a
  // place (not after an article: "la Coupe du monde au Qatar" is an event).
  const inCountry = next && tokens[e + 2] && /^(?:en|au|aux)$/i.test(next.text) && /^\s*,?\s*$/.test(after)
    && !/[^\s\u00a0\u202f]/.test(gap(sentence, next, tokens[e + 2])) && tokens[e + 2].upper && FR.knownPlaces.has(nameKey(tokens[e + 2].text));
  if (inCountry && !(prev && touching && ARTICLES.has(prevF))) cues.place += CUE.placeNoun;
  // "son domicile de Goring, à l'ouest de Londres": a name a comma sets before a compass point of a known place lies there.
  const compass = COMPASS_AFTER.exec(sentence.slice(tokens[e].end, tokens[e].end + COMPASS_REACH));
  if (compass && isKnownPlace(compass[1]!)) cues.place += CUE.placeNoun;
  // "Sophie X": a given name makes a person of it, though "à" stands before; "la rue Victor X" stays a place.
  const afterVenueNoun = !!prev && !prev.upper && FR.venueHeads.has(prevF);
  if (opensOnGivenName && !placeNounTouching && !afterVenueNoun) cues.person += CUE.givenName;
  const articled = touching && ARTICLES.has(prevF);
  return { start, end, text, key: nameKey(text), cues, description, ...(articled ? { articled } : {}) };
}

/** A name of the corpus after its mentions were read together. */
export interface EntityRecord {
  id: number;
  /** The fullest, most frequent form. */
  name: string;
  type: EntityType;
  /** Every surface form seen for it. */
  aliases: string[];
  /** Grouping keys that resolve to it. */
  keys: string[];
  mentions: number;
}

/** A regnal number ending a name ("Charles III", "Jean-Paul II", "Henri Ier"), folded: the given name alone is the name. */
const REGNAL = /^(?:[ivx]+|ier|ire)$/;

/** Classifies names from their summed cues and groups a person's variants (full name, "Ribeiro", "Mme Ribeiro"). */
export function groupEntities(spans: NameSpan[]): { entities: EntityRecord[]; byKey: Map<string, number> } {
  interface Acc { key: string; forms: Map<string, number>; person: number; place: number; org: number; count: number; tokens: string[]; articled: number; docs: number[]; described?: Set<string> }
  const acc = new Map<string, Acc>();
  for (const s of spans) {
    let a = acc.get(s.key);
    if (!a) acc.set(s.key, (a = { key: s.key, forms: new Map(), person: 0, place: 0, org: 0, count: 0, tokens: s.key.split(' '), articled: 0, docs: [] }));
    if (s.articled) a.articled++;
    // (Spans come in the articles' order: the last article listed is the only one to check.)
    if (s.doc !== undefined && a.docs.at(-1) !== s.doc) a.docs.push(s.doc);
    const noun = s.description ? fold(s.description).split(/[^\p{L}-]+/u).find((w) => w.length > 2 && !FR.stopwords.has(w)) : undefined;
    if (noun) (a.described ??= new Set()).add(noun);
    a.forms.set(s.text, (a.forms.get(s.text) ?? 0) + 1);
    a.person += s.cues.person;
    a.place += s.cues.place;
    a.org += s.cues.org;
    a.count++;
  }
  const typeOf = (a: Acc): EntityType => {
    // "les Libanais", "un Marocain": a people, no one's name.
    // A known country whose name also reads as a people's feminine plural (an "-ines" ending) is the country.
    if (a.tokens.length === 1 && isDemonym(a.key) && !FR.knownPlaces.has(a.key)) return 'other';
    // "LCI", "BEA-TT": a name in capitals only is an organisation's or a thing's, never a person's, whatever
    // stands beside it ("sur LCI, le porte-parole …").
    const forms = [...a.forms.keys()];
    if (forms.every((f) => ACRONYM.test(f.trim()))) return a.place > a.org ? 'place' : a.org > 0 ? 'org' : 'other';
    // "AH5017", "MD83 de …", "A320": a code or a model, never a person's name.
    const coded = a.tokens.some((t) => /\d/.test(t));
    if (coded) return a.org > WEAK_CUES && a.org >= a.place ? 'org' : a.place > WEAK_CUES ? 'place' : 'other';
    // "le cyclone Aino", "la tempête Kaja": a name a phenomenon's noun opens is the phenomenon's, no one's.
    if (a.tokens.length >= 2 && FR.phenomenonNouns.has(a.tokens[0]!)) return 'other';
    const best = Math.max(a.person, a.place, a.org);
    if (best <= WEAK_CUES) {
      // "Ouagadougou-Alger" (a route), "Paris-Brest": one hyphenated word that opens on no given name (as
      // "Jean-Pierre" does) is no one's name when nothing else reads it as one.
      const hyphenated = forms.every((f) => !/\s/.test(f.trim()) && /\p{L}[-‐‑]\p{Lu}/u.test(f));
      if (hyphenated && !isGivenName(a.tokens[0])) return 'other';
      // "un Café-théâtre", "la Demi-lune": a word joined in lower case is a compound noun, no one's name.
      if (forms.every((f) => /\p{L}[-‐‑]\p{Ll}/u.test(f))) return 'other';
      // Two or three capitalised words with no connector, read nowhere as a place or organisation: a name — unless
      // one of them is a country, a region or a French town ("Air France AF", "Grand Paris", "Croisières France").
      const placeWord = a.tokens.some((t) => FR.knownPlaces.has(t) || isFrenchTown(t, ''));
      // "la mine San José", "Santa Cruz": a name that opens on a place word of compounds (a saint's, a mount's) is
      // named after someone, not someone — it takes a person's cue of its own to be one.
      const namedAfter = FR.placePrefixes.has(a.tokens[0]!) && !isGivenName(a.tokens[0]!);
      if (a.tokens.length >= PERSON_NAME_WORDS.min && !namedAfter && a.tokens.length <= PERSON_NAME_WORDS.max && a.place === 0 && a.org === 0 && !placeWord && !a.tokens.some((t) => FR.connectors.has(t))) return 'person';
      // "Joris van der Molen", "Anke von der Heide": a Dutch or German particle between capitalised words joins a
      // family name.
      if (a.tokens.length <= PARTICLE_NAME_WORDS && a.place === 0 && a.org === 0 && !placeWord && germanicName(a.tokens)) return 'person';
      // "Il s'appelle Henri, il a 24 ans … Henri a couru": a given name alone, said more than once and read nowhere as
      // a place or an organisation, is someone's.
      if (a.tokens.length === 1 && a.count >= LONE_GIVEN_NAME_MENTIONS && a.place === 0 && a.org === 0 && a.person >= 0 && !placeWord && !FR.worldCities.has(a.key) && forms.every((f) => isGivenName(f.trim()))) return 'person';
      return 'other';
    }
    if (a.person === best) return 'person';
    if (a.place === best) return 'place';
    return 'org';
  };
  const types = new Map<string, EntityType>();
  for (const a of acc.values()) types.set(a.key, typeOf(a));

  // Single words (and "M. X") join the most frequent multi-word person they start or end.
  const parent = new Map<string, string>();
  const people = [...acc.values()].filter((a) => types.get(a.key) === 'person' && a.tokens.length >= 2).sort((x, y) => y.count - x.count);
  // The articles whose names hold a word that ends a person's name, by that word; read once when first needed.
  let familyDocs: Map<string, Set<number>> | undefined;
  const docsSaying = (word: string) => {
    if (!familyDocs) {
      familyDocs = new Map(people.map((p) => [p.tokens.at(-1)!, new Set<number>()]));
      for (const a of acc.values()) for (const t of a.tokens) {
        const docs = familyDocs.get(t);
        if (docs) for (const d of a.docs) docs.add(d);
      }
    }
    return familyDocs.get(word);
  };
  for (const a of acc.values()) {
    if (a.tokens.length !== 1) continue;
    const own = types.get(a.key);
    // "Moura" beside "José Carlos Moura da Silva": a person's word inside one name only, and at neither end of any, is
    // the name by which the press calls that person.
    const inside = own === 'person' && !FR.connectors.has(a.key) ? people.filter((p) => p.tokens.length >= 3 && p.tokens.slice(1, -1).includes(a.key)) : [];
    // "son frère, Paolo" in one article, "Paolo Marchetti" in another: a given name alone names, in an article where no
    // full name opens on it, someone else as often as not; it joins only a full name of one of its own articles, or
    // one whose family name its articles say ("sa fille Clara" beside "Marc X" is "Clara X"), or one described by the
    // same noun ("son fils, Hugo" and "son fils Hugo Y").
    const given = isGivenName(a.key);
    const sharesArticle = (p: Acc) => a.docs.length === 0 || a.docs.some((d) => p.docs.includes(d) || docsSaying(p.tokens.at(-1)!)?.has(d))
      || [...(a.described ?? [])].some((w) => p.described?.has(w)) || REGNAL.test(p.tokens.at(-1)!);
    const host = people.find((p) => p.tokens[p.tokens.length - 1] === a.key || (p.tokens[0] === a.key && (!given || sharesArticle(p))))
      ?? (inside.length === 1 ? inside[0] : undefined);
    if (!host) continue;
    // A word read mostly as a place or an organisation stays one — unless the person it names is mentioned at
    // least as often ("à Ribeiro" once beside "Ana Ribeiro" three times is the person).
    // (A family name that is no known place — "à Korbak" beside "Lina Korbak" — is the person, though it stands alone more
    // often than the full name; a town named far more often than the person who bears its name is the town.)
    const familyName = host.tokens[host.tokens.length - 1] === a.key && host.tokens.length >= 2 && isGivenName(host.tokens[0]!) && !isKnownPlace(a.key)
      && a.count <= FAMILY_NAME_SHARE * host.count;
    if (own === 'place' && a.place > a.person + 1 && host.count < a.count && !familyName) continue;
    if (own === 'org' && a.org > a.person + 1 && host.count < a.count) continue;
    // "l'épave du Kalevipoeg", "le Kalevipoeg": a word most often after an article names a thing, not the person
    // ("Monsieur Kalevipoeg") whose name it ends.
    if (own !== 'person' && a.articled * 2 > a.count) continue;
    parent.set(a.key, host.key);
  }
  // A person's name cut too long by a capitalised word before it ("Intérieur Ana Ribeiro", from "ministre de
  // l'Intérieur Ana Ribeiro") is that person.
  for (const a of people) {
    const host = people.find((p) => p.tokens.length < a.tokens.length && a.key.endsWith(` ${p.key}`));
    if (host) parent.set(a.key, parent.get(host.key) ?? host.key);
  }
  // "Jaakob Tamm" beside "Jakob Tamm": a given name one letter short or long (a typo), the rest the same, is
  // the more frequent person's (a letter changed, "Marie" / "Mario", may be another person).
  // People grouped by the words after their given name, read once (a corpus names thousands of people).
  const byRest = new Map<string, Acc[]>();
  for (const p of people) {
    const rest = p.tokens.slice(1).join(' ');
    (byRest.get(rest) ?? byRest.set(rest, []).get(rest)!).push(p);
  }
  for (const same of byRest.values()) {
    if (same.length < 2) continue;
    for (const a of same) {
      if (parent.has(a.key)) continue;
      const host = same.find((p) => p !== a && p.count >= a.count && oneLetterMore(p.tokens[0]!, a.tokens[0]!));
      if (host) parent.set(a.key, parent.get(host.key) ?? host.key);
    }
  }
  // "Tomas Ferreira C" (a name cut, or a family name kept to its initial) beside "Tomas Ferreira Calvo": the one
  // person of the corpus whose name has the same words before and a last word opening on that letter.
  const byHead = new Map<string, Acc[]>();
  for (const p of people) {
    if (p.tokens.length < 2) continue;
    const head = p.tokens.slice(0, -1).join(' ');
    (byHead.get(head) ?? byHead.set(head, []).get(head)!).push(p);
  }
  for (const a of people) {
    const last = a.tokens.at(-1)!;
    if (a.tokens.length < 2 || parent.has(a.key) || !/^\p{L}\.?$/u.test(last)) continue;
    const fuller = (byHead.get(a.tokens.slice(0, -1).join(' ')) ?? []).filter((p) => p !== a && p.tokens.at(-1)!.length > 2 && p.tokens.at(-1)![0] === last[0]);
    if (fuller.length === 1) parent.set(a.key, parent.get(fuller[0]!.key) ?? fuller[0]!.key);
  }
  // "Ousama Karoubi" beside "Oussama Kharoubi", "Youri Tchernov" beside "Iouri Tchernoff": two spellings of
  // one name (a transliteration, read by its sound key) are the more frequent person's.
  const rootOf = (key: string) => { let r = key; for (let i = 0; i < CHAIN_REACH && parent.has(r); i++) r = parent.get(r)!; return r; };
  const bySound = new Map<string, Acc>();
  for (const p of people) {
    const sound = soundKey(p.key);
    const host = bySound.get(sound);
    if (!host) bySound.set(sound, p);
    else if (!parent.has(p.key) && rootOf(host.key) !== p.key) parent.set(p.key, rootOf(host.key));
  }
  // "IBK" beside "Ibrahim Boubacar Keïta": a word in capitals whose letters are the initials of one person's name of as
  // many words (three at least) is that person.
  // People by their initials, read once (a corpus names thousands of people).
  const byInitials = new Map<string, Set<string>>();
  for (const p of people) {
    if (p.tokens.length < INITIALS_MIN) continue;
    const initials = p.tokens.map((t) => t[0]).join('');
    (byInitials.get(initials) ?? byInitials.set(initials, new Set()).get(initials)!).add(parent.get(p.key) ?? p.key);
  }
  for (const a of acc.values()) {
    if (a.tokens.length !== 1 || parent.has(a.key) || a.key.length < INITIALS_MIN || ![...a.forms.keys()].every((f) => ACRONYM.test(f.trim()))) continue;
    const roots = byInitials.get(a.key);
    if (roots?.size === 1) parent.set(a.key, [...roots][0]!);
  }
  // "Yemenia" beside "Yemenia Airways", "Continental" beside "Continental Airlines": the short form of an
  // organisation whose name ends on organisation words ("Airways", "Group", "SA") is that organisation.
  const orgs = [...acc.values()].filter((a) => types.get(a.key) === 'org' && a.tokens.length >= 2).sort((x, y) => y.count - x.count);
  for (const a of acc.values()) {
    if (parent.has(a.key) || types.get(a.key) === 'person') continue;
    // "Iran" beside "#Iran Media": a country the text reads as a place is no organisation's short form.
    // "Los Angeles" beside "Los Angeles Times": nor is a city.
    if ((FR.knownPlaces.has(a.key) || FR.worldCities.has(a.key)) && a.place >= a.org) continue;
    const host = orgs.find((o) => o !== a && o.tokens.length > a.tokens.length && o.key.startsWith(`${a.key} `) && o.tokens.slice(a.tokens.length).every((t) => FR.foreignOrgWords.has(t)));
    if (host && !parent.has(host.key)) parent.set(a.key, host.key);
  }
  // "Kaja" beside "l'ouragan Kaja": the word that ends a phenomenon's name is that phenomenon, though a given name.
  const phenomena = [...acc.values()].filter((a) => a.tokens.length >= 2 && FR.phenomenonNouns.has(a.tokens[0]!)).sort((x, y) => y.count - x.count);
  for (const a of acc.values()) {
    if (a.tokens.length !== 1 || parent.has(a.key)) continue;
    const host = phenomena.find((p) => p.tokens[p.tokens.length - 1] === a.key);
    if (host) parent.set(a.key, host.key);
  }
  const entities: EntityRecord[] = [];
  const byKey = new Map<string, number>();
  const groups = new Map<string, Acc[]>();
  for (const a of acc.values()) {
    const root = rootOf(a.key);
    const g = groups.get(root) ?? [];
    g.push(a);
    groups.set(root, g);
  }
  for (const [root, members] of groups) {
    const head = members.find((m) => m.key === root) ?? members[0];
    const forms = new Map<string, number>();
    let person = 0, place = 0, org = 0, count = 0;
    for (const m of members) {
      for (const [f, n] of m.forms) forms.set(f, (forms.get(f) ?? 0) + n);
      person += m.person; place += m.place; org += m.org; count += m.count;
    }
    // A form in capitals ("ISMAILIA", a dateline) names the entity only when the text never writes it otherwise.
    const shouted = (f: string) => f.length >= SHOUTED_LENGTH && !/\p{Ll}/u.test(f);
    const headForms = [...head.forms.entries()].sort((x, y) => Number(shouted(x[0])) - Number(shouted(y[0])) || y[1] - x[1] || y[0].length - x[0].length);
    const rootType = types.get(root);
    const type = members.length > 1 ? (rootType === 'org' || rootType === 'other' ? rootType : 'person') : typeOf({ ...head, person, place, org, count });
    const id = entities.length;
    entities.push({
      id,
      name: headForms[0][0],
      type,
      aliases: [...forms.keys()].filter((f) => f !== headForms[0][0]),
      keys: members.map((m) => m.key),
      mentions: count,
    });
    for (const m of members) byKey.set(m.key, id);
  }
  return { entities, byKey };
}
