import { FR, SPEECH_FORMS, fold, nameKey } from '../nlp/french.js';
import { stem, terms as analyse, tokenize } from '../nlp/tokens.js';
import type { AnalyzedQuestion } from './analyze-question.js';
import type { Knowledge, ScoredSentence } from './knowledge.js';
import { anchors, articlesAmong, best, clip, evidenceFor, proximity, vote, type Candidate } from './candidates.js';
import { formatDateFr, formatTimeFr } from './format-date.js';
import patterns from './data/question-patterns.json' with { type: 'json' };
import type { Answer } from './types.js';
import { isCostQuestion, isMeasureNoun, quantities, unitsOf, venues } from './spans.js';
import { TUNING } from './tuning.js';
import { isSpecificNoun } from './question-kind.js';

/** What an answerer returns: the answer fields, or null when it has no candidate of the kind asked. */
export type Partial = Pick<Answer, 'answer' | 'evidence' | 'agreeing'> & { date?: string; time?: string };

const TOP = 15;
const CUT = 120;

/** The sentences worth reading for candidates: the best ones, and only those covering enough of the question. */
function readable(ranked: ScoredSentence[], namesRequired = true, holds?: (r: ScoredSentence) => boolean): ScoredSentence[] {
  if (!ranked.length) return [];
  const top = ranked[0].score;
  // A sentence that names none of the people or places asked about cannot say where or when they did it (for
  // who-questions the names often only set the scene: "Qui préside la conférence de X ?").
  const fits = (r: ScoredSentence) => r.score >= TUNING.readableScore * top && r.coverage >= TUNING.readableCoverage && (!namesRequired || r.entityCoverage >= 0.5);
  // A rare kind of candidate (a time of day) is looked for further down the ranking, in the sentences that hold one.
  if (holds) return ranked.filter((r, i) => (i < TOP || holds(r)) && fits(r));
  return ranked.slice(0, TOP).filter(fits);
}

/** How much a sentence's candidates count: its score, discounted when it misses the question's own words. */
function weightOf(r: ScoredSentence): number {
  return r.score * r.coverage * r.coverage * r.contentCoverage;
}

function finish(k: Knowledge, ranked: ScoredSentence[], c: Candidate, answer: string, extra: { date?: string; time?: string } = {}): Partial {
  const supporting = [...c.support.entries()].sort((a, b) => b[1] - a[1]).map(([i]) => i);
  return { answer, evidence: evidenceFor(k, ranked, supporting), agreeing: articlesAmong(k, supporting), ...extra };
}

/** A person's best description: the most frequent, then the most informative (longer, up to a point). */
export function describe(k: Knowledge, entity: number): string | undefined {
  const counts = new Map<string, { text: string; n: number }>();
  for (const d of k.ann.entities[entity].descriptions) {
    const key = fold(d.text);
    const c = counts.get(key) ?? { text: d.text, n: 0 };
    c.n++;
    counts.set(key, c);
  }
  const scored = [...counts.values()].map((c) => ({ ...c, s: c.n + Math.min(c.text.split(/\s+/).length, 8) / 4 }));
  return scored.sort((a, b) => b.s - a.s)[0]?.text;
}

/** "Qui est X ?": the person's descriptions, with the sentences they were read in. */
export function answerWhoIs(k: Knowledge, entity: number, ranked: ScoredSentence[]): Partial {
  const e = k.ann.entities[entity];
  const description = describe(k, entity);
  const descSentences = e.descriptions.filter((d) => !description || fold(d.text) === fold(description)).map((d) => d.sentence);
  const others = e.descriptions.map((d) => d.sentence);
  const mentioning = ranked.filter((r) => r.sentence.mentions.some((m) => m.entity === entity)).map((r) => r.index);
  const supporting = [...new Set([...descSentences, ...others, ...mentioning])];
  if (!supporting.length) {
    // Named but never described: say where they appear.
    for (const d of e.docs) {
      const [first, end] = k.sentences.range(d);
      for (let i = first; i < end && supporting.length < 3; i++) if (k.sentence(i).mentions.some((m) => m.entity === entity)) supporting.push(i);
      if (supporting.length >= 3) break;
    }
  }
  const answer = description ? clip(`${e.name}, ${description}`, CUT) : clip(`${e.name} (${supporting.length ? k.sentence(supporting[0]).text : ''})`, CUT);
  return { answer, evidence: evidenceFor(k, ranked, supporting), agreeing: articlesAmong(k, descSentences.length ? descSentences : supporting) };
}

