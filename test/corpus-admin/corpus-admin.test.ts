/**
 * The moderators' operations without Discord: every refusal names the problem, leaves the corpus folder
 * exactly as it was and is audited; a refresh failure undoes the file operation.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES } from '../../src/corpus-admin/article-upload.js';
import { AuditLog } from '../../src/corpus-admin/audit-log.js';
import { readLocalAttachment } from '../../src/cli/console-admin.js';
import { CorpusAdmin } from '../../src/corpus-admin/corpus-admin.js';
import type { AdminSession } from '../../src/corpus-admin/corpus-admin.js';
import { EngineHost } from '../../src/corpus-admin/engine-host.js';
import type { AttachmentRef } from '../../src/corpus-admin/types.js';
import { inventedArticle, tmpCorpus } from './tmp-corpus.js';
import type { TmpCorpus } from './tmp-corpus.js';

let t: TmpCorpus;
let host: EngineHost;
let admin: CorpusAdmin;
let uploads: Map<string, Uint8Array>;
let downloads: string[];

const actor = { id: '123456789012345678', tag: 'modo', guildId: '223456789012345678' };

function session(): AdminSession {
  return {
    actor,
    refreshAll: async () => [await host.refresh()],
    readAttachment: async (ref, maxBytes) => {
      downloads.push(ref.name);
      if (ref.url.startsWith('file:')) return readLocalAttachment(ref, maxBytes);
      return uploads.get(ref.url)!;
    },
  };
}

/** An upload as Discord would announce it (`announced` overrides the size it says). */
function upload(name: string, content: string | Uint8Array, announced?: number): AttachmentRef {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const url = `https://cdn.discordapp.com/attachments/1/${uploads.size}/${name}`;
  uploads.set(url, bytes);
  return { name, size: announced ?? bytes.length, url };
}

/** Every file of the corpus folder (hidden ones included) with its hash. */
function folderState(): string[] {
  return readdirSync(t.corpusDir)
    .sort()
    .map((f) => `${f} ${createHash('sha256').update(readFileSync(join(t.corpusDir, f))).digest('hex')}`);
}

beforeEach(async () => {
  t = tmpCorpus('admin-ops');
  host = await EngineHost.open({ corpusDir: t.corpusDir, cacheDir: t.cacheDir, builder: 'inline' });
  admin = new CorpusAdmin({ host, trashDir: t.trashDir, audit: new AuditLog(t.auditLog) });
  uploads = new Map();
  downloads = [];
});
afterEach(() => t.remove());

