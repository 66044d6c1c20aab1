/** Session 24: behaviour read on real articles, checked on small invented ones. */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/corpus/read-article.js';
import type { Article } from '../../src/corpus/types.js';
import { questionType } from '../../src/qa/question-kind.js';
import { formatTimeFr } from '../../src/qa/format-date.js';
import { buildCorpusIndex } from '../../src/index/corpus-index.js';
import { engineOf } from './tiny-corpus.js';

/** An article read from a file's text, as the bot reads its corpus. */
const fromFile = (name: string, text: string): Article => {
  const { article } = readArticle(name, new TextEncoder().encode(`---\npublished: 2025-09-04\n---\n${text}\n`));
  if (!article) throw new Error(`${name} is no article`);
  return article;
};

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
    "Des manifestants devant la mairie de Valga le 7 août 2025 - STF / AFP",
    "Les manifestants réclamaient la démission du maire, selon la préfecture.",
  ].join('\n\n'))]);
  it('names no one who did anything', () => {
    expect(engine.ask('Quel groupe manifestait devant la mairie de Valga le 7 août ?').answer ?? '').not.toContain('STF');
    expect(engine.ask('Qui manifestait devant la mairie de Valga le 7 août ?').answer ?? '').not.toContain('STF');
  });
});
