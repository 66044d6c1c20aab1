/** Session 35: behaviour read on real articles, checked on small invented ones. */
import { describe, expect, it } from 'vitest';
import { engineOf, fromFile } from './tiny-corpus.js';
import { annotate } from '../../src/nlp/annotate.js';
import type { Article } from '../../src/corpus/types.js';

const ask = (text: string, question: string) => engineOf([fromFile('001.md', text)]).ask(question);
const article = (text: string): Article => ({ id: '001', file: '001.md', title: 'Titre', language: 'fr', paragraphs: text.split('\n\n'), bytes: text.length });
const typeOf = (text: string, name: string) => annotate([article(text)]).entities.find((e) => e.name === name)?.type;

describe('a name that opens on a saint’s word ("San", "Santa")', () => {
  it('is no person, though a given name follows ("la mine San Pedro")', () => {
    expect(typeOf('Les mineurs sont remontés de la mine San Pedro, dans le nord du pays, jeudi.', 'San Pedro')).not.toBe('person');
  });
  it('answers no "who" question', () => {
    const text = 'Tomas Riva, 34 ans, a été remonté jeudi à la surface de la mine San Pedro, devenant le 12e mineur à être secouru.';
    expect(ask(text, 'Le 12e mineur secouru, il s’appelle comment ?').answer).toContain('Tomas Riva');
  });
  it('leaves a person of two names a person (guard)', () => {
    expect(typeOf('Les mineurs ont été accueillis par Pedro Alvarez, jeudi.', 'Pedro Alvarez')).toBe('person');
  });
});

describe('a venue named after someone ("le Jardin Bella Vista")', () => {
  it('is one place, not a noun and a person', () => {
    const text = 'Le cercueil a ensuite été transporté au Jardin Marta Vidal, où la cérémonie privée a été célébrée.';
    const entities = annotate([article(text)]).entities;
    expect(entities.find((e) => e.name === 'Jardin Marta Vidal')?.type).toBe('place');
    expect(entities.some((e) => e.name === 'Marta Vidal' && e.type === 'person')).toBe(false);
  });
});

describe('a role completed by a capitalised class noun ("le ministre des Mines")', () => {
  it('is not held by a minister of something else', () => {
    const text = [
      'Le ministre des Mines Ramon Ortiz a présenté la capsule aux familles.',
      'La capsule est détachable, a précisé le ministre de la Santé Julio Ferrer, associé aux secours.',
    ].join('\n\n');
    expect(ask(text, 'Qui était le ministre des Mines pendant les secours ?').answer).toContain('Ramon Ortiz');
  });
});

describe('"se passer" in a question ("ça s’est passé quand ?")', () => {
  it('frames the question: a sentence where someone "a passé" days is not read for it', () => {
    const text = [
      'Le dernier mineur a été remonté à la surface 22 heures après le premier, mercredi à 21h55 (jeudi 0h55 GMT), il aurait passé 70 jours sous terre.',
      'Au même moment, des ballons ont été lancés au-dessus du camp, où les proches des mineurs les ont attendus depuis l’éboulement qui les a piégés à 600 m de profondeur le 5 août.',
    ].join('\n\n');
    expect(ask(text, 'L’éboulement dans la mine, ça s’est passé quand ?').answer).toContain('5 août');
  });
});

describe('what a participle asked "de quoi" is of', () => {
  it('is what the text gives after it ("accusés d’homicide …")', () => {
    const text = 'Les trois employés arrêtés ont été accusés d’homicide involontaire et de destruction de preuves, selon la police.';
    const { answer } = ask(text, 'De quoi sont accusés les trois employés arrêtés ?');
    expect(answer).toContain('homicide involontaire');
    expect(answer).not.toContain('employés');
  });
  it('is not told by a sentence that never says the participle', () => {
    const text = 'Le train de voyageurs est entré en collision avec le train de marchandises à une vitesse de 130 km/h.';
    expect(ask(text, 'Le train de marchandises, il était chargé de quoi ?').answer).toBeNull();
  });
});

describe('a church asked by its noun ("Dans quelle église …")', () => {
  it('is the name the noun is in apposition to ("la Salvakirche, vieille église de Tarvik")', () => {
    const text = 'Dans la Salvakirche, vieille église gothique de Tarvik, hommage, en présence du président Jaan Tamm, aux victimes de la bousculade.';
    expect(ask(text, 'Dans quelle église a eu lieu l’hommage aux victimes ?').answer).toContain('Salvakirche');
  });
});

describe('a place asked of a fact the question dates ("les funérailles du samedi 27 août")', () => {
  it('is not told by a sentence that dates its own fact by another day', () => {
    const text = [
      'Le pays a rendu ce samedi 27 août un hommage solennel aux victimes du séisme.',
      'Dans un gymnase de Valmora, le président et des centaines d’habitants ont participé aux funérailles de 35 victimes.',
      'Une autre cérémonie de funérailles, sans les corps, est prévue mercredi 31 août à Pervik.',
    ].join(' ');
    expect(ask(text, 'Les funérailles du samedi 27 août, ça se passait dans quelle ville ?').answer).not.toBe('Pervik');
  });
});