describe('CorpusAdmin.add', () => {
  it('adds a valid upload with the options merged, serves it at once, and audits it', async () => {
    const outcome = await admin.add(session(), upload('zz_tromso.txt', inventedArticle().replace(/^---[\s\S]*?---\n/, '')), {
      title: 'Accord de Tromsø',
      source: 'Agence Nordique',
      published: '2024-03-14',
    });
    expect(outcome).toMatchObject({ ok: true, file: 'zz_tromso.txt', id: 'zz_tromso', title: 'Accord de Tromsø' });
    expect(readFileSync(join(t.corpusDir, 'zz_tromso.txt'), 'utf8')).toMatch(/^---\ntitle: Accord de Tromsø\nsource: Agence Nordique\npublished: 2024-03-14\n---\nLes représentants/);
    expect(host.engine.article('zz_tromso')).toMatchObject({ title: 'Accord de Tromsø', source: 'Agence Nordique' });
    if (outcome.ok) expect(outcome.reports[0]!.changes.added).toEqual(['zz_tromso.txt']);
    const [intent, result, ...more] = await admin.audit.entries();
    expect(more).toEqual([]);
    expect(intent).toMatchObject({ user: { id: actor.id, tag: 'modo' }, guild: actor.guildId, phase: 'intent', pid: process.pid, action: 'add', file: 'zz_tromso.txt', op: expect.any(String) });
    expect(intent!.result).toBeUndefined();
    expect(result).toMatchObject({ user: { id: actor.id, tag: 'modo' }, guild: actor.guildId, phase: 'result', op: intent!.op, action: 'add', file: 'zz_tromso.txt', result: 'ok', at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
  });

  const refusals: [string, () => AttachmentRef, RegExp, boolean][] = [
    ['too big (announced)', () => upload('big.md', 'x', MAX_UPLOAD_BYTES + 1), /articles may be at most 1 MB/, false],
    ['binary', () => upload('photo.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])), /binary file/, true],
    ['empty', () => upload('empty.md', new Uint8Array(), 0), /empty file \(0 bytes\)/, false],
    ['badly formed', () => upload('bad.md', '---\ntitle: x\nnot a key value line\n---\nTexte.'), /malformed front matter: line 3/, true],
    ['undated', () => upload('undated.md', 'Un texte sans date.\n'), /no publication date/, true],
    ['not .md or .txt', () => upload('article.docx', inventedArticle()), /not a \.md or \.txt file/, false],
    ['an existing id', () => upload('003_19a33123fb2647c6.md', inventedArticle()), /already exists \(003_19a33123fb2647c6\.md\); nothing was overwritten/, false],
  ];

  it.each(refusals)('refuses a file %s with the reason; nothing is written', async (_what, make, reason, downloaded) => {
    const before = folderState();
    const served = host.engine;
    const outcome = await admin.add(session(), make(), {});
    expect(outcome).toMatchObject({ ok: false, result: 'refused', reason: expect.stringMatching(reason) });
    expect(folderState()).toEqual(before);
    expect(host.engine).toBe(served);
    expect(downloads.length).toBe(downloaded ? 1 : 0); // the cheap checks come before any download
    expect((await admin.audit.entries()).at(-1)).toMatchObject({ action: 'add', result: 'refused', detail: expect.stringMatching(reason) });
  });

  it('refuses a bad published option before downloading', async () => {
    const outcome = await admin.add(session(), upload('zz.md', inventedArticle()), { published: '2024-02-30' });
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringMatching(/published '2024-02-30' is not a date/) });
    expect(downloads).toEqual([]);
  });

  it('refuses a local file bigger than announced (the limit holds while reading)', async () => {
    const file = join(t.root, 'big.md');
    writeFileSync(file, `---\npublished: 2024-01-01\n---\n${'a'.repeat(MAX_UPLOAD_BYTES + 10)}`);
    const before = folderState();
    const outcome = await admin.add(session(), { name: 'big.md', size: 10, url: pathToFileURL(file).href }, {});
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringMatching(/articles may be at most 1 MB/) });
    expect(folderState()).toEqual(before);
  });

  it('undoes the addition when the refresh fails: the upload goes to the trash, the corpus is as before', async () => {
    writeFileSync(join(t.corpusDir, 'zz_broken.md'), Buffer.from([0, 1, 2, 3]));
    const before = folderState();
    const outcome = await admin.add(session(), upload('zz_tromso.md', inventedArticle()), {});
    expect(outcome).toMatchObject({ ok: false, result: 'failed', reason: expect.stringMatching(/refresh failed, so it was not added \(moved to the trash as data\/trash\/\d{8}T\d{6}Z_zz_tromso\.md\).*zz_broken\.md: binary file/) });
    expect(folderState()).toEqual(before);
    expect(readdirSync(t.trashDir)).toEqual([expect.stringMatching(/_zz_tromso\.md$/)]);
    expect(host.engine.article('zz_tromso')).toBeUndefined();
  });
});

describe('CorpusAdmin.add and Unicode names', () => {
  it('refuses an upload whose NFC name is a hand-placed NFD file (two identical-looking café.md)', async () => {
    writeFileSync(join(t.corpusDir, 'cafe\u0301.md'), inventedArticle());
    await host.refresh();
    const before = folderState();
    const outcome = await admin.add(session(), upload('caf\u00e9.md', inventedArticle()), {});
    expect(outcome).toMatchObject({ ok: false, result: 'refused', reason: expect.stringMatching(/an article with id 'caf\u00e9' already exists \(cafe\u0301\.md\)/) });
    expect(folderState()).toEqual(before);
  });

  it('accepts an NFD upload name as its NFC form', async () => {
    const outcome = await admin.add(session(), upload('cre\u0300me.md', inventedArticle()), {});
    expect(outcome).toMatchObject({ ok: true, file: 'cr\u00e8me.md', id: 'cr\u00e8me' });
    expect(readdirSync(t.corpusDir)).toContain('cr\u00e8me.md');
    expect(readdirSync(t.corpusDir)).not.toContain('cre\u0300me.md');
    expect(host.engine.article('cr\u00e8me')).toBeDefined();
    // And it is found again by either form.
    expect(await admin.suggest('cre\u0300me')).toEqual([expect.objectContaining({ value: 'cr\u00e8me.md' })]);
  });

  it('accepts a trailing comment on published', async () => {
    const outcome = await admin.add(session(), upload('zz_comment.md', inventedArticle().replace('published: 2024-03-14', 'published: 2024-03-14 # édition papier')), {});
    expect(outcome).toMatchObject({ ok: true });
    expect(host.engine.article('zz_comment')?.published).toBe('2024-03-14');
  });
});

