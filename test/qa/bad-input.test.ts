import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEngine } from '../../src/engine.js';
import type { Engine } from '../../src/qa/types.js';

const SHIPPED_CORPUS = fileURLToPath(new URL('../../corpus', import.meta.url));

let engine: Engine;
let cacheDir: string;
beforeAll(async () => {
  cacheDir = await mkdtemp(path.join(tmpdir(), 'bad-input-cache-'));
  engine = await openEngine({ corpusDir: SHIPPED_CORPUS, cacheDir });
});
afterAll(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

const BAD_INPUTS: [string, string][] = [
  ['empty', ''],
  ['blank', ' \t \n  '],
  ['10,000 characters', 'Kim '.repeat(2500)],
  ['10,000 letters without a space', 'a'.repeat(10_000)],
  ['a name and a colon (Lunr field syntax)', 'Kim:'],
  ['a fuzzy-match tilde', 'foo~'],
  ['a lone caret', '^'],
  ['a lone star', '*'],
  ['a lone plus', '+'],
  ['a lone minus', '-'],
  ['Lunr syntax mixed with words', 'Kim~2 Poutine^10 +sommet -Hanoï title:* Vladi*'],
  ['emoji only', '😀🎉🔥'],
  ['control characters', '\u0000\u0001\u0007\u001b[31m\u007f'],
  ['zero-width characters only', '\u200b\u200d\ufeff'],
  ['a Discord mass mention', '@everyone'],
  ['a Discord user mention', '<@123456789012345678> qui est Kim ?'],
  ['a lone surrogate', 'Qui est \ud800 ?'],
  ['right-to-left text', 'من هو كيم؟'],
  ['HTML and a script tag', '<script>alert(1)</script>'],
];

describe('Engine.ask on bad input (shipped corpus)', () => {
  it.each(BAD_INPUTS)('survives %s: a reply with a kind and a null or string answer, within 1 s', (_label, input) => {
    const started = performance.now();
    let reply: ReturnType<Engine['ask']> | undefined;
    expect(() => (reply = engine.ask(input))).not.toThrow();
    const elapsed = performance.now() - started;
    expect(['who', 'when', 'where', 'quote', 'what']).toContain(reply!.kind);
    expect(reply!.answer === null || typeof reply!.answer === 'string').toBe(true);
    expect(Array.isArray(reply!.evidence)).toBe(true);
    expect(typeof reply!.question).toBe('string');
    expect(elapsed).toBeLessThan(1000);
    expect(() => JSON.stringify(reply)).not.toThrow();
  });

  it('abstains on input without a letter or a digit, with a note saying the question is empty', () => {
    for (const input of ['', '   ', '^', '*', '+', '-', '😀🎉🔥', '\u200b']) {
      const reply = engine.ask(input);
      expect(reply).toMatchObject({ kind: 'what', answer: null, evidence: [] });
      expect(reply.note).toMatch(/empty/);
    }
  });

  it('abstains on words the corpus never uses', () => {
    expect(engine.ask('foo~').answer).toBeNull();
    expect(engine.ask('@everyone').answer).toBeNull();
    expect(engine.ask('a'.repeat(10_000)).answer).toBeNull();
  });

  it('cuts a very long question before echoing it back', () => {
    const reply = engine.ask('Kim '.repeat(2500));
    expect(reply.question.length).toBeLessThanOrEqual(1000);
  });

  it('removes control characters, so a question with one inside still gets its answer', () => {
    const reply = engine.ask('Qui est Iouri\u0000 Ouchakov\u0007 ?');
    expect(reply.question).not.toMatch(/[\u0000-\u001f]/);
    expect(reply.kind).toBe('who');
    expect(reply.answer).toMatch(/conseiller du Kremlin/);
  });

  it('treats Lunr syntax in a real question as plain text', () => {
    const reply = engine.ask('Where did Kim:meet Putin*?');
    expect(reply.kind).toBe('where');
    expect(reply.answer).toMatch(/Vladivostok|Rousski/);
  });
});

describe('Engine read-only methods on bad input', () => {
  it.each(['', '*', 'Kim:', '😀', '\u0000', 'x'.repeat(10_000)])('people / person / quotes / timeline do not throw on %j', (input) => {
    expect(() => engine.people(input)).not.toThrow();
    expect(() => engine.person(input)).not.toThrow();
    expect(() => engine.quotes({ speaker: input, about: input })).not.toThrow();
    expect(() => engine.timeline({ person: input })).not.toThrow();
  });
});

describe('invisible characters inside a name', () => {
  it.each([
    ['a soft hyphen', 'Pou\u00adtine'],
    ['a zero-width space', 'Pou\u200btine'],
    ['a zero-width joiner', 'Pou\u200dtine'],
    ['a word joiner', 'Pou\u2060tine'],
  ])('%s is read as nothing: the same answer as the name written plainly', (_what, name) => {
    const plain = engine.ask('Qui est Vladimir Poutine ?');
    const odd = engine.ask(`Qui est Vladimir ${name} ?`);
    expect(plain.answer).not.toBeNull();
    expect(odd.answer).toBe(plain.answer);
    expect(odd.note ?? '').not.toMatch(/Pou\b/);
  });
});
