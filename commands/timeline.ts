/** /timeline [person] [from] [to] — the dated events in order, each with its sources; paginated. */
import { SlashCommandBuilder } from 'discord.js';
import type { Command, CommandInput } from '../src/command/command.js';
import { clampPage, DATE_LENGTH, dateBounds, errorReply, isPartialDate, MAX_TYPED_DATE, paginate, sourceRefs, textOption } from '../src/reply/build.js';
import type { ReplyContext } from '../src/reply/build.js';
import { findPerson, MAX_PERSON, mostMentioned, peopleChoices } from '../src/reply/people.js';
import type { Reply, ReplyField } from '../src/reply/types.js';

const PER_PAGE = 6;
/** Sources cited per event. */
const SOURCES = 3;
/** Estimated characters of an event on a page (Discord counts 6,000 per message): its text up to … */
const EVENT_TEXT = 700;
/** … plus this much per citation … */
const CITATION = 90;
/** … plus the field's name and separators … */
const FIELD_OVERHEAD = 40;
/** … within this budget per page (room left for the title and footer). */
const PAGE_BUDGET = 4200;

export const data = new SlashCommandBuilder()
  .setName('timeline')
  .setNameLocalizations({ fr: 'chronologie' })
  .setDescription('The dated events in order, with sources')
  .setDescriptionLocalizations({ fr: 'Les événements datés dans l’ordre, avec les sources' })
  .addStringOption((o) =>
    o
      .setName('person')
      .setNameLocalizations({ fr: 'personne' })
      .setDescription('Only events involving this person')
      .setDescriptionLocalizations({ fr: 'Seulement les événements impliquant cette personne' })
      .setMaxLength(MAX_PERSON)
      .setAutocomplete(true),
  )
  .addStringOption((o) =>
    o
      .setName('from')
      .setNameLocalizations({ fr: 'depuis' })
      .setDescription('First date: YYYY, YYYY-MM or YYYY-MM-DD')
      .setDescriptionLocalizations({ fr: 'Première date : AAAA, AAAA-MM ou AAAA-MM-JJ' })
      .setMaxLength(DATE_LENGTH),
  )
  .addStringOption((o) =>
    o
      .setName('to')
      .setNameLocalizations({ fr: 'jusqua' })
      .setDescription('Last date: YYYY, YYYY-MM or YYYY-MM-DD')
      .setDescriptionLocalizations({ fr: 'Dernière date : AAAA, AAAA-MM ou AAAA-MM-JJ' })
      .setMaxLength(DATE_LENGTH),
  );

function dates(input: CommandInput): { from?: string; to?: string } {
  const from = textOption(input.options.from, MAX_TYPED_DATE).text || undefined;
  const to = textOption(input.options.to, MAX_TYPED_DATE).text || undefined;
  return { from, to };
}

/** Checks 'from' and 'to': each a YYYY, YYYY-MM or YYYY-MM-DD date, and from not after to. */
export function validateDates(ctx: ReplyContext, input: CommandInput): Reply | undefined {
  const { from, to } = dates(input);
  for (const value of [from, to]) {
    if (value !== undefined && !isPartialDate(value)) return errorReply(ctx, ctx.t('error.badDate', { value }));
  }
  if (from && to && dateBounds(from).start > dateBounds(to).end) return errorReply(ctx, ctx.t('error.dateOrder', { from, to }));
  return undefined;
}

export const command: Command = {
  pageButtons: true,
  data,
  validate: validateDates,
  execute(ctx, input) {
    const { engine, t, locale } = ctx;
    const { from, to } = dates(input);
    const { text: typed } = textOption(input.options.person, MAX_PERSON);
    const person = typed ? (findPerson(engine, typed)?.name ?? typed) : undefined;
    const title = person ? t('timeline.titlePerson', { person }) : t('timeline.title');
    const range = from || to ? t('timeline.range', { from: from ?? '…', to: to ?? '…' }) : undefined;
    const events = engine.timeline({ person, from, to });
    if (events.length === 0) {
      return { locale, title, answer: t('timeline.none'), description: range, passages: [], fields: [], abstained: true };
    }
    const pages = paginate(events, (e) => Math.min(e.text.length, EVENT_TEXT) + CITATION * Math.min(e.sources.length, SOURCES) + FIELD_OVERHEAD, PER_PAGE, PAGE_BUDGET);
    const current = clampPage(input.page, pages.length);
    const fields: ReplyField[] = pages[current - 1].map((event) => ({
      name: [event.date, event.time].filter(Boolean).join(' ') + (event.people.length ? ` · ${event.people.join(', ')}` : ''),
      value: event.text,
      sources: sourceRefs(engine, event.sources, SOURCES),
    }));
    const count = t('timeline.count', { n: events.length });
    const options: Record<string, string> = {};
    if (person) options.person = person;
    if (from) options.from = from;
    if (to) options.to = to;
    return {
      locale,
      title,
      description: range,
      passages: [],
      fields,
      footer: pages.length > 1 ? `${count} · ${t('page', { page: current, pages: pages.length })}` : count,
      abstained: false,
      pagination: pages.length > 1 ? { command: 'timeline', page: current, pages: pages.length, options } : undefined,
    };
  },
  autocomplete(ctx, focused) {
    return focused.name === 'person' ? peopleChoices(ctx.engine, focused.value) : [];
  },
  example: (ctx) => {
    const person = mostMentioned(ctx.engine);
    return person ? { options: { person } } : {};
  },
};
