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

  it('lets a who question be answered from passages that cover less of it than other kinds need', () => {
    expect(reasonToAbstain(question({ kind: 'who' }), ranked(0.38))).toBeUndefined();
    expect(reasonToAbstain(question({ kind: 'where', expects: 'place' }), ranked(0.38))).toEqual({ code: 'lowCoverage' });
    expect(reasonToAbstain(question({ kind: 'who' }), ranked(0.3))).toEqual({ code: 'lowCoverage' });
  });

  it('answers from a sentence that holds the words the question quotes, though it covers less of the question', () => {
    const saying = (text: string): ScoredSentence[] => [{ ...ranked(0.3)[0], sentence: { doc: 0, para: 1, text, terms: [], mentions: [], dates: [] } } as ScoredSentence];
    const q = question({ text: "Celle qui a parlé des « rescapés du dernier jour », c'est qui ?" });
    expect(reasonToAbstain(q, saying('Ce sont « les rescapés du dernier jour », a commenté Mme Tamm.'))).toBeUndefined();
    expect(reasonToAbstain(q, saying('Ce sont les rescapés, a commenté Mme Tamm.'))).toEqual({ code: 'lowCoverage' });
    expect(reasonToAbstain(question({ text: 'Qui a parlé de « rescapés » ?' }), saying('Ce sont les rescapés, a commenté Mme Tamm.'))).toEqual({ code: 'lowCoverage' });
  });

  it('answers from a sentence that says the specific noun asked ("quel hôtel") though it covers less of the question', () => {
    const sentence = (terms: string[]): ScoredSentence[] => [{ ...ranked(0.35)[0], sentence: { doc: 0, para: 1, text: 't', terms, mentions: [], dates: [] } } as ScoredSentence];
    const hotelAsked = { kind: 'where' as const, expects: 'place' as const, noun: 'hotel' };
    expect(reasonToAbstain(question(hotelAsked), sentence(['termin', 'soir', 'hotel']))).toBeUndefined();
    // A narrower noun says it too: a commissariat is a bâtiment.
    expect(reasonToAbstain(question({ kind: 'where', expects: 'place', noun: 'batiment' }), sentence(['descendu', 'commissariat']))).toBeUndefined();
    // No noun asked, or a sentence that does not say it: too little of the question.
    expect(reasonToAbstain(question(hotelAsked), sentence(['termin', 'soir']))).toEqual({ code: 'lowCoverage' });
    expect(reasonToAbstain(question({ kind: 'where', expects: 'place' }), sentence(['termin', 'soir', 'hotel']))).toEqual({ code: 'lowCoverage' });
  });

  it('answers "à quelle heure" from a timed sentence that covers less of the question only when it names the name asked', () => {
    const timed: ScoredSentence[] = [{ ...ranked(0.38)[0], sentence: { doc: 0, para: 1, text: 't', terms: [], mentions: [], dates: [{ start: 0, end: 3, text: 'à 14h', relative: false, time: '14:00' }] } } as ScoredSentence];
    const timeAsked = { kind: 'when' as const, expects: 'time' as const, wantsTime: true };
    expect(reasonToAbstain(question({ ...timeAsked, entities: new Map([[0, 2]]) }), timed)).toBeUndefined();
    // With no name asked, "beside the name" says nothing: the sentence covers too little.
    expect(reasonToAbstain(question(timeAsked), timed)).toEqual({ code: 'lowCoverage' });
  });
});

describe('reasonToAbstain: a place of the noun asked', () => {
  it('lets a sentence that names a place of the noun asked ("le quartier Magnan") answer from lower coverage', () => {
    const asked = question({ kind: 'where', expects: 'place', noun: 'quartier' });
    const sentence = (text: string): ScoredSentence[] => [{ ...ranked(0.35, 0.35)[0], sentence: { doc: 0, para: 1, text, terms: [], mentions: [], dates: [] } } as ScoredSentence];
    expect(reasonToAbstain(asked, sentence('Les caméras le filment dans le quartier Magnan, vers la mer.'))).toBeUndefined();
    // The noun alone names no place; too little of the question is said.
    expect(reasonToAbstain(asked, sentence('Les caméras le filment dans le quartier, vers la mer.'))).toEqual({ code: 'lowCoverage' });
  });
});

describe('reasonToAbstain: a statement of the speaker asked', () => {
  it('answers a quote question from a sentence where the person asked speaks, beside some of its words', () => {
    const quoteAsked = question({ kind: 'quote', expects: 'statement', entities: new Map([[7, 4]]) });
    const speakers = (id: number) => () => [{ entity: id, verb: 'declare' }];
    // Covers a third of the question, with some of its own words: Kadri speaks there, it may answer.
    expect(reasonToAbstain(quoteAsked, ranked(0.35, 0.3), speakers(7))).toBeUndefined();
    // Someone else speaks, or none of the question's own words are said: too little of the question.
    expect(reasonToAbstain(quoteAsked, ranked(0.35, 0.3), speakers(8))).toEqual({ code: 'lowCoverage' });
    expect(reasonToAbstain(quoteAsked, ranked(0.35, 0.1), speakers(7))).toEqual({ code: 'lowCoverage' });
    expect(reasonToAbstain(quoteAsked, ranked(0.35, 0.3))).toEqual({ code: 'lowCoverage' });
    // However much of the question the name covers, a statement that says none of its other words does not answer.
    expect(reasonToAbstain(quoteAsked, ranked(0.6, 0), speakers(7))).toEqual({ code: 'lowCoverage' });
  });

  it('answers from a statement the person asked makes with the very verb the question gives ("pour résumer" / "résume X")', () => {
    const asked = (text: string) => question({ text, kind: 'quote', expects: 'statement', entities: new Map([[7, 4]]) });
    const resume = () => [{ entity: 7, verb: 'resume' }];
    expect(reasonToAbstain(asked("Qu'a dit Kadri pour résumer la nuit ?"), ranked(0.3, 0), resume)).toBeUndefined();
    // A plain "dit" names no act; another speaker's act is none of Kadri's.
    expect(reasonToAbstain(asked("Qu'a dit Kadri sur la nuit ?"), ranked(0.3, 0), resume)).toEqual({ code: 'lowCoverage' });
    expect(reasonToAbstain(asked("Qu'a dit Kadri pour résumer la nuit ?"), ranked(0.3, 0), () => [{ entity: 8, verb: 'resume' }])).toEqual({ code: 'lowCoverage' });
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
