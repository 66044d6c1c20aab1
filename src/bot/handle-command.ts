/** Slash commands and page buttons: each finds its command and goes through the one run sequence. */
import { MessageFlags } from 'discord.js';
import type { ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { CommandInput } from '../command/command.js';
import { replyLocale, translator } from '../reply/labels.js';
import { where } from './dispatch-context.js';
import type { DispatchContext } from './dispatch-context.js';
import { attachmentRefs, optionValues } from './interaction-input.js';
import { decodePageId } from './pagination.js';
import { sendPoliteError } from './polite-error.js';
import { renderDiscord } from './render-discord.js';
import { runInteraction } from './run-interaction.js';

/** Answers a slash command: deferred (privately for private commands), then edited with the reply. */
export async function handleCommand(interaction: ChatInputCommandInteraction, ctx: DispatchContext): Promise<void> {
  const command = ctx.commands.get(interaction.commandName);
  if (!command) {
    ctx.log('warn', 'unknown command', { ...where(interaction), command: interaction.commandName });
    await sendPoliteError(interaction, translator(replyLocale(interaction.locale))('error.unknownCommand', { name: interaction.commandName }));
    return;
  }
  const options = optionValues(interaction.options.data);
  const subcommand = interaction.options.getSubcommand(false) ?? undefined;
  const input: CommandInput = { options, subcommand, attachments: attachmentRefs(interaction.options.data) };
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

/** Answers a page button: the command and its options come from the custom id; the message is edited in place. */
export async function handleButton(interaction: ButtonInteraction, ctx: DispatchContext): Promise<void> {
  const request = decodePageId(interaction.customId);
  const command = request && ctx.commands.get(request.command);
  if (!request || !command) {
    ctx.log('warn', 'unknown button', { ...where(interaction), customId: interaction.customId });
    await sendPoliteError(interaction, translator(replyLocale(interaction.locale))('error.expiredButton'));
    return;
  }
  const input: CommandInput = { options: request.options, page: request.page, subcommand: request.options.sub };
  await runInteraction(interaction, ctx, command, input, {
    refuseInvalid: () => sendPoliteError(interaction, translator(replyLocale(interaction.locale))('error.expiredButton')),
    acknowledge: () => interaction.deferUpdate().then(() => undefined),
    deliver: async (answer) => {
      const { flags: _flags, ...message } = renderDiscord(answer);
      await interaction.editReply(message);
    },
    failure: { message: 'button failed', context: { customId: interaction.customId } },
  });
}
