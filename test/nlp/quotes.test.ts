import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types.js';
import { annotate } from '../../src/nlp/annotate.js';
import { readSpeech, type SpeechSentence } from '../../src/nlp/quotes.js';

/** One article of the given paragraphs. */
const article = (paragraphs: string[]): Article => ({
  id: 'a', file: 'a.md', title: 'Test', published: '2024-03-12', language: 'fr', paragraphs, bytes: 0,
});

/** Speech acts read by annotate (names found and grouped first), as plain records. */
function speechOf(paragraphs: string[]) {
  const ann = annotate([article(paragraphs)]);
  return ann.speech.map((s) => ({
    speaker: s.entity !== undefined ? ann.entities[s.entity].name : undefined,
    speakerText: s.speakerText,
    text: s.text,
    direct: s.direct,
    verb: s.verb,
  }));
}

describe('readSpeech', () => {
  it('reads a quotation in ‘ ’, whose closing mark is the one no letter follows (not the apostrophe of "l’entière")', () => {
    const acts = speechOf(['La fin de la crise a été annoncée par le ministre de la Défense, Jaan Kask. Ces pertes ‘sont épouvantables et ce sont les ravisseurs qui en portent l’entière responsabilité’, a-t-il ajouté.']);
    expect(acts).toContainEqual(expect.objectContaining({ speaker: 'Jaan Kask', text: 'sont épouvantables et ce sont les ravisseurs qui en portent l’entière responsabilité', direct: true }));
  });

  it('reads a quotation after a colon as the words of the person the clause before it names, not of one after "par"', () => {
    const acts = speechOf(['En sortant de l’église, le chanteur Jaan Kask a eu ces quelques mots, rapportés par Paul Tamm : « Je perds mon meilleur ami du métier. »']);
    expect(acts).toContainEqual(expect.objectContaining({ speaker: 'Jaan Kask', text: 'Je perds mon meilleur ami du métier.', direct: true }));
    expect(acts.some((a) => a.speaker === 'Paul Tamm')).toBe(false);
  });

  it('reads a quotation a page cut short (opened by « and never closed) as the words of who told something before it', () => {
    const acts = speechOf(['Le maire de Tartu Jaan Kask a décrit une situation terrible. « C’est une catastrophe énorme, la moitié de la ville est détruite, j’ai besoi']);
    expect(acts).toEqual([expect.objectContaining({ speaker: 'Jaan Kask', text: 'C’est une catastrophe énorme, la moitié de la ville est détruite, j’ai besoi' })]);
  });

  it('reads a quotation that runs over several sentences as its speaker\'s, whichever sentence names him', () => {
    // The speaker after the last piece said the first pieces too.
    // (Plain marks: a page's sentences split inside them, as they do not inside « ».)
    const after = speechOf(['"Nous étions sur place depuis minuit. Les pluies sont arrivées vers deux heures du matin", a raconté le maire Jaan Kask.']);
    expect(after).toContainEqual(expect.objectContaining({ speaker: 'Jaan Kask', text: 'Nous étions sur place depuis minuit.', direct: true }));
    expect(after).toHaveLength(2);
    expect(after).toContainEqual(expect.objectContaining({ speaker: 'Jaan Kask', text: 'Les pluies sont arrivées vers deux heures du matin', direct: true }));
    // The speaker before the first piece said the next ones; plain marks pair across the sentences ("Je suis soulagé.").
    const before = speechOf(['Le maire Jaan Kask a déclaré : "Je suis soulagé. Une opération à cette échelle, cela ne s\'est jamais fait".']);
    expect(before).toContainEqual(expect.objectContaining({ speaker: 'Jaan Kask', text: "Une opération à cette échelle, cela ne s'est jamais fait" }));
    // A quotation that is a whole sentence, right after one of that person's, is his too.
    const next = speechOf(['« Le bilan est lourd », a dit Jaan Kask. « Les secours travaillent toute la nuit. »']);
    expect(next).toContainEqual(expect.objectContaining({ speaker: 'Jaan Kask', text: 'Les secours travaillent toute la nuit.' }));
  });

  it('ends a quotation left open at the incise that names its speaker, and gives no quotation to a phrase after a quoted one', () => {
    const acts = speechOf(['"Les alertes sont devenues comme un ronron, confirme le prévisionniste Jaan Kask, interrogé par la radio.']);
    expect(acts).toContainEqual(expect.objectContaining({ speaker: 'Jaan Kask', text: 'Les alertes sont devenues comme un ronron', direct: true }));
    // "« … », a confié ce « maître sauveteur »": the verb is the first quotation's, not said of the second by the words before it.
    const incise = speechOf(['« Une opération à cette échelle, cela ne s\'est jamais fait », a confié ce « maître sauveteur », les yeux gonflés.']);
    expect(incise.map((a) => a.speakerText)).not.toContain('Une opération à cette échelle');
  });

  it('reads a speech verb in the present right after a closing quotation mark and its comma ("», explique X", "", déclare X")', () => {
    for (const [open, close] of [['« ', ' »'], ['"', '"'], ['“', '”']]) {
      const acts = speechOf([`${open}Le pont sera rouvert avant l’été${close}, déclare Jaan Kask, ministre des Transports.`]);
      expect(acts).toContainEqual(expect.objectContaining({ speaker: 'Jaan Kask', text: 'Le pont sera rouvert avant l’été', direct: true }));
    }
    expect(speechOf(['« La digue a tenu », souligne le maire Jaan Kask.'])).toContainEqual(expect.objectContaining({ speaker: 'Jaan Kask', verb: 'souligne' }));
  });

  it('reads a speech participle after an insert that follows its auxiliary ("a pour sa part déclaré", "a de son côté raconté")', () => {
    const acts = speechOf(['« Les deux victimes étaient mortes », a pour sa part déclaré le ministre de l’Intérieur, Jaan Kask.']);
    expect(acts).toContainEqual(expect.objectContaining({ speaker: 'Jaan Kask', text: 'Les deux victimes étaient mortes', verb: 'declare' }));
    expect(speechOf(['« La digue a tenu », a quant à lui écrit Jaan Kask.'])).toContainEqual(expect.objectContaining({ speaker: 'Jaan Kask', verb: 'ecrit' }));
    // Any words are no insert: "a vu la police arriver" is no speech.
    expect(speechOf(['« La digue a tenu ». Jaan Kask a vu la police dire non.']).filter((a) => a.speaker === 'Jaan Kask' && a.verb === 'dire')).toEqual([]);
  });

  it('reads "a critiqué X", "a fustigé X", "s\'est indigné X" as speech', () => {
    const acts = speechOf(['« La ville est restée figée, vidée de ses habitants », a critiqué Anna Tamm, habitante du quartier.']);
    expect(acts).toContainEqual(expect.objectContaining({ speaker: 'Anna Tamm', text: 'La ville est restée figée, vidée de ses habitants', direct: true }));
  });

  it('runs a titled speaker phrase on to the name after a second title ("le porte-parole de l\'armée, le capitaine Jaan Kask")', () => {
    const acts = speechOf(["« Quatre corps ont été récupérés », a indiqué le porte-parole de la Marine, le capitaine de frégate Jaan Kask lors d'un point presse."]);
    expect(acts).toEqual([expect.objectContaining({ speaker: 'Jaan Kask', speakerText: 'le porte-parole de la Marine, le capitaine de frégate Jaan Kask' })]);
  });

  it('gives a statement to the name the comma before the verb closes ("…, même si le ministre, Jaan Kask, indiquait …")', () => {
    const acts = speechOf(["Au total, 300 maisons seront démolies, même si le ministre des Transports, Jaan Kask, indiquait jeudi que « rien n'est encore figé »."]);
    expect(acts).toEqual([expect.objectContaining({ speaker: 'Jaan Kask', text: "rien n'est encore figé" })]);
  });


  it('gives a pronoun after a birth name to the person born so ("X, né Y …. « … », disait-il")', () => {
    const acts = speechOf([
      'Le chanteur Paul Kask, né Pavel Kaskinen le 22 mai 1924 à Tartu, avait annulé des concerts.',
      '« Je ne suis pas vieux, je suis âgé », disait-il.',
    ]);
    expect(acts).toContainEqual(expect.objectContaining({ speaker: 'Paul Kask', text: 'Je ne suis pas vieux, je suis âgé' }));
  });

  it('reads a speech verb after an inverted verb and "à" ("se plaisait-il à nuancer")', () => {
    const acts = speechOf(["Le chanteur Paul Kask est mort lundi. « Je ne suis pas vieux, je suis âgé. Ce n'est pas pareil », se plaisait-il à nuancer."]);
    expect(acts).toContainEqual(expect.objectContaining({ speaker: 'Paul Kask', text: "Je ne suis pas vieux, je suis âgé. Ce n'est pas pareil", verb: 'nuancer' }));
  });

  it('reads a speech verb joined to its inverted pronoun without "-t-" ("confiait-il", "dit-on")', () => {
    const acts = speechOf(["Paul Kask a plongé trente fois. « En eau très profonde, vous êtes mort avant de le savoir », confiait-il en 2019."]);
    expect(acts).toEqual([expect.objectContaining({ speaker: 'Paul Kask', verb: 'confiait', direct: true, text: 'En eau très profonde, vous êtes mort avant de le savoir' })]);
  });

  it('gives a quotation that is a whole sentence to the person who told something in the sentence before', () => {
    const acts = speechOf(["La voix nouée, le maire de Tartu Jaan Kask lui a raconté ces heures terribles. « Le vendredi soir, c'était le cauchemar, les maisons tombaient »."]);
    expect(acts).toContainEqual(expect.objectContaining({ speaker: 'Jaan Kask', text: "Le vendredi soir, c'était le cauchemar, les maisons tombaient", direct: true }));
    // Not when the sentence before tells nothing.
    expect(speechOf(["Le maire de Tartu Jaan Kask a visité le quartier. « Le vendredi soir, c'était le cauchemar »."]).filter((a) => a.direct)).toEqual([]);
  });

  it('takes for subject the first phrase before the verb that can be one: not a day, a prepositional phrase or a quotation', () => {
    expect(speechOf(['Vendredi, Peeter Saar, un chef de la police de Tartu, a souligné que le bilan restait provisoire.'])).toContainEqual(expect.objectContaining({ speaker: 'Peeter Saar' }));
    expect(speechOf(["En marge d'une manifestation organisée lundi soir, une députée de Tartu, Kadri Kask, avait assuré que des familles dormaient dans leurs voitures."]))
      .toContainEqual(expect.objectContaining({ speaker: 'Kadri Kask', speakerText: 'une députée de Tartu' }));
    // "Des habitants, furieux, …": "des" opens a subject.
    expect(speechOf(['Des habitants, furieux, ont affirmé que personne ne les avait prévenus.'])).toContainEqual(expect.objectContaining({ speakerText: 'Des habitants' }));
  });

  it('reads no speaker in a phrase opened by a preposition or a subordinator', () => {
    const acts = speechOf([
      'Seule personne jugée, Jaan Kask, "chef d\'équipe" âgé de 24 ans au moment des faits, était poursuivi pour avoir décidé de réaliser seul la dernière tournée de surveillance, ce qui aurait pu le rendre moins vigilant.',
      'Dans son communiqué le tribunal indique que les investigations ont été longues.',
    ]);
    expect(acts.map((a) => a.speakerText)).not.toContainEqual(expect.stringMatching(/^(pour|dans)/i));
  });

  it('gives a participle ("précisant que") the speaker of the act before it in its sentence, even an inverted one', () => {
    const acts = speechOf(["La commissaire Marta Sepp est arrivée sur place. « Je n'avais jamais rien vu de cette ampleur », a-t-elle ajouté, précisant que les causes n'étaient pas connues."]);
    expect(acts).toContainEqual(expect.objectContaining({ speaker: 'Marta Sepp', text: "les causes n'étaient pas connues", direct: false }));
  });

  it('attributes « … », a déclaré X to X', () => {
    expect(speechOf(["« Nous n'avons plus le luxe d'attendre », a déclaré Ana Ribeiro mardi."])).toEqual([
      { speaker: 'Ana Ribeiro', speakerText: 'Ana Ribeiro', text: "Nous n'avons plus le luxe d'attendre", direct: true, verb: 'declare' },
    ]);
  });

  it('reads X a indiqué que … as indirect speech of X, the content after "que"', () => {
    expect(speechOf(['Le commissaire Henrik Dalsgaard a indiqué que la Commission présenterait un fonds de transition.'])).toEqual([
      { speaker: 'Henrik Dalsgaard', speakerText: 'Henrik Dalsgaard', text: 'la Commission présenterait un fonds de transition', direct: false, verb: 'indique' },
    ]);
  });

  it('gives « … », a-t-il ajouté to the previous speaker', () => {
    const acts = speechOf([
      '« Nous ne signerons pas ce texte », a affirmé Tomasz Wierzbicki. « La Pologne a déjà fait des efforts considérables », a-t-il ajouté.',
    ]);
    expect(acts.map((a) => [a.speaker, a.text, a.verb])).toEqual([
      ['Tomasz Wierzbicki', 'Nous ne signerons pas ce texte', 'affirme'],
      ['Tomasz Wierzbicki', 'La Pologne a déjà fait des efforts considérables', 'ajoute'],
    ]);
  });

  it('resolves a pronoun to the person of the previous sentence when nobody spoke just before', () => {
    const acts = speechOf([
      '« La Pologne a fait des efforts », a affirmé Tomasz Wierzbicki.',
      'Ana Ribeiro a répondu.',
      '« Nous verrons bien demain matin », a-t-elle ajouté.',
    ]);
    expect(acts.map((a) => [a.speaker, a.text])).toEqual([
      ['Tomasz Wierzbicki', 'La Pologne a fait des efforts'],
      ['Ana Ribeiro', 'Nous verrons bien demain matin'],
    ]);
  });

  it('resolves "Elle a indiqué que …" to the person named in the sentence before', () => {
    const acts = speechOf(['La ministre Ana Ribeiro a ouvert la séance. Elle a indiqué que le texte serait soumis au Parlement avant l\'été.']);
    expect(acts).toEqual([
      { speaker: 'Ana Ribeiro', speakerText: 'Elle', text: "le texte serait soumis au Parlement avant l'été", direct: false, verb: 'indique' },
    ]);
  });

  it('reads "Selon X, …" as indirect speech of X', () => {
    expect(speechOf(["Selon Clara Mendes, l'accord sans objectif agricole serait une occasion manquée."])).toEqual([
      { speaker: 'Clara Mendes', speakerText: 'Clara Mendes', text: "l'accord sans objectif agricole serait une occasion manquée", direct: false, verb: 'selon' },
    ]);
  });

  it('reads a quotation alone as the words of the one the sentence after says used them ("Cette image a été utilisée par X")', () => {
    expect(speechOf(['« C’est comme si une bombe avait explosé ». Cette image forte a été utilisée par l’ambassadeur en Estonie, Clara Mendes, à propos du séisme.']).map((a) => [a.speaker, a.text])).toEqual([
      ['Clara Mendes', 'C’est comme si une bombe avait explosé'],
    ]);
    expect(speechOf(['« C’est comme si une bombe avait explosé ». Clara Mendes est arrivée mardi.'])).toEqual([]);
  });

  it('reads an opening guillemet typed where the closing one belongs (« … aérienne« , a réagi X) as the closing one', () => {
    expect(speechOf(['« Nous ne pouvons qu\'exprimer notre satisfaction après la décision de la cour« , a réagi Clara Mendes.']).map((a) => [a.speaker, a.text, a.direct])).toEqual([
      ['Clara Mendes', "Nous ne pouvons qu'exprimer notre satisfaction après la décision de la cour", true],
    ]);
  });

  it('reads "Pour X, …" opening a sentence on a person\'s name as X\'s opinion, past an apposition; "Pour" before no name as none', () => {
    expect(speechOf(['Pour Clara Mendes, présidente du syndicat, c\'est « une tragédie inimaginable ».']).map((a) => [a.speaker, a.text])).toEqual([
      ['Clara Mendes', 'c\'est « une tragédie inimaginable »'],
    ]);
    expect(speechOf(['Pour sauver la récolte, les agriculteurs ont travaillé toute la nuit.'])).toEqual([]);
  });

  it('reads a quoted word after a verb as direct speech of the subject ("X a jugé le calendrier « irréaliste »")', () => {
    expect(speechOf(['Tomasz Wierzbicki a jugé le calendrier « irréaliste ».']).map((a) => [a.speaker, a.text, a.direct])).toEqual([
      ['Tomasz Wierzbicki', 'irréaliste', true],
    ]);
  });

  it('gives a titled speaker phrase no person the sentence names elsewhere ("X … fait partie des témoins, comme l\'a souligné le chef de l\'État")', () => {
    const acts = speechOf(["Le jeune Jaan Kask s'est interposé. Jaan Kask fait partie de ces témoins qui « ont fait preuve de courage et se sont interposés », comme l'a souligné le chef de l'État."]);
    const act = acts.find((a) => a.speakerText === "le chef de l'État");
    expect(act).toBeDefined();
    expect(act!.speaker).toBeUndefined();
  });

  it('finds no speech in a plain statement', () => {
    expect(speechOf(['Le Portugal a fermé sa dernière centrale à charbon il y a trois ans.'])).toEqual([]);
  });

  it('works on sentences given directly, with the mentions the caller resolved', () => {
    const first = '« Les citoyens nous regardent », a déclaré Ana Ribeiro.';
    const sentences: SpeechSentence[] = [
      { text: first, mentions: [{ entity: 7, type: 'person', start: first.indexOf('Ana'), end: first.length - 1 }] },
      { text: '« Il faut un chiffre », a-t-elle ajouté.', mentions: [] },
    ];
    const acts = readSpeech(sentences, () => 'person', () => undefined);
    expect(acts.map((a) => ({ sentence: a.sentence, entity: a.entity, text: a.text, direct: a.direct }))).toEqual([
      { sentence: 0, entity: 7, text: 'Les citoyens nous regardent', direct: true },
      { sentence: 1, entity: 7, text: 'Il faut un chiffre', direct: true },
    ]);
  });

  it('never throws on odd text', () => {
    for (const text of ['', '«', '»', '« »', '« « »', 'a déclaré', ', a-t-il ajouté.', 'Selon', 'que que que']) {
      expect(() => readSpeech([{ text, mentions: [] }], () => 'person', () => undefined)).not.toThrow();
    }
  });

  it('attributes « … », a assuré M. X to X, honorific included in the phrase', () => {
    const acts = speechOf(['Le commissaire Henrik Dalsgaard est arrivé mardi.', '« Personne ne sera laissé au bord du chemin », a assuré M. Dalsgaard.']);
    expect(acts.map((a) => [a.speaker, a.text, a.direct])).toEqual([['Henrik Dalsgaard', 'Personne ne sera laissé au bord du chemin', true]]);
  });

  it('keeps a quotation of two sentences whole and direct', () => {
    expect(speechOf(['« Un accord ne réduit rien. Ce sont les lois qui le feront », a déclaré Ana Ribeiro.'])).toEqual([
      { speaker: 'Ana Ribeiro', speakerText: 'Ana Ribeiro', text: 'Un accord ne réduit rien. Ce sont les lois qui le feront', direct: true, verb: 'declare' },
    ]);
  });

  it('drops the apposition of "Selon X, porte-parole de Y, …" from what X said', () => {
    expect(speechOf(["Selon Clara Mendes, porte-parole de Terra Limpa, l'accord serait une occasion manquée."]).map((a) => [a.speaker, a.text])).toEqual([
      ['Clara Mendes', "l'accord serait une occasion manquée"],
    ]);
  });

  it('reads "Selon X, … « … »" when the content holds a quotation', () => {
    expect(speechOf(['Selon Clara Mendes, un accord sans objectif chiffré « serait une occasion manquée ».']).map((a) => [a.speaker, a.text])).toEqual([
      ['Clara Mendes', 'un accord sans objectif chiffré « serait une occasion manquée »'],
    ]);
  });

  it('resolves "Selon lui, …" to the person of the sentence before', () => {
    const acts = speechOf(['Le commissaire Henrik Dalsgaard a quitté la salle mardi. Selon lui, les négociations reprendront jeudi à Lisbonne.']);
    expect(acts.map((a) => [a.speaker, a.text])).toEqual([['Henrik Dalsgaard', 'les négociations reprendront jeudi à Lisbonne']]);
  });

  it('names the speaker of "…, a annoncé le commissaire au Climat, Henrik Dalsgaard."', () => {
    const acts = speechOf(['Les négociations reprendront jeudi matin à Lisbonne, a annoncé le commissaire au Climat, Henrik Dalsgaard.']);
    expect(acts.map((a) => [a.speaker, a.text])).toEqual([['Henrik Dalsgaard', 'Les négociations reprendront jeudi matin à Lisbonne']]);
  });
});

