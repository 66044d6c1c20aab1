import { describe, expect, it } from 'vitest';
import { plainVenues, isCostQuestion, isMeasureNoun, models, quantities, venues } from '../../src/qa/spans.js';

describe('quantities: one unit of time', () => {
  it('reads "une semaine", "un an" as durations, and "un homme" as no count', () => {
    expect(quantities('Une semaine après le déluge, le président est venu.').map((q) => [q.text, q.noun])).toEqual([['Une semaine', 'semaine']]);
    expect(quantities('Il est resté un an en prison.').map((q) => [q.text, q.noun])).toEqual([['un an', 'an']]);
    expect(quantities('Un homme est venu.')).toEqual([]);
  });
});

describe('venues: a phrase that works as a preposition', () => {
  it('reads no venue in "au cours d\'une cérémonie" and still reads the venue after it', () => {
    expect(venues("Au cours d'une cérémonie à la mairie de Tartu, le maire a parlé.").map((v) => v.text)).toEqual(['mairie de Tartu']);
    expect(venues("Les enfants jouaient dans la cour de l'école.").map((v) => v.text)).toEqual(["cour de l'école"]);
    // A demonstrative after "de" opens the complement; the venue does not stop on it ("enceinte de ce").
    expect(venues("Il est entré dans l'enceinte de ce collège-lycée en criant.").map((v) => v.text)).toEqual(['enceinte de ce collège-lycée']);
    // A house number before a street is part of the address.
    expect(venues("La cérémonie a lieu au 7 rue de l'Europe.").map((v) => v.text)).toEqual(["7 rue de l'Europe"]);
  });
});

