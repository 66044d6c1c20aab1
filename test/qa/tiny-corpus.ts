/** A tiny corpus of invented articles for the answerers' tests: its engine, or the knowledge one answerer reads. */
import type { Article } from '../../src/corpus/types.js';
import { readArticle } from '../../src/corpus/read-article.js';
import { buildCorpusIndex } from '../../src/index/corpus-index.js';
import { CoreEngine } from '../../src/qa/core-engine.js';
import { Knowledge } from '../../src/qa/knowledge.js';

/** An article of the given paragraphs, published on `published` (its relative dates resolve against it). */
export const articleOn = (published: string) => (id: string, paragraphs: string[]): Article => ({ id, file: `${id}.md`, title: id, published, language: 'fr', paragraphs, bytes: 0 });
export const engineOf = (articles: Article[]) => new CoreEngine(buildCorpusIndex(articles), { buildMs: 0, fromSnapshot: false });
/** The knowledge the engine reads, of a tiny corpus: to run one answerer on it. */
export const knowledgeOf = (articles: Article[]) => {
  const index = buildCorpusIndex(articles);
  return new Knowledge(index.meta, index.sentences, index.lunr);
};

/** An article read from a file's text, as the bot reads its corpus (published 2025-09-04). */
export const fromFile = (name: string, text: string): Article => {
  const { article } = readArticle(name, new TextEncoder().encode(`---\npublished: 2025-09-04\n---\n${text}\n`));
  if (!article) throw new Error(`${name} is no article`);
  return article;
};
