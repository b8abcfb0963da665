import type { Provenance } from '@profiles/model';
import type { Block } from './blocks.js';
import { DASH, splitSentences } from './normalize.js';
import { anyOf, eachLexicon, toNominative } from './lexicon/index.js';
import { OrgIndex, type OrgDraft } from './organizations.js';
import {
  abbreviatedBody,
  classifyBodyName,
  definedBody,
  foundingDate,
  governmentName,
  headOfStateName,
  isHeadOfStateHeading,
  readableHeading,
  isUnderHeadOfState,
  namesBody,
  predecessorBody,
  subjectBody,
  leadInSubject,
} from './rules/body-definition.js';
import { readBodyHead } from './rules/body-head.js';
import { readAppointedLine } from './rules/appointed-line.js';
import { readLeadIn, readTaskHeading } from './rules/lead-in.js';
import { findProseTasks } from './rules/prose-task.js';
import { readResultLine } from './rules/result-list.js';
import { joinAtDottedPostWords, laterHolderLines, lineEventClauses, looksLikePersonLine, nowPostLines, parsePersonLines, readPastPostLine, type PersonLine } from './rules/person-line.js';
import { cellSites, isSitesHeading, parseInlineSite, parseSiteLine } from './rules/site-line.js';
import { withoutNameAliases, withoutPostGlosses, type NameAlias } from './rules/name-alias.js';
import { headRoleOf, holdersRoleOf, readBodyHeadRow, readHoldersRow, readRoleHeader, readRoleRow, roleWithBody, type HeadedRow, type RoleTable } from './rules/role-table.js';
import { compositionOf, readDatedRow, readTableHeader, readTableRow, rowCells, type Column, type TableRow } from './rules/table-row.js';
import { isSurveySentence } from './rules/survey.js';
import { hasRoleWord } from './rules/roles.js';
import type { WarningLog } from './warnings.js';
import { allWords, lexiconOfWord } from './lexicon/index.js';

/** What the walk over the content found, still by name: resolution to IDs comes after. */
export interface WalkResult {
  orgs: OrgIndex;
  personLines: Array<{ line: PersonLine; context: OrgDraft | null; block: Block }>;
  sites: Array<{ label: string; url: string | null; block: Block }>;
  tasks: Array<{ org: OrgDraft; text: string; block: Block }>;
  /** Prose paragraphs, with the body they describe (null: a note of the section). */
  paragraphs: Array<{ text: string; context: OrgDraft | null; heading: string | null; block: Block }>;
  /** "Вано (Иване) Мерабишвили": names the page gives another form of, in brackets, read without it. */
  nameAliases?: NameAlias[];
  /** A table's remark cell or a person line's clause after its post, as a sentence with the person as subject: read for its events. */
  remarks?: Array<{ text: string; block: Block }>;
}

export function provenanceOf(block: Block, file: string, quote = block.quote ?? block.text): Provenance {
  return { file, line: block.line, endLine: block.endLine, element: block.element, quote };
}

/** "Name – и.о. Министра финансов": a line's dash, the acting words, the post's first word (genitive), the rest. */
const ACTING_POST = new RegExp(`^(.+?\\s${DASH}+\\s*)(${eachLexicon((l) => anyOf(l.actingTitles))})\\s+(\\p{L}+)(.*)$`, 'u');

/**
 * "Лысенко Татьяна Ивановна – и.о. Министра финансов", "Усмонов Жамшид – исполняющий обязанности
 * министра внутренних дел (с ноября 2006 г.)": an acting post, read as the line of its post in the
 * nominative, its title then written back as the page gives it. Empty when the line is not one.
 */
export function readActingLine(text: string): PersonLine[] {
  const match = ACTING_POST.exec(text);
  if (!match) return [];
  const [, head, acting, word, rest] = match as unknown as [string, string, string, string, string];
  const nominative = toNominative(word, 'genitive');
  const post = nominative.charAt(0).toUpperCase() + nominative.slice(1);
  const lines = parsePersonLines(`${head}${post}${rest}`);
  const title = lines[0]?.titles[0];
  if (lines.length !== 1 || !title?.startsWith(post)) return [];
  return [{ ...lines[0]!, titles: [`${acting} ${word}${title.slice(post.length)}`, ...lines[0]!.titles.slice(1)] }];
}

