/** Every slash command, listed explicitly (a test checks that each file of commands/ is here, names unique). */
import type { Command } from '../src/command/command.js';
import { command as ask } from './ask.js';
import { command as who } from './who.js';
import { command as when } from './when.js';
import { command as where } from './where.js';
import { command as quotes } from './quotes.js';
import { command as timeline } from './timeline.js';
import { command as sources } from './sources.js';
import { command as refresh } from './refresh.js';
import { command as corpus } from './corpus.js';

/** The commands in the order they are registered and listed (the moderators' last). */
export const commands: readonly Command[] = [ask, who, when, where, quotes, timeline, sources, refresh, corpus];

/** The commands by name. */
export const commandsByName: ReadonlyMap<string, Command> = new Map(commands.map((c) => [c.data.name, c]));
