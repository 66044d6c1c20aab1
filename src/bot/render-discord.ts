/**
 * Renders a Reply as a Discord message: one embed (answer, cited passages as fields, footer) and, for long
 * lists, Previous/Next buttons; a recorded answer gets its rating buttons (helpful / wrong), a reply's files
 * are attached. Every Discord limit holds whatever the input: title 256, description 4096,
 * 25 fields, field name 256 / value 1024, footer 2048, 6000 characters per message's embeds, content 2000;
 * long text is cut at a word with '…'. User and corpus text is escaped; nothing can ping.
 */
import { ButtonStyle, ComponentType, MessageFlags } from 'discord.js';
import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField } from 'discord.js';
import { translator } from '../reply/labels.js';
import { LIMITS } from '../discord-limits.js';
import { cutAtWord } from '../reply/text.js';
import type { Reply, SourceRef } from '../reply/types.js';
import { escapeText, safeUrl } from './escape.js';
import { ratingRow } from './feedback-buttons.js';
import { encodePageId } from './pagination.js';


/** Characters of an article title in a citation. */
const CITED_TITLE = 120;
/** Characters of a publisher's name in a citation. */
const CITED_SOURCE = 60;
/** Characters of a field's citation lines, at most (the text above them gets the rest). */
const CITATIONS = 600;
/** A footer cut to this length when the message is over Discord's total. */
const SHORT_FOOTER = 300;

const COLORS = { answer: 0x5865f2, abstained: 0x99aab5, error: 0xed4245 } as const;

/** The message body for interaction replies and edits (discord.js option names). */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: []; repliedUser: false };
  flags?: MessageFlags.Ephemeral;
  /** Files attached to the message (discord.js uploads them with it). */
  files?: { attachment: Buffer; name: string }[];
}

/** Nothing pings, ever (also set on the client; repeated per reply so no code path forgets it). */
export const NO_MENTIONS = Object.freeze({ parse: [] as [], repliedUser: false as const });

/** Escapes, then cuts to `max` at a word. */
function safe(text: string, max: number): string {
  return cutAtWord(escapeText(text), max);
}

/** "[Title](url) · AFP · 2024-03-12 · §3" — the title linked when the article has a url. */
export function citation(ref: SourceRef, withTitle: boolean, locale: Reply['locale']): string {
  const t = translator(locale);
  const parts: string[] = [];
  const url = safeUrl(ref.url);
  const title = cutAtWord(escapeText(ref.title), CITED_TITLE).replace(/[[\]]/gu, '');
  if (withTitle) parts.push(url ? `[${title}](${url})` : title);
  else if (url) parts.push(`[${t('source')}](${url})`);
  if (ref.source) parts.push(safe(ref.source, CITED_SOURCE));
  if (ref.published) parts.push(ref.published + (ref.publishedEstimated ? ` (${t('estimated')})` : ''));
  parts.push(t('paragraph', { n: ref.paragraph }));
  return parts.join(' · ');
}

/** A field value made of escaped text then citation lines; the text is cut so the citations always fit. */
function fieldValue(text: string, prefix: string, sources: string[]): string {
  let cites = sources.map((s) => `— ${s}`).join('\n');
  if (cites.length > CITATIONS) cites = cutAtWord(cites, CITATIONS);
  const room = LIMITS.fieldValue - (cites ? cites.length + 1 : 0) - prefix.length;
  const body = text ? prefix + safe(text, Math.max(room, 1)) : '';
  const value = [body, cites].filter(Boolean).join('\n');
  return value || '\u200b';
}

function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/**
 * Brings the embed within 6000 characters, keeping what matters most: first a long footer is shortened, then
 * the description down to 1000 characters, then trailing fields are dropped, then the description again.
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed, fields: [...(embed.fields ?? [])].slice(0, LIMITS.fields) };
  const excess = () => embedLength(fitted) - LIMITS.embedTotal;
  if (excess() > 0 && fitted.footer && fitted.footer.text.length > SHORT_FOOTER) fitted.footer = { text: cutAtWord(fitted.footer.text, SHORT_FOOTER) };
  if (excess() > 0 && fitted.description && fitted.description.length > 1000) {
    fitted.description = cutAtWord(fitted.description, Math.max(fitted.description.length - excess(), 1000));
  }
  while (excess() > 0 && fitted.fields && fitted.fields.length > 0) fitted.fields.pop();
  if (excess() > 0 && fitted.description) fitted.description = cutAtWord(fitted.description, Math.max(fitted.description.length - excess(), 1));
  if (fitted.fields?.length === 0) delete fitted.fields;
  return fitted;
}

/** The Discord message for a reply. */
export function renderDiscord(reply: Reply): DiscordMessage {
  const t = translator(reply.locale);
  const flags = reply.ephemeral ? MessageFlags.Ephemeral : undefined;

  if (reply.error) {
    const text = [reply.answer, reply.description].filter(Boolean).join('\n');
    return { content: safe(text, LIMITS.content), embeds: [], components: [], allowedMentions: NO_MENTIONS, flags };
  }

  const fields: APIEmbedField[] = [];
  reply.passages.forEach((p, i) => {
    fields.push({
      name: safe(`${t('passage', { n: i + 1 })} — ${p.title}`, LIMITS.fieldName),
      value: fieldValue(p.text, '> ', [citation(p, false, reply.locale)]),
    });
  });
  for (const f of reply.fields) {
    fields.push({
      name: safe(f.name, LIMITS.fieldName) || '\u200b',
      value: fieldValue(f.value, '', (f.sources ?? []).map((s) => citation(s, true, reply.locale))),
      inline: f.inline,
    });
  }

  const descriptionParts: string[] = [];
  if (reply.answer) descriptionParts.push(`**${safe(reply.answer, 1000)}**`);
  if (reply.description) descriptionParts.push(escapeText(reply.description));
  const description = cutAtWord(descriptionParts.join('\n\n'), LIMITS.description);

  const embed: APIEmbed = {
    color: reply.abstained ? COLORS.abstained : COLORS.answer,
    fields: fields.slice(0, LIMITS.fields),
  };
  if (reply.title) embed.title = safe(reply.title, LIMITS.title);
  if (description) embed.description = description;
  if (reply.footer) embed.footer = { text: cutAtWord(reply.footer, LIMITS.footer) };

  const message: DiscordMessage = {
    embeds: [fitEmbed(embed)],
    // At most two rows of two buttons: well within Discord's 5 rows of 5.
    components: [...paginationRow(reply), ...ratingRow(reply)],
    allowedMentions: NO_MENTIONS,
    flags,
  };
  if (reply.attachments?.length) {
    message.files = reply.attachments.map((a) => ({ attachment: Buffer.from(a.content, 'utf8'), name: a.name }));
  }
  return message;
}

function paginationRow(reply: Reply): APIActionRowComponent<APIButtonComponent>[] {
  const p = reply.pagination;
  if (!p || p.pages <= 1) return [];
  const t = translator(reply.locale);
  // With two pages or more the two targets always differ, so the ids are distinct as Discord requires.
  const prevId = encodePageId(p, Math.max(1, p.page - 1));
  const nextId = encodePageId(p, Math.min(p.pages, p.page + 1));
  if (!prevId || !nextId) return [];
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: prevId, label: `◀ ${t('previous')}`, disabled: p.page <= 1 },
        { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: nextId, label: `${t('next')} ▶`, disabled: p.page >= p.pages },
      ],
    },
  ];
}
