/**
 * The bot's configuration: read from the environment (and `.env` through dotenv) once, validated, frozen.
 * This is the only module that reads `process.env`; everything else receives a `Config`.
 */
import path from 'node:path';
import { config as loadDotenv } from 'dotenv';

/** Validated, frozen settings. */
export interface Config {
  /** Bot token; absent means "no Discord: open the local console". */
  readonly discordToken?: string;
  /** Application (client) id; required to deploy commands. */
  readonly discordClientId?: string;
  /** Register commands in this guild only (instant) instead of globally. */
  readonly discordGuildId?: string;
  /** Folder of articles; default `corpus`. */
  readonly corpusDir: string;
  /** REST base URL (e.g. `http://127.0.0.1:8787/api`) for a proxy or a local emulator; default Discord's. */
  readonly discordApiUrl?: string;
  /** Shards for `start:sharded`: a positive integer, or 'auto' (Discord's recommendation). */
  readonly shardCount: number | 'auto';
  /** Roles whose members may use the moderator commands besides members with Manage Server; default none. */
  readonly moderatorRoleIds: readonly string[];
  /** Where /corpus remove moves articles (never deleted); default `data/trash`. */
  readonly trashDir: string;
  /** The audit log of moderator actions (JSON lines); default `data/audit.jsonl`. */
  readonly auditLog: string;
  /** Where index snapshots are saved; default `.cache/index`. */
  readonly cacheDir: string;
  /** Members' feedback on answers (JSON lines, member ids only as salted hashes); default `data/feedback.jsonl`. */
  readonly feedbackLog: string;
  /** Feedback lines older than this many days are pruned (at start, then daily on write); default 90. */
  readonly feedbackRetentionDays: number;
  /**
   * The salt of the member hashes; when absent it is generated once and kept in `feedback-salt` beside the
   * feedback log.
   */
  readonly feedbackSalt?: string;
  /**
   * Servers whose moderators edit the base corpus itself (the corpus folder, every server's starting point);
   * in every other server, /corpus add and remove change only that server's own corpus. Default none.
   */
  readonly baseGuildIds: readonly string[];
  /** Where each server's own articles and removals are kept (a folder per server id); default `data/guilds`. */
  readonly guildCorporaDir: string;
  /** Servers' own corpora kept in memory at most (the least recently used is let go); default 50. */
  readonly guildCorporaMax: number;
  /** A server's own corpus unused this many minutes is let go from memory (read again on its next question); default 30. */
  readonly guildIdleMinutes: number;
}

/** Raised when the environment is invalid; `problems` lists every problem, one sentence each. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration (see .env.example):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** What a caller needs from the configuration; validation fails when a need is not met. */
export interface ConfigNeeds {
  /** Require DISCORD_TOKEN (serving, sharding, deploying). */
  token?: boolean;
  /** Require DISCORD_CLIENT_ID (deploying). */
  clientId?: boolean;
}

const SNOWFLAKE = /^\d{17,20}$/;

function clean(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** DISCORD_API_URL without its trailing slashes, when it is an http(s) URL. */
function readApiUrl(raw: string | undefined, problems: string[]): string | undefined {
  if (!raw) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    problems.push(`DISCORD_API_URL '${raw}' is not an http(s) URL (e.g. http://127.0.0.1:8787/api), or leave it empty for Discord's.`);
    return raw;
  }
  return raw.replace(/\/+$/, '');
}

/** SHARD_COUNT: a positive integer, or 'auto' (the default). */
function readShardCount(raw: string | undefined, problems: string[]): number | 'auto' {
  if (!raw || raw.toLowerCase() === 'auto') return 'auto';
  const n = Number(raw);
  if (Number.isInteger(n) && n >= 1) return n;
  problems.push(`SHARD_COUNT '${raw}' must be a positive integer or 'auto'.`);
  return 'auto';
}

