import { FR, fold, hasSpeechForm, isAuxiliary, SPEECH_FORMS, DESCRIPTION_STEMS } from './french.js';
import { tokenize, isElision, type Token } from './tokens.js';
import type { EntityType } from './entities.js';
import { escapeRegExp } from '../regexp.js';
import { sexOfGivenName } from './given-names.js';
import timeWords from './data/fr-time.json' with { type: 'json' };

/** A description verb's form may run this many letters past its stem ("déclar" → "déclarait"). */
const DESCRIPTION_ENDING = 5;
/** Words looked at before a speech verb for its auxiliary ("a tenu à dire"). */
const AUXILIARY_REACH = 5;
/** Words after "aux"/"à" in which a name makes the phrase an addressee ("aux journalistes X"). */
const ADDRESSEE_WORDS = 4;
/** An incise inside a quotation: a comma, a verb joined to its subject pronoun, then a comma or a full stop (", dit-il."). */
const INNER_INCISE = /,\s*(\p{L}+)-(?:t-)?(il|elle)\s*[.,]/u;
/** Characters of statement at least before an incise inside a quotation. */
const MIN_INCISE_LEAD = 10;
/** Characters after a titled phrase in which its comma may open the name set beside it. */
const TITLE_RUN_ON = 40;
/** Characters between a comma (or "que") and the name or quotation that follows it. */
const NAME_AFTER_COMMA = 3;
/** Shortest reported content, in characters. */
const MIN_CONTENT = 8;
/** Shortest content of an inverted report ("Content, a déclaré X."), in characters. */
const MIN_INVERTED_CONTENT = 30;
/** A quotation of two to six capitalised words (particles aside): a title or a name ("« Daily Courier »"), no statement. */
const QUOTED_TITLE = /^\s*\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|du|des|la|le|les|of|the|and|et)\s+)?\p{Lu}[\p{L}'’-]*){1,5}\s*$/u;
/** Between a quotation and a verb after it (folded): a subject pronoun or a relative, the verb's own subject (not an inverted one: "», se plaisait-il à dire"). */
const SUBJECT_BEFORE_VERB = /(?:^|[^a-z'-])(?:il|elle|ils|elles|on|je|nous|vous|qui|dont|laquelle|lequel|lesquels|lesquelles)(?![a-z'-])/;

/** A name mention of a sentence, resolved to an entity. */
export interface Mention {
  entity: number;
  type: EntityType;
  start: number;
  end: number;
}

/** A sentence as the speech reader needs it. */
export interface SpeechSentence {
  text: string;
  mentions: Mention[];
  /** The sentence's tokens when already computed. */
  tokens?: Token[];
}

/** Something said in a sentence, with who said it. */
export interface SpeechAct {
  /** Index of the sentence in the paragraph. */
  sentence: number;
  /** The speaker as written ("la ministre portugaise", "Ana Ribeiro", "elle"). */
  speakerText: string;
  /** The entity the speaker resolves to, when it does. */
  entity?: number;
  /** What was said: the quotation, or the clause after "que" for indirect speech. */
  text: string;
  direct: boolean;
  /** The folded speech verb ("declare", "dit", "selon"). */
  verb: string;
}

/** Resolves a descriptive speaker ("la ministre portugaise") to a person by the descriptions read in the corpus. */
export type DescriptionResolver = (description: string) => number | undefined;

/**
 * A quotation in « », “ ” or " " — or opened by « and never closed before the text ends (a page cut short) — or in
 * ‘ ’, whose closing mark is no apostrophe when no letter follows it ("‘… l’entière responsabilité’, a-t-il ajouté").
 */
const QUOTE = /«\s*([^»]+?)\s*»|“([^”]+)”|"([^"\n]+)"|«\s*([^»]{20,}?)\s*$|‘((?:[^‘’]|’(?=\p{L}))+)’(?!\p{L})/gu;
/** A time word or a figure between a speech verb and its speaker ('a déclaré lundi 3 X'), folded. */
/** Words that date a report, folded ("mercredi", "hier", "mars"): a speaker's phrase ends before one. */
const DATING_WORDS = new Set([...timeWords.weekdays, ...Object.keys(timeWords.dayWords).filter((w) => !/\s/.test(w)), ...timeWords.months.flatMap((m) => m.names)].map(fold));
const isTimeWord = (folded: string) => FR.speakerSkipWords.has(folded) || /^\d+$/.test(folded);

/**
 * A phrase that is no subject: one opened by a preposition ("pour sa part", "en marge de …", "de son côté"), folded;
 * "des"/"de nombreux" open subjects ("Des habitants, furieux, ont affirmé …").
 */
