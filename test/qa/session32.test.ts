/** Session 32: behaviour read on real articles, checked on small invented ones. */
import { describe, expect, it } from 'vitest';
import { engineOf, fromFile } from './tiny-corpus.js';
import { findNames } from '../../src/nlp/entities.js';
import { annotate } from '../../src/nlp/annotate.js';
import type { Article } from '../../src/corpus/types.js';
import { tokenize } from '../../src/nlp/tokens.js';
import { models, venues } from '../../src/qa/spans.js';
import { questionType } from '../../src/qa/question-kind.js';
import { relatedTerms } from '../../src/nlp/word-family.js';

const ask = (text: string, question: string) => engineOf([fromFile('001.md', text)]).ask(question);
const article = (text: string): Article => ({ id: '001', file: '001.md', title: 'Titre', language: 'fr', paragraphs: text.split('\n\n'), bytes: text.length });
const acts = (text: string) => annotate([article(text)]).speech.map((a) => ({ speaker: a.speakerText, text: a.text }));
const names = (sentence: string) => findNames(sentence, tokenize(sentence), () => false).map((s) => sentence.slice(s.start, s.end));

describe('a quote told to a body', () => {
  it('is the speaker’s after the body, not the body’s ("a raconté à l’AFP la ministre … X")', () => {
    const text = [
      'Les cendres du poète ont été placées dans une urne de pierre blanche, a constaté un photographe de l’AFP au cimetière de Tarvak.',
      '« Il n’y a pas eu de discours, c’était très sobre », a raconté à l’AFP la ministre de la Culture Mirela Voss, venue aux obsèques.',
    ].join('\n\n');
    const said = acts(text).find((a) => a.text.includes('très sobre'));
    expect(said?.speaker).toContain('Mirela Voss');
    const answer = ask(text, "Qu'a raconté Mirela Voss à l'AFP sur la cérémonie au cimetière ?").answer ?? '';
    expect(answer).toContain('très sobre');
    expect(answer).not.toContain('urne');
  });
});

describe('a quotation that opens a paragraph of its own', () => {
  it('is about what the sentence before, naming its speaker, says ("… évacuait les chevaux." / « … », raconte-t-elle)', () => {
    const text = [
      'À Valmont, Liisa Tamm dit avoir eu peur de mourir alors qu’elle évacuait les chevaux de ses écuries.',
      '« Il y avait tellement de fumée que je ne voyais plus rien », raconte-t-elle à l’AFP depuis un centre d’accueil.',
    ].join('\n\n');
    expect(ask(text, "Qu'a raconté Liisa Tamm à l'AFP sur sa fuite avec les chevaux ?").answer).toContain('tellement de fumée');
  });
});

describe('a time asked of a person and an act', () => {
  it('is not read off a sentence that names the person and says nothing else of the question', () => {
    const text = [
      'À 19 heures, samedi, deux coups de canon ont retenti dans le centre de Tarvak pour marquer l’adieu à Oskar Lind.',
      'Mort de Oskar Lind, ancien président du pays.',
    ].join('\n\n');
    expect(ask(text, 'Oskar Lind est mort à quelle heure exactement ?').answer).toBeNull();
  });
  it('is still read off one that says other words of the question ("avait commencé son discours … devant ses partisans")', () => {
    const text = 'Oskar Lind avait commencé son discours peu après 18 heures devant ses partisans, sous un soleil intense, à Tarvak.';
    expect(ask(text, 'À quelle heure Oskar Lind a-t-il pris la parole devant ses partisans ?').answer).toContain('18');
  });
});

describe('a day asked with "jusqu’à quand"', () => {
  it('keeps the time the text gives right after it ("jusqu’à lundi 15H00")', () => {
    const text = 'Les aéroports de Tarvak et de Valmont ont rouvert samedi 17 avril 2010. Ils resteront ouverts « jusqu’à lundi 19 avril 15H00, au moins », a annoncé l’aviation civile.';
    expect(ask(text, "Jusqu'à quand les aéroports de Tarvak et Valmont devaient-ils rester ouverts ?").answer).toContain('15h');
  });
  it('keeps one given after a part of the day ("jusqu’à mardi matin » (08H00)")', () => {
    const text = 'Tous les aéroports du nord « resteront fermés au moins jusqu’à mardi matin » (08H00), a annoncé le Premier ministre Jaan Kask.';
    expect(ask(text, "Les aéroports du nord, ils restaient fermés jusqu'à quand ?").answer).toMatch(/mardi.*8h/);
  });
});

