/** When: the date, the time of day or the part of the day a question asks for. */
import { FR, SPEECH_FORMS, fold, hasSpeechForm, isAuxiliary, isStopword } from '../nlp/french.js';
import { terms as analyse, tokenize } from '../nlp/tokens.js';
import { foldChars } from '../nlp/fold.js';
import { insideQuotation } from '../nlp/quotes.js';
import { weekdayNameOf } from '../nlp/temporal/index.js';
import type { AnalyzedQuestion } from './analyze-question.js';
import type { Knowledge, ScoredSentence } from './knowledge.js';
import { clauseWeights, denied, mainClauseTerms } from './clauses.js';
import { anchors, best, proximity, vote, type Candidate } from './candidates.js';
import { daysStated, finish, MONTH_DAY, matchWritten, ordinalAsked, rankAmong, ordinalFactor, questionWords, readable, saysBirth, saysTerm, weightOf, type Partial, objectsAfter } from './answer-common.js';
import { asksPrecisely, isPersonNoun } from './question-kind.js';
import { formatDateFr, formatTimeFr } from './format-date.js';
import { TUNING } from './tuning.js';
import { THIRD_PERSON_AUXILIARY, subjectsOf } from './subjects.js';
import { escapeRegExp } from '../regexp.js';
import words from './data/fr-answer-words.json' with { type: 'json' };
import patterns from './data/question-patterns.json' with { type: 'json' };
import timeWords from '../nlp/data/fr-time.json' with { type: 'json' };

/** A decade as a date mention's text ("années 1990", "années 80"). */
const DECADE = /^ann[ée]es\s+(?:\d{2,4}|\p{L}[\p{L}-]*)$/iu;
/** The part of a decade said right before it ("fin des ", "au début des "). */
const DECADE_PART = /(?:fin|début|debut|milieu)\s+des\s+$/iu;
const DECADE_PART_REACH = 16;

/** True when a question writes an entity's name (or an alias) right after "à", "au", "en", "dans" or "près de". */
function locativeInQuestion(k: Knowledge, question: string, id: number): boolean {
  const text = ` ${fold(question).replace(/[’]/g, "'")}`;
  const e = k.ann.entities[id]!;
  return [e.name, ...e.aliases].some((n) => new RegExp(`\\s(?:a|au|aux|en|dans|pres de|vers)\\s+(?:la\\s+|le\\s+|les\\s+|l')?${esc(fold(n).replace(/’/g, "'"))}(?![a-z])`).test(text));
}

/** Characters after a date read for its part of the day ("dimanche en fin d'après-midi"). */
const DAY_PART_REACH = 24;
/** Characters before a date read for a word that makes it a bound ("depuis le"). */
const BOUND_REACH = 16;
/** The shapes of an ISO date to the day and to the month. */
const FULL_DATE = 'YYYY-MM-DD';
const MONTH_DATE = 'YYYY-MM';

/** "À quel moment les policiers sont-ils entrés ?" (not "de la journée"): the most precise moment said, a time first. */
const MOMENT_ASKED = new RegExp(patterns.momentAsked);

/** When: normalised dates near the question's words; a time of day when the question asks the hour. */
export function answerWhen(k: Knowledge, q: AnalyzedQuestion, ranked: ScoredSentence[]): Partial | null {
  if (!q.wantsTime && MOMENT_ASKED.test(fold(q.text))) return dated(k, { ...q, wantsTime: true }, ranked) ?? dated(k, q, ranked);
  return dated(k, q, ranked);
}

