/**
 * The audit log: one JSON object per line, appended, for every moderator action and every refused attempt —
 * who (user id and tag), where (guild, shard), what (refresh, add, remove, list, feedback), which file, the result, when.
 */
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Actor } from './types.js';

/** What was done. */
export type AuditAction = 'refresh' | 'add' | 'remove' | 'list' | 'feedback';

/**
 * How it ended: `ok`; `refused` (bad input: nothing changed); `failed` (the action could not complete:
 * nothing changed); `denied` (the member is not a moderator).
 */
export type AuditResult = 'ok' | 'refused' | 'failed' | 'denied';

/** One line of the audit log. */
export interface AuditEntry {
  /** ISO 8601 time. */
  at: string;
  user: { id: string; tag: string };
  guild: string | null;
  shard?: number;
  action: AuditAction;
  /** The article file concerned, for add and remove. */
  file?: string;
  result: AuditResult;
  /** A short explanation: the reason of a refusal, the counts of a refresh, where a removed file went. */
  detail?: string;
}

/** Appends entries to a JSON-lines file (its folder is created on first write). */
export class AuditLog {
  private chain: Promise<void> = Promise.resolve();

  constructor(readonly file: string) {}

  /**
   * Appends one entry. Entries of one process are written in call order; each is one `appendFile` (O_APPEND),
   * so lines from several processes (shards) do not interleave. Never throws: a write error is returned.
   */
  record(actor: Actor, entry: Omit<AuditEntry, 'at' | 'user' | 'guild' | 'shard'>): Promise<Error | undefined> {
    const line: AuditEntry = {
      at: new Date().toISOString(),
      user: { id: actor.id, tag: actor.tag },
      guild: actor.guildId ?? null,
      ...(actor.shard !== undefined ? { shard: actor.shard } : {}),
      ...entry,
    };
    const write = this.chain.then(async () => {
      await mkdir(path.dirname(this.file), { recursive: true });
      await appendFile(this.file, `${JSON.stringify(line)}\n`, 'utf8');
    });
    this.chain = write.catch(() => undefined);
    return write.then(
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
}
