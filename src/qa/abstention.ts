/**
 * One abstention policy: the reasons, decided before any answerer runs, for which the corpus does not say —
 * a name it never mentions, nothing that matches, or passages that cover too little of the question. The
 * answerers abstain on their own only when the passages hold no candidate of the kind asked (and the precision
 * rules of each: a role or venue the text never gives, a count no figure states, a topic the speaker never
 * touched). Every reason is a note for a person.
 */
import type { AnalyzedQuestion } from './analyze-question.js';
import type { ScoredSentence } from './knowledge.js';
import { TUNING } from './tuning.js';

/** Why a question cannot be answered from the corpus before reading candidates, or undefined when it may be. */
export function reasonToAbstain(q: AnalyzedQuestion, ranked: ScoredSentence[]): string | undefined {
  if (q.unknownNames.length) return `The corpus does not mention ${q.unknownNames.join(', ')}.`;
  if (q.whoIsUnknown) return `The corpus does not mention ${q.whoIsUnknown}.`;
  if (!ranked.length) return 'Nothing in the corpus matches this question.';
  const head = ranked.slice(0, TUNING.decidingSentences);
  const coverage = Math.max(...head.map((r) => r.coverage));
  const content = Math.max(...head.map((r) => r.contentCoverage));
  if (coverage < TUNING.minCoverage || content < TUNING.minContent) {
    // A time of day is rare in text: a sentence that gives one beside the name asked and some of the question's
    // words answers "à quelle heure" though it covers less of the question.
    const timed = q.wantsTime && ranked.some((r) => r.sentence.dates.some((d) => d.time) && r.entityCoverage >= TUNING.namedCoverage
      && r.coverage >= TUNING.timedCoverage && r.contentCoverage >= TUNING.timedContent);
    if (!timed) return 'The corpus does not say: no passage covers this question.';
  }
  return undefined;
}

/** The note when the passages that match hold no answer of the kind asked ("no person", "no date"). */
export function noCandidateNote(gives: string): string {
  return `The corpus does not say: the passages that match name no ${gives} for it.`;
}