/** A line as the template writes it, or as an acting post: "Name – Title", "Name – и.о. Министра финансов". */
function readLine(text: string): PersonLine[] {
  const lines = parsePersonLines(text);
  // "Государственный секретарь: X (с …); с 29.10.2020 – Y": the post's later holders after its own.
  if (lines.length) return [...lines, ...laterHolderLines(text, lines[0]!), ...nowPostLines(text, lines[0]!)];
  const acting = readActingLine(text);
  if (acting.length) return acting;
  const past = readPastLine(text);
  // "X – назначен Премьер-министром в феврале 2021 г.; с мая 2021 г. – Председатель …".
  return past.length ? past : readAppointedLine(text);
}

/** "X – исполнял обязанности Президента с апреля по июль 2004 года": the acting post's line, dated by its span. */
function readPastLine(text: string): PersonLine[] {
  const past = readPastPostLine(text);
  const [line] = past ? readActingLine(past.line) : [];
  if (!past || !line) return [];
  return [{ ...line, startDate: past.startDate ?? line.startDate, ...(past.endDate ? { endDate: past.endDate } : {}) }];
}

/** A block typed as a table's row or a definition list's term and description: its cells were joined by dashes. */
function isCellBlock(block: Block): boolean {
  return /(?:^|\s)(?:tr|dt|dd)(?::[^\s>]*)?$/u.test(block.element ?? '');
}

/**
 * "Name | Заместитель Председателя X – Председатель Комитета Y": a cell of two posts joined by a dash,
 * as a cell of the row "Post – Post | Name" is read, gives each post; a part that is no post stays in its title.
 */
function splitCellPosts(lines: PersonLine[], block: Block): PersonLine[] {
  if (!isCellBlock(block)) return lines;
  return lines.map((line) => {
    const split = line.titles.map((title) => {
      const parts = title.split(/\s[–—]\s/u);
      return parts.length > 1 && parts.every((part) => /^\p{Lu}/u.test(part) && hasRoleWord(part)) ? parts : [title];
    });
    if (split.every((parts) => parts.length === 1)) return line;
    // The dated title keeps its place: after the posts the titles before it split into.
    const datedTitle = split.slice(0, line.datedTitle).reduce((n, parts) => n + parts.length, 0);
    return { ...line, titles: split.flat(), datedTitle };
  });
}

/** A table's row read by its columns: its person, dated by the appointment column when it has one. */
function lineOfRow(row: TableRow): PersonLine[] {
  // A date column is the row's appointment: of every post its cell names ("Вице-премьер, министр …").
  return readLine(row.line).map((line) => (row.startDate ? { ...line, startDate: row.startDate, everyTitleDated: true } : line));
}

/**
 * The block as a row of the table whose header the walk last saw, or as a row whose last cell is
 * a date; null for any other block. A header row sets the table's columns, a line of one cell
 * ends the table.
 */
function readRow(block: Block, state: WalkState): TableRow | null {
  const header = readTableHeader(block.text);
  if (header) {
    state.columns = header;
    return null;
  }
  // A paragraph after the table ("Министр юстиции – X. Предшественник – Y." in a <p>) is no row of it.
  const pastTable = block.element !== null && !isCellBlock(block);
  if (state.columns && (pastTable || rowCells(block.text).length < 2)) state.columns = null;
  const typed = state.columns ? readTableRow(block.text, state.columns) : null;
  if (typed) return typed;
  // A row with no header whose date cell keeps the plain line from reading: "Post – Name – 05.09.2012".
  const dated = parsePersonLines(block.text).length ? null : readDatedRow(block.text);
  return dated && readLine(dated.line).length ? dated : null;
}

