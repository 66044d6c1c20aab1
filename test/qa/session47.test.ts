/** Session 47: behaviour read on real articles, checked on small invented ones (names and sentences of my own). */
import { describe, expect, it } from 'vitest';
import { articleOn, engineOf, knowledgeOf } from './tiny-corpus.js';
import { standardize } from '../../src/nlp/word-family.js';
import { findNames } from '../../src/nlp/entities.js';
import { tokenize } from '../../src/nlp/tokens.js';
import { analyzeQuestion } from '../../src/qa/analyze-question.js';
import { ordinalAsked, ordinalFactor } from '../../src/qa/answer-common.js';
import { TUNING } from '../../src/qa/tuning.js';

const dated = articleOn('2024-03-06');
const ask = (paragraphs: string[], question: string) => engineOf([dated('001', paragraphs)]).ask(question);
const names = (text: string) => findNames(text, tokenize(text), () => false).map((s) => text.slice(s.start, s.end));
/** The name of the speaker the annotation gives the statement holding `words`, or '' when none. */
const speakerOf = (paragraphs: string[], words: string) => {
  const k = knowledgeOf([dated('001', paragraphs)]);
  const act = k.ann.speech.find((a) => a.text.includes(words));
  return act && act.entity !== undefined ? k.ann.entities[act.entity]!.name : '';
};

/** "la première partie" asked, of a corpus that tells an interview shown in two parts. */
const firstPartAsked = () => analyzeQuestion('Quel jour la première partie de l’entretien a-t-elle été diffusée ?',
  knowledgeOf([dated('001', ['L’entretien avec Paul Verdon a été diffusé en deux parties sur la chaîne VTN.'])]));
/** A statement of a lawyer named only as "son conseil, Me …". */
const DEFENCE = ['Paul Verdon a été mis en examen jeudi pour l’assassinat de Karl Menz.', '« Paul Verdon s’expliquera devant les juges d’instruction », a déclaré à la presse son conseil, Me Lina Korbak.'];

describe('speakers', () => {
  it('gives "…, poursuit-il" to the man named before, not to the woman named last', () => {
    const paragraphs = [
      'Le coureur Paul Verdon a été reçu lundi par l’animatrice Mila Varenne dans son studio de Brelance.',
      'Elle l’a longuement interrogé sur sa carrière. « Je vais passer le reste de ma vie à m’excuser auprès des gens », poursuit-il.',
    ];
    expect(speakerOf(paragraphs, 'reste de ma vie')).toBe('Paul Verdon');
  });
  it('still gives "…, poursuit-elle" to the woman named last (guard)', () => {
    const paragraphs = [
      'Le coureur Paul Verdon a été reçu lundi par l’animatrice Mila Varenne dans son studio de Brelance.',
      '« Nous avons parlé pendant des heures de sa carrière », poursuit-elle.',
    ];
    expect(speakerOf(paragraphs, 'pendant des heures')).toBe('Mila Varenne');
  });
});

