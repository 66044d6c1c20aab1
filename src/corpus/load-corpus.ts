import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { readArticle } from './read-article.js';
import type { ReadArticleResult } from './read-article.js';
import type { Article, FileDigest, LoadedCorpus, LoadWarning } from './types.js';
import type { Reason } from '../reasons/reasons.js';

/** Why a corpus folder could not be loaded. */
export type CorpusErrorCode = 'NOT_FOUND' | 'NOT_A_DIRECTORY' | 'EMPTY';

/** A corpus folder that cannot be used at all (missing, not a folder, no readable article). */
export class CorpusError extends Error {
  /** What went wrong. */
  readonly code: CorpusErrorCode;
  /** Absolute path of the folder. */
  readonly dir: string;
  /** For `EMPTY`: the files that were skipped, and why. */
  readonly warnings: LoadWarning[];

  constructor(code: CorpusErrorCode, dir: string, message: string, warnings: LoadWarning[] = []) {
    super(message);
    this.name = 'CorpusError';
    this.code = code;
    this.dir = dir;
    this.warnings = warnings;
  }
}

/** Options of {@link loadCorpus}. */
export interface LoadCorpusOptions {
  /** Called for each warning, in file-name order, as well as listing it in `LoadedCorpus.warnings`. */
  onWarning?: (warning: LoadWarning) => void;
  /**
   * What to do with a file whose front matter `published` is not a real YYYY-MM-DD date.
   * `false` (default): keep the article without a date and warn. `true`: skip the file and warn.
   */
  strict?: boolean;
}

/** Changes whenever the way the fingerprint is computed changes, so old snapshots stop matching. */
const FINGERPRINT_FORMAT = 'corpus-fingerprint/1';

/** Extensions of article files (compared in lower case). */
const ARTICLE_EXTENSIONS = new Set(['.md', '.txt']);

/** Files read at the same time. */
const READ_CONCURRENCY = 32;

const HOW_TO_CHOOSE = 'pass --corpus DIR or set CORPUS_DIR';

/** One article file as read from disk: its digest, or why it could not be read. */
interface ReadOutcome<T> {
  name: string;
  size?: number;
  sha256?: string;
  /** What the caller made of the bytes. */
  value?: T;
  error?: string;
}

/**
 * Reads every `.md` / `.txt` file at the top level of `dir` (other extensions, hidden files and sub-folders are
 * ignored) in file-name order, and returns its articles sorted by id. A file that is not a valid article is
 * skipped with a warning naming it and the reason; of two files with the same id (`a.md`, `a.txt`) the first
 * is kept and the second skipped with a warning. Throws {@link CorpusError}: `NOT_FOUND` when `dir` does not
 * exist, `NOT_A_DIRECTORY` when it is not a folder, `EMPTY` when no article could be loaded from it.
 * The fingerprint covers every article file read (valid or not), so fixing a bad file changes it too.
 */
export async function loadCorpus(dir: string, options: LoadCorpusOptions = {}): Promise<LoadedCorpus> {
  const root = path.resolve(dir);
  const names = await listCorpusFiles(root);
  const { articles, warnings, outcomes } = await readArticles(root, names, new Map(), options);
  if (articles.length === 0) throw emptyCorpusError(root, names.length, warnings);
  return { dir: root, articles, warnings, fingerprint: fingerprintOf(outcomes) };
}

/** What {@link loadCorpusFiles} read: the articles, the warnings, and the digest of every file read. */
export interface LoadedFiles {
  articles: Article[];
  warnings: LoadWarning[];
  digests: Record<string, FileDigest>;
}

/**
 * Reads some article files of `dir` (names as on disk) as {@link loadCorpus} reads a whole folder — the same
 * checks and warnings — when the rest of the corpus is already indexed: `taken` maps the ids of the articles
 * already served to their files, and a file whose id is among them is skipped as a duplicate. Never throws
 * for an empty result.
 */
export async function loadCorpusFiles(dir: string, names: string[], taken: ReadonlyMap<string, string>, options: LoadCorpusOptions = {}): Promise<LoadedFiles> {
  const root = path.resolve(dir);
  const { articles, warnings, outcomes } = await readArticles(root, [...names].sort(compareNames), taken, options);
  const digests: Record<string, FileDigest> = {};
  for (const o of outcomes) if (o.sha256 !== undefined && o.size !== undefined) digests[o.name] = { bytes: o.size, sha256: o.sha256 };
  return { articles, warnings, digests };
}

