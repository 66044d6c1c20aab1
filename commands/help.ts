/**
 * /help (/aide) — the commands this bot serves, each with its description and one example, written with the
 * names of the asker's language (`/qui nom: …` in French); the moderator commands only for moderators.
 * Examples take a person's name from the corpus itself (the most mentioned), never from code.
 */
import { SlashCommandBuilder } from 'discord.js';
import type { Command, CommandContext } from '../src/command/command.js';
import { chatInputJson } from '../src/command/command.js';
import { errorReply } from '../src/reply/build.js';
import type { ReplyField, ReplyLocale } from '../src/reply/types.js';

export const data = new SlashCommandBuilder()
  .setName('help')
  .setNameLocalizations({ fr: 'aide' })
  .setDescription('The commands, with one example each')
  .setDescriptionLocalizations({ fr: 'Les commandes, avec un exemple pour chacune' });

/** A name as shown in `locale`: its localisation, else the name itself. */
function localized(name: string, localizations: Partial<Record<string, string | null>> | null | undefined, locale: ReplyLocale): string {
  return (locale === 'en' ? undefined : localizations?.[locale]) ?? name;
}

interface OptionJson {
  name: string;
  name_localizations?: Partial<Record<string, string | null>> | null;
  type: number;
  options?: OptionJson[];
}

/** `/demander question: Qui … ?` — the command's example with localised command, sub-command and option names. */
function exampleLine(command: Command, ctx: CommandContext): string {
  const json = chatInputJson(command)!;
  const example = command.example?.(ctx) ?? {};
  const words = [`/${localized(json.name, json.name_localizations, ctx.locale)}`];
  let options = (json.options ?? []) as OptionJson[];
  if (example.subcommand) {
    const sub = options.find((o) => o.name === example.subcommand);
    words.push(sub ? localized(sub.name, sub.name_localizations, ctx.locale) : example.subcommand);
    options = sub?.options ?? [];
  }
  for (const [name, value] of Object.entries(example.options ?? {})) {
    const option = options.find((o) => o.name === name);
    words.push(`${option ? localized(option.name, option.name_localizations, ctx.locale) : name}: ${value}`);
  }
  return words.join(' ');
}

/** One field of /help: the command's name and description, then its example. */
function helpField(command: Command, ctx: CommandContext): ReplyField {
  const { t, locale } = ctx;
  const json = command.data.toJSON();
  const name = localized(json.name, json.name_localizations, locale);
  const chat = chatInputJson(command);
  if (!chat) return { name, value: t('help.messageCommand', { name }) };
  const description = localized(chat.description, chat.description_localizations, locale);
  return {
    name: command.moderatorOnly ? `/${name} (${t('help.moderators')})` : `/${name}`,
    value: `${description}\n${t('help.example', { example: exampleLine(command, ctx) })}`,
  };
}

export const command: Command = {
  data,
  ephemeral: true,
  execute(ctx) {
    const { t, locale, registered } = ctx;
    if (!registered) return errorReply(ctx, t('error.generic'));
    const listed = registered.commands.filter((c) => registered.moderator || !c.moderatorOnly);
    return {
      locale,
      title: t('help.title'),
      description: t('help.description'),
      passages: [],
      fields: listed.map((c) => helpField(c, ctx)),
      footer: t('help.count', { n: listed.length }),
      abstained: false,
    };
  },
};
