/**
 * Replies of the moderator commands, platform-neutral like the others: a refresh's report (one per shard),
 * its progress, an added or removed article, the corpus files, and refusals.
 */
import { formatBytes } from '../corpus-admin/article-upload.js';
import type { CorpusFileInfo, RefreshProgress, RefreshReport } from '../corpus-admin/types.js';
import { clampPage, errorReply, paginate } from './build.js';
import type { ReplyContext } from './build.js';
import { cutAtWord } from './text.js';
import type { Reply, ReplyField } from './types.js';
import { reasonText } from '../reasons/reasons.js';
import type { Reason } from '../reasons/reasons.js';

/** Characters of the drawn progress bar. */
const BAR_WIDTH = 24;
/** Files that cannot be read, listed by name at most (the others counted). */
const SHOWN_PROBLEMS = 8;
/** Characters of each one's reason. */
const REASON = 200;
/** Characters of a shard's error. */
const SHARD_ERROR = 400;
/** Shards shown side by side up to this many, then one per line. */
const INLINE_SHARDS = 6;
/** Characters of a skipped file's reason in /corpus list. */
const REASON_IN_LIST = 300;

/** File names listed per field at most. */
const MAX_LISTED = 15;
/** Files per page of /corpus list. */
const LIST_PER_PAGE = 10;

/** The reply a refresh shows while it runs. */
export function progressReply(ctx: ReplyContext, progress: RefreshProgress): Reply {
  const { t, locale } = ctx;
  const stage = t(`admin.stage.${progress.stage}`);
  const count = progress.total > 0 ? ` ${progress.done.toLocaleString('en')}/${progress.total.toLocaleString('en')}` : '';
  const seconds = (progress.elapsedMs / 1000).toFixed(0);
  return {
    locale,
    title: t('refresh.running'),
    description: t('refresh.progress', { stage: stage.startsWith('admin.stage.') ? progress.stage : stage, count, seconds }),
    passages: [],
    fields: [],
    abstained: false,
  };
}

