/**
 * The local console: the bot's slash commands typed as text (`/ask question: Quand a eu lieu le sommet ?`,
 * `/timeline from: 2024-03-01`), answered with the same replies rendered for a terminal. For trying the bot
 * without a Discord account: `npm start` opens it when DISCORD_TOKEN is not set. Its user counts as a
 * moderator: `/refresh`, `/corpus add file: PATH`, `/corpus remove article: FILE` and `/corpus list` work
 * here too, with a progress bar on stderr for rebuilds longer than a second.
 */
import { stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import type { AdminContext, Command } from '../command/command.js';
import type { OptionValues } from '../command/command.js';
import { commandContext, runCommand } from '../command/run-command.js';
import { readLocalAttachment } from '../corpus-admin/corpus-admin.js';
import type { CorpusAdmin } from '../corpus-admin/corpus-admin.js';
import type { AttachmentRef } from '../corpus-admin/types.js';
import type { Engine } from '../qa/types.js';
import type { ReplyLocale } from '../reply/types.js';
import { terminalProgress } from './progress-bar.js';
import { renderTerminal } from './render-terminal.js';

/** What a typed line asks for. */
export type ConsoleRequest =
  | { kind: 'command'; command: Command; options: OptionValues; page?: number; subcommand?: string }
  | { kind: 'help' }
  | { kind: 'quit' }
  | { kind: 'lang'; locale: ReplyLocale }
  | { kind: 'empty' }
  | { kind: 'error'; message: string };

interface OptionSpec {
  name: string;
  aliases: string[];
  type: number;
  required: boolean;
}

const SUB_COMMAND = 1;
const STRING = 3;
const INTEGER = 4;
const NUMBER = 10;
const BOOLEAN = 5;
const ATTACHMENT = 11;

/** An option as the JSON definition gives it (only what the console reads). */
interface OptionJson {
  name: string;
  name_localizations?: Record<string, string | null> | null;
  type: number;
  required?: boolean;
  options?: OptionJson[];
}

function aliasesOf(o: OptionJson): string[] {
  return Object.values(o.name_localizations ?? {}).filter((n): n is string => typeof n === 'string');
}

function specsOf(options: readonly OptionJson[]): OptionSpec[] {
  return options.map((o) => ({ name: o.name, aliases: aliasesOf(o), type: o.type, required: Boolean(o.required) }));
}

function topOptions(command: Command): OptionJson[] {
  return (command.data.toJSON().options ?? []) as OptionJson[];
}

/** The command's sub-commands (`/corpus add …`), empty when it has none. */
function subcommandsOf(command: Command): OptionJson[] {
  return topOptions(command).filter((o) => o.type === SUB_COMMAND);
}

function optionSpecs(command: Command, subcommand?: string): OptionSpec[] {
  if (subcommand) return specsOf(subcommandsOf(command).find((s) => s.name === subcommand)?.options ?? []);
  return specsOf(topOptions(command));
}

function findCommand(commands: readonly Command[], name: string): Command | undefined {
  const wanted = name.toLowerCase();
  return commands.find((c) => {
    const json = c.data.toJSON();
    return json.name === wanted || Object.values(json.name_localizations ?? {}).includes(wanted);
  });
}

function unquote(value: string): string {
  const v = value.trim();
  const m = /^(["'«“])([\s\S]*)(["'»”])$/u.exec(v);
  return m ? m[2].trim() : v;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
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
  const lower = name.toLowerCase();
  if (lower === 'help' || lower === 'aide') return { kind: 'help' };
  if (lower === 'quit' || lower === 'exit' || lower === 'quitter') return { kind: 'quit' };
  if (lower === 'lang' || lower === 'langue') {
    const locale = afterName.trim().toLowerCase();
    if (locale === 'en' || locale === 'fr') return { kind: 'lang', locale };
    return { kind: 'error', message: 'Usage: /lang en or /lang fr' };
  }
  const command = findCommand(commands, name);
  if (!command) return { kind: 'error', message: `Unknown command /${name} — type /help to list them.` };

  let rest = afterName;
  let subcommand: string | undefined;
  const subs = subcommandsOf(command);
  if (subs.length > 0) {
    const m = /^(\S+)\s*([\s\S]*)$/u.exec(rest.trim());
    const wanted = m?.[1]?.toLowerCase();
    const sub = subs.find((s) => s.name === wanted || aliasesOf(s).includes(wanted ?? ''));
    if (!sub) return { kind: 'error', message: `/${command.data.name} needs one of: ${subs.map((s) => s.name).join(', ')} (e.g. /${command.data.name} ${subs[0]!.name})` };
    subcommand = sub.name;
    rest = m?.[2] ?? '';
  }
  const usage = `/${[command.data.name, subcommand].filter(Boolean).join(' ')}`;

  const specs = optionSpecs(command, subcommand);
  const names = new Map<string, string>();
  for (const s of specs) for (const n of [s.name, ...s.aliases]) names.set(n.toLowerCase(), s.name);
  names.set('page', 'page');
  const pattern = new RegExp(`(^|\\s)(${[...names.keys()].map(escapeRegExp).join('|')})\\s*:`, 'giu');

  const raw: Record<string, string> = {};
  const marks = [...rest.matchAll(pattern)];
  if (marks.length === 0) {
    const first = specs[0];
    if (rest.trim()) {
      if (!first || (first.type !== STRING && first.type !== ATTACHMENT)) return { kind: 'error', message: `${usage} takes options as name: value` };
      raw[first.name] = rest;
    }
  } else {
    const before = rest.slice(0, marks[0].index).trim();
    if (before) {
      const first = specs[0];
      if (!first || (first.type !== STRING && first.type !== ATTACHMENT) || marks.some((m) => names.get(m[2].toLowerCase()) === first.name)) {
        return { kind: 'error', message: `Unexpected text '${before}' before the options` };
      }
      raw[first.name] = before;
    }
    marks.forEach((m, i) => {
      const start = (m.index ?? 0) + m[0].length;
      const end = i + 1 < marks.length ? marks[i + 1].index : rest.length;
      raw[names.get(m[2].toLowerCase()) ?? m[2]] = rest.slice(start, end);
    });
  }

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
    if (spec.type === INTEGER || spec.type === NUMBER) {
      const n = Number(v);
      if (!Number.isFinite(n) || (spec.type === INTEGER && !Number.isInteger(n))) return { kind: 'error', message: `${key}: '${v}' is not a number` };
      options[key] = n;
    } else if (spec.type === BOOLEAN) {
      options[key] = /^(true|yes|oui|1)$/iu.test(v);
    } else if (v !== '') {
      options[key] = v;
    }
  }
  const missing = specs.filter((s) => s.required && options[s.name] === undefined).map((s) => s.name);
  if (missing.length > 0) {
    return { kind: 'error', message: `${usage} needs ${missing.map((m) => `${m}: …`).join(' ')}` };
  }
  return subcommand ? { kind: 'command', command, options, page, subcommand } : { kind: 'command', command, options, page };
}

/** The /help text: every command (and sub-command) with its options. */
export function consoleHelp(commands: readonly Command[]): string {
  const lines = ['Commands (options as name: value; [optional]):'];
  const usage = (options: readonly OptionJson[]) =>
    options.map((o) => `${o.required ? '' : '['}${o.name}: ${o.type === ATTACHMENT ? 'PATH' : '…'}${o.required ? '' : ']'}`).join(' ');
  for (const c of commands) {
    const json = c.data.toJSON();
    const subs = subcommandsOf(c);
    if (subs.length === 0) lines.push(`  /${json.name} ${usage(topOptions(c))}`.trimEnd() + `  — ${json.description}`);
    for (const s of subs) {
      const description = (s as OptionJson & { description?: string }).description ?? '';
      lines.push(`  /${json.name} ${s.name} ${usage(s.options ?? [])}`.trimEnd() + `  — ${description}`);
    }
  }
  lines.push('  /lang en|fr  — language of the labels', '  /quit  — leave', 'Example: /ask question: Quand a eu lieu le sommet ?');
  return lines.join('\n') + '\n';
}

/** The moderator side of the console: the corpus operations and where the progress bar goes. */
export interface ConsoleAdmin {
  corpus: CorpusAdmin;
  /** Where rebuild progress is drawn (default process.stderr). */
  progress?: Writable & { isTTY?: boolean; columns?: number };
  /** Who the console user is, in the audit log (default the OS user). */
  tag?: string;
}

/** The state a console session keeps between lines. */
export interface ConsoleState {
  engine: Engine | (() => Engine);
  commands: readonly Command[];
  locale: ReplyLocale;
  admin?: ConsoleAdmin;
}

/** Options of the console loop. */
export interface ConsoleOptions {
  /** The engine, or where to take the current one for each line (an engine host that refreshes). */
  engine: Engine | (() => Engine);
  commands: readonly Command[];
  /** Moderator commands (the console user counts as a moderator); without it they say they are unavailable. */
  admin?: ConsoleAdmin;
  input: Readable;
  output: Writable;
  /** Label language at start; default 'en'. */
  locale?: ReplyLocale;
  /** Show the prompt (default: when the input is a TTY). */
  prompt?: boolean;
}

/** The console's moderator session: the console user, a local refresh with a progress bar, local files as attachments. */
function consoleAdminContext(admin: ConsoleAdmin, locale: ReplyLocale): AdminContext {
  const host = admin.corpus.host;
  let tag = admin.tag;
  if (!tag) {
    try {
      tag = `console:${userInfo().username}`;
    } catch {
      tag = 'console';
    }
  }
  return {
    corpus: admin.corpus,
    session: {
      actor: { id: 'console', tag, guildId: null },
      async refreshAll() {
        const bar = terminalProgress(admin.progress ?? process.stderr, locale);
        const stop = host.onProgress((p) => bar.update(p));
        try {
          return [await host.refresh()];
        } finally {
          stop();
          bar.done();
        }
      },
      readAttachment: readLocalAttachment,
    },
  };
}

/** Attachment options typed as local paths, as attachments (an error message when a path is not a file). */
async function pathAttachments(command: Command, subcommand: string | undefined, options: OptionValues): Promise<Record<string, AttachmentRef> | string> {
  const refs: Record<string, AttachmentRef> = {};
  for (const spec of optionSpecs(command, subcommand).filter((s) => s.type === ATTACHMENT)) {
    const value = options[spec.name];
    if (typeof value !== 'string') continue;
    const file = path.resolve(value);
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return `${spec.name}: ${value} is not a file`;
    refs[spec.name] = { name: path.basename(file), size: info.size, url: pathToFileURL(file).href };
  }
  return refs;
}

/** Answers one typed line; returns the text to print, or null to quit. */
export async function answerConsoleLine(line: string, state: ConsoleState): Promise<string | null> {
  const request = parseConsoleLine(line, state.commands);
  switch (request.kind) {
    case 'empty':
      return '';
    case 'quit':
      return null;
    case 'help':
      return consoleHelp(state.commands);
    case 'lang':
      state.locale = request.locale;
      return `Language: ${request.locale}\n`;
    case 'error':
      return `! ${request.message}\n`;
    case 'command': {
      try {
        const { command, subcommand } = request;
        let admin: AdminContext | undefined;
        if (command.moderatorOnly) {
          if (!state.admin) return '! Moderator commands are not available here.\n';
          admin = consoleAdminContext(state.admin, state.locale);
        }
        const attachments = await pathAttachments(command, subcommand, request.options);
        if (typeof attachments === 'string') return `! ${attachments}\n`;
        const engine = typeof state.engine === 'function' ? state.engine() : state.engine;
        const reply = await runCommand(command, commandContext(engine, state.locale, admin), { options: request.options, page: request.page, subcommand, attachments });
        return renderTerminal(reply);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return `! Sorry, /${request.command.data.name} failed: ${message}\n`;
      }
    }
  }
}

/** Runs the console until the input ends or /quit. */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { input, output } = options;
  const showPrompt = options.prompt ?? Boolean((input as { isTTY?: boolean }).isTTY);
  const state: ConsoleState = { engine: options.engine, commands: options.commands, locale: options.locale ?? 'en', admin: options.admin };
  const rl = createInterface({ input, output: showPrompt ? output : undefined, terminal: showPrompt });
  output.write('Local console (no DISCORD_TOKEN set). Type /help for the commands, e.g. /ask question: Quand a eu lieu le sommet ?\n');
  if (showPrompt) rl.setPrompt('> ');
  if (showPrompt) rl.prompt();
  for await (const line of rl) {
    const text = await answerConsoleLine(line, state);
    if (text === null) break;
    output.write(text);
    if (showPrompt) rl.prompt();
  }
  rl.close();
}
