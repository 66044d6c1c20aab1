/** How a refresh's build result reads for moderators: skipped files, the files that block it, its failure fields. */
import type { LoadWarning } from '../corpus/types.js';
import { reason, reasonText } from '../reasons/reasons.js';
import type { Reason } from '../reasons/reasons.js';
import type { BuildResult } from './build-index.js';

/** Warnings split into skipped article files (not loaded) and other notes. */
export function classify(result: BuildResult): { skipped: LoadWarning[]; notes: LoadWarning[] } {
  const loaded = new Set(result.loaded);
  const skipped: LoadWarning[] = [];
  const notes: LoadWarning[] = [];
  for (const w of result.warnings) {
    if (result.files[w.file] !== undefined && !loaded.has(w.file)) skipped.push(w);
    else notes.push(w);
  }
  return { skipped, notes };
}

export function skippedDigests(result: BuildResult): Map<string, string> {
  return new Map(classify(result).skipped.map((w) => [w.file, result.files[w.file]!.sha256]));
}

/** Files named in a refusal at most (the others counted). */
const SHOWN_BLOCKING = 5;

/** Why a refresh keeps the previous index: files that cannot be read, named with their reasons. */
export function blockingReason(blocking: LoadWarning[]): Reason {
  const files = blocking.slice(0, SHOWN_BLOCKING).map((w) => reason('fileProblem', { file: w.file, why: w.why ?? w.reason }));
  if (blocking.length === 1) return reason('blockingOne', { files });
  const more = blocking.length > SHOWN_BLOCKING ? reason('andMore', { n: blocking.length - SHOWN_BLOCKING }) : '';
  return reason('blockingMany', { count: blocking.length, files, more });
}

/** The failure fields of a report: the English text and the reason. */
export function failure(why: Reason): { error: string; errorReason: Reason } {
  return { error: reasonText(why), errorReason: why };
}
