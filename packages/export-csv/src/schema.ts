import {
  EventSchema,
  ID_PATTERN,
  ISSUE_LEVELS,
  MEMBERSHIP_STATUSES,
  ORGANIZATION_CLASSIFICATIONS,
  RECORD_COLLECTIONS,
  RECORD_NOUN,
  SourceSchema,
  StatisticSchema,
} from '@profiles/model';
import {
  codeColumn,
  dateColumn,
  enumColumn,
  idColumn,
  integerColumn,
  listColumn,
  numberColumn,
  textColumn,
  urlColumn,
} from './columns.js';
import { defineTable, type ForeignKey } from './table.js';

/**
 * The CSV tables, each with its columns in the order they are written. This is the one place the
 * layout is defined: the writer takes the header from here and `toTableSchema` the Frictionless
 * fields, so the two cannot disagree.
 *
 * Record IDs are stable across pages (the same person on two pages of one country has one ID), and
 * a record table holds one row per record and country (`id` is its key), gathered from every page
 * and dated snapshot of the country that shows it, with when it was first and last seen; a
 * membership says whether its post is still held. Sources, notes, issues and provenance stay one
 * row per page (`(source_id, id)`). Rows are sorted by key; IDs start with the country code, so a
 * build writes each country's rows once it has read the country's pages.
 */

/** The columns that tell where a row comes from; they end every record table. */
function whereFrom() {
  return [
    codeColumn('country', 'ISO 3166-1 alpha-2 code of the country the page describes, lower case.', {
      required: true,
      pattern: '[a-z]{2}',
    }),
    idColumn('source_id', 'source', 'The page this row was read from (sources.csv); for a record table, the first page that shows it.', { required: true }),
    codeColumn('source_file', 'The raw page file, relative to the repository root, of the first place the page states this.', {
      required: true,
    }),
    integerColumn(
      'source_line',
      'The 1-based line in source_file where the first statement of this record begins; every statement is in provenance.csv.',
      { required: true, minimum: 1 },
    ),
    textColumn('source_quote', 'The page text of that first statement.', { required: true }),
  ] as const;
}

/** An issue code as the model checks it (kebab-case), in the XML Schema syntax Table Schema uses. */
export const ISSUE_CODE_PATTERN = '[a-z][a-z0-9]*(-[a-z0-9]+)*';

/**
 * The columns that tell when and where a country's record was seen: one row per record and
 * country, gathered from every page and dated snapshot that shows it.
 */
function seenColumns() {
  return [
    dateColumn('first_seen', 'The date of the first snapshot of a page that shows this record (empty: only undated pages show it).'),
    dateColumn('last_seen', 'The date of the last snapshot of a page that shows this record.'),
    listColumn('pages', 'Every page (country/section) that shows this record.', { required: true }),
  ] as const;
}

const toSources: ForeignKey<'source_id'> = { fields: ['source_id'], reference: { resource: 'sources', fields: ['source_id'] } };

function toRecords<N extends string>(field: N, resource: 'persons' | 'organizations'): ForeignKey<N> {
  return { fields: [field], reference: { resource, fields: ['id'] } };
}

export const sourcesTable = defineTable({
  name: 'sources',
  title: 'Sources',
  description: 'One row per profile page: where it was found, who published it, and the checksum of the bytes read.',
  columns: [
    idColumn('source_id', 'source', 'ID of the page; every other table refers to it.', { required: true, unique: true }),
    codeColumn('country', 'ISO 3166-1 alpha-2 code of the country the page describes, lower case.', {
      required: true,
      pattern: '[a-z]{2}',
    }),
    textColumn('country_name', 'The country in English.', { required: true }),
    codeColumn('file', 'Path of the raw page relative to the repository root, with forward slashes.', { required: true, unique: true }),
    textColumn('section', 'The section as the page titles it, e.g. "Executive branch".', { required: true }),
    textColumn('title', 'The page title.', { required: true }),
    textColumn(
      'publisher',
      'Who published the page; the page text belongs to them. Empty when neither the page nor its sidecar names one (the page then has a no-publisher warning in issues.csv).',
    ),
    urlColumn('url', 'Where the page was published, where known.'),
    codeColumn('language', 'BCP 47 language tag of the page.', { required: true, pattern: '[a-z]{2,3}(-[A-Za-z0-9]+)*' }),
    dateColumn('retrieved', 'When the page was fetched, where known.'),
    enumColumn('format', SourceSchema.shape.format.options, 'What the raw page is: HTML or plain text.', { required: true }),
    codeColumn('encoding', 'The character encoding the page bytes were decoded from.', { required: true }),
    codeColumn('sha256', 'SHA-256 of the raw page bytes, lower-case hex.', { required: true, pattern: '[0-9a-f]{64}' }),
    dateColumn('latest_date', 'The newest date the page mentions: a floor for how current it is.'),
  ],
  primaryKey: ['source_id'],
  foreignKeys: [],
});

