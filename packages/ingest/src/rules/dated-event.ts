/**
 * Dated events that are no vote: a head's inauguration ("7 мая 2008 года состоялась инаугурация
 * Д.А. Медведева", "X was sworn in on …"), a resignation ("7 декабря 2015 года Страуюма объявила об
 * отставке"), a death ("21 декабря 2006 года скончался первый Президент Туркменистана X"), an
 * upheaval ("был свергнут режим Курманбека Бакиева", "сторонники оппозиции захватили Белый дом") and a
 * decision ("Указом Президента от 9 марта 2004 г. …", "Парламент 175 голосами утвердил поправки к
 * Конституции", "Конституционный суд признал …"). The words are the lexicon's (`datedEvents`); each
 * event needs a date in its clause (or one opening its sentence), and keeps its clause without the
 * date as its title.
 */
import { allWords, anyOf, LEXICONS, nameToNominative, type DatedEventKind, type GrammaticalCase, type Lexicon } from '../lexicon/index.js';
import { isCountryInCase } from '../country-names.js';
import { regExp } from '../regexp.js';
import { candidateName } from './candidates.js';
import { datedSentences, findDates, withYears, type DateMatch } from './dates.js';
import { votesOf } from './election-counts.js';
import { failedVoteTitle, insideBrackets } from './failed-vote.js';
import { NAME_PARTICLE, NAME_WORD } from './person-name.js';

/** Every lexicon's words or endings of one kind as one group (lexicon `wordForms`), or a group that matches nothing. */
function forms(field: keyof Lexicon['wordForms']): string {
  return anyOf(allWords((l) => l.wordForms[field])) ?? '(?!)';
}

/** A dated event the prose reports that is no vote. */
export interface DatedEventMention {
  kind: DatedEventKind;
  date: string;
  /** Whom it is about, as written and back in the nominative: "Д.А. Медведев", "Страуюма"; null where no name is given. */
  person: string | null;
  /** The head of state's office where the clause names it, or the words are a head's alone ("инаугурация"): "President"; else null. */
  office: 'President' | null;
  /** Its clause without the date: "В Большом Кремлёвском дворце состоялась инаугурация Д.А. Медведева". */
  title: string;
  /** A body's count of votes for a decision ("Парламент 175 голосами утвердил поправки"); null where none is given. */
  votes: number | null;
  /** The sentence it came from. */
  text: string;
}

interface Trigger {
  kind: DatedEventKind;
  /** The words are a head of state's alone ("инаугурация"): the event is that office's. */
  headsOnly: boolean;
  pattern: RegExp;
  person: 'subject' | 'object' | 'none' | 'candidacy';
  grammaticalCase: GrammaticalCase;
  lexicon: Lexicon;
}

const TRIGGERS: readonly Trigger[] = LEXICONS.flatMap((lexicon) =>
  lexicon.datedEvents.triggers.map((t) => ({ kind: t.kind, headsOnly: t.headsOnly ?? false, pattern: regExp(t.pattern, 'gu'), person: t.person, grammaticalCase: t.case ?? 'nominative', lexicon })),
);

/** Every lexicon's trigger words at once: a quick test that a sentence may hold an event. */
const ANY_TRIGGER = regExp(LEXICONS.flatMap((l) => l.datedEvents.triggers.map((t) => t.pattern)).join('|'), 'u');

