/** The line that opens and closes a front-matter header. */
const FENCE = '---';

/** `key: value`; keys are identifiers (letters, digits, `_`, `-`), folded to lower case. */
const KEY_VALUE = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(.*)$/;

/** What {@link parseFrontMatter} read from a file's text. */
export interface FrontMatter {
  /** Header values by lower-case key; empty when the text has no header (or an unclosed one). */
  meta: Record<string, string>;
  /** The text after the header (the whole text when there is no header, or an unclosed one). */
  body: string;
  /** What is wrong with the header, for a person (`line 3 is not 'key: value': …`); empty when it is fine. */
  problems: string[];
  /** The same, as codes with their parameters (src/reasons.ts), for a reply in another language. */
  problemReasons: Reason[];
}

/**
 * Splits an optional front-matter header from the body. The header is the lines between a `---` line at the
 * very top of the text and the next `---` line; each of its lines is `key: value` (blank lines and `#` comment
 * lines are allowed). Keys are folded to lower case; values are trimmed and lose one pair of surrounding
 * quotes, with a comment after the closing quote (`"a # b" # note` → `a # b`); a plain value keeps its text
 * whole (see {@link withoutTrailingComment} for the values that must have a form). Never throws: a line that is not `key: value`, a key given twice or an unclosed header is reported
 * in `problems`. Accepts LF or CRLF line ends and a leading BOM; the body keeps the text's own line ends.
 */
import { reason, reasonText } from '../reasons/reasons.js';
import type { Reason } from '../reasons/reasons.js';
export function parseFrontMatter(text: string): FrontMatter {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstEnd = lineEnd(source, 0);
  if (stripCr(source.slice(0, firstEnd)).trimEnd() !== FENCE) {
    return { meta: {}, body: source, problems: [], problemReasons: [] };
  }

  const meta: Record<string, string> = {};
  const problemReasons: Reason[] = [];
  const firstLineOfKey = new Map<string, number>();
  let start = nextLineStart(source, firstEnd);
  let lineNumber = 1;
  while (start < source.length) {
    lineNumber += 1;
    const end = lineEnd(source, start);
    const line = stripCr(source.slice(start, end));
    if (line.trimEnd() === FENCE) {
      return { meta, body: source.slice(nextLineStart(source, end)), problems: problemReasons.map((r) => reasonText(r)), problemReasons };
    }
    const trimmed = line.trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) {
      const match = KEY_VALUE.exec(line);
      if (!match) {
        problemReasons.push(reason('frontMatterLine', { line: String(lineNumber), text: shorten(trimmed) }));
      } else {
        const key = match[1]!.toLowerCase();
        const seen = firstLineOfKey.get(key);
        if (seen !== undefined) {
          problemReasons.push(reason('frontMatterTwice', { key, first: String(seen), second: String(lineNumber) }));
        } else {
          firstLineOfKey.set(key, lineNumber);
          meta[key] = readValue(match[2]!.trim());
        }
      }
    }
    start = nextLineStart(source, end);
  }
  // Without a closing line the header's extent is unknown: its other problems would be guesses.
  return {
    meta: {},
    body: source,
    problems: [reasonText(reason('frontMatterOpen'))],
    problemReasons: [reason('frontMatterOpen')],
  };
}

/** A quoted value followed by a YAML comment (`"a # b"  # note`): the quoted part, then the comment. */
const QUOTED_THEN_COMMENT = /^("[^"]*"|'(?:[^']|'')*')\s+#.*$/;

/** A value as written: a quoted value loses its quotes and any comment after them; a plain value is kept whole. */
function readValue(raw: string): string {
  const quoted = QUOTED_THEN_COMMENT.exec(raw);
  return unquote(quoted ? quoted[1]! : raw);
}

/**
 * A plain value without a YAML-style trailing comment (`2020-01-09 # from the print edition` → `2020-01-09`):
 * the text before the first `#` that follows white space, or undefined when there is none. The reader uses it
 * only for values that must have a form (a date, an address, a code) and are valid once the comment is off;
 * free text such as a title keeps its `#` ("Le mouvement #MeToo", "Le numéro # 1").
 */
export function withoutTrailingComment(value: string): string | undefined {
  const match = /^(.*?)\s+#/.exec(value);
  return match ? match[1]!.trimEnd() : undefined;
}

/** Removes one pair of matching surrounding quotes; `''` inside a single-quoted value stands for `'`. */
function unquote(value: string): string {
  if (value.length < 2) return value;
  const quote = value[0];
  if ((quote !== '"' && quote !== "'") || value[value.length - 1] !== quote) return value;
  const inner = value.slice(1, -1);
  if (quote === "'") {
    // Leave values like `'a' and 'b'` alone: only a lone quoted string loses its quotes.
    return inner.replaceAll("''", '').includes("'") ? value : inner.replaceAll("''", "'");
  }
  return inner.includes('"') ? value : inner;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

function nextLineStart(text: string, end: number): number {
  return Math.min(end + 1, text.length);
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

function shorten(line: string, max = 60): string {
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}
