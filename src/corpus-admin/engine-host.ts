/**
 * The engine holder: serves queries from the current Engine and refreshes it from the corpus folder without
 * ever serving a half-built index.
 *
 * A refresh builds the index snapshot in a child process (child-builder.ts), so the serving event loop keeps
 * acknowledging interactions; it then loads that snapshot here (a few hundred ms on 1,000 articles) and swaps
 * the new engine in with one assignment. Callers take `host.engine` once per request, so a request sees the
 * old engine or the new one, never a mix. Concurrent refreshes coalesce: at most one runs and one waits; the
 * waiting one reuses the finished result when the folder did not change in between. A refresh that fails — the
 * folder emptied or missing, the build crashed, or an article file that is newly unreadable — keeps the old
 * engine and says why, naming the files.
 */
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { LoadWarning } from '../corpus/types.js';
import { openEngine, storePath } from '../engine.js';
import { removeUnreferenced } from '../index/segment-store.js';
import type { SegmentCache } from '../index/update-store.js';
import type { SegmentPart } from '../index/merge-segments.js';
import type { Engine } from '../qa/types.js';
import { buildIndex, countsOf } from './build-index.js';
import type { BuildProgress, BuildResult } from './build-index.js';
import { childBuilder, inlineBuilder } from './child-builder.js';
import type { Builder } from './child-builder.js';
import { digestArticleFiles, diffDigests, sameDigests } from './file-digests.js';
import type { CorpusCounts, FileDigest, RefreshProgress, RefreshReport } from './types.js';
import { reason, reasonOf } from '../reasons/reasons.js';
import { blockingReason, classify, failure, skippedDigests } from './refresh-outcome.js';
import type { Reason } from '../reasons/reasons.js';

/** Options of {@link EngineHost.open}. */
export interface EngineHostOptions {
  /** Folder of articles. */
  corpusDir: string;
  /** Snapshot folder; default the core's (`.cache/index`). */
  cacheDir?: string;
  /**
   * How a refresh builds the new index: `child` (default) in a child process, off the serving event loop;
   * `inline` in this thread (blocks it for the whole build: tools and tests only); or a custom builder.
   */
  builder?: 'child' | 'inline' | Builder;
  /** A build running longer than this is killed and the refresh fails (default 10 minutes). */
  buildTimeoutMs?: number;
  /** Shard id under the ShardingManager, copied into reports. */
  shard?: number;
}

/** How the index was obtained when the host opened. */
export interface OpenInfo {
  fromSnapshot: boolean;
  /** Why the snapshot was not used, when the index was built: `missing`, `corrupt`, `stale` or `version`. */
  snapshotMiss?: string;
  /** Snapshot temporary files of killed processes that were removed. */
  removedTemps: string[];
  /** Files skipped at start, with the reason. */
  warnings: LoadWarning[];
  ms: number;
}

const DEFAULT_BUILD_TIMEOUT_MS = 10 * 60_000;

/** Restarts of a refresh because the folder changed between the build and the load. */
const MAX_LOAD_ATTEMPTS = 3;

/** The engine holder. Create with {@link EngineHost.open}. */
export class EngineHost {
  /** Article files of the served index, with their digests. */
  private servedDigests: Record<string, FileDigest>;
  /** Files that could not be loaded in the served index, with the digest they had: they do not block a refresh. */
  private knownSkipped: Map<string, string>;
  /** Reasons of the files skipped in the served index. */
  private skippedWarnings: Map<string, LoadWarning>;
  private current: Engine;
  private running?: Promise<RefreshReport>;
  private pending?: Promise<RefreshReport>;
  private last?: { files: Record<string, FileDigest>; report: RefreshReport };
  private readonly listeners = new Set<(progress: RefreshProgress) => void>();
  private readonly children = new Set<ChildProcess>();
  private readonly builder: Builder;
  private builds = 0;
  /** The segments in memory, by id: a refresh reads only the new ones from disk. */
  private readonly segments: SegmentCache;
  /** The background merge, while it runs. */
  private merging?: Promise<void>;
  /** The segments of the served engine, with their tombstones (servers' own corpora are built over them). */
  private parts: SegmentPart[];
  /** Counts the engines swapped in: what a server's own view was built on is stale when it changed. */
  private swaps = 0;

