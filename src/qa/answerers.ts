/**
 * The answerers, one per question kind, in one registry: each states the kind of answer it gives and how it is
 * named when the corpus gives none. A new kind of question is a new file and one line here.
 */
import type { AnalyzedQuestion } from './analyze-question.js';
import type { Knowledge, ScoredSentence } from './knowledge.js';
import type { Partial } from './answer-common.js';
import type { QuestionKind } from './types.js';
import { answerWho } from './answer-who.js';
import { answerWhen } from './answer-when.js';
import { answerWhere } from './answer-where.js';
import { answerQuote } from './answer-quote.js';
import { answerWhat } from './answer-what.js';
import { reportsSpeech } from './answer-common.js';

/** Reads the answer to one kind of question off the ranked sentences, or null when they hold none. */
export interface Answerer {
  kind: QuestionKind;
  /** What the answer is, for the note that says the corpus gives none ("no person", "no date"). */
  gives: string;
  answer(k: Knowledge, q: AnalyzedQuestion, ranked: ScoredSentence[]): Partial | null;
}

export const ANSWERERS: Record<QuestionKind, Answerer> = {
  who: { kind: 'who', gives: 'person', answer: answerWho },
  when: { kind: 'when', gives: 'date', answer: answerWhen },
  where: { kind: 'where', gives: 'place', answer: answerWhere },
  // A question typed as a quote whose speaker said nothing findable is still answered by its best sentence.
  // A speaker whose words were not read as a speech act is still answered by the best sentence that reports speech.
  quote: { kind: 'quote', gives: 'quotation', answer: (k, q, ranked) => answerQuote(k, q, ranked) ?? answerWhat(k, q, ranked.filter((r) => reportsSpeech(r.sentence.text))) },
  what: { kind: 'what', gives: 'answer', answer: answerWhat },
};
