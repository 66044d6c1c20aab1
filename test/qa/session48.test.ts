/** Session 48: behaviour read on real articles, checked on small invented ones (names and sentences of my own). */
import { describe, expect, it } from 'vitest';
import { articleOn, engineOf, knowledgeOf } from './tiny-corpus.js';
import { scores } from '../../src/qa/spans.js';

const dated = articleOn('2024-03-06');
const ask = (paragraphs: string[], question: string) => engineOf([dated('001', paragraphs)]).ask(question);
/** The answer to `question` on one article of `paragraphs`, or '' when there is none. */
const said = (paragraphs: string[], question: string) => ask(paragraphs, question).answer ?? '';
/** The type the annotation gives the entity named `name`, or '' when there is none. */
const typeOf = (paragraphs: string[], name: string) => knowledgeOf([dated('001', paragraphs)]).ann.entities.find((e) => e.name === name)?.type ?? '';

describe('when', () => {
  const CONTRACT = ['Le technicien du club Paul Verdon, pourtant sous contrat jusqu’en juin 2027, a annoncé son départ à son président Karl Menz.'];
  it('does not answer "depuis quand" with the other end of a span ("jusqu’en juin 2027")', () => {
    expect(ask(CONTRACT, 'Karl Menz est président du club depuis quand ?').answer).toBeNull();
  });
  it('still answers "depuis quand" with the date a span opens on (guard)', () => {
    const paragraphs = ['Karl Menz est président du club de Brelance depuis mars 2019, selon le site du club.'];
    expect(said(paragraphs, 'Karl Menz est président du club depuis quand ?')).toContain('mars 2019');
  });
});

describe('ages', () => {
  const DEATH = [
    'Paul Verdon, ancien président de l’Académie des Arts, est mort mercredi.',
    'La mort de cette figure de la vie culturelle a été annoncée par sa fille Lina Verdon. L’ancien président de l’Académie est mort à l’âge de 91 ans.',
  ];
  it('does not give the age a sentence opening on another person’s title says to a person the question names', () => {
    expect(ask(DEATH, 'Lina Verdon, elle a quel âge ?').answer).toBeNull();
  });
  it('still gives the age a sentence naming the person asked says (guard)', () => {
    const paragraphs = [...DEATH, 'Paul Verdon est mort à l’âge de 91 ans dans sa maison de Brelance.'];
    expect(said(paragraphs, 'Paul Verdon, il avait quel âge ?')).toContain('91');
  });
});

describe('who', () => {
  it('answers who called someone something with the speaker, not a name inside the quotation', () => {
    const paragraphs = [
      'Le sénateur Karl Menz a qualifié Verdon de « plus grand coureur du pays ».',
      'Il a ajouté : « Le plus grand coureur du pays, le vrai Tom Rider de notre époque. »',
    ];
    expect(said(paragraphs, 'Quel homme politique l’a qualifié de plus grand coureur du pays ?')).toContain('Karl Menz');
  });
  it('does not take "il s’appelait comment" for a speech verb asked (guard)', () => {
    const paragraphs = ['« Nous ne savons pas qui est derrière l’attaque », a indiqué le ministre de la Défense, Paul Verdon, lors d’un point de presse.'];
    expect(said(paragraphs, 'Le ministre de la Défense, il s’appelait comment ?')).toContain('Paul Verdon');
  });
  it('does not give the head of one body for "le patron de" another, though a sentence gives the role alone', () => {
    const paragraphs = [
      'Le président du Real Brelance, Karl Menz, a salué la carrière de Paul Verdon.',
      '« C’est une décision inattendue », a expliqué le président Karl Menz.',
      '« Il nous manquera », a ajouté le président Karl Menz devant la presse.',
      'Le président de la Fédération brelançaise de volley (FBV) a démenti la rumeur dimanche.',
    ];
    expect(said(paragraphs, 'Le patron de la FBV, c’est qui ?')).not.toContain('Karl Menz');
  });
  it('answers "transmis par qui" with the person named after the agent’s role ("par l’agent de X, Y,")', () => {
    const paragraphs = ['Lundi, dans un communiqué transmis par l’agent artistique de la chanteuse, Olivier Marsan, à l’AFP, ses filles se sont exprimées.'];
    const answer = said(paragraphs, 'Le communiqué, il a été transmis à l’AFP par qui ?');
    expect(answer).toContain('Olivier Marsan');
    expect(answer).toContain('agent artistique');
  });
  it('does not answer "qui a battu X" with the agent of another act, and reads a name with "van der" as a person’s', () => {
    const paragraphs = [
      'Après des entraînements convaincants, il a été aligné par Karl Menz pour le premier simple.',
      'Le champion Paul Verdon, battu par Joris van der Molen (6-3, 6-4) mardi en quart de finale, a disputé le dernier match de sa carrière.',
    ];
    expect(said(paragraphs, 'C’est qui qui a battu Paul Verdon pour son dernier simple ?')).toContain('Joris van der Molen');
    expect(typeOf(paragraphs, 'Joris van der Molen')).toBe('person');
  });
  it('still answers with the agent of a participle that qualifies the noun asked ("un penalty provoqué par X") (guard)', () => {
    const paragraphs = ['Paul Verdon a d’abord transformé un penalty provoqué par Joris Malet (80e) avant d’égaliser une minute plus tard.'];
    expect(said(paragraphs, 'Qui a obtenu le penalty que Paul Verdon transforme à la 80e ?')).toContain('Joris Malet');
  });
});

