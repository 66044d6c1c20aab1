import patterns from './data/question-patterns.json' with { type: 'json' };
import quantityWords from './data/quantity-words.json' with { type: 'json' };
import questionNouns from './data/question-nouns.json' with { type: 'json' };
import { agentNouns, asksWhoHeads, chargeAsked, CHARGE_NOUNS, fillersFrom, headRoles, narrowerRoles, questionType, type AnswerType } from './question-kind.js';
import answerWords from './data/fr-answer-words.json' with { type: 'json' };
import { DEMONYM_ENDINGS, EN, FR, SPEECH_FORMS, fold, frenchCountryNames, isDemonym, isStopword, nameKey, peopleOf, soundKey } from '../nlp/french.js';
import { tokenize, stem, termOf, terms, isElision, type Token } from '../nlp/tokens.js';
import { nounOfState, type EntityType } from '../nlp/entities.js';
import type { QuestionKind } from './types.js';
import { cleanQuestion } from './clean-question.js';
import { foldChars } from '../nlp/fold.js';
import { isObjectSenseTerm, relatedTerms, standardize } from '../nlp/word-family.js';
import { TUNING } from './tuning.js';
import timeWords from '../nlp/data/fr-time.json' with { type: 'json' };
import { escapeRegExp } from '../regexp.js';
import { isGivenName } from '../nlp/given-names.js';

/** Characters before a word read for the "quel" that asks it. */
const QUEL_REACH = 10;
/** … and for the "heure" a clock qualifier follows. */
const CLOCK_REACH = 8;

/** What the question analyser needs to know of the corpus. */
export interface Vocabulary {
  /** The entity a folded name key refers to. */
  entityByKey(key: string): number | undefined;
  /** The entity a name written another way refers to ("Zelensky" → "Zelenski"), by a transliteration key. */
  entityBySound(key: string): number | undefined;
  /** The person a family name alone names, of those the text names only in full ("Legault"); none when not given. */
  entityByFamilyName?(key: string): number | undefined;
  entityType(id: number): EntityType;
  /** Number of mentions of an entity in the corpus. */
  entityMentions(id: number): number;
  /** Number of sentences containing an analysed term. */
  df(term: string): number;
  /** Number of sentences in the corpus. */
  sentenceCount: number;
  /** Terms of the corpus of the same family as a term ("demiss" → "demission"); none when not given. */
  family?(term: string): string[];
  /** True when some term of the corpus starts with this folded prefix ("barth" of "barthelemy"). */
  startsATerm?(prefix: string): boolean;
  /** The name a short form in capitals stands for ("CDM" → "Coupe du Monde"), when the corpus holds one. */
  expansionOf?(acronym: string): string | undefined;
}

/** A question read for answering. */
export interface AnalyzedQuestion {
  /** The cleaned question text. */
  text: string;
  kind: QuestionKind;
  /** The type of value that answers it (a person, a place, a time of day, a quantity …). */
  expects: AnswerType;
  /** The noun of "quel NOUN" / "combien de NOUN" (folded, singular), when the question has one. */
  noun?: string;
  /** The noun is the agent of the question's verb ("Qui pilotait …" → "pilote"): it weighs, but is not required. */
  agent?: boolean;
  english: boolean;
  /** "Qui est X ?": the entity asked about, when X names one. */
  whoIs?: number;
  /** "Qui est X ?" where X names nothing in the corpus. */
  whoIsUnknown?: string;
  wantsTime: boolean;
  wantsYear: boolean;
  /** Entities the question names, with the weight of each (rarer → heavier). */
  entities: Map<number, number>;
  /** Analysed content terms outside names, with their weight (inverse document frequency). */
  terms: Map<string, number>;
  /** Names written in the question that the corpus never mentions. */
  unknownNames: string[];
  /**
   * Words of the question's frame ("a eu lieu", "quelle ville", "a déclaré"): they help rank a sentence that
   * uses them, but a sentence need not contain them to answer.
   */
  soft: Map<string, number>;
  /**
   * Other terms that match a content term in a sentence, with the term they stand for and a weight factor:
   * its synonyms ("debut" for "commenc") and, for a term the corpus lacks, its word family.
   */
  alternatives: Map<string, { of: string; factor: number }>;
  /** A written form that stands for several of the question's terms ("estimé" for "évalué" and "montant"): all of them. */
  sharedAlternatives?: Map<string, string[]>;
  /** The names the question gives as whom a tribute is for ("la messe pour X", "en mémoire de X"), with the tribute's noun (analysed). */
  honoured?: Map<number, string>;
  /** The words of what the question says the answer is not ("À part Parkinson, …": "parkinson"), folded. */
  excepted?: string[];
}

/** "À part X, …", "… hormis X": the phrase naming what the answer is not, up to its comma (folded; data: exceptOpens). */
const EXCEPT = new RegExp(`(?:^|[\\s,])(?:${(patterns.exceptOpens as string[]).map(escapeRegExp).join('|')})\\s*([^,]+)`);
/** Content words of the phrase a question excepts from its answer (folded), when it has one. */
function exceptedWords(folded: string): string[] {
  const phrase = EXCEPT.exec(folded)?.[1] ?? '';
  return phrase.split(/[^a-z0-9-]+/).filter((w) => w.length > 2 && !isStopword(w));
}

