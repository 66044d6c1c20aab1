import { describe, expect, it } from 'vitest';
import { findNames, groupEntities, type NameSpan } from '../../src/nlp/entities.js';
import { tokenize } from '../../src/nlp/tokens.js';

/** Names of one sentence, as if no word had been seen capitalised elsewhere in the corpus. */
const names = (sentence: string, seenInside: (folded: string) => boolean = () => false): NameSpan[] =>
  findNames(sentence, tokenize(sentence), seenInside);

/** Entities of a tiny corpus of sentences, as [name, type, aliases]. */
const entitiesOf = (sentences: string[]) =>
  groupEntities(sentences.flatMap((s) => names(s))).entities.map((e) => [e.name, e.type, e.aliases]);

describe('findNames', () => {
  it('reads a title before a name as a person cue and keeps it as the description', () => {
    const [poutine] = names('Le président russe Vladimir Poutine a reçu jeudi son invité.');
    expect(poutine).toMatchObject({ text: 'Vladimir Poutine', key: 'vladimir poutine', description: 'président russe' });
    // 2 for the title, 2.5 for the given name that opens it.
    expect(poutine.cues).toEqual({ person: 4.5, place: 0, org: 0 });
  });

  it('reads a person\'s full name after a title completed by a place noun as the titled person ("le bourgmestre de la commune Jean Martin")', () => {
    expect(entitiesOf(['Le bourgmestre de la commune Jean Martin a indiqué que le bâtiment avait changé de mains.'])).toEqual([['Jean Martin', 'person', []]]);
    expect(names('Le maire de la commune Jean Martin a parlé.')[0]).toMatchObject({ text: 'Jean Martin', description: 'maire de la commune' });
    // With "de", or with no given name, the place noun names the place.
    expect(entitiesOf(['Le maire de la commune de Tarvik a parlé.'])).toEqual([['Tarvik', 'place', []]]);
    expect(entitiesOf(['Le président de la région Kuru-Tarvik a parlé.'])).toEqual([['Kuru-Tarvik', 'place', []]]);
  });

  it('reads a name opening on a place word of compounds as a place cue ("Mont-Kuru", "Porte Maillot")', () => {
    expect(names('Ils se sont retrouvés à la Porte Kalevi avant de partir.')[0]).toMatchObject({ text: 'Porte Kalevi' });
    expect(names('Ils se sont retrouvés à la Porte Kalevi avant de partir.')[0].cues.place).toBeGreaterThan(0);
    expect(names('Le sommet du Mont-Kuru est enneigé.')[0].cues.place).toBeGreaterThan(0);
  });

  it('splits the complement of a title from the name at the first given name ("du conseil de Nordic Rail Ana Ribeiro")', () => {
    const spans = names('Le président du conseil de Nordic Rail Ana Ribeiro a accueilli les familles.');
    expect(spans.map((n) => n.text)).toEqual(['Nordic Rail', 'Ana Ribeiro']);
    expect(spans[0].cues.person).toBe(0);
  });

  it('reads a people ("les Libanais", "une Marocaine") as no one\'s name', () => {
    const types = entitiesOf(['Le Premier ministre Libanais a démissionné.', 'Les Libanais manifestent.', 'Une Marocaine témoigne.']);
    expect(types.filter(([, type]) => type === 'person').map(([name]) => name)).toEqual([]);
  });

  it('reads no apposition after a comma that goes on with a list ("X, et le commandant Y")', () => {
    const [first] = names("L'échange entre le capitaine Paul Kask, et le commandant Jaan Tamm de la capitainerie a été publié.");
    expect(first).toMatchObject({ text: 'Paul Kask' });
    expect(first.description ?? '').not.toMatch(/commandant/);
  });

  it('keeps the particles of Italian, Spanish and Portuguese names inside the name ("Meta di Sorrento")', () => {
    expect(names('Il est assigné à résidence à son domicile de Villa di Serio, au nord de Bergame.')[0]).toMatchObject({ text: 'Villa di Serio' });
    expect(names('Le joueur Rui dos Anjos a marqué.').map((n) => n.text)).toContain('Rui dos Anjos');
  });

  it('keeps a capitalised particle of Arabic names that opens the name ("Ben Issa Ousseni"), not a lower-case one', () => {
    expect(names('Il a salué le président du conseil Ben Karim Saadi, présent à la cérémonie.').map((n) => n.text)).toContain('Ben Karim Saadi');
    expect(names('La délégation est arrivée avec Abou Nidal Rami hier.').map((n) => n.text)).toContain('Abou Nidal Rami');
    expect(names('Le régime de Zine el-Abidine Ben Ali est tombé.').map((n) => n.text)).toContain('Zine el-Abidine Ben Ali');
  });

  it('reads an organisation word inside a name of three words or more as an organisation cue', () => {
    expect(names('Les supporters du Tallinn Club Portuali Kalju ont rendu hommage.')[0].cues.org).toBeGreaterThan(0);
  });

  it('reads an age in apposition as a person cue, and "de la" inside a Spanish name ("Ana de la Rosa, 30 ans")', () => {
    expect(names('Fayzov, 19 ans, est le plus jeune des détenus.', () => true)[0]).toMatchObject({ text: 'Fayzov' });
    expect(names('Fayzov, 19 ans, est le plus jeune des détenus.', () => true)[0].cues.person).toBeGreaterThan(0);
    expect(names('Selon Tsugumasa Mihara (73 ans), la secousse était forte.')[0].cues.person).toBeGreaterThan(0);
    expect(names('Tchernobyl, 30 ans après, reste une ville fantôme.', () => true)[0]?.cues.person ?? 0).toBe(0);
    expect(names("Ana de la Rosa, 30 ans, regrette des « guerres politiques ».").map((n) => n.text)).toEqual(['Ana de la Rosa']);
    expect(names('Le maire de la Ville a parlé.').map((n) => n.text)).not.toContain('maire de la Ville');
  });

  it('splits the initials one speaks to from the speaker\'s name after them, of any origin ("a déclaré à l\'AFP Tsugumasa X")', () => {
    expect(names("« C'était une secousse tellement puissante », a déclaré à l'AFP Tsugumasa Mihara, 73 ans.").map((n) => n.text)).toEqual(['AFP', 'Tsugumasa Mihara']);
    expect(names('Le directeur de SNCF Réseau a parlé.').map((n) => n.text)).toContain('SNCF Réseau');
  });

  it('splits an agency\'s initials from the given name after them ("AFP Thierry X")', () => {
    expect(names('Selon AFP Pierre Saar, président de l’association, le procès a été long.').map((n) => n.text)).toEqual(['AFP', 'Pierre Saar']);
  });

  it('drops a number opening a span: it counts people and names no one ("Quatre Estoniens")', () => {
    expect(names('Quatre Estoniens figurent parmi les victimes.').map((n) => n.text)).not.toContain('Quatre Estoniens');
  });

  it('reads a name that ends on a foreign place word as a place ("… Tower", "… Street")', () => {
    const [tower] = names("L'incendie de la Kaitlyn Tower a fait des dizaines de morts.");
    expect(tower.text).toBe('Kaitlyn Tower');
    expect(tower.cues.place).toBeGreaterThan(tower.cues.person);
  });

  it('reads a German market square ("… Markt") as a place', () => {
    const square = names("Une voiture a percuté la foule au marché de Noël de l'Alter Markt.").find((n) => n.text === 'Alter Markt')!;
    expect(square.cues.place).toBeGreaterThan(square.cues.person);
  });

  it('splits the complement of a title a few words back from the name after it', () => {
    const spans = names('Le président de la collectivité territoriale de Kihnu Peeter Tamm a décrit une situation grave.');
    expect(spans.map((n) => n.text)).toEqual(['Kihnu', 'Peeter Tamm']);
  });

  it('reads a regnal number as part of a person\'s name, not as an acronym ("Erik XIV")', () => {
    const [king] = names('Le roi Erik XIV a reçu les délégués.');
    expect(king.text).toBe('Erik XIV');
    expect(king.cues.org).toBe(0);
    expect(names("L'OTAN a reçu les délégués.")[0].cues.org).toBeGreaterThan(0);
  });

  it('reads a name that ends on a foreign organisation word as an organisation, though it opens on a given name', () => {
    const [club] = names('Il a rejoint le Harley Riders Group en 2010.');
    expect(club.text).toBe('Harley Riders Group');
    expect(club.cues.org).toBeGreaterThan(club.cues.person);
  });

  it('reads "à La X" inside a sentence as a place: the capitalised article belongs to the town\'s name', () => {
    const [town] = names("Une route s'est effondrée à La Rivière-Haute, a annoncé le maire.");
    expect(town.text).toBe('Rivière-Haute');
    expect(town.cues.place).toBeGreaterThan(town.cues.person);
    // A lowercase article is no part of a name: "grâce à la Commission" gets no place cue from "à".
    expect(names('Le projet a abouti grâce à la Commission, a annoncé le maire.')[0].cues.place).toBe(0);
  });

  it('reads a given name opening a name of two to four words as a person cue, whatever stands before it', () => {
    const [fouquet] = names("Le braquage avait coûté la vie à Sophie Varnel en 2010.");
    expect(fouquet.text).toBe('Sophie Varnel');
    expect(fouquet.cues).toEqual({ person: 2.5, place: 2, org: 0 });
    const [hyphen] = names('Selon Jean-Luc Vardel, rien ne presse.');
    expect(hyphen.cues.person).toBe(2.5);
    // A family name alone, a name with a connector, a place noun or an acronym: no given-name cue.
    expect(names('Le message de Vardel est arrivé.')[0].cues.person).toBe(0);
    expect(names('Le marché de Noël de Colmar a rouvert.').find((n) => n.text.startsWith('Noël'))?.cues.person ?? 0).toBe(0);
    expect(names('La rue Victor Hugo est fermée.')[0].cues.person).toBe(0);
    expect(names('La chaîne Sky TG24 a diffusé les images.')[0].cues.person).toBe(0);
  });

  it('reads a French town, department or region of the gazetteer as a place cue, with its article when it has one', () => {
    expect(names('Les renforts venus de Sarcelles sont arrivés.')[0].cues.place).toBe(2);
    expect(names('Il a grandi dans le Val-de-Marne.')[0].cues.place).toBeGreaterThanOrEqual(2);
    // "au Havre" is "à Le Havre"; a capitalised article inside a sentence belongs to the name.
    expect(names('Le cortège est arrivé au Havre.')[0].cues.place).toBe(2 + 2);
    // A town whose official name opens on its article keeps it ("La Rochelle").
    expect(names('Le navire a quitté La Rochelle hier.').find((n) => n.text === 'La Rochelle')?.cues.place).toBe(2);
    // "l'Union européenne" and a sentence that opens on "L'Union" are no town named L'Union.
    expect(names("Le texte divise l'Union depuis un an.")[0].cues.place).toBe(0);
    expect(names("L'Union a voté le texte.")[0].cues.place).toBe(0);
  });

  it('keeps a word mostly found after an article ("l\'épave du Kalevipoeg") apart from the person whose name it ends', () => {
    const found = entitiesOf([
      'Un portrait lui a donné le titre de Monsieur Kalevipoeg.',
      "Le robot a plongé vers l'épave du Kalevipoeg.",
      'Le Kalevipoeg avait coulé en 1912.',
      "Les débris du Kalevipoeg ont été filmés.",
    ]);
    expect(found.map(([name]) => name)).toEqual(expect.arrayContaining(['Monsieur Kalevipoeg', 'Kalevipoeg']));
  });

  it('types "hommage à Johnny X" as a person once the given name is read, and groups the family name with them', () => {
    const [[name, type]] = entitiesOf(['Un hommage à Johnny Vardel a été rendu.', 'Johnny Vardel chantait.', 'Vardel avait 74 ans.']);
    expect([name, type]).toEqual(['Johnny Vardel', 'person']);
  });

  it('gives offsets that slice back to the name', () => {
    const sentence = 'Selon Ana Ribeiro, rien ne presse.';
    const [span] = names(sentence);
    expect(sentence.slice(span.start, span.end)).toBe('Ana Ribeiro');
  });

  it('reads "à X" as a place cue', () => {
    const found = names('Vladimir Poutine est arrivé mercredi à Vladivostok.');
    expect(found.map((n) => n.text)).toEqual(['Vladimir Poutine', 'Vladivostok']);
    expect(found[1].cues).toEqual({ person: 0, place: 2, org: 0 });
  });

  it('reads "dans la ville de X" as a place cue', () => {
    const [sines] = names('Les ministres ont signé la déclaration dans la ville de Sines.');
    expect(sines.text).toBe('Sines');
    expect(sines.cues.place).toBeGreaterThan(sines.cues.person);
    expect(sines.cues.place).toBeGreaterThan(sines.cues.org);
  });

  it('reads "l\'agence X" and an acronym as organisation cues', () => {
    const [kcna] = names("L'information a été confirmée par l'agence KCNA dans la soirée.");
    expect(kcna.text).toBe('KCNA');
    expect(kcna.cues).toEqual({ person: 0, place: 0, org: 4 });
  });

  it('reads "Mme X" as a person cue, without the honorific in the name', () => {
    const [ribeiro] = names('Mme Ribeiro a salué les délégations.');
    expect(ribeiro).toMatchObject({ text: 'Ribeiro', key: 'ribeiro' });
    expect(ribeiro.cues.person).toBe(3);
  });

  it('reads an apposition before the name ("la ministre portugaise de l\'Environnement, Ana Ribeiro,")', () => {
    const found = names("La ministre portugaise de l'Environnement, Ana Ribeiro, a ouvert la séance.");
    const ribeiro = found.find((n) => n.text === 'Ana Ribeiro');
    expect(ribeiro?.description).toBe("ministre portugaise de l'Environnement");
    expect(ribeiro?.cues.person).toBe(2 + 2.5); // the title in apposition, and the given name
  });

  it('reads an apposition after the name ("X, professeur de …,")', () => {
    const [azevedo] = names("Pour Miguel Azevedo, professeur d'économie à l'université de Coimbra, l'objectif est atteignable.");
    expect(azevedo.text).toBe('Miguel Azevedo');
    expect(azevedo.description).toBe("professeur d'économie à l'université de Coimbra");
  });

  it('keeps "Corée du Nord" as one name and reads known countries as places', () => {
    const found = names('Les échanges entre la Russie et la Corée du Nord ont baissé.');
    expect(found.map((n) => n.text)).toEqual(['Russie', 'Corée du Nord']);
    for (const n of found) expect(n.cues.place).toBeGreaterThanOrEqual(3);
  });

  it('skips a capitalised first word never seen capitalised inside a sentence, and keeps it when it was', () => {
    expect(names('Drapeaux et banderoles ornaient la ville.')).toEqual([]);
    expect(names('Lisbonne accueille le sommet.', (w) => w === 'lisbonne').map((n) => n.text)).toEqual(['Lisbonne']);
  });

  it('groups spellings under one key: "Kim Jong-un" and "Kim Jong Un"', () => {
    expect(names('Kim Jong-un est arrivé.')[0].key).toBe(names('Le dirigeant Kim Jong Un a parlé.')[0].key);
  });

  it('finds nothing in text without capitalised words', () => {
    expect(names('le sommet a eu lieu mardi à dix heures.')).toEqual([]);
    expect(names('')).toEqual([]);
  });

  it('does not take a title for the name after a preposition ("son homologue à Vladivostok")', () => {
    const [vladivostok] = names('Le président russe a reçu son homologue à Vladivostok.');
    expect(vladivostok).toMatchObject({ text: 'Vladivostok', cues: { person: 0, place: 2, org: 0 } });
    expect(vladivostok.description).toBeUndefined();
  });

  it('does not read the portfolio of a title as a person ("le commissaire européen au Climat, Henrik Dalsgaard")', () => {
    const found = names('Le commissaire européen au Climat, Henrik Dalsgaard, a estimé que le texte tenait.');
    expect(found.map((n) => [n.text, n.cues.person, n.description])).toEqual([
      ['Climat', 0, undefined],
      ['Henrik Dalsgaard', 2, 'commissaire européen au Climat'],
    ]);
  });

  it('does not read the participle "a jugé" as the title "juge"', () => {
    const found = names('Le ministre polonais du Climat, Tomasz Wierzbicki, a jugé le calendrier « irréaliste ».');
    expect(found.find((n) => n.text === 'Tomasz Wierzbicki')?.description).toBe('ministre polonais du Climat');
  });

  it('reads "M. Dalsgaard a parlé." as a person cue, the period after the honorific included', () => {
    expect(names('Hier, M. Dalsgaard a parlé.').find((n) => n.text === 'Dalsgaard')?.cues.person).toBe(3);
    expect(entitiesOf(['Hier, M. Dalsgaard a parlé.', 'Ensuite M. Dalsgaard est parti.'])).toEqual([['Dalsgaard', 'person', []]]);
  });
});