describe('venues', () => {
  it.each([
    ['La cérémonie a débuté dans un hall du parc des expositions, tandis que', 'hall du parc des expositions', 'hall'],
    ['La cargaison avait été transférée dans le hangar 12 en 2014.', 'hangar 12', 'hangar'],
    ['Les manifestants se sont réunis sur la place des Martyrs samedi.', 'place des Martyrs', 'place'],
    ["Dans les couloirs de l’hôpital San Martino, une infirmière raconte.", 'hôpital San Martino', 'hopital'],
    ['Le match s’est joué au stade Loujniki.', 'stade Loujniki', 'stade'],
    // An ordinal names a venue of its noun, alone or with the complement read from the noun.
    ['Un frigo a explosé dans un appartement du quatrième étage.', 'quatrième étage', 'etage'],
    ['Le drame a eu lieu dans le 1er arrondissement de Tartu.', '1er arrondissement de Tartu', 'arrondissement'],
    // An adjective between the noun and what names it; a name with figures.
    ['La chapelle ardente a été installée au foyer municipal de Varenna.', 'foyer municipal de Varenna', 'foyer'],
    ['Il sera jugé par le tribunal correctionnel de Tartu en mai.', 'tribunal correctionnel de Tartu', 'tribunal'],
    // Two words after "de" when another "de" follows them.
    ['Elle a été entendue au tribunal de grande instance de Tartu mercredi.', 'tribunal de grande instance de Tartu', 'tribunal'],
    ['Le car roulait sur la départementale 17 vers le nord.', 'départementale 17', 'departementale'],
    ['Les voitures se sont renversées près du viaduc de l’autoroute AP-9, dans le quartier.', 'viaduc de l’autoroute AP-9', 'viaduc'],
    // A name that runs "from … to …" ("canal de la Marne au Rhin"): "au" before a capitalised word after a name continues it.
    ['La rame a basculé dans le canal de la Marne au Rhin, près de Tarvik.', 'canal de la Marne au Rhin', 'canal'],
    // "au pied d'une falaise": an indefinite article after "de".
    ["Ingrid a trouvé refuge au pied d'une falaise.", "pied d'une falaise", 'pied'],
  ])('reads the venue of "%s"', (text, venue, noun) => {
    expect(venues(text)).toContainEqual(expect.objectContaining({ text: venue, noun }));
  });

  it('reads no stop word as the adjective of a venue ("la salle était de nouveau pleine")', () => {
    expect(venues('La salle était de nouveau pleine.').map((v) => v.text)).toEqual([]);
  });

  it('reads a position with the place it is of as a venue, and that place too', () => {
    expect(venues("Leurs sacs ont été retrouvés à l'entrée de la mine, près du parking.").map((v) => v.text)).toEqual(['entrée de la mine']);
    expect(venues("Le stock était à l'intérieur du hangar 7 du port.").map((v) => v.text)).toEqual(['intérieur du hangar 7 du port', 'hangar 7 du port']);
    // A position with no place after it is none ("l'entrée principale").
    expect(venues("Ils ont attendu devant l'entrée principale.").map((v) => v.text)).toEqual([]);
    // An abbreviation keeps its dot inside a name ("St. Johns"); a sentence's last word does not.
    expect(venues('Il est arrivé au port de St. Johns mardi.').map((v) => v.text)).toEqual(['port de St. Johns']);
    expect(venues('Le navire est rentré au port de Tallinn. Le Monde le confirme.').map((v) => v.text)).toEqual(['port de Tallinn']);
    // "à bord de" (aboard) places nothing; "au bord de" does.
    expect(venues('Deux pompiers ont été emportés à bord de leur véhicule.').map((v) => v.text)).toEqual([]);
    expect(venues('La voiture a fini au bord de la rivière.').map((v) => v.text)).toEqual(['bord de la rivière']);
  });

  it('reads a venue noun that is an adjective too as the adjective after a noun ("les obsèques nationales des victimes")', () => {
    expect(venues('Les cercueils ont été alignés pour les obsèques nationales des victimes.').map((v) => v.text)).toEqual([]);
    expect(venues('Le car roulait sur la nationale 7 vers le sud.').map((v) => v.text)).toEqual(['nationale 7']);
  });

  it('reads no venue from a vague place word or a bare noun', () => {
    expect(venues('Il est arrivé sur le lieu du drame.').map((v) => v.text)).toEqual([]);
    expect(venues('Il est sorti de l’hôpital hier.').map((v) => v.text)).toEqual([]);
  });

  it('gives offsets into the sentence', () => {
    const text = 'Ils se sont retrouvés place des Martyrs.';
    const [v] = venues(text);
    expect(text.slice(v!.start, v!.end)).toBe('place des Martyrs');
  });
});

describe('quantities', () => {
  it.each([
    ['L’effondrement a fait 41 morts et une quinzaine de blessés.', ['41 morts|mort', 'une quinzaine de blessés|blesse']],
    ['Le port abritait 2 750 tonnes de nitrate.', ['2 750 tonnes|tonne']],
    ['Une centaine de forages ont été creusés.', ['Une centaine de forages|forage']],
    ['Les échanges ont baissé de plus de 56 % en 2018.', ['plus de 56 %|']],
    ['Les dégâts sont estimés à trois milliards de dollars.', ['trois milliards de dollars|dollar']],
    // A range keeps its low end.
    ['La police dit avoir affaire à quelque 5 à 600 délinquants.', ['quelque 5 à 600 délinquants|delinquant']],
    ['Entre 20 et 30 morts et 10-15 blessés.', ['Entre 20 et 30 morts|mort', '10-15 blessés|blesse']],
    // A fraction belongs to the figure.
    ['Ils ont été condamnés à deux ans et demi de prison.', ['deux ans et demi|an']],
    // A speed keeps its "per hour".
    ['Le train roulait à 153 kilomètres heure, puis à 80 km/h et 30 kilomètres à l’heure.', ['153 kilomètres heure|kilometre', '80 km/h|km', '30 kilomètres à l’heure|kilometre']],
    // Hours and minutes with no time preposition are a duration; after "à" they are a time of day.
    ["L'œil du cyclone est resté environ 1h30 sur l'île, avant de repartir à 23h11.", ['environ 1h30|heure']],
  ])('reads the figures of "%s"', (text, expected) => {
    expect(quantities(text).map((q) => `${q.text}|${q.noun}`)).toEqual(expected);
  });

  it('reads the dimension a measure gives', () => {
    expect(quantities('un cratère de 110 mètres de long sur 43 mètres de profondeur').map((q) => q.dimension)).toEqual(['long', 'profondeur']);
  });

  it('does not read a year, a time of day or an article as a count', () => {
    expect(quantities('En 2014, à 18h08, un homme est arrivé.')).toEqual([]);
  });

  it('reads a scale word after digits as part of the figure: "23 millions de personnes" counts people', () => {
    expect(quantities('Quelque 23 millions de personnes sont touchées, pour 2 milliards d’euros.').map((q) => `${q.text}|${q.noun}`)).toEqual(['Quelque 23 millions de personnes|personne', '2 milliards d’euros|euro']);
  });

  it('does not read a day of the month as a count', () => {
    expect(quantities('- 27 janvier: accord prévoyant 11.000 euros par personne.').map((q) => q.text)).toEqual(['11.000 euros']);
  });

  it('tells a measure noun from a counted one', () => {
    expect(isMeasureNoun('montant')).toBe(true);
    expect(isMeasureNoun('mort')).toBe(false);
  });
});