describe('readSpeech: a sentence after a quotation that tells who said it', () => {
  it('reads "C\'est par ces mots que X …" and "Tels sont les mots … que X …" of the quotation before, in all its sentences', () => {
    const one = speechOf(["« Aucune colère n'excuse la violence ». C’est par ces mots que le président Jaan Kask a ouvert la séance du conseil, saluant « le calme des habitants »."]);
    expect(one).toContainEqual(expect.objectContaining({ speaker: 'Jaan Kask', text: "Aucune colère n'excuse la violence", direct: true }));
    const many = speechOf(["\"Merci à tous. La salle était pleine. Nous reviendrons l'an prochain.\" Tels sont les mots, pleins de joie, que la chanteuse Marta Sepp a publiés sur son site."]);
    expect(many.filter((a) => a.speaker === 'Marta Sepp').map((a) => a.text)).toEqual(['Merci à tous.', 'La salle était pleine.', "Nous reviendrons l'an prochain."]);
  });
});

describe('readSpeech: the speaker a quotation over several sentences names at its end', () => {
  it('said its first pieces too, though the sentence before named a teller; and a phrase run on by "et" names them', () => {
    const acts = speechOf([
      'Le président Marek Tamm a salué « un trésor national ».',
      "\"Je garde de lui des souvenirs heureux. Nous avons joué ensemble trente ans. Le théâtre perd un maître\", a déclaré son ami et autre grand comédien, Jaan Kask, 81 ans.",
    ]);
    expect(acts.filter((a) => a.speaker === 'Jaan Kask').map((a) => a.text)).toEqual([
      'Je garde de lui des souvenirs heureux.', 'Nous avons joué ensemble trente ans.', 'Le théâtre perd un maître',
    ]);
    expect(acts.filter((a) => a.speaker === 'Marek Tamm').map((a) => a.text)).toEqual(['un trésor national']);
  });
});