describe('groupEntities', () => {
  it('reads a phenomenon\'s name ("le cyclone Aino", "l\'ouragan Kaja" and then "Kaja") as no one\'s, whatever title an adjective looks like', () => {
    const entities = entitiesOf([
      'Le passage du Cyclone Aino a laissé la ville de Tarvik sans courant.',
      "L'Ouragan Kaja a frappé la côte, puis Kaja a faibli au-dessus des terres.",
    ]);
    expect(entities.find(([name]) => name === 'Cyclone Aino')?.[1]).toBe('other');
    expect(entities.find(([name]) => name === 'Ouragan Kaja')).toEqual(['Ouragan Kaja', 'other', ['Kaja']]);
  });

  it('reads a capitalised compound joined in lower case ("un Café-théâtre") as no one\'s name', () => {
    const entities = entitiesOf(['Avec sa sœur, il gérait La Charrue, un Café-théâtre de la vieille ville.']);
    expect(entities.find(([name]) => name === 'Café-théâtre')?.[1]).toBe('other');
  });

  it('groups "Kim Jong-un", "Kim Jong Un" and "M. Kim" as one person', () => {
    expect(entitiesOf(['Kim Jong-un est arrivé en train.', 'Le dirigeant Kim Jong Un a salué son hôte.', 'M. Kim a ensuite quitté la ville.'])).toEqual([
      ['Kim Jong-un', 'person', ['Kim Jong Un', 'Kim']],
    ]);
  });

  it('groups "Ana Ribeiro" and "Mme Ribeiro", and keeps another person apart', () => {
    const entities = entitiesOf([
      "La ministre portugaise de l'Environnement, Ana Ribeiro, a ouvert la séance.",
      'Mme Ribeiro a salué les délégations.',
      'Le commissaire Henrik Dalsgaard a répondu.',
    ]);
    expect(entities).toContainEqual(['Ana Ribeiro', 'person', ['Ribeiro']]);
    expect(entities).toContainEqual(['Henrik Dalsgaard', 'person', []]);
  });

  it('joins a surname to the most mentioned full name it ends, not to a namesake', () => {
    const entities = entitiesOf(['Kim Jong-un est arrivé.', 'Kim Jong-un a parlé.', 'Kim Yo-jong est là.', 'M. Kim a souri.']);
    expect(entities).toContainEqual(['Kim Jong-un', 'person', ['Kim']]);
    expect(entities).toContainEqual(['Kim Yo-jong', 'person', []]);
  });

  it('types people, places and organisations from their summed cues', () => {
    const entities = entitiesOf([
      'Le président russe Vladimir Poutine a parlé.',
      'Il est arrivé à Vladivostok.',
      "L'information a été confirmée par l'agence KCNA.",
    ]);
    expect(entities).toEqual([
      ['Vladimir Poutine', 'person', []],
      ['Vladivostok', 'place', []],
      ['KCNA', 'org', []],
    ]);
  });

  it('does not join a place to a person whose name it shares a word with', () => {
    const entities = entitiesOf(['Le ministre Paul Lisbonne a parlé.', 'Il est arrivé à Lisbonne.', 'Il a quitté Lisbonne pour Porto.', 'Tout a eu lieu à Lisbonne.']);
    expect(entities).toContainEqual(['Paul Lisbonne', 'person', []]);
    expect(entities.find((e) => e[0] === 'Lisbonne')?.[1]).toBe('place');
  });

  it('counts mentions and maps every key to its entity', () => {
    const { entities, byKey } = groupEntities(['Ana Ribeiro parle.', 'Mme Ribeiro sourit.', 'Mme Ribeiro part.'].flatMap((s) => names(s)));
    expect(entities).toHaveLength(1);
    expect(entities[0].mentions).toBe(3);
    expect(byKey.get('ana ribeiro')).toBe(0);
    expect(byKey.get('ribeiro')).toBe(0);
  });

  it('reads the person of a name cut too long by a capitalised word before it ("Pour Lisbonne Ana Ribeiro a signé")', () => {
    // The word before the given name is split off (it was read as part of the name, then folded into the person).
    const sentences = ['Pour Lisbonne Ana Ribeiro a signé.', 'Ana Ribeiro est arrivée.', 'Ana Ribeiro a souri.'];
    expect(sentences.flatMap((s) => names(s)).map((n) => n.text)).toEqual(expect.arrayContaining(['Lisbonne', 'Ana Ribeiro']));
    const { entities } = groupEntities(sentences.flatMap((s) => names(s)));
    expect(entities.find((e) => e.name === 'Ana Ribeiro')).toMatchObject({ type: 'person', mentions: 3 });
    expect(entities.filter((e) => e.name.includes('Ribeiro'))).toHaveLength(1);
    // Two capitalised words before a family name with no given name still fold into the person they end.
    const long = ['Le ministre de l\'Intérieur Kask Tamm a signé.', 'Kask Tamm est arrivé.', 'Kask Tamm a souri.'];
    expect(groupEntities(long.flatMap((s) => names(s))).entities.filter((e) => e.name.includes('Tamm'))).toHaveLength(1);
  });

  it("splits the complement of a title from the name after it, and keeps a three-word name whole", () => {
    const texts = (s: string) => names(s).map((n) => n.text);
    expect(texts("Celle de la Justice Ana Maria Ribeiro a démissionné.")).toEqual(['Justice', 'Ana Maria Ribeiro']);
    expect(texts("a indiqué le secrétaire d'État Paulo Dias.")).toEqual(['État', 'Paulo Dias']);
    expect(names("le ministre de l'Intérieur Paulo Dias a parlé.").find((n) => n.text === 'Paulo Dias')?.description).toBe("ministre de l'Intérieur");
    expect(texts('la visite de Jean Marc Sousa à Lisbonne')).toEqual(['Jean Marc Sousa', 'Lisbonne']);
    // An organisation's name after a title stays whole.
    expect(texts('selon le président du Harley Owners Group, Paulo Dias.')).toEqual(['Harley Owners Group', 'Paulo Dias']);
    expect(texts('la directrice de la Banque Centrale Européenne a parlé.')).toEqual(['Banque Centrale Européenne']);
  });

  it('returns no entity for no span', () => {
    expect(groupEntities([])).toEqual({ entities: [], byKey: new Map() });
  });
});

