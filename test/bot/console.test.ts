import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { answerConsoleLine, parseConsoleLine } from '../../src/cli/console.js';
import { fakeEngine } from '../commands/fake-engine.js';

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
    const child = spawn('npm', ['start', '--silent'], {
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
