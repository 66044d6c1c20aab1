/**
 * Tuning values of the answerers, in one documented object (like MiniSearch's BM25 parameters), so that an
 * evaluation can sweep them. Weights multiply a candidate's vote; 1 is neutral.
 */
export const TUNING = {
  /** Weight factor of a question term matched in a sentence through its synonym group ("débuter" for "commencer"). */
  synonymFactor: 0.6,
  /** … and through its word family in the corpus's vocabulary ("démissionné" for "démission"). */
  familyFactor: 0.8,
  /** Below this share of the question's weight matched by the best sentences, the corpus does not say. */
  minCoverage: 0.45,
  /**
   * … for a who-question, whose answerer requires a name beside the question's words (measured on the read sets in
   * session 10: 0.40 gave +2 right, +1 wrong; 0.35 +5 right, +1 wrong; lower changes nothing, minContent binds; the
   * same 0.40 for where, when, what or quote gave at most +1 right for +1 to +3 wrong).
   */
  minCoverageWho: 0.35,
  /** Below this share of the question's content words (names aside) matched, the corpus does not say. */
  minContent: 0.34,
  /** A sentence holding a time of day answers a time question from these shares of coverage on. */
  timedCoverage: 0.3,
  timedContent: 0.25,
  /** A sentence that says the specific noun asked ("quel hôtel") answers from these shares of coverage on. */
  nounCoverage: 0.3,
  nounContent: 0.25,
  /** The coverage floor for a sentence that gives a figure of the noun a count asks ("Une cinquantaine de clients sont présents"). */
  countCoverage: 0.25,
  /** How many ranked sentences a question reads. */
  rankDepth: 20,
  /** A sentence is read for candidates when its score is at least this share of the best sentence's. */
  readableScore: 0.3,
  /** … and it covers at least this share of the question's weight. */
  readableCoverage: 0.35,
  /** How many ranked sentences a question that asks a time of day looks through (times are rare). */
  timeDepth: 40,
  /** A capitalised name of unknown type, after a place preposition, as a where-answer ("partis de Montpellier"). */
  untypedPlace: 0.6,
  /** A people's adjective ("le bénévole rwandais") as the answer to "quel pays / d'où vient …". */
  demonym: 1,
  /** A venue phrase that is not a name ("le hangar 12", "la place des Martyrs") as a where-answer. */
  venue: 0.8,
  /** A venue named by a noun and an adjective only ("un cimetière gouvernemental"), read when no place is named. */
  plainVenue: 0.5,
  /** A venue said by its noun alone after a place preposition ("devant la cathédrale"). */
  bareVenue: 0.3,
  /** That venue right after a word of the question ("s'est donné la mort dans les toilettes"): it places that fact. */
  adjacentBareVenue: 0.8,
  /** A venue whose noun is the one asked ("Dans quel hangar …" → "hangar 12"). */
  askedVenue: 2,
  /** "Où exactement …", "sur quel site précisément": a named place, which venues outdo (a precise place is asked). */
  placeWhenPrecise: 0.3,
  /** "Quelle ville russe …": a place the text sets in that country ("de Koursk en Russie", "la ville russe de X"). */
  askedCountry: 3,
  /** A figure counting the noun asked ("Combien de morts" → "41 morts"). */
  askedUnit: 2,
  /** An age written right after the name of the person asked ("Mahsa X, 22 ans", "X, âgée de 22 ans") over one said of another moment of their life ("opérée à l'âge de 8 ans"). */
  apposedAge: 2,
  /** A figure of the source a count question names ("combien … d'après la police" → "450 selon la police"). */
  askedSource: 2,
  /** A figure with no noun of its own when the question asks a count of something ("Combien de morts" → "41"): 0, not an answer. */
  bareFigure: 0,
  /** A who-answer that is no name and has at least this share of its words in the question restates it: no answer. */
  restatedShare: 2 / 3,
  /** The longest speaker phrase (in words) that may answer a who-question when it names no one. */
  maxSpeakerWords: 8,
  /** A time given in GMT or UTC beside a local one ("07H45 (05H45 GMT)"): the same moment for other readers. */
  restatedDate: 0.2,
  /** A date in a clause of its sentence that says none of the question's main clause, next to 1 for the clause that says most. */
  otherClause: 0.3,
  /** A weekday the text gives in an article whose day is unknown ("samedi"), as a when-answer in its own words. */
  unresolvedDay: 0.7,
  /** The other end of a span of two dates than the one asked ("se terminer" of "du 29 septembre au 27 novembre"). */
  otherRangeEnd: 0.2,
  /** A date right after a word of the question's main clause ("a revendiqué samedi"), next to 1 for the others. */
  adjacentDate: 2,
  /** "Qui a proposé …": a person answers over a body or a phrase when scoring at least this share of the best. */
  personOverBody: 0.5,
  /** "le gars qui a tiré": the one person described by the agent noun scores this share above the best other name. */
  agentHolder: 1.2,
  /** A question that ranks its fact ("le premier sommet"): a sentence that gives the same rank, and one that gives only another. */
  sameOrdinal: 1.5,
  otherOrdinal: 0.1,
  /** A day of the pool takes the votes of an unresolved weekday it falls on when its own are at least this share of them. */
  weekdayDay: 0.4,
  /** A date right after a participle that qualifies a noun ("la peine requise le 28 mars"): that participle's fact. */
  participleDate: 0.3,
  /** The end of something asked ("se finir quand ?"): a date that neither ends a span nor is said with an end word. */
  endNotSaid: 0.5,
  /** A date of a denied fact ("n'était pas né le …"). */
  deniedDate: 0.1,
  /** A date of the sentence before, in the same paragraph, when the sentences that answer give none. */
  previousSentenceDate: 0.6,
  /** A date that bounds a span ("depuis le 1er juillet") rather than dating a fact. */
  boundDate: 0.3,
  /** A date with a part of the day ("dimanche soir") as an answer to "à quel moment de la journée". */
  dayPart: 0.8,
  /** Weight factor of the noun a quote question says the statement is about ("Qu'a dit X sur le gendarme ?"). */
  quoteAboutWord: 2,
  /** A topic word said only elsewhere in a statement's paragraph counts this much of one its sentence says. */
  paragraphTopic: 0.7,
  /** Weight of a topic word a statement's sentence says outside the quoted words themselves. */
  sentenceTopic: 0.85,
  /** How much a statement counts when it says nothing of the topic asked, next to 1 more when it says all of it. */
  quoteTopicFloor: 0.25,
  /** A measure of another dimension than the one asked ("de long" when the depth is asked). */
  otherDimension: 0.2,
  /** A person named next to the role asked, or described by it ("Quel procureur …"). */
  askedRole: 2.5,
  /** One given the role asked with the complement the question gives it ("le président de la compagnie, X"), over one given the role alone. */
  roleOfComplement: 2,
  /** A name in a question weighs this many times the inverse frequency of its mentions (and at least 1). */
  nameRarity: 1.2,
  /** … times this when the corpus reads it only as a capitalised word of no type. */
  untypedName: 0.5,
  /** A frame word or speech verb of the question ("déclaré", "annoncé") weighs this share of its inverse frequency. */
  frameWord: 0.5,
  /** The measure asked and its verb ("Combien de temps a duré …") keep this share of their weight. */
  measureWord: 0.5,
  /** BM25's term-frequency saturation and length normalisation, for a sentence's content terms. */
  bm25K1: 1.2,
  bm25B: 0.75,
  /** Share of its antecedent's score a sentence that points back ("Le premier a eu lieu à …") adds … */
  antecedent: 0.8,
  /** … times this for each further step back (two steps at most). */
  antecedentDecay: 0.6,
  /** A person of the question that only the opening of an article names counts this share of a name said, in a
   *  sentence of it that points back and names no one ("Né le 25 décembre 1964, il …"). */
  leadPerson: 0.7,
  /** … the people its first this many sentences name. */
  leadPeopleSentences: 2,
  /** A speaker asked whom the corpus quotes this many times or fewer is answered from a passage that names them and
   *  gives their words, though it covers little of the question ("Qu'a déclaré X en apprenant …"). Measured on the
   *  read sets: 1 gives +2 right answers and no wrong one; 2 gives +4 and +3 wrong; 3 gives +5 and +3 wrong. */
  fewStatements: 1,
  /** Sentences, at most, between a sentence that points back ("Il …", "Cet homme …") and the person it is read about. */
  antecedentSentences: 4,
  /** Share of a neighbour's score (same paragraph) a sentence adds. */
  neighbour: 0.25,
  /** … of the next sentence's, when that one points back to it. */
  anaphoricNext: 0.4,
  /** A question term that only a sentence's context says counts at least this share towards its coverage. */
  leanedTerm: 0.5,
  /** … and a name that only its context says, at least this share. */
  leanedName: 0.75,
  /** A place of the question that only the article's opening sentences name (its scene) counts this share (0.5 → 0.7 in session 13: +2 right over 62 read sets; 0.9 gave +2 / +1 wrong). */
  sceneName: 0.7,
  /** The sentences that open an article (a title, a lead and its paragraph) read for its scene (3 → 5 in session 13: +4 right, −1 wrong over 62 read sets). */
  leadSentences: 5,
  /**
   * What the phrase naming who speaks in a sentence says of the question (written in that sentence or another:
   * "…», a dit le maire de X"), when the sentence does not say it itself, counts this share of its weight in the
   * sentence's score — and in full in its coverage.
   */
  speakerPhrase: 0.5,
  /** A place that completes a title ("le préfet de Charente-Maritime X") counts this share towards where a fact happened. */
  titleComplementPlace: 0.25,
  /** A town named right after another place it contains ("au Nippon Budokan à Tokyo") weighs this much. */
  containerPlace: 0.5,
  /** Share of the best place's weight a place set inside it must have to answer a plain "où" instead. */
  containedShare: 0.5,
  /**
   * Factor on a place the sentence sets in the area the question gives its noun ("Dans quelle localité du Nord …" of
   * "à Vorville-Plage dans le Nord"): it is one of the kind asked, there. Session 46.
   */
  inAreaAsked: 3,
  /** A corpus of this many articles or more has a setting: places half of its articles name. */
  settingArticles: 4,
  /** A setting place named in the clause of a sentence covering this share of the question or more still answers. */
  statedSetting: 0.9,
  /** … of a question of this many content terms or more. */
  statedSettingTerms: 3,
  /** A place after "près de", "au sud de", "à 20 km de" (a landmark) counts this share towards where a fact happened. */
  landmarkPlace: 0.3,
  /** A place after "vers", "en chemin vers", "à destination de" (where someone was going) counts this share towards where a fact happened. */
  towardsPlace: 0.2,
  /**
   * A country the question names that a sentence names only by its adjective ("les autorités égyptiennes") counts
   * this share of its weight.
   */
  demonymName: 0.5,
  /**
   * For "depuis quelle année / depuis quand", a date that opens no span (no "depuis", "dès" … before it) counts
   * this share.
   */
  notSince: 0.05,
  /** Share of the question's names a sentence must name when names are required (and a timed sentence, to answer a time). */
  namedCoverage: 0.5,
  /** A figure that says no number ("des milliers de policiers") weighs this much against one that does. */
  vagueFigure: 0.3,
  /** A sentence that gives someone's words answers a quote question it has no statement for only when it covers at
   *  least this share of what the best sentence covers. */
  quoteRelativeCoverage: 0.45,
  /** A lower-case word of a question that is a name of the corpus is the common word when the corpus's sentences
   *  hold it more than this many times as often as they name the entity ("la police", a caption "POLICE"). */
  commonWordRatio: 3,
  /** How many of the best-ranked sentences the abstention policy reads. */
  decidingSentences: 3,
  /** A word the corpus lacks weighs this share of a word it holds once (it may be an inflection spelled otherwise). */
  unseenTerm: 0.7,
  /** A direct quotation, next to 1 for reported speech, as a quote-answer. */
  directQuote: 1.1,
  /** A where-answer whose supporting sentences all rank this far down or lower (0 is the best) … */
  farSupportRank: 5,
  /** … and cover less than this share of what the best-ranked sentence covers is withheld. */
  farSupportShare: 0.75,
  /** A quote-answer whose statement's sentences all rank this far down or lower … */
  quoteFarRank: 3,
  /** A reported statement yields to a quotation of the speaker scoring at least this share of its score. */
  reportedYields: 0.5,
  /** Words at least of a phrase a report quotes for it to count as the speaker's own words. */
  quotedPhraseWords: 4,
  /** … and cover less than this share of what the best-ranked sentence covers is withheld. */
  quoteFarShare: 0.6,
  /** A sentence with a figure answers a what-question when among this many best … */
  figureDepth: 5,
  /** A cause asked: a sentence giving one, among this many of the best ranked … */
  causeDepth: 5,
  /** … scoring this share of the best sentence's score and covering this share of its coverage, answers instead. */
  causeScore: 0.5,
  causeCoverage: 0.6,
  /** Ranked sentences read further for a cause given by a sentence that covers the question as fully as the best one. */
  causeFarDepth: 40,
  /** … with at least this share of the best sentence's score … */
  figureScore: 0.6,
  /** … and this share of its coverage. */
  figureCoverage: 0.8,
  /** A date to the month, next to 1 for a full date, as a when-answer (and a weekday left unresolved). */
  monthDate: 0.9,
  /** A date to the year. */
  yearDate: 0.8,
  /** "En quelle année …": how much a full date counts for its year, next to 1 for a year said alone ("fondée en 1923"). */
  dayForYear: 0.4,
  /** A country as a where-answer when the sentence names a more precise place. */
  countryBesidePlace: 0.5,
  /** An organisation, next to 1 for a person, as a who-answer. */
  organisation: 0.6,
  /** A person who is the subject of the question's verb in the sentence. */
  subjectOfVerb: 2.5,
  /** A speaker whose speech verb is the question's, as a who-answer … */
  speakerVerbMatch: 1.6,
  /** … and one whose verb is another. */
  speakerOtherVerb: 0.5,
  /** How close a candidate is to the question's words counts this much when the sentence holds none of them. */
  noAnchorProximity: 0.5,
  /** The one person the corpus describes by the role asked, when the sentences that tell the fact say the role and name no one. */
  roleHolder: 0.5,
  /** A person the sentence after names as who the sentence spoke of ("Il s'agissait de X") counts this share of its weight. */
  identified: 0.8,
  /** The subject phrase of the question's verb, when no name answers a who-question ("Le Service géologique … a mesuré"). */
  subjectPhrase: 0.8,
};

