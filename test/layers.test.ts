import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(files(path));
    else if (/\.(ts|js|mjs|cjs|json)$/.test(name)) out.push(path);
  }
  return out;
}

/**
 * The layers, bottom first. A file may import its own layer or any layer listed before it; layers that share
 * a rank are peers and never import each other (the Discord adapter and the terminal adapter).
 */
const LAYERS: ReadonlyArray<readonly [rank: number, prefix: string]> = [
  [0.5, 'src/config.ts'],
  [0.5, 'src/log.ts'],
  [0, 'src/discord-limits.ts'],
  [0, 'src/atomic-write.ts'],
  [0, 'src/runtime.ts'],
  [0, 'src/safe-text.ts'],
  [0, 'src/regexp.ts'],
  [0, 'src/reasons/'],
  [1, 'src/corpus/'],
  [2, 'src/nlp/'],
  [3, 'src/index/'],
  [4, 'src/qa/'],
  [5, 'src/engine.ts'],
  [6, 'src/corpus-admin/'],
  [6, 'src/feedback/'],
  [7, 'src/reply/'],
  [8, 'src/command/'],
  [9, 'commands/'],
  [10, 'src/bot/'],
  [10, 'src/cli/'],
  [11, 'src/app/'],
];

function layerOf(path: string): { rank: number; prefix: string } | undefined {
  const hit = LAYERS.find(([, prefix]) => (prefix.endsWith('/') ? path.startsWith(prefix) : path === prefix));
  return hit ? { rank: hit[0], prefix: hit[1] } : undefined;
}

/** Every relative import of the source tree, as [importing file, imported file] with repository paths. */
function relativeImports(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const file of [...files('src'), ...files('commands')].filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      const target = normalize(join(dirname(file), m[1]!)).replace(/\.js$/, '.ts');
      out.push([relative('.', file), relative('.', target)]);
    }
  }
  return out;
}

/** True when importing `to` from `from` runs up the layers or across to a peer layer (or leaves the map). */
function runsBackUp(from: string, to: string): boolean {
  const a = layerOf(from);
  const b = layerOf(to);
  if (!a || !b) return true;
  return b.rank > a.rank || (b.rank === a.rank && b.prefix !== a.prefix);
}

describe('the layers', () => {
  it('never lets the core import discord.js (src/corpus, src/nlp, src/index, src/qa)', () => {
    const core = ['src/corpus', 'src/nlp', 'src/index', 'src/qa'].flatMap((d) => files(d));
    expect(core.length).toBeGreaterThan(0);
    const offenders = core.filter((f) => /['"](discord\.js|@discordjs\/[^'"]*|discord-api-types[^'"]*)['"]/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('places every source file in a layer', () => {
    const unplaced = [...files('src'), ...files('commands')].filter((f) => f.endsWith('.ts') && !layerOf(relative('.', f)));
    expect(unplaced).toEqual([]);
  });

  it('has no import that runs back up the layer order or across peer layers', () => {
    const imports = relativeImports();
    expect(imports.length).toBeGreaterThan(100);
    const upward = imports.filter(([from, to]) => runsBackUp(from, to));
    expect(upward.map(([from, to]) => `${from} → ${to}`)).toEqual([]);
  });

  it('flags the imports it must refuse and lets the downward ones pass', () => {
    expect(runsBackUp('src/index/corpus-index.ts', 'src/qa/timeline.ts')).toBe(true);
    expect(runsBackUp('src/reply/people.ts', 'src/command/command.ts')).toBe(true);
    expect(runsBackUp('src/command/run-command.ts', 'commands/index.ts')).toBe(true);
    expect(runsBackUp('src/cli/console.ts', 'src/bot/dispatch.ts')).toBe(true);
    expect(runsBackUp('src/app/start.ts', 'src/cli/console.ts')).toBe(false);
    expect(runsBackUp('src/qa/answer-who.ts', 'src/nlp/french.ts')).toBe(false);
  });
});
