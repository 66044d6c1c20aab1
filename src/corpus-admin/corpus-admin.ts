/**
 * The moderators' operations on the corpus — refresh, add an article, remove one, list the files — each one
 * all-or-nothing and written to the audit log. An addition or removal is followed by a refresh of every
 * serving process; when that refresh fails, the file operation is undone (the added file goes to the trash,
 * the removed one comes back), so the folder and the served index never disagree. Platform-neutral: the
 * Discord dispatcher and the local console provide an {@link AdminSession}.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { checkUpload, MAX_UPLOAD_BYTES, readUpload, UploadError } from './article-upload.js';
import type { FrontMatterOverrides } from './article-upload.js';
import type { AuditAction, AuditLog } from './audit-log.js';
import { idOf, moveToTrash, refuseTakenId, restoreFromTrash, writeArticle } from './corpus-folder.js';
import type { EngineHost } from './engine-host.js';
import { digestArticleFiles, listArticleFiles } from './file-digests.js';
import type { Actor, AttachmentRef, CorpusFileInfo, RefreshReport } from './types.js';
import { LIMITS } from '../discord-limits.js';

/** What the platform gives an operation: who acts, how to refresh everywhere, how to read an attachment. */
export interface AdminSession {
  actor: Actor;
  /** Refreshes the engine of every serving process (every shard), showing progress as the platform can. */
  refreshAll(): Promise<RefreshReport[]>;
  /** The bytes of an attached file; throws UploadError when it is larger than `maxBytes` or cannot be read. */
  readAttachment(ref: AttachmentRef, maxBytes: number): Promise<Uint8Array>;
}

/** Options of {@link CorpusAdmin}. */
export interface CorpusAdminOptions {
  /** The engine holder of this process (its corpus folder is the one administered). */
  host: EngineHost;
  /** Where removed articles go (default `data/trash`). */
  trashDir: string;
  audit: AuditLog;
}

/** The result of an operation: done (with the refresh reports) or refused / failed with the reason. */
export type AdminOutcome<T> =
  | ({ ok: true; reports: RefreshReport[] } & T)
  | { ok: false; result: 'refused' | 'failed'; reason: string; file?: string; reports?: RefreshReport[] };

