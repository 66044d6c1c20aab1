/**
 * `npm run dev:sharded` (the TypeScript sources through tsx; the compiled `start:sharded` runs the same code) against the emulator: SHARD_COUNT=auto follows /gateway/bot through DISCORD_API_URL,
 * each shard serves its guilds, and a moderator's /refresh reaches every shard and reports each.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inventedArticle, tmpCorpus } from '../corpus-admin/tmp-corpus.js';
import { DiscordEmulator } from './emulator.js';

const t = tmpCorpus('e2e-sharded');

let emulator: DiscordEmulator | undefined;
let child: ChildProcess | undefined;
let output = '';

afterAll(async () => {
  if (child?.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM'); // the process group this test started: the manager and its shards
    } catch {
      // already gone
    }
  }
  await emulator?.close();
  t.remove();
});

describe('start:sharded', () => {
  it('spawns the recommended number of shards, each identifying with its shard id, and answers', async () => {
    emulator = await DiscordEmulator.start({ recommendedShards: 2 });
    child = spawn('npm', ['run', '--silent', 'dev:sharded'], {
      cwd: process.cwd(),
      detached: true,
      env: {
        ...process.env,
        DISCORD_TOKEN: emulator.token,
        DISCORD_API_URL: emulator.apiUrl,
        SHARD_COUNT: 'auto',
        CORPUS_DIR: t.corpusDir,
        CACHE_DIR: t.cacheDir,
        TRASH_DIR: t.trashDir,
        AUDIT_LOG: t.auditLog,
        FEEDBACK_LOG: join(t.root, 'data', 'feedback.jsonl'),
        MODERATOR_ROLE_IDS: '',
        DISCORD_GUILD_ID: '',
        DISCORD_CLIENT_ID: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    await emulator.waitForSessions(2, 60_000).catch((e: Error) => {
      throw new Error(`${e.message}\n${output}`);
    });
    const shards = emulator.gatewayIn.filter((g) => g.op === 2).map((g) => (g.d as { shard: number[] }).shard);
    expect(shards.map((s) => s.join('/')).sort()).toEqual(['0/2', '1/2']);
    const shown = await emulator.sendCommand('ask', { question: "Où s'est tenu le sommet entre Kim Jong-un et Vladimir Poutine ?" }).shown(10_000);
    expect(JSON.stringify(shown.message.embeds)).toContain('Vladivostok');
  }, 90_000);

  it('sends a moderator /refresh to every shard; the reply reports each shard', async () => {
    writeFileSync(join(t.corpusDir, 'zz_tromso.md'), inventedArticle());
    const moderator = { permissions: String(2248473465835073n | 32n) };
    const ix = emulator!.sendCommand('refresh', {}, { member: moderator, locale: 'en-US' });
    expect(await ix.acknowledged()).toBeLessThan(3000);
    await emulator!.waitFor(() => ix.state().shown.some((s) => JSON.stringify(s.message.embeds).includes('Corpus refreshed')), 60_000, 'the refresh report').catch((e: Error) => {
      throw new Error(`${e.message}\n${output}`);
    });
    const embed = (ix.state().shown.at(-1)!.message.embeds as { description: string; fields: { name: string; value: string }[] }[])[0]!;
    expect(embed.description).toMatch(/^\*\*6 articles/);
    const shards = embed.fields.filter((f) => f.name.startsWith('Shard'));
    expect(shards.map((f) => f.name)).toEqual(['Shard 0', 'Shard 1']);
    for (const f of shards) expect(f.value).toMatch(/^refreshed · 6 articles · [\d.]+ s$/);
    // The shard serving the guild answers from the new article.
    const shown = await emulator!.sendCommand('ask', { question: 'Où les pêcheurs ont-ils signé un accord sur les quotas ?' }).shown(10_000);
    expect(JSON.stringify(shown.message.embeds)).toContain('Tromsø');
    expect(readFileSync(t.auditLog, 'utf8')).toMatch(/"action":"refresh","result":"ok"/);
  }, 90_000);
});
