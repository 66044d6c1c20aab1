import { describe, expect, it } from 'vitest';
import { analyzeQuestion, questionKind, type Vocabulary } from '../../src/qa/analyze-question.js';
import type { EntityType } from '../../src/nlp/entities.js';
import { questionType } from '../../src/qa/question-kind.js';
import { mainClauseTerms } from '../../src/qa/clauses.js';

describe('questionKind', () => {
  it.each([
    ['Qui est Ana Ribeiro ?', 'who'],
    ['QUI EST ANA RIBEIRO', 'who'],
    ['Qui a organisé la manifestation ?', 'who'],
    ['Avec qui Ana Ribeiro a-t-elle parlé ?', 'who'],
    ['Who is Ana Ribeiro?', 'who'],
    ['Who signed the declaration?', 'who'],
  ])('reads "%s" as %s', (q, kind) => expect(questionKind(q)).toBe(kind));

  it.each([
    ["Quand le sommet s'est-il ouvert ?", 'when'],
    ["À quelle heure s'est ouvert le sommet ?", 'when'],
    ['a quelle heure commence la séance ?', 'when'],
    ['Le sommet a eu lieu quel jour ?', 'when'],
    ['En quelle année Ana Ribeiro a-t-elle été nommée ?', 'when'],
    ['When did the summit open?', 'when'],
    ['What time does the session start?', 'when'],
    ['Which year did she become minister?', 'when'],
    ['At what time did the summit open?', 'when'],
  ])('reads "%s" as %s', (q, kind) => expect(questionKind(q)).toBe(kind));

  it.each([
    ["Où s'est tenu le sommet ?", 'where'],
    ["Dans quelle ville la déclaration a-t-elle été signée ?", 'where'],
    ['Where was the declaration signed?', 'where'],
    ['In which city was it signed?', 'where'],
  ])('reads "%s" as %s', (q, kind) => expect(questionKind(q)).toBe(kind));

  it.each([
    ["Qu'a dit Ana Ribeiro ?", 'quote'],
    ["Qu'a déclaré Tomasz Wierzbicki à la presse ?", 'quote'],
    ["Qu'a-t-elle déclaré ?", 'quote'],
    ["Qu'est-ce que Ribeiro a dit ?", 'quote'],
    ['Quels sont les propos de Ribeiro ?', 'quote'],
    ["Comment Ana Ribeiro a-t-elle décrit l'accord ?", 'quote'],
    ['Comment Kim Jong-un a-t-il décrit les liens avec la Russie ?', 'quote'],
    ['What did Ana Ribeiro say?', 'quote'],
    ['How did Ribeiro describe the deal?', 'quote'],
    ['What was said about methane?', 'quote'],
    ['Quelle phrase la ministre a-t-elle répétée à la fin de son discours ?', 'quote'],
    ["Sur la grève, qu'est-ce qu'a dit le porte-parole ?", 'quote'],
  ])('reads "%s" as %s', (q, kind) => expect(questionKind(q)).toBe(kind));

  it.each([
    ['De combien est doté le fonds ?', 'what'],
    ['Pourquoi la Pologne s’oppose-t-elle ?', 'what'],
    ['Quelle est la position de la Pologne ?', 'what'],
    ['', 'what'],
    ['*', 'what'],
  ])('reads "%s" as %s (anything else)', (q, kind) => expect(questionKind(q)).toBe(kind));
});

