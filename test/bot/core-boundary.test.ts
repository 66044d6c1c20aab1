import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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

describe('the core', () => {
  it('never imports discord.js (src/corpus, src/nlp, src/index, src/qa)', () => {
    const core = ['src/corpus', 'src/nlp', 'src/index', 'src/qa'].flatMap((d) => files(d));
    expect(core.length).toBeGreaterThan(0);
    const offenders = core.filter((f) => /['"](discord\.js|@discordjs\/[^'"]*|discord-api-types[^'"]*)['"]|src\/bot\/|\.\.\/bot\//.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
