/**
 * A lexicon: the words of one language that the template's rules read. A rule takes its words
 * from every lexicon (`lexicon/index.ts`) and never spells a language's word itself, so a page in
 * a third language needs a lexicon and its tests, not a copy of each rule.
 *
 * Word lists are regular-expression sources (so a language may give its inflected forms as a
 * pattern: "Президент\\p{L}*"), matched case-insensitively unless said otherwise.
 */
export interface Lexicon {
  /** The language's BCP 47 tag: `en`, `ru`. */
  language: string;
  /** The Unicode script of its letters (`\p{Script=…}`), for detection and for what is foreign on a page. */
  script: 'Latin' | 'Cyrillic';
  /**
   * How its words are bounded: `ascii` is `\b` (as the English rules always were); `unicode`
   * looks at letters of any script (JavaScript's `\b` knows only ASCII letters).
   */
  boundary: 'ascii' | 'unicode';
  /** The i18n-iso-countries locale its country names are checked in. */
  countryLocale: string;
  /** The breadcrumb's step before the country: "Country profile", "Профиль страны". */
  profilesStep: string[];
  /** Navigation phrases: "Main page", "Print version", "Главная страница". */
  navigation: string[];
  /** A masthead's kind of site ("analytical", "аналитический") and its noun ("resource", "ресурс"). */
  masthead: { kinds: string[]; nouns: string[] };
  /** The start of the materials box's heading: "Related materials", "Материалы портала". */
  materialsHeading: string[];
  /** Every form of each month's name, January first (case-sensitive: an English "may" is a verb). */
  months: string[];
  /** Words before a bare year that make it a date: "in 1995", "в 1995 году". */
  yearPrepositions: string[];
  /** The word between a range's first day and its last: "с 25 июня по 1 июля 2020 года", "from 25 June to 1 July 2020" (the first day takes the last's year). */
  dayRangeTo: string[];
  /** Words after a date's year: "5 марта 2012 г.", "в 2012 году" (kept out of what follows). */
  yearWords: string[];
  /** Words written with a dot that never end a sentence, before a capital: "в 2008 г. Фуад …", "им. Ленина" (case-sensitive, without the dot). */
  abbreviations: string[];
  /**
   * Words that open a sentence, never a name after an abbreviation: "… до 31 декабря 2011 г. На выборах …"
   * breaks there, "в 2008 г. Фуад …" does not (case-sensitive: capitalized prepositions, conjunctions, pronouns).
   */
  sentenceOpeners: string[];
  /**
   * The phrases of elections and referendums (rules/election.ts, rules/candidates.ts). Each is a
   * regular-expression source in the language's own word order, with its word boundaries and only
   * non-capturing groups; `<share>` stands for a percentage ("79,78%", "63 per cent", "91,1
   * процента") and `<count>` for a number of years ("7", "seven", "семи").
   */
  elections: {
    /** Words for "percent" after a number: "per cent", "процента". */
    percentWords: string[];
    /** The numbers one to ten, each as a pattern of its forms ("seven", "сем(?:ь|и)" of "семилетний"). */
    numbers: string[];
    /** A past election of the subject before it: "was re-elected", "был официально переизбран", "избрана". */
    elected: string[];
    /** A win: "won the presidential election", "received 63%", "победил на выборах", "X defeated Y". */
    won: string[];
    /** The winner's share: "with 79.78% of votes", "набрав 91,1 % голосов"; never a turnout. */
    voteShare: string[];
    /** The term won: "a seven-year term", "на семилетний срок", "сроком на 5 лет". */
    term: string[];
    /** Words of any vote: "election", "votes", "выборах", "голосов", "туре". */
    voteWords: string[];
    /** A first round: "first round", "в первом туре". */
    firstRound: string[];
    /** The share that voted for a referendum's question (`<share>` a percentage): "поддержали 77,18 %", "approved by 90.5%". */
    referendumYes: string[];
    /** The side against, before a referendum's share: "Против поправок проголосовали 12 %" is no share for. */
    referendumAgainst: string[];
    /** A results table's cell that says its candidate lost: "не избрана", "not elected", "rejected". */
    notElected: string[];
    /** A round by its number, any: "во второй тур", "in the third round". */
    anyRound: string[];
    /** A round nobody won: "no candidate received a majority", "ни один из кандидатов не набрал". */
    noWinner: string[];
    /** A lead-in to a list of the other candidates only, the winner named in prose: "Результаты остальных кандидатов:", "Besides X, the ballot listed:". */
    restOfList: string[];
    /** How a win's verb opens when it decides a first round: "won", "одержал победу" (not "получил 44 % в первом туре"). */
    firstRoundWin: string[];
    /** A first round named right before a win's verb, which it decided: "уже в первом туре " (победил X). */
    roundBeforeWin: string[];
    /** A rival's word before their name: "его соперник ", "his only rival ". */
    rivalNamed: string[];
    /** What opens a body's election, the body's name right after it: "Elections to the ", "выборы в ". */
    bodyElection: string[];
    /** A body's name that goes on in lower case up to the election's date: "намояндагон" of "выборов в Маджлиси намояндагон 28 февраля" (not a verb: "прошли"). */
    bodyNameTail: string;
    /** Seats in a body, its name after (`(body)` the group): "Распределение мест в Жогорку Кенеше по итогам выборов …". */
    seatsIn: string[];
    /** A legislature's own name as `seatsIn` gives it (in its case there): "Жогорку Кенеше", "Сейме", "Государственной Думе" (not "Рижской думе", a city's). */
    legislatureNames: string[];
    /** A body's words from the case `seatsIn` gives them in back to the nominative, endings longest first: "Рижской думе" → "Рижская дума". */
    seatsBodyCases: { adjective: Array<[string, string]>; noun: Array<[string, string]>; feminineNoun: Array<[string, string]> };
    /**
     * The votes a body's election needs, and its seats (groups `needed`, `size`): "не менее 51 голоса из 100",
     * "большинством в две трети голосов (68 из 101)", "at least 51 of the 100 votes"; or its seats alone (`size`):
     * "Сейм состоит из 100 депутатов", "the 100-seat Saeima". A count of votes cast ("поддержали 81 депутат из 101") is none.
     */
    bodyMajority: string[];
    /** Where a sentence's second dated election starts: ", and on …", ", и 17 сентября …". */
    nextDated: string[];
    /** The winner's share right after the name (`<share>` a percentage): ", получившая 51,3 %", ", receiving 51.3%". */
    shareAfterWinner: string[];
    /** A later round opening a sentence's second clause: "во втором туре", "in the run-off". */
    laterRound: string[];
    /** Conjunctions before a later round's clause: "однако", "but". */
    roundConjunctions: string[];
    /** A past verb right after a subject, for whom a "he" in the next sentence stands: "was", "became", "был", "стал", "победил". */
    subjectVerbs: string[];
    /** Words that tie the date right after them to a vote (the text before the date ends with them): "the election of ", "выборах в Парламент ". */
    electionBefore: string[];
    /** A parliament's election named as such: "parliamentary elections", "парламентских выборов". */
    parliamentary: string[];
    /** One person's elections before a list of them, one a line: "X избирался на пост Президента трижды:", "X was elected President three times:". */
    electedEach: string[];
    /** "were held", "took place", "состоялись", "прошли". */
    held: string[];
    /** Verbs of a win over another candidate, before the one defeated: "defeated", "опередив". */
    defeated: string[];
    /** The word before the one defeated's share (the text before it ends with it): "against", "против". */
    against: string[];
    /** A finite verb right before another candidate's share, with its adverbs: "got only", "получил лишь". */
    rivalVerbs: string[];
    /** "referendum", "plebiscite", "референдум". */
    referendum: string[];
    /** One referendum, whose date and decision follow it: "referendum" (not "referendums"), "референдума". */
    oneReferendum: string[];
    /**
     * A word that may stand before a referendum's noun in its name, kept in the event's title: an
     * adjective ("консультативный референдум", "всенародного референдума", "a nation-wide referendum").
     */
    referendumModifiers: string[];
    /** A word that ends a referendum's topic in its title, a verb of the sentence: "прошёл", "состоялся", "was", "abolished". */
    referendumTopicEnds: string[];
    /**
     * A referendum's forms that are a decision's subject, kept in its outcome: a Russian past verb
     * agrees with it ("всенародный референдум продлил срок …"; "продлил срок" alone is no phrase).
     * None in English ("extended the term …").
     */
    referendumSubject: string[];
    /**
     * What may stand before a referendum's forms that are no subject, kept with them at the head of
     * its outcome: "На референдуме … было снято ограничение", "По итогам референдума … полномочия
     * были расширены" (the decision alone names no referendum). None in English.
     */
    referendumAt: string[];
    /** A decision adopted at a referendum, as the page words it; group 1 the outcome: "Конституции в редакции, принятой на референдуме". None in English (its own word order is the rule's). */
    adoptedAt: string[];
    /** A referendum fixed for a day by a decision, the day right after: "Референдум назначен на 18 марта 2009 года" (a vote of that day, not one merely to come). */
    referendumScheduled: string[];
    /** A proposal to hold a referendum: its sentence's date is the decision's, not the vote's ("одобрил предложение о проведении референдума"). */
    referendumProposed: string[];
    /** Words between a referendum and its date or decision: "held on", "that took place on", "состоявшийся". */
    referendumHeld: string[];
    /** Another candidate than the winner: "rival", "runner-up", "came second", "соперник", "второе место". */
    rival: string[];
    /** Shares given in the order of the names before them: "соответственно", "respectively" ("A и B получили соответственно 14,78 % и 14,32 %"). */
    respectively: string[];
    /** The word joining the last two of a list of names or shares: "и", "and". */
    listAnd: string[];
    /**
     * A verb the winner's name follows, in a language whose word order may put it after: "избран
     * Виктор Корольчук", "Президентом Грузии стал X", "победу вновь одержал действующий глава
     * государства Т. А. Токтогулов" (lower-case words may stand between). Read only where no
     * winner stands before the verb. None in English ("elected X" is the rule's).
     */
    winnerAfter: string[];
    /** A winner a count declared, named after the verb in the accusative ("объявила победителем В.Ф. Януковича"). */
    winnerDeclared: string[];
    /** A share of the winner's rival named by a pronoun, the share in it: "за его соперника проголосовали 32,56 %", "his rival got 41%". */
    rivalShare: string[];
    /** Personal pronouns of a subject: "he", "she", "он", "она". */
    pronouns: string[];
    /** The same as a verb's object: "him", "her", "его", "её" ("Рийгикогу переизбрал его"). */
    objectPronouns: string[];
    /** Words before a date that make it an end, not an event: "until", "до". */
    until: string[];
    /** Words that make a date a beginning: "since", "from", "с". */
    since: string[];
    /** "presidential election", "выборы Президента": the head of state's election. */
    presidential: string[];
    /** The office such an election fills, as the language names it: "President", "Президент". */
    presidentTitle: string;
    /** Words of an election yet to come: "will", "scheduled", "будет", "состоится". */
    upcoming: string[];
    /** Words of a referendum yet to come, before it or right after it: "will", "proposed", "предстоящ…". */
    future: string[];
    /** A referendum's decision at the start of what follows it and its date; group 1 the decision: "extended the term …", "продлил срок …". */
    decided: string[];
    /** Titles and words that are never part of a candidate's name: "President", "Mr", "Президент". */
    titles: string[];
    /** Capitalized words before a winner's name: those naming the office ("President"), others ("Mr", "Acting"), a past post's ("Former"). */
    subjectTitles: { office: string[]; other: string[]; former: string[] };
    // Events wave 6 (issue 16).
    /** A referendum's share for in a bracketed side: "(за – 91,07% проголосовавших)", "(yes – 91.07%)". */
    referendumYesBracketed: string[];
    /** A majority of a referendum's voters against what it asked, the outcome's own words: "62,68% участников голосования высказались против строительства …" (its share is the outcome's). */
    referendumMajorityAgainst: string[];
    /** A referendum's name back in the nominative, its head words' endings (pattern, replacement) in order: "консультативном референдуме" → "консультативный референдум". */
    referendumNominative: Array<[string, string]>;
    /** Where a sentence's second election of its subject starts, a re-election joined by "и" ("избран 24 мая 2009 года (51,21 %) и переизбран 26 июня 2013 года"), and the pronoun that stands for the subject there. */
    andReelected: { joints: string[]; pronoun: string };
    /** A winner's share alone in brackets right after the election's date: "переизбран 26 июня 2013 года (50,89 %)", "re-elected on 26 June 2013 (50.89%)". */
    shareAfterDate: string[];
    /** Where a sentence's next referendum starts, before its word ("…, а референдум 17 октября 1998 года изменил …"); English keeps its own (rules/election.ts NEXT_REFERENDUM). */
    nextReferendum: string[];
  };
  /**
   * More shapes of elections (rules/election.ts, rules/candidates.ts) and surveys (rules/survey.ts),
   * as `elections` gives them; `<name>` stands for a candidate's capitalized words.
   */
  eventShapes: {
    /**
     * The verb and the share after a winner named first as its object, `<share>` the share: "Ивана Орлова
     * поддержали 80,1 % избирателей" (the name in the accusative), "X was backed by 80.1% of voters".
     */
    winnerBacked: string[];
    /**
     * A gerund of a share after a clause and its comma, the clause's subject the one who got it, `<share>`
     * the share: "На выборах 4 марта 2012 г. Путин вернулся в Кремль, получив 63,6 % голосов", "…, receiving 63.6%".
     */
    gerundShare: string[];
    /**
     * The winner's count of votes, `<votes>` the number ("1 234 567", "1,234,567", "53"): "набрав 1 234 567
     * голосов", "53 голосами", "за него проголосовали 58 из 100 депутатов", "with 1,234,567 votes"; never a
     * count the vote needed ("необходимых 61 голоса", "of the 61 votes required").
     */
    voteCount: string[];
    /**
     * A body's verb electing a person, the post in the instrumental before or after the person in the
     * accusative: "избрала", "переизбрал" ("коллегия выборщиков избрала Президентом X", "Сейм избрал X
     * Президентом"); empty where the language's word order has no such case (English: `elections.elected`).
     */
    /**
     * A participle of election after a name, in the name's case: "сменив Петра Лиса, избранного
     * 3 мая 2009 г. с результатом 61 %" (a past election of the one named, dated after the participle).
     */
    electedParticiples: Array<[string, GrammaticalCase]>;
    /** A negation right before an election's verb: "X не была избрана в Сейм …", "X was not elected …" (no election of X). */
    negations: string[];
    bodyElects: string[];
    /**
     * A body's approval or appointment of a person to a post, an election only with its count of votes
     * in the sentence: "Парламент утвердил X Премьер-министром …: «за» проголосовали 99 депутатов".
     */
    bodyApproves: string[];
    /** Posts a page may write in lower case after a body's verb, their stems: "президент" ("Сейм избрал президентом X"). */
    lowerCasePosts: string[];
    /** An ordinal or adjective before the post in the instrumental: "избрало четвёртым Президентом X", "новым Председателем". */
    postAdjectives: string[];
    /** A capitalized complement of the post, not the person's name: "Президентом Республики Армения X", "Российской Федерации". */
    postComplements: string[];
    /**
     * A vote in a body or a college that elected nobody: "Сейм трижды не смог избрать Президента", "в
     * двух турах голосования президент избран не был", "ни один кандидат не набрал необходимых 61
     * голоса", "the Parliament failed to elect a President"; an election with no winner on its date.
     */
    failedVote: string[];
    /** An election's or a referendum's turnout, `<share>` its percentage: "явка составила 77,1 %", "при явке 64 %", "turnout was 77.1%". */
    turnout: string[];
    /** Words between a winner and the verb, no part of the name: "again", "for the third time", "вновь", "в третий раз". */
    subjectAdverbs: string[];
    /** Phrases between a winner and the verb that are no name's words (`<share>` a percentage): "with 56.3%", "с результатом 56,25 % голосов", "во втором туре". */
    subjectAsides: string[];
    /** A first round's leader, no winner yet (read only with a first round's words): "led", "лидировал". */
    roundLeader: string[];
    /** A verb after another candidate's share, the name after it: "17.2% went to X", "Второй результат – 17,18 % – показал X", "с 3,17 % занял X". */
    verbAfterShare: string[];
    /** Words after a share that name whose it is, the name after them in the genitive: "против 45,47 % у Савчук", "у Петра Иванова" → Пётр Иванов ("у"). None in English ("against 44.2% for X" is the rule's). */
    ownerAfterShare: string[];
    /** A candidate named before the share with the votes given them: "за <name> было подано 47,9 %", "the votes for <name> amounted to 47.9%". */
    votesFor: string[];
    /** The word before the one voted for, whose case it governs: "за" (the accusative: "за Йыкса – 134 (40 %)"), "for". */
    votedForWord: string[];
    /** Words between a candidate's name and their share: "на третьем месте оказался X с 6,4 %", "followed by X with 6.4%". */
    nameWithShare: string[];
    /** A candidate's place between the name and a share in parentheses: "Nurlan Omurov came third (9.1%)", "X занял третье место (9,1 %)". */
    placed: string[];
    /**
     * A survey's verb after its subject, before the figure and who answered, with the adverbs before
     * it: "Президенту доверяют 46,8 % респондентов", "деятельность Президента полностью или частично
     * одобряют 41,2 % граждан". None in English ("the President is trusted by …" is the rule's).
     */
    surveyVerbFirst: string[];
    /**
     * The pollster named after the figures, at the sentence's end (group 1 the pollster, group 2 a
     * date if any): "(опрос центра «Пульс», май 2012 г.)", "…, according to a poll by X".
     */
    pollsterAfter: string[];
    /** The pollster in the sentence after the figures (group 1, a date after it allowed): "Опрос провёл центр «Сфера» в марте 2013 года.", "The survey was conducted by X." */
    pollsterNext: string[];
    /** Pronouns a figure's subject may be, standing for the subject named before a colon: "the President is the most trusted institution: 38% trust him", "Президент …: ему доверяют 38 %". */
    surveyPronouns: string[];
    /** A figure named by its measure (group 1 the measure, group 2 the subject, then the share): "Trust in the President stood at 41%", "Доверие к Президенту составляет 41 %". */
    levelOf: string[];
    /** The next subjects of such a figure (group 1 the subject, then the share): ", trust in the Government at 23%", ", к Правительству – 23 %". */
    levelNext: string[];
    /** An election set for a date, even one looked forward to then: "выборы были назначены на 5 января 2008 года", "elections were called for 9 June 2019". */
    scheduled: string[];
    /** A referendum held with a round of an election, its date that round's: "Одновременно с первым туром выборов состоялся плебисцит", "held together with the first round". */
    withRound: string[];
    /** A sentence whose pronoun is the vote the sentence before named, and says it was held: "Оно прошло с 25 июня по 1 июля 2020 года", "It was held on 1 July". */
    pronounHeld: string[];
    /** What a referendum was on, before a colon and its figures: "плебисцит о вступлении в НАТО: …", "a referendum on the monarchy: …". */
    referendumTopic: string[];
    /** Verbs of a win that need no vote's word where the sentence before named the election: "Выборы прошли … X победил, набрав 64 %", "X won with 64%". */
    winVerbs: string[];
    // Events wave 6 (issue 16).
    /** A lower-case participle opening an aside between a candidate's name and the verb: "Х. Баттулга, выдвинутый Демократической партией, получил 38,11 %" (the name is the part before it). */
    asideParticiples: string[];
  };
  /**
   * Dated events that are no vote (rules/dated-event.ts): a head's inauguration, a resignation, a
   * death, an upheaval, a decision. Each trigger is a pattern of the words that say what happened
   * and where the person it is about stands: `subject`, the name before the verb in its clause
   * ("Страуюма объявила об отставке", "X resigned"), else right after it as written ("скончался
   * первый Президент Туркменистана X"); `object`, the name right after the words, in `case`
   * ("инаугурация Д.А. Медведева", "кончины С.А. Нурыева", "свергнут режим Курманбека Бакиева",
   * "the inauguration of X"); `none`, no person ("сторонники оппозиции захватили Белый дом").
   */
  datedEvents: {
    /** `headsOnly`: the words are said of a head of state alone ("инаугурация"), so the event is that office's even where the clause does not name it. */
    /** `candidacy`: the person named after the words, else the one the sentence before proposed (`proposals`): "Дума поддержала кандидатуру". */
    triggers: Array<{ kind: DatedEventKind; pattern: string; person: 'subject' | 'object' | 'none' | 'candidacy'; case?: GrammaticalCase; headsOnly?: boolean }>;
    /** The head of state's word in any case, in the event's clause: the event is that office's ("вступил в должность Президента", "Президент X ушёл в отставку"). */
    headOfState: string;
    /** Words right before a date that make it no date of the event but a span's: "с", "до", "since" ("занимавший этот пост с 1995 г."). */
    spanWords: string[];
    /** Words right before the trigger that deny it: "не" ("не ушёл в отставку"), "not", "never". */
    negations: string[];
    /** Words that open an aside between the subject and the verb, no subject of theirs: "который", "занимавший" (a participle's ending), "who". */
    asides: string[];
    /** Words that open a clause of its own after a comma, so that a lower-case part after a name is no apposition of it: "а", "и", "после". */
    connectors: string[];
    /** Conjunctions that join a second part sharing the first one's subject: "X объявила о роспуске Сейма, а 9 июня подала в отставку" (X). */
    coordinators: string[];
    /** A body named after its head, the name after it in the genitive: "Правительство" (Дмитрия Медведева); alone, no one. */
    headsBody: string[];
    /**
     * Words proposing a candidate, the candidate the last name after them: "предложил на пост премьера руководителя
     * ФНС Михаила Мишустина", "внёс кандидатуру X" (whom the next sentence's "поддержала кандидатуру" is about).
     */
    proposals: Array<[string, GrammaticalCase]>;
    /** Conjunctions joining two dated parts of one clause, each an event's title: "X объявил о … выборах и 25 апреля 2021 года подал в отставку". */
    partJoints: string[];
    /** A clause that opens with the day of the clause before: "в тот же день", "the same day". */
    sameDay: string[];
    /** A referendum's words: a decision taken at a referendum is the referendum's own event. */
    referendum: string[];
    /** After an inauguration's words, a post that is not the head of state's ("вступил в должность министра"): the office is then unknown. */
    otherPost: string;
    /** Words of an appointment or a dismissal: a decree that makes one ("Указом от … назначен X") dates a post, no decision. */
    appointments: string[];
    /** Words of what is still to come in the event's clause ("Инаугурация … ожидается в январе"): no event yet. */
    future: string[];
  };
  /**
   * More shapes of groups (rules/groups.ts) in a language whose words inflect: people named by where
   * they come from, a side of the country, groups of origin and nouns of neuter gender. English
   * reads its shapes with its own patterns: every list is empty there.
   */
  groupShapes: {
    /** Endings of a people named by where they come from, nominative plural: "северяне", "южане", "памирцы". */
    peopleEndings: string[];
    /** Such a people's case endings back to the nominative plural, longest first: "южан" → "южане", "кулябцев" → "кулябцы". */
    peopleCases: Array<[string, string]>;
    /** Endings of any quoted plural name of a group, nominative: those and «еразы», «силовики». */
    quotedPluralEndings: string[];
    /** Peoples of no place, never a group: "граждане", "горожане", "иностранцы". */
    notPeople: string[];
    /** Stems of a paragraph that speaks of groups, where a quoted plural that opens a clause is one: "групп", "элит", "клан". */
    groupTalk: string[];
    /** People of a place, any case, back to the nominative: "выходцев" → "выходцы" (the place after `originFrom`). */
    origins: Array<{ forms: string; lemma: string }>;
    /** The preposition before the place of origin: "из". */
    originFrom: string[];
    /** A side of the country's adjective, whole, singular: "северный", "южной" (a group's noun after it makes a regional group). */
    compassAdjective: string;
    /** A side of the country named by its noun in the genitive after a group's noun, and its adjectives: "кланов Севера и Юга" → северный клан, южный клан. */
    compassSides: Array<{ genitive: string; masculine: string; feminine: string }>;
    /** Adjectives of a kind of group that make a group's noun a group of that category, though no place's: "олигархических групп" → олигархическая группа. */
    kindAdjectives: Array<{ stem: string; category: string }>;
    /** Neuter nouns of groups, any case, that any adjective makes one: «энергетическое лобби», "аграрного лобби". */
    neuterNouns: Array<{ forms: string; lemma: string; category: string }>;
    /** A neuter adjective's case endings back to the nominative: "энергетического" → "энергетическое". */
    neuterAdjectives: Array<[string, string]>;
    /** The word that joins two groups: "«гармской» группы и памирцы". */
    and: string[];
    /** A quoted plural's last word in the genitive after a group's noun: "группа «молодых реформаторов»", "лагерь «государственников»". */
    genitivePluralEndings: string[];
    /** A group's noun in a plural case, by its ending: "кланов", "группам", "групп". */
    pluralNounEndings: string[];
    /** Kin or role words between a group's noun and the person it is named after: "группа зятя Президента X". */
    whoseKin: string[];
    /** Kin nouns in the nominative: a name after "дочь Президента" is the daughter's, in the nominative, not the President's genitive. */
    kinNominative: string[];
    /** Stems of role plurals that name a camp, quoted in any case where the paragraph speaks of groups: «силовики», «технократов», «олигархам». */
    campTerms: string[];
    /** Endings of a plural verb before a quoted subject: "Им противостоят «силовики»", "выделяются «технократы»". */
    pluralVerbEndings: string[];
    /** Endings of a plural participle after a quoted subject and a comma: "«силовики», опирающиеся на …". */
    participleEndings: string[];
    /** Words between a group's noun and its quoted name: "группа влияния «Ориента»", "группа компаний «Альфа»". */
    nounOf: string[];
    /** Phrases that give a group the name the press calls it by, before the quoted name: "получившая название «X»", "известная как «X»". */
    pressNames: string[];
    /** Nouns of a country's parts, as a stem that any ending may follow: a group's description that is only such a place is its region ("Ахалский и Марыйский велаяты", "Osh and Jalal-Abad regions"). */
    placeNouns: string[];
    /** Nouns a pressed name may belong to instead of a group's: "партия под названием «X»", "фонд, известный как «X»" (stems). */
    otherNamedNouns: string[];
    /** Words of a rivalry whose sides follow "между": "раскол", "противостояние" (stems); and the word "между" itself. */
    rivalryWords: string[];
    between: string[];
    /** A side's head word (a stem) and the category it gives: "партия" → party, "блок", "альянс" → bloc. */
    sideKinds: Array<{ stem: string; category: string }>;
    /** Instrumental endings back to the nominative (a noun's, longest first), and an adjective's before a noun. */
    instrumentalNouns: Array<[string, string]>;
    instrumentalAdjectives: Array<[string, string]>;
    /** Stems of a heading over the analysis of groups, beside `groupTalk`: "Группы влияния", "Центры влияния". */
    groupHeadings: string[];
    /** A list's lead-in that counts parties in the plural, its last words before the colon: "объединяет шесть партий:". */
    partyListLeadIns: string[];
    /** Words that add a narrower place of origin after the first: "выходцы из X, прежде всего из Y". */
    originNarrower: string[];
    /** Nouns of a party or bloc, nominative, capitalized where a name opens with them: "партия «X»", "Союз X", «… движение». */
    partyNouns: Array<{ forms: string; lemma: string; category: string }>;
    /** Stems of a party's leader's noun right before the party's: "Председателем партии «X»", "лидер блока «Y»". */
    partyLeaders: string[];
    /** A person's noun of influence before the name, nominative: "олигарх X" (the group named by a person). */
    influenceNouns: Array<{ forms: string; category: string }>;
    /** A phrase that makes the name after it a key figure: "Ключевой фигурой … остаётся X". */
    keyFigures: string[];
    /** Nouns of a circle named by the person after them (genitive): "окружение X", "люди X"; and "вокруг" of "группа вокруг X". */
    circleNouns: Array<{ forms: string; lemma: string }>;
    /** A plural of leaders in any case and its nominative, before what they lead in the genitive: "лидеров Майдана" → лидеры Майдана. */
    leaderPlurals: Array<{ forms: string; lemma: string }>;
    /**
     * Prepositions after which a group's list names a person in the instrumental ("во главе с
     * Мартом Орлом", "вместе со Львом X"): rules/group-members.ts reads the name back.
     */
    withPrepositions: string[];
    around: string[];
    /** "Первый …, второй – …": the first and the second of two groups a sentence named, opening the next one's clauses. */
    ordinals: [string, string] | [];
    /** Ordinals in any case and gender that open a sentence on one of the groups counted before: "Первую составляет «X»", "Вторая по влиянию группа – «Y»". */
    ordinalOpeners: string[];
    /**
     * A relative clause after a group's name that names its people: the relative word with its
     * preposition ("к которым", "которую", "куда"), the verbs whose subject is the person ("входят",
     * "принадлежит", "возглавляет"), and those whose object is ("относят": the names in the accusative):
     * "«карабахский клан», к которым относят С. Саргсяна и Р. Кочаряна".
     */
    memberClauses: { relatives: string[]; verbs: string[]; accusativeVerbs: string[]; ends: string[] };
    /** Plurals of kinship groups that a list's lead-in ends with, and their category: "Крупнейшие племена: текинцы (…), йомуды (…)". */
    kinshipPlurals: Array<{ forms: string; category: string }>;
    /** Words joining a kinship list's last items outside brackets: "…, йомуды и салыры", "а также гоклены". */
    kinshipJoiners: string[];
    /**
     * What a group rests on, its places its region: the verbs ("опирается", stems) and the
     * preposition after them ("на"), the ending a place's name takes there and its nominative
     * ("Гагаузию" → "Гагаузия"), the nouns of a side of the country, written as they are ("север
     * республики"): "Первый опирается на столицу, второй – на север республики и Гагаузию".
     */
    support: { verbs: string[]; preposition: string[]; placeCases: Array<[string, string]>; sides: string[]; and: string[] };
    // --- groups wave 6: parties with their leaders and members (rules/party-leaders.ts) ---
    /** A lead-in naming a bloc and what makes it up, before its list of parties: "Правящую коалицию, сформированную …, составили:". */
    coalitionLeadIns: string[];
    /** What names a party's leader right after its name: "… во главе с Андрюсом Кубилюсом", "…, которое возглавляет X". */
    ledBy: string[];
    /** What opens a clause of a party's members, `<party>` its noun: "К партии принадлежат X и Y", "В партии состоят …". */
    partyMemberOpeners: string[];
    /** A sentence naming a group's people by a pronoun for the group the sentence before opened with: "Её представляют X и Y". */
    pronounMembers: string[];
    /** A company named with its owner in a relative clause: its noun's forms, the owner's clause up to the name ("компанией «X», совладельцем которой является Y"). */
    ownedCompanies: { forms: string; owners: string[] };
    // --- groups wave 8 ---
    /** A verb of heading, its subject the leader after it, its object the party opening the sentence: "Партию «X», основанную …, с 2020 года возглавляет Y". */
    headedBy: string[];
    /** A lead-in to a sentence's list of parties, a dash or a colon after it: "Основные оппозиционные силы – партия «X», объединение «Y»". */
    forcesLeadIns: string[];
  };
  /** A vote's turnout as a figure (rules/turnout.ts): "Явка составила 67,54 %", "turnout was 77.1%". */
  turnout: {
    /** The turnout's noun in any case: "явк(?:а|и|у|ой|е)", "turnout". */
    nouns: string[];
    /** The noun as a figure's topic: "явка", "turnout". */
    lemma: string;
    /** What voted, after the noun or before it: "во втором туре", "на референдуме", "in the run-off". */
    votes: string[];
    /** Words that open another clause, where a turnout's figure can no longer stand: ", а …", "; the winner …". */
    joints: string[];
    /** What voted when the sentence does not say: "голосование", "the vote". */
    anyVote: string;
    /** Who counted: "По данным Центральной избирательной комиссии", "according to the CEC"; group 1 the counter. */
    counters: string[];
  };
  /**
   * A vote's shares as figures (rules/vote-share.ts), `<share>` the share: a referendum's side
   * ("За новую Конституцию высказались 81,3 % участников референдума", named groups `side`, `verb`)
   * and a party's share in a parliamentary election ("Народная партия получила 36,8 %", `party`, `verb`).
   */
  voteShares: {
    /** Words of a referendum, in this sentence or the one before. */
    referendum: string[];
    referendumShares: string[];
    /** Words of a parliamentary election, in this sentence or the one before. */
    parliament: string[];
    partyShares: string[];
    /**
     * A list line giving a party's share, `<share>` the share, group `party` the party: "СДПК – 27,35 % голосов, 38 мандатов",
     * "«Республика – Ата-Журт» – 20,06 %" (read under a lead-in naming a parliamentary election and its day).
     */
    partyLines: string[];
    /** A candidate's share's topic, a row of a results table: "доля голосов на выборах". */
    candidateTopic: string;
    /** A party's share's topic: "доля голосов на парламентских выборах". */
    partyTopic: string;
  };
  /** The phrases of surveys (rules/survey.ts), as `elections` gives them. */
  surveys: {
    /** A lead-in with the pollster: "According to the survey conducted by X, …"; group 1 the pollster, group 2 the rest. */
    leadIns: string[];
    /** A lead-in without one: "According to a recent poll, …"; group 1 the rest. */
    anonymousLeadIns: string[];
    /** Words that mark a survey's sentence: "poll", "respondents", "опрошенных". */
    words: string[];
    /** A season before a year, the survey's when after its pollster: "осенью" (2009 года), "in the autumn of". */
    seasons: string[];
    /** A table's caption naming the survey's pollster after its noun, group 1: "(экспертный опрос Центральноазиатского агентства …, % экспертов)", "(survey by the X Agency)". */
    tableAuthor: string[];
    /** The verb of a list's head: "the top three … are: A (66.7%), …", "… являются: …". */
    listVerbs: string[];
    /** Words joining a list's last item: "and", "и". */
    and: string[];
    /**
     * Who answered, right after a figure, in a language whose clauses the rule cannot read by
     * English word order: "респондентов", "опрошенных", "жителей южных областей". None in English.
     */
    population: string[];
    /** Words between figures that join them, before the next figure: "и", "а", "лишь", "только". */
    joints: string[];
    /** The conjunction that opens what respondents think: "считают, что …" ("что"). */
    that: string[];
    /**
     * Who answered and their naming verb, before a list of figures in parentheses (the list's topic
     * the words before them): "наиболее влиятельными группами опрошенные назвали окружение
     * Президента (71,4%), …", "respondents named A (41%), B (17%) as …".
     */
    whoNamed: string[];
    /** The list's topic after its last item (group 1): "… and C (12%) as the most influential groups". */
    listTopicAfter: string[];
    /** A question opening the clause (group 1 its quoted words, if any): "на вопрос «Кому вы доверяете?»", "в ответ на открытый вопрос". */
    questions: string[];
    /** A naming verb with its adverbs, for one named: "чаще всего называли X – 31 % опрошенных", "X назвали политиком, которому доверяют, 33 %". */
    namingVerbs: string[];
    /**
     * A lead-in naming the pollster in a relative clause after the survey (group 1 the pollster,
     * group 2 when, group 3 the rest): "Согласно «Барометру …», который Институт X провёл в ноябре
     * 2013 г., …", "According to the Barometer, which the X Institute conducted in May 2013, …".
     */
    relativeLeadIns: string[];
    /**
     * A pollster that reports, read where the clause names a survey's word (group 1 the pollster and
     * when, group 2 the rest), also after another sentence's year the splitter kept: "ВЦИОМ в январе
     * 2019 г. сообщил, что …". Without "^": the rule anchors it.
     */
    reportedThat: string[];
    /**
     * A level recorded at another time, of the subject before (group 1 the figure from `<share>`,
     * which opens the pattern, group 2 the measure, group 3 when): "рекордные 89 % одобрения были
     * зафиксированы в июне 2015 г.", "a record 89% approval was recorded in June 2015".
     */
    recordedLevel: string[];
    /** The word before what a vote intention is for, where a circumstance opens the clause: "при референдуме за вступление в ЕС проголосовали бы 44 %" ("за"). */
    votedFor: string[];
  };
  /**
   * How the analysis names an interest group in a language whose words inflect (rules/groups.ts;
   * English keeps its own shapes in the rule): a group's nouns in any case, with what they go back to.
   */
  /**
   * Ranks and scores of an index (rules/rating.ts): "занял 170-е место из 176", "ranked 170th out of
   * 176"; "6,93 балла из 7", "a score of 6.93 out of 7". Each pattern has the value as group 1 and the
   * scale's top as group 2.
   */
  ratings: {
    ranks: string[];
    scores: string[];
    /** The verbs and words between what is rated and its figure: "занял", "оценён в", "ranked", "scored". */
    verbs: string[];
    /** Nouns of an index or a report, as stems: "индекс", "рейтинг", "доклад", "index", "report". */
    indexNouns: string[];
  };
  groups: {
    /** A group's noun in any case (`forms`, singular), its nominative, its gender and the category it names: «карабахского клана» → клан, clan. */
    nouns: Array<{ forms: string; lemma: string; feminine: boolean; category: string }>;
    /** An adjective's case endings back to the nominative, longest first: "карабахского" → "карабахский", "кахетинской" → "кахетинская". */
    adjectives: { masculine: Array<[string, string]>; feminine: Array<[string, string]> };
    /** A plural adjective's case endings back to the nominative plural: "системным" → "системные", "южных" → "южные". */
    pluralAdjectives: Array<[string, string]>;
    /** Verbs that count someone into a group named after a preposition: "К «силовикам» относят …", "к «технократам» причисляют …". */
    assigners: string[];
    /** The preposition before the group those verbs count into: "к". */
    assignedTo: string[];
    /** A plural noun's case endings back to the nominative: "технократов" → "технократы", "олигархам" → "олигархи". */
    plurals: Array<[string, string]>;
    /** Words that make the quoted word after them a group's name: "так называемые «силовики»", "блок «технократов»". */
    namers: string[];
    /** The pattern of a place's adjective, whole, that makes an unquoted noun a group: "ошской группы", "чуйский клан". */
    placeAdjective: string;
    /** Stems anywhere in such an adjective that name no place: "политический клан", "межпарламентская группа". */
    notPlaces: string[];
  };
  roles: {
    /** Post nouns: "Head", "Minister", "Председатель". */
    nouns: string[];
    /** Words that qualify a post: "Deputy", "First", "Заместитель". */
    modifiers: string[];
    /** Posts of a cabinet: any kind of minister. */
    cabinet: string[];
    /** How a noun inflects after its stem: English `s?` (a plural), Russian any case ending. */
    inflection: string;
    /** Words that join two posts of one person when a post's word follows: "and", "и" ("вице-премьер и министр экономики"). */
    joins: string[];
    /**
     * Words opening a post that has a portfolio, which a line's closing remark in lower case names:
     * "заместитель Председателя Кабинета министров (нефтегазовый комплекс)", "Deputy Prime Minister (economy)".
     */
    portfolioPosts: string[];
    /** Remarks in such brackets that are no field: "(по должности)", "(ex officio)". */
    notPortfolio: string[];
    /** Endings of a role noun in the genitive plural, which opens no post ("Министров" of "Кабинет министров"). */
    pluralGenitive: string[];
  };
  /** Nouns that make a heading a body's name: "Council", "Ministry", "Совет", "Министерство". */
  bodyNouns: string[];
  /** Words of a body's or post's name that are never part of a person's name (lower case). */
  notNameWords: string[];
  /**
   * Nouns, in the nominative and lower case, that name what a proper name stands for where the page
   * uses that name as a body (`rules/body-proper-names.ts`): "парламент – Милли Генгеш", "Халк
   * Маслахаты (Народный совет) – верхняя палата …", "the parliament – the Milli Gengesh". Such a name
   * is no person's, whatever case it comes in ("Председатель Халк Маслахаты Милли Генгеша").
   */
  bodyProperNouns: string[];
  names: {
    /** Patronymic endings: "-ovich", "-овна", "-улы". */
    patronymicEndings: string[];
    /** Family-name endings: "-ov", "-ева", "-ский". */
    familyEndings: string[];
    /** Given names that end as family names do ("Konstantin", "Константин"). */
    givenWithFamilyEnding: string[];
    /**
     * Endings that given names share with family names often ("-ин": "Шахин", "Эльчин"; "-ия":
     * "Натия"), and family endings of their own too common among other nouns to mark a word a
     * family name anywhere else ("-ия": "Гахария", "Комиссия"): in a two-word name they mark a
     * family name more weakly than `familyEndings` do, so "Мустафаев Шахин" and "Гахария Георгий"
     * read family-first, "Натия Мезвришвили" given-first.
     */
    weakFamilyEndings: string[];
    /**
     * Patronymic endings that given and family names end with too ("-улы": "Гурбангулы",
     * "Сапарулы"): such a word is a patronymic only where no other word of the name is one and
     * it does not open the name.
     */
    weakPatronymicEndings: string[];
    /**
     * A country's name in the case it takes before a name ("Президент Туркменистана X" → "Туркменистан"),
     * ending → ending: such a word opens no person's name. None in English, which writes "of".
     */
    countryCases: Array<[string, string]>;
    /**
     * A given name in the cases `nameCases` does not list, back to the nominative ("при Президенте
     * Георгии X" → "Георгий"): a person already on the page is read back by these too.
     */
    otherCases: Array<[string, string]>;
    /**
     * Given names whose other cases drop a vowel of the nominative, the stem they leave and the
     * nominative, lower case ("Павла", "Павлу" → павл → "Павел"; "Льва" → льв → "Лев"): read back, such
     * a stem is the nominative, never "Павл".
     */
    fleetingVowels: Array<[string, string]>;
    /**
     * Endings a family name may be written with or without, the person the same where the given
     * names agree ("Эмомали Рахмонов", who dropped the ending in 2007, and "Рахмон Эмомали").
     */
    droppedFamilyEndings: string[];
    /**
     * Endings no word of a name in the nominative has, an adjective's in an oblique case
     * ("Верховную Раду"): a mention of such words is no person.
     */
    notNameEndings: string[];
  };
  /**
   * A post's term in prose (rules/post-terms.ts): who held it from when to when, who took or left
   * it on a date, who acts in it, who heads a body. Empty lists where a language has none of these.
   */
  postTerms: {
    /** "занимал", "возглавлял": a past verb of holding a post or heading a body, its holder in the nominative. */
    heldVerbs: string[];
    /** "занимает": a present verb of holding a post, after its holder ("X занимает пост министра с 2007 года"). */
    heldNowVerbs: string[];
    /** "оставались в должностях до", "remained in office until": the posts of the people named before it end on the date after it. */
    stayedUntil: string[];
    /** "-го": a year written as an ordinal ("с декабря 2015-го"). */
    ordinalYear: string[];
    /** "руководивший", "который руководил": after a name and a comma, the post or body it held. */
    heldClauses: string[];
    /**
     * A post held before, with no range: a participle after a name and a comma ("занимавший",
     * "возглавлявшая"), the adverbs that may stand before it ("ранее") and the word of its end ("до 2010 года"), and the
     * preposition that makes the year after it a date ("в"); `wasPost` a relative clause with a
     * copula before a post in the instrumental ("Y, который был министром обороны с 2004 года"); `asides` the
     * prepositions of an aside the post's words stop before ("руководивший Администрацией при Президенте X").
     */
    pastClause: { participles: string[]; formerly: string[]; until: string[]; inYear: string; wasPost: string[]; asides: string[] };
    /** "пост", "должность": the nouns of "пост Президента". */
    postNouns: string[];
    /** "этот", "эту": the post the sentence before named. */
    thisWords: string[];
    /** "с", "со" and "по", "до": a range's words ("с 2008 по 2012 год"). */
    rangeFrom: string[];
    rangeTo: string[];
    /** "год", "года", "гг.": a year's word after a range's end. */
    yearWords: string[];
    /** "в те же годы": the range the clause before gave. */
    sameYears: string[];
    /** "вступил в должность", "приступил к исполнению обязанностей": a post taken, on the date the clause gives. */
    tookOffice: { before: string[]; verbs: string[] };
    /** "сменил на посту министра обороны X", "сменив на посту Председателя Y": the post, then its last holder in the accusative. */
    replacedOnPost: string[];
    /** Words between a post and its holder's name that describe the person, not the post: "скончавшегося", "бывшего", "покойного". */
    ofThePerson: string[];
    /** "был освобождён от должности", "ушло в отставку": a post left, on the date the clause gives. */
    dismissed: string[];
    /**
     * "освобождённого от должности": a participle of a post left after "post Name,", keyed by the case its ending
     * gives the name before it ("министра X, освобождённого" → genitive).
     */
    dismissedParticiples: { stems: string[]; cases: Array<[string, GrammaticalCase]> };
    /**
     * "сменил Y, избранного затем Председателем Сената": a participle of a post taken after "Name,", its
     * ending giving the name's case (as `dismissedParticiples`), the adverbs that may follow it ("затем"),
     * then the post in the instrumental: a post the person holds since.
     */
    laterPost: { stems: string[]; adverbs: string[]; cases: Array<[string, GrammaticalCase]> };
    /**
     * "Президент освободил от должности заместителя министра X Y": an active dismissal, the post and then
     * its holder in the genitive; `ends` the words after the name that close the clause ("за", "в связи с").
     */
    dismissedActive: { verbs: string[]; ends: string[] };
    /** "является", "стал": a copula between a post in the instrumental and its holder in the nominative. */
    copulas: string[];
    /** Those of `copulas` that say the post was taken then ("стал"), so that the clause's date is its start. */
    becameCopulas?: string[];
    /** "был", "была": a past copula after a pronoun, the post in the instrumental ("Он был Председателем … с 1999 г."). */
    wasVerbs: string[];
    /** "обязанности": an acting post's word after which the post stays in the genitive ("исполняющим обязанности министра"). */
    actingGoverns: string[];
    /** "возложил исполнение обязанностей": an acting post given to the person after `actingTo`, in the accusative. */
    actingGiven: string[];
    actingTo: string;
    /**
     * An acting post entrusted to a person in the dative, the duty before or after the verb:
     * "Исполнение обязанностей министра поручено его заместителю X", "поручил исполнение обязанностей … X".
     */
    actingEntrusted: { duty: string; verbs: string[] };
    /** "Исполняющий обязанности": the acting post's words before the post. */
    actingTitle: string;
    /** "возглавляет", "руководит": a present verb of heading a body (in the accusative or instrumental). */
    headsVerbs: string[];
    /** "Руководитель": the post of whoever heads a body ("Канцелярию возглавляет X" → "Руководитель Канцелярии"). */
    headTitle: string;
    /** "Правительство": a body whose fall ("Правительство X ушло в отставку") ends its head's post. */
    governments: string[];
    /**
     * A government named alone, in any case ("Правительство", "правительством", "Кабинет"): whoever heads it holds
     * `postHolders.governmentHead`, not `headTitle` ("возглавлявшего Кабинет с …" → "Премьер-министр").
     */
    headedGovernments: string[];
    /** A body's first word from the accusative or the instrumental to the genitive, by ending: "Канцелярию" → "Канцелярии". */
    bodyGenitive: Array<[string, string]>;
    /** A body's first word that takes a genitive ending of its own ("Совет" → "Совета"): its last letter, and the ending. */
    bodyGenitiveAdded: { after: string; ending: string };
    /** An adjective that names a post, from the genitive: "Уполномоченного" → "Уполномоченный". */
    genitiveAdjectives: Array<[string, string]>;
    /** A clause's verb or pronoun said of a woman ("руководила", "которая"), and how her name and a man's end in the case a verb put them in. */
    clauseCases: { feminine: string; masculineGenitive: string; feminineAccusative: string; indeclinable?: string };
    /** History wave 7: "Сам X возглавлял правительство с …": an emphatic pronoun before a name, no part of it. */
    selfWords?: string[];
  };
  /**
   * What a post and its holder may look like in prose (rules/post-check.ts, rules/post-holder.ts):
   * the marks of a misread role or name, and the small words that join a post to its holder.
   */
  postHolders: {
    /** A verb of the language, as a whole word's pattern: no post holds one ("отправил", "является", "said"). */
    verb: string;
    /** An adjective in an oblique case, as a whole word's pattern: it agrees with a noun in that case ("действующего"). */
    obliqueAdjective: string;
    /** A name's word in the instrumental, by its ending ("Лебедевым", "Сергеевичем"): a name kept so is misread. */
    instrumentalName: string;
    /**
     * Endings only an instrumental has, one of which a man's name in it shows ("Робертом", "Сергеем"),
     * and a woman's, all of whose words end so ("Анной Ивановой", "Марией"); a nominative that ends as an
     * instrumental ("Алексей Толстой", "Максим Ким") shows neither.
     */
    instrumentalOnly: { masculine: string; feminine: string };
    /** "во главе с": a body led by the person after it, in the instrumental ("«Центр» во главе с X"). */
    ledBy: string[];
    /** "в должности", "на пост": after an active verb of appointment and its object, the post in the genitive. */
    inPost: string[];
    /** "утвердил", "назначил": an active verb of appointment, its object (the holder) in the accusative. */
    activeAppointed: string[];
    /** "голосами Партии регионов, социалистов и коммунистов («…»)": whose votes put the holder in the post, an aside between the post and its verb. */
    byVotesOf: string[];
    /** "его", "её": a pronoun before an aside of the holder's other post ("назначен его первый заместитель X"). */
    possessives: string[];
    /** "был освобождён": a passive verb of dismissal after "от должности" and the post ("от должности министра … был освобождён X"). */
    dismissedVerbs: string[];
    /** "от должности", "с поста": before the post a dismissal took, in the genitive. */
    fromPost: string[];
    /** "исполняет", "временно исполнял": the verb of "обязанности министра исполняет X" (an acting post). */
    actingVerbs: string[];
    /** The government in any case ("Кабинета министров", "Правительством"): its head holds `governmentHead`. */
    governmentsAnyCase: string[];
    governmentHead: string;
    /** "в тот же день": the date the sentence (or the one before) gave last. */
    sameDay: string[];
    /** "исполнение обязанностей" … "было возложено на": an acting post laid on the person after `actingTo`, in the accusative. */
    actingLaid: { duty: string[]; laid: string[] };
    /** "он", "она": the subject the sentence before named, the holder of the post it gave. */
    pronouns: string[];
    /** "(руководитель – X)": a post in parentheses after a body, its holder after a dash. */
    asideRoles: string[];
    /** "отправил в отставку": an active verb of dismissal, its object (the holder) in the accusative; the post is the one "пост …" names. */
    activeDismissed: string[];
    /** An adjective's ending from the nominative or the accusative to the genitive: "Исполнительный аппарат" → "Исполнительного аппарата". */
    adjectiveGenitive: Array<[string, string]>;
    /** "чьё правительство": after a name and a comma, the government its holder headed ("X, чьё правительство ушло в отставку …"). */
    whoseGovernment: string[];
    /** "возглавил": a body's head taken on the clause's date ("Кабинет министров возглавил X"). */
    tookHead: string[];
    /** "избран": an election's verb; the post starts on taking office, not on this clause's date. */
    electedVerbs: string[];
    /** Small words that open a phrase of a post's own ("Советник по вопросам …", "Совет при Президенте"); other small words end its complement. */
    complementPrepositions: string[];
    /** A negation or a mood's particle: the verb after it states no fact ("так и не был назначен"), and no post's complement runs past it. */
    verbParticles: string[];
    /** Auxiliaries and adverbs that belong to the verb after them, never to a post's complement ("… был подписан"). */
    auxiliaries: string[];
    /** "назначение": an appointment named by its noun, the post in the instrumental and the holder in the genitive, in either order. */
    appointmentNouns: string[];
    /** "оставив этот пост": a post its holder left later in the same sentence. */
    leftGerunds: string[];
    /** "вместо": the name after it held the post before the clause's holder ("Министром … вместо Y стал X"). */
    insteadOf: string[];
    /**
     * Nouns of a party or a faction in any case: a body a person heads, named by its noun and its own name
     * ("Партию «Светлая Армения» возглавляет X", "Фракцию возглавлял X", "Партия труда во главе с X").
     */
    partyNouns: string[];
    /** Words for an occupation between "во главе с" and the name: "во главе с предпринимателем X". */
    occupations: string[];
    /** An adjective's ending in the instrumental or the dative to the genitive: "Центральной избирательной комиссией" → "Центральной избирательной комиссии". */
    obliqueAdjectiveGenitive: Array<[string, string]>;
    /** "Комиссия, которую возглавляет X": a relative pronoun after a body, in any gender and case. */
    relativeBody: string[];
    /**
     * After an adjective's ending, the body noun's endings in that adjective's case to the genitive: "Счётная палата" → "палаты",
     * a dative "Временному правительству" → "правительства" (not the ending alone's reading, "-у" → "-ы").
     */
    nominativeNounGenitive: Array<[string, Array<[string, string]>]>;
    /**
     * The head's title of a body by its noun (patterns of the noun's stem), where it is not `postTerms.headTitle`:
     * a council's, a committee's, a commission's, a government's chair ("Временное правительство во главе с X" → "Председатель …").
     */
    headTitles: Array<[string, string]>;
    /** Prepositions that govern the body's noun after them ("при Правительстве"): that noun's phrase hangs on a body before it, which is the one headed. */
    bodyGoverning: string[];
    /** Members wave 6: a past form of an acting verb ("исполнял"): the acting post is over. */
    actingPast?: string[];

    /**
     * Members wave 7: a party's founder. `participles` of founding after the party's quoted name, the founder after them in
     * the instrumental ("партия «X», основанная миллиардером Y"); `title` the founder's post ("Основатель"); `posts` the
     * founder's posts that open a sentence, the holder after an apposition ("Основатель партии, бывший Президент Y, …").
     */
    founders?: { participles: string[]; title: string; posts: string[] };
    /**
     * Members wave 7: a second post after a name. `also` says the holder holds another post too ("Борис Грызлов, он же
     * Председатель Государственной Думы"); `endowed` a relative clause that gives the holder a post's powers on a day ("Y,
     * который 21 октября 2010 года был наделён полномочиями Мэра Москвы"), its `relatives` the pronouns (feminine last).
     */
    secondPosts?: { also: string[]; endowed: string[]; relatives: string[] };
    /** Members wave 7: other verbs of doing a post's duties, with `actingVerbs` ("обязанности секретаря Совета выполняет X"). */
    dutyVerbs?: string[];
  };
  /** How a person line or the prose writes a name and a post around it (rules/person-line.ts, rules/prose-person.ts). */
  personNames: {
    /** Lower-case words that end a name with no family name: "Назира Бакыт кызы", "Марат Сапар уулу". */
    particles: string[];
    /** Ranks written before a name, which are no part of it: "Major General", "Генерал-майор". */
    ranks: string[];
    /**
     * A passive appointment with the post in the instrumental, before or after the name: "Секретарем
     * Совета в мае 2004 г. назначен X", "X назначен Премьер-министром". None in English, whose "X was
     * appointed Prime Minister" the prose rule reads.
     */
    appointedAs: string[];
    /** Marks of a past post right before it, any case: "former", "бывшего". */
    pastMarks: string[];
    /** Kin nouns, any case, that make a post's name the kin's: "сын Президента Виктор X" names the son, not the President. */
    kinBefore: string[];
    /** Body nouns that take a person's name as their own, any case: "президента Фонда Гейдара Алиева" names the fund, no holder. */
    eponymBodies: string[];
    /**
     * An acting post's participle before its post in the genitive: "назначил исполняющей обязанности
     * Премьер-министра Юлию X" (the participle's case is the phrase's; the post stays as written). Each
     * form: the participle's ending, its case, a woman's, and where the ending has two cases, what a word
     * of the name ends in for the first.
     */
    actingPosts: {
      words: string;
      forms: Array<{ ending: string; grammaticalCase: 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental'; feminine: boolean; nameShows?: string }>;
      titles: { masculine: string; feminine: string };
    };
    /**
     * Prepositions that put a post in the prepositional case ("при Президенте X"): a time or a setting
     * another clause names ("руководившего Канцелярией при Президенте X"), no post read from it. None in English.
     */
    prepositionalBefore: string[];
    /** The case a post's noun stands in, by its ending (a name after it agrees): "председателя" genitive. None in English. */
    postCases: Partial<Record<GrammaticalCase, string>>;
    /**
     * The endings of a post's noun that are a genitive singular only ("депутата", "председателя"), where a
     * plural nominative ends as `postCases.genitive` does too («Члены Совета»). None in English.
     */
    genitiveSingular?: string;
    /** The endings of a post's noun in the plural nominative ("спикеры", "председатели"), not a feminine noun's genitive ("главы"). None in English. */
    pluralNominative?: string;
    /** Abbreviations of a post's words that end in a dot and end no sentence: "и.о." ("acting") of "и.о. Министра финансов". */
    dottedPostWords: string[];
    /**
     * "X, который до 2008 г. занимал пост министра внутренних дел": a relative pronoun by the
     * holder's gender, and the verbs of holding a post now and before, then the post's word. None in English.
     */
    heldBy: { masculine: string[]; feminine: string[]; current: string[]; past: string[]; post: string[] };
    /** History wave 7: "Президентом избирался X": a passive verb of past, repeated election after a post; the post is over. */
    pastElected?: string[];
  };
  /** Small words a body's name holds that matching ignores: "of", "the", "при", "по". */
  stopwords: string[];
  /** How a person line dates a post: "(appointed in October, 2008)", "(назначен в октябре 2008 года)". */
  appointment: {
    /** Participles of taking a post: "appointed", "назначен". */
    verbs: string[];
    /** The auxiliary an aside may open with: "(was appointed …)", "(был назначен …)". */
    was: string[];
    /** Words that open a start: "since", "from", "с". */
    since: string[];
    /** What opens a term's end in an aside after a post: "(until July 2014)", "(до июля 2014 г.)". */
    until: string[];
    /** What opens a span of years closing a title, no brackets: "Председатель Совета в 1991–2022 гг.", "Minister in 1998–2004". */
    during: string[];
    /** Words that open a start in an aside or a title, but not at a title's end: "from". */
    from: string[];
    /** Phrases of holding a post, before a "since" word: "in office", "на посту", "занимает пост". */
    inOffice: string[];
    /** Prepositions that may stand between a participle and its date: "approved by the Rada on …". */
    prepositions: string[];
    /** In the sentences after a line, what dates the post right before the date: "appointed in", "назначен". */
    later: string[];
    /** In an aside, what opens the post held before: "(назначен …, до этого – заместитель министра)", "(previously Deputy Minister)". */
    before: string[];
  };
  /**
   * A post held by reference to another, in a language that writes the post in the instrumental:
   * "Председателем Кабинета министров является Президент", "Президент также является Председателем X
   * и председателем Y". `holders`: the posts whose holder it is (nominative); `copulas`: "является";
   * `adverbs` between ("также"); `roles`: the nouns of the post held so (instrumental stems).
   */
  exOfficio: { holders: string[]; copulas: string[]; adverbs: string[]; roles: string[] };
  /** How a predecessor in a post is named (case-sensitive: a name's words stay capitalized). */
  succession: {
    /** In a person line's later sentences, right before the predecessor's name: "was preceded at this post by". */
    phrases: CasedPhrases[];
    /**
     * A sentence of its own, from its start to the predecessor's name, with `{holder}` where the
     * holder's name or pronoun stands: "{holder} was preceded at this post by", "До {holder} этот пост занимал".
     */
    sentences: CasedPhrases[];
    /** Words without which a paragraph names no succession (a quick test before the sentences). */
    cues: string[];
    /** Pronouns a holder may be, in any case: "He", "него". */
    pronouns: string[];
    /** What opens a succession's sentence right before the post's noun (genitive): "На посту" ("На посту Президента он сменил …"). */
    postBefore: string[];
    /**
     * Lowercase words a predecessor's name may follow (the name's own rank or role, in its case):
     * "сменил на этом посту генерал-лейтенанта Арвидаса Поцюса", "сменила лидера консерваторов Ирину Орлову".
     */
    descriptors?: string;
    /** After a name, a participle that says it held the post before (nominative): "X, занимавший этот пост с 2012 года, …". */
    heldBefore?: string[];
  };
  /** A personal name's word in a case back to the nominative (ending → ending, longest first): "Келимбетова" → "Келимбетов". */
  nameCases: Partial<Record<GrammaticalCase, Array<[string, string]>>>;
  /**
   * Endings (patterns) of family names that never decline, so a family name read in that case
   * stays as written: "-дзе", "-ите", "-ия", a Romanian "-у" ("Марину Лупеску", not "Лупеска").
   */
  indeclinableFamilies: Partial<Record<GrammaticalCase, string[]>>;
  /**
   * A body's functions written as prose (rules/prose-task.ts): the present-tense verbs of a
   * function ("координирует", "ensures"), the relative words that open a clause after a body's
   * definition ("…, который обеспечивает …", "…, which coordinates …"), and the words that join a
   * second function's clause to the first ("а также", "and also"); after a join, the words that
   * open a clause of another kind, which ends the functions ("… и является гарантом …", "and is
   * accountable to …").
   */
  proseTasks: { verbs: string[]; relatives: string[]; joins: string[]; ends: string[] };
  /**
   * A body's name read back from the genitive a post's title gives it ("Председатель
   * Государственного комитета …" → "Государственный комитет …"): the body noun's endings, genitive
   * to nominative, with its gender, and an adjective's before it by gender. Empty where names do
   * not decline.
   */
  bodyGenitive: { nouns: Array<[string, string, 'm' | 'f' | 'n']>; adjectives: Record<'m' | 'f' | 'n', Array<[string, string]>> };
  /** Of a body's founding, up to the text that holds its date: "was created in", "образован Указом … от". */
  founding: string[];
  /** Of a body's founding with its date before, in the same clause: "In 2004 the Council was established", "В 1997 году была образована". */
  foundedAfterDate: string[];
  /** A body's predecessor: the phrase before its name ("Its predecessor", "Его предшественник") and the words that may join them ("was"). */
  bodyPredecessor: { phrases: string[]; joins: string[] };
  /**
   * The government named with executive power: patterns with its name in the first group, and a
   * word each needs (a quick test): "In compliance with the Constitution the Government exercises
   * executive power", "Правительство осуществляет исполнительную власть".
   */
  government: { patterns: string[]; cue: string };
  /** The words that class a body by its name (each at a word's start). */
  bodyKinds: {
    /** Names that open with these are ministries: "Ministry", "Министерство". */
    ministry: string[];
    /** Names that open with these are the government: "Government", "Cabinet of Ministers". */
    government: string[];
    /** An administration wherever they stand: "Administration", "Apparatus". */
    administration: string[];
    /** An administration only beside the president's word: "Office", "Secretariat". */
    presidentialOffice: string[];
    /** The president's word: "President", "Президент". */
    president: string[];
  };
  /**
   * A table's header cells by what their column holds, each a whole cell: the holder's name
   * ("Name", "Ф.И.О."), the post ("Post", "Должность"), and the date the post was taken
   * ("Appointed", "Назначен", "Дата назначения"). Other columns ("Party", "№") are left unread.
   */
  tableColumns: { name: string[]; post: string[]; appointed: string[] };
  /**
   * Tables whose columns are not "Name | Post": a body and its head ("Агентство | Председатель",
   * or no header under "Агентства и их руководители"), a post's holders titled by the post
   * ("Заместитель Председателя | Курируемая сфера"). `headNouns`: a heading's noun of the head in
   * any form (a pattern) and the role it gives; `alsoHolds`: the words that open a second post in
   * a row's other cell ("…; одновременно Министр иностранных дел"); `singular`: plural endings
   * of a heading's post and their singular ("Полномочные представители Президента" → "Полномочный
   * представитель Президента"), for a list of its holders under it.
   */
  roleTables: { headNouns: Array<{ pattern: string; role: string }>; alsoHolds: string[]; singular: Array<[string, string]> };
  /** The nouns of a state's long name: "Republic", "Federation", "Республики" (a post's "Президент Кыргызской Республики"). */
  stateNouns: string[];
  /**
   * A body's head named with the body before or after a verb, under its heading: the verbs
   * ("возглавляет", "руководит") and the role they give ("Руководитель"): "С 13 июля 2009 г.
   * Канцелярию возглавляет X", "Возглавляет Комиссию советник Президента X", "Советом руководит X".
   */
  bodyHeads: { verbs: string[]; role: string };
  /**
   * A party's posts a line or sentence gives without the party, its name before them in the paragraph (issue 16, memberships
   * wave 7): `titles` name the party by its noun ("Председатель партии — X" after "партия «Новый Азербайджан»"), whole titles,
   * any case of letter; `bare` name none ("Председатель – X") and belong to the party only where its name opens the
   * paragraph ("Демократическая партия. Председатель – X"); `noun` the party's noun in the genitive, before a quoted name.
   */
  partyPosts: { titles: string[]; bare: string[]; noun: string };
  /**
   * Members wave 7: a post a lead-in names in the plural for each of its people ("Постоянные члены Совета Безопасности: A, B")
   * is each one's in the singular: the plural nouns and their singular (lower case), the plural adjectives' endings before them.
   */
  memberPlurals: { nouns: Array<[string, string]>; adjectives: Array<[string, string]> };
  /**
   * The head of state named as such: what follows its name ("is the Head of State", "является
   * главой государства"), the inverted sentence with the name in its first group ("The Head of
   * State is the President of …", "Главой государства является Президент …"), a word each needs (a
   * quick test), and the headings that name its office ("President", "Глава государства").
   */
  headOfState: { after: string; inverted: string; cue: string; headings: string[] };
  /** A list of sites' heading, whole: "Official Sites", "Официальные сайты", "Сайты министерств". */
  sitesHeadings: string[];
  /** Words of a heading over the page's analysis, not a body's part (a topic: what follows is no body's): "Political elite", "Политическая элита", "Группы влияния". */
  analysisHeadings: string[];
  /** Words a body's name alone in a list of sites may open with: "Ministry", "Министерство". */
  siteBodyStarts: string[];
  /**
   * The sentence before a list of a body's tasks: patterns with `{body}` where the body's name
   * stands ("The functions of the {body} are:", "Основными задачами {body} являются:"), and
   * the same matched in any case (`caseless`), patterns read only when what stands in `{body}`
   * holds a body's noun (`named`: "Правительство:"), and patterns of lead-ins that name no body
   * ("Its tasks are:", any case).
   */
  leadIns: { patterns: string[]; caseless: string[]; named: string[]; bodiless: string[] };
  /**
   * A paragraph's first sentence that introduces a body by its name, the name in the first group:
   * "Администрация Президента … – государственный орган, …", "Совет обороны – консультативно-
   * совещательный орган", "Администрация … была сформирована 12 января 1994 года", "Совет … является
   * совещательным органом". The name opens with one of `bodyNouns`.
   */
  bodyDefinitions: string[];
  /** Country names i18n-iso-countries lacks, by ISO code (lower case): "Кыргызстан" (kg), "Moldova" (md). */
  countryNames: Record<string, string[]>;
  /** A country's long form around its short name, the short name in the first group: "Республика Беларусь", "Republic of Moldova". */
  countryForms: string[];
  /** A table's caption or heading that names the body whose members it lists: "Состав Правительства (на 1 ноября 2001 г.)" → "Правительства". */
  compositionHeadings: string[];
  /** Words that make a post an acting one, before the post in the genitive: "и.о.", "исполняющий обязанности"; "Acting". */
  actingTitles: string[];
  /**
   * The materials box's rubrics (case-sensitive), for an entry that runs its rubric into its title with no separator
   * ("Тема «Бархатная революция»: что дальше? 24.04.2018", "Interview Parliament first 05.03.2018").
   */
  materialKinds: string[];
  /**
   * Word forms the rules tell apart by their endings, and small words they read (regular-expression
   * alternatives, each list in the order its rule matched it); empty where the language has no such
   * form (English has no cases). A rule joins every lexicon's list, so a third language brings its own.
   */
  wordForms: {
    /** An adjective in an oblique case before a referendum's noun: "на всенародном референдуме", "общенационального". */
    adjectiveOblique: string[];
    /** A masculine adjective in the nominative before a referendum's noun: "всенародный референдум". */
    adjectiveMasculine: string[];
    /** A feminine adjective's nominative ending that makes its noun feminine: "Рижская дума" (not "дум"). */
    adjectiveFeminine: string[];
    /** A masculine or neuter adjective in the genitive or dative, no word of a name: "Национального", "Верховному". */
    adjectiveGenitiveDative: string[];
    /** An adjective in the genitive of any gender or number, before a noun: "парламентского большинства", "национального единства". */
    adjectiveGenitive: string[];
    /** An adjective in the nominative singular of any gender: "Республиканская", "национальный", "Объединённое". */
    adjectiveNominative: string[];
    /** A capitalized adjective's endings before a union's noun that make it a state's: "Европейский Союз", "Советского Союза". */
    adjectiveBeforeUnion: string[];
    /** A word alone with an adjective's ending, of any case: «донецкая». */
    adjectiveAlone: string[];
    /** A singular noun's or given name's genitive endings: "Майдана", "Петра". */
    nounGenitive: string[];
    /** A family name's genitive endings: "Лисова", "Лисовского", "Лисовой". */
    familyGenitive: string[];
    /** A plural noun's instrumental endings, a post's own word after its noun: "Управляющий делами". */
    nounInstrumentalPlural: string[];
    /** Endings of a finite verb or a participle, where an unquoted name has ended: "возглавляет", "выдвинувший". */
    verbEndings: string[];
    /** Small words that end an unquoted name: conjunctions and prepositions ("и", "или", "в", "по"). */
    nameStops: string[];
    /** The conjunction a name may hold inside: "Союз крестьян и фермеров". */
    nameAnd: string[];
    /** Conjunctions a name never ends with: "…и", "…или", "…а". */
    trailingConjunctions: string[];
    /** The conjunction before a list's second ordinal part: "Первую …, а вторую …". */
    contrastAnd: string[];
    /** The conjunction between two days of one year: "27 февраля и 13 марта 2005 г.", "and". */
    dayAnd: string[];
    /** Adverbs between a name's comma and an election's participle: "…, ранее избранного …". */
    electedAdverbs: string[];
    /** The stem of the ordinal "first" that names a first round: "первым туром", "the first round". */
    firstOrdinal: string[];
    /** The participle "so-called" before a quoted word (case-sensitive): "так называемой «семьи»". */
    soCalled: string[];
    /** The negation before a survey's verb: "не доверяют". */
    negation: string[];
    /** Conjunctions between quoted adjectives of one noun: "«ташкентский» и «самаркандский» кланы". */
    adjectiveJoins: string[];
    /** A quoted adjective's endings that make it name a group its noun names elsewhere: «донецким». */
    adjectiveNamedElsewhere: string[];
    /** An adjective's endings in any case, gender and number: «Карабахская», «Ошскую», «Ереванского». */
    adjectiveAny: string[];
    /** A plural adjective's endings, whatever its case: "ташкентские", "южных", "молодыми". */
    adjectivePlural: string[];
    /** A plural adjective's dative endings, read only beside a plural noun: «ташкентским» кланам. */
    adjectiveDativePlural: string[];
    /** A plural adjective's nominative endings: «северные». */
    adjectivePluralNominative: string[];
    /** A second adjective's endings after a list of place adjectives, before the group's noun: "марыйского и балканского родовых кланов". */
    adjectiveAfterPlace: string[];
    /** A given name's genitive endings before a family name: "Аслана Чхеидзе". */
    givenGenitive: string[];
    /** The lower-case noun's endings after a place's capitalized words: "Чуйской и Таласской областей", "Нахчыванской Автономной Республики". */
    placeGenitive: string[];
    /** A plural noun's oblique endings: "кланов", "кланам", "кланами", "кланах". */
    nounPluralOblique: string[];
    /** A family's name in the genitive (patterns, each before the word's end): "Бекбоевых", "Сарыбаева", "Мелкумяна". */
    familyNameGenitive: string[];
    /** Endings of a finite verb that ends a side: "обострилась", "противостоят". */
    finiteVerbEndings: string[];
    /** A year's abbreviation after a date's digits: "2005 г.". */
    yearAbbreviation: string[];
    /** Years' abbreviation after a span's digits: "1991–1998 гг.". */
    yearsAbbreviation: string[];
    /** The noun "year" after a date's digits, nominative or genitive: "2005 года". */
    yearNoun: string[];
    /** The noun "year" in the locative after a date's digits: "в 2005 году". */
    yearLocative: string[];
    /** An ordinal's endings written after a date's digits and a hyphen: "2008-го", "2008-м". */
    ordinalSuffixes: string[];
    /** A year's word between a list line's date and its share, or closing a date cell: "9 октября 2013 г. –", "year". */
    yearInList: string[];
    /** The noun "year" in any case, or its abbreviation, after a lead-in's year: "в 2013 году", "2013 г.". */
    yearAnyForm: string[];
    /** Articles that may close a lead-in before what is rated: "the". */
    articles: string[];
    /** A lower-case name word's genitive endings after a party's noun: "Партия коммунистов", "Союз крестьян" (party-leaders.ts). */
    nameWordGenitive: string[];
    /** A group's adjective in the nominative opening a sentence: "Днепропетровская группа …" (party-leaders.ts). */
    groupAdjectiveOpening: string[];
    /** Words that end an acting post's title in a sentence: "исполнял обязанности Премьер-министра до …", "until", "as" (post-holder.ts). */
    actingPostEnds: string[];
  };
  /**
   * A plural adjective back to the singular: the letters that end a stem taking the soft ending, the
   * soft plural's ending, and the singular's hard and soft endings by gender ("ташкентские" →
   * "ташкентский", "южные" → "южная", "местные" → "местный"; «-яя» after a soft stem, not a velar one).
   */
  adjectiveSingular: { velars: string; softPlural: string; feminine: [string, string]; masculine: [string, string] };
  /**
   * A "Name – …" line whose post is a past verb phrase ("Паулаускас Артурас – исполнял обязанности Президента с
   * апреля по июль 2004 года как Председатель Сейма"): `verbs`, the phrase (a pattern) and the acting title it
   * stands for; `spanFrom`, `spanTo`: the words of its term's span ("с апреля по июль 2004"); `capacity`: the
   * words that open the post it was held as, after the span ("как Председатель Сейма"), dropped; `now`: the
   * words before a dash that give the post held now, in a clause after the line's own ("…; ныне – президент …").
   */
  pastPostLines: { verbs: Array<{ pattern: string; title: string }>; spanFrom: string[]; spanTo: string[]; capacity: string[]; now: string[] };
  /** A word's stem for matching names across inflections ("Администрации" and "Администрация" meet). */
  stem(word: string): string;
}

/** The kinds of dated events that are no vote (the model's `EVENT_KINDS` but `election` and `referendum`). */
export type DatedEventKind = 'inauguration' | 'resignation' | 'death' | 'upheaval' | 'decision';

/** The cases a name may stand in after a phrase. */
export type GrammaticalCase = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental';

/** Phrases after which a name stands in one case (English: always as written, the nominative). */
export interface CasedPhrases {
  case: GrammaticalCase;
  phrases: string[];
}
