/**
 * A big corpus's first build or its start, in this process, with its peak memory and ask latency: what
 * docs/scaling.md reports for 30,000 and 100,000 articles (plain Lunr is left out: `npm run bench` compares it).
 *
 *   node --max-old-space-size=16000 --expose-gc --import tsx scripts/big-bench.ts CORPUS_DIR CACHE_DIR build|start
 *
 * `build` ignores the stored segments and annotates everything (one segment); `start` opens the stored segments,
 * as a restart does. Prints one JSON line: ms, peak and serving RSS (MB), ask p50 / p95 (ms) over 400 questions
 * made from the articles' titles, after a warm-up.
 */
import { openEngine } from '../src/engine.js';

const [dir, cache, phase = 'build'] = process.argv.slice(2);
if (!dir || !cache) {
  process.stderr.write('usage: scripts/big-bench.ts CORPUS_DIR CACHE_DIR build|start\n');
  process.exit(2);
}
let peak = 0;
setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100).unref();
const t0 = performance.now();
const engine = await openEngine({ corpusDir: dir, cacheDir: cache, useSnapshot: phase !== 'build' });
const ms = Math.round(performance.now() - t0);
const titles = engine.articles().slice(0, 200).map((a) => a.title);
const questions = [...titles.map((t) => `Qui est ${t.split(' ').slice(0, 2).join(' ')} ?`), ...titles.map((t) => `Où ${t.toLowerCase()} ?`)];
for (const q of questions) engine.ask(q);
const times = questions.map((q) => {
  const t = performance.now();
  engine.ask(q);
  return performance.now() - t;
}).sort((a, b) => a - b);
(globalThis as { gc?: () => void }).gc?.();
const at = (p: number) => Number(times[Math.floor(times.length * p)]!.toFixed(1));
process.stdout.write(`${JSON.stringify({ phase, articles: engine.stats().articles, ms, peakMB: Math.round(peak / 1e6), serveMB: Math.round(process.memoryUsage().rss / 1e6), p50: at(0.5), p95: at(0.95) })}\n`);
process.exit(0);