describe('a person asked by a noun no role list held', () => {
  it('"la fillette" asks a person: a platform named after "sur" is no answer', () => {
    const text = 'La police nationale a posté lundi sur Twitter la photo d’une fillette de 7 ans, retrouvée indemne dans les décombres avec sa mère à Tarvak.';
    expect(questionType('Comment s’appelle la fillette de 7 ans sortie indemne des décombres ?')).toMatchObject({ kind: 'who', expects: 'person' });
    expect(ask(text, "Comment s'appelle la fillette de 7 ans sortie indemne des décombres avec sa mère à Tarvak ?").answer).toBeNull();
  });
  it('"Quel géophysicien": a person noun after a prefix asks a person', () => {
    expect(questionType("Quel géophysicien de l'ENS a commenté les risques de l'éruption ?")).toMatchObject({ kind: 'who', expects: 'person' });
  });
});

describe('a venue in apposition to a name', () => {
  it('without an article, after a closing quotation mark, leaves the answer to the name ("à Tarqui », quartier de …")', () => {
    const text = '« Trois personnes ont été retrouvées en vie parmi les décombres à Velmora », quartier de la ville de Tarvak, ont annoncé les pompiers.';
    expect(ask(text, "Les trois rescapés sortis vivants par les pompiers, c'était dans quel quartier ?").answer).toBe('Velmora');
  });
});

describe('a floor asked', () => {
  it('is named by a rank written in figures ("au 7e étage")', () => {
    const text = 'Deux individus sont entrés dans l’hôtel de Tarvak et se sont adressés au réceptionniste. Ils sont ensuite montés au 7e étage où des coups de feu ont été entendus.';
    expect(ask(text, 'Après avoir parlé au réceptionniste, les deux assaillants sont montés à quel étage ?').answer).toBe('7e étage');
  });
});

describe('a venue noun that is an adjective', () => {
  it('after a capitalised noun with its elided article qualifies it ("l’Agence nationale de recherche")', () => {
    const text = 'Le directeur de l’Agence nationale de recherche et de secours, Tomas Vell, a confirmé que les plongeurs avaient repéré un train d’atterrissage.';
    expect(venues(text).map((v) => v.text).join(' | ')).not.toContain('nationale');
  });
});

describe('an amount asked by a verb of paying', () => {
  it('"Combien … pour indemniser" is answered by money, not by a duration', () => {
    const text = 'Le gouvernement de Tarvak a décrété un deuil national de trois jours et promis d’aider les familles des victimes.';
    expect(ask(text, 'Combien le gouvernement a-t-il prévu pour indemniser les familles des victimes ?').answer).toBeNull();
  });
});

describe('a model', () => {
  it('keeps its series and its figure ("Boeing 737 MAX 8")', () => {
    expect(models('Le Boeing 737 MAX 8 de la compagnie Tarvair est entré en service en août.').map((m) => m.text)).toEqual(['Boeing 737 MAX 8']);
  });
});

describe('names', () => {
  it('a title in capitals after a capitalised article is no name ("Le PDG de la compagnie")', () => {
    expect(names('Le PDG de la compagnie aérienne Tomas Vell a estimé que cette déclaration était fausse.')).toEqual(['Tomas Vell']);
  });
  it('a word in capitals made of a person’s initials is that person ("IBK")', () => {
    const ann = annotate([article('Le président Pierre Ivo Kask a visité l’hôtel de Tarvak.\n\nSamedi, PIK a décrété un deuil national de trois jours.')]);
    const kask = ann.entities.find((e) => e.name === 'Pierre Ivo Kask');
    expect(kask?.aliases).toContain('PIK');
    expect(kask?.type).toBe('person');
  });
});

describe('a quotation with its incise inside', () => {
  it('is the speaker’s the incise names (« …, dit-il. … »)', () => {
    const text = 'À Velmora, les recherches ont ralenti. Tomas Vell pourtant ne veut pas renoncer.\n\n« On a entendu cinq à six voix dans les gravats, dit-il. Les secouristes essaient de les sortir en vie. »';
    const said = acts(text).find((a) => a.text.includes('cinq à six voix'));
    expect(said?.speaker).toBe('il');
    expect(said?.text).not.toContain('dit-il');
    expect(ask(text, "Tomas Vell, il a dit quoi sur ce qu'on entendait sous les ruines ?").answer).toContain('cinq à six voix');
  });
});

describe('word forms', () => {
  it('a verb whose forms stem apart is matched across them ("entendait" / "entendu")', () => {
    expect(relatedTerms('entend')).toContain('entendu');
    expect(relatedTerms('atteint')).toContain('atteindr');
  });
});

describe('a count of times', () => {
  it('"combien de fois" is answered by "à 638 reprises"', () => {
    const text = 'Ennemis déclarés du régime, les services secrets ont tenté à 638 reprises de se débarrasser du dirigeant de Tarvak, Oskar Lind.';
    expect(ask(text, 'Les services secrets ont tenté combien de fois de se débarrasser de Lind ?').answer).toContain('638');
  });
});
