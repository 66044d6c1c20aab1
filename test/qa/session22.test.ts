/** Session 22: behaviour read on real articles, checked on small invented ones. */
import { describe, expect, it } from 'vitest';
import { models } from '../../src/qa/spans.js';
import { engineOf, fromFile } from './tiny-corpus.js';

describe('typographic hyphens inside names', () => {
  it('reads "Anne\\u2011Liis Kask" as one person', () => {
    const engine = engineOf([fromFile('001.md', 'Le décès du randonneur a été annoncé lundi par la ministre de la Culture Anne\u2011Liis Kask. Les recherches avaient duré deux jours.')]);
    expect(engine.ask('Quelle ministre a annoncé le décès du randonneur ?').answer).toContain('Anne-Liis Kask');
  });
});

describe('models named by a brand that is also a given name', () => {
  it('reads "Victor K-220" though "Victor" is a given name; a given name and a Roman numeral stay a person', () => {
    expect(models('Le livreur conduisait un fourgon Victor K-220 quand il a heurté le portail.').map((m) => m.text)).toEqual(['Victor K-220']);
    expect(models('Le roi Felipe VI a présenté ses condoléances.')).toEqual([]);
  });
});

describe('two places asked together', () => {
  const engine = engineOf([fromFile('001.md', 'Le train a déraillé entre Narva et Valga, deux villages du canton de Tartu, dans la nuit de samedi. Les blessés ont été conduits à Tartu.')]);
  it('reads "entre quels deux villages" as a where-question and answers the pair the text names', () => {
    const r = engine.ask('Le déraillement, il a eu lieu entre quels deux villages du canton ?');
    expect(r.kind).toBe('where');
    expect(r.answer).toBe('Narva et Valga');
    expect(engine.ask('Entre quelles localités le train a-t-il déraillé ?').answer).toBe('Narva et Valga');
  });
});

describe('known places whose name goes on in lower case', () => {
  const engine = engineOf([fromFile('001.md', "Une explosion avait fait trois blessés dans une usine de Narva, en Guinée équatoriale, l'an dernier. Les Émirats arabes unis ont envoyé des experts.")]);
  it('reads "Guinée équatoriale" and "Émirats arabes unis" whole, so that the town is the town', () => {
    expect(engine.ask("Dans quelle ville l'explosion dans une usine avait-elle fait trois blessés ?").answer).toBe('Narva');
    expect(engine.ask("Dans quel pays l'explosion dans une usine avait-elle fait trois blessés ?").answer).toBe('Guinée équatoriale');
    expect(engine.ask('Quel pays a envoyé des experts ?').answer).toContain('Émirats arabes unis');
  });
});

describe('a sentence whose full stop was lost', () => {
  it('ends a name before the capitalised function word that opens the next sentence', () => {
    const engine = engineOf([fromFile('001.md', "Un incendie a détruit un entrepôt du nord de la Lettonie En mai, un autre avait touché une ferme.")]);
    expect(engine.ask("Comment s'appelait le gardien de l'entrepôt détruit par l'incendie ?").answer).toBeNull();
    expect(engine.ask("Dans quel pays l'incendie a-t-il détruit un entrepôt ?").answer).toBe('Lettonie');
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
    const engine = engineOf([fromFile('001.md', "L'auteur présumé du vol, Jaan K., a été interpellé samedi à Tartu.")]);
    expect(engine.ask("Comment s'appelle l'auteur présumé du vol ?").answer).toContain('Jaan K');
  });
});

describe('where, with a clause of time in the question', () => {
  it('answers "Où était X quand …" by the place of X, not of the fact the time clause names', () => {
    const engine = engineOf([fromFile('001.md', "La présidente, Marta Sepp, qui se trouvait alors à Valga, a fait savoir qu'elle signait l'accord sur les pêches.")]);
    expect(engine.ask("Où était Marta Sepp quand elle a signé l'accord sur les pêches ?").answer).toBe('Valga');
  });
});

describe('venues of nature and of transport asked by their noun', () => {
  const engine = engineOf([fromFile('001.md', "Le planeur s'est posé en urgence sur la piste 16L de l'aérodrome de Tartu. Les secouristes ont trouvé les randonneurs sur le glacier du Valga.")]);
  it('types "Sur quelle piste …" as a where-question and answers the runway with its code', () => {
    const r = engine.ask("Sur quelle piste le planeur s'est-il posé ?");
    expect(r.kind).toBe('where');
    expect(r.answer).toContain('piste 16L');
  });
  it('types "sur quel glacier" as a where-question', () => {
    expect(engine.ask('Les randonneurs, on les a trouvés sur quel glacier ?').kind).toBe('where');
  });
});

describe('a name in quotation marks after a place cue', () => {
  it('reads «Lower Narva Ward» after "dans le" as a place', () => {
    const engine = engineOf([fromFile('001.md', 'La situation est dramatique dans le «Lower Narva Ward», le quartier le plus pauvre de la ville, peuplé surtout de pêcheurs.')]);
    expect(engine.ask('Quel quartier, le plus pauvre de la ville, était peuplé surtout de pêcheurs ?').answer).toBe('Lower Narva Ward');
  });
});