describe('codes and routes', () => {
  it('reads a flight or a model with figures as no person and no organisation ("AH5017", "vol AH 5017")', () => {
    const types = entitiesOf(["Le vol AH5017 d'Air Kalevi s'est écrasé.", 'Le vol AH 5017 a disparu des radars.', 'Le MD83 de Nordic Rail a décroché.']);
    expect(types.filter(([, type]) => type === 'person').map(([name]) => name)).toEqual([]);
    expect(types.find(([name]) => name === 'AH')?.[1]).toBe('other');
  });

  it('reads an acronym of parts joined by a hyphen ("BEA-TT") as an organisation, a model ("MD-83") as none', () => {
    const types = entitiesOf(['Le rapport du BEA-TT pointe la configuration des lieux.', 'Le BEA-TT a rendu son rapport.', 'Le MD-83 de Nordic Rail a décroché.']);
    expect(types.find(([name]) => name === 'BEA-TT')?.[1]).toBe('org');
    expect(types.find(([name]) => name === 'MD-83')?.[1]).not.toBe('org');
  });

  it('reads a name that ends on a foreign place word as a place ("Oxford Circus", "Piazza" names)', () => {
    const types = entitiesOf(["Un rassemblement a eu lieu dans la soirée au niveau de Tallinn Circus, bloquant la circulation."]);
    expect(types.find(([name]) => name === 'Tallinn Circus')?.[1]).toBe('place');
  });

  it('reads a word of eight capitals or more as a name written loud, not an acronym, and names it by its usual form', () => {
    // The dateline's word opens its sentence: read as a name since it is seen capitalised inside one elsewhere.
    const sentences = ['TALLINNAVA, 30 mars (AFP) - Le navire est arrivé.', 'TALLINNAVA, 31 mars (AFP) - Le navire est reparti.', 'Le tribunal de Tallinnava a rendu son jugement.'];
    const types = groupEntities(sentences.flatMap((x) => names(x, () => true))).entities.map((e) => [e.name, e.type]);
    const entry = types.find(([name]) => name === 'Tallinnava');
    expect(entry?.[1]).not.toBe('org');
    expect(types.map(([name]) => name)).not.toContain('TALLINNAVA');
  });

  it('splits a capitalised word before a given name off the person ("Education Jean-Michel Tamm"), and types no name with a town or country in it as a person', () => {
    const split = names("Le ministre de l'Education Jean-Michel Tamm a parlé.").map((n) => n.text);
    expect(split).toContain('Jean-Michel Tamm');
    const types = entitiesOf(['Le projet du Grand Paris avance.', "Les avions d'Air France AF sont cloués au sol."]);
    expect(types.filter(([, type]) => type === 'person').map(([name]) => name)).toEqual([]);
  });

  it('splits a known place that is a given name too off the person after it ("de Paris Anne Kask")', () => {
    const spans = names('Le procureur de la République de Paris Anne Kask a annoncé une enquête.');
    expect(spans.map((n) => n.text).slice(-2)).toEqual(['Paris', 'Anne Kask']);
    expect(spans.at(-1)!.description).toBe('procureur de la République de Paris');
  });

  it('reads the apposition after a name ending on an initial ("Karim T., l\'assaillant …") and ends it before a relative', () => {
    const [suspect] = names("Karim T., l'assaillant au couteau qui a blessé deux passants, a été interpellé.");
    expect(suspect).toMatchObject({ text: 'Karim T', description: "l'assaillant au couteau" });
  });

  it('reads a given name alone, said more than once and nowhere a place or an organisation, as a person ("Il s\'appelle Henri")', () => {
    const types = entitiesOf(["Il s'appelle Henri et il a 24 ans.", 'Le courage de Henri a été salué.', 'Le quartier Cerise est calme.']);
    expect(types.find(([name]) => name === 'Henri')?.[1]).toBe('person');
    expect(types.find(([name]) => name === 'Cerise')?.[1]).not.toBe('person');
  });

  it('keeps whole a name its short form in brackets spells out, though its second word is a given name ("Deep Ocean Search (DOS)")', () => {
    expect(names('La société Nordic Ocean Search (NOS) a localisé l\'épave.').map((n) => n.text)).toContain('Nordic Ocean Search');
  });

  it('reads a name in apposition with a place noun as a place ("X Y, chef-lieu de la province")', () => {
    const types = entitiesOf(['Valga Korva, chef-lieu de la province du même nom, pleure ses morts.']);
    expect(types.find(([name]) => name === 'Valga Korva')?.[1]).toBe('place');
  });

  it('reads a name in capitals only as no person, and names ending on a foreign institution word as organisations', () => {
    const types = entitiesOf(['Interrogé sur TVK, le porte-parole du ministère a parlé.', "Selon l'Estonian Transport Safety Bureau, l'enquête avance.", 'La Tallinn Port Authority a parlé.']);
    expect(types.find(([name]) => name === 'TVK')?.[1]).not.toBe('person');
    expect(types.find(([name]) => name === 'Estonian Transport Safety Bureau')?.[1]).toBe('org');
    expect(types.find(([name]) => name === 'Tallinn Port Authority')?.[1]).toBe('org');
  });

  it('reads a capital or a large city of the world as a place ("Kuala Lumpur", "Tel Aviv")', () => {
    const types = entitiesOf(['Le vol devait relier Kuala Lumpur et Pékin.', "L'avion en provenance de Tel Aviv a atterri."]);
    expect(types.find(([name]) => name === 'Kuala Lumpur')?.[1]).toBe('place');
    expect(types.find(([name]) => name === 'Tel Aviv')?.[1]).toBe('place');
  });

  it('reads "Las Ramblas" and "Hotel Roma" as places, and no name in "Est-ce", "Faut-il" or "Quatre-vingt"', () => {
    expect(names('Les touristes marchaient sur Las Tallinnas.')[0]).toMatchObject({ text: 'Las Tallinnas' });
    expect(names('Les touristes marchaient sur Las Tallinnas.')[0].cues.place).toBeGreaterThan(0);
    expect(names("Il logeait à l'Hotel Tartu.")[0].cues.place).toBeGreaterThan(0);
    expect(names('Est-ce que Tartu a gagné ?').map((n) => n.text)).toEqual(['Tartu']);
    expect(names('Quatre-vingt personnes sont mortes.')).toEqual([]);
  });

  it('reads "Monseigneur", "Maître" and "Me" as honorifics, so "Monseigneur Tamm" is the person "Tamm"', () => {
    expect(names("L'archevêque, Monseigneur Tamm, a parlé.").map((n) => n.text)).toContain('Tamm');
    expect(names('Me Louis Kask, l\'un des avocats, a parlé.').map((n) => n.text)).toContain('Louis Kask');
    expect(names('Me Louis Kask, l\'un des avocats, a parlé.').map((n) => n.text)).not.toContain('Me Louis Kask');
  });

  it('reads a name right after a venue noun as the venue\'s, not as the person a title further left describes', () => {
    const [lycee] = names("Le suspect principal de l'attentat du lycée Tamm d'Arras a été mis en examen.");
    expect(lycee.text).toBe("Tamm d'Arras");
    expect(lycee.cues.person).toBe(0);
    expect(lycee.cues.place).toBeGreaterThan(0);
  });

  it('reads a title written with a capital before a name as a title ("du Général Jaan Tamm"), not in a place\'s name', () => {
    const general = names('Le rapport pointe la présence dans le cockpit du Général Jaan Tamm.');
    expect(general.map((n) => n.text)).toEqual(['Jaan Tamm']);
    expect(general[0].cues.person).toBeGreaterThan(0);
    expect(names('Le Général Jaan Tamm était présent.').map((n) => n.text)).toEqual(['Jaan Tamm']);
    expect(names('Ils habitent rue du Général Tamm.').map((n) => n.text)).toEqual(['Général Tamm']);
    expect(names('Une cérémonie a eu lieu au cimetière du Père Kask.').map((n) => n.text)).toEqual(['Père Kask']);
  });

  it('reads no name in a verb joined to a pronoun ("Identifiez-vous", "Dites-moi")', () => {
    expect(names('Identifiez-vous Pour accéder à votre compte.').map((n) => n.text)).not.toContain('Identifiez-vous Pour');
    expect(names('Dites-moi Jean Tamm, que pensez-vous ?').map((n) => n.text)).toEqual(['Jean Tamm']);
  });

  it('reads a given name after "le petit", "la jeune" as a person, a town after them as a place', () => {
    expect(names("Il a pris dans ses bras le petit Dylan d'à peine 4 mois.")[0].cues.person).toBeGreaterThan(0);
    expect(names('La jeune Emma a été retrouvée.')[0].cues.person).toBeGreaterThan(0);
    expect(names('Le petit Paris de la côte.')[0].cues.person).toBe(0);
  });

  it('reads a given name of the older generations and a particle as a person ("Frédéric de Tamm"), not "Meta di Sorrento"', () => {
    const types = entitiesOf(['« Les gens n\'en tiennent plus compte », a lancé Frédéric de Tamm.', 'Il a été assigné à résidence à Meta di Sorrento.']);
    expect(types.find(([name]) => name === 'Frédéric de Tamm')?.[1]).toBe('person');
    expect(types.find(([name]) => name === 'Meta di Sorrento')?.[1]).not.toBe('person');
  });

  it('reads a name joined by a foreign connector and an article whole ("Autostrade per l\'Italia"), not "X de l\'Y"', () => {
    const names = entitiesOf(["La société Autostrade per l'Italia, gestionnaire du tronçon, a parlé.", "Le juge Fernando Kask de l'Audience nationale a parlé."]).map(([name]) => name);
    expect(names).toContain("Autostrade per l'Italia");
    expect(names).not.toContain("Fernando Kask de l'Audience");
  });

  it('leaves out of a name the common noun that opens a sentence before "de X" ("Accident de Tartu : …")', () => {
    const types = entitiesOf(['Accident de Tartu : le rapport est publié.', "L'accident de Tartu a fait six morts."]);
    expect(types.map(([name]) => name)).toContain('Tartu');
    expect(types.map(([name]) => name)).not.toContain('Accident de Tartu');
  });

  it('reads places joined by a hyphen ("Tallinn-Tartu") as no one, a compound given name ("Jean-Pierre Kask") as a person', () => {
    const types = entitiesOf(['Le vol Tallinn-Tartu a décollé.', 'Le vol Tallinn-Tartu est arrivé.', 'Puis Jean-Pierre Kask a parlé.']);
    expect(types.find(([name]) => name === 'Tallinn-Tartu')?.[1]).toBe('other');
    expect(types.find(([name]) => name === 'Jean-Pierre Kask')?.[1]).toBe('person');
  });
});

