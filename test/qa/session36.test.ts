/** Session 36: behaviour read on real articles, checked on small invented ones. */
import { describe, expect, it } from 'vitest';
import { articleOn, engineOf, fromFile } from './tiny-corpus.js';
import { annotate } from '../../src/nlp/annotate.js';
import { questionType } from '../../src/qa/question-kind.js';
import { venues } from '../../src/qa/spans.js';
import type { Article } from '../../src/corpus/types.js';

const ask = (text: string, question: string) => engineOf([fromFile('001.md', text)]).ask(question);
const article = (text: string, id = '001'): Article => ({ id, file: `${id}.md`, title: 'Titre', language: 'fr', paragraphs: text.split('\n\n'), bytes: text.length });

describe('"qu’est-ce qui" after a dislocated phrase ("Selon X, qu’est-ce qui a causé …, à la place de …")', () => {
  it('asks a thing, not a person', () => {
    expect(questionType('Selon l’exploitant Verda Holding, qu’est-ce qui a causé l’effondrement, à la place d’une fuite de gaz ?').kind).toBe('what');
  });
  it('leaves a relative clause after the comma a relative (guard)', () => {
    expect(questionType('Barbara, qui était dans le train, elle a raconté quoi ?').kind).toBe('quote');
  });
});

describe('a name "selon" opens', () => {
  it('is who told it, no place, though read elsewhere as one', () => {
    const text = [
      '« C’est une guerre », a commenté Omar Fadli, joueur du club, à Zenith.',
      'Un autre match a été interrompu le même soir, provoquant la colère des supporters qui ont mis le feu dans les tribunes, toujours selon Zenith.',
    ].join('\n\n');
    expect(ask(text, 'Le match qui a été interrompu le même soir, il se jouait dans quelle ville ?').answer).toBeNull();
  });
  it('leaves a place in the same sentence the answer (guard)', () => {
    const text = [
      '« C’est une guerre », a commenté Omar Fadli, joueur du club, à Zenith.',
      'Un autre match qui se tenait à Alvéra a été interrompu, provoquant la colère des supporters, toujours selon Zenith.',
    ].join('\n\n');
    expect(ask(text, 'Le match qui a été interrompu, il se jouait dans quelle ville ?').answer).toContain('Alvéra');
  });
});

describe('a country read from a people’s adjective', () => {
  it('is not the country the question names, however spelt ("Kirghizstan" / "Kirghizistan")', () => {
    const text = 'Les services secrets du Kirghizstan ont affirmé que cet homme était né dans la région kirghize de Batken, une zone reculée.';
    const { answer } = ask(text, 'Le kamikaze était originaire de quelle région du Kirghizstan ?');
    expect(answer).toContain('Batken');
  });
});

describe('venues', () => {
  it('a vague noun and a bare noun after "de" name a kind of venue ("un centre d’accueil")', () => {
    expect(venues('Les migrants sont hébergés dans un centre d’accueil surpeuplé.').map((v) => v.text)).toEqual(['centre d’accueil surpeuplé']);
    expect(venues('Il vivait dans un camp de réfugiés, au nord.').map((v) => v.text)).toEqual(['camp de réfugiés']);
  });
  it('"le centre de la ville", with its article, names no venue (guard)', () => {
    expect(venues('Il vivait dans le centre de la ville.').map((v) => v.text)).toEqual([]);
  });
  it('a venue left with its noun alone once a figure’s words are dropped names nothing ("l’île de moins de 6000 habitants")', () => {
    expect(venues('L’île de moins de 6000 habitants reproche à la capitale son silence.').map((v) => v.text)).toEqual([]);
  });
  it('answers where people are kept, though the question names the island', () => {
    const text = [
      'La visite se déroule dans une ambiance tendue, alors que les migrants sont logés dans un centre d’accueil surpeuplé.',
      'L’île de moins de 6000 habitants reproche à Vernal de ne pas avoir de politique cohérente.',
    ].join('\n\n');
    expect(ask(text, 'Les migrants, ils sont logés où sur l’île ?').answer).toContain('centre d’accueil');
  });
});

describe('counts', () => {
  it('a count of people and no more, told dead, is no count of spectators, nor are people counted by their country', () => {
    const text = [
      'Le stade de Port-Vela a été fermé par les autorités après le drame.',
      'Quelque 10 000 Égyptiens ont manifesté jeudi, au lendemain du drame de Port-Vela où 74 personnes ont trouvé la mort.',
    ].join('\n\n');
    expect(ask(text, 'Le stade de Port-Vela, il peut accueillir combien de spectateurs ?').answer).toBeNull();
  });
  it('people counted by their country still answer "combien de monde" (guard)', () => {
    const text = 'Plus de 20 000 Suédois ont manifesté jeudi à Vela.';
    expect(ask(text, 'Combien de monde a manifesté jeudi à Vela ?').answer).toContain('20 000');
  });
  it('a bail is money: a count of charges does not answer it', () => {
    const text = 'Karim Olsen était en liberté sous caution et devait répondre à plus de 40 chefs d’accusation.';
    expect(ask(text, 'La caution de Olsen, elle s’élevait à combien ?').answer).toBeNull();
  });
  it('a bare figure whose verb is the noun asked counts it ("49 ont été blessées")', () => {
    const text = 'Selon un dernier bilan mardi matin de la ministre de la Santé Irina Volkova, 14 personnes ont péri dans l’explosion et 49 ont été blessées.';
    expect(ask(text, 'Combien de blessés selon le bilan donné mardi matin par la ministre de la Santé ?').answer).toContain('49');
  });
  it('a count a sentence dates by another weekday than the question’s is another day’s', () => {
    const text = [
      'L’explosion survenue ce lundi à Vostrograd a fait au moins 10 morts et 47 blessés, selon le ministère de la Santé.',
      'Selon un dernier bilan mardi matin de la ministre de la Santé Irina Volkova, 14 personnes ont péri dans l’explosion et 49 ont été blessées.',
    ].join('\n\n');
    const { answer } = ask(text, 'Combien de blessés selon le bilan donné mardi matin par la ministre de la Santé ?');
    expect(answer).toContain('49');
    expect(answer).not.toContain('47');
  });
});

