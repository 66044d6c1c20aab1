import type { CorpusIndex } from '../index/corpus-index.js';
import type { ArticleMeta } from '../nlp/annotate.js';
import { fold, nameKey } from '../nlp/french.js';
import { terms as analyse } from '../nlp/tokens.js';
import { analyzeQuestion, soundKey } from './analyze-question.js';
import { answerQuote, answerWhat, answerWhen, answerWhere, answerWho, answerWhoIs, describe, type Partial } from './answer-kinds.js';
import { cleanQuestion } from './clean-question.js';
import { Knowledge } from './knowledge.js';
import { TUNING } from './tuning.js';
import type { BuiltEvent } from './timeline.js';
import type { Answer, ArticleSummary, Engine, EngineStats, PersonSummary, QuoteRecord, TimelineEvent } from './types.js';

/** The most descriptions a person's summary lists. */
const MAX_DESCRIPTIONS = 10;

/** Below this share of the question's weight matched by the best sentences, the corpus does not say. */
const MIN_COVERAGE = 0.45;
/** Below this share of the question's content words (names aside) matched, the corpus does not say. */
const MIN_CONTENT = 0.34;

/** The question-answering core over loaded annotations and index. Pure and synchronous after construction. */
export class CoreEngine implements Engine {
  private readonly k: Knowledge;
  private readonly events: BuiltEvent[];
  private readonly byId: Map<string, ArticleMeta>;

  constructor(index: CorpusIndex, private readonly info: { buildMs: number; fromSnapshot: boolean }) {
    this.k = new Knowledge(index.meta, index.sentences, index.lunr);
    this.events = index.meta.events;
    this.byId = new Map(index.meta.articles.map((a) => [a.id, a]));
  }

  ask(question: string): Answer {
    const text = cleanQuestion(question);
    const abstain = (kind: Answer['kind'], note: string): Answer => ({ question: text, kind, answer: null, evidence: [], note });
    if (!/[\p{L}\p{N}]/u.test(text)) return abstain('what', 'The question is empty: ask about a person, a date, a place or what was said.');
    const q = analyzeQuestion(text, this.k);
    if (q.unknownNames.length) return abstain(q.kind, `The corpus does not mention ${q.unknownNames.join(', ')}.`);
    if (q.whoIsUnknown) return abstain(q.kind, `The corpus does not mention ${q.whoIsUnknown}.`);
    const ranked = this.k.rank(q, q.wantsTime ? TUNING.timeDepth : 20);
    let partial: Partial | null = null;
    if (q.whoIs !== undefined && this.k.ann.entities[q.whoIs].type === 'person') {
      partial = answerWhoIs(this.k, q.whoIs, ranked);
    } else {
      if (!ranked.length) return abstain(q.kind, 'Nothing in the corpus matches this question.');
      const head = ranked.slice(0, 3);
      const coverage = Math.max(...head.map((r) => r.coverage));
      const content = Math.max(...head.map((r) => r.contentCoverage));
      if (coverage < MIN_COVERAGE || content < MIN_CONTENT) return abstain(q.kind, 'The corpus does not say: no passage covers this question.');
      switch (q.kind) {
        case 'who': partial = answerWho(this.k, q, ranked); break;
        case 'when': partial = answerWhen(this.k, q, ranked); break;
        case 'where': partial = answerWhere(this.k, q, ranked); break;
        case 'quote': partial = answerQuote(this.k, q, ranked) ?? answerWhat(this.k, q, ranked); break;
        default: partial = answerWhat(this.k, q, ranked);
      }
    }
    if (!partial || !partial.answer) {
      const what = { who: 'person', when: 'date', where: 'place', quote: 'quotation', what: 'answer' }[q.kind];
      return abstain(q.kind, `The corpus does not say: the passages that match name no ${what} for it.`);
    }
    return { question: text, kind: q.kind, ...partial };
  }

  timeline(filter: { person?: string; from?: string; to?: string } = {}): TimelineEvent[] {
    let person: number | undefined;
    if (filter.person) {
      person = this.resolve(filter.person);
      if (person === undefined) return [];
    }
    return this.events
      .filter((e) => person === undefined || e.entities.includes(person))
      .filter((e) => !filter.from || e.date >= filter.from.slice(0, e.date.length))
      .filter((e) => !filter.to || e.date.slice(0, filter.to.length) <= filter.to)
      .map(({ entities: _e, ...event }) => event);
  }

  people(query = '', limit = Infinity): PersonSummary[] {
    const f = nameKey(query);
    const out = this.personKeys()
      .filter((p) => !f || p.words.some((w) => w.startsWith(f)))
      .slice(0, Math.max(0, limit));
    // Summaries (which read the sentences of each description) only for the people returned.
    return out.map((p) => this.summary(p.id));
  }

