/** /who name — who a person is (descriptions with sources), what they said, where they appear. */
import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/command/command.js';
import { errorReply, sourceRef, sourceRefs, textOption } from '../src/reply/build.js';
import { findPerson, MAX_PERSON, mostMentioned, peopleChoices } from '../src/reply/people.js';
import type { ReplyField } from '../src/reply/types.js';

const MAX_DESCRIPTIONS = 5;
const MAX_QUOTES = 3;
const MAX_ARTICLES = 10;
/** Sources cited for a person's descriptions. */
const DESCRIPTION_SOURCES = 6;

export const data = new SlashCommandBuilder()
  .setName('who')
  .setNameLocalizations({ fr: 'qui' })
  .setDescription('Who is this person? Descriptions, quotes and where they appear')
  .setDescriptionLocalizations({ fr: 'Qui est cette personne ? Descriptions, citations et où elle apparaît' })
  .addStringOption((o) =>
    o
      .setName('name')
      .setNameLocalizations({ fr: 'nom' })
      .setDescription('A person named in the articles')
      .setDescriptionLocalizations({ fr: 'Une personne nommée dans les articles' })
      .setRequired(true)
      .setMaxLength(MAX_PERSON)
      .setAutocomplete(true),
  );

export const command: Command = {
  data,
  validate(ctx, { options }) {
    if (!textOption(options.name, MAX_PERSON).text) return errorReply(ctx, ctx.t('error.empty', { option: 'name' }));
    return undefined;
  },
  execute(ctx, { options }) {
    const { engine, t, locale } = ctx;
    const { text: name } = textOption(options.name, MAX_PERSON);
    const person = findPerson(engine, name);
    // What the feedback log keeps: the question /who stands for, and what it answered.
    const question = `Qui est ${person?.name ?? name} ?`;
    if (!person) {
      return {
        locale, title: t('who.title', { name }), answer: t('corpusDoesNotSay'), description: t('who.unknown', { name }), passages: [], fields: [], abstained: true,
        rated: { command: 'who', kind: 'who', question, answer: null, evidence: [] },
      };
    }
    const fields: ReplyField[] = [];
    // One line per distinct description; every place it was read is cited.
    const distinct = new Map<string, { doc: string; paragraph: number }[]>();
    for (const d of person.descriptions) {
      const key = d.text.trim();
      if (!distinct.has(key) && distinct.size >= MAX_DESCRIPTIONS) continue;
      distinct.set(key, [...(distinct.get(key) ?? []), { doc: d.doc, paragraph: d.paragraph }]);
    }
    const descriptions = [...distinct.keys()];
    if (descriptions.length > 0) {
      fields.push({
        name: t('who.descriptions'),
        value: descriptions.map((d) => `• ${d}`).join('\n'),
        sources: sourceRefs(engine, [...distinct.values()].flat(), DESCRIPTION_SOURCES),
      });
    }
    for (const quote of engine.quotes({ speaker: person.name }).slice(0, MAX_QUOTES)) {
      fields.push({
        name: `${t('who.quotes')} (${t(quote.direct ? 'quotes.direct' : 'quotes.indirect')})`,
        value: quote.direct ? `« ${quote.text} »` : quote.text,
        sources: [sourceRef(engine, quote.doc, quote.paragraph)],
      });
    }
    if (person.docs.length > 0) {
      fields.push({
        name: t('who.appears'),
        value: person.docs.slice(0, MAX_ARTICLES).map((doc) => `• ${engine.article(doc)?.title ?? doc}`).join('\n'),
      });
    }
    const aliases = person.aliases.filter((a) => a !== person.name);
    const evidence = [...new Set([...distinct.values()].flat().map((s) => `${s.doc}#${s.paragraph}`))].slice(0, 5);
    return {
      locale,
      title: t('who.title', { name: person.name }),
      answer: descriptions.length ? descriptions.join(', ') : t('who.noDescription'),
      description: aliases.length ? aliases.join(', ') : undefined,
      passages: [],
      fields,
      footer: t('who.mentions', { n: person.mentions, docs: person.docs.length }),
      abstained: false,
      rated: { command: 'who', kind: 'who', question, answer: descriptions.length ? descriptions.join(', ') : null, evidence },
    };
  },
  example: (ctx) => ({ options: { name: mostMentioned(ctx.engine) ?? ctx.t('help.example.person') } }),
  autocomplete(ctx, focused) {
    return focused.name === 'name' ? peopleChoices(ctx.engine, focused.value) : [];
  },
};
