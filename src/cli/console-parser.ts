/**
 * Reads one line typed in the console as a slash command: `/ask question: …`, `/corpus add file: PATH`,
 * `/help`, `/lang fr`, `/quit`. Option names and types come from the commands' own definitions (the JSON
 * registered with Discord), so the console takes exactly what Discord takes. A message context-menu command
 * is typed by its console name with the message's text: `/ask-message text: …`.
 */
import { ApplicationCommandOptionType as OptionType } from 'discord.js';
import { chatInputJson, isMessageCommand, MESSAGE_TEXT_OPTION } from '../command/command.js';
import type { Command, OptionValues } from '../command/command.js';
import type { ReplyLocale } from '../reply/types.js';
import { escapeRegExp } from '../regexp.js';

/** What a typed line asks for. */
export type ConsoleRequest =
  | { kind: 'command'; command: Command; options: OptionValues; page?: number; subcommand?: string }
  | { kind: 'help' }
  | { kind: 'quit' }
  | { kind: 'lang'; locale: ReplyLocale }
  | { kind: 'empty' }
  | { kind: 'error'; message: string };

/** An option a command takes, with its French (or other) names. */
export interface OptionSpec {
  name: string;
  aliases: string[];
  type: OptionType;
  required: boolean;
}

/** An option as the JSON definition gives it (only what the console reads). */
export interface OptionJson {
  name: string;
  name_localizations?: Record<string, string | null> | null;
  type: OptionType;
  required?: boolean;
  options?: OptionJson[];
}

/** The option's localised names. */
export function aliasesOf(o: OptionJson): string[] {
  return Object.values(o.name_localizations ?? {}).filter((n): n is string => typeof n === 'string');
}

function specsOf(options: readonly OptionJson[]): OptionSpec[] {
  return options.map((o) => ({ name: o.name, aliases: aliasesOf(o), type: o.type, required: Boolean(o.required) }));
}

/** A message command's one input in the console: the message's text. */
const MESSAGE_TEXT: OptionJson = { name: MESSAGE_TEXT_OPTION, name_localizations: { fr: 'texte' }, type: OptionType.String, required: true };

/** The command's top-level options as JSON (a message command takes the message's text). */
export function topOptions(command: Command): OptionJson[] {
  if (isMessageCommand(command)) return [MESSAGE_TEXT];
  return (chatInputJson(command)?.options ?? []) as OptionJson[];
}

/** The name a command is typed by in the console (a context-menu command's Discord name has spaces). */
export function consoleName(command: Command): string {
  return command.consoleName ?? command.data.name;
}

/** The command's sub-commands (`/corpus add …`), empty when it has none. */
export function subcommandsOf(command: Command): OptionJson[] {
  return topOptions(command).filter((o) => o.type === OptionType.Subcommand);
}

/** The options of the command, or of one of its sub-commands. */
export function optionSpecs(command: Command, subcommand?: string): OptionSpec[] {
  if (subcommand) return specsOf(subcommandsOf(command).find((s) => s.name === subcommand)?.options ?? []);
  return specsOf(topOptions(command));
}

function findCommand(commands: readonly Command[], name: string): Command | undefined {
  const wanted = name.toLowerCase();
  return commands.find((c) => {
    if (c.consoleName) return c.consoleName === wanted;
    const json = c.data.toJSON();
    return json.name === wanted || Object.values(json.name_localizations ?? {}).includes(wanted);
  });
}

