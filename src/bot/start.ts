/**
 * `npm start`: loads the configuration, opens the engine on the corpus (before any login, so every interaction
 * can be answered), then with DISCORD_TOKEN logs in and serves; without it, opens the local console.
 * Also the script each shard runs under `npm run start:sharded`.
 */
import { commands, commandsByName } from '../../commands/index.js';
import { runConsole } from '../cli/console.js';
import { ConfigError, loadConfig } from '../config.js';
import { openEngine } from '../engine.js';
import { startBot } from './client.js';
import { consoleLogger as log } from './log.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const started = Date.now();
  log('info', 'opening the corpus', { corpusDir: config.corpusDir });
  const engine = await openEngine({
    corpusDir: config.corpusDir,
    onWarning: (w) => log('warn', 'article skipped', { file: w.file, reason: w.reason }),
  });
  const stats = engine.stats();
  log('info', 'corpus ready', { articles: stats.articles, passages: stats.passages, ms: Date.now() - started, fromSnapshot: stats.fromSnapshot });

  if (!config.discordToken) {
    await runConsole({ engine, commands, input: process.stdin, output: process.stdout });
    return;
  }
  const client = await startBot({ config, engine, commands: commandsByName, log });
  const stop = (signal: string) => {
    log('info', 'shutting down', { signal });
    void client.destroy().finally(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    log('error', 'could not start', { error });
  }
  process.exit(1);
});
