/**
 * The moderators' operations on the corpus — refresh, add an article, remove one, list the files — each one
 * all-or-nothing and audited first: an action that changes the corpus writes an `intent` line to the audit log
 * before it changes anything (and refuses, changing nothing, when that line cannot be written), then a `result`
 * line once it is over. An addition or removal is followed by a refresh of every serving process; when that
 * refresh fails, the file operation is undone (the added file goes to the trash, the removed one comes back),
 * and when the undo fails too, the reply and the audit say what is left where. At start, intents left without a
 * result by a crash are settled from what is true then ({@link CorpusAdmin.settleInterrupted}). Paths in replies
 * are shown relative to the corpus and data folders, never as absolute server paths. Platform-neutral: the
 * Discord dispatcher and the local console provide an {@link AdminSession}.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { checkUpload, MAX_UPLOAD_BYTES, readUpload, UploadError } from './article-upload.js';
import type { FrontMatterOverrides, PreparedArticle } from './article-upload.js';
import { newOperationId } from './audit-log.js';
import type { AuditAction, AuditEntry, AuditLog, AuditResult } from './audit-log.js';
import { idOf, moveToTrash, refuseTakenId, restoreFromTrash, writeArticle } from './corpus-folder.js';
import type { TrashedFile } from './corpus-folder.js';
import { digestArticleFiles, listArticleFiles } from './file-digests.js';
import { failureOf, findFile, refusedReport, summary } from './admin-outcome.js';
import type { Actor, AttachmentRef, CorpusFileInfo, CorpusHost, RefreshReport } from './types.js';
import { LIMITS } from '../discord-limits.js';
import type { Logger } from '../log.js';
import { isProcessAlive } from '../runtime.js';
import { reason, reasonText } from '../reasons/reasons.js';
import type { Reason, ReasonParam } from '../reasons/reasons.js';

/** What the platform gives an operation: who acts, how to refresh everywhere, how to read an attachment. */
export interface AdminSession {
  actor: Actor;
  /** Refreshes the engine of every serving process (every shard), showing progress as the platform can. */
  refreshAll(): Promise<RefreshReport[]>;
  /**
   * Refreshes the base corpus in every serving process, when this session works on one server's own corpus
   * (/refresh re-reads the operator's folder for everyone; the server's own articles are built on each change).
   */
  refreshBase?(): Promise<RefreshReport[]>;
  /** The bytes of an attached file; throws UploadError when it is larger than `maxBytes` or cannot be read. */
  readAttachment(ref: AttachmentRef, maxBytes: number): Promise<Uint8Array>;
}

/** Options of {@link CorpusAdmin}. */
export interface CorpusAdminOptions {
  /** The engine holder of this process (its corpus folder is the one administered). */
  host: CorpusHost;
  /** Where removed articles go (default `data/trash`). */
  trashDir: string;
  audit: AuditLog;
  /** Where problems that reach no moderator go (an audit result line that could not be written). */
  log?: Logger;
}

/**
 * The result of an operation: done (with the refresh reports), or refused / failed with the reason. `undo-failed`:
 * the operation failed and so did its undo, so the corpus folder changed; the reason says how.
 */
export type AdminOutcome<T> =
  | ({ ok: true; reports: RefreshReport[] } & T)
  | { ok: false; result: 'refused' | 'failed' | 'undo-failed'; reason: string; why: Reason; file?: string; reports?: RefreshReport[] };

/** An intent found without a result at start, and the result line that settled it. */
export interface SettledOperation {
  intent: AuditEntry;
  result: AuditEntry;
  /** Set when the settling line could not be written (it will be tried again at the next start). */
  writeError?: Error;
}

/** An operation under way: its id, for the result line. */
interface Begun {
  op: string;
  action: AuditAction;
  actor: Actor;
}

/** The moderators' operations. */
export class CorpusAdmin {
  private queue: Promise<unknown> = Promise.resolve();
  /** Absolute folders and how replies name them, longest first. */
  private readonly roots: [string, string][];

  constructor(readonly options: CorpusAdminOptions) {
    const named = (dir: string): [string, string] => [path.resolve(dir), path.basename(path.resolve(dir))];
    const dataDir = path.dirname(path.resolve(options.trashDir));
    this.roots = [named(options.host.corpusDir), named(dataDir), named(path.dirname(path.resolve(options.audit.file))), named(options.host.cacheDir)]
      .filter(([abs]) => abs !== path.parse(abs).root)
      .sort((a, b) => b[0].length - a[0].length);
  }

