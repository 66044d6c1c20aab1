/** Session 43: behaviour read on real articles, checked on small invented ones (names and sentences of my own). */
import { describe, expect, it } from 'vitest';
import { engineOf, fromFile } from './tiny-corpus.js';
import { annotate } from '../../src/nlp/annotate.js';
import type { Article } from '../../src/corpus/types.js';

const ask = (text: string, question: string) => engineOf([fromFile('001.md', text)]).ask(question);
const article = (text: string, id = '001'): Article => ({ id, file: `${id}.md`, title: 'Titre', language: 'fr', paragraphs: text.split('\n\n'), bytes: text.length });
const entitiesOf = (text: string) => annotate([article(text)]).entities.map((e) => ({ name: e.name, type: e.type }));

describe('counts', () => {
  const text = 'Une bougie à la main, quelques centaines de personnes, 380 selon la gendarmerie, ont participé à la marche blanche de Tarvel.';
  it('reads a bare figure a source gives after a vague count as that count ("quelques centaines de personnes, 380 selon la gendarmerie")', () => {
    expect(ask(text, 'Combien de personnes ont participé à la marche blanche ?').answer).toContain('380');
  });
  it('answers "combien … d’après la gendarmerie" with the figure that source gives, shown with it', () => {
    expect(ask(text, 'Ils étaient combien à la marche blanche d’après la gendarmerie ?').answer).toBe('380 selon la gendarmerie');
  });
});

describe('durations', () => {
  it('reads a duration in a clause that "et" and an auxiliary join to the first one ("a été lancé jeudi, et a duré 40 minutes")', () => {
    const text = 'L’assaut final a été lancé ce jeudi, à 6 heures du matin, et a duré 40 minutes. Les soldats fouillent les maisons.';
    expect(ask(text, 'L’assaut final, il a duré combien de temps ?').answer).toContain('40 minutes');
  });
  it('does not date one fact by the day of another one the same subject did after ", et" (guard)', () => {
    const text = 'Le suspect Olaf Brenn a été arrêté lundi 4 mars, et a été libéré vendredi 8 mars.';
    expect(ask(text, 'Olaf Brenn a été arrêté quel jour ?').answer).toContain('4 mars');
  });
});

describe('names', () => {
  it('does not read "Los Angeles" as the short form of a newspaper named after the city', () => {
    const text = 'Le Los Angeles Times a révélé l’affaire. La chanteuse vivait à Los Angeles depuis dix ans.';
    expect(entitiesOf(text)).toContainEqual({ name: 'Los Angeles', type: 'place' });
  });
  it('keeps a capitalised title that opens an item of a list as part of the name ("ses fils, Prince Arno (9 ans) et …")', () => {
    const text = 'La garde de ses deux fils, Prince Arno (9 ans) et Prince Arno II (5 ans), a été confiée à leur tante, Mira Kovel.';
    const names = entitiesOf(text).map((e) => e.name);
    expect(names).toContain('Prince Arno');
  });
});

describe('who', () => {
  it('answers "À qui … a-t-on confié …" with the one the thing is given to, not the names of the thing given', () => {
    const text = 'Le tribunal de Varna a accordé à la sœur du défunt, Ilsa Morven, 61 ans, la garde provisoire des deux enfants de son frère, Tomas Morven (10 ans) et Lina Morven (8 ans).';
    expect(ask(text, 'À qui le tribunal a-t-il confié la garde des deux enfants ?').answer).toContain('Ilsa Morven');
  });
});

describe('where', () => {
  it('gives a named venue over the town written right after it ("au cimetière de Vell Hollow, à Marlon")', () => {
    const text = 'La famille a quitté la maison de Dorrin pour se rendre au cimetière de Vell Hollow, à Marlon, pour la cérémonie privée.';
    expect(ask(text, 'La cérémonie privée, elle a eu lieu où ?').answer).toContain('Vell Hollow');
  });
  it('answers "Par quel côté …" with the side the text gives, not the town after it', () => {
    const text = 'Le 6 janvier à 14 h 12, des manifestants ont commencé à grimper par une fenêtre dont ils avaient fracassé la vitre du côté nord-ouest du palais Vardin à Lyon.';
    expect(ask(text, 'Par quel côté du palais Vardin les manifestants ont-ils grimpé par la fenêtre ?').answer).toBe('côté nord-ouest');
  });
  it('reads the colloquial "se planquait" as "se cachait"', () => {
    const text = 'Le fugitif Karel Mott se cachait dans une ferme de Velden depuis trois semaines. Il a été arrêté lundi à Dorrin.';
    expect(ask(text, 'Karel Mott, il se planquait où depuis trois semaines ?').answer).toContain('Velden');
  });
});
