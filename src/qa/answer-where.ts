/** Where: the place a question asks for — a named place, or a venue that is not a name ("le hangar 12"). */
import { DEMONYM_ENDINGS, FR, fold, hasSpeechForm, isAuxiliary, nameKey, placesOfPeopleIn } from '../nlp/french.js';
import { isFrenchArea, isFrenchTown } from '../nlp/french-towns.js';
import { stem, terms, tokenize } from '../nlp/tokens.js';
import { alternation, escapeRegExp } from '../regexp.js';
import type { AnalyzedQuestion } from './analyze-question.js';
import type { Knowledge, ScoredSentence } from './knowledge.js';
import { absorb, anchors, best, clip, proximity, vote, type Candidate } from './candidates.js';
import { isGivenName } from '../nlp/given-names.js';
import { isKnownPlace, isPlatform, oneLetterMore } from '../nlp/entities.js';
import { foldChars } from '../nlp/fold.js';
import { formsOfVerb } from '../nlp/word-family.js';
import { anyWord, CUT, datesOtherDays, ofOtherShare, ofOtherYear, sharesStated, yearsStated, daysStated, farSupport, finish, ordinalAsked, ordinalFactor, readable, saysBirth, singularOf, weightOf, type Partial } from './answer-common.js';
import { asksPrecisely, isAnyPlace, isPersonNoun, isSpecificNoun, isSpot, isTownNoun, isVenueHead, narrowerPlaces } from './question-kind.js';
import { bareVenues, isStreetNoun, plainVenues, venues } from './spans.js';
import { clauseWeights, deniedRightBefore, mainClauseTerms, saysNegation } from './clauses.js';
import { TUNING } from './tuning.js';
import answerWords from './data/fr-answer-words.json' with { type: 'json' };
import quantityWords from './data/quantity-words.json' with { type: 'json' };
import { PARTICIPLE_END } from './subjects.js';
import questionNouns from './data/question-nouns.json' with { type: 'json' };

