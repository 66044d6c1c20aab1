/**
 * Slash commands, message context-menu commands and page buttons: each finds its command and goes through the
 * one run sequence. Rating buttons go to the feedback log (rating.ts).
 */
import { MessageFlags } from 'discord.js';
import type { ButtonInteraction } from 'discord.js';
import type { Command, CommandInput } from '../command/command.js';
import { replyLocale, translator } from '../reply/labels.js';
import { where } from './dispatch-context.js';
import type { CommandInteraction, DispatchContext } from './dispatch-context.js';
import { ratingIdOf } from './feedback-buttons.js';
import { attachmentRefs, optionValues } from './interaction-input.js';
import { messageCommandInput } from './message-command.js';
import { decodePageId } from './pagination.js';
import { sendPoliteError } from './polite-error.js';
import { handleVote } from './rating.js';
import { renderDiscord } from './render-discord.js';
import { runInteraction } from './run-interaction.js';

/** Answers a slash or message command: deferred (privately for private commands), then edited with the reply. */
export async function handleCommand(interaction: CommandInteraction, ctx: DispatchContext): Promise<void> {
  const command = ctx.commands.get(interaction.commandName);
  if (!command) {
    ctx.log('warn', 'unknown command', { ...where(interaction), command: interaction.commandName });
    await sendPoliteError(interaction, translator(replyLocale(interaction.locale))('error.unknownCommand', { name: interaction.commandName }));
    return;
  }
  const input: CommandInput = interaction.isMessageContextMenuCommand()
    ? messageCommandInput(interaction)
    : { options: optionValues(interaction.options.data), subcommand: interaction.options.getSubcommand(false) ?? undefined, attachments: attachmentRefs(interaction.options.data) };
  const { options, subcommand } = input;
  const started = Date.now();
  const reply = await runInteraction(interaction, ctx, command, input, {
    refuseInvalid: async (invalid) => {
      await interaction.reply(renderDiscord(invalid));
    },
    acknowledge: async () => {
      await interaction.deferReply(command.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    },
    deliver: async (answer) => {
      const message = renderDiscord(answer);
      const { flags: _flags, ...body } = message;
      if (!command.ephemeral && answer.ephemeral) {
        // The deferred placeholder is public: replace it with a private message.
        await interaction.deleteReply();
        await interaction.followUp(message);
      } else {
        await interaction.editReply(body);
      }
    },
    failure: { message: 'command failed', context: { command: command.data.name, options } },
  });
  if (reply) ctx.log('info', 'answered', { ...where(interaction), command: command.data.name, subcommand, ms: Date.now() - started, abstained: reply.abstained });
}

/** True when a page button may run `command` (with sub-command `sub`): only the listings that make page buttons. */
function turnsPages(command: Command, sub: string | undefined): boolean {
  const allowed = command.pageButtons;
  if (allowed === true) return sub === undefined;
  return allowed !== undefined && sub !== undefined && allowed.includes(sub);
}

/**
 * Answers a button: a rating button is a vote; a page button's command and options come from its custom id,
 * and the message is edited in place (a rated answer keeps its rating buttons).
 */
export async function handleButton(interaction: ButtonInteraction, ctx: DispatchContext): Promise<void> {
  if (await handleVote(interaction, ctx.feedback, ctx.log)) return;
  const request = decodePageId(interaction.customId);
  const command = request && ctx.commands.get(request.command);
  if (!request || !command || !turnsPages(command, request.options.sub)) {
    ctx.log('warn', 'unknown button', { ...where(interaction), customId: interaction.customId });
    await sendPoliteError(interaction, translator(replyLocale(interaction.locale))('error.expiredButton'));
    return;
  }
  const input: CommandInput = { options: request.options, page: request.page, subcommand: request.options.sub };
  await runInteraction(interaction, ctx, command, input, {
    refuseInvalid: () => sendPoliteError(interaction, translator(replyLocale(interaction.locale))('error.expiredButton')),
    acknowledge: () => interaction.deferUpdate().then(() => undefined),
    deliver: async (answer) => {
      const ratingId = answer.rated && !answer.abstained ? ratingIdOf(interaction.message.components) : undefined;
      const { flags: _flags, ...message } = renderDiscord(ratingId ? { ...answer, ratingId } : answer);
      await interaction.editReply(message);
    },
    failure: { message: 'button failed', context: { customId: interaction.customId } },
  });
}
