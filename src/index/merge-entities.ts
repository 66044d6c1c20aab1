import type { AnnotatedEntity } from '../nlp/annotate.js';
import { nameKey } from '../nlp/french.js';
import type { CorpusIndex } from './corpus-index.js';

/**
 * The entities of several segments as one list. Each segment grouped its names on its own; here the segments'
 * entities that share a grouping key ("vladimir poutine", "poutine") are one entity, whose mentions, documents
 * and descriptions are the live ones of all its parts. Entities are numbered in order of first appearance in
 * the corpus (first live document, then their order in that document's segment), as one annotation numbers
 * them; an entity with no live document left is dropped, and mentions of it read as no entity.
 */

/** Where the segments' documents and sentences sit in the corpus. */
export interface Placement {
  /** Per segment: global document number of each local document, or -1 (removed). */
  toGlobal: Int32Array[];
  /** First global sentence number of each global document, and the total. */
  first: number[];
}

/** The merged entities, and each segment's local entity → global entity (-1: none). */
export interface MergedEntities {
  entities: AnnotatedEntity[];
  map: Int32Array[];
}

/** A segment's local sentence number → global, or -1 when its document is removed. */
export function globalSentence(index: CorpusIndex, toGlobal: Int32Array, first: number[], local: number): number {
  const doc = index.sentences.docOf(local);
  const g = toGlobal[doc];
  return g < 0 ? -1 : first[g] + (local - index.sentences.range(doc)[0]);
}

interface Member {
  part: number;
  entity: AnnotatedEntity;
  docs: number[];
  mentions: number;
}

/** Mentions of each entity, by name (not by description), in a segment's removed documents. */
function removedMentions(index: CorpusIndex, toGlobal: Int32Array): Map<number, number> {
  const count = new Map<number, number>();
  toGlobal.forEach((g, doc) => {
    if (g >= 0) return;
    const [from, to] = index.sentences.range(doc);
    for (let s = from; s < to; s++) {
      const sentence = index.sentences.get(s);
      for (const m of sentence.mentions) {
        // A description's mention ("la ministre portugaise") was never counted as a name's.
        if (index.meta.entities[m.entity]?.keys.includes(nameKey(sentence.text.slice(m.start, m.end)))) count.set(m.entity, (count.get(m.entity) ?? 0) + 1);
      }
    }
  });
  return count;
}

/** Groups the segments' entities that share a key (union-find over keys). */
function groupMembers(parts: CorpusIndex[], placement: Placement): Map<string, Member[]> {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(k, root);
    return root;
  };
  const members: Member[] = [];
  parts.forEach((index, part) => {
    const toGlobal = placement.toGlobal[part];
    const removed = removedMentions(index, toGlobal);
    for (const entity of index.meta.entities) {
      const docs = entity.docs.map((d) => toGlobal[d]).filter((g) => g >= 0);
      members.push({ part, entity, docs, mentions: entity.mentions - (removed.get(entity.id) ?? 0) });
      const [head, ...rest] = entity.keys;
      for (const k of [head, ...rest]) if (!parent.has(k)) parent.set(k, k);
      for (const k of rest) parent.set(find(k), find(head));
    }
  });
  const groups = new Map<string, Member[]>();
  for (const m of members) {
    const root = find(m.entity.keys[0]);
    const list = groups.get(root) ?? [];
    list.push(m);
    groups.set(root, list);
  }
  return groups;
}

/** Merges the segments' entities (see the file's comment). */
export function mergeEntities(parts: CorpusIndex[], placement: Placement): MergedEntities {
  const groups = [...groupMembers(parts, placement).values()];
  const ranked = groups
    .map((members) => {
      const live = members.filter((m) => m.docs.length > 0);
      if (!live.length) return undefined;
      const firstDoc = Math.min(...live.map((m) => m.docs[0]));
      const owner = live.filter((m) => m.docs[0] === firstDoc).sort((a, b) => a.entity.id - b.entity.id)[0];
      return { members, live, firstDoc, localId: owner.entity.id };
    })
    .filter((g): g is NonNullable<typeof g> => !!g)
    .sort((a, b) => a.firstDoc - b.firstDoc || a.localId - b.localId);
  const map = parts.map((p) => new Int32Array(p.meta.entities.length).fill(-1));
  const entities: AnnotatedEntity[] = ranked.map((g, id) => {
    for (const m of g.members) map[m.part][m.entity.id] = id;
    return combine(id, g.live, parts, placement);
  });
  return { entities, map };
}

/** One entity from its live parts: the name and type of the most mentioned part, everything else together. */
function combine(id: number, live: Member[], parts: CorpusIndex[], placement: Placement): AnnotatedEntity {
  const main = [...live].sort((a, b) => b.mentions - a.mentions)[0];
  const forms = new Set<string>();
  const keys = new Set<string>();
  const docs = new Set<number>();
  const descriptions: AnnotatedEntity['descriptions'] = [];
  let mentions = 0;
  for (const m of live) {
    for (const f of [m.entity.name, ...m.entity.aliases]) forms.add(f);
    for (const k of m.entity.keys) keys.add(k);
    for (const d of m.docs) docs.add(d);
    mentions += m.mentions;
    for (const d of m.entity.descriptions) {
      const sentence = globalSentence(parts[m.part], placement.toGlobal[m.part], placement.first, d.sentence);
      if (sentence >= 0) descriptions.push({ text: d.text, sentence });
    }
  }
  forms.delete(main.entity.name);
  descriptions.sort((a, b) => a.sentence - b.sentence);
  return {
    id,
    name: main.entity.name,
    type: main.entity.type,
    aliases: [...forms],
    keys: [...keys],
    mentions,
    descriptions,
    docs: [...docs].sort((a, b) => a - b),
  };
}