  get corpusDir(): string {
    return this.options.host.corpusDir;
  }

  get host(): CorpusHost {
    return this.options.host;
  }

  get audit(): AuditLog {
    return this.options.audit;
  }

  /**
   * A path or a message as a moderator may see it: every absolute path under the corpus, data, audit or cache
   * folder is written from that folder's name (`data/trash/…`, `corpus/x.md`), never from the server's root.
   */
  shown(text: string): string {
    let out = text;
    for (const [abs, name] of this.roots) out = out.split(abs).join(name);
    return out;
  }

  /** A reason whose text parameters show paths as {@link shown} does. */
  private shownReason(r: Reason): Reason {
    if (!r.params) return r;
    const params = Object.fromEntries(Object.entries(r.params).map(([k, v]) => [k, typeof v === 'string' ? this.shown(v) : v]));
    return { ...r, params };
  }

  /** Runs operations of this process one at a time (a write, its refresh and its undo are one step). */
  private exclusive<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.queue.then(operation, operation);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Writes the intent line of an action; the reason to refuse it when the line cannot be written. */
  private async begin(actor: Actor, action: AuditAction, detail: string, file?: string): Promise<Begun | { refusal: Reason }> {
    const op = newOperationId();
    const error = await this.audit.record(actor, { op, phase: 'intent', pid: process.pid, action, ...(file !== undefined ? { file } : {}), detail });
    if (error) return { refusal: reason('auditUnwritable', { error: this.shown(error.message) }) };
    return { op, action, actor };
  }

  /** Writes the result line of an action begun with {@link begin}; a write error is logged (the intent stays unsettled until the next start). */
  private async end(begun: Begun, result: AuditResult, detail: string, file?: string): Promise<void> {
    const error = await this.audit.record(begun.actor, { op: begun.op, phase: 'result', action: begun.action, ...(file !== undefined ? { file } : {}), result, detail });
    if (error) this.options.log?.('warn', 'the result of a moderator action could not be written to the audit log', { op: begun.op, action: begun.action, result, error: error.message });
  }

  /** Reports as moderators may see them (paths relative). */
  private shownReports(reports: RefreshReport[]): RefreshReport[] {
    const warnings = (list: RefreshReport['skipped']) => list.map((w) => ({ file: this.shown(w.file), reason: this.shown(w.reason) }));
    return reports.map((r) => ({
      ...r,
      ...(r.error !== undefined ? { error: this.shown(r.error) } : {}),
      skipped: warnings(r.skipped),
      blocking: warnings(r.blocking),
      notes: warnings(r.notes),
    }));
  }

  /** Refreshes everywhere, with the reports as moderators may see them. */
  private async refreshAll(session: AdminSession): Promise<RefreshReport[]> {
    return this.shownReports(await session.refreshAll());
  }

  /**
   * Refreshes every serving process and records it (intent, then result). Not queued behind other operations:
   * it changes no file, and the engine host coalesces it with any refresh already running. When the audit log
   * cannot be written, nothing is rebuilt and the one report says why.
   */
  async refresh(session: AdminSession): Promise<RefreshReport[]> {
    const begun = await this.begin(session.actor, 'refresh', 'rebuild the index of every serving process from the corpus folder');
    if ('refusal' in begun) return [refusedReport(begun.refusal, this.host)];
    const reports = session.refreshBase ? this.shownReports(await session.refreshBase()) : await this.refreshAll(session);
    const failed = reports.filter((r) => !r.ok);
    await this.end(begun, failed.length ? 'failed' : 'ok', failed.length ? failed.map((r) => r.error).join(' | ') : summary(reports[0]));
    return reports;
  }