/** The walk's state: the body the text speaks about, and what the last heading or lead-in opened. */
interface WalkState {
  context: OrgDraft | null;
  heading: string | null;
  inSites: boolean;
  /** A lead-in ("… shall:") that named no body the page knows: its items are kept as notes. */
  orphanLeadIn: boolean;
  /** The columns of the table whose rows the walk is in: from its header row. */
  columns: Column[] | null;
  /** The table whose header names its holders' post ("Агентство | Председатель"), whose rows the walk is in. */
  roleTable: RoleTable | null;
  /** The post the last heading names in the plural ("Советники Президента"), whose holders a list under it gives. */
  holders: string | null;
}

/** What a table of bodies and heads, or of a post's holders, made of a block: its header, or its row's lines. */
type HeadedBlock = 'header' | { lines: PersonLine[]; body: string | null; remarks?: string[] } | null;

/**
 * The block as the header or a row of a table whose columns are a body and its head, or a post's
 * holders ("Агентство | Председатель", "Заместитель Председателя | Курируемая сфера"), or as a
 * header-less "Body – Name" row; null for any other block (a line the template's readers take first).
 */
function readHeadedBlock(block: Block, state: WalkState, before: string, written: boolean): HeadedBlock {
  // (`written`: the block is the template's person line, "Председатель – Президент Грузии X", no table's.)
  // "Полномочные представители Президента" over "Северный округ – Лебедев Олег": a list of the post's holders.
  const listed = state.holders && !written ? readHoldersRow(block.text, state.holders) : null;
  if (listed) return { lines: linesOfHeadedRow(listed), body: null };
  if (block.kind === 'item' || state.inSites) return null;
  const header = written || readTableHeader(block.text) ? null : readRoleHeader(block.text);
  if (header) {
    // "Каждый заместитель Председателя Совета Министров курирует …:" before the table gives its post's body.
    state.roleTable = header.body === null ? { ...header, role: roleWithBody(header.role, before) } : header;
    return 'header';
  }
  if (state.roleTable && rowCells(block.text).length < 2) state.roleTable = null;
  const row = state.roleTable ? readRoleRow(block.text, state.roleTable) : null;
  if (row) return { lines: linesOfHeadedRow(row), body: row.body, remarks: row.remarks ?? [] };
  if (written) return null;
  const bare = readBodyHeadRow(block.text, headRoleOf(state.heading, block.text));
  return bare ? { lines: linesOfHeadedRow(bare), body: bare.body } : null;
}

/** A headed row's person lines: its post with the portfolio kept and its date, then the posts the row names of their own. */
function linesOfHeadedRow(row: HeadedRow): PersonLine[] {
  const [line] = readLine(row.line);
  if (!line) return [];
  const also = row.also.flatMap((text) => readLine(text));
  const ended = row.endDate ? { endDate: row.endDate } : {};
  return [{ ...line, titles: [row.title], startDate: row.startDate ?? line.startDate, datedTitle: 0, ...ended }, ...also];
}

/**
 * Walks the content blocks in page order, keeping track of the body the text speaks about: a
 * section break or a topic heading clears it; a heading that names a body (at any level), a
 * paragraph that defines a body ("… is the Head of State", "Name (ABBR) …", "the Government
 * exercises executive power"), a lead-in ("The Council of Ministers shall:") or a paragraph
 * whose subject is a body the page knows sets it. Each block goes to the one rule that claims it;
 * what looks like a record but no rule reads is a warning.
 */
