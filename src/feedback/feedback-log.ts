/**
 * The feedback log: answers members may rate, their votes, and the questions the bot could not answer, as JSON
 * lines in one file (FEEDBACK_LOG). Lines are appended (one `appendFile` each, O_APPEND, so several shards can
 * write the same file); each operation first reads what other processes appended since, so a vote pressed on
 * any shard finds its answer. A member's latest vote on an answer is the one that counts; a press that repeats
 * it writes nothing. Member ids are hashed before anything else (member-hash.ts); nothing is written (not even
 * the salt) before the first feedback.
 *
 * Retention: lines older than `retentionDays` are pruned when the log opens and then at most once a day after a
 * write; pruning also drops votes a member later changed. It rewrites the file through a temporary file and a
 * rename, under a lock file so that two shards never prune at once.
 */
import { randomBytes } from 'node:crypto';
import { appendFile, mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadSalt, memberHasher } from './member-hash.js';
import type { MemberHasher } from './member-hash.js';
import type { AnswerFacts, AnswerLine, FailedQuestion, FeedbackLine, PressVote, VoteLine, VoteOutcome } from './types.js';
import { jsonSafe } from '../safe-text.js';

/** Options of the feedback log. */
export interface FeedbackLogOptions {
  /** The JSON-lines file; its folder is created on first write. */
  file: string;
  /** Lines older than this many days are pruned; default 90. */
  retentionDays?: number;
  /** The member-hash salt; default: generated once into `saltFile`. */
  salt?: string;
  /** Where a generated salt is kept; default `feedback-salt` beside `file`. */
  saltFile?: string;
  /** The clock (tests). */
  now?: () => Date;
}

/** Which server's feedback to read: one server id, null for direct messages, undefined for all (the console). */
export type GuildScope = string | null | undefined;

/** The order of /feedback's lists. */
export type FailureOrder = 'frequent' | 'recent';

const DAY_MS = 86_400_000;
/** A lock older than this was left by a killed process. */
const STALE_LOCK_MS = 60_000;

/** The key of a member's vote on an answer. */
function voteKey(id: string, member: string): string {
  return `${id}\u0000${member}`;
}

/** A question folded for grouping: case, accents, punctuation and spacing ignored. */
export function foldQuestion(question: string): string {
  return question
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function isLine(value: unknown): value is FeedbackLine {
  const v = value as Partial<FeedbackLine> | null;
  return (
    typeof v === 'object' && v !== null &&
    (v.type === 'answer' || v.type === 'vote') &&
    typeof v.id === 'string' && typeof v.at === 'string' && typeof v.question === 'string' && Array.isArray(v.evidence) &&
    (v.type === 'answer' || (typeof (v as VoteLine).member === 'string' && ['helpful', 'wrong', 'unanswered'].includes(String((v as VoteLine).vote))))
  );
}

/** Parses JSON lines, skipping blank and malformed ones (a line cut by a crash, a hand edit). */
export function parseLines(text: string): FeedbackLine[] {
  const out: FeedbackLine[] = [];
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue;
    try {
      const value: unknown = JSON.parse(raw);
      if (isLine(value)) out.push(value);
    } catch {
      // skipped: not a whole line
    }
  }
  return out;
}

/**
 * The lines worth keeping: those within the retention window, and of the votes of one member on one answer
 * only the latest. Order is kept.
 */
export function retainedLines(lines: readonly FeedbackLine[], cutoff: Date): FeedbackLine[] {
  const latest = new Map<string, number>();
  lines.forEach((l, i) => {
    if (l.type === 'vote' && l.vote !== 'unanswered') latest.set(voteKey(l.id, l.member), i);
  });
  const since = cutoff.getTime();
  return lines.filter((l, i) => {
    const at = Date.parse(l.at);
    if (!Number.isFinite(at) || at < since) return false;
    return l.type !== 'vote' || l.vote === 'unanswered' || latest.get(voteKey(l.id, l.member)) === i;
  });
}

/**
 * The questions answered wrong or not at all, one entry per folded wording, from the votes that count:
 * `frequent` puts the most wrong votes and abstentions first, `recent` the latest first.
 */
