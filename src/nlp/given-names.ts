/**
 * Given names, as general lexical data: the human-names package (MIT) lists the popular given names of six
 * languages (French, English, German, Spanish, Italian, Dutch), about 5,200 in all. A name of two words or more
 * that opens on one ("Sophie X", "Jean-Luc X") is likely a person's, whatever preposition stands before it
 * ("hommage à Sophie X" does not make it a place). The lists are read from the package at start, folded; a
 * given name that is also a country or region the place list knows is left out ("Jordan"). A supplement in
 * data/fr-given-names.json adds the names of older generations the package's recent-birth lists miss.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FR, fold } from './french.js';
import { packageDir, packageVersion } from './lexical-package.js';
import supplement from './data/fr-given-names.json' with { type: 'json' };

const PACKAGE = 'human-names';

function load(): Set<string> {
  const names = new Set<string>();
  const root = packageDir(PACKAGE);
  if (!root) return names; // Without the package, names are typed from their context alone.
  try {
    const dir = join(root, 'data');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      for (const name of JSON.parse(readFileSync(join(dir, file), 'utf8')) as string[]) {
        const f = fold(name);
        if (f.length >= 2 && !FR.knownPlaces.has(f)) names.add(f);
      }
    }
  } catch {
    // A list that cannot be read is no list.
  }
  return names;
}

const GIVEN = load();
// The generations news reports name, which the package's recent-birth lists miss (data: fr-given-names.json).
for (const name of supplement.names) GIVEN.add(fold(name));

/** Which list of given names the annotator reads (part of the snapshot's code version). */
export function givenNamesVersion(): string {
  return packageVersion(PACKAGE);
}

/** True when a capitalised word is a given name, or opens on one ("Jean-Luc" → "jean"). */
export function isGivenName(word: string): boolean {
  const f = fold(word);
  return GIVEN.has(f) || GIVEN.has(f.split('-')[0]!);
}

/** The given names of each sex in the package's lists (male-…, female-… files), folded. */
function loadBySex(): { male: Set<string>; female: Set<string> } {
  const male = new Set<string>();
  const female = new Set<string>();
  const root = packageDir(PACKAGE);
  if (!root) return { male, female };
  try {
    const dir = join(root, 'data');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const into = file.startsWith('female-') ? female : file.startsWith('male-') ? male : undefined;
      if (!into) continue;
      for (const name of JSON.parse(readFileSync(join(dir, file), 'utf8')) as string[]) into.add(fold(name));
    }
  } catch {
    // A list that cannot be read tells no one's sex.
  }
  return { male, female };
}
let bySex: { male: Set<string>; female: Set<string> } | undefined;

/** "m" or "f" when a given name is in one sex's lists only ("Vincent" → "m"), else undefined (unknown or both). */
export function sexOfGivenName(word: string): 'm' | 'f' | undefined {
  bySex ??= loadBySex();
  const f = fold(word).split('-')[0]!;
  const m = bySex.male.has(f);
  const w = bySex.female.has(f);
  return m === w ? undefined : m ? 'm' : 'f';
}
