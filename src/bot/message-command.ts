/**
 * A message context-menu interaction as a command input: the target message's text (its content, else its
 * first embed's description) with mentions written as plain names (`<@id>` → `@name`, `<#id>` → `#name`),
 * under the option the message commands read (MESSAGE_TEXT_OPTION). The command neutralises whatever is left.
 */
import type { MessageContextMenuCommandInteraction } from 'discord.js';
import { MESSAGE_TEXT_OPTION } from '../command/command.js';
import type { CommandInput } from '../command/command.js';

/** The text of the message, with the mentions Discord resolved written as names. */
export function messageText(interaction: MessageContextMenuCommandInteraction): string {
  const message = interaction.targetMessage;
  const text = message.content || message.embeds[0]?.description || '';
  return text
    .replace(/<@!?(\d+)>/gu, (whole, id: string) => {
      const user = message.mentions.users.get(id);
      return user ? `@${user.displayName}` : whole;
    })
    .replace(/<@&(\d+)>/gu, (whole, id: string) => {
      const role = message.mentions.roles.get(id) ?? interaction.guild?.roles.cache.get(id);
      return role ? `@${role.name}` : whole;
    })
    .replace(/<#(\d+)>/gu, (whole, id: string) => {
      const channel = interaction.client.channels.cache.get(id);
      return channel && 'name' in channel && channel.name ? `#${channel.name}` : whole;
    });
}

/** The command input of a message context-menu interaction. */
export function messageCommandInput(interaction: MessageContextMenuCommandInteraction): CommandInput {
  return { options: { [MESSAGE_TEXT_OPTION]: messageText(interaction) } };
}
