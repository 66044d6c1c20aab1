/** Session 54: behaviour read on real articles, checked on small invented ones (names and sentences of my own). */
import { describe, expect, it } from 'vitest';
import { articleOn, engineOf } from './tiny-corpus.js';
import { questionType } from '../../src/qa/question-kind.js';
import { findNames } from '../../src/nlp/entities.js';
import { tokenize } from '../../src/nlp/tokens.js';
import { quantities } from '../../src/qa/spans.js';

const dated = articleOn('2024-03-06');
/** The answer to `question` on one article of `paragraphs`, or '' when there is none. */
const said = (paragraphs: string[], question: string) => engineOf([dated('001', paragraphs)]).ask(question).answer ?? '';
/** The answer to `question` on a corpus of one article per list of paragraphs. */
const saidOf = (articles: string[][], question: string) => engineOf(articles.map((p, i) => dated(`00${i + 1}`, p))).ask(question).answer ?? '';
/** The names found in one sentence, as written. */
const namesIn = (sentence: string) => findNames(sentence, tokenize(sentence), () => false).map((n) => sentence.slice(n.start, n.end));

describe('names', () => {
  it('reads "l’avocat de" a given name, a family name and a last word that is a given name too as one person', () => {
    expect(namesIn('« Il reconnaît les faits », a déclaré Me Paul Verdon, l’avocat de Franck Velmori Abé.')).toContain('Franck Velmori Abé');
  });
  it('still reads "le maire de Paris Anne X" as a town, then the titled person (guard)', () => {
    expect(namesIn('Selon le maire de Paris Anne Vardel, le musée rouvrira.')).toEqual(expect.arrayContaining(['Paris', 'Anne Vardel']));
  });
});

describe('question kind', () => {
  it('reads "C’était quelle espèce de NOUN qui a …" as the thing asked, not a person', () => {
    expect(questionType('C’était quelle espèce d’oiseau qui a percuté l’avion, selon le rapport ?')).toMatchObject({ kind: 'what', noun: 'oiseau' });
  });
  it('still reads "C’est quel ministre qui a signé ?" as a person asked (guard)', () => {
    expect(questionType('C’est quel ministre qui a signé le décret ?')).toMatchObject({ kind: 'who', noun: 'ministre' });
  });
  it('reads a medical specialist ("neurologue") as the role asked', () => {
    expect(questionType('Qui était le neurologue qui soignait Karl Ossian ?')).toMatchObject({ kind: 'who', noun: 'neurologue' });
  });
  it('reads the head of "Le défenseur de l’homme qui a attaqué X" as the role asked, not the attacker', () => {
    expect(questionType('Le défenseur de l’homme qui a attaqué Karl Ossian, il s’appelle comment ?')).toMatchObject({ kind: 'who', noun: 'defenseur' });
  });
  it('still reads "C’est qui le gars qui a tiré …" as the agent asked (guard)', () => {
    expect(questionType('C’est qui le gars qui a tiré sur Karl Ossian ?')).toMatchObject({ kind: 'who', noun: 'tireur', agent: true });
  });
});

describe('who', () => {
  it('gives no body that is the agent of another participle ("déposé …, et obtenu par le X")', () => {
    const paragraphs = ['Le chanteur Karl Ossian souffrait d’une maladie du cœur, selon le certificat de décès déposé auprès d’un bureau de Velmar et obtenu par le Norvald Times mardi.'];
    expect(said(paragraphs, 'C’est qui qui a déposé le certificat de décès de Karl Ossian ?')).toBe('');
  });
  it('gives no name that a venue’s noun opens ("sur le pont X") as who did something', () => {
    const paragraphs = [
      'Le groupe Black Velvet a annoncé la mort de son chanteur Karl Ossian.',
      'Un message a été déposé par des fans en hommage, suite à la mort de Karl Ossian, sur le pont Black Velvet à Velmar, le mercredi 23 juillet.',
    ];
    expect(said(paragraphs, 'C’est qui qui a déposé un message en hommage à Karl Ossian ?')).toBe('');
  });
  it('reads "défenseur" as held by an "avocat"', () => {
    const paragraphs = ['Franck Velmori Abé a attaqué Karl Ossian dans la salle de sport de la prison.', '« Il reconnaît les faits », a déclaré à la presse Me Paul Verdon, l’avocat de Franck Velmori Abé.'];
    expect(said(paragraphs, 'Le défenseur de l’homme qui a attaqué Karl Ossian, il s’appelle comment ?')).toContain('Paul Verdon');
  });
});

describe('where', () => {
  it('gives no region written "au X" or in brackets after a town for "dans quelle ville"', () => {
    const articles = [
      ['Karl Ossian a été retrouvé mort avec sa femme à leur domicile, au Vardestan, le 26 février.'],
      ['Une vidéo de la police de Velmar (Vardestan) découvrant les corps de Karl Ossian et de sa femme a été publiée.'],
      ['Le couple Ossian vivait au Vardestan depuis trente ans.'],
    ];
    expect(saidOf(articles, 'Ils vivaient dans quelle ville, Karl Ossian et sa femme ?')).toBe('Velmar');
  });
});

