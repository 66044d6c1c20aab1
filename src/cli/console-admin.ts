/**
 * The console's moderator side: the console user counts as a moderator, a refresh draws a progress bar on the
 * terminal, and attachments are local files typed as paths.
 */
import { readFile, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ApplicationCommandOptionType as OptionType } from 'discord.js';
import type { AdminContext, Command, OptionValues } from '../command/command.js';
import { tooBig, UploadError } from '../corpus-admin/article-upload.js';
import type { CorpusAdmin } from '../corpus-admin/corpus-admin.js';
import type { AttachmentRef } from '../corpus-admin/types.js';
import type { ReplyLocale } from '../reply/types.js';
import { optionSpecs } from './console-parser.js';
import { terminalProgress } from './progress-bar.js';
import { reason } from '../reasons/reasons.js';

/** The moderator side of the console: the corpus operations and where the progress bar goes. */
export interface ConsoleAdmin {
  corpus: CorpusAdmin;
  /** Where rebuild progress is drawn (default process.stderr). */
  progress?: Writable & { isTTY?: boolean; columns?: number };
  /** Who the console user is, in the audit log (default the OS user). */
  tag?: string;
}

/** The console's moderator session: the console user, a local refresh with a progress bar, local files as attachments. */
export function consoleAdminContext(admin: ConsoleAdmin, locale: ReplyLocale): AdminContext {
  const host = admin.corpus.host;
  let tag = admin.tag;
  if (!tag) {
    try {
      tag = `console:${userInfo().username}`;
    } catch {
      tag = 'console';
    }
  }
  return {
    corpus: admin.corpus,
    session: {
      actor: { id: 'console', tag, guildId: null },
      async refreshAll() {
        const bar = terminalProgress(admin.progress ?? process.stderr, locale);
        const stop = host.onProgress((p) => bar.update(p));
        try {
          return [await host.refresh()];
        } finally {
          stop();
          bar.done();
        }
      },
      readAttachment: readLocalAttachment,
    },
  };
}

/** Attachment options typed as local paths, as attachments (an error message when a path is not a file). */
export async function pathAttachments(command: Command, subcommand: string | undefined, options: OptionValues): Promise<Record<string, AttachmentRef> | string> {
  const refs: Record<string, AttachmentRef> = {};
  for (const spec of optionSpecs(command, subcommand).filter((s) => s.type === OptionType.Attachment)) {
    const value = options[spec.name];
    if (typeof value !== 'string') continue;
    const file = path.resolve(value);
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return `${spec.name}: ${value} is not a file`;
    refs[spec.name] = { name: path.basename(file), size: info.size, url: pathToFileURL(file).href };
  }
  return refs;
}

/**
 * Reads a local file named by a `file:` URL (the console's attachments), refusing more than `maxBytes`.
 * Throws UploadError.
 */
export async function readLocalAttachment(ref: AttachmentRef, maxBytes: number): Promise<Uint8Array> {
  let file: string;
  try {
    file = fileURLToPath(ref.url);
  } catch {
    throw new UploadError('download', reason('notLocal', { url: ref.url }));
  }
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new UploadError('download', reason('notAFile', { file }));
  if (info.size > maxBytes) throw tooBig(info.size, maxBytes);
  const bytes = await readFile(file);
  if (bytes.length > maxBytes) throw tooBig(bytes.length, maxBytes);
  return bytes;
}
