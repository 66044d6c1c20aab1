/** What: anything else — a count ("combien de …") by its figure, otherwise the sentence that answers. */
import { FR, fold, isAuxiliary, isDemonym, isStopword } from '../nlp/french.js';
import { foldChars } from '../nlp/fold.js';
import { stem, terms, tokenize } from '../nlp/tokens.js';
import type { AnalyzedQuestion } from './analyze-question.js';
import type { Knowledge, ScoredSentence } from './knowledge.js';
import { anchors, best, clip, proximity, vote, type Candidate } from './candidates.js';
import { finish, isHeading, matchWritten, MAX_ANSWER, namesOtherPlaceOfNoun, namesOtherWeekdays, placesByNoun, readable, saysTerm, singularOf, weekdaysNamed, weightOf, type Partial } from './answer-common.js';
import patterns from './data/question-patterns.json' with { type: 'json' };
import nouns from './data/question-nouns.json' with { type: 'json' };
import quantityWords from './data/quantity-words.json' with { type: 'json' };
import answerWords from './data/fr-answer-words.json' with { type: 'json' };
import { alternation, escapeRegExp } from '../regexp.js';
import timeWords from '../nlp/data/fr-time.json' with { type: 'json' };
import { asksScore, isCostQuestion, isMeasureNoun, measureOfVerb, isModelNoun, models, quantities, sameCounts, scoreCoverage, scorePhasesOf, scores, unitsOf, isWorkNoun, titlesQuoted } from './spans.js';
import type { Span } from './spans.js';
import { TUNING } from './tuning.js';
import { clauseWeights, mainClauseTerms, saysNegation } from './clauses.js';
import { chargeAsked, isClassNoun, isPersonNoun } from './question-kind.js';

/** Dimension words that share this many first letters are one dimension ("profondeur" / "profond"). */
const STEM_PREFIX = 4;
/** The dimensions a measure is asked in ("quelle longueur", "quelle hauteur") (data: fr-answer-words.json). */
const DIMENSIONS = new Set(answerWords.dimensions);
/** A term and a word of the sentence one of which starts the other, from this length on, are one word. */
const STEM_PREFIX_MATCH = 5;

/** Anything else: the best sentence, cut to its most relevant part when long. */
export function answerWhat(k: Knowledge, q: AnalyzedQuestion, ranked: ScoredSentence[]): Partial | null {
  // A heading ("Hélicoptère et fumigènes") names a topic and states nothing: it answers no question.
  let top = ranked[0];
  if (!top) return null;
  // "Quelle peine …", "Il a écopé de combien ?": the penalty a sentence gives ("huit mois d'emprisonnement"), when one does.
  // A count asked ("a écopé de combien de prison ferme") is a figure's, read below.
  if (PENALTY_ASKED.test(fold(q.text)) && !/\bcombien\b/.test(fold(q.text))) {
    const penalty = answerPenalty(k, q, ranked);
    if (penalty) return penalty;
  }
  // "Le score final du match, c'était combien ?": a score the text writes ("(3-1)", "3 à 1"), or the corpus does not say.
  if (asksScore(q.text)) return answerScore(k, q, ranked);
  // A question asking for a quantity ("De combien …", "Quel objectif …") is answered by a sentence with a figure,
  // when one ranks close to the best.
  if (q.expects === 'quantity' || QUANTITY.test(fold(q.text))) {
    // "Combien de morts …" asks a count: the figure itself. "Quel objectif …" names a measure: its sentence.
    // "Quel montant d'indemnisation …": an amount of money is a figure of money, as "combien a coûté" asks.
    const money = q.noun !== undefined && isCostQuestion(q.noun);
    const measure = q.noun !== undefined && isMeasureNoun(q.noun) && !unitsOf(q.noun) && !money;
    const figure = measure ? null : answerQuantity(k, q, ranked);
    if (figure) return figure;
    // A count asked and no figure of it: the corpus does not say (a sentence would not answer it).
    if (!measure && (/\bcombien\b/.test(fold(q.text)) || (q.noun && unitsOf(q.noun)) || money)) return null;
    // "Quel a été le taux d'abstention ?" of "… élu avec 58 % des voix": a rate's sentence says what it measures.
    const measured = measure && RATE_NOUNS.has(q.noun!) ? measuredTerm(q) : undefined;
    const saysMeasured = (r: ScoredSentence) => measured === undefined || saysTerm(r.sentence.terms, measured, q);
    const withFigure = ranked.slice(0, TUNING.figureDepth).find((r) => FIGURE.test(r.sentence.text) && saysMeasured(r) && r.score >= TUNING.figureScore * top.score && r.coverage >= TUNING.figureCoverage * top.coverage);
    if (withFigure) top = withFigure;
    else if (!saysMeasured(top)) return null;
    // "Quel montant …": a sentence with no figure at all states no amount.
    else if (!ANY_FIGURE.test(top.sentence.text)) return null;
  }
  // "Qu'est-ce qui a causé la mort …", "Pourquoi …": a sentence that gives a cause ("faute de", "en raison de")
  // answers, when one ranks close to the best.
  if (CAUSE.test(fold(q.text))) {
    const best = top;
    // ("à cause du vent, la tente s'est envolée" for "Qu'est-ce qui a causé la chute du guide": a sentence that says
    // none of the question's words but the marker's own is another fact's cause.)
    const saysMore = (r: ScoredSentence, synonyms = false) => r.sentence.terms.some((t) => (q.terms.has(t) || (synonyms && q.alternatives.has(t))) && !CAUSE_MARKER_TERMS.has(t));
    // ("son décès n'aurait pas été causé par des coups": a cause the sentence denies is none it gives.)
    const givesCause = (r: ScoredSentence, synonyms = false) => ownCause(fold(r.sentence.text).replace(/’/g, "'")) && !isHeading(r.sentence.text) && saysMore(r, synonyms);
    const asked = DEATH_PARTICIPLE.exec(fold(q.text))?.[1];
    // (A death's participle that does not agree with the question's tells another's death.)
    const plain = (r: ScoredSentence) => fold(r.sentence.text).replace(/’/g, "'");
    const agrees = (r: ScoredSentence) => {
      const said = asked === undefined ? undefined : DEATH_PARTICIPLE_WRITTEN.exec(plain(r))?.[1];
      return said === undefined || feminineDeath(said) === feminineDeath(asked!);
    };
    const deathCauseOf = (r: ScoredSentence) => DEATH_CAUSE.test(plain(r)) && agrees(r);
    const because = ranked.slice(0, TUNING.causeDepth).find((r) => givesCause(r) && agrees(r) && r.score >= TUNING.causeScore * best.score && r.coverage >= TUNING.causeCoverage * best.coverage)
      // "De quoi est-elle morte ?" of "Sa disparition est due à …": further down, a sentence that gives a cause and
      // covers the question as fully as the best one (by a synonym, which ranks lower).
      ?? ranked.slice(0, TUNING.causeFarDepth).find((r) => r.coverage >= best.coverage && givesCause(r, true) && agrees(r));
    if (because) top = because;
    // "De quoi est-elle morte ?" (not "Pourquoi …"): a sentence that gives no cause of a death ("la mort de ce géant du
    // cinéma") states none; one further down that says the death's cause ("morte à cause d'un virus") may.
    // (Only one whose participle agrees with the question's — "Elle est morte" is not told by "le géant … est mort d'une
    // maladie" — and whose people named before it are the question's: "L'acteur X est décédé de …" tells X's death.)
    else if (DEATH_ASKED.test(fold(q.text)) && !PURPOSE_OPENS.test(fold(q.text)) && !givesCause(top, true) && !deathCauseOf(top)) {
      const deathOf = (r: ScoredSentence) => {
        const at = DEATH_CAUSE.exec(plain(r))?.index;
        return at !== undefined && agrees(r) && r.sentence.mentions.every((m) => m.start > at || m.type !== 'person' || q.entities.has(m.entity));
      };
      const death = ranked.slice(0, TUNING.causeFarDepth).find((r) => deathOf(r) && saysMore(r, true));
      if (!death) return null;
      top = death;
    }
  }
  // "Son taf, à l'assaillant, c'était quoi ?": the trade a sentence gives ("travaillait comme chauffeur-livreur").
  if (OCCUPATION_ASKED.test(fold(q.text))) {
    const trade = answerOccupation(k, q, ranked);
    if (trade) return trade;
  }
  // "Pour quel délit a-t-il été condamné ?": what the sentence says after "pour" ("condamné pour proxénétisme aggravé").
  if (chargeAsked(q.text)) return answerCharge(k, q, ranked);
  // "De quoi sont accusés les employés ?", "Il était chargé de quoi ?": what the text gives after that participle and
  // its "de" ("accusés d'homicide involontaire"), or the corpus does not say.
  const complemented = q.kind === 'what' && !CAUSE.test(fold(q.text)) ? participleOfWhat(q.text) : undefined;
  if (complemented) return answerComplement(k, q, ranked, complemented);
  // "C'était quoi comme voiture ?": the maker's name the text gives the thing ("au volant de sa X Y"), when one says it.
  if (q.noun && BRANDED_THINGS.has(q.noun)) {
    const brand = answerBrand(k, q, ranked, q.noun);
    if (brand) return brand;
    // "C'était quoi comme avion ?" of "Son appareil, un Falcon 50, …": a code-like model name answers it too.
    const model = KIND_ASKED.test(fold(q.text)) ? answerModel(k, q, ranked) : null;
    if (model) return model;
  }
  // "C'était quel modèle d'avion ?": a code-like name ("Airbus A310", "MD-83"), or the corpus does not say — or, for
  // a thing sold under a maker's name the question says ("La voiture …, c'était quel modèle ?"), the name the text gives it.
  if (q.noun && isModelNoun(q.noun)) {
    const thing = fold(q.text).split(/[^a-z-]+/).map((w) => singularOf(w)).find((w) => BRANDED_THINGS.has(w));
    return answerModel(k, q, ranked) ?? (thing !== undefined ? answerBrand(k, q, ranked, thing) : null);
  }
  // "Le Thalys attaqué, il portait quel numéro ?": a number that names it ("le Thalys 9364", "n° 25"), or none.
  if (q.noun && NUMBER_NOUNS.has(q.noun)) return answerNumber(k, q, ranked);
  // "Le slogan de la marche, c'était quoi ?" of "Avec un slogan : « Le monde est X »": the words the text quotes right
  // after the noun asked.
  const quotedAnswer = q.kind === 'what' && q.expects === 'text' ? answerQuoted(k, q, ranked) : null;
  if (quotedAnswer) return quotedAnswer;
  // "Il a lu quel texte ?": a sentence that names no text does not answer it — unless it gives the object of the
  // question's verb ("Quel morceau a été joué …" of "un orchestre jouait l'hymne national russe").
  if (q.expects === 'text' && q.noun && !isClassNoun(q.noun) && !namesThing(top, q.noun, q)) return answerObject(k, q, ranked);
  if (isHeading(top.sentence.text)) return null;
  // "Quelle substance a provoqué sa mort ?" of "il n'y avait aucune substance illicite": a sentence that denies the thing
  // asked names none (unless the question asks what is denied).
  if (q.expects === 'text' && q.noun && !saysNegation(q.text) && deniesNoun(fold(top.sentence.text).replace(/’/g, "'"), q.noun)) return null;
  // "Quel type d'arme …" of "… retrouvé l'arme du crime": a sentence that writes the noun asked with no word of its own
  // that tells its kind (an adjective, "de" and a bare noun) says the thing, not which kind.
  if (q.expects === 'text' && q.noun && KIND_OF_ASKED.test(fold(q.text)) && kindUntold(fold(top.sentence.text).replace(/’/g, "'"), q.noun, fold(q.text))) return null;
  // "Quels vêtements …" of "Il s'agit d'une veste et de gants. Ces vêtements ont été envoyés au laboratoire.": a
  // sentence that names the thing asked only by a demonstrative tells not which; the sentence before it, in its
  // paragraph, does.
  if (q.noun && namesByDemonstrative(top.sentence.text, q.noun) && k.sameParagraph(top.index - 1, top.index)) top = { ...top, index: top.index - 1, sentence: k.sentence(top.index - 1) };
  const c: Candidate = { key: String(top.index), score: top.score, support: new Map([[top.index, top.score]]), byDoc: new Map([[top.sentence.doc, top.score]]) };
  // "la rupture de quelle digue …" of "la rupture de la digue de Bouin": the thing asked, by the name the text gives it.
  const named = q.expects === 'text' && q.noun && !isClassNoun(q.noun) ? namedThing(top.sentence.text, q.noun, q.text) : undefined;
  return finish(k, ranked, c, named ?? clip(top.sentence.text, MAX_ANSWER));
}

