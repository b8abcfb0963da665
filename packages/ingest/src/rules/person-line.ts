import { DASH, splitSentences, stripTrailingPunctuation } from '../normalize.js';
import { findDates, firstDate } from './dates.js';
import { insideBrackets } from './failed-vote.js';
import { isMiddlePatronymic, isNameParticle, isPatronymic, looksLikeFamilyName, NAME_WORD, PARTICLE_NAME, withoutRanks } from './person-name.js';
import { roleFault } from './post-check.js';
import { termOfAside, termOfSpan, titleWithoutTerm, type AsideTerm } from './dated-aside.js';
import { hasRoleWord, startsWithRoleWord } from './roles.js';
import { allWords, anyOf, eachLexicon, en, LEXICONS, lexiconOfWord, nameToNominative, toNominative, type GrammaticalCase } from '../lexicon/index.js';
import { regExp } from '../regexp.js';

/** A line that names a person and the posts they hold. */
export interface PersonLine {
  name: string;
  /** The titles in the order written; the first is the post of the body the line stands under. */
  titles: string[];
  /** "Chair" in "Chair: Name, …": the post in the body the line stands under. */
  leadRole: string | null;
  /** From "(appointed in October, 2008)" or "He was appointed in …". */
  startDate: string | null;
  /** From "X was preceded at this post by Y". */
  predecessor: string | null;
  /** Which of `titles` the start date is of: the first, unless an aside names another ("…, Minister of X (Minister of X since July 2001)"). */
  datedTitle: number;
  /** A table row's date column: the date of every title the row's post cell names. */
  everyTitleDated?: boolean;
  /** Posts an aside says were held before: "(назначен 12.03.2015, до этого – заместитель министра)". */
  formerTitles?: string[];
  /** The dated title's end, from a term in brackets: "(23.02.2014 – 07.06.2014)", "(до июля 2014 г.)". */
  endDate?: string | null;
  /** Posts an aside says were taken after the line's: "(до июля 2014 г., затем назначен Генеральным прокурором)". */
  laterTitles?: string[];
}

/** An initial and a family name: "K. Masimov", "K.K. Masimov", "Ts. Elbegdorj" (not the initials "И.П" alone). */
const INITIALED = `(?:\\p{Lu}\\p{Ll}?\\.\\s?){1,2}(?=\\p{Lu}\\p{L})${NAME_WORD}`;
/** "Назира Бакыт кызы", "Ахмедов Фаррух Зокир угли", "Фаррух Зокир угли Ахмедов" (rules/person-name.ts). */
const PARTICLED = PARTICLE_NAME;
/** A family name, then initials: "Гаврилов М.А.", "Petrov I." (the last dot may have gone with a line's end). */
const INITIALED_AFTER = `${NAME_WORD}\\s+\\p{Lu}\\p{Ll}?\\.(?:\\s?\\p{Lu}\\p{Ll}?\\.?)?(?![\\p{L}])`;
const NAME = `(?:${INITIALED}|${INITIALED_AFTER}|${PARTICLED}|${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})`;
/** "Aslan Musin - Head of …", "Samakova Aigul Baigazyevna– Chairwoman …", "Kim Georgiy –Chairman …". */
// A hyphen between two letters joins a name ("Ter-Petrosyan"): a separator has a space beside it or is a longer dash.
// A title may open in lower case when its first word is a post's ("– ответственный секретарь …").
const NAME_DASH_TITLE = new RegExp(`^(${NAME})(?:\\s*[\\u2010-\\u2015\\u2212]\\s*|\\s+-\\s*|\\s*-\\s+)(\\p{L}.*)$`, 'u');
/** "Prime Minister – Karim Masimov": a cabinet table's row with the post first. */
// The post may open in lower case in a list under its plural ("советник по делам молодёжи – X"): `isTitleStart` checks it.
// A rank or a trade in lower case may stand before the name ("– генерал-майор X", "– писатель X"): `isDescriptor` checks it.
// A long dash needs no space before it ("Министр финансов—Хачатрян Тигран"); a hyphen does.
const TITLE_DASH_NAME = new RegExp(`^(\\p{L}[^–—]*?)(?:\\s+${DASH}+|\\s*[\\u2013\\u2014])\\s*(?:(\\p{Ll}[\\p{Ll}-]{2,})\\s+)?(${NAME})(?:\\s*,\\s*(\\p{L}.*))?$`, 'u');

/** A lower-case word before a name that is neither a post (the holder's own post is another shape) nor a small word. */
function isDescriptor(word: string | undefined): boolean {
  return word === undefined || (!startsWithRoleWord(word) && !lexiconOfWord(word).stopwords.includes(word));
}
/** "Председатель Совета – Президент Республики Армения Г.С. Тер-Аветисян": a post, then another post and its holder. */
const TITLE_DASH_REST = new RegExp(`^(\\p{Lu}[^–—]*?)\\s+${DASH}+\\s*(\\p{L}.+)$`, 'u');
/** Posts joined by dashes, then the name: a table row whose post cell names two posts. */
const POSTS_DASH_NAME = new RegExp(`^(\\p{Lu}.*?)\\s+${DASH}+\\s*(${NAME})$`, 'u');
/** "Stepan Kosyko holds the post of Minister of Finance", "Kabul Berdiyev is the Minister of Defence". */
const NAME_VERB_TITLE = new RegExp(`^(${NAME})\\s+(?:holds|occupies|has\\s+held|is\\s+holding)\\s+the\\s+(?:post|position|office)\\s+of\\s+(?:the\\s+)?(\\p{Lu}.*)$|^(${NAME})\\s+is\\s+(?:the\\s+|now\\s+the\\s+|currently\\s+the\\s+)?((?:First\\s+|Deputy\\s+|Vice\\s+|Acting\\s+)*(?:Prime\\s+)?Minister\\b.*|(?:Head|Chairman|Chairwoman|Chair|Secretary|Director)\\s+of\\s+.*)$`, 'u');
/** What every match of `NAME_VERB_TITLE` holds, a cheap test first. */
const VERB_CUE = /\s(?:holds|occupies|has\s+held|is)\s/u;
/** "Bolat Zhamishev, Minister of Finance". */
const NAME_COMMA_TITLE = new RegExp(`^(${NAME})\\s*,\\s*(\\p{L}.*)$`, 'u');
/** "Chair: Nazarbayev Nursultan Abishevitch, President of the Republic of Kazakhstan." */
// Two posts joined by a dash may stand before the colon: "Заместитель Премьер-министра – министр инвестиций: X".
// A post's genitives may be listed with commas: "Министр транспорта, связи и дорог: X".
// Two posts too, joined by a comma: "Вице-премьер, Министр финансов: X" (`splitTitles` parts them).
const ROLE_COLON = /^([\p{Lu}][\p{L} \u2010-\u2015-]{1,80}?(?:,\s+\p{L}[\p{L} \u2010-\u2015-]{1,60}?)*)\s*:\s*(.+)$/u;
/** A dash between two posts of one person: "Вице-премьер – министр экономики". */
const POSTS_JOINED = /\s+[\u2010-\u2015-]\s+/u;
const ROLE_ENTRY = new RegExp(`^(${NAME})(?:\\s*,\\s*(.+))?$`, 'u');
const WHOLE_NAME = new RegExp(`^${NAME}$`, 'u');
const ANY_DASH = new RegExp(DASH, 'u');
/**
 * "appointed in", "approved by the Rada on", "since", "in office since", "назначен в", "с", "на
 * посту с": what opens a post's start date in a title or an aside, in every lexicon.
 */
