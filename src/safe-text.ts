/**
 * Text from articles and users, made safe to print on a terminal: a title or a question holding escape
 * sequences (ANSI CSI, OSC …) could retitle, clear or rewrite the operator's terminal. Sequences are removed;
 * any other control character (C0 but tab and line feed, DEL, C1), the line and paragraph separators and the
 * bidirectional marks and overrides are shown escaped, as `\x1B` or `\u2028`.
 */

/** ESC-introduced sequences: CSI (`ESC [ … final`), OSC / DCS / APC / PM / SOS strings (up to BEL or ESC \), and two-character escapes. */
const ESCAPE_SEQUENCE = /\x1b(?:\[[0-?]*[ -/]*[@-~]|[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])/g;
/** C1 introducers of the same sequences (CSI U+009B, OSC U+009D, DCS U+0090 …) with what follows them. */
const C1_SEQUENCE = /\u009b[0-?]*[ -/]*[@-~]|[\u009d\u0090\u0098\u009e\u009f][^\x07\x1b\u009c]*(?:\x07|\u009c|\x1b\\)?/g;
/** Control characters left after the sequences are gone (tab and line feed are kept). */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escaped(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `text` with escape sequences removed and other control characters shown escaped. */
export function terminalSafe(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(C1_SEQUENCE, '').replace(CONTROL, escaped);
}

/**
 * Characters JSON.stringify leaves raw that must not be raw in a line: DEL and the C1 controls (U+0085 is a line
 * break to some readers), the line and paragraph separators (U+2028, U+2029: line breaks to JavaScript editors
 * and log viewers), and the bidirectional marks, overrides and isolates (they reorder what a reader sees).
 */
const RAW_UNSAFE = /[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A JSON text with those characters written as `\u` escapes: the same JSON value, safe to print and to split by line. */
export function jsonSafe(json: string): string {
  return json.replace(RAW_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Characters that show nothing and split nothing: soft hyphen, zero-width space and joiners, direction marks, word joiners, BOM. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/** `text` without its invisible characters: "Mar\u00ADseille" and "Mar\u200Bseille" read "Marseille". */
export function withoutInvisibles(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** The typographic hyphens (U+2010 hyphen, U+2011 non-breaking hyphen) that some outlets print. */
const TYPOGRAPHIC_HYPHEN = /[\u2010\u2011]/g;

/**
 * `text` with its typographic hyphens written as "-", one character for one: "Anne\u2011Liis" is the one name
 * "Anne-Liis" for the tokenizer and every pattern, as the keyboard's hyphen is.
 */
export function plainHyphens(text: string): string {
  return text.replace(TYPOGRAPHIC_HYPHEN, '-');
}
