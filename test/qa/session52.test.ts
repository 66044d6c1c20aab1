/** Session 52: behaviour read on real articles, checked on small invented ones (names and sentences of my own). */
import { describe, expect, it } from 'vitest';
import { articleOn, engineOf } from './tiny-corpus.js';
import { findTemporal } from '../../src/nlp/temporal/index.js';
import { models } from '../../src/qa/spans.js';
import { participleAfterVenue } from '../../src/qa/answer-where.js';

const dated = articleOn('2024-03-06');
/** The answer to `question` on one article of `paragraphs`, or '' when there is none. */
const said = (paragraphs: string[], question: string) => engineOf([dated('001', paragraphs)]).ask(question).answer ?? '';
/** The answer to `question` on a corpus of one article per list of paragraphs. */
const saidOf = (articles: string[][], question: string) => engineOf(articles.map((p, i) => dated(`00${i + 1}`, p))).ask(question).answer ?? '';

describe('temporal', () => {
  it('gives a relative day the date set right after it ("hier, mercredi 11 mai")', () => {
    const [hier] = findTemporal('La visite du site s’est déroulée hier, mercredi 11 mai.', '2022-05-13');
    expect(hier?.text).toBe('hier');
    expect(hier?.value).toBe('2022-05-11');
  });
  it('still resolves a relative day alone against the article’s date (guard)', () => {
    const [hier] = findTemporal('La visite du site s’est déroulée hier.', '2022-05-13');
    expect(hier?.value).toBe('2022-05-12');
  });
});

describe('spans', () => {
  it('reads a make and a four-figure number as a model ("sa Lorvane 3008"), not a road ("sur la D512")', () => {
    expect(models('Il roulait au volant de sa Lorvane 3008 sur la D512, près de Velmar.').map((m) => m.text)).toEqual(['Lorvane 3008']);
  });
  it('still reads no year after a word as a model ("Velmar 2024"; guard)', () => {
    expect(models('Les Jeux de Velmar 2024 ont fermé en août.')).toEqual([]);
  });
});

describe('who', () => {
  it('does not give the role "du passager marocain" to the one most articles are about', () => {
    const articles = [
      ['L’humoriste Marc Velin a percuté une voiture près de Velmar.'],
      ['Marc Velin a été condamné à quatre ans de prison.'],
      ['Avocate du passager marocain, Me Lise Arnoux a indiqué que son client dormait.'],
    ];
    expect(saidOf(articles, 'Qui était l’avocate de Marc Velin à son procès ?')).not.toContain('Arnoux');
  });
});

describe('who (roles)', () => {
  it('gives "quel policier" to a lieutenant', () => {
    const paragraphs = ['Sa mort a été attribuée à un suicide, a déclaré le lieutenant Karl Ossian lors d’une conférence de presse.'];
    expect(said(paragraphs, 'Quel policier a détaillé les circonstances de la mort devant les journalistes ?')).toContain('Karl Ossian');
  });
});

describe('who (sex)', () => {
  it('asks a woman by a role of one form after "la" ("La Première ministre …")', () => {
    const paragraphs = ['Le Premier ministre Paul Verdon a démissionné jeudi.', 'La Première ministre lorvanienne Lia Brenn s’est félicitée du départ de Paul Verdon, comme le Premier ministre Marc Arnal.'];
    expect(said(paragraphs, 'La Première ministre qui s’est félicitée du départ de Verdon, c’est qui ?')).toContain('Lia Brenn');
  });
});

describe('who (platforms)', () => {
  it('gives no platform for a person asked ("a déclaré, sur Twitter, la fiancée du journaliste, X")', () => {
    const articles = [
      ['Le journaliste Paul Verdon a disparu mardi à Velmar.'],
      ['« Je ne crois pas qu’il soit mort », a également déclaré, sur Twitter, la fiancée lorvanienne du journaliste, Lia Brenn.'],
    ];
    expect(saidOf(articles, 'Elle s’appelle comment la fiancée lorvanienne de Verdon ?')).not.toContain('Twitter');
  });
});

describe('who (the body the question names)', () => {
  it('does not answer with the body the question writes in the plural ("les Lunas" for the "Luna Awards")', () => {
    const articles = [
      ['Dans la nuit de lundi à mardi, les Luna Awards ont tenu à honorer la mémoire de Lia Brenn, disparue le 11 août.'],
      ['Lundi, pendant la cérémonie des Luna Awards, Paul Verdon rendra hommage à son amie Lia Brenn.'],
    ];
    const answer = saidOf(articles, 'L’hommage aux Lunas, c’est qui qui l’a fait ?');
    expect(answer).not.toContain('Luna Awards');
    expect(answer).toContain('Paul Verdon');
  });
});