/** Reads and checks files in name order; of two with the same id the first (or the one in `taken`) is kept. */
async function readArticles(root: string, names: string[], taken: ReadonlyMap<string, string>, options: LoadCorpusOptions) {
  const strict = options.strict ?? false;
  const outcomes = await readFiles(root, names, (name, bytes) => readArticle(name, bytes, { strict }));
  const warnings: LoadWarning[] = [];
  const warn = (file: string, reason: string, why?: Reason): void => {
    const warning: LoadWarning = why ? { file, reason, why } : { file, reason };
    warnings.push(warning);
    options.onWarning?.(warning);
  };
  const byId = new Map<string, Article>();
  for (const outcome of outcomes) {
    const result: ReadArticleResult | undefined = outcome.value;
    if (outcome.error !== undefined || result === undefined) {
      warn(outcome.name, outcome.error ?? 'could not read the file');
    } else if (result.article === undefined) {
      warn(outcome.name, result.problem ?? 'not an article', result.problemReason);
    } else {
      const { article } = result;
      const first = byId.get(article.id)?.file ?? taken.get(article.id);
      if (first !== undefined) {
        warn(outcome.name, `duplicate id '${article.id}': ${first} is already loaded; rename one of them`);
        continue;
      }
      byId.set(article.id, article);
      if (result.warning !== undefined) warn(outcome.name, result.warning);
    }
  }
  const articles = [...byId.values()].sort((a, b) => compareNames(a.id, b.id));
  return { articles, warnings, outcomes };
}

/**
 * The fingerprint {@link loadCorpus} would give the folder, computed from the article files' names, sizes and
 * content hashes without parsing them. Throws {@link CorpusError} `NOT_FOUND` / `NOT_A_DIRECTORY` like
 * `loadCorpus`; a folder without article files has a fingerprint too.
 */
export async function fingerprintCorpus(dir: string): Promise<string> {
  const root = path.resolve(dir);
  const names = await listCorpusFiles(root);
  return fingerprintOf(await readFiles(root, names, () => undefined));
}

/** Names of the article files directly in `root`, in code-point order; throws when `root` is not a folder. */
export async function listCorpusFiles(root: string): Promise<string[]> {
  let info;
  try {
    info = await stat(root);
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') {
      throw new CorpusError('NOT_FOUND', root, `corpus folder not found: ${root} — ${HOW_TO_CHOOSE}`);
    }
    throw error;
  }
  if (!info.isDirectory()) {
    throw new CorpusError('NOT_A_DIRECTORY', root, `corpus path is a file, not a folder: ${root} — ${HOW_TO_CHOOSE}`);
  }

  const names: string[] = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    if (!ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) continue;
    if (entry.isFile() || (entry.isSymbolicLink() && (await isFile(path.join(root, entry.name))))) {
      names.push(entry.name);
    }
  }
  return names.sort(compareNames);
}

/** Reads the files at most {@link READ_CONCURRENCY} at a time, hashing each and handing its bytes to `use`. */
async function readFiles<T>(
  root: string,
  names: readonly string[],
  use: (name: string, bytes: Uint8Array) => T,
): Promise<ReadOutcome<T>[]> {
  const outcomes = new Array<ReadOutcome<T>>(names.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < names.length) {
      const index = next++;
      const name = names[index]!;
      let bytes: Buffer;
      try {
        bytes = await readFile(path.join(root, name));
      } catch (error) {
        outcomes[index] = { name, error: readErrorReason(error) };
        continue;
      }
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      outcomes[index] = { name, size: bytes.length, sha256, value: use(name, bytes) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, names.length) }, worker));
  return outcomes;
}

/** sha256 over the format version and, per file read (in name order), its name, size and content hash. */
function fingerprintOf(outcomes: readonly ReadOutcome<unknown>[]): string {
  const hash = createHash('sha256').update(`${FINGERPRINT_FORMAT}\n`);
  for (const { name, size, sha256 } of outcomes) {
    if (sha256 !== undefined) hash.update(`${name}\0${size}\0${sha256}\n`);
  }
  return hash.digest('hex');
}

/**
 * The fingerprint {@link loadCorpus} gives a folder, from per-file digests a caller already has (file name as
 * on disk → size and sha256 of the content), so a folder hashed once need not be read again to check a snapshot.
 */
export function fingerprintOfDigests(files: Readonly<Record<string, { bytes: number; sha256: string }>>): string {
  const names = Object.keys(files).sort(compareNames);
  return fingerprintOf(names.map((name) => ({ name, size: files[name]!.bytes, sha256: files[name]!.sha256 })));
}

export function emptyCorpusError(root: string, fileCount: number, warnings: LoadWarning[]): CorpusError {
  if (fileCount === 0) {
    return new CorpusError('EMPTY', root, `no .md or .txt files in corpus folder ${root} — ${HOW_TO_CHOOSE}`);
  }
  const examples = warnings.slice(0, 3).map((w) => `${w.file}: ${w.reason}`).join('; ');
  const more = warnings.length > 3 ? `; and ${warnings.length - 3} more` : '';
  return new CorpusError(
    'EMPTY',
    root,
    `none of the ${fileCount} article files in ${root} could be loaded (${examples}${more}) — fix them, or ${HOW_TO_CHOOSE}`,
    warnings,
  );
}

function readErrorReason(error: unknown): string {
  const code = errorCode(error);
  if (code === 'ENOENT') return 'the file disappeared while the corpus was being read';
  if (code === 'EACCES' || code === 'EPERM') return 'the file cannot be read (permission denied)';
  return `the file cannot be read: ${error instanceof Error ? error.message : String(error)}`;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** UTF-16 code-unit order, independent of the locale, so the same files always load (and hash) in the same order. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
