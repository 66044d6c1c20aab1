/**
 * `npm run start:sharded`: runs the start script (src/app/start) in one process per shard through discord.js's ShardingManager
 * (SHARD_COUNT shards, or Discord's recommendation with 'auto'). Each shard opens its own engine.
 */
import { REST, Routes, ShardingManager } from 'discord.js';
import type { RESTGetAPIGatewayBotResult } from 'discord.js';
import { ConfigError, loadConfig } from '../config.js';
import { consoleLogger as log } from '../log.js';
import { execArgvFor, siblingModule } from '../runtime.js';

/**
 * Discord's recommended shard count, asked through DISCORD_API_URL when set (discord.js's own 'auto' always
 * asks discord.com, which would bypass a proxy or an emulator).
 */
async function recommendedShards(token: string, api: string | undefined): Promise<number> {
  const rest = new REST(api ? { api } : {}).setToken(token);
  const info = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return Math.max(1, info.shards);
}

async function main(): Promise<void> {
  const config = loadConfig({ token: true });
  const token = config.discordToken as string;
  const totalShards = config.shardCount === 'auto' ? await recommendedShards(token, config.discordApiUrl) : config.shardCount;
  const script = siblingModule(import.meta.url, 'start');
  const manager = new ShardingManager(script, {
    token,
    totalShards,
    // Compiled, plain node; from TypeScript (npm run dev:sharded), through tsx.
    execArgv: execArgvFor(script),
    respawn: true,
  });
  manager.on('shardCreate', (shard) => {
    log('info', 'shard launched', { shard: shard.id });
    shard.on('death', () => log('warn', 'shard process exited', { shard: shard.id }));
  });
  // A generous timeout: each shard opens the corpus before it logs in.
  await manager.spawn({ timeout: 120_000 });
  log('info', 'all shards spawned', { shards: manager.shards.size });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else log('error', 'sharding failed', { error });
  process.exit(1);
});
