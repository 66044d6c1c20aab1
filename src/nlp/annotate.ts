import type { Article } from '../corpus/types.js';
import { FR, fold, isPageFurniture, nameKey } from './french.js';
import { sexOfGivenName } from './given-names.js';
import { foldChars } from './fold.js';
import { escapeRegExp } from '../regexp.js';
import lexicon from './data/fr-lexicon.json' with { type: 'json' };
import timeWords from './data/fr-time.json' with { type: 'json' };
import { splitSentences } from './sentences.js';
import type { Splits } from './split-parallel.js';
import { tokenize, terms, termsOf, isElision, packTokens, unpackTokens } from './tokens.js';
import { findNames, groupEntities, initialsOf, type EntityRecord, type EntityType, type NameSpan } from './entities.js';
import { insideQuotation, readSpeech, type Mention } from './quotes.js';
import { estimatePublication, findTemporal, mostReportedDay, weekdayNear, type TemporalMention } from './temporal/index.js';
import { STAMP_BEFORE, STAMP_OPENS } from './temporal/patterns.js';

/** Progress is reported every this many articles. */
const PROGRESS_EVERY = 200;
/** Characters of a sentence's opening read for a pronoun that points back. */
const OPENING = 40;
/** Words of a description that names a person by itself ("ministre portugaise"): a title and a qualifier at least. */
const DESCRIPTION_WORDS = { min: 2, max: 6 };

/** One sentence of the corpus with what was read in it. */
export interface AnnotatedSentence {
  /** Index of the article in `Annotations.articles`. */
  doc: number;
  /** 1-based paragraph number in the article. */
  para: number;
  text: string;
  /** Stemmed, folded search terms (stop words removed), in order. */
  terms: string[];
  /** Names mentioned, resolved to entities. */
  mentions: Mention[];
  /** Temporal expressions, normalised against the article's publication date. */
  dates: TemporalMention[];
  /** True when the sentence opens on a word that points back ("Il …", "Le premier …", "Cette rencontre …"). */
  anaphoric?: boolean;
  /** Its subject is a pronoun, at its start or after an opening clause ("Né le 25 décembre 1964, il …"). */
  pronounSubject?: boolean;
  /** In a live blog, the time of day that heads the entry the sentence belongs to ("7h15. …" above it), when the
   * sentence gives no time of its own: the time as written and as 'HH:MM'. */
  stamp?: { text: string; time: string };
}

/** A name of the corpus with where and how it appears. */
export interface AnnotatedEntity extends EntityRecord {
  /** Titles and appositions read next to the name, with the sentence they come from. */
  descriptions: { text: string; sentence: number }[];
  /** Article indexes that mention it. */
  docs: number[];
}

/** Something said, with its speaker and the sentence that carries it. */
export interface AnnotatedSpeech {
  sentence: number;
  speakerText: string;
  entity?: number;
  /** Analysed words of the speaker phrase, for speakers that resolve to no entity ("un représentant du ministère"). */
  speakerTerms?: string[];
  text: string;
  direct: boolean;
  verb: string;
}

/** Article metadata kept in the index (the body lives in the sentences). */
/** An article without its text; `publishedMonth` (YYYY-MM) when its date is known only to the month (a crawl marker). */
export type ArticleMeta = Omit<Article, 'paragraphs'> & { paragraphCount: number; publishedMonth?: string };

/** Everything the question answering needs, computed once at index time. Plain data: it goes into the snapshot. */
export interface Annotations {
  articles: ArticleMeta[];
  sentences: AnnotatedSentence[];
  /** For each article, for each paragraph (0-based), the index of its first sentence and how many it has. */
  paragraphs: { doc: number; para: number; first: number; count: number }[];
  entities: AnnotatedEntity[];
  speech: AnnotatedSpeech[];
  /** Number of sentences that contain each term. */
  df: Record<string, number>;
}

/** Called as annotation progresses. */
export type Progress = (stage: string, done: number, total: number) => void;

/** A sentence between passes: tokens stay packed (token objects for a whole corpus would dominate the build's memory). */
interface RawSentence {
  doc: number;
  para: number;
  text: string;
  tokens: Int32Array;
  spans: NameSpan[];
}

const tokensOf = (r: RawSentence) => unpackTokens(r.text, r.tokens);

/**
 * Dates the articles that have no publication date: one read off the text, marked as an estimate. One known only
 * to the month (a crawl marker "date 2018-07") still anchors the article's dates to that month (`monthAnchor`).
 */
function dateArticles(input: Article[]): { articles: Article[]; monthAnchor: (string | undefined)[] } {
  const monthAnchor: (string | undefined)[] = [];
  const own = input.map((a) => (a.published ? undefined : estimatePublication(a.crawlDate ? [`date ${a.crawlDate}`, ...a.paragraphs] : a.paragraphs)));
  // A text that fixes no date at all ("Mardi 10 juillet", no year) is read as written near the corpus's other
  // articles: the median month of their dates stands in for a crawl marker (weekdays then fix the year).
  const known = input.map((a, i) => (a.published ?? own[i]?.date)?.slice(0, 7)).filter((d): d is string => !!d).sort();
  const prior = known.length ? known[Math.floor(known.length / 2)] : undefined;
  const articles = input.map((a, doc) => {
    if (a.published) return a;
    const estimate = own[doc] ?? (prior ? estimatePublication([`date ${prior}`, ...a.paragraphs]) : undefined);
    if (estimate && /^\d{4}-\d{2}-\d{2}$/.test(estimate.date)) return { ...a, published: estimate.date, publishedEstimated: true };
    if (estimate && /^\d{4}-\d{2}$/.test(estimate.date)) monthAnchor[doc] = estimate.date;
    return a;
  });
  return { articles, monthAnchor };
}

