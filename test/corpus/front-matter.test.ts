import { describe, expect, it } from 'vitest';
import { parseFrontMatter, withoutTrailingComment } from '../../src/corpus/front-matter.js';

describe('parseFrontMatter', () => {
  it('returns the whole text as body when there is no header', () => {
    const text = 'Le sommet a eu lieu jeudi.\n\nKim Jong-un est arrivé.';
    expect(parseFrontMatter(text)).toEqual({ meta: {}, body: text, problems: [], problemReasons: [] });
  });

  it('reads key: value lines between --- lines at the very top and returns the rest as body', () => {
    const result = parseFrontMatter(
      '---\ntitle: Kim Jong-un en Russie\nsource: AFP\npublished: 2019-04-24\n---\nUn sommet historique.\n',
    );
    expect(result.meta).toEqual({ title: 'Kim Jong-un en Russie', source: 'AFP', published: '2019-04-24' });
    expect(result.body).toBe('Un sommet historique.\n');
    expect(result.problems).toEqual([]);
  });

  it('folds keys to lower case, trims values and keeps colons after the first one', () => {
    const { meta } = parseFrontMatter('---\nTitle:   Sommet à Vladivostok  \nURL: https://example.org/a?b=c:d\n---\nTexte.');
    expect(meta).toEqual({ title: 'Sommet à Vladivostok', url: 'https://example.org/a?b=c:d' });
  });

  it('removes one pair of surrounding quotes, and only around a lone quoted value', () => {
    const { meta } = parseFrontMatter(
      [
        '---',
        'a: "Kim : « un succès »"',
        "b: 'l''Extrême-Orient'",
        "c: 'jeudi' et 'vendredi'",
        'd: "x"y"',
        'e: "',
        '---',
        'Texte.',
      ].join('\n'),
    );
    expect(meta).toEqual({
      a: 'Kim : « un succès »',
      b: "l'Extrême-Orient",
      c: "'jeudi' et 'vendredi'",
      d: '"x"y"',
      e: '"',
    });
  });

  it('skips blank and # comment lines inside the header and keeps empty values', () => {
    const result = parseFrontMatter('---\n# note\ntitle: Sommet\n\nsource:\n---\nTexte.');
    expect(result.meta).toEqual({ title: 'Sommet', source: '' });
    expect(result.problems).toEqual([]);
  });

  it('accepts CRLF line ends and a BOM before the header', () => {
    const result = parseFrontMatter('\uFEFF---\r\ntitle: Sommet\r\n---\r\nTexte.\r\n');
    expect(result.meta).toEqual({ title: 'Sommet' });
    expect(result.body).toBe('Texte.\r\n');
  });

  it('reads an empty header', () => {
    expect(parseFrontMatter('---\n---\nTexte.')).toEqual({ meta: {}, body: 'Texte.', problems: [], problemReasons: [] });
  });

  it('reports a line that is not key: value with its line number', () => {
    const result = parseFrontMatter('---\ntitle: Sommet\nceci n’est pas une clé\n  - liste\n---\nTexte.');
    expect(result.problems).toEqual([
      "line 3 is not 'key: value': ceci n’est pas une clé",
      "line 4 is not 'key: value': - liste",
    ]);
    expect(result.meta).toEqual({ title: 'Sommet' });
    expect(result.body).toBe('Texte.');
  });

  it('reports a key given twice and keeps the first value', () => {
    const result = parseFrontMatter('---\ntitle: Premier\nTITLE: Second\n---\nTexte.');
    expect(result.problems).toEqual(["key 'title' is given twice (lines 2 and 3)"]);
    expect(result.meta).toEqual({ title: 'Premier' });
  });

  it('reports an unclosed header and returns the whole text as body', () => {
    const text = '---\ntitle: Sommet\nLe sommet a eu lieu jeudi.';
    const result = parseFrontMatter(text);
    expect(result.meta).toEqual({});
    expect(result.body).toBe(text);
    expect(result.problems).toEqual(["the header opened on line 1 is never closed: add a '---' line after its last key"]);
  });

  it('does not treat a --- line below the first line as a header', () => {
    const text = 'Titre\n---\ntitle: x\n---\n';
    expect(parseFrontMatter(text)).toEqual({ meta: {}, body: text, problems: [], problemReasons: [] });
  });
});

describe('parseFrontMatter and trailing comments', () => {
  it('takes a comment off a quoted value, keeping the # inside the quotes', () => {
    const { meta, problems } = parseFrontMatter('---\ntitle: "Le numéro # 1" # note du rédacteur\nsource: \'AFP # Paris\'  # agence\n---\nTexte.\n');
    expect(problems).toEqual([]);
    expect(meta).toEqual({ title: 'Le numéro # 1', source: 'AFP # Paris' });
  });

  it('keeps a plain value whole: free text may hold " #"', () => {
    expect(parseFrontMatter('---\ntitle: Le mouvement #MeToo et le numéro # 1\n---\nTexte.\n').meta.title).toBe('Le mouvement #MeToo et le numéro # 1');
  });

  it('offers the value without its comment, only where a # follows white space', () => {
    expect(withoutTrailingComment('2020-01-09 # édition papier')).toBe('2020-01-09');
    expect(withoutTrailingComment('2020-01-09\t#x')).toBe('2020-01-09');
    expect(withoutTrailingComment('https://example.org/a#frag')).toBeUndefined();
    expect(withoutTrailingComment('2020-01-09')).toBeUndefined();
  });
});
