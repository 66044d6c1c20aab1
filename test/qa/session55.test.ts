/** Session 55: behaviour read on real articles, checked on small invented ones (names and sentences of my own). */
import { describe, expect, it } from 'vitest';
import { articleOn, engineOf } from './tiny-corpus.js';
import { questionType } from '../../src/qa/question-kind.js';
import { findNames } from '../../src/nlp/entities.js';
import { tokenize } from '../../src/nlp/tokens.js';
import { venues } from '../../src/qa/spans.js';
import { placesOfPeopleIn } from '../../src/nlp/french.js';

const dated = articleOn('2024-03-06');
/** The answer to `question` on one article of `paragraphs`, or '' when there is none. */
const said = (paragraphs: string[], question: string) => engineOf([dated('001', paragraphs)]).ask(question).answer ?? '';
/** The answer to `question` on a corpus of one article per list of paragraphs. */
const saidOf = (articles: string[][], question: string) => engineOf(articles.map((p, i) => dated(`00${i + 1}`, p))).ask(question).answer ?? '';
/** The names found in one sentence, as written. */
const namesIn = (sentence: string) => findNames(sentence, tokenize(sentence), () => false).map((n) => sentence.slice(n.start, n.end));

describe('names', () => {
  it('reads no person in the word after a Roman ordinal ("la Ve République")', () => {
    expect(namesIn('Il est le Premier ministre le plus âgé de la Ve République, succédant ainsi à Paul Verdon.')).toEqual(['Paul Verdon']);
  });
  it('still reads the name after a Roman number ("Charles III") (guard)', () => {
    expect(namesIn('Le roi Charles III a reçu Paul Verdon.')).toEqual(expect.arrayContaining(['Paul Verdon']));
  });
});

describe('question kind', () => {
  it('reads "X a fini par choisir qui pour …" (an infinitive, "qui" and a preposition) as a person asked', () => {
    expect(questionType('Le président a fini par choisir qui pour le ministère en septembre ?')).toMatchObject({ kind: 'who' });
  });
  it('still reads "Il a choisi quoi pour …" as a thing asked (guard)', () => {
    expect(questionType('Le président a fini par choisir quoi pour le ministère ?').kind).not.toBe('who');
  });
});

describe('places a question gives', () => {
  it('reads the town a people’s adjective names ("les manifestants parisiens" → Paris)', () => {
    expect([...placesOfPeopleIn('Les manifestants parisiens marchaient vers quel endroit ?')]).toEqual(['paris']);
  });
});

describe('venues', () => {
  it('reads "au centre médical X" as a venue of its kind', () => {
    expect(venues('Il était hospitalisé au centre médical Honor Vale à Tarvik depuis jeudi.')).toMatchObject([{ text: 'centre médical Honor Vale', noun: 'centre medical' }]);
  });
  it('still reads "au centre de la ville" as no venue (guard)', () => {
    expect(venues('Il habitait au centre de la ville.')).toEqual([]);
  });
});

describe('what', () => {
  it('gives no person’s age ("une jeune femme de 23 ans") for a number of years of prison', () => {
    const paragraphs = ['Le 1er septembre, il a violé une jeune femme de 23 ans sur un sentier forestier de Velmar.'];
    expect(said(paragraphs, 'Pour le viol de Velmar, il avait pris combien d’années de prison ?')).toBe('');
  });
  it('gives the years of prison a sentence states, not the age beside them', () => {
    const paragraphs = ['Pour le viol d’une jeune femme de 23 ans à Velmar, Karl Ossian a été condamné à sept ans de prison.'];
    expect(said(paragraphs, 'Pour le viol de Velmar, Karl Ossian avait pris combien d’années de prison ?')).toMatch(/sept ans/);
  });
});

describe('who', () => {
  it('gives the longer name of the person the question names for "le nom de famille de X"', () => {
    const paragraphs = ['Le corps de Lina Vardel a été retrouvé samedi dans le bois de Velmar.', 'Lina, étudiante de 19 ans, avait disparu vendredi.'];
    expect(said(paragraphs, 'Quel est le nom de famille de Lina ?')).toBe('Lina Vardel');
  });
  it('still gives no one for "le nom de famille de X" when the corpus writes no longer name (guard)', () => {
    const paragraphs = ['Le corps de Lina a été retrouvé samedi, a annoncé le ministre de l’Intérieur Paul Verdon.', 'Lina, étudiante de 19 ans, avait disparu vendredi.'];
    expect(said(paragraphs, 'Quel est le nom de famille de Lina ?')).toBe('');
  });
});

