/**
 * One server's own corpus: the shared base (the engine host's segments, loaded once per process) plus what the
 * server's moderators changed — their own articles, in their own segments, and tombstones of the base articles
 * they removed. Kept under `<guild corpora folder>/<server id>/`: `articles/` (their files, the corpus folder of
 * their /corpus add and remove), `hidden.json` (the base files hidden from this server) and `trash/`. The
 * server's questions are answered from one view over the base segments (with its tombstones added) and its
 * own segments (merge-segments.ts): nothing of the base is copied or annotated again. Other servers and DMs
 * never see it. The view is made again when the base changes (a refresh swaps the base's segments).
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../atomic-write.js';
import type { LoadWarning } from '../corpus/types.js';
import { storePath } from '../engine.js';
import { mergeSegments, type SegmentPart } from '../index/merge-segments.js';
import { readManifest } from '../index/segment-store.js';
import { loadSegments, type SegmentCache } from '../index/update-store.js';
import { CoreEngine } from '../qa/core-engine.js';
import type { Engine } from '../qa/types.js';
import { reasonOf } from '../reasons/reasons.js';
import type { Reason } from '../reasons/reasons.js';
import { countsOf } from './build-index.js';
import type { Builder } from './child-builder.js';
import type { EngineHost } from './engine-host.js';
import { digestArticleFiles, diffDigests } from './file-digests.js';
import { blockingReason, classify, failure } from './refresh-outcome.js';
import type { BaseArticles, CorpusCounts, CorpusHost, FileDigest, RefreshProgress, RefreshReport } from './types.js';

/** Where a server's own corpus lives. */
export function guildFolder(root: string, guildId: string): string {
  return path.join(path.resolve(root), guildId);
}

/** A server's own corpus over the base (see the file's comment). */
export class GuildOverlay implements CorpusHost {
  readonly corpusDir: string;
  /** When the server last used it (for eviction). */
  lastUsed = Date.now();
  private own: SegmentPart[] = [];
  private ownFiles: Record<string, FileDigest> = {};
  private skipped = new Map<string, LoadWarning>();
  private hidden = new Set<string>();
  private view?: { version: number; engine: Engine };
  private running?: Promise<RefreshReport>;
  private readonly listeners = new Set<(progress: RefreshProgress) => void>();
  private readonly segments: SegmentCache = new Map();

  private constructor(
    private readonly baseHost: EngineHost,
    readonly folder: string,
    readonly cacheDir: string,
    private readonly builder: Builder,
  ) {
    this.corpusDir = path.join(folder, 'articles');
  }

  /** Opens a server's own corpus from its folder (created on its first change): its segments, its tombstones. */
  static async open(base: EngineHost, folder: string, cacheDir: string, builder: Builder): Promise<GuildOverlay> {
    const overlay = new GuildOverlay(base, folder, cacheDir, builder);
    await mkdir(overlay.corpusDir, { recursive: true });
    try {
      overlay.hidden = new Set((JSON.parse(await readFile(path.join(folder, 'hidden.json'), 'utf8')) as { hidden: string[] }).hidden);
    } catch {
      overlay.hidden = new Set();
    }
    const report = await overlay.refresh();
    if (!report.ok) throw new Error(`the server's own corpus in ${folder} cannot be opened: ${report.error}`);
    return overlay;
  }

  /** The engine of this server's view: the base with its tombstones, and its own segments. */
  get engine(): Engine {
    const { parts, version } = this.baseHost.servedSegments;
    if (this.view?.version !== version) {
      const base = parts.map((p) => this.withHidden(p));
      this.view = { version, engine: new CoreEngine(mergeSegments([...base, ...this.own]), { buildMs: 0, fromSnapshot: true }) };
    }
    return this.view.engine;
  }

  /** The base articles this server sees, and hiding them from it. */
  readonly base: BaseArticles = {
    visible: () => this.baseHost.engine.articles().map((a) => a.file).filter((f) => !this.hidden.has(f)),
    hide: async (file) => this.setHidden(file, true),
    show: async (file) => this.setHidden(file, false),
  };

