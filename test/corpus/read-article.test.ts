import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/corpus/read-article.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('readArticle', () => {
  it('reads the front matter into the article and splits the body into paragraphs', () => {
    const text = [
      '---',
      'title: Kim Jong Un rencontrera Vladimir Poutine jeudi à Vladivostok',
      'source: AFP',
      'url: https://www.example.ch/monde/kim-poutine',
      'published: 2019-04-23',
      'published_estimated: true',
      'language: FR',
      '---',
      'Le leader nord-coréen Kim Jong Un rencontrera Vladimir Poutine jeudi.',
      '',
      '«Notre président aura des discussions jeudi», a déclaré Iouri Ouchakov.',
      '',
      'Premier sommet depuis huit ans',
    ].join('\n');
    const bytes = utf8(text);
    const { article, problem, warning } = readArticle('001_ce70923b1b177842.md', bytes);
    expect(problem).toBeUndefined();
    expect(warning).toBeUndefined();
    expect(article).toEqual({
      id: '001_ce70923b1b177842',
      file: '001_ce70923b1b177842.md',
      title: 'Kim Jong Un rencontrera Vladimir Poutine jeudi à Vladivostok',
      source: 'AFP',
      url: 'https://www.example.ch/monde/kim-poutine',
      published: '2019-04-23',
      publishedEstimated: true,
      language: 'fr',
      paragraphs: [
        'Le leader nord-coréen Kim Jong Un rencontrera Vladimir Poutine jeudi.',
        '«Notre président aura des discussions jeudi», a déclaré Iouri Ouchakov.',
        'Premier sommet depuis huit ans',
      ],
      bytes: bytes.length,
    });
  });

  it('keeps unknown front-matter keys out of the article', () => {
    const { article } = readArticle(
      'a.md',
      utf8('---\ntitle: Sommet\npublished: 2019-04-25\npublished_note: le 25 avril est un jeudi\n---\nTexte.'),
    );
    expect(Object.keys(article!).sort()).toEqual(['bytes', 'file', 'id', 'language', 'paragraphs', 'published', 'title']);
    expect(article!.publishedEstimated).toBeUndefined();
  });

  it('reads a file without front matter: title from the first sentence, language fr', () => {
    const { article } = readArticle(
      'notes.txt',
      utf8('Un sommet historique. Le dictateur nord-coréen est en Russie.\n\nCette réunion est prévue jeudi.'),
    );
    expect(article).toMatchObject({
      id: 'notes',
      file: 'notes.txt',
      title: 'Un sommet historique.',
      language: 'fr',
      paragraphs: ['Un sommet historique. Le dictateur nord-coréen est en Russie.', 'Cette réunion est prévue jeudi.'],
    });
    expect(article!.published).toBeUndefined();
    expect(article!.source).toBeUndefined();
  });

  it('takes a crawl marker that opens the text as the page date, out of the text and the title', () => {
    const { article } = readArticle('page.txt', utf8(' date 2018-07 Douze enfants ont été retrouvés. La suite.\n\nFin.'));
    expect(article).toMatchObject({ crawlDate: '2018-07', title: 'Douze enfants ont été retrouvés.', paragraphs: ['Douze enfants ont été retrouvés. La suite.', 'Fin.'] });
    expect(article!.published).toBeUndefined();
    expect(readArticle('p.txt', utf8('date 2018-13 Texte.')).article!.crawlDate).toBeUndefined();
    expect(readArticle('p.txt', utf8('La date 2018-07 du texte.')).article!.crawlDate).toBeUndefined();
  });

  it('does not end the title sentence at an abbreviation such as M.', () => {
    const { article } = readArticle('a.txt', utf8('Selon M. Kim, la visite sera « un succès ». La suite est incertaine.'));
    expect(article!.title).toBe('Selon M. Kim, la visite sera « un succès ».');
  });

  it('cuts a long first sentence at a word to 120 characters with an ellipsis', () => {
    const sentence =
      "Le dirigeant nord-coréen Kim Jong-un et le président russe Vladimir Poutine se sont rencontrés le 25 avril à Vladivostok, en Russie, pour leur premier sommet bilatéral.";
    const { article } = readArticle('a.txt', utf8(`${sentence} Deuxième phrase.`));
    expect(article!.title).toBe(
      // With the next word ("Vladivostok…") it would be 121 characters long.
      'Le dirigeant nord-coréen Kim Jong-un et le président russe Vladimir Poutine se sont rencontrés le 25 avril à…',
    );
    expect(article!.title.length).toBeLessThanOrEqual(120);
  });

  it('strips a BOM and turns CRLF into LF', () => {
    const { article } = readArticle('win.md', utf8('\uFEFF---\r\ntitle: Sommet\r\npublished: 2019-04-25\r\n---\r\nPremier.\r\nSuite.\r\n\r\nDeuxième.\r\n'));
    expect(article).toMatchObject({ id: 'win', title: 'Sommet', published: '2019-04-25', paragraphs: ['Premier.\nSuite.', 'Deuxième.'] });
  });

  it('splits on runs of blank or white-space-only lines and keeps lines inside a paragraph verbatim', () => {
    const { article } = readArticle('a.md', utf8('---\ntitle: T\n---\n\n  Un,\ndeux.  \n\n\n \t \n\nTrois.\n\n'));
    expect(article!.paragraphs).toEqual(['Un,\ndeux.', 'Trois.']);
  });

  it('makes one paragraph per line when the body has several lines and no blank line at all', () => {
    const { article } = readArticle('004.md', utf8('---\ntitle: T\n---\nPremier paragraphe.\nDeuxième paragraphe.\n  Troisième.\n'));
    expect(article!.paragraphs).toEqual(['Premier paragraphe.', 'Deuxième paragraphe.', 'Troisième.']);
  });

  describe('files that are not articles', () => {
    const cases: [string, Uint8Array, string][] = [
      ['empty', new Uint8Array(), 'empty file (0 bytes)'],
      ['white space only', utf8(' \n\t\r\n  \n'), 'blank file (only white space)'],
      ['a BOM only', utf8('\uFEFF'), 'blank file (only white space)'],
      ['with a NUL byte', utf8('Le sommet\u0000 a eu lieu.'), 'binary file (contains NUL bytes)'],
      ['mostly control characters', new Uint8Array([0x01, 0x02, 0x1b, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47]), 'binary file (30% control characters)'],
      ['UTF-16', new Uint8Array([0xff, 0xfe, 0x41, 0x00]), 'UTF-16 text, not UTF-8: re-save it as UTF-8'],
      [
        'latin-1',
        Buffer.from('Le président a déclaré.', 'latin1'),
        'not UTF-8 text (byte 0xE9 at offset 5), perhaps Latin-1 or Windows-1252: re-save it as UTF-8',
      ],
      ['a truncated UTF-8 sequence', new Uint8Array([0x41, 0xc3]), 'not UTF-8 text (byte 0xC3 at offset 1), perhaps Latin-1 or Windows-1252: re-save it as UTF-8'],
      ['front matter only', utf8('---\ntitle: Sommet\n---\n\n  \n'), 'no text after the front matter'],
      [
        'a malformed header',
        utf8('---\ntitle: Sommet\nle sommet a eu lieu\n---\nTexte.'),
        "malformed front matter: line 3 is not 'key: value': le sommet a eu lieu",
      ],
      [
        'an unclosed header',
        utf8('---\ntitle: Sommet\nTexte.'),
        "malformed front matter: the header opened on line 1 is never closed: add a '---' line after its last key",
      ],
      ['a url that is not http(s)', utf8('---\nurl: ftp://example.org/a\n---\nTexte.'), "front matter 'url' is not an http(s) address: ftp://example.org/a"],
      ['a url that is not a url', utf8('---\nurl: www.example.org\n---\nTexte.'), "front matter 'url' is not an http(s) address: www.example.org"],
      ['a 3-letter language', utf8('---\nlanguage: fra\n---\nTexte.'), "front matter 'language' is not a 2-letter code (ISO 639-1, e.g. fr): fra"],
      ['a published_estimated that is not true/false', utf8('---\npublished_estimated: oui\n---\nTexte.'), "front matter 'published_estimated' is not true or false: oui"],
    ];
    for (const [name, bytes, reason] of cases) {
      it(`rejects a file ${name}`, () => {
        expect(readArticle('x.md', bytes)).toMatchObject({ problem: reason, problemReason: expect.objectContaining({ code: expect.any(String) }) });
        expect(readArticle('x.md', bytes).article).toBeUndefined();
      });
    }
  });

  describe("a bad 'published' date", () => {
    const file = (published: string): Uint8Array => utf8(`---\ntitle: Sommet\npublished: ${published}\npublished_estimated: true\n---\nTexte.`);

    it('is a problem by default and when strict', () => {
      const reason = "front matter 'published' is not a date (YYYY-MM-DD): 2019-13-45";
      expect(readArticle('x.md', file('2019-13-45'))).toMatchObject({ problem: reason, problemReason: { code: 'badPublished', params: { value: '2019-13-45' } } });
      expect(readArticle('x.md', file('2019-13-45'), { strict: true })).toMatchObject({ problem: reason });
    });

    it('is dropped with a warning when not strict, keeping the article', () => {
      const result = readArticle('x.md', file('2019-13-45'), { strict: false });
      expect(result.problem).toBeUndefined();
      expect(result.warning).toBe("front matter 'published' is not a date (YYYY-MM-DD): 2019-13-45; kept the article without a date");
      expect(result.article).toMatchObject({ id: 'x', title: 'Sommet', paragraphs: ['Texte.'] });
      expect(result.article!.published).toBeUndefined();
      expect(result.article!.publishedEstimated).toBeUndefined();
    });

    it('must be a real calendar date written YYYY-MM-DD', () => {
      expect(readArticle('x.md', file('2020-02-29')).article?.published).toBe('2020-02-29');
      expect(readArticle('x.md', file('2000-02-29')).article?.published).toBe('2000-02-29');
      for (const bad of ['2019-02-29', '1900-02-29', '2019-04-31', '2019-00-10', '2019-04-00', '2019-4-5', '25/04/2019', '2019-04-25T10:00']) {
        expect(readArticle('x.md', file(bad)).problem).toBe(`front matter 'published' is not a date (YYYY-MM-DD): ${bad}`);
      }
    });
  });

  it('never throws, whatever the bytes', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const bytes = new Uint8Array(64).map((_, i) => (seed * 31 + i * 17 + ((seed * i) % 7)) & 0xff);
      const result = readArticle('x.md', bytes);
      expect(result.article !== undefined || result.problem !== undefined).toBe(true);
    }
  });
});

