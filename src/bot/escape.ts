/**
 * Making user and corpus text safe to show in Discord: markdown is escaped so it shows literally, and
 * mention syntax is defused so it neither pings (allowedMentions already forbids that) nor renders as a mention.
 * Linear time whatever the input (discord.js's escapeMarkdown takes about 0.5 s on 20 kB, too slow for hostile text).
 */

const ZERO_WIDTH_SPACE = '\u200b';

/** Defuses @everyone, @here, <@user>, <@!user>, <@&role>, <#channel>, </command:id> so they show as text. */
export function defuseMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/giu, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<([@#/:a])/gu, `<${ZERO_WIDTH_SPACE}$1`);
}

/**
 * Escapes Discord markdown: inline markers (* _ ~ ` | \), masked-link brackets and parentheses everywhere, and
 * block markers at a line start (> quotes, # headings, -# subtext, - + * bullets, "1." numbered lists).
 * Discord shows a backslash-escaped punctuation mark as the mark itself. Mentions are defused too.
 */
export function escapeText(text: string): string {
  const inline = text.replace(/[\\*_~`|[\]()]/gu, '\\$&');
  const blocks = inline.replace(/^([ \t]*)(>|#{1,3}(?=\s)|-#|[-+](?=\s)|\d+\.(?=\s))/gmu, (_m, lead: string, marker: string) =>
    /^\d/u.test(marker) ? `${lead}${marker.slice(0, -1)}\\.` : `${lead}\\${marker}`,
  );
  return defuseMentions(blocks);
}

/** A URL safe to put in a masked link: http(s) only, with characters that would end the link encoded. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return parsed.href.replace(/[()<> ]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
