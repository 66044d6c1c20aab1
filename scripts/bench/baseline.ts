import { createRequire } from 'node:module';
import type lunrType from 'lunr';
import type { PlainArticle } from './corpus.js';

const require = createRequire(import.meta.url);

/** Lunr with the lunr-languages French pipeline registered (`lunr.fr`). */
export type FrenchLunr = typeof lunrType & { fr: lunrType.Builder.Plugin };

let cached: FrenchLunr | undefined;

/** Loads lunr and registers lunr-languages' stemmer support and French pipeline, once. */
export function frenchLunr(): FrenchLunr {
  if (cached) return cached;
  const lunr = require('lunr') as FrenchLunr;
  // lunr-languages ships CommonJS plugins without types: each is a function that extends lunr.
  (require('lunr-languages/lunr.stemmer.support') as (l: typeof lunrType) => void)(lunr);
  (require('lunr-languages/lunr.fr') as (l: typeof lunrType) => void)(lunr);
  cached = lunr;
  return lunr;
}

/** Plain Lunr as issue 5 defines the baseline: French pipeline, one document per article (title + whole body). */
export function buildBaselineIndex(articles: readonly PlainArticle[]): lunrType.Index {
  const lunr = frenchLunr();
  return lunr(function () {
    this.use(lunr.fr);
    this.ref('id');
    this.field('title');
    this.field('body');
    for (const a of articles) this.add(a);
  });
}

/**
 * The question text stripped of Lunr query syntax (field `:`, fuzziness `~`, boost `^`, wildcard `*`,
 * presence `+` / `-`, escape `\`), so that `idx.search` cannot raise a QueryParseError.
 */
export function stripLunrSyntax(question: string): string {
  return question.replace(/[:~^*+\-\\]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Rebuilds an index from its `JSON.stringify` form. */
export function loadBaselineIndex(json: string): lunrType.Index {
  return frenchLunr().Index.load(JSON.parse(json));
}
