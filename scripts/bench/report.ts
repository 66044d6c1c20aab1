import type { BenchReport, CorpusResult, Ratios, SystemResult, TargetCheck, WorkerResult } from './types.js';

/** Merges a system's build and serve phases; `serve` is null when the build failed and serve was skipped. */
export function mergePhases(build: WorkerResult, serve: WorkerResult | null, questions: number): SystemResult {
  const num = (x: number | undefined): number | null => (x === undefined || !Number.isFinite(x) ? null : x);
  const lat = serve?.ok ? serve.latency : undefined;
  const rssBuild = num(build.peakRssMB);
  const rssServe = serve ? num(serve.peakRssMB) : null;
  const rssList = [rssBuild, rssServe].filter((x): x is number => x !== null);
  let error: string | undefined;
  if (!build.ok) error = `build: ${build.error}`;
  else if (!serve) error = 'load: not run';
  else if (!serve.ok) error = `load: ${serve.error}`;
  else if (serve.askErrors && serve.askErrors >= questions) error = `ask: every question failed, e.g. ${serve.askError}`;
  return {
    ok: error === undefined,
    ...(error !== undefined ? { error } : {}),
    buildS: build.ok ? num(build.buildS) : null,
    loadS: serve?.ok ? num(serve.loadS) : null,
    p50Ms: num(lat?.p50Ms),
    p95Ms: num(lat?.p95Ms),
    p99Ms: num(lat?.p99Ms),
    meanMs: num(lat?.meanMs),
    rssMB: error === undefined && rssList.length ? Math.max(...rssList) : null,
    rssBuildMB: rssBuild,
    rssServeMB: rssServe,
    rssStartMB: num(build.startRssMB),
    snapshotMB: build.ok ? num(build.snapshotMB) : null,
    fromSnapshot: serve?.ok ? (serve.fromSnapshot ?? null) : null,
    questions,
    answered: serve?.ok ? (serve.answered ?? null) : null,
    askErrors: serve?.ok ? (serve.askErrors ?? null) : null,
    ...(serve?.askError ? { askError: serve.askError } : {}),
    ...(build.saveS !== undefined ? { saveS: build.saveS } : {}),
    stats: { ...(build.stats ? { build: build.stats } : {}), ...(serve?.stats ? { serve: serve.stats } : {}) },
  };
}

/** ours / baseline for each measure. */
export function ratios(ours: SystemResult, baseline: SystemResult): Ratios {
  const both = ours.ok && baseline.ok;
  const r = (a: number | null, b: number | null): number | null => (both && a !== null && b !== null && b > 0 ? a / b : null);
  return {
    buildS: r(ours.buildS, baseline.buildS),
    loadS: r(ours.loadS, baseline.loadS),
    p50Ms: r(ours.p50Ms, baseline.p50Ms),
    p95Ms: r(ours.p95Ms, baseline.p95Ms),
    p99Ms: r(ours.p99Ms, baseline.p99Ms),
    rssMB: r(ours.rssMB, baseline.rssMB),
  };
}

/** The issue-5 targets that apply at `docs` articles (10,000 and 1,000; none at other sizes). */
export function checkTargets(docs: number, ours: SystemResult, baseline: SystemResult): TargetCheck[] {
  const check = (name: string, value: number | null, limit: number | null, unit: TargetCheck['unit']): TargetCheck => ({
    name,
    value,
    limit,
    unit,
    pass: value !== null && limit !== null && value <= limit,
  });
  if (docs === 10_000) {
    return [
      check('ask p95 ≤ 0.25 × plain-Lunr search p95', ours.p95Ms, baseline.p95Ms === null ? null : 0.25 * baseline.p95Ms, 'ms'),
      check('ask p95 ≤ 50 ms', ours.p95Ms, 50, 'ms'),
      check('snapshot load ≤ 2 s', ours.loadS, 2, 's'),
      check('peak resident memory ≤ 1 GB', ours.rssMB, 1024, 'MB'),
      check('first build ≤ 60 s', ours.buildS, 60, 's'),
    ];
  }
  if (docs === 1_000) return [check('ask p95 ≤ 10 ms', ours.p95Ms, 10, 'ms')];
  return [];
}

