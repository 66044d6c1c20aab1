import type { Reason } from '../reasons/reasons.js';

/** One article of the corpus, as loaded from a `.md` or `.txt` file. */
export interface Article {
  /** File name without extension, e.g. `003_19a33123fb2647c6`. Unique in a corpus. */
  id: string;
  /** File name with extension, relative to the corpus folder. */
  file: string;
  /** Front-matter title, or the first sentence of the body cut to 120 characters. */
  title: string;
  /** Who published it (front matter `source`), when known. */
  source?: string;
  /** Where it can be read (front matter `url`), when known. */
  url?: string;
  /** Publication date, YYYY-MM-DD, when known or estimated. */
  published?: string;
  /** True when `published` is an estimate (front matter `published_estimated: true` or read off the text). */
  publishedEstimated?: boolean;
  /**
   * The date of a crawl marker that opened the text (" date 2024-03 …", as stored web pages carry), YYYY-MM or
   * YYYY-MM-DD; the marker itself is not part of the paragraphs.
   */
  crawlDate?: string;
  /** ISO 639-1 language code (front matter `language`, default `fr`). */
  language: string;
  /** Body paragraphs in order, verbatim but trimmed; blank-line separated in the file. Paragraph n is `paragraphs[n - 1]`. */
  paragraphs: string[];
  /** Size of the file in bytes. */
  bytes: number;
}

/** A file the loader skipped, and why. */
export interface LoadWarning {
  file: string;
  /** Why, in English. */
  reason: string;
  /** The same as a code with its parameters, when there is one (src/reasons), for replies in other languages. */
  why?: Reason;
}

/** The result of reading a corpus folder. */
export interface LoadedCorpus {
  /** Absolute path of the folder. */
  dir: string;
  /** Articles sorted by id. */
  articles: Article[];
  /** Files skipped (empty, binary, not UTF-8, bad front matter …). */
  warnings: LoadWarning[];
  /** Hash of every loaded file's name, size and content: equal fingerprints mean an unchanged corpus. */
  fingerprint: string;
}

/** An article file's size and content hash (sha256, hex). */
export interface FileDigest {
  bytes: number;
  sha256: string;
}
