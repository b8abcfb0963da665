import { splitSentences, stripArticle, stripTrailingPunctuation } from '../normalize.js';
import { allWords, anyOf, LEXICONS } from '../lexicon/index.js';
import { phrasePattern } from './candidates.js';
import { findDates } from './dates.js';
import { parseDecimal, PERCENT } from './election.js';
import { regExp } from '../regexp.js';

/** One figure of a survey the prose reports. */
export interface Figure {
  /** Who measured it: "Institute for Public Policy"; null when the page does not say. */
  author: string | null;
  /** What was asked: "top three influential lobby groups in Kazakhstan", "trust". */
  topic: string;
  /** What the figure is about: "Governmental lobby", "President", "regional ties". */
  subject: string;
  /** In percent. */
  value: number;
  /** When the survey was made, if the lead-in says: "in March 2012" → 2012-03. */
  date: string | null;
  text: string;
}

/** A figure whose pollster the page names (what `findSurveyFigures` has always returned). */
export interface SurveyFigure extends Figure {
  author: string;
}

const SURVEY_NOUN = '(?:(?:opinion\\s+|public\\s+opinion\\s+|sociological\\s+|nation-?wide\\s+|national\\s+|expert\\s+)?(?:survey|poll|study|research|rating|monitoring|questionnaire|barometer)s?)';
const BY = '(?:(?:conducted|carried\\s+out|held|made|published|done|commissioned|organi[sz]ed|released|run)\\s+)?(?:by|of)\\s+';
/** Where an author ends without a comma: before who answered or the first figure ("… Association respondents named …"). */
const AUTHOR_END = '(?:\\s*,\\s*|\\s+(?=(?:respondents|those\\s+(?:polled|surveyed|questioned)|\\d{1,3}(?:[.,]\\d+)?\\s*(?:%|per\\s?cent\\b))))';
/**
 * The lead-ins that name a pollster: "According to the survey conducted by X, …", "According to
 * the results of a 2012 poll by X, …", "A poll by X found that …", "In a survey by X, …".
 * "According to the poll of X, …", "In the poll of X 48% of respondents …". The author stops at the
 * first comma, at "found", "showed" …, or before "respondents" or the first figure.
 */
const LEAD_INS: RegExp[] = [
  regExp(`^(?:According\\s+to|In)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:(?:results|data|findings)\\s+of\\s+(?:the\\s+|a\\s+|an\\s+)?)?(?:[\\w-]+\\s+){0,3}?${SURVEY_NOUN}\\s+${BY}(?:the\\s+)?([^,]{2,160}?)${AUTHOR_END}(.+)$`, 'iu'),
  regExp(`^(?:An?|The)\\s+(?:[\\w-]+\\s+){0,3}?${SURVEY_NOUN}\\s+${BY}(?:the\\s+)?([^,]{2,160}?)\\s*(?:,\\s*|\\s+(?:found|finds|showed|shows|revealed|reveals|indicated|indicates|suggested|suggests|demonstrated|demonstrates|recorded|records|registered|registers)\\s+(?:that\\s+)?)(.+)$`, 'iu'),
  new RegExp(`^According\\s+to\\s+(?:the\\s+)?(\\p{Lu}[^,]{1,160}?)(?:['’]s?\\s+${SURVEY_NOUN})?\\s*,\\s*(.+)$`, 'u'),
  // Other languages' lead-ins: "Согласно опросу, проведённому X, …".
  ...LEXICONS.flatMap((l) => l.surveys.leadIns).map((source) => new RegExp(source, 'u')),
];
/** The pollster's name before the survey's noun: "According to the Sant Maral Foundation poll of March 2018, …". */
const NAMED_POLL = new RegExp(`^(?:According\\s+to|In)\\s+(?:the\\s+|a\\s+|an\\s+)?(\\p{Lu}[^,]{1,120}?)\\s+${SURVEY_NOUN}((?:\\s+(?:of|in|from|on)\\s+[^,]{1,40})?)\\s*,\\s*(.+)$`, 'u');
/** A survey named without its author: "According to a recent poll, …", "In a 2012 survey, …". */
const ANONYMOUS_LEAD_IN = regExp(`^(?:According\\s+to|In)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,3}?${SURVEY_NOUN}\\s*,\\s*(.+)$`, 'iu');
/** Other languages' lead-ins without a pollster: "По данным опроса, …". */
const OTHER_ANONYMOUS_LEAD_INS = LEXICONS.flatMap((l) => l.surveys.anonymousLeadIns).map((source) => new RegExp(source, 'u'));
/** A word that marks a survey: a sentence with one and a percentage is a survey's. */
const SURVEY_WORD = regExp(phrasePattern((l) => l.surveys.words), 'iu');
const PERCENT_ANY = regExp(PERCENT, 'iu');
const PERCENT_ALL = regExp(PERCENT, 'giu');

/** "the Institute for Public Policy in March 2012" → the author and the date, without "in …". */
function splitAuthor(author: string): { author: string | null; date: string | null } {
  let text = stripTrailingPunctuation(author.trim()).replace(/\s*\([^)]*\)$/, '');
  let date: string | null = null;
  // The first "in …", "on …" that opens a date: "the Institute of Sociology in March 2012".
  for (const prep of text.matchAll(DATE_PREPOSITION)) {
    const tail = text.slice(prep.index + 1);
    const found = findDates(tail)[0];
    if (found && found.index <= prep[0].length) {
      date = found.date;
      text = text.slice(0, prep.index);
      break;
    }
  }
  // "… центром (CRRC) осенью 2009 года": a season and its year are the survey's when.
  const season = date ? null : SEASON_AFTER.exec(text);
  if (season) {
    date = season[1]!;
    text = text.slice(0, season.index);
  }
  // "… Studies (IISEPS) held in December 2001": the verb and the abbreviation's brackets are no part of the name.
  // "… (CIOM) во втором квартале 2014 г.": after the abbreviation, a when that no date reads is no part of it either.
  text = stripArticle(text.replace(/\s+(?:held|conducted|carried\s+out|made|done|published|released)$/i, '').replace(AFTER_ABBREVIATION, ''));
  // "агентства «Демоскоп»", "центром социологических исследований «Балтия-Опрос»": a pollster's noun before its quoted name;
  // "исследовательским центром RVX": before an acronym.
  // "агентства Vilmorus": a Latin name after the noun of a page in another script; "«Барометр …» Института …": a quoted name first.
  return { author: /^(?:\p{Lu}|«)|^(?:\p{Ll}+\s+){1,4}(?:«|\p{Lu}{2,}(?![\p{Ll}]))|^(?:[^\sA-Za-z]+\s+){1,4}[A-Z][a-z]/u.test(text) ? text : null, date };
}

