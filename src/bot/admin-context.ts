/** The admin context of one moderator interaction: its actor, a refresh of every shard with progress, downloads. */
import type { AutocompleteInteraction } from 'discord.js';
import type { AdminContext } from '../command/command.js';
import type { RefreshReport } from '../corpus-admin/types.js';
import type { Logger } from '../log.js';
import type { ReplyLocale } from '../reply/types.js';
import { clientOrigins, downloadAttachment } from './attachments.js';
import { actorOf } from './dispatch-context.js';
import type { DispatchAdmin, RunnableInteraction } from './dispatch-context.js';
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
  admin: DispatchAdmin,
  locale: ReplyLocale,
  log: Logger,
): InteractionAdmin {
  const editor = interaction.isAutocomplete() ? undefined : progressEditor(interaction, locale, log);
  const host = admin.corpus.host;
  const restOptions = interaction.client.options.rest as { api?: string; cdn?: string } | undefined;
  return {
    context: {
      corpus: admin.corpus,
      session: {
        actor: actorOf(interaction),
        async refreshAll(): Promise<RefreshReport[]> {
          const stop = host.onProgress((p) => editor?.update(p));
          try {
            return await refreshEverywhere(interaction.client, host);
          } finally {
            stop();
          }
        },
        readAttachment: (ref, maxBytes) => downloadAttachment(ref, { maxBytes, extraOrigins: clientOrigins(restOptions) }),
      },
    },
    settle: async () => editor?.settle(),
  };
}