describe('where (a part asked)', () => {
  it('gives no named venue ("l’aéroport X") for "Dans quelle partie de l’avion …"', () => {
    const paragraphs = ['Le vol 2210 de Velmar Air a décollé de l’aéroport Karl Ossian à Tarvik à 15h26, avec les enregistreurs de vol en état de marche.'];
    expect(said(paragraphs, 'Dans quelle partie de l’avion se trouvaient les enregistreurs de vol ?')).toBe('');
  });
});

describe('quote', () => {
  it('reads "du côté de X : « … »" as X’s words, and gives no other’s words that the sentence names', () => {
    const paragraphs = [
      'Les hommages se sont multipliés. Économie de mots, aussi, du côté de Paul Verdon : « Pas de mots. Nous t’aimons, Jim ». Hommage bien plus sobre pour Karl Ossian qui, en légende d’une photo de Jim, a simplement écrit « Il l’a fait ».',
    ];
    expect(said(paragraphs, 'Paul Verdon, il a écrit quoi pour Jim ?')).toContain('Pas de mots');
  });
});

describe('what', () => {
  it('gives no answer that says what the question sets aside ("À part X, …")', () => {
    const paragraphs = ['Karl Ossian était atteint de la maladie de Verlang, diagnostiquée en 2019, et d’emphysème.', 'La maladie de Verlang est une maladie chronique qui touche le système nerveux central.'];
    expect(said(paragraphs, 'À part Verlang, Karl Ossian était atteint de quelle maladie ?')).not.toContain('Verlang');
  });
  it('gives no sentence that says the noun asked with no word of its kind for "Quel type de NOUN …"', () => {
    const paragraphs = ['Les enquêteurs ont indiqué avoir retrouvé l’arme du crime dans des bosquets près du campus de Velmar.'];
    expect(said(paragraphs, 'Quel type d’arme a été retrouvé dans les bosquets près du campus ?')).toBe('');
  });
  it('still gives the sentence that tells the kind ("une ogive de type X") (guard)', () => {
    const paragraphs = ['Le Boeing de Velmar Air a été abattu par une ogive de type 9N314M, selon le rapport des enquêteurs.'];
    expect(said(paragraphs, 'Quel type d’ogive a abattu le Boeing d’après le rapport des enquêteurs ?')).toContain('9N314M');
  });
  it('reads a duration "2 minutes 16" whole', () => {
    expect(quantities('Il lui appuie sur la poitrine avec son genou pendant 2 minutes 16. Il pense qu’il est mort.').map((x) => x.text)).toEqual(['2 minutes 16']);
  });
  it('still reads "3 minutes, 12 personnes" as two quantities (guard)', () => {
    expect(quantities('en 3 minutes, 12 personnes sont sorties').map((x) => x.text)).toEqual(['3 minutes', '12 personnes']);
  });
  it('gives no sentence that states no cause for "Elle est morte de quoi, X ?"', () => {
    const paragraphs = [
      'Ces conclusions dissipent le mystère qui entourait la mort de Paul Verdon, dont le corps et celui de son épouse, la pianiste Ana Ribeiro, avaient été retrouvés à leur domicile.',
      'Paul Verdon, atteint d’un trouble cardiaque, est décédé de cause naturelle une semaine après sa femme Ana Ribeiro.',
    ];
    expect(said(paragraphs, 'Elle est morte de quoi, Ana Ribeiro ?')).toBe('');
  });
  it('still gives a death’s cause said a few words after its participle ("décédé mercredi soir des suites du …") (guard)', () => {
    const paragraphs = [
      'L’ancien ministre Paul Verdon, qui présida la région de 1974 à 1981, est décédé mercredi soir des suites du Covid-19, entouré des siens.',
      'La mort de Paul Verdon a suscité de nombreuses réactions.',
    ];
    expect(said(paragraphs, 'Paul Verdon, il est décédé de quoi ?')).toContain('Covid-19');
  });
  it('gives no man’s cause of death for "Elle est morte de quoi ?"', () => {
    const paragraphs = [
      'Ces conclusions dissipent le mystère qui entourait la mort de Paul Verdon et de son épouse, la pianiste Ana Ribeiro.',
      'Le géant du cinéma, qui était âgé de 95 ans, est probablement mort d’une maladie cardiaque, une semaine après son épouse Ana Ribeiro.',
    ];
    expect(said(paragraphs, 'Elle est morte de quoi, Ana Ribeiro ?')).toBe('');
  });
  it('still gives the sentence that says the death’s cause (guard)', () => {
    const paragraphs = ['Le chanteur Paul Verdon est mort d’une crise cardiaque dans la nuit de samedi, a annoncé sa famille.'];
    expect(said(paragraphs, 'Il est mort de quoi, Paul Verdon ?')).toContain('crise cardiaque');
  });
});
