/**
 * The clauses of a sentence and how much of a question each says: a date or a figure counts by its own clause ("Le
 * club a annoncé lundi que le match serait rejoué le 14 mars": the announcement is Monday's, the match 14 March's).
 */
import { terms as analyse } from '../nlp/tokens.js';
import { FR, fold, hasSpeechForm } from '../nlp/french.js';
import { insideQuotation } from '../nlp/quotes.js';
import { isPastParticiple } from '../nlp/word-family.js';
import type { AnnotatedSentence } from '../nlp/annotate.js';
import type { AnalyzedQuestion } from './analyze-question.js';
import { TUNING } from './tuning.js';
import { escapeRegExp } from '../regexp.js';
import words from './data/fr-answer-words.json' with { type: 'json' };
import timeWords from '../nlp/data/fr-time.json' with { type: 'json' };
import quantityWords from './data/quantity-words.json' with { type: 'json' };

const esc = (w: string) => escapeRegExp(w).replace(/'/g, "['’]");

/** Where a sentence's clauses start: at "que/qu'", a semicolon, a dash, or a comma before a side-clause word. */
const CLAUSE_BREAK = new RegExp(`\\s(?:que(?![\\p{L}])|qu['’])|;|\\s[–—]\\s|,\\s(?=(?:${words.clauseOpeners.map(esc).join('|')})\\s)|\\s(?=(?:${words.clauseOpenersBare.map(esc).join('|')}))`, 'giu');

