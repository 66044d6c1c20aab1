import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types.js';
import { buildCorpusIndex } from '../../src/index/corpus-index.js';
import { CoreEngine } from '../../src/qa/core-engine.js';
import { Knowledge } from '../../src/qa/knowledge.js';
import { analyzeQuestion } from '../../src/qa/analyze-question.js';
import { answerWhat } from '../../src/qa/answer-what.js';

const article = (id: string, paragraphs: string[]): Article => ({ id, file: `${id}.md`, title: id, published: '2022-03-07', language: 'fr', paragraphs, bytes: 0 });
const engineOf = (articles: Article[]) => new CoreEngine(buildCorpusIndex(articles), { buildMs: 0, fromSnapshot: false });
/** The knowledge the engine reads, of a tiny corpus: to run one answerer on it. */
const knowledgeOf = (articles: Article[]) => {
  const index = buildCorpusIndex(articles);
  return new Knowledge(index.meta, index.sentences, index.lunr);
};

describe('times of day given in two zones: the local one answers unless another is asked', () => {
  const engine = engineOf([
    article('a', [
      "Il était environ 22 heures (heure locale), hier soir (4h du matin en heure française) quand un train a percuté un camion près de Tartu.",
      "Les secours ont été alertés à 6 h 10 (heure de Paris), puis l'hélicoptère de la garde côtière a décollé à 7 h 25 au-dessus de Narva.",
      "Il est 14 heures de route jusqu'à Valga.",
    ]),
  ]);

  it("reads 'Il était environ 22 heures' as a time and answers it for the local hour", () => {
    expect(engine.ask('À quelle heure locale le train a-t-il percuté le camion ?').answer).toBe('6 mars 2022 à 22h');
    expect(engine.ask('À quelle heure le train a-t-il percuté le camion ?').answer).toBe('6 mars 2022 à 22h');
  });

  it("answers the reader's time when the question asks it", () => {
    expect(engine.ask('À quelle heure française le train a-t-il percuté le camion ?').answer).toBe('6 mars 2022 à 4h');
  });

  it("keeps a time given in no zone beside one '(heure de Paris)' when Paris time is asked", () => {
    expect(engine.ask("À quelle heure (heure de Paris) l'hélicoptère a-t-il décollé ?").answer).toBe('7h25');
  });

  it("reads no time in 'Il est 14 heures de route'", () => {
    expect(engine.ask('À quelle heure la route vers Valga ?').answer ?? '').not.toContain('14');
  });
});

describe('a date before a side phrase, and a participle that frames a fact', () => {
  const engine = engineOf([
    article('a', [
      "Vendredi 4 mars 2022, trois jours après l'incendie survenu le 1er mars 2022, le propriétaire de l'hôtel de Tartu a été arrêté.",
    ]),
  ]);

  it('dates the main clause by the date that opens the sentence, not by the participle’s', () => {
    expect(engine.ask("Quand le propriétaire de l'hôtel a-t-il été interpellé ?").answer).toContain('4 mars 2022');
  });

  it("dates the noun a framing participle qualifies ('l'incendie survenu le …')", () => {
    expect(engine.ask("Quand l'incendie a-t-il eu lieu ?").answer).toContain('1er mars 2022');
    expect(engine.ask("Quand l'incendie est-il survenu ?").answer).toContain('1er mars 2022');
  });
});

