/** Text helpers shared by commands and renderers. */

/** The ellipsis appended to cut text. */
export const ELLIPSIS = '…';

/**
 * Cuts `text` to at most `max` characters (UTF-16 code units, as Discord counts), at a word boundary when
 * one is reasonably close, appending '…'. Text that fits is returned unchanged. Never splits a surrogate pair.
 */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  if (max === 1) return ELLIPSIS;
  let end = max - ELLIPSIS.length;
  // Prefer the last whitespace in the last 40% of the allowed span.
  const WORD_CUT_FROM = 0.6;
  const window = text.slice(0, end + 1);
  const lastSpace = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'), window.lastIndexOf('\t'));
  if (lastSpace >= Math.floor(end * WORD_CUT_FROM)) end = lastSpace;
  // Do not leave a lone high surrogate.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end).replace(/[\s,;:.–—-]+$/u, '') + ELLIPSIS;
}

/** Collapses runs of whitespace (including newlines) to one space and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Message text made safe to use as a question: mentions (users, roles, channels, @everyone, @here) and
 * timestamps are removed — they address Discord members, not the corpus — slash-command links become
 * `/name` and custom emoji `:name:`, so no copy of the text can ever ping. Whitespace is squashed.
 */
export function plainMentions(text: string): string {
  return squash(
    text
      .replace(/<a?(:\w+:)\d+>/gu, '$1')
      .replace(/<\/([\w -]+):\d+>/gu, '/$1')
      .replace(/<(?:@[!&]?|#|t:)[\d:A-Za-z]*>/gu, ' ')
      .replace(/@(?:everyone|here)\b/giu, ' '),
  );
}
