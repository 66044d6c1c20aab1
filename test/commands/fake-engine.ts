/** A small fake Engine for unit tests: canned answers, a few people, quotes, events and articles. */
import type { Answer, ArticleSummary, Engine, PersonSummary, QuoteRecord, TimelineEvent } from '../../src/qa/types.js';

/** Options to shape the fake. */
export interface FakeEngineOptions {
  answers?: Record<string, Partial<Answer>>;
  people?: PersonSummary[];
  quotes?: QuoteRecord[];
  events?: TimelineEvent[];
  articles?: ArticleSummary[];
}

export const fakeArticles: ArticleSummary[] = [
  { id: 'a1', file: 'a1.md', title: 'Sommet à Vladivostok', source: 'AFP', url: 'https://example.org/a1', published: '2019-04-25', paragraphs: 5, bytes: 1000 },
  { id: 'a2', file: 'a2.md', title: 'Kim en Russie', published: '2019-04-24', publishedEstimated: true, paragraphs: 8, bytes: 2000 },
];

export const poutine: PersonSummary = {
  id: 'vladimir poutine',
  name: 'Vladimir Poutine',
  aliases: ['Poutine', 'Vladimir Poutine'],
  descriptions: [
    { text: 'président russe', doc: 'a1', paragraph: 1 },
    { text: 'président russe', doc: 'a2', paragraph: 2 },
  ],
  mentions: 7,
  docs: ['a1', 'a2'],
};

/** Records the calls made to it, so tests can check what commands asked. */
export interface FakeEngine extends Engine {
  calls: { method: string; args: unknown[] }[];
}

export function fakeEngine(options: FakeEngineOptions = {}): FakeEngine {
  const articles = options.articles ?? fakeArticles;
  const people = options.people ?? [poutine];
  const calls: FakeEngine['calls'] = [];
  const log = (method: string, ...args: unknown[]) => calls.push({ method, args });
  return {
    calls,
    ask(question) {
      log('ask', question);
      const canned = options.answers?.[question];
      return { question, kind: 'what', answer: null, evidence: [], ...canned };
    },
    timeline(filter) {
      log('timeline', filter);
      return options.events ?? [];
    },
    people(query = '') {
      log('people', query);
      const q = query.toLowerCase();
      return people.filter((p) => [p.name, ...p.aliases].some((n) => n.toLowerCase().includes(q)));
    },
    person(name) {
      log('person', name);
      return people.find((p) => p.name === name || p.aliases.includes(name));
    },
    quotes(filter) {
      log('quotes', filter);
      return (options.quotes ?? []).filter((q) => !filter?.speaker || q.speaker === filter.speaker);
    },
    articles: () => articles,
    article: (id) => articles.find((a) => a.id === id),
    stats: () => ({ articles: articles.length, passages: 13, sentences: 40, people: people.length, events: options.events?.length ?? 0, buildMs: 1, fromSnapshot: false }),
  };
}