/** A season and its year at the end of a pollster's name: " осенью 2009 года", " весной 2018 г" (its full stop gone with the name's). */
const SEASON_AFTER = new RegExp(`\\s+(?:${LEXICONS.flatMap((l) => l.surveys.seasons).join('|') || '(?!)'})\\s+(\\d{4})(?:\\s*(?:${LEXICONS.flatMap((l) => l.yearWords).map((w) => w.replace(/\\\.$/, '\\.?')).join('|') || '(?!)'}))?$`, 'u');

/** An abbreviation's brackets at the end of a pollster's name, and a when after them ("(CIOM) во втором квартале 2014 г."). */
const AFTER_ABBREVIATION = new RegExp(`\\s*\\([^)]*\\)(?:\\s+(?:in|during|${LEXICONS.filter((l) => l.language !== 'en').flatMap((l) => l.yearPrepositions).join('|') || '(?!)'})\\s+[^()]*)?$`, 'u');

/** "in March 2012", "в марте 2012 г.": a preposition that may open the survey's date (only a date right after it counts). */
const DATE_PREPOSITION = new RegExp(`\\s(?:in|on|of|from|between|${LEXICONS.filter((l) => l.language !== 'en').flatMap((l) => l.yearPrepositions).join('|') || '(?!)'})\\s+`, 'gu');

/** "the top three influential lobby groups in Kazakhstan are: the A (66.7%), B (61.9%), and C (38.1%)". */
const LIST_HEAD = new RegExp(`^(.+?)\\s+(?:${allWords((l) => l.surveys.listVerbs).join('|')})\\s*:?\\s*(?=\\S)|^(.+?)\\s*:\\s*`, 'u');
/** The word before a list's last item: "and clan lobby", "и клановое лобби". */
const LAST_ITEM = regExp(`^(?:${allWords((l) => l.surveys.and).join('|')})\\s+`, 'iu');
/** One item of a list: the text since the last separator (or the last item's parenthesis), then the figure in parentheses. */
const LIST_ITEM = regExp(`(?:^|(?<=[,;:)]))([^,;:()]*)\\(\\s*${PERCENT}[^()]*\\)`, 'giu');

const WHO_NAMED = /^(?:the\s+)?(?:respondents|those\s+(?:polled|surveyed|questioned|asked))\s+(?:named|called|chose|mentioned|listed|identified|rated|ranked)\s+(?:as\s+)?/i;

/** The patterns of the lexicons' newer survey shapes, compiled with the `u` flag alone (they write their case classes). */
const compiled = (pick: (l: (typeof LEXICONS)[number]) => string[], wrap = (source: string) => source) => LEXICONS.flatMap(pick).map((source) => new RegExp(wrap(source), 'u'));
const WHO_NAMED_LIST = compiled((l) => l.surveys.whoNamed);
const LIST_TOPIC_AFTER = compiled((l) => l.surveys.listTopicAfter);
const SHARE_IN_PARENTHESES = regExp(`\\(\\s*${PERCENT}`, 'iu');
const QUESTIONS = compiled((l) => l.surveys.questions, (source) => `^${source}`);

/** A question opening a clause, and the clause after it: "на вопрос «Кому вы доверяете?» …" → the question's words (null when not quoted). */
function questionOf(text: string): { question: string | null; rest: string } {
  for (const pattern of QUESTIONS) {
    const match = pattern.exec(text);
    if (match?.[0].trim()) return { question: match[1] ?? null, rest: text.slice(match[0].length) };
  }
  return { question: null, rest: text };
}

/**
 * A list after who named it: "наиболее влиятельными группами опрошенные назвали A (71,4 %), B (47,6 %)
 * и C (42,9 %)" (its topic the words before them), "respondents named A (41%) and B (17%) as the most
 * trusted politicians" (its topic after the list); the list's text and its topic.
 */
function namedList(body: string): { topic: string; list: string } | null {
  const first = body.search(SHARE_IN_PARENTHESES);
  for (const pattern of WHO_NAMED_LIST) {
    const who = pattern.exec(body);
    if (!who || first < who.index + who[0].length) continue;
    const list = body.slice(who.index + who[0].length);
    const before = stripTrailingPunctuation(body.slice(0, who.index).trim());
    const tail = list.slice(list.lastIndexOf(')') + 1);
    const after = LIST_TOPIC_AFTER.map((p) => p.exec(tail)).find((m) => m !== null)?.[1];
    const asked = questionOf(before);
    return { topic: stripArticle(asked.question ?? (before || after || who[0].trim())), list };
  }
  return null;
}

function listFigures(body: string): Array<{ topic: string; subject: string; value: number }> {
  const head = LIST_HEAD.exec(body);
  // "respondents named the most trusted politicians:" → "most trusted politicians".
  const read = head ? { topic: stripArticle((head[1] ?? head[2]!).replace(WHO_NAMED, '')), list: body.slice(head[0].length) } : null;
  const figures = read ? listItems(read.topic, read.list) : [];
  if (figures.length) return figures;
  const named = namedList(body);
  return named ? listItems(named.topic, named.list) : [];
}

/** The items of a list, each its figure in parentheses: "A (66.7%), B (61.9%) and C (38.1%)". */
function listItems(topic: string, list: string): Array<{ topic: string; subject: string; value: number }> {
  const figures: Array<{ topic: string; subject: string; value: number }> = [];
  for (const item of list.matchAll(LIST_ITEM)) {
    // The item's words since the separator: " and clan lobby " → "clan lobby".
    const subject = stripArticle(item[1]!.trim().replace(LAST_ITEM, ''));
    if (!subject) continue;
    figures.push({ topic, subject, value: parseDecimal(item[2]!) });
  }
  return figures;
}