  /**
   * Adds an uploaded article: checks name, size and options before downloading, validates the content, merges
   * the options into its front matter, writes it atomically (never over an existing id), then refreshes. The
   * name is taken in Unicode NFC form (an NFD upload name is accepted as its NFC form; a name whose NFC form is
   * an existing article's id, in any case, is refused).
   */
  add(session: AdminSession, attachment: AttachmentRef, overrides: FrontMatterOverrides): Promise<AdminOutcome<{ file: string; id: string; title: string }>> {
    return this.exclusive(async () => {
      const name = attachment.name.normalize('NFC');
      const begun = await this.begin(session.actor, 'add', `write ${name} into the corpus folder, then refresh`, name);
      if ('refusal' in begun) return { ok: false as const, result: 'refused' as const, reason: reasonText(begun.refusal), why: begun.refusal, file: name };
      const refuse = async (why: Reason, result: 'refused' | 'failed' | 'undo-failed' = 'refused', reports?: RefreshReport[]) => {
        const text = reasonText(why);
        await this.end(begun, result, text, name);
        return { ok: false as const, result, reason: text, why, file: name, reports };
      };
      let written: string;
      let prepared: PreparedArticle;
      try {
        checkUpload(name, attachment.size, overrides);
        await refuseTakenId(this.corpusDir, idOf(name));
        const seen = this.host.engine.article(idOf(name));
        if (seen) throw new UploadError('exists', reason('idTaken', { id: seen.id, existing: seen.file }));
        const bytes = await session.readAttachment({ ...attachment, name }, MAX_UPLOAD_BYTES);
        prepared = readUpload(name, bytes, overrides);
        written = await writeArticle(this.corpusDir, prepared);
      } catch (error) {
        if (error instanceof UploadError) return refuse(this.shownReason(error.reason));
        return refuse(reason('writeFailed', { error: this.shown((error as Error).message) }), 'failed');
      }
      const reports = await this.refreshAll(session);
      if (reports.some((r) => !r.ok)) {
        // Undo: the upload goes to the trash (nothing lost), and processes that swapped are refreshed back.
        const why = failureOf(reports);
        let trashed: TrashedFile | undefined;
        let undoError: string | undefined;
        try {
          trashed = await moveToTrash(this.corpusDir, path.basename(written), this.options.trashDir);
        } catch (error) {
          undoError = this.shown((error as Error).message);
        }
        const someSwapped = reports.some((r) => r.ok);
        if (someSwapped) await session.refreshAll();
        if (trashed) return refuse(reason('addRefreshFailed', { trashPath: this.shown(trashed.trashPath), why }), 'failed', reports);
        return refuse(reason(someSwapped ? 'addUndoFailedServed' : 'addUndoFailed', { why, file: prepared.fileName, error: undoError ?? '?' }), 'undo-failed', reports);
      }
      await this.end(begun, 'ok', `${prepared.article.title} · ${summary(reports[0])}`, prepared.fileName);
      return { ok: true as const, reports, file: prepared.fileName, id: prepared.id, title: prepared.article.title };
    });
  }

  /** Moves an article file (by file name or id) to the trash, then refreshes; puts it back if the refresh fails. */
  remove(session: AdminSession, article: string): Promise<AdminOutcome<{ file: string; trashPath: string }>> {
    return this.exclusive(async () => {
      const wanted = article.trim().normalize('NFC');
      const files = await listArticleFiles(this.corpusDir);
      const nfc = (f: string) => f.normalize('NFC');
      const file = findFile(files, wanted);
      const baseFile = file === undefined && this.host.base ? findFile(this.host.base.visible(), wanted) : undefined;
      if (baseFile !== undefined) return this.hideBase(session, baseFile);
      const begun = await this.begin(session.actor, 'remove', `move ${file ?? wanted} to the trash, then refresh`, file ?? wanted);
      if ('refusal' in begun) return { ok: false as const, result: 'refused' as const, reason: reasonText(begun.refusal), why: begun.refusal, file: file ?? wanted };
      const refuse = async (why: Reason, result: 'refused' | 'failed' | 'undo-failed' = 'refused', reports?: RefreshReport[]) => {
        const text = reasonText(why);
        await this.end(begun, result, text, file ?? wanted);
        return { ok: false as const, result, reason: text, why, file: file ?? wanted, reports };
      };
      if (!file) return refuse(reason('noSuchArticle', { name: wanted }));
      const engine = this.host.engine;
      if (engine.article(idOf(nfc(file))) && engine.stats().articles <= 1) {
        return refuse(reason('onlyArticle', { file }));
      }
      let trashed: TrashedFile;
      try {
        trashed = await moveToTrash(this.corpusDir, file, this.options.trashDir);
      } catch (error) {
        return refuse(reason('trashFailed', { file, error: this.shown((error as Error).message) }), 'failed');
      }
      const trashPath = this.shown(trashed.trashPath);
      const reports = await this.refreshAll(session);
      if (reports.some((r) => !r.ok)) {
        const why = failureOf(reports);
        let putBack: ReasonParam | undefined;
        try {
          if (!(await restoreFromTrash(this.corpusDir, trashed))) putBack = reason('nameTakenMeanwhile');
        } catch (error) {
          putBack = this.shown((error as Error).message);
        }
        const someSwapped = reports.some((r) => r.ok);
        if (someSwapped) await session.refreshAll();
        if (putBack === undefined) return refuse(reason('removeRefreshFailed', { file, why }), 'failed', reports);
        return refuse(reason(someSwapped ? 'removeUndoFailedSwapped' : 'removeUndoFailed', { why, file, error: putBack, trashPath }), 'undo-failed', reports);
      }
      await this.end(begun, 'ok', `moved to ${trashPath} · ${summary(reports[0])}`, file);
      return { ok: true as const, reports, file, trashPath };
    });
  }

