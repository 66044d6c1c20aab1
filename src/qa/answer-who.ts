/** Who: the person a question asks for, or what the corpus says of a person ("Qui est X ?"). */
import { DEMONYM_ENDINGS, FR, SET_OFF_OPENING, VERB_NEXT, demonymStem, fold, isDemonym, nameKey } from '../nlp/french.js';
import { insideQuotation, isAddressee } from '../nlp/quotes.js';
import { stem, termOf, terms, tokenize } from '../nlp/tokens.js';
import type { AnalyzedQuestion } from './analyze-question.js';
import type { Knowledge, ScoredSentence } from './knowledge.js';
import type { AnnotatedEntity } from '../nlp/annotate.js';
import type { Mention } from '../nlp/quotes.js';
import { anchors, articlesAmong, best, clip, evidenceFor, proximity, vote, type Candidate } from './candidates.js';
import { anyWord, CUT, describe, finish, isSpeechTerm, questionWords, readable, singularOf, weightOf, type Partial } from './answer-common.js';
import { asksWhoHeads, headedName, headedNoun, headRoles, isClassNoun, isTownNoun, isOrgNoun, isPersonNoun, isVenueHead, feminineForms, masculineForms, isSpecificNoun, narrowerPlaces, narrowerRoles, sexOfPersonNoun } from './question-kind.js';
import { isGivenName, sexOfGivenName } from '../nlp/given-names.js';
import { hasImperfectVerb, isPlatform } from '../nlp/entities.js';
import { TUNING } from './tuning.js';
import { ADVERB_BEFORE_PARTICIPLE, PARTICIPLE_END, PASSIVE_BEFORE, ROLE_REACH, SPEAKER_REACH, THIRD_PERSON_AUXILIARY, subjectsOf } from './subjects.js';
import { escapeRegExp } from '../regexp.js';
import answerWords from './data/fr-answer-words.json' with { type: 'json' };
import questionNouns from './data/question-nouns.json' with { type: 'json' };
import patterns from './data/question-patterns.json' with { type: 'json' };

/** Sentences cited for who a person is. */
const SUPPORTING = 3;
/** Characters before a name read for the noun asked of an organisation ("l'agence de propagande X"). */
const NOUN_BEFORE_REACH = 40;
/** Characters before a person read for a word that cites them as a source. */
const CITED_REACH = 60;
/**
 * A word that cites a source (data: fr-lexicon.json sourceLeads, fr-answer-words.json citedLeads), then the source's title, up to the
 * name, folded: after "selon", the name right after its title ("selon le procureur X"); after "citent", one in apposition
 * too ("qui citent le procureur de Tartu, X") — "Selon le parquet, X a tué Y" makes X the subject.
 */
const CITED_BEFORE = new RegExp(`(?:^|[^a-z])(?:(?:${FR.sourceLeads.map(escapeRegExp).join('|')})\\s+(?:(?:le|la|les|l'|un|une)\\s*)?(?:[a-z'-]+\\s+){0,6}?|(?:${answerWords.citedLeads.map(escapeRegExp).join('|')})\\s+(?:(?:le|la|les|l'|un|une)\\s*)?(?:[a-z'-]+\\s+){0,6}?(?:[a-z'-]+\\s*,\\s*)?)$`);

/** "Qui est X ?": the person's descriptions, with the sentences they were read in. */
export function answerWhoIs(k: Knowledge, entity: number, ranked: ScoredSentence[]): Partial {
  const e = k.ann.entities[entity];
  const description = describe(k, entity);
  const descSentences = e.descriptions.filter((d) => !description || fold(d.text) === fold(description)).map((d) => d.sentence);
  const others = e.descriptions.map((d) => d.sentence);
  const mentioning = ranked.filter((r) => r.sentence.mentions.some((m) => m.entity === entity)).map((r) => r.index);
  const supporting = [...new Set([...descSentences, ...others, ...mentioning])];
  if (!supporting.length) {
    // Named but never described: say where they appear.
    for (const d of e.docs) {
      const [first, end] = k.sentences.range(d);
      for (let i = first; i < end && supporting.length < SUPPORTING; i++) if (k.sentence(i).mentions.some((m) => m.entity === entity)) supporting.push(i);
      if (supporting.length >= SUPPORTING) break;
    }
  }
  const answer = description ? clip(`${e.name}, ${description}`, CUT) : clip(`${e.name} (${supporting.length ? k.sentence(supporting[0]).text : ''})`, CUT);
  return { answer, evidence: evidenceFor(k, ranked, supporting), agreeing: articlesAmong(k, descSentences.length ? descSentences : supporting) };
}

/** "le nom de famille de X", "le nom complet de X" (folded): the words after it name whose full name is asked. */
// (data: fr-lexicon.json fullNamePhrases)
const FULL_NAME_OF = new RegExp(`(?:^|[^a-z])(?:${FR.fullNamePhrases.map(escapeRegExp).join('|')})\\s+(?:de|d')\\s*([^?]+?)\\s*\\??$`);

/**
 * The full name of the person the question names by {@link FULL_NAME_OF}'s words, from the sentences that write it whole;
 * null when the corpus gives that person no longer name; undefined when the words name no person of the question ("le
 * nom de famille de la victime" is asked as any who-question).
 */
function fullNameOf(k: Knowledge, q: AnalyzedQuestion, ranked: ScoredSentence[], words: string): Partial | null | undefined {
  const asked = words.split(/\s+/).filter((w) => /\w/.test(w));
  let found = false;
  for (const id of q.entities.keys()) {
    const e = k.ann.entities[id]!;
    if (e.type !== 'person') continue;
    const name = fold(e.name).split(/[\s-]+/);
    if (asked.every((w) => name.includes(w))) found = true;
    // ("Philippine" for "Philippine Dupont", "Barnier" for "Michel Barnier" after a given name; not "Affaire Philippine".)
    const opens = asked.every((w, i) => name[i] === w);
    const closes = asked.every((w, i) => name[name.length - asked.length + i] === w) && isGivenName(e.name.split(/[\s-]+/)[0]!);
    if (name.length <= asked.length || !(opens || closes)) continue;
    const whole = ranked.filter((r) => r.sentence.mentions.some((m) => m.entity === id && fold(r.sentence.text.slice(m.start, m.end)) === fold(e.name))).map((r) => r.index);
    if (!whole.length) continue;
    return { answer: clip(e.name, CUT), evidence: evidenceFor(k, ranked, whole), agreeing: articlesAmong(k, whole) };
  }
  return found ? null : undefined;
}

/** After a name, a relative that says it heads something ("X, qui dirige l'enquête", "Y, qui présidait le tribunal"). */
const HEADS_AFTER = /^[^.;:«»]*?\bqui\s+(?:dirige|dirigeait|dirigera|préside|présidait|présidera|coordonne|coordonnait|supervise|supervisait|est à la tête|était à la tête)\b/iu;