/** The moderators' operations. */
export class CorpusAdmin {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly options: CorpusAdminOptions) {}

  get corpusDir(): string {
    return this.options.host.corpusDir;
  }

  get host(): EngineHost {
    return this.options.host;
  }

  get audit(): AuditLog {
    return this.options.audit;
  }

  /** Runs operations of this process one at a time (a write, its refresh and its undo are one step). */
  private exclusive<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.queue.then(operation, operation);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Refreshes every serving process and records it. Not queued behind other operations: it changes no file,
   * and the engine host coalesces it with any refresh already running.
   */
  async refresh(session: AdminSession): Promise<RefreshReport[]> {
    const reports = await session.refreshAll();
    const failed = reports.filter((r) => !r.ok);
    await this.audit.record(session.actor, {
      action: 'refresh',
      result: failed.length ? 'failed' : 'ok',
      detail: failed.length ? failed.map((r) => r.error).join(' | ') : summary(reports[0]),
    });
    return reports;
  }

  /**
   * Adds an uploaded article: checks name, size and options before downloading, validates the content, merges
   * the options into its front matter, writes it atomically (never over an existing id), then refreshes.
   */
  add(session: AdminSession, attachment: AttachmentRef, overrides: FrontMatterOverrides): Promise<AdminOutcome<{ file: string; id: string; title: string }>> {
    return this.exclusive(async () => {
      const refuse = async (reason: string, result: 'refused' | 'failed' = 'refused', reports?: RefreshReport[]) => {
        await this.audit.record(session.actor, { action: 'add', file: attachment.name, result, detail: reason });
        return { ok: false as const, result, reason, file: attachment.name, reports };
      };
      let written: string;
      let prepared;
      try {
        checkUpload(attachment.name, attachment.size, overrides);
        await refuseTakenId(this.corpusDir, idOf(attachment.name));
        const bytes = await session.readAttachment(attachment, MAX_UPLOAD_BYTES);
        prepared = readUpload(attachment.name, bytes, overrides);
        written = await writeArticle(this.corpusDir, prepared);
      } catch (error) {
        if (error instanceof UploadError) return refuse(error.message);
        return refuse(`the file could not be written: ${(error as Error).message}`, 'failed');
      }
      const reports = await session.refreshAll();
      if (reports.some((r) => !r.ok)) {
        // Undo: the upload goes to the trash (nothing lost), and processes that swapped are refreshed back.
        await moveToTrash(this.corpusDir, path.basename(written), this.options.trashDir).catch(() => undefined);
        if (reports.some((r) => r.ok)) await session.refreshAll();
        const why = reports.find((r) => !r.ok)?.error ?? 'the refresh failed';
        return refuse(`the article was valid but the refresh failed, so it was not added (moved to the trash): ${why}`, 'failed', reports);
      }
      await this.audit.record(session.actor, { action: 'add', file: prepared.fileName, result: 'ok', detail: `${prepared.article.title} · ${summary(reports[0])}` });
      return { ok: true as const, reports, file: prepared.fileName, id: prepared.id, title: prepared.article.title };
    });
  }

  /** Moves an article file (by file name or id) to the trash, then refreshes; puts it back if the refresh fails. */
  remove(session: AdminSession, article: string): Promise<AdminOutcome<{ file: string; trashPath: string }>> {
    return this.exclusive(async () => {
      const refuse = async (reason: string, result: 'refused' | 'failed' = 'refused', file = article, reports?: RefreshReport[]) => {
        await this.audit.record(session.actor, { action: 'remove', file, result, detail: reason });
        return { ok: false as const, result, reason, file, reports };
      };
      const wanted = article.trim();
      const files = await listArticleFiles(this.corpusDir);
      const file = files.find((f) => f === wanted) ?? files.find((f) => idOf(f) === wanted) ?? files.find((f) => f.toLowerCase() === wanted.toLowerCase());
      if (!file) return refuse(`there is no article file '${wanted}' in the corpus folder; pick one from the list`);
      const engine = this.host.engine;
      if (engine.article(idOf(file)) && engine.stats().articles <= 1) {
        return refuse(`${file} is the only article served; the corpus cannot be empty — add another article first`, 'refused', file);
      }
      let trashed;
      try {
        trashed = await moveToTrash(this.corpusDir, file, this.options.trashDir);
      } catch (error) {
        return refuse(`${file} could not be moved to the trash: ${(error as Error).message}`, 'failed', file);
      }
      const reports = await session.refreshAll();
      if (reports.some((r) => !r.ok)) {
        const restored = await restoreFromTrash(this.corpusDir, trashed).catch(() => false);
        if (reports.some((r) => r.ok)) await session.refreshAll();
        const why = reports.find((r) => !r.ok)?.error ?? 'the refresh failed';
        const where = restored ? 'it was put back' : `it stays in the trash as ${trashed.trashPath} (its name was taken meanwhile)`;
        return refuse(`the refresh failed, so ${file} was not removed (${where}): ${why}`, 'failed', file, reports);
      }
      await this.audit.record(session.actor, { action: 'remove', file, result: 'ok', detail: `moved to ${trashed.trashPath} · ${summary(reports[0])}` });
      return { ok: true as const, reports, file, trashPath: trashed.trashPath };
    });
  }

  /** The article files of the folder: name, size, date, title when served, and whether the index is up to date. */
  async list(): Promise<CorpusFileInfo[]> {
    const digests = await digestArticleFiles(this.corpusDir);
    const served = this.host.servedFiles();
    const engine = this.host.engine;
    const out: CorpusFileInfo[] = [];
    for (const [file, digest] of Object.entries(digests)) {
      const info = await stat(path.join(this.corpusDir, file)).catch(() => undefined);
      const id = idOf(file);
      const was = served[file];
      const skipped = this.host.skippedReason(file);
      let status: CorpusFileInfo['status'];
      if (!was) status = 'pending';
      else if (was.sha256 !== digest.sha256) status = 'changed';
      else status = skipped !== undefined ? 'skipped' : 'served';
      const entry: CorpusFileInfo = { file, id, bytes: digest.bytes, modified: (info?.mtime ?? new Date(0)).toISOString(), status };
      const title = status === 'skipped' ? undefined : engine.article(id)?.title;
      if (title) entry.title = title;
      if (status === 'skipped' && skipped) entry.reason = skipped;
      out.push(entry);
    }
    return out;
  }

  /** Up to 25 article files whose name or title contains `typed` (case-insensitive), for autocomplete. */
  async suggest(typed: string): Promise<{ name: string; value: string }[]> {
    const query = typed.trim().toLowerCase();
    const engine = this.host.engine;
    const choices: { name: string; value: string }[] = [];
    for (const file of await listArticleFiles(this.corpusDir)) {
      if (file.length > LIMITS.choiceText) continue;
      const title = engine.article(idOf(file))?.title ?? '';
      if (query && !file.toLowerCase().includes(query) && !title.toLowerCase().includes(query)) continue;
      const label = title ? `${file} — ${title}` : file;
      choices.push({ name: label.length > LIMITS.choiceText ? `${label.slice(0, LIMITS.choiceText - 1)}…` : label, value: file });
      if (choices.length >= LIMITS.choices) break;
    }
    return choices;
  }

  /** Records a refused attempt by someone who is not a moderator. */
  async denied(actor: Actor, action: AuditAction, detail: string): Promise<void> {
    await this.audit.record(actor, { action, result: 'denied', detail });
  }
}

/** "5 articles, 52 passages, 13 people, 30 events (+1 ~0 -0) in 1.9 s". */
function summary(report: RefreshReport | undefined): string {
  if (!report) return '';
  const { after, changes } = report;
  return `${after.articles} articles, ${after.passages} passages, ${after.people} people, ${after.events} events (+${changes.added.length} ~${changes.changed.length} -${changes.removed.length}) in ${(report.ms / 1000).toFixed(1)} s`;
}
