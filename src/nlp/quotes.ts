import { FR, fold, isAuxiliary, SPEECH_FORMS, DESCRIPTION_STEMS } from './french.js';
import { tokenize, isElision, type Token } from './tokens.js';
import type { EntityType } from './entities.js';

/** A name mention of a sentence, resolved to an entity. */
export interface Mention {
  entity: number;
  type: EntityType;
  start: number;
  end: number;
}

/** A sentence as the speech reader needs it. */
export interface SpeechSentence {
  text: string;
  mentions: Mention[];
  /** The sentence's tokens when already computed. */
  tokens?: Token[];
}

/** Something said in a sentence, with who said it. */
export interface SpeechAct {
  /** Index of the sentence in the paragraph. */
  sentence: number;
  /** The speaker as written ("la ministre portugaise", "Ana Ribeiro", "elle"). */
  speakerText: string;
  /** The entity the speaker resolves to, when it does. */
  entity?: number;
  /** What was said: the quotation, or the clause after "que" for indirect speech. */
  text: string;
  direct: boolean;
  /** The folded speech verb ("declare", "dit", "selon"). */
  verb: string;
}

/** Resolves a descriptive speaker ("la ministre portugaise") to a person by the descriptions read in the corpus. */
export type DescriptionResolver = (description: string) => number | undefined;

const QUOTE = /«\s*([^»]+?)\s*»|“([^”]+)”|"([^"\n]+)"/g;
const TEMPORAL_WORD = /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd|demain|soir|matin|deja|encore|aussi|egalement|ensuite|enfin|recemment|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|ce|cette|\d+|1er|mi|fin|debut)$/;
const NP_STOP = /^(a|à|aux|au|dans|lors|pour|en|alors|apres|avant|devant|selon|que|qu|qui|dont|sur|avec|depuis|car|mais|et|ou|tandis|lorsque|afin)$/;

const isSpeechWord = (t: Token | undefined): boolean => {
  if (!t) return false;
  const f = fold(t.text).replace(/-t-(il|elle|ils|elles)$/, '');
  return SPEECH_FORMS.has(f) || DESCRIPTION_STEMS.some((s) => f.startsWith(s) && f.length <= s.length + 5);
};
const isAux = (t: Token | undefined) => !!t && isAuxiliary(t.text);
const inverted = (t: Token | undefined) => !!t && /-t-(il|elle|ils|elles)$/.test(fold(t.text));

/**
 * Reads the speech acts of one paragraph: quotations (« », “ ”, " ") and indirect speech
 * ("X a déclaré / indiqué / souligné que …", "…, a annoncé X", "Selon X, …"), and attributes each to a speaker:
 * a name, a description resolved through the corpus's descriptions of people ("la ministre portugaise"),
 * or a pronoun resolved to the last person of the paragraph.
 */
