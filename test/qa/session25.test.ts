/** Session 25: behaviour read on real articles, checked on small invented ones. */
import { describe, expect, it } from 'vitest';
import { questionType } from '../../src/qa/question-kind.js';
import { buildCorpusIndex } from '../../src/index/corpus-index.js';
import { venues } from '../../src/qa/spans.js';
import { estimatePublication } from '../../src/nlp/temporal/publication.js';
import { engineOf, fromFile } from './tiny-corpus.js';

describe('a companion asked', () => {
  it('is not one a word of company gives another person of the sentence', () => {
    const engine = engineOf([fromFile('001.md', "Le président Arno Kask, accompagné de son épouse Mirja, est entré dans la salle, tout comme le ministre Toomas Tamm. Toomas Tamm est venu à Tartu.")]);
    expect(engine.ask('Toomas Tamm était accompagné de qui à Tartu ?').answer).toBeNull();
  });
  it('is not one named beside them after "avec"', () => {
    const engine = engineOf([fromFile('001.md', "Les obsèques ont été l'occasion d'échanges, notamment avec Toomas Tamm et Arno Kask, le chef du gouvernement.")]);
    expect(engine.ask('Toomas Tamm était accompagné de qui aux obsèques ?').answer).toBeNull();
  });
  it('is still one the sentence joins to the person asked', () => {
    const engine = engineOf([fromFile('001.md', 'Le ministre Toomas Tamm est arrivé à Tartu accompagné de son épouse Mirja.')]);
    expect(engine.ask('Toomas Tamm était accompagné de qui à Tartu ?').answer).toContain('Mirja');
  });
});

describe('a source named after "selon"', () => {
  it('takes no title from the subject of the clause after it', () => {
    const names = buildCorpusIndex([fromFile('001.md', 'Selon Postimees, le tireur est entré dans le bar vers 22 heures. Le journal Postimees cite la police.')]).meta.entities;
    const source = names.find((e) => e.name === 'Postimees');
    expect(source).toBeDefined();
    expect(source!.type).not.toBe('person');
    expect(source!.descriptions).toEqual([]);
  });
  it('keeps an apposition closed by a comma', () => {
    const names = buildCorpusIndex([fromFile('001.md', "Selon Jaan Kask, le porte-parole de la police, le tireur a agi seul.")]).meta.entities;
    expect(names.find((e) => e.name === 'Jaan Kask')?.descriptions.map((d) => d.text)).toContain('le porte-parole de la police');
  });
});

describe('a role asked with its complement', () => {
  const engine = engineOf([fromFile('001.md', [
    "Les dirigeants ont adressé leurs condoléances à l'Estonie et à son président Arno Kask après la chute d'un avion de Balti Lennud.",
    'Le président de Balti Lennud, Mart Sepp, a rendu hommage à l\'équipage.',
  ].join(' '))]);
  it('is answered by one given the role of that complement, over one given the role alone near it', () => {
    expect(engine.ask("Le patron de Balti Lennud, il s'appelle comment ?").answer).toContain('Mart Sepp');
  });
});

describe('the lawyer of a person the question names', () => {
  it('is not the one a lawyer of the sentence defended', () => {
    const engine = engineOf([fromFile('001.md', 'Mart Sepp, un avocat ayant défendu Arno Saar, est mort. Le capitaine Jaan Kask a été entendu.')]);
    expect(engine.ask("Qui est l'avocat du capitaine Jaan Kask ?").answer).toBeNull();
  });
  it('is the one the text gives that role of that person', () => {
    const engine = engineOf([fromFile('001.md', "L'avocat du capitaine Jaan Kask, Peeter Tamm, a demandé sa libération. Mart Sepp, un avocat ayant défendu Arno Saar, est mort.")]);
    expect(engine.ask("Qui est l'avocat du capitaine Jaan Kask ?").answer).toContain('Peeter Tamm');
  });
});

describe('the one an act was done to', () => {
  it('is not who did it when the question names them by the complement of its object', () => {
    const engine = engineOf([fromFile('001.md', "La mort du doyen Jaan Kask a été annoncée lundi soir. Le doyen Jaan Kask, mort à 88 ans, avait fondé l'école de Valga.")]);
    expect(engine.ask("C'est qui qui a annoncé la mort du doyen ?").answer).toBeNull();
    const told = engineOf([fromFile('001.md', "La mort du doyen Jaan Kask a été annoncée lundi soir par le recteur Peeter Tamm. Le doyen Jaan Kask, mort à 88 ans, avait fondé l'école de Valga.")]);
    expect(told.ask("C'est qui qui a annoncé la mort du doyen ?").answer).toContain('Peeter Tamm');
  });
});

describe('a past participle with no auxiliary', () => {
  it('reports nothing: its agent said no words of the sentence', () => {
    const engine = engineOf([fromFile('001.md', "La reconstruction de l'école de Valga, annoncée par le maire Jaan Kask, coûtera 3 millions. Le maire a salué les pompiers.")]);
    expect(engine.ask("Qu'a annoncé le maire Jaan Kask ?").answer).toBeNull();
  });
  it('leaves an inverted report in the present one', () => {
    const engine = engineOf([fromFile('001.md', "« Nous reconstruirons l'école », annonce le maire Jaan Kask.")]);
    expect(engine.ask("Qu'a annoncé le maire ?").answer).toContain("Nous reconstruirons l'école");
  });
});

describe("a venue's English possessive name", () => {
  it('belongs to the venue', () => {
    expect(venues("Peter Sepp, spécialiste du terrorisme au King's College de Londres, a lu le texte.").map((v) => v.text)).toContain("King's College de Londres");
  });
});

