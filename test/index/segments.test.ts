/**
 * One corpus split into segments answers exactly as the same corpus in one segment: the segments partition
 * one annotated corpus (each a copy of it with the other segments' articles as tombstones), so what differs is
 * only the segment layer — merged entities, moved numbers, term statistics and Lunr scores rescored with
 * corpus-wide statistics.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { buildCorpusIndexAsync, type CorpusIndex } from '../../src/index/corpus-index.js';
import { mergeSegments } from '../../src/index/merge-segments.js';
import { searchArticles } from '../../src/index/passage-index.js';
import { CoreEngine } from '../../src/qa/core-engine.js';
import { terms as analyse } from '../../src/nlp/tokens.js';

interface QuestionSet { questions: { q: string }[] }
const questionsOf = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as QuestionSet).questions.map((x) => x.q);

/** The index as `groups.length` segments: segment k keeps the articles whose number is in groups[k]. */
function split(index: CorpusIndex, groups: number[][]): CorpusIndex {
  const all = index.meta.articles.map((_, i) => i);
  return mergeSegments(groups.map((keep) => ({ index, dead: new Set(all.filter((d) => !keep.includes(d))) })));
}

const engineOf = (index: CorpusIndex) => new CoreEngine(index, { buildMs: 0, fromSnapshot: true });

const cases: [string, string, string[]][] = [
  ['the shipped corpus', 'corpus', [...questionsOf('test/fixtures/other-event-questions.json'), 'Qui est Vladimir Poutine ?', "Qu'a dit Kim Jong-un ?", 'Où se trouve Vladivostok ?', 'Quand le train est-il arrivé ?', "Où s'est tenu le sommet entre Kim Jong-un et Vladimir Poutine ?", 'Quand Kim Jong-un et Vladimir Poutine se sont-ils rencontrés ?', 'Qui est Kim Jong-un ?', 'Qui a accueilli Kim Jong-un ?']],
  ['the other-event fixture', 'test/fixtures/other-event', questionsOf('test/fixtures/other-event-questions.json')],
];

describe('a corpus split into segments', () => {
  it.each(cases)('%s: answers, people, quotes and timeline as in one segment', async (_name, dir, questions) => {
    const index = await buildCorpusIndexAsync((await loadCorpus(dir)).articles);
    const n = index.meta.articles.length;
    const one = engineOf(index);
    for (const groups of [[[0, 1], [2, 3], [4]], [[n - 1], [...Array(n - 1).keys()]], [[0, 2, 4], [1, 3]]]) {
      const parts = groups.map((g) => g.filter((d) => d < n)).filter((g) => g.length);
      const many = engineOf(split(index, parts));
      for (const q of questions) expect(many.ask(q), `${q} (${JSON.stringify(parts)})`).toEqual(one.ask(q));
      expect(many.articles()).toEqual(one.articles());
      expect(many.people()).toEqual(one.people());
      expect(many.quotes()).toEqual(one.quotes());
      expect(many.stats()).toEqual(one.stats());
      expect(many.timeline()).toEqual(one.timeline());
    }
  });

  it('ranks articles with corpus-wide statistics: the same Lunr scores as one index', async () => {
    const index = await buildCorpusIndexAsync((await loadCorpus('test/fixtures/other-event')).articles);
    const merged = split(index, [[0], [1, 2], [3]]);
    for (const text of ['méthane Lisbonne', 'Sines accord Ribeiro', 'fonds de transition', 'sommet ministre']) {
      const weighted = new Map(analyse(text).map((t, i) => [t, 1 + i / 2]));
      const single = searchArticles(index.lunr, weighted, 4, 12);
      expect(single.length).toBeGreaterThan(0);
      expect(searchArticles(merged.lunr, weighted, 4, 12)).toEqual(single);
    }
  });
});
