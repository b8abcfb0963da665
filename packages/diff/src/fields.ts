import type { NameLookup } from './labels.js';
import type { DiffKind, DiffRecord, FieldChange } from './types.js';

/**
 * Fields that never make a change, for every kind: `provenance` (where the text stood — it moves
 * when text above it moves), `position` (a rank in a page list, which shifts when an item is
 * inserted above; the inserted item itself is reported) and `id` (the key the records were matched by).
 */
export const IGNORED_FIELDS: ReadonlySet<string> = new Set(['id', 'provenance', 'position']);

/**
 * Page fields that describe how the page was read, not what it says: the bytes' hash and encoding,
 * the format (it follows from the file name), the source ID (it follows from the file) and
 * `latestDate` (computed from the dates of the page's records, whose changes are reported themselves).
 */
export const IGNORED_PAGE_FIELDS: ReadonlySet<string> = new Set(['id', 'sha256', 'encoding', 'format', 'latestDate']);

/** Fields that hold a person's ID, by kind. */
const PERSON_REFS: Partial<Record<DiffKind, ReadonlySet<string>>> = {
  membership: new Set(['personId', 'predecessorId']),
  event: new Set(['personId']),
  // A group's people: "Members: Bakyt Sadykov → Bakyt Sadykov; Osmonova Gulnara".
  group: new Set(['memberIds']),
};

/** Fields that hold an organization's ID, by kind. */
const ORGANIZATION_REFS: Partial<Record<DiffKind, ReadonlySet<string>>> = {
  organization: new Set(['parentId', 'predecessorId']),
  membership: new Set(['organizationId']),
  event: new Set(['organizationId']),
  task: new Set(['organizationId']),
  note: new Set(['organizationId']),
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Structural equality of JSON values; key order does not matter, array order does. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((key) => Object.hasOwn(b, key) && jsonEqual(a[key], b[key]));
  }
  return false;
}

/** A field value as a reviewer reads it. */
function valueText(kind: DiffKind, page: string, field: string, value: unknown, names: NameLookup): string {
  if (value === null || value === undefined) return '(none)';
  if (typeof value === 'string') {
    if (PERSON_REFS[kind]?.has(field)) return names.person(page, value) ?? value;
    if (ORGANIZATION_REFS[kind]?.has(field)) return names.organization(page, value) ?? value;
    return value;
  }
  if (Array.isArray(value)) return value.length ? value.map((item) => valueText(kind, page, field, item, names)).join('; ') : '(none)';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // An election's result: "2. Bakyt Sadykov (21.4%)".
  if (kind === 'event' && field === 'results' && isPlainObject(value) && typeof value['personId'] === 'string') {
    const share = typeof value['voteShare'] === 'number' ? ` (${value['voteShare']}%)` : '';
    return `${String(value['rank'])}. ${names.person(page, value['personId']) ?? value['personId']}${share}`;
  }
  return JSON.stringify(value);
}

/**
 * The fields that differ between two versions of one entity, in the record's field order, with
 * nested objects (a page's `country`) compared field by field. Ignored fields are skipped.
 *
 * @param before the base record; its names are looked up with `beforeNames`
 * @param after the head record; its names are looked up with `afterNames`
 */
export function fieldChanges(
  kind: DiffKind,
  page: string,
  before: DiffRecord,
  after: DiffRecord,
  beforeNames: NameLookup,
  afterNames: NameLookup,
): FieldChange[] {
  const ignored = kind === 'page' ? IGNORED_PAGE_FIELDS : IGNORED_FIELDS;
  const changes: FieldChange[] = [];
  const walk = (a: Record<string, unknown>, b: Record<string, unknown>, prefix: string) => {
    const keys = [...Object.keys(b), ...Object.keys(a).filter((key) => !Object.hasOwn(b, key))];
    for (const key of keys) {
      if (prefix === '' && ignored.has(key)) continue;
      const x = a[key] ?? null;
      const y = b[key] ?? null;
      if (jsonEqual(x, y)) continue;
      if (isPlainObject(x) && isPlainObject(y)) {
        walk(x, y, `${prefix}${key}.`);
        continue;
      }
      changes.push({
        field: `${prefix}${key}`,
        before: x,
        after: y,
        beforeText: valueText(kind, page, key, x, beforeNames),
        afterText: valueText(kind, page, key, y, afterNames),
      });
    }
  };
  walk(before as unknown as Record<string, unknown>, after as unknown as Record<string, unknown>, '');
  return changes;
}
