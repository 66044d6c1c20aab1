/** Quote: what a speaker said, about the topic asked. */
import type { AnalyzedQuestion } from './analyze-question.js';
import type { Knowledge, ScoredSentence } from './knowledge.js';
import { stem, terms as analyse } from '../nlp/tokens.js';
import { best, clip, vote, type Candidate } from './candidates.js';
import { farSupport, finish, isSpeechTerm, MAX_ANSWER, occasionTerms, MIN_QUOTATION_WORDS, saysTerm, singularOf, type Partial } from './answer-common.js';
import { isPersonNoun } from './question-kind.js';
import { TUNING } from './tuning.js';
import { FR, fold } from '../nlp/french.js';
import { isAddressee, isSubjectPronoun, sexOfPhrase, tellsQuotationBefore } from '../nlp/quotes.js';

/** Words a report quotes between quotation marks. */
const QUOTED_PHRASE = /[«“"]([^«»“”"]+)[»”"]/gu;
import { escapeRegExp } from '../regexp.js';
import { sexOfGivenName } from '../nlp/given-names.js';

/** What someone said: their speech acts, ranked by how well the sentence matches the rest of the question. */
export function answerQuote(k: Knowledge, q: AnalyzedQuestion, ranked: ScoredSentence[]): Partial | null {
  const rankedScore = new Map(ranked.map((r) => [r.index, r.score]));
  const speakers = askedSpeakers(k, q);
  const pool = new Map<string, Candidate>();
  const acts = new Map<string, number>();
  // What the statement is about: the question's words that do not name the speaker or the act of speaking.
  // (A name the question's speakers were set apart from as a noun's complement, "après la victoire de Milei", names no
  // topic either: it frames the words asked, as it did when it was read as a speaker.)
  const speakerWords = new Set([...speakers, ...framingNames(k, q, speakers)].flatMap((id) => k.nameTerms(id)));
  // "Qu'a dit X sur le gendarme ?": the word after "sur", "à propos de" … is what the statement must be about.
  const about = aboutTerm(q);
  // "Qu'a déclaré X au sujet de la Manche ?": a name after "sur", "au sujet de" is what the statement is about too.
  const aboutName = aboutEntity(k, q, speakers);
  const aboutNameTerms = new Set(aboutName === undefined ? [] : k.nameTerms(aboutName));
  const nameTopic: [string, number][] = aboutName === undefined ? [] : k.nameTerms(aboutName).map((t) => [t, Math.max(1, ...q.terms.values()) * TUNING.quoteAboutWord]);
  // ("Qu'a dit X dans son hommage ?": the noun of the speech the words were said in is where, not what about.)
  // ("Qu'a dit X pendant la cérémonie funèbre ?": the occasion said after "pendant", "lors de" is when, not what about.)
  const occasion = new Set([...[...fold(q.text).matchAll(SPEECH_OCCASION)].filter((m) => FR.speechNouns.includes(m[1]!)).flatMap((m) => analyse(m[1]!)), ...occasionTerms(q.text)]);
  const topicOf = (exclude: Set<string>) => [...[...q.terms].filter(([t]) => !exclude.has(t) && !speakerWords.has(t) && !isSpeechTerm(t) && !occasion.has(t))
    .map(([t, w]): [string, number] => [t, t === about ? w * TUNING.quoteAboutWord : w]), ...nameTopic.filter(([t]) => !exclude.has(t))];
  // A quotation that opens its sentence is often introduced by the sentence before ("…, comme il l'explique au micro
  // d'Europe 1. « J'ai envie de dire … »"): that sentence says what it is about too. It is read only when the ranking
  // reached it (a speaker's statements are many).
  const introOf = (act: { sentence: number; direct: boolean; entity?: number }) => (rankedScore.has(act.sentence - 1) ? introducedBy(k, act.sentence, act.direct, act.entity) : undefined);
  /** Share (0..1) of the topic's weight that the statement or its sentence says, synonyms and word family included. */
  const topicShare = (i: number, topic: [string, number][]) => {
    if (!topic.length) return 1;
    const act = k.ann.speech[i];
    // Only a statement whose sentence the ranking reached can say the topic's words (and reading every statement
    // of a speaker quoted thousands of times would cost too much).
    const intro = introOf(act);
    if (!rankedScore.has(act.sentence) && intro === undefined) return 0;
    const told = toldBy(k, act);
    const said = new Set([...k.sentence(act.sentence).terms, ...analyse(act.text), ...(intro !== undefined ? k.sentence(intro).terms : []), ...(told !== undefined ? k.sentence(told).terms : [])]);
    // "La mort du président … dans un accident. … Pour Lech Walesa, c'est « une tragédie »": the paragraph says what a
    // statement is about too, less surely.
    // Read only when the statement's own sentences leave a topic word unsaid.
    let around: Set<string> | undefined;
    const total = topic.reduce((a, [, w]) => a + w, 0);
    let hit = 0;
    // The name a statement is asked about ("au sujet de la Manche") is said in the statement's own sentences.
    // ("« Les accidents sont dans la nature même des mines », a dit X" says "accidents" in its own words; "« Il y aura une
    // enquête », a assuré X, … en donnant en exemple des accidents" only in the sentence around it, less surely.)
    // ("Qu'a dit X en réclamant une enquête ?": the gerund's words tell when it was said, not what, and count as before.)
    // ("indiquant que son client était « quelque peu hébété … »": a quoted fragment that says no word of the topic has the
    // words of the report it is quoted in for its own, which say whom it is about.)
    let own = GERUND_ASKED.test(q.text) ? said : new Set(analyse(act.text));
    if (act.direct && !GERUND_ASKED.test(q.text) && !topic.some(([t]) => saysTerm(own, t, q))) own = new Set([...own, ...analyse(reportAround(k, i) ?? '')]);
    for (const [t, w] of topic) hit += saysTerm(own, t, q) ? w : saysTerm(said, t, q) ? w * TUNING.sentenceTopic : !aboutNameTerms.has(t) && saysTerm(around ??= new Set(paragraphTerms(k, act.sentence)), t, q) ? w * TUNING.paragraphTopic : 0;
    return total ? hit / total : 1;
  };
  // "Qu'a dit le maire de Gex …": the place or body the speaker's noun is of; a statement of a mayor told beside
  // another town is another mayor's.
  const of = speakers.length ? undefined : speakerComplement(k, q);
  const [ofTerm] = of !== undefined ? analyse(of) : [];
  // "Qu'a dit X en annonçant la fin du siège ?": the announcement is the circumstance; the words X said then are asked,
  // not the report that X announced it.
  const gerund = GERUND_ASKED.exec(q.text)?.[1];
  const circumstance = gerund ? fold(stem(gerund)) : undefined;
  // The sex of the subject pronoun the question asks of ("Elle a dit …", "Qu'a-t-il répondu ?").
  const askedSex = askedSexOf(k, q, speakers);
  const consider = (i: number, bySpeaker: number, topic: number) => {
    const act = k.ann.speech[i];
    // (A fragment the sentence quotes, « shebab », is no statement of its own either.)
    if (circumstance !== undefined && (!act.direct || act.text.split(/\s+/).length < MIN_QUOTATION_WORDS) && fold(stem(act.verb)) === circumstance) return;
    // "Selon nos informations, …": the outlet's own reporting is no one's statement.
    if (OUTLET_SPEAKER.test(fold(act.speakerText))) return;
    // "Elle a dit quoi …": words a man said ("…, avait-il affirmé", "a dit Pierre X") are not hers.
    if (askedSex !== undefined && otherSex(k, act, askedSex)) return;
    if (of !== undefined && !saysNear(k, act.sentence, of) && !(act.entity !== undefined && ofTerm !== undefined && k.describedTerms(act.entity).has(ofTerm))) return;
    // The rest of the question (about what, where, to whom) is matched by the ranking of its sentence.
    const intro = introOf(act);
    const context = Math.max(rankedScore.get(act.sentence) ?? 0, intro !== undefined ? rankedScore.get(intro) ?? 0 : 0);
    const score = bySpeaker * (1 + context) * (TUNING.quoteTopicFloor + topic) * (act.direct ? TUNING.directQuote : 1);
    const key = `q${i}`;
    vote(pool, key, score, act.sentence, k.sentences.docOf(act.sentence));
    acts.set(key, i);
  };
  let bestTopic = 0;
  let topicAsked = false;
  if (speakers.length) {
    // "Qu'a confié le directeur de théâtre X …": the title the question gives the speaker it names is no topic.
    const topic = topicOf(titleTermsBefore(q.text, speakers.map((id) => k.ann.entities[id]!.name)));
    topicAsked = topic.length > 0;
    for (const id of speakers) {
      for (const i of [...(k.speechByEntity.get(id) ?? []), ...organsOf(k, id)]) {
        const t = topicShare(i, topic);
        bestTopic = Math.max(bestTopic, t);
        consider(i, 1, t);
      }
    }
  } else {
    // "l'archéologue", "le département d'État américain": the speaker's words among the question's.
    const qTerms = [...q.terms.keys()];
    // "L'habitant qui se plaint des autorités, il a dit quoi ?": the noun the question opens on is the speaker's; a
    // speaker it does not describe ("les autorités") said something else.
    const noun = speakerNoun(q);
    k.speakerTerms.forEach((words, i) => {
      if (!words || (noun && !words.has(noun))) return;
      const hit = qTerms.filter((t) => words.has(t)).length;
      if (!hit) return;
      const topic = topicOf(words);
      const t = topicShare(i, topic);
      if (hit >= 2 || qTerms.length <= 2 || t > 0) {
        topicAsked ||= topic.length > 0;
        bestTopic = Math.max(bestTopic, t);
        consider(i, hit / Math.max(2, words.size), t);
      }
    });
    // "Qu'a raconté le maire de X …": a named speaker the corpus describes so ("Y, maire de X") — the words of the
    // description, and the names it holds, among the question's.
    const asked = [...qTerms, ...[...q.entities.keys()].flatMap((id) => k.nameTerms(id))];
    for (const [id, said] of k.speechByEntity) {
      // ("L'avocate d'Amélie K., qu'est-ce qu'elle a déclaré ?": the one a speaker's noun is of, right after its "de", is
      // not that speaker; "le responsable des pompiers X" is.)
      if (q.entities.has(id) && writtenAt(k, id, fold(q.text)).some((at) => at > 0 && COMPLEMENT_BEFORE.test(fold(q.text).slice(0, at)))) continue;
      const words = k.describedTerms(id);
      if (noun && !words.has(noun)) continue;
      const hit = asked.filter((t) => words.has(t)).length;
      if (!hit || (hit < 2 && qTerms.length > 2)) continue;
      const topic = topicOf(words);
      for (const i of said) {
        const t = topicShare(i, topic);
        topicAsked ||= topic.length > 0;
        bestTopic = Math.max(bestTopic, t);
        consider(i, hit / Math.max(2, words.size), t);
      }
    }
  }
  // "Qu'a dit X sur Y ?": when X said nothing that touches Y, the corpus does not say.
  if (topicAsked && bestTopic === 0) return null;
  let c = best(pool);
  if (!c) return null;
  // "Qu'a déclaré X au sujet de Y ?": the speaker's own words, quoted, answer before the journalist's report of what they
  // said, when they rank close to it.
  // (A report that quotes a phrase of theirs — "des suspects « loin des profils habituels du grand banditisme »" — is quoted
  // enough; one quoted word or two — "une « piste sérieuse »" — are not.)
  const quoted = (key: string) => { const act = k.ann.speech[acts.get(key)!]!; return act.direct || [...act.text.matchAll(QUOTED_PHRASE)].some((m) => m[1]!.trim().split(/\s+/).length >= TUNING.quotedPhraseWords); };
  if (!quoted(c.key)) {
    const direct = best(new Map([...pool].filter(([key, d]) => quoted(key) && d.score >= TUNING.reportedYields * c!.score)));
    if (direct) c = direct;
  }
  // A statement only sentences far down the ranking tell, covering much less of the question than the best sentence,
  // is more often another statement than the one asked.
  if (farSupport(ranked, c, TUNING.quoteFarRank, TUNING.quoteFarShare)) return null;
  const at = acts.get(c.key)!;
  const act = k.ann.speech[at];
  const sentence = k.sentence(act.sentence).text;
  // « Il s'est éteint. Il est parti rejoindre ses amis. », a écrit sa famille: a quotation over several sentences is
  // shown whole.
  const text = act.direct ? quotationAround(k, at) : act.text;
  // A fragment (« alliance de sang ») reads best in its sentence; a full quotation stands alone.
  const words = text.split(/\s+/).length;
  const answer = act.direct ? (words >= MIN_QUOTATION_WORDS ? `« ${text} »` : sentence) : act.text;
  return finish(k, ranked, c, clip(answer, MAX_ANSWER));
}


/** How many statements either side of a quoted fragment are read for the report it is quoted in. */
const REPORT_REACH = 2;
/** The text of the reported statement of the same sentence and speaker that quotes direct act `i` ("son client était
 * « quelque peu hébété … »" for « quelque peu hébété … »), if there is one. */
function reportAround(k: Knowledge, i: number): string | undefined {
  const act = k.ann.speech[i]!;
  for (let j = Math.max(0, i - REPORT_REACH); j <= i + REPORT_REACH && j < k.ann.speech.length; j++) {
    const o = k.ann.speech[j]!;
    if (j !== i && !o.direct && o.sentence === act.sentence && o.speakerText === act.speakerText && o.text.includes(act.text)) return o.text;
  }
  return undefined;
}

/** Two pieces that open on this many same characters are one statement told twice. */
const SAME_OPENING = 30;
/**
 * The text of direct act `at` with the pieces of the same quotation in the sentences right before and after it: full
 * direct acts of the same speaker, one per sentence, in one paragraph (at most MAX_ANSWER characters); a fragment
 * (« alliance de sang ») alone.
 */
function quotationAround(k: Knowledge, at: number): string {
  const act = k.ann.speech[at]!;
  const full = (text: string) => text.split(/\s+/).length >= MIN_QUOTATION_WORDS;
  // A fragment is joined only to the quotation it closes (« … doit être intégrée dans notre conscience. », then « .. »,
  // a-t-il déclaré).
  const closing = !full(act.text);
  // A piece: a full sentence or more of the same speaker's direct words, in the next sentence of the same paragraph,
  // that does not repeat a piece already taken.
  const taken = [act.text];
  const piece = (j: number, next: number) => {
    const o = k.ann.speech[j];
    return !!o && o.direct && o.sentence === next && k.sameParagraph(o.sentence, act.sentence) && full(o.text)
      && (act.entity !== undefined ? o.entity === act.entity : o.entity === undefined && o.speakerText === act.speakerText)
      && !taken.some((t) => t.includes(o.text) || o.text.includes(t) || fold(t).slice(0, SAME_OPENING) === fold(o.text).slice(0, SAME_OPENING));
  };
  let first = at;
  let last = at;
  let length = act.text.length;
  while (piece(first - 1, k.ann.speech[first]!.sentence - 1) && (length += k.ann.speech[first - 1]!.text.length + 1) <= MAX_ANSWER) taken.push(k.ann.speech[--first]!.text);
  if (closing && first === at) return act.text;
  while (!closing && piece(last + 1, k.ann.speech[last]!.sentence + 1) && (length += k.ann.speech[last + 1]!.text.length + 1) <= MAX_ANSWER) taken.push(k.ann.speech[++last]!.text);
  // A piece that ends its sentence runs on in the next one; one that does not closed its quotation, and the next piece
  // opens another.
  return k.ann.speech.slice(first, last + 1).map((o) => o.text.trim()).reduce((all, t) => `${all}${/[.!?…]$/.test(all) ? ' ' : ' » … « '}${t}`);
}

/**
 * The sentence after a quotation that opens its sentence, when it tells who said it ("« … ». Cette image a été utilisée
 * par X, à propos du séisme"): it says what the quotation is about too.
 */
function toldBy(k: Knowledge, act: { sentence: number; direct: boolean; entity?: number }): number | undefined {
  if (!act.direct || act.entity === undefined || !k.sameParagraph(act.sentence, act.sentence + 1) || !OPENS_ON_QUOTE.test(k.sentence(act.sentence).text)) return undefined;
  const after = k.sentence(act.sentence + 1);
  return after.mentions.some((m) => m.entity === act.entity) && tellsQuotationBefore(after.text) ? act.sentence + 1 : undefined;
}

/** A quotation mark opening a sentence, after any space. */
const OPENS_ON_QUOTE = /^\s*[«"“]/u;

/** The sentence before a sentence that opens on a direct quotation, in the same paragraph or naming its speaker: the one that introduces it. */
function introducedBy(k: Knowledge, index: number, direct: boolean, entity?: number): number | undefined {
  if (!direct || index === 0 || !OPENS_ON_QUOTE.test(k.sentence(index).text)) return undefined;
  // "Jannell X dit avoir eu peur … alors qu'elle évacuait les chevaux." then, in a paragraph of its own, « … »,
  // raconte-t-elle: the sentence before that names the speaker introduces the quotation too.
  const before = index - 1;
  return k.sameParagraph(index, before) || (entity !== undefined && k.sentences.docOf(before) === k.sentences.docOf(index) && k.sentence(before).mentions.some((m) => m.entity === entity)) ? before : undefined;
}

/**
 * "dans son hommage", folded: the noun after it (captured) may name the speech itself ("lors de sa déclaration",
 * "pendant son discours" are read with every occasion, by occasionTerms).
 */
const SPEECH_OCCASION = /(?:^|[^a-z])dans\s+(?:son|sa|ses|leur|un|une|le|la|l'|ce|cet|cette)\s*([a-z]+)/g;
/** "en annonçant …", "en réagissant …": a gerund in a quote question, captured. */
const GERUND_ASKED = /(?:^|\s)en\s+(\p{L}{3,}ant)(?![\p{L}])/iu;

/** "sur le gendarme", "à propos des démolitions", "au sujet de la grève": the noun a statement is asked about. */
const ABOUT = /(?:^|\s)(?:sur|à propos d[eu']s?|a propos d[eu']s?|au sujet d[eu']s?|concernant)\s*(?:(?:le|la|les|l['’]|son|sa|ses|leur|leurs|ce|cet|cette|ces)\s*)?(\p{L}[\p{L}-]*)/iu;

/** The entity a quote question names right after "sur", "au sujet de" … (not a speaker asked), if any. */
function aboutEntity(k: Knowledge, q: AnalyzedQuestion, speakers: number[]): number | undefined {
  const m = ABOUT.exec(q.text);
  if (!m) return undefined;
  const word = fold(m[1]!);
  return [...q.entities.keys()].find((id) => !speakers.includes(id) && nameWords(k, id).some((words) => words[0] === word));
}

/** The analysed term of the noun a quote question asks the statement to be about, if it is one of its terms. */
function aboutTerm(q: AnalyzedQuestion): string | undefined {
  const word = ABOUT.exec(q.text)?.[1];
  const [term] = word ? analyse(word) : [];
  return term && q.terms.has(term) ? term : undefined;
}

/**
 * The people and organisations a question names as speakers; with none, the people whose family name is a word of
 * the question ("Saarmets, il a dit quoi …").
 */
export function askedSpeakers(k: Knowledge, q: AnalyzedQuestion): number[] {
  // "qu'est-ce que le Front Vert a juré à propos de la mémoire de Paul X ?": a name of no person's or body's type set
  // as the subject of the question's verb is the speaker asked; a person in the complement of what was said about is
  // not.
  // ("le maire de Velmar a-t-il dit": a name that completes the speaker's noun is not that subject.)
  const subject = [...q.entities.keys()].find((id) => k.ann.entities[id].type === 'other' && subjectOfVerb(k, id, q.text) && !inComplement(k, id, q.text));
  if (subject !== undefined) return [subject];
  // "Qu'a déclaré X au sujet de Y ?": the name right after the question's verb is its subject, whatever type the
  // corpus gave it (a family name that is also a town's reads as a place).
  const inverted = [...q.entities.keys()].find((id) => k.ann.entities[id].type !== 'person' && k.ann.entities[id].type !== 'org' && invertedSubject(k, id, q.text));
  if (inverted !== undefined) return [inverted];
  const speaking = [...q.entities.keys()].filter((id) => k.ann.entities[id].type === 'person' || k.ann.entities[id].type === 'org');
  // "Qu'a raconté X à l'AFP …": the body the words were said to is no speaker asked.
  // ("Qu'a dit X pour accueillir Y ?": the one an infinitive or a gerund acts on is no speaker asked either.)
  // ("Comment X a-t-il décrit Y ?": the name the question's verb takes as its object, after its subject, is no speaker asked.)
  const subjects = speaking.filter((id) => subjectOfVerb(k, id, q.text));
  const named = (speaking.length > 1 ? speaking.filter((id) => !addressedIn(k, id, q.text)) : speaking).filter((id) => !actedOnIn(k, id, q.text))
    .filter((id, _, all) => all.length < 2 || !objectOfVerb(k, id, q.text, subjects.some((s) => s !== id)));
  // "La procureure, elle a répondu quoi à la défense de Swiftair ?": a title opens the question and every name
  // stands after a preposition — the names are what was answered, the titled one is asked.
  const title = SPEAKER_NOUN.exec(q.text)?.[1];
  // A title or any person's noun ("la veuve de X", "le père de Y"): the names after it complete it.
  const titled = !!title && (FR.titles.has(title.toLowerCase()) || isPersonNoun(singularOf(fold(title))));
  // ("Le PDG de X, il a dit quoi sur la façon dont Y dirigeait ?": a name after the comma that closes the dislocated
  // title is what the titled one spoke of.)
  if (named.length && titled && named.every((id) => inComplement(k, id, q.text) || afterDislocation(k, id, q.text))) return [];
  // "Qu'a dit X à propos de Y ?": Y is what X spoke of, not a speaker asked.
  const about = named.length > 1 ? aboutEntity(k, q, []) : undefined;
  if (about !== undefined) return named.filter((id) => id !== about);
  // "Bolsonaro, il a écrit quoi après la victoire de Milei ?": a name that completes a noun ("de X") is what the words
  // asked were about; of several names, the others are asked, and with that one alone, a person the question writes by
  // family name only is.
  const complement = named.filter((id) => k.ann.entities[id].type === 'person' && ofNoun(k, id, q.text));
  const free = named.filter((id) => !complement.includes(id));
  if (named.length && !free.length) {
    const bySurnameFree = bySurname(k, q).filter((id) => !named.includes(id) && !inComplement(k, id, q.text));
    if (bySurnameFree.length) return bySurnameFree;
  }
  if (named.length) return free.length && complement.length ? free : named;
  // "Qu'a dit le maire de Lepa après la mort de la famille Kask ?": nor is a family the titled one's words are about.
  const bySurnames = bySurname(k, q);
  return titled && bySurnames.every((id) => inComplement(k, id, q.text)) ? [] : bySurnames;
}

/**
 * The people and bodies the question names as complements of a noun ("la victoire de Milei") that {@link askedSpeakers}
 * left out of the speakers it found among several names.
 */
function framingNames(k: Knowledge, q: AnalyzedQuestion, speakers: readonly number[]): number[] {
  return [...q.entities.keys()].filter((id) => !speakers.includes(id) && k.ann.entities[id].type === 'person' && ofNoun(k, id, q.text));
}
/** A lower-case noun and its "de" right before a name ("la victoire de "), not a question word's ("dit quoi de "), folded. */
const NOUN_COMPLEMENT_BEFORE = /(?:^|\s)(?:le|la|les|l'|sa|son|ses|leur|leurs)\s*(?!quoi\b)[a-z][a-z-]{2,}\s+(?:de|d'|du|des)\s*$/;
/** True when the question writes a name of entity `id` as the complement of a noun ("après la victoire de Milei"). */
function ofNoun(k: Knowledge, id: number, question: string): boolean {
  const text = fold(question);
  return writtenAt(k, id, text).some((at) => at > 0 && NOUN_COMPLEMENT_BEFORE.test(text.slice(0, at)));
}

/** A question's opening "Qu'a VERB" (or "Qu'avait VERB"), up to the subject set after the verb. */
const INVERTED_BEFORE = /^\s*(?:qu['’]|que\s+)(?:a|ont|avait|avaient)\s+\p{Ll}+\s+$/iu;
/** True when a name of entity `id` is written in the question right after its opening "Qu'a VERB" (either apostrophe). */
function invertedSubject(k: Knowledge, id: number, question: string): boolean {
  return nameWritten(k, id, question, (before) => INVERTED_BEFORE.test(before), (t) => t.replace(/’/g, "'"));
}
/**
 * True when a form of entity `id`'s name is written in the question with text before and after it that `fits`; `same`
 * rewrites both the question and the form before they are compared (it must keep their lengths).
 */
function nameWritten(k: Knowledge, id: number, question: string, fits: (before: string, after: string) => boolean, same = (t: string) => t): boolean {
  const e = k.ann.entities[id];
  const written = same(question);
  return [e.name, ...e.aliases].some((form) => {
    const at = written.indexOf(same(form));
    return at >= 0 && fits(question.slice(0, at), question.slice(at + form.length));
  });
}

/** Before a name: an auxiliary, maybe inverted, and a participle ("a-t-il décrit", "a salué"). */
const VERB_BEFORE = /(?:^|\s)(?:a|ont|avait|avaient)(-t-(?:il|elle|ils|elles))?\s+\p{Ll}+\s+$/u;
/**
 * True when a name of entity `id` is written right after the question's auxiliary and participle, whose subject is a
 * pronoun joined to the auxiliary ("a-t-il décrit Y") or, when `subjectBefore`, another name before them ("X a salué Y").
 */
function objectOfVerb(k: Knowledge, id: number, question: string, subjectBefore: boolean): boolean {
  return nameWritten(k, id, question, (before) => { const m = VERB_BEFORE.exec(before); return !!m && (!!m[1] || subjectBefore); });
}
/** Right after a name: an auxiliary, maybe inverted, and a participle ("a promis", "avait-il dit"). */
const VERB_AFTER = /^\s*(?:a|ont|avait|avaient)(?:-t-(?:il|elle|ils|elles))?\s+\p{Ll}+/u;
/** True when a name of entity `id` is written in the question right before its auxiliary and participle. */
function subjectOfVerb(k: Knowledge, id: number, question: string): boolean {
  return nameWritten(k, id, question, (_, after) => VERB_AFTER.test(after));
}

/**
 * The statements a body speaks through its organs: those whose speaker, of no name of its own, is told as of that body
 * ("le commandement général du Front Vert", "un porte-parole de X"). Read only for a speaker of no person's type.
 */
function organsOf(k: Knowledge, id: number): number[] {
  const e = k.ann.entities[id];
  if (e.type === 'person') return [];
  const names = [e.name, ...e.aliases];
  const forms = names.map((form) => new RegExp(`(?:^|\\s)(?:de\\s+la|de\\s+l['’]|de|du|des|d['’])\\s*${escapeRegExp(form)}(?![\\p{L}])`, 'u'));
  // (A cheap test of the name first; the pattern only where it stands.)
  return unnamedActs(k).filter((i) => { const told = k.ann.speech[i]!.speakerText; return names.some((form) => told.includes(form)) && forms.some((f) => f.test(told)); });
}
/** The statements whose speaker has no name of its own, once per corpus. */
const UNNAMED = new WeakMap<Knowledge, number[]>();
function unnamedActs(k: Knowledge): number[] {
  let out = UNNAMED.get(k);
  if (!out) {
    out = [];
    for (let i = 0; i < k.ann.speech.length; i++) if (k.ann.speech[i]!.entity === undefined && k.ann.speech[i]!.speakerText) out.push(i);
    UNNAMED.set(k, out);
  }
  return out;
}

/** True when a name of entity `id` is written in the question as whom words were said to ("a raconté à l'AFP"). */
function addressedIn(k: Knowledge, id: number, question: string): boolean {
  const e = k.ann.entities[id];
  const lower = question.toLowerCase();
  return [e.name, ...e.aliases].some((form) => {
    const at = lower.indexOf(form.toLowerCase());
    return at > 0 && isAddressee(question, at);
  });
}

/** True when the name of entity `id` is written in the question as another noun's complement ("de X"). */
/** The forms a question may write an entity by: its name, its aliases, and a person's family name. */
function writtenForms(k: Knowledge, id: number): string[] {
  const e = k.ann.entities[id];
  return [e.name, ...e.aliases, ...(e.type === 'person' ? [e.name.split(/\s+/).pop()!] : [])];
}
/** Where the folded question first writes each of the entity's forms that it writes. */
function writtenAt(k: Knowledge, id: number, folded: string): number[] {
  return writtenForms(k, id).map((form) => folded.indexOf(fold(form))).filter((i) => i >= 0);
}
/** True when the question opens on a phrase a comma closes ("Le PDG de X, il a dit quoi …") and names the entity after it. */
function afterDislocation(k: Knowledge, id: number, question: string): boolean {
  const comma = question.indexOf(', ');
  // (Only a comma a subject pronoun follows closes a dislocated phrase: "…, il a dit quoi"; "le président de X, Y, en
  // s'excusant" sets a name in apposition.)
  if (comma < 0 || !/^(?:il|elle|ils|elles|on)\s/iu.test(question.slice(comma + 2))) return false;
  const text = fold(question);
  const at = writtenAt(k, id, text);
  return at.length > 0 && at.every((i) => i > comma);
}
function inComplement(k: Knowledge, id: number, question: string): boolean {
  const text = fold(question);
  for (const form of writtenForms(k, id)) {
    const at = text.indexOf(fold(form));
    if (at > 0) {
      if (COMPLEMENT_BEFORE.test(text.slice(0, at))) return true;
      // "après la mort de la famille Reynaud": a lower-case noun between "de" and the name, which it completes — with
      // its article: "le directeur de théâtre X" gives X a title.
      return new RegExp(`(?:^|\\s)(?:(?:de|d['’]|contre)\\s*(?:le|la|les|l['’])\\s*|(?:du|des)\\s+)\\p{Ll}[\\p{Ll}-]*\\s+${escapeRegExp(form)}`, 'u').test(question);
    }
  }
  return false;
}
/** True when the question writes the entity right after an infinitive or a gerund that acts on it ("pour accueillir X", "en félicitant X"). */
function actedOnIn(k: Knowledge, id: number, question: string): boolean {
  const text = fold(question);
  return writtenAt(k, id, text).some((at) => at > 0 && ACTED_ON_BEFORE.test(text.slice(0, at)));
}
/** "pour accueillir ", "en saluant la ", "afin de féliciter ": an infinitive or gerund, perhaps an article, before a name (folded). */
const ACTED_ON_BEFORE = /(?:^|\s)(?:pour|afin\s+de|afin\s+d'|en)\s+[a-z]+(?:er|ir|re|ant)\s+(?:(?:le|la|les|l')\s*)?$/;
/**
 * The sex of the subject pronoun a question asks of ("Elle a dit …", "Qu'a-t-il répondu ?"), or of the one person asked
 * by a given name of one sex ("Qu'a dit François X …"), if any.
 */
function askedSexOf(k: Knowledge, q: AnalyzedQuestion, speakers: readonly number[]): 'm' | 'f' | undefined {
  const pronoun = QUESTION_PRONOUN.exec(fold(q.text));
  if (pronoun) return (pronoun[1] ?? pronoun[2])!.startsWith('elle') ? 'f' : 'm';
  const [one] = speakers.length === 1 && k.ann.entities[speakers[0]!]!.type === 'person' ? speakers : [];
  const given = one !== undefined ? k.ann.entities[one]!.name.split(/\s+/) : [];
  return given.length > 1 ? sexOfGivenName(given[0]!) : undefined;
}
/** True when a speech act's speaker phrase or name says the other sex than `sex`. */
function otherSex(k: Knowledge, act: { speakerText: string; entity?: number }, sex: 'm' | 'f'): boolean {
  // (A body's phrase has the gender of its noun, "la branche locale" of "le Fonds X": only people are read.)
  if (act.entity !== undefined ? k.ann.entities[act.entity]!.type !== 'person' : !PERSON_PHRASE(fold(act.speakerText).trim())) return false;
  const said = sexOfPhrase(fold(act.speakerText), act.entity !== undefined ? k.ann.entities[act.entity]!.name : act.speakerText);
  return said !== undefined && said !== sex;
}
/** A pronoun, or an article and a person's noun ("le fils de X", "la porte-parole"), folded: a person's phrase. */
const PERSON_PHRASE = (folded: string) => isSubjectPronoun(folded) || isPersonNoun(/^(?:le|la|les|l'|un|une)\s*([a-z-]+)/u.exec(folded)?.[1] ?? '');
/** True when every speaker a sentence quotes is of the other sex than the question's pronoun ("Elle a dit …" of "…, avait-il affirmé"). */
export function spokenByOtherSex(k: Knowledge, q: AnalyzedQuestion, index: number, speakers: readonly number[] = []): boolean {
  const sex = askedSexOf(k, q, speakers);
  const acts = sex !== undefined ? k.actsIn(index) : [];
  return acts.length > 0 && acts.every((a) => otherSex(k, a, sex!));
}
/** A subject pronoun of the question's speech verb: "Elle a dit …", "qu'a-t-il répondu", "il a dit quoi" (folded). */
const QUESTION_PRONOUN = /(?:^|,\s*)(il|elle|ils|elles)\s+(?:a|avait|aurait|ont|avaient|auraient)\s|-(?:t-)?(il|elle|ils|elles)(?![a-z])/;
/** A speaker phrase that is the outlet itself ("nos informations", "notre envoyé spécial"), folded. */
const OUTLET_SPEAKER = /^(?:nos|notre)\s/;

/**
 * "de" or "contre" right before a name ("la défense de X", "l'avocat d'X", "contre X"): the name completes another
 * noun. ("à la RAI" may be whom the titled one spoke to, through the named one's own words.)
 */
// ("dans le communiqué diffusé par X": the agent of a participle that qualifies a noun completes it too.)
const COMPLEMENT_BEFORE = /(?:^|\s)(?:(?:de|d'|du|des|contre)\s*(?:(?:le|la|les|l')\s*)?|[a-z]{3,}(?:e|ee|es|ees|i|ie|is|u|ue|us)\s+par\s+(?:(?:le|la|les|l')\s*)?)$/;

/** The people whose family name is a word of the question ("Saarmets" → Karl-Erik Saarmets and a misspelt variant). */
function bySurname(k: Knowledge, q: AnalyzedQuestion): number[] {
  const found = new Set<number>();
  for (const [t] of q.terms) {
    for (const id of k.personsBySurname(t)) found.add(id);
  }
  return [...found];
}

/** A determiner, then the noun it opens, at the start of a question or after "qu'a dit": the speaker asked. */
// ("À quoi le maire a-t-il comparé …": after "à quoi" too.)
const SPEAKER_NOUN = /^(?:(?:qu['’](?:a|ont|avait|avaient)|qu['’]est-ce\s+qu['’](?:a|ont|avait)|à\s+quoi)\s+(?:\p{L}+\s+)?)?(?:le|la|les|l['’]|un|une)\s*(\p{L}+)/iu;

/**
 * The noun that describes the speaker a question asks about ("L'habitant de X …, il a dit quoi ?", "Qu'a dit la
 * porte-parole …"), analysed, when the question names no one and the noun is one of its terms.
 */
export function speakerNoun(q: AnalyzedQuestion): string | undefined {
  const m = SPEAKER_NOUN.exec(q.text);
  if (!m) return undefined;
  const [term] = analyse(m[1]!);
  return term && q.terms.has(term) ? term : undefined;
}

/** "le maire de Gex", "le chef de la police de Nara": a capitalised complement after the speaker's noun (a place). */
const SPEAKER_OF = /^\s+(?:(?:de|du|des|d['’])\s*(?:la\s+|les\s+|l['’]\s*)?[\p{Ll}-]+\s+){0,2}(?:de|du|des|d['’])\s*(?:la\s+|les\s+|l['’]\s*)?(\p{Lu}[\p{L}-]*)/u;

/**
 * The place or body that completes the noun describing the speaker asked ("Qu'a dit le maire de Gex …" → Gex), when
 * the question names it as one of its entities.
 */
export function speakerComplement(k: Knowledge, q: AnalyzedQuestion): string | undefined {
  const m = SPEAKER_NOUN.exec(q.text);
  if (!m || !speakerNoun(q)) return undefined;
  const name = SPEAKER_OF.exec(q.text.slice(m.index + m[0].length))?.[1];
  if (!name) return undefined;
  const word = fold(name);
  return [...q.entities.keys()].some((id) => k.ann.entities[id].type === 'place' && namedBy(k, id, word)) ? word : undefined;
}

/** The folded words of entity `id`'s name and of each alias. */
function nameWords(k: Knowledge, id: number): string[][] {
  const e = k.ann.entities[id];
  return [e.name, ...e.aliases].map((f) => fold(f).split(/[\s'’-]+/));
}

/** True when a word of entity `id`'s name or aliases is `word` (folded): "Conflans" names Conflans-Sainte-Honorine. */
function namedBy(k: Knowledge, id: number, word: string): boolean {
  return nameWords(k, id).some((words) => words.includes(word));
}

/**
 * True when the sentence at `index` names the place `word` names, or names no other place and its article named it before
 * ("… Conflans … « La ville reste marquée », souligne son maire"; not "À Lorette, … le maire s'est dit « choqué »").
 */
export function saysNear(k: Knowledge, index: number, word: string): boolean {
  const here = k.sentence(index);
  const names = (i: number) => k.sentence(i).mentions.some((m) => m.type === 'place' && namedBy(k, m.entity, word));
  if (names(index)) return true;
  if (here.mentions.some((m) => m.type === 'place')) return false;
  for (let i = index - 1; i >= 0 && k.sentences.docOf(i) === here.doc; i--) if (names(i)) return true;
  return false;
}

/** The terms of the other sentences of a sentence's paragraph. */
function paragraphTerms(k: Knowledge, index: number): string[] {
  const out: string[] = [];
  for (let i = index - 1; k.sameParagraph(index, i); i--) out.push(...k.sentence(i).terms);
  for (let i = index + 1; k.sameParagraph(index, i); i++) out.push(...k.sentence(i).terms);
  return out;
}

/** A determiner and up to four words right before a name ("le directeur de théâtre X"): those words, captured. */
const TITLE_BEFORE = /(?:^|[^\p{L}])(?:le|la|les|l['’]|du|des|au)\s*((?:[\p{Ll}][\p{Ll}'’-]*\s+){1,4})$/u;

/** The terms of the title a question writes right before a speaker's name (its last word, the family name, found). */
function titleTermsBefore(question: string, names: string[]): Set<string> {
  const out = new Set<string>();
  const folded = fold(question);
  for (const name of names) {
    const words = fold(name).split(/\s+/);
    const [first, last] = [words[0]!, words.at(-1)!];
    const at = folded.search(new RegExp(`(?<![\\p{L}])(?:${escapeRegExp(first)}\\s+)?${escapeRegExp(last)}(?![\\p{L}])`, 'u'));
    if (at <= 0) continue;
    const m = TITLE_BEFORE.exec(question.slice(0, at));
    // "l'absence de X": a noun the name completes is what is asked about, no title.
    if (m && !COMPLEMENT_BEFORE.test(fold(m[1]!).replace(/’/g, "'").trimEnd() + ' ')) for (const t of analyse(m[1]!)) out.add(t);
  }
  return out;
}