const APPOINTED = regExp(
  `${eachLexicon(({ appointment: a }, { start, end }) => `${start}(?:${anyOf(a.verbs)}${end}(?:[^()]*?${start}${anyOf(a.prepositions)})?|${anyOf([...a.since, ...a.from])}|${anyOf(a.inOffice)}\\s+${anyOf(a.since)})${end}`)}\\s+(?=[\\p{L}\\d])`,
  'iu',
);
/** "(appointed in October, 2008)", "(назначен в октябре 2008 года)" inside a title: dropped from the title once read. */
const APPOINTED_ASIDE = regExp(
  `\\s*\\(\\s*${eachLexicon(({ appointment: a }, { start, end }) => `(?:${anyOf(a.was)}\\s+)?${start}(?:${anyOf(a.verbs)}|${anyOf([...a.since, ...a.from])}|${anyOf(a.inOffice)})${end}`)}[^)]*\\)`,
  'iu',
);
/** A text without its first appointment aside; one without a parenthesis has none (a cheap test first). */
const withoutAside = (text: string): string => (text.includes('(') ? text.replace(APPOINTED_ASIDE, '') : text);
/** A "since" word of every lexicon: "since", "с". */
const SINCE = eachLexicon(({ appointment: a }, { start, end }) => `${start}${anyOf(a.since)}${end}`);
/** "Foreign Minister since July 2001", "Министр иностранных дел с июля 2001 года": a start at a title's end, read and dropped from the title. */
const SINCE_TAIL = regExp(`\\s+${SINCE}\\s+(?=\\p{L}+,?\\s+\\d{4}|\\d)[^,;]*$`, 'iu');
/** ", назначен 12 марта 2015 года", ", appointed in March 2015": an appointment with its date after the titles, read and dropped from them. */
const APPOINTED_TAIL = regExp(
  `\\s*,\\s*${eachLexicon(({ appointment: a }, { start, end }) => `(?:${anyOf(a.was)}\\s+)?${start}${anyOf(a.verbs)}${end}`)}\\s+[^,;()]*\\d{4}[^,;()]*$`,
  'iu',
);
/** "до этого – заместитель министра", "previously Deputy Minister": a post held before, inside an aside, up to its end or a semicolon. */
const FORMER_IN_ASIDE = regExp(
  `${eachLexicon(({ appointment: a }, { start, end }) => (a.before.length ? `${start}${anyOf(a.before)}${end}` : null))}\\s*(?:[–—:-]\\s*)?([^();,]+?)\\s*(?=[);]|$)`,
  'iu',
);

/** "затем назначен Генеральным прокурором Украины", "later appointed Prosecutor General": a post taken after the line's, in the instrumental. */
const LATER_IN_ASIDE = regExp(
  `${eachLexicon(({ postTerms: t, appointment: a }, { start, end }) => (t.laterPost.adverbs.length ? `${start}${anyOf(t.laterPost.adverbs)}${end}\\s+(?:${anyOf(a.was)}\\s+)?${start}${anyOf(a.verbs)}${end}` : null))}\\s+([^();,]+?)\\s*(?=[);,]|$)`,
  'iu',
);

/** A post in the instrumental back to the nominative, its modifiers with it: "Генеральным прокурором Украины" → "Генеральный прокурор Украины". */
function instrumentalTitle(post: string): string | null {
  const words = post.trim().split(/\s+/);
  const l = lexiconOfWord(words[0]!);
  const adjective = (w: string) => l.groups.adjectives.masculine.find(([ending]) => /^(?:ым|им)$/u.test(ending) && w.endsWith(ending));
  const head = words.findIndex((w) => !adjective(w));
  if (head < 0) return null;
  const modifiers = words.slice(0, head).map((w) => { const [ending, nominative] = adjective(w)!; return w.slice(0, w.length - ending.length) + nominative; });
  // A language without cases writes the post as it is ("then appointed Prosecutor General").
  if (!l.personNames.postCases.instrumental) return startsWithRoleWord(post.trim()) ? post.trim() : null;
  const noun = toNominative(words[head]!, 'instrumental');
  if (noun === words[head]) return null;
  const title = [...modifiers, noun, ...words.slice(head + 1)].join(' ');
  return startsWithRoleWord(title) || startsWithRoleWord(noun) ? title.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : null;
}

/** The posts an aside says were taken after the line's. */
function laterTitlesIn(aside: string): string[] {
  const later = aside ? LATER_IN_ASIDE.exec(aside)?.[1] : undefined;
  const title = later ? instrumentalTitle(later) : null;
  return title ? [title] : [];
}

/** The posts an aside says were held before, each opening with a post's word. */
function formerTitlesIn(aside: string): string[] {
  const former = aside ? FORMER_IN_ASIDE.exec(aside)?.[1] : undefined;
  return former && startsWithRoleWord(former) ? [former] : [];
}

/**
 * Words that name what a body deals with, or the body itself: where one stands, a personal name
 * does not ("Minister of Foreign Affairs", "Security Council"), in every lexicon. A name is never made of these.
 */
const NOT_A_NAME_WORD = new Set(allWords((l) => l.notNameWords));

/** A title that opens in lower case is one only when its first word is a post's: "заместитель Руководителя …", not "the leader …". */
function isTitleStart(title: string): boolean {
  return /^\p{Lu}/u.test(title) || startsWithRoleWord(title);
}

/** True when the words can be a person's name: capitalized, none of them a body's or a post's word. */
function looksLikePersonName(name: string): boolean {
  // Words with no small letter at all are a heading in capitals ("ПРЕЗИДЕНТ РОССИЙСКОЙ ФЕДЕРАЦИИ"), not a name.
  if (!/\p{Ll}/u.test(name)) return false;
  return WHOLE_NAME.test(name) && !name.split(/\s+/).some((w) => NOT_A_NAME_WORD.has(w.toLowerCase().replace(/\.$/, '')));
}

/** The date right after "appointed in" (or, in an aside or a title, "since …"), if any. */
function appointmentDate(text: string, pattern: RegExp = APPOINTED): string | null {
  const match = pattern.exec(text);
  return match ? firstDate(`in ${text.slice(match.index + match[0].length)}`) : null;
}

/** In the sentences after a line, only "appointed/designated in …", "назначен в …", "занимает пост с …" date the post. */
const APPOINTED_LATER = regExp(eachLexicon(({ appointment: a }, { start, end }) => `${start}${anyOf(a.later)}${end}\\s+`), 'iu');

export const PRECEDED = new RegExp(`\\bwas preceded (?:at|in) this (?:post|position|office) by (${NAME})`, 'u');

/**
 * The ways a line names the holder's predecessor, by the case the name takes after them: "X was
 * preceded at this post by Y", "before him the post was held by Y", "he succeeded Y", "his
 * predecessor was Y", "Предшественником Мусина на этом посту был Y", "До него этот пост занимал Y",
 * "сменил на этом посту Y" (Y in the accusative).
 */
// Case by case, not with the i flag: a name's words must stay capitalized ("in this post" is no name).
const PREDECESSOR_PHRASES: Array<{ grammaticalCase: GrammaticalCase; phrase: string; pattern: RegExp }> = (['nominative', 'genitive', 'accusative', 'dative', 'instrumental'] as const)
  .filter((c) => LEXICONS.some((l) => l.succession.phrases.some((p) => p.case === c)))
  .map((c) => {
    const phrase = eachLexicon((l, { start }) => { const phrases = l.succession.phrases.filter((p) => p.case === c).flatMap((p) => p.phrases); return phrases.length ? `${start}${anyOf(phrases)}` : null; });
    const descriptors = eachLexicon((l) => l.succession.descriptors ?? null);
    return { grammaticalCase: c, phrase, pattern: new RegExp(`${phrase}\\s+(?:${descriptors || '(?!)'})?(${NAME})`, 'u') };
  });
/** "Витянис Андрюкайтис, занимавший этот пост с 2012 года, …": a name before the participle that says it held the line's post. */
const HELD_BEFORE = new RegExp(`(?<![\\p{L}-])(${NAME}),\\s+(?:${eachLexicon((l) => (l.succession.heldBefore?.length ? anyOf(l.succession.heldBefore) : null)) || '(?!)'})(?![\\p{L}])`, 'u');
/** Any of the phrases alone, a cheap test first: most lines name no predecessor. */
const ANY_PREDECESSOR_PHRASE = new RegExp(PREDECESSOR_PHRASES.map((p) => p.phrase).join('|') || '(?!)', 'u');

