// Developer aid: prints how a question is analysed and ranked. usage: tsx scripts/debug-rank.ts "QUESTION" [CORPUS]
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { buildCorpusIndex } from '../src/index/corpus-index.js';
import { Knowledge } from '../src/qa/knowledge.js';
import { analyzeQuestion } from '../src/qa/analyze-question.js';

const [question, dir = 'corpus'] = process.argv.slice(2);
const corpus = await loadCorpus(dir);
const built = buildCorpusIndex(corpus.articles);
const ann = built.meta;
const k = new Knowledge(built.meta, built.sentences, built.lunr);
const q = analyzeQuestion(question ?? '', k);
console.log({ kind: q.kind, english: q.english, whoIs: q.whoIs, terms: [...q.terms], entities: [...q.entities].map(([id, w]) => [ann.entities[id].name, w]), unknown: q.unknownNames });
for (const r of k.rank(q, 15)) {
  console.log(r.score.toFixed(2), r.coverage.toFixed(2), r.contentCoverage.toFixed(2), ann.articles[r.sentence.doc].id.slice(0, 3), r.sentence.para, r.sentence.text.slice(0, 110));
}
