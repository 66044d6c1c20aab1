import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { answerConsoleLine, runConsole } from '../../src/cli/console.js';
import { parseConsoleLine } from '../../src/cli/console-parser.js';
import { AuditLog } from '../../src/corpus-admin/audit-log.js';
import { CorpusAdmin } from '../../src/corpus-admin/corpus-admin.js';
import { EngineHost } from '../../src/corpus-admin/engine-host.js';
import { fakeArticles, fakeEngine } from '../commands/fake-engine.js';
import { inventedArticle, tmpCorpus } from '../corpus-admin/tmp-corpus.js';

function parsed(line: string) {
  const r = parseConsoleLine(line, commands);
  if (r.kind !== 'command') return r;
  return { kind: r.kind, name: r.command.data.name, options: r.options, page: r.page };
}

describe('console parsing', () => {
  it('reads `/ask question: …` with the question verbatim, Lunr-like text included', () => {
    expect(parsed('/ask question: Quand a eu lieu le sommet ?')).toEqual({ kind: 'command', name: 'ask', options: { question: 'Quand a eu lieu le sommet ?' }, page: undefined });
    expect(parsed('/ask question: Kim: foo~ ^ * about: x')).toMatchObject({ options: { question: 'Kim: foo~ ^ * about: x' } });
  });

  it('takes the first text option bare, and French command and option names', () => {
    expect(parsed('/ask Où est Vladivostok ?')).toMatchObject({ name: 'ask', options: { question: 'Où est Vladivostok ?' } });
    expect(parsed('/demander question: Qui ?')).toMatchObject({ name: 'ask' });
    expect(parsed('/chronologie depuis: 2019-04 jusqua: 2019-05')).toMatchObject({ name: 'timeline', options: { from: '2019-04', to: '2019-05' } });
  });

  it('reads several options, quotes and page:', () => {
    expect(parsed('/quotes speaker: "Vladimir Poutine" about: Corée')).toMatchObject({ name: 'quotes', options: { speaker: 'Vladimir Poutine', about: 'Corée' } });
    expect(parsed('/timeline from: 2019-04-01 page: 2')).toMatchObject({ name: 'timeline', options: { from: '2019-04-01' }, page: 2 });
    expect(parsed('/timeline')).toMatchObject({ name: 'timeline', options: {} });
  });

  it('explains mistakes', () => {
    expect(parsed('/ask')).toEqual({ kind: 'error', message: '/ask needs question: …' });
    expect(parsed('/nope x')).toMatchObject({ kind: 'error', message: expect.stringContaining('Unknown command /nope') });
    expect(parsed('bonjour')).toMatchObject({ kind: 'error', message: expect.stringContaining('start with /') });
    expect(parsed('/timeline page: deux')).toMatchObject({ kind: 'error' });
    expect(parsed('/sources extra')).toMatchObject({ kind: 'error' });
    expect(parsed('')).toEqual({ kind: 'empty' });
    expect(parsed('/help')).toEqual({ kind: 'help' });
    expect(parsed('/quit')).toEqual({ kind: 'quit' });
    expect(parsed('/lang fr')).toEqual({ kind: 'lang', locale: 'fr' });
  });
});

describe('console answers', () => {
  it('prints the same reply as Discord, as text, in the chosen language', async () => {
    const engine = fakeEngine({
      answers: { 'Où ?': { answer: 'Vladivostok', evidence: [{ doc: 'a1', paragraph: 2, text: 'À Vladivostok.', score: 1 }], agreeing: 1 } },
    });
    const state = { engine, commands, locale: 'en' as const };
    const out = await answerConsoleLine('/ask question: Où ?', state);
    expect(out).toBe('== Où ? ==\nVladivostok\n\n[1] Sommet à Vladivostok\n    « À Vladivostok. »\n    — AFP · 2019-04-25 · §2 · https://example.org/a1\n\n(1 article agrees)\n');
    await answerConsoleLine('/lang fr', state);
    expect(await answerConsoleLine('/ask question: Rien ?', state)).toContain('Le corpus ne le dit pas.');
    expect(await answerConsoleLine('/timeline from: 2019-13', state)).toMatch(/^! .*AAAA-MM-JJ/);
    expect(await answerConsoleLine('/quit', state)).toBeNull();
    expect(await answerConsoleLine('/help', state)).toContain('/ask question: …');
  });
});

