/** The two systems the bench compares. */
export type SystemName = 'ours' | 'baseline';

/** A worker runs one phase of one system in its own process, so peak RSS is per system and per phase. */
export type Phase = 'build' | 'serve';

/** What a worker is asked to do (passed as one JSON argument). */
export interface WorkerTask {
  system: SystemName;
  phase: Phase;
  /** Absolute path of the corpus folder. */
  corpusDir: string;
  /** Absolute path of a JSON file holding `string[]` questions (serve phase). */
  questionsFile: string;
  /** Absolute path of a folder the system may use for its snapshot; the build phase empties it first. */
  workDir: string;
  /** Where the worker writes its {@link WorkerResult} as JSON. */
  outFile: string;
}

/** What a worker reports for one phase. Times in seconds, latencies in milliseconds, memory in MB. */
export interface WorkerResult {
  ok: boolean;
  /** Error message when `ok` is false. */
  error?: string;
  /** Build phase: time to read the corpus and build the index (and, for ours, write its snapshot). */
  buildS?: number;
  /** Baseline build phase: time of `JSON.stringify(idx)` plus writing it. */
  saveS?: number;
  /** Size of the snapshot on disk, in MB. */
  snapshotMB?: number;
  /** Serve phase: time to open the index from the snapshot. */
  loadS?: number;
  /** Serve phase: whether the index really came from a snapshot (ours: `stats().fromSnapshot`). */
  fromSnapshot?: boolean;
  /** Serve phase: ask/search latencies over the questions, after one warm-up. */
  latency?: LatencySummary;
  /** Serve phase: questions that got an answer (ours: non-null answer; baseline: at least one hit). */
  answered?: number;
  /** Serve phase: questions whose ask/search threw. */
  askErrors?: number;
  /** First ask/search error message, if any. */
  askError?: string;
  /** Peak resident set size of the worker process, MB (`process.resourceUsage().maxRSS`). */
  peakRssMB: number;
  /** Resident set size when the worker started, before loading the system (node + tsx overhead), MB. */
  startRssMB: number;
  /** Extra counts the system reports (ours: `stats()`; baseline: documents, index terms). */
  stats?: Record<string, number | boolean | string>;
}

/** Latency percentiles over a set of timed calls, in milliseconds. */
export interface LatencySummary {
  count: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  meanMs: number;
  maxMs: number;
}

/** One system measured on one corpus: the build and serve phases merged. */
export interface SystemResult {
  ok: boolean;
  /** Why the system failed (the first failing phase's message). */
  error?: string;
  buildS: number | null;
  loadS: number | null;
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
  meanMs: number | null;
  /** Peak RSS over both phases, MB. */
  rssMB: number | null;
  rssBuildMB: number | null;
  rssServeMB: number | null;
  /** RSS of an idle worker (node + tsx), included in every RSS figure. */
  rssStartMB: number | null;
  snapshotMB: number | null;
  fromSnapshot: boolean | null;
  questions: number;
  answered: number | null;
  askErrors: number | null;
  askError?: string;
  saveS?: number;
  /** What each phase's system reported (ours: `stats()` and memory after load; baseline: documents, terms). */
  stats?: { build?: Record<string, number | boolean | string>; serve?: Record<string, number | boolean | string> };
}

/** ours / baseline for each measure; null when either side is missing. */
export interface Ratios {
  buildS: number | null;
  loadS: number | null;
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
  rssMB: number | null;
}

/** One issue-5 target checked against a run. */
export interface TargetCheck {
  /** What is checked, for a person. */
  name: string;
  /** The measured value (ours), or null when ours failed. */
  value: number | null;
  /** The limit it must not exceed (null when it depends on a baseline that failed). */
  limit: number | null;
  unit: 'ms' | 's' | 'MB';
  pass: boolean;
}

/** Everything measured on one corpus. */
export interface CorpusResult {
  /** `shipped`, `synthetic-N` or the folder's name. */
  name: string;
  dir: string;
  docs: number;
  /** Total size of the corpus files, MB. */
  corpusMB: number;
  questions: number;
  ours: SystemResult;
  baseline: SystemResult;
  ratios: Ratios;
  /** The issue-5 targets for this size; empty when the issue sets none for it. */
  targets: TargetCheck[];
}

/** The whole run, as printed with `--json`. */
export interface BenchReport {
  node: string;
  platform: string;
  cpus: number;
  /** 1-minute load average at the start and at the end of the run: other work on the machine skews latencies. */
  loadAverage: { start: number; end: number };
  date: string;
  corpora: CorpusResult[];
}
