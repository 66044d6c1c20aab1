/** Session 23: behaviour read on real articles, checked on small invented ones. */
import { describe, expect, it } from 'vitest';
import { questionType, headedName, headedNoun } from '../../src/qa/question-kind.js';
import { engineOf, fromFile } from './tiny-corpus.js';

describe('words a spoken question ends with', () => {
  it('types "…, il s\'appelait comment en entier ?" as a who-question, not a quote', () => {
    expect(questionType("Le gardien, il s'appelait comment en entier ?")).toMatchObject({ kind: 'who', noun: 'gardien' });
    expect(questionType("Il s'appelait comment en entier, le gardien ?").kind).toBe('who');
    expect(questionType("Le maire, c'est qui déjà ?")).toMatchObject({ kind: 'who', noun: 'maire' });
    // A speech verb before "quoi" still asks a statement.
    expect(questionType('Il a appelé à quoi ?').kind).toBe('quote');
  });
});

describe('a clause of its own after a name and a comma', () => {
  const engine = engineOf([fromFile('001.md', [
    "Devant les élus réunis par la préfète, Jaan Kask, il a été expliqué que le tireur avait loué la camionnette la veille.",
    "Selon la radio régionale, il s'agirait d'un ancien gardien de la réserve, nommé Peeter Tamm.",
  ].join(' '))]);
  it('does not give the minister the role said in the next clause, and reads the name the identifying phrase gives last', () => {
    const r = engine.ask("Le tireur, il s'appelait comment ?");
    expect(r.answer).toContain('Peeter Tamm');
    expect(r.answer).not.toContain('Kask');
  });
});

describe('who heads a town', () => {
  const engine = engineOf([fromFile('001.md', "Le gouverneur de Tartu, Marta Sepp, a fait fermer les écoles jusqu'à lundi. La Première ministre, Anu Kask, a visité la digue dimanche.")]);
  it('reads the town named after "la ville de" as what is headed, and a governor as its head', () => {
    expect(headedName('Qui est à la tête de la ville de Tartu ?')).toBe('tartu');
    expect(headedNoun('Qui est à la tête de la ville de Tartu ?')).toBe('ville');
    expect(headedNoun('Qui dirige la mairie ?')).toBe('mairie');
    expect(engine.ask('Qui est à la tête de la ville de Tartu ?').answer).toContain('Marta Sepp');
  });
});

describe('a place noun and a people\'s adjective before a name', () => {
  const engine = engineOf([fromFile('001.md', 'Dans la capitale estonienne Tallinn, où les trams sont restés à quai, la grève a duré deux jours, selon les syndicats.')]);
  it('reads "la capitale estonienne Tallinn" as a place', () => {
    expect(engine.ask('Dans quelle ville la grève a-t-elle duré deux jours selon les syndicats ?').answer).toBe('Tallinn');
  });
});

describe('a venue named in English', () => {
  const engine = engineOf([fromFile('001.md', "Le skipper blessé a été soigné au Narva Medical Center avant de rentrer chez lui.")]);
  it('reads "Medical Center" as a hospital, not a hall', () => {
    expect(engine.ask('Le skipper blessé, il a été soigné dans quel hôpital ?').answer).toBe('Narva Medical Center');
  });
});

describe('sirens that sound', () => {
  const engine = engineOf([fromFile('001.md', "Au lycée de Tartu, la cloche a retenti à 11h02, dix minutes avant la fin du cours. La veille, les élèves avaient quitté la cour plus tôt.")]);
  it('matches "sonné" with "retenti"', () => {
    expect(engine.ask('La cloche du lycée, elle a sonné à quelle heure ?').answer).toContain('11h02');
  });
});

describe('the clock of a place asked', () => {
  const engine = engineOf([fromFile('001.md', "Le lancement de la fusée a eu lieu vers 16h05, heure locale, soit vers 11h05 en Estonie d'après l'agence spatiale.")]);
  it('answers the time said in the place the question names', () => {
    expect(engine.ask('Il était quelle heure en Estonie au moment du lancement de la fusée ?').answer).toContain('11h05');
    expect(engine.ask('Le lancement de la fusée, il a eu lieu à quelle heure ?').answer).toContain('16h05');
  });
});

