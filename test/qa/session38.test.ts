/** Session 38: behaviour read on real articles, checked on small invented ones. */
import { describe, expect, it } from 'vitest';
import { articleOn, engineOf, fromFile } from './tiny-corpus.js';
import { annotate } from '../../src/nlp/annotate.js';
import type { Article } from '../../src/corpus/types.js';

const ask = (text: string, question: string) => engineOf([fromFile('001.md', text)]).ask(question);
const article = (text: string, id = '001'): Article => ({ id, file: `${id}.md`, title: 'Titre', language: 'fr', paragraphs: text.split('\n\n'), bytes: text.length });
const entitiesOf = (text: string) => annotate([article(text)]).entities.map((e) => ({ name: e.name, type: e.type }));

describe('a full stop inside a name', () => {
  it('keeps a middle initial in the name ("Marcus T. Ellroy")', () => {
    const text = 'La séance a été ouverte dès le matin par le doyen Marcus T. Ellroy devant les étudiants.';
    expect(entitiesOf(text).map((e) => e.name)).toContain('Marcus T. Ellroy');
    expect(ask(text, 'Quel doyen a ouvert la séance devant les étudiants ?').answer).toContain('Marcus T. Ellroy');
  });
  it('keeps a short form in a town’s name ("St. Albans")', () => {
    const text = 'Le tribunal a rendu son verdict jeudi à St. Albans, Vermont, après trois semaines de débats.';
    expect(ask(text, 'Dans quelle ville le tribunal a-t-il rendu son verdict ?').answer).toContain('St. Albans');
  });
  it('leaves a leading initial apart from the family name it abbreviates (guard)', () => {
    const names = entitiesOf('Les titulaires étaient R. Delcourt et M. Varga, puis Rémi Delcourt est sorti.').map((e) => e.name);
    expect(names).not.toContain('R. Delcourt');
  });
});

describe('an English connector inside a venue’s name ("Crown of Thistles")', () => {
  it('is part of the venue', () => {
    const text = '« Place à la musique », a déclaré en ouvrant la veillée le chef de chœur Owen Bright dans le temple bondé Crown of Thistles.';
    expect(ask(text, 'La veillée a eu lieu dans quel temple ?').answer).toContain('Crown of Thistles');
  });
});

describe('an article and a capitalised title after a name ("sur Facebook le Préfet de Corrèze Henri Lavaud")', () => {
  const text = '« Nous resterons mobilisés », a écrit sur Facebook le Préfet de Corrèze Henri Lavaud.';
  it('ends the name before it, and the title titles the name after its complement', () => {
    const names = entitiesOf(text);
    expect(names).toContainEqual({ name: 'Henri Lavaud', type: 'person' });
    expect(names.map((e) => e.name).some((n) => n.includes('Facebook le'))).toBe(false);
  });
  it('answers the title asked', () => {
    expect(ask(text, 'Le préfet de Corrèze, il s’appelle comment ?').answer).toContain('Henri Lavaud');
  });
  it('leaves "le Président de la République" alone as it was (guard)', () => {
    expect(entitiesOf('Le Président de la République a parlé longtemps.').map((e) => e.name)).not.toContain('Président de la République a');
  });
});

describe('an organisation’s name with "pour la … et la …"', () => {
  const text = 'Réunie jeudi, l’assemblée a élu l’ingénieure Tamo Ekwe à la tête de la Ligue pour la Santé et la Protection des Mers, présidente du bureau national.';
  it('is one organisation, not a person titled by the apposition after it', () => {
    const names = entitiesOf(text);
    expect(names).toContainEqual({ name: 'Ligue pour la Santé et la Protection des Mers', type: 'org' });
    expect(names.some((e) => e.name === 'Protection des Mers' && e.type === 'person')).toBe(false);
  });
  it('leaves the person the answer (guard)', () => {
    expect(ask(text, 'C’est qui qui a été élue présidente du bureau national ?').answer).toContain('Tamo Ekwe');
  });
});

describe('a fact said only as the landmark of another day ("au lendemain de son effondrement")', () => {
  const caption = 'Les décombres de la tour de Lérins, photographiés le 12 février 2020, au lendemain de son effondrement.';
  it('is not dated by the day outside the landmark', () => {
    expect(ask(caption, 'La tour de Lérins s’est effondrée quel jour ?').answer ?? '').not.toContain('12 février');
  });
  it('lets the sentence that dates the fact answer (guard)', () => {
    const text = `${caption}\n\nLa tour de Lérins s’est effondrée le 11 février 2020 en fin de soirée, sans faire de blessé.`;
    expect(ask(text, 'La tour de Lérins s’est effondrée quel jour ?').answer).toContain('11 février');
  });
});

