/** Reads a chat-input interaction's options as the plain values and attachment references a command takes. */
import type { CommandInteractionOption } from 'discord.js';
import type { OptionValues } from '../command/command.js';
import type { AttachmentRef } from '../corpus-admin/types.js';

/** Option values of a chat-input interaction, by name (sub-commands flattened). */
export function optionValues(options: readonly CommandInteractionOption[]): OptionValues {
  const values: Record<string, string | number | boolean> = {};
  for (const o of options) {
    if (o.options) Object.assign(values, optionValues(o.options));
    else if (o.value !== undefined && o.value !== null) values[o.name] = o.value;
  }
  return values;
}

/** Attached files of a chat-input interaction, by option name (sub-commands flattened). */
export function attachmentRefs(options: readonly CommandInteractionOption[]): Record<string, AttachmentRef> {
  const refs: Record<string, AttachmentRef> = {};
  for (const o of options) {
    if (o.options) Object.assign(refs, attachmentRefs(o.options));
    else if (o.attachment) {
      const a = o.attachment;
      refs[o.name] = { name: a.name, size: a.size, url: a.url, ...(a.contentType ? { contentType: a.contentType } : {}) };
    }
  }
  return refs;
}