/** MODERATOR_ROLE_IDS: role ids separated by commas, each once. */
function readRoleIds(raw: string | undefined, problems: string[]): string[] {
  const ids: string[] = [];
  for (const id of (raw ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    if (!SNOWFLAKE.test(id)) {
      problems.push(`MODERATOR_ROLE_IDS: '${id}' is not a role id (17 to 20 digits; Server Settings → Roles → right-click a role → Copy Role ID); separate several with commas.`);
    } else if (!ids.includes(id)) {
      ids.push(id);
    }
  }
  return ids;
}

/** A comma-separated list of ids (17 to 20 digits each). */
function readIds(name: string, raw: string | undefined, what: string, problems: string[]): string[] {
  const ids = (raw ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const id of ids) if (!SNOWFLAKE.test(id)) problems.push(`${name}: '${id}' is not a ${what} id (17 to 20 digits).`);
  return ids;
}

/** A whole number, 1 or more, with its default. */
function readWhole(name: string, raw: string | undefined, fallback: number, problems: string[]): number {
  if (!raw) return fallback;
  const n = Number(raw);
  if (Number.isInteger(n) && n >= 1) return n;
  problems.push(`${name} '${raw}' must be a whole number, 1 or more (default ${fallback}).`);
  return fallback;
}

/** FEEDBACK_RETENTION_DAYS: a whole number of days, 1 or more (default 90). */
function readRetentionDays(raw: string | undefined, problems: string[]): number {
  if (!raw) return 90;
  const n = Number(raw);
  if (Number.isInteger(n) && n >= 1) return n;
  problems.push(`FEEDBACK_RETENTION_DAYS '${raw}' must be a whole number of days, 1 or more (default 90).`);
  return 90;
}

/**
 * Validates an environment (any string map) into a frozen Config. Pure: does not read process.env.
 * Throws ConfigError listing every problem found.
 */
export function parseConfig(env: Record<string, string | undefined>, needs: ConfigNeeds = {}): Config {
  const problems: string[] = [];

  const discordToken = clean(env.DISCORD_TOKEN);
  if (needs.token && !discordToken) {
    problems.push('DISCORD_TOKEN is not set: copy the bot token from the Developer Portal (Bot → Reset Token) into .env.');
  } else if (discordToken && /\s/.test(discordToken)) {
    problems.push('DISCORD_TOKEN contains whitespace: paste the token alone, without quotes or spaces.');
  }

  const discordClientId = clean(env.DISCORD_CLIENT_ID);
  if (needs.clientId && !discordClientId) {
    problems.push('DISCORD_CLIENT_ID is not set: copy the Application ID from the Developer Portal (General Information) into .env.');
  } else if (discordClientId && !SNOWFLAKE.test(discordClientId)) {
    problems.push(`DISCORD_CLIENT_ID '${discordClientId}' is not an application id (17 to 20 digits).`);
  }

  const discordGuildId = clean(env.DISCORD_GUILD_ID);
  if (discordGuildId && !SNOWFLAKE.test(discordGuildId)) {
    problems.push(`DISCORD_GUILD_ID '${discordGuildId}' is not a server id (17 to 20 digits; right-click the server → Copy Server ID), or leave it empty to register globally.`);
  }

  const corpusDir = clean(env.CORPUS_DIR) ?? 'corpus';

  const discordApiUrl = readApiUrl(clean(env.DISCORD_API_URL), problems);

  const shardCount = readShardCount(clean(env.SHARD_COUNT), problems);

  const moderatorRoleIds = readRoleIds(clean(env.MODERATOR_ROLE_IDS), problems);

  const trashDir = clean(env.TRASH_DIR) ?? path.join('data', 'trash');
  if (path.resolve(trashDir) === path.resolve(corpusDir)) {
    problems.push(`TRASH_DIR '${trashDir}' is the corpus folder: removed articles would stay in the corpus; choose another folder (default data/trash).`);
  }
  const auditLog = clean(env.AUDIT_LOG) ?? path.join('data', 'audit.jsonl');
  if (path.resolve(path.dirname(auditLog)) === path.resolve(corpusDir)) {
    problems.push(`AUDIT_LOG '${auditLog}' is inside the corpus folder; choose a file elsewhere (default data/audit.jsonl).`);
  }
  const cacheDir = clean(env.CACHE_DIR) ?? path.join('.cache', 'index');

  const feedbackLog = clean(env.FEEDBACK_LOG) ?? path.join('data', 'feedback.jsonl');
  if (path.resolve(path.dirname(feedbackLog)) === path.resolve(corpusDir)) {
    problems.push(`FEEDBACK_LOG '${feedbackLog}' is inside the corpus folder; choose a file elsewhere (default data/feedback.jsonl).`);
  }
  const feedbackRetentionDays = readRetentionDays(clean(env.FEEDBACK_RETENTION_DAYS), problems);
  const feedbackSalt = clean(env.FEEDBACK_SALT);
  if (feedbackSalt && feedbackSalt.length < 16) {
    problems.push('FEEDBACK_SALT is shorter than 16 characters: use a long random string (e.g. `openssl rand -hex 32`), or leave it empty to have one generated in the data folder.');
  }

  const baseGuildIds = readIds('BASE_GUILD_IDS', clean(env.BASE_GUILD_IDS), 'server', problems);
  const guildCorporaDir = clean(env.GUILD_CORPORA_DIR) ?? path.join('data', 'guilds');
  if (path.resolve(guildCorporaDir).startsWith(path.resolve(corpusDir) + path.sep) || path.resolve(guildCorporaDir) === path.resolve(corpusDir)) {
    problems.push(`GUILD_CORPORA_DIR '${guildCorporaDir}' is inside the corpus folder; choose a folder elsewhere (default data/guilds).`);
  }
  const guildCorporaMax = readWhole('GUILD_CORPORA_MAX', clean(env.GUILD_CORPORA_MAX), 50, problems);
  const guildIdleMinutes = readWhole('GUILD_IDLE_MINUTES', clean(env.GUILD_IDLE_MINUTES), 30, problems);

  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    discordToken,
    discordClientId,
    discordGuildId,
    corpusDir,
    discordApiUrl,
    shardCount,
    moderatorRoleIds: Object.freeze(moderatorRoleIds),
    trashDir,
    auditLog,
    cacheDir,
    feedbackLog,
    feedbackRetentionDays,
    ...(feedbackSalt ? { feedbackSalt } : {}),
    baseGuildIds: Object.freeze(baseGuildIds),
    guildCorporaDir,
    guildCorporaMax,
    guildIdleMinutes,
  });
}

/** Loads `.env` (without overriding variables already set), then validates `process.env` once. */
export function loadConfig(needs: ConfigNeeds = {}): Config {
  loadDotenv({ quiet: true });
  return parseConfig(process.env, needs);
}
