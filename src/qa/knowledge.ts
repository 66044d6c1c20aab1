import type lunr from 'lunr';
import type { Annotations, AnnotatedSentence } from '../nlp/annotate.js';
import type { EntityType } from '../nlp/entities.js';
import { nameKey } from '../nlp/french.js';
import { searchPassages } from '../index/passage-index.js';
import { soundKey, type AnalyzedQuestion, type Vocabulary } from './analyze-question.js';

/** A sentence scored for a question. */
export interface ScoredSentence {
  index: number;
  sentence: AnnotatedSentence;
  score: number;
  /** Share (0..1) of the question's weight that this sentence, or its neighbours, match. */
  coverage: number;
  /** Share (0..1) of the question's content-term weight (names aside) matched. */
  contentCoverage: number;
}

/** How many passages Lunr hands to sentence scoring. */
const PASSAGE_LIMIT = 40;
const K1 = 1.2;
const B = 0.75;

/**
 * The loaded corpus knowledge: annotations, the Lunr passage index, and lookups derived from them once at
 * load time (entity keys, transliteration keys, sentence → speech acts). Answerers read it; nothing here changes
 * after construction.
 */
export class Knowledge implements Vocabulary {
  readonly sentenceCount: number;
  private readonly keys = new Map<string, number>();
  private readonly sounds = new Map<string, number>();
  private readonly avgLength: number;
  /** Speech acts by sentence index. */
  readonly speechBySentence = new Map<number, number[]>();
  /** Paragraph index (in annotations.paragraphs) of each sentence. */
  readonly passageOf: Int32Array;

  constructor(readonly ann: Annotations, readonly index: lunr.Index) {
    this.sentenceCount = ann.sentences.length;
    let total = 0;
    for (const s of ann.sentences) total += s.terms.length;
    this.avgLength = total / Math.max(1, ann.sentences.length);
    // Most mentioned entity wins a shared key or sound.
    const byMentions = [...ann.entities].sort((a, b) => b.mentions - a.mentions);
    for (const e of byMentions) {
      for (const k of e.keys) if (!this.keys.has(k)) this.keys.set(k, e.id);
      for (const a of [e.name, ...e.aliases]) {
        const k = nameKey(a);
        if (!this.keys.has(k)) this.keys.set(k, e.id);
        const s = soundKey(a);
        if (!this.sounds.has(s)) this.sounds.set(s, e.id);
      }
    }
    ann.speech.forEach((act, i) => {
      const list = this.speechBySentence.get(act.sentence) ?? [];
      list.push(i);
      this.speechBySentence.set(act.sentence, list);
    });
    this.passageOf = new Int32Array(ann.sentences.length);
    ann.paragraphs.forEach((p, i) => {
      for (let s = p.first; s < p.first + p.count; s++) this.passageOf[s] = i;
    });
  }

  entityByKey(key: string): number | undefined {
    return this.keys.get(key);
  }
  entityBySound(key: string): number | undefined {
    return this.sounds.get(key);
  }
  entityType(id: number): EntityType {
    return this.ann.entities[id]?.type ?? 'other';
  }
  df(term: string): number {
    return this.ann.df[term] ?? 0;
  }

  /**
   * Retrieves passages with Lunr, then scores each of their sentences: BM25 on the question's content terms,
   * plus the weight of each entity of the question the sentence names (by any alias), plus a share of its
   * neighbours' score (a sentence often leans on the one before: "Le premier a eu lieu à …").
   */
  rank(q: AnalyzedQuestion, limit = 12): ScoredSentence[] {
    const weighted = new Map(q.terms);
    // Names search Lunr by their words too (the aliases' words are in the passages' terms).
    for (const id of q.entities.keys()) {
      const e = this.ann.entities[id];
      for (const form of [e.name, ...e.aliases]) {
        for (const w of nameKey(form).split(' ')) if (w.length > 1) weighted.set(w, Math.max(weighted.get(w) ?? 0, 1));
      }
    }
    const passages = searchPassages(this.index, weighted, PASSAGE_LIMIT);
    const termWeight = [...q.terms.values()].reduce((a, b) => a + b, 0);
    const entityWeight = [...q.entities.values()].reduce((a, b) => a + b, 0);
    const totalWeight = termWeight + entityWeight;
    if (!totalWeight) return [];

    interface Raw { index: number; own: number; matched: Set<string>; entities: Set<number> }
    const raws = new Map<number, Raw>();
    const passageScore = new Map<number, number>();
    for (const hit of passages) {
      passageScore.set(hit.passage, hit.score);
      const p = this.ann.paragraphs[hit.passage];
      for (let s = p.first; s < p.first + p.count; s++) {
        const sentence = this.ann.sentences[s];
        const tf = new Map<string, number>();
        for (const t of sentence.terms) tf.set(t, (tf.get(t) ?? 0) + 1);
        let own = 0;
        const matched = new Set<string>();
        for (const [term, w] of q.terms) {
          const f = tf.get(term);
          if (!f) continue;
          matched.add(term);
          own += (w * (f * (K1 + 1))) / (f + K1 * (1 - B + (B * sentence.terms.length) / this.avgLength));
        }
        const entities = new Set<number>();
        for (const m of sentence.mentions) if (q.entities.has(m.entity)) entities.add(m.entity);
        for (const id of entities) own += q.entities.get(id) ?? 0;
        raws.set(s, { index: s, own, matched, entities });
      }
    }
    const scored: ScoredSentence[] = [];
    for (const r of raws.values()) {
      const sentence = this.ann.sentences[r.index];
      const prev = raws.get(r.index - 1);
      const next = raws.get(r.index + 1);
      const samePara = (o?: Raw) => o && this.ann.sentences[o.index].para === sentence.para && this.ann.sentences[o.index].doc === sentence.doc ? o : undefined;
      const neighbours = [samePara(prev), samePara(next)].filter((x): x is Raw => !!x);
      let score = r.own;
      for (const n of neighbours) score += 0.25 * n.own;
      // Coverage counts what the sentence says, plus names its neighbours supply (half weight).
      let covered = 0;
      let content = 0;
      for (const [term, w] of q.terms) {
        if (r.matched.has(term)) { covered += w; content += w; }
        else if (neighbours.some((n) => n.matched.has(term))) { covered += 0.5 * w; content += 0.5 * w; }
      }
      for (const [id, w] of q.entities) {
        if (r.entities.has(id)) covered += w;
        else if (neighbours.some((n) => n.entities.has(id))) covered += 0.75 * w;
      }
      if (r.own <= 0) continue;
      score += 0.05 * (passageScore.get(this.passageOf[r.index]) ?? 0);
      scored.push({
        index: r.index,
        sentence,
        score,
        coverage: covered / totalWeight,
        contentCoverage: termWeight ? content / termWeight : 1,
      });
    }
    scored.sort((a, b) => b.score - a.score || a.index - b.index);
    return scored.slice(0, limit);
  }
}
