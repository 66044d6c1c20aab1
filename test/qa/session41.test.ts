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
  it('answers the part of a building the question names by the venue the text says is of it ("la chapelle du château")', () => {
    expect(ask('Les deux cambrioleurs ont été surpris dans la chapelle du château.', 'Dans quelle partie du château a-t-on surpris les cambrioleurs ?').answer).toBe('chapelle du château');
  });
  it('gives no adjective of a venue as its name ("le quartier résidentiel de X" for "Comment s’appelle le quartier …") (guard)', () => {
    const text = 'L’avion est tombé sur le quartier résidentiel de Vernay, a indiqué la police.';
    expect(ask(text, 'Comment s’appelle le quartier de Vernay où l’avion est tombé ?').answer).toBeNull();
  });
});

describe('what', () => {
  it('names the thing asked with the adjective the question gives it, between its noun and its name ("l’académie navale de X")', () => {
    const text = 'D’après la police, le fugitif logeait à deux rues de la prestigieuse académie navale de Portmaris, loin du centre-ville.';
    expect(ask(text, 'Le fugitif logeait à deux rues de quelle académie navale ?').answer).toBe('académie navale de Portmaris');
  });
});

/** An article whose date is its month only (a crawl marker): a weekday in it resolves to no day. */
const monthOnly = (text: string): Article => {
  const { article } = readArticle('001.txt', new TextEncoder().encode(` date 2020-09\n${text}\n`));
  return article!;
};

describe('when', () => {
  it('dates the fact the question opens on in the clause that says it, over a clause that says more of its other words', () => {
    const text = 'Après un long procès, le 9 octobre dernier, le laboratoire Selvane a annoncé qu’il paierait une compensation de 3 millions d’euros à la Suède, au nom de sa responsabilité civile dans la fuite de l’entrepôt Nordlys, le 2 mars 2020.';
    expect(ask(text, 'L’annonce de la compensation civile de 3 millions d’euros à la Suède, ça date de quand ?').answer).toContain('9 octobre');
    // (guard) the other fact keeps its own date.
    expect(ask(text, 'La fuite de l’entrepôt Nordlys, c’était quand ?').answer).toContain('2 mars 2020');
  });
  it('dates the announcement, not the toll, when a participle names the fact ("Le bilan …, il a été indiqué quel jour ?") (guard)', () => {
    const text = 'Les fouilles ont pris fin dans la mine effondrée le 4 mai près de Vernay, la découverte de trois autres corps portant le bilan final à 17 morts, ont indiqué les secours ce mardi 12 mai.';
    expect(ask(text, 'Le bilan final de 17 morts, il a été indiqué quel jour ?').answer).toContain('12 mai');
  });
  it('gives no date to a fact said only as what an announcement in the imperfect announced ("annonçait l’ouverture du musée")', () => {
    const announced = 'Le 5 mars dernier, le maire de Vernay annonçait l’ouverture du musée Varon au public, en accord avec la famille.';
    expect(ask(announced, 'À quelle date le musée Varon a-t-il ouvert au public ?').answer).toBeNull();
    expect(ask(`${announced} Le musée Varon a ouvert ses portes le samedi 14 juin 2025.`, 'À quelle date le musée Varon a-t-il ouvert au public ?').answer).toContain('14 juin 2025');
  });
  it('answers a weekday of no resolved date with the part of the day said right after it ("jeudi soir")', () => {
    const e = engineOf([monthOnly('Les familles sinistrées seront logées dans un gymnase qui doit ouvrir jeudi soir à Vernay.')]);
    expect(e.ask('Le gymnase pour les familles, il devait ouvrir quand ?').answer).toBe('jeudi soir');
  });
  it('answers days asked in the plural with the two days the text joins by "et"', () => {
    const text = 'Les élus ont siégé lundi 8 et mardi 9 septembre 2025 à la mairie de Vernay pour voter le budget.';
    expect(ask(text, 'Les élus ont siégé à la mairie pour le budget quels jours ?').answer).toContain('8 et 9 septembre');
    // (guard) one day asked: one day.
    expect(ask(text, 'Les élus ont siégé à la mairie pour le budget quel jour ?').answer ?? '').not.toContain(' et ');
  });
  it('reads a decade said in words ("dans les années soixante") and answers it as written', () => {
    const [m] = findTemporal('La chapelle a été reconstruite dans les années soixante.', '2017-01-20');
    expect(m).toMatchObject({ text: 'années soixante', value: '1960' });
    expect(ask('La chapelle a été reconstruite dans les années soixante, après un incendie.', 'À quelle époque la chapelle a-t-elle été reconstruite ?').answer).toBe('années soixante');
  });
  it('keeps a people’s noun after a number or a participle as the question’s name ("Les deux Norvégiens sont devenus Canadiens") (guard)', () => {
    const text = 'Samedi 4 mai 2024, les deux Norvégiens ont été reçus par le maire. Les supporters norvégiens ont été salués à Vernay.';
    expect(ask(text, 'Les deux Norvégiens sont devenus Canadiens à quelle date ?').answer).toBeNull();
  });
  it('reads a people’s noun of the question as a word the text may write in lower case ("les étudiants Norvégiens" / "deux étudiants norvégiens")', () => {
    const text = 'Deux étudiants norvégiens seront jugés au tribunal de Vernay lundi 22 septembre 2025, a indiqué le procureur.\n\nL’interpellation de ces deux étudiants Norvégiens a eu lieu samedi.';
    expect(ask(text, 'Les deux étudiants Norvégiens devaient être jugés à quelle date ?').answer).toContain('22 septembre');
  });
});