describe('precision of measures and of people asked by a plain noun', () => {
  const engine = engineOf([
    article('a', [
      "Le pont de Tartu mesure 500 mètres de long et domine la rivière.",
      "Jaan Kask habitait à 300 mètres du lieu de l'attaque, près de la gare de Narva.",
      "Selon les témoins, l'assaillant, Marek Tamm, s'en est pris à un passant avant de fuir vers la gare.",
    ]),
  ]);

  it('answers the length of the thing the sentence names', () => {
    expect(engine.ask('Le pont de Tartu, il fait quelle longueur ?').answer).toBe('500 mètres');
  });

  it("gives no length of a knife from a distance said of something else ('à 300 mètres du lieu de l'attaque')", () => {
    expect(engine.ask("Le couteau de l'agresseur, il faisait quelle longueur ?").answer).toBeNull();
    // Read by the answerer itself, past the abstention policy: the sentence of the distance is ranked, and gives nothing.
    const k = knowledgeOf([article('b', ["Jaan Kask, victime de l'assaillant, habitait à 300 mètres de la gare de Narva."])]);
    const q = analyzeQuestion("Le couteau de l'agresseur, il faisait quelle longueur ?", k);
    const ranked = k.rank(q, 10);
    expect(ranked.length).toBeGreaterThan(0);
    expect(answerWhat(k, q, ranked)).toBeNull();
  });

  it("does not answer 'le passant' with the one who attacked a passer-by", () => {
    expect(engine.ask("C'est qui le passant qui est mort dans l'attaque ?").answer).toBeNull();
  });
});

describe('a role completed by initials the apposition gives in brackets', () => {
  const engine = engineOf([
    article('a', [
      "Kadri Kask, directrice de l'Agence estonienne de sécurité des transports (AEST), a présenté vendredi un relevé détaillé des dernières minutes du vol.",
      "Le rapport complet est attendu dans un an.",
    ]),
  ]);

  it("answers 'la directrice de l'AEST' with the one the apposition names so", () => {
    expect(engine.ask("Qui est la directrice de l'AEST qui a présenté le relevé des dernières minutes du vol ?").answer).toContain('Kadri Kask');
  });
});

describe("a place asked 'par rapport à' a landmark, and things named only by a demonstrative", () => {
  const engine = engineOf([
    article('a', [
      "Un incendie a ravagé un hôtel situé à Tartu, une station de ski à 170 km à l'est de Narva.",
      "Le village de Valga se trouve à une quarantaine de kilomètres au sud de Pärnu.",
      "Une battue a eu lieu lundi à Tartu. Il s'agit d'une veste, d'un pantalon et de gants. Ces vêtements, retrouvés près du lac par les gendarmes, sont en cours d'analyse.",
    ]),
  ]);

  it("answers with the compass phrase and the distance before it, 'c'est' read as no compass point", () => {
    expect(engine.ask("Tartu, c'est situé où par rapport à Narva ?").answer).toBe("170 km à l'est de Narva");
    expect(engine.ask('Valga, ça se situe où par rapport à Pärnu ?').answer).toBe('une quarantaine de kilomètres au sud de Pärnu');
  });

  it("answers 'quels vêtements' with the sentence that lists them, not 'Ces vêtements sont …'", () => {
    expect(engine.ask('Près du lac, les gendarmes ont retrouvé quels vêtements ?').answer).toContain('veste');
  });
});

describe('a date asked of one instance of a repeated fact', () => {
  const engine = engineOf([
    article('a', [
      "Le procès de l'incendie de l'hôtel de Tartu s'est ouvert le lundi 7 février 2022 devant le tribunal de Narva.",
      "Le propriétaire a été condamné à dix ans de prison le 4 mars 2022.",
      "La cour d'appel de Valga a confirmé la peine le 9 juin 2022.",
    ]),
  ]);

  it("answers 'le procès' and 'la cour d'appel', but not 'le procès en appel' or 'la Cour de cassation' from the first trial's date", () => {
    expect(engine.ask("Le procès de l'incendie, il s'est ouvert quand ?").answer).toContain('7 février 2022');
    expect(engine.ask("Quand la cour d'appel a-t-elle confirmé la peine ?").answer).toContain('9 juin 2022');
    expect(engine.ask("C'est prévu quand, le procès en appel de l'incendie ?").answer).toBeNull();
    expect(engine.ask('Quand la Cour de cassation a-t-elle confirmé la peine ?').answer).toBeNull();
  });
});