const byLexicon = new Map(
  LEXICONS.map((l) => [
    l,
    {
      headOfState: regExp(l.datedEvents.headOfState, 'u'),
      span: regExp(`(?:^|[\\s(,])(?:${l.datedEvents.spanWords.join('|') || '(?!)'})\\s+$`, 'iu'),
      spanStart: regExp(`^(?:${l.datedEvents.spanWords.join('|') || '(?!)'})\\s`, 'iu'),
      negation: regExp(`(?:^|\\s)(?:${l.datedEvents.negations.join('|') || '(?!)'})\\s+$`, 'iu'),
      // "…, и 25 марта 2014 года Президент подписал указ": a part after a comma and a conjunction, opened by its own day.
      partStart: regExp(`,\\s*(?:(?:${l.datedEvents.connectors.join('|') || '(?!)'})\\s+)?$`, 'iu'),
      // "не 3 апреля", "не в марте": a day the sentence denies.
      deniedDay: regExp(`(?:^|[\\s(,])(?:${l.datedEvents.negations.join('|') || '(?!)'})\\s+(?:\\p{Ll}{1,2}\\s+)?$`, 'iu'),
      aside: regExp(`^\\s*(?:${l.datedEvents.asides.join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'u'),
      connector: regExp(`^\\s*(?:${l.datedEvents.connectors.join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'iu'),
      coordinator: regExp(`^\\s*(?:${l.datedEvents.coordinators.join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'iu'),
      sameDay: regExp(l.datedEvents.sameDay.join('|') || '(?!)', 'iu'),
      headsBody: regExp(l.datedEvents.headsBody.join('|') || '(?!)', 'u'),
      referendum: regExp(l.datedEvents.referendum.join('|') || '(?!)', 'iu'),
      otherPost: regExp(l.datedEvents.otherPost || '(?!)', 'u'),
      appointment: regExp(l.datedEvents.appointments.join('|') || '(?!)', 'u'),
      future: regExp(l.datedEvents.future.join('|') || '(?!)', 'u'),
      partJoint: regExp(`(?:,\\s*|\\s)(?:${l.datedEvents.partJoints.join('|') || '(?!)'})\\s+$`, 'u'),
      proposals: l.datedEvents.proposals.map(([pattern, grammaticalCase]) => ({ pattern: regExp(pattern, 'u'), grammaticalCase })),
    },
  ]),
);

/** A name: initials and a family name ("Д.А. Медведева", "К. С. Бакиев"), or capitalized words with a father's particle among them. */
// An initial ("Т.") opens a run of its own: "Президент Т. Ким" holds the runs "Президент" and "Т. Ким".
const NAME_RUN = `(?:(?:\\p{Lu}\\.\\s?){1,2}${NAME_WORD}|${NAME_WORD}(?:\\s+(?:(?!\\p{Lu}\\.)${NAME_WORD}|${NAME_PARTICLE}(?![\\p{L}\\p{N}]))){0,4})`;
const RUNS = new RegExp(NAME_RUN, 'gu');
/** The name right after an event's words, past up to three lower-case words (the object's case: "инаугурация Д.А. Медведева"). */
const RUN_AFTER = new RegExp(`^\\s*(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}?(${NAME_RUN})(?![\\p{L}\\p{N}])`, 'u');
/** How many words may stand between a verb and its subject after it: a title and its body ("скончался первый Президент республики X"). */
const SUBJECT_AFTER_WORDS = 5;

/** The subject right after its verb, past a title of up to five words: the first run that is a person's name. */
function subjectAfter(after: string): string | null {
  for (const m of after.matchAll(RUNS)) {
    if (after.slice(0, m.index).trim().split(/\s+/).filter(Boolean).length > SUBJECT_AFTER_WORDS) return null;
    // A run ending in a word of a name's middle ("Президент республики"): its last capital may still lead the name.
    const name = personOf(m[0], 'nominative');
    if (name && !isMonthOrWeekday(name)) return name;
  }
  return null;
}
/** A run of initials: they are kept as written. */
const INITIALS_RUN = /^(?:\p{Lu}\.\s?){1,2}/u;

/** Where a clause starts and ends: at a `;`, or a full stop before a capital that is no initial's ("К.С. Бакиев"). */
const CLAUSE_START = /;\s*|(?<!(?:^|[\s.])\p{Lu})[.!?]\s+(?=\p{Lu})/gu;
const CLAUSE_END = /;/;

function clauseAround(sentence: string, at: number): { from: number; to: number } {
  let from = 0;
  // Not inside brackets: "(в мае 2018 г. Медведев был назначен повторно)" is an aside of the clause.
  // The whole sentence, so that a cut's lookahead sees the word after it; only cuts before `at` count.
  for (const cut of sentence.matchAll(CLAUSE_START)) if (cut.index + cut[0].length <= at && !insideBrackets(sentence.slice(0, cut.index))) from = cut.index + cut[0].length;
  const end = sentence.slice(at).search(CLAUSE_END);
  return { from, to: end < 0 ? sentence.length : at + end };
}

/** A name as a person's: without the title before it; null for a body or a title alone ("Новый Президент"). */
function personOf(run: string, grammaticalCase: GrammaticalCase): string | null {
  const initials = INITIALS_RUN.exec(run);
  const name = initials ? run : candidateName(run);
  if (!name) return null;
  const words = name.split(/\s+/);
  return nameToNominative(words, grammaticalCase).join(' ');
}

const NOT_NAME_WORDS = new Set(LEXICONS.flatMap((l) => l.notNameWords));

/** "Правительство Кыргызстана", "Правительство Республики Молдова": a body's place, not its head. */
function namesPlace(head: string): boolean {
  const first = head.split(/\s+/)[0] ?? '';
  return isCountryInCase(first) || NOT_NAME_WORDS.has(first.toLowerCase());
}

/**
 * The subject before the event's words, in its clause: the last name of the last part between
 * commas that is no aside ("Президент Эдуард Шеварднадзе, занимавший этот пост с 1995 г., ушёл в
 * отставку" → Эдуард Шеварднадзе).
 */
function subjectBefore(prefix: string, words: SubjectWords): string | null {
  const { aside, connector, coordinator, headsBody } = words;
  const parts = prefix.split(',');
  // A part of no name opened by a conjunction ("…, а 9 июня 2016 года подала в отставку") shares the
  // earlier part's subject: its first name, not the last one (an object: "о роспуске Сейма").
  let shared = false;
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!;
    if (!/\p{Lu}/u.test(part) && coordinator.test(part)) shared = true;
    // An aside, or nothing but a date's leftovers between the last comma and the verb ("…, 14 октября 2002 г. ушёл").
    if ((i > 0 && (aside.test(part) || isApposition(part, parts[i - 1]!, connector))) || !/\p{Lu}/u.test(part)) continue;
    // Dates and numbers are no names: "1 марта 2008-го", "№ 314".
    const runs = [...part.matchAll(RUNS)].map((m) => m[0]).filter((r) => !/^\p{Lu}\p{Ll}*$/u.test(r) || !isMonthOrWeekday(r));
    for (const run of shared ? runs : runs.reverse()) {
      // "Правительство Дмитрия Медведева": its head, back from the genitive.
      const head = headsBody.test(run) ? run.replace(headsBody, '').trim() : null;
      // The body itself is the subject where it is named by its place: the event has no person.
      if (head && namesPlace(head)) return null;
      const name = head === null ? personOf(run, 'nominative') : head ? personOf(head, 'genitive') : null;
      if (name) return name;
    }
    // The subject's part is the last one that is no aside: an earlier one names someone else.
    return null;
  }
  return null;
}

/** The words `subjectBefore` reads a clause's parts by. */
interface SubjectWords {
  aside: RegExp;
  connector: RegExp;
  coordinator: RegExp;
  headsBody: RegExp;
}

/** A part that opens with a lower-case noun after a part ending in a name: "Эгил Левит, юрист и один из авторов …, принёс присягу". */
function isApposition(part: string, before: string, connector: RegExp): boolean {
  return /^\s*\p{Ll}/u.test(part) && !connector.test(part) && /\p{Lu}[\p{Ll}-]+\s*$/u.test(before);
}

/** Month names are capitalized in English ("On March 5"): never a person. */
function isMonthOrWeekday(word: string): boolean {
  return LEXICONS.some((l) => l.months.some((m) => regExp(`^(?:${m})$`, 'iu').test(word)));
}

/** The date of an event's clause: the one opening it, else the nearest to its words that is no span's; else one opening the sentence; never a day denied. */
function eventDate(sentence: string, clause: { from: number; to: number }, at: number, end: number, span: { span: RegExp; spanStart: RegExp; sameDay: RegExp; deniedDay: RegExp; partStart: RegExp }): DateMatch | null {
  const dates = findDates(sentence).filter((d) => !span.deniedDay.test(sentence.slice(Math.max(0, d.index - 16), d.index)));
  // A span's date, its word before it or within it ("с 1995"): when a post began, not the event.
  const spans = (d: DateMatch) => span.span.test(sentence.slice(Math.max(clause.from, d.index - 12), d.index)) || span.spanStart.test(d.text);
  // A date after the words past a comma is another clause's ("… объявил об отставке, однако 30 мая Рада …").
  const later = (d: DateMatch) => d.index > at && sentence.slice(Math.min(end, d.index), d.index).includes(',');
  const inClause = dates.filter((d) => d.index >= clause.from && d.index < clause.to && !spans(d) && !later(d));
  // "… и 25 апреля 2021 года подал в отставку": a day right before the words is theirs, whatever opened the clause.
  const right = inClause.find((d) => d.index < at && d.date.length >= 10 && RIGHT_BEFORE.test(sentence.slice(d.index + d.text.length, at)));
  if (right) return right;
  // "18 марта … вышла из коалиции, и 25 марта 2014 года Президент подписал указ …": the day opening the words' own part, no comma after it.
  const part = inClause.filter((d) => d.index < at && !sentence.slice(d.index, at).includes(',') && span.partStart.test(sentence.slice(clause.from, d.index))).at(-1);
  if (part) return part;
  // "…; в тот же день уходящий президент ввёл …": the last day of the clauses before.
  if (!inClause.length && span.sameDay.test(sentence.slice(clause.from, at))) return dates.filter((d) => d.index < clause.from && d.date.length >= 10).at(-1) ?? null;
  const opening = inClause.find((d) => /^[\s\u2013\u2014•*-]*(?:\p{L}{1,3}\s+)?$/u.test(sentence.slice(clause.from, d.index)));
  if (opening) return opening;
  if (inClause.length) {
    const finest = Math.max(...inClause.map((d) => d.date.length));
    return [...inClause].filter((d) => d.date.length === finest).sort((x, y) => Math.abs(x.index - at) - Math.abs(y.index - at))[0]!;
  }
  const first = dates[0];
  return first && clause.from > 0 && /^[\s\u2013\u2014•*-]*(?:\p{L}{1,3}\s+)?$/u.test(sentence.slice(0, first.index)) ? first : null;
}

/** Between a day and the event's words when that day is theirs: its year's word at most ("25 апреля 2021 года подал"). */
const RIGHT_BEFORE = new RegExp(`^\\s*(?:${forms('yearAbbreviation')}|${forms('yearNoun')}|${forms('yearLocative')})?\\s*$`, 'u');

/** Between a noun's words and a date: only its name, a title's words before it, a short preposition ("кончины первого Президента С.А. Нурыева в"). */
const NOUN_PHRASE_TO_DATE = /^\s*(?:\p{Ll}+\s+){0,2}(?:\p{Lu}[\p{L}.-]*\s*)+(?:\p{Ll}{1,2}\s+)?$/u;

function datesPhrase(between: string, dateAfter: boolean): boolean {
  return dateAfter && NOUN_PHRASE_TO_DATE.test(between);
}

/** A year's word opening what is left of a clause after its date: "года – подал …" (lexicon `wordForms`). */
const YEAR_WORD_OPENING = new RegExp(`^(?:${forms('yearAbbreviation')}|${forms('yearsAbbreviation')}|${forms('yearNoun')}|${forms('yearLocative')})\\s*[\\u2013\\u2014-]?\\s*`, 'u');
/** An ordinal's ending written after a date's digits: "2008-го" (lexicon `wordForms.ordinalSuffixes`). */
const ORDINAL_ENDING = new RegExp(`\\s+-${forms('ordinalSuffixes')}(?=[\\s,;.]|$)`, 'gu');

/** The event's clause in the page's words, without its date and the dash after a date that opened it. */
function titleOf(sentence: string, at: number, dates: readonly DateMatch[]): string | null {
  const title = failedVoteTitle(sentence, at, dates);
  if (!title) return null;
  const text = title
    .replace(/^[\s\u2013\u2014•*-]+/u, '')
    .replace(YEAR_WORD_OPENING, '')
    // "1 марта 2008-го": the ending left of a date cut out.
    .replace(ORDINAL_ENDING, '')
    // "Bakiyev resigned on", "X ушёл в отставку в": a preposition whose date was cut out.
    .replace(/(?:\s+\p{Ll}{1,2})+$/u, '')
    .trim();
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : null;
}

/** The events of one sentence: each trigger once, the first of a kind per clause. */
function eventsOf(sentence: string, previous: string | null): DatedEventMention[] {
  const found: DatedEventMention[] = [];
  const taken = new Set<string>();
  for (const trigger of TRIGGERS) {
    trigger.pattern.lastIndex = 0;
    for (const m of sentence.matchAll(trigger.pattern)) {
      const words = byLexicon.get(trigger.lexicon)!;
      const clause = clauseAround(sentence, m.index);
      const text = sentence.slice(clause.from, clause.to);
      const key = `${trigger.kind}:${clause.from}`;
      if (taken.has(key)) continue;
      if (words.negation.test(sentence.slice(Math.max(clause.from, m.index - 12), m.index))) continue;
      // A decision at a referendum is the referendum's own event (`election.ts`).
      if (trigger.kind === 'decision' && words.referendum.test(text)) continue;
      // A decree that appoints or dismisses is a post's start or end (the memberships'), no decision of its own.
      if (trigger.kind === 'decision' && words.appointment.test(text)) continue;
      // Words in brackets after a person line's post ("X – Премьер-министр (вступил в должность 20 января 2016 года)") date that post.
      if (insideBrackets(sentence.slice(clause.from, m.index))) continue;
      if (words.future.test(text)) continue;
      const date = eventDate(sentence, clause, m.index, m.index + m[0].length, words);
      if (!date) continue;
      const after = sentence.slice(m.index + m[0].length, clause.to);
      // "После смерти X досрочные выборы состоялись 4 декабря": a noun after "после" times another event; its own date follows its name.
      if (trigger.person === 'object' && words.span.test(sentence.slice(Math.max(clause.from, m.index - 12), m.index)) && !datesPhrase(sentence.slice(m.index + m[0].length, date.index), date.index > m.index)) continue;
      let person: string | null = null;
      if (trigger.person === 'subject') {
        const prefix = sentence.slice(clause.from, m.index);
        const dated = date.index >= clause.from && date.index < m.index;
        const start = dated ? date.index + date.text.length - clause.from : 0;
        // The subject between the date and the verb, else before the date ("Президент X, занимавший …, 14 октября 2002 г. ушёл в отставку").
        person = subjectBefore(prefix.slice(start), words) ?? (dated ? subjectBefore(prefix.slice(0, date.index - clause.from), words) : null);
        // "скончался первый Президент Туркменистана X": the subject after the verb.
        person ??= subjectAfter(after);
      } else if (trigger.person === 'object' || trigger.person === 'candidacy') {
        const run = RUN_AFTER.exec(after.replace(/^\s*,/, ''));
        person = run && run.index === 0 && !/^\s*(?:\p{Ll}[\p{L}-]*\s+){4}/u.test(after) ? personOf(run[1]!, trigger.grammaticalCase) : null;
        if (trigger.person === 'candidacy' && !/^\s*\p{Lu}/u.test(after)) person ??= proposedIn(previous, words.proposals);
      }
      // Taking another post ("вступил в должность министра") is a membership's start, no event.
      if (trigger.kind === 'inauguration' && !trigger.headsOnly && words.otherPost.test(after)) continue;
      const office = words.headOfState.test(text) || trigger.headsOnly ? 'President' : null;
      // Whom a resignation, a death or an inauguration is about: a name, or for an inauguration the head of state's office.
      if ((trigger.kind === 'resignation' || trigger.kind === 'death') && !person) continue;
      if (trigger.kind === 'inauguration' && !person && !office) continue;
      const title = partTitle(sentence, clause, m.index, person, words.partJoint) ?? titleOf(sentence, m.index, findDates(sentence));
      if (!title) continue;
      taken.add(key);
      found.push({ kind: trigger.kind, date: date.date, person, office, title, votes: trigger.kind === 'decision' ? votesOf(text) : null, text: sentence });
    }
  }
  return found;
}

/**
 * Every dated event of a paragraph that is no vote: "7 декабря 2015 года Страуюма объявила об
 * отставке." → `{ kind: resignation, date: 2015-12-07, person: Страуюма, title: Страуюма объявила об
 * отставке }`. An event needs a date in its clause (or one opening its sentence); a resignation and
 * a death a named person; an inauguration a person or the head of state's office.
 */
export function findDatedEvents(paragraph: string): DatedEventMention[] {
  if (!ANY_TRIGGER.test(paragraph)) return [];
  const sentences = datedSentences(paragraph);
  return sentences.flatMap((s, i) => (ANY_TRIGGER.test(s) ? eventsOf(withYears(s, sentenceYear(s)), sentences[i - 1] ?? null).map((e) => ({ ...e, text: s })) : []));
}

/**
 * The candidate a sentence proposes: the last name after its words, back from the accusative ("предложил
 * на пост премьера руководителя ФНС Михаила Мишустина" → Михаил Мишустин), or the genitive after
 * "кандидатуру" (each of the lexicon's words its case); null where it proposes no one.
 */
function proposedIn(sentence: string | null, proposals: ReadonlyArray<{ pattern: RegExp; grammaticalCase: GrammaticalCase }>): string | null {
  const found = sentence ? proposals.map((p) => ({ m: p.pattern.exec(sentence), grammaticalCase: p.grammaticalCase })).find((p) => p.m) : undefined;
  if (!sentence || !found?.m) return null;
  const { m, grammaticalCase } = found;
  const rest = sentence.slice(m.index + m[0].length);
  const runs = [...rest.matchAll(RUNS)].map((r) => r[0]).filter((r) => r.includes(' ') || INITIALS_RUN.test(r));
  for (const run of runs.reverse()) {
    const name = personOf(run, grammaticalCase);
    if (name && name.split(/\s+/).length >= 2) return name;
  }
  return null;
}

/** A bare year and its word: "апрельских событий 2010 года". */
const BARE_YEAR = regExp(`(?<![\\d.\u2013\u2014-])([12]\\d{3})\\s*(?:${LEXICONS.flatMap((l) => l.yearWords).join('|') || '(?!)'})(?![\\p{L}])`, 'gu');
const SPAN_BEFORE = LEXICONS.map((l) => byLexicon.get(l)!.span);

/**
 * The one year a sentence names, the year of its days written without one ("В результате апрельских
 * событий 2010 года Президент X 7 апреля был отстранён от власти" → 7 апреля 2010); not a span's year
 * ("с 2005 года"), not one in brackets, none where the sentence names two.
 */
function sentenceYear(sentence: string): string | null {
  const years = new Set<string>();
  for (const m of sentence.matchAll(BARE_YEAR)) {
    const before = sentence.slice(0, m.index);
    if (insideBrackets(before) || SPAN_BEFORE.some((span) => span.test(before.slice(-12)))) continue;
    years.add(m[1]!);
  }
  return years.size === 1 ? [...years][0]! : null;
}

/**
 * The title of one of two dated parts of a clause joined by a conjunction ("18 марта 2021 года Пашинян
 * объявил о проведении досрочных выборов и 25 апреля 2021 года подал в отставку"): the first part up to
 * the conjunction ("Пашинян объявил о проведении досрочных выборов"), a later one from its day, its
 * subject before it where the part does not name it ("Пашинян подал в отставку"); null where the clause
 * has one part.
 */
function partTitle(sentence: string, clause: { from: number; to: number }, at: number, person: string | null, joint: RegExp): string | null {
  // Each later part opens with a full day right after a conjunction: where the joint starts, where its day does.
  const cuts = findDates(sentence)
    .filter((d) => d.index > clause.from && d.index < clause.to && d.date.length >= 10)
    .map((d) => ({ day: d.index, joint: joint.exec(sentence.slice(clause.from, d.index)) }))
    .filter((c): c is { day: number; joint: RegExpExecArray } => c.joint !== null)
    .map((c) => ({ day: c.day, joint: clause.from + c.joint.index }));
  if (!cuts.length) return null;
  const own = cuts.filter((c) => c.day <= at).at(-1);
  const next = cuts.find((c) => c.day > at);
  const from = own ? own.day : clause.from;
  const to = next ? next.joint : clause.to;
  const part = sentence.slice(from, to);
  const title = titleOf(part, at - from, findDates(part));
  if (!title || !own || !person || title.includes(person)) return title;
  // A part that names its own subject ("… и 25 апреля Сейм …") opens with a capital on the page: no subject before it.
  const written = part.charAt(part.indexOf(title.slice(1)) - 1);
  return written && written === written.toLowerCase() ? `${person} ${written}${title.slice(1)}` : title;
}
