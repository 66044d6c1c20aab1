/** Session 59: behaviour read on real articles, checked on small invented ones (names and sentences of my own). */
import { describe, expect, it } from 'vitest';
import { articleOn, engineOf, knowledgeOf } from './tiny-corpus.js';
import { opensQuotedTitle } from '../../src/qa/answer-who.js';

const dated = articleOn('2024-03-06');
/** The whole reply to `question` on articles of `paragraphs` (one article each). */
const reply = (paragraphs: string[], question: string, ...more: string[][]) =>
  engineOf([dated('001', paragraphs), ...more.map((p, i) => dated(`00${i + 2}`, p))]).ask(question);
/** The answer to `question`, or '' when there is none. */
const said = (paragraphs: string[], question: string, ...more: string[][]) => reply(paragraphs, question, ...more).answer ?? '';
/** The dates read in each sentence of one article of `paragraphs`, as the text writes them. */
const datesRead = (paragraphs: string[]) => {
  const k = knowledgeOf([dated('001', paragraphs)]);
  return Array.from({ length: k.sentenceCount }, (_, i) => k.sentence(i).dates.map((d) => d.text));
};

describe('where, a death told by a set phrase', () => {
  // The story is set in Lorvanne: most articles name it, and most say "mort"; only one says "décédé".
  const articles = [
    ['Le compositeur Paul Dalbret est décédé lundi à Lorvanne, où il vivait depuis trente ans.'],
    ['Paul Dalbret est mort à Lorvanne à 88 ans. Il avait écrit quarante opéras.'],
    ['La mort de Paul Dalbret à Lorvanne a ému ses élèves.'],
    ['Paul Dalbret, mort lundi, sera inhumé jeudi. Le maire de Lorvanne a salué un grand musicien.'],
  ];
  it('answers "Il a rendu son dernier souffle dans quelle ville ?" with the town the story is set in, when no other place answers', () => {
    expect(said(articles[0]!, 'Il a rendu son dernier souffle dans quelle ville ?', ...articles.slice(1))).toMatch(/Lorvanne/);
  });
  it('still answers with another town a sentence gives the death when there is one (guard)', () => {
    const more = [['Paul Dalbret est décédé à Varnes, dans la clinique où il était soigné.'], ...articles.slice(1)];
    expect(said(articles[0]!.map((p) => p.replace('décédé lundi à Lorvanne, où il vivait', 'honoré lundi à Lorvanne, où il vivait')), 'Dans quelle ville Paul Dalbret est-il décédé ?', ...more)).toMatch(/Varnes/);
  });
});

describe('when, "c’est arrivé" frames the question', () => {
  it('answers "C’est arrivé quel jour de la semaine, sa mort ?" with the weekday, in a corpus that says "mort" often', () => {
    const articles = [
      ['Le compositeur Paul Dalbret est mort lundi à Lorvanne, à 88 ans.'],
      ['La mort de Paul Dalbret a ému ses élèves. Sa mort laisse un vide.'],
      ['Paul Dalbret, mort à 88 ans, sera inhumé jeudi. Après sa mort, les hommages se sont multipliés.'],
      ['La mort du compositeur a été annoncée par son fils. Il préparait un opéra sur la mort.'],
    ];
    expect(said(articles[0]!, 'C’est arrivé quel jour de la semaine, sa mort ?', ...articles.slice(1))).toMatch(/^lundi/);
  });
});

describe('what, a kicker in capitals', () => {
  it('does not answer "Il est mort de quoi ?" with a line of capitals that only names the death', () => {
    const paragraphs = ['MORT DE PAUL DALBRET.', 'Paul Dalbret, batteur du groupe Les Vents, est mort mardi à Lorvanne à 80 ans, a annoncé son agent.'];
    expect(said(paragraphs, 'Il est mort de quoi, Paul Dalbret ?')).not.toMatch(/^MORT/);
  });
});

describe('who, a family name the person the corpus is about shares', () => {
  const articles = [
    ['L’astronome Paul Dalbret est mort vendredi à 91 ans.', 'Son fils, Luc Dalbret, en a fait l’annonce dans un message publié sur Facebook.'],
    ['Paul Dalbret avait écrit vingt livres.'],
    ['Paul Dalbret sera inhumé mardi.'],
  ];
  it('answers "Qui a annoncé la mort de Dalbret sur Facebook ?" with the son who bears the name', () => {
    expect(said(articles[0]!, 'Qui a annoncé la mort de Dalbret sur Facebook ?', ...articles.slice(1))).toMatch(/^Luc Dalbret/);
  });
  it('still does not answer "Qui a annoncé la mort de Paul Dalbret ?" with Paul Dalbret (guard)', () => {
    expect(said(articles[0]!, 'Qui a annoncé la mort de Paul Dalbret sur Facebook ?', ...articles.slice(1))).not.toMatch(/^Paul Dalbret/);
  });
});

