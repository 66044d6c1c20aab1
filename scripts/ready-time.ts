/**
 * Time from starting the bot to the gateway session (IDENTIFY answered with READY), against the local Discord
 * emulator, for the compiled start and the TypeScript one:
 *   npm run build && npx tsx scripts/ready-time.ts [runs]
 * Prints min / median / max per start command.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiscordEmulator } from '../test/emulator/emulator.js';

const runs = Number(process.argv[2] ?? 5);
const starts: Record<string, string[]> = {
  'node dist/src/app/start.js (npm start)': [process.execPath, 'dist/src/app/start.js'],
  'tsx src/app/start.ts (npm run dev)': ['npx', 'tsx', 'src/app/start.ts'],
};

async function once(command: string[]): Promise<number> {
  const emulator = await DiscordEmulator.start();
  const data = mkdtempSync(join(tmpdir(), 'ready-time-'));
  const started = performance.now();
  const child = spawn(command[0]!, command.slice(1), {
    env: { ...process.env, DISCORD_TOKEN: emulator.token, DISCORD_API_URL: emulator.apiUrl, TRASH_DIR: join(data, 'trash'), AUDIT_LOG: join(data, 'audit.jsonl'), FEEDBACK_LOG: join(data, 'feedback.jsonl') },
    stdio: 'ignore',
  });
  try {
    await emulator.waitForSessions(1, 60_000);
    return performance.now() - started;
  } finally {
    child.kill('SIGKILL');
    await emulator.close();
    rmSync(data, { recursive: true, force: true });
  }
}

for (const [name, command] of Object.entries(starts)) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await once(command));
  times.sort((a, b) => a - b);
  const f = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`${name}: min ${f(times[0]!)}, median ${f(times[Math.floor(times.length / 2)]!)}, max ${f(times.at(-1)!)} (${runs} runs)`);
}