/** A copula and an article after a name ("X est le président de …", "Y était la directrice …"). */
/** After a name and one to three appositions set by commas, its verb "être" and an article (the role comes next). */
const LATE_COPULA = /^(?:\s*,[^,.;:«»()]{1,80}){1,3},\s+(?:est|était|etait|serait|aurait\s+été|aurait\s+ete|a\s+été|a\s+ete|sera|devient|est\s+devenue?)\s+(?=(?:le|la|l['’])\s*\p{L})/iu;
const LATE_COPULA_REACH = 200;
const COPULA_AFTER = /^\s+(?:est|était|etait|sera|a été|a ete|devient|est devenue?)\s+(?:le|la|l['’]|un|une)\s*\p{L}/iu;

/** Sentences either side of a role's read for the complement the question gives it ("Quel enquêteur du BST …"). */
const COMPLEMENT_REACH = 3;
/** Letters, at least, of a word that qualifies a body headed ("chilienne"); also the prefix two such words are compared on. */
const MIN_QUALIFIER = 5;

/** Who did something: people (then organisations) named near the question's words, speakers of matching speech first. */
export function answerWho(k: Knowledge, q: AnalyzedQuestion, ranked: ScoredSentence[]): Partial | null {
  // "Quel est le nom de famille de Philippine ?": the full name of someone the question names is asked; only that
  // person's longer name answers it.
  const ownName = FULL_NAME_OF.exec(fold(q.text))?.[1];
  const fullName = ownName === undefined ? undefined : fullNameOf(k, q, ranked, ownName);
  if (fullName !== undefined) return fullName;
  const pool = new Map<string, Candidate>();
  const display = new Map<string, string>();
  // ("Qui a fait savoir que …" asks a speaker too.)
  const madeKnown = MADE_KNOWN.test(fold(q.text));
  // ("Qui l'a qualifié de …": the question's own verb, a speech verb read as a frame word, is asked all the same; "il
  // s'appelait comment" asks none.)
  const speechVerbAsked = [...q.terms.keys()].some((t) => isSpeechTerm(t)) || madeKnown || speechAsVerb(q.text);
  // The question's verb ("Qui préside …", "Qui a organisé …"): its subject in a sentence is the answer.
  const verb = questionVerb(q);
  // The entities a sentence makes the doer of the question's verb ("présidée par X", "X, qui préside …").
  const agents = new Set<string>();
  // "À qui la justice a-t-elle confié les enfants ?": the one something is given or said to ("a accordé à la mère …, X").
  const recipientAsked = RECIPIENT_ASKED.test(fold(q.text));
  const recipients = new Set<string>();
  // Its synonyms too ("envoyé" / "dépêché").
  const formsOf = (term: string) => new Set([term, ...[...q.alternatives].filter(([, a]) => a.of === term).map(([alt]) => alt)]);
  const verbForms = verb ? formsOf(verb) : new Set<string>();
  // "X travaillait pour quelle entreprise ?": the verb before "pour" and the word asked.
  const forWord = FOR_ASKED.exec(q.text)?.[1];
  const forVerb = forWord !== undefined ? fold(stem(forWord)) : undefined;
  const forForms = forVerb !== undefined && q.terms.has(forVerb) ? formsOf(forVerb) : undefined;
  // "C'est qui le type qui a tué le couple ?", "Le policier qui a tiré, il s'appelle comment ?": the one a sentence makes
  // the object of that verb ("a tiré sur X", "X a été tué par …") is whom it was done to, not who did it.
  const act = ACT_ASKED.exec(q.text)?.[1];
  const actTerm = act ? fold(stem(act)) : undefined;
  const actForms = actTerm && q.terms.has(actTerm) ? formsOf(actTerm) : undefined;
  // "Comment s'appelait le navire …" (expects a name): the noun is required like a role, and any name may answer.
  // "Comment s'appelait le bateau ?": any name answers; "Comment s'appelait l'enseignante ?" no place's.
  const anyName = q.expects === 'name';
  const placeRefused = anyName && q.noun !== undefined && isPersonNoun(q.noun);
  const orgName = anyName && !!q.noun && isOrgNoun(q.noun);
  const authorAsked = AUTHOR_ASKED.test(fold(q.text));
  const roleAsked = q.noun && (q.expects === 'person' || anyName) ? q.noun : undefined;
  // The words a teller's reported speech says and the rest of its sentence does not: the verb's forms; of a passive
  // question with no verb of its own, "qui a été fait citoyen d'honneur", its words ("Il honore un des dirigeants faits
  // citoyens d'honneur, a souligné X" reports X's words). Not a role asked ("le spécialiste qui dit que c'est un missile"
  // asks who says it), nor a source ("Selon qui le pont a-t-il été fermé ?").
  const passiveAsked = PASSIVE_ASKED.test(fold(q.text)) && !SOURCE_ASKED.test(fold(q.text));
  const told = !verbForms.size && passiveAsked && !roleAsked ? new Set(q.terms.keys()) : verbForms;
  // "Lequel des trois accusés …": the noun names the group the answer is one of; the text need not repeat it.
  // "Qui pilotait …": the verb's agent noun ("pilote") weighs, but one who does it unnamed so answers too.
  // "Le commerçant de 60 ans …": the age the question gives the one asked.
  const ageAsked = AGE_ASKED.exec(fold(q.text))?.[1];
  const roleRequired = roleAsked !== undefined && isSpecificNoun(roleAsked) && !WHICH_OF.test(fold(q.text)) && !q.agent;
  // "Quel chef …": a person's noun, though a generic one; what is no person answers only when given the role.
  const personAsked = roleAsked !== undefined && isPersonNoun(roleAsked);
  const complement = roleAsked ? roleComplement(q, roleAsked, k) : undefined;
  // A member noun asked with the body it is of ("représentant de la police"): the body right after a name.
  // (The body's noun itself: "police" is no complement that narrows a role, but it is the body a member is of.)
  const body = roleAsked !== undefined && MEMBER_NOUNS.has(fold(roleAsked)) ? roleThenOf(roleAsked).exec(fold(q.text))?.[1] : undefined;
  // "X, membre du Bureau national de sécurité (BNS)": an apposition with a member noun, and the body by its initials.
  const memberOf = body !== undefined && !FR.stopwords.has(body)
    ? new RegExp(`^\\s*,?\\s*(?:(?:un|une|le|la|l')\\s*)?(?:(?:${[...MEMBER_NOUNS].map(escapeRegExp).join('|')})s?\\s+)?${OF}\\s*(?:${escapeRegExp(body)}(?![\\p{L}])|[^,;:()]{1,${MEMBER_BODY_REACH}}\\(\\s*${escapeRegExp(body)}\\s*\\))`, 'u') : undefined;
  const headAsked = asksWhoHeads(q.text);
  // "Quelle agence …": the noun asked right before a name, with its complement ("l'agence de propagande X"), folded.
  // ("l'agence de presse iranienne X": an adjective may follow.)
  const nounBefore = q.expects === 'org' && q.noun ? new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(q.noun)}s?(?:\\s+(?:de|d')\\s*\\p{L}+)?(?:\\s+\\p{L}+)?\\s+$`, 'u') : undefined;
  // "Quel magistrat présidait …": a heading role answers as the role asked does.
  const headRe = headAsked && roleAsked !== undefined && !headRoles().has(roleAsked) ? anyWord(headRoles()) : undefined;
  // "Qui présidait le tribunal …": the body headed; one the text makes head of another body does not answer.
  const headed = roleAsked && !complement && headAsked ? headComplement(q.text, k) : undefined;
  // "la ville de Tartu": the town's name stands for the noun ("le gouverneur de Tartu"); both are what is headed.
  const headedForms = headed ? [headed, ...[headedName(q.text)].filter((n): n is string => !!n && !!k.df(fold(stem(n))))] : [];
  const saysHeaded = (t: string) => headedForms.some((h) => t.includes(h));
  const otherHeaded = (t: string, role: string) => headedForms.every((h) => otherComplement(t, role, h));
  // "Qui préside la fédération chilienne …": the word that qualifies the body headed; "la Fédération internationale"
  // is another body of the same noun.
  const qualifiedHeaded = headed ? new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(headed)}s?\\s+(\\p{L}{${MIN_QUALIFIER},})`, 'u') : undefined;
  const qualifier = qualifiedHeaded?.exec(fold(q.text))?.[1];
  const qualifierAsked = qualifier && !FR.stopwords.has(qualifier) ? qualifier : undefined;
  const saidInQuestion = qualifierAsked ? questionWords(q) : undefined;
  const otherQualified = (t: string) => {
    if (!qualifierAsked) return false;
    const m = qualifiedHeaded!.exec(t);
    // ("le mouvement Velia" for "le mouvement écologiste Velia": a word the question says is no other.)
    return !!m && !FR.stopwords.has(m[1]!) && m[1]!.slice(0, MIN_QUALIFIER) !== qualifierAsked.slice(0, MIN_QUALIFIER) && !saidInQuestion!.has(m[1]!);
  };
  // "le procureur de Lisbonne, Paulo Dias": the name right after "ROLE de" completes the role; it does not hold it.
  // "un avocat ayant défendu X", "l'avocat qui a défendu X": the name the role's own verb acts on does not hold it.
  // "l'assaillant ayant poignardé à mort l'enseignant X": a narrower role too, its verb of a few words, and the title of
  // the one it acts on.
  // ("Comment s'appelle la demeure …": the venue nouns that name a kind of place asked by its name hold it too, "la villa X".)
  const narrower = roleAsked ? (anyName && narrowerPlaces(roleAsked).size ? new Set([...narrowerRoles(roleAsked), ...narrowerPlaces(roleAsked)]) : narrowerRoles(roleAsked)) : new Set<string>();
  const heading = headRoles();
  // "le patron de X": a role that heads, or that a heading role holds.
  const headingRoleAsked = !!roleAsked && (heading.has(roleAsked) || [...narrower].some((r) => heading.has(r)));
  // "l'avocat de X", "le commanditaire du meurtre de X": X completes the role, X does not hold it.
  const roleAdjectiveOfBefore = roleAsked ? new RegExp(`(?:${[roleAsked, ...narrower].map(escapeRegExp).join('|')})s?\\s+\\p{Ll}+\\s+${OF}\\s*$`, 'u') : undefined;
  const roleOfBefore = roleAsked ? new RegExp(`(?:${[roleAsked, ...narrower].map(escapeRegExp).join('|')})s?\\s+(?:${OF}(?:\\s*[\\p{L}-]+\\s+${OF})?|(?:ayant|qui\\s+(?:a|avait))\\s+(?:[\\p{L}-]+\\s+){1,3}?(?:(?:sur|contre|a)\\s+)?(?:(?:le|la|les|l')\\s*(?:[\\p{L}-]+\\s+)?)?)\\s*$`, 'u') : undefined;
  // "Quel magistrat …": a procureur holds the role too.
  const narrowerRe = anyWord(narrower);
  // A description noun the classes do not know ("le garagiste …, c'est qui ?") holds by its stem too ("tient un garage").
  const roleStem = roleAsked && !isClassNoun(roleAsked) ? fold(stem(roleAsked)) : '';
  const stemRe = roleStem.length >= MIN_ROLE_STEM ? new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(roleStem)}`, 'u') : undefined;
  // The role as a word, not inside another ("consul" is not said by "le consulat").
  const roleRe = roleAsked ? anyWord([roleAsked]) : undefined;
  // "l'épouse du joueur, Antonella X" for "Quel joueur …": a role said only as a relative's complement is the relative's
  // (unless a relative is asked).
  const kinAsked = roleAsked !== undefined && KIN_NOUNS.has(fold(roleAsked));
  const ownRoles = (folded: string) => (kinAsked ? folded : folded.replace(KIN_COMPLEMENT, ' '));
  const holdsRole = (raw: string) => { const folded = ownRoles(raw); return !!roleRe?.test(folded) || !!narrowerRe?.test(folded) || !!stemRe?.test(folded); };
  // How the corpus describes a person, folded, worked out once per person (a frequent one has thousands).
  const described = new Map<number, string>();
  const describedAs = (id: number) => described.get(id) ?? described.set(id, canonicalTitles(fold(describe(k, id) ?? ''))).get(id)!;
  // "l'avocate de M. X" once, "l'avocate du chanteur" more often: the complement asked, in any of the person's
  // descriptions (the best one among them), read once per person.
  const allDescribed = new Map<number, string[]>();
  const descriptionsOf = (id: number) => allDescribed.get(id) ?? allDescribed.set(id, k.ann.entities[id]!.descriptions.map((d) => canonicalTitles(fold(d.text)))).get(id)!;
  const describedWith = (id: number, complement: string) => descriptionsOf(id).some((d) => d.includes(complement));
  // A person the question names by their family name alone ("aux côtés de Karis et Brandt") is not the one asked.
  // (A relative asked, "la petite-fille de Brantcher", may bear the family name of whom the question names; only one
  // who bears the given name the question writes too is that person: "La femme de Teodor X" is not "Teodor Ilan X".)
  const named = namedInQuestion(q.text);
  // ("L'hommage aux Emmys" names the "Emmy Awards": a body the question writes by its first word in the plural.)
  // "C'est qui qui l'a trouvé mort ?", "Son manager, il s'appelle comment ?", "L'ex qui a vécu treize ans avec lui":
  // a question that names no one and points at someone by a pronoun points at the person the corpus is about, who is
  // then not the one asked.
  // ("… a porté les réquisitions contre l'acteur ?": so does a noun the corpus describes that person by, other than the
  // noun asked.)
  const story = storySubject(k);
  const storyPerson = story !== undefined && k.entityType(story) === 'person' ? story : undefined;
  const byNoun = storyPerson !== undefined && [...fold(q.text).matchAll(DEFINITE_NOUN)].some((m) => m[1] !== q.noun && isPersonNoun(singularOf(m[1]!))
    && k.ann.entities[storyPerson]!.descriptions.some((d) => fold(d.text).split(/[\s']+/).includes(m[1]!)));
  const pointedAt = ![...q.entities.keys()].some((id) => k.entityType(id) === 'person') && (POINTS_AT_SOMEONE.test(fold(q.text)) || byNoun) ? storyPerson : undefined;
  // ("la mort de Reeves" in a corpus about Hubert Reeves: a family name written alone that the person the corpus is about
  // bears names that person; "Benoit Reeves", whose given name the question does not write, may be the one asked.)
  const storyFamily = storyPerson !== undefined ? fold(familyName(k.ann.entities[storyPerson]!.name)) : undefined;
  const isNamed = (id: number) => {
    if (id === pointedAt) return true;
    const name = k.ann.entities[id]!.name;
    const family = fold(familyName(name));
    const givenWritten = () => writtenAsName(name.split(/\s+/)[0]!, q.text);
    if (named.has(family) && (!kinAsked || givenWritten()) && !(id !== storyPerson && family === storyFamily && /\s/.test(name.trim()) && !givenWritten())) return true;
    return k.entityType(id) !== 'person' && pluralNamed(name, named);
  };
  // "le Baltic Bureau of Inquiry (BBI)" read apart from the "BBI" the question names: one of its written forms.
  const askedForms = new Set([...q.entities.keys()].flatMap((id) => k.ann.entities[id]!.aliases.map((a) => fold(a))));
  const isAskedAlias = (id: number) => askedForms.has(fold(k.ann.entities[id]!.name));
  // Only a body's or a place's ("l'enquêteur du BST", "la procureure de Verbania"): "l'avocat de X" is a relation to one
  // person, which a nearby sentence does not give.
  // ("le maire de La Brelance-sur-Mer": the complement read is one word of the name the question gives.)
  const complementEntity = complement !== undefined
    ? k.entityByKey(complement) ?? [...q.entities.keys()].find((id) => fold(k.ann.entities[id]!.name).split(/[\s'’-]+/).includes(complement))
    : undefined;
  const complementIsBody = complementEntity !== undefined && (k.entityType(complementEntity) === 'org' || k.entityType(complementEntity) === 'place');
  // "le tireur du Lumen" over articles most of which name the Lumen: the place the story is set in, which an article
  // need not repeat beside the role (one given the role of another place still does not answer).
  const complementIsSetting = complementEntity !== undefined && k.entityType(complementEntity) === 'place' && k.ann.articles.length >= TUNING.settingArticles
    && k.ann.entities[complementEntity]!.docs.length * 2 >= k.ann.articles.length;
  // "l'arbitre de la finale" over articles most of which tell the final: a common noun of the story's own event, which a
  // sentence need not repeat beside the role either.
  const complementTerm = complement !== undefined && complementEntity === undefined && !isPersonNoun(complement) ? terms(complement)[0] : undefined;
  const complementIsStory = complementTerm !== undefined && k.ann.articles.length >= TUNING.settingArticles
    && k.articleFrequency(complementTerm) * 2 >= k.ann.articles.length;
  // "l'avocat de Hashem Abedi": the role's complement is a person the question names.
  // The people the question names.
  const peopleAsked = [...q.entities.keys()].filter((id) => k.entityType(id) === 'person');
  const complementIsPerson = complement !== undefined && peopleAsked.some((id) => fold(k.ann.entities[id].name).split(/[\s-]+/).includes(complement));
  // "l'épouse de Paul X" for "la femme de Jérôme X": the family name completed by another given name is another bearer's.
  const askedGiven = complementIsPerson ? peopleAsked.map((id) => fold(k.ann.entities[id]!.name).split(/\s+/)).find((w) => w.length > 1 && w.includes(complement!))?.[0] : undefined;
  const bearerBefore = askedGiven !== undefined ? new RegExp(`([\\p{L}-]+)\\s+${escapeRegExp(complement!)}(?![\\p{L}])`, 'gu') : undefined;
  const ofOtherBearer = (t: string) => {
    const bearers = bearerBefore ? [...t.matchAll(bearerBefore)] : [];
    return bearers.length > 0 && bearers.every((b) => isGivenName(b[1]!) && b[1] !== askedGiven);
  };
  // "l'avocat de la femme de chambre": a relation to a person the question names by a noun, who must be said with it.
  const ofPersonNoun = roleAsked !== undefined && complement === undefined && FR.relationalTitles.has(fold(roleAsked)) ? roleThenOf(roleAsked).exec(fold(q.text))?.[1] : undefined;
  const personComplement = ofPersonNoun !== undefined && isPersonNoun(singularOf(ofPersonNoun)) ? ofPersonNoun : undefined;
  // "le conseil de la veuve de X", "l'avocat du petit frère": the question names someone by a person's noun after "de".
  const nounComplementAsked = [...fold(q.text).matchAll(/(?:^|\s)(?:de la|du|de l'|des)\s*([a-z-]+)/g)].some((m) => isPersonNoun(singularOf(m[1]!)));
  // The role asked with a complement, whatever it is ("l'avocat de X").
  const roleOfSome = personComplement !== undefined ? new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(roleAsked!)}e?s?\\s+${OF}`, 'u') : undefined;
  // "son avocat X" answers "l'avocat de Y" only when Y was named before it: a possessive points back, so Y named in this
  // sentence before X or in one of the few sentences before it.
  const askedPeople = complementIsPerson ? peopleAsked : [];
  // The role's complement is the person most of the corpus is about; the role, then "de la" / "du" and a noun ("de la star").
  const subjectAsked = complementIsPerson ? peopleAsked.find((id) => id === storySubject(k) && fold(k.ann.entities[id].name).split(/[\s-]+/).includes(complement!)) : undefined;
  const complementIsSubject = subjectAsked !== undefined;
  // ("l'avocate du passager marocain": a noun a people's adjective qualifies is another person.)
  const roleOfNoun = complementIsSubject ? new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(roleAsked!)}e?s?\\s+(?:du|de\\s+la|de\\s+l')\\s*(\\p{L}{3,})(?![\\p{L}])(?:\\s+(\\p{L}+))?`, 'u') : undefined;
  const ofSubjectByNoun = (around: string) => {
    const m = roleOfNoun?.exec(around);
    return !!m && isPersonNoun(m[1]!) && !(m[2] !== undefined && isDemonym(m[2]));
  };
  const namedEarlier = (index: number, start: number) => {
    if (k.sentence(index).mentions.some((o) => askedPeople.includes(o.entity) && o.start < start)) return true;
    const [first] = k.sentences.range(k.sentences.docOf(index));
    for (let i = Math.max(first, index - COMPLEMENT_REACH); i < index; i++) if (k.sentence(i).mentions.some((o) => askedPeople.includes(o.entity))) return true;
    return false;
  };
  const nearbySays = (index: number, word: string) => {
    const [first, end] = k.sentences.range(k.sentences.docOf(index));
    for (let i = Math.max(first, index - COMPLEMENT_REACH); i < Math.min(end, index + COMPLEMENT_REACH + 1); i++) if (fold(k.sentence(i).text).includes(word)) return true;
    return false;
  };
  // "Quelle entreprise allemande …": the people's adjective the noun asked is given, in any of its forms.
  const nationality = q.noun ? nationalityAsked(q.text, q.noun) : undefined;
  const nationalityOwn = q.noun ? nationalityAsked(q.text, q.noun, false) : undefined;
  // The kind of body a "quel journal", "quelle entreprise" asks (data: question-nouns.json orgKinds).
  const kindAsked = q.expects === 'org' && q.noun ? ORG_KIND.get(q.noun) : undefined;
  const brandAsked = q.noun !== undefined && BRAND_NOUNS.has(q.noun);
  const platformAsked = q.expects === 'org' && PLATFORM_ASKED.test(fold(q.text));
  // … and what stands right before a brand's name: an article ("une BMW"), the noun "marque", a word of the question
  // ("le bus « Yutong »"), or an opening quotation mark — not "selon BFMTV", nor a "de" before the article.
  const brandNamed = (text: string, start: number) => {
    if (COMPLEMENT_BEFORE.test(text.slice(Math.max(0, start - OWNER_REACH), start))) return false;
    const before = text.slice(Math.max(0, start - OWNER_REACH * 2), start);
    if (/[«“"]\s*$/u.test(before)) return true;
    const word = /([\p{L}'’]+)\s*$/u.exec(before)?.[1];
    if (!word) return false;
    const f = fold(word).replace(/’/g, "'");
    return BRAND_LEADS.has(f) || BRAND_NOUNS.has(f) || terms(word).some((t) => q.terms.has(t) || q.alternatives.has(t));
  };
  // "le chef de la police colombienne": the people's adjective of the role's complement; one the corpus calls the
  // head of another people's police ("la police nationale haïtienne") is not asked.
  const complementNoun = roleAsked ? roleThenOf(roleAsked).exec(fold(q.text))?.[1] : undefined;
  const complementNationality = complementNoun ? nationalityAsked(q.text, complementNoun) : undefined;
  const nationalityOf = complementNationality ? nationalityReader(complementNoun!, complementNationality) : undefined;
  // "surnommé « l'homme au chapeau »": a nickname the question quotes, folded, of two words or more.
  const quoted = /[«"“]\s*([^«»"“”]{3,60}?)\s*[»"”]/u.exec(q.text)?.[1];
  const nickname = quoted && quoted.trim().split(/\s+/).length >= 2 ? fold(quoted).replace(/\s+/g, ' ').trim() : undefined;
  // "le mec de chez Google": the company the one asked is of, folded.
  const employerName = EMPLOYER.exec(q.text)?.[1];
  const employer = employerName !== undefined ? fold(employerName) : undefined;
  // "C'est qui le gars qui a tué le professeur ?": the one the corpus describes as the professeur is who it was done to.
  const objectMatch = OBJECT_OF_VERB.exec(fold(q.text));
  const object = objectMatch?.[1];
  const objectNoun = object && object !== roleAsked && !FR.stopwords.has(object) ? singularOf(object) : undefined;
  // "C'est qui qui a annoncé la mort du doyen ?": the one the object's complement names is whom it was done to as well.
  // "… la date des obsèques de la reine": the complement's complement too.
  const ofObjects: string[] = [];
  for (let rest = objectMatch ? fold(q.text).slice(objectMatch.index + objectMatch[0].length) : '', i = 0; i < OBJECT_COMPLEMENTS; i++) {
    const m = OBJECT_COMPLEMENT.exec(rest);
    if (!m) break;
    ofObjects.push(m[1]!);
    rest = rest.slice(m[0].length);
  }
  // "X, qui a tué son père" for "le père": a relative after the name whose verb acts on one holding the role asked.
  const actsOnRole = roleAsked ? new RegExp(`^\\s*,?\\s*qui\\s+(?:[\\p{L}'’]+\\s+){1,4}?(?:son|sa|ses|leur|leurs|le|la|les|l')\\s*${escapeRegExp(roleAsked)}(?![\\p{L}])`, 'u') : undefined;
  const actsOnRoleAfter = (text: string, m: { end: number }) => !!actsOnRole?.test(fold(text.slice(m.end, m.end + ACTS_ON_REACH)));
  const objectNouns = new Set([objectNoun, ...ofObjects.map((o) => o !== roleAsked && !FR.stopwords.has(o) ? singularOf(o) : undefined)].filter((n): n is string => !!n));
  const isObject = (id: number) => objectNouns.size > 0 && objectNouns.has(singularOf(describedAs(id).replace(/^(?:un|une|le|la|les|l')\s*/, '').split(/[\s,]/)[0] ?? ''));
  // "Le procureur de Verbania a validé …" elsewhere: the corpus gives the role that complement, so one it gives the role
  // alone ("la procureure Olimpia Bossi") is the one.
  // Not when the corpus names one who holds it so ("le ministre de la Santé X"): that one is.
  const roleOf = complement !== undefined ? new RegExp(`${escapeRegExp(roleAsked!.slice(0, Math.max(MIN_ROLE_STEM, roleAsked!.length - 1)))}\\p{L}*\\s+${OF}\\s*${escapeRegExp(complement)}`, 'u') : undefined;
  // The role asked or a narrower one, completed by what the question gives it ("président de Balti Lennud").
  const roleWithComplement = complement !== undefined ? new RegExp(`(?:^|[^\\p{L}])(?:${[roleAsked!, ...narrower].map(escapeRegExp).join('|')})e?s?\\s+${OF}\\s*(?:[\\p{L}-]+\\s+){0,2}?${escapeRegExp(complement)}`, 'u') : undefined;
  // Read only when a person would otherwise be left out (the corpus's people are many).
  let roleOfSaid: boolean | undefined;
  const roleOfComplementSaid = () => roleOfSaid ??= !!roleOf && complementEntity !== undefined && k.entityType(complementEntity) !== 'person'
    && ranked.some((r) => roleOf.test(fold(r.sentence.text)))
    && !k.ann.entities.some((e) => e.type === 'person' && e.descriptions.some((d) => roleOf.test(fold(d.text))));
  // "chef de la police" for "Qui dirigeait la police": a heading role completed by the body asked, in folded text.
  const headedRole = headed ? new RegExp(roleCompletedBy(narrower, headedForms), 'u') : undefined;
  // A person the sentence names apart from the heading role it gives the body asked.
  const headedElsewhere = (text: string, mentions: readonly { start: number; end: number; type: string }[], m: { entity: number; start: number; end: number }) => {
    if (!headedRole?.test(fold(text))) return false;
    const { around } = roleContext(text, m, mentions);
    return !saysHeaded(around) && !saysHeaded(describedAs(m.entity));
  };
  // The works the maker asked makes ("réalisateur": film, documentaire …), then a title with a word of the question, then
  // "de" right before the name (folded).
  const works = roleAsked !== undefined ? (answerWords.makerWorks as Record<string, string[]>)[roleAsked] : undefined;
  const titleWords = works ? [...[...q.terms.keys()].filter((t) => t !== fold(stem(roleAsked!))), ...[...q.entities.keys()].flatMap((id) => k.nameTerms(id))] : [];
  const madeWork = works && titleWords.length ? new RegExp(`(?:^|[^a-z])(?:${works.map(escapeRegExp).join('|')})s?\\s+[«"“]?\\s*(?=[^,.;:«»"“”]{0,80}?\\b(?:${titleWords.map(escapeRegExp).join('|')}))[^.;:]{1,80}?[»"”]?\\s*,?\\s+de\\s+$`) : undefined;
  // The role asked after its article ("le procureur", "du président", "la cheffe"), in folded text.
  const definiteRole = roleAsked !== undefined ? new RegExp(`(?:^|[^\\p{L}])(?:le|la|l'|du|au)\\s*(?:${[roleAsked, ...narrower].map(escapeRegExp).join('|')})e?(?![\\p{L}])`, 'u') : undefined;
  // That role, completed by what the question asks it of or by nothing ("du chef de l'État" heads no association), with
  // no person named before it.
  // ("C'est un garde du corps qui avait découvert son corps. X avait expliqué …": the role said with "un", in a sentence
  // that tells the question's act, which the one the article names next did.)
  const indefiniteRole = roleAsked !== undefined ? new RegExp(`(?:^|[^\\p{L}])(?:un|une)\\s+(?:${[roleAsked, ...narrower].map(escapeRegExp).join('|')})e?(?![\\p{L}])`, 'u') : undefined;
  const ownRoleSaid = (folded: string, mentions: readonly { start: number; type: string }[], indefinite = false) => {
    const m = (indefinite ? indefiniteRole! : definiteRole!).exec(folded);
    // "X, 60 ans, …, aurait été le chef du renseignement": a person named before the role is its subject.
    if (!m || mentions.some((o) => o.type === 'person' && o.start < m.index)) return false;
    const of = complement ?? headed;
    const next = new RegExp(`^\\s+${OF}\\s*([\\p{L}-]+)`, 'u').exec(folded.slice(m.index + m[0].length))?.[1];
    return !of || !next || next.startsWith(of.slice(0, Math.max(MIN_ROLE_STEM, of.length - 1)));
  };
  const questionsRole = (m: Mention, text: string) => {
    const said = text.slice(m.start, m.end);
    if (!/^\p{Ll}/u.test(said)) return false;
    const [t] = terms(said);
    return t !== undefined && q.terms.has(t) && (roleAsked === undefined || fold(said) !== roleAsked);
  };
  // Whether a speaker phrase gives the person's name (not only a title resolved to them).
  const saysName = (text: string, id: number) => { const f = fold(text); return fold(k.ann.entities[id]!.name).split(/\s+/).some((w) => w.length > 2 && f.includes(w)); };
  // "Qui a remplacé X à la tête de …", "nommé à la place de X": a successor is asked; a sentence that tells no succession
  // names the one replaced, or another, not who took the place.
  const successionAsked = SUCCESSION_ASKED.test(fold(q.text));
  // "Kask, il est venu au mémorial avec qui ?": who came with the one the question names — only one the sentence joins
  // to them ("X et la première dame Y", "en compagnie de son fils Y") answers, a namesake of the family too.
  const companionAsked = q.entities.size > 0 && COMPANION_ASKED.test(fold(q.text));
  const companionKeys = new Set<string>();
  const commonWord = (id: number) => {
    const name = k.ann.entities[id]!.name;
    return !/[\s'’-]/u.test(name) && k.df(termOf(name)) > TUNING.commonWordRatio * k.entityMentions(id);
  };
  // "Qui a remplacé X à la tête de …" of "Y doit succéder temporairement au président défunt, Z": a succession to
  // another named person, in a sentence that does not name the one asked, is another's.
  const replacedAsked = successionAsked ? peopleAsked : [];
  // (A sentence that names one person only, "Y a été nommé pour lui succéder", may point back to the one asked.)
  const otherSuccession = (r: ScoredSentence) => replacedAsked.length > 0 && !r.sentence.mentions.some((m) => replacedAsked.includes(m.entity))
    && r.sentence.mentions.filter((m) => m.type === 'person').length >= 2;
  // "Qui a célébré l'office des funérailles ?": the one the read sentences give the funeral, the death or the tribute of
  // ("les obsèques de X", "la mort du chanteur X") is whom it befell, in every sentence, unless one makes them its doer.
  const read = readable(ranked, false);
  const befallen = new Set<number>();
  if (EVENT_ASKED.test(fold(q.text).replace(/’/g, "'"))) {
    for (const r of read) for (const m of r.sentence.mentions) {
      if (m.type === 'person' && eventOf(fold(r.sentence.text.slice(Math.max(0, m.start - EVENT_OF_REACH), m.start)), verbForms)) befallen.add(m.entity);
    }
    // "C'est qui qui a annoncé sa mort ?", "Qui portait le cercueil ?": a question that names no one speaks of the
    // event of the one most of the corpus is about, when a ranked sentence gives it theirs ("la mort de X").
    const subject = storySubject(k);
    if (subject !== undefined && k.entityType(subject) === 'person' && ![...q.entities.keys()].some((id) => k.entityType(id) === 'person')
      && ranked.some((r) => r.sentence.mentions.some((m) => m.entity === subject && (eventOf(fold(r.sentence.text.slice(Math.max(0, m.start - EVENT_OF_REACH), m.start)), verbForms)
        || DIED_AFTER.test(fold(r.sentence.text.slice(m.end, m.end + EVENT_OF_REACH))))))) befallen.add(subject);
  }
  for (const r of read) {
    // "UNE NOUVELLE ÉLECTION … MOHAMMAD X REMPLACE Y": in a headline in capitals no word tells a name from a noun.
    if (shouted(r.sentence.text)) continue;
    if (successionAsked && !SUCCESSION_SAID.test(fold(r.sentence.text))) continue;
    if (otherSuccession(r)) continue;
    // "X refuse de commenter le successeur de Y": a sentence that tells the succession by the noun alone names the successor
    // only beside it ("son successeur, Z", "Z, son successeur").
    const successorNoun = successionAsked ? successorNounOnly(fold(r.sentence.text)) : undefined;
    const companions = companionAsked ? companionsOf(r.sentence.text, r.sentence.mentions, q.entities) : undefined;
    for (const id of companions ?? []) companionKeys.add(`e${id}`);
    const points = anchors(q, r);
    const subjects = verb ? subjectsOf(r.sentence.text, r.sentence.mentions, verbForms) : new Set<number>();
    const patients = actForms ? patientsOf(r.sentence.text, r.sentence.mentions, actForms) : undefined;
    let folded: string | undefined;
    const sentenceSays = (word: string) => (folded ??= fold(r.sentence.text)).includes(word);
    const acts = roleAsked !== undefined ? k.actsIn(r.index) : [];
    // "« … a pris la décision de limoger X et de le remplacer », a déclaré Y": the one who tells the asked act in their
    // own words is not who did it (unless the question asks who said so).
    const tellers = told.size && !speechVerbAsked ? tellersOf(k, r.index, r.sentence.text, told) : undefined;
    for (const m of r.sentence.mentions) {
      // A country that does the asked thing ("le Portugal, qui préside les débats") answers too.
      // ("« … je confirme que X est mort … », a indiqué sa porte-parole Y": who says "je" and the question's verb in their
      // own words does it.)
      const isSubject = subjects.has(m.entity) || (verbForms.size > 0 && (k.speechBySentence.get(r.index) ?? []).some((i) => { const a = k.ann.speech[i]!; return a.entity === m.entity && a.direct && saysInFirstPerson(a.text, verbForms); }));
      if (isSubject) agents.add(`e${m.entity}`);
      // ("une lettre adressée à la veuve de X, Y": the name apposed to the phrase after "à" is the one it names.)
      if (recipientAsked && (RECIPIENT_BEFORE.test(fold(r.sentence.text.slice(Math.max(0, m.start - RECIPIENT_REACH), m.start)))
        || RECIPIENT_APPOSED.test(fold(r.sentence.text.slice(Math.max(0, m.start - RECIPIENT_APPOSED_REACH), m.start))))) recipients.add(`e${m.entity}`);
      if (companions && !companions.has(m.entity)) continue;
      // "l'agence de presse iranienne Fars": a name of no known type right after the noun asked is of that noun.
      // (With the people asked said between: "quelle agence iranienne"; a bare "les compagnies Smit et Nippon Salvage" names
      // its organisations by their own type.)
      const nounWindow = fold(r.sentence.text.slice(Math.max(0, m.start - NOUN_BEFORE_REACH), m.start));
      const afterNoun = m.type === 'other' && !!nationality && nationality.test(nounWindow) && !!nounBefore?.test(nounWindow);
      // "Sur quel réseau social …": an online platform answers, whatever type its name was given ("sur X" reads as a
      // place), and nothing else does.
      if (platformAsked && !isPlatform(k.ann.entities[m.entity]!.name)) continue;
      if (q.entities.has(m.entity) || isAskedAlias(m.entity) || (m.type !== 'person' && m.type !== 'org' && !isSubject && !anyName && !afterNoun && !platformAsked) || (isNamed(m.entity) && !companions) || isObject(m.entity)) continue;
      if (patients?.has(m.entity) && !isSubject) continue;
      // "X, ministre sous A et B, est mort …, a annoncé …" for "Qui a annoncé la mort de X ?": a name inside the
      // apposition of one the question names completes that one's description; it did nothing the sentence tells.
      if (!isSubject && m.type === 'person' && insideAskedApposition(r.sentence.text, r.sentence.mentions, m, q.entities)) continue;
      if (tellers?.has(m.entity) && !isSubject) continue;
      if (successorNoun && !successorNoun.some(([a, b]) => (m.start >= b && SUCCESSOR_THEN_NAME.test(fold(r.sentence.text.slice(b, m.start)))) || (m.end <= a && NAME_THEN_SUCCESSOR.test(fold(r.sentence.text.slice(m.end, a)))))) continue;
      // "sur le pont Black Sabbath", "au lycée Victor-Hugo": a name right after a venue's noun names the venue.
      if (isVenueHead(fold(VENUE_NOUN_BEFORE.exec(r.sentence.text.slice(Math.max(0, m.start - VENUE_NOUN_REACH), m.start))?.[1] ?? ''))) continue;
      // "C'est qui qui a battu X ?" of "il a été sélectionné par Y pour la finale": the agent of another act, in a
      // sentence that says neither the asked verb nor a synonym, did not do the asked one.
      // ("le certificat déposé à Londres et obtenu par le Norvald Times": an organisation neither, even in a sentence that
      // says the asked verb of something else; a passive's agent is read as its subject, and the test holds for it too.)
      if (verb && !speechVerbAsked && ((m.type === 'person' && !isSubject && !r.sentence.terms.some((t) => verbForms.has(t))) || m.type === 'org') && agentOfOtherAct(r.sentence.text, m.start, verbForms, q)) continue;
      // "les funérailles d'Etat", "Le Premier ministre": one capitalised word the corpus's sentences hold far more often
      // than they name it is the common word, no one's name.
      if (commonWord(m.entity)) continue;
      // "le Premier ministre letton": a capitalised word that opens a title with the word after it names no one.
      if (opensTitle(r.sentence.text, m)) continue;
      // "deux ouvrages : « Patience dans l'azur » et …": one capitalised word that opens a quotation and a phrase of
      // small words goes on is a work's title, no one's name.
      if (opensQuotedTitle(r.sentence.text, m)) continue;
      // (Nor a body: "Comment s'appelle le soldat qui a tiré le missile ?" of "… a abattu le Boeing": a person's name is asked.)
      if (placeRefused && (m.type === 'place' || m.type === 'org')) continue;
      // "« L'auteur … n'a aucun lien avec l'Etat islamique », a déclaré X": a body the quoted words name said nothing.
      // (Nor a person the quoted words name: « X est mort paisiblement », ont annoncé ses proches.)
      if (speechVerbAsked && (m.type === 'org' || m.type === 'person') && insideQuotation(r.sentence.text, m.start)) continue;
      // "Qui a annoncé l'identification des restes de l'imam ?": one the sentence calls by a role the question gives
      // someone else ("l'imam") is that other.
      if (questionsRole(m, r.sentence.text)) continue;
      // "… 30 morts par Sakura Murakami et Kiyoshi Takenaka NANAO, Japon (Reuters) -": the authors of a dispatch do
      // nothing in its story; they answer only who wrote or signed it.
      if (m.type === 'person' && !authorAsked && isByline(r.sentence.text, m)) continue;
      // "… le 7 août - XYZ / AFP", "( AFP / JAAN KASK )": a photograph's credit names who took it, nothing of the story.
      if (!authorAsked && isCredit(r.sentence.text, m)) continue;
      // "C'est qui le gars qui a tiré ?" of "…, selon plusieurs médias, qui citent le procureur X": the source a report
      // cites did not do the deed asked by its agent.
      // (The words right before the name, folded, read by the three tests below.)
      const lead = fold(r.sentence.text.slice(Math.max(0, m.start - CITED_REACH), m.start)).replace(/’/g, "'");
      if (m.type === 'person' && q.agent && !speechVerbAsked && CITED_BEFORE.test(lead)) continue;
      // "C'est qui qui conduisait la déneigeuse ?" of "X, le conducteur de la déneigeuse que l'avion de Y a heurtée": one a
      // thing's noun is of ("l'avion de Y") owns it; the agent asked is someone else.
      const owner = OWNED_BEFORE.exec(lead)?.[1];
      if (m.type === 'person' && q.agent && !isSubject && owner !== undefined && !isPersonNoun(singularOf(owner)) && !FR.stopwords.has(owner)) continue;
      // "Il s'appelle comment, l'assistant qui …" of "Selon le journal X, l'acteur a été retrouvé par son assistant": a
      // body a report is cited from holds no person's role the question asks.
      if (m.type === 'org' && personAsked && CITED_BEFORE.test(lead)) continue;
      // "D'après quels médias …", "Quelle entreprise …": an organisation is asked, a person does not answer.
      // Unless the sentence gives it the noun asked right before it ("l'agence de propagande Tarvak", read as a person).
      if (q.expects === 'org' && m.type === 'person' && !(nounBefore?.test(fold(r.sentence.text.slice(Math.max(0, m.start - NOUN_BEFORE_REACH), m.start))))) continue;
      // "Comment s'appelle l'entreprise …": a name asked of an organisation's noun is an organisation's, no person's or place's.
      if (orgName && m.type !== 'org') continue;
      // "Le bus, c'était quelle marque ?": a brand names the thing ("une BMW", "le bus « Yutong »"); a place, or a name
      // that completes another noun ("un photographe de l'AFP", "le tireur des Champs-Élysées"), is none.
      if (brandAsked && (m.type === 'place' || !brandNamed(r.sentence.text, m.start))) continue;
      // "Quel journal a révélé …" of "la compagnie égyptienne Flash Airlines": a body the text gives a noun of another
      // kind right before its name ("compagnie", a company, for "journal", a medium) is not of the kind asked.
      // ("le crash de Flash Airlines" names it by no noun: the kind another sentence gives it counts.)
      if (kindAsked && m.type === 'org' && otherOrgKind(orgKindOf(k, m.entity, r.sentence.text.slice(Math.max(0, m.start - ORG_NOUN_REACH), m.start)), kindAsked)) continue;
      // "le mec de chez Google …": one the sentence or the corpus ties to that company.
      if (employer && !sentenceSays(employer) && !describedAs(m.entity).includes(employer)) continue;
      // "quelle entreprise allemande": one the text calls German beside its name ("la compagnie allemande X").
      // A person's country may be said anywhere in the sentence ("Les autorités turques …, selon le ministre X").
      const reach = m.type === 'person' ? r.sentence.text.length : ROLE_REACH;
      const ofPeople = m.type === 'person' ? nationality : nationalityOwn;
      // ("… rendu public par le gouvernement espagnol. « … », a expliqué la ministre X": a person's country may be said
      // by a sentence beside theirs in the paragraph, when their own names no people — "le ministre égyptien X", "les
      // ministres français (X), néerlandais (Y)" are of other countries.)
      const besideSays = (re: RegExp) => m.type === 'person' && !(r.sentence.text.match(/\p{L}+/gu) ?? []).some((w) => isDemonym(w))
        && [r.index - 1, r.index + 1].some((i) => k.sameParagraph(r.index, i) && re.test(fold(k.sentence(i).text)));
      if (ofPeople && !ofPeople.test(fold(r.sentence.text.slice(Math.max(0, m.start - reach), m.end + reach))) && !ofPeople.test(describedAs(m.entity)) && !besideSays(ofPeople)) continue;
      if (nationalityOf && nationalityOf(fold(r.sentence.text)) !== 'asked' && nationalityOf(describedAs(m.entity)) === 'other') continue;
      // "Quel procureur …": a person given the role asked answers best — the role right before the name
      // ("l'entraîneur Ekkapol"), in an apposition right after it ("X, l'entraîneur"), or in how the corpus
      // describes the person.
      const { before, around } = roleContext(r.sentence.text, m, r.sentence.mentions);
      // "X, qui aurait d'abord tué son père": the role is of the one X's verb acts on, not X's.
      if (actsOnRoleAfter(r.sentence.text, m)) continue;
      // "trois ministres ont quitté le gouvernement : celui des Sports X, celle de la Santé Y": the pronoun stands for the
      // role said earlier in the sentence.
      const standsFor = roleAsked !== undefined && PRONOUN_OF.test(before) && holdsRole(fold(r.sentence.text.slice(0, Math.max(0, m.start - ROLE_REACH))));
      // "Merah vise trois parachutistes … : A et B meurent, C restera tétraplégique": a name in the list a colon opens
      // after the role in the plural holds it.
      const listed = roleAsked !== undefined && listedAfterRole(fold(r.sentence.text.slice(0, m.start)), roleAsked);
      // "a indiqué le porte-parole de la Marine, le capitaine de frégate X": the phrase that names the speaker holds it too.
      const spokenAs = acts.some((a) => a.entity === m.entity && holdsRole(fold(a.speakerText)));
      // "Qui dirige l'enquête ?" of "Le capitaine X, qui dirige l'enquête": the subject of the heading verb heads it.
      // "Le patron de la Fondation X" of "Y, qui dirige la Fondation X": a heading role asked is held by who heads.
      const heads = (headAsked || headingRoleAsked) && HEADS_AFTER.test(r.sentence.text.slice(m.end, m.end + ROLE_REACH));
      // "X tient un garage" for "le garagiste": a description noun the classes do not know, said by the words after the name.
      // Not past a comma: "X de classer l'affaire, car le chalutier a coulé" says nothing of X.
      const saysStem = !!stemRe && stemRe.test(ownWords(fold(r.sentence.text.slice(m.end, m.end + ROLE_REACH).split(/[,;:]/)[0]!)));
      // "l'accusé surnommé « l'homme au chapeau »": the nickname the question quotes, said right after the name.
      const nicknamed = !!nickname && fold(r.sentence.text.slice(m.end, m.end + NICKNAME_REACH)).replace(/[«»"“”]/g, ' ').replace(/\s+/g, ' ').includes(nickname);
      // "Quel magistrat présidait la cour …": "le président X", not the head of another body ("président de la SNCF").
      const headsAsked = !!headRe && (headRe.test(around) || headRe.test(describedAs(m.entity)))
        && !(headed && [around, describedAs(m.entity)].some((t) => [...headRoles()].some((n) => otherHeaded(t, n))));
      // "Quel représentant de la police …" of "X de la police de l'État du Massachusetts a dit": a member noun asked is
      // held by one the text follows by the body.
      const member = memberOf !== undefined && memberOf.test(fold(r.sentence.text.slice(m.end, m.end + ROLE_REACH)));
      // "X devait rencontrer quel ministre suédois ?" of "X, ministre de l'Economie, doit rencontrer son homologue
      // suédois, Y": a counterpart holds the role of the one the question names, when that one holds the role asked.
      const counterpart = roleAsked !== undefined && COUNTERPART_BEFORE.test(before) && peopleAsked.some((id) => holdsRole(describedAs(id)));
      // ("le ministre grec de la Santé, X": a body an adjective of the role and its "de" open completes the role too.)
      // "son conseil, Me X": an honorific that says a profession ("Me", a lawyer's; data: honorificRoles) gives the role.
      // (Not for a role of someone the question names by a noun — "le conseil de la veuve de X": whose lawyer "Me Y" is,
      // the honorific does not tell.)
      const honored = roleAsked !== undefined && !nounComplementAsked && honorificRole(r.sentence.text, m.start, roleAsked, narrower);
      // "Le commerçant de 60 ans …, c'est qui ?" of "a affirmé Miguel X, 60 ans, qui …": the age the question gives the
      // one asked, written right after a person's name, tells them as the role would.
      const aged = ageAsked !== undefined && m.type === 'person' && ageAfter(r.sentence.text, m.end) === ageAsked;
      // "la Villa Algonquin" for "Comment s'appelle la demeure …": a name that opens on the noun asked (or a narrower one) holds it.
      const ownName = anyName && m.type !== 'person' && holdsRole(fold(k.ann.entities[m.entity]!.name.split(/\s+/)[0]!));
      // "Le réalisateur des Volets verts" of "le film « Les volets verts » de Jean X": the maker of a work the question
      // names, after the work's noun, its title and "de".
      const made = !!madeWork && m.type === 'person' && madeWork.test(fold(r.sentence.text.slice(Math.max(0, m.start - MADE_REACH), m.start)).replace(/’/g, "'"));
      const hasRole = roleAsked !== undefined && !roleOfBefore!.test(before) && !(m.type !== 'person' && roleAdjectiveOfBefore!.test(before)) && (holdsRole(around) || holdsRole(describedAs(m.entity)) || ownName || standsFor || listed || spokenAs || heads || saysStem || nicknamed || headsAsked || member || counterpart || honored || aged || made);
      // "Quel chef du gouvernement …": a person is asked; a name the text does not give that role (a ship, a company) does
      // not answer.
      if (q.expects === 'person' && personAsked && m.type !== 'person' && !hasRole && !isSubject) continue;
      // "dans une déclaration transmise à l'AFP, X a indiqué …": the body words are said to is not who said them.
      if (m.type !== 'person' && isAddressee(r.sentence.text, m.start)) continue;
      // "a posté lundi sur Twitter la photo d'une fillette": a name after "sur" is where something was said or shown,
      // not the person asked.
      if (q.expects === 'person' && m.type !== 'person' && ON_BEFORE.test(r.sentence.text.slice(Math.max(0, m.start - ON_REACH), m.start)) && !ON_ASKED.test(fold(q.text))) continue;
      // "à l'occasion des funérailles d'Elizabeth II" for "Qui s'est chargé du sermon …": the one an event is of (the
      // dead of a funeral, the honoured of a tribute) does not do what the question asks, unless its verb is that event's.
      if (m.type === 'person' && !isSubject && befallen.has(m.entity)) continue;
      if (m.type === 'person' && !isSubject && eventOf(fold(r.sentence.text.slice(Math.max(0, m.start - EVENT_OF_REACH), m.start)), verbForms)) continue;
      // "La ministre de la Justice …": a minister of something else does not answer.
      // "Le maire d'Amatrice …": "A Amatrice …, a assuré X, le maire de ce petit village" says the complement in the
      // sentence; "les ministres des Outremer X, de l'Education Y" gives X a complement of its own.
      // "Kadri Kask, directrice de l'Office balte des enquêtes (OBE)" for "la directrice de l'OBE": the
      // complement's initials, in brackets in the apposition, are that complement.
      const initialsSaid = !!complement && appositionOf(r.sentence.text, m.end).includes(`(${complement})`);
      const ownComplement = complement && !initialsSaid ? otherComplement(around, roleAsked!, complement) : false;
      // "Farid Soilihi, le président de l'association" for "Qui présidait le tribunal": a narrower role of another body
      // (not one the sentence says heads what is asked: "X, qui préside la conférence").
      if (headed && !heads && !saysHeaded(around) && !saysHeaded(describedAs(m.entity))
        && [around, describedAs(m.entity)].some((t) => [...narrower].some((n) => otherHeaded(t, n)))) continue;
      // "le président de la Fédération internationale" for "Qui préside la fédération chilienne": another body.
      if (qualifierAsked && !heads && [around, describedAs(m.entity)].some(otherQualified)
        && ![around, describedAs(m.entity)].some((t) => t.includes(`${headed} ${qualifierAsked}`))) continue;
      // "Le chef de la police … a démissionné après la mort de l'ancien Premier ministre X": the sentence gives the
      // body asked its own head, so X, who holds a heading role of no such body, is not it.
      if (headedElsewhere(r.sentence.text, r.sentence.mentions, m)) continue;
      // "Quel enquêteur du BST …": "l'enquêteur X" with the BST (a body or a place) named in a sentence nearby of the same
      // article holds it.
      // ("la Villa Algonquin" for "la demeure de X", X whom the corpus is about: a thing of that kind in an article that
      // names X is X's, unless the text gives it another complement.)
      const subjectsThing = complementIsSubject && m.type !== 'person' && !ownComplement && k.ann.entities[subjectAsked!]!.docs.includes(r.sentence.doc);
      if (complement && hasRole && !initialsSaid && !around.includes(complement) && !describedWith(m.entity, complement) && !ofSubjectByNoun(around) && !subjectsThing && (ownComplement || (!sentenceSays(complement) && !(complementIsBody && (complementIsSetting || nearbySays(r.index, complement))) && !complementIsStory && !(!otherComplement(describedAs(m.entity), roleAsked!, complement) && roleOfComplementSaid())))) continue;
      // "l'avocat de X": a relation to one person; "l'avocate Y, qui représente des familles" in a sentence that names X
      // is not it — the role must be said of X ("son avocate Y", "Y, l'avocat de X").
      // ("l'ancien assistant de la star" for "l'assistant de X" when X is whom the corpus is about: a noun of a person as
      // the role's complement stands for X.)
      if (complement && complementIsPerson && hasRole && !(around.includes(complement) && !ofOtherBearer(around)) && !descriptionsOf(m.entity).some((d) => d.includes(complement) && !ofOtherBearer(d)) && !(POSSESSIVE_ROLE.test(before) && namedEarlier(r.index, m.start))
        && !ofSubjectByNoun(around) && !subjectsThing) continue;
      // (Or by its sentence: "Le suspect « plaidera non-coupable », annonce l'avocat X chargé de le représenter".)
      // (A role said with a complement of its own, "frère de X", may be of the one the noun names: kept.)
      if (personComplement && hasRole && !around.includes(personComplement) && !describedWith(m.entity, personComplement) && !POSSESSIVE_ROLE.test(before) && !sentenceSays(personComplement)
        && !roleOfSome!.test(around) && !roleOfSome!.test(describedAs(m.entity))) continue;
      // "Quel arbitre …": a person the text never gives that role does not answer; nor does an organisation the
      // role's word stands beside ("il juge la SNCF" for "Quelle magistrate …").
      // ("Quel musicien avait réalisé le disque ?" of "Notamment X, qui avait réalisé le disque": the subject of the asked verb
      // whom the corpus describes by no role at all holds the role the question gives them.)
      const undescribed = isSubject && m.type === 'person' && !k.ann.entities[m.entity]!.descriptions.length;
      if (roleRequired && (!(hasRole || undescribed) || (q.expects === 'person' && m.type !== 'person'))) continue;
      // "Le président de Balti Lennud, X" for "le patron de Balti Lennud": the role with the complement asked,
      // over "son président Y" near another mention of it.
      const completed = hasRole && !!roleWithComplement && (roleWithComplement.test(around) || roleWithComplement.test(describedAs(m.entity)));
      const role = hasRole ? TUNING.askedRole * (completed ? TUNING.roleOfComplement : 1) : 1;
      // "X travaillait pour quelle entreprise ?": the name right after the question's verb and "pour" is the one asked.
      const forObject = !!forForms && forObjectOf(r.sentence.text, m.start, forForms);
      // "a laissé 2 millions à sa sœur, X, et 5 millions à Y" for "À qui … 5 millions ?": what is given stands before
      // the one it is given to; a recipient is near the question's words before it.
      const near = recipients.has(`e${m.entity}`) ? points.filter((p) => p < m.start) : points;
      const weight = (m.type === 'person' ? 1 : TUNING.organisation) * proximity(m.start, near) * (isSubject || forObject ? TUNING.subjectOfVerb : 1) * role;
      const key = `e${m.entity}`;
      vote(pool, key, weightOf(r) * weight, r.index, r.sentence.doc);
      // A body read as a person shows as the sentence names it ("Tarvak", not "Kuru Tarvak").
      display.set(key, q.expects === 'org' && m.type === 'person' ? r.sentence.text.slice(m.start, m.end) : k.displayName(m.entity));
    }
    // Speakers of what the sentence reports ("a annoncé mardi un conseiller de la présidence").
    for (const a of k.speechBySentence.get(r.index) ?? []) {
      const act = k.ann.speech[a];
      // ("Quel ministre …" of "Le ministre de la Santé, X, a déclaré": a body the speaker's title names is no person asked.)
      if (act.entity !== undefined && (q.entities.has(act.entity) || isNamed(act.entity) || (q.expects === 'org' && k.ann.entities[act.entity].type === 'person')
        || (personAsked && k.ann.entities[act.entity].type !== 'person'))) continue;
      // "il", "nous avons": a pronoun names no one.
      if ((FR.pronouns.has(fold(act.speakerText)) || FR.speakingPronouns.has(fold(act.speakerText).split(/\s+/)[0]!)) && act.entity === undefined) continue;
      if (roleRequired && !holdsRole(fold(act.speakerText)) && !(act.entity !== undefined && holdsRole(describedAs(act.entity)))) continue;
      // "le ministre de l'Intérieur avait confirmé", resolved to the last person named: one the corpus describes otherwise
      // ("X, suspect de l'attentat") is not the one the title speaks of.
      if (roleAsked !== undefined && act.entity !== undefined && !saysName(act.speakerText, act.entity) && describe(k, act.entity) && !holdsRole(describedAs(act.entity))) continue;
      // "Quel chef …": a speaker that is no person ("La compagnie a indiqué") answers only when it says the role.
      if (personAsked && !(act.entity !== undefined && k.ann.entities[act.entity].type === 'person') && !holdsRole(fold(act.speakerText))) continue;
      // ("Qui a fait savoir …" is said by any verb of speech; with a role asked, the role tells who.)
      const verbMatch = q.terms.has(fold(stem(act.verb))) || (madeKnown && roleAsked === undefined);
      // A speaker answers "qui a annoncé …"; for other verbs the one who reports an event is not who did it.
      if (!verbMatch && !speechVerbAsked) continue;
      // A speaker known only by a long phrase ("Le plongeur britannique qui a retrouvé …") is no name to give.
      if (act.entity === undefined && act.speakerText.split(/\s+/).length > TUNING.maxSpeakerWords) continue;
      const weight = verbMatch ? TUNING.speakerVerbMatch : TUNING.speakerOtherVerb;
      const key = act.entity !== undefined ? `e${act.entity}` : `s${nameKey(act.speakerText)}`;
      vote(pool, key, weightOf(r) * weight, r.index, r.sentence.doc);
      if (!display.has(key)) display.set(key, act.entity !== undefined ? k.displayName(act.entity) : act.speakerText);
    }
    // "Le chef de la police nationale a annoncé sa démission. « … », a déclaré Itaru Nakamura": the role asked, said
    // with its article and no name beside it, is held by the one person the article names first in the sentences after.
    if (roleAsked !== undefined && definiteRole && (ownRoleSaid(folded ??= fold(r.sentence.text), r.sentence.mentions)
      || (r.sentence.terms.some((t) => verbForms.has(t) || verbForms.has(q.alternatives.get(t)?.of ?? '')) && ownRoleSaid(folded, r.sentence.mentions, true)))
      && !r.sentence.mentions.some((m) => m.type === 'person' && holdsRole(roleContext(r.sentence.text, m, r.sentence.mentions).around) && !headedElsewhere(r.sentence.text, r.sentence.mentions, m))
      && (!headed || headedForms.some(sentenceSays)) && (!complement || sentenceSays(complement))) {
      const holder = nextNewPerson(k, r.index);
      if (holder !== undefined && !q.entities.has(holder.entity) && !isNamed(holder.entity) && !isObject(holder.entity)
        && (!describe(k, holder.entity) || holdsRole(describedAs(holder.entity))) && actsAsHolder(k, holder, holdsRole)) {
        const key = `e${holder.entity}`;
        vote(pool, key, weightOf(r) * TUNING.identified, r.index, r.sentence.doc);
        vote(pool, key, 0, holder.sentence, r.sentence.doc);
        display.set(key, k.displayName(holder.entity));
      }
    }
    // "L'un des tireurs a été tué. Il s'agissait de l'Algérien X.", "Le plongeur, identifié sous le nom de X, …": the
    // sentence after one that says what the question asks names who it was.
    const next = r.index + 1;
    if (next < k.sentences.count && k.sentences.docOf(next) === r.sentence.doc) {
      const after = k.sentence(next);
      const cue = IDENTIFIES.exec(after.text);
      // "Il s'agirait d'un jeune homme de la région, nommé X": a name the cue's phrase goes on to give.
      const m = cue ? after.mentions.find((x) => x.type === 'person' && x.start >= cue[0].length
        && (x.start - cue[0].length <= IDENTIFIED_REACH || NAMED_AFTER.test(after.text.slice(cue[0].length, x.start)))) : undefined;
      // "Il s'agit de X (19 ans), Y (24 ans), Z …": a list names many, not the one asked.
      const listed = !!m && after.mentions.some((o) => o.type === 'person' && o.start > m.end && o.start - m.end <= IDENTIFIED_LIST_REACH);
      // "Quel média a donné le nom de …": the person identified is no organisation asked.
      if (m && !listed && q.expects !== 'org' && !q.entities.has(m.entity) && !isNamed(m.entity) && !isObject(m.entity)
        && (!roleRequired || holdsRole(fold(r.sentence.text)) || holdsRole(fold(after.text)) || holdsRole(describedAs(m.entity)))) {
        const key = `e${m.entity}`;
        vote(pool, key, weightOf(r) * TUNING.identified, next, r.sentence.doc);
        display.set(key, k.displayName(m.entity));
      }
    }
  }
  // No name does it: the phrase that is the subject of the question's verb ("Le Service géologique des
  // États-Unis a mesuré …") — only when no name answers, and only a short phrase opened by a determiner.
  if (!pool.size && verb) {
    for (const r of read) {
      const np = subjectPhrase(r.sentence.text, verb);
      // "Quel chef …": the phrase must give the role asked ("La compagnie a annoncé" names no chef).
      if (!np || ((roleRequired || personAsked) && !holdsRole(fold(np)))) continue;
      const key = `p${nameKey(np)}`;
      vote(pool, key, weightOf(r) * TUNING.subjectPhrase, r.index, r.sentence.doc);
      if (!display.has(key)) display.set(key, np);
    }
  }
  // "Sous la supervision de quel ministère ?": an organisation named by its noun and complement ("du ministère de
  // l'Intérieur"), when no name answers.
  if (!pool.size && q.expects === 'org' && q.noun) {
    // "du magazine « TIME »", "le journal Libération": the name may follow the noun with no "de".
    const head = new RegExp(`(?<![\\p{L}])${escapeRegExp(q.noun)}s?\\s+(?:de\\s+la\\s+|de\\s+l['’]|du\\s+|des\\s+|de\\s+|d['’])?`, 'gu');
    for (const r of read) {
      const text = r.sentence.text;
      // fold keeps every character in place: offsets found in the folded text hold in the sentence.
      for (const m of fold(text).matchAll(head)) {
        const name = ORG_NAME.exec(text.slice(m.index! + m[0].length));
        if (!name) continue;
        const phrase = text.slice(m.index!, m.index! + m[0].length + name[0].length);
        const key = `p${nameKey(phrase)}`;
        vote(pool, key, weightOf(r) * TUNING.subjectPhrase, r.index, r.sentence.doc);
        if (!display.has(key)) display.set(key, phrase);
      }
    }
  }
  // "Il bossait pour quelle boîte ?" of "travaillait pour le site de musique en streaming X": a name of no known kind
  // that one works for or at is the organisation asked, when no other name answers.
  if (!pool.size && q.expects === 'org') {
    for (const r of read) {
      let points: ReturnType<typeof anchors> | undefined;
      for (const m of r.sentence.mentions) {
        if (m.type !== 'other' || q.entities.has(m.entity) || !WORKS_FOR_BEFORE.test(r.sentence.text.slice(Math.max(0, m.start - WORKS_FOR_REACH), m.start))) continue;
        const key = `e${m.entity}`;
        vote(pool, key, weightOf(r) * TUNING.subjectPhrase * proximity(m.start, (points ??= anchors(q, r))), r.index, r.sentence.doc);
        display.set(key, k.displayName(m.entity));
      }
    }
  }
  // "Le trésorier qui a vidé la caisse, c'était qui ?": the sentences that tell it say "le trésorier" and name no
  // one; the one person the corpus describes by that role is the one they speak of.
  if (!pool.size && roleRequired) {
    // "Comment s'appelle le suspect ?": one the corpus calls "l'assaillant" holds the role too.
    const role = anyWord([roleAsked!, ...narrower])!;
    const telling = read.filter((r) => role.test(fold(r.sentence.text)));
    // Who holds the role: by the corpus's descriptions, or named beside it in a ranked sentence ("X, le trésorier").
    const holders = new Map<number, number[]>();
    if (telling.length) {
      // How the corpus best describes each person (not any one description: "ancien joueur" does not make a player).
      // "Quel ministre de l'Éducation …": a minister of something else holds another role.
      // "le suspect de l'attaque": one the corpus calls only "l'assaillant" (a narrower role, with no complement of
      // its own) holds it too.
      // "Qui présidait le tribunal": the president of an association holds another role.
      const of = complement ?? headed ?? personComplement;
      const completes = (text: string) => !of || text.includes(of) || (of === personComplement && roleOfSome!.test(text))
        || (!text.includes(roleAsked!) && ![...narrower].some((n) => otherComplement(text, n, of)));
      // ("le président" at best, "le président du club" once, for "le patron de la FBV": one the corpus ever gives the
      // role with another complement, and never with the one asked, is not it.)
      const completesAll = (id: number) => !of || describedWith(id, of) || descriptionsOf(id).every(completes);
      for (const e of k.ann.entities) if (e.type === 'person' && e.descriptions.length && role.test(ownRoles(describedAs(e.id))) && completes(describedAs(e.id)) && completesAll(e.id)) holders.set(e.id, e.descriptions.map((d) => d.sentence));
      for (const r of ranked) {
        for (const m of r.sentence.mentions) {
          if (m.type !== 'person' || q.entities.has(m.entity)) continue;
          const { before, around } = roleContext(r.sentence.text, m, r.sentence.mentions);
          if (roleOfBefore!.test(before) || actsOnRoleAfter(r.sentence.text, m)) continue;
          // ("a expliqué le président X" for "le patron de la FBV": one the corpus describes as the head of another body
          // is not it, though this sentence gives the role alone.)
          if (role.test(ownRoles(around)) && completes(around) && completesAll(m.entity)) holders.set(m.entity, [...(holders.get(m.entity) ?? []), r.index]);
        }
      }
    }
    // "Une des religieuses réussit à prendre la fuite": the role said in the plural is held by several people, so the
    // one person the corpus gives it is not the one the sentence tells of.
    const plural = new RegExp(`(?<![\\p{L}])${escapeRegExp(roleAsked!)}[sx](?![\\p{L}])`, 'u');
    const several = telling.some((r) => plural.test(fold(r.sentence.text)));
    if (holders.size === 1 && !several) {
      const [[id, said]] = [...holders];
      const key = `e${id}`;
      for (const i of said) vote(pool, key, TUNING.roleHolder, i, k.sentences.docOf(i));
      for (const r of telling) vote(pool, key, weightOf(r) * TUNING.roleHolder, r.index, r.sentence.doc);
      display.set(key, k.displayName(id));
    }
  }
  // "a indiqué le procureur d'Albertville mercredi": a phrase of a title and its complement names the one person the
  // corpus describes by both ("Le procureur de la République d'Albertville (Savoie), Patrick Quincy").
  for (const key of [...pool.keys()]) {
    if (key.startsWith('e')) continue;
    const holder = titledHolder(k, display.get(key) ?? '', q, ranked);
    if (holder === undefined) continue;
    const from = pool.get(key)!;
    pool.delete(key);
    const to = `e${holder}`;
    for (const [i, score] of from.support) vote(pool, to, score, i, k.sentences.docOf(i));
    display.set(to, k.displayName(holder));
  }
  // "C'est qui le secrétaire d'État à la Mer qui a annoncé …" is not answered by "le secrétaire d'État chargé de la
  // Mer": a phrase that is no name and mostly says the question's own words names no one.
  const asked = new Set(terms(q.text));
  for (const [key, shown] of display) if (!key.startsWith('e') && restates(shown, asked)) pool.delete(key);
  // "Quel élu a salué …" is not answered by "l'élu démocrate": a phrase that names no one and says the role asked only
  // restates the question.
  if (roleAsked !== undefined) for (const [key, shown] of display) if (!key.startsWith('e') && !/\p{Lu}/u.test(shown.slice(1)) && terms(shown).includes(fold(stem(roleAsked)))) pool.delete(key);
  // "sur Twitter la fiancée turque du journaliste, X" for "la fiancée de Y": an online platform is no person.
  if (q.expects === 'person') for (const key of [...pool.keys()]) if (key.startsWith('e') && isPlatform(k.ann.entities[Number(key.slice(1))]!.name)) pool.delete(key);
  // "son avocate c'est qui ?": a role asked in its feminine form is held by no man the given names tell.
  // "Quelle jeune femme …", "Quel garçon …": a noun that says the sex of whom it asks, likewise.
  // ("La Première ministre …", "la juge": a role of one form for both sexes, after a feminine article.)
  const sexAsked = roleAsked && (isFeminineRole(roleAsked) || feminineForms(roleAsked).some((f) => new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(f)}(?![\\p{L}])`, 'u').test(fold(q.text)))
    || FEMININE_ARTICLE_BEFORE(roleAsked).test(fold(q.text)))
    ? 'f' : q.noun !== undefined ? sexOfPersonNoun(q.noun) : undefined;
  if (sexAsked) {
    for (const key of [...pool.keys()]) {
      if (!key.startsWith('e')) continue;
      const e = k.ann.entities[Number(key.slice(1))]!;
      // ("C'est qui la femme de X ?" of "Y, père de X": a person the corpus calls only by nouns of the other sex.)
      const sex = e.type === 'person' ? sexOfGivenName(e.name.split(/\s+/)[0]!) ?? sexOfDescriptions(e) : undefined;
      if (sex !== undefined && sex !== sexAsked) pool.delete(key);
    }
  }
  // "C'est qui le gars qui a tiré …": the one person the corpus ever describes by the verb's agent noun ("tireur") is
  // the one asked, over a name the sentences that tell the fact give without it.
  if (q.agent && roleAsked !== undefined) {
    const top = best(pool);
    const role = anyWord([roleAsked, ...narrower])!;
    const ever = (id: number) => canonicalTitles(fold(k.ann.entities[id]!.descriptions.map((d) => d.text).join(' | ')));
    if (!top || !top.key.startsWith('e') || !role.test(ever(Number(top.key.slice(1))))) {
      const holders = k.ann.entities.filter((e) => e.type === 'person' && !q.entities.has(e.id) && !isNamed(e.id) && e.descriptions.length && role.test(ever(e.id)));
      if (holders.length === 1) {
        const h = holders[0]!;
        const key = `e${h.id}`;
        const beat = Math.max(0, ...[...pool.values()].map((x) => x.score)) * TUNING.agentHolder;
        for (const d of h.descriptions) vote(pool, key, beat / h.descriptions.length, d.sentence, k.sentences.docOf(d.sentence));
        display.set(key, k.displayName(h.id));
      }
    }
  }
  // "La cour, elle était présidée par qui ?": the agent of the verb asked, when a sentence gives one, over names beside it.
  // "Le congrès, c'est qui qui le présidait ?" of "ce congrès présidé par X": who the sentences say heads it, likewise.
  if ((AGENT_ASKED.test(q.text) || (headAsked && !!verb && HEAD_VERB.test(verb))) && [...pool.keys()].some((key) => agents.has(key))) for (const key of [...pool.keys()]) if (!agents.has(key)) pool.delete(key);
  // The one a sentence gives the thing to, when one does, over the names the thing itself brings ("les enfants de son fils, X").
  if (recipientAsked && [...pool.keys()].some((key) => recipients.has(key))) for (const key of [...pool.keys()]) if (!recipients.has(key)) pool.delete(key);
  // "Qui dirigeait l'institut lors de l'incendie ?": a name the corpus describes as head of the
  // body asked answers over the names the question's other words bring ("l'incendie, signalé par …").
  if (headAsked && !complement) {
    // (The body headed, read above when a role is asked.)
    const body = headed ?? headComplement(q.text, k);
    const headOf = body ? new RegExp(`${roleCompletedBy(headRoles(), [fold(body)])}(?![\\p{L}])`, 'u') : undefined;
    const heads = headOf ? [...pool.keys()].filter((key) => key.startsWith('e') && headOf.test(describedAs(Number(key.slice(1))))) : [];
    if (heads.length) for (const key of [...pool.keys()]) if (!heads.includes(key)) pool.delete(key);
  }
  // "Qui a succédé à X comme préfet ?": whoever the question names is not the one it asks for, by whichever way they
  // came in (a role's holder too).
  for (const key of [...pool.keys()]) if (key.startsWith('e') && q.entities.has(Number(key.slice(1)))) pool.delete(key);
  // "La petite Ana voyageait avec son père, il s'appelait comment ?": a person whose given name the question writes,
  // as a name, is the one it speaks of, not the one it asks for ("Ana Souto dos Reis").
  for (const key of [...pool.keys()]) if (key.startsWith('e') && givenNameWritten(k.ann.entities[Number(key.slice(1))]!, q.text)) pool.delete(key);
  // "Au stade, le président cubain a eu droit à une poignée de main de qui ?": the title the question makes its subject
  // is not the one asked after a preposition; one the sentences give that title ("le président cubain Raùl Castro") is
  // the subject, not the answer. "Qui présidait la cérémonie lors des obsèques du président ?": a title the question
  // gives as a complement is someone else's too (the sentences' words, not the corpus's descriptions: "la compagne du
  // tireur, X" leaves X described as "tireur").
  // The title said as a complement there too ("l'avocat du capitaine X, Y") is not the one the name holds.
  for (const { words, complement } of otherTitles(q)) {
    const patterns = words.map((w) => new RegExp(`${complement ? "(?<!(?:du|des|de\\s+la|de\\s+l')\\s*)" : ''}(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'u'));
    const titled = (id: number, i: number) => k.sentence(i).mentions.some((m) => {
      if (m.entity !== id) return false;
      const { around } = roleContext(k.sentence(i).text, m, k.sentence(i).mentions);
      return patterns.every((re) => re.test(around));
    });
    for (const [key, c] of [...pool]) {
      if (!key.startsWith('e')) continue;
      const id = Number(key.slice(1));
      if ([...c.support.keys()].some((i) => titled(id, i))) pool.delete(key);
    }
  }
  // "… avec qui ?": only one a sentence joins to the one named, by whichever way a name came in.
  if (companionAsked) for (const key of [...pool.keys()]) if (!companionKeys.has(key)) pool.delete(key);
  // "Sur quelle chaîne …": the bodies the corpus calls by the very noun asked ("la chaîne de télévision X", "X, la chaîne
  // de Y") answer over those it gives another noun or none ("des médias américains, notamment Z").
  if (kindAsked && q.noun) {
    const calledSo = [...pool.keys()].filter((key) => key.startsWith('e') && k.ann.entities[Number(key.slice(1))]!.type === 'org' && calledBy(k, Number(key.slice(1)), q.noun!));
    if (calledSo.length) for (const key of [...pool.keys()]) if (!calledSo.includes(key)) pool.delete(key);
  }
  // "C'est qui qui a annoncé la mort du pape ?", "Qui a proposé …": a question that opens on "qui" and asks no noun asks
  // for a person first: when the sentences give one, a body, a place or a phrase that names no one ("le Vatican", "la
  // FIFA") does not answer it (measured on the development sets: such answers were right 0 times in 11). With no
  // person, a body still answers ("Qui a revendiqué l'attaque ?").
  // (Only a person a supporting sentence names, and whom the sentences support not far less than the best: "a indiqué le
  // chef de l'ONU" is no statement of the minister another sentence calls "le chef de la diplomatie".)
  const isPerson = (key: string) => key.startsWith('e') && k.entityType(Number(key.slice(1))) === 'person';
  const namedIn = (key: string, x: Candidate) => [...x.support.keys()].some((i) => k.sentence(i).mentions.some((m) => `e${m.entity}` === key));
  const topScore = Math.max(0, ...[...pool.values()].map((x) => x.score));
  if (!roleAsked && !q.noun && !q.english && OPENS_ON_QUI.test(fold(q.text)) && [...pool].some(([key, x]) => isPerson(key) && namedIn(key, x) && x.score >= TUNING.personOverBody * topScore)) {
    for (const key of [...pool.keys()]) if (!isPerson(key)) pool.delete(key);
  }
  const c = best(pool);
  if (!c) return null;
  let answer = display.get(c.key) ?? c.key;
  if (c.key.startsWith('e')) {
    const id = Number(c.key.slice(1));
    const d = k.ann.entities[id].type === 'person' ? describe(k, id) : undefined;
    if (d) answer = `${answer}, ${d}`;
  }
  return finish(k, ranked, c, clip(answer, CUT));
}

/**
 * The one person, not named by the question, whom the corpus describes by every word of a phrase that gives a title and
 * a complement, in a description or right before the name in a ranked sentence ("le procureur d'Albertville": "Le
 * procureur de la République d'Albertville (Savoie), Patrick Quincy"); undefined when none or
 * several are, or the phrase has no title or no word beside it.
 */
function titledHolder(k: Knowledge, phrase: string, q: AnalyzedQuestion, ranked: ScoredSentence[]): number | undefined {
  const words = fold(phrase).split(/[^\p{L}-]+/u).filter((w) => w && !FR.stopwords.has(w));
  const title = words.find((w) => FOLDED_TITLES.has(w));
  const rest = words.filter((w) => w !== title);
  if (!title || !rest.length) return undefined;
  // Built once: the corpus's people are read with them (thousands at scale).
  const [titleRe, ...restRes] = [title, ...rest].map((w) => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'u'));
  const saysAll = (text: string) => titleRe!.test(text) && restRes.every((re) => re.test(text));
  const holders = new Set(k.ann.entities.filter((e) => e.type === 'person' && !q.entities.has(e.id)
    && e.descriptions.some((d) => saysAll(fold(d.text)))).map((e) => e.id));
  // The description may keep only the title ("procureur"): the words right before a name in the ranked sentences give
  // the complement too.
  for (const r of ranked) {
    for (const m of r.sentence.mentions) {
      if (m.type !== 'person' || q.entities.has(m.entity)) continue;
      const before = fold(r.sentence.text.slice(Math.max(0, m.start - LONG_TITLE_REACH), m.start)).split(/[.;:!?«»]/).at(-1)!;
      if (saysAll(before)) holders.add(m.entity);
    }
  }
  return holders.size === 1 ? [...holders][0] : undefined;
}

/**
 * A possessive before the role right before a name ("son avocate X", "l'adjoint de celui-ci, X"), in folded text; one
 * word may stand between, a given name read apart from the name ("l'adjoint de celui-ci, Luiz Carlos da Costa").
 */
const POSSESSIVE_ROLE = /(?:(?:^|[^\p{L}])(?:son|sa|ses|leur|leurs)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|[\p{L}-]+\s+(?:de|d')\s*(?:celui-ci|celle-ci|ce dernier|cette derniere))\s*,?\s*(?:[\p{L}-]+\s+)?$/u;

/** Sentences after one that gives a role without a name read for the name of who holds it. */
const HOLDER_REACH = 2;
/**
 * The first person an article names after a sentence, in the HOLDER_REACH sentences that follow it, when they name
 * one person only and the article has not named them before.
 */
function nextNewPerson(k: Knowledge, index: number): { entity: number; sentence: number; start: number; end: number } | undefined {
  const doc = k.sentences.docOf(index);
  const [first, end] = k.sentences.range(doc);
  const seen = new Set<number>();
  for (let i = first; i <= index; i++) for (const m of k.sentence(i).mentions) if (m.type === 'person') seen.add(m.entity);
  for (let i = index + 1; i < Math.min(end, index + 1 + HOLDER_REACH); i++) {
    const people = new Set(k.sentence(i).mentions.filter((m) => m.type === 'person').map((m) => m.entity));
    if (!people.size) continue;
    const fresh = [...people].filter((e) => !seen.has(e));
    const m = k.sentence(i).mentions.find((x) => x.entity === fresh[0]);
    return fresh.length === 1 && people.size === 1 && m ? { entity: fresh[0]!, sentence: i, start: m.start, end: m.end } : undefined;
  }
  return undefined;
}

/**
 * True when the person named after a role without a name speaks in their sentence ("», a déclaré X") or opens its
 * clause as its subject ("Après quatre heures, X a requis"), with no apposition that gives them another role ("X,
 * garagiste à Tartu, …"); a name after "de" ("l'appartement de X") is no subject.
 */
function actsAsHolder(k: Knowledge, h: { entity: number; sentence: number; start: number; end: number }, holdsRole: (folded: string) => boolean): boolean {
  if (k.actsIn(h.sentence).some((a) => a.entity === h.entity)) return true;
  const text = k.sentence(h.sentence).text;
  const before = text.slice(0, h.start).trimEnd();
  if (before !== '' && !/[,;:]$/u.test(before)) return false;
  const apposition = /^\s*,([^,;:.]*),/u.exec(text.slice(h.end))?.[1];
  return apposition === undefined || holdsRole(fold(apposition));
}

/** "qui a tué le professeur": the noun the question's verb acts on (folded). */
/** A question about who wrote a text ("Qui signe la dépêche", "Quel journaliste a écrit …"), folded. */
const AUTHOR_ASKED = new RegExp(`(?:^|[^a-z])(?:${answerWords.authorAsked.join('|')})`);
/** "par X" or "par X et" right before a byline's name. */
const BYLINE_BEFORE = /(?:^|[\s,;:.!?»"”-])par\s+(?:\p{Lu}[\p{L}'’-]*\.?\s+){0,3}?(?:et\s+)?$/u;
/** After a byline's name: another author, then a dateline in capitals ("NANAO, Japon"), an agency in brackets or the end. */
const OTHER_AUTHORS = "(?:\\s*(?:,|et)\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})*\\s*";
const BYLINE_AFTER = new RegExp(`^${OTHER_AUTHORS}(?:\\p{Lu}{3,}(?![\\p{Ll}])|\\((?:${answerWords.newsAgencies.join('|')})\\)|[|—–-]\\s)`, 'u');
/** Characters read before and after a name for its byline. */
const BYLINE_REACH = 80;
/** "Par Jean Dupont" alone: a sentence that is only a byline. */
const BYLINE_ALONE = new RegExp(`^${OTHER_AUTHORS}[.]?\\s*$`, 'u');
/** True when the person mention at `m` signs the text ("… par Sakura Murakami et Kiyoshi Takenaka NANAO (Reuters) -"). */
function isByline(text: string, m: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, m.start - BYLINE_REACH), m.start);
  if (!BYLINE_BEFORE.test(before)) return false;
  const after = text.slice(m.end, m.end + BYLINE_REACH);
  return BYLINE_AFTER.test(after) || (/^\s*par\s/iu.test(text.slice(0, m.start)) && BYLINE_ALONE.test(text.slice(m.end)));
}

/** "avec qui", "en compagnie de qui", "accompagné de qui", "Qui accompagnait X" (folded): who was with the one named is asked. */
const COMPANION_ASKED = /\b(?:avec|en compagnie de|accompagnee? de|aux cotes de|a cote de)\s+qui\b|^\s*qui\s+(?:l'|les?\s+)?accompagn/;
/**
 * Between two names: "et", then a few words that say who the second is to the first ("et la première dame", "et son
 * épouse"); "des échanges avec X et Y" joins two names and says no company.
 */
const JOINED = /^\s+et\s+(?:[\p{L}'’-]+\s+){1,4}$/u;
/** Before a name: a word of company, then at most a few words ("en compagnie de son fils", "aux côtés de sa femme"). */
// (A title may run on: "accompagnée du secrétaire d'État chargé des transports X".)
const WITH_BEFORE = /(?:^|[^\p{L}])(?:avec|en compagnie d[eu'’]|accompagn[ée]e?s? d[eu'’]|aux côtés d[eu'’]|à côté d[eu'’])\s*(?:[\p{L}'’-]+\s+){0,6}$/u;
/** Characters before a name read for a word of company. */
const WITH_REACH = 80;

/** The people a sentence joins to one of `asked` ("X et la première dame Y", "X, … en compagnie de son fils Y"). */
function companionsOf(text: string, mentions: readonly { entity: number; start: number; end: number; type: string }[], asked: ReadonlyMap<number, unknown>): Set<number> {
  const found = new Set<number>();
  const named = mentions.filter((m) => asked.has(m.entity));
  if (!named.length) return found;
  for (const b of mentions) {
    if (b.type !== 'person' || asked.has(b.entity)) continue;
    const joined = named.some((a) => (a.end <= b.start && JOINED.test(text.slice(a.end, b.start))) || (b.end <= a.start && JOINED.test(text.slice(b.end, a.start))));
    // "Y, accompagné de son épouse Z, …, tout comme X": the word of company goes with the person named last before it
    // (or, when none is, with the first after it: "En compagnie de son fils Z, X est arrivé").
    const people = mentions.filter((o) => o.type === 'person' && o.entity !== b.entity);
    const host = people.filter((o) => o.end <= b.start).at(-1) ?? people.find((o) => o.start >= b.end);
    // "avec X et Y": a word of company before the one named says who came with someone else.
    const from = Math.max(0, b.start - WITH_REACH);
    const company = WITH_BEFORE.exec(text.slice(from, b.start));
    const accompanies = !!company && host !== undefined && asked.has(host.entity) && (host.start > b.start || host.end <= from + company.index);
    if (joined || accompanies) found.add(b.entity);
  }
  return found;
}

/** A successor asked, and a sentence that tells a succession (data: fr-answer-words.json successionAsked, successionSaid), folded. */
const SUCCESSION_ASKED = new RegExp(`(?:^|[^\\p{L}])(?:${answerWords.successionAsked.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
const SUCCESSION_SAID = new RegExp(`(?:^|[^\\p{L}])(?:${answerWords.successionSaid.map(escapeRegExp).join('|')})`, 'u');
/** After a name that ends a caption: "/ AFP", "/ Reuters )" — the name is the photograph's credit. */
const CREDIT_AFTER = /^\s*\/\s*\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)?\s*\)?\s*\.?\s*$/u;
/** True when the mention at `m` is a photograph's credit at the end of a caption ("XYZ / AFP", "(AFP / Jaan Kask)"). */
function isCredit(text: string, m: { start: number; end: number }): boolean {
  const after = text.slice(m.end);
  return CREDIT_AFTER.test(after) || (/\/\s*$/.test(text.slice(0, m.start)) && /^\s*\)?\s*\.?\s*$/.test(after));
}

/** "a fait savoir", "faire savoir", folded (data: question-patterns.json madeKnown). */
const MADE_KNOWN = new RegExp(patterns.madeKnown);
/** After the object of the question's verb, its complement's noun ("la mort du doyen"), folded. */
const OBJECT_COMPLEMENT = /^\s+(?:du|des|de\s+la|de\s+l'|d')\s*(\p{L}[\p{L}-]*)/u;
/** "Qui a rendu publique la date …": a word may stand between the participle and the object's article. */
/** "Qui escortait la comtesse …": a verb in a simple tense, no copula nor auxiliary, before the object's article. */
const OBJECT_OF_VERB = /(?:^|[^\p{L}])qui\s+(?:(?:a|ont|avait|avaient)\s+\p{L}+(?:\s+(?!(?:le|la|les)\s)\p{L}+)?|(?!(?:est|etait|sont|etaient|sera|seront|serait|fut|furent|devient|devenait|reste|restait|demeure)\s)\p{L}{3,}(?:ait|aient|ent|it|ut))\s+(?:le|la|les|l')\s*(\p{L}[\p{L}-]*)/u;
/** Nouns of the deed a story tells, folded (data: fr-answer-words.json deedNouns). */
const DEED_NOUNS = new Set(answerWords.deedNouns.map((w) => fold(w)));
/** Characters after a name read for a relative whose verb acts on the role asked. */
const ACTS_ON_REACH = 80;
/** Complements of the object read, at most ("la date des obsèques de la reine"). */
const OBJECT_COMPLEMENTS = 2;

/** "Lequel des …", "laquelle de ses …", "Parmi les accusés, lequel …": one of a group the question names (folded). */
const WHICH_OF = /^(?:et\s+)?(?:(?:lequel|laquelle|lesquels|lesquelles)\s+(?:des|de|d')\b|parmi\s)/;

/** The noun a head question asks the head of ("Qui présidait le tribunal" → "tribunal"), folded, when the corpus has it. */
function headComplement(text: string, k: Knowledge): string | undefined {
  const noun = headedNoun(text);
  return noun && !FR.stopwords.has(noun) && k.df(fold(stem(noun))) ? noun : undefined;
}

/** "X, directrice de l'Office … (OBE)": the apposition after a name up to its closing comma, brackets kept, folded. */
function appositionOf(text: string, end: number): string {
  const m = /^\s*,((?:[^,;()]|\([^)]*\))*)/u.exec(text.slice(end, end + APPOSITION_REACH));
  return m ? fold(m[1]!) : '';
}
const APPOSITION_REACH = 160;

/** True when the role beside a name is completed by a word of its own ("ministre des Outre-mer"), not a demonstrative. */
function otherComplement(around: string, role: string, complement: string): boolean {
  const m = new RegExp(`${escapeRegExp(role)}s?\\s+${OF}\\s*([\\p{L}-]+)(\\s+\\p{Ll}[\\p{L}-]*)?`, 'u').exec(around);
  // "la maire de la ville, X" in an article on the town asked: a town's noun with no word of its own points back.
  // ("la ville voisine" is another; a name may follow, lower-cased in folded text).
  // "le PDG de la compagnie" for "le PDG de Lion Air": an organisation's noun, likewise, when the question names the
  // body (not "le président de l'association" for "qui présidait le tribunal").
  const pointsBack = !!m && (isTownNoun(m[1]!) || (isOrgNoun(m[1]!) && !isClassNoun(complement))) && !(m[2] && OTHER_TOWN.test(m[2]));
  return !!m && m[1] !== complement && !DEMONSTRATIVES.test(m[1]!) && !pointsBack;
}
/** After a town's noun, a word that makes it another town ("la ville voisine", "sa ville natale"), folded. */
const OTHER_TOWN = /^\s+(?:voisin|proche|natal|jumel|rival|ennemi|amie?s?\b)/;
/** Words that complete a role by pointing back ("son adjoint", "l'adjoint de celui-ci"), folded. */
const DEMONSTRATIVES = /^(?:ce|cet|cette|ces|son|sa|ses|leur|leurs|(?:celui|celle|ceux|celles)(?:-ci|-la)?|lui|elle|eux)$/;

/**
 * The word that completes the role asked ("La ministre de la Justice …" → "justice"), folded, when the corpus
 * knows it: a person given the role completed by another word does not answer.
 */
function roleComplement(q: AnalyzedQuestion, role: string, k: Knowledge): string | undefined {
  const folded = fold(q.text);
  const m = roleThenOf(role).exec(folded);
  // "l'avocat du capitaine Jaan Kask": a title before a person the question names — that person completes the role.
  // "la fille de Mikhaïl Gorbatchev": a person the question names in full completes it by the family name, the one a
  // text writes alone ("la fille de Gorbatchev, Irina").
  if (m) {
    const titled = isClassNoun(singularOf(m[1]!));
    const rest = titled ? folded.slice(m.index + m[0].length).trimStart() : folded.slice(m.index + m[0].length - m[1]!.length);
    for (const id of q.entities.keys()) {
      const name = fold(k.ann.entities[id]!.name);
      if (k.entityType(id) === 'person' && (titled || name.includes(' ')) && rest.startsWith(name) && familyName(name)) return familyName(name);
    }
  }
  // "le maire de la commune catalane": a noun of the classes (a town, a country) describes; it is no domain.
  // "l'auteur de l'attaque": the deed the story tells is no domain either.
  // "le ministre des Mines": a noun the question writes with a capital names a domain, though it is of a class.
  const named = !!m && (q.text.match(/\p{L}+/gu) ?? []).some((w) => /^\p{Lu}/u.test(w) && fold(w) === m[1]);
  if (!m || FR.stopwords.has(m[1]) || (isClassNoun(singularOf(m[1])) && !named) || DEED_NOUNS.has(singularOf(m[1])) || !k.df(fold(stem(m[1])))) return undefined;
  return m[1];
}

/** A lower-case noun right before a name, after its article or contraction ("le pont ", "au lycée "), captured. */
const VENUE_NOUN_BEFORE = /(?:^|[\s'’])(?:le|la|les|l['’]|du|au|aux|des|de)\s*(\p{Ll}[\p{Ll}-]*)\s+$/u;
const VENUE_NOUN_REACH = 30;

/** "par" and perhaps a role, right before a name; the words before it are read for its participle. */
const PAR_BEFORE = /(?:^|\s)par\s+(?:(?:le|la|les|l['’])\s*(?:[\p{Ll}-]+\s+){0,2})?$/u;
const AGENT_REACH = 80;
/** Words before "par" read for the participle whose agent follows ("aligné mardi soir par"). */
const PARTICIPLE_WORDS = 4;
const PARTICIPLE = /^\p{L}{3,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)$/u;

/**
 * True when the name at `start` is the agent of a participle that is none of the asked verb's forms — and qualifies
 * no noun of the question ("un coup franc provoqué par X" for "Qui a obtenu le coup franc …" tells the asked fact).
 */
function agentOfOtherAct(text: string, start: number, verbForms: ReadonlySet<string>, q: AnalyzedQuestion): boolean {
  const before = text.slice(Math.max(0, start - AGENT_REACH), start);
  const par = PAR_BEFORE.exec(before);
  if (!par) return false;
  const head = before.slice(0, par.index);
  // ("… a été touché. Battu par X": a participle of another sentence or quotation is none.)
  if (/[.;:«»]/u.test(head.split(/\s+/u).slice(-PARTICIPLE_WORDS).join(' '))) return false;
  const words = head.split(/[\s,;:«»()]+/u).filter(Boolean);
  for (let i = words.length - 1; i >= Math.max(1, words.length - PARTICIPLE_WORDS); i--) {
    if (!PARTICIPLE.test(words[i]!)) continue;
    return !verbForms.has(fold(stem(words[i]!))) && !q.terms.has(fold(stem(words[i - 1]!)));
  }
  return false;
}

/** "travaillait pour quelle entreprise", "pour qui": the one asked is what the verb before "pour" is done for. */
const FOR_ASKED = /(\p{L}+)\s+pour\s+(?:quel|quelle|quels|quelles|qui)(?![\p{L}])/iu;
/** A word, then "pour" and an article, right before a name. */
const WORD_FOR_BEFORE = /(\p{L}+)\s+pour\s+(?:(?:le|la|les|un|une)\s+|l['’]\s*)?$/u;
/** How far before a name the verb and its "pour" are read. */
const FOR_REACH = 40;

/** True when a word of a name is written in the question as a name: as such, not after an article ("la ministre de la Justice"). */
function writtenAsName(word: string, question: string): boolean {
  return new RegExp(`(?<![\\p{L}]|(?:^|\\s)(?:le|la|les)\\s+|[lL]['’])${escapeRegExp(word)}(?![\\p{L}])`, 'u').test(question);
}
/** True when a person's given name (a name of two words or more, opening on a known given name) is written in the question as a name. */
function givenNameWritten(e: { name: string; type: string }, question: string): boolean {
  const words = e.name.split(/\s+/);
  return e.type === 'person' && words.length >= 2 && isGivenName(words[0]!) && writtenAsName(words[0]!, question);
}
/** Words of the first person ("je", "j'", "nous", "me", "m'", "mes", "notre"…), folded. */
const FIRST_PERSON = new Set(['je', "j'", 'j’', 'nous', 'me', "m'", 'm’', 'moi', 'mon', 'ma', 'mes', 'notre', 'nos']);
/** Words before a verb read for its person. */
const PERSON_REACH = 3;
/** True when a word of the verb asked is said in the first person ("Je présente mes profondes excuses"). */
function saidInFirstPerson(text: string, verbForms: Set<string>): boolean {
  const tokens = tokenize(text);
  return tokens.some((t, i) => verbForms.has(termOf(t.text)) && tokens.slice(Math.max(0, i - PERSON_REACH), i).some((w) => FIRST_PERSON.has(fold(w.text))));
}
/** The speakers of a sentence whose quoted or reported words, and not the sentence outside them, say the asked verb. */
function tellersOf(k: Knowledge, index: number, text: string, verbForms: Set<string>): Set<number> {
  const out = new Set<number>();
  const says = (words: string) => terms(words).some((t) => verbForms.has(t));
  for (const a of k.speechBySentence.get(index) ?? []) {
    const act = k.ann.speech[a]!;
    // ("« Je présente mes profondes excuses … », a déclaré X": who speaks in the first person does what they say.)
    if (act.entity === undefined || !says(act.text) || saidInFirstPerson(act.text, verbForms)) continue;
    const at = text.indexOf(act.text);
    if (at >= 0 && !says(text.slice(0, at) + ' ' + text.slice(at + act.text.length))) out.add(act.entity);
  }
  return out;
}

/** True when a name comes right after a form of the question's verb and "pour" ("travaillant pour X"). */
function forObjectOf(text: string, start: number, verbForms: Set<string>): boolean {
  const w = WORD_FOR_BEFORE.exec(text.slice(Math.max(0, start - FOR_REACH), start));
  return !!w && verbForms.has(fold(stem(w[1]!)));
}

/** An auxiliary or a copula between two names: the second is in a clause of its own. */
const AUXILIARY_BETWEEN = /(?:^|[\s,])(?:a|ont|avait|avaient|est|sont|était|étaient|fut|furent|sera|seront|aurait|auraient|va|vont)\s/iu;

/**
 * What stands around a name for its role, folded: the words before it ("le procureur X"), and with them the
 * apposition after it when a comma opens one ("X, le procureur").
 */
function roleContext(text: string, m: { start: number; end: number }, mentions: readonly { start: number; end: number; type: string }[] = []): { before: string; around: string } {
  // The window starts at a word's start: "le vice-ministre …, X" is not read as "ministre …, X".
  let from = Math.max(0, m.start - ROLE_REACH);
  while (from > 0 && /[\p{L}'’-]/u.test(text[from - 1]!)) from--;
  // "La présidente de la 31e chambre du tribunal judiciaire de Paris, Marie Debue": a title whose complements run
  // past the window, set before the name by a comma, is read whole, from its determiner.
  from = Math.min(from, longTitleStart(text, m.start) ?? from);
  // "le maire de Trèbes et le Premier ministre X", "X, collaborateur de Y, et sa compagne Z", "en présence du
  // président X et du chef Y": a phrase coordinated
  // before the name's own is another's.
  // "« … fils du conducteur », a précisé le colonel X": words inside a quotation before the name are not its role.
  let before = fold(text.slice(from, m.start)).replace(/^.*\s(?:et|ou)\s+(?=(?:le|la|les|l'|son|sa|ses|leur|leurs|du|au)(?:\s|(?<=')))/u, '').replace(/^.*["«»“”]/u, '');
  // "L'arbitre siffle une faute et X tire le coup franc": a name right after "et" that joins no other name is
  // the subject of a clause of its own; the role before belongs to the first clause ("les ministres X et Y" keep it).
  const joined = /\s(?:et|ou)\s*$/u.exec(text.slice(from, m.start));
  if (joined && mentions.length && !mentions.some((o) => o.type === 'person' && o.start >= from && o.start < from + joined.index)) before = '';
  // "Brouillé avec le neveu Kessler, X fut envoyé à Oslo": a complement the comma sets before the subject holds no role of the subject's.
  // ("… acquise avec sa compagne, X." ends on the name: an apposition, kept.)
  if (SET_OFF_COMPLEMENT.test(before) && VERB_NEXT.test(text.slice(m.end))) before = '';
  // "le maire de Velmar, reprenant le chiffre donné par X": the agent "par" opens is titled only by what follows it
  // ("donné par le maire X"); a role before it is another's ("par intérim" is part of a title).
  before = before.replace(/^.*\spar\s+(?!interim)/u, '');
  // "le réalisateur X a tourné un film avec Y": a role before another person's name, with a verb between, is that
  // person's ("les ministres X et Y", "des ministres de l'Intérieur X, de la Santé Y" keep it: a list).
  const other = mentions.filter((o) => o.type === 'person' && o.start >= from && o.end <= m.start).at(-1);
  if (other && AUXILIARY_BETWEEN.test(text.slice(other.end, m.start))) {
    const own = fold(text.slice(other.end, m.start));
    if (own.length < before.length) before = own;
  }
  // "A, de l'Éducation B et …": a list goes on after the comma; that is no apposition of A.
  // "Invité de France Bleu, le préfet de l'Aude Alain Thirion parle": the title after the comma is that of the
  // person it runs into, not an apposition of A.
  const next = mentions.find((o) => o.type === 'person' && o.start > m.end && o.start < m.end + ROLE_REACH);
  // "X, cousine d'Y": Y completes the role of X's apposition; it is not titled by it.
  // "Outre X, le président de la fédération, Y, …": a title with its article set between two commas before the next
  // name is that name's ("X, maire de Velmar, Y, adjointe" lists each with its own).
  const titlesNext = !!next && ((/^\s*,[^,;:()–—]*$/u.test(text.slice(m.end, next.start)) && !/(?:^|[^\p{L}])(?:de|du|des|d['’])\s*$/iu.test(text.slice(m.end, next.start)))
    || /^\s*,\s*(?:le|la|l['’])\s*[^,;:()–—]*,\s*$/u.test(text.slice(m.end, next.start)));
  // The window ends at a word's end: "X, alors fonctionnaire de la direction …" is not read as "… de la direc".
  let to = Math.min(text.length, m.end + ROLE_REACH);
  while (to < text.length && /[\p{L}'’-]/u.test(text[to]!)) to++;
  // "X, le procureur" (an apposition) or "X est le président de …" (a copula): the role said after the name.
  // "X, 47 ans, et sa belle-mère Y": a phrase coordinated after the apposition is another's.
  // "Avec le grand Charles, la maire du village parlait …": a phrase after the comma that runs into its own verb is
  // the next clause's subject, no apposition.
  // "X, s'en est pris à un vigile": a phrase that opens on a pronoun or an auxiliary is X's verb, no apposition; "X, il a
  // été dit que le Y …" opens a clause of its own.
  const comma = /^\s*,(?!\s*(?:de|du|des|d['’]|et|ou)\s)(?!\s*(?:s['’]|se\s|ne\s|n['’]|y\s|lui\s|a\s|ont\s|est\s|sont\s|avait\s|avaient\s|était\s|étaient\s|sera\s|(?:il|elle|ils|elles|on|nous|vous|je|cela|ça)\s|[jc]['’]))/iu.test(text.slice(m.end))
    // ("« … » X, le chef du parti l'avait devancé": a name that opens its clause is the subject; the phrase after
    // its comma, though it runs into the verb, is its apposition.)
    && (CLAUSE_OPENS.test(text.slice(0, m.start)) || !hasImperfectVerb(phraseAfterComma(text.slice(m.end))));
  const opens = !titlesNext && (comma || COPULA_AFTER.test(text.slice(m.end)));
  // "X, 52 ans, proche du parti, aurait été le trésorier de l'association": the subject's copula after its appositions.
  const late = titlesNext ? undefined : LATE_COPULA.exec(text.slice(m.end, m.end + LATE_COPULA_REACH));
  const lateRole = late ? ` ${ownWords(fold(text.slice(m.end + late[0].length, Math.min(text.length, m.end + late[0].length + ROLE_REACH))), true)}` : '';
  // "D'après X, journaliste local, le tireur portait …": after a cited source, the apposition ends at its comma; what
  // follows is the report's own clause.
  const cited = SOURCE_BEFORE.test(fold(text.slice(Math.max(0, m.start - SOURCE_REACH), m.start)));
  const own = cited ? /^\s*,[^,;:]*/u.exec(text.slice(m.end, to))?.[0] ?? '' : text.slice(m.end, to);
  const after = (opens ? ownWords(fold(own), true) : '') + lateRole;
  return { before, around: canonicalTitles(`${before} ${after}`) };
}

/** The text before a name that opens its clause: nothing, or a sentence's end or a closing quotation mark right before. */
const CLAUSE_OPENS = /(?:^|[.!?»”]\s*)$/u;

/** From an asked name's comma to a later name, all inside one apposition (no other mark, no verb's auxiliary). */
/**
 * ("la fille de X, Y," names Y by the apposition itself: some words stand before the later name. "X, accompagnée du
 * ministre Y, …" opens on a participle: Y is a companion, no part of a description.)
 */
const INSIDE_APPOSITION = new RegExp(`^\\s*,(?!\\s*\\p{L}+(?:é|ée|és|ées|ant)\\s)(?![^,;:.!?«»()]*\\s${THIRD_PERSON_AUXILIARY}\\s)[^,;:.!?«»()]*\\p{L}[^,;:.!?«»()]*$`, 'u');
/**
 * …and from that later name to the apposition's closing comma, no verb's auxiliary between, and the asked one's verb
 * right after it ("…, est mort"): a clause set off by commas ("X, faisant état de la présence de son ministre Y, qui …")
 * is no apposition.
 */
const APPOSITION_CLOSES = new RegExp(`^(?![^,;:.!?«»()]*\\s${THIRD_PERSON_AUXILIARY}\\s)[^,;:.!?«»()]*,\\s*(?:s['’]\\s*)?(?:${THIRD_PERSON_AUXILIARY}|sera|seront|fut|furent)\\s`, 'u');
/**
 * True when mention `m` stands inside the apposition set off by commas right after a name the question asks about
 * ("X, secrétaire d'État sous A et B, est mort").
 */
function insideAskedApposition(text: string, mentions: readonly { entity: number; start: number; end: number; type: string }[], m: { start: number; end: number }, asked: ReadonlyMap<number, unknown>): boolean {
  return mentions.some((a) => asked.has(a.entity) && a.type === 'person' && a.end <= m.start && INSIDE_APPOSITION.test(text.slice(a.end, m.start)) && APPOSITION_CLOSES.test(text.slice(m.end)));
}

/** A complement on a preposition and its determiner, set off by a comma before a name ("avec le neveu Kessler, "), folded. */
const SET_OFF_COMPLEMENT = new RegExp(`${SET_OFF_OPENING}(?:\\s|(?<='))[^,;:]*,\\s*$`);

/** Characters read before a name for the word that makes it a cited source. */
const SOURCE_REACH = 12;
/** "selon X", "d'après X": the word that makes the name after it a cited source, folded, at the end. */
const SOURCE_BEFORE = new RegExp(`(?:^|[^a-z'])(?:${FR.sourceLeads.map(escapeRegExp).join('|')})\\s*$`);

/** The phrase after a name's comma, up to the next punctuation or relative pronoun (", la maire du village parlait …"). */
function phraseAfterComma(after: string): string {
  return (/^\s*,([^,;:.()«»]*)/u.exec(after)?.[1] ?? '').split(/\s(?:qui|que|qu['’]|dont|où)(?![\p{L}])/u)[0]!;
}

/** Characters at most of a title phrase read whole before a name. */
const LONG_TITLE_REACH = 120;
/** Where the noun phrase before ", NAME" starts when it opens its clause on a determiner ("La présidente de …, X"). */
function longTitleStart(text: string, at: number): number | undefined {
  const head = text.slice(0, at).replace(/,\s*$/u, '');
  if (head.length === at) return undefined;
  const start = Math.max(...[...',;:«»()."“”'].map((c) => head.lastIndexOf(c))) + 1;
  const phrase = head.slice(start);
  return phrase.length <= LONG_TITLE_REACH && /^\s*(?:le|la|l['’])\s*\p{L}/iu.test(phrase) ? start : undefined;
}

/**
 * Folded words after a name up to a phrase coordinated to it ("…, 47 ans, et sa belle-mère Y"), and for an apposition
 * up to "avec", "aux côtés de" ("X, était présent, avec le ministre Y"): what follows is another's.
 */
function ownWords(after: string, apposition = false): string {
  const own = after.replace(/\s(?:et|ou)\s+(?:le|la|les|l'|son|sa|ses|leur|leurs|un|une)(?:\s|(?<=')).*$/u, '');
  // "Jaan, tué par un tir de policier", "X, victime d'un policier": the agent a passive or a "victime" names is another.
  return apposition ? own.replace(/(?:,\s*|\s)(?:avec|aux cotes d(?:e|u|es)|en presence d(?:e|u|es)|par|victimes?\s+d(?:e|u|es|'))(?:\s|(?<=')).*$/u, '') : own;
}

/** Set phrases for titles, folded, with the title each stands for (data: fr-lexicon.json titlePeriphrases). */
const PERIPHRASES = [...FR.titlePeriphrases].map(([phrase, title]) => [fold(phrase), fold(title)] as const);
/** Folded text with each set phrase for a title replaced by that title ("garde des sceaux" → "ministre de la justice"). */
function canonicalTitles(folded: string): string {
  let out = folded;
  for (const [phrase, title] of PERIPHRASES) if (out.includes(phrase)) out = out.replaceAll(phrase, title);
  return out;
}

/** The folded capitalised words of a question; its first word only when it is no stop word or question word. */
function namedInQuestion(text: string): Set<string> {
  const words = tokenize(text).filter((t) => /\p{L}/u.test(t.text));
  const named = new Set(words.filter((t, i) => t.upper && (i > 0 || !(FR.stopwords.has(fold(t.text)) || FR.questionWords.has(fold(t.text))))).map((t) => fold(t.text)));
  // "la manifestante pro-Kask", "les anti-Tamm": the name a prefix joins.
  for (const t of words) for (const m of t.text.matchAll(/-(\p{Lu}[\p{L}]+)/gu)) if (!t.upper) named.add(fold(m[1]!));
  return named;
}

/** True when the question's capitalised words (`named`, folded) hold a name's first word in the plural ("Emmys"). */
function pluralNamed(name: string, named: ReadonlySet<string>): boolean {
  const first = name.trim().split(/\s+/)[0] ?? '';
  return first.length >= 3 && !first.endsWith('s') && named.has(`${fold(first)}s`);
}

/** A name's last word ("Ursula Brandt" → "Brandt"), of at least three letters, or '' when it has none. */
function familyName(name: string): string {
  const last = name.trim().split(/\s+/).pop() ?? '';
  return last.length >= 3 ? last : '';
}

/** True when most of a phrase's words are words of the question (TUNING.restatedShare of them at least). */
function restates(phrase: string, asked: Set<string>): boolean {
  const words = terms(phrase);
  return words.length > 0 && words.filter((t) => asked.has(t)).length >= TUNING.restatedShare * words.length;
}

/** Characters at most between a role in the plural and the colon that opens the list of who hold it. */
const LIST_OPENING_REACH = 80;
/** True when folded text ends in a list opened by a colon after the role in the plural ("trois parachutistes, … : A et "). */
function listedAfterRole(before: string, role: string): boolean {
  const colon = before.lastIndexOf(':');
  if (colon < 0 || /[;«»"]/.test(before.slice(colon))) return false;
  const plural = new RegExp(`(?<![\\p{L}])${escapeRegExp(role)}[sx](?![\\p{L}])[^:;.]*$`, 'u').exec(before.slice(0, colon));
  return !!plural && colon - plural.index <= LIST_OPENING_REACH;
}

/** Letters, at least, of the stem by which a description noun unknown to the classes is matched. */
const MIN_ROLE_STEM = 5;

/** Capitalised words that name an organisation after its noun ("Intérieur", "Affaires étrangères" opens on one; « TIME »). */
const ORG_NAME = /^(?:[«"“]\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*[»"”]|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/u;

/** "de" and its forms after a role, in folded text ("procureur de la …", "ministre de l'…", "secrétaire d'…"). */
const OF = "(?:de\\s+la|de\\s+l['’]|du|des|de|d['’])";
/** "chef de la police", "directeur de l'agence X": one of `roles`, "de" and up to two words, then one of `forms` (folded text). */
function roleCompletedBy(roles: Iterable<string>, forms: readonly string[]): string {
  return `(?:^|[^\\p{L}])(?:${[...roles].map(escapeRegExp).join('|')})e?s?\\s+${OF}\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:${forms.map(escapeRegExp).join('|')})`;
}

/** A title pronoun and its complement right before a name ("celle de la Santé X"), in folded text. */
const PRONOUN_OF = new RegExp(`(?:^|[^\\p{L}])(?:${[...FR.titlePronouns].join('|')})\\s+${OF}\\s*\\p{L}+\\s*$`, 'u');

/**
 * The opening of a sentence that names who the sentence before spoke of: "Il s'agissait de", "Ce dernier, identifié
 * comme", "Le plongeur, identifié sous le nom de".
 */
const IDENTIFIES = /^\s*(?:(?:selon|d['’]après)\s[^,.;:«»]{1,60},\s*)?(?:il\s+s['’]agi(?:t|ssait|rait)\s+(?:de\s+|d['’]|du\s+)|(?:ce\s+dernier|cette\s+derni[èe]re|(?:le|la|l['’])\s*[\p{L}-]+(?:\s+[\p{L}-]+)?)\s*,\s*identifi[ée]e?\s+(?:comme(?:\s+[ée]tant)?|sous\s+le\s+nom\s+(?:de\s+|d['’])))/iu;
/** Characters at most between that opening and the name ("de l'Algérien X"). */
const IDENTIFIED_REACH = 20;
/** The rest of an identifying phrase that gives the name last ("un jeune Tchèque, nommé ", "une femme du nom de "). */
const NAMED_AFTER = /^[^.;:«»()]{0,60}?(?:,\s*)?(?:nommée?|prénommée?|appelée?|du nom de|du nom d['’]|répondant au nom de|identifiée? comme)\s+$/iu;
/** Characters after the name within which another name makes a list ("X (19 ans), Y"). */
const IDENTIFIED_LIST_REACH = 24;

/**
 * The people's adjective right after the noun a question asks ("quelle entreprise allemande"), as a pattern of its
 * forms in folded text ("allemand", "allemande", "allemands") and, unless `ofCountry` is false, of its country after
 * "de" ("d'allemagne").
 */
export function nationalityAsked(text: string, noun: string, ofCountry = true): RegExp | undefined {
  const word = new RegExp(`(?:^|[^a-z])${escapeRegExp(noun)}s?\\s+([a-z]+)`).exec(fold(text))?.[1];
  const stem = word !== undefined ? demonymStem(word) : undefined;
  // "turc" → "turque": a final c turns to "que" in the feminine.
  const feminine = stem?.endsWith('c') ? `|${escapeRegExp(stem.slice(0, -1))}ques?` : '';
  // "l'ambassadeur du Japon" for "le diplomate japonais": the people's country after "de" says it too.
  // (Not for a body: "le Service sismologique des Pays-Bas" keeps its country in its name.)
  const country = stem !== undefined && ofCountry ? FR.demonyms.get(stem) : undefined;
  const countryAfter = country ? `|(?:de|d'|du|des)\\s*(?:la\\s+|l')?${escapeRegExp(fold(country))}` : '';
  return stem !== undefined ? new RegExp(`(?:^|[^a-z])(?:${escapeRegExp(stem)}(?:${DEMONYM_ENDINGS.join('|')})?${feminine}${countryAfter})(?![a-z])`) : undefined;
}

/**
 * The people's adjective folded text gives `noun` ("police haïtienne"), read by `nationalityOf`: the one `asked`
 * matches, another, or none.
 */
function nationalityReader(noun: string, asked: RegExp): (text: string) => 'asked' | 'other' | undefined {
  const after = new RegExp(`(?:^|[^a-z])${escapeRegExp(noun)}s?\\s+(?:[a-z]+\\s+)?([a-z]+)`, 'g');
  return (text) => {
    let found: 'other' | undefined;
    for (const m of text.matchAll(after)) {
      if (asked.test(` ${m[1]}`)) return 'asked';
      if (demonymStem(m[1]!) !== undefined) found = 'other';
    }
    return found;
  };
}

/** A role, its "de" and the word after it in folded text ("chef de la police": the word is "police"). */
const roleThenOf = (role: string) => new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(role)}s?\\s+${OF}\\s*(\\p{L}{3,})`, 'u');

/** Nouns of kinship, folded (data: question-nouns.json kinNouns). */
const KIN_NOUNS = new Set(questionNouns.kinNouns);
/** A noun of kinship, its "de" and the word after it, folded ("epouse du joueur", "fille de l'acteur"). */
const KIN_COMPLEMENT = new RegExp(`(?<![\\p{L}-])(?:${questionNouns.kinNouns.map(escapeRegExp).join('|')})s?\\s+(?:de\\s+la\\s+|de\\s+l'|du\\s+|des\\s+|de\\s+|d')\\s*[\\p{L}-]+`, 'gu');
/** Nouns that ask a brand ("quelle marque"), folded (data: question-nouns.json brandNouns). */
const BRAND_NOUNS = new Set(questionNouns.brandNouns);
/** "de l'", "du", "des", "de la" right before a name: the name completes the noun before it. */
const COMPLEMENT_BEFORE = /(?:^|[^\p{L}])(?:de\s+la\s+|de\s+l['’]\s*|d['’]\s*|du\s+|des\s+|de\s+)$/iu;
const OWNER_REACH = 8;
/** Articles a brand's name follows ("une BMW", "la BMW", "l'Audi"), folded. */
const BRAND_LEADS = new Set(['un', 'une', 'le', 'la', "l'", 'les']);

/** Letters, at least, of a sentence read as a headline in capitals; and the share of them that are capitals. */
const SHOUTED_LETTERS = 20;
const SHOUTED_SHARE = 0.8;
/** True for a sentence written in capitals (a headline): its words cannot be read as names. */
function shouted(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length >= SHOUTED_LETTERS && letters.filter((c) => /\p{Lu}/u.test(c)).length >= SHOUTED_SHARE * letters.length;
}
/** "son homologue suédois, " right before a name (folded): a counterpart of the subject's (data: counterpartNouns). */
const COUNTERPART_BEFORE = new RegExp(`(?:^|\\s)(?:son|sa|ses|leur|leurs)\\s+(?:${(questionNouns.counterpartNouns as string[]).map(escapeRegExp).join('|')})(?:\\s+[a-z-]+)?\\s*,?\\s*$`, 'u');
/** Characters after a name read for the nickname a question quotes ("X, connu depuis l'attaque de Y comme « … »"). */
const NICKNAME_REACH = 80;

/** "de chez Google": the company someone asked is of. */
const EMPLOYER = /\bde\s+chez\s+(\p{Lu}[\p{L}\d&'’-]*(?:\s+\p{Lu}[\p{L}\d&'’-]*)*)/u;

/** Longest subject phrase given as a who-answer, in words. */
const MAX_SUBJECT_WORDS = 8;
const SUBJECT_DETERMINER = /^(?:le|la|les|l['’]|un|une|des|du|ce|cette|ces)\s?/iu;

/**
 * The noun phrase that is the subject of `verb` in a sentence, when it is no name: the words between the start of
 * its clause and the auxiliary before the verb ("Le Service géologique des États-Unis a mesuré"), opened by a
 * determiner, at most MAX_SUBJECT_WORDS long.
 */
function subjectPhrase(text: string, verb: string): string | undefined {
  for (const t of tokenize(text)) {
    if (fold(stem(t.text)) !== verb) continue;
    const before = text.slice(0, t.start);
    const aux = /\s(?:a|ont|avait|avaient)\s+$/iu.exec(before);
    if (!aux) continue;
    const clause = before.slice(0, aux.index).split(/[,;:«»()]|\s[–—]\s|\b(?:que|qu['’]|qui|dont|et|mais)\s/iu).at(-1)!.trim();
    if (!SUBJECT_DETERMINER.test(clause)) continue;
    const words = clause.split(/\s+/);
    if (words.length < 2 || words.length > MAX_SUBJECT_WORDS) continue;
    return clause;
  }
  return undefined;
}

/** "Qui l'a qualifié …", "Quel homme politique l'a qualifié …": the verb right after "qui" or "quel NOUN", its auxiliary and an object pronoun. */
const VERB_AFTER_QUI = /(?:^|,\s*)(?:c['’]est\s+qui\s+qui|qui\s+est-ce\s+qui|qui|quel(?:le)?s?\s+(?:\p{L}+\s+){1,3}?)(?:(?:l['’]|les?\s|la\s|lui\s|leur\s)\s*)?(?:(?:a|ont|avait|avaient)\s+)(\p{L}+)/iu;

/** True when the question's own verb, after "qui … a", is a speech verb ("Qui l'a qualifié de …"). */
function speechAsVerb(question: string): boolean {
  const word = VERB_AFTER_QUI.exec(question)?.[1];
  return word !== undefined && isSpeechTerm(fold(stem(word)));
}

/** The analysed verb of "Qui (a) VERB …", "C'est qui qui a VERB …" / "Who VERB …" — the first content word after the interrogative. */
export function questionVerb(q: AnalyzedQuestion): string | undefined {
  // "Le décès de X, qui l'a confirmé ?": after a dislocated phrase, with an object pronoun before the verb.
  // ("C'est qui le garde du corps qui a trouvé …": the noun asked after "qui le" is no verb; the relative's verb is.)
  const m = [...q.text.matchAll(/(?:^|,\s*|\s)(?:c['’]est\s+qui\s+qui|qui\s+est-ce\s+qui|qui|who)\s+(?:(?:l['’]|les?\s|la\s|lui\s|leur\s|en\s|y\s|s['’]|se\s)\s*)?(?:(?:a|ont|avait|avaient|est|sont|va|vont|has|have|had|did|does|will)\s+)?(\p{L}+)/giu)]
    .find((x) => fold(x[1]!) !== q.noun && q.terms.has(fold(stem(x[1]!))) && (/^(?:,\s*)?\S/.test(x[0]) || x.index === 0 || relativeOfAsked(q, q.text.slice(0, x.index))))
    ?? /^(?:quel(?:le)?s?|which)\s+(?:\p{L}+\s+){1,3}?(?:a|ont|avait|avaient)\s+(\p{L}+)/iu.exec(q.text)
    // "La cour, elle était présidée par qui ?": the participle whose agent is asked.
    ?? /(\p{L}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites))\s+par\s+qui\s*[?!.]*\s*$/iu.exec(q.text)
    // "il a été remis au juge par qui ?": a passive's participle, a few words before its agent.
    ?? /(?:été|est|était|etait|sont|étaient|etaient)\s+(\p{L}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites))\s+[^,.;:?!]{1,40}?\s+par\s+qui\s*[?!.]*\s*$/iu.exec(q.text);
  if (!m) return undefined;
  // "Qui s'est chargé d'organiser …", "Qui a décidé de fermer …": the infinitive after the verb says the fact.
  const infinitive = INFINITIVE_AFTER.exec(q.text.slice(m.index + m[0].length))?.[1];
  const term = fold(stem(infinitive && q.terms.has(fold(stem(infinitive))) ? infinitive : m[1]));
  return q.terms.has(term) ? term : undefined;
}

/** "pour le site de musique en streaming ", "chez ": what one works for or at, then lower-case words, right before a name. */
const WORKS_FOR_BEFORE = /(?:^|[^\p{L}])(?:pour|chez)\s+(?:(?:le|la|les|l['’]|du|de|des|d['’]|en)\s*|\p{Ll}[\p{Ll}-]*\s+){0,7}$/u;
const WORKS_FOR_REACH = 60;

/** "qui a tué …", "qui l'a abattu …" (active, with "avoir"): the verb of the act asked, captured. */
const ACT_ASKED = /(?:^|[\s,])qui\s+(?:(?:l['’]|les\s|lui\s|leur\s)\s*)?(?:a|ont|avait|avaient)\s+(\p{L}+)/iu;
/** Between an active verb and its object: "sur", "contre", "à", an article, lowercase words (a title, an age): no name, no punctuation. */
const OBJECT_BETWEEN = /^\s+(?:(?:sur|contre|à)\s+)?(?:(?:le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|du|des|au|aux)\s*)?(?:[\p{Ll}-]+\s+){0,3}$/u;
/** Between a name and the passive participle after it: "a été", "est", or a comma ("X, tué par …"), an apposition perhaps. */
// (An adverb may stand before the participle: "ont été également limogés".)
const PATIENT_BEFORE = new RegExp(`^(?:\\s*,[^,.;:«»]{0,60},)?\\s*(?:,\\s*|(?:,\\s*)?(?:a|ont|avait|avaient|aurait|auraient)\\s+été\\s+${ADVERB_BEFORE_PARTICIPLE}|(?:,\\s*)?(?:est|sont|était|étaient)\\s+${ADVERB_BEFORE_PARTICIPLE})$`, 'u');
/** A closing quotation mark, a comma perhaps and up to three lower-case words (an auxiliary, an adverb) before a verb. */
const INVERTED_AFTER_QUOTE = /[»"”]\s*,?\s*(?:\p{Ll}+\s+){0,3}$/u;
/** Characters read before a verb for that quotation mark. */
const INVERTED_REACH = 40;
/** Characters between a verb and its object's name, at most. */
const PATIENT_REACH = 40;
/** Characters between a name and its passive participle, at most: an apposition may stand between ("X, 17 ans, a été tué"). */
const PASSIVE_PATIENT_REACH = 100;

/**
 * Entities a sentence makes the one `verbs` is done to: the name right after the active verb ("a tué X", "a tiré sur
 * le jeune X") or before its passive ("X a été tué", "X, abattu par …").
 */
export function patientsOf(text: string, mentions: readonly { entity: number; start: number; end: number; type: string }[], verbs: Set<string>): Set<number> {
  const found = new Set<number>();
  const people = mentions.filter((m) => m.type === 'person');
  for (const t of tokenize(text)) {
    // "une recommandation du procureur X": a noun of the verb's stem has its doer after "de".
    if (!verbs.has(fold(stem(t.text))) || !PARTICIPLE_END.test(t.text)) continue;
    const before = text.slice(Math.max(0, t.start - SPEAKER_REACH), t.start);
    const passive = PASSIVE_BEFORE.test(before) || (PARTICIPLE_END.test(t.text) && /^\s+par\s/u.test(text.slice(t.end, t.end + 5)));
    // "les images d'X filmé le 3 juin": a participle right after a name, with no auxiliary, says what was done to it.
    const bare = !passive && people.find((m) => m.end < t.start && /^\s+$/u.test(text.slice(m.end, t.start)));
    if (bare) {
      found.add(bare.entity);
      continue;
    }
    if (passive) {
      const p = [...people].reverse().find((m) => m.end <= t.start && t.start - m.end <= PASSIVE_PATIENT_REACH);
      if (p && PATIENT_BEFORE.test(text.slice(p.end, t.start))) found.add(p.entity);
      continue;
    }
    // ("« Respect ! » a notamment écrit X": after a quotation, the name after the verb is its subject, inverted.)
    if (INVERTED_AFTER_QUOTE.test(text.slice(Math.max(0, t.start - INVERTED_REACH), t.start))) continue;
    const p = people.find((m) => m.start >= t.end && m.start - t.end <= PATIENT_REACH);
    if (p && OBJECT_BETWEEN.test(text.slice(t.end, p.start))) found.add(p.entity);
  }
  return found;
}

/** Right after a verb, "de", "d'" or "à" and an infinitive ("chargé d'organiser"). */
const INFINITIVE_AFTER = /^\s+(?:de\s+|d['’]|à\s+)(\p{L}+(?:er|ir|re))(?![\p{L}])/u;

/** "le président cubain a eu droit à … de qui ?": a title with its article, an adjective perhaps, then a preposition before the
 * final "qui" (folded): the title captured, and the word after it. */
const SUBJECT_TITLE = /(?:^|[\s,])(?:le|la|l')\s*([a-z-]+)(?:\s+([a-z-]+))?\s[^?]*?\s(?:de|a|avec|pour|contre|chez|aupres de)\s+qui\s*[?!.]*\s*$/;

const FOLDED_TITLES = new Set([...FR.titles].map(fold));
/** Each noun of a kind of body with its kind ("journal" → media, "compagnie" → company), folded (data: orgKinds). */
const ORG_KIND = new Map(Object.entries(questionNouns.orgKinds as Record<string, string[]>).flatMap(([kind, list]) => list.map((n): [string, string] => [fold(n), kind])));
/** A noun of a kind of body, its article before it and an adjective at most after it, ending right before a name. */
const ORG_NOUN_BEFORE = new RegExp(`(?:^|[^a-z])(?:le|la|les|l'|du|de la|des|une?)\\s*(${[...ORG_KIND.keys()].map(escapeRegExp).join('|')})s?(?:\\s+[a-z-]+)?\\s*$`);
const ORG_NOUN_REACH = 40;
/** True when a body's kind is known and is not the one asked. */
function otherOrgKind(kind: string | undefined, asked: string): boolean {
  return kind !== undefined && kind !== asked;
}
/** The kind of body the noun right before a name gives it, in text as written. */
function kindBefore(before: string): string | undefined {
  const noun = ORG_NOUN_BEFORE.exec(fold(before).replace(/’/g, "'"))?.[1];
  return noun !== undefined ? ORG_KIND.get(noun) : undefined;
}
/** Articles read for the kind of body a name is given, at most. */
const ORG_KIND_ARTICLES = 20;
const orgKinds = new WeakMap<Knowledge, Map<number, string | undefined>>();
/**
 * The kind of a body: the one the text right before this mention gives, else the one the corpus gives it before another
 * mention ("la compagnie égyptienne X" elsewhere), read in its first articles once per corpus.
 */
function orgKindOf(k: Knowledge, id: number, before: string): string | undefined {
  const here = kindBefore(before);
  if (here !== undefined) return here;
  let known = orgKinds.get(k);
  if (!known) orgKinds.set(k, (known = new Map()));
  if (known.has(id)) return known.get(id);
  const kind = firstMentionRead(k, id, (text, m) => kindBefore(text.slice(Math.max(0, m.start - ORG_NOUN_REACH), m.start)));
  known.set(id, kind);
  return kind;
}
/** The first value `read` gives of a body's mentions in its first articles (ORG_KIND_ARTICLES), in text order, if any. */
function firstMentionRead<T>(k: Knowledge, id: number, read: (text: string, m: { start: number; end: number }) => T | undefined): T | undefined {
  for (const doc of k.ann.entities[id]!.docs.slice(0, ORG_KIND_ARTICLES)) {
    const [first, end] = k.sentences.range(doc);
    for (let i = first; i < end; i++) {
      const s = k.sentence(i);
      for (const m of s.mentions) {
        if (m.entity !== id) continue;
        const value = read(s.text, m);
        if (value !== undefined) return value;
      }
    }
  }
  return undefined;
}

/**
 * The sex the kin nouns a person is described by say ("père de X", "le frère de Y"), when they say one and only one. (A
 * noun with no complement, "femme" alone, is too often a misreading to be trusted.)
 */
function sexOfDescriptions(e: AnnotatedEntity): 'f' | 'm' | undefined {
  const said = new Set(e.descriptions.map((d) => KIN_OF.exec(fold(d.text))?.[1]).filter((n) => n !== undefined).map((n) => sexOfPersonNoun(n)).filter((x) => x !== undefined));
  return said.size === 1 ? [...said][0] : undefined;
}
/** "le père de ", "fils d'" (folded): a noun and its complement opening a description. */
const KIN_OF = /^(?:(?:le|la|l'|son|sa|un|une)\s*)?([a-z-]+)\s+(?:de|du|des|d')(?![a-z])/;

/** "l'avion de ", "sa voiture d'" (folded), right before a name: the noun the name completes. */
const OWNED_BEFORE = /(?:^|[^a-z])(?:le|la|les|l'|un|une|son|sa|ses)\s*([a-z-]{3,})\s+(?:de|d')\s*$/;

/** "quel réseau social", "quelle application" (folded; data: question-nouns.json platformNouns): an online platform asked. */
const PLATFORM_ASKED = new RegExp(`(?:^|[^a-z])quel(?:le)?s?\\s+(?:${questionNouns.platformNouns.map((n: string) => escapeRegExp(n)).join('|')})(?![a-z])`);
/** The honorific right before a name, as written ("Me ", "Maître "). */
const HONORIFIC_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{L}*)\.?\s+$/u;
/** True when the honorific right before a name says the role asked or a narrower one ("Me X" for "avocat"). */
function honorificRole(text: string, start: number, role: string, narrower: ReadonlySet<string>): boolean {
  const said = FR.honorificRoles.get(HONORIFIC_BEFORE.exec(text.slice(Math.max(0, start - HONORIFIC_REACH), start))?.[1] ?? '');
  return said !== undefined && (said === role || narrower.has(said) || feminineForms(said).includes(role));
}
/** Characters before a name read for its honorific. */
const HONORIFIC_REACH = 10;
/** The noun of a body, up to three words and an opening bracket, right before its name (folded): "la chaine de l'animatrice (". */
const calledBefore = (noun: string) => new RegExp(`(?:^|[^a-z])${escapeRegExp(noun)}s?(?:\\s+[a-z'-]+){0,3}\\s*\\(?\\s*$`);
/** An apposition right after a body's name that gives it a noun (folded): ", la chaine …". */
const calledAfter = (noun: string) => new RegExp(`^\\s*,\\s*(?:la|le|l'|une?)\\s*${escapeRegExp(noun)}(?![a-z])`);
/** True when a sentence of the body's first articles calls it by the noun (folded), right before its name or in an apposition after it. */
function calledBy(k: Knowledge, id: number, noun: string): boolean {
  let known = calledNouns.get(k);
  if (!known) calledNouns.set(k, (known = new Map()));
  const key = `${id} ${noun}`;
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  const before = calledBefore(noun);
  const after = calledAfter(noun);
  const called = firstMentionRead(k, id, (text, m) => before.test(fold(text.slice(Math.max(0, m.start - ORG_NOUN_REACH), m.start)).replace(/’/g, "'"))
    || after.test(fold(text.slice(m.end, m.end + ORG_NOUN_REACH)).replace(/’/g, "'")) || undefined) ?? false;
  known.set(key, called);
  return called;
}
/** Whether a body is called by a noun, worked out once per knowledge base, body and noun. */
const calledNouns = new WeakMap<Knowledge, Map<string, boolean>>();
/** The event nouns and the nouns of what befalls someone, folded, as alternatives (data: eventNouns, eventPatients). */
const EVENT_WORDS = [...answerWords.eventNouns, ...answerWords.eventPatients].map((w) => escapeRegExp(fold(w))).join('|');
/** "les funérailles de l'astrophysicien X": words of a title between the event's "de" and the name. */
const EVENT_OF_TITLE_WORDS = 2;
/** An event noun and its "de" right before a name ("funérailles d'", "hommage à"), folded (data: eventNouns, eventPatients). */
const EVENT_OF_BEFORE = new RegExp(`(?:^|[^a-z])(${EVENT_WORDS})s?(?:\\s+[a-z]+)?\\s+(?:de\\s+|du\\s+|d'|a\\s+|au\\s+)(?:l'|la\\s+|le\\s+)?(?:[a-z-]+\\s+){0,${EVENT_OF_TITLE_WORDS}}$`);
const EVENT_OF_REACH = 40;
/**
 * A question that speaks of an event or of what befell someone as a thing ("des funérailles", "sa mort", "l'office"),
 * folded — not as what the one asked underwent ("Le flic qui est mort …, il s'appelait comment ?").
 */
const EVENT_ASKED = new RegExp(`(?:^|[^a-z])(?:le|la|les|l'|sa|son|ses|leur|leurs|des|du|de|d')\\s*(?:${EVENT_WORDS})s?(?![a-z])`);
/** "X est mort", "X, 81 ans, est décédé", "X s'est éteint" right after a name, folded. */
const DIED_AFTER = /^\s*(?:,[^,.;]{0,40},\s*)?(?:est|etait)\s+(?:mort|morte|decede|decedee)(?![a-z])|^\s*(?:,[^,.;]{0,40},\s*)?(?:meurt|s'est eteinte?|s’est eteinte?)(?![a-z])/;

/** "successeur", "successeurs", "successeure", folded. */
const SUCCESSOR_NOUN = /(?<![a-z])successeure?s?(?![a-z])/g;
/**
 * Between "successeur" and the name it gives: "désigné", "pressenti", whom it succeeds, a comma ("son successeur désigné,
 * X", "le successeur de Y sur le banc, X"), folded.
 */
const SUCCESSOR_THEN_NAME = /^\s*(?:(?:designee?|pressentie?|potentiel(?:le)?|probable)\s*)?(?:(?:de|du|des|d')\s*[^,.;:«»()]{1,60})?,?\s*$/;
/** Between a name and "successeur" after it: a comma and an article or a possessive ("X, son successeur"), folded. */
const NAME_THEN_SUCCESSOR = /^\s*,?\s*(?:le|la|son|sa|leur|l'|un|une)?\s*(?:nouveau\s+|nouvel\s+|futur\s+)?$/;
/**
 * Where a folded sentence says "successeur" (start and end), when that noun is the only word of a succession it says
 * (no "remplace", "succède", "nouveau" …); undefined otherwise.
 */
function successorNounOnly(folded: string): [number, number][] | undefined {
  const at = [...folded.matchAll(SUCCESSOR_NOUN)].map((m) => [m.index!, m.index! + m[0].length] as [number, number]);
  if (!at.length) return undefined;
  return SUCCESSION_SAID.test(folded.replace(SUCCESSOR_NOUN, ' ')) ? undefined : at;
}

/** True when the mention and the word after it make a title ("Premier ministre", "Vice président"). */
function opensTitle(text: string, m: { start: number; end: number }): boolean {
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(m.end))?.[1];
  return next !== undefined && !/\s/u.test(text.slice(m.start, m.end).trim()) && FR.titles.has(`${text.slice(m.start, m.end)} ${next}`.toLowerCase());
}

/** "a été", "ont été", "sera" before a participle (folded): a question in the passive ("qui a été fait citoyen"). */
const PASSIVE_ASKED = /(?:^|[^\p{L}])(?:a|ont|avait|avaient|aurait|auraient|sera|seront)[\s-]+(?:t-(?:il|elle|ils|elles)\s+)?ete\s+\p{L}/u;
/** "Qui …", "C'est qui qui …", "Et qui …" opening a question (folded). */
const OPENS_ON_QUI = /^\s*(?:et\s+)?(?:qui|c['’]\s*est\s+qui\s+qui)(?![\p{L}])/u;
/** "Selon qui", "d'après qui" (folded): a source asked. */
const SOURCE_ASKED = /(?:^|[^\p{L}])(?:selon|d['’]apres)\s+qui(?![\p{L}])/u;
/** An opening quotation mark right before a name. */
const QUOTE_OPENS_BEFORE = /[«"“]\s*$/u;
/** A small word that goes on a title after its first word ("Patience dans l'azur", "Poussières d'étoiles"). */
const TITLE_GOES_ON = /^\s*(?:dans|de|du|des|d['’]|et|à|au|aux|sur|sous|en|pour|sans|contre|avec)(?![\p{L}])/iu;
/** True when a one-word name opens a quotation that goes on with a small word: the quotation is a title. */
export function opensQuotedTitle(text: string, m: { start: number; end: number }): boolean {
  return QUOTE_OPENS_BEFORE.test(text.slice(Math.max(0, m.start - 3), m.start)) && !/\s/u.test(text.slice(m.start, m.end).trim())
    && TITLE_GOES_ON.test(text.slice(m.end));
}

/** The share of a corpus's articles an entity must be named in to be what the corpus is about. */
const STORY_SUBJECT_SHARE = 0.5;
const storySubjects = new WeakMap<Knowledge, number | undefined>();
/** The entity named in the most articles, when it is named in at least half of them; worked out once per corpus. */
function storySubject(k: Knowledge): number | undefined {
  if (storySubjects.has(k)) return storySubjects.get(k);
  let top: AnnotatedEntity | undefined;
  for (const e of k.ann.entities) if (!top || e.docs.length > top.docs.length) top = e;
  const found = top && top.docs.length >= STORY_SUBJECT_SHARE * k.ann.articles.length ? top.id : undefined;
  storySubjects.set(k, found);
  return found;
}

/**
 * A question's pronoun that stands for someone other than the one asked (folded): an object pronoun after "qui" ("qui
 * l'a trouvé", "qui lui a succédé"), a pronoun after a preposition ("avec lui"), a possessive on the noun asked ("Son
 * manager, …", "c'est qui sa femme ?").
 */
const POINTS_AT_SOMEONE = /(?:^|[^a-z'-])qui\s+(?:ne\s+|n')?(?:l'|lui\s|leur\s|les\s(?![a-z]+s\s))|(?:^|\s)(?:avec|pour|contre|chez|sans|aupres de|pres de|derriere|envers|a cote de)\s+(?:lui|elle|eux|elles)(?![a-z'-])|^(?:et\s+|mais\s+)?(?:son|sa|ses|leur|leurs)\s|(?:qui est|qui etait|c'est qui|c'etait qui|s'appelle|s'appelait)\s+(?:son|sa|ses|leur|leurs)\s/;

/** Characters before a name read for the work it made ("le film « Les volets verts » de "). */
const MADE_REACH = 120;
/** True when text before a "qui" ends on the noun asked, its "du X" maybe ("C'est qui le garde du corps"). */
function relativeOfAsked(q: AnalyzedQuestion, before: string): boolean {
  return q.noun !== undefined && new RegExp(`(?:^|[^a-z])${escapeRegExp(q.noun)}s?(?:\\s+(?:du|de\\s+la|des|de)\\s+[a-z-]+)?\\s*$`).test(fold(before));
}
/** True when a quotation says "je" or "nous" and, right after (a negation or a pronoun between), a verb of `forms`. */
function saysInFirstPerson(quoted: string, forms: ReadonlySet<string>): boolean {
  return [...fold(quoted).replace(/’/g, "'").matchAll(FIRST_PERSON_VERB)].some((m) => terms(m[1]!).some((t) => forms.has(t)));
}
const FIRST_PERSON_VERB = /(?:^|[^a-z])(?:je|j'|nous)\s*(?:(?:ne|n'|le|la|les|l'|lui|leur|vous|te|t'|me|m')\s*)*([a-z]{3,})/g;
/** A noun after a definite article (folded): "l'acteur", "la chanteuse". */
const DEFINITE_NOUN = /(?:^|[^a-z])(?:le|la|l')\s*([a-z][a-z-]+)/g;

/** True when folded text before a name ends on an event noun and its "de" that the question does not say. */
function eventOf(before: string, verbForms: Set<string>): boolean {
  const m = EVENT_OF_BEFORE.exec(before.replace(/’/g, "'"));
  return !!m && !terms(m[1]!).some((t) => verbForms.has(t));
}
/** "sur", "sur la", "sur l'" right before a name. */
const ON_BEFORE = /(?:^|[^\p{L}])sur\s+(?:l['’]\s*|la\s+|le\s+|les\s+)?$/u;
const ON_REACH = 12;
/** "sur qui", "sur quel …" in a question (folded): what something was done on is asked. */
const ON_ASKED = /(?:^|[^a-z])sur\s+(?:qui|quel|quelle|quels|quelles|lequel|laquelle)(?![a-z])/;
/** Nouns that say only that someone belongs to a body, folded (data: question-nouns.json memberNouns). */
const MEMBER_NOUNS = new Set(questionNouns.memberNouns.map(fold));
/** How far a body's full name may run before its initials in brackets ("membre du Bureau national de sécurité (BNS)"). */
const MEMBER_BODY_REACH = 80;
/** "des obsèques du président", "de la ministre iranienne": a title as a complement, and the word after it (folded). */
const COMPLEMENT_TITLE = /(?:^|[\s'])(?:du|des|de\s+la|de\s+l')\s*([a-z-]+)(?=(?:\s+([a-z-]+))?)/g;
/** "le nom du président", "l'identité de la ministre": the person the title is held by is the one asked. */
const NAME_OF = /(?:^|[^a-z])(?:nom|prenom|identite|patronyme)\s*(?:du|des|de\s+la|de\s+l')/;
const NAME_OF_REACH = 12;

/**
 * The titles a who-question gives someone other than the one asked, with a people's adjective right after them
 * ("le président cubain" as a subject before "… de qui ?", "du président" as a complement), folded.
 */
function otherTitles(q: AnalyzedQuestion): { words: string[]; complement: boolean }[] {
  const folded = fold(q.text);
  const words = (title: string, next: string | undefined) => [title, ...(next && !FR.stopwords.has(next) && FR.demonyms.has(next) ? [next] : [])];
  const out: { words: string[]; complement: boolean }[] = [];
  const subject = SUBJECT_TITLE.exec(folded);
  if (subject && FOLDED_TITLES.has(subject[1]!)) out.push({ words: words(subject[1]!, subject[2]), complement: false });
  for (const m of folded.matchAll(COMPLEMENT_TITLE)) {
    const title = m[1]!;
    if (!FOLDED_TITLES.has(title) || NAME_OF.test(folded.slice(Math.max(0, m.index! - NAME_OF_REACH), m.index! + m[0].length))) continue;
    out.push({ words: words(title, m[2]), complement: true });
  }
  return out;
}

/** "… par qui ?": the agent of a passive asked. */
/** A question that opens on "à qui" (or asks it after a dislocation, "Les enfants, à qui …", or ends on it, "… envoyé à qui ?"), folded. */
const RECIPIENT_ASKED = /(?:^|[,:]\s*)a qui\b|\sa qui\s*\??\s*$/;
/** Right before a name or a phrase that names someone, folded: "à ", "à la ", "à l'", "aux ". */
const RECIPIENT_BEFORE = /(?:^|[^a-z'])(?:a|aux)\s+(?:(?:la|le|sa|son|ses|leur|leurs)\s+|l')?$/;
const RECIPIENT_REACH = 12;
/** "à la veuve de X, ", "à son fils, ": a phrase after "à" that names someone by a noun, then the comma of its apposition, folded. */
const RECIPIENT_APPOSED = /(?:^|[^a-z'])(?:a|aux)\s+(?:(?:la|le|sa|son|ses|leur|leurs)\s+|l')[a-z-]+(?:\s+(?:de|du|d')\s*[^,;:.!?«»()]{1,30})?,\s*$/;
const RECIPIENT_APPOSED_REACH = 60;
const AGENT_ASKED = /\spar\s+qui\s*[?!.]*\s*$/iu;
/** The stems of the verbs that head ("présidait", "dirige"; data: headVerbStems): the question's own verb, not another it says. */
const HEAD_VERB = new RegExp(`^(?:${answerWords.headVerbStems.join('|')})`);

/** A feminine article right before a role, one word perhaps between ("la ministre", "la Première ministre"), folded. */
const FEMININE_ARTICLE_BEFORE = (role: string) => new RegExp(`(?:^|[^\\p{L}'])(?:la|une|cette)\\s+(?:\\p{L}+\\s+)?${escapeRegExp(role)}(?![\\p{L}])`, 'u');
/** A role noun in its feminine form, folded: "avocate" (of "avocat"), "directrice", "infirmiere", "entraineure". */
function isFeminineRole(noun: string): boolean {
  return masculineForms(noun).some(isPersonNoun);
}

/** "le commerçant de 60 ans", "une femme de 23 ans" (folded): the age a question gives the one it asks. */
const AGE_ASKED = /\bd(?:e|')\s*(\d{1,3})\s*ans\b/;
/** ", 60 ans," right after a name: the person's age in apposition. */
const AGE_AFTER = /^\s*,\s*(\d{1,3})\s*ans\b/;
/** The age written in apposition right after `end` ("Miguel X, 60 ans, qui …"), or undefined. */
function ageAfter(text: string, end: number): string | undefined {
  return AGE_AFTER.exec(text.slice(end, end + 12))?.[1];
}