export const personsTable = defineTable({
  name: 'persons',
  title: 'Persons',
  description: 'People the pages name, one row per person and country.',
  columns: [
    idColumn('id', 'person', 'ID of the person, the same on every page of the country.', { required: true }),
    textColumn('name', 'The fullest form of the name the page uses, as written.', { required: true }),
    textColumn('family_name', 'Family name.', { required: true }),
    textColumn('given_name', 'Given name, where the page gives it.'),
    textColumn('patronymic', 'Patronymic, where the page gives it.'),
    listColumn('aliases', 'Every form of the name the page uses, including name.', { required: true }),
    ...seenColumns(),
    ...whereFrom(),
  ],
  primaryKey: ['id'],
  foreignKeys: [toSources],
});

export const organizationsTable = defineTable({
  name: 'organizations',
  title: 'Organizations',
  description: 'Offices and bodies of the political system, one row per body and country.',
  columns: [
    idColumn('id', 'organization', 'ID of the body, the same on every page of the country.', { required: true }),
    textColumn('name', 'Name of the body.', { required: true }),
    enumColumn('classification', ORGANIZATION_CLASSIFICATIONS, 'What kind of body it is.', { required: true }),
    textColumn('abbreviation', 'Abbreviation the page uses, where it has one.'),
    idColumn('parent_id', 'organization', 'The body this one belongs to (organizations.id), where the page says so.'),
    textColumn('parent_name', 'Name of the parent body.'),
    dateColumn('founded', 'When the body was founded, where the page says so.'),
    idColumn('predecessor_id', 'organization', 'The body this one replaced (organizations.id), where the page says so.'),
    textColumn('predecessor_name', 'Name of the predecessor body.'),
    textColumn('description', 'What the page says the body is and does; may hold paragraph breaks.'),
    urlColumn('website', 'The body’s website, where the page gives it.'),
    listColumn('aliases', 'Other names the page uses for the body; empty when none.'),
    ...seenColumns(),
    ...whereFrom(),
  ],
  primaryKey: ['id'],
  foreignKeys: [toRecords('parent_id', 'organizations'), toRecords('predecessor_id', 'organizations'), toSources],
});

export const membershipsTable = defineTable({
  name: 'memberships',
  title: 'Memberships',
  description: 'Who holds which post in which body, one row per post-holding and country, with whether it is still held.',
  columns: [
    idColumn('id', 'membership', 'ID of the membership.', { required: true }),
    idColumn('person_id', 'person', 'The holder (persons.id).', { required: true }),
    textColumn('person_name', 'Name of the holder.', { required: true }),
    textColumn('role', 'The post shortened to the role: "Chair", "Deputy Prime Minister".', { required: true }),
    textColumn('title', 'The whole title as the page writes it.', { required: true }),
    idColumn('organization_id', 'organization', 'The body the post is in (organizations.id); empty when the title names no body the page describes.'),
    textColumn('organization_name', 'Name of that body.'),
    dateColumn('start_date', 'When the holder took the post, where the page says so.'),
    idColumn('predecessor_id', 'person', 'Who held the post before (persons.id), where the page says so.'),
    textColumn('predecessor_name', 'Name of the predecessor.'),
    enumColumn('status', MEMBERSHIP_STATUSES, 'current: the latest snapshot of a page that showed it still shows it; ended: the page gives the post as past ("former Minister", "held the post from 2000 to 2005"), or a later snapshot no longer shows it.', { required: true }),
    dateColumn('ended_before', 'For a post a later snapshot no longer shows: the date of that snapshot (the post ended before then).'),
    ...seenColumns(),
    ...whereFrom(),
    // Added after the columns above so that their positions stay as they were.
    dateColumn('end_date', 'For an ended post: when it ended, where the page says so ("was dismissed on 6 November 2012", "from 2000 to 2005").'),
  ],
  primaryKey: ['id'],
  foreignKeys: [
    toRecords('person_id', 'persons'),
    toRecords('organization_id', 'organizations'),
    toRecords('predecessor_id', 'persons'),
    toSources,
  ],
});