function unquote(value: string): string {
  const v = value.trim();
  const m = /^(["'«“])([\s\S]*)(["'»”])$/u.exec(v);
  return m ? m[2].trim() : v;
}



type ParseError = { kind: 'error'; message: string };

/** The console's own commands (/help, /quit, /lang), or undefined for a slash command. */
function consoleCommand(name: string, afterName: string): ConsoleRequest | undefined {
  const lower = name.toLowerCase();
  if (lower === 'help' || lower === 'aide') return { kind: 'help' };
  if (lower === 'quit' || lower === 'exit' || lower === 'quitter') return { kind: 'quit' };
  if (lower === 'lang' || lower === 'langue') {
    const locale = afterName.trim().toLowerCase();
    if (locale === 'en' || locale === 'fr') return { kind: 'lang', locale };
    return { kind: 'error', message: 'Usage: /lang en or /lang fr' };
  }
  return undefined;
}

/** The sub-command named first in `rest` (`/corpus add …`) and the text after it; none for a command without. */
function pickSubcommand(command: Command, rest: string): { subcommand?: string; rest: string } | ParseError {
  const subs = subcommandsOf(command);
  if (subs.length === 0) return { rest };
  const m = /^(\S+)\s*([\s\S]*)$/u.exec(rest.trim());
  const wanted = m?.[1]?.toLowerCase();
  const sub = subs.find((s) => s.name === wanted || aliasesOf(s).includes(wanted ?? ''));
  if (!sub) return { kind: 'error', message: `/${consoleName(command)} needs one of: ${subs.map((s) => s.name).join(', ')} (e.g. /${consoleName(command)} ${subs[0]!.name})` };
  return { subcommand: sub.name, rest: m?.[2] ?? '' };
}

function takesBareText(spec: OptionSpec | undefined): spec is OptionSpec {
  return spec !== undefined && (spec.type === OptionType.String || spec.type === OptionType.Attachment);
}

/** The text of each option, by option name: `name: value` pairs, and a bare first text option. */
function splitOptions(rest: string, specs: OptionSpec[], usage: string): Record<string, string> | ParseError {
  const names = new Map<string, string>();
  for (const s of specs) for (const n of [s.name, ...s.aliases]) names.set(n.toLowerCase(), s.name);
  names.set('page', 'page');
  const pattern = new RegExp(`(^|\\s)(${[...names.keys()].map(escapeRegExp).join('|')})\\s*:`, 'giu');
  const raw: Record<string, string> = {};
  const marks = [...rest.matchAll(pattern)];
  const first = specs[0];
  if (marks.length === 0) {
    if (rest.trim()) {
      if (!takesBareText(first)) return { kind: 'error', message: `${usage} takes options as name: value` };
      raw[first.name] = rest;
    }
    return raw;
  }
  const before = rest.slice(0, marks[0].index).trim();
  if (before) {
    if (!takesBareText(first) || marks.some((m) => names.get(m[2].toLowerCase()) === first.name)) {
      return { kind: 'error', message: `Unexpected text '${before}' before the options` };
    }
    raw[first.name] = before;
  }
  marks.forEach((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = i + 1 < marks.length ? marks[i + 1].index : rest.length;
    raw[names.get(m[2].toLowerCase()) ?? m[2]] = rest.slice(start, end);
  });
  return raw;
}

/** Option texts read as their types (numbers, booleans, text), and the page asked. */
function typedOptions(raw: Record<string, string>, specs: OptionSpec[]): { options: OptionValues; page?: number } | ParseError {
  const options: Record<string, string | number | boolean> = {};
  let page: number | undefined;
  for (const [key, value] of Object.entries(raw)) {
    const v = unquote(value);
    if (key === 'page') {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) return { kind: 'error', message: `page: '${v}' is not a page number` };
      page = n;
      continue;
    }
    const spec = specs.find((s) => s.name === key);
    if (!spec) continue;
    if (spec.type === OptionType.Integer || spec.type === OptionType.Number) {
      const n = Number(v);
      if (!Number.isFinite(n) || (spec.type === OptionType.Integer && !Number.isInteger(n))) return { kind: 'error', message: `${key}: '${v}' is not a number` };
      options[key] = n;
    } else if (spec.type === OptionType.Boolean) {
      options[key] = /^(true|yes|oui|1)$/iu.test(v);
    } else if (v !== '') {
      options[key] = v;
    }
  }
  return { options, page };
}

function isError<T extends object>(value: T | ParseError): value is ParseError {
  return (value as ParseError).kind === 'error';
}

/**
 * Parses one typed line. Options are written `name: value` with the command's option names (English or
 * French); other `word:` text stays in the value (so `Dupont:` in a question is harmless). A command whose first
 * option is a required text may take it bare: `/ask Quand a eu lieu le sommet ?`. `page: N` picks a page.
 */
export function parseConsoleLine(line: string, commands: readonly Command[]): ConsoleRequest {
  const text = line.trim();
  if (!text) return { kind: 'empty' };
  if (!text.startsWith('/')) return { kind: 'error', message: 'Commands start with / — type /help to list them.' };
  const head = /^\/(\S+)\s*([\s\S]*)$/u.exec(text);
  if (!head) return { kind: 'error', message: 'Type a command after /, e.g. /ask question: Quand a eu lieu le sommet ?' };
  const [, name, afterName] = head;
  const own = consoleCommand(name, afterName);
  if (own) return own;
  const command = findCommand(commands, name);
  if (!command) return { kind: 'error', message: `Unknown command /${name} — type /help to list them.` };
  const picked = pickSubcommand(command, afterName);
  if (isError(picked)) return picked;
  const { subcommand } = picked;
  const usage = `/${[consoleName(command), subcommand].filter(Boolean).join(' ')}`;
  const specs = optionSpecs(command, subcommand);
  const raw = splitOptions(picked.rest, specs, usage);
  if (isError(raw)) return raw;
  const typed = typedOptions(raw, specs);
  if (isError(typed)) return typed;
  const { options, page } = typed;
  const missing = specs.filter((s) => s.required && options[s.name] === undefined).map((s) => s.name);
  if (missing.length > 0) {
    return { kind: 'error', message: `${usage} needs ${missing.map((m) => `${m}: …`).join(' ')}` };
  }
  return subcommand ? { kind: 'command', command, options, page, subcommand } : { kind: 'command', command, options, page };
}
