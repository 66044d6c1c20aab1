import { parseFrontMatter, withoutTrailingComment } from './front-matter.js';
import type { Article } from './types.js';
import lineEnds from './data/fr-line-ends.json' with { type: 'json' };
import { plainHyphens, withoutInvisibles } from '../safe-text.js';
import { reason, reasonText } from '../reasons/reasons.js';
import type { Reason } from '../reasons/reasons.js';

/** A file that could not be read as an article, and why (same shape as a `LoadWarning`). */
export interface ArticleProblem {
  file: string;
  reason: string;
}

/** How {@link readArticle} treats a bad `published` date in an otherwise good file. */
export interface ReadArticleOptions {
  /**
   * `true` (default): a `published` value that is not a real YYYY-MM-DD date makes the file a problem.
   * `false`: keep the article without a date and return a `warning` saying so.
   */
  strict?: boolean;
  /** Also return the front matter as read and the body after it (`frontMatter`), for a caller that rewrites the file. */
  withFrontMatter?: boolean;
}

/** Either an article (perhaps with a warning about a field that was dropped) or the reason there is none. */
export interface ReadArticleResult {
  article?: Article;
  /** Why the file is not an article, for a person, in English: `front matter 'url' is not an http(s) address: …`. */
  problem?: string;
  /** The same, as a code with its parameters (src/reasons.ts), for a reply in another language. */
  problemReason?: Reason;
  /** Set with `article` when a bad field was dropped (non-strict mode). */
  warning?: string;
  /** Set with `article` when asked (`withFrontMatter`): the front matter as read and the body after it. */
  frontMatter?: { meta: Record<string, string>; body: string };
}

/** Why a file of 0 bytes is no article. */
export const EMPTY_FILE = reasonText(reason('empty'));

/** A result that says why the file is not an article. */
function problem(r: Reason): ReadArticleResult {
  return { problem: reasonText(r), problemReason: r };
}

/** Longest title made from the body's first sentence, ellipsis included. */
const MAX_TITLE_LENGTH = 120;

/** Above this share of control bytes (other than tab, line feed, form feed, carriage return) a file is binary. */
const MAX_CONTROL_SHARE = 0.1;

/** Language of an article whose front matter does not say. */
const DEFAULT_LANGUAGE = 'fr';

