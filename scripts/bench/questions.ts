import { existsSync, readFileSync } from 'node:fs';
import { readPlainArticles } from './corpus.js';

/** A small deterministic generator (the same LCG as make-corpus.mjs), values in [0, 1). */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0 || 42;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** The question texts of an eval file such as ../shared/eval/dev.json (`{ questions: [{ q }] }`). */
export function readDevQuestions(devFile: string): string[] {
  if (!existsSync(devFile)) return [];
  const data = JSON.parse(readFileSync(devFile, 'utf8')) as { questions?: { q?: unknown }[] };
  return (data.questions ?? []).map((x) => x.q).filter((q): q is string => typeof q === 'string' && q.trim() !== '');
}

/** Capitalised words that start sentences without being names (so "Le Kremlin" does not read as a person). */
const SENTENCE_STARTERS = new Set(
  'Le La Les L Un Une Des Ce Cet Cette Ces Il Elle Ils Elles On Selon En Au Aux Du De Dans Pour Par Sur Mais Et Or Après Avant Lors Depuis Alors The A'.split(' '),
);

/** A run of capitalised words without its leading function words ("La Russie" → "Russie"). */
function dropLeadingStarters(run: string): string {
  const words = run.split(/\s+/);
  while (words.length && SENTENCE_STARTERS.has(words[0]!)) words.shift();
  return words.join(' ');
}

/** A sentence without its first word when that word is a capitalised function word. */
function dropSentenceStart(sentence: string): string {
  const first = /^\s*([\p{L}]+)[\s’']/u.exec(sentence);
  return first && SENTENCE_STARTERS.has(first[1]!) ? sentence.slice(first[0].length) : sentence;
}

/** People (runs of two or more capitalised words) and places (a capitalised word after à / en / au) of a title. */
export function namesInTitle(title: string): { people: string[]; places: string[] } {
  const word = String.raw`\p{Lu}[\p{L}’']*(?:-\p{L}+)*`;
  const people = [...title.matchAll(new RegExp(`${word}(?:\\s+${word})+`, 'gu'))]
    .map((m) => dropLeadingStarters(m[0]))
    .filter((p) => p.includes(' '));
  const places = [...title.matchAll(new RegExp(`(?:^|\\s)(?:à|en|au)\\s+(${word})`, 'gu'))].map((m) => m[1]!);
  return { people, places: places.filter((p) => !people.some((x) => x.includes(p))) };
}

type Template = (a: string, b: string, place: string) => string;

/** Question shapes the bot must handle: who / when / where / quote / what, French first, a little English. */
const TEMPLATES: Template[] = [
  (a) => `Qui est ${a} ?`,
  (a, b) => `Quand ${a} a-t-il rencontré ${b} ?`,
  (a, b) => `Où ${a} et ${b} se sont-ils rencontrés ?`,
  (a) => `Qu'a dit ${a} ?`,
  (a, _b, p) => `Quand ${a} est-il arrivé à ${p} ?`,
  (_a, _b, p) => `Que s'est-il passé à ${p} ?`,
  (a) => `Où ${a} s'est-il rendu ?`,
  (a, b) => `Qu'a déclaré ${a} à propos de ${b} ?`,
  (a) => `Who is ${a}?`,
  (a, b) => `When did ${a} meet ${b}?`,
];

/**
 * Questions generated from a corpus's titles, deterministic for a given seed: names that occur together
 * in a title are paired, so most questions have an answer somewhere in the corpus.
 */
export function generateQuestions(titles: readonly string[], count: number, seed = 7): string[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const groups = titles.map(namesInTitle).filter((g) => g.people.length > 0);
  const allPeople = [...new Set(groups.flatMap((g) => g.people))];
  const allPlaces = [...new Set(titles.flatMap((t) => namesInTitle(t).places))];
  if (allPeople.length === 0) return [];
  const out = new Set<string>();
  // Enough attempts to fill `count` even when duplicates are frequent (tiny corpora).
  for (let attempt = 0; out.size < count && attempt < count * 20; attempt++) {
    const g = pick(groups);
    const a = pick(g.people);
    const others = g.people.filter((p) => p !== a);
    const strangers = allPeople.filter((p) => p !== a);
    const b = others.length && (rnd() < 0.8 || !strangers.length) ? pick(others) : strangers.length ? pick(strangers) : a;
    const place = g.places.length ? pick(g.places) : allPlaces.length ? pick(allPlaces) : 'Paris';
    out.add(TEMPLATES[attempt % TEMPLATES.length]!(a, b, place)); // every shape in turn: a balanced mix of kinds
  }
  return [...out];
}

/** The bench's question set for one corpus: the dev questions first, then generated ones, `count` in all. */
export function makeQuestions(corpusDir: string, devFile: string, count: number, seed = 7): {
  questions: string[];
  fromDev: number;
  generated: number;
} {
  const dev = readDevQuestions(devFile).slice(0, count);
  const articles = readPlainArticles(corpusDir);
  const titles = articles.map((a) => a.title || a.body.slice(0, 200));
  let generated = generateQuestions(titles, count, seed);
  if (dev.length + generated.length < count) {
    // A tiny corpus has too few title names for distinct questions: take names from its sentences too.
    const sentences = articles.flatMap((a) => a.body.split(/(?<=[.!?])\s+/)).map(dropSentenceStart);
    generated = generateQuestions([...titles, ...sentences], count, seed);
  }
  const questions = [...dev, ...generated.filter((q) => !dev.includes(q))].slice(0, count);
  return { questions, fromDev: dev.length, generated: questions.length - dev.length };
}