describe('words in capitals that name nothing', () => {
  it('reads no name in a time zone or a unit', () => {
    expect(names('Le séisme s’est produit à 23h11 (22h11 GMT), selon le Service géologique.').map((n) => n.text)).not.toContain('GMT');
  });
});

describe('a surname read once as a place', () => {
  it('joins the person it names when that person is mentioned at least as often', () => {
    const sentences = ['Le président Emmanuel Macron est arrivé.', 'Emmanuel Macron a parlé longtemps.', "« D'où vient à Macron ce ton ? », a demandé un opposant."];
    const found = groupEntities(sentences.flatMap((s) => names(s)));
    const macron = found.entities.find((e) => e.keys.includes('macron'));
    expect(macron).toMatchObject({ name: 'Emmanuel Macron', type: 'person' });
  });
});

describe('an organisation written short', () => {
  it('joins the short form to the name that adds only organisation words to it ("Baltair" of "Baltair Airways")', () => {
    const found = entitiesOf(['La compagnie Baltair Airways a été condamnée.', 'Baltair Airways a fait appel.', 'Pour Baltair, le vol était sûr.']);
    expect(found).toContainEqual(['Baltair Airways', 'org', ['Baltair']]);
    expect(found.filter(([name]) => String(name).includes('Baltair'))).toHaveLength(1);
  });

  it('keeps apart a name that adds words of another kind ("Tallinn" and "Tallinn Port Authority" are one; "Tallinn Kesklinn" is not)', () => {
    const found = entitiesOf(['Le port de Tallinn Port Authority a fermé.', 'Les habitants de Tallinn Kesklinn ont été évacués.', 'À Tallinn, la pluie continue.']);
    expect(found.filter(([name]) => name === 'Tallinn Kesklinn')).toHaveLength(1);
  });
});

