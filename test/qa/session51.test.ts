/** Session 51: behaviour read on real articles, checked on small invented ones (names and sentences of my own). */
import { describe, expect, it } from 'vitest';
import { articleOn, engineOf, knowledgeOf } from './tiny-corpus.js';
import { analyzeQuestion } from '../../src/qa/analyze-question.js';
import { askedSpeakers } from '../../src/qa/answer-quote.js';
import { questionType } from '../../src/qa/question-kind.js';
import { quantities, venues } from '../../src/qa/spans.js';

const dated = articleOn('2024-03-06');
const ask = (paragraphs: string[], question: string) => engineOf([dated('001', paragraphs)]).ask(question);
/** The answer to `question` on one article of `paragraphs`, or '' when there is none. */
const said = (paragraphs: string[], question: string) => ask(paragraphs, question).answer ?? '';
/** The answer to `question` on a corpus of one article per list of paragraphs. */
const saidOf = (articles: string[][], question: string) => engineOf(articles.map((p, i) => dated(`00${i + 1}`, p))).ask(question).answer ?? '';

describe('spans', () => {
  it('runs a position on past a word written before the venue it is of ("l’intérieur de la majestueuse cathédrale X")', () => {
    const found = venues('Il participera à une cérémonie à l’intérieur de la majestueuse cathédrale Saint-Elme de Velmar.').map((v) => v.text);
    expect(found).toContain('intérieur de la majestueuse cathédrale Saint-Elme de Velmar');
    expect(found).toContain('cathédrale Saint-Elme de Velmar');
  });
  it('still reads a venue noun that is an adjective too, after a noun, as that noun’s adjective ("les obsèques nationales"; guard)', () => {
    expect(venues('Les obsèques nationales des victimes auront lieu lundi.').map((v) => v.noun)).not.toContain('nationale');
  });
  it('counts the noun after "de ses" ("482.000 de ses voitures")', () => {
    const [figure] = quantities('Le groupe aurait équipé 482.000 de ses voitures d’un logiciel.');
    expect(figure?.text).toBe('482.000 de ses voitures');
    expect(figure?.noun).toBe('voiture');
  });
});

describe('entities', () => {
  it('reads neither "Plusieurs X" opening a sentence nor a Roman number alone as a person', () => {
    const k = knowledgeOf([dated('001', ['Plusieurs Lorvaniens sont portés disparus. Une équipe a été envoyée sur place, a indiqué l’ambassadeur Peter Lindqvist, chef de la division politique VI, lundi soir.'])]);
    const people = k.ann.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toContain('Peter Lindqvist');
    expect(people.some((n) => /Plusieurs|^VI$/.test(n))).toBe(false);
  });
});

describe('question', () => {
  it('types "Quelle est sa date de naissance ?" as a time, the noun read after a possessive', () => {
    expect(questionType('Quelle est sa date de naissance exacte ?').kind).toBe('when');
    expect(questionType('Quelle était leur destination ?').noun).toBe('destination');
  });
  it('keeps a capitalised first word that is a colloquial word only once its accent is lost ("Peter" is no "péter")', () => {
    const k = knowledgeOf([dated('001', ['« Nous dépasserons les 1 000 morts », a déclaré Peter Lindqvist, de la Croix-Verte.'])]);
    const q = analyzeQuestion('Peter Lindqvist, il a dit quoi sur le nombre de morts ?', k);
    expect([...q.entities.keys()].map((id) => k.ann.entities[id]!.name)).toContain('Peter Lindqvist');
  });
});

describe('quote', () => {
  it('sets apart a person who completes a noun ("après la victoire de X") and reads the one named by family name only', () => {
    const paragraphs = [
      'Paul Verdon a remporté dimanche l’élection présidentielle. « C’est une nuit historique pour la Lorvanie », a lancé Paul Verdon.',
      'L’ancien président voisin Karl Lundqvist a félicité Paul Verdon. « L’espoir brille à nouveau dans la région », a écrit Karl Lundqvist sur X.',
    ];
    expect(said(paragraphs, 'Lundqvist, il a écrit quoi après la victoire de Paul Verdon ?')).toContain('espoir brille');
  });
  it('keeps the name after "dit quoi de" among the speakers asked (guard)', () => {
    const k = knowledgeOf([dated('001', ['Karl Lundqvist a réagi. Paul Verdon a parlé.', '« Il a tort », a dit Karl Lundqvist de Paul Verdon.'])]);
    const names = askedSpeakers(k, analyzeQuestion('Karl Lundqvist, il a dit quoi de Paul Verdon ?', k)).map((id) => k.ann.entities[id]!.name);
    expect(names).toEqual(expect.arrayContaining(['Karl Lundqvist', 'Paul Verdon']));
  });
  it('reads "a prévenu celui qui …" as the speaker of the sentence before', () => {
    const paragraphs = ['« Nous sommes face à des problèmes immenses », a énuméré le président élu Paul Verdon. « Il n’y a pas de place pour la tiédeur », a prévenu celui qui promet depuis deux ans une thérapie de choc.'];
    // (Its words alone, as a statement of Paul Verdon's: not the sentence a fallback would give.)
    expect(said(paragraphs, 'Qu’a dit Paul Verdon sur la tiédeur ?')).toBe('« Il n’y a pas de place pour la tiédeur »');
  });
});

