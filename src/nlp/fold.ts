/**
 * Folding, the project's one way to compare French text: lower case, no accents, one apostrophe ('), one
 * hyphen (-), one space. `foldChars` keeps every character offset (one output unit per input UTF-16 unit), for
 * matching inside a text and pointing back into it; `fold` also spells the ligatures œ / æ out and reads en and
 * em dashes as hyphens, for comparing words, names and keys.
 */

const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02bc', '\u2032', '\u00b4', '`']);
const HYPHENS = new Set(['\u2010', '\u2011']);
const WHITESPACE = /\s/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Latin letters with a stroke that Unicode does not decompose, read as their base letter ("Jarosław" → "jaroslaw"). */
const STROKED: Record<string, string> = { 'ł': 'l', 'Ł': 'l', 'ø': 'o', 'Ø': 'o', 'đ': 'd', 'Đ': 'd', 'ħ': 'h', 'Ħ': 'h', 'ı': 'i' };

/** The one-unit folded form of one UTF-16 unit: lower case, no accent, ' for apostrophes, ' ' for spaces. */
function foldUnit(c: string): string {
  if (APOSTROPHES.has(c)) return "'";
  if (HYPHENS.has(c)) return '-';
  if (WHITESPACE.test(c)) return ' ';
  if (STROKED[c]) return STROKED[c];
  const d = c.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
  if (d.length === 1) return d;
  const l = c.toLowerCase();
  return l.length === 1 ? l : c;
}

/** Folded form of every unit below U+2100 (Latin, Greek, Cyrillic, general punctuation), computed once. */
const FOLD_TABLE = (() => {
  const table = new Array<string>(0x2100);
  for (let code = 0; code < table.length; code++) {
    const c = String.fromCharCode(code);
    table[code] = code < 0x80 ? c.toLowerCase() : foldUnit(c);
  }
  return table;
})();

/** Lower case, apostrophes and spaces normalised, accents removed, same length as the input (offsets kept). */
export function foldChars(text: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x41 || (code > 0x5a && code < 0x80)) continue; // ASCII other than A-Z stays as is
    const folded = code < 0x2100 ? FOLD_TABLE[code]! : foldUnit(text[i]!);
    out += text.slice(runStart, i) + folded;
    runStart = i + 1;
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

/** Words repeat across a corpus: the folds of short strings are remembered, up to this many. */
const MEMO_LIMIT = 500_000;
/** Longest string remembered. */
const MEMO_MAX_LENGTH = 24;
const memo = new Map<string, string>();

function foldWord(text: string): string {
  return foldChars(text).replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/[–—]/g, '-');
}

/** `foldChars`, with œ / æ spelled out and dashes as hyphens: the key for comparing words and names. */
export function fold(text: string): string {
  if (text.length > MEMO_MAX_LENGTH) return foldWord(text);
  let f = memo.get(text);
  if (f === undefined) {
    f = foldWord(text);
    if (memo.size > MEMO_LIMIT) memo.clear();
    memo.set(text, f);
  }
  return f;
}
