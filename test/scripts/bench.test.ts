import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../scripts/bench/args.js';
import { buildBaselineIndex, stripLunrSyntax } from '../../scripts/bench/baseline.js';
import { generateQuestions, namesInTitle } from '../../scripts/bench/questions.js';
import { checkTargets, formatTable, mergePhases } from '../../scripts/bench/report.js';
import { PROJECT_ROOT } from '../../scripts/bench/run.js';
import { percentile, summarizeLatencies } from '../../scripts/bench/stats.js';
import type { BenchReport, SystemResult } from '../../scripts/bench/types.js';

describe('bench statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile(xs, 99)).toBe(99);
    expect(summarizeLatencies([3, 1, 2])).toMatchObject({ count: 3, p50Ms: 2, p99Ms: 3, meanMs: 2, maxMs: 3 });
  });
});

describe('plain-Lunr baseline', () => {
  it('strips Lunr query syntax so that no question raises a QueryParseError', () => {
    expect(stripLunrSyntax('Kim: ~Poutine^2 +sommet -Hanoï* a\\b')).toBe('Kim Poutine 2 sommet Hanoï a b');
    const idx = buildBaselineIndex([
      { id: 'a', title: 'Sommet à Vladivostok', body: 'Les dirigeants se sont rencontrés jeudi.' },
      { id: 'b', title: 'Autre chose', body: 'Rien à voir.' },
    ]);
    for (const q of ['Kim:', '~', '^', '*', '+', '-', 'Où a eu lieu le sommet ?']) {
      expect(() => idx.search(stripLunrSyntax(q))).not.toThrow();
    }
    expect(idx.search(stripLunrSyntax('Où était le sommet ?'))[0]?.ref).toBe('a');
  });
});

describe('bench questions', () => {
  it('reads people and places off a title', () => {
    expect(namesInTitle('Kaloran Mitouvel et Senpa Rikmon à Dorsenpa')).toEqual({
      people: ['Kaloran Mitouvel', 'Senpa Rikmon'],
      places: ['Dorsenpa'],
    });
  });

  it('generates the same distinct questions for the same seed', () => {
    const titles = ['Kaloran Mitouvel et Senpa Rikmon à Dorsenpa', 'Lomi Tavel et Gal Fino à Sarque'];
    const a = generateQuestions(titles, 15, 3);
    expect(a).toEqual(generateQuestions(titles, 15, 3));
    expect(new Set(a).size).toBe(a.length);
    expect(a.length).toBe(15);
    expect(a.some((q) => q.startsWith('Qui est '))).toBe(true);
  });
});

describe('bench arguments', () => {
  it('defaults to the shipped corpus and 1,000 articles, --docs alone means synthetic only', () => {
    expect(parseBenchArgs([]).options).toEqual({});
    expect(parseBenchArgs(['--docs', '10000', '--json']).options).toEqual({ docs: [10000], corpusDirs: [] });
    expect(parseBenchArgs(['--docs', '1000,10000', '--questions', '50']).options).toMatchObject({ docs: [1000, 10000], questions: 50 });
    expect(() => parseBenchArgs(['--docs', 'ten'])).toThrow(/--docs expects a positive whole number/);
  });
});

describe('bench targets', () => {
  const sys = (p95Ms: number, over: Partial<SystemResult> = {}): SystemResult => ({
    ok: true, buildS: 10, loadS: 1, p50Ms: p95Ms / 2, p95Ms, p99Ms: p95Ms, meanMs: p95Ms / 2, rssMB: 500,
    rssBuildMB: 500, rssServeMB: 300, rssStartMB: 70, snapshotMB: 50, fromSnapshot: true, questions: 10,
    answered: 10, askErrors: 0, ...over,
  });
  it('applies the 10,000-article targets against the same run’s baseline', () => {
    const t = checkTargets(10_000, sys(20), sys(200));
    expect(t.map((x) => x.pass)).toEqual([true, true, true, true, true]);
    expect(checkTargets(10_000, sys(60), sys(200))[0]).toMatchObject({ limit: 50, value: 60, pass: false });
    expect(checkTargets(1_000, sys(12), sys(50))).toEqual([{ name: 'ask p95 ≤ 10 ms', value: 12, limit: 10, unit: 'ms', pass: false }]);
    expect(checkTargets(20, sys(1), sys(2))).toEqual([]);
  });
  it('reports a failed system as failed, with no ratios', () => {
    const failed = mergePhases({ ok: false, error: 'boom', peakRssMB: 80, startRssMB: 70 }, null, 10);
    expect(failed).toMatchObject({ ok: false, error: 'build: boom', p95Ms: null, rssMB: null });
    expect(checkTargets(1_000, failed, sys(5))[0]!.pass).toBe(false);
  });
});

describe('npm run bench', () => {
  const cache = mkdtempSync(join(tmpdir(), 'bench-test-'));
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  // Two corpora of the repository (the synthetic generator lives outside it, in ../shared, which a clean
  // clone elsewhere does not have).
  it('measures both systems on the shipped corpus and on the other-event fixture', { timeout: 180_000 }, () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/bench.ts', '--corpus', 'corpus', '--corpus', 'test/fixtures/other-event', '--questions', '20', '--json', '--cache-dir', cache],
      { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 170_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('[other-event] baseline: serve done');
    const report = JSON.parse(run.stdout) as BenchReport;
    expect(report.corpora.map((c) => [c.name, c.docs, c.questions])).toEqual([
      ['shipped', 5, 20],
      ['other-event', 4, 20],
    ]);
    const metrics = ['buildS', 'loadS', 'p50Ms', 'p95Ms', 'p99Ms', 'rssMB', 'rssBuildMB', 'rssServeMB'] as const;
    for (const c of report.corpora) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['docs', 'ours', 'baseline', 'ratios', 'targets']));
      expect(c.baseline.ok, c.baseline.error).toBe(true);
      for (const m of metrics) expect(c.baseline[m], `baseline ${m}`).toBeGreaterThan(0);
      expect(c.baseline.answered).toBeGreaterThan(0);
      expect(c.ours.ok, c.ours.error).toBe(true);
      for (const m of metrics) expect(c.ours[m], `ours ${m}`).toBeGreaterThan(0);
      expect(c.ours.fromSnapshot).toBe(true);
      for (const r of ['buildS', 'loadS', 'p95Ms', 'rssMB'] as const) expect(c.ratios[r], `ratio ${r}`).toBeGreaterThan(0);
    }
    const table = formatTable(report);
    expect(table).toMatch(/^corpus\s+docs\s+system\s+build s\s+load s\s+p50 ms\s+p95 ms\s+p99 ms\s+peak RSS MB/);
    expect(table).toMatch(/other-event\s+4\s+ours/);
    expect(table).toMatch(/\n\s+baseline\s+\d/);
    expect(table).toContain('ours/baseline');
  });
});
