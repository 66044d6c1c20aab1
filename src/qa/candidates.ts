import { fold } from '../nlp/french.js';
import { tokenize, stem, termOf } from '../nlp/tokens.js';
import type { AnalyzedQuestion } from './analyze-question.js';
import type { Knowledge, ScoredSentence } from './knowledge.js';
import { TUNING } from './tuning.js';
import type { Evidence } from './types.js';

/** Characters from a question word at which a candidate's proximity has halved. */
const PROXIMITY_HALF = 80;

/** Supporting sentences cited with an answer, at most. */
const EVIDENCE_LIMIT = 5;

/** Offsets in a sentence where the question's terms or names occur. */
export function anchors(q: AnalyzedQuestion, s: ScoredSentence): number[] {
  const out: number[] = [];
  const figures: number[] = [];
  for (const t of tokenize(s.sentence.text)) {
    for (const part of t.text.split(/[-'’]/)) {
      // (The index's term of the word — "né" is "naissance"'s — or, for a stop word, its stem.)
      const term = part ? termOf(part) || fold(stem(part)) : '';
      if (term && (q.terms.has(term) || q.soft.has(term) || q.alternatives.has(term))) {
        out.push(t.start);
        if (/^\d+$/.test(term) && q.terms.has(term)) figures.push(t.start);
      }
    }
  }
  const named = s.sentence.mentions.filter((m) => q.entities.has(m.entity)).map((m) => m.start);
  // "un pêcheur de 71 ans à A, un cycliste de 38 ans à B" for "le cycliste de 38 ans": a figure the question gives tells
  // which of the things a sentence lists is asked; its words, not the question's others, anchor the answer.
  // (Only in a sentence that lists other figures too: one figure alone tells no item from another.)
  if (figures.length && (s.sentence.text.match(/\d+/g) ?? []).length > figures.length) return [...figures, ...named];
  return [...out, ...named];
}

/** 1 next to a question word, falling with distance (in characters) to the nearest one. */
export function proximity(offset: number, points: number[]): number {
  if (!points.length) return TUNING.noAnchorProximity;
  const d = Math.min(...points.map((p) => Math.abs(p - offset)));
  return 1 / (1 + d / PROXIMITY_HALF);
}

/** A scored answer candidate with the sentences that support it. */
export interface Candidate {
  key: string;
  /** Sum over articles of the best support each gives: articles that agree count, repetition does not. */
  score: number;
  /** Sentence index → best local score. */
  support: Map<number, number>;
  /** Article index → best local score. */
  byDoc: Map<number, number>;
}

/** Adds support for a candidate key from one sentence of article `doc`. */
export function vote(pool: Map<string, Candidate>, key: string, score: number, sentence: number, doc: number): void {
  const c = pool.get(key) ?? { key, score: 0, support: new Map<number, number>(), byDoc: new Map<number, number>() };
  if (score > (c.support.get(sentence) ?? 0)) c.support.set(sentence, score);
  const before = c.byDoc.get(doc) ?? 0;
  if (score > before) {
    c.score += score - before;
    c.byDoc.set(doc, score);
  }
  pool.set(key, c);
}

/** Moves candidate `from` into candidate `into`: its score and its support add to theirs, and it leaves the pool. */
export function absorb(pool: Map<string, Candidate>, from: string, into: string): void {
  const a = pool.get(from)!;
  const b = pool.get(into)!;
  b.score += a.score;
  for (const [i, v] of a.support) b.support.set(i, (b.support.get(i) ?? 0) + v);
  for (const [d, v] of a.byDoc) b.byDoc.set(d, (b.byDoc.get(d) ?? 0) + v);
  pool.delete(from);
}

/** The best candidate of a pool, or undefined. */
export function best(pool: Map<string, Candidate>, tieBreak: (a: Candidate, b: Candidate) => number = () => 0): Candidate | undefined {
  return [...pool.values()].sort((a, b) => b.score - a.score || tieBreak(a, b))[0];
}

/** Evidence for an answer: only the sentences that support it, best first (the ranking when none is known). */
export function evidenceFor(k: Knowledge, ranked: ScoredSentence[], supporting: number[], limit = EVIDENCE_LIMIT): Evidence[] {
  const byIndex = new Map(ranked.map((r) => [r.index, r]));
  const order: number[] = [];
  const seen = new Set<number>();
  for (const i of supporting.length ? supporting : ranked.map((r) => r.index)) {
    if (seen.has(i)) continue;
    seen.add(i);
    order.push(i);
    if (order.length >= limit) break;
  }
  return order.map((i) => {
    const s = k.sentence(i);
    const score = byIndex.get(i)?.score ?? 0;
    return { doc: k.ann.articles[s.doc].id, paragraph: s.para, text: s.text, score: Math.round(score * 1000) / 1000 };
  });
}

/** Number of distinct articles among sentences. */
export function articlesAmong(k: Knowledge, sentences: number[]): number {
  return new Set(sentences.map((i) => k.sentences.docOf(i))).size;
}

/** Cuts text at a word to at most `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(' ', max - 1);
  return t.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:]+$/, '') + '…';
}