  person(name: string): PersonSummary | undefined {
    const id = this.resolve(name);
    return id === undefined || this.k.ann.entities[id].type !== 'person' ? undefined : this.summary(id);
  }

  quotes(filter: { speaker?: string; about?: string } = {}): QuoteRecord[] {
    const ann = this.k.ann;
    const speaker = filter.speaker ? this.resolve(filter.speaker) : undefined;
    const speakerWords = filter.speaker ? nameKey(filter.speaker) : '';
    const about = filter.about ? new Set(analyse(filter.about)) : undefined;
    const scored = ann.speech
      .map((act) => {
        if (filter.speaker) {
          const matches = speaker !== undefined ? act.entity === speaker : nameKey(act.speakerText).includes(speakerWords);
          if (!matches) return undefined;
        }
        const s = this.k.sentence(act.sentence);
        let score = 1;
        if (about && about.size) {
          const words = new Set(analyse(act.text + ' ' + s.text));
          score = [...about].filter((t) => words.has(t)).length / about.size;
          if (!score) return undefined;
        }
        const record: QuoteRecord = {
          speaker: act.entity !== undefined ? ann.entities[act.entity].name : act.speakerText,
          ...(act.entity !== undefined ? { personId: nameKey(ann.entities[act.entity].name) } : {}),
          text: act.text,
          direct: act.direct,
          doc: ann.articles[s.doc].id,
          paragraph: s.para,
          sentence: s.text,
        };
        return { record, score };
      })
      .filter((x): x is { record: QuoteRecord; score: number } => !!x);
    return scored.sort((a, b) => b.score - a.score).map((x) => x.record);
  }

  articles(): ArticleSummary[] {
    return this.k.ann.articles.map((a) => summarizeArticle(a));
  }

  article(id: string): ArticleSummary | undefined {
    const a = this.byId.get(id);
    return a && summarizeArticle(a);
  }

  stats(): EngineStats {
    const ann = this.k.ann;
    return {
      articles: ann.articles.length,
      passages: ann.passages,
      sentences: this.k.sentences.count,
      people: ann.entities.filter((e) => e.type === 'person').length,
      events: this.events.length,
      buildMs: this.info.buildMs,
      fromSnapshot: this.info.fromSnapshot,
    };
  }

  private personKeyCache?: { id: number; words: string[] }[];

  /**
   * People, most mentioned first, with every suffix of every folded name form ("vladimir poutine", "poutine"),
   * so a typed prefix matches a first name, a surname or an alias. Worked out once.
   */
  private personKeys(): { id: number; words: string[] }[] {
    this.personKeyCache ??= this.k.ann.entities
      .filter((e) => e.type === 'person')
      .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name))
      .map((e) => ({
        id: e.id,
        words: [...new Set([e.name, ...e.aliases].flatMap((a) => nameKey(a).split(' ').map((_, i, ws) => ws.slice(i).join(' '))))],
      }));
    return this.personKeyCache;
  }

  /** The entity a name, alias or person id refers to. */
  private resolve(name: string): number | undefined {
    const key = nameKey(name);
    return this.k.entityByKey(key) ?? this.k.entityBySound(soundKey(name)) ?? this.k.ann.entities.find((e) => e.type === 'person' && fold(e.name) === fold(name))?.id;
  }

  private summary(id: number): PersonSummary {
    const e = this.k.ann.entities[id];
    const ann = this.k.ann;
    const best = fold(describe(this.k, id) ?? '');
    // Each distinct description once (where it was first read), the best first, at most MAX_DESCRIPTIONS:
    // a frequent person can gather thousands, and each costs a read of its sentence.
    const distinct = new Map<string, { text: string; sentence: number }>();
    for (const d of e.descriptions) if (!distinct.has(fold(d.text))) distinct.set(fold(d.text), d);
    const descriptions = [...distinct.entries()]
      .sort((a, b) => Number(b[0] === best) - Number(a[0] === best))
      .slice(0, MAX_DESCRIPTIONS)
      .map(([, d]) => {
        const s = this.k.sentence(d.sentence);
        return { text: d.text, doc: ann.articles[s.doc].id, paragraph: s.para };
      });
    return { id: nameKey(e.name), name: e.name, aliases: e.aliases, descriptions, mentions: e.mentions, docs: e.docs.map((d) => ann.articles[d].id) };
  }
}

/** An article as commands show it. */
function summarizeArticle(a: ArticleMeta): ArticleSummary {
  return {
    id: a.id, file: a.file, title: a.title, paragraphs: a.paragraphCount, bytes: a.bytes,
    ...(a.source ? { source: a.source } : {}), ...(a.url ? { url: a.url } : {}),
    ...(a.published ? { published: a.published } : {}), ...(a.publishedEstimated ? { publishedEstimated: true } : {}),
  };
}
