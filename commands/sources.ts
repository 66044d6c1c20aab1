/** /sources — the articles of the corpus: title, source, publication date, passages. */
import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/command/command.js';
import { clampPage, paginate } from '../src/reply/build.js';
import type { ReplyField } from '../src/reply/types.js';

const PER_PAGE = 10;

export const data = new SlashCommandBuilder()
  .setName('sources')
  .setNameLocalizations({ fr: 'sources' })
  .setDescription('The articles the answers come from')
  .setDescriptionLocalizations({ fr: 'Les articles d’où viennent les réponses' });

export const command: Command = {
  pageButtons: true,
  data,
  execute(ctx, { page }) {
    const { engine, t, locale } = ctx;
    const articles = engine.articles();
    const title = t('sources.title');
    if (articles.length === 0) return { locale, title, answer: t('sources.none'), passages: [], fields: [], abstained: true };
    const stats = engine.stats();
    const pages = paginate(articles, () => 1, PER_PAGE, Infinity);
    const current = clampPage(page, pages.length);
    const fields: ReplyField[] = pages[current - 1].map((a) => ({
      name: a.title,
      value: [
        a.source,
        a.published
          ? t('published', { date: a.published + (a.publishedEstimated ? ` (${t('estimated')})` : '') })
          : a.publishedMonth ? t('published', { date: `${a.publishedMonth} (${t('estimated')})` }) : t('unknownDate'),
        t('sources.article', { paragraphs: a.paragraphs }),
        a.file,
      ]
        .filter(Boolean)
        .join(' · '),
      sources: a.url ? [{ articleId: a.id, title: a.title, source: a.source, published: a.published, paragraph: 1, url: a.url }] : undefined,
    }));
    const summary = t('sources.summary', { articles: stats.articles, passages: stats.passages });
    return {
      locale,
      title,
      description: summary,
      passages: [],
      fields,
      footer: pages.length > 1 ? t('page', { page: current, pages: pages.length }) : undefined,
      abstained: false,
      pagination: pages.length > 1 ? { command: 'sources', page: current, pages: pages.length, options: {} } : undefined,
    };
  },
};
