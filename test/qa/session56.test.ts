/** Session 56: behaviour read on real articles, checked on small invented ones (names and sentences of my own). */
import { describe, expect, it } from 'vitest';
import { articleOn, engineOf, knowledgeOf } from './tiny-corpus.js';
import { questionType } from '../../src/qa/question-kind.js';
import { analyzeQuestion } from '../../src/qa/analyze-question.js';
import { relatedTerms, standardize } from '../../src/nlp/word-family.js';
import { nameKey } from '../../src/nlp/french.js';
import { placedByRelative } from '../../src/qa/answer-where.js';
import { terms } from '../../src/nlp/tokens.js';

const dated = articleOn('2024-03-06');
/** The answer to `question` on one article of `paragraphs`, or '' when there is none. */
const said = (paragraphs: string[], question: string) => engineOf([dated('001', paragraphs)]).ask(question).answer ?? '';
/** The answer to `question` on a corpus of one article per list of paragraphs. */
const saidOf = (articles: string[][], question: string) => engineOf(articles.map((p, i) => dated(`00${i + 1}`, p))).ask(question).answer ?? '';

describe('word family', () => {
  it('reads "inscrits" as a form of "enregistrés"', () => {
    expect(relatedTerms(terms('enregistrés')[0]!)).toEqual(expect.arrayContaining(terms('inscrits')));
  });
});

describe('verbs of two senses', () => {
  it('reads "a confié l’organisation à …" (an object right after the verb) as no speech: no word of saying stands for it', () => {
    const k = knowledgeOf([dated('001', ['« Il recevra tous les honneurs », a déclaré la ministre Lina Ossari.', 'Karl Vesper a confié la mission à son ministre.'])]);
    expect([...analyzeQuestion('Karl Vesper a confié l’organisation des funérailles à quel ministre ?', k).alternatives.keys()]).not.toContain('declar');
    expect([...analyzeQuestion('Qui a confié à la presse que la mission était finie ?', k).alternatives.keys()]).toContain('declar');
  });
  it('still reads "Qu’a confié X ?" as speech (guard)', () => {
    const paragraphs = ['« Je suis très triste », a déclaré Karl Vesper devant la presse mardi.'];
    expect(said(paragraphs, 'Qu’a confié Karl Vesper devant la presse ?')).toMatch(/très triste/);
  });
});

describe('quotes', () => {
  it('reads the speaker after a speech verb and an aside in brackets ("a averti sur X (anciennement Twitter) le président Y")', () => {
    const paragraphs = [
      '« Nous progressons dans la distribution de l’aide », a assuré la gouverneure Lina Ossari sur le réseau social X.',
      '« Mettez-vous à l’abri, restez loin des rivières », a averti sur X (anciennement Twitter) le président mexicain Andres Manuel Lopez Vesper.',
      'Le président Andres Manuel Lopez Vesper a survolé dimanche la zone sinistrée.',
    ];
    expect(said(paragraphs, 'Quel message Andres Manuel Lopez Vesper a-t-il publié sur X pour avertir la population ?')).toMatch(/Mettez-vous à l’abri/);
  });
  it('reads "mettre en garde" as "avertir"', () => {
    expect(standardize('Quel message a-t-il publié pour mettre en garde la population ?')).toMatch(/pour avertir la population/);
  });
});

describe('names', () => {
  it('names a person by the last two words of a name of three or more ("López Vesper" of "Andrés Manuel López Vesper")', () => {
    const k = knowledgeOf([dated('001', ['Le président Andrés Manuel López Vesper a survolé dimanche la zone sinistrée.'])]);
    const id = k.entityByKey(nameKey('Manuel López Vesper'));
    expect(id).toBeDefined();
    expect(k.entityByKey(nameKey('López Vesper'))).toBe(id);
  });
});

describe('frame words', () => {
  it('reads no term in "quel jour de la semaine" ("semaine" frames the weekday asked)', () => {
    const k = knowledgeOf([dated('001', ['Karl Vesper a joué ses premières minutes dimanche, une semaine après sa signature.'])]);
    const q = analyzeQuestion('Quel jour de la semaine Karl Vesper a-t-il joué ses premières minutes ?', k);
    expect([...q.terms.keys()]).not.toContain('semain');
    expect([...q.terms.keys()]).toContain('minut');
  });
});

describe('question kind', () => {
  it('reads "X a répondu quoi quand on lui a demandé qui …" as a quotation asked, not the person of the reported question', () => {
    expect(questionType('Le père, il a répondu quoi quand on lui a demandé qui était responsable du départ ?')).toMatchObject({ kind: 'quote' });
  });
  it('still reads "Qui a répondu quand on lui a demandé …" as a person asked (guard)', () => {
    expect(questionType('Qui a répondu quand on lui a demandé qui était responsable ?')).toMatchObject({ kind: 'who' });
  });
  it('reads "Quelle vacancière …" as a person asked', () => {
    expect(questionType('Quelle vacancière a raconté sa nuit à la télévision ?')).toMatchObject({ kind: 'who', expects: 'person' });
  });
});