/** A name as the nominative writes it, from the case a phrase put it in: "Кайрата Келимбетова" → "Кайрат Келимбетов". */
export function nominativeName(name: string, grammaticalCase: GrammaticalCase): string {
  return nameToNominative(name.split(' '), grammaticalCase).join(' ');
}

/** The predecessor a line names, in any of the phrasings above (the first the text gives), in the nominative. */
export function predecessorIn(text: string): string | null {
  let best: { at: number; name: string } | null = null;
  if (!ANY_PREDECESSOR_PHRASE.test(text)) return HELD_BEFORE.exec(text)?.[1] ?? null;
  for (const { grammaticalCase, pattern } of PREDECESSOR_PHRASES) {
    const match = pattern.exec(text);
    if (match && (!best || match.index < best.at)) best = { at: match.index, name: nominativeName(match[1]!, grammaticalCase) };
  }
  return best?.name ?? HELD_BEFORE.exec(text)?.[1] ?? null;
}

/**
 * Splits a list of titles at commas, but only where the next part is a post of its own:
 * "Head of the Legal Policy Council, Deputy Head of …" is two titles, "Minister of Labor,
 * Employment and Social Protection" is one.
 */
export function splitTitles(text: string): string[] {
  const titles: string[] = [];
  for (const part of text.split(/\s*,\s*/).flatMap(splitJoinedPosts)) {
    if (titles.length && !hasRoleWord(part)) titles[titles.length - 1] += `, ${part}`;
    else titles.push(part);
  }
  return titles.map((t) => stripTrailingPunctuation(t)).filter(Boolean);
}

/** A dash or a join word ("и", "and") between two pieces of a title. */
const POST_JOIN = new RegExp(`(\\s+(?:[–—]|${eachLexicon((l, { start, end }) => (l.roles.joins.length ? `${start}${anyOf(l.roles.joins)}${end}` : null))})\\s+)`, 'u');

/**
 * Two posts of one person joined by a dash or "и" ("вице-премьер – министр экономики", "заместитель
 * Премьер-министра и министр финансов"): apart where the piece after opens with a post's word, so
 * that "министр труда и социальной защиты" stays one.
 */
function splitJoinedPosts(part: string): string[] {
  // Split with the separator kept: [piece, join, piece, join, …], so a piece that stays is rejoined as written.
  const [first = '', ...rest] = part.split(POST_JOIN);
  const pieces = [first];
  for (let i = 0; i + 1 < rest.length; i += 2) {
    const [join, piece] = [rest[i]!, rest[i + 1]!];
    const last = pieces.length - 1;
    if (startsWithRoleWord(piece) && hasRoleWord(pieces[last]!)) pieces.push(piece);
    else pieces[last] += join + piece;
  }
  return pieces;
}

/** Small words a post's name holds in lower case: "Minister of Labor and Social Protection". */
const TITLE_CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'under', 'with']);

/** True for words that make up a post's name only: capitals and connectors, no verb, no article first. */
function isTitleOnly(title: string, lowerBody = false): boolean {
  if (/^(?:The|A|An)\b/.test(title) || /[,;:()]/.test(title)) return false;
  // After a line's own post ("Председатель: Министр иностранных дел X"), a Russian body's name capitalizes its first word only.
  return title.split(' ').every((w) => /^\p{Lu}/u.test(w) || TITLE_CONNECTORS.has(w) || (lowerBody && lexiconOfWord(w) !== en));
}

const INITIALS_ONLY = /^(?:\p{Lu}\p{Ll}?\.\s?){1,2}$/u;

/** How many of a run's last words a name may be: "Г.С. Тер-Аветисян" two, "Нодар Шалвович Гоциридзе" three, "Марат Сапар уулу" three. */
function nameSizes(words: readonly string[]): number[] {
  const last = words[words.length - 1]!;
  const before = words[words.length - 2] ?? '';
  // "В. А. Зеленский": two initials written apart are one name's.
  if (INITIALS_ONLY.test(before)) return /^\p{Lu}\p{Ll}?\.$/u.test(before) && /^\p{Lu}\p{Ll}?\.$/u.test(words[words.length - 3] ?? '') ? [3] : [2];
  // "… Рустамов Артур Тофик оглы": a family name may open a name that ends in a particle.
  if (isNameParticle(last)) return looksLikeFamilyName(words[words.length - 4] ?? '') ? [4, 3] : [3];
  if (isNameParticle(before)) return [4];
  if (isMiddlePatronymic(words.slice(-3))) return [3];
  return isPatronymic(last) ? [3, 2] : [2];
}

/** A body's noun of any lexicon, as a whole word: "Администрация", "Ministry". */
const BODY_NOUN_WORD = new RegExp(`^(?:${allWords((l) => l.bodyNouns).join('|')})$`, 'u');

/** "Администрация Президента Российской Федерации": a heading that opens with a body's noun names the body, not a post and its holder. */
function opensWithBodyNoun(title: string): boolean {
  return BODY_NOUN_WORD.test(title.split(' ')[0]!);
}

/**
 * "Minister of Finance Bolat Zhamishev", "Prime Minister Karim Masimov": a post, then a name of
 * two words (three when the last is a patronymic) that no body's word is part of.
 */
function titleThenName(head: string, lowerBody = false): { name: string; title: string } | null {
  const words = head.split(' ');
  if (words.length < 3 || words.length > 16) return null;
  for (const size of nameSizes(words)) {
    if (words.length - size < 1) continue;
    const name = words.slice(-size).join(' ');
    const title = words.slice(0, -size).join(' ');
    // "Возглавляет Совет Заместитель …": a clause with its verb is prose, no post's title.
    if (looksLikePersonName(name) && hasRoleWord(title) && isTitleOnly(title, lowerBody) && !opensWithBodyNoun(title) && !roleFault(title)) return { name, title };
  }
  return null;
}

/** Plural posts of a list ("Co-chairs: A; B", "Members: …") name each person's post in the singular. */
const PLURAL_ROLES: Record<string, string> = { chairs: 'chair', 'co-chairs': 'co-chair', members: 'member', deputies: 'deputy', secretaries: 'secretary', advisers: 'adviser', advisors: 'advisor', commissioners: 'commissioner', 'vice-chairs': 'vice-chair' };

function singularRole(role: string): string {
  const words = role.split(' ');
  // "Members", "Co-chairs", "State Advisers to the President": the plural post word, wherever it stands.
  const at = words.findIndex((w) => PLURAL_ROLES[w.toLowerCase()] !== undefined);
  if (at < 0) return role;
  const word = words[at]!;
  const singular = PLURAL_ROLES[word.toLowerCase()]!;
  words[at] = word[0] === word[0]!.toUpperCase() ? singular[0]!.toUpperCase() + singular.slice(1) : singular;
  return words.join(' ');
}

/** "назначен", "был утверждён": a passive appointment's verb, in the lexicons that write the post in the instrumental. */
const APPOINTED_AS = eachLexicon((l, { start, end }) => { const verbs = anyOf(l.personNames.appointedAs); return verbs ? `${start}${verbs}${end}` : null; });
/** "Секретарем Совета в сентябре 2004 г. назначен Карапетян Ашот Рубенович": post, (date), verb, name. */
const POST_APPOINTED_NAME = new RegExp(`^(\\p{Lu}.*?)\\s+${APPOINTED_AS}\\s+(${NAME})$`, 'u');
/** "Гурген Арамаисович Варданян назначен Премьер-министром в мае 2000 г.": name, verb, post, (date). */
const NAME_APPOINTED_POST = new RegExp(`^(${NAME})\\s+${APPOINTED_AS}\\s+(\\p{L}.*)$`, 'u');
/** What both shapes hold, a cheap test first: the verb between spaces (most lines have none). */
const APPOINTED_AS_CUE = new RegExp(`\\s${APPOINTED_AS}\\s`, 'u');
/** Where a post's words end and its date begins: a preposition before a date, or a number. */
const DATE_START = new RegExp(`\\s+(?:${eachLexicon(({ appointment: a }, { start, end }) => `${start}${anyOf(a.prepositions)}${end}`)}\\s+(?=[\\p{L}\\d])|(?=\\d))`, 'u');

