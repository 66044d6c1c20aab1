/**
 * The one run sequence of a command, whether a slash command or a page button starts it: moderator check →
 * validate → acknowledge (within Discord's 3 s) → run → wait for the last progress edit → record a rated answer
 * in the feedback log → deliver. Any error becomes a polite private reply and a log line with its context.
 */
import type { Command, CommandContext, CommandInput } from '../command/command.js';
import { commandContext, validateCommand } from '../command/run-command.js';
import { replyLocale, translator } from '../reply/labels.js';
import type { Reply } from '../reply/types.js';
import { adminContext } from './admin-context.js';
import type { InteractionAdmin } from './admin-context.js';
import { corpusOf, engineOf, where } from './dispatch-context.js';
import type { DispatchContext, RunnableInteraction } from './dispatch-context.js';
import { isModerator, refuseNonModerator } from './moderator.js';
import { sendPoliteError } from './polite-error.js';
import { recordRated } from './rating.js';

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

/**
 * What a command reads besides the engine: the feedback log (moderator commands, for moderators, in the
 * asker's server only) and, for /help, the commands served and whether the asker is a moderator.
 */
function contextExtras(interaction: RunnableInteraction, ctx: DispatchContext, command: Command): Pick<CommandContext, 'feedback' | 'registered'> {
  const moderator = Boolean(ctx.admin && isModerator(interaction, ctx.admin.moderatorRoleIds));
  return {
    feedback: command.moderatorOnly && moderator && ctx.feedback ? { log: ctx.feedback, guild: interaction.guildId } : undefined,
    registered: { commands: [...ctx.commands.values()], moderator },
  };
}

/** Runs `command` on `input` for `interaction`; never throws unless even the error reply fails. */
export async function runInteraction(
  interaction: RunnableInteraction,
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
      admin = adminContext(interaction, await corpusOf(ctx.admin!, interaction.guildId), locale, ctx.log, ctx.admin!.corpus.host);
    }
    const invalid = validateCommand(command, locale, input);
    if (invalid) {
      await steps.refuseInvalid(invalid);
      return undefined;
    }
    await steps.acknowledge();
    await ctx.prepare?.(interaction.guildId);
    const answered = await command.execute(commandContext(engineOf(ctx, interaction.guildId), locale, admin?.context, contextExtras(interaction, ctx, command)), input);
    await admin?.settle();
    // A page button shows another page of an answer already recorded: it keeps its rating buttons.
    const reply = interaction.isButton() ? answered : await recordRated(answered, interaction, ctx.feedback, ctx.log);
    await steps.deliver(reply);
    return reply;
  } catch (error) {
    await admin?.settle().catch(() => undefined);
    ctx.log('error', steps.failure.message, { ...where(interaction), ...steps.failure.context, error });
    await sendPoliteError(interaction, translator(locale)('error.generic'));
    return undefined;
  }
}
