/**
 * Question typing: the kind of a question (who / when / where / quote / what) and the type of answer it
 * expects (a person, an organisation, a place, a date, a time of day, a quantity, a statement), read from
 * its wording in French or English, written or spoken.
 *
 * Members type questions as they speak: the question word may open the question ("Où s'est tenu …"), close
 * it ("Le sommet, il a eu lieu où ?"), or sit in the middle ("Ana est arrivée quel jour à …", "C'est qui qui
 * a …"); "quel/quelle + noun" asks for whatever the noun names ("Quel ministre …" a person, "Dans quel
 * stade …" a place, "Vers quelle heure …" a time, "Combien de lits …" a quantity). The cues are found
 * anywhere; one that opens the question wins, then one that closes it, then the first. All words are data
 * (`data/question-patterns.json`, `data/question-nouns.json`).
 */
import patterns from './data/question-patterns.json' with { type: 'json' };
import nouns from './data/question-nouns.json' with { type: 'json' };
import timeWords from '../nlp/data/fr-time.json' with { type: 'json' };
import answerWords from './data/fr-answer-words.json' with { type: 'json' };
import { FR, fold, hasSpeechForm, isDemonym } from '../nlp/french.js';
import { cleanQuestion } from './clean-question.js';
import { foldChars } from '../nlp/fold.js';
import { compoundSingular } from './spans.js';
import { stem } from '../nlp/tokens.js';
import { formsOfVerb } from '../nlp/word-family.js';
import synonyms from '../nlp/data/fr-synonyms.json' with { type: 'json' };
import { escapeRegExp } from '../regexp.js';
import type { QuestionKind } from './types.js';

/** What kind of value answers a question. */
export type AnswerType = 'person' | 'org' | 'place' | 'date' | 'time' | 'quantity' | 'statement' | 'text' | 'name';

/** A question's kind and expected answer. */
export interface QuestionType {
  kind: QuestionKind;
  expects: AnswerType;
  /** The noun of "quel NOUN" / "combien de NOUN", folded and singular ("ministre", "mort"), when there is one. */
  noun?: string;
  /** The noun is the agent of the question's verb ("Qui pilotait …" → "pilote"): it weighs, but is not required. */
  agent?: boolean;
  /** The verb (folded, as written) whose agent the noun is ("tiré"). */
  agentVerb?: string;
}

const START_KINDS: [QuestionKind, RegExp][] = patterns.kinds.map(([k, re]) => [k as QuestionKind, new RegExp(re)]);
const CUES: { kind: QuestionKind; re: RegExp }[] = patterns.cues.map(([k, re]) => ({ kind: k as QuestionKind, re: new RegExp(re, 'g') }));
const QUANTITY = new RegExp(patterns.quantity);

const folded = (list: string[]) => new Set(list.map((w) => fold(w)));
const NOUNS = {
  person: folded(nouns.person),
  org: folded(nouns.org),
  place: folded(nouns.place),
  time: folded(nouns.time),
  timeOfDay: folded(nouns.timeOfDay),
  quantity: folded(nouns.quantity),
};

const GENERIC = folded(nouns.generic);
const PRE_ADJECTIVES = folded(nouns.preAdjectives);
const GENERIC_THINGS = folded(nouns.genericThings);
/** "pour quel motif", "pour quels chefs d'accusation", "pour quoi" (folded; data: fr-answer-words.json chargeNouns): a charge or a reason asked. */
const CHARGE_ASKED = new RegExp(`(?<![a-z])pour\\s+(?:(?:quel|quelle|quels|quelles)\\s+(?:${answerWords.chargeNouns.map(escapeRegExp).join('|')})|quoi)(?![a-z])`);
/** True when a question asks what someone is charged with or held for ("pour quel motif"). */
export function chargeAsked(question: string): boolean {
  return CHARGE_ASKED.test(fold(question));
}
/** The nouns a charge question asks by ("motif", "chef", "accusation"), folded: words of its frame. */
export const CHARGE_NOUNS: readonly string[] = answerWords.chargeNouns;
/** A class noun and its complement that name no kind of the noun's class ("chef d'accusation"), folded (data). */
const NOT_CLASS_COMPOUNDS = folded(nouns.notClassCompounds);
/** Nouns that ask a place only after a place preposition ("Dans quelle partie du palais …"). */
const SPOTS = folded(nouns.spots);
const ANY_PLACE = folded(nouns.anyPlace);
/** A noun → narrower nouns table of the data, folded. */
const narrowerTable = (table: Record<string, string[]>) => new Map(Object.entries(table).map(([noun, kinds]) => [fold(noun), folded(kinds)]));
const NARROWER_ROLES = narrowerTable(nouns.roleKinds);
const NARROWER_PLACES = narrowerTable(nouns.placeKinds);
const NONE = new Set<string>();

/** The venue nouns that answer a place asked ("batiment" → salle, église …), folded; none for most places. */
export function narrowerPlaces(place: string): Set<string> {
  return NARROWER_PLACES.get(place) ?? NONE;
}

const TOWN_NOUNS = folded(nouns.townNouns);
/** Place nouns that ask nothing but a place after "c'est quoi" ("c'était quoi l'adresse", "sa destination"): the nouns of
 * any place, of a town, a part of one or a country, and a destination (data: anyPlace, townNouns, subTownNouns, countryNouns). */
const QUOI_PLACES = new Set([...ANY_PLACE, ...TOWN_NOUNS, ...folded(nouns.subTownNouns), ...folded(nouns.countryNouns), ...folded(nouns.quoiPlaceNouns)]);
/** A noun joined to a prefix ("vice-ministre", "ex-président"), with its base noun (data: rolePrefixes). */
const ROLE_PREFIX = new RegExp(`^(?:${[...folded(nouns.rolePrefixes)].join('|')})-(.+)$`);
/** True for a place noun that asks a town ("ville", "village"): a country or a region does not answer it. */
export function isTownNoun(noun: string): boolean {
  return TOWN_NOUNS.has(noun);
}

/** Person nouns that say a sex ("femme", "garçon"; data: sexedPersons), folded. */
const SEXED_PERSONS = new Map(Object.entries(nouns.sexedPersons as Record<string, string[]>).flatMap(([sex, list]) => list.map((n) => [fold(n), sex as 'f' | 'm'] as const)));
/** The sex a person noun asked says ("femme" → f, "garçons" → m), if it says one. */
export function sexOfPersonNoun(noun: string): 'f' | 'm' | undefined {
  return SEXED_PERSONS.get(noun) ?? SEXED_PERSONS.get(noun.replace(/[sx]$/, ''));
}

/** True for a place noun that asks any place at all ("lieu", "emplacement"): a venue answers it. */
export function isAnyPlace(noun: string): boolean {
  return ANY_PLACE.has(noun);
}

/** True for a noun that asks a spot inside a place after a preposition ("partie", "coin"): no venue of that name is required. */
export function isSpot(noun: string): boolean {
  return SPOTS.has(noun);
}

/** The narrower roles that hold a role asked ("magistrat" → procureur, juge …), folded; none for most roles. */
export function narrowerRoles(role: string): Set<string> {
  return NARROWER_ROLES.get(role) ?? NONE;
}
/**
 * True for a noun the answer's own sentence must carry ("Quel arbitre …", "Dans quel hôpital …"), false for
 * one too general to require ("Quel responsable …", "Dans quelle ville …").
 */
export function isSpecificNoun(noun: string): boolean {
  return !GENERIC.has(noun);
}

/** A word that asks an exact answer ("exactement", "précisément", "pile"), folded (data: question-nouns.json precisionWords). */
const PRECISION = new RegExp(`(?<![a-z])(?:${nouns.precisionWords.map((w) => escapeRegExp(fold(w))).join('|')})(?![a-z])`);
/** True when a folded question asks an exact answer ("quel jour exactement", "où précisément"). */
export function asksPrecisely(folded: string): boolean {
  return PRECISION.test(folded);
}

/** True for a noun of a person's role or kind ("chef", "ministre", "passager"). */
export function isPersonNoun(noun: string): boolean {
  return NOUNS.person.has(masculine(singular(noun)));
}

