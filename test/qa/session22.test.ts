/** Session 22: behaviour read on real articles, checked on small invented ones. */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/corpus/read-article.js';
import type { Article } from '../../src/corpus/types.js';
import { engineOf } from './tiny-corpus.js';

/** An article read from a file's text, as the bot reads its corpus. */
const fromFile = (name: string, text: string): Article => {
  const { article } = readArticle(name, new TextEncoder().encode(`---\npublished: 2025-09-04\n---\n${text}\n`));
  if (!article) throw new Error(`${name} is no article`);
  return article;
};

describe('typographic hyphens inside names', () => {
  it('reads "Anne\\u2011Liis Kask" as one person', () => {
    const engine = engineOf([fromFile('001.md', 'Une touriste estonienne a été confirmée comme décédée par la ministre de la Culture Anne\u2011Liis Kask. Le bilan reste provisoire.')]);
    expect(engine.ask('Quelle ministre a confirmé le décès de la touriste ?').answer).toContain('Anne-Liis Kask');
  });
});

describe('models named by a brand that is also a given name', () => {
  it('answers "Victor K-220" though "Victor" is a given name; a given name and a Roman numeral stay a person', async () => {
    const { models } = await import('../../src/qa/spans.js');
    expect(models("Au volant d'un fourgon Victor K-220, le modèle le plus vendu du pays, un homme a forcé le barrage.").map((m) => m.text)).toEqual(["Victor K-220"]);
    expect(models('Le roi Felipe VI a présenté ses condoléances.')).toEqual([]);
  });
});

describe('two places asked together', () => {
  const engine = engineOf([fromFile('001.md', "Le car est tombé d'un viaduc entre Narva et Valga, deux localités de la commune de Tartu, mardi soir. Les blessés ont été conduits à l'hôpital de Tartu.")]);
  it('reads "entre quelles deux localités" as a where-question and answers the pair the text names', () => {
    const r = engine.ask('Le drame, il s\'est produit entre quelles deux localités de la commune de Tartu ?');
    expect(r.kind).toBe('where');
    expect(r.answer).toBe('Narva et Valga');
    expect(engine.ask('Entre quelles localités le car est-il tombé ?').answer).toBe('Narva et Valga');
  });
});

describe('known places whose name goes on in lower case', () => {
  const engine = engineOf([fromFile('001.md', 'En décembre, une attaque perpétrée par un étudiant avait fait neuf morts dans une université de Narva, en République tchèque. Les Émirats arabes unis ont présenté leurs condoléances.')]);
  it('reads "République tchèque" and "Émirats arabes unis" whole, so that the town is the town', () => {
    expect(engine.ask('Dans quelle ville une attaque dans une université avait-elle fait neuf morts ?').answer).toBe('Narva');
    expect(engine.ask('Dans quel pays une attaque dans une université avait-elle fait neuf morts ?').answer).toBe('République tchèque');
    expect(engine.ask('Quel pays a présenté ses condoléances ?').answer).toContain('Émirats arabes unis');
  });
});

describe('a sentence whose full stop was lost', () => {
  it('ends a name before the capitalised function word that opens the next sentence', () => {
    const engine = engineOf([fromFile('001.md', 'Un jeune homme avait poignardé une enseignante dans un établissement scolaire du nord-est de la Lettonie En décembre, un autre avait blessé un élève.')]);
    expect(engine.ask("Comment s'appelait l'enseignante poignardée ?").answer).toBeNull();
    expect(engine.ask("Dans quel pays l'enseignante a-t-elle été poignardée ?").answer).toBe('Lettonie');
  });
});

describe('feminine person nouns asked', () => {
  it('types "Quelle enseignante …" as a who-question, as "Quel enseignant …" is', () => {
    const engine = engineOf([fromFile('001.md', "L'enseignante Anu Kask a soigné les blessés dans la cour.")]);
    const r = engine.ask('Quelle enseignante a soigné les blessés ?');
    expect(r.kind).toBe('who');
    expect(r.answer).toBe('Anu Kask');
  });
});

describe('an initial ending a name', () => {
  it('keeps "Jaan K." whole, though "a" is a function word', () => {
    const engine = engineOf([fromFile('001.md', "L'auteur présumé de l'attaque, Jaan K., a été interpellé samedi à Tartu.")]);
    expect(engine.ask("Comment s'appelle l'auteur présumé de l'attaque ?").answer).toContain('Jaan K');
  });
});

describe('where, with a clause of time in the question', () => {
  it('answers "Où était X quand …" by the place of X, not of the fact the time clause names', () => {
    const engine = engineOf([fromFile('001.md', "Le chef de l'État, Jaan Kask, qui se trouve actuellement à Narva, a annoncé qu'un deuil national de trois jours était décrété.")]);
    expect(engine.ask('Où était Jaan Kask quand il a décrété le deuil national ?').answer).toBe('Narva');
  });
});

describe('venues of nature and of transport asked by their noun', () => {
  const engine = engineOf([fromFile('001.md', "L'avion de la compagnie venait d'atterrir sur la piste 16L de l'aéroport de Tartu quand il a heurté un appareil. Les secouristes ont trouvé les randonneurs sur le glacier du Valga.")]);
  it('types "Sur quelle piste …" as a where-question and answers the runway with its code', () => {
    const r = engine.ask("Sur quelle piste l'avion venait-il d'atterrir ?");
    expect(r.kind).toBe('where');
    expect(r.answer).toContain('piste 16L');
  });
  it('types "sur quel glacier" as a where-question', () => {
    expect(engine.ask('Les randonneurs, on les a trouvés sur quel glacier ?').kind).toBe('where');
  });
});
