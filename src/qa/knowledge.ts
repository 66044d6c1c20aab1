import lunr from 'lunr';
import type { AnnotatedSentence } from '../nlp/annotate.js';
import type { IndexMeta } from '../index/corpus-index.js';
import type { SentenceStore } from '../index/sentence-store.js';
import type { EntityType } from '../nlp/entities.js';
import { DEMONYM_ENDINGS, FR, fold, nameKey } from '../nlp/french.js';
import { terms } from '../nlp/tokens.js';
import { isGivenName } from '../nlp/given-names.js';
import { familyOf } from '../nlp/word-family.js';
import { articleFrequency, searchArticles } from '../index/passage-index.js';
import { mostReportedDay } from '../nlp/temporal/index.js';
import { soundKey, type AnalyzedQuestion, type Vocabulary } from './analyze-question.js';
import { SentenceScorer, wordsOf, type SpeakerPhrase } from './sentence-scorer.js';

export type { ScoredSentence } from './sentence-scorer.js';
import type { ScoredSentence } from './sentence-scorer.js';

/** Lunr's token set (a trie of the index's terms) and its wildcard constructor, which @types/lunr does not declare. */
interface TokenSetLike { intersect(other: TokenSetLike): TokenSetLike; toArray(): string[] }
const tokenSetOf = (index: lunr.Index) => (index as unknown as { tokenSet: TokenSetLike }).tokenSet;
const wildcard = (pattern: string) => (lunr.TokenSet as unknown as { fromString(s: string): TokenSetLike }).fromString(pattern);

/** Letters, at least, of a place's name that starts another place's name ("saint-barth" → "saint-barthelemy"). */
const SHORT_PLACE = 6;
/** How many articles Lunr hands to sentence scoring. */
const ARTICLE_LIMIT = 12;
/** How many scored sentences `rank` returns unless asked for another number. */
const RANK_LIMIT = 12;
/** Words of a name's aliases searched with it, at most. */
const MAX_NAME_TERMS = 24;
/** Vocabulary words that extend a stem, read for its family, at most. */
const MAX_FAMILY = 64;

/** "la teste-de-buch" → "teste-de-buch": a town's official article is no word its short forms share (folded names). */
const withoutArticle = (name: string) => { const space = name.indexOf(' '); return space > 0 && FR.townArticles.has(name.slice(0, space)) ? name.slice(space + 1) : name; };
/** Letters a family name has at least to name its bearer alone ("Legault"; not "Li"). */
const FAMILY_KEY_MIN = 4;

/**
 * The loaded corpus knowledge: annotations, the Lunr passage index, and lookups derived from them once at
 * load time (entity keys, transliteration keys, sentence → speech acts). Answerers read it; nothing here changes
 * after construction.
 */
export class Knowledge implements Vocabulary {
  readonly sentenceCount: number;
  private readonly keys = new Map<string, number>();
  private readonly sounds = new Map<string, number>();
  /** Family names of people the text names only in full ("legault" → François Legault), for who and quote questions. */
  private readonly families = new Map<string, number>();
  private readonly avgLength: number;
  /** Speech acts by sentence index. */
  readonly speechBySentence = new Map<number, number[]>();
  /** Speech acts by the entity that said them. */
  readonly speechByEntity = new Map<number, number[]>();
  /** Analysed words of each speech act's speaker phrase, for speakers that resolve to no entity. */
  readonly speakerTerms: (Set<string> | undefined)[];

