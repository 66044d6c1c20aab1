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

/** The package's lists, read once: every given name, and those of each sex (files male-…, female-…), folded. */
function load(): { all: Set<string>; male: Set<string>; female: Set<string> } {
  const lists = { all: new Set<string>(), male: new Set<string>(), female: new Set<string>() };
  const root = packageDir(PACKAGE);
  if (!root) return lists; // Without the package, names are typed from their context alone.
  try {
    const dir = join(root, 'data');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const sex = file.startsWith('female-') ? lists.female : file.startsWith('male-') ? lists.male : undefined;
      for (const name of JSON.parse(readFileSync(join(dir, file), 'utf8')) as string[]) {
        const f = fold(name);
        sex?.add(f);
        if (f.length >= 2 && !FR.knownPlaces.has(f)) lists.all.add(f);
      }
    }
  } catch {
    // A list that cannot be read is no list.
  }
  return lists;
}

const LISTS = load();
const GIVEN = LISTS.all;
// The generations news reports name, which the package's recent-birth lists miss (data: fr-given-names.json).
for (const name of supplement.names) GIVEN.add(fold(name));
// Names French gives to both sexes tell no one's sex (data: fr-given-names.json bothSexes).
for (const name of supplement.bothSexes) { const f = fold(name); GIVEN.add(f); LISTS.male.add(f); LISTS.female.add(f); }

/** Which list of given names the annotator reads (part of the snapshot's code version). */
export function givenNamesVersion(): string {
  return packageVersion(PACKAGE);
}

/** True when a capitalised word is a given name, or opens on one ("Jean-Luc" → "jean"). */
export function isGivenName(word: string): boolean {
  const f = fold(word);
  return GIVEN.has(f) || GIVEN.has(f.split('-')[0]!);
}

/** "m" or "f" when a given name is in one sex's lists only ("Vincent" → "m"), else undefined (unknown or both). */
export function sexOfGivenName(word: string): 'm' | 'f' | undefined {
  const f = fold(word).split('-')[0]!;
  const m = LISTS.male.has(f);
  const w = LISTS.female.has(f);
  return m === w ? undefined : m ? 'm' : 'f';
}