const NOT_SUBJECT = /^(?:pour|du|selon|d'apres|dans|lors|apres|avant|en|a|au|aux|depuis|vers|sur|par|chez|outre|malgre|de (?:son|sa|ses|leur|leurs|mon|ma|mes|notre|votre|la part|l'avis|l'autre)\b)/;

/** The opening of a phrase that cannot name a speaker (folded): a preposition, a subordinator, a quotation mark. */
const NO_SPEAKER = new RegExp(`${NOT_SUBJECT.source}|^(?:que|qu'|qui|quoi|dont|si|comme|lorsqu|quand|present|presente|presents|presentes|["«»“”])`);

/** A subject pronoun joined to its verb ("a-t-il", "déclare-t-elle", "confiait-il", "dit-on"). */
const INVERSION = /-(?:t-)?(?:il|elle|ils|elles|on)$/;
/** "la procureure, " before "qui a répondu": a definite phrase whose head (group 2) may be a title. */
const TITLED_ANTECEDENT = /(?<!\p{L})((?:le|la|les|l['’])\s*([\p{L}-]+)(?:\s+[\p{L}'’-]+){0,4}?)\s*,\s*$/u;
/** A verb token folded, without the pronoun joined to it ("confiait-il" → "confiait"). */
const verbOf = (t: Token): string => fold(t.text).replace(INVERSION, '');
const isSpeechWord = (t: Token | undefined): boolean => {
  if (!t) return false;
  const f = verbOf(t);
  return SPEECH_FORMS.has(f) || DESCRIPTION_STEMS.some((s) => f.startsWith(s) && f.length <= s.length + DESCRIPTION_ENDING);
};
const isAux = (t: Token | undefined) => !!t && isAuxiliary(t.text);
/** Tokens at most between an auxiliary and its speech participle across an insert ("a quant à lui déclaré"). */
const INSERT_REACH = 4;
/** Phrases that may stand between an auxiliary and a speech participle ("a pour sa part déclaré"), folded, one or more. */
// The time words a speaker phrase skips ("a déclaré lundi X") stand there too ("a lundi déclaré").
const SPEECH_INSERT = new RegExp(`^(?:(?:${[...FR.speechInserts, ...FR.speakerSkipWords].map((w) => escapeRegExp(fold(w)).replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|')})\\s*)+$`);
/** The auxiliary of the speech participle at `i`: right before it, or before an insert ("a de son côté raconté"); else -1. */
function auxiliaryOf(text: string, tokens: Token[], i: number): number {
  if (isAux(tokens[i - 1])) return i - 1;
  for (let j = i - 2; j >= Math.max(0, i - 1 - INSERT_REACH); j--) {
    if (isAux(tokens[j])) return SPEECH_INSERT.test(fold(text.slice(tokens[j].end, tokens[i].start)).replace(/,/g, ' ').trim()) ? j : -1;
  }
  return -1;
}
const inverted = (t: Token | undefined) => !!t && INVERSION.test(fold(t.text));
/** "», se plaisait-il à nuancer", "», tenait-elle à préciser": an inverted verb, then "à" or "de" before the speech verb at `i`. */
const invertedBefore = (tokens: Token[], i: number) => /^(?:a|à|de|d['’])$/i.test(tokens[i - 1]?.text ?? '') && inverted(tokens[i - 2]);

/** The sex a subject pronoun says, folded. */
const PRONOUN_SEX = new Map<string, 'm' | 'f'>([['il', 'm'], ['ils', 'm'], ['elle', 'f'], ['elles', 'f']]);
/** True for a subject pronoun of the third person ("il", "elles"), folded. */
export function isSubjectPronoun(folded: string): boolean {
  return PRONOUN_SEX.has(folded);
}
/** The pronoun of an inverted verb ("a-t-elle", "déclare-t-il", "a-t-elle répondu"), 'il' when none is read. */
function invertedPronoun(tokens: Token[], i: number): string {
  for (const t of [tokens[i], tokens[i - 1], tokens[i - 2]]) {
    const m = t ? /-(?:t-)?(il|elle|ils|elles|on)$/i.exec(t.text) : null;
    if (m) return m[1]!.toLowerCase();
  }
  return 'il';
}
/** The sex a speaker's phrase says by its article ("la juge X", "le juge X") or its given name ("Marie X"), folded phrase. */
export function sexOfPhrase(folded: string, named: string): 'm' | 'f' | undefined {
  const pronoun = PRONOUN_SEX.get(folded.trim());
  if (pronoun) return pronoun;
  const article = /^(la|une|cette|le|un|ce|cet)\s/.exec(folded)?.[1];
  if (article) return /^(la|une|cette)$/.test(article) ? 'f' : 'm';
  return sexOfGivenName(named.split(/\s+/)[0] ?? '');
}

/** What the reader carries from one sentence of a paragraph to the next. */
interface ParagraphState {
  acts: SpeechAct[];
  lastPerson: number | undefined;
  /** The sentence that last named a person (or spoke of one). */
  lastPersonAt?: number;
  /** A quotation alone in its sentence that no one was found to have said yet. */
  unattributed?: { sentence: number; pieces: { sentence: number; text: string }[] };
  /** The person a sentence with a speech verb named as its subject, with that sentence: "X a raconté … ." */
  lastTeller?: { entity: number; speakerText: string; sentence: number };
  lastSpeaker: { speakerText: string; entity?: number; sentence: number; sex?: 'm' | 'f' } | undefined;
  /** The sex the phrase of the speaker a sentence names says ("la juge X", "Marie X"), when it says one. */
  speakerSex?: { sentence: number; sex: 'm' | 'f' | undefined };
  /**
   * A quotation the last sentence left open ("« Nous étions sur place depuis minuit." then "Les pluies sont
   * arrivées vers 2 heures », a-t-il dit."): its speaker when known, else its pieces waiting for one.
   */
  openQuote?: { sentence: number; speaker?: Speaker; pending: { sentence: number; text: string }[]; guessed?: { sentence: number; text: string }[] };
  entityType: (id: number) => EntityType;
  resolveDescription: DescriptionResolver;
  /** The people named so far, the last named last: a pronoun of one sex goes back past a person of the other. */
  persons: number[];
  /** The sex a person's name says (its given name), if it says one. */
  sexOf: (id: number) => 'm' | 'f' | undefined;
}

/** A lone word in lower case that is no pronoun ("pouvant", "ému"): no noun phrase a speaker is named by. */
function bareWord(np: string): boolean {
  const word = np.trim();
  const f = fold(word);
  return /^\p{Ll}[\p{L}-]*$/u.test(word) && !FR.pronouns.has(f) && !FR.demonstrativeSpeakers.has(f) && !FR.speakingPronouns.has(f) && !/^(?:qui|lequel|laquelle)$/.test(f);
}

/** A speaker as written, with the entity it resolves to. */
type Speaker = { speakerText: string; entity?: number };

/** A quotation of a sentence: its span, its words, and whether it goes on from the sentence before or after this one. */
interface Quotation {
  start: number;
  end: number;
  inner: string;
  /** It opens in an earlier sentence ("… depuis minuit. Les pluies sont arrivées vers 2 heures », a-t-il dit."). */
  continued?: boolean;
  /** It is not closed before the sentence ends. */
  open?: boolean;
}

/** From a quotation's opening mark to a name its speaker gives themself ("« Moi, "). */
const SELF_NAMED_BEFORE = /^[«"“‘\s]*moi\s*,\s*$/iu;
/** What stands between a quotation and the verb of its incise: a comma, and an auxiliary ("», a confié"). */
const INCISE = /^\s*,\s*(?:\p{L}+\s+)?$/u;
/** "Il vient témoigner à France Bleu : « … »", "X a tenu à rappeler que …": a speech infinitive after a verb that leads into it. */
function semiAuxiliaryBefore(tokens: Token[], i: number): boolean {
  if (!/(?:er|ir|re)$/iu.test(tokens[i]!.text)) return false;
  const before = fold(tokens[i - 1]?.text ?? '');
  if (SEMI_AUXILIARIES.has(before)) return true;
  return (before === 'a' || before === 'de' || before === "d'") && SEMI_AUXILIARIES.has(fold(tokens[i - 2]?.text ?? ''));
}
/** Verbs that lead into an infinitive ("vient", "tient à"), folded (data: fr-lexicon.json semiAuxiliaries). */
const SEMI_AUXILIARIES = new Set(FR.semiAuxiliaries);
/** "« … », se souvient X": a speech verb behind a reflexive pronoun right after the quotation's comma. */
function reflexiveAfterComma(text: string, tokens: Token[], i: number): boolean {
  const pronoun = tokens[i - 1];
  return !!pronoun && /^(?:se|s['’])$/iu.test(pronoun.text) && /^\s*[»"”]?\s*,\s*$/.test(text.slice(tokens[i - 2]?.end ?? 0, pronoun.start));
}
/** Forms that report words only after "se" and a quotation's comma (data: fr-lexicon.json reflexiveAfterQuotation), folded. */
const REFLEXIVE_REPORTS = new Set<string>(FR.reflexiveAfterQuotation);
/** "« … », s'est réjoui X", "« … », se félicite X": such a form behind "se" (and "est"), right after the quotation's comma. */
function reflexiveReport(text: string, tokens: Token[], i: number): boolean {
  if (!REFLEXIVE_REPORTS.has(verbOf(tokens[i]!))) return false;
  const j = /^(?:est|sont|était|étaient)$/iu.test(tokens[i - 1]?.text ?? '') ? i - 2 : i - 1;
  const pronoun = tokens[j];
  return !!pronoun && /^(?:se|s['’])$/iu.test(pronoun.text) && /^\s*[»"”]\s*,\s*$/.test(text.slice(tokens[j - 1]?.end ?? 0, pronoun.start));
}
/** An opening guillemet right after a word and before a comma, a semicolon or a full stop: a closing one mistyped. */
const MISTYPED_CLOSING = /(?<=[\p{L}\d.!?…]\s?)«(?=\s*[,;.](?:\s|$))/gu;
/** "Cette image (forte) a été utilisée par l'ambassadeur …," — a sentence telling who said the quotation before it. */
const SAID_BY_AFTER = /^\s*(?:cette|ces|ce)\s+(?:phrase|image|formule|expression|citation|d[ée]claration|mots|paroles|propos)s?\b(?:\s+[\p{L}-]+)?\s+(?:a|ont|avait|avaient)\s+(?:[ée]t[ée]\s+)?(?:prononc|utilis|lanc|employ|tenu|[ée]crit|publi)[\p{L}]*\s+par\s+/iu;
/**
 * "C'est par ces mots que le président X s'est exprimé", "Tels sont les mots, emplis de désarroi, que la chanteuse X a
 * publiés", "Ce sont les seuls mots qu'a prononcés le tireur": a sentence telling, after "que", who said the quotation
 * before it.
 */
const THESE_WORDS_AFTER = /^\s*(?:c['’]est\s+(?:par|avec|en|sur)\s+ces\s+(?:mots|termes|paroles|propos)|tel(?:le)?s?\s+(?:sont|étaient|etaient|furent)\s+les\s+(?:mots|termes|paroles|propos)\b[^.!?«»"]{0,60}?|ce\s+(?:sont|furent|étaient|etaient)(?:\s+là)?\s+les\s+(?:(?:seul|dernier|premier)s\s+)?(?:mots|termes|paroles|propos)\b)\s+(?:qu['’]\s*|que\s+)/iu;
/** True for a sentence that tells who said the quotation before it ("Cette image a été utilisée par X"). */
export function tellsQuotationBefore(text: string): boolean {
  return SAID_BY_AFTER.test(text) || THESE_WORDS_AFTER.test(text);
}
/** Characters at most between "par" and the name ("par l'ambassadeur des États-Unis en Haïti, X"). */
const SAID_BY_REACH = 60;
/** Closing quotation marks; opening ones. */
const CLOSING = /[»”"]/;
const OPENING = /[«“]/;

/**
 * The quotations of a sentence. `continued`: the sentence before left one open, so the sentence starts inside it
 * (up to its first closing mark, or whole when it has no mark at all). A quotation opened and not closed before
 * the sentence ends (« or an unpaired ") is read to the end and marked open.
 */
function quotationsOf(raw: string, continued: boolean): Quotation[] {
  // "… de la compagnie aérienne« , a réagi X": an opening mark typed where the closing one belongs (after a word,
  // before a comma or a full stop) closes the quotation. One character for one: offsets hold.
  const text = raw.replace(MISTYPED_CLOSING, '»');
  const out: Quotation[] = [];
  let from = 0;
  if (continued) {
    const close = CLOSING.exec(text);
    const opener = OPENING.exec(text);
    if (close && (!opener || close.index < opener.index)) {
      out.push({ start: 0, end: close.index + 1, inner: text.slice(0, close.index).trim(), continued: true });
      from = close.index + 1;
    } else if (!close && !opener) return [{ start: 0, end: text.length, inner: text.trim(), continued: true, open: true }];
  }
  const rest = text.slice(from);
  for (const m of rest.matchAll(QUOTE)) {
    const start = from + (m.index ?? 0);
    out.push({ start, end: start + m[0].length, inner: (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').trim(), ...(m[4] !== undefined ? { open: true } : {}) });
  }
  // An unpaired mark after the last quotation opens one the sentence does not close ("« Je suis soulagé.").
  const after = out.length ? out[out.length - 1].end : from;
  const tail = text.slice(after);
  const marks = [...tail.matchAll(/["“«]/g)];
  if (marks.length === 1 && !/[»”]/.test(tail)) {
    const at = after + marks[0].index!;
    out.push({ start: at, end: text.length, inner: text.slice(at + 1).trim(), open: true });
  }
  return out;
}

/** True when `offset` stands inside a quotation of the sentence `text`, its marks read as `quotationsOf` reads them. */
export function insideQuotation(text: string, offset: number): boolean {
  return quotationsOf(text, false).some((q) => offset > q.start && offset < q.end);
}

/** A past participle of the first group ("annoncé", "annoncées"): with no auxiliary, a passive qualifier. */
const PAST_PARTICIPLE = /\p{L}ée?s?$/u;
/** Characters before a name read for the preposition that makes it no subject ("rapportés par X"). */
const COLON_SPEAKER_LEAD = 8;
/** A noun right before "de" and a name ("du côté de ", "Réaction de "), captured. */
const WORDS_OF_BEFORE = /(\p{L}+)\s+(?:de\s+|d['’]\s*)$/u;
const WORDS_OF_REACH = 30;

/** Accented forms of a folded letter, and either apostrophe (capitals: the pattern's flag): a folded word as written. */
const WRITTEN: Record<string, string> = { a: '[aàâä]', e: '[eéèêë]', i: '[iîï]', o: '[oôö]', u: '[uùûü]', c: '[cç]', "'": "['’]" };
const asWritten = (folded: string) => [...folded].map((ch) => WRITTEN[ch] ?? escapeRegExp(ch)).join('');
/**
 * A word that cites a source (data: fr-lexicon.json sourceLeads, folded), at a sentence's start or after a comma, then
 * the source: "Selon X, …", "D’après X, …".
 */
const SOURCE_LEAD = new RegExp(`(^|,\\s*)(?:${FR.sourceLeads.map(asWritten).join('|')})\\s+([^,.;«»]+)`, 'iu');

/** Reads one sentence of a paragraph: its quotations, indirect speech and "selon", and who said them. */
class SentenceReader {
  readonly text: string;
  readonly tokens: Token[];
  readonly quotes: Quotation[];
  /** Token indexes of the speech verbs (with their auxiliary, inversion, comma or "que"). */
  readonly verbs: number[];

  constructor(
    readonly paragraph: ParagraphState,
    readonly sentence: SpeechSentence,
    readonly index: number,
  ) {
    const text = (this.text = sentence.text);
    const tokens = (this.tokens = sentence.tokens ?? tokenize(text));
    this.quotes = quotationsOf(text, paragraph.openQuote?.sentence === index - 1);
    this.verbs = tokens.map((t, i) => (isSpeechWord(t) && (auxiliaryOf(text, tokens, i) >= 0 || inverted(tokens[i - 1]) || inverted(t) || invertedBefore(tokens, i) || /^\s*[»"”]?\s*,\s*$/.test(text.slice(tokens[i - 1]?.end ?? 0, t.start)) || reflexiveAfterComma(text, tokens, i) || semiAuxiliaryBefore(tokens, i) || isAux(tokens[i - 2]) || /^(que|qu')/.test(fold(tokens[i + 1]?.text ?? ''))) || reflexiveReport(text, tokens, i) ? i : -1)).filter((i) => i >= 0);
    // "« Les alertes sont devenues un ronron, confirme le prévisionniste X. …": a quotation left open ends at the
    // comma of an incise that names its speaker.
    // Where a speech verb's phrase starts: at its auxiliary when it has one ("a confirmé").
    const verbStart = (i: number) => tokens[this.verbAt(i)].start;
    for (const q of this.quotes) {
      if (!q.open) continue;
      const v = this.verbs.find((i) => tokens[i].start > q.start && /,\s*$/.test(text.slice(q.start, verbStart(i))));
      if (v === undefined) continue;
      const comma = text.lastIndexOf(',', verbStart(v));
      q.end = comma;
      q.inner = text.slice(q.continued ? 0 : q.start + 1, comma).trim();
    }
  }

  /**
   * The person named last before `offset` in this sentence, else the paragraph's last person — of the pronoun's sex
   * when it has one: "Marie X l'a reçu. « … », a-t-il dit" is said by the man named before her.
   */
  personBefore(offset: number, sex?: 'm' | 'f'): number | undefined {
    const agrees = (id: number) => sex === undefined || (this.paragraph.sexOf(id) ?? sex) === sex;
    const m = [...this.sentence.mentions].reverse().find((x) => x.end <= offset && x.type === 'person' && agrees(x.entity));
    if (m) return m.entity;
    const last = this.paragraph.lastPerson;
    return last === undefined || agrees(last) ? last : [...this.paragraph.persons].reverse().find(agrees);
  }

  /** The first person or organisation named in [from, to). */
  nameWithin(from: number, to: number): Mention | undefined {
    return this.sentence.mentions.find((m) => m.start >= from && m.start < to && (m.type === 'person' || m.type === 'org'));
  }

  /** True inside a quotation. */
  inQuote(offset: number): boolean {
    return this.quotes.some((q) => offset > q.start && offset < q.end);
  }

  /** Resolves a speaker phrase: a pronoun, "qui", a name, or a description. */
  resolve(np: string, npStart: number): { speakerText: string; entity?: number } {
    const speakerText = np.replace(/^[\s,]+|[\s,]+$/g, '');
    const f = fold(speakerText);
    // ("« … », a prévenu celui qui …": a demonstrative with its relative clause is read as the pronoun.)
    if (FR.pronouns.has(f) || FR.demonstrativeSpeakers.has(f)) {
      // "X a dit … Il a ajouté": the last speaker of the paragraph, else the last person named.
      // ("« Comment plaidez-vous ? », lui a demandé la juge X. « Non coupable », a-t-il répondu": "il" is not "la juge".)
      const sex = PRONOUN_SEX.get(f) ?? FR.demonstrativeSpeakers.get(f);
      const last = this.paragraph.lastSpeaker;
      const disagrees = sex !== undefined && last?.sex !== undefined && last.sex !== sex;
      if (last && last.sentence >= this.index - 1) return disagrees ? { speakerText } : { speakerText: last.speakerText, entity: last.entity };
      const entity = this.personBefore(npStart, sex);
      return { speakerText, entity };
    }
    if (/^(qui|lequel|laquelle)$/.test(f)) {
      const m = [...this.sentence.mentions].reverse().find((x) => x.end <= npStart && x.type === 'person');
      if (m) return { speakerText: this.text.slice(m.start, m.end), entity: m.entity };
      // "… balayée par la procureure, qui a répondu que « … »": no name before; the titled phrase the relative
      // pronoun follows is the speaker.
      const antecedent = TITLED_ANTECEDENT.exec(this.text.slice(0, npStart));
      // Only a person the corpus describes so is named: the last person of the paragraph is often the other party.
      if (antecedent && FR.titles.has(fold(antecedent[2]!))) {
        const described = this.paragraph.resolveDescription(antecedent[1]!);
        return { speakerText: antecedent[1]!, ...(described !== undefined ? { entity: described } : {}) };
      }
      return { speakerText };
    }
    // "le porte-parole de la Marine, le capitaine X": the name that closes the phrase is the speaker's.
    const inside = this.sentence.mentions.filter((m) => m.start >= npStart && m.start < npStart + speakerText.length && m.type === 'person');
    const person = inside.find((m) => m.end === npStart + speakerText.length) ?? inside[0];
    const name = person ?? this.nameWithin(npStart, npStart + speakerText.length);
    const headIsTitle = speakerText.toLowerCase().split(/\s+/).slice(0, 4).some((w) => FR.titles.has(w.replace(/^\p{L}['’]/u, '')));
    // "L'avocat de Piet X a reconnu que …": a person a relation's noun is of is not the one who speaks.
    const ofPerson = !!person && person === name && /(?:^|\s)(?:de|du|des|d['’])\s*$/iu.test(this.text.slice(npStart, person.start))
      && FR.relationalTitles.has(fold((/^(?:le|la|les|l['’]|un|une|son|sa|ses)\s*([\p{L}-]+)/u.exec(speakerText.toLowerCase())?.[1]) ?? ''));
    if (ofPerson) {
      const byDescription = this.paragraph.resolveDescription(speakerText);
      return byDescription !== undefined ? { speakerText, entity: byDescription } : { speakerText };
    }
    if (name && this.paragraph.entityType(name.entity) === 'person') {
      // "La semaine dernière Ana Ribeiro", "une conseillère du ministère, Ana Ribeiro": keep the phrase when it is a description.
      const named = this.text.slice(name.start, name.end);
      this.paragraph.speakerSex = { sentence: this.index, sex: sexOfPhrase(f, named) };
      const shown = headIsTitle && /,/.test(speakerText) ? speakerText : named;
      return { speakerText: shown, entity: name.entity };
    }
    // "…, dit le jeune homme": a noun that says only sex or age is the person the sentence before named, not one the corpus
    // describes so elsewhere.
    const plain = /^(?:le|la|l')\s*(.+)$/.exec(f)?.[1];
    if (plain !== undefined && FR.plainPersonNouns.has(plain)) {
      const last = this.paragraph.lastPerson;
      const near = (this.paragraph.lastPersonAt ?? -1) >= this.index - 1;
      return last !== undefined && near && !this.sentence.mentions.some((m) => m.entity === last) ? { speakerText, entity: last } : { speakerText };
    }
    if (headIsTitle) {
      const byDescription = this.paragraph.resolveDescription(speakerText);
      if (byDescription !== undefined) return { speakerText, entity: byDescription };
      // "le chef de la diplomatie": a definite description of someone already in the paragraph.
      // Not one this sentence names elsewhere ("X … fait partie des témoins, comme l'a souligné le chef de l'État"): the
      // sentence would say "il" of them.
      const last = this.paragraph.lastPerson;
      if (/^(le|la|l')\s?/.test(f) && last !== undefined && !this.sentence.mentions.some((m) => m.entity === last)) return { speakerText, entity: last };
      return { speakerText };
    }
    // "le ministre grec de la Santé": a name that completes the speaker's title is not the speaker.
    if (name && !(headIsTitle && /(?:^|\s)(?:de|du|des|d['’])\s*(?:la\s+|l['’])?$/iu.test(this.text.slice(npStart, name.start)))) return { speakerText, entity: name.entity };
    return { speakerText };
  }

  /** Where the speech verb at token index v starts: at its auxiliary when it has one ("a déclaré", "a pour sa part dit"). */
  verbAt(v: number): number {
    const aux = auxiliaryOf(this.text, this.tokens, v);
    return aux >= 0 ? aux : v;
  }

  /**
   * The subject noun phrase before the verb at token index v: it ends at the auxiliary just before the verb
   * ("X a dit espérer", "X a tenu à se présenter") and starts after the last clause break or subordinator.
   */
  subjectBefore(v: number): { np: string; start: number } {
    let end = v;
    // "Il vient témoigner", "X a tenu à rappeler": the subject stands before the verb that leads into the infinitive.
    if (semiAuxiliaryBefore(this.tokens, v)) end = SEMI_AUXILIARIES.has(fold(this.tokens[v - 1]!.text)) ? v - 1 : v - 2;
    for (let k = end - 1; k >= Math.max(0, v - AUXILIARY_REACH); k--) {
      if (isAux(this.tokens[k])) { end = k; break; }
    }
    let begin = 0;
    for (let k = end - 1; k >= 0; k--) {
      const between = this.text.slice(this.tokens[k].end, this.tokens[k + 1]?.start ?? this.tokens[k].end);
      if (/[,;:»«(]/.test(between)) { begin = k + 1; break; }
      const w = fold(this.tokens[k].text);
      if (w === 'qui' && k === end - 1) return { np: 'qui', start: this.tokens[k].start }; // "X, qui avait assuré que …"
      if (FR.speakerClauseWords.has(w)) { begin = k + 1; break; }
    }
    const stop = end < this.tokens.length ? this.tokens[end].start : this.text.length;
    // "…, même si le secrétaire d'État, Dominique Bussereau, indiquait …": a name closed by the comma before the verb
    // is its subject.
    // (Unless the name stands in apposition to the opening phrase: "Une députée de Tartu, Kadri Kask, avait assuré".)
    // "X, pour sa part, a souligné": otherwise the subject opens the sentence, before its first comma — the first
    // phrase between commas that can be one ("Vendredi, X, un chef de la police, a souligné": not the day).
    if (begin >= end) {
      const opening = this.openingSubject(stop);
      const named = end > 0 ? this.sentence.mentions.find((m) => m.type === 'person' && m.end === this.tokens[end - 1]!.end) : undefined;
      const apposed = !!named && !!opening.np && /^\s*,\s*$/.test(this.text.slice(opening.start + opening.np.length, named.start));
      return named && !apposed ? { np: this.text.slice(named.start, named.end), start: named.start } : opening;
    }
    const from = this.tokens[begin].start;
    const to = this.tokens[end - 1].end;
    const np = this.text.slice(from, to);
    // "pour sa part", "de son côté" … are not subjects: then the sentence's subject is.
    if (NOT_SUBJECT.test(fold(np))) {
      const opening = this.openingSubject(from);
      if (opening.np) return opening;
    }
    // "« un élément sérieux » pouvant indiquer": a lone word in lower case is no subject.
    if (bareWord(np)) return { np: '', start: from };
    return { np, start: from };
  }

  /**
   * The first phrase between commas, before `stop`, that can be a subject: not a time word ("Vendredi"), a phrase
   * opened by a preposition ("En marge d'une manifestation …", "pour sa part") or a quotation.
   */
  openingSubject(stop: number): { np: string; start: number } {
    let at = 0;
    for (const part of this.text.slice(0, stop).split(',')) {
      const np = part.trim();
      const start = at + part.indexOf(np);
      at += part.length + 1;
      if (at > stop) break;
      if (!np || NOT_SUBJECT.test(fold(np)) || /["«»“”]/.test(np) || np.split(/\s+/).every((w) => isTimeWord(fold(w)))) continue;
      return { np, start };
    }
    return { np: '', start: 0 };
  }

  /** The speaker noun phrase after the verb at token index v ("a déclaré aux journalistes X", "a dit la ministre …"). */
  subjectAfter(v: number): { np: string; start: number } | undefined {
    let k = v + 1;
    const skip = () => {
      for (;;) {
        while (k < this.tokens.length && isTimeWord(fold(this.tokens[k].text))) k++;
        // "a déclaré un peu plus tôt le président": a phrase of time, word by word.
        const rest = k < this.tokens.length ? fold(this.text.slice(this.tokens[k]!.start)) : '';
        const phrase = FR.speakerSkipPhrases.find((p) => rest.startsWith(`${p} `));
        if (!phrase) return;
        k += phrase.split(' ').length;
      }
    };
    skip();
    if (k < this.tokens.length && /^(aux|au|a|à)$/.test(fold(this.tokens[k].text))) {
      // "aux journalistes X": skip the addressee when a name follows soon.
      // ("confie à Lavaux le maire X": a name of another type right after the preposition is a complement too.)
      const from = this.tokens[k]!.start;
      const to = (this.tokens[k + ADDRESSEE_WORDS] ?? this.tokens[this.tokens.length - 1]!).end;
      const name = this.nameWithin(from, to) ?? this.sentence.mentions.find((m) => m.start >= from && m.start < to && TO_BEFORE.test(this.text.slice(from, m.start)));
      // "a raconté à l'AFP la ministre X": a name right after the preposition is the addressee; the speaker follows it.
      const addressee = !!name && TO_BEFORE.test(this.text.slice(this.tokens[k].start, name.start));
      if (name && !addressee) return { np: this.text.slice(name.start, name.end), start: name.start };
      if (!name) return undefined;
      k = this.tokens.findIndex((t) => t.start >= name.end);
      if (k < 0 || /[.;:!?«»"“”]/.test(this.text.slice(name.end, this.tokens[k]!.start))) return undefined;
      skip();
    }
    if (k >= this.tokens.length) return undefined;
    const from = this.tokens[k].start;
    let e = k;
    // (a period after an honorific is not the end of the phrase: "a assuré M. Dalsgaard"; a time word ends it: "a indiqué
    // le procureur mercredi à la presse")
    while (e + 1 < this.tokens.length && !FR.speakerPhraseStops.has(fold(this.tokens[e + 1].text)) && !(e > k && DATING_WORDS.has(fold(this.tokens[e + 1].text))) && (!/[,.;:!?()«»]/.test(this.text.slice(this.tokens[e].end, this.tokens[e + 1].start)) || (/^(M|MM|Mme|Dr|Pr|Mgr)$/.test(this.tokens[e].text) && /^\.\s+$/.test(this.text.slice(this.tokens[e].end, this.tokens[e + 1].start))))) e++;
    // "le commissaire au Climat, Henrik Dalsgaard": a titled phrase may run on past a preposition to the name
    // set beside it.
    // "son collègue au gouvernement, Jaan Kask": a possessive opens the phrase as an article does.
    const article = /^(le|la|l'|un|une|son|sa|leur)$/.test(fold(this.tokens[k].text));
    const head = article ? this.tokens[k + 1] : this.tokens[k];
    if (head && FR.titles.has(head.text.toLowerCase())) {
      const after = this.text.slice(this.tokens[e].end);
      const comma = after.search(/,\s*/);
      if (comma >= 0 && comma < TITLE_RUN_ON && !/[.;:!?«»]/.test(after.slice(0, comma))) {
        const at = this.tokens[e].end + comma;
        // "le porte-parole de la Marine, le capitaine de frégate X": a second title may stand before the name.
        const titled = /^,\s*(?:le|la|l['’])\s*(\p{L}+)/u.exec(this.text.slice(at));
        const reach = titled && FR.titles.has(titled[1]!.toLowerCase()) ? TITLE_RUN_ON : NAME_AFTER_COMMA;
        const named = this.sentence.mentions.find((m) => m.start > at && m.start <= at + reach && m.type === 'person');
        if (named) return { np: this.text.slice(from, named.end), start: from };
      }
    }
    // "a déclaré son alter-égo et autre monstre sacré, Jaan Kask": a phrase that runs on by "et" to a name set beside it.
    if (e + 1 < this.tokens.length && fold(this.tokens[e + 1].text) === 'et') {
      const after = this.text.slice(this.tokens[e].end);
      const comma = after.search(/,\s*/);
      if (comma >= 0 && comma < TITLE_RUN_ON && !/[.;:!?«»]/.test(after.slice(0, comma))) {
        const at = this.tokens[e].end + comma;
        const named = this.sentence.mentions.find((m) => m.start > at && m.start <= at + NAME_AFTER_COMMA && m.type === 'person');
        if (named) return { np: this.text.slice(from, named.end), start: from };
      }
    }
    let np = this.text.slice(from, this.tokens[e].end);
    // "une conseillère du ministère, Ana Ribeiro": a name in apposition names the speaker.
    const rest = this.text.slice(this.tokens[e].end);
    const appo = /^\s*,\s*/.exec(rest);
    if (appo) {
      const name = this.nameWithin(this.tokens[e].end, this.tokens[e].end + appo[0].length + 2);
      if (name && this.paragraph.entityType(name.entity) === 'person') np = this.text.slice(from, name.end);
    }
    // "a confié, ému, à …": a lone word in lower case is no speaker.
    if (bareWord(np)) return undefined;
    return { np, start: from };
  }

  /** Records an act (a speakerless one takes the subject of the sentence's previous act) and who spoke last. */
  push(act: Omit<SpeechAct, 'sentence'>): void {
    // A phrase opened by a preposition, a subordinator or a quotation mark is no speaker ("dans la nuit de samedi",
    // "qu'il mobilisait la réserve …", "pour avoir décidé …"): the act has none of its own.
    if (act.entity === undefined && act.speakerText && NO_SPEAKER.test(fold(act.speakerText))) act = { ...act, speakerText: '' };
    if (!act.speakerText || /^(a|ont|avait)\b/.test(fold(act.speakerText))) {
      // "a souligné … et affirmé que": a second verb of the same subject.
      const previous = this.paragraph.acts[this.paragraph.acts.length - 1];
      if (!previous || previous.sentence !== this.index) return;
      act = { ...act, speakerText: previous.speakerText, entity: previous.entity };
    }
    this.paragraph.acts.push({ sentence: this.index, ...act });
    const sex = this.paragraph.speakerSex?.sentence === this.index ? this.paragraph.speakerSex.sex : undefined;
    this.paragraph.lastSpeaker = { speakerText: act.speakerText, entity: act.entity, sentence: this.index, ...(sex ? { sex } : {}) };
    if (act.entity !== undefined && this.paragraph.entityType(act.entity) === 'person') {
      this.paragraph.lastPerson = act.entity;
      this.paragraph.lastPersonAt = this.index;
      named(this.paragraph, act.entity);
    }
  }

  /** Direct quotations: « … », a dit X / X a déclaré : « … ». */
  readQuotations(): void {
    let opened: ParagraphState['openQuote'];
    for (const q of this.quotes) {
      // "une entrevue au « Daily Courier »": a name in quotation marks is a title, no one's words.
      if (!q.inner || QUOTED_TITLE.test(q.inner)) continue;
      // After: "« … », a dit X" / "« … », a-t-il ajouté" (the first speech verb after the quote, behind a comma).
      // ("« … », dans laquelle il a dit …": a verb with its own subject before it opens a clause of its own.)
      // ("« … » a raconté au journal X": the comma a hasty page leaves out, the verb — or its auxiliary, an insert maybe
      // between them, "« … » a notamment écrit X" — right after the mark.)
      const afterVerb = this.verbs.find((v) => this.tokens[v].start >= q.end && !this.quotes.some((o) => o.start > q.end && o.start < this.tokens[v].start)
        && (/,/.test(this.text.slice(q.end, this.tokens[v].start)) || /^\s*$/.test(this.text.slice(q.end, this.tokens[this.verbAt(v)].start)))
        && !SUBJECT_BEFORE_VERB.test(fold(this.text.slice(q.end, this.tokens[this.verbAt(v)].start))));
      // Before: "X a déclaré que « … »", "X a présenté … comme une « … »".
      // A verb right after another quotation ("« … », a confié ce « senior salvage master »") is that one's.
      // ("« … on peut dire non à X », a ajouté l'actrice, qui a embrassé son « ami »": a verb inside another quotation is
      // that one's words.)
      const beforeVerb = [...this.verbs].reverse().find((v) => this.tokens[v].end <= q.start && !this.quotes.some((o) => o.end <= q.start && o.start > this.tokens[v].end)
        && !this.quotes.some((o) => o.start < this.tokens[v].start && this.tokens[v].end <= o.end)
        && !this.quotes.some((o) => o !== q && o.end <= this.tokens[v].start && INCISE.test(this.text.slice(o.end, this.tokens[v].start))));
      const quoteOpens = !this.text.slice(0, q.start).trim() || /^[\s«]*$/.test(this.text.slice(0, q.start));
      let speaker: Speaker | undefined;
      let verb = '';
      if (afterVerb !== undefined && (quoteOpens || beforeVerb === undefined)) {
        verb = verbOf(this.tokens[afterVerb]);
        if (inverted(this.tokens[afterVerb - 1]) || inverted(this.tokens[afterVerb]) || invertedBefore(this.tokens, afterVerb)) speaker = this.resolve(invertedPronoun(this.tokens, afterVerb), this.tokens[afterVerb].start);
        else {
          const np = this.subjectAfter(afterVerb);
          if (np) speaker = this.resolve(np.np, np.start);
        }
      } else if (beforeVerb !== undefined) {
        verb = verbOf(this.tokens[beforeVerb]);
        const previous = this.paragraph.acts[this.paragraph.acts.length - 1];
        if (verb.endsWith('ant') && previous?.sentence === this.index) {
          // "…, a précisé X, ajoutant que « … »": the participle shares the main verb's subject.
          speaker = { speakerText: previous.speakerText, entity: previous.entity };
        } else {
          const np = this.subjectBefore(beforeVerb);
          if (np.np) speaker = this.resolve(np.np, np.start);
        }
      }
      // "En sortant, Serge Lama a eu ces quelques mots : « … »": no speech verb, a colon right before the quotation, and a
      // person named in the clause before it (not one a "par" or "de" attaches to something): that person's words.
      if (!speaker && afterVerb === undefined && beforeVerb === undefined && !q.continued) {
        const lead = this.text.slice(0, q.start);
        const colon = /:\s*$/.exec(lead);
        const clauseStart = Math.max(0, ...[...lead.matchAll(/[.;!?«»]/g)].map((m) => m.index! + 1));
        // ("du côté de Billie Joe Armstrong : « … »": a noun of words before the "de" makes the name their teller's.)
        const person = colon ? this.sentence.mentions.find((m) => m.type === 'person' && m.start >= clauseStart && m.end <= colon.index
          && (!this.attached(m) || FR.wordsOfNouns.has(fold(WORDS_OF_BEFORE.exec(this.text.slice(Math.max(0, m.start - WORDS_OF_REACH), m.start))?.[1] ?? '')))) : undefined;
        if (person) {
          speaker = this.resolve(this.text.slice(person.start, person.end), person.start);
          verb = 'dire';
        }
      }
      // "« On a entendu cinq à six voix, dit-il. C'est pour cela … »": an incise inside the quotation tells who speaks;
      // the words before it are the statement.
      let inner = q.inner;
      if (!speaker && afterVerb === undefined) {
        const incise = INNER_INCISE.exec(q.inner);
        if (incise && SPEECH_FORMS.has(fold(incise[1]!)) && incise.index >= MIN_INCISE_LEAD) {
          speaker = this.resolve(incise[2]!, q.start);
          verb = fold(incise[1]!);
          inner = q.inner.slice(0, incise.index);
        }
      }
      const open = this.paragraph.openQuote;
      // A speaker taken from the sentences before, not from this quotation's own words.
      let guessed = false;
      if (q.continued && open) {
        // "« Nous étions sur place depuis minuit. Les pluies sont arrivées vers 2 heures », a-t-il dit.": the speaker
        // the quotation's last piece names said its first pieces too; else the one its first piece had.
        if (speaker) {
          for (const piece of open.pending) this.paragraph.acts.push({ sentence: piece.sentence, ...speaker, text: piece.text, direct: true, verb });
          // « Je suis anéanti. … C'est une partie de ma vie », a déclaré X: first pieces given to the teller of the
          // sentence before were X's.
          for (const piece of open.guessed ?? []) {
            const act = this.paragraph.acts.find((a) => a.direct && a.sentence === piece.sentence && a.text === piece.text);
            if (act) Object.assign(act, { speakerText: speaker.speakerText, entity: speaker.entity });
          }
        } else if (open.speaker) {
          speaker = open.speaker;
          verb = 'dire';
          guessed = !!open.guessed;
        }
      }
      // "X lui a raconté la soirée. « C'était la panique, tout le monde courait »": a quotation that is the whole
      // sentence, right after a sentence where a person tells something — or quotes of that person end — is
      // that person's.
      // ("« … Et la lave courait derrière nous. » Sa maison …": a quotation closed on a full stop ends its sentence, though
      // the splitter did not cut after it.)
      const after = this.text.slice(q.end);
      const alone = !speaker && !q.continued && afterVerb === undefined && beforeVerb === undefined && quoteOpens
        && (/^[\s».!?…]*$/.test(after) || (/[.!?…]$/.test(q.inner.trim()) && /^\s*\p{Lu}/u.test(after)));
      const teller = this.paragraph.lastTeller;
      const quoted = this.paragraph.acts.length ? this.paragraph.acts[this.paragraph.acts.length - 1] : undefined;
      if (alone && teller && teller.sentence === this.index - 1) {
        speaker = { speakerText: teller.speakerText, entity: teller.entity };
        verb = 'dire';
        guessed = true;
      } else if (alone && quoted?.direct && quoted.sentence === this.index - 1) {
        speaker = { speakerText: quoted.speakerText, entity: quoted.entity };
        verb = 'dire';
        guessed = true;
      }
      // "« Moi, Fanny X, je n'ai jamais … », a déclaré l'actrice": a quotation that opens on its speaker naming themself
      // tells whom a speaker's noun stands for.
      if (speaker && speaker.entity === undefined) {
        const self = this.sentence.mentions.find((m) => m.type === 'person' && m.start > q.start && m.end < q.end
          && SELF_NAMED_BEFORE.test(this.text.slice(q.start, m.start)) && /^\s*,/.test(this.text.slice(m.end)));
        if (self) speaker = { speakerText: speaker.speakerText, entity: self.entity };
      }
      if (speaker) this.push({ ...speaker, text: inner, direct: true, verb });
      // "« C'est comme si une bombe avait explosé ». Cette image a été utilisée par X": a quotation alone may be told
      // by the sentence after it.
      else if (alone && !q.open) this.paragraph.unattributed = { sentence: this.index, pieces: [{ sentence: this.index, text: q.inner }] };
      // « Brisée. Je n'ai pas de mots. » over several sentences, then "Tels sont les mots que X …": all its pieces wait.
      else if (!speaker && q.continued && open && !q.open && afterVerb === undefined && beforeVerb === undefined && /^[\s».!?…]*$/.test(this.text.slice(q.end))) {
        this.paragraph.unattributed = { sentence: this.index, pieces: [...open.pending, { sentence: this.index, text: q.inner }] };
      }
      if (q.open) {
        const pending = speaker ? [] : [...(q.continued && open ? open.pending : []), { sentence: this.index, text: q.inner }];
        const guesses = guessed ? [...(q.continued && open?.guessed ? open.guessed : []), { sentence: this.index, text: q.inner }] : [];
        opened = { sentence: this.index, ...(speaker ? { speaker } : {}), pending, ...(guesses.length ? { guessed: guesses } : {}) };
      }
    }
    this.paragraph.openQuote = opened;
  }

  /** "Cette image forte a été utilisée par X", "C'est par ces mots que X …": the quotation alone in the sentence before is X's. */
  readAttributionAfter(): void {
    const before = this.paragraph.unattributed;
    this.paragraph.unattributed = undefined;
    if (!before || before.sentence !== this.index - 1) return;
    const m = SAID_BY_AFTER.exec(this.text) ?? THESE_WORDS_AFTER.exec(this.text);
    // A quotation of its own before the name says something else.
    if (!m || this.quotes.some((q) => q.start < m[0].length)) return;
    const by = this.sentence.mentions.find((x) => x.type === 'person' && x.start >= m[0].length && x.start - m[0].length <= SAID_BY_REACH);
    if (!by) return;
    for (const piece of before.pieces) this.paragraph.acts.push({ sentence: piece.sentence, speakerText: this.text.slice(by.start, by.end), entity: by.entity, text: piece.text, direct: true, verb: 'dire' });
  }

  /** Indirect speech: "X a déclaré que …" and "…, a annoncé X" (outside quotations). */
  readIndirect(): void {
    for (const v of this.verbs) {
      if (this.inQuote(this.tokens[v].start)) continue;
      // "ce qui peut expliquer que …": a speech verb after a modal says what may be; it reports no one's words.
      if (FR.modalForms.has(fold(this.tokens[v - 1]?.text ?? ''))) continue;
      const next = this.tokens[v + 1];
      const nextF = next ? fold(next.text) : '';
      if (next && (nextF === 'que' || nextF === "qu'")) {
        if (this.quotes.some((q) => q.start >= next.end && q.start - next.end < NAME_AFTER_COMMA + 1)) continue; // "a souligné qu'« … »" is direct
        const content = this.text.slice(next.end).replace(/^[\s,]+/, '').replace(/[\s.!?]+$/, '');
        // "…, a-t-elle ajouté, précisant que …": the participle shares the subject of the sentence's act before it.
        const previous = this.paragraph.acts[this.paragraph.acts.length - 1];
        if (verbOf(this.tokens[v]).endsWith('ant') && previous?.sentence === this.index) {
          if (content.length >= MIN_CONTENT) this.push({ speakerText: previous.speakerText, entity: previous.entity, text: content, direct: false, verb: verbOf(this.tokens[v]) });
          continue;
        }
        const np = inverted(this.tokens[v - 1]) || inverted(this.tokens[v]) || invertedBefore(this.tokens, v) ? { np: 'il', start: this.tokens[v].start } : this.subjectBefore(v);
        if (!np.np || content.length < MIN_CONTENT) continue;
        this.push({ ...this.resolve(np.np, np.start), text: content, direct: false, verb: verbOf(this.tokens[v]) });
      } else if (/,\s*$/.test(this.text.slice(0, this.tokens[this.verbAt(v)].start)) && !this.quotes.length) {
        // Inverted report: "Content, a déclaré X." — the content is what precedes the comma.
        const auxAt = this.verbAt(v);
        // "À la suite du décès du doyen, annoncé par le recteur X, …": a past participle with no auxiliary qualifies the
        // noun before it (passive); it reports nothing.
        if (auxAt === v && PAST_PARTICIPLE.test(this.tokens[v].text)) continue;
        const content = this.text.slice(0, this.tokens[auxAt].start).replace(/[\s,]+$/, '');
        const np = this.subjectAfter(v);
        if (!np || content.length < MIN_INVERTED_CONTENT) continue;
        // Only a speaker can follow: a name, or a phrase headed by a title ("une conseillère du ministère").
        const head = np.np.toLowerCase().split(/\s+/).slice(0, 3).map((w) => w.replace(/^\p{L}['’]/u, ''));
        const named = this.nameWithin(np.start, np.start + np.np.length);
        if (!named && !head.some((w) => FR.titles.has(w) || FR.orgNouns.has(fold(w))) && !/^(l'|le |la |les )?\p{Lu}/u.test(np.np)) continue;
        this.push({ ...this.resolve(np.np, np.start), text: content, direct: false, verb: verbOf(this.tokens[v]) });
      }
    }
  }

  /** "Selon X, …", "D'après X, …" and "…, selon X." (with or without a quotation in the content). */
  readSelon(): void {
    // "Pour Lech Walesa, chef historique de Solidarité, c'est « une tragédie »": a sentence opened by "pour" and a
    // person's name gives that person's opinion, as "selon" does.
    const forPerson = /^(\s*)pour\s+([^,.;«»]+)/i.exec(this.text);
    const forStart = forPerson ? forPerson[0].length - forPerson[2]!.length : -1;
    const named = forPerson && this.sentence.mentions.some((m) => m.type === 'person' && m.start === forStart && m.end >= forStart + forPerson[2]!.trimEnd().length);
    const selon = named ? forPerson : SOURCE_LEAD.exec(this.text);
    if (selon && !this.paragraph.acts.some((a) => a.sentence === this.index)) {
      let np = selon[2]!;
      let npStart = (selon.index ?? 0) + selon[0].length - selon[2].length;
      let content: string;
      if (selon.index === 0) {
        let rest = this.text.slice(selon[0].length);
        // "Selon X, porte-parole de Y, …": the apposition describes X, it is not what X said.
        const appo = /^\s*,\s*([^,]{2,80}),/.exec(rest);
        // "Selon la procureure de Paris, Marta Sepp, …": a name in apposition is the speaker, not what she said.
        const appoStart = selon[0].length + (appo ? appo[0].indexOf(appo[1]!) : 0);
        const appoName = appo ? this.sentence.mentions.find((m) => m.type === 'person' && m.start === appoStart && m.end === appoStart + appo[1]!.trimEnd().length) : undefined;
        if (appo && (appoName || FR.titles.has(appo[1].trim().toLowerCase().split(/\s+/).map((w) => w.replace(/^\p{L}['’]/u, '')).find((w) => !FR.stopwords.has(fold(w))) ?? ''))) rest = rest.slice(appo[0].length);
        if (appoName) {
          np = this.text.slice(appoName.start, appoName.end);
          npStart = appoName.start;
        }
        content = rest.replace(/^[\s,]+/, '');
      } else content = this.text.slice(0, selon.index);
      content = content.trim().replace(/[\s.]+$/, '');
      if (content.length >= MIN_CONTENT) this.push({ ...this.resolve(np, npStart), text: content, direct: false, verb: 'selon' });
    }
  }

  /** True when a preposition attaches a name to something else ("rapportés par X", "en mémoire de X"): it is no speaker. */
  attached(m: { start: number }): boolean {
    return /(?:^|\s)(?:(?:par|de|du|des|à|au|aux|avec)\s+|d['’]\s*)$/iu.test(this.text.slice(Math.max(0, m.start - COLON_SPEAKER_LEAD), m.start));
  }

  /** The last person named in this sentence becomes the referent of the next pronoun. */
  passReferent(): void {
    const persons = this.sentence.mentions.filter((m) => m.type === 'person' && !this.inQuote(m.start));
    // The subject of a speech verb ("X lui a raconté …"): the last person named before the verb.
    const verb = this.verbs[0];
    // "Marta Sepp lance en ces termes :" then « … »: a sentence that ends on a colon announces the quotation after it, and
    // the last person it names (not one a "par" or "de" attaches to something) is that quotation's teller.
    const announcer = /:\s*$/.test(this.text)
      ? [...persons].reverse().find((m) => !this.attached(m))
      : undefined;
    // ("L'avocat de Piet X a reconnu …": nor one a "de" attaches to the subject's noun.)
    const teller = announcer ?? (verb !== undefined ? [...persons].reverse().find((m) => m.end <= this.tokens[verb]!.start && !this.attached(m)) : undefined);
    if (teller) this.paragraph.lastTeller = { entity: teller.entity, speakerText: this.text.slice(teller.start, teller.end), sentence: this.index };
    const lastAct = this.paragraph.acts.length && this.paragraph.acts[this.paragraph.acts.length - 1].sentence === this.index ? this.paragraph.acts[this.paragraph.acts.length - 1] : undefined;
    // "X, le chanteur des Y, a partagé sa tristesse." then "…, a-t-il dit": a name that completes a noun ("des Y") is not the
    // one a pronoun takes up; the sentence's subject, named first, is.
    const last = persons.at(-1);
    const subject = last && persons[0] !== last && OF_BEFORE.test(this.text.slice(Math.max(0, last.start - COLON_SPEAKER_LEAD), last.start))
      && !this.attached(persons[0]!) && !/[,;:«»"“”()]/.test(this.text.slice(0, persons[0]!.start)) ? persons[0] : last;
    const person = lastAct?.entity !== undefined && this.paragraph.entityType(lastAct.entity) === 'person' ? lastAct.entity : subject?.entity;
    for (const m of persons) named(this.paragraph, m.entity);
    if (person !== undefined) {
      this.paragraph.lastPerson = person;
      this.paragraph.lastPersonAt = this.index;
      named(this.paragraph, person);
    }
  }
}

/** "de", "du", "des", "d'" right before a name: it completes a noun. */
const OF_BEFORE = /(?:^|\s)(?:de|du|des|d['’])\s*$/iu;

/** Records a person as the last one named. */
function named(paragraph: ParagraphState, id: number): void {
  const at = paragraph.persons.indexOf(id);
  if (at >= 0) paragraph.persons.splice(at, 1);
  paragraph.persons.push(id);
}

/**
 * Reads the speech acts of one paragraph: quotations (« », “ ”, " ") and indirect speech
 * ("X a déclaré / indiqué / souligné que …", "…, a annoncé X", "Selon X, …"), and attributes each to a speaker:
 * a name, a description resolved through the corpus's descriptions of people ("la ministre portugaise"),
 * or a pronoun resolved to the last person of the paragraph.
 */
export function readSpeech(sentences: SpeechSentence[], entityType: (id: number) => EntityType, resolveDescription: DescriptionResolver, sexOf: (id: number) => 'm' | 'f' | undefined = () => undefined): SpeechAct[] {
  const paragraph: ParagraphState = { acts: [], lastPerson: undefined, lastSpeaker: undefined, entityType, resolveDescription, persons: [], sexOf };
  sentences.map(withoutAsides).forEach((sentence, index) => {
    const reader = new SentenceReader(paragraph, sentence, index);
    reader.readAttributionAfter();
    reader.readQuotations();
    reader.readIndirect();
    reader.readSelon();
    reader.passReferent();
  });
  const acts = paragraph.acts;
  // A short quotation inside reported speech ("a dit que sa visite serait « un succès »") is one act, the indirect one.
  return acts.filter((a) => !(a.direct && a.text.split(/\s+/).length < 5 && acts.some((o) => !o.direct && o.sentence === a.sentence && o.text.includes(a.text))))
    .filter((a) => !isElision({ text: a.speakerText, start: 0, end: 0, upper: false }));
}

/** A short aside in brackets ("(anciennement Twitter)"), with the space before it. */
const ASIDE = /\s\([^()«»"“”]{1,40}\)/gu;
/**
 * "« … », a averti sur X (anciennement Twitter) le président X": an aside in brackets between a speech verb and its
 * speaker, outside any quotation, is read as blanks (the same length, so every offset holds), with the names in it.
 */
function withoutAsides(sentence: SpeechSentence): SpeechSentence {
  if (!sentence.text.includes('(')) return sentence;
  const asides = [...sentence.text.matchAll(ASIDE)].filter((m) => !insideQuotation(sentence.text, m.index!) && SPEECH_BEFORE_ASIDE.test(fold(sentence.text.slice(Math.max(0, m.index! - ASIDE_REACH), m.index!))));
  if (!asides.length) return sentence;
  let text = sentence.text;
  for (const m of asides) text = text.slice(0, m.index!) + ' '.repeat(m[0].length) + text.slice(m.index! + m[0].length);
  const blanked = (at: number) => asides.some((m) => at >= m.index! && at < m.index! + m[0].length);
  return { text, mentions: sentence.mentions.filter((m) => !blanked(m.start)) };
}
/** How far before an aside its speech verb may stand ("a averti sur X"). */
const ASIDE_REACH = 40;
/** A verb of saying in the words before an aside, after a closing quotation mark (folded): "», a averti sur X". */
const SPEECH_BEFORE_ASIDE = /[»"”]\s*,\s*(?:a|ont|avait|avaient)?\s*\p{L}+[^«»"]{0,25}$/u;

/** "à", "à l'", "au" right before a name (after a speech word, within a few words: "déclaration transmise à l'", "a dit au"). */
const TO_BEFORE = /(?:^|[^\p{L}])(?:à\s+l['’]\s*|à\s+la\s+|à\s+|au\s+|aux\s+)$/u;
const ADDRESSEE_REACH = 48;
/** True when the name at `at` is who words are said to: "à l'AFP" after a speech verb or noun. */
export function isAddressee(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - ADDRESSEE_REACH), at);
  const to = TO_BEFORE.exec(before);
  if (!to) return false;
  const lead = fold(before.slice(0, to.index + 1));
  return hasSpeechForm(lead) || FR.speechNouns.some((n) => lead.includes(n));
}
