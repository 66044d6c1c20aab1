/**
 * The last net under the running bot: an exception or a rejected promise that nothing caught is logged with
 * its context and the process keeps serving, instead of exiting for good. The supervisor (systemd, the
 * sharding manager) still restarts a process that dies of something else (out of memory, kill).
 */
import type { Logger } from '../log.js';

/** What was installed, to remove it (tests). */
export interface LastNet {
  remove(): void;
}

/** Logs uncaught exceptions and unhandled rejections instead of letting them end the process. */
export function installLastNet(log: Logger, target: NodeJS.EventEmitter = process): LastNet {
  const onException = (error: unknown, origin: unknown) => log('error', 'uncaught exception; still serving', { error, origin });
  const onRejection = (reason: unknown) => log('error', 'unhandled rejection; still serving', { error: reason });
  target.on('uncaughtException', onException);
  target.on('unhandledRejection', onRejection);
  return {
    remove() {
      target.off('uncaughtException', onException);
      target.off('unhandledRejection', onRejection);
    },
  };
}
