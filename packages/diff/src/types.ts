import type { PartialDate, ProfileRecord, Source } from '@profiles/model';

/** The kinds of change, in the order every output lists them. `page` is a profile's source page. */
export const DIFF_KINDS = [
  'page',
  'person',
  'organization',
  'membership',
  'event',
  'task',
  'statistic',
  'group',
  'material',
  'note',
] as const;

export type DiffKind = (typeof DIFF_KINDS)[number];

/** What happened to one entity between the base and the head dataset. */
export type DiffOp = 'add' | 'remove' | 'change';

/** A record as the diff shows it: a page's source or any record of a profile, provenance included. */
export type DiffRecord = Source | ProfileRecord;

/** One field of a changed entity: raw values for machines, readable text for people. */
export interface FieldChange {
  /** The field name; nested fields are dotted (`country.name`). */
  field: string;
  before: unknown;
  after: unknown;
  /** `before` as a reviewer reads it: IDs followed to names, lists joined by `; `, null as `(none)`. */
  beforeText: string;
  afterText: string;
}

/** One added, removed or changed entity. */
export interface EntityChange {
  op: DiffOp;
  kind: DiffKind;
  id: string;
  /** The page the entity is on: `kz/executive-branch` (country code / file name without extension). */
  page: string;
  /** The entity's name as a reviewer knows it: a person's name, "Masimov … — Prime Minister (Government)". */
  label: string;
  /** The record in the base dataset; null when added. */
  before: DiffRecord | null;
  /** The record in the head dataset; null when removed. */
  after: DiffRecord | null;
  /** For `change` only: the fields that differ, in the record's field order. */
  fields?: FieldChange[];
}

/** Who held a post on one side of the diff. */
export interface Holder {
  personId: string;
  name: string;
  membershipId: string;
  /** The whole title as written on the page. */
  title: string;
  startDate: PartialDate | null;
}

/**
 * A post whose holder changed. A post is (page, organization, role): "Prime Minister (Government)".
 * Both sides set: the post changed hands. `before` null: someone took a post nobody held before (a
 * membership started). `after` null: the holder left and nobody replaced them (a membership ended).
 */
export interface PostChange {
  page: string;
  /** The post as a reviewer names it: `Prime Minister (Government)`. */
  post: string;
  organizationId: string | null;
  organization: string | null;
  role: string;
  before: Holder | null;
  after: Holder | null;
  /** The new holder's start date, when the page gives one. */
  since: PartialDate | null;
}

/** One post of a person, as a move names it. */
export interface PostRef {
  page: string;
  post: string;
  organizationId: string | null;
  organization: string | null;
  role: string;
  title: string;
  membershipId: string;
}

/** A person who left one post and took another (in the same dataset, on any page). */
export interface Move {
  personId: string;
  name: string;
  from: PostRef;
  to: PostRef;
  /** The start date of the new post, when the page gives one. */
  since: PartialDate | null;
}

/** Counts of entity changes by kind; every kind is present, zero when nothing changed. */
export type KindCounts = Record<DiffKind, number>;

export interface DiffSummary {
  added: KindCounts;
  removed: KindCounts;
  changed: KindCounts;
  /** Entity changes in all (`changes.length`). */
  total: number;
  /** Rows of `posts`. */
  posts: number;
  /** Rows of `moves`. */
  moves: number;
  /**
   * The ingest's warnings (the model's `issues`: what it could not read) in all pages of each
   * side. Warnings are not entities: they are never changes and never make a diff unequal.
   */
  warnings: WarningCounts;
}

/** How many warnings each side's pages carry in all. */
export interface WarningCounts {
  before: number;
  after: number;
}

/** Everything that differs between two datasets, in a stable order. */
export interface DatasetDiff {
  /** True when no entity was added, removed or changed. */
  equal: boolean;
  summary: DiffSummary;
  /** Every entity change, sorted by kind order, then label, page and ID (code-point order). */
  changes: EntityChange[];
  /** Posts whose holders changed, derived from the membership changes; sorted by post, then page. */
  posts: PostChange[];
  /** Persons who left a post and took another, derived from `posts`; sorted by name. */
  moves: Move[];
}