describe('readSpeech: "Selon <title>, <name>, …"', () => {
  it('takes the name in apposition as the speaker and leaves it out of what was said', () => {
    const acts = speechOf(['Selon la procureure de Tartu, Marta Sepp, les deux hommes n’avaient « aucun lien avec les réseaux de la ville ».']);
    expect(acts).toContainEqual(expect.objectContaining({ speaker: 'Marta Sepp', text: 'les deux hommes n’avaient « aucun lien avec les réseaux de la ville »', direct: false }));
  });
});

describe('readSpeech: "…, dit le jeune homme"', () => {
  it('is the person the sentence before named, not one the corpus describes so elsewhere', () => {
    const acts = speechOf([
      'Peeter Tamm, un jeune homme de Tartu, a conduit la cérémonie au cimetière.',
      'Les familles sont restées longtemps sur place.',
      "La vingtaine, Nikolai se retient de pleurer en évoquant ses amis. « Ce n'est pas une averse de chagrin, c'est un déluge », dit le jeune homme.",
      "Âgé de vingt ans, Jaan Kask évoque les amis qu'il a perdus. « La ville ne s'en remettra pas », dit le jeune homme.",
    ]);
    expect(acts.find((a) => a.text.startsWith("Ce n'est pas"))?.speaker).toBeUndefined();
    expect(acts.find((a) => a.text.startsWith('La ville'))?.speaker).toBe('Jaan Kask');
  });
});

describe('readSpeech: a phrase of time between the verb and its speaker', () => {
  it('is skipped ("a déclaré un peu plus tôt le président estonien")', () => {
    const acts = speechOf([
      "Joe Kask s'était dit « pas étonné » par la fin de Peeter Tamm.",
      "« Je ne sais pas encore ce qu'il s'est passé, mais je ne suis pas étonné », avait déclaré un peu plus tôt le président estonien à des journalistes.",
    ]);
    expect(acts).toContainEqual(expect.objectContaining({ speaker: 'Joe Kask', direct: true, verb: 'declare' }));
  });
});
