import { describe, expect, it } from 'vitest';
import { familyOf, relatedTerms, sortedPrefixLookup, standardize } from '../../src/nlp/word-family.js';
import { terms } from '../../src/nlp/tokens.js';

describe('standardize', () => {
  it('spells out the abbreviated saint of a place name, and nothing else', () => {
    expect(standardize('Les obsèques à St-Barth, ça a démarré quand ?')).toBe('Les obsèques à Saint-Barth, ça a démarré quand ?');
    expect(standardize('la rue St Jean, à Ste-Rose')).toBe('la rue Saint-Jean, à Sainte-Rose');
    expect(standardize('le 1st round, la Street')).toBe('le 1st round, la Street');
    // Phrases of several words, and colloquial words of company and ownership.
    expect(standardize('c qui le boss ? il est parti où ça ?')).toBe("c'est qui le chef ? il est parti où ?");
    expect(standardize('Le proprio du navire, c quoi ?')).toBe("Le propriétaire du navire, c'est quoi ?");
    expect(standardize('le c du mot')).toBe('le c du mot');
  });

  it('replaces the colloquial words of a question, keeping the rest', () => {
    expect(standardize('Il bosse dans quel hosto ?')).toBe('Il travaille dans quel hôpital ?');
    expect(standardize('Combien de soldats du feu sont venus ?')).toBe('Combien de pompiers sont venus ?');
    expect(standardize('Les gosses sont sortis quand ?')).toBe('Les enfants sont sortis quand ?');
    expect(standardize('Revendiqué par quelle orga ?')).toBe('Revendiqué par quelle organisation ?');
    expect(standardize("Le suspect a été cueilli où ?")).toBe("Le suspect a été arrêté où ?");
    expect(standardize('Ça s\'est passé dans quel bahut ?')).toBe('Ça s\'est passé dans quel lycée ?');
    expect(standardize("C'est qui le dircom de la boîte ?")).toBe("C'est qui le directeur de la communication de la entreprise ?");
    expect(standardize("Qu'a dit le DG ?")).toBe("Qu'a dit le directeur général ?");
    // "boîte noire" keeps its own sense.
    expect(standardize('Selon les boîtes noires, la boîte a menti ?')).toBe('Selon les boîtes noires, la entreprise a menti ?');
    expect(standardize('Les boites noires ?')).toBe('Les boites noires ?');
    expect(standardize("L'hôpital a ouvert")).toBe("L'hôpital a ouvert");
  });

  it('reads a set phrase for a title as that title ("garde des Sceaux", "chef de la diplomatie")', () => {
    expect(standardize('Quel garde des Sceaux a parlé ?')).toBe('Quel ministre de la Justice a parlé ?');
    expect(standardize('Le chef de la diplomatie, il a dit quoi ?')).toBe('Le ministre des Affaires étrangères, il a dit quoi ?');
    expect(standardize('Le chef de la mission a parlé.')).toBe('Le chef de la mission a parlé.');
  });

  it('keeps a capitalised word inside the question as typed: it is a name\'s ("sur France Info"), not a colloquial word', () => {
    expect(standardize("Qu'a dit le ministre sur France Info ?")).toBe("Qu'a dit le ministre sur France Info ?");
    expect(standardize("Qu'a dit le ministre sur les infos ?")).toBe("Qu'a dit le ministre sur les informations ?");
    expect(standardize('Boulot : il a repris quand ?')).toBe('travail : il a repris quand ?');
  });
});

/** True when the first word's synonym groups hold the second word. */
const related = (a: string, b: string) => relatedTerms(terms(a)[0]!).some((t) => terms(b).includes(t));

describe('relatedTerms', () => {
  it('puts the words of a synonym group beside each other, as analysed terms', () => {
    const [commence] = terms('commencé');
    expect(relatedTerms(commence!)).toEqual(expect.arrayContaining(terms('débuter')));
    expect(relatedTerms('zzzz')).toEqual([]);
  });

  it('knows the news verbs of ordering, confirming, locating and expiring, and the words of a collision', () => {
    expect(related('ordonné', 'ordre')).toBe(true);
    expect(related('officialisé', 'confirmé')).toBe(true);
    expect(related('repérée', 'localisée')).toBe(true);
    expect(related('expirer', 'terminé')).toBe(true);
    expect(related('accident', 'collision')).toBe(true);
    expect(related('percutés', 'collision')).toBe(true);
  });

  it('reads "déclenché" as "lancé" (a plan, an alert set off)', () => {
    expect(related('lancé', 'déclenché')).toBe(true);
    expect(related('déclenchement', 'lancement')).toBe(true);
  });
});

describe('agent nouns', () => {
  it('puts a verb beside the nouns of who does it ("conduisait" / "conducteur", "dirigeait" / "directrice")', () => {
    expect(related('conduisait', 'conducteur')).toBe(true);
    expect(related('dirigeait', 'directrice')).toBe(true);
    expect(related('présidait', 'président')).toBe(true);
    expect(related('conducteur', 'conduisait')).toBe(true);
    expect(related('conduisait', 'directeur')).toBe(false);
  });
});

describe('familyOf', () => {
  const vocabulary = ['demission', 'demissionn', 'nomm', 'publi', 'publiqu', 'port', 'portrait'].sort();
  const familyIn = (v: string[], t: string) => familyOf(t, sortedPrefixLookup(v), (x) => v.includes(x));
  it('finds the longer and shorter stems of one family in the vocabulary', () => {
    expect(familyIn(vocabulary, 'demiss')).toEqual(['demission', 'demissionn']);
    expect(familyIn(vocabulary, 'publicat')).toEqual(['publi']);
  });
  it('finds siblings that differ in their last letters', () => {
    expect(familyIn(['abattu', 'abattoir', 'abandon'].sort(), 'abattr')).toEqual(['abattu']);
  });
  it('leaves short stems alone', () => {
    expect(familyIn(vocabulary, 'port')).toEqual([]);
  });
});

describe('relatedTerms: verb forms the stemmer reads as adjectives', () => {
  it("does not join 'commune' to the speech verbs through 'communique'", () => {
    const [commune] = terms('commune');
    const [communiquer] = terms('communiquer');
    expect(relatedTerms(commune!)).toEqual([]);
    expect(relatedTerms(communiquer!)).toContain(terms('annoncer')[0]);
  });
});

describe('relatedTerms: plural nouns', () => {
  it("joins a noun's plural, which the stemmer may read otherwise ('passagers' for 'voyageur')", () => {
    expect(relatedTerms(terms('voyageur')[0]!)).toContain(terms('passagers')[0]);
  });
});
