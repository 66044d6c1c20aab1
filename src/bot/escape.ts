/**
 * Making user and corpus text safe to show in Discord: markdown is escaped so it shows literally, and
 * mention syntax is defused so it neither pings (allowedMentions already forbids that) nor renders as a mention.
 */
import { escapeMarkdown } from 'discord.js';

const ZERO_WIDTH_SPACE = '\u200b';

/** Defuses @everyone, @here, <@user>, <@!user>, <@&role>, <#channel>, </command:id> so they show as text. */
export function defuseMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/giu, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<([@#/])/gu, `<${ZERO_WIDTH_SPACE}$1`);
}

/** Escapes markdown (bold, italics, code, quotes, headings, lists, masked links …) and defuses mentions. */
export function escapeText(text: string): string {
  const escaped = escapeMarkdown(text, {
    codeBlock: true,
    inlineCode: true,
    bold: true,
    italic: true,
    underline: true,
    strikethrough: true,
    spoiler: true,
    codeBlockContent: true,
    inlineCodeContent: true,
    escape: true,
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
  });
  // Block quotes and subtext are not covered by escapeMarkdown.
  const lines = escaped.replace(/^(\s*)(>|-#)/gmu, '$1\\$2');
  return defuseMentions(lines);
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