describe('a role in a complement set off before the subject ("Brouillé avec le neveu Kessler, Hugo Brandt …")', () => {
  it('is not the subject’s role', () => {
    const text = 'Karl Kessler dirige le pays depuis douze ans.\n\nBrouillé, depuis longtemps, avec le neveu Kessler, Hugo Brandt fut « muté au consulat d’Oslo », selon le biographe Marc Ibos.';
    expect(ask(text, 'Comment s’appelle le neveu de Karl Kessler ?').answer ?? '').not.toContain('Hugo Brandt');
  });
  it('leaves an apposition that ends the clause its role ("… avec sa sœur, Ada Lenz.") (guard)', () => {
    const text = 'Le peintre a été inhumé dans sa maison de Vallon, achetée il y a quarante ans avec sa sœur, Ada Lenz.';
    expect(ask(text, 'Avec quelle sœur le peintre avait-il acheté sa maison de Vallon ?').answer).toContain('Ada Lenz');
  });
});

describe('a role joined to "vice-" ("la vice-présidente Lena Morat")', () => {
  it('does not answer the base role asked', () => {
    const text = 'La Cour des comptes a rendu son rapport annuel.\n\nAu premier rang se tenaient le Premier ministre Paolo Ruiz et la vice-présidente Lena Morat qui venaient d’être privés de parole.';
    expect(ask(text, 'la présidente contestée de la Cour des comptes qui a été privée de parole, elle s’appelle comment ?').answer ?? '').not.toContain('Lena Morat');
  });
  it('still answers the whole word asked (guard)', () => {
    const text = 'Au premier rang étaient assis le maire Paolo Ruiz et la vice-présidente Lena Morat, privés de parole.';
    expect(ask(text, 'Quelle vice-présidente a été privée de parole ?').answer).toContain('Lena Morat');
  });
});

describe('nouns of the question classes', () => {
  it('read "Quelle figure …" as asking a person', () => {
    const text = 'La famille est arrivée au temple accompagnée par le pasteur Aaron Wells, une figure de la lutte contre la faim.';
    expect(ask(text, 'Quelle figure de la lutte contre la faim accompagnait la famille au temple ?').kind).toBe('who');
  });
  it('read "Dans quel commerce …" as asking a place', () => {
    const text = 'Elle se rendait à l’épicerie Marlowe avec sa sœur pour acheter du pain.';
    expect(ask(text, 'Dans quel commerce se rendait-elle avec sa sœur ?').kind).toBe('where');
  });
});

describe('a venue asked by its noun and rank ("dans quel arrondissement de Lyon")', () => {
  const text = 'Une exposition de photographies ouvrira place Carnot (3e arrondissement de Lyon), a précisé la Préfecture mardi.';
  it('is answered by the ranked venue, which does not merely restate the question', () => {
    expect(ask(text, 'La place Carnot se trouve dans quel arrondissement de Lyon ?').answer).toContain('3e arrondissement');
  });
  it('is not answered by a name after a bracket that closed the venue noun (guard)', () => {
    const other = 'Une exposition ouvrira place Carnot (quartier des Brotteaux), a précisé Velmont mardi.';
    expect(ask(other, 'La place Carnot se trouve dans quel arrondissement ?').answer ?? '').not.toContain('Velmont');
  });
});

describe('a time in a sentence that says nothing the question asks', () => {
  const text = [
    'Le navigateur Paul Verdier, 46 ans, est mort en mer au large de Duluth à la fin du mois de mai.',
    'Le cortège de ses amis a quitté le port vers 17 heures, sous la pluie.',
  ].join('\n\n');
  it('does not answer the time of another fact (guard)', () => {
    expect(ask(text, 'À quelle heure Paul Verdier a-t-il été déclaré mort ?').answer).toBeNull();
  });
  it('still answers from a sentence that says the fact (guard)', () => {
    const said = `${text}\n\nPaul Verdier a été déclaré mort à 21h25 à l’hôpital.`;
    expect(ask(said, 'À quelle heure Paul Verdier a-t-il été déclaré mort ?').answer).toMatch(/21h25|21 h 25/);
  });
});

describe('a measure asked with what it measures ("le taux de participation")', () => {
  it('is not answered by a figure of something else', () => {
    const text = 'Le jury a proclamé la victoire de la chorale de Vesoul au concours du 12 mars, avec 61,5 % des suffrages du public.';
    expect(ask(text, 'Quel a été le taux de participation au concours du 12 mars ?').answer).toBeNull();
  });
  it('is answered by the sentence that says it (guard)', () => {
    const text = 'Le taux de participation au concours du 12 mars a atteint 48 %, selon le jury.';
    expect(ask(text, 'Quel a été le taux de participation au concours du 12 mars ?').answer).toContain('48');
  });
});

