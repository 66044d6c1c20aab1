/**
 * Interaction dispatch: slash commands, autocompletes and pagination buttons go to the command files; every
 * interaction is acknowledged at once (deferred before any engine work, well within Discord's 3 s), every
 * error becomes a polite ephemeral reply plus a log line with its context, never a stack trace to the user.
 */
import { MessageFlags } from 'discord.js';
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  CommandInteractionOption,
  Interaction,
} from 'discord.js';
import type { Engine } from '../qa/types.js';
import { translator, replyLocale } from '../reply/labels.js';
import { cutAtWord } from '../reply/text.js';
import type { Command, OptionValues } from './command.js';
import type { Logger } from './log.js';
import { decodePageId } from './pagination.js';
import { NO_MENTIONS, renderDiscord } from './render-discord.js';
import { commandContext, validateCommand } from './run-command.js';

/** What the dispatcher needs. */
export interface DispatchContext {
  engine: Engine;
  commands: ReadonlyMap<string, Command>;
  log: Logger;
}

/** Option values of a chat-input interaction, by name (sub-commands flattened). */
export function optionValues(options: readonly CommandInteractionOption[]): OptionValues {
  const values: Record<string, string | number | boolean> = {};
  for (const o of options) {
    if (o.options) Object.assign(values, optionValues(o.options));
    else if (o.value !== undefined && o.value !== null) values[o.name] = o.value;
  }
  return values;
}

function where(interaction: Interaction): Record<string, unknown> {
  return {
    interaction: interaction.id,
    user: interaction.user.id,
    guild: interaction.guildId,
    channel: interaction.channelId,
    locale: interaction.locale,
    shard: interaction.guild?.shardId,
  };
}

/** Handles any interaction; never throws. */
export async function dispatchInteraction(interaction: Interaction, ctx: DispatchContext): Promise<void> {
  try {
    if (interaction.isChatInputCommand()) await handleCommand(interaction, ctx);
    else if (interaction.isAutocomplete()) await handleAutocomplete(interaction, ctx);
    else if (interaction.isButton()) await handleButton(interaction, ctx);
  } catch (error) {
    // Only reached when even the error reply failed (e.g. the interaction expired).
    ctx.log('error', 'interaction could not be answered', { ...where(interaction), error });
  }
}

async function sendPoliteError(interaction: ChatInputCommandInteraction | ButtonInteraction, message: string): Promise<void> {
  const body = { content: cutAtWord(message, 2000), allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral as const };
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply(body);
  } else {
    // The deferred placeholder is public: remove it, then tell the asker privately.
    if (interaction.isChatInputCommand()) await interaction.deleteReply().catch(() => undefined);
    await interaction.followUp(body);
  }
}

async function handleCommand(interaction: ChatInputCommandInteraction, ctx: DispatchContext): Promise<void> {
  const locale = replyLocale(interaction.locale);
  const t = translator(locale);
  const command = ctx.commands.get(interaction.commandName);
  if (!command) {
    ctx.log('warn', 'unknown command', { ...where(interaction), command: interaction.commandName });
    await sendPoliteError(interaction, t('error.unknownCommand', { name: interaction.commandName }));
    return;
  }
  const options = optionValues(interaction.options.data);
  const started = Date.now();
  try {
    const invalid = validateCommand(command, locale, { options });
    if (invalid) {
      await interaction.reply(renderDiscord(invalid));
      return;
    }
    await interaction.deferReply();
    const reply = await command.execute(commandContext(ctx.engine, locale), { options });
    const message = renderDiscord(reply);
    if (reply.ephemeral) {
      await interaction.deleteReply();
      await interaction.followUp(message);
    } else {
      const { flags: _flags, ...body } = message;
      await interaction.editReply(body);
    }
    ctx.log('info', 'answered', { ...where(interaction), command: command.data.name, ms: Date.now() - started, abstained: reply.abstained });
  } catch (error) {
    ctx.log('error', 'command failed', { ...where(interaction), command: command.data.name, options, error });
    await sendPoliteError(interaction, t('error.generic'));
  }
}

async function handleAutocomplete(interaction: AutocompleteInteraction, ctx: DispatchContext): Promise<void> {
  const command = ctx.commands.get(interaction.commandName);
  const focused = interaction.options.getFocused(true);
  let choices: { name: string; value: string }[] = [];
  try {
    const found = command?.autocomplete?.(commandContext(ctx.engine, replyLocale(interaction.locale)), { name: focused.name, value: String(focused.value ?? '') }) ?? [];
    choices = found
      .filter((c) => c.name && c.value)
      .slice(0, 25)
      .map((c) => ({ name: cutAtWord(c.name, 100), value: c.value.slice(0, 100) }));
  } catch (error) {
    ctx.log('error', 'autocomplete failed', { ...where(interaction), command: interaction.commandName, focused: focused.name, error });
  }
  await interaction.respond(choices);
}

async function handleButton(interaction: ButtonInteraction, ctx: DispatchContext): Promise<void> {
  const locale = replyLocale(interaction.locale);
  const t = translator(locale);
  const request = decodePageId(interaction.customId);
  const command = request && ctx.commands.get(request.command);
  if (!request || !command) {
    ctx.log('warn', 'unknown button', { ...where(interaction), customId: interaction.customId });
    await sendPoliteError(interaction, t('error.expiredButton'));
    return;
  }
  try {
    const input = { options: request.options, page: request.page };
    if (validateCommand(command, locale, input)) {
      await sendPoliteError(interaction, t('error.expiredButton'));
      return;
    }
    await interaction.deferUpdate();
    const reply = await command.execute(commandContext(ctx.engine, locale), input);
    const { flags: _flags, ...message } = renderDiscord(reply);
    await interaction.editReply(message);
  } catch (error) {
    ctx.log('error', 'button failed', { ...where(interaction), customId: interaction.customId, error });
    await sendPoliteError(interaction, t('error.generic'));
  }
}
