import type { CorpusIndex } from '../index/corpus-index.js';
import type { ArticleMeta } from '../nlp/annotate.js';
import { fold, nameKey } from '../nlp/french.js';
import { terms as analyse } from '../nlp/tokens.js';
import { analyzeQuestion, soundKey } from './analyze-question.js';
import { describe } from './answer-common.js';
import { answerWhoIs } from './answer-who.js';
import { ANSWERERS } from './answerers.js';
import { noCandidate, reasonToAbstain } from './abstention.js';
import { reason, reasonText } from '../reasons/reasons.js';
import { cleanQuestion } from './clean-question.js';
import { Knowledge } from './knowledge.js';
import { TUNING } from './tuning.js';
import type { BuiltEvent } from '../index/build-timeline.js';
import type { AbstentionReason, Answer, ArticleSummary, Engine, EngineStats, PersonSummary, QuoteRecord, TimelineEvent } from './types.js';

/** The most descriptions a person's summary lists. */
const MAX_DESCRIPTIONS = 10;


/** The question-answering core over loaded annotations and index. Pure and synchronous after construction. */
export class CoreEngine implements Engine {
  private readonly k: Knowledge;
  private readonly byId: Map<string, ArticleMeta>;

  constructor(index: CorpusIndex, private readonly info: { buildMs: number; fromSnapshot: boolean }) {
    this.k = new Knowledge(index.meta, index.sentences, index.lunr);
    this.byId = new Map(index.meta.articles.map((a) => [a.id, a]));
  }

  /** The timeline, read when first asked for (a loaded snapshot parses it then). */
  private get events(): BuiltEvent[] {
    return this.k.ann.events;
  }

  ask(question: string): Answer {
    const text = cleanQuestion(question);
    const abstain = (kind: Answer['kind'], why: AbstentionReason): Answer => ({ question: text, kind, answer: null, evidence: [], reason: why, note: reasonText(why) });
    if (!/[\p{L}\p{N}]/u.test(text)) return abstain('what', reason('emptyQuestion'));
    const q = analyzeQuestion(text, this.k);
    // Names the corpus never mentions are known before any retrieval.
    const early = q.unknownNames.length || q.whoIsUnknown ? reasonToAbstain(q, []) : undefined;
    if (early) return abstain(q.kind, early);
    const ranked = this.k.rank(q, q.kind === 'when' ? TUNING.timeDepth : TUNING.rankDepth);
    const isPerson = q.whoIs !== undefined && this.k.ann.entities[q.whoIs].type === 'person';
    const why = isPerson ? undefined : reasonToAbstain(q, ranked, (i) => this.k.actsIn(i), (id) => this.k.speechByEntity.get(id)?.length ?? 0);
    if (why) return abstain(q.kind, why);
    const answerer = ANSWERERS[q.kind];
    const partial = isPerson ? answerWhoIs(this.k, q.whoIs!, ranked) : answerer.answer(this.k, q, ranked);
    if (!partial || !partial.answer) return abstain(q.kind, noCandidate(answerer.kind));
    // "À part Parkinson, il avait quelle maladie ?": an answer that says what the question sets aside answers another thing.
    if (q.excepted && fold(partial.answer).split(/[^a-z0-9-]+/).some((w) => q.excepted!.includes(w))) return abstain(q.kind, noCandidate(answerer.kind));
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

  /** The articles' summaries, made once (the index never changes under an engine): a listing reads them page by page. */
  private summaries?: ArticleSummary[];

  articles(): ArticleSummary[] {
    this.summaries ??= this.k.ann.articles.map((a) => summarizeArticle(a));
    return this.summaries.slice();
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
      events: this.k.ann.eventCount ?? this.events.length,
      buildMs: this.info.buildMs,
      fromSnapshot: this.info.fromSnapshot,
    };
  }

  private personKeyCache?: { id: number; words: string[] }[];

  /**
   * People, most mentioned first, with every suffix of every folded name form ("ana ribeiro", "ribeiro"),
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
    ...(!a.published && a.publishedMonth ? { publishedMonth: a.publishedMonth } : {}),
  };
}