/** A clause opened by "lors de" ("lors de la finale", "lors du match"). */
const DURING_OPENS = /^\s*lors\s+d(?:e|u|es|['’])/iu;
/** " qui ", " dont " opening a relative clause. */
const RELATIVE_QUI = /\s(?:qui|dont)\s/giu;
/** A relative clause closed by a comma and the antecedent's verb ("qui a blessé … jeudi, vient d'être …"), no other clause mark between. */
const CLOSED_RELATIVE = new RegExp(`^\\s(?:qui|dont)\\s[^,;:«»()]{1,160}?(,)\\s+(?:${[...words.resumingVerbs, ...words.resumingSemiAuxiliaries].map(esc).join('|')})\\s`, 'iud');

/** The antecedent of a relative clause: up to three words before "qui", a comma aside ("Le séisme,", "des attentats"). */
const ANTECEDENT = /(?:[\p{L}\d'’-]+\s+){0,2}[\p{L}\d'’-]+,?\s*$/u;
/** A relative clause ended by a comma and a coordinated phrase ("qui s'achèvera le 12 mai, et la foire, qui …"), no other clause mark between. */
const COORDINATED_AFTER_RELATIVE = /^\s(?:qui|dont)\s[^,;:«»()]{1,160}?(,)\s+(?:et|ou|mais)\s/iud;
/** A relative clause that runs to the sentence's end with no other clause mark. */
const FINAL_RELATIVE = /^\s(?:qui|dont)\s[^,;:«»()]{1,160}[.!?…]?\s*$/u;

/**
 * A "que" clause whose verb, among its first words, is in the imperfect ("qu'elle fermait le pont", "qu'il était
 * malade"): what was said held at the time of saying. A form in -rait is left out, the conditional's ("que le match
 * serait rejoué"), with the few imperfects so written ("déclarait").
 */
const SAME_TIME_REPORT = /^\s(?:que\s|qu['’])\s*(?:[\p{L}'’-]+\s+){0,3}\p{Ll}{2,}(?<!r)(?:ait|aient)(?![\p{L}])/u;

/** A comma, then an auxiliary or a copula: the verb of the first clause after a side clause (", ont été condamnés"). */
const RESUME = new RegExp(`,(?=\\s+(?:${words.resumingVerbs.map(esc).join('|')})\\s)`, 'giu');
/** "L'assaut a été donné jeudi, et a duré 90 minutes": a comma, "et" and an auxiliary with no subject go on with the first clause's subject. */
const RESUME_AND = new RegExp(`,(?=\\s+et\\s+(?:${words.resumingVerbs.map(esc).join('|')})\\s)`, 'giu');

/** Endings of a past participle or an adjective ("mort", "arrivée", "condamnés", "élu"), which may open a side clause. */
const PARTICIPLE_LIKE = /(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|t|te|ts|tes)$/u;

/** A clause that opens on "lors de" / "lors du" / "lors d'": the occasion of the main clause's fact. */
const OCCASION = /^[\s,]*lors\s+d/iu;
const OCCASION_REACH = 12;
/** Words, at most, of a phrase that opens a sentence before a comma and belongs to the clause after it ("En août 2019,"). */
const FRONTED_WORDS = 4;
/** "depuis le palais …", "depuis Tartu": "depuis" before a noun phrase, the noun (or name) captured. */
const FROM_PLACE = /^\sdepuis\s+(?:(?:le|la|les|l['’]|son|sa|ses|leur)\s*)?(\p{L}[\p{L}-]*)/u;
/** True when the phrase "depuis …" names a place: a capitalised name, or a place or venue noun. */
function placeFrom(phrase: string): boolean {
  const word = FROM_PLACE.exec(phrase)?.[1];
  return !!word && (/^\p{Lu}/u.test(word) ? !MONTHS_AND_DAYS.has(fold(word)) : FR.placeNouns.has(fold(word)) || FR.venueHeads.has(fold(word)));
}
const MONTHS_AND_DAYS = new Set([...timeWords.months.flatMap((m) => m.names), ...timeWords.weekdays].map((w) => fold(w)));
/** A past participle opening a sentence (after a quotation mark, maybe), then its phrase up to the first comma. */
const PARTICIPLE_OPENING = /^[\s«"“]*(\p{Lu}[\p{Ll}-]+)\s[^,;:«»"“”()]*,/u;
/** The index of the comma that closes a sentence's opening participle phrase ("Arrêté le 3 mai, …"), or -1. */
function participleOpening(text: string): number {
  const m = PARTICIPLE_OPENING.exec(text);
  return m && isPastParticiple(m[1]!) ? m[0].length - 1 : -1;
}
/** Right after a place's name: its relative clause on "où" ("de Riga, où il passait l'été"), the "où" captured. */
const WHERE_RELATIVE = /^[\p{L}\d'’ -]{0,40}?,?\s+(o[uù]\s)/u;
/** A sentence opened by a place phrase and a relative clause on "où" closed by a comma ("Dans la ville de X, où …, "). */
const FRONTED_PLACE = /^\s*(?:dans|à|a|au|aux|en|sur|près de)\s[^,;:«»()]{1,80},\s+o[uù]\s[^,;:«»()]{1,160}?,\s+/iu;
/** Words, at most, that lead from a fronted phrase into a side phrase ("Vendredi, deux jours après …"). */
const SIDE_LEAD_WORDS = 3;
/** " avant l'…", " après le …": a bare break on a time landmark. */
const LANDMARK_AFTER = /^\s(?:avant|après)\s/iu;
/** A sentence's opening that is only a duration, maybe hedged ("environ 90 secondes", "deux jours"), folded. */
const DURATION_OPENING = new RegExp(`^\\W*(?:(?:environ|pres de|plus de|moins de|a peine|seulement|quelque)\\s+)?[\\p{L}\\d,.-]+\\s+(?:${quantityWords.unitsOf.temps.join('|')})s?\\s*$`, 'u');

/** A cleft's opening ("C'est à 6 heures qu'…", "c'était lundi que …"), and its words at most before "que". */
const CLEFT = /^[\s,;–—]*(?:c['’](?:est|était|etait)|ce\s+(?:fut|sont|sera))\s/iu;
const CLEFT_WORDS = 8;

/** A title ("ministre") or a noun with an ending of people's nouns ("prévisionniste", "directeur"). */
function isPersonNoun(word: string): boolean {
  const w = word.toLowerCase();
  return FR.titles.has(w) || FR.personNounEndings.some((e) => fold(w).endsWith(e));
}

/** A noun of a place or a venue ("localité", "village", "stade"). */
function isPlaceNoun(word: string): boolean {
  const w = fold(word);
  return FR.placeNouns.has(w) || FR.venueHeads.has(w);
}

/** The analysed terms of a question's main clause: the words before its first "que" ("annoncé" in "Quand X a-t-il annoncé que …"). */
export function mainClauseTerms(q: AnalyzedQuestion): Set<string> {
  // " que", " qu'" — not " quelle" ("à quelle heure" opens no clause).
  let main = q.text.replace(/^(?:qu['’]|que\s)/i, '').split(/\s(?:que(?![\p{L}])|qu['’])/iu)[0] ?? q.text;
  // "Où était X quand il a signé l'accord ?": a clause of time that is not the question's own word frames the fact.
  if (q.kind !== 'when') main = main.split(/[\s,](?:quand|lorsque|lorsqu['’])(?![\p{L}])/iu)[0] ?? main;
  return new Set(analyse(main).filter((t) => q.terms.has(t) || q.alternatives.has(t)));
}

/**
 * For a sentence, a function from an offset to the weight of the clause holding it: 1 for the clause that says the
 * most of the question's main clause, down to TUNING.otherClause for a clause that says none of it. With `times`, for
 * dates and times of day, a saying's clause also says what it reports in the imperfect.
 */
export function clauseWeights(sentence: AnnotatedSentence, asked: Set<string>, q: AnalyzedQuestion, options: { times?: boolean; fact?: string } = {}): (at: number) => number {
  const weigh = inOwnSentence(sentence.text, asked, q, clauseWeightsOf(sentence, asked, q, options));
  // "« Pourquoi les 15 agents se sont-ils réunis à Istanbul ? Où est le corps ? »": what a question in the text names,
  // it asks, and states nothing.
  const asking = questionsIn(sentence.text);
  return asking.length ? (at) => (asking.some(([from, to]) => at >= from && at < to) ? 0 : weigh(at)) : weigh;
}

/** The end of a sentence inside a longer one (a quotation of several sentences), before the next one's capital. */
const INNER_SENTENCE_END = /[.!?…]\s+(?=[«"“]?\s*\p{Lu})/gu;
/**
 * "« X est décédé le 13 septembre 2022. … Il sera incinéré », selon un communiqué": in a quotation of several sentences,
 * kept whole as one, what a sentence of it says nothing of the question's words is another fact's; a sentence of it
 * that says them holds the question's clauses.
 */
function inOwnSentence(text: string, asked: Set<string>, q: AnalyzedQuestion, weigh: (at: number) => number): (at: number) => number {
  if (!asked.size) return weigh;
  // (Only inside a quotation: "Nous sommes le mercredi 16 octobre, vers 15h. X est assis …", read as one sentence, sets
  // the scene's time for the next.)
  const ends = [...text.matchAll(INNER_SENTENCE_END)].map((m) => m.index! + 1).filter((at) => insideQuotation(text, at));
  if (!ends.length) return weigh;
  const bounds = [0, ...ends, text.length];
  const says = (from: number, to: number) => (text.slice(from, to).match(/[\p{L}'’-]+/gu) ?? []).some((w) => analyse(w).some((t) => asked.has(q.alternatives.get(t)?.of ?? t)));
  const saying = bounds.slice(0, -1).map((from, i) => says(from, bounds[i + 1]!));
  if (!saying.some(Boolean) || saying.every(Boolean)) return weigh;
  return (at) => {
    const i = bounds.findIndex((b, j) => j + 1 < bounds.length && at >= b && at < bounds[j + 1]!);
    return i >= 0 && !saying[i] ? 0 : weigh(at);
  };
}

/** Where a sentence asks something: from the punctuation that opens each question to its question mark. */
function questionsIn(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/\?/g)) {
    let from = m.index!;
    while (from > 0 && !QUESTION_OPENS.test(text[from - 1]!)) from--;
    // "Mais où est passé le PDG de Tepco (fondé en 1951) ?": what brackets set inside a question is stated.
    let at = from;
    for (const b of text.slice(from, m.index!).matchAll(/\([^()]*\)/g)) {
      out.push([at, from + b.index!]);
      at = from + b.index! + b[0].length;
    }
    out.push([at, m.index!]);
  }
  return out;
}
/** Punctuation before which a question in a text does not reach: a sentence's end, a colon, a quotation mark. */
const QUESTION_OPENS = /[.!?:;«»"“”]/u;

/** {@link clauseWeights} before the questions a sentence asks are set apart. */
function clauseWeightsOf(sentence: AnnotatedSentence, asked: Set<string>, q: AnalyzedQuestion, { times = false, fact }: { times?: boolean; fact?: string } = {}): (at: number) => number {
  const text = sentence.text;
  // ", mort à 74 ans …": a comma before a word of the question's main clause opens that word's own clause.
  // "Joël Collado, prévisionniste à …": after a person's name, a comma and a title or a noun of a person open a
  // description of them, no clause ("X, mort à 74 ans" does open one).
  // "à Tigre, localité à 30 km de …": after a place's name, a comma and a place noun open a description of it.
  const describes = (at: number, word: string) => sentence.mentions.some((m) => m.end === at && (m.type === 'person' ? isPersonNoun(word) : m.type === 'place' && isPlaceNoun(word)));
  // "un Marocain de 26 ans, armé d'un fusil, ouvre le feu": a verb that is no participle after the comma resumes the
  // clause its subject opened.
  const askedAfterComma = [...text.matchAll(/,\s+(\p{L}+)/gu)].filter((m) => !describes(m.index!, m[1]!) && PARTICIPLE_LIKE.test(m[1]!.toLowerCase()) && analyse(m[1]!).some((t) => asked.has(q.alternatives.get(t)?.of ?? t))).map((m) => m.index!);
  // "X et Y, dont l'accusation affirmait qu'ils …, ont été condamnés à trente ans": after a side clause, a comma and an
  // auxiliary resume the first clause.
  // (Not for dates: "arrêté lundi, et a été libéré mardi" dates two facts of one subject.)
  const resumed = new Set([...text.matchAll(RESUME), ...(times ? [] : text.matchAll(RESUME_AND))].map((m) => m.index!));
  // "X, l'assaillant qui a blessé quatre enfants jeudi, vient d'être mis en examen": a relative clause closed by a comma
  // before its antecedent's verb is a clause of its own, which says what its antecedent says (the séisme "qui a frappé
  // mercredi" is still the séisme).
  const relatives = new Map<number, number>();
  // "le salon qui s'achèvera le 12 mai, et la foire, qui s'y tiendra le 3 juin": a comma and a coordinating
  // word end a relative clause (which stays with its antecedent's clause); the phrase they open is a clause of its own.
  const coordinated: number[] = [];
  for (const m of text.matchAll(RELATIVE_QUI)) {
    const close = CLOSED_RELATIVE.exec(text.slice(m.index!));
    const coordination = close ? undefined : COORDINATED_AFTER_RELATIVE.exec(text.slice(m.index!));
    // "… dans l'affaire des attentats qui ont frappé la capitale le 22 mars 2016.": one that ends the sentence too.
    if (close) relatives.set(m.index!, m.index! + close.indices![1]![0]);
    else if (coordination) coordinated.push(m.index! + coordination.indices![1]![0]);
    else if (FINAL_RELATIVE.test(text.slice(m.index!))) relatives.set(m.index!, -1);
  }
  for (const [, comma] of relatives) if (comma >= 0) resumed.add(comma);
  // "a annoncé X lors d'une allocution depuis le château de Valga": "depuis" before a place says where from, and
  // opens no clause (as "depuis 1891" does).
  const breaks = [...text.matchAll(CLAUSE_BREAK)].filter((m) => !placeFrom(text.slice(m.index!)));
  // "Arrêté le 3 mai à Lyon, X sera jugé samedi à Paris": a past participle opening the sentence, up to its comma, is a
  // clause of its own (its fact's), whatever its length.
  // (Not for times: "Nommé le 2 juin, il devint le plus jeune …" dates the fact the main clause tells.)
  const participial = times ? -1 : participleOpening(text);
  const starts = [0, ...new Set([...breaks.map((m) => m.index!), ...askedAfterComma, ...resumed, ...relatives.keys(), ...coordinated, ...(participial > 0 ? [participial] : [])])].sort((x, y) => x - y);
  // "En août 2019, après dix ans d'enquête, les juges ont rendu …": a short phrase opening the sentence is set before
  // the clause after it and belongs to it.
  const opening = text.slice(0, starts[1]);
  const wordCount = (t: string) => t.split(/\s+/).filter(Boolean).length;
  const comma = opening.indexOf(',');
  // (A participle's phrase is no fronted phrase.)
  const setBefore = starts.length > 1 && starts[1] !== participial;
  if (setBefore && (text[starts[1]!] === ',' || opening.trimEnd().endsWith(',')) && wordCount(opening) <= FRONTED_WORDS) starts.splice(1, 1);
  // "Vendredi, deux jours après l'explosion survenue le 3 mai, le directeur de l'usine … a été arrêté": the short
  // phrase and the few words that lead into a side phrase ("deux jours après …") are both set before the clause after.
  else if (setBefore && /^[^,]+,[^,]+$/.test(opening) && wordCount(opening.slice(0, comma)) <= FRONTED_WORDS && wordCount(opening.slice(comma + 1)) <= SIDE_LEAD_WORDS) starts.splice(1, 1);
  // "Environ 90 secondes avant l'impact, le pilote …": a duration that opens the sentence right before "avant" or
  // "après" measures the time to a landmark the main clause's fact is set by; it belongs to that clause.
  if (starts.length > 1 && LANDMARK_AFTER.test(text.slice(starts[1]!)) && DURATION_OPENING.test(fold(text.slice(0, starts[1])))) starts.splice(1, 1);
  // "C'est à 6 heures qu'elle est passée au rouge": the phrase a cleft puts forward belongs to the clause after "que".
  for (let i = starts.length - 1; i >= 1; i--) {
    const before = text.slice(starts[i - 1]!, starts[i]!);
    if (/^\s(?:que|qu['’])/iu.test(text.slice(starts[i]!)) && CLEFT.test(before) && before.split(/\s+/).filter(Boolean).length <= CLEFT_WORDS) starts.splice(i, 1);
  }
  if (starts.length === 1 || (!asked.size && !q.entities.size)) return () => 1;
  // Which clauses say a word of the question's main clause (names aside).
  // The terms of a stretch of the sentence, analysed once for all the readings below.
  const read = new Map<string, string[]>();
  const termsIn = (from: number, to: number) => read.get(`${from}:${to}`) ?? read.set(`${from}:${to}`, analyse(text.slice(from, to))).get(`${from}:${to}`)!;
  const saysAskedIn = (from: number, to: number) => termsIn(from, to).some((t) => asked.has(q.alternatives.get(t)?.of ?? t));
  const saysAsked = starts.map((from, i) => saysAskedIn(from, starts[i + 1] ?? text.length));
  // The question's words (a synonym at its lower weight) and the names it asks about, said in [from, to).
  const saidIn = (from: number, to: number) => {
    const found = new Map<string, number>();
    for (const t of termsIn(from, to)) {
      const alt = q.alternatives.get(t);
      const term = alt ? alt.of : t;
      if (asked.has(term)) found.set(term, Math.max(found.get(term) ?? 0, (q.terms.get(term) ?? 0) * (alt ? alt.factor : 1)));
    }
    let sum = [...found.values()].reduce((a, b) => a + b, 0);
    const named = new Set(sentence.mentions.filter((m) => m.start >= from && m.start < to && q.entities.has(m.entity)).map((m) => m.entity));
    for (const id of named) sum += q.entities.get(id) ?? 0;
    return sum;
  };
  const said = starts.map((from, i) => saidIn(from, starts[i + 1] ?? text.length));
  for (let i = 1; i < starts.length; i++) {
    if (!relatives.has(starts[i]!)) continue;
    // The antecedent: the last words before "qui", within the clause before.
    const lead = text.slice(starts[i - 1]!, starts[i]!);
    const from = starts[i]! - (ANTECEDENT.exec(lead)?.[0].length ?? 0);
    said[i] = Math.max(said[i]!, saidIn(from, starts[i]!));
    saysAsked[i] = saysAsked[i]! || saysAskedIn(from, starts[i]!);
  }
  for (let i = 1; i < starts.length; i++) {
    if (!resumed.has(starts[i]!)) continue;
    said[i] = Math.max(said[i]!, said[0]!);
    saysAsked[i] = saysAsked[i]! || saysAsked[0]!;
  }
  // "La mairie avait annoncé, le 3 mai, qu'elle fermait le pont aux voitures": a fact reported in the
  // imperfect held when it was said, so the date of the saying dates it too (not "que le match serait rejoué"). Read
  // for times only: a figure of the saying's clause ("X, qui aura 40 ans, nie, arguant qu'il était …") is not the fact's.
  // "La fête a été gâchée dimanche 10 au soir lors de la finale": likewise the fact a "lors de" phrase names happened when
  // the clause before it did, so a date of that clause dates it too.
  for (let i = 1; times && i < starts.length; i++) {
    const sameTime = DURING_OPENS.test(text.slice(starts[i]!)) || (SAME_TIME_REPORT.test(text.slice(starts[i]!)) && hasSpeechForm(text.slice(starts[i - 1]!, starts[i]!)));
    if (!sameTime) continue;
    said[i - 1] = Math.max(said[i - 1]!, said[i]!);
    saysAsked[i - 1] = saysAsked[i - 1]! || saysAsked[i]!;
  }
  // "Dans la capitale X, où les routes se sont fissurées, le sol a vibré …": a fronted place phrase, then a relative
  // clause on "où" closed by a comma, is set before the main clause after them.
  const fronted = FRONTED_PLACE.exec(text);
  if (fronted) {
    let main = starts.length - 1;
    while (main > 0 && starts[main]! > fronted[0].length) main--;
    if (main > 0) {
      said[0] = Math.max(said[0]!, said[main]!);
      saysAsked[0] = saysAsked[0]! || saysAsked[main]!;
    }
  }
  // "La publication du rapport, c'était quand ?" of "le 15 mai, X a publié un rapport sur la crue … du 20 avril":
  // the fact the question opens on (its head noun, or that noun's verb) is dated in the clause that says it,
  // however many of the question's other words (what was published) another clause says.
  if (fact !== undefined) {
    const saysFact = starts.map((from, i) => termsIn(from, starts[i + 1] ?? text.length).some((t) => t === fact || q.alternatives.get(t)?.of === fact));
    const top = Math.max(...said);
    if (saysFact.some(Boolean) && !saysFact.every(Boolean)) saysFact.forEach((says, i) => { if (says) said[i] = said[i]! + top; });
  }
  const most = Math.max(...said);
  if (!most) return () => 1;
  // "… est rentré de Riga, où il passait l'été pendant l'incendie": the place a relative clause on "où"
  // follows is where that clause's fact happened; it counts as that clause does.
  const whereOf = (at: number) => {
    const m = WHERE_RELATIVE.exec(text.slice(at));
    if (!m) return -1;
    const ou = at + m[0].length - m[1]!.length;
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > ou) i--;
    return starts[i]! >= at ? i : -1;
  };
  return (at) => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > at) i--;
    const where = whereOf(at);
    if (where > i && said[where]! > said[i]!) i = where;
    // "Ce samedi, la France dit au revoir à X, mort à 74 ans": when another clause says the question's words, a
    // date in a clause that says none of them dates another fact.
    // A phrase opened by "lors de" ("a été engagée, a annoncé X lors de sa visite ce samedi") sets the occasion of the
    // main clause's fact: its date counts, at the weight of a clause that says none of the question.
    if (!saysAsked[i] && saysAsked.some(Boolean) && !OCCASION.test(text.slice(starts[i]!, starts[i]! + OCCASION_REACH))) return 0;
    return TUNING.otherClause + (1 - TUNING.otherClause) * (said[i]! / most);
  };
}

/** "ne … pas", "n'était jamais": a negation, its verb between. */
const NEGATION = new RegExp(`(?:^|\\s)n(?:e\\s|['’])\\s*(?:\\p{L}+\\s+){0,3}?(?:${words.negations.join('|')})(?!\\p{L})`, 'iu');
/** "…, pas à Lyon ni Nantes", "et non à Metz": a negation without "ne" right before the words it denies. */
const BARE_NEGATION = new RegExp(`(?:^|[\\s,])(?:${words.bareNegations.join('|')})\\s+(?:(?:${words.negatedPrepositions.join('|')})\\s+)?$`, 'iu');

/** True when what stands at `at` follows a negation in its clause ("n'était pas né le …"), outside parentheses. */
export function denied(text: string, at: number): boolean {
  const before = text.slice(0, at);
  if (before.lastIndexOf('(') > before.lastIndexOf(')')) return false;
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(')')) + 1);
  return NEGATION.test(clause);
}

/** True when a negation stands right before `at`, its preposition between ("ni à X", "pas à X", "ni Y"). */
export function deniedRightBefore(text: string, at: number): boolean {
  return BARE_NEGATION.test(text.slice(0, at));
}

/** True when a text (a question) says a negation ("n'a pas réussi à …"): a text's denial then says what it asks. */
export function saysNegation(text: string): boolean {
  return NEGATION.test(text);
}
