/** Folder operations: atomic writes that never overwrite, removal into the trash that can be undone. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readUpload as prepareArticle, UploadError } from '../../src/corpus-admin/article-upload.js';
import { moveToTrash, restoreFromTrash, writeArticle } from '../../src/corpus-admin/corpus-folder.js';
import { inventedArticle, tmpCorpus } from './tmp-corpus.js';
import type { TmpCorpus } from './tmp-corpus.js';

let t: TmpCorpus;
afterEach(() => t?.remove());
const bytes = (text: string) => new TextEncoder().encode(text);

describe('writeArticle', () => {
  it('writes the article under its name and leaves no temporary file', async () => {
    t = tmpCorpus('folder-write');
    const written = await writeArticle(t.corpusDir, prepareArticle('zz_tromso.md', bytes(inventedArticle())));
    expect(written).toBe(join(t.corpusDir, 'zz_tromso.md'));
    expect(readFileSync(written, 'utf8')).toBe(inventedArticle());
    expect(readdirSync(t.corpusDir).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('never overwrites an existing id, whatever its extension or case, and changes nothing', async () => {
    t = tmpCorpus('folder-exists');
    const before = readdirSync(t.corpusDir).map((f) => [f, readFileSync(join(t.corpusDir, f), 'utf8')]);
    for (const name of ['003_19a33123fb2647c6.md', '003_19a33123fb2647c6.txt', '003_19A33123FB2647C6.md']) {
      const attempt = writeArticle(t.corpusDir, prepareArticle(name, bytes(inventedArticle())));
      await expect(attempt).rejects.toThrow(UploadError);
      await expect(attempt).rejects.toThrow(/an article with id '003_19(a|A)33123(fb|FB)2647(c|C)6' already exists \(003_19a33123fb2647c6\.md\); nothing was overwritten/);
    }
    expect(readdirSync(t.corpusDir).map((f) => [f, readFileSync(join(t.corpusDir, f), 'utf8')])).toEqual(before);
  });

  it('loses a race for the same name cleanly: one write wins, the other is refused', async () => {
    t = tmpCorpus('folder-race');
    const a = prepareArticle('zz_same.md', bytes(inventedArticle('Version A.')));
    const b = prepareArticle('zz_same.md', bytes(inventedArticle('Version B.')));
    const results = await Promise.allSettled([writeArticle(t.corpusDir, a), writeArticle(t.corpusDir, b)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect(readFileSync(join(t.corpusDir, 'zz_same.md'), 'utf8')).toMatch(/Version (A|B)\./);
    expect(readdirSync(t.corpusDir).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});

describe('moveToTrash', () => {
  it('moves the file into the trash with its content, never deletes, and can put it back', async () => {
    t = tmpCorpus('folder-trash');
    const file = '002_abf2f06815a71ceb.md';
    const content = readFileSync(join(t.corpusDir, file), 'utf8');
    const trashed = await moveToTrash(t.corpusDir, file, t.trashDir);
    expect(existsSync(join(t.corpusDir, file))).toBe(false);
    expect(trashed.trashPath).toMatch(/data\/trash\/\d{8}T\d{6}Z_002_abf2f06815a71ceb\.md$/);
    expect(readFileSync(trashed.trashPath, 'utf8')).toBe(content);
    // The same name trashed twice in the same second keeps both.
    writeFileSync(join(t.corpusDir, file), 'autre version');
    const second = await moveToTrash(t.corpusDir, file, t.trashDir);
    expect(second.trashPath).not.toBe(trashed.trashPath);
    expect(readdirSync(t.trashDir)).toHaveLength(2);

    expect(await restoreFromTrash(t.corpusDir, trashed)).toBe(true);
    expect(readFileSync(join(t.corpusDir, file), 'utf8')).toBe(content);
    // Not over a file that took the name meanwhile.
    expect(await restoreFromTrash(t.corpusDir, second)).toBe(false);
    expect(existsSync(second.trashPath)).toBe(true);
  });
});
