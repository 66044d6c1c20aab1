import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBaselineIndex, frenchLunr, loadBaselineIndex, stripLunrSyntax } from './baseline.js';
import { readPlainArticles } from './corpus.js';
import { elapsedMs, peakRssMB, summarizeLatencies } from './stats.js';
import type { WorkerResult, WorkerTask } from './types.js';

/** Everything but `peakRssMB` / `startRssMB`, which the worker adds at the end. */
export type PhaseResult = Omit<WorkerResult, 'peakRssMB' | 'startRssMB'>;

/** Writes progress lines to stderr at most once a second. */
export function progressPrinter(label: string): (stage: string, done: number, total: number) => void {
  let last = 0;
  return (stage, done, total) => {
    const now = Date.now();
    if (now - last < 1000 && done < total) return;
    last = now;
    process.stderr.write(`  [${label}] ${stage} ${done}/${total}\n`);
  };
}

/** Total size of the files under a folder, in MB. */
function folderMB(dir: string): number {
  let bytes = 0;
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) bytes += statSync(p).size;
    }
  };
  walk(dir);
  return bytes / (1024 * 1024);
}

/**
 * Memory held once the index is open: a full GC first (workers run with --expose-gc), then the heap in
 * use and the resident set. This is the index's cost per process, apart from build or parse garbage.
 */
function memoryAfterLoad(): { heapAfterLoadMB: number; rssAfterLoadMB: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { heapAfterLoadMB: Math.round(m.heapUsed / 1048576), rssAfterLoadMB: Math.round(m.rss / 1048576) };
}

function readQuestions(file: string): string[] {
  return JSON.parse(readFileSync(file, 'utf8')) as string[];
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Times `run` on every question after one untimed warm-up call; a call that throws counts as an error
 * (its time is still recorded). `run` returns whether the question got an answer / hits.
 */
function timeQuestions(questions: readonly string[], run: (q: string) => boolean): Pick<
  PhaseResult,
  'latency' | 'answered' | 'askErrors' | 'askError'
> {
  if (questions.length === 0) throw new Error('no questions to ask');
  try {
    run(questions[0]!);
  } catch {
    // the timed loop below records it
  }
  const ms: number[] = [];
  let answered = 0;
  let askErrors = 0;
  let askError: string | undefined;
  for (const q of questions) {
    const t = process.hrtime.bigint();
    try {
      if (run(q)) answered++;
      ms.push(elapsedMs(t));
    } catch (e) {
      ms.push(elapsedMs(t));
      askErrors++;
      askError ??= `${JSON.stringify(q.slice(0, 60))}: ${message(e)}`;
    }
  }
  return { latency: summarizeLatencies(ms), answered, askErrors, ...(askError ? { askError } : {}) };
}

/** Where our engine keeps its snapshot during a bench. */
function oursCacheDir(task: WorkerTask): string {
  return join(task.workDir, 'ours-index');
}

/**
 * Our first build: `openEngine` with `useSnapshot: false` on an emptied cache folder. The time runs from
 * before the engine's modules are imported to the engine being ready (so module start-up counts).
 */
export async function oursBuild(task: WorkerTask): Promise<PhaseResult> {
  const cacheDir = oursCacheDir(task);
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  const t = process.hrtime.bigint();
  const { openEngine } = await import('../../src/engine.js');
  const importS = elapsedMs(t) / 1000;
  let warnings = 0;
  const engine = await openEngine({
    corpusDir: task.corpusDir,
    cacheDir,
    useSnapshot: false,
    onWarning: () => void warnings++,
    onProgress: progressPrinter('ours build'),
  });
  const buildS = elapsedMs(t) / 1000;
  return {
    ok: true,
    buildS,
    snapshotMB: folderMB(cacheDir),
    stats: { ...engine.stats(), warnings, importS },
  };
}

/** Our start from the snapshot the build left (`useSnapshot: true`), then ask latency over the questions. */
export async function oursServe(task: WorkerTask): Promise<PhaseResult> {
  const questions = readQuestions(task.questionsFile);
  const t = process.hrtime.bigint();
  const { openEngine } = await import('../../src/engine.js');
  const importS = elapsedMs(t) / 1000;
  const engine = await openEngine({
    corpusDir: task.corpusDir,
    cacheDir: oursCacheDir(task),
    useSnapshot: true,
    onProgress: progressPrinter('ours load'),
  });
  const loadS = elapsedMs(t) / 1000;
  const stats = engine.stats();
  const memory = memoryAfterLoad();
  return {
    ok: true,
    loadS,
    fromSnapshot: stats.fromSnapshot,
    ...timeQuestions(questions, (q) => engine.ask(q).answer !== null),
    stats: { ...stats, ...memory, loadImportS: importS },
  };
}

function baselineFile(task: WorkerTask): string {
  return join(task.workDir, 'baseline-index.json');
}

/** Plain-Lunr build (reading the articles included), then `JSON.stringify(idx)` written to disk. */
export async function baselineBuild(task: WorkerTask): Promise<PhaseResult> {
  mkdirSync(task.workDir, { recursive: true });
  const t = process.hrtime.bigint();
  frenchLunr();
  const articles = readPlainArticles(task.corpusDir);
  const idx = buildBaselineIndex(articles);
  const buildS = elapsedMs(t) / 1000;
  const s = process.hrtime.bigint();
  const json = JSON.stringify(idx);
  writeFileSync(baselineFile(task), json);
  const saveS = elapsedMs(s) / 1000;
  // invertedIndex is not in @types/lunr but is the index's term table.
  const terms = Object.keys((idx as unknown as { invertedIndex: object }).invertedIndex).length;
  return {
    ok: true,
    buildS,
    saveS,
    snapshotMB: statSync(baselineFile(task)).size / (1024 * 1024),
    stats: { documents: articles.length, terms },
  };
}

/** Plain-Lunr start: read the JSON, `lunr.Index.load`, then search latency over the stripped questions. */
export async function baselineServe(task: WorkerTask): Promise<PhaseResult> {
  const questions = readQuestions(task.questionsFile);
  const t = process.hrtime.bigint();
  frenchLunr();
  const idx = loadBaselineIndex(readFileSync(baselineFile(task), 'utf8'));
  const loadS = elapsedMs(t) / 1000;
  const memory = memoryAfterLoad();
  return {
    ok: true,
    loadS,
    fromSnapshot: true,
    ...timeQuestions(questions, (q) => idx.search(stripLunrSyntax(q)).length > 0),
    stats: memory,
  };
}

/** Runs one phase of one system and adds the process's memory figures; never throws. */
export async function runTask(task: WorkerTask, startRssMB: number): Promise<WorkerResult> {
  let result: PhaseResult;
  try {
    if (task.system === 'ours') result = task.phase === 'build' ? await oursBuild(task) : await oursServe(task);
    else result = task.phase === 'build' ? await baselineBuild(task) : await baselineServe(task);
  } catch (e) {
    result = { ok: false, error: message(e) };
  }
  return { ...result, peakRssMB: peakRssMB(), startRssMB };
}