describe('CorpusAdmin.remove', () => {
  it('moves the article to the trash, stops serving it, and audits where it went', async () => {
    const outcome = await admin.remove(session(), '002_abf2f06815a71ceb');
    expect(outcome).toMatchObject({ ok: true, file: '002_abf2f06815a71ceb.md' });
    expect(readdirSync(t.corpusDir)).not.toContain('002_abf2f06815a71ceb.md');
    expect(readdirSync(t.trashDir)).toEqual([expect.stringMatching(/_002_abf2f06815a71ceb\.md$/)]);
    expect(host.engine.article('002_abf2f06815a71ceb')).toBeUndefined();
    expect(host.engine.stats().articles).toBe(4);
    expect((await admin.audit.entries()).at(-1)).toMatchObject({ action: 'remove', file: '002_abf2f06815a71ceb.md', result: 'ok', detail: expect.stringMatching(/^moved to .*trash/) });
  });

  it('refuses an unknown file or a path, changing nothing', async () => {
    const before = folderState();
    for (const name of ['nope.md', '../corpus/003_19a33123fb2647c6.md', '.']) {
      expect(await admin.remove(session(), name)).toMatchObject({ ok: false, result: 'refused', reason: expect.stringMatching(/there is no article file/) });
    }
    expect(folderState()).toEqual(before);
  });

  it('refuses to remove the only article', async () => {
    for (const f of readdirSync(t.corpusDir).slice(1)) rmSync(join(t.corpusDir, f));
    await host.refresh();
    const [only] = readdirSync(t.corpusDir);
    expect(await admin.remove(session(), only!)).toMatchObject({ ok: false, reason: expect.stringMatching(/is the only article served; the corpus cannot be empty/) });
    expect(readdirSync(t.corpusDir)).toEqual([only]);
  });

  it('puts the file back when the refresh fails', async () => {
    writeFileSync(join(t.corpusDir, 'zz_broken.md'), Buffer.from([0, 1, 2, 3]));
    const before = folderState();
    const outcome = await admin.remove(session(), '004_daeebc2e57e307ab.md');
    expect(outcome).toMatchObject({ ok: false, result: 'failed', reason: expect.stringMatching(/not removed \(it was put back\)/) });
    expect(folderState()).toEqual(before);
    expect(host.engine.article('004_daeebc2e57e307ab')).toBeDefined();
  });
});

describe('CorpusAdmin.refresh', () => {
  it('lets two moderators refresh at once with one build, both audited', async () => {
    const builds = host.buildCount;
    writeFileSync(join(t.corpusDir, 'zz_two_moderators.md'), inventedArticle());
    const [a, b] = await Promise.all([admin.refresh(session()), admin.refresh(session())]);
    expect(host.buildCount).toBe(builds + 1);
    expect(a[0]!.ok && b[0]!.ok).toBe(true);
    expect(b[0]!.coalesced).toBe(true);
    const entries = await admin.audit.entries();
    expect(entries.map((e) => `${e.action}:${e.phase}:${e.result ?? ''}`)).toEqual(['refresh:intent:', 'refresh:intent:', 'refresh:result:ok', 'refresh:result:ok']);
    expect(new Set(entries.map((e) => e.op)).size).toBe(2);
  });
});

describe('CorpusAdmin.list and suggest', () => {
  it('lists every article file with size and state: served, changed, skipped, pending', async () => {
    writeFileSync(join(t.corpusDir, 'zz_broken.md'), Buffer.from([0, 1, 2, 3]));
    await host.refresh(); // blocked by the new broken file: the index stays as it was
    writeFileSync(join(t.corpusDir, 'zz_pending.md'), inventedArticle());
    writeFileSync(join(t.corpusDir, '000_439350766ee36b46.md'), `${readFileSync(join(t.corpusDir, '000_439350766ee36b46.md'), 'utf8')}\nAjout.\n`);
    const files = await admin.list();
    const byName = Object.fromEntries(files.map((f) => [f.file, f]));
    expect(files.map((f) => f.file)).toEqual([...readdirSync(t.corpusDir)].sort());
    expect(byName['003_19a33123fb2647c6.md']).toMatchObject({ status: 'served', title: expect.stringMatching(/Premier sommet/), bytes: expect.any(Number) });
    expect(byName['000_439350766ee36b46.md']!.status).toBe('changed');
    expect(byName['zz_pending.md']!.status).toBe('pending');
    expect(byName['zz_broken.md']).toMatchObject({ status: 'pending', bytes: 4 });

    rmSync(join(t.corpusDir, 'zz_pending.md'));
    writeFileSync(join(t.corpusDir, 'zz_broken.md'), Buffer.from([0, 1, 2, 3]));
    const started = await EngineHost.open({ corpusDir: t.corpusDir, cacheDir: t.cacheDir, builder: 'inline' });
    const skipped = (await new CorpusAdmin({ host: started, trashDir: t.trashDir, audit: admin.audit }).list()).find((f) => f.file === 'zz_broken.md');
    expect(skipped).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/binary file/) });
  });

  it('suggests files whose name or title matches, at most 25, values within 100 characters', async () => {
    expect((await admin.suggest('003')).map((c) => c.value)).toEqual(['003_19a33123fb2647c6.md']);
    expect((await admin.suggest('premier sommet')).map((c) => c.value)).toEqual(['003_19a33123fb2647c6.md']);
    for (let i = 0; i < 30; i++) writeFileSync(join(t.corpusDir, `zz_${i}.md`), inventedArticle());
    const all = await admin.suggest('');
    expect(all).toHaveLength(25);
    for (const c of all) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });
});
