/** Starts the emulator, registers the commands through deploy-commands, and logs the real bot in against it. */
import type { Client } from 'discord.js';
import { commands, commandsByName } from '../../commands/index.js';
import { startBot } from '../../src/bot/client.js';
import { deployCommands } from '../../src/bot/register-commands.js';
import type { DispatchAdmin } from '../../src/bot/dispatch-context.js';
import type { FeedbackLog } from '../../src/feedback/feedback-log.js';
import type { Logger } from '../../src/log.js';
import type { Engine } from '../../src/qa/types.js';
import { DiscordEmulator } from './emulator.js';
import type { EmulatorOptions } from './emulator.js';

/** A running bot connected to a running emulator. */
export interface Harness {
  emulator: DiscordEmulator;
  client: Client;
  /** Every log line the bot wrote. */
  logs: { level: string; message: string; context?: Record<string, unknown> }[];
  stop(): Promise<void>;
}

/** Emulator up, commands deployed (guild), bot logged in and ready; with `admin`, the moderator commands work. */
export async function startHarness(
  engine: Engine | ((guildId: string | null) => Engine),
  options: { admin?: DispatchAdmin; feedback?: FeedbackLog; emulator?: EmulatorOptions; prepare?: (guildId: string | null) => Promise<void> } = {},
): Promise<Harness> {
  const emulator = await DiscordEmulator.start(options.emulator);
  const logs: Harness['logs'] = [];
  const log: Logger = (level, message, context) => logs.push({ level, message, context });
  const config = {
    discordToken: emulator.token,
    discordClientId: emulator.applicationId,
    discordGuildId: emulator.guildId,
    discordApiUrl: emulator.apiUrl,
  };
  await deployCommands(config, commands);
  const client = await startBot({ config, engine, prepare: options.prepare, commands: commandsByName, log, admin: options.admin, feedback: options.feedback });
  await emulator.waitForSessions(1);
  return {
    emulator,
    client,
    logs,
    async stop() {
      await client.destroy();
      await emulator.close();
    },
  };
}
