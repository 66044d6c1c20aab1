/** Temporary copies of the shipped corpus for tests that change a corpus folder (the repository's is never touched). */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Folders of one test: a corpus copy, a snapshot cache, a trash and an audit log, all under one temp root. */
export interface TmpCorpus {
  root: string;
  corpusDir: string;
  cacheDir: string;
  trashDir: string;
  auditLog: string;
  /** Removes everything. */
  remove(): void;
}

/** The shipped corpus's files (name → text). */
export function shippedArticles(): Map<string, string> {
  const dir = new URL('../../corpus/', import.meta.url);
  return new Map(readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).map((f) => [f, readFileSync(new URL(f, dir), 'utf8')]));
}

const TOWNS = ['Brennac', 'Valdorre', 'Ostrelle', 'Mirande-sur-Lys', 'Castelmoure', 'Pontivar', 'Selvigny', 'Rochebrune', 'Aubercy', 'Lormeval'];
const PEOPLE = ['Hélène Marchetti', 'Paulo Ferrand', 'Ingrid Vasseur', 'Tomas Belcourt', 'Amina Raffin', 'Jules Ortalan', 'Clara Dumesnil', 'Yann Keraudy'];
const TOPICS = ['la rénovation du port', 'le budget des écoles', 'la ligne de tramway', 'la foire agricole', 'le festival de musique', 'la réforme des marchés'];

/** A synthetic article (deterministic from `i`) about a local event of invented towns and people. */
export function syntheticArticle(i: number): string {
  const town = TOWNS[i % TOWNS.length]!;
  const other = TOWNS[(i * 7 + 3) % TOWNS.length]!;
  const who = PEOPLE[i % PEOPLE.length]!;
  const topic = TOPICS[i % TOPICS.length]!;
  const day = 1 + (i % 28);
  return `---
title: ${town} débat de ${topic} (${i})
source: Gazette locale
published: 2023-05-${String(day).padStart(2, '0')}
---
Le conseil municipal de ${town} s'est réuni mardi pour examiner ${topic}, un dossier suivi de près à ${other}.

« Nous devons avancer avant l'été », a déclaré ${who}, adjointe chargée du dossier numéro ${i}, devant une salle comble.

Selon ${who}, les travaux pourraient commencer le ${day} juin, si le vote de jeudi confirme l'accord trouvé avec ${other}.

Les opposants ont dénoncé un calendrier trop serré et demandé une consultation des habitants de ${town}.
`;
}

/**
 * Copies corpus/ into a fresh temp folder, plus `extra` synthetic articles about invented local events (so a
 * build takes long enough to overlap with queries, without changing what the summit questions find).
 */
export function tmpCorpus(prefix: string, extra = 0): TmpCorpus {
  const root = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const corpusDir = join(root, 'corpus');
  cpSync(new URL('../../corpus/', import.meta.url), corpusDir, { recursive: true });
  for (let i = 0; i < extra; i++) writeFileSync(join(corpusDir, `local_${String(i).padStart(4, '0')}.md`), syntheticArticle(i));
  const cacheDir = join(root, 'cache');
  mkdirSync(cacheDir);
  return {
    root,
    corpusDir,
    cacheDir,
    trashDir: join(root, 'data', 'trash'),
    auditLog: join(root, 'data', 'audit.jsonl'),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** A short article about an invented event, in the corpus format. */
export function inventedArticle(extra = ''): string {
  return `---
title: Les pêcheurs de Tromsø obtiennent un accord sur les quotas
source: Agence Nordique
published: 2024-03-14
---
Les représentants des pêcheurs norvégiens et le ministère de la Pêche ont signé mercredi à Tromsø un accord sur les quotas de cabillaud pour la saison prochaine.

La ministre de la Pêche, Ingrid Solbakken, a salué « un compromis équilibré » devant la presse réunie au port de Tromsø.
${extra}`;
}
