/**
 * Who does a verb in a sentence: the names a sentence makes the subject (or a passive's agent) of a verb, read by the
 * who-answerer for the doer asked and by the when-answerer for an act another person did.
 */
import { fold } from '../nlp/french.js';
import { stem, tokenize } from '../nlp/tokens.js';
import { escapeRegExp } from '../regexp.js';
import answerWords from './data/fr-answer-words.json' with { type: 'json' };

/** "a", "ont", "avait", "avaient" (and a modal's participle: "a pu") at the end of the text before a verb. */
/** ("a d'abord repris": an adverb may stand between; data: participleAdverbs.) */
const ADVERBS = answerWords.participleAdverbs.map((w) => escapeRegExp(w).replace(/'/g, "['’]")).join('|');
const AUXILIARY_END = new RegExp(`\\s(?:a|ont|avait|avaient)\\s+(?:(?:${answerWords.modalParticiples.map(escapeRegExp).join('|')})\\s+)?(?:(?:${ADVERBS})\\s+)?$`, 'iu');

/** "c'est", "c'était", "ce sont" right before a name: a cleft's subject. */
const CLEFT_BEFORE = /(?:^|[^\p{L}])(?:c['’](?:est|était|etait)|ce\s+sont|ce\s+fut)\s+$/iu;
const CLEFT_REACH = 12;

/** The ending of a past participle ("présidée", "dépêchés", "conduit"). */
export const PARTICIPLE_END = /(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites)$/u;

/** An adverb that may stand before a passive participle ("ont été également limogés"), as a pattern's source. */
export const ADVERB_BEFORE_PARTICIPLE = '(?:\\p{Ll}+ment\\s+)?';
/** "a été", "ont été", "avait été" … right before a participle: a passive. */
export const PASSIVE_BEFORE = new RegExp(`(?:^|\\s)(?:a|ont|avait|avaient|aurait|auraient)\\s+été\\s+${ADVERB_BEFORE_PARTICIPLE}$|(?:^|\\s)(?:est|sont|était|étaient)\\s+${ADVERB_BEFORE_PARTICIPLE}$`, 'iu');

/** What comes between a passive participle and its agent ("sur place par", "mardi par"), up to "par". */
const PASSIVE_AGENT = /^[^,.;:]{0,60}?\spar\s/u;
const PASSIVE_REACH = 70;

/**
 * After a passive's "par", a role opened by a determiner and closed by a comma: the person named next is the agent.
 * ("par son conseiller aux Sports, le Lyonnais X": a determiner and one word may stand before the name.)
 */
const ROLE_THEN_NAME = /^(?:le|la|les|l['’]|son|sa|ses|leur|leurs)\s*\p{Ll}[^,.;:«»()]*,\s*(?:(?:le|la|l['’])\s*\p{L}+\s+)?$/u;
const APPOSED_AGENT_REACH = 90;

/** "a annoncé", "avait été": an auxiliary right before a participle makes it active, or a passive PASSIVE_BEFORE reads. */
/** ("Y a d'abord repris un centre dévié par X": an adverb may stand between; data: participleAdverbs.) */
const AUXILIARY_BEFORE = new RegExp(`(?:^|\\s)(?:a|ont|avait|avaient|aura|auront|aurait|auraient|ai|as|avons|avez)\\s+(?:(?:${ADVERBS})\\s+)?$`, 'iu');

/** The auxiliaries of a finite verb in the third person ("est", "ont", "avaient"), as a pattern's source. */
export const THIRD_PERSON_AUXILIARY = '(?:est|sont|était|étaient|a|ont|avait|avaient)';

/** A finite verb right after a name, before a later verb ("X est mort, …, ont annoncé …"): the name is its own verb's subject. */
const OWN_VERB_BETWEEN = new RegExp(`^\\s*,?\\s+${THIRD_PERSON_AUXILIARY}\\s`, 'iu');

/** Between a subject and its verb, an apposition alone: ", patron de la brigade Y, ". */
const APPOSITION_BEFORE_VERB = new RegExp(`^\\s*,(?!\\s*${THIRD_PERSON_AUXILIARY}\\s)[^,.;:«»"]{3,80},\\s*$`, 'u');

/** Characters on each side of a name read for the role asked ("le procureur X", "X, procureur"). */
export const ROLE_REACH = 50;

/** Characters before a speech verb read for its speaker. */
export const SPEAKER_REACH = 90;

/**
 * Entities that are the subject of `verb` in a sentence: the name before "qui VERB" ("Ana Ribeiro, qui préside
 * les travaux") or before "a/ont VERB" in the same clause ("l'association X a organisé").
 */
export function subjectsOf(text: string, mentions: { entity: number; start: number; end: number; type: string }[], verb: string | Set<string>): Set<number> {
  const found = new Set<number>();
  const verbs = typeof verb === 'string' ? new Set([verb]) : verb;
  for (const t of tokenize(text)) {
    if (!verbs.has(fold(stem(t.text)))) continue;
    const before = text.slice(Math.max(0, t.start - SPEAKER_REACH), t.start);
    // "X a été dépêché sur place par le président Y": the agent of a passive does it.
    // "La cour présidée par X": a participle right before "par" has its agent after it, auxiliary or not.
    // "annoncé depuis la chapelle par le recteur X": a few words of place or time may stand before "par".
    if (PASSIVE_BEFORE.test(before) || (PARTICIPLE_END.test(t.text) && PASSIVE_AGENT.test(text.slice(t.end, t.end + PASSIVE_REACH)) && !AUXILIARY_BEFORE.test(before))) {
      // "repris un centre dévié par X": another participle before "par" has that agent.
      const agentAt = PASSIVE_AGENT.exec(text.slice(t.end, t.end + PASSIVE_REACH));
      if (agentAt && tokenize(agentAt[0]).some((w) => w.text.length > 3 && /(?:é|ée|és|ées)$/u.test(w.text))) continue;
      const at = agentAt ? t.end + agentAt.index + agentAt[0].length : -1;
      const inReach = (x: { start: number }) => !!agentAt && x.start >= at && x.start - at < ROLE_REACH && !/[,.;:]/.test(text.slice(at, x.start));
      const first = mentions.find(inReach);
      // "présidé par le chef d'État du Chili, X": a name that completes the agent's title is not the agent; the person
      // the apposition then names is.
      const titled = first && first.type !== 'person' && /(?:^|[^\p{L}])(?:de|du|des|d['’])\s*$/iu.test(text.slice(at, first.start))
        ? mentions.find((x) => x.type === 'person' && x.start > first.end && /^\s*,\s*$/u.test(text.slice(first.end, x.start))) : undefined;
      // "remis par l'agent artistique de la chanteuse, X, au juge": a role with no name, then the person it is.
      const apposed = agentAt && !titled ? mentions.find((x) => x.type === 'person' && x.start > at && x.start - at < APPOSED_AGENT_REACH && ROLE_THEN_NAME.test(text.slice(at, x.start))) : undefined;
      const agent = titled ?? mentions.find((x) => (x.type === 'person' || x.type === 'org') && inReach(x)) ?? apposed;
      if (agent) found.add(agent.entity);
      continue;
    }
    const rel = /(?:,\s*)?qui\s+(?:(?:a|ont|avait|avaient)\s+)?$/i.exec(before);
    // "a pu quitter", "ont dû fuir": a modal's participle between the auxiliary and the verb.
    const aux = AUXILIARY_END.exec(before);
    const cut = rel || aux ? t.start - before.length + (rel ?? aux)!.index : t.start;
    // "X, patron de la brigade Y, (a) donne(é) le top": the person before the apposition, not the name inside it.
    const apposed = [...mentions].reverse().find((x) => x.type === 'person' && x.end < cut && APPOSITION_BEFORE_VERB.test(text.slice(x.end, cut)));
    if (apposed) {
      found.add(apposed.entity);
      continue;
    }
    if (!rel && !aux) continue;
    // "c'est Stéphane X, l'avocat de la famille Y, qui a organisé …": a cleft puts the subject right after "c'est".
    const cleft = rel ? [...mentions].reverse().find((x) => x.type !== 'other' && x.end <= cut && CLEFT_BEFORE.test(text.slice(Math.max(0, x.start - CLEFT_REACH), x.start)) && !/[.;:«»]/.test(text.slice(x.end, cut))) : undefined;
    if (cleft) {
      found.add(cleft.entity);
      continue;
    }
    // The closest person or organisation ending before the relative pronoun or the auxiliary, in the same clause.
    // ("X est mort hier, à 81 ans, ont annoncé ses enfants": a name whose own verb stands between is no subject of this one.)
    // (Nor is a name before it: "X, sous A et B, est mort, a annoncé …" gives the verb no subject before it.)
    const closest = [...mentions].reverse().find((x) => x.type !== 'other' && x.end <= cut && !/[.;:«»]/.test(text.slice(x.end, cut)) && cut - x.end < 60);
    const m = closest && !OWN_VERB_BETWEEN.test(text.slice(closest.end, cut)) ? closest : undefined;
    // "Le Service géologique des États-Unis a mesuré": a name after "de" is a complement of the subject, not it.
    if (m && !/\b(?:des|du|de|d['’])\s*$/iu.test(text.slice(Math.max(0, m.start - ROLE_REACH), m.start))) found.add(m.entity);
  }
  return found;
}
