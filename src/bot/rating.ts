/**
 * Members' feedback on Discord: an answer is recorded in the feedback log before it is shown (so its rating
 * buttons carry the record id), an abstention is recorded as unanswered, and a press on a rating button is
 * deferred privately, stored (one vote per member per answer, a second press changes it) and acknowledged
 * privately. The feedback log failing never stops an answer: it is shown without buttons and the failure logged.
 */
import { MessageFlags } from 'discord.js';
import type { ButtonInteraction, Interaction } from 'discord.js';
import type { FeedbackLog } from '../feedback/feedback-log.js';
import type { VoteOutcome } from '../feedback/types.js';
import type { Logger } from '../log.js';
import { replyLocale, translator } from '../reply/labels.js';
import type { Translate } from '../reply/labels.js';
import type { Reply } from '../reply/types.js';
import { decodeVoteId } from './feedback-buttons.js';
import { NO_MENTIONS } from './render-discord.js';

/**
 * Records a rated reply: an answer gets a record id (returned in `ratingId`), an abstention is recorded as
 * unanswered (the asker as a salted hash). Replies without `rated`, or without a log, come back unchanged.
 */
export async function recordRated(reply: Reply, interaction: Interaction, feedback: FeedbackLog | undefined, log: Logger): Promise<Reply> {
  if (!feedback || !reply.rated || reply.error) return reply;
  try {
    if (reply.abstained || reply.rated.answer === null) {
      await feedback.recordUnanswered(reply.rated, interaction.guildId, interaction.user.id);
      return reply;
    }
    return { ...reply, ratingId: await feedback.recordAnswer(reply.rated, interaction.guildId) };
  } catch (error) {
    log('warn', 'feedback not recorded', { interaction: interaction.id, guild: interaction.guildId, error });
    return reply;
  }
}

/** The private acknowledgement of a press. */
function outcomeText(t: Translate, outcome: VoteOutcome): string {
  if (outcome.status === 'unknown') return t('feedback.unknown');
  const vote = t(`feedback.vote.${outcome.vote}`);
  return t(`feedback.${outcome.status}`, { vote });
}

/** True when the button is a rating button; it is then answered (privately), whatever happens. */
export async function handleVote(interaction: ButtonInteraction, feedback: FeedbackLog | undefined, log: Logger): Promise<boolean> {
  const press = decodeVoteId(interaction.customId);
  if (!press) return false;
  const t = translator(replyLocale(interaction.locale));
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  let content: string;
  try {
    if (!feedback) {
      content = t('feedback.unavailable');
    } else {
      const outcome = await feedback.vote(press.recordId, interaction.user.id, press.vote);
      content = outcomeText(t, outcome);
      log('info', 'vote', { interaction: interaction.id, guild: interaction.guildId, record: press.recordId, vote: press.vote, status: outcome.status });
    }
  } catch (error) {
    log('error', 'vote failed', { interaction: interaction.id, guild: interaction.guildId, record: press.recordId, error });
    content = t('error.generic');
  }
  await interaction.editReply({ content, allowedMentions: NO_MENTIONS });
  return true;
}