  constructor(readonly ann: IndexMeta, readonly sentences: SentenceStore, readonly index: lunr.Index) {
    this.sentenceCount = sentences.count;
    this.avgLength = ann.avgTerms || 1;
    // Most mentioned entity wins a shared key or sound.
    const byMentions = [...ann.entities].sort((a, b) => b.mentions - a.mentions);
    for (const e of byMentions) {
      for (const k of e.keys) if (!this.keys.has(k)) this.keys.set(k, e.id);
      for (const a of [e.name, ...e.aliases]) {
        const k = nameKey(a);
        if (!this.keys.has(k)) this.keys.set(k, e.id);
        const s = soundKey(a);
        if (!this.sounds.has(s)) this.sounds.set(s, e.id);
      }
    }
    // "López Obrador" of "Andrés Manuel López Obrador", "Le Pen" of "Jean-Marie Le Pen": a person's last two words, when
    // their name has three or more, name them too (after every whole name and alias, which keep their key).
    for (const e of byMentions) {
      if (e.type !== 'person') continue;
      for (const a of [e.name, ...e.aliases]) {
        const words = a.trim().split(/\s+/);
        // ("Al-Masri de Port-Saïd": two words that open on a particle in lower case are no name of their own.)
        if (words.length < 3 || !words.slice(-2).every((w) => /^\p{Lu}/u.test(w))) continue;
        const k = nameKey(words.slice(-2).join(' '));
        if (!this.keys.has(k)) this.keys.set(k, e.id);
      }
    }
    // "Legault, il a réagi comment ?" of a corpus that writes only "François Legault": a person's family name, when no
    // name or alias holds that key and no other person bears it ("Brantcher" of Amandine and Marguerite Brantcher names
    // neither).
    const bearers = new Map<string, number[]>();
    for (const e of byMentions) {
      if (e.type !== 'person') continue;
      const words = e.name.trim().split(/\s+/);
      const last = words[words.length - 1]!;
      if (words.length < 2 || !/^\p{Lu}\p{Ll}/u.test(last) || last.length < FAMILY_KEY_MIN) continue;
      const k = nameKey(last);
      bearers.set(k, [...(bearers.get(k) ?? []), e.id]);
    }
    for (const [k, ids] of bearers) {
      const e = ann.entities[ids[0]!]!;
      if (ids.length === 1 && !this.keys.has(k) && isGivenName(e.name.trim().split(/\s+/)[0]!)) this.families.set(k, e.id);
    }
    this.speakerTerms = new Array(ann.speech.length);
    ann.speech.forEach((act, i) => {
      const list = this.speechBySentence.get(act.sentence) ?? [];
      list.push(i);
      this.speechBySentence.set(act.sentence, list);
      if (act.entity !== undefined) {
        const byEntity = this.speechByEntity.get(act.entity) ?? [];
        byEntity.push(i);
        this.speechByEntity.set(act.entity, byEntity);
      } else {
        this.speakerTerms[i] = new Set(act.speakerTerms ?? terms(act.speakerText));
      }
    });
  }

  private readonly nameTermCache = new Map<number, string[]>();

  /**
   * The analysed words of an entity's names (the index holds analysed terms), worked out once per entity; at
   * most the first 24, from its main name first (a frequent name can gather hundreds of variants).
   */
  private readonly descriptionTerms = new Map<number, Set<string>>();

  /** The terms of everything the corpus says a person is ("maire de Tartu" → mair, tartu); made once per person. */
  describedTerms(id: number): Set<string> {
    let found = this.descriptionTerms.get(id);
    if (!found) this.descriptionTerms.set(id, (found = new Set(this.ann.entities[id].descriptions.flatMap((d) => terms(d.text)))));
    return found;
  }

  private surnames?: Map<string, number[]>;

  /**
   * How an answer names an entity: its name, and for a short form ("EI") the name it stands for, spelt out in the
   * corpus ("Etat islamique (EI)").
   */
  displayName(id: number): string {
    const e = this.ann.entities[id];
    if (!/^[\p{Lu}\d]{2,6}$/u.test(e.name)) return e.name;
    const spelt = e.aliases.find((a) => /\p{Ll}/u.test(a) && /\s/.test(a.trim()));
    return spelt ? `${spelt} (${e.name})` : e.name;
  }

  /** People whose family name (the last word of their name, as a search term) is `term`; made once, on first use. */
  personsBySurname(term: string): number[] {
    if (!this.surnames) {
      this.surnames = new Map();
      for (const e of this.ann.entities) {
        if (e.type !== 'person' || !e.name.includes(' ')) continue;
        const last = terms(e.name.split(/\s+/).pop()!)[0];
        if (last && last.length > 2) this.surnames.set(last, [...(this.surnames.get(last) ?? []), e.id]);
      }
    }
    return this.surnames.get(term) ?? [];
  }

  nameTerms(id: number): string[] {
    let cached = this.nameTermCache.get(id);
    if (!cached) {
      const e = this.ann.entities[id];
      const found = new Set<string>();
      for (const form of [e.name, ...e.aliases]) {
        for (const t of terms(form)) if (t.length > 1) found.add(t);
        if (found.size >= MAX_NAME_TERMS) break;
      }
      cached = [...found].slice(0, MAX_NAME_TERMS);
      this.nameTermCache.set(id, cached);
    }
    return cached;
  }

