/** Session 24: behaviour read on real articles, checked on small invented ones. */
import { describe, expect, it } from 'vitest';
import { questionType } from '../../src/qa/question-kind.js';
import { formatTimeFr } from '../../src/qa/format-date.js';
import { buildCorpusIndex } from '../../src/index/corpus-index.js';
import { engineOf, fromFile } from './tiny-corpus.js';

describe('a participle with its complement after the noun asked', () => {
  it('reads "le jeune accusé d\'avoir …" as who did it, with no role required', () => {
    expect(questionType("Comment s'appelle le jeune accusé d'avoir incendié la grange ?")).toEqual({ kind: 'who', expects: 'person' });
    expect(questionType("L'homme soupçonné d'avoir volé le tracteur, il s'appelle comment ?")).toEqual({ kind: 'who', expects: 'person' });
    // An adjective before a role is skipped; the role stays required.
    expect(questionType("Comment s'appelait le jeune pompier ?")).toMatchObject({ kind: 'who', noun: 'pompier' });
    expect(questionType("L'arbitre de la finale, c'était qui ?")).toMatchObject({ kind: 'who', noun: 'arbitre' });
  });
  const engine = engineOf([fromFile('001.md', [
    "Soupçonné d'avoir incendié la grange du domaine en mai, Karl Tamm doit être entendu mercredi par le juge.",
    "Le maire de Valga, Peeter Sepp, a réclamé une enquête.",
  ].join(' '))]);
  it('answers from the sentence that tells the act, though the text never calls him "accusé"', () => {
    expect(engine.ask("Comment s'appelle le jeune accusé d'avoir incendié la grange ?").answer).toContain('Karl Tamm');
  });
});

describe('feasts of the calendar', () => {
  const articles = [fromFile('001.md', "Il avait travaillé comme livreur la veille du Nouvel An avant de rejoindre la forêt, selon les enquêteurs. Le garde forestier Jaan Kask a donné l'alerte.")];
  const engine = engineOf(articles);
  it('are no names', () => {
    const names = buildCorpusIndex(articles).meta.entities.map((e) => e.name);
    expect(names).toContain('Jaan Kask');
    expect(names).not.toContain('Nouvel An');
    expect(engine.ask('Le livreur, il s\'appelle comment ?').answer ?? '').not.toContain('Nouvel An');
  });
});

describe('noon as the text says it', () => {
  it('formats 12:00 as "midi" when the text said "midi", "12h" otherwise', () => {
    expect(formatTimeFr('12:00', 'un peu avant midi')).toBe('midi');
    expect(formatTimeFr('12:00', 'à 12 heures')).toBe('12h');
    expect(formatTimeFr('12:00', "dans l'après-midi")).toBe('12h');
    expect(formatTimeFr('12:00')).toBe('12h');
  });
  it('formats 00:00 as "minuit" unless the text wrote it in figures', () => {
    expect(formatTimeFr('00:00', 'depuis minuit')).toBe('minuit');
    expect(formatTimeFr('00:00', 'à 00H00')).toBe('0h00');
    expect(formatTimeFr('00:00')).toBe('minuit');
  });
  const engine = engineOf([fromFile('001.md', "L'incendie a éclaté lundi 1er septembre 2025 vers midi dans l'entrepôt de Valga, selon les pompiers.")]);
  it('answers a time asked with the text\'s word', () => {
    expect(engine.ask("À quelle heure l'incendie a-t-il éclaté dans l'entrepôt ?").answer).toContain('midi');
  });
});

describe('nouns that ask who', () => {
  it('types a rapporteur and a movement as who is asked', () => {
    expect(questionType("Quelle rapporteuse de l'ONU a dénoncé les expulsions ?")).toMatchObject({ kind: 'who', expects: 'person' });
    expect(questionType('Quel mouvement écologiste a bloqué le port ?')).toMatchObject({ kind: 'who', expects: 'org' });
    expect(questionType('Quel collectif a organisé la marche ?')).toMatchObject({ kind: 'who', expects: 'org' });
  });
});

describe('a photograph\'s credit', () => {
  const engine = engineOf([fromFile('001.md', [
    "Des manifestants devant la mairie de Valga le 7 août 2025 - XYZ / AFP",
    "Les manifestants réclamaient la démission du maire, selon la préfecture.",
  ].join('\n\n'))]);
  it('names no one who did anything', () => {
    expect(engine.ask('Quel groupe manifestait devant la mairie de Valga le 7 août ?').answer ?? '').not.toContain('XYZ');
    expect(engine.ask('Qui manifestait devant la mairie de Valga le 7 août ?').answer ?? '').not.toContain('XYZ');
  });
});

