import {
  pageStem,
  RECORD_COLLECTIONS,
  RECORD_NOUN,
  type Organization,
  type Person,
  type Profile,
  type RecordCollection,
} from '@profiles/model';
import type { DiffKind, DiffRecord } from './types.js';

/** One entity of a dataset, with the page it is on. */
export interface IndexedEntity {
  kind: DiffKind;
  page: string;
  id: string;
  record: DiffRecord;
}

/** A dataset indexed for the diff: entities by key, and names to follow references to. */
export interface DatasetIndex {
  /** Entities by `entityKey(kind, page, id)`. */
  entities: Map<string, IndexedEntity>;
  persons: Map<string, Person>;
  organizations: Map<string, Organization>;
}

/** The diff kind of each record collection: `persons` → `person`. */
export const COLLECTION_KIND = RECORD_NOUN as Record<RecordCollection, Exclude<DiffKind, 'page'>>;

/**
 * The page a profile describes, independent of the file's format: `kz/executive-branch` for
 * `raw/kz/executive-branch.txt` (so a page converted from text to HTML is the same page).
 */
export function pageKey(profile: Profile): string {
  return pageStem(profile.source);
}

/** The key of an entity: record IDs are unique within a page, not across pages of one country. */
export function entityKey(kind: DiffKind, page: string, id: string): string {
  return `${kind}\u0000${page}\u0000${id}`;
}

/** The key of a record referenced from a page (persons and organizations are looked up per page). */
export function refKey(page: string, id: string): string {
  return `${page}\u0000${id}`;
}

/** Indexes every record of every profile by kind, page and ID. */
export function indexDataset(profiles: readonly Profile[]): DatasetIndex {
  const index: DatasetIndex = { entities: new Map(), persons: new Map(), organizations: new Map() };
  for (const profile of profiles) {
    const page = pageKey(profile);
    index.entities.set(entityKey('page', page, page), { kind: 'page', page, id: page, record: profile.source });
    for (const collection of RECORD_COLLECTIONS) {
      // Warnings are not entities: the diff counts them (`warningCounts`), it never lists them.
      if (collection === 'issues') continue;
      const kind = COLLECTION_KIND[collection];
      for (const record of profile[collection]) {
        index.entities.set(entityKey(kind, page, record.id), { kind, page, id: record.id, record });
      }
    }
    for (const person of profile.persons) index.persons.set(refKey(page, person.id), person);
    for (const org of profile.organizations) index.organizations.set(refKey(page, org.id), org);
  }
  return index;
}
