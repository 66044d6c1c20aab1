/** Session 29: behaviour read on real articles, checked on small invented ones. */
import { describe, expect, it } from 'vitest';
import { engineOf, fromFile } from './tiny-corpus.js';
import { formatTimeFr } from '../../src/qa/format-date.js';
import { questionType } from '../../src/qa/question-kind.js';
import { standardize } from '../../src/nlp/word-family.js';

const ask = (text: string, question: string) => engineOf([fromFile('001.md', text)]).ask(question);

describe('an organisation asked', () => {
  it('is not the person a sentence identifies', () => {
    const text = 'Un homme a été retrouvé inconscient sur un banc à Tarvak dimanche.\n\nSelon la VTV, il s’agit de Jaan Kask, un ancien colonel du renseignement valgais.';
    expect(ask(text, "Quel média a donné le nom de l'homme retrouvé inconscient à Tarvak ?").answer ?? '').not.toContain('Kask');
  });
});

describe('a span of time asked', () => {
  it('is not a span of another fact in a sentence that says none of the question', () => {
    const text = 'Irina Tamm a été retrouvée inconsciente à Tarvak. Elle est soignée à l’hôpital. Les 48 diplomates valgais avaient sept jours pour quitter le sol estonien.';
    expect(ask(text, 'Irina Tamm est restée combien de jours dans le coma ?').answer).toBeNull();
  });
  it('is still the one the sentence of the fact gives', () => {
    const text = 'Irina Tamm est restée neuf jours dans le coma à Tarvak.';
    expect(ask(text, 'Irina Tamm est restée combien de jours dans le coma ?').answer).toContain('neuf jours');
  });
});

describe('a role asked', () => {
  it('is said as a word, not inside another ("consul" is not "consulat")', () => {
    const text = 'Les enquêteurs ont fouillé mercredi la résidence du consul de Valga à Tarvak dans le cadre de l’enquête sur la disparition du journaliste Pavel Orlov, mais également le consulat, déjà perquisitionné cette semaine.';
    expect(ask(text, "Comment s'appelle le consul dont la résidence a été perquisitionnée ?").answer ?? '').not.toContain('Orlov');
  });
  it('is not held by the person it is of, a noun between them ("le commanditaire du meurtre de X")', () => {
    const text = 'Les enquêteurs affirment avoir identifié le commanditaire du meurtre de Pavel Orlov, abattu en février à Tarvak.';
    expect(ask(text, "Le commanditaire du meurtre, c'est qui ?").answer ?? '').not.toContain('Orlov');
  });
});

describe('a date of an act the question names someone doing', () => {
  it('is not the date another person did it ("X a pu quitter")', () => {
    const text = 'Jaan Kask est toujours soigné à l’hôpital de Tarvak.\n\nLa troisième victime, Peeter Tamm, a pu quitter l’hôpital jeudi.';
    expect(ask(text, 'Jaan Kask, il a quitté l’hôpital quel jour ?').answer).toBeNull();
  });
});

describe('what a question in the text names', () => {
  it('is asked, not stated', () => {
    const text = 'Jaan Kask est mort le 2 octobre. “C’est un événement planifié. Pourquoi les 15 personnes des services valgais se réunis à Tarvak et qui leur a donné l’ordre d’agir? Où est le corps de Kask? L’incident ne sera pas clos”, a déclaré Mart Saar.';
    expect(ask(text, 'Où le corps de Jaan Kask a-t-il été retrouvé ?').answer).toBeNull();
  });
  it('is stated in brackets inside the question', () => {
    const text = 'Mais où est donc passé Mart Saar, le patron de la Compagnie valgaise (fondée en 1951) et opérateur du port de Tarvak ?';
    expect(ask(text, 'La Compagnie valgaise, elle a été fondée en quelle année ?').answer).toContain('1951');
  });
});

describe('"combien étaient des …"', () => {
  it('counts the noun after the copula', () => {
    expect(questionType('Parmi les 17 victimes, combien étaient des lycéens ?')).toMatchObject({ kind: 'what', expects: 'quantity', noun: 'lyceen' });
    const text = 'L’attaque a fait 17 morts et 15 blessés à Tarvak.\n\nElle a coûté la vie à 17 personnes, dont 14 lycéens.';
    expect(ask(text, 'Parmi les 17 victimes, combien étaient des lycéens ?').answer).toContain('14');
  });
});

describe('a person named once with a middle name', () => {
  it('is the person the corpus names with the first and last names', () => {
    const text = 'Jaan Kask a ouvert le feu mardi à Tarvak.\n\nNé le 24 septembre 1998 à Valga, Jaan Peeter Kask a été adopté à sa naissance.\n\nJaan Kask a été arrêté.';
    expect(ask(text, 'Quelle est la date de naissance de Jaan Kask ?').answer).toContain('24 septembre 1998');
  });
});

describe('a time in a span', () => {
  it('"à partir de quelle heure" is its start, the times in brackets restating it in another zone', () => {
    const text = 'La dépouille de Jaan Kask devait être exposée de 10h00 à 14h00 (08h00 à 12h00 HB) au centre culturel de Tarvak.';
    expect(ask(text, 'Au centre culturel, le public pouvait se recueillir devant la dépouille à partir de quelle heure ?').answer).toContain('10h');
  });
  it('keeps the minutes the text writes', () => {
    expect(formatTimeFr('07:00', '07H00 GMT')).toBe('7h00');
    expect(formatTimeFr('07:00', 'à 7 heures')).toBe('7h');
  });
});

describe('a place said with more than its name', () => {
  it('keeps the part of the compass', () => {
    const text = 'Selon le journal, l’échantillon provenait d’un centre de recherche militaire situé dans le sud-ouest de la Lettonie.';
    expect(ask(text, "D'après le journal, l'échantillon venait d'un centre de recherche situé dans quelle région ?").answer).toBe('sud-ouest de la Lettonie');
  });
  it('keeps the venue of the town for a plain "où"', () => {
    const text = 'Le couple avait été retrouvé inconscient sur un banc, dans un centre commercial de Tarvak, dimanche.';
    expect(ask(text, 'Le couple a été découvert inconscient où ?').answer).toContain('centre commercial de Tarvak');
  });
});

describe('"le casse" typed for a robbery', () => {
  it('is read as "le cambriolage", and "la casse" is not', () => {
    expect(standardize('Le casse du musée, c’était quel jour ?')).toBe('le cambriolage du musée, c’était quel jour ?');
    expect(standardize('La casse des vitrines a coûté cher ?')).toBe('La casse des vitrines a coûté cher ?');
  });
  it('finds the day of the burglary', () => {
    const text = 'C’est un cambriolage spectaculaire qui s’est déroulé au musée de Tarvak ce dimanche 19 octobre 2025.';
    expect(ask(text, 'Le casse du musée de Tarvak, c’était quel jour ?').answer).toContain('19 octobre');
  });
});

describe('a date that dates another fact of the sentence', () => {
  it('of a noun the question does not say ("lors de sa conférence de presse le 17 octobre")', () => {
    const text = 'Lors de sa conférence de presse le 17 octobre 2020, le procureur Mart Saar a évoqué l’attentat de Tarvak dans lequel Jaan Kask a perdu la vie.';
    expect(ask(text, "L'attaque contre Jaan Kask, c'était quel jour ?").answer).toBeNull();
  });
});