export function failedQuestions(votes: Iterable<VoteLine>, order: FailureOrder): FailedQuestion[] {
  const groups = new Map<string, FailedQuestion & { failedAt: string; lastWrongAt: string }>();
  for (const v of votes) {
    const key = foldQuestion(v.question);
    if (!key) continue;
    let g = groups.get(key);
    if (!g) {
      g = { question: v.question, command: v.command, kind: v.kind, wrong: 0, unanswered: 0, helpful: 0, lastAt: '', lastAnswer: null, evidence: [], failedAt: '', lastWrongAt: '' };
      groups.set(key, g);
    }
    if (v.vote === 'helpful') {
      g.helpful++;
      continue;
    }
    if (v.vote === 'wrong') {
      g.wrong++;
      if (v.at >= g.lastWrongAt) {
        g.lastWrongAt = v.at;
        g.lastAnswer = v.answer;
        g.evidence = v.evidence;
      }
    } else {
      g.unanswered++;
    }
    if (v.at >= g.failedAt) {
      g.failedAt = v.at;
      g.question = v.question;
      g.command = v.command;
      g.kind = v.kind ?? g.kind;
    }
  }
  const failed = [...groups.values()]
    .filter((g) => g.wrong + g.unanswered > 0)
    .map(({ failedAt, lastWrongAt: _lastWrongAt, ...g }) => ({ ...g, lastAt: failedAt }));
  const byRecent = (a: FailedQuestion, b: FailedQuestion) => b.lastAt.localeCompare(a.lastAt);
  return failed.sort(order === 'recent' ? byRecent : (a, b) => b.wrong + b.unanswered - (a.wrong + a.unanswered) || byRecent(a, b));
}

/** The feedback log of one process (open one per process; shards share the file). */
export class FeedbackLog {
  private readonly answers = new Map<string, AnswerLine>();
  /** The vote of each member on each answer that counts (the latest). */
  private readonly votes = new Map<string, VoteLine>();
  private readonly unanswered: VoteLine[] = [];
  /** Bytes of the file read so far, and which file (inode) they belong to. */
  private offset = 0;
  private inode = -1;
  private chain: Promise<unknown> = Promise.resolve();
  private lastPrune = 0;
  private readonly retentionDays: number;
  private readonly now: () => Date;
  /** The hasher, once the salt is loaded (or created, on the first feedback). */
  private hasher?: Promise<MemberHasher>;

  private constructor(
    readonly file: string,
    private readonly options: FeedbackLogOptions,
  ) {
    this.retentionDays = options.retentionDays ?? 90;
    this.now = options.now ?? (() => new Date());
  }

  /** Opens the log: prunes old lines and reads the rest. The salt is loaded when first needed. */
  static async open(options: FeedbackLogOptions): Promise<FeedbackLog> {
    const log = new FeedbackLog(options.file, options);
    await log.prune();
    return log;
  }

  /** The salted hash a member id is stored as (loads or creates the salt on first use). */
  async memberHash(memberId: string): Promise<string> {
    if (!this.hasher) {
      const saltFile = this.options.saltFile ?? path.join(path.dirname(this.file), 'feedback-salt');
      const loading = loadSalt({ configured: this.options.salt, file: saltFile }).then(memberHasher);
      this.hasher = loading;
      loading.catch(() => {
        if (this.hasher === loading) this.hasher = undefined; // try again next time
      });
    }
    return (await this.hasher)(memberId);
  }

  /** Runs `op` after every earlier operation of this process, with the lines other processes appended read in. */
  private serial<T>(op: () => Promise<T>): Promise<T> {
    const run = this.chain.then(async () => {
      await this.sync();
      return op();
    });
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Reads the whole lines appended since the last read (all of them when the file was replaced or shortened). */
  private async sync(): Promise<void> {
    const info = await stat(this.file).catch(() => undefined);
    if (!info) {
      this.reset();
      return;
    }
    if (info.ino !== this.inode || info.size < this.offset) {
      this.reset();
      this.inode = info.ino;
    }
    if (info.size === this.offset) return;
    const handle = await open(this.file, 'r');
    try {
      const buffer = Buffer.alloc(info.size - this.offset);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, this.offset);
      const end = buffer.subarray(0, bytesRead).lastIndexOf(0x0a);
      if (end < 0) return;
      this.offset += end + 1;
      for (const line of parseLines(buffer.subarray(0, end + 1).toString('utf8'))) this.apply(line);
    } finally {
      await handle.close();
    }
  }

  private reset(): void {
    this.answers.clear();
    this.votes.clear();
    this.unanswered.length = 0;
    this.offset = 0;
    this.inode = -1;
  }

  private apply(line: FeedbackLine): void {
    if (line.type === 'answer') this.answers.set(line.id, line);
    else if (line.vote === 'unanswered') this.unanswered.push(line);
    else this.votes.set(voteKey(line.id, line.member), line);
  }

