/**
 * Where the program's own scripts are, whether it runs compiled (`npm run build` → dist/, `.js`, production
 * dependencies only) or from its TypeScript sources through tsx (`npm run dev`, the tests): a child process, a
 * worker or a shard is started from the sibling file with the caller's own extension.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file `name` (no extension) beside the module at `metaUrl`, with that module's extension. */
export function siblingModule(metaUrl: string, name: string): string {
  const here = fileURLToPath(metaUrl);
  return path.join(path.dirname(here), `${name}${path.extname(here)}`);
}

/**
 * The Node options a process needs to run `file`: none for JavaScript; for TypeScript, tsx's loader (resolved
 * from here, so that any working directory works; tsx is a development dependency, present wherever `.ts` runs).
 */
export function execArgvFor(file: string): string[] {
  if (path.extname(file) !== '.ts') return [];
  return ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href];
}

/** True while process `pid` runs (one this user may not signal counts as running). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A process forked with an IPC channel (a shard under the ShardingManager) exits when that channel closes: its parent
 * is gone (killed, or crashed), and nothing would stop it otherwise — it would keep trying to reach Discord on its
 * own. `onGone` runs first (close what is open); a process started without a channel is left alone.
 */
export function exitWithParent(onGone: () => void = () => {}): void {
  if (!process.send) return;
  process.once('disconnect', () => {
    try {
      onGone();
    } finally {
      process.exit(0);
    }
  });
}
