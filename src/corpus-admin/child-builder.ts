/**
 * How a refresh builds the new index: in a child process (build-child.ts), so the serving event loop keeps
 * acknowledging interactions, or in this thread (tools and tests). A child that runs past its time is killed.
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import type { Engine } from '../qa/types.js';
import { execArgvFor, siblingModule } from '../runtime.js';
import { buildIndex } from './build-index.js';
import type { SegmentCache } from '../index/update-store.js';
import type { SegmentPart } from '../index/merge-segments.js';
import type { BuildProgress, BuildRequest, BuildResult } from './build-index.js';
import type { BuildChildMessage } from './build-child.js';
import { reason, ReasonError } from '../reasons/reasons.js';

/**
 * Builds an index for a refresh. Returns the result, and the engine itself when it was built in this process
 * (then nothing needs loading). `onChild` receives the build process, when there is one.
 */
export type Builder = (
  request: BuildRequest,
  onProgress: BuildProgress,
  onChild?: (child: ChildProcess) => void,
  segments?: SegmentCache,
) => Promise<{ result: BuildResult; engine?: Engine; parts?: SegmentPart[] }>;

/** Builds in this thread: the whole build blocks the event loop. */
export const inlineBuilder: Builder = async (request, onProgress, _onChild, segments) => buildIndex(request, onProgress, segments);

/** Builds in a child process: the serving thread only waits for a message. */
export function childBuilder(timeoutMs: number): Builder {
  return (request, onProgress, onChild) =>
    new Promise((resolve, reject) => {
      const file = siblingModule(import.meta.url, 'build-child');
      const execArgv = execArgvFor(file);
      const child = fork(file, [JSON.stringify(request)], { execArgv, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
      onChild?.(child);
      let stderr = '';
      child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        fn();
      };
      const timer = setTimeout(() => {
        settle(() => reject(new ReasonError(reason('buildTimeout', { seconds: Math.round(timeoutMs / 1000) }))));
        child.kill('SIGKILL');
      }, timeoutMs);
      child.on('message', (message: BuildChildMessage) => {
        if (message.type === 'progress') onProgress(message.stage, message.done, message.total);
        else if (message.type === 'done') settle(() => resolve({ result: message.result }));
        else if (message.type === 'error') settle(() => reject(new Error(message.message)));
      });
      child.on('error', (error) => settle(() => reject(new ReasonError(reason('buildCouldNotRun', { error: error.message })))));
      child.on('exit', (code, signal) => {
        const last = stderr.trim().split('\n').at(-1);
        settle(() =>
          reject(new ReasonError(signal ? reason('buildKilled', { signal }) : last ? reason('buildExitedWith', { code: String(code), last }) : reason('buildExited', { code: String(code) }))),
        );
      });
    });
}
