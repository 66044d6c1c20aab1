/**
 * One abstention policy: the reasons, decided before any answerer runs, for which the corpus does not say —
 * a name it never mentions, nothing that matches, or passages that cover too little of the question. The
 * answerers abstain on their own only when the passages hold no candidate of the kind asked (and the precision
 * rules of each: a role or venue the text never gives, a count no figure states, a topic the speaker never
 * touched). A reason is a code with its parameters; the replies word it in the asker's language, and `englishNote`
 * words it for the command line's JSON.
 */
import type { AnalyzedQuestion } from './analyze-question.js';
import type { ScoredSentence } from './knowledge.js';
import { TUNING } from './tuning.js';
import type { AbstentionReason, QuestionKind } from './types.js';

/** Why a question cannot be answered from the corpus before reading candidates, or undefined when it may be. */
export function reasonToAbstain(q: AnalyzedQuestion, ranked: ScoredSentence[]): AbstentionReason | undefined {
  if (q.unknownNames.length) return { code: 'unknownName', names: q.unknownNames };
  if (q.whoIsUnknown) return { code: 'unknownName', names: [q.whoIsUnknown] };
  if (!ranked.length) return { code: 'nothingMatches' };
  const head = ranked.slice(0, TUNING.decidingSentences);
  const coverage = Math.max(...head.map((r) => r.coverage));
  const content = Math.max(...head.map((r) => r.contentCoverage));
  if (coverage < TUNING.minCoverage || content < TUNING.minContent) {
    // A time of day is rare in text: a sentence that gives one beside the name asked and some of the question's
    // words answers "à quelle heure" though it covers less of the question.
    const timed = q.wantsTime && ranked.some((r) => r.sentence.dates.some((d) => d.time) && r.entityCoverage >= TUNING.namedCoverage
      && r.coverage >= TUNING.timedCoverage && r.contentCoverage >= TUNING.timedContent);
    if (!timed) return { code: 'lowCoverage' };
  }
  return undefined;
}

/** What each kind of answer is, in the English note ("no person", "no date"). */
const GIVES: Record<QuestionKind, string> = { who: 'person', when: 'date', where: 'place', quote: 'quotation', what: 'answer' };

/** The reason worded in English, for the command line's JSON. */
export function englishNote(reason: AbstentionReason): string {
  switch (reason.code) {
    case 'emptyQuestion':
      return 'The question is empty: ask about a person, a date, a place or what was said.';
    case 'unknownName':
      return `The corpus does not mention ${reason.names.join(', ')}.`;
    case 'nothingMatches':
      return 'Nothing in the corpus matches this question.';
    case 'lowCoverage':
      return 'The corpus does not say: no passage covers this question.';
    case 'noCandidate':
      return `The corpus does not say: the passages that match name no ${GIVES[reason.kind]} for it.`;
  }
}
