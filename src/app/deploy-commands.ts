/**
 * `npm run deploy-commands`: registers every command of commands/index.ts with Discord — in DISCORD_GUILD_ID
 * only when set (appears at once), else globally. Uses DISCORD_API_URL when set.
 */
import { commands } from '../../commands/index.js';
import { deployCommands } from '../bot/register-commands.js';
import { ConfigError, loadConfig } from '../config.js';

try {
  const config = loadConfig({ token: true, clientId: true });
  const { scope, count } = await deployCommands(config, commands);
  process.stdout.write(
    scope === 'guild'
      ? `Registered ${count} commands in server ${config.discordGuildId}.\n`
      : `Registered ${count} commands globally (they may take up to an hour to appear).\n`,
  );
} catch (error) {
  process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `Could not register the commands: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
