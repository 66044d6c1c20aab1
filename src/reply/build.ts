/**
 * Building replies from the core's results: citing evidence with article metadata, the answer / abstention
 * reply, error replies, option clean-up and date validation. Shared by the command files.
 */
import type { Answer, Engine, Evidence } from '../qa/types.js';
import { reasonText } from '../reasons/reasons.js';
import type { Translate } from './labels.js';
import { cutAtWord, squash } from './text.js';
import type { CitedPassage, Reply, ReplyLocale, SourceRef } from './types.js';
import { withoutInvisibles } from '../safe-text.js';

/** What reply builders need to know about the asker. */
export interface ReplyContext {
  locale: ReplyLocale;
  t: Translate;
}

/** The citation of one paragraph of one article, with the article's metadata (title falls back to the id). */
export function sourceRef(engine: Engine, doc: string, paragraph: number): SourceRef {
  const article = engine.article(doc);
  return {
    articleId: doc,
    title: article?.title ?? doc,
    source: article?.source,
    published: article?.published,
    publishedEstimated: article?.publishedEstimated,
    paragraph,
    url: article?.url,
  };
}

/** Source references for a list of (doc, paragraph), without duplicates, in order. */
export function sourceRefs(engine: Engine, sources: { doc: string; paragraph: number }[], max = Infinity): SourceRef[] {
  const seen = new Set<string>();
  const refs: SourceRef[] = [];
  for (const { doc, paragraph } of sources) {
    const key = `${doc}#${paragraph}`;
    if (seen.has(key)) continue;
    seen.add(key);
    refs.push(sourceRef(engine, doc, paragraph));
    if (refs.length >= max) break;
  }
  return refs;
}

/** The best `max` passages of the evidence, one per paragraph, each with its source. */
export function citePassages(engine: Engine, evidence: Evidence[], max = PASSAGES): CitedPassage[] {
  const seen = new Set<string>();
  const passages: CitedPassage[] = [];
  for (const e of evidence) {
    const key = `${e.doc}#${e.paragraph}`;
    if (seen.has(key)) continue;
    seen.add(key);
    passages.push({ ...sourceRef(engine, e.doc, e.paragraph), text: e.text });
    if (passages.length >= max) break;
  }
  return passages;
}

/**
 * The reply to an Answer: the short answer and up to `maxPassages` cited passages, with a footer counting the
 * articles that agree; or, when the core abstains, a plain "the corpus does not say" with nothing else that
 * could mislead (no passages, no count).
 */
export function answerReply(engine: Engine, ctx: ReplyContext, title: string, answer: Answer, notes: string[] = [], maxPassages = PASSAGES): Reply {
  const { t, locale } = ctx;
  if (answer.answer === null || answer.answer.trim() === '') {
    return {
      locale,
      title,
      answer: t('corpusDoesNotSay'),
      description: joinNotes([answer.reason && reasonText(answer.reason, ctx.locale), ...notes]),
      passages: [],
      fields: [],
      abstained: true,
    };
  }
  let shortAnswer = answer.answer.trim();
  const when = [answer.date, answer.time].filter(Boolean).join(' ');
  if (when && !shortAnswer.includes(answer.date ?? '')) shortAnswer += ` (${when})`;
  const passages = citePassages(engine, answer.evidence, maxPassages);
  const agreeing = answer.agreeing ?? new Set(answer.evidence.map((e) => e.doc)).size;
  return {
    locale,
    title,
    answer: shortAnswer,
    description: joinNotes([answer.reason && reasonText(answer.reason, ctx.locale), ...notes]),
    passages,
    fields: [],
    footer: agreeing > 0 ? t('articlesAgree', { n: agreeing }) : undefined,
    abstained: false,
  };
}

function joinNotes(notes: (string | undefined)[]): string | undefined {
  const kept = notes.filter((n): n is string => Boolean(n && n.trim()));
  return kept.length ? kept.join('\n') : undefined;
}

/** An error or invalid-input reply, shown to the asker only. */
export function errorReply(ctx: ReplyContext, message: string): Reply {
  return { locale: ctx.locale, title: '', answer: message, passages: [], fields: [], abstained: false, error: true, ephemeral: true };
}

/** A text option, whitespace-squashed, cut to `max` characters at a word; `cut` tells whether it was shortened. */
export function textOption(value: unknown, max: number): { text: string; cut: boolean } {
  const text = squash(withoutInvisibles(typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value)));
  if (text.length <= max) return { text, cut: false };
  return { text: cutAtWord(text, max).replace(/…$/u, ''), cut: true };
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Characters of a full date option, YYYY-MM-DD. */
export const DATE_LENGTH = 'YYYY-MM-DD'.length;
/** A date option is read up to this length, so that a wrong one is refused rather than cut. */
export const MAX_TYPED_DATE = 20;
/** Months in a year. */
const MONTHS = 12;
/** Passages cited under an answer, unless a command asks for another number. */
const PASSAGES = 3;

/** True for YYYY, YYYY-MM or YYYY-MM-DD naming a real month and day. */
export function isPartialDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > MONTHS) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/** The first and last day a partial date covers, as YYYY-MM-DD (for comparing 'from' and 'to'). */
export function dateBounds(value: string): { start: string; end: string } {
  const [y, mo, d] = value.split('-');
  if (d) return { start: value, end: value };
  if (mo) {
    const last = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    return { start: `${y}-${mo}-01`, end: `${y}-${mo}-${String(last).padStart(2, '0')}` };
  }
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

/** Splits `items` into pages: at most `maxItems` per page and about `budget` characters (by `size`). Never empty. */
export function paginate<T>(items: T[], size: (item: T) => number, maxItems: number, budget: number): T[][] {
  const pages: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const s = size(item);
    if (current.length > 0 && (current.length >= maxItems || used + s > budget)) {
      pages.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += s;
  }
  if (current.length > 0 || pages.length === 0) pages.push(current);
  return pages;
}

/** The page number wanted, clamped to 1..pages. */
export function clampPage(page: number | undefined, pages: number): number {
  if (!page || !Number.isFinite(page)) return 1;
  return Math.min(Math.max(1, Math.trunc(page)), Math.max(1, pages));
}