export function walkContent(pageBlocks: readonly Block[], file: string, warnings: WarningLog): WalkResult {
  const nameAliases: NameAlias[] = [];
  const blocks = pageBlocks.map((block) => withoutAliases(block, nameAliases));
  const orgs = new OrgIndex();
  const result: WalkResult = { orgs, personLines: [], sites: [], tasks: [], paragraphs: [], nameAliases, remarks: [] };
  const state: WalkState = { context: null, heading: null, inSites: false, orphanLeadIn: false, columns: null, roleTable: null, holders: null };

  const defineBody: DefineBody = (name, block, fallback, how = {}) => {
    const org = orgs.add(name, classifyBodyName(name) ?? fallback, provenanceOf(block, file), how);
    if (isUnderHeadOfState(name)) org.underHeadOfState = true;
    return org;
  };

  let inResults = false;
  for (const block of blocks) {
    if (block.kind === 'break') {
      Object.assign(state, { context: null, heading: null, inSites: false, orphanLeadIn: false, columns: null, roleTable: null, holders: null });
      continue;
    }
    // The block's own person lines, read once for the table readers and the line readers below.
    const ownLines = readLine(block.text);
    // "Министр … | Ф.И.О. | <a href=…>Министерство …</a>": a row's linked cell is that body's site.
    if (block.links.length) for (const site of cellSites(rowCells(block.text), block.links)) result.sites.push({ ...site, block });
    const headed = readHeadedBlock(block, state, result.paragraphs.at(-1)?.text ?? '', ownLines.length > 0);
    // A header row names columns, no body and no person: nothing to keep but the rows it opens.
    if (headed === 'header') continue;
    if (headed) {
      // "Агентство по делам X – Петров П.И.": the body of the row's own cell, else the one the table stands under.
      const context = headed.body ? defineBody(headed.body, block, 'other') : state.context;
      for (const line of headed.lines) result.personLines.push({ line, context, block });
      for (const text of headed.remarks ?? []) result.remarks!.push({ text, block });
      continue;
    }
    const row = readRow(block, state);
    // "…, 24,6 % – Кабинет Министров и лишь 9,1 % – Милли Меджлис": a survey's figures are no "Title – Name" line.
    const survey = !row && isSurveySentence(block.text);
    const personLines = splitCellPosts(row ? lineOfRow(row) : survey ? readActingLine(block.text) : ownLines, block);
    // "Совет Министров –" in a list of sites is a site whose address the dump lost, not a person line.
    const inline = personLines.length ? null : parseInlineSite(block.text, block.links);
    const siteEntry = (state.inSites && parseSiteLine(block.text) !== null) || inline !== null;
    if (!personLines.length && !siteEntry && !survey && !definedBody(block.text) && looksLikePersonLine(block.text)) {
      warnings.add('unread-person-line', 'a line that seems to name a person and a post in a shape no rule reads: kept as a note', provenanceOf(block, file));
    }
    // "Ministry of Defence - www.mod.gov.kz" alone before a blank line reads as a heading in a dump: it is a site.
    const siteAsHeading = block.kind === 'heading' && !personLines.length ? parseSiteLine(block.text) : null;
    if (siteAsHeading?.url) {
      result.sites.push({ ...siteAsHeading, block });
      continue;
    }
    // "Official Sites" typed as a line of its own, not a heading (a dump that put the list right under it).
    if ((block.kind === 'heading' || isSitesHeading(readableHeading(block.text))) && !personLines.length) {
      walkHeading(block, state, defineBody, orgs);
      continue;
    }
    // "Official Site: www.president.am", "Официальный сайт: Президент Украины –": the site of the body the text speaks about.
    if (inline) {
      result.sites.push({ label: state.context?.name ?? inline.linkText, url: inline.url, block });
      continue;
    }
    if (state.inSites) {
      // A list of links: each link's text names the body, its address the site.
      const link = block.links.length === 1 && block.links[0]!.text === block.text ? block.links[0]! : null;
      const site = link ? { label: block.text, url: link.href } : parseSiteLine(block.text);
      if (site) {
        result.sites.push({ ...site, url: block.links[0]?.href ?? site.url, block });
        continue;
      }
      state.inSites = false;
    }
    if (personLines.length) {
      for (const line of personLines) result.personLines.push({ line, context: state.context, block });
      // "X – Президент с февраля 2003 года; 6 апреля 2004 года отрешён Сеймом …": the clause's event is the person's.
      if (!row) for (const text of lineEventClauses(block.text, personLines[0]!.name)) result.remarks!.push({ text, block });
      continue;
    }
    // "Name – 61,3 % (N голосов)" and the lines with a share after it: a list of results, no body's tasks.
    inResults = block.kind === 'item' && (readResultLine(block.text) !== null || (inResults && block.text.includes('%')));
    if (inResults) {
      result.paragraphs.push({ text: block.text, context: null, heading: state.heading, block });
      continue;
    }
    if (block.kind === 'item') {
      if (state.context && !state.orphanLeadIn) result.tasks.push({ org: state.context, text: block.text, block });
      else {
        if (state.orphanLeadIn) warnings.add('tasks-without-body', 'a list item after a lead-in that names no body the page describes: kept as a note', provenanceOf(block, file));
        result.paragraphs.push({ text: block.text, context: null, heading: state.heading, block });
      }
      continue;
    }
    // A paragraph that only names the post ("Советники Президента:") heads the list after it as a heading would.
    const holders = block.text.trimEnd().endsWith(':') ? holdersRoleOf(block.text.trimEnd().slice(0, -1)) : null;
    if (holders) state.holders = holders;
    const before = state.context;
    // A lead-in alone in its paragraph ("В задачи Аппарата входят:") points back to the paragraph right above it.
    const above = blocks[blocks.indexOf(block) - 1];
    const opener = above?.kind === 'paragraph' ? splitSentences(above.text)[0] ?? '' : '';
    const from = walkParagraph(block, state, orgs, defineBody, file, opener);
    // "The Council is chaired by the President. Secretary of the Council – Nikolai Patrushev (since …)": a line inside prose.
    // ("И.о. Премьер-министра: X": a dotted post's word ends no sentence.)
    const sentences = joinAtDottedPostWords(splitSentences(block.text));
    sentences.forEach((sentence, index) => {
      if (isSurveySentence(sentence)) return;
      const lines = index > 0 ? parsePersonLines(sentence) : [];
      // "С 13 июля 2009 г. Канцелярию возглавляет X": the head of the body the text speaks about.
      const head = !lines.length && state.context ? readBodyHead(sentence, state.context.name, sentences.slice(index + 1).join(' ')) : null;
      for (const line of head ? [head] : lines) result.personLines.push({ line, context: state.context, block });
      // "Совет координирует деятельность …": a function of the body, written as prose (sentences before its definition are not about it).
      if (state.context && index >= from) for (const text of findProseTasks(sentence, state.context.name)) result.tasks.push({ org: state.context, text, block });
    });
    if (from > 0) {
      // Sentences before the one that defines a body are not about it: a note of their own.
      const lead = sentences.slice(0, from).join(' ');
      const rest = sentences.slice(from).join(' ');
      result.paragraphs.push({ text: lead, context: before, heading: state.heading, block });
      result.paragraphs.push({ text: rest, context: state.context, heading: state.heading, block });
      before?.description.push(lead);
      state.context?.description.push(rest);
      continue;
    }
    result.paragraphs.push({ text: block.text, context: state.context, heading: state.heading, block });
    if (state.context) state.context.description.push(block.text);
  }
  return result;
}