describe('the complement of a title that heads a body', () => {
  it('reads "le président de Norra Timber" as an organisation, not a person', () => {
    expect(entitiesOf(['Selon le président de Norra Timber, la scierie rouvrira.'])).toContainEqual(['Norra Timber', 'org', []]);
  });

  it('still reads a given name after "de" as a person ("l\'avocat de Jean Dupont" is no body\'s title; "le directeur de Jean Dupont" keeps the given name)', () => {
    expect(entitiesOf(['Le directeur de Jean Dupont a parlé.'])).toContainEqual(['Jean Dupont', 'person', []]);
  });
});

describe('a name after "à la", "dans le"', () => {
  it('reads it as a place, and the title after its comma as the main clause\'s, not an apposition', () => {
    expect(entitiesOf(["Au cours d'une cérémonie à la Kalevala, le chef de l'État a parlé."])).toContainEqual(['Kalevala', 'place', []]);
  });

  it('leaves a capitalised venue noun and an acronym to what else they are ("à l\'Hôtel de police", "à la SNCF")', () => {
    const found = entitiesOf(["Les témoins ont été conduits à l'Hôtel de police de Tartu.", 'Il travaille à la SNCF, a dit le directeur.']);
    expect(found.find(([name]) => name === 'Hôtel')?.[1]).not.toBe('place');
    expect(found.find(([name]) => name === 'SNCF')?.[1]).not.toBe('place');
  });
});