describe('quotes', () => {
  it('"il a sorti quoi sur …" asks what someone said', () => {
    expect(questionType('Oktay, il a sorti quoi sur les accidents dans les mines ?').kind).toBe('quote');
  });
  it('"a renchéri" makes a speaker', () => {
    const text = '« Les accidents sont dans la nature même des mines », a renchéri M. Oktay avant d’être hué par la foule.';
    expect(ask(text, 'Qu’a dit Oktay sur les accidents ?').answer).toContain('nature même des mines');
  });
  it('the statement that says the topic in its own words wins over one whose sentence says it around the quotation (guard)', () => {
    const text = [
      '« Il y aura une enquête approfondie », a assuré mercredi M. Oktay, qui a mis l’accident sur le compte de la fatalité en donnant en exemple des accidents survenus ailleurs.',
      '« Les accidents sont dans la nature même des mines », a renchéri M. Oktay avant d’être hué par la foule.',
    ].join('\n\n');
    expect(ask(text, 'Oktay, il a sorti quoi sur les accidents dans les mines ?').answer).toContain('nature même des mines');
  });
});

describe('names', () => {
  it('a name that ends on "Place" is a place ("Martin Place")', () => {
    const text = 'Des policiers ont été déployés à proximité de Martin Place, à Vernon, où des personnes sont retenues dans un café.';
    expect(annotate([article(text)]).entities.find((e) => e.name === 'Martin Place')?.type).toBe('place');
  });
});

describe('dates', () => {
  it('"quel jour de la semaine" is answered by a weekday the article’s month leaves unresolved, over a year beside it', () => {
    const text = 'La justice a condamné à mort samedi 21 personnes accusées d’être impliquées dans les violences ayant fait 74 morts l’an dernier après un match à Port-Vela.';
    const engine = engineOf([articleOn('2013-01')('001', [text])]);
    expect(engine.ask('Les 21 peines de mort, elles ont été prononcées quel jour de la semaine ?').answer).toBe('samedi');
  });
  it('a participle after its auxiliary and an adverb is the sentence’s own verb: its date is the fact asked', () => {
    const text = 'Le président du tribunal a en outre fixé au 9 mars le verdict pour les 52 autres accusés, jugés depuis avril.';
    expect(ask(text, 'Le jugement des 52 autres accusés, il est attendu pour quand ?').answer).toContain('9 mars');
  });
});

describe('a game’s score', () => {
  it('is the score the text writes, in a sentence that tells the game', () => {
    const text = 'Les heurts ont commencé après la fin du match au cours duquel Vela a fait subir à Norvik sa première défaite (3-1) de la saison, à la 17e journée.';
    expect(ask(text, 'Le score final du match, c’était combien ?').answer).toBe('3-1');
  });
  it('"2 à 0" too', () => {
    expect(ask('Vela a battu Norvik 2 à 0 mercredi soir en demi-finale.', 'Quel a été le score de la demi-finale ?').answer).toBe('2 à 0');
  });
  it('no figure pair of a date or a count is a score', () => {
    expect(ask('Le tournoi s’est tenu du 3 au 5 mai ; 12 000 supporters ont assisté à la finale.', 'Quel a été le score de la finale ?').answer).toBeNull();
  });
});

describe('a kind of venue keeps its adjective', () => {
  it('"le Centre d’art contemporain"', () => {
    expect(venues('Il a été abattu au Centre d’art contemporain de Vela lors d’un vernissage.').map((v) => v.text)).toEqual(['Centre d’art contemporain']);
  });
});

describe('a part of a building asked ("dans quelle partie de l’établissement")', () => {
  it('is no town, nor the building again', () => {
    const text = [
      'Le drame s’est produit dans une discothèque de Vela, la capitale de la province.',
      'Une grande partie des corps a été retrouvée dans l’établissement, dans la capitale, selon les pompiers.',
    ].join('\n\n');
    expect(ask(text, 'Dans quelle partie de l’établissement a-t-on retrouvé une grande partie des corps ?').answer).toBeNull();
  });
  it('is a part the text names ("la cour d’honneur de la prison") (guard)', () => {
    const text = 'L’hélicoptère a atterri dans la cour d’honneur de la prison de Vela, dimanche vers 11h30.';
    expect(ask(text, 'Dans quelle partie de la prison l’hélicoptère a-t-il atterri ?').answer).toContain('cour d’honneur');
  });
});

describe('a score of a phase of the game', () => {
  it('answers only from a sentence that says the phase the question names', () => {
    const text = 'Vela a battu Norvik en finale (4-2), grâce à deux buts de Tom Rask en seconde période.';
    expect(ask(text, 'Quel a été le score à la mi-temps ?').answer).toBeNull();
    expect(ask(`${text}\n\nÀ la mi-temps, Vela menait déjà 2-1 face à Norvik en finale.`, 'Quel a été le score à la mi-temps ?').answer).toBe('2-1');
  });
});

describe('a national team’s coach', () => {
  it('"le sélectionneur" is a coach ("entraîneur")', async () => {
    const { narrowerRoles } = await import('../../src/qa/question-kind.js');
    expect(narrowerRoles('entraineur').has('selectionneur')).toBe(true);
  });
});