/** A text progress bar for terminals: `[########------------] 40% finding names 400/1,000 · 3 s`. */
export function progressBar(ctx: ReplyContext, progress: RefreshProgress, width = BAR_WIDTH): string {
  const share = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  const filled = Math.round(share * width);
  const stage = ctx.t(`admin.stage.${progress.stage}`);
  const count = progress.total > 0 ? ` ${progress.done.toLocaleString('en')}/${progress.total.toLocaleString('en')}` : '';
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${stage}${count} · ${(progress.elapsedMs / 1000).toFixed(0)} s`;
}

/** Why a refresh kept the previous index, in the reader's language. */
function failureText(ctx: ReplyContext, report: RefreshReport): string {
  return report.errorReason ? reasonText(report.errorReason, ctx.locale) : (report.error ?? '?');
}

function counts(ctx: ReplyContext, c: RefreshReport['after']): string {
  return ctx.t('refresh.counts', { articles: c.articles, passages: c.passages, people: c.people, events: c.events });
}

function fileList(files: string[]): string {
  const shown = files.slice(0, MAX_LISTED).join(', ');
  return files.length > MAX_LISTED ? `${shown} … (+${files.length - MAX_LISTED})` : shown;
}

/** The fields listing one report's changes and problem files. */
function changeFields(ctx: ReplyContext, report: RefreshReport): ReplyField[] {
  const { t } = ctx;
  const fields: ReplyField[] = [];
  const { added, changed, removed } = report.changes;
  if (added.length) fields.push({ name: `${t('refresh.added')} (${added.length})`, value: fileList(added) });
  if (changed.length) fields.push({ name: `${t('refresh.changed')} (${changed.length})`, value: fileList(changed) });
  if (removed.length) fields.push({ name: `${t('refresh.removed')} (${removed.length})`, value: fileList(removed) });
  const problems = report.blocking.length ? report.blocking : report.skipped;
  if (problems.length) {
    const lines = problems.slice(0, SHOWN_PROBLEMS).map((w) => `${w.file}: ${cutAtWord(w.reason, REASON)}`);
    if (problems.length > 8) lines.push(`… (+${problems.length - 8})`);
    fields.push({ name: `${t(report.blocking.length ? 'refresh.blocking' : 'refresh.skipped')} (${problems.length})`, value: lines.join('\n') });
  }
  return fields;
}

/** The reply to /refresh (and the refresh part of /corpus add and remove): one report, or one per shard. */
export function refreshReply(ctx: ReplyContext, reports: RefreshReport[]): Reply {
  const { t, locale } = ctx;
  const ok = reports.filter((r) => r.ok);
  const first = ok[0] ?? reports[0];
  if (!first) return errorReply(ctx, t('error.generic'));
  const title = ok.length === reports.length ? t('refresh.title.ok') : ok.length === 0 ? t('refresh.title.failed') : t('refresh.title.partial');
  const description: string[] = [];
  if (first.ok) {
    const { added, changed, removed } = first.changes;
    description.push(
      added.length + changed.length + removed.length === 0
        ? t('refresh.noChange')
        : t('refresh.delta', {
            added: added.length,
            changed: changed.length,
            removed: removed.length,
            passagesBefore: first.before.passages,
            passagesAfter: first.after.passages,
            peopleBefore: first.before.people,
            peopleAfter: first.after.people,
            eventsBefore: first.before.events,
            eventsAfter: first.after.events,
          }),
    );
    if (first.coalesced) description.push(t('refresh.coalesced'));
  } else {
    description.push(t('refresh.stillServed', { counts: counts(ctx, first.before) }));
  }
  const fields = changeFields(ctx, first);
  if (reports.length > 1) {
    for (const r of reports) {
      fields.push({
        name: t('refresh.shard', { shard: r.shard ?? '?' }),
        value: r.ok ? t('refresh.shardOk', { articles: r.after.articles, seconds: (r.ms / 1000).toFixed(1) }) : t('refresh.shardFailed', { error: cutAtWord(failureText(ctx, r), SHARD_ERROR) }),
        inline: reports.length <= INLINE_SHARDS,
      });
    }
  }
  return {
    locale,
    title,
    answer: first.ok ? counts(ctx, first.after) : (first.error !== undefined ? failureText(ctx, first) : t('refresh.title.failed')),
    description: description.join('\n'),
    passages: [],
    fields,
    footer: t(first.ok && first.buildMs === 0 ? 'refresh.timingReused' : 'refresh.timing', { build: (first.buildMs / 1000).toFixed(1), load: first.loadMs, total: (first.ms / 1000).toFixed(1) }),
    abstained: !first.ok,
  };
}

/** The refresh's reply under a title of its own, its description opened by what was done. */
function afterChange(ctx: ReplyContext, reports: RefreshReport[], title: string, done: string): Reply {
  const refreshed = refreshReply(ctx, reports);
  return { ...refreshed, title, description: [done, refreshed.description].filter(Boolean).join('\n') };
}

/** The reply to a successful /corpus add. */
export function addedReply(ctx: ReplyContext, added: { file: string; title: string }, reports: RefreshReport[]): Reply {
  return afterChange(ctx, reports, ctx.t('add.title', { title: added.title }), ctx.t('add.description', { file: added.file }));
}

/** The reply to a successful /corpus remove. */
export function removedReply(ctx: ReplyContext, removed: { file: string; trashPath: string }, reports: RefreshReport[]): Reply {
  const description = removed.trashPath ? ctx.t('remove.description', { path: removed.trashPath }) : ctx.t('remove.hidden');
  return afterChange(ctx, reports, ctx.t('remove.title', { file: removed.file }), description);
}

/**
 * A refused or failed /corpus add or remove: private, names the problem, and says nothing changed — except when
 * the undo of a failed operation failed too (`undo-failed`): then it says the corpus folder changed.
 */
export function refusedReply(ctx: ReplyContext, action: 'add' | 'remove', why: Reason, result?: 'refused' | 'failed' | 'undo-failed'): Reply {
  const reason = reasonText(why, ctx.locale);
  const key = result === 'undo-failed' ? `${action}.undoFailed` : `${action}.refused`;
  return errorReply(ctx, ctx.t(key, { reason: reason.replace(/[.\s]+$/u, '') }));
}

/** The reply to /corpus list: every article file with its size, title and state, paginated. */
export function corpusListReply(ctx: ReplyContext, files: CorpusFileInfo[], page: number | undefined): Reply {
  const { t, locale } = ctx;
  const title = t('list.title');
  if (files.length === 0) return { locale, title, answer: t('list.none'), passages: [], fields: [], abstained: true };
  const count = (status: CorpusFileInfo['status']) => files.filter((f) => f.status === status).length;
  const total = files.reduce((n, f) => n + f.bytes, 0);
  const pages = paginate(files, () => 1, LIST_PER_PAGE, Infinity);
  const current = clampPage(page, pages.length);
  const fields: ReplyField[] = pages[current - 1]!.map((f) => ({
    name: `${f.file} · ${formatBytes(f.bytes)}`,
    value: [
      f.title,
      f.status === 'skipped' ? t('list.status.skipped', { reason: cutAtWord(f.why ? reasonText(f.why, ctx.locale) : (f.reason ?? '?'), REASON_IN_LIST) }) : t(`list.status.${f.status}`),
      t('list.modified', { date: f.modified.slice(0, 'YYYY-MM-DDTHH:MM'.length).replace('T', ' ') }),
    ]
      .filter(Boolean)
      .join(' · '),
  }));
  return {
    locale,
    title,
    description: t('list.summary', { files: files.length, size: formatBytes(total), served: count('served'), skipped: count('skipped'), pending: count('pending') + count('changed') }),
    passages: [],
    fields,
    footer: pages.length > 1 ? t('page', { page: current, pages: pages.length }) : undefined,
    abstained: false,
    pagination: pages.length > 1 ? { command: 'corpus', page: current, pages: pages.length, options: { sub: 'list' } } : undefined,
  };
}