export const eventsTable = defineTable({
  name: 'events',
  title: 'Events',
  description: 'Elections and referendums, with the winner and vote share where the page gives them, and the other dated events the page reports: inaugurations, resignations, deaths, upheavals and decisions.',
  columns: [
    idColumn('id', 'event', 'ID of the event.', { required: true }),
    enumColumn('kind', EventSchema.shape.kind.options, 'Election or referendum; or inauguration (an oath, taking office), resignation, death, upheaval (an overthrow, a seizure of power) or decision (a decree, an amendment adopted, a court ruling, a state of emergency).', { required: true }),
    dateColumn('date', 'When it took place.', { required: true }),
    idColumn('organization_id', 'organization', 'The office an election filled, or the office another event is about (organizations.id).'),
    textColumn('organization_name', 'Name of that office.'),
    idColumn('person_id', 'person', 'The winner of an election, or the person another event is about: who took office, resigned, died or was overthrown (persons.id).'),
    textColumn('person_name', 'Name of the winner, or of the person the event is about.'),
    numberColumn('vote_share', 'The winner’s share of the votes, in percent; of a referendum, the share that voted for it.', { minimum: 0, maximum: 100 }),
    integerColumn('term_years', 'Length of the term won, in years.', { minimum: 1 }),
    textColumn(
      'other_candidates',
      'The other candidates of an election, most votes first, each with the share the page gives: "Levon Ter-Petrosyan (21.5%); Vazgen Manukyan (12.6%)", else with the count of votes in the page’s language: "Egils Levits (24 votes)", "Эгилс Левитс (24 голоса)"; of a round the page says nobody won, every candidate. One row per candidate in election_results.csv.',
    ),
    textColumn('outcome', 'What a referendum decided, in the page’s words.'),
    textColumn('description', 'The page’s account of the event; may hold paragraph breaks.', { required: true }),
    ...seenColumns(),
    ...whereFrom(),
    integerColumn('votes', 'The winner’s count of votes ("53 votes of the Parliament", "1,234,567 votes"), or a body’s votes for a decision; empty where the page gives none.', { minimum: 0 }),
    numberColumn('turnout', 'The share of voters who voted, in percent: the election’s or the referendum’s, never a candidate’s.', { minimum: 0, maximum: 100 }),
    textColumn('title', 'The event as the page names it, in the page’s language: a referendum’s own word and topic ("референдум о …"), a failed vote’s clause ("Сейм дважды безуспешно пытался избрать Президента"), a body’s election ("выборы в Жогорку Кенеш"), what happened in another event ("инаугурация Д.А. Медведева", "объявила об отставке"); empty where the page gives no more than a date.'),
  ],
  primaryKey: ['id'],
  foreignKeys: [toRecords('organization_id', 'organizations'), toRecords('person_id', 'persons'), toSources],
});

export const electionResultsTable = defineTable({
  name: 'election_results',
  title: 'Election results',
  description:
    'Every candidate of an election that the page names, one row per election and candidate: the winner (rank 1, won = yes) and the others with their vote shares (runner-ups, the candidates of a round the page says nobody won). A candidate is a person (persons.csv) and holds no post by it.',
  columns: [
    idColumn('event_id', 'event', 'The election (events.id).', { required: true }),
    dateColumn('event_date', 'When the election (or round) took place.', { required: true }),
    integerColumn('rank', 'The candidate’s place: 1 for the winner (in a round without a winner, the most votes), 2 for the runner-up, …; empty where the page places no one (the one candidate it names of a round nobody won).', { minimum: 1 }),
    idColumn('person_id', 'person', 'The candidate (persons.id).', { required: true }),
    textColumn('person_name', 'Name of the candidate.', { required: true }),
    numberColumn('vote_share', 'The candidate’s share of the votes, in percent; empty where the page names the candidate without one.', { minimum: 0, maximum: 100 }),
    enumColumn('won', ['yes', 'no'], 'yes for the winner of the election; no for every other candidate.', { required: true }),
    codeColumn('country', 'ISO 3166-1 alpha-2 code of the country the page describes, lower case.', { required: true, pattern: '[a-z]{2}' }),
    idColumn('source_id', 'source', 'The first page that shows the election (sources.csv).', { required: true }),
    integerColumn('votes', 'The candidate’s count of votes; empty where the page gives none.', { minimum: 0 }),
  ],
  primaryKey: ['event_id', 'person_id'],
  foreignKeys: [{ fields: ['event_id'], reference: { resource: 'events', fields: ['id'] } }, toRecords('person_id', 'persons'), toSources],
});

