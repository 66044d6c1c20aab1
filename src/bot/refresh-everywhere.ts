/**
 * A refresh reaches every process that serves the bot. Without sharding that is this process's engine host.
 * Under the ShardingManager each shard is its own process with its own engine: the refresh is sent to each
 * shard through `broadcastEval` (one call per shard, so a shard that is down or slow is reported as such
 * without hiding the others), and the reply lists one report per shard.
 */
import type { Client } from 'discord.js';
import type { CorpusHost } from '../corpus-admin/types.js';
import { unansweredReport } from '../corpus-admin/types.js';
import type { RefreshReport } from '../corpus-admin/types.js';
import { reason } from '../reasons/reasons.js';

/** The property of the Client through which other shards reach this shard's engine host. */
export const REFRESH_HOOK = 'summitRefresh';

/** A Client carrying the refresh hook. */
type HookedClient = Client & { [REFRESH_HOOK]?: () => Promise<RefreshReport> };

/** Longest wait for one shard's refresh (default 10 minutes, the build's own limit). */
const SHARD_TIMEOUT_MS = 10 * 60_000 + 30_000;

/** Makes this process's engine host refreshable from any shard; reports carry this shard's id. */
export function installRefreshHook(client: Client, host: Pick<CorpusHost, 'refresh'>): void {
  (client as HookedClient)[REFRESH_HOOK] = async () => {
    const report = await host.refresh();
    const shard = client.shard?.ids[0];
    return shard === undefined ? report : { ...report, shard };
  };
}

/** Refreshes every shard (or this process alone without sharding); one report per shard, in shard order. */
export async function refreshEverywhere(client: Client, host: Pick<CorpusHost, 'refresh'>, timeoutMs = SHARD_TIMEOUT_MS): Promise<RefreshReport[]> {
  const util = client.shard;
  if (!util) return [await host.refresh()];
  const ids = Array.from({ length: util.count }, (_, i) => i);
  const results = await Promise.allSettled(
    ids.map((shard) =>
      withTimeout(
        // Runs in the shard's process, serialised: it may use nothing but its arguments.
        util.broadcastEval((c: Client) => {
          const hook = (c as unknown as { summitRefresh?: () => Promise<unknown> }).summitRefresh;
          return hook ? hook() : null;
        }, { shard }),
        timeoutMs,
        `shard ${shard} did not answer within ${Math.round(timeoutMs / 1000)} s`,
      ),
    ),
  );
  return results.map((result, shard) => {
    if (result.status === 'rejected') return unansweredReport(reason('shardFailed', { shard: String(shard), error: (result.reason as Error)?.message ?? String(result.reason) }), shard);
    const report = result.value as RefreshReport | null;
    return report ?? unansweredReport(reason('shardStarting', { shard: String(shard) }), shard);
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
