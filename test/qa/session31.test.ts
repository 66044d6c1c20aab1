/** Session 31: behaviour read on real articles, checked on small invented ones. */
import { describe, expect, it } from 'vitest';
import { engineOf, fromFile } from './tiny-corpus.js';
import { annotate } from '../../src/nlp/annotate.js';
import { venues } from '../../src/qa/spans.js';
import { questionType } from '../../src/qa/question-kind.js';
import type { Article } from '../../src/corpus/types.js';
import type { AnalyzedQuestion } from '../../src/qa/analyze-question.js';
import type { ScoredSentence } from '../../src/qa/knowledge.js';
import { reasonToAbstain } from '../../src/qa/abstention.js';
import { isAddressee } from '../../src/nlp/quotes.js';

const ask = (text: string, question: string) => engineOf([fromFile('001.md', text)]).ask(question);
const article = (text: string): Article => ({ id: '001', file: '001.md', title: 'Titre', language: 'fr', paragraphs: text.split('\n\n'), bytes: text.length });
const acts = (text: string) => annotate([article(text)]).speech.map((a) => ({ speaker: a.speakerText, text: a.text }));

describe('a speech verb after a modal', () => {
  it('reports no one ("ce qui peut expliquer que …")', () => {
    const text = 'Le missile aurait explosé près de l’appareil, ce qui peut expliquer que le pilote ait tenté un dernier virage vers Tarvak.';
    expect(acts(text).map((a) => a.speaker)).not.toContain('peut');
    expect(ask(text, 'Qui a expliqué que le pilote avait tenté un dernier virage ?').answer ?? '').not.toContain('peut');
  });
});

describe("a speaker's phrase after the verb", () => {
  it('ends before a weekday ("a indiqué le procureur de Valmont mercredi à la presse")', () => {
    const text = 'Les règles de balisage ont été respectées par la station, a indiqué le procureur de Valmont mercredi à la presse.';
    expect(acts(text).map((a) => a.speaker)).toContain('le procureur de Valmont');
  });
});

describe('a speaker known by a title and its complement', () => {
  it('is the one person the corpus gives both ("Le procureur de la République de Valmont (Savoie), Arnaud Tessier")', () => {
    const engine = engineOf([
      fromFile('001.md', 'Le procureur de la République de Valmont (Savoie), Arnaud Tessier, a déclaré lundi que le skieur avait choisi de sortir des pistes.'),
      fromFile('002.md', 'L’enquête sur l’accident a montré que les normes de balisage des pistes ont été respectées par la station, a indiqué le procureur de Valmont mercredi à la presse.'),
    ]);
    expect(engine.ask("Quel magistrat a présenté devant la presse les premiers résultats de l'enquête ?").answer).toContain('Arnaud Tessier');
  });
});

describe('a title the question makes its subject', () => {
  it('is not the one asked after a preposition ("le président moldave a serré la main de qui ?")', () => {
    const text = 'Acclamé par la foule, Jaan Kask a surpris la tribune en serrant la main du président moldave Petru Arvan au stade de Tarvak.';
    const answer = ask(text, 'Au stade, le président moldave a eu droit à une poignée de main de qui ?').answer;
    expect(answer).toContain('Jaan Kask');
    expect(answer).not.toContain('Petru Arvan');
  });
});

describe('a time asked of a person and an act', () => {
  it('is not answered by a sentence that says neither ("Jaan Kask a atterri à Tarvak à quelle heure ?")', () => {
    const text = 'Le poète Ilmar Soot est mort jeudi soir à 20h50 (19h50 heure française) à son domicile de Tarvak, a annoncé la présidence.\n\nLe président estonien Jaan Kask est arrivé à Tarvak pour les obsèques du poète.';
    expect(ask(text, 'Jaan Kask a atterri à Tarvak à quelle heure ?').answer).toBeNull();
  });
});

describe('a count asked by a noun', () => {
  it('is the figure whose relative clause says it by its verb ("23.000 coureurs qui ont participé")', () => {
    const text = 'Deux bombes ont explosé près de la ligne d’arrivée du marathon de Tarvak, tuant trois personnes.\n\nPrès des trois quarts des 23.000 coureurs qui ont participé à la course avaient déjà franchi la ligne.';
    expect(ask(text, 'Le marathon comptait combien de participants ?').answer).toContain('23.000');
  });
});