/** Letters at least of the person noun a prefixed noun ends on ("géo" + "physicien"), and of the prefix. */
const PREFIXED_NOUN_MIN = 6;
const PREFIX_MIN = 2;
/** True for a noun that is a person noun after a prefix ("géophysicien", "neurochirurgien", "co-pilote"), folded. */
function prefixedPersonNoun(noun: string): boolean {
  for (let i = PREFIX_MIN; i <= noun.length - PREFIXED_NOUN_MIN; i++) if (isPersonNoun(noun.slice(i).replace(/^-/, ''))) return true;
  return false;
}

/** True for a noun of organisations and bodies ("entreprise", "chaîne", "club"), folded, singular. */
export function isOrgNoun(noun: string): boolean {
  return NOUNS.org.has(noun);
}

/** True for a noun of one of the classes (a role, an organisation, a place, a time word, a measure). */
export function isClassNoun(noun: string): boolean {
  return Object.values(NOUNS).some((set) => set.has(noun));
}

/** The singular of a folded noun when the singular is in a class ("élus" → "elu", "hôpitaux" → "hopital"). */
function singular(word: string): string {
  const known = (w: string) => Object.values(NOUNS).some((s) => s.has(w));
  if (known(word)) return word;
  for (const [end, by] of [['aux', 'al'], ['eaux', 'eau'], ['x', ''], ['s', '']] as const) {
    if (word.endsWith(end) && known(word.slice(0, -end.length) + by)) return word.slice(0, -end.length) + by;
  }
  return compoundSingular(word) ?? word.replace(/s$/, '');
}

/** "enseignante", "directrice": a feminine person noun the classes know by its masculine, as that masculine; else the noun. */
function masculine(noun: string): string {
  if (NOUNS.person.has(noun)) return noun;
  return masculineForms(noun).find((w) => NOUNS.person.has(w)) ?? noun;
}
/** Endings of a masculine person noun and of its feminine form (data: feminineEndings), folded. */
const FEMININE_ENDINGS = nouns.feminineEndings as [string, string][];
/** The same, longest feminine ending first: "directrice" reads "-trice" before "-e". */
const BY_FEMININE = [...FEMININE_ENDINGS].sort((a, b) => b[1].length - a[1].length);

/** The feminine forms of a masculine person noun, folded: "avocat" → "avocate", "directeur" → "directrice", "directeure" … */
export function feminineForms(noun: string): string[] {
  return FEMININE_ENDINGS.filter(([m]) => noun.endsWith(m) && noun.length > m.length + 1).map(([m, f]) => noun.slice(0, noun.length - m.length) + f);
}

/** The masculine forms a folded noun may be the feminine of, longest ending first ("directrice" → "directeur", …). */
export function masculineForms(noun: string): string[] {
  return BY_FEMININE.filter(([m, f]) => noun.endsWith(f) && noun.length > f.length + 1).map(([m, f]) => noun.slice(0, noun.length - f.length) + m);
}

/**
 * The folded question with "où" kept apart from "ou" (or): the accented adverb becomes "ou~", so a cue in
 * the middle of a question needs the accent while one that opens or closes the question does not.
 */