describe('particles of Portuguese, Spanish and Arabic family names', () => {
  it('keeps "da", "dos", "ben" inside a name that opens on a given name', () => {
    expect(entitiesOf(['Le ministre a reçu Carlos da Costa lundi à Tartu.'])).toContainEqual(['Carlos da Costa', 'person', []]);
  });
});

describe('a name followed by the country it lies in', () => {
  it('is a place, though after "de" ("la brigade de Pskov en Russie"), not after an article ("la Coupe Baltique en Estonie")', () => {
    expect(entitiesOf(['Le missile provenait de la 12e brigade de Pskov en Russie, a déclaré le tribunal.']).find(([n]) => n === 'Pskov')?.[1]).toBe('place');
    expect(entitiesOf(['Le missile provenait de la 12e brigade de Pskov, a déclaré le tribunal.']).find(([n]) => n === 'Pskov')?.[1]).not.toBe('place');
  });
});

describe('a word of kinship before a name', () => {
  it('makes a person of a name no given name opens ("sa belle-mère Xiliu al-Ploom")', () => {
    expect(entitiesOf(['Il voyageait avec sa femme et sa belle-mère Xiliu al-Ploom, 74 ans.']).find(([n]) => n === 'Xiliu al-Ploom')?.[1]).toBe('person');
  });
});

