/** Session 41: behaviour read on real articles, checked on small invented ones (names and sentences of my own). */
import { describe, expect, it } from 'vitest';
import { engineOf, fromFile, knowledgeOf } from './tiny-corpus.js';
import { analyzeQuestion } from '../../src/qa/analyze-question.js';
import { askedSpeakers } from '../../src/qa/answer-quote.js';
import { annotate } from '../../src/nlp/annotate.js';
import { questionType } from '../../src/qa/question-kind.js';
import { findTemporal } from '../../src/nlp/temporal/index.js';
import { readArticle } from '../../src/corpus/read-article.js';
import type { Article } from '../../src/corpus/types.js';

const ask = (text: string, question: string) => engineOf([fromFile('001.md', text)]).ask(question);
const article = (text: string, id = '001'): Article => ({ id, file: `${id}.md`, title: 'Titre', language: 'fr', paragraphs: text.split('\n\n'), bytes: text.length });
const entitiesOf = (text: string) => annotate([article(text)]).entities.map((e) => ({ name: e.name, type: e.type }));

describe('question kinds', () => {
  it('asks a person with "Selon qui …"', () => {
    expect(questionType('Selon qui le pont a-t-il été fermé à 80 % ?')).toMatchObject({ kind: 'who' });
    expect(questionType('D’après qui la digue a-t-elle cédé ?')).toMatchObject({ kind: 'who' });
  });
  it('answers "Selon qui …" with the source the text names (guard: found so before too)', () => {
    const text = 'Le pont de Vernay a été fermé à 80 %, selon Marek Olsen, le chef des pompiers. Les habitants ont affirmé que le pont était fermé.';
    expect(ask(text, 'Selon qui le pont a-t-il été fermé à 80 % ?').answer).toContain('Marek Olsen');
  });
});

describe('where', () => {
  it('answers a venue asked by its noun with the words that tell it before the name the question gives ("la cour d’honneur des X")', () => {
    const text = 'Le concert s’est tenu samedi dans la cour d’honneur des Ormelles, devant 500 invités.';
    expect(ask(text, 'Aux Ormelles, le concert s’est tenu dans quelle cour ?').answer).toBe('cour d’honneur');
  });
  it('answers the part of a building the question names by the venue the text says is of it ("le bar de l’hôtel")', () => {
    expect(ask('La plupart des victimes ont été retrouvées dans le bar de l’hôtel.', 'Dans quelle partie de l’hôtel a-t-on découvert la majorité des victimes ?').answer).toBe('bar de l’hôtel');
  });
  it('gives no adjective of a venue as its name ("le quartier résidentiel de X" for "Comment s’appelle le quartier …") (guard)', () => {
    const text = 'L’avion est tombé sur le quartier résidentiel de Vernay, a indiqué la police.';
    expect(ask(text, 'Comment s’appelle le quartier de Vernay où l’avion est tombé ?').answer).toBeNull();
  });
});

describe('what', () => {
  it('names the thing asked with the adjective the question gives it, between its noun and its name ("l’académie navale de X")', () => {
    const text = 'Selon les enquêteurs, le suspect vivait à moins d’un kilomètre de la fameuse académie navale de Portmaris, et non loin de plusieurs casernes.';
    expect(ask(text, 'Le suspect vivait à moins d’un kilomètre de quelle académie navale ?').answer).toBe('académie navale de Portmaris');
  });
});

/** An article whose date is its month only (a crawl marker): a weekday in it resolves to no day. */
const monthOnly = (text: string): Article => {
  const { article } = readArticle('001.txt', new TextEncoder().encode(` date 2020-09\n${text}\n`));
  return article!;
};

