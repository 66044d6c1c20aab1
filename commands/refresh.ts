/**
 * /refresh — moderators: re-read the corpus folder and rebuild the index off the request path, then swap it in;
 * replies with what changed (articles, passages, people, events, build time) and the files skipped, per shard.
 */
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/command/command.js';
import { MODERATOR_PERMISSION } from '../src/command/command.js';
import { refreshReply } from '../src/reply/admin.js';
import { errorReply } from '../src/reply/build.js';

export const data = new SlashCommandBuilder()
  .setName('refresh')
  .setNameLocalizations({ fr: 'actualiser' })
  .setDescription('Moderators: re-read the articles folder and rebuild the index')
  .setDescriptionLocalizations({ fr: 'Modération : relire le dossier des articles et reconstruire l’index' })
  .setDefaultMemberPermissions(MODERATOR_PERMISSION)
  .setContexts(InteractionContextType.Guild);

export const command: Command = {
  data,
  moderatorOnly: true,
  ephemeral: true,
  async execute(ctx) {
    if (!ctx.admin) return errorReply(ctx, ctx.t('error.adminUnavailable'));
    const reports = await ctx.admin.corpus.refresh(ctx.admin.session);
    return refreshReply(ctx, reports);
  },
};
