/**
 * A refresh's progress on a terminal (stderr): nothing for a rebuild shorter than a second; then, on a TTY, one
 * bar redrawn in place (`\r`) at most ten times a second and erased at the end; elsewhere (a log file, a pipe)
 * one line per stage.
 */
import type { Writable } from 'node:stream';
import type { RefreshProgress } from '../corpus-admin/types.js';
import { progressBar } from '../reply/admin.js';
import { translator } from '../reply/labels.js';
import type { ReplyLocale } from '../reply/types.js';

/** Shown only for refreshes running longer than this (ms). */
export const SHOW_AFTER_MS = 1000;
const REDRAW_EVERY_MS = 100;

/** Draws progress on `stream`; call `done()` when the refresh ends. */
export function terminalProgress(stream: Writable & { isTTY?: boolean; columns?: number }, locale: ReplyLocale = 'en') {
  const ctx = { locale, t: translator(locale) };
  let shown = false;
  let lastDraw = 0;
  let lastStage = '';
  return {
    update(progress: RefreshProgress): void {
      if (progress.elapsedMs < SHOW_AFTER_MS) return;
      if (stream.isTTY) {
        const now = Date.now();
        if (shown && now - lastDraw < REDRAW_EVERY_MS && progress.stage === lastStage) return;
        lastDraw = now;
        lastStage = progress.stage;
        const line = progressBar(ctx, progress).slice(0, Math.max(20, (stream.columns ?? 100) - 1));
        stream.write(`\r${line}\u001b[K`);
        shown = true;
      } else if (progress.stage !== lastStage) {
        lastStage = progress.stage;
        stream.write(`refresh: ${progressBar(ctx, progress)}\n`);
        shown = true;
      }
    },
    /** Erases the bar (TTY); true when anything was shown. */
    done(): boolean {
      if (shown && stream.isTTY) stream.write('\r\u001b[K');
      return shown;
    },
  };
}
