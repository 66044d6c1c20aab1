/** Session 37: behaviour read on real articles, checked on small invented ones. */
import { describe, expect, it } from 'vitest';
import { engineOf, fromFile } from './tiny-corpus.js';
import { annotate } from '../../src/nlp/annotate.js';
import { asksWhoHeads, headedNoun, questionType } from '../../src/qa/question-kind.js';
import type { Article } from '../../src/corpus/types.js';

const ask = (text: string, question: string) => engineOf([fromFile('001.md', text)]).ask(question);
const article = (text: string, id = '001'): Article => ({ id, file: `${id}.md`, title: 'Titre', language: 'fr', paragraphs: text.split('\n\n'), bytes: text.length });
const entitiesOf = (text: string) => annotate([article(text)]).entities.map((e) => ({ name: e.name, type: e.type }));

describe('a name after a title’s complement, with a particle inside ("le président du Portugal Ruiz Amaro Lobo da Cunha")', () => {
  const text = 'Le président du Portugal Ruiz Amaro Lobo da Cunha s’est recueilli mardi matin à Velmar devant le cercueil du chanteur.';
  it('is the person’s own, the country apart', () => {
    const names = entitiesOf(text);
    expect(names).toContainEqual({ name: 'Ruiz Amaro Lobo da Cunha', type: 'person' });
    expect(names.map((e) => e.name)).not.toContain('Portugal Ruiz Amaro Lobo da Cunha');
  });
  it('answers a head of state asked', () => {
    expect(ask(text, 'Quel chef d’État s’est recueilli devant le cercueil du chanteur mardi matin ?').answer).toContain('Ruiz Amaro Lobo da Cunha');
  });
});

describe('a function word opening a sentence ("Outre Varanov, …")', () => {
  it('is no part of the name after it', () => {
    const names = entitiesOf('Outre Varanov, le président de la fédération chilienne, Tomas Quiroga, était présent au stade.').map((e) => e.name);
    expect(names).toContain('Varanov');
    expect(names).not.toContain('Outre Varanov');
  });
});

describe('a body the question qualifies ("Qui préside la fédération chilienne …")', () => {
  const text = [
    'Le président de la Fédération internationale de football, Rolf Hagen, a rendu hommage au joueur lundi au stade.',
    'Le président de la fédération chilienne, Tomas Quiroga, était aussi présent au stade pour l’hommage au joueur.',
  ].join('\n\n');
  it('is not headed by the head of a body of the same noun and another qualifier', () => {
    expect(ask(text, 'Qui préside la fédération chilienne de football, venu rendre hommage au joueur au stade ?').answer).toContain('Tomas Quiroga');
  });
});

describe('a role before a clause that "et" ends ("L’arbitre siffle une faute et X tire …")', () => {
  it('is not the role of the name after "et"', () => {
    const text = [
      'En finale, l’arbitre siffle une faute dans la surface et Pablo Ruiz ne manque pas l’occasion de marquer (22e).',
      'Arbitre : Henrik Dahl, Suède',
    ].join('\n\n');
    expect(ask(text, 'C’est qui qui a arbitré la finale ?').answer).toContain('Henrik Dahl');
  });
  it('stays the role of two names it is plural of (guard)', () => {
    const text = 'Les ministres Paul Arnault et Léa Benard ont signé lundi l’accord sur la pêche à Velmar.';
    expect(ask(text, 'Quel ministre a signé l’accord sur la pêche ?').answer).toMatch(/Paul Arnault|Léa Benard/);
  });
});

describe('who heads a body the question names first ("Le congrès de Velmar, c’est qui qui le présidait ?")', () => {
  it('is read as a head question of that body', () => {
    expect(asksWhoHeads('Le congrès de Velmar, c’est qui qui le présidait ?')).toBe(true);
    expect(headedNoun('Le congrès de Velmar, c’est qui qui le présidait ?')).toBe('congres');
  });
  it('is the agent of "présidé par", past the country that completes the agent’s title', () => {
    const text = 'Les résolutions lues à Velmar à la fin de ce congrès extraordinaire présidé par le chef d’État du Kivanda, Marc Olembe, exigent la libération du président Tomas Quiroga.';
    expect(ask(text, 'Le congrès de Velmar, c’est qui qui le présidait ?').answer).toContain('Marc Olembe');
  });
});

