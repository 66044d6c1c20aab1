/**
 * Child process entry of a refresh: updates the segment store of a corpus folder (a new segment for what
 * changed, or the background merge) away from the serving
 * process's event loop, reports progress and the result over IPC, then exits (freeing the build's memory).
 * Argument: a JSON BuildRequest. Messages: `{ type: 'progress', stage, done, total }`,
 * `{ type: 'done', result }` or `{ type: 'error', message }`.
 */
import { updateIndex } from './build-index.js';
import type { BuildRequest } from './build-index.js';

/** Messages the child sends to its parent. */
export type BuildChildMessage =
  | { type: 'progress'; stage: string; done: number; total: number }
  | { type: 'done'; result: import('./build-index.js').BuildResult }
  | { type: 'error'; message: string };

/** Progress messages are sent at most this often (ms), plus every stage change. */
const PROGRESS_EVERY_MS = 100;

function send(message: BuildChildMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) {
      process.stdout.write(`${JSON.stringify(message)}\n`);
      resolve();
    } else process.send(message, undefined, {}, () => resolve());
  });
}

async function main(): Promise<void> {
  // The serving process is gone (killed, restarted): nobody will load this build.
  process.once('disconnect', () => process.exit(1));
  const request = JSON.parse(process.argv[2] ?? '{}') as BuildRequest;
  if (typeof request.corpusDir !== 'string') throw new Error('build-child: missing corpusDir');
  let lastStage = '';
  let lastSent = 0;
  const result = await updateIndex(request, (stage, done, total) => {
    const now = Date.now();
    if (stage === lastStage && now - lastSent < PROGRESS_EVERY_MS) return;
    lastStage = stage;
    lastSent = now;
    void send({ type: 'progress', stage, done, total });
  });
  await send({ type: 'done', result });
}

main().then(
  () => process.exit(0),
  async (error: unknown) => {
    await send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  },
);
