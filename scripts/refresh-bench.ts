/**
 * Measures what moderators and members wait for as the corpus changes, on a copy of a corpus folder (the
 * folder itself is never touched), and prints a table:
 *
 *   cold open          the first start, no segment yet (everything annotated, in this thread)
 *   start              a second start on the stored segments (a new process would do the same)
 *   refresh, unchanged a refresh with nothing changed
 *   add one            an article written, then /refresh, until a question about it is answered from it
 *   ask p50/p95        latency of questions over one segment, then over ~20 small segments
 *   merge              the background merge of those segments into one, until swapped in
 *
 * with the longest event-loop stall of the serving thread during each refresh (what delays acknowledging
 * interactions) and the process's peak memory (RSS).
 *
 *   npx tsx scripts/refresh-bench.ts [CORPUS_DIR] [--segments N] [--json]     (default: corpus, 20 segments)
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EngineHost } from '../src/corpus-admin/engine-host.js';
import type { Engine } from '../src/qa/types.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.indexOf(name);
const segmentsWanted = flag('--segments') >= 0 ? Number(args[flag('--segments') + 1]) : 20;
const json = flag('--json') >= 0;
const source = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--segments') ?? 'corpus';
const root = mkdtempSync(join(tmpdir(), 'refresh-bench-'));
const corpusDir = join(root, 'corpus');
const cacheDir = join(root, 'cache');
cpSync(source, corpusDir, { recursive: true });

let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);

/** Runs `work` while a 5 ms timer measures the longest stall of this event loop. */
async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; stallMs: number }> {
  let max = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    max = Math.max(max, now - last - 5);
    last = now;
  }, 5);
  const t0 = performance.now();
  try {
    const value = await work();
    return { value, ms: Math.round(performance.now() - t0), stallMs: Math.max(0, Math.round(max)) };
  } finally {
    clearInterval(timer);
  }
}

/** A new article about an invented event, numbered `n` (its own words, so a question finds it alone). */
function article(n: number): string {
  const word = `zorblatique${String.fromCharCode(97 + (n % 26))}${n}`;
  return `---\ntitle: Accord ${word}\nsource: mesure\npublished: 2024-05-${String(1 + (n % 28)).padStart(2, '0')}\n---\nLe traité ${word} a été signé à Quimperlé-sur-Mer par Odile Varenne, ministre des pêches.\n\nLa cérémonie ${word} a réuni trois cents invités.\n`;
}
const question = (n: number) => `Où le traité zorblatique${String.fromCharCode(97 + (n % 26))}${n} a-t-il été signé ?`;

/** p50 and p95 of asking `questions` (ms), twice over to warm the caches first. */
function askLatency(engine: Engine, questions: string[]): { p50: number; p95: number } {
  for (const q of questions) engine.ask(q);
  const times = questions.map((q) => {
    const t0 = performance.now();
    engine.ask(q);
    return performance.now() - t0;
  }).sort((a, b) => a - b);
  const at = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))] * 10) / 10;
  return { p50: at(0.5), p95: at(0.95) };
}

const rows: [string, string, string][] = [];
const row = (what: string, value: string, note = '') => {
  rows.push([what, value, note]);
  if (!json) process.stderr.write(`${what}: ${value} ${note}\n`);
};

try {
  const cold = await timed(() => EngineHost.open({ corpusDir, cacheDir }));
  const stats = cold.value.engine.stats();
  row('cold open (all annotated, in-thread)', `${cold.ms} ms`, `${stats.articles} articles, ${stats.passages} passages`);
  cold.value.close();
  const start = await timed(() => EngineHost.open({ corpusDir, cacheDir }));
  const host = start.value;
  row('start from stored segments', `${start.ms} ms`, `fromSnapshot=${host.opened.fromSnapshot}`);
  const titles = host.engine.articles().slice(0, 200).map((a) => a.title);
  const questions = [...titles.map((t) => `Qui est ${t.split(' ').slice(0, 2).join(' ')} ?`), ...titles.map((t) => `Où ${t.toLowerCase()} ?`)];
  const one = askLatency(host.engine, questions);
  row('ask, 1 segment', `p50 ${one.p50} ms, p95 ${one.p95} ms`, `${questions.length} questions`);

  const same = await timed(() => host.refresh());
  row('refresh, nothing changed', `${same.ms} ms`, `longest stall ${same.stallMs} ms, ok=${same.value.ok}`);

  writeFileSync(join(corpusDir, 'zz_bench_0.md'), article(0));
  const added = await timed(async () => {
    const report = await host.refresh();
    if (host.engine.ask(question(0)).answer === null) throw new Error(`the added article is not answered: ${JSON.stringify(report.error ?? '')}`);
    return report;
  });
  row('add one article → answerable', `${added.ms} ms`, `build ${added.value.buildMs} ms off-thread, load ${added.value.loadMs} ms here, longest stall ${added.stallMs} ms`);

  for (let n = 1; n < segmentsWanted - 1 && host.segmentCount < segmentsWanted; n++) {
    writeFileSync(join(corpusDir, `zz_bench_${n}.md`), article(n));
    await host.refresh();
  }
  const many = askLatency(host.engine, questions);
  row(`ask, ${host.segmentCount} segments`, `p50 ${many.p50} ms, p95 ${many.p95} ms`, `${questions.length} questions`);

  // One segment more than MAX_SEGMENTS: the refresh starts the background merge.
  for (let n = segmentsWanted - 1; host.segmentCount <= 20; n++) {
    writeFileSync(join(corpusDir, `zz_bench_${n}.md`), article(n));
    await host.refresh();
  }
  const merge = await timed(async () => host.merge);
  row('background merge → swapped in', host.segmentCount === 1 ? `${merge.ms} ms after the refresh` : 'no merge', `${host.segmentCount} segment(s) now`);
  const merged = askLatency(host.engine, questions);
  row('ask, after the merge', `p50 ${merged.p50} ms, p95 ${merged.p95} ms`);
  row('peak memory (RSS) of this process', `${Math.round(peak / 1e6)} MB`, 'serving and cold open, builds in children excluded');
  host.close();
  if (json) process.stdout.write(`${JSON.stringify(Object.fromEntries(rows.map(([w, v, n]) => [w, { value: v, note: n }])), null, 2)}\n`);
  else {
    const width = Math.max(...rows.map((r) => r[0].length));
    process.stdout.write(`\ncorpus ${source}\n| ${'measure'.padEnd(width)} | value | notes |\n|${'-'.repeat(width + 2)}|---|---|\n`);
    for (const [w, v, n] of rows) process.stdout.write(`| ${w.padEnd(width)} | ${v} | ${n} |\n`);
  }
} finally {
  clearInterval(sampler);
  rmSync(root, { recursive: true, force: true });
}
