import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types.js';
import { buildCorpusIndex } from '../../src/index/corpus-index.js';
import { CoreEngine } from '../../src/qa/core-engine.js';

const article = (id: string, paragraphs: string[]): Article => ({ id, file: `${id}.md`, title: id, published: '2023-06-06', language: 'fr', paragraphs, bytes: 0 });
const engineOf = (articles: Article[]) => new CoreEngine(buildCorpusIndex(articles), { buildMs: 0, fromSnapshot: false });

describe('answerWho', () => {
  const engine = engineOf([
    article('a', [
      "Les délégués de douze pays se retrouvent lundi à Tallinn pour une conférence sur la pêche en Baltique.",
      "Le ministre estonien de la Mer, Karl Tamm, qui préside les travaux, a promis un texte avant vendredi.",
      "Le Danemark, qui conteste les quotas, a demandé un report.",
    ]),
    article('b', ["La délégation suédoise, conduite par Eva Lind, est arrivée dimanche soir à Tallinn pour la conférence."]),
  ]);

  it('answers with the subject of the asked verb in "X, qui VERB …"', () => {
    expect(engine.ask('Qui préside la conférence de Tallinn ?').answer).toContain('Karl Tamm');
  });

  it('accepts a country as the one who does the asked thing', () => {
    expect(engine.ask('Qui conteste les quotas ?').answer).toContain('Danemark');
  });
});

describe('answerWhat', () => {
  const engine = engineOf([
    article('a', [
      "Les ministres de l'Agriculture se sont accordés mardi soir à Vienne sur la réduction des pesticides, après deux jours de débats.",
      "Le texte fixe un objectif de baisse de 30 % de l'usage des pesticides d'ici 2030, contre 50 % dans la proposition initiale.",
      "Les organisations paysannes ont salué un compromis équilibré sur la réduction des pesticides.",
    ]),
  ]);

  it('answers a question asking for a quantity with the sentence holding the figure', () => {
    expect(engine.ask('Quel objectif de réduction des pesticides a été adopté ?').answer).toContain('30 %');
  });

  it('answers other what-questions with the best sentence, figure or not', () => {
    expect(engine.ask('Comment les organisations paysannes ont-elles accueilli le compromis ?').answer).toContain('compromis équilibré');
  });
});

describe('people', () => {
  const engine = engineOf([
    article('a', ['Le ministre estonien de la Mer, Karl Tamm, a ouvert la conférence à Tallinn.', 'M. Tamm a ensuite reçu Eva Lind, la négociatrice suédoise.']),
  ]);

  it('finds people by the start of any of their names, most mentioned first', () => {
    expect(engine.people('Ta').map((p) => p.name)).toEqual(['Karl Tamm']);
    expect(engine.people('lind').map((p) => p.name)).toEqual(['Eva Lind']);
    expect(engine.people('').map((p) => p.name)).toEqual(['Karl Tamm', 'Eva Lind']);
  });

  it('returns at most `limit` people', () => {
    expect(engine.people('', 1).map((p) => p.name)).toEqual(['Karl Tamm']);
    expect(engine.people('', 0)).toEqual([]);
  });
});
