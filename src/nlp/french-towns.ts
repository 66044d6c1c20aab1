/**
 * French towns, departments and regions, as general gazetteer data: the @etalab/decoupage-administratif package
 * (MIT, Etalab, the French government's open-data office) lists every commune with its population. A name the
 * list knows ("à Vierzon", "de Vesoul", "la Guadeloupe") is a place cue even where the sentence gives none
 * ("Frojes, celui d'Olivier X"). Communes of fewer than MIN_POPULATION inhabitants are left out: small villages
 * are often named like families. The list (8.6 MB) is read on first use, when articles are annotated — a process
 * that only loads a snapshot reads it only when an answer asks whether a department's or region's name is a town too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameKey } from './french.js';
import { packageDir, packageVersion } from './lexical-package.js';

const PACKAGE = '@etalab/decoupage-administratif';

/** Communes with fewer inhabitants than this are not read as places by name alone. */
const MIN_POPULATION = 1000;
interface Commune { nom: string; type: string; population?: number }

let towns: Set<string> | undefined;
/** Departments and regions that are no town's name too ("Bretagne", "Finistère"; not "Paris"). */
let areas: Set<string> | undefined;
/** The names of all departments and regions (two small files, read without the communes' list). */
let areaNames: Set<string> | undefined;

/** One of the package's data files, parsed; empty when the package is missing. */
function readData<T>(file: string): T[] {
  const dir = packageDir(PACKAGE);
  return dir ? JSON.parse(readFileSync(join(dir, 'data', file), 'utf8')) as T[] : [];
}

function loadAreaNames(): Set<string> {
  try {
    return new Set([...readData<{ nom: string }>('departements.json'), ...readData<{ nom: string }>('regions.json')].map((a) => nameKey(a.nom)));
  } catch {
    return new Set();
  }
}

function load(): Set<string> {
  const out = new Set<string>();
  try {
    if (!packageDir(PACKAGE)) return out;
    const add = (name: string) => out.add(nameKey(name));
    for (const c of readData<Commune>('communes.json')) if (c.type === 'commune-actuelle' && (c.population ?? 0) >= MIN_POPULATION) add(c.nom);
    const communes = new Set(out);
    areas = new Set();
    for (const d of readData<{ nom: string }>('departements.json')) { add(d.nom); if (!communes.has(nameKey(d.nom))) areas.add(nameKey(d.nom)); }
    for (const r of readData<{ nom: string }>('regions.json')) { add(r.nom); if (!communes.has(nameKey(r.nom))) areas.add(nameKey(r.nom)); }
  } catch {
    // Without the package, places are typed from their context alone.
  }
  return out;
}

/**
 * True when a name (any case, hyphens or spaces) is a French town, department or region of the list. `before` is
 * the word before it: a name that opens on an article is known with it — a capitalised one ("La Ciotat") or one
 * contracted with a preposition ("au Mans", "du Mans" → "Le Mans"); "l'Union européenne" is no town.
 */
export function isFrenchTown(name: string, before = ''): boolean {
  towns ??= load();
  const key = nameKey(name);
  if (towns.has(key)) return true;
  const article = /^(?:Le|La|Les|L['’])$/.test(before) ? nameKey(before) : CONTRACTED[before.toLowerCase()];
  return !!article && towns.has(`${article} ${key}`);
}

/** True when a name is a French department or region and no town's ("Bretagne", "Aisne"): no answer to "quelle commune". */
export function isFrenchArea(name: string): boolean {
  const key = nameKey(name);
  // Most names are no department's: the communes' list is read only to tell a department from a town of its name.
  areaNames ??= loadAreaNames();
  if (!areaNames.has(key)) return false;
  towns ??= load();
  return !!areas?.has(key);
}

/** Prepositions contracted with the article of a name that follows ("au Mans" is "à Le Mans"). */
const CONTRACTED: Record<string, string> = { au: 'le', du: 'le', aux: 'les', des: 'les' };

/** Which gazetteer the annotator reads (part of the snapshot's code version), without reading the list. */
export function frenchTownsVersion(): string {
  return packageVersion(PACKAGE);
}
