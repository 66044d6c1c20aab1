/**
 * One abstention policy: the reasons, decided before any answerer runs, for which the corpus does not say —
 * a name it never mentions, nothing that matches, or passages that cover too little of the question. The
 * answerers abstain on their own only when the passages hold no candidate of the kind asked (and the precision
 * rules of each: a role or venue the text never gives, a count no figure states, a topic the speaker never
 * touched). A reason is a code of the shared catalog (src/reasons) with its parameters: the replies word it in the
 * asker's language, the command line's JSON in English.
 */
import type { AnalyzedQuestion } from './analyze-question.js';
import type { ScoredSentence } from './knowledge.js';
import { TUNING } from './tuning.js';
import type { AbstentionReason, QuestionKind } from './types.js';
import { reason } from '../reasons/reasons.js';
import { isSpecificNoun, narrowerPlaces, narrowerRoles } from './question-kind.js';
import { asksScore, isModelNoun, isWorkNoun, models, sameCounts, scoreCoverage, scores, titlesQuoted, venues } from './spans.js';
import { SPEECH_FORMS, fold } from '../nlp/french.js';
import { foldChars } from '../nlp/fold.js';
import answerWords from './data/fr-answer-words.json' with { type: 'json' };
import { stem, terms } from '../nlp/tokens.js';
import { isSpeechTerm, occasionTerms } from './answer-common.js';

