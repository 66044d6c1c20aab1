/** Session 27: behaviour read on real articles, checked on small invented ones. */
import { describe, expect, it } from 'vitest';
import { buildCorpusIndex } from '../../src/index/corpus-index.js';
import { searchArticles } from '../../src/index/passage-index.js';
import { quantities, venues } from '../../src/qa/spans.js';
import { articleOn, engineOf, fromFile } from './tiny-corpus.js';

describe('a figure before "autres" and a noun', () => {
  it('counts that noun, not the one counted before it', () => {
    const spans = quantities('Environ 90 secondes avant le choc, le pilote parlait avec les deux autres avions du convoi.');
    expect(spans.find((s) => s.text === 'deux autres avions')?.noun).toBe('avion');
  });
  it('still counts what was counted before when a participle follows', () => {
    const spans = quantities('Douze rebelles ont été tués et trois autres capturés.');
    expect(spans.find((s) => s.text === 'trois autres')?.noun).toBe('rebelle');
  });
});

describe('"un kilomètre"', () => {
  it('is a distance', () => {
    expect(quantities("La file s'étendait sur plus d'un kilomètre.").map((s) => s.noun)).toContain('kilometre');
  });
});

describe('a duration that opens a sentence before "avant"', () => {
  it('answers how long before the landmark the main clause\'s fact was', () => {
    const engine = engineOf([fromFile('001.md', 'Environ 40 secondes avant le choc, le pilote Jaan Kask parlait encore avec la tour de contrôle.')]);
    expect(engine.ask('Le pilote parlait avec la tour combien de temps avant le choc ?').answer).toContain('40 secondes');
  });
});

describe('a distance in kilometres written "km"', () => {
  it('answers "combien de kilomètres"', () => {
    const engine = engineOf([fromFile('001.md', 'Le détenu Jaan Kask était enfermé à Tarvak, à environ 1 300 km au nord de Valga.')]);
    expect(engine.ask('Tarvak est à combien de kilomètres de Valga ?').answer).toContain('1 300 km');
  });
});

describe('the articles Lunr hands to the sentence scorer', () => {
  it('include one that says the question\'s own words though rarer synonyms fill the query', () => {
    // The question's own words are in every article; each synonym is in one article, not the one that answers.
    const synonyms = ['declar', 'indiqu', 'affirm', 'communiqu', 'publi', 'confirm', 'officialis', 'precis', 'signal'];
    const verbs = ['déclaré', 'indiqué', 'affirmé', 'communiqué', 'publié', 'confirmé', 'officialisé', 'précisé', 'signalé'];
    const articles = [
      fromFile('001.md', 'Le décès du détenu a été annoncé par le service pénitentiaire à 14 h 19.'),
      ...verbs.map((verb, i) => fromFile(`${String(i + 2).padStart(3, '0')}.md`, `Le service pénitentiaire a annoncé un décès ; le ministre a ${verb} que la route serait rouverte.`)),
    ];
    const index = buildCorpusIndex(articles);
    const weighted = new Map([['servic', 3], ['penitentiair', 2], ['annonc', 3], ['deces', 2], ...synonyms.map((t) => [t, 1.8] as [string, number])]);
    expect(searchArticles(index.lunr, weighted, articles.length, 12).map((h) => h.doc)).toContain(0);
  });
});

describe('a town asked', () => {
  it('is not answered by a continent with a point of the compass', () => {
    const engine = engineOf([fromFile('001.md', 'Le président Jaan Kask sera inhumé vendredi en Afrique du Nord, selon ses proches.')]);
    expect(engine.ask('Jaan Kask, il sera inhumé dans quelle ville ?').answer).toBeNull();
  });
  it('is not answered by a place an area noun opens', () => {
    const other = engineOf([fromFile('001.md', 'Jaan Kask est mort vendredi dans la colonie IK-9 du district autonome de Valgamaa, selon les autorités.\n\nJaan Kask était détenu dans la colonie IK-9, à Tarvak, dans le district autonome de Valgamaa.')]);
    expect(other.ask('Dans quelle localité se trouve la colonie IK-9 où Jaan Kask est mort ?').answer).toContain('Tarvak');
  });
});

describe('a sentence whose subject is a possessive and a noun', () => {
  it('is about the person the article opens on', () => {
    const engine = engineOf([fromFile('001.md', "Le président Jaan Kask est mort dimanche dans un accident. L'hommage national a duré trois jours.\n\nÉlevé au rang de héros, son corps sera inhumé dans la ville de Tarvak.")]);
    expect(engine.ask('Jaan Kask, il devait être inhumé dans quelle ville ?').answer).toContain('Tarvak');
  });
});

describe('"Il s\'appelle X" after a sentence that names a role', () => {
  it('gives X that role', () => {
    const engine = engineOf([fromFile('001.md', "Ce sont les seuls mots qu'a prononcés le tireur de Valga, filmé par un voisin. Il s'appelle Jaan Kask, il avait dix-neuf ans.")]);
    expect(engine.ask("Le tireur, il s'appelait comment ?").answer).toContain('Jaan Kask');
  });
});

describe('a time asked of a day the question states', () => {
  const on = articleOn('2025-10-20');
  const engine = engineOf([
    on('001', ["Samedi, le premier séisme a frappé la région. A Tarvak, les habitants ont fui les immeubles vers 11h, au moment de la secousse."]),
    on('002', ["Un nouveau séisme a frappé la région mercredi 15 octobre. Le séisme de mercredi s'est produit vers 5h10 du matin, au nord de Tarvak."]),
  ]);
  it('is a time of that day, not one of a day the text does not give', () => {
    expect(engine.ask("La secousse du mercredi 15 octobre s'est produite à quelle heure ?").answer).toContain('5h10');
  });
});