describe('isCostQuestion', () => {
  it('reads a brand and its range as a model, and a version named right after it as part of it ("Tarvik Classe B, modèle XR")', () => {
    expect(models('Une « Tarvik Classe B, modèle XR, immatriculée en Lettonie » a été filmée.').map((m) => m.text)).toEqual(['Tarvik Classe B, modèle XR']);
    expect(models('Il roulait en Kuru Série 3 depuis un an.').map((m) => m.text)).toEqual(['Kuru Série 3']);
    // A version alone stays itself.
    expect(models('Un fusil modèle 1892 a été saisi.').map((m) => m.text)).toEqual(['modèle 1892']);
  });

  it('reads a question about an amount of money, by its verb or by a money noun', () => {
    expect(isCostQuestion('Combien a coûté la reconstruction ?')).toBe(true);
    expect(isCostQuestion("L'enveloppe débloquée pour les survivants, elle se monte à combien ?")).toBe(true);
    expect(isCostQuestion('Combien de pompiers ont été mobilisés ?')).toBe(false);
    expect(isCostQuestion("Combien l'armateur a-t-il versé aux familles ?")).toBe(true);
    expect(isCostQuestion("L'indemnisation, c'était combien par personne ?")).toBe(true);
  });
});

describe('models', () => {
  it.each([
    ["Un Airbus A310 de la compagnie s'est abîmé en mer.", ['Airbus A310']],
    ['Le modèle incriminé, le FF175BP, a été retiré.', ['FF175BP']],
    ["Ils ont été transportés dans un A330 MRTT de l'armée.", ['A330 MRTT']],
    ['Le DC-10 avait perdu une lamelle.', ['DC-10']],
    ['Un hélicoptère Alouette II a décollé.', ['Alouette II']],
    ['Un revolver de collection modèle 1892.', ['modèle 1892']],
    ['Il a fui sur un scooter noir de marque Peugeot, volé la veille.', ['Peugeot']],
  ])('reads the model of "%s"', (text, expected) => expect(models(text).map((m) => m.text)).toEqual(expected));

  it.each([
    'Le vol AH5017 a disparu.',
    "Il roulait sur l'A7 vers Lyon.",
    'Le roi Felipe VI est arrivé.',
    'Le drame a eu lieu en 2019 à Paris.',
  ])('reads no model in "%s"', (text) => expect(models(text)).toEqual([]));
});

