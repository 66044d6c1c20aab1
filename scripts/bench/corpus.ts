import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The corpus file names of a folder (`.md` and `.txt`), sorted. */
export function corpusFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(md|txt)$/i.test(f))
    .sort();
}

/** Total size of a folder's corpus files, in MB. */
export function corpusMB(dir: string): number {
  return corpusFiles(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0) / (1024 * 1024);
}

/**
 * Makes sure `cacheDir/corpus-N` holds the N synthetic articles of `make-corpus.mjs` (default seed),
 * generating them when the folder does not already hold exactly N `.md` files. Returns the folder.
 */
export function ensureSyntheticCorpus(
  n: number,
  cacheDir: string,
  makeCorpusScript: string,
  log: (line: string) => void = () => {},
): string {
  const dir = resolve(cacheDir, `corpus-${n}`);
  const have = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).length : 0;
  if (have === n) {
    log(`reusing ${n} synthetic articles in ${dir}`);
    return dir;
  }
  if (!existsSync(makeCorpusScript)) {
    throw new Error(`${makeCorpusScript} not found: it generates the synthetic corpus (expected in ../shared/bench)`);
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`generating ${n} synthetic articles into ${dir}`);
  const run = spawnSync(process.execPath, [makeCorpusScript, String(n), dir], { encoding: 'utf8' });
  if (run.status !== 0) {
    throw new Error(`make-corpus.mjs ${n} failed (exit ${run.status}): ${run.stderr.trim() || run.error?.message}`);
  }
  return dir;
}

/** An article as plain Lunr sees it: an id, a title and the whole body. */
export interface PlainArticle {
  id: string;
  title: string;
  body: string;
}

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * Reads a corpus folder the simple way (front-matter `title`, rest is the body), as the plain-Lunr
 * baseline of issue 5 indexes it: one document per article. Empty files are skipped.
 */
export function readPlainArticles(dir: string): PlainArticle[] {
  const articles: PlainArticle[] = [];
  for (const file of corpusFiles(dir)) {
    const text = readFileSync(join(dir, file), 'utf8');
    if (!text.trim()) continue;
    const id = file.replace(/\.(md|txt)$/i, '');
    const fm = FRONT_MATTER.exec(text);
    let title = '';
    let body = text;
    if (fm) {
      body = text.slice(fm[0].length);
      const line = /^title:\s*(.*)$/m.exec(fm[1]!);
      title = line ? line[1]!.trim().replace(/^["']|["']$/g, '') : '';
    }
    articles.push({ id, title, body: body.trim() });
  }
  return articles;
}