describe('people and bodies', () => {
  it('answers "Qui dirige X ?" with "Y, le patron de X"', () => {
    const paragraphs = ['« C’est un premier pas », s’est félicité Karl Menz, le patron de l’ABVL, dans un communiqué publié mardi.'];
    expect(ask(paragraphs, 'Qui dirige l’ABVL ?').answer ?? '').toContain('Karl Menz');
  });
  it('answers "sur quelle chaîne" with the body the text calls a chaîne, not a person nor a newspaper beside it', () => {
    const paragraphs = [
      'Selon plusieurs médias américains, notamment Brelance Daily, le coureur Paul Verdon aurait avoué s’être dopé au cours d’un entretien avec l’intervieweuse star, Mila Varenne.',
      'Cette nuit, les yeux du monde entier étaient tournés vers VTN, la chaîne de Mila Varenne.',
      'La première partie de l’entretien est actuellement diffusée sur la chaîne de télévision VTN.',
    ];
    expect(ask(paragraphs, 'Sur quelle chaîne l’entretien de Paul Verdon a-t-il été révélé ?').answer).toBe('VTN');
  });
  it('answers "sur quel réseau social" with the platform the text names ("sur son compte Twitter")', () => {
    const paragraphs = ['Mila Varenne a expliqué sur son compte Twitter que la rencontre avec Paul Verdon avait été franche.'];
    expect(ask(paragraphs, 'Sur quel réseau social Mila Varenne a-t-elle parlé de la rencontre ?').answer ?? '').toContain('Twitter');
  });
  it('answers "Qui défend X ?" with the one a sentence calls X’s "conseil"', () => {
    expect(ask(DEFENCE, 'Qui défend Paul Verdon devant les juges ?').answer ?? '').toContain('Lina Korbak');
  });
  it('does not give "Me Y" as the lawyer of someone the question names by a noun ("le conseil de la veuve de X") (guard)', () => {
    expect(ask(DEFENCE, 'Qui est le conseil de la veuve de Karl Menz ?').answer).toBeNull();
  });
  it('still answers "Qui assure la défense de X ?" so (guard)', () => {
    expect(ask(DEFENCE, 'Qui assure la défense de Paul Verdon devant la justice ?').answer ?? '').toContain('Lina Korbak');
  });
  it('ends a field of government before the name after it, its given name unknown ("la ministre de la Culture Zorya Abdul Menz")', () => {
    expect(names('La ministre de la Culture Zorya Abdul Menz a salué un artiste.')).toContain('Zorya Abdul Menz');
  });
  it('reads a family name alone after "à" as the person named in full elsewhere, not as a place', () => {
    const articles = [
      dated('001', ['La candidate Lina Korbak a été reçue mardi par le président.']),
      dated('002', ['Après la démission du ministre, le président demandera à Korbak de former un gouvernement. Korbak prononcera son premier discours à Brelance. Korbak sera reçue mercredi.']),
    ];
    const k = knowledgeOf(articles);
    const korbak = k.ann.entities.filter((e) => e.name.includes('Korbak'));
    expect(korbak.map((e) => [e.name, e.type])).toEqual([['Lina Korbak', 'person']]);
  });
});

describe('roles', () => {
  it('answers "Le maire de La Ville-sur-Mer" with "le maire, X" in a sentence after the town is named', () => {
    const paragraphs = ['Les obsèques de Karl Menz seront célébrées samedi dans sa commune natale de La Brelance-sur-Mer. « Il aimait profiter ici de sa maison », souligne dans un communiqué le maire, Paul Verdon.'];
    expect(ask(paragraphs, 'Le maire de La Brelance-sur-Mer, il s’appelle comment ?').answer ?? '').toContain('Paul Verdon');
  });
  it('reads "représentant de l’État" as the préfet', () => {
    const paragraphs = ['Vendredi, le préfet du Valdor Paul Verdon a pris un arrêté d’interdiction de manifester dans la commune.'];
    expect(ask(paragraphs, 'Quel représentant de l’État dans le Valdor a interdit de manifester dans la commune ?').answer ?? '').toContain('Paul Verdon');
  });
  it('answers a prêtre asked with the recteur of a parish', () => {
    const paragraphs = ['La cérémonie aura lieu à 14h30 en l’église Saint-Vorn et sera menée par le Père Karl Menz, recteur de la paroisse de Brelance.'];
    expect(ask(paragraphs, 'C’est qui le prêtre qui a mené la cérémonie ?').answer ?? '').toContain('Karl Menz');
  });
  it('ends a role in apposition before "comme l’a appris …"', () => {
    const k = knowledgeOf([dated('001', ['La cérémonie sera menée par le Père Karl Menz, recteur de la paroisse de Brelance comme l’a appris Radio Valdor auprès du presbytère.'])]);
    const menz = k.ann.entities.find((e) => e.name === 'Karl Menz');
    expect(menz?.descriptions.map((d) => d.text)).toEqual(['recteur de la paroisse de Brelance']);
  });
});

