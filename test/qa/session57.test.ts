/** Session 57: behaviour read on real articles, checked on small invented ones (names and sentences of my own). */
import { describe, expect, it } from 'vitest';
import { articleOn, engineOf, knowledgeOf } from './tiny-corpus.js';
import { questionType } from '../../src/qa/question-kind.js';
import { findTemporal } from '../../src/nlp/temporal/index.js';
import { relatedTerms } from '../../src/nlp/word-family.js';
import { terms } from '../../src/nlp/tokens.js';

const dated = articleOn('2024-03-06');
/** The answer to `question` on one article of `paragraphs`, or '' when there is none. */
const said = (paragraphs: string[], question: string) => engineOf([dated('001', paragraphs)]).ask(question).answer ?? '';

describe('question kind', () => {
  it('reads "c’était quoi sa destination ?" as asking a place, as "quelle était sa destination" does', () => {
    expect(questionType('Le cargo allait où, c’était quoi sa destination ?').kind).toBe('where');
    expect(questionType('C’est quoi l’adresse du cabinet ?').kind).toBe('where');
  });
  it('reads "C’est quoi la date du procès ?" as asking a time', () => {
    expect(questionType('C’est quoi la date du procès ?')).toMatchObject({ kind: 'when', expects: 'date' });
  });
  it('still reads "C’est quoi le bilan ?" as a plain question (guard)', () => {
    expect(questionType('C’est quoi le bilan ?').kind).toBe('what');
  });
  it('reads "Quel coéquipier …" as asking a person', () => {
    expect(questionType('Quel coéquipier l’a qualifié de légende après le match ?')).toMatchObject({ kind: 'who', expects: 'person' });
  });
});

describe('who', () => {
  it('reads "l’attaché de presse de ses films, X" as X’s role', () => {
    const paragraphs = [
      'L’acteur Paul Dalbret est mort vendredi, une information annoncée par son ami Marc Olsen et confirmée à la presse par l’attaché de presse de ses principaux films, Karl Vesper.',
      'Sa compagne, Lina Ossari, a demandé des obsèques simples.',
    ];
    expect(said(paragraphs, 'C’est qui l’attaché de presse qui a confirmé la mort de Paul Dalbret ?')).toMatch(/^Karl Vesper/);
  });
});

describe('dates', () => {
  it('reads no month in "les attaques du 7-Octobre" (a day joined to its month by a hyphen names an event of another year)', () => {
    expect(findTemporal('Il était le cerveau des attaques du 7-Octobre, selon l’armée.', '2024-10-17')).toEqual([]);
    expect(findTemporal('depuis le 11-Septembre', '2024-10-17')).toEqual([]);
  });
  it('still reads "le 7 octobre" and "en octobre" (guard)', () => {
    expect(findTemporal('Il est arrivé le 7 octobre.', '2024-10-17').map((m) => m.value)).toEqual(['2024-10-07']);
    expect(findTemporal('Il est arrivé en octobre.', '2024-10-17').map((m) => m.value)).toEqual(['2024-10']);
  });
});

describe('where', () => {
  it('reads "au stade X Y", X Y a person the corpus names, as the stadium’s name', () => {
    const paragraphs = [
      'Le stade porte le nom de l’ancien président du club, Pierre Dalbret, mort en 1978.',
      'Mardi, 80 000 supporters ont acclamé Lina Ossari lors de sa présentation officielle au stade Pierre Dalbret, au cours d’une cérémonie grandiose.',
      'Le stade mythique du club est devenu l’enceinte la plus moderne du pays.',
    ];
    expect(said(paragraphs, 'Dans quel stade Lina Ossari a été présentée aux supporters ?')).toBe('stade Pierre Dalbret');
  });
});

describe('counts', () => {
  const paragraphs = ['Le 2 mars, plus de 300 personnes ont été tuées et 41 prises en otage lors de l’attaque du port de Lina, a annoncé le gouverneur Karl Vesper.'];
  it('does not count "300 personnes ont été tuées" for "combien de personnes enlevées"', () => {
    expect(said(paragraphs, 'Il y a eu combien de personnes enlevées lors de l’attaque ?')).not.toMatch(/300/);
  });
  it('still counts "300 personnes ont été tuées" for "combien de personnes tuées" (guard)', () => {
    expect(said(paragraphs, 'Il y a eu combien de personnes tuées lors de l’attaque ?')).toMatch(/300/);
    expect(said(paragraphs, 'Combien de personnes ont été prises en otage ?')).toMatch(/41/);
  });
});

