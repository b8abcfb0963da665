import type { Lexicon } from './types.js';

/** What a list's lead-in calls the items, and the words that may qualify them: "The main functions of …". */
const LIST_NOUNS = '(?:functions|tasks|duties|powers|responsibilities|objectives|competences?|authorities|goals|aims|prerogatives|mandate)';
const QUALIFIERS = '(?:(?:main|basic|principal|key|major|primary|chief|core|general)\\s+)?';

/** English: the template's original language, with the words the rules always read. */
export const en: Lexicon = {
  language: 'en',
  script: 'Latin',
  boundary: 'ascii',
  countryLocale: 'en',
  profilesStep: ['country\\s+profiles?', 'countries', 'country\\s+files?'],
  navigation: [
    'main page', 'home page', 'home', 'print version', 'version for print', 'printable version', 'print', 'back', 'to top', 'top', 'up',
    'search', 'site map', 'sitemap', 'contacts?', 'about us', 'rss', 'english', 'russian', 'en', 'ru',
  ],
  masthead: {
    kinds: ['independent', 'analytical', 'information(?:al)?', 'news', 'expert', 'online', 'web'],
    nouns: ['resource', 'portal', 'site', 'website', 'agency', 'server', 'journal', 'magazine', 'centre', 'center'],
  },
  materialsHeading: ['(?:(?:related|recent|more|other)\\s+)?(?:materials|publications|articles)\\b.{0,40}'],
  months: [
    'January|Jan', 'February|Feb', 'March|Mar', 'April|Apr', 'May', 'June|Jun', 'July|Jul', 'August|Aug', 'September|Sept?', 'October|Oct', 'November|Nov', 'December|Dec',
  ],
  yearPrepositions: ['[Ii]n', '[Ss]ince', '[Oo]n', 'of', '[Ff]rom'],
  dayRangeTo: ['to', 'until', 'till', 'through'],
  // The publisher's English prose has none (an initial is told by its capital, see splitSentences).
  abbreviations: [],
  sentenceOpeners: [],
  yearWords: [],
  elections: {
    percentWords: ['per\\s?cent'],
    numbers: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
    elected: ['\\b(?:was|were|has\\s+been|have\\s+been|had\\s+been|got)\\s+(?:(?:officially|again|once|overwhelmingly|popularly|first|successfully|democratically|directly|then|subsequently|finally|eventually|easily)\\s+){0,2}(?:re-?elected|elected)\\b'],
    won: [
      '\\b(?:won|wins|has\\s+won|had\\s+won)\\s+(?:it\\b|(?:(?:the|a|an|his|her|their|first|second|third|final|decisive|presidential|parliamentary|early|snap|general|popular|national|nation-wide|nationwide|last|latest|round|of|re-?run|repeat|[a-z]+(?:ary|al|ial|ic|ive|ed))\\s+){0,6}(?:elections?|vote|ballot|presidency|run-?off|polls)\\b)',
      '\\b(?:won|wins|received|obtained|garnered|gained|got|polled|secured|collected)\\s+(?:with\\s+|the\\s+support\\s+of\\s+)?(?:(?:about|almost|nearly|over|some|around|more|than)\\s+){0,3}<share>',
      '\\b(?:defeated|beat|outpolled)\\b',
      // "X won, receiving 64.2%" (only with a vote's word in the sentence, or right after the election's).
      '\\b(?:won|wins)(?=\\s*,?\\s*(?:receiving|gaining|winning|obtaining|securing|taking|garnering|polling)\\b)',
      '\\b(?:was|were|has\\s+been|had\\s+been)\\s+(?:declared|proclaimed|announced)\\s+(?:as\\s+)?(?:the\\s+)?(?:winner|victor|elected)\\b',
    ],
    voteShare: [
      '\\b(?:with|won|wins|winning|gaining|gained|gathering|gathered|receiving|received|obtaining|obtained|securing|secured|garnering|garnered|got|getting|collected|collecting|scored|scoring|polled|polling|taking|took)\\s+(?:(?:about|almost|nearly|over|some|around|roughly|just|more|than|under|less)\\s+){0,3}<share>(?!\\s*(?:turnout|of\\s+(?:the\\s+)?(?:electorate|voters|registered|eligible)))',
      '<share>\\s+of\\s+(?:the\\s+|all\\s+)?(?:(?:valid|popular|cast)\\s+)?(?:votes?|ballots)\\b',
      '\\bsupport\\s+of\\s+<share>',
      '<share>\\s+(?:of\\s+(?:the\\s+)?(?:voters|electorate)\\s+)?(?:supported|backed|voted\\s+for|chose)\\s+(?:him|her)\\b',
      // "X defeated Y, 48.95% to 45.47%": the first is the winner's.
      ',\\s*<share>(?=\\s+to\\s+\\d)',
      // "with 1,234,567 votes (62.3%)", "receiving 75 votes of the deputies (74.3%)": a count, then its share in parentheses.
      '\\b(?:with|receiving|received|winning|won|gaining|gained|obtaining|obtained|securing|secured|polling|polled)\\s+[\\d,]+\\s+votes(?:\\s+(?:of\\s+)?(?:the\\s+)?\\w+){0,2}\\s*\\(\\s*<share>\\s*\\)',
    ],
    term: ['\\b<count>[-\\s]+years?[-\\s]+(?:(?:presidential|long)[-\\s]+)?terms?\\b', '\\bterm\\s+of\\s+<count>\\s+years\\b', '\\bfor\\s+(?:another\\s+|a\\s+further\\s+)?<count>\\s+years\\b'],
    voteWords: ['\\b(?:elections?|votes?|ballots?|voters|polls|run-?offs?|rounds?)\\b'],
    // "won the first round": a win's verb that decides the round.
    // "Elections to the Jogorku Kenesh": the body's name follows (not a month).
    bodyElection: ['\\b[Ee]lections?\\s+(?:to|of|for|in)\\s+(?:the\\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b)'],
    parliamentary: ['\\b(?:parliamentary|legislative)\\s+elections?\\b'],
    bodyNameTail: '',
    seatsIn: [],
    legislatureNames: [],
    seatsBodyCases: { adjective: [], noun: [], feminineNoun: [] },
    // "at least 51 of the 100 votes", "a majority of 61 of the 101 deputies", "the 100-seat Saeima", "consists of 100 members".
    bodyMajority: [
      '\\b(?:at\\s+least|a\\s+majority\\s+of|required|requires|needs?|needed)\\s+(?<needed>\\d{1,3})\\s+(?:votes\\s+)?(?:out\\s+)?of\\s+(?:the\\s+|its\\s+)?(?<size>\\d{1,3})\\b',
      '\\bconsists?\\s+of\\s+(?<size>\\d{1,3})\\s+(?:deputies|members)\\b',
      '\\b(?<size>\\d{1,3})-(?:seat|member)\\b',
    ],
    // "the election of …", "the second round took place on …": words that tie the date after them to a vote.
    electionBefore: ['\\b(?:elections?|referendum|plebiscite|rounds?|run-?offs?|voting|ballot)\\s+(?:(?:was\\s+|were\\s+)?held\\s+|took\\s+place\\s+)?(?:(?:on|of|in)\\s+)?(?:the\\s+)?'],
    // ", and on February 12, 2012 he was reelected": where a sentence's second dated election starts.
    nextDated: ['(?:,\\s*|;\\s*)(?:and\\s+|while\\s+)?(?=(?:on|in)\\s+(?:the\\s+)?(?:\\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b))'],
    shareAfterWinner: ['^\\s*,\\s*(?:receiving|winning|gaining|polling|taking)\\s+<share>'],
    laterRound: ['in\\s+the\\s+(?:second\\s+round|run-?off)'],
    roundConjunctions: ['but', 'and', 'then', 'while', 'whereas'],
    subjectVerbs: ['became', 'was', 'is', 'has', 'had', 'won', 'took', 'remained', '[a-z]+ed'],
    // "his only rival Ivan Petrov got …".
    rivalNamed: ['\\b(?:his|her)\\s+(?:only\\s+|sole\\s+)?(?:rival|opponent|challenger),?\\s+'],
    firstRoundWin: ['(?:won|wins|has|had)\\b'],
    roundBeforeWin: [],
    anyRound: ['\\b(?:first|second|third|fourth|fifth|final|repeat)\\s+round\\b', '\\brun-?off\\b'],
    // "approved by 90.55% of voters", "77.2% of the voters voted in favour", "with 90.5% in favour".
    referendumYes: [
      '\\b(?:approved|supported|backed|endorsed|adopted)\\s+(?:it\\s+)?(?:by|with)\\s+<share>',
      '<share>\\s+(?:of\\s+(?:the\\s+)?(?:voters|votes|ballots|participants|those\\s+who\\s+voted)\\s+)?(?:voted|were|was|came\\s+out)\\s+(?:in\\s+favou?r|for|yes)\\b',
      '\\bwith\\s+<share>\\s+(?:of\\s+(?:the\\s+)?(?:votes?|ballots)\\s+)?in\\s+favou?r\\b',
      // A results list's side: '"Yes" – 77.9%', '“For”: 64%'.
      '["“‘]\\s*(?:[Yy]es|[Ff]or)\\s*["”’]\\s*[\u2013\u2014:-]+\\s*<share>',
    ],
    referendumAgainst: ['[Aa]gainst'],
    notElected: ['\\b(?:not|never)\\s+(?:re-?)?elected\\b', '\\b(?:rejected|defeated|failed)\\b'],
    firstRound: ['\\bfirst\\s+round\\b'],
    // "The other candidates received:", "Besides Petrov, the ballot listed:".
    // "X was elected President three times:", "X has been elected twice:".
    electedEach: ['\\b(?:was|has\\s+been)\\s+(?:re-?)?elected\\b[^.:]*\\b(?:twice|thrice|times)\\b'],
    restOfList: ['\\b(?:[Oo]ther|[Rr]emaining)\\s+(?:\\w+\\s+)?(?:candidates|contenders)\\b', '\\b(?:[Rr]esults|[Ss]hares)\\s+of\\s+(?:the\\s+|his\\s+|her\\s+)?(?:rivals|opponents)\\b', '\\b(?:[Hh]is|[Hh]er)\\s+(?:rivals|opponents)\\s*:', '\\b(?:[Bb]esides|[Aa]part\\s+from)\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?\\s*,'],
    noWinner: [
      '\\b(?:nobody|neither\\s+(?:candidate|of\\s+them))\\s+(?:received|won|gained|obtained|secured|got|reached|polled)\\b',
      '\\bno\\s+(?:candidate|one|contender|nominee)\\s+(?:received|won|gained|obtained|secured|got|reached|collected|polled)\\b',
      // "none of the candidates", "none of the seven candidates", "none of the 12 contenders".
      '\\bnone\\s+of\\s+the\\s+(?:[\\w-]+\\s+)?(?:candidates|contenders|nominees)\\b',
      '\\bfailed\\s+to\\s+(?:win|gain|obtain|secure|get|reach)\\s+(?:a|an|the)\\s+(?:majority|absolute|required)\\b',
      '\\b(?:required|necessitated|forced)\\s+a\\s+(?:second\\s+round|run-?off)\\b',
      // "The first round produced no winner", "failed to produce a winner", "no winner emerged".
      '\\b(?:produced|yielded|gave)\\s+no\\s+winner\\b', '\\bfailed\\s+to\\s+(?:produce|yield|determine)\\s+a\\s+winner\\b', '\\bno\\s+winner\\s+(?:emerged|was\\s+(?:declared|determined))\\b',
    ],
    held: ['\\b(?:were|was)\\s+held\\b', '\\btook\\s+place\\b'],
    defeated: ['defeated', 'beat', 'outpolled'],
    // "defeated Y, winning 50.6% against 41.2%", "48.95% to 45.47%".
    against: ['\\bagainst', '^\\s*to'],
    rivalVerbs: ['(?:won|received|got|gained|obtained|polled|garnered|collected|secured|scored|took|(?:(?:came|finished|placed|ended)\\s+(?:a\\s+(?:distant|close|poor|strong|clear)\\s+)?)?(?:second|third|fourth|fifth|last)\\s+with|trailed\\s+with|led\\s+with)\\s+(?:(?:only|just|about|almost|nearly|over|some|around|roughly|merely|barely|under|a\\s+mere|less\\s+than|more\\s+than)\\s+)*'],
    // "the nationwide vote on the amendments", "the all-Russian vote": a nation's vote on a question.
    referendum: ['\\b(?:referend(?:um|a|ums)|plebiscites?|(?:nationwide|all-\\p{Lu}\\p{Ll}+)\\s+(?:vote|ballot|poll)s?)\\b'],
    oneReferendum: ['\\b(?:referendum|plebiscite)\\b'],
    referendumSubject: [],
    // "a nation-wide referendum", "the constitutional referendum", "an advisory plebiscite".
    referendumModifiers: ['nation-?wide', 'national', 'constitutional', 'consultative', 'advisory', 'popular', 'all-national'],
    referendumTopicEnds: ['was', 'were', 'is', 'has', 'had', 'held', 'took', '[a-z]+ed'],
    referendumAt: [],
    adoptedAt: [],
    referendumScheduled: [],
    referendumProposed: [],
    referendumHeld: ['(?:(?:that\\s+was\\s+|which\\s+was\\s+)?(?:held|conducted|organi[sz]ed|that\\s+took\\s+place|which\\s+took\\s+place|took\\s+place)\\s+)?(?:(?:on|of|in)\\s+)?'],
    respectively: ['respectively'],
    listAnd: ['and'],
    rival: ['\\b(?:rivals?|runner-?ups?|opponents?|challengers?|contenders?|candidates?|(?:came|finished|placed|ended)\\s+(?:a\\s+\\w+\\s+)?(?:second|third|fourth|fifth|last)|second\\s+place|trailed|ahead\\s+of|defeated|against)\\b'],
    winnerAfter: [],
    // "X was declared the winner" is the passive's (`elected`); the commission's verb comes before its object in English.
    winnerDeclared: [],
    // "her rival got 35.9%", "his opponent was backed by only 40%".
    rivalShare: [
      '\\b(?:his|her)\\s+(?:only\\s+)?(?:rival|opponent)\\s+(?:got|received|obtained|won|polled|gained)\\s+(?:only\\s+|just\\s+)?<share>',
      '\\b(?:his|her)\\s+(?:only\\s+)?(?:rival|opponent)\\s+was\\s+(?:supported|backed|chosen)\\s+by\\s+(?:only\\s+|just\\s+)?<share>',
    ],
    pronouns: ['he', 'she', 'they'],
    objectPronouns: ['him', 'her'],
    until: ['until', 'till', 'up\\s+to', 'through', 'before', 'by', 'to'],
    since: ['since', 'from'],
    presidential: ['\\bpresidential\\s+(?:elections?|vote|polls|race|ballot|run-?off)\\b'],
    presidentTitle: 'President',
    upcoming: ['\\b(?:will|shall|is\\s+to|are\\s+to|scheduled|planned)\\b'],
    future: ['\\b(?:will|shall|would|is\\s+to|are\\s+to|planned|scheduled|proposed|intends?\\s+to)\\b'],
    decided: ['^(?:has\\s+|had\\s+)?((?:[a-z]+ed|gave|made|took|won|brought|put|set|let|chose|overwhelmingly\\s+[a-z]+ed|also\\s+[a-z]+ed)\\b.*)$'],
    titles: ('The A An His Her Their Its In On At After Before During Since According By With And Of Mr Mrs Ms Dr ' +
      'President Prime Minister Premier Chairman Chairwoman Chairperson Chair Speaker Leader Head Deputy Vice Acting Interim ' +
      'Incumbent Former First Second Third Candidate Governor Mayor General Secretary Round January February March April ' +
      'May June July August September October November December').split(' '),
    subjectTitles: { office: ['President', 'Prime', 'Minister', 'Speaker', 'Chairman', 'Vice'], other: ['the', 'acting', 'interim', 'incumbent', 'former', 'mr', 'dr'], former: ['Former'] },
    // Events wave 6 (issue 16).
    referendumYesBracketed: ['\\(\\s*(?:[Yy]es|[Ff]or)\\s*[\u2013\u2014:-]+\\s*<share>'],
    referendumMajorityAgainst: ['<share>\\s+of\\s+(?:the\\s+)?(?:voters|participants|those\\s+who\\s+voted)\\s+(?:voted|came\\s+out|spoke\\s+out)\\s+against\\b'],
    // English names have no case.
    referendumNominative: [],
    // English keeps its own "and was re-elected" (rules/election.ts AND_REELECTED).
    andReelected: { joints: [], pronoun: 'he' },
    shareAfterDate: ['\\d{4}\\s*\\(\\s*<share>\\s*\\)'],
    nextReferendum: [],
  },
  eventShapes: {
    // "John Carter was backed by 80.1% of voters", "X was supported by some 60% of those who voted".
    winnerBacked: ['was\\s+(?:supported|backed|chosen)\\s+by\\s+(?:only\\s+|just\\s+|some\\s+|almost\\s+|nearly\\s+)?<share>'],
    // "…, receiving 63.6% of the vote", "…, winning some 60%".
    gerundShare: [',\\s*(?:receiving|winning|gaining|polling|taking|securing)\\s+(?:only\\s+|just\\s+|some\\s+|almost\\s+|nearly\\s+|about\\s+|over\\s+)?<share>'],
    // "with 1,234,567 votes", "received 71 votes", "was elected by 58 of the 100 deputies".
    voteCount: [
      '\\b(?<!(?:of|the)\\s+)<votes>\\s+votes\\b(?!\\s+(?:were\\s+)?(?:needed|required))',
      '\\bby\\s+<votes>\\s+(?:of\\s+(?:the\\s+)?\\d+\\s+)?(?:deputies|members|electors|MPs|legislators)\\b',
    ],
    // "the Parliament elected X President" is the elected verb's (elections.elected, rules/election.ts).
    // "Dmitry Medvedev, elected on 2 March 2008 with 70.28%, …".
    electedParticiples: [['(?:re-?)?elected', 'nominative']],
    negations: ['not'],
    bodyElects: [],
    bodyApproves: [],
    lowerCasePosts: [],
    postAdjectives: [],
    postComplements: [],
    // "the Parliament failed (three times) to elect a President", "no President was elected in two rounds", "failed to win the 61 votes needed".
    failedVote: [
      '\\b(?:failed|was\\s+unable|were\\s+unable)\\s+(?:(?:three\\s+times|twice|again)\\s+)?to\\s+elect\\b',
      '\\bno\\s+(?:president|candidate|one|head\\s+of\\s+state)\\s+was\\s+elected\\s+in\\b',
      '\\bfailed\\s+to\\s+(?:win|gain|obtain|get|reach)\\s+the\\s+(?:\\d+\\s+)?(?:votes?\\s+)?(?:needed|required)\\b',
    ],
    // "turnout was 77.1%", "with a turnout of 64%", "a 64% turnout", "turnout stood at 58.2 per cent".
    turnout: [
      '\\bturnout(?:\\s*,\\s*[^,%\\d]{3,80}?,|\\s*\\([^()%\\d]{3,80}\\))?\\s+(?:was|of|stood\\s+at|reached|amounted\\s+to|at)\\s+(?:(?:about|almost|nearly|over|some|around|roughly|just)\\s+)?<share>',
      '<share>\\s+turnout\\b',
    ],
    // "Petrov, with 56.3% of the vote, won …" (the commas go with the aside), "Petrov in the run-off defeated …".
    subjectAsides: ['with\\s+<share>(?:\\s+of\\s+(?:the\\s+)?(?:votes?|ballots))?', 'in\\s+the\\s+(?:first|second|third)\\s+round', 'in\\s+the\\s+run-?off'],
    subjectAdverbs: ['again', 'once\\s+again', 'once\\s+more', 'comfortably', 'easily', 'for\\s+the\\s+(?:first|second|third|fourth|fifth)\\s+time'],
    // "In the first round X led with 35.3%", "X came first (35.3%)".
    roundLeader: ['\\b(?:led|was\\s+leading|came\\s+(?:in\\s+)?first|finished\\s+first|topped\\s+the\\s+(?:first\\s+round|poll|ballot))\\b'],
    // "Second place, with 17.2%, went to X", "17.2% went to X".
    verbAfterShare: ['(?:went\\s+to|was\\s+taken\\s+by)'],
    ownerAfterShare: [],
    // "the votes for X amounted to 47.9%".
    votedForWord: ['for'],
    votesFor: ['\\bvotes?\\s+(?:cast\\s+)?for\\s+<name>\\s+(?:amounted\\s+to|totall?ed|reached|were|was)(?:\\s+(?:only|just|about|nearly|almost))?'],
    // "followed by Ivan Petrov with 6.4%".
    nameWithShare: ['with(?:\\s+(?:only|just|about|nearly|almost))?'],
    // "Nurlan Omurov came third (9.1%)", "X finished a distant second (20.2%)".
    placed: ['(?:came|finished|placed|ended(?:\\s+up)?)\\s+(?:a\\s+(?:distant|close)\\s+)?(?:second|third|fourth|fifth|last)'],
    surveyVerbFirst: [],
    // "(poll by the Vector Institute, May 2012)", "…, according to a poll by the Vector Institute."
    pollsterAfter: [
      '\\(\\s*(?:(?:a|the)\\s+)?(?:poll|survey|study)\\s+(?:by|of)\\s+(?:the\\s+)?([^,()]{2,120}?)(?:\\s*,\\s*([^()]{1,40}?))?\\s*\\)\\s*\\.?\\s*$',
      ',\\s*according\\s+to\\s+(?:a|the)\\s+(?:[\\w-]+\\s+)?(?:poll|survey|study)\\s+(?:by|of)\\s+(?:the\\s+)?([^,()]{2,120}?)()\\s*\\.?\\s*$',
    ],
    surveyPronouns: ['him', 'her', 'it', 'them'],
    // "Trust in the President stood at 41%", "The level of approval of the Government was only 23%".
    levelOf: ['^(?:the\\s+)?(?:level\\s+of\\s+)?(trust|confidence|approval|distrust|rating|support|popularity)\\s+(?:in|of|for)\\s+(?:the\\s+)?([^,;:%()]{2,60}?)\\s+(?:stood\\s+at|was|reached|amounted\\s+to|totall?ed)\\s+(?:only\\s+|just\\s+|about\\s+|nearly\\s+)?<share>'],
    // ", trust in the Government at 23%", "and in the Parliament at only 9%".
    levelNext: ['^\\s*[,;]?\\s*(?:and\\s+|while\\s+)?(?:(?:trust|confidence|approval|distrust)\\s+)?(?:in|of|for)\\s+(?:the\\s+)?([^,;:%()]{2,60}?)\\s+(?:at\\s+)?(?:only\\s+|just\\s+|about\\s+)?<share>'],
    // "The survey was conducted by the Sfera Center in March 2013."
    pollsterNext: ['^(?:The|This)\\s+(?:survey|poll|study)\\s+was\\s+(?:conducted|carried\\s+out|commissioned|made|done|run)\\s+by\\s+(?:the\\s+)?([^,;]{2,160}?)\\s*\\.?\\s*$'],
    // "early presidential elections were called for 9 June 2019", "the vote was scheduled for …".
    scheduled: ['\\b(?:were|was|had\\s+been|have\\s+been)\\s+(?:(?:then|later|subsequently)\\s+)?(?:called|scheduled|set|fixed|announced)\\s+for\\b'],
    // "Together with the first round a referendum …", "held simultaneously with the first round", "alongside the first round".
    // "It was finally held on 1 July", "It took place from 25 June to 1 July".
    pronounHeld: ['^(?:\\p{Lu}\\p{Ll}*(?:\\s+\\p{Ll}+)?,?\\s+)?[Ii]t\\s+(?:(?:was\\s+)?(?:finally|eventually)\\s+)?(?:was\\s+held|took\\s+place|held)\\b'],
    withRound: ['\\b(?:(?:together|simultaneously|concurrently)\\s+with|alongside|on\\s+the\\s+day\\s+of)\\s+the\\s+(first|second)\\s+round\\b'],
    referendumTopic: ['on', 'about', 'over'],
    winVerbs: ['\\b(?:won|wins|defeated|beat)\\b'],
    // Events wave 6: English asides name their subject with "who" (read before), no participle needed.
    asideParticiples: [],
  },
  datedEvents: {
    // None: the English pages' analysts keep only votes as events ("taking office is not an election", "a
    // death is not an election or a referendum"); an oath, a resignation or a death is told by the posts.
    triggers: [],
    headOfState: '\\b(?:President|[Hh]ead\\s+of\\s+[Ss]tate)\\b',
    spanWords: ['since', 'from', 'until', 'till', 'after', 'to'],
    negations: ['not', 'never'],
    asides: ['who', 'which', '\\p{Ll}+ing'],
    connectors: [],
    coordinators: [],
    headsBody: [],
    proposals: [],
    partJoints: [],
    sameDay: [],
    referendum: ['\\b(?:referendum|plebiscite)\\b'],
    otherPost: '^\\s+as\\s+(?!President|[Hh]ead\\b)\\p{L}',
    appointments: ['\\b(?:appointed|dismissed|relieved)\\b'],
    future: ['\\b(?:is|are)\\s+(?:expected|scheduled|planned)\\b', '\\bwill\\b'],
  },
  groupShapes: { peopleEndings: [], peopleCases: [], quotedPluralEndings: [], notPeople: [], groupTalk: [], origins: [], originFrom: [], compassAdjective: '(?!)', compassSides: [], kindAdjectives: [], neuterNouns: [], neuterAdjectives: [], and: [], genitivePluralEndings: [], pluralNounEndings: [], kinNominative: [], whoseKin: [], campTerms: [], pluralVerbEndings: [], participleEndings: [], nounOf: [], pressNames: [], placeNouns: ['region', 'province', 'oblast', 'district', 'velayat', 'viloyat', 'marz', 'county'], otherNamedNouns: [], rivalryWords: [], between: [], sideKinds: [], instrumentalNouns: [], instrumentalAdjectives: [], groupHeadings: [], partyListLeadIns: [], originNarrower: [], partyNouns: [], partyLeaders: [], influenceNouns: [], keyFigures: [], circleNouns: [], leaderPlurals: [], around: [], withPrepositions: [], ordinals: [], ordinalOpeners: [], memberClauses: { relatives: [], verbs: [], accusativeVerbs: [], ends: [] }, kinshipPlurals: [], kinshipJoiners: [], support: { verbs: ['rest', 'reli', 'rely', 'draw', 'lean'], preposition: ['on'], placeCases: [], sides: ['(?:the\\s+)?(?:north|south|west|east|centre|center)'], and: ['and'] }, coalitionLeadIns: [], ledBy: [], partyMemberOpeners: [], pronounMembers: [], ownedCompanies: { forms: '(?!)', owners: [] }, headedBy: [], forcesLeadIns: [] },
  // "Turnout was 77.1%", "with a turnout of 64%", "because of the low turnout (30.29%)".
  turnout: {
    nouns: ['[Tt]urnout'],
    lemma: 'turnout',
    anyVote: 'the vote',
    joints: ['and', 'but', 'while', 'whereas'],
    votes: ['in\\s+the\\s+(?:first|second|runoff|run-off)(?:\\s+round)?', 'in\\s+the\\s+run-?off', 'at\\s+the\\s+referendum', 'in\\s+the\\s+(?:presidential\\s+|parliamentary\\s+)?elections?', 'referendum', 'elections?'],
    counters: ['(?:[Aa]ccording\\s+to)\\s+(?:the\\s+)?((?:\\p{Lu}\\p{Ll}+\\s+){0,3}(?:Election\\s+Commission|CEC))'],
  },
  voteShares: { referendum: [], referendumShares: [], parliament: [], partyShares: [], partyLines: [], candidateTopic: 'vote share in the election', partyTopic: 'vote share in the parliamentary election' },
  surveys: {
    leadIns: [],
    anonymousLeadIns: [],
    seasons: [],
    tableAuthor: ['\\b(?:poll|survey|study)\\s+(?:conducted\\s+)?(?:by|of)\\s+(?:the\\s+)?(\\p{Lu}[^,()]{2,120}?)\\s*(?=[,)]|$)'],
    words: ['\\b(?:survey(?:s|ed)?|polls?|polled|respondents|questioned|interviewed|interviewees|sociological|opinion\\s+research)\\b'],
    listVerbs: ['are', 'were', 'is', 'was', 'include', 'included', 'includes', 'being', 'are\\s+as\\s+follows', 'look\\s+as\\s+follows'],
    and: ['and', 'or'],
    population: [],
    joints: [],
    that: [],
    // "respondents named A (41%), B (17%) and C (12%) as the most trusted politicians".
    whoNamed: ['(?<![\\p{L}])(?:[Tt]he\\s+)?(?:[Rr]espondents|[Ee]xperts|[Tt]hose\\s+(?:polled|surveyed|questioned|asked))\\s+(?:most\\s+often\\s+)?(?:named|listed|identified|mentioned|chose|singled\\s+out)(?![\\p{L}])'],
    listTopicAfter: ['\\s+as\\s+(?:the\\s+)?(.+?)\\s*\\.?$'],
    // "Asked «Which politicians do you trust?», 31% of respondents named …", "In answer to an open question, …".
    questions: [
      '(?:[Ww]hen\\s+)?[Aa]sked\\s+[«"“]([^«»"“”]{2,160})[»"”]\\s*,?\\s*',
      '[Ii]n\\s+(?:answer|response)\\s+to\\s+(?:the\\s+|an?\\s+)?(?:open\\s+)?question(?:\\s+[«"“]([^«»"“”]{2,160})[»"”])?\\s*,?\\s*',
    ],
    // English names one by "31% of respondents named X" (the rule's clause), not by a verb before the name.
    namingVerbs: [],
    // "According to the Barometer, which the Institute for Public Policy conducted in November 2013, …", "…, which was carried out by X in May 2012, …".
    relativeLeadIns: [
      '^[Aa]ccording\\s+to\\s+(?:the\\s+|an?\\s+)?[^,]{2,80}?,\\s*(?:which|that)\\s+(?:the\\s+)?(\\p{Lu}[^,]{1,120}?)\\s+(?:conducted|carried\\s+out|ran|held|published|released)((?:\\s+(?:in|on)\\s+[^,]{1,40}?)?)\\s*,\\s*(.+)$',
      '^[Aa]ccording\\s+to\\s+(?:the\\s+|an?\\s+)?[^,]{2,80}?,\\s*(?:which|that)\\s+was\\s+(?:conducted|carried\\s+out|run|held|published|released)\\s+by\\s+(?:the\\s+)?(\\p{Lu}[^,]{1,120}?)((?:\\s+(?:in|on)\\s+[^,]{1,40}?)?)\\s*,\\s*(.+)$',
    ],
    // English's "The Levada Center reported that …" is the rule's own shape.
    reportedThat: [],
    // "a record 89% approval was recorded in June 2015".
    recordedLevel: ['^(?:(?:[Aa]|[Tt]he)\\s+)?(?:record\\s+|peak\\s+)?<share>\\s+(approval|disapproval|trust|distrust|support|confidence)\\s+(?:rating\\s+)?(?:was|were|had\\s+been)\\s+(?:recorded|registered|measured|reached)\\s+(.+?)\\s*\\.?$'],
    votedFor: ['for'],
  },
  // English groups are read by rules/groups.ts's own shapes ("the Kulob group", "the so-called “Karabakh clan”").
  ratings: {
    // "ranked 170th out of 176", "170th of 176 countries", "in 170th place out of 176".
    ranks: ['(?:ranked|ranks|placed|came|in)\\s+(\\d{1,3})(?:st|nd|rd|th)\\s+(?:place\\s+)?(?:out\\s+)?of\\s+(\\d{1,3})', '(\\d{1,3})(?:st|nd|rd|th)\\s+place\\s+(?:out\\s+)?of\\s+(\\d{1,3})'],
    // "a score of 6.93 out of 7", "6.93 points out of 7", "scored 6.93 of 7".
    scores: ['(?:score\\s+of|scored|rated(?:\\s+at)?)\\s+(\\d{1,3}(?:\\.\\d{1,3})?)\\s+(?:points?\\s+)?(?:out\\s+)?of\\s+(?:a\\s+possible\\s+)?(\\d{1,3}(?:\\.\\d{1,3})?)', '(\\d{1,3}(?:\\.\\d{1,3})?)\\s+points?\\s+(?:out\\s+)?of\\s+(?:a\\s+possible\\s+)?(\\d{1,3}(?:\\.\\d{1,3})?)'],
    verbs: ['ranked', 'ranks', 'was\\s+ranked', 'placed', 'came', 'scored', 'scores', 'was\\s+rated', 'rated', 'received', 'with\\s+a\\s+score\\s+of', 'a\\s+score\\s+of', 'at', 'in'],
    indexNouns: ['index', 'ranking', 'rating', 'report', 'survey'],
  },
  groups: { nouns: [], adjectives: { masculine: [], feminine: [] }, pluralAdjectives: [], assigners: [], assignedTo: [], plurals: [], namers: [], placeAdjective: '(?!)', notPlaces: [] },
  roles: {
    nouns: [
      'President', 'Prime Minister', 'Premier', 'Minister', 'Chair', 'Chairman', 'Chairwoman', 'Chairperson',
      'Secretary', 'Head', 'Director', 'Commissioner', 'Governor', 'Adviser', 'Advisor', 'Speaker',
      'Ambassador', 'Prosecutor', 'Judge', 'Mayor', 'Akim', 'Leader', 'Chief', 'Coordinator',
      'Representative', 'Envoy', 'Assistant', 'Spokesman', 'Spokesperson', 'Ombudsman', 'Chancellor',
      'Manager', 'Member', 'Rector', 'Attorney', 'Auditor',
    ],
    modifiers: ['Deputy', 'Vice', 'First', 'Acting', 'Executive', 'Senior', 'State', 'Assistant', 'Honorary', 'Permanent'],
    pluralGenitive: [],
    notPortfolio: ['ex officio', 'acting', 'interim', 'vacant', 'part-time'],
    portfolioPosts: ['(?:First\\s+)?Deputy', '(?:First\\s+)?Vice'],
    cabinet: ['Prime Minister', 'Premier', 'Minister'],
    inflection: 's?',
    joins: ['and'],
  },
  bodyNouns: [
    'Council', 'Committee', 'Commission', 'Assembly', 'Agency', 'Ministry', 'Administration', 'Office', 'Service', 'Court', 'Chamber', 'Board', 'Bureau',
    'Government', 'Cabinet', 'Apparatus', 'Chancellery', 'Inspectorate', 'Fund', 'Academy', 'Center', 'Centre', 'Department', 'Secretariat', 'Parliament',
    'Senate', 'Majilis', 'Mazhilis', 'Authority', 'Institute', 'Directorate', 'Staff', 'Presidium', 'Inspection', 'Guard', "Prosecutor's Office", 'Bank', 'Headquarters',
  ],
  // "the bicameral parliament – Milli Gengesh", "Jogorku Kenesh – the unicameral parliament": a body's proper name, no person's.
  bodyProperNouns: ['parliament', 'council', 'body', 'chamber', 'assembly'],
  notNameWords: `affairs agriculture commission committee council culture defence defense development economy economic education emergency emergencies energy environment finance foreign government health industry information internal interior justice labor labour ministry office policy president presidential prime protection republic resources science security service situations social sport sports state trade transport youth administration agency bureau chamber court national federal foreign general deputy first vice minister head chairman chair secretary ecology natural tourism communications construction water`.split(' '),
  names: {
    patronymicEndings: ['ovi?tch', 'evi?tch', 'ovich', 'evich', 'ievich', 'ivich', 'vitch', 'vich', 'ich', 'ovna', 'evna', 'ichna', 'ivna', 'yevna', 'ogly', 'oglu', 'uly', 'kyzy', 'qizi', 'kizi'],
    familyEndings: ['ov', 'ova', 'ev', 'eva', 'yev', 'yeva', 'iev', 'ieva', 'in', 'ina', 'yn', 'yna', 'sky', 'ski', 'skaya', 'skiy', 'sky', 'enko', 'ko', 'uk', 'yuk', 'chuk', 'ian', 'yan', 'dze', 'shvili', 'zade', 'uly', 'bekov', 'baev', 'bayev', 'bayeva', 'ayev', 'iene', 'aite', 'yte', 'evicius', 'aitis', 'auskas'],
    weakFamilyEndings: ['in', 'ina', 'yn', 'yna', 'ia', 'ava', 'ua'],
    givenWithFamilyEnding: ['Valentin', 'Konstantin', 'Martin', 'Benjamin', 'Yakov', 'Lev', 'Rodion', 'Filipp', 'Daniyal', 'Danial',
      'Maria', 'Lidia', 'Natia', 'Natalia', 'Yulia', 'Julia', 'Sofia', 'Sophia', 'Victoria', 'Anastasia', 'Valeria', 'Evgenia', 'Ksenia', 'Emilia', 'Amalia', 'Lia'],
    weakPatronymicEndings: ['uly'],
    countryCases: [],
    otherCases: [],
    fleetingVowels: [],
    droppedFamilyEndings: ['ov', 'ev'],
    notNameEndings: [],
  },
  // English pages give terms in shapes the sentence rules already read ("in 1991-1994", "former").
  postTerms: {
    heldVerbs: [], heldNowVerbs: [], ordinalYear: [],
    // "X and Y remained in office until 29 August 2019": over on that date.
    stayedUntil: ['(?:remained|stayed)\\s+in\\s+(?:office|(?:their|his|her)\\s+posts?)\\s+until'],
    heldClauses: [], pastClause: { participles: [], formerly: [], until: [], inYear: '', wasPost: [], asides: [] }, postNouns: [], thisWords: [], rangeFrom: [], rangeTo: [], yearWords: [], sameYears: [],
    tookOffice: { before: [], verbs: [] }, replacedOnPost: [], ofThePerson: [], dismissed: [], dismissedParticiples: { stems: [], cases: [] }, laterPost: { stems: [], adverbs: ['then', 'later', 'subsequently'], cases: [] }, dismissedActive: { verbs: [], ends: [] }, copulas: [], wasVerbs: [], actingGoverns: [], actingGiven: [], actingTo: '', actingTitle: '',
    actingEntrusted: { duty: '', verbs: [] },
    headsVerbs: [], headTitle: '', governments: [], headedGovernments: [], bodyGenitive: [], bodyGenitiveAdded: { after: '(?!)', ending: '' },
    genitiveAdjectives: [], clauseCases: { feminine: '(?!)', masculineGenitive: '(?!)', feminineAccusative: '(?!)' },
  },
  postHolders: {
    verb: '(?:is|was|were|has|had|said|says|became|resigned|appointed|dismissed)',
    obliqueAdjective: '(?!)', instrumentalName: '(?!)', instrumentalOnly: { masculine: '(?!)', feminine: '(?!)' }, ledBy: [], inPost: [], activeAppointed: [], byVotesOf: [], possessives: [],
    dismissedVerbs: [], fromPost: [], actingVerbs: [], governmentsAnyCase: [], governmentHead: 'Prime Minister',
    sameDay: [], actingLaid: { duty: [], laid: [] }, pronouns: [], asideRoles: [], activeDismissed: [], adjectiveGenitive: [], whoseGovernment: [], tookHead: [], electedVerbs: ['(?:re-?)?elected'], complementPrepositions: ['of', 'for', 'on'], verbParticles: ['not'], auxiliaries: [], appointmentNouns: [], leftGerunds: [], insteadOf: [], partyNouns: [], occupations: [], obliqueAdjectiveGenitive: [], relativeBody: [], nominativeNounGenitive: [], headTitles: [], bodyGoverning: [],
  },
  personNames: {
    particles: [],
    ranks: ['Major\\s+General', 'Lieutenant\\s+General', 'Colonel\\s+General', 'Army\\s+General', 'Rear\\s+Admiral', 'Vice\\s+Admiral', 'Academician', 'Professor'],
    appointedAs: [],
    pastMarks: ['former', 'ex-'],
    kinBefore: [],
    eponymBodies: [],
    actingPosts: { words: '(?!)', forms: [], titles: { masculine: '', feminine: '' } },
    prepositionalBefore: [],
    postCases: {},
    dottedPostWords: [],
    heldBy: { masculine: [], feminine: [], current: [], past: [], post: [] },
  },

  stopwords: ['of', 'the', 'and', 'for', 'on', 'in', 'under', 'to', 'a', 'an'],
  appointment: {
    verbs: ['appointed', 'designated', 'approved', 'elected', 'confirmed'],
    was: ['was'],
    until: ['until', 'till', 'up\\s+to'],
    during: ['in'],
    since: ['since'],
    from: ['from'],
    inOffice: ['in\\s+office'],
    prepositions: ['in', 'on', 'since'],
    later: ['(?:appointed|designated)\\s+(?:in|on|since)'],
    before: ['previously', 'formerly', 'before\\s+that'],
  },
  exOfficio: { holders: [], copulas: [], adverbs: [], roles: [] },
  succession: {
    phrases: [{
      case: 'nominative',
      phrases: [
        '[Ww]as\\s+preceded\\s+(?:at|in)\\s+this\\s+(?:post|position|office)\\s+by',
        '(?:[Bb]efore\\s+(?:him|her)|[Pp]reviously),?\\s+the\\s+(?:post|position|office)\\s+was\\s+held\\s+by',
        '(?:[Hh]e|[Ss]he|[Ww]ho)\\s+(?:succeeded|replaced)',
        '(?:[Hh]is|[Hh]er)\\s+predecessor\\s+(?:was|is)',
        '[Pp]receded\\s+by', '[Rr]eplacing', '[Ss]ucceeding',
        "\\p{Lu}[\\p{L}'’-]+\\s+(?:succeeded|replaced)",
      ],
    }],
    sentences: [{
      case: 'nominative',
      phrases: ['^(?:(?:On|In|After|Since)\\s+[^,]{1,40},\\s*)?{holder}(?:\\s*,[^,]{2,120},)?\\s+(?:was\\s+preceded\\s+(?:at|in)\\s+(?:this|the|that)\\s+(?:post|position|office)\\s+by|replaced|succeeded|took\\s+over\\s+from)\\s+(?:the\\s+)?(?:(?:former|late|outgoing)\\s+(?:\\p{Lu}\\p{L}*\\s+){0,3})?'],
    }],
    cues: ['preceded', 'replaced', 'succeeded', 'took\\s+over'],
    pronouns: ['He', 'She'],
    postBefore: [],
  },
  nameCases: {},
  indeclinableFamilies: {},
  bodyGenitive: { nouns: [], adjectives: { m: [], f: [], n: [] } },
  // "The Council coordinates and oversees …", "…, which ensures the implementation of …".
  proseTasks: {
    verbs: ['coordinates', 'oversees', 'ensures', 'develops', 'prepares', 'organizes', 'organises', 'monitors', 'controls'],
    relatives: ['which'],
    joins: ['as\\s+well\\s+as', 'and\\s+also', 'and'],
    ends: ['is', 'has', 'bears'],
  },
  founding: ['(?:was|were|is|has\\s+been)\\s+(?:created|established|founded|formed|set\\s+up|instituted)\\s+(?:(?:by|under|with)\\s+(?:a\\s+|an\\s+|the\\s+)?[^,.;]{1,80}?\\s+)?(?:in|on|of)\\s+'],
  foundedAfterDate: ['(?:was|were|has\\s+been)\\s+(?:created|established|founded|formed|set\\s+up|instituted)'],
  bodyPredecessor: { phrases: ["(?:Its|The body's|The agency's)\\s+predecessor"], joins: ['was'] },
  government: {
    patterns: ['(?:the\\s+)?(Government|Cabinet of Ministers|Council of Ministers|Cabinet)\\b(?:\\s+of\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}]*(?:\\s+[\\p{Lu}][\\p{L}]*)*)?\\s+(?:exercises|is vested with|holds|carries out|is the (?:highest|supreme|central|collegial)\\s+(?:\\p{Ll}+\\s+)?(?:body|organ|authority)\\s+of|heads|leads|is the head of|stands at the head of)\\s+(?:the\\s+)?(?:system\\s+of\\s+)?executive\\s+(?:power|bodies|authority|branch)'],
    cue: 'executive',
  },
  bodyKinds: {
    ministry: ['Ministry'],
    government: ['Government', 'Cabinet(?: of Ministers)?', 'Council of Ministers'],
    administration: ['Administration', 'Apparatus', 'Chancellery', 'Executive Office'],
    presidentialOffice: ['Office', 'Staff', 'Secretariat'],
    president: ['President\\w*'],
  },
  tableColumns: {
    name: ['(?:Full\\s+)?[Nn]ames?', '(?:Sur|Family\\s+|First\\s+|Given\\s+)?[Nn]ame(?:,?\\s+(?:first|given)\\s+name)?', 'Holder', 'Incumbent', 'Office\\s+holder', 'Person'],
    post: ['Posts?', 'Positions?', 'Office', 'Title', 'Portfolio', 'Function'],
    appointed: ['Appointed(?:\\s+(?:on|in))?', 'Date\\s+of\\s+appointment', 'Appointment(?:\\s+date)?', '(?:In\\s+office\\s+)?[Ss]ince', 'Took\\s+office', 'Assumed\\s+office', 'In\\s+office\\s+from'],
  },
  roleTables: {
    headNouns: [
      { pattern: '[Cc]hair(?:men|man|persons?|s)?', role: 'Chairman' },
      { pattern: '[Hh]eads?', role: 'Head' },
      { pattern: '[Dd]irectors?', role: 'Director' },
    ],
    alsoHolds: ['also', 'concurrently', 'at\\s+the\\s+same\\s+time'],
    singular: [['men', 'man'], ['ies', 'y'], ['s', '']],
  },
  // "President of the Republic of …": English names the state after "of", read as the country's own name.
  stateNouns: [],
  // "The Chancellery is headed by X", "X heads the Office": English prose, read in prose-person.ts.
  bodyHeads: { verbs: [], role: 'Head' },
  // The English pages name the party in the post ("Chairman of the Democratic Party"): none borrowed from the paragraph.
  partyPosts: { titles: [], bare: [], noun: 'of the party' },
  // "Members of the Council": the English pages' analysts keep the lead-in's plural as written.
  memberPlurals: { nouns: [], adjectives: [] },
  headOfState: {
    after: '\\s+is\\s+(?:the\\s+)?Head\\s+of\\s+(?:the\\s+)?State\\b',
    inverted: '^(?:The\\s+)?Head\\s+of\\s+(?:the\\s+)?State\\s+is\\s+(?:the\\s+)?(President(?:\\s+of\\s+[^,;.]+)?)',
    cue: 'head\\s+of\\s+(?:the\\s+)?state',
    headings: ['(?:The\\s+)?(?:President|Presidency|Head\\s+of\\s+State)(?:\\s+of\\s+(?:the\\s+)?[\\p{Lu}][\\p{L} ]+)?'],
  },
  analysisHeadings: ['\\b(?:elites?|analysis|groups?|clans?|opinion|influence|lobby|lobbies|political\\s+(?:life|system|parties|forces)|parties|polls?|surveys?)\\b'],
  sitesHeadings: ['Official\\s+(?:web\\s*)?sites?:?', 'Official\\s+websites?:?'],
  siteBodyStarts: ['(?:The\\s+)?(?:Ministry|Government|President|Administration|Office|Agency|Committee|Council|Cabinet|Parliament|Presidential|National|State)'],
  leadIns: {
    patterns: [
      // "The Council of Ministers shall:", "The Administration of the President is to:"
      '^(?:The\\s+)?{body}\\s+(?:shall|must|is\\s+to|is\\s+obliged\\s+to|is\\s+called\\s+upon\\s+to|will)(?:\\s+\\p{Ll}+)?\\s*:$',
      // "The Commission has the following tasks:", "The Council performs the following functions:"
      `^(?:The\\s+)?{body}\\s+(?:has|have|performs|carries\\s+out|exercises|fulfils|fulfills|is\\s+responsible\\s+for|is\\s+charged\\s+with|deals\\s+with|is\\s+in\\s+charge\\s+of)(?:\\s+the)?(?:\\s+following)?(?:\\s+${LIST_NOUNS})?\\s*:$`,
      // "The Assembly activity is directed to the solution of the following tasks:"
      "^(?:The\\s+)?{body}(?:['’]s)?\\s+(?:activity|activities|work)\\s+(?:is|are)\\s+(?:directed|aimed)\\s+(?:to|at|towards)\\b.*:$",
    ],
    // "The functions of the Security Council are:", "Basic tasks of the Committee are as follows:"
    caseless: [`^(?:The\\s+)?${QUALIFIERS}${LIST_NOUNS}\\s+of\\s+(?:the\\s+)?{body}\\s+(?:are|include|is|comprise|consist\\s+of)(?:\\s+as\\s+follows)?\\s*:$`],
    named: [],
    // "Its tasks are:", "The main functions are as follows:", "It has the following powers:"
    bodiless: [`^(?:(?:Its|Their|His|The)\\s+)?${QUALIFIERS}${LIST_NOUNS}\\b.*:$`, `\\b(?:shall|following\\s+${LIST_NOUNS})\\s*:$`],
  },
  // English pages introduce a body by its heading or a sentence of `subjectBody` (rules/body-definition.ts).
  bodyDefinitions: [],
  // Names English pages write that the library lacks (it knows "Kyrgyzstan", "Belarus", "Moldova, Republic of").
  countryNames: {
    kg: ['Kyrgyz Republic', 'Kirghizia', 'Kirgizia'],
    md: ['Moldova', 'Moldavia'],
    by: ['Byelorussia', 'Belorussia'],
    tm: ['Turkmenia'],
  },
  countryForms: ['^(?:the\\s+)?Republic\\s+of\\s+(\\p{Lu}.+)$'],
  compositionHeadings: ['^(?:Composition|Members|Membership)\\s+of\\s+(?:the\\s+)?(\\p{Lu}[^()]+?)(?:\\s*\\([^)]*\\))?:?$'],
  actingTitles: ['[Aa]cting', '[Ii]nterim'],
  materialKinds: ['Expert forum', 'Hot topic', 'Topic', 'Opinion', 'Interview', 'Commentary', 'Comment', 'Analysis', 'Review', 'Article', 'News', 'Report', 'Chronicle'],
  wordForms: {
    adjectiveOblique: [], adjectiveMasculine: [], adjectiveFeminine: [], adjectiveGenitiveDative: [], adjectiveGenitive: [], adjectiveNominative: [],
    adjectiveBeforeUnion: [], adjectiveAlone: [], nounGenitive: [], familyGenitive: [], nounInstrumentalPlural: [], verbEndings: [], nameStops: [],
    nameAnd: [], trailingConjunctions: [], contrastAnd: [], dayAnd: ['and'], electedAdverbs: [], firstOrdinal: ['first'], soCalled: [], negation: [],
    adjectiveJoins: [], adjectiveNamedElsewhere: [], adjectiveAny: [], adjectivePlural: [], adjectiveDativePlural: [], adjectivePluralNominative: [],
    adjectiveAfterPlace: [], givenGenitive: [], placeGenitive: [], nounPluralOblique: [], familyNameGenitive: [], finiteVerbEndings: [],
    yearAbbreviation: [], yearsAbbreviation: [], yearNoun: [], yearLocative: [], ordinalSuffixes: [],
    yearInList: ['year'], yearAnyForm: [], articles: ['a', 'an', 'the'],
    nameWordGenitive: [], groupAdjectiveOpening: [], actingPostEnds: ['until', 'since', 'from', 'as', 'in'],
  },
  adjectiveSingular: { velars: '(?!)', softPlural: '(?!)', feminine: ['', ''], masculine: ['', ''] },
  pastPostLines: {
    verbs: [{ pattern: '(?:acted|served)\\s+as\\s+(?:acting|interim)', title: 'Acting' }, { pattern: 'acted\\s+as', title: 'Acting' }],
    spanFrom: ['from'],
    spanTo: ['to', 'until', 'till'],
    capacity: ['as'],
    now: ['now', 'currently'],
  },
  stem: (word) => word.replace(/(?:ial|al)$/, '').replace(/(?:ies)$/, 'y').replace(/s$/, ''),
};
