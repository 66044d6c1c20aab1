/** Session 50: behaviour read on real articles, checked on small invented ones (names and sentences of my own). */
import { describe, expect, it } from 'vitest';
import { articleOn, engineOf, knowledgeOf } from './tiny-corpus.js';
import { analyzeQuestion } from '../../src/qa/analyze-question.js';

const dated = articleOn('2024-03-06');
const ask = (paragraphs: string[], question: string) => engineOf([dated('001', paragraphs)]).ask(question);
/** The answer to `question` on one article of `paragraphs`, or '' when there is none. */
const said = (paragraphs: string[], question: string) => ask(paragraphs, question).answer ?? '';
/** The answer to `question` on a corpus of one article per list of paragraphs. */
const saidOf = (articles: string[][], question: string) => engineOf(articles.map((p, i) => dated(`00${i + 1}`, p))).ask(question).answer ?? '';

describe('when', () => {
  it('does not date a fact said only after "N ans après" by the year of the fact it is a landmark of', () => {
    const paragraphs = ['La chanteuse Lia Brenn est morte mercredi à 80 ans.', 'En 2019, les médecins avaient trouvé à Lia Brenn une tumeur du foie, deux ans après un infarctus.'];
    expect(ask(paragraphs, 'En quelle année Lia Brenn avait-elle fait un infarctus ?').answer).toBeNull();
  });
  it('still dates the fact the year is said of (guard)', () => {
    const paragraphs = ['La chanteuse Lia Brenn est morte mercredi à 80 ans.', 'En 2019, les médecins avaient trouvé à Lia Brenn une tumeur du foie, deux ans après un infarctus.'];
    expect(said(paragraphs, 'En quelle année les médecins ont-ils trouvé une tumeur à Lia Brenn ?')).toContain('2019');
  });
  it('answers "à quelle date" with the month of the fact, not a day of another fact that weighs much less', () => {
    const paragraphs = ['Né à Velmar le 12 mars 1948, Paul Verdon est issu d’une famille de cheminots. En août 1961, ses parents quittent la Lorvanie et s’installent à Brelance.'];
    expect(said(paragraphs, 'Sa famille a quitté la Lorvanie à quelle date ?')).toContain('août 1961');
  });
  it('reads "sous la barre des deux heures" as a duration, and "quelle date" asks no time of it', () => {
    const paragraphs = ['Il préparait le marathon de Velmar qu’il voulait terminer sous la barre des 2 heures.', 'Eli Matar a récemment annoncé que le 9 mai à Velmar, il tenterait de devenir le premier homme à courir un marathon en moins de deux heures.'];
    expect(said(paragraphs, 'Sa tentative sous les deux heures à Velmar, elle était prévue pour quelle date ?')).not.toMatch(/\d\s?h/);
  });
  it('still reads a time after the preposition "dès" (guard)', () => {
    const paragraphs = ['Les portes du stade de Velmar ont ouvert dès 7 heures samedi.'];
    expect(said(paragraphs, 'Les portes du stade ont ouvert à quelle heure ?')).toMatch(/7h|7 h/);
  });
  it('hears "s’est-il éteint" as the death a sentence says "décédé"', () => {
    const paragraphs = ['L’acteur Paul Verdon est décédé d’un cancer lundi en début d’après-midi, à l’âge de 69 ans, a annoncé son agent.', 'Après les journaux de mardi matin, c’est au tour des chaînes de rendre hommage à l’acteur.'];
    expect(said(paragraphs, 'À quel moment de la journée l’acteur s’est-il éteint ?')).toContain('après-midi');
  });
});

describe('who', () => {
  it('gives the role "de la star" to the one most articles are about, when the question gives it with that person’s name', () => {
    const articles = [
      ['La chanteuse Lia Brenn est morte à Velmar.'],
      ['Lia Brenn avait 80 ans.'],
      ['« Elle ne voulait pas de grande cérémonie », a assuré au Courrier Marc Hubel, l’ancien assistant de la star.'],
    ];
    expect(saidOf(articles, 'L’ancien assistant de Lia Brenn qui a parlé de la cérémonie au Courrier, il s’appelle comment ?')).toContain('Marc Hubel');
  });
  it('still refuses an assistant of another person (guard)', () => {
    const articles = [
      ['La chanteuse Lia Brenn est morte à Velmar.'],
      ['Lia Brenn avait 80 ans.'],
      ['« Il était discret », a assuré au Courrier Marc Hubel, l’ancien assistant du ministre Paul Verdon.'],
    ];
    expect(saidOf(articles, 'L’ancien assistant de Lia Brenn, il s’appelle comment ?')).not.toContain('Marc Hubel');
  });
  it('names a dwelling asked by its name with the venue noun its name opens on ("la Villa X" for "la demeure")', () => {
    const articles = [
      ['La chanteuse Lia Brenn est morte à Velmar.'],
      ['Lia Brenn avait 80 ans.'],
      ['Lia Brenn vivait à Velmar depuis 1994.', '« Adieu Lia »: des fans ont déposé des fleurs devant la Villa Mirasol, à Velmar.'],
    ];
    expect(saidOf(articles, 'Comment s’appelle la demeure de Lia Brenn devant laquelle les fans ont déposé des fleurs ?')).toContain('Mirasol');
  });
  it('splits "le film X de Y Z" into the work and its maker, and names the maker', () => {
    const paragraphs = ['Arte diffuse ce soir un film avec Paul Verdon. Il s’agit de "Le Val les Bains", à 20h55.', 'Dès lundi, Arte proposait le film Le-Val-les-Bains de Diane Marlot.'];
    expect(said(paragraphs, 'Le Val-les-Bains, c’est un film de qui ?')).toBe('Diane Marlot');
  });
  it('reads "prendre la place de" as "remplacer"', () => {
    const paragraphs = ['La nouvelle cheffe du gouvernement, Lina Garnier, remplacera à ce poste Paul Verdon, en déplacement à Velmar.'];
    expect(said(paragraphs, 'Lina Garnier, elle a pris la place de qui à la tête du gouvernement ?')).toContain('Paul Verdon');
  });
});

