/** Session 40: behaviour read on real articles, checked on small invented ones (names and sentences of my own). */
import { describe, expect, it } from 'vitest';
import { engineOf, fromFile } from './tiny-corpus.js';
import { annotate } from '../../src/nlp/annotate.js';
import { questionType } from '../../src/qa/question-kind.js';
import type { Article } from '../../src/corpus/types.js';

const ask = (text: string, question: string) => engineOf([fromFile('001.md', text)]).ask(question);
const article = (text: string, id = '001'): Article => ({ id, file: `${id}.md`, title: 'Titre', language: 'fr', paragraphs: text.split('\n\n'), bytes: text.length });
const entitiesOf = (text: string) => annotate([article(text)]).entities.map((e) => ({ name: e.name, type: e.type }));

describe('names', () => {
  it('reads a dateline’s town in capitals, its region and a dash after it, as a place, no person ("PORTHAVEN, N.C. — Le tribunal …")', () => {
    const text = 'PORTHAVEN, N.C. — Un juge fédéral a reporté mardi l’audience du maire.\n\nLa séance se tiendra au tribunal de Porthaven. Le procès doit s’ouvrir en mai à Porthaven.';
    expect(entitiesOf(text)).toContainEqual({ name: 'Porthaven', type: 'place' });
  });
  it('reads no dateline in a rubric’s word before a dash ("VIDÉO — Un ingénieur …") (guard)', () => {
    expect(entitiesOf('VIDÉO — Un ingénieur raconte la nuit du sauvetage.').find((e) => e.name === 'VIDÉO')?.type).not.toBe('place');
  });
  it('reads two spellings of one name, told apart by a transliteration only, as one person ("Oussama Kharoubi", "Ousama Karoubi")', () => {
    const text = 'Le cheikh Oussama Kharoubi a prêché vendredi. Selon ses proches, Oussama Kharoubi était malade. Un an plus tard, Ousama Karoubi est mort à Vernay.';
    expect(entitiesOf(text).filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Oussama Kharoubi']);
  });
  it('keeps apart two people whose names differ by more than a spelling (guard)', () => {
    const text = 'Le maire Paul Ostal a reçu Paul Ostin, le préfet, vendredi à Vernay.';
    expect(entitiesOf(text).filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['Paul Ostal', 'Paul Ostin']);
  });
  it('reads the title a comma sets beside a name whole, with the title it completes ("l’avocate du défunt chanteur, X")', () => {
    const a = annotate([article('« Merci à tous », a écrit l’avocate du défunt chanteur, Irina Valko, sur son compte.')]);
    expect(a.entities.find((e) => e.name === 'Irina Valko')!.descriptions.map((d) => d.text)).toEqual(['avocate du défunt chanteur']);
  });
  it('reads the role a person gives themself in apposition ("X, se présentant comme le frère d’un otage")', () => {
    const text = 'Installé à Vernay, Tomas Aldric, se présentant comme le frère d’un otage, a écrit lundi au ministre.';
    expect(ask(text, 'Le frère de l’otage, il s’appelle comment ?').answer).toContain('Tomas Aldric');
  });
});

describe('speakers', () => {
  it('reads a speaker given only by a title, then by name a few sentences on, as one person ("a annoncé la procureure …", then "a ajouté X")', () => {
    const text = 'Les corps des onze marins ont été retrouvés, a annoncé jeudi la procureure de Vernay.\n\n« Les familles ont été prévenues », a ajouté Sonia Ferlat.';
    expect(ask(text, 'Qui a annoncé que les corps des marins avaient été retrouvés ?').answer).toContain('Sonia Ferlat');
  });
  it('reads a speaker given by a title, then by name in a clause that goes on ("selon X, avant que …"), as one person (guard)', () => {
    const text = 'Un hélicoptère a été envoyé sur place, a indiqué mercredi la préfète de la Manche.\n\nIl devrait se poser dans l’heure, selon Hélène Ravel, avant que les secours ne prennent le relais.';
    expect(ask(text, 'C’est qui la préfète de la Manche qui a indiqué qu’un hélicoptère était envoyé ?').answer).toContain('Hélène Ravel');
  });
  it('reads no title as the next speaker’s when another person is named between, or the speaker is described otherwise (guard)', () => {
    const between = 'Vingt victimes ont été identifiées, a annoncé mardi la procureure de Vernay.\n\nLe maire, Paul Ostal, a salué le travail des enquêteurs. « Nous resterons mobilisés », a précisé Sonia Ferlat.';
    expect(ask(between, 'Qui a annoncé que 20 victimes avaient été identifiées ?').answer ?? '').not.toContain('Sonia Ferlat');
    const described = 'Vingt victimes ont été identifiées, a annoncé mardi la procureure de Vernay.\n\n« Nous resterons mobilisés », a précisé Sonia Ferlat, porte-parole des pompiers.';
    expect(ask(described, 'Qui a annoncé que 20 victimes avaient été identifiées ?').answer ?? '').not.toContain('Sonia Ferlat');
  });
});

describe('question kinds', () => {
  it('asks a name with "Comment s’appelle …", whatever verb of description follows ("qui a présenté le projet")', () => {
    expect(questionType('Comment s’appelle la directrice qui a présenté le projet aux parents ?')).toMatchObject({ kind: 'who', noun: 'directrice' });
  });
  it('still asks a statement with "Comment a-t-il présenté …" (guard)', () => {
    expect(questionType('Comment le maire a-t-il présenté son projet ?').kind).toBe('quote');
  });
});

describe('word forms', () => {
  it('matches "habiter" with "vivant" ("Il habite où ?")', () => {
    expect(ask('Tomas Aldric, un retraité vivant à Vernay, a écrit lundi au ministre.', 'Tomas Aldric, il habite où ?').answer).toContain('Vernay');
  });
  it('reads "fini au fond de la mer" as "coulé"', () => {
    expect(ask('Le chalutier Aldebaran a coulé le 3 mars au large de Brest, selon la préfecture maritime.', 'Le chalutier, il a fini au fond de la mer quel jour ?').answer).toContain('3 mars');
  });
  it('matches "sermon" with "homélie"', () => {
    expect(ask('Le père Alain Morvan, curé de la paroisse, a lu l’homélie des obsèques.', 'Qui s’est chargé du sermon ?').answer).toContain('Alain Morvan');
  });
});

describe('what', () => {
  const gift = 'La fondation de l’armateur Henri Ostal a donné 20 millions d’euros pour la rénovation du phare.';
  it('gives no gift as what something cost ("a donné 20 millions")', () => {
    expect(ask(gift, 'La rénovation du phare a coûté combien au total ?').answer).toBeNull();
  });
  it('gives the gift to a question that asks it (guard)', () => {
    expect(ask(gift, 'Henri Ostal a donné combien pour la rénovation du phare ?').answer).toContain('20 millions');
  });
  it('gives what something cost when the sentence says the cost (guard)', () => {
    expect(ask('La rénovation du phare a coûté 30 millions d’euros.', 'La rénovation du phare a coûté combien au total ?').answer).toContain('30 millions');
  });
  it('reads a duration in a sentence that says the question’s fact by a synonym ("l’attaque a duré" for "l’agression")', () => {
    const text = 'Le pasteur Eliot Brann était dans la salle. Selon lui, l’attaque a duré 30 secondes.';
    expect(ask(text, 'L’agression a duré combien de temps selon le pasteur Brann ?').answer).toContain('30 secondes');
  });
});

describe('quotations', () => {
  const speechOf = (text: string) => annotate([article(text)]).speech.map((s) => ({ text: s.text, speaker: s.speakerText }));
  it('reads no statement in a title in quotation marks, nor a speaker in a verb’s clause of its own ("au « Daily Courier », auquel il a dit …")', () => {
    expect(speechOf('Karim Dalou s’est confié au « Daily Courier », auquel il a dit regretter le choix de M. Ferrand.')).toEqual([]);
  });
  it('still reads the speaker of an incise after a quotation, an inverted one too ("», a ensuite déclaré le ministre X", "», se plaisait-il à dire") (guard)', () => {
    const text = '« Nous resterons », a ensuite déclaré le ministre Paul Ferrand. « C’est fini », estime Jean Dalou.';
    expect(speechOf(text)).toEqual([{ text: 'Nous resterons', speaker: 'Paul Ferrand' }, { text: 'C’est fini', speaker: 'Jean Dalou' }]);
    expect(speechOf('Jean Dalou aimait les formules. « Je ne suis pas pressé, je suis prudent », se plaisait-il à dire.').map((s) => s.text)).toEqual(['Je ne suis pas pressé, je suis prudent']);
  });
});

describe('whom a tribute is for', () => {
  const articles = [
    'L’ancienne maire de Vernay, Odile Brassac, est morte lundi à 88 ans.\n\nLes écoles de la ville ont respecté à midi une minute de silence.',
    'Le conseil municipal a voté mardi le budget des écoles. Les élus ont respecté à 15 heures une minute de silence.',
  ];
  const askBoth = (question: string) => engineOf(articles.map((t, i) => fromFile(`00${i + 1}.md`, t))).ask(question);
  it('reads the tribute in an article whose opening names whom it is for ("la minute de silence pour X")', () => {
    expect(askBoth('La minute de silence pour Odile Brassac, elle a été respectée à quelle heure ?').answer).toBe('midi');
  });
  it('reads no name that only follows "pour" after another noun as whom a tribute is for (guard)', () => {
    expect(askBoth('Les élus ont voté pour Odile Brassac à quelle heure ?').answer).toBeNull();
  });
});

describe('when', () => {
  const text = 'Le musée propose dimanche deux visites guidées, à 11H15 et à 16H45, sur réservation.';
  it('gives the time at the place the question asks in the sentence’s list ("la première des deux visites")', () => {
    expect(ask(text, 'À quelle heure était la première des deux visites du dimanche ?').answer).toContain('11h15');
    expect(ask(text, 'Et la dernière des deux visites du dimanche, elle était à quelle heure ?').answer).toContain('16h45');
  });
});

describe('where', () => {
  it('keeps the point of the compass after a venue noun ("la banlieue sud")', () => {
    expect(ask('Marc Aubry réside dans la banlieue sud de Vernay depuis 2010.', 'Marc Aubry, il habite où ?').answer).toContain('banlieue sud');
  });
  it('reads "est" after a venue noun as the verb, no point of the compass (guard)', () => {
    expect(ask('La famille vivait dans la banlieue est touchée par la crue.', 'La famille vivait où ?').answer).toBe('banlieue');
  });
  it('gives no place that holds a name the question sets as its landmark ("après Brême … repartir où ?")', () => {
    const text = 'Le cargo Orlando avait pour destination Brême, selon son armateur.';
    expect(ask(text, 'Après Brême, il doit repartir où, le cargo ?').answer).toBeNull();
    expect(ask(text, 'Le cargo allait où ?').answer).toContain('Brême');
  });
  it('gives no venue told only by the question’s own words ("une salle de réunion" for "les réunions")', () => {
    const text = 'Le conseil ne tenait plus dans ses salles de réunion : il siège désormais au gymnase du collège Jean-Moulin de Vernay, transformé en salle de réunion.';
    expect(ask(text, 'Dans quel lieu les réunions du conseil se tiennent-elles désormais ?').answer).toContain('gymnase');
  });
  it('still gives such a venue to a question that does not say its words (guard)', () => {
    expect(ask('Le suspect a été entendu dans une salle d’audience du tribunal.', 'Le suspect a été entendu où ?').answer).toContain('salle d’audience');
  });
});

describe('what, measures', () => {
  it('reads a measure given right after a synonym of the question’s noun ("un navire de 120 mètres" for "ce bateau")', () => {
    expect(ask('Le Vigilant, un navire de 120 mètres, a quitté Brest mardi.', 'Il mesurait combien de long, ce bateau ?').answer).toContain('120 mètres');
  });
});