describe('venues read in a sentence', () => {
  it('leave out a venue noun counted ("de plusieurs étages", "de 12 étages")', () => {
    expect(venues('Le centre commercial de plusieurs étages de Tarvak était un lieu prisé.').map((v) => v.text)).toEqual([]);
    expect(venues('Un immeuble de 12 étages s’est effondré.').map((v) => v.text)).toEqual([]);
    expect(venues('Il habitait au 7 rue de la Paix.').map((v) => v.text)).toEqual(['7 rue de la Paix']);
  });
  it('end on no preposition ("devant lequel", "le parking devant le musée")', () => {
    expect(venues('Le convoi est arrivé à la Maison Arvan, le siège du gouvernement devant lequel la foule attendait.').map((v) => v.text)).toContain('siège du gouvernement');
    expect(venues('Des assaillants ont surgi sur le parking devant le musée Arvan.').map((v) => v.text)).toEqual(['parking', 'musée Arvan']);
  });
});

describe('a venue in apposition with a definite article', () => {
  it('leaves the answer to the name it describes ("à Korvala, le quartier Arvani de Tarvak")', () => {
    const text = 'Après l’attentat, la police a mené des opérations très violentes, notamment à Korvala, le quartier Arvani de Tarvak.';
    expect(ask(text, 'Dans quel quartier de Tarvak la police a-t-elle mené des opérations violentes ?').answer).toContain('Korvala');
  });
});

describe('a venue asked by its noun', () => {
  it('is not answered by one whose words name nothing ("l’aéroport de la capitale")', () => {
    const text = 'L’appareil a pris feu près de l’aéroport de la capitale, selon les secours.\n\nLe Boeing avait décollé de l’aéroport Arvan-Tessier quelques minutes plus tôt et a pris feu.';
    expect(ask(text, "L'avion a pris feu à proximité de quel aéroport ?").answer).toContain('Arvan-Tessier');
  });
});

describe('a statement asked with its circumstance ("en annonçant …")', () => {
  it('is the words said then, not the report of the announcement', () => {
    const text = 'Le président Jaan Kask a annoncé mardi soir la fin du siège du centre commercial de Tarvak, attaqué samedi par un commando « Arvan ». Après trois jours de siège, « nous avons humilié et vaincu nos assaillants », a lancé Jaan Kask lors d’une allocution.';
    expect(ask(text, "Qu'a dit Jaan Kask en annonçant la fin du siège ?").answer).toContain('vaincu nos assaillants');
  });
});

describe('a speech verb', () => {
  it('includes "relever" ("…, a relevé M. Tessier")', () => {
    const text = '« Quelqu’un qui aurait fait ce choc sans casque ne serait pas arrivé jusqu’ici », a relevé M. Tessier, chef du service de réanimation.';
    expect(acts(text).map((a) => a.text).join(' ')).toContain('sans casque');
  });
});

describe('a place someone comes from', () => {
  it('does not answer where something happened to them ("les deux Françaises tuées étaient originaires de Korvala")', () => {
    const text = 'Les deux Françaises tuées étaient originaires de Korvala, a indiqué la mairie.';
    expect(ask(text, 'Les deux Françaises, elles ont été tuées où exactement ?').answer ?? '').not.toContain('Korvala');
  });
  it('still answers where they come from', () => {
    const text = 'Les deux victimes tuées samedi à Tarvak étaient originaires de Korvala, a indiqué la mairie.';
    expect(ask(text, "D'où venaient les deux victimes ?").answer).toContain('Korvala');
  });
});

describe('a title the question gives as a complement ("les obsèques du président")', () => {
  it('is held by someone other than the one asked', () => {
    const text = 'Ce vendredi 23 juillet, la Tarvalie a enterré son président Jaan Kask, assassiné le 7 juillet dernier à son domicile. Les funérailles ont eu lieu à Korvala, en présence de ministres et de diplomates.';
    expect(ask(text, 'Qui présidait la cérémonie religieuse lors des obsèques du président ?').answer ?? '').not.toContain('Jaan Kask');
  });
});

