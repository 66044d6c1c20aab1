/** A reply is in one language: the core's reasons are codes, worded by the reply in the asker's locale. */
import { describe, expect, it } from 'vitest';
import { answerReply } from '../../src/reply/build.js';
import { translator } from '../../src/reply/labels.js';
import type { AbstentionReason, Answer } from '../../src/qa/types.js';
import type { ReplyLocale } from '../../src/reply/types.js';
import { noCandidate } from '../../src/qa/abstention.js';
import { fakeEngine } from '../commands/fake-engine.js';

/** Every reason the core can give (each kind for the reasons that name one). */
const REASONS: AbstentionReason[] = [
  { code: 'emptyQuestion' },
  { code: 'unknownName', params: { names: 'Zorglub' } },
  { code: 'nothingMatches' },
  { code: 'lowCoverage' },
  ...(['who', 'when', 'where', 'quote', 'what'] as const).map((kind) => noCandidate(kind)),
];

/** Words of one language that the other never uses. */
const ENGLISH = /\b(the|does|not|it|this|nothing|matches|covers|give|empty|ask|about|what|was|said|person|quotation|answer|no|say)\b/i;
const FRENCH = /\b(le|la|les|ne|pas|il|aucun|aucune|rien|correspond|couvre|donnent|vide|demandez|une|lieu|réponse|personne|dit)\b|’/i;

function reply(locale: ReplyLocale, reason: AbstentionReason) {
  const answer: Answer = { question: 'Q', kind: 'what', answer: null, evidence: [], reason, note: 'English note for --json' };
  const r = answerReply(fakeEngine(), { locale, t: translator(locale) }, 'Q', answer);
  return `${r.answer}\n${r.description}`;
}

describe('abstention replies', () => {
  it.each(REASONS.map((r) => [JSON.stringify(r), r] as const))('%s: French holds no English word, English no French word', (_name, reason) => {
    const fr = reply('fr', reason);
    const en = reply('en', reason);
    expect(fr).toMatch(/^Le corpus ne le dit pas\.\n\S/);
    expect(en).toMatch(/^The corpus does not say\.\n\S/);
    expect(fr.replace('Zorglub', '')).not.toMatch(ENGLISH);
    expect(en.replace('Zorglub', '')).not.toMatch(FRENCH);
    if (reason.code === 'unknownName') {
      expect(fr).toContain('Zorglub');
      expect(en).toContain('Zorglub');
    }
  });

  it('never shows the English note meant for the JSON output', () => {
    for (const reason of REASONS) expect(reply('fr', reason)).not.toContain('English note');
  });
});

describe('every reason of the catalog (abstentions, refusals, failures)', () => {
  it('are worded in French with no English word, and in English with no French word, for every reason code', async () => {
    const { default: catalog } = await import('../../src/reasons/catalog.json', { with: { type: 'json' } });
    const { reasonText } = await import('../../src/reasons/reasons.js');
    const codes = Object.keys(catalog.en) as (keyof typeof catalog.en)[];
    expect(codes.length).toBeGreaterThan(40);
    expect(Object.keys(catalog.fr).sort()).toEqual([...codes].sort());
    // Every placeholder filled with a name, a number or a nested reason, as the code gives them.
    const params = { name: 'x.md', file: 'x.md', id: 'x', existing: 'x.md', value: '2024-13-45', key: 'title', url: 'file:x', host: 'example.org', status: '500', error: 'EACCES', why: 'X', trashPath: 'data/trash/x.md', length: 120, max: 100, bytes: 2000, percent: 30, byte: '0xE9', offset: '5', line: '3', text: 'x', first: '2', second: '3', details: [{ code: 'frontMatterLine' as const, params: { line: '3', text: 'x' } }], files: [{ code: 'fileProblem' as const, params: { file: 'x.md', why: { code: 'empty' as const } } }], count: 7, more: { code: 'andMore' as const, params: { n: 2 } }, n: 2, seconds: 600, signal: 'SIGKILL', code: '1', last: 'x', shard: '1', names: 'Zorglub', what: { code: 'noneWho' as const } };
    for (const code of codes) {
      const fr = reasonText({ code, params }, 'fr');
      const en = reasonText({ code, params }, 'en');
      expect(fr, code).not.toMatch(/\{\w+\}/);
      expect(fr, code).not.toMatch(ENGLISH);
      expect(en, code).not.toMatch(FRENCH);
    }
  });

  it('reach a French moderator in French: a refused upload', async () => {
    const { refusedReply } = await import('../../src/reply/admin.js');
    const { reason } = await import('../../src/reasons/reasons.js');
    const r = refusedReply({ locale: 'fr', t: translator('fr') }, 'add', reason('empty'));
    expect(r.answer ?? r.description).toMatch(/^Article non ajouté : fichier vide \(0 octet\)/);
    expect(`${r.answer} ${r.description ?? ''}`).not.toMatch(/empty|bytes|file is/);
  });
});

describe('/corpus list', () => {
  it('says in French why a file is skipped', async () => {
    const { corpusListReply } = await import('../../src/reply/admin.js');
    const r = corpusListReply({ locale: 'fr', t: translator('fr') }, [
      { file: 'vide.md', id: 'vide', bytes: 0, modified: '2026-12-01T10:00:00.000Z', status: 'skipped', reason: 'empty file (0 bytes)', why: { code: 'empty' } },
    ], undefined);
    const text = JSON.stringify(r.fields);
    expect(text).toContain('fichier vide (0 octet)');
    expect(text).not.toContain('empty file');
  });
});