  private constructor(
    private readonly options: EngineHostOptions,
    engine: Engine,
    result: BuildResult,
    /** How the index was obtained at start. */
    readonly opened: OpenInfo,
    segments: SegmentCache,
    parts: SegmentPart[],
  ) {
    this.segments = segments;
    this.parts = parts;
    this.prune(result.segmentIds);
    this.current = engine;
    this.servedDigests = result.files;
    this.knownSkipped = skippedDigests(result);
    this.skippedWarnings = new Map(classify(result).skipped.map((w) => [w.file, w]));
    const choice = options.builder ?? 'child';
    this.builder = choice === 'child' ? childBuilder(options.buildTimeoutMs ?? DEFAULT_BUILD_TIMEOUT_MS) : choice === 'inline' ? inlineBuilder : choice;
  }

  /**
   * Opens the corpus in this process (at start nothing is served yet, so there is no one to keep waiting):
   * loads a fresh snapshot or builds one. Removes snapshot temporary files left by a killed process first.
   * Throws CorpusError when the folder is missing or holds no readable article.
   */
  static async open(options: EngineHostOptions, onProgress?: BuildProgress): Promise<EngineHost> {
    const started = performance.now();
    const removedTemps = await removeUnreferenced(storePath(options.corpusDir, options.cacheDir), undefined);
    const segments: SegmentCache = new Map();
    const { engine, result, parts } = await buildIndex({ corpusDir: options.corpusDir, cacheDir: options.cacheDir }, onProgress, segments);
    const info: OpenInfo = { fromSnapshot: result.fromSnapshot, warnings: result.warnings, ms: performance.now() - started, removedTemps };
    if (result.snapshotMiss) info.snapshotMiss = result.snapshotMiss;
    return new EngineHost(options, engine, result, info, segments, parts);
  }

  /** The engine to answer with. Take it once per request. */
  get engine(): Engine {
    return this.current;
  }

  /** The corpus folder. */
  get corpusDir(): string {
    return this.options.corpusDir;
  }

  /** The snapshot folder. */
  get cacheDir(): string {
    return path.dirname(storePath(this.options.corpusDir, this.options.cacheDir));
  }

  /** True while a refresh runs. */
  get refreshing(): boolean {
    return this.running !== undefined;
  }

  /** The served segments and their tombstones, and a number that changes whenever another engine is swapped in. */
  get servedSegments(): { parts: readonly SegmentPart[]; version: number } {
    return { parts: this.parts, version: this.swaps };
  }

  /** Segments of the served index (1 after a merge). */
  get segmentCount(): number {
    return this.segments.size;
  }

  /** The background merge in progress, if any (tests and tools wait for it). */
  get merge(): Promise<void> | undefined {
    return this.merging;
  }

  /** Number of builds started by refreshes (coalesced requests start none; a refresh with nothing changed starts none). */
  get buildCount(): number {
    return this.builds;
  }

  /** The article files of the served index and their digests. */
  servedFiles(): Readonly<Record<string, FileDigest>> {
    return this.servedDigests;
  }

  /** Why a file of the served state was skipped, when it was. */
  skippedReason(file: string): string | undefined {
    return this.skippedWarnings.get(file)?.reason;
  }

  /** The same reason as a code, when the loader gave one. */
  skippedWhy(file: string): Reason | undefined {
    return this.skippedWarnings.get(file)?.why;
  }

