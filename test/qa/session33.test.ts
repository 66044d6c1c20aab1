/** Session 33: behaviour read on real articles, checked on small invented ones. */
import { describe, expect, it } from 'vitest';
import { engineOf, fromFile, knowledgeOf } from './tiny-corpus.js';
import { analyzeQuestion } from '../../src/qa/analyze-question.js';
import { annotate } from '../../src/nlp/annotate.js';
import type { Article } from '../../src/corpus/types.js';
import { questionType } from '../../src/qa/question-kind.js';

const ask = (text: string, question: string) => engineOf([fromFile('001.md', text)]).ask(question);
const article = (text: string): Article => ({ id: '001', file: '001.md', title: 'Titre', language: 'fr', paragraphs: text.split('\n\n'), bytes: text.length });
const acts = (text: string) => annotate([article(text)]).speech.map((a) => ({ speaker: a.speakerText, text: a.text }));
const described = (text: string, name: string) => {
  const ann = annotate([article(text)]);
  return ann.entities.find((e) => e.name === name)?.descriptions.map((d) => d.text) ?? [];
};

describe('a count of people narrowed by the question’s verb', () => {
  const text = [
    'L’accident du car, lundi soir dans un ravin près de Valmont, a fait 31 morts et quatre rescapés.',
    'Au total, 31 personnes ont trouvé la mort dans l’accident, selon la préfecture.',
  ].join('\n\n');
  it('is the figure of the verb’s own noun ("quatre rescapés" for "ont survécu"), not the dead', () => {
    const answer = ask(text, 'Combien de personnes ont survécu à l’accident ?').answer ?? '';
    expect(answer).toContain('quatre');
    expect(answer).not.toContain('31');
  });
  it('still counts people a sentence states no other fact of ("un millier de personnes" at a tribute) (guard)', () => {
    const tribute = 'Devant un millier de personnes, dont certaines avec des fleurs à la main, le maire de Valmont a rendu hommage au policier tué.';
    expect(ask(tribute, 'Combien de personnes ont assisté à l’hommage ?').answer).toContain('millier');
  });
});

describe('a date asked of an act done somewhere', () => {
  it('is not read off a sentence that names only the place ("l’observatoire de Tarvak … en juin dernier")', () => {
    const text = [
      'Le président Félix Oskarsson va rentrer plus tôt que prévu d’une visite en Europe afin de superviser l’aide.',
      'Dans son village situé au pied du volcan, personne n’a rien vu arriver. Certains pointent du doigt la mauvaise gestion de l’Observatoire volcanologique de Tarvak qui ne surveillait plus le volcan depuis sept mois faute de financement après la fin d’un programme de la Banque mondiale en juin dernier.',
    ].join('\n\n');
    expect(ask(text, 'Oskarsson est arrivé à Tarvak quel jour ?').answer).toBeNull();
  });
});

describe('a start asked', () => {
  it('is the time a span opens on ("a confirmé l’éruption depuis ce 22 mai vers 19 heures")', () => {
    const text = 'Le gouverneur de la province a « confirmé l’éruption du volcan Tarvak depuis ce 22 mai vers 19 heures » locales.';
    expect(ask(text, "D'après le gouverneur, l'éruption a débuté à quelle heure ?").answer).toContain('19');
  });
});

describe('a town asked', () => {
  it('is the place a region locates ("à destination de Valmont au Nord-Tarvak")', () => {
    const text = 'Elle a confié deux de ses enfants à des inconnus dans un des bateaux à destination de Valmont au Nord-Tarvak.';
    expect(ask(text, 'Elle a confié ses enfants à des inconnus sur un bateau, direction quelle ville ?').answer).toContain('Valmont');
  });
  // A guard: "rallier" now asks the place gone to, and a region named after "dans le" must not answer it.
  it('is no place after "dans le" ("s’est écrasé dans le Kivar") (guard)', () => {
    const text = 'Un avion de la compagnie Lennar s’est écrasé samedi dans le Kivar, au nord du pays.';
    expect(ask(text, "L'avion devait rallier quelle ville ?").answer).toBeNull();
  });
});

describe('speech', () => {
  it('reads "« … », se souvient X" as X’s words', () => {
    const said = acts('« Nous étions en train de manger quand nous avons vu la fumée », se souvient Mirela Voss, son fils dans les bras.');
    expect(said.some((a) => a.speaker.includes('Mirela Voss') && a.text.includes('la fumée'))).toBe(true);
  });
  it('gives the quotation that follows in its paragraph to the same speaker, though a sentence goes on after it', () => {
    const text = '« Nous étions en train de manger quand nous avons vu la fumée », se souvient Mirela Voss. « Au début, on pensait à des feux de bois. Alors on a couru jusqu’à la frontière. » Sa maison est désormais détruite.';
    expect(acts(text).some((a) => a.speaker.includes('Mirela Voss') && a.text.includes('couru jusqu’à la frontière'))).toBe(true);
  });
  it('reads a speech infinitive after a verb that leads into it ("Il vient témoigner à Radio Tarvak : « … »")', () => {
    const text = 'Entre 6 heures et 10 heures, le vent se déchaîne. Oskar Lind était alors maire de Valmont. Il vient témoigner à Radio Tarvak : « Le toit de la salle de sport s’est envolé. »';
    const said = acts(text).find((a) => a.text.includes('toit de la salle'));
    expect(said?.speaker).toBe('Il');
    expect(ask(text, "Qu'a raconté le maire de Valmont à Radio Tarvak ?").answer).toContain('toit de la salle de sport');
  });
});