describe('a decade asked', () => {
  it('is answered as the text says it', () => {
    const engine = engineOf([fromFile('001.md', "Ses parents, Jaan et Mari Kask, sont arrivés d'Estonie à la fin des années 1980 comme demandeurs d'asile.")]);
    expect(engine.ask("Les parents de Kask sont arrivés d'Estonie à quelle période ?").answer).toBe('fin des années 1980');
  });
});

describe('a position on a building', () => {
  it('is a venue with its building', () => {
    expect(venues("Il est retranché sur le toit d'un centre commercial.").map((v) => v.text)).toContain("toit d'un centre");
  });
});

describe('a body the question names by its acronym', () => {
  it('is not where its call gathered people', () => {
    const engine = engineOf([fromFile('001.md', "A l'appel du Centre d'entraide laïque (CEL), 500 personnes se sont rassemblées dimanche devant le Palais de justice de Valga.")]);
    expect(engine.ask("Devant quel bâtiment s'est tenu le rassemblement à l'appel du CEL ?").answer).toContain('Palais de justice');
  });
});

describe('a venue noun that ends on s in the singular', () => {
  it('is a venue noun', () => {
    expect(venues('Ils se sont rassemblés devant le Palais de justice de Valga.').map((v) => v.text)).toContain('Palais de justice de Valga');
  });
});

describe('a sentence that opens on an English name', () => {
  it('keeps its first word', () => {
    const names = buildCorpusIndex([fromFile('001.md', 'Save the Children a évoqué une crise de plus.')]).meta.entities.map((e) => e.name);
    expect(names).toContain('Save the Children');
  });
});

describe('an apposition with an honorific before a name', () => {
  it('runs on past the honorific\'s dot', () => {
    const engine = engineOf([fromFile('001.md', 'Sa mère a été informée du décès, a déclaré Mari Kask, porte-parole de M. Tamm.')]);
    expect(engine.ask("C'est qui la porte-parole de Tamm ?").answer).toContain('Mari Kask');
  });
});

describe('"com" typed for "communication"', () => {
  it('asks the role the text writes out', () => {
    const engine = engineOf([fromFile('001.md', "Liis Tamm, chargée de mission au musée, a ouvert les salles. Jaan avait « commencé à l'accueil », raconte Mari Kask, chargée de communication, au quotidien Postimees.")]);
    expect(engine.ask("C'est qui la chargée de com ?").answer).toContain('Mari Kask');
  });
});

describe('a count of prisoners asked as "détenus"', () => {
  it('is answered by a figure of prisonniers', () => {
    const engine = engineOf([fromFile('001.md', 'Les autorités ont déclaré que 528 prisonniers ont été libérés de la province de Valga parce que les prisons risquaient de s\'effondrer.')]);
    expect(engine.ask('Combien de détenus ont été relâchés parce que les prisons menaçaient de s\'écrouler ?').answer).toContain('528');
  });
});

describe('a heading role asked with its body', () => {
  it('is held by the one said to head that body', () => {
    const engine = engineOf([fromFile('001.md', "Le militant anticorruption Jaan Tamm est mort. Le corps n'a pas été rendu, a déclaré samedi Mari Kask, qui dirige la Fondation anti-corruption de Jaan Tamm.")]);
    expect(engine.ask("Le patron de la Fondation anticorruption de Tamm, il s'appelle comment ?").answer).toContain('Mari Kask');
  });
});

describe('a word with a bound prefix and a hyphen', () => {
  it('matches the word written solid', async () => {
    const { terms } = await import('../../src/nlp/tokens.js');
    expect(terms('la fondation anti-corruption')).toEqual(expect.arrayContaining(terms('anticorruption')));
  });
});

describe('"Ce sont les seuls mots qu\'a prononcés X" after a quotation', () => {
  it('gives the quotation to X', () => {
    const engine = engineOf([fromFile('001.md', "« Je suis né ici, je viens d'un quartier pauvre ». Ce sont les seuls mots qu'a prononcés Jaan Kask, filmé par un voisin.")]);
    expect(engine.ask("Qu'a dit Jaan Kask ?").answer).toContain('je viens d\'un quartier pauvre');
  });
  it('gives it to the one a naming sentence after says holds the role', () => {
    const engine = engineOf([fromFile('001.md', "« Je suis né ici, je viens d'un quartier pauvre ». Ce sont les seuls mots qu'a prononcés le tireur de Valga, filmé par un voisin. Il s'appelle Jaan Kask, il avait dix-neuf ans.")]);
    expect(engine.ask('Le tireur, il a crié quoi ?').answer).toContain('je viens d\'un quartier pauvre');
  });
});

describe('a day asked when a year ranks first', () => {
  it('is the best day the sentences give', () => {
    const on = articleOn('2025-09-20');
    const engine = engineOf([
      on('001', ['Un séisme a frappé mardi 19 septembre le centre du pays, près de Valga.']),
      on('002', ['En 1985, la terre avait tremblé dans le centre du pays et tué des milliers de personnes.']),
      on('003', ['La terre a tremblé dans le centre du pays comme en 1985, quand le séisme avait tout détruit.']),
    ]);
    expect(engine.ask('Quel jour la terre a-t-elle tremblé dans le centre du pays ?').answer).toContain('19 septembre');
  });
});