describe('a known country that reads as a people\'s plural', () => {
  const engine = engineOf([fromFile('001.md', "L'épouse du gardien, Anu Kask, a repris l'avion lundi depuis les Philippines, où elle travaillait au moment du vol, pour Tallinn.")]);
  it('reads "Philippines" as a country, and the place a relative clause on "où" follows as where that clause happened', () => {
    expect(engine.ask("Au moment du vol, son épouse travaillait dans quel pays ?").answer).toBe('Philippines');
  });
});

describe('the side of a place asked', () => {
  const engine = engineOf([fromFile('001.md', "Le bar Kohvik Lumi, 12 rue de Narva, se trouve sur la rive gauche de Tartu. Les manifestants sont entrés par une fenêtre du côté nord-ouest du parlement.")]);
  it('answers "quelle rive" and "quel côté" with the noun and the word that tells the side', () => {
    expect(engine.ask('Sur quelle rive de Tartu se trouve le bar ?').answer).toBe('rive gauche');
    expect(engine.ask('Par quel côté du parlement les manifestants sont-ils entrés ?').answer).toBe('côté nord-ouest');
  });
});

describe('a speaker phrase opened by a possessive', () => {
  const engine = engineOf([fromFile('001.md', "La directrice Anu Kask a ouvert la séance. « Le budget sera voté en mai », a précisé son collègue au Conseil régional, Peeter Tamm.")]);
  it('gives the quotation to the name set beside "son collègue au …"', () => {
    expect(engine.ask("Le budget sera voté en mai, c'est qui qui l'a précisé ?").answer).toContain('Peeter Tamm');
  });
});

describe('a camp asked by "campement"', () => {
  const engine = engineOf([fromFile('001.md', "Les scouts ont passé la nuit au camp de Lumi Park, monté au bord du lac par les bénévoles.")]);
  it('types "quel campement" as a where-question and answers the camp the text names', () => {
    const r = engine.ask('Les scouts, ils ont passé la nuit dans quel campement ?');
    expect(r.kind).toBe('where');
    expect(r.answer).toBe('Lumi Park');
  });
});

describe('a title completed by a town\'s noun, then a name the given-name lists do not know', () => {
  const engine = engineOf([fromFile('001.md', "Le festival de Tartu accueillera trois orchestres cet été, a annoncé la maire de la ville Kersti Kaljulaid jeudi.")]);
  it('reads the name as the mayor, and "la maire de la ville" as the mayor of the town asked', () => {
    expect(engine.ask("La maire de Tartu, elle s'appelle comment ?").answer).toContain('Kersti Kaljulaid');
  });
});

describe('a role said by the copula after a name\'s appositions', () => {
  const engine = engineOf([fromFile('001.md', "Jaan Tamm, 52 ans, proche du parti, aurait été le chef de la section des archives du club. Peeter Kask, 47 ans, trésorier du club, tenait les comptes, selon l'enquête.")]);
  it('gives the role to the subject of "aurait été le chef de …"', () => {
    expect(engine.ask("C'est qui qui dirigeait la section des archives du club selon l'enquête ?").answer).toContain('Jaan Tamm');
  });
});

describe('a ministry\'s domain written with a capital', () => {
  const engine = engineOf([fromFile('001.md', "La porte-parole de la diplomatie estonienne, Marta Sepp, a salué la signature de l'accord sur la pêche.")]);
  it('is no unknown name ("ministère des Affaires étrangères")', () => {
    const r = engine.ask("Qui est la porte-parole du ministère estonien des Affaires étrangères qui a salué l'accord ?");
    expect(r.reason?.code).not.toBe('unknownName');
    expect(r.answer).toContain('Marta Sepp');
  });
});

describe('places asked without a place word', () => {
  it('types "sur quoi … retrouvé", "sous quoi … situé" and "à quel niveau de l\'immeuble" as where-questions', () => {
    expect(questionType("Sur quoi l'enregistreur a-t-il été retrouvé ?").kind).toBe('where');
    expect(questionType('Les fissures, elles se situaient sous quoi ?').kind).toBe('where');
    expect(questionType("À quel niveau de l'immeuble les secours ont-ils repéré des survivants ?")).toMatchObject({ kind: 'where', noun: 'etage' });
    expect(questionType("Sur quoi porte l'enquête ?").kind).toBe('what');
    expect(questionType("Quel niveau d'alerte a été déclenché ?").kind).toBe('what');
  });
});

