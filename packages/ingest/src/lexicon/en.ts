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
  yearWords: [],
  roles: {
    nouns: [
      'President', 'Prime Minister', 'Premier', 'Minister', 'Chair', 'Chairman', 'Chairwoman', 'Chairperson',
      'Secretary', 'Head', 'Director', 'Commissioner', 'Governor', 'Adviser', 'Advisor', 'Speaker',
      'Ambassador', 'Prosecutor', 'Judge', 'Mayor', 'Akim', 'Leader', 'Chief', 'Coordinator',
      'Representative', 'Envoy', 'Assistant', 'Spokesman', 'Spokesperson', 'Ombudsman', 'Chancellor',
      'Manager', 'Member', 'Rector', 'Attorney', 'Auditor',
    ],
    modifiers: ['Deputy', 'Vice', 'First', 'Acting', 'Executive', 'Senior', 'State', 'Assistant', 'Honorary', 'Permanent'],
    cabinet: ['Prime Minister', 'Premier', 'Minister'],
    inflection: 's?',
  },
  bodyNouns: [
    'Council', 'Committee', 'Commission', 'Assembly', 'Agency', 'Ministry', 'Administration', 'Office', 'Service', 'Court', 'Chamber', 'Board', 'Bureau',
    'Government', 'Cabinet', 'Apparatus', 'Chancellery', 'Inspectorate', 'Fund', 'Academy', 'Center', 'Centre', 'Department', 'Secretariat', 'Parliament',
    'Senate', 'Majilis', 'Mazhilis', 'Authority', 'Institute', 'Directorate', 'Staff', 'Presidium', 'Inspection', 'Guard', "Prosecutor's Office", 'Bank', 'Headquarters',
  ],
  notNameWords: `affairs agriculture commission committee council culture defence defense development economy economic education emergency emergencies energy environment finance foreign government health industry information internal interior justice labor labour ministry office policy president presidential prime protection republic resources science security service situations social sport sports state trade transport youth administration agency bureau chamber court national federal foreign general deputy first vice minister head chairman chair secretary ecology natural tourism communications construction water`.split(' '),
  names: {
    patronymicEndings: ['ovi?tch', 'evi?tch', 'ovich', 'evich', 'ievich', 'ivich', 'vitch', 'vich', 'ich', 'ovna', 'evna', 'ichna', 'ivna', 'yevna', 'ogly', 'oglu', 'uly', 'kyzy', 'qizi', 'kizi'],
    familyEndings: ['ov', 'ova', 'ev', 'eva', 'yev', 'yeva', 'iev', 'ieva', 'in', 'ina', 'yn', 'yna', 'sky', 'ski', 'skaya', 'skiy', 'sky', 'enko', 'ko', 'uk', 'yuk', 'chuk', 'ian', 'yan', 'dze', 'shvili', 'uly', 'bekov', 'baev', 'bayev', 'bayeva', 'ayev'],
    givenWithFamilyEnding: ['Valentin', 'Konstantin', 'Martin', 'Benjamin', 'Yakov', 'Lev', 'Rodion', 'Filipp', 'Daniyal', 'Danial'],
  },
  stopwords: ['of', 'the', 'and', 'for', 'on', 'in', 'under', 'to', 'a', 'an'],
  appointment: {
    verbs: ['appointed', 'designated', 'approved', 'elected', 'confirmed'],
    was: ['was'],
    since: ['since'],
    from: ['from'],
    inOffice: ['in\\s+office'],
    prepositions: ['in', 'on', 'since'],
    later: ['(?:appointed|designated)\\s+(?:in|on|since)'],
  },
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
  },
  nameCases: {},
  founding: ['(?:was|were|is|has\\s+been)\\s+(?:created|established|founded|formed|set\\s+up|instituted)\\s+(?:(?:by|under|with)\\s+(?:a\\s+|an\\s+|the\\s+)?[^,.;]{1,80}?\\s+)?(?:in|on|of)\\s+'],
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
  stem: (word) => word.replace(/(?:ial|al)$/, '').replace(/(?:ies)$/, 'y').replace(/s$/, ''),
};
