import { readdirSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { commands } from '../../commands/index.js';
import { chatInputJson, isMessageCommand } from '../../src/command/command.js';

/** The slash commands' definitions (the message command has neither description nor options). */
const slashJson = commands.filter((c) => !isMessageCommand(c)).map((c) => chatInputJson(c)!);
const slash = (name: string): RESTPostAPIChatInputApplicationCommandsJSONBody => slashJson.find((j) => j.name === name)!;

const dir = new URL('../../commands/', import.meta.url);

describe('commands/index.ts', () => {
  it('lists every command file of commands/', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    const index = readFileSync(new URL('index.ts', dir), 'utf8');
    for (const file of files) expect(index, file).toContain(`from './${file.replace(/\.ts$/, '.js')}'`);
    expect(commands.length).toBe(files.length);
  });

  it('has unique names, in English and in French', () => {
    const json = commands.map((c) => c.data.toJSON());
    const names = json.map((j) => j.name);
    expect(new Set(names).size).toBe(names.length);
    const fr = json.map((j) => j.name_localizations?.fr);
    expect(fr.every(Boolean)).toBe(true);
    expect(new Set(fr).size).toBe(fr.length);
    expect(names.sort()).toEqual(['Ask the corpus', 'ask', 'corpus', 'feedback', 'help', 'quotes', 'refresh', 'sources', 'timeline', 'when', 'where', 'who']);
  });

  it('defines valid Discord command JSON with French localisations', () => {
    for (const j of slashJson) {
      expect(j.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(j.description.length).toBeLessThanOrEqual(100);
      expect(j.description_localizations?.fr, j.name).toBeTruthy();
      const options = (j.options ?? []).flatMap((o) => ['options' in o && o.type === 1 ? (o.options ?? []) : [], o].flat());
      for (const o of options) {
        expect(o.description.length).toBeLessThanOrEqual(100);
        expect(o.description_localizations?.fr, `${j.name}.${o.name}`).toBeTruthy();
      }
    }
    const fr = Object.fromEntries(commands.map((c) => [c.data.name, c.data.toJSON().name_localizations?.fr]));
    expect(fr).toMatchObject({ who: 'qui', when: 'quand', where: 'où', quotes: 'citations', timeline: 'chronologie', sources: 'sources', ask: 'demander', help: 'aide', feedback: 'avis' });
  });

  it('defines the message context-menu command "Ask the corpus", named in French, private', () => {
    const menu = commands.filter(isMessageCommand);
    expect(menu).toHaveLength(1);
    expect(menu[0]!.data.toJSON()).toMatchObject({ name: 'Ask the corpus', type: 3, name_localizations: { fr: 'Demander au corpus' } });
    expect(menu[0]!.ephemeral).toBe(true);
    expect(menu[0]!.consoleName).toBe('ask-message');
  });

  it('hides the moderator commands from members without Manage Server, outside guilds too', () => {
    for (const name of ['refresh', 'corpus', 'feedback']) {
      const command = commands.find((c) => c.data.name === name)!;
      expect(command.moderatorOnly, name).toBe(true);
      expect(command.ephemeral, name).toBe(true);
      const j = command.data.toJSON();
      expect(j.default_member_permissions, name).toBe('32'); // ManageGuild
      expect(j.contexts, name).toEqual([0]); // guild only
    }
    for (const c of commands.filter((c) => !['refresh', 'corpus', 'feedback'].includes(c.data.name))) expect(c.moderatorOnly).toBeFalsy();
  });

  it('/corpus add takes one attachment and the front-matter options; remove autocompletes', () => {
    const j = slash('corpus');
    const subs = Object.fromEntries((j.options ?? []).map((o) => [o.name, o as { type: number; options?: { name: string; type: number; required?: boolean; autocomplete?: boolean }[] }]));
    expect(Object.keys(subs)).toEqual(['add', 'remove', 'list']);
    expect(subs.add!.options!.map((o) => [o.name, o.type, Boolean(o.required)])).toEqual([
      ['file', 11, true],
      ['title', 3, false],
      ['source', 3, false],
      ['url', 3, false],
      ['published', 3, false],
    ]);
    expect(subs.remove!.options![0]).toMatchObject({ name: 'article', required: true, autocomplete: true });
  });

  it('caps /ask question at 300 characters', () => {
    const ask = slash('ask');
    expect(ask.options?.[0]).toMatchObject({ name: 'question', required: true, max_length: 300 });
  });
});
