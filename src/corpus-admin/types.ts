/**
 * Types of the corpus administration layer: who acts, what a refresh reports, what the corpus folder holds.
 * Platform-neutral (no discord.js): the bot and the local console fill and render them.
 */
import type { FileDigest, LoadWarning } from '../corpus/types.js';
import type { Engine } from '../qa/types.js';
import { reasonText } from '../reasons/reasons.js';
import type { Reason } from '../reasons/reasons.js';

/** Who asked for an administrative action (audit log, replies). */
export interface Actor {
  /** Discord user id, or `console` for the local console. */
  id: string;
  /** Human-readable name (Discord tag, or the console's OS user). */
  tag: string;
  /** Guild the command came from, when any. */
  guildId?: string | null;
  /** Shard that handled the command, under the ShardingManager. */
  shard?: number;
}

/** A file attached to a command: a Discord attachment (http URL) or, in the console, a local file (file: URL). */
export interface AttachmentRef {
  /** File name as uploaded, e.g. `rencontre-a-oslo.md`. */
  name: string;
  /** Size in bytes as announced by the platform (checked again when downloading). */
  size: number;
  /** Where the bytes are: `https://cdn.discordapp.com/…`, the emulator's URL, or `file:///…`. */
  url: string;
  contentType?: string;
}

/** Content digest of one article file of the corpus folder. */
export type { FileDigest };

/** The counts a refresh compares, from `engine.stats()`. */
export interface CorpusCounts {
  articles: number;
  passages: number;
  people: number;
  events: number;
}

/** Article files added, changed or removed between the served index and the folder, by file name. */
export interface FileChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

/** What one refresh did, on one process (one shard). JSON-serialisable: it crosses process boundaries. */
export interface RefreshReport {
  /** True when a new index was swapped in; false when the previous one is still served (see `error`). */
  ok: boolean;
  /** Why the previous index is kept, for a person, in English, when `ok` is false. */
  error?: string;
  /** The same as a code with its parameters (src/reasons), for replies in the reader's language. */
  errorReason?: Reason;
  /** True when this request joined another refresh of an unchanged folder instead of rebuilding. */
  coalesced?: boolean;
  /** Files compared with the index served before the refresh. */
  changes: FileChanges;
  /** Counts served before the refresh. */
  before: CorpusCounts;
  /** Counts served after it (equal to `before` when `ok` is false, unless `candidate` says otherwise). */
  after: CorpusCounts;
  /** Article files not loaded, with the reason (loadCorpus warnings). */
  skipped: LoadWarning[];
  /** Skipped files that are new or changed since the served index: they made the refresh keep the old index. */
  blocking: LoadWarning[];
  /** Other warnings (a dropped bad date, a snapshot that could not be saved …). */
  notes: LoadWarning[];
  /** Wall time of the whole refresh (ms). */
  ms: number;
  /** Time spent building the index off the request path (ms; 0 when a fresh snapshot was reused). */
  buildMs: number;
  /** Time the serving thread spent loading the built index (ms). */
  loadMs: number;
  /** When the refresh finished (ISO 8601). */
  finishedAt: string;
  /** Shard id under the ShardingManager. */
  shard?: number;
}

/** Progress of a refresh, as the build reports it. */
export interface RefreshProgress {
  /** `starting`, `reading`, the build's stages (`sentences`, `names`, `dates`, `speech`, `index`), `loading`. */
  stage: string;
  done: number;
  total: number;
  /** ms since the refresh started. */
  elapsedMs: number;
}

/** One article file of the corpus folder, as `/corpus list` shows it. */
export interface CorpusFileInfo {
  file: string;
  id: string;
  bytes: number;
  /** Last modification (ISO 8601). */
  modified: string;
  /** Title of the served article, when served. */
  title?: string;
  /**
   * `served`: in the index as it is on disk; `changed`: in the index, but the file changed since;
   * `skipped`: not loadable (see `reason`); `pending`: new since the last refresh.
   */
  status: 'served' | 'changed' | 'skipped' | 'pending';
  /** Why it is skipped, in English … */
  reason?: string;
  /** … and as a reason code, for replies in the reader's language. */
  why?: Reason;
}

/** The report of a process that could not be asked or did not answer (a shard that is down, a timeout). */
export function unansweredReport(why: Reason, shard?: number): RefreshReport {
  const zero = { articles: 0, passages: 0, people: 0, events: 0 };
  return {
    ok: false,
    error: reasonText(why),
    errorReason: why,
    changes: { added: [], changed: [], removed: [] },
    before: zero,
    after: zero,
    skipped: [],
    blocking: [],
    notes: [],
    ms: 0,
    buildMs: 0,
    loadMs: 0,
    finishedAt: new Date().toISOString(),
    ...(shard !== undefined ? { shard } : {}),
  };
}

/**
 * What the moderators' operations work on: the base corpus's engine host, or one server's own corpus
 * (guild-overlay.ts). `corpusDir` is the folder articles are added to and removed from.
 */
export interface CorpusHost {
  readonly corpusDir: string;
  readonly cacheDir: string;
  readonly engine: Engine;
  servedFiles(): Readonly<Record<string, FileDigest>>;
  skippedReason(file: string): string | undefined;
  skippedWhy(file: string): Reason | undefined;
  refresh(): Promise<RefreshReport>;
  onProgress(listener: (progress: RefreshProgress) => void): () => void;
  /** A server's own corpus only: the base articles this server sees, and hiding one from it (or showing it again). */
  readonly base?: BaseArticles;
}

/** The base articles as one server's own corpus sees them. */
export interface BaseArticles {
  /** File names of the base articles this server sees (the base minus what it hid). */
  visible(): string[];
  /** Hides a base article from this server (a tombstone of its own); the base is untouched. */
  hide(file: string): Promise<void>;
  /** Shows a hidden base article again (the undo of hide). */
  show(file: string): Promise<void>;
}