describe('who, one who reports words that give the asked fact', () => {
  it('does not answer with the speaker of "Il honore un des trois dirigeants faits citoyens d’honneur, a souligné X"', () => {
    const paragraphs = [
      'Il honore un des trois dirigeants faits « citoyens d’honneur de l’Union », a souligné Karl Vesper, initiateur de cet hommage. Les deux autres sont Marc Olsen, mort en 1979, et Hugo Brandt, âgé de 91 ans.',
    ];
    expect(said(paragraphs, 'À part Marc Olsen, qui d’autre a été fait citoyen d’honneur de l’Union ?')).not.toMatch(/Vesper/);
  });
});

describe('when, a decade is no year', () => {
  it('answers "En quelle année est-il arrivé en France ?" with the year, not "les années 1960" of another clause', () => {
    const paragraphs = [
      'Passé par l’observatoire de Lorvanne dans les années 1960, Paul Dalbret enseigne en Belgique avant de se rendre en France, où il dirige un laboratoire.',
      'Arrivé en France en 1965, Paul Dalbret a reçu de nombreuses distinctions.',
    ];
    expect(said(paragraphs, 'En quelle année Paul Dalbret a-t-il débarqué en France ?')).toMatch(/1965/);
  });
});

describe('dates, a page’s stamp', () => {
  it('reads no date of a fact in "[Mis à jour le 2 juin 2022 à 14h47]" opening a sentence', () => {
    const dates = datesRead(['[Mis à jour le 2 juin 2022 à 14h47] Le verdict du procès de Paul Dalbret est tombé ce mercredi 1er juin.']);
    expect(dates[0]).toEqual(['ce mercredi 1er juin']);
  });
  it('still reads "publié le 5 mars" inside a sentence as a fact’s date (guard)', () => {
    const dates = datesRead(['Le rapport, publié le 5 mars, accuse la société de Paul Dalbret.']);
    expect(dates[0]!.join(' ')).toMatch(/5 mars/);
  });
});

describe('questions that name a person by the family name alone', () => {
  it('answers "Vesperin, il a réagi comment à la mort de Dalbret ?" with Karl Vesperin’s words, whom the text names only in full', () => {
    const articles = [
      ['« Le pays perd un savant hors pair », a commenté Karl Vesperin, Premier ministre de la région.'],
      ['« La mort de Paul Dalbret nous laisse sans voix », a déclaré Marc Olsen, son éditeur.'],
      ['Paul Dalbret est mort vendredi.'],
    ];
    expect(said(articles[0]!, 'Vesperin, il a réagi comment à la mort de Dalbret ?', ...articles.slice(1))).toMatch(/savant hors pair/);
  });
});

describe('when, the clock of a town', () => {
  it('does not abstain on "heure de Paris" as an unknown name', () => {
    const paragraphs = ['Les jurés du procès de Paul Dalbret ont livré leur verdict ce mercredi à 21h (heure française).'];
    expect(said(paragraphs, 'Le verdict a été livré à quelle heure, heure de Paris ?')).toMatch(/21 ?h/);
  });
});

describe('who, a spouse', () => {
  it('answers "Sa femme, elle s’appelle comment ?" (the possessive asks a relation, not "someone")', () => {
    const paragraphs = ['Le compositeur Paul Dalbret a écrit un dernier message à sa femme Lina.', 'Le compositeur Paul Dalbret avec son épouse Lina Ossari.'];
    expect(said(paragraphs, 'Sa femme, elle s’appelle comment ?')).toMatch(/Lina/);
  });
  it('answers "l’épouse de X" with "Y, la femme de X"', () => {
    const paragraphs = ['Le chanteur Marc Olsen a offert ses condoléances à Lina Ossari, la femme de Dalbret depuis 50 ans.', 'Paul Dalbret est mort mardi.'];
    expect(said(paragraphs, 'Comment s’appelle l’épouse de Paul Dalbret ?')).toMatch(/^Lina Ossari/);
  });
});

describe('when, a weekday asked', () => {
  it('answers "quel jour de la semaine" with the weekday of the date, when the text writes none', () => {
    const paragraphs = ['Le car de la société Varnes s’est renversé le 25 décembre 2024 près de Lorvanne.'];
    expect(said(paragraphs, 'Le car s’est renversé quel jour de la semaine ?')).toMatch(/^mercredi 25 décembre 2024/);
  });
});

describe('question names', () => {
  it('reads "au Parlement de Lorvanne" as the place Lorvanne when the text names that parliament once and Lorvanne often', () => {
    const articles = [
      ['Une cérémonie d’hommage à Paul Dalbret s’est tenue le 1er juillet 2017 au Parlement européen à Lorvanne.'],
      ['Au Parlement de Lorvanne', 'Une cérémonie unique', 'Au Parlement de Lorvanne', 'Les chefs d’État ont salué Paul Dalbret.'],
      ['Lorvanne accueille les chefs d’État. La ville de Lorvanne est en fête. Les rues de Lorvanne sont fermées.'],
      ['À Lorvanne, les drapeaux sont en berne. Lorvanne se souvient. Le maire de Lorvanne a parlé.'],
    ];
    expect(said(articles[0]!, 'La cérémonie au Parlement de Lorvanne, c’était quand ?', ...articles.slice(1))).toMatch(/1er juillet 2017/);
  });
  it('reads initials with their dots ("B.O.") as a short form, not as unknown names', () => {
    const paragraphs = ['Paul Dalbret a composé la bande originale de quarante films.', 'Sa bande originale la plus connue date de 1966.'];
    expect(reply(paragraphs, 'Sa B.O. la plus connue, elle date de quand ?').reason?.code).not.toBe('unknownName');
  });
});

