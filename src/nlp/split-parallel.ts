import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Article } from '../corpus/types.js';
import { splitSentences, type SentenceSpan } from './sentences.js';
import { siblingModule } from '../runtime.js';

/** Sentence spans of every paragraph of every article: result[doc][paragraph]. */
export type Splits = SentenceSpan[][][];

/** Below this many articles, threads cost more than they save. */
const PARALLEL_FROM = 2000;

/**
 * Splits every paragraph into sentences, on worker threads for a large corpus (wink-nlp's sentence detection is
 * the costliest step of annotation and runs independently per paragraph). Falls back to this thread when the
 * corpus is small or a worker cannot start (for instance when the TypeScript loader is not available to it).
 */
export async function splitAll(articles: Article[]): Promise<Splits> {
  const inline = (): Splits => articles.map((a) => a.paragraphs.map((p) => splitSentences(p)));
  const threads = Math.min(4, Math.max(1, availableParallelism()));
  if (articles.length < PARALLEL_FROM || threads < 2) return inline();
  const chunks: Article[][] = [];
  const size = Math.ceil(articles.length / threads);
  for (let i = 0; i < articles.length; i += size) chunks.push(articles.slice(i, i + size));
  try {
    const results = await Promise.all(chunks.map((chunk) => runWorker(chunk.flatMap((a) => a.paragraphs))));
    const splits: Splits = [];
    chunks.forEach((chunk, c) => {
      const flat = results[c];
      let at = 0;
      for (const article of chunk) {
        splits.push(article.paragraphs.map((paragraph) => {
          const n = flat[at++];
          const spans: SentenceSpan[] = [];
          for (let k = 0; k < n; k++, at += 2) spans.push({ start: flat[at], end: flat[at + 1], text: paragraph.slice(flat[at], flat[at + 1]) });
          return spans;
        }));
      }
    });
    return splits;
  } catch {
    return inline();
  }
}

/**
 * A worker on the sentence module. Run from TypeScript (tsx), a thread does not inherit the parent's loader, and Node
 * 20 ignores `--import` in a worker's `execArgv`: the thread registers tsx's loader itself, then imports the module.
 */
function startWorker(paragraphs: string[]): Worker {
  const file = siblingModule(import.meta.url, 'sentence-worker');
  if (!file.endsWith('.ts')) return new Worker(file, { workerData: { paragraphs } });
  const api = import.meta.resolve('tsx/esm/api');
  const url = pathToFileURL(file).href;
  const boot = `import(${JSON.stringify(api)}).then(({ register }) => register({ namespace: 'sentence-worker' }).import(${JSON.stringify(url)}, ${JSON.stringify(url)}));`;
  return new Worker(boot, { eval: true, workerData: { paragraphs } });
}

/** Splits paragraphs on a worker thread: for each, its number of sentences, then each one's start and end. */
export function runWorker(paragraphs: string[]): Promise<Int32Array> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(paragraphs);
    worker.once('message', (result: Int32Array) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`sentence worker exited with code ${code}`));
    });
  });
}
