/**
 * A message context-menu interaction as a command input: the target message's text (its content, else its
 * first embed's description) under the option the message commands read (MESSAGE_TEXT_OPTION). The command
 * neutralises the mentions in it.
 */
import type { MessageContextMenuCommandInteraction } from 'discord.js';
import { MESSAGE_TEXT_OPTION } from '../command/command.js';
import type { CommandInput } from '../command/command.js';

/** The command input of a message context-menu interaction. */
export function messageCommandInput(interaction: MessageContextMenuCommandInteraction): CommandInput {
  const message = interaction.targetMessage;
  return { options: { [MESSAGE_TEXT_OPTION]: message.content || message.embeds[0]?.description || '' } };
}