/** A people's adjective and its feminine and plural endings ('' for the masculine singular). */
const DEMONYM_FORMS = ['', ...DEMONYM_ENDINGS];
const WHO_IS = new RegExp(patterns.whoIs);
/** Nouns that say only "someone" in a who question (data: question-nouns.json genericPersons), folded. */
const GENERIC_PERSONS = new Set(questionNouns.genericPersons.map(fold));
/** Words that ask an exact answer ("précise", "exactement", "pile"), folded (data: question-nouns.json precisionWords). */
const PRECISION_WORDS = new Set(questionNouns.precisionWords.map(fold));
/** Words after "heure" that say which clock is read (data: question-nouns.json clockQualifiers), folded. */
const CLOCK_QUALIFIERS = new Set(questionNouns.clockQualifiers.map(fold));
/** Nouns that ask a model ("quel modèle", "quelle version"), folded (data: question-nouns.json modelNouns). */
const MODEL_NOUNS = new Set(questionNouns.modelNouns.map(fold));
/** Verbs and nouns of measuring, which frame a quantity question ("a duré", "mesure", "coûté"). */
const MEASURE_WORDS: string[] = quantityWords.measureFrame;
const WANTS_TIME = new RegExp(patterns.wantsTime);
const WANTS_YEAR = new RegExp(patterns.wantsYear);
/** A count of hours ("deux heures", "48 heures"), folded: a duration. */
const COUNTED_HOURS = new RegExp(`(?:^|[^a-z0-9])(?:\\d+|${Object.keys(timeWords.numbers).map((w) => escapeRegExp(fold(w))).join('|')})[\\s-]+heures?(?![a-z])`, 'g');
const ENGLISH = new RegExp(patterns.english);

export { questionKind } from './question-kind.js';

export { soundKey } from '../nlp/french.js';

/** Inverse document frequency of a term over sentences; terms the corpus lacks get the highest value. */
export function idf(vocab: Vocabulary, term: string): number {
  const df = vocab.df(term);
  const n = Math.max(1, vocab.sentenceCount);
  // A word the corpus lacks may be an inflection it spells otherwise ("tenu" / "tiendra"): it counts, but as a
  // rare word, not as the rarest possible one.
  if (df === 0) return TUNING.unseenTerm * bm25Idf(n, 1);
  return bm25Idf(n, df);
}

/** BM25's inverse document frequency of a term found in `df` of `n` sentences (smoothed by a half on each side). */
function bm25Idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** A name is worth about a rare word: as much as a word of the same rarity (its mentions stand for its document frequency), and at least as much as a common word, since it is what the question is about. */
function entityWeight(vocab: Vocabulary, id: number): number {
  const n = Math.max(1, vocab.sentenceCount);
  const df = Math.min(n, vocab.entityMentions(id));
  const rarity = bm25Idf(n, df);
  return Math.max(1, TUNING.nameRarity * rarity) * (vocab.entityType(id) === 'other' ? TUNING.untypedName : 1);
}

/** Words after which a noun is the one asked ("quel État"), folded (data: question-patterns.json askingDeterminers). */
const ASKING = new Set(patterns.askingDeterminers.map(fold));

/** True when a word and the next make a title ("Première ministre", "Premier ministre"). */
function isTitleStart(word: string, next: string | undefined): boolean {
  return !!next && FR.titles.has(`${word} ${next}`.toLowerCase());
}

