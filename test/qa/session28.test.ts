/** Session 28: behaviour read on real articles, checked on small invented ones. */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/nlp/tokens.js';
import { findNames } from '../../src/nlp/entities.js';
import { venues } from '../../src/qa/spans.js';
import { engineOf, fromFile } from './tiny-corpus.js';

const namesIn = (sentence: string) => findNames(sentence, tokenize(sentence), () => false).map((s) => sentence.slice(s.start, s.end));

describe('an organisation named by its noun and lower-case adjectives', () => {
  it('is one name', () => {
    expect(namesIn('Plus tard, le « Mouvement valgais libre », une organisation inconnue, a revendiqué l’attaque.')).toContain('Mouvement valgais libre');
    expect(namesIn('Le Parti socialiste a dénoncé l’attaque.')).toContain('Parti socialiste');
  });
  it('takes a participle in -ant when an adjective follows it', () => {
    expect(namesIn('Son père était membre du Groupe islamique combattant valgais.')).toContain('Groupe islamique combattant valgais');
  });
  it('does not take a verb that ends like an adjective', () => {
    expect(namesIn('Le Conseil indique que la route est fermée.')).not.toContain('Conseil indique');
  });
  it('answers who claimed the act', () => {
    const engine = engineOf([fromFile('001.md', 'Plus tard dans la soirée, le « Mouvement valgais libre », une organisation inconnue jusqu’ici, a revendiqué l’attentat de Tarvak.')]);
    expect(engine.ask("Quel groupe a revendiqué l'attentat de Tarvak ?").answer).toContain('Mouvement valgais libre');
  });
});

describe('a town whose official name opens on its article', () => {
  it('keeps the article, capitalised or not', () => {
    expect(namesIn('Le ministre est venu à La Teste-de-Buch soutenir les pompiers.')).toContain('La Teste-de-Buch');
    expect(namesIn('Le maire de la Teste-de-Buch a parlé.')).toContain('la Teste-de-Buch');
    expect(namesIn('Le Havre est loin.')).toContain('Le Havre');
  });
  it('leaves the article out of a name that is no such town', () => {
    expect(namesIn('Le ministre est venu à La Tarvakoise soutenir les pompiers.')).not.toContain('La Tarvakoise');
  });
});

describe('"à quel moment" with no "de la journée"', () => {
  it('is answered by the time the sentence gives', () => {
    const engine = engineOf([fromFile('001.md', 'Le jeudi 29 octobre, à 8h57, quatre policiers municipaux entrent dans la chapelle de Tarvak.')]);
    expect(engine.ask('À quel moment les policiers municipaux sont-ils entrés dans la chapelle ?').answer).toContain('8h57');
  });
  it('is answered by the date when no time is given', () => {
    const engine = engineOf([fromFile('001.md', 'Les policiers municipaux sont entrés dans la chapelle de Tarvak le jeudi 29 octobre 2020.')]);
    expect(engine.ask('À quel moment les policiers municipaux sont-ils entrés dans la chapelle ?').answer).toContain('29 octobre 2020');
  });
});

describe('a relation to a person the question names in full', () => {
  it('holds when the text names them by their family name', () => {
    const engine = engineOf([fromFile('001.md', 'Jaan Kask est mort mardi à 91 ans.\n\nÀ l’intérieur, la fille de Kask, Irina Tamm, était assise près du cercueil.')]);
    expect(engine.ask('Comment s’appelle la fille de Jaan Kask ?').answer).toContain('Irina Tamm');
  });
});

describe('a thing asked by a noun the sentence does not say', () => {
  it('is the object the sentence gives the question\'s verb', () => {
    const engine = engineOf([fromFile('001.md', 'Jaan Kask a été enterré à Tarvak vendredi, pendant qu’un orchestre militaire jouait l’hymne national valgais, a constaté l’AFP.')]);
    expect(engine.ask("Quel morceau a été joué par l'orchestre militaire pendant l'enterrement de Jaan Kask ?").answer).toBe("l’hymne national valgais");
  });
  it('is not answered when no sentence says the verb', () => {
    const engine = engineOf([fromFile('001.md', 'Jaan Kask a été enterré à Tarvak vendredi, en présence d’un orchestre militaire, a constaté l’AFP.')]);
    expect(engine.ask("Quel morceau a été joué par l'orchestre militaire pendant l'enterrement de Jaan Kask ?").answer).toBeNull();
  });
});

describe('a venue with an adjective before its noun', () => {
  it('keeps the adjective', () => {
    expect(venues('Le cercueil a été exposé dans le grand hall du ministère, au côté du drapeau.').map((v) => v.text)).toContain('grand hall du ministère');
  });
});

