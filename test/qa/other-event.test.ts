import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEngine } from '../../src/engine.js';
import type { Answer, Engine } from '../../src/qa/types.js';

/** One question of test/fixtures/other-event-questions.json (the format of /work/shared/eval/dev.json). */
interface Question {
  id: string;
  kind: Answer['kind'];
  q: string;
  /** Accepted short answers (any one), or null when the corpus does not say. */
  answer: string[] | null;
  docs?: string[];
}
interface QuestionSet {
  corpus: string;
  questions: Question[];
  /** Questions the engine gets wrong today: they must still get a well-formed reply. */
  known_failures: Question[];
  timeline: { date: string; words: string[] }[];
}

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const set = JSON.parse(readFileSync(path.join(FIXTURES, 'other-event-questions.json'), 'utf8')) as QuestionSet;

/** The dev scorer's normalisation: lower case, no accents, œ/æ spelled out, punctuation and hyphens as spaces. */
const norm = (s: unknown): string =>
  String(s ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/[\u00a0\u202f'’`´\-‐‑–—_«»"“”.,;:!?()]/g, ' ').replace(/\s+/g, ' ').trim();
const hasAny = (text: unknown, golds: string[]) => golds.some((g) => norm(text).includes(norm(g)));
/** The dev scorer's length limit: a short answer, not a paragraph. */
const limitFor = (kind: string) => (['who', 'when', 'where'].includes(kind) ? 120 : 400);

let engine: Engine;
let cacheDir: string;
beforeAll(async () => {
  cacheDir = await mkdtemp(path.join(tmpdir(), 'other-event-cache-'));
  engine = await openEngine({ corpusDir: path.join(FIXTURES, 'other-event'), cacheDir });
});
afterAll(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

/** Checks the reply has the contract's shape and survives JSON as is. */
function expectAnswerShape(a: Answer, question: string) {
  expect(a.question).toBe(question);
  expect(['who', 'when', 'where', 'quote', 'what']).toContain(a.kind);
  expect(a.answer === null || typeof a.answer === 'string').toBe(true);
  expect(Array.isArray(a.evidence)).toBe(true);
  for (const e of a.evidence) {
    expect(engine.article(e.doc)).toBeDefined();
    expect(e.paragraph).toBeGreaterThanOrEqual(1);
    expect(typeof e.text).toBe('string');
  }
  expect(JSON.parse(JSON.stringify(a))).toEqual(a);
}

describe('the engine on another event (test/fixtures/other-event)', () => {
  it('loads the four articles of the fixture', () => {
    expect(engine.articles().map((a) => [a.id.slice(0, 3), a.source, a.published])).toEqual([
      ['001', 'AFP', '2024-03-11'],
      ['002', 'AFP', '2024-03-12'],
      ['003', 'AFP', '2024-03-13'],
      ['004', 'AFP', '2024-03-14'],
    ]);
  });

  const answerable = set.questions.filter((q) => q.answer !== null);
  const unanswerable = set.questions.filter((q) => q.answer === null);

  it.each(answerable.map((q) => [q.id, q.q, q] as const))('%s answers "%s"', (_id, _text, q) => {
    const a = engine.ask(q.q);
    expectAnswerShape(a, q.q);
    expect(a.kind).toBe(q.kind);
    expect(a.answer, `answer to ${q.id}`).not.toBeNull();
    expect(a.answer!.length).toBeLessThanOrEqual(limitFor(q.kind));
    expect(hasAny(a.answer, q.answer!), `${JSON.stringify(a.answer)} should contain one of ${q.answer!.join(' | ')}`).toBe(true);
    expect(a.evidence.length).toBeGreaterThan(0);
  });

  it.each(unanswerable.map((q) => [q.id, q.q, q] as const))('%s abstains on "%s"', (_id, _text, q) => {
    const a = engine.ask(q.q);
    expectAnswerShape(a, q.q);
    expect(a.answer).toBeNull();
    expect(a.evidence).toEqual([]);
    expect(a.note).toMatch(/\S/);
  });

  it.each(set.known_failures.map((q) => [q.id, q.q] as const))('%s (known failure) still gets a well-formed reply to "%s"', (_id, text) => {
    expectAnswerShape(engine.ask(text), text);
  });

  it('keeps the question set honest: ids are unique and every known failure has an expected answer', () => {
    const ids = [...set.questions, ...set.known_failures].map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(set.questions.length + set.known_failures.length).toBeGreaterThanOrEqual(15);
    expect(unanswerable.length).toBe(3);
  });
});

describe('the timeline of another event', () => {
  it('is sorted by date, each event citing at least one existing paragraph', () => {
    const events = engine.timeline();
    expect(events.length).toBeGreaterThanOrEqual(set.timeline.length);
    const keys = events.map((e) => e.date + (e.time ? `T${e.time}` : ''));
    for (let i = 1; i < events.length; i++) expect(events[i - 1].date <= events[i].date, `${keys[i - 1]} before ${keys[i]}`).toBe(true);
    for (const e of events) {
      expect(e.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(e.text).toMatch(/\S/);
      expect(e.sources.length).toBeGreaterThan(0);
      for (const s of e.sources) {
        const article = engine.article(s.doc);
        expect(article).toBeDefined();
        expect(s.paragraph).toBeGreaterThanOrEqual(1);
        expect(s.paragraph).toBeLessThanOrEqual(article!.paragraphs);
      }
    }
  });

  it.each(set.timeline.map((g) => [g.date, g.words.join(' '), g] as const))('has an event on %s about "%s"', (_date, _words, g) => {
    const hit = engine.timeline().find((e) => e.date.startsWith(g.date) && g.words.every((w) => norm(e.text).includes(norm(w))));
    expect(hit, `no event on ${g.date} with ${g.words.join(', ')}`).toBeDefined();
  });

  it('filters by person and by date range', () => {
    const march13 = engine.timeline({ from: '2024-03-13', to: '2024-03-13' });
    expect(march13.length).toBeGreaterThan(0);
    for (const e of march13) expect(e.date.startsWith('2024-03-13')).toBe(true);
    const ribeiro = engine.timeline({ person: 'Ana Ribeiro' });
    expect(ribeiro.length).toBeGreaterThan(0);
    for (const e of ribeiro) expect(e.people).toContain('Ana Ribeiro');
    expect(engine.timeline({ person: 'Personne Inconnue' })).toEqual([]);
  });
});
