import { z } from 'zod';

// Changing a rule here? `conforms.ts` repeats every rule as a fast yes-check before zod runs:
// change it there too (its tests catch a missing or extra field, not a changed rule).
import { ID_PATTERN } from './ids.js';
import { isValidPartialDate } from './dates.js';

/** A record ID: `<country>-<kind>-<12 hex>` (see `makeId`). */
export const Id = z.string().regex(ID_PATTERN, 'must be an ID like kz-person-0123456789ab');

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a real calendar date. */
export const PartialDateSchema = z
  .string()
  .refine(isValidPartialDate, 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD');

/** Text as a person reads it: no leading or trailing space, no line breaks, not empty. */
const Text = z
  .string()
  .min(1, 'must not be empty')
  .refine((s) => s === s.trim() && !/[\r\n]/.test(s), 'must be one trimmed line of text');

/** Longer text that may hold paragraph breaks (`\n\n`). */
const LongText = z.string().min(1, 'must not be empty');

/** Percent in 0–100, as the page gives it. */
const Percent = z.number().min(0, 'must be at least 0').max(100, 'must be at most 100');
/** A count of votes: a whole number, zero or more. */
const VoteCount = z.int().nonnegative();

/**
 * Where a record came from: the raw file, the 1-based line range in it (HTML too: the lines the
 * element spans), the element path for HTML (`body > div.content > p:nth-of-type(3)`), and the
 * quoted source text.
 */
export const ProvenanceSchema = z.strictObject({
  file: Text,
  line: z.int().positive(),
  endLine: z.int().positive(),
  element: z.string().nullable(),
  quote: LongText,
});

const provenanceList = z.array(ProvenanceSchema).min(1, 'must cite at least one source location');

export const CountrySchema = z.strictObject({
  /** ISO 3166-1 alpha-2, lower case as in `raw/<code>/`. */
  code: z.string().regex(/^[a-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in lower case'),
  name: Text,
});

export const SourceSchema = z.strictObject({
  id: Id,
  /** Path of the raw page relative to the repository root, with forward slashes. */
  file: Text,
  country: CountrySchema,
  /** The section as the page titles it, e.g. "Executive branch". */
  section: Text,
  title: Text,
  /** Who published the page: its masthead, else the sidecar; null (with a warning) when neither says. */
  publisher: Text.nullable(),
  url: z.url().nullable(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a BCP 47 language tag'),
  retrieved: PartialDateSchema.nullable(),
  format: z.enum(['html', 'text']),
  /** The character encoding the bytes were decoded from. */
  encoding: Text,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The newest date the page mentions: a floor for how current the page is. */
  latestDate: PartialDateSchema.nullable(),
});

export const PersonSchema = z.strictObject({
  id: Id,
  /** The fullest form the page uses, as written. */
  name: Text,
  familyName: Text,
  givenName: Text.nullable(),
  patronymic: Text.nullable(),
  /** Every form the page uses for this person (sorted), including `name`. */
  aliases: z.array(Text).min(1),
  provenance: provenanceList,
});

export const ORGANIZATION_CLASSIFICATIONS = [
  'head-of-state',
  'administration',
  'advisory-body',
  'government',
  'ministry',
  'other',
] as const;

export const OrganizationSchema = z.strictObject({
  id: Id,
  name: Text,
  classification: z.enum(ORGANIZATION_CLASSIFICATIONS),
  parentId: Id.nullable(),
  abbreviation: Text.nullable(),
  founded: PartialDateSchema.nullable(),
  predecessorId: Id.nullable(),
  description: LongText.nullable(),
  website: z.url().nullable(),
  /** Other names the page uses for the body (sorted): "Presidential Administration", "AP". */
  aliases: z.array(Text),
  provenance: provenanceList,
});

/** Whether a post is held now (`current`) or was held before (`ended`): "former Prime Minister X", "held the post from 2000 to 2005". */
export const MEMBERSHIP_STATUSES = ['current', 'ended'] as const;

export const MembershipSchema = z.strictObject({
  id: Id,
  personId: Id,
  /** Null when the title names no body the page describes ("Human Rights Commissioner of …"). */
  organizationId: Id.nullable(),
  /** The post as the page names it, shortened to the role: "Chair", "Deputy Prime Minister". */
  role: Text,
  /** The whole title as written: "Head of the Presidential Administration". */
  title: Text,
  startDate: PartialDateSchema.nullable(),
  /** When the post ended, where the page says so ("was dismissed on 6 November 2012", "from 2000 to 2005"). */
  endDate: PartialDateSchema.nullable(),
  /** `ended` for a post the page gives as past; `current` else. */
  status: z.enum(MEMBERSHIP_STATUSES),
  /** The person who held this post before, where the page says so. */
  predecessorId: Id.nullable(),
  provenance: provenanceList,
});

/**
 * One candidate's result in an election, as the page gives it: who, with what share, in which
 * place. The winner is rank 1 (and the event's `personId`); a runner-up is never a post's holder.
 */
export const ElectionResultSchema = z.strictObject({
  personId: Id,
  /** The candidate's share of the votes, in percent; null where the page names the candidate without one ("X defeated Y"). */
  voteShare: Percent.nullable(),
  /** The candidate's count of votes (or a body's members' votes); null where the page gives none. */
  votes: VoteCount.nullable(),
  /**
   * Place in the vote: 1 for the winner (in a round without a winner, the most votes), 2 for the
   * runner-up, …; null where the page's figures place no one: the one candidate it names of a round
   * nobody won ("в первом туре он получил 31,17 %" says nothing of who came first).
   */
  rank: z.int().positive().nullable(),
});

/**
 * What an event is: a vote (`election`, `referendum`), or a dated turn of a post or of the state the
 * page reports: a head's `inauguration` (oath, taking office), a `resignation`, a `death`, an
 * `upheaval` (an overthrow, a seizure of power, a revolution) and a `decision` (a decree, an
 * amendment adopted, a court's ruling, a state of emergency declared).
 */
export const EVENT_KINDS = ['election', 'referendum', 'inauguration', 'resignation', 'death', 'upheaval', 'decision'] as const;

export const EventSchema = z.strictObject({
  id: Id,
  kind: z.enum(EVENT_KINDS),
  date: PartialDateSchema,
  /** The office an election filled; of another kind, the office the event is about (the President's of an inauguration). */
  organizationId: Id.nullable(),
  /** The winner of an election; of another kind, the person the event is about (who took office, resigned, died, was overthrown). */
  personId: Id.nullable(),
  /** The winner's share of the votes, in percent; of a referendum, the share that voted for it. */
  voteShare: Percent.nullable(),
  /** The winner's count of votes ("53 голосами", "with 1,234,567 votes"), a body's votes for a decision ("175 голосами утвердил поправки"); null where the page gives none. */
  votes: VoteCount.nullable(),
  /** Length of the term won, in years. */
  termYears: z.int().positive().nullable(),
  /** The share of voters who voted, in percent: the election's, never a candidate's. */
  turnout: Percent.nullable(),
  /**
   * Every candidate the page names in the election's sentences, by rank: the winner (rank 1) and the
   * others with their shares (runner-ups, a first round's candidates); empty for a referendum.
   */
  results: z.array(ElectionResultSchema),
  /** What a referendum decided, in the page's words. */
  outcome: Text.nullable(),
  /**
   * The event as the page names it, in the page's own words and language: a referendum's noun and
   * topic ("консультативный референдум (о сокращении числа депутатов)"), a failed vote's clause
   * ("Сейм дважды безуспешно пытался избрать Президента"), a body's election ("выборы в Жогорку
   * Кенеш"), what happened of another kind ("инаугурация Д.А. Медведева", "объявила об отставке");
   * null where the page gives no more than a date.
   */
  title: Text.nullable(),
  description: LongText,
  provenance: provenanceList,
});

export const TaskSchema = z.strictObject({
  id: Id,
  organizationId: Id,
  /** 1-based position in the body's list, as on the page. */
  position: z.int().positive(),
  text: Text,
  provenance: provenanceList,
});

/** The units of a figure. */
export const STATISTIC_UNITS = ['percent', 'rank', 'points'] as const;

export const StatisticSchema = z.strictObject({
  id: Id,
  /** Who measured it: "Central Asian Agency for Political Research"; null when the page does not say. */
  author: Text.nullable(),
  /** What was asked: "top three influential lobby groups in Kazakhstan". */
  topic: Text,
  subject: Text,
  value: z.number(),
  /** A share (`percent`), a place in a ranking (`rank`: 170 of 176 countries) or a score on a scale (`points`: 6.93 of 7). */
  unit: z.enum(STATISTIC_UNITS),
  /** The scale's top: the countries ranked (176), a score's maximum (7); null for a percentage. */
  outOf: z.number().positive().nullable(),
  provenance: provenanceList,
});

export const GroupSchema = z.strictObject({
  id: Id,
  name: Text,
  /** The kind of group, from the page's own noun: "zhuz", "interest group". */
  category: Text,
  /** The group's own-language name: "Uly". */
  localName: Text.nullable(),
  region: Text.nullable(),
  description: LongText.nullable(),
  /** The persons the page names as the group's people ("«силовики» – Игорь Сечин, …"), in the page's order. */
  memberIds: z.array(Id),
  provenance: provenanceList,
});

export const MaterialSchema = z.strictObject({
  id: Id,
  /** The rubric: "Topic", "Expert forum", "Opinion". */
  kind: Text,
  date: PartialDateSchema,
  title: Text.nullable(),
  url: z.url().nullable(),
  /** 1-based position in the page's list. */
  position: z.int().positive(),
  provenance: provenanceList,
});

/** Page text that no rule turned into a record: kept, never dropped. */
export const NoteSchema = z.strictObject({
  id: Id,
  /** The heading the text stands under, where the page has one. */
  heading: Text.nullable(),
  /** The body the text speaks about, where known. */
  organizationId: Id.nullable(),
  position: z.int().positive(),
  text: LongText,
  provenance: provenanceList,
});

/** How serious a problem is: a warning is kept in the dataset and never stops a build. */
export const ISSUE_LEVELS = ['warning'] as const;

/**
 * Something on the page that a rule met but could not read (a person line in a shape no rule
 * knows, a page without a masthead, a fact mentioned twice in two ways): kept with the page's
 * dataset so the user sees what was not understood, never dropped in silence.
 */
export const IssueSchema = z.strictObject({
  id: Id,
  level: z.enum(ISSUE_LEVELS),
  /** A stable kebab-case code naming the kind of problem: "no-publisher", "unread-person-line". */
  code: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be a kebab-case code'),
  /** One line saying what was not understood, for a person. */
  message: Text,
  provenance: provenanceList,
});

export type Provenance = z.infer<typeof ProvenanceSchema>;
export type Country = z.infer<typeof CountrySchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type OrganizationClassification = (typeof ORGANIZATION_CLASSIFICATIONS)[number];
export type Organization = z.infer<typeof OrganizationSchema>;
export type Membership = z.infer<typeof MembershipSchema>;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];
export type ElectionResult = z.infer<typeof ElectionResultSchema>;
export type ProfileEvent = z.infer<typeof EventSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type Statistic = z.infer<typeof StatisticSchema>;
export type Group = z.infer<typeof GroupSchema>;
export type Material = z.infer<typeof MaterialSchema>;
export type Note = z.infer<typeof NoteSchema>;
export type Issue = z.infer<typeof IssueSchema>;
export type IssueLevel = (typeof ISSUE_LEVELS)[number];
