/**
 * Downloading a command's attachment (a `/corpus add` upload) from where Discord says it is — its CDN, or the
 * REST base the client was given (DISCORD_API_URL: a proxy or the local emulator) — with the size limit
 * enforced while reading, whatever the announced size, and a timeout.
 */
import { tooBig, UploadError } from '../corpus-admin/article-upload.js';
import type { AttachmentRef } from '../corpus-admin/types.js';
import { reason } from '../reasons/reasons.js';

/** Hosts Discord serves attachments from. */
export const DISCORD_CDN_HOSTS: readonly string[] = ['cdn.discordapp.com', 'media.discordapp.net'];

/** Options of {@link downloadAttachment}. */
export interface DownloadOptions {
  /** Refuse more than this many bytes. */
  maxBytes: number;
  /** Origins besides Discord's CDN that may serve attachments (the REST / CDN base the client uses). */
  extraOrigins?: readonly string[];
  /** Give up after this long (default 15 s). */
  timeoutMs?: number;
}

/** The origins of the client's REST `api` and `cdn` bases, when they are set to something else than Discord's. */
export function clientOrigins(rest: { api?: string; cdn?: string } | undefined): string[] {
  const origins: string[] = [];
  for (const base of [rest?.api, rest?.cdn]) {
    if (!base) continue;
    try {
      origins.push(new URL(base).origin);
    } catch {
      // Not a URL: nothing to allow.
    }
  }
  return origins;
}

/** Downloads an attachment; throws UploadError naming the problem (size, host, HTTP status, timeout). */
export async function downloadAttachment(ref: AttachmentRef, options: DownloadOptions): Promise<Uint8Array> {
  const { maxBytes } = options;
  if (ref.size > maxBytes) throw tooBig(ref.size, maxBytes);
  let url: URL;
  try {
    url = new URL(ref.url);
  } catch {
    throw new UploadError('download', reason('noAddress'));
  }
  const allowed = (url.protocol === 'https:' && DISCORD_CDN_HOSTS.includes(url.hostname)) || (options.extraOrigins ?? []).includes(url.origin);
  if (!allowed) throw new UploadError('download', reason('notDiscord', { host: url.host }));

  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 15_000), redirect: 'error' });
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    throw new UploadError('download', timedOut ? reason('downloadTimeout') : reason('downloadFailed', { error: (error as Error).message }));
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    throw new UploadError('download', reason('downloadHttp', { status: String(response.status) }));
  }
  const announced = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(announced) && announced > maxBytes) {
    await response.body.cancel().catch(() => undefined);
    throw tooBig(announced, maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooBig(total, maxBytes, true);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