function dated(k: Knowledge, q: AnalyzedQuestion, ranked: ScoredSentence[]): Partial | null {
  const pool = new Map<string, Candidate>();
  const info = new Map<string, { value?: string; time?: string; approximate?: boolean; surface: string; part?: string; decade?: boolean; zone?: string }>();
  const foldedQuestion = fold(q.text);
  const dayPartAsked = q.wantsTime && /\bmoment de la journee\b/.test(foldedQuestion);
  const asked = mainClauseTerms(q);
  const partDated = new Set<number>();
  // "Il était quelle heure en Belgique …", "à quelle heure de Tallinn": a place whose clock is asked, read right after a time.
  const placeAsked = q.wantsTime ? PLACE_ZONE_ASKED.exec(foldedQuestion)?.[1] : undefined;
  const placeZone = placeAsked ? new RegExp(`^[^.;:()]{0,20}?(?:\\ben|\\ba|\\bau|\\baux|\\bheure de|\\bheure d'|\\bheure du)\\s*${esc(placeAsked)}\\b`) : undefined;
  const zoneAsked: Zone = /\b(?:GMT|UTC)\b/i.test(q.text) ? 'universal' : ZONE_AWAY.test(foldedQuestion) ? 'away' : 'local';
  const endAsked = rangeEndAsked(q.text);
  const sinceAsked = SINCE_ASKED.test(foldedQuestion);
  const deadlineAsked = DEADLINE_ASKED.test(foldedQuestion);
  // "La secousse du mercredi 11 octobre, à quelle heure ?": a time of another day than the one the question states
  // is another fact's.
  const statedDays = q.wantsTime ? daysStated(q.text) : new Set<string>();
  // Days read as the other end of a span than the one asked, and days read otherwise.
  const otherEnds = new Set<string>();
  const askedEnds = new Set<string>();
  const birth = saysBirth(q.text);
  const ranksAsked = ordinalAsked(q);
  // "À quelle heure était la première des deux visites ?" of "deux visites auront lieu, à 11H15 et 16H45": the time (or
  // date) at that place in the sentence's list.
  const among = rankAmong(q.text);
  const events = eventsAsked(q);
  // "L'incendie du bar, c'était quand ?": the noun the question opens on names the fact it dates.
  const head = HEAD_NOUN.exec(q.text)?.[1];
  const [headTerm] = head ? analyse(head) : [];
  // "Sepp a quitté la prison à quelle heure ?": the participle the question names its fact by names it too.
  const done = participleAsked(q);
  const headAsked = headTerm && q.terms.has(headTerm) ? headTerm : undefined;
  // "Quand avait-elle fait un malaise ?": after a verb that only carries its object, the object names the fact.
  const supported = [...q.text.matchAll(SUPPORTED_OBJECT)].map((m) => analyse(m[1]!)[0]).filter((o): o is string => !!o);
  const facts = [...new Set([...events, ...supported, ...(headAsked ? [headAsked] : []), ...(done ? [done] : [])])];
  // (The head noun, as the fact whose clause a date counts by — unless a participle names the fact: "Le verdict …,
  // il a été rendu quel jour ?" dates the ruling, not the verdict's noun.)
  const headFact = done ? undefined : headAsked;
  // The nouns of the facts asked: the events', and the head noun in the singular that is no person's ("Les visiteurs,
  // ils pouvaient entrer à quelle heure ?" of "la file des visiteurs pourra entrer dès 9 heures" asks of people).
  const factNouns = [...new Set([...events, ...(headAsked && head && !/[sx]$/i.test(head) && !isPersonNoun(fold(head)) ? [headAsked] : [])])];
  // Whether a qualifier's words are the question's own (or their synonyms).
  const saysAsked = (words: string) => analyse(words).some((t) => asked.has(q.alternatives.get(t)?.of ?? t));
  // Dates read only as another fact's (a participle's, of a noun, that the question does not say), and the others.
  const otherFact = new Set<string>();
  // "Quand a-t-il annoncé …", "La conférence de presse, c'était quand ?": the saying is asked.
  const speechAsked = hasSpeechForm(q.text) || FR.speechNouns.some((n) => foldedQuestion.includes(n));
  const ownFact = new Set<string>();
  // A date is looked for further down the ranking too, in the sentences that hold one, at the usual coverage floor.
  // ("à quel moment de la journée": a weekday the article leaves unresolved, said with its part, "dimanche après-midi",
  // is read too.)
  const read = q.wantsTime ? readable(ranked, true, (s) => s.sentence.dates.some((d) => d.time || (dayPartAsked && !d.value && WEEKDAY.test(fold(d.text)) && DAY_PART.test(fold(s.sentence.text.slice(d.start, d.end + DAY_PART_REACH))))))
    : readable(ranked, true, (s) => s.sentence.dates.some((d) => !!d.value && !d.time), TUNING.readableCoverage);
  // "Le contact, il a eu lieu à quel moment du match ?": a minute of play answers ("à la 8e minute"), a day does not.
  if (MINUTE_ASKED.test(foldedQuestion)) {
    const minutes = new Map<string, Candidate>();
    const shown = new Map<string, string>();
    for (const r of readable(ranked, false)) {
      const points = anchors(q, r);
      for (const m of r.sentence.text.matchAll(MINUTE_OF_PLAY)) {
        const key = `M${Number(m[1])}`;
        vote(minutes, key, weightOf(r) * proximity(m.index!, points), r.index, r.sentence.doc);
        if (!shown.has(key)) shown.set(key, m[0]);
      }
    }
    const c = best(minutes);
    return c ? finish(k, ranked, c, shown.get(c.key)!) : null;
  }
  // "Sergueï X, il a quitté l'hôpital quel jour ?" of "La troisième victime, Nick Y, a pu quitter l'hôpital jeudi": the
  // act done by another person than the one the question names is another's ("Ioulia X a quitté l'hôpital …").
  const doneForms = done ? new Set([done, ...[...q.alternatives].filter(([, a]) => a.of === done).map(([alt]) => alt)]) : undefined;
  const personAsked = [...q.entities.keys()].some((id) => k.entityType(id) === 'person');
  const passiveAsked = CAUSATIVE_ASKED.test(q.text) || PASSIVE_ASKED.test(q.text);
  const said = questionWords(q);
  const familySaid = (id: number) => { const family = fold(k.ann.entities[id]!.name).split(/\s+/).pop()!; return family.length > 2 && said.has(family); };
  const doneByOther = (r: ScoredSentence) => {
    // Only a sentence that says the act (or a synonym) can make someone its subject.
    if (!doneForms || !personAsked || !r.sentence.terms.some((t) => doneForms.has(t))) return false;
    // ("Karl X s'était fait enlever quand ?" of "Léa Y avait pour sa part été enlevée le …": the one a passive
    // befalls is its subject.)
    const subjects = [...subjectsOf(r.sentence.text, r.sentence.mentions, doneForms), ...(passiveAsked ? passiveSubjects(r.sentence.text, r.sentence.mentions, doneForms) : [])];
    // ("Durand et Lucie …": a family name two people share names the one the corpus does not resolve it to.)
    return subjects.some((id) => k.entityType(id) === 'person') && !subjects.some((id) => q.entities.has(id) || familySaid(id));
  };
  // "Barack Obama a atterri à Johannesburg à quelle heure ?": a sentence that says neither the act asked nor the person
  // it is asked of, and names someone else ("Nelson Mandela … est mort à 20h50"), dates another's fact. ("le président
  // français a foulé le sol …", "Il a été condamné …" may stand for the one asked.)
  const askedPeople = [...q.entities.keys()].filter((id) => k.entityType(id) === 'person');
  // Nor does one that names the person asked and nothing else of the question ("… l'adieu à Fidel X" for "X est mort à
  // quelle heure ?"): it dates another fact of theirs.
  const saysNeither = (r: ScoredSentence) => !!doneForms && askedPeople.length > 0 && !r.sentence.terms.some((t) => doneForms.has(t))
    && (r.sentence.mentions.some((m) => askedPeople.includes(m.entity)) ? r.contentCoverage === 0 : r.sentence.mentions.some((m) => k.entityType(m.entity) === 'person'));
  // "Tshisekedi est arrivé à Goma quel jour ?" of "l'Observatoire volcanologique de Goma … en juin dernier": a sentence
  // that says no word of the question, neither the act asked nor any other, and names only a place or a body the question
  // names, dates another fact there.
  // (The question names the place after "à", "en", "dans": where the act was, not what it is about — "Tepco, ça a été
  // créé quand ?" names its subject.)
  const placed = doneForms && askedPeople.length === 0 ? new Set([...q.entities.keys()].filter((id) => locativeInQuestion(k, q.text, id))) : new Set<number>();
  // ("le président français a foulé le sol de l'île" may stand for the person a question names: read by saysNeither.)
  // ("Il s'est déclenché vers 14h20" points back to what it tells of, which it does not name.)
  const saysNoWord = (r: ScoredSentence) => !!doneForms && placed.size > 0 && askedPeople.length === 0 && !r.sentence.anaphoric && !r.sentence.terms.some((t) => q.terms.has(t) || q.alternatives.has(t))
    && !r.sentence.mentions.some((m) => q.entities.has(m.entity) && !placed.has(m.entity));
  // "Quand X a-t-il été libéré ?" of "les syndicats ont réclamé la libération de X": a fact a sentence says only as what is
  // asked for is not done there; that sentence does not date it.
  const onlyDemanded = (r: ScoredSentence) => {
    // (Read only in a sentence that says the fact, in a form or a synonym; the words are stemmed only there.)
    if (!doneForms || !r.sentence.terms.some((t) => doneForms.has(t)) || !DEMANDED_ANY.test(fold(r.sentence.text))) return false;
    const said = tokenize(r.sentence.text).filter((t) => analyse(t.text).some((x) => doneForms.has(x)));
    return said.length > 0 && said.every((t) => DEMANDED_BEFORE.test(fold(r.sentence.text.slice(Math.max(0, t.start - DEMANDED_REACH), t.start))));
  };
  // "À quelle heure X est-il mort ?" of "ses proches sont arrivés au temple vers 17 heures": a sentence that says no
  // word of the question (nor a synonym), names nothing the question names, nor points back to it, gives the time of
  // another fact. (A day so said still supports the story's day, which many sentences repeat.)
  const saysNoneAsked = (r: ScoredSentence) => q.wantsTime && q.entities.size > 0 && !r.sentence.anaphoric && !r.sentence.mentions.some((m) => q.entities.has(m.entity))
    && !r.sentence.terms.some((t) => q.terms.has(t) || q.alternatives.has(t));
  // "Le musée a rendu les statues à quelle date ?" of "le musée … a rendu ses conclusions le 3 mai": the asked verb
  // done to another thing, in a sentence that nowhere says the thing asked, is another fact.
  const objectAsked = done ? objectsAfter(q.text, new Set([done]))[0] : undefined;
  const objectForms = objectAsked !== undefined ? new Set([objectAsked, ...[...q.alternatives].filter(([, a]) => a.of === objectAsked).map(([alt]) => alt)]) : undefined;
  const doneToOther = (r: ScoredSentence) => {
    if (!objectForms || !doneForms || r.sentence.terms.some((t) => objectForms.has(t))) return false;
    const objects = objectsAfter(r.sentence.text, doneForms).filter((o): o is string => o !== undefined);
    return objects.length > 0 && objects.every((o) => !q.terms.has(o) && !q.alternatives.has(o));
  };
  // "Il est mort à quelle heure ?" (naming no one) of "Les funérailles … à 11 heures": a sentence that says no word of the
  // question but its frame ("heure") gives the time of another fact.
  const timesOtherFact = (r: ScoredSentence) => q.wantsTime && q.entities.size === 0 && !!doneForms && !r.sentence.terms.some((t) => q.terms.has(t) || q.alternatives.has(t));
  for (const r of read) {
    if (birth && !saysBirth(r.sentence.text)) continue;
    if (doneByOther(r) || saysNeither(r) || saysNoWord(r) || onlyDemanded(r) || saysNoneAsked(r) || doneToOther(r) || timesOtherFact(r)) continue;
    // "le premier sommet": a sentence that ranks its fact otherwise ("son second sommet") says another one.
    // A sentence read though it says none of the question's own words ("Elle a commencé vers 9h10") weighs next to
    // nothing, yet its dates still rank by their clause and zone among themselves.
    const weight = Math.max(weightOf(r), NEXT_TO_NOTHING) * ordinalFactor(ranksAsked, r.sentence.text, q);
    const points = anchors(q, r);
    const clauseOf = clauseWeights(r.sentence, asked, q, { times: true, fact: headFact });
    const foldedSentence = fold(r.sentence.text);
    const saysEnd = endAsked === 'end' && END_ASKED.test(foldedSentence);
    // "Lors de la séance d'ouverture de cette conférence lundi" for "devait se terminer quand ?": a sentence that says a
    // start, and no end ("jusqu'à" is one), dates the start.
    const saysStartOnly = endAsked === 'end' && !saysEnd && START_ASKED.test(foldedSentence) && !UNTIL.test(foldedSentence);
    const eventSpans = asidesOnlySaying(r.sentence.text, facts, q, done);
    // (Read only in a sentence that says the verb, in a form or a synonym.)
    const saysDone = !!doneForms && r.sentence.terms.some((t) => doneForms.has(t));
    const doneSpans = saysDone ? onlySayingWithin(r.sentence.text, doneForms, RELATIVE_OPEN) : undefined;
    // "Vue du barrage le 9 mai, au lendemain de sa rupture": the fact asked, said only as the landmark of another
    // day, is not what a date outside it dates.
    const apartSpans = saysDone ? onlySayingWithin(r.sentence.text, doneForms, DAY_APART_SPAN) : undefined;
    // "Les obsèques de X, décédé samedi, ont eu lieu jeudi à 11 heures" for "Il est mort à quelle heure ?": the verb
    // asked, said only in a participle set off by commas, is not what a date outside it dates.
    const apposedSpans = saysDone ? onlySayingWithin(r.sentence.text, doneForms, APPOSED_SPAN) : undefined;
    // "Les résultats du scrutin sont tombés lundi" for "Le scrutin, c'était quel jour ?": the fact asked, said only as
    // the complement of a noun the question does not say, is not what the sentence dates.
    const complemented = done ? undefined : sayingOnlyAsComplement(r.sentence.text, factNouns, (w) => saysAsked(w));
    const listed = among === undefined ? [] : r.sentence.dates.filter((d) => (q.wantsTime ? !!d.time : !!d.value && !d.time));
    // "la première partie" of "la diffusion sur deux soirées, jeudi et vendredi": two days joined by "et" are the parts in
    // their order.
    const joined = among === undefined && ranksAsked && !q.wantsTime ? joinedDates(r.sentence.text, r.sentence.dates) : [];
    const rankedOne = listed.length > 1 ? listed[among! > 0 ? among! - 1 : listed.length - 1] : joined.length > 1 ? joined[ranksAsked!.rank - 1] : undefined;
    // The dates followed by brackets, with the names inside them; those whose brackets name what the question names.
    const bracketed = new Map(!q.entities.size ? [] : r.sentence.dates.flatMap((d) => {
      const b = BRACKET_AFTER.exec(r.sentence.text.slice(d.end));
      return b ? [[d, r.sentence.mentions.filter((m) => m.start >= d.end && m.end <= d.end + b[0].length).map((m) => m.entity)] as const] : [];
    }));
    const bracketNamed = new Set([...bracketed].filter(([, ids]) => ids.some((id) => q.entities.has(id))).map(([d]) => d));
    for (const d of r.sentence.dates) {
      // "« je reviendrai demain, promis », avait déclaré X": a day told from the day of the article, inside words
      // quoted from someone, is that speaker's day, which the article does not give.
      // (A quotation may open in the sentence before: a closing mark after the day with none opened before it.)
      if (DAY_WORD.test(fold(d.text)) && (insideQuotation(r.sentence.text, d.start) || closedAfter(r.sentence.text, d.start))) continue;
      // "Né à Velmar le 24 mai 1951, il …": a date the birth's participle leads, in the same stretch, is the birth's; it
      // answers no other question.
      if (!birth && BORN_BEFORE.test(r.sentence.text.slice(Math.max(0, d.start - BORN_REACH), d.start))) continue;
      // "Le club a annoncé lundi que le match serait rejoué le 14 mars": a date counts by how much its own
      // clause says of the question's main clause (the announcement is Monday's, the match 14 March's).
      // "Il n'était pas né le 12 juillet 1998 (20 décembre 1998)": a date of a denied fact answers nothing.
      // "vers 07H45 (05H45 GMT)", "vers 15h10 GMT (18h10, heure locale)": a universal time beside the local one
      // restates it for other readers; the local time answers, unless the question asks the universal one.
      // "22 heures (heure locale), soit 4h du matin en heure française": the reader's time restates the local one.
      const zone = (o: { end: number }) => zoneAfter(r.sentence.text, o.end);
      // "À quelle heure GMT …": a time the text gives in another zone answers less, whether or not the GMT one is beside it.
      // "(heure de Paris)" asked: a time given in no zone may be of that zone too; only a universal one restates it.
      const besideOther = r.sentence.dates.some((o) => o !== d && !!o.time && zone(o) !== zone(d));
      // "Il était quelle heure en Belgique quand …" of "vers 11h40, heure locale, soit vers 9h40 en Belgique": the time said
      // in the place asked answers; the others beside it restate it.
      const inPlaceAsked = (o: { end: number }) => !!placeZone && placeZone.test(fold(r.sentence.text.slice(o.end, o.end + ZONE_REACH)));
      // "de 10h00 à 14h00 (08h00 à 12h00 HB)": times in brackets right after times restate them in a zone of their own.
      // ("À 8 heures locales (2 heures à Paris)" for "heure de Paris": the bracketed time in the place asked answers.)
      const placeSaid = !!placeZone && r.sentence.dates.some((o) => o.time && inPlaceAsked(o));
      const restated = !!d.time && !placeSaid && bracketedAfterTime(r.sentence.text, r.sentence.dates, d) ? zoneAsked === 'local' : !!d.time && (placeSaid ? !inPlaceAsked(d)
        : zoneAsked === 'universal' ? zone(d) !== 'universal'
        : zoneAsked === 'away' ? zone(d) === 'universal' && besideOther : zone(d) !== 'local' && besideOther);
      // "Le procès doit se finir quand ?" of "du 29 septembre au 27 novembre": the end of the span, not its start.
      // An end asked, a date that neither ends a span nor is said of an end ("aura lieu en septembre") says less of it.
      const end = endAsked ? rangeEnd(r.sentence, d) : undefined;
      const saysSince = (o: { start: number }) => SINCE_BEFORE.test(fold(r.sentence.text.slice(Math.max(0, o.start - BOUND_REACH), o.start + SINCE_INSIDE)));
      // "réunis depuis lundi" for "devait se terminer quand ?": a span's start is no end.
      const otherEnd = endAsked && ((end !== undefined && end !== endAsked) || saysStartOnly || (endAsked === 'end' && saysSince(d)));
      const notSaidEnd = endAsked === 'end' && !end && !saysEnd;
      // "La séance s'est terminée à quelle heure ?" of "la séance aura lieu samedi à 15h": the hour a fact is set for is
      // when it starts; an end's hour only a sentence that says an end gives ("jusqu'à 15h" does). ("Ils ont fini par
      // l'arrêter vers quelle heure ?" asks no end.)
      if (notSaidEnd && q.wantsTime && d.time && !UNTIL.test(foldedSentence) && !FINISHED_BY.test(foldedQuestion)) continue;
      // "a revendiqué samedi": a date right after a word of the question's main clause dates that very fact.
      // "a confirmé la peine requise le 28 mars": a date right after a participle that qualifies a noun dates that
      // participle's fact, not the question's — unless the participle is the question's own verb (or, for a participle
      // that only frames a fact, its noun is the question's).
      // ("mort dans la nuit de samedi à dimanche": the span's second day is qualified as its first.)
      const opening = r.sentence.dates.find((o) => o.end <= d.start && SPAN_JOIN.test(fold(r.sentence.text.slice(o.end, d.start))));
      const participle = qualifyingParticiple(r.sentence.text, (opening ?? d).start);
      // "le procès en appel sur l'attentat de Magnanville du 13 juin 2016": a date a noun takes with "du" dates that
      // noun's fact, not the question's — unless the noun is the question's own.
      const noun = participle ? undefined : datedNoun(r.sentence, d);
      const qualifier = participle?.word ?? noun;
      // "L'un des gérants du bar, où douze jeunes ont péri dans un incendie, a été arrêté lundi": the event
      // asked, said only in a relative clause (or a landmark, "après un séisme …") the date is outside of, is not what
      // the date dates.
      const inRelative = (!!eventSpans && !eventSpans.some(([a, b]) => d.start >= a && d.start < b))
        || (!!doneSpans && !doneSpans.some(([a, b]) => d.start >= a && d.start < b))
        || (!!apartSpans && !apartSpans.some(([a, b]) => d.start >= a && d.start < b))
        || (!!apposedSpans && !apposedSpans.some(([a, b]) => d.start >= a && d.start < b))
        // ("l'un des blessés de la fusillade de X, le 3 mai": a date right after the fact's noun is its own.)
        || (!!complemented && !complemented.some((end) => d.start >= end && d.start - end <= OWN_DATE_REACH && !OWN_DATE_BREAK.test(r.sentence.text.slice(end, d.start))));
      // "La cérémonie sera sobre, a encore précisé vendredi X": a date right after a speech verb set after what it reports
      // dates the saying, not the fact the words before it tell (unless the question asks the saying, or words of the
      // question follow: "…, a assuré mardi X lors de la passation de pouvoirs").
      const saying = speechAsked ? undefined : sayingBefore(r.sentence.text, d.start, d.end);
      const saidOn = saying !== undefined && saysAsked(r.sentence.text.slice(0, saying)) && !saysAsked(r.sentence.text.slice(d.end));
      const ofOtherFact = (!!qualifier && !saysAsked(qualifier)) || inRelative || saidOn;
      const adjacent = ofOtherFact ? TUNING.participleDate
        : saidRightBefore(r.sentence.text, d.start, asked, q) ? TUNING.adjacentDate : 1;
      // "depuis quelle année": a date that opens a span ("sans précédent depuis 1891") answers; another dates a fact.
      // "L'éruption a débuté à quelle heure ?" of "a confirmé l'éruption … depuis ce 22 mai vers 19 heures": a start asked
      // is the date a span opens on too.
      // ("depuis ce 22 mai vers 19 heures": the time of the day the span opens on opens it too.)
      const dayBefore = d.time && (sinceAsked || endAsked === 'start') ? r.sentence.dates.find((o) => o !== d && !o.time && o.end <= d.start && DAY_TO_TIME.test(fold(r.sentence.text.slice(o.end, d.start)))) : undefined;
      const sinceBefore = (sinceAsked || endAsked === 'start') && (saysSince(d) || (!!dayBefore && saysSince(dayBefore)));
      const opensSpan = (sinceAsked && (sinceBefore || rangeEnd(r.sentence, d) === 'start')) || (endAsked === 'start' && sinceBefore);
      // "La loi imposait d'organiser l'élection avant quelle date ?" of "le député est mort le 7 mars …; elle doit avoir
      // lieu avant le 7 juin": only a date the text sets as a limit answers.
      // (The words right before the date, folded, read for a limit or a span's end.)
      const boundLead = deadlineAsked || sinceAsked ? fold(r.sentence.text.slice(Math.max(0, d.start - BOUND_REACH), d.start)) : '';
      if (deadlineAsked && !DEADLINE_BEFORE.test(boundLead)) continue;
      // "depuis quand est-il président ?" of "sous contrat jusqu'en juin 2020": the span's other end answers nothing.
      if (sinceAsked && !opensSpan && UNTIL_BEFORE.test(boundLead)) continue;
      // ("Il préside le Ceto depuis quand ?" of "… arrivée lundi matin, a précisé M. Chikli": a date that opens no span, in
      // a sentence that says none of the question's words but its names, dates nothing asked.)
      // (A sentence that names every one the question names, "Tiani … à la tête de la Garde présidentielle en 2011", says
      // enough of it.)
      if (sinceAsked && !opensSpan && ![...q.terms.keys()].some((t) => saysTerm(r.sentence.terms, t, q))
        && ![...q.entities.keys()].every((id) => r.sentence.mentions.some((m) => m.entity === id))) continue;
      const since = sinceAsked && !opensSpan ? TUNING.notSince : 1;
      // A span's start asked is often said in a clause of its own ("…, est sans précédent depuis 1891").
      // "le 3 décembre 1903 (Chiayi, …) ; le 21 septembre 1999 (Nantou, …)" for "Le séisme de Nantou, c'était à quelle
      // date ?": a date whose brackets right after it name what the question names is that one's, whatever its clause;
      // the other dates of such a list, bracketed with other names, are the others'.
      if (bracketNamed.size && bracketed.has(d) && !bracketNamed.has(d)) continue;
      const inClause = (bracketNamed.has(d) ? 1 : opensSpan ? Math.max(clauseOf(d.start), TUNING.otherClause) : clauseOf(d.start)) * (denied(r.sentence.text, d.start) ? TUNING.deniedDate : 1) * (restated ? TUNING.restatedDate : 1)
        * (otherEnd ? TUNING.otherRangeEnd : notSaidEnd ? TUNING.endNotSaid : 1) * adjacent * since * (rankedOne && rankedOne !== d ? TUNING.otherOrdinal : 1);
      if (inClause === 0) continue;
      // "d'ici deux jours, peut-être demain": a day the text only guesses states no date.
      if (guessed(r.sentence.text, d.start)) continue;
      // "dimanche soir", "en fin de matinée": a part of the day answers "à quel moment de la journée".
      const part = dayPartAsked && !d.time ? DAY_PART.exec(fold(r.sentence.text.slice(d.start, d.end + DAY_PART_REACH)))?.[0] : undefined;
      if (part && d.value) {
        const key = `${d.value}P${part}`;
        vote(pool, key, weight * TUNING.dayPart * inClause * proximity(d.start, points), r.index, r.sentence.doc);
        partDated.add(r.index);
        if (!info.has(key)) info.set(key, { value: d.value, surface: d.text, part });
        continue;
      }
      // "dimanche après-midi" in an article whose day is unknown: the weekday and its part, as the text says them.
      if (part && WEEKDAY.test(fold(d.text))) {
        const key = `S${fold(d.text)}P${part}`;
        vote(pool, key, weight * TUNING.dayPart * TUNING.unresolvedDay * inClause * proximity(d.start, points), r.index, r.sentence.doc);
        partDated.add(r.index);
        if (!info.has(key)) info.set(key, { surface: `${d.text.replace(/^(le|ce)\s+/i, '')} ${dayPartWords[part] ?? part}` });
        continue;
      }
      // "samedi" in an article whose day is unknown: the text's own word answers, unresolved.
      // A year asked ("en quelle année") is no weekday.
      if (!q.wantsTime && !q.wantsYear && !d.value && !d.time && WEEKDAY.test(fold(d.text))) {
        const key = `S${fold(d.text)}`;
        vote(pool, key, weight * TUNING.unresolvedDay * inClause * proximity(d.start, points), r.index, r.sentence.doc);
        if (!info.has(key)) info.set(key, { surface: d.text.replace(/^(le|ce)\s+/i, '') });
        continue;
      }
      // A time of day carries the date of a day mention beside it: for a date question that mention counts, once.
      if (q.wantsTime ? !d.time : !d.value || d.time) continue;
      // "la semaine dernière", "le mois dernier": a span read back from the article's date names no day of its own.
      if (!q.wantsTime && WEEK_PHRASES.some((p) => fold(d.text).includes(p))) continue;
      // A time of day answers "à quelle heure" even when the sentence names no day.
      // "En quelle année …": the year is the answer; a year said alone ("fondée en 1923") says it more surely than the
      // days of the story, which every article gives.
      const yearAsked = q.wantsYear && !q.wantsTime;
      // "dans les années 1960" says no year: a decade does not answer "en quelle année".
      if (yearAsked && DECADE.test(d.text.replace(/^les\s+/i, ''))) continue;
      const key = q.wantsTime ? `${d.value ?? ''}T${d.time}` : yearAsked ? d.value!.slice(0, 4) : d.value!;
      if (statedDays.size && d.value?.length === FULL_DATE.length && !statedDays.has(d.value.slice(MONTH_DAY))) continue;
      if (otherEnd) otherEnds.add(key);
      else askedEnds.add(key);
      // A precise date counts a little more than a month or a year.
      const precision = yearAsked ? (d.value!.length === 4 ? 1 : TUNING.dayForYear)
        : !d.value ? TUNING.monthDate : d.value.length === FULL_DATE.length ? 1 : d.value.length === MONTH_DATE.length ? TUNING.monthDate : TUNING.yearDate;
      vote(pool, key, weight * precision * inClause * proximity(d.start, points), r.index, r.sentence.doc);
      // "la panne de courant survenue hier": the noun the participle qualifies is none of the question's either.
      // "Lors de sa conférence de presse le 17 octobre": a date a noun of no word of the question takes is that noun's.
      (inRelative || (ofOtherFact && (participle === undefined || !saysAsked(participle.noun))) ? otherFact : ownFact).add(key);
      // "à la fin des années 1990": a decade is answered as the text says it, with the part of it the text gives.
      const decade = !q.wantsTime && DECADE.test(d.text) ? `${DECADE_PART.exec(r.sentence.text.slice(Math.max(0, d.start - DECADE_PART_REACH), d.start))?.[0] ?? ''}${d.text}` : undefined;
      if (!info.has(key)) info.set(key, { value: yearAsked ? key : d.value, time: q.wantsTime ? d.time : undefined, approximate: d.approximate || (!!d.time && ROUGH_TIME.test(fold(d.text))), surface: decade ?? (yearAsked ? key : d.text), ...(decade ? { decade: true } : {}),
        // "prévue pour débuter à 07H00 GMT": a time given in universal time is answered with its zone.
        ...(q.wantsTime && d.time ? utcZone(r.sentence.text, d.end) : {}) });
    }
  }
  // A time the text gives for the day the question states: times of a day the text does not say are left out.
  if (statedDays.size && [...pool.keys()].some((key) => statedDays.has(key.slice(MONTH_DAY, FULL_DATE.length)))) {
    for (const key of [...pool.keys()]) if (key.startsWith('T')) pool.delete(key);
  }
  // "à quel moment de la journée" and no day beside a part of the day: the part of the day the sentence gives
  // ("a évoqué en fin de matinée un désastre"), in its own words.
  // A part of the day with its date was read above; alone, it competes with the times and dated parts.
  if (dayPartAsked) {
    for (const r of readable(ranked)) {
      if (partDated.has(r.index)) continue;
      // "Dans la soirée, X a parlé de 12 blessés, avant que le décompte ne soit porté à 15 en fin de matinée": each
      // part of the day counts by how much its own clause says of the question.
      const found = [...fold(r.sentence.text).matchAll(DAY_PARTS_ALONE)];
      const clauseOf = found.length > 1 ? clauseWeights(r.sentence, asked, q, { times: true }) : undefined;
      for (const m of found) {
        const inClause = clauseOf ? clauseOf(m.index!) : 1;
        if (inClause === 0) continue;
        const key = `S${m[1]}`;
        vote(pool, key, weightOf(r) * TUNING.dayPart * inClause, r.index, r.sentence.doc);
        if (!info.has(key)) info.set(key, { surface: dayPartWords[m[1]!] ?? m[1]! });
      }
    }
  }
  // No date in the sentences that say it: the sentence before, in the same paragraph, often set the day ("Le 24
  // juillet, le fugitif … . Après une course-poursuite, …"); it answers, cited, at a lower weight.
  // Not for a year asked: the day the paragraph sets is the story's, not the year of a fact apart from it.
  // (Nor for a limit asked: only a date said as one answers.)
  if (!pool.size && !q.wantsTime && !q.wantsYear && !sinceAsked && !deadlineAsked) {
    for (const r of readable(ranked)) {
      if ((birth && !saysBirth(r.sentence.text)) || onlyDemanded(r)) continue;
      // ("Le 8 janvier, … . Une statue devrait même être érigée": a fact only expected is not dated by the sentence before.)
      // (Nor one whose weight is nothing: a vote of nothing would still make a candidate.)
      if (EXPECTED_ONLY.test(fold(r.sentence.text)) || weightOf(r) <= 0) continue;
      const before = r.index - 1;
      if (!k.sameParagraph(r.index, before)) continue;
      const prev = k.sentence(before);
      // "… vu vivant dimanche soir, puis découvert sans vie lundi 11 août": a sentence that tells facts of two days sets
      // no one day for the next.
      // (A month and a day inside it, "en août, le 11", are one; a date that bounds a span, "en cavale depuis le 1er
      // juin", tells no fact of its own.)
      const days = [...new Set(prev.dates.filter((d) => d.value && !d.time && !denied(prev.text, d.start) && !bounds(prev.text, d.start)).map((d) => d.value!))];
      if (days.some((a) => days.some((b) => !a.startsWith(b) && !b.startsWith(a)))) continue;
      for (const d of prev.dates) {
        if (!d.value || d.time || denied(prev.text, d.start) || guessed(prev.text, d.start)) continue;
        // "en cavale depuis le 1er juillet, … mardi 24 juillet": a date that bounds a span is not the fact's day.
        const bound = bounds(prev.text, d.start) ? TUNING.boundDate : 1;
        vote(pool, d.value, weightOf(r) * TUNING.previousSentenceDate * bound, before, r.sentence.doc);
        if (!info.has(d.value)) info.set(d.value, { value: d.value, approximate: d.approximate, surface: d.text });
      }
    }
  }
  // "Les journalistes s'amassaient dès quelle heure ?" of a live blog's entry "7h15." whose sentences give no time: the
  // time that heads the entry answers, at the weight of a date read from the sentence before.
  if (!pool.size && q.wantsTime && !deadlineAsked) {
    for (const r of readable(ranked)) {
      // ("« L'avion a atterri », a-t-elle ajouté" in the entry "14h36": the time dates the words, not the landing.)
      const stamp = r.sentence.stamp;
      if (!stamp || onlyDemanded(r) || k.speechBySentence.has(r.index)) continue;
      const key = `T${stamp.time}`;
      vote(pool, key, weightOf(r) * TUNING.previousSentenceDate, r.index, r.sentence.doc);
      if (!info.has(key)) info.set(key, { time: stamp.time, surface: stamp.text });
    }
  }
  // A month (or year) mentioned vaguely supports the precise dates inside it; a vague date counts only its
  // best precise refinement, so the most precise date wins a tie.
  const merged = new Map<string, Candidate>();
  for (const a of pool.values()) {
    let score = a.score;
    let finest = 0;
    for (const b of pool.values()) {
      // "peu après 09H00" supports "à 9h11" (the same hour, said roughly), as a month supports its days.
      if (b !== a && roughlyAt(info.get(b.key), info.get(a.key))) score += b.score;
      if (b === a || /^[TS]/.test(a.key) || /^[TS]/.test(b.key)) continue;
      // "aura lieu en septembre 2025" supports "29 septembre 2025", unless that day is only the start of a span whose end is asked.
      if (a.key.startsWith(b.key)) score += otherEnds.has(a.key) && !askedEnds.has(a.key) ? 0 : b.score;
      else if (b.key.startsWith(a.key)) finest = Math.max(finest, b.score);
    }
    merged.set(a.key, { ...a, score: score + finest });
  }
  // "le séisme de mercredi" in an article dated to the month alone: a weekday the text leaves unresolved supports the
  // days of the pool that fall on it ("mercredi 24 août" elsewhere) and say enough, and is no candidate of its own beside them.
  for (const [key, a] of [...merged]) {
    if (!unresolvedWeekday(key)) continue;
    const day = WEEKDAY.exec(key.slice(1))![1];
    // A day that says much less than the weekday is more likely another week's — unless it is the story's main day.
    const same = [...merged.values()].filter((b) => b.key.length === FULL_DATE.length && !b.key.includes('T') && weekdayNameOf(b.key) === day && (b.score >= TUNING.weekdayDay * a.score || b.key === k.mainDay()));
    if (!same.length) continue;
    for (const b of same) merged.set(b.key, { ...b, score: b.score + a.score, support: new Map([...a.support, ...b.support]) });
    merged.delete(key);
  }
  const folded = fold(q.text);
  // "quel jour exactement": a weekday the text leaves unresolved is not the exact day.
  if (asksPrecisely(folded)) for (const key of [...merged.keys()]) if (unresolvedWeekday(key)) merged.delete(key);
  // "à quelle heure précise", "à quelle heure pile": a time the text gives roughly ("peu avant 10h", "vers midi") is not
  // the exact time.
  if (q.wantsTime && asksPrecisely(folded)) for (const key of [...merged.keys()]) if (info.get(key)?.time && info.get(key)?.approximate) merged.delete(key);
  let c = best(merged, (a, b) => b.key.length - a.key.length);
  if (!c) return null;
  // "… enquête pour déterminer si la panne survenue hier …" for "L'ouverture de l'enquête, c'était quel jour ?": a date
  // no sentence gives but of another fact — a participle's whose noun and verb the question does not say — answers
  // nothing.
  if (otherFact.has(c.key) && !ownFact.has(c.key)) return null;
  // "devait se terminer quand ?" of "réunis depuis lundi": a date read only as the other end of a span answers nothing.
  if (otherEnds.has(c.key) && !askedEnds.has(c.key)) return null;
  // "À quelle date …", "quel jour …": a year alone is no answer (it is most often the main event's, or another event's
  // the question's words also name: "le séisme de 1985"); the best day of the pool answers, when there is one.
  // ("quel jour de la semaine ?" of "a condamné samedi 21 personnes … ayant fait 74 morts l'an dernier": the weekday.)
  if (/^\d{4}$/.test(c.key) && WANTS_DAY.test(folded)) {
    c = best(new Map([...merged].filter(([key]) => /^\d{4}-\d\d-\d\d$/.test(key) || unresolvedWeekday(key))));
    if (!c) return null;
  }
  // A month says less than the day asked: its best day answers, when the sentences give one ("touché en août" beside
  // "le 9 août"), else the best day of the pool ("resté en état d'urgence entre janvier 2011 et mars 2014" beside
  // "a décrété l'état d'urgence, samedi 4 juillet").
  if (/^\d{4}-\d\d$/.test(c.key) && WANTS_DAY.test(folded)) {
    const days = new Map([...merged].filter(([key]) => /^\d{4}-\d\d-\d\d$/.test(key)));
    c = best(new Map([...days].filter(([key]) => key.startsWith(c!.key)))) ?? best(days) ?? c;
  }
  // Nor is a weekday the text leaves unresolved ("lundi") an answer to "à quelle date".
  if (unresolvedWeekday(c.key) && WANTS_DATE.test(folded)) return null;
  // "Les obsèques de X, c'était quand ?": a date no sentence of the event supports is another fact's (most often the
  // story's main day).
  if (events.length && ![...c.support.keys()].some((index) => events.some((event) => saysTerm(k.sentence(index).terms, event, q)))) return null;
  // "Le procès en appel, c'était quand ?": a date no supporting sentence gives the instance asked ("en appel") is
  // another instance's (the first trial's).
  const instances = INSTANCE_WORDS.filter((w) => w.test(folded));
  // (Or the sentence before it in its paragraph: "… pour le second tour de l'élection. Les bureaux de vote ont ouvert
  // dimanche à 8 heures".)
  const saysInstance = (w: RegExp, index: number) => w.test(fold(k.sentence(index).text)) || (index > 0 && k.sameParagraph(index - 1, index) && w.test(fold(k.sentence(index - 1).text)));
  if (instances.some((w) => ![...c.support.keys()].some((index) => saysInstance(w, index)))) return null;
  // "Yamagami a été formellement inculpé quand ?": the story's main day answers a fact the question names by a
  // participle only when a sentence supporting it says that participle (or a synonym, or a word of its family).
  // A date read from the sentence before the one that says the fact ("… le 8 juillet. Le tireur avait été aussitôt
  // interpellé.") counts with that sentence.
  const saysDone = (index: number) => saysTerm(k.sentence(index).terms, done!, q) || (k.sameParagraph(index, index + 1) && saysTerm(k.sentence(index + 1).terms, done!, q));
  // A year asked is the main day's when it is that day's year.
  const mainDay = k.mainDay();
  const isMainDay = c.key === mainDay || (q.wantsYear && !q.wantsTime && /^\d{4}$/.test(c.key) && !!mainDay?.startsWith(c.key));
  // ("s'est effondré", "ça s'est joué": a pronominal verb most often tells the story's own event; not read so.)
  if (done && !reflexiveAsked(q) && isMainDay && ![...c.support.keys()].some(saysDone)) return null;
  const i = info.get(c.key)!;
  if (i.decade) return finish(k, ranked, c, i.surface, { date: i.value });
  // ("à la fin du mois d'août": the preposition is read folded, its accent aside.)
  const qualifier = i.approximate ? /^(fin|debut|mi)\b/.exec(fold(i.surface).replace(/^(?:en|a la|au|a)\s+/, ''))?.[1] : undefined;
  const words = { fin: 'fin', debut: 'début', mi: 'mi-' } as Record<string, string>;
  // "ce vendredi" resolved to a day: the answer keeps the weekday the text gives ("vendredi 14 décembre 2018").
  // ("C'est arrivé quel jour de la semaine ?" of "le 25 décembre 2024": the weekday of the date, which the text need not write.)
  const weekday = i.value?.length === FULL_DATE.length ? WEEKDAY.exec(fold(i.surface))?.[1] ?? (WEEKDAY_ASKED.test(folded) ? weekdayNameOf(i.value) : undefined) : undefined;
  // "Jusqu'à quand …" of "jusqu'à lundi 15H00": the time the text gives right after the day is part of the answer
  // (not when a day is asked: "quel jour").
  const beside = !q.wantsTime && !q.wantsYear && !i.part && !WANTS_DAY.test(folded) ? timeBeside(k, c, i) : undefined;
  const at = i.time ?? beside?.time;
  const dated = i.value ? `${weekday ? `${weekday} ` : ''}${formatDateFr(i.value, at, i.time ? i.surface : beside?.surface)}` : undefined;
  // "un convoi qui doit partir jeudi soir" for "Le convoi partait quand ?": a weekday of no date the text resolves is
  // answered with the part of the day it says right after it.
  const part = !dated && !i.time && !i.part && !beside && !q.wantsTime ? partBeside(k, c, i.surface) : undefined;
  const text = `${i.part ? `${dated} (${dayPartWords[i.part] ?? i.part})` : dated ?? (i.time ? formatTimeFr(i.time, i.surface) : beside ? `${i.surface} à ${formatTimeFr(beside.time, beside.surface)}` : part ? `${i.surface} ${part}` : i.surface)}${i.zone ? ` ${i.zone}` : ''}`;
  const answer = qualifier ? `${words[qualifier]}${qualifier === 'mi' ? '' : ' '}${text}` : text;
  return finish(k, ranked, c, nightOf(k, q, c, i.value, answer) ?? weekdayNightOf(k, q, c, i.surface, answer) ?? (endAsked || sinceAsked ? undefined : spanOf(k, q, c, i.value)) ?? answer, { date: i.value, time: i.time });
}

