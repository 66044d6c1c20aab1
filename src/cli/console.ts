/**
 * The local console: the bot's slash commands typed as text (`/ask question: Quand a eu lieu le sommet ?`,
 * `/timeline from: 2024-03-01`), answered with the same replies rendered for a terminal. For trying the bot
 * without a Discord account: `npm start` opens it when DISCORD_TOKEN is not set.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Command } from '../bot/command.js';
import type { OptionValues } from '../bot/command.js';
import { commandContext, runCommand } from '../bot/run-command.js';
import type { Engine } from '../qa/types.js';
import type { ReplyLocale } from '../reply/types.js';
import { renderTerminal } from './render-terminal.js';

/** What a typed line asks for. */
export type ConsoleRequest =
  | { kind: 'command'; command: Command; options: OptionValues; page?: number }
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

const STRING = 3;
const INTEGER = 4;
const NUMBER = 10;
const BOOLEAN = 5;

function optionSpecs(command: Command): OptionSpec[] {
  const json = command.data.toJSON();
  return (json.options ?? []).map((o) => ({
    name: o.name,
    aliases: Object.values(o.name_localizations ?? {}).filter((n): n is string => typeof n === 'string'),
    type: o.type,
    required: 'required' in o ? Boolean(o.required) : false,
  }));
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
  const [, name, rest] = head;
  const lower = name.toLowerCase();
  if (lower === 'help' || lower === 'aide') return { kind: 'help' };
  if (lower === 'quit' || lower === 'exit' || lower === 'quitter') return { kind: 'quit' };
  if (lower === 'lang' || lower === 'langue') {
    const locale = rest.trim().toLowerCase();
    if (locale === 'en' || locale === 'fr') return { kind: 'lang', locale };
    return { kind: 'error', message: 'Usage: /lang en or /lang fr' };
  }
  const command = findCommand(commands, name);
  if (!command) return { kind: 'error', message: `Unknown command /${name} — type /help to list them.` };

  const specs = optionSpecs(command);
  const names = new Map<string, string>();
  for (const s of specs) for (const n of [s.name, ...s.aliases]) names.set(n.toLowerCase(), s.name);
  names.set('page', 'page');
  const pattern = new RegExp(`(^|\\s)(${[...names.keys()].map(escapeRegExp).join('|')})\\s*:`, 'giu');

  const raw: Record<string, string> = {};
  const marks = [...rest.matchAll(pattern)];
  if (marks.length === 0) {
    const first = specs[0];
    if (rest.trim()) {
      if (!first || first.type !== STRING) return { kind: 'error', message: `/${command.data.name} takes options as name: value` };
      raw[first.name] = rest;
    }
  } else {
    const before = rest.slice(0, marks[0].index).trim();
    if (before) {
      const first = specs[0];
      if (!first || first.type !== STRING || marks.some((m) => names.get(m[2].toLowerCase()) === first.name)) {
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
    return { kind: 'error', message: `/${command.data.name} needs ${missing.map((m) => `${m}: …`).join(' ')}` };
  }
  return { kind: 'command', command, options, page };
}

/** The /help text: every command with its options. */
export function consoleHelp(commands: readonly Command[]): string {
  const lines = ['Commands (options as name: value; [optional]):'];
  for (const c of commands) {
    const json = c.data.toJSON();
    const opts = (json.options ?? []).map((o) => ('required' in o && o.required ? `${o.name}: …` : `[${o.name}: …]`)).join(' ');
    lines.push(`  /${json.name} ${opts}`.trimEnd() + `  — ${json.description}`);
  }
  lines.push('  /lang en|fr  — language of the labels', '  /quit  — leave', 'Example: /ask question: Quand a eu lieu le sommet ?');
  return lines.join('\n') + '\n';
}

/** Options of the console loop. */
export interface ConsoleOptions {
  engine: Engine;
  commands: readonly Command[];
  input: Readable;
  output: Writable;
  /** Label language at start; default 'en'. */
  locale?: ReplyLocale;
  /** Show the prompt (default: when the input is a TTY). */
  prompt?: boolean;
}

/** Answers one typed line; returns the text to print, or null to quit. */
export async function answerConsoleLine(line: string, state: { engine: Engine; commands: readonly Command[]; locale: ReplyLocale }): Promise<string | null> {
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
        const reply = await runCommand(request.command, commandContext(state.engine, state.locale), { options: request.options, page: request.page });
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
  const state = { engine: options.engine, commands: options.commands, locale: options.locale ?? 'en' };
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