/** Words ending in a period that do not end a sentence ("M. Dupont", "Mme Durand", initials). */
const ABBREVIATION = /(?:^|[\s(«"“])(?:[A-Z]|MM|Mme|Mmes|Mlle|Mlles|Me|Mgr|Dr|Pr|St|Ste|cf|av|apr|J\.-C)\.$/u;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Validates and parses one article from its bytes. `fileName` is the name relative to the corpus folder; the
 * id is its last part without the extension. Rejects an empty or blank file, a binary one (NUL bytes or more
 * than 10% control characters), one that is not UTF-8, a malformed front-matter header, a body without text,
 * and a bad `url` (http/https), `language` (2-letter code) or `published_estimated` (true/false). A bad
 * `published` (not a real calendar date YYYY-MM-DD) is rejected when `strict` (the default), else dropped with
 * a warning. Strips a BOM, turns CRLF into LF, splits the body into paragraphs on blank lines (trimmed, empty
 * ones dropped, otherwise verbatim); a body with no blank line at all but several lines has one paragraph per
 * line. Unknown front-matter keys are ignored. Never throws.
 */
export function readArticle(fileName: string, bytes: Uint8Array, options: ReadArticleOptions = {}): ReadArticleResult {
  try {
    return parseArticle(fileName, bytes, options.strict ?? true, options.withFrontMatter ?? false);
  } catch (error) {
    return problem(reason('unreadable', { error: error instanceof Error ? error.message : String(error) }));
  }
}

function parseArticle(fileName: string, bytes: Uint8Array, strict: boolean, withFrontMatter: boolean): ReadArticleResult {
  if (bytes.length === 0) return problem(reason('empty'));
  const binary = binaryReason(bytes);
  if (binary) return problem(binary);

  let decoded: string;
  try {
    decoded = utf8.decode(bytes);
  } catch {
    return problem(notUtf8Reason(bytes));
  }
  // Invisible characters (soft hyphens of web pages, zero-width spaces) would split the words they sit in.
  const text = plainHyphens(withoutInvisibles(decoded)).replace(/\r\n?/g, '\n');
  if (text.trim() === '') return problem(reason('blank'));

  const { meta, body, problems, problemReasons } = parseFrontMatter(text);
  if (problems.length > 0) return problem(reason('malformedFrontMatter', { details: problemReasons }));

  const paragraphs = splitParagraphs(body);
  // A crawl marker (" date 2024-03 Le texte …") is a date of the page, not a sentence of the article.
  const marker = CRAWL_MARKER.exec(paragraphs[0] ?? '');
  if (marker) {
    paragraphs[0] = paragraphs[0]!.slice(marker[0].length).trim();
    if (paragraphs[0] === '') paragraphs.shift();
  }
  if (paragraphs.length === 0) return problem(reason('noText'));

  // Values with a form accept a YAML-style trailing comment when they are valid without it.
  formed(meta, 'url', (v) => isHttpUrl(v) && !/\s/.test(v)); // the URL parser would take ' # note' as part of a fragment
  formed(meta, 'language', (v) => LANGUAGE_CODE.test(v));
  formed(meta, 'published_estimated', (v) => TRUE_OR_FALSE.test(v));
  formed(meta, 'published', isCalendarDate);
  const url = value(meta, 'url');
  if (url !== undefined && !isHttpUrl(url)) {
    return problem(reason('badUrl', { value: url }));
  }
  const language = value(meta, 'language');
  if (language !== undefined && !LANGUAGE_CODE.test(language)) {
    return problem(reason('badLanguage', { value: language }));
  }
  const estimated = value(meta, 'published_estimated');
  if (estimated !== undefined && !TRUE_OR_FALSE.test(estimated)) {
    return problem(reason('badEstimated', { value: estimated }));
  }

  let published = value(meta, 'published');
  let warning: string | undefined;
  if (published !== undefined && !isCalendarDate(published)) {
    const bad = reason('badPublished', { value: published });
    if (strict) return problem(bad);
    warning = `${reasonText(bad)}; kept the article without a date`;
    published = undefined;
  }

  const article: Article = {
    id: idOf(fileName),
    file: fileName,
    title: value(meta, 'title') ?? titleFromBody(paragraphs[0]!),
    language: (language ?? DEFAULT_LANGUAGE).toLowerCase(),
    paragraphs,
    bytes: bytes.length,
  };
  if (marker && isCalendarDate(marker[1]!.length === 7 ? `${marker[1]}-01` : marker[1]!)) article.crawlDate = marker[1];
  const source = value(meta, 'source');
  if (source !== undefined) article.source = source;
  if (url !== undefined) article.url = url;
  if (published !== undefined) {
    article.published = published;
    if (estimated?.toLowerCase() === 'true') article.publishedEstimated = true;
  }
  const result: ReadArticleResult = warning === undefined ? { article } : { article, warning };
  if (withFrontMatter) result.frontMatter = { meta, body };
  return result;
}

/** A 2-letter language code (ISO 639-1). */
const LANGUAGE_CODE = /^[A-Za-z]{2}$/;

/** `true` or `false`, in any case. */
const TRUE_OR_FALSE = /^(?:true|false)$/i;

/** Takes a trailing `# comment` off a value that is not valid with it and is valid without it. */
function formed(meta: Record<string, string>, key: string, valid: (value: string) => boolean): void {
  const found = meta[key];
  if (found === undefined || valid(found)) return;
  const bare = withoutTrailingComment(found);
  if (bare !== undefined && valid(bare)) meta[key] = bare;
}

/** A front-matter value, or undefined when the key is missing or empty. */
function value(meta: Record<string, string>, key: string): string | undefined {
  const found = meta[key];
  return found === undefined || found === '' ? undefined : found;
}

/** File name without folders and without its last extension, in Unicode NFC (a name typed `café` or saved decomposed is one id). */
function idOf(fileName: string): string {
  const name = fileName.normalize('NFC');
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** Why the bytes are not text, or undefined when they may be. */
function binaryReason(bytes: Uint8Array): Reason | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return reason('utf16');
  if (bytes.indexOf(0) !== -1) return reason('binaryNul');
  let control = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) control++;
  }
  if (control > bytes.length * MAX_CONTROL_SHARE) {
    return reason('binary', { percent: Math.round((100 * control) / bytes.length) });
  }
  return undefined;
}

function notUtf8Reason(bytes: Uint8Array): Reason {
  const at = firstInvalidUtf8(bytes);
  if (at === -1) return reason('notUtf8');
  return reason('notUtf8At', { byte: `0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')}`, offset: String(at) });
}

/** Offset of the first byte that does not start a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    if (i + length > bytes.length) return i;
    const second = bytes[i + 1]!;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return -1;
}

/** Blank-line separated blocks, trimmed; one block of several lines (no blank line at all) is split by line. */
function splitParagraphs(body: string): string[] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of body.split('\n')) {
    if (line.trim() === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  // Inside a block, a line that ends on a function word runs on into the next one (see endsOpen).
  const joined = (lines: string[]) => lines.reduce((text, line, i) => (i === 0 ? line : endsOpen(lines[i - 1]!.trim()) ? `${text.trimEnd()} ${line.trimStart()}` : `${text}\n${line}`), '');
  const pieces = blocks.length === 1 ? blocks[0]!.map((line) => line.trim()) : blocks.map((lines) => joined(lines).trim());
  // "… a été interpellé dans la ville" / "frontalière de Benapole, …": a paragraph that opens in lower case after one
  // that ends on no punctuation (a letter, or a bare figure: "… condamné pour 6" / "délits de fraude", not "15h37")
  // goes on the same sentence, cut by a page's layout; so does any after one that ends on a comma ("Le juge du
  // tribunal de Tarvik," / "Peeter Tamm, a ouvert …") — not a stray one after a full stop ("… le pays. ,").
  const out: string[] = [];
  for (const piece of pieces) {
    const last = out.length - 1;
    // ("… échanger quelques mots en anglais" / "», se souvient X": a paragraph that opens on the mark closing a
    // quotation, or on a comma, goes on the one before that ends on no full stop.)
    if (last >= 0 && (/[^\s.!?…]\s*,$/u.test(out[last]!) || ((/\p{L}$/u.test(out[last]!) || /\s\d+$/u.test(out[last]!)) && /^\p{Ll}/u.test(piece)) || endsOpen(out[last]!)
      || (/[^\s.!?…:]$/u.test(out[last]!) && /^[»”]\s*[,;]|^[,;]\s/u.test(piece)))) out[last] = `${out[last]} ${piece}`;
    else out.push(piece);
  }
  return out;
}

/** Function words no sentence ends on (data): a line that ends on one goes on in the next, whatever its case. */
const OPEN_ENDS = new Set(lineEnds.openEnds);
function endsOpen(line: string): boolean {
  const word = /(?:^|\s)([\p{L}'’]+)$/u.exec(line)?.[1];
  return word !== undefined && OPEN_ENDS.has(word);
}

/** A crawl marker opening a text: "date YYYY-MM" or "date YYYY-MM-DD", then the text. */
const CRAWL_MARKER = /^date (\d{4}-\d{2}(?:-\d{2})?)(?:\s+|$)/;

/** The first sentence of a paragraph on one line, cut at a word to {@link MAX_TITLE_LENGTH} with '…'. */
function titleFromBody(paragraph: string): string {
  // A sentence longer than the title is cut anyway: looking further would only cost time on huge paragraphs.
  const text = paragraph.slice(0, 4 * MAX_TITLE_LENGTH).replace(/\s+/g, ' ').trim();
  const sentence = firstSentence(text);
  if (sentence.length <= MAX_TITLE_LENGTH) return sentence;
  const room = sentence.slice(0, MAX_TITLE_LENGTH - 1);
  const space = room.lastIndexOf(' ');
  const cut = (space > 0 ? room.slice(0, space) : room).replace(/[\s,;:–—-]+$/u, '');
  return `${cut}…`;
}

function firstSentence(text: string): string {
  const end = /[.!?…]+(?:\s*[»"”)])?(?=\s|$)/gu;
  for (let match = end.exec(text); match; match = end.exec(text)) {
    const stop = match.index + match[0].length;
    if (match[0] === '.' && ABBREVIATION.test(text.slice(0, stop))) continue;
    return text.slice(0, stop);
  }
  return text;
}

/** A real calendar date written YYYY-MM-DD (2023-02-29 is not). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** An absolute http or https URL with a host. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