describe('questionType: spoken questions and "quel + noun"', () => {
  it.each([
    ['Le concert, il a eu lieu où ?', 'where', 'place'],
    ["Le groupe qui devait jouer ce soir-là, c'était lequel ?", 'who', 'org'],
    ['Quelle organisatrice du festival a pris la parole ?', 'who', 'person'],
    ['Devant quel monument la foule s\'est-elle rassemblée ?', 'where', 'place'],
    ["La tour historique qui s'est écroulée, c'était laquelle ?", 'what', 'text'],
    ['À Tartu, lequel de ses frères a été arrêté avec lui ?', 'who', 'person'],
    ['Laquelle des candidates a gagné ?', 'who', 'person'],
    ['Le suspect, il a été arrêté à quelle adresse ?', 'where', 'place'],
    ['La réunion, ça commençait à quelle heure ?', 'when', 'time'],
    ["C'est qui qui a ouvert la séance ?", 'who', 'person'],
    ['La finale, c’était quand ?', 'when', 'date'],
    ['Quel ministre a signé le texte ?', 'who', 'person'],
    ['Quelle chanteuse a ouvert le festival ?', 'who', 'person'],
    ['Le maire a reçu quels élus ?', 'who', 'person'],
    ['Dans quel stade le match a-t-il été joué ?', 'where', 'place'],
    ["D'où le ministre a-t-il annoncé sa démission ?", 'where', 'place'],
    ['Dans quelle aile du musée le feu a-t-il pris ?', 'where', 'place'],
    ['Vers quelle heure le train est-il parti ?', 'when', 'time'],
    ["c'était quel matin ?", 'when', 'date'],
    ['Le club a annoncé quel jour que le match serait rejoué ?', 'when', 'date'],
    ['Combien de spectateurs étaient présents ?', 'what', 'quantity'],
    ["L'association a offert combien de lits ?", 'what', 'quantity'],
    ['Quelle entreprise gérait le pont ?', 'who', 'org'],
    ['Le pont était géré par quelle boîte ?', 'what', 'text'],
    ['Il a dit quoi, le ministre ?', 'quote', 'statement'],
    ["Et la ministre, qu'a-t-elle déclaré ?", 'quote', 'statement'],
    ["Qu'a fait la police ?", 'what', 'text'],
    ['Le train qui transportait les ministres est arrivé où ?', 'where', 'place'],
    ['Il est allé ou, le ministre ?', 'where', 'place'],
    ['Du thé ou du café ?', 'what', 'text'],
    ['Quand on les a trouvés, ils étaient installés où ?', 'where', 'place'],
    ["L'arbitre de la finale, c'était qui ?", 'who', 'person'],
    ["Ils sont sortis à quel moment de la journée ?", 'when', 'time'],
    ["Qu'est-ce qui a causé l'accident ?", 'what', 'text'],
    ['Le ministre, il a dénoncé quoi à sa conférence de presse ?', 'quote', 'statement'],
    ['Pogba, quand il a pris le micro, il a résumé la saison comment ?', 'quote', 'statement'],
    ['Le pont, il a été construit comment ?', 'what', 'text'],
    ['Ce hangar, il se trouvait à côté de quoi ?', 'where', 'place'],
    ["Le train qui est arrivé à Khassan, il venait d'où ?", 'where', 'place'],
    ['Le plongeur qui est mort, il s’appelait comment ?', 'who', 'person'],
    ["C'est quoi la pièce qui a fait dérailler le train ?", 'what', 'text'],
    ['Les rescapés, on les a évacués vers quel petit port ?', 'where', 'place'],
    ['Par quelle entrée du palais le public devait-il passer ?', 'where', 'place'],
    ['Quel haut responsable a admis que la police avait eu tort ?', 'who', 'person'],
    ['Quel institut a publié le rapport ?', 'who', 'org'],
    ["À part la rue d'Aubagne, quelle autre voie a été fermée ?", 'where', 'place'],
    ['Le cortège a emprunté quelle grande artère ?', 'where', 'place'],
    ["Comment l'incendiaire a-t-il expliqué son geste ?", 'quote', 'statement'],
    ['Quelle magistrate présidait le tribunal ?', 'who', 'person'],
    ['Dans quel institut a-t-il été transporté ?', 'where', 'place'],
    ["Dans quel district se trouvait l'épicentre ?", 'where', 'place'],
    ["Qu'est-ce que le juge a lancé au prévenu quand il s'est levé ?", 'quote', 'statement'],
    ['Quelle a été la réaction du maire après le verdict ?', 'quote', 'statement'],
    ["Selon le rapport, qu'a fait le pilote quand l'alarme a sonné ?", 'what', 'text'],
    ["Qu'est-ce que la police a trouvé quand elle est arrivée ?", 'what', 'text'],
    ["L'avocat, il a réagi comment quand le parquet a renoncé à l'appel ?", 'quote', 'statement'],
    ['Quelle était la destination finale du bus ?', 'where', 'place'],
    ['À hauteur de quel ouvrage routier le car s\'est-il renversé ?', 'where', 'place'],
    ['Devant quelle juridiction la compagnie est-elle jugée ?', 'where', 'place'],
    ["Quel prélat a prononcé l'homélie ?", 'who', 'person'],
    ['Comment la maire a-t-elle réagi au verdict ?', 'quote', 'statement'],
    ["Les secours sont intervenus dans quel genre d'endroit ?", 'where', 'place'],
    ["Parmi les victimes, qui était l'entraîneure adjointe de l'équipe ?", 'who', 'person'],
    ['Le procès s\'est ouvert dans quel type de salle ?', 'where', 'place'],
    ['Ils ont relevé quel genre de traces ?', 'what', 'text'],
  ])('reads "%s" as %s expecting a %s', (q, kind, expects) => expect(questionType(q)).toMatchObject({ kind, expects }));

  it('reads "combien d\'après X" as a bare "combien" with its source, not as a count of "après"', () => {
    expect(questionType("Les dégâts, ça coûte combien d'après les assureurs ?").noun).toBeUndefined();
    expect(questionType("Combien d'appels ont été reçus ?").noun).toBe('appel');
    // "Parmi les victimes, qui était l'entraîneure …": the role after "qui était" is asked, not the group.
    expect(questionType("Parmi les victimes, qui était l'entraîneure adjointe de l'équipe ?").noun).toBe('entraineure');
    expect(questionType('Parmi les accusés, lequel a été acquitté ?').noun).toBe('accuse');
  });

  it('reads the noun whose amount "à combien s\'élève …" asks', () => {
    expect(questionType("À combien s'élève l'amende infligée à la compagnie ?")).toMatchObject({ kind: 'what', expects: 'quantity', noun: 'amende' });
    expect(questionType('À combien est estimé le coût des travaux ?')).toMatchObject({ kind: 'what', expects: 'quantity', noun: 'cout' });
  });

  it('keeps the noun that types the question, in the singular', () => {
    expect(questionType('Le maire a reçu quels élus ?').noun).toBe('elu');
    expect(questionType('Combien de morts ?').noun).toBe('mort');
    expect(questionType("L'arbitre de la finale, c'était qui ?").noun).toBe('arbitre');
    // An adjective before a class noun is skipped; one that is the noun itself is kept.
    expect(questionType('Vers quelle grande ville sont-ils partis ?').noun).toBe('ville');
    expect(questionType('Quel jeune a été arrêté ?').noun).toBe('jeune');
    // "l'ex-directeur": the role held before.
    expect(questionType("L'ex-directeur de la prison, il s'appelle comment ?").noun).toBe('directeur');
    expect(questionType("Qui est l'ex-directeur de la prison ?").noun).toBe('directeur');
    // "le conseil de X" asked as someone is X's lawyer.
    expect(questionType('Qui est le conseil de la veuve ?')).toMatchObject({ kind: 'who', expects: 'person', noun: 'avocat' });
    expect(questionType("C'est qui le conseil de l'accusé ?").noun).toBe('avocat');
    // A role of two words is read whole: a chef d'État is a president or a king, not any chef.
    expect(questionType("Quel chef d'État a assisté aux obsèques ?").noun).toBe("chef d'etat");
    // An adjective before the dislocated noun is skipped; a people is no role.
    expect(questionType("Le petit garçon de 7 ans, il s'appelait comment ?").noun).toBe('garcon');
    expect(questionType("Le petit Australien de 7 ans, il s'appelait comment ?").noun).toBeUndefined();
    // The head of a dislocated phrase is the role asked, not a noun of its complement.
    expect(questionType("Le second du commandant, il s'appelle comment ?")).toMatchObject({ kind: 'who', noun: 'second' });
    expect(questionType('Le message du pape, il a été lu par qui ?').noun).toBeUndefined();
    // A noun that names no kind of thing: the noun after its "de", or none.
    expect(questionType('Quel genre de traces a orienté les enquêteurs ?').noun).toBe('trace');
    expect(questionType('Avec quel objet a-t-il frappé le conducteur ?').noun).toBeUndefined();
    // "Quel est le nom du X" asks X's name, as "Comment s'appelle le X" does; "au nom de" and "nom de famille" do not.
    expect(questionType('Quel est le nom du parachutiste qui a survécu ?')).toMatchObject({ kind: 'who', expects: 'person', noun: 'parachutiste' });
    // A venue's name is asked as its place, which the answer's sentence must name (session 44).
    expect(questionType("C'est quoi le nom de l'hôtel où il logeait ?")).toMatchObject({ kind: 'where', expects: 'place', noun: 'hotel' });
    expect(questionType('Quel est le nom de famille du pilote ?').noun).toBeUndefined();
    expect(questionType('Qui a signé au nom des salariés ?').noun).toBeUndefined();
    // "Parmi les X, lequel …" asks one of the X.
    expect(questionType('Parmi les quatre accusés du procès, lequel a été acquitté ?')).toMatchObject({ kind: 'who', expects: 'person', noun: 'accuse' });
    expect(questionType('Parmi les joueurs, qui a marqué ?')).toMatchObject({ kind: 'who', noun: 'joueur' });
    // "c'était le combien ?" asks the day of the month; "poursuivi pour quoi" (a passive) asks no statement.
    expect(questionType("Ils s'étaient vus à Tartu quelques jours avant, c'était le combien ?")).toMatchObject({ kind: 'when', expects: 'date' });
    expect(questionType("L'ex-policier, il a été poursuivi pour quoi ?").kind).toBe('what');
    expect(questionType('Il a poursuivi quoi, le maire ?').kind).toBe('quote');
    // "Qui parle au nom des salariés ?" asks their porte-parole.
    expect(questionType('Qui parle au nom des anciens salariés ?')).toMatchObject({ kind: 'who', expects: 'person', noun: 'porte-parole' });
    expect(questionType("Qui s'exprimait au nom des assureurs ?").noun).toBe('porte-parole');
 
  });

  it('reads a relative clause after a dislocated name as part of it, not as the question ("X, qui était là, elle a raconté quoi ?")', () => {
    expect(questionType('Barbara, qui était dans le train, elle a raconté quoi sur le choc ?').kind).toBe('quote');
    expect(questionType("Le car, que conduisait Nadine, il a été percuté où ?").kind).toBe('where');
    // A question opened by "qui" after the comma is still asked.
    expect(questionType("Le concert, qui l'a organisé ?").kind).toBe('who');
  });

  it('reads the role of "Qui est l\'un des NOUN de X" as asked, as it does "Qui est le NOUN de X"', () => {
    expect(questionType("Qui est l'un des avocats de Jaan Kask au procès ?")).toMatchObject({ kind: 'who', expects: 'person', noun: 'avocat' });
    expect(questionType("C'est qui une des porte-parole de la mairie ?")).toMatchObject({ kind: 'who', noun: 'porte-parole' });
    expect(questionType("Qui est l'avocat de Jaan Kask ?")).toMatchObject({ kind: 'who', noun: 'avocat' });
  });

  it('reads "Comment s\'appelait le NOUN" as the name asked of that noun, a person\'s for a role', () => {
    expect(questionType("Comment s'appelait le navire qui accompagnait le sous-marin ?")).toMatchObject({ kind: 'who', expects: 'name', noun: 'navire' });
    expect(questionType("Comment s'appelle le maire de la commune ?")).toMatchObject({ kind: 'who', expects: 'person', noun: 'maire' });
  });

  it('reads "dans quelle partie de X" as a place asked, "quelle partie de X" alone as something else', () => {
    expect(questionType("Dans quelle partie de la prison l'hélicoptère s'est-il posé ?")).toMatchObject({ kind: 'where', noun: 'partie' });
    expect(questionType('Quelle partie du texte a été adoptée ?').kind).not.toBe('where');
  });

  it('reads no noun in "combien dedans" ("de" must stand apart)', () => {
    expect(questionType("L'État met combien dedans pour commencer ?").noun).toBeUndefined();
    expect(questionType('Combien de morts ?').noun).toBe('mort');
  });

  it('reads a noun of two words the classes know whole ("quel chef d\'orchestre", "quelle top model")', () => {
    expect(questionType("Quel chef d'orchestre a dirigé le concert ?")).toMatchObject({ kind: 'who', expects: 'person', noun: "chef d'orchestre" });
    expect(questionType('Quelle top model a présenté le trophée ?')).toMatchObject({ kind: 'who', expects: 'person', noun: 'top model' });
    // A first word that is a class noun on its own keeps its class when the two words are none.
    expect(questionType('Quel chef militaire a signé ?')).toMatchObject({ kind: 'who', noun: 'chef' });
  });

  it('reads a noun and its "de" complement the classes know whole ("quel lieu de culte")', () => {
    expect(questionType("La messe, elle s'est tenue dans quel lieu de culte à Paris ?")).toMatchObject({ kind: 'where', expects: 'place', noun: 'lieu de culte' });
    expect(questionType('Dans quel lieu de la ville ?')).toMatchObject({ kind: 'where', noun: 'lieu' });
  });

  it('types more spoken and "quel + noun" questions: "lequel des trois NOUN", "l\'identité de", "quel chantier", "qu\'est-ce qu\'ils criaient"', () => {
    expect(questionType('Lequel des trois responsables a été assigné à résidence ?')).toMatchObject({ kind: 'who', noun: 'responsable' });
    expect(questionType("Quelle est l'identité du ressortissant mort dans l'accident ?")).toMatchObject({ kind: 'who', expects: 'person' });
    expect(questionType('Dans quel chantier naval le navire a-t-il été construit ?')).toMatchObject({ kind: 'where', noun: 'chantier' });
    expect(questionType("Qu'est-ce qu'ils criaient, les manifestants ?").kind).toBe('quote');
    expect(questionType("Qu'est-ce que le maire a promis aux sinistrés ?").kind).toBe('quote');
    expect(questionType("Qu'est-ce qu'ils ont fait ensuite ?").kind).toBe('what');
  });

  it('reads a noun joined to a prefix ("vice-ministre", "ex-président") as its base noun asks, the whole word kept', () => {
    expect(questionType('Quel vice-ministre des transports a confirmé ?')).toMatchObject({ kind: 'who', expects: 'person', noun: 'vice-ministre' });
    expect(questionType('Quel ex-président a parlé ?')).toMatchObject({ kind: 'who', noun: 'ex-president' });
    expect(questionType('Quel gradé a parlé à la radio ?')).toMatchObject({ kind: 'who', noun: 'grade' });
  });

  it('types venue and profession nouns of everyday places and trades ("quel bar", "quelle municipalité", "quel administrateur")', () => {
    expect(questionType('Dans quel bar se trouvaient les clients ?')).toMatchObject({ kind: 'where', noun: 'bar' });
    expect(questionType('Le car était garé dans quelle municipalité ?')).toMatchObject({ kind: 'where', noun: 'municipalite' });
    expect(questionType("Quel administrateur de l'entreprise a parlé le premier ?")).toMatchObject({ kind: 'who', noun: 'administrateur' });
  });

  it('reads "Qui dirige …", "Qui est à la tête de …" as asking who holds a heading role', () => {
    for (const text of ["Qui était à la tête de la commission d'enquête ?", 'Qui dirige le club ?', "C'est qui qui présidait le tribunal ?"]) {
      expect(questionType(text)).toEqual({ kind: 'who', expects: 'person', noun: 'patron' });
    }
  });

  it('reads "Que disait le rapport", a place noun dislocated before "il s\'appelle comment", "quelle unité", "quelle rive"', () => {
    expect(questionType('Que disait textuellement le premier rapport sur les moteurs ?').kind).toBe('quote');
    expect(questionType("Le lieu-dit où le car s'est renversé, il s'appelle comment ?")).toEqual({ kind: 'where', expects: 'place', noun: 'lieu-dit' });
    expect(questionType('Les policiers qui ont repéré le suspect, ils étaient de quelle unité ?')).toMatchObject({ kind: 'who', noun: 'unite' });
    expect(questionType('Sur quelle rive de la ville se trouvait le bar ?')).toMatchObject({ kind: 'where', noun: 'rive' });
  });

  it('reads "Qui défend X ?", "Qui plaide pour X ?" as asking a lawyer', () => {
    for (const text of ['Qui défend le bénévole qui a avoué ?', 'Qui plaide pour la compagnie devant les juges ?']) {
      expect(questionType(text)).toEqual({ kind: 'who', expects: 'person', noun: 'avocat' });
    }
  });

  it('takes no role from the subject when "qui" closes the question after a preposition ("… la maison de qui ?")', () => {
    expect(questionType('Les manifestants ont mis le feu à la maison de qui ?')).toEqual({ kind: 'who', expects: 'person' });
    expect(questionType("Le plongeur, c'était qui ?")).toMatchObject({ kind: 'who', noun: 'plongeur' });
  });

  it('reads the question after a dislocated phrase\'s comma, not a relative "qui" inside that phrase', () => {
    expect(questionType("Le camion qui a perdu sa remorque, c'était quel modèle ?")).toMatchObject({ kind: 'what', noun: 'modele' });
    expect(questionType("En appel, c'est quelle cour qui a condamné la société ?")).toMatchObject({ kind: 'where', noun: 'cour' });
    expect(questionType('Le chauffeur qui a perdu sa remorque, il a dit quoi ?').kind).toBe('quote');
    expect(questionType('Le chauffeur qui a perdu sa remorque a été entendu ?').kind).toBe('who');
  });

  it('reads "quel" and a trade as a person asked ("Quel banquier …", "Quelle caissière …")', () => {
    expect(questionType('Quel banquier figure parmi les rescapés ?')).toMatchObject({ kind: 'who', expects: 'person', noun: 'banquier' });
    expect(questionType('Quelle caissière a donné l’alerte ?')).toMatchObject({ kind: 'who', noun: 'caissiere' });
  });

  it('reads a "qui a" after the noun a "quel" question opens on as a relative: the thing is asked', () => {
    expect(questionType('Quel modèle de pistolet a utilisé le gendarme qui a tiré sur Jaan Kask ?')).toMatchObject({ kind: 'what', noun: 'modele' });
    expect(questionType('Avec quelle arme le gendarme qui a tiré a-t-il visé ?').kind).toBe('what');
    // "Quel est …" opens on no noun; "Quel ministre …" asks a person anyway.
    expect(questionType('Quel est le nom du gendarme qui a tiré ?')).toMatchObject({ kind: 'who', noun: 'gendarme' });
    expect(questionType('Quel ministre a rencontré le maire qui a démissionné ?').kind).toBe('who');
  });
});

