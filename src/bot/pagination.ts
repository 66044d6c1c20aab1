/**
 * Pagination buttons carry their whole state in the custom id (no server memory, works across shards and
 * restarts): `page␟<command>␟<page>␟<option>␞<value>␟…` with the ASCII unit (␟ U+001F) and record (␞ U+001E)
 * separators, which never occur in option text; at most Discord's 100 characters.
 */
import { LIMITS } from '../discord-limits.js';
import type { PaginationState } from '../reply/types.js';

const UNIT = '\u001f';
const RECORD = '\u001e';
const PREFIX = `page${UNIT}`;
const SEPARATORS = /[\u001e\u001f]/gu;

/** The custom id of a button that shows `page` of the list, or undefined if the state does not fit in 100 characters. */
export function encodePageId(state: Pick<PaginationState, 'command' | 'options'>, page: number): string | undefined {
  const pairs = Object.entries(state.options).map(([k, v]) => `${k.replace(SEPARATORS, '')}${RECORD}${v.replace(SEPARATORS, '')}`);
  const id = [`${PREFIX}${state.command.replace(SEPARATORS, '')}`, String(page), ...pairs].join(UNIT);
  return id.length <= LIMITS.customId ? id : undefined;
}

/** The request a pagination button stands for, or undefined when the id is not one (or is malformed). */
export function decodePageId(customId: string): { command: string; page: number; options: Record<string, string> } | undefined {
  if (!customId.startsWith(PREFIX)) return undefined;
  const [command, pageText, ...pairs] = customId.slice(PREFIX.length).split(UNIT);
  const page = Number(pageText);
  if (!command || !/^\d+$/u.test(pageText ?? '') || page < 1) return undefined;
  const options: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf(RECORD);
    if (at <= 0) return undefined;
    options[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return { command, page, options };
}
