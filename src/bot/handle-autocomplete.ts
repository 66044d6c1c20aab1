/** Autocompletes: suggestions from the command, cut to Discord's limits; nothing about the corpus files for non-moderators. */
import type { AutocompleteInteraction } from 'discord.js';
import type { AdminContext } from '../command/command.js';
import { commandContext } from '../command/run-command.js';
import { LIMITS } from '../discord-limits.js';
import { replyLocale } from '../reply/labels.js';
import { cutAtWord } from '../reply/text.js';
import { adminContext } from './admin-context.js';
import { corpusOf, engineOf, where } from './dispatch-context.js';
import type { DispatchContext } from './dispatch-context.js';
import { isModerator } from './moderator.js';

/** Responds with the command's suggestions (none on any error, which is logged). */
export async function handleAutocomplete(interaction: AutocompleteInteraction, ctx: DispatchContext): Promise<void> {
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
      admin = adminContext(interaction, await corpusOf(ctx.admin, interaction.guildId), locale, ctx.log, ctx.admin.corpus.host).context;
    }
    await ctx.prepare?.(interaction.guildId);
    const found = (await command?.autocomplete?.(commandContext(engineOf(ctx, interaction.guildId), locale, admin), { name: focused.name, value: String(focused.value ?? '') })) ?? [];
    choices = found
      .filter((c) => c.name && c.value)
      .slice(0, LIMITS.choices)
      .map((c) => ({ name: cutAtWord(c.name, LIMITS.choiceText), value: c.value.slice(0, LIMITS.choiceText) }));
  } catch (error) {
    ctx.log('error', 'autocomplete failed', { ...where(interaction), command: interaction.commandName, focused: focused.name, error });
  }
  await interaction.respond(choices);
}
