/**
 * Registers command definitions with Discord's REST API — in one server when a guild id is given (they
 * appear at once), else globally. The `npm run deploy-commands` entry point (src/app/deploy-commands.ts)
 * passes the list of commands/index.ts.
 */
import { REST, Routes } from 'discord.js';
import type { RESTPutAPIApplicationCommandsResult } from 'discord.js';
import type { Command } from '../command/command.js';
import type { Config } from '../config.js';

/** The command definitions as registered (the same JSON for the guild and global routes). */
export function commandDefinitions(list: readonly Command[]) {
  return list.map((c) => c.data.toJSON());
}

/** Registers the commands; returns where and how many. */
export async function deployCommands(
  config: Pick<Config, 'discordToken' | 'discordClientId' | 'discordGuildId' | 'discordApiUrl'>,
  list: readonly Command[],
): Promise<{ scope: 'guild' | 'global'; count: number }> {
  if (!config.discordToken || !config.discordClientId) throw new Error('deployCommands: DISCORD_TOKEN and DISCORD_CLIENT_ID are required');
  const rest = new REST(config.discordApiUrl ? { api: config.discordApiUrl } : {}).setToken(config.discordToken);
  const route = config.discordGuildId
    ? Routes.applicationGuildCommands(config.discordClientId, config.discordGuildId)
    : Routes.applicationCommands(config.discordClientId);
  const result = (await rest.put(route, { body: commandDefinitions(list) })) as RESTPutAPIApplicationCommandsResult;
  return { scope: config.discordGuildId ? 'guild' : 'global', count: result.length };
}
