/**
 * The production start: the compiled build (`npm run build`) runs with plain node and production dependencies
 * only — against the Discord emulator and in console mode — and imports no development dependency.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tmpCorpus } from '../corpus-admin/tmp-corpus.js';
import { DiscordEmulator } from '../emulator/emulator.js';

/** Built here (inside the repository, so that node finds node_modules; git-ignored). */
const OUT = '.cache/dist-test';
const START = join(OUT, 'src/app/start.js');
const t = tmpCorpus('production-start');
let emulator: DiscordEmulator | undefined;
let child: ChildProcess | undefined;

beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', OUT], { encoding: 'utf8' });
  expect(build.status, build.stdout + build.stderr).toBe(0);
}, 120_000);

afterAll(async () => {
  child?.kill('SIGKILL');
  await emulator?.close();
  t.remove();
  rmSync(OUT, { recursive: true, force: true });
});

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsFiles(path) : name.endsWith('.js') ? [path] : [];
  });
}

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, CORPUS_DIR: t.corpusDir, CACHE_DIR: t.cacheDir, TRASH_DIR: t.trashDir, AUDIT_LOG: t.auditLog, FEEDBACK_LOG: join(t.root, 'feedback.jsonl'), DISCORD_TOKEN: '', DISCORD_API_URL: '', DISCORD_GUILD_ID: '', DISCORD_CLIENT_ID: '', MODERATOR_ROLE_IDS: '', ...extra };
}

describe('the compiled build', () => {
  it('imports only node built-ins, production dependencies and its own files', () => {
    const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    const allowed = new Set([...Object.keys(dependencies), ...builtinModules]);
    const packages = new Set<string>();
    for (const file of jsFiles(OUT)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^\s*(?:import|export)\b[^;'"`]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|\brequire(?:\.resolve)?\(\s*['"]([^'"]+)['"]\s*\)/gm)) {
        const raw = m[1] ?? m[2] ?? m[3] ?? m[4]!;
        if (raw.startsWith('.')) continue;
        const spec = raw.replace(/^node:/, '');
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
    expect(packages.size).toBeGreaterThan(3);
    // tsx is loaded by src/runtime.ts only to run TypeScript sources, never from the build.
    expect([...packages].filter((p) => !allowed.has(p) && p !== 'tsx')).toEqual([]);
  });

  it('starts its children, workers and shards as plain JavaScript (no tsx)', async () => {
    const runtime = (await import(pathToFileURL(join(process.cwd(), OUT, 'src/runtime.js')).href)) as typeof import('../../src/runtime.js');
    const child = runtime.siblingModule(pathToFileURL(join(process.cwd(), OUT, 'src/corpus-admin/child-builder.js')).href, 'build-child');
    expect(child).toBe(join(process.cwd(), OUT, 'src/corpus-admin/build-child.js'));
    expect(runtime.execArgvFor(child)).toEqual([]);
  });

  it('serves Discord with plain node: logs in and answers a question', async () => {
    emulator = await DiscordEmulator.start();
    let output = '';
    const started = Date.now();
    child = spawn(process.execPath, [START], { env: env({ DISCORD_TOKEN: emulator.token, DISCORD_API_URL: emulator.apiUrl }), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    await emulator.waitForSessions(1, 60_000).catch((e: Error) => {
      throw new Error(`${e.message}\n${output}`);
    });
    const ready = Date.now() - started;
    expect(ready).toBeLessThan(60_000);
    const shown = await emulator.sendCommand('ask', { question: "Où s'est tenu le sommet entre Kim Jong-un et Vladimir Poutine ?" }).shown(10_000);
    expect(JSON.stringify(shown.message.embeds)).toContain('Vladivostok');
    expect(output).toMatch(/logged in/);
  }, 90_000);

  it('opens the console with plain node when no token is set, and answers', async () => {
    const run = spawnSync(process.execPath, [START], {
      env: env({}),
      input: "/ask question: Où s'est tenu le sommet entre Kim Jong-un et Vladimir Poutine ?\n/quit\n",
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Local console/);
    expect(run.stdout).toMatch(/\nVladivostok\n/);
  }, 90_000);
});
