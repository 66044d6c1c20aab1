import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failedQuestions, FeedbackLog, foldQuestion } from '../../src/feedback/feedback-log.js';
import { questionSet } from '../../src/feedback/question-set.js';
import type { AnswerFacts, FeedbackLine, VoteLine } from '../../src/feedback/types.js';

const ALICE = '123456789012345678';
const BOB = '223456789012345678';
const GUILD = '900000000000000001';
const OTHER_GUILD = '900000000000000002';
const facts: AnswerFacts = { command: 'ask', kind: 'where', question: 'Où a eu lieu la réunion ?', answer: 'à la mairie', evidence: ['a1#2', 'a2#4'] };

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'feedback-log-'));
  file = join(dir, 'data', 'feedback.jsonl');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function lines(): FeedbackLine[] {
  return readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as FeedbackLine);
}

describe('FeedbackLog votes', () => {
  it('stores one vote per member per answer: a repeat writes nothing, a change replaces it', async () => {
    const log = await FeedbackLog.open({ file });
    const id = await log.recordAnswer(facts, GUILD);
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(await log.vote(id, ALICE, 'helpful')).toEqual({ status: 'recorded', vote: 'helpful' });
    expect(await log.vote(id, ALICE, 'helpful')).toEqual({ status: 'unchanged', vote: 'helpful' });
    expect(lines().filter((l) => l.type === 'vote')).toHaveLength(1);
    expect(await log.vote(id, ALICE, 'wrong')).toEqual({ status: 'changed', vote: 'wrong', previous: 'helpful' });
    expect(await log.vote(id, BOB, 'helpful')).toEqual({ status: 'recorded', vote: 'helpful' });
    const votes = await log.votesOn(id);
    expect(votes.map((v) => [v.member, v.vote]).sort()).toEqual([[(await log.memberHash(ALICE)), 'wrong'], [(await log.memberHash(BOB)), 'helpful']].sort());
    // Each vote line says what was judged, where, by whom (hashed) and when.
    expect(lines().at(-1)).toMatchObject({ type: 'vote', id, guild: GUILD, member: (await log.memberHash(BOB)), vote: 'helpful', question: facts.question, answer: 'à la mairie', evidence: ['a1#2', 'a2#4'], command: 'ask', kind: 'where' });
  });

  it('answers unknown for a record it does not hold', async () => {
    const log = await FeedbackLog.open({ file });
    expect(await log.vote('0123456789abcdef', ALICE, 'wrong')).toEqual({ status: 'unknown' });
  });

  it('sees the lines another process (shard) appended to the same file', async () => {
    const a = await FeedbackLog.open({ file });
    const b = await FeedbackLog.open({ file });
    const id = await a.recordAnswer(facts, GUILD);
    expect(await b.vote(id, ALICE, 'wrong')).toEqual({ status: 'recorded', vote: 'wrong' });
    expect(await a.vote(id, ALICE, 'helpful')).toEqual({ status: 'changed', vote: 'helpful', previous: 'wrong' });
    expect((await b.votesOn(id)).map((v) => v.vote)).toEqual(['helpful']);
  });

  it('never writes a member id: only a salted hash, the salt kept private and reused', async () => {
    const log = await FeedbackLog.open({ file });
    expect(existsSync(join(dir, 'data'))).toBe(false); // nothing written before the first feedback
    const id = await log.recordAnswer(facts, GUILD);
    await log.vote(id, ALICE, 'wrong');
    await log.recordUnanswered({ ...facts, answer: null, evidence: [] }, GUILD, BOB);
    const salt = join(dir, 'data', 'feedback-salt');
    for (const f of [file, salt]) {
      const text = readFileSync(f, 'utf8');
      expect(text).not.toContain(ALICE);
      expect(text).not.toContain(BOB);
    }
    expect(statSync(salt).mode & 0o777).toBe(0o600);
    expect((await log.memberHash(ALICE))).toMatch(/^[0-9a-f]{32}$/);
    const again = await FeedbackLog.open({ file });
    expect((await again.memberHash(ALICE))).toBe((await log.memberHash(ALICE)));
    const salted = await FeedbackLog.open({ file: join(dir, 'other.jsonl'), salt: 'another-salt-of-enough-length' });
    expect((await salted.memberHash(ALICE))).not.toBe((await log.memberHash(ALICE)));
  });
});