/** "Гига (Гиорги) Бокерия" read as "Гига Бокерия", "Торага (спикер) Жогорку Кенеша" as "Торага Жогорку Кенеша", the page's words kept for the quote. */
function withoutAliases(block: Block, found: NameAlias[]): Block {
  const { text: named, aliases } = withoutNameAliases(block.text);
  const text = withoutPostGlosses(named);
  found.push(...aliases);
  return text === block.text ? block : { ...block, text, quote: block.quote ?? block.text };
}

type DefineBody = (name: string, block: Block, fallback: OrgDraft['classification'], how?: { defining?: boolean; heading?: boolean }) => OrgDraft;

/** A heading of the page's analysis rather than of a body's part: "Political elite", "Interest groups". */
function isAnalysisHeading(text: string): boolean {
  return ANALYSIS_HEADING.test(text);
}
const ANALYSIS_HEADING = new RegExp(eachLexicon((l) => anyOf(l.analysisHeadings)), 'iu');

/** "Назира Бакыт кызы – Секретарь Совета обороны": a line whose part before its dash names no body is a person's, not a body's heading. */
function isDashedLine(text: string): boolean {
  const parts = text.split(/\s[-–—]\s/u);
  return parts.length > 1 && !namesBody(parts[0]!);
}

/** A heading: a list of sites, a body's name (any level), a topic (clears the body), or a sub-heading. */
function walkHeading(heading: Block, state: WalkState, defineBody: DefineBody, orgs: OrgIndex): void {
  // "ADMINISTRATION OF THE PRESIDENT" names the body as "Administration of the President" does.
  const block = { ...heading, text: readableHeading(heading.text) };
  state.orphanLeadIn = false;
  state.holders = holdersRoleOf(block.text);
  // "Состав Правительства (на 1 ноября 2001 г.)": the caption of a body the page knows, whose members follow.
  const listed = compositionOf(block.text);
  const known = listed ? orgs.find(listed, { preferred: state.context }) : undefined;
  if (known) {
    state.context = known;
    state.heading = block.text;
    return;
  }
  if (isSitesHeading(block.text)) {
    state.inSites = true;
    return;
  }
  // A body's list of sites closes its part of the page: a heading after it opens another part.
  const afterSites = state.inSites;
  state.inSites = false;
  if (isHeadOfStateHeading(block.text)) {
    // "President": the office the next paragraph defines ("The President of … is the Head of State").
    state.context = null;
    state.heading = block.text;
    return;
  }
  // "Задачи совета" under the council's part: its list of tasks follows, no body of its own.
  if (isContextTaskHeading(block.text, state.context, orgs)) {
    state.heading = block.text;
    return;
  }
  if (namesBody(block.text) && !isDashedLine(block.text)) {
    state.context = defineBody(block.text, block, 'advisory-body', { heading: true });
    state.heading = block.text;
    // A linked heading (<h3><a href="…">Security Council</a></h3>) gives the body's website.
    if (block.links.length === 1 && block.links[0]!.text === block.text) state.context.website ??= block.links[0]!.href;
    return;
  }
  if (block.level <= 3 || !state.context || afterSites || isAnalysisHeading(block.text)) {
    // A topic heading ("Political elite"): what follows is no body's.
    state.context = null;
    state.heading = block.text;
  } else state.context.description.push(block.text);
}

