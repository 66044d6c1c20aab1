/**
 * Scores the sentences of the corpus for one question: BM25 on the question's content terms (a synonym or a
 * form of the same family stands for a term at a lower weight), plus the weight of each entity of the question
 * the sentence names, plus a share of the score of the sentences it leans on; and how much of the question the
 * sentence covers, with what those sentences supply.
 */
import type { SentenceStore } from '../index/sentence-store.js';
import { subjectAfterOpeningAt, type AnnotatedSentence } from '../nlp/annotate.js';
import type { AnalyzedQuestion } from './analyze-question.js';
import { TUNING } from './tuning.js';

/** A closing quotation mark and its comma: what follows names the speaker ("…", a annoncé X). */
const INCISE = /[»"”]\s*,/u;
import { fold } from '../nlp/french.js';

/** Folded words of a text, one space apart. */
export function wordsOf(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A subject said by a demonstrative and a noun, at a sentence's start or after an opening phrase ("Le 3 mai, cet étudiant …"). */
/** A sentence opening on a past participle ("Né le …", "Élu en …", "Arrivée à …"). */
const PARTICIPLE_OPENING = /^\W*\p{L}+(?:é|ée|és|ées)\s/u;
const DEMONSTRATIVE_SUBJECT = /^\W*(?:[^,.;:«»"()]{2,60},\s*)?(?:cet|cette|ce)\s+\p{Ll}{3,}/iu;

/** A sentence scored for a question. */
export interface ScoredSentence {
  index: number;
  sentence: AnnotatedSentence;
  score: number;
  /** Share (0..1) of the question's weight that this sentence, or its neighbours, match. */
  coverage: number;
  /** Share (0..1) of the question's content-term weight (names aside) matched. */
  contentCoverage: number;
  /** Share (0..1) of the weight of the names the question asks about that this sentence (or its context) names. */
  entityCoverage: number;
}

/** A phrase naming a speaker ("le maire de Trèbes, Eric Ménassi"): its words, its terms, the question's names in it. */
export interface SpeakerPhrase {
  /** Folded words, one space apart. */
  words: string;
  terms: string[];
  entities: number[];
}

/** What one sentence matches of the question, on its own. */
interface OwnMatch {
  index: number;
  own: number;
  matched: Set<string>;
  entities: Set<number>;
  /** It matches the question only through the phrase that names its speaker. */
  byPhrase?: boolean;
  /** The question's countries it names only by their adjective ("égyptiennes"). */
  byDemonym?: Set<number>;
}

/** How many sentences back a sentence that points back is followed. */
const MAX_ANTECEDENTS = 2;

/** Scores sentences for one question; what each sentence matches on its own is computed once. */
export class SentenceScorer {
  readonly termWeight: number;
  readonly entityWeight: number;
  readonly totalWeight: number;
  private readonly memo = new Map<number, OwnMatch>();

  constructor(
    private readonly q: AnalyzedQuestion,
    private readonly sentences: SentenceStore,
    private readonly avgLength: number,
    /** For each name of the question, its forms of two words or more: folded, words one space apart, and their terms. */
    private readonly nameForms?: Map<number, { words: string; terms: string[] }[]>,
    /** The entities that speak in a sentence, resolved though it may name them by a pronoun ("a-t-il annoncé"). */
    private readonly speakersOf?: (index: number) => Iterable<number>,
    /** Other entities that stand for a name of the question: a place's short form and its full name ("Saint-Barth"). */
    private readonly sameAs?: Map<number, number>,
    /** The phrases that name who speaks in a sentence that other sentences wrote, with the question's names they hold. */
    private readonly speakerPhrasesOf?: (index: number) => SpeakerPhrase[],
    /** Terms of the adjectives of the countries the question names ("égyptien" for "Égypte"), with the country. */
    private readonly demonymTerms?: Map<string, number>,
    /** True for an entity that is a place. */
    private readonly isPlace?: (id: number) => boolean,
    /** True for an entity that is a person. */
    private readonly isPerson?: (id: number) => boolean,
  ) {
    this.termWeight = [...q.terms.values()].reduce((a, b) => a + b, 0);
    this.entityWeight = [...q.entities.values()].reduce((a, b) => a + b, 0);
    this.totalWeight = this.termWeight + this.entityWeight;
  }

  /** What sentence `s` matches of the question, on its own. */
  own(s: number): OwnMatch {
    let r = this.memo.get(s);
    if (r) return r;
    const q = this.q;
    const sentence = this.sentences.get(s);
    // Term frequencies of the question's terms only (most sentences share none).
    let tf: Map<string, number> | undefined;
    let soft: Set<string> | undefined;
    // A synonym or a form of the same family stands for the question's term, at a lower weight.
    let factor: Map<string, number> | undefined;
    // "« Les pluies sont arrivées vers 2 heures », a dit le maire de Trèbes" — or the sentence before said so: the
    // phrase that names who speaks is part of what the sentence says, though another sentence wrote it.
    let words: string | undefined;
    const phrases = this.speakerPhrasesOf?.(s) ?? [];
    const spokenTerms = phrases.flatMap((p) => p.terms);
    // Whether the sentence's own words match a term of the question (not only its speaker's phrase).
    let ownTerm = false;
    for (const t of spokenTerms.length ? [...sentence.terms, ...spokenTerms.filter((x) => !sentence.terms.includes(x))] : sentence.terms) {
      const alt = q.terms.has(t) ? undefined : q.alternatives.get(t);
      // A form that stands for several of the question's terms counts for one not matched yet.
      const term = alt ? (q.sharedAlternatives?.get(t)?.find((of) => !tf?.has(of)) ?? alt.of) : t;
      if (q.terms.has(term)) {
        (tf ??= new Map()).set(term, (tf.get(term) ?? 0) + 1);
        factor ??= new Map();
        const spoken = !sentence.terms.includes(t);
        if (!spoken) ownTerm = true;
        factor.set(term, Math.max(factor.get(term) ?? 0, (alt ? alt.factor : 1) * (spoken ? TUNING.speakerPhrase : 1)));
      } else if (q.soft.has(t)) (soft ??= new Set()).add(t);
    }
    let score = 0;
    const matched = new Set<string>();
    if (tf) {
      const { bm25K1: k1, bm25B: b } = TUNING;
      for (const [term, f] of tf) {
        const w = (q.terms.get(term) ?? 0) * (factor?.get(term) ?? 1);
        matched.add(term);
        score += (w * (f * (k1 + 1))) / (f + k1 * (1 - b + (b * sentence.terms.length) / this.avgLength));
      }
    }
    const entities = new Set<number>();
    for (const m of sentence.mentions) {
      if (q.entities.has(m.entity)) entities.add(m.entity);
      else if (this.sameAs?.has(m.entity)) entities.add(this.sameAs.get(m.entity)!);
    }
    // "…, a-t-il annoncé lors d'un point presse": the speaker the pronoun stands for is named there.
    for (const id of this.speakersOf?.(s) ?? []) if (q.entities.has(id)) entities.add(id);
    // "le marché de Noël" names "Marché de Noël" though the annotator read only "Noël" there: a form of the name
    // written out in the sentence names it too.
    for (const [id, forms] of this.nameForms ?? []) {
      if (entities.has(id) || !forms.length) continue;
      // Its terms first (cheap), then its words in order.
      const candidates = forms.filter((f) => f.terms.every((t) => sentence.terms.includes(t)));
      if (!candidates.length) continue;
      words ??= ` ${wordsOf(sentence.text)} `;
      if (candidates.some((f) => words!.includes(` ${f.words} `))) entities.add(id);
    }
    const ownEntities = new Set(entities);
    for (const p of phrases) for (const id of p.entities) entities.add(id);
    // "les autorités égyptiennes" name the "Égypte" asked about — at a share: the adjective is often only a setting.
    let byDemonym: Set<number> | undefined;
    if (this.demonymTerms?.size) {
      for (const t of sentence.terms) {
        const id = this.demonymTerms.get(t);
        if (id !== undefined && !entities.has(id)) { entities.add(id); (byDemonym ??= new Set()).add(id); }
      }
    }
    for (const id of entities) score += (q.entities.get(id) ?? 0) * (ownEntities.has(id) ? 1 : byDemonym?.has(id) ? TUNING.demonymName : TUNING.speakerPhrase);
    if (soft) for (const term of soft) score += q.soft.get(term) ?? 0;
    // Matched only through the phrase that names its speaker: the sentence says nothing of the question itself.
    const byPhrase = phrases.length > 0 && ownEntities.size === 0 && !!factor && !ownTerm;
    r = { index: s, own: score, matched, entities, ...(byPhrase ? { byPhrase } : {}), ...(byDemonym ? { byDemonym } : {}) };
    this.memo.set(s, r);
    return r;
  }

  /**
   * The question's places an article names in its opening sentences ("Ce qu'il faut savoir de l'assaut de
   * Saint-Denis"): the scene of every sentence of it.
   */
  private scene(s: number): Set<number> {
    return this.opening(s, TUNING.leadSentences, this.scenes, (i) => this.own(i).entities, this.isPlace!);
  }
  private readonly scenes = new Map<number, Set<number>>();

  /** The people an article's opening sentences name. */
  private leadPeople(s: number): Set<number> {
    return this.opening(s, TUNING.leadPeopleSentences, this.leads, (i) => this.sentences.get(i).mentions.map((m) => m.entity), this.isPerson!);
  }
  private readonly leads = new Map<number, Set<number>>();

  /** The names (of any kind) an article's opening sentences give. */
  private leadNames(s: number): Set<number> {
    return this.opening(s, TUNING.leadSentences, this.leadNamed, (i) => this.sentences.get(i).mentions.map((m) => m.entity), () => true);
  }
  private readonly leadNamed = new Map<number, Set<number>>();

  /** The entities `keep` accepts among those `of` gives in the first `count` sentences of the article of `s`, read once per article. */
  private opening(s: number, count: number, cache: Map<number, Set<number>>, of: (i: number) => Iterable<number>, keep: (id: number) => boolean): Set<number> {
    const doc = this.sentences.docOf(s);
    let found = cache.get(doc);
    if (!found) {
      found = new Set();
      const [first, end] = this.sentences.range(doc);
      for (let i = first; i < Math.min(end, first + count); i++) for (const id of of(i)) if (keep(id)) found.add(id);
      cache.set(doc, found);
    }
    return found;
  }

  /** The first person an article names before a sentence (its main character, most often); read once per article. */
  private firstPerson(s: number): number | undefined {
    const doc = this.sentences.docOf(s);
    let found = this.firsts.get(doc);
    if (!found) {
      found = { at: Infinity };
      const [first, end] = this.sentences.range(doc);
      for (let i = first; i < end && found.entity === undefined; i++) {
        const person = this.sentences.get(i).mentions.find((m) => this.isPerson!(m.entity));
        if (person) found = { entity: person.entity, at: i };
      }
      this.firsts.set(doc, found);
    }
    return found.at < s ? found.entity : undefined;
  }
  private readonly firsts = new Map<number, { entity?: number; at: number }>();

  /** The person named last before a sentence, in the same article and at most TUNING.antecedentSentences up. */
  private lastPersonBefore(s: number): number | undefined {
    for (let i = s - 1; i >= Math.max(0, s - TUNING.antecedentSentences) && this.sameDoc(s, i); i--) {
      const people = this.sentences.get(i).mentions.filter((m) => this.isPerson!(m.entity));
      if (people.length) return people.at(-1)!.entity;
    }
    return undefined;
  }

  /**
   * True when the sentence names a person — but the speaker of its closing incise ("Il est mort à 18h41 », a précisé X"),
   * and the people after a subject pronoun set after an opening clause ("Né en 1930 à X, ce fils d'industriel a suivi
   * les cours de Y": Y is no subject).
   */
  private namesPerson(s: number): boolean {
    const sentence = this.sentences.get(s);
    const incise = INCISE.exec(sentence.text)?.index;
    // (A demonstrative's noun may name no person: only after an opening participle, which tells of a person, is it one —
    // "Quelques mois après sa création, cette alliance avait diffusé la vidéo de X" still names X. "il", "elle" are.)
    const at = subjectAfterOpeningAt(sentence.text);
    const subject = at !== undefined && (PARTICIPLE_OPENING.test(sentence.text) || /^(?:il|elle)\s/iu.test(sentence.text.slice(at))) ? at : undefined;
    const end = Math.min(incise ?? Infinity, subject ?? Infinity);
    return sentence.mentions.some((m) => this.isPerson!(m.entity) && m.start < end);
  }

  private sameDoc(a: number, b: number): boolean {
    return b >= 0 && b < this.sentences.count && this.sentences.docOf(a) === this.sentences.docOf(b);
  }

  private samePara(a: number, b: number): boolean {
    return this.sameDoc(a, b) && this.sentences.get(a).para === this.sentences.get(b).para;
  }

  /** The sentences a sentence leans on, with how much: its antecedents when it points back, else its neighbours. */
  context(s: number): [OwnMatch, number][] {
    const out: [OwnMatch, number][] = [];
    let at = s;
    let weight = TUNING.antecedent;
    // "Il a tenu deux sommets … Le premier a eu lieu à …": follow up to two steps back.
    while (this.sentences.get(at).anaphoric && this.sameDoc(at, at - 1) && out.length < MAX_ANTECEDENTS) {
      out.push([this.own(at - 1), weight]);
      at--;
      weight *= TUNING.antecedentDecay;
    }
    if (!out.length && this.samePara(s, s - 1)) out.push([this.own(s - 1), TUNING.neighbour]);
    if (this.samePara(s, s + 1)) out.push([this.own(s + 1), this.sentences.get(s + 1).anaphoric ? TUNING.anaphoricNext : TUNING.neighbour]);
    return out;
  }

  /** The scored sentence, or undefined when it matches nothing of the question on its own. */
  score(index: number): ScoredSentence | undefined {
    const q = this.q;
    const r = this.own(index);
    if (r.own <= 0) return undefined;
    const sentence = this.sentences.get(index);
    const around = this.context(index);
    let score = r.own;
    // A sentence that says nothing of the question itself borrows no score from its neighbours (its coverage does).
    if (!r.byPhrase) for (const [n, w] of around) score += w * n.own;
    // Coverage counts what the sentence says, plus what the sentences it leans on supply.
    let covered = 0;
    let content = 0;
    let named = 0;
    for (const [term, w] of q.terms) {
      const share = r.matched.has(term) ? 1 : Math.max(0, ...around.filter(([n]) => n.matched.has(term)).map(([, x]) => Math.max(TUNING.leanedTerm, x)));
      covered += share * w;
      content += share * w;
    }
    for (const [id, w] of q.entities) {
      let share = r.entities.has(id) ? (r.byDemonym?.has(id) ? TUNING.demonymName : 1) : Math.max(0, ...around.filter(([n]) => n.entities.has(id)).map(([, x]) => Math.max(TUNING.leanedName, x)));
      if (share < TUNING.sceneName && q.kind !== 'who' && this.isPlace?.(id) && this.scene(index).has(id)) share = TUNING.sceneName;
      // "La minute de silence pour X, elle a été observée à quelle heure ?": whom a tribute is for, named by the article's
      // opening, need not be named again by the sentence that tells the tribute.
      // (Only a sentence that says the tribute: "deux passants présents dans la rue" is no "marche blanche pour X".)
      else if (share < TUNING.sceneName && q.honoured?.has(id) && r.matched.has(q.honoured.get(id)!) && this.leadNames(index).has(id)) share = TUNING.sceneName;
      // "Né le 25 décembre 1964, il …", a sentence that points back and names no one, about the person its article opens on.
      // Or about the first person its article names, further down than its opening ("… Marek Tamm … . Retraité, il
      // passait ses étés …").
      // "Deux ans plus tard, X dort encore mal. … Le 3 mai, cet étudiant de 24 ans devait rejoindre …": a
      // subject said by a demonstrative and a noun is about the last person its article named, a few sentences up (a
      // pronoun, "il", stays the article's first person's — or, when the article's opening names no one, the last one
      // named a few sentences up: "En mars, X avait volé deux tableaux … Il avait caché les toiles … Il a été condamné le 14 mai").
      else if (share < TUNING.leadPerson && q.kind !== 'quote' && this.isPerson?.(id) && sentence.pronounSubject && !this.namesPerson(index)
        && (this.leadPeople(index).has(id) || this.firstPerson(index) === id
          || ((DEMONSTRATIVE_SUBJECT.test(sentence.text) || !this.leadPeople(index).size) && this.lastPersonBefore(index) === id))) share = TUNING.leadPerson;
      covered += share * w;
      named += share * w;
    }
    return {
      index,
      sentence,
      score,
      coverage: covered / this.totalWeight,
      contentCoverage: this.termWeight ? content / this.termWeight : 1,
      entityCoverage: this.entityWeight ? named / this.entityWeight : 1,
    };
  }
}
