/**
 * /corpus add | remove | list — moderators manage the articles: add one from an attached .md or .txt file (at
 * most 1 MB; options fill its front matter), move one to the trash, or list the files with their sizes and
 * whether they are served. Every refusal is private, names the problem, and leaves the corpus unchanged.
 */
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { Command, CommandInput } from '../src/command/command.js';
import { MODERATOR_PERMISSION } from '../src/command/command.js';
import type { FrontMatterOverrides } from '../src/corpus-admin/article-upload.js';
import { addedReply, corpusListReply, refusedReply, removedReply } from '../src/reply/admin.js';
import { DATE_LENGTH, errorReply, textOption } from '../src/reply/build.js';
import { reason } from '../src/reasons/reasons.js';

const MAX_TITLE = 200;
const MAX_SOURCE = 100;
const MAX_URL = 500;
/** Longest article file name or id typed for /corpus remove. */
const MAX_ARTICLE = 200;

export const data = new SlashCommandBuilder()
  .setName('corpus')
  .setNameLocalizations({ fr: 'corpus' })
  .setDescription('Moderators: add, remove or list the articles')
  .setDescriptionLocalizations({ fr: 'Modération : ajouter, retirer ou lister les articles' })
  .setDefaultMemberPermissions(MODERATOR_PERMISSION)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((s) =>
    s
      .setName('add')
      .setNameLocalizations({ fr: 'ajouter' })
      .setDescription('Add an article from a .md or .txt file (at most 1 MB)')
      .setDescriptionLocalizations({ fr: 'Ajouter un article depuis un fichier .md ou .txt (1 Mo au plus)' })
      .addAttachmentOption((o) =>
        o
          .setName('file')
          .setNameLocalizations({ fr: 'fichier' })
          .setDescription('The article: UTF-8 text, optional front matter (title, source, url, published)')
          .setDescriptionLocalizations({ fr: 'L’article : texte UTF-8, en-tête facultatif (title, source, url, published)' })
          .setRequired(true),
      )
      .addStringOption((o) =>
        o
          .setName('title')
          .setNameLocalizations({ fr: 'titre' })
          .setDescription('Title (replaces the file’s)')
          .setDescriptionLocalizations({ fr: 'Titre (remplace celui du fichier)' })
          .setMaxLength(MAX_TITLE),
      )
      .addStringOption((o) =>
        o
          .setName('source')
          .setDescription('Publisher, e.g. AFP')
          .setDescriptionLocalizations({ fr: 'Éditeur, par ex. AFP' })
          .setMaxLength(MAX_SOURCE),
      )
      .addStringOption((o) =>
        o
          .setName('url')
          .setDescription('Where the article can be read (http or https)')
          .setDescriptionLocalizations({ fr: 'Où lire l’article (http ou https)' })
          .setMaxLength(MAX_URL),
      )
      .addStringOption((o) =>
        o
          .setName('published')
          .setNameLocalizations({ fr: 'publié' })
          .setDescription('Publication date, YYYY-MM-DD')
          .setDescriptionLocalizations({ fr: 'Date de publication, AAAA-MM-JJ' })
          .setMinLength(DATE_LENGTH)
          .setMaxLength(DATE_LENGTH),
      ),
  )
  .addSubcommand((s) =>
    s
      .setName('remove')
      .setNameLocalizations({ fr: 'retirer' })
      .setDescription('Move an article to the trash (never deleted)')
      .setDescriptionLocalizations({ fr: 'Déplacer un article dans la corbeille (jamais supprimé)' })
      .addStringOption((o) =>
        o
          .setName('article')
          .setDescription('The article file')
          .setDescriptionLocalizations({ fr: 'Le fichier de l’article' })
          .setRequired(true)
          .setMaxLength(100)
          .setAutocomplete(true),
      ),
  )
  .addSubcommand((s) =>
    s
      .setName('list')
      .setNameLocalizations({ fr: 'lister' })
      .setDescription('The article files, with sizes and whether they are served')
      .setDescriptionLocalizations({ fr: 'Les fichiers d’articles, avec leur taille et leur état' }),
  );

/** The sub-command asked for (pagination buttons carry it as the `sub` option). */
function subcommandOf(input: CommandInput): string | undefined {
  return input.subcommand ?? (typeof input.options.sub === 'string' ? input.options.sub : undefined);
}

function overridesOf(input: CommandInput): FrontMatterOverrides {
  const overrides: FrontMatterOverrides = {};
  for (const [key, max] of [['title', MAX_TITLE], ['source', MAX_SOURCE], ['url', MAX_URL], ['published', DATE_LENGTH]] as const) {
    const { text } = textOption(input.options[key], max + 1);
    if (text) overrides[key] = text;
  }
  return overrides;
}

export const command: Command = {
  data,
  moderatorOnly: true,
  ephemeral: true,
  pageButtons: ['list'],
  async execute(ctx, input) {
    const { admin } = ctx;
    if (!admin) return errorReply(ctx, ctx.t('error.adminUnavailable'));
    switch (subcommandOf(input)) {
      case 'add': {
        const file = input.attachments?.file;
        if (!file) return refusedReply(ctx, 'add', reason('noAttachment'));
        const outcome = await admin.corpus.add(admin.session, file, overridesOf(input));
        return outcome.ok ? addedReply(ctx, outcome, outcome.reports) : refusedReply(ctx, 'add', outcome.why, outcome.result);
      }
      case 'remove': {
        const { text: article } = textOption(input.options.article, MAX_ARTICLE);
        if (!article) return errorReply(ctx, ctx.t('error.empty', { option: 'article' }));
        const outcome = await admin.corpus.remove(admin.session, article);
        return outcome.ok ? removedReply(ctx, outcome, outcome.reports) : refusedReply(ctx, 'remove', outcome.why, outcome.result);
      }
      case 'list':
        return corpusListReply(ctx, await admin.corpus.list(), input.page);
      default:
        return errorReply(ctx, ctx.t('error.unknownCommand', { name: `corpus ${subcommandOf(input) ?? ''}`.trim() }));
    }
  },
  async autocomplete(ctx, focused) {
    if (focused.name !== 'article' || !ctx.admin) return [];
    return ctx.admin.corpus.suggest(focused.value);
  },
  example: () => ({ subcommand: 'list' }),
};
