/** Shows a running refresh's progress by editing the moderator's deferred reply, within Discord's edit rate. */
import type { RefreshProgress } from '../corpus-admin/types.js';
import type { Logger } from '../log.js';
import { progressReply } from '../reply/admin.js';
import { translator } from '../reply/labels.js';
import type { ReplyLocale } from '../reply/types.js';
import type { RunnableInteraction } from './dispatch-context.js';
import { renderDiscord } from './render-discord.js';

/** A refresh running longer than this gets its reply edited with progress … */
const PROGRESS_AFTER_MS = 1000;
/** … at most this often (Discord rate-limits edits). */
const PROGRESS_EVERY_MS = 1500;

/** A progress editor: `update` with each progress report, `settle` before the final answer. */
export interface ProgressEditor {
  update(progress: RefreshProgress): void;
  settle(): Promise<void>;
}

/**
 * Edits a deferred reply with the refresh's progress: not before it has run for a second, then at most every
 * 1.5 s, one edit at a time. `settle()` stops it and waits for the last edit, so the final answer comes after.
 */
export function progressEditor(interaction: RunnableInteraction, locale: ReplyLocale, log: Logger): ProgressEditor {
  let chain: Promise<unknown> = Promise.resolve();
  let latest: RefreshProgress | undefined;
  let lastEdit = 0;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const flush = () => {
    timer = undefined;
    if (stopped || !latest) return;
    const progress = latest;
    latest = undefined;
    lastEdit = Date.now();
    const { flags: _flags, ...body } = renderDiscord(progressReply({ locale, t: translator(locale) }, progress));
    chain = chain.then(() => interaction.editReply(body)).catch((error: unknown) => log('warn', 'progress edit failed', { interaction: interaction.id, error }));
  };
  return {
    update(progress: RefreshProgress) {
      if (stopped || progress.elapsedMs < PROGRESS_AFTER_MS) return;
      latest = progress;
      if (timer) return;
      timer = setTimeout(flush, Math.max(0, lastEdit + PROGRESS_EVERY_MS - Date.now()));
    },
    async settle() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await chain;
    },
  };
}
