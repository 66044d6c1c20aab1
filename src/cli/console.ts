/**
 * The local console: the bot's slash commands typed as text (`/ask question: Quand a eu lieu le sommet ?`,
 * `/timeline from: 2024-03-01`), answered with the same replies rendered for a terminal. For trying the bot
 * without a Discord account: `npm start` opens it when DISCORD_TOKEN is not set. Its user counts as a
 * moderator: `/refresh`, `/corpus add file: PATH`, `/corpus remove article: FILE`, `/corpus list` and
 * `/feedback` work here too, with a progress bar on stderr for rebuilds longer than a second; files a reply
 * sends (the /feedback export) are written to a folder and their path printed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { AdminContext, Command, CommandContext } from '../command/command.js';
import { commandContext, runCommand } from '../command/run-command.js';
import type { FeedbackLog } from '../feedback/feedback-log.js';
import type { Engine } from '../qa/types.js';
import type { Reply, ReplyLocale } from '../reply/types.js';
import { consoleAdminContext, pathAttachments } from './console-admin.js';
import type { ConsoleAdmin } from './console-admin.js';
import { consoleHelp } from './console-help.js';
import { consoleName, parseConsoleLine } from './console-parser.js';
import { renderTerminal } from './render-terminal.js';
import { terminalSafe } from '../safe-text.js';

/** The state a console session keeps between lines. */
export interface ConsoleState {
  engine: Engine | (() => Engine);
  commands: readonly Command[];
  locale: ReplyLocale;
  admin?: ConsoleAdmin;
  /** The members' feedback, for /feedback (every server's). */
  feedback?: FeedbackLog;
  /** Where files sent with a reply are written (their path is printed); without it their text is printed. */
  attachmentDir?: string;
}

/** Options of the console loop. */
export interface ConsoleOptions {
  /** The engine, or where to take the current one for each line (an engine host that refreshes). */
  engine: Engine | (() => Engine);
  commands: readonly Command[];
  /** Moderator commands (the console user counts as a moderator); without it they say they are unavailable. */
  admin?: ConsoleAdmin;
  /** The members' feedback, for /feedback. */
  feedback?: FeedbackLog;
  /** Where files sent with a reply (the /feedback export) are written. */
  attachmentDir?: string;
  input: Readable;
  output: Writable;
  /** Label language at start; default 'en'. */
  locale?: ReplyLocale;
  /** Show the prompt (default: when the input is a TTY). */
  prompt?: boolean;
}

/** The context of one console command: the console user counts as a moderator when the console has the admin side. */
function consoleContext(state: ConsoleState, admin: AdminContext | undefined): CommandContext {
  const engine = typeof state.engine === 'function' ? state.engine() : state.engine;
  return commandContext(engine, state.locale, admin, {
    feedback: admin && state.feedback ? { log: state.feedback, guild: undefined } : undefined,
    registered: { commands: state.commands, moderator: Boolean(state.admin) },
  });
}

/** The /help command's reply (its examples, in the console's language) after the console's own help, when it is served. */
async function helpCommandText(state: ConsoleState): Promise<string> {
  const help = state.commands.find((c) => c.data.name === 'help');
  if (!help) return '';
  const reply = await runCommand(help, consoleContext(state, undefined), { options: {} });
  return `\n${renderTerminal(reply)}`;
}

/** Writes a reply's files into `dir` and says where; without a folder, prints their text. */
async function saveAttachments(reply: Reply, dir: string | undefined): Promise<string> {
  let out = '';
  for (const file of reply.attachments ?? []) {
    if (!dir) {
      out += `--- ${file.name} ---\n${file.content}${file.content.endsWith('\n') ? '' : '\n'}`;
      continue;
    }
    await mkdir(dir, { recursive: true });
    const target = path.join(dir, path.basename(file.name));
    await writeFile(target, file.content, 'utf8');
    out += `  saved: ${target}\n`;
  }
  return out;
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
      return consoleHelp(state.commands) + (await helpCommandText(state));
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
        const reply = await runCommand(command, consoleContext(state, admin), { options: request.options, page: request.page, subcommand, attachments });
        return renderTerminal(reply) + (await saveAttachments(reply, state.attachmentDir));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return `! Sorry, /${consoleName(request.command)} failed: ${message}\n`;
      }
    }
  }
}

/** Runs the console until the input ends or /quit. */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { input, output } = options;
  const showPrompt = options.prompt ?? Boolean((input as { isTTY?: boolean }).isTTY);
  const state: ConsoleState = { engine: options.engine, commands: options.commands, locale: options.locale ?? 'en', admin: options.admin, feedback: options.feedback, attachmentDir: options.attachmentDir };
  const rl = createInterface({ input, output: showPrompt ? output : undefined, terminal: showPrompt });
  output.write('Local console (no DISCORD_TOKEN set). Type /help for the commands, e.g. /ask question: Quand a eu lieu le sommet ?\n');
  if (showPrompt) rl.setPrompt('> ');
  if (showPrompt) rl.prompt();
  for await (const line of rl) {
    const text = await answerConsoleLine(line, state);
    if (text === null) break;
    output.write(terminalSafe(text));
    if (showPrompt) rl.prompt();
  }
  rl.close();
}
