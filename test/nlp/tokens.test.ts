import { describe, expect, it } from 'vitest';
import { isElision, stem, terms, tokenize } from '../../src/nlp/tokens.js';
import { fold, foldChars } from '../../src/nlp/fold.js';

describe('tokenize', () => {
  it('peels French elisions (straight and typographic apostrophes) off the word that follows, with offsets', () => {
    const text = "L'équipement d’Extrême-Orient qu'il";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(["L'", 'équipement', 'd’', 'Extrême-Orient', "qu'", 'il']);
    expect(tokens.map((t) => [t.start, t.end])).toEqual([[0, 2], [2, 12], [13, 15], [15, 29], [30, 33], [33, 35]]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('marks capitalised words, and only those', () => {
    expect(tokenize("L'équipement d’Extrême-Orient qu'il").map((t) => t.upper)).toEqual([true, false, false, true, false, false]);
  });

  it('keeps hyphenated words and words whose apostrophe is not an elision whole', () => {
    expect(tokenize("nord-coréen aujourd'hui").map((t) => t.text)).toEqual(['nord-coréen', "aujourd'hui"]);
  });

  it("splits the long elisions jusqu', lorsqu' and presqu'", () => {
    expect(tokenize("jusqu'à lorsqu'elle presqu'île").map((t) => t.text)).toEqual(["jusqu'", 'à', "lorsqu'", 'elle', "presqu'", 'île']);
  });

  it('drops punctuation and returns nothing for text without words', () => {
    expect(tokenize('« — » ?! … ***')).toEqual([]);
    expect(tokenize('')).toEqual([]);
  });

  it('keeps numbers as words', () => {
    expect(tokenize('à 10h30, 35 %').map((t) => t.text)).toEqual(['à', '10h30', '35']);
  });
});

describe('isElision', () => {
  it('is true for an elided article or pronoun token, false for a word', () => {
    const [l, word] = tokenize("l'accord");
    expect(isElision(l)).toBe(true);
    expect(isElision(word)).toBe(false);
  });
});

describe('stem', () => {
  it('gives one stem to the inflections of a French verb', () => {
    expect(stem('rencontrés')).toBe(stem('rencontre'));
    expect(stem('négociations')).toBe(stem('négociation'));
  });
});

describe('terms', () => {
  it('drops elisions and stop words, folds accents and stems', () => {
    expect(terms("L'équipement d’Extrême-Orient qu'il")).toEqual(['equip', 'extrem', 'orient']);
  });

  it('reads a decimal number as one term, whatever its separator, and a thousands separator as two words as a space is', () => {
    expect(terms('une réplique de magnitude 6,7')).toEqual(['repliqu', 'magnitud', '6,7']);
    expect(terms('magnitude 7.5')).toEqual(terms('magnitude 7,5'));
    expect(terms('2.379 morts')).toEqual(terms('2 379 morts'));
  });

  it('gives "rencontrés", "rencontre" and "Rencontrées" the same term', () => {
    const [a] = terms('rencontrés');
    expect(a).toBe('rencontr');
    expect(terms('rencontre')).toEqual([a]);
    expect(terms('Rencontrées')).toEqual([a]);
  });

  it('folds accents so that accented and plain spellings meet', () => {
    expect(terms('négociation')).toEqual(terms('negociation'));
    expect(terms('Émissions de méthane')).toEqual(['emiss', 'methan']);
  });

  it('reads letters with a stroke as their base letter, offsets kept ("Jarosław" meets "Jaroslaw")', () => {
    expect(terms('Jarosław')).toEqual(terms('Jaroslaw'));
    expect(fold('Łódź, Søren')).toBe('lodz, soren');
    expect(foldChars('Jarosław').length).toBe('Jarosław'.length);
  });

  it('splits hyphenated words into their parts', () => {
    expect(terms('porte-parole')).toEqual([...terms('porte'), ...terms('parole')]);
  });

  it('returns nothing for stop words only', () => {
    expect(terms('Il a dit que les et de la')).toEqual(terms('dit'));
    expect(terms('le la les de du')).toEqual([]);
  });
});

describe('stop words and accents', () => {
  it('keeps a word that folds to a stop word but is written otherwise ("né" is not "ne"; it takes the term of "naissance")', () => {
    expect(terms('Il est né à Bondy')).toContain('naissanc');
    expect(terms('Il est né à Bondy')).toEqual(terms('naissance à Bondy'));
    expect(terms('Il ne vient pas')).not.toContain('ne');
    expect(terms('Il a été élu')).not.toContain('ete');
  });
});