export function readSpeech(sentences: SpeechSentence[], entityType: (id: number) => EntityType, resolveDescription: DescriptionResolver): SpeechAct[] {
  const acts: SpeechAct[] = [];
  let lastPerson: number | undefined;
  let lastSpeaker: { speakerText: string; entity?: number; sentence: number } | undefined;

  sentences.forEach((sentence, index) => {
    const text = sentence.text;
    const tokens = sentence.tokens ?? tokenize(text);
    const personBefore = (offset: number): number | undefined => {
      const m = [...sentence.mentions].reverse().find((x) => x.end <= offset && x.type === 'person');
      return m ? m.entity : lastPerson;
    };
    const nameWithin = (from: number, to: number): Mention | undefined =>
      sentence.mentions.find((m) => m.start >= from && m.start < to && (m.type === 'person' || m.type === 'org'));
    const resolve = (np: string, npStart: number): { speakerText: string; entity?: number } => {
      const speakerText = np.replace(/^[\s,]+|[\s,]+$/g, '');
      const f = fold(speakerText);
      if (FR.pronouns.has(f)) {
        // "X a dit … Il a ajouté": the last speaker of the paragraph, else the last person named.
        if (lastSpeaker && lastSpeaker.sentence >= index - 1) return { speakerText: lastSpeaker.speakerText, entity: lastSpeaker.entity };
        const entity = personBefore(npStart);
        return { speakerText, entity };
      }
      if (/^(qui|lequel|laquelle)$/.test(f)) {
        const m = [...sentence.mentions].reverse().find((x) => x.end <= npStart && x.type === 'person');
        return { speakerText: m ? text.slice(m.start, m.end) : speakerText, entity: m?.entity };
      }
      const person = sentence.mentions.find((m) => m.start >= npStart && m.start < npStart + speakerText.length && m.type === 'person');
      const name = person ?? nameWithin(npStart, npStart + speakerText.length);
      const headIsTitle = speakerText.toLowerCase().split(/\s+/).slice(0, 4).some((w) => FR.titles.has(w.replace(/^\p{L}['’]/u, '')));
      if (name && entityType(name.entity) === 'person') {
        // "La semaine dernière Ana Ribeiro", "une conseillère du ministère, Ana Ribeiro": keep the phrase when it is a description.
        const named = text.slice(name.start, name.end);
        const shown = headIsTitle && /,/.test(speakerText) ? speakerText : named;
        return { speakerText: shown, entity: name.entity };
      }
      if (headIsTitle) {
        const byDescription = resolveDescription(speakerText);
        if (byDescription !== undefined) return { speakerText, entity: byDescription };
        // "le chef de la diplomatie": a definite description of someone already in the paragraph.
        if (/^(le|la|l')\s?/.test(f) && lastPerson !== undefined) return { speakerText, entity: lastPerson };
        return { speakerText };
      }
      if (name) return { speakerText, entity: name.entity };
      return { speakerText };
    };
    /**
     * The subject noun phrase before the verb at token index v: it ends at the auxiliary just before the verb
     * ("X a dit espérer", "X a tenu à se présenter") and starts after the last clause break or subordinator.
     */
    const subjectBefore = (v: number): { np: string; start: number } => {
      let end = v;
      for (let k = v - 1; k >= Math.max(0, v - 5); k--) {
        if (isAux(tokens[k])) { end = k; break; }
      }
      let begin = 0;
      for (let k = end - 1; k >= 0; k--) {
        const between = text.slice(tokens[k].end, tokens[k + 1]?.start ?? tokens[k].end);
        if (/[,;:»«(]/.test(between)) { begin = k + 1; break; }
        const w = fold(tokens[k].text);
        if (w === 'qui' && k === end - 1) return { np: 'qui', start: tokens[k].start }; // "X, qui avait assuré que …"
        if (/^(que|qu'|qui|dont|lequel|laquelle|lesquels|lesquelles|ou|et)$/.test(w)) { begin = k + 1; break; }
      }
      if (begin >= end) {
        // "X, pour sa part, a souligné": the subject opens the sentence, before its first comma.
        const firstComma = text.indexOf(',');
        const stop = end < tokens.length ? tokens[end].start : text.length;
        if (firstComma > 0 && firstComma < stop) return { np: text.slice(0, firstComma).trim(), start: 0 };
        return { np: '', start: 0 };
      }
      const from = tokens[begin].start;
      const to = tokens[end - 1].end;
      const np = text.slice(from, to);
      // "pour sa part", "de son côté" … are not subjects: then the sentence's subject is.
      if (/^(pour|de|du|selon|dans|lors|apres|avant|en)\b/.test(fold(np))) {
        const firstComma = text.indexOf(',');
        if (firstComma > 0 && firstComma < from) return { np: text.slice(0, firstComma).trim(), start: 0 };
      }
      return { np, start: from };
    };
    /** The speaker noun phrase after the verb at token index v ("a déclaré aux journalistes X", "a dit la ministre …"). */
    const subjectAfter = (v: number): { np: string; start: number } | undefined => {
      let k = v + 1;
      const skip = () => { while (k < tokens.length && TEMPORAL_WORD.test(fold(tokens[k].text))) k++; };
      skip();
      if (k < tokens.length && /^(aux|a|à)$/.test(fold(tokens[k].text))) {
        // "aux journalistes X": skip the addressee when a name follows soon.
        const name = nameWithin(tokens[k].start, (tokens[k + 4] ?? tokens[tokens.length - 1]).end);
        if (name) return { np: text.slice(name.start, name.end), start: name.start };
        return undefined;
      }
      if (k >= tokens.length) return undefined;
      const from = tokens[k].start;
      let e = k;
      // (a period after an honorific is not the end of the phrase: "a assuré M. Dalsgaard")
      while (e + 1 < tokens.length && !NP_STOP.test(fold(tokens[e + 1].text)) && (!/[,.;:!?()«»]/.test(text.slice(tokens[e].end, tokens[e + 1].start)) || (/^(M|MM|Mme|Dr|Pr|Mgr)$/.test(tokens[e].text) && /^\.\s+$/.test(text.slice(tokens[e].end, tokens[e + 1].start))))) e++;
      // "le commissaire au Climat, Henrik Dalsgaard": a titled phrase may run on past a preposition to the name
      // set beside it.
      const article = /^(le|la|l'|un|une)$/.test(fold(tokens[k].text));
      const head = article ? tokens[k + 1] : tokens[k];
      if (head && FR.titles.has(head.text.toLowerCase())) {
        const after = text.slice(tokens[e].end);
        const comma = after.search(/,\s*/);
        if (comma >= 0 && comma < 40 && !/[.;:!?«»]/.test(after.slice(0, comma))) {
          const at = tokens[e].end + comma;
          const named = sentence.mentions.find((m) => m.start > at && m.start <= at + 3 && m.type === 'person');
          if (named) return { np: text.slice(from, named.end), start: from };
        }
      }
      let np = text.slice(from, tokens[e].end);
      // "une conseillère du ministère, Ana Ribeiro": a name in apposition names the speaker.
      const rest = text.slice(tokens[e].end);
      const appo = /^\s*,\s*/.exec(rest);
      if (appo) {
        const name = nameWithin(tokens[e].end, tokens[e].end + appo[0].length + 2);
        if (name && entityType(name.entity) === 'person') np = text.slice(from, name.end);
      }
      return { np, start: from };
    };

    const quotes = [...text.matchAll(QUOTE)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, inner: (m[1] ?? m[2] ?? m[3] ?? '').trim() }));
    const verbs = tokens.map((t, i) => (isSpeechWord(t) && (isAux(tokens[i - 1]) || inverted(tokens[i - 1]) || inverted(t) || /^,\s*$/.test(text.slice(tokens[i - 1]?.end ?? 0, t.start)) || isAux(tokens[i - 2]) || /^(que|qu')/.test(fold(tokens[i + 1]?.text ?? ''))) ? i : -1)).filter((i) => i >= 0);
    const push = (act: Omit<SpeechAct, 'sentence'>) => {
      if (!act.speakerText || /^(a|ont|avait)\b/.test(fold(act.speakerText))) {
        // "a souligné … et affirmé que": a second verb of the same subject.
        const previous = acts[acts.length - 1];
        if (!previous || previous.sentence !== index) return;
        act = { ...act, speakerText: previous.speakerText, entity: previous.entity };
      }
      acts.push({ sentence: index, ...act });
      lastSpeaker = { speakerText: act.speakerText, entity: act.entity, sentence: index };
      if (act.entity !== undefined && entityType(act.entity) === 'person') lastPerson = act.entity;
    };

    // Direct quotations.
    for (const q of quotes) {
      if (!q.inner) continue;
      // After: "« … », a dit X" / "« … », a-t-il ajouté" (the first speech verb after the quote, behind a comma).
      const afterVerb = verbs.find((v) => tokens[v].start >= q.end && !quotes.some((o) => o.start > q.end && o.start < tokens[v].start) && /,/.test(text.slice(q.end, tokens[v].start)));
      // Before: "X a déclaré que « … »", "X a présenté … comme une « … »".
      const beforeVerb = [...verbs].reverse().find((v) => tokens[v].end <= q.start && !quotes.some((o) => o.end <= q.start && o.start > tokens[v].end));
      const quoteOpens = !text.slice(0, q.start).trim() || /^[\s«]*$/.test(text.slice(0, q.start));
      let speaker: { speakerText: string; entity?: number } | undefined;
      let verb = '';
      if (afterVerb !== undefined && (quoteOpens || beforeVerb === undefined)) {
        verb = fold(tokens[afterVerb].text);
        if (inverted(tokens[afterVerb - 1]) || inverted(tokens[afterVerb])) speaker = resolve('il', tokens[afterVerb].start);
        else {
          const np = subjectAfter(afterVerb);
          if (np) speaker = resolve(np.np, np.start);
        }
      } else if (beforeVerb !== undefined) {
        verb = fold(tokens[beforeVerb].text);
        const previous = acts[acts.length - 1];
        if (verb.endsWith('ant') && previous?.sentence === index) {
          // "…, a précisé X, ajoutant que « … »": the participle shares the main verb's subject.
          speaker = { speakerText: previous.speakerText, entity: previous.entity };
        } else {
          const np = subjectBefore(beforeVerb);
          if (np.np) speaker = resolve(np.np, np.start);
        }
      }
      if (speaker) push({ ...speaker, text: q.inner, direct: true, verb });
    }

    // Indirect speech: "X a déclaré que …" and "…, a annoncé X" (outside quotations).
    const inQuote = (offset: number) => quotes.some((q) => offset > q.start && offset < q.end);
    for (const v of verbs) {
      if (inQuote(tokens[v].start)) continue;
      const next = tokens[v + 1];
      const nextF = next ? fold(next.text) : '';
      if (next && (nextF === 'que' || nextF === "qu'")) {
        if (quotes.some((q) => q.start >= next.end && q.start - next.end < 4)) continue; // "a souligné qu'« … »" is direct
        const content = text.slice(next.end).replace(/^[\s,]+/, '').replace(/[\s.!?]+$/, '');
        const np = inverted(tokens[v - 1]) || inverted(tokens[v]) ? { np: 'il', start: tokens[v].start } : subjectBefore(v);
        if (!np.np || content.length < 8) continue;
        push({ ...resolve(np.np, np.start), text: content, direct: false, verb: fold(tokens[v].text) });
      } else if (/,\s*$/.test(text.slice(0, tokens[isAux(tokens[v - 1]) ? v - 1 : v].start)) && !quotes.length) {
        // Inverted report: "Content, a déclaré X." — the content is what precedes the comma.
        const auxAt = isAux(tokens[v - 1]) ? v - 1 : v;
        const content = text.slice(0, tokens[auxAt].start).replace(/[\s,]+$/, '');
        const np = subjectAfter(v);
        if (!np || content.length < 30) continue;
        // Only a speaker can follow: a name, or a phrase headed by a title ("une conseillère du ministère").
        const head = np.np.toLowerCase().split(/\s+/).slice(0, 3).map((w) => w.replace(/^\p{L}['’]/u, ''));
        const named = nameWithin(np.start, np.start + np.np.length);
        if (!named && !head.some((w) => FR.titles.has(w) || FR.orgNouns.has(fold(w))) && !/^(l'|le |la |les )?\p{Lu}/u.test(np.np)) continue;
        push({ ...resolve(np.np, np.start), text: content, direct: false, verb: fold(tokens[v].text) });
      }
    }
    // "Selon X, …" and "…, selon X." (with or without a quotation in the content).
    const selon = /(^|,\s*)selon\s+([^,.;«»]+)/i.exec(text);
    if (selon && !acts.some((a) => a.sentence === index)) {
      const npStart = (selon.index ?? 0) + selon[0].length - selon[2].length;
      let content: string;
      if (selon.index === 0) {
        let rest = text.slice(selon[0].length);
        // "Selon X, porte-parole de Y, …": the apposition describes X, it is not what X said.
        const appo = /^\s*,\s*([^,]{2,80}),/.exec(rest);
        if (appo && FR.titles.has(appo[1].trim().toLowerCase().split(/\s+/).map((w) => w.replace(/^\p{L}['’]/u, '')).find((w) => !FR.stopwords.has(fold(w))) ?? '')) rest = rest.slice(appo[0].length);
        content = rest.replace(/^[\s,]+/, '');
      } else content = text.slice(0, selon.index);
      content = content.trim().replace(/[\s.]+$/, '');
      if (content.length >= 8) push({ ...resolve(selon[2], npStart), text: content, direct: false, verb: 'selon' });
    }

    // The last person named in this sentence becomes the referent of the next pronoun.
    const persons = sentence.mentions.filter((m) => m.type === 'person' && !inQuote(m.start));
    const lastAct = acts.length && acts[acts.length - 1].sentence === index ? acts[acts.length - 1] : undefined;
    if (lastAct?.entity !== undefined && entityType(lastAct.entity) === 'person') lastPerson = lastAct.entity;
    else if (persons.length) lastPerson = persons[persons.length - 1].entity;
  });
  // A short quotation inside reported speech ("a dit que sa visite serait « un succès »") is one act, the indirect one.
  return acts.filter((a) => !(a.direct && a.text.split(/\s+/).length < 5 && acts.some((o) => !o.direct && o.sentence === a.sentence && o.text.includes(a.text))))
    .filter((a) => !isElision({ text: a.speakerText, start: 0, end: 0, upper: false }));
}
