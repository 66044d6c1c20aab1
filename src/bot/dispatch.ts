/**
 * Interaction dispatch: slash commands, autocompletes and pagination buttons go to the command files; every
 * interaction is acknowledged at once (deferred before any engine work, well within Discord's 3 s), every
 * error becomes a polite ephemeral reply plus a log line with its context, never a stack trace to the user.
 * Moderator commands are checked against the member's permissions first (whatever the command's default
 * permissions), answered privately, and edited with progress while a refresh runs.
 */
import { MessageFlags } from 'discord.js';
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  CommandInteractionOption,
  Interaction,
} from 'discord.js';
import type { CorpusAdmin } from '../corpus-admin/corpus-admin.js';
import type { Actor, AttachmentRef, RefreshProgress, RefreshReport } from '../corpus-admin/types.js';
import type { Engine } from '../qa/types.js';
import { progressReply } from '../reply/admin.js';
import { translator, replyLocale } from '../reply/labels.js';
import { cutAtWord } from '../reply/text.js';
import type { ReplyLocale } from '../reply/types.js';
import { clientOrigins, downloadAttachment } from './attachments.js';
import type { AdminContext, Command, CommandInput, OptionValues } from '../command/command.js';
import type { Logger } from '../log.js';
import { decodePageId } from './pagination.js';
import { isModerator } from './moderator.js';
import { refreshEverywhere } from './refresh-everywhere.js';
import { NO_MENTIONS, renderDiscord } from './render-discord.js';
import { commandContext, validateCommand } from '../command/run-command.js';

/** What the moderator commands need. */
export interface DispatchAdmin {
  corpus: CorpusAdmin;
  /** Roles whose members count as moderators besides Manage Server (MODERATOR_ROLE_IDS). */
  moderatorRoleIds: readonly string[];
}

/** What the dispatcher needs. */
export interface DispatchContext {
  /** The engine, or where to take the current one for each interaction (an engine host that refreshes). */
  engine: Engine | (() => Engine);
  commands: ReadonlyMap<string, Command>;
  log: Logger;
  /** Moderator commands; without it they answer that they are not available. */
  admin?: DispatchAdmin;
}

/** The engine for one interaction, taken once. */
function engineOf(ctx: DispatchContext): Engine {
  return typeof ctx.engine === 'function' ? ctx.engine() : ctx.engine;
}

/** A refresh running longer than this gets its reply edited with progress … */
const PROGRESS_AFTER_MS = 1000;
/** … at most this often (Discord rate-limits edits). */
const PROGRESS_EVERY_MS = 1500;

/** Option values of a chat-input interaction, by name (sub-commands flattened). */
export function optionValues(options: readonly CommandInteractionOption[]): OptionValues {
  const values: Record<string, string | number | boolean> = {};
  for (const o of options) {
    if (o.options) Object.assign(values, optionValues(o.options));
    else if (o.value !== undefined && o.value !== null) values[o.name] = o.value;
  }
  return values;
}

/** Attached files of a chat-input interaction, by option name (sub-commands flattened). */
export function attachmentRefs(options: readonly CommandInteractionOption[]): Record<string, AttachmentRef> {
  const refs: Record<string, AttachmentRef> = {};
  for (const o of options) {
    if (o.options) Object.assign(refs, attachmentRefs(o.options));
    else if (o.attachment) {
      const a = o.attachment;
      refs[o.name] = { name: a.name, size: a.size, url: a.url, ...(a.contentType ? { contentType: a.contentType } : {}) };
    }
  }
  return refs;
}

function actorOf(interaction: Interaction): Actor {
  const shard = interaction.client.shard?.ids[0];
  return { id: interaction.user.id, tag: interaction.user.tag, guildId: interaction.guildId, ...(shard !== undefined ? { shard } : {}) };
}

/** The audit action of a moderator command. */
function actionOf(command: string, subcommand: string | undefined): 'refresh' | 'add' | 'remove' | 'list' {
  if (command === 'refresh') return 'refresh';
  return subcommand === 'add' || subcommand === 'remove' ? subcommand : 'list';
}

/**
 * Edits a deferred reply with the refresh's progress: not before it has run for a second, then at most every
 * 1.5 s, one edit at a time. `settle()` stops it and waits for the last edit, so the final answer comes after.
 */
function progressEditor(interaction: ChatInputCommandInteraction | ButtonInteraction, locale: ReplyLocale, log: Logger) {
  let chain: Promise<unknown> = Promise.resolve();
  let latest: RefreshProgress | undefined;
  let lastEdit = 0;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const flush = () => {
    timer = undefined;
    if (stopped || !latest) return;
    const progress = latest;
    latest = undefined;
    lastEdit = Date.now();
    const { flags: _flags, ...body } = renderDiscord(progressReply({ locale, t: translator(locale) }, progress));
    chain = chain.then(() => interaction.editReply(body)).catch((error: unknown) => log('warn', 'progress edit failed', { interaction: interaction.id, error }));
  };
  return {
    update(progress: RefreshProgress) {
      if (stopped || progress.elapsedMs < PROGRESS_AFTER_MS) return;
      latest = progress;
      if (timer) return;
      timer = setTimeout(flush, Math.max(0, lastEdit + PROGRESS_EVERY_MS - Date.now()));
    },
    async settle() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await chain;
    },
  };
}

