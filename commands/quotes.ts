/** /quotes speaker [about] — what a person said, directly and indirectly, with article and paragraph. */
import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/command/command.js';
import { clampPage, errorReply, paginate, sourceRef, textOption } from '../src/reply/build.js';
import { findPerson, MAX_PERSON, mostMentioned, peopleChoices } from '../src/reply/people.js';
import { cutAtWord } from '../src/reply/text.js';
import type { ReplyField } from '../src/reply/types.js';

const MAX_ABOUT = 30;
const PER_PAGE = 6;
/** Estimated characters of a quotation on a page: its text up to … */
const QUOTE_TEXT = 800;
/** … plus its speaker, citation and separators … */
const QUOTE_OVERHEAD = 150;
/** … within this budget per page (Discord counts 6,000 per message; room left for the title and footer). */
const PAGE_BUDGET = 4000;

export const data = new SlashCommandBuilder()
  .setName('quotes')
  .setNameLocalizations({ fr: 'citations' })
  .setDescription('What a person said, quoted or reported, with sources')
  .setDescriptionLocalizations({ fr: 'Ce qu’une personne a dit, cité ou rapporté, avec les sources' })
  .addStringOption((o) =>
    o
      .setName('speaker')
      .setNameLocalizations({ fr: 'orateur' })
      .setDescription('Who spoke')
      .setDescriptionLocalizations({ fr: 'Qui a parlé' })
      .setRequired(true)
      .setMaxLength(MAX_PERSON)
      .setAutocomplete(true),
  )
  .addStringOption((o) =>
    o
      .setName('about')
      .setNameLocalizations({ fr: 'sujet' })
      .setDescription('Only what was said about this, e.g. nucléaire')
      .setDescriptionLocalizations({ fr: 'Seulement les propos sur ce sujet, par ex. nucléaire' })
      .setMaxLength(MAX_ABOUT),
  );

export const command: Command = {
  pageButtons: true,
  data,
  validate(ctx, { options }) {
    if (!textOption(options.speaker, MAX_PERSON).text) return errorReply(ctx, ctx.t('error.empty', { option: 'speaker' }));
    return undefined;
  },
  execute(ctx, { options, page }) {
    const { engine, t, locale } = ctx;
    const { text: typed } = textOption(options.speaker, MAX_PERSON);
    const { text: about } = textOption(options.about, MAX_ABOUT);
    const speaker = findPerson(engine, typed)?.name ?? typed;
    const title = about ? t('quotes.titleAbout', { speaker, about }) : t('quotes.title', { speaker });
    const quotes = engine.quotes({ speaker, about: about || undefined });
    // What the feedback log keeps: the question /quotes stands for, and the first quote given.
    const question = about ? `Qu’a dit ${speaker} sur ${about} ?` : `Qu’a dit ${speaker} ?`;
    const evidence = [...new Set(quotes.slice(0, 5).map((q) => `${q.doc}#${q.paragraph}`))];
    const rated = { command: 'quotes', kind: 'quote', question, answer: quotes[0] ? cutAtWord(quotes[0].text, 300) : null, evidence };
    if (quotes.length === 0) {
      return {
        locale,
        title,
        answer: t('corpusDoesNotSay'),
        description: about ? t('quotes.noneAbout', { speaker, about }) : t('quotes.none', { speaker }),
        passages: [],
        fields: [],
        abstained: true,
        rated,
      };
    }
    const pages = paginate(quotes, (q) => Math.min(q.text.length, QUOTE_TEXT) + QUOTE_OVERHEAD, PER_PAGE, PAGE_BUDGET);
    const current = clampPage(page, pages.length);
    const fields: ReplyField[] = pages[current - 1].map((q) => ({
      name: `${q.speaker} (${t(q.direct ? 'quotes.direct' : 'quotes.indirect')})`,
      value: q.direct ? `« ${q.text} »` : q.text,
      sources: [sourceRef(engine, q.doc, q.paragraph)],
    }));
    const count = t('quotes.count', { n: quotes.length });
    return {
      locale,
      title,
      passages: [],
      fields,
      footer: pages.length > 1 ? `${count} · ${t('page', { page: current, pages: pages.length })}` : count,
      abstained: false,
      rated,
      pagination:
        pages.length > 1
          ? { command: 'quotes', page: current, pages: pages.length, options: (about ? { speaker, about } : { speaker }) as Record<string, string> }
          : undefined,
    };
  },
  autocomplete(ctx, focused) {
    return focused.name === 'speaker' ? peopleChoices(ctx.engine, focused.value) : [];
  },
  example: (ctx) => ({ options: { speaker: mostMentioned(ctx.engine) ?? ctx.t('help.example.person') } }),
};