  /** Calls `listener` with the progress of every refresh until the returned function is called. */
  onProgress(listener: (progress: RefreshProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Re-reads the corpus folder and swaps a new engine in when the build is complete and sound. Never throws:
   * a failure is a report with `ok: false` and the reason, and the old engine keeps serving.
   */
  refresh(): Promise<RefreshReport> {
    if (this.pending) return this.pending;
    if (this.running) {
      this.pending = this.running.then(
        () => undefined,
        () => undefined,
      ).then(() => {
        this.pending = undefined;
        return this.start(true);
      });
      return this.pending;
    }
    return this.start(false);
  }

  /** Stops a running build process (shutdown, tests). The refresh it served fails; the engine stays. */
  close(): void {
    for (const child of this.children) child.kill('SIGKILL');
  }

  private start(followsAnother: boolean): Promise<RefreshReport> {
    const run = this.run(followsAnother).finally(() => {
      if (this.running === run) this.running = undefined;
    });
    this.running = run;
    return run;
  }

  private emit(started: number, stage: string, done = 0, total = 0): void {
    const progress: RefreshProgress = { stage, done, total, elapsedMs: Math.round(performance.now() - started) };
    for (const listener of this.listeners) {
      try {
        listener(progress);
      } catch {
        // A listener's failure is not the refresh's.
      }
    }
  }

  private async run(followsAnother: boolean): Promise<RefreshReport> {
    const started = performance.now();
    const before = countsOf(this.current);
    const base = { before, shard: this.options.shard };
    try {
      // A refresh never races the background merge for the segment store.
      await this.merging;
      const now = await digestArticleFiles(this.options.corpusDir);
      if (followsAnother && this.last && sameDigests(now, this.last.files)) return { ...this.last.report, coalesced: true, before, after: countsOf(this.current) };
      // The files are those of the served index: nothing to annotate, nothing to load.
      if (Object.keys(now).length && sameDigests(now, this.servedDigests)) return this.unchanged(started, base, now);
      for (let attempt = 1; attempt <= MAX_LOAD_ATTEMPTS; attempt++) {
        const report = await this.buildAndSwap(started, base);
        if (report) return report;
      }
      return this.fail(started, base, reason('keptChanging'));
    } catch (error) {
      return this.fail(started, base, reasonOf(error));
    }
  }

  /** One build (a new segment for what changed) and its swap; undefined when the folder changed meanwhile. */
  private async buildAndSwap(started: number, base: { before: CorpusCounts; shard?: number }): Promise<RefreshReport | undefined> {
    this.emit(started, 'starting');
    this.builds++;
    const built = await this.builder(
      { corpusDir: this.options.corpusDir, cacheDir: this.options.cacheDir },
      (stage, done, total) => this.emit(started, stage, done, total),
      (child) => this.track(child),
      this.segments,
    );
    const { result } = built;
    const classified = classify(result);
    const blocking = classified.skipped.filter((w) => this.knownSkipped.get(w.file) !== result.files[w.file]?.sha256);
    const changes = diffDigests(this.servedDigests, result.files);
    const common = { ...base, changes, skipped: classified.skipped, blocking, notes: classified.notes, buildMs: result.buildMs };
    if (blocking.length > 0) {
      return this.finish(result.files, { ...common, ok: false, ...failure(blockingReason(blocking)), after: base.before, loadMs: 0, ms: elapsed(started) });
    }
    if (result.saveError) {
      return this.finish(result.files, { ...common, ok: false, ...failure(reason('snapshotNotSaved', { error: result.saveError })), after: base.before, loadMs: 0, ms: elapsed(started) });
    }
    let engine = built.engine;
    let loadMs = 0;
    if (!engine) {
      // Loading here reads the folder again: if it changed since the build, build again off this thread
      // rather than let openEngine annotate on it.
      const now = await digestArticleFiles(this.options.corpusDir);
      if (!sameDigests(now, result.files)) return undefined;
      this.emit(started, 'loading');
      const t = performance.now();
      const loaded = await this.load(now);
      engine = loaded.engine;
      this.parts = loaded.parts;
      loadMs = Math.round(performance.now() - t);
    } else {
      this.prune(result.segmentIds);
      this.parts = built.parts ?? this.parts;
    }
    this.current = engine;
    this.swaps++;
    this.servedDigests = result.files;
    this.knownSkipped = skippedDigests(result);
    this.skippedWarnings = new Map(classified.skipped.map((w) => [w.file, w]));
    if (result.mergeWanted) this.startMerge();
    return this.finish(result.files, { ...common, ok: true, after: countsOf(engine), loadMs, ms: elapsed(started) });
  }

  /** The report of a refresh that found the served files unchanged. */
  private unchanged(started: number, base: { before: CorpusCounts; shard?: number }, files: Record<string, FileDigest>): RefreshReport {
    const skipped = [...this.skippedWarnings.values()];
    const changes = { added: [], changed: [], removed: [] };
    return this.finish(files, { ...base, ok: true, changes, skipped, blocking: [], notes: [], buildMs: 0, after: base.before, loadMs: 0, ms: elapsed(started) });
  }

  /** Opens the served segments: those in memory are reused, new ones read from disk. */
  private async load(digests: Record<string, FileDigest>): Promise<{ engine: Engine; parts: SegmentPart[] }> {
    let how: { ids: string[]; parts: SegmentPart[] } = { ids: [], parts: [] };
    const engine = await openEngine({ corpusDir: this.options.corpusDir, cacheDir: this.options.cacheDir, digests, segments: this.segments, merge: 'never', onIndex: (h) => (how = h) });
    this.prune(how.ids);
    return { engine, parts: how.parts };
  }

  /** Forgets the segments in memory that the store no longer serves. */
  private prune(ids: readonly string[]): void {
    for (const id of [...this.segments.keys()]) if (!ids.includes(id)) this.segments.delete(id);
  }

  private track(child: ChildProcess): void {
    this.children.add(child);
    child.once('exit', () => this.children.delete(child));
  }

  /**
   * Merges the segments into one in the background (a child process, like a build), then swaps the merged
   * index in when the served files are still the ones merged. Members keep their answers meanwhile; a merge
   * that fails or is killed leaves the segments serving (the manifest is committed only after the merged
   * segment is written whole).
   */
  private startMerge(): void {
    if (this.merging) return;
    const run = async () => {
      try {
        const built = await this.builder({ corpusDir: this.options.corpusDir, cacheDir: this.options.cacheDir, merge: 'always' }, () => undefined, (child) => this.track(child), this.segments);
        if (!sameDigests(built.result.files, this.servedDigests) || built.result.saveError) return;
        const loaded = built.engine ? { engine: built.engine, parts: built.parts ?? this.parts } : await this.load(built.result.files);
        if (built.engine) this.prune(built.result.segmentIds);
        if (!sameDigests(built.result.files, this.servedDigests)) return;
        this.current = loaded.engine;
        this.parts = loaded.parts;
        this.swaps++;
      } catch {
        // The segments keep serving; the next refresh that wants a merge tries again.
      }
    };
    this.merging = run().finally(() => (this.merging = undefined));
  }

  private finish(files: Record<string, FileDigest>, report: Omit<RefreshReport, 'finishedAt'>): RefreshReport {
    const done: RefreshReport = { ...report, finishedAt: new Date().toISOString() };
    this.last = { files, report: done };
    return done;
  }

  private fail(started: number, base: { before: CorpusCounts; shard?: number }, why: Reason): RefreshReport {
    this.last = undefined;
    return {
      ...base,
      ok: false,
      ...failure(why),
      after: base.before,
      changes: { added: [], changed: [], removed: [] },
      skipped: [],
      blocking: [],
      notes: [],
      ms: elapsed(started),
      buildMs: 0,
      loadMs: 0,
      finishedAt: new Date().toISOString(),
    };
  }
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}
