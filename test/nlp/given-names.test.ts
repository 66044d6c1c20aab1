import { describe, expect, it } from 'vitest';
import { sexOfGivenName } from '../../src/nlp/given-names.js';

describe('sexOfGivenName', () => {
  it("tells a name of one sex's lists only", () => {
    expect(sexOfGivenName('Vincent')).toBe('m');
    expect(sexOfGivenName('Pauline')).toBe('f');
    expect(sexOfGivenName('Marc')).toBe('m');
  });
  it('tells nothing of a name in both lists or in none', () => {
    expect(sexOfGivenName('Camille')).toBeUndefined();
    expect(sexOfGivenName('Zobayan')).toBeUndefined();
  });
});