describe('what', () => {
  it('reads no verb in a participle’s form after an article ("accompagnait l’arrivée du train"): no object of another verb answers', () => {
    const text = 'Pour rejoindre leur village natal, Anne et Louis Varon ont pris le train de nuit jeudi, afin d’éviter la foule devant la gare des Ormelles.';
    expect(ask(text, 'Quelle musique accompagnait l’arrivée du train aux Ormelles ?').answer).toBeNull();
  });
  it('answers "il mesurait combien ?" with a length or an area, never a count of something else', () => {
    expect(ask('Des centaines de supporters se sont rassemblés des deux côtés du quai Varenne. Une banderole de 40 mètres a été tendue quai Varenne.', 'La banderole du quai Varenne, elle mesurait combien ?').answer).toBe('40 mètres');
    expect(ask('Des centaines de supporters se sont rassemblés des deux côtés du quai Varenne. Une banderole a été tendue quai Varenne.', 'La banderole du quai Varenne, elle mesurait combien ?').answer).toBeNull();
  });
});

describe('who and quotes', () => {
  it('answers who heads a body with the one the text calls its head, over the names of a fact the question sets it by ("au moment de l’attaque")', () => {
    const text = 'Selon le président, Paul Durand a été blessé à Kandor lors d’une attaque menée par un groupe armé. Lundi, le directeur de l’ORVEX, Marc Lenoir, avait assuré que l’enquête progressait.';
    expect(ask(text, 'Qui était à la tête de l’ORVEX au moment de l’attaque ?').answer).toContain('Marc Lenoir');
  });
  it('reads the statement of a body’s organ ("menace le conseil général du X") as the body’s (guard: read so before too)', () => {
    const text = '« Nous avons arrêté ce matin Paul Durand, le fondateur d’Al-Nadir », a déclaré M. Lenoir.\n\nLe mouvement Al-Nadir a confirmé l’arrestation de son fondateur. « Nous jurons que la détention de Paul Durand ne restera pas impunie », menace le conseil général d’Al-Nadir.';
    expect(ask(text, 'Dans son message, qu’est-ce qu’Al-Nadir a juré à propos de la détention de Paul Durand ?').answer).toContain('ne restera pas impunie');
  });
  it('takes a name of no person’s type set as the subject of the question’s verb as the speaker asked, not a person of what was said about', () => {
    const k = knowledgeOf([fromFile('001.md', '« Nous jurons que la détention de Paul Durand ne restera pas impunie », menace le conseil général d’Al-Nadir. Selon Al-Nadir, Paul Durand a été arrêté à l’aube.')]);
    const q = analyzeQuestion('Qu’est-ce qu’Al-Nadir a juré à propos de la détention de Paul Durand ?', k);
    expect(askedSpeakers(k, q).map((id) => k.ann.entities[id]!.name)).toEqual(['Al-Nadir']);
  });
});

describe('names and text', () => {
  it('reads the speaker of a quotation whose comma a page left out ("» a raconté au journal X")', () => {
    const text = '« Nous avons entendu des cris sous les gravats, alors nous avons dégagé le passage » a raconté au journal Marco Benni, l’un des chefs des pompiers.';
    expect(ask(text, 'Le chef des pompiers qui a raconté qu’ils avaient dégagé le passage en entendant des cris, il s’appelle comment ?').answer).toContain('Marco Benni');
  });
  it('reads "Cher X" opening a letter as the address and the name ("Cher Marc" is Marc)', () => {
    const names = entitiesOf('« Cher Marc, Cher Lucien, merci pour tout », a écrit le maire Paul Ostal.').map((e) => e.name);
    expect(names).toContain('Marc');
    expect(names).not.toContain('Cher Marc');
  });
  it('reads a people’s noun before a name ("le Portugais Margos Velidan") as no part of it', () => {
    const names = entitiesOf('Le vice-président, le Portugais Margos Velidan, se rendra à Vernay.').map((e) => e.name);
    expect(names).toContain('Margos Velidan');
    expect(names).not.toContain('Portugais Margos Velidan');
  });
  it('goes on with a line a page cut after a figure, when the next line opens in lower case ("… pour 6" / "délits …")', () => {
    const { article: a } = readArticle('001.txt', new TextEncoder().encode('Selon le jugement, le maire est condamné pour 6\ndélits de fraude au total.\nUn autre titre\n'));
    expect(a!.paragraphs[0]).toBe('Selon le jugement, le maire est condamné pour 6 délits de fraude au total.');
  });
});