  /** The sentence with this number. */
  /** True when sentence `b` exists and stands in the paragraph of sentence `a`. */
  sameParagraph(a: number, b: number): boolean {
    return b >= 0 && b < this.sentences.count && this.sentences.docOf(a) === this.sentences.docOf(b) && this.sentence(a).para === this.sentence(b).para;
  }

  sentence(index: number): AnnotatedSentence {
    return this.sentences.get(index);
  }

  entityByKey(key: string): number | undefined {
    return this.keys.get(key);
  }
  entityBySound(key: string): number | undefined {
    return this.sounds.get(key);
  }
  entityByFamilyName(key: string): number | undefined {
    return this.families.get(key);
  }
  entityType(id: number): EntityType {
    return this.ann.entities[id]?.type ?? 'other';
  }
  entityMentions(id: number): number {
    return this.ann.entities[id]?.mentions ?? 0;
  }
  df(term: string): number {
    return this.ann.df[term] ?? 0;
  }
  /** The day the most articles (three or more) date an event of the timeline by — the story's main day — read once. */
  mainDay(): string | undefined {
    if (this.mainDayOf) return this.mainDayOf.day;
    // A day only one or two articles date an event by is no story's main day.
    const day = mostReportedDay(this.ann.events.flatMap((e) => e.sources.map((src): [string, string] => [e.date, src.doc])));
    return (this.mainDayOf = { day }).day;
  }
  private mainDayOf?: { day?: string };

  /** Number of articles that say an analysed term. */
  articleFrequency(term: string): number {
    return articleFrequency(this.index, term);
  }

  /** Terms of the corpus that start with a prefix. Lunr's token set holds the vocabulary as a trie: one intersection away. */
  private termsStartingWith(prefix: string): string[] {
    return tokenSetOf(this.index).intersect(wildcard(`${prefix}*`)).toArray();
  }

  private readonly nameFormCache = new Map<number, { words: string; terms: string[] }[]>();

  /**
   * An entity's forms of two words or more, folded with their words one space apart, and their analysed terms:
   * a sentence that writes one out names the entity though the annotator read only part of it. Once per entity.
   */
  private nameForms(id: number): { words: string; terms: string[] }[] {
    let forms = this.nameFormCache.get(id);
    if (!forms) {
      const e = this.ann.entities[id];
      forms = [...new Set([e.name, ...e.aliases].map(wordsOf).filter((f) => f.includes(' ')))].map((f) => ({ words: f, terms: terms(f) }));
      this.nameFormCache.set(id, forms);
    }
    return forms;
  }

  private placesByStart?: Map<string, number[]>;

  /** Places of two words or more (or a compound) by each of their words: their id and their words (see wholeWords). */
  private placesByWord?: Map<string, { id: number; whole: string }[]>;

  /**
   * "les autorités égyptiennes" names "Égypte": the terms of the adjectives of the countries the question names
   * (data: fr-places.json demonyms, with their endings), each with the country it names.
   */
  demonymTermsOf(q: AnalyzedQuestion): Map<string, number> {
    const out = new Map<string, number>();
    for (const id of q.entities.keys()) {
      const e = this.ann.entities[id];
      if (e.type !== 'place') continue;
      const key = nameKey(e.name);
      for (const [demonym, country] of FR.demonyms) {
        if (nameKey(country) !== key) continue;
        for (const ending of ['', ...DEMONYM_ENDINGS]) for (const t of terms(demonym + ending)) out.set(t, id);
      }
    }
    return out;
  }