describe('when', () => {
  it('dates the fact the question opens on in the clause that says it, over a clause that says more of its other words', () => {
    const text = 'Après de nombreux mois de négociations, le 3 mai dernier, le groupe chimique Norvak a annoncé qu’il verserait une amende de 2 millions d’euros aux Pays-Bas, au nom de sa responsabilité pénale dans l’explosion de l’usine Ocean Star, le 12 janvier 2021.';
    expect(ask(text, 'L’annonce de l’amende pénale de 2 millions d’euros aux Pays-Bas, ça date de quand ?').answer).toContain('3 mai');
    // (guard) the other fact keeps its own date.
    expect(ask(text, 'L’explosion de l’usine Ocean Star, c’était quand ?').answer).toContain('12 janvier 2021');
  });
  it('dates the announcement, not the toll, when a participle names the fact ("Le bilan …, il a été annoncé quel jour ?") (guard)', () => {
    const text = 'Les recherches sont terminées dans les ruines de l’école détruite par un séisme le 18 janvier dans la vallée, la découverte des derniers corps portant le bilan définitif à 29 morts, ont annoncé les autorités ce jeudi 26 janvier.';
    expect(ask(text, 'Le bilan définitif de 29 morts, il a été annoncé quel jour ?').answer).toContain('26 janvier');
  });
  it('answers a weekday of no resolved date with the part of the day said right after it ("mercredi soir")', () => {
    const e = engineOf([monthOnly('Les blessés seront hébergés sur un ferry qui doit arriver mercredi soir au port de Vernay.')]);
    expect(e.ask('Le ferry, il était attendu quand au port ?').answer).toBe('mercredi soir');
  });
  it('answers days asked in the plural with the two days the text joins by "et"', () => {
    const text = 'Les cercueils ont reposé vendredi 5 et samedi 6 septembre 2025 au musée de Vernay afin que le public puisse se recueillir.';
    expect(ask(text, 'Le public a pu se recueillir au musée quels jours ?').answer).toContain('5 et 6 septembre');
    // (guard) one day asked: one day.
    expect(ask(text, 'Le public a pu se recueillir au musée quel jour ?').answer ?? '').not.toContain(' et ');
  });
  it('reads a decade said in words ("dans les années cinquante") and answers it as written', () => {
    const [m] = findTemporal('Le refuge a été transformé en auberge dans les années cinquante.', '2017-01-20');
    expect(m).toMatchObject({ text: 'années cinquante', value: '1950' });
    expect(ask('Le refuge a été transformé en auberge dans les années cinquante, mais personne n’y montait en hiver.', 'À quelle époque le refuge a-t-il été transformé en auberge ?').answer).toBe('années cinquante');
  });
  it('keeps a people’s noun after a number or a participle as the question’s name ("Les trois Américains sont devenus Français") (guard)', () => {
    const text = 'Dimanche 23 août 2015, les trois Américains ont été décorés par le président. Les soldats américains ont été salués à Vernay.';
    expect(ask(text, 'Les trois Américains sont devenus Français à quelle date ?').answer).toBeNull();
  });
  it('reads a people’s noun of the question as a word the text may write in lower case ("les jeunes Tchèques" / "six jeunes tchèques")', () => {
    const text = 'Six jeunes tchèques doivent être déférés au parquet mercredi 16 septembre 2025, ont indiqué des responsables.\n\nL’arrestation de ces six jeunes Tchèques a eu lieu lundi à Vernay.';
    expect(ask(text, 'Les six jeunes Tchèques devaient passer devant le parquet à quelle date ?').answer).toContain('16 septembre');
  });
});

describe('what', () => {
  it('reads no verb in a participle’s form after an article ("accompagnait l’arrivée du cercueil"): no object of another verb answers', () => {
    const text = 'Avant de rejoindre leur dernière demeure, Anne et Louis Varon ont reposé vendredi au Mémorial des Ormelles afin de permettre au public de se recueillir devant les cercueils.';
    expect(ask(text, 'Quelle musique accompagnait l’arrivée du cercueil aux Ormelles ?').answer).toBeNull();
  });
  it('answers "il mesurait combien ?" with a length or an area, never a count of something else', () => {
    expect(ask('Des milliers de personnes se sont massées des deux côtés de la rue Varenne. Un tapis rouge de 200 mètres a été déroulé rue Varenne.', 'Le tapis rouge de la rue Varenne, il mesurait combien ?').answer).toBe('200 mètres');
    expect(ask('Des milliers de personnes se sont massées des deux côtés de la rue Varenne. Un tapis rouge a été déroulé rue Varenne.', 'Le tapis rouge de la rue Varenne, il mesurait combien ?').answer).toBeNull();
  });
});