describe('what', () => {
  it('reads "117 personnes ont trouvé la mort" as 117 dead, and no other island’s count for the island asked', () => {
    const paragraphs = ['Un garde-côte a estimé qu’il pourrait y avoir jusqu’à 10 000 morts pour l’île de Car Velmo.', 'Selon le gouverneur, au moins 117 personnes ont trouvé la mort sur l’île de Tarvik.'];
    expect(said(paragraphs, 'Sur l’île de Tarvik, le gouverneur comptait combien de morts au minimum ?')).toContain('117');
  });
  it('gives no count of another island named by the same noun', () => {
    const paragraphs = ['Un garde-côte a estimé qu’il pourrait y avoir jusqu’à 10 000 morts pour l’île de Car Velmo.', 'Le gouverneur de l’île de Tarvik a demandé des renforts.'];
    expect(ask(paragraphs, 'Sur l’île de Tarvik, combien de morts au minimum ?').answer).toBeNull();
  });
  it('does not give a joint count ("Ensemble, ils avaient tourné cinq films") as one’s own', () => {
    const paragraphs = ['Paul Verdon et Lia Brenn étaient amis. Ensemble, ils avaient tourné cinq films.'];
    expect(said(paragraphs, 'Il a tourné combien de films en tout, Paul Verdon ?')).not.toContain('cinq');
  });
  it('still gives the joint count when the question asks it (guard)', () => {
    const paragraphs = ['Paul Verdon et Lia Brenn étaient amis. Ensemble, ils avaient tourné cinq films.'];
    expect(said(paragraphs, 'Combien de films Paul Verdon et Lia Brenn ont-ils tourné ensemble ?')).toContain('cinq');
  });
});

describe('when', () => {
  it('gives no date to "depuis quand" from a sentence that says none of the question’s words but a name', () => {
    const paragraphs = ['Le premier avion devait arriver lundi matin à Velmar, a précisé M. Paul Verdon.', 'Paul Verdon, président du Celto, a été interrogé.'];
    expect(ask(paragraphs, 'Paul Verdon, il préside le Celto depuis quand ?').answer).toBeNull();
  });
  it('still dates a span that opens on "depuis" (guard)', () => {
    const paragraphs = ['Le premier avion devait arriver lundi matin à Velmar, a précisé M. Paul Verdon.', 'Paul Verdon préside le Celto depuis 2015.'];
    expect(said(paragraphs, 'Paul Verdon, il préside le Celto depuis quand ?')).toContain('2015');
  });
  it('reads the instance asked ("second tour") in the sentence before, in the same paragraph', () => {
    const paragraphs = ['Les électeurs ont commencé à voter dimanche pour le second tour de la présidentielle. Les bureaux de vote ont ouvert dimanche à 8 heures.'];
    expect(said(paragraphs, 'Les bureaux de vote, ils ouvraient à quelle heure le dimanche du second tour ?')).toMatch(/8 ?h/);
  });
});

describe('where', () => {
  it('gives the venue a position is of when a word stands before it ("à l’intérieur de la majestueuse cathédrale")', () => {
    const paragraphs = ['Paul Verdon a été investi dimanche. Il participera ensuite à une cérémonie interreligieuse à l’intérieur de la majestueuse cathédrale Saint-Elme de Velmar.'];
    expect(said(paragraphs, 'Après l’investiture, la cérémonie interreligieuse était prévue dans quel lieu ?')).toContain('cathédrale Saint-Elme');
  });
  it('places a named place by the town set right after it in any sentence that names it, not by a region', () => {
    const articles = [
      ['Paul Verdon a été retrouvé mort dans ses studios de Bellwood Park, à Chanvel.', 'Paul Verdon a été déclaré mort à 10 h 07 locales (11 h, heure de Brelance), a précisé le shérif.'],
      ['Le domaine de Bellwood Park, situé dans le Minnesota, était fermé au public.'],
      ['Paul Verdon vivait à Bellwood Park, dans le Minnesota, depuis 1987.'],
    ];
    expect(saidOf(articles, 'Dans quelle localité se situe le domaine de Bellwood Park ?')).toBe('Chanvel');
  });
  it('does not place a fact on a journey at its ends ("en chemin vers", "de retour de", "après un concert à")', () => {
    const articles = [
      ['Son avion privé a fait un atterrissage d’urgence en Ilvanie, en chemin vers Brelance, de retour de Tarvik où il avait donné deux concerts.'],
      ['Une semaine plus tôt, l’avion privé du chanteur avait fait un atterrissage d’urgence à Moreville, quelques heures après un concert à Tarvik.'],
      ['L’avion du chanteur, de retour de Tarvik, a dû faire un atterrissage d’urgence.'],
    ];
    expect(saidOf(articles, 'L’atterrissage d’urgence de son avion, ça s’est fait dans quelle ville ?')).toBe('Moreville');
  });
  it('answers a birthplace with the town the birth participle leads, not the region after it or another fact’s place', () => {
    const articles = [
      ['L’acteur Paul Verdon est mort vendredi à 91 ans.', 'Né le 11 décembre 1930 à Castelmare dans le Var, ce fils d’industriel a suivi à Brelance les cours de Marc Hubel.'],
      ['Paul Verdon vivait dans le Var.'],
    ];
    expect(saidOf(articles, 'Il est né où, Paul Verdon ?')).toContain('Castelmare');
  });
});
