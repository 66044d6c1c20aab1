import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusFiles, corpusMB, ensureSyntheticCorpus } from './corpus.js';
import { makeQuestions } from './questions.js';
import { corpusResult, mergePhases } from './report.js';
import type { BenchReport, CorpusResult, Phase, SystemName, WorkerResult, WorkerTask } from './types.js';

/** The project root (this file is scripts/bench/run.ts). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const WORKER = join(PROJECT_ROOT, 'scripts', 'bench', 'worker.ts');

/** What to measure and where. Every field has a default (see {@link defaultBenchOptions}). */
export interface BenchOptions {
  /** Sizes of synthetic corpora to generate (or reuse) and measure. */
  docs: number[];
  /** Existing corpus folders to measure as they are (e.g. the shipped `corpus/`). Measured first. */
  corpusDirs: string[];
  /** Questions per corpus: dev.json's first, then generated ones. Default 200. */
  questions: number;
  /** Seed of the question generator. */
  seed: number;
  /** Where synthetic corpora, snapshots and worker results go. Default `.cache/bench`. */
  cacheDir: string;
  /** The eval file whose questions are asked. Default `../shared/eval/dev.json`. */
  devFile: string;
  /** The synthetic corpus generator. Default `../shared/bench/make-corpus.mjs`. */
  makeCorpusScript: string;
  /** Heap limit of each worker, MB (`--max-old-space-size`). Default 4096. */
  heapMB: number;
  /** A phase still running after this many seconds is stopped and reported failed. Default 1800. */
  timeoutS: number;
  /** Progress lines (default: stderr). */
  log: (line: string) => void;
  /** The workers' own output (default: copied to stderr). */
  workerOutput: (chunk: string) => void;
}

/** Default options: the shipped corpus and a 1,000-article synthetic corpus, 200 questions. */
export function defaultBenchOptions(): BenchOptions {
  return {
    docs: [1000],
    corpusDirs: [join(PROJECT_ROOT, 'corpus')],
    questions: 200,
    seed: 7,
    cacheDir: join(PROJECT_ROOT, '.cache', 'bench'),
    devFile: resolve(PROJECT_ROOT, '..', 'shared', 'eval', 'dev.json'),
    makeCorpusScript: resolve(PROJECT_ROOT, '..', 'shared', 'bench', 'make-corpus.mjs'),
    heapMB: 4096,
    timeoutS: 1800,
    log: (line) => process.stderr.write(`${line}\n`),
    workerOutput: (chunk) => process.stderr.write(chunk),
  };
}

/**
 * Runs one phase of one system in a child process (`node --max-old-space-size --import tsx worker.ts`)
 * and returns what it measured; a crash (out of memory, signal) becomes a failed result, never a throw.
 */
export function runWorker(
  task: WorkerTask,
  opts: Pick<BenchOptions, 'heapMB' | 'timeoutS' | 'workerOutput'>,
): Promise<WorkerResult> {
  rmSync(task.outFile, { force: true });
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      [`--max-old-space-size=${opts.heapMB}`, '--expose-gc', '--import', 'tsx', WORKER, JSON.stringify(task)],
      { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let tail = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutS * 1000);
    const take = (chunk: Buffer): void => {
      const text = chunk.toString('utf8');
      tail = (tail + text).slice(-2000);
      opts.workerOutput(text);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    const fail = (why: string): WorkerResult => ({ ok: false, error: why, peakRssMB: Number.NaN, startRssMB: Number.NaN });
    child.on('error', (e) => {
      clearTimeout(timer);
      done(fail(`could not start the worker: ${e.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) {
        done(fail(`stopped after ${opts.timeoutS} s (timeout)`));
        return;
      }
      if (existsSync(task.outFile)) {
        try {
          done(JSON.parse(readFileSync(task.outFile, 'utf8')) as WorkerResult);
          return;
        } catch (e) {
          done(fail(`unreadable worker result: ${(e as Error).message}`));
          return;
        }
      }
      const last = tail.trim().split('\n').slice(-3).join(' | ');
      done(fail(`worker exited with ${signal ?? `code ${code}`}${last ? `: ${last}` : ''}`));
    });
  });
}

/** Measures both systems on one corpus folder: ours then the baseline, each build then serve in its own process. */
async function benchCorpus(name: string, dir: string, opts: BenchOptions): Promise<CorpusResult> {
  const docs = corpusFiles(dir).length;
  const workDir = join(opts.cacheDir, 'runs', name);
  mkdirSync(workDir, { recursive: true });
  const q = makeQuestions(dir, opts.devFile, opts.questions, opts.seed);
  const questionsFile = join(workDir, 'questions.json');
  writeFileSync(questionsFile, JSON.stringify(q.questions, null, 1));
  opts.log(`[${name}] ${docs} articles, ${q.questions.length} questions (${q.fromDev} from dev.json, ${q.generated} generated)`);

  const measure = async (system: SystemName) => {
    const phase = async (p: Phase): Promise<WorkerResult> => {
      const started = Date.now();
      opts.log(`[${name}] ${system}: ${p === 'build' ? 'first build' : 'snapshot load + asks'} …`);
      const task: WorkerTask = {
        system,
        phase: p,
        corpusDir: dir,
        questionsFile,
        workDir: join(workDir, system),
        outFile: join(workDir, `${system}-${p}.result.json`),
      };
      const r = await runWorker(task, opts);
      opts.log(`[${name}] ${system}: ${p} ${r.ok ? 'done' : `FAILED (${r.error})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return r;
    };
    const build = await phase('build');
    const serve = build.ok ? await phase('serve') : null;
    return mergePhases(build, serve, q.questions.length);
  };
  const ours = await measure('ours');
  const baseline = await measure('baseline');
  return corpusResult({ name, dir, docs, corpusMB: corpusMB(dir), questions: q.questions.length }, ours, baseline);
}

/** Runs the whole bench: the given folders, then each synthetic size. */
export async function runBench(partial: Partial<BenchOptions> = {}): Promise<BenchReport> {
  const opts: BenchOptions = { ...defaultBenchOptions(), ...partial };
  mkdirSync(opts.cacheDir, { recursive: true });
  const loadStart = loadavg()[0]!;
  const corpora: CorpusResult[] = [];
  for (const dir of opts.corpusDirs) {
    const abs = resolve(dir);
    if (corpusFiles(abs).length === 0) throw new Error(`${dir}: no .md or .txt articles in this folder`);
    const name = abs === join(PROJECT_ROOT, 'corpus') ? 'shipped' : basename(abs);
    corpora.push(await benchCorpus(name, abs, opts));
  }
  for (const n of opts.docs) {
    const dir = ensureSyntheticCorpus(n, opts.cacheDir, opts.makeCorpusScript, opts.log);
    corpora.push(await benchCorpus(`synthetic-${n}`, dir, opts));
  }
  return {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: cpus().length,
    loadAverage: { start: loadStart, end: loadavg()[0]! },
    date: new Date().toISOString(),
    corpora,
  };
}