describe('who and quotes', () => {
  it('answers who heads a body with the one the text calls its head, over the names of a fact the question sets it by ("au moment du raid")', () => {
    const text = 'Selon le président, Paul Durand a été tué à Kandor lors d’un raid mené par un commando. Mardi, le directeur de l’ORVEX, Marc Lenoir, avait déclaré que des discussions étaient en cours.';
    expect(ask(text, 'Qui était à la tête de l’ORVEX au moment du raid ?').answer).toContain('Marc Lenoir');
  });
  it('reads the statement of a body’s organ ("menace le commandement du X") as the body’s (guard: read so before too)', () => {
    const text = '« Ce soir, je peux annoncer que nous avons mené une opération qui a tué Paul Durand, le dirigeant d’Al-Nadir », a déclaré M. Lenoir.\n\nLe réseau Al-Nadir a confirmé la mort de son chef. « Nous confirmons que le sang de Paul Durand ne sera pas versé en vain », menace le commandement général d’Al-Nadir.';
    expect(ask(text, 'Dans son communiqué, qu’est-ce qu’Al-Nadir a promis à propos du sang de Paul Durand ?').answer).toContain('ne sera pas versé en vain');
  });
  it('takes a name of no person’s type set as the subject of the question’s verb as the speaker asked, not a person of what was said about', () => {
    const k = knowledgeOf([fromFile('001.md', '« Nous confirmons que le sang de Paul Durand ne sera pas versé en vain », menace le commandement général d’Al-Nadir. Le réseau Al-Nadir a confirmé la mort de Paul Durand.')]);
    const q = analyzeQuestion('Qu’est-ce qu’Al-Nadir a promis à propos du sang de Paul Durand ?', k);
    expect(askedSpeakers(k, q).map((id) => k.ann.entities[id]!.name)).toEqual(['Al-Nadir']);
  });
});

describe('names and text', () => {
  it('reads the speaker of a quotation whose comma a page left out ("» a expliqué à la presse X")', () => {
    const text = '« Nous avons vu de la fumée dans les décombres, alors nous avons commencé à creuser » a expliqué à la presse Marco Benni, un des responsables des secouristes.';
    expect(ask(text, 'Le responsable des secouristes qui a expliqué qu’ils avaient creusé là où il y avait de la fumée, il s’appelle comment ?').answer).toContain('Marco Benni');
  });
  it('reads "Cher X" opening a letter as the address and the name ("Cher Marc" is Marc)', () => {
    const names = entitiesOf('« Cher Marc, Cher Lucien, merci pour tout », a écrit le maire Paul Ostal.').map((e) => e.name);
    expect(names).toContain('Marc');
    expect(names).not.toContain('Cher Marc');
  });
  it('reads a people’s noun before a name ("le Grec Margos Teliadis") as no part of it', () => {
    const names = entitiesOf('Le vice-président, le Grec Margos Teliadis, se rendra à Vernay.').map((e) => e.name);
    expect(names).toContain('Margos Teliadis');
    expect(names).not.toContain('Grec Margos Teliadis');
  });
  it('goes on with a line a page cut after a figure, when the next line opens in lower case ("… pour 14" / "chefs …")', () => {
    const { article: a } = readArticle('001.txt', new TextEncoder().encode('Par cet accord, la société reconnaît sa culpabilité pour 14\nchefs d’inculpation au total.\nUn autre titre\n'));
    expect(a!.paragraphs[0]).toBe('Par cet accord, la société reconnaît sa culpabilité pour 14 chefs d’inculpation au total.');
  });
});