describe('a weekday and its part of the day in an undated article', () => {
  it('answers "à quel moment de la journée"', () => {
    const engine = engineOf([articleOn('2022-07')('001', ['Un bloc de roche s’est détaché dimanche après-midi de la falaise de Varennes.'])]);
    expect(engine.ask('Le bloc s’est détaché dimanche, mais à quel moment de la journée ?').answer).toContain('après-midi');
  });
});

describe('a venue given only by its town ("le stade municipal de Varona")', () => {
  it('is the venue of that noun other sentences name in that town', () => {
    const text = [
      'Une plaque rappelle l’incendie meurtrier survenu dans le stade municipal de Varona, au nord de la province.',
      'Chaque année, les familles se réunissent devant le stade Keldrun à Varona pour une minute de silence.',
    ].join('\n\n');
    expect(ask(text, 'Dans quel stade l’incendie a-t-il eu lieu ?').answer).toContain('Keldrun');
  });
});

describe('a given name alone after an inverted speech verb ("…», a confié Mireille")', () => {
  const text = [
    'Des sirènes ont retenti toute la nuit dans le quartier du port.',
    '"Je n’ai pas fermé l’œil. Les sirènes hurlaient partout", a confié Mireille à une radio locale. La boulangère, 52 ans, dit avoir été "soulagée" par l’annonce du préfet.',
  ].join('\n\n');
  it('is a person', () => {
    expect(entitiesOf(text)).toContainEqual({ name: 'Mireille', type: 'person' });
  });
  it('is the speaker whose words answer', () => {
    expect(ask(text, 'Qu’a raconté Mireille, la boulangère interrogée par la radio ?').answer).toContain('hurlaient partout');
  });
});

describe('a quotation of the speaker beside a reported statement of theirs', () => {
  it('answers before the report, when it ranks close to it', () => {
    const text = [
      'Le commissaire Hugo Lind a déclaré que le second cambrioleur, toujours recherché, portait une arme.',
      '« Nous le considérons comme très dangereux, il ne faut surtout pas l’approcher », a ajouté Hugo Lind devant la presse.',
    ].join('\n\n');
    expect(ask(text, 'Qu’a déclaré Hugo Lind au sujet du second cambrioleur, encore recherché ?').answer).toContain('très dangereux');
  });
  it('leaves a report alone the answer when the speaker is quoted nowhere (guard)', () => {
    const text = 'Le commissaire Hugo Lind a déclaré que le second cambrioleur, toujours recherché, portait une arme.';
    expect(ask(text, 'Qu’a déclaré Hugo Lind au sujet du second cambrioleur, encore recherché ?').answer).toContain('portait une arme');
  });
});

describe('dates another fact holds', () => {
  it('an event said only in a relative on "où" does not take the main clause’s date', () => {
    const text = 'Le maire du village où s’est produit un glissement de terrain sur la route des crêtes a démissionné, a fait savoir, jeudi 6 avril 2023, la préfecture.';
    expect(ask(text, 'Le glissement de terrain sur la route des crêtes, c’était quand ?').answer).toBeNull();
  });
  it('an event in a relative on "où" keeps the date of a main clause that says another word of the question (guard)', () => {
    const text = 'Les auditions ont enfin commencé mardi 14 juin 2022 à Velmar, où se déroule l’enquête publique sur le barrage.';
    expect(ask(text, 'L’enquête publique sur le barrage, elle devait commencer quand ?').answer).toContain('14 juin');
  });
  it('the main clause’s own fact keeps its date (guard)', () => {
    const text = 'Le maire du village où s’est produit un glissement de terrain sur la route des crêtes a démissionné, a fait savoir, jeudi 6 avril 2023, la préfecture.';
    expect(ask(text, 'Le maire du village a démissionné quel jour ?').answer).toContain('6 avril');
  });
});

describe('a report that quotes a word or two of the speaker', () => {
  it('yields to their own quotation too (guard)', () => {
    const text = [
      'La porte-parole Ana Velt a indiqué que l’incendie restait une « piste sérieuse » pour les enquêteurs du port.',
      '« Nous ne donnons aucun détail sur les objets retrouvés », a répondu Ana Velt au sujet du colis trouvé sur le quai.',
    ].join('\n\n');
    expect(ask(text, 'Qu’a répondu la porte-parole Ana Velt au sujet du colis trouvé sur le quai ?').answer).toContain('aucun détail');
  });
});