describe('times and quantities', () => {
  it('finds "Il était né le 3 mai 1931" for "la date de naissance de X"', () => {
    const paragraphs = ['Le cinéaste Karl Menz est mort mardi à Brelance.', 'Il était né le 3 mai 1931 à Valdor et a commencé sa carrière comme critique.'];
    expect(ask(paragraphs, 'Quelle est la date de naissance de Karl Menz ?').answer ?? '').toContain('3 mai 1931');
  });
  it('still answers "Il est né où, X ?" once "né" takes the term of "naissance" (guard)', () => {
    const paragraphs = ['Le cinéaste Karl Menz est mort mardi à Brelance.', 'Karl Menz était né le 3 mai 1931 à Valdor.'];
    expect(ask(paragraphs, 'Il est né où, Karl Menz ?').answer ?? '').toContain('Valdor');
  });
  it('still answers "Où est né X ?" with the town right after "né", not the one a relative clause gives (guard)', () => {
    const paragraphs = ['Choquée par l’annonce de la radicalisation de son fils né à Valdor-les-Bains (Valdor), la mère de Karl Menz, qui vivait à Brelance (Savoie) où il venait de terminer ses études, ne veut pas y croire.'];
    expect(ask(paragraphs, 'Où est né Karl Menz ?').answer ?? '').toContain('Valdor-les-Bains');
  });
  it('answers "quelle voiture" with the make after an indefinite article ("à l’aide d’une Clio")', () => {
    const paragraphs = ['Paul Verdon est suspecté d’avoir conduit les deux hommes à Brelance à l’aide d’une Clio.'];
    expect(ask(paragraphs, 'Avec quelle bagnole Paul Verdon a-t-il conduit les deux hommes ?').answer ?? '').toContain('Clio');
  });
  it('counts a sentence about "la suite de l’entretien" as another part than "la première partie" asked', () => {
    const q = firstPartAsked();
    const asked = ordinalAsked(q);
    expect(ordinalFactor(asked, 'La suite de l’entretien sera diffusée vendredi soir.', q)).toBe(TUNING.otherOrdinal);
  });
  it('still reads "à la suite de" as no later part (guard)', () => {
    const q = firstPartAsked();
    expect(ordinalFactor(ordinalAsked(q), 'À la suite de l’entretien, la chaîne a diffusé un débat jeudi.', q)).toBe(1);
  });
  it('does not answer "à quelle heure précise" with a time the text gives roughly ("peu avant 10h")', () => {
    const paragraphs = ['Un homme a attaqué plusieurs personnes ce jeudi peu avant 10h dans le jardin public de Brelance.'];
    expect(ask(paragraphs, 'À quelle heure précise l’homme a-t-il attaqué dans le jardin ?').answer).toBeNull();
  });
  it('still answers "à quelle heure" with a rough time when no precision is asked (guard)', () => {
    const paragraphs = ['Un homme a attaqué plusieurs personnes ce jeudi peu avant 10h dans le jardin public de Brelance.'];
    expect(ask(paragraphs, 'À quelle heure l’homme a-t-il attaqué dans le jardin ?').answer ?? '').toContain('10h');
  });
  it('reads "à une heure fréquentée" as no time of day', () => {
    const paragraphs = ['L’auvent de la gare de Brelance s’est écroulé vendredi à une heure fréquentée, trois mois après des travaux.'];
    expect(ask(paragraphs, 'À quelle heure l’auvent de la gare s’est-il écroulé ?').answer ?? '').not.toContain('1h');
  });
  it('reads "a duré plus de deux heures et demie" as a duration, not a time of day', () => {
    const paragraphs = ['L’animatrice Mila Varenne a expliqué que la rencontre avait duré plus de deux heures et demie et qu’elle avait été franche.'];
    expect(ask(paragraphs, 'La rencontre, ça a duré combien de temps ?').answer ?? '').toContain('deux heures et demie');
  });
});

describe('colloquial questions', () => {
  it('reads "aux States" as the United States and "le tête-à-tête" as the interview', () => {
    expect(standardize('Le tête-à-tête, il passait sur quelle chaîne aux States ?')).toBe('Le entretien, il était diffusé sur quelle chaîne aux états-unis ?');
  });
});
