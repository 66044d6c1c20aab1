/** The console's /help: every command (and sub-command) with its options, from the commands' definitions. */
import { ApplicationCommandOptionType as OptionType } from 'discord.js';
import { chatInputJson } from '../command/command.js';
import type { Command } from '../command/command.js';
import { translator } from '../reply/labels.js';
import { consoleName, subcommandsOf, topOptions } from './console-parser.js';
import type { OptionJson } from './console-parser.js';

/** The /help text: every command (and sub-command) with its options. */
export function consoleHelp(commands: readonly Command[]): string {
  const lines = ['Commands (options as name: value; [optional]):'];
  const usage = (options: readonly OptionJson[]) =>
    options.map((o) => `${o.required ? '' : '['}${o.name}: ${o.type === OptionType.Attachment ? 'PATH' : '…'}${o.required ? '' : ']'}`).join(' ');
  for (const c of commands) {
    const name = consoleName(c);
    const description = chatInputJson(c)?.description ?? translator('en')('help.messageCommand', { name: c.data.name });
    const subs = subcommandsOf(c);
    if (subs.length === 0) lines.push(`  /${name} ${usage(topOptions(c))}`.trimEnd() + `  — ${description}`);
    for (const s of subs) {
      const about = (s as OptionJson & { description?: string }).description ?? '';
      lines.push(`  /${name} ${s.name} ${usage(s.options ?? [])}`.trimEnd() + `  — ${about}`);
    }
  }
  lines.push('  /lang en|fr  — language of the labels', '  /quit  — leave', 'Example: /ask question: Quand a eu lieu le sommet ?');
  return lines.join('\n') + '\n';
}