describe('where', () => {
  it('answers a plain "où" with the place the text sets inside the town, and the town', () => {
    const paragraphs = [
      'Les proches de Paul Verdon se sont réunis le 26 mars à Velmar pour ses obsèques.',
      'Les funérailles ont eu lieu au Mont-Clairet, dans le 4e arrondissement de Velmar.',
    ];
    const answer = said(paragraphs, 'Les obsèques, elles ont eu lieu où ?');
    expect(answer).toContain('Mont-Clairet');
    expect(answer).toContain('Velmar');
  });
  it('reads a birthplace for "ville natale"', () => {
    const paragraphs = ['Né en Lorvanie à Castelmare le 24 mai 1951, Paul Verdon a grandi à Brelance.'];
    expect(said(paragraphs, 'Quelle est la ville natale de Paul Verdon ?')).toContain('Castelmare');
  });
});

describe('quote', () => {
  it('finds the speaker after "confie à NAME", whatever type that name was given', () => {
    const paragraphs = ['La chanteuse Lia Brenn est morte mercredi.', '«Tout lui plaisait dans ce village», confie à Lorva-ATS le maire de Wendorf, Paul Ernsting. Selon lui, Lia Brenn y était très attachée et en a vanté les charmes.'];
    expect(said(paragraphs, 'Le maire de Wendorf, il a dit quoi sur Lia et son village ?')).toContain('Tout lui plaisait');
  });
  it('gives "a-t-il dit" to the sentence’s subject, not to the band his apposition names', () => {
    const paragraphs = ['La chanteuse Lia Brenn est morte mercredi.', 'Marc Hubel, le chanteur des Silver Wolves, a partagé sa tristesse après la mort de sa « chère amie ». Une artiste « tellement généreuse et tellement drôle », a-t-il dit.'];
    expect(said(paragraphs, 'Comment Marc Hubel a-t-il décrit Lia Brenn dans son hommage ?')).toContain('tellement généreuse');
  });
  it('still gives the words said to an audience the question names otherwise ("au public" / "à ses fans"; guard)', () => {
    const paragraphs = ['« Je ne serais pas sur cette scène sans Lia Brenn. Criez pour qu’elle vous entende ! », a déclaré Nora Kelt à ses 60 000 fans réunis au stade de Velmar.'];
    expect(said(paragraphs, 'Qu’a dit Nora Kelt au public du stade de Velmar à propos de Lia Brenn ?')).toContain('sur cette scène');
  });
  it('reads "À quoi X a-t-il comparé …" as a quote question, the body that broadcast it being no speaker', () => {
    const paragraphs = ['«Ma ville a été rasée», a déclaré le maire de Velmar, Paul Dumas, dans un communiqué diffusé par Radio Lorva. «C’est comme après une guerre — la moitié de la ville n’existe plus.»'];
    const reply = ask(paragraphs, 'À quoi le maire de Velmar a-t-il comparé sa ville dans le communiqué diffusé par Radio Lorva ?');
    expect(reply.kind).toBe('quote');
    expect(reply.answer ?? '').toContain('comme après une guerre');
  });
});

describe('what', () => {
  it('does not give a title that holds a word of the question ("laisser la place" → "Place publique")', () => {
    const paragraphs = ['Plusieurs hommages lui ont été rendus, dont la diffusion de son dernier film "Place publique", qui a fait un carton.', 'Le téléfilm de la Une a été déprogrammé et remplacé par le film Le Goût du sel, réalisé par Lina Garnier.'];
    expect(said(paragraphs, 'Sur la Une, le téléfilm a sauté pour laisser la place à quel film ?')).not.toBe('Place publique');
  });
  it('does not give the time allotted to another fact as the duration asked ("20 jours pour se réunir")', () => {
    const paragraphs = ['Dès lors, les nouveaux élus auront 20 jours au maximum pour se réunir, élire leurs présidents : ceux-ci seront ensuite consultés par le président de la République.'];
    expect(ask(paragraphs, 'Combien de temps ont duré les consultations ?').answer).toBeNull();
  });
  it('keeps an audience noun as a word of a question that asks no quotation ("vendus au public"; guard)', () => {
    const k = knowledgeOf([dated('001', ['Les billets vendus au public ont tous trouvé preneur : 2 000 places.'])]);
    expect([...analyzeQuestion('Combien de billets ont été vendus au public ?', k).terms.keys()]).toContain('public');
    expect([...analyzeQuestion('Qu’a dit le maire au public ?', k).terms.keys()]).not.toContain('public');
  });
});