/** Who answered: "of respondents", "of those polled", "of young people surveyed", "of citizens". */
const POPULATION = /^of\s+(?:the\s+|all\s+)?(?:[\p{L}-]+\s+){0,3}?(?:respondents|interviewees|those\s+(?:polled|surveyed|questioned|asked|interviewed)|(?:people|persons|citizens|voters|residents|experts|participants|youth|population)(?:\s+(?:polled|surveyed|questioned|asked|interviewed))?|polled|surveyed|population|electorate|\p{Lu}[\p{L}-]*(?:s|is))\b\s*/u;
/** What they did: "trust", "do not trust", "would vote for", "are satisfied with", "said that". */
const VERB_PHRASE = /^((?:(?:do|does|did|would|could|can|will|still|fully|partly|rather|strongly|mostly|also|[a-z]{3,}ly)\s+)*(?:not\s+)?(?:are|is|were|was|feel|felt|remain|remained)?\s*[a-z][a-z'-]*(?:\s+(?:with|in|for|of|to|on|about|against|that))?)\s+(.+)$/;
/** Verbs that name something as something: "name regional ties as the main channel of promotion". */
const NAMING_VERB = /^(?:name|named|consider|considered|see|saw|regard|regarded|view|viewed|identify|identified|mention|mentioned|call|called|rate|rated|choose|chose|chosen|describe|described|perceive|perceived|think\s+of|point\s+to|pointed\s+to)$/;
const SAID_THEY = /^(?:said|say|says|stated|answered|replied|reported)\s+(?:that\s+)?(?:they|he|she)\s+/;
/** Clause joints between figures: ", 27.3% trust …", " and 12.8% …", "; 10% …", ", while 5% …". */
const JOINT = /\s*(?:[,;]\s*)?(?:(?:and|while|whereas|but|with|against)\s+)?(?:only\s+|just\s+|another\s+|some\s+|about\s+|almost\s+|nearly\s+)?$/i;

/**
 * "45.5% of respondents trust the President, 27.3% trust the Government and 12.8% trust the
 * Jogorku Kenesh" → (trust, President, 45.5), (trust, Government, 27.3), (trust, Jogorku Kenesh,
 * 12.8); "52.1% of respondents name regional ties as the main channel of promotion …" → (main
 * channel of promotion …, regional ties, 52.1). The population may be said once, for the first.
 */
const PRONOUN = /^(?:it|them|this|that|him|her)$/i;

/**
 * What respondents did, from the words after the figure and who answered: "trust the President" →
 * (trust, President); "name regional ties as the main channel …" → (main channel …, regional ties);
 * "said they approve of …" → (approve of, …). Null when no verb phrase.
 */
function readClause(text: string): { topic: string; subject: string } | null {
  const verb = VERB_PHRASE.exec(text.replace(SAID_THEY, ''));
  if (!verb) return null;
  const phrase = verb[1]!.replace(/\s+/g, ' ').trim();
  // "47 percent trust in the President in May 2001": the date is the survey's, not the subject's.
  let subject = verb[2]!.replace(TRAILING_DATE, '');
  let topic = phrase.replace(/\s+that$/, '');
  // "name regional ties as the main channel …", "consider corruption the main problem …".
  const naming = NAMING_VERB.test(phrase) ? (/(.+?)\s+(?:as|to\s+be)\s+(.+)/.exec(subject) ?? /(.+?)\s+(the\s+.+)/.exec(subject)) : null;
  if (naming) {
    subject = naming[1]!;
    topic = stripArticle(naming[2]!);
  }
  return { topic, subject: stripArticle(subject) };
}

const TRAILING_DATE = /\s+(?:in|on|since)\s+(?:\p{Lu}\p{Ll}+\.?\s+)?(?:\d{1,2},?\s+)?[12]\d{3}$/u;

/** Who answered, and for whom: "the respondents of the Ijtimoiy Fikr centre". */
const AUTHOR_NAME = "(\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|of|and|for|the|on|centre|center|institute|agency|foundation|fund|service))*)";
const RESPONDENTS_OF = `(?:respondents|those\\s+(?:polled|surveyed|interviewed|questioned))\\s+of\\s+(?:the\\s+)?${AUTHOR_NAME}`;
/** "More than two thirds of the respondents of X (68.5%) named stability as …". */
const RESPONDENTS_OF_FIGURE = new RegExp(`\\b${RESPONDENTS_OF}\\s*\\(\\s*${PERCENT}\\s*\\)\\s+(.+)$`, 'u');
/** "Nearly half of the citizens trust the new President: 48.2% of the respondents of X said so." */
const RESPONDENTS_SAID_SO = new RegExp(`^(.+?):\\s*${PERCENT}\\s+of\\s+(?:the\\s+)?${RESPONDENTS_OF}\\s+(?:said|say|says|think|thinks|agreed|agree|answered)\\s+so\\b`, 'u');
/** "Nearly half of the citizens", "Most respondents": who answered, before the verb. */
const SHARE_OF_WHO = /^(?:(?:nearly|almost|about|over|more\s+than|less\s+than)\s+)?(?:half|a\s+third|two\s+thirds|a\s+quarter|most|many|the\s+majority|a\s+majority)\s+of\s+(?:the\s+)?[\p{L}-]+\s+/iu;

/** A figure whose author is named with who answered: "… of the respondents of X (68.5%) named …", "…: 48.2% of the respondents of X said so". */
function respondentsOf(sentence: string): Figure | null {
  const text = stripTrailingPunctuation(sentence);
  const inParentheses = RESPONDENTS_OF_FIGURE.exec(text);
  const saidSo = inParentheses ? null : RESPONDENTS_SAID_SO.exec(text);
  const found = inParentheses ? { author: inParentheses[1]!, value: inParentheses[2]!, clause: inParentheses[3]! } : saidSo ? { author: saidSo[3]!, value: saidSo[2]!, clause: saidSo[1]!.replace(SHARE_OF_WHO, '') } : null;
  const read = found && readClause(found.clause);
  if (!read) return null;
  return { author: stripArticle(found.author.replace(/\s+(?:of|and|for|the|on)$/, '')), date: null, ...read, value: parseDecimal(found.value), text: sentence };
}

function clauseFigures(body: string, anyPopulation: boolean): Array<{ topic: string; subject: string; value: number }> {
  const marks = [...body.matchAll(PERCENT_ALL)];
  const figures: Array<{ topic: string; subject: string; value: number }> = [];
  let population = false;
  marks.forEach((mark, i) => {
    const from = mark.index + mark[0].length;
    const to = i + 1 < marks.length ? marks[i + 1]!.index : body.length;
    // "…; a record 89% approval was recorded in June 2015": the subject before at another time.
    const semicolon = body.lastIndexOf(';', mark.index);
    const recorded = figures.length && semicolon > marks[i - 1]!.index ? recordedOf(body.slice(semicolon + 1, to), figures[figures.length - 1]!.subject) : null;
    if (recorded) return void figures.push(recorded);
    // The clause up to the next figure, without its joint (", and", "; while"); what follows a ";" is the next figure's.
    const span = body.slice(from, to);
    let clause = stripTrailingPunctuation((span.includes(';') ? span.slice(0, span.indexOf(';')) : span).replace(JOINT, '').trim());
    const who = POPULATION.exec(clause);
    if (who) {
      population = true;
      clause = clause.slice(who[0].length);
    }
    if (!population && !anyPopulation) return;
    // "…, and 24% the work of the Government", "…, against 21 percent for the Government": the verb of the figure before.
    const elided = figures.length && /^(?:for\s+)?(?:the|a|an)\s/i.test(clause) ? { topic: figures[figures.length - 1]!.topic, subject: stripArticle(clause.replace(/^for\s+/i, '')) } : null;
    const read = elided ?? readClause(clause);
    if (!read) return;
    // "approve of the tandem, while 17.5 percent disapprove of it": "it" is the subject before.
    const subject = PRONOUN.test(read.subject) && figures.length ? figures[figures.length - 1]!.subject : read.subject;
    const topic = read.topic;
    figures.push({ topic, subject, value: parseDecimal(mark[1]!) });
  });
  return figures;
}

/** "the President is trusted by 45.6% of respondents": the subject before the figure, a passive verb. */
const PASSIVE_HEAD = regExp(`^(?:the\\s+)?(.+?)\\s+(?:is|are|was|were)\\s+((?:(?:most|more|fully|rather|positively|negatively|highly)\\s+)?[a-z]+ed(?:\\s+[a-z]+ly)?)\\s+by\\s+(?:only\\s+|about\\s+|almost\\s+|nearly\\s+)?${PERCENT}`, 'iu');
/** "X was named the most trusted politician by 21% of respondents", "Y was named as the main factor … by 48.6%". */
const PASSIVE_NAMED = regExp(`^(?:the\\s+)?(.+?)\\s+(?:is|are|was|were)\\s+((?:named|called|considered|regarded|chosen|seen|mentioned|identified)(?:\\s+as)?\\s+(?:the\\s+)?[^%]{3,100}?)\\s+by\\s+(?:only\\s+|about\\s+|almost\\s+|nearly\\s+)?${PERCENT}`, 'iu');
/** Where a sentence turns from active figures to passive ones: "…; the Government was trusted by 28.3% …", "…, while the Majlis was trusted by 34%". */
const TO_PASSIVE = /(?:;\s*|,\s*(?:while|whereas|and)\s+|\s+while\s+|,\s+)(?=(?:the\s+)?[^,;%]{1,80}?\s+(?:is|are|was|were)\s+[a-z]+ed(?:\s+[a-z]+ly)?\s+by\s)/i;
/** ", the Council of Ministers by 26.9%", " and the Saeima by 16.4%": the next subjects of the same verb. */
const PASSIVE_NEXT = regExp(`^\\s*(?:,\\s*(?:and\\s+|while\\s+)?|;\\s*|\\s+and\\s+)(?:the\\s+)?([^,;%]+?)\\s+(?:only\\s+)?by\\s+(?:only\\s+|about\\s+|almost\\s+|nearly\\s+)?${PERCENT}`, 'iu');

/**
 * "the President is trusted by 45.6% of respondents, the Council of Ministers by 26.9% and the
 * Saeima by 16.4%" → (trusted, President, 45.6), (trusted, Council of Ministers, 26.9), (trusted,
 * Saeima, 16.4). Empty for any other shape.
 */
function passiveFigures(body: string): Array<{ topic: string; subject: string; value: number }> {
  const named = PASSIVE_NAMED.exec(body);
  // "X, the former …, was named the most trusted opposition politician by 21% of respondents".
  if (named) return [{ topic: named[2]!.replace(/\s+/g, ' '), subject: stripArticle(named[1]!.split(/\s*,\s*/)[0]!), value: parseDecimal(named[3]!) }].filter((f) => f.value <= 100);
  const head = PASSIVE_HEAD.exec(body);
  if (!head || head[1]!.split(/\s+/).length > 8) return [];
  const topic = head[2]!.toLowerCase();
  const subject = stripArticle(head[1]!);
  const figures = [{ topic, subject, value: parseDecimal(head[3]!) }];
  // Past who answered: "of respondents", "of the inhabitants".
  let rest = body.slice(head.index + head[0].length).replace(/^\s+of\s+(?:the\s+|all\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+(?=[,;.]|\s+and\b|$)/u, '');
  for (let next = PASSIVE_NEXT.exec(rest); next; next = PASSIVE_NEXT.exec(rest)) {
    const other = next[1]!.trim();
    // "… assessed positively by 41.5% and negatively by 37.3%": the same subject, another adverb.
    if (/^[a-z]+ly$/.test(other)) figures.push({ topic: `${topic.replace(/\s+[a-z]+ly$/, '')} ${other}`, subject, value: parseDecimal(next[2]!) });
    else figures.push({ topic, subject: stripArticle(other), value: parseDecimal(next[2]!) });
    rest = rest.slice(next.index + next[0].length);
  }
  return figures.every((f) => f.value <= 100) ? figures : [];
}

/** "35.6% of respondents trusted X; the Government was trusted by 28.3% and the opposition by 13.1%": both halves. */
function activeThenPassive(body: string, anyPopulation: boolean): Array<{ topic: string; subject: string; value: number }> {
  const turn = TO_PASSIVE.exec(body);
  if (!turn) return clauseFigures(body, anyPopulation);
  const active = clauseFigures(body.slice(0, turn.index), anyPopulation);
  return [...active, ...passiveFigures(body.slice(turn.index + turn[0].length))];
}

const OTHER_POPULATION = regExp(`^(?:${LEXICONS.flatMap((l) => l.surveys.population).join('|') || '(?!)'})`, 'iu');
const OTHER_JOINT = regExp(`(?:\\s*[,;]\\s*|\\s+(?:${LEXICONS.flatMap((l) => l.surveys.joints).join('|') || '(?!)'})\\s*)$`, 'iu');
const OTHER_THAT = LEXICONS.flatMap((l) => l.surveys.that).join('|') || '(?!)';
/** "доверяют Президенту", "не доверяют Правительству", "считают, что власть принадлежит …": the verb, then what it is about. */
const OTHER_VERB = new RegExp(`^((?:${anyOf(allWords((l) => l.wordForms.negation)) ?? '(?!)'}\\s+)?\\p{Ll}+(?:\\s*,\\s*(?:${OTHER_THAT}))?)\\s+(.+)$`, 'u');
/** "– Совету Министров": a figure whose verb is the one before. */
const ELIDED = /^[\u2010-\u2015-]\s*(.+)$/u;

/** A clause without the joints before the next figure: "доверяют Президенту, и лишь " → "доверяют Президенту". */
function withoutJoints(clause: string): string {
  let text = clause;
  for (let next = text.replace(OTHER_JOINT, ''); next !== text; next = text.replace(OTHER_JOINT, '')) text = next;
  return stripTrailingPunctuation(text.trim());
}

/**
 * Figures of a language whose clauses are not read in English word order (the lexicons'
 * `population`): "41,8 % респондентов доверяют Президенту, 29,4 % – Совету Министров и лишь 17,2 %
 * – Национальному собранию" → (доверяют, Президенту), (доверяют, Совету Министров), …; who
 * answered stays in the topic when it says more than "respondents" ("54,7 % жителей южных областей
 * считают, что …"); a figure after its clause ("…; на Севере такого мнения придерживаются 31,2 %
 * опрошенных") has that clause as its topic and who answered as its subject. Empty unless the
 * first figure says who answered.
 */
function inflectedFigures(body: string): Array<{ topic: string; subject: string; value: number }> {
  const marks = [...body.matchAll(PERCENT_ALL)];
  const figures: Array<{ topic: string; subject: string; value: number }> = [];
  let before = '';
  for (const [i, mark] of marks.entries()) {
    const after = body.slice(mark.index + mark[0].length, marks[i + 1]?.index ?? body.length);
    // "…; на Севере такого мнения придерживаются 31,2 %": what follows a ";" is the next figure's.
    const cut = after.lastIndexOf(';');
    const head = withoutJoints(cut >= 0 ? after.slice(0, cut) : after);
    const carried = before;
    before = cut >= 0 ? withoutJoints(after.slice(cut + 1)) : '';
    const who = OTHER_POPULATION.exec(head);
    if (!who && !figures.length) return [];
    const clause = who ? head.slice(who[0].length).trim() : head;
    const value = parseDecimal(mark[1]!);
    const elided = ELIDED.exec(clause);
    const verb = elided ? null : OTHER_VERB.exec(clause);
    const previous = figures[figures.length - 1];
    if (elided && previous) figures.push({ topic: previous.topic, subject: elided[1]!, value });
    else if (!clause && who && carried) figures.push({ topic: carried, subject: who[0].trim(), value });
    else if (verb) figures.push({ topic: who && /\s/.test(who[0].trim()) ? `${who[0].trim()} ${verb[1]!}` : verb[1]!, subject: verb[2]!, value });
  }
  return figures.filter((f) => f.value <= 100);
}

/** A survey's verb after its subject: "доверяют", "полностью или частично одобряют" (lexicon `eventShapes.surveyVerbFirst`). */
const VERB_FIRST = LEXICONS.flatMap((l) => l.eventShapes.surveyVerbFirst).join('|') || '(?!)';
/** "Президенту доверяют 46,8 % респондентов": the subject, the verb, the figure and who answered. */
// Who answered may name their country or city before the list goes on: "62,4 % жителей Латвии, работу Кабинета – 27,9 %".
const SUBJECT_FIRST = new RegExp(`^(.+?)\\s+(${VERB_FIRST})\\s+(?:(?:${LEXICONS.flatMap((l) => l.surveys.joints).join('|') || '(?!)'})\\s+)?${PERCENT}\\s+((?:${LEXICONS.flatMap((l) => l.surveys.population).join('|') || '(?!)'})(?:\\s+\\p{Lu}[\\p{Ll}-]{2,}(?=\\s*[,;.]))?)`, 'u');
/** ", Правительству – 11,2 %", ", деятельность Правительства – 47,9 %", ", Верховной Рады – лишь 12,6 %": the next subjects of the same verb. */
/** A later clause of the same shape, who answered said before: "…, правительству Страуюмы доверяли 21,4 %". */
const SUBJECT_FIRST_MORE = new RegExp(`^(.+?)\\s+(${VERB_FIRST})\\s+(?:(?:${LEXICONS.flatMap((l) => l.surveys.joints).join('|') || '(?!)'})\\s+)?${PERCENT}(?:\\s+((?:${LEXICONS.flatMap((l) => l.surveys.population).join('|') || '(?!)'})(?:\\s+\\p{Lu}[\\p{Ll}-]{2,}(?=\\s*[,;.]))?))?`, 'u');
const SUBJECT_FIRST_NEXT = new RegExp(`^\\s*[,;]\\s*(?:(?:${LEXICONS.flatMap((l) => l.surveys.and).join('|') || '(?!)'})\\s+)?([^,;%\u2010-\u2015]{2,80}?)\\s*[\u2010-\u2015-]\\s*(?:(?:${LEXICONS.flatMap((l) => l.surveys.joints).join('|') || '(?!)'})\\s+)?${PERCENT}`, 'u');

/**
 * Figures whose subject stands before the verb: "Президенту доверяют 46,8 % респондентов,
 * Правительству – 11,2 %, Парламенту – 8,5 %" → (доверяют, Президенту, 46.8), (доверяют,
 * Правительству, 11.2), …; "деятельность Президента одобряют 62,4 % россиян, деятельность
 * Правительства – 47,9 %, а 38 % опрошенных считают, что …" (the clause after the list is read as
 * any other). Empty for any other shape.
 */
function subjectFirstFigures(body: string, continued = false): Array<{ topic: string; subject: string; value: number }> {
  // After a first clause that said who answered, the next may say it no more: "…, правительству доверяли 21,4 %".
  const head = (continued ? SUBJECT_FIRST_MORE : SUBJECT_FIRST).exec(body);
  const own = head ? ownSubject(head[1]!) : null;
  if (!head || !own) return [];
  const who = (head[4] ?? '').trim();
  const verb = own.circumstance ? `${own.circumstance} ${head[2]!}` : head[2]!;
  const topic = /\s/.test(who) ? `${who} ${verb}` : verb;
  const figures = [{ topic, subject: dated(own.subject, own.date), value: parseDecimal(head[3]!) }];
  let rest = body.slice(head.index + head[0].length);
  for (let next = SUBJECT_FIRST_NEXT.exec(rest); next; next = SUBJECT_FIRST_NEXT.exec(rest)) {
    figures.push({ topic, subject: dated(next[1]!.trim(), own.date), value: parseDecimal(next[2]!) });
    rest = rest.slice(next.index + next[0].length);
  }
  const after = rest.replace(/^\s*[,;]\s*/, '');
  // "…; за Народную партию готовы проголосовать 31 % опрошенных": another subject first, or a clause of any other shape.
  const next = PERCENT_ANY.test(after) ? subjectFirstFigures(after, true) : [];
  const more = next.length || !PERCENT_ANY.test(after) ? next : inflectedFigures(after);
  // "…; рекордные 89 % одобрения были зафиксированы в июне 2015 г.": the same subject's level at another time.
  const recorded = more.length ? [] : recordedFigures(after, own.subject);
  return [...figures, ...more, ...recorded].filter((f) => f.value <= 100);
}

/** "(2015-06)" after a subject whose own clause dates it (not the survey's lead-in): two dates of one subject are two figures. */
const dated = (subject: string, date: string | null) => (date ? `${subject} (${date})` : subject);
const YEAR_WORD = new RegExp(`^\\s*(?:(?:${LEXICONS.flatMap((l) => l.yearWords).join('|') || '(?!)'})(?![\\p{L}]))?\\s*,?\\s*`, 'u');

/** A clause's own date before its subject: "в апреле 2020 г. деятельность Президента" → 2020-04 and "деятельность Президента". */
function leadingDate(text: string): { date: string | null; rest: string } {
  const found = findDates(text)[0];
  // Only a preposition before the date: "в", "in".
  if (!found || !/^(?:\p{L}{1,3}\s+)?$/u.test(text.slice(0, found.index))) return { date: null, rest: text };
  const rest = text.slice(found.index + found.text.length).replace(YEAR_WORD, '');
  return rest ? { date: found.date, rest } : { date: null, rest: text };
}

const SAID_THAT = new RegExp(`,\\s*(?:${OTHER_THAT})\\s+`, 'u');
const VOTED_FOR = new RegExp(`^(.+?)\\s+((?:${LEXICONS.flatMap((l) => l.surveys.votedFor).join('|') || '(?!)'})\\s+.+)$`, 'u');

/**
 * The subject of a clause whose verb follows it, without its own date ("в апреле 2020 г. …") and
 * without a circumstance before what a vote intention is for ("при гипотетическом референдуме за
 * вступление в ЕС" → "за вступление в ЕС", the circumstance kept for the topic); null when the words
 * before the verb are too many for a subject (a clause of their own).
 */
function ownSubject(text: string): { subject: string; circumstance: string | null; date: string | null } | null {
  // "Министр отметил, что армии доверяют 40 %": the subject is after who said so.
  const { date, rest } = leadingDate(text.split(SAID_THAT).pop()!);
  const forWhat = VOTED_FOR.exec(rest);
  // A circumstance opens with a preposition (a short lower-case word): "при …", "на досрочных выборах", never "работу мэра за год".
  if (forWhat && /^\p{Ll}{1,3}\s/u.test(forWhat[1]!) && forWhat[1]!.split(/\s+/).length <= 4 && forWhat[2]!.split(/\s+/).length <= 8) return { subject: forWhat[2]!, circumstance: forWhat[1]!, date };
  return rest.split(/\s+/).length <= 6 ? { subject: rest, circumstance: null, date } : null;
}

const RECORDED = compiled((l) => l.surveys.recordedLevel, (source) => source.replaceAll('<share>', PERCENT));

/** Levels of `subject` at other times, each in a clause of its own after a ";": "рекордные 89 % одобрения были зафиксированы в июне 2015 г." → (одобрения, subject (2015-06), 89). */
function recordedFigures(text: string, subject: string): Array<{ topic: string; subject: string; value: number }> {
  return text.split(';').flatMap((clause) => recordedOf(clause, subject) ?? []);
}

/** One clause's level of `subject` at another time (lexicon `surveys.recordedLevel`), or null. */
function recordedOf(clause: string, subject: string): { topic: string; subject: string; value: number } | null {
  const match = RECORDED.map((p) => p.exec(clause.trim())).find((m) => m !== null);
  return match ? { topic: match[2]!.toLowerCase(), subject: dated(subject, findDates(match[3]!)[0]?.date ?? null), value: parseDecimal(match[1]!) } : null;
}

const NAMING = LEXICONS.flatMap((l) => l.surveys.namingVerbs).join('|') || '(?!)';
const ANY_POPULATION = LEXICONS.flatMap((l) => l.surveys.population).join('|') || '(?!)';
const ANY_JOINT = LEXICONS.flatMap((l) => l.surveys.joints).join('|') || '(?!)';
/** "чаще всего называли О. Петрова – 31 % опрошенных": the naming verb, the one named, a dash, the figure and who answered. */
const NAMED_THEN_SHARE = new RegExp(`^(${NAMING})\\s+(.+?)\\s*[\u2010-\u2015-]\\s*(?:(?:${ANY_JOINT})\\s+)?${PERCENT}\\s+(?:${ANY_POPULATION})`, 'u');
/** "Путина назвали политиком, которому доверяют, лишь 33,4 % опрошенных": the one named, the verb, as what, the figure and who answered. */
const SUBJECT_THEN_NAMED = new RegExp(`^(.+?)\\s+(${NAMING})\\s+([^%]{2,80}?)\\s*,?\\s+(?:(?:${ANY_JOINT})\\s+)?${PERCENT}\\s+(?:${ANY_POPULATION})`, 'u');

/**
 * Figures of one named by a naming verb (lexicon `surveys.namingVerbs`), after an optional question
 * (lexicon `surveys.questions`): "на вопрос «Кому вы доверяете?» чаще всего называли О. Петрова – 31 %
 * опрошенных, И. Орлова – 12 %" → (Кому вы доверяете?, О. Петрова, 31), (…, И. Орлова, 12); "в ответ на
 * открытый вопрос Путина назвали политиком, которому доверяют, лишь 33,4 % опрошенных" → (назвали
 * политиком, которому доверяют, Путина, 33.4). Empty for any other shape.
 */
function namedFigures(body: string): Array<{ topic: string; subject: string; value: number }> {
  const { question, rest } = questionOf(body);
  const after = NAMED_THEN_SHARE.exec(rest);
  if (after && after[2]!.split(/\s+/).length <= 5) {
    const topic = question ?? after[1]!;
    const figures = [{ topic, subject: after[2]!, value: parseDecimal(after[3]!) }];
    let more = rest.slice(after[0].length);
    for (let next = SUBJECT_FIRST_NEXT.exec(more); next; next = SUBJECT_FIRST_NEXT.exec(more)) {
      figures.push({ topic, subject: next[1]!.trim(), value: parseDecimal(next[2]!) });
      more = more.slice(next.index + next[0].length);
    }
    return figures.filter((f) => f.value <= 100);
  }
  const before = SUBJECT_THEN_NAMED.exec(rest);
  if (!before || before[1]!.split(/\s+/).length > 4) return [];
  return [{ topic: question ?? `${before[2]!} ${stripTrailingPunctuation(before[3]!)}`, subject: before[1]!, value: parseDecimal(before[4]!) }].filter((f) => f.value <= 100);
}

/** "The Levada Center reported in November 2009 that 78% of Russians approved …": a pollster that reports. */
const REPORTED_THAT = /^(?:The\s+)?(\p{Lu}[^,]{1,80}?)\s+(?:reported|found|showed|announced|revealed)((?:\s+(?:in|on)\s+[^,]{1,30}?)?)\s+that\s+(.+)$/u;
const SURVEY_NOUN_ANYWHERE = new RegExp(`\\b${SURVEY_NOUN}\\b`, 'i');
/** A share of people asked, not of voters: "78% of Russians", "60 percent of respondents". */
const SHARE_OF_PEOPLE = new RegExp(`${PERCENT}\\s+of\\s+(?:the\\s+)?(?:respondents|those\\s+(?:polled|surveyed|asked)|citizens|people|\\p{Lu}\\p{Ll}+(?:ns|is|s))\\b`, 'u');

const RELATIVE_LEAD_INS = compiled((l) => l.surveys.relativeLeadIns);
const REPORTED = compiled((l) => l.surveys.reportedThat, (source) => `^${source}`);
/** The same report after a year's abbreviation, which the sentence splitter keeps inside the sentence before ("… в июне 2015 г. ВЦИОМ в январе 2019 г. сообщил, что …"). */
const REPORTED_INSIDE = compiled((l) => l.surveys.reportedThat, (source) => `(?<=\\.\\s+)${source}`);

/** A sentence cut before a pollster's report inside it, where the report names a survey's word. */
function atReports(sentence: string): string[] {
  const inside = REPORTED_INSIDE.map((pattern) => pattern.exec(sentence)).find((m) => m !== null);
  if (!inside || !SURVEY_WORD.test(inside[2]!)) return [sentence];
  return [sentence.slice(0, inside.index).trimEnd(), sentence.slice(inside.index)];
}

/** The lead-in of a survey sentence, if any: the author, the survey's date and the rest. */
function leadIn(sentence: string): { author: string | null; date: string | null; body: string } | null {
  // "Согласно «Барометру …», который Институт X провёл в ноябре 2013 г., …": the pollster in a relative clause.
  const relative = RELATIVE_LEAD_INS.map((pattern) => pattern.exec(sentence)).find((m) => m !== null);
  if (relative) return { ...splitAuthor(`${relative[1]!}${relative[2] ?? ''}`), body: relative[3]! };
  const named = NAMED_POLL.exec(sentence);
  // "In the June 2013 poll of X": a date before the noun, the pollster after it (read below).
  if (named && findDates(named[1]!)[0]?.index !== 0) return { ...splitAuthor(`${named[1]!.replace(/['’]s?$/, '')}${named[2]!}`), body: named[3]! };
  for (const lead of LEAD_INS) {
    const match = lead.exec(sentence);
    if (match) return { ...splitAuthor(match[1]!), body: match[2]! };
  }
  const reported = REPORTED_THAT.exec(sentence);
  if (reported && SHARE_OF_PEOPLE.test(reported[3]!) && !SURVEY_NOUN_ANYWHERE.test(reported[1]!)) return { ...splitAuthor(`${reported[1]!}${reported[2]!}`), body: reported[3]! };
  // "ВЦИОМ в январе 2019 г. сообщил, что … 33,4 % опрошенных": only where the report names a survey's word.
  const report = REPORTED.map((pattern) => pattern.exec(sentence)).find((m) => m !== null);
  if (report && SURVEY_WORD.test(report[2]!)) return { ...splitAuthor(report[1]!), body: report[2]! };
  const anonymous = ANONYMOUS_LEAD_IN.exec(sentence) ?? OTHER_ANONYMOUS_LEAD_INS.map((lead) => lead.exec(sentence)).find((m) => m !== null);
  return anonymous ? { author: null, date: null, body: anonymous[1]! } : null;
}

const lexiconFlags = (l: (typeof LEXICONS)[number]) => (l.boundary === 'ascii' ? 'iu' : 'u');
/** "(опрос центра «Пульс», май 2012 г.)", "…, according to a poll by X.": the pollster at the sentence's end. */
const POLLSTER_AFTER = LEXICONS.flatMap((l) => l.eventShapes.pollsterAfter.map((source) => new RegExp(source, lexiconFlags(l))));
/** "Опрос провёл Центр «Сфера» в марте 2013 года.": the pollster of the sentence before. */
const POLLSTER_NEXT = LEXICONS.flatMap((l) => l.eventShapes.pollsterNext.map((source) => new RegExp(source, lexiconFlags(l))));

/** A pollster named at the end of a sentence, and the sentence without it. */
function pollsterAfter(sentence: string): { author: string | null; date: string | null; rest: string } | null {
  for (const pattern of POLLSTER_AFTER) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    const named = splitAuthor(match[1]!);
    const date = named.date ?? (match[2] ? (findDates(match[2])[0]?.date ?? null) : null);
    // Between commas the sentence goes on after it: "Уровень доверия Президенту, по данным опроса X, составил 61 %".
    const tail = sentence.slice(match.index + match[0].length).trim();
    const rest = `${sentence.slice(0, match.index).trimEnd()}${tail ? ` ${tail}` : '.'}`;
    return named.author ? { author: named.author, date, rest } : null;
  }
  return null;
}

const LEVEL_OF = LEXICONS.flatMap((l) => l.eventShapes.levelOf.map((source) => new RegExp(source.replaceAll('<share>', PERCENT), lexiconFlags(l))));
const LEVEL_NEXT = LEXICONS.flatMap((l) => l.eventShapes.levelNext.map((source) => new RegExp(source.replaceAll('<share>', PERCENT), lexiconFlags(l))));

/** "Trust in the President stood at 41%, trust in the Government at 23%" → (trust, President, 41), (trust, Government, 23). */
function levelFigures(body: string): Array<{ topic: string; subject: string; value: number }> {
  const index = LEVEL_OF.findIndex((pattern) => pattern.test(body));
  const head = index >= 0 ? LEVEL_OF[index]!.exec(body) : null;
  if (!head) return [];
  const topic = head[1]!.toLowerCase();
  const figures = [{ topic, subject: head[2]!.trim(), value: parseDecimal(head[3]!) }];
  let rest = body.slice(head.index + head[0].length);
  for (let next = LEVEL_NEXT[index]!.exec(rest); next; next = LEVEL_NEXT[index]!.exec(rest)) {
    figures.push({ topic, subject: next[1]!.trim(), value: parseDecimal(next[2]!) });
    rest = rest.slice(next.index + next[0].length);
  }
  return figures.filter((f) => f.value <= 100);
}

const SURVEY_PRONOUN = new RegExp(`^(?:${LEXICONS.flatMap((l) => l.eventShapes.surveyPronouns).join('|') || '(?!)'})$`, 'iu');
/** The subject a clause before a colon names first: "the President is the most trusted institution:" → President. */
const NAMED_FIRST = /^(?:(?:the|a|an)\s+)?(?:\p{Ll}+\s+){0,2}?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})/u;

