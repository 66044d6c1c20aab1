/** Session 23: behaviour read on real articles, checked on small invented ones. */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/corpus/read-article.js';
import type { Article } from '../../src/corpus/types.js';
import { questionType, headedName, headedNoun } from '../../src/qa/question-kind.js';
import { engineOf } from './tiny-corpus.js';

/** An article read from a file's text, as the bot reads its corpus. */
const fromFile = (name: string, text: string): Article => {
  const { article } = readArticle(name, new TextEncoder().encode(`---\npublished: 2025-09-04\n---\n${text}\n`));
  if (!article) throw new Error(`${name} is no article`);
  return article;
};

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
    "Lors d'une conférence de presse du ministre de l'Intérieur, Jaan Kask, il a été précisé que le tireur était un étudiant de 24 ans.",
    "Selon la presse locale, il s'agirait d'un jeune homme de Narva, nommé Peeter Tamm.",
  ].join(' '))]);
  it('does not give the minister the role said in the next clause, and reads the name the identifying phrase gives last', () => {
    const r = engine.ask("Le tireur, il s'appelait comment ?");
    expect(r.answer).toContain('Peeter Tamm');
    expect(r.answer).not.toContain('Kask');
  });
});

describe('who heads a town', () => {
  const engine = engineOf([fromFile('001.md', "Samedi soir, le gouverneur de Tartu, Marta Sepp, a confirmé que huit personnes avaient été secourues. La Première ministre, Anu Kask, a convoqué une réunion d'urgence.")]);
  it('reads the town named after "la ville de" as what is headed, and a governor as its head', () => {
    expect(headedName('Qui est à la tête de la ville de Tartu ?')).toBe('tartu');
    expect(headedNoun('Qui est à la tête de la ville de Tartu ?')).toBe('ville');
    expect(headedNoun('Qui dirige la mairie ?')).toBe('mairie');
    expect(engine.ask('Qui est à la tête de la ville de Tartu ?').answer).toContain('Marta Sepp');
  });
});

describe('a place noun and a people\'s adjective before a name', () => {
  const engine = engineOf([fromFile('001.md', 'Dans la capitale estonienne Tallinn, où les routes se sont fissurées, le sol a vibré pendant trente secondes, selon des journalistes.')]);
  it('reads "la capitale estonienne Tallinn" as a place', () => {
    expect(engine.ask('Dans quelle ville des journalistes ont-ils senti le sol vibrer ?').answer).toBe('Tallinn');
  });
});

describe('a venue named in English', () => {
  const engine = engineOf([fromFile('001.md', "Trois blessés graves ont été transportés par hélicoptère à l'unité des grands brûlés du Narva Medical Center, sur l'île de Saaremaa.")]);
  it('reads "Medical Center" as a hospital, not a hall', () => {
    expect(engine.ask('Les blessés graves ont été transportés vers quel hôpital ?').answer).toBe('Narva Medical Center');
  });
});

describe('sirens that sound', () => {
  const engine = engineOf([fromFile('001.md', "Les sirènes ont retenti à 11h02 (10h02 à Paris) dans tout le pays, pour marquer le début du recueillement. La veille, une minute de silence avait été observée à Tartu.")]);
  it('matches "sonné" with "retenti"', () => {
    expect(engine.ask('Les sirènes, elles ont sonné à quelle heure ?').answer).toContain('11h02');
  });
});

describe('the clock of a place asked', () => {
  const engine = engineOf([fromFile('001.md', "La secousse s'est produite vers 14h20, heure locale, soit vers 9h20 en Estonie selon l'institut.")]);
  it('answers the time said in the place the question names', () => {
    expect(engine.ask('Il était quelle heure en Estonie au moment de la secousse ?').answer).toContain('9h20');
    expect(engine.ask('La secousse, elle a eu lieu à quelle heure ?').answer).toContain('14h20');
  });
});

