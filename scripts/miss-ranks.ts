// Developer aid: for each failed answerable question of an eval-sets.mjs output, the rank among the 40 best-ranked
// sentences of the first one that holds an accepted answer — whether a miss is retrieval (not found, or found low) or
// reading (found among the first three, then not read or read wrong). usage, from the checkout whose code is read:
//   npx tsx scripts/miss-ranks.ts RESULTS.jsonl   (texts from eval-local/)
import { readFileSync } from 'node:fs';
const root = process.cwd();
const { loadCorpus } = await import(root + '/src/corpus/load-corpus.ts');
const { buildCorpusIndex } = await import(root + '/src/index/corpus-index.ts');
const { Knowledge } = await import(root + '/src/qa/knowledge.ts');
const { analyzeQuestion } = await import(root + '/src/qa/analyze-question.ts');
const norm = (s: string) => String(s ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/œ/g, 'oe').replace(/[\u00a0\u202f'’`´\-‐‑–—_«»"“”.,;:!?()]/g, ' ').replace(/\s+/g, ' ').trim();
const rows = readFileSync(process.argv[2]!, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((r) => !r.ok && r.want !== null && r.set !== 'dev' && r.set !== 'fixture');
const bySet = new Map<string, any[]>(); for (const r of rows) (bySet.get(r.set) ?? bySet.set(r.set, []).get(r.set)!).push(r);
const hist: Record<string, number> = {};
for (const [set, rs] of bySet) {
  const corpus = await loadCorpus(root + '/eval-local/' + set);
  const built = buildCorpusIndex(corpus.articles);
  const k = new Knowledge(built.meta, built.sentences, built.lunr);
  for (const r of rs) {
    const q = analyzeQuestion(r.q, k);
    const ranked = k.rank(q, 40);
    const at = ranked.findIndex((x: any) => r.want.some((w: string) => norm(x.sentence.text).includes(norm(w))));
    const bucket = at < 0 ? 'none' : at < 3 ? 'top3' : at < 10 ? 'top10' : 'top40';
    hist[bucket] = (hist[bucket] ?? 0) + 1;
    const x = at >= 0 ? ranked[at] : undefined;
    console.log(`${bucket.padEnd(5)} ${r.wrong ? 'W' : 'N'} ${r.kind.padEnd(5)} ${set}/${r.id} rank ${at} cov ${x ? x.coverage.toFixed(2) + '/' + x.contentCoverage.toFixed(2) : '-'} top1cov ${ranked[0]?.coverage.toFixed(2)} | ${r.q.slice(0, 70)}`);
  }
}
console.log(hist);
