/** When: the date, the time of day or the part of the day a question asks for. */
import { fold } from '../nlp/french.js';
import { terms as analyse } from '../nlp/tokens.js';
import type { AnalyzedQuestion } from './analyze-question.js';
import type { Knowledge, ScoredSentence } from './knowledge.js';
import type { AnnotatedSentence } from '../nlp/annotate.js';
import { anchors, best, proximity, vote, type Candidate } from './candidates.js';
import { finish, readable, weightOf, type Partial } from './answer-common.js';
import { formatDateFr, formatTimeFr } from './format-date.js';
import { TUNING } from './tuning.js';
import { escapeRegExp } from '../regexp.js';
import words from './data/fr-answer-words.json' with { type: 'json' };
import timeWords from '../nlp/data/fr-time.json' with { type: 'json' };

/** Characters after a date read for its part of the day ("dimanche en fin d'après-midi"). */
const DAY_PART_REACH = 24;
/** Characters before a date read for a word that makes it a bound ("depuis le"). */
const BOUND_REACH = 16;
/** The shapes of an ISO date to the day and to the month. */
const FULL_DATE = 'YYYY-MM-DD';
const MONTH_DATE = 'YYYY-MM';

/** When: normalised dates near the question's words; a time of day when the question asks the hour. */
export function answerWhen(k: Knowledge, q: AnalyzedQuestion, ranked: ScoredSentence[]): Partial | null {
  const pool = new Map<string, Candidate>();
  const info = new Map<string, { value?: string; time?: string; approximate?: boolean; surface: string; part?: string }>();
  const dayPartAsked = q.wantsTime && /\bmoment de la journee\b/.test(fold(q.text));
  const asked = mainClauseTerms(q);
  const partDated = new Set<number>();
  const utcAsked = /\b(?:GMT|UTC)\b/i.test(q.text);
  for (const r of readable(ranked, true, q.wantsTime ? (s) => s.sentence.dates.some((d) => d.time) : undefined)) {
    const points = anchors(q, r);
    const clauseOf = clauseWeights(r.sentence, asked, q);
    for (const d of r.sentence.dates) {
      // "Le club a annoncé lundi que le match serait rejoué le 14 mars": a date counts by how much its own
      // clause says of the question's main clause (the announcement is Monday's, the match 14 March's).
      // "Il n'était pas né le 12 juillet 1998 (20 décembre 1998)": a date of a denied fact answers nothing.
      // "vers 07H45 (05H45 GMT)", "vers 15h10 GMT (18h10, heure locale)": a universal time beside the local one
      // restates it for other readers; the local time answers, unless the question asks the universal one.
      const utc = (o: { end: number }) => UTC_AFTER.test(r.sentence.text.slice(o.end, o.end + UTC_REACH));
      const restated = !!d.time && utc(d) !== utcAsked && r.sentence.dates.some((o) => o !== d && !!o.time && utc(o) !== utc(d));
      const inClause = clauseOf(d.start) * (denied(r.sentence.text, d.start) ? TUNING.deniedDate : 1) * (restated ? TUNING.restatedDate : 1);
      if (inClause === 0) continue;
      // "dimanche soir", "en fin de matinée": a part of the day answers "à quel moment de la journée".
      const part = dayPartAsked && !d.time ? DAY_PART.exec(fold(r.sentence.text.slice(d.start, d.end + DAY_PART_REACH)))?.[0] : undefined;
      if (part && d.value) {
        const key = `${d.value}P${part}`;
        vote(pool, key, weightOf(r) * TUNING.dayPart * inClause * proximity(d.start, points), r.index, r.sentence.doc);
        partDated.add(r.index);
        if (!info.has(key)) info.set(key, { value: d.value, surface: d.text, part });
        continue;
      }
      // "samedi" in an article whose day is unknown: the text's own word answers, unresolved.
      if (!q.wantsTime && !d.value && !d.time && WEEKDAY.test(fold(d.text))) {
        const key = `S${fold(d.text)}`;
        vote(pool, key, weightOf(r) * TUNING.unresolvedDay * inClause * proximity(d.start, points), r.index, r.sentence.doc);
        if (!info.has(key)) info.set(key, { surface: d.text.replace(/^(le|ce)\s+/i, '') });
        continue;
      }
      // A time of day carries the date of a day mention beside it: for a date question that mention counts, once.
      if (q.wantsTime ? !d.time : !d.value || d.time) continue;
      // A time of day answers "à quelle heure" even when the sentence names no day.
      const key = q.wantsTime ? `${d.value ?? ''}T${d.time}` : d.value!;
      // A precise date counts a little more than a month or a year.
      const precision = !d.value ? TUNING.monthDate : d.value.length === FULL_DATE.length ? 1 : d.value.length === MONTH_DATE.length ? TUNING.monthDate : TUNING.yearDate;
      vote(pool, key, weightOf(r) * precision * inClause * proximity(d.start, points), r.index, r.sentence.doc);
      if (!info.has(key)) info.set(key, { value: d.value, time: q.wantsTime ? d.time : undefined, approximate: d.approximate, surface: d.text });
    }
  }
  // "à quel moment de la journée" and no day beside a part of the day: the part of the day the sentence gives
  // ("a évoqué en fin de matinée un désastre"), in its own words.
  // A part of the day with its date was read above; alone, it competes with the times and dated parts.
  if (dayPartAsked) {
    for (const r of readable(ranked)) {
      if (partDated.has(r.index)) continue;
      const m = DAY_PART_ALONE.exec(fold(r.sentence.text));
      if (!m) continue;
      const key = `S${m[1]}`;
      vote(pool, key, weightOf(r) * TUNING.dayPart, r.index, r.sentence.doc);
      if (!info.has(key)) info.set(key, { surface: dayPartWords[m[1]!] ?? m[1]! });
    }
  }
  // No date in the sentences that say it: the sentence before, in the same paragraph, often set the day ("Le 24
  // juillet, le fugitif … . Après une course-poursuite, …"); it answers, cited, at a lower weight.
  if (!pool.size && !q.wantsTime) {
    for (const r of readable(ranked)) {
      const before = r.index - 1;
      if (before < 0 || k.sentences.docOf(before) !== r.sentence.doc) continue;
      const prev = k.sentence(before);
      if (prev.para !== r.sentence.para) continue;
      for (const d of prev.dates) {
        if (!d.value || d.time || denied(prev.text, d.start)) continue;
        // "en cavale depuis le 1er juillet, … mardi 24 juillet": a date that bounds a span is not the fact's day.
        const bound = bounds(prev.text, d.start) ? TUNING.boundDate : 1;
        vote(pool, d.value, weightOf(r) * TUNING.previousSentenceDate * bound, before, r.sentence.doc);
        if (!info.has(d.value)) info.set(d.value, { value: d.value, approximate: d.approximate, surface: d.text });
      }
    }
  }
  // A month (or year) mentioned vaguely supports the precise dates inside it; a vague date counts only its
  // best precise refinement, so the most precise date wins a tie.
  const merged = new Map<string, Candidate>();
  for (const a of pool.values()) {
    let score = a.score;
    let finest = 0;
    for (const b of pool.values()) {
      if (b === a || /^[TS]/.test(a.key) || /^[TS]/.test(b.key)) continue;
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
  // "ce vendredi" resolved to a day: the answer keeps the weekday the text gives ("vendredi 14 décembre 2018").
  const weekday = i.value?.length === FULL_DATE.length ? WEEKDAY.exec(fold(i.surface))?.[1] : undefined;
  const dated = i.value ? `${weekday ? `${weekday} ` : ''}${formatDateFr(i.value, i.time)}` : undefined;
  const text = i.part ? `${dated} (${dayPartWords[i.part] ?? i.part})` : dated ?? (i.time ? formatTimeFr(i.time) : i.surface);
  const answer = qualifier ? `${words[qualifier]}${qualifier === 'mi' ? '' : ' '}${text}` : text;
  return finish(k, ranked, c, answer, { date: i.value, time: i.time });
}

/** Parts of the day, folded, as they follow a date ("dimanche soir", "samedi en fin de matinée"). */
const esc = (w: string) => escapeRegExp(w).replace(/'/g, "['’]");
const DAY_PART = new RegExp(`\\b(${Object.keys(words.dayParts).sort((a, b) => b.length - a.length).map(esc).join('|')})\\b`);
const dayPartWords: Record<string, string> = words.dayParts;
/** A part of the day after "en", "dans la", "au", "ce", "le" ("en fin de matinée", "dans la soirée", "ce matin"). */
const DAY_PART_ALONE = new RegExp(`\\b(?:en|dans la|dans l'|au|ce|cet|cette|le|la|l')\\s*(${Object.keys(words.dayParts).sort((a, b) => b.length - a.length).map(esc).join('|')})\\b`);


/** Right after a time: the universal time zone it is given in ("05H45 GMT", "à 3h UTC"). */
const UTC_AFTER = /^\s*\(?\s*(?:GMT|UTC|TU)\b/;
const UTC_REACH = 8;

/** True when the date at `at` follows a negation in its clause ("n'était pas né le …"), outside parentheses. */
function denied(text: string, at: number): boolean {
  const before = text.slice(0, at);
  if (before.lastIndexOf('(') > before.lastIndexOf(')')) return false;
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(')')) + 1);
  return NEGATION.test(clause);
}

/** True when the date at `at` bounds a span ("depuis le 1er juillet", "jusqu'au 3 mai") rather than dating a fact. */
function bounds(text: string, at: number): boolean {
  return BOUND.test(text.slice(Math.max(0, at - BOUND_REACH), at));
}
const BOUND = new RegExp(`(?:${words.spanBounds.map(esc).join('|')})\\s+(?:le\\s+)?$`, 'i');

/** A weekday, folded, opening a temporal expression ("samedi", "ce lundi", "le mardi 3"). */
const WEEKDAY = new RegExp(`^(?:le |ce )?(${timeWords.weekdays.join('|')})\\b`);
/** "ne … pas", "n'était jamais": a negation, its verb between. */
const NEGATION = new RegExp(`(?:^|\\s)n(?:e\\s|['’])\\s*(?:\\p{L}+\\s+){0,3}?(?:${words.negations.join('|')})(?!\\p{L})`, 'iu');

/** Where a sentence's clauses start: at "que/qu'", a semicolon, a dash, or a comma before a side-clause word. */
const CLAUSE_BREAK = new RegExp(`\\s(?:que|qu['’])|;|\\s[–—]\\s|,\\s(?=(?:${words.clauseOpeners.map(esc).join('|')})\\s)|\\s(?=(?:${words.clauseOpenersBare.map(esc).join('|')}))`, 'giu');

/** A clause that opens on "lors de" / "lors du" / "lors d'": the occasion of the main clause's fact. */
const OCCASION = /^[\s,]*lors\s+d/iu;
const OCCASION_REACH = 12;

/** The analysed terms of a question's main clause: the words before its first "que" ("annoncé" in "Quand X a-t-il annoncé que …"). */
function mainClauseTerms(q: AnalyzedQuestion): Set<string> {
  const main = q.text.replace(/^(?:qu['’]|que\s)/i, '').split(/\s(?:que|qu['’])/i)[0] ?? q.text;
  return new Set(analyse(main).filter((t) => q.terms.has(t) || q.alternatives.has(t)));
}

/**
 * For a sentence, a function from an offset to the weight of the clause holding it: 1 for the clause that says the
 * most of the question's main clause, down to TUNING.otherClause for a clause that says none of it.
 */
function clauseWeights(sentence: AnnotatedSentence, asked: Set<string>, q: AnalyzedQuestion): (at: number) => number {
  const text = sentence.text;
  // ", mort à 74 ans …": a comma before a word of the question's main clause opens that word's own clause.
  const askedAfterComma = [...text.matchAll(/,\s+(\p{L}+)/gu)].filter((m) => analyse(m[1]!).some((t) => asked.has(q.alternatives.get(t)?.of ?? t))).map((m) => m.index!);
  const starts = [0, ...new Set([...[...text.matchAll(CLAUSE_BREAK)].map((m) => m.index!), ...askedAfterComma])].sort((x, y) => x - y);
  if (starts.length === 1 || (!asked.size && !q.entities.size)) return () => 1;
  // Which clauses say a word of the question's main clause (names aside).
  const saysAsked = starts.map((from, i) => analyse(text.slice(from, starts[i + 1] ?? text.length)).some((t) => asked.has(q.alternatives.get(t)?.of ?? t)));
  const said = starts.map((from, i) => {
    const to = starts[i + 1] ?? text.length;
    // The question's words (a synonym at its lower weight) and the names it asks about, said in this clause.
    const found = new Map<string, number>();
    for (const t of analyse(text.slice(from, to))) {
      const alt = q.alternatives.get(t);
      const term = alt ? alt.of : t;
      if (asked.has(term)) found.set(term, Math.max(found.get(term) ?? 0, (q.terms.get(term) ?? 0) * (alt ? alt.factor : 1)));
    }
    let sum = [...found.values()].reduce((a, b) => a + b, 0);
    const named = new Set(sentence.mentions.filter((m) => m.start >= from && m.start < to && q.entities.has(m.entity)).map((m) => m.entity));
    for (const id of named) sum += q.entities.get(id) ?? 0;
    return sum;
  });
  const most = Math.max(...said);
  if (!most) return () => 1;
  return (at) => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > at) i--;
    // "Ce samedi, la France dit au revoir à X, mort à 74 ans": when another clause says the question's words, a
    // date in a clause that says none of them dates another fact.
    // A phrase opened by "lors de" ("a été engagée, a annoncé X lors de sa visite ce samedi") sets the occasion of the
    // main clause's fact: its date counts, at the weight of a clause that says none of the question.
    if (!saysAsked[i] && saysAsked.some(Boolean) && !OCCASION.test(text.slice(starts[i]!, starts[i]! + OCCASION_REACH))) return 0;
    return TUNING.otherClause + (1 - TUNING.otherClause) * (said[i]! / most);
  };
}
