import type {
  Group,
  Material,
  Membership,
  Note,
  Organization,
  Person,
  ProfileEvent,
  Source,
  Statistic,
  Task,
} from '@profiles/model';
import { refKey, type DatasetIndex } from './dataset-index.js';
import type { DiffKind, DiffRecord } from './types.js';

/** Follows person and organization IDs to names on one side of the diff. */
export interface NameLookup {
  person(page: string, id: string | null): string | null;
  organization(page: string, id: string | null): string | null;
}

/** Names from one dataset, falling back to the other (a removed membership's person may be gone). */
export function nameLookup(primary: DatasetIndex, fallback: DatasetIndex): NameLookup {
  const find = <T extends { name: string }>(pick: (index: DatasetIndex) => Map<string, T>, page: string, id: string | null) => {
    if (id === null) return null;
    const key = refKey(page, id);
    return (pick(primary).get(key) ?? pick(fallback).get(key))?.name ?? id;
  };
  return {
    person: (page, id) => find((index) => index.persons, page, id),
    organization: (page, id) => find((index) => index.organizations, page, id),
  };
}

/** Shortens text for a label at a word boundary, with an ellipsis. */
export function shorten(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A post as a reviewer names it: `Prime Minister (Government)`, or the whole title when no body is known. */
export function postLabel(membership: Pick<Membership, 'role' | 'title'>, organization: string | null): string {
  return organization === null ? membership.title : `${membership.role} (${organization})`;
}

/** The name of an entity as a reviewer knows it, following references to names. */
export function entityLabel(kind: DiffKind, page: string, record: DiffRecord, names: NameLookup): string {
  switch (kind) {
    case 'page': {
      const source = record as Source;
      return `${source.country.name}: ${source.section}`;
    }
    case 'person':
    case 'group':
      return (record as Person | Group).name;
    case 'organization':
      return (record as Organization).name;
    case 'membership': {
      const m = record as Membership;
      // A past post reads as past: "X — Prime Minister (Government), past".
      return `${names.person(page, m.personId)} — ${postLabel(m, names.organization(page, m.organizationId))}${m.status === 'ended' ? ', past' : ''}`;
    }
    case 'event': {
      const e = record as ProfileEvent;
      if (e.kind === 'referendum') return `referendum ${e.date}${e.outcome ? `: ${e.outcome}` : ''}`;
      const who = names.person(page, e.personId);
      const office = names.organization(page, e.organizationId);
      // A decision or an upheaval about nobody reads by its words: "decision 2004-03-09: Указом Президента …".
      const what = who ?? (e.kind === 'election' ? null : e.title && shorten(e.title));
      return `${e.kind} ${e.date}${what ? `: ${what}` : ''}${office ? ` (${office})` : ''}`;
    }
    case 'task': {
      const t = record as Task;
      return `${names.organization(page, t.organizationId)}: ${shorten(t.text)}`;
    }
    case 'statistic': {
      const s = record as Statistic;
      return `${s.author}, ${s.topic}: ${s.subject}`;
    }
    case 'material': {
      const m = record as Material;
      return `${m.kind} ${m.date}${m.title ? `: ${m.title}` : ''}`;
    }
    case 'note': {
      const n = record as Note;
      return `${n.heading ? `${n.heading}: ` : ''}${shorten(n.text)}`;
    }
  }
}
