/** Session 58: behaviour read on real articles, checked on small invented ones (names and sentences of my own). */
import { describe, expect, it } from 'vitest';
import { articleOn, engineOf, knowledgeOf } from './tiny-corpus.js';
import { findTemporal } from '../../src/nlp/temporal/index.js';

const dated = articleOn('2024-03-06');
/** The answer to `question` on articles of `paragraphs` (one article each), or '' when there is none. */
const said = (paragraphs: string[], question: string, ...more: string[][]) =>
  engineOf([dated('001', paragraphs), ...more.map((p, i) => dated(`00${i + 2}`, p))]).ask(question).answer ?? '';
/** The speaker's name of each statement read in one article of `paragraphs`. */
const speakers = (paragraphs: string[]) => {
  const k = knowledgeOf([dated('001', paragraphs)]);
  return k.ann.speech.map((a) => ({ speaker: a.entity !== undefined ? k.ann.entities[a.entity]!.name : a.speakerText, text: a.text }));
};
const typeOf = (paragraphs: string[], name: string) => knowledgeOf([dated('001', paragraphs)]).ann.entities.find((e) => e.name === name)?.type;

describe('who, when the question points at the person the corpus is about', () => {
  const story = [
    ['Le chanteur Paul Dalbret a été retrouvé mort dans son lit par son compagnon Marc Olsen, dimanche matin.', 'Paul Dalbret avait 53 ans.'],
    ['Son manager, Karl Vesper, a parlé d’une crise cardiaque. Paul Dalbret préparait un album.'],
    ['Paul Dalbret a vécu douze ans avec le photographe Hugo Brandt, qui lui a rendu hommage.'],
  ] as const;
  it('still answers "C’est qui qui l’a trouvé mort ?" with the finder, the agent of the passive (guard)', () => {
    expect(said([...story[0]], 'C’est qui qui l’a trouvé mort dans son lit ?', [...story[1]], [...story[2]])).toMatch(/^Marc Olsen/);
  });
  it('answers "L’ex qui a vécu douze ans avec lui, c’est qui ?" with the partner', () => {
    expect(said([...story[0]], 'L’ex qui a vécu douze ans avec lui, c’est qui ?', [...story[1]], [...story[2]])).toMatch(/^Hugo Brandt/);
  });
  it('does not answer "… contre l’acteur ?" with the actor the corpus is about', () => {
    const trial = ['L’acteur Paul Dalbret a été condamné mardi. Le parquet avait demandé que Paul Dalbret soit soumis à une obligation de soins.'];
    expect(said(trial, 'Qui a porté les réquisitions contre l’acteur ?', ['L’acteur Paul Dalbret fera appel.'])).not.toMatch(/Dalbret/);
  });
  it('still answers "Qui a été retrouvé mort ?" with the person the corpus is about (guard)', () => {
    expect(said([...story[0]], 'Qui a été retrouvé mort dans son lit dimanche ?', [...story[1]], [...story[2]])).toMatch(/^Paul Dalbret/);
  });
});

describe('who, a role said with "un" and named in the next sentence', () => {
  it('answers "le garde du corps qui a découvert X" with the person the article names next', () => {
    const paragraphs = [
      'La chanteuse Lina Ossari a été retrouvée sans vie chez elle le 3 mai. C’est un garde du corps qui avait découvert son corps, mais il l’avait d’abord crue endormie. Karl Vesper avait expliqué avoir donné l’alerte plus tard.',
    ];
    expect(said(paragraphs, 'C’est qui le garde du corps qui a découvert Lina Ossari ?')).toMatch(/^Karl Vesper/);
  });
});

describe('who, the role of the story’s own event', () => {
  it('answers "l’arbitre de la finale" with "l’arbitre anglais X" when most articles tell the final', () => {
    const articles = [
      ['La finale de la coupe s’est jouée dimanche à Lina.', 'Si l’arbitre anglais Karl Vesper a décidé qu’il n’y avait pas faute, la mère du blessé est furieuse.'],
      ['La finale a été remportée par Porto Ossari.'],
      ['Les supporters ont fêté la finale toute la nuit.'],
      ['Après la finale, les joueurs ont été décorés.'],
    ];
    expect(said(articles[0]!, 'Qui était l’arbitre de la finale ?', ...articles.slice(1))).toMatch(/^Karl Vesper/);
  });
});

