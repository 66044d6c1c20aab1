import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types.js';
import { buildCorpusIndex } from '../../src/index/corpus-index.js';
import { CoreEngine } from '../../src/qa/core-engine.js';
import { mostReportedDay, weekdayNameOf, weekdayNear } from '../../src/nlp/temporal/index.js';
import { annotate } from '../../src/nlp/annotate.js';

const article = (id: string, published: string, paragraphs: string[]): Article => ({ id, file: `${id}.md`, title: id, published, language: 'fr', paragraphs, bytes: 0 });
const timelineOf = (articles: Article[]) => new CoreEngine(buildCorpusIndex(articles), { buildMs: 0, fromSnapshot: false }).timeline();

describe('buildTimeline', () => {
  const events = timelineOf([
    article('a', '2024-03-12', [
      "Les ministres se retrouvent jeudi à Tallinn, à un moment où les négociations, entamées après l'échec d'une réunion à Riga en janvier dernier, piétinent.",
      "La conférence s'est ouverte jeudi, à 10h30, au palais des congrès.",
    ]),
  ]);

  it('dates a sentence by its main clause, and a fact told in a side clause by that clause alone', () => {
    const january = events.find((e) => e.date === '2024-01');
    expect(january?.text).toBe("Après l'échec d'une réunion à Riga en janvier dernier");
    const thursday = events.filter((e) => e.date === '2024-03-14').map((e) => e.text);
    expect(thursday.some((t) => t.startsWith('Les ministres se retrouvent jeudi'))).toBe(true);
  });

  it('keeps the time of day with the day it belongs to', () => {
    expect(events.find((e) => e.text.startsWith('La conférence'))).toMatchObject({ date: '2024-03-07', time: '10:30' });
  });
});

/** An article known only to its month (July 2013). */
const monthOnly = (id: string, text: string) => ({ id, file: `${id}.md`, title: id, published: '', crawlDate: '2013-07', language: 'fr', paragraphs: [text], bytes: 0 }) as Article;
/** Three dated reports that make 6 July 2013 the story's main day. */
const threeReports = () => [
  article('a', '2013-07-08', ['Le train a déraillé le 6 juillet 2013 au centre de Tartu.']),
  article('b', '2013-07-09', ['Le 6 juillet 2013, un train a déraillé à Tartu.']),
  article('c', '2013-07-10', ['Depuis le déraillement du 6 juillet 2013, la ville est en deuil.']),
];

describe('buildTimeline: an article known only to its month', () => {
  it('files a fact dated by a weekday under the article\'s month, the day being unknown', () => {
    const events = timelineOf([monthOnly('m', 'Le train a déraillé samedi au centre de Tartu, puis a explosé.')]);
    expect(events.find((e) => e.text.includes('déraillé'))).toMatchObject({ date: '2013-07' });
  });

  it('dates such a weekday by the story\'s main day when that day, in the article\'s month, falls on it (or near it)', () => {
    const events = timelineOf([
      ...threeReports(),
      monthOnly('d', 'Ce samedi matin, le convoi a quitté les rails en plein centre de Tartu.'),
      monthOnly('e', 'Les premiers secours sont arrivés dimanche sur les lieux.'),
      monthOnly('f', 'Le maire a pris la parole mercredi devant la mairie.'),
    ]);
    const dateOf = (doc: string) => events.filter((e) => e.sources.some((x) => x.doc === doc)).map((e) => e.date);
    expect(dateOf('d')).toEqual(['2013-07-06']);
    expect(dateOf('e')).toEqual(['2013-07-07']);
    expect(dateOf('f')).toEqual(['2013-07-03']);
  });
});

describe("the story's week (weekdayNear, weekOf)", () => {
  it('reads a weekday alone as the day of that weekday nearest the main day, in the same month', () => {
    expect(weekdayNear('ce samedi matin', '2013-07', '2013-07-06')).toBe('2013-07-06');
    expect(weekdayNear('mercredi', '2013-07', '2013-07-06')).toBe('2013-07-03');
    // Another month than the main day's, a date beside the weekday, or no main day: no day.
    expect(weekdayNear('samedi', '2013-08', '2013-07-06')).toBeUndefined();
    expect(weekdayNear('samedi 13', '2013-07', '2013-07-06')).toBeUndefined();
    expect(weekdayNear('samedi', '2013-07', undefined)).toBeUndefined();
  });

  it('is set once at annotation on the mentions of an article known only to its month', () => {
    const ann = annotate([...threeReports(), monthOnly('d', 'Les premiers secours sont arrivés dimanche sur les lieux.')]);
    const d = ann.sentences.find((s) => s.text.includes('secours'))!.dates[0]!;
    expect(d).toMatchObject({ text: 'dimanche', weekOf: '2013-07-07' });
    expect(d.value).toBeUndefined();
  });
});

describe('mostReportedDay and weekdayNameOf', () => {
  it('takes the day three articles or more give, the earlier on a tie, and names a day\'s weekday', () => {
    const pairs: [string, string][] = [['2013-07-06', 'a'], ['2013-07-06', 'b'], ['2013-07-06', 'b'], ['2013-07-07', 'a'], ['2013-07-07', 'b'], ['2013-07-07', 'c'], ['2013-07', 'd']];
    expect(mostReportedDay(pairs)).toBe('2013-07-07');
    expect(mostReportedDay([...pairs, ['2013-07-06', 'c']])).toBe('2013-07-06');
    expect(mostReportedDay(pairs.slice(0, 3))).toBeUndefined();
    expect(weekdayNameOf('2013-07-06')).toBe('samedi');
    expect(weekdayNameOf('2016-08-24')).toBe('mercredi');
    expect(weekdayNameOf('2016-08')).toBeUndefined();
  });
});