/** The admin context of one moderator interaction: its actor, a refresh of every shard with progress, downloads. */
function adminContext(interaction: ChatInputCommandInteraction | ButtonInteraction | AutocompleteInteraction, admin: DispatchAdmin, locale: ReplyLocale, log: Logger): { context: AdminContext; settle(): Promise<void> } {
  const editor = interaction.isAutocomplete() ? undefined : progressEditor(interaction, locale, log);
  const host = admin.corpus.host;
  const restOptions = interaction.client.options.rest as { api?: string; cdn?: string } | undefined;
  return {
    context: {
      corpus: admin.corpus,
      session: {
        actor: actorOf(interaction),
        async refreshAll(): Promise<RefreshReport[]> {
          const stop = host.onProgress((p) => editor?.update(p));
          try {
            return await refreshEverywhere(interaction.client, host);
          } finally {
            stop();
          }
        },
        readAttachment: (ref, maxBytes) => downloadAttachment(ref, { maxBytes, extraOrigins: clientOrigins(restOptions) }),
      },
    },
    settle: async () => editor?.settle(),
  };
}

/** Refuses a member who is not a moderator: privately, logged and audited. Returns true when refused. */
async function refuseNonModerator(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  ctx: DispatchContext,
  name: string,
  subcommand: string | undefined,
): Promise<boolean> {
  const t = translator(replyLocale(interaction.locale));
  if (!ctx.admin) {
    await sendPoliteError(interaction, t('error.adminUnavailable'));
    return true;
  }
  if (isModerator(interaction, ctx.admin.moderatorRoleIds)) return false;
  ctx.log('warn', 'moderator command denied', { ...where(interaction), command: name, subcommand });
  await ctx.admin.corpus.denied(actorOf(interaction), actionOf(name, subcommand), `/${[name, subcommand].filter(Boolean).join(' ')}: not a moderator`);
  await sendPoliteError(interaction, t('error.notModerator', { name }));
  return true;
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
  const subcommand = interaction.options.getSubcommand(false) ?? undefined;
  const input: CommandInput = { options, subcommand, attachments: attachmentRefs(interaction.options.data) };
  const started = Date.now();
  let admin: ReturnType<typeof adminContext> | undefined;
  try {
    if (command.moderatorOnly) {
      if (await refuseNonModerator(interaction, ctx, command.data.name, subcommand)) return;
      admin = adminContext(interaction, ctx.admin!, locale, ctx.log);
    }
    const invalid = validateCommand(command, locale, input);
    if (invalid) {
      await interaction.reply(renderDiscord(invalid));
      return;
    }
    await interaction.deferReply(command.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    const reply = await command.execute(commandContext(engineOf(ctx), locale, admin?.context), input);
    await admin?.settle();
    const message = renderDiscord(reply);
    const { flags: _flags, ...body } = message;
    if (command.ephemeral) {
      await interaction.editReply(body);
    } else if (reply.ephemeral) {
      await interaction.deleteReply();
      await interaction.followUp(message);
    } else {
      await interaction.editReply(body);
    }
    ctx.log('info', 'answered', { ...where(interaction), command: command.data.name, subcommand, ms: Date.now() - started, abstained: reply.abstained });
  } catch (error) {
    await admin?.settle().catch(() => undefined);
    ctx.log('error', 'command failed', { ...where(interaction), command: command.data.name, options, error });
    await sendPoliteError(interaction, t('error.generic'));
  }
}

async function handleAutocomplete(interaction: AutocompleteInteraction, ctx: DispatchContext): Promise<void> {
  const command = ctx.commands.get(interaction.commandName);
  const focused = interaction.options.getFocused(true);
  let choices: { name: string; value: string }[] = [];
  try {
    const locale = replyLocale(interaction.locale);
    let admin: AdminContext | undefined;
    if (command?.moderatorOnly) {
      // Nothing about the corpus files for someone who may not use the command.
      if (!ctx.admin || !isModerator(interaction, ctx.admin.moderatorRoleIds)) {
        await interaction.respond([]);
        return;
      }
      admin = adminContext(interaction, ctx.admin, locale, ctx.log).context;
    }
    const found = (await command?.autocomplete?.(commandContext(engineOf(ctx), locale, admin), { name: focused.name, value: String(focused.value ?? '') })) ?? [];
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
    const input: CommandInput = { options: request.options, page: request.page, subcommand: request.options.sub };
    let admin: ReturnType<typeof adminContext> | undefined;
    if (command.moderatorOnly) {
      if (await refuseNonModerator(interaction, ctx, command.data.name, input.subcommand)) return;
      admin = adminContext(interaction, ctx.admin!, locale, ctx.log);
    }
    if (validateCommand(command, locale, input)) {
      await sendPoliteError(interaction, t('error.expiredButton'));
      return;
    }
    await interaction.deferUpdate();
    const reply = await command.execute(commandContext(engineOf(ctx), locale, admin?.context), input);
    await admin?.settle();
    const { flags: _flags, ...message } = renderDiscord(reply);
    await interaction.editReply(message);
  } catch (error) {
    ctx.log('error', 'button failed', { ...where(interaction), customId: interaction.customId, error });
    await sendPoliteError(interaction, t('error.generic'));
  }
}