const fmtS = (x: number | null): string => (x === null ? '—' : x < 0.1 ? x.toFixed(3) : x < 10 ? x.toFixed(2) : x.toFixed(1));
const fmtMs = (x: number | null): string => (x === null ? '—' : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const fmtMB = (x: number | null): string => (x === null ? '—' : x < 10 ? x.toFixed(1) : x.toFixed(0));
const fmtRatio = (x: number | null): string => (x === null ? '—' : x < 0.1 ? `${x.toFixed(3)}×` : `${x.toFixed(2)}×`);
const fmtValue = (x: number | null, unit: TargetCheck['unit']): string =>
  x === null ? '—' : unit === 'ms' ? `${fmtMs(x)} ms` : unit === 's' ? `${fmtS(x)} s` : `${fmtMB(x)} MB`;

const heap = (s: SystemResult): string => {
  const h = s.stats?.serve?.['heapAfterLoadMB'];
  return typeof h === 'number' ? fmtMB(h) : '—';
};

/** The report as a table for people, followed by the targets and notes. */
export function formatTable(report: BenchReport): string {
  const head = ['corpus', 'docs', 'system', 'build s', 'load s', 'p50 ms', 'p95 ms', 'p99 ms', 'peak RSS MB', 'RSS build/serve'];
  const rows: string[][] = [];
  const failures: string[] = [];
  for (const c of report.corpora) {
    const sys = (label: string, s: SystemResult, first: boolean): void => {
      const lead = first ? [c.name, String(c.docs)] : ['', ''];
      if (!s.ok) failures.push(`${c.name} ${label}: FAILED — ${s.error}`);
      rows.push([
        ...lead,
        s.ok ? label : `${label} (FAILED)`,
        fmtS(s.buildS),
        fmtS(s.loadS),
        fmtMs(s.p50Ms),
        fmtMs(s.p95Ms),
        fmtMs(s.p99Ms),
        fmtMB(s.rssMB),
        `${fmtMB(s.rssBuildMB)}/${fmtMB(s.rssServeMB)}`,
      ]);
    };
    sys('ours', c.ours, true);
    sys('baseline', c.baseline, false);
    const r = c.ratios;
    rows.push(['', '', 'ours/baseline', fmtRatio(r.buildS), fmtRatio(r.loadS), fmtRatio(r.p50Ms), fmtRatio(r.p95Ms), fmtRatio(r.p99Ms), fmtRatio(r.rssMB), '']);
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const left = new Set([0, 2]);
  const line = (cells: string[]): string =>
    cells.map((x, i) => (left.has(i) ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ').trimEnd();
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of rows) out.push(line(r));
  out.push('');
  for (const c of report.corpora) {
    const o = c.ours;
    const b = c.baseline;
    out.push(
      `${c.name}: ${c.docs} articles, ${c.corpusMB < 1 ? c.corpusMB.toFixed(2) : c.corpusMB.toFixed(1)} MB, ${c.questions} questions; ` +
        `ours answered ${o.answered ?? '—'}, baseline had hits for ${b.answered ?? '—'}; ` +
        `snapshot ours ${fmtMB(o.snapshotMB)} MB, baseline ${fmtMB(b.snapshotMB)} MB; ` +
        `heap held after load ours ${heap(o)} MB, baseline ${heap(b)} MB` +
        (typeof o.stats?.serve?.['loadImportS'] === 'number'
          ? `; ours load includes ${fmtS(o.stats.serve['loadImportS'])} s of module import`
          : '') +
        (o.fromSnapshot === false ? '; WARNING: ours did not load from its snapshot' : ''),
    );
    if (c.targets.length === 0) {
      out.push('  issue-5 targets: none at this size (they are set at 1,000 and 10,000 articles)');
    } else {
      const pass = c.targets.every((t) => t.pass);
      out.push(`  issue-5 targets at ${c.docs.toLocaleString('en-US')} articles: ${pass ? 'ALL MET' : 'NOT MET'}`);
      for (const t of c.targets) {
        out.push(`    ${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${fmtValue(t.value, t.unit)} (limit ${fmtValue(t.limit, t.unit)})`);
      }
    }
  }
  for (const f of failures) out.push(f);
  const idle = report.corpora.map((c) => c.baseline.rssStartMB).find((x) => x !== null);
  out.push(
    `times: build = read + index (+ our snapshot write), load = open from snapshot, both from before the system's modules load; ` +
      `latency after one warm-up; RSS = process maxRSS, idle node+tsx ≈ ${fmtMB(idle ?? null)} MB included. ` +
      `${report.cpus} CPUs, node ${report.node}, load average ${report.loadAverage.start.toFixed(1)} at start, ` +
      `${report.loadAverage.end.toFixed(1)} at end.`,
  );
  if (Math.max(report.loadAverage.start, report.loadAverage.end) > report.cpus * 0.75) {
    out.push('WARNING: the machine was busy with other work during the run; latencies may be inflated.');
  }
  return out.join('\n');
}

/** Assembles one corpus's result. */
export function corpusResult(
  base: Pick<CorpusResult, 'name' | 'dir' | 'docs' | 'corpusMB' | 'questions'>,
  ours: SystemResult,
  baseline: SystemResult,
): CorpusResult {
  return { ...base, ours, baseline, ratios: ratios(ours, baseline), targets: checkTargets(base.docs, ours, baseline) };
}