  servedFiles(): Readonly<Record<string, FileDigest>> {
    return this.ownFiles;
  }
  skippedReason(file: string): string | undefined {
    return this.skipped.get(file)?.reason;
  }
  skippedWhy(file: string): Reason | undefined {
    return this.skipped.get(file)?.why;
  }
  onProgress(listener: (progress: RefreshProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  /** True while its own articles are being built. */
  get refreshing(): boolean {
    return this.running !== undefined;
  }

  /**
   * Builds this server's own articles that changed (a new small segment, off the serving thread like the
   * base's refresh) and makes its view again. A newly unreadable file keeps the previous view and says why.
   */
  refresh(): Promise<RefreshReport> {
    this.running ??= this.build().finally(() => (this.running = undefined));
    return this.running;
  }

  private async build(): Promise<RefreshReport> {
    const started = performance.now();
    const before = countsOf(this.engine);
    const empty = { added: [], changed: [], removed: [] };
    try {
      const now = await digestArticleFiles(this.corpusDir);
      const changes = diffDigests(this.ownFiles, now);
      if (!Object.keys(now).length) return this.swap(started, before, { own: [], files: now, skipped: [], changes, buildMs: 0 });
      const emit = (stage: string, done: number, total: number) => {
        for (const l of this.listeners) l({ stage, done, total, elapsedMs: Math.round(performance.now() - started) });
      };
      const { result } = await this.builder({ corpusDir: this.corpusDir, cacheDir: this.cacheDir }, emit, undefined, this.segments);
      const { skipped, notes } = classify(result);
      const blocking = skipped.filter((w) => !this.skipped.has(w.file));
      if (blocking.length) return this.report(started, before, { ok: false, ...failure(blockingReason(blocking)), changes, skipped, blocking, notes, after: before, buildMs: result.buildMs });
      const store = storePath(this.corpusDir, this.cacheDir);
      const found = await readManifest(store);
      const loaded = 'manifest' in found ? await loadSegments(store, found.manifest, this.segments) : { miss: found.miss };
      if ('miss' in loaded) throw new Error(`the server's segments cannot be read (${loaded.miss})`);
      for (const id of [...this.segments.keys()]) if (!('manifest' in found) || !found.manifest.segments.some((s) => s.id === id)) this.segments.delete(id);
      return this.swap(started, before, { own: loaded.parts, files: result.files, skipped, changes, buildMs: result.buildMs });
    } catch (error) {
      const why = reasonOf(error);
      return this.report(started, before, { ok: false, ...failure(why), changes: empty, skipped: [], blocking: [], notes: [], after: before, buildMs: 0 });
    }
  }

  private swap(started: number, before: CorpusCounts, next: { own: SegmentPart[]; files: Record<string, FileDigest>; skipped: LoadWarning[]; changes: RefreshReport['changes']; buildMs: number }): RefreshReport {
    this.own = next.own;
    this.ownFiles = next.files;
    this.skipped = new Map(next.skipped.map((w) => [w.file, w]));
    this.view = undefined;
    return this.report(started, before, { ok: true, changes: next.changes, skipped: next.skipped, blocking: [], notes: [], after: countsOf(this.engine), buildMs: next.buildMs });
  }

  private report(started: number, before: CorpusCounts, rest: Omit<RefreshReport, 'before' | 'ms' | 'loadMs' | 'finishedAt'>): RefreshReport {
    return { before, ...rest, loadMs: 0, ms: Math.round(performance.now() - started), finishedAt: new Date().toISOString() };
  }

  /** A base segment with this server's tombstones added. */
  private withHidden(part: SegmentPart): SegmentPart {
    if (!this.hidden.size) return part;
    const dead = new Set(part.dead);
    part.index.meta.articles.forEach((a, doc) => this.hidden.has(a.file) && dead.add(doc));
    return { index: part.index, dead };
  }

  /** Writes the hidden list (temporary file, then renamed) and makes the view again. */
  private async setHidden(file: string, hidden: boolean): Promise<void> {
    const next = new Set(this.hidden);
    if (hidden) next.add(file);
    else next.delete(file);
    await mkdir(this.folder, { recursive: true });
    await writeFileAtomic(path.join(this.folder, 'hidden.json'), JSON.stringify({ hidden: [...next].sort() }));
    this.hidden = next;
    this.view = undefined;
  }
}