/** A heading of the tasks of the body the text speaks about ("Задачи совета", "Functions of the Council"), naming no other body. */
function isContextTaskHeading(text: string, context: OrgDraft | null, orgs: OrgIndex): boolean {
  const leadIn = context ? readTaskHeading(text) : null;
  if (!leadIn) return false;
  return leadIn.body === null || orgs.find(leadIn.body, { preferred: context }) === context;
}

/**
 * The body a sentence introduces by name ("Администрация Президента … – государственный орган"):
 * one the page knows (by that name, or the body under whose shorter heading it stands, which takes
 * the fuller name), else a new body when the name is more than its noun ("Совет создан …" only
 * points back).
 */
function introducedBody(name: string, block: Block, state: WalkState, orgs: OrgIndex, defineBody: DefineBody): OrgDraft | null {
  const known = orgs.find(name, { preferred: state.context });
  if (known) return known;
  if (state.context && orgs.isShortFor(state.context, name)) {
    if (state.context.namedByHeading) orgs.rename(state.context, name);
    return state.context;
  }
  // Under its heading, a body defined by its other name is the heading's body: "Национальный совет
  // по государственной политике" (heading), then "Национальный совет Республики Казахстан создан …".
  if (state.context?.namedByHeading && sameBodyHead(state.context.name, name)) {
    orgs.addAlias(state.context, name);
    return state.context;
  }
  return name.includes(' ') ? defineBody(name, block, 'advisory-body', { defining: true }) : state.context;
}

/** A body name's words up to its body noun, as stems: "Национальный совет Республики …" → "национальн совет". */
function bodyHead(name: string): string | null {
  const words = name.split(/\s+/);
  const noun = words.findIndex((word) => namesBody(word));
  if (noun < 0) return null;
  return words.slice(0, noun + 1).map((word) => lexiconOfWord(word).stem(word.toLowerCase())).join(' ');
}

/**
 * Whether `other` is another name of the body `name`: it opens alike up to the body noun and goes on
 * only with the state's name ("… Республики Казахстан", "… of the Republic of Armenia", "при
 * Президенте …"), never with a topic of its own ("Национальная комиссия по вопросам демократизации").
 */
export function sameBodyHead(name: string, other: string): boolean {
  const head = bodyHead(name);
  if (head === null || head !== bodyHead(other)) return false;
  const words = other.split(/\s+/);
  const rest = words.slice(words.findIndex((word) => namesBody(word)) + 1);
  return rest.every((word) => /^\p{Lu}/u.test(word) || STOPWORDS.has(word.toLowerCase()));
}

