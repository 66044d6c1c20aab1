/**
 * Turning an uploaded file into an article file of the corpus, in two steps: before the download, the name, the
 * size and the options (checkUpload); after it, the content with the corpus's own validation (readArticle: UTF-8, not binary, not empty, well-formed front matter, a
 * publication date that parses), merges the moderator's options into the front matter, and says clearly what
 * is wrong otherwise. Pure: no I/O.
 */
import { isCalendarDate, isHttpUrl, readArticle } from '../corpus/read-article.js';
import type { Article } from '../corpus/types.js';
import { reason, reasonText } from '../reasons/reasons.js';
import type { Reason } from '../reasons/reasons.js';

/** Largest upload accepted: 1 MB (1,048,576 bytes). */
export const MAX_UPLOAD_BYTES = 1024 * 1024;

/** Longest file name accepted (extension included). */
export const MAX_FILE_NAME = 100;

/** Front-matter values a moderator may give with the upload; they replace the file's own. */
export interface FrontMatterOverrides {
  title?: string;
  source?: string;
  url?: string;
  /** YYYY-MM-DD. */
  published?: string;
}

/** A valid upload: the text to write and the article it reads as. */
export interface PreparedArticle {
  fileName: string;
  id: string;
  text: string;
  bytes: Uint8Array;
  article: Article;
}

/** Why an upload is refused: a code for tests and logs, and the reason (its message is the English wording). */
export class UploadError extends Error {
  constructor(
    readonly code: 'name' | 'size' | 'content' | 'date' | 'option' | 'exists' | 'download',
    readonly reason: Reason,
  ) {
    super(reasonText(reason));
    this.name = 'UploadError';
  }
}

const NAME = /^[\p{L}\p{N}][\p{L}\p{N}_.-]*\.(?:md|txt)$/iu;

/** Checks an uploaded file's name: `.md` or `.txt`, letters, digits, `_`, `-`, `.`, at most 100 characters. */
export function checkFileName(name: string): void {
  if (!/\.(?:md|txt)$/iu.test(name)) {
    throw new UploadError('name', reason('notMarkdown', { name }));
  }
  if (name.length > MAX_FILE_NAME) throw new UploadError('name', reason('nameTooLong', { length: name.length, max: MAX_FILE_NAME }));
  if (!NAME.test(name) || name.includes('..')) {
    throw new UploadError('name', reason('badName', { name }));
  }
}

/** Checks a size against the 1 MB limit, and that there is something (worded as the corpus's own reading words it). */
export function checkSize(bytes: number): void {
  if (bytes > MAX_UPLOAD_BYTES) throw tooBig(bytes);
  if (bytes === 0) throw new UploadError('content', reason('empty'));
}

/** The refusal of a file of `bytes` over the limit (`more than` when the download was cut at the limit). */
export function tooBig(bytes: number, max = MAX_UPLOAD_BYTES, atLeast = false): UploadError {
  if (atLeast) return new UploadError('size', reason('tooBigAtLeast', { max }));
  return new UploadError('size', reason(max === MAX_UPLOAD_BYTES ? 'tooBigMb' : 'tooBig', { bytes, max }));
}

/** Checks the options before anything is downloaded. */
export function checkOverrides(overrides: FrontMatterOverrides): void {
  if (overrides.published !== undefined && !isCalendarDate(overrides.published)) {
    throw new UploadError('option', reason('optionPublished', { value: overrides.published }));
  }
  if (overrides.url !== undefined && !isHttpUrl(overrides.url)) {
    throw new UploadError('option', reason('optionUrl', { value: overrides.url }));
  }
  for (const [key, value] of Object.entries(overrides)) {
    if (value !== undefined && /[\r\n]/.test(value)) throw new UploadError('option', reason('optionMultiline', { key }));
  }
}

/**
 * The checks an upload passes before it is downloaded, each once: its name, its announced size and the
 * moderator's options. Throws UploadError naming the problem.
 */
export function checkUpload(fileName: string, size: number, overrides: FrontMatterOverrides = {}): void {
  checkFileName(fileName);
  checkSize(size);
  checkOverrides(overrides);
}

/**
 * Reads an upload that passed {@link checkUpload} and returns the article file to write: its front matter with
 * the overrides merged in (the body kept as uploaded, line ends made LF). Throws UploadError naming the problem.
 */
export function readUpload(fileName: string, bytes: Uint8Array, overrides: FrontMatterOverrides = {}): PreparedArticle {
  // The upload as it is: empty, encoding, binary, blank, front-matter syntax (a bad date may still be overridden).
  const raw = readArticle(fileName, bytes, { strict: false, withFrontMatter: true });
  if (raw.problem || !raw.frontMatter) throw new UploadError('content', raw.problemReason ?? reason('notAnArticle'));
  const { meta, body } = raw.frontMatter;
  const merged: Record<string, string> = { ...meta };
  for (const [key, value] of Object.entries(overrides)) {
    const clean = value?.replace(/\s+/g, ' ').trim();
    if (clean) merged[key] = clean;
  }
  if (overrides.published) {
    // A date the moderator gives is not an estimate.
    delete merged.published_estimated;
    delete merged.published_note;
  }
  const merged_text = serialize(merged, body);
  const out = new TextEncoder().encode(merged_text);
  const checked = readArticle(fileName, out, { strict: true });
  if (checked.problem || !checked.article) {
    const why = checked.problemReason ?? reason('notAnArticle');
    throw new UploadError(why.code === 'badPublished' ? 'date' : 'content', why);
  }
  if (!checked.article.published) throw new UploadError('date', reason('noDate'));
  return { fileName, id: checked.article.id, text: merged_text, bytes: out, article: checked.article };
}

/** Keys written first, in this order; the others follow in their original order. */
const KEY_ORDER = ['title', 'source', 'url', 'published', 'published_estimated', 'published_note', 'language'];

function serialize(meta: Record<string, string>, body: string): string {
  const keys = Object.keys(meta);
  const ordered = [...KEY_ORDER.filter((k) => keys.includes(k)), ...keys.filter((k) => !KEY_ORDER.includes(k))];
  if (ordered.length === 0) return body;
  const lines = ordered.map((k) => `${k}: ${quoteIfNeeded(meta[k]!)}`);
  return `---\n${lines.join('\n')}\n---\n${body.replace(/^\n+/, '')}`;
}

/** A value that starts and ends with the same quote would lose them when read back: wrap it in the other quote. */
function quoteIfNeeded(value: string): string {
  const first = value[0];
  if (value.length >= 2 && (first === '"' || first === "'") && value.at(-1) === first) {
    return first === '"' && !value.includes("'") ? `'${value}'` : `"${value}"`;
  }
  return value;
}

/** "12.3 KB", "1.2 MB", "512 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