describe('a time the text gives in universal time', () => {
  it('is answered with its zone', () => {
    const engine = engineOf([fromFile('001.md', 'La cérémonie d’adieu à Jaan Kask, prévue pour débuter à 07H00 GMT, sera ouverte au public.')]);
    expect(engine.ask("La cérémonie d'adieu, elle démarrait à quelle heure ?").answer).toBe('7h00 GMT');
  });
  it('leaves a local time beside it as it is', () => {
    const engine = engineOf([fromFile('001.md', 'Le séisme a frappé Tarvak vers 07H45 (05H45 GMT), selon l’institut.')]);
    expect(engine.ask('À quelle heure le séisme a-t-il frappé Tarvak ?').answer).toBe('7h45');
  });
});

describe('a town whose official name opens on its article, asked by a short form', () => {
  it('is named by the sentences that give its full name', () => {
    const engine = engineOf([fromFile('001.md', 'Le feu de La Teste-de-Buch a atteint le lac de Cazaux mardi, indique la préfecture.')]);
    expect(engine.ask('Le feu de La Teste a atteint quel lac ?').answer).toContain('Cazaux');
  });
});

describe('"poser le pied" typed for "arriver"', () => {
  it('finds the day of the arrival', () => {
    const engine = engineOf([fromFile('001.md', 'Selon les enquêteurs, Jaan Kask est arrivé en Europe par l’île de Tarvak le 20 septembre 2020, avant de gagner Valga.')]);
    expect(engine.ask('Jaan Kask, il a posé le pied à Tarvak quel jour ?').answer).toContain('20 septembre 2020');
  });
});

describe('people counted by the country they come from', () => {
  it('answer "combien de monde"', () => {
    const engine = engineOf([fromFile('001.md', 'Par ailleurs, plus de 20 000 Suédois, selon la mairie de Tarvak, se sont réunis dimanche au cours d’une marche pour la paix.')]);
    expect(engine.ask('Y avait combien de monde à la marche pour la paix ?').answer).toContain('20 000');
    expect(engine.ask('Combien de personnes ont participé à la marche pour la paix ?').answer).toContain('20 000');
  });
});

describe('how long a fact lasted', () => {
  it('is not the time between it and another fact', () => {
    const engine = engineOf([fromFile('001.md', 'Retour sur une fusillade à Tarvak qui survient trois mois à peine après l’attentat meurtrier contre le musée de Valga.')]);
    expect(engine.ask('Combien de temps a duré la fusillade de Tarvak ?').answer).toBeNull();
  });
  it('is not a time of day', () => {
    const engine = engineOf([fromFile('001.md', 'La fusillade de Tarvak, qui s’est produite vers midi heure locale (13h, heure française), a visé la plage de Valga.')]);
    expect(engine.ask('Combien de temps a duré la fusillade de Tarvak ?').answer).toBeNull();
  });
  it('is still the duration the sentence gives', () => {
    const engine = engineOf([fromFile('001.md', 'La fusillade de Tarvak, qui a duré vingt minutes, a commencé quand le tireur est entré dans la salle.')]);
    expect(engine.ask("L'assaut de Tarvak, il a duré combien de temps ?").answer).toBe('vingt minutes');
  });
});

describe('a speaker the question names after a title of their own', () => {
  it('is the one asked, and the title is no topic', () => {
    const engine = engineOf([fromFile('001.md', 'Peeter Tamm, qui dirige à Tarvak le théâtre du Phénix, connaissait Eva Kask depuis quatre ans.\n\n« Après une vie de galères, le plus choquant, c’est de voir que la galère s’est terminée comme ça », déplore Peeter Tamm.')]);
    expect(engine.ask("Qu'a confié le directeur de théâtre Peeter Tamm sur la vie d'Eva Kask ?").answer).toContain('le plus choquant');
  });
  it('is not one the title completes with its article', () => {
    const engine = engineOf([fromFile('001.md', '« Nous sommes effondrés », a déclaré Eva Kask après la mort de Jaan Kask.\n\nLe maire de Tarvak a dit : « Toute la ville est en deuil après la mort de la famille Kask ».')]);
    expect(engine.ask('Qu\'a dit le maire après la mort de la famille Kask ?').answer).toContain('en deuil');
  });
});

describe('"rendre public" typed for "révéler"', () => {
  it('finds who revealed it', () => {
    const engine = engineOf([fromFile('001.md', 'Le médecin légiste Jaan Kask a révélé dimanche l’identité des victimes de Tarvak après des vérifications avec leurs proches.')]);
    expect(engine.ask('Qui a rendu publics les noms des victimes de Tarvak ?').answer).toContain('Jaan Kask');
  });
});

describe('an organisation asked of a name of no known kind', () => {
  it('is the name one works for', () => {
    const engine = engineOf([fromFile('001.md', 'Ce Valgais résidait à Tarvak et travaillait depuis cinq ans pour le site de musique en ligne Zorbify.')]);
    expect(engine.ask('Le Valgais tué, il bossait pour quelle boîte ?').answer).toBe('Zorbify');
  });
  it('is not a name said otherwise', () => {
    const engine = engineOf([fromFile('001.md', 'Ce Valgais résidait à Tarvak et écoutait chaque jour de la musique sur Zorbify.')]);
    expect(engine.ask('Le Valgais tué, il bossait pour quelle boîte ?').answer).toBeNull();
  });
});
