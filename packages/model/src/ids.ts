import { createHash } from 'node:crypto';

/** The record kinds that carry IDs, with the short word used inside the ID. */
export const ID_KINDS = {
  source: 'source',
  person: 'person',
  organization: 'org',
  membership: 'membership',
  event: 'event',
  task: 'task',
  statistic: 'stat',
  group: 'group',
  material: 'material',
  note: 'note',
} as const;

export type IdKind = keyof typeof ID_KINDS;

const folded = new Map<string, string>();

/** Folds a key part so that spelling noise (case, accents, spacing, dashes) does not change an ID. */
export function normalizeKeyPart(part: string): string {
  // Memoized: the ingest compares the same few hundred names thousands of times per page.
  let key = folded.get(part);
  if (key === undefined) {
    key = part
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[\u2010-\u2015\u2212-]/g, '-')
      .replace(/[’'`]/g, "'")
      .replace(/\s+/g, ' ')
      .trim();
    if (folded.size > 100_000) folded.clear();
    folded.set(part, key);
  }
  return key;
}

/**
 * Makes a stable record ID from the record's meaning, never from its position:
 * `kz-person-3f2a9c1b7d0e` is the first 12 hex digits of the SHA-256 of the normalized key parts.
 *
 * @example makeId('person', 'kz', ['nazarbayev', 'nursultan'])
 */
export function makeId(kind: IdKind, country: string, keyParts: readonly string[]): string {
  const key = [kind, country.toLowerCase(), ...keyParts.map(normalizeKeyPart)].join('\u001f');
  const hash = createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 12);
  return `${country.toLowerCase()}-${ID_KINDS[kind]}-${hash}`;
}

/** The pattern every record ID follows. */
export const ID_PATTERN = /^[a-z]{2}-[a-z]+-[0-9a-f]{12}$/;
