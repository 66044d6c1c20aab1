/**
 * `npm run start:sharded`: runs src/bot/start.ts in one process per shard through discord.js's ShardingManager
 * (SHARD_COUNT shards, or Discord's recommendation with 'auto'). Each shard opens its own engine.
 */
import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import { ConfigError, loadConfig } from '../config.js';
import { consoleLogger as log } from './log.js';

async function main(): Promise<void> {
  const config = loadConfig({ token: true });
  const manager = new ShardingManager(fileURLToPath(new URL('./start.ts', import.meta.url)), {
    token: config.discordToken,
    totalShards: config.shardCount,
    // The shard script is TypeScript: run it through tsx, as `npm start` does.
    execArgv: ['--import', 'tsx'],
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