describe('a town asked by a noun the text puts in apposition ("à Tigre, localité à 30 km de …")', () => {
  it('is the name the apposition describes, not the landmark inside it', () => {
    const text = 'Le champion se trouvait chez lui à Pervik, localité à 30 km au nord de Valmora, au moment de son décès.';
    expect(ask(text, 'Dans quelle localité se trouvait la maison où il est décédé ?').answer).toBe('Pervik');
  });
});

describe('a street asked of a venue "situé rue de …" (guard)', () => {
  it('is that street', () => {
    const text = 'La fusillade a éclaté à l’hôtel de l’Étoile du Nord, situé rue de la Paix, selon un témoin.';
    expect(ask(text, 'L’Étoile du Nord, c’est dans quelle rue ?').answer).toContain('rue de la Paix');
  });
});

describe('a position asked relative to a landmark', () => {
  it('is the candidate that tells a position, not a better-ranked country (guard)', () => {
    const text = [
      'Ce samedi 7 octobre, la Valmorie a été touchée par un séisme de magnitude 6,3.',
      'L’épicentre du séisme a été localisé à 40 kilomètres au nord-ouest de Pervik, selon l’institut.',
    ].join(' ');
    expect(ask(text, 'L’épicentre du séisme, il était situé où par rapport à Pervik ?').answer).toContain('nord-ouest');
  });
  it('is no compass adjective of a region ("la province occidentale de X")', () => {
    const text = 'Une série de séismes a secoué la province occidentale de Pervik, rasant des villages.';
    expect(ask(text, 'L’épicentre du séisme, il était situé où par rapport à Pervik ?').answer).toBeNull();
  });
});

describe('a one-word name the corpus writes far more often as a common word', () => {
  it('answers no "who" question ("spécialiste aéronautique Air et Cosmos")', () => {
    const text = [
      'Pour Xavier Tamm, ancien aviateur et spécialiste aéronautique Air et Cosmos, un missile serait à l’origine du crash.',
      'L’air était froid. Les secours ont travaillé en plein air. La qualité de l’air a été mesurée.',
    ].join('\n\n');
    expect(ask(text, 'Le spécialiste aéro qui parle d’un missile, c’est qui ?').answer).toContain('Xavier Tamm');
  });
});

describe('a brand asked ("c’était quelle marque ?")', () => {
  it('is no body a name completes ("un photographe de l’AFP") nor a source ("selon BFMTV")', () => {
    const text = [
      'Les pompiers s’affairaient auprès de la carcasse du bus renversé, a constaté un photographe de l’AFP.',
      'Des notes ont été retrouvées dans la voiture du tireur, selon BFMTV.',
    ].join('\n\n');
    expect(ask(text, 'Le bus accidenté, c’était quelle marque ?').answer).toBeNull();
  });
  it('is the name an article sets before the thing ("une BMW de couleur noire") (guard)', () => {
    const text = 'Selon les images de vidéosurveillance, la voiture, une BMW de couleur noire, était garée devant le musée. La police recherche la BMW.';
    expect(ask(text, 'La voiture, c’était quelle marque ?').answer).toContain('BMW');
  });
});

describe('a reflexive verb of speech ("s’est écrié", "s’est exclamé")', () => {
  const speakers = (text: string) => annotate([article(text)]).speech.map((a) => a.speakerText);
  it('makes the name after it the speaker, an adjective between', () => {
    expect(speakers('« Vive le pays ! », s’est écrié surexcité Tomas Riva, 39 ans.')).toEqual(['Tomas Riva']);
    expect(speakers('« Enfin libres ! », s’est exclamé Tomas Riva.')).toEqual(['Tomas Riva']);
  });
  it('leaves a participle of another sense alone ("emporté par la crue") (guard)', () => {
    expect(speakers('La voiture de Tomas Riva a été emportée par la crue, selon les pompiers.')).not.toContain('Tomas Riva');
  });
});

describe('agency copy cut at a fixed width', () => {
  it('runs a line that ends on a function word into the next, whatever its case ("du meurtre de" / "Boris …")', async () => {
    const { readArticle } = await import('../../src/corpus/read-article.js');
    const text = [
      'La police a nommé mardi le commanditaire présumé du meurtre de ',
      'Jaan Tamm, abattu en février à Pervik, mais les ',
      'proches de l’opposant doutent.',
      '',
      'Un deuxième paragraphe.',
      'Une ligne de titre',
      'Une autre ligne.',
    ].join('\n');
    const { article } = readArticle('001.txt', new TextEncoder().encode(text));
    expect(article!.paragraphs[0]).toBe('La police a nommé mardi le commanditaire présumé du meurtre de Jaan Tamm, abattu en février à Pervik, mais les proches de l’opposant doutent.');
    expect(article!.paragraphs[1]).toBe('Un deuxième paragraphe.\nUne ligne de titre\nUne autre ligne.');
  });
});

describe('a name given an age in a noun’s apposition ("Majiku, un grand garçon de 23 ans")', () => {
  it('is a person, and the pronoun that speaks after it is that person', () => {
    const text = [
      'À ses côtés, Oduya, un grand garçon de 23 ans aux yeux rougis, confie être resté dix heures sous son lit.',
      '« J’ai perdu presque tous mes amis », confie-t-il au micro de la radio.',
    ].join(' ');
    expect(typeOf(text, 'Oduya')).toBe('person');
    expect(ask(text, 'Oduya a confié quoi à la radio sur ses amis ?').answer).toContain('perdu presque tous mes amis');
  });
});