  /**
   * For the places a question names, the places of the corpus that are the same one written longer or shorter:
   * "Saint-Barth" and "Saint-Barthélemy" (a name that starts another, from SHORT_PLACE letters on, the rest one
   * word); and the places whose name holds the asked one as whole words ("Atlantique Sud", "Théâtre Moderne de
   * Grosseto" for "Atlantique", "Grosseto"): a sentence that names them names the place asked.
   */
  shortFormsOf(q: AnalyzedQuestion): Map<number, number> {
    const out = new Map<number, number>();
    // A name of no known type ("le maire de Dammartin") may be a place's short form too ("Dammartin-en-Goële").
    const places = [...q.entities.keys()].filter((id) => this.ann.entities[id].type === 'place' || this.ann.entities[id].type === 'other');
    if (!places.length) return out;
    if (!this.placesByStart) {
      this.placesByStart = new Map();
      for (const e of this.ann.entities) {
        if (e.type !== 'place') continue;
        const key = withoutArticle(nameKey(e.name));
        if (key.length < SHORT_PLACE) continue;
        const list = this.placesByStart.get(key.slice(0, SHORT_PLACE)) ?? [];
        list.push(e.id);
        this.placesByStart.set(key.slice(0, SHORT_PLACE), list);
      }
    }
    if (!this.placesByWord) {
      this.placesByWord = new Map();
      for (const e of this.ann.entities) {
        if (e.type !== 'place' && e.type !== 'other') continue;
        const whole = withoutArticle(wholeWords(e.name));
        const words = whole.split(' ');
        const compound = words[0]!.split('-');
        if (words.length < 2 && compound.length < 2) continue;
        for (const w of new Set([...words, compound[0]!])) this.placesByWord.set(w, [...(this.placesByWord.get(w) ?? []), { id: e.id, whole }]);
      }
    }
    for (const id of places) {
      const whole = withoutArticle(wholeWords(this.ann.entities[id].name));
      for (const { id: other, whole: o } of this.placesByWord.get(whole.split(' ')[0]!) ?? []) {
        if (other === id || q.entities.has(other)) continue;
        // Whole words, or a commune's compound name that starts with it ("Brétigny-sur-Orge").
        if (o !== whole && (` ${o} `.includes(` ${whole} `) || COMMUNE.test(o.slice(whole.length)) && o.startsWith(whole))) out.set(other, id);
      }
      const key = withoutArticle(nameKey(this.ann.entities[id].name));
      for (const other of this.placesByStart.get(key.slice(0, SHORT_PLACE)) ?? []) {
        if (other === id || q.entities.has(other)) continue;
        const o = nameKey(this.ann.entities[other].name);
        const [short, long] = o.length < key.length ? [o, key] : [key, o];
        if (long.startsWith(short) && /^[\p{L}]+$/u.test(long.slice(short.length))) out.set(other, id);
      }
    }
    return out;
  }

  /** The speech acts of a sentence: who speaks (when resolved) and with which verb. */
  actsIn(index: number): { entity?: number; verb: string; speakerText: string }[] {
    return (this.speechBySentence.get(index) ?? []).map((a) => this.ann.speech[a]);
  }

  /**
   * The phrases naming who speaks in a sentence that another sentence wrote ("« … », a dit le maire. « … »": the second
   * quotation's speaker): folded words one space apart and terms, read once per sentence for every question. A phrase
   * the sentence writes itself is part of its words already.
   */
  speakerPhrasesElsewhere(index: number): { words: string; terms: string[] }[] {
    if (!this.speechBySentence.has(index)) return [];
    let found = this.phrasesElsewhere.get(index);
    if (!found) {
      const sentence = this.sentences.get(index);
      let words: string | undefined;
      found = this.actsIn(index).filter((a) => a.speakerText && !FR.pronouns.has(fold(a.speakerText)))
        .map((a) => ({ words: wordsOf(a.speakerText), terms: terms(a.speakerText) }))
        // Written in the sentence if all its terms are (cheap), then its words in order.
        .filter((p) => !p.terms.every((t) => sentence.terms.includes(t)) || !(words ??= ` ${wordsOf(sentence.text)} `).includes(` ${p.words} `));
      this.phrasesElsewhere.set(index, found);
    }
    return found;
  }
  private readonly phrasesElsewhere = new Map<number, { words: string; terms: string[] }[]>();

  /** The entities that speak in a sentence, as its speech acts resolve them. */
  speakersIn(index: number): number[] {
    return this.actsIn(index).flatMap((a) => (a.entity !== undefined ? [a.entity] : []));
  }

  private shortForms?: Map<string, string>;

  /**
   * The name of the corpus a short form in capitals stands for: the initials of an organisation's or a thing's name
   * of two words or more, with or without its connecting words ("Coupe du Monde" → "CDM" or "CM"), the most
   * mentioned first. People are left out: "JO" is no one's initials here. Worked out once, on first use.
   */
  expansionOf(acronym: string): string | undefined {
    if (!this.shortForms) {
      this.shortForms = new Map();
      const byMentions = [...this.ann.entities].filter((e) => e.type !== 'person').sort((a, b) => b.mentions - a.mentions);
      for (const e of byMentions) {
        for (const form of initialsOf(e.name)) if (!this.shortForms.has(form)) this.shortForms.set(form, e.name);
      }
    }
    return this.shortForms.get(acronym.toUpperCase());
  }