/** Characters before a place read for the title it is the complement of ("le président de la région de"). */
const TITLE_REACH = 48;
/** Between a name and the town or region that contains it: "X à Tokyo", "X, à Tokyo", "Bukavu au Sud-Kivu". */
const CONTAINED_BEFORE = /^\s*[»"”]?\s*,?\s*(?:à|a|au|aux|en)\s+$/u;
/** Characters before a place read for its preposition ("à", "dans la ville de"). */
const PREPOSITION_REACH = 24;
/** Before a place: "à", "dans", "la ville de", "l'île", "le port de" (folded). */
const PLACE_CUE = new RegExp(`(\\ba|\\bdans|\\b(${FR.placeCueNouns.join('|')})( [a-z-]+)? d[e'](\\s*l')?|\\bile|\\bport de)\\s*(l')?\\s*$`);
/** A short form in brackets after a name, the rest of the name between ("Bureau d'enquêtes et d'analyses (BEA)"). */
const SHORT_AFTER = /^[^().,;]*?\(\s*(\p{Lu}{2,}[\p{Lu}\d-]{0,8})\s*\)/u;
const SHORT_REACH = 48;
/** Before a place, folded: the noun it completes ("la morgue d'", "l'hôpital de la"). */
const OF_NOUN = /(\p{L}+)\s+(?:de|du|des|d')\s*(?:la\s+|l')?\s*$/u;
/** Characters before a place read for the venue noun asked ("dans le stade de"). */
const VENUE_REACH = 40;
/**
 * "du Musi-Café, un bar dans lequel …", "la Salvatorkirche, vieille église …", "depuis X, dernier grand bastion …": the
 * venue noun of a name's apposition, after it, with two adjectives before it at most (folded).
 */
const APPOSITION_AFTER = /^\s*,\s*(?:(?:un|une|le|la|l'|ce|cet|cette)\s*)?(?:[a-z-]+\s+){0,2}([a-z-]+)/;

/** A people's adjective, feminine or plural too ("rwandais", "rwandaise", "marocains"), in folded text. */
const DEMONYM = new RegExp(`(?:^|[^\\p{L}])(${[...FR.demonyms.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?:${DEMONYM_ENDINGS.join('|')})?(?![\\p{L}])`, 'gu');
/** A people's name as a whole ("francaises", "lorrains"), folded. */
const DEMONYM_WHOLE = new RegExp(`^(?:${[...FR.demonyms.keys()].map(escapeRegExp).join('|')})(?:${DEMONYM_ENDINGS.join('|')})?$`, 'u');
/** Place nouns, folded ("ville", "île"): a people's adjective after one says a place of origin. */
const PLACE_CUE_NOUNS = new Set(FR.placeCueNouns.map(fold));
/** Characters before a people's adjective read for the noun it qualifies. */
const DEMONYM_NOUN_REACH = 30;
/** Folded words as one alternation, longest first. */
const anyOf = (list: string[]) => alternation(list.map(fold));
/** The nouns of "quel pays", "quelle nationalité": where someone comes from is asked (folded). */
const ORIGIN_NOUNS = new Set(answerWords.originNouns.map(fold));
/** An origin noun asked as one: "de quel pays", "pays d'origine", or one that asks it alone ("quelle nationalité"), folded. */
const ORIGIN_NOUN_ASKED = new RegExp(`\\b(?:de|du|d') ?quel(?:le)?s? (?:${anyOf(answerWords.originNouns)})\\b|\\b(?:${anyOf(answerWords.originNouns)}) d'origine\\b|\\b(?:${anyOf(answerWords.originNounsAlone)})\\b`);
/** A question that asks where someone comes from ("d'où vient …", "originaire de quel …"), folded (data). */
const ORIGIN_ASKED = new RegExp(`\\b(?:${anyOf(answerWords.originQuestions)})\\b`);
/** The titles, folded, as one alternation ("maire|prefet|…"). */
const TITLES = anyOf([...FR.titles]);
/** "le maire de quelle ville": a title whose complement a question asks, folded. */
const TITLE_OF_ASKED = new RegExp(`(?:^|[^\\p{L}])(${TITLES})s?\\s+(?:de|du|des|d')\\s*quel`, 'u');
/** "le préfet de Charente-Maritime X", "le maire de Trèbes": a title right before the "de" that opens a place, folded. */
// "le président de la région de Valence": an area noun may come between.
const TITLE_OF = new RegExp(`(?:^|[^\\p{L}])(${TITLES})s?\\s+(?:de|du|des|d')\\s*(?:la\\s+|l')?\\s*(?:(?:${FR.placeCueNouns.join('|')})\\s+(?:de|du|des|d')\\s*(?:la\\s+|l')?\\s*)?$`, 'u');
/** Nouns that ask a country (data: question-nouns.json countryNouns), folded. */
const COUNTRY_NOUNS = new Set(questionNouns.countryNouns.map((n) => fold(n)));
/** Landmark words, folded ("près de", "au sud de", "voisin de"; data: nearBefore), as one alternation. */
const NEAR = answerWords.nearBefore.map((w) => escapeRegExp(fold(w))).join('|');
/** A landmark phrase right before a place ("près de Naples"). */
const NEAR_BEFORE = new RegExp(`(?:^|[^a-z])(?:${NEAR})\\s*(?:l')?\\s*$`);
/** A landmark phrase inside a venue's text ("village voisin de X", "ville près de Y"). */
const NEAR_INSIDE = new RegExp(`\\s(?:${NEAR})\\s`);
/** "à proximité de quelle ville", "près d'où": a landmark asked. */
const NEAR_ASKED = new RegExp(`(?:^|[^a-z])(?:${NEAR})\\s*(?:quel|quelle|quels|quelles|ou)\\b`);
/** Nouns that place something in or beside a place ("l'entrée", "le rebord"), folded (data: fr-answer-words.json positions). */
const POSITION_NOUNS = new Set(answerWords.positions);
/** True when the words of a venue after its noun ("salle de réunion") are all the question's own (or synonyms), and one at least. */
function toldByQuestion(text: string, noun: string, q: AnalyzedQuestion): boolean {
  const words = terms(text).filter((t) => t !== fold(stem(noun)));
  return words.length > 0 && words.every((t) => q.terms.has(t) || q.alternatives.has(t));
}

/** "après Brême", "avant Lisbonne" (folded): a name a question gives as the landmark of the fact asked. */
function landmarkIn(question: string, name: string): boolean {
  return new RegExp(`(?:^|[^a-z])(?:apres|avant)\\s+(?:l['’]\\s*)?${escapeRegExp(fold(name))}(?![a-z])`).test(fold(question));
}

/** Compass points ("nord-ouest"), folded, and a position asked relative to a landmark ("par rapport à la capitale"). */
const COMPASS = new Set(answerWords.compassPoints);
/** Nouns of a side of a place, and the words that tell which (data: fr-answer-words.json sideNouns, sideWords), folded. */
const SIDE_NOUNS = new Set(answerWords.sideNouns);
/** Nouns of a building's level (data: levelNouns), folded. */
const LEVEL_NOUNS = new Set(answerWords.levelNouns);
/** An ordinal before a level's noun (folded): "quatrieme", "4e", "4 eme", "premier", "dernier". */
const LEVEL_ORDINAL = '(?:\\p{L}+ieme|\\d+\\s?(?:e|er|ere|eme)|premier|premiere|second|seconde|dernier|derniere)';
const SIDE_WORDS = [...answerWords.sideWords].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
/** True when `word` stands as a whole word in `text`, its elided article allowed ("l'hôpital") but not the verb's elided pronoun (the "est" of "c'est" is no compass point). */
const saysWord = (text: string, word: string) => new RegExp(`(?<![\\p{L}])(?<!(?:c|n|s|qu)['’])${escapeRegExp(word)}(?![\\p{L}])`, 'u').test(text);
/** Place nouns that ask a part of a town (data: question-nouns.json subTownNouns). */
const SUB_TOWN_NOUNS = new Set(questionNouns.subTownNouns);
/** A distance and the article before a compass point ("à 185 km au sud-est", "à une trentaine de kilomètres à l'ouest"). */
const DISTANCE_BEFORE = /(?:^|\s)((?:\d[\d\s.,]*|une?\s+\p{L}+\s+de)\s*(?:km|kilomètres?|mètres?|miles?)\s+(?:au|à\s+l['’]|à\s+la)\s*)$/u;
const DISTANCE_REACH = 48;
const RELATIVE_ASKED = new RegExp(`(?:^|[^a-z])(?:${answerWords.relativeAsked.join('|')})(?![a-z])`);
/** Before a place, folded: where someone comes from ("originaire du", "né à", "venu de") (data). */
// "originaire de la ville syrienne de X": a place noun may come between.
const ORIGIN_BEFORE = new RegExp(`\\b(?:${anyOf(answerWords.originCues)})\\s+(?:de|du|des|d'|a|au|aux|en|dans)\\s*(?:l')?\\s*(?:(?:la\\s+|le\\s+|l')?(?:${FR.placeCueNouns.map(fold).join('|')})(?:\\s+[a-z-]+)?\\s+d(?:e\\s+|')\\s*(?:l')?\\s*)?$`);

/** The analysed terms of the verbs of leaving (data: fr-answer-words.json departureVerbs). */
const DEPARTURE_TERMS = new Set(answerWords.departureVerbs.flatMap((v) => terms(v)));
/** "d'où", "de quelle ville", "depuis quel port" (folded). */
const DEPARTURE_ASKED = /(?:^|[^a-z])(?:d'ou|de quel(?:le)?s?|depuis quel(?:le)?s?|du quel)(?![a-z])/;
/** A word that sets the place left right before its preposition ("était parti de", "au départ de", "embarqué à"), folded. */
const DEPARTURE_BEFORE = new RegExp(`\\b(?:${anyOf(answerWords.departureCues)})\\s+(?:de|du|des|d'|depuis|a|au|aux)\\s*(?:l')?\\s*$`);
/** A cue of departure, then a venue's noun phrase and its "de" ("exfiltré de l'hôtel de ville de "), folded. */
const DEPARTURE_VENUE_BEFORE = new RegExp(`\\b(?:${anyOf(answerWords.departureCues)})\\s+(?:de|du|des|d')\\s*(?:l')?\\s*(?:[a-z-]+\\s+){1,3}(?:de|du|des|d')\\s*(?:l')?\\s*$`);

/** A verb of leaving in any form and the article of its object ("a quitté la ", "quittaient l'"), folded (data: fr-answer-words.json leavingVerbs, forms from the Lefff). */
const LEFT_OBJECT_BEFORE = new RegExp(`\\b(?:${anyOf(answerWords.leavingVerbs.flatMap((v) => [v, ...formsOfVerb(v)]))})\\s+(?:la|le|les|l'|son|sa|ses|leur|leurs)\\s*$`);

/** The rest of a word, a place preposition and an article, up to a venue's noun ("mort dans les ", "caché sous son "). */
const PLACED_AFTER = /^[\p{L}’'-]*\s+(?:dans|sur|sous|derrière|devant|à|au|aux|en)\s+(?:(?:le|la|les|un|une|des|son|sa|ses|leur|leurs)\s+|l['’]\s*)?$/u;

/** Verbs of going somewhere (data: fr-answer-words.json destinationVerbs), folded. */
const DESTINATION_VERBS = new Set(answerWords.destinationVerbs.map(fold));
/** "… où ?", "vers quelle ville", "vers où" (folded): with a verb of going, the place gone to is asked. */
const DESTINATION_ASKED = /(?:^|[^a-z'])(?:ou|vers quel(?:le)?s?|pour quel(?:le)?s?)(?![a-z])/;
/** A verb of going right before "quel", "quelle" (folded): "rallier quelle ville". */
const DESTINATION_VERB_WHICH = new RegExp(`(?:^|[^a-z])(?:${[...DESTINATION_VERBS].join('|')})\\s+quel(?:le)?s?(?![a-z])`);
/**
 * A cue that sets the place after it as the place gone to ("s'envoler pour la", "devait se rendre à", "transféré au
 * commissariat central à"), folded, at the end of the text before the place.
 */
const DESTINATION_BEFORE = new RegExp(`(?:^|[^a-z])(?:${anyOf(answerWords.destinationCues)})\\s+(?:(?:la|le|les|l')\\s*)?(?:(?:[a-z'-]+\\s+){1,4}(?:a|au|aux|en)\\s+(?:l')?)?$`);
const DESTINATION_REACH = 64;

/** "une république de la ", "un quartier du ": the noun asked, indefinite, then "de" with an article, in folded text. */
const memberOfBefore = (noun: string) => new RegExp(`(?:^|[^\\p{L}])(?:un|une|des)\\s+${escapeRegExp(fold(singularOf(noun)))}s?(?:\\s+\\p{L}+)?\\s+(?:de\\s+la|de\\s+l'|du|des)\\s*$`, 'u');

/** A venue's words up to a name, and the "de" (with its article) that leads to it. */
const OF_WORDS = "(?:de\\s+la|de\\s+l['’]|de|des|du|d['’])";
const OF_INSIDE = new RegExp(`\\s${OF_WORDS}\\s*\\p{L}`, 'u');
const OF_BEFORE_NAME = new RegExp(`\\s+${OF_WORDS}\\s*$`, 'u');

/**
 * The words of a venue of the noun asked that come before a name the question gives ("salle des fêtes" of "salle
 * des fêtes de Vernay" for "À Vernay, … dans quelle salle ?"), when they say more than the noun and more than
 * the question says; undefined otherwise.
 */
function qualifiedBeforeAsked(v: { start: number; text: string; noun: string }, mentions: { entity: number; start: number }[], q: AnalyzedQuestion): string | undefined {
  if (q.noun === undefined || singularOf(q.noun) !== v.noun) return undefined;
  const first = mentions.filter((m) => q.entities.has(m.entity) && m.start > v.start && m.start < v.start + v.text.length).sort((a, b) => a.start - b.start)[0];
  if (!first) return undefined;
  const lead = v.text.slice(0, first.start - v.start);
  if (!OF_BEFORE_NAME.test(lead)) return undefined;
  const told = lead.replace(OF_BEFORE_NAME, '');
  const words = terms(told);
  // (Only a capital-free complement of the noun, "des fêtes", "d'armes": a name inside is read on its own, and an
  // adjective, "le quartier commerçant", tells a kind, no name.)
  return words.length > 1 && !/\p{Lu}/u.test(told.slice(1)) && OF_INSIDE.test(told) && words.some((t) => !q.terms.has(t) && !q.alternatives.has(t)) ? told : undefined;
}

/** Where: places named near the question's words ("à X", "dans la ville de X" weigh most). */
export function answerWhere(k: Knowledge, q: AnalyzedQuestion, ranked: ScoredSentence[]): Partial | null {
  const pool = new Map<string, Candidate>();
  const venueText = new Map<string, string>();
  // The name a town noun's venue is of ("la seule ville de Tacloban" → "Tacloban"), by the venue's key.
  const townOf = new Map<string, string>();
  // "Dans quel hôpital …": only a place the text calls a hospital answers.
  const venueAsked = q.noun && q.expects === 'place' && isSpecificNoun(q.noun) && !isSpot(q.noun) ? singularOf(q.noun) : undefined;
  // "Dans quel bâtiment …": a salle or a church is one.
  const narrower = venueAsked ? narrowerPlaces(venueAsked) : new Set<string>();
  const narrowerRe = anyWord(narrower);
  const namesVenue = (folded: string) => folded.includes(venueAsked!) || !!narrowerRe?.test(folded);
  // A venue of the noun asked or a narrower one ("Dans quel bâtiment …": a salle); "Dans quel quartier / quelle ville …":
  // an area is asked, and a building ("l'immeuble de logements") is none.
  const fitsNounAsked = (noun: string) => (venueAsked ? noun === venueAsked || narrower.has(noun) : !q.noun || isSpot(q.noun) || isAnyPlace(q.noun) || noun === singularOf(q.noun));
  // "l'Afrique du Nord", "l'Europe de l'Est": a known area with a point of the compass is an area too.
  const isCountry = (id: number) => FR.knownPlaces.has(nameKey(k.ann.entities[id].name).replace(COMPASS_PART, ''));
  // "Dans quelle partie de l'établissement …", "à quel endroit du centre commercial …": a part of a building the question
  // names is asked; a named place, or the building again, is no part of it.
  const partOf = PART_OF_ASKED.exec(fold(q.text))?.[1];
  // (A common noun, as the question writes it: "dans quel secteur de Tianjin" asks a part of a town.)
  const commonWhole = partOf !== undefined && (q.text.match(/\p{L}[\p{L}-]*/gu) ?? []).some((w) => fold(w) === partOf && /^\p{Ll}/u.test(w));
  const buildingPart = partOf !== undefined && commonWhole && partOf.length >= MIN_WHOLE && !isTownNoun(singularOf(partOf)) && !COUNTRY_NOUNS.has(singularOf(partOf)) && !isAreaNoun(singularOf(partOf)) ? singularOf(partOf) : undefined;
  // A venue of such a building's part is none of the building's noun, nor a town's or an area's.
  const outsideBuilding = (noun: string) => !!buildingPart && (noun === buildingPart || isTownNoun(noun) || isAreaNoun(noun));
  const townAsked = q.noun !== undefined && isTownNoun(q.noun);
  // "Dans quel port le navire n'a-t-il pas pu accoster ?": a question that says a negation asks what the text denies.
  const negationAsked = saysNegation(q.text);
  // "De quelle montagne …", "Quel volcan …": a natural feature is asked.
  const featureAsked = q.noun !== undefined && FEATURE_NOUNS.has(q.noun);
  const memberOfAsked = q.noun !== undefined ? memberOfBefore(q.noun) : undefined;
  const countryAsked = q.noun !== undefined && COUNTRY_NOUNS.has(q.noun);
  const subTownAsked = q.noun !== undefined && (SUB_TOWN_NOUNS.has(q.noun) || isStreetNoun(q.noun));
  const foldedQuestion = fold(q.text);
  const landmarkAsked = NEAR_ASKED.test(foldedQuestion);
  const relativeAsked = RELATIVE_ASKED.test(foldedQuestion);
  // "Le maire de quelle ville …": the title whose complement the question asks.
  const titleComplementAsked = TITLE_OF_ASKED.exec(foldedQuestion)?.[1];
  // "Le préfet de Charente-Maritime X a indiqué à La Rochelle", "le président de la région de Valence": the place a
  // title is of says whose title it is, not where the fact happened — unless the question asks of that title.
  const titleOf = (text: string, at: number) => {
    const title = TITLE_OF.exec(fold(text.slice(Math.max(0, at - TITLE_REACH), at)))?.[1];
    return title !== undefined && titleComplementAsked !== title ? TUNING.titleComplementPlace : 1;
  };
  // "installés où dans la grotte ?", "dans quelle partie du palais ?": a spot inside a place, not a named place.
  const inside = /\bou\s+dans\s+(?:le|la|les|l')/.test(fold(q.text)) || (q.noun !== undefined && isSpot(q.noun) && /\bdans\s+quel/.test(fold(q.text)));
  // A sentence that names a venue of the noun asked is read from lower coverage, as the abstention policy lets it answer.
  // "Narva Medical Center": the last two words first ("medical center" is a hospital, "center" a hall); "Playa Verde",
  // "Calle Mayor": in the Romance languages the noun comes first.
  // "Beth Israel Deaconess Medical Center de Boston": the town a name ends on is no part of its noun.
  const foreignVenueOf = (id: number) => {
    const words = fold(k.ann.entities[id].name).replace(/(?<=\S\s+\S+)\s+(?:de|du|des)\s.*$/, '').split(/\s+/);
    return FR.foreignVenueNouns.get(words.slice(-2).join(' ')) ?? FR.foreignVenueNouns.get(words.at(-1) ?? '') ?? (words.length > 1 ? FR.foreignVenueNouns.get(words[0]!) : undefined);
  };
  const saysVenue = venueAsked ? (r: ScoredSentence) => namesVenue(fold(r.sentence.text)) || r.sentence.mentions.some((m) => namesVenue(foreignVenueOf(m.entity) ?? '')) : undefined;
  const origins = new Set<string>();
  // "L'avion avait décollé de quelle ville ?", "Ils avaient embarqué d'où ?": the place left is asked.
  const departureAsked = [...q.terms.keys()].some((t) => DEPARTURE_TERMS.has(t)) && DEPARTURE_ASKED.test(fold(q.text));
  // "Il vient de quel pays ?", "son pays d'origine" — not "Il a été arrêté dans quel pays ?".
  // "Il allait où ?", "Vers quelle ville devait-il être conduit ?": the place gone to is asked.
  // "L'avion devait rallier quelle ville ?": the verb of going right before "quel" asks the place gone to too.
  const destinationAsked = fold(q.text).split(/[^a-z]+/).some((w) => DESTINATION_VERBS.has(w)) && (DESTINATION_ASKED.test(fold(q.text)) || DESTINATION_VERB_WHICH.test(fold(q.text)));
  // "évacué de la mairie de Tarvas et conduit vers un gymnase" for "On l'a conduit où ?": the place left is not the
  // place gone to ("exfiltré de la préfecture de Tarvas": for a name, the town of the venue left is left too).
  // ("sa dépouille a quitté la chapelle ardente": the place a verb of leaving takes as its object is left too.)
  const leftForGoneTo = (before: string, named: boolean) => destinationAsked && !departureAsked && (DEPARTURE_BEFORE.test(before) || LEFT_OBJECT_BEFORE.test(before) || (named && DEPARTURE_VENUE_BEFORE.test(before)));
  const destinations = new Set<string>();
  const givenByPeople = placesOfPeopleIn(q.text);
  // "Vers quelle ville … transporté ?", "Il revenait d'où ?", "Quelle était la destination du train ?", "il doit repartir
  // où ?": an end of a journey asked (see TOWARDS_BEFORE).
  const journeyAsked = destinationAsked || departureAsked || ORIGIN_ASKED.test(fold(q.text)) || TOWARDS_ASKED.test(fold(q.text)) || JOURNEY_WORDS.test(fold(q.text));
  // "Entre quelles (deux) villes …": two places asked, as the text names them ("entre Narva et Valga").
  const betweenAsked = BETWEEN_ASKED.test(foldedQuestion);
  const pairs = new Set<string>();
  const originAsked = (q.noun !== undefined && ORIGIN_NOUNS.has(q.noun) && ORIGIN_NOUN_ASKED.test(fold(q.text))) || ORIGIN_ASKED.test(fold(q.text)) || departureAsked;
  // "quelle ville russe": the country a people's adjective after the noun asked names, folded; a place the text sets in
  // it ("de Koursk en Russie") or calls by its people ("la ville russe de Koursk").
  const country = q.noun !== undefined ? countryNamedAfter(foldedQuestion, q.noun) : undefined;
  // (Named apart: the people's adjectives read in a sentence below name countries of their own.)
  const askedCountry = country;
  const countryAfter = country !== undefined ? new RegExp(`^\\s*,?\\s*(?:en|au|aux|\\()\\s*${escapeRegExp(country)}(?![\\p{L}])`, 'u') : undefined;
  const inCountry = (text: string, m: { start: number; end: number }) => !!countryAfter
    && (countryAfter.test(fold(text.slice(m.end, m.end + COUNTRY_REACH))) || countriesOfPeople(fold(text.slice(Math.max(0, m.start - COUNTRY_REACH), m.start))).includes(country!));
  // "Où exactement …": a venue says more than a town.
  const preciseAsked = asksPrecisely(foldedQuestion);
  // "Dans quelle localité du Nord …": the area a town noun asked is completed by, among the places the question names;
  // a place the text sets in it ("à Vorville-Plage dans le Nord", "Vorville-Plage (Nord)") is there.
  const area = q.noun !== undefined && (townAsked || venueAsked !== undefined) ? [...q.entities.keys()].find((id) => k.entityType(id) === 'place' && new RegExp(`${escapeRegExp(q.noun!)}s?\\s+(?:de\\s+la\\s+|de\\s+l'|du\\s+|des\\s+|de\\s+|d')${escapeRegExp(fold(k.ann.entities[id]!.name))}(?![a-z])`).test(foldedQuestion.replace(/’/g, "'"))) : undefined;
  // ("Dans quelle commune de Valdor …", "quel district de Tarvik": a town's or an area's noun names the place itself
  // by its "de"; only a building's ("l'église de Vorville") names the town it stands in.)
  const buildingAsked = venueAsked !== undefined && !townAsked && !subTownAsked && !isAreaNoun(venueAsked);
  const areaAfter = area !== undefined ? new RegExp(`^\\s*,?\\s*(?:\\(\\s*|(?:dans|en|au|aux)\\s+(?:(?:le|la|les|l['’])\\s*)?)(?:${[k.ann.entities[area]!.name, ...k.ann.entities[area]!.aliases].map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u') : undefined;
  const mainTerms = mainClauseTerms(q);
  const askedKeys = new Set([...q.entities.keys()].map((id) => nameKey(k.ann.entities[id].name)));
  const insideAsked = (key: string) => [...askedKeys].some((asked) => asked !== key && ` ${asked} `.includes(` ${key} `));
  // Acronyms the question writes ("à l'appel du CAL"), whether or not an entity was read from them.
  const askedAcronyms = new Set(q.text.match(ACRONYMS) ?? []);
  const isShortFormAsked = (text: string, end: number) => {
    const short = SHORT_AFTER.exec(text.slice(end, end + SHORT_REACH))?.[1];
    return short !== undefined && (askedKeys.has(nameKey(short)) || askedAcronyms.has(short));
  };
  const birth = saysBirth(q.text);
  // "elles ont été tuées où": an act the question asks the place of, by an auxiliary and a participle ("Il était de quel
  // village ?" asks none: where he is from).
  // (The participles the question writes after an auxiliary, as written.)
  const askedParticiples = tokenize(q.text).flatMap((t, i, all) => isAuxiliary(t.text) && !!all[i + 1] && PARTICIPLE_END.test(all[i + 1]!.text) && !isAuxiliary(all[i + 1]!.text) ? [all[i + 1]!.text] : []);
  const actAsked = askedParticiples.length > 0;
  const ranksAsked = ordinalAsked(q);
  // Places named in the very clause of a sentence that says all the question: the setting rule below spares them.
  const stated = new Set<string>();
  // Places a place cue opens ("à Rome") in the clause of the question's words.
  const cued = new Set<string>();
  // Only of a question that says enough to tell its fact ("Le procès s'est tenu où ?" says one word, which any
  // sentence on the trial covers).
  const statedAsked = q.terms.size >= TUNING.statedSettingTerms;
  // "Les funérailles du samedi 27 août, c'était dans quelle ville ?": a sentence that dates its fact by other days
  // ("une autre cérémonie est prévue mercredi 31 août à X") tells of another fact.
  const askedDays = daysStated(q.text);
  // "La finale de 1987, elle s'était disputée où ?": a sentence of another year tells another final.
  const askedYears = yearsStated(q.text);
  const askedShares = sharesStated(q.text);
  // "Devant l'aéroport du Bourget, en région parisienne, où a atterri l'avion de l'ancien joueur": a place that a relative
  // "où" joins to the question's own participle is where that act happened, though the sentence names its doer only by
  // a description. Such a sentence is read among the best ones, for the places before its "où" only.
  const participles = new Set(askedParticiples.flatMap((w) => terms(w)).filter((t) => q.terms.has(t)));
  const read = readable(ranked, true, saysVenue, TUNING.nounCoverage);
  const limits = new Map<ScoredSentence, number>();
  const inRead = new Set(read);
  for (const r of participles.size ? readable(ranked, false) : []) {
    if (inRead.has(r)) continue;
    const at = placedByRelative(r.sentence.text, participles);
    if (at !== undefined) limits.set(r, at);
  }
  for (const r of [...read, ...limits.keys()]) {
    const limit = limits.get(r) ?? Infinity;
    if (birth && !saysBirth(r.sentence.text)) continue;
    if (askedDays.size > 0 && datesOtherDays(r.sentence, askedDays)) continue;
    if (ofOtherYear(k, r.sentence, askedYears)) continue;
    if (ofOtherShare(r.sentence, askedShares)) continue;
    // "le premier sommet": a sentence that ranks its fact otherwise ("son second sommet") says another one.
    const weight = weightOf(r) * ordinalFactor(ranksAsked, r.sentence.text, q);
    const points = anchors(q, r);
    // "Il vivait à X, selon Y, qui précise qu'il possédait un appartement à Z": a named place counts by how much its
    // own clause says of the question.
    const clauseOf = clauseWeights(r.sentence, mainTerms, q);
    // "la maison de l'Amérique du Sud": a venue's name that stops inside a place's name ends where that name ends.
    const venuesHere = venues(r.sentence.text).map((v) => {
      const cut = r.sentence.mentions.find((m) => m.start < v.end && v.end < m.end && m.start >= v.start);
      return cut ? { ...v, end: cut.end, text: v.text + r.sentence.text.slice(v.end, cut.end) } : v;
    });
    const bornLed = birth && r.sentence.mentions.some((m) => BORN_LED.test(r.sentence.text.slice(Math.max(0, m.start - BORN_LED_REACH), m.start)));
    for (const m of inside ? [] : r.sentence.mentions.filter((o) => o.end <= limit)) {
      // "du Kohvik Lumi, un bar dans lequel …": a name the apposition after it calls the venue asked is one, whatever
      // else its words suggest.
      const apposed = !!venueAsked && namesVenue(APPOSITION_AFTER.exec(fold(r.sentence.text.slice(m.end, m.end + VENUE_REACH)))?.[0] ?? '');
      // "57 ans, de New Tarvas", "originaire de Valga": a name a cue of origin opens is a place, whatever type
      // its words suggest.
      const before = fold(r.sentence.text.slice(Math.max(0, m.start - PREPOSITION_REACH), m.start));
      const fromCued = originAsked && (ORIGIN_BEFORE.test(before) || AGE_THEN_FROM.test(before));
      // "son discours à l'ONU": a body after an occasion's noun and "à", "au" is where the occasion was.
      const bodyHosts = m.type === 'org' && !venueAsked && hostedBy(before);
      if (q.entities.has(m.entity) || (m.type !== 'place' && m.type !== 'other' && !apposed && !fromCued && !bodyHosts)) continue;
      // "Né le 11 décembre 1930 à Piolenc, ce fils d'industriel a suivi à Paris les cours …": of a sentence that leads a
      // place by the birth participle, only that place (and the ones set right after it) answers where someone was born.
      if (bornLed && !BORN_LED.test(r.sentence.text.slice(Math.max(0, m.start - BORN_LED_REACH), m.start))) continue;
      // "sur Twitter", "sur Telegram": an online platform is no place.
      if (isPlatform(k.ann.entities[m.entity]!.name)) continue;
      // "Dans quelle église de Tarvik …" of "la petite église de Vorville": the place a venue is of, other than the area
      // asked, tells another venue.
      if (area !== undefined && buildingAsked && m.entity !== area && m.type === 'place' && /(?:^|[^a-z])(?:de|du|d')\s*$/.test(before)) continue;
      // (A part of a building is asked: a named place is none.)
      if (buildingPart) continue;
      // "Il ne sera jugé ni à Lyon ni à Nantes", "…, pas à Lyon": a place a negation right before denies is none of the
      // fact's ("rien n'a empêché les lecteurs d'attendre devant la librairie X" denies nothing of the shop).
      if (!negationAsked && deniedRightBefore(r.sentence.text, m.start)) continue;
      // "Elles ont été tuées où ?" of "les deux Françaises tuées étaient originaires de Nice": where someone comes from
      // answers only where they come from (or were born).
      if (actAsked && !originAsked && !birth && ORIGIN_BEFORE.test(before)) continue;
      // "le Vega-7" asked, "Vega" read as a name of its own elsewhere: a name inside one the question gives restates it.
      if (insideAsked(nameKey(k.ann.entities[m.entity]!.name))) continue;
      // "toujours selon Reuters", "selon Moscou": a name "selon" opens is who told it, even one read elsewhere as a place.
      if (!venueAsked && (m.type === 'other' ? isSource(r.sentence.text, m) : sourceLed(r.sentence.text, m))) continue;
      // "du Varistan, une république de la Fédération X" for "de quelle république": the name after "un(e) NOUN de la"
      // is what one such place belongs to, not the one asked.
      if (memberOfAsked?.test(before)) continue;
      // "De quelle province canadienne …": the country the question's people's adjective names holds the place asked; it is
      // not that place.
      if (askedCountry !== undefined && nameKey(k.ann.entities[m.entity].name) === nameKey(askedCountry)) continue;
      // "dans quel État ?": "l'État" is the noun asked, no answer.
      if (q.noun !== undefined && singularOf(fold(k.ann.entities[m.entity].name)) === singularOf(q.noun)) continue;
      // "Dans quelle ville …": a country or a region is no town.
      if (townAsked && (isCountry(m.entity) || isFrenchArea(k.ann.entities[m.entity].name))) continue;
      // "… de Kharp, dans la région de Yamal-Nenets": a place an area noun opens is an area, no town.
      if (townAsked && areaOpens(before)) continue;
      // "au café Argana de la place Jamâa El-Fna" for "Dans quelle ville …": a name a venue's or a street's noun opens
      // ("la place X", "l'hôtel X") is that venue's, no town.
      if (townAsked && venueOpens(before)) continue;
      // "glissé du mont X jusqu'à Y" for "Quelle commune …": a feature's name (a mountain, a lake) is no town.
      // "De quelle montagne …": only a name a feature's noun opens answers ("du mont X"), no town.
      const featureNamed = (townAsked || subTownAsked || featureAsked) && FEATURE_BEFORE.test(apostrophes(before));
      if ((townAsked || subTownAsked) && featureNamed) continue;
      if (featureAsked && !featureNamed && !FEATURE_NOUNS.has(fold(k.ann.entities[m.entity]!.name).split(/[\s-]/)[0]!)) continue;
      // "s'est écrasé dans le Sinaï": a town is "à" a place; "dans le", "dans la" open a region's name.
      // (A town whose name holds its article, "dans La Rochelle", writes it in capitals.)
      // (The words right before the name as written, read by the three tests below.)
      const written = r.sentence.text.slice(Math.max(0, m.start - PREPOSITION_REACH), m.start);
      if (townAsked && IN_AREA_BEFORE.test(written)) continue;
      const name = k.ann.entities[m.entity]!.name;
      // "la victoire acquise contre Brelance": a place one plays or fights against is a side, not where it happened.
      if (AGAINST_BEFORE.test(written)) continue;
      // "sa troisième place en Ligue du nord": "en" opens a country, a region or a league, no town the lists know otherwise
      // ("en Avignon").
      // "au Nouveau-Mexique": so does "au", "aux" (not "au Caire", "au Havre"; nor "au Charolais Grill de Saint-Herblain",
      // a venue's name that says its town).
      if (townAsked && (IN_BEFORE.test(written) || (AU_BEFORE.test(written) && !TOWN_OF_VENUE.test(name))) && !isFrenchTown(name) && !FR.worldCities.has(nameKey(name))) continue;
      // "Santa Fe (Nouveau-Mexique)": a name in brackets right after another name is the area that one lies in.
      if (townAsked && NAME_THEN_BRACKET.test(written)) continue;
      // "Dans quel quartier …", "Dans quelle rue …": a town, a region or a country is no part of a town.
      if (subTownAsked && (isCountry(m.entity) || isFrenchArea(name) || isFrenchTown(name) || FR.worldCities.has(nameKey(name)))) continue;
      // "Le second bar visé, il est dans quel quartier ?": the town the story is set in, which half of the articles or more
      // name, is no part of a town.
      if (subTownAsked && k.ann.articles.length >= TUNING.settingArticles && k.ann.entities[m.entity]!.docs.length * 2 >= k.ann.articles.length) continue;
      // "Dans quel pays …": a town is no country.
      if (countryAsked && !isCountry(m.entity)) continue;
      // "Dans quel hôpital …" ("une clinique en Suisse"): a country is no building.
      if (venueAsked && FR.venueHeads.has(venueAsked) && isCountry(m.entity)) continue;
      // "les locaux du Bureau d'enquêtes et d'analyses (BEA)" for "les locaux du BEA, c'est où ?": the name the
      // question gives in short is not where it is.
      if (isShortFormAsked(r.sentence.text, m.end)) continue;
      // "la morgue d'Orbetello" for "Dans quelle ville se trouve la morgue …": the complement of a noun the question says
      // is a place cue too.
      const ofNoun = OF_NOUN.exec(before)?.[1];
      const cue = PLACE_CUE.test(before) || (ofNoun !== undefined && q.terms.has(fold(stem(ofNoun)))) ? 1 : /\b(en|au|aux)\s*$/.test(before) ? 0.7 : 0.45;
      // "le Staples Center" for "Dans quelle salle …": a foreign place word that ends the name says the venue.
      const foreignVenue = foreignVenueOf(m.entity);
      // ("place Carnot (3e arrondissement de Lyon), a indiqué la Préfecture": a venue noun a bracket and a comma, or a
      // semicolon, close before it is none of the name's; "l'institut médico-légal (IML) de Dijon" keeps its own.)
      const venueWindow = r.sentence.text.slice(Math.max(0, m.start - VENUE_REACH), m.start).replace(/^.*(?:\)\s*,|;)/su, '');
      if (venueAsked && !apposed && !namesVenue(fold(venueWindow + r.sentence.text.slice(m.start, m.end))) && !(foreignVenue && namesVenue(foreignVenue))) continue;
      // "sous les ors de ce palais dominant Rome" for "dans quel palais": a place a participle after the venue's noun
      // leads is what the venue stands over or in, not its name.
      if (venueAsked && !apposed && participleAfterVenue(fold(venueWindow), venueAsked)) continue;
      // "devant un immeuble dans la ville de Tarvas" for "devant quel bâtiment": a name a town noun opens is a town's,
      // not the venue's.
      const townBefore = TOWN_NOUN_BEFORE.exec(before)?.[1];
      if (venueAsked && !apposed && townBefore !== undefined && isTownNoun(singularOf(townBefore)) && !isTownNoun(venueAsked)) continue;
      // A name of no known type is a place only after a place preposition ("partis de Montpellier").
      let untyped = bodyHosts ? TUNING.untypedPlace : 1;
      if (m.type === 'other') {
        // (A cue of origin says a place with its article too: "originaire de l'Idaho".)
        if (!fromCued && !/\b(a|dans|de|du|d'|depuis|vers|en|au|aux|pres de|jusqu'a)\s*$/.test(before)) continue;
        // "des millions de Lorrains": a people's name is no place.
        if (DEMONYM_WHOLE.test(fold(k.ann.entities[m.entity]!.name))) continue;
        untyped = TUNING.untypedPlace;
      }
      // "Il vient de quel pays ?": a place after "originaire de", "né à", "venu de" says where someone comes from.
      // "David Kask, 57 ans, de Narva": a place after a person's age says where they come from.
      if (fromCued) origins.add(`e${m.entity}`);
      // "était parti de Narva", "au départ de Narva", "embarqué à Valga": the place left.
      if (departureAsked && DEPARTURE_BEFORE.test(before)) origins.add(`e${m.entity}`);
      if (leftForGoneTo(before, true)) continue;
      // "s'envoler pour la Finlande", "transféré au commissariat central à Valga": the place gone to.
      if (destinationAsked && DESTINATION_BEFORE.test(fold(r.sentence.text.slice(Math.max(0, m.start - DESTINATION_REACH), m.start)))) destinations.add(`e${m.entity}`);
      // The most precise place answers best: a city over the country or region named beside it.
      // "au Nippon Budokan à Tokyo": a town that places the name right before it contains that place.
      // "au cimetière de Forest Lawn, à Hollywood": so does a named venue right before it.
      // (Not when a town is asked: "au centre médical X à Scottsdale" — the town that holds the venue is the answer.)
      const container = !townAsked && (r.sentence.mentions.some((o) => o !== m && o.type !== 'person' && !q.entities.has(o.entity) && o.end <= m.start
        && CONTAINED_BEFORE.test(r.sentence.text.slice(o.end, m.start)))
        || venuesHere.some((v) => v.end <= m.start && /[\p{Lu}\d]/u.test(v.text.slice(1)) && CONTAINED_BEFORE.test(r.sentence.text.slice(v.end, m.start))));
      const specific = (isCountry(m.entity) && r.sentence.mentions.some((o) => o.type === 'place' && !isCountry(o.entity) && !q.entities.has(o.entity)) ? TUNING.countryBesidePlace : 1)
        * (container ? TUNING.containerPlace : 1);
      const inClause = clauseOf(m.start);
      if (inClause === 0) continue;
      // "le verdict dans l'affaire des viols de Mazan": the place that completes a case's noun names the case, not where
      // the fact asked happened (unless the question says the noun).
      if (caseNamed(before, q) || (!originAsked && peopleNamed(before, q))) continue;
      // "Il recrutait sur quel site ?": "Internet", the whole network, names no site of it.
      const foldedName = fold(name);
      if (q.noun !== undefined && ONLINE_NOUNS.has(q.noun) && WHOLE_NETWORKS.has(foldedName)) continue;
      // "Les manifestants parisiens marchaient vers quel endroit ?": the place the question names by its people is given.
      if (givenByPeople.has(foldedName)) continue;
      // "à Meta di Sorrento, au sud de Naples": a landmark the place is set by is not where the fact happened.
      // Unless a landmark is asked ("à proximité de quelle ville …").
      const landmark = NEAR_BEFORE.test(before) && !landmarkAsked ? TUNING.landmarkPlace
        // "un atterrissage d'urgence en Illinois, en chemin vers Minneapolis, de retour d'Atlanta": the ends of a journey are
        // not where a fact on the way was.
        : !journeyAsked && TOWARDS_BEFORE.test(before) ? TUNING.towardsPlace
        // "atterri d'urgence à Moline, quelques heures après un concert à Atlanta": the place of the fact a time is
        // counted from is that fact's (unless the question names it).
        : !journeyAsked && eventLandmark(fold(r.sentence.text.slice(Math.max(0, m.start - EVENT_LANDMARK_REACH), m.start)), q) ? TUNING.landmarkPlace
        // "Le bilan de l'attentat de Marrakech s'alourdit : une victime a succombé dans un hôpital de Zurich": the place
        // that completes the deed's noun names the deed, not where a fact after it happened (unless the question says it).
        : deedNamed(before, q) ? TUNING.landmarkPlace : 1;
      const ofTitle = titleOf(r.sentence.text, m.start);
      const located = (inCountry(r.sentence.text, m) ? TUNING.askedCountry : 1) * (preciseAsked ? TUNING.placeWhenPrecise : 1)
        * (areaAfter?.test(r.sentence.text.slice(m.end, m.end + AREA_REACH)) ? TUNING.inAreaAsked : 1);
      vote(pool, `e${m.entity}`, weight * cue * untyped * specific * inClause * ofTitle * landmark * located * proximity(m.start, points), r.index, r.sentence.doc);
      if (inClause === 1 && PLACE_CUE.test(before)) {
        cued.add(`e${m.entity}`);
        if (statedAsked && r.coverage >= TUNING.statedSetting) stated.add(`e${m.entity}`);
      }
    }
    // "entre Narva et Valga": the two places the question asks, answered together.
    if (betweenAsked) {
      for (const [a, b] of placePairs(r.sentence.text, r.sentence.mentions.filter((m) => m.type !== 'person' && !q.entities.has(m.entity)))) {
        const inClause = clauseOf(a.start);
        if (inClause === 0) continue;
        const key = `p${a.entity}-${b.entity}`;
        vote(pool, key, weight * inClause * proximity(a.start, points), r.index, r.sentence.doc);
        if (!venueText.has(key)) venueText.set(key, `${k.ann.entities[a.entity]!.name} et ${k.ann.entities[b.entity]!.name}`);
        pairs.add(key);
      }
    }
    // "Il vient de quel pays, le bénévole ?": "le bénévole rwandais" says the country by its people's adjective.
    // Not when a town or a venue is asked: "le suspect syrien" says no town, "le quartier européen" no street.
    if (originAsked && !townAsked && !venueAsked) {
      for (const m of fold(r.sentence.text).matchAll(DEMONYM)) {
        const country = FR.demonyms.get(m[1]!)!;
        // "De quelle province canadienne …": the country the question's own people's adjective names is not the place asked.
        if (askedCountry !== undefined && fold(country) === askedCountry) continue;
        // "quelle région du Kirghizstan" of "la région kirghize d'Och": the question's own country, however spelt.
        if ([...q.entities.keys()].some((id) => fold(k.ann.entities[id].name) === fold(country)) || fold(q.text).split(/[^\p{L}-]+/u).some((w) => w === fold(country) || oneLetterMore(w, fold(country)))) continue;
        // The people's adjective qualifies the one asked ("le bénévole rwandais") or a place, not another noun ("le
        // gouvernement grec" for "D'où est parti le feu ?").
        const at = m.index! + m[0].indexOf(m[1]!);
        const noun = /(\p{L}+)\s*$/u.exec(r.sentence.text.slice(Math.max(0, at - DEMONYM_NOUN_REACH), at))?.[1];
        // (A place of origin may be the one qualified: "originaire de la ville estonienne de Tartu".)
        if (noun === undefined || !(q.terms.has(fold(stem(noun))) || isTownNoun(fold(noun)) || PLACE_CUE_NOUNS.has(fold(noun)))) continue;
        const key = `v${fold(country)}`;
        vote(pool, key, weight * TUNING.demonym * proximity(m.index! + m[0].length - m[1]!.length, points), r.index, r.sentence.doc);
        if (!venueText.has(key)) venueText.set(key, country);
        origins.add(key);
      }
    }
    // Venues that are not names: "le hangar 12", "la place des Martyrs", "un hall du parc des expositions".
    for (const found of venuesHere.filter((v) => !outsideBuilding(v.noun) && v.end <= limit)) {
      // "la région de Valence Carlos Mazón": a venue ends where a person's name begins.
      // Only after a name ("de Valence"): "l'hôtel Negresco", "l'île de Fernando de Noronha" hold what may be read as one.
      // ("la mosquée Imam Muhammad X": a title before the name is part of the venue's name, as it is of the person's.)
      const person = r.sentence.mentions.find((m) => m.type === 'person' && m.start > found.start && m.start < found.end
        && /\p{Lu}[\p{L}-]*\s+$/u.test(r.sentence.text.slice(found.start, m.start)) && !FR.titles.has(fold(/(\p{L}+)\s+$/u.exec(r.sentence.text.slice(found.start, m.start))![1]!)));
      let v = person ? { ...found, end: person.start, text: r.sentence.text.slice(found.start, person.start).trimEnd() } : found;
      // "cette salle accueillant 18.000 personnes": a venue that ends inside a figure is told by a count; it names nothing.
      if (FIGURE_GOES_ON.test(r.sentence.text.slice(v.end, v.end + 4))) continue;
      // A venue denied ("ni à la mairie") or left when the place gone to is asked is none (as for names above).
      if ((!negationAsked && deniedRightBefore(r.sentence.text, v.start)) || leftForGoneTo(fold(r.sentence.text.slice(Math.max(0, v.start - PREPOSITION_REACH), v.start)), false)) continue;
      // "l'icône du cinéma français Paul Vernet": a venue noun whose name is a person's full name names no venue.
      const named = r.sentence.mentions.find((m) => m.type === 'person' && m.start > found.start && m.start < found.end && /\s/.test(k.ann.entities[m.entity]!.name.trim()));
      // Only a name that opens on a given name, after a word that qualifies the noun ("l'île de Joana da Costa",
      // "le cimetière de Beit Noam" are places a name of people's words may be read in).
      // ("au centre médical Honor Vale": a venue its noun and an adjective of kind name is one, whatever its name.)
      if (!person && named && !found.noun.includes(' ') && isGivenName(k.ann.entities[named.entity]!.name.split(/[\s-]+/)[0]!) && /(?<![\p{L}])(?!(?:de|du|des|d)\s)\p{Ll}+\s+$/u.test(r.sentence.text.slice(found.start, named.start))
        && !/\p{Lu}/u.test(r.sentence.text.slice(found.start, named.start))
        // ("au stade Santiago Bernabeu": a venue's noun right before a person's name names the venue after them.)
        && fold(r.sentence.text.slice(found.start, named.start)).trim() !== fold(found.noun)) continue;
      // "la cathédrale de Nantes" for "Dans la cathédrale de Nantes, …": a venue of a name the question gives restates it —
      // unless its noun is not the question's ("Dans quel lieu de Puisseguin …": "le foyer municipal de Puisseguin") —
      // a town noun's is the town itself ("la localité balnéaire de Mati" for "le feu qui a dévasté Mati").
      // ("après Brême … repartir où ?" of "avait pour destination Brême": a name the question gives as a landmark
      // is no part of the place asked.)
      const restates = r.sentence.mentions.some((m) => q.entities.has(m.entity) && m.start >= v.start && m.end <= v.end
        && (q.terms.has(fold(stem(v.noun))) || saysWord(fold(q.text), fold(v.text.split(/\s/)[0]!)) || !v.text.includes(' ') || isTownNoun(v.noun)
          || landmarkIn(q.text, r.sentence.text.slice(m.start, m.end))));
      // ("le 3e arrondissement de Lyon" for "dans quel arrondissement de Lyon": its rank is what the question asks.)
      // ("la salle d'armes du château X" for "Au château X, dans quelle salle …": the words that tell the noun
      // asked before the name the question gives are what it asks.)
      const told = restates && !saysRank(v.text) ? qualifiedBeforeAsked(v, r.sentence.mentions, q) : undefined;
      if (told) v = { ...v, end: v.start + told.length, text: told };
      else if ((restates && !saysRank(v.text)) || isShortFormAsked(r.sentence.text, v.end)) continue;
      // "une salle de réunion" for "Dans quel lieu les réunions se sont-elles tenues ?": a venue that names nothing
      // (no capital, no figure) and is told only by the question's own words restates it.
      // ("le rebord de la grotte" for "où dans la grotte ?": a position is told by what it is of.)
      // ("la buanderie de l'hôpital" for "dans quelle partie de l'hôpital ?": the whole whose part is asked tells
      // which part the venue is; its own noun answers.)
      // (A part of a building is asked: a venue with a name, "l'aéroport LaGuardia", "destination de Charlotte", is no part
      // of it, as a named place is none — unless it names the whole asked: "32e étage de l'hôtel Mandalay Bay".)
      if (buildingPart && /\p{Lu}/u.test(v.text.slice(1)) && !terms(v.text).includes(fold(stem(buildingPart)))) continue;
      if (!/[\p{Lu}\d]/u.test(v.text.slice(1)) && !POSITION_NOUNS.has(v.noun) && toldByQuestion(v.text, v.noun, q) && !(buildingPart && v.noun !== buildingPart && terms(v.text).includes(fold(stem(buildingPart))))) continue;
      // "d'après l'Institut américain de géophysique", "le Bureau d'enquêtes … avait confirmé": a body that says something
      // is a source, not a place.
      if (!venueAsked && isSource(r.sentence.text, v)) continue;
      // "au nord-est de Carcassonne" places by a landmark: it answers only "où … par rapport à X".
      if (COMPASS.has(v.noun) && !relativeAsked) continue;
      // "un village voisin de Carcassonne", "une ville voisine des Abruzzes": a place told by a landmark is no name.
      if (NEAR_INSIDE.test(fold(v.text))) continue;
      // "cette commune des Yvelines", "la capitale des Abruzzes": a town told by its department, region or country is
      // no name.
      const of = isTownNoun(v.noun) ? /\s(?:(?:des|du|de)\s+|d['’]\s*)(?:la\s+|l['’])?(.+)$/u.exec(v.text)?.[1] : undefined;
      // A plural after "des" is an area too: no town is named in the plural ("une ville voisine des Abruzzes").
      if (of !== undefined && (isFrenchArea(of) || FR.knownPlaces.has(nameKey(of)) || /\sdes\s+\p{Lu}/u.test(v.text))) continue;
      // "une ville de la province", "une place centrale de la ville": a town or street noun whose words name nothing (no
      // capital) is no name.
      if (isTownNoun(v.noun) && !/\p{Lu}|\d/u.test(v.text.slice(v.text.search(/\s/)))) continue;
      if (isStreetNoun(v.noun) && !/\p{Lu}|\d/u.test(v.text.slice(1))) continue;
      // "une ville du centre du pays", "une ville d'environ 30 000 habitants": a town noun whose complement opens on a
      // common word describes a town; it does not name one.
      if (isTownNoun(v.noun) && DESCRIBED_TOWN.test(v.text)) continue;
      if (!fitsNounAsked(v.noun)) continue;
      // "Dans quelle église de Tarvik …" of "la petite église de Vorville": a venue of another place than the area asked.
      if (area !== undefined && buildingAsked && r.sentence.mentions.some((m) => m.start >= v.start && m.end <= v.end && m.type === 'place' && m.entity !== area)
        && !r.sentence.mentions.some((m) => m.start >= v.start && m.end <= v.end && m.entity === area)) continue;
      // "Près de quel aéroport …" of "l'aéroport de la capitale": the venue asked by its noun, told by words that name
      // nothing (no capital, no figure), is not named.
      // ("le quatrième étage" is named by its rank.)
      // (Nor one whose name the question gives: its words before that name are what is asked, read above.)
      if (!told && q.noun && singularOf(q.noun) === v.noun && !/\p{Lu}/u.test(v.text.slice(1)) && !/\d/.test(v.text) && !RANKED.test(v.text)) continue;
      // "à Petionville, une banlieue du nord de la capitale": a venue in apposition to a place's name describes that
      // place, which answers (read above); the description names nothing.
      // "à Eastleigh, le quartier somali de Nairobi": with a definite article too, when the name is no town or country the
      // data knows ("à Paris, la place de la République" is a place in the town).
      if (r.sentence.mentions.some((m) => m.type !== 'person' && (APPOSED_VENUE.test(r.sentence.text.slice(m.end, v.start))
        || (APPOSED_BARE.test(r.sentence.text.slice(m.end, v.start)) && NOUN_OF.test(v.text))
        || (APPOSED_DEFINITE.test(r.sentence.text.slice(m.end, v.start)) && !isKnownPlace(r.sentence.text.slice(m.start, m.end)))))) continue;
      // A narrower venue holds the noun asked as well ("hôpital Saint-Louis" for "quel établissement hospitalier").
      // "Où … par rapport à Narva ?": a place told by the compass answers as the venue asked does, with the distance
      // the text gives before it ("à 185 km au sud-est de Narva").
      const compass = relativeAsked && COMPASS.has(v.noun);
      const asked = compass || (q.noun && (singularOf(q.noun) === v.noun || narrower.has(v.noun))) ? TUNING.askedVenue : 1;
      // "le président de la région de Valence": a venue a title is of, likewise.
      const ofTitle = titleOf(r.sentence.text, v.start);
      const key = `v${fold(v.text)}`;
      vote(pool, key, weight * TUNING.venue * asked * ofTitle * proximity(v.start, points), r.index, r.sentence.doc);
      if (!venueText.has(key)) venueText.set(key, compass ? `${DISTANCE_BEFORE.exec(r.sentence.text.slice(Math.max(0, v.start - DISTANCE_REACH), v.start))?.[1] ?? ''}${v.text}` : v.text);
      if (of !== undefined) townOf.set(key, of);
    }
    // "devant la cathédrale où se déroulait une cérémonie": a venue said by its noun alone, weakest of all.
    for (const v of bareVenues(r.sentence.text).filter((b) => !outsideBuilding(b.noun) && b.end <= limit)) {
      if (!fitsNounAsked(v.noun)) continue;
      if (q.terms.has(fold(stem(v.noun)))) continue;
      const inClause = clauseOf(v.start);
      if (inClause === 0) continue;
      const key = `v${fold(v.text)}`;
      // "qui s'est donné la mort dans les toilettes": a venue right after the question's words places their fact.
      const placed = points.some((p) => p < v.start && PLACED_AFTER.test(r.sentence.text.slice(p, v.start)));
      // (A noun a word of its clause follows, "dans l'église après son attaque", is read only there.)
      if (v.loose && !placed) continue;
      vote(pool, key, weight * (placed ? TUNING.adjacentBareVenue : TUNING.bareVenue) * inClause * proximity(v.start, points), r.index, r.sentence.doc);
      if (!venueText.has(key)) venueText.set(key, v.text);
    }
  }
  // "Sur quelle rive …", "Par quel côté …": the side the text gives the noun ("sur la rive gauche", "du côté nord-ouest").
  const sides = new Set<string>();
  if (q.noun !== undefined && SIDE_NOUNS.has(q.noun)) {
    const side = new RegExp(`(?<![\\p{L}])${escapeRegExp(q.noun)}s?\\s+(?:(?:de\\s+l'|du|d')\\s*)?(?:${SIDE_WORDS})(?![\\p{L}-])`, 'gu');
    for (const r of readable(ranked, true)) {
      const points = anchors(q, r);
      const clauseOf = clauseWeights(r.sentence, mainTerms, q);
      // foldChars keeps every offset: the side found in the folded text is cut from the sentence.
      for (const m of foldChars(r.sentence.text).matchAll(side)) {
        const inClause = clauseOf(m.index!);
        if (inClause === 0) continue;
        const text = r.sentence.text.slice(m.index!, m.index! + m[0].length);
        const key = `v${fold(text)}`;
        vote(pool, key, weightOf(r) * TUNING.venue * inClause * proximity(m.index!, points), r.index, r.sentence.doc);
        if (!venueText.has(key)) venueText.set(key, text);
        sides.add(key);
      }
    }
    // A side the text gives answers before any place: a town is no side ("du côté nord-ouest du Capitole à Washington").
    if (sides.size) for (const key of pool.keys()) if (!sides.has(key)) pool.delete(key);
  }
  // "Sa chambre se trouvait à quel étage ?": the ordinal the text sets before the noun ("la chambre du quatrième étage").
  const levels = new Set<string>();
  if (q.noun !== undefined && LEVEL_NOUNS.has(q.noun)) {
    const level = new RegExp(`(?<![\\p{L}\\d])${LEVEL_ORDINAL}\\s+${escapeRegExp(q.noun)}s?(?![\\p{L}])`, 'gu');
    for (const r of readable(ranked, true)) {
      const points = anchors(q, r);
      for (const m of foldChars(r.sentence.text).matchAll(level)) {
        const text = r.sentence.text.slice(m.index!, m.index! + m[0].length);
        const key = `v${fold(text)}`;
        vote(pool, key, weightOf(r) * TUNING.venue * proximity(m.index!, points), r.index, r.sentence.doc);
        if (!venueText.has(key)) venueText.set(key, text);
        levels.add(key);
      }
    }
    if (levels.size) for (const key of pool.keys()) if (!levels.has(key)) pool.delete(key);
  }
  // No named place: a venue said by its noun and an adjective ("enterrées dans un cimetière gouvernemental").
  if (!pool.size && !q.noun) {
    for (const r of readable(ranked, true)) {
      if (birth && !saysBirth(r.sentence.text)) continue;
      const points = anchors(q, r);
      for (const v of plainVenues(r.sentence.text)) {
        const key = `v${fold(v.text)}`;
        vote(pool, key, weightOf(r) * TUNING.plainVenue * proximity(v.start, points), r.index, r.sentence.doc);
        if (!venueText.has(key)) venueText.set(key, v.text);
      }
    }
  }
  // "Le procès s'est tenu dans quelle ville ?": a question whose main words fewer than half of the articles say asks of a
  // fact apart from the story, which the story's setting (a place half of the articles name or more) does not answer.
  const articles = k.ann.articles.length;
  // "Dans quelle localité se trouvait l'usine Lumi ?": where a thing the question names stands is no fact apart.
  const standsWhere = LOCATED.test(fold(q.text)) && [...q.entities.keys()].some((id) => k.entityType(id) !== 'person');
  // "Le tueur s'était planqué où pour guetter le policier ?": a plain "où" (no town asked) most of whose main words (their
  // word family or synonyms counted) fewer than half of the articles say asks of a fact apart too; "Le train a déraillé
  // où ?" ("le déraillement" in most articles) and "L'avion avait décollé de quelle ville ?" may well ask the setting.
  const saidBy = (t: string) => Math.max(k.articleFrequency(t), ...[...q.alternatives].filter(([, a]) => a.of === t).map(([alt]) => k.articleFrequency(alt)));
  const rare = (t: string) => saidBy(t) * 2 < articles;
  const rareMain = [...mainTerms].filter(rare).length;
  const apart = !standsWhere && articles >= TUNING.settingArticles && mainTerms.size > 0
    && ([...mainTerms].every((t) => k.articleFrequency(t) * 2 < articles) || (!townAsked && rareMain * 2 > mainTerms.size));
  // "dimanche matin à Thessalonique, … des cocktails Molotov ont été lancés" says it of the fact asked, though the story is set there.
  // ("Il a rendu son dernier souffle dans quelle ville ?" where "décédé" is rare and "mort" is in every article: a town
  // asked by words whose synonyms most articles say is the setting's fact after all, when no other place answers it.)
  // (A setting's name: one half of the articles or more name it.)
  const ofSetting = (key: string) => key.startsWith('e') && k.ann.entities[Number(key.slice(1))]!.docs.length * 2 >= articles;
  const settingKept = apart && townAsked && [...mainTerms].some((t) => !rare(t))
    && [...pool.keys()].every((key) => ofSetting(key) && cued.has(key) && k.entityType(Number(key.slice(1))) === 'place');
  if (apart && !settingKept) {
    // (The setting's names are read only when a town noun's venue is in the pool.)
    let setting: Set<string> | undefined;
    for (const key of [...pool.keys()]) {
      if (ofSetting(key) && !stated.has(key)) pool.delete(key);
      // "la seule ville de Tacloban" is the setting said with its town noun.
      const town = townOf.get(key);
      if (town === undefined) continue;
      setting ??= new Set(k.ann.entities.filter((e) => e.docs.length * 2 >= articles).map((e) => nameKey(e.name)));
      if (setting.has(nameKey(town))) pool.delete(key);
    }
  }
  // "Dans quelle localité se situe le domaine de Paisley Park ?": where a named place stands is the place a sentence sets
  // right after it ("ses studios de Paisley Park, à Chanhassen, dans le Minnesota"), in any sentence that names it — the
  // first such place, and no country for a town asked.
  let heldBy = false;
  // (Not when a position by a landmark is asked: "Landiras, ça se situe où par rapport à Bordeaux ?")
  if (standsWhere && (townAsked || q.noun === undefined) && !relativeAsked && !landmarkAsked) {
    const held = new Map<string, Candidate>();
    const containers = new Set<string>();
    const named = new Set([...q.entities.keys()].filter((id) => k.entityType(id) !== 'person'));
    for (const r of ranked) {
      for (const m of r.sentence.mentions) {
        if (!named.has(m.entity)) continue;
        const next = r.sentence.mentions.filter((t) => t.start >= m.end && t.start - m.end <= CONTAINED_REACH && !q.entities.has(t.entity)).sort((a, b) => a.start - b.start)[0];
        // (A town is set "à X"; "en", "au", "dans le" set a region or a country, which no town asked is.)
        // (Nor is a country or a region an answer of its own: "Gabon 24 se trouve dans les bâtiments … du Gabon".)
        if (!next || next.type !== 'place' || !CONTAINED_IN.test(r.sentence.text.slice(m.end, next.start)) || isCountry(next.entity) || isFrenchArea(k.ann.entities[next.entity]!.name)
          || (townAsked && !TOWN_GAP.test(r.sentence.text.slice(m.end, next.start)))) continue;
        vote(held, `e${next.entity}`, r.score, r.index, r.sentence.doc);
        // ("à Chanhassen, dans le Minnesota": the place set after that one contains it, and says less.)
        const outer = r.sentence.mentions.find((t) => t.start >= next.end && t.start - next.end <= CONTAINED_REACH && t.type === 'place' && CONTAINED_IN.test(r.sentence.text.slice(next.end, t.start)));
        if (outer) containers.add(`e${outer.entity}`);
      }
    }
    if (held.size > containers.size) for (const key of containers) held.delete(key);
    if (held.size) {
      heldBy = true;
      pool.clear();
      for (const [key, c] of held) pool.set(key, c);
    }
  }
  // Two places asked: a pair the text names answers before either place alone.
  if (pairs.size) for (const key of pool.keys()) if (!pairs.has(key)) pool.delete(key);
  // Where someone comes from, when the text says it, answers before where they went.
  if (origins.size) for (const key of pool.keys()) if (!origins.has(key)) pool.delete(key);
  // Where someone was going, when the text says it, answers before where they were.
  if (destinationAsked && !origins.size && destinations.size) for (const key of pool.keys()) if (!destinations.has(key)) pool.delete(key);
  // "un tribunal de la capitale" supports "le tribunal Basmanny de la capitale russe": a venue whose words another
  // venue's name holds, with more, is that venue said less precisely.
  absorbVaguerVenues(pool);
  absorbNamedInVenues(k, pool);
  // "Cameron a fait sa minute de silence où ?": a country or a region says too little of where a fact took place; it
  // answers a question that asks for one ("dans quel pays", "quel département") or where someone comes from.
  const textOf = (cand: Candidate) => clip(venueText.get(cand.key) ?? placeInContext(k, q, cand) ?? k.ann.entities[Number(cand.key.slice(1))].name, CUT);
  let c = best(pool);
  // "Petobo, c'est situé où par rapport à Palu ?": a position asked relative to a landmark is a compass point, a side, a
  // distance or nearness ("au sud-est", "à 185 km", "près de"); a place's name alone ("l'île des Célèbes") is not one,
  // and the best of those that are answers.
  while (relativeAsked && c && !RELATIVE_ANSWER.test(fold(textOf(c)))) {
    pool.delete(c.key);
    c = best(pool);
  }
  // "dans quel secteur de Tianjin", "où exactement dans l'usine ?": a part of a whole is asked.
  const whole = PART_OF_ASKED.exec(fold(q.text))?.[1];
  // (A part of a whole is no country or region either: "dans le nord de la Chine" is not "quel secteur de X".)
  // ("D'où est parti le feu ?": where something left from is not where someone comes from.)
  if (c && (!originAsked || departureAsked) && (q.noun === undefined || isAnyPlace(q.noun) || isSpot(q.noun) || whole !== undefined) && c.key.startsWith('e')) {
    const id = Number(c.key.slice(1));
    // A city-state ("Singapour") is a town too.
    // ("à Piolenc dans le Vaucluse": a town the text sets inside the area answers for it.)
    if ((isCountry(id) && !FR.worldCities.has(nameKey(k.ann.entities[id]!.name))) || isFrenchArea(k.ann.entities[id]!.name)) {
      const inside = q.noun === undefined ? containedPlace(k, pool, c) : undefined;
      if (!inside) return null;
      c = { ...inside, support: new Map([...inside.support, ...c.support]) };
    }
  }
  if (!c) return null;
  // "Les obsèques ont eu lieu où ?" of "à Paris" (often) and "au Père-Lachaise, dans le 20e arrondissement de Paris": a
  // plain "où" is answered by the most precise place the text gives for it, with the town that contains it.
  if (q.noun === undefined && c.key.startsWith('e')) {
    const inside = containedPlace(k, pool, c);
    if (inside) return finish(k, ranked, { ...inside, support: new Map([...inside.support, ...c.support]) }, `${textOf(inside)}, ${k.ann.entities[Number(c.key.slice(1))]!.name}`);
  }
  // "Dans quelle partie de la centrale …", "il était où exactement dans l'usine ?": the whole asked a part of is no
  // answer ("la centrale nucléaire de X"); a part of it is ("la cour d'honneur de la prison").
  if (whole && whole.length >= MIN_WHOLE && singularOf(fold(venueText.get(c.key) ?? k.ann.entities[Number(c.key.slice(1))]?.name ?? '').split(/[\s'’-]+/)[0] ?? '') === singularOf(whole)) return null;
  // A place only sentences far down the ranking give, covering much less of the question than the best one does, is
  // another fact's place more often than not ("La voiture avait été louée où ?" of the place where its driver was born).
  // (Not a place set right after the named place asked of: its sentences are read down the whole ranking.)
  if (!heldBy && farSupport(ranked, c, TUNING.farSupportRank, TUNING.farSupportShare)) return null;
  // "le stade de football de Varona" when other sentences say "le stade Keldrun de Varona": a venue the answer gives only
  // by its town is the venue of that noun those sentences name in that town.
  const named = c.key.startsWith('v') ? namedVenueInTown(ranked, textOf(c)) : undefined;
  if (named) return finish(k, ranked, { ...c, support: new Map([...c.support, [named.index, named.score]]) }, named.text);
  return finish(k, ranked, c, textOf(c));
}

/** Between a place and the town that contains it, after it ("au Père-Lachaise, dans le 20e arrondissement de Paris"). */
// ("à Piolenc dans le Vaucluse": "dans" takes its article.)
const CONTAINED_IN = /^\s*,?\s*(?:à|au|aux|en|dans(?:\s+(?:le|la|les|l['’]))?|de|du)(?:\s+[^,.;:!?«»()]{0,40}?\s+(?:de|du|d['’]))?\s*$/u;
/** A question's words that ask an end of a journey (data: journeyAsked), folded. */
const JOURNEY = answerWords.journeyAsked;
const JOURNEY_WORDS = new RegExp(`(?:^|[^a-z])(?:${JOURNEY.returnStems.join('|')})[a-z]*\\s+d'ou(?![a-z])|d'ou\\s+(?:${JOURNEY.returnStems.join('|')})|(?:^|[^a-z])(?:${[...JOURNEY.nouns, ...JOURNEY.goingStems.map((w) => `${w}[a-z]*`)].join('|')})(?![a-z])`);
/** A cue of the end of a journey before "quel" in a question ("vers quelle ville", "en direction de quel"), folded. */
const TOWARDS_ASKED = new RegExp(`(?:^|[^a-z])(?:${anyOf(answerWords.towardsCues)})\\s*quel`);
/** Before a place: "après un concert à ", "avant la réunion de " — a fact a time is counted from, its noun captured (folded). */
const EVENT_LANDMARK_BEFORE = /(?:^|[^a-z])(?:apres|avant)\s+(?:(?:un|une|le|la|les|son|sa|ses|leur|leurs)\s+|l')([a-z-]{3,})\s+(?:a|au|aux|en|de|du|d')\s*(?:l')?$/;
const EVENT_LANDMARK_REACH = 48;
/** True when the text before a place ends on a fact a time is counted from, whose noun the question does not say. */
function eventLandmark(before: string, q: AnalyzedQuestion): boolean {
  return unsaid(EVENT_LANDMARK_BEFORE.exec(before)?.[1], q);
}
/** True for a noun found (defined) that the question does not say, in any of its words or their alternatives. */
function unsaid(noun: string | undefined, q: AnalyzedQuestion): boolean {
  return noun !== undefined && !terms(noun).some((t) => q.terms.has(t) || q.alternatives.has(t));
}
/** Folded text with its typographic apostrophes made plain, as the patterns before a name are written. */
const apostrophes = (folded: string) => folded.replace(/’/g, "'");
/** The noun a pattern of the words before a name captures, if it matches. */
const nounBefore = (re: RegExp, before: string) => re.exec(apostrophes(before))?.[1];
/** Before a place: a deed's noun and its "de" ("l'attentat de ", "la fusillade d'"), the noun captured (folded). */
const DEED_OF_BEFORE = new RegExp(`(?:^|[^a-z])(${anyOf(answerWords.deedNouns)})\\s+(?:de|du|d')\\s*(?:l')?$`);
/** True when folded text before a place ends on a deed's noun and its "de", a noun the question does not say. */
function deedNamed(before: string, q: AnalyzedQuestion): boolean {
  return unsaid(nounBefore(DEED_OF_BEFORE, before), q);
}
/** Before a place: a case's or a story's noun and its "de" ("l'affaire de ", "le procès des viols de "), the noun captured (folded). */
const CASE_OF_BEFORE = new RegExp(`(?:^|[^a-z])(${anyOf([...answerWords.eventNouns, ...answerWords.storyNouns])})s?\\s+(?:de|du|d')\\s*(?:l')?$`);
/** True when folded text before a place ends on a case's noun and its "de", a noun the question does not say. */
function caseNamed(before: string, q: AnalyzedQuestion): boolean {
  return unsaid(nounBefore(CASE_OF_BEFORE, before), q);
}
/** Before a place: a noun of people and its "de" ("les accusés de ", "les victimes d'"), the noun captured (folded). */
// (A determiner before the noun: "l'hôpital voisin de", "la base militaire de" hold an adjective, no people.)
const PEOPLE_OF_BEFORE = /(?:^|[^a-z])(?:les|des|aux|le|la|l'|un|une|ses|leurs|ces)\s*([a-z-]{3,})\s+(?:de|du|d')\s*(?:l')?$/;
/** True when folded text before a place ends on a person's noun and its "de", a noun the question does not say: the
 * place says whom the noun names ("les accusés de Mazan"), not where the fact asked happened. */
function peopleNamed(before: string, q: AnalyzedQuestion): boolean {
  const noun = nounBefore(PEOPLE_OF_BEFORE, before);
  return noun !== undefined && isPersonNoun(singularOf(noun)) && unsaid(noun, q);
}
/** Nouns that ask a place on the network ("sur quel site", "quelle plateforme"), folded (data: fr-answer-words.json onlineNouns). */
const ONLINE_NOUNS = new Set(answerWords.onlineNouns.map(fold));
/** Names of the whole network, no site of it ("Internet"), folded (data: fr-answer-words.json wholeNetworks). */
const WHOLE_NETWORKS = new Set(answerWords.wholeNetworks.map(fold));
/** Before a body's name: a noun of an occasion and "à", "au", "aux" ("son discours à l'", "une réunion au "), folded. */
const HOSTED_BEFORE = new RegExp(`(?:^|[^a-z])(?:${anyOf(answerWords.hostedOccasions)})s?\\s+(?:a\\s+l'|a\\s+la|au|aux)\\s*$`);
/** True when folded text before a body's name ends on an occasion's noun and "à": the body is where it took place. */
function hostedBy(before: string): boolean {
  return HOSTED_BEFORE.test(apostrophes(before));
}
/** Right after a venue's text: the rest of a figure it ends inside ("18" of "18.000", "2" of "2 500"). */
const FIGURE_GOES_ON = /^[.,\s\u00a0\u202f]\d{3}(?!\d)/u;
/** Before a place: the birth participle, then words with no clause break ("Né le 11 décembre 1930 à ", "née à Lyon, dans le "). */
const BORN_LED = /(?:^|[^\p{L}])(?:né|née|nés|nées)\s[^;:.!?«»]{0,60}$/iu;
const BORN_LED_REACH = 70;
/** Right before a place: an end of a journey ("en chemin vers", "de retour d'"; data: towardsCues), folded. */
const TOWARDS_BEFORE = new RegExp(`(?:^|[^a-z])(?:${anyOf(answerWords.towardsCues)})\\s*(?:(?:la|le|les|l')\\s*)?$`);
/** Between a place and a town set after it: "à" with no article ("…, à Chanhassen"). */
const TOWN_GAP = /(?:^|[\s,])à\s*$/u;
/** Characters from a place to the town that contains it, at most. */
const CONTAINED_REACH = 60;
/**
 * The place, among the candidates, that a sentence supporting it sets inside the best candidate `c` (a town): "le
 * cimetière du Père-Lachaise à Paris". Undefined when none is, or when the best such place weighs less than
 * TUNING.containedShare of `c`.
 */
function containedPlace(k: Knowledge, pool: Map<string, Candidate>, c: Candidate): Candidate | undefined {
  const town = Number(c.key.slice(1));
  const found = [...pool.values()].filter((d) => d !== c && d.score >= TUNING.containedShare * c.score && d.key.startsWith('e') && k.entityType(Number(d.key.slice(1))) === 'place')
    .filter((d) => [...d.support.keys()].some((index) => {
      const s = k.sentence(index);
      return s.mentions.some((m) => m.entity === Number(d.key.slice(1)) && s.mentions.some((t) => t.entity === town && t.start > m.end && t.start - m.end <= CONTAINED_REACH
        && CONTAINED_IN.test(s.text.slice(m.end, t.start))));
    }));
  return best(new Map(found.map((d) => [d.key, d])));
}

/** A venue given by its noun, lower-case words and its town only ("stade de football de Varona"): the noun and the town. */
const VENUE_OF_TOWN = /^(\p{Ll}+)(?:\s+(?:de\s+|d['’])?\p{Ll}[\p{L}'’-]*){0,3}?\s+(?:de|du|d['’])\s*(?:la\s+ville\s+de\s+)?(\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+)*)$/u;
/**
 * The venue of the same noun that a ranked sentence names in the town of a venue given only by its town ("le stade
 * Keldrun de Varona", "… à Varona") — the name most sentences give, with the best of them; undefined when none does.
 */
function namedVenueInTown(ranked: ScoredSentence[], text: string): { text: string; index: number; score: number } | undefined {
  const m = VENUE_OF_TOWN.exec(text);
  if (!m || !FR.venueHeads.has(fold(m[1]!))) return undefined;
  const [, noun, town] = m;
  const named = new RegExp(`(?<![\\p{L}])${escapeRegExp(noun!)}\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3})\\s+(?:de|à|dans la ville de)\\s+${escapeRegExp(town!)}(?![\\p{L}])`, 'iu');
  const found = new Map<string, { text: string; index: number; score: number; count: number }>();
  for (const r of ranked) {
    const n = named.exec(r.sentence.text);
    if (!n || !/^\p{Lu}/u.test(n[1]!)) continue;
    const key = fold(n[1]!);
    const seen = found.get(key);
    if (seen) seen.count++;
    else found.set(key, { text: `${noun} ${n[1]}`, index: r.index, score: r.score, count: 1 });
  }
  return [...found.values()].sort((a, b) => b.count - a.count)[0];
}

/** What tells a position relative to a landmark, folded: a compass point or a side ("nord-ouest", "rive gauche"), a landmark phrase (data), a distance. */
// (Not a compass adjective, "oriental", "centrale": "la province occidentale d'Herat" is a part of a whole, no position.)
const RELATIVE_ANSWER = new RegExp(`(?:^|[^a-z-])(?:${alternation([...answerWords.compassPoints, ...answerWords.centreWords, ...answerWords.sideWords.filter((w) => !/ale?$/.test(w)), ...answerWords.nearBefore.map(fold)])}|km|kilometres?|metres?|miles?)(?![a-z-])`);

/** "le sud-ouest de la Russie", "le centre de Tarvak": a compass point or the centre (data: compassPoints, centreWords) before a place, folded. */
const COMPASS_BEFORE = new RegExp(`(?:^|[^a-z])(?:le|la|l')\\s*(${[...answerWords.compassPoints, ...answerWords.centreWords].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\s+(?:de\\s+la|de\\s+l'|du|des|de|d')\\s*$`);
const COMPASS_REACH = 30;
/** Between a venue and the place it is of: "de", "du", "d'". */
const VENUE_OF = /^\s+(?:de\s+la|de\s+l['’]|du|de|d['’])\s*$/u;

/**
 * The place a best sentence gives the answer as, when it says more than its name: "dans le sud-ouest de la Russie"
 * (a part of the compass, for any question), "sur un banc, dans un centre commercial de Salisbury" (a venue of the
 * place, for a plain "où"), from the compass word or the venue noun to the end of the name.
 */
function placeInContext(k: Knowledge, q: AnalyzedQuestion, c: Candidate): string | undefined {
  if (!c.key.startsWith('e')) return undefined;
  const id = Number(c.key.slice(1));
  // The sentences that give the place, the one that weighs most first.
  for (const [index] of [...c.support].sort((a, b) => b[1] - a[1])) {
    const s = k.sentence(index);
    for (const m of s.mentions) {
      if (m.entity !== id) continue;
      // fold keeps every character in place: offsets found in the folded text hold in the sentence.
      const from = Math.max(0, m.start - COMPASS_REACH);
      const compass = COMPASS_BEFORE.exec(fold(s.text.slice(from, m.start)).replace(/’/g, "'"));
      // "Derna est à l'est de quelle ville ?": a part of the compass the question says is no part of the answer.
      if (compass && !new RegExp(`\\b${compass[1]}\\b`).test(fold(q.text))) return s.text.slice(from + compass.index + compass[0].indexOf(compass[1]!), m.end);
      if (q.noun !== undefined) continue;
      const venue = plainVenues(s.text).find((v) => v.end <= m.start && VENUE_OF.test(s.text.slice(v.end, m.start)));
      if (venue) return s.text.slice(venue.start, m.end);
    }
  }
  return undefined;
}

/** "dans quelle partie du commissariat", "où exactement dans l'usine" (folded): the whole a part of which is asked. */
const PART_OF_ASKED = /(?:^|[^a-z])(?:(?:partie|endroit|coin|aile|zone|piece|etage|recoin|secteur)\s+(?:de la |de l'|du |des |de |d')|ou\s+(?:exactement\s+|precisement\s+)?dans\s+(?:le |la |les |l'|cet |cette |ce ))\s*(?:(?:sa|son|ses|leur|leurs)\s+)?([a-z][a-z-]+)/;
/** Letters, at least, of the whole's noun. */
const MIN_WHOLE = 4;

/** "se trouvait", "est situé" (folded): where something stands is asked. */
const LOCATED = /(?:^|[^a-z])(?:se trouv|situee?s?\b)/;
/** Between a name and a venue in apposition to it: a comma and an indefinite article (", une banlieue de …"). */
const APPOSED_VENUE = /^\s*,\s*(?:un|une)\s+$/u;
/** … or a comma alone, after a closing mark perhaps ("à Tarqui », quartier de la ville de …"). */
// An adjective may stand before the noun (", vieille église de …"); not a participle that places ("situé rue de …").
const APPOSED_BARE = /^[\s"»”)]*,\s*(?:(?!(?:dans|pres|devant|derriere|vers|sur|sous|entre|a|au|aux|en|de|du|des|et|ou|puis|sis|sise)\s)\p{Ll}+(?<!é|ée|és|ées)\s+)?$/u;
/** A venue noun and its complement ("quartier de la ville de …"), not a name right after the noun ("rue Jaan Poska"). */
const NOUN_OF = /^\p{L}+\s+(?:\p{Ll}+\s+)?(?:de|du|des|d['’])/u;
/** An ordinal word ("quatrième", "premier"): a venue it ranks is named by it. */
const RANKED = new RegExp(`(?<![\\p{L}])(?:${quantityWords.ordinals.join('|')})(?![\\p{L}])`, 'iu');
/** A rank in figures ("1er", "5e", "18ème"). */
const RANKED_FIGURE = /(?<![\p{L}\d])\d{1,2}(?:e|er|re|ère|ème|eme)(?![\p{L}])/u;
/** True when a venue's text says its rank, in words or figures. */
const saysRank = (text: string) => RANKED.test(text) || RANKED_FIGURE.test(text);
/** Between a name and a venue in apposition to it, with a definite article (", le quartier …"). */
const APPOSED_DEFINITE = /^\s*,\s*(?:le\s+|la\s+|l['’]\s*)(?:(?!(?:de|du|des|et|ou)\s)\p{Ll}+\s+)?$/u;
/** True for a noun of an area larger than a town ("région", "province"; data: question-nouns.json areaNouns), folded. */
const AREA_NOUNS = new Set<string>(questionNouns.areaNouns);
const isAreaNoun = (noun: string) => AREA_NOUNS.has(noun);
/** Nouns of an area larger than a town (data: question-nouns.json areaNouns), folded. */
const AREA_BEFORE = new RegExp(`(?:^|[^a-z])(?:${questionNouns.areaNouns.join('|')})s?(?:\\s+[a-z]+)?\\s+(?:de\\s+l['’]\\s*|de\\s+|du\\s+|d['’]\\s*)$`);
/** Nouns of a natural feature (data: question-nouns.json featureNouns), folded. */
const FEATURE_NOUNS = new Set<string>(questionNouns.featureNouns);
/** A natural feature's noun right before a name, its "de" maybe between (data: question-nouns.json featureNouns), folded. */
const FEATURE_BEFORE = new RegExp(`(?:^|[^a-z])(?:${questionNouns.featureNouns.join('|')})s?(?:\\s+(?!(?:dans|pres|vers|sur|sous|avec|pour|chez|entre|les|des|une)(?![a-z]))[a-z-]{3,})?(?:\\s+(?:de\\s+l'\\s*|de|du|d'\\s*))?\\s*$`);
/** "dans le ", "dans la ", "dans l'" as written right before a name: a region's, not a town's. */
const IN_AREA_BEFORE = /(?:^|[^\p{L}])dans\s+(?:le|la|les|l['’])\s*$/u;
/** "contre ", "face à " right before a name (an article may stand between). */
const AGAINST_BEFORE = /(?:^|[^\p{L}])(?:contre|face\s+(?:à|a|au|aux))\s+(?:(?:le|la|les|l['’])\s*)?$/iu;
/** "en " right before a name. */
const IN_BEFORE = /(?:^|[^\p{L}])en\s+$/iu;
/** "au ", "aux " right before a name. */
const AU_BEFORE = /(?:^|[^\p{L}])(?:au|aux)\s+$/iu;
/** A name with a capitalised complement after "de" ("Charolais Grill de Saint-Herblain"). */
const TOWN_OF_VENUE = /\s(?:de|du|d['’])\s*\p{Lu}/u;
/** A capitalised word, then an opening bracket, right before a name ("Santa Fe ("). */
const NAME_THEN_BRACKET = /\p{Lu}[\p{L}'’-]*\s*\(\s*$/u;
/** True when folded text before a name ends on an area noun and its "de" ("la région de ", "district autonome de "). */
function areaOpens(before: string): boolean {
  return AREA_BEFORE.test(apostrophes(before));
}

/**
 * After a venue's noun, up to a name: a participle that leads the name ("dominant ", "situé à "; data:
 * venueParticiples, in any form, and present participles), a preposition and an article perhaps after it, folded.
 */
const PARTICIPLE_LEADS = new RegExp(`^,?(?:\\s+[a-z]+){0,2}?,?\\s+(?:[a-z]{3,}ant|(?:${anyOf(answerWords.venueParticiples)})(?:e|s|es)?)\\s+(?:(?:a|au|aux|en|dans|sur|pres\\s+de|pres\\s+du)\\s+)?(?:(?:la|le|les|l')\\s*)?$`);
/** True when folded text before a name holds the venue noun asked, then a participle that leads the name. */
export function participleAfterVenue(window: string, venue: string): boolean {
  const at = window.lastIndexOf(venue);
  return at >= 0 && PARTICIPLE_LEADS.test(window.slice(at + venue.length).replace(/^[a-z]*/, '').replace(/’/g, "'"));
}

/** True when folded text before a name ends on a venue's or a street's noun right before it ("à l'hôtel ", "de la place "). */
function venueOpens(before: string): boolean {
  const word = /(?:^|[^\p{L}])(\p{L}+)\s+$/u.exec(before)?.[1];
  return word !== undefined && (isVenueHead(word) || isStreetNoun(word));
}

/** Words in capitals ("CAL", "BEA"). */
const ACRONYMS = /(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])/gu;

/** A point of the compass that ends an area's name, as nameKey writes it ("afrique du nord", "europe de l est"). */
const COMPASS_PART = / (?:du|de l) (?:nord|sud|est|ouest|nord est|nord ouest|sud est|sud ouest)$| (?:centrale|occidentale|orientale|septentrionale|meridionale)$/;

/** "entre quelles villes", "entre quels deux ports" (folded): two places asked. */
const BETWEEN_ASKED = /(?:^|[^a-z])entre (?:les )?quel(?:le)?s\b/;
/** Before the first of two places: "entre" (folded, at the end of the text before). */
const BETWEEN_BEFORE = /(?:^|[^a-z])entre\s+(?:la\s+|le\s+|les\s+|l')?$/;
/** Between the two places: "et", an article perhaps. */
const PAIR_JOIN = /^\s+et\s+(?:la\s+|le\s+|les\s+|l['’])?$/u;

/** Pairs of names a sentence sets "entre X et Y", in order. */
function placePairs<M extends { start: number; end: number }>(text: string, mentions: M[]): [M, M][] {
  const out: [M, M][] = [];
  const sorted = [...mentions].sort((x, y) => x.start - y.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [a, b] = [sorted[i]!, sorted[i + 1]!];
    if (BETWEEN_BEFORE.test(fold(text.slice(Math.max(0, a.start - 12), a.start))) && PAIR_JOIN.test(text.slice(a.end, b.start))) out.push([a, b]);
  }
  return out;
}

/** A person's age, then "de", right before a place, folded: "57 ans, de ". */
const AGE_THEN_FROM = /\d{1,3}\s+ans\s*,\s*(?:de\s+|d')\s*$/;
/** A noun, then "de" or "d'", right before a name, folded: "la ville de ", "le village d'". */
const TOWN_NOUN_BEFORE = /([a-z]+)\s+(?:de\s+|d')\s*$/;
/** A town noun, maybe an adjective, then a complement that opens on a lower-case word: "ville du centre de …". */
const DESCRIBED_TOWN = /^\p{L}+(?:\s+\p{Ll}+)?\s+(?:de|du|des|d['’])\s*(?:(?:la|le|les)\s+|l['’]\s*)?\p{Ll}/u;

/** Before a venue, folded: "selon le", "d'après l'" — a source named. */
const SOURCE_BEFORE = new RegExp(`(?:^|[^a-z])(?:${FR.sourceLeads.map(escapeRegExp).join('|')})\\s+(?:le|la|les|l')?\\s*$`);
const SOURCE_REACH = 14;
/** Characters after a place read for the area it is set in ("dans le Nord"). */
const AREA_REACH = 40;
/** "la décision de la ", "l'arrêt du ": a ruling's noun and its "de" right before a body's name (folded). */
const RULING_BEFORE = new RegExp(`(?:^|[^a-z])(?:${answerWords.rulingNouns.map((w) => escapeRegExp(fold(w))).join('|')})s?\\s+(?:de\\s+la\\s+|de\\s+l'|du\\s+|des\\s+)$`);
const RULING_REACH = 30;

/** True when "selon", "d'après" opens the name at `v`. */
function sourceLed(text: string, v: { start: number }): boolean {
  return SOURCE_BEFORE.test(fold(text.slice(Math.max(0, v.start - SOURCE_REACH), v.start)));
}

/** True when the name or venue at `v` is a source ("d'après l'Institut …", "le Bureau d'enquêtes … avait confirmé"). */
function isSource(text: string, v: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, v.start - SOURCE_REACH), v.start);
  // "explique le Bureau d'enquêtes …": a speech verb right before the body's article.
  if (SOURCE_BEFORE.test(fold(before)) || hasSpeechForm(SPEECH_BEFORE.exec(before)?.[1] ?? '')) return true;
  // "la décision de la Cour suprême de …": the body that decided.
  if (RULING_BEFORE.test(fold(text.slice(Math.max(0, v.start - RULING_REACH), v.start)).replace(/’/g, "'"))) return true;
  // "le Bureau d'enquêtes … avait confirmé", "le BEA (Bureau d'enquêtes et d'analyses) indique que": a speech verb
  // after the name, in the same stretch of the sentence.
  const after = text.slice(v.end, v.end + SOURCE_REACH * 3).split(/[,.;:«»"“”]/u)[0]!;
  return hasSpeechForm(after);
}
/** The word before a name's article. */
const SPEECH_BEFORE = /(\p{L}+)\s+(?:le|la|les|l['’])\s*$/u;

/** Adds the score of each venue candidate to the one venue whose words hold all of its words and more, and drops it. */
function absorbVaguerVenues(pool: Map<string, Candidate>): void {
  const venues = [...pool.keys()].filter((key) => key.startsWith('v'));
  const words = new Map(venues.map((key) => [key, new Set(key.slice(1).split(/[\s'’-]+/).filter(Boolean))]));
  for (const a of venues) {
    const wa = words.get(a)!;
    const wider = venues.filter((b) => b !== a && words.get(b)!.size > wa.size && [...wa].every((w) => words.get(b)!.has(w)));
    if (wider.length !== 1) continue;
    absorb(pool, a, wider[0]!);
  }
}

/**
 * "l'hôtel Beverly Hilton" and "au Beverly Hilton": a name read as a place that a venue candidate writes after its noun
 * is that venue; its support joins the venue's.
 */
function absorbNamedInVenues(k: Knowledge, pool: Map<string, Candidate>): void {
  const venues = [...pool.keys()].filter((key) => key.startsWith('v'));
  for (const key of [...pool.keys()]) {
    if (!key.startsWith('e')) continue;
    const name = fold(k.ann.entities[Number(key.slice(1))]!.name).replace(/[\s'’-]+/g, ' ');
    const into = venues.filter((v) => { const words = v.slice(1).replace(/[\s'’-]+/g, ' '); return words.endsWith(` ${name}`) && words.split(' ').length - name.split(' ').length === 1; });
    if (into.length === 1) absorb(pool, key, into[0]!);
  }
}

/** Characters around a place read for the country it is set in. */
const COUNTRY_REACH = 30;

/** The country named by the people's adjective right after a noun ("ville russe" → "russie"), folded, if any. */
function countryNamedAfter(folded: string, noun: string): string | undefined {
  const m = new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(noun)}s?\\s+(\\p{L}+)(?![\\p{L}])`, 'u').exec(folded);
  return m ? countriesOfPeople(m[1]!)[0] : undefined;
}

/** The countries the people's adjectives of folded text name ("la ville russe de" → ["russie"]), folded. */
function countriesOfPeople(folded: string): string[] {
  return [...folded.matchAll(DEMONYM)].map((d) => fold(FR.demonyms.get(d[1]!)!));
}

/** ", où a atterri", ", où s'est tenue": "où" after a comma, then the words after it. */
const RELATIVE_WHERE = /,\s*où\s+((?:[\p{L}'’]+\s+){0,3}[\p{L}'’]+)/gu;
/** Pronouns and a negation's first word that may stand between "où" and its verb ("où s'est", "où il n'a"), folded. */
const BEFORE_VERB = /^(?:s|se|y|en|ne|n|il|elle|ils|elles|on)$/;
/**
 * Where a relative "où" opens whose participle is one of the question's (`participles`, analysed terms), after only
 * auxiliaries and pronouns: the places before it are where that act happened. Undefined when none.
 */
export function placedByRelative(text: string, participles: Set<string>): number | undefined {
  for (const m of text.matchAll(RELATIVE_WHERE)) {
    const words = m[1]!.split(/\s+|(?<=['’])/u).map((w) => w.toLowerCase().replace(/['’]$/u, ''));
    // ("où avait été retrouvé": the passive's "été" is an auxiliary here too.)
    const verb = words.find((w) => !BEFORE_VERB.test(fold(w)) && !isAuxiliary(w) && w !== 'été');
    if (verb !== undefined && terms(verb).some((t) => participles.has(t))) return m.index!;
  }
  return undefined;
}