describe('speech', () => {
  it('reads "« … » a notamment écrit X" as a statement of X (an insert between the auxiliary and the verb)', () => {
    expect(speakers(['« Respect légende ! » a notamment écrit Lina Ossari sous la vidéo.'])).toEqual([{ speaker: 'Lina Ossari', text: 'Respect légende !' }]);
  });
  it('reads "« Moi, X, je … », a déclaré l’actrice" as X’s words, and the next statement of "l’actrice" too', () => {
    const acts = speakers([
      '« Moi, Lina Ossari, je n’ai jamais assisté à un geste choquant », a déclaré l’actrice mercredi devant le tribunal.',
      '« Je sais qu’on peut dire non à Paul », a ajouté l’actrice, qui a embrassé son « ami de toujours » en sortant.',
    ]);
    expect(acts.filter((a) => a.speaker === 'Lina Ossari').map((a) => a.text)).toEqual(['Moi, Lina Ossari, je n’ai jamais assisté à un geste choquant', 'Je sais qu’on peut dire non à Paul']);
  });
  it('does not read a verb inside one quotation as the speech verb of the next one', () => {
    const acts = speakers(['« Je sais qu’on peut dire non à Paul », a ajouté l’actrice, qui a embrassé son « ami de toujours » en sortant.']);
    expect(acts.map((a) => a.text)).not.toContain('ami de toujours');
  });
  it('does not give the words of the one a speaker’s noun is of for "L’avocate de X, qu’est-ce qu’elle a déclaré ?"', () => {
    const paragraphs = [
      'L’acteur Paul Dalbret a été condamné mardi pour agression.',
      '"C’est une belle décision, c’est la fin de l’impunité", a commenté l’avocate de Lina K. "C’est la victoire de toutes les femmes", a ajouté Me Carine Vesper.',
      'Lina K., seule plaignante présente, s’est dite émue. "Je suis très satisfaite de cette décision. La justice a été rendue."',
    ];
    expect(said(paragraphs, 'L’avocate de Lina K., qu’est-ce qu’elle a déclaré après la décision ?')).not.toMatch(/très satisfaite/);
  });
});

describe('where', () => {
  it('reads a name in quotation marks after a venue noun and its adjective as the venue ("l’église baptiste « X »")', () => {
    expect(typeOf(['Les funérailles ont été célébrées samedi dans l’église baptiste "Grace Hope", à Porto Vesper.'], 'Grace Hope')).toBe('place');
  });
  it('answers "Dans quelle église …" with the church, not the town that holds it', () => {
    const paragraphs = ['Les funérailles de la star ont été célébrées samedi 18 février, dans l’intimité de l’église baptiste "Grace Hope", à Porto Vesper, où elle chantait enfant.'];
    expect(said(paragraphs, 'Dans quelle église les funérailles ont-elles été célébrées ?', ['La star Lina Ossari repose à Porto Vesper.'])).toBe('Grace Hope');
  });
  it('reads a name followed by ", à l’ouest de Londres" as a place', () => {
    expect(typeOf(['Le chanteur est décédé dans son domicile de Brantmoor, à l’ouest de Londres.'], 'Brantmoor')).toBe('place');
  });
  it('reads "Vesper Hills" as a place ("hills" ends places’ names as "hill" does)', () => {
    expect(typeOf(['La police de Vesper Hills a confirmé la mort de la chanteuse.'], 'Vesper Hills')).toBe('place');
  });
  it('still answers "Dans quel hôtel …" with the hotel named after its noun (guard)', () => {
    const paragraphs = [
      'Le rappeur Paul Dalbret a été retrouvé sans vie dans une chambre de l’hôtel Grand Ossari, samedi.',
      'Il séjournait depuis une semaine au Grand Ossari pour un concert.',
    ];
    expect(said(paragraphs, 'Dans quel hôtel le rappeur a-t-il été découvert sans vie ?')).toMatch(/Grand Ossari/);
  });
});

describe('what, a death’s cause', () => {
  it('answers "de quoi est-elle morte ?" with "morte noyée", not with a sentence that says the causes are not known', () => {
    const paragraphs = [
      'Les causes du décès de la chanteuse Lina Ossari n’étaient pas encore claires, a déclaré le lieutenant Karl Vesper.',
      'Des semaines plus tard, le coroner a annoncé que Lina Ossari était morte noyée, mais qu’une maladie cardiaque avait contribué à son décès.',
    ];
    expect(said(paragraphs, 'D’après le coroner, de quoi Lina Ossari est-elle morte ?')).toMatch(/noyée/);
  });
});

