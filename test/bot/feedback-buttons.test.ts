import { describe, expect, it } from 'vitest';
import { decodeVoteId, encodeVoteId, ratingIdOf, ratingRow } from '../../src/bot/feedback-buttons.js';
import { renderDiscord } from '../../src/bot/render-discord.js';
import { renderTerminal } from '../../src/cli/render-terminal.js';
import type { Reply } from '../../src/reply/types.js';

const answer: Reply = { locale: 'fr', title: 'Où ?', answer: 'Vladivostok', passages: [], fields: [], abstained: false, ratingId: '0123456789abcdef', rated: { command: 'ask', question: 'Où ?', answer: 'Vladivostok', evidence: [] } };

describe('rating button ids', () => {
  it('carry the answer record id and the vote only, within 100 characters, and read back', () => {
    const id = encodeVoteId('0123456789abcdef', 'wrong')!;
    expect(id).toBe('vote\u001f0123456789abcdef\u001fwrong');
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodeVoteId(id)).toEqual({ recordId: '0123456789abcdef', vote: 'wrong' });
  });

  it('refuse anything else: page buttons, other votes, commands, odd record ids', () => {
    for (const id of ['page\u001fask\u001f2', 'vote\u001f0123\u001fmaybe', 'vote\u001fask\u001fwrong', 'vote\u001f0123\u001fwrong\u001fextra', 'vote\u001f\u001fhelpful']) expect(decodeVoteId(id), id).toBeUndefined();
    expect(encodeVoteId('../../etc', 'helpful')).toBeUndefined();
    expect(encodeVoteId('a'.repeat(100), 'helpful')).toBeUndefined();
  });
});

describe('rendering a rated answer', () => {
  it('adds a row of two localised rating buttons to a recorded answer', () => {
    const { components } = renderDiscord(answer);
    expect(components).toHaveLength(1);
    expect(components[0]!.components.map((b) => ('label' in b ? b.label : ''))).toEqual(['Utile', 'Fausse']);
    expect(ratingIdOf(components)).toBe('0123456789abcdef');
  });

  it('puts them under the page buttons of a paginated answer, and none under an abstention or an unrecorded answer', () => {
    const paged = renderDiscord({ ...answer, pagination: { command: 'quotes', page: 1, pages: 3, options: { speaker: 'X' } } });
    expect(paged.components).toHaveLength(2);
    expect(ratingIdOf(paged.components.slice(1))).toBe('0123456789abcdef');
    expect(ratingRow({ ...answer, abstained: true })).toEqual([]);
    expect(renderDiscord({ ...answer, ratingId: undefined }).components).toEqual([]);
  });
});

describe('rendering attachments', () => {
  const exported: Reply = { locale: 'en', title: 'Export', passages: [], fields: [], abstained: false, attachments: [{ name: 'set.json', content: '{"questions":[]}\n', contentType: 'application/json' }] };

  it('sends the files with the Discord message', () => {
    const { files } = renderDiscord(exported);
    expect(files?.map((f) => [f.name, f.attachment.toString('utf8')])).toEqual([['set.json', '{"questions":[]}\n']]);
    expect(renderDiscord(answer).files).toBeUndefined();
  });

  it('names them in the terminal', () => {
    expect(renderTerminal(exported)).toContain('[file] set.json (17 bytes)');
  });
});