describe('a pronoun subject in an article whose opening names no one', () => {
  const engine = engineOf([fromFile('001.md', [
    "Le musée de Tartu a rouvert ses salles au public.",
    "Trois mille visiteurs sont venus le premier jour, un record.",
    "La collection a été enrichie, a assuré Marta Sepp, l'une des conservatrices.",
    "En mars 2009, Jaan Tamm avait volé deux tableaux dans la réserve du musée.",
    "Il avait ensuite caché les toiles dans une grange.",
    "Les gendarmes avaient retrouvé cet ancien gardien un mois plus tard.",
    'Il a été condamné à quatre ans de prison le 14 mai 2010.',
  ].join(' '))]);
  it('is about the last person named a few sentences up', () => {
    expect(engine.ask('Jaan Tamm a pris ses quatre ans de prison à quelle date ?').answer).toContain('14 mai 2010');
  });
});

describe("a chronology's entry", () => {
  const engine = engineOf([fromFile('001.md', "Voici le déroulé de la journée.\n\n09h12 Un incendie éclate au port\n\n10h40 Les pompiers maîtrisent les flammes")]);
  it('is no heading: the time that opens it dates what it says', () => {
    expect(engine.ask("L'incendie au port, il a éclaté à quelle heure ?").answer).toContain('9h12');
  });
});

describe('a given name misspelt by one letter', () => {
  const engine = engineOf([fromFile('001.md', "Le recteur, Jaakob Tamm, a remis les diplômes lundi. Jaakob Tamm a salué les lauréats. Le recteur, Jakob Tamm, a inauguré la bibliothèque le mardi 9 mai 2023 devant les étudiants.")]);
  it('is the same person as the name spelt right', () => {
    expect(engine.ask('Tamm, il a inauguré la bibliothèque quel jour ?').answer).toContain('9 mai');
  });
});

describe('a count said in a line of its own', () => {
  const engine = engineOf([fromFile('001.md', "La course cycliste a traversé Tartu dimanche.\n\n40 engins de sécurité mobilisés\n\nLes coureurs sont arrivés en fin d'après-midi.")]);
  it('reads "40 engins de sécurité mobilisés" as a count of vehicles', () => {
    expect(engine.ask('Combien de véhicules de sécurité ont été mobilisés ?').answer).toContain('40');
  });
});

describe('a compound noun in the plural', () => {
  it('puts both parts in the singular ("sapeurs-pompiers" → "sapeur-pompier")', () => {
    expect(questionType('Combien de sapeurs-pompiers ont été dépêchés sur place ?')).toMatchObject({ kind: 'what', noun: 'sapeur-pompier' });
  });
});

describe('a year asked', () => {
  const engine = engineOf([fromFile('001.md', "Le vendredi 4 septembre 2025, une panne a touché le réseau de Narva, géré par la compagnie Lumi Vesi. La compagnie, fondée en 1923, a présenté ses excuses lundi.")]);
  it('answers the year said alone over the days of the story', () => {
    expect(engine.ask('Lumi Vesi, elle a été fondée en quelle année ?').answer).toBe('1923');
  });
});

describe('a feminine role asked after "C\'est qui"', () => {
  const engine = engineOf([fromFile('001.md', "Les gendarmes ont dispersé les manifestants venus devant la mairie pendant le discours de Marc Kask samedi.")]);
  it('is a role the answer must hold ("la manifestante"): a man the text does not call so is no answer', () => {
    expect(questionType("C'est qui la manifestante blessée devant la mairie ?")).toMatchObject({ kind: 'who', noun: 'manifestante' });
    expect(engine.ask("C'est qui la manifestante blessée devant la mairie pendant le discours ?").answer).toBeNull();
  });
});

describe('a title resolved to the last person named', () => {
  const engine = engineOf([fromFile('001.md', "Les douaniers recherchent Peeter Tamm, suspect du vol de tableaux au musée de Tartu. Dans la soirée, le ministre de la Culture avait confirmé qu'un second tableau manquait.")]);
  it('does not make a suspect the minister who spoke', () => {
    expect(engine.ask("C'est qui le ministre de la Culture qui a confirmé qu'un second tableau manquait ?").answer ?? '').not.toContain('Peeter Tamm');
  });
});