describe('where', () => {
  it('gives no town that names a case ("l’affaire des viols de X") or a group of people ("les accusés de X") for where a fact happened', () => {
    const articles = [
      ['La cour criminelle a rendu jeudi son verdict dans l’affaire des viols de Velmar.', 'Le verdict de culpabilité pour tous les accusés de Velmar a déçu la foule.'],
      ['Des manifestants se sont rendus devant le tribunal de Tarvik pour entendre le verdict.'],
    ];
    expect(saidOf(articles, 'Le verdict a été rendu dans quelle ville ?')).not.toMatch(/Velmar/);
  });
  it('still gives the town a case is named by when the question says the case’s noun (guard)', () => {
    const paragraphs = ['Le procès des viols de Velmar s’est ouvert lundi.'];
    expect(said(paragraphs, 'Les viols ont eu lieu dans quelle ville ?')).toBe('Velmar');
  });
  it('gives no venue that ends inside a figure ("cette salle accueillant 18.000 personnes")', () => {
    const paragraphs = ['C’est dans cette salle accueillant 18.000 personnes que le boxeur Karl Ossian a livré son dernier combat, battant Paul Verdon en 1961.'];
    expect(said(paragraphs, 'Dans quelle salle Karl Ossian avait-il battu Paul Verdon en 1961 ?')).toBe('');
  });
  it('gives "le centre médical X" for "Dans quel hôpital …", though its name reads as a person’s', () => {
    const paragraphs = ['Le boxeur Karl Ossian était hospitalisé au centre médical Honor Vale à Tarvik depuis jeudi pour un problème respiratoire.'];
    expect(said(paragraphs, 'Dans quel hôpital Karl Ossian était-il hospitalisé ?')).toBe('centre médical Honor Vale');
  });
  it('still gives the town that holds "le centre médical X" for "dans quelle ville" (guard)', () => {
    const paragraphs = ['Le boxeur Karl Ossian était hospitalisé au centre médical Honor Vale à Tarvik depuis jeudi pour un problème respiratoire, souffrant depuis trente ans de la maladie de Parkinson.'];
    expect(said(paragraphs, 'Karl Ossian était hospitalisé dans quelle ville ?')).toBe('Tarvik');
  });
  it('gives the body an occasion was held at ("son discours à l’ONU")', () => {
    const paragraphs = ['Le Premier ministre Karl Ossian, qui tenait un point presse après son discours à l’ONU au moment de l’attaque, a quitté les lieux.'];
    expect(said(paragraphs, 'Karl Ossian venait de faire un discours où au moment de l’attaque ?')).toBe('ONU');
  });
  it('still gives no body something was said to ("a déclaré à l’AFP") as where (guard)', () => {
    const paragraphs = ['« Nous partirons demain », a déclaré Karl Ossian à l’AFP après son arrivée.'];
    expect(said(paragraphs, 'Karl Ossian a déclaré ça où ?')).not.toBe('AFP');
  });
  it('gives no "Internet" for "sur quel site"', () => {
    const paragraphs = ['Karl Ossian avait droguée sa femme pendant dix ans pour la soumettre à des hommes qu’il recrutait sur Internet.'];
    expect(said(paragraphs, 'Karl Ossian, il recrutait les hommes sur quel site ?')).toBe('');
  });
  it('still gives "Internet" for a bare "où" (guard)', () => {
    const paragraphs = ['Karl Ossian avait droguée sa femme pendant dix ans pour la soumettre à des hommes qu’il recrutait sur Internet.'];
    expect(said(paragraphs, 'Karl Ossian, il recrutait les hommes où ?')).toBe('Internet');
  });
  it('gives no place the question names by its people ("les manifestants parisiens")', () => {
    const paragraphs = ['Les manifestants ont défilé samedi à Paris contre Karl Ossian.'];
    expect(said(paragraphs, 'Les manifestants parisiens opposés à Karl Ossian marchaient en direction de quel endroit ?')).toBe('');
  });
});

describe('when', () => {
  const live = [
    'Le verdict du procès de Karl Ossian est attendu ce jeudi.',
    '7h15. La foule grossit',
    'Plusieurs centaines de journalistes s’amassent devant les grilles du tribunal de Velmar.',
    '8h30. Les accusés arrivent',
    'Têtes baissées, les accusés se faufilent à travers la foule massée devant le palais.',
  ];
  it('gives the time that heads a live blog’s entry to a sentence of that entry', () => {
    expect(said(live, 'Les journalistes, ils s’amassaient devant les grilles dès quelle heure ?')).toBe('7h15');
    expect(said(live, 'À quelle heure les accusés se sont-ils faufilés à travers la foule ?')).toBe('8h30');
  });
  it('still gives no entry’s time to words quoted in it ("« L’avion a atterri », a-t-elle ajouté") (guard)', () => {
    const paragraphs = [
      '14h45 : Lina Vardel remercie ses soutiens',
      'Lina Vardel a répondu aux journalistes réunis à l’aéroport de Velmar.',
      '14h36 : « Merci »',
      '« L’avion a atterri et moi je n’ai toujours pas atterri », a ajouté Lina Vardel.',
    ];
    expect(said(paragraphs, 'L’avion de Lina Vardel a atterri à quelle heure ?')).toBe('');
  });
  it('still gives no time from a single time-led paragraph (guard: not a live blog)', () => {
    const paragraphs = ['7h15. La foule grossit', 'Plusieurs centaines de journalistes s’amassent devant les grilles du tribunal de Velmar.'];
    expect(said(paragraphs, 'Les journalistes, ils s’amassaient devant les grilles dès quelle heure ?')).toBe('');
  });
});

describe('quote', () => {
  it('gives the quoted fragment whose report says the topic asked ("indiquant que son client était « … »")', () => {
    const paragraphs = ['« Nous allons mettre à profit le délai qui nous est accordé de dix jours pour savoir si nous interjetons appel de cette décision et savoir si nous devons de nouveau être soumis à un jury populaire », a déclaré Me Lina Vardel à la presse à l’issue du prononcé du verdict, indiquant que son client était « quelque peu hébété de la période de sûreté qui a été prononcée à son encontre ».'];
    expect(said(paragraphs, 'Qu’a dit Me Vardel sur l’état de son client après la condamnation ?')).toMatch(/hébété/);
  });
});