describe('a name whose places are its members ("les pays de la Sadec")', () => {
  const text = [
    'Les dirigeants de la Sadec, réunis dimanche à Velmar, ont exigé le retour à l’ordre constitutionnel.',
    'Le président du Kivanda, dont le pays n’est pas membre de la Sadec, a été envoyé à Norvik.',
    'Les pays de la Sadec étaient représentés par leur dirigeant.',
  ].join('\n\n');
  it('is a body, not a place', () => {
    expect(entitiesOf(text)).toContainEqual({ name: 'Sadec', type: 'org' });
  });
  it('is no answer to the town where its leaders met (guard)', () => {
    expect(ask(text, 'Dans quelle capitale les dirigeants se sont-ils retrouvés pour leur sommet ?').answer).toBe('Velmar');
  });
});

describe('a cause said with a contracted article ("À cause des conditions météo, …")', () => {
  it('answers "pourquoi", over a sentence that gives none', () => {
    const text = [
      'Les souverains sont restés sur le balcon pour admirer le défilé aérien, ultime étape de cette journée historique.',
      'À cause des conditions météo, et notamment de la pluie, le défilé aérien a été écourté.',
    ].join('\n\n');
    expect(ask(text, 'Le défilé aérien, pourquoi il a été raccourci ?').answer).toContain('conditions météo');
  });
});

describe('a fact a sentence says only as what is asked for ("ont exigé la libération de X")', () => {
  it('is not dated by that sentence, nor by the one before it', () => {
    const text = 'Les dirigeants de la Ligue se sont réunis dimanche à Velmar. Ils ont exigé la libération immédiate du président Marco Diaz.';
    expect(ask(text, 'Marco Diaz, il a été libéré quand finalement ?').answer).toBeNull();
  });
  it('is dated by a sentence that tells it done (guard)', () => {
    const text = 'Le président Marco Diaz a été libéré dimanche 12 mars à Velmar, après deux semaines de détention.';
    expect(ask(text, 'Marco Diaz, il a été libéré quand finalement ?').answer).toContain('12 mars');
  });
});

describe('the agent of a passive ("… transformé par qui ?")', () => {
  it('is the subject of the participle, an adverb after its auxiliary, not the agent of another participle before "par"', () => {
    expect(ask('Paul Durand a d’abord transformé un penalty provoqué par Marc Lenoir (80e).', 'Le penalty, il a été transformé par qui ?').answer).toBe('Paul Durand');
  });
  it('is still read after "par" of the participle asked (guard)', () => {
    const text = 'Le tir au but décisif a été transformé par Paulo Serra, qui offre la coupe aux locaux.';
    expect(ask(text, 'Le tir au but décisif, il a été transformé par qui ?').answer).toContain('Paulo Serra');
  });
});

describe('a weight asked by its verb ("Combien pèse …")', () => {
  it('is not answered by an age', () => {
    const text = 'Le roi Edmond, âgé de 74 ans, a assisté au couronnement de sa femme, la reine Iris (75 ans), au cours d’une cérémonie plus simple avec la couronne.';
    expect(ask(text, 'Combien pèse la couronne de la reine ?').answer).toBeNull();
  });
  it('is answered by a figure of weight (guard)', () => {
    const text = 'La couronne de la reine, âgée de 75 ans, pèse 2,23 kilos et compte 444 pierres.';
    expect(ask(text, 'Combien pèse la couronne de la reine ?').answer).toContain('2,23 kilos');
  });
});

