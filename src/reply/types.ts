/**
 * The reply model: what every command returns, platform-neutral. `src/bot/render-discord.ts` turns it into
 * embeds and buttons, `src/cli/render-terminal.ts` into text, so Discord and the console show the same thing.
 * All strings are plain text (not markdown): renderers escape and format them.
 */
import type { AnswerFacts } from '../feedback/types.js';

/** One autocomplete suggestion (Discord: name and value at most 100 characters). */
export interface AutocompleteChoice {
  name: string;
  value: string;
}

/** Languages the replies are written in. */
export type ReplyLocale = 'en' | 'fr';

/** Where a passage comes from: enough to cite it and link it. */
export interface SourceRef {
  /** Article id (file name without extension). */
  articleId: string;
  /** Article title. */
  title: string;
  /** Publisher, when known. */
  source?: string;
  /** Publication date YYYY-MM-DD, when known. */
  published?: string;
  /** True when `published` is an estimate. */
  publishedEstimated?: boolean;
  /** 1-based paragraph number. */
  paragraph: number;
  /** Link to the article, when known (http or https only). */
  url?: string;
}

/** A passage quoted as evidence, with its source. */
export interface CitedPassage extends SourceRef {
  /** The passage text, verbatim. */
  text: string;
}

/** A titled block of the reply (an event of the timeline, a quote, an article …). */
export interface ReplyField {
  name: string;
  value: string;
  /** Sources of this block, cited after its value. */
  sources?: SourceRef[];
  inline?: boolean;
}

/** Which page of a long list this reply shows, and how to ask for the others. */
export interface PaginationState {
  /** Command that produced the list (re-run with another page). */
  command: string;
  /** 1-based page shown. */
  page: number;
  pages: number;
  /** The command's options that produced the list, to re-run it (short strings only). */
  options: Record<string, string>;
}

/** A file sent with a reply (Discord: an attachment; the terminal: a file written, its path shown). */
export interface ReplyAttachment {
  /** File name, e.g. `feedback-questions.json`. */
  name: string;
  /** The file's text (UTF-8). */
  content: string;
  /** MIME type, e.g. `application/json`. */
  contentType?: string;
}

/** One reply, as a command returns it. */
export interface Reply {
  /** Language the labels were written in. */
  locale: ReplyLocale;
  /** Short heading (the question, the person's name …). */
  title: string;
  /** The short answer, shown first and prominently (a place, a date, a name, "the corpus does not say" …). */
  answer?: string;
  /** Further body text (notes, descriptions). */
  description?: string;
  /** Passages cited in support, best first. */
  passages: CitedPassage[];
  /** Further blocks. */
  fields: ReplyField[];
  /** Footer line (e.g. "3 articles agree", "Page 1/2"). */
  footer?: string;
  /** True when the corpus does not say: renderers show it plainly, without misleading decoration. */
  abstained: boolean;
  /** Shown to the asker only (errors, invalid input). */
  ephemeral?: boolean;
  /** True for an error or invalid-input reply. */
  error?: boolean;
  /** Present when the list has more than one page. */
  pagination?: PaginationState;
  /**
   * Present on an answer members may rate (and on an abstention, which is recorded as unanswered): what the
   * feedback log keeps of it. The adapter records it and sets `ratingId`.
   */
  rated?: AnswerFacts;
  /** The answer record id the rating buttons carry, once the adapter has recorded the answer. */
  ratingId?: string;
  /** Files sent with the reply. */
  attachments?: ReplyAttachment[];
}
