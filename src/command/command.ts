/**
 * The contract of a slash command file in commands/: its definition (`data`, a SlashCommandBuilder — or a
 * ContextMenuCommandBuilder for a message command — the same JSON deploy-commands registers) and its handler
 * side by side. Handlers are thin and platform-neutral: they
 * read plain option values, call the Engine and return a Reply; src/bot renders it for Discord, src/cli for a
 * terminal.
 */
import { ApplicationCommandType, PermissionFlagsBits } from 'discord.js';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody, RESTPostAPIContextMenuApplicationCommandsJSONBody } from 'discord.js';
import type { AdminSession, CorpusAdmin } from '../corpus-admin/corpus-admin.js';
import type { AttachmentRef } from '../corpus-admin/types.js';
import type { FeedbackLog, GuildScope } from '../feedback/feedback-log.js';
import type { Engine } from '../qa/types.js';
import type { Translate } from '../reply/labels.js';
import type { AutocompleteChoice, Reply, ReplyLocale } from '../reply/types.js';

/** What a handler may use: the engine serving this request and the asker's language. */
export interface CommandContext {
  /** The engine to answer with, taken once for the whole request (a refresh swaps in a new one for later requests). */
  engine: Engine;
  locale: ReplyLocale;
  t: Translate;
  /** Only for moderator commands, once the asker is known to be a moderator: the corpus operations. */
  admin?: AdminContext;
  /** Only for moderator commands: the members' feedback, read in the asker's server only (every server in the console). */
  feedback?: FeedbackContext;
  /** For /help: the commands registered, and whether the asker may use the moderator ones. */
  registered?: RegisteredCommands;
}

/** The feedback log as /feedback reads it: which log, and whose server. */
export interface FeedbackContext {
  log: FeedbackLog;
  guild: GuildScope;
}

/** The commands an adapter serves, as /help lists them. */
export interface RegisteredCommands {
  commands: readonly Command[];
  /** True when the asker passes the moderator check: the moderator commands are listed too. */
  moderator: boolean;
}

/** What moderator commands use: the corpus operations and the session of the moderator who asked. */
export interface AdminContext {
  corpus: CorpusAdmin;
  session: AdminSession;
}

/** Option values by option name, as typed or picked by the user. */
export type OptionValues = Readonly<Record<string, string | number | boolean | undefined>>;

/** One invocation: the options, and for paginated lists the page wanted (1-based). */
export interface CommandInput {
  options: OptionValues;
  page?: number;
  /** The sub-command chosen (`/corpus add` → `add`). */
  subcommand?: string;
  /** Attached files, by option name. */
  attachments?: Readonly<Record<string, AttachmentRef>>;
}

export type { AutocompleteChoice } from '../reply/types.js';

/**
 * The permission a moderator command requires by default (its `default_member_permissions`); the Discord
 * adapter checks it again on every moderator interaction (src/bot/moderator.ts).
 */
export const MODERATOR_PERMISSION = PermissionFlagsBits.ManageGuild;

/** The option being typed, for autocomplete. */
export interface FocusedOption {
  name: string;
  value: string;
}

/** A command's registered definition: a slash command, or a context-menu command (a message's Apps menu). */
export type CommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody | RESTPostAPIContextMenuApplicationCommandsJSONBody;

/**
 * The option a message command's handler reads the message's text from (the Discord adapter fills it from
 * the message; the console takes it typed, as `/ask-message text: …`).
 */
export const MESSAGE_TEXT_OPTION = 'text';

/** An example of use, for /help: the sub-command and option values, by (English) option name. */
export interface CommandExample {
  subcommand?: string;
  options?: Readonly<Record<string, string>>;
}

/** A slash command file's exports. */
export interface Command {
  /** The definition registered with Discord (a SlashCommandBuilder, a ContextMenuCommandBuilder, or anything with the same JSON). */
  data: { readonly name: string; toJSON(): CommandDefinition };
  /**
   * Cheap checks of the options, without the engine; returns an error Reply (ephemeral) when they are invalid.
   * Runs before the interaction is deferred, so invalid input gets a private answer.
   */
  validate?(ctx: Omit<CommandContext, 'engine'>, input: CommandInput): Reply | undefined;
  /** Answers the command. May throw; the dispatcher turns errors into a polite reply. */
  execute(ctx: CommandContext, input: CommandInput): Reply | Promise<Reply>;
  /** Suggestions for the focused option; the dispatcher keeps at most 25. */
  autocomplete?(ctx: CommandContext, focused: FocusedOption): AutocompleteChoice[] | Promise<AutocompleteChoice[]>;
  /**
   * Moderators only. Discord hides the command from members without Manage Server (its
   * `default_member_permissions`), but server admins can override that: the dispatcher checks the member's own
   * permissions (or a role of MODERATOR_ROLE_IDS) before anything else, and refuses everyone else.
   */
  moderatorOnly?: boolean;
  /** Answers only the asker: the reply is deferred and edited privately (ephemeral). */
  ephemeral?: boolean;
  /**
   * The pages of its long lists may be turned by button: `true` for a command without sub-commands, or the
   * sub-commands that list (`['list']`). A button naming any other command or sub-command is refused: a custom id
   * is written by whoever sends it, so no button may run an action.
   */
  pageButtons?: true | readonly string[];
  /** One example of use for /help, in the asker's language (values may come from the corpus, never from code). */
  example?(ctx: CommandContext): CommandExample;
  /** The name the local console knows a context-menu command by (its Discord name has spaces): `ask-message`. */
  consoleName?: string;
}

/** The slash-command definition, or undefined for a context-menu command. */
export function chatInputJson(command: Command): RESTPostAPIChatInputApplicationCommandsJSONBody | undefined {
  const json = command.data.toJSON();
  return json.type === undefined || json.type === ApplicationCommandType.ChatInput ? (json as RESTPostAPIChatInputApplicationCommandsJSONBody) : undefined;
}

/** True for a message context-menu command (right-click a message → Apps), whose input is the message's text. */
export function isMessageCommand(command: Command): boolean {
  return command.data.toJSON().type === ApplicationCommandType.Message;
}