describe('"à côté de qui" asks a companion', () => {
  it('answers the one the sentence seats beside the person (guard)', () => {
    const text = 'En tribune, le président Marc Olembe était assis à côté de l’émir Tamim Hadi pendant la finale.';
    expect(ask(text, 'En tribune, Marc Olembe était assis à côté de qui ?').answer).toContain('Tamim Hadi');
  });
  it('is not a name quoted in the person’s words (guard)', () => {
    const text = '« Les Verts nous ont fait rêver », a tweeté le président Marc Olembe, qui a assisté des tribunes à la finale.';
    expect(ask(text, 'En tribune, Marc Olembe était assis à côté de qui ?').answer).toBeNull();
  });
});

describe('a place after "une NOUN de la" when that noun is asked ("une république de la Fédération X")', () => {
  it('is what the place belongs to, not the place asked', () => {
    const text = 'Selon le quotidien Yeni Haber, le kamikaze était originaire du Varistan, une république de la Fédération russe frontalière de la Tchétchénie.';
    expect(ask(text, 'Le kamikaze venait de quelle république ?').answer).toBe('Varistan');
  });
});

describe('"Quelle mise en garde X a-t-il lancée", "Quel message X a publié"', () => {
  it('asks what was said', () => {
    expect(questionType('Quelle mise en garde la préfecture a-t-elle lancée après la manifestation ?').kind).toBe('quote');
    expect(questionType('Quel message le club a publié en hommage à son capitaine ?').kind).toBe('quote');
  });
  it('leaves a message asked with no verb of saying a thing (guard)', () => {
    expect(questionType('Quel message était écrit sur la banderole ?').kind).toBe('what');
  });
});

describe('"à quel moment de la journée" of a sentence with two parts of the day', () => {
  it('is the part of the day of the clause that says the fact asked', () => {
    const text = 'Plus tard dans la soirée, le Premier ministre Karl Osten a d’abord déploré la mort de 36 personnes, avant que le bilan ne soit réévalué à 41 morts en fin de matinée ce mercredi.';
    expect(ask(text, 'À quel moment de la journée le bilan a été revu à 41 morts ?').answer).toContain('matinée');
  });
});

describe('the name of the body a head question qualifies ("le mouvement antimonarchiste Velia")', () => {
  it('is no other qualifier of it ("le mouvement Velia") (guard)', () => {
    const text = [
      'La police a arrêté Tom Hart, chef du groupe antimonarchiste Velia, samedi matin.',
      'Le leader du mouvement Velia, Tom Hart, avait annoncé une manifestation.',
    ].join('\n\n');
    expect(ask(text, 'Qui est à la tête du mouvement antimonarchiste Velia, interpellé samedi matin ?').answer).toContain('Tom Hart');
  });
});

describe('"État" after "d’" or "de l’" and a lower-case noun ("les funérailles d’État", "le chef de l’État")', () => {
  it('names nothing', () => {
    const names = entitiesOf('Avant les funérailles d’État de la reine Iris, le chef de l’État a parlé au palais de Norvik.').map((e) => e.name);
    expect(names).not.toContain('État');
    expect(names).toContain('Iris');
  });
  it('stays a name with its adjective after "de l’" ("au nom de l’État islamique") (guard)', () => {
    expect(entitiesOf('Le drap portait une inscription au nom de l’État islamique, selon le procureur de Velmar.').map((e) => e.name)).toContain('État islamique');
  });
  it('stays a name in "le Conseil d’État" (guard)', () => {
    expect(entitiesOf('Le Conseil d’État a rejeté lundi le recours des familles de Velmar.').map((e) => e.name).join(' ')).toContain('Conseil d’État');
  });
});

describe('"la télévision d’État" in a question', () => {
  it('names nothing there either: the sentence that answers need not say "État" (guard)', () => {
    const text = 'La télévision d’État a indiqué qu’un épais brouillard rendait les recherches difficiles dans cette région montagneuse de Kelvar.\n\nL’État a dépêché des secours.';
    expect(ask(text, 'Dans quelle zone montagneuse le brouillard compliquait-il les recherches selon la télévision d’État ?').answer).toBe('Kelvar');
  });
});