describe('roles', () => {
  it('gives the title a copula sets after a name ("X, aujourd’hui décédé, était alors maire de Valmont")', () => {
    expect(described('Oskar Lind, aujourd’hui décédé, était alors maire de Valmont.', 'Oskar Lind')).toContain('maire de Valmont');
  });
  it('gives a bare title opening the next sentence to the one person named before ("… La ministre souhaite …")', () => {
    const text = 'Christine Vardel, de son côté, a appelé les assureurs à « une mobilisation exemplaire ». La ministre souhaite la mise en place immédiate de cellules de crise.';
    expect(described(text, 'Christine Vardel')).toContain('ministre');
    expect(ask(text, 'Quelle ministre a réclamé aux assureurs une mobilisation exemplaire ?').answer).toContain('Christine Vardel');
  });
  it('gives no title of the other sex ("Oskar Lind … La ministre …") (guard)', () => {
    const text = 'Oskar Lind a appelé les assureurs à la mobilisation. La ministre souhaite la mise en place de cellules de crise.';
    expect(described(text, 'Oskar Lind')).not.toContain('ministre');
  });
});

describe('question reading', () => {
  it('types "pour quel chef d’accusation" as no person asked', () => {
    expect(questionType('Oskar Lind est poursuivi pour quel chef d’accusation ?').kind).toBe('what');
  });
  const k = knowledgeOf([fromFile('001.md', 'Le parquet a requis le 22 décembre un procès contre Oskar Lind.')]);
  const termsOf = (question: string) => [...analyzeQuestion(question, k).terms.keys()];
  it('reads "datent de quel jour" as a frame, no word the answer must say ("Les réquisitions … datent de quel jour ?")', () => {
    const said = termsOf('Les réquisitions du parquet datent de quel jour ?');
    expect(said).toContain('parquet');
    expect(said.some((t) => t.startsWith('dat'))).toBe(false);
  });
  it('reads "le crash de Valmont" as a crash at Valmont, though a headline makes "Crash de Valmont" a name', () => {
    const text = [
      'La carlingue de l’avion repose au fond de la mer Crash de Valmont : des débris retrouvés',
      'Le 3 janvier 2004, un Boeing s’écrasait à Valmont juste après le décollage, tuant les 148 personnes à bord.',
      "Le crash a fait 148 morts. Le crash reste le plus meurtrier du pays. Les familles attendent un procès depuis le crash. Vingt ans après le crash, l'enquête continue.",
    ].join('\n\n');
    expect(ask(text, "Le crash de Valmont, c'était quand exactement ?").answer).toContain('3 janvier 2004');
  });
});

describe('paragraphs cut by a page’s layout', () => {
  it('join a line that opens on the mark closing a quotation to the line before', () => {
    const read = fromFile('001.md', 'Titre\n« Ça n’a pas été facile hier. J’ai entendu les hommes recharger leurs armes\n», se souvient Oskar Lind.');
    expect(read.paragraphs.some((p) => p.includes('armes », se souvient'))).toBe(true);
  });
});

describe('the town a story is set in', () => {
  const corpus = [
    fromFile('001.md', 'Au lendemain du double meurtre d’un policier et de sa compagne à Valmont, c’est le scénario d’un véritable guet-apens qui se dessine. Le tueur attendait le policier devant chez lui.'),
    fromFile('002.md', 'Un policier et sa compagne ont été tués lundi soir à Valmont. L’assaillant a été abattu par le Raid.'),
    fromFile('003.md', 'À Valmont, les habitants rendent hommage au couple de policiers tués lundi.'),
    fromFile('004.md', 'Le meurtrier des deux policiers de Valmont se réclamait d’un groupe armé, selon le parquet.'),
  ];
  it('does not answer a plain "où" of a fact apart from the story ("s’était planqué où pour guetter …")', () => {
    expect(engineOf(corpus).ask('Le tueur s’était planqué où pour guetter le retour du policier ?').answer).toBeNull();
  });
  it('still answers a town asked of the story itself (guard)', () => {
    expect(engineOf(corpus).ask('Dans quelle ville le policier a-t-il été tué ?').answer).toContain('Valmont');
  });
});

describe('the one an event befalls', () => {
  it('does not do what the question asks ("une soirée d’hommage à X" for "quel dirigeant a pris la parole")', () => {
    const text = 'Plusieurs centaines de milliers de Kivariens ont assisté mardi à une grande cérémonie d’hommage posthume à Oskar Lind en présence des dirigeants de la région. Des milliers de Kivariens, rassemblés place de la République à Tarvak, ont vécu une soirée d’hommage à Oskar Lind.';
    expect(ask(text, 'Lors de la cérémonie de mardi soir place de la République, quel dirigeant a pris la parole ?').answer).toBeNull();
  });
});

describe('the kind of body asked', () => {
  it('is not answered by a body the corpus gives another kind ("la compagnie égyptienne X" for "quel journal")', () => {
    const corpus = [
      fromFile('001.md', 'Dans l’enquête sur le crash d’un Boeing au large de Tarvak, l’ancien patron de la compagnie kivarienne Kivar Airlines a été mis en examen, en décembre, pour homicides involontaires par un juge d’instruction. Une source judiciaire a confirmé une information du Matin.'),
      fromFile('002.md', 'Vingt ans après le crash de Kivar Airlines à Tarvak, des juges d’instruction ont ordonné le renvoi en correctionnelle de l’ex-patron de la compagnie aérienne kivarienne, qui avait été mis en examen fin 2021.'),
      fromFile('003.md', 'Crash de Tarvak : l’ex-patron de Kivar Airlines est mis en examen'),
    ];
    expect(engineOf(corpus).ask("Quel journal a révélé en premier la mise en examen de l'ex-dirigeant de la compagnie ?").answer).toBeNull();
  });
});