describe('what', () => {
  it('reads "Sa fortune pesait combien ?" as a sum of money, not a weight', () => {
    const paragraphs = ['Selon le magazine Vaster, la fortune de Karl Ossian est estimée à 3,4 milliards de dollars.'];
    expect(said(paragraphs, 'Sa fortune, elle pesait combien d’après Vaster ?')).toMatch(/3,4 milliards/);
  });
  it('gives the age written after the name over one said of another moment of the person’s life', () => {
    const articles = [
      ['Lina Ossari, âgée de 31 ans, vivait à Tarvik depuis dix ans.'],
      ['Lina Ossari a été victime d’un grave accident de ski à l’âge de 12 ans, selon un rapport publié par l’hôpital de Tarvik et repris par plusieurs journaux locaux.'],
    ];
    expect(saidOf(articles, 'Lina Ossari avait quel âge ?')).toMatch(/31 ans/);
  });
});

describe('what: causes', () => {
  it('reads "sa mort serait due à quoi ?" as a cause asked, and gives the cause no negation denies', () => {
    const paragraphs = ['Selon le rapport du légiste de Tarvik, la mort de Lina Ossari n’aurait pas été causée par des coups portés à la tête. Selon ce rapport, sa mort serait liée aux suites d’une opération du cœur subie dans son enfance.'];
    expect(said(paragraphs, 'Selon le rapport du légiste, sa mort serait due à quoi ?')).toMatch(/opération du cœur/);
  });
});

describe('where', () => {
  it('finds the place a relative "où" joins to the question’s participle', () => {
    const landed = 'Devant la gare de Tarvik, en plein centre, où a atterri le ballon du jeune pilote, la foule attendait.';
    expect(placedByRelative(landed, new Set(terms('atterri')))).toBe(landed.indexOf(', où'));
    expect(placedByRelative('La salle, où avait été retrouvé le corps, est fermée.', new Set(terms('retrouvé')))).toBe(8);
  });
  it('still finds none when the verb after "où" is another (guard)', () => {
    expect(placedByRelative('Devant la gare de Tarvik, où a dîné le pilote, la foule attendait.', new Set(terms('atterri')))).toBeUndefined();
  });
  it('answers with the venue before "où" + the asked participle, though the sentence names the person only by a description', () => {
    const paragraphs = [
      'Karl Ossian a quitté Velmar mardi à 14h00 à bord d’un jet privé.',
      'Devant l’aéroport de Sainte-Oria, en banlieue de Tarvik, où a atterri l’avion de l’ancien joueur de Velmar, des centaines de supporters attendaient.',
    ];
    expect(said(paragraphs, 'Karl Ossian a atterri dans quel aéroport ?')).toMatch(/Sainte-Oria/);
  });
  it('keeps a title before a name inside a venue’s name ("la mosquée Imam X")', () => {
    const paragraphs = ['Les prières funéraires auront lieu vendredi à la mosquée Imam Karim Ossari, la plus grande de Tarvik.'];
    expect(said(paragraphs, 'Les prières funéraires, elles auront lieu dans quelle mosquée ?')).toMatch(/Imam Karim Ossari/);
  });
});

describe('who', () => {
  it('tells the one asked by the age the question gives ("Le commerçant de 60 ans …" of "X, 60 ans, …")', () => {
    const paragraphs = ['« Personne ne nous a aidés », a affirmé Paulo Vernet, 60 ans, qui s’est rendu sur la plage pour voir son petit commerce détruit.'];
    expect(said(paragraphs, 'Le commerçant de 60 ans qui a vu sa boutique de plage détruite, c’est qui ?')).toMatch(/Paulo Vernet/);
  });
  it('still gives no one whose age is another (guard)', () => {
    const paragraphs = ['« Personne ne nous a aidés », a affirmé Paulo Vernet, 45 ans, qui s’est rendu sur la plage pour voir son petit commerce détruit.'];
    expect(said(paragraphs, 'Le commerçant de 60 ans qui a vu sa boutique de plage détruite, c’est qui ?')).not.toMatch(/Paulo Vernet/);
  });
  it('gives no relative of the role asked ("l’épouse du joueur, X" for "quel joueur")', () => {
    const paragraphs = ['Juste avant le décollage, l’épouse du joueur, Lina Ossari, publie une photo de la famille dans l’avion.'];
    expect(said(paragraphs, 'Quel joueur a publié une photo de sa famille dans l’avion ?')).not.toMatch(/Lina Ossari/);
  });
  it('still gives the relative when a relative is asked ("Quelle épouse …") (guard)', () => {
    const paragraphs = ['Juste avant le décollage, l’épouse du joueur, Lina Ossari, publie une photo de la famille dans l’avion.'];
    expect(said(paragraphs, 'Comment s’appelle l’épouse du joueur qui publie une photo dans l’avion ?')).toMatch(/Lina Ossari/);
  });
});