describe('when', () => {
  it('reads "dimanche 10" (a weekday and a day, no month) as the 10th that is a Sunday near the anchor', () => {
    expect(findTemporal('La fête a été gâchée dimanche 10 au soir.', '2016-07').map((m) => m.value)).toEqual(['2016-07-10']);
    expect(findTemporal('La fête a été gâchée dimanche 10 au soir.', '2016-07-15').map((m) => m.value)).toEqual(['2016-07-10']);
  });
  it('still reads "lundi 12 personnes" as a weekday alone, and "samedi 9 juillet" whole (guard)', () => {
    expect(findTemporal('Lundi 12 personnes ont été blessées.', '2016-07-15').map((m) => m.text)).toEqual(['Lundi']);
    expect(findTemporal('Il est arrivé samedi 9 juillet.', '2016-07-15').map((m) => m.text)).toEqual(['samedi 9 juillet']);
  });
  it('dates the fact a "lors de" phrase names by the date of the clause before it', () => {
    const paragraphs = ['La fête a quelque peu été gâchée, dimanche 10 au soir lors de la finale de la coupe Vesper-Ossari (0-1).'];
    expect(engineOf([articleOn('2016-07-12')('001', paragraphs)]).ask('La finale de la coupe, c’était quel jour ?').answer ?? '').toMatch(/10 juillet 2016/);
  });
  it('reads "pour permettre les obsèques" as a purpose, not the fact dated', () => {
    const paragraphs = ['Une enquête sur le décès de Lina Ossari avait été lancée puis aussitôt suspendue afin de permettre les funérailles. Elle reprendra le 26 octobre.'];
    expect(said(paragraphs, 'Après avoir été suspendue pour permettre les obsèques, l’enquête devait reprendre à quelle date ?')).toMatch(/26 octobre/);
  });
});

describe('where, a level of a building', () => {
  it('answers "à quel étage ?" with the ordinal before "étage"', () => {
    const paragraphs = ['Les secours sont arrivés quelques minutes plus tard dans la chambre du quatrième étage de l’hôtel Vesper, où se trouvait la chanteuse Lina Ossari.'];
    expect(said(paragraphs, 'Sa chambre, elle se trouvait à quel étage ?')).toBe('quatrième étage');
  });
});

describe('question kind after an opening "quand" clause', () => {
  it('reads "Quand X est sorti sur civière, qui a eu un geste …" as asking a person', async () => {
    const { questionType } = await import('../../src/qa/question-kind.js');
    expect(questionType('Quand Karl est sorti sur civière, qui a eu un geste pour le réconforter ?').kind).toBe('who');
    expect(questionType('Quand le feu a pris, c’était quel jour ?').kind).toBe('when');
  });
  it('reads "À la sortie de X, à part son père, qui l’escortait ?" as asking a person (two fronted phrases)', async () => {
    const { questionType } = await import('../../src/qa/question-kind.js');
    expect(questionType('À la sortie de la prison, à part son père, qui l’escortait ?').kind).toBe('who');
  });
  it('still reads "Le maire, en 2020, qui a été élu, il a dit quoi ?" as asking words (guard)', async () => {
    const { questionType } = await import('../../src/qa/question-kind.js');
    expect(questionType('Le maire, en 2020, qui a été élu, il a dit quoi ?').kind).toBe('quote');
  });
});

describe('quote, at an occasion', () => {
  it('answers "Qu’a dit X pendant la cérémonie funèbre ?" with X’s words, though they say nothing of the ceremony', () => {
    const paragraphs = [
      'Les obsèques de la chanteuse Lina Ossari ont été célébrées samedi à Porto Vesper, dans l’église où elle chantait enfant.',
      'Les proches de la défunte se sont succédé au micro pour raconter leurs souvenirs.',
      '"J’étais encore ton garde du corps il n’y a pas si longtemps, et maintenant tu es partie", a déclaré, très ému, l’acteur Karl Vesper.',
      '"C’est la première fois que j’ai vu le doute", a ajouté Karl Vesper.',
    ];
    const more = ['"Elle était ma meilleure amie", avait confié Karl Vesper au journal Le Lina en 2010.', '"Le film a tout changé pour nous deux", expliquait Karl Vesper en 2015.'];
    expect(said(paragraphs, 'Qu’a dit Karl Vesper pendant la cérémonie funèbre ?', more)).toMatch(/il n’y a pas si longtemps|première fois que j’ai vu le doute/);
  });
});

