/**
 * The contract of a slash command file in commands/: its definition (`data`, a SlashCommandBuilder, the same
 * JSON deploy-commands registers) and its handler side by side. Handlers are thin and platform-neutral: they
 * read plain option values, call the Engine and return a Reply; src/bot renders it for Discord, src/cli for a
 * terminal.
 */
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Engine } from '../qa/types.js';
import type { Translate } from '../reply/labels.js';
import type { Reply, ReplyLocale } from '../reply/types.js';

/** What a handler may use: the engine (loaded once at start) and the asker's language. */
export interface CommandContext {
  engine: Engine;
  locale: ReplyLocale;
  t: Translate;
}

/** Option values by option name, as typed or picked by the user. */
export type OptionValues = Readonly<Record<string, string | number | boolean | undefined>>;

/** One invocation: the options, and for paginated lists the page wanted (1-based). */
export interface CommandInput {
  options: OptionValues;
  page?: number;
}

/** One autocomplete suggestion (Discord: name and value at most 100 characters). */
export interface AutocompleteChoice {
  name: string;
  value: string;
}

/** The option being typed, for autocomplete. */
export interface FocusedOption {
  name: string;
  value: string;
}

/** A slash command file's exports. */
export interface Command {
  /** The definition registered with Discord (a SlashCommandBuilder or anything with the same JSON). */
  data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /**
   * Cheap checks of the options, without the engine; returns an error Reply (ephemeral) when they are invalid.
   * Runs before the interaction is deferred, so invalid input gets a private answer.
   */
  validate?(ctx: Omit<CommandContext, 'engine'>, input: CommandInput): Reply | undefined;
  /** Answers the command. May throw; the dispatcher turns errors into a polite reply. */
  execute(ctx: CommandContext, input: CommandInput): Reply | Promise<Reply>;
  /** Suggestions for the focused option; the dispatcher keeps at most 25. */
  autocomplete?(ctx: CommandContext, focused: FocusedOption): AutocompleteChoice[];
}
