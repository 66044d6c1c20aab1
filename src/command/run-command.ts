/** Running a command outside any platform: validate, then execute. Shared by the Discord dispatcher and the console. */
import type { Engine } from '../qa/types.js';
import { translator } from '../reply/labels.js';
import type { Reply, ReplyLocale } from '../reply/types.js';
import type { AdminContext, Command, CommandContext, CommandInput } from './command.js';

/**
 * The context a command runs in, for one asker's language (and, for a moderator command, the corpus
 * operations; `extra` adds the feedback log and the registered commands where the adapter gives them).
 */
export function commandContext(engine: Engine, locale: ReplyLocale, admin?: AdminContext, extra: Pick<CommandContext, 'feedback' | 'registered'> = {}): CommandContext {
  const ctx: CommandContext = admin ? { engine, locale, t: translator(locale), admin } : { engine, locale, t: translator(locale) };
  if (extra.feedback) ctx.feedback = extra.feedback;
  if (extra.registered) ctx.registered = extra.registered;
  return ctx;
}

/** The validation error reply, if the input is invalid (no engine work). */
export function validateCommand(command: Command, locale: ReplyLocale, input: CommandInput): Reply | undefined {
  return command.validate?.({ locale, t: translator(locale) }, input);
}

/** Validates, then executes. Throws what the command throws. */
export async function runCommand(command: Command, ctx: CommandContext, input: CommandInput): Promise<Reply> {
  return validateCommand(command, ctx.locale, input) ?? (await command.execute(ctx, input));
}