describe('a name in lower case its short form in brackets spells out', () => {
  it('is one organisation ("l\'Office national des forêts (ONF)", "La Direction générale de la sécurité intérieure (DGSI)")', () => {
    expect(entitiesOf(["Des ouvriers travaillant pour l'Office national des forêts (ONF) l'ont croisé."]).find(([n]) => String(n).startsWith('Office'))?.slice(0, 2)).toEqual(['Office national des forêts', 'org']);
    expect(entitiesOf(['La Direction générale de la sécurité intérieure (DGSI) enquête.'])[0]?.slice(0, 2)).toEqual(['Direction générale de la sécurité intérieure', 'org']);
  });
  it('is not when the short form spells something else ("le Centre de soins (HUG)")', () => {
    expect(entitiesOf(['Il a été soigné au Centre de soins (HUG) de la ville.']).map(([n]) => n)).not.toContain('Centre de soins');
  });
});

describe('findNames: a verb after the comma', () => {
  it("makes no apposition ('le pont de Tallinnsild, est un homme de 50 ans': no person, no description)", () => {
    const [bridge] = names("La seconde victime, fauchée sur le pont de Tallinnsild, est un homme d'une cinquantaine d'années.");
    expect(bridge).toMatchObject({ text: 'Tallinnsild' });
    expect(bridge.description).toBeUndefined();
    expect(bridge.cues.person).toBe(0);
  });
});

describe('findNames: short forms of common nouns', () => {
  it('reads "ADN", "GPS", "SUV" as no names', () => {
    expect(names("Son ADN a été retrouvé sur le volant, et le GPS de son SUV a fait le reste.").map((n) => n.text)).toEqual([]);
  });
});