/** "peut-être" right before a date (folded): a guess. */
const HEDGED_BEFORE = /(?:^|[^a-z])peut-etre\s+$/;
const HEDGE_REACH = 12;
/** True when the date at `at` is one the text only guesses ("peut-être demain"). */
function guessed(text: string, at: number): boolean {
  return HEDGED_BEFORE.test(fold(text.slice(Math.max(0, at - HEDGE_REACH), at)));
}
/** A verb that tells a fact only expected ("devrait être érigée", "pourraient reprendre"), folded. */
const EXPECTED_ONLY = /(?:^|[^a-z])(?:devrait|devraient|pourrait|pourraient)(?![a-z])/;
/** "à quel moment du match", "à quelle minute de la finale" (folded; data: gameNouns). */
const MINUTE_ASKED = new RegExp(`\\bquel(?:le)?\\s+(?:moment|minute)\\s+(?:du|de\\s+la|de\\s+l')\\s*(?:${words.gameNouns.map(escapeRegExp).join('|')})\\b|\\ba\\s+quelle\\s+minute\\b`);
/** A minute of play: "8e minute", "25ème minute". */
const MINUTE_OF_PLAY = /(?<![\p{L}\d])(\d{1,3})\s?(?:e|ème|eme|è)\s+minute(?![\p{L}])/gu;
/** Between a day and the time that goes with it: nothing, a comma, "à" or "vers", a part of the day ("lundi 15H00",
 * "mardi, à 8h", "mardi matin » (08H00)"), folded. */