describe('times in another clock', () => {
  it('reads "(2 heures à Paris)" right after a time as a time, and answers "heure de Paris" with it', () => {
    expect(findTemporal('À 8 heures locales (2 heures à Paris), l’île a été touchée par un séisme.', '2024-04-03').map((m) => m.time)).toEqual(['08:00', '02:00']);
    const paragraphs = ['Mercredi, à 8 heures locales (2 heures à Paris), l’est de l’île de Lina a été secoué par un puissant séisme.'];
    expect(said(paragraphs, 'La secousse, elle a eu lieu à quelle heure, heure de Paris ?')).toMatch(/(?:^|à )2\s?h/);
  });
  it('still reads "à 8 heures (2 heures de marche …)" with no time in the brackets (guard)', () => {
    expect(findTemporal('Il est parti à 8 heures (2 heures de marche l’attendaient).', '2024-04-03').map((m) => m.time)).toEqual(['08:00']);
  });
});

describe('who wrote it', () => {
  it('reads "« Respect ! » a notamment écrit X" with X the writer, not what was written', () => {
    const paragraphs = [
      'Karl Vesper a annoncé vendredi son départ du club dans une vidéo publiée sur Instagram.',
      '« Respect légende ! » a notamment écrit Lina Ossari, ancienne joueuse du club, sous la vidéo de Karl Vesper.',
    ];
    expect(said(paragraphs, 'Qui a écrit « Respect légende ! » sous la vidéo de Karl Vesper ?')).toMatch(/^Lina Ossari/);
  });
});

describe('names', () => {
  it('reads "le New York Times" as one name, not "New" and "York Times"', () => {
    const k = knowledgeOf([dated('001', ['Le document a été obtenu par le New York Times mardi, a précisé Karl Vesper.'])]);
    expect(k.ann.entities.map((e) => e.name)).toContain('New York Times');
  });
});

describe('question kind of a subject with its complement', () => {
  it('reads "Quel site d’infos taïwanais a dit …" as asking a body, not a place', () => {
    expect(questionType('Quel site d’infos taïwanais a dit que les enfants passaient en premier ?')).toMatchObject({ kind: 'who', expects: 'org' });
  });
  it('still reads "Quelle ville de France a été touchée ?" as asking a place (guard)', () => {
    expect(questionType('Quelle ville de France a été touchée ?').kind).toBe('where');
  });
});

describe('when, with a part of a month', () => {
  it('keeps "fin" of "à la fin du mois d’août" in the answer', () => {
    const paragraphs = ['Six otages ont été assassinés à la fin du mois d’août dans un tunnel de la ville de Lina, a affirmé Karl Vesper.'];
    expect(said(paragraphs, 'Les six otages, ils ont été assassinés quand ?')).toMatch(/^fin août/);
  });
});

describe('when, in a list of dates with their places in brackets', () => {
  it('answers the date whose brackets name the place asked ("le 21 septembre 1999 (Porto Ossari, …)")', () => {
    const paragraphs = ['Les secousses les plus meurtrières ont eu lieu le 3 décembre 1903 (Porto Vesper, magnitude 7,1 – 1030 morts) ; le 17 mars 1906 (Porto Dalbret, magnitude 6,8) ; le 21 septembre 1999 (Porto Ossari, magnitude 7,7 – 2415 morts).'];
    expect(said(paragraphs, 'Le séisme de Porto Ossari, c’était à quelle date ?')).toMatch(/21 septembre 1999/);
  });
});

describe('roles of several titles', () => {
  it('reads "le médecin légiste adjoint X" as the role "médecin légiste adjoint", not "adjoint" alone', () => {
    const k = knowledgeOf([dated('001', ['« Les effets proviennent d’une dépression respiratoire », a déclaré le médecin légiste adjoint Karl Vesper mardi.'])]);
    const vesper = k.ann.entities.find((e) => e.name === 'Karl Vesper');
    expect(vesper?.descriptions.map((d) => d.text)).toContain('médecin légiste adjoint');
  });
});

describe('word family', () => {
  it('reads "brisé" and "scindé" as forms of "cassé"', () => {
    expect(relatedTerms(terms('cassé')[0]!)).toEqual(expect.arrayContaining([...terms('brisé'), ...terms('scindé')]));
  });
});

describe('quotation questions answered by the fallback', () => {
  it('does not give the outlet’s report ("Selon le communiqué de la préfecture, …") as the words of a person it names', () => {
    const paragraphs = ['Selon le communiqué de la préfecture, l’incendie aurait été provoqué par un court-circuit dans l’entrepôt principal, alors que le gouverneur Karl Vesper s’est rendu sur place dans la nuit.'];
    expect(said(paragraphs, 'Qu’a déclaré Karl Vesper sur l’incendie ?')).toBe('');
  });
  it('still answers with the words a person is quoted saying (guard)', () => {
    const paragraphs = ['« C’est un drame pour toute la ville », a déclaré le gouverneur Karl Vesper devant les pompiers après l’incendie.'];
    expect(said(paragraphs, 'Qu’a déclaré Karl Vesper sur l’incendie ?')).toMatch(/drame pour toute la ville/);
  });
});