/** Right before a ministry's domain: "ministre de l'", "ministère russe des", "secrétaire d'État aux". */
const MINISTRY_DOMAIN = /(?:minist(?:re|ère|ere)s?|secrétaire d['’]État|secretaire d['’]etat)(?:\s+[\p{Ll}-]+)?\s+(?:de\s+la|de\s+l['’]|des|du|de|à\s+la|aux|au|a\s+la)\s*$/iu;
const DOMAIN_REACH = 60;
/** The titles and the people's nouns of several words ("chef d'état", "homme d'église"), folded. */
const LONG_TITLES = [...new Set([...FR.titles, ...questionNouns.person].map(fold))].filter((t) => /[\s']/.test(t));

/** True when a word ends a title or a people's noun of several words ("chef d'État", "chef de l'État", "homme d'Église"). */
function isTitleEnd(text: string, tokens: Token[], i: number): boolean {
  const phrase = fold(text.slice(tokens[Math.max(0, i - 3)]!.start, tokens[i]!.end));
  return LONG_TITLES.some((t) => phrase.endsWith(t) && (phrase.length === t.length || /[\s']/.test(phrase[phrase.length - t.length - 1]!)));
}

/**
 * Whether an offset of the question falls in a phrase that works as a preposition ("à propos de", "au cours de") or
 * frames the question ("à quel moment de la journée", "fait état de").
 */
function framingPhrases(text: string): (at: number) => boolean {
  // Offsets kept: foldChars gives one unit per unit of the text.
  const folded = foldChars(text).toLowerCase().replace(/’/g, "'");
  const phrases: [number, number][] = [];
  for (const p of [...FR.prepositionalPhrases, ...FR.framePhrases]) {
    for (let i = folded.indexOf(p); i >= 0; i = folded.indexOf(p, i + 1)) if (i === 0 || !/\p{L}/u.test(folded[i - 1]!)) phrases.push([i, i + p.length]);
  }
  return (at: number) => phrases.some(([from, to]) => at >= from && at < to);
}

/** The entity the words after the first word and its "de" / "du" / "des" / "d'" in a span name on their own, if any. */
function innerEntity(tokens: Token[], i: number, len: number, text: string, vocab: Vocabulary): number | undefined {
  const of = tokens[i + 1];
  if (!of || len < 3 || !/^(?:de|du|des|d['’])$/iu.test(of.text)) return undefined;
  return vocab.entityByKey(nameKey(text.slice(tokens[i + 2]!.start, tokens[i + len - 1]!.end)));
}

/** The longest name a question may hold, in words. */
const MAX_NAME_WORDS = 6;

/** The corpus's entities the question names (longest names first: "Ana Ribeiro", "Costa Rica", then single words), and which tokens they cover. */
function questionNames(text: string, tokens: Token[], vocab: Vocabulary, kind: QuestionKind): { entities: Map<number, number>; used: boolean[]; honoured: Map<number, string> } {
  const entities = new Map<number, number>();
  const honoured = new Map<number, string>();
  const used = new Array<boolean>(tokens.length).fill(false);
  // Does the member capitalise names? Then a lower-case word is no name.
  const typedCase = tokens.some((t, i) => i > 0 && t.upper);
  // "la police a fait état de tirs": a lower-case word of a framing phrase is no name ("l'État balte" elsewhere).
  const inPhrase = framingPhrases(text);
  // The question's tokens with its elisions ("d'", "l'"), for a name read by the words before it.
  const allTokens = tokenize(text);
  for (let len = Math.min(MAX_NAME_WORDS, tokens.length); len >= 1; len--) {
    for (let i = 0; i + len <= tokens.length; i++) {
      if (used.slice(i, i + len).some(Boolean)) continue;
      const span = text.slice(tokens[i].start, tokens[i + len - 1].end);
      if (/[?!.;:,«»"]/.test(span)) continue;
      const key = nameKey(span);
      if (len === 1 && (FR.stopwords.has(key) || FR.questionWords.has(key) || EN.stopwords.has(key))) continue;
      let id = vocab.entityByKey(key);
      if (id === undefined && (len > 1 || tokens[i].upper)) id = vocab.entityBySound(soundKey(span));
      // "Legault, il a dit quoi ?": a family name alone names whom the text names only in full — asked of a speaker or a
      // person only (measured: where and when questions that name a person so lose as many answers as they gain).
      if (id === undefined && len === 1 && tokens[i].upper && (kind === 'quote' || kind === 'who')) id = vocab.entityByFamilyName?.(key);
      if (id === undefined) continue;
      const type = vocab.entityType(id);
      // A lower-case common word that happens to be a name elsewhere ("premier", "l'état d'urgence") is not a
      // name here — unless the member types every name in lower case.
      if (len === 1 && !tokens[i].upper && (type === 'other' || typedCase || inPhrase(tokens[i].start))) continue;
      // "Le crash de Charm el-Cheikh" of a corpus with a headline "Crash de Charm el-Cheikh : …": a name the member opens
      // on a lower-case word, the name after its "de" being one of its own, is that common noun and that name.
      // (Only a word the text says far more often than the name: "l'abbaye de Westminster" is the abbey's name.)
      if (len > 1 && typedCase && !tokens[i].upper && (type === 'other' || type === 'place') && vocab.df(termOf(tokens[i].text)) > TUNING.commonWordRatio * vocab.entityMentions(id)
        && innerEntity(tokens, i, len, text, vocab) !== undefined) continue;
      // "La cérémonie au Parlement de Strasbourg" of a corpus that names "le Parlement de Strasbourg" once (a heading) and
      // "Strasbourg" in most articles: a rare place or body whose words after its first word and "de" name a place the
      // text names far more often is that common noun and that place ("le Parlement européen à Strasbourg").
      // ("Albert de Monaco": a given name first is a person's title, no common noun.)
      const inner = len > 1 && (type === 'other' || type === 'place' || type === 'org') && !isGivenName(tokens[i]!.text) ? innerEntity(tokens, i, len, text, vocab) : undefined;
      if (inner !== undefined && vocab.entityType(inner) === 'place' && vocab.entityMentions(id) * TUNING.commonWordRatio < vocab.entityMentions(inner)) continue;
      // "la police" of a corpus with a caption "- POLICE": a lower-case word the text says far more often than the
      // name is the common word.
      if (len === 1 && !tokens[i].upper && vocab.df(termOf(tokens[i].text)) > TUNING.commonWordRatio * vocab.entityMentions(id)) continue;
      // "Les deux étudiants Norvégiens …" of "deux étudiants norvégiens seront jugés": a people's word right after
      // a common noun is its adjective, which the text may write in lower case; it counts as a word, not a name.
      // ("Les deux Norvégiens": after a number or an article it is the noun, the name of those people.)
      if (len === 1 && type === 'other' && isDemonym(tokens[i].text) && adjectiveAfterNoun(allTokens[allTokens.findIndex((t) => t.start === tokens[i]!.start) - 1])) continue;
      // "Dans quel État américain …" asks the noun; "la Première ministre" is a title: neither names anything.
      // "la télévision d'État" completes its noun, as in the text (entities.ts).
      if (len === 1 && (ASKING.has(fold(tokens[i - 1]?.text ?? '')) || isTitleStart(tokens[i]!.text, tokens[i + 1]?.text) || isTitleEnd(text, tokens, i) || nounOfState(text, allTokens, allTokens.findIndex((t) => t.start === tokens[i]!.start)))) continue;
      entities.set(id, Math.max(entities.get(id) ?? 0, entityWeight(vocab, id)));
      const tribute = TRIBUTE_BEFORE.exec(fold(text.slice(0, tokens[i].start)).replace(/’/g, "'"))?.[1];
      const tributeTerm = tribute !== undefined ? termOf(tribute) : undefined;
      if (tributeTerm !== undefined) honoured.set(id, tributeTerm);
      for (let k = i; k < i + len; k++) used[k] = true;
    }
  }
  return { entities, used, honoured };
}

/**
 * True when a token is a common noun a people's word may qualify: lower case, no function word, no number, no
 * participle ("naturalisés Canadiens" makes them Canadian: the noun).
 */
function adjectiveAfterNoun(before: Token | undefined): boolean {
  return !!before && /^\p{Ll}{3,}$/u.test(before.text) && !isStopword(before.text) && !NUMBER_WORDS.has(fold(before.text)) && !PARTICIPLE_ENDING.test(before.text);
}
/** Endings of a past participle ("arrivés", "nommée", "élus"). */
const PARTICIPLE_ENDING = /(?:é|ée|és|ées|us|ues|is|ies)$/u;
/** Number words ("trois", "vingt"), folded (data: fr-time.json numbers). */
const NUMBER_WORDS = new Set(Object.keys(timeWords.numbers).map((w) => fold(w)));

/** Right before a name, a tribute's noun, then "pour" or "en mémoire de" ("la messe … pour", "la minute de silence en hommage à"), folded: the noun captured. */
const TRIBUTE_BEFORE = new RegExp(`(?:^|[^a-z])(${questionNouns.tributeNouns.join('|')})(?:\\s+[a-z'-]+){0,3}\\s+(?:pour|${questionNouns.tributeLeads.map(escapeRegExp).join('|')})\\s*$`);

/** "se" or "s'", then a form of "être" or none, just before a word ("s'est passé", "se sont produits", "se passait"). */
const REFLEXIVE_BEFORE = /(?:^|[^\p{L}])s(?:e\s+|['’]\s*)(?:(?:est|etait|sont|etaient|sera|seront|serait|fut)\s+)?$/u;
/** Possessive determiners, folded: "sa femme" is a relation asked, not "someone". */
const POSSESSIVES = new Set(['sa', 'son', 'ses', 'leur', 'leurs', 'mon', 'ma', 'mes']);
/** "heure de " right before a town's name: the clock it is read on. */
const CLOCK_TOWN_BEFORE = /(?:^|[^\p{L}])heures?\s+(?:de\s+|d['’]\s*)$/iu;
const CLOCK_TOWN_REACH = 12;
/** "c'est arrivé", "ça arrive", "cela était arrivé": an impersonal subject (and its auxiliary) before "arriver". */
const IMPERSONAL_BEFORE = /(?:(?:^|[^\p{L}])c['’]\s*|(?:^|[^\p{L}])(?:ca|cela)\s+)(?:(?:est|etait|sera|serait)\s+)?$/u;

/**
 * The content terms of the words no name covers, with their weights; the frame words and speech verbs, which
 * count softly; and the capitalised words the corpus has never seen (names it does not know).
 */
function questionTerms(text: string, tokens: Token[], used: boolean[], vocab: Vocabulary, kind: QuestionKind, english: boolean) {
  const terms = new Map<string, number>();
  const soft = new Map<string, number>();
  const unknownNames: string[] = [];
  // "à propos des caricatures", "au cours de la nuit": the noun of a phrase that works as a preposition is no term.
  // Offsets kept: foldChars gives one unit per unit of the text.
  // "à quel moment de la journée": a phrase that frames the question, likewise.
  const inPhrase = framingPhrases(text);
  // "il s'appelait comment en entier ?", "c'est qui déjà ?": the words a spoken question ends with ask nothing.
  const fillers = fillersFrom(text);
  // "Qui est à la tête de la ville ?": "tête" says only that a head is asked (the role's words answer it).
  const heads = kind === 'who' && asksWhoHeads(text);
  tokens.forEach((t, i) => {
    if (used[i] || inPhrase(t.start)) return;
    const compound = /\p{L}-\p{L}/u.test(t.text);
    for (const part of t.text.split(/[-'’]/)) {
      if (!part) continue;
      const f = fold(part);
      if (isStopword(part)) continue;
      // "à quelle heure, heure de Paris ?": the town a clock is read in is no word of the fact asked, nor an unknown name.
      if (kind === 'when' && t.upper && CLOCK_TOWN_BEFORE.test(text.slice(Math.max(0, t.start - CLOCK_TOWN_REACH), t.start))) continue;
      // "C'est qui le type qui a …": a noun that says only "someone" frames a who question.
      // "la femme de X" is his wife: followed by "de", the noun is a relation asked; "le mec de chez X" is someone.
      // ("Sa femme, elle s'appelle comment ?": after a possessive too.)
      const someone = kind === 'who' && GENERIC_PERSONS.has(f) && (!/^(?:de|du|des|d['’])$/i.test(tokens[i + 1]?.text ?? '') || fold(tokens[i + 2]?.text ?? '') === 'chez')
        && !POSSESSIVES.has(fold(tokens[i - 1]?.text ?? ''));
      // "À quelle heure précise …", "quel jour exactement", "où exactement", "il a dit quoi exactement", "juste avant",
      // "au final": asking an exact answer frames the question.
      // "À quelle heure locale …": which clock the time is read on frames it too.
      const precisely = PRECISION_WORDS.has(f) || t.start >= fillers || (heads && f === 'tete')
        || (kind === 'when' && CLOCK_QUALIFIERS.has(f) && /heures?\s+$/iu.test(text.slice(Math.max(0, t.start - CLOCK_REACH), t.start)));
      // "c'était quel modèle ?": the text names the model ("un T-MAX"); a corpus that never says "modèle" is not asked to.
      const modelAsked = kind === 'what' && MODEL_NOUNS.has(f) && !vocab.df(termOf(part));
      // "ça s'est passé quand ?", "où s'était produit le choc ?": to happen frames the question ("il a passé 70 jours"
      // does not).
      // "C'est arrivé quel jour ?": so does "arriver" after an impersonal subject ("il est arrivé à Paris" does not).
      const happens = (FR.happenVerbs.has(f) && REFLEXIVE_BEFORE.test(fold(text.slice(0, t.start))))
        || (FR.impersonalHappenVerbs.has(f) && IMPERSONAL_BEFORE.test(fold(text.slice(0, t.start))));
      if (FR.questionWords.has(f) || FR.frameWords.has(f) || someone || precisely || modelAsked || happens || (kind === 'quote' && SPEECH_FORMS.has(f))) {
        if (FR.frameWords.has(f) || someone || precisely || modelAsked || happens || SPEECH_FORMS.has(f)) {
          const term = fold(stem(part));
          soft.set(term, TUNING.frameWord * idf(vocab, term));
        }
        continue;
      }
      if (english && EN.stopwords.has(f)) continue;
      const translated = english ? EN.words.get(f) : undefined;
      const candidates = translated ?? [part];
      let known = false;
      for (const c of candidates) {
        if (translated && (FR.frameWords.has(fold(c)) || SPEECH_FORMS.has(fold(c)))) {
          soft.set(fold(stem(c)), TUNING.frameWord * idf(vocab, fold(stem(c))));
          continue;
        }
        // As the index reads it: "né" stays a word though it folds to the stop word "ne" — but not as the end of a
        // compound ("nouveau-né"), where it says nothing of its own.
        const term = compound && FR.stopwords.has(fold(stem(c))) ? '' : termOf(c);
        if (!term) continue;
        const df = vocab.df(term);
        if (english && !translated && df === 0) continue; // an English word we cannot translate says nothing
        known = known || df > 0;
        terms.set(term, Math.max(terms.get(term) ?? 0, idf(vocab, term) / (translated ? Math.sqrt(candidates.length) : 1)));
      }
      // "arrêté en Angleterre" of a corpus that says "la police britannique": a country the corpus names by its people
      // is no unknown name; its people's adjective stands for it, as a word the sentence need not say.
      const people = !known && t.upper ? [...new Set(peopleOf(part).flatMap((d) => DEMONYM_FORMS.map((end) => termOf(d + end))))].filter((p) => p && vocab.df(p) > 0) : [];
      if (people.length) {
        known = true;
        terms.delete(termOf(part));
        for (const p of people) soft.set(p, TUNING.frameWord * idf(vocab, p));
      }
      // A capitalised word inside the question (not its first: every sentence starts with a capital) that the
      // corpus has never seen is a name it does not know.
      // "d'après RTL", "selon Reuters": the source a member read it in, not what the question is about.
      const source = /(?:d['’]apr[eè]s|selon)\s+(?:l['’]|le |la |les )?$/i.test(text.slice(Math.max(0, t.start - 12), t.start));
      const inside = i > 0;
      // "St-Barth" for "Saint-Barthélemy": a short form of a word the corpus holds is no unknown name.
      const shortForm = part.length >= MIN_SHORT_FORM && !!vocab.startsATerm?.(f);
      // "Dans quel Land …": the noun a "quel" asks is a kind of answer, capitalised or not.
      const askedNoun = /(?:^|[^\p{L}])quel(?:le)?s?\s+$/iu.test(text.slice(Math.max(0, t.start - QUEL_REACH), t.start));
      // "le ministère russe des Affaires étrangères", "la ministre de l'Intérieur": a ministry's domain, written with a
      // capital, is no name (the text may say "la diplomatie russe").
      const domain = MINISTRY_DOMAIN.test(text.slice(Math.max(0, t.start - DOMAIN_REACH), t.start)) || (i > 0 && tokens[i - 1]!.upper && MINISTRY_DOMAIN.test(text.slice(Math.max(0, tokens[i - 1]!.start - DOMAIN_REACH), tokens[i - 1]!.start)));
      if (!known && t.upper && inside && !/^\d/.test(part) && !(english && translated) && !source && !shortForm && !askedNoun && !domain && !isTitleEnd(text, tokens, i)) unknownNames.push(part);
    }
  });
  return { terms, soft, unknownNames };
}

/** The adjective right after "quel NOUN" of the noun asked ("quel édifice religieux" → "religieux"), folded. */
function nounAdjective(folded: string, noun: string): string | undefined {
  const m = QUEL_NOUN_ADJECTIVE.exec(folded);
  if (!m || fold(m[1]!).replace(/[sx]$/, '') !== noun.replace(/[sx]$/, '') || isStopword(m[2]!)) return undefined;
  return ADJECTIVE_END.test(m[2]!) ? m[2] : undefined;
}
/** "quel(le)(s) NOUN WORD", folded. */
const QUEL_NOUN_ADJECTIVE = /(?:^|[^a-z])quel(?:le)?s?\s+([a-z-]+)\s+([a-z-]{4,})(?![a-z'-])/;
/** Endings of adjectives (data: question-nouns.json adjectiveEndings), folded. */
const ADJECTIVE_END = new RegExp(`(?:${questionNouns.adjectiveEndings.join('|')})$`);

/** "au public", "aux journalistes", "à la foule": whom something is said to, folded (captured: the noun). */
const AUDIENCE_ASKED = /(?:^|[^a-z])(?:au|aux|a\s+la|a\s+l'|a\s+ses|a\s+son|a\s+sa|a\s+leurs?)\s*([a-z]{3,})(?![a-z])/g;
/** Nouns of an audience that are no person's noun (data: question-nouns.json audienceNouns), folded. */
const AUDIENCE_NOUNS = new Set(questionNouns.audienceNouns.map(fold));

/** "Combien de temps a duré …": the measure asked and its verb frame the question; the answer need not repeat them. */
function softenMeasureWords(terms: Map<string, number>, soft: Map<string, number>): void {
  softenWords(MEASURE_WORDS, terms, soft);
}

/** Moves the terms of some frame words from the question's content terms to its soft ones, at a measure word's weight. */
function softenWords(words: readonly string[], terms: Map<string, number>, soft: Map<string, number>): void {
  for (const w of words) {
    const term = fold(stem(w));
    const weight = terms.get(term);
    if (weight === undefined) continue;
    terms.delete(term);
    soft.set(term, TUNING.measureWord * weight);
  }
}

/**
 * A number's term and the term of its figure, both ways ("quatr" ↔ "4"), for the number words above one
 * (data: fr-time.json numbers): "les quatre ados" and "4 victimes" say the same count.
 */
const NUMBER_TERMS = (() => {
  const out = new Map<string, string>();
  for (const [word, value] of Object.entries(timeWords.numbers)) {
    if (value < 2) continue;
    const term = termOf(word);
    if (!term) continue;
    out.set(term, String(value));
    if (!out.has(String(value))) out.set(String(value), term);
  }
  return out;
})();

/** The folded stems of the verbs that head something ("dirige", "présidait"; data: fr-answer-words.json headVerbStems). */
const HEAD_VERB_STEMS: readonly string[] = answerWords.headVerbStems;

/**
 * "Le patron d'Air France …, c'était qui ?": a role the corpus never writes is matched by the one-word roles that
 * hold it ("le PDG d'Air France"), as a synonym is, and weighs as the rarest of them.
 */
function roleAlternatives(noun: string, terms: Map<string, number>, alternatives: Map<string, { of: string; factor: number }>, vocab: Vocabulary): void {
  const own = termOf(noun);
  const weight = own !== undefined ? terms.get(own) : undefined;
  if (own === undefined || weight === undefined || vocab.df(own) > 0) return;
  const forms = addRoleAlternatives(own, narrowerRoles(noun), terms, alternatives, vocab).map((t) => idf(vocab, t));
  if (forms.length) terms.set(own, Math.min(weight, Math.max(...forms)));
}

/** Makes the one-word roles the corpus writes alternatives of a term, as synonyms are; returns the terms added. */
function addRoleAlternatives(of: string, roles: Iterable<string>, terms: Map<string, number>, alternatives: Map<string, { of: string; factor: number }>, vocab: Vocabulary): string[] {
  const added: string[] = [];
  for (const role of roles) {
    const t = /\s/.test(role) ? undefined : termOf(role);
    if (t === undefined || terms.has(t) || alternatives.has(t) || vocab.df(t) === 0) continue;
    alternatives.set(t, { of, factor: TUNING.synonymFactor });
    added.push(t);
  }
  return added;
}

/**
 * Other written forms of the question's terms that the corpus holds (synonyms, word family), with the factor a
 * match through them counts for. A term the corpus writes only another way weighs as its rarest written form.
 */
function termAlternatives(terms: Map<string, number>, vocab: Vocabulary, text = ''): { alternatives: Map<string, { of: string; factor: number }>; shared: Map<string, string[]> } {
  const alternatives = new Map<string, { of: string; factor: number }>();
  const shared = new Map<string, string[]>();
  const offer = (alt: string, of: string, factor: number) => {
    if (terms.has(alt) || vocab.df(alt) === 0) return;
    const before = alternatives.get(alt);
    if (before && before.of !== of && before.factor === factor) shared.set(alt, [...(shared.get(alt) ?? [before.of]), of]);
    if ((before?.factor ?? 0) >= factor) return;
    alternatives.set(alt, { of, factor });
    shared.delete(alt);
  };
  // "Boric a confié l'organisation des funérailles à quel ministre ?": a verb whose object gives it another sense than
  // its group's (data: objectSenseVerbs) matches no word of that group.
  const otherSense = objectSenseTerms(text);
  for (const [term, weight] of terms) {
    if (!otherSense.has(term)) for (const r of relatedTerms(term)) offer(r, term, TUNING.synonymFactor);
    const figure = NUMBER_TERMS.get(term);
    if (figure) offer(figure, term, 1);
    if (vocab.df(term) === 0 && vocab.family) for (const f of vocab.family(term)) offer(f, term, TUNING.familyFactor);
    if (vocab.df(term) === 0) {
      const forms = [...alternatives].filter(([, a]) => a.of === term).map(([alt]) => idf(vocab, alt));
      if (forms.length) terms.set(term, Math.min(weight, Math.max(...forms)));
    }
  }
  return { alternatives, shared };
}

/** A word right after a verb that makes what follows its object: a determiner (folded). */
const OBJECT_DETERMINER = /^(?:l'|la|le|les|un|une|des|du|son|sa|ses|leur|leurs|cette|ce|ces)$/;
/** The analysed terms of the question's verbs of objectSenseVerbs written with an object right after them. */
function objectSenseTerms(text: string): Set<string> {
  const out = new Set<string>();
  const words = text.toLowerCase().replace(/’/g, "'").split(/\s+|(?<=')/);
  for (let i = 0; i + 1 < words.length; i++) {
    if (!OBJECT_DETERMINER.test(fold(words[i + 1]!))) continue;
    const term = termOf(words[i]!);
    if (term !== undefined && isObjectSenseTerm(term)) out.add(term);
  }
  return out;
}

/** A description rather than a name after "Qui est": it opens on a determiner ("le maire de …", "l'auteur …"). */
const DESCRIPTION = /^(?:le|la|les|l'|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|celui|celle|ceux)(?:\s|(?<=')\S)/;

/** Letters, at least, of a capitalised word read as the short form of a longer word of the corpus. */
const MIN_SHORT_FORM = 4;

/** A relative clause after "c'est qui" ("… qui conduisait le train", "… que la police recherche"). */
const RELATIVE = /^(?:qui|que|qu'|dont)(?:\s|(?<=')\S)/;

/** Longest name, in words, taken as the unknown person of "Qui est X ?". */
const MAX_UNKNOWN_NAME_WORDS = 4;

/** "Qui est X ?": the entity X is, or X as typed when the corpus does not know it. */
function whoIsTarget(folded: string, entities: Map<number, number>, terms: Map<string, number>, vocab: Vocabulary, text: string): { whoIs?: number; whoIsUnknown?: string } {
  const w = WHO_IS.exec(folded);
  if (!w?.groups?.name) return {};
  // "Qui est arrivé à Tartu ?", "Qui est mort dans l'accident ?": a past participle and its complement tell a fact, no name.
  if (PARTICIPLE_THEN_COMPLEMENT.test(text.replace(/^.*?(?<![\p{L}])(?:est|était|sont|étaient)\s+/iu, ''))) return {};
  const target = w.groups.name.replace(/^(m|mme|mr|mrs|ms|dr)\.?\s+/, '');
  const ids = [...entities.keys()].filter((id) => vocab.entityType(id) === 'person' || vocab.entityType(id) === 'org');
  const direct = vocab.entityByKey(nameKey(target)) ?? vocab.entityBySound(soundKey(target));
  if (direct !== undefined) return { whoIs: direct };
  if (ids.length === 1 && terms.size === 0) return { whoIs: ids[0] };
  // "Qui est le maire de X ?" asks for the one a description fits, "C'est qui qui conduisait ?" for the one who
  // did: only a name can be unknown to the corpus.
  if (DESCRIPTION.test(target) || RELATIVE.test(target)) return {};
  if (!ids.length && target.split(/\s+/).length <= MAX_UNKNOWN_NAME_WORDS) return { whoIsUnknown: target };
  return {};
}

/** A lower-case past participle then a preposition or an article ("arrivé à", "mort dans", "partis de"). */
const PARTICIPLE_THEN_COMPLEMENT = /^\p{Ll}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|t|te|ts|tes)\s+(?:à|a|au|aux|en|de|du|des|d['’]|dans|par|sur|chez|avec|pour|après|avant|le|la|les|l['’])(?![\p{L}])/u;

/** A word in capitals of two to six letters: perhaps a short form ("CDM", "ONU"). */
const SHORT_FORM = /(?<![\p{L}\p{N}])(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,6})(?![\p{L}\p{N}])/gu;

/**
 * "La finale de la CDM": a short form the corpus never writes, of a name it holds ("Coupe du Monde"), is read as
 * that name spelt out, so that its words match the sentences that spell it.
 */
function expandShortForms(text: string, vocab: Vocabulary): string {
  return text.replace(SHORT_FORM, (written) => {
    // ("B.O.": initials with their dots are the short form "BO".)
    const word = written.replace(/\./g, '');
    if (word !== written && vocab.entityByKey(nameKey(written)) !== undefined) return written;
    if (vocab.df(fold(stem(word))) > 0 || vocab.entityByKey(nameKey(word)) !== undefined) return word;
    // "le PC des pompiers": a common noun's short form (data: commonShortForms), when the corpus writes its words.
    const common = FR.commonShortForms.get(word);
    if (common !== undefined && terms(common).every((t) => vocab.df(t) > 0)) return common;
    return vocab.expansionOf?.(word) ?? written;
  });
}

/**
 * Analyses a question: its kind, the entities it names (by alias, case-insensitively, or by transliteration),
 * its content terms with weights, English words mapped to French terms, and any name the corpus never mentions.
 * Never throws, whatever the text.
 */
export function analyzeQuestion(input: string, vocab: Vocabulary): AnalyzedQuestion {
  const cleaned = expandShortForms(standardize(cleanQuestion(input)), vocab);
  const english = ENGLISH.test(fold(cleaned));
  const text = english ? frenchCountryNames(cleaned) : cleaned;
  const folded = fold(text);
  const type = questionType(text);
  const kind = type.kind;
  const tokens = tokenize(text).filter((t) => !isElision(t));
  const { entities, used, honoured } = questionNames(text, tokens, vocab, kind);
  const { terms, soft, unknownNames } = questionTerms(text, tokens, used, vocab, kind, english);
  if (type.expects === 'quantity') softenMeasureWords(terms, soft);
  // "Il est poursuivi pour quel chef d'accusation ?": the nouns that ask the charge frame the question.
  if (chargeAsked(text)) softenWords(CHARGE_NOUNS, terms, soft);
  // "Qu'a dit X au public du stade ?": whom words were said to frames a quote question; the sentence that quotes them
  // may call them otherwise ("à ses fans").
  // (Not people: "à ses supporters", "aux auteurs de l'attentat" are most often written as the question writes them.)
  if (kind === 'quote') softenWords([...folded.matchAll(AUDIENCE_ASKED)].map((m) => m[1]!).filter((w) => AUDIENCE_NOUNS.has(w)), terms, soft);
  // "Dans quel édifice religieux …": an adjective of the noun asked says its kind, which the answer's own noun says
  // ("la cathédrale Saint-Aubin"); the sentence need not repeat it.
  const kindAdjective = type.noun && (kind === 'where' || kind === 'who') ? nounAdjective(folded, type.noun) : undefined;
  if (kindAdjective) softenWords([kindAdjective], terms, soft);
  const { alternatives, shared: sharedAlternatives } = termAlternatives(terms, vocab, text);
  if (kind === 'who' && type.noun) roleAlternatives(type.noun, terms, alternatives, vocab);
  // "Dans quelle ville le patron de Balti Lennud s'est-il exprimé ?": a role the question names (not the one it asks) is
  // matched by the roles that hold it too ("le PDG de Balti Lennud"), when the corpus never writes it.
  for (const word of new Set(fold(text).split(/[^a-z-]+/))) {
    if (word && word !== type.noun && narrowerRoles(word).size) roleAlternatives(word, terms, alternatives, vocab);
  }
  // "C'est qui le gars qui a tiré ?": "le tireur" says the verb's fact.
  if (type.agentVerb) {
    const verb = termOf(type.agentVerb);
    for (const noun of agentNouns(type.agentVerb)) {
      const t = termOf(noun);
      if (verb !== undefined && t !== undefined && terms.has(verb) && !terms.has(t) && !alternatives.has(t) && vocab.df(t) > 0) alternatives.set(t, { of: verb, factor: TUNING.synonymFactor });
    }
  }

  // "Qui dirige l'agence ?" of "X, le patron de l'agence": a heading role says the heading verb's fact, when the corpus
  // never writes the verb nor a word of its family (as a role the corpus never writes is matched by those that hold it).
  if (asksWhoHeads(text)) {
    const written = (verb: string) => vocab.df(verb) > 0 || [...alternatives].some(([alt, a]) => a.of === verb && vocab.df(alt) > 0);
    for (const verb of [...terms.keys()].filter((t) => HEAD_VERB_STEMS.some((s) => t.startsWith(s)) && !written(t))) addRoleAlternatives(verb, headRoles(), terms, alternatives, vocab);
  }

  // A bare name ("Ana Ribeiro ?") asks who that is.
  if (kind === 'what' && entities.size === 1 && terms.size === 0 && soft.size === 0 && used.every(Boolean)) {
    const [id] = [...entities.keys()];
    if (vocab.entityType(id) === 'person') return { text, kind: 'who', expects: 'person', english, whoIs: id, wantsTime: false, wantsYear: false, entities, terms, unknownNames, soft, alternatives: new Map() };
  }
  const { whoIs, whoIsUnknown } = kind === 'who' ? whoIsTarget(folded, entities, terms, vocab, text) : {};
  const excepted = exceptedWords(folded);

  return {
    text,
    kind,
    expects: type.expects,
    ...(type.noun ? { noun: type.noun } : {}),
    ...(type.agent ? { agent: true } : {}),
    english,
    whoIs,
    whoIsUnknown,
    // ("sous les deux heures", "en 48 heures": hours counted are a duration, no time of day asked.)
    wantsTime: type.expects === 'time' || WANTS_TIME.test(folded.replace(COUNTED_HOURS, ' ')),
    wantsYear: WANTS_YEAR.test(folded),
    entities,
    terms,
    unknownNames,
    soft,
    alternatives,
    sharedAlternatives,
    ...(honoured.size ? { honoured } : {}),
    ...(excepted.length ? { excepted } : {}),
  };
}
