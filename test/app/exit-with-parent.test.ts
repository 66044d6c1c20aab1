import { fork } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { execArgvFor } from '../../src/runtime.js';

const dir = mkdtempSync(path.join(tmpdir(), 'exit-with-parent-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A child that would run forever (a timer it never clears) unless its channel closing stops it. */
function child(): string {
  const file = path.join(dir, 'child.ts');
  const runtime = pathToFileURL(path.resolve('src/runtime.ts')).href;
  writeFileSync(file, `import { exitWithParent } from ${JSON.stringify(runtime)};\nexitWithParent(() => process.stderr.write('gone\\n'));\nsetInterval(() => {}, 1000);\nprocess.send?.('ready');\n`);
  return file;
}

describe('exitWithParent', () => {
  it('ends a forked process when its IPC channel closes, after its cleanup', async () => {
    const file = child();
    const c = fork(file, [], { execArgv: execArgvFor(file), stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    c.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise<void>((resolve) => c.once('message', () => resolve()));
    const exited = new Promise<number | null>((resolve) => c.once('exit', (code) => resolve(code)));
    c.disconnect();
    const code = await Promise.race([exited, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000))]);
    if (code === 'timeout') c.kill('SIGKILL');
    expect(code).toBe(0);
    expect(stderr).toContain('gone');
  }, 30_000);
});
