/**
 * `npm start`: loads the configuration, opens the engine host on the corpus (before any login, so every
 * interaction can be answered), then with DISCORD_TOKEN logs in and serves; without it, opens the local
 * console. Also the script each shard runs under `npm run start:sharded`. Moderators refresh and edit the
 * corpus through the same host; their actions go to the audit log, and actions a crash interrupted (an intent
 * line without a result) are reported and settled here, before serving. Members' votes and the questions left
 * unanswered go to the feedback log (pruned of lines older than FEEDBACK_RETENTION_DAYS as it opens).
 */
import path from 'node:path';
import { commands, commandsByName } from '../../commands/index.js';
import { runConsole } from '../cli/console.js';
import { installLastNet } from './last-net.js';
import { ConfigError, loadConfig } from '../config.js';
import { AuditLog } from '../corpus-admin/audit-log.js';
import { CorpusAdmin } from '../corpus-admin/corpus-admin.js';
import { EngineHost } from '../corpus-admin/engine-host.js';
import { GuildCorpora } from '../corpus-admin/guild-corpora.js';
import { FeedbackLog } from '../feedback/feedback-log.js';
import { startBot } from '../bot/client.js';
import { consoleLogger as log } from '../log.js';
import { exitWithParent } from '../runtime.js';

async function main(): Promise<void> {
  // A shard whose manager is gone exits (it would otherwise go on reconnecting alone, an orphan).
  exitWithParent(() => log('warn', 'the shard manager is gone; this shard stops'));
  const config = loadConfig();
  log('info', 'opening the corpus', { corpusDir: config.corpusDir });
  const host = await EngineHost.open({ corpusDir: config.corpusDir, cacheDir: config.cacheDir });
  for (const w of host.opened.warnings) log('warn', 'article skipped', { file: w.file, reason: w.reason });
  const stats = host.engine.stats();
  if (host.opened.removedTemps.length) log('warn', 'removed snapshot files left by a killed process', { files: host.opened.removedTemps });
  const { fromSnapshot, snapshotMiss } = host.opened;
  log('info', 'corpus ready', { articles: stats.articles, passages: stats.passages, ms: Math.round(host.opened.ms), fromSnapshot, ...(snapshotMiss ? { rebuiltBecause: snapshotMiss } : {}) });
  const audit = new AuditLog(config.auditLog);
  const corpus = new CorpusAdmin({ host, trashDir: config.trashDir, audit, log });
  const engine = () => host.engine;
  const corpora = new GuildCorpora({
    base: corpus,
    dir: config.guildCorporaDir,
    cacheDir: config.cacheDir,
    baseGuildIds: config.baseGuildIds,
    maxLoaded: config.guildCorporaMax,
    idleMs: config.guildIdleMinutes * 60_000,
    audit,
    log,
  });
  await checkAudit(audit, corpora, config.auditLog);
  const feedback = await FeedbackLog.open({ file: config.feedbackLog, retentionDays: config.feedbackRetentionDays, salt: config.feedbackSalt });

  if (!config.discordToken) {
    const attachmentDir = path.join(path.dirname(config.feedbackLog), 'exports');
    await runConsole({ engine, commands, admin: { corpus }, feedback, attachmentDir, input: process.stdin, output: process.stdout });
    host.close();
    return;
  }
  installLastNet(log);
  const client = await startBot({
    config,
    engine: (guild) => corpora.engineFor(guild),
    prepare: (guild) => corpora.prepare(guild),
    commands: commandsByName,
    log,
    admin: { corpus, corpusFor: (guild) => corpora.adminFor(guild), moderatorRoleIds: config.moderatorRoleIds },
    feedback,
  });
  const stop = (signal: string) => {
    log('info', 'shutting down', { signal });
    host.close();
    void client.destroy().finally(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

/**
 * Warns when the audit log cannot be written, then reports and settles the actions a crash interrupted, each by
 * the corpus it was made on (the base, or a server's own).
 */
async function checkAudit(audit: AuditLog, corpora: GuildCorpora, file: string): Promise<void> {
  const problem = await audit.writable();
  if (problem) log('warn', 'the audit log cannot be written: /refresh and /corpus add|remove are refused until it can', { auditLog: file, error: problem.message });
  let settled;
  try {
    settled = await corpora.settleInterrupted();
  } catch (error) {
    log('warn', 'could not read the audit log to settle interrupted moderator actions', { auditLog: file, error });
    return;
  }
  for (const s of settled) {
    log('warn', 'a moderator action was interrupted before its result; settled at start', {
      op: s.result.op,
      guild: s.intent.guild,
      action: s.intent.action,
      file: s.intent.file,
      by: s.intent.user.tag,
      begun: s.intent.at,
      result: s.result.result,
      detail: s.result.detail,
      ...(s.writeError ? { notWritten: s.writeError.message } : {}),
    });
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    log('error', 'could not start', { error });
  }
  process.exit(1);
});
