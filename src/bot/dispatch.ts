/**
 * Interaction dispatch, the router: slash commands, message context-menu commands, autocompletes and buttons
 * (page buttons, rating buttons) go to their handlers.
 * Every interaction is acknowledged at once (deferred before any engine work, well within Discord's 3 s);
 * every error becomes a polite private reply plus a log line with its context, never a stack trace.
 */
import type { Interaction } from 'discord.js';
import { where } from './dispatch-context.js';
import type { DispatchContext } from './dispatch-context.js';
import { handleAutocomplete } from './handle-autocomplete.js';
import { handleButton, handleCommand } from './handle-command.js';

/** Handles any interaction; never throws. */
export async function dispatchInteraction(interaction: Interaction, ctx: DispatchContext): Promise<void> {
  try {
    if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) await handleCommand(interaction, ctx);
    else if (interaction.isAutocomplete()) await handleAutocomplete(interaction, ctx);
    else if (interaction.isButton()) await handleButton(interaction, ctx);
  } catch (error) {
    // Only reached when even the error reply failed (e.g. the interaction expired).
    ctx.log('error', 'interaction could not be answered', { ...where(interaction), error });
  }
}
