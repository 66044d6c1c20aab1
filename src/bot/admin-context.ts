/** The admin context of one moderator interaction: its actor, a refresh of every shard with progress, downloads. */
import type { AutocompleteInteraction } from 'discord.js';
import type { AdminContext } from '../command/command.js';
import type { CorpusHost, RefreshReport } from '../corpus-admin/types.js';
import type { Logger } from '../log.js';
import type { ReplyLocale } from '../reply/types.js';
import { clientOrigins, downloadAttachment } from './attachments.js';
import { actorOf } from './dispatch-context.js';
import type { RunnableInteraction } from './dispatch-context.js';
import type { CorpusAdmin } from '../corpus-admin/corpus-admin.js';
import { progressEditor } from './progress-editor.js';
import { refreshEverywhere } from './refresh-everywhere.js';

/** An admin context and `settle`, which waits for the last progress edit (call it before the final answer). */
export interface InteractionAdmin {
  context: AdminContext;
  settle(): Promise<void>;
}

/** Builds the admin context of a moderator interaction (autocompletes get no progress editor). */
export function adminContext(
  interaction: RunnableInteraction | AutocompleteInteraction,
  corpus: CorpusAdmin,
  locale: ReplyLocale,
  log: Logger,
  /** The base corpus's host, when `corpus` is one server's own corpus (its /refresh re-reads the base). */
  base?: CorpusHost,
): InteractionAdmin {
  const editor = interaction.isAutocomplete() ? undefined : progressEditor(interaction, locale, log);
  const host = corpus.host;
  const restOptions = interaction.client.options.rest as { api?: string; cdn?: string } | undefined;
  return {
    context: {
      corpus,
      session: {
        actor: actorOf(interaction),
        async refreshAll(): Promise<RefreshReport[]> {
          const stop = host.onProgress((p) => editor?.update(p));
          try {
            // A server's own corpus lives in the one shard that serves the server; the base is in every shard.
            return host.base ? [await host.refresh()] : await refreshEverywhere(interaction.client, host);
          } finally {
            stop();
          }
        },
        ...(base && base !== host
          ? {
              async refreshBase(): Promise<RefreshReport[]> {
                const stop = base.onProgress((p) => editor?.update(p));
                try {
                  return await refreshEverywhere(interaction.client, base);
                } finally {
                  stop();
                }
              },
            }
          : {}),
        readAttachment: (ref, maxBytes) => downloadAttachment(ref, { maxBytes, extraOrigins: clientOrigins(restOptions) }),
      },
    },
    settle: async () => editor?.settle(),
  };
}
