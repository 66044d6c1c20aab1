/** The kinds of question the core answers. */
export type QuestionKind = 'who' | 'when' | 'where' | 'quote' | 'what';

/** A passage that supports an answer. */
export interface Evidence {
  /** Article id (file name without extension). */
  doc: string;
  /** 1-based paragraph number in the article. */
  paragraph: number;
  /** The supporting sentence (or passage). */
  text: string;
  /** Relevance, higher is better; only comparable within one answer. */
  score: number;
}

/** The core's reply to one question. */
export interface Answer {
  question: string;
  kind: QuestionKind;
  /** A short answer (name, description, place, date, quote or one sentence), or null when the corpus does not say. */
  answer: string | null;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) for when-answers. */
  date?: string;
  /** HH:MM for when-answers that carry a time of day. */
  time?: string;
  /** Supporting passages, best first. Empty when the core abstains. */
  evidence: Evidence[];
  /** How many distinct articles support the answer. */
  agreeing?: number;
  /** Why the core abstained, as a code with its parameters: the replies word it in the asker's language. */
  reason?: AbstentionReason;
  /** The same reason worded in English, for the command line's JSON (`--json`). */
  note?: string;
}

/** Why the corpus does not say: a reason of the shared catalog (src/reasons; see src/qa/abstention.ts). */
export type AbstentionReason = Reason;

/** One dated event of the timeline (built with the index). */
export type { TimelineEvent } from '../index/build-timeline.js';
import type { Article } from '../corpus/types.js';
import type { TimelineEvent } from '../index/build-timeline.js';
import type { Reason } from '../reasons/reasons.js';

/** A person found in the corpus, with the names that refer to them. */
export interface PersonSummary {
  /** Stable key (folded full name). */
  id: string;
  /** The fullest name seen. */
  name: string;
  /** Other surface forms grouped with it ("Ribeiro", "Mme Ribeiro", "Ana-Maria Ribeiro" …). */
  aliases: string[];
  /** Who they are: titles and appositions, with where they were read. */
  descriptions: { text: string; doc: string; paragraph: number }[];
  /** Number of mentions across the corpus. */
  mentions: number;
  /** Articles that mention them. */
  docs: string[];
}

/** Something said, directly (« … ») or indirectly (X a déclaré que …). */
export interface QuoteRecord {
  /** The speaker as written ("la ministre portugaise") or resolved display name. */
  speaker: string;
  /** Id of the person the speaker resolves to, when it does. */
  personId?: string;
  /** What was said. */
  text: string;
  direct: boolean;
  doc: string;
  paragraph: number;
  /** The whole sentence that carries it. */
  sentence: string;
}

/** An article as shown by /sources: what its front matter says, its number of paragraphs and its size. */
export type ArticleSummary = Pick<Article, 'id' | 'file' | 'title' | 'source' | 'url' | 'published' | 'publishedEstimated'> & {
  /** The month (YYYY-MM) an undated article was read as written in, when its text fixes no day. */
  publishedMonth?: string;
  paragraphs: number;
  bytes: number;
};

/** Counts about the loaded index. */
export interface EngineStats {
  articles: number;
  passages: number;
  sentences: number;
  people: number;
  events: number;
  /** Milliseconds spent building (0 when loaded from a snapshot). */
  buildMs: number;
  /** True when the index came from a snapshot. */
  fromSnapshot: boolean;
}

/** The question-answering core, as commands see it. Pure: no Discord, no I/O after it is opened. */
export interface Engine {
  ask(question: string): Answer;
  timeline(filter?: { person?: string; from?: string; to?: string }): TimelineEvent[];
  /** People with a name or alias word starting with `query`, most mentioned first; at most `limit` of them. */
  people(query?: string, limit?: number): PersonSummary[];
  /** The person a name or alias refers to. */
  person(name: string): PersonSummary | undefined;
  quotes(filter?: { speaker?: string; about?: string }): QuoteRecord[];
  articles(): ArticleSummary[];
  /** Article metadata for citing, by id. */
  article(id: string): ArticleSummary | undefined;
  stats(): EngineStats;
}
