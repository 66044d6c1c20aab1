/**
 * The one run sequence of a command, whether a slash command or a page button starts it: moderator check →
 * validate → acknowledge (within Discord's 3 s) → run → wait for the last progress edit → deliver. Any error
 * becomes a polite private reply and a log line with its context.
 */
import type { ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { Command, CommandInput } from '../command/command.js';
import { commandContext, validateCommand } from '../command/run-command.js';
import { replyLocale, translator } from '../reply/labels.js';
import type { Reply } from '../reply/types.js';
import { adminContext } from './admin-context.js';
import type { InteractionAdmin } from './admin-context.js';
import { engineOf, where } from './dispatch-context.js';
import type { DispatchContext } from './dispatch-context.js';
import { refuseNonModerator } from './moderator.js';
import { sendPoliteError } from './polite-error.js';

/** How one kind of interaction answers: what differs between a slash command and a button. */
export interface RunSteps {
  /** Answers an input the command refuses. */
  refuseInvalid(invalid: Reply): Promise<void>;
  /** Acknowledges the interaction before any engine work. */
  acknowledge(): Promise<void>;
  /** Sends the command's reply. */
  deliver(reply: Reply): Promise<void>;
  /** The log line and context when the command throws. */
  failure: { message: string; context: Record<string, unknown> };
}

/** Runs `command` on `input` for `interaction`; never throws unless even the error reply fails. */
export async function runInteraction(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  ctx: DispatchContext,
  command: Command,
  input: CommandInput,
  steps: RunSteps,
): Promise<Reply | undefined> {
  const locale = replyLocale(interaction.locale);
  let admin: InteractionAdmin | undefined;
  try {
    if (command.moderatorOnly) {
      if (await refuseNonModerator(interaction, ctx, command.data.name, input.subcommand)) return undefined;
      admin = adminContext(interaction, ctx.admin!, locale, ctx.log);
    }
    const invalid = validateCommand(command, locale, input);
    if (invalid) {
      await steps.refuseInvalid(invalid);
      return undefined;
    }
    await steps.acknowledge();
    const reply = await command.execute(commandContext(engineOf(ctx), locale, admin?.context), input);
    await admin?.settle();
    await steps.deliver(reply);
    return reply;
  } catch (error) {
    await admin?.settle().catch(() => undefined);
    ctx.log('error', steps.failure.message, { ...where(interaction), ...steps.failure.context, error });
    await sendPoliteError(interaction, translator(locale)('error.generic'));
    return undefined;
  }
}
