import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digestArticleFiles, knownDigestsVersion, rememberDigests } from '../../src/corpus/file-digests.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'file-digests-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');
/** The stat key a kept hash is tied to (inode, size, modification and change times), as file-digests.ts makes it. */
function keyOf(file: string): string {
  const info = statSync(file, { bigint: true });
  return `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
}

describe('digestArticleFiles', () => {
  it('hashes every article file, in name order, past a batch of stats (600 files)', async () => {
    const names = Array.from({ length: 600 }, (_, i) => `a${String(i).padStart(4, '0')}.md`);
    for (const name of names) writeFileSync(path.join(dir, name), `# ${name}\n`);
    writeFileSync(path.join(dir, 'notes.pdf'), 'not an article');
    const digests = await digestArticleFiles(dir);
    expect(Object.keys(digests)).toEqual(names);
    expect(digests['a0599.md']).toEqual({ bytes: 11, sha256: sha256('# a0599.md\n') });
  });

  it('takes a kept hash while its file keeps its stat, and reads a file again after a one-byte change that keeps its size and times', async () => {
    const file = path.join(dir, 'a.md');
    writeFileSync(file, 'Le sommet de Lisbonne.');
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    // A hash kept by a previous process for this very stat: used as it is, the file is not read.
    rememberDigests(dir, { 'a.md': { key: keyOf(file), bytes: 22, sha256: 'kept' } });
    expect(await digestArticleFiles(dir)).toEqual({ 'a.md': { bytes: 22, sha256: 'kept' } });
    // The same size, the same modification time, one byte else: the change time moved, so it is read.
    writeFileSync(file, 'Le sommet de Lisbonnf.');
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    expect(await digestArticleFiles(dir)).toEqual({ 'a.md': { bytes: 22, sha256: sha256(readFileSync(file)) } });
    expect(sha256(readFileSync(file))).not.toBe(sha256('Le sommet de Lisbonne.'));
  });

  it('changes knownDigestsVersion only when a kept hash is taken or dropped, not on a read that keeps none', async () => {
    const file = path.join(dir, 'a.md');
    writeFileSync(file, 'Texte.');
    rememberDigests(dir, { 'a.md': { key: 'an old stat', bytes: 6, sha256: 'old' } });
    const remembered = knownDigestsVersion();
    // Written just now (not settled): read, its kept hash dropped, none kept for it.
    expect(await digestArticleFiles(dir)).toEqual({ 'a.md': { bytes: 6, sha256: sha256('Texte.') } });
    const dropped = knownDigestsVersion();
    expect(dropped).not.toBe(remembered);
    await digestArticleFiles(dir);
    expect(knownDigestsVersion()).toBe(dropped);
  });
});