const DAY_TO_TIME = new RegExp(`^[\\s,"»”(]*(?:(?:${Object.keys(words.dayParts).map(escapeRegExp).join('|')})[\\s,"»”(]*)?(?:(?:a|vers)\\s+)?$`);
/**
 * The time the best sentence of candidate `c` gives right after its day ("jusqu'à lundi 15H00"), if one does: the same
 * day, or a time of no day of its own.
 */
function timeBeside(k: Knowledge, c: Candidate, i: { value?: string; surface: string }): { time: string; surface: string } | undefined {
  const sentences = [...c.support].sort((a, b) => b[1] - a[1]).map(([index]) => k.sentence(index));
  for (const s of sentences) {
    for (const d of s.dates) {
      if (d.time || (i.value ? d.value !== i.value : fold(d.text).replace(/^(le|ce)\s+/, '') !== fold(i.surface))) continue;
      const o = s.dates.find((x) => x.start >= d.end && !!x.time && (!x.value || !d.value || x.value === d.value) && DAY_TO_TIME.test(fold(s.text.slice(d.end, x.start))));
      if (o) return { time: o.time!, surface: o.text };
    }
  }
  return undefined;
}

/** Right after a weekday, folded: the part of the day that goes with it ("jeudi soir", "lundi dans la matinée"). */
const PART_AFTER_DAY = new RegExp(`^\\s*(?:(?:au|en|dans la|dans l')\\s*)?(${Object.keys(words.dayParts).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![a-z-])`);
/** The part of the day the best sentence of candidate `c` says right after the weekday `surface`, as written, if any. */
function partBeside(k: Knowledge, c: Candidate, surface: string): string | undefined {
  if (!WEEKDAY.test(fold(surface))) return undefined;
  const [best] = [...c.support].sort((a, b) => b[1] - a[1]);
  if (!best) return undefined;
  const s = k.sentence(best[0]);
  const d = s.dates.find((x) => !x.value && !x.time && fold(x.text).replace(/^(le|ce)\s+/, '') === fold(surface));
  const part = d ? PART_AFTER_DAY.exec(fold(s.text.slice(d.end, d.end + DAY_PART_REACH)))?.[1] : undefined;
  return part ? (words.dayParts as Record<string, string>)[part] ?? part : undefined;
}