describe('models: where the brand stands', () => {
  it('starts the span at the brand, not at "de marque"', () => {
    const text = 'Il a fui sur un scooter noir de marque Peugeot, volé la veille.';
    const [m] = models(text);
    expect(text.slice(m!.start, m!.end)).toBe('Peugeot');
  });
});

describe('quantities: a clock written in capitals', () => {
  it('reads "1H30" as hours and minutes like "1h30"', () => {
    expect(quantities("Il est resté environ 1H30 sur l'île.").map((q) => [q.text, q.noun])).toEqual([['environ 1H30', 'heure']]);
  });
});

describe('quantities: a figure after the pronoun "en"', () => {
  it('counts what the sentence counted before ("16 cercueils …, qui en contient 24")', () => {
    expect(quantities("L'appareil néerlandais transporte 16 cercueils, et un transporteur suédois, qui en contient 24.").map((q) => [q.text, q.noun])).toEqual([['16 cercueils', 'cercueil'], ['24', 'cercueil']]);
    expect(quantities('Il y a 16 cercueils ; le bilan atteint 24.').map((q) => q.noun)).toEqual(['cercueil', '']);
    // "trois autres" counts more of the same.
    expect(quantities('En tout, 29 terroristes ont été tués et trois autres capturés.').map((q) => [q.text, q.noun])).toEqual([['29 terroristes', 'terroriste'], ['trois autres', 'terroriste']]);
  });
});

describe('plainVenues', () => {
  it('reads a venue noun and its adjective after a place preposition, which venues() leaves out', () => {
    expect(plainVenues('Les corps ont été enterrés dans un cimetière municipal, faute de mieux.').map((v) => v.text)).toEqual(['cimetière municipal']);
    expect(venues('Les corps ont été enterrés dans un cimetière municipal, faute de mieux.')).toEqual([]);
    // Not a noun of no venue, nor an article or "de" read as the adjective.
    expect(plainVenues('Il a agi dans un esprit constructif.')).toEqual([]);
  });
});

describe('quantities with thousands written the Swiss way or with a narrow space', () => {
  it("reads 800'000 and 2 500 (narrow no-break space) as one figure each", () => {
    expect(quantities("plus de 800'000 l'an dernier").map((s) => s.text)).toEqual(["plus de 800'000"]);
    expect(quantities('2\u202f500 manifestants').map((s) => s.text)).toEqual(['2\u202f500 manifestants']);
  });
});

describe('quantities: a duration in two units', () => {
  it('is one quantity, the larger unit first', () => {
    expect(quantities("L'appel a duré une minute et 23 secondes.").map((q) => q.text)).toEqual(['une minute et 23 secondes']);
    expect(quantities('Il a parlé pendant 2 heures 15 minutes.').map((q) => q.text)).toEqual(['2 heures 15 minutes']);
    expect(quantities('3 morts et 2 blessés, 23 secondes et une minute').map((q) => q.text)).toEqual(['3 morts', '2 blessés', '23 secondes', 'une minute']);
  });
});

describe('models: a capitalised word and a small number (session 21)', () => {
  it("reads 'Vega 7', 'Le Vega 7' and 'Aurora Vega-7' as models", async () => {
    const { models } = await import('../../src/qa/spans.js');
    expect(models('un bimoteur Vega 7 de la garde côtière').map((m) => m.text)).toEqual(['Vega 7']);
    expect(models('Le Vega 7 de la garde côtière n’avait pas d’autorisation').map((m) => m.text)).toEqual(['Vega 7']);
    expect(models('son vol BX-410, un Aurora Vega-7.').map((m) => m.text)).toEqual(['Aurora Vega-7']);
  });

  it("reads no model in a weekday, a date, a place or an hour and a number ('Mardi 2', 'Riga 8', 'vers Tartu 8h')", async () => {
    const { models } = await import('../../src/qa/spans.js');
    expect(models('Mardi 2 janvier, la délégation est partie de Riga 8 jours plus tard, vers Tartu 8h.')).toEqual([]);
  });
});
