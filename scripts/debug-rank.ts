// Developer aid: prints how questions are analysed and ranked. usage: tsx scripts/debug-rank.ts CORPUS "QUESTION" ["QUESTION" …]
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { buildCorpusIndex } from '../src/index/corpus-index.js';
import { Knowledge } from '../src/qa/knowledge.js';
import { analyzeQuestion } from '../src/qa/analyze-question.js';
import { questionVerb } from '../src/qa/answer-who.js';

const [dir = 'corpus', ...questions] = process.argv.slice(2);
const corpus = await loadCorpus(dir);
const built = buildCorpusIndex(corpus.articles);
const ann = built.meta;
const k = new Knowledge(built.meta, built.sentences, built.lunr);
for (const question of questions) {
  const q = analyzeQuestion(question, k);
  console.log(`\n${question}`);
  console.log({ kind: q.kind, expects: q.expects, noun: q.noun, terms: [...q.terms].map(([t, w]) => `${t}:${w.toFixed(1)}/df${k.df(t)}`).join(' '), soft: [...q.soft.keys()].join(' '), entities: [...q.entities].map(([id, w]) => `${ann.entities[id].name}(${ann.entities[id].type}):${w.toFixed(1)}`).join(' '), unknown: q.unknownNames.join(' '), verb: questionVerb(q) });
  for (const r of k.rank(q, Number(process.env.TOP ?? 5))) {
    console.log(' ', r.score.toFixed(2), r.coverage.toFixed(2), r.contentCoverage.toFixed(2), r.entityCoverage.toFixed(2), ann.articles[r.sentence.doc].id.slice(0, 3), r.sentence.text.slice(0, 120));
  }
}