describe('who: roles, the dead, titles', () => {
  it('answers "Quel chanteur avait produit X" with "Y, qui avait produit X", whom the corpus gives no role', () => {
    const paragraphs = ['Plusieurs personnalités ont rendu hommage à la chanteuse Mila Varenne. Notamment Paul Verdon, qui avait produit Nuit blanche, son dernier album.'];
    expect(said(paragraphs, 'Quel chanteur avait produit Nuit blanche, le dernier album de Mila Varenne ?')).toContain('Paul Verdon');
  });
  it('does not answer who announced a death with the one who died, whom the sentence names before "est mort"', () => {
    const engine = engineOf([
      dated('001', ['Le physicien Karl Menz est mort, hier, à l’âge de 76 ans, ont annoncé ses enfants dans un communiqué.']),
      dated('002', ['La famille de Karl Menz a annoncé la mort du physicien mercredi.', 'Sa fille Lina Menz a salué un homme hors du commun.']),
    ]);
    expect(engine.ask('C’est qui qui a annoncé sa mort ?').answer ?? '').not.toMatch(/^Karl Menz/);
  });
  it('does not answer with "Premier" of "le Premier ministre", which the corpus reads as a name', () => {
    const engine = engineOf([
      dated('001', ['Seul le Premier ministre hongrois Paul Verdon sera présent pour rendre hommage au défunt, accompagné d’une délégation hongroise.']),
      dated('002', ['Le Premier ministre a salué la mémoire du défunt.']),
      dated('003', ['Selon le Premier ministre, la cérémonie sera sobre.']),
    ]);
    expect(engine.ask('Qui faisait partie de la délégation hongroise venue avec Paul Verdon ?').answer ?? '').not.toContain('Premier');
  });
});

describe('question kinds', () => {
  it('types "Quel proche …" as a question about a person', () => {
    const paragraphs = ['Paul Verdon a longuement remercié sa famille et son oncle Joris Malet.'];
    expect(ask(paragraphs, 'Quel proche, à la fois oncle et coach, Paul Verdon a-t-il remercié ?').kind).toBe('who');
  });
});

describe('who: successors', () => {
  it('does not answer who replaces X with one who only speaks of X’s successor', () => {
    const paragraphs = ['13h24 : Karl Menz refuse de parler du successeur de Paul Verdon sur le banc du club.'];
    expect(said(paragraphs, 'C’est qui qui remplace Paul Verdon sur le banc du club ?')).not.toContain('Karl Menz');
  });
  it('still answers with the successor named beside the noun (guard)', () => {
    const paragraphs = ['Le club a présenté jeudi le successeur de Paul Verdon sur le banc, Joris Malet.'];
    expect(said(paragraphs, 'C’est qui qui remplace Paul Verdon sur le banc du club ?')).toContain('Joris Malet');
  });
});

describe('where', () => {
  it('does not read "en Ligue des champions" or "en Direct la Conférence de presse" as places', () => {
    const paragraphs = ['Suivez en Direct la Conférence de presse de Paul Verdon.', 'Le parcours du club en Ligue des champions l’avait conforté dans son poste.'];
    expect(typeOf(paragraphs, 'Ligue')).not.toBe('place');
    expect(typeOf(paragraphs, 'Direct la Conférence')).not.toBe('place');
  });
  it('does not answer "dans quelle ville" with a league after "en", nor with the side played against', () => {
    const paragraphs = [
      'Le club a décroché sa troisième coupe d’affilée malgré sa troisième place en Brelligue.',
      'La victoire en coupe, acquise samedi dernier contre Liverpool (3-1), l’avait fait entrer dans la légende.',
    ];
    expect(ask(paragraphs, 'Dans quelle ville le club a-t-il décroché sa troisième coupe d’affilée ?').answer).toBeNull();
  });
  const FINALS = [
    'Paul Verdon disputera une dernière compétition, la finale de la coupe prévue à Brelance.',
    'Sa première grande joie remonte à 2004, à Sarvik, face à l’équipe de Karl Menz.',
  ];
  it('does not answer where the final of the year asked was played with where this year’s is', () => {
    expect(said(FINALS, 'La finale de la coupe 2004, elle s’était disputée où ?')).not.toContain('Brelance');
  });
  it('answers with this year’s when the question writes no year (guard)', () => {
    expect(ask(FINALS.slice(0, 1), 'La finale de la coupe, elle est prévue où ?').answer).toBe('Brelance');
  });
});

describe('scores', () => {
  it('reads the sets of one match in a row as one score', () => {
    expect(scores('Paul Verdon, battu par Joris Malet (6-3, 6-4) mardi en quart de finale du tournoi.').map((s) => s.text)).toEqual(['6-3, 6-4']);
    expect(scores('Le match décisif, remporté 7-6 (7/4), 7-6 (7/3) par Joris Malet.').map((s) => s.text)).toEqual(['7-6 (7/4), 7-6 (7/3)']);
  });
  it('reads one score followed by a comma and words', () => {
    expect(scores('Le club a gagné le match 3-1, avant de fêter son titre.').map((s) => s.text)).toEqual(['3-1']);
  });
});