  private async append(line: FeedbackLine): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    await appendFile(this.file, `${jsonSafe(JSON.stringify(line))}\n`, { encoding: 'utf8', mode: 0o600 });
    await this.sync();
  }

  /** Prunes once a day at most, after a write. */
  private async pruneIfDue(): Promise<void> {
    if (this.now().getTime() - this.lastPrune >= DAY_MS) await this.prune();
  }

  /** A new answer record id. */
  private static newId(): string {
    return randomBytes(8).toString('hex');
  }

  /** Records an answer members may rate; returns its record id (what the rating buttons carry). */
  async recordAnswer(facts: AnswerFacts, guild: string | null): Promise<string> {
    const id = await this.serial(async () => {
      const line: AnswerLine = { type: 'answer', id: FeedbackLog.newId(), at: this.now().toISOString(), guild, ...facts };
      await this.append(line);
      return line.id;
    });
    await this.pruneIfDue();
    return id;
  }

  /** Records a question the bot abstained on, as `unanswered` (the asker's id only as its hash). */
  async recordUnanswered(facts: AnswerFacts, guild: string | null, memberId: string): Promise<void> {
    await this.serial(async () => {
      const line: VoteLine = { type: 'vote', id: FeedbackLog.newId(), at: this.now().toISOString(), guild, member: await this.memberHash(memberId), vote: 'unanswered', ...facts, answer: null };
      await this.append(line);
    });
    await this.pruneIfDue();
  }

  /** A member's press on an answer's button: the first vote, a changed vote, a repeated one (nothing written), or an unknown (pruned) answer. */
  async vote(answerId: string, memberId: string, vote: PressVote): Promise<VoteOutcome> {
    const outcome = await this.serial(async (): Promise<VoteOutcome> => {
      const answer = this.answers.get(answerId);
      if (!answer) return { status: 'unknown' };
      const member = await this.memberHash(memberId);
      const previous = this.votes.get(voteKey(answerId, member))?.vote;
      if (previous === vote) return { status: 'unchanged', vote };
      const { type: _type, at: _at, ...facts } = answer;
      await this.append({ ...facts, type: 'vote', at: this.now().toISOString(), member, vote });
      return previous === 'helpful' || previous === 'wrong' ? { status: 'changed', vote, previous } : { status: 'recorded', vote };
    });
    if (outcome.status !== 'unknown' && outcome.status !== 'unchanged') await this.pruneIfDue();
    return outcome;
  }

  /** The votes that count on one answer (one per member). */
  async votesOn(answerId: string): Promise<VoteLine[]> {
    return this.serial(async () => [...this.votes.values()].filter((v) => v.id === answerId));
  }

  /** The questions answered wrong or not at all in `guild`'s scope, most frequent or most recent first. */
  async failures(guild: GuildScope, order: FailureOrder): Promise<FailedQuestion[]> {
    return this.serial(async () => {
      const inScope = (l: VoteLine) => guild === undefined || l.guild === guild;
      return failedQuestions([...this.votes.values(), ...this.unanswered].filter(inScope), order);
    });
  }

  /**
   * Drops lines older than the retention and votes since changed, rewriting the file (temporary file, then
   * rename) when anything goes. Skipped while another process holds the lock. Returns the lines dropped.
   */
  async prune(): Promise<number> {
    return this.serial(async () => {
      this.lastPrune = this.now().getTime();
      if (!(await stat(this.file).catch(() => undefined))) return 0;
      const lock = `${this.file}.lock`;
      if (!(await takeLock(lock))) return 0;
      try {
        const text = await readFile(this.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return '';
          throw error;
        });
        const whole = text.slice(0, text.lastIndexOf('\n') + 1);
        const lines = parseLines(whole);
        const kept = retainedLines(lines, new Date(this.now().getTime() - this.retentionDays * DAY_MS));
        const dropped = whole.split('\n').filter((l) => l.trim()).length - kept.length;
        if (dropped === 0) return 0;
        const temp = `${this.file}.${process.pid}.${FeedbackLog.newId()}.tmp`;
        await writeFile(temp, kept.map((l) => `${JSON.stringify(l)}\n`).join(''), { encoding: 'utf8', mode: 0o600 });
        // Lines other shards appended while this one was writing go to the new file too.
        const grown = await readFile(this.file).catch(() => Buffer.alloc(0));
        const tail = grown.subarray(Buffer.byteLength(whole));
        if (tail.length > 0) await appendFile(temp, tail);
        await rename(temp, this.file);
        this.reset();
        await this.sync();
        return dropped;
      } finally {
        await rm(lock, { force: true });
      }
    });
  }
}

/** Creates the lock file; false when another live process holds it (a stale one is taken over). */
async function takeLock(lock: string): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(lock, String(process.pid), { flag: 'wx' });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const info = await stat(lock).catch(() => undefined);
      if (info && Date.now() - info.mtimeMs < STALE_LOCK_MS) return false;
      await rm(lock, { force: true });
    }
  }
  return false;
}
