/** Every command (slash and context-menu), listed explicitly (a test checks that each file of commands/ is here, names unique). */
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
import { command as feedback } from './feedback.js';
import { command as help } from './help.js';
import { command as askMessage } from './ask-message.js';

/** The commands in the order they are registered and listed: the members' ones and /help, the moderators', then the message command. */
export const commands: readonly Command[] = [ask, who, when, where, quotes, timeline, sources, help, refresh, corpus, feedback, askMessage];

/** The commands by name. */
export const commandsByName: ReadonlyMap<string, Command> = new Map(commands.map((c) => [c.data.name, c]));
