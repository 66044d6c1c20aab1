import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.js';

function problems(env: Record<string, string>, needs = {}): string[] {
  try {
    parseConfig(env, needs);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
}

describe('config', () => {
  it('has defaults and is frozen', () => {
    const config = parseConfig({});
    expect(config).toEqual({
      discordToken: undefined,
      discordClientId: undefined,
      discordGuildId: undefined,
      corpusDir: 'corpus',
      discordApiUrl: undefined,
      shardCount: 'auto',
      moderatorRoleIds: [],
      trashDir: 'data/trash',
      auditLog: 'data/audit.jsonl',
      cacheDir: '.cache/index',
      feedbackLog: 'data/feedback.jsonl',
      feedbackRetentionDays: 90,
      baseGuildIds: [],
      guildCorporaDir: 'data/guilds',
      guildCorporaMax: 50,
      guildIdleMinutes: 30,
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.moderatorRoleIds)).toBe(true);
  });

  it('reads the servers that edit the base and the limits of the servers’ own corpora, and says what is wrong', () => {
    const config = parseConfig({ BASE_GUILD_IDS: '223456789012345678, 323456789012345678', GUILD_CORPORA_DIR: 'var/guilds', GUILD_CORPORA_MAX: '5', GUILD_IDLE_MINUTES: '2' });
    expect(config).toMatchObject({ baseGuildIds: ['223456789012345678', '323456789012345678'], guildCorporaDir: 'var/guilds', guildCorporaMax: 5, guildIdleMinutes: 2 });
    expect(() => parseConfig({ BASE_GUILD_IDS: 'general', GUILD_CORPORA_MAX: '0', GUILD_CORPORA_DIR: 'corpus/guilds' })).toThrow(
      /BASE_GUILD_IDS: 'general' is not a server id[\s\S]*GUILD_CORPORA_DIR 'corpus\/guilds' is inside the corpus folder[\s\S]*GUILD_CORPORA_MAX '0' must be a whole number/,
    );
  });

  it('reads every variable, trimming blanks and a trailing slash', () => {
    const config = parseConfig({
      DISCORD_TOKEN: ' abc.def.ghi ',
      DISCORD_CLIENT_ID: '123456789012345678',
      DISCORD_GUILD_ID: '223456789012345678',
      CORPUS_DIR: 'data/articles',
      DISCORD_API_URL: 'http://127.0.0.1:8787/api/',
      SHARD_COUNT: '4',
    });
    expect(config).toMatchObject({ discordToken: 'abc.def.ghi', discordApiUrl: 'http://127.0.0.1:8787/api', shardCount: 4, corpusDir: 'data/articles' });
    expect(parseConfig({ DISCORD_TOKEN: '', DISCORD_GUILD_ID: '  ' }).discordToken).toBeUndefined();
  });

  it('says clearly what is wrong and what to do, all problems at once', () => {
    const found = problems({ DISCORD_CLIENT_ID: 'my-bot', DISCORD_GUILD_ID: '12', DISCORD_API_URL: 'ftp://x', SHARD_COUNT: '0' }, { token: true });
    expect(found).toHaveLength(5);
    expect(found[0]).toMatch(/DISCORD_TOKEN is not set.*Developer Portal/);
    expect(found[1]).toMatch(/DISCORD_CLIENT_ID 'my-bot' is not an application id/);
    expect(found[2]).toMatch(/DISCORD_GUILD_ID '12'.*leave it empty/);
    expect(found[3]).toMatch(/DISCORD_API_URL 'ftp:\/\/x' is not an http\(s\) URL/);
    expect(found[4]).toMatch(/SHARD_COUNT '0' must be a positive integer or 'auto'/);
    expect(problems({ DISCORD_TOKEN: 'x' }, { clientId: true })[0]).toMatch(/DISCORD_CLIENT_ID is not set/);
    expect(problems({ DISCORD_TOKEN: 'a b' })[0]).toMatch(/whitespace/);
  });

  it('reads the moderators\' settings: role ids, trash folder, audit log', () => {
    const config = parseConfig({ MODERATOR_ROLE_IDS: ' 323456789012345678, 423456789012345678 ,323456789012345678', TRASH_DIR: 'var/trash', AUDIT_LOG: 'var/audit.jsonl', CACHE_DIR: 'var/cache' });
    expect(config).toMatchObject({ moderatorRoleIds: ['323456789012345678', '423456789012345678'], trashDir: 'var/trash', auditLog: 'var/audit.jsonl', cacheDir: 'var/cache' });
    const found = problems({ MODERATOR_ROLE_IDS: '323456789012345678,mods', CORPUS_DIR: 'articles', TRASH_DIR: './articles', AUDIT_LOG: 'articles/audit.jsonl' });
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/MODERATOR_ROLE_IDS: 'mods' is not a role id/);
    expect(found[1]).toMatch(/TRASH_DIR '\.\/articles' is the corpus folder/);
    expect(found[2]).toMatch(/AUDIT_LOG 'articles\/audit\.jsonl' is inside the corpus folder/);
  });

  it('reads the feedback settings: log, retention days, salt', () => {
    const config = parseConfig({ FEEDBACK_LOG: 'var/votes.jsonl', FEEDBACK_RETENTION_DAYS: '30', FEEDBACK_SALT: 'a-long-enough-salt-value' });
    expect(config).toMatchObject({ feedbackLog: 'var/votes.jsonl', feedbackRetentionDays: 30, feedbackSalt: 'a-long-enough-salt-value' });
    const found = problems({ CORPUS_DIR: 'articles', FEEDBACK_LOG: 'articles/feedback.jsonl', FEEDBACK_RETENTION_DAYS: '0', FEEDBACK_SALT: 'short' });
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/FEEDBACK_LOG 'articles\/feedback\.jsonl' is inside the corpus folder/);
    expect(found[1]).toMatch(/FEEDBACK_RETENTION_DAYS '0' must be a whole number of days/);
    expect(found[2]).toMatch(/FEEDBACK_SALT is shorter than 16 characters/);
  });

  it('is the only reader of process.env', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.ts') && /process\.env/.test(readFileSync(path, 'utf8'))) offenders.push(path);
      }
    };
    for (const dir of ['src/bot', 'src/reply', 'commands']) walk(dir);
    for (const file of ['src/cli/console.ts', 'src/cli/render-terminal.ts']) if (/process\.env/.test(readFileSync(file, 'utf8'))) offenders.push(file);
    expect(offenders).toEqual([]);
  });
});