describe('a successor asked', () => {
  const engine = engineOf([fromFile('001.md', [
    "Le chef de la police de Valga, Jaan Kask, a été limogé lundi, a annoncé le porte-parole de la police nationale, Peeter Tamm.",
    "Le préfet Karl Sepp a salué le travail des enquêteurs.",
  ].join(' '))]);
  it('is answered only from a sentence that tells a succession', () => {
    expect(engine.ask('Qui a remplacé Jaan Kask à la tête de la police de Valga ?').answer).toBeNull();
    expect(engine.ask("Qui a été nommé à la place de Jaan Kask à la tête de la police ?").answer).toBeNull();
    const told = engineOf([fromFile('001.md', "Le chef de la police de Valga, Jaan Kask, a été limogé lundi. Il est remplacé par le commissaire Mart Lepp, a annoncé la police nationale.")]);
    expect(told.ask('Qui a remplacé Jaan Kask à la tête de la police de Valga ?').answer).toContain('Mart Lepp');
  });
  it('is not asked by "à la place de" alone, which says "instead of"', () => {
    const instead = engineOf([fromFile('001.md', "Le Premier ministre Mart Lepp a présidé mercredi la cérémonie d'hommage à Valga, le président Jaan Kask étant retenu à Tallinn.")]);
    expect(instead.ask("Qui a présidé la cérémonie d'hommage à Valga à la place de Jaan Kask ?").answer).toContain('Mart Lepp');
  });
});

describe('who holds an elected office', () => {
  const engine = engineOf([fromFile('001.md', "« Nous avons perdu un voisin », a déclaré dimanche le gouverneur de l'État, Mart Lepp, lors d'une conférence de presse.")]);
  it('reads a governor as an elected official', () => {
    expect(engine.ask('Quel élu a parlé en conférence de presse dimanche ?').answer).toContain('Mart Lepp');
  });
});

describe('parts of a country the press names as countries', () => {
  const engine = engineOf([fromFile('001.md', 'Le suspect des meurtres de trois fillettes en Angleterre fin juillet a été inculpé mardi pour meurtre, selon la police du comté.')]);
  it('are no towns', () => {
    expect(engine.ask('Le suspect des meurtres, il a été inculpé dans quelle ville ?').answer).toBeNull();
  });
});

describe('a person called by a word inside their name', () => {
  const articles = [fromFile('001.md', [
    'Le président brésilien, José Carlos Moura da Silva, a présenté ses condoléances aux familles mardi.',
    'Le président Moura a ensuite rencontré les secours à Recife.',
  ].join(' '))];
  it('is that person when one name only holds the word', () => {
    const entities = buildCorpusIndex(articles).meta.entities;
    const moura = entities.find((e) => e.name === 'José Carlos Moura da Silva');
    expect(moura?.aliases).toContain('Moura');
    expect(entities.some((e) => e.name === 'Moura')).toBe(false);
  });
});

describe('a date of another fact', () => {
  it('does not answer when the only date is a participle\'s the question does not say', () => {
    const only = engineOf([fromFile('001.md', 'Le juge Peeter Tamm a ouvert une enquête préliminaire pour déterminer si la panne de courant survenue hier à Valga pourrait être un sabotage.')]);
    expect(only.ask("L'ouverture de l'enquête par le juge, c'était quel jour ?").answer).toBeNull();
    const own = engineOf([fromFile('001.md', 'Le juge Peeter Tamm a ouvert hier une enquête préliminaire sur la panne de courant survenue lundi à Valga.')]);
    expect(own.ask("L'ouverture de l'enquête par le juge, c'était quel jour ?").answer).toContain('3 septembre 2025');
  });
});

describe('a companion asked', () => {
  const engine = engineOf([fromFile('001.md', "Le président Jaan Kask et la première dame Maria Kask se sont rendus au mémorial de Valga dimanche, une semaine après l'incendie. Le préfet Peeter Tamm a salué les secours.")]);
  it('is one the sentence joins to the person named, of the same family too, and no one else', () => {
    const r = engine.ask('Jaan Kask, il est venu au mémorial avec qui ?');
    expect(r.answer).toContain('Maria Kask');
    expect(r.answer).not.toContain('Peeter Tamm');
  });
});