describe('the first name of someone a dislocated noun says', () => {
  it('asks who ("La mère de Jaan, c\'est quoi son prénom ?")', () => {
    expect(questionType("La mère de Jaan Kask, c'est quoi son prénom ?").kind).toBe('who');
    expect(questionType('Le tireur, on connaît son nom ?').kind).toBe('who');
  });
  it('is answered by the name the text gives that role', () => {
    const text = 'Pour Liina, la mère de Jaan Kask, cette marche blanche doit exprimer la colère du quartier.';
    const reply = ask(text, "La mère de Jaan Kask, c'est quoi son prénom ?");
    expect(reply.kind).toBe('who');
    expect(reply.answer).toContain('Liina');
    // The name, not the whole sentence it stands in.
    expect(reply.answer).not.toContain('marche blanche');
  });
});

describe('a count asked', () => {
  it('is not answered by a figure of a part ("deux autres personnes")', () => {
    const text = 'La marche blanche a réuni les proches de Jaan Kask samedi à Tarvak. Deux autres personnes ont été interpellées en marge du cortège.';
    expect(ask(text, 'Combien de personnes ont participé à la marche blanche pour Jaan Kask ?').answer).toBeNull();
  });
  it('is answered by a figure of a part whose sentence says all the question asks ("18 autres personnes ont été arrêtées …")', () => {
    const text = 'Le consul de Tarvak a été limogé. 18 autres personnes ont été arrêtées dans le cadre de l’enquête saoudienne.';
    expect(ask(text, "Y a eu combien de personnes arrêtées dans l'enquête saoudienne ?").answer).toContain('18');
  });
  it('narrowed by a participle is not answered by a figure of all ("140 blessés" for "combien … ont dû être amputés")', () => {
    const text = 'Deux bombes ont explosé près de la ligne d’arrivée du marathon de Tarvak lundi, faisant trois morts et 140 blessés.';
    expect(ask(text, 'Combien de blessés ont dû être amputés après les explosions ?').answer).toBeNull();
  });
  it('narrowed by a participle the sentence says is answered', () => {
    const text = 'Après les explosions du marathon de Tarvak, quatorze blessés ont dû être amputés, selon les hôpitaux.';
    expect(ask(text, 'Combien de blessés ont dû être amputés après les explosions ?').answer).toContain('quatorze');
  });
});

describe('a compound noun asked ("Quel porte-parole …")', () => {
  it('is said by a sentence that holds all its parts, as its terms split it, though it covers less of the question', () => {
    const q = { text: "Quel porte-parole de l'ANC a affirmé …", kind: 'who', expects: 'person', noun: 'porte-parole', english: false, wantsTime: false, wantsYear: false,
      entities: new Map(), terms: new Map([['port', 1], ['parol', 1], ['affirm', 1]]), unknownNames: [], soft: new Map(), alternatives: new Map() } as AnalyzedQuestion;
    const sentence = (terms: string[]): ScoredSentence[] => [{ index: 0, score: 1, coverage: 0.44, contentCoverage: 0.3, entityCoverage: 1, sentence: { doc: 0, para: 1, text: 't', terms, mentions: [], dates: [] } } as unknown as ScoredSentence];
    expect(reasonToAbstain(q, sentence(['retorqu', 'port', 'parol']))).toBeUndefined();
    expect(reasonToAbstain(q, sentence(['retorqu', 'parol']))).toEqual({ code: 'lowCoverage' });
  });
});

describe('a member noun asked with its body ("Quel représentant de la police …")', () => {
  it('is held by one the text follows by that body ("Jaan Kask de la police de Tarvak a dit")', () => {
    const text = '« Nous avons utilisé un robot pour tirer la bâche du bateau », Jaan Kask de la police de Tarvak a dit. « Nous étions aussi à le surveiller avec une caméra thermique. »';
    expect(ask(text, "Quel représentant de la police de Tarvak a raconté qu'on s'était servi d'un robot pour le bateau ?").answer).toContain('Jaan Kask');
  });
});