/** "quel type de", "quelle sorte d'", "quel genre de", "quelle espèce de" (folded): a kind of the noun after it asked. */
const KIND_OF_ASKED = /\bquel(?:le)?s?\s+(?:type|genre|sorte|espece)s?\s+(?:de\s|d')/;
/**
 * True when the folded text writes `noun` (singular, folded), and each time with no word that tells its kind: no word
 * right after it other than a stopword, a word of the question or "de" and a determiner ("l'arme du crime", "l'arme
 * blanche" when the question says "blanche"; not "une ogive de type X"), and no word before it other than a determiner.
 */
function kindUntold(folded: string, noun: string, question: string): boolean {
  const asked = new Set(question.split(/[^a-z0-9-]+/));
  const at = [...folded.matchAll(new RegExp(`(?<![a-z])${escapeRegExp(noun)}s?(?![a-z])`, 'g'))];
  if (!at.length) return false;
  return at.every((m) => {
    const after = folded.slice(m.index! + m[0].length).replace(/'/g, "' ").split(/[^a-z0-9'-]+/).filter(Boolean);
    const next = after[0] ?? '';
    if (/^d'$|^de$/.test(next)) return ARTICLE_AFTER_DE.has(after[1] ?? '');
    if (next && !isStopword(next.replace(/'$/, '')) && !asked.has(next) && !asked.has(next.replace(/s$/, ''))) return false;
    const before = folded.slice(0, m.index!).split(/[^a-z0-9-]+/).filter(Boolean).pop() ?? '';
    return !before || isStopword(before) || asked.has(before);
  });
}
/** Determiners after "de" that make its noun a complement, not a kind ("l'arme du crime", "l'arme de la victime"). */
const ARTICLE_AFTER_DE = new Set(['la', "l'", 'le', 'les', 'ce', 'cet', 'cette', 'ces', 'sa', 'son', 'ses', 'leur', 'leurs', 'un', 'une']);

/** "quoi comme avion" (folded): the kind of a thing asked, which its make or its model tells. */
const KIND_ASKED = /(?:^|[^a-z])quoi\s+comme\s/;

/** True when the folded text says noun `noun` (folded, singular) only after a word that denies it ("aucune substance"). */
function deniesNoun(folded: string, noun: string): boolean {
  const word = `${escapeRegExp(noun)}s?(?![\\p{L}])`;
  const said = folded.match(new RegExp(`(?:^|[^\\p{L}])${word}`, 'gu'))?.length ?? 0;
  const denied = folded.match(new RegExp(`(?:^|[^\\p{L}'])(?:${answerWords.nounDenials.map(escapeRegExp).join('|')})\\s*(?:\\p{L}+\\s+)?${word}`, 'gu'))?.length ?? 0;
  return said > 0 && denied >= said;
}

/** Rates and shares, whose complement says what they measure (data: quantity-words rateNouns), folded. */
const RATE_NOUNS = new Set<string>(quantityWords.rateNouns);
/** The term of what a measure noun asked is of ("le taux d'abstention" → "abstent"), if the question says it. */
function measuredTerm(q: AnalyzedQuestion): string | undefined {
  const of = new RegExp(`(?<![\\p{L}])${escapeRegExp(q.noun!)}s?\\s+(?:de|du|des|d')\\s*(\\p{L}{3,})`, 'u').exec(fold(q.text).replace(/’/g, "'"))?.[1];
  const [term] = of && !isStopword(of) ? terms(of) : [];
  return term && q.terms.has(term) ? term : undefined;
}

/** The noun a what-question opens on ("Le slogan de …, c'était quoi ?"), folded (data: question-patterns.json aboutNoun). */
const ABOUT_NOUN = new RegExp(patterns.aboutNoun);
/** Longest words quoted after a noun that still name it ("un slogan : « … »"), in characters. */
const MAX_QUOTED_NAME = 80;
/** Ranked sentences read for a noun's quoted words. */
const QUOTED_DEPTH = 30;

/**
 * The words a sentence quotes right after the noun the question asks about ("un slogan : « Le monde est X »", "le mot
 * d'ordre « … »"), when one of the best ranked does; null otherwise.
 */
function answerQuoted(k: Knowledge, q: AnalyzedQuestion, ranked: ScoredSentence[]): Partial | null {
  const noun = q.noun ?? ABOUT_NOUN.exec(fold(q.text))?.[1];
  if (noun === undefined || FR.stopwords.has(noun) || isClassNoun(singularOf(noun))) return null;
  const after = new RegExp(`(?<![\\p{L}])${escapeRegExp(noun)}s?\\s*:?\\s*[«"“]\\s*([^«»"“”]{3,${MAX_QUOTED_NAME}}?)\\s*[»"”]`, 'gdu');
  // "Le film dans lequel X a joué ?" of "qui l'avait fait tourner dans « Y »": a work's title, quoted after "dans" or
  // "intitulé", in a sentence that says another word of the question (a name, the verb).
  const work = isWorkNoun(noun);
  const others = [...q.terms.keys()].filter((t) => t !== fold(stem(noun)));
  const saysOther = (r: ScoredSentence) => others.some((t) => r.sentence.terms.includes(t)) || r.sentence.mentions.some((m) => q.entities.has(m.entity));
  const pool = new Map<string, Candidate>();
  const shown = new Map<string, string>();
  for (const r of ranked.slice(0, QUOTED_DEPTH)) {
    // foldChars keeps every offset: the words are read back as written. "de la position « ouvert » à la position
    // « arrêt »": a noun given two quoted names tells no one.
    const folded = foldChars(r.sentence.text);
    const found = [...folded.matchAll(after)];
    if (!found.length && work && saysOther(r)) found.push(...titlesQuoted(folded));
    const span = found.length === 1 ? found[0]!.indices?.[1] : undefined;
    if (!span) continue;
    const written = r.sentence.text.slice(span[0], span[1]);
    // "… pour laisser la place à quel film ?": a title that holds a word of the question ("Place publique") is not the
    // one asked, which the question does not write.
    if (terms(written).some((t) => others.includes(t))) continue;
    const key = fold(written);
    vote(pool, key, weightOf(r), r.index, r.sentence.doc);
    if (!shown.has(key)) shown.set(key, written);
  }
  const c = best(pool);
  return c ? finish(k, ranked, c, shown.get(c.key)!) : null;
}

/** A participle or an infinitive of the question ("joué", "laissées", "attribuer"), as written. */
// Not "-aire", "-ière", "-ier" of adjectives and nouns ("préliminaire", "dernier").
const VERB_ENDING = /(?:é|ée|és|ées|[^i]er|ir|dre|ttre|[^a]ire)$/u;
/** Words that end the object after its verb: a preposition, a relative, a conjunction (folded; data: objectEndWords). */
const OBJECT_END = new RegExp(`^(?:${answerWords.objectEndWords.join('|')})$`);
/** A determiner opening the object ("l'hymne", "un bouquet", "ses"). */
const OBJECT_OPENS = /^\s+((?:l['’]|le\s|la\s|les\s|un\s|une\s|des\s|son\s|sa\s|ses\s|leur\s|leurs\s)\s*)/iu;
/** Words of an object, at most. */
const OBJECT_WORDS = 6;

/**
 * "Quel morceau a été joué par l'orchestre ?": the object a sentence gives the question's verb ("un orchestre militaire
 * jouait l'hymne national russe"), in the best sentences that say the verb; null when none does.
 */
function answerObject(k: Knowledge, q: AnalyzedQuestion, ranked: ScoredSentence[]): Partial | null {
  const noun = q.noun ? fold(stem(q.noun)) : '';
  const verbs = new Set<string>();
  const written = q.text.split(/[^\p{L}'’-]+/u);
  for (const [i, w] of written.entries()) {
    const word = w.replace(/^\p{L}['’]/u, '');
    if (!VERB_ENDING.test(word) || isStopword(word)) continue;
    // "ouvrait la montée des coureurs": a participle's form after an article ("l'", "la", "son") is a noun there.
    if (/^l['’]/iu.test(w) || ARTICLE_BEFORE.has(fold(written[i - 1] ?? ''))) continue;
    const t = fold(stem(word));
    if (t === noun || !q.terms.has(t)) continue;
    verbs.add(t);
    for (const [alt, a] of q.alternatives) if (a.of === t) verbs.add(alt);
  }
  if (!verbs.size) return null;
  for (const r of readable(ranked, false, undefined, TUNING.nounCoverage)) {
    // Only a sentence whose terms (read at index time) hold the verb is read word by word.
    if (!r.sentence.terms.some((t) => verbs.has(t))) continue;
    const text = r.sentence.text;
    for (const m of text.matchAll(/[\p{L}'’-]+/gu)) {
      if (!verbs.has(fold(stem(m[0].replace(/^\p{L}['’]/u, ''))))) continue;
      const after = text.slice(m.index! + m[0].length);
      const open = OBJECT_OPENS.exec(after);
      if (!open) continue;
      // The words of the object and where each ends, up to a preposition, a relative or punctuation.
      const words: { word: string; end: number }[] = [];
      for (const w of after.slice(open[0].length).matchAll(/([\p{L}\d'’-]+)|([^\p{L}\d'’\s-])/gu)) {
        if (w[2] || words.length >= OBJECT_WORDS || (words.length > 0 && OBJECT_END.test(fold(w[1]!)))) break;
        words.push({ word: w[1]!, end: open[0].length + w.index! + w[0].length });
      }
      // "l'ordre national de", cut short before "la": the words up to the last one that is no function word.
      while (words.length && FR.stopwords.has(fold(words.at(-1)!.word))) words.pop();
      if (!words.length) continue;
      const span = after.slice(open.index + open[0].length - open[1]!.length, words.at(-1)!.end).trim();
      // "s'est écroulé le jeudi 9 mars": a date after the verb is when, not what.
      const from = m.index! + m[0].length + open.index + open[0].length - open[1]!.length;
      if (r.sentence.dates.some((d) => d.start < from + span.length && d.end > from)) continue;
      const c: Candidate = { key: fold(span), score: r.score, support: new Map([[r.index, r.score]]), byDoc: new Map([[r.sentence.doc, r.score]]) };
      return finish(k, ranked, c, span);
    }
  }
  return null;
}

/** Articles and possessives: a word after one is a noun ("la tenue", "son arrivée"; data: nounDeterminers), folded. */
const ARTICLE_BEFORE = new Set(answerWords.nounDeterminers);

/** True when a sentence opens on a demonstrative and the noun asked ("Ces vêtements …" for "vêtements"). */
function namesByDemonstrative(text: string, noun: string): boolean {
  const m = /^(?:ces|cet|cette|ce)\s+([a-z-]+)/.exec(fold(text));
  return !!m && fold(stem(m[1]!)) === fold(stem(noun));
}

/** A penalty asked ("quelle peine", "a écopé de combien"; data: fr-answer-words.json penaltyAsked), folded. */
const PENALTY_ASKED = new RegExp(`(?<![a-z])(?:${answerWords.penaltyAsked.map(escapeRegExp).join('|')})(?![a-z])`);
const alt = alternation;
/** Number words, folded ("six", "vingt"); a compound joins them with hyphens ("vingt-deux"). */
const NUMBER_WORD = `(?:${alt(Object.keys(timeWords.numbers).map(fold))})`;
/** A number in figures or in words ("22", "six", "vingt-deux"), folded. */
const PENALTY_NUMBER = `(?:\\d[\\d\\s.,]*|${NUMBER_WORD}(?:-${NUMBER_WORD})*)`;
const PENALTY_UNIT = `(?:${alt(answerWords.penaltyUnits)})`;
/**
 * A penalty in folded text: a duration and its kind ("huit mois d'emprisonnement", "12 ans et 4 mois de prison ferme"),
 * a life sentence ("la réclusion criminelle à perpétuité"), or a fine ("une amende de 40.000 euros").
 */
const PENALTY = new RegExp(`(?<![a-z\\d])(${PENALTY_NUMBER}\\s+${PENALTY_UNIT}(?:\\s+et\\s+${PENALTY_NUMBER}\\s+${PENALTY_UNIT})?\\s+(?:${alt(answerWords.penaltyKinds)})(?:\\s+(?:${alt(answerWords.penaltyQualifiers)}))?`
  + `|(?:la\\s+)?(?:${alt(answerWords.lifePenalties)})|(?:une\\s+)?(?:${alt(answerWords.fineWords)})\\s+de\\s+[\\d\\s.,]+\\s*(?:millions?\\s+d'|milliards?\\s+d')?(?:euros|dollars|francs|livres|€|\\$))(?![a-z])`, 'gd');
/** "Quelle peine …": the penalties of the sentences that say the question, near its words. */
function answerPenalty(k: Knowledge, q: AnalyzedQuestion, ranked: ScoredSentence[]): Partial | null {
  const found = new Map<number, { start: number; text: string }[]>();
  const mainTerms = mainClauseTerms(q);
  // "Le tribunal a suivi la défense ; le parquet avait requis trois ans": a penalty counts in a clause that says
  // the question's words.
  const penaltiesOf = (r: ScoredSentence) => {
    if (!found.has(r.index)) {
      const clauseOf = clauseWeights(r.sentence, mainTerms, q);
      found.set(r.index, writtenSpans(PENALTY, r.sentence.text).filter((m) => clauseOf(m.start) > 0));
    }
    return found.get(r.index)!;
  };
  return bestSpan(k, q, ranked, readable(ranked, false, (s) => penaltiesOf(s).length > 0, TUNING.nounCoverage), penaltiesOf);
}

/** A question of someone's trade ("son métier", "son taf", "quel boulot"; data: occupationNouns), folded. */
const OCCUPATION_ASKED = new RegExp(`(?<![a-z])(?:${answerWords.occupationNouns.map(escapeRegExp).join('|')})(?![a-z])`);
/** The trade a sentence gives after its cue ("travaillait comme un chauffeur-livreur", "employé dans la maroquinerie"), folded. */
const OCCUPATION = new RegExp(`(?<![a-z])(?:${answerWords.occupationCues.map(escapeRegExp).join('|')})\\s+(?:(?:un|une|le|la|les|l'|des|du)\\s*)?([a-z][a-z'-]*(?:\\s+[a-z][a-z'-]*){0,2}?)(?=\\s*(?:[,.;:!?()«»"]|$|\\s(?:a|au|aux|de|depuis|pour|et|qui|dans|chez|avant|apres|lorsqu|quand|selon)\\s))`, 'gd');
/** "Il faisait quoi comme boulot ?": the trades the sentences that say the question give, near its words. */
function answerOccupation(k: Knowledge, q: AnalyzedQuestion, ranked: ScoredSentence[]): Partial | null {
  return bestSpan(k, q, ranked, readable(ranked, false), (r) => writtenSpans(OCCUPATION, r.sentence.text));
}

/**
 * What a sentence says after "pour", in folded text: "ouverte pour « violation des règles … »", "condamné pour
 * proxénétisme aggravé" — up to a clause's end, a closing quotation mark or a word that opens another phrase.
 */
const CHARGE = /(?<![a-z])pour\s+(?:[«"“]\s*)?((?:(?:la|le|les|l'|des|du|de|d')\s*)?[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,9}?)(?=\s*(?:[,.;:!?()«»"”]|$|\s(?:a|au|aux|apres|avant|selon|dans|depuis|lors|contre|sur|qui|alors|tandis|mais|car)\s|(?<!\s(?:de|a))\s(?:le|la|les)\s))/gd;
/** Characters before "pour" read for the question's verb. */
const CHARGE_LEAD = 40;
/** A word after "pour" that opens no charge: an infinitive ("pour tenter"), a relative ("pour lequel"), or "la première fois". */
const NO_CHARGE = /^(?:\p{L}+(?:er|ir|re)|lequel|laquelle|lesquels|lesquelles|quoi|qui|la premiere|le moment|l'instant|l'heure|cela|ca|autant|lui|elle|eux|sa|son|ses|leur|leurs)(?![\p{L}])/u;
/** "Pour quel motif l'enquête a-t-elle été ouverte ?": what the sentences that say the question give after "pour". */
function answerCharge(k: Knowledge, q: AnalyzedQuestion, ranked: ScoredSentence[]): Partial | null {
  const found = new Map<number, { start: number; text: string }[]>();
  const chargesOf = (r: ScoredSentence) => found.get(r.index) ?? found.set(r.index, writtenSpans(CHARGE, r.sentence.text).filter((m) => {
    // "mis en examen pour vol" does not say what he was condemned for: a word of the question right before "pour".
    const at = foldChars(r.sentence.text).lastIndexOf('pour', m.start);
    const lead = terms(r.sentence.text.slice(Math.max(0, at - CHARGE_LEAD), at).split(/[,;:«»"]/).pop()!);
    return !NO_CHARGE.test(fold(m.text)) && lead.some((t) => q.terms.has(t) || q.alternatives.has(t));
  })).get(r.index)!;
  return bestSpan(k, q, ranked, readable(ranked, false, (s) => chargesOf(s).length > 0, TUNING.nounCoverage), chargesOf);
}

/** "chargé de quoi", "De quoi sont accusés …", "De quoi X a-t-il été accusé ?": a participle asked its "de" complement. */
const PARTICIPLE_DE_QUOI = /(?:^|[^a-z'])([a-z]{4,}(?:e|es|ee|ees|i|is|ie|ies|u|us|ue|ues|er))\s+de\s+quoi\b|^de\s+quoi\s+(?:[a-z'-]+\s+){0,6}?(?:est|sont|etait|etaient|a|ont|avait|avaient)(?:-t)?(?:-(?:il|elle|ils|elles))?\s+(?:ete\s+)?([a-z]{4,}(?:e|es|ee|ees|i|is|ie|ies|u|us|ue|ues))(?![a-z])/;
/** The participle a "de quoi" question asks the complement of, folded. */
function participleOfWhat(question: string): string | undefined {
  const m = PARTICIPLE_DE_QUOI.exec(fold(question));
  return m ? (m[1] ?? m[2]) : undefined;
}

/** After the participle's stem and its "de": the complement, up to a clause's end (as CHARGE reads after "pour"). */
// ("morte à cause d'un « hantavirus »", "mort des suites d'une chute": a cause's phrase before the "de"; a quotation mark
// after the article.)
const complementAfter = (stemmed: string) => new RegExp(`(?<![a-z])${escapeRegExp(stemmed)}[a-z]*\\s+(?:(?:a cause|des suites|a la suite)\\s+)?(?:de\\s+|d'|du\\s+|des\\s+)((?:(?:la|le|les|l'|un|une)\\s*)?(?:[«"“]\\s*)?[a-z][a-z'-]*(?:\\s+[a-z][a-z'-]*){0,11}?)(?=\\s*(?:[,.;:!?()«»"”]|$|\\s(?:a|au|aux|apres|avant|selon|dans|depuis|lors|contre|sur|qui|alors|tandis|mais|car|pour|par)\\s|\\s(?:et|ou)\\s+(?:de\\s|d')))`, 'gd');

/** "De quoi sont-ils accusés ?": the spans the sentences that say the question give after the participle and "de". */
function answerComplement(k: Knowledge, q: AnalyzedQuestion, ranked: ScoredSentence[], participle: string): Partial | null {
  const re = complementAfter(fold(stem(participle)));
  const found = new Map<number, { start: number; text: string }[]>();
  const complementsOf = (r: ScoredSentence) => found.get(r.index) ?? found.set(r.index, writtenSpans(re, r.sentence.text).map((c) => ({ ...c, text: c.text.replace(/\s*[«"“]\s*/gu, ' ').replace(/\s+/gu, ' ') }))).get(r.index)!;
  return bestSpan(k, q, ranked, readable(ranked, false, (s) => complementsOf(s).length > 0, TUNING.nounCoverage), complementsOf);
}

/** The group 1 spans of a pattern (flags g and d) on the folded text, as the text writes them (foldChars keeps offsets). */
function writtenSpans(re: RegExp, text: string): { start: number; text: string }[] {
  return matchWritten(re, text).map((m) => ({ start: m.start, text: text.slice(m.start, m.end) }));
}

/** "Quel modèle d'avion …": the code-like names of the sentences that say the question, near its words. */
function answerModel(k: Knowledge, q: AnalyzedQuestion, ranked: ScoredSentence[]): Partial | null {
  const found = new Map<number, ReturnType<typeof models>>();
  const modelsOf = (r: ScoredSentence) => found.get(r.index) ?? found.set(r.index, models(r.sentence.text)).get(r.index)!;
  return bestSpan(k, q, ranked, readable(ranked, false, (s) => modelsOf(s).length > 0, TUNING.nounCoverage), modelsOf, true);
}

/** Things sold under a maker's name (data: question-nouns.json brandedThings), folded. */
const BRANDED_THINGS = new Set<string>(nouns.brandedThings);
/** Capitalised words (a figure may follow one) right after a possessive or an article, or a lead ("de marque"). */
const BRAND_NAME = '(\\p{Lu}[\\p{L}\\d-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\d-]*|\\d[\\p{L}\\d-]*)){0,3})';
const BRAND_AFTER_LEAD = new RegExp(`(?:${(nouns.brandLeads as string[]).map((w) => escapeRegExp(w).replace(/e/g, '[eé]')).join('|')})\\s+${BRAND_NAME}`, 'gu');
// (Not after "la" or "le": "le ministre de la Défense" names a body.)
const BRAND_AFTER_ARTICLE = new RegExp(`(?:^|[^\\p{L}])(?:sa|son|leur|une|un)\\s+${BRAND_NAME}`, 'gu');
const BRAND_AFTER_NOUN = new RegExp(`^\\s+${BRAND_NAME}`, 'u');
const BRAND_CUE = new RegExp(`(?:${(nouns.brandCues as string[]).map(escapeRegExp).join('|')})\\s*(?:sa|son|leur|une|un|la|le)?\\s*$`);
/** Characters before a name read for a cue. */
const BRAND_CUE_REACH = 30;
/**
 * "C'était quoi comme voiture ?": the name a sentence gives the thing — after "de marque", or after an article where the
 * sentence says the thing's noun or a cue of it ("au volant de sa X Y"). A person's or a place's name is none, nor a title.
 */
function answerBrand(k: Knowledge, q: AnalyzedQuestion, ranked: ScoredSentence[], noun: string): Partial | null {
  const nounTerms = new Set([fold(stem(noun)), ...[...q.alternatives].filter(([, a]) => a.of === fold(stem(noun))).map(([alt]) => alt)]);
  // (Read once a sentence: the ranking's filter and the vote both ask for its names.)
  const read = new Map<number, { start: number; text: string }[]>();
  const spansOf = (r: ScoredSentence) => read.get(r.index) ?? read.set(r.index, brandsIn(r)).get(r.index)!;
  const brandsIn = (r: ScoredSentence) => {
    const text = r.sentence.text;
    const found: { start: number; text: string }[] = [];
    const saysNoun = r.sentence.terms.some((t) => nounTerms.has(t));
    const take = (m: RegExpMatchArray, cued: boolean) => {
      const start = m.index! + m[0].length - m[1]!.length;
      const end = start + m[1]!.length;
      if (!cued && !saysNoun && !BRAND_CUE.test(fold(text.slice(Math.max(0, start - BRAND_CUE_REACH), start)).replace(/’/g, "'").replace(/\s*(?:sa|son|leur|une|un|la|le)\s+$/, ' '))) return;
      // (After a possessive or an indefinite article, "sa X Y", "une X Y" is no one: a name read as a person's still
      // names the thing. A place's does not.)
      if (r.sentence.mentions.some((x) => x.start < end && start < x.end && x.type === 'place')) return;
      if (FR.titles.has(m[1]!.split(/\s+/)[0]!.toLowerCase())) return;
      found.push({ start, text: m[1]! });
    };
    for (const m of text.matchAll(BRAND_AFTER_LEAD)) take(m, true);
    // "à bord d'une voiture Varno blanche", "un pistolet Kestrel": the name right after the thing's noun.
    for (const t of tokenize(text)) {
      if (!terms(t.text).some((x) => nounTerms.has(x))) continue;
      const m = BRAND_AFTER_NOUN.exec(text.slice(t.end));
      if (m) take(Object.assign([m[0], m[1]!], { index: t.end }) as RegExpMatchArray, true);
    }
    for (const m of text.matchAll(BRAND_AFTER_ARTICLE)) take(m, false);
    return found;
  };
  return bestSpan(k, q, ranked, readable(ranked, false, (s) => spansOf(s).length > 0, TUNING.nounCoverage), spansOf, true);
}

/**
 * The span of the sentences read that most of them give, near the question's words (a model, a trade): shown as the
 * first sentence writes it, counted by its folded form.
 */
function bestSpan(k: Knowledge, q: AnalyzedQuestion, ranked: ScoredSentence[], read: Iterable<ScoredSentence>, spansOf: (r: ScoredSentence) => { start: number; text: string }[], refine = false): Partial | null {
  const pool = new Map<string, Candidate>();
  const shown = new Map<string, string>();
  for (const r of read) {
    const points = anchors(q, r);
    for (const m of spansOf(r)) {
      const key = fold(m.text);
      vote(pool, key, weightOf(r) * proximity(m.start, points), r.index, r.sentence.doc);
      if (!shown.has(key)) shown.set(key, m.text);
    }
  }
  // "un Boeing 737" and "le Boeing 737 MAX 8" are one model, said more or less precisely: the shorter supports the
  // longer, as a month supports its days.
  if (refine) {
    for (const a of [...pool.values()]) {
      const shorter = [...pool.values()].filter((b) => b !== a && a.key.startsWith(`${b.key} `));
      if (shorter.length) pool.set(a.key, { ...a, score: a.score + Math.max(...shorter.map((b) => b.score)) });
    }
  }
  const c = best(pool);
  return c ? finish(k, ranked, c, shown.get(c.key)!) : null;
}

/** "Quel a été le score ?": the scores written in the sentences that tell a game and say enough of the question. */
function answerScore(k: Knowledge, q: AnalyzedQuestion, ranked: ScoredSentence[]): Partial | null {
  const floor = scoreCoverage(q);
  // "le score à la mi-temps": a phase the question names is said by the sentence whose score answers.
  const phases = scorePhasesOf(q.text);
  const saysPhase = (r: ScoredSentence) => !phases.length || phases.some((p) => scorePhasesOf(r.sentence.text).includes(p));
  const found = new Map(ranked.filter((r) => r.coverage >= floor && saysPhase(r)).map((r) => [r.index, scores(r.sentence.text)]));
  return bestSpan(k, q, ranked, ranked.filter((r) => !!found.get(r.index)?.length), (r) => found.get(r.index)!);
}

/** Nouns that ask a number naming a thing (data: question-nouns.json numberNouns), folded. */
const NUMBER_NOUNS = new Set(nouns.numberNouns);
/** A number after "numéro", "n°", "no" (data: question-nouns.json numberCues), in folded text: what it names is said before. */
const NUMBERED = new RegExp(`(?:^|[^\\p{L}])(?:${nouns.numberCues.map(escapeRegExp).join('|')})\\s*(\\d+(?:[\\s-]\\d+)?)(?![\\d\\p{L}])`, 'gu');
/** A number right after a name ("Thalys 9364"). */
const NUMBER_AFTER_NAME = /^\s+(\d{2,6})(?![\d\p{L}]|[,.]\d)/u;

/** "Quel numéro …": the numbers that name the thing asked about, in the sentences that say the question. */
function answerNumber(k: Knowledge, q: AnalyzedQuestion, ranked: ScoredSentence[]): Partial | null {
  const pool = new Map<string, Candidate>();
  const numbersOf = (r: ScoredSentence) => {
    const text = r.sentence.text;
    // fold keeps every character in place: offsets found in the folded text hold in the sentence.
    const found: { start: number; text: string }[] = [...fold(text).matchAll(NUMBERED)].map((m) => ({ start: m.index! + m[0].length - m[1]!.length, text: m[1]! }));
    for (const m of r.sentence.mentions) {
      if (!q.entities.has(m.entity)) continue;
      const after = NUMBER_AFTER_NAME.exec(text.slice(m.end));
      if (after) found.push({ start: m.end + after[0].length - after[1]!.length, text: after[1]! });
    }
    return found;
  };
  for (const r of readable(ranked, false, (s) => numbersOf(s).length > 0, TUNING.nounCoverage)) {
    const points = anchors(q, r);
    for (const n of numbersOf(r)) vote(pool, n.text.replace(/\s+/g, ' '), weightOf(r) * proximity(n.start, points), r.index, r.sentence.doc);
  }
  const c = best(pool);
  return c ? finish(k, ranked, c, c.key) : null;
}

/**
 * "Combien de morts …": the figure that counts what is asked ("41 morts"), from the sentences that cover the
 * question; a figure counting something else answers only when the question names no noun.
 */
/** A determiner, perhaps an adjective, then the title that opens a sentence ("L'ancien président …"), captured. */
const OPENING_TITLE = /^\s*(?:l['’]|le\s+|la\s+)\s*(?:\p{Ll}+\s+)?(\p{Ll}[\p{Ll}-]+)/iu;

/**
 * True when the sentence at `index` names one of `people`; or names no person and opens on a title the corpus gives
 * one of them; or names no person, opens on no title, and the last person its article named before it is one of them.
 */
function aboutPerson(k: Knowledge, index: number, people: readonly number[]): boolean {
  // "L'ancien président de l'Académie est mort à 91 ans": a sentence that opens on a title and names no one is
  // about the one the corpus gives that title.
  const title = OPENING_TITLE.exec(k.sentence(index).text)?.[1];
  if (title !== undefined && FR.titles.has(title.toLowerCase()) && !k.sentence(index).mentions.some((m) => m.type === 'person')) {
    const folded = fold(title);
    return people.some((id) => k.ann.entities[id]!.descriptions.some((d) => fold(d.text).split(/[^\p{L}-]+/u).includes(folded)));
  }
  const [first] = k.sentences.range(k.sentences.docOf(index));
  for (let i = index; i >= first; i--) {
    const named = k.sentence(i).mentions.filter((m) => m.type === 'person');
    if (named.length) return named.some((m) => people.includes(m.entity));
  }
  return false;
}

/** A title with its determiner ("la chanteuse", "le maire"), folded, captured; for {@link ageOfOther}. */
const TITLE_WITH_DETERMINER = /(?:^|[^\p{L}])(?:(?:le|la|les|ce|cette|son|sa)\s+|l['’]\s*)(\p{L}+)/gu;
/**
 * True when the words between the last naming of the people asked and an age (`at`) give another person's title; a
 * sentence that names none of them before the age is read from its start.
 */
function ageOfOther(s: { text: string; mentions: readonly { entity: number; start: number; end: number }[] }, at: number, people: readonly number[]): boolean {
  const last = s.mentions.filter((m) => people.includes(m.entity) && m.end <= at).at(-1);
  const between = fold(s.text.slice(last?.end ?? 0, at));
  // ("X, l'actrice, est morte à 75 ans": a title in apposition right after the name is the person's own.)
  const apposed = last ? /^\s*,\s*/u.exec(between)?.[0].length : undefined;
  return [...between.matchAll(TITLE_WITH_DETERMINER)].some((m) => FR.titles.has(m[1]!) && (apposed === undefined || m.index + m[0].search(/\p{L}/u) !== apposed));
}

function answerQuantity(k: Knowledge, q: AnalyzedQuestion, ranked: ScoredSentence[]): Partial | null {
  const pool = new Map<string, Candidate>();
  const shown = new Map<string, string>();
  // "Ils étaient combien dans l'avion ?": people are counted.
  const asked = q.noun ? singularOf(q.noun) : PEOPLE_COUNT.test(fold(q.text)) ? PEOPLE_NOUN : undefined;
  // "Combien de sauveteurs et membres des forces …": a count of either noun.
  const also = asked ? COORDINATED.exec(fold(q.text))?.[1] : undefined;
  const other = also && also !== asked ? singularOf(also) : undefined;
  // "Combien de temps" is answered in days or weeks, "combien a coûté" in money.
  // "Combien pèse …": in the units of a weight.
  const byVerb = asked ? undefined : measureOfVerb(q.text);
  const units = asked ? unitsOf(asked) ?? (isCostQuestion(asked) ? unitsOf('cout') : undefined) : isCostQuestion(q.text) ? unitsOf('cout') : byVerb ? unitsOf(byVerb) : undefined;
  const mainTerms = mainClauseTerms(q);
  // The noun asked, its other coordinated noun, a noun that counts the same things ("victimes" for "morts"), or a
  // compound that ends on it ("90 sapeurs-pompiers" counts "pompiers").
  const countsAsked = (noun: string) => !!asked && (noun === asked || noun.endsWith(`-${asked}`) || fold(stem(noun)) === fold(stem(asked))
    || noun === other || sameCounts(asked).has(noun));
  // A sentence with a figure of the noun asked ("85 tonnes" for "combien de tonnes") is read from lower coverage, as
  // the abstention policy lets a sentence that says the noun asked answer.
  const figures = new Map<number, ReturnType<typeof estimates>>();
  const figuresOf = (r: ScoredSentence) => figures.get(r.index) ?? figures.set(r.index, estimates(r.sentence.text, quantities(r.sentence.text))).get(r.index)!;
  // "quelques centaines de personnes, 450 selon la police" for "combien … d'après la police": the estimate of the source
  // the question names counts over the others.
  const askedSource = SOURCE_ASKED.exec(fold(q.text))?.[1];
  const sourceTerms = askedSource !== undefined ? terms(askedSource) : [];
  const saysNoun = asked ? (r: ScoredSentence) => figuresOf(r).some((f) => f.noun === asked || sameCounts(asked).has(f.noun)) : undefined;
  // "Il avait quel âge, le commandant de bord ?": a figure of a sentence that does not say the person asked by their
  // title (its own words, or a synonym) is someone else's.
  const titled = asked && PERSON_MEASURES.has(asked) ? [...q.terms.keys()].filter((t) => TITLE_TERMS.has(t)) : [];
  const saysTitled = (r: ScoredSentence) => titled.every((t) => r.sentence.terms.some((x) => x === t || q.alternatives.get(x)?.of === t));
  // "Avec les cinq nouvelles dépouilles, ça fait combien en tout ?", "Sur les dix tirs, combien ont atteint …": a
  // figure the question states is what it counts from, not the answer.
  const stated = statedNumbers(q.text);
  const ageAsked = asked === 'age' || /\bagee?s?\b/.test(fold(q.text));
  const levelAsked = !asked && LEVEL_ASKED.test(fold(q.text));
  const agoAsked = AGO_BEFORE_ANY.test(fold(q.text));
  const intervalAsked = INTERVAL_ASKED.test(fold(q.text));
  // "Le couteau, il faisait quelle longueur ?": a measure of a sentence that says none of the question's own words nor
  // names any of its names (a synonym of another word aside: "habitait à 300 mètres de la gare") is the
  // measure of something else.
  // "Ioulia est restée combien de jours dans le coma ?": a span of time is as common, and as much another fact's in a
  // sentence that says none of the question's words ("avaient sept jours pour quitter le sol américain").
  const measureAsked = !!asked && (DIMENSIONS.has(asked) || isTimeUnit(asked) || unitsOf(asked) === TIME_UNITS);
  // "Combien de blessés ont dû être amputés ?": a participle that narrows the noun counted must be said (or a word of its
  // family) by the sentence whose figure answers; "140 blessés" counts them all.
  const narrowedBy = asked ? NARROWING_PARTICIPLE.exec(fold(q.text))?.[1] : undefined;
  const narrowing = narrowedBy !== undefined ? fold(stem(narrowedBy)) : undefined;
  const saysNarrowing = (r: ScoredSentence) => narrowing === undefined || saysTerm(r.sentence.terms, narrowing, q);
  // "Combien de personnes ont survécu ?": a noun that counts people and no more is narrowed by the question's verb; "71
  // personnes ont trouvé la mort" counts others. A figure of that noun answers from a sentence that says the verb (or a
  // word of its family: "les survivants").
  const peopleCounted = !!asked && PEOPLE_NOUNS.has(asked);
  const verbWord = peopleCounted ? PEOPLE_VERB.exec(fold(q.text))?.[1] : undefined;
  const participleWord = peopleCounted ? PEOPLE_PARTICIPLE.exec(fold(q.text))?.[1] : undefined;
  const peopleVerb = peopleCounted && narrowing === undefined ? verbWord ?? participleWord : undefined;
  const verbTerm = peopleVerb !== undefined && !isAuxiliary(peopleVerb) && !isStopword(peopleVerb) ? fold(stem(peopleVerb)) : undefined;
  // The participles asked of the people counted, read as the question writes them (their terms as a sentence's words give
  // them: "tuées", not the folded "tuees").
  // (Only of a noun that counts people and no more, and only a word that ends as a participle: "combien de blessés à
  // Bastia" says no state, "combien de rescapés à rentrer" an infinitive.)
  const written = peopleCounted ? tokenize(q.text) : [];
  const statesAsked = [narrowedBy, verbWord, participleWord].filter((w): w is string => peopleCounted && w !== undefined && PARTICIPLE_ENDING.test(w))
    .flatMap((w) => terms(written.find((t) => fold(t.text) === w)?.text ?? w));
  const saysVerb = (r: ScoredSentence) => verbTerm === undefined || !q.terms.has(verbTerm) || saysTerm(r.sentence.terms, verbTerm, q);
  // Said of the figure: in the words right after it ("71 personnes, sur les 77 à bord, avaient péri").
  const saysOtherState = (text: string, end: number) => terms(text.slice(end, end + STATE_REACH)).some((t) => STATE_TERMS.has(t) && !(verbTerm !== undefined && saysTerm([t], verbTerm, q)));
  // A question that tells a state of people itself ("combien de spectateurs blessés").
  const stateAsked = [...q.terms.keys()].some((t) => STATE_TERMS.has(t));
  // "Deux autres personnes": a figure of a part, over others, answers only a question that says so.
  const partAsked = PART_WORDS.test(fold(q.text));
  // An amount of money asked, and no gift.
  const costAsked = units === unitsOf('cout') && ![...q.terms.keys()].some((t) => GIFT_ASKED.has(t));
  // "le bilan donné mardi matin": a count a sentence dates by other weekdays is another day's.
  const askedWeekdays = weekdaysNamed(q.text);
  // "Combien touchait-il par mois ?" asks a rate; "combien … sur cinq ans ?" a total, which no rate gives.
  const ratesAsked = ratesIn(fold(q.text));
  const totalAsked = TOTAL_ASKED.test(fold(q.text));
  // "Lina X, elle a quel âge ?" of "L'ancien président … est mort à l'âge de 91 ans": the age of a person the question
  // names is read in a sentence about them — one that names them, or names no one after an article's last naming them.
  const agedPeople = asked === 'age' ? [...q.entities.keys()].filter((id) => k.entityType(id) === 'person') : [];
  const aboutAged = (r: ScoredSentence) => !agedPeople.length || aboutPerson(k, r.index, agedPeople);
  // "Sur l'île de Phuket, … combien de morts ?" of "jusqu'à 10 000 morts pour l'île de Car Nicobar": another place the
  // question's noun names counts that place's.
  const placesAsked = placesByNoun(k, q);
  const jointAsked = JOINT_WORDS.test(foldChars(q.text)) || /(?<![a-z])avec(?![a-z])/.test(foldChars(q.text));
  for (const r of readable(ranked, false, saysNoun, TUNING.countCoverage)) {
    if (!saysTitled(r) || !saysNarrowing(r) || !aboutAged(r)) continue;
    if (namesOtherPlaceOfNoun(r.sentence, placesAsked)) continue;
    // "Il a tourné combien de films ?" of "Ensemble, ils avaient tourné cinq films": a joint count is not one's own.
    if (!jointAsked && JOINT_WORDS.test(foldChars(r.sentence.text))) continue;
    if (namesOtherWeekdays(r.sentence.text, askedWeekdays)) continue;
    // ("l'attaque a duré trois minutes" says "l'agression" by a synonym, with the measure's own verb, "un navire de 120
    // mètres" says "le bateau" with its measure; "habitait à 300 mètres du lieu de l'attaque" says no measure of the question's.)
    const saysMeasure = measureAsked && (r.sentence.terms.some((t) => q.soft.has(t)) || measuredAlternative(r.sentence.text, q));
    if (measureAsked && !r.sentence.terms.some((t) => (q.terms.has(t) || (saysMeasure && q.alternatives.has(t))) && t !== fold(stem(asked!)) && q.alternatives.get(t)?.of !== fold(stem(asked!))) && !r.sentence.mentions.some((m) => q.entities.has(m.entity))) continue;
    const points = anchors(q, r);
    // "18 plongeurs participent à l'opération et deux plongeurs accompagnent chaque garçon": a figure counts by how
    // much its own clause says of the question.
    const clauseOf = clauseWeights(r.sentence, mainTerms, q);
    for (const f of figuresOf(r)) {
      // "Aux côtés de X, la foule a salué l'acteur, mort à 75 ans" for "Quel âge avait X ?": an age
      // after another person's title, said since the person asked was last named, is that other's.
      if (agedPeople.length && ageOfOther(r.sentence, f.start, agedPeople)) continue;
      // "23.000 coureurs qui ont participé à la course" for "combien de participants": counted whatever its clause says.
      const relative = !!asked && relativeSays(r.sentence.text, f, asked, q);
      const inClause = clauseOf(f.start) || (relative ? 1 : 0);
      if (inClause === 0) continue;
      // ("18 autres personnes ont été arrêtées dans le cadre de l'enquête saoudienne" says all the question's main clause:
      // it answers "combien de personnes arrêtées dans l'enquête saoudienne".)
      if (!partAsked && PART_WORDS.test(fold(f.text)) && !saysAllOf(r, mainTerms, asked)) continue;
      const value = valueOf(f.text);
      if (value !== undefined && stated.has(value)) continue;
      // "vendredi 14/03/2019": a figure inside a date counts nothing.
      if (!f.noun && r.sentence.dates.some((d) => d.start < f.end && f.start < d.end)) continue;
      // "deux millions d'euros par an" answers neither "par mois" nor "sur cinq ans".
      const rate = rateOfFigure(r.sentence.text, f);
      if (rate !== undefined && (ratesAsked.size ? !ratesAsked.has(rate) : totalAsked)) continue;
      // "six rescapés" for "combien de personnes ont survécu": a figure whose noun is the verb's own (or a synonym) counts
      // what is asked; "75 morts" beside it, a noun that states another fact of people, does not.
      const ofVerb = verbTerm !== undefined && !!f.noun && saysTerm([fold(stem(f.noun))], verbTerm, q);
      // ("71 personnes ont trouvé la mort": a noun of people alone, in a sentence that says another such fact and not the
      // verb asked; "un millier de personnes" at the tribute answers "combien ont assisté".)
      if (verbTerm !== undefined && f.noun && !ofVerb && (STATE_NOUNS.has(singularOf(f.noun)) || (PEOPLE_NOUNS.has(singularOf(f.noun)) && !saysVerb(r) && saysOtherState(r.sentence.text, f.end)))) continue;
      // "plus de 1 200 personnes ont été tuées et 251 prises en otage" for "combien de personnes enlevées": a figure of
      // people the words after it give another state than the participle asked counts another fact.
      const saidAfter = statesAsked.length ? [...terms(f.text), ...terms(r.sentence.text.slice(f.end, f.end + STATE_REACH).split(/[,;:()–—]|\d/)[0]!)] : [];
      const isAsked = (t: string) => statesAsked.some((v) => v === t || saysTerm([t], v, q));
      if (saidAfter.some((t) => STATE_TERMS.has(t)) && !saidAfter.some(isAsked)) continue;
      // "Le stade peut accueillir combien de spectateurs ?" of "74 personnes ont trouvé la mort": a noun that counts people
      // and no more, for a narrower noun asked, counts another fact when the words after it tell a state the question
      // does not ask.
      if (asked && !PEOPLE_NOUNS.has(asked) && !STATE_NOUNS.has(asked) && f.noun && PEOPLE_NOUNS.has(singularOf(f.noun)) && !stateAsked
        && saysOtherState(r.sentence.text, f.end)) continue;
      // "Le nouveau pont a coûté combien ?" of "X a donné 20 millions d'euros pour le chantier du pont": a gift, or a
      // sum raised, is not what something cost (unless the question asks the gift).
      if (costAsked && GIFT_BEFORE.test(fold(r.sentence.text.slice(Math.max(0, f.start - GIFT_REACH), f.start)).replace(/’/g, "'"))) continue;
      // "60 millions de mètres cubes" for "combien de mètres de haut": a volume or an area is no length.
      if (SQUARED_AFTER.test(r.sentence.text.slice(f.end)) && !SQUARED_ASKED.test(fold(q.text))) continue;
      // "Mohamed Abrini, âgé d'une trentaine d'années" for "combien d'années de prison": an age answers only an age.
      if (!ageAsked && AGE_BEFORE.test(fold(r.sentence.text.slice(Math.max(0, f.start - AGE_REACH), f.start)).replace(/’/g, "'"))) continue;
      // "une jeune femme de 23 ans" for "combien d'années de prison": years after a person's noun and "de" are an age.
      if (!ageAsked && YEARS.has(fold(f.noun ?? '')) && personBeforeOf(r.sentence.text.slice(Math.max(0, f.start - PERSON_OF_REACH), f.start))) continue;
      // "Elle a quel âge ?" of "a vécu à Tarvik pendant plus de 50 ans": a span of years is no one's age.
      if (ageAsked && asked === 'age' && SPAN_BEFORE.test(fold(r.sentence.text.slice(Math.max(0, f.start - SPAN_REACH), f.start)).replace(/’/g, "'"))) continue;
      // "un Airbus A 320", "le Boeing 737": a figure right after a capitalised word names a model or a series; it counts nothing.
      if (!f.noun && designation(r.sentence.text, f.start)) continue;
      // "L'eau, elle était à combien ?" asks a level (a temperature, a rate, a price): "le pilote de 57 ans" gives none.
      if (levelAsked && !ageAsked && YEARS.has(fold(f.noun ?? ''))) continue;
      // "le volcan entré en éruption il y a dix jours" for "elle a duré combien de temps": a time ago is no duration.
      const duration = isTimeUnit(f.noun);
      if (!agoAsked && duration && AGO_BEFORE.test(fold(r.sentence.text.slice(Math.max(0, f.start - AGE_REACH), f.start)))) continue;
      // "vers midi heure locale (13h, heure française)": a time of day the sentence gives is no duration.
      // ("la rencontre avait duré plus de deux heures et demie": after a verb of lasting, hours are a duration.)
      if (duration && r.sentence.dates.some((d) => !!d.time && d.start < f.end && d.end > f.start) && !LASTED_BEFORE.test(fold(r.sentence.text.slice(Math.max(0, f.start - AGE_REACH), f.start)))) continue;
      // "une attaque qui survient trois mois à peine après l'attentat du musée": the time between two facts is no duration of
      // either, unless the question asks how long before or after.
      if (!intervalAsked && duration && INTERVAL_AFTER.test(fold(r.sentence.text.slice(f.end, f.end + INTERVAL_REACH)))) continue;
      // "les élus auront 20 jours au maximum pour se réunir": the time given for another fact is no duration of the one
      // asked (unless the question says that fact's verb).
      const allotted = duration ? ALLOTTED_AFTER.exec(fold(r.sentence.text.slice(f.end, f.end + ALLOTTED_REACH)))?.[1] : undefined;
      if (allotted !== undefined && !terms(allotted).some((t) => q.terms.has(t))) continue;
      let counts = relative ? TUNING.askedUnit * TUNING.adjacentDate : units
        // "mois" is read as "moi" once its final s is dropped: a unit matches with or without it.
        ? units.has(f.noun) || units.has(`${f.noun}s`) || /[€$]/.test(f.text) || actOfVerb(f.noun, q) ? TUNING.askedUnit : 0
        : asked && f.noun ? (countsAsked(f.noun) || qualifiedAs(r.sentence.text, f, asked, q) || actOfVerb(f.noun, q) ? TUNING.askedUnit : 0) : asked ? TUNING.bareFigure : 1;
      if (ofVerb) counts = Math.max(counts, TUNING.askedUnit);
      // "Combien de monde …" of "plus de 20 000 Suédois": people counted by the country they come from.
      const counted = f.text.split(/\s+/).at(-1)!;
      // (Not for a narrower noun: "10 000 Égyptiens ont manifesté" are no spectators.)
      if (!counts && asked && (PEOPLE_NOUNS.has(asked) || !!units?.has(PEOPLE_NOUN)) && f.noun && /^\p{Lu}/u.test(counted) && isDemonym(counted)) counts = TUNING.askedUnit;
      // "Combien de fois la cloche a sonné ?" of "308 coups de cloche": a figure of something the question names.
      if (!counts && asked && (TIMES_NOUNS.has(asked) || TIMES_NOUNS.has(`${asked}s`)) && f.noun && (q.terms.has(fold(stem(f.noun))) || saysTermAfter(r.sentence.text, f.end, q))) counts = TUNING.askedUnit;
      // "a enterré 16 des siens" for "Combien de personnes … a-t-il dû enterrer ?": a bare figure right after the
      // question's verb is what the verb counts.
      const object = objectOfAsked(r.sentence.text, f.start, mainTerms, q);
      if (!counts && asked && !f.noun && object) counts = TUNING.askedUnit;
      // "14 personnes ont péri et 49 ont été blessées" for "combien de blessés": a bare figure whose verb is the noun asked.
      // ("117 personnes ont trouvé la mort" for "combien de morts": a noun of people alone, with the state asked.)
      if (!counts && asked && (!f.noun || (STATE_NOUNS.has(asked) && PEOPLE_NOUNS.has(singularOf(f.noun)))) && stateOf(r.sentence.text, f.end) === fold(stem(asked))) counts = TUNING.askedUnit;
      // "le nombre de Syriens entrés … comme requérants d'asile était de 70 976": a bare figure after "le nombre de"
      // and a noun of the question counts that noun.
      if (!counts && asked && !f.noun && countHeaded(r.sentence.text, f.start, f.end, asked, q)) counts = TUNING.askedUnit;
      // "237 blessées physiquement, … et 670 personnes traumatisées" for "Combien de personnes ont été blessées": a
      // figure whose own noun is a word of the question's main clause counts what is asked, over the noun alone.
      const saysAsked = !!asked && PEOPLE_NOUNS.has(asked) && !!f.noun && !countsAsked(f.noun) && [f.noun, f.text.split(/\s+/).at(-1)!].some((w) => mainTerms.has(fold(stem(w))));
      if (saysAsked) counts = TUNING.askedUnit * TUNING.adjacentDate;
      if (!counts) continue;
      // The figure right after the asked verb counts its object, over one said in a side phrase.
      if (object) counts *= TUNING.adjacentDate;
      // "profond de combien": of "110 mètres de long sur 43 mètres de profondeur", the depth.
      const dimension = asked && f.dimension ? (f.dimension.slice(0, STEM_PREFIX) === asked.slice(0, STEM_PREFIX) ? TUNING.askedUnit : TUNING.otherDimension) : 1;
      // "des milliers de policiers" says no number: a figure counts over it.
      const vague = VAGUE_FIGURE.test(fold(f.text)) && !/\d/.test(f.text) ? TUNING.vagueFigure : 1;
      const key = fold(f.text);
      // Near a question word at either end of the figure ("23 millions de personnes pourraient être touchées").
      const near = Math.max(proximity(f.start, points), proximity(f.end, points));
      const source = sourceTerms.length && f.source !== undefined && terms(f.source).some((t) => sourceTerms.includes(t)) ? TUNING.askedSource : 1;
      // "Elle avait quel âge ?" of "Mahsa X, âgée de 22 ans, …" and "une intervention à l'âge de 8 ans": the age the text
      // writes right after the name is the person's own; one said of another moment counts less.
      const apposed = agedPeople.length && r.sentence.mentions.some((m) => agedPeople.includes(m.entity) && m.end <= f.start && APPOSED_AGE.test(r.sentence.text.slice(m.end, f.start))) ? TUNING.apposedAge : 1;
      vote(pool, key, weightOf(r) * counts * dimension * inClause * near * vague * source * apposed, r.index, r.sentence.doc);
      // "16 des siens": a figure with no noun of its own is shown alone.
      if (!shown.has(key)) shown.set(key, f.noun ? f.text : f.text.replace(/\s+(?:des|de|du|d['’])$/u, ''));
    }
  }
  const c = best(pool);
  return c ? finish(k, ranked, c, shown.get(c.key)!) : null;
}

/** Each phrase of a rate with its period ("par an" → "an", "mensuel" → "mois"), folded (data: ratePeriods). */
const RATE_PHRASES = Object.entries(quantityWords.ratePeriods as Record<string, string[]>).flatMap(([period, list]) => list.map((w): [string, string] => [w, period]));
const RATE_PERIOD = new Map(RATE_PHRASES);
const RATE_ALT = RATE_PHRASES.map(([w]) => escapeRegExp(w)).sort((a, b) => b.length - a.length).join('|');
const RATE_ANY = new RegExp(`(?<![a-z])(${RATE_ALT})(?![a-z])`, 'g');
/** Right after a figure, perhaps past a bracket ("deux millions d'euros par an (1,8 million de livres)"): its period. */
const RATE_AFTER = new RegExp(`^\\s*(${RATE_ALT})(?![a-z])`);
/** Right before a figure: "un salaire mensuel de 6 000 euros". */
const RATE_BEFORE = new RegExp(`(?<![a-z])(${RATE_ALT})\\s+(?:(?:net|brut)\\s+)?(?:de|d')\\s*$`);
/** Characters around a figure read for its rate. */
const RATE_REACH = 30;
/** A total over a span asked: "au total", "sur cinq ans" (folded; data: totalAsked, totalSpanUnits). */
const TOTAL_ASKED = new RegExp(`(?<![a-z])(?:${(quantityWords.totalAsked as string[]).map(escapeRegExp).join('|')})(?![a-z])|(?<![a-z])sur\\s+(?:\\d+|[a-z]+)\\s+(?:${(quantityWords.totalSpanUnits as string[]).join('|')})(?![a-z])`);
/** The periods of the rates a folded text names. */
function ratesIn(folded: string): Set<string> {
  return new Set([...folded.matchAll(RATE_ANY)].map((m) => RATE_PERIOD.get(m[1]!)!));
}
/** The period of the rate a figure is, when the words around it say one. */
function rateOfFigure(text: string, f: { start: number; end: number }): string | undefined {
  const after = fold(text.slice(f.end, f.end + RATE_REACH * 2)).replace(/’/g, "'").replace(/^\s*\([^)]*\)/, '');
  const m = RATE_AFTER.exec(after) ?? RATE_BEFORE.exec(fold(text.slice(Math.max(0, f.start - RATE_REACH), f.start)).replace(/’/g, "'"));
  return m ? RATE_PERIOD.get(m[1]!) : undefined;
}

/** "selon la police", "d'après les organisateurs" in a question: the source of a figure it asks (folded words). */
const SOURCE_LEADS = FR.sourceLeads.map(escapeRegExp).join('|');
const SOURCE_ASKED = new RegExp(`(?:^|[^a-z])(?:${SOURCE_LEADS})\\s+((?:[a-z'-]+\\s*){1,4}?)\\s*(?:[,?!.]|$)`);
/** A figure's source right after it: "450 selon la police" (the source's words up to the next punctuation; read on folded text, which keeps offsets). */
const SOURCE_AFTER = new RegExp(`^\\s*(?:${SOURCE_LEADS})\\s+([^,;.()]{1,60})`);
/** Between a figure with its noun and a bare figure that restates it as an estimate: a comma or a bracket. */
const ESTIMATE_BETWEEN = /^\s*[,(]\s*$/u;

/**
 * "quelques centaines de personnes, 450 selon la police": a bare figure that a source right after it gives, in apposition
 * to a figure with its noun, counts that noun (shown with its source). Every figure keeps the source said right after it.
 */
function estimates(text: string, found: Span[]): (Span & { source?: string })[] {
  return found.map((f, i) => {
    const said = SOURCE_AFTER.exec(foldChars(text.slice(f.end)).replace(/’/g, "'"));
    if (!said) return f;
    const source = said[1]!.trim();
    const before = found[i - 1];
    if (f.noun || !before?.noun || !ESTIMATE_BETWEEN.test(text.slice(before.end, f.start))) return { ...f, source };
    const end = f.end + said[0].trimEnd().length;
    return { ...f, noun: before.noun, text: text.slice(f.start, end), end, source };
  });
}

/** Right after a bare figure, a passive or state verb: "49 ont été blessées", "12 sont morts" (the participle captured, with the two words after it). */
const STATE_VERB_AFTER = /^\s+(?:ont|sont|avaient|étaient|furent)\s+(?:(?:été|toutes?|tous)\s+)*(\p{L}+)(\s+\p{L}+\s+\p{L}+)?/u;
/** "ont trouvé la mort" says "morts" (data: statePhrases): a phrase, folded, and the state noun's stem. */
const STATE_PHRASES = new Map(Object.entries(quantityWords.statePhrases as Record<string, string>).map(([p, n]) => [p, fold(stem(n))]));
/** The participle's stem, folded, of the state verb right after a figure, if any (stemmed as written; a phrase by the state it says). */
function stateOf(text: string, end: number): string | undefined {
  const m = STATE_VERB_AFTER.exec(text.slice(end, end + STATE_REACH * 2).toLowerCase());
  if (!m) return undefined;
  return STATE_PHRASES.get(fold(m[1]! + (m[2] ?? '')).replace(/\s+/g, ' ')) ?? fold(stem(m[1]!));
}

/** Number words above one and their values (data: fr-time.json numbers). */
const NUMBER_VALUES = new Map(Object.entries(timeWords.numbers).filter(([, v]) => v > 1).map(([w, v]) => [fold(w), v]));

/** The numbers a question states, as figures or as number words ("les cinq dépouilles", "10 tirs"). */
function statedNumbers(question: string): Set<number> {
  const out = new Set<number>();
  for (const m of question.matchAll(/(?<![\p{L}\d])(\d{1,3}(?:[  .]\d{3})+|\d+)(?![\d,.]\d)/gu)) out.add(Number(m[1]!.replace(/[^\d]/g, '')));
  for (const w of fold(question).split(/[^a-z]+/)) if (NUMBER_VALUES.has(w)) out.add(NUMBER_VALUES.get(w)!);
  return out;
}

/** The value of a figure that opens on a whole number or a single number word ("225.000 euros", "cinq autres"). */
function valueOf(figure: string): number | undefined {
  const digits = /^(?:\p{L}+\s+(?:de\s+|d['’])?)*?(\d{1,3}(?:[  .]\d{3})+|\d+)(?![\d,.]\d)/u.exec(figure);
  if (digits) return Number(digits[1]!.replace(/[^\d]/g, ''));
  // "trente-trois": a compound number word is read as no single value.
  const word = /^(\p{L}+)(?![-\p{L}]|\s+(?:et\s+)?\p{L}+-)/u.exec(figure)?.[1];
  return word ? NUMBER_VALUES.get(fold(word)) : undefined;
}

/** Units of time a figure may count ("combien de temps"; data: quantity-words.json unitsOf): after "NOUN de", an age or a duration. */
const TIME_UNITS = unitsOf('temps') ?? new Set<string>();
/** True for a unit of time, singular or plural ("mois" is read as "moi" once its final s is dropped). */
const isTimeUnit = (noun: string) => TIME_UNITS.has(noun) || TIME_UNITS.has(`${noun}s`);
/** Right after a duration: "(à peine) après", "plus tard", "avant" — the time between two facts (folded; data: quantity-words intervalWords). */
const INTERVAL_AFTER = new RegExp(`^\\s*(?:(?:${quantityWords.intervalHedges.join('|')})\\s+)?(?:${quantityWords.intervalWords.join('|')})\\b`);
/** Right after a duration: maybe "au maximum", then "pour" and an infinitive (captured), folded: the time given to do it. */
const ALLOTTED_AFTER = /^\s*(?:au\s+(?:maximum|plus|minimum|moins)\s+)?pour\s+(?:se\s+|s'|l'|les\s+|le\s+|la\s+|en\s+)?([a-z]+(?:er|ir|re))(?![a-z])/;
/** Characters read after a duration for the fact it is given to. */
const ALLOTTED_REACH = 40;
/** A question that asks how long before or after (folded): "combien de temps après …". */
const INTERVAL_ASKED = new RegExp(`\\b(?:${quantityWords.intervalWords.join('|')})\\b`);
const INTERVAL_REACH = 30;
/**
 * True when the things a figure counts are qualified by the noun asked: "7 personnes mortes" (a word after them) or
 * "la mort de 7 personnes" (the noun and "de" before the figure) count "morts".
 */
/**
 * "23.000 coureurs qui ont participé à la course" for "combien de participants": the relative clause on the figure's
 * noun says the noun asked by its verb (the figure counts the asked, whatever the clause it stands in says).
 */
function relativeSays(text: string, f: { end: number; noun: string }, asked: string, q: AnalyzedQuestion): boolean {
  const verb = f.noun ? RELATIVE_VERB_AFTER.exec(text.slice(f.end, f.end + QUALIFIER_REACH))?.[1] : undefined;
  return !!verb && saysTerm([fold(stem(verb))], fold(stem(asked)), q);
}
/** True when a sentence says every word of the question's main clause but the noun counted (or a synonym of it). */
function saysAllOf(r: ScoredSentence, mainTerms: Set<string>, asked: string | undefined): boolean {
  const noun = asked !== undefined ? fold(stem(asked)) : undefined;
  return [...mainTerms].filter((t) => t !== noun).every((t) => r.sentence.terms.includes(t));
}
/** A word of a part ("autres"), folded (data: quantity-words.json partWords). */
/** A word, maybe hyphenated on ("navire-école"), then "de" and a figure ("un navire de 120 mètres"): the word captured. */
const NOUN_OF_FIGURE = /(\p{L}+)(?:-[\p{L}-]+)?\s+(?:de|d['’])\s*(?:(?:plus|moins|pres|près|environ)\s+(?:de\s+|d['’])?)?\d/gu;
/** True when a sentence gives a figure right after a synonym of a question's word ("un navire de 120 mètres" for "ce bateau"). */
function measuredAlternative(text: string, q: AnalyzedQuestion): boolean {
  return [...text.matchAll(NOUN_OF_FIGURE)].some((m) => terms(m[1]!).some((t) => q.alternatives.has(t)));
}
/** Right before a sum, a word that makes it a gift or a sum raised ("a donné 20 millions"), folded. */
const GIFT_BEFORE = new RegExp(`(?:^|[^a-z])(?:${quantityWords.giftLeads.map(escapeRegExp).join('|')})\\s+(?:(?:plus|moins|pres|environ|quelque|au moins|de plus de|de pres de)\\s+(?:de\\s+|d')?)?$`);
/** Words before a sum to look for a gift's word in. */
const GIFT_REACH = 40;
const GIFT_ASKED = new Set<string>(quantityWords.giftAsked);
/** "Ensemble, ils avaient tourné cinq films": a joint count (data: jointWords), folded. */
const JOINT_WORDS = new RegExp(`(?<![a-z])(?:${(quantityWords.jointWords as string[]).join('|')})(?![a-z])`);
const PART_WORDS = new RegExp(`(?<![a-z])(?:${quantityWords.partWords.join('|')})(?![a-z])`);
/** "combien de blessés ont dû être amputés", "ont pu être sauvées" (folded): a passive participle after the noun counted. */
const NARROWING_PARTICIPLE = /\bcombien\s+(?:de\s+|d')[a-z-]+\s+(?:ont|a|avaient|avait)\s+(?:du|pu)\s+etre\s+([a-z]+)/;
/** "combien de personnes ont survécu", "combien de gens sont morts" (folded): the verb said of a noun that counts people. */
/** The ending of a past participle, folded ("tuees", "pris", "survecu", "morts"). */
const PARTICIPLE_ENDING = /(?:e|es|ee|ees|i|is|ie|ies|u|us|ue|ues|t|ts|te|tes)$/;
/** "combien de personnes enlevées", "combien de gens blessés" (folded): a participle right after the noun counted. */
const PEOPLE_PARTICIPLE = /\bcombien\s+(?:de\s+|d')[a-z-]+\s+([a-z]{3,}(?:e|ee|es|ees))(?![a-z'])/;
const PEOPLE_VERB = /\bcombien\s+(?:de\s+|d')[a-z-]+\s+(?:ont|a|avaient|avait|sont|est|etaient|etait|vont|va)\s+(?:(?:ete|deja|pu|du|etre|tous|toutes)\s+)*([a-z]+)/;
/** Right after a figure and its noun, a relative clause's verb: "qui ont participé", "qui avaient pris part": the verb captured. */
const RELATIVE_VERB_AFTER = /^\s+qui\s+(?:(?:ont|a|avaient|avait|sont|est|étaient|était)\s+)?(?:(?:été|déjà|tous|toutes)\s+)*(\p{L}+)/u;
function qualifiedAs(text: string, f: { start: number; end: number; noun: string }, asked: string, q: AnalyzedQuestion): boolean {
  const term = fold(stem(asked));
  const same = (word: string | undefined) => !!word && saysTerm([fold(stem(word))], term, q);
  const after = /^\s+(\p{L}+)/u.exec(text.slice(f.end));
  const before = /(\p{L}+)\s+(?:de|des|d['’])\s*$/u.exec(text.slice(Math.max(0, f.start - QUALIFIER_REACH), f.start));
  // "5 à 6 minutes de retard" counts the "retard" asked, in minutes.
  const of = wordAfterOf(text, f.end);
  // "combien de prison ferme": "deux ans ferme" gives the word that qualifies the noun asked.
  const qualifier = new RegExp(`\\b${escapeRegExp(asked)}s?\\s+(\\p{L}+)`, 'u').exec(fold(q.text))?.[1];
  const qualified = !!qualifier && !isStopword(qualifier) && !!after && fold(after[1]!) === qualifier;
  // "un passager d'une cinquantaine d'années" gives the passenger's age, not a count of passengers.
  const age = isTimeUnit(f.noun);
  // "23.000 coureurs qui ont participé à la course" for "combien de participants": the relative clause on the figure's
  // noun says the noun asked by its verb.
  return same(after?.[1]) || (!age && same(before?.[1])) || same(of) || qualified;
}
/**
 * True when a figure counts acts of the question's verb: "141 hélitreuillages" for "Combien de personnes ont-ils
 * hélitreuillées" (a noun of the family of a word of the question, never the noun asked itself).
 */
function actOfVerb(noun: string, q: AnalyzedQuestion): boolean {
  const term = fold(stem(noun));
  const of = q.alternatives.get(term);
  return !!of && of.factor === TUNING.familyFactor && q.terms.has(of.of);
}
/** Nouns that count people and no more ("personnes"), folded (data: quantity-words.json peopleNouns). */
const PEOPLE_NOUNS = new Set(quantityWords.peopleNouns.map((w) => fold(w)));
/** Nouns of people that state a fact of them ("morts", "blessés"), folded (data: quantity-words.json stateNouns). */
const STATE_NOUNS = new Set(quantityWords.stateNouns.map((w) => fold(w)));
/** Characters after a figure read for a fact it states of the people it counts. */
const STATE_REACH = 50;
/** The terms of those nouns and of the verbs that state the same facts ("péri", "décédé"; data: stateVerbs). */
const STATE_TERMS = new Set([...quantityWords.stateNouns, ...quantityWords.stateVerbs].map((w) => fold(stem(w))));
/** Measures of a person ("âge"), folded (data: quantity-words.json personMeasures). */
const PERSON_MEASURES = new Set(quantityWords.personMeasures.map((w) => fold(w)));
/** Right before a figure, folded: the figure is someone's age ("âgé d'une trentaine d'années"; data: ageBefore). */
const AGE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${quantityWords.ageBefore.map(escapeRegExp).join('|')})\\s*$`, 'u');
/**
 * Right before a figure of time, folded: a verb of lasting or "pendant" and maybe "plus de", "près de" … ("a duré plus de
 * "; data: quantity-words.json lastedBefore, aboutBefore).
 */
const LASTED_BEFORE = new RegExp(`(?:^|[^a-z])(?:${quantityWords.lastedBefore.join('|')})\\s+(?:(?:${quantityWords.aboutBefore.join('|')})\\s*)?$`);
/** Right before a figure of time, folded: how long ago ("il y a dix jours"; data: agoBefore), and anywhere in a question. */
const AGO_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${quantityWords.agoBefore.map(escapeRegExp).join('|')})\\s*$`, 'u');
const AGO_BEFORE_ANY = new RegExp(`(?:^|[^\\p{L}])(?:${quantityWords.agoBefore.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
/** Characters before a figure read for an age's words. */
const AGE_REACH = 10;
/** Characters before a figure read for a person's noun and "de" ("une jeune femme de 23 ans"). */
const PERSON_OF_REACH = 30;
/** The noun right before a closing "de", folded ("… femme de "). */
const NOUN_THEN_OF = /(?:^|[^\p{L}])(\p{L}+)\s+de\s*$/u;
/** True when the text before a figure ends on a person's noun and "de": what follows is that person's age. */
function personBeforeOf(before: string): boolean {
  const noun = NOUN_THEN_OF.exec(fold(before))?.[1];
  return noun !== undefined && isPersonNoun(singularOf(noun));
}
/** "pendant plus de ", "depuis ", "il y a ": what makes a count of years a span, not an age (folded; data: spanBefore). */
const SPAN_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${quantityWords.spanBefore.map(escapeRegExp).join('|')})\\s+(?:(?:plus|moins)\\s+(?:de|d')\\s*|pres\\s+de\\s+|environ\\s+|quelque\\s+)?$`, 'u');
const SPAN_REACH = 30;
/** The capitalised word right before a figure. */
const CAPITALISED_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}-]*)\s*$/u;
/** True for a figure (with no noun) right after one capital letter, or a capitalised word that is no stop word nor the sentence's first. */
function designation(text: string, start: number): boolean {
  const m = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, start - DESIGNATION_REACH), start));
  if (!m) return false;
  const at = start - m[0].length + m[0].indexOf(m[1]!);
  return m[1]!.length === 1 || (!isStopword(fold(m[1]!)) && /[^\s«"“(]/u.test(text.slice(0, at).trim().slice(-1) || ''));
}
const DESIGNATION_REACH = 30;

/** "était à combien", "à combien s'élevait": a level is asked, not a count of years. */
const LEVEL_ASKED = /(?:^|[^a-z])a combien(?![a-z])/;
/** The nouns of a count of years (an age, a span). */
const YEARS = new Set(quantityWords.yearNouns);
/** The terms of the titles that name a person ("commandant", "maire"; data: fr-lexicon titles). */
const TITLE_TERMS = new Set([...FR.titles].filter((t) => !/\s/.test(t)).map((t) => fold(stem(t))));
/** "Combien de fois …": the nouns that ask a number of events (data: quantity-words timesNouns), folded. */
const TIMES_NOUNS = new Set(quantityWords.timesNouns.map((w) => fold(w)));

/** True when the noun after a figure's "de" is a term of the question ("308 coups de cloche" for "… la cloche …"). */
function saysTermAfter(text: string, end: number, q: AnalyzedQuestion): boolean {
  const word = wordAfterOf(text, end);
  return !!word && q.terms.has(fold(stem(word)));
}

/** The word after the "de" that follows a figure ("coups de cloche", "minutes de retard"), if any. */
function wordAfterOf(text: string, end: number): string | undefined {
  return /^\s+(?:de|d['’])\s*(\p{L}+)/u.exec(text.slice(end))?.[1];
}

/** True when the word right before a figure is a word of the question's main clause, or stands for one ("a enterré 16"). */
function objectOfAsked(text: string, at: number, asked: Set<string>, q: AnalyzedQuestion): boolean {
  // ("a lancé un appel pour 301 millions": the noun of the question with "pour" before the figure counts it too.)
  const word = /(\p{L}+)\s+(?:pour\s+)?$/u.exec(text.slice(Math.max(0, at - QUALIFIER_REACH), at))?.[1];
  if (!word) return false;
  const t = fold(stem(word));
  return asked.has(t) || asked.has(q.alternatives.get(t)?.of ?? '');
}

/** Right after a unit, what makes it a unit of area or volume ("mètres cubes", "kilomètres carrés"). */
const SQUARED_AFTER = /^\s+(?:cubes?|carr[ée]s?)(?![\p{L}])/iu;
/** The same in a question, folded. */
const SQUARED_ASKED = /(?:^|[^a-z])(?:cubes?|carres?|superficie|surface|volume)(?![a-z])/;
/** Characters before a figure read for the noun it is the complement of ("la mort de 7 personnes"). */
const QUALIFIER_REACH = 30;

/** Characters before a bare figure read for the noun that heads its count ("le nombre de X … était de"). */
const COUNT_HEAD_REACH = 90;
/** "le nombre de X", "le total des X" (data: quantity-words.json countHeads), then no figure and no clause end up to the figure. */
const COUNT_HEAD = new RegExp(`(?:^|[^\\p{L}])(?:${quantityWords.countHeads.map(escapeRegExp).join('|')})\\s+(?:de|des|du|d')\\s*(\\p{L}+)[^\\d.;:!?«»]*$`, 'ud');

/** True when a bare figure is the count of a noun "le nombre de" gives before it, the noun asked or a word of the question. */
function countHeaded(text: string, at: number, end: number, asked: string, q: AnalyzedQuestion): boolean {
  // "le nombre de X … était de 70 976", or right after the figure: "porte à 4.200 le nombre de soldats".
  const [head] = [...matchWritten(COUNT_HEAD, text.slice(Math.max(0, at - COUNT_HEAD_REACH), at)), ...matchWritten(COUNT_HEAD_AFTER, text.slice(end, end + COUNT_HEAD_REACH))];
  if (!head) return false;
  const t = head.term;
  return singularOf(fold(head.folded)) === asked || (t !== undefined && (t === terms(asked)[0] || q.terms.has(t) || q.alternatives.has(t)));
}
/** "4.200 le nombre de soldats", "à 35 le total des blessés": the count's head right after a bare figure, folded. */
const COUNT_HEAD_AFTER = new RegExp(`^\\s*(?:le|la|les)\\s+(?:${quantityWords.countHeads.map(escapeRegExp).join('|')})\\s+(?:de|des|du|d')\\s*(\\p{L}+)`, 'ud');

/** "la digue de Bouin", "le navire Ever Given": the noun asked and the name the text gives it, or undefined. */
function namedThing(text: string, noun: string, question: string): string | undefined {
  // ("de quelle école navale" of "la célèbre école navale de X": the words the question sets after the noun may
  // stand between it and the name.)
  const said = new Set(fold(question).split(/[^\p{L}-]+/u));
  for (const m of text.matchAll(NAMED_THING)) {
    const word = fold(m[2]!);
    const between = m[3] ? fold(m[3]).split(/\s+/).filter(Boolean) : [];
    if ((word === noun || word === `${noun}s` || word === `${noun}x`) && between.every((w) => said.has(w))) return m[1];
  }
  return undefined;
}
/**
 * At each word, a noun, then a capitalised name of up to four words, maybe after "de" ("digue de Bouin", "navire Ever
 * Given"): the whole (1), the noun (2) and up to two small words between (3), which the caller checks. (A lookahead,
 * so that a match opened on an earlier word does not hide the noun.)
 */
const NAMED_THING = /(?<![\p{L}])(?=((\p{Ll}[\p{L}-]*)((?:\s+\p{Ll}[\p{L}-]*){0,2}?)\s+(?:(?:de la|de l['’]|du|des|de|d['’])\s*)?\p{Lu}[\p{L}\d'’-]*(?:\s+\p{Lu}[\p{L}\d'’-]*){0,3}))/gu;

/** True when a sentence names the thing asked ("texte"), or a word of its family or synonyms. */
function namesThing(r: ScoredSentence, noun: string, q: AnalyzedQuestion): boolean {
  const term = fold(stem(noun));
  return r.sentence.terms.some((t) => t === term || q.alternatives.get(t)?.of === term || (t.length >= STEM_PREFIX_MATCH && term.startsWith(t)) || (term.length >= STEM_PREFIX_MATCH && t.startsWith(term)));
}

const QUANTITY = new RegExp(patterns.quantity);
/** A count of people asked with no noun ("Ils étaient combien ?"; data: question-patterns.json peopleCount). */
const PEOPLE_COUNT = new RegExp(patterns.peopleCount);
/** The noun such a count is read as, folded: the first of the people nouns (data: quantity-words.json peopleNouns). */
const PEOPLE_NOUN = fold(quantityWords.peopleNouns[0]!);
/** The terms of the words of the cause markers ("cause", "raison", "fait" …): no word of the fact they give a cause of. */
const CAUSE_MARKER_TERMS = new Set(answerWords.causeMarkers.flatMap((w) => terms(w)));
/** A question that asks a cause (folded). */
const CAUSE = new RegExp(patterns.cause);
/** "pourquoi", "pour quelle raison", "why" (folded): a cause or a purpose asked. */
const PURPOSE_OPENS = /\b(?:pourquoi|why|pour quelles? raisons?)\b/;
/** The participles of a death (folded). */
const DEATH_FORMS = 'mort|morte|morts|mortes|decede|decedee|decedes|decedees|succombe|succombee';
/** Before a death's word: not an article or a possessive, which make it the noun ("la mort de X"). */
const NOT_THE_NOUN = "(?<!\\b(?:la|sa|leur|une|de|d'|cette)\\s)(?<!\\b(?:l'|d'))";
/** A death asked of ("mort", "décédé", "succombé"), folded. */
const DEATH_ASKED = new RegExp(`\\b(?:${DEATH_FORMS}|deces)\\b`);
/**
 * A death's participle and, a few words on, its cause ("est morte à cause d'un", "décédé mercredi soir des suites du",
 * "a succombé à un"), not "la mort de X"; or a cause said to be something ("la cause de la mort … était"), folded.
 */
// ("morte noyée", "mort électrocuté": a participle right after the death's tells how; "Les causes … n'étaient pas
// encore claires" gives none.)
const DEATH_CAUSE = new RegExp(`${NOT_THE_NOUN}\\b(?:${DEATH_FORMS})\\s+(?:(?:(?:(?!\\ba\\s|\\bau\\s|\\bage\\b)[^.;:,"«»\\d]){0,25}?\\s)?(?:de\\s|d'|du\\s|des\\s|a\\s+(?:un|une|la|l'(?!age\\b))\\s?|au\\s)|(?!agee?s?\\b)[a-z]{3,}ee?s?\\b)|\\bcauses?\\s+(?:de|du|d')[^.;]{0,60}?\\b(?<!n')(?:etait|est|sont|etaient|serait)\\b(?!\\s+(?:pas|toujours|jamais|encore\\s+pas)\\b)`);
/** The participle of a death a question says ("Elle est morte …"), folded: its feminine tells the sex of whom it asks. */
const DEATH_PARTICIPLE = new RegExp(`\\b(${DEATH_FORMS})\\b`);
/** A death's participle as a sentence writes it, not the noun ("la mort de X"), captured (folded). */
const DEATH_PARTICIPLE_WRITTEN = new RegExp(`${NOT_THE_NOUN}\\b(${DEATH_FORMS})\\b`);
/** True when a death's participle is feminine ("morte", "décédée"). */
const feminineDeath = (participle: string) => /(?:te|ee)s?$/.test(participle);
/** A word or phrase that gives a cause in a sentence (folded text); one ending on an apostrophe needs no word end. */
const CAUSE_MARKER = new RegExp(`(?:^|[^\\p{L}])(?:${answerWords.causeMarkers.map((w) => fold(w).replace(/[’]/g, "'")).map((w) => escapeRegExp(w) + (/'$/.test(w) ? '' : '(?![\\p{L}])')).join('|')})`, 'u');

/** The second noun of "combien de X et (de) Y", folded. */
const COORDINATED = /\bcombien\s+(?:de\s+|d')\s*[a-z][a-z-]*\s+et\s+(?:de\s+|d'|des\s+|les\s+)?([a-z][a-z-]*)/;


/** A plural round word with no number before it ("des milliers de", "centaines de"), folded. */
const VAGUE_FIGURE = new RegExp(`^(?:(?:plus de|moins de|pres de|environ|quelque|au moins|des)\\s+)?(?:${quantityWords.rounds.filter((w) => w.endsWith('s')).join('|')})(?![\\p{L}])`, 'u');

/** Any figure, in digits or in words ("deux millions", "une centaine"). */
const ANY_FIGURE = new RegExp(`\\d|(?:^|[^\\p{L}])(?:${[...quantityWords.numbers, ...quantityWords.rounds].join('|')})(?![\\p{L}])`, 'iu');

/** A figure: digits with a percent sign, a currency or a unit (a date is not one). */
const FIGURE = /\d[\d\s.,]*\s?(%|pour\s?cent|€|\$|euros?|dollars?|milliards?|millions?|tonnes?|km|kilomètres?|personnes|habitants|morts)/u;

/** Between a name and an age in apposition: ", 22 ans", ", âgée de 22 ans", ", une jeune Kurde de 22 ans". */
const APPOSED_AGE = /^\s*,\s*(?:(?:âgée?s?|agée?s?)\s+de\s+|(?:une?|le|la)\s+(?:[\p{L}-]+\s+){1,3}de\s+)?$/u;

/** A negation right before a cause's marker (folded): "n'aurait pas été causé par", "n'est pas dû à", "pas lié à". */
const DENIED_BEFORE_CAUSE = /\b(?:pas|jamais|nullement|aucunement)\s+(?:ete\s+|(?:directement|uniquement|seulement)\s+)?$/;
const CAUSE_MARKERS_ALL = new RegExp(CAUSE_MARKER.source, 'gu');
/** How far before a cause's marker its negation is looked for. */
const DENIED_CAUSE_REACH = 30;
/** True when folded text gives a cause: a marker of cause no negation denies. */
function ownCause(folded: string): boolean {
  for (const m of folded.matchAll(CAUSE_MARKERS_ALL)) {
    // (The marker's pattern opens on the character before it, when there is one.)
    const at = m.index! + (/^\p{L}/u.test(m[0]) ? 0 : 1);
    if (!DENIED_BEFORE_CAUSE.test(folded.slice(Math.max(0, at - DENIED_CAUSE_REACH), at))) return true;
  }
  return false;
}
