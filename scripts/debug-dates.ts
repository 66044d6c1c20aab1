// Developer aid: prints each article's date and every resolved temporal expression. usage: tsx scripts/debug-dates.ts [CORPUS]
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { annotate } from '../src/nlp/annotate.js';

const corpus = await loadCorpus(process.argv[2] ?? 'corpus');
const ann = annotate(corpus.articles);
for (const a of ann.articles) console.log(a.id, a.published ?? '-', a.publishedEstimated ? '(estimated)' : '', a.crawlDate ?? '');
for (const s of ann.sentences) {
  if (s.dates.length) console.log(ann.articles[s.doc].id.slice(0, 3), s.dates.map((d) => `${d.text}=${d.value ?? '?'}${d.time ? 'T' + d.time : ''}`).join('; '));
}