describe('a known country that reads as a people\'s plural', () => {
  const engine = engineOf([fromFile('001.md', "La compagne du suspect, Anu Kask, est arrivée mercredi des Philippines, où elle se trouvait pendant l'attaque, à Tallinn.")]);
  it('reads "Philippines" as a country, and the place a relative clause on "où" follows as where that clause happened', () => {
    expect(engine.ask("Pendant l'attaque, sa compagne se trouvait dans quel pays ?").answer).toBe('Philippines');
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
  const engine = engineOf([fromFile('001.md', "Le ministre Jaan Kask s'est rendu sur place. « Les secours sont en route », a confirmé son collègue au gouvernement, Peeter Tamm.")]);
  it('gives the quotation to the name set beside "son collègue au …"', () => {
    expect(engine.ask("Les secours sont en route, c'est qui qui l'a confirmé ?").answer).toContain('Peeter Tamm');
  });
});

describe('a camp asked by "campement"', () => {
  const engine = engineOf([fromFile('001.md', "Vers 19h30, des manifestants ont jeté des pierres contre le camp de Lumi Park, installé par des partisans du gouvernement.")]);
  it('types "quel campement" as a where-question and answers the camp the text names', () => {
    const r = engine.ask('Les pierres lancées vers 19h30, elles visaient quel campement ?');
    expect(r.kind).toBe('where');
    expect(r.answer).toBe('Lumi Park');
  });
});

describe('a title completed by a town\'s noun, then a name the given-name lists do not know', () => {
  const engine = engineOf([fromFile('001.md', "Dix personnes sont mortes mardi dans une école de Tartu, selon la maire de la ville Kersti Kaljulaid, citée par l'agence ETV.")]);
  it('reads the name as the mayor, and "la maire de la ville" as the mayor of the town asked', () => {
    expect(engine.ask("La maire de Tartu, elle s'appelle comment ?").answer).toContain('Kersti Kaljulaid');
  });
});

describe('a role said by the copula after a name\'s appositions', () => {
  const engine = engineOf([fromFile('001.md', "Jaan Tamm, 60 ans, également lié aux services de sécurité, aurait été le chef du renseignement militaire des rebelles. Peeter Kask, 50 ans, chef d'une unité rebelle, a joué un rôle plus direct, selon le parquet.")]);
  it('gives the role to the subject of "aurait été le chef de …"', () => {
    expect(engine.ask("C'est qui qui dirigeait le renseignement militaire des rebelles selon le parquet ?").answer).toContain('Jaan Tamm');
  });
});

describe('a ministry\'s domain written with a capital', () => {
  const engine = engineOf([fromFile('001.md', "La porte-parole de la diplomatie estonienne, Marta Sepp, a dénoncé une attaque « sanglante ».")]);
  it('is no unknown name ("ministère des Affaires étrangères")', () => {
    const r = engine.ask('Qui est la porte-parole du ministère estonien des Affaires étrangères qui a réagi ?');
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
    "Le camp d'été de Tartu a rouvert ses portes, sous la surveillance de la police.",
    "Plus d'un millier d'étudiants se sont inscrits, un record.",
    "Ce jour sombre n'effacera pas les souvenirs heureux, a assuré Marta Sepp, l'une des organisatrices.",
    "Le 12 juillet 2011, Jaan Tamm avait fait exploser une bombe devant la mairie de Narva.",
    "Il s'était ensuite rendu sur l'île, déguisé en policier.",
    "La police avait ensuite arrêté cet homme de 32 ans.",
    'Il a été condamné à 21 ans de prison le 24 août 2012.',
  ].join(' '))]);
  it('is about the last person named a few sentences up', () => {
    expect(engine.ask('Jaan Tamm a pris ses 21 ans de prison à quelle date ?').answer).toContain('24 août 2012');
  });
});

describe("a chronology's entry", () => {
  const engine = engineOf([fromFile('001.md', "Voici la chronologie des faits.\n\n15h26 Une bombe explose dans le centre-ville de Narva\n\n17h27 Les policiers sont informés que des tirs ont lieu sur l'île")]);
  it('is no heading: the time that opens it dates what it says', () => {
    expect(engine.ask('La bombe à Narva, elle a explosé à quelle heure ?').answer).toContain('15h26');
  });
});

describe('a given name misspelt by one letter', () => {
  const engine = engineOf([fromFile('001.md', "Le président, Vladimir Tamm, a salué les secouristes lundi. Silencieux depuis le drame, le président, Vladmir Tamm, a pris la parole ce jeudi 24 août 2023 pour présenter ses condoléances.")]);
  it('is the same person as the name spelt right', () => {
    expect(engine.ask('Tamm, il a présenté ses condoléances quel jour ?').answer).toContain('24 août');
  });
});

describe('a count said in a line of its own', () => {
  const engine = engineOf([fromFile('001.md', "Deux avions se sont percutés sur la piste de Tartu mardi.\n\n70 engins de pompiers déployés\n\nLes passagers ont été évacués par les toboggans.")]);
  it('reads "70 engins de pompiers déployés" as a count of vehicles', () => {
    expect(engine.ask('Combien de véhicules de pompiers ont été déployés ?').answer).toContain('70');
  });
});

describe('a compound noun in the plural', () => {
  it('puts both parts in the singular ("sapeurs-pompiers" → "sapeur-pompier")', () => {
    expect(questionType('Combien de sapeurs-pompiers ont été dépêchés sur place ?')).toMatchObject({ kind: 'what', noun: 'sapeur-pompier' });
  });
});

describe('a year asked', () => {
  const engine = engineOf([fromFile('001.md', "Le vendredi 4 septembre 2025, une fuite a touché la centrale de Narva, exploitée par la compagnie Eesti Energia. La compagnie, créée en 1951, a présenté ses excuses lundi.")]);
  it('answers the year said alone over the days of the story', () => {
    expect(engine.ask('Eesti Energia, elle a été créée en quelle année ?').answer).toBe('1951');
  });
});

describe('a feminine role asked after "C\'est qui"', () => {
  const engine = engineOf([fromFile('001.md', "La police a fait usage de gaz contre les manifestants qui ont envahi la scène installée pour la prestation de serment de Jaan Kask le 20 janvier.")]);
  it('is a role the answer must hold ("la manifestante"): a man the text does not call so is no answer', () => {
    expect(questionType("C'est qui la manifestante tuée par un tir de policier ?")).toMatchObject({ kind: 'who', noun: 'manifestante' });
    expect(engine.ask("C'est qui la manifestante tuée par un tir de policier ?").answer).toBeNull();
  });
});

describe('a title resolved to the last person named', () => {
  const engine = engineOf([fromFile('001.md', "La police recherche Peeter Tamm, suspect de l'attaque au camion contre un marché de Tartu. Plus tôt dans la journée, le ministre de l'Intérieur avait confirmé qu'un nouveau suspect était recherché. Le ministre de l'Intérieur, Jaan Kask, s'est rendu sur place.")]);
  it('does not make a suspect the minister who spoke', () => {
    expect(engine.ask("C'est qui le ministre de l'Intérieur qui a confirmé qu'on cherchait un nouveau suspect ?").answer ?? '').not.toContain('Peeter Tamm');
  });
});