/** A post in the instrumental back to the nominative, its role words only: "Главой Администрации" → "Глава Администрации". */
function nominativePost(post: string): string | null {
  const words = post.split(' ');
  const first = toNominative(words[0]!, 'instrumental');
  if (first === words[0] || !startsWithRoleWord(first)) return null;
  return [first, ...words.slice(1)].join(' ');
}

/** A passive appointment with the post in the instrumental: the holder, the post, and the date around them. */
function readAppointedAs(head: string): { name: string; titleText: string; startDate: string | null } | null {
  if (!APPOINTED_AS_CUE.test(head)) return null;
  const before = POST_APPOINTED_NAME.exec(head);
  const after = before ? null : NAME_APPOINTED_POST.exec(head);
  const name = before?.[2] ?? after?.[1];
  const postAndDate = before?.[1] ?? after?.[2];
  if (!name || !postAndDate || !looksLikePersonName(name)) return null;
  const split = DATE_START.exec(postAndDate);
  const post = split ? postAndDate.slice(0, split.index) : postAndDate;
  const title = nominativePost(post.trim());
  if (!title || !hasRoleWord(title)) return null;
  return { name, titleText: title, startDate: split ? firstDate(postAndDate.slice(split.index)) : null };
}

/** True when a bracket opened before `at` is still open there. */
const isInsideBrackets = (text: string, at: number) => insideBrackets(text.slice(0, at));

/** A predecessor's clause after a comma ("…, сменивший на этом посту Эку Квеселадзе"): said of the line, no part of its title or name. */
function successionClauseAt(head: string): number {
  let at = -1;
  if (!ANY_PREDECESSOR_PHRASE.test(head)) return at;
  for (const { pattern } of PREDECESSOR_PHRASES) {
    const match = pattern.exec(head);
    const comma = match ? head.slice(0, match.index).search(/\s*,\s*$/) : -1;
    if (comma > 0 && (at < 0 || comma < at)) at = comma;
  }
  return at;
}

/** The name and titles of a line's first sentence, by the template's shapes, or null. */
function readHead(head: string): Array<{ name: string; titleText: string; leadRole: string | null; startDate?: string | null }> | null {
  const appointed = readAppointedAs(head);
  if (appointed) return [{ ...appointed, leadRole: null }];
  // Each pattern needs its separator: most prose has neither a colon nor a dash.
  const colon = head.includes(':') ? ROLE_COLON.exec(head) : null;
  // "Петров Иван Ильич: Государственный секретарь Совета": the name before the colon, the post after.
  if (colon && !hasRoleWord(colon[1]!) && looksLikePersonName(colon[1]!.trim()) && startsWithRoleWord(colon[2]!) && !colon[2]!.includes(':')) {
    return [{ name: colon[1]!.trim(), titleText: colon[2]!, leadRole: null }];
  }
  // "Премьер-министра: X": a post in the genitive alone before a colon is no line's post (the rest of a phrase cut off before it).
  if (colon && hasRoleWord(colon[1]!) && !/[.!?]/.test(colon[1]!) && !isGenitiveSingularPost(colon[1]!.trim())) {
    // "Chair: A, title." and "Co-chairs: A, title; B, title." — one entry per person.
    const leadRole = singularRole(colon[1]!.trim());
    const entries: Array<{ name: string; titleText: string; leadRole: string | null }> = [];
    for (const part of colon[2]!.split(/\s*;\s*/)) {
      // "Members: A and B.", "Members: A, B and C.", "State Advisers: A (economy), B (foreign policy) and C (…)": names only, each with what it covers.
      const listed = splitOutsideParentheses(part.replace(/\s*[.;]\s*$/, '')).map((item) => /^(.+?)\s*\(([^()]+)\)$/.exec(item) ?? [item, item, '']);
      if (listed.length > 1 && listed.every((item) => looksLikePersonName(item[1]!))) {
        for (const item of listed) entries.push({ name: item[1]!, titleText: '', leadRole: item[2] ? `${leadRole} (${item[2]})` : leadRole });
        continue;
      }
      // "Head of the Administration: Leonid Sinitsyn (appointed in July, 1994)": the aside is read later.
      const aside = APPOINTED_ASIDE.exec(part)?.[0] ?? '';
      // "Секретарь: Петров Иван (2016–2018 гг.)": a closing remark of one entry is no part of its name.
      const remark = trailingRemark(stripTrailingPunctuation(part));
      const entry = ROLE_ENTRY.exec(stripTrailingPunctuation(part.replace(APPOINTED_ASIDE, ''))) ?? (remark && !remark.title ? ROLE_ENTRY.exec(stripTrailingPunctuation(part).slice(0, remark.at).trim()) : null);
      // "Председатель: Президент Грузии Нодар Гоциридзе": the holder's own post before the name.
      const titled = entry && looksLikePersonName(entry[1]!) ? null : titleThenName(stripTrailingPunctuation(part.replace(APPOINTED_ASIDE, '')), true);
      if (titled) {
        entries.push({ name: titled.name, titleText: `${titled.title}${aside}`, leadRole });
        continue;
      }
      if (!entry || !looksLikePersonName(entry[1]!)) return null;
      const rest = entry[2] ?? '';
      // "Members: A, B and C": a list of names with no titles.
      const names = rest && !hasRoleWord(rest) ? rest.split(/\s*,\s*|\s+and\s+/) : [];
      if (names.length && names.every(looksLikePersonName)) {
        for (const name of [entry[1]!, ...names]) entries.push({ name, titleText: '', leadRole });
      } else entries.push({ name: entry[1]!, titleText: `${rest}${aside}`, leadRole });
    }
    return entries.length ? entries : null;
  }
  if (ANY_DASH.test(head)) {
    const dash = NAME_DASH_TITLE.exec(head);
    if (dash && hasRoleWord(dash[2]!) && isTitleStart(dash[2]!) && looksLikePersonName(dash[1]!)) return [{ name: dash[1]!, titleText: dash[2]!, leadRole: null }];
    const written = TITLE_DASH_NAME.exec(lineAfterKeptStop(head));
    const reversed = written && isDescriptor(written[2]) && (!written[4] || isTitleStart(written[4])) ? written : null;
    // "Chairman – Viktor Yushchenko, President of Ukraine": the post here, then the person's own title.
    if (reversed && hasRoleWord(reversed[1]!) && isTitleStart(reversed[1]!) && looksLikePersonName(reversed[3]!)) {
      // "…, первый заместитель председателя — Мехрибан Алиева": another post and its holder after the comma are no post of this one's.
      const anothers = reversed[4] ? ANOTHER_HOLDER.test(reversed[4]) : false;
      const own = reversed[4] && !anothers ? nominativeAppositive(reversed[3]!, reversed[4]) : { name: reversed[3]!, title: '' };
      return [{ name: own.name, titleText: own.title ? `${reversed[1]!}, ${own.title}` : reversed[1]!, leadRole: null }];
    }
    // "Deputy Prime Minister – Head of the Government Staff – Sergei Sobyanin": two posts, then the name.
    const posts = POSTS_DASH_NAME.exec(head);
    const parts = posts ? posts[1]!.split(new RegExp(`\\s+${DASH}+\\s+`, 'u')) : [];
    if (posts && parts.length > 1 && parts.every(hasRoleWord) && looksLikePersonName(posts[2]!)) return [{ name: posts[2]!, titleText: parts.join(', '), leadRole: null }];
    // "Председатель Совета – Президент Кыргызской Республики Т.А. Токтогулов": the line's post, then the holder's own.
    const rest = TITLE_DASH_REST.exec(head);
    // (The holder's post may open in lower case: "Председатель Комиссии – руководитель Администрации … С.Н. Алекперов".)
    // (The line's post opens with a post's word: "К «газовому» лобби – главу Администрации … X" is prose.)
    const titled = rest && startsWithRoleWord(rest[1]!) && isTitleStart(rest[2]!) ? titleThenName(rest[2]!, true) : null;
    if (titled) return [{ name: titled.name, titleText: `${rest![1]!}, ${titled.title}`, leadRole: null }];
    if (dash && hasRoleWord(dash[2]!)) return null;
  }
  if (head.includes(',')) {
    const comma = NAME_COMMA_TITLE.exec(head);
    // "X, Chairman of the Saeima, represents the …": a clause after the title makes it prose, not a line.
    const parts = comma ? comma[2]!.replace(/\([^()]*\)/g, '').split(/\s*,\s*/) : [];
    // "Омуров Талант, советник по экономическим вопросам": one lower-case part that opens with a post's word is the title.
    const lowerTitle = parts.length === 1 && startsWithRoleWord(parts[0]!) && !/^\p{Lu}/u.test(parts[0]!);
    const clause = comma ? !lowerTitle && parts.some((part) => /^\p{Ll}/u.test(part)) : true;
    if (comma && !clause && hasRoleWord(comma[2]!) && looksLikePersonName(comma[1]!) && !/\b(?:is|was|has|are|were)\b/.test(comma[2]!)) {
      return [{ name: comma[1]!, titleText: comma[2]!, leadRole: null }];
    }
  }
  const verb = VERB_CUE.test(head) ? NAME_VERB_TITLE.exec(head) : null;
  const verbName = verb ? (verb[1] ?? verb[3])! : '';
  const verbTitle = verb ? (verb[2] ?? verb[4])! : '';
  if (verb && looksLikePersonName(verbName) && hasRoleWord(verbTitle)) return [{ name: verbName, titleText: verbTitle, leadRole: null }];
  const bare = titleThenName(withoutAside(head).trim());
  return bare ? [{ name: bare.name, titleText: bare.title, leadRole: null }] : null;
}