describe('readArticle and invisible characters', () => {
  it('removes soft hyphens and zero-width characters from the title and the text', () => {
    const text = '---\ntitle: Le som\u00admet de Vladi\u200bvostok\npublished: 2024-03-12\n---\nLe pré\u00adsident est arri\u200dvé.\n';
    const { article } = readArticle('x.md', new TextEncoder().encode(text));
    expect(article?.title).toBe('Le sommet de Vladivostok');
    expect(article?.paragraphs).toEqual(['Le président est arrivé.']);
  });

  it('writes the typographic hyphens (U+2010, U+2011) as the keyboard hyphen', () => {
    const text = 'La ministre Anne\u2011Liis Kask a parlé à Saint\u2010Vaast.\n';
    const { article } = readArticle('x.md', new TextEncoder().encode(text));
    expect(article?.paragraphs).toEqual(['La ministre Anne-Liis Kask a parlé à Saint-Vaast.']);
  });
});

describe('readArticle and YAML-style trailing comments', () => {
  it('accepts a comment after a value that must have a form, when the value is valid without it', () => {
    const { article, problem } = readArticle(
      'a.md',
      utf8('---\ntitle: Titre # avec dièse\npublished: 2020-01-09 # comment\nurl: https://example.org/a#b # source\nlanguage: fr # langue\npublished_estimated: true # lu dans le texte\n---\nTexte.\n'),
    );
    expect(problem).toBeUndefined();
    expect(article).toMatchObject({ published: '2020-01-09', publishedEstimated: true, url: 'https://example.org/a#b', language: 'fr', title: 'Titre # avec dièse' });
  });

  it('still refuses a value that is not valid even without its comment', () => {
    expect(readArticle('a.md', utf8('---\npublished: 2020-02-30 # comment\n---\nTexte.\n')).problem).toMatch(/'published' is not a date \(YYYY-MM-DD\): 2020-02-30 # comment/);
    expect(readArticle('a.md', utf8('---\npublished: 2020-01-09#comment\n---\nTexte.\n')).problem).toMatch(/'published' is not a date/);
  });
});

describe('readArticle and Unicode file names', () => {
  it('gives a decomposed (NFD) file name the composed (NFC) id', () => {
    const nfd = 'cafe\u0301.md';
    const { article } = readArticle(nfd, utf8('Le café a ouvert.\n'));
    expect(article!.id).toBe('caf\u00e9');
    expect(article!.file).toBe(nfd); // the file as it is on disk
  });
});

describe('readArticle and a sentence a page cut across paragraphs', () => {
  it('joins a paragraph opening in lower case to one that ends on no punctuation', () => {
    const text = ['---', 'title: Arrestation', 'published: 2013-04-28', 'language: fr', '---',
      "Jaan Kask a été interpellé par la police dans la ville", '', "frontalière de Narva, alors qu'il tentait de fuir.", '', 'Premier témoin', '', 'il a tout vu.',
      '', 'Le procès est fixé.', '', 'les avocats ont protesté.'].join('\n');
    const { article } = readArticle('002_arrest.md', utf8(text));
    expect(article?.paragraphs).toEqual([
      "Jaan Kask a été interpellé par la police dans la ville frontalière de Narva, alors qu'il tentait de fuir.",
      'Premier témoin il a tout vu.',
      'Le procès est fixé.',
      'les avocats ont protesté.',
    ]);
  });
});

describe('readArticle and a line a page cut after a comma', () => {
  it('joins a line that ends on a comma to the next, whatever its case, in a text of one block or of several', () => {
    const lines = ["Le juge de l'Audience nationale,", 'Peeter Tamm, a ouvert une enquête.', 'Le réseau a été rétabli.'];
    const one = readArticle('003_judge.md', utf8(['---', 'published: 2025-04-29', '---', ...lines].join('\n'))).article;
    expect(one?.paragraphs).toEqual(["Le juge de l'Audience nationale, Peeter Tamm, a ouvert une enquête.", 'Le réseau a été rétabli.']);
    const several = readArticle('004_judge.md', utf8(['---', 'published: 2025-04-29', '---', lines[0], '', lines[1], '', lines[2]].join('\n'))).article;
    expect(several?.paragraphs).toEqual(one?.paragraphs);
    // A line of one block that ends on no punctuation stays a line of its own before a capital ("Premier témoin").
    const heading = readArticle('005_judge.md', utf8(['---', 'published: 2025-04-29', '---', 'Premier témoin', 'Il a tout vu.'].join('\n'))).article;
    expect(heading?.paragraphs).toEqual(['Premier témoin', 'Il a tout vu.']);
    // A stray comma after a full stop ends nothing ("… le pays. ,").
    const stray = readArticle('006_judge.md', utf8(['---', 'published: 2025-04-29', '---', 'La junte a lancé un appel. ,', '« Nous voulons de l\'aide », a déclaré Peeter Tamm.'].join('\n'))).article;
    expect(stray?.paragraphs).toHaveLength(2);
  });
});
