// Developer aid: sweeps TUNING values over question sets, one value at a time, and prints right / wrong answers
// per set for each (scored as ../shared/eval/score.mjs does: an answer is right when it holds an accepted answer
// and stays short; 'wrong' counts answers given that are not right, false answers to unanswerable ones too).
// Each corpus is indexed once; the engine is pure, so a sweep of many values takes seconds.
//
// usage: tsx scripts/sweep-tuning.ts [--sets a,b,c] KEY=v1,v2,… [KEY=…]
//   --sets  names of eval/real/NAME.json with their articles in eval-local/NAME (default: the development sets of
//           docs/answer-quality.md); "dev" stands for ../shared/eval/dev.json on the shipped corpus.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { buildCorpusIndex } from '../src/index/corpus-index.js';
import { CoreEngine } from '../src/qa/core-engine.js';
import { TUNING } from '../src/qa/tuning.js';

const DEVELOPMENT = ['genoa', 'thaicave', 'beirut', 'worldcup', 'maroc', 'strasbourg', 'hallyday', 'faid', 'dev'];
/** The longest right who / when / where answer, in characters; other kinds may run to MAX_OTHER. */
const MAX_SHORT = 120;
const MAX_OTHER = 400;

const { values, positionals } = parseArgs({ options: { sets: { type: 'string' } }, allowPositionals: true });
const names = values.sets ? values.sets.split(',') : DEVELOPMENT;
const norm = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae')
  .replace(/[\u00a0\u202f'’`´\-‐‑–—_«»"“”.,;:!?()]/g, ' ').replace(/\s+/g, ' ').trim();

interface Question { q: string; kind?: string; answer: string[] | null }
const sets: { name: string; engine: CoreEngine; questions: Question[] }[] = [];
for (const name of names) {
  const file = name === 'dev' ? '../shared/eval/dev.json' : `eval/real/${name}.json`;
  const dir = name === 'dev' ? 'corpus' : `eval-local/${name}`;
  const corpus = await loadCorpus(dir);
  sets.push({ name, engine: new CoreEngine(buildCorpusIndex(corpus.articles), { buildMs: 0, fromSnapshot: false }), questions: JSON.parse(readFileSync(file, 'utf8')).questions });
}

function score(): { right: number; wrong: number; per: string } {
  let right = 0;
  let wrong = 0;
  const per: string[] = [];
  for (const { name, engine, questions } of sets) {
    let r = 0;
    let w = 0;
    for (const item of questions) {
      const a = engine.ask(item.q).answer;
      if (a == null) continue;
      const short = ['who', 'when', 'where'].includes(item.kind ?? '') ? MAX_SHORT : MAX_OTHER;
      if (item.answer !== null && a.length <= short && item.answer.some((g) => norm(a).includes(norm(g)))) r++;
      else w++;
    }
    right += r;
    wrong += w;
    per.push(`${name} ${r}/${w}`);
  }
  return { right, wrong, per: per.join('  ') };
}

const tuning = TUNING as Record<string, number>;
const base = score();
console.log(`as is: right ${base.right} wrong ${base.wrong} | ${base.per}`);
for (const spec of positionals) {
  const [key, list] = spec.split('=');
  if (!key || !list || !(key in tuning)) {
    console.error(`skipped "${spec}": expected KEY=v1,v2 with KEY one of ${Object.keys(tuning).join(', ')}`);
    continue;
  }
  const kept = tuning[key]!;
  for (const value of list.split(',').map(Number)) {
    tuning[key] = value;
    const s = score();
    console.log(`${key}=${value} (is ${kept}): right ${s.right} (${s.right - base.right >= 0 ? '+' : ''}${s.right - base.right}) wrong ${s.wrong} (${s.wrong - base.wrong >= 0 ? '+' : ''}${s.wrong - base.wrong}) | ${s.per}`);
  }
  tuning[key] = kept;
}