/** "первый заместитель председателя — Мехрибан Алиева": a post, a dash and a name at the end. */
const ANOTHER_HOLDER = new RegExp(`\\s${DASH}+\\s*${NAME}$`, 'u');

/**
 * "… (ПНА), основанная в 1992 г. Председатель партии — Ильхам Алиев": a full stop the splitter kept (after an
 * abbreviation) before a post's capitalized word starts the line; the prose before it is no part of its post.
 */
function lineAfterKeptStop(head: string): string {
  const stop = /^.*[.!?]\s+(?=\p{Lu})/su.exec(head);
  // ("И. о. Министра …": a dotted post's word ends no sentence.)
  const rest = stop && !ENDS_IN_DOTTED_POST_WORD.test(stop[0].trimEnd()) ? head.slice(stop[0].length) : '';
  return rest && startsWithRoleWord(rest) && ANY_DASH.test(rest) ? rest : head;
}

/** Each lexicon's endings of a post's noun in the genitive singular (lexicon `personNames.genitiveSingular`). */
const GENITIVE_SINGULAR = new Map(LEXICONS.map((l) => [l, l.personNames.genitiveSingular ? new RegExp(l.personNames.genitiveSingular, 'u') : null]));

/** True when a post's words open with its noun in the genitive singular: "Премьер-министра", "депутата Меджлиса". */
function isGenitiveSingularPost(post: string): boolean {
  const noun = post.split(/\s+/)[0] ?? '';
  return !!GENITIVE_SINGULAR.get(lexiconOfWord(noun))?.test(noun) && startsWithRoleWord(noun);
}

/**
 * "… – Сердара Бердымухамедова, депутата Меджлиса": a post after the name in the genitive singular puts the name
 * in the genitive too (apposition agrees); both back to the nominative. A name that reads the same in the genitive
 * ("Матвиенко") or a post that is no genitive singular («Члены Совета») stay as written.
 */
function nominativeAppositive(name: string, title: string): { name: string; title: string } {
  const [noun = '', ...body] = title.split(/\s+/);
  if (!isGenitiveSingularPost(noun)) return { name, title };
  const read = nominativeName(name, 'genitive');
  if (read === name) return { name, title };
  return { name: read, title: [toNominative(noun, 'genitive'), ...body].join(' ') };
}

/** "Петренко О.В" → "Петренко О.В.": an initial after a family name keeps the dot a line's end took. */
function withInitialsDot(name: string): string {
  return /\s(?:\p{Lu}\.)?\p{Lu}$/u.test(name) ? `${name}.` : name;
}

/** "и.о." at a sentence's end: an abbreviated post word ("и.о. Министра финансов"), no end of a sentence. */
const ENDS_IN_DOTTED_POST_WORD = new RegExp(`(?<![\\p{L}.])${eachLexicon((l) => anyOf(l.personNames.dottedPostWords) || null)}$`, 'u');

/** "– Греку Наталья Петровна – советник …", "• X – …": a list item's mark before a capitalized name is no part of the line. */
const LIST_MARK = /^\s*[\u2010-\u2015\u2212•·*-]\s+(?=\p{L})/u;

/** The text without its list mark, where a capitalized name or a post's word follows it ("• советник по … – X"). */
function withoutListMark(text: string): string {
  const mark = LIST_MARK.exec(text);
  if (!mark) return text;
  const rest = text.slice(mark[0].length);
  return /^\p{Lu}/u.test(rest) || startsWithRoleWord(rest) ? rest : text;
}

/** The sentences with each one that ends in an abbreviated post word joined to the next. */
export function joinAtDottedPostWords(sentences: readonly string[]): string[] {
  const joined: string[] = [];
  for (const sentence of sentences) {
    const last = joined[joined.length - 1];
    if (last !== undefined && ENDS_IN_DOTTED_POST_WORD.test(last)) joined[joined.length - 1] = `${last} ${sentence}`;
    else joined.push(sentence);
  }
  return joined;
}

/**
 * Reads a person line — every person it names — or returns an empty list when the text is not
 * one. The first sentence holds names and titles ("Name – Title", "Title – Name", "Name, Title",
 * "Title Name", "Chair: Name, Title", "Co-chairs: A, title; B, title"); later sentences may add
 * "appointed in …" and "was preceded at this post by …".
 */
/** "Эгил Левит, судья Суда Европейского союза – 61": a table's count after the last dash is no word of a title (a year or a date, or a range's end after a digit, stays). */
/** "– 351 222 голоса (21,50%)": a count of votes with its word, a spaced number, its share in brackets after it. */
const VOTE_WORD = eachLexicon((l) => anyOf(l.elections.voteWords));
const COUNT_CELL = new RegExp(`(?<=[\\p{L})»])\\s+${DASH}+\\s*(?!(?:19|20)\\d\\d$)\\d+(?:[\\s\\u00a0]\\d{3})*(?:[.,]\\d+)?\\s*(?:%|${VOTE_WORD})?(?:\\s*\\(\\s*\\d+(?:[.,]\\d+)?\\s*%\\s*\\))?$`, 'u');

export function parsePersonLines(text: string): PersonLine[] {
  return countedLines(withoutKinAside(text)).map((line) => ({ ...line, titles: line.titles.map(nominativeOpening) }));
}

/** A past post said of the person after a comma: "formerly Chairman …", and each lexicon's ("ранее возглавлявшая Министерство юстиции"). */
const FORMER_CLAUSE = eachLexicon((l) => {
  const past = l.postTerms.pastClause;
  return past.participles.length ? `(?:${anyOf(past.formerly) ?? '(?!)'}\\s+)?${anyOf(past.participles)}` : null;
});
const FORMERLY = new RegExp(`,\\s+(?:formerly|previously|former|ex-|${FORMER_CLAUSE})\\s`, 'u');

/** Each lexicon's kin word (any case) and a word or two of whose kin, closed by a comma: "зять Президента,", "старший сын Президента,". */
const KIN_ASIDE = eachLexicon((l) => (l.personNames.kinBefore.length ? `(?:\\p{Ll}+\\s+)?(?:${l.personNames.kinBefore.join('|')})(?:\\s+[^\\s,()]+){1,3}\\s*,` : null));
/** "Name – зять Президента, Post …": the kin before the post. */
const KIN_AFTER_DASH = new RegExp(`^(${NAME}\\s+${DASH}+\\s*)${KIN_ASIDE}\\s*(?=\\p{L})`, 'u');
/** "Name, старший сын Президента, – Post …": the kin between the name and the dash. */
const KIN_BEFORE_DASH = new RegExp(`^(${NAME}),\\s*${KIN_ASIDE}\\s*(?=${DASH})`, 'u');

