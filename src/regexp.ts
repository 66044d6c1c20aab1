/** A text as a literal inside a regular expression: every character with a meaning there is escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words as one alternation of literals, the longest first (so that "heure de paris" is tried before "heure"). */
export function alternation(words: readonly string[]): string {
  return words.map(escapeRegExp).sort((a, b) => b.length - a.length).join('|');
}
