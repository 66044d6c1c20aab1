import lexicon from './data/fr-lexicon.json' with { type: 'json' };
import english from './data/en-fr.json' with { type: 'json' };
import places from './data/fr-places.json' with { type: 'json' };
import { fold } from './fold.js';
import { escapeRegExp } from '../regexp.js';

export { fold } from './fold.js';

/** Folds a name for grouping: like `fold`, with hyphens, dots and runs of spaces as one space. */
export function nameKey(text: string): string {
  return fold(text).replace(/[-.'\s\u00a0\u202f]+/g, ' ').trim();
}

/** A transliteration key, so that "Karoubi" finds "Kharoubi" and "Jean Marie" finds "Jean-Marie". */
export function soundKey(word: string): string {
  return nameKey(word)
    .replace(/ou/g, 'u')
    .replace(/kh/g, 'k')
    .replace(/sch|sh|ch/g, 'sh')
    .replace(/y/g, 'i')
    .replace(/ph/g, 'f')
    .replace(/([a-z])\1/g, '$1')
    .replace(/e\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const set = (words: string[]) => new Set(words.map(fold));

/** French resources, folded for lookups. */
export const FR = {
  elisions: set(lexicon.elisions),
  stopwords: set(lexicon.stopwords),
  /** Stop words as written, accents kept: "né" (born) is no stop word though it folds to "ne". */
  stopwordsAsWritten: new Set(lexicon.stopwords.map((w) => w.toLowerCase())),
  questionWords: set(lexicon.questionWords),
  /** Lower-case particles joined by a hyphen to a name's word ("al-Manfi"). */
  joinedNameParticles: lexicon.joinedNameParticles,
  /** Dutch and German particles of family names ("van", "von"), folded. */
  germanicParticles: new Set(lexicon.germanicParticles.map((w) => fold(w))),
  /** Words for a child between an article and a given name ("le petit Dylan"), folded. */
  childQualifiers: new Set(lexicon.childQualifiers.map((w) => fold(w))),
  /** Titles that head a body, whose "de X" names an organisation or a place ("le président de Rail World"), folded. */
  bodyTitles: new Set(lexicon.bodyTitles.map((w) => fold(w))),
  /** Phrases that work as a preposition ("à propos de", "à hauteur de"): their noun is no topic, folded. */
  prepositionalPhrases: lexicon.prepositionalPhrases.map((w) => fold(w).replace(/’/g, "'")),
  /** Adverbial phrases ("pour sa part"), their words lower case and split ("d'" a word of its own), as written. */
  /** Honorifics that say a profession, as written, and the role they give (data: honorificRoles): "Me" → avocat. */
  honorificRoles: new Map(Object.entries(lexicon.honorificRoles as Record<string, string>)),
  /** Words as written (lower case, accents kept) that take another word's search term (data: writtenTerms). */
  writtenTerms: new Map(Object.entries(lexicon.writtenTerms as Record<string, string>)),
  adverbialLocutions: lexicon.adverbialLocutions.map((w) => w.toLowerCase().replace(/’/g, "'").split(/(?<=')|\s+/).filter(Boolean)),
  /** Phrases of time between a speech verb and its speaker ("un peu plus tôt"), folded, longest first (data: speakerSkipPhrases). */
  speakerSkipPhrases: [...(lexicon.speakerSkipPhrases as string[])].sort((a, b) => b.length - a.length),
  /** Nouns that say only a person's sex or age ("jeune homme"), folded (data: plainPersonNouns). */
  plainPersonNouns: new Set<string>(lexicon.plainPersonNouns),
  /** Phrases of a question that say which kind of answer is asked ("moment de la journée"), folded: no word of theirs is a term. */
  framePhrases: [...lexicon.framePhrases, ...lexicon.fullNamePhrases].map((w) => fold(w).replace(/’/g, "'")),
  fullNamePhrases: lexicon.fullNamePhrases.map((w) => fold(w)),
  semiAuxiliaries: lexicon.semiAuxiliaries.map((w) => fold(w)),
  reflexiveAfterQuotation: lexicon.speechVerbs.reflexiveAfterQuotation.map((w) => fold(w)),
  /** Nouns whose "de X :" before a quotation gives X's words (data: speechVerbs.wordsOfNouns), folded. */
  wordsOfNouns: new Set<string>(lexicon.speechVerbs.wordsOfNouns.map((w: string) => fold(w))),
  relationalTitles: new Set(lexicon.relationalTitles.map((w) => fold(w))),
  /** Titles as written (lower case, accents kept): "jugé" is a verb, "juge" a title. */
  titles: new Set(lexicon.titles.map((t) => t.toLowerCase())),
  honorifics: new Set(lexicon.honorifics),
  placePrepositions: set(lexicon.placePrepositions),
  placeNouns: set(lexicon.placeNouns),
  orgNouns: set(lexicon.orgNouns),
  /** Capitalised nouns that open an organisation's name when adjectives follow ("l'État islamique"; data: orgNameHeads), folded. */
  orgNameHeads: set(lexicon.orgNameHeads),
  foreignOrgWords: set(lexicon.foreignOrgWords),
  foreignPlaceWords: set(lexicon.foreignPlaceWords),
  /** A foreign place word that ends a name → the French venue noun it stands for, both folded. */
  foreignVenueNouns: new Map(Object.entries(lexicon.foreignVenueNouns as Record<string, string>).map(([k, v]) => [fold(k), fold(v)])),
  placePrefixes: set(lexicon.placePrefixes),
  connectors: set(lexicon.connectors),
  pronouns: set(lexicon.pronouns),
  speechNouns: lexicon.speechNouns.map(fold),
  descriptionVerbs: set(lexicon.descriptionVerbs),
  frameWords: set(lexicon.frameWords),
  happenVerbs: set(lexicon.happenVerbs),
  impersonalHappenVerbs: set(lexicon.impersonalHappenVerbs),
  venueHeads: set(lexicon.venueHeads),
  townArticles: set(lexicon.townArticles),
  /** Set phrases that name a title in other words, with that title ("garde des Sceaux" → "ministre de la Justice"). */
  titlePeriphrases: new Map(Object.entries(lexicon.titlePeriphrases as Record<string, string>)),
  institutionHeads: set(lexicon.institutionHeads),
  titleQualifiers: set(lexicon.titleQualifiers),
  phenomenonNouns: set(lexicon.phenomenonNouns),
  lowerCaseTitles: set(lexicon.lowerCaseTitles),
  titlePronouns: set(lexicon.titlePronouns),
  personNounEndings: lexicon.personNounEndings,
  surePersonEndings: lexicon.surePersonEndings,
  notPersonNouns: set(lexicon.notPersonNouns),
  imperfectNouns: set(lexicon.imperfectNouns),
  /** As written (lower case, accents kept): "à" is a preposition, "a" a verb. */
  complementPrepositions: new Set(lexicon.complementPrepositions.map((w) => w.toLowerCase())),
  phraseBreakWords: set(lexicon.phraseBreakWords),
  /** Pronouns of the one who speaks or is spoken to ("nous", "on"): a speaker phrase opening on one names no one. */
  speakingPronouns: set(lexicon.speakingPronouns),
  /** "a prévenu celui qui …": a demonstrative that stands for a speaker, with the sex it says. */
  demonstrativeSpeakers: new Map(Object.entries(lexicon.demonstrativeSpeakers as Record<string, 'm' | 'f'>)),
  speakerClauseWords: set(lexicon.speakerClauseWords),
  /** Finite forms of a modal verb ('peut', 'devrait'): before a speech verb's infinitive, no one is reported. */
  modalForms: set(lexicon.modalForms),
  speakerPhraseStops: set(lexicon.speakerPhraseStops),
  /** Words before a name that make it a source a report cites ("selon", "d'après"), folded. */
  sourceLeads: lexicon.sourceLeads.map((w) => fold(w)),
  speakerSkipWords: set(lexicon.speakerSkipWords),
  speechInserts: set(lexicon.speechInserts),
  commonShortForms: new Map(Object.entries(lexicon.commonShortForms as Record<string, string>)),
  placeCueNouns: lexicon.placeCueNouns.map(fold),
  /** Folded demonym (masculine singular) → the country it names ("rwandais" → "Rwanda"). */
  demonyms: new Map(Object.entries(places.demonyms).map(([d, c]) => [fold(d), c])),
  /** Folded country part or press name → the folded country it is of ("angleterre" → "royaume-uni"). */
  countryParts: new Map(Object.entries(places.countryParts).map(([part, country]) => [fold(part), fold(country)])),
  /** Name keys of countries, their parts the press names as countries ("Angleterre") and regions (a cue that a name is a place). */
  knownPlaces: new Set([...places.countries, ...Object.keys(places.countryParts), ...places.regions].map((p) => fold(p).replace(/[-.'\s]+/g, ' ').trim())),
  /** Name keys of the world's capitals and large cities (a place cue; no country). */
  worldCities: new Set(places.cities.map((p) => fold(p).replace(/[-.'\s]+/g, ' ').trim())),
};

/** What a people's adjective adds for the feminine or the plural ("rwandaise", "marocains", "italienne", "belges"). */
export const DEMONYM_ENDINGS = ['e', 's', 'es', 'ne', 'nes', 'que', 'ques'];

/** The stem of a people's adjective or noun in any of its forms ("Allemandes" → "allemand"), folded, if it is one. */
export function demonymStem(word: string): string | undefined {
  const w = fold(word);
  if (FR.demonyms.has(w)) return w;
  for (const end of DEMONYM_ENDINGS) if (w.endsWith(end) && FR.demonyms.has(w.slice(0, -end.length))) return w.slice(0, -end.length);
  return undefined;
}

const TOWN_DEMONYMS = new Map(Object.entries(places.townDemonyms).map(([d, c]) => [fold(d), c]));

/** The places a text names by their people's adjective ("les manifestants parisiens" → Paris, "le pilote italien" →
 * Italie), folded. */
export function placesOfPeopleIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of fold(text).split(/[^a-z-]+/)) {
    if (word.length < 4) continue;
    const stem = [word, ...DEMONYM_ENDINGS.filter((end) => word.endsWith(end)).map((end) => word.slice(0, -end.length))].find((w) => FR.demonyms.has(w) || TOWN_DEMONYMS.has(w));
    if (stem !== undefined) out.add(fold(FR.demonyms.get(stem) ?? TOWN_DEMONYMS.get(stem)!));
  }
  return out;
}

/** True for a people's adjective or noun, feminine or plural too ("Libanais", "Marocaines", "Italienne"). */
export function isDemonym(word: string): boolean {
  return demonymStem(word) !== undefined;
}

/** English question vocabulary and its French search terms. */
export const EN = {
  stopwords: set(english.stopwords),
  words: new Map(Object.entries(english.words).map(([k, v]) => [fold(k), v.map(fold)])),
};

const COUNTRY_NAMES = new Map(Object.entries(english.countries).map(([k, v]) => [k, v[0]!]));
const COUNTRY_RE = new RegExp(`\\b(${[...COUNTRY_NAMES.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');
/** An English question with the names of countries written the French way ("Germany" → "Allemagne"). */
export function frenchCountryNames(text: string): string {
  return text.replace(COUNTRY_RE, (m) => COUNTRY_NAMES.get(m.toLowerCase()) ?? m);
}

/**
 * Every inflected form of the speech verbs (dire, déclarer, indiquer …) that may follow an auxiliary or stand
 * alone: participles, present, imperfect, simple past and future third persons, and the -ant form.
 */
function speechForms(): Set<string> {
  const forms = new Set<string>(lexicon.speechVerbs.forms.map(fold));
  // "s'est exclamé": the reflexive verbs whose forms say nothing but speech are listed apart, without "se".
  for (const verb of [...lexicon.speechVerbs.er, ...lexicon.speechVerbs.reflexive].map(fold)) {
    if (!verb.endsWith('er') || verb.includes(' ')) continue;
    const stem = verb.slice(0, -2);
    for (const end of ['e', 'ent', 'e', 'es', 'ee', 'ees', 'a', 'erent', 'ait', 'aient', 'ant', 'era', 'eront', 'erait', 'er']) forms.add(stem + end);
    // Stems that take a cedilla or an e before a/o (annoncer → annonça, juger → jugea).
    if (stem.endsWith('c')) for (const end of ['a', 'ait', 'ant']) forms.add(stem.slice(0, -1) + 'c' + end);
    if (stem.endsWith('g')) for (const end of ['ea', 'eait', 'eant']) forms.add(stem + end);
  }
  // Irregular lemmas listed as infinitives only (dire, écrire …) keep their listed forms.
  return forms;
}

/** Folded speech-verb forms ("déclaré", "indique", "a-t-il ajouté" → "ajoute"). */
export const SPEECH_FORMS = speechForms();

/** Folded lemma prefixes of the description verbs (décrire, qualifier, présenter …) as they start inflected forms. */
export const DESCRIPTION_STEMS = [...FR.descriptionVerbs].map((v) => v.replace(/(er|re|ir)$/, ''));

/** Auxiliaries and their inverted forms that precede a participle. */
const AUXILIARY_FORMS = new Set(['a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'aurait', 'auraient', 'eut', 'est', 'sont', 'était', 'étaient', 'a-t-il', 'a-t-elle', 'ont-ils', 'ont-elles', 'avait-il', 'avait-elle']);

/** True for an auxiliary or its inverted form, as written (so the preposition "à" is not the verb "a"). */
export function isAuxiliary(word: string): boolean {
  return AUXILIARY_FORMS.has(word.toLowerCase().replace(/’/g, "'"));
}

/**
 * True for a stop word. A word whose accents set it apart from the stop word it folds to ("né" from "ne", "dû"
 * from "du") is not one.
 */
export function isStopword(word: string): boolean {
  const lower = word.toLowerCase();
  const f = fold(lower);
  if (!FR.stopwords.has(f)) return false;
  return f === lower || FR.stopwordsAsWritten.has(lower);
}

/** True when a text holds a speech verb form ("a déclaré", "qu'a-t-il dit", "il a dénoncé"). */
export function hasSpeechForm(text: string): boolean {
  return fold(text).split(/[^a-z'-]+/).some((w) => SPEECH_FORMS.has(w.replace(/^.*'/, '')));
}

const FURNITURE = lexicon.pageFurniture.map((source) => new RegExp(source, 'iu'));

/** True for a line of web-page furniture (a credit, a date stamp, "Publicité", a tweet's signature), see fr-lexicon.json. */
export function isPageFurniture(sentence: string): boolean {
  const t = sentence.trim();
  return FURNITURE.some((re) => re.test(t));
}

/**
 * The people's adjectives (folded, masculine singular) that say a country or a part of it: "anglais" and
 * "britannique" for "Angleterre", "néerlandais" and "hollandais" for "Pays-Bas".
 */
export function peopleOf(country: string): string[] {
  const c = fold(country);
  const whole = FR.countryParts.get(c);
  const same = new Set([c, ...(whole ? [whole] : []), ...[...FR.countryParts].filter(([, w]) => w === c).map(([part]) => part)]);
  return [...FR.demonyms].filter(([, named]) => same.has(fold(named))).map(([d]) => d);
}

/**
 * A complement's preposition and the determiner after it, in folded text ("avec le", "face a sa"; data: setOffLeads): the
 * opening of a complement set off by a comma before a subject ("Brouillé avec le neveu K, H fut …"). A pattern each reader
 * ends as it needs: right before a title (annotation), or through the comma (the who answerer).
 */
export const SET_OFF_OPENING = `(?:^|[^a-z])(?:${lexicon.setOffLeads.map(escapeRegExp).join('|')})\\s+(?:le|la|les|l'|son|sa|ses|leur|leurs|du|des|un|une)`;

/** After a name, a lower-case word that is no conjunction: the name is the subject of the verb it opens ("X fut …"). */
export const VERB_NEXT = /^\s+(?!(?:et|ou|ni)\s)\p{Ll}/u;