/** Pass 1: sentences and tokens of every paragraph; which words appear capitalised inside a sentence. */
function splitArticles(articles: Article[], onProgress: Progress | undefined, splits: Splits | undefined) {
  const raws: RawSentence[] = [];
  const paragraphs: Annotations['paragraphs'] = [];
  const inside = new Set<string>();
  articles.forEach((article, doc) => {
    article.paragraphs.forEach((paragraph, p) => {
      const first = raws.length;
      for (const s of splits?.[doc]?.[p] ?? splitSentences(paragraph)) {
        // Web-page furniture (a credit, a date stamp, "Publicité") is no sentence of the article.
        if (isPageFurniture(s.text)) continue;
        const tokens = tokenize(s.text);
        tokens.forEach((t, i) => {
          if (i > 0 && t.upper && !isElision(t) && !/[«“"(:]\s*$/.test(s.text.slice(tokens[i - 1].end, t.start))) inside.add(fold(t.text));
        });
        raws.push({ doc, para: p + 1, text: s.text, tokens: packTokens(tokens), spans: [] });
      }
      paragraphs.push({ doc, para: p + 1, first, count: raws.length - first });
    });
    if (doc % PROGRESS_EVERY === 0) onProgress?.('sentences', doc, articles.length);
  });
  return { raws, paragraphs, inside };
}

/** The sentences with their mentions (entities' documents and descriptions filled on the way) and their dates. */
function annotateSentences(
  raws: RawSentence[],
  termsBySentence: string[][],
  entities: AnnotatedEntity[],
  byKey: Map<string, number>,
  anchorOf: (doc: number) => string | undefined,
): AnnotatedSentence[] {
  // The last full date of each article's story, when it is well before the article's own date.
  const story = new Map<number, string>();
  return raws.map((r, index) => {
    const mentions: Mention[] = [];
    for (const s of r.spans) {
      const id = byKey.get(s.key);
      if (id === undefined) continue;
      mentions.push({ entity: id, type: entities[id].type, start: s.start, end: s.end });
      const e = entities[id];
      // Sentences come in article order: the last article listed is the only one to check.
      if (e.docs[e.docs.length - 1] !== r.doc) e.docs.push(r.doc);
      // "l'auteur des faits s'appelle X": the verb that names is no part of the description.
      const description = s.description?.replace(NAMING_VERB_END, '');
      if (description && e.type === 'person') e.descriptions.push({ text: description, sentence: index });
    }
    let dates: TemporalMention[] = [];
    try {
      dates = factDates(r.text, findTemporal(r.text, anchorOf(r.doc), undefined, story.get(r.doc)));
    } catch {
      dates = [];
    }
    followStory(story, r.doc, dates, anchorOf(r.doc));
    const sentence: AnnotatedSentence = { doc: r.doc, para: r.para, text: r.text, terms: termsBySentence[index], mentions, dates };
    if (ANAPHORIC.test(fold(r.text.slice(0, OPENING)))) sentence.anaphoric = true;
    if (pronounSubject(r.text)) sentence.pronounSubject = true;
    return sentence;
  });
}

/** Characters before a date read for a page's stamp ("[Mis à jour le"). */
const STAMP_REACH = 40;
/** The dates of a sentence but the page's own stamp ("[Mis à jour le 2 juin 2022 à 14h47] Le verdict …"). */
function factDates(text: string, dates: TemporalMention[]): TemporalMention[] {
  let stampEnd = -1;
  return dates.filter((d) => {
    // (The stamp's time goes with it: "le 2 juin 2022 à 14h47".)
    const stamp = (d.start <= STAMP_REACH && STAMP_BEFORE.test(foldChars(text.slice(0, d.start)))) || (stampEnd >= 0 && /^[\s,]*$/.test(text.slice(stampEnd, d.start)));
    if (stamp) stampEnd = d.end;
    return !stamp;
  });
}

/** Months between a story's date and its article's date from which the story's dates give a year to those without. */
const STORY_GAP_MONTHS = 10;

/**
 * "Le 11 mars 2011, un séisme …" in an article of 2017 opens a past story: the dates after it without a year are of
 * its year ("Le 15 mars, …"), until a full date near the article's own brings the story back to its present.
 * The crawl marker (" date 2017-03") is no date of the story.
 */
function followStory(story: Map<number, string>, doc: number, dates: TemporalMention[], anchor: string | undefined): void {
  const at = /^(\d{4})-(\d{2})/.exec(anchor ?? '');
  if (!at) return;
  for (const d of dates) {
    if (d.relative || !d.value || d.value.length < 'YYYY-MM'.length || /^\d{4}-\d{2}/.test(d.text.trim())) continue;
    const gap = (Number(at[1]) - Number(d.value.slice(0, 4))) * 12 + Number(at[2]) - Number(d.value.slice(5, 7));
    if (gap > STORY_GAP_MONTHS) story.set(doc, d.value);
    else story.delete(doc);
  }
}

/**
 * A weekday in an article known only to its month ("dimanche") is the one such day the other reports name; one still
 * without a day is marked with the day of that weekday in the story's week (`weekOf`, see temporal/story-week.ts).
 */
/** After a time of day that opens a paragraph: the punctuation that makes it an entry's heading ("7h15. …", "14h02 - …"). */
const STAMP_AFTER = /^\s*(?:[.:|–—-]|$)/u;
/** Entries an article must open on a time to be read as a live blog. */
const LIVE_ENTRIES = 2;

/**
 * A live blog heads each entry with its time ("7h15. La foule attend", then the entry's paragraphs): the sentences of
 * an entry that give no time of their own take the time that heads it, up to the next heading. Only in an article
 * with at least {@link LIVE_ENTRIES} such headings.
 */
function stampLiveEntries(sentences: AnnotatedSentence[]): void {
  const heads = (s: AnnotatedSentence, i: number) => (i === 0 || sentences[i - 1]!.doc !== s.doc || sentences[i - 1]!.para !== s.para)
    ? s.dates.find((d) => d.time && d.start === 0 && STAMP_AFTER.test(s.text.slice(d.end))) : undefined;
  const headings = sentences.map(heads);
  const entries = new Map<number, number>();
  sentences.forEach((s, i) => { if (headings[i]) entries.set(s.doc, (entries.get(s.doc) ?? 0) + 1); });
  let stamp: { text: string; time: string } | undefined;
  sentences.forEach((s, i) => {
    if (i === 0 || sentences[i - 1]!.doc !== s.doc) stamp = undefined;
    if ((entries.get(s.doc) ?? 0) < LIVE_ENTRIES) return;
    const head = headings[i];
    if (head) stamp = { text: head.text, time: head.time! };
    else if (stamp && !s.dates.some((d) => d.time)) s.stamp = stamp;
  });
}

function resolveMonthOnlyWeekdays(sentences: AnnotatedSentence[], monthAnchor: (string | undefined)[]): void {
  if (!monthAnchor.some(Boolean)) return;
  const known = new Set<string>();
  for (const s of sentences) for (const d of s.dates) if (d.value?.length === 'YYYY-MM-DD'.length && !d.approximate) known.add(d.value);
  // ("Mis à jour le 26 avril 2015 à 13h51": a page's stamp dates no fact, and still tells a day the story reaches.)
  for (const s of sentences) {
    if (!STAMP_OPENS.test(foldChars(s.text.slice(0, STAMP_REACH)))) continue;
    for (const d of findTemporal(s.text, monthAnchor[s.doc])) if (d.value?.length === 'YYYY-MM-DD'.length && !d.approximate) known.add(d.value);
  }
  const days = [...known];
  for (const s of sentences) {
    const anchor = monthAnchor[s.doc];
    if (!anchor || !s.dates.some((d) => d.value === undefined && !d.time)) continue;
    // Only what was left unresolved takes the new reading: a date the story gave its year ("Le 15 mars, …") keeps it.
    const again = factDates(s.text, findTemporal(s.text, anchor, days));
    s.dates = again.length === s.dates.length && again.every((d, i) => d.start === s.dates[i]!.start) ? s.dates.map((d, i) => (d.value === undefined ? again[i]! : d)) : again;
  }
  // A weekday still without a day ("ce mardi matin") means the story's week, when the story's main day is in the
  // article's month.
  const mainDay = mostReportedDay(sentences.flatMap((s) => s.dates.filter((d) => d.value && !d.approximate).map((d): [string, number] => [d.value!, s.doc])));
  if (!mainDay) return;
  for (const s of sentences) {
    const anchor = monthAnchor[s.doc];
    if (!anchor) continue;
    for (const d of s.dates) {
      if (d.value !== undefined || d.time) continue;
      const day = weekdayNear(d.text, anchor, mainDay);
      if (day) d.weekOf = day;
    }
  }
}

/**
 * How the corpus describes its people: for each description key, how often it describes each person, and the
 * person it points to most, decided once (a common title is shared by thousands).
 */
function describedPeople(entities: AnnotatedEntity[]) {
  const described = new Map<string, Map<number, number>>();
  for (const e of entities) {
    for (const d of e.descriptions) {
      const k = descriptionKey(d.text);
      const m = described.get(k) ?? new Map<number, number>();
      m.set(e.id, (m.get(e.id) ?? 0) + 1);
      described.set(k, m);
    }
  }
  const bestByDescription = new Map<string, number>();
  for (const [key, m] of described) {
    let best = -1;
    for (const [id, n] of m) {
      if (best < 0 || n > m.get(best)! || (n === m.get(best)! && entities[id].mentions > entities[best].mentions)) best = id;
    }
    bestByDescription.set(key, best);
  }
  return { described, bestByDescription };
}

/** Share of a description's uses that must describe one person for the description to name that person. */
const DESCRIPTION_AGREEMENT = 0.7;

/** Cheap test before tokenising: a sentence with no article before a lower-case word holds no description. */
const TITLE_HINT = /\b(le|la|l['’]|du|au|les|des)\s*\p{Ll}/iu;

/**
 * Definite descriptions name people too: "le cortège de la ministre portugaise" mentions the person the corpus
 * calls so, when the description points to one person (titles with a qualifier only, never "le président").
 * Adds those mentions to the sentences.
 */
function mentionDescriptions(sentences: AnnotatedSentence[], raws: RawSentence[], described: Map<string, Map<number, number>>): void {
  const byTitle = new Map<string, { words: string[]; entity: number }[]>();
  for (const [key, counts] of described) {
    const words = key.split(' ');
    if (words.length < DESCRIPTION_WORDS.min || words.length > DESCRIPTION_WORDS.max) continue;
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    const total = ranked.reduce((a, [, n]) => a + n, 0);
    if (ranked[0][1] / total < DESCRIPTION_AGREEMENT) continue;
    // Indexed by the title and the word after it: a common title ("président") has many descriptions.
    const head = `${words[0]} ${words[1]}`;
    const list = byTitle.get(head) ?? [];
    list.push({ words, entity: ranked[0][0] });
    byTitle.set(head, list);
  }
  if (!byTitle.size) return;
  sentences.forEach((sentence, index) => {
    if (!TITLE_HINT.test(sentence.text)) return;
    const tokens = tokensOf(raws[index]);
    for (let i = 1; i < tokens.length; i++) {
      if (!tokens[i + 1] || !FR.titles.has(tokens[i].text.toLowerCase()) || !/^(le|la|l'|l’|du|au|les|des)$/i.test(tokens[i - 1].text)) continue;
      const options = byTitle.get(`${fold(tokens[i].text)} ${nameKey(tokens[i + 1].text).split(' ')[0]}`);
      if (!options) continue;
      for (const o of options) {
        // Compare folded text ("sud-africain" is one token but two key words).
        const key = o.words.join(' ');
        let last = -1;
        for (let n = i; n < Math.min(tokens.length, i + o.words.length); n++) {
          if (nameKey(sentence.text.slice(tokens[i].start, tokens[n].end)) === key) { last = n; break; }
        }
        if (last < 0) continue;
        // "la ministre portugaise Ana Ribeiro": a name right after is the mention already.
        if (tokens[last + 1]?.upper && !/[,.;:]/.test(sentence.text.slice(tokens[last].end, tokens[last + 1].start))) continue;
        const end = tokens[last].end;
        if (sentence.mentions.some((m) => m.start < end && m.end > tokens[i].start)) continue;
        sentence.mentions.push({ entity: o.entity, type: 'person', start: tokens[i].start, end });
        sentence.mentions.sort((a, b) => a.start - b.start);
        break;
      }
    }
  });
}

/** Words before a role noun in a description that are not its head ("l'ancien", "le jeune"), folded. */
const ROLE_LEAD = /^(?:(?:le|la|l|les|un|une|son|sa|ses|leur|cet|cette|ce)\s+)?(?:(?:ancien|ancienne|actuel|actuelle|jeune|nouveau|nouvelle|premier|premiere|futur|future|ex)\s+)*/;
/** The role noun of a description ("le PDG de la compagnie" → "pdg", "chanteur"), folded, when it is a title or a person noun. */
function roleHead(description: string): string | undefined {
  // Read on folded words, as the article-role pass always has (a title written with accents is left out).
  const head = fold(description).replace(/['’]/g, ' ').replace(ROLE_LEAD, '').split(/[\s,]+/)[0];
  return head && head.length >= ROLE_HEAD_MIN && isRoleNoun(head) ? head : undefined;
}
const ROLE_HEAD_MIN = 4;
/** The word a complement opens on right after a role ("de l'ONU" → "onu", "du gouvernement" → "gouvernement"), folded. */
const OF_AFTER = /^\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)(\p{L}+)/u;

/**
 * "Cet employé des chemins de fer, Dimitris Nikolaou, …" then "l'employé a été placé en détention": in an article
 * that gives one person a role, the role said with a definite or demonstrative article names that person there.
 */
function mentionArticleRoles(sentences: AnnotatedSentence[], entities: AnnotatedEntity[]): void {
  const byDoc = new Map<number, Map<string, Set<number>>>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    for (const d of e.descriptions) {
      const head = roleHead(d.text);
      if (!head) continue;
      const doc = sentences[d.sentence]!.doc;
      const roles = byDoc.get(doc) ?? byDoc.set(doc, new Map()).get(doc)!;
      (roles.get(head) ?? roles.set(head, new Set()).get(head)!).add(e.id);
    }
  }
  // Per article, the roles one person holds, and one pattern for them all.
  const held = new Map<number, { holder: Map<string, number>; re: RegExp }>();
  for (const [doc, roles] of byDoc) {
    const holder = new Map([...roles].filter(([, ids]) => ids.size === 1).map(([head, ids]) => [head, [...ids][0]!] as const));
    if (holder.size) held.set(doc, { holder, re: new RegExp(`(?:^|[^\\p{L}])(?:le|la|l['’]|ce|cet|cette)\\s*(${[...holder.keys()].map(escapeRegExp).join('|')})(?![\\p{L}])`, 'gu') });
  }
  for (const sentence of sentences) {
    const roles = held.get(sentence.doc);
    if (!roles) continue;
    const folded = foldChars(sentence.text);
    for (const m of folded.matchAll(roles.re)) {
      const head = m[1]!;
      const id = roles.holder.get(head)!;
      if (sentence.mentions.some((x) => x.entity === id)) continue;
      // Folding keeps offsets (one character for one).
      const start = m.index! + m[0].length - head.length;
      const end = start + head.length;
      // "le contrôleur Jan Kowal": a name right after is the mention already.
      if (/^\p{Lu}/u.test(sentence.text.slice(end).trimStart()) && !/^\s*[,.;:]/.test(sentence.text.slice(end))) continue;
      // "le chef de l'ONU" is not "le chef de la diplomatie": a complement after the role must be the one the person's
      // role has.
      const of = OF_AFTER.exec(folded.slice(end))?.[1];
      if (of !== undefined && !entities[id]!.descriptions.some((d) => roleHead(d.text) === head && fold(d.text).replace(/['’]/g, ' ').includes(` ${of}`))) continue;
      if (sentence.mentions.some((x) => x.start < end && x.end > start)) continue;
      sentence.mentions.push({ entity: id, type: 'person', start, end });
      sentence.mentions.sort((a, b) => a.start - b.start);
    }
  }
}

/** Speech is read article by article: "Il a indiqué que …" may lean on the previous paragraph's speaker. */
function corpusSpeech(
  sentences: AnnotatedSentence[],
  raws: RawSentence[],
  typeOf: (id: number) => EntityType,
  resolveDescription: (np: string) => number | undefined,
  sexOf: (id: number) => 'm' | 'f' | undefined,
): AnnotatedSpeech[] {
  const speech: AnnotatedSpeech[] = [];
  let from = 0;
  while (from < sentences.length) {
    let to = from;
    while (to < sentences.length && sentences[to].doc === sentences[from].doc) to++;
    const slice = sentences.slice(from, to).map((s, i) => ({ text: s.text, mentions: s.mentions, tokens: tokensOf(raws[from + i]) }));
    for (const act of readSpeech(slice, typeOf, resolveDescription, sexOf)) {
      speech.push({
        sentence: from + act.sentence, speakerText: act.speakerText, text: act.text, direct: act.direct, verb: act.verb,
        ...(act.entity !== undefined ? { entity: act.entity } : { speakerTerms: [...new Set(terms(act.speakerText))] }),
      });
    }
    from = to;
  }
  return speech;
}

/**
 * Annotates a corpus: sentences (wink-nlp), French tokens and terms, names typed by context and grouped by
 * alias, descriptions of people, temporal expressions normalised to ISO dates, and speech acts with their
 * speakers. Runs once at index time. `splits` may bring the sentence spans computed beforehand (on threads).
 */
export function annotate(input: Article[], onProgress?: Progress, splits?: Splits): Annotations {
  const { articles, monthAnchor } = dateArticles(input);
  const { raws, paragraphs, inside } = splitArticles(articles, onProgress, splits);
  // Pass 2: names and their cues, then entities for the whole corpus.
  const seenInside = (f: string) => inside.has(f);
  const allSpans: NameSpan[] = [];
  const termsBySentence: string[][] = new Array(raws.length);
  raws.forEach((r, index) => {
    const tokens = tokensOf(r);
    r.spans = findNames(r.text, tokens, seenInside);
    termsBySentence[index] = termsOf(tokens);
    for (const s of r.spans) {
      s.doc = r.doc;
      allSpans.push(s);
    }
  });
  onProgress?.('names', articles.length, articles.length);
  const { entities: records, byKey } = groupEntities(allSpans);
  const entities: AnnotatedEntity[] = records.map((e) => ({ ...e, descriptions: [], docs: [] }));
  const sentences = annotateSentences(raws, termsBySentence, entities, byKey, (doc) => articles[doc].published ?? monthAnchor[doc]);
  resolveMonthOnlyWeekdays(sentences, monthAnchor);
  stampLiveEntries(sentences);
  onProgress?.('dates', articles.length, articles.length);

  mentionAnaphoricRoles(sentences, entities);
  nameRolesBefore(sentences, entities);
  describeByCopula(sentences, entities);
  aliasBirthNames(sentences, entities);
  aliasMiddleNames(sentences, entities);
  aliasSpelledOutShortForms(sentences, entities, byKey);
  // Descriptions resolve definite descriptions of speakers ("la ministre portugaise" → the person so described).
  const { described, bestByDescription } = describedPeople(entities);
  mentionDescriptions(sentences, raws, described);
  mentionArticleRoles(sentences, entities);
  const resolveDescription = (np: string): number | undefined => bestByDescription.get(descriptionKey(np));
  // A person's sex, by a given name followed by a family name ("Marie X"), for the pronouns that point back to them.
  const sexOf = (id: number) => { const words = entities[id]!.name.split(/\s+/); return words.length > 1 ? sexOfGivenName(words[0]!) : undefined; };
  const speech = corpusSpeech(sentences, raws, (id) => entities[id].type, resolveDescription, sexOf);
  nameTitledSpeakers(sentences, entities, speech);
  onProgress?.('speech', articles.length, articles.length);

  const df: Record<string, number> = Object.create(null);
  for (const s of sentences) for (const t of new Set(s.terms)) df[t] = (df[t] ?? 0) + 1;

  const metas: ArticleMeta[] = articles.map(({ paragraphs: ps, ...meta }, doc) => ({ ...meta, paragraphCount: ps.length, ...(monthAnchor[doc] ? { publishedMonth: monthAnchor[doc] } : {}) }));
  return { articles: metas, sentences, paragraphs, entities, speech, df };
}

/** A definite title that opens a speaker phrase ("la procureure de Vernay"), the title captured. */
const DEFINITE_TITLE = /^(?:le|la|l['’])\s*(\p{L}[\p{L}-]*)/iu;
/** Right after a name, a phrase set beside it: brackets, a dash, or a comma and a noun phrase ("…, de la Croix-Verte", "…, porte-parole de …"), not a clause ("…, avant que …"). */
const APPOSED_AFTER = /^\s*(?:\(|[–—]|,\s*(?:(?:le|la|les|l['’]|un|une|de|du|des|d['’])\s*|(?!(?:avant|après|afin|pour|sans|en)\s)\p{Ll}[\p{L}-]*\s+(?:de|du|des|d['’])\s*))/u;
/** Sentences, at most, from a titled speaker's words to the named speaker's who goes on. */
const TITLED_SPEAKER_REACH = 3;

/**
 * "…, a annoncé la procureure de Vernay. « … », a précisé Ana Ribeiro": a speaker the text gives only by a definite title,
 * then, a few sentences on in the same article, the next speaker it names — a person the corpus describes nowhere, with
 * no phrase set beside the name and no other person named between — is one person: the title's words are that person's,
 * and describe them.
 */
function nameTitledSpeakers(sentences: AnnotatedSentence[], entities: AnnotatedEntity[], speech: AnnotatedSpeech[]): void {
  speech.forEach((act, i) => {
    const titled = act.entity === undefined ? DEFINITE_TITLE.exec(act.speakerText) : null;
    if (!titled || !FR.titles.has(titled[1]!.toLowerCase())) return;
    const doc = sentences[act.sentence]!.doc;
    for (let j = i + 1; j < speech.length; j++) {
      const next = speech[j]!;
      if (next.sentence - act.sentence > TITLED_SPEAKER_REACH || sentences[next.sentence]!.doc !== doc) return;
      if (next.entity === undefined || next.sentence === act.sentence) continue;
      const person = entities[next.entity]!;
      const between = sentences.slice(act.sentence + 1, next.sentence).some((x) => x.mentions.some((m) => m.type === 'person' && m.entity !== next.entity));
      // ("a déclaré Ana X, de la Croix-Verte …": a phrase set beside the name says who they are, another body's.)
      const said = sentences[next.sentence]!;
      const apposed = said.mentions.some((m) => m.entity === next.entity && APPOSED_AFTER.test(said.text.slice(m.end)));
      if (person.type !== 'person' || person.descriptions.length > 0 || between || apposed) return;
      act.entity = next.entity;
      delete act.speakerTerms;
      // The title's words, its article aside, describe the person.
      person.descriptions.push({ text: act.speakerText.slice(titled[0].length - titled[1]!.length), sentence: act.sentence });
      return;
    }
  });
}

/** Between a person's name and their birth name: ", né " / ", née ". */
const BORN_AS = /^\s*,?\s*(?:né|née)\s+$/u;

/**
 * "Charles Aznavour, né Shahnourh Varinag Aznavourian le 22 mai 1924": the birth name is the same person's; its
 * mentions name the person (a pronoun after it stands for them).
 */
function aliasBirthNames(sentences: AnnotatedSentence[], entities: AnnotatedEntity[]): void {
  const same = new Map<number, number>();
  for (const sentence of sentences) {
    const ms = sentence.mentions;
    for (let i = 0; i + 1 < ms.length; i++) {
      const [a, b] = [ms[i]!, ms[i + 1]!];
      if (a.type !== 'person' || b.type !== 'person' || a.entity === b.entity || !BORN_AS.test(sentence.text.slice(a.end, b.start))) continue;
      same.set(b.entity, same.get(a.entity) ?? a.entity);
    }
  }
  mergeInto(sentences, entities, same);
}

/** Makes each entity of `same` (key) the one it maps to: its name becomes an alias of that one, its mentions that one's. */
function mergeInto(sentences: AnnotatedSentence[], entities: AnnotatedEntity[], same: Map<number, number>): void {
  if (!same.size) return;
  for (const [from, id] of same) if (!entities[id]!.aliases.includes(entities[from]!.name)) entities[id]!.aliases.push(entities[from]!.name);
  for (const sentence of sentences) for (const m of sentence.mentions) { const id = same.get(m.entity); if (id !== undefined) m.entity = id; }
}

/**
 * "Né le 24 septembre 1998, Nikolas Jacob X a été adopté …": a person named with a middle name is the person of the
 * corpus with the same first and last names ("Nikolas X"), when there is exactly one: the two are one entity, under
 * the name the corpus writes most.
 */
function aliasMiddleNames(sentences: AnnotatedSentence[], entities: AnnotatedEntity[]): void {
  const words = (name: string) => name.split(/\s+/);
  const shortByName = new Map<string, number[]>();
  entities.forEach((e, id) => {
    if (e.type === 'person' && words(e.name).length === 2) shortByName.set(e.name, [...(shortByName.get(e.name) ?? []), id]);
  });
  // Each two-word name with the longer names that open and end on its words.
  const groups = new Map<number, number[]>();
  entities.forEach((e, id) => {
    const w = words(e.name);
    if (e.type !== 'person' || w.length < 3) return;
    const short = shortByName.get(`${w[0]} ${w.at(-1)}`);
    if (short?.length === 1) groups.set(short[0]!, [...(groups.get(short[0]!) ?? []), id]);
  });
  const same = new Map<number, number>();
  for (const [short, longs] of groups) {
    // The name the corpus writes most stays the entity's; the others become its aliases.
    const members = [short, ...longs];
    const keep = members.reduce((a, b) => (entities[b]!.mentions > entities[a]!.mentions ? b : a));
    for (const id of members) if (id !== keep) same.set(id, keep);
  }
  mergeInto(sentences, entities, same);
}

/** A short form in brackets ("(BEA)", "(OMS)") and the words before it. */
const SHORT_FORM_DEFINED = /([\p{L}'’\- ]{3,120}?)\s*\(\s*(\p{Lu}{2,8})\s*\)/gu;
/** Words, at most, of a name spelt out before its short form. */
const SPELT_WORDS = 10;

/**
 * "le Bureau d'enquêtes et d'analyses (BEA)": the words before a short form in brackets whose initials make it (the
 * connecting words aside) are that name spelt out, an alias of the entity the short form names; a sentence that
 * writes them out then names it.
 */
function aliasSpelledOutShortForms(sentences: AnnotatedSentence[], entities: AnnotatedEntity[], byKey: Map<string, number>): void {
  for (const sentence of sentences) {
    if (!sentence.text.includes('(')) continue;
    for (const m of sentence.text.matchAll(SHORT_FORM_DEFINED)) {
      const id = byKey.get(nameKey(m[2]!));
      if (id === undefined) continue;
      const short = m[2]!.toUpperCase();
      const words = m[1]!.trim().split(/\s+|(?<=['’])/u).filter(Boolean).slice(-SPELT_WORDS);
      // The shortest tail of the words whose initials, connecting words aside, are the short form's.
      for (let from = words.length - 1; from >= 0; from--) {
        const tail = words.slice(from);
        const initials = initialsOf(tail);
        if (initials.length > short.length) break;
        if (initials !== short || !/^\p{Lu}/u.test(tail[0]!)) continue;
        const spelt = tail.join(' ').replace(/(['’]) /g, '$1');
        if (!entities[id]!.aliases.includes(spelt) && entities[id]!.name !== spelt) entities[id]!.aliases.push(spelt);
        break;
      }
    }
  }
}

/**
 * A sentence that opens (after a short phrase and a comma at most) on "ce/cet/cette" and a role, or on "le/la" and a
 * role right before a comma: "Deux ans plus tard, cet entraîneur de football …", "Le baryton-basse, né à …".
 */
const ROLE_OPENING = /^\s*(?<lead>[^,.;:«»"()]{1,40},\s*)?(?:(?:ce|cet|cette)\s+|(?<definite>le\s+|la\s+|l['’]\s*))(?<np>\p{L}[\p{L}-]*(?:\s+(?:de|du|d['’])\s*\p{L}[\p{L}-]*)?)(?<comma>\s*,)?/iu;
/**
 * True when a sentence opens on "le" / "la" and a bare title with no comma after it ("La ministre souhaite …") and the
 * sentence before, in the same paragraph, names one person only, whose given name is not of the other sex.
 */
function bareTitleOf(m: RegExpExecArray, prev: AnnotatedSentence, sentence: AnnotatedSentence): boolean {
  const np = m.groups!.np!;
  // Opening the sentence itself, not after a phrase and a comma; and not a title that names someone by their tie to
  // another ("l'avocat", "le père", "l'homme"), which may be anyone's.
  if (prev.para !== sentence.para || m.groups!.lead !== undefined || /\s/.test(np) || !FR.titles.has(np.toLowerCase()) || FR.relationalTitles.has(fold(np))) return false;
  const people = new Set(prev.mentions.filter((x) => x.type === 'person').map((x) => x.entity));
  if (people.size !== 1) return false;
  // The person named in the sentence's own words, not in a quotation it reports.
  const person = prev.mentions.find((x) => x.type === 'person')!;
  if (insideQuotation(prev.text, person.start)) return false;
  // The article and the given name tell the same sex ("Christine X … La ministre").
  const sex = sexOfGivenName(prev.text.slice(person.start, person.end).split(/\s+/)[0]!);
  const article = fold(m.groups!.definite!.trim());
  return sex !== undefined && (article === 'le' || article === 'la') && (sex === 'f') === (article === 'la');
}
/** "ce dernier", "cette dernière" (folded): the last one named. */
const LATTER = /^derni[e]re?$/;
/** Endings of nouns that name a person by what they do ("garagiste", "plongeur", "musicienne"), folded (data). */
const PERSON_NOUN = new RegExp(`(?:${FR.personNounEndings.join('|')})$`);
/** A word as written that names someone by a role: a title, or a noun with a person noun's ending that is one. */
function isRoleNoun(word: string): boolean {
  const f = fold(word);
  return !FR.notPersonNouns.has(f) && (FR.titles.has(word.toLowerCase()) || PERSON_NOUN.test(f));
}

/**
 * "X fait partie des victimes. Le plongeur, né à …": a role noun opening a sentence stands for the person the
 * sentence before (in its paragraph) names first. The person gets the role as a description and a mention there.
 */
function mentionAnaphoricRoles(sentences: AnnotatedSentence[], entities: AnnotatedEntity[]): void {
  sentences.forEach((sentence, index) => {
    const prev = sentences[index - 1];
    if (!prev || prev.doc !== sentence.doc) return;
    const m = ROLE_OPENING.exec(sentence.text);
    // A paragraph may open on "Le quinquagénaire, …" too, re-naming the one the paragraph before ends on; "Cet
    // officier …" there may be anyone of the story.
    if (prev.para !== sentence.para && !(m?.groups!.definite && m.groups!.comma)) return;
    // "Le président de l'assemblée a lu …" may be someone else; "Le plongeur, né à …" re-names the one just named.
    // "Christine X a appelé les assureurs à … La ministre souhaite …": a bare title in the same paragraph right after a
    // sentence that names one person, and her alone, of the article's sex, is hers.
    if (!m || (m.groups!.definite && !m.groups!.comma && !bareTitleOf(m, prev, sentence))) return;
    const np = m.groups!.np!;
    const head = np.split(/\s/)[0]!;
    // "Ce dernier préside …" stands for the last person the sentence before names, and gives them no role.
    const latter = !m.groups!.definite && LATTER.test(fold(np));
    if (!latter && !isRoleNoun(head)) return;
    // The person the sentence before is about: the first it names — not as a noun's complement ("ainsi que la famille
    // de Samuel Paty. L'assaillant, qui …" is not Samuel Paty).
    // "il s'agissait de Zaid al-Hilli" names him: that "de" completes no noun.
    const id = latter ? [...prev.mentions].reverse().find((x) => x.type === 'person')?.entity
      : prev.mentions.find((x) => x.type === 'person' && (!OF_BEFORE.test(prev.text.slice(Math.max(0, x.start - OF_REACH), x.start))
        || IT_IS.test(prev.text.slice(Math.max(0, x.start - IT_IS_REACH), x.start))))?.entity;
    if (id === undefined) return;
    const start = m.index + m[0].length - (m.groups!.comma?.length ?? 0) - np.length;
    const end = start + np.length;
    if (sentence.mentions.some((x) => x.start < end && x.end > start)) return;
    sentence.mentions.push({ entity: id, type: 'person', start, end });
    sentence.mentions.sort((a, b) => a.start - b.start);
    if (!latter) entities[id].descriptions.push({ text: np, sentence: index });
  });
}

/**
 * "Christian X, aujourd'hui décédé, était alors maire de Campagne": a person the copula makes a title-holder (a side
 * phrase between commas at most after the name) gets the title as a description.
 */
function describeByCopula(sentences: AnnotatedSentence[], entities: AnnotatedEntity[]): void {
  sentences.forEach((sentence, index) => {
    for (const m of sentence.mentions) {
      if (m.type !== 'person') continue;
      const c = COPULA_TITLE.exec(sentence.text.slice(m.end, m.end + COPULA_REACH));
      if (!c || !FR.titles.has(c.groups!.head!.toLowerCase())) continue;
      const np = c.groups!.np!.trim();
      if (np.length < MIN_COPULA_DESCRIPTION || sentence.mentions.some((o) => o !== m && o.type === 'person' && o.start > m.end && o.start < m.end + c.index + c[0].length - np.length)) continue;
      entities[m.entity]!.descriptions.push({ text: np, sentence: index });
    }
  });
}
/** Characters after a name read for a copula and a title. */
const COPULA_REACH = 160;
/** After a name: a side phrase between commas at most, a copula, an adverb at most, then a title and its complement. */
const COPULA_TITLE = /^(?:\s*,[^,.;:«»"()]{1,40},)?\s+(?:est|était|etait|fut|a été|a ete|avait été|sera|devient|est devenu|est devenue|était devenu|était devenue)\s+(?:(?:alors|aussi|également|egalement|déjà|deja|encore|depuis\s+\d{4}|toujours)\s+)?(?:(?:le|la|l['’]|un|une)\s*)?(?<np>(?<head>\p{Ll}[\p{L}-]*)(?:\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’]\s*|les\s+)?[\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]*)*)?)/u;
const MIN_COPULA_DESCRIPTION = 4;

/** A sentence that opens on a pronoun and a verb that gives a name: "Il s'appelle X", "Elle se nommait Y". */
const NAMED_BY_PRONOUN = /^\W*(?:il|elle)\s+(?:s['’]\s*|se\s+)(?:appel|nomm|prénomm|prenomm)\p{L}*\s+$/iu;
/** A definite role phrase: "le tireur", "la conductrice du bus", "l'auteur de l'attaque" (the role noun in `head`). */
const DEFINITE_ROLE = /(?<![\p{L}])(?:le|la|l['’])\s*(?<head>\p{L}[\p{L}-]*)(?:\s+(?:de|du|d['’])\s*(?:la\s+|l['’]\s*)?\p{L}[\p{L}-]*)?/giu;

/**
 * "… les seuls mots qu'a prononcés le tireur de Munich. Il s'appelle Ali Sonboly": the name a pronoun's naming verb
 * gives belongs to the first role the sentence before names by a definite article (not a noun's complement). The
 * person gets it as a description and a mention there.
 */
function nameRolesBefore(sentences: AnnotatedSentence[], entities: AnnotatedEntity[]): void {
  sentences.forEach((sentence, index) => {
    const prev = sentences[index - 1];
    if (!prev || prev.doc !== sentence.doc || prev.para !== sentence.para) return;
    const named = sentence.mentions.find((m) => m.type === 'person');
    if (!named || !NAMED_BY_PRONOUN.test(sentence.text.slice(0, named.start))) return;
    for (const m of prev.text.matchAll(DEFINITE_ROLE)) {
      const start = m.index!;
      if (OF_BEFORE.test(prev.text.slice(Math.max(0, start - OF_REACH), start))) continue;
      if (!isRoleNoun(m.groups!.head!)) continue;
      // "le tireur de Munich": the mention covers the role, the name of its complement stays its own.
      const headEnd = m.index! + m[0].indexOf(m.groups!.head!) + m.groups!.head!.length;
      const end = prev.mentions.some((x) => x.start < start + m[0].length && x.end > headEnd) ? headEnd : start + m[0].length;
      if (prev.mentions.some((x) => x.start < end && x.end > start)) return;
      prev.mentions.push({ entity: named.entity, type: 'person', start, end });
      prev.mentions.sort((a, b) => a.start - b.start);
      entities[named.entity].descriptions.push({ text: m[0], sentence: index - 1 });
      return;
    }
  });
}

/** "de", "du", "des", "d'" right before a name: the name completes a noun. */
const OF_BEFORE = /(?:^|[^\p{L}])(?:de|du|des|d['’])\s*$/iu;
const OF_REACH = 6;
/** "il s'agit de", "il s'agissait d'" right before a name. */
const IT_IS = /s['’]agi(?:t|ssait|rait)\s+(?:de\s+|d['’])$/iu;
const IT_IS_REACH = 20;

/** Openings of a sentence whose subject is in the sentence before (folded). */
const ANAPHORIC = /^(\W*)(il|elle|ils|elles|celui-ci|celle-ci|ceux-ci|ce dernier|cette derniere|(le|la|les) (premier|premiere|second|seconde|deuxieme|troisieme|dernier|derniere|meme)s?\b|(ce|cet|cette|ces) \p{L}+|c'est|lui|leur)\b/u;

/** An opening clause, then a subject pronoun or a demonstrative noun (folded): "ne le 25 decembre 1964, il …", "le 3 mai, cet etudiant …". */
// ("…, ce fils d'industriel a suivi …": "ce" and a noun too — not "ce qui", "ce matin"; data: notDemonstrativeSubjects.)
const NOT_AFTER_CE = [...lexicon.notDemonstrativeSubjects, ...timeWords.weekdays].map(escapeRegExp).join('|');
const PRONOUN_AFTER_OPENING = new RegExp(`^\\W*[^,.;:«»"()]{2,60},\\s*(il|elle|cet\\s+\\p{L}+|cette\\s+\\p{L}+|ce\\s+(?!(?:${NOT_AFTER_CE})\\s)\\p{L}+)\\s`, 'u');

/** A subject said by a possessive and a noun, at the start or after an opening clause (folded): "son corps sera inhume", "eleve au rang d'ayatollah, son corps …". */
const POSSESSIVE_SUBJECT = /^\W*(?:[^,.;:«»"()]{2,60},\s*)?(?:son|sa)\s+\p{L}{3,}\s+(?:a|avait|aura|est|etait|sera|serait|fut|doit|devait|va|allait)\s/u;

/** A verb that gives a name, ending a description ("l'auteur des faits s'appelle", "le suspect se nomme"). */
const NAMING_VERB_END = /\s+(?:s['’]|se\s+)(?:appel|nomm)\p{L}*$/u;

/**
 * Where the subject pronoun or demonstrative after an opening clause starts ("Né en 1964 à X, ce fils d'industriel …"),
 * if the sentence has one: the names after it are the verb's complements, not its subject.
 */
export function subjectAfterOpeningAt(text: string): number | undefined {
  const m = PRONOUN_AFTER_OPENING.exec(fold(text.slice(0, 80)));
  return m ? m.index + m[0].length - m[1]!.length - 1 : undefined;
}

/** True when a sentence's subject is a pronoun, at its start ("Il a …") or after an opening clause ("Né en 1964, il …"). */
export function pronounSubject(text: string): boolean {
  const head = fold(text.slice(0, 80));
  return ANAPHORIC.test(head.slice(0, OPENING)) || PRONOUN_AFTER_OPENING.test(head) || POSSESSIVE_SUBJECT.test(head);
}

/** Folded description without its determiner, for matching "la ministre portugaise" to "ministre portugaise". */
export function descriptionKey(text: string): string {
  return nameKey(text)
    .split(' ')
    .filter((w, i) => !(i === 0 && (FR.stopwords.has(w) || w === 'l')))
    .join(' ')
    .replace(/^(l|d) /, '');
}
