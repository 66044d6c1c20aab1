/** The /when and /where commands are one shape: an event in, the core's when- or where-answer out. */
import { SlashCommandBuilder } from 'discord.js';
import type { Command } from './command.js';
import { answerReply, errorReply, textOption } from '../reply/build.js';
import { answerFacts } from '../reply/feedback.js';

const MAX_EVENT = 200;

const DETERMINER = /^(?:l['’]|(?:le|la|les|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs)(?=\s))/iu;
const ALREADY_ASKED = { when: /^quand(?=\s|$)/iu, where: /^o[uù](?=\s|$)/iu } as const;

/**
 * The French question asked for /when or /where: "Quand a eu lieu le sommet … ?" for a noun phrase,
 * "Quand la ministre est arrivée … ?" otherwise; text that already is such a question is kept.
 */
export function eventQuestion(kind: 'when' | 'where', event: string): string {
  const text = event.trim().replace(/[\s?？]+$/u, '');
  if (ALREADY_ASKED[kind].test(text)) return `${text} ?`;
  const head = kind === 'when' ? 'Quand' : 'Où';
  return DETERMINER.test(text) ? `${head} a eu lieu ${text} ?` : `${head} ${text} ?`;
}

const TEXTS = {
  when: {
    name: 'when', fr: 'quand',
    description: 'When did an event happen? The date, with passages',
    descriptionFr: 'Quand un événement a-t-il eu lieu ? La date, avec des passages',
  },
  where: {
    name: 'where', fr: 'où',
    description: 'Where did an event happen? The place, with passages',
    descriptionFr: 'Où un événement a-t-il eu lieu ? Le lieu, avec des passages',
  },
} as const;

/** The /when or /where command: its definition and its handler. */
export function eventCommand(kind: 'when' | 'where'): { data: SlashCommandBuilder; command: Command } {
  const t = TEXTS[kind];
  const data = new SlashCommandBuilder()
    .setName(t.name)
    .setNameLocalizations({ fr: t.fr })
    .setDescription(t.description)
    .setDescriptionLocalizations({ fr: t.descriptionFr })
    .addStringOption((o) =>
      o
        .setName('event')
        .setNameLocalizations({ fr: 'événement' })
        .setDescription('The event, e.g. la signature de l’accord')
        .setDescriptionLocalizations({ fr: 'L’événement, par ex. la signature de l’accord' })
        .setRequired(true)
        .setMaxLength(MAX_EVENT),
    ) as SlashCommandBuilder;
  const command: Command = {
    data,
    validate(ctx, { options }) {
      if (!textOption(options.event, MAX_EVENT).text) return errorReply(ctx, ctx.t('error.empty', { option: 'event' }));
      return undefined;
    },
    execute(ctx, { options }) {
      const { text, cut } = textOption(options.event, MAX_EVENT);
      const answer = ctx.engine.ask(eventQuestion(kind, text));
      const notes = cut ? [ctx.t('note.truncated', { max: MAX_EVENT })] : [];
      return { ...answerReply(ctx.engine, ctx, ctx.t(`${kind}.title`, { event: text }), answer, notes), rated: answerFacts(kind, answer) };
    },
    example: (ctx) => ({ options: { event: ctx.t('help.example.event') } }),
  };
  return { data, command };
}
