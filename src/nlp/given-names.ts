/**
 * Given names, as general lexical data: the human-names package (MIT) lists the popular given names of six
 * languages (French, English, German, Spanish, Italian, Dutch), about 5,200 in all. A name of two words or more
 * that opens on one ("Sophie X", "Jean-Luc X") is likely a person's, whatever preposition stands before it
 * ("hommage à Sophie X" does not make it a place). The lists are read from the package at start, folded; a
 * given name that is also a country or region the place list knows is left out ("Jordan").
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FR, fold } from './french.js';

const require = createRequire(import.meta.url);

function load(): { names: Set<string>; version: string } {
  const names = new Set<string>();
  let version = 'none';
  try {
    const pkg = require.resolve('human-names/package.json');
    version = `human-names@${(JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version}`;
    const dir = join(dirname(pkg), 'data');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      for (const name of JSON.parse(readFileSync(join(dir, file), 'utf8')) as string[]) {
        const f = fold(name);
        if (f.length >= 2 && !FR.knownPlaces.has(f)) names.add(f);
      }
    }
  } catch {
    // Without the package, names are typed from their context alone.
  }
  return { names, version };
}

const GIVEN = load();

/** Which list of given names the annotator reads (part of the snapshot's code version). */
export const GIVEN_NAMES_VERSION = GIVEN.version;

/** True when a capitalised word is a given name, or opens on one ("Jean-Luc" → "jean"). */
export function isGivenName(word: string): boolean {
  const f = fold(word);
  return GIVEN.names.has(f) || GIVEN.names.has(f.split('-')[0]!);
}
