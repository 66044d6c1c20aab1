/**
 * Failed questions as a question set in the format of the project's scorer (`../shared/eval/score.mjs`):
 * `{ about, questions: [{ id, kind, q, answer, docs? }] }`, where `answer` lists accepted short answers or is
 * null when the corpus holds none. The export leaves `answer` empty (`[]`) for a moderator to fill (or to set
 * to null); what the bot said and the counts ride along in fields the scorer ignores, to help whoever fills it.
 */
import type { FailedQuestion } from './types.js';

/** The kinds the scorer compares with the core's. */
const KINDS = new Set(['who', 'when', 'where', 'quote', 'what']);

/** One question of an exported set. */
export interface ExportedQuestion {
  /** `fb001`, `fb002` … in the order of the export. */
  id: string;
  /** The core's kind of question, when known. */
  kind?: string;
  /** The question, as a member asked it. */
  q: string;
  /** Accepted short answers: empty, for a moderator to fill (null if the corpus truly holds no answer). */
  answer: string[] | null;
  /** What the bot answered last time it was voted wrong (null: it abstained). Ignored by the scorer. */
  got: string | null;
  /** The passages that answer cited (`article#paragraph`). Ignored by the scorer. */
  cited: string[];
  /** Members' wrong votes and abstentions. Ignored by the scorer. */
  wrong: number;
  unanswered: number;
}

/** A question set in score.mjs's format. */
export interface ExportedQuestionSet {
  about: string;
  questions: ExportedQuestion[];
}

/** The failed questions (in the order given) as a question set; `about` says what the file is and what to fill. */
export function questionSet(failures: readonly FailedQuestion[], about: string): ExportedQuestionSet {
  return {
    about,
    questions: failures.map((f, i) => ({
      id: `fb${String(i + 1).padStart(3, '0')}`,
      ...(f.kind && KINDS.has(f.kind) ? { kind: f.kind } : {}),
      q: f.question,
      answer: [],
      got: f.lastAnswer,
      cited: f.evidence,
      wrong: f.wrong,
      unanswered: f.unanswered,
    })),
  };
}