/** Why a question cannot be answered from the corpus before reading candidates, or undefined when it may be. */
export function reasonToAbstain(q: AnalyzedQuestion, ranked: ScoredSentence[], actsIn?: (sentence: number) => { entity?: number; verb: string }[], statementsOf?: (entity: number) => number): AbstentionReason | undefined {
  if (q.unknownNames.length) return reason('unknownName', { names: q.unknownNames.join(', ') });
  if (q.whoIsUnknown) return reason('unknownName', { names: q.whoIsUnknown });
  if (!ranked.length) return reason('nothingMatches');
  const head = ranked.slice(0, TUNING.decidingSentences);
  const coverage = Math.max(...head.map((r) => r.coverage));
  const content = Math.max(...head.map((r) => r.contentCoverage));
  // A who answer must be a name the passages give beside the question's words, in the role asked: it may come from
  // passages that cover less of the question.
  const floor = q.kind === 'who' ? TUNING.minCoverageWho : TUNING.minCoverage;
  if (coverage < floor || content < TUNING.minContent) {
    // A time of day is rare in text: a sentence that gives one beside the name asked and some of the question's
    // words answers "à quelle heure" though it covers less of the question — when the question names someone or
    // something: with no name asked, any timed sentence would do.
    const timed = q.wantsTime && q.entities.size > 0 && ranked.some((r) => r.sentence.dates.some((d) => d.time) && r.entityCoverage >= TUNING.namedCoverage
      && r.coverage >= TUNING.timedCoverage && r.contentCoverage >= TUNING.timedContent);
    // "Dans quel hôtel …", "Quel magistrat …": a sentence that says the noun asked beside some of the question's
    // words may answer, the answerers requiring a candidate of that noun.
    // A narrower noun says it too ("le maire" for "quel élu").
    // "combien d'années" of "22 ans": a noun that counts the same things says it too.
    const counted = q.expects === 'quantity' && q.noun ? [...sameCounts(q.noun)] : [];
    const nouns = q.noun && isSpecificNoun(q.noun) ? new Set([q.noun, ...narrowerRoles(q.noun), ...narrowerPlaces(q.noun), ...counted].map((n) => fold(stem(n)))) : undefined;
    // "porte-parole": a compound noun is said by all its parts, as the sentence's terms split it.
    const compounds = nouns ? [...nouns].filter((n) => n.includes('-')).map((n) => n.split('-').filter(Boolean).map((part) => fold(stem(part)))) : [];
    const saysNoun = (terms: readonly string[]) => terms.some((t) => nouns!.has(t)) || compounds.some((parts) => parts.every((p) => terms.includes(p)));
    const nounFloor = q.expects === 'quantity' ? TUNING.countCoverage : TUNING.nounCoverage;
    const anchored = !!nouns && head.some((r) => saysNoun(r.sentence.terms) && r.coverage >= nounFloor && r.contentCoverage >= TUNING.nounContent);
    // "Dans quel quartier …": a sentence that names one ("le quartier Magnan") beside some of the question's words
    // may answer, though the noun is too common to anchor a sentence by itself.
    const namesPlace = q.kind === 'where' && !!q.noun && head.some((r) => r.coverage >= TUNING.nounCoverage && r.contentCoverage >= TUNING.nounContent
      && venues(r.sentence.text).some((v) => v.noun === q.noun && /\s\p{Lu}/u.test(v.text)));
    // "Qu'a dit X en comparant ce feu à sa carrière ?": a statement X makes, beside some of the question's words, may
    // answer; the quote answerer then picks X's statement on the topic, or none.
    const spoken = q.kind === 'quote' && !!actsIn && head.some((r) => r.coverage >= TUNING.nounCoverage && r.contentCoverage >= TUNING.nounContent && actsIn(r.index).some((a) => a.entity !== undefined && q.entities.has(a.entity)));
    // "Qu'a déclaré X en apprenant la mort de Y ?": X, whom the corpus quotes only once or twice, said it there, though
    // the question's circumstances are not the statement's words.
    const fewStatements = q.kind === 'quote' && !!actsIn && !!statementsOf && head.some((r) => r.entityCoverage >= TUNING.namedCoverage
      && actsIn(r.index).some((a) => a.entity !== undefined && q.entities.has(a.entity) && statementsOf(a.entity) <= TUNING.fewStatements));
    // "Qu'a dit X pendant la cérémonie funèbre ?": a question that says nothing but its speaker and the occasion the words
    // were said on asks X's words there; a sentence that quotes X may answer.
    const occasion = q.kind === 'quote' && !!actsIn ? occasionTerms(q.text) : new Set<string>();
    const bare = occasion.size > 0 && terms(q.text.replace(/\p{Lu}[\p{L}'’-]*/gu, ' ')).every((t) => !q.terms.has(t) || occasion.has(t) || isSpeechTerm(t));
    const atOccasion = bare && head.some((r) => r.entityCoverage >= TUNING.namedCoverage && actsIn!(r.index).some((a) => a.entity !== undefined && q.entities.has(a.entity)));
    // "Qu'a dit X pour résumer …": a statement X makes with the very verb the question gives ("…, résume X") answers.
    const verbs = q.kind === 'quote' && actsIn ? askedSpeechVerbs(q.text) : [];
    const sameAct = verbs.length > 0 && head.some((r) => r.entityCoverage >= TUNING.namedCoverage && actsIn!(r.index).some((a) => a.entity !== undefined && q.entities.has(a.entity) && verbs.includes(fold(stem(a.verb)))));
    // "La porte-parole qui a parlé des « miraculés du septième jour », c'est qui ?": a sentence that holds the words
    // the question quotes is the one it is about.
    const phrases = quotedPhrases(q.text);
    const quoting = phrases.length > 0 && head.some((r) => phrases.some((p) => plain(r.sentence.text).includes(p)));
    // "C'était quel modèle d'avion ?": a sentence that names a model ("un Airbus A310") beside some of the question's words.
    const modelled = !!q.noun && isModelNoun(q.noun) && head.some((r) => r.coverage >= TUNING.nounCoverage && r.contentCoverage >= TUNING.nounContent && models(r.sentence.text).length > 0);
    // "Le score final du match, c'était combien ?": a sentence that writes a score beside some of the question's words.
    const scoreFloor = asksScore(q.text) ? scoreCoverage(q) : undefined;
    const scored = scoreFloor !== undefined && ranked.some((r) => r.coverage >= scoreFloor && scores(r.sentence.text).length > 0);
    // "Le film dans lequel X a joué ?": a sentence that quotes a title ("dans « … »") beside some of the question's words.
    const titled = !!q.noun && isWorkNoun(q.noun) && head.some((r) => r.coverage >= TUNING.nounCoverage && r.contentCoverage >= TUNING.nounContent && titlesQuoted(foldChars(r.sentence.text)).length > 0);
    if (!timed && !anchored && !namesPlace && !spoken && !sameAct && !quoting && !modelled && !fewStatements && !atOccasion && !scored && !titled) return reason('lowCoverage');
  }
  return undefined;
}

/** Folded text with only letters and digits, one space between words. */
const plain = (text: string) => ` ${fold(text).replace(/[^a-z0-9]+/g, ' ').trim()} `;
/** Words a question quotes («…», "…", “…”), three or more. */
const QUOTED_WORDS = 3;
function quotedPhrases(question: string): string[] {
  return [...question.matchAll(/[«"“]([^«»"“”]+)[»"”]/g)].map((m) => plain(m[1]!)).filter((p) => p.trim().split(' ').length >= QUOTED_WORDS);
}

/** The speech verbs of a question, as stems, but those that say only that someone spoke ("dit", "déclaré"). */
function askedSpeechVerbs(question: string): string[] {
  return fold(question).split(/[^a-z]+/).filter((w) => SPEECH_FORMS.has(w) && !PLAIN_SPEECH.has(w)).map((w) => fold(stem(w)));
}
const PLAIN_SPEECH = new Set(answerWords.plainSpeechVerbs.map(fold));

/** What each kind of question would have been answered with, as a reason code ("no person", "no date"). */
const NONE = { who: 'noneWho', when: 'noneWhen', where: 'noneWhere', quote: 'noneQuote', what: 'noneWhat' } as const;

/** Why the passages that match answer nothing: they hold no candidate of the kind asked. */
export function noCandidate(kind: QuestionKind): AbstentionReason {
  return reason('noCandidate', { what: reason(NONE[kind]) });
}