/**
 * A person line with the holder's kin written beside the name ("Алиев Рахат – зять Президента, заместитель
 * Председателя Комитета …", "Виктор Лукашенко, старший сын Президента, – помощник Президента …"): the line
 * without it, the post after it read as the line's. The line as written where it has none.
 */
function withoutKinAside(text: string): string {
  const after = KIN_AFTER_DASH.exec(text);
  if (after) return `${after[1]}${text.slice(after[0].length)}`;
  const before = KIN_BEFORE_DASH.exec(text);
  return before ? `${before[1]} ${text.slice(before[0].length)}` : text;
}

/** Each lexicon's post nouns as whole words, either capital. */
const WHOLE_ROLE_NOUN = new RegExp(`^${eachLexicon((l) => anyOf(l.roles.nouns))}$`, 'iu');

/** "вице-премьер-министром по вопросам …" (a prose clause's "Post – Name" after its verb): the post's opening noun back in the nominative. */
function nominativeOpening(title: string): string {
  const [first = '', ...rest] = title.split(/\s+/);
  const ending = lexiconOfWord(first).personNames.postCases.instrumental;
  if (!ending || !new RegExp(ending, 'u').test(first)) return title;
  const noun = toNominative(first, 'instrumental');
  return noun !== first && WHOLE_ROLE_NOUN.test(noun) ? [noun.replace(/^\p{Ll}/u, (c) => c.toUpperCase()), ...rest].join(' ') : title;
}

function countedLines(text: string): PersonLine[] {
  const counted = COUNT_CELL.exec(stripTrailingPunctuation(text));
  if (!counted) return readPersonLines(text);
  // A candidate's row of a results table: a post with no body of its own ("омбудсмен") is no post of the section's body.
  return readPersonLines(text.slice(0, counted.index))
    .map((line) => ({ ...line, titles: line.titles.filter((title) => /\s/u.test(title.trim())) }))
    .filter((line) => line.titles.length > 0);
}

function readPersonLines(text: string): PersonLine[] {
  const sentences = joinAtDottedPostWords(splitSentences(withoutListMark(text)));
  let head = withoutRanks(stripTrailingPunctuation(sentences[0] ?? ''));
  if (head.length > 400) return [];
  let rest = sentences.slice(1).join(' ');
  const clause = successionClauseAt(head);
  if (clause > 0) {
    // "(с сентября 2008 года, сменил Y)": a clause inside the date's brackets leaves them closed.
    const inAside = isInsideBrackets(head, clause);
    const said = head.slice(clause).replace(/^\s*,\s*/, '');
    rest = `${inAside ? said.replace(/\)(?=[^)]*$)/u, '') : said} ${rest}`;
    head = `${head.slice(0, clause).trim()}${inAside ? ')' : ''}`;
  }
  // "…, Prime Minister (appointed …); he succeeded Y": what follows a semicolon is said of the line, not a title —
  // except in a list of people after a colon ("Co-chairs: A, title; B, title").
  const semicolon = outsideParentheses(head, ';');
  if (semicolon > 0 && !(head.includes(':') && head.indexOf(':') < semicolon && ROLE_ENTRY.test(stripTrailingPunctuation(head.slice(semicolon + 1).trim())))) {
    rest = `${head.slice(semicolon + 1)} ${rest}`;
    head = head.slice(0, semicolon).trim();
  }
  // ", who headed the Federal Security Service in 1999–2008": said of the person, no part of a title.
  const who = /,\s+who\s+/.exec(head);
  // Only after a line's own shape ("Post – Name (since …), who …"): prose with "who" stays prose.
  const shaped = who ? new RegExp(`\\s${DASH}+\\s|:`, 'u').test(head.slice(0, who.index)) : false;
  if (who && shaped && !head.slice(0, who.index).includes('(', head.slice(0, who.index).lastIndexOf(')') + 1)) {
    rest = `${head.slice(who.index + 1)} ${rest}`;
    head = head.slice(0, who.index).trim();
  }
  // "…, formerly Chairman of the National Assembly": a past post, said of the person, not one held.
  const formerly = FORMERLY.exec(head);
  // (Not inside an aside: "(сменил Y, занимавшего пост в 1998–2008 гг.)" is the aside's own.)
  if (formerly && !insideBrackets(head.slice(0, formerly.index)) && outsideParentheses(head.slice(formerly.index), ')') < 0) {
    rest = `${head.slice(formerly.index + 1)} ${rest}`;
    head = head.slice(0, formerly.index).trim();
  }
  // "… (наука, образование), в апреле 2012 г.": a start after a portfolio's brackets, read and dropped.
  const datedAfter = DATE_AFTER_BRACKETS.exec(head);
  const afterDate = datedAfter ? firstDate(`in ${datedAfter[1]!}`) : null;
  if (afterDate) head = head.slice(0, datedAfter!.index + 1);
  // A closing remark is no part of a title: "(for life, under the law of July 2018)", "(Democratic Party)".
  // (Not in a list after a colon, whose items each have their own: "Advisers: A (economy), B (foreign policy)".)
  const remark = head.includes(':') ? null : trailingRemark(head);
  // "заместитель Председателя … (нефтегазовый комплекс)": a deputy's field, kept in the title as its portfolio.
  const portfolio = remark && !remark.title ? portfolioOf(TRAILING_ASIDE.exec(head)?.[1] ?? '') : null;
  // "– и.о. Президента (24 марта 2005 г., одни сутки)": a remark that is a term dates the line's last post.
  const remarkTerm = remark && !remark.title ? termOfAside(TRAILING_ASIDE.exec(head)?.[1] ?? '') : null;
  // (In a list after a colon too, where each entry keeps its own remark.)
  const remarkText = head.includes(')') ? (TRAILING_ASIDE.exec(head)?.[0] ?? '') : '';
  const asideTitled = remark ? titleInAside(head) : null;
  if (asideTitled) return [{ ...asideTitled, leadRole: null, startDate: null, predecessor: predecessorIn(rest), datedTitle: 0 }];
  if (remark) head = head.slice(0, remark.at).trim();
  // An aside with the date: "(since January 2005)", "(approved by the Rada on February 4, 2005)".
  const aside = head.includes('(') ? (APPOINTED_ASIDE.exec(head)?.[0] ?? '') : '';
  const entries = readHead(withoutAside(head).trim());
  if (!entries) return [];
  // "(сменил Вардана Осканяна, …)": a remark dropped from the title may still name the predecessor.
  const predecessor = predecessorIn(`${aside} ${remarkText} ${rest}`);
  const lines = entries.map(({ name: read, titleText, leadRole, startDate: written }, index): PersonLine => {
    const name = withInitialsDot(read);
    const since = SINCE_TAIL.exec(titleText)?.[0] ?? '';
    const { titles, term } = termsOfTitles(splitTitles(withoutAside(titleText).replace(SINCE_TAIL, '').replace(APPOINTED_TAIL, '').trim()), entries.length === 1 ? remarkTerm : null);
    if (leadRole) titles.unshift(...leadRole.split(POSTS_JOINED).flatMap(splitTitles));
    if (term && !leadRole) return { name, titles, leadRole, startDate: term.startDate ?? written ?? null, predecessor: index === 0 ? predecessor : null, datedTitle: term.index, endDate: term.endDate };
    // "(Minister of Foreign Affairs since July 2001)": the date of the post the aside names.
    const datedTitle = remark?.title ? titles.findIndex((t) => sameTitle(t, remark.title!)) : -1;
    if (datedTitle >= 0 && entries.length === 1) return { name, titles, leadRole, startDate: remark!.date, predecessor: index === 0 ? predecessor : null, datedTitle };
    const startDate = written ?? appointmentDate(titleText) ?? (entries.length === 1 ? (appointmentDate(aside) ?? appointmentDate(rest, APPOINTED_LATER)) : null);
    const formerTitles = entries.length === 1 ? formerTitlesIn(aside) : [];
    return { name, titles, leadRole, startDate: startDate ?? (since ? appointmentDate(since) : null), predecessor: index === 0 ? predecessor : null, datedTitle: 0, ...(formerTitles.length ? { formerTitles } : {}) };
  });
  if (lines.length !== 1) return lines;
  const laterTitles = laterTitlesIn(remarkText);
  return lines.map((line) => withPortfolio({ ...line, startDate: line.startDate ?? afterDate, ...(laterTitles.length ? { laterTitles } : {}) }, portfolio));
}

