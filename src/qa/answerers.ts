/**
 * The answerers, one per question kind, in one registry. A new kind of question is a new file and one line here.
 */
import type { AnalyzedQuestion } from './analyze-question.js';
import type { Knowledge, ScoredSentence } from './knowledge.js';
import type { Partial } from './answer-common.js';
import type { AnnotatedSentence } from '../nlp/annotate.js';
import type { QuestionKind } from './types.js';
import { answerWho } from './answer-who.js';
import { answerWhen } from './answer-when.js';
import { answerWhere } from './answer-where.js';
import { TUNING } from './tuning.js';
import { answerQuote, askedSpeakers, saysNear, speakerComplement, speakerNoun, spokenByOtherSex } from './answer-quote.js';
import { answerWhat } from './answer-what.js';
import { quotesSomeone } from './answer-common.js';

/** True when a sentence, or the one before it in its paragraph ("… a déclaré leur porte-parole"), passes a test. */
function orTheOneBefore(k: Knowledge, r: ScoredSentence, test: (s: AnnotatedSentence) => boolean): boolean {
  return test(r.sentence) || (k.sameParagraph(r.index, r.index - 1) && test(k.sentence(r.index - 1)));
}

/** True when a sentence (or the one before it) names one of the speakers asked, or none is asked. */
function namesSpeaker(k: Knowledge, asked: number[], r: ScoredSentence): boolean {
  return !asked.length || orTheOneBefore(k, r, (s) => s.mentions.some((m) => asked.includes(m.entity)));
}

/** True when a sentence (or the one before it) says the noun that describes the speaker asked, or none is asked. */
function saysSpeakerNoun(k: Knowledge, noun: string | undefined, r: ScoredSentence): boolean {
  return !noun || orTheOneBefore(k, r, (s) => s.terms.includes(noun));
}

/**
 * The best sentence that gives someone's words, of a speaker asked when the question names one or describes one
 * ("L'habitant …, il a dit quoi ?": a sentence that says no "habitant" gives another's words).
 */
function quoteFallback(k: Knowledge, q: AnalyzedQuestion, ranked: ScoredSentence[]): Partial | null {
  const asked = askedSpeakers(k, q);
  const noun = asked.length ? undefined : speakerNoun(q);
  // "Qu'a dit le maire de Gex …": a sentence that names neither Gex nor one so described gives another's words.
  const of = asked.length ? undefined : speakerComplement(k, q);
  // Far down the ranking, the words someone gave are about something else ("Qu'a dit X pour s'excuser ?").
  const floor = TUNING.quoteRelativeCoverage * (ranked[0]?.coverage ?? 0);
  const found = answerWhat(k, q, ranked.filter((r) => r.coverage >= floor && quotesSomeone(r.sentence.text) && !spokenByOtherSex(k, q, r.index, asked) && namesSpeaker(k, asked, r) && saysSpeakerNoun(k, noun, r) && (of === undefined || saysNear(k, r.index, of))));
  // A sentence shown with no quotation in it ("Selon le communiqué, l'opération a été menée …", or one whose quotation
  // falls outside the part read) is the outlet's report, not the words asked: the corpus does not quote them.
  return found && QUOTATION_MARK.test(found.answer ?? '') ? found : null;
}

/** A quotation mark, or an apostrophe that opens a quotation ("'Sa mort a été …', a commenté …"). */
const QUOTATION_MARK = /["«»“”]|(?:^|\s)['‘’](?=\p{L})/u;

/** Reads the answer to one kind of question off the ranked sentences, or null when they hold none. */
export interface Answerer {
  kind: QuestionKind;
  answer(k: Knowledge, q: AnalyzedQuestion, ranked: ScoredSentence[]): Partial | null;
}

export const ANSWERERS: Record<QuestionKind, Answerer> = {
  who: { kind: 'who', answer: answerWho },
  when: { kind: 'when', answer: answerWhen },
  where: { kind: 'where', answer: answerWhere },
  // A question typed as a quote whose speaker said nothing findable is still answered by its best sentence.
  // A speaker whose words were not read as a speech act is still answered by the best sentence that gives someone's
  // words (a quotation, "Selon X, …").
  // When the question names its speaker, that sentence must name them too: another's words are no answer.
  quote: { kind: 'quote', answer: (k, q, ranked) => answerQuote(k, q, ranked) ?? quoteFallback(k, q, ranked) },
  what: { kind: 'what', answer: answerWhat },
};