describe('where', () => {
  it('gives no venue’s name for a town ("au café Orvina de la place Saint-Elme")', () => {
    const paragraphs = ['Une touriste est morte dans l’explosion, le 28 avril, au café Orvina de la place Saint-Elme.'];
    expect(said(paragraphs, 'Dans quelle ville la touriste est-elle morte ?')).not.toContain('Saint-Elme');
  });
  it('does not name a palace by the town a participle after its noun leads ("ce palais dominant Velmar")', () => {
    expect(participleAfterVenue('la ceremonie sous les ors de ce palais dominant ', 'palais')).toBe(true);
    expect(participleAfterVenue("l'hotel, situe a ", 'hotel')).toBe(true);
  });
  it('still names a venue by the name right after its noun (guard)', () => {
    expect(participleAfterVenue('la ceremonie au palais ', 'palais')).toBe(false);
    expect(participleAfterVenue('les ministres au palais du ', 'palais')).toBe(false);
  });
  it('sets a deed’s place apart from where a fact after it happened ("l’attentat de X … un hôpital de Y")', () => {
    const paragraphs = ['Le bilan de l’attentat de Velmar s’alourdit : une troisième victime a succombé à ses blessures vendredi dans un hôpital de Tarvik.'];
    expect(said(paragraphs, 'Dans quelle ville la troisième victime a-t-elle succombé ?')).toContain('Tarvik');
  });
  it('still answers the deed’s place when the question says the deed (guard)', () => {
    const paragraphs = ['Le bilan de l’attentat de Velmar s’alourdit : une troisième victime a succombé à ses blessures vendredi.'];
    expect(said(paragraphs, 'L’attentat, il a eu lieu où ?')).toContain('Velmar');
  });
});

describe('quote', () => {
  it('reads "a-t-il taclé" as a speech verb', () => {
    const paragraphs = ['Me Karl Ossian a demandé que Marc Velin soit jugé. « Quand on perd son enfant, il n’y a pas de mot, et il n’y a pas de loi », a-t-il taclé.'];
    expect(said(paragraphs, 'Qu’a dit Me Ossian sur l’absence de mot et de loi ?')).toContain('il n’y a pas de loi');
  });
});

describe('when', () => {
  it('gives no date of a fact reported from the day it was said ("sera sobre, a encore précisé vendredi X")', () => {
    const paragraphs = ['La cérémonie nationale pour Paul Verdon sera simple et sobre, a encore précisé vendredi le porte-parole Karl Ossian.'];
    expect(said(paragraphs, 'La cérémonie nationale pour Verdon, c’est prévu pour quand ?')).toBe('');
  });
  it('still dates an act told by a speech verb with no speaker after it ("…, ont protesté le 18 mai pour exiger …"; guard)', () => {
    const paragraphs = ['Les habitants de Velmar, dont les maisons ont été emportées par la crue, ont protesté le 18 mai pour exiger une enquête.'];
    expect(said(paragraphs, 'La manif des habitants de Velmar, c’était quand ?')).toContain('18 mai');
  });
  it('still dates the saying when the question asks it (guard)', () => {
    const paragraphs = ['La cérémonie nationale pour Paul Verdon sera simple et sobre, a encore précisé vendredi le porte-parole Karl Ossian.'];
    expect(said(paragraphs, 'Le porte-parole a précisé ça quel jour ?')).toContain('1er mars');
  });
  it('takes no day from a sentence before that tells facts of two days', () => {
    const paragraphs = ['Le chanteur a été vu vivant pour la dernière fois par son épouse dimanche soir, puis a été découvert sans vie lundi 11 août par son assistant. Sa mort a été attribuée à un suicide, a déclaré le lieutenant Karl Ossian lors d’une conférence de presse.'];
    expect(said(paragraphs, 'La conférence de presse de la police, c’était quand ?')).toBe('');
  });
  it('still takes the day a sentence before sets alone (guard)', () => {
    const paragraphs = ['Le chanteur a été découvert sans vie lundi 11 août par son assistant. Sa mort a été attribuée à un suicide, a déclaré le lieutenant Karl Ossian lors d’une conférence de presse.'];
    expect(said(paragraphs, 'La conférence de presse de la police, c’était quand ?')).toContain('11 août');
  });
});
