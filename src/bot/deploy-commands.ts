/**
 * `npm run deploy-commands`: registers every command of commands/index.ts with Discord — in DISCORD_GUILD_ID
 * only when set (appears at once), else globally. Uses DISCORD_API_URL when set.
 */
import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import type { RESTPutAPIApplicationCommandsResult } from 'discord.js';
import { commands } from '../../commands/index.js';
import type { Config } from '../config.js';
import { ConfigError, loadConfig } from '../config.js';
import type { Command } from './command.js';

/** The command definitions as registered (the same JSON for the guild and global routes). */
export function commandDefinitions(list: readonly Command[] = commands) {
  return list.map((c) => c.data.toJSON());
}

/** Registers the commands; returns where and how many. */
export async function deployCommands(
  config: Pick<Config, 'discordToken' | 'discordClientId' | 'discordGuildId' | 'discordApiUrl'>,
  list: readonly Command[] = commands,
): Promise<{ scope: 'guild' | 'global'; count: number }> {
  if (!config.discordToken || !config.discordClientId) throw new Error('deployCommands: DISCORD_TOKEN and DISCORD_CLIENT_ID are required');
  const rest = new REST(config.discordApiUrl ? { api: config.discordApiUrl } : {}).setToken(config.discordToken);
  const route = config.discordGuildId
    ? Routes.applicationGuildCommands(config.discordClientId, config.discordGuildId)
    : Routes.applicationCommands(config.discordClientId);
  const result = (await rest.put(route, { body: commandDefinitions(list) })) as RESTPutAPIApplicationCommandsResult;
  return { scope: config.discordGuildId ? 'guild' : 'global', count: result.length };
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  try {
    const config = loadConfig({ token: true, clientId: true });
    const { scope, count } = await deployCommands(config);
    process.stdout.write(
      scope === 'guild'
        ? `Registered ${count} commands in server ${config.discordGuildId}.\n`
        : `Registered ${count} commands globally (they may take up to an hour to appear).\n`,
    );
  } catch (error) {
    process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `Could not register the commands: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