/** "), в апреле 2012 г.", "), since May 2010": a date after a line's closing brackets, its words before the year. */
const DATE_AFTER_BRACKETS = regExp(`(?<=\\))\\s*,\\s*(?:${eachLexicon((l) => anyOf(l.yearPrepositions))})\\s+((?:\\d{1,2}\\s+)?(?:\\p{L}+\\s+)?\\d{4}(?:\\s*(?:гг?\\.?|года?))?)\\s*$`, 'u');

/** A post that has a portfolio: a deputy's (lexicon `roles.portfolioPosts`). */
const PORTFOLIO_POST = regExp(`^${eachLexicon((l) => anyOf(l.roles.portfolioPosts))}(?![\\p{L}])`, 'u');

/** A field in brackets: lower-case words, commas and "и"/"and" only, no post ("нефтегазовый комплекс", "наука, образование, культура"). */
function portfolioOf(inner: string): string | null {
  const text = inner.trim();
  return /^\p{Ll}[\p{Ll}\s,-]{2,80}$/u.test(text) && !hasRoleWord(text) && !NOT_PORTFOLIO.test(text) ? text : null;
}
const NOT_PORTFOLIO = regExp(eachLexicon((l) => anyOf(l.roles.notPortfolio)), 'iu');

/** The line's last title with its portfolio, where that title is a deputy's. */
function withPortfolio(line: PersonLine, portfolio: string | null): PersonLine {
  const last = line.titles.length - 1;
  if (!portfolio || last < 0 || !PORTFOLIO_POST.test(line.titles[last]!)) return line;
  return { ...line, titles: line.titles.map((t, i) => (i === last ? `${t} (${portfolio})` : t)) };
}

const TRAILING_ASIDE = /\s*\(([^()]*)\)\s*$/;

/** "одновременно и.о. Премьер-министра", "also Minister of …": a second post's opening word (lexicon `roleTables.alsoHolds`). */
const ALSO_OPENING = regExp(`^(?:${eachLexicon((l) => anyOf(l.roleTables.alsoHolds))})\\s+(?=\\p{L})`, 'iu');
/** A title's own start at its end, when a comma and another title follow it: "исполняющий обязанности Президента с 25 марта 2005 г". */
const OWN_SINCE_TAIL = regExp(`\\s+${SINCE}\\s+(?=\\p{L}+,?\\s+\\d{4}|\\d)[^,;()]*\\d{4}[^,;()]*$`, 'iu');

/**
 * A line's titles without what is said of them: an "also" word opening one, a start closing one,
 * and a term in brackets (its first, or the line's closing remark of the last title): the term and
 * which title it dates.
 */
function termsOfTitles(written: string[], remarkTerm: AsideTerm | null): { titles: string[]; term: (AsideTerm & { index: number }) | null } {
  let term: (AsideTerm & { index: number }) | null = null;
  const titles = written.map((title, index) => {
    const plain = title.replace(ALSO_OPENING, '').replace(OWN_SINCE_TAIL, '').trim();
    const split = titleWithoutTerm(plain);
    if (split && !term) term = { ...split.term, index };
    return split?.title ?? plain;
  });
  if (!term && remarkTerm && titles.length) term = { ...remarkTerm, index: titles.length - 1 };
  return { titles, term };
}
const NAME_THEN_ASIDE = new RegExp(`^(${NAME})\\s*\\(([^()\\d]+)\\)$`, 'u');

/**
 * "Анвар Юсупов (государственный советник Президента по вопросам экономики)": a name alone, its post
 * in parentheses, as a list under a heading gives them; no date inside (a term is prose's).
 */
function titleInAside(head: string): { name: string; titles: string[] } | null {
  const match = NAME_THEN_ASIDE.exec(head);
  const [name = '', inner = ''] = match ? [match[1]!, match[2]!.trim()] : [];
  if (!match || !startsWithRoleWord(inner) || !looksLikePersonName(name) || roleFault(inner)) return null;
  return { name, titles: splitTitles(inner) };
}
/** "Minister of Foreign Affairs since July 2001" inside an aside: a post and when it was taken. */
const TITLE_SINCE = regExp(`^(.*?\\S)\\s+${SINCE}\\s+(.+)$`, 'iu');

/**
 * The closing parenthesis of a line when it is no appointment aside: a remark to drop, or a post
 * with its start ("(Minister of Foreign Affairs since July 2001)"). Null for "(appointed …)", which
 * the line's own rules read, and for a line without one.
 */
export function trailingRemark(head: string): { at: number; title: string | null; date: string | null } | null {
  const match = head.includes(')') ? TRAILING_ASIDE.exec(head) : null;
  if (!match || match.index === 0 || APPOINTED_ASIDE.test(match[0])) return null;
  const inner = match[1]!.trim();
  const titled = TITLE_SINCE.exec(inner);
  if (titled && hasRoleWord(titled[1]!)) return { at: match.index, title: titled[1]!, date: appointmentDate(`since ${titled[2]!}`) };
  // An abbreviation or a name in brackets is part of what precedes it: "Ministry of Defence (MoD)".
  if (/^(?=(?:\P{Lu}*\p{Lu}){2})\p{Lu}[\p{L}\d-]{1,9}$/u.test(inner)) return null;
  return { at: match.index, title: null, date: null };
}

const sameTitle = (a: string, b: string) => a.toLowerCase().replace(/\s+/g, ' ') === b.toLowerCase().replace(/\s+/g, ' ');

/** A list's items at its commas and "and"s outside parentheses: "A (x, y), B and C" → A (x, y) | B | C. */
function splitOutsideParentheses(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '(') depth += 1;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ',' || text.startsWith(' and ', i))) {
      items.push(text.slice(from, i).trim());
      from = c === ',' ? i + 1 : i + 5;
    }
  }
  items.push(text.slice(from).trim());
  return items.filter(Boolean);
}

/** The first `char` not inside parentheses, or -1. */
function outsideParentheses(text: string, char: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '(') depth += 1;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === char && depth === 0) return i;
  }
  return -1;
}

/** The first person a person line names, or null when the text is not one. */
export function parsePersonLine(text: string): PersonLine | null {
  return parsePersonLines(text)[0] ?? null;
}

const CAPITALIZED_PAIR = new RegExp(`${NAME_WORD}\\s+${NAME_WORD}`, 'u');

/**
 * A line that looks like it names a person and a post but that no shape above reads: a dash or a
 * colon, a post's word, and a capitalized pair of words. Kept as a warning, never dropped.
 */
export function looksLikePersonLine(text: string): boolean {
  if (text.length > 200 || !hasRoleWord(text) || text.trimEnd().endsWith(':')) return false;
  const [head = ''] = splitSentences(text);
  const separated = / [-\u2010-\u2015\u2212] |[\u2013\u2014]|:\s*\p{Lu}/u.test(head);
  return separated && CAPITALIZED_PAIR.test(head) && splitSentences(text).length <= 2;
}

/** A "Name – Post" line rewritten from a past verb phrase, and the term its span gives. */
export interface PastPostLine {
  /** "Паулаускас Артурас – исполняющий обязанности Президента": the line an acting post's reader takes. */
  line: string;
  startDate: string | null;
  endDate: string | null;
}