/** A tiny corpus vocabulary: Ana Ribeiro (person), Lisbonne (place); "sommet" common, "ouvert" rare. */
const vocab: Vocabulary = {
  entityByKey: (key) => new Map([['ana ribeiro', 0], ['ribeiro', 0], ['lisbonne', 1]]).get(key),
  entityBySound: () => undefined,
  entityType: (id): EntityType => (id === 0 ? 'person' : 'place'),
  entityMentions: (id) => (id === 0 ? 4 : 9),
  df: (term) => ({ sommet: 5, ouvert: 1, arriv: 2 } as Record<string, number>)[term] ?? 0,
  sentenceCount: 20,
};

describe('analyzeQuestion', () => {
  it('names nothing with the noun asked ("quel État") or a title ("la Première ministre", "le chef d’État"), though the corpus has such names', () => {
    const withCommonNames: Vocabulary = { ...vocab, entityByKey: (key) => new Map([['etat', 2], ['premiere', 3], ['lisbonne', 1]]).get(key), entityType: () => 'place' };
    expect([...analyzeQuestion('Dans quel État américain vivait-il ?', withCommonNames).entities.keys()]).toEqual([]);
    expect([...analyzeQuestion('Où la Première ministre est-elle allée à Lisbonne ?', withCommonNames).entities.keys()]).toEqual([1]);
    // A title of several words ends on the name too ("chef d'État", "chef de l'État"); elsewhere "l'État" names it.
    expect([...analyzeQuestion("Le chef de l'État est allé où ?", withCommonNames).entities.keys()]).toEqual([]);
    expect(analyzeQuestion("Quel chef d'État est allé à Lisbonne ?", vocab).unknownNames).toEqual([]);
    expect(analyzeQuestion("Quel homme d'Église a prononcé l'homélie ?", vocab).unknownNames).toEqual([]);
    // "Dans quel Land …": a capitalised noun a "quel" asks is the kind of answer, no name.
    expect(analyzeQuestion('Dans quel Land se trouve la ville ?', vocab).unknownNames).toEqual([]);
    expect(analyzeQuestion('Dans quel Land se trouve Dupont ?', vocab).unknownNames).toEqual(['Dupont']);
    expect([...analyzeQuestion("Qu'a promis l'État aux victimes ?", withCommonNames).entities.keys()]).toEqual([2]);
  });

  it('reads "à quelle heure locale" as framed by the clock, a word its sentence need not say', () => {
    const local = analyzeQuestion('À quelle heure locale le sommet a-t-il ouvert ?', vocab);
    expect([...local.terms.keys()]).not.toContain('local');
    // "Quel élu local": the adjective of the noun asked still counts, softly (a narrower role may say it: "le maire").
    const elected = analyzeQuestion('Quel élu local a ouvert le sommet ?', vocab);
    expect([...elected.soft.keys()]).toContain('local');
  });

  it('finds the person of "Qui est X ?" by any alias', () => {
    expect(analyzeQuestion('Qui est Ana Ribeiro ?', vocab)).toMatchObject({ kind: 'who', whoIs: 0, english: false, unknownNames: [] });
    expect(analyzeQuestion('Qui est Mme Ribeiro ?', vocab).whoIs).toBe(0);
    expect(analyzeQuestion('Who is Ana Ribeiro?', vocab)).toMatchObject({ kind: 'who', whoIs: 0, english: true });
  });

  it('names the unknown person of "Qui est X ?" when the corpus never mentions X', () => {
    const q = analyzeQuestion('Qui est Jean Dupont ?', vocab);
    expect(q.whoIs).toBeUndefined();
    expect(q.whoIsUnknown).toBe('jean dupont');
    expect(q.unknownNames).toEqual(['Jean', 'Dupont']);
  });

  it('reads "Qui est le maire de X ?" as a question about a description, not about an unknown name', () => {
    for (const text of ['Qui est le maire de Lisbonne ?', "C'est qui le maire de Lisbonne ?", "Qui est l'auteur du sommet ?"]) {
      const q = analyzeQuestion(text, vocab);
      expect(q.kind).toBe('who');
      expect(q.whoIs).toBeUndefined();
      expect(q.whoIsUnknown).toBeUndefined();
    }
  });

  it('reads "C\'est qui qui conduisait …" as a question about the one who did, not about an unknown name', () => {
    for (const text of ["C'est qui qui conduisait le bus ?", "C'est qui que la police recherche ?"]) {
      const q = analyzeQuestion(text, vocab);
      expect(q.kind).toBe('who');
      expect(q.whoIsUnknown).toBeUndefined();
    }
  });

  it('reads the main clause past "quelle" ("À quelle heure … est-il arrivé"), up to a real "que"', () => {
    expect([...mainClauseTerms(analyzeQuestion('À quelle heure Ana Ribeiro est-elle arrivée au sommet ?', vocab))]).toEqual(expect.arrayContaining(['arriv', 'sommet']));
    expect([...mainClauseTerms(analyzeQuestion("Quand Ana Ribeiro a-t-elle dit que le sommet était ouvert ?", vocab))]).not.toContain('sommet');
  });

  it('takes no term from the noun of a phrase that works as a preposition ("à propos des", "au cours de")', () => {
    const q = analyzeQuestion("Qu'a déclaré Ana Ribeiro à propos du sommet pendant la visite ?", vocab);
    expect([...q.terms.keys()]).toContain('sommet');
    expect([...q.terms.keys()].filter((t) => /^(propo|pend)/.test(t))).toEqual([]);
    expect([...analyzeQuestion("Qu'a dit Ana Ribeiro sur les propos du maire ?", vocab).terms.keys()].some((t) => t.startsWith('propo'))).toBe(true);
    // "à hauteur de", "aux alentours de" place or date; their nouns say nothing of the topic.
    expect([...analyzeQuestion('Le train passait à hauteur de quelle ville au moment des tirs ?', vocab).terms.keys()].some((t) => t.startsWith('hauteur'))).toBe(false);
    expect([...analyzeQuestion('Le sommet a commencé aux alentours de quelle heure ?', vocab).terms.keys()].some((t) => t.startsWith('alentour'))).toBe(false);
  });

  it('reads a capitalised short form of a word of the corpus as no unknown name ("Barth" of "Barthélemy")', () => {
    const withPrefixes: Vocabulary = { ...vocab, startsATerm: (p) => ['barthelemy', 'sommet'].some((t) => t.startsWith(p)) };
    expect(analyzeQuestion('Le sommet à Saint-Barth a commencé quand ?', withPrefixes).unknownNames).toEqual(['Saint']);
    expect(analyzeQuestion('Le sommet à Saint-Barth a commencé quand ?', vocab).unknownNames).toEqual(['Saint', 'Barth']);
  });

  it('reads a noun that says only "someone" as a frame word of a who question, not a relation ("la femme de X")', () => {
    const q = analyzeQuestion("C'est qui le type qui a signé le traité ?", vocab);
    expect([...q.terms.keys()].sort()).toEqual(['sign', 'trait']);
    expect(q.soft.has('typ')).toBe(true);
    expect([...analyzeQuestion("C'est qui la femme de l'ambassadeur ?", vocab).terms.keys()]).toContain('femm');
    // "le mec de chez X" is someone from X, not a relation of X.
    expect([...analyzeQuestion("C'est qui le mec de chez Nordvik qui a signé le traité ?", vocab).terms.keys()]).not.toContain('homm');
  });

  it('reads a word asking an exact answer as a frame word of a when question ("à quelle heure précise", "quel jour exactement")', () => {
    expect([...analyzeQuestion('Le sommet a commencé à quelle heure précise ?', vocab).terms.keys()].sort()).toEqual(['commenc', 'sommet']);
    expect([...analyzeQuestion('Le sommet, c\'était quel jour exactement ?', vocab).terms.keys()]).toEqual(['sommet']);
  });

  it('offers the figure of a number word the question writes, and the word of a figure ("quatre" ↔ "4")', () => {
    const figures: Vocabulary = { ...vocab, df: (term) => ({ sommet: 5, 4: 2, douz: 1 } as Record<string, number>)[term] ?? 0 };
    expect(analyzeQuestion('Les quatre sommets ont commencé quand ?', figures).alternatives.get('4')).toEqual({ of: 'quatr', factor: 1 });
    expect(analyzeQuestion('Les 12 sommets ont commencé quand ?', figures).alternatives.get('douz')).toEqual({ of: '12', factor: 1 });
  });

  it('reads slang verbs as the words news texts use ("créchait" → "habitait", "a pété" → "a explosé")', () => {
    expect([...analyzeQuestion('Il créchait où, le maire ?', vocab).terms.keys()].sort()).toEqual(['habit', 'mair']);
    expect([...analyzeQuestion('La bombe, elle a pété à quelle heure ?', vocab).terms.keys()].sort()).toEqual(['bomb', 'explos']);
  });

  it('reads colloquial phrases of more than one word ("c qui" for "c\'est qui")', () => {
    expect(analyzeQuestion("c qui l'ancien amiral que l'agence cite ?", vocab).kind).toBe('who');
  });

  it('keeps "né" as a word, as the index does, though it folds to the stop word "ne" — the term of "naissance"', () => {
    expect([...analyzeQuestion('Il est né quand, le maire ?', vocab).terms.keys()].sort()).toEqual(['mair', 'naissanc']);
    expect([...analyzeQuestion("Il ne l'a pas dit, le maire ?", vocab).terms.keys()]).toEqual(['mair']);
  });

  it('reads the entities and the content terms, rarer terms weighing more', () => {
    const q = analyzeQuestion("Quand le sommet s'est-il ouvert à Lisbonne ?", vocab);
    expect(q.kind).toBe('when');
    expect([...q.entities.keys()]).toEqual([1]);
    expect([...q.terms.keys()].sort()).toEqual(['ouvert', 'sommet']);
    expect(q.terms.get('ouvert')!).toBeGreaterThan(q.terms.get('sommet')!);
  });

  it('flags a question that asks for the hour or the year', () => {
    expect(analyzeQuestion("À quelle heure le sommet s'est-il ouvert ?", vocab)).toMatchObject({ kind: 'when', wantsTime: true, wantsYear: false });
    expect(analyzeQuestion('En quelle année ?', vocab)).toMatchObject({ kind: 'when', wantsTime: false, wantsYear: true });
  });

  it('reports a capitalised name the corpus never mentions', () => {
    expect(analyzeQuestion('Quand Ana Ribeiro a-t-elle vu Emmanuel Macron ?', vocab).unknownNames).toEqual(['Emmanuel', 'Macron']);
  });

  it('reads English questions and keeps their names', () => {
    const q = analyzeQuestion('When did Ribeiro arrive in Lisbonne?', vocab);
    expect(q).toMatchObject({ kind: 'when', english: true, unknownNames: [] });
    expect([...q.entities.keys()].sort()).toEqual([0, 1]);
  });

  it('never throws, and reads nothing from text without words', () => {
    for (const text of ['', '   ', '*', '^~:+-', '😀', '\u0000\u0007', 'x'.repeat(10_000)]) {
      const q = analyzeQuestion(text, vocab);
      expect(q.entities.size).toBe(0);
      expect(q.unknownNames).toEqual([]);
    }
  });
});

describe('English questions', () => {
  const names: Vocabulary = {
    entityByKey: (key) => new Map([['russie', 0]]).get(key),
    entityBySound: () => undefined,
    entityType: (): EntityType => 'place',
    entityMentions: () => 3,
    df: () => 1,
    sentenceCount: 20,
  };
  it('reads country names the French way, so "Russia" finds "Russie"', () => {
    const q = analyzeQuestion('When did he arrive in Russia?', names);
    expect([...q.entities.keys()]).toEqual([0]);
    expect(q.unknownNames).toEqual([]);
  });
});

describe("a 'quand' that opens a clause inside a 'quel …' question", () => {
  it("leaves 'quel' to ask ('dans quelle voiture quand on l'a évacuée ?')", () => {
    expect(questionType("Theresa May est partie dans quelle voiture quand on l'a évacuée ?")).toMatchObject({ kind: 'what', noun: 'voiture' });
    expect(questionType('Il portait quel maillot quand il est arrivé ?').kind).toBe('what');
  });
  it("still asks a date with a time noun or with 'quand' alone", () => {
    expect(questionType("C'était quel jour quand il est arrivé ?").kind).toBe('when');
    expect(questionType("Le train est arrivé quand ?").kind).toBe('when');
  });
});
