import { writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusError, fingerprintCorpus, loadCorpus } from '../../src/corpus/load-corpus.js';
import type { LoadWarning } from '../../src/corpus/types.js';

const SHIPPED_CORPUS = fileURLToPath(new URL('../../corpus', import.meta.url));

const tempDirs: string[] = [];
afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh folder in the system temp dir holding the given files (sub-folders are created as needed). */
async function makeCorpus(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'corpus-test-'));
  tempDirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

const article = (title: string, body: string, published = '2019-04-25'): string =>
  `---\ntitle: ${title}\npublished: ${published}\n---\n${body}\n`;

describe('loadCorpus', () => {
  describe('on the shipped corpus', () => {
    it('loads the five articles with their ids, titles, dates and paragraphs', async () => {
      const corpus = await loadCorpus(SHIPPED_CORPUS);
      expect(corpus.dir).toBe(SHIPPED_CORPUS);
      expect(corpus.warnings).toEqual([]);
      expect(
        corpus.articles.map((a) => ({ id: a.id, title: a.title, published: a.published, paragraphs: a.paragraphs.length })),
      ).toEqual([
        {
          id: '000_439350766ee36b46',
          title: "Kim Jong-un et Vladimir Poutine s'entretiendront jeudi à Vladivostok",
          published: '2019-04-24',
          paragraphs: 15,
        },
        {
          id: '001_ce70923b1b177842',
          title: 'Kim Jong Un rencontrera Vladimir Poutine jeudi à Vladivostok',
          published: '2019-04-23',
          paragraphs: 15,
        },
        {
          id: '002_abf2f06815a71ceb',
          title: 'Kim Jong-un en Russie pour un sommet historique avec Vladimir Poutine',
          published: '2019-04-24',
          paragraphs: 8,
        },
        {
          id: '003_19a33123fb2647c6',
          title: 'Premier sommet bilatéral entre Kim Jong-un et Vladimir Poutine à Vladivostok',
          published: '2019-04-25',
          paragraphs: 5,
        },
        {
          id: '004_daeebc2e57e307ab',
          title: 'Kim Jong-un se rendra en Russie plus tard ce mois-ci, annonce le Kremlin',
          published: '2019-04-18',
          // This file separates its paragraphs with single line breaks: one paragraph per line.
          paragraphs: 9,
        },
      ]);
    });

    it('marks the estimated dates of 000 and 001 and no others', async () => {
      const { articles } = await loadCorpus(SHIPPED_CORPUS);
      expect(articles.map((a) => a.publishedEstimated)).toEqual([true, true, undefined, undefined, undefined]);
    });

    it('keeps the rest of the front matter and the text verbatim', async () => {
      const { articles } = await loadCorpus(SHIPPED_CORPUS);
      const [a000, a001, , a003, a004] = articles;
      expect(a001!.source).toBe('AFP');
      expect(a000!.source).toBeUndefined();
      expect(articles.every((a) => a.language === 'fr' && a.url === undefined)).toBe(true);
      expect(a000!.paragraphs[7]).toBe('Et les États-Unis?');
      expect(a000!.paragraphs[14]).toBe(
        "Kim Jong-un a assisté mercredi dernier à l'essai d'une nouvelle arme tactique, le premier depuis l'échec du sommet de Hanoï.",
      );
      expect(a001!.crawlDate).toBe('2019-04');
      expect(a001!.paragraphs[0]).toMatch(/^Le leader nord-coréen Kim Jong Un rencontrera/);
      expect(a003!.paragraphs[1]).toMatch(/^Le sommet russo-nord-coréen s’est ouvert jeudi, à 14h,/);
      expect(a004!.paragraphs[6]).toBe('Lire aussi : Kim : pas de 3e sommet si Trump ne change pas');
      expect(articles.map((a) => a.bytes)).toEqual([3635, 3732, 2514, 2649, 2908]);
    });
  });

  it('loads .md and .txt files with or without front matter, CRLF or BOM, sorted by id', async () => {
    const dir = await makeCorpus({
      'b.md': article('Sommet à Vladivostok', 'Premier.\n\nDeuxième.'),
      'a.txt': 'Kim Jong-un est arrivé en Russie. Il rencontrera Poutine.\n\nLe sommet aura lieu jeudi.',
      'c-windows.md': '\uFEFF---\r\ntitle: Fichier Windows\r\n---\r\nLigne un.\r\n\r\nLigne deux.\r\n',
      'D.MD': 'Majuscules.',
    });
    const corpus = await loadCorpus(dir);
    expect(corpus.warnings).toEqual([]);
    expect(corpus.articles.map((a) => [a.id, a.file, a.title, a.paragraphs])).toEqual([
      ['D', 'D.MD', 'Majuscules.', ['Majuscules.']],
      ['a', 'a.txt', 'Kim Jong-un est arrivé en Russie.', ['Kim Jong-un est arrivé en Russie. Il rencontrera Poutine.', 'Le sommet aura lieu jeudi.']],
      ['b', 'b.md', 'Sommet à Vladivostok', ['Premier.', 'Deuxième.']],
      ['c-windows', 'c-windows.md', 'Fichier Windows', ['Ligne un.', 'Ligne deux.']],
    ]);
  });

  it('sorts articles by id even where file-name order differs', async () => {
    const dir = await makeCorpus({ 'a-b.md': 'Deux.', 'a.md': 'Un.' });
    const { articles } = await loadCorpus(dir);
    expect(articles.map((a) => a.id)).toEqual(['a', 'a-b']);
  });

  it('ignores other extensions, hidden files and sub-folders without warnings', async () => {
    const dir = await makeCorpus({
      'ok.md': 'Texte.',
      'photo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00]),
      'notes.markdown': 'Autre.',
      '.brouillon.md': '',
      'archives/vieux.md': 'Ancien.',
      'dossier.md/dedans.md': 'Dedans.',
    });
    const corpus = await loadCorpus(dir);
    expect(corpus.articles.map((a) => a.id)).toEqual(['ok']);
    expect(corpus.warnings).toEqual([]);
  });

  it('skips empty, blank, binary and non-UTF-8 files with warnings naming them, and loads the good ones', async () => {
    const dir = await makeCorpus({
      'good.md': article('Bon', 'Le sommet a eu lieu jeudi.'),
      'empty.md': '',
      'blank.txt': '  \n\n\t\n',
      'binary.md': new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]),
      'latin1.txt': Buffer.from('---\ntitle: Été\n---\nLe président a déclaré.', 'latin1'),
      'header.md': '---\ntitle: Pas fermé\nLe sommet.',
      'only-header.md': '---\ntitle: Rien\n---\n',
      'plain.txt': 'Texte sans en-tête.',
    });
    const seen: LoadWarning[] = [];
    const corpus = await loadCorpus(dir, { onWarning: (w) => seen.push(w) });
    expect(corpus.articles.map((a) => a.id)).toEqual(['good', 'plain']);
    expect(corpus.warnings.map(({ file, reason }) => ({ file, reason }))).toEqual([
      { file: 'binary.md', reason: 'binary file (contains NUL bytes)' },
      { file: 'blank.txt', reason: 'blank file (only white space)' },
      { file: 'empty.md', reason: 'empty file (0 bytes)' },
      {
        file: 'header.md',
        reason: "malformed front matter: the header opened on line 1 is never closed: add a '---' line after its last key",
      },
      {
        file: 'latin1.txt',
        reason: 'not UTF-8 text (byte 0xC9 at offset 11), perhaps Latin-1 or Windows-1252: re-save it as UTF-8',
      },
      { file: 'only-header.md', reason: 'no text after the front matter' },
    ]);
    expect(seen).toEqual(corpus.warnings);
  });

  describe("a bad 'published' date", () => {
    const files = {
      'a.md': article('Bon', 'Texte.'),
      'b.md': article('Date fausse', 'Texte.', '2019-13-45'),
    };

    it('keeps the article without a date and warns by default', async () => {
      const corpus = await loadCorpus(await makeCorpus(files));
      expect(corpus.articles.map((a) => [a.id, a.published])).toEqual([
        ['a', '2019-04-25'],
        ['b', undefined],
      ]);
      expect(corpus.warnings).toEqual([
        { file: 'b.md', reason: "front matter 'published' is not a date (YYYY-MM-DD): 2019-13-45; kept the article without a date" },
      ]);
    });

    it('skips the file with a warning when strict', async () => {
      const corpus = await loadCorpus(await makeCorpus(files), { strict: true });
      expect(corpus.articles.map((a) => a.id)).toEqual(['a']);
      expect(corpus.warnings).toEqual([{ file: 'b.md', reason: "front matter 'published' is not a date (YYYY-MM-DD): 2019-13-45", why: { code: 'badPublished', params: { value: '2019-13-45' } } }]);
    });
  });

  it('keeps the first of two files with the same id and warns about the second', async () => {
    const dir = await makeCorpus({ 'a.md': article('Premier', 'Texte md.'), 'a.txt': 'Texte txt.', 'b.md': 'Autre.' });
    const corpus = await loadCorpus(dir);
    expect(corpus.articles.map((a) => [a.id, a.file, a.title])).toEqual([
      ['a', 'a.md', 'Premier'],
      ['b', 'b.md', 'Autre.'],
    ]);
    expect(corpus.warnings).toEqual([{ file: 'a.txt', reason: "duplicate id 'a': a.md is already loaded; rename one of them" }]);
  });

  describe('a folder that cannot be used', () => {
    it('throws CorpusError NOT_FOUND for a missing folder, saying how to choose one', async () => {
      const missing = path.join(await makeCorpus({}), 'nowhere');
      const error = await loadCorpus(missing).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CorpusError);
      expect(error).toMatchObject({
        name: 'CorpusError',
        code: 'NOT_FOUND',
        dir: missing,
        message: `corpus folder not found: ${missing} — pass --corpus DIR or set CORPUS_DIR`,
      });
      await expect(fingerprintCorpus(missing)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('resolves a relative path before reporting it', async () => {
      await expect(loadCorpus('no-such-corpus-folder')).rejects.toMatchObject({
        code: 'NOT_FOUND',
        dir: path.resolve('no-such-corpus-folder'),
      });
    });

    it('throws CorpusError NOT_A_DIRECTORY for a file', async () => {
      const file = path.join(await makeCorpus({ 'a.md': 'Texte.' }), 'a.md');
      await expect(loadCorpus(file)).rejects.toMatchObject({
        code: 'NOT_A_DIRECTORY',
        message: `corpus path is a file, not a folder: ${file} — pass --corpus DIR or set CORPUS_DIR`,
      });
      await expect(fingerprintCorpus(file)).rejects.toBeInstanceOf(CorpusError);
    });

    it('throws CorpusError EMPTY for a folder without article files', async () => {
      const dir = await makeCorpus({ 'photo.png': 'x' });
      await expect(loadCorpus(dir)).rejects.toMatchObject({
        code: 'EMPTY',
        message: `no .md or .txt files in corpus folder ${dir} — pass --corpus DIR or set CORPUS_DIR`,
      });
    });

    it('throws CorpusError EMPTY, carrying the warnings, when no file could be loaded', async () => {
      const dir = await makeCorpus({ 'a.md': '', 'b.txt': ' ' });
      const error = await loadCorpus(dir).catch((e: unknown) => e);
      expect(error).toMatchObject({
        code: 'EMPTY',
        message: `none of the 2 article files in ${dir} could be loaded (a.md: empty file (0 bytes); b.txt: blank file (only white space)) — fix them, or pass --corpus DIR or set CORPUS_DIR`,
        warnings: [
          { file: 'a.md', reason: 'empty file (0 bytes)' },
          { file: 'b.txt', reason: 'blank file (only white space)' },
        ],
      });
    });
  });

  describe('fingerprint', () => {
    it('equals fingerprintCorpus and is stable while nothing changes', async () => {
      const corpus = await loadCorpus(SHIPPED_CORPUS);
      expect(corpus.fingerprint).toMatch(/^[0-9a-f]{64}$/);
      expect(await fingerprintCorpus(SHIPPED_CORPUS)).toBe(corpus.fingerprint);
      expect((await loadCorpus(SHIPPED_CORPUS)).fingerprint).toBe(corpus.fingerprint);
    });

    it('is the same for the same files in another folder', async () => {
      const a = await makeCorpus({ 'a.md': 'Un.', 'b.md': 'Deux.' });
      const b = await makeCorpus({ 'b.md': 'Deux.', 'a.md': 'Un.' });
      expect(await fingerprintCorpus(a)).toBe(await fingerprintCorpus(b));
    });

    it('changes when a file changes, is added, removed or renamed, and not for ignored files', async () => {
      const dir = await makeCorpus({ 'a.md': article('Un', 'Texte un.'), 'b.md': article('Deux', 'Texte deux.') });
      const fingerprint = async (): Promise<string> => {
        const corpus = await loadCorpus(dir);
        expect(await fingerprintCorpus(dir)).toBe(corpus.fingerprint);
        return corpus.fingerprint;
      };
      const original = await fingerprint();
      await writeFile(path.join(dir, 'photo.png'), 'x');
      await writeFile(path.join(dir, '.cache.md'), 'x');
      await mkdir(path.join(dir, 'sub'));
      await writeFile(path.join(dir, 'sub', 'c.md'), 'Texte.');
      expect(await fingerprint()).toBe(original);

      await writeFile(path.join(dir, 'a.md'), article('Un', 'Texte UN.')); // same size, other bytes
      const changed = await fingerprint();
      expect(changed).not.toBe(original);

      await writeFile(path.join(dir, 'c.txt'), 'Nouveau.');
      const added = await fingerprint();
      expect(added).not.toBe(changed);

      await rename(path.join(dir, 'c.txt'), path.join(dir, 'd.txt'));
      const renamed = await fingerprint();
      expect(renamed).not.toBe(added);

      await rm(path.join(dir, 'd.txt'));
      expect(await fingerprint()).toBe(changed);
      await rm(path.join(dir, 'b.md'));
      expect(await fingerprint()).not.toBe(changed);
      expect((await readdir(dir)).sort()).toEqual(['.cache.md', 'a.md', 'photo.png', 'sub']);
    });

    it('covers the files that were skipped, so fixing one changes it', async () => {
      const dir = await makeCorpus({ 'a.md': 'Texte.', 'b.md': '' });
      const before = await loadCorpus(dir);
      await writeFile(path.join(dir, 'b.md'), 'Corrigé.');
      const after = await loadCorpus(dir);
      expect(after.articles.map((a) => a.id)).toEqual(['a', 'b']);
      expect(after.fingerprint).not.toBe(before.fingerprint);
      expect(await fingerprintCorpus(dir)).toBe(after.fingerprint);
    });
  });

  describe('speed', () => {
    it('loads a 5 MB article', async () => {
      const paragraph = 'Le dirigeant nord-coréen Kim Jong-un et le président russe Vladimir Poutine se sont rencontrés à Vladivostok. ';
      const body = Array.from({ length: 20_000 }, (_, i) => `${i + 1}. ${paragraph.repeat(2)}`).join('\n\n');
      const dir = await makeCorpus({ 'big.md': article('Gros', body) });
      const started = performance.now();
      const { articles } = await loadCorpus(dir);
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(articles[0]!.bytes).toBeGreaterThan(4_500_000);
      expect(articles[0]!.paragraphs).toHaveLength(20_000);
      expect(articles[0]!.paragraphs[19_999]).toBe(`20000. ${paragraph.repeat(2).trim()}`);
    });

    it('loads 2,000 articles of about 4.5 KB quickly', async () => {
      // 10,000 such files load in 1 to 1.7 s on a 2-core machine (measured by hand); writing them here would
      // cost the suite several seconds, so this checks a fifth of that against a bound with room for a busy machine.
      const dir = await makeCorpus({});
      const paragraph = 'Le sommet entre les deux dirigeants a eu lieu jeudi à Vladivostok. '.repeat(8);
      const body = Array(8).fill(paragraph).join('\n\n');
      for (let i = 0; i < 2_000; i++) {
        writeFileSync(path.join(dir, `a${String(i).padStart(5, '0')}.md`), article(`Article ${i}`, body));
      }
      const started = performance.now();
      const corpus = await loadCorpus(dir);
      const elapsed = performance.now() - started;
      expect(corpus.articles).toHaveLength(2_000);
      expect(corpus.articles[1_999]!.id).toBe('a01999');
      expect(corpus.articles[0]!.bytes).toBeGreaterThan(4_400);
      expect(elapsed).toBeLessThan(4_000);
    });
  });
});

describe('loadCorpus and Unicode file names', () => {
  it('loads an NFD-named file under its NFC id, and skips an NFC twin of it as a duplicate', async () => {
    const nfd = 'cafe\u0301.md';
    const nfc = 'caf\u00e9.md';
    const alone = await loadCorpus(await makeCorpus({ [nfd]: article('Le café', 'Le café a ouvert.') }));
    expect(alone.articles.map((a) => [a.id, a.file])).toEqual([['caf\u00e9', nfd]]);
    const twins = await loadCorpus(await makeCorpus({ [nfd]: article('Le café', 'Le café a ouvert.'), [nfc]: article('Le café bis', 'Le café a fermé.') }));
    expect(twins.articles.map((a) => a.id)).toEqual(['caf\u00e9']);
    expect(twins.warnings).toEqual([{ file: nfc, reason: expect.stringMatching(/^duplicate id 'caf\u00e9': cafe\u0301\.md is already loaded; rename one of them$/) }]);
  });
});
