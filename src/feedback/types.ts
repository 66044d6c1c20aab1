/**
 * The feedback log's vocabulary: an answer given (what it said and what it rests on), a member's vote on it,
 * and the questions that failed, as /feedback reports them. Platform-neutral: a server is an opaque id and a
 * member only ever a salted hash.
 */

/**
 * A member's judgement of an answer (`helpful`, `wrong`), or `unanswered` for a question the bot abstained on
 * (recorded when it abstains, without any press).
 */
export type Vote = 'helpful' | 'wrong' | 'unanswered';

/** The votes a member can cast by pressing a button. */
export type PressVote = Exclude<Vote, 'unanswered'>;

/** What the log keeps of one answer: enough to judge it later and to turn it into a test question. */
export interface AnswerFacts {
  /** The command that answered (`ask`, `who`, `when`, `where`, `quotes`, `ask-message`). */
  command: string;
  /** The kind of question, as the core types it (`who`, `when`, `where`, `quote`, `what`), when known. */
  kind?: string;
  /** The question as the core read it (for /who, /when … the question the command asked). */
  question: string;
  /** The short answer given, or null when the corpus does not say. */
  answer: string | null;
  /** The passages it rests on, as `article id#paragraph`, best first. */
  evidence: string[];
}

/** A line of the log: an answer that members may rate; its id is what the rating buttons carry. */
export interface AnswerLine extends AnswerFacts {
  type: 'answer';
  /** The answer record id (random, 16 hex digits). */
  id: string;
  /** ISO 8601 time. */
  at: string;
  /** Server id, null outside a server. */
  guild: string | null;
}

/**
 * A line of the log: one vote, self-contained (the answer's facts are repeated, so a line read alone says what
 * was judged). The latest vote of a member on an answer is the one that counts.
 */
export interface VoteLine extends AnswerFacts {
  type: 'vote';
  /** The answer record voted on (for `unanswered`, the record of that abstention). */
  id: string;
  at: string;
  guild: string | null;
  /** Salted hash of the member id (never the id itself). */
  member: string;
  vote: Vote;
}

/** One line of the feedback log. */
export type FeedbackLine = AnswerLine | VoteLine;

/** A question members found answered wrong or not at all, with its counts (one entry per question wording, folded). */
export interface FailedQuestion {
  /** The question, as last asked. */
  question: string;
  command: string;
  kind?: string;
  /** Members' current `wrong` votes on its answers. */
  wrong: number;
  /** Times it was asked and the bot abstained. */
  unanswered: number;
  /** Members' current `helpful` votes on its answers (context for the wrong ones). */
  helpful: number;
  /** ISO time of its latest wrong vote or abstention. */
  lastAt: string;
  /** The answer last voted wrong (null when it was only unanswered). */
  lastAnswer: string | null;
  /** The evidence of that answer. */
  evidence: string[];
}

/** How a press was taken. */
export type VoteOutcome =
  | { status: 'recorded' | 'unchanged'; vote: PressVote }
  | { status: 'changed'; vote: PressVote; previous: PressVote }
  | { status: 'unknown' };