function foldQuestion(text: string): string {
  return fold(text.replace(/(^|[^\p{L}])[oO][ùÙ](?![\p{L}])/gu, '$1ou~'))
    .replace(/[«»"“”()[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words a spoken question ends with that ask nothing ("… comment en entier", "… qui déjà"), folded (data: question-nouns.json trailingFillers). */
const TRAILING_FILLER = new RegExp(`(?:,\\s*|\\s+)(?:${nouns.trailingFillers.map(escapeRegExp).join('|')})$`);
/** A folded question without the fillers it ends with; one filler alone is kept (it is the whole question). */
function withoutFillers(bare: string): string {
  return bare.slice(0, fillersFrom(bare));
}

/**
 * Where the fillers a question ends with start ("… comment en entier ?" → the offset of "en"), or the text's length;
 * offsets of the text itself (folded unit by unit). One filler alone is kept: it is the whole question.
 */
export function fillersFrom(text: string): number {
  let out = foldChars(text).replace(/[\s?!.…]+$/, '');
  for (let m = TRAILING_FILLER.exec(out); m && m.index > 0; m = TRAILING_FILLER.exec(out)) out = out.slice(0, m.index).trimEnd();
  return out.length || text.length;
}

/** "sur quoi", "sous quoi", "derrière quoi" (folded): a thing asked by a place preposition ("dans quoi … caché" asks a container, a thing). */
const THING_PLACE_ASKED = /(?:^|\s)(?:sur|sous|derriere|devant|a cote de|pres de) quoi\b/;
/** Verbs of finding, lying or being put somewhere, folded (data: question-nouns.json locativeVerbs). */
const LOCATIVE = new RegExp(`(?:^|[\\s'-])(?:${nouns.locativeVerbs.join('|')})`);
/** "quel niveau de l'immeuble" (folded): the noun the level is of. */
const LEVEL_OF = /\bquel niveau (?:de |du |des |d')\s*(?:l'|la |le |les )?([a-z][a-z-]*)/;
/** A "quel NOUN" / "combien de NOUN" phrase typed by its noun: the kind it asks and the answer it expects. */
function typeOfNoun(noun: string, afterPreposition: boolean, subject: boolean): QuestionType | undefined {
  const n = singular(noun);
  // "Quel vice-ministre …" asks what "ministre" asks; the noun asked stays the whole word.
  const prefixed = ROLE_PREFIX.exec(n);
  if (prefixed && !isClassNoun(n)) {
    const base = typeOfNoun(prefixed[1]!, afterPreposition, subject);
    return base && { ...base, noun: n };
  }
  if (NOUNS.timeOfDay.has(n)) return { kind: 'when', expects: 'time', noun: n };
  if (NOUNS.time.has(n)) return { kind: 'when', expects: 'date', noun: n };
  // "Dans quel pays …" is a place; "Quel pays a proposé …" an actor.
  if (afterPreposition && (NOUNS.place.has(n) || SPOTS.has(n))) return { kind: 'where', expects: 'place', noun: n };
  // "Quelle enseignante …" asks what "Quel enseignant …" asks; the noun asked stays the feminine.
  if (NOUNS.person.has(masculine(n))) return { kind: 'who', expects: 'person', noun: n };
  if (subject && NOUNS.org.has(n)) return { kind: 'who', expects: 'org', noun: n };
  if (NOUNS.place.has(n)) return { kind: 'where', expects: 'place', noun: n };
  if (NOUNS.org.has(n)) return { kind: 'who', expects: 'org', noun: n };
  if (NOUNS.quantity.has(n)) return { kind: 'what', expects: 'quantity', noun: n };
  // "À quel Français parti en Syrie …": a people's noun asks a person.
  if (isDemonym(noun)) return { kind: 'who', expects: 'person', noun };
  return undefined;
}

/** Number words, folded ("lequel des trois responsables"; data: fr-time numbers). */
const NUMBER_WORDS = Object.keys(timeWords.numbers).map((w) => fold(w)).join('|');
/** The same words, as a set ("entre quelles deux villes": a number before the noun asked is skipped). */
const NUMBER_WORD_SET = new Set(Object.keys(timeWords.numbers).map((w) => fold(w)));
const PLACE_PREPOSITION = /(?:^|\s)(?:dans|a|en|au|aux|vers|depuis|de|d'|par|sur|pres de|jusqu'a|devant|derriere|sous|chez)\s*$/;
/** A preposition that places by a landmark, right before "quel" (folded): "à proximité de", "devant", "en face de". */
const SPATIAL_BEFORE = /(?:^|\s)(?:pres d[e']|a proximite d[e']|a cote d[e']|en face d[e']|non loin d[e']|aux abords d[e']|face a|devant|derriere)\s*$/;
/** "qui était l'…", "qui est le …": the role after a "qui" that asks who held it, folded. */
const ROLE_AFTER_QUI = /^qui\s+(?:etait|est|sont|etaient|fut)\s+(?:le|la|les|l')\s*([a-z][a-z-]*)/;
/** "Parmi les (quatre) accusés …, lequel …": the noun of the group asked among (folded). */
const AMONG = new RegExp(`^parmi\\s+(?:les|ces|ses|leurs|des|nos|vos)\\s+(?:(?:${NUMBER_WORDS}|\\d+)\\s+)?([a-z][a-z'-]*)[^?]*?,?\\s*(?:lequel|laquelle|lesquels|lesquelles|qui)\\b`);
// ("le jet dans lequel il est arrivé": a relative "lequel" before its subject pronoun asks nothing.)
// ("Quelle est sa date de naissance ?": the noun after the copula, with its article or a possessive.)
const QUEL_NOUN = new RegExp(`\\b(?:quel|quelle|quels|quelles|lequel|laquelle|lesquels|lesquelles)\\s+(?:(?:est|sont|etait|etaient|a ete)\\s+(?:leurs|leur|les|le|la|l'|son|sa|ses)\\s*|(?<=(?:lequel|laquelle|lesquels|lesquelles)\\s+)(?:des\\s+|de\\s+|d')(?:(?:ses|leurs|les|ces|son|sa|nos|vos)\\s+)?(?:(?:${NUMBER_WORDS})\\s+)?)?(?!(?:il|elle|ils|elles|on|je|tu|nous|vous)\\b)([a-z][a-z'-]*)`, 'g');
/** "C'est qui l'entraîneur …", "Qui est l'un des avocats de X ?": the role asked (folded). */
const ROLE_ASKED = /\b(?:c'(?:est|etait|etaient|sont) qui,?|qui (?:est|etait|sont|etaient)|c'(?:est|etait) qui qui (?:est|etait|sont|etaient))\s+(?:(?:l'un|l'une|un|une)\s+(?:des|de ses|de leurs|de ces)\s+|le |la |les |l'|(?=[a-z]))\s*((?:[a-z][a-z-]*\s*){1,3})/;
/** "son prénom", "son nom" (folded): the name of someone the question has named by a noun. */
const OWN_NAME_ASKED = /\b(?:son|sa) (?:prenom|nom)\b/;
/** Nouns that open a venue's name (data: fr-lexicon.json venueHeads), folded. */
const VENUE_HEADS = new Set([...FR.venueHeads].map(fold));
/** True for a folded noun that opens a venue's name ("hotel", "place", "aeroport"). */
export function isVenueHead(folded: string): boolean {
  return VENUE_HEADS.has(folded);
}
/** "il s'appelle comment", "elle s'appelait comment" (folded source): a name asked. */
const NAME_ASKED = "(?:il|elle) s'appel(?:le|ait) comment";
/** "Le NOUN …, c'est qui", "Le NOUN …, il s'appelle comment": an identity asked of a dislocated noun phrase (folded). */
const IDENTITY = new RegExp(`^(?:le |la |l')\\s*(?:ex-)?([a-z][a-z-]{3,})\\b(?:\\s+([a-z][a-z-]{3,})\\b)?.*,\\s*(?:(?:c'est|c'etait) qui|${NAME_ASKED})$`);
/** "c'est qui le planteur …", "c'était qui la couturière …" (folded): the noun after the question word. */
const IDENTITY_FIRST = /^(?:c'est|c'etait)\s+qui\s+(?:le |la |l')\s*([a-z][a-z-]{3,})\b/;
/** "comme préfet", "en tant que PDG" (folded): the capacity someone acts in. */
const AS_ROLE = /\b(?:comme|en tant que)\s+(?:(?:nouveau|nouvelle)\s+)?([a-z][a-z-]{2,})\b/;
/** A noun brought in by "un" or "une" after a verb ("avait un frère", "a une fille"), folded. */
const INTRODUCED = /\b(?:a|avait|ont|avaient|aurait)\s+(?:un|une)\s+([a-z][a-z-]{2,})\b/;
/** "…, il s'appelle comment ?" (folded): a name asked at the end. */
const NAME_AT_END = new RegExp(`${NAME_ASKED}$`);
/** "Comment s'appelle le NOUN …", "Il s'appelle comment, le NOUN …" (after "D'après X, " too): the name asked of a noun (folded). */
const NAME_OF = /(?:^|,\s*)(?:comment s'appel(?:le|ait|lent|aient)|(?:il|elle|ils|elles) s'appel(?:le|ait|lent|aient) comment\s*,)\s*(?:le |la |l')\s*([a-z][a-z-]{3,})\b/;
/** An infinitive complement that makes the word before it a participle ("accusé d'avoir tué", "soupçonné de vouloir"), folded. */
const INFINITIVE_COMPLEMENT = "\\s+(?:d'avoir|d'etre|de\\s+([a-z]+(?:er|ir|re)))\\b";
/** Right after a noun, folded: that complement. */
const PARTICIPLE_COMPLEMENT = new RegExp(`^${INFINITIVE_COMPLEMENT}`);
/** "Le jeune accusé d'avoir …", "L'homme soupçonné de …" opening a question (folded). */
const LEADING_PARTICIPLE = new RegExp(`^(?:le |la |l')\\s*(?:[a-z-]+\\s+)?[a-z-]{4,}${INFINITIVE_COMPLEMENT}`);
/** True when a match of INFINITIVE_COMPLEMENT is one: "de" then a name ("la fille de Brantcher") is no infinitive. */
function infinitiveAfter(m: RegExpExecArray | null, question: string): boolean {
  if (!m) return false;
  const word = m[1];
  if (word === undefined) return true;
  const cased = word[0]!.toUpperCase() + word.slice(1);
  return !new RegExp(`(?<![\\p{L}])${cased}(?![\\p{L}])`, 'u').test(question.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
}
/** The word after an adjective ("le jeune accusé"), folded. */
const NEXT_WORD = /^\s+([a-z][a-z-]{3,})\b/;
/** "Quel est le nom du parachutiste …", "c'est quoi le nom de l'hôtel": the same, asked with "le nom de" (not "nom de famille"). */
const NAME_OF_NOUN = /\b(?:le|son|leur) nom (?:du |de la |de l'|des |d')\s*([a-z][a-z-]{3,})\b/;
/** "Qui est à la tête de …", "qui dirigeait …", "qui présidait …" (folded): a question about who heads something. */
const HEAD_OF = new RegExp(patterns.headOf);
/** The noun after "qui dirige" (folded). */
const BODY_AFTER = /^\s*(?:le\s+|la\s+|les\s+|l')?\s*([a-z][a-z-]*)/;
/** Bodies and the role of who heads them ("mairie" → "maire"; data: question-nouns.json bodyHeads). */
const BODY_HEADS = new Map(Object.entries(nouns.bodyHeads as Record<string, string>));
/** The role that heads something (data: question-nouns.json roleKinds 'patron' lists who holds it). */
const HEAD_ROLE = 'patron';
/** True when a question asks who heads something ("Qui dirige …", "Qui est à la tête de …"). */
export function asksWhoHeads(question: string): boolean {
  const f = foldQuestion(cleanQuestion(question));
  return HEAD_OF.test(f) || HEAD_OF_WHICH.test(f) || HEAD_OF_DISLOCATED.test(f);
}
const HEAD_OF_DISLOCATED = new RegExp(patterns.headOfDislocated);
/** "Quel magistrat présidait …" (folded): a role asked of who heads something; a heading role answers too. */
const HEAD_OF_WHICH = new RegExp(patterns.headOfWhich);
/** The roles that head something ("président", "directeur", "chef" …). */
export function headRoles(): Set<string> {
  return new Set([HEAD_ROLE, ...narrowerRoles(HEAD_ROLE)]);
}
/** The noun a head question asks the head of ("Qui présidait le tribunal …" → "tribunal"), folded, if it asks one. */
export function headedNoun(question: string): string | undefined {
  const f = foldQuestion(cleanQuestion(question));
  return (HEADED.exec(f) ?? HEADED_WHICH.exec(f) ?? HEAD_OF_DISLOCATED.exec(f))?.[1];
}
/**
 * "Qui est à la tête de la ville de Tartu ?" → "tartu": the name a place noun of a head question goes on with, which
 * the text may give the head's role instead of the noun ("le gouverneur de Tartu"), folded.
 */
export function headedName(question: string): string | undefined {
  const f = foldQuestion(cleanQuestion(question));
  const m = HEADED.exec(f) ?? HEADED_WHICH.exec(f) ?? HEAD_OF_DISLOCATED.exec(f);
  return m?.[2] && NOUNS.place.has(m[1]!) ? m[2] : undefined;
}
const HEADED = new RegExp(`${patterns.headOf}\\s*(?:le\\s+|la\\s+|les\\s+|l')?\\s*(\\p{L}{3,})(?:\\s+(?:de|d')\\s*(\\p{L}{3,}))?`, 'u');
const HEADED_WHICH = new RegExp(`${patterns.headOfWhich}\\s*(?:le\\s+|la\\s+|les\\s+|l')?\\s*(\\p{L}{3,})(?:\\s+(?:de|d')\\s*(\\p{L}{3,}))?`, 'u');
/** "Qui défend …", "qui plaidait pour …", "c'est qui qui défend …" (folded): a question about someone's lawyer. */
const DEFENDS = new RegExp(patterns.defends);
/** The role of who defends someone in court. */
const DEFENCE_ROLE = 'avocat';
/** "Qui parle au nom des salariés ?" (folded): a question about someone's spokesperson. */
const SPEAKS_FOR = new RegExp(patterns.speaksFor);
/** The role of who speaks for others. */
const SPOKESPERSON_ROLE = 'porte-parole';
/** Questions whose verb says the role asked: who heads (a patron), defends (a lawyer), speaks for (a porte-parole). */
const ROLE_OF_VERB: [RegExp, string][] = [[HEAD_OF, HEAD_ROLE], [HEAD_OF_DISLOCATED, HEAD_ROLE], [DEFENDS, DEFENCE_ROLE], [SPEAKS_FOR, SPOKESPERSON_ROLE]];
/** "Qui pilotait …", "c'est qui qui a tiré …" (folded): the verb whose doer is asked. */
const AGENT_VERB = /^(?:c'(?:est|etait) qui qui|qui(?: est-ce qui)?)\s+(?:(?:a|avait|ont|avaient|aurait)\s+)?([a-z]{3,})\b/;
/** "le gars qui a tiré", "l'homme qui conduisait" (folded): a noun that says only someone, then the verb it does. */
// ("Le défenseur de l'homme qui a attaqué X, il s'appelle comment ?": not as the complement of another noun.)
const SOMEONE_WHO = new RegExp(`(?:^|(?<!\\b(?:de|du|des))\\s)(?:le|la|l')\\s*(?:${nouns.genericPersons.map((n: string) => fold(n)).join('|')})\\s+qui\\s+(?:(?:a|avait|ont|avaient|aurait)\\s+)?([a-z]{3,})\\b`);
/** Verbs and the nouns of who does them ("piloter" → "pilote"; data: fr-synonyms.json agents), by the verb's stem. */
// ("Qui conduisait …": a conjugated form whose stem is not the infinitive's, "conduis" of "conduire", asks the same agent.)
const AGENTS_OF_VERB = (() => {
  const entries = Object.entries(synonyms.agents as Record<string, string[]>);
  const map = new Map(entries.map(([verb, agents]) => [stem(fold(verb)), agents]));
  for (const [verb, agents] of entries) for (const form of formsOfVerb(verb)) if (!map.has(stem(fold(form)))) map.set(stem(fold(form)), agents);
  return map;
})();
/** The nouns of who does a verb, as written ("tiré" → "tireur", "tireuse"). */
export function agentNouns(verb: string): string[] {
  return AGENTS_OF_VERB.get(stem(fold(verb))) ?? [];
}
/** The agent noun asked for a verb (its first, folded), if any. */
const agentRoleOf = (verb: string): string | undefined => {
  const [noun] = agentNouns(verb);
  return noun !== undefined ? fold(noun) : undefined;
};
/** Verbs that only carry their object noun ("a fait l'attaque"; data: fr-synonyms.json supportVerbs), folded. */
const SUPPORT_VERBS = new Set(synonyms.supportVerbs as string[]);
/** The noun right after a support verb ("l'attaque", "cette agression"), folded. */
const CARRIED_NOUN = /^\s+(?:l'|la\s+|le\s+|les\s+|cette\s+|cet\s+|ce\s+|un\s+|une\s+)?\s*([a-z]{3,})\b/;
/**
 * The agent noun asked for the verb a question's match ends with: "qui a fait l'attaque" asks for the attack's doer, as
 * "qui a attaqué" does (the noun shares its verb's stem).
 */
function agentAsked(f: string, m: RegExpExecArray): { role: string; verb: string } | undefined {
  let verb = m[1]!;
  if (SUPPORT_VERBS.has(verb)) {
    const noun = CARRIED_NOUN.exec(f.slice(m.index + m[0].length))?.[1];
    if (noun === undefined) return undefined;
    verb = noun;
  }
  const role = agentRoleOf(verb);
  return role !== undefined ? { role, verb } : undefined;
}
/** "…, c'était lequel ?", "…, c'est laquelle ?" (folded): which one of a dislocated noun. */
const WHICH_AT_END = /,\s*c'(?:est|etait)\s+(?:lequel|laquelle|lesquels|lesquelles)$/;
/** "quoi comme modèle", "c'était quoi comme voiture": the noun asked (folded). */
const QUOI_COMME = /\bquoi comme\s+([a-z][a-z-]*)/;
/**
 * "C'était quoi le numéro de …", "c'était quoi sa destination" (folded): the noun after "c'est quoi", with its article or
 * a possessive: the thing asked, as "quel" asks it.
 */
const QUOI_NOUN = /\bc'(?:est|etait) quoi\s+(?:le |la |l'|son |sa |ses |leur |leurs )\s*([a-z][a-z-]{2,})/;
/** The same, with an article ("c'est quoi le modèle"): the thing a model's, a number's or a brand's rules read. */
const QUOI_THE = /quoi\s+(?:le |la |l')/;
/** After "quel NOUN": a complement of one or two words, then an auxiliary ("d'infos taïwanais a dit …"), folded. */
const COMPLEMENT_THEN_VERB = /^\s+(?:de\s+|d')[a-z-]+(?:\s+[a-z-]+)?\s+(?:a|ont|avait|avaient|est|sont|etait|etaient)\s/;
/** Things a question names to ask what answers them (data: numberNouns, modelNouns, brandedThings): a number, a model, a make. */
const SPECIFIC_THINGS = new Set<string>([...nouns.numberNouns, ...nouns.modelNouns, ...nouns.brandedThings]);
/** A closing "qui" after a preposition ("… à la maison de qui", "… sauvé par qui"), folded. */
const OBJECT_WHO = /\b(?:a|de|d'|par|pour|avec|contre|chez|aupres de|sans|envers|derriere)\s*qui$/;
const LEADING_NOUN = /^(?:et |mais |alors )?(?:le |la |les |l')\s*((?:[a-z][a-z-]*\s*){1,3})/;
/** "…, c'est quoi ?", "…, c'était quoi ?" (folded): what a dislocated noun is. */
const WHAT_AT_END = /,\s*c'(?:est|etait)\s+quoi$/;
/** The noun a question opens on after an article or a possessive ("sa date de naissance" → "date"), folded. */
const LEADING_OWN_NOUN = /^(?:le|la|les|l'|sa|son|ses|leur|leurs)\s*([a-z][a-z-]*)/;

/** The first noun of a role among the first words of a phrase ("tout premier gamin" → "enfant" read as "gamin"). */
function roleIn(words: string | undefined): string | undefined {
  // "l'ex-directeur": the role held before is the role.
  const list = (words ?? '').trim().split(/\s+/).map((w) => w.replace(/^ex-/, ''));
  for (const [i, w] of list.entries()) {
    // "le second du commandant": the words after "de" complete the noun; they are not the role asked.
    if (/^(?:de|du|des|d'.*)$/.test(w)) break;
    // A role of two words ("premier ministre") before its first word alone ("ministre").
    const two = i + 1 < list.length ? `${w} ${list[i + 1]}` : '';
    if (two && NOUNS.person.has(singular(two))) return singular(two);
    if (NOUNS.person.has(singular(w))) return singular(w);
    // "la manifestante": a feminine the classes know by its masculine is asked as it is written.
    if (NOUNS.person.has(masculine(singular(w)))) return singular(w);
    // "Qui est le conseil de la veuve ?": her lawyer.
    if (i === 0 && ROLE_SENSES.has(singular(w))) return ROLE_SENSES.get(singular(w));
  }
  return undefined;
}
/** Nouns of another class that name a person's role when asked "qui est le NOUN" (data: question-nouns.json roleSenses). */
const ROLE_SENSES = new Map(Object.entries(nouns.roleSenses as Record<string, string>));
/** An auxiliary and "été" before a participle: a passive ("a été poursuivi"), folded. */
const PASSIVE = /\b(?:a|ont|avait|avaient|aura|auront)\s+ete\s+\p{L}+\s/u;
const SAID_WHAT = /((?:[a-z'-]+\s+){1,6}?)(?:a\s+)?(?:quoi|comment)\b/g;
const MEASURED = new RegExp(`\\b(${answerWords.measuredAdjectives.map((w) => fold(w)).join('|')})\\s+de\\s+combien\\b`);
/** "combien de morts", "combien d'appels" — not "combien d'après les assureurs", where "d'après" says the source. */
const COMBIEN_DE = /\bcombien\s+(?:de\s+|d'(?!apres\b))\s*([a-z][a-z-]*)/;
/** "Parmi les victimes, combien étaient des lycéens ?": "combien", a copula and the noun counted (folded). */
const COMBIEN_WERE = new RegExp(patterns.countedAfterCopula);
/** "à combien s'élève / se monte / est estimé(e) le NOUN": a bare "combien", then the noun measured (folded). */
const AMOUNT_OF = /\bcombien\s+(?:s'elevent|s'eleve|se monte|se montent|est estimee?|sont estimee?s|est evaluee?)\s+(?:le\s+|la\s+|les\s+|l')\s*([a-z][a-z-]*)/;

/** A relative clause after a dislocated phrase's comma, up to the comma that closes it ("qui était dans le train, ").
 * "qu'est-ce qui/que" opens a question, not a relative ("Selon X, qu'est-ce qui a causé …, à la place de …"). */
const RELATIVE = /^(?:qui|que|qu'(?!est-ce\b|est ce\b)|dont)\b[^,?]*, (?=\S)/;

/** The cue kinds found in a folded question, with where each starts and ends. */
interface Cue { kind: QuestionKind; type?: QuestionType; start: number; end: number }

function cuesOf(f: string): Cue[] {
  const out: Cue[] = [];
  for (const { kind, re } of CUES) {
    re.lastIndex = 0;
    for (let m = re.exec(f); m; m = re.exec(f)) {
      out.push({ kind, start: m.index, end: m.index + m[0].length });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  QUEL_NOUN.lastIndex = 0;
  for (let m = QUEL_NOUN.exec(f); m; m = QUEL_NOUN.exec(f)) {
    const before = f.slice(0, m.index);
    const after = f.slice(m.index + m[0].length);
    // "Quel pays a proposé …" (the noun as subject, before its verb) asks for an actor, not a place.
    // ("Quel site d'infos taïwanais a dit …": the noun's complement, then its verb.)
    const subject = !before.trim() && (!/^\s*(?:de|du|des|d'|a|au|aux|en|dans|le|la|les|l'|un|une|pour|par|sur)\b/.test(after.replace(/^\s*(?:a|ont|avait|avaient)\b/, ' x'))
      || (COMPLEMENT_THEN_VERB.test(after) && !/^quel(?:le)?s\b/.test(m[0])));
    // A noun of two words the classes know ("quelle top model", "quel chef d'orchestre") is read whole; an
    // adjective or a number before a noun the classes know is skipped ("vers quel petit port", "entre quelles deux villes").
    const two = /^\s+([a-z][a-z'-]*)/.exec(after);
    // "quel lieu de culte", "quel chef d'orchestre": a noun and its complement the classes know, read whole.
    const of = /^\s+(de\s+|d')([a-z][a-z-]*)/.exec(after);
    const withOf = of ? `${m[1]} ${of[1]!.replace(/\s+$/, ' ')}${of[2]}` : undefined;
    // "pour quel chef d'accusation": a noun whose complement makes it no class's ("chef" is a role) types nothing.
    if (withOf && NOT_CLASS_COMPOUNDS.has(withOf)) continue;
    // "quel ancien Premier ministre": an adjective before a noun of two words the classes know.
    const twoAfter = PRE_ADJECTIVES.has(m[1]!) ? /^\s+([a-z][a-z'-]*\s+[a-z][a-z'-]*)/.exec(after)?.[1] : undefined;
    const noun = withOf && typeOfNoun(withOf, false, false) ? withOf
      : !two ? m[1]! : typeOfNoun(`${m[1]} ${two[1]}`, false, false) ? `${m[1]} ${two[1]}`
        : twoAfter !== undefined && typeOfNoun(twoAfter, false, false) ? twoAfter
        : (PRE_ADJECTIVES.has(m[1]!) || NUMBER_WORD_SET.has(m[1]!)) && typeOfNoun(two[1]!, false, false) ? two[1]! : m[1]!;
    let type = typeOfNoun(noun, PLACE_PREPOSITION.test(before), subject);
    // "à proximité de quelle institution", "devant quel ministère": a body placed by a spatial preposition is a place.
    if (type?.expects === 'org' && SPATIAL_BEFORE.test(before)) type = { kind: 'where', expects: 'place', noun: type.noun };
    // "Quels pays participeraient …" asks for a list of them: the sentence that gives it.
    if (type && subject && /^quel(le)?s\b/.test(m[0]) && (NOUNS.place.has(type.noun ?? '') || NOUNS.org.has(type.noun ?? '')) && type.kind !== 'when') type = { kind: 'what', expects: 'text', noun: type.noun };
    if (type) out.push({ kind: type.kind, type, start: m.index - (PLACE_PREPOSITION.exec(before)?.[0].length ?? 0), end: m.index + m[0].length });
  }
  // "Parmi les quatre accusés du procès, lequel a été acquitté ?": the noun of the group the answer is one of.
  const among = AMONG.exec(f);
  // "Parmi les victimes, qui était l'entraîneure adjointe …": the role said after "qui était" is the one asked.
  const roleAfter = among ? ROLE_AFTER_QUI.exec(f.slice(among.index + among[0].length - 3))?.[1] : undefined;
  const roleNoun = roleAfter ? singular(roleAfter).replace(/eure$/, 'eur') : undefined;
  const amongType = roleNoun && (NOUNS.person.has(roleNoun) || FR.titles.has(roleNoun)) ? { kind: 'who' as const, expects: 'person' as const, noun: singular(roleAfter!) }
    : among ? typeOfNoun(among[1]!, false, true) : undefined;
  if (among && amongType) out.push({ kind: amongType.kind, type: amongType, start: among.index, end: among.index + among[0].length });
  // "Qui présidait le tribunal …", "Qui défend X ?", "Qui parle au nom des ex-salariés ?": the role of who does it.
  for (const [re, noun] of ROLE_OF_VERB) {
    const m = re.exec(f);
    // "Qui dirige la mairie ?": the body's own head (the maire), over any patron.
    // "La mairie, c'est qui qui la dirige ?": the body named first.
    const body = m && re === HEAD_OF ? BODY_AFTER.exec(f.slice(m.index + m[0].length))?.[1] : m && re === HEAD_OF_DISLOCATED ? m[1] : undefined;
    const head = body !== undefined ? BODY_HEADS.get(singular(body)) : undefined;
    if (m) out.push({ kind: 'who', type: { kind: 'who', expects: 'person', noun: head ?? noun }, start: m.index, end: m.index + m[0].length });
  }
  // "Qui pilotait l'appareil ?", "C'est qui qui a tiré sur X ?": the agent noun of the verb ("pilote", "tireur") is the
  // role asked.
  const agent = AGENT_VERB.exec(f);
  const agentRole = agent ? agentAsked(f, agent) : undefined;
  if (agent && agentRole) out.push({ kind: 'who', type: { kind: 'who', expects: 'person', noun: agentRole.role, agent: true, agentVerb: agentRole.verb }, start: agent.index, end: agent.index + agent[0].length });
  // "C'est qui le gars qui a tiré sur X ?", "Le type qui conduisait, c'était qui ?": a noun that says only someone, then
  // the verb: the agent noun of the verb is the role asked, read before the noun.
  const someone = SOMEONE_WHO.exec(f);
  // The rest of the question asks who ("C'est qui …", "…, il s'appelle comment ?").
  const rest = someone ? f.slice(0, someone.index) + f.slice(someone.index + someone[0].length) : '';
  const someoneRole = someone && (/\bqui\b/.test(rest) || NAME_AT_END.test(f)) ? agentAsked(f, someone) : undefined;
  if (someoneRole) out.push({ kind: 'who', type: { kind: 'who', expects: 'person', noun: someoneRole.role, agent: true, agentVerb: someoneRole.verb }, start: 0, end: f.length });
  // "C'est qui l'entraîneur qui …": the role asked.
  const r = ROLE_ASKED.exec(f);
  const role = roleIn(r?.[1]);
  if (r && role) out.push({ kind: 'who', type: { kind: 'who', expects: 'person', noun: role }, start: r.index, end: r.index + r[0].length });
  // "Il a dénoncé quoi ?", "il a résumé l'aventure comment ?": a speech verb shortly before a closing quoi/comment.
  for (const said of f.matchAll(SAID_WHAT)) {
    // "il a été poursuivi pour quoi ?": a passive says what was done to someone, not what they said; "il s'appelait
    // comment" asks a name.
    if (hasSpeechForm(said[1]!) && !PASSIVE.test(said[1]!) && !/\bs'appel/.test(said[1]!)) out.push({ kind: 'quote', start: said.index!, end: f.length });
  }
  // "Il est profond de combien ?", "long de combien": the measure is the adjective.
  const measured = MEASURED.exec(f);
  if (measured) out.push({ kind: 'what', type: { kind: 'what', expects: 'quantity', noun: measured[1]!.replace(/(?<=..)e$/, '') }, start: measured.index, end: measured.index + measured[0].length });
  const c = COMBIEN_DE.exec(f) ?? COMBIEN_WERE.exec(f);
  if (c) out.push({ kind: 'what', type: { kind: 'what', expects: 'quantity', noun: singular(c[1]) }, start: c.index, end: c.index + c[0].length });
  // "À combien s'élève l'amende …": the noun whose amount is asked.
  const amount = AMOUNT_OF.exec(f);
  if (amount && !c) out.push({ kind: 'what', type: { kind: 'what', expects: 'quantity', noun: singular(amount[1]) }, start: amount.index, end: amount.index + amount[0].length });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A preposition that only places something, then "quel" (folded): "près de quelle bouche de métro". */
const SPATIAL_QUEL = /(?:^|[\s,])(?:pres d(?:e|u|es|')|a proximite d(?:e|u|es|')|en dessous d(?:e|u|es|')|au-dessous d(?:e|u|es|')|au-dessus d(?:e|u|es|')|au pied d(?:e|u|es|')|en face d(?:e|u|es|')|face a(?:ux?)?|derriere|aux abords d(?:e|u|es|'))\s*(?:quel|quelle|quels|quelles)\s/;

/**
 * Types a question. Never throws, whatever the text. In order: a typed cue that opens the question ("Quel
 * ministre …", "Dans quel stade …"); the question word after an opening "quand …," clause; the patterns that open
 * a question ("Qui …", "À quelle heure …", "Qu'a dit …", also after a dislocated phrase); the cue that closes it
 * ("…, c'était quand ?"); patterns that may stand inside it; the first cue anywhere; else 'what'. The day part
 * asked ("à quel moment de la journée") and the role of a dislocated noun ("L'arbitre …, c'était qui ?") refine
 * every reading.
 */
/** A verb of asking and the question it reports, to the end (folded): "quand on lui a demande qui etait responsable". */
const REPORTED_QUESTION = /\s+(?:quand|lorsqu'?|alors\s+qu'?)\s*(?:on|il|elle|ils|elles)\s+(?:lui|leur)\s+(?:a|avait|ont|avaient)\s+demande\s+(?:qui|quand|ou|pourquoi|comment|si|s')\b.*$/;
export function questionType(question: string): QuestionType {
  const bare = withoutFillers(foldQuestion(cleanQuestion(question)).replace(/[\s?!.…]+$/, ''));
  // "Il faisait quel temps quand …", "Quel temps faisait-il ?": the weather, asked whatever "quand" follows.
  if (WEATHER.test(bare)) return { kind: 'what', expects: 'text', noun: 'temps' };
  // "Le père, il a répondu quoi quand on lui a demandé qui était responsable ?": a question reported after a verb of
  // asking is what was asked of someone, not what the member asks — when the rest still asks something.
  const reported = bare.replace(REPORTED_QUESTION, '');
  const own = reported !== bare ? readType(reported) : undefined;
  const read = withDayPart(own && own.kind !== 'what' ? own : readType(bare), bare);
  // "Sur quoi l'enregistreur a-t-il été retrouvé ?", "Ils se situaient sous quoi ?": a thing a place preposition asks,
  // beside a verb of finding or lying, is where; "À quel niveau de l'immeuble …" asks a floor.
  // "près de quel point de vue", "en dessous de quel sommet": a thing asked after a preposition that only places is where.
  const type: QuestionType = read.kind === 'what' && ((THING_PLACE_ASKED.test(bare) && LOCATIVE.test(bare)) || SPATIAL_QUEL.test(bare)) ? { kind: 'where', expects: 'place' }
    : read.kind === 'what' && read.noun === 'niveau' && (LEVEL_OF.exec(bare)?.[1] ?? '') !== '' && NOUNS.place.has(singular(LEVEL_OF.exec(bare)![1]!)) ? { kind: 'where', expects: 'place', noun: 'etage' }
    : read;
  // "Le jeune accusé d'avoir tué …, c'est qui ?": a participle with its complement, not a role (as below).
  if (type.kind === 'who' && !type.noun && infinitiveAfter(LEADING_PARTICIPLE.exec(bare), question)) return type;
  // "Quelle signeuse de DeafSA a dénoncé …": a noun no class knows, with an ending few things have, asks a person.
  const quelNoun = type.kind === 'what' && QUEL_NOUN_OPENS.test(bare) ? QUEL_WORD.exec(bare)?.[1] : undefined;
  // "Quel géophysicien …": so is one that ends on a person noun ("physicien") after a prefix.
  if (quelNoun !== undefined && !isClassNoun(singular(quelNoun)) && (FR.surePersonEndings.some((e) => singular(quelNoun).endsWith(e)) || prefixedPersonNoun(singular(quelNoun)))) return { kind: 'who', expects: 'person', noun: singular(quelNoun) };
  // "L'arbitre de la finale, c'était qui ?": the dislocated noun is the role asked.
  const leadRole = roleIn(LEADING_NOUN.exec(bare)?.[1]);
  // "La mère de X, c'est quoi son prénom ?", "Le tireur, on connaît son nom ?": the name of a person the dislocated noun
  // says is asked.
  if (type.kind === 'what' && leadRole && OWN_NAME_ASKED.test(bare)) return { kind: 'who', expects: 'person', noun: leadRole };
  // "Les manifestants ont mis le feu à la maison de qui ?": a "qui" after a preposition asks someone else than the subject.
  if (type.kind === 'who' && !type.noun && leadRole && !OBJECT_WHO.test(bare)) return { ...type, noun: leadRole };
  // "Le ténor de l'orchestre …, c'est qui ?": a noun the classes do not know still names who is asked; only a
  // person the text gives it answers.
  // "Le petit Australien de 7 ans …, il s'appelait comment ?": an adjective before the noun is skipped, and a people
  // ("Australien") is no role.
  const identity = IDENTITY.exec(bare);
  // "Le numéro deux de …, c'est qui": a role of two words the classes know is read whole.
  const described = identity && identity[2] && NOUNS.person.has(`${identity[1]} ${identity[2]}`) ? `${identity[1]} ${identity[2]}`
    : identity && PRE_ADJECTIVES.has(identity[1]!) ? identity[2] : identity?.[1];
  // "Le lieu-dit où …, il s'appelle comment ?": a place noun asks a place.
  if (type.kind === 'who' && !type.noun && described && NOUNS.place.has(singular(described))) return { kind: 'where', expects: 'place', noun: singular(described) };
  if (type.kind === 'who' && !type.noun && described && !FR.stopwords.has(described) && !isDemonym(described)) return { ...type, noun: singular(described) };
  // "C'est qui le planteur de bananes …": a noun the classes do not know, after "c'est qui", names who is asked when it
  // has a person noun's ending.
  const agentNoun = IDENTITY_FIRST.exec(bare)?.[1];
  if (type.kind === 'who' && !type.noun && agentNoun && !FR.stopwords.has(agentNoun) && !isDemonym(agentNoun) && FR.personNounEndings.some((e) => agentNoun.endsWith(e))) return { ...type, noun: singular(agentNoun) };
  // "Le groupe qui devait jouer …, c'était lequel ?": the dislocated noun says what is asked — also when a "quand" in
  // the phrase ("Le groupe qui jouait quand le feu a pris, c'était lequel ?") opens a clause of its own.
  if ((type.kind === 'what' || (type.kind === 'when' && CLAUSE_QUAND.test(bare))) && !type.noun && WHICH_AT_END.test(bare)) {
    const lead = LEADING_NOUN.exec(bare)?.[1]?.trim().split(/\s+/)[0];
    const typed = lead ? typeOfNoun(lead, false, true) : undefined;
    // "La tour historique …, c'était laquelle ?" asks which thing, not where: only a person or a body is typed so — and a
    // town, which is known by its name ("Le village rayé de la carte, c'est lequel ?").
    // ("L'aéroport près de X …, c'est lequel ?": a venue's noun asks the venue too, which a name or a place tells.)
    if (typed?.kind === 'who' || (typed?.kind === 'where' && (isTownNoun(lead!) || isVenueHead(lead!)))) return typed;
  }
  // "Sa date de naissance, c'est quoi ?": a time noun set before "c'est quoi" asks a time.
  if (type.kind === 'what' && !type.noun && WHAT_AT_END.test(bare)) {
    const lead = LEADING_OWN_NOUN.exec(bare)?.[1];
    const typed = lead !== undefined ? typeOfNoun(lead, false, true) : undefined;
    if (typed?.kind === 'when') return typed;
  }
  // "Qui a succédé à X comme préfet de Tarvik ?": the role after "comme" is the one asked.
  const as = type.kind === 'who' && !type.noun ? AS_ROLE.exec(bare)?.[1] : undefined;
  if (as !== undefined && NOUNS.person.has(singular(as))) return { ...type, noun: singular(as) };
  // "X avait un frère au café, il s'appelle comment ?": the person noun brought in by "un" or "une" is who is named.
  const brought = type.kind === 'who' && !type.noun && NAME_AT_END.test(bare) ? INTRODUCED.exec(bare)?.[1] : undefined;
  if (brought !== undefined && NOUNS.person.has(singular(brought))) return { ...type, noun: singular(brought) };
  // "Comment s'appelait le navire qui …": the name of what the noun names, a person or not.
  const nameOf = NAME_OF.exec(bare) ?? NAME_OF_NOUN.exec(bare);
  // "Comment s'appelle le jeune accusé …": an adjective before the noun is skipped.
  const next = nameOf && PRE_ADJECTIVES.has(nameOf[1]!) ? NEXT_WORD.exec(bare.slice(nameOf.index + nameOf[0].length)) : null;
  const named = next ? next[1] : nameOf?.[1];
  // "le jeune accusé d'avoir tué …": a participle with its complement says what was done, not a role (no noun is
  // required of the person who answers).
  if (type.kind === 'who' && !type.noun && named && nameOf && infinitiveAfter(PARTICIPLE_COMPLEMENT.exec(bare.slice(nameOf.index + nameOf[0].length + (next ? next[0].length : 0))), question)) return type;
  if (type.kind === 'who' && !type.noun && named && !FR.stopwords.has(named)) {
    const noun = singular(named);
    // "Comment s'appelle le quartier où …": a noun of a town or a part of one asks a place (a venue's name, "le nom de
    // l'hôtel", stays a name).
    // "C'est quoi le nom du cimetière où …": a venue's name is asked as its place, which the sentence must name.
    if (isTownNoun(noun) || nouns.subTownNouns.includes(noun) || NOUNS.place.has(noun)) return { kind: 'where', expects: 'place', noun };
    // "la contre-manifestante tuée": a person noun in the feminine or after a prefix is a person's.
    return isPersonNoun(noun) || prefixedPersonNoun(noun) ? { ...type, noun } : { ...type, expects: 'name', noun };
  }
  // "Jean Reno, il a lu quel texte ?", "C'était quoi comme modèle ?": the thing asked for, which the answering sentence
  // must name.
  if (type.kind === 'what' && !type.noun) {
    QUEL_NOUN.lastIndex = 0;
    // "Le cargo allait où, c'était quoi sa destination ?", "C'est quoi la date du procès ?": a place or time noun after
    // "c'est quoi" asks a place or a time, as "quelle était sa destination" does.
    const quoiNoun = QUOI_NOUN.exec(bare);
    const nounAsked = quoiNoun ? typeOfNoun(quoiNoun[1]!, true, false) : undefined;
    // (Only a noun that asks nothing but a place: "c'était quoi la piste privilégiée" asks a lead, "la scène" a scene.)
    if (nounAsked?.kind === 'when' || (nounAsked?.kind === 'where' && QUOI_PLACES.has(nounAsked.noun ?? ''))) return nounAsked;
    // ("C'était quoi le numéro de la chambre ?" asks a number as "quel numéro" does; "c'était quoi l'artifice brandi"
    // names the thing by a word the text need not say, and stays a plain question.)
    const the = quoiNoun && QUOI_THE.test(quoiNoun[0]) ? quoiNoun : null;
    const m = QUEL_NOUN.exec(bare) ?? QUOI_COMME.exec(bare) ?? (the && SPECIFIC_THINGS.has(singular(the[1]!)) ? the : null);
    let thing = m?.[1];
    // "Le film de X dans lequel Vorn a joué, c'est lequel ?": a name after a relative "lequel" is its subject; the
    // dislocated noun is the thing asked.
    if (thing && /^(?:lequel|laquelle|lesquels|lesquelles)\s/.test(m![0]) && namesWritten(question).has(thing)) {
      thing = WHICH_AT_END.test(bare) ? LEADING_NOUN.exec(bare)?.[1]?.trim().split(/\s+/)[0] : undefined;
    }
    // "quel genre de traces": the traces are asked; "avec quel objet": no kind of thing.
    if (thing && GENERIC_THINGS.has(singular(thing))) {
      thing = /^\s+(?:de\s+|d')\s*([a-z][a-z-]*)/.exec(bare.slice(m!.index + m![0].length))?.[1];
      // "dans quel genre de lieu", "de quel type de terrain": a kind of place is asked where.
      const place = thing ? typeOfNoun(thing, true, false) : undefined;
      if (place?.kind === 'where') return place;
    }
    if (thing && !NOUNS.quantity.has(singular(thing))) return { ...type, noun: singular(thing) };
  }
  return type;
}

/** The words a question writes with a capital after its first word (folded): names. */
function namesWritten(question: string): Set<string> {
  return new Set([...question.matchAll(/(?<=[\s'’])\p{Lu}[\p{L}-]*/gu)].map((w) => foldQuestion(w[0])));
}

/** "quel temps faisait-il", "il faisait quel temps", "quelle météo" (folded): the weather asked. */
const WEATHER = /\bquel temps (?:fai|a fait|avait fait|fera|ferait|il fai)|\bfai\w* quel temps\b|\bquelle meteo\b/;
/** "quel" / "quelle" … and a noun (folded); "quel temps" may ask the weather or the time. */
const QUEL_ANY = /\bquel(?:le)?s?\s+(?!temps\b)[a-z]/;
/** A "quand" that opens a clause with its subject ("quand on l'a évacuée", "quand le pont s'est écroulé"), folded. */
const CLAUSE_QUAND = /\bquand\s+(?:on|il|elle|ils|elles|le|la|les|l'|un|une|des|ce|cet|cette|ces|j'|je|tu|nous|vous)\b/;

/** The word right after an opening "quel", "quelle" (folded). */
const QUEL_WORD = /quel(?:le)?s?\s+([a-z][a-z-]*)/;
/** A question that opens on "quel" and a noun, after a preposition or "c'était" or not (folded): not "quel est …". */
const QUEL_NOUN_OPENS = /^(?:c'(?:est|etait) )?(?:(?:a|au|dans|de|du|d'|pour|sur|avec|par|en|vers|chez|contre|selon|sous|depuis)\s*)?quel(?:le)?s?\s+(?!(?:est|etait|sont|etaient|fut|furent|sera|seront|serait|a|ont|avait|avaient)\b)[a-z]/;
/**
 * A phrase opened by a preposition or an adverb of time (folded): "à part son père", "après le match", "ce soir-là"
 * ("selon X", "d'après X" are left out: they ask what X said).
 */
const FRONTED_PHRASE = /^(?:a part|a|au|aux|apres|avant|pendant|durant|lors|sauf|hormis|outre|en|dans|sur|depuis|ce|cette|cet)\s/;
/** A question word after a dislocated phrase's comma: that part asks the question. */
const TAIL_ASKS = /\b(?:quel|quelle|quels|quelles|quoi|combien|comment)\b/;

/** The type of a folded question without its closing punctuation, before the day-part and role refinements. */
/** "pourquoi", "pour quelle raison" opening a question (folded; data: question-patterns.json causeOpens). */
const CAUSE_OPENS = new RegExp(`^(?:${(patterns.causeOpens as string[]).map(escapeRegExp).join('|')})\\b`);
function readType(bare: string): QuestionType {
  // "Pourquoi il a pris le nom de X ?": a question that opens on its cause asks the cause, whatever name it says.
  // ("Pourquoi …, qu'a expliqué X ?": a question after a comma asks its own kind.)
  if (CAUSE_OPENS.test(bare) && !bare.includes(', ')) return { kind: 'what', expects: 'text' };
  const cues = cuesOf(bare);
  const typed = (kind: QuestionKind, cue?: Cue): QuestionType => cue?.type && cue.kind === kind ? cue.type : { kind, expects: defaultAnswer(kind, bare) };
  // An opening "Qu'a …" asks for a quotation only when a speech verb is there ("Qu'a fait X ?" is not one).
  const quoteOk = (k: QuestionKind, opening: string) => k !== 'quote' || !/^qu'(a|ont|avait|avaient|aurait)\b/.test(opening) || hasSpeechForm(opening);
  const openingCue = cues.find((c) => c.start <= 1 && c.type);
  if (openingCue) return openingCue.type!;
  // The opening patterns, on the question and on what follows a dislocated phrase ("Et Ana, qu'a-t-elle dit ?").
  let comma = bare.indexOf(', ');
  // "Barbara, qui était dans le train, elle a raconté quoi ?": a relative clause belongs to the dislocated phrase;
  // the question opens after the comma that closes it.
  const relative = comma > 0 ? RELATIVE.exec(bare.slice(comma + 2)) : null;
  if (relative) comma += relative[0].length;
  // ("À la sortie de X, à part son père, qui l'escortait ?": a second fronted phrase, opened by a preposition, before
  // the question; it opens after that phrase's comma, when no other comma follows.)
  const second = comma > 0 ? bare.indexOf(', ', comma + 2) : -1;
  const fronted = second > 0 && FRONTED_PHRASE.test(bare.slice(comma + 2, second)) && !bare.slice(second + 2).includes(', ');
  const openings = [bare, ...(comma > 0 ? [bare.slice(comma + 2)] : []), ...(fronted ? [bare.slice(second + 2)] : [])].map((s) => s.replace(/ou~/g, 'ou'));
  const matching = (anchored: boolean, among = openings) => {
    for (const opening of among) {
      for (const [kind, re] of START_KINDS) if (re.source.startsWith('^') === anchored && re.test(opening) && quoteOk(kind, opening)) return typed(kind, cues.find((c) => c.kind === kind));
    }
    return undefined;
  };
  // "Quand on les a trouvés, ils étaient où ?": an opening "quand" clause before a comma sets the scene;
  // the question word after it is the one asked.
  for (const at of [0, comma + 2]) {
    const clauseEnd = bare.indexOf(', ', at);
    if (at > 1 && comma < 0) break;
    if (!/^(quand|lorsqu)/.test(bare.slice(at)) || clauseEnd < 0) continue;
    const afterClause = cues.find((c) => c.start > clauseEnd && c.kind !== 'when');
    if (afterClause) return typed(afterClause.kind, afterClause);
    // ("Quand X est sorti sur civière, qui a eu un geste …": a question that opens after the clause's comma.)
    const opensAfter = matching(true, [bare.slice(clauseEnd + 2)]);
    if (opensAfter && opensAfter.kind !== 'when') return opensAfter;
  }
  const opened = matching(true);
  if (opened) return opened;
  // Of the cues that close the question, a typed one ("profond de combien") says more than a bare one ("combien").
  const closings = cues.filter((c) => bare.length - c.end <= 2);
  const closing = closings.find((c) => c.type) ?? closings[closings.length - 1];
  if (closing) return typed(closing.kind, closing);
  // "C'est quelle cour qui a relaxé …": a typed "quel NOUN" asks what the question asks, before a relative "qui a".
  const typedCue = cues.find((c) => c.type);
  if (typedCue) return typedCue.type!;
  // Patterns that may stand inside the question ("… qui a signé …") only when nothing closes it — and not in a
  // dislocated phrase when what follows its comma asks ("L'avion qui a perdu la pièce, c'était quel modèle ?").
  // "Theresa May est partie dans quelle voiture quand on l'a évacuée ?": "quel" asks what; the "quand" opens a clause.
  if (QUEL_ANY.test(bare) && CLAUSE_QUAND.test(bare) && cues.every((c) => c.kind === 'when' && !c.type)) return { kind: 'what', expects: defaultAnswer('what', bare) };
  // "Quel modèle de pistolet a utilisé le policier qui a tiré …": a "qui" after a noun the question opens on asking
  // "quel" is a relative; the thing is asked.
  const tailAsks = comma > 0 && TAIL_ASKS.test(bare.slice(comma + 2));
  const inside = matching(false, tailAsks ? openings.slice(1) : openings);
  if (inside?.kind === 'who' && QUEL_NOUN_OPENS.test(bare)) return { kind: 'what', expects: defaultAnswer('what', bare) };
  if (inside) return inside;
  if (cues.length) return typed(cues[0]!.kind, cues[0]);
  return { kind: 'what', expects: QUANTITY.test(bare) ? 'quantity' : 'text' };
}

/** "À quel moment de la journée …" asks a time of day (or a part of the day), not a date. */
function withDayPart(type: QuestionType, f: string): QuestionType {
  return type.kind === 'when' && /\bmoment de la journee\b/.test(f) ? { ...type, expects: 'time' } : type;
}

function defaultAnswer(kind: QuestionKind, f: string): AnswerType {
  switch (kind) {
    case 'who': return 'person';
    case 'where': return 'place';
    case 'when': return /\b(heure|heures|horaire|what time|moment de la journee)\b/.test(f) ? 'time' : 'date';
    case 'quote': return 'statement';
    default: return QUANTITY.test(f) ? 'quantity' : 'text';
  }
}

/** Reads the kind of a question from its wording (French or English). */
export function questionKind(question: string): QuestionKind {
  return questionType(question).kind;
}
