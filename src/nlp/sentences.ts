import { createRequire } from 'node:module';
import type winkNLPType from 'wink-nlp';

/**
 * wink-nlp with its English light model: we use it only for what does not depend on the language —
 * sentence boundaries. French words, elisions and entities are handled by our own rules and data files.
 * The model is loaded on first use: a bot serving a snapshot never needs it.
 */
let nlp: ReturnType<typeof winkNLPType> | undefined;
function wink(): ReturnType<typeof winkNLPType> {
  if (!nlp) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as typeof winkNLPType;
    nlp = winkNLP(require('wink-eng-lite-web-model'), ['sbd']);
  }
  return nlp;
}

/** A sentence of a paragraph with its character offsets in that paragraph. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

// wink keeps these together when the next word is capitalised; French abbreviations it does not know.
const FRENCH_ABBREVIATION = /(?:\b(?:M|MM|Mme|Mlle|Dr|Pr|Me|Mgr|St|Ste|av|J\.-C|etc|cf|p|n°|no|art|vol|éd|coll)\.)$/;

/**
 * Splits a paragraph into sentences with wink-nlp's sentence boundary detection, then repairs the few
 * French cases it misses: a split after a French abbreviation ("M. Dupont") is undone; a sentence that ends
 * with a closing quote then continues with ", a dit X" stays whole. Offsets index into `paragraph`.
 */
export function splitSentences(paragraph: string): SentenceSpan[] {
  if (!paragraph.trim()) return [];
  const spans: SentenceSpan[] = [];
  for (const [from, to] of lines(paragraph)) spans.push(...splitLine(paragraph, from, to));
  if (!spans.length) spans.push({ text: paragraph.trim(), start: paragraph.indexOf(paragraph.trim()), end: paragraph.length });
  return spans;
}

/**
 * The lines of a paragraph that are sentences apart, as [start, end) offsets. A line break ends a sentence in text
 * taken from web pages (a heading, a caption, a byline, a date stamp sit on lines of their own), unless the text is
 * wrapped (the line ends with no closing punctuation and the next one goes on in lower case) or the line closes on a
 * colon ("… au fait des dangers:" then the quotation it announces).
 */
function lines(paragraph: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let i = paragraph.indexOf('\n'); i >= 0; i = paragraph.indexOf('\n', i + 1)) {
    // A wrapped line goes on in lower case; a line closed by a colon announces what the next one says.
    const line = paragraph.slice(from, i);
    if ((/^[ \t]*\p{Ll}/u.test(paragraph.slice(i + 1)) && !/[.!?…»"”]\s*$/.test(line)) || /:\s*$/.test(line)) continue;
    out.push([from, i]);
    from = i + 1;
  }
  out.push([from, paragraph.length]);
  return out;
}

/** The sentences of one line of a paragraph, with offsets in the paragraph. */
function splitLine(paragraph: string, from: number, to: number): SentenceSpan[] {
  const line = paragraph.slice(from, to);
  if (!line.trim()) return [];
  const raw: string[] = [];
  wink().readDoc(line).sentences().each((s: { out: () => string }) => {
    raw.push(s.out());
  });
  const spans: SentenceSpan[] = [];
  let cursor = from;
  for (const text of raw) {
    const trimmed = text.trim();
    if (!trimmed) continue;
    let at = paragraph.indexOf(trimmed, cursor);
    if (at < 0 || at >= to) at = cursor; // wink normalises nothing we rely on, but never lose text
    const end = Math.min(to, at + trimmed.length);
    const prev = spans[spans.length - 1];
    const openQuote = prev && prev.text.length < 1200 && (prev.text.split('«').length > prev.text.split('»').length || prev.text.split('“').length > prev.text.split('”').length);
    if (prev && (FRENCH_ABBREVIATION.test(prev.text) || openQuote || /^[,;:)»”]/.test(trimmed) || /^\p{Ll}/u.test(trimmed))) {
      prev.end = end;
      prev.text = paragraph.slice(prev.start, end);
    } else {
      spans.push({ text: paragraph.slice(at, end), start: at, end });
    }
    cursor = end;
  }
  if (!spans.length && line.trim()) spans.push({ text: line.trim(), start: from + line.indexOf(line.trim()), end: from + line.trimEnd().length });
  return spans;
}
