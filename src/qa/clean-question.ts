import { withoutInvisibles } from '../safe-text.js';

/** The longest question we analyse; longer text is cut (at a word) before analysis. */
export const MAX_QUESTION_CHARS = 1000;

/**
 * Makes any user text safe to analyse: Unicode NFC, invisible characters (soft hyphen, zero-width) removed,
 * control characters read as spaces, whitespace
 * collapsed, cut to MAX_QUESTION_CHARS at a word. Never throws.
 */
export function cleanQuestion(input: unknown): string {
  let text = typeof input === 'string' ? input : input == null ? '' : String(input);
  text = withoutInvisibles(text.normalize('NFC'));
  text = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
  text = text.replace(/\s+/g, ' ').trim();
  if (text.length > MAX_QUESTION_CHARS) {
    const cut = text.lastIndexOf(' ', MAX_QUESTION_CHARS);
    text = text.slice(0, cut > MAX_QUESTION_CHARS / 2 ? cut : MAX_QUESTION_CHARS);
  }
  return text;
}