  /**
   * Settles the actions a crash interrupted (the intents `mine` picks: the audit log serves the base and every
   * server's own corpus): each intent without a result gets one saying what is true now — an added file present and
   * served (`ok`), absent (`not-applied`) or not served (`failed`); a removed file gone (`ok`) or still present or
   * served (`not-applied`); a refresh (`ok`: the index was opened from the folder at start). Intents of a live
   * process (a shard at work) are left alone. Call it at start, once the host is open; returns what it settled.
   */
  async settleInterrupted(mine: (intent: AuditEntry) => boolean = () => true): Promise<SettledOperation[]> {
    const open = (await this.audit.unsettled()).filter((intent) => mine(intent) && (intent.pid === undefined || intent.pid === process.pid || !isProcessAlive(intent.pid)));
    if (open.length === 0) return [];
    const onDisk = new Set((await listArticleFiles(this.corpusDir).catch(() => [] as string[])).map((f) => f.normalize('NFC')));
    // What is served: the corpus's own files, and for a server's own corpus the base articles it has not hidden.
    const own = Object.keys(this.host.servedFiles()).filter((f) => this.host.skippedReason(f) === undefined);
    const served = new Set([...own, ...(this.host.base?.visible() ?? [])].map((f) => f.normalize('NFC')));
    const settled: SettledOperation[] = [];
    for (const intent of open) {
      const file = intent.file?.normalize('NFC');
      let result: AuditResult;
      let detail: string;
      if (intent.action === 'add' && file) {
        if (!onDisk.has(file)) [result, detail] = ['not-applied', `${file} is not in the corpus folder: the addition did not happen or was undone`];
        else if (served.has(file)) [result, detail] = ['ok', `${file} is in the corpus folder and served`];
        else [result, detail] = ['failed', `${file} is in the corpus folder but not served: ${this.host.skippedReason(file) ?? 'it was not loaded'}`];
      } else if (intent.action === 'remove' && file) {
        if (onDisk.has(file)) [result, detail] = ['not-applied', `${file} is still in the corpus folder${served.has(file) ? ' and served' : ''}: the removal did not happen or was undone`];
        else if (served.has(file)) [result, detail] = ['not-applied', `${file} is still served: the removal did not happen or was undone`]; // a base article a server did not hide
        else [result, detail] = ['ok', `${file} is no longer in the corpus folder (look for it in the trash) and not served`];
      } else {
        [result, detail] = ['ok', 'the refresh did not finish; the index served now was opened from the corpus folder at start'];
      }
      const line: AuditEntry = {
        at: new Date().toISOString(),
        user: intent.user,
        guild: intent.guild,
        ...(intent.shard !== undefined ? { shard: intent.shard } : {}),
        op: intent.op!,
        phase: 'result',
        action: intent.action,
        ...(intent.file !== undefined ? { file: intent.file } : {}),
        result,
        settled: 'start',
        detail: `settled at start (the process stopped before writing the result of this action, begun ${intent.at}): ${detail}`,
      };
      const writeError = await this.audit.append(line);
      settled.push(writeError ? { intent, result: line, writeError } : { intent, result: line });
    }
    return settled;
  }