describe('who made a work', () => {
  it('answers "Le réalisateur des Volets bleus, c’est qui ?" with Y of "le film « Les volets bleus » de Y"', () => {
    const paragraphs = ['L’acteur Paul Dalbret a été condamné pour des agressions commises lors du tournage du film "Les volets bleus" de Marc Olsen, en 2021.'];
    expect(said(paragraphs, 'Le réalisateur des Volets bleus, c’est qui ?')).toMatch(/^Marc Olsen/);
  });
});

describe('who, the verb of a relative clause', () => {
  const paragraphs = [
    'Le patron de la compagnie Vesper Rail, Edgar Brandt, a suspendu le conducteur du train, Tom Olsen, sans salaire.',
    'Tom Olsen dénonce une sanction injuste.',
  ];
  it('still answers "le patron de X qui a suspendu le conducteur" with the suspender, now that the relative’s verb is read (guard)', () => {
    expect(said(paragraphs, 'C’est qui le patron de Vesper Rail qui a suspendu le conducteur ?')).toMatch(/^Edgar Brandt/);
  });
});

describe('who, "je" and the question’s verb inside a quotation', () => {
  it('still answers "la porte-parole qui a confirmé la mort" with who says "je confirme" in their quotation, not who "a affirmé" (guard: the relative’s verb, now read, gives "affirmer" its synonym a subject)', () => {
    const articles = [
      ['« C’est avec une profonde tristesse que je confirme que le chanteur Paul Dalbret est mort ce matin », a indiqué sa porte-parole Lina Ossari.'],
      ['La porte-parole du bureau du médecin légiste, Karla Vesper, a affirmé qu’« il n’y a aucune information à ce stade ».'],
      ['« Il n’y a aucune indication à ce stade », a ajouté Karla Vesper, porte-parole du bureau du médecin légiste.'],
    ];
    expect(said(articles[0]!, 'C’est qui la porte-parole qui a confirmé la mort de Paul Dalbret ?', ...articles.slice(1))).toMatch(/^Lina Ossari/);
  });
});

describe('when, a minute of play', () => {
  const paragraphs = [
    'Karl Vesper est sorti en pleurs sur une civière à la 25e minute de la finale, dimanche au stade de Lina.',
    'Tout est parti d’un contact anodin entre Hugo Brandt et Karl Vesper, à la 8ème minute de jeu.',
  ];
  it('answers "à quel moment du match ?" with the minute the text gives, not the day', () => {
    expect(said(paragraphs, 'Le contact Brandt-Vesper, il a eu lieu à quel moment du match ?')).toBe('8ème minute');
  });
  it('answers "À quelle minute …" with the minute of play', () => {
    expect(said(paragraphs, 'À quelle minute Karl Vesper est-il sorti sur civière ?')).toBe('25e minute');
  });
  it('still answers "c’était quel jour ?" with the day (guard)', () => {
    expect(said(paragraphs, 'Karl Vesper est sorti sur civière quel jour ?')).toMatch(/dimanche/);
  });
});

describe('a crematorium', () => {
  it('answers "dans quel crématorium ?" with "X Crematorium" (an English venue word)', () => {
    const paragraphs = ['Aucun détail n’a été donné sur la cérémonie, mais des sources pensent qu’elle pourrait se dérouler au Vesper Green Crematorium, au nord de Lina, à 15 heures.'];
    expect(said(paragraphs, 'La cérémonie d’adieu pouvait se tenir dans quel crématorium ?')).toBe('Vesper Green Crematorium');
  });
});

describe('when, a date from the sentence before', () => {
  it('does not date a fact only expected ("devrait être érigée") by the sentence before', () => {
    const paragraphs = ['Le 8 janvier prochain, le dossier sera rouvert par le conseil municipal. Une statue de Lina Ossari à son effigie devrait même être érigée à Camdor, son quartier.'];
    expect(said(paragraphs, 'La statue de Lina à Camdor, elle a été inaugurée quand ?')).toBe('');
  });
});