describe("news French: a storm 'frappe', 'balaie', 's'abat'", () => {
  const engine = engineOf([
    article('a', [
      "L'île de Tartu a été balayée par le cyclone Aino, samedi 14 mai 2022, faisant au moins trois morts.",
      "Le cyclone Aino est le plus intense à avoir frappé l'archipel depuis trente ans, selon les météorologues.",
      "Le ministre est arrivé mercredi 18 mai 2022 à Tartu.",
    ]),
  ]);

  it("dates 'a frappé' by the sentence that says 'balayée'", () => {
    expect(engine.ask('Aino a frappé Tartu quel jour ?').answer).toContain('14 mai 2022');
  });
});

describe("'Comment s'appelle le quartier …' asks a place, and no town answers it", () => {
  const engine = engineOf([
    article('a', [
      "Un avion parti de Riga s'est écrasé vendredi sur un quartier résidentiel de Tartu.",
      "Le quartier de Karlova, à Tartu, a été évacué par la police.",
    ]),
  ]);

  it('types the question as where', () => {
    expect(engine.ask("Comment s'appelle le quartier de Tartu où l'avion s'est écrasé ?").kind).toBe('where');
  });

  it('does not answer a quartier with the town the plane left', () => {
    expect(engine.ask("Comment s'appelle le quartier de Tartu où l'avion s'est écrasé ?").answer ?? '').not.toContain('Riga');
  });
});

describe('where someone was going', () => {
  const engine = engineOf([
    article('a', [
      "Jaan Kask s'était réfugié en Lettonie où il prévoyait une opération avant de s'envoler pour la Finlande.",
      "Le suspect sera transféré à la sous-direction antiterroriste à Valga, dans la journée.",
      "Le suspect a été arrêté à Narva samedi.",
    ]),
  ]);

  it("answers 'vers quel pays' with the place after 's'envoler pour', not where he was", () => {
    expect(engine.ask("Après son opération, Jaan Kask comptait s'envoler vers quel pays ?").answer).toBe('Finlande');
  });

  it("answers 'conduit vers quelle ville' by 'transféré à … à Valga'", () => {
    expect(engine.ask('Vers quelle ville le suspect devait-il être conduit pour être entendu par la sous-direction antiterroriste ?').answer).toBe('Valga');
  });
});

describe("'Dans quel cours d'eau …' asks a river", () => {
  const engine = engineOf([
    article('a', [
      "Les carcasses des deux appareils ont fini dans les eaux glaciales du fleuve Emajõgi, près de Tartu.",
      "La cour du tribunal de Narva a été fermée.",
    ]),
  ]);

  it('reads the noun whole and answers with the river the text names', () => {
    expect(engine.ask("Dans quel cours d'eau les deux appareils ont-ils fini ?").answer).toContain('Emajõgi');
  });
});

describe("names with N', and a sentence about the person named a few sentences up", () => {
  const engine = engineOf([
    article('a', [
      'Témoignage : un passager se souvient',
      "Un an après, Manou N'Diaye fait encore des cauchemars.",
      "Il se souvient de la peur intense qui l'a envahi lorsque le train a déraillé en gare de Tartu.",
      'Ce 12 juillet 2021, cet auditeur juridique de 26 ans devait se rendre à Valga pour passer le week-end chez ses parents.',
    ]),
    article('b', ["N'Golo Sepp est arrivé à Narva samedi."]),
  ]);

  it("reads 'Manou N'Diaye' and 'N'Golo Sepp' as one name each", () => {
    expect(engine.ask('Qui fait encore des cauchemars ?').answer).toContain("Manou N'Diaye");
    expect(engine.ask("Qui est N'Golo Sepp ?").answer).toContain("N'Golo Sepp");
  });

  it("answers 'Qui est arrivé à Narva ?' as a fact asked, not as an unknown name", () => {
    expect(engine.ask('Qui est arrivé à Narva ?').answer).toContain("N'Golo Sepp");
  });

  it("reads 'cet auditeur de 26 ans' as the person named a few sentences up", () => {
    expect(engine.ask("Manou N'Diaye devait aller où pour le week-end ?").answer).toBe('Valga');
  });
});

