/** Session 30: behaviour read on real articles, checked on small invented ones. */
import { describe, expect, it } from 'vitest';
import { engineOf, fromFile } from './tiny-corpus.js';
import { annotate } from '../../src/nlp/annotate.js';
import { estimatePublication } from '../../src/nlp/temporal/publication.js';
import { insideQuotation } from '../../src/nlp/quotes.js';
import type { Article } from '../../src/corpus/types.js';

const ask = (text: string, question: string) => engineOf([fromFile('001.md', text)]).ask(question);
const article = (text: string): Article => ({ id: '001', file: '001.md', title: 'Titre', language: 'fr', paragraphs: text.split('\n\n'), bytes: text.length });
const entity = (text: string, name: string) => annotate([article(text)]).entities.find((e) => e.name === name);

describe("an organisation's name opened by a noun that is no organisation noun alone", () => {
  it('keeps the adjectives after it ("le Front patriotique")', () => {
    const text = 'L’attentat de Tarvak a été revendiqué jeudi par le Front patriotique, selon un communiqué.';
    expect(entity(text, 'Front patriotique')?.type).toBe('org');
    expect(ask(text, "Quelle organisation a revendiqué l'attentat de Tarvak ?").answer).toContain('Front patriotique');
  });
});

describe('a name after a preposition and an article', () => {
  it('is the complement of a title, not the titled person ("le conjoint du policier tué sur les Quais-Marval")', () => {
    const text = 'Le texte a été lu mardi par le conjoint du policier tué sur les Quais-Marval, lors de la cérémonie.';
    expect(entity(text, 'Quais-Marval')?.type).not.toBe('person');
  });
});

describe('a title after a name and a comma', () => {
  it('is no apposition when a reflexive verb follows it ("Sur son compte Valgram, l’homme se présente comme …")', () => {
    const text = 'Sur son compte Valgram, l’homme se présente comme un docteur en médecine et un pasteur.';
    expect(entity(text, 'Valgram')?.descriptions ?? []).toEqual([]);
  });
});

describe('a shooter asked', () => {
  it('is the one the text calls the author of the attack', () => {
    const text = 'Le procureur a détaillé jeudi les antécédents de Karel Voss, l’auteur de l’attaque sur la place de Tarvak, déjà condamné en 2005.';
    expect(ask(text, "C'est qui le tireur de la place de Tarvak ?").answer).toContain('Karel Voss');
  });
});

describe('a publication date read off the text', () => {
  it('is only a month when the latest date is told in the past ("jeudi 20 avril dernier")', () => {
    expect(estimatePublication(['date 2017-04', 'La cérémonie s’est tenue mardi matin en mémoire du policier tué jeudi 20 avril dernier.'])?.date).toBe('2017-04');
  });
  it('is only a month when a weekday told in the past is the weekday of the latest date', () => {
    // 13 March 2016 is a Sunday.
    expect(estimatePublication(['date 2016-03', 'L’attaque du dimanche 13 mars a fait 19 morts.', 'Les assauts menés ici dimanche dernier ont duré une heure.'])?.date).toBe('2016-03');
  });
  it('is still the latest date otherwise', () => {
    expect(estimatePublication(['date 2016-03', 'L’attaque du dimanche 13 mars a fait 19 morts.'])?.date).toBe('2016-03-13');
  });
});

describe('a building asked', () => {
  it('is not answered by a country ("une clinique en Suisse")', () => {
    const text = 'Opéré à la Pitié-Marval, à Tarvak, Jaan Kask est resté trois semaines en soins intensifs, avant de se reposer dans une clinique en Suisse.';
    expect(ask(text, 'Dans quel hôpital Jaan Kask a-t-il été opéré ?').answer ?? '').not.toContain('Suisse');
  });
});

describe('a place with a venue in apposition ("à Valmont, une banlieue du nord de la capitale")', () => {
  it('is answered by its name, not by the description', () => {
    const text = 'Les policiers ont localisé mercredi les suspects dans une maison située à Valmont, une banlieue du nord de la capitale Tarvas.';
    expect(ask(text, 'Les suspects ont été localisés dans quelle banlieue ?').answer).toBe('Valmont');
  });
});

describe("a role whose complement has a people's adjective", () => {
  it('is not held by one the corpus gives the same role of another people ("la police lettone")', () => {
    const text = 'Le chef de la police Karel Voss a présenté jeudi 17 hommes aux journalistes, avec des passeports estoniens.\n\nKarel Voss, général de la police nationale lettone, a donné une conférence de presse.';
    expect(ask(text, "C'est qui le chef de la police estonienne qui a présenté les hommes aux journalistes ?").answer ?? '').not.toContain('Voss');
  });
});

describe('a thing asked that the text names in quotes', () => {
  it('is answered by the quoted words right after its noun ("un slogan : « … »")', () => {
    const text = 'Des milliers de personnes ont défilé dimanche à Tarvak contre la violence. Avec un slogan : « La ville debout ».';
    expect(ask(text, "Le slogan de la manifestation, c'était quoi ?").answer).toBe('La ville debout');
  });
});

describe('who said something', () => {
  it('reads which names stand inside the quotation marks', () => {
    const text = '« Le tueur n’a aucun lien avec le Parti patriotique », a déclaré samedi Karel Voss, et "le Front" a démenti.';
    expect(insideQuotation(text, text.indexOf('Parti'))).toBe(true);
    expect(insideQuotation(text, text.indexOf('Karel'))).toBe(false);
    expect(insideQuotation(text, text.indexOf('Front'))).toBe(true);
    expect(insideQuotation(text, text.indexOf('démenti'))).toBe(false);
  });
  it('is not a body the quoted words name', () => {
    const text = '« Le tueur de Tarvak n’a aucun lien avec le Parti patriotique », a déclaré samedi lors d’une conférence de presse le chef de la police Karel Voss.\n\nSelon les déclarations de Peeter Saar, le procureur, lors d’une conférence de presse dimanche, le tueur avait préparé son acte depuis un an.';
    expect(ask(text, 'Qui a affirmé dimanche en conférence de presse que le tueur avait préparé son acte depuis un an ?').answer ?? '').not.toContain('Parti');
  });
});