  /** Hides a base article from one server's own corpus (base folder and other servers untouched), audited, undone on failure. */
  private async hideBase(session: AdminSession, file: string): Promise<AdminOutcome<{ file: string; trashPath: string }>> {
    const base = this.host.base!;
    const begun = await this.begin(session.actor, 'remove', `hide the base article ${file} from this server, then refresh its view`, file);
    if ('refusal' in begun) return { ok: false as const, result: 'refused' as const, reason: reasonText(begun.refusal), why: begun.refusal, file };
    const refuse = async (why: Reason, result: 'refused' | 'failed' = 'refused', reports?: RefreshReport[]) => {
      await this.end(begun, result, reasonText(why), file);
      return { ok: false as const, result, reason: reasonText(why), why, file, reports };
    };
    if (this.host.engine.stats().articles <= 1) return refuse(reason('onlyArticle', { file }));
    try {
      await base.hide(file);
    } catch (error) {
      return refuse(reason('trashFailed', { file, error: this.shown((error as Error).message) }), 'failed');
    }
    const reports = await this.refreshAll(session);
    if (reports.some((r) => !r.ok)) {
      await base.show(file).catch(() => undefined);
      return refuse(reason('removeRefreshFailed', { file, why: failureOf(reports) }), 'failed', reports);
    }
    await this.end(begun, 'ok', `hidden from this server · ${summary(reports[0])}`, file);
    return { ok: true as const, reports, file, trashPath: '' };
  }

  /** The article files of the folder: name, size, date, title when served, and whether the index is up to date. Reads only: no audit line. */
  async list(): Promise<CorpusFileInfo[]> {
    const digests = await digestArticleFiles(this.corpusDir);
    const served = this.host.servedFiles();
    const engine = this.host.engine;
    const out: CorpusFileInfo[] = [];
    for (const [file, digest] of Object.entries(digests)) {
      const info = await stat(path.join(this.corpusDir, file)).catch(() => undefined);
      const id = idOf(file.normalize('NFC'));
      const was = served[file];
      const skipped = this.host.skippedReason(file);
      let status: CorpusFileInfo['status'];
      if (!was) status = 'pending';
      else if (was.sha256 !== digest.sha256) status = 'changed';
      else status = skipped !== undefined ? 'skipped' : 'served';
      const entry: CorpusFileInfo = { file, id, bytes: digest.bytes, modified: (info?.mtime ?? new Date(0)).toISOString(), status };
      const title = status === 'skipped' ? undefined : engine.article(id)?.title;
      if (title) entry.title = title;
      if (status === 'skipped' && skipped) {
        entry.reason = this.shown(skipped);
        const why = this.host.skippedWhy(file);
        if (why) entry.why = this.shownReason(why);
      }
      out.push(entry);
    }
    // A server's own corpus: the base articles it sees are listed too (served from the shared base).
    for (const file of this.host.base?.visible() ?? []) {
      const a = engine.article(idOf(file.normalize('NFC')));
      if (a && !digests[file]) out.push({ file, id: a.id, bytes: a.bytes, modified: new Date(0).toISOString(), status: 'served', title: a.title });
    }
    return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  }

  /** Up to 25 article files whose name or title contains `typed` (case-insensitive), for autocomplete. */
  async suggest(typed: string): Promise<{ name: string; value: string }[]> {
    const query = typed.trim().normalize('NFC').toLowerCase();
    const engine = this.host.engine;
    const choices: { name: string; value: string }[] = [];
    const own = await listArticleFiles(this.corpusDir);
    for (const file of [...own, ...(this.host.base?.visible() ?? []).filter((f) => !own.includes(f))]) {
      if (file.length > LIMITS.choiceText) continue;
      const title = engine.article(idOf(file.normalize('NFC')))?.title ?? '';
      if (query && !file.normalize('NFC').toLowerCase().includes(query) && !title.toLowerCase().includes(query)) continue;
      const label = title ? `${file} — ${title}` : file;
      choices.push({ name: label.length > LIMITS.choiceText ? `${label.slice(0, LIMITS.choiceText - 1)}…` : label, value: file });
      if (choices.length >= LIMITS.choices) break;
    }
    return choices;
  }

  /** Records a refused attempt by someone who is not a moderator (one line; a write error is logged). */
  async denied(actor: Actor, action: AuditAction, detail: string): Promise<void> {
    const error = await this.audit.record(actor, { action, result: 'denied', detail });
    if (error) this.options.log?.('warn', 'a denied attempt could not be written to the audit log', { action, error: error.message });
  }
}
