import { describe, expect, it } from 'vitest';
import { noCandidate, reasonToAbstain } from '../../src/qa/abstention.js';
import { reasonText } from '../../src/reasons/reasons.js';
import { ANSWERERS } from '../../src/qa/answerers.js';
import type { AnalyzedQuestion } from '../../src/qa/analyze-question.js';
import type { ScoredSentence } from '../../src/qa/knowledge.js';

const question = (over: Partial<AnalyzedQuestion> = {}): AnalyzedQuestion => ({
  text: 'q', kind: 'who', expects: 'person', english: false, wantsTime: false, wantsYear: false,
  entities: new Map(), terms: new Map([['sommet', 1]]), unknownNames: [], soft: new Map(), alternatives: new Map(), ...over,
});
const ranked = (coverage: number, contentCoverage = coverage): ScoredSentence[] =>
  [{ index: 0, score: 1, coverage, contentCoverage, entityCoverage: 1, sentence: { doc: 0, para: 1, text: 't', terms: [], mentions: [], dates: [] } }];

describe('reasonToAbstain', () => {
  it('names what the corpus never mentions', () => {
    expect(reasonToAbstain(question({ unknownNames: ['Dupont'] }), [])).toEqual({ code: 'unknownName', params: { names: 'Dupont' } });
    expect(reasonToAbstain(question({ whoIsUnknown: 'jean dupont' }), [])).toEqual({ code: 'unknownName', params: { names: 'jean dupont' } });
    expect(reasonText(reasonToAbstain(question({ unknownNames: ['Dupont'] }), [])!)).toBe('The corpus does not mention Dupont.');
  });

  it('abstains when nothing matches or the best passages cover too little of the question', () => {
    expect(reasonToAbstain(question(), [])).toEqual({ code: 'nothingMatches' });
    expect(reasonToAbstain(question(), ranked(0.2))).toEqual({ code: 'lowCoverage' });
    expect(reasonToAbstain(question(), ranked(0.9, 0.1))).toEqual({ code: 'lowCoverage' });
    expect(reasonToAbstain(question(), ranked(0.9))).toBeUndefined();
  });
});

describe('ANSWERERS', () => {
  it('has one answerer per kind, and the English note names what each gives', () => {
    for (const [kind, answerer] of Object.entries(ANSWERERS)) {
      expect(answerer.kind).toBe(kind);
      expect(reasonText(noCandidate(answerer.kind))).toMatch(/^The passages that match give no (person|date|place|quotation|answer)\.$/);
    }
    expect(Object.keys(ANSWERERS).sort()).toEqual(['quote', 'what', 'when', 'where', 'who']);
  });
});
