/** Uploads: refused with the reason when too big, binary, empty, badly formed or undated; options merged into the front matter. */
import { describe, expect, it } from 'vitest';
import { checkUpload, MAX_UPLOAD_BYTES, readUpload, UploadError } from '../../src/corpus-admin/article-upload.js';
import type { FrontMatterOverrides } from '../../src/corpus-admin/article-upload.js';

/** Both steps, as /corpus add runs them: the checks before the download, then the content. */
function prepareArticle(name: string, bytes: Uint8Array, overrides: FrontMatterOverrides = {}) {
  checkUpload(name, bytes.length, overrides);
  return readUpload(name, bytes, overrides);
}
import { inventedArticle } from './tmp-corpus.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const BODY = 'Les ministres se sont réunis mardi à Oslo.\n\nIls ont signé un accord.\n';

function refusal(name: string, bytes: Uint8Array, overrides = {}): { code: string; message: string } {
  try {
    prepareArticle(name, bytes, overrides);
  } catch (error) {
    expect(error).toBeInstanceOf(UploadError);
    return { code: (error as UploadError).code, message: (error as UploadError).message };
  }
  throw new Error('accepted');
}

describe('an upload is refused', () => {
  it('a file over 1 MB, saying its size and the limit', () => {
    const big = utf8(`---\npublished: 2024-01-01\n---\n${'a'.repeat(MAX_UPLOAD_BYTES)}`);
    expect(refusal('big.md', big)).toEqual({ code: 'size', message: expect.stringMatching(/^the file is 1,048,6\d\d bytes; articles may be at most 1 MB \(1,048,576 bytes\)$/) });
  });

  it('an empty or blank file', () => {
    expect(refusal('empty.md', new Uint8Array())).toMatchObject({ code: 'content', message: 'empty file (0 bytes)' });
    expect(refusal('blank.md', utf8('  \n\n \t'))).toMatchObject({ code: 'content', message: expect.stringMatching(/blank file/) });
  });

  it('a binary file, or text that is not UTF-8', () => {
    expect(refusal('photo.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toMatchObject({ code: 'content', message: expect.stringMatching(/binary file/) });
    expect(refusal('latin1.txt', new Uint8Array(Buffer.from('---\npublished: 2024-01-01\n---\nÉté à Noël.', 'latin1')))).toMatchObject({ code: 'content', message: expect.stringMatching(/not UTF-8 text \(byte 0xC9 at offset 30\)/) });
    expect(refusal('utf16.md', new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toMatchObject({ message: expect.stringMatching(/UTF-16/) });
  });

  it('a badly formed front matter, naming the line', () => {
    expect(refusal('bad.md', utf8(`---\ntitle: ok\nthis line is wrong\n---\n${BODY}`))).toMatchObject({ code: 'content', message: expect.stringMatching(/malformed front matter: line 3 is not 'key: value'/) });
    expect(refusal('open.md', utf8(`---\ntitle: never closed\n${BODY}`))).toMatchObject({ message: expect.stringMatching(/never closed/) });
    expect(refusal('url.md', utf8(`---\nurl: ftp://x\npublished: 2024-01-01\n---\n${BODY}`))).toMatchObject({ message: expect.stringMatching(/'url' is not an http\(s\) address/) });
  });

  it('a publication date that does not parse, or none at all', () => {
    expect(refusal('d.md', utf8(`---\npublished: 2023-02-29\n---\n${BODY}`))).toMatchObject({ code: 'date', message: expect.stringMatching(/'published' is not a date \(YYYY-MM-DD\): 2023-02-29/) });
    expect(refusal('d.md', utf8(BODY))).toMatchObject({ code: 'date', message: expect.stringMatching(/no publication date: add 'published: YYYY-MM-DD'/) });
    expect(refusal('d.md', utf8(BODY), { published: '14/03/2024' })).toMatchObject({ code: 'option', message: expect.stringMatching(/published '14\/03\/2024' is not a date/) });
  });

  it('a name that is not .md or .txt, or not a plain file name', () => {
    expect(refusal('article.pdf', utf8(BODY))).toMatchObject({ code: 'name', message: expect.stringMatching(/not a \.md or \.txt file/) });
    expect(refusal('../escape.md', utf8(BODY))).toMatchObject({ code: 'name' });
    expect(refusal('.hidden.md', utf8(BODY))).toMatchObject({ code: 'name' });
    expect(refusal(`${'x'.repeat(120)}.md`, utf8(BODY))).toMatchObject({ code: 'name', message: expect.stringMatching(/at most 100/) });
  });
});

describe('an upload is accepted', () => {
  it('a file with its own front matter, unchanged but for line ends', () => {
    const prepared = prepareArticle('oslo.md', utf8(inventedArticle().replace(/\n/g, '\r\n')));
    expect(prepared.id).toBe('oslo');
    expect(prepared.text).toBe(inventedArticle());
    expect(prepared.article).toMatchObject({ title: 'Les pêcheurs de Tromsø obtiennent un accord sur les quotas', source: 'Agence Nordique', published: '2024-03-14' });
  });

  it('a bare text whose metadata come from the options, merged into a new front matter', () => {
    const prepared = prepareArticle('oslo.txt', utf8(`\uFEFF${BODY}`), { title: 'Oslo : un accord', source: 'AFP', url: 'https://example.org/oslo', published: '2024-03-12' });
    expect(prepared.text).toBe(`---\ntitle: Oslo : un accord\nsource: AFP\nurl: https://example.org/oslo\npublished: 2024-03-12\n---\n${BODY}`);
    expect(prepared.article).toMatchObject({ title: 'Oslo : un accord', source: 'AFP', url: 'https://example.org/oslo', published: '2024-03-12', paragraphs: ['Les ministres se sont réunis mardi à Oslo.', 'Ils ont signé un accord.'] });
  });

  it('a quoted title, kept with its quotes', () => {
    expect(prepareArticle('q.md', utf8(BODY), { title: '"Un accord historique"', published: '2024-03-12' }).article.title).toBe('"Un accord historique"');
    expect(prepareArticle('q.md', utf8(BODY), { title: "'L'accord'", published: '2024-03-12' }).article.title).toBe("'L'accord'");
  });

  it('options that replace the file’s values; a given date is no longer an estimate', () => {
    const text = `---\ntitle: Ancien titre\npublished: 2023-02-29\npublished_estimated: true\npublished_note: lu dans le texte\nauthor: Jeanne\n---\n${BODY}`;
    const prepared = prepareArticle('oslo.md', utf8(text), { title: 'Nouveau titre', published: '2024-03-12' });
    expect(prepared.text).toBe(`---\ntitle: Nouveau titre\npublished: 2024-03-12\nauthor: Jeanne\n---\n${BODY}`);
    expect(prepared.article.publishedEstimated).toBeUndefined();
  });
});