describe('npm start without DISCORD_TOKEN', () => {
  it('opens the console on the real corpus, where a person can ask', async () => {
    const child = spawn('npm', ['run', 'dev', '--silent'], {
      cwd: process.cwd(),
      env: { ...process.env, DISCORD_TOKEN: '', CORPUS_DIR: 'corpus', npm_config_loglevel: 'silent' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.write("/ask question: Où s'est tenu le sommet entre Kim Jong-un et Vladimir Poutine ?\n");
    child.stdin.write('/ask question: Quand a eu lieu le sommet ?\n');
    child.stdin.end('/quit\n');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/could not start|Error/);
    expect(code).toBe(0);
    expect(stdout).toContain('Local console');
    expect(stdout).toContain("== Où s'est tenu le sommet entre Kim Jong-un et Vladimir Poutine ? ==\nVladivostok");
    expect(stdout).toContain('== Quand a eu lieu le sommet ? ==');
    expect(stdout).toMatch(/§\d+/);
  }, 60_000);
});

describe('console French option names', () => {
  it('accepts accented option names', () => {
    expect(parsed('/quand événement: le sommet')).toMatchObject({ name: 'when', options: { event: 'le sommet' } });
  });
});

describe('console moderator commands', () => {
  it('parses sub-commands, file paths and French names', () => {
    expect(parseConsoleLine('/corpus add file: ./articles/oslo.md title: Un accord à Oslo published: 2024-03-12', commands)).toMatchObject({
      kind: 'command',
      subcommand: 'add',
      options: { file: './articles/oslo.md', title: 'Un accord à Oslo', published: '2024-03-12' },
    });
    expect(parseConsoleLine('/corpus ajouter fichier: oslo.md', commands)).toMatchObject({ subcommand: 'add', options: { file: 'oslo.md' } });
    expect(parseConsoleLine('/corpus remove 003_19a33123fb2647c6.md', commands)).toMatchObject({ subcommand: 'remove', options: { article: '003_19a33123fb2647c6.md' } });
    expect(parseConsoleLine('/corpus list page: 2', commands)).toMatchObject({ subcommand: 'list', page: 2 });
    expect(parseConsoleLine('/corpus', commands)).toEqual({ kind: 'error', message: '/corpus needs one of: add, remove, list (e.g. /corpus add)' });
    expect(parseConsoleLine('/corpus add', commands)).toEqual({ kind: 'error', message: '/corpus add needs file: …' });
    expect(parseConsoleLine('/refresh', commands)).toMatchObject({ kind: 'command', options: {} });
  });

  it('lists them in /help', async () => {
    const help = await answerConsoleLine('/help', { engine: fakeEngine(), commands, locale: 'en' });
    expect(help).toContain('/corpus add file: PATH [title: …] [source: …] [url: …] [published: …]');
    expect(help).toContain('/corpus remove article: …');
    expect(help).toContain('/refresh  —');
  });

  it('says they are unavailable without a corpus admin', async () => {
    expect(await answerConsoleLine('/refresh', { engine: fakeEngine(), commands, locale: 'en' })).toBe('! Moderator commands are not available here.\n');
  });

  it('adds a local file, answers from it, lists, refuses a duplicate and refreshes, all audited as the console user', async () => {
    const t = tmpCorpus('console-admin');
    try {
      const host = await EngineHost.open({ corpusDir: t.corpusDir, cacheDir: t.cacheDir, builder: 'inline' });
      const audit = new AuditLog(t.auditLog);
      const progress = new PassThrough();
      const state = { engine: () => host.engine, commands, locale: 'en' as const, admin: { corpus: new CorpusAdmin({ host, trashDir: t.trashDir, audit }), progress, tag: 'console:tester' } };
      const file = join(t.root, 'tromso.md');
      writeFileSync(file, inventedArticle());
      expect(await answerConsoleLine(`/corpus add file: ${file} url: https://example.org/tromso`, state)).toMatch(
        /^== Article added: Les pêcheurs de Tromsø obtiennent un accord sur les quotas ==\n6 articles · \d+ passages/,
      );
      expect(readFileSync(join(t.corpusDir, 'tromso.md'), 'utf8')).toContain('url: https://example.org/tromso');
      expect(await answerConsoleLine('/ask question: Où les pêcheurs ont-ils signé un accord sur les quotas ?', state)).toMatch(/Tromsø[\s\S]*Agence Nordique · 2024-03-14 · §1 · https:\/\/example\.org\/tromso/);
      expect(await answerConsoleLine('/corpus list', state)).toMatch(/\* tromso\.md · \d+ bytes\n    Les pêcheurs de Tromsø obtiennent un accord sur les quotas · served/);
      expect(await answerConsoleLine(`/corpus add file: ${file}`, state)).toBe(
        "! Article not added: an article with id 'tromso' already exists (tromso.md); nothing was overwritten — remove it first with /corpus remove, or rename your file. The corpus is unchanged.\n",
      );
      expect(await answerConsoleLine('/corpus add file: /no/such/file.md', state)).toBe('! file: /no/such/file.md is not a file\n');
      expect(await answerConsoleLine('/refresh', state)).toMatch(/^== Corpus refreshed ==\n6 articles/);
      expect(await answerConsoleLine('/corpus remove article: tromso.md', state)).toMatch(/^== Article removed: tromso\.md ==/);
      expect((await audit.entries()).filter((e) => e.phase === 'result').map((e) => [e.user.id, e.user.tag, e.action, e.result])).toEqual([
        ['console', 'console:tester', 'add', 'ok'],
        ['console', 'console:tester', 'add', 'refused'],
        ['console', 'console:tester', 'refresh', 'ok'],
        ['console', 'console:tester', 'remove', 'ok'],
      ]);
    } finally {
      t.remove();
    }
  });

  it('works through npm start on a corpus copy: add by file path, then ask', async () => {
    const t = tmpCorpus('console-start');
    try {
      const file = join(t.root, 'tromso.md');
      writeFileSync(file, inventedArticle());
      const child = spawn('npm', ['run', 'dev', '--silent'], {
        cwd: process.cwd(),
        env: { ...process.env, DISCORD_TOKEN: '', CORPUS_DIR: t.corpusDir, CACHE_DIR: t.cacheDir, TRASH_DIR: t.trashDir, AUDIT_LOG: t.auditLog, npm_config_loglevel: 'silent' },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdin.write(`/corpus add file: ${file}\n`);
      child.stdin.write('/ask question: Où les pêcheurs ont-ils signé un accord sur les quotas ?\n');
      child.stdin.end('/quit\n');
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(stderr).not.toMatch(/could not start|Error/);
      expect(code).toBe(0);
      expect(stdout).toContain('== Article added: Les pêcheurs de Tromsø obtiennent un accord sur les quotas ==');
      expect(stdout).toMatch(/== Où les pêcheurs ont-ils signé un accord sur les quotas \? ==\n.*Tromsø/);
      expect(readFileSync(t.auditLog, 'utf8')).toMatch(/"user":\{"id":"console","tag":"console(:[^"]+)?"\},"guild":null,"op":"[\w-]+","phase":"intent","pid":\d+,"action":"add","file":"tromso\.md"/);
      expect(readFileSync(t.auditLog, 'utf8')).toMatch(/"user":\{"id":"console","tag":"console(:[^"]+)?"\},"guild":null,"op":"[\w-]+","phase":"result","action":"add","file":"tromso\.md","result":"ok"/);
    } finally {
      t.remove();
    }
  }, 60_000);
});

describe('console output', () => {
  it('prints an article title that holds escape sequences without them', async () => {
    const engine = fakeEngine({ articles: [{ ...fakeArticles[0]!, title: 'Sommet\u001b]0;pwned\u0007\u001b[2J\u009b31m à Vladivostok\u0085' }] });
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (d: Buffer) => (printed += d.toString()));
    const done = runConsole({ engine, commands, input, output, prompt: false });
    input.end('/sources\n/quit\n');
    await done;
    expect(printed).toContain('Sommet à Vladivostok\\x85');
    expect(printed).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u);
  });
});
