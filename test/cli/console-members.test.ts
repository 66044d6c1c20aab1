import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { answerConsoleLine } from '../../src/cli/console.js';
import { consoleHelp } from '../../src/cli/console-help.js';
import { parseConsoleLine } from '../../src/cli/console-parser.js';
import type { ConsoleState } from '../../src/cli/console.js';
import type { CorpusAdmin } from '../../src/corpus-admin/corpus-admin.js';
import { FeedbackLog } from '../../src/feedback/feedback-log.js';
import { fakeEngine } from '../commands/fake-engine.js';

describe('console: the message command', () => {
  it('is typed /ask-message with the message text, bare or as text: / texte:', () => {
    for (const line of ['/ask-message text: @here Où ?', '/ask-message @here Où ?', '/ask-message texte: @here Où ?']) {
      const r = parseConsoleLine(line, commands);
      expect(r.kind === 'command' && [r.command.data.name, r.options], line).toEqual(['Ask the corpus', { text: '@here Où ?' }]);
    }
    expect(parseConsoleLine('/ask-message', commands)).toEqual({ kind: 'error', message: '/ask-message needs text: …' });
  });

  it('answers like Discord does, mentions neutralised', async () => {
    const engine = fakeEngine({ answers: { 'Où ?': { answer: 'Vladivostok', kind: 'where', evidence: [{ doc: 'a1', paragraph: 2, text: 'À Vladivostok.', score: 1 }] } } });
    const out = await answerConsoleLine('/ask-message text: @everyone <@123456789012345678> Où ?', { engine, commands, locale: 'en' });
    expect(out).toMatch(/^== Où \? ==\nVladivostok\n/);
    expect(engine.calls.find((c) => c.method === 'ask')?.args).toEqual(['Où ?']);
  });
});

describe('console: /help', () => {
  it('lists the console syntax of every command, then the examples of /help in the console’s language', async () => {
    expect(consoleHelp(commands)).toContain('/ask-message text: …  — Right-click a message → Apps → Ask the corpus');
    expect(consoleHelp(commands)).toContain('/feedback export  — A question set (score.mjs format) to fill in and score');
    const out = await answerConsoleLine('/help', { engine: fakeEngine(), commands, locale: 'fr' });
    expect(out).toContain('== Commandes ==');
    expect(out).toContain('Exemple : /demander question: Qui a signé l’accord ?');
    // No moderator side in this console: the moderators' commands are not offered.
    expect(out).not.toContain('* /avis');
  });
});

describe('console: /feedback', () => {
  let dir: string;
  let feedback: FeedbackLog;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'console-feedback-'));
    feedback = await FeedbackLog.open({ file: join(dir, 'feedback.jsonl') });
    await feedback.recordUnanswered({ command: 'ask', kind: 'who', question: 'Qui a gagné ?', answer: null, evidence: [] }, '900000000000000001', '123456789012345678');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // /feedback never touches the corpus operations; the console only needs to have its moderator side.
  const admin = { corpus: { host: {} } as unknown as CorpusAdmin };

  it('lists every server’s failed questions to the console user, a moderator', async () => {
    const state: ConsoleState = { engine: fakeEngine(), commands, locale: 'en', admin, feedback };
    const out = await answerConsoleLine('/feedback frequent', state);
    expect(out).toContain('== Questions answered wrong or not at all — most frequent first ==');
    expect(out).toMatch(/\* « Qui a gagné \? »\n {4}wrong 0 · unanswered 1 · helpful 0 · last /);
  });

  it('writes the export into the attachment folder and prints where', async () => {
    const exports = join(dir, 'exports');
    const out = await answerConsoleLine('/avis exporter', { engine: fakeEngine(), commands, locale: 'en', admin, feedback, attachmentDir: exports });
    const [file] = readdirSync(exports);
    expect(out).toContain(`  saved: ${join(exports, file!)}`);
    expect(JSON.parse(readFileSync(join(exports, file!), 'utf8')).questions).toEqual([{ id: 'fb001', kind: 'who', q: 'Qui a gagné ?', answer: [], got: null, cited: [], wrong: 0, unanswered: 1 }]);
  });

  it('is unavailable without the moderator side', async () => {
    expect(await answerConsoleLine('/feedback recent', { engine: fakeEngine(), commands, locale: 'en', feedback })).toBe('! Moderator commands are not available here.\n');
  });
});