/**
 * "Dans quelle nuit …", "Quand …" of "dans la nuit du 27 au 28 février 2010": the night, both days (the text's, where
 * it spans the night that begins on the day that won), not the first day alone.
 */
function nightOf(k: Knowledge, q: AnalyzedQuestion, c: Candidate, value: string | undefined, answer: string): string | undefined {
  if (!value || value.length !== FULL_DATE.length || q.wantsTime) return undefined;
  const day = Number(value.slice(8));
  for (const index of [...c.support.keys()]) {
    const m = NIGHT_SPAN.exec(k.sentence(index).text);
    if (!m || Number(m[1]) !== day || Number(m[2]) !== day + 1) continue;
    const next = new Date(Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, day + 1)).toISOString().slice(0, 10);
    const night = `nuit du ${day === 1 ? '1er' : day} au ${formatDateFr(next)}`;
    // Asked of the night, the night answers; asked of the day, the day, with its night beside it.
    return /\bnuit\b/.test(fold(q.text)) ? night : `${answer} (${night})`;
  }
  return undefined;
}
/** Days asked in the plural ("quels jours", "à quelles dates"), folded. */
const DAYS_ASKED = /\bquel(?:le)?s\s+(?:jours|dates|soirs|matins|nuits)\b/;
/**
 * "Quand …" of "Du 7 au 9 août, l'île accueille le camp": a fact that lasts from one day to another is dated by both
 * ends ("du 7 au 9 août 2015"), not by the one that won the vote (a question asking one end takes that end alone).
 */
function spanOf(k: Knowledge, q: AnalyzedQuestion, c: Candidate, value: string | undefined): string | undefined {
  if (!value || value.length !== FULL_DATE.length || q.wantsTime) return undefined;
  const daysAsked = DAYS_ASKED.test(fold(q.text));
  for (const index of [...c.support.keys()]) {
    const s = k.sentence(index);
    const at = s.dates.findIndex((d) => d.value === value && !d.time);
    if (at < 0) continue;
    // "Quels jours …" of "ont siégé lundi 3 et mardi 4 mars": days asked in the plural, two days the text joins
    // by "et" (of one month) answer together. (A weekday read alone may leave its day's figure before "et".)
    if (daysAsked) {
      for (const [a, b] of [[s.dates[at - 1], s.dates[at]!], [s.dates[at]!, s.dates[at + 1]]]) {
        if (!a || !b?.value || a.time || b.time || b.value.length !== FULL_DATE.length) continue;
        const join = /^\s*(?:(\d{1,2})(?:er)?\s+)?et\s+(?:le\s+)?$/iu.exec(s.text.slice(a.end, b.start));
        if (!join) continue;
        // ("lundi 3 et mardi 4 mars": the figure after the first weekday is its day, in the second one's month.)
        const first = join[1] !== undefined ? `${b.value.slice(0, MONTH_DATE.length)}-${join[1].padStart(2, '0')}` : a.value;
        if (first?.length === FULL_DATE.length && first.slice(0, MONTH_DATE.length) === b.value.slice(0, MONTH_DATE.length) && first < b.value) return `${formatDateFr(first).split(' ')[0]} et ${formatDateFr(b.value)}`;
      }
    }
    const side = rangeEnd(s, s.dates[at]!);
    const [a, b] = side === 'start' ? [s.dates[at]!, s.dates[at + 1]] : side === 'end' ? [s.dates[at - 1], s.dates[at]!] : [];
    if (!a?.value || !b?.value || a.value.length !== FULL_DATE.length || b.value.length !== FULL_DATE.length || b.value <= a.value) continue;
    const join = /^\s*(au|et)\s+(?:le\s+)?$/iu.exec(s.text.slice(a.end, b.start))?.[1]?.toLowerCase();
    // "dans la nuit du 14 au 15 octobre" is a night, which nightOf reads.
    const opener = /(?:^|[^\p{L}])(?<!nuit\s+)(du|entre le)\s+$/iu.exec(s.text.slice(Math.max(0, a.start - BOUND_REACH), a.start))?.[1]?.toLowerCase();
    if (!join || !opener || (opener === 'du') !== (join === 'au')) continue;
    const end = formatDateFr(b.value);
    const full = formatDateFr(a.value);
    // "du 7 au 9 août 2015", "du 2 février au 28 mai 2015", "du 30 décembre 2014 au 2 janvier 2015".
    const start = a.value.slice(0, 7) === b.value.slice(0, 7) ? full.split(' ')[0]! : a.value.slice(0, 4) === b.value.slice(0, 4) ? full.replace(/ \d{4}$/, '') : full;
    return opener === 'du' ? `du ${start} au ${end}` : `entre le ${start} et le ${end}`;
  }
  return undefined;
}
/**
 * "Dans la nuit de quel jour …", "Quand …" of "dans la nuit de vendredi à samedi": the night by its two weekdays, with
 * the date the first resolves to when it does.
 */
function weekdayNightOf(k: Knowledge, q: AnalyzedQuestion, c: Candidate, surface: string, answer: string): string | undefined {
  if (q.wantsTime) return undefined;
  const first = WEEKDAY.exec(fold(surface))?.[1];
  if (!first) return undefined;
  for (const index of [...c.support.keys()]) {
    const m = NIGHT_OF_WEEKDAYS.exec(fold(k.sentence(index).text));
    if (!m || m[1] !== first) continue;
    const night = `nuit de ${m[1]} à ${m[2]}`;
    return fold(answer) === first ? night : `${night} (${answer})`;
  }
  return undefined;
}
/** Nouns of events a date may be asked of (data: fr-answer-words.json eventNouns), folded, singular and plural. */
/** Words that tell one instance of a fact from another (data: fr-answer-words.json instanceWords), folded. */
const INSTANCE_WORDS = words.instanceWords.map((w) => new RegExp(`(?<![a-z])${escapeRegExp(w)}(?![a-z])`));
const EVENT_NOUN = new RegExp(`(?:^|[^a-z])(${words.eventNouns.map((w) => escapeRegExp(fold(w)).replace(/'/g, "['’]")).join('|')})s?(?![a-z])`, 'gd');
/**
 * The analysed terms of the event nouns the question asks the date of ("les obsèques", "le verdict"; "la cérémonie
 * d'hommage" names its event by either noun) — the nouns themselves, not a verb of the same stem ("a libéré" is no
 * "libération").
 */
function eventsAsked(q: AnalyzedQuestion): string[] {
  const folded = foldChars(q.text);
  // "X est venu à Tartu quand pour les obsèques ?": an event the fact is for, before or after is not the one dated.
  return matchWritten(EVENT_NOUN, q.text).filter((m) => !EVENT_AROUND.test(folded.slice(Math.max(0, m.start - EVENT_AROUND_REACH), m.start)))
    .map((m) => m.term).filter((t): t is string => !!t && q.terms.has(t));
}
/** Characters before an event noun read for a preposition that makes it another fact's purpose or landmark. */
const EVENT_AROUND_REACH = 40;
/**
 * "pour les obsèques", "avant le procès", "après l'attentat", "pour permettre les obsèques": the event noun's
 * preposition (and an infinitive it leads), folded, at the end.
 */
