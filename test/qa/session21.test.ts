import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types.js';
import { buildCorpusIndex } from '../../src/index/corpus-index.js';
import { CoreEngine } from '../../src/qa/core-engine.js';

const article = (id: string, paragraphs: string[]): Article => ({ id, file: `${id}.md`, title: id, published: '2022-03-07', language: 'fr', paragraphs, bytes: 0 });
const engineOf = (articles: Article[]) => new CoreEngine(buildCorpusIndex(articles), { buildMs: 0, fromSnapshot: false });

describe('times of day given in two zones: the local one answers unless another is asked', () => {
  const engine = engineOf([
    article('a', [
      "Il était environ 22 heures (heure locale), hier soir (4h du matin en heure française) quand un train a percuté un camion près de Tartu.",
      "Les secours ont été alertés à 6 h 10 (heure de Paris), puis l'hélicoptère de la garde côtière a décollé à 7 h 25 au-dessus de Narva.",
      "Il est 14 heures de route jusqu'à Valga.",
    ]),
  ]);

  it("reads 'Il était environ 22 heures' as a time and answers it for the local hour", () => {
    expect(engine.ask('À quelle heure locale le train a-t-il percuté le camion ?').answer).toBe('6 mars 2022 à 22h');
    expect(engine.ask('À quelle heure le train a-t-il percuté le camion ?').answer).toBe('6 mars 2022 à 22h');
  });

  it("answers the reader's time when the question asks it", () => {
    expect(engine.ask('À quelle heure française le train a-t-il percuté le camion ?').answer).toBe('6 mars 2022 à 4h');
  });

  it("keeps a time given in no zone beside one '(heure de Paris)' when Paris time is asked", () => {
    expect(engine.ask("À quelle heure (heure de Paris) l'hélicoptère a-t-il décollé ?").answer).toBe('7h25');
  });

  it("reads no time in 'Il est 14 heures de route'", () => {
    expect(engine.ask('À quelle heure la route vers Valga ?').answer ?? '').not.toContain('14');
  });
});

describe('a date before a side phrase, and a participle that frames a fact', () => {
  const engine = engineOf([
    article('a', [
      "Vendredi 4 mars 2022, trois jours après l'incendie survenu le 1er mars 2022, le propriétaire de l'hôtel de Tartu a été arrêté.",
    ]),
  ]);

  it('dates the main clause by the date that opens the sentence, not by the participle’s', () => {
    expect(engine.ask("Quand le propriétaire de l'hôtel a-t-il été interpellé ?").answer).toContain('4 mars 2022');
  });

  it("dates the noun a framing participle qualifies ('l'incendie survenu le …')", () => {
    expect(engine.ask("Quand l'incendie a-t-il eu lieu ?").answer).toContain('1er mars 2022');
    expect(engine.ask("Quand l'incendie est-il survenu ?").answer).toContain('1er mars 2022');
  });
});