describe('"Quelle NOUN …" with a noun no class knows', () => {
  it('asks a person when the noun has an ending few things have ("signeuse", "urgentiste")', () => {
    expect(questionType('Quelle signeuse de l’association a dénoncé le faux interprète ?')).toEqual({ kind: 'who', expects: 'person', noun: 'signeuse' });
    expect(questionType('Quel urgentiste a soigné le pilote ?').kind).toBe('who');
  });
  it('still asks a measure or a thing otherwise ("quelle hauteur", "quelles fleurs")', () => {
    expect(questionType('Le bus a chuté de quelle hauteur ?').kind).toBe('what');
    expect(questionType('Quelles fleurs le président a-t-il laissées près du cercueil ?').kind).toBe('what');
  });
});

describe('a foreign venue name that ends on its town ("… Medical Center de Tarvak")', () => {
  it('is read by its noun before the town', () => {
    const text = 'Jaan Kask était dans un état grave, a déclaré le commissaire de police lors d’une conférence de presse. Le fugitif a été admis au Narva Deaconess Medical Center de Tarvak, selon Kelly Tamm, porte-parole de l’hôpital.';
    expect(ask(text, 'Après sa capture, le fugitif a été admis dans quel établissement hospitalier ?').answer).toContain('Medical Center');
  });
});

describe('a body words are said to ("transmise à l’AFP")', () => {
  it('is read as the addressee, not the speaker', () => {
    const said = 'Dans une déclaration transmise à l’AFP ce 9 janvier, Jaan Kask a indiqué que Tarvak étudiait toutes les pistes.';
    expect(isAddressee(said, said.indexOf('AFP'))).toBe(true);
    const told = 'Jaan Kask a déclaré au Monde que la piste du missile était sérieuse.';
    expect(isAddressee(told, told.indexOf('Monde'))).toBe(true);
  });
  it('is not a source or a subject ("selon l’AFP", "l’AFP a annoncé", "à Tarvak")', () => {
    const source = 'Selon l’AFP, Jaan Kask a indiqué que Tarvak étudiait toutes les pistes.';
    expect(isAddressee(source, source.indexOf('AFP'))).toBe(false);
    const place = 'Le ministre est arrivé à Tarvak mardi.';
    expect(isAddressee(place, place.indexOf('Tarvak'))).toBe(false);
  });
});

describe('a country beside an organisation named after it ("#Estonie Media")', () => {
  it('stays the country, not the organisation\'s short form', () => {
    const text = '#Estonie Media: premières images du crash. L’Estonie a reconnu samedi avoir abattu l’avion. Le président de l’Estonie a présenté ses excuses. L’Estonie promet une enquête.';
    const ann = annotate([article(text)]);
    expect(ann.entities.find((e) => e.name === 'Estonie')?.type).toBe('place');
    expect(ann.entities.find((e) => e.name === 'Estonie Media')?.aliases ?? []).not.toContain('Estonie');
  });
});

describe('an organisation asked by its noun', () => {
  it('is a name of no known type right after that noun and an adjective ("l’agence de presse estonienne Tarvik")', () => {
    const text = 'La police estonienne a dispersé samedi des étudiants qui ont scandé des slogans à Tallinn lors d’un rassemblement, selon l’agence de presse estonienne Tarvik.';
    expect(ask(text, "La dispersion des étudiants à Tallinn, c'est quelle agence estonienne qui l'a rapportée ?").answer).toContain('Tarvik');
  });
});

describe('an amount of money asked ("Quel montant …")', () => {
  it('is answered by a figure of money, not by a sentence with a date', () => {
    const text = 'Le gouvernement de Tarvak a annoncé le 12 janvier une indemnisation pour les familles des victimes du crash. Chaque famille recevra 150 000 dollars, a précisé le ministre.';
    expect(ask(text, "Quel montant d'indemnisation Tarvak a-t-il promis à chaque famille de victime ?").answer).toBe('150 000 dollars');
  });
  it('is not answered when no figure of money is given', () => {
    const text = 'Le Premier ministre de Tarvak a promis le 12 janvier que justice serait faite pour les familles des victimes du crash.';
    expect(ask(text, "Quel montant d'indemnisation Tarvak a-t-il promis à chaque famille de victime ?").answer).toBeNull();
  });
});
