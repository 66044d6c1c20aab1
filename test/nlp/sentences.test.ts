import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/sentences.js';

/** Every span must slice back to its own text. */
function expectOffsetsSliceBack(paragraph: string) {
  const spans = splitSentences(paragraph);
  for (const s of spans) expect(paragraph.slice(s.start, s.end)).toBe(s.text);
  return spans;
}

describe('splitSentences', () => {
  it('ends a sentence at a line break of a web page (a heading, a caption), not at a wrapped line', () => {
    const page = 'Un toit effondré\nLe toit du marché a cédé mardi sous la neige.\n© Jaan Tamm / Facebook';
    expect(expectOffsetsSliceBack(page).map((s) => s.text)).toEqual(['Un toit effondré', 'Le toit du marché a cédé mardi sous la neige.', '© Jaan Tamm / Facebook']);
    const wrapped = 'Le toit du marché a cédé mardi sous le poids\nde la neige. Personne n\'a été blessé.';
    expect(expectOffsetsSliceBack(wrapped).map((s) => s.text)).toEqual(['Le toit du marché a cédé mardi sous le poids\nde la neige.', "Personne n'a été blessé."]);
    const announced = 'Il connaissait les dangers :\n« En eau profonde, on ne voit rien venir », disait-il.';
    expect(expectOffsetsSliceBack(announced)).toHaveLength(1);
  });

  it('splits ordinary sentences, with offsets that slice back to the paragraph', () => {
    const p = "Le sommet s'est ouvert mardi. Les délégations sont arrivées à Lisbonne. Un accord est-il possible ?";
    const spans = expectOffsetsSliceBack(p);
    expect(spans.map((s) => s.text)).toEqual([
      "Le sommet s'est ouvert mardi.",
      'Les délégations sont arrivées à Lisbonne.',
      'Un accord est-il possible ?',
    ]);
    expect(spans.map((s) => [s.start, s.end])).toEqual([[0, 29], [30, 71], [72, 99]]);
  });

  it('keeps "M. Kim" and "Mme Ribeiro" inside their sentence', () => {
    const p = 'M. Kim est arrivé mardi. Il a rencontré Mme Ribeiro à Lisbonne.';
    expect(expectOffsetsSliceBack(p).map((s) => s.text)).toEqual(['M. Kim est arrivé mardi.', 'Il a rencontré Mme Ribeiro à Lisbonne.']);
  });

  it('does not split after "M." in the middle of a sentence', () => {
    const p = 'Le ministre a salué M. Dalsgaard et Mme Ribeiro. Ils ont parlé.';
    expect(expectOffsetsSliceBack(p).map((s) => s.text)).toEqual(['Le ministre a salué M. Dalsgaard et Mme Ribeiro.', 'Ils ont parlé.']);
  });

  it('keeps a quotation and its ", a-t-elle ajouté" together', () => {
    const p = '« Les citoyens nous regardent », a-t-elle ajouté. La séance a repris.';
    expect(expectOffsetsSliceBack(p).map((s) => s.text)).toEqual(['« Les citoyens nous regardent », a-t-elle ajouté.', 'La séance a repris.']);
  });

  it('returns one sentence for a paragraph without a full stop, and none for blank text', () => {
    expect(splitSentences('Et les États-Unis?')).toEqual([{ text: 'Et les États-Unis?', start: 0, end: 18 }]);
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   \n ')).toEqual([]);
  });

  it('keeps offsets right when the paragraph has leading spaces', () => {
    const spans = expectOffsetsSliceBack('   Première phrase. Seconde phrase.');
    expect(spans[0].start).toBe(3);
    expect(spans.map((s) => s.text)).toEqual(['Première phrase.', 'Seconde phrase.']);
  });

  it('keeps a quotation of two sentences and its speaker in one sentence', () => {
    const p = '« Un accord ne réduit rien. Ce sont les lois qui le feront », a déclaré Ana Ribeiro. La séance a repris.';
    expect(expectOffsetsSliceBack(p).map((s) => s.text)).toEqual([
      '« Un accord ne réduit rien. Ce sont les lois qui le feront », a déclaré Ana Ribeiro.',
      'La séance a repris.',
    ]);
  });
});