const EVENT_AROUND = /(?:^|[^a-z])(?:pour|avant|apres|afin)\s+(?:(?:de|d')\s*)?(?:[a-z]+(?:er|ir|re)\s+)?(?:les|le|la|l['’]|ses|son|sa|leur|leurs|ces|ce|cette)\s*$/;
/** The noun a question opens on after its article ("L'incendie de …", "Le procès, …"). */
const HEAD_NOUN = /^\s*(?:l['’]|le\s|la\s|les\s)\s*(\p{L}[\p{L}-]*)/iu;
/** A relative clause set off by commas ("…, où douze jeunes ont péri dans un incendie, …"), no other mark inside. */
const RELATIVE_SPAN = /,\s+(?:où|qui|dont)\s[^,;:.!?«»()]{1,160},/gu;
/** Words of a landmark lead as a pattern: escaped, any apostrophe, any spaces. */
const landmarkWords = (w: string) => escapeRegExp(w).replace(/'/g, "['’]").replace(/ /g, '\\s+');
/** A landmark lead, then a determiner of the event's noun, then the landmark up to the next mark. */
const landmarkSpan = (leads: string[]) => new RegExp(`(?<![\\p{L}])(?:${leads.map(landmarkWords).join('|')})\\s*(?:${words.landmarkDeterminers.map(landmarkWords).join('|')})(?![\\p{L}])[^,;:.!?«»()]{0,160}`, 'giu');
/** "… devant l'usine, où une explosion a fait dix blessés.": a relative clause on "où" that ends the sentence. */
const WHERE_TO_END = /,\s+où\s[^,;:.!?«»()]{1,200}(?=[.!?…]?\s*$)/gu;
/**
 * "Le directeur de l'école de la ville où s'est produite une explosion … a été suspendu": a relative clause on "où" with no
 * comma, up to the auxiliary of the main clause's verb.
 */
const WHERE_TO_VERB = /(?<=\p{L}\s)où\s[^,;:.!?«»()]{1,160}?(?=\s(?:a|ont|avait|avaient|est|sont|était|étaient|sera|seront)\s)/gu;
/**
 * "… deux semaines après un séisme qui a frappé le sud", "mort mercredi au lendemain d'un accident", "des suites d'une
 * chute": an event said as another's landmark or cause, up to the next mark.
 */
const LANDMARK_SPAN = landmarkSpan([...words.landmarkLeads, ...words.dayApartLeads, ...words.landmarkCauses]);
/** "le 9 mai, au lendemain de sa rupture": a landmark on another day than the fact (data: dayApartLeads). */
const DAY_APART_SPAN = landmarkSpan(words.dayApartLeads);
/**
 * The relative clauses set off by commas, and the landmarks after "après" or "avant", of a sentence that says an event
 * asked only inside them (a date outside them
 * dates the clause they hang from, not the event); undefined when it says none there, or says one elsewhere too.
 */
function asidesOnlySaying(text: string, events: string[], q: AnalyzedQuestion, done?: string): (readonly [number, number])[] | undefined {
  if (!events.length) return undefined;
  const tokens = tokenize(text);
  // "les débats ont pu commencer lundi à Velmar, où se tient le procès de X" for "Le procès devait démarrer quand ?":
  // a relative on "où" sets the event apart only when the clause outside it says no other word of the question.
  const wheres = [...text.matchAll(WHERE_TO_END), ...text.matchAll(WHERE_TO_VERB)].map((m) => [m.index!, m.index! + m[0].length] as const);
  const saysMoreOutside = wheres.length > 0 && tokens.some((t) => {
    if (wheres.some(([a, b]) => t.start >= a && t.start < b)) return false;
    const term = analyse(t.text)[0];
    const said = term === undefined ? undefined : q.terms.has(term) ? term : q.alternatives.get(term)?.of;
    return said !== undefined && !events.includes(said) && !FR.stopwords.has(said);
  });
  const relatives = [...[...text.matchAll(RELATIVE_SPAN)].map((m) => [m.index!, m.index! + m[0].length] as const), ...(saysMoreOutside ? [] : wheres)];
  // "peu après les premiers tirs, vers 22h08": a time said just after the landmark is about the landmark's.
  const landmarks = [...text.matchAll(LANDMARK_SPAN)].filter((m) => !CLOSE_BEFORE.test(text.slice(Math.max(0, m.index! - CLOSE_REACH), m.index!)))
    .map((m) => [m.index!, m.index! + m[0].length] as const);
  const spans = [...relatives, ...landmarks];
  if (!spans.length) return undefined;
  let found = false;
  for (const t of tokens) {
    const term = analyse(t.text)[0];
    const of = term === undefined ? undefined : events.find((e) => term === e || q.alternatives.get(term)?.of === e);
    if (of === undefined) continue;
    // "adopté …, après un ultime vote": the question's participle, said as a landmark noun, is no event set apart; said
    // in a relative inside the landmark ("après une crue qui avait inondé …"), it is.
    const inside = (of === done ? [...relatives, ...landmarks.filter(([a]) => RELATIVE_WORD.test(text.slice(a, t.start)))] : spans);
    if (!inside.some(([a, b]) => t.start >= a && t.start < b)) return undefined;
    found = true;
  }
  return found ? spans : undefined;
}
/**
 * A relative clause on "qui" or "dont" that runs to the sentence's end or to the source it cites ("du typhon qui a
 * récemment balayé ce pays, selon le ministère"); one followed by more words may end where the main verb starts
 * ("Une partie du fuselage de l'avion qui est entré en collision … a été repêchée lundi").
 */
const RELATIVE_OPEN = /(?<![\p{L}])(?:qui|dont)\s[^,;:.!?«»()]{1,160}(?=[.!?…]?\s*$|,\s*(?:selon|d['’]après)\s)/gu;
/**
 * "Le 15 novembre, les Philippines ont reçu … du typhon qui a récemment balayé ce pays" for "Le typhon a frappé les
 * Philippines quel jour ?": the spans `within` finds (relative clauses, landmarks of another day) of a sentence that says
 * the question's verb (or a synonym) only inside them; a date outside them dates the clause they hang from. Undefined
 * when the verb is said elsewhere too, or not at all.
 */
function onlySayingWithin(text: string, forms: Set<string>, within: RegExp): (readonly [number, number])[] | undefined {
  const spans = [...text.matchAll(within)].map((m) => [m.index!, m.index! + m[0].length] as const);
  if (!spans.length) return undefined;
  let found = false;
  for (const t of tokenize(text)) {
    const term = analyse(t.text)[0];
    if (term === undefined || !forms.has(term)) continue;
    if (!spans.some(([a, b]) => t.start >= a && t.start < b)) return undefined;
    found = true;
  }
  return found ? spans : undefined;
}
/** A past participle set off by commas after a word, up to the closing comma ("…, décédé samedi à 70 ans, …"). */
const APPOSED_SPAN = /(?<=\p{L}\s*),\s+\p{L}{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|t|te|ts|tes)\s[^,;:.!?«»()]{1,160},/gu;
/** A noun, maybe an adjective, then "de" and its determiner, right before a word (captured: the noun). */
const HEAD_OF = /(?:^|[^\p{L}])(?:(?:les|la|le|des|un|une|ses|son|sa|aux|au|du)\s+|l['’]\s*)(\p{L}{3,})(?:\s+\p{L}+)?\s+(?:de|du|des|d['’])\s*(?:la\s+|le\s+|les\s+|l['’]|une\s+|un\s+)?$/iu;
const HEAD_OF_REACH = 50;
/** Nouns a fact's noun completes that still date that fact ("à l'issue du match"; data: sameTimeHeads), folded. */
const SAME_TIME_HEADS = new Set(words.sameTimeHeads.map((w) => fold(w)));
/** Characters after a fact's noun within which a date, with no verb or mark between, is that fact's own. */
const OWN_DATE_REACH = 45;
/** Between a fact's noun and a later date: a mark or an auxiliary that opens another clause. */
const OWN_DATE_BREAK = new RegExp(`[.;:!?«»()]|(?:^|\\s)(?:${THIRD_PERSON_AUXILIARY}|sera|seront)\\s`, 'u');
/**
 * Where every word of a sentence that says one of the facts asked is the complement of a noun ("les résultats
 * officiels du scrutin") that is neither a word of the question (`asked`) nor a noun of time ("le jour du scrutin") or
 * of a moment of it ("à l'issue du match"): the ends of those words. Undefined when it says none, or says one otherwise.
 */
function sayingOnlyAsComplement(text: string, facts: readonly string[], asked: (word: string) => boolean): number[] | undefined {
  if (!facts.length) return undefined;
  const ends: number[] = [];
  for (const t of tokenize(text)) {
    const term = analyse(t.text)[0];
    if (term === undefined || !facts.includes(term)) continue;
    const m = HEAD_OF.exec(text.slice(Math.max(0, t.start - HEAD_OF_REACH), t.start));
    if (!m || asked(m[1]!) || TIME_NOUNS.has(fold(m[1]!)) || SAME_TIME_HEADS.has(fold(m[1]!)) || isStopword(m[1]!)) return undefined;
    ends.push(t.end);
  }
  return ends.length ? ends : undefined;
}
/** Between the two days of one span ("lundi à mardi", "du 4 au 5"), folded. */
const SPAN_JOIN = /^\s*(?:a|au)\s*$/;
/** A participle of a verb whose object names the fact ("a subi une opération"; data: supportParticiples), then its object (captured). */
const SUPPORTED_OBJECT = new RegExp(`(?<![\\p{L}])(?:${words.supportParticiples.join('|')})\\s+(?:un|une|le|la|les|des|du|de\\s+la|son|sa|ses|l['’]\\s*)\\s*(\\p{L}{3,})`, 'giu');
/** "né", "née" and the words after it, up to a date, with no mark between (for a date right after them). */
const BORN_BEFORE = /(?:^|[^\p{L}])(?:né|née|nés|nées)\s[^,;:.!?«»]{0,80}$/iu;
const BORN_REACH = 90;
/** Words that may stand about a speech verb before the date that dates the saying ("a encore précisé ce vendredi"; data: sayingInserts), folded. */
const SAYING_INSERTS = words.sayingInserts.map((w) => fold(w));
const SAYING_REACH = 40;
/** Any run of those words, each followed by a space (a pattern). */
const INSERTS = `(?:(?:${SAYING_INSERTS.map(escapeRegExp).join('|')})\\s+)*`;
/**
 * Where the report ends, when the words right before a date (from `start` to `end`) are a speech verb set after what
 * it reports ("…, a précisé vendredi X", "… », a-t-il déclaré lundi"): the offset of the mark that closes the report;
 * undefined otherwise.
 */
function sayingBefore(text: string, start: number, end: number): number | undefined {
  const window = text.slice(Math.max(0, start - SAYING_REACH), start);
  const m = SAYING_BEFORE.exec(fold(window).replace(/’/g, "'"));
  if (!m || !isAuxiliary(m[1]!) || !SPEECH_FORMS.has(m[2]!)) return undefined;
  // The speaker follows ("a précisé vendredi le porte-parole"), or stands inverted in the verb ("a-t-il déclaré"):
  // "…, ont protesté le 18 septembre pour exiger …" tells no saying after a report.
  if (!m[1]!.includes('-') && !INVERTED_SUBJECT.test(text.slice(end, end + SAYING_REACH))) return undefined;
  return Math.max(0, start - SAYING_REACH) + m.index;
}
/** After a date, the inverted subject of a speech verb: an article or a name ("le porte-parole", "les Nations unies", "M. X"). */
const INVERTED_SUBJECT = /^\s*,?\s*(?:(?:le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|à)\s*|\p{Lu})/u;
/**
 * A closing mark, a word (an auxiliary, maybe inverted), words that may stand between, a word (a speech form), then
 * words that may stand before the date ("…, a encore précisé vendredi", "», ont annoncé ce lundi"), folded; both
 * words captured.
 */
const SAYING_BEFORE = new RegExp(`[,»"”]\\s*([a-z'-]+)\\s+${INSERTS}([a-z]+)\\s+${INSERTS}$`);
/** A relative pronoun. */
const RELATIVE_WORD = /(?<![\p{L}])(?:qui|que|qu['’]|dont|où)(?![\p{L}])/iu;
/** Before "après" or "avant", words that bring the landmark's time close to the fact's ("peu après", "juste avant"). */
const CLOSE_BEFORE = /(?:peu|juste|aussitôt|sitôt|immédiatement|quelques minutes|quelques secondes)\s+$/iu;
const CLOSE_REACH = 25;
/** "a été enlevé", "avait-elle été arrêtée": a passive in a question. */
const PASSIVE_ASKED = /(?:^|\s)(?:a|ont|avait|avaient)(?:-t-(?:il|elle|ils|elles))?\s+été\s+\p{L}/iu;
/** Between a person and a passive participle in the same clause: "avait pour sa part été", "a été", "est". */
const PASSIVE_BETWEEN = /^[^,.;:«»()"]{0,40}?(?:^|\s)(?:été|est|était|sont|étaient)\s+(?:\p{Ll}+ment\s+)?$/u;
/** Characters from a person's name to its passive participle, at most. */
const PASSIVE_SUBJECT_REACH = 50;
/** People a sentence makes the subject of a passive of `verbs` ("X avait pour sa part été enlevée le …"). */
function passiveSubjects(text: string, mentions: readonly { entity: number; start: number; end: number; type: string }[], verbs: Set<string>): number[] {
  const found: number[] = [];
  for (const t of tokenize(text)) {
    if (!analyse(t.text).some((x) => verbs.has(x))) continue;
    const p = [...mentions].reverse().find((m) => m.type === 'person' && m.end <= t.start && t.start - m.end <= PASSIVE_SUBJECT_REACH);
    if (p && PASSIVE_BETWEEN.test(text.slice(p.end, t.start))) found.push(p.entity);
  }
  return found;
}
/** "s'est fait arrêter", "s'était fait enlever": "se faire" and an infinitive, captured. */
const CAUSATIVE_ASKED = /(?:^|\s)(?:s['’]|se\s+)(?:est\s+|était\s+|sont\s+|étaient\s+)?(?:fait|faite|faits|faites|faire)\s+(\p{L}{2,}(?:er|ir|re))(?![\p{L}])/iu;
/** A time said roughly ("peu après 09H00", "vers 9h"), folded. */
const ROUGH_TIME = new RegExp(`^(?:${words.roughTimeLeads.map((w) => escapeRegExp(w)).join('|')})\\s`);
/** An auxiliary, adverbs, then a past participle in a question ("a été formellement inculpé", "est sorti", "s'est effondré"). */
const PARTICIPLE_ASKED = new RegExp(`(?:^|\\s)(?:s['’])?(?:a|ont|avait|avaient|est|sont|était|étaient|été)(?:-t-(?:il|elle|ils|elles))?\\s+(?:(?:été|${words.participleAdverbs.join('|')})\\s+)*(\\p{L}{2,}(?:é|ée|és|ées|i|ie|is|u|ue|us|it|ite|ert|erte|ise|int|inte)|\\p{L}+orte?)(?![\\p{L}])`, 'iu');
/** A verb that asks for what follows it, then its article ("ont exigé la", "réclame le retour de l'"), in folded text. */
const DEMANDED_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${words.demandVerbs.join('|')})\\p{L}*\\s+(?:a\\s+)?(?:la|le|les|l'|sa|son|ses|leur|leurs|une|un)\\s*(?:\\p{L}+\\s+)?$`, 'u');
/** A verb that asks for something anywhere in a sentence (folded): the cheap test before DEMANDED_BEFORE. */
const DEMANDED_ANY = new RegExp(`(?:^|[^\\p{L}])(?:${words.demandVerbs.join('|')})`, 'u');
/** Characters before a word read for the verb that asks for it. */
const DEMANDED_REACH = 40;
/** True when the question's participle is of a pronominal verb ("s'est effondré"). */
function reflexiveAsked(q: AnalyzedQuestion): boolean {
  return /^\s*s['’]/u.test(PARTICIPLE_ASKED.exec(q.text)?.[0] ?? '');
}
/** The analysed term of the participle a question names its fact by, if any. */
function participleAsked(q: AnalyzedQuestion): string | undefined {
  // "il s'était fait enlever à quelle date ?": the infinitive after "se faire" names the fact done to the subject.
  const m = CAUSATIVE_ASKED.exec(q.text) ?? PARTICIPLE_ASKED.exec(q.text);
  const [term] = m ? analyse(m[1]!) : [];
  return term && q.terms.has(term) ? term : undefined;
}
/** True when `rough` is an approximate time on the hour ("peu après 9h", "vers 9h") and `precise` a time in that hour, on the same day. */
function roughlyAt(rough: { value?: string; time?: string; approximate?: boolean } | undefined, precise: { value?: string; time?: string } | undefined): boolean {
  if (!rough?.approximate || !rough.time || !precise?.time || !rough.time.endsWith(':00') || precise.time.endsWith(':00')) return false;
  return rough.time.slice(0, 2) === precise.time.slice(0, 2) && (!rough.value || !precise.value || rough.value === precise.value);
}
/** "nuit de vendredi à samedi", folded. */
const WEEKDAYS = timeWords.weekdays.map((w) => fold(w)).join('|');
/** "quel jour de la semaine" (folded): a weekday asked. */
const WEEKDAY_ASKED = /\bjour\s+de\s+la\s+semaine\b/;
/** "la semaine dernière", "cette semaine" (data: fr-time.json periodPhrases of a week), folded. */
const WEEK_PHRASES = timeWords.periodPhrases.filter((p) => p.unit === 'week').map((p) => fold(p.phrase));
const NIGHT_OF_WEEKDAYS = new RegExp(`\\bnuit\\s+(?:de|du)\\s+(${WEEKDAYS})\\s+(?:a|au)\\s+(${WEEKDAYS})\\b`);

/** "nuit du 27 au 28 février", "nuit du 31 décembre au 1er janvier" is left to the first day. */
const NIGHT_SPAN = /\bnuit\s+du\s+(\d{1,2})(?:er)?\s+au\s+(\d{1,2})(?:er)?\s+\p{L}/iu;


/** A question that asks a day ("à quelle date", "quel jour"), or a date itself, folded (data: question-patterns.json). */
const WANTS_DAY = new RegExp(patterns.wantsDay);
const WANTS_DATE = new RegExp(patterns.wantsDate);

/** True for the key of a weekday the text leaves unresolved ("Slundi"). */
const unresolvedWeekday = (key: string) => key.startsWith('S') && WEEKDAY.test(key.slice(1));

/** Parts of the day, folded, as they follow a date ("dimanche soir", "samedi en fin de matinée"). */
const esc = (w: string) => escapeRegExp(w).replace(/'/g, "['’]");
const DAY_PART = new RegExp(`\\b(${Object.keys(words.dayParts).sort((a, b) => b.length - a.length).map(esc).join('|')})\\b`);
const dayPartWords: Record<string, string> = words.dayParts;
/** A part of the day after "en", "dans la", "au", "ce", "le" ("en fin de matinée", "dans la soirée", "ce matin"). */
const DAY_PARTS_ALONE = new RegExp(`\\b(?:en|dans la|dans l'|au|ce|cet|cette|le|la|l')\\s*(${Object.keys(words.dayParts).sort((a, b) => b.length - a.length).map(esc).join('|')})\\b`, 'g');


/** Right after a time: the universal time zone it is given in ("05H45 GMT", "à 3h UTC"). */
const UTC_AFTER = /^\s*\(?\s*(?:GMT|UTC|TU)\b/;
const UTC_REACH = 8;
/** The zone a time is said in: the event's own (also when unsaid), the reader's or another country's, universal. */
type Zone = 'local' | 'away' | 'universal';
const zoneWords = (list: string[]) => list.map((w) => esc(w).replace(/ /g, '\\s+')).join('|');
/** Right after a time, folded: a part of the day and "en" may come before the zone ("4h du matin en heure française"). */
const ZONE_LEAD = `^\\s*(?:(?:du|de la|de l')\\s*(?:${zoneWords(Object.keys(words.dayParts))})\\s*)?[(,]?\\s*(?:en\\s+|a\\s+l'|a\\s+)?`;
const ZONE_AWAY_AFTER = new RegExp(`${ZONE_LEAD}(?:${zoneWords(words.timeZones.away)})\\b`);
/** "À quelle heure française …": the question asks the reader's time. */
const ZONE_AWAY = new RegExp(`\\b(?:${zoneWords(words.timeZones.away)})\\b`);
const ZONE_REACH = 40;
/** Brackets right after a date ("le 21 septembre 1999 (Nantou, magnitude 7,7)"). */
const BRACKET_AFTER = /^\s*\([^()]*\)/;
/** The weight of a sentence read that says none of the question's words: below any other, above none. */
const NEXT_TO_NOTHING = 1e-9;
/** "quelle heure en France", "il était quelle heure à Paris", "à quelle heure de Tallinn" (folded): the place whose clock is asked. */
const PLACE_ZONE_ASKED = /\bquelle heure(?:\s+(?:etait-il|il etait|est-il|c'etait))?(?:,?\s+heure)?\s+(?:en|a|au|aux|de|d')\s*(?!l'|la\b|le\b)([a-z][a-z-]{2,})/;
/** True when a time stands inside brackets opened right after another time ("14h00 (12h00 HB)", "(08h00 à 12h00 HB)"). */
function bracketedAfterTime(text: string, dates: { start: number; end: number; time?: string }[], d: { start: number }): boolean {
  const open = text.lastIndexOf('(', d.start);
  if (open < 0 || text.slice(open, d.start).includes(')')) return false;
  return dates.some((o) => !!o.time && o.end <= open && /^\s*$/.test(text.slice(o.end, open)));
}

/** The universal zone written right after a time ("GMT" of "07H00 GMT", "(05H45 GMT)"), as `{ zone }`, else nothing. */
function utcZone(text: string, end: number): { zone?: string } {
  const m = UTC_AFTER.exec(text.slice(end, end + UTC_REACH));
  return m ? { zone: m[0].replace(/^[\s(]+/, '') } : {};
}
function zoneAfter(text: string, end: number): Zone {
  if (UTC_AFTER.test(text.slice(end, end + UTC_REACH))) return 'universal';
  return ZONE_AWAY_AFTER.test(fold(text.slice(end, end + ZONE_REACH))) ? 'away' : 'local';
}


/** True when the word right before `at` (one more word may stand between) is a word of the question's main clause. */
function saidRightBefore(text: string, at: number, asked: Set<string>, q: AnalyzedQuestion): boolean {
  const before = /(\p{L}[\p{L}'’-]*)(?:\s+\p{L}[\p{L}'’-]*)?\s+$/u.exec(text.slice(Math.max(0, at - ADJACENT_REACH), at));
  if (!before) return false;
  return before[0].trim().split(/\s+/).some((w) => analyse(w).some((t) => asked.has(q.alternatives.get(t)?.of ?? t)));
}
const ADJACENT_REACH = 40;

/**
 * The past participle right before the date when it follows a noun, not an auxiliary ("la peine requise le 28 mars",
 * not "a été requise le 28 mars"): it qualifies the noun and the date is its fact's. `word` is the participle (its noun
 * for one that only frames a fact), `noun` the noun it qualifies.
 */
function qualifyingParticiple(text: string, at: number): { word: string; noun: string } | undefined {
  const window = text.slice(Math.max(0, at - ADJACENT_REACH), at);
  const m = PARTICIPLE_BEFORE.exec(window);
  if (!m) return apposedParticiple(window);
  const [, noun, participle] = m;
  if (isAuxiliary(noun!) || isStopword(noun!) || FR.stopwords.has(fold(participle!)) || /^\p{Lu}/u.test(noun!)) return undefined;
  // "Le tribunal a en outre fixé au 9 mars le verdict": an adverb between the auxiliary and the participle; the
  // participle is the sentence's own verb.
  if ((window.slice(0, m.index).match(/\p{L}+/gu) ?? []).slice(-ADVERB_WORDS).some((w) => isAuxiliary(w))) return undefined;
  // "l'incendie survenu le 1er mars": a participle that only frames a fact ("survenu", "prévu") dates its noun's fact.
  return { word: FR.frameWords.has(fold(participle!)) ? noun! : participle!, noun: noun! };
}
/**
 * A past participle in apposition right before the date ("Les obsèques de Marthe Vellin, décédée le 8 avril, ont
 * été célébrées mercredi"): set apart by a comma, it tells a fact of the noun before it — a person's as often as not —
 * and the date is that participle's fact, whatever the noun.
 */
function apposedParticiple(window: string): { word: string; noun: string } | undefined {
  const m = APPOSED_PARTICIPLE.exec(window);
  // ("le concert du groupe X, prévu à 20h00": a participle that only frames a fact leaves the date to that fact.)
  if (!m || FR.stopwords.has(fold(m[2]!)) || FR.frameWords.has(fold(m[2]!)) || isAuxiliary(m[1]!)) return undefined;
  const noun = /^\p{Lu}/u.test(m[1]!) ? m[2]! : m[1]!;
  return { word: m[2]!, noun };
}
/** True when a quotation mark closes after `at` and no mark opens before it: words quoted from the sentence before. */
function closedAfter(text: string, at: number): boolean {
  return !/[«“"]/u.test(text.slice(0, at)) && /^[^«“]*[»”"]/u.test(text.slice(at));
}

/** A word that tells a day from the day of the article ("hier", "demain"; data: fr-time.json dayWords), folded. */
const DAY_WORD = new RegExp(`^(?:${Object.keys(timeWords.dayWords).map((w) => escapeRegExp(fold(w))).join('|')})(?![a-z])`);

/**
 * A past participle (feminine or plural too; "mort", which ends as none other), then at most "le", "du", "en", "dans
 * la nuit de" … up to the date (captured: the participle).
 */
const DATED_PARTICIPLE = '(\\p{L}{3,}(?:é|ée|és|ées|ise|ises|ite|ites|u|ue|us|ues|i|ie|is|ies)|morte?s?)\\s+(?:le\\s+|du\\s+|en\\s+|au\\s+|dès\\s+le\\s+|dans\\s+la\\s+(?:\\p{L}+\\s+(?:de|du)\\s+)?)?$';
/** A word, a comma, then a past participle (as PARTICIPLE_BEFORE) and at most "le", "du", "en" … before the date. */
const APPOSED_PARTICIPLE = new RegExp(`(\\p{L}+)\\s*,\\s+${DATED_PARTICIPLE}`, 'u');
/**
 * The noun a date completes with "du" ("l'attentat de Magnanville du 13 juin 2016" → "attentat"), when the date opens
 * no span ("du 29 septembre au 27 novembre") and the noun is no word of time ("la nuit du 27", "la journée du 3").
 */
function datedNoun(s: { text: string; dates: { start: number; end: number }[] }, d: { start: number; end: number; text: string }): string | undefined {
  const before = s.text.slice(Math.max(0, d.start - NOUN_REACH), d.start);
  // "Lors de sa conférence de presse le 17 mars, …": the noun of the occasion the date follows.
  // "L'enterrement jeudi de X a-t-il précipité l'arrestation vendredi …": a weekday right after a noun and its article.
  const m = NOUN_BEFORE_DU.exec(before) ?? OCCASION_NOUN_BEFORE.exec(fold(before).replace(/’/g, "'"))
    ?? (WEEKDAY.test(fold(d.text)) ? eventNounRightBefore(before) : null);
  if (!m || rangeEnd(s, d) || TIME_NOUNS.has(fold(m[1]!))) return undefined;
  return isStopword(m[1]!) || /^\p{Lu}/u.test(m[1]!) ? undefined : m[1];
}
/** An occasion phrase's lead (data: fr-answer-words.json occasionLeads), a determiner, a noun, its complement, then perhaps "le" or "du", folded. */
const OCCASION_NOUN_BEFORE = new RegExp(`(?:^|[^a-z])(?:${words.occasionLeads.map(esc).join('|')})\\s*(?:(?:sa|son|ses|la|le|les|leur|leurs|cette|ce|cet|une|un)\\s+|l')?([a-z]{4,})(?:\\s+(?:de la|de|des|du|d')\\s*[a-z-]+){0,2}(?:\\s+(?:le|du))?\\s+$`);
/** An article or a possessive and a noun right before a date (folded): "l'arrestation ", "son enterrement ". */
const NOUN_RIGHT_BEFORE = /(?:^|[^a-z])(?:l'|la |le |les |sa |son |ses |leur )\s*([a-z]{4,})\s+$/;
/** The ending of a noun of an act or an event ("arrestation", "enterrement", "réunion"), folded. */
const EVENT_NOUN_ENDING = /(?:tion|sion|ment|ion)s?$/;
/**
 * "l'enterrement jeudi", "l'arrestation vendredi": the noun of an act, in lower case, right after its article and before
 * a weekday — not a body ("par le Parlement ce jeudi") nor any noun ("a pris la parole ce jeudi").
 */
function eventNounRightBefore(before: string): RegExpExecArray | null {
  const m = NOUN_RIGHT_BEFORE.exec(fold(before).replace(/’/g, "'"));
  if (!m || !EVENT_NOUN_ENDING.test(m[1]!)) return null;
  // Folding keeps offsets: the noun as written starts where its folded form does.
  const at = m.index + m[0].trimEnd().length - m[1]!.length;
  return /^\p{Ll}/u.test(before.slice(at)) ? m : null;
}
/** Characters before a date read for the noun it completes. */
const NOUN_REACH = 60;
/** A noun, perhaps its own complement ("de Magnanville", "d'un couple"), then "du" right before the date. */
const NOUN_BEFORE_DU = /(\p{L}{4,})(?:\s+(?:de\s+la|de|des|du|d['’])\s*[\p{L}-]+){0,2}\s+du\s+$/u;
/** Nouns of time a date completes without dating another fact (data: fr-answer-words.json timeNouns), folded. */
const TIME_NOUNS = new Set(words.timeNouns.map((w) => fold(w)));

/** Words of an adverb that may stand between an auxiliary and its participle ("a en outre fixé"), besides the one before the participle. */
const ADVERB_WORDS = 2;
/** A word, then a past participle (feminine or plural too), then at most "le", "du", "en" … before the date. */
const PARTICIPLE_BEFORE = new RegExp(`(\\p{L}+)\\s+${DATED_PARTICIPLE}`, 'u');

/** "avant quelle date", "d'ici quand" (folded; data: deadlineAsked): a time limit asked. */
const DEADLINE_ASKED = new RegExp(`(?:^|[^a-z])(?:${words.deadlineAsked.map(esc).join('|')})(?![a-z])`);
/** "avant le", "d'ici au", "au plus tard le" (folded; data: deadlineBefore), right before a date: the date sets a limit. */
const DEADLINE_BEFORE = new RegExp(`(?:^|[^a-z])(?:${words.deadlineBefore.map(esc).join('|')})\\s*(?:le\\s+|la\\s+|l'\\s*)?$`);
/** "Depuis quelle année …": a question that asks when a span began (folded). */
const SINCE_ASKED = new RegExp(`(?:^|[^a-z])(?:${words.sinceAsked.map(esc).join('|')})(?![a-z])`);
/** A word that opens a span right before a date, or as the date's own first word ("depuis minuit"), folded. */
const SINCE_BEFORE = new RegExp(`(?:^|[^a-z])(?:${words.sinceBefore.map((w) => esc(fold(w))).join('|')})\\s+(?:le\\s+|l')?`);
/** Characters of the date itself read for that word. */
const SINCE_INSIDE = 8;

/** True when the date at `at` bounds a span ("depuis le 1er juillet", "jusqu'au 3 mai") rather than dating a fact. */
function bounds(text: string, at: number): boolean {
  return BOUND.test(text.slice(Math.max(0, at - BOUND_REACH), at));
}
const BOUND = new RegExp(`(?:${words.spanBounds.map(esc).join('|')})\\s+(?:le\\s+)?$`, 'i');

/** A bound word before a date: a space after it, or none after an elided one ("d'hier à samedi"). */
const bound = (w: string) => `${esc(w)}${/['’]$/.test(w) ? '\\s*' : '\\s+'}`;
const RANGE_START_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${words.rangeStarts.map(bound).join('|')})$`, 'iu');
const RANGE_END_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${words.rangeEnds.map(bound).join('|')})$`, 'iu');
const wordStarts = (list: string[]) => new RegExp(`(?:^|[^a-z'])(?:${list.map(esc).join('|')})`);
const END_ASKED = wordStarts(words.rangeEndAsked);
/** "a fini par", "finissent par", folded: at last, no end asked. */
const FINISHED_BY = /(?:^|[^a-z])fini(?:r|t|s|ssent|ssait)?\s+par(?![a-z])/;
/** "jusqu'à", "jusqu'au", folded: an end said. */
const UNTIL = /(?:^|[^a-z])jusqu/;
/** "jusqu'en", "jusqu'au", "jusqu'à la", folded, right before a date: the date ends a span (data: untilBefore). */
const UNTIL_BEFORE = new RegExp(`(?:^|[^a-z])(?:${words.untilBefore.map((w) => esc(fold(w))).join('|')})\\s*(?:la\\s+|le\\s+|l['’]\\s*)?$`);
const START_ASKED = wordStarts(words.rangeStartAsked);

/** The end of a span a question asks ("se finir", "a commencé"), if it asks one. */
export function rangeEndAsked(question: string): 'start' | 'end' | undefined {
  const f = fold(question);
  return END_ASKED.test(f) ? 'end' : START_ASKED.test(f) ? 'start' : undefined;
}

/** Which end of a span of two dates a date is ("du 29 septembre 2025 au 27 novembre 2025"), if it is one. */
export function rangeEnd(s: { text: string; dates: { start: number; end: number }[] }, d: { start: number; end: number }): 'start' | 'end' | undefined {
  const reach = (o: { start: number }) => s.text.slice(Math.max(0, o.start - BOUND_REACH), o.start);
  if (RANGE_START_BEFORE.test(reach(d)) && s.dates.some((o) => o.start > d.end && RANGE_END_BEFORE.test(reach(o)))) return 'start';
  if (RANGE_END_BEFORE.test(reach(d)) && s.dates.some((o) => o.end < d.start && RANGE_START_BEFORE.test(reach(o)))) return 'end';
  return undefined;
}

/** A weekday, folded, opening a temporal expression ("samedi", "ce lundi", "le mardi 3"). */
const WEEKDAY = new RegExp(`^(?:le |ce )?(${timeWords.weekdays.join('|')})\\b`);

/** The first two dates of a sentence joined by "et" alone ("jeudi et vendredi"), in their order, or none. */
function joinedDates<D extends { start: number; end: number; value?: string }>(text: string, dates: readonly D[]): D[] {
  for (let i = 0; i + 1 < dates.length; i++) {
    const [a, b] = [dates[i]!, dates[i + 1]!];
    if (a.value && b.value && a.value !== b.value && /^\s*et\s*$/.test(text.slice(a.end, b.start))) return [a, b];
  }
  return [];
}