export const tasksTable = defineTable({
  name: 'tasks',
  title: 'Tasks',
  description: 'The tasks a body has, in the order of the page’s list.',
  columns: [
    idColumn('id', 'task', 'ID of the task.', { required: true }),
    idColumn('organization_id', 'organization', 'The body with this task (organizations.id).', { required: true }),
    textColumn('organization_name', 'Name of that body.', { required: true }),
    integerColumn('position', '1-based position in the body’s list, as on the page.', { required: true, minimum: 1 }),
    textColumn('text', 'The task as the page words it.', { required: true }),
    ...seenColumns(),
    ...whereFrom(),
  ],
  primaryKey: ['id'],
  foreignKeys: [toRecords('organization_id', 'organizations'), toSources],
});

export const statisticsTable = defineTable({
  name: 'statistics',
  title: 'Statistics',
  description: "Survey figures and votes' turnouts the pages quote.",
  columns: [
    idColumn('id', 'statistic', 'ID of the figure.', { required: true }),
    textColumn('author', 'Who measured it; empty when the page does not name the pollster or the counting commission.'),
    textColumn('topic', 'What was asked; for a turnout the page language\'s word for it (`turnout`, `явка`).', { required: true }),
    textColumn('subject', 'What the figure is about; for a turnout the vote as the page names it, with its date in brackets where the page gives one.', { required: true }),
    numberColumn('value', 'The figure, in unit.', { required: true }),
    enumColumn('unit', StatisticSchema.shape.unit.options, 'The unit of value: percent, rank (a place in a ranking) or points (a score on a scale).', { required: true }),
    ...seenColumns(),
    ...whereFrom(),
    numberColumn('out_of', 'The scale\u2019s top for a rank or a score: the countries ranked ("170th of 176" → 176), a score\u2019s maximum ("6.93 of 7" → 7); empty for a percentage.', { minimum: 0 }),
  ],
  primaryKey: ['id'],
  foreignKeys: [toSources],
});

export const groupsTable = defineTable({
  name: 'groups',
  title: 'Groups',
  description: 'Clans, interest groups and other informal groups the pages describe.',
  columns: [
    idColumn('id', 'group', 'ID of the group.', { required: true }),
    textColumn('name', 'Name of the group.', { required: true }),
    textColumn('category', 'The kind of group, from the page’s own noun: "zhuz", "interest group".', { required: true }),
    textColumn('local_name', 'The group’s own-language name, where given.'),
    textColumn('region', 'Where the group is rooted, where given.'),
    textColumn('description', 'What the page says about the group; may hold paragraph breaks.'),
    ...seenColumns(),
    ...whereFrom(),
    textColumn('members', 'The people the page names as the group\u2019s, in its order, as one readable cell: "Игорь Сечин; Николай Патрушев". One row per person in group_members.csv.'),
  ],
  primaryKey: ['id'],
  foreignKeys: [toSources],
});

export const groupMembersTable = defineTable({
  name: 'group_members',
  title: 'Group members',
  description:
    'Who is in a group, as the page names them: one row per group and person, in the page\u2019s order. A member is a person (persons.csv) and holds no post by it.',
  columns: [
    idColumn('group_id', 'group', 'The group (groups.id).', { required: true }),
    textColumn('group_name', 'Name of the group.', { required: true }),
    integerColumn('position', 'The person\u2019s place in the page\u2019s list of the group\u2019s people, from 1.', { required: true, minimum: 1 }),
    idColumn('person_id', 'person', 'The member (persons.id).', { required: true }),
    textColumn('person_name', 'Name of the member.', { required: true }),
    codeColumn('country', 'ISO 3166-1 alpha-2 code of the country the page describes, lower case.', { required: true, pattern: '[a-z]{2}' }),
    idColumn('source_id', 'source', 'The first page that shows the group (sources.csv).', { required: true }),
  ],
  primaryKey: ['group_id', 'position'],
  foreignKeys: [{ fields: ['group_id'], reference: { resource: 'groups', fields: ['id'] } }, toRecords('person_id', 'persons'), toSources],
});