/**
 * "the President is the most trusted institution: 38 percent of those polled trust him" → President;
 * "Президент остаётся самым популярным политиком: ему доверяют 38 %" → Президент: a pronoun subject
 * stands for the one the clause before the colon names first.
 */
function withoutPronouns<T extends { subject: string }>(figures: T[], body: string): T[] {
  const colon = body.indexOf(':');
  const named = colon > 0 ? NAMED_FIRST.exec(body.slice(0, colon))?.[1] ?? null : null;
  for (const f of figures) {
    // "…политиком: ему" (a subject read from before the colon): the words after it.
    const subject = f.subject.includes(':') ? f.subject.slice(f.subject.lastIndexOf(':') + 1).trim() : f.subject;
    if (SURVEY_PRONOUN.test(subject) && named) f.subject = named;
  }
  return figures;
}

/** "Asked «Which politicians do you trust?», 31% of respondents named X": the question is what a bare naming verb answered. */
function withQuestion<T extends { topic: string }>(figures: T[], body: string): T[] {
  const { question } = questionOf(body);
  for (const f of question ? figures : []) if (NAMING_VERB.test(f.topic) || BARE_NAMING.test(f.topic)) f.topic = question!;
  return figures;
}
const BARE_NAMING = new RegExp(`^(?:${NAMING})$`, 'u');

