/** /when event — the normalised date of an event, with passages. Asks the core a when-question built from the event. */
import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/bot/command.js';
import { answerReply, errorReply, textOption } from '../src/reply/build.js';
import { eventQuestion } from './where.js';

const MAX_EVENT = 200;

export const data = new SlashCommandBuilder()
  .setName('when')
  .setNameLocalizations({ fr: 'quand' })
  .setDescription('When did an event happen? The date, with passages')
  .setDescriptionLocalizations({ fr: 'Quand un événement a-t-il eu lieu ? La date, avec des passages' })
  .addStringOption((o) =>
    o
      .setName('event')
      .setNameLocalizations({ fr: 'événement' })
      .setDescription('The event, e.g. la signature de l’accord')
      .setDescriptionLocalizations({ fr: 'L’événement, par ex. la signature de l’accord' })
      .setRequired(true)
      .setMaxLength(MAX_EVENT),
  );

export const command: Command = {
  data,
  validate(ctx, { options }) {
    if (!textOption(options.event, MAX_EVENT).text) return errorReply(ctx, ctx.t('error.empty', { option: 'event' }));
    return undefined;
  },
  execute(ctx, { options }) {
    const { text, cut } = textOption(options.event, MAX_EVENT);
    const answer = ctx.engine.ask(eventQuestion('when', text));
    const notes = cut ? [ctx.t('note.truncated', { max: MAX_EVENT })] : [];
    return answerReply(ctx.engine, ctx, ctx.t('when.title', { event: text }), answer, notes, 3);
  },
};
