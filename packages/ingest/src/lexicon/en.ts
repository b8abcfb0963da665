import type { Lexicon } from './types.js';

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
  stem: (word) => word.replace(/(?:ial|al)$/, '').replace(/(?:ies)$/, 'y').replace(/s$/, ''),
};