describe('a sentence that points back with "il", about the first person its article names', () => {
  const engine = engineOf([
    article('a', [
      'Fusillade de Tartu : ce que l’on sait',
      'Les secours sont arrivés en nombre.',
      "Le tireur, Marek Tamm, avait 64 ans et vivait seul près du lac.",
      "Selon son voisin, Karl Pärn, il était discret.",
      "Il occupait son temps libre à pêcher en Laponie, région dans laquelle il possédait un chalet.",
    ]),
  ]);

  it('answers of the first person named, though the article does not open on him', () => {
    expect(engine.ask('Dans quelle région Marek Tamm possédait-il un chalet ?').answer).toBe('Laponie');
  });
});

describe("news French: a car 'fonce', 'percute', 'fauche', 'renverse'", () => {
  const engine = engineOf([
    article('a', [
      "L'attaque s'est produite vers 19 heures, lorsque la voiture a percuté les piétons sur la place de Tartu.",
      'Le marché de Noël de Tartu était bondé ce soir-là.',
      "Le conducteur a été arrêté à Narva.",
    ]),
  ]);

  it("times 'a foncé' by the sentence that says 'a percuté'", () => {
    expect(engine.ask('La voiture a foncé dans la foule vers quelle heure ?').answer).toBe('19h');
  });
});

describe("'fait état de' in a question is no name", () => {
  const engine = engineOf([
    article('a', [
      "Dès 22 h 30, lundi 2 novembre 2020, la police de Tartu a affirmé que des tirs avaient eu lieu dans six endroits différents.",
      "L'attaque a été revendiquée par l'État islamique, selon l'agence Amaq.",
      "L'État islamique a publié une photo du tireur.",
      "L'État islamique avait menacé la ville.",
    ]),
  ]);

  it("does not read 'état' of 'a fait état de' as the name 'État'", () => {
    expect(engine.ask('À partir de quelle heure la police a-t-elle fait état de tirs dans six endroits ?').answer).toContain('22h30');
  });
});

describe("'Quelle peine …' is answered by the penalty, in the clause that says the question", () => {
  const engine = engineOf([
    article('a', [
      "Citoyen letton de 37 ans, Jaan Kask avait déjà été condamné en 2019 par le tribunal de Tartu à six mois d'emprisonnement pour vol.",
      "Sept ingénieurs ont été condamnés lundi à six ans de prison pour homicide par imprudence dans le procès du pont de Narva.",
      "Les juges se sont montrés plus sévères que le parquet, qui avait requis quatre ans de prison.",
    ]),
  ]);

  it('gives the penalty itself, not the sentence', () => {
    expect(engine.ask("Sa condamnation de 2019, c'était quelle peine de prison ?").answer).toBe("six mois d'emprisonnement");
  });

  it('gives the penalty the prosecution asked for, not the one the judges gave', () => {
    expect(engine.ask('Quelle peine le parquet avait-il demandée ?').answer).toBe('quatre ans de prison');
  });
});

describe("'C'est qui qui était commandant …' asks the role, article or not", () => {
  const engine = engineOf([
    article('a', ["Parmi les victimes : le copilote du vol 5342 de Baltic Air, Jaan Kask."]),
  ]);

  it('does not answer a role the text gives no one with another role or a company', () => {
    expect(engine.ask("C'est qui qui était commandant de bord du vol 5342 ?").answer).toBeNull();
    expect(engine.ask('Qui était commandant de bord du vol 5342 ?').answer).toBeNull();
  });
});

describe('a speaker the corpus quotes once', () => {
  const engine = engineOf([
    article('a', [
      "Le comédien Jaan Kask est mort lundi à Tartu à l'âge de 88 ans.",
      "« Je suis complètement anéanti, on a débuté ensemble il y a soixante ans », a déclaré son ami Marek Tamm.",
      "La ministre de la Culture, Kadri Org, a salué « un trésor national ».",
      "Les obsèques auront lieu vendredi à Tartu.",
    ]),
  ]);

  it('is answered with that statement though the question tells its circumstances in other words', () => {
    expect(engine.ask("Qu'a confié Marek Tamm au journal local en apprenant la disparition de son vieux complice du conservatoire ?").answer).toContain('complètement anéanti');
  });
});
