/**
 * The audit log: one JSON object per line, appended, for every moderator action and every refused attempt —
 * who (user id and tag), where (guild, shard), what (refresh, add, remove, list, feedback), which file, the result, when.
 *
 * An action that changes the corpus is written twice under one operation id (`op`): an `intent` line before
 * anything changes, and a `result` line once it is over. An intent without a result is an action interrupted by
 * a crash; the next start settles it with a result line saying what is true then (see CorpusAdmin.settleInterrupted).
 */
import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Actor } from './types.js';
import { jsonSafe } from '../safe-text.js';

/** What was done. */
export type AuditAction = 'refresh' | 'add' | 'remove' | 'list' | 'feedback';

/**
 * How it ended: `ok`; `refused` (bad input: nothing changed); `failed` (the action could not complete:
 * nothing changed); `undo-failed` (the action could not complete and neither could its undo: the corpus folder
 * changed, the detail says how); `not-applied` (settled at start: the interrupted action left no change);
 * `denied` (the member is not a moderator).
 */
export type AuditResult = 'ok' | 'refused' | 'failed' | 'undo-failed' | 'not-applied' | 'denied';

/** One line of the audit log. */
export interface AuditEntry {
  /** ISO 8601 time. */
  at: string;
  user: { id: string; tag: string };
  guild: string | null;
  shard?: number;
  /** The operation id shared by an action's intent and result lines (absent on single lines: denied attempts). */
  op?: string;
  /** `intent` (written before the action changes anything) or `result` (written after); absent on single lines. */
  phase?: 'intent' | 'result';
  /** The process that wrote an intent: an intent of a live process is not settled by another one. */
  pid?: number;
  action: AuditAction;
  /** The article file concerned, for add and remove. */
  file?: string;
  /** How it ended; absent on intent lines. */
  result?: AuditResult;
  /** Set on a result line written at start for an intent left without one: `start`. */
  settled?: 'start';
  /** A short explanation: the reason of a refusal, the counts of a refresh, where a removed file went. */
  detail?: string;
}

/** What a caller gives for one line (the log adds the time, the user, the guild and the shard). */
export type AuditRecord = Omit<AuditEntry, 'at' | 'user' | 'guild' | 'shard'>;

/** One entry as a single JSON line: valid JSON, with every control or separator character written `\uXXXX`. */
export function auditLine(entry: AuditEntry): string {
  return jsonSafe(JSON.stringify(entry));
}

/** A new operation id for an intent and its result. */
export function newOperationId(): string {
  return randomUUID();
}

/** Appends entries to a JSON-lines file (its folder is created on first write). */
export class AuditLog {
  private chain: Promise<void> = Promise.resolve();

  constructor(readonly file: string) {}

  /**
   * Appends one entry. Entries of one process are written in call order; each is one `appendFile` (O_APPEND),
   * so lines from several processes (shards) do not interleave. Never throws: a write error is returned.
   */
  record(actor: Actor, entry: AuditRecord): Promise<Error | undefined> {
    const line: AuditEntry = {
      at: new Date().toISOString(),
      user: { id: actor.id, tag: actor.tag },
      guild: actor.guildId ?? null,
      ...(actor.shard !== undefined ? { shard: actor.shard } : {}),
      ...entry,
    };
    return this.append(line);
  }

  /** Appends an entry as it is (its time, user and guild included): the settling of an intent at start. */
  append(line: AuditEntry): Promise<Error | undefined> {
    const write = this.chain.then(async () => {
      await mkdir(path.dirname(this.file), { recursive: true });
      await appendFile(this.file, `${auditLine(line)}\n`, 'utf8');
    });
    this.chain = write.catch(() => undefined);
    return write.then(
      () => undefined,
      (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
    );
  }

  /** Whether a line could be appended now (creates the folder and an empty file if needed): the error, or undefined. */
  writable(): Promise<Error | undefined> {
    const probe = this.chain.then(async () => {
      await mkdir(path.dirname(this.file), { recursive: true });
      await appendFile(this.file, '', 'utf8');
    });
    this.chain = probe.catch(() => undefined);
    return probe.then(
      () => undefined,
      (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
    );
  }

  /** Every entry written so far (tests, tools); lines that are not JSON are skipped. */
  async entries(): Promise<AuditEntry[]> {
    await this.chain;
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch {
      return [];
    }
    const out: AuditEntry[] = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        out.push(JSON.parse(line) as AuditEntry);
      } catch {
        // A torn line (a crash mid-write) is skipped, not fatal.
      }
    }
    return out;
  }

  /** Intent lines that no result line of the same operation follows, in log order. */
  async unsettled(): Promise<AuditEntry[]> {
    const open = new Map<string, AuditEntry>();
    for (const entry of await this.entries()) {
      if (!entry.op) continue;
      if (entry.phase === 'intent') open.set(entry.op, entry);
      else if (entry.phase === 'result') open.delete(entry.op);
    }
    return [...open.values()];
  }
}