/** The pollster a sentence names for the figures before it, if it is such a sentence. */
function pollsterNext(sentence: string): { author: string | null; date: string | null } | null {
  const match = POLLSTER_NEXT.map((pattern) => pattern.exec(sentence.trim())).find((m) => m !== null);
  const named = match ? splitAuthor(match[1]!) : null;
  return named?.author ? named : null;
}

/** "According to the survey …", "In a recent poll …", "According to the results of the rating …". */
const SURVEY_OPENING = /^(?:According\s+to|In)\s+(?:[\w-]+\s+){0,4}?(?:survey|poll|rating|monitoring|questionnaire)s?\b/i;
/** "A poll by X …", "The study carried out by X shows …", "According to a study of X, …". */
const SURVEY_BY = new RegExp(`^(?:(?:According\\s+to|In)\\s+)?(?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}?${SURVEY_NOUN}\\s+${BY}`, 'i');

/**
 * True when a sentence reports a survey: "According to the survey conducted by …", "A poll by X
 * found …", or a percentage with a survey's word ("of respondents", "those polled"). Such a
 * sentence is never an organization's name or description.
 */
export function isSurveySentence(sentence: string): boolean {
  const text = sentence.trim();
  return SURVEY_OPENING.test(text) || SURVEY_BY.test(text) || (PERCENT_ANY.test(text) && SURVEY_WORD.test(text));
}