/** Every lexicon's small words ("of", "при"), once. */
const STOPWORDS = new Set(allWords((l) => l.stopwords).map((w) => w.toLowerCase()));

/** A paragraph: it may define the body that the following text speaks about, or open a list of its tasks. */
function walkParagraph(block: Block, state: WalkState, orgs: OrgIndex, defineBody: DefineBody, file: string, opener: string): number {
  const sentences = splitSentences(block.text);
  const first = sentences[0] ?? '';
  // A survey's sentence quotes bodies ("trust the Government") but never defines one.
  const survey = isSurveySentence(first);
  // "Mongolia is a parliamentary republic. The President of Mongolia is the Head of State …"
  const definedAt = survey ? -1 : sentences.slice(0, 3).findIndex((sentence) => headOfStateName(sentence) !== null);
  const headOfState = definedAt >= 0 ? headOfStateName(sentences[definedAt]!) : null;
  const abbreviated = survey ? null : abbreviatedBody(block.text);
  // "Кабинет Министров (Правительство) Лесовии является …": a body's other name in an aside (no acronym) is left out of its name.
  const plain = first.replace(/\s+\((?!\p{Lu}{2,8}\))[^()]*\)/gu, '');
  const government = survey ? null : governmentName(plain);
  if (headOfState) state.context = defineBody(headOfState, block, 'head-of-state', { defining: true });
  else if (abbreviated) {
    const org = defineBody(abbreviated.name, block, 'administration', { defining: true });
    state.context = org;
    org.abbreviation ??= abbreviated.abbreviation;
    orgs.addAlias(org, abbreviated.abbreviation);
  } else if (government) {
    state.context = defineBody(government, block, 'government', { defining: true });
    // Under its heading "Кабинет Министров", the body takes the fuller name its definition gives ("… Лесовии").
    const fuller = definedBody(plain);
    if (state.context.namedByHeading && state.context.name === government && fuller?.startsWith(`${government} `)) orgs.rename(state.context, fuller);
  }
  else if (!survey && definedBody(plain)) state.context = introducedBody(definedBody(plain)!, block, state, orgs, defineBody);
  else if (!survey) {
    // "The Security Council coordinates …": a body the page already knows becomes the subject.
    const subject = subjectBody(first);
    const known = subject ? orgs.find(subject, { preferred: state.context }) : undefined;
    if (known) state.context = known;
  }
  state.orphanLeadIn = false;
  const leadIn = readLeadIn(sentences[sentences.length - 1] ?? '');
  if (leadIn) {
    const named = leadIn.body ? orgs.find(leadIn.body, { preferred: state.context }) : undefined;
    if (named) state.context = named;
    // A bare noun ("The Commission shall:") names a body only when the page has one of that kind.
    else if (leadIn.body && namesBody(leadIn.body) && (leadIn.body.includes(' ') || classifyBodyName(leadIn.body) === 'government')) {
      state.context = defineBody(leadIn.body, block, 'advisory-body');
    }
    else {
      // "Канцелярия Президента обеспечивает … Канцелярия:": the first sentence's subject, new to the page, owns the list.
      // (A lead-in naming no body under a body's part stays that body's.)
      const subject = survey || (state.context && !leadIn.body) ? null : leadInSubject(sentences.length > 1 ? first : opener, leadIn.body);
      if (subject) state.context = defineBody(subject, block, 'advisory-body', { defining: true });
      else if (!state.context) state.orphanLeadIn = true;
    }
  }
  if (state.context && !survey) {
    for (const sentence of sentences) {
      state.context.founded ??= foundingDate(sentence);
      const predecessor = predecessorBody(sentence);
      if (predecessor && !state.context.predecessor) {
        const earlier = orgs.add(predecessor, state.context.classification, provenanceOf(block, file, sentence));
        // A body is never its own predecessor.
        if (earlier !== state.context) state.context.predecessor = earlier;
      }
    }
  }
  return headOfState ? definedAt : 0;
}
