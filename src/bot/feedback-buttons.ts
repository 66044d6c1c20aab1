/**
 * The rating buttons under an answer (helpful / wrong). Their custom ids carry the answer record id of the
 * feedback log and which button it is — nothing else, and never a command to run: `vote␟<record id>␟helpful`
 * (␟ U+001F), at most Discord's 100 characters.
 */
import { ButtonStyle, ComponentType } from 'discord.js';
import type { APIActionRowComponent, APIButtonComponent } from 'discord.js';
import type { PressVote } from '../feedback/types.js';
import { translator } from '../reply/labels.js';
import type { Reply } from '../reply/types.js';
import { LIMITS } from '../discord-limits.js';

const UNIT = '\u001f';
const PREFIX = `vote${UNIT}`;
/** Record ids as the feedback log makes them (hex); anything else is not ours. */
const RECORD_ID = /^[0-9a-f]{1,64}$/u;

/** The custom id of the button that casts `vote` on the answer `recordId`, or undefined if it would not fit. */
export function encodeVoteId(recordId: string, vote: PressVote): string | undefined {
  if (!RECORD_ID.test(recordId)) return undefined;
  const id = `${PREFIX}${recordId}${UNIT}${vote}`;
  return id.length <= LIMITS.customId ? id : undefined;
}

/** The vote a rating button stands for, or undefined when the id is not one. */
export function decodeVoteId(customId: string): { recordId: string; vote: PressVote } | undefined {
  if (!customId.startsWith(PREFIX)) return undefined;
  const [recordId, vote, ...rest] = customId.slice(PREFIX.length).split(UNIT);
  if (rest.length > 0 || !recordId || !RECORD_ID.test(recordId) || (vote !== 'helpful' && vote !== 'wrong')) return undefined;
  return { recordId, vote };
}

/** The row of rating buttons of a recorded answer (none for a reply without a record id). */
export function ratingRow(reply: Reply): APIActionRowComponent<APIButtonComponent>[] {
  if (!reply.ratingId || reply.abstained || reply.error) return [];
  const helpful = encodeVoteId(reply.ratingId, 'helpful');
  const wrong = encodeVoteId(reply.ratingId, 'wrong');
  if (!helpful || !wrong) return [];
  const t = translator(reply.locale);
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: helpful, label: t('feedback.helpful'), emoji: { name: '👍' } },
        { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: wrong, label: t('feedback.wrong'), emoji: { name: '👎' } },
      ],
    },
  ];
}

/** The answer record id of the rating buttons of a message already shown (kept when a page button edits it). */
export function ratingIdOf(components: readonly unknown[] | undefined): string | undefined {
  for (const row of components ?? []) {
    const children = ((row as { components?: unknown[] }).components ?? []) as { customId?: string; custom_id?: string }[];
    for (const c of children) {
      const vote = decodeVoteId(c.customId ?? c.custom_id ?? '');
      if (vote) return vote.recordId;
    }
  }
  return undefined;
}