/**
 * Every survey figure of a paragraph, with or without a named author:
 * - a list: "According to the survey conducted by <author>, <topic> are: the A (66.7%), B (61.9%),
 *   and C (38.1%)." → one figure per item;
 * - clauses: "According to the poll conducted by <author>, 45.5% of respondents trust the
 *   President, 27.3% trust the Government …", "A poll by <author> found that 60 percent of those
 *   polled support …", "40% of respondents say …" (author null) → one figure per percentage.
 * A percentage that is no survey's (a vote share, a turnout) is not read.
 */
export function findFigures(paragraph: string): Figure[] {
  const figures: Figure[] = [];
  /** The figures of the sentence before whose pollster it did not name: the next sentence may. */
  let unnamed: Figure[] = [];
  for (const whole of splitSentences(paragraph).flatMap(atReports)) {
    const later = unnamed.length && !PERCENT_ANY.test(whole) ? pollsterNext(whole) : null;
    for (const f of later ? unnamed : []) Object.assign(f, { author: later!.author, date: f.date ?? later!.date });
    unnamed = [];
    // A figure needs a percentage: most sentences have none.
    if (!PERCENT_ANY.test(whole)) continue;
    const after = pollsterAfter(whole);
    const sentence = after ? after.rest : whole;
    const lead = leadIn(sentence);
    if (!lead && !after && !SURVEY_WORD.test(sentence)) continue;
    const respondents = lead ? null : respondentsOf(sentence);
    if (respondents) {
      figures.push(respondents);
      continue;
    }
    const body = lead ? lead.body : sentence;
    const list = listFigures(body);
    const passive = list.length ? [] : passiveFigures(body);
    const named = list.length || passive.length ? [] : namedFigures(body);
    const subjectFirst = list.length || passive.length ? named : named.length ? named : subjectFirstFigures(body);
    const inflected = list.length || passive.length || subjectFirst.length ? subjectFirst : inflectedFigures(body);
    const level = list.length || passive.length || inflected.length ? [] : levelFigures(body);
    const found = withoutPronouns(list.length ? list : passive.length ? passive : inflected.length ? inflected : level.length ? level : activeThenPassive(body, lead !== null), body);
    const read = withQuestion(found, body).map((f) => ({ author: lead?.author ?? after?.author ?? null, date: lead?.date ?? after?.date ?? null, ...f, text: whole }));
    figures.push(...read);
    unnamed = read.filter((f) => f.author === null);
  }
  return figures;
}

/** The figures whose author the page names: what assemble.ts reads (use `findFigures` for every figure). */
export function findSurveyFigures(paragraph: string): SurveyFigure[] {
  return findFigures(paragraph).filter((f): f is SurveyFigure => f.author !== null);
}
