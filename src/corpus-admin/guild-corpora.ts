/**
 * Which corpus each server sees and edits. The base (the corpus folder, opened once per process by the engine
 * host) is what every server starts from and what DMs see. A server whose moderators changed something has its
 * own corpus over the base (guild-overlay.ts), kept under the guild corpora folder by server id: it is read on
 * the server's first question after a start, kept in memory while used, and let go when idle or when more
 * servers than the cap are in memory (the least recently used first; its files stay, it is read again on its
 * next question). Servers named in BASE_GUILD_IDS edit the base itself: their /corpus add and remove change the
 * corpus folder and reach every server.
 */
import { existsSync } from 'node:fs';
import type { Logger } from '../log.js';
import type { Engine } from '../qa/types.js';
import type { AuditLog } from './audit-log.js';
import { childBuilder, type Builder } from './child-builder.js';
import { CorpusAdmin, type SettledOperation } from './corpus-admin.js';
import type { EngineHost } from './engine-host.js';
import { GuildOverlay, guildFolder } from './guild-overlay.js';
import path from 'node:path';

/** Options of {@link GuildCorpora}. */
export interface GuildCorporaOptions {
  /** The base corpus's host and its moderators' operations. */
  base: CorpusAdmin;
  /** Folder of the servers' own corpora (one folder per server id). */
  dir: string;
  /** Snapshot folder for the servers' own segments (default the base's). */
  cacheDir?: string;
  /** Servers whose moderators edit the base itself. */
  baseGuildIds: readonly string[];
  /** Servers' own corpora kept in memory at most (default 50). */
  maxLoaded?: number;
  /** Unused this long, a server's own corpus is let go from memory (default 30 minutes). */
  idleMs?: number;
  audit: AuditLog;
  /** How a server's own articles are built (default: a child process, like the base's refresh). */
  builder?: 'child' | 'inline' | Builder;
  log?: Logger;
}

/** A server's own corpus in memory, with its moderators' operations. */
interface Loaded {
  overlay: GuildOverlay;
  admin: CorpusAdmin;
}

/** The corpora of the servers (see the file's comment). */
export class GuildCorpora {
  private readonly loaded = new Map<string, Loaded>();
  private readonly opening = new Map<string, Promise<Loaded>>();

  constructor(private readonly options: GuildCorporaOptions) {}

  /** The base's host. */
  get baseHost(): EngineHost {
    return this.options.base.host as EngineHost;
  }

  /** True for DMs and for the servers that edit the base. */
  editsBase(guildId: string | null | undefined): boolean {
    return !guildId || this.options.baseGuildIds.includes(guildId);
  }

  /** Servers whose own corpus is in memory now. */
  get loadedGuilds(): string[] {
    return [...this.loaded.keys()];
  }

  /**
   * Makes a server's own corpus ready before its request runs: read from its folder if it has one and it is not
   * in memory. Lets idle ones go. Never throws: a server whose own corpus cannot be read is answered from the base.
   */
  async prepare(guildId: string | null | undefined): Promise<void> {
    this.evict();
    if (this.editsBase(guildId) || this.loaded.has(guildId!)) return;
    if (!existsSync(this.folderOf(guildId!))) return;
    await this.load(guildId!).catch((error: unknown) => this.options.log?.('error', 'a server’s own corpus cannot be read; answering from the base', { guild: guildId, error }));
  }

  /** The engine a request of this server (or DM) is answered with: its own corpus when it has one in memory. */
  engineFor(guildId: string | null | undefined): Engine {
    if (this.editsBase(guildId)) return this.baseHost.engine;
    const own = this.loaded.get(guildId!);
    if (!own) return this.baseHost.engine;
    own.overlay.lastUsed = Date.now();
    return own.overlay.engine;
  }

  /**
   * Settles the moderator actions a crash interrupted, each by the corpus it was made on: the base's (DMs and
   * base editors) by the base, a server's by that server's own corpus, read for the purpose. Returns what it
   * settled; a server whose own corpus cannot be read is logged and left for the next start.
   */
  async settleInterrupted(): Promise<SettledOperation[]> {
    const settled = await this.options.base.settleInterrupted((intent) => this.editsBase(intent.guild));
    const servers = new Set((await this.options.audit.unsettled()).map((intent) => intent.guild).filter((g): g is string => !this.editsBase(g)));
    for (const guild of servers) {
      try {
        settled.push(...(await (await this.adminFor(guild)).settleInterrupted((intent) => intent.guild === guild)));
      } catch (error) {
        this.options.log?.('warn', 'could not read a server’s own corpus to settle its interrupted moderator actions', { guild, error });
      }
    }
    return settled;
  }

  /** The moderators' operations of this server: the base's for base editors, else its own corpus's (created on first use). */
  async adminFor(guildId: string | null | undefined): Promise<CorpusAdmin> {
    if (this.editsBase(guildId)) return this.options.base;
    return (await this.load(guildId!)).admin;
  }

  private folderOf(guildId: string): string {
    return guildFolder(this.options.dir, guildId);
  }

  private load(guildId: string): Promise<Loaded> {
    const known = this.loaded.get(guildId);
    if (known) {
      known.overlay.lastUsed = Date.now();
      return Promise.resolve(known);
    }
    let pending = this.opening.get(guildId);
    if (!pending) {
      pending = this.open(guildId).finally(() => this.opening.delete(guildId));
      this.opening.set(guildId, pending);
    }
    return pending;
  }

  private async open(guildId: string): Promise<Loaded> {
    const folder = this.folderOf(guildId);
    const choice = this.options.builder ?? 'child';
    const builder = typeof choice === 'function' ? choice : choice === 'child' ? childBuilder(10 * 60_000) : (await import('./child-builder.js')).inlineBuilder;
    const overlay = await GuildOverlay.open(this.baseHost, folder, this.options.cacheDir ?? this.baseHost.cacheDir, builder);
    const admin = new CorpusAdmin({ host: overlay, trashDir: path.join(folder, 'trash'), audit: this.options.audit, log: this.options.log });
    const loaded = { overlay, admin };
    this.loaded.set(guildId, loaded);
    this.evict();
    return loaded;
  }

  /** Lets go the own corpora idle too long, then the least recently used beyond the cap (never one at work). */
  private evict(now = Date.now()): void {
    const idle = this.options.idleMs ?? 30 * 60_000;
    const max = this.options.maxLoaded ?? 50;
    const byUse = [...this.loaded.entries()].filter(([, l]) => !l.overlay.refreshing).sort((a, b) => a[1].overlay.lastUsed - b[1].overlay.lastUsed);
    let count = this.loaded.size;
    for (const [id, l] of byUse) {
      if (now - l.overlay.lastUsed > idle || count > max) {
        this.loaded.delete(id);
        count--;
      }
    }
  }
}
