/**
 * Replies built from the members' feedback: /feedback's paginated list of the questions answered wrong or not
 * at all (with their counts), and its export as a question set attached to the reply.
 */
import type { FailureOrder } from '../feedback/feedback-log.js';
import { questionSet } from '../feedback/question-set.js';
import type { AnswerFacts, FailedQuestion } from '../feedback/types.js';
import type { Answer } from '../qa/types.js';
import { clampPage, paginate } from './build.js';
import type { ReplyContext } from './build.js';
import { cutAtWord } from './text.js';
import type { Reply, ReplyField } from './types.js';

/** Questions per page of /feedback. */
const PER_PAGE = 8;
/** Passages of an answer the feedback log keeps. */
const MAX_EVIDENCE = 5;

/** What the feedback log keeps of a core answer given by `command` (its best passages as `doc#paragraph`). */
export function answerFacts(command: string, answer: Answer): AnswerFacts {
  const evidence = [...new Set(answer.evidence.map((e) => `${e.doc}#${e.paragraph}`))].slice(0, MAX_EVIDENCE);
  const given = answer.answer?.trim() ? answer.answer.trim() : null;
  return { command, kind: answer.kind, question: answer.question, answer: given, evidence: given ? evidence : [] };
}

/** The reply to /feedback frequent|recent: one field per question with its counts and the answer judged wrong. */
export function failuresReply(ctx: ReplyContext, failures: FailedQuestion[], order: FailureOrder, page: number | undefined): Reply {
  const { t, locale } = ctx;
  const title = t(`feedback.title.${order}`);
  if (failures.length === 0) return { locale, title, answer: t('feedback.none'), passages: [], fields: [], abstained: true, ephemeral: true };
  const pages = paginate(failures, () => 1, PER_PAGE, Infinity);
  const current = clampPage(page, pages.length);
  const fields: ReplyField[] = pages[current - 1]!.map((f) => ({
    name: cutAtWord(`« ${f.question} »`, 250),
    value: [
      t('feedback.counts', { wrong: f.wrong, unanswered: f.unanswered, helpful: f.helpful, date: f.lastAt.slice(0, 16).replace('T', ' ') }),
      f.wrong > 0 && f.lastAnswer !== null ? t('feedback.lastAnswer', { answer: cutAtWord(f.lastAnswer, 300) }) : f.unanswered > 0 ? t('feedback.notAnswered') : '',
    ]
      .filter(Boolean)
      .join('\n'),
  }));
  const wrong = failures.reduce((n, f) => n + f.wrong, 0);
  const unanswered = failures.reduce((n, f) => n + f.unanswered, 0);
  return {
    locale,
    title,
    description: t('feedback.summary', { questions: failures.length, wrong, unanswered }),
    passages: [],
    fields,
    footer: pages.length > 1 ? t('page', { page: current, pages: pages.length }) : undefined,
    abstained: false,
    ephemeral: true,
    pagination: pages.length > 1 ? { command: 'feedback', page: current, pages: pages.length, options: { sub: order } } : undefined,
  };
}

/** The reply to /feedback export: the failed questions, most frequent first, as a score.mjs question set in an attached JSON file. */
export function exportReply(ctx: ReplyContext, failures: FailedQuestion[], now: Date): Reply {
  const { t, locale } = ctx;
  const title = t('feedback.export.title');
  if (failures.length === 0) return { locale, title, answer: t('feedback.none'), passages: [], fields: [], abstained: true, ephemeral: true };
  const date = now.toISOString().slice(0, 10);
  const set = questionSet(failures, t('feedback.export.about', { date }));
  return {
    locale,
    title,
    description: t('feedback.export.description', { n: set.questions.length }),
    passages: [],
    fields: [],
    abstained: false,
    ephemeral: true,
    attachments: [{ name: `feedback-questions-${date}.json`, content: `${JSON.stringify(set, null, 2)}\n`, contentType: 'application/json' }],
  };
}