/** Who did something: people (then organisations) named near the question's words, speakers of matching speech first. */
export function answerWho(k: Knowledge, q: AnalyzedQuestion, ranked: ScoredSentence[]): Partial | null {
  const pool = new Map<string, Candidate>();
  const display = new Map<string, string>();
  const speechVerbAsked = [...q.terms.keys()].some((t) => isSpeechTerm(t));
  // The question's verb ("Qui préside …", "Qui a organisé …"): its subject in a sentence is the answer.
  const verb = questionVerb(q);
  const roleAsked = q.noun && q.expects === 'person' ? q.noun : undefined;
  const roleRequired = roleAsked !== undefined && isSpecificNoun(roleAsked);
  for (const r of readable(ranked, false)) {
    const points = anchors(k, q, r);
    const subjects = verb ? subjectsOf(r.sentence.text, r.sentence.mentions, verb) : new Set<number>();
    for (const m of r.sentence.mentions) {
      // A country that does the asked thing ("le Portugal, qui préside les débats") answers too.
      const isSubject = subjects.has(m.entity);
      if (q.entities.has(m.entity) || (m.type !== 'person' && m.type !== 'org' && !isSubject)) continue;
      // "Quel procureur …": a person named next to the role asked, or described by it, answers best.
      // The role right before the name ("l'entraîneur Ekkapol"), in an apposition right after it ("X, l'entraîneur"),
      // or in how the corpus describes the person.
      const around = fold(r.sentence.text.slice(Math.max(0, m.start - 35), m.start)) + ' ' + (/^\s*,/.test(r.sentence.text.slice(m.end)) ? fold(r.sentence.text.slice(m.end, m.end + 35)) : '');
      const hasRole = roleAsked !== undefined && (around.includes(roleAsked) || fold(describe(k, m.entity) ?? '').includes(roleAsked));
      // "Quel arbitre …": a person the text never gives that role does not answer.
      if (roleRequired && !hasRole) continue;
      const role = hasRole ? TUNING.askedRole : 1;
      const weight = (m.type === 'person' ? 1 : 0.6) * proximity(m.start, points) * (isSubject ? 2.5 : 1) * role;
      const key = `e${m.entity}`;
      vote(pool, key, weightOf(r) * weight, r.index, r.sentence.doc);
      display.set(key, k.ann.entities[m.entity].name);
    }
    // Speakers of what the sentence reports ("a annoncé mardi un conseiller de la présidence").
    for (const a of k.speechBySentence.get(r.index) ?? []) {
      const act = k.ann.speech[a];
      if (act.entity !== undefined && q.entities.has(act.entity)) continue;
      if (FR.pronouns.has(fold(act.speakerText)) && act.entity === undefined) continue;
      if (roleRequired && !fold(act.speakerText).includes(roleAsked!) && !(act.entity !== undefined && fold(describe(k, act.entity) ?? '').includes(roleAsked!))) continue;
      const verbMatch = q.terms.has(fold(stem(act.verb)));
      // A speaker answers "qui a annoncé …"; for other verbs the one who reports an event is not who did it.
      if (!verbMatch && !speechVerbAsked) continue;
      // A speaker known only by a long phrase ("Le plongeur britannique qui a retrouvé …") is no name to give.
      if (act.entity === undefined && act.speakerText.split(/\s+/).length > TUNING.maxSpeakerWords) continue;
      const weight = verbMatch ? 1.6 : 0.5;
      const key = act.entity !== undefined ? `e${act.entity}` : `s${nameKey(act.speakerText)}`;
      vote(pool, key, weightOf(r) * weight, r.index, r.sentence.doc);
      if (!display.has(key)) display.set(key, act.entity !== undefined ? k.ann.entities[act.entity].name : act.speakerText);
    }
  }
  const c = best(pool);
  if (!c) return null;
  let answer = display.get(c.key) ?? c.key;
  if (c.key.startsWith('e')) {
    const id = Number(c.key.slice(1));
    const d = k.ann.entities[id].type === 'person' ? describe(k, id) : undefined;
    if (d) answer = `${answer}, ${d}`;
  }
  return finish(k, ranked, c, clip(answer, CUT));
}

