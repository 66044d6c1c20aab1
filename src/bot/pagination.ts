/**
 * Pagination buttons carry their whole state in the custom id (no server memory, works across shards and
 * restarts): `page:<json [command, page, options]>`, at most Discord's 100 characters.
 */
import type { PaginationState } from '../reply/types.js';

/** Discord's limit on a component custom id. */
export const MAX_CUSTOM_ID = 100;
const PREFIX = 'page:';

/** The custom id of a button that shows `page` of the list, or undefined if the state does not fit in 100 characters. */
export function encodePageId(state: Pick<PaginationState, 'command' | 'options'>, page: number, tag = ''): string | undefined {
  const id = `${PREFIX}${JSON.stringify([state.command, page, state.options, tag].slice(0, tag ? 4 : 3))}`;
  return id.length <= MAX_CUSTOM_ID ? id : undefined;
}

/** The request a pagination button stands for, or undefined when the id is not one (or is malformed). */
export function decodePageId(customId: string): { command: string; page: number; options: Record<string, string> } | undefined {
  if (!customId.startsWith(PREFIX)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(customId.slice(PREFIX.length));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  const [command, page, options] = parsed as unknown[];
  if (typeof command !== 'string' || typeof page !== 'number' || !Number.isInteger(page) || page < 1) return undefined;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return undefined;
  const clean: Record<string, string> = {};
  for (const [k, v] of Object.entries(options)) if (typeof v === 'string') clean[k] = v;
  return { command, page, options: clean };
}