  startsATerm(prefix: string): boolean {
    return this.termsStartingWith(prefix).length > 0;
  }

  family(term: string): string[] {
    return familyOf(term, (prefix) => this.termsStartingWith(prefix).slice(0, MAX_FAMILY), (t) => this.df(t) > 0);
  }

  /**
   * Retrieves passages with Lunr, then scores each of their sentences: BM25 on the question's content terms,
   * plus the weight of each entity of the question the sentence names (by any alias), plus a share of its
   * neighbours' score (a sentence often leans on the one before: "Le premier a eu lieu à …").
   */
  rank(q: AnalyzedQuestion, limit = RANK_LIMIT): ScoredSentence[] {
    const weighted = new Map([...q.soft, ...q.terms]);
    for (const [alt, a] of q.alternatives) weighted.set(alt, Math.max(weighted.get(alt) ?? 0, (q.terms.get(a.of) ?? 0) * a.factor));
    // Names search Lunr by their words too (the aliases' words are in the passages' terms).
    for (const id of q.entities.keys()) for (const t of this.nameTerms(id)) weighted.set(t, Math.max(weighted.get(t) ?? 0, 1));
    const hits = searchArticles(this.index, weighted, this.ann.articles.length, ARTICLE_LIMIT);
    const forms = new Map([...q.entities.keys()].map((id) => [id, this.nameForms(id)]));
    // The question's names in every form, folded, to find them in a speaker's phrase.
    const names = [...q.entities.keys()].map((id) => ({ id, forms: [...new Set([this.ann.entities[id].name, ...this.ann.entities[id].aliases].map(wordsOf))] }));
    const phrasesOf = (i: number): SpeakerPhrase[] => this.speakerPhrasesElsewhere(i)
      .map((p) => ({ ...p, entities: names.filter((n) => n.forms.some((f) => ` ${p.words} `.includes(` ${f} `))).map((n) => n.id) }));
    const scorer = new SentenceScorer(q, this.sentences, this.avgLength, forms, (i) => this.speakersIn(i), this.shortFormsOf(q), phrasesOf, this.demonymTermsOf(q), (id) => this.entityType(id) === 'place', (id) => this.entityType(id) === 'person');
    if (!scorer.totalWeight) return [];
    const candidates = new Set<number>();
    // Lunr chooses the articles; their sentences are then scored on their own merits.
    for (const hit of hits) {
      const [first, end] = this.sentences.range(hit.doc);
      for (let s = first; s < end; s++) candidates.add(s);
    }
    const scored: ScoredSentence[] = [];
    for (const index of candidates) {
      const one = scorer.score(index);
      if (one) scored.push(one);
    }
    scored.sort((a, b) => b.score - a.score || a.index - b.index);
    return scored.slice(0, limit);
  }
}

/** What follows a town's name in its commune's compound name ("-sur-Orge", "-en-Yvelines", "-lès-Bains", "-Sainte-Honorine", "-du-Rouvray"). */
const COMMUNE = /^-(?:sur|sous|en|les|lès|le|la|aux|saint|sainte|de|du|des)-/;

/** A name's words, folded, a compound joined by hyphens one word ("Île-de-France" holds no "France"). */
function wholeWords(name: string): string {
  return fold(name).replace(/[-‐‑]+/g, '-').replace(/[.'’\s\u00a0\u202f]+/g, ' ').trim();
}

/** The initials of a name of two words or more, with and without its connecting words ("de", "du", "la" …). */
function initialsOf(name: string): string[] {
  const words = name.split(/[\s\-‐‑]+|(?<=['’])/u).map((w) => w.replace(/['’]$/, '')).filter((w) => /^\p{L}/u.test(w));
  if (words.length < 2) return [];
  const all = words.map((w) => w[0]!.toUpperCase()).join('');
  const content = words.filter((w) => !FR.connectors.has(w.toLowerCase())).map((w) => w[0]!.toUpperCase()).join('');
  return [...new Set([all, content])].filter((f) => f.length >= 2);
}