describe('"…, c\'était lequel ?" after a "quand" clause', () => {
  it('asks which of the dislocated noun, not when', () => {
    expect(questionType("Le groupe qui jouait sur scène quand le feu a pris, c'était lequel ?")).toMatchObject({ kind: 'who', noun: 'groupe' });
  });
});

describe('roles that hold the role asked', () => {
  it('a captain is a commandant, a responsable of a body its head', () => {
    const engine = engineOf([fromFile('001.md', [
      "Le capitaine Jaan Kask et le copilote Peeter Tamm ont tenté de poser l'appareil près de Valga.",
      '« Les secours sont arrivés en dix minutes », a détaillé la responsable de la police de Valga, Mari Sepp.',
    ].join(' '))]);
    expect(engine.ask("Qui était le commandant de bord de l'appareil ?").answer).toContain('Jaan Kask');
    expect(engine.ask("C'est qui la cheffe de la police de Valga ?").answer).toContain('Mari Sepp');
  });
});

describe('one the asked act was done to', () => {
  it('does not take the role of the one who did it', () => {
    const engine = engineOf([fromFile('001.md', [
      'Une marche blanche est organisée jeudi en hommage à Jaan, tué par un tir de policier.',
      "Le jeune Jaan, tué mardi à Valga par un tir d'un policier, a été inhumé samedi.",
      "Le président a exprimé son émotion à la famille de Jaan, 17 ans, victime d'un tir policier à Valga.",
    ].join(' '))]);
    expect(engine.ask("Le policier qui a tiré, il s'appelle comment ?").answer).toBeNull();
  });
});

describe('a role the question names, not the one it asks', () => {
  it('is matched by a role that holds it when the corpus never writes it', () => {
    const engine = engineOf([fromFile('001.md', [
      'Mart Sepp, PDG de Balti Lennud, a tenu une conférence de presse jeudi à Tartu.',
      'Le ministre Jaan Kask était à Valga.',
    ].join(' '))]);
    expect(engine.ask("Dans quelle ville le patron de Balti Lennud s'est-il exprimé devant la presse ?").answer).toContain('Tartu');
  });
});

describe('the end of a span', () => {
  it('does not date an article by itself, as a future date does not', () => {
    expect(estimatePublication(['Les deux gérants sont jugés à Valga du 9 au 13 septembre 2019.'])?.date).toBe('2019-09-09');
    expect(estimatePublication(["Le salon est ouvert jusqu'au 13 septembre 2019, a annoncé le maire le 2 septembre 2019."])?.date).toBe('2019-09-02');
    // Alone, it still dates the article.
    expect(estimatePublication(["Le salon est ouvert jusqu'au 13 septembre 2019."])?.date).toBe('2019-09-13');
  });
});

describe('a date outside the relative clause that tells the event asked', () => {
  const arrest = "L'un des gérants du bar Lumi à Valga, où douze jeunes ont péri dans un incendie, a été arrêté lundi, a annoncé la police.";
  it('dates the clause the relative hangs from, not the event', () => {
    expect(engineOf([fromFile('001.md', arrest)]).ask("L'incendie du bar Lumi a eu lieu à quelle date ?").answer).toBeNull();
    expect(engineOf([fromFile('001.md', `${arrest} L'incendie du bar Lumi à Valga a eu lieu le samedi 30 août.`)]).ask("L'incendie du bar Lumi a eu lieu à quelle date ?").answer).toContain('30 août');
  });
  it('still dates the fact of its own clause', () => {
    expect(engineOf([fromFile('001.md', arrest)]).ask("L'arrestation du gérant du bar Lumi, c'était quand ?").answer).toContain('1er septembre');
  });
});

describe('nouns of the data read on the opened group', () => {
  it('a monarque is a king, a juriste a lawyer', () => {
    expect(engineOf([fromFile('001.md', 'Le roi Arno III avait reçu Jaan Kask le 9 avril à Valga. Le ministre Peeter Tamm était là.')]).ask('Quel monarque avait reçu Jaan Kask le 9 avril ?').answer).toContain('Arno III');
    expect(engineOf([fromFile('001.md', 'Mart Sepp, un avocat ayant défendu Jaan Kask à Valga, est mort dans le naufrage.')])
      .ask("Le juriste qui avait défendu Jaan Kask et qui est mort dans le naufrage, il s'appelait comment ?").answer).toContain('Mart Sepp');
  });
  it('a messe is an event the sentence that dates it may name alone', () => {
    expect(engineOf([fromFile('001.md', "Les funérailles de Jaan Kask ont eu lieu samedi à Valga. La messe, qui avait débuté à 10 heures, s'est achevée à midi.")])
      .ask("La messe d'enterrement, elle a démarré vers quelle heure ?").answer).toContain('10h');
  });
});

describe('a part of a town asked', () => {
  it('is not the town the story is set in, which most articles name', () => {
    const engine = engineOf([
      fromFile('001.md', 'Un homme a ouvert le feu mercredi soir dans deux bars à chicha de Valga, faisant neuf morts. Le second bar visé, le Lumi, est situé à Valga.'),
      fromFile('002.md', 'Valga est en deuil après la fusillade dans deux bars.'),
      fromFile('003.md', 'À Valga, une marche a eu lieu samedi après la fusillade.'),
      fromFile('004.md', 'La fusillade de Valga a fait neuf morts dans deux bars.'),
    ]);
    expect(engine.ask('Le second bar visé, il est dans quel quartier ?').answer).toBeNull();
  });
});