describe('who, a work’s title in quotation marks', () => {
  const text = 'Il s’était fait connaître avec deux ouvrages : "Patience dans l’azur" et « Lorvanne » , puis avec Paul Dalbret.';
  const at = (name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });
  it('reads a one-word name that opens a quotation going on with a small word as a title’s first word', () => {
    expect(opensQuotedTitle(text, at('Patience'))).toBe(true);
  });
  it('still reads a name alone in quotation marks, or outside them, as a name (guard)', () => {
    expect(opensQuotedTitle(text, at('Lorvanne'))).toBe(false);
    expect(opensQuotedTitle(text, at('Paul Dalbret'))).toBe(false);
  });
});

describe('who, a question that opens on "qui" asks for a person', () => {
  const paragraphs = [
    'La Fédération de football a proposé dimanche que chaque pays baptise un stade du nom de Paul Dalbret.',
    'Karl Vesper, président de la Fédération, a proposé que chaque pays baptise un stade du nom de Paul Dalbret, a-t-il écrit.',
  ];
  it('still answers "Qui a proposé …" with the person when a sentence names one (guard)', () => {
    expect(said(paragraphs, 'Qui a proposé que chaque pays baptise un stade du nom de Dalbret ?')).toMatch(/^Karl Vesper/);
  });
  it('still answers "Qui a proposé …" with the person a sentence names, over the body another sentence gives (guard)', () => {
    const more = ['La Fédération de football a proposé dimanche que chaque pays baptise un stade du nom de Paul Dalbret, a-t-elle annoncé.', 'La Fédération de football veut un stade Paul Dalbret dans chaque pays.', 'Karl Vesper a lui aussi proposé que chaque pays baptise un stade du nom de Dalbret.'];
    expect(said(more, 'Qui a proposé que chaque pays baptise un stade du nom de Dalbret ?')).toMatch(/^Karl Vesper/);
  });
  it('still answers "Qui a proposé …" with a body when no person did (guard)', () => {
    expect(said(paragraphs.slice(0, 1), 'Qui a proposé que chaque pays baptise un stade du nom de Dalbret ?')).toMatch(/Fédération/);
  });
  it('still answers "Quelle fédération a proposé …" with the body (guard)', () => {
    expect(said(paragraphs.slice(0, 1), 'Quelle fédération a proposé que chaque pays baptise un stade du nom de Dalbret ?')).toMatch(/Fédération/);
  });
});

describe('when, facts of other sentences in one quotation, and guesses', () => {
  it('does not date "incinéré" by the death’s date in another sentence of the same quotation', () => {
    const paragraphs = ['« Le cinéaste Paul Dalbret est décédé le 13 septembre 2022. Aucune cérémonie officielle n’aura lieu. Il sera incinéré », selon un communiqué de sa famille.'];
    expect(said(paragraphs, 'Paul Dalbret a été incinéré quel jour exactement ?')).not.toMatch(/13 septembre/);
  });
  it('still dates the death by the sentence of the quotation that says it (guard)', () => {
    const paragraphs = ['« Le cinéaste Paul Dalbret est décédé le 13 septembre 2022. Aucune cérémonie officielle n’aura lieu. Il sera incinéré », selon un communiqué de sa famille.'];
    expect(said(paragraphs, 'Paul Dalbret est décédé quel jour ?')).toMatch(/13 septembre 2022/);
  });
  it('gives no day the text only guesses ("peut-être demain")', () => {
    const paragraphs = [
      'Paul Dalbret est mort à Lorvanne, a annoncé sa famille.',
      'Il est décédé « paisiblement chez lui », a-t-il dit. L’incinération aura lieu « d’ici deux jours, peut-être demain encore », a-t-il ajouté, en précisant que « les cendres resteront avec son épouse ». L’incinération « doit vraiment se passer dans l’intimité », a-t-il insisté.',
    ];
    expect(said(paragraphs, 'Paul Dalbret a été incinéré quel jour exactement ?')).not.toMatch(/mars/);
  });
});

describe('when, a scene set in a sentence read whole with the next', () => {
  it('still dates the fact by "Nous sommes le mercredi 16 octobre, vers 15h." before it (guard)', () => {
    const paragraphs = ['Nous sommes le mercredi 16 octobre, aux alentours de 15h. Paul Dalbret est assis dans son fauteuil, au milieu d’un appartement bombardé, et regarde le drone qui le filme.'];
    expect(said(paragraphs, 'Le drone l’a filmé dans son fauteuil vers quelle heure ?')).toMatch(/15 ?h/);
  });
});