export const materialsTable = defineTable({
  name: 'materials',
  title: 'Materials',
  description: 'Articles and other materials the pages list.',
  columns: [
    idColumn('id', 'material', 'ID of the material.', { required: true }),
    textColumn('kind', 'The rubric: "Topic", "Expert forum", "Opinion".', { required: true }),
    dateColumn('date', 'When it was published.', { required: true }),
    textColumn('title', 'Title, where the page gives one.'),
    urlColumn('url', 'Link to the material, where given.'),
    integerColumn('position', '1-based position in the page’s list.', { required: true, minimum: 1 }),
    ...seenColumns(),
    ...whereFrom(),
  ],
  primaryKey: ['id'],
  foreignKeys: [toSources],
});

export const notesTable = defineTable({
  name: 'notes',
  title: 'Notes',
  description: 'Page text that no rule turned into a record: kept, never dropped.',
  columns: [
    idColumn('id', 'note', 'ID of the note.', { required: true }),
    textColumn('heading', 'The heading the text stands under, where the page has one.'),
    idColumn('organization_id', 'organization', 'The body the text speaks about (organizations.id), where known.'),
    textColumn('organization_name', 'Name of that body.'),
    integerColumn('position', '1-based position of the note on the page.', { required: true, minimum: 1 }),
    textColumn('text', 'The text; may hold paragraph breaks.', { required: true }),
    ...whereFrom(),
  ],
  primaryKey: ['source_id', 'id'],
  foreignKeys: [toRecords('organization_id', 'organizations'), toSources],
});

export const issuesTable = defineTable({
  name: 'issues',
  title: 'Issues',
  description:
    'What the ingest met on a page but could not read, one row per warning and page, with the line and text it is ' +
    'about: kept so a reader sees what the other tables may lack. A warning never stops a build.',
  columns: [
    idColumn('id', 'issue', 'ID of the warning.', { required: true }),
    enumColumn('level', ISSUE_LEVELS, 'How serious it is: a warning is kept in the dataset and never stops a build.', { required: true }),
    codeColumn('code', 'The kind of problem, a stable kebab-case code: "no-publisher", "unread-person-line", "duplicate-mention".', {
      required: true,
      pattern: ISSUE_CODE_PATTERN,
    }),
    textColumn('message', 'What was not understood, in one line.', { required: true }),
    ...whereFrom(),
  ],
  primaryKey: ['source_id', 'id'],
  foreignKeys: [toSources],
});

/** The record kinds `provenance.csv` names, in model order: "person", "organization", … */
export const RECORD_KINDS = RECORD_COLLECTIONS.map((collection) => RECORD_NOUN[collection]);

export const provenanceTable = defineTable({
  name: 'provenance',
  title: 'Provenance',
  description:
    'Every place a page states a record, one row per statement. record_id points into the table for record_kind ' +
    '(with the same source_id); that link has no foreign key because it spans several tables.',
  columns: [
    codeColumn('record_id', 'ID of the record stated (id in the table for record_kind).', {
      required: true,
      pattern: ID_PATTERN.source.replace(/^\^|\$$/g, ''),
    }),
    enumColumn('record_kind', RECORD_KINDS, 'The kind of record: person → persons.csv, organization → organizations.csv, and so on.', {
      required: true,
    }),
    codeColumn('country', 'ISO 3166-1 alpha-2 code of the country the page describes, lower case.', {
      required: true,
      pattern: '[a-z]{2}',
    }),
    idColumn('source_id', 'source', 'The page (sources.csv).', { required: true }),
    integerColumn('position', '1-based order of this statement among the record’s statements.', { required: true, minimum: 1 }),
    codeColumn('file', 'The raw page file, relative to the repository root.', { required: true }),
    integerColumn('line', '1-based line where the statement begins.', { required: true, minimum: 1 }),
    integerColumn('end_line', '1-based line where the statement ends.', { required: true, minimum: 1 }),
    codeColumn('element', 'For HTML pages, the path of the element holding the statement: "body > div.content > p:nth-of-type(3)".'),
    textColumn('quote', 'The page text of the statement; may hold paragraph breaks.', { required: true }),
  ],
  primaryKey: ['source_id', 'record_id', 'position'],
  foreignKeys: [toSources],
});

/** Every table, in the order the data package lists them. */
export const TABLES = [
  sourcesTable,
  personsTable,
  organizationsTable,
  membershipsTable,
  eventsTable,
  electionResultsTable,
  tasksTable,
  statisticsTable,
  groupsTable,
  groupMembersTable,
  materialsTable,
  notesTable,
  issuesTable,
  provenanceTable,
] as const;

/** The name of a table: "sources", "persons", … */
export type TableName = (typeof TABLES)[number]['name'];
