/** What moderators' operations report: refused refreshes, one-line summaries, why a refresh failed, file lookup. */
import { idOf } from './corpus-folder.js';
import { unansweredReport } from './types.js';
import type { CorpusHost, RefreshReport } from './types.js';
import { reason } from '../reasons/reasons.js';
import type { Reason, ReasonParam } from '../reasons/reasons.js';

/** The one report of a refresh refused before it ran: the index served is unchanged. */
export function refusedReport(why: Reason, host: CorpusHost): RefreshReport {
  const counts = countsNow(host);
  return { ...unansweredReport(why), before: counts, after: counts };
}

export function countsNow(host: CorpusHost): RefreshReport['before'] {
  const { articles, passages, people, events } = host.engine.stats();
  return { articles, passages, people, events };
}


/** "5 articles, 52 passages, 13 people, 30 events (+1 ~0 -0) in 1.9 s". */
export function summary(report: RefreshReport | undefined): string {
  if (!report) return '';
  const { after, changes } = report;
  return `${after.articles} articles, ${after.passages} passages, ${after.people} people, ${after.events} events (+${changes.added.length} ~${changes.changed.length} -${changes.removed.length}) in ${(report.ms / 1000).toFixed(1)} s`;
}

/** Why a refresh failed, from its first failed report: its reason when it carries one, else its text. */
export function failureOf(reports: RefreshReport[]): ReasonParam {
  const failed = reports.find((r) => !r.ok);
  return failed?.errorReason ?? failed?.error ?? reason('refreshFailed');
}

/** An article file by name, id, or name in any case (the names as given, compared in NFC). */
export function findFile(files: string[], wanted: string): string | undefined {
  const nfc = (f: string) => f.normalize('NFC');
  return files.find((f) => nfc(f) === wanted) ?? files.find((f) => idOf(nfc(f)) === wanted) ?? files.find((f) => nfc(f).toLowerCase() === wanted.toLowerCase());
}
