/** The one way an error reaches a member: a short private message, never a stack trace, never a ping. */
import { MessageFlags } from 'discord.js';
import { LIMITS } from '../discord-limits.js';
import { cutAtWord } from '../reply/text.js';
import type { RunnableInteraction } from './dispatch-context.js';
import { NO_MENTIONS } from './render-discord.js';

/** Tells the member privately; a public deferred placeholder is removed first. */
export async function sendPoliteError(interaction: RunnableInteraction, message: string): Promise<void> {
  const body = { content: cutAtWord(message, LIMITS.content), allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral as const };
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply(body);
  } else {
    // The deferred placeholder is public: remove it, then tell the asker privately.
    if (!interaction.isButton()) await interaction.deleteReply().catch(() => undefined);
    await interaction.followUp(body);
  }
}
