/**
 * /feedback frequent | recent | export — moderators see which questions members found answered wrong, or the
 * bot could not answer, in their server: most frequent or most recent first, with counts, paginated; `export`
 * attaches them as a question set in the format of score.mjs, the answers left for a moderator to fill.
 */
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { Command, CommandInput } from '../src/command/command.js';
import { MODERATOR_PERMISSION } from '../src/command/command.js';
import { errorReply } from '../src/reply/build.js';
import { exportReply, failuresReply } from '../src/reply/feedback.js';

/** Questions an export holds at most (the most frequent), well under Discord's attachment size. */
const MAX_EXPORTED = 1000;

export const data = new SlashCommandBuilder()
  .setName('feedback')
  .setNameLocalizations({ fr: 'avis' })
  .setDescription('Moderators: questions members found answered wrong or not at all')
  .setDescriptionLocalizations({ fr: 'Modération : les questions jugées mal ou non répondues par les membres' })
  .setDefaultMemberPermissions(MODERATOR_PERMISSION)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((s) =>
    s
      .setName('frequent')
      .setNameLocalizations({ fr: 'fréquentes' })
      .setDescription('The most frequent first, with their counts')
      .setDescriptionLocalizations({ fr: 'Les plus fréquentes d’abord, avec leurs nombres' }),
  )
  .addSubcommand((s) =>
    s
      .setName('recent')
      .setNameLocalizations({ fr: 'récentes' })
      .setDescription('The most recent first, with their counts')
      .setDescriptionLocalizations({ fr: 'Les plus récentes d’abord, avec leurs nombres' }),
  )
  .addSubcommand((s) =>
    s
      .setName('export')
      .setNameLocalizations({ fr: 'exporter' })
      .setDescription('A question set (score.mjs format) to fill in and score')
      .setDescriptionLocalizations({ fr: 'Un jeu de questions (format de score.mjs) à compléter et mesurer' }),
  );

/** The sub-command asked for (pagination buttons carry it as the `sub` option). */
function subcommandOf(input: CommandInput): string | undefined {
  return input.subcommand ?? (typeof input.options.sub === 'string' ? input.options.sub : undefined);
}

export const command: Command = {
  data,
  moderatorOnly: true,
  ephemeral: true,
  pageButtons: ['frequent', 'recent'],
  async execute(ctx, input) {
    const { feedback } = ctx;
    if (!feedback) return errorReply(ctx, ctx.t('feedback.unavailable'));
    const sub = subcommandOf(input);
    switch (sub) {
      case 'frequent':
      case 'recent':
        return failuresReply(ctx, await feedback.log.failures(feedback.guild, sub), sub, input.page);
      case 'export':
        return exportReply(ctx, (await feedback.log.failures(feedback.guild, 'frequent')).slice(0, MAX_EXPORTED), new Date());
      default:
        return errorReply(ctx, ctx.t('error.unknownCommand', { name: `feedback ${sub ?? ''}`.trim() }));
    }
  },
  example: () => ({ subcommand: 'frequent' }),
};
