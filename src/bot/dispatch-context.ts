/** What the interaction handlers share: the engine, the commands, the logger, the moderators' operations, the feedback log. */
import type { ButtonInteraction, ChatInputCommandInteraction, Interaction, MessageContextMenuCommandInteraction } from 'discord.js';
import type { Command } from '../command/command.js';
import type { CorpusAdmin } from '../corpus-admin/corpus-admin.js';
import type { Actor } from '../corpus-admin/types.js';
import type { FeedbackLog } from '../feedback/feedback-log.js';
import type { Logger } from '../log.js';
import type { Engine } from '../qa/types.js';

/** What the moderator commands need. */
export interface DispatchAdmin {
  /** The base corpus's operations (and the engine host other shards refresh through). */
  corpus: CorpusAdmin;
  /** The operations of one server's corpus (its own, or the base's for a base editor); default `corpus`. */
  corpusFor?: (guildId: string | null) => Promise<CorpusAdmin>;
  /** Roles whose members count as moderators besides Manage Server (MODERATOR_ROLE_IDS). */
  moderatorRoleIds: readonly string[];
}

/** What the dispatcher needs. */
export interface DispatchContext {
  /**
   * The engine, or where to take the current one for each interaction: an engine host that refreshes, or the
   * servers' corpora (each server its own view, DMs the base).
   */
  engine: Engine | ((guildId: string | null) => Engine);
  /** Called before a request of a server runs: reads that server's own corpus when it is not in memory. */
  prepare?: (guildId: string | null) => Promise<void>;
  commands: ReadonlyMap<string, Command>;
  log: Logger;
  /** Moderator commands; without it they answer that they are not available. */
  admin?: DispatchAdmin;
  /** The members' feedback: answers are recorded with rating buttons, and /feedback reads it. Without it, no buttons. */
  feedback?: FeedbackLog;
}

/** A command interaction: a slash command or a message context-menu command. */
export type CommandInteraction = ChatInputCommandInteraction | MessageContextMenuCommandInteraction;

/** An interaction that runs a command: a command, or a page button that runs one again. */
export type RunnableInteraction = CommandInteraction | ButtonInteraction;

/** The engine for one interaction of this server (null: a DM), taken once. */
export function engineOf(ctx: DispatchContext, guildId: string | null): Engine {
  return typeof ctx.engine === 'function' ? ctx.engine(guildId) : ctx.engine;
}

/** The corpus operations of the interaction's server. */
export async function corpusOf(admin: DispatchAdmin, guildId: string | null): Promise<CorpusAdmin> {
  return admin.corpusFor ? admin.corpusFor(guildId) : admin.corpus;
}

/** Who acts, for the audit log: the user, the server and the shard. */
export function actorOf(interaction: Interaction): Actor {
  const shard = interaction.client.shard?.ids[0];
  return { id: interaction.user.id, tag: interaction.user.tag, guildId: interaction.guildId, ...(shard !== undefined ? { shard } : {}) };
}

/** Where an interaction comes from, as log context. */
export function where(interaction: Interaction): Record<string, unknown> {
  return {
    interaction: interaction.id,
    user: interaction.user.id,
    guild: interaction.guildId,
    channel: interaction.channelId,
    locale: interaction.locale,
    shard: interaction.guild?.shardId,
  };
}