describe('FeedbackLog failures', () => {
  it('counts wrong votes and abstentions per question, most frequent or most recent first, per server', async () => {
    let now = Date.parse('2024-03-01T10:00:00Z');
    const log = await FeedbackLog.open({ file, now: () => new Date((now += 60_000)) });
    const other = { ...facts, question: 'Qui a signé l’accord ?', kind: 'who', answer: null, evidence: [] };
    await log.recordUnanswered(other, GUILD, ALICE);
    await log.recordUnanswered({ ...other, question: 'qui a signé l’accord' }, GUILD, BOB);
    const id = await log.recordAnswer(facts, GUILD);
    await log.vote(id, ALICE, 'wrong');
    await log.vote(id, BOB, 'helpful');
    await log.recordUnanswered({ ...other, question: 'Une question d’ailleurs ?' }, OTHER_GUILD, ALICE);

    const frequent = await log.failures(GUILD, 'frequent');
    expect(frequent.map((f) => [f.question, f.wrong, f.unanswered, f.helpful])).toEqual([
      ['qui a signé l’accord', 0, 2, 0],
      ['Où a eu lieu la réunion ?', 1, 0, 1],
    ]);
    expect(frequent[1]).toMatchObject({ lastAnswer: 'à la mairie', evidence: ['a1#2', 'a2#4'], kind: 'where' });
    expect((await log.failures(GUILD, 'recent')).map((f) => f.question)).toEqual(['Où a eu lieu la réunion ?', 'qui a signé l’accord']);
    expect((await log.failures(undefined, 'frequent')).map((f) => f.question)).toContain('Une question d’ailleurs ?');
    expect((await log.failures(OTHER_GUILD, 'frequent')).map((f) => f.question)).toEqual(['Une question d’ailleurs ?']);
  });

  it('drops a question once its wrong vote is changed to helpful', () => {
    const base = { type: 'vote' as const, id: 'x', guild: null, member: 'h', ...facts };
    const votes: VoteLine[] = [{ ...base, at: '2024-01-01T00:00:00Z', vote: 'helpful' }];
    expect(failedQuestions(votes, 'frequent')).toEqual([]);
    expect(foldQuestion('  Où   a eu lieu, la RÉUNION ? ')).toBe('ou a eu lieu la reunion');
  });
});

describe('FeedbackLog retention', () => {
  it('prunes lines older than the retention, changed votes and broken lines when it opens', async () => {
    let now = Date.parse('2024-01-01T00:00:00Z');
    const clock = () => new Date(now);
    const log = await FeedbackLog.open({ file, retentionDays: 30, now: clock });
    const old = await log.recordAnswer(facts, GUILD);
    await log.vote(old, ALICE, 'wrong');
    now += 20 * 86_400_000;
    const recent = await log.recordAnswer({ ...facts, question: 'Qui parle ?' }, GUILD);
    await log.vote(recent, ALICE, 'wrong');
    await log.vote(recent, ALICE, 'helpful');
    writeFileSync(file, readFileSync(file, 'utf8') + '{"type":"vote","id":"cut\n');
    now += 15 * 86_400_000; // the first answer and its vote are now 35 days old
    const reopened = await FeedbackLog.open({ file, retentionDays: 30, now: clock });
    const kept = lines();
    expect(kept.map((l) => (l.type === 'vote' ? `vote:${l.vote}` : `answer:${l.question}`))).toEqual(['answer:Qui parle ?', 'vote:helpful']);
    expect(await reopened.vote(old, BOB, 'wrong')).toEqual({ status: 'unknown' });
    expect(await reopened.vote(recent, ALICE, 'helpful')).toEqual({ status: 'unchanged', vote: 'helpful' });
  });

  it('prunes again on a write once a day has passed', async () => {
    let now = Date.parse('2024-01-01T00:00:00Z');
    const log = await FeedbackLog.open({ file, retentionDays: 1, now: () => new Date(now) });
    await log.recordAnswer(facts, GUILD);
    now += 2 * 86_400_000;
    await log.recordAnswer({ ...facts, question: 'Plus tard ?' }, GUILD);
    expect(lines().map((l) => l.question)).toEqual(['Plus tard ?']);
  });
});

describe('questionSet', () => {
  it('writes score.mjs questions with the answer left empty, and the bot’s answer beside it', () => {
    const set = questionSet(
      [
        { question: 'Qui a signé ?', command: 'ask', kind: 'who', wrong: 2, unanswered: 1, helpful: 0, lastAt: '2024-01-01T00:00:00Z', lastAnswer: 'Dupont', evidence: ['a1#1'] },
        { question: 'Et alors ?', command: 'ask-message', kind: 'nonsense', wrong: 0, unanswered: 1, helpful: 0, lastAt: '2024-01-01T00:00:00Z', lastAnswer: null, evidence: [] },
      ],
      'about',
    );
    expect(set).toEqual({
      about: 'about',
      questions: [
        { id: 'fb001', kind: 'who', q: 'Qui a signé ?', answer: [], got: 'Dupont', cited: ['a1#1'], wrong: 2, unanswered: 1 },
        { id: 'fb002', q: 'Et alors ?', answer: [], got: null, cited: [], wrong: 0, unanswered: 1 },
      ],
    });
  });
});