/** Where: places named near the question's words ("à X", "dans la ville de X" weigh most). */
export function answerWhere(k: Knowledge, q: AnalyzedQuestion, ranked: ScoredSentence[]): Partial | null {
  const pool = new Map<string, Candidate>();
  const venueText = new Map<string, string>();
  // "Dans quel hôpital …": only a place the text calls a hospital answers.
  const venueAsked = q.noun && q.expects === 'place' && isSpecificNoun(q.noun) ? singularOf(q.noun) : undefined;
  const isCountry = (id: number) => FR.knownPlaces.has(nameKey(k.ann.entities[id].name));
  for (const r of readable(ranked)) {
    const points = anchors(k, q, r);
    for (const m of r.sentence.mentions) {
      if (q.entities.has(m.entity) || (m.type !== 'place' && m.type !== 'other')) continue;
      const before = fold(r.sentence.text.slice(Math.max(0, m.start - 24), m.start));
      let cue = /(\ba|\bdans|\b(ville|ile|port|village|capitale|localite|region|province)( [a-z-]+)? d[e'](\s*l')?|\bile|\bport de)\s*(l')?\s*$/.test(before) ? 1 : /\b(en|au|aux)\s*$/.test(before) ? 0.7 : 0.45;
      if (venueAsked && !fold(r.sentence.text.slice(Math.max(0, m.start - 40), m.end)).includes(venueAsked)) continue;
      // A name of no known type is a place only after a place preposition ("partis de Montpellier").
      if (m.type === 'other') {
        if (!/\b(a|dans|de|d'|depuis|vers|en|au|aux|pres de|jusqu'a)\s*$/.test(before)) continue;
        cue *= TUNING.untypedPlace;
      }
      // The most precise place answers best: a city over the country or region named beside it.
      const specific = isCountry(m.entity) && r.sentence.mentions.some((o) => o.type === 'place' && !isCountry(o.entity) && !q.entities.has(o.entity)) ? 0.5 : 1;
      vote(pool, `e${m.entity}`, weightOf(r) * cue * specific * proximity(m.start, points), r.index, r.sentence.doc);
    }
    // Venues that are not names: "le hangar 12", "la place des Martyrs", "un hall du parc des expositions".
    for (const v of venues(r.sentence.text)) {
      if (r.sentence.mentions.some((m) => q.entities.has(m.entity) && m.start >= v.start && m.end <= v.end)) continue;
      if (venueAsked && v.noun !== venueAsked) continue;
      const asked = q.noun && singularOf(q.noun) === v.noun ? TUNING.askedVenue : 1;
      const key = `v${fold(v.text)}`;
      vote(pool, key, weightOf(r) * TUNING.venue * asked * proximity(v.start, points), r.index, r.sentence.doc);
      if (!venueText.has(key)) venueText.set(key, v.text);
    }
  }
  const c = best(pool);
  if (!c) return null;
  return finish(k, ranked, c, clip(venueText.get(c.key) ?? k.ann.entities[Number(c.key.slice(1))].name, CUT));
}

/** When: normalised dates near the question's words; a time of day when the question asks the hour. */
export function answerWhen(k: Knowledge, q: AnalyzedQuestion, ranked: ScoredSentence[]): Partial | null {
  const pool = new Map<string, Candidate>();
  const info = new Map<string, { value?: string; time?: string; approximate?: boolean; surface: string; part?: string }>();
  const dayPartAsked = q.wantsTime && /\bmoment de la journee\b/.test(fold(q.text));
  for (const r of readable(ranked, true, q.wantsTime ? (s) => s.sentence.dates.some((d) => d.time) : undefined)) {
    const points = anchors(k, q, r);
    for (const d of r.sentence.dates) {
      // "dimanche soir", "en fin de matinée": a part of the day answers "à quel moment de la journée".
      const part = dayPartAsked && !d.time ? DAY_PART.exec(fold(r.sentence.text.slice(d.start, d.end + 24)))?.[0] : undefined;
      if (part && d.value) {
        const key = `${d.value}P${part}`;
        vote(pool, key, weightOf(r) * TUNING.dayPart * proximity(d.start, points), r.index, r.sentence.doc);
        if (!info.has(key)) info.set(key, { value: d.value, surface: d.text, part });
        continue;
      }
      if (q.wantsTime ? !d.time : !d.value) continue;
      // A time of day answers "à quelle heure" even when the sentence names no day.
      const key = q.wantsTime ? `${d.value ?? ''}T${d.time}` : d.value!;
      // A precise date counts a little more than a month or a year.
      const precision = !d.value ? 0.9 : d.value.length === 10 ? 1 : d.value.length === 7 ? 0.9 : 0.8;
      vote(pool, key, weightOf(r) * precision * proximity(d.start, points), r.index, r.sentence.doc);
      if (!info.has(key)) info.set(key, { value: d.value, time: q.wantsTime ? d.time : undefined, approximate: d.approximate, surface: d.text });
    }
  }
  // A month (or year) mentioned vaguely supports the precise dates inside it; a vague date counts only its
  // best precise refinement, so the most precise date wins a tie.
  const merged = new Map<string, Candidate>();
  for (const a of pool.values()) {
    let score = a.score;
    let finest = 0;
    for (const b of pool.values()) {
      if (b === a || a.key.startsWith('T') || b.key.startsWith('T')) continue;
      if (a.key.startsWith(b.key)) score += b.score;
      else if (b.key.startsWith(a.key)) finest = Math.max(finest, b.score);
    }
    merged.set(a.key, { ...a, score: score + finest });
  }
  const c = best(merged, (a, b) => b.key.length - a.key.length);
  if (!c) return null;
  const i = info.get(c.key)!;
  const qualifier = i.approximate ? /^(fin|debut|mi)\b/.exec(fold(i.surface.replace(/^(en|a la|au)\s+/i, '')))?.[1] : undefined;
  const words = { fin: 'fin', debut: 'début', mi: 'mi-' } as Record<string, string>;
  const text = i.part ? `${formatDateFr(i.value!)} (${dayPartWords[i.part] ?? i.part})` : i.value ? formatDateFr(i.value, i.time) : formatTimeFr(i.time!);
  const answer = qualifier ? `${words[qualifier]}${qualifier === 'mi' ? '' : ' '}${text}` : text;
  return finish(k, ranked, c, answer, { date: i.value, time: i.time });
}

/** What someone said: their speech acts, ranked by how well the sentence matches the rest of the question. */
export function answerQuote(k: Knowledge, q: AnalyzedQuestion, ranked: ScoredSentence[]): Partial | null {
  const rankedScore = new Map(ranked.map((r) => [r.index, r.score]));
  const speakers = [...q.entities.keys()].filter((id) => k.ann.entities[id].type === 'person' || k.ann.entities[id].type === 'org');
  const pool = new Map<string, Candidate>();
  const acts = new Map<string, number>();
  // What the statement is about: the question's words that do not name the speaker or the act of speaking.
  const speakerWords = new Set(speakers.flatMap((id) => k.nameTerms(id)));
  const topicOf = (exclude: Set<string>) => [...q.terms].filter(([t]) => !exclude.has(t) && !speakerWords.has(t) && !isSpeechTerm(t));
  /** Share (0..1) of the topic's weight that the statement or its sentence says, synonyms and word family included. */
  const topicShare = (i: number, topic: [string, number][]) => {
    if (!topic.length) return 1;
    const act = k.ann.speech[i];
    const said = new Set([...k.sentence(act.sentence).terms, ...analyse(act.text)]);
    const total = topic.reduce((a, [, w]) => a + w, 0);
    let hit = 0;
    for (const [t, w] of topic) if (said.has(t) || [...q.alternatives].some(([alt, a]) => a.of === t && said.has(alt))) hit += w;
    return total ? hit / total : 1;
  };
  const consider = (i: number, bySpeaker: number, topic: number) => {
    const act = k.ann.speech[i];
    // The rest of the question (about what, where, to whom) is matched by the ranking of its sentence.
    const context = rankedScore.get(act.sentence) ?? 0;
    const score = bySpeaker * (1 + context) * (TUNING.quoteTopicFloor + topic) * (act.direct ? 1.1 : 1);
    const key = `q${i}`;
    vote(pool, key, score, act.sentence, k.sentences.docOf(act.sentence));
    acts.set(key, i);
  };
  let bestTopic = 0;
  let topicAsked = false;
  if (speakers.length) {
    const topic = topicOf(new Set());
    topicAsked = topic.length > 0;
    for (const id of speakers) {
      for (const i of k.speechByEntity.get(id) ?? []) {
        const t = topicShare(i, topic);
        bestTopic = Math.max(bestTopic, t);
        consider(i, 1, t);
      }
    }
  } else {
    // "l'archéologue", "le département d'État américain": the speaker's words among the question's.
    const qTerms = [...q.terms.keys()];
    k.speakerTerms.forEach((words, i) => {
      if (!words) return;
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
  }
  // "Qu'a dit X sur Y ?": when X said nothing that touches Y, the corpus does not say.
  if (topicAsked && bestTopic === 0) return null;
  const c = best(pool);
  if (!c) return null;
  const act = k.ann.speech[acts.get(c.key)!];
  const sentence = k.sentence(act.sentence).text;
  // A fragment (« alliance de sang ») reads best in its sentence; a full quotation stands alone.
  const words = act.text.split(/\s+/).length;
  const answer = act.direct ? (words >= 5 ? `« ${act.text} »` : sentence) : act.text;
  return finish(k, ranked, c, clip(answer, 400));
}

/** Anything else: the best sentence, cut to its most relevant part when long. */
export function answerWhat(k: Knowledge, q: AnalyzedQuestion, ranked: ScoredSentence[]): Partial | null {
  let top = ranked[0];
  if (!top) return null;
  // A question asking for a quantity ("De combien …", "Quel objectif …") is answered by a sentence with a figure,
  // when one ranks close to the best.
  if (q.expects === 'quantity' || QUANTITY.test(fold(q.text))) {
    // "Combien de morts …" asks a count: the figure itself. "Quel objectif …" names a measure: its sentence.
    const measure = q.noun !== undefined && isMeasureNoun(q.noun) && !unitsOf(q.noun);
    const figure = measure ? null : answerQuantity(k, q, ranked);
    if (figure) return figure;
    // A count asked and no figure of it: the corpus does not say (a sentence would not answer it).
    if (!measure && /\bcombien\b/.test(fold(q.text))) return null;
    const withFigure = ranked.slice(0, 5).find((r) => FIGURE.test(r.sentence.text) && r.score >= 0.6 * top.score && r.coverage >= 0.8 * top.coverage);
    if (withFigure) top = withFigure;
  }
  const c: Candidate = { key: String(top.index), score: top.score, support: new Map([[top.index, top.score]]), byDoc: new Map([[top.sentence.doc, top.score]]) };
  return finish(k, ranked, c, clip(top.sentence.text, 400));
}

/**
 * "Combien de morts …": the figure that counts what is asked ("41 morts"), from the sentences that cover the
 * question; a figure counting something else answers only when the question names no noun.
 */
function answerQuantity(k: Knowledge, q: AnalyzedQuestion, ranked: ScoredSentence[]): Partial | null {
  const pool = new Map<string, Candidate>();
  const shown = new Map<string, string>();
  const asked = q.noun ? singularOf(q.noun) : undefined;
  // "Combien de temps" is answered in days or weeks, "combien a coûté" in money.
  const units = asked ? unitsOf(asked) : isCostQuestion(q.text) ? unitsOf('cout') : undefined;
  for (const r of readable(ranked, false)) {
    const points = anchors(k, q, r);
    for (const f of quantities(r.sentence.text)) {
      const counts = units
        ? units.has(f.noun) || /[€$]/.test(f.text) ? TUNING.askedUnit : 0
        : asked && f.noun ? (f.noun === asked || fold(stem(f.noun)) === fold(stem(asked)) ? TUNING.askedUnit : 0) : asked ? TUNING.bareFigure : 1;
      if (!counts) continue;
      const key = fold(f.text);
      vote(pool, key, weightOf(r) * counts * proximity(f.start, points), r.index, r.sentence.doc);
      if (!shown.has(key)) shown.set(key, f.text);
    }
  }
  const c = best(pool);
  return c ? finish(k, ranked, c, shown.get(c.key)!) : null;
}

/** A folded noun in the singular ("hangars" → "hangar"). */
function singularOf(noun: string): string {
  return noun.replace(/(?<=..)[sx]$/, '');
}

const QUANTITY = new RegExp(patterns.quantity);
/** Parts of the day, folded, as they follow a date ("dimanche soir", "samedi en fin de matinée"). */
const DAY_PART = /\b(fin de matinee|debut de matinee|fin d'apres-midi|debut d'apres-midi|apres-midi|matinee|matin|midi|soiree|soir|nuit)\b/;
const dayPartWords: Record<string, string> = { 'fin de matinee': 'fin de matinée', 'debut de matinee': 'début de matinée', "fin d'apres-midi": "fin d'après-midi", "debut d'apres-midi": "début d'après-midi", 'apres-midi': 'après-midi', matinee: 'matinée', soiree: 'soirée' };
/** A figure: digits with a percent sign, a currency or a unit (a date is not one). */
const FIGURE = /\d[\d\s.,]*\s?(%|pour\s?cent|€|\$|euros?|dollars?|milliards?|millions?|tonnes?|km|kilomètres?|personnes|habitants|morts)/u;

/** The analysed verb of "Qui (a) VERB …" / "Who VERB …" — the first content word after the interrogative. */
function questionVerb(q: AnalyzedQuestion): string | undefined {
  const m = /^(?:qui|who)\s+(?:(?:a|ont|avait|avaient|est|sont|va|vont|has|have|had|did|does|will)\s+)?(\p{L}+)/iu.exec(q.text);
  if (!m) return undefined;
  const term = fold(stem(m[1]));
  return q.terms.has(term) ? term : undefined;
}

/**
 * Entities that are the subject of `verb` in a sentence: the name before "qui VERB" ("Ana Ribeiro, qui préside
 * les travaux") or before "a/ont VERB" in the same clause ("l'association X a organisé").
 */
function subjectsOf(text: string, mentions: { entity: number; start: number; end: number; type: string }[], verb: string): Set<number> {
  const found = new Set<number>();
  for (const t of tokenize(text)) {
    if (fold(stem(t.text)) !== verb) continue;
    const before = text.slice(Math.max(0, t.start - 90), t.start);
    const rel = /(?:,\s*)?qui\s+(?:(?:a|ont|avait|avaient)\s+)?$/i.exec(before);
    const aux = /\s(?:a|ont|avait|avaient)\s+$/i.exec(before);
    if (!rel && !aux) continue;
    const cut = t.start - before.length + (rel ?? aux)!.index;
    // The closest person or organisation ending before the relative pronoun or the auxiliary, in the same clause.
    const m = [...mentions].reverse().find((x) => x.type !== 'other' && x.end <= cut && !/[.;:«»]/.test(text.slice(x.end, cut)) && cut - x.end < 60);
    if (m) found.add(m.entity);
  }
  return found;
}

/** Analysed terms of the speech verbs, to tell "Qui a annoncé …" from other who-questions. */
const SPEECH_TERMS = new Set([...SPEECH_FORMS].map((f) => fold(stem(f))));
function isSpeechTerm(term: string): boolean {
  return SPEECH_TERMS.has(term);
}
