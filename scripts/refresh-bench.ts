/**
 * Measures a refresh as moderators see it, on a copy of a corpus folder (the folder itself is never touched):
 * opening cold (build in this thread, as at start), a refresh with nothing changed, and a refresh after one
 * article is added (a full rebuild in the child process), each with the longest event-loop stall of the
 * serving thread meanwhile (what delays acknowledging interactions).
 *
 *   npx tsx scripts/refresh-bench.ts [CORPUS_DIR]        (default: corpus)
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EngineHost } from '../src/corpus-admin/engine-host.js';
import type { RefreshReport } from '../src/corpus-admin/types.js';

const source = process.argv[2] ?? 'corpus';
const root = mkdtempSync(join(tmpdir(), 'refresh-bench-'));
const corpusDir = join(root, 'corpus');
const cacheDir = join(root, 'cache');
cpSync(source, corpusDir, { recursive: true });

/** Runs `work` while a 5 ms timer measures the longest stall of this event loop. */
async function withStallMeter<T>(work: () => Promise<T>): Promise<{ value: T; maxStallMs: number }> {
  let max = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    max = Math.max(max, now - last - 5);
    last = now;
  }, 5);
  try {
    const value = await work();
    return { value, maxStallMs: Math.max(0, Math.round(max)) };
  } finally {
    clearInterval(timer);
  }
}

function line(what: string, report: RefreshReport, stall: number): string {
  return `${what.padEnd(34)} ${String(report.ms).padStart(6)} ms  (build ${report.buildMs} ms off-thread, load ${report.loadMs} ms here)  longest stall ${stall} ms  ${report.after.articles} articles, ${report.after.passages} passages${report.ok ? '' : `  FAILED: ${report.error}`}`;
}

try {
  const t0 = performance.now();
  const host = await EngineHost.open({ corpusDir, cacheDir });
  const stats = host.engine.stats();
  console.log(`corpus ${source}: ${stats.articles} articles, ${stats.passages} passages; cold open (in-thread build) ${Math.round(performance.now() - t0)} ms`);

  const same = await withStallMeter(() => host.refresh());
  console.log(line('refresh, nothing changed', same.value, same.maxStallMs));

  const first = readdirSync(corpusDir).find((f) => /\.(md|txt)$/.test(f))!;
  writeFileSync(join(corpusDir, 'zz_refresh_bench.md'), `${readFileSync(join(corpusDir, first), 'utf8')}\n\nParagraphe ajouté pour la mesure.\n`);
  const added = await withStallMeter(() => host.refresh());
  console.log(line('refresh, one article added', added.value, added.maxStallMs));
  host.close();
} finally {
  rmSync(root, { recursive: true, force: true });
}
