/** `npm run start:sharded` against the emulator: SHARD_COUNT=auto follows /gateway/bot through DISCORD_API_URL, each shard serves its guilds. */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { DiscordEmulator } from './emulator.js';

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
});

describe('start:sharded', () => {
  it('spawns the recommended number of shards, each identifying with its shard id, and answers', async () => {
    emulator = await DiscordEmulator.start({ recommendedShards: 2 });
    child = spawn('npm', ['run', '--silent', 'start:sharded'], {
      cwd: process.cwd(),
      detached: true,
      env: { ...process.env, DISCORD_TOKEN: emulator.token, DISCORD_API_URL: emulator.apiUrl, SHARD_COUNT: 'auto', CORPUS_DIR: 'corpus', DISCORD_GUILD_ID: '', DISCORD_CLIENT_ID: '' },
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
});