/** Each lexicon's line of a past post: the name and dash, the verb phrase, the post (then a span, a capacity). */
const PAST_POST_LINES = LEXICONS.map((l) => ({
  verbs: l.pastPostLines.verbs.map((v) => ({ pattern: regExp(`^(.+?\\s${DASH}+\\s*)${v.pattern}\\s+(.+)$`, 'iu'), title: v.title })),
  spanStart: regExp(`\\s${anyOf(l.pastPostLines.spanFrom) ?? '(?!)'}\\s`, 'gu'),
  capacity: regExp(`\\s+${anyOf(l.pastPostLines.capacity) ?? '(?!)'}\\s+\\p{Lu}.*$`, 'u'),
}));

/**
 * "Паулаускас Артурас – исполнял обязанности Президента с апреля по июль 2004 года как Председатель Сейма":
 * a line whose post is a past verb phrase, as the acting post's line ("… – исполняющий обязанности
 * Президента") with the span's start and end (`termOfSpan`: 2004-04, 2004-07), the post it was held as
 * dropped. Null for any other line, or a span that is no two dates.
 */
export function readPastPostLine(text: string): PastPostLine | null {
  for (const { verbs, spanStart, capacity } of PAST_POST_LINES) {
    const verb = verbs.map((v) => ({ m: v.pattern.exec(text), title: v.title })).find((v) => v.m);
    if (!verb?.m) continue;
    const [, head, written] = verb.m as unknown as [string, string, string];
    const rest = stripTrailingPunctuation(written).replace(capacity, '');
    // The span opens at the last "с" of the post ("… в соответствии с …" may come before it).
    const at = [...rest.matchAll(spanStart)].at(-1)?.index;
    const term = at === undefined ? null : termOfSpan(rest.slice(at + 1));
    // A start alone ("… с апреля 2004 года") or a span that is no two dates: not a past post's term this reads.
    if (at !== undefined && !term) return null;
    const post = rest.slice(0, at).trim();
    if (!post) return null;
    return { line: `${head}${verb.title} ${post}`, startDate: term?.startDate ?? null, endDate: term?.endDate ?? null };
  }
  return null;
}

/** A clause after a line's post that tells a dated event: a full day, no post's word, no dash. */
function isEventClause(clause: string): boolean {
  return /^[\p{Ll}\d]/u.test(clause) && !hasRoleWord(clause) && !new RegExp(`\\s${DASH}`, 'u').test(clause) && findDates(clause).some((d) => d.date.length >= 10);
}

/**
 * The clauses of a "Name – Post …" line after a ";" that tell a dated event of its person ("Роландас Паксас –
 * Президент с февраля 2003 года; 6 апреля 2004 года отрешён Сеймом от должности в порядке импичмента"): each
 * as a sentence whose subject is the line's person ("Роландас Паксас 6 апреля 2004 года отрешён …."), for
 * the event rules. Empty for a line with no such clause.
 */
export function lineEventClauses(text: string, name: string): string[] {
  const [head = '', ...clauses] = text.split(/\s*;\s*/u);
  if (!clauses.length || !new RegExp(`\\s${DASH}+\\s`, 'u').test(head)) return [];
  return clauses.map((clause) => stripTrailingPunctuation(clause.trim())).filter(isEventClause).map((clause) => `${name} ${clause}.`);
}

/** Each lexicon's clause of a later holder of a line's post: "с 29.10.2020 – Name", "в декабре 2021 года Председателем Парламента избран Name". */
const LATER_HOLDERS = LEXICONS.map((l) => ({
  since: regExp(`^${anyOf(l.appointment.since) ?? '(?!)'}\\s+(\\S.{2,30}?)\\s+${DASH}+\\s*(${NAME})$`, 'u'),
  chosen: regExp(`^(?:${anyOf(l.appointment.during) ?? '(?!)'}\\s+)?(\\S.{2,30}?\\d{4}(?:\\s+\\p{Ll}{1,4}\\.?)?)\\s+(\\p{Lu}[^,;]*?)\\s+${anyOf(l.appointment.verbs) ?? '(?!)'}\\s+(${NAME})$`, 'u'),
  // "в 2002–2005 гг. эту должность занимал Мисир Ашыркулов": an earlier holder, the same post by "this".
  earlier: regExp(`^(?:${anyOf(l.appointment.during) ?? '(?!)'}\\s+)?(\\d{4}\\s*[\\u2010-\\u2015-]\\s*\\d{4}(?:\\s+\\p{Ll}{1,4}\\.?)?)\\s+${anyOf(l.postTerms.thisWords) ?? '(?!)'}\\s+${anyOf(l.postTerms.postNouns) ?? '(?!)'}\\s+${anyOf(l.postTerms.heldVerbs) ?? '(?!)'}\\s+(${NAME})$`, 'u'),
  stem: l.stem,
}));

/** The same post written in another case: each word's stem the same ("Председателем Парламента" is "Председатель Парламента"). */
function samePostWords(written: string, title: string, stem: (word: string) => string): boolean {
  const stems = (text: string) => text.split(/\s+/).map(stem).join(' ').toLowerCase();
  return stems(written) === stems(title);
}

/**
 * The holders a line names after its own, each in a clause after a ";" ("Государственный секретарь: X (с
 * сентября 2020-го); с 29.10.2020 – Вольфович Александр Григорьевич", "Председатель Парламента – X (до ноября
 * 2021 года); в декабре 2021 года Председателем Парламента избран Шалва Папуашвили"): each a line of the
 * same post, from the clause's date; an earlier holder's clause ("…; в 2002–2005 гг. эту должность занимал
 * Мисир Ашыркулов") a line of the same post over its span. Empty for a line with none.
 */
export function laterHolderLines(text: string, first: PersonLine): PersonLine[] {
  const title = first.titles[0];
  const [head = '', ...clauses] = stripTrailingPunctuation(text).split(/\s*;\s*/u);
  if (!title || !clauses.length || !head.includes(first.name)) return [];
  const lines: PersonLine[] = [];
  for (const clause of clauses) {
    for (const { since, chosen, earlier, stem } of LATER_HOLDERS) {
      const before = earlier.exec(clause);
      const term = before ? termOfAside(before[1]!) : null;
      if (before && term?.endDate && looksLikePersonName(before[2]!)) lines.push({ name: before[2]!, titles: [title], leadRole: first.leadRole, startDate: term.startDate, endDate: term.endDate, predecessor: null, datedTitle: 0 });
      const after = since.exec(clause);
      const elected = after ? null : chosen.exec(clause);
      // "Председателем Парламента избран X": the line's own post, its first word back from the instrumental.
      const same = elected ? samePostWords(nominativeOpening(elected[2]!), title, stem) : false;
      const name = after?.[2] ?? (same ? elected![3] : undefined);
      const date = firstDate((after ?? elected)?.[1] ?? '');
      if (name && date && looksLikePersonName(name)) lines.push({ name, titles: [title], leadRole: first.leadRole, startDate: date, predecessor: first.name, datedTitle: 0 });
    }
  }
  return lines;
}

/** Each lexicon's clause of the post held now: "ныне – президент компании …", "now – Chairman of …". */
const NOW_POSTS = LEXICONS.map((l) => regExp(`^${anyOf(l.pastPostLines.now) ?? '(?!)'}\\s+${DASH}+\\s*(\\p{L}.+)$`, 'iu'));

/**
 * The post a line says its holder holds now, in a clause after its own ("Балгимбаев Нурлан – Премьер-Министр с
 * 1997 г. по 1999 г., отправлен в отставку; ныне – президент компании «Казахойл»"): a line of that post. Empty for a line with none.
 */
export function nowPostLines(text: string, first: PersonLine): PersonLine[] {
  const [head = '', ...clauses] = stripTrailingPunctuation(text).split(/\s*;\s*/u);
  if (!clauses.length || !head.includes(first.name)) return [];
  const posts = clauses.map((clause) => NOW_POSTS.map((pattern) => pattern.exec(clause)?.[1]).find(Boolean)).filter((post): post is string => !!post && startsWithRoleWord(post));
  return posts.map((post) => ({ name: first.name, titles: [post], leadRole: null, startDate: null, predecessor: null, datedTitle: 0 }));
}
